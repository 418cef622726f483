"""The read side of the store (SQLite and PostgreSQL): filters as SQL, incident rows, sources, aggregates.

Aggregates (counts, summaries, per-region and per-day numbers) are answered
from the daily_agg table kept by triggers (see :mod:`geo.store.schema`), so they
cost the same for ten incidents as for a million; only a text search reads the
incidents themselves.  A mixin of both store classes; where the engines differ, ``self._dialect``.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from functools import lru_cache
from typing import Any

import pandas as pd

from geo import claimants as claimant_kinds
from geo.filters import Filters
from geo.record import SCHEMA_FIELDS
from geo.store.dialect import SQLITE, Dialect
from geo.store.schema import AGG_SUMS

#: Ids per ``IN (...)`` list: SQLite limits the number of parameters of a statement.
ID_CHUNK = 5_000
INT_COLUMNS = ("geo_precision", "count", "killed", "injured", "n_sources")
#: What :meth:`SQLiteStore.query` returns per incident.
QUERY_COLUMNS = ("id", *SCHEMA_FIELDS, "n_sources", "settlement_latin", "claimants")
#: A place's incidents, newest first (undated last).
PLACE_ORDER = "ORDER BY date IS NULL, date DESC, id DESC"
#: Incidents the map cannot draw: no region to shade and no point (settlement-level incidents are
#: points).  National or country-wide figures ("air defence shot down 45 of 60 drones").  Only
#: columns daily_agg has, so the count costs no more than any other aggregate.
UNDRAWN_SQL = "({p}region IS NULL AND coalesce({p}geo_precision, 0) NOT IN (1, 2))"
#: The SQL function that matches a text search in the incidents' ``search`` column (see word_pattern).
MATCH_FUNCTION = "geo_words"
_WORD = re.compile(r"\w+")
_CYRILLIC_END = re.compile(r"[\u0400-\u04ff]$")


def word_pattern(text: str) -> str:
    """The regular expression of a text search: its words as whole words, in order, anything but
    letters or digits between them ("truck" does not find "struck", "oil refinery" finds
    "oil-refinery").  A word ending in a Cyrillic letter matches word starts, so "Рыльск" finds
    "Рыльске" (Russian and Ukrainian inflect names); any other word also finds its plural in -s/-es
    ("drone" finds "drones").  A search without any word is matched as is."""
    words = _WORD.findall(text.casefold())
    if not words:
        return re.escape(text.strip().casefold())
    parts = [re.escape(w) + (r"\w*" if _CYRILLIC_END.search(w) else "(?:e?s)?") for w in words]
    return r"(?<!\w)" + r"\W+".join(parts) + r"(?!\w)"


@lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def _matches(search: str | None, pattern: str) -> bool:
    return search is not None and _compiled(pattern).search(search) is not None


def add_search_function(db: sqlite3.Connection) -> None:
    """Give a connection the text search's SQL function (called once per connection)."""
    db.create_function(MATCH_FUNCTION, 2, _matches, deterministic=True)


def _longest_word(text: str) -> str:
    """The search's longest word: a cheap instr() on it skips most rows before the regex runs."""
    return max(_WORD.findall(text.casefold()), key=len, default=text.strip().casefold())


def _where(filters: Filters | None, prefix: str = "", dialect: Dialect = SQLITE) -> tuple[str, list[Any]]:
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
    if f.undrawn:
        clauses.append(UNDRAWN_SQL.format(p=p))
    if f.claimants:
        clauses.append(_claimant_sql(f.claimants, p, dialect))
        params += [f",{k}," for k in f.claimants if k != claimant_kinds.UNNAMED]
    if f.text.strip():
        clauses.append(f"{dialect.contains.format(hay=p + 'search', needle='?')} AND {MATCH_FUNCTION}({p}search, ?)")
        params += [_longest_word(f.text), word_pattern(f.text)]
    return (" AND ".join(clauses) or "1 = 1"), params


def _claimant_sql(keys: tuple[str, ...], p: str, dialect: Dialect = SQLITE) -> str:
    """An incident one of whose sources names one of ``keys`` ("none": whose sources name none)."""
    named = [dialect.contains.format(hay=f"',' || {p}claimants || ','", needle="?")
             for k in keys if k != claimant_kinds.UNNAMED]
    unnamed = [f"{p}claimants IS NULL"] if claimant_kinds.UNNAMED in keys else []
    return "(" + " OR ".join(named + unnamed) + ")"


