"""Health checks for the bundled data and a store, each with advice.

``python -m geo doctor`` runs them.  The store is opened read-only, so a
check never changes what it inspects; every finding says what to do next.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator

from geo.data.paths import ATTRIBUTION_PATH, GAZETTEER_PATH, REGIONS_PATH, REGIONS_WEB_PATH
from geo.record import validate

if TYPE_CHECKING:
    from geo.store.dialect import SQLConnection

OK, WARNING, ERROR = "ok", "warning", "error"
#: How far outside its region's polygon a point may lie before doctor reports it (border noise).
OUTSIDE_TOLERANCE_KM = 5.0
MAX_LISTED = 10


@dataclass(frozen=True)
class Finding:
    """One check's outcome: ``level`` is ok, warning or error."""

    level: str
    check: str
    message: str
    advice: str = ""


Check = Callable[..., Iterator[Finding]]


# -- bundled data -------------------------------------------------------------------------


def check_regions() -> Iterator[Finding]:
    from geo.places.regions import regions

    path = REGIONS_PATH
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        yield Finding(ERROR, "regions", f"{path}: {exc}", "rebuild: python -m geo.data build --source ../shared/data")
        return
    codes = [f["properties"].get("code") for f in data.get("features", [])]
    countries = {c.split("-")[0] for c in codes if c}
    if len(codes) != len(set(codes)) or countries != {"RU", "UA", "BY"}:
        yield Finding(ERROR, "regions", f"{len(codes)} region features, countries {sorted(countries)}",
                      "rebuild the bundled data")
    else:
        yield Finding(OK, "regions", f"{len(regions())} regions of RU, UA and BY")
    web = REGIONS_WEB_PATH
    if not web.exists():
        yield Finding(ERROR, "regions", f"{web} is missing", "rebuild the bundled data")


def check_gazetteer() -> Iterator[Finding]:
    import pandas as pd

    from geo.data.build import GAZETTEER_COLUMNS

    path = GAZETTEER_PATH
    try:
        gaz = pd.read_parquet(path)
    except Exception as exc:  # any parquet/IO failure is the same advice
        yield Finding(ERROR, "gazetteer", f"{path}: {exc}", "rebuild: python -m geo.data build --source ../shared/data")
        return
    missing = [c for c in GAZETTEER_COLUMNS if c not in gaz.columns]
    if missing:
        yield Finding(ERROR, "gazetteer", f"missing columns {missing}", "rebuild the bundled data")
    elif len(gaz) < 1000:
        yield Finding(WARNING, "gazetteer", f"only {len(gaz)} settlements", "rebuild the bundled data")
    else:
        yield Finding(OK, "gazetteer", f"{len(gaz):,} settlements")
    from geo.places.gazetteer import read_name_keys

    if read_name_keys(path) is None:
        yield Finding(WARNING, "gazetteer", "the precomputed name keys are missing or stale "
                      "(each start rebuilds them, about a second)", "rebuild the bundled data")


def check_attribution() -> Iterator[Finding]:
    path = ATTRIBUTION_PATH
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    needed = [n for n in ("geoBoundaries", "Natural Earth", "GeoNames") if n not in text]
    if needed:
        yield Finding(ERROR, "attribution", f"credits missing for {', '.join(needed)}",
                      "rebuild the bundled data (it rewrites ATTRIBUTION.md)")
    else:
        yield Finding(OK, "attribution", "data credits present")


DATA_CHECKS: tuple[Check, ...] = (check_regions, check_gazetteer, check_attribution)


# -- the store ----------------------------------------------------------------------------


def _connect_read_only(path: str) -> sqlite3.Connection:
    db = sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True, timeout=10)
    db.row_factory = sqlite3.Row
    return db


def check_integrity(db: sqlite3.Connection) -> Iterator[Finding]:
    result = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
    if result == ["ok"]:
        yield Finding(OK, "integrity", "SQLite integrity check passed")
    else:
        yield Finding(ERROR, "integrity", "; ".join(result[:3]),
                      "restore a backup, or re-ingest the documents into a new store")


def check_schema(db: sqlite3.Connection) -> Iterator[Finding]:
    yield _schema_finding(db.execute("PRAGMA user_version").fetchone()[0])


def _schema_finding(version: int) -> Finding:
    from geo.store.schema import MIGRATIONS

    if version == len(MIGRATIONS):
        return Finding(OK, "schema", f"schema version {version}")
    if version < len(MIGRATIONS):
        return Finding(WARNING, "schema", f"schema version {version}, this program uses {len(MIGRATIONS)}",
                      "open it once with any command (e.g. python -m geo incidents) to migrate")
    return Finding(ERROR, "schema", f"schema version {version} is newer than this program's {len(MIGRATIONS)}",
                   "update the program")


ORPHAN_QUERIES: dict[str, tuple[str, str]] = {
    "sources without incident": (
        "SELECT count(*) FROM incident_sources s LEFT JOIN incidents i ON i.id = s.incident_id WHERE i.id IS NULL",
        "re-ingest the affected documents into a new store"),
    "sources without document": (
        "SELECT count(*) FROM incident_sources s LEFT JOIN documents d ON d.id = s.document_id WHERE d.id IS NULL",
        "re-ingest the affected documents into a new store"),
    "incidents without source": (
        "SELECT count(*) FROM incidents i WHERE NOT EXISTS "
        "(SELECT 1 FROM incident_sources s WHERE s.incident_id = i.id)",
        "these incidents cannot be traced to a text; re-ingest into a new store"),
    "source counts out of date": (
        "SELECT count(*) FROM incidents i WHERE n_sources != "
        "(SELECT count(DISTINCT document_id) FROM incident_sources s WHERE s.incident_id = i.id)",
        "re-ingest into a new store"),
}


