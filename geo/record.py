"""The incident record shared by the extractor, the store, the exports and the UI.

Mirrors ``INCIDENT_SCHEMA.md`` field for field; outside scripts rely on it, so
fields are only ever added, never renamed.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import Any, Callable, Literal, TypedDict, cast, get_args

#: What happened: a drone hit something, or drones were downed (see INCIDENT_SCHEMA.md).
EventType = Literal["strike", "interception"]
EVENT_TYPES: tuple[str, ...] = get_args(EventType)
COUNT_QUALIFIERS: tuple[str, ...] = ("exact", "at_least", "approximate")
DATE_PRECISIONS: tuple[str, ...] = ("day", "range", "year_assumed")
GEO_PRECISIONS: dict[int, str] = {
    1: "settlement",
    2: "near a settlement or within a district",
    3: "region only (placed at the region's representative point)",
    4: "country only",
}

#: The figures each source of an incident states on its own (shown beside the merged record).
SOURCE_FIELDS: tuple[str, ...] = ("date", "date_end", "count", "count_qualifier", "killed", "injured", "target",
                                  "settlement")

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


class Extras(TypedDict, total=False):
    """Working data that travels with an incident between the steps, never exported as schema fields.

    Set by the extractor: ``district`` (named in the text, never a settlement), ``near`` ("near X"),
    ``evidence_spans`` (character offsets of the evidence), ``language``, ``fire``,
    ``settlement_latin``, ``claimant`` (who the evidence says it comes from: a key of
    :data:`geo.claimants.CATEGORIES`, or None).  Set by the geocoder: ``geocode_source``, ``place_name`` (the gazetteer
    entry), ``place_alternatives`` (namesakes in the region), ``place_fuzzy_score``,
    ``region_conflict``, ``place_rivals`` (the namesakes' candidates, read and removed by
    :mod:`geo.geocode.context`) and ``place_settled_by`` (the place that settled them).
    """

    district: str | None
    near: bool
    evidence_spans: list[list[int]]
    language: str | None
    fire: bool
    settlement_latin: str | None
    claimant: str | None
    geocode_source: str | None
    place_name: str
    place_alternatives: int
    place_fuzzy_score: float
    region_conflict: Any
    place_rivals: list[Any]
    place_settled_by: str


@dataclass
class Incident:
    """One drone strike or interception, as the schema defines it.

    ``extras`` holds working data that is not part of the public record
    (e.g. the district named in the text, character offsets of the evidence);
    it is never exported as schema fields.
    """

    event_type: EventType
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
    extras: Extras = field(default_factory=lambda: Extras(), compare=False, repr=False)

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
        return cls(**known, extras=cast(Extras, extras))


def _is_date(value: Any) -> bool:
    try:
        dt.date.fromisoformat(value)
        return isinstance(value, str) and len(value) == 10
    except (TypeError, ValueError):
        return False


def _year_in_range(value: str) -> bool:
    return FIRST_YEAR <= int(value[:4]) <= dt.date.today().year + 1


#: A check of one field's value: the problem, with ``{key}`` for the field's name, or None.
ValueCheck = Callable[[Any], "str | None"]
#: A check of a whole record: its problems.
RecordCheck = Callable[[dict[str, Any]], list[str]]


def _each(keys: tuple[str, ...], check: ValueCheck) -> RecordCheck:
    """A record check that runs a value check on each of ``keys`` (null values included)."""
    def run(record: dict[str, Any]) -> list[str]:
        found = ((key, check(record.get(key))) for key in keys)
        return [problem.format(key=key) for key, problem in found if problem]
    return run


def _whole(check: Callable[[dict[str, Any]], bool], problem: str) -> RecordCheck:
    """A record check that reports ``problem`` when ``check`` finds it."""
    return lambda record: [problem] if check(record) else []


def _one_of(allowed: tuple[Any, ...], problem: str) -> ValueCheck:
    return lambda v: None if v in allowed else problem


def _missing(record: dict[str, Any]) -> list[str]:
    missing = [k for k in SCHEMA_FIELDS if k not in record]
    return [f"missing fields: {', '.join(missing)}"] if missing else []


def _region_code(v: Any) -> str | None:
    bad = v is not None and (not isinstance(v, str) or "-" not in v)
    return "region must be an ISO 3166-2 code or null" if bad else None


def _number(v: Any) -> str | None:
    return "{key} must be a number or null" if v is not None and not isinstance(v, (int, float)) else None


def _figure(v: Any) -> str | None:
    if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
        return "{key} must be a non-negative integer or null"
    if v is not None and v > MAX_FIGURE:
        return f"{{key}} must be at most {MAX_FIGURE:,} (a larger figure is a misread number)"
    return None


def _iso_date(v: Any) -> str | None:
    if v is not None and not _is_date(v):
        return "{key} must be YYYY-MM-DD or null"
    if v is not None and not _year_in_range(v):
        return f"{{key}} must lie between {FIRST_YEAR} and next year"
    return None


def _texts(record: dict[str, Any], *keys: str) -> bool:
    """All of ``keys`` are non-empty strings: a check that relates two fields runs only then (a wrong
    type is the field's own check's problem, not a crash)."""
    return all(isinstance(record.get(k), str) and record[k] for k in keys)


#: Every check, in the order its problems are listed.
_CHECKS: tuple[RecordCheck, ...] = (
    _missing,
    _each(("event_type",), _one_of(EVENT_TYPES, f"event_type must be one of {EVENT_TYPES}")),
    _each(("country",), _one_of((None, "RU", "UA", "BY"), "country must be RU, UA, BY or null")),
    _each(("region",), _region_code),
    _whole(lambda r: _texts(r, "region", "country") and not r["region"].startswith(r["country"] + "-"),
           "region does not belong to country"),
    _each(("lat", "lon"), _number),
    _whole(lambda r: (r.get("lat") is None) != (r.get("lon") is None), "lat and lon must both be set or both null"),
    _each(("geo_precision",), _one_of((None, 1, 2, 3, 4), "geo_precision must be 1-4 or null")),
    _each(("count", "killed", "injured"), _figure),
    _each(("count_qualifier",), _one_of((None, *COUNT_QUALIFIERS),
                                        f"count_qualifier must be one of {COUNT_QUALIFIERS} or null")),
    _each(("date", "date_end"), _iso_date),
    _each(("date_precision",), _one_of((None, *DATE_PRECISIONS),
                                       f"date_precision must be one of {DATE_PRECISIONS} or null")),
    _whole(lambda r: _texts(r, "date", "date_end") and r["date_end"] < r["date"],
           "date_end is before date"),
    _whole(lambda r: not isinstance(r.get("evidence"), str) or not r.get("evidence"),
           "evidence must be a non-empty string"),
    _whole(lambda r: not isinstance(r.get("document"), str), "document must be a string"),
)


def validate(record: dict[str, Any]) -> list[str]:
    """Problems with a record against the schema; empty when it is valid.

    Used by tests and by ``geo doctor``, and by the extractor on every record.  Table-driven
    (``_CHECKS``) so a new field is one more line, not one more branch; a record that passes
    :func:`_plainly_valid` (every record the extractor makes) skips the table.
    """
    if _plainly_valid(record):
        return []
    return [problem for check in _CHECKS for problem in check(record)]


_FIELD_SET = frozenset(SCHEMA_FIELDS)
_COUNTRIES = (None, "RU", "UA", "BY")
_QUALIFIERS = (None, *COUNT_QUALIFIERS)
_PRECISIONS = (None, *DATE_PRECISIONS)


def _plain_figure(v: Any) -> bool:
    return v is None or (type(v) is int and 0 <= v <= MAX_FIGURE)


def _plain_date(v: Any) -> bool:
    return v is None or (_is_date(v) and _year_in_range(v))


def _plainly_valid(r: dict[str, Any]) -> bool:
    """True only when no check of ``_CHECKS`` can find a problem: the same conditions, tested in
    one pass without building messages (about five times faster).  False is no verdict: the
    table then says what is wrong, if anything."""
    if not r.keys() >= _FIELD_SET:
        return False
    region, country, lat, lon, date, end = r["region"], r["country"], r["lat"], r["lon"], r["date"], r["date_end"]
    return (r["event_type"] in EVENT_TYPES and country in _COUNTRIES
            and (region is None or (type(region) is str and "-" in region
                                    and (not country or region.startswith(country + "-"))))
            and (lat is None) == (lon is None)
            and (lat is None or type(lat) in (int, float)) and (lon is None or type(lon) in (int, float))
            and r["geo_precision"] in (None, 1, 2, 3, 4)
            and _plain_figure(r["count"]) and _plain_figure(r["killed"]) and _plain_figure(r["injured"])
            and r["count_qualifier"] in _QUALIFIERS and r["date_precision"] in _PRECISIONS
            and _plain_date(date) and _plain_date(end) and not (date and end and end < date)
            and type(r["evidence"]) is str and r["evidence"] != "" and type(r["document"]) is str)
