"""When two reports describe the same real-world incident, and what the merged incident shows.

Pure functions over :class:`SourceRecord` (one incident as one document
reported it).  The store groups the reports that share a :func:`dedup_key`
with :func:`clusters`, which depends only on the set of reports, never on the
order they arrived in, so ingesting documents in any order gives the same
incidents.  :func:`merged_fields` then recomputes an incident's displayed
values from all its reports.  The rules are written out in ``docs/DEDUP.md``.
"""
from __future__ import annotations

import bisect
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


Span = tuple[dt.date, dt.date]


def _near_days(records: list[SourceRecord], items: list[tuple[int, dt.date]], tolerance: int
               ) -> list[tuple[int, int]]:
    """Edges between reports placed on days: the same day always; two days at most ``tolerance``
    apart only when they stand alone (no other report's day within ``tolerance`` before or after,
    and no document reporting on both days), so day-after-day reports never chain."""
    by_day: dict[dt.date, list[int]] = {}
    for i, day in items:
        by_day.setdefault(day, []).append(i)
    edges = [(members[0], m) for members in by_day.values() for m in members[1:]]
    days = sorted(by_day)
    for k in range(len(days) - 1):
        a, b = days[k], days[k + 1]
        alone = (k == 0 or (a - days[k - 1]).days > tolerance) and \
                (k + 2 >= len(days) or (days[k + 2] - b).days > tolerance)
        if (b - a).days <= tolerance and alone and \
                not {records[i].document for i in by_day[a]} & {records[i].document for i in by_day[b]}:
            edges.append((by_day[a][0], by_day[b][0]))
    return edges


def _nearest_group(span: Span | None, anchor: Span | None, day_group: dict[dt.date, int],
                   days: list[dt.date]) -> int | None:
    """The one day-group a range or undated report belongs to: the only one it matches, or the
    strictly nearest; None when it matches none, or several equally well."""
    if anchor is None:
        groups = set(day_group.values())
        return groups.pop() if len(groups) == 1 else None
    tolerance = DATE_TOLERANCE_DAYS if span else PUBLISHED_TOLERANCE_DAYS
    lo = bisect.bisect_left(days, anchor[0] - dt.timedelta(days=tolerance))
    hi = bisect.bisect_right(days, anchor[1] + dt.timedelta(days=tolerance))
    best: dict[int, int] = {}
    for day in days[lo:hi]:
        gap = _gap(anchor, (day, day))
        best[day_group[day]] = min(gap, best.get(day_group[day], gap))
    ranked = sorted((gap, group) for group, gap in best.items())
    if ranked and (len(ranked) == 1 or ranked[0][0] < ranked[1][0]):
        return ranked[0][1]
    return None


def clusters(records: list[SourceRecord]) -> list[list[int]]:
    """The incidents among reports that share one key, as sorted lists of indexes.

    Depends only on the set of reports, never on their order (docs/DEDUP.md):
    1. single-day reports group by day (:func:`_near_days`, tolerance one day);
    2. a range or undated report joins the day-group it matches (:func:`_nearest_group`);
    3. the rest group by the last day of their time anchor (tolerance two days), and reports
       with no anchor at all join those when there is exactly one such group.
    """
    spans = [event_span(r.fields) for r in records]
    single = [(i, span[0]) for i, span in enumerate(spans) if span and span[0] == span[1]]
    edges = _near_days(records, single, DATE_TOLERANCE_DAYS)
    single_day = dict(single)
    single_set = set(single_day)
    day_groups = [g for g in components(len(records), edges) if g[0] in single_set]
    day_group = {single_day[i]: n for n, g in enumerate(day_groups) for i in g}
    days = sorted(day_group)
    anchored: list[tuple[int, dt.date]] = []
    unknown: list[int] = []
    for i, rec in enumerate(records):
        if i in single_set:
            continue
        anchor = spans[i] or ((rec.published, rec.published) if rec.published else None)
        group = _nearest_group(spans[i], anchor, day_group, days)
        if group is not None:
            edges.append((i, day_groups[group][0]))
        elif anchor is None:
            unknown.append(i)
        else:
            anchored.append((i, anchor[1]))
    loose_edges = _near_days(records, anchored, PUBLISHED_TOLERANCE_DAYS)
    edges += loose_edges + [(unknown[0], i) for i in unknown[1:]]
    if unknown and anchored:
        anchored_set = {i for i, _ in anchored}
        loose_groups = [g for g in components(len(records), loose_edges) if g[0] in anchored_set]
        if len(loose_groups) == 1:
            edges.append((unknown[0], loose_groups[0][0]))
    return components(len(records), edges)


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


#: Among equally precise points, those a namesake was settled for by its article's other places
#: (geo.geocode.context) beat bare guesses of the most populous namesake.
SETTLED_BY_CONTEXT = "gazetteer:context"


def _pick_place(recs: list[SourceRecord]) -> dict[str, Any]:
    placed = [r for r in recs if r.fields.get("lat") is not None and r.fields.get("lon") is not None]
    if not placed:
        return {"lat": None, "lon": None, "geo_precision": None}
    best_precision = min((r.fields.get("geo_precision") or 9) for r in placed)
    best = [r for r in placed if (r.fields.get("geo_precision") or 9) == best_precision]
    settled = [r for r in best if r.extras.get("geocode_source") == SETTLED_BY_CONTEXT]
    points = [(round(float(r.fields["lat"]), 6), round(float(r.fields["lon"]), 6)) for r in settled or best]
    lat, lon = vote(points, lambda p: p)
    return {"lat": lat, "lon": lon, "geo_precision": None if best_precision == 9 else best_precision}


def _pick_max(name: str) -> Callable[[list[SourceRecord]], dict[str, Any]]:
    def pick(recs: list[SourceRecord]) -> dict[str, Any]:
        stated = [v for v in (r.fields.get(name) for r in recs) if v is not None]
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
