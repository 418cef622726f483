"""The incident record shared by the extractor, the store, the exports and the UI.

Mirrors ``INCIDENT_SCHEMA.md`` field for field; outside scripts rely on it, so
fields are only ever added, never renamed.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import Any, Literal

EventType = Literal["strike", "interception"]
EVENT_TYPES: tuple[str, ...] = ("strike", "interception")
COUNT_QUALIFIERS: tuple[str, ...] = ("exact", "at_least", "approximate")
DATE_PRECISIONS: tuple[str, ...] = ("day", "range", "year_assumed")
GEO_PRECISIONS: dict[int, str] = {
    1: "settlement",
    2: "near a settlement or within a district",
    3: "region only (placed at the region's representative point)",
    4: "country only",
}

#: Sane ranges: a figure above MAX_FIGURE (drones in one incident, people killed or injured) or a
#: date outside FIRST_YEAR..next year is a misread number, not an event (the largest one-night
#: attacks so far were under a thousand drones); such a record is invalid rather than stored.
MAX_FIGURE = 10_000
FIRST_YEAR = 2014

#: The schema's fields, in the documented order.
SCHEMA_FIELDS: tuple[str, ...] = (
    "event_type", "country", "region", "region_name", "settlement", "lat", "lon",
    "geo_precision", "count", "count_qualifier", "date", "date_end", "date_precision",
    "killed", "injured", "target", "evidence", "document",
)


@dataclass
class Incident:
    """One drone strike or interception, as the schema defines it.

    ``extras`` holds working data that is not part of the public record
    (e.g. the district named in the text, character offsets of the evidence);
    it is never exported as schema fields.
    """

    event_type: str
    country: str | None = None
    region: str | None = None
    region_name: str | None = None
    settlement: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: int | None = None
    count: int | None = None
    count_qualifier: str | None = None
    date: str | None = None
    date_end: str | None = None
    date_precision: str | None = None
    killed: int | None = None
    injured: int | None = None
    target: str | None = None
    evidence: str = ""
    document: str = ""
    extras: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The public record: exactly the schema fields, in order.

        Read field by field: the schema fields are plain values, and ``dataclasses.asdict``
        would also deep-copy ``extras`` only to drop it.
        """
        return {k: getattr(self, k) for k in SCHEMA_FIELDS}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Incident":
        """Build from a mapping; unknown keys go to ``extras``."""
        names = {f.name for f in fields(cls)} - {"extras"}
        known = {k: v for k, v in data.items() if k in names}
        extras = {k: v for k, v in data.items() if k not in names}
        return cls(**known, extras=extras)


def _is_date(value: Any) -> bool:
    try:
        dt.date.fromisoformat(value)
        return isinstance(value, str) and len(value) == 10
    except (TypeError, ValueError):
        return False


def _year_in_range(value: str) -> bool:
    return FIRST_YEAR <= int(value[:4]) <= dt.date.today().year + 1


def validate(record: dict[str, Any]) -> list[str]:
    """Problems with a record against the schema; empty when it is valid.

    Used by tests and by ``geo doctor``; cheap enough to run on every record.
    """
    problems: list[str] = []
    missing = [k for k in SCHEMA_FIELDS if k not in record]
    if missing:
        problems.append(f"missing fields: {', '.join(missing)}")
    if record.get("event_type") not in EVENT_TYPES:
        problems.append(f"event_type must be one of {EVENT_TYPES}")
    if record.get("country") not in (None, "RU", "UA", "BY"):
        problems.append("country must be RU, UA, BY or null")
    region = record.get("region")
    if region is not None and (not isinstance(region, str) or "-" not in region):
        problems.append("region must be an ISO 3166-2 code or null")
    if region and record.get("country") and not region.startswith(record["country"] + "-"):
        problems.append("region does not belong to country")
    for key in ("lat", "lon"):
        v = record.get(key)
        if v is not None and not isinstance(v, (int, float)):
            problems.append(f"{key} must be a number or null")
    if (record.get("lat") is None) != (record.get("lon") is None):
        problems.append("lat and lon must both be set or both null")
    if record.get("geo_precision") not in (None, 1, 2, 3, 4):
        problems.append("geo_precision must be 1-4 or null")
    for key in ("count", "killed", "injured"):
        v = record.get(key)
        if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
            problems.append(f"{key} must be a non-negative integer or null")
        elif v is not None and v > MAX_FIGURE:
            problems.append(f"{key} must be at most {MAX_FIGURE:,} (a larger figure is a misread number)")
    if record.get("count_qualifier") not in (None, *COUNT_QUALIFIERS):
        problems.append(f"count_qualifier must be one of {COUNT_QUALIFIERS} or null")
    for key in ("date", "date_end"):
        v = record.get(key)
        if v is not None and not _is_date(v):
            problems.append(f"{key} must be YYYY-MM-DD or null")
        elif v is not None and not _year_in_range(v):
            problems.append(f"{key} must lie between {FIRST_YEAR} and next year")
    if record.get("date_precision") not in (None, *DATE_PRECISIONS):
        problems.append(f"date_precision must be one of {DATE_PRECISIONS} or null")
    if record.get("date") and record.get("date_end") and record["date_end"] < record["date"]:
        problems.append("date_end is before date")
    if not isinstance(record.get("evidence"), str) or not record.get("evidence"):
        problems.append("evidence must be a non-empty string")
    if not isinstance(record.get("document"), str):
        problems.append("document must be a string")
    return problems
