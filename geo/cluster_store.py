"""Storing on the Dask workers: each worker writes its own partitions into a store they all reach.

With ``--scheduler`` the client would otherwise write every document itself, one at a
time, and set the pace of the whole cluster (bench/README.md, "Beyond one machine").
When the store is PostgreSQL, each worker instead opens the store once (with the run's
first partition, once the initialiser of :func:`geo.cluster.cluster_map` has loaded the
gazetteer: a pool that closes connections left unused; the store is closed when the run
ends, or when it is left unused for :data:`IDLE_S`, as a killed client leaves it), extracts
and places its whole partition, then stores each document through the client's own code
(:func:`geo.ingest._store_one`: schema checks, language, ``add_document`` with its
de-duplication and places corrected by hand), and sends back only what storing did
(a :class:`geo.ingest.StoredElsewhere`) for the client to count, in input order.

Why the store ends up as a plain ingest's (ids aside): the PostgreSQL store takes
concurrent writers (advisory locks per text and per de-duplication key), and it groups a
key's reports by their set, never by the order they arrived in (geo/store/dedup.py).  A
partition run twice (its worker died) finds what the first run stored: each document's
transaction checks for its text first.  A partition is extracted whole before any of it
is stored, so a worker that dies extracting (out of memory, a crash: where the time and
the memory go) leaves nothing of that partition half-stored.  The counts are not exact
after a worker died: the partitions it had finished (their results die with it) and those
it was storing (one per thread) run again and count what the first run stored as
unchanged, not new (new plus unchanged stays right).  SQLite stays on the client: a file
is not shared across machines.
"""
from __future__ import annotations

import datetime as dt
import os
import threading
import time
import uuid
from functools import partial
from typing import Any, Iterator

from geo.documents.model import Document
from geo.errors import ItemFailed, StoreError
from geo.ingest import WRITES_ENV, IngestSummary, StoredElsewhere, _default_geocoder, _extract, _name, _store_one
from geo.store import public_url

#: Seconds after which a worker's store closes a connection it has not used, and a worker forgets a run
#: it has not used (closing its store, dropping its gazetteer): a client killed without ending its run
#: (kill -9) leaves it on every worker.  Sent with each run (read when it starts).
IDLE_S = 300.0

#: Each run's state in a worker process, by run: its arguments, geocoder, day, store, last use.
#: (Keyed by run: two ingests may share a ``tcp://`` cluster, each with its own store.)  A forgotten
#: run keeps only its arguments: a run that was only slow gets its state back on its next partition.
_RUNS: dict[str, dict[str, Any]] = {}
_LOCK = threading.Lock()


class _Unopened:
    """The store of a worker that could not open it: every write meets the error opening met."""

    def __init__(self, error: StoreError) -> None:
        self.error = error

    def add_document(self, doc: Document, incidents: list[Any]) -> Any:
        raise self.error

    def close(self) -> None:
        pass


def start_writer(run: str, geocoder: Any, today: dt.date | None, url: str, idle_s: float = IDLE_S,
                 identity: tuple[Any, ...] | None = None) -> None:
    """In a worker, once per run: the geocoder (the store opens with the run's first partition, and a
    store that fails to open fails each document in words, fatal or not as the error is, rather than
    the cluster's set-up).  Runs left unused for their idle time are forgotten first."""
    close_writer(run)
    _forget_idle()
    _RUNS[run] = _state((geocoder, today, url, idle_s, identity))


def _state(args: tuple[Any, ...]) -> dict[str, Any]:
    geocoder, today = args[:2]
    return {"args": args, "geocoder": geocoder if geocoder is not None else _default_geocoder(None),
            "today": today, "used": time.monotonic()}


def _forget_idle() -> None:
    now = time.monotonic()
    with _LOCK:
        for run, state in list(_RUNS.items()):
            if "used" in state and now - state["used"] > state["args"][3]:
                _RUNS[run] = {"args": state["args"]}
                _close(state)


def _open(url: str, idle_s: float, identity: tuple[Any, ...] | None = None) -> Any:
    """The run's store: a pool of a connection per thread of the worker, that keeps none it has not used
    for ``idle_s``; the client's store (``identity``) or none."""
    from geo.store.postgres import PostgresStore

    try:
        store = PostgresStore(url, min_size=0, max_size=_worker_threads(), max_idle=idle_s)
        if identity is not None:
            _same_store(store, identity)
        return store
    except StoreError as exc:  # said as the worker's, not the client's (which may reach the store)
        return _Unopened(StoreError(f"on Dask worker {_worker_address()}: {exc}; or set {WRITES_ENV}=client "
                                    "to store from the client", fatal=exc.fatal))


