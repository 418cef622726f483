"""The SQLite store: documents, de-duplicated incidents and each source's own figures.

One file (WAL mode, so the dashboard reads while an ingest writes), a
versioned schema (``PRAGMA user_version`` + :data:`MIGRATIONS`), and one
transaction per document, so a crash leaves every document fully in or out.
Writers take the write lock when their transaction starts (``BEGIN
IMMEDIATE``) and the "already stored?" check runs inside it, so two ingests at
once queue rather than duplicate.  SQLite's failures that a user can act on
(read-only, disk full, busy) become :class:`StoreError` with a plain message.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import threading
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import quote

import pandas as pd

from geo.store import dedup
from geo.documents import Document
from geo.errors import StoreError
from geo.filters import Filters
from geo.record import SCHEMA_FIELDS, Incident

BUSY_TIMEOUT_MS = 10_000
ID_CHUNK = 5_000
#: New reports re-group the stored ones this many days around them (more than the reach of
#: any grouping rule in geo.store.dedup, which is under ten days); the same again is read as context.
REGROUP_DAYS = 15

#: The columns daily_agg groups incidents by: every filter but the text search is one of them.
AGG_KEY = ("date", "date_end", "region", "country", "event_type", "geo_precision")
#: daily_agg's sums, as the expression each incident (NEW or OLD row) adds.
AGG_SUMS = {"incidents": "1", "drones": "coalesce({r}.count, 1)", "killed": "coalesce({r}.killed, 0)",
            "injured": "coalesce({r}.injured, 0)", "multi_source": "(coalesce({r}.n_sources, 1) > 1)"}
#: Reports whose time anchor spans more days than this sit in the partial index incident_sources_long.
LONG_SPAN_DAYS = 31


def _agg_triggers() -> str:
    """Triggers that keep daily_agg equal to ``GROUP BY AGG_KEY`` over incidents on every write
    (the store's own, the bench's bulk builder, a hand-made UPDATE): ``IS`` matches NULL keys."""
    def match(r: str) -> str:
        return " AND ".join(f"{c} IS {r}.{c}" for c in AGG_KEY)

    def add(r: str) -> str:
        return (f"INSERT INTO daily_agg SELECT {', '.join(f'{r}.{c}' for c in AGG_KEY)}, 0, 0, 0, 0, 0"
                f" WHERE NOT EXISTS (SELECT 1 FROM daily_agg WHERE {match(r)});"
                f" UPDATE daily_agg SET {', '.join(f'{k} = {k} + {v.format(r=r)}' for k, v in AGG_SUMS.items())}"
                f" WHERE {match(r)};")

    def remove(r: str) -> str:
        return (f" UPDATE daily_agg SET {', '.join(f'{k} = {k} - {v.format(r=r)}' for k, v in AGG_SUMS.items())}"
                f" WHERE {match(r)}; DELETE FROM daily_agg WHERE incidents = 0 AND {match(r)};")

    watched = ", ".join([*AGG_KEY, "count", "killed", "injured", "n_sources"])
    return (f"CREATE TRIGGER incidents_agg_insert AFTER INSERT ON incidents BEGIN {add('NEW')} END;"
            f"CREATE TRIGGER incidents_agg_delete AFTER DELETE ON incidents BEGIN {remove('OLD')} END;"
            f"CREATE TRIGGER incidents_agg_update AFTER UPDATE OF {watched} ON incidents"
            f" BEGIN {remove('OLD')} {add('NEW')} END;")


#: Ordered schema migrations; ``user_version`` is the number applied.  Only append.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        title TEXT, url TEXT, published TEXT, language TEXT,
        text TEXT NOT NULL,
        path TEXT,
        meta TEXT,
        ingested_at TEXT NOT NULL
    );
    CREATE TABLE incidents (
        id INTEGER PRIMARY KEY,
        event_type TEXT NOT NULL, country TEXT, region TEXT, region_name TEXT, settlement TEXT,
        lat REAL, lon REAL, geo_precision INTEGER, count INTEGER, count_qualifier TEXT,
        date TEXT, date_end TEXT, date_precision TEXT, killed INTEGER, injured INTEGER,
        target TEXT, evidence TEXT NOT NULL, document TEXT NOT NULL,
        n_sources INTEGER NOT NULL,
        dedup_key TEXT NOT NULL,
        search TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX incidents_date ON incidents(date, id);
    CREATE INDEX incidents_region ON incidents(region, date);
    CREATE INDEX incidents_type ON incidents(event_type, date);
    CREATE TABLE incident_sources (
        id INTEGER PRIMARY KEY,
        incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        dedup_key TEXT NOT NULL,
        anchor_lo TEXT, anchor_hi TEXT,
        evidence TEXT NOT NULL,
        fields TEXT NOT NULL,
        extras TEXT,
        UNIQUE (document_id, ordinal)
    );
    CREATE INDEX incident_sources_incident ON incident_sources(incident_id);
    CREATE INDEX incident_sources_key ON incident_sources(dedup_key, anchor_lo);
    """,
    # 2: each report's own dates as columns, so re-grouping a key reads no JSON
    """
    ALTER TABLE incident_sources ADD COLUMN event_date TEXT;
    ALTER TABLE incident_sources ADD COLUMN event_date_end TEXT;
    UPDATE incident_sources SET event_date = json_extract(fields, '$.date'),
                                event_date_end = json_extract(fields, '$.date_end');
    """,
    # 3: what the dashboard reads at a million incidents without reading every row: the Latin
    # form of the settlement (the extractor's extras) as a column; counts per day and class of
    # incident in daily_agg, kept exact by triggers on every write path (see _agg_triggers); an
    # index on the coordinates that covers every filter but the text, so the map's places and the
    # incidents at one point are found without reading rows; and long-span reports indexed
    # apart, so re-grouping a key can bound its scan from below (see SQLiteStore._key_group).
    """
    ALTER TABLE incidents ADD COLUMN settlement_latin TEXT;
    UPDATE incidents SET settlement_latin = (
        SELECT json_extract(s.extras, '$.settlement_latin') FROM incident_sources s
        JOIN documents d ON d.id = s.document_id
        WHERE s.incident_id = incidents.id AND json_extract(s.extras, '$.settlement_latin') IS NOT NULL
          AND json_extract(s.fields, '$.settlement') = incidents.settlement
        ORDER BY d.published IS NULL, d.published, s.document_id, s.ordinal LIMIT 1)
    WHERE settlement IS NOT NULL;
    CREATE TABLE daily_agg (
        date TEXT, date_end TEXT, region TEXT, country TEXT, event_type TEXT NOT NULL, geo_precision INTEGER,
        incidents INTEGER NOT NULL, drones INTEGER NOT NULL, killed INTEGER NOT NULL, injured INTEGER NOT NULL,
        multi_source INTEGER NOT NULL
    );
    CREATE INDEX daily_agg_key ON daily_agg(date, date_end, region, country, event_type, geo_precision);
    INSERT INTO daily_agg SELECT date, date_end, region, country, event_type, geo_precision, count(*),
        sum(coalesce(count, 1)), sum(coalesce(killed, 0)), sum(coalesce(injured, 0)), sum(n_sources > 1)
        FROM incidents GROUP BY date, date_end, region, country, event_type, geo_precision;
    CREATE INDEX incidents_place ON incidents(lat, lon, date, date_end, geo_precision, region, event_type, country);
    CREATE INDEX incident_sources_long ON incident_sources(dedup_key, anchor_lo)
        WHERE julianday(anchor_hi) - julianday(anchor_lo) > 31;
    """ + _agg_triggers(),
)

