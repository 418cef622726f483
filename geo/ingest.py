"""Ingestion: documents in, de-duplicated incidents with provenance out.

Each document is checked against the store by content hash (re-ingesting
changes nothing), run through :func:`geo.pipeline.process` (extract, then
place on the map) and stored with its incidents in one transaction.  A
document that fails is reported with its path and reason; the rest go on.
Extraction may run in worker processes (:mod:`geo.workers`) or on a Dask
cluster (:mod:`geo.cluster`); storing stays here, one document at a time, in
input order, so the store ends up the same whichever runs the extraction.
On a Dask cluster with a PostgreSQL store the workers store too
(:mod:`geo.cluster_store`), and only what storing did comes back here.
"""
from __future__ import annotations

import datetime as dt
import os
import pickle
from contextlib import closing
from dataclasses import dataclass, field, fields, replace
from typing import Any, Generator, Iterable, Iterator, Sequence

from geo.documents.model import Document
from geo.documents.readers import read_paths
from geo.errors import ItemFailed, ReadError, ReadNote, StoreError, WorkersUnavailable
from geo.progress import ProgressFn
from geo.record import Incident, validate
from geo.workers import ordered_map, resolve_workers

#: Documents sent to a worker at a time: enough to make the hand-over cheap, few enough to
#: keep every worker busy (and to run a batch of a few documents here, without starting any).
CHUNK = 8


@dataclass
class IngestSummary:
    """What an ingest run did; ``errors`` holds one line per failed document or row."""

    documents_new: int = 0
    documents_unchanged: int = 0
    documents_failed: int = 0
    incidents_new: int = 0
    incidents_merged: int = 0
    errors: list[str] = field(default_factory=list)
    #: incidents left out because they break the schema (an extractor bug, not the reader's fault)
    warnings: list[str] = field(default_factory=list)
    #: what readers left out on purpose, counted (a Telegram export's service messages)
    notes: list[str] = field(default_factory=list)
    #: what was read: "documents" for files, "items" for fetched links and feed items
    noun: str = "documents"

    @property
    def ok(self) -> bool:
        return self.documents_failed == 0

    def fail(self, message: str) -> None:
        self.documents_failed += 1
        self.errors.append(message)

    def add(self, other: "IngestSummary") -> None:
        """Count in what another summary holds (one document stored by a Dask worker)."""
        for f in fields(self):  # every counter and list, so a new one is not lost on the cluster path
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            if isinstance(mine, (int, list)):
                setattr(self, f.name, mine + theirs)

    def describe(self) -> str:
        """The summary line the CLI prints."""
        line = (f"{self.noun}: {self.documents_new} new, {self.documents_unchanged} unchanged, "
                f"{self.documents_failed} failed; incidents: {self.incidents_new} new, "
                f"{self.incidents_merged} merged")
        if self.documents_new == 0 and self.documents_unchanged and not self.documents_failed:
            line += f" (nothing changed: every {self.noun.rstrip('s')} was already stored)"
        return line


@dataclass
class StoredElsewhere:
    """One document stored by a Dask worker (:mod:`geo.cluster_store`): what storing it did, to count
    here; ``go_on`` is False when the store can take no more (the run stops, as here)."""

    summary: IngestSummary
    go_on: bool = True


#: ``GEO_CLUSTER_WRITES=client``: the client stores even into PostgreSQL (workers that cannot reach it).
WRITES_ENV = "GEO_CLUSTER_WRITES"


def _default_geocoder(db: str | None) -> Any:
    """The offline gazetteer (plus Nominatim when configured, cached in the same store), built once per run."""
    try:
        from geo.geocode import default_geocoder
    except ImportError:
        return None
    return default_geocoder(db=db)


def _store_path(store: Any) -> str | None:
    path = getattr(store, "path", None)
    return path if path and path != ":memory:" else None


def _shared_url(store: Any) -> str | None:
    """The store's URL when the workers of a cluster may write into it themselves (PostgreSQL: one
    server every machine reaches, concurrent writers allowed), else None (a file: the client writes)."""
    from geo.store import url_scheme

    url = getattr(store, "url", None)
    if not isinstance(url, str) or url_scheme(url) not in ("postgresql", "postgres"):
        return None
    return None if os.environ.get(WRITES_ENV, "").strip().lower() == "client" else url


def _repeats(docs: list[Document]) -> int:
    """Documents whose text or id an earlier one has, or whose URL an earlier one has when either of the
    two has its URL as its id (a fetched page, a Telegram message: stored when its URL is, as
    ``has_document`` says): which of the two is stored (or keeps the id) follows the order they are
    stored in, input order only when one process stores."""
    seen: set[str] = set()
    url_is_id: dict[str, bool] = {}  # URL -> an earlier document with it has it as its id
    count = 0
    for doc in docs:
        keys = {f"text:{doc.content_hash}", f"id:{doc.id or doc.content_hash[:16]}"}
        own = bool(doc.url) and doc.id == doc.url
        shared_url = doc.url in url_is_id and (own or url_is_id[doc.url or ""])
        count += bool(keys & seen) or shared_url
        seen |= keys
        if doc.url:
            url_is_id[doc.url] = url_is_id.get(doc.url, False) or own
    return count


