"""Faults and concurrency: a killed ingest, a read-only or full store, readers during writes,
two ingests at once.  Real processes on a real SQLite file."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from geo.cli import main
from geo.doctor import ERROR, check_store
from geo.errors import StoreError
from geo.filters import Filters
from geo.ingest import ingest_paths
from geo.store import open_store
from support.articles import write_articles
from support.store_contents import contents

ROOT = Path(__file__).resolve().parent.parent


def start_ingest(folder: Path, db: Path | str, *extra: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "geo", "ingest", "--quiet", "--db", str(db), str(folder), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def stored_documents(db: Path) -> int:
    """Documents committed so far, read as another program would (0 before the file exists)."""
    if not db.exists():
        return 0
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10) as conn:
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        except sqlite3.OperationalError:  # tables not created yet
            return 0


def sources_per_document(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT d.id, count(s.id) FROM documents d LEFT JOIN incident_sources s"
                                 " ON s.document_id = d.id GROUP BY d.id"))


def assert_healthy(db: Path | str) -> None:
    errors = [f for f in check_store(str(db)) if f.level == ERROR]
    assert errors == []


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    write_articles(folder, 300, seed=9)
    return folder


@pytest.fixture(scope="module")
def clean(articles, tmp_path_factory) -> tuple[list, dict[str, int]]:
    """The store one uninterrupted run makes: its contents and each document's number of reports."""
    db = tmp_path_factory.mktemp("clean") / "clean.db"
    with open_store(str(db)) as store:
        assert ingest_paths([str(articles)], store).ok
        return contents(store), sources_per_document(db)


