"""When two reports describe the same real-world incident, and what the merged incident shows.

Pure functions over :class:`SourceRecord` (one incident as one document
reported it).  The store links records that :func:`same_event` accepts and
keeps the connected groups as incidents; because a connected group depends only
on the set of records, never on the order they arrived in, ingesting documents
in any order gives the same incidents.  :func:`merged_fields` then recomputes an
incident's displayed values from all its records.  The rules are written out
in ``docs/DEDUP.md``.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Hashable, Iterable

from geo.record import SCHEMA_FIELDS

#: Two dated reports are the same event when their days are at most this far apart.
DATE_TOLERANCE_DAYS = 1
#: A report without a date matches when the time anchors (its document's publication
#: date, or the other report's date) are at most this far apart.
PUBLISHED_TOLERANCE_DAYS = 2

#: Smaller is better: the order in which ties between equally supported values break.
QUALIFIER_RANK = {"exact": 0, "at_least": 1, "approximate": 2, None: 3}
DATE_PRECISION_RANK = {"day": 0, "range": 1, "year_assumed": 2, None: 3}

_PUNCT = re.compile(r"[^\w\s]+")
_SPACE = re.compile(r"\s+")


@dataclass
class SourceRecord:
    """One incident as one document reported it (the source's own figures)."""

    document: str
    ordinal: int
    fields: dict[str, Any]
    published: dt.date | None = None
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return dedup_key(self.fields)

    def order(self) -> tuple:
        """Canonical order: earliest publication first, then document id (never arrival order)."""
        return (self.published is None, self.published or dt.date.min, self.document, self.ordinal)


def normalise_settlement(name: str | None) -> str | None:
    """Comparable form of a settlement name: case, ё/е, accents, punctuation and hyphens ignored."""
    if not name or not name.strip():
        return None
    text = unicodedata.normalize("NFKD", name.casefold().replace("ё", "е"))
    text = "".join(c for c in text if not unicodedata.combining(c) or c == "\u0306")  # keep й
    text = unicodedata.normalize("NFC", text)
    text = _SPACE.sub(" ", _PUNCT.sub(" ", text.replace("_", " "))).strip()
    return text or None


def dedup_key(fields: dict[str, Any]) -> str:
    """Only records with equal keys can be the same event: type, place, settlement."""
    place = fields.get("region") or f"country:{fields.get('country') or ''}"
    return "|".join((fields.get("event_type") or "", place, normalise_settlement(fields.get("settlement")) or ""))


def _day(value: Any) -> dt.date | None:
    if not value:
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def event_span(fields: dict[str, Any]) -> tuple[dt.date, dt.date] | None:
    """The event's days as (first, last), or None when the report gives no date."""
    start = _day(fields.get("date"))
    if start is None:
        return None
    end = _day(fields.get("date_end")) or start
    return (start, max(start, end))


def _gap(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> int:
    """Days between two spans; 0 when they overlap."""
    return max(0, (b[0] - a[1]).days, (a[0] - b[1]).days)


def time_anchor(rec: SourceRecord) -> tuple[dt.date, dt.date] | None:
    """The event's span, else the document's publication day, else None."""
    span = event_span(rec.fields)
    if span is not None:
        return span
    return (rec.published, rec.published) if rec.published else None


def same_event(a: SourceRecord, b: SourceRecord) -> bool:
    """Whether two reports describe one incident (symmetric; see docs/DEDUP.md)."""
    if a.key != b.key:
        return False
    span_a, span_b = event_span(a.fields), event_span(b.fields)
    if span_a and span_b:
        return _gap(span_a, span_b) <= DATE_TOLERANCE_DAYS
    anchor_a, anchor_b = time_anchor(a), time_anchor(b)
    if anchor_a is None or anchor_b is None:
        return True  # nothing tells them apart in time
    return _gap(anchor_a, anchor_b) <= PUBLISHED_TOLERANCE_DAYS


def components(n: int, edges: Iterable[tuple[int, int]]) -> list[list[int]]:
    """Connected groups of nodes 0..n-1, each sorted, listed by their smallest node."""
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in edges:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values())


def vote(values: Iterable[Hashable], rank: Callable[[Any], Any]) -> Any:
    """The value most reports agree on; ties go to the smallest ``rank``. None if no values."""
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], rank(v)))


