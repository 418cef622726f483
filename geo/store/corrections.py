"""Places corrected by hand, kept in the store and applied whenever their document is read again.

A correction belongs to one report: the document (its text's hash, and its URL or path, so an
edited copy of the same file or page finds it too), the report's ordinal in that document, and
the de-duplication key the report had before it was corrected (so a re-extraction that finds
other incidents does not move the wrong one).  Correcting a stored incident rewrites its
reports' place and re-groups them under their new key: a report moved to Bilopillia merges with
another report of the same event at Bilopillia.  A mixin of :class:`geo.store.sqlite.SQLiteStore`.
"""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Iterator

from geo.corrections import PlaceFix, match_corrections
from geo.documents.model import Document
from geo.errors import StoreError
from geo.store import dedup, public_url
from geo.store.dialect import SQLConnection
from geo.store.schema import timestamp

_SELECT = "SELECT ordinal, original_key, fix, content_hash, corrected_at FROM place_corrections"


def document_key(doc: Document) -> str | None:
    """What names a document across edits of its text: its URL, else its file path."""
    return doc.url or doc.path or None


class PlaceCorrections:
    """Reading, recording and applying hand-picked places (see the module's docstring)."""

    _db: SQLConnection
    url: str
    read_only: bool

    if TYPE_CHECKING:  # given by SQLiteStore and KeyRegrouping (stubs here would shadow them)
        def _tx(self) -> Any: ...
        def _key_group(self, db: SQLConnection, key: str, window: Any = None) -> Any: ...
        def _apply(self, db: SQLConnection, key: str, stored: Any, new: Any,
                   groups: Any) -> tuple[int, int]: ...
        def _refresh(self, db: SQLConnection, incident_id: int) -> None: ...
        def _insert_incident(self, db: SQLConnection, key: str) -> int: ...
        def _lock_keys(self, db: Any, keys: list[str]) -> None: ...
        def _lock_document(self, db: Any, doc: Document) -> None: ...

    # -- reading --------------------------------------------------------------------------

    def place_corrections(self, content_hash: str, key: str | None = None,
                          db: SQLConnection | None = None) -> list[dict[str, Any]]:
        """The corrections of a document's reports: those made on this very text first, then those
        made on another version of it (same URL or path)."""
        db = db or self._db
        rows = db.execute(f"{_SELECT} WHERE content_hash = ? OR (CAST(? AS TEXT) IS NOT NULL AND document_key = ?)"
                          " ORDER BY content_hash != ?, ordinal", (content_hash, key, key, content_hash))
        return [{"ordinal": r[0], "original_key": r[1], "fix": PlaceFix.from_dict(json.loads(r[2])),
                 "content_hash": r[3], "corrected_at": r[4]} for r in rows]

    def incident_corrections(self, incident_id: int) -> list[dict[str, Any]]:
        """The hand corrections behind an incident's place (one per corrected report)."""
        rows = self._db.execute(
            "SELECT c.ordinal, c.original_key, c.fix, c.content_hash, c.corrected_at, s.document_id"
            " FROM incident_sources s JOIN documents d ON d.id = s.document_id"
            " JOIN place_corrections c ON c.content_hash = d.content_hash AND c.ordinal = s.ordinal"
            " WHERE s.incident_id = ? ORDER BY c.corrected_at DESC", (incident_id,))
        return [{"ordinal": r[0], "original_key": r[1], "fix": PlaceFix.from_dict(json.loads(r[2])),
                 "content_hash": r[3], "corrected_at": r[4], "document": r[5]} for r in rows]

    def _corrected_records(self, db: SQLConnection, doc: Document,
                           records: list[dedup.SourceRecord]) -> list[dedup.SourceRecord]:
        """A new document's reports with the places corrected for it before (on add_document)."""
        stored = self.place_corrections(doc.content_hash, document_key(doc), db)
        for i, fix in match_corrections([r.key for r in records], stored).items():
            rec = records[i]
            # kept for this text too (made on another version of it: the same file or page edited)
            self._save_correction(db, doc.content_hash, document_key(doc), rec.ordinal, rec.key, fix, update=False)
            records[i] = dedup.SourceRecord(rec.document, rec.ordinal, fix.apply_fields(rec.fields),
                                            rec.published, fix.apply_extras(rec.extras))
        return records

    # -- writing --------------------------------------------------------------------------

    def record_place_corrections(self, doc: Document, fixes: list[tuple[int, str, PlaceFix]]) -> int:
        """Keep corrections of ``doc``'s reports ((ordinal, key before the correction, place) each) for
        when it is stored or read again; a document already stored is corrected now.  Returns how many
        stored reports moved."""
        self._writable()
        with self._tx() as db:
            # first, as add_document does (documents, then keys): a document being stored meanwhile
            # is committed, with the corrections it read, before this looks for it
            self._lock_document(db, doc)
            for ordinal, key, fix in fixes:
                self._save_correction(db, doc.content_hash, document_key(doc), ordinal, key, fix)
            row = db.execute("SELECT id FROM documents WHERE content_hash = ?", (doc.content_hash,)).fetchone()
            if row is None:
                return 0
            sources = list(self._sources(db, "s.document_id = ?", row[0]))  # ordinals 0, 1, 2…: indexes
            matched = match_corrections([s["key"] for s in sources],
                                        [{"ordinal": o, "original_key": k, "fix": f} for o, k, f in fixes])
            for i, fix in matched.items():
                self._move(db, [sources[i]], fix)
            return len(matched)

    def correct_incident_place(self, incident_id: int, fix: PlaceFix) -> int:
        """Put a stored incident at ``fix``: each of its reports is corrected (and the correction kept
        for its document), then re-grouped under the new place.  Returns the incident that holds them
        now (the same one unless they merged into an incident already at that place)."""
        self._writable()
        with self._tx() as db:
            sources = list(self._sources(db, "s.incident_id = ?", incident_id))
            if sources:  # its reports are read again once their keys are held (a writer may add one)
                self._lock_keys(db, sorted({s["key"] for s in sources}))
                sources = list(self._sources(db, "s.incident_id = ?", incident_id))
            if not sources:
                raise StoreError(f"there is no incident {incident_id} in the store (it may have been merged)")
            for s in sources:
                self._save_correction(db, s["content_hash"], s["document_key"], s["ordinal"], s["key"], fix)
            return self._move(db, sources, fix)

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store {public_url(self.url)} is read-only (opened read-only)", fatal=True)

    @staticmethod
    def _save_correction(db: SQLConnection, content_hash: str, key: str | None, ordinal: int,
                         original_key: str, fix: PlaceFix, update: bool = True) -> None:
        """One report's correction; a report corrected again keeps the key it had at first."""
        conflict = ("DO UPDATE SET fix = excluded.fix, corrected_at = excluded.corrected_at,"
                    " document_key = excluded.document_key" if update else "DO NOTHING")
        db.execute("INSERT INTO place_corrections (content_hash, document_key, ordinal, original_key, fix,"
                   f" corrected_at) VALUES (?,?,?,?,?,?) ON CONFLICT (content_hash, ordinal) {conflict}",
                   (content_hash, key, ordinal, original_key, json.dumps(fix.to_dict(), ensure_ascii=False),
                    timestamp()))

    @staticmethod
    def _sources(db: SQLConnection, where: str, value: Any) -> Iterator[dict[str, Any]]:
        sql = ("SELECT s.id, s.incident_id, s.ordinal, s.dedup_key, s.fields, s.extras, d.content_hash,"
               f" coalesce(d.url, d.path) FROM incident_sources s JOIN documents d ON d.id = s.document_id"
               f" WHERE {where} ORDER BY s.ordinal")
        for r in db.execute(sql, (value,)).fetchall():
            yield {"id": r[0], "incident": r[1], "ordinal": r[2], "key": r[3], "fields": json.loads(r[4]),
                   "extras": json.loads(r[5]) if r[5] else {}, "content_hash": r[6], "document_key": r[7]}

    def _move(self, db: SQLConnection, sources: list[dict[str, Any]], fix: PlaceFix) -> int:
        """Rewrite the reports' place, re-group their old and new keys, refresh what they left.

        Reports that leave an incident whose other reports stay first get an incident of their own,
        so re-grouping never keeps two places in one incident."""
        moving = {s["id"] for s in sources}
        touched = {s["incident"] for s in sources}
        own: dict[int, int] = {}
        keys = {s["key"] for s in sources} | {dedup.dedup_key(fix.apply_fields(s["fields"])) for s in sources}
        self._lock_keys(db, sorted(keys))
        for s in sources:
            fields = fix.apply_fields(s["fields"])
            key = dedup.dedup_key(fields)
            incident = s["incident"]
            others = {r[0] for r in db.execute("SELECT id FROM incident_sources WHERE incident_id = ?", (incident,))}
            if others - moving:
                if incident not in own:
                    own[incident] = self._insert_incident(db, key)
                incident = own[incident]
            db.execute("UPDATE incident_sources SET fields = ?, extras = ?, dedup_key = ?, incident_id = ? WHERE id = ?",
                       (json.dumps(fields, ensure_ascii=False),
                        json.dumps(fix.apply_extras(s["extras"]), ensure_ascii=False, default=str), key, incident,
                        s["id"]))
        for key in sorted(keys):
            stored = self._key_group(db, key)
            self._apply(db, key, stored, [], dedup.clusters([rec for _, _, rec in stored]))
        for incident in sorted(touched | set(own.values())):
            if db.execute("SELECT 1 FROM incident_sources WHERE incident_id = ? LIMIT 1", (incident,)).fetchone():
                self._refresh(db, incident)
            else:
                db.execute("DELETE FROM incidents WHERE id = ?", (incident,))
        row = db.execute("SELECT incident_id FROM incident_sources WHERE id = ?", (sources[0]["id"],)).fetchone()
        return int(row[0])
