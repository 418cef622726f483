"""Ingest on a Dask cluster (``--scheduler``): a real LocalCluster extracts, this process stores in
input order, so the store is row for row what a plain ingest makes; failed documents and dead
workers are reported or retried, never lost or stored twice."""
from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from contextlib import closing, contextmanager
from pathlib import Path

import psutil
import pytest

import geo.cluster
from geo.cli import main
from geo.cluster import cluster_map, connect, parse_scheduler
from geo.errors import ItemFailed, UserError
from geo.ingest import ingest_paths
from geo.store import open_store
from support.articles import write_articles
from support.partitions import small_partitions as small
from support.processes import stop
from support.store_contents import table_rows

#: The project's folder: on a worker's PYTHONPATH, it can import geo.
ROOT = Path(__file__).resolve().parent.parent

#: A report whose settlement, Glushkovo, none of the generated articles name: the trap's trigger.
TRAP_TEXT = ("On July 21 a drone struck a house in the village of Glushkovo in the Kursk region, "
             "the governor said.")


#: Sorted among the generated articles (0000.json ...), so partitions after it are in flight when it trips.
TRAP_NAME = "0017-trap.txt"


class Trap:
    """The offline geocoder, except that looking up ``trigger`` raises, or, with a ``marker`` file
    path, kills the worker process the first time (the marker remembers it across processes)."""

    name = "trap"

    def __init__(self, trigger: str, marker: str | None = None) -> None:
        self.trigger, self.marker = trigger, marker
        self.inner = None

    def geocode(self, query, region=None, district=None):
        if query == self.trigger:
            if self.marker is None:
                raise RuntimeError(f"no answer for {query}")
            if not os.path.exists(self.marker):
                Path(self.marker).touch()
                os._exit(3)
        if self.inner is None:
            from geo.geocode import default_geocoder

            self.inner = default_geocoder(online=False)
        return self.inner.geocode(query, region=region, district=district)


def square_or_fail(x: int) -> int:
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x * x * _STATE["factor"]


_STATE: dict[str, int] = {}


def set_factor(factor: int) -> None:
    _STATE["factor"] = factor


def cluster_processes(client: psutil.Process) -> tuple[list[psutil.Process], set[int]]:
    """The worker processes a ``local:N`` client started (not multiprocessing's resource tracker),
    and the ports they and the client listen on."""
    workers = [p for p in client.children(recursive=True) if "resource_tracker" not in " ".join(p.cmdline())]
    return workers, listening_ports([client, *workers])


def listening_ports(processes: list[psutil.Process]) -> set[int]:
    ports = set()
    for process in processes:
        try:
            ports |= {c.laddr.port for c in process.net_connections("inet") if c.status == psutil.CONN_LISTEN}
        except psutil.NoSuchProcess:
            pass
    return ports


def assert_all_closed(workers: list[psutil.Process], ports: set[int]) -> None:
    """Every worker process ended and nothing listens on the cluster's ports any more."""
    _, alive = psutil.wait_procs(workers, timeout=20)
    assert alive == []
    assert not ports & {c.laddr.port for c in psutil.net_connections("inet")
                        if c.status == psutil.CONN_LISTEN and c.laddr.ip == "127.0.0.1"}


def fail_to_start(path: str) -> None:
    """An initialiser that fails in every worker, as one without its gazetteer would."""
    raise FileNotFoundError(f"no gazetteer at {path}")


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "in"
    write_articles(folder, 40)
    (folder / TRAP_NAME).write_text(TRAP_TEXT, encoding="utf-8")
    (folder / "bad.json").write_text("{not json", encoding="utf-8")
    return folder


@pytest.fixture
def small_partitions(monkeypatch):
    """The size of each partition the run sends (of geo.cluster.PARTITION documents)."""
    return small(monkeypatch)


def ingest_into(db: Path, folder: Path, **options):
    with open_store(str(db)) as store:
        summary = ingest_paths([str(folder)], store, **options)
    return summary, table_rows(db)


@pytest.mark.slow
def test_items_come_back_in_order_with_failures_in_place_and_the_initialiser_run():
    items = [3, -1, 4, 1, 5, -9, 2, 6] * 5
    with connect("local:2") as client:
        out = list(cluster_map(square_or_fail, items, client, initializer=set_factor, initargs=(10,),
                               partition=3))
        running = cluster_processes(psutil.Process())
    assert len(running[0]) == 2 and len(running[1]) >= 6  # each worker's ports, the scheduler's here
    assert_all_closed(*running)
    assert [r if not isinstance(r, ItemFailed) else "failed" for r in out] == \
        [x * x * 10 if x >= 0 else "failed" for x in items]
    assert str(out[1]) == "ValueError: negative: -1"
    with connect("local:1") as client:
        with pytest.raises(UserError, match=r"^the Dask cluster cannot run this program \(FileNotFoundError: "
                                            r"no gazetteer at /nowhere\): install drone-incident-atlas"):
            list(cluster_map(square_or_fail, items, client, initializer=fail_to_start, initargs=("/nowhere",)))
        running = cluster_processes(psutil.Process())
    assert_all_closed(*running)