def check_orphans(db: SQLConnection) -> Iterator[Finding]:
    bad = False
    for name, (sql, advice) in ORPHAN_QUERIES.items():
        n = db.execute(sql).fetchone()[0]
        if n:
            bad = True
            yield Finding(ERROR, "references", f"{n} {name}", advice)
    if not bad:
        yield Finding(OK, "references", "every incident has its sources and documents")


def check_records(db: SQLConnection) -> Iterator[Finding]:
    from geo.record import SCHEMA_FIELDS

    rows = db.execute(f"SELECT id, {', '.join(SCHEMA_FIELDS)} FROM incidents").fetchall()
    invalid = [(r["id"], problems) for r in rows
               if (problems := validate({k: r[k] for k in SCHEMA_FIELDS}))]
    if invalid:
        listed = "; ".join(f"#{i}: {p[0]}" for i, p in invalid[:MAX_LISTED])
        yield Finding(ERROR, "records", f"{len(invalid)} incident(s) break the schema: {listed}",
                      "re-ingest the affected documents")
    else:
        yield Finding(OK, "records", f"{len(rows):,} incidents follow the schema")


def check_points(db: SQLConnection) -> Iterator[Finding]:
    from geo.places.polygons import point_in_region

    rows = db.execute("SELECT id, region, lat, lon FROM incidents "
                      "WHERE region IS NOT NULL AND lat IS NOT NULL AND geo_precision <= 2").fetchall()
    outside = [r["id"] for r in rows
               if not point_in_region(r["lat"], r["lon"], r["region"], OUTSIDE_TOLERANCE_KM)]
    if outside:
        ids = ", ".join(f"#{i}" for i in outside[:MAX_LISTED])
        yield Finding(WARNING, "placement",
                      f"{len(outside)} incident point(s) lie outside their region: {ids}",
                      "check them on the Incidents page; the text's region is kept, the point may be a namesake")
    else:
        yield Finding(OK, "placement", f"{len(rows):,} placed incidents lie in their regions")


STORE_CHECKS: tuple[Check, ...] = (check_integrity, check_schema, check_orphans, check_records, check_points)


def check_store(path: str) -> Iterator[Finding]:
    """Run the store checks on a SQLite file (or a PostgreSQL URL) without changing it."""
    from geo.store import BACKENDS, is_sqlite, public_url, url_scheme

    if url_scheme(path) not in BACKENDS:  # (a mistyped scheme: its password is not shown)
        yield Finding(ERROR, "store", f"unsupported store URL {public_url(path)!r}",
                      "give a file path or sqlite:///path (SQLite), or postgresql://user@host/database")
        return
    if not is_sqlite(path):
        yield from check_postgres_store(path)
        return
    if path != ":memory:" and not Path(path).exists():
        yield Finding(WARNING, "store", f"no store at {path} yet",
                      "ingest documents (python -m geo ingest PATH) or start the dashboard")
        return
    try:
        db = _connect_read_only(path)
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        yield Finding(ERROR, "store", f"{path}: not a readable SQLite database ({exc})",
                      "point GEO_DB or --db at the store file")
        return
    try:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"documents", "incidents", "incident_sources"} <= tables:
            yield Finding(ERROR, "store", f"{path}: not an incident store (tables: {sorted(tables)})",
                          "point GEO_DB or --db at the store file")
            return
        docs = db.execute("SELECT count(*) FROM documents").fetchone()[0]
        yield Finding(OK, "store", f"{path}: {docs:,} documents")
        for check in STORE_CHECKS:
            try:
                yield from check(db)
            except sqlite3.DatabaseError as exc:
                yield Finding(ERROR, check.__name__.removeprefix("check_"), str(exc),
                              "the store may be damaged; run the integrity check on a copy")
    finally:
        db.close()


def run_all(store_path: str | None) -> list[Finding]:
    """Every check: bundled data first, then the store (when a path is given)."""
    findings: list[Finding] = []
    for check in DATA_CHECKS:
        findings.extend(check())
    if store_path:
        findings.extend(check_store(store_path))
    return findings


def check_postgres_store(url: str) -> Iterator[Finding]:
    """The store checks on a PostgreSQL store, read only (no migration, no write): the server's own
    consistency is its business, so no integrity check; the references, records and points as for SQLite."""
    import psycopg

    from geo.store.pg_connection import Connection, connect_error, public_url, rows

    name = public_url(url)
    try:
        conn = psycopg.connect(url, connect_timeout=10, row_factory=rows, autocommit=True)
    except psycopg.OperationalError as exc:
        yield Finding(ERROR, "store", str(connect_error(exc, url)), "fix --db or GEO_DB, or start the server")
        return
    with conn:
        db = Connection(conn)
        columns = {(r[0], r[1]) for r in db.execute(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()")}
        if ("geo_schema", "version") not in columns:
            yield Finding(WARNING, "store", f"no store in {name} yet",
                          "ingest documents (python -m geo ingest --db URL PATH) or start the dashboard")
            return
        docs = db.execute("SELECT count(*) FROM documents").fetchone()[0]
        postgis = ", PostGIS points" if ("incidents", "geom") in columns else ", no PostGIS"
        yield Finding(OK, "store", f"{name}: {docs:,} documents (PostgreSQL{postgis})")
        yield _schema_finding(db.execute("SELECT max(version) FROM geo_schema").fetchone()[0] or 0)
        for check in (check_orphans, check_records, check_points):
            try:
                yield from check(db)  # the same execute() as sqlite3's
            except psycopg.Error as exc:
                yield Finding(ERROR, check.__name__.removeprefix("check_"), str(exc), "check the server's log")