def _same_store(store: Any, identity: tuple[Any, ...]) -> None:
    """Fails (fatal) when the worker's URL reaches another store than the client's: another database,
    schema or server (a worker resolving "localhost" or PG* variables on its own machine)."""
    here = store.identity()
    servers = (here[2], identity[2])
    if here[:2] == tuple(identity[:2]) and (None in servers or servers[0] == servers[1]):
        return
    store.close()

    def said(of: tuple[Any, ...]) -> str:
        return f"database {of[0]}, schema {of[1]}" + (f", server {of[2]}" if of[2] else "")

    raise StoreError(f"the store {public_url(store.url)} reaches another store from here ({said(here)}) than "
                     f"from the client ({said(identity)}): give the workers a URL that names the client's "
                     "host, database and schema", fatal=True)


def _worker_threads() -> int:
    """The threads of the Dask worker running this task, each storing a partition at once (1 outside one)."""
    try:
        from distributed import get_worker

        return max(1, int(get_worker().state.nthreads))
    except (ImportError, ValueError):
        return 1


def _worker_address() -> str:
    """The address of the Dask worker running this task (this process's id outside a worker)."""
    try:
        from distributed import get_worker

        return str(get_worker().address)
    except (ImportError, ValueError):
        return f"process {os.getpid()}"


def _live(run: str) -> dict[str, Any] | None:
    """The run's state, rebuilt if it was forgotten, its store opened on first use; None for a run
    this worker was never set up for."""
    with _LOCK:
        state = _RUNS.get(run)
        if state is None:
            return None
        if "used" not in state:
            state = _RUNS[run] = _state(state["args"])
        if "store" not in state:
            state["store"] = _open(*state["args"][2:])
        state["used"] = time.monotonic()
        return state


def close_writer(run: str) -> None:
    """In a worker, when the run ends: its store's connections closed."""
    with _LOCK:
        state = _RUNS.pop(run, None)
    if state:
        _close(state)


def _close(state: dict[str, Any]) -> None:
    store = state.get("store")
    if store is not None:
        store.close()


def _extracted(doc: Document, state: dict[str, Any]) -> Any:
    try:
        return _extract(doc, state["geocoder"], state["today"])
    except Exception as exc:  # one bad document must not lose the partition
        return ItemFailed(f"{type(exc).__name__}: {exc}")


def store_partition(run: str, docs: list[Document]) -> list[Any]:
    """In a worker: extract the whole partition, then store each document; one
    :class:`StoredElsewhere` (or :class:`ItemFailed`) per document, in order.  After a failure
    that stops the run (a read-only store), the rest are not tried."""
    state = _live(run)
    if state is None:  # the initialiser did not run here (cannot happen with a WorkerPlugin)
        return [ItemFailed("this worker was not set up for the run")] * len(docs)
    outcomes = [_extracted(doc, state) for doc in docs]
    out: list[Any] = []
    for doc, outcome in zip(docs, outcomes):
        summary = IngestSummary()
        if out and not out[-1].go_on:
            summary.fail(f"{_name(doc)}: not tried: the store can take no more")
            out.append(StoredElsewhere(summary, go_on=False))
            continue
        try:
            go_on = _store_one(doc, outcome, state["store"], summary)
        except Exception as exc:  # _store_one reports failures itself; this is a bug's last defence
            summary.fail(f"{_name(doc)}: could not be stored ({type(exc).__name__}: {exc})")
            go_on = True
        out.append(StoredElsewhere(summary, go_on))
    state["used"] = time.monotonic()
    return out


def store_on_cluster(docs: list[Document], client: Any, geocoder: Any, today: dt.date | None,
                     url: str, scheduler: str = "local:1", identity: tuple[Any, ...] | None = None) -> Iterator[Any]:
    """Each document extracted and stored into ``url`` by the client's Dask workers: what storing
    it did (:class:`StoredElsewhere`) or :class:`ItemFailed` (its worker kept dying), in input order.
    ``identity``: the client's store (``PostgresStore.identity``), which the workers check they reach."""
    from geo.cluster import cluster_map

    run = uuid.uuid4().hex
    yield from cluster_map(partial(store_partition, run), docs, client, initializer=start_writer,
                           initargs=(run, geocoder, today, url_for_workers(url, scheduler), IDLE_S, identity),
                           finalizer=partial(close_writer, run), whole_partitions=True)


def url_for_workers(url: str, scheduler: str) -> str:
    """The store URL the workers get: without its password for a ``tcp://`` scheduler (the set-up goes
    through the scheduler, in clear; each worker's machine has its own ``~/.pgpass`` or ``PGPASSWORD``),
    whole for ``local:N`` (this machine, this user)."""
    from geo.cluster import parse_scheduler
    from geo.store import without_password

    return url if parse_scheduler(scheduler).startswith("local:") else without_password(url)
