"""Storing one document and its incidents: the write both backends share.

One transaction per document, so a crash leaves every document fully in or out.
The "already stored?" check runs inside that transaction, after the backend has
kept other writers away from this text (:meth:`DocumentWrites._lock_document`:
SQLite's write lock, PostgreSQL's advisory locks), so two ingests at once never
store one text twice.  A mixin of the store classes.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from geo.documents.model import Document
from geo.errors import StoreError
from geo.record import SCHEMA_FIELDS, Incident
from geo.store import dedup, public_url, schema


@dataclass
class AddResult:
    """What storing one document did."""

    document_id: str
    new: bool
    incidents_new: int = 0
    incidents_merged: int = 0


def _schema_fields(inc: Incident) -> dict[str, Any]:
    """``inc.to_dict()`` without its deep copy of ``extras`` (the schema fields are plain values):
    this runs in the one process that stores, the bottleneck of a parallel ingest."""
    return {k: getattr(inc, k) for k in SCHEMA_FIELDS}


def _iso(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, dt.date) else (value or None)


class DocumentWrites:
    """``has_document`` and ``add_document`` (the store's class gives the connection and ``_tx``)."""

    url: str
    read_only: bool

    if TYPE_CHECKING:  # given by the store's class and the other mixins
        def _tx(self) -> Any: ...
        def _rows(self, sql: str, params: Any = ()) -> Any: ...
        def has_url(self, url: str) -> bool: ...
        def _corrected_records(self, db: Any, doc: Document, records: list[dedup.SourceRecord]) -> Any: ...
        def _link(self, db: Any, records: list[dedup.SourceRecord]) -> tuple[int, int]: ...

    def _lock_document(self, db: Any, doc: Document) -> None:
        """Keep other writers of the same text or URL waiting until this transaction ends (SQLite's
        write transaction already excludes every other writer)."""

    def has_document(self, doc: Document) -> bool:
        """Stored already: the same text, or (for a document whose id is its URL: a fetched page, a
        Telegram message) the same URL, so an edited post or a page whose ads changed is not new."""
        if self._rows("SELECT 1 FROM documents WHERE content_hash = ?", (doc.content_hash,)):
            return True
        return bool(doc.url and doc.id == doc.url and self.has_url(doc.url))

    @staticmethod
    def _free_id(db: Any, wanted: str, content_hash: str) -> str:
        """The document's own id, unless another text already holds it (an edited file)."""
        if db.execute("SELECT 1 FROM documents WHERE id = ?", (wanted,)).fetchone() is None:
            return wanted
        return f"{wanted}@{content_hash[:12]}"

    def add_document(self, doc: Document, incidents: list[Incident]) -> AddResult:
        """Store a document and its incidents in one transaction, merging duplicates.

        A document whose text is already stored changes nothing (checked inside the
        write transaction, so a concurrent ingest of the same text cannot slip in between).
        """
        if self.read_only:
            raise StoreError(f"the store {public_url(self.url)} is read-only (opened read-only)", fatal=True)
        with self._tx() as db:
            self._lock_document(db, doc)
            row = db.execute("SELECT id FROM documents WHERE content_hash = ?", (doc.content_hash,)).fetchone()
            if row is None and doc.url and doc.id == doc.url:
                row = db.execute("SELECT id FROM documents WHERE url = ?", (doc.url,)).fetchone()
            if row:
                return AddResult(row[0], new=False)
            doc_id = self._free_id(db, doc.id or doc.content_hash[:16], doc.content_hash)
            db.execute(
                "INSERT INTO documents (id, content_hash, title, url, published, language, text, path, meta,"
                " ingested_at, feed) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (doc_id, doc.content_hash, doc.title, doc.url, _iso(doc.published), doc.language, doc.text,
                 doc.path, json.dumps(doc.meta, ensure_ascii=False, default=str) if doc.meta else None,
                 schema.timestamp(), doc.meta.get("feed")))
            records = [dedup.SourceRecord(doc_id, i, {**_schema_fields(inc), "document": doc_id}, doc.published,
                                          dict(inc.extras)) for i, inc in enumerate(incidents)]
            records = self._corrected_records(db, doc, records)  # places corrected by hand before
            new, merged = self._link(db, records)
            return AddResult(doc_id, new=True, incidents_new=new, incidents_merged=merged)
