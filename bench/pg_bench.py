"""PostgreSQL beside SQLite in the stores part of bench/run.py (issue 17: within 2x of SQLite).

Each SQLite store is copied into a new database on a PostgreSQL server with ``python -m geo
migrate`` (timed: the copy time is what a team moving its store waits), then the same probe
runs on both backends, alternately (SQLite, PostgreSQL, SQLite, ...) so that the other jobs of
a shared machine weigh on both alike.  The server is ``--postgres URL`` (its user must be allowed
to create databases), or else a throwaway cluster started as the tests start theirs
(tests/support/postgres.py: initdb as an unprivileged user, a unix socket only, PostGIS template).
"""
from __future__ import annotations

import statistics
import sys
from pathlib import Path
from typing import Any, Callable

from harness import PYTHON, ROOT, run_timed

BACKENDS = ("sqlite", "postgresql")
#: The views compared: (label, how to read its seconds from one probe's result).
VIEWS: tuple[tuple[str, Callable[[dict[str, Any]], float]], ...] = (
    ("first view (imports+open+view)", lambda r: r["first_view_s"]),
    ("slider 30 days", lambda r: r["slider_30_days"]["total_s"]),
    ("region + 90 days", lambda r: r["region_90_days"]["total_s"]),
    ("second view, same filters", lambda r: r["second_view_same_filters"]["total_s"]),
    ("HTML export, all", lambda r: r["html_export"]["s"]),
    ("HTML export, region", lambda r: r["html_export_filtered"]["s"]),
    ("PNG export, all", lambda r: r["png_export"]["s"]),
    ("PNG export, region", lambda r: r["png_export_filtered"]["s"]),
)


class NoServer(Exception):
    """No PostgreSQL server can be had; the message says why."""


def server(url: str | None) -> Any:
    """The server to copy the stores into: ``url``'s, or a throwaway cluster (stop it when done);
    raises :class:`NoServer`, saying why, when there is none."""
    sys.path.insert(0, str(ROOT / "tests"))
    from support import postgres

    try:
        if url:
            return postgres.Cluster(url)
        return postgres.start()
    except postgres.Unavailable as exc:
        raise NoServer(str(exc)) from None
    except Exception as exc:  # psycopg's errors for a given URL that cannot be used
        raise NoServer(f"{url}: {' '.join(str(exc).split())}") from None


def _database_mb(cluster: Any, name: str) -> float:
    import psycopg

    with psycopg.connect(cluster.url(name)) as conn:
        row = conn.execute("SELECT pg_database_size(current_database())").fetchone()
    return round(int(row[0]) / 1e6, 1) if row else 0.0


def compare(db: Path, cluster: Any, backends: tuple[str, ...], repeat: int,
            run_probe: Callable[[str], dict[str, Any]]) -> dict[str, Any]:
    """The probe ``repeat`` times on each backend, alternately; for PostgreSQL, a copy of ``db``
    made first (and dropped at the end).  Returns {"sqlite": [runs], "postgresql": [runs], "copy": {...}}."""
    out: dict[str, Any] = {name: [] for name in backends}
    stores = {"sqlite": str(db)}
    name = None
    try:
        if "postgresql" in backends:
            name = cluster.create_database()
            stores["postgresql"] = cluster.url(name)
            wall, said = run_timed([PYTHON, "-m", "geo", "migrate", "--from", str(db), "--to", stores["postgresql"],
                                    "--quiet"])
            out["copy"] = {"s": round(wall, 1), "said": said.strip(), "db_mb": _database_mb(cluster, name)}
        for _ in range(repeat):
            for backend in backends:
                out[backend].append(run_probe(stores[backend]))
    finally:
        if name is not None:
            cluster.drop_database(name)
    return out


def _range(values: list[float]) -> str:
    lo, hi = f"{min(values):.3f}", f"{max(values):.3f}"
    return lo if lo == hi else f"{lo}-{hi}"


def rows(r: dict[str, Any]) -> list[tuple[str, str, str]]:
    """The side-by-side rows of one store size: each view's seconds on SQLite and on PostgreSQL
    (lowest-highest of the runs) and PostgreSQL/SQLite of the medians."""
    runs = r.get("backends") or {}
    if not runs.get("postgresql"):
        return [("  PostgreSQL", r.get("postgresql_skipped", "not measured"), "")] if "postgresql_skipped" in r else []
    copy = runs["copy"]
    out = [(f"  PostgreSQL: geo migrate from SQLite, s ({copy['db_mb']} MB)", str(copy["s"]), "")]
    both = "sqlite" in runs
    out.append((f"  s, {len(runs['postgresql'])} runs each: " + ("SQLite | PostgreSQL | ratio" if both else "PostgreSQL"),
                "", "ratio <= 2"))
    for label, seconds in VIEWS:
        pg = [seconds(p) for p in runs["postgresql"]]
        if not both:
            out.append((f"    {label}", _range(pg), ""))
            continue
        lite = [seconds(p) for p in runs["sqlite"]]
        ratio = statistics.median(pg) / max(statistics.median(lite), 1e-6)
        out.append((f"    {label}", f"{_range(lite)} | {_range(pg)} | {ratio:.2f}", ""))
    return out
