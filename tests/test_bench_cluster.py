"""bench/cluster_bench.py, the cluster row of bench/run.py, on a few articles: both ways of
ingesting run, are timed, and leave the same store (its digest tells when they do not)."""
from __future__ import annotations

import sqlite3

import pytest

import cluster_bench
import corpus
import harness
import ingest_bench


@pytest.mark.slow
def test_the_cluster_row_times_both_ways_and_finds_the_same_store(tmp_path):
    src = ingest_bench.write_jsonl(list(corpus.generate(30, 3)), tmp_path / "articles")
    result = cluster_bench.bench_cluster(src, 30, tmp_path, 2, harness.run_timed)
    assert [r["option"] for r in result["runs"]] == ["--workers 2", "--scheduler local:2"]
    assert result["same_store"] and all(r["wall_s"] > 0 and r["incidents_stored"] > 0 for r in result["runs"])
    assert all(r["summary"].startswith("documents: 30 new") for r in result["runs"])
    names = [name for name, _ in cluster_bench.rows(result)]
    assert names[0] == "ingest 30 articles, --workers 2" and names[-1].strip() == "cluster store = worker-pool store"


def test_the_store_digest_changes_with_any_row_but_not_with_the_time(tmp_path):
    db = tmp_path / "s.db"
    with sqlite3.connect(db) as con:
        for table in cluster_bench.TABLES:
            con.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, value TEXT, ingested_at TEXT)")
            con.execute(f"INSERT INTO {table} VALUES (1, 'a', '2026-01-01')")
    before = cluster_bench.store_digest(db)
    with sqlite3.connect(db) as con:
        con.execute("UPDATE incidents SET ingested_at = '2027-01-01'")
    assert cluster_bench.store_digest(db) == before
    with sqlite3.connect(db) as con:
        con.execute("UPDATE incident_sources SET value = 'b'")
    assert cluster_bench.store_digest(db) != before


@pytest.mark.slow
def test_the_postgresql_cluster_rows_time_both_writers_and_find_the_same_store(tmp_path, postgres_server):
    if isinstance(postgres_server, str):
        from support.postgres import no_server

        no_server(postgres_server)
    src = ingest_bench.write_jsonl(list(corpus.generate(30, 3)), tmp_path / "articles")
    result = cluster_bench.bench_cluster_postgres(src, 30, postgres_server, 2, harness.run_timed)
    assert [r["option"] for r in result["runs"]] == ["--scheduler local:2 into PostgreSQL, client writes",
                                                     "--scheduler local:2 into PostgreSQL, workers write"]
    assert result["same_store"] and all(r["summary"].startswith("documents: 30 new") for r in result["runs"])
    names = [name for name, _ in cluster_bench.rows({"articles": 30, "runs": [], "same_store": True,
                                                     "postgres": result})]
    assert names[-1].strip() == "workers' store = client's store (ids aside)"