INT_COLUMNS = ("geo_precision", "count", "killed", "injured", "n_sources")
#: What :meth:`SQLiteStore.query` returns per incident.
QUERY_COLUMNS = ("id", *SCHEMA_FIELDS, "n_sources", "settlement_latin")
_SEARCHED = ("settlement", "target", "evidence", "region_name")


@dataclass
class AddResult:
    """What storing one document did."""

    document_id: str
    new: bool
    incidents_new: int = 0
    incidents_merged: int = 0


#: Text of an SQLite error -> (what it means, in the user's terms; whether later writes fail too).
SQLITE_FAULTS: tuple[tuple[str, str, bool], ...] = (
    ("readonly", "is read-only (no write access to the file or its folder): fix the permissions or "
                 "give --db a writable path", True),
    ("full", "is full (no space left on its disk): free some space and run again", True),
    ("disk i/o error", "could not be written (disk I/O error): check the disk", True),
    ("unable to open", "cannot be opened: its folder is missing or not writable", True),
    ("locked", f"is busy: another program kept it locked for more than {BUSY_TIMEOUT_MS // 1000} s; "
               "try again when that program has finished", False),
)


def store_error(exc: sqlite3.Error, url: str) -> StoreError:
    """A plain-language :class:`StoreError` for an SQLite failure (the original text kept in brackets)."""
    text = str(exc).lower()
    for pattern, meaning, fatal in SQLITE_FAULTS:
        if pattern in text:
            return StoreError(f"the store {url} {meaning} ({exc})", fatal)
    return StoreError(f"the store {url} failed: {exc}")