def _text_rank(v: str) -> tuple:
    return (-len(v), v)


def _pick_count(recs: list[SourceRecord]) -> dict[str, Any]:
    pairs = [(r.fields.get("count"), r.fields.get("count_qualifier")) for r in recs
             if r.fields.get("count") is not None]
    best = vote(pairs, lambda p: (QUALIFIER_RANK.get(p[1], 3), -p[0]))
    return {"count": best[0], "count_qualifier": best[1]} if best else {"count": None, "count_qualifier": None}


def _pick_date(recs: list[SourceRecord]) -> dict[str, Any]:
    triples = [(r.fields.get("date"), r.fields.get("date_end"), r.fields.get("date_precision"))
               for r in recs if r.fields.get("date")]
    best = vote(triples, lambda t: (DATE_PRECISION_RANK.get(t[2], 3), t[0], t[1] or ""))
    keys = ("date", "date_end", "date_precision")
    return dict(zip(keys, best)) if best else dict.fromkeys(keys)


def _pick_place(recs: list[SourceRecord]) -> dict[str, Any]:
    placed = [r.fields for r in recs if r.fields.get("lat") is not None and r.fields.get("lon") is not None]
    if not placed:
        return {"lat": None, "lon": None, "geo_precision": None}
    best_precision = min((f.get("geo_precision") or 9) for f in placed)
    points = [(round(float(f["lat"]), 6), round(float(f["lon"]), 6)) for f in placed
              if (f.get("geo_precision") or 9) == best_precision]
    lat, lon = vote(points, lambda p: p)
    return {"lat": lat, "lon": lon, "geo_precision": None if best_precision == 9 else best_precision}


def _pick_max(name: str) -> Callable[[list[SourceRecord]], dict[str, Any]]:
    def pick(recs: list[SourceRecord]) -> dict[str, Any]:
        stated = [r.fields.get(name) for r in recs if r.fields.get(name) is not None]
        return {name: max(stated) if stated else None}
    return pick


def _pick_vote(name: str, rank: Callable[[Any], Any] = lambda v: v) -> Callable[[list[SourceRecord]], dict[str, Any]]:
    def pick(recs: list[SourceRecord]) -> dict[str, Any]:
        return {name: vote((r.fields.get(name) for r in recs), rank)}
    return pick


def _pick_first(name: str) -> Callable[[list[SourceRecord]], dict[str, Any]]:
    def pick(recs: list[SourceRecord]) -> dict[str, Any]:
        return {name: recs[0].fields.get(name) if name != "document" else recs[0].document}
    return pick


#: How each displayed field is chosen from the incident's records (see docs/DEDUP.md).
FIELD_RULES: tuple[Callable[[list[SourceRecord]], dict[str, Any]], ...] = (
    _pick_vote("event_type"),
    _pick_vote("country"),
    _pick_vote("region"),
    _pick_vote("region_name"),
    _pick_vote("settlement"),
    _pick_place,
    _pick_count,
    _pick_date,
    _pick_max("killed"),
    _pick_max("injured"),
    _pick_vote("target", _text_rank),
    _pick_first("evidence"),
    _pick_first("document"),
)


def merged_fields(records: Iterable[SourceRecord]) -> dict[str, Any]:
    """The incident's displayed record (schema fields + ``n_sources``), independent of record order."""
    recs = sorted(records, key=SourceRecord.order)
    if not recs:
        raise ValueError("an incident needs at least one source record")
    out: dict[str, Any] = {}
    for rule in FIELD_RULES:
        out.update(rule(recs))
    assert set(out) == set(SCHEMA_FIELDS), set(SCHEMA_FIELDS) ^ set(out)
    out = {k: out[k] for k in SCHEMA_FIELDS}
    out["n_sources"] = len({r.document for r in recs})
    return out
