"""The SQLite store's schema: tables, indexes, the triggers that keep daily_agg exact, and migrations.

The schema is versioned: ``PRAGMA user_version`` is the number of
:data:`MIGRATIONS` applied, and a store is brought up to date when it is opened
(see :meth:`geo.store.sqlite.SQLiteStore._migrate`).  Kept apart from the code
that reads and writes rows so that the DDL can be read in one place.
"""
from __future__ import annotations

import datetime as dt
import sqlite3

#: The columns daily_agg groups incidents by: every filter but the text search is one of them.
AGG_KEY = ("date", "date_end", "region", "country", "event_type", "geo_precision")
#: daily_agg's sums, as the expression each incident (NEW or OLD row) adds.
AGG_SUMS = {"incidents": "1", "drones": "coalesce({r}.count, 1)", "killed": "coalesce({r}.killed, 0)",
            "injured": "coalesce({r}.injured, 0)", "multi_source": "CASE WHEN coalesce({r}.n_sources, 1) > 1 THEN 1 ELSE 0 END"}
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


#: Steps written alike for both backends (geo/store/pg_schema.py uses them too): the feeds and channels
#: known to the store (step 4) and the places corrected by hand (step 6).
FEEDS_SCRIPT = """
    ALTER TABLE documents ADD COLUMN feed TEXT;
    CREATE INDEX documents_url ON documents(url);
    CREATE INDEX documents_feed ON documents(feed);
    CREATE TABLE feeds (
        url TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        title TEXT,
        etag TEXT, last_modified TEXT,
        last_fetched TEXT,
        last_status TEXT,
        errors INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        added_at TEXT NOT NULL
    );
    """
PLACE_CORRECTIONS_SCRIPT = """
    CREATE TABLE place_corrections (
        content_hash TEXT NOT NULL,
        document_key TEXT,
        ordinal INTEGER NOT NULL,
        original_key TEXT NOT NULL,
        fix TEXT NOT NULL,
        corrected_at TEXT NOT NULL,
        PRIMARY KEY (content_hash, ordinal)
    );
    CREATE INDEX place_corrections_document ON place_corrections(document_key);
    """

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
    # 4: where documents come from (geo fetch, Telegram exports): each document's feed or channel,
    # indexes to find a document by URL (a link already stored is not fetched again), and the feeds
    # and channels known to the store, with the validators they last answered (ETag, Last-Modified:
    # a feed that has not changed answers 304) and what went wrong the last time.
    FEEDS_SCRIPT,
    # 5: who says so: each source's claimant (the extractor's extras["claimant"]; for reports stored
    # before, found again in the stored text by geo_claimant, see geo.store.claimant_sql) and each
    # incident's claimants (its sources' ones, in category order, joined by ",") for the filter.
    """
    ALTER TABLE incident_sources ADD COLUMN claimant TEXT;
    ALTER TABLE incidents ADD COLUMN claimants TEXT;
    UPDATE incident_sources SET claimant = CASE
        WHEN extras IS NOT NULL AND json_type(extras, '$.claimant') IS NOT NULL
            THEN json_extract(extras, '$.claimant')
        ELSE geo_claimant((SELECT text FROM documents WHERE id = document_id), extras,
                          json_extract(fields, '$.country')) END;
    UPDATE incidents SET claimants = (SELECT geo_claimants(group_concat(claimant)) FROM incident_sources
                                      WHERE incident_id = incidents.id);
    """,
    # 6: places corrected by hand (geo/store/corrections.py), one row per corrected report: its
    # document's text hash and URL or path, its ordinal, its de-duplication key before the
    # correction, and the place picked (JSON of geo.corrections.PlaceFix); applied again whenever
    # the same document is stored.  Kept apart from the documents so no re-read loses them.
    PLACE_CORRECTIONS_SCRIPT,
    """
    -- PostgreSQL's incidents_place now holds the incident's id (geo/store/pg_schema.py); SQLite's
    -- indexes hold each row's id (the rowid) already: nothing to do here
    """,
)


def statements(script: str) -> list[str]:
    """The SQL statements of a script, a trigger's body (``BEGIN ...; ...; END``) kept whole."""
    out, pending = [], ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                out.append(pending)
            pending = ""
    return out


def timestamp() -> str:
    """The text of the ``ingested_at`` and ``updated_at`` columns: UTC, to the second."""
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