def _split_url(url: str) -> tuple[str, str]:
    """``(path, query)`` of ``sqlite:///path?query`` (``sqlite:////abs``); a plain path has no query."""
    if "://" not in url:
        return url, ""
    rest, _, query = url.split("://", 1)[1].partition("?")
    if rest in ("", "/", "/:memory:"):
        return ":memory:", query
    return (rest[1:] if rest.startswith("/") else rest), query


def sqlite_path(url: str) -> str:
    """The file path in ``sqlite:///path`` (``sqlite:////abs``) or a plain path."""
    return _split_url(url)[0]


def wants_read_only(url: str) -> bool:
    """Open read-only: asked for (``sqlite:///path?mode=ro``), or the file exists but is not writable."""
    path, query = _split_url(url)
    if "mode=ro" in query.split("&"):
        return True
    return path != ":memory:" and Path(path).exists() and not os.access(path, os.W_OK)


def _statements(script: str) -> list[str]:
    """The SQL statements of a script, a trigger's body (``BEGIN ...; ...; END``) kept whole."""
    out, pending = [], ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                out.append(pending)
            pending = ""
    return out


def _schema_fields(inc: Incident) -> dict[str, Any]:
    """``inc.to_dict()`` without its deep copy of ``extras`` (the schema fields are plain values):
    this runs in the one process that stores, the bottleneck of a parallel ingest."""
    return {k: getattr(inc, k) for k in SCHEMA_FIELDS}


def settlement_latin(records: list[dedup.SourceRecord], settlement: str | None) -> str | None:
    """The Latin form of the incident's settlement from the first source (canonical order) that
    names that settlement and gives one (the extractor does for Russian/Ukrainian text)."""
    if not settlement:
        return None
    return next((r.extras["settlement_latin"] for r in sorted(records, key=dedup.SourceRecord.order)
                 if r.fields.get("settlement") == settlement and r.extras.get("settlement_latin")), None)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def _iso(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, dt.date) else (value or None)


def _where(filters: Filters | None, prefix: str = "") -> tuple[str, list[Any]]:
    """SQL condition and parameters for a :class:`Filters` (see docs/DEDUP.md, "Filters")."""
    f = filters or Filters()
    p = prefix
    clauses: list[str] = []
    params: list[Any] = []
    if f.date_from or f.date_to:
        clauses.append(f"{p}date IS NOT NULL")
        if f.date_from:
            clauses.append(f"coalesce({p}date_end, {p}date) >= ?")
            params.append(f.date_from.isoformat())
        if f.date_to:
            clauses.append(f"{p}date <= ?")
            params.append(f.date_to.isoformat())
    elif not f.include_undated:
        clauses.append(f"{p}date IS NOT NULL")
    for column, values in (("region", f.regions), ("country", f.countries),
                           ("event_type", f.types), ("geo_precision", f.precisions)):
        if values:
            clauses.append(f"{p}{column} IN ({','.join('?' * len(values))})")
            params.extend(values)
    if f.text.strip():
        clauses.append(f"instr({p}search, ?) > 0")
        params.append(f.text.strip().casefold())
    return (" AND ".join(clauses) or "1"), params


