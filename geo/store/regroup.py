"""How a document's reports join the stored incidents: re-grouping each touched key, on write.

The rules of which reports are one incident are in :mod:`geo.store.dedup`;
this mixin of the store classes (SQLite and PostgreSQL) reads a key's stored
reports, re-groups them with the new ones (only those near the new reports
when that provably gives the same result) and makes the incidents and their
sources match the groups, inside the caller's write transaction.
"""
from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from typing import Any

from geo import claimants
from geo.errors import StoreError
from geo.record import SCHEMA_FIELDS
from geo.store import dedup
from geo.store.dialect import SQLITE, Dialect, SQLConnection
from geo.store.schema import LONG_SPAN_DAYS, timestamp

#: New reports re-group the stored ones this many days around them (more than the reach of
#: any grouping rule in geo.store.dedup, which is under ten days); the same again is read as context.
REGROUP_DAYS = 15
#: The merged values the text search looks in (the incidents.search column).
_SEARCHED = ("settlement", "target", "evidence", "region_name")

Span = tuple[dt.date, dt.date]
#: A key's stored reports as (source row, incident, record).
Stored = list[tuple[int, int, dedup.SourceRecord]]
#: What re-grouping a key does: the stored reports read, the new ones, and the groups
#: (indexes into stored + new) the store must hold afterwards.
Plan = tuple[Stored, list[dedup.SourceRecord], list[list[int]]]


def settlement_latin(records: list[dedup.SourceRecord], settlement: str | None) -> str | None:
    """The Latin form of the incident's settlement from the first source (canonical order) that
    names that settlement and gives one (the extractor does for Russian/Ukrainian text)."""
    if not settlement:
        return None
    return next((r.extras["settlement_latin"] for r in sorted(records, key=dedup.SourceRecord.order)
                 if r.fields.get("settlement") == settlement and r.extras.get("settlement_latin")), None)


def _anchors(records: list[dedup.SourceRecord]) -> list[Span] | None:
    """Every report's time anchor, or None when one of them has none."""
    out: list[Span] = []
    for rec in records:
        anchor = dedup.time_anchor(rec)
        if anchor is None:
            return None
        out.append(anchor)
    return out