@pytest.mark.slow
def test_a_cluster_ingest_stores_exactly_what_a_plain_ingest_stores(tmp_path, articles, small_partitions):
    progress: list[tuple[int, int]] = []
    plain, plain_rows = ingest_into(tmp_path / "plain.db", articles)
    cluster, cluster_rows = ingest_into(tmp_path / "cluster.db", articles, scheduler="local:2",
                                        progress=lambda done, total, label: progress.append((done, total)))
    assert cluster_rows == plain_rows
    assert len(cluster_rows["documents"]) == 41 and len(cluster_rows["incidents"]) > 40
    assert (cluster.documents_new, cluster.documents_failed, cluster.incidents_new, cluster.incidents_merged,
            cluster.errors, cluster.warnings) == \
        (plain.documents_new, plain.documents_failed, plain.incidents_new, plain.incidents_merged,
         plain.errors, plain.warnings)
    assert progress == [(i, 42) for i in range(1, 43)]
    assert len(small_partitions) == -(-41 // geo.cluster.PARTITION) > 2  # (41 documents not yet stored)


@pytest.mark.slow
def test_a_failing_document_is_reported_by_file_and_reason_and_the_rest_are_stored(tmp_path, articles,
                                                                                   small_partitions):
    summary, rows = ingest_into(tmp_path / "cluster.db", articles, scheduler="local:2",
                                geocoder=Trap("Glushkovo"))
    assert summary.documents_new == 40 and summary.documents_failed == 2
    assert f"{articles}/{TRAP_NAME}: extraction failed (RuntimeError: no answer for Glushkovo)" in summary.errors
    assert any(line.startswith(f"{articles}/bad.json") for line in summary.errors)
    stored = {row[0] for row in rows["documents"]}
    assert f"{articles}/{TRAP_NAME}" not in stored and len(stored) == 40
    assert len(small_partitions) > 2 and max(small_partitions) == geo.cluster.PARTITION


@pytest.mark.slow
def test_a_worker_killed_mid_partition_loses_and_duplicates_nothing(tmp_path, articles, small_partitions):
    marker = tmp_path / "killed-once"
    _, plain_rows = ingest_into(tmp_path / "plain.db", articles)
    summary, rows = ingest_into(tmp_path / "cluster.db", articles, scheduler="local:2",
                                geocoder=Trap("Glushkovo", marker=str(marker)))
    assert marker.exists()  # a worker did die on the trap document
    assert summary.documents_new == 41 and summary.documents_failed == 1  # bad.json only
    assert rows == plain_rows and len(small_partitions) > 2 and max(small_partitions) == geo.cluster.PARTITION


def square_or_die(x: int) -> int:
    """square_or_fail, except that -99 kills the worker process that gets it, every time."""
    if x == -99:
        os._exit(3)
    return square_or_fail(x)


@pytest.mark.slow
def test_an_item_that_kills_every_worker_fails_alone():
    import dask

    items = list(range(12)) + [-99] + list(range(12, 20))
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):  # give up after one death
        with connect("local:2") as client:
            out = list(cluster_map(square_or_die, items, client, initializer=set_factor, initargs=(1,),
                                   partition=5))
    assert [i for i, r in enumerate(out) if isinstance(r, ItemFailed)] == [12]
    assert str(out[12]).startswith("its worker process died every time it was tried")
    assert [r for i, r in enumerate(out) if i != 12] == [x * x for x in items if x != -99]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize("value", ["local", "local:0", "local:x", "tcp://", "tcp://host", "http://h:8786",
                                   "tcp://h:99999", "h:8786"])
def test_bad_scheduler_values_are_refused(value, tmp_path, capsys):
    with pytest.raises(UserError, match="bad scheduler"):
        parse_scheduler(value)
    with pytest.raises(SystemExit):
        main(["ingest", "--scheduler", value, str(tmp_path)])
    assert "argument --scheduler: bad scheduler" in capsys.readouterr().err


@pytest.mark.parametrize("value, expected", [("local:2", "local:2"), (" local:04 ", "local:4"),
                                             ("tcp://10.0.0.5:8786", "tcp://10.0.0.5:8786")])
def test_good_scheduler_values(value, expected):
    assert parse_scheduler(value) == expected


def test_workers_and_a_scheduler_are_not_both_taken(tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["ingest", "--workers", "2", "--scheduler", "local:2", str(tmp_path)])
    assert "not allowed with argument" in capsys.readouterr().err


@pytest.mark.slow
def test_a_running_scheduler_is_reached_by_its_address(tmp_path, seed_paths, capsys):
    import distributed

    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        address = cluster.scheduler_address
        assert address.startswith("tcp://127.0.0.1:")
        code = main(["ingest", "--quiet", "--db", str(tmp_path / "s.db"), "--scheduler", address,
                     *map(str, seed_paths)])
    assert code == 0 and capsys.readouterr().out.startswith("documents: 2 new, 0 unchanged, 0 failed")
    assert table_rows(tmp_path / "s.db") == ingest_into(tmp_path / "plain.db", seed_paths[0].parent)[1]