class SQLiteStore:
    """The store in one SQLite file (see :class:`geo.store.Store` for the interface)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.path = sqlite_path(url)
        self.read_only = wants_read_only(url)
        if self.path != ":memory:" and not self.read_only:
            folder = Path(self.path).expanduser().parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"the store {url} cannot be created: cannot make the folder {folder} "
                                 f"({exc.strerror or exc})", fatal=True) from None
        elif self.read_only and not Path(self.path).exists():
            raise StoreError(f"the store {url} does not exist (it is opened read-only, so it is not created)",
                             fatal=True)
        self._lock = threading.RLock()
        target = f"file:{quote(str(Path(self.path).resolve()))}?mode=ro" if self.read_only else self.path
        try:
            self._db = sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000, uri=self.read_only,
                                       isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise store_error(exc, url) from None
        self._db.row_factory = sqlite3.Row
        try:
            self._db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if not self.read_only:
                self._db.execute("PRAGMA journal_mode = WAL")
                # In WAL mode NORMAL is still safe against a crash of the program (a killed
                # ingest); only a power cut may lose the last commits, which a re-run adds again.
                self._db.execute("PRAGMA synchronous = NORMAL")
            self._db.execute("PRAGMA foreign_keys = ON")
            self._migrate()
        except sqlite3.OperationalError as exc:
            self._db.close()
            raise store_error(exc, url) from None
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise ValueError(f"{url}: not a usable SQLite store ({exc})") from None

    # -- set-up -----------------------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        return self._db.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        """Bring the schema up to date; a current store is only read (no write lock), so opening
        one never waits for an ingest running in another process."""
        if self._check_version() == len(MIGRATIONS):
            return
        if self.read_only:
            raise StoreError(f"the store {self.url} is read-only and was written by an older version; "
                             "open it once with write access to upgrade it", fatal=True)
        with self._tx():
            version = self._check_version()
            for number, script in enumerate(MIGRATIONS[version:], version + 1):
                for statement in _statements(script):
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {number}")

    def _check_version(self) -> int:
        version = self.schema_version
        if version > len(MIGRATIONS):
            raise ValueError(f"{self.url}: written by a newer version (schema {version}, "
                             f"this program knows {len(MIGRATIONS)})")
        return version

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (taken at the start, so concurrent writers queue)."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
                self._db.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> "SQLiteStore":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def _rows(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        with self._lock:
            try:
                return self._db.execute(sql, params).fetchall()
            except sqlite3.OperationalError as exc:  # e.g. busy for longer than the timeout
                raise store_error(exc, self.url) from None

    # -- writing ----------------------------------------------------------------------------

    def has_document(self, doc: Document) -> bool:
        return bool(self._rows("SELECT 1 FROM documents WHERE content_hash = ?", (doc.content_hash,)))

    def _free_id(self, wanted: str, content_hash: str) -> str:
        """The document's own id, unless another text already holds it (an edited file)."""
        if self._db.execute("SELECT 1 FROM documents WHERE id = ?", (wanted,)).fetchone() is None:
            return wanted
        return f"{wanted}@{content_hash[:12]}"

    def add_document(self, doc: Document, incidents: list[Incident]) -> AddResult:
        """Store a document and its incidents in one transaction, merging duplicates.

        A document whose text is already stored changes nothing (checked inside the
        write transaction, so a concurrent ingest of the same text cannot slip in between).
        """
        if self.read_only:
            raise StoreError(f"the store {self.url} is read-only (opened read-only)", fatal=True)
        try:
            return self._add(doc, incidents)
        except sqlite3.OperationalError as exc:
            raise store_error(exc, self.url) from None

    def _add(self, doc: Document, incidents: list[Incident]) -> AddResult:
        with self._tx() as db:
            row = db.execute("SELECT id FROM documents WHERE content_hash = ?", (doc.content_hash,)).fetchone()
            if row:
                return AddResult(row[0], new=False)
            doc_id = self._free_id(doc.id or doc.content_hash[:16], doc.content_hash)
            db.execute(
                "INSERT INTO documents (id, content_hash, title, url, published, language, text, path, meta,"
                " ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (doc_id, doc.content_hash, doc.title, doc.url, _iso(doc.published), doc.language, doc.text,
                 doc.path, json.dumps(doc.meta, ensure_ascii=False, default=str) if doc.meta else None, _now()))
            records = [dedup.SourceRecord(doc_id, i, {**_schema_fields(inc), "document": doc_id}, doc.published,
                                          dict(inc.extras)) for i, inc in enumerate(incidents)]
            new, merged = self._link(db, records)
            return AddResult(doc_id, new=True, incidents_new=new, incidents_merged=merged)

    def _key_group(self, db: sqlite3.Connection, key: str, window: tuple[dt.date, dt.date] | None = None
                   ) -> list[tuple[int, int, dedup.SourceRecord]]:
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
            sql = (f"{sql} AND julianday(s.anchor_hi) - julianday(s.anchor_lo) > {LONG_SPAN_DAYS}"
                   f" AND s.anchor_lo < ? AND s.anchor_hi >= ? UNION ALL {sql}"
                   " AND s.anchor_lo >= ? AND s.anchor_lo <= ? AND s.anchor_hi >= ?")
            params = [key, floor, lo, key, floor, hi, lo]
        return [(r["id"], r["incident_id"],
                 dedup.SourceRecord(r["document_id"], r["ordinal"],
                                    {"date": r["event_date"], "date_end": r["event_date_end"]},
                                    dt.date.fromisoformat(r["published"]) if r["published"] else None))
                for r in db.execute(sql, params)]

    @staticmethod
    def _record(row: sqlite3.Row) -> dedup.SourceRecord:
        published = dt.date.fromisoformat(row["published"]) if row["published"] else None
        extras = json.loads(row["extras"]) if "extras" in row.keys() and row["extras"] else {}
        return dedup.SourceRecord(row["document_id"], row["ordinal"], json.loads(row["fields"]), published, extras)

    def _link(self, db: sqlite3.Connection, records: list[dedup.SourceRecord]) -> tuple[int, int]:
        """Re-group each touched key's reports with the new ones (see :func:`geo.store.dedup.clusters`)."""
        created = merged = 0
        for key in dict.fromkeys(r.key for r in records):  # in the order the document reports them
            new = [r for r in records if r.key == key]
            plan = self._local_plan(db, key, new) or self._plan(self._key_group(db, key), new)
            c, m = self._apply(db, key, *plan)
            created, merged = created + c, merged + m
        return created, merged

    @staticmethod
    def _plan(stored: list[tuple[int, int, dedup.SourceRecord]], new: list[dedup.SourceRecord]
              ) -> tuple[list[tuple[int, int, dedup.SourceRecord]], list[dedup.SourceRecord], list[list[int]]]:
        return stored, new, dedup.clusters([rec for _, _, rec in stored] + new)

    def _local_plan(self, db: sqlite3.Connection, key: str, new: list[dedup.SourceRecord]) -> Any:
        """The clustering near the new reports only, when that provably equals re-grouping the whole key.

        Grouping is local (a report's group depends on reports a few days around it), so with
        the new reports dated, it is enough to re-group the reports within REGROUP_DAYS of them,
        reading REGROUP_DAYS more around as context.  Returns None (re-group everything) when a
        report has no time anchor, or a group near the new reports reaches beyond that window.
        """
        anchors = [dedup.time_anchor(r) for r in new]
        if any(a is None for a in anchors) or db.execute(
                "SELECT 1 FROM incident_sources WHERE dedup_key = ? AND anchor_lo IS NULL LIMIT 1", (key,)).fetchone():
            return None
        reach = dt.timedelta(days=REGROUP_DAYS)
        inner = (min(a[0] for a in anchors) - reach, max(a[1] for a in anchors) + reach)
        stored = self._key_group(db, key, (inner[0] - reach, inner[1] + reach))
        everyone = [rec for _, _, rec in stored] + new
        groups = dedup.clusters(everyone)
        spans = [dedup.time_anchor(r) for r in everyone]
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

    def _apply(self, db: sqlite3.Connection, key: str, stored: list[tuple[int, int, dedup.SourceRecord]],
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

    def _insert_incident(self, db: sqlite3.Connection, key: str) -> int:
        """A placeholder row; :meth:`_refresh` fills it from its sources in the same transaction."""
        cur = db.execute("INSERT INTO incidents (event_type, evidence, document, n_sources, dedup_key, search,"
                         " updated_at) VALUES (?, '', '', 0, ?, '', ?)", (key.split("|")[0], key, _now()))
        return int(cur.lastrowid)

    @staticmethod
    def _insert_source(db: sqlite3.Connection, incident_id: int, rec: dedup.SourceRecord) -> None:
        anchor = dedup.time_anchor(rec)
        db.execute(
            "INSERT INTO incident_sources (incident_id, document_id, ordinal, dedup_key, anchor_lo, anchor_hi,"
            " event_date, event_date_end, evidence, fields, extras) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (incident_id, rec.document, rec.ordinal, rec.key,
             anchor[0].isoformat() if anchor else None, anchor[1].isoformat() if anchor else None,
             rec.fields.get("date"), rec.fields.get("date_end"),
             rec.fields.get("evidence") or "", json.dumps(rec.fields, ensure_ascii=False),
             json.dumps(rec.extras, ensure_ascii=False, default=str) if rec.extras else None))

    def _refresh(self, db: sqlite3.Connection, incident_id: int) -> None:
        """Recompute an incident's displayed values from all its sources."""
        rows = db.execute("SELECT s.document_id, s.ordinal, s.fields, s.extras, d.published FROM incident_sources s"
                          " JOIN documents d ON d.id = s.document_id WHERE s.incident_id = ?", (incident_id,))
        records = [self._record(r) for r in rows]
        values = dedup.merged_fields(records)
        search = "\n".join(str(values[k]) for k in _SEARCHED if values.get(k)).casefold()
        columns = [*SCHEMA_FIELDS, "n_sources"]
        db.execute(f"UPDATE incidents SET {', '.join(c + ' = ?' for c in columns)}, dedup_key = ?, search = ?,"
                   " settlement_latin = ?, updated_at = ? WHERE id = ?",
                   [values[c] for c in columns] + [dedup.dedup_key(values), search,
                                                   settlement_latin(records, values.get("settlement")),
                                                   _now(), incident_id])

    # -- reading ----------------------------------------------------------------------------

    def _frame(self, sql: str, params: Any, columns: list[str]) -> pd.DataFrame:
        rows = self._rows(sql, params)
        return self._typed(pd.DataFrame([tuple(r) for r in rows], columns=columns))

    @staticmethod
    def _typed(frame: pd.DataFrame) -> pd.DataFrame:
        for c in INT_COLUMNS:
            if c in frame:
                frame[c] = frame[c].astype("Int64")
        for c in ("lat", "lon"):
            if c in frame:
                frame[c] = frame[c].astype("float64")
        return frame

    def query(self, filters: Filters | None = None, limit: int | None = None, offset: int = 0) -> pd.DataFrame:
        """One row per incident: id, every schema field, n_sources, settlement_latin; by date (undated
        last), then id.  ``limit``/``offset`` read one page (a table shows a page, not a million rows)."""
        where, params = _where(filters)
        page = f" LIMIT {int(limit)} OFFSET {max(int(offset), 0)}" if limit is not None else ""
        return self._frame(f"SELECT {', '.join(QUERY_COLUMNS)} FROM incidents WHERE {where}"
                           f" ORDER BY date IS NULL, date, id{page}", params, list(QUERY_COLUMNS))

    def _measures(self, filters: Filters | None) -> tuple[str, dict[str, str]]:
        """The table that answers aggregates for ``filters`` and the SQL of each sum (AGG_SUMS) in it:
        daily_agg (a few rows per day) unless a text search needs the incidents' own text."""
        if filters is not None and filters.text.strip():
            return "incidents", {k: v.format(r="incidents") for k, v in AGG_SUMS.items()}
        return "daily_agg", {k: k for k in AGG_SUMS}

    def count(self, filters: Filters | None = None) -> int:
        table, m = self._measures(filters)
        where, params = _where(filters)
        return int(self._rows(f"SELECT coalesce(sum({m['incidents']}), 0) FROM {table} WHERE {where}",
                              params)[0][0])

    def summary(self, filters: Filters | None = None) -> dict[str, Any]:
        """The headline numbers of a selection without reading its rows (one aggregate query):
        incidents, strikes, interceptions, drones (null counted as 1), regions, killed, injured,
        multi_source (incidents told by several documents), first and last day (None if undated)."""
        table, m = self._measures(filters)
        where, params = _where(filters)
        row = self._rows(
            f"SELECT sum({m['incidents']}), sum(CASE WHEN event_type = 'strike' THEN {m['incidents']} END),"
            f" sum(CASE WHEN event_type = 'interception' THEN {m['incidents']} END), sum({m['drones']}),"
            f" count(DISTINCT region), sum({m['killed']}), sum({m['injured']}), sum({m['multi_source']}),"
            f" min(date), max(coalesce(date_end, date)) FROM {table} WHERE {where}", params)[0]
        names = ("incidents", "strikes", "interceptions", "drones", "regions", "killed", "injured", "multi_source")
        out: dict[str, Any] = {k: int(row[i] or 0) for i, k in enumerate(names)}
        out["first"], out["last"] = row[8], row[9]
        return out

    def date_span(self) -> tuple[dt.date | None, dt.date | None]:
        lo, hi = self._rows("SELECT min(date), max(coalesce(date_end, date)) FROM daily_agg")[0]
        return (dt.date.fromisoformat(lo) if lo else None, dt.date.fromisoformat(hi) if hi else None)

    def places(self, filters: Filters | None = None, limit: int | None = None) -> pd.DataFrame:
        """Settlement-level incidents (precision 1-2) grouped by place (coordinates rounded to 4
        decimals), newest place first, at most ``limit`` places: lat, lon, n, strikes, first, last,
        and settlement, settlement_latin, region_name of the newest incident there; ``total`` is the
        number of such incidents at all places (so a map can say how many it leaves out)."""
        where, params = _where(filters)
        # Grouped by exact coordinates first, in the order of the covering index incidents_place
        # (no row read, no sort), then by the rounded place; "date|id" at its max is the newest
        # incident, whose names are read afterwards for the places kept.
        exact = ("SELECT lat, lon, count(*) AS n, sum(event_type = 'strike') AS s, min(date) AS f,"
                 " max(coalesce(date_end, date)) AS l, max(coalesce(date, '') || printf('|%012d', id)) AS newest"
                 " FROM incidents INDEXED BY incidents_place WHERE geo_precision IN (1, 2) AND lat IS NOT NULL"
                 f" AND lon IS NOT NULL AND {where} GROUP BY lat, lon")
        sql = ("SELECT round(lat, 4) AS plat, round(lon, 4) AS plon, sum(n), sum(s), min(f), max(l),"
               f" max(newest) AS latest, sum(sum(n)) OVER () FROM ({exact}) GROUP BY plat, plon ORDER BY latest DESC"
               + (f" LIMIT {int(limit)}" if limit is not None else ""))
        rows = self._rows(sql, params)
        names = self._names([int(r[6].rsplit("|", 1)[1]) for r in rows])
        frame = pd.DataFrame([(*r[:6], *names[int(r[6].rsplit("|", 1)[1])], r[7]) for r in rows],
                             columns=["lat", "lon", "n", "strikes", "first", "last", "settlement", "settlement_latin",
                                      "region_name", "total"])
        for c in ("n", "strikes", "total"):
            frame[c] = frame[c].astype("int64")
        return frame

    def _names(self, ids: list[int]) -> dict[int, tuple]:
        """id -> (settlement, settlement_latin, region_name)."""
        out: dict[int, tuple] = {}
        for start in range(0, len(ids), ID_CHUNK):
            chunk = ids[start:start + ID_CHUNK]
            out.update((r[0], tuple(r[1:])) for r in self._rows(
                "SELECT id, settlement, settlement_latin, region_name FROM incidents"
                f" WHERE id IN ({','.join('?' * len(chunk))})", chunk))
        return out

    def place_incidents(self, filters: Filters | None, places: list[tuple[float, float]],
                        per_place: int | None = None) -> pd.DataFrame:
        """The incidents (as :meth:`query` gives them, newest first) at each of ``places``
        ((lat, lon) as :meth:`places` rounds them), at most ``per_place`` each, with the place in
        place_lat/place_lon: map popups and the clicked place's list read these rows only."""
        where, params = _where(filters)
        columns = [*QUERY_COLUMNS, "place_lat", "place_lon"]
        # The ids first, from the index alone (it holds every filtered column but the text); INDEXED
        # BY: with a region or type filter SQLite would otherwise walk that index instead.
        order = "ORDER BY date IS NULL, date DESC, id DESC"
        ids = ("SELECT id FROM incidents INDEXED BY incidents_place"
               " WHERE lat BETWEEN ? AND ? AND lon BETWEEN ? AND ? AND round(lat, 4) = ? AND round(lon, 4) = ?"
               f" AND geo_precision IN (1, 2) AND {where} {order}"
               + (f" LIMIT {int(per_place)}" if per_place is not None else ""))
        sql = f"SELECT {', '.join(QUERY_COLUMNS)}, ?, ? FROM incidents WHERE id IN ({ids}) {order}"
        rows: list[sqlite3.Row] = []
        for lat, lon in places:
            lat, lon = round(float(lat), 4), round(float(lon), 4)
            rows += self._rows(sql, [lat, lon, lat - 1e-4, lat + 1e-4, lon - 1e-4, lon + 1e-4, lat, lon, *params])
        frame = pd.DataFrame([tuple(r) for r in rows], columns=columns)
        return self._typed(frame)

    def _source_rows(self, ids: list[int] | None, text: bool = False) -> list[sqlite3.Row]:
        """Source rows; each document's whole text only with ``text`` (it is most of the store's bytes)."""
        sql = ("SELECT s.incident_id, s.document_id, s.ordinal, s.evidence, s.fields, d.title, d.url,"
               f" d.published, {'d.text' if text else 'NULL AS text'}"
               " FROM incident_sources s JOIN documents d ON d.id = s.document_id")
        order = " ORDER BY s.incident_id, d.published IS NULL, d.published, s.document_id, s.ordinal"
        if ids is None:
            return self._rows(sql + order)
        wanted = sorted({int(i) for i in ids})
        rows: list[sqlite3.Row] = []
        for start in range(0, len(wanted), ID_CHUNK):  # SQLite limits the number of parameters
            chunk = wanted[start:start + ID_CHUNK]
            rows += self._rows(f"{sql} WHERE s.incident_id IN ({','.join('?' * len(chunk))}){order}", chunk)
        return rows

    @staticmethod
    def _per_document(rows: list[sqlite3.Row]) -> list[dict[str, Any]]:
        """One entry per (incident, document); a document's repeated mentions join their evidence."""
        out: dict[tuple[int, str], dict[str, Any]] = {}
        for r in rows:
            key = (r["incident_id"], r["document_id"])
            if key in out:
                if r["evidence"] and r["evidence"] not in out[key]["evidence"]:
                    out[key]["evidence"] += " … " + r["evidence"]
                continue
            out[key] = {"incident_id": r["incident_id"], "document": r["document_id"], "title": r["title"],
                        "url": r["url"], "published": r["published"], "evidence": r["evidence"],
                        "text": r["text"], "fields": json.loads(r["fields"])}
        return list(out.values())

    def sources(self, ids: list[int] | None = None) -> pd.DataFrame:
        """Each incident's sources: incident_id, document, title, url, published, evidence."""
        columns = ["incident_id", "document", "title", "url", "published", "evidence"]
        if ids is not None and len(ids) == 0:
            return pd.DataFrame(columns=columns)
        entries = self._per_document(self._source_rows(None if ids is None else list(ids)))
        return pd.DataFrame([[e[c] for c in columns] for e in entries], columns=columns)

    def incident(self, incident_id: int) -> dict[str, Any] | None:
        """The record, its id and n_sources, and "sources" with each document's text and own figures."""
        rows = self._rows(f"SELECT {', '.join(QUERY_COLUMNS)} FROM incidents WHERE id = ?",
                          (int(incident_id),))
        if not rows:
            return None
        record = dict(rows[0])
        record["sources"] = [{k: v for k, v in e.items() if k != "incident_id"}
                             for e in self._per_document(self._source_rows([int(incident_id)], text=True))]
        return record

    def document(self, document_id: str) -> dict[str, Any] | None:
        rows = self._rows("SELECT id, content_hash, title, url, published, language, text, path, meta,"
                          " ingested_at FROM documents WHERE id = ?", (document_id,))
        if not rows:
            return None
        doc = dict(rows[0])
        doc["meta"] = json.loads(doc["meta"]) if doc["meta"] else {}
        doc["incidents"] = [r[0] for r in self._rows(
            "SELECT DISTINCT incident_id FROM incident_sources WHERE document_id = ? ORDER BY incident_id",
            (document_id,))]
        return doc

    def document_count(self) -> int:
        return int(self._rows("SELECT count(*) FROM documents")[0][0])

    def region_counts(self, filters: Filters | None = None) -> pd.DataFrame:
        """Per region: incidents and drones (count, null counted as 1) by event type."""
        table, m = self._measures(filters)
        where, params = _where(filters)
        per_type = [f"sum(CASE WHEN event_type = '{t}' THEN {m[measure]} ELSE 0 END)"
                    for measure in ("incidents", "drones") for t in ("strike", "interception")]
        sql = (f"SELECT region, {', '.join(per_type)} FROM {table}"
               f" WHERE region IS NOT NULL AND {where} GROUP BY region ORDER BY region")
        columns = ["region", "strikes", "interceptions", "drones_strike", "drones_interception"]
        frame = self._frame(sql, params, columns)
        for c in columns[1:]:
            frame[c] = frame[c].astype("int64")
        return frame

    def daily_counts(self, filters: Filters | None = None) -> pd.DataFrame:
        """Per day and event type: incidents and drones (count, null counted as 1); undated left out."""
        table, m = self._measures(filters)
        where, params = _where(filters)
        sql = (f"SELECT date, event_type, sum({m['incidents']}), sum({m['drones']}) FROM {table}"
               f" WHERE date IS NOT NULL AND {where} GROUP BY date, event_type ORDER BY date, event_type")
        columns = ["date", "event_type", "incidents", "drones"]
        frame = self._frame(sql, params, columns)
        for c in columns[2:]:
            frame[c] = frame[c].astype("int64")
        return frame
