"""Ingestion: documents in, de-duplicated incidents with provenance out.

Each document is checked against the store by content hash (re-ingesting
changes nothing), run through :func:`geo.pipeline.process` (extract, then
place on the map) and stored with its incidents in one transaction.  A
document that fails is reported with its path and reason; the rest go on.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Iterable

from geo.documents import Document
from geo.progress import ProgressFn
from geo.readers import ReadError, read_paths
from geo.record import validate


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

    @property
    def ok(self) -> bool:
        return self.documents_failed == 0

    def fail(self, message: str) -> None:
        self.documents_failed += 1
        self.errors.append(message)

    def describe(self) -> str:
        """The summary line the CLI prints."""
        line = (f"documents: {self.documents_new} new, {self.documents_unchanged} unchanged, "
                f"{self.documents_failed} failed; incidents: {self.incidents_new} new, "
                f"{self.incidents_merged} merged")
        if self.documents_new == 0 and self.documents_unchanged and not self.documents_failed:
            line += " (nothing changed: every document was already stored)"
        return line


def _default_geocoder(store: Any) -> Any:
    """The offline gazetteer (plus Nominatim when configured, cached in the same store), built once per run."""
    try:
        from geo.geocode import default_geocoder
    except ImportError:
        return None
    path = getattr(store, "path", None)
    return default_geocoder(db=path if path and path != ":memory:" else None)


def _name(doc: Document) -> str:
    return doc.path or doc.id


def ingest_documents(docs: Iterable[Document | ReadError], store: Any, progress: ProgressFn | None = None,
                     geocoder: Any = None, today: dt.date | None = None) -> IngestSummary:
    """Extract, geocode, de-duplicate and store each document; ReadError items count as failures."""
    from geo.pipeline import process

    items = docs if isinstance(docs, (list, tuple)) else list(docs)
    summary = IngestSummary()
    if geocoder is None and any(isinstance(d, Document) and not store.has_document(d) for d in items):
        geocoder = _default_geocoder(store)
    for done, doc in enumerate(items, 1):
        if isinstance(doc, ReadError):
            summary.fail(str(doc))
        elif store.has_document(doc):
            summary.documents_unchanged += 1
        else:
            _ingest_one(doc, store, summary, process, geocoder, today)
        if progress:
            progress(done, len(items), _name(doc) if isinstance(doc, Document) else "")
    return summary


def _valid(incident: Any, doc: Document, summary: IngestSummary) -> bool:
    problems = validate(incident.to_dict())
    if problems:
        summary.warnings.append(f"{_name(doc)}: an incident was left out ({'; '.join(problems)}): "
                                f"{(incident.evidence or '')[:80]!r}")
    return not problems


def _ingest_one(doc: Document, store: Any, summary: IngestSummary, process: Any, geocoder: Any,
                today: dt.date | None) -> None:
    try:
        incidents = process(doc, geocoder, today=today)
    except Exception as exc:  # one bad document must not stop the batch
        summary.fail(f"{_name(doc)}: extraction failed ({type(exc).__name__}: {exc})")
        return
    incidents = [inc for inc in incidents if _valid(inc, doc, summary)]
    try:
        result = store.add_document(doc, incidents)
    except Exception as exc:
        summary.fail(f"{_name(doc)}: could not be stored ({type(exc).__name__}: {exc})")
        return
    if result.new:
        summary.documents_new += 1
        summary.incidents_new += result.incidents_new
        summary.incidents_merged += result.incidents_merged
    else:
        summary.documents_unchanged += 1


def ingest_paths(paths: Iterable[str], store: Any, published: dt.date | None = None,
                 progress: ProgressFn | None = None, geocoder: Any = None,
                 today: dt.date | None = None) -> IngestSummary:
    """Ingest files and folders (recursively); ``published`` is the date for files that carry none."""
    return ingest_documents(list(read_paths(paths, published)), store, progress=progress,
                            geocoder=geocoder, today=today)