def _name(doc: Document) -> str:
    return doc.path or doc.id


def ingest_documents(docs: Iterable[Document | ReadError], store: Any, progress: ProgressFn | None = None,
                     geocoder: Any = None, today: dt.date | None = None, workers: int | str = 1,
                     scheduler: str | None = None) -> IngestSummary:
    """Extract, geocode, de-duplicate and store each document; ReadError items count as failures.

    With ``workers`` > 1 (``0``/``"auto"``: every core) extraction and geocoding run in
    that many processes while this one stores the results one document at a time in
    input order, so the store ends up exactly as with one worker.  A store that cannot
    take more (read-only, disk full) stops the run: the documents stored so far stay,
    and a re-run adds the rest.  With ``scheduler`` (``local:N`` or ``tcp://host:port``,
    see :mod:`geo.cluster`) a Dask cluster does the extraction instead, and ``workers`` is
    not used; the store still ends up the same.  With a PostgreSQL store the cluster's workers
    also store (:mod:`geo.cluster_store`): the store and the progress are the same, the summary's
    documents too, but not always its split of incidents into new and merged (the order the workers
    stored them in) nor, after a worker died, of documents into new and unchanged.
    """
    if scheduler is not None:
        from geo.cluster import parse_scheduler

        scheduler = parse_scheduler(scheduler)  # a bad value fails before any work
    items: Sequence[Document | ReadError] = docs if isinstance(docs, (list, tuple)) else list(docs)
    summary = IngestSummary()
    summary.warnings.extend(note for d in items if isinstance(d, Document) for note in d.notes)
    pending = {i: d for i, d in enumerate(items) if isinstance(d, Document) and not store.has_document(d)}
    outcomes = _extracted(list(pending.values()), store, geocoder, today, resolve_workers(workers), summary,
                          scheduler)
    with closing(outcomes):
        for index, doc in enumerate(items):
            if isinstance(doc, ReadNote):
                summary.notes.append(str(doc))
            elif isinstance(doc, ReadError):
                summary.fail(str(doc))
            elif index not in pending:
                summary.documents_unchanged += 1
            elif not _store_one(doc, next(outcomes), store, summary):
                _stop(summary, items[index + 1:])
                break
            if progress:
                progress(index + 1, len(items), _name(doc) if isinstance(doc, Document) else "")
    return summary


