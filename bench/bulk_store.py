"""Stores of a given size by bulk insertion: the corpus's planted incidents written straight into
the store's tables, merged and keyed as the SQLite store does, since its write path would take
hours at 1M incidents (tests/test_bench_corpus.py checks that both give the same incidents)."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any, Iterable

import corpus
from harness import now


def _search_text(values: dict[str, Any]) -> str:
    """The incidents.search column as SQLiteStore._refresh writes it."""
    from geo.store import regroup as backend

    searched = getattr(backend, "_SEARCHED", ("settlement", "target", "evidence", "region_name"))
    return "\n".join(str(values[k]) for k in searched if values.get(k)).casefold()


class BulkWriter:
    """Rows for the store's three tables, written in batches inside one transaction."""

    BATCH = 20_000

    def __init__(self, path: Path):
        from geo.store import open_store

        open_store(str(path)).close()  # the store makes the file and its schema
        self.db = sqlite3.connect(path, isolation_level=None)
        self.db.execute("PRAGMA journal_mode = DELETE")  # no WAL as big as the store; back to WAL at the end
        self.db.execute("PRAGMA synchronous = OFF")
        self.db.execute("BEGIN")
        self.docs: list[tuple] = []
        self.incidents: list[tuple] = []
        self.sources: list[tuple] = []
        self.next_id = 1
        self.stamp = now()

    def document(self, a: corpus.Article) -> None:
        from geo.documents.model import Document

        doc = Document(a.text, id=a.id, published=a.published, title=a.title, language="en",
                       url=a.record()["url"])
        self.docs.append((doc.id, doc.content_hash, doc.title, doc.url, a.published.isoformat(), "en", doc.text,
                          None, None, self.stamp))

    def incident(self, reports: list[Any]) -> None:
        """One incident from its reports (geo.store.dedup.SourceRecord), as SQLiteStore stores it."""
        from geo.record import SCHEMA_FIELDS
        from geo.store import dedup

        values = dedup.merged_fields(reports)
        columns = [*SCHEMA_FIELDS, "n_sources"]
        key = dedup.dedup_key(values)
        iid = self.next_id
        self.next_id += 1
        self.incidents.append((iid, *[values[c] for c in columns], key, _search_text(values), self.stamp))
        for rec in reports:
            anchor = dedup.time_anchor(rec)
            self.sources.append((iid, rec.document, rec.ordinal, rec.key,
                                 anchor[0].isoformat() if anchor else None, anchor[1].isoformat() if anchor else None,
                                 rec.fields.get("evidence") or "", json.dumps(rec.fields, ensure_ascii=False),
                                 json.dumps(rec.extras, ensure_ascii=False) if rec.extras else None,
                                 rec.fields.get("date"), rec.fields.get("date_end")))
        if len(self.sources) >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        from geo.record import SCHEMA_FIELDS

        cols = ", ".join(["id", *SCHEMA_FIELDS, "n_sources", "dedup_key", "search", "updated_at"])
        self.db.executemany("INSERT INTO documents (id, content_hash, title, url, published, language, text, path,"
                            " meta, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?)", self.docs)
        self.db.executemany(f"INSERT INTO incidents ({cols}) VALUES ({','.join('?' * (len(SCHEMA_FIELDS) + 5))})",
                            self.incidents)
        self.db.executemany("INSERT INTO incident_sources (incident_id, document_id, ordinal, dedup_key, anchor_lo,"
                            " anchor_hi, evidence, fields, extras, event_date, event_date_end)"
                            " VALUES (?,?,?,?,?,?,?,?,?,?,?)", self.sources)
        self.docs, self.incidents, self.sources = [], [], []

    def close(self) -> None:
        self.flush()
        self.db.execute("COMMIT")
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.close()


def bulk_store(path: Path, articles: Iterable[corpus.Article], incidents: int | None = None) -> int:
    """Fill a new store at ``path`` with the articles' planted incidents; stop after ``incidents``.

    Reports of the same event (the original and its re-worded duplicate, which the corpus
    yields next to each other) become one incident with two sources.  Returns the incidents stored.
    """
    from geo.store import dedup

    for p in path.parent.glob(path.name + "*"):
        p.unlink()
    writer = BulkWriter(path)
    open_events: dict[tuple[int, int], list[dedup.SourceRecord]] = {}
    stored = 0

    def close_events(keep: set[tuple[int, int]]) -> None:
        nonlocal stored
        for key in [k for k in open_events if k not in keep]:
            writer.incident(open_events.pop(key))
            stored += 1

    for a in articles:
        if incidents is not None and stored + len(open_events) >= incidents:
            break
        writer.document(a)
        keys = []
        for ordinal, inc in enumerate(a.incidents):
            key = (inc["event"], inc["fact"])
            fields = corpus.schema_record(inc, a.id)
            rec = dedup.SourceRecord(a.id, ordinal, fields, a.published, {"near": True} if inc.get("near") else {})
            open_events.setdefault(key, []).append(rec)
            keys.append(key)
        close_events(set(keys))  # a duplicate only ever follows its original directly
    close_events(set())
    writer.close()
    return stored



def articles_for(incidents: int, seed: int) -> int:
    """How many articles hold about ``incidents`` distinct planted incidents (a little more, so
    that the store fills up while the dates still spread over the corpus's years)."""
    sample = list(corpus.generate(2000, seed))
    distinct = len({(i["event"], i["fact"]) for a in sample for i in a.incidents})
    return int(incidents * len(sample) / distinct * 1.02) + 10