@pytest.mark.slow
def test_a_scheduler_without_workers_is_one_line(tmp_path, seed_paths, monkeypatch, capsys):
    import distributed

    monkeypatch.setenv("GEO_SCHEDULER_TIMEOUT", "1")
    with distributed.LocalCluster(n_workers=0, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        code = main(["ingest", "--quiet", "--db", str(tmp_path / "s.db"), "--scheduler",
                     cluster.scheduler_address, str(seed_paths[0])])
    assert code == 1
    assert capsys.readouterr().err == \
        f"error: the Dask scheduler at {cluster.scheduler_address} has no workers (none joined in 1 s)\n"


def test_an_unreachable_scheduler_is_one_line_without_a_traceback(tmp_path, monkeypatch, capsys):
    write_articles(tmp_path / "in", 2)
    monkeypatch.setenv("GEO_SCHEDULER_TIMEOUT", "1")
    address = f"tcp://127.0.0.1:{free_port()}"
    assert main(["ingest", "--quiet", "--db", str(tmp_path / "s.db"), "--scheduler", address,
                 str(tmp_path / "in")]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: cannot reach the Dask scheduler at {address}") and "Traceback" not in err
    with open_store(str(tmp_path / "s.db")) as store:
        assert store.document_count() == 0


def test_without_dask_the_scheduler_option_says_what_to_install(tmp_path, monkeypatch, capsys):
    write_articles(tmp_path / "in", 2)
    monkeypatch.setitem(sys.modules, "distributed", None)  # what an environment without it imports
    assert main(["ingest", "--quiet", "--db", str(tmp_path / "s.db"), "--scheduler", "local:2",
                 str(tmp_path / "in")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: --scheduler needs Dask: pip install 'dask[distributed]'")
    assert "Traceback" not in err


@contextmanager
def dask_process(*args: str, cwd: Path, pythonpath: str | None = None):
    """``dask scheduler`` or ``dask worker`` in its own process, started in ``cwd`` with only ``pythonpath``
    (none: ``geo`` cannot be imported there), ended on exit."""
    env = {name: value for name, value in os.environ.items() if name != "PYTHONPATH"}
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    proc = subprocess.Popen([sys.executable, "-m", "dask", *args], cwd=cwd, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield proc
    finally:
        stop(proc, 30)


@pytest.mark.slow
def test_a_cluster_without_this_package_is_one_line_and_the_store_is_kept(tmp_path, monkeypatch, capsys):
    write_articles(tmp_path / "old", 2)
    write_articles(tmp_path / "new", 6)
    db = str(tmp_path / "s.db")
    assert main(["ingest", "--quiet", "--db", db, str(tmp_path / "old")]) == 0
    monkeypatch.setenv("GEO_SCHEDULER_TIMEOUT", "60")
    bare = tmp_path / "bare"  # where neither the scheduler nor the first worker can import geo
    bare.mkdir()
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    ingest = ["ingest", "--quiet", "--db", db, "--scheduler", address, str(tmp_path / "new")]
    worker = ["worker", address, "--nthreads", "1", "--no-nanny", "--no-dashboard"]
    capsys.readouterr()
    errors = []
    with dask_process("scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard", cwd=bare):
        with dask_process(*worker, cwd=bare):
            assert main(ingest) == 1
            errors.append(capsys.readouterr().err)
        with dask_process(*worker, cwd=bare, pythonpath=str(ROOT)):  # the worker has it, the scheduler not
            assert main(ingest) == 1
            errors.append(capsys.readouterr().err)
    hint = ("install drone-incident-atlas (this package) on the scheduler and on every worker; "
            "the documents stored so far are kept, run the same command again to ingest the rest\n")
    assert errors == [
        f"error: the Dask cluster cannot run this program (ModuleNotFoundError(\"No module named 'geo'\")): {hint}",
        f"error: the Dask cluster cannot run this program (RuntimeError: Error during deserialization of the "
        f"task graph): {hint}"]
    with open_store(db) as store:
        assert store.document_count() == 2


def stored_documents(db: Path) -> int:
    try:
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)) as con:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:  # not created yet
        return 0


@pytest.mark.slow
def test_ctrl_c_in_a_local_cluster_ingest_keeps_the_stored_documents_and_closes_the_cluster(tmp_path):
    write_articles(tmp_path / "in", 1000)
    db = tmp_path / "s.db"
    proc = subprocess.Popen([sys.executable, "-m", "geo", "ingest", "--quiet", "--db", str(db), "--scheduler",
                             "local:2", str(tmp_path / "in")], cwd=tmp_path, env=dict(os.environ, PYTHONPATH=str(ROOT)),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while stored_documents(db) == 0:
            assert proc.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
        running = cluster_processes(psutil.Process(proc.pid))
        os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C sends: the client and its workers alike
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert (proc.returncode, out, err) == (130, b"", b"interrupted\n")  # no worker's traceback
    assert 0 < stored_documents(db) < 1000
    assert len(running[0]) == 2
    assert_all_closed(*running)
