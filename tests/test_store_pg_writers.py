"""PostgreSQL's concurrent writers beyond add_document: a place correction made while its document is
being stored, and the retries and plain errors of the other write paths (corrections, feeds, copies).
A real server; another session holds the store's advisory locks to pause a writer at a chosen step."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psycopg
import pytest

from geo.corrections import PlaceFix, place_candidates
from geo.documents.model import Document
from geo.errors import StoreError
from geo.record import Incident
from geo.store import dedup, open_store
from geo.store.postgres import KEY_LOCK

ROOT = Path(__file__).resolve().parent.parent
STORE_BACKENDS = ("postgresql",)


def _report(settlement: str = "Valuyki") -> Incident:
    return Incident("strike", country="RU", region="RU-BEL", region_name="Belgorod Oblast", settlement=settlement,
                    lat=50.2117, lon=38.0983, geo_precision=1, date="2025-07-12", date_precision="day",
                    evidence=f"A drone struck {settlement}.")


def _urazovo() -> PlaceFix:
    return place_candidates("Urazovo", "RU-BEL")[0]["fix"]


def _waiters(url: str) -> int:
    """Sessions of this database waiting for an advisory lock."""
    with psycopg.connect(url, autocommit=True) as conn:
        return int(conn.execute("SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                                " WHERE l.locktype = 'advisory' AND NOT l.granted"
                                " AND a.datname = current_database()").fetchone()[0])


def _wait_for(check, seconds: float = 20) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(0.05)
    return False


class HeldLock:
    """Another session holding one of the store's advisory locks until released."""

    def __init__(self, url: str, kind: int, name: str) -> None:
        self.conn = psycopg.connect(url)
        self.conn.execute("SELECT pg_advisory_xact_lock(%s, hashtext(%s))", (kind, name))

    def release(self) -> None:
        self.conn.rollback()
        self.conn.close()


def test_a_correction_made_while_its_document_is_stored_is_applied(store_url):
    """add_document reads the stored corrections, then waits for its key; a correction recorded in that
    moment waits for the document's transaction and corrects the report it committed."""
    doc = Document(text="A drone struck Valuyki.", id="v", published=dt.date(2025, 7, 12))
    key = dedup.dedup_key(_report().to_dict())
    fix = _urazovo()
    held = HeldLock(store_url, KEY_LOCK, key)
    with open_store(store_url) as store, ThreadPoolExecutor(2) as pool:
        try:
            adding = pool.submit(store.add_document, doc, [_report()])
            assert _wait_for(lambda: _waiters(store_url) == 1)  # add_document waits for the key
            correcting = pool.submit(store.record_place_corrections, doc, [(0, key, fix)])
            _wait_for(lambda: correcting.done() or _waiters(store_url) == 2, 5)
        finally:
            held.release()
        assert adding.result(30).incidents_new == 1
        assert correcting.result(30) == 1  # the stored report moved
        rows = store.query().to_dict("records")
    assert [(r["settlement"], r["lat"]) for r in rows] == [("Urazovo", fix.lat)]


def test_correcting_an_incident_reads_its_reports_once_it_holds_their_key(store_url):
    """A report that joins the incident while the correction waits for their key (it was first in the
    queue) moves with the others: the correction reads the incident's reports only once it holds the key."""
    a = Document(text="A drone struck Valuyki (a).", id="a", published=dt.date(2025, 7, 12))
    b = Document(text="A drone struck Valuyki (b).", id="b", published=dt.date(2025, 7, 12))
    key = dedup.dedup_key(_report().to_dict())
    fix = _urazovo()
    with open_store(store_url) as store, ThreadPoolExecutor(2) as pool:
        store.add_document(a, [_report()])
        incident = int(store.query()["id"].iloc[0])
        held = HeldLock(store_url, KEY_LOCK, key)
        try:
            adding = pool.submit(store.add_document, b, [_report()])
            assert _wait_for(lambda: _waiters(store_url) == 1)  # b waits for the key first
            correcting = pool.submit(store.correct_incident_place, incident, fix)
            assert _wait_for(lambda: _waiters(store_url) == 2)  # then the correction
        finally:
            held.release()
        assert adding.result(30).incidents_merged == 1  # b joined the incident
        assert correcting.result(30) == incident
        rows = store.query().to_dict("records")
    assert [(r["id"], r["settlement"], r["n_sources"]) for r in rows] == [(incident, "Urazovo", 2)]


def _fail_inserts(url: str, table: str, code: str, times: int | None) -> None:
    """The server fails inserts into ``table`` with SQLSTATE ``code``: the first ``times`` (None: all)."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE SEQUENCE fail_{table}")
        limit = f"nextval('fail_{table}') " + ("> 0" if times is None else f"<= {times}")
        conn.execute(f"CREATE FUNCTION fail_{table}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                     f" IF {limit} THEN RAISE EXCEPTION 'made to fail' USING ERRCODE = '{code}';"
                     " END IF; RETURN NEW; END $$")
        conn.execute(f"CREATE TRIGGER fail_{table} BEFORE INSERT ON {table} FOR EACH ROW"
                     f" EXECUTE FUNCTION fail_{table}()")


def _tries(url: str, table: str) -> int:
    with psycopg.connect(url, autocommit=True) as conn:
        return int(conn.execute(f"SELECT last_value FROM fail_{table}").fetchone()[0])


def test_correction_and_feed_writes_that_lose_a_deadlock_are_run_again(store_url):
    doc = Document(text="A drone struck Valuyki.", id="v", published=dt.date(2025, 7, 12))
    with open_store(store_url) as store:  # (the schema first)
        _fail_inserts(store_url, "place_corrections", "40P01", times=1)
        _fail_inserts(store_url, "feeds", "40001", times=2)
        assert store.record_place_corrections(doc, [(0, dedup.dedup_key(_report().to_dict()), _urazovo())]) == 0
        store.save_feed("https://example.org/feed.xml", "rss", title="Example")
        store.add_document(doc, [_report()])
        assert [r["settlement"] for r in store.query().to_dict("records")] == ["Urazovo"]
        assert store.feed_state("https://example.org/feed.xml")["title"] == "Example"
    assert (_tries(store_url, "place_corrections"), _tries(store_url, "feeds")) == (3, 3)  # (+1: add_document's)


def test_a_write_that_keeps_colliding_is_a_store_error_in_words(store_url):
    with open_store(store_url) as store:
        _fail_inserts(store_url, "feeds", "40001", times=None)
        with pytest.raises(StoreError, match=r"could not record the fetch of https://example.org/f after 8 tries: .*another writer changed"):
            store.save_feed("https://example.org/f", "rss")
        assert store.feed_state("https://example.org/f") is None


def test_a_copy_into_a_store_that_fails_it_says_so_without_a_traceback(store_url, tmp_path, seed_paths):
    """``geo migrate`` in a process of its own: the target's server rolls the copy back."""
    from geo.ingest import ingest_paths

    source = str(tmp_path / "source.db")
    with open_store(source) as s:
        ingest_paths([str(p) for p in seed_paths], s)
    with open_store(store_url):
        _fail_inserts(store_url, "incidents", "40P01", times=None)
    done = subprocess.run([sys.executable, "-m", "geo", "migrate", "--from", source, "--to", store_url, "--quiet"],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and "psycopg" not in done.stderr
    assert "rolled back: it and another writer waited on each other (deadlock)" in done.stderr
    with open_store(store_url) as target:
        assert target.document_count() == 0  # the whole copy was rolled back