def _extracted(docs: list[Document], store: Any, geocoder: Any, today: dt.date | None, workers: int,
               summary: IngestSummary, scheduler: str | None = None) -> Generator[Any, None, None]:
    """Each document's incidents (or ItemFailed), in order: here, in ``workers`` processes,
    or on the Dask cluster at ``scheduler``."""
    if not docs:
        return
    workers = min(workers, -(-len(docs) // CHUNK))  # no more processes than chunks of work
    if workers > 1 or scheduler is not None:
        reason = _serial_reason(geocoder)
        if reason is None and scheduler is not None:
            shared = _shared_url(store)
            if shared is not None and (repeated := _repeats(docs)):
                summary.warnings.append(f"storing here, not on the Dask workers: {repeated} document(s) repeat "
                                        "an earlier one's text, id or URL, and the earlier one must be stored first")
                shared = None
            identity = store.identity() if shared is not None and hasattr(store, "identity") else None
            yield from _on_cluster(docs, scheduler, (geocoder, today, _store_path(store)), shared, identity)
            return
        if reason is None:
            try:
                yield from ordered_map(_extract_in_worker, docs, workers, initializer=_start_worker,
                                       initargs=(geocoder, today, _store_path(store)), chunksize=CHUNK)
                return
            except WorkersUnavailable as exc:
                reason, docs = str(exc), docs[exc.done:]
        where = "here, not on the Dask cluster" if scheduler is not None else "with one worker"
        summary.warnings.append(f"running {where}: {reason}")
    yield from _extract_here(docs, geocoder if geocoder is not None else _default_geocoder(_store_path(store)),
                             today)


def _on_cluster(docs: list[Document], scheduler: str, initargs: tuple[Any, ...],
                shared: str | None = None, identity: tuple[Any, ...] | None = None) -> Iterator[Any]:
    """Each document's incidents (or ItemFailed), in order, extracted on a Dask cluster.

    The workers extract and geocode; the caller stores each partition's results as they
    arrive, so a partition run twice (its worker died) is stored once.  With ``shared`` (the
    URL of a store every worker reaches) the workers store too, and each document comes back
    as a :class:`StoredElsewhere` for :func:`_store_one` to count only.
    """
    from geo.cluster import cluster_map, connect

    with connect(scheduler) as client:
        if shared is not None:
            from geo.cluster_store import store_on_cluster

            yield from store_on_cluster(docs, client, initargs[0], initargs[1], shared, scheduler,
                                        identity)
        else:
            yield from cluster_map(_extract_in_worker, docs, client, initializer=_start_worker,
                                   initargs=initargs)


def _serial_reason(geocoder: Any) -> str | None:
    """Why extraction cannot be spread over processes, or None when it can."""
    from geo.geocode import online_settings

    if geocoder is None and online_settings():
        return "online geocoding is rate-limited per process"
    try:
        pickle.dumps(geocoder)
    except Exception as exc:  # any pickling failure means the same thing
        return f"the geocoder cannot be sent to worker processes ({type(exc).__name__})"
    return None


def _extract(doc: Document, geocoder: Any, today: dt.date | None) -> list[tuple[Incident, list[str]]]:
    """The document's placed incidents, each with its schema problems (checked here, in the worker)."""
    from geo.pipeline import process

    return [(inc, validate(inc.to_dict())) for inc in process(doc, geocoder, today=today)]


def _extract_here(docs: list[Document], geocoder: Any, today: dt.date | None) -> Iterator[Any]:
    for doc in docs:
        try:
            yield _extract(doc, geocoder, today)
        except Exception as exc:  # one bad document must not stop the batch
            yield ItemFailed(f"{type(exc).__name__}: {exc}")


#: A worker process's state, set once by :func:`_start_worker` (the gazetteer loads once per worker).
_WORKER: dict[str, Any] = {}


def _start_worker(geocoder: Any, today: dt.date | None, db: str | None) -> None:
    _WORKER.update(geocoder=geocoder if geocoder is not None else _default_geocoder(db), today=today)


def _extract_in_worker(doc: Document) -> list[tuple[Incident, list[str]]]:
    return _extract(doc, _WORKER["geocoder"], _WORKER["today"])


def _valid(incident: Incident, problems: list[str], doc: Document, summary: IngestSummary) -> bool:
    if problems:
        summary.warnings.append(f"{_name(doc)}: an incident was left out ({'; '.join(problems)}): "
                                f"{(incident.evidence or '')[:80]!r}")
    return not problems


def _store_one(doc: Document, outcome: Any, store: Any, summary: IngestSummary) -> bool:
    """Store one document's incidents (or count what a worker did storing it); False when the store
    can take no more (stop the run)."""
    if isinstance(outcome, StoredElsewhere):
        summary.add(outcome.summary)
        return outcome.go_on
    if isinstance(outcome, ItemFailed):
        summary.fail(f"{_name(doc)}: extraction failed ({outcome})")
        return True
    incidents = [inc for inc, problems in outcome if _valid(inc, problems, doc, summary)]
    try:
        result = store.add_document(_with_language(doc), incidents)
    except StoreError as exc:
        summary.fail(f"{_name(doc)}: not stored: {exc}")
        return not exc.fatal
    except Exception as exc:
        summary.fail(f"{_name(doc)}: could not be stored ({type(exc).__name__}: {exc})")
        return True
    if result.new:
        summary.documents_new += 1
        summary.incidents_new += result.incidents_new
        summary.incidents_merged += result.incidents_merged
    else:
        summary.documents_unchanged += 1
    return True


def _with_language(doc: Document) -> Document:
    """The document with its language filled in when the source did not say (detected from the text),
    so the store can answer "which articles were Russian" without re-reading them."""
    if doc.language:
        return doc
    from geo.extract.language import document_language

    return replace(doc, language=document_language(doc.text))


def _stop(summary: IngestSummary, rest: Sequence[Any]) -> None:
    """Count what a stopped run did not reach, in one line (each is retried by the next run)."""
    if rest:
        summary.documents_failed += len(rest)
        summary.errors.append(f"stopped: {len(rest)} more document(s) or row(s) not ingested; "
                              "the documents stored so far are kept, run the same command again once fixed")


def ingest_paths(paths: Iterable[str], store: Any, published: dt.date | None = None,
                 progress: ProgressFn | None = None, geocoder: Any = None,
                 today: dt.date | None = None, workers: int | str = 1,
                 max_bytes: int | None = None, scheduler: str | None = None) -> IngestSummary:
    """Ingest files and folders (recursively); ``published`` is the date for files that carry none,
    ``max_bytes`` the size limit of one document (default :func:`geo.documents.limits.max_doc_bytes`)."""
    return ingest_documents(list(read_paths(paths, published, max_bytes=max_bytes)), store, progress=progress,
                            geocoder=geocoder, today=today, workers=workers, scheduler=scheduler)