def children(pid: int) -> set[int]:
    """Processes whose parent is ``pid`` (from /proc)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.slow
@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_killed_ingest_leaves_whole_documents_and_a_rerun_completes_it(articles, clean, tmp_path, workers):
    db = tmp_path / "killed.db"
    proc = start_ingest(articles, db, "--workers", workers)
    while stored_documents(db) < 5 and proc.poll() is None:
        time.sleep(0.01)
    helpers = children(proc.pid)
    proc.send_signal(signal.SIGKILL)  # the main process only: its workers must notice and end
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in helpers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(alive(pid) for pid in helpers), "worker processes outlived the killed ingest"
    if workers == "2":
        assert len(helpers) >= 2  # the workers (and multiprocessing's resource tracker)
    done = sources_per_document(db)
    assert 5 <= len(done) < 300
    assert {doc: clean[1][doc] for doc in done} == done  # every stored document has all its reports
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert_healthy(db)
    proc = start_ingest(articles, db)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert out.startswith(f"documents: {300 - len(done)} new, {len(done)} unchanged, 0 failed")
    with open_store(str(db)) as store:
        assert contents(store) == clean[0]


@pytest.mark.slow
def test_two_ingests_at_once_do_not_duplicate(articles, clean, store_url):
    db = store_url
    procs = [start_ingest(articles, db), start_ingest(articles, db)]
    outs = [p.communicate(timeout=180) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _, err in outs]
    new = [int(out.split(" new")[0].split()[-1]) for out, _ in outs]
    assert sum(new) == 300
    with open_store(str(db)) as store:
        assert store.document_count() == 300 and contents(store) == clean[0]
    assert_healthy(db)


@pytest.mark.slow
def test_the_dashboard_reads_while_an_ingest_writes(articles, clean, store_url):
    db = store_url
    proc = start_ingest(articles, db)
    reads, seen = 0, set()
    kept = None
    while proc.poll() is None:
        with open_store(str(db)) as store:  # what a fresh dashboard session does
            seen.add(store.count())
            store.region_counts(Filters())
            store.daily_counts(Filters())
            frame = store.query(Filters())
            if len(frame):
                assert store.incident(int(frame["id"].iloc[0])) is not None
        kept = kept or open_store(str(db))  # and a long-lived one
        kept.query(Filters(types=("strike",)))
        reads += 1
        time.sleep(0.05)  # read like a dashboard does, not in a busy loop that starves the ingest of a core
    kept.close()
    out, err = proc.communicate()
    assert proc.returncode == 0, err
    assert reads > 5 and len(seen) > 2  # the reads really overlapped the writes


@pytest.mark.slow
def test_a_full_store_stops_the_run_cleanly_and_a_rerun_finishes(articles, clean, tmp_path):
    db = tmp_path / "full.db"
    paths = sorted(str(p) for p in articles.iterdir())
    with open_store(str(db)) as store:
        assert ingest_paths(paths[:20], store).ok
        pages = store._db.execute("PRAGMA page_count").fetchone()[0]
        store._db.execute(f"PRAGMA max_page_count = {pages + 3}")  # the disk fills up a little later
        summary = ingest_paths(paths, store)
        stored = store.document_count()
    assert 20 < stored < 300 and summary.documents_unchanged == 20
    assert summary.documents_new + summary.documents_unchanged + summary.documents_failed == 300
    first, stop = summary.errors
    assert " is full (no space left on its disk): free some space and run again" in first
    assert first.startswith(f"{paths[stored]}: not stored: the store {db} is full")
    assert stop.startswith(f"stopped: {300 - stored - 1} more document(s) or row(s) not ingested")
    done = sources_per_document(db)
    assert {doc: clean[1][doc] for doc in done} == done
    assert_healthy(db)
    with open_store(str(db)) as store:
        assert ingest_paths([str(articles)], store).ok
        assert contents(store) == clean[0]


def test_a_read_only_store_is_read_and_refuses_writes_in_one_line(seed_paths, tmp_path, capsys):
    db = tmp_path / "ro.db"
    assert main(["ingest", "--quiet", "--db", str(db), str(seed_paths[0])]) == 0
    capsys.readouterr()
    url = f"sqlite:///{db}?mode=ro"
    with open_store(url) as store:
        n = store.count()
        assert store.read_only and n > 0 and len(store.query()) == n
        with pytest.raises(StoreError, match="is read-only") as info:
            store.add_document(type("D", (), {})(), [])  # refused before anything is read
        assert info.value.fatal
    assert main(["ingest", "--quiet", "--db", url, str(seed_paths[1])]) == 1
    out, err = capsys.readouterr()
    assert f"error: {seed_paths[1]}: not stored: the store {url} is read-only" in err and "Traceback" not in err
    assert out.startswith("documents: 0 new, 0 unchanged, 1 failed")
    with open_store(str(db)) as store:
        assert store.document_count() == 1
    with pytest.raises(StoreError, match="does not exist"):
        open_store(f"sqlite:///{tmp_path}/missing.db?mode=ro")
    assert not (tmp_path / "missing.db").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions; the mode=ro test covers the message")
def test_a_store_file_without_write_permission_opens_read_only(seed_paths, tmp_path):
    db = tmp_path / "perm.db"
    with open_store(str(db)) as store:
        ingest_paths([str(seed_paths[0])], store)
    db.chmod(0o444)
    with open_store(str(db)) as store:
        assert store.read_only and store.count() > 0
        assert "is read-only" in ingest_paths([str(seed_paths[1])], store).errors[0]


def test_a_store_that_cannot_be_created_is_one_line(tmp_path, seed_paths, capsys):
    (tmp_path / "a-file").write_text("not a folder")
    assert main(["ingest", "--db", str(tmp_path / "a-file" / "store.db"), str(seed_paths[0])]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: the store {tmp_path}/a-file/store.db cannot be created: cannot make the folder")
    assert len(err.splitlines()) == 1


def test_a_store_held_by_another_writer_too_long_is_busy_not_a_traceback(seed_paths, tmp_path, monkeypatch):
    import geo.store.sqlite

    db = tmp_path / "held.db"
    open_store(str(db)).close()
    monkeypatch.setattr(geo.store.sqlite, "BUSY_TIMEOUT_MS", 200)
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program in the middle of a long write
    try:
        with open_store(str(db)) as store:
            assert store.count() == 0  # reading still works
            summary = ingest_paths(list(map(str, seed_paths)), store)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert summary.documents_failed == 2 and len(summary.errors) == 2  # not fatal: each document tried
    assert all(f"not stored: the store {db} is busy: another program kept it locked" in e for e in summary.errors)
    with open_store(str(db)) as store:
        assert ingest_paths(list(map(str, seed_paths)), store).documents_new == 2


def _open_at_the_barrier(path: str, barrier: Any, answers: Any) -> None:
    barrier.wait()
    try:
        with open_store(path) as store:
            answers.put(str(store.schema_version))
    except StoreError as exc:
        answers.put(str(exc))


@pytest.mark.slow
def test_programs_opening_a_new_store_file_at_the_same_moment_all_open_it(tmp_path):
    """Switching a new file to WAL mode does not wait for a lock (SQLite calls no busy handler for
    it), so three programs starting on the same new store used to fail one in three rounds."""
    import multiprocessing

    from geo.store.schema import MIGRATIONS

    for attempt in range(20):
        path = str(tmp_path / f"new-{attempt}.db")
        barrier, answers = multiprocessing.Barrier(3), multiprocessing.Queue()
        procs = [multiprocessing.Process(target=_open_at_the_barrier, args=(path, barrier, answers)) for _ in range(3)]
        for proc in procs:
            proc.start()
        for proc in procs:
            proc.join(60)
        assert sorted(answers.get(timeout=5) for _ in procs) == [str(len(MIGRATIONS))] * 3, f"round {attempt}"