class StoreQueries:
    """What :class:`geo.store.Store` reads, in SQL; the class that holds the connection gives ``_rows``."""

    _dialect: Dialect = SQLITE

    def _filter(self, filters: Filters | None, prefix: str = "") -> tuple[str, list[Any]]:
        return _where(filters, prefix, self._dialect)

    def _rows(self, sql: str, params: Any = ()) -> list[Any]:
        """The rows of one statement (provided by the store's connection)."""
        raise NotImplementedError

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
        """One row per incident: id, every schema field, n_sources, settlement_latin, claimants; by date (undated
        last), then id.  ``limit``/``offset`` read one page (a table shows a page, not a million rows)."""
        where, params = self._filter(filters)
        page = f" LIMIT {int(limit)} OFFSET {max(int(offset), 0)}" if limit is not None else ""
        return self._frame(f"SELECT {', '.join(QUERY_COLUMNS)} FROM incidents WHERE {where}"
                           f" ORDER BY date IS NULL, date, id{page}", params, list(QUERY_COLUMNS))

    def _measures(self, filters: Filters | None) -> tuple[str, dict[str, str]]:
        """The table that answers aggregates for ``filters`` and the SQL of each sum (AGG_SUMS) in it:
        daily_agg (a few rows per day) unless a text search or a claimant needs the incidents' own columns."""
        if filters is not None and (filters.text.strip() or filters.claimants):
            return "incidents", {k: v.format(r="incidents") for k, v in AGG_SUMS.items()}
        return "daily_agg", {k: k for k in AGG_SUMS}

    def count(self, filters: Filters | None = None) -> int:
        table, m = self._measures(filters)
        where, params = self._filter(filters)
        return int(self._rows(f"SELECT coalesce(sum({m['incidents']}), 0) FROM {table} WHERE {where}",
                              params)[0][0])

    def summary(self, filters: Filters | None = None) -> dict[str, Any]:
        """The headline numbers of a selection without reading its rows (one aggregate query):
        incidents, strikes, interceptions, drones (null counted as 1), regions, killed, injured,
        multi_source (incidents told by several documents), first and last day (None if undated)."""
        table, m = self._measures(filters)
        where, params = self._filter(filters)
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
        where, params = self._filter(filters)
        # Grouped by exact coordinates first, in the order of the covering index incidents_place
        # (no row read, no sort), then by the rounded place; "date|id" at its max is the newest
        # incident, whose names are read afterwards for the places kept.
        d = self._dialect
        exact = ("SELECT lat, lon, count(*) AS n, sum(CASE WHEN event_type = 'strike' THEN 1 ELSE 0 END) AS s,"
                 f" min(date) AS f, max(coalesce(date_end, date)) AS l, max({d.newest.format(date='date', id='id')})"
                 f" AS newest FROM incidents {d.indexed_by.format(index='incidents_place')}"
                 " WHERE geo_precision IN (1, 2) AND lat IS NOT NULL"
                 f" AND lon IS NOT NULL AND {where} GROUP BY lat, lon")
        sql = (f"SELECT {d.round.format(x='lat', digits=4)} AS plat, {d.round.format(x='lon', digits=4)} AS plon,"
               " sum(n), sum(s), min(f), max(l),"
               f" max(newest) AS latest, sum(sum(n)) OVER () FROM ({exact}) AS exact"
               " GROUP BY plat, plon ORDER BY latest DESC"
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
        where, params = self._filter(filters)
        columns = [*QUERY_COLUMNS, "place_lat", "place_lon"]
        rounded = [(round(float(lat), 4), round(float(lon), 4)) for lat, lon in places]
        rows = self._place_rows(where, params, rounded, per_place)
        frame = pd.DataFrame([tuple(r) for r in rows], columns=columns)
        return self._typed(frame)

    def _place_ids(self, where: str, per_place: int | None, lat: tuple[str, str, str] = ("?", "?", "?"),
                   lon: tuple[str, str, str] = ("?", "?", "?")) -> str:
        """The ids of one place's incidents, newest first: ``lat`` and ``lon`` are the SQL of the lowest,
        highest and rounded coordinate (parameters by default)."""
        # From the index alone (it holds every filtered column but the text); INDEXED BY: with a
        # region or type filter SQLite would otherwise walk that index instead.
        d = self._dialect
        return (f"SELECT id FROM incidents {d.indexed_by.format(index='incidents_place')}"
                f" WHERE lat BETWEEN {lat[0]} AND {lat[1]} AND lon BETWEEN {lon[0]} AND {lon[1]}"
                f" AND {d.round.format(x='lat', digits=4)} = {lat[2]} AND {d.round.format(x='lon', digits=4)} = {lon[2]}"
                f" AND geo_precision IN (1, 2) AND {where} {PLACE_ORDER}"
                + (f" LIMIT {int(per_place)}" if per_place is not None else ""))

    def _place_rows(self, where: str, params: list[Any], places: list[tuple[float, float]],
                    per_place: int | None) -> list[Any]:
        """QUERY_COLUMNS and the place of each place's incidents, one statement a place (cheap in SQLite)."""
        sql = (f"SELECT {', '.join(QUERY_COLUMNS)}, ?, ? FROM incidents"
               f" WHERE id IN ({self._place_ids(where, per_place)}) {PLACE_ORDER}")
        rows: list[Any] = []
        for lat, lon in places:
            rows += self._rows(sql, [lat, lon, lat - 1e-4, lat + 1e-4, lon - 1e-4, lon + 1e-4, lat, lon, *params])
        return rows

    def _source_rows(self, ids: list[int] | None, text: bool = False) -> list[Any]:
        """Source rows; each document's whole text only with ``text`` (it is most of the store's bytes)."""
        sql = ("SELECT s.incident_id, s.document_id, s.ordinal, s.evidence, s.fields, s.claimant, d.title, d.url,"
               f" d.published, {'d.text' if text else 'NULL AS text'}, {self._dialect.json('d.meta', 'site_name')} AS site"
               " FROM incident_sources s JOIN documents d ON d.id = s.document_id")
        order = (" ORDER BY s.incident_id, d.published IS NULL, d.published,"
                 f" s.document_id{self._dialect.binary}, s.ordinal")
        if ids is None:
            return self._rows(sql + order)
        wanted = sorted({int(i) for i in ids})
        rows: list[Any] = []
        for start in range(0, len(wanted), ID_CHUNK):  # SQLite limits the number of parameters
            chunk = wanted[start:start + ID_CHUNK]
            rows += self._rows(f"{sql} WHERE s.incident_id IN ({','.join('?' * len(chunk))}){order}", chunk)
        return rows

    @staticmethod
    def _per_document(rows: list[Any]) -> list[dict[str, Any]]:
        """One entry per (incident, document); a document's repeated mentions join their evidence."""
        out: dict[tuple[int, str], dict[str, Any]] = {}
        for r in rows:
            key = (r["incident_id"], r["document_id"])
            if key in out:
                if r["evidence"] and r["evidence"] not in out[key]["evidence"]:
                    out[key]["evidence"] += " … " + r["evidence"]
                out[key]["claimant"] = out[key]["claimant"] or r["claimant"]
                continue
            out[key] = {"incident_id": r["incident_id"], "document": r["document_id"], "title": r["title"],
                        "url": r["url"], "published": r["published"], "evidence": r["evidence"],
                        "text": r["text"], "fields": json.loads(r["fields"]), "site": r["site"],
                        "outlet": claimant_kinds.outlet(r["site"], r["url"], r["title"]), "claimant": r["claimant"]}
        return list(out.values())

    def sources(self, ids: list[int] | None = None) -> pd.DataFrame:
        """Each incident's sources: incident_id, document, title, url, published, evidence, site (the site's
        or channel's name, for fetched pages and Telegram messages), outlet (the site's name, else the
        URL's host, else the outlet a title ends with; see geo.claimants.outlet) and claimant (the key
        of who its evidence names, or None)."""
        columns = ["incident_id", "document", "title", "url", "published", "evidence", "site", "outlet", "claimant"]
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
        where, params = self._filter(filters)
        per_type = [f"sum(CASE WHEN event_type = '{t}' THEN {m[measure]} ELSE 0 END)"
                    for measure in ("incidents", "drones") for t in ("strike", "interception")]
        sql = (f"SELECT region, {', '.join(per_type)} FROM {table}"
               f" WHERE region IS NOT NULL AND {where} GROUP BY region ORDER BY region{self._dialect.binary}")
        columns = ["region", "strikes", "interceptions", "drones_strike", "drones_interception"]
        frame = self._frame(sql, params, columns)
        for c in columns[1:]:
            frame[c] = frame[c].astype("int64")
        return frame

    def daily_counts(self, filters: Filters | None = None) -> pd.DataFrame:
        """Per day and event type: incidents and drones (count, null counted as 1); undated left out."""
        table, m = self._measures(filters)
        where, params = self._filter(filters)
        sql = (f"SELECT date, event_type, sum({m['incidents']}), sum({m['drones']}) FROM {table}"
               f" WHERE date IS NOT NULL AND {where} GROUP BY date, event_type ORDER BY date, event_type{self._dialect.binary}")
        columns = ["date", "event_type", "incidents", "drones"]
        frame = self._frame(sql, params, columns)
        for c in columns[2:]:
            frame[c] = frame[c].astype("int64")
        return frame