class KeyRegrouping:
    """The write side of the store that merges duplicate reports (SQLite and PostgreSQL alike)."""

    _dialect: Dialect = SQLITE

    def _lock_keys(self, db: Any, keys: list[str]) -> None:
        """Keep other writers off these de-duplication keys until the transaction ends.  SQLite's
        write transaction already excludes every other writer; PostgreSQL locks each key."""

    def _key_group(self, db: SQLConnection, key: str, window: Span | None = None) -> Stored:
        """Stored reports with this key (those whose time anchor meets ``window``, if given) as
        (source row, incident, record with its dates only)."""
        sql = ("SELECT s.id, s.incident_id, s.document_id, s.ordinal, s.event_date, s.event_date_end,"
               " d.published FROM incident_sources s JOIN documents d ON d.id = s.document_id"
               " WHERE s.dedup_key = ?")
        params: list[Any] = [key]
        if window is not None:
            # anchor_lo >= start - LONG_SPAN_DAYS bounds the index scan from below; the reports with
            # longer spans come from their own partial index (same condition as in migration 3).
            lo, hi = window[0].isoformat(), window[1].isoformat()
            floor = (window[0] - dt.timedelta(days=LONG_SPAN_DAYS)).isoformat()
            # (long ones first: all rows then come in anchor_lo order, as from one index scan)
            span = self._dialect.day_span.format(lo="s.anchor_lo", hi="s.anchor_hi")
            sql = (f"{sql} AND {span} > {LONG_SPAN_DAYS}"
                   f" AND s.anchor_lo < ? AND s.anchor_hi >= ? UNION ALL {sql}"
                   " AND s.anchor_lo >= ? AND s.anchor_lo <= ? AND s.anchor_hi >= ?")
            params = [key, floor, lo, key, floor, hi, lo]
        return [(r["id"], r["incident_id"],
                 dedup.SourceRecord(r["document_id"], r["ordinal"],
                                    {"date": r["event_date"], "date_end": r["event_date_end"]},
                                    dt.date.fromisoformat(r["published"]) if r["published"] else None))
                for r in db.execute(sql + self._dialect.key_group_order, params)]

    @staticmethod
    def _record(row: Any) -> dedup.SourceRecord:
        published = dt.date.fromisoformat(row["published"]) if row["published"] else None
        extras = json.loads(row["extras"]) if "extras" in row.keys() and row["extras"] else {}
        return dedup.SourceRecord(row["document_id"], row["ordinal"], json.loads(row["fields"]), published, extras)

    def _link(self, db: SQLConnection, records: list[dedup.SourceRecord]) -> tuple[int, int]:
        """Re-group each touched key's reports with the new ones (see :func:`geo.store.dedup.clusters`)."""
        created = merged = 0
        self._lock_keys(db, sorted({r.key for r in records}))
        for key in dict.fromkeys(r.key for r in records):  # in the order the document reports them
            new = [r for r in records if r.key == key]
            plan = self._local_plan(db, key, new) or self._plan(self._key_group(db, key), new)
            c, m = self._apply(db, key, *plan)
            created, merged = created + c, merged + m
        return created, merged

    @staticmethod
    def _plan(stored: Stored, new: list[dedup.SourceRecord]) -> Plan:
        return stored, new, dedup.clusters([rec for _, _, rec in stored] + new)

    def _local_plan(self, db: SQLConnection, key: str, new: list[dedup.SourceRecord]) -> Plan | None:
        """The clustering near the new reports only, when that provably equals re-grouping the whole key.

        Grouping is local (a report's group depends on reports a few days around it), so with
        the new reports dated, it is enough to re-group the reports within REGROUP_DAYS of them,
        reading REGROUP_DAYS more around as context.  Returns None (re-group everything) when a
        report has no time anchor, or a group near the new reports reaches beyond that window.
        """
        anchors = _anchors(new)
        if anchors is None or db.execute(
                "SELECT 1 FROM incident_sources WHERE dedup_key = ? AND anchor_lo IS NULL LIMIT 1", (key,)).fetchone():
            return None
        reach = dt.timedelta(days=REGROUP_DAYS)
        inner = (min(a[0] for a in anchors) - reach, max(a[1] for a in anchors) + reach)
        stored = self._key_group(db, key, (inner[0] - reach, inner[1] + reach))
        everyone = [rec for _, _, rec in stored] + new
        groups = dedup.clusters(everyone)
        spans = _anchors(everyone)
        if spans is None:  # not reached: the key's stored reports all have an anchor (checked above)
            return None
        near = [g for g in groups if any(spans[i][0] <= inner[1] and spans[i][1] >= inner[0] for i in g)]
        near_members = {i for g in near for i in g}
        incidents = {stored[i][1] for i in near_members if i < len(stored)}
        if any(not (inner[0] <= spans[i][0] and spans[i][1] <= inner[1]) for i in near_members):
            return None  # a group near the new reports reaches out of the window
        loaded = Counter(incident for _, incident, _ in stored)
        split = {stored[i][1] for i in range(len(stored)) if i not in near_members}
        for incident in incidents:
            total = db.execute("SELECT count(*) FROM incident_sources WHERE incident_id = ?", (incident,)).fetchone()[0]
            if total != loaded[incident] or incident in split:
                return None  # an incident has reports outside the groups re-done here
        return stored, new, near

    def _apply(self, db: SQLConnection, key: str, stored: Stored,
               new: list[dedup.SourceRecord], groups: list[list[int]]) -> tuple[int, int]:
        """Make the store hold ``groups`` (indexes into stored + new): keep incident ids where members
        stay together, move sources that changed incident, add the new ones, refresh what changed."""
        everyone = [rec for _, _, rec in stored] + new
        was = [incident for _, incident, _ in stored]
        size = Counter(was)
        claimed: set[int] = set()
        touched: set[int] = set()
        created = merged = 0
        for group in sorted(groups, key=lambda g: (-len(g), g[0])):
            first = was[group[0]] if group[0] < len(stored) else None
            if first is not None and size[first] == len(group) and all(was[i] == first for i in group[1:]
                                                                       if i < len(stored)) \
                    and group[-1] < len(stored):
                claimed.add(first)  # an incident that stays exactly as it was
                continue
            votes = Counter(was[i] for i in group if i < len(stored))
            ranked = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))
            target = next((incident for incident, _ in ranked if incident not in claimed), None)
            moved = [i for i in group if i < len(stored) and was[i] != target]
            fresh = [everyone[i] for i in group if i >= len(stored)]
            if target is None:
                target = self._insert_incident(db, key)
                created += 1
            elif fresh or moved:
                merged += 1
            claimed.add(target)
            for i in moved:
                touched.add(was[i])
                db.execute("UPDATE incident_sources SET incident_id = ? WHERE id = ?", (target, stored[i][0]))
            for rec in fresh:
                self._insert_source(db, target, rec)
            if fresh or moved:
                touched.add(target)
        for incident in sorted(touched):
            if db.execute("SELECT 1 FROM incident_sources WHERE incident_id = ? LIMIT 1", (incident,)).fetchone():
                self._refresh(db, incident)
            else:
                db.execute("DELETE FROM incidents WHERE id = ?", (incident,))
        return created, merged

    def _insert_incident(self, db: SQLConnection, key: str) -> int:
        """A placeholder row; :meth:`_refresh` fills it from its sources in the same transaction."""
        row = db.execute("INSERT INTO incidents (event_type, evidence, document, n_sources, dedup_key, search,"
                         " updated_at) VALUES (?, '', '', 0, ?, '', ?) RETURNING id",
                         (key.split("|")[0], key, timestamp())).fetchone()
        if row is None:  # never after an INSERT (the type allows it)
            raise StoreError("the store could not add an incident row")
        return int(row[0])

    @staticmethod
    def _insert_source(db: SQLConnection, incident_id: int, rec: dedup.SourceRecord) -> None:
        anchor = dedup.time_anchor(rec)
        db.execute(
            "INSERT INTO incident_sources (incident_id, document_id, ordinal, dedup_key, anchor_lo, anchor_hi,"
            " event_date, event_date_end, evidence, fields, extras, claimant) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (incident_id, rec.document, rec.ordinal, rec.key,
             anchor[0].isoformat() if anchor else None, anchor[1].isoformat() if anchor else None,
             rec.fields.get("date"), rec.fields.get("date_end"),
             rec.fields.get("evidence") or "", json.dumps(rec.fields, ensure_ascii=False),
             json.dumps(rec.extras, ensure_ascii=False, default=str) if rec.extras else None,
             rec.extras.get("claimant")))

    def _refresh(self, db: SQLConnection, incident_id: int) -> None:
        """Recompute an incident's displayed values from all its sources."""
        rows = db.execute("SELECT s.document_id, s.ordinal, s.fields, s.extras, d.published FROM incident_sources s"
                          " JOIN documents d ON d.id = s.document_id WHERE s.incident_id = ?", (incident_id,))
        records = [self._record(r) for r in rows]
        values = dedup.merged_fields(records)
        search = "\n".join(str(values[k]) for k in _SEARCHED if values.get(k)).casefold()
        columns = [*SCHEMA_FIELDS, "n_sources"]
        db.execute(f"UPDATE incidents SET {', '.join(c + ' = ?' for c in columns)}, dedup_key = ?, search = ?,"
                   " settlement_latin = ?, claimants = ?, updated_at = ? WHERE id = ?",
                   [values[c] for c in columns] + [dedup.dedup_key(values), search,
                                                   settlement_latin(records, values.get("settlement")),
                                                   claimants.join(r.extras.get("claimant") for r in records),
                                                   timestamp(), incident_id])
