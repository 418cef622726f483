"""Ingest on a Dask cluster against worker processes, on the same corpus and the same machine.

``python -m geo ingest <folder> --db fresh.db --scheduler local:N`` against ``--workers N``,
each a subprocess into a fresh SQLite store: wall time, articles/s, and whether the two stores
hold the same rows (they must: the cluster only moves extraction, storing stays in the client).
With ``--cluster-postgres`` also ``--scheduler local:N`` into PostgreSQL twice: the client
storing every document (``GEO_CLUSTER_WRITES=client``) and the workers storing their own
partitions (geo/cluster_store.py), compared by a digest of the rows without ids (the workers
commit in their own order).
Called by ``bench/run.py`` (part ``cluster``, size ``--cluster-articles``); kept apart so that
the harness stays readable.
"""
from __future__ import annotations

import hashlib
import sqlite3
import sys
from pathlib import Path
from typing import Any, Callable

#: The tables an ingest writes; compared by a digest of every row but the wall-clock columns.
TABLES = ("documents", "incidents", "incident_sources")


def store_digest(db: Path) -> str:
    """One hash over the ingest tables' rows in id order, without the ``*_at`` columns."""
    digest = hashlib.sha256()
    with sqlite3.connect(db) as con:
        for table in TABLES:
            cursor = con.execute(f"SELECT * FROM {table} ORDER BY rowid")
            keep = [i for i, col in enumerate(cursor.description) if not col[0].endswith("_at")]
            for row in cursor:
                digest.update(repr(tuple(row[i] for i in keep)).encode())
    return digest.hexdigest()


def bench_cluster(src: Path, articles: int, work: Path, n: int,
                  run_timed: Callable[[list[str]], tuple[float, str]]) -> dict[str, Any]:
    """Both ways of ingesting ``src`` (``articles`` articles) with ``n`` processes, one after the other."""
    runs = []
    for option in (["--workers", str(n)], ["--scheduler", f"local:{n}"]):
        db = work / f"cluster-{option[0].strip('-')}.db"
        for p in work.glob(db.name + "*"):
            p.unlink()
        print(f"  ingest {' '.join(option)} ...", file=sys.stderr)
        wall, out = run_timed([sys.executable, "-m", "geo", "ingest", str(src), "--db", str(db), "--quiet",
                               *option])
        with sqlite3.connect(db) as con:
            stored = con.execute("SELECT count(*) FROM incidents").fetchone()[0]
        runs.append({"option": " ".join(option), "wall_s": round(wall, 2),
                     "articles_per_s": round(articles / wall, 1),
                     "minutes_per_100k": round(100_000 / (articles / wall) / 60, 1),
                     "incidents_stored": stored, "digest": store_digest(db),
                     "summary": out.strip().splitlines()[-1] if out.strip() else ""})
    return {"articles": articles, "processes": n, "runs": runs,
            "same_store": len({r["digest"] for r in runs}) == 1}


#: The two ways into PostgreSQL: who writes, and the environment that makes it so.
#: (The workers' run sets the variable empty: one set in the caller's environment would not leak in.)
PG_WRITERS: tuple[tuple[str, dict[str, str]], ...] = (("client writes", {"GEO_CLUSTER_WRITES": "client"}),
                                                      ("workers write", {"GEO_CLUSTER_WRITES": ""}))


def id_free_digest(url: str) -> str:
    """One hash over a store's rows without ids and wall-clock columns (tests/support/store_contents.py)."""
    from geo.store import open_store
    from support.store_contents import id_free_rows  # (on sys.path once pg_bench.server ran)

    store = open_store(url)
    try:
        return hashlib.sha256(repr(id_free_rows(store)).encode()).hexdigest()
    finally:
        store.close()


def bench_cluster_postgres(src: Path, articles: int, server: Any, n: int,
                           run_timed: Callable[..., tuple[float, str]]) -> dict[str, Any]:
    """``--scheduler local:N`` into a fresh PostgreSQL database, the client writing, then the workers."""
    runs = []
    for label, env in PG_WRITERS:
        database = server.create_database()
        try:
            print(f"  ingest --scheduler local:{n} into PostgreSQL, {label} ...", file=sys.stderr)
            wall, out = run_timed([sys.executable, "-m", "geo", "ingest", str(src), "--db", server.url(database),
                                   "--quiet", "--scheduler", f"local:{n}"], env=env)
            runs.append({"option": f"--scheduler local:{n} into PostgreSQL, {label}", "wall_s": round(wall, 2),
                         "articles_per_s": round(articles / wall, 1), "digest": id_free_digest(server.url(database)),
                         "summary": out.strip().splitlines()[-1] if out.strip() else ""})
        finally:
            server.drop_database(database)
    return {"articles": articles, "processes": n, "runs": runs,
            "same_store": len({r["digest"] for r in runs}) == 1}


def rows(result: dict[str, Any]) -> list[tuple[str, str]]:
    """The printed table's rows for the cluster part."""
    out = []
    for run in result["runs"]:
        out.append((f"ingest {result['articles']:,} articles, {run['option']}",
                    f"{run['wall_s']} s, {run['articles_per_s']} articles/s"))
    out.append(("  cluster store = worker-pool store", "yes" if result["same_store"] else "NO (a bug)"))
    if result.get("postgres"):
        for run in result["postgres"]["runs"]:
            out.append((f"ingest {result['postgres']['articles']:,} articles, {run['option']}",
                        f"{run['wall_s']} s, {run['articles_per_s']} articles/s"))
        out.append(("  workers' store = client's store (ids aside)",
                    "yes" if result["postgres"]["same_store"] else "NO (a bug)"))
    return out
