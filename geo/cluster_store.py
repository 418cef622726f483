"""Storing on the Dask workers: each worker writes its own partitions into a store they all reach.

With ``--scheduler`` the client would otherwise write every document itself, one at a
time, and set the pace of the whole cluster (bench/README.md, "Beyond one machine").
When the store is PostgreSQL, each worker instead opens the store once (the initialiser
of :func:`geo.cluster.cluster_map`: a pool of a few connections, closed when the run
ends), extracts and places its whole partition, then stores each document through the
client's own code (:func:`geo.ingest._store_one`: schema checks, language, ``add_document``
with its de-duplication and places corrected by hand), and sends back only what storing
did (a :class:`geo.ingest.StoredElsewhere`) for the client to count, in input order.

Why the store ends up as a plain ingest's (ids aside): the PostgreSQL store takes
concurrent writers (advisory locks per text and per de-duplication key), and it groups a
key's reports by their set, never by the order they arrived in (geo/store/dedup.py).  A
partition run twice (its worker died) finds what the first run stored: each document's
transaction checks for its text first.  A partition is extracted whole before any of it
is stored, so a worker that dies extracting (out of memory, a crash: where the time and
the memory go) leaves nothing of it stored, and the counts stay exact.  SQLite stays
on the client: a file is not shared across machines.
"""
from __future__ import annotations

import datetime as dt
import uuid
from functools import partial
from typing import Any, Iterator

from geo.documents.model import Document
from geo.errors import ItemFailed, StoreError
from geo.ingest import IngestSummary, StoredElsewhere, _default_geocoder, _extract, _name, _store_one

#: Each run's state in a worker process, by run: its geocoder, its day, its store (or why it has none).
#: (Keyed by run: two ingests may share a ``tcp://`` cluster, each with its own store.)
_RUNS: dict[str, dict[str, Any]] = {}


class _Unopened:
    """The store of a worker that could not open it: every write meets the error opening met."""

    def __init__(self, error: StoreError) -> None:
        self.error = error

    def add_document(self, doc: Document, incidents: list[Any]) -> Any:
        raise self.error


def start_writer(run: str, geocoder: Any, today: dt.date | None, url: str) -> None:
    """In a worker, once per run: the geocoder and the store (a store that fails to open fails each
    document in words, fatal or not as the error is, rather than the cluster's set-up)."""
    from geo.store import open_store

    close_writer(run)
    state: dict[str, Any] = {"geocoder": geocoder if geocoder is not None else _default_geocoder(None),
                             "today": today}
    try:
        state["store"] = open_store(url)
    except StoreError as exc:
        state["store"] = _Unopened(exc)
    _RUNS[run] = state


def close_writer(run: str) -> None:
    """In a worker, when the run ends: its store's connections closed."""
    state = _RUNS.pop(run, None)
    store = state.get("store") if state else None
    if store is not None and not isinstance(store, _Unopened):
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
    state = _RUNS.get(run)
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
    return out


def store_on_cluster(docs: list[Document], client: Any, geocoder: Any, today: dt.date | None,
                     url: str) -> Iterator[Any]:
    """Each document extracted and stored into ``url`` by the client's Dask workers: what storing
    it did (:class:`StoredElsewhere`) or :class:`ItemFailed` (its worker kept dying), in input order."""
    from geo.cluster import cluster_map

    run = uuid.uuid4().hex
    yield from cluster_map(partial(store_partition, run), docs, client, initializer=start_writer,
                           initargs=(run, geocoder, today, url), finalizer=partial(close_writer, run),
                           whole_partitions=True)
