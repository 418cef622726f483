"""Ingest on a Dask cluster into PostgreSQL (geo/cluster_store.py): the workers store their partitions
themselves.  A real LocalCluster and the throwaway PostgreSQL server: the store equals a plain ingest's
(ids aside: the workers commit in their own order), a partition run again after its worker died stores
nothing twice, a store the workers cannot write into stops the run in one line."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import psutil
import psycopg
import pytest

import geo.cluster
import geo.cluster_store
from geo.cluster import connect
from geo.cluster_store import close_writer, start_writer, store_on_cluster, store_partition
from geo.documents.readers import read_paths
from geo.ingest import StoredElsewhere, ingest_paths
from geo.store import PostgresStore, open_store
from support.articles import write_articles, write_far_apart_duplicates
from support.partitions import small_partitions
from support.processes import stop
from support.store_contents import contents, id_free_rows

ROOT = Path(__file__).resolve().parent.parent
STORE_BACKENDS = ("postgresql",)
#: Generated articles are 0000.json ...; this one sorts among them, so partitions around it are in flight.
TRAP_NAME = "0017-trap.txt"
TRAP_TEXT = ("On July 21 a drone struck a house in the village of Glushkovo in the Kursk region, "
             "the governor said.")


class Trap:
    """The offline geocoder, except that looking up Glushkovo kills the worker process the first time
    (a marker file remembers it across processes)."""

    name = "trap"

    def __init__(self, marker: str) -> None:
        self.marker = marker
        self.inner = None

    def geocode(self, query, region=None, district=None):
        if query == "Glushkovo" and not os.path.exists(self.marker):
            Path(self.marker).touch()
            os._exit(3)
        if self.inner is None:
            from geo.geocode import default_geocoder

            self.inner = default_geocoder(online=False)
        return self.inner.geocode(query, region=region, district=district)


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "in"
    write_far_apart_duplicates(folder, 40)
    (folder / TRAP_NAME).write_text(TRAP_TEXT, encoding="utf-8")
    (folder / "bad.json").write_text("{not json", encoding="utf-8")
    return folder


def ingest_into(url: str, folder: Path, **options):
    with open_store(url) as store:
        summary = ingest_paths([str(folder)], store, **options)
        return summary, id_free_rows(store), contents(store)


def partitions_of_incidents(rows, folder: Path, size: int) -> list[set[int]]:
    """For each stored incident, the partitions (of ``size`` documents, in input order) its reports came from."""
    order = [doc.id for doc in read_paths([str(folder)]) if hasattr(doc, "text")]
    where = {doc_id: i // size for i, doc_id in enumerate(order)}
    return [{where[document] for document, _ in name} for name, _ in rows["incidents"]]


@pytest.fixture
def sent(monkeypatch):
    """The size of each partition the run sends (of geo.cluster.PARTITION documents)."""
    return small_partitions(monkeypatch)


@pytest.mark.slow
def test_workers_store_what_a_plain_ingest_stores_and_the_client_counts_it(articles, new_store_url, monkeypatch,
                                                                           sent):
    plain, plain_rows, plain_contents = ingest_into(new_store_url("plain"), articles)
    half_url = new_store_url("half")
    with open_store(half_url) as store:  # every other file, stored here, by the client
        half = ingest_paths(sorted(str(p) for p in articles.iterdir())[::2], store)
    progress: list[tuple[int, int]] = []

    def not_here(self, doc, incidents):
        raise AssertionError("the client stored a document")

    monkeypatch.setattr(PostgresStore, "add_document", not_here)  # (in this process only: not the workers')
    cluster, rows, got = ingest_into(new_store_url("cluster"), articles, scheduler="local:2",
                                     progress=lambda done, total, label: progress.append((done, total)))
    assert rows == plain_rows and got == plain_contents
    assert len(sent) == -(-41 // geo.cluster.PARTITION) > 2  # ten partitions or so for two workers
    merged_across = [p for p in partitions_of_incidents(rows, articles, geo.cluster.PARTITION) if len(p) > 1]
    # incidents whose reports two workers stored, each in its own order (three reports or more in some)
    assert len(merged_across) >= 10 and any(len(name) > 2 for name, _ in rows["incidents"])
    assert (cluster.documents_new, cluster.documents_unchanged, cluster.documents_failed, cluster.errors,
            cluster.warnings) == (plain.documents_new, 0, 1, plain.errors, plain.warnings) == \
        (41, 0, 1, plain.errors, plain.warnings)
    # (new and merged incidents depend on the order reports arrive in; every stored one was new once)
    assert cluster.incidents_new >= len(rows["incidents"]) and cluster.incidents_merged > 0
    assert progress == [(i, 42) for i in range(1, 43)]
    sent.clear()
    # the same run into a store that holds half the documents: the workers store the other half
    again, again_rows, again_contents = ingest_into(half_url, articles, scheduler="local:2")
    assert 10 < half.documents_new < 31 and again_rows == plain_rows and again_contents == plain_contents
    assert (again.documents_new, again.documents_unchanged, again.documents_failed) == \
        (41 - half.documents_new, half.documents_new, 1)
    assert sum(sent) == 41 - half.documents_new and len(sent) > 2


@pytest.mark.slow
def test_a_worker_killed_while_extracting_its_partition_loses_and_duplicates_nothing(articles, new_store_url,
                                                                                      tmp_path, sent):
    marker = tmp_path / "killed-once"
    _, plain_rows, _ = ingest_into(new_store_url("plain"), articles)
    summary, rows, _ = ingest_into(new_store_url("cluster"), articles, scheduler="local:2",
                                   geocoder=Trap(str(marker)))
    assert marker.exists()  # a worker did die on the trap document
    assert rows == plain_rows and len(sent) > 2 and max(sent) == geo.cluster.PARTITION
    # The partitions the dead worker had finished (their results died with it) ran again, and found their
    # documents stored: counted unchanged, not new.  Nothing is lost or stored twice.
    assert (summary.documents_new + summary.documents_unchanged, summary.documents_failed) == (41, 1)  # bad.json


def _ingest(folder: Path, url: str, **env: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "geo", "ingest", "--quiet", "--db", url, "--scheduler", "local:2",
                             str(folder)], env={**os.environ, "PYTHONPATH": str(ROOT), **env},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


STALL = """
CREATE SEQUENCE stalls;
CREATE FUNCTION stall_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.path LIKE '%/0040.json' AND nextval('stalls') = 1 THEN PERFORM pg_sleep(120); END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER stall_once BEFORE INSERT ON documents FOR EACH ROW EXECUTE FUNCTION stall_once();
"""


@pytest.mark.slow
def test_workers_killed_while_storing_are_replaced_and_their_partitions_stored_once(articles, new_store_url):
    """The first insert of 0040.json stalls (a trigger), so the documents before it in its partition are
    committed; then every worker is killed.  The scheduler runs the partitions again on new workers:
    what the first run committed is found stored, nothing is stored twice, nothing is lost."""
    _, plain_rows, _ = ingest_into(new_store_url("plain"), articles)
    url = new_store_url("cluster")
    open_store(url).close()
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(STALL)
        proc = _ingest(articles, url)
        try:
            deadline = time.monotonic() + 120
            while not (stalled := admin.execute("SELECT pid FROM pg_stat_activity WHERE wait_event = 'PgSleep'"
                                                " AND datname = current_database()").fetchall()):
                assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
                time.sleep(0.05)
            committed = admin.execute("SELECT count(*) FROM documents").fetchone()[0]
            workers = [p for p in psutil.Process(proc.pid).children(recursive=True)
                       if "resource_tracker" not in " ".join(p.cmdline())]
            assert len(workers) == 2
            for worker in workers:
                worker.kill()
            admin.execute("SELECT pg_terminate_backend(%s)", (stalled[0][0],))  # its client is gone
            out, err = proc.communicate(timeout=240)
        finally:
            stop(proc, 30)
        assert admin.execute("SELECT last_value FROM stalls").fetchone()[0] == 2  # 0040.json was stored again
    assert committed > 0  # its partition's first documents were committed before the kill
    assert proc.returncode == 1 and err.count("error:") == 1 and "bad.json" in err  # only the unreadable file
    new, unchanged, failed = (int(out.split(f" {word}")[0].split()[-1]) for word in ("new,", "unchanged,", "failed;"))
    assert new + unchanged == 41 and failed == 1
    with open_store(url) as store:
        assert id_free_rows(store) == plain_rows


@pytest.mark.slow
def test_a_store_the_workers_cannot_write_stops_the_run_in_one_line_as_without_a_cluster(tmp_path, new_store_url):
    write_articles(tmp_path / "in", 6)
    url = new_store_url()
    open_store(url).close()  # the schema exists: a read-only connection can open it
    read_only = {"PGOPTIONS": "-c default_transaction_read_only=on"}  # for the client and its workers
    errors = []
    for scheduler in ("local:2", None):
        argv = ["--scheduler", scheduler] if scheduler else []
        done = subprocess.run([sys.executable, "-m", "geo", "ingest", "--quiet", "--db", url, *argv,
                               str(tmp_path / "in")], env={**os.environ, "PYTHONPATH": str(ROOT), **read_only},
                              capture_output=True, text=True, timeout=240)
        assert done.returncode == 1 and done.stdout.startswith("documents: 0 new, 0 unchanged, 6 failed")
        errors.append(done.stderr)
    first = tmp_path / "in" / "0000.json"
    assert errors[0] == errors[1] == (
        f"error: {first}: not stored: the store {url} is read-only for this connection (cannot execute INSERT in a"
        " read-only transaction)\nerror: stopped: 5 more document(s) or row(s) not ingested; the documents stored"
        " so far are kept, run the same command again once fixed\n")
    with open_store(url) as store:
        assert store.document_count() == 0


def test_a_worker_that_cannot_open_the_store_fails_each_document_in_words_as_the_workers(tmp_path, seed_paths):
    """(A Dask worker in this process, sharing its runs: what a worker does when its machine cannot reach
    the server, said as the worker's trouble, not the client's.)"""
    from distributed import Client

    docs = list(read_paths([str(p) for p in seed_paths]))
    url = f"postgresql://geo@/atlas?host={tmp_path}/no-server-here"
    start_writer("run-1", None, None, url)
    with Client(processes=False, n_workers=1, threads_per_worker=1, protocol="tcp", host="127.0.0.1",
                dashboard_address=None,
                scheduler_kwargs={"dashboard_address": "127.0.0.1:0"}) as client:
        [worker] = client.scheduler_info()["workers"]
        try:
            first, second = client.submit(store_partition, "run-1", docs).result()
        finally:
            close_writer("run-1")
    assert isinstance(first, StoredElsewhere) and not first.go_on
    [error] = first.summary.errors
    assert first.summary.documents_failed == 1 and error.startswith(
        f"{seed_paths[0]}: not stored: on Dask worker {worker}: the store {url} cannot be reached (no server "
        "socket there)") and error.endswith("; or set GEO_CLUSTER_WRITES=client to store from the client")
    assert not second.go_on and second.summary.errors == [f"{seed_paths[1]}: not tried: the store can take no more"]
    assert str(store_partition("run-1", docs[:1])[0]).startswith("this worker was not set up")


@pytest.mark.slow
def test_documents_repeating_an_earlier_ones_text_or_id_keep_the_writes_in_input_order(tmp_path, new_store_url):
    """Which of two documents with one text is stored (or keeps a shared id) follows the order they are
    stored in: the client then stores, in input order, as a plain ingest does."""
    import json

    folder = tmp_path / "in"
    first, second = write_articles(folder, 6)[:2]
    (folder / "0100-copy.json").write_bytes(first.read_bytes())  # the same text again
    edited = json.loads(second.read_text(encoding="utf-8"))
    (folder / "0101-edited.json").write_text(json.dumps({**edited, "text": edited["text"] + " Updated."}),
                                             encoding="utf-8")  # the same id, another text
    plain, plain_rows, _ = ingest_into(new_store_url("plain"), folder)
    cluster, rows, _ = ingest_into(new_store_url("cluster"), folder, scheduler="local:2")
    assert rows == plain_rows and (plain.documents_new, plain.documents_unchanged) == (7, 1)
    assert (cluster.documents_new, cluster.documents_unchanged, cluster.errors) == (7, 1, [])
    assert cluster.warnings == plain.warnings + [
        "storing here, not on the Dask workers: 2 document(s) repeat an earlier one's text, id or URL, and the "
        "earlier one must be stored first"]


def run_states() -> dict[str, list[str]]:
    """(On a worker: what it holds of each run.)"""
    from geo.cluster_store import _RUNS

    return {run: sorted(state) for run, state in _RUNS.items()}


OTHER_CONNECTIONS = ("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                     " AND pid <> pg_backend_pid()")


@pytest.mark.slow
def test_a_run_its_client_never_ends_leaves_the_workers_no_connection_and_is_forgotten(tmp_path, new_store_url,
                                                                                       monkeypatch):
    """As a client killed with kill -9 leaves it: every partition stored, the run never ended."""
    write_articles(tmp_path / "in", 8)
    docs = list(read_paths([str(tmp_path / "in")]))
    url = new_store_url()
    open_store(url).close()
    monkeypatch.setattr(geo.cluster_store, "IDLE_S", 0.3)
    with connect("local:2") as client, psycopg.connect(url, autocommit=True) as admin:
        run = store_on_cluster(docs, client, None, None, url)
        try:
            assert sum(next(run).summary.documents_new for _ in docs) == 8  # the run still open
            held = [admin.execute(OTHER_CONNECTIONS).fetchone()[0]]
            deadline = time.monotonic() + 30
            while held[-1] and time.monotonic() < deadline:
                time.sleep(0.1)
                held.append(admin.execute(OTHER_CONNECTIONS).fetchone()[0])
            assert held[-1] == 0, held  # the workers' pools closed what they no longer used
            client.run(start_writer, "next-run", None, None, url, 60.0)  # another run starts on the workers
            states = client.run(run_states)
            assert len(states) == 2 and all(len(runs) == 2 for runs in states.values())
            for runs in states.values():  # the idle run forgotten (its arguments kept), the new one set up
                assert runs["next-run"] == ["args", "geocoder", "today", "used"]
                assert [kept for name, kept in runs.items() if name != "next-run"] == [["args"]]
            client.run(close_writer, "next-run")
        finally:
            run.close()


def scheduler_plugins(dask_scheduler) -> bytes:
    """(On the scheduler: what it keeps of the registered worker plugins, as it would send them.)"""
    return b"".join(dask_scheduler.worker_plugins.values())


@pytest.mark.slow
def test_a_tcp_scheduler_is_never_sent_the_store_password(tmp_path, new_store_url):
    import distributed

    write_articles(tmp_path / "in", 4)
    docs = list(read_paths([str(tmp_path / "in")]))
    bare = new_store_url()
    user, rest = bare.split("@", 1)
    url = f"{user}:s3cret-pw@{rest}"  # (the test server lets its user in without a password)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster, connect(cluster.scheduler_address) as client:
        run = store_on_cluster(docs, client, None, None, url, cluster.scheduler_address)
        try:
            assert next(run).summary.documents_new == 1  # the run is set up, its plugin on the scheduler
            sent = client.run_on_scheduler(scheduler_plugins)
        finally:
            run.close()
    assert bare.encode() in sent and b"s3cret-pw" not in sent
    with open_store(bare) as store:
        assert store.document_count() >= 1


def test_a_worker_store_has_a_connection_per_worker_thread_and_keeps_none_idle(new_store_url, seed_paths):
    from distributed import Client

    docs = list(read_paths([str(p) for p in seed_paths]))
    url = new_store_url()
    start_writer("run-3", None, None, url, 42.0)
    try:
        with Client(processes=False, n_workers=1, threads_per_worker=3, protocol="tcp", host="127.0.0.1",
                    dashboard_address=None, scheduler_kwargs={"dashboard_address": "127.0.0.1:0"}) as client:
            assert sum(r.summary.documents_new for r in client.submit(store_partition, "run-3", docs).result()) == 2
        pool = geo.cluster_store._RUNS["run-3"]["store"]._pool
        assert (pool.min_size, pool.max_size, pool.max_idle) == (0, 3, 42.0)
    finally:
        close_writer("run-3")




def test_a_worker_whose_url_reaches_another_store_than_the_clients_stops_the_run_in_words(new_store_url, seed_paths):
    """(As a worker whose machine resolves the URL's host, or PG* variables, otherwise: here, the worker's
    URL names another database of the same server.)"""
    docs = list(read_paths([str(p) for p in seed_paths]))
    clients, workers = new_store_url("client"), new_store_url("worker")
    with open_store(clients) as store:
        identity = store.identity()
    assert identity[:2] == (urlsplit(clients).path.lstrip("/"), "public")
    start_writer("run-4", None, None, workers, 60.0, identity)
    try:
        first, second = store_partition("run-4", docs)
    finally:
        close_writer("run-4")
    [error] = first.summary.errors
    assert not first.go_on and not second.go_on and error.startswith(
        f"{seed_paths[0]}: not stored: on Dask worker process {os.getpid()}: the store {workers} reaches another "
        f"store from here (database {urlsplit(workers).path.lstrip('/')}, schema public")
    assert f"than from the client (database {identity[0]}, schema public" in error
    start_writer("run-5", None, None, clients, 60.0, identity)  # the same store: stored
    try:
        assert [r.summary.documents_new for r in store_partition("run-5", docs)] == [1, 1]
    finally:
        close_writer("run-5")
    with open_store(workers) as store:
        assert store.document_count() == 0
