"""The SQLite store: documents, de-duplicated incidents and each source's own figures.

One file (WAL mode, so the dashboard reads while an ingest writes), a
versioned schema (:mod:`geo.store.schema`), and one transaction per
document, so a crash leaves every document fully in or out.
Writers take the write lock when their transaction starts (``BEGIN
IMMEDIATE``) and the "already stored?" check runs inside it, so two ingests at
once queue rather than duplicate.  SQLite's failures that a user can act on
(read-only, disk full, busy) become :class:`StoreError` with a plain message.
"""
from __future__ import annotations

import os
import sqlite3
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import quote

from geo.documents.model import Document
from geo.errors import StoreError
from geo.record import Incident
from geo.store import schema
from geo.store.claimant_sql import add_claimant_functions
from geo.store.corrections import PlaceCorrections
from geo.store.documents import AddResult, DocumentWrites
from geo.store.feeds import FeedTable
from geo.store.queries import StoreQueries, add_search_function
from geo.store.regroup import KeyRegrouping
from geo.store.table_copy import SQLiteTableCopy

BUSY_TIMEOUT_MS = 10_000


#: Text of an SQLite error -> (what it means, in the user's terms; whether later writes fail too).
SQLITE_FAULTS: tuple[tuple[str, str, bool], ...] = (
    ("readonly", "is read-only (no write access to the file or its folder): fix the permissions or "
                 "give --db a writable path", True),
    ("full", "is full (no space left on its disk): free some space and run again", True),
    ("disk i/o error", "could not be written (disk I/O error): check the disk", True),
    ("unable to open", "cannot be opened: its folder is missing or not writable", True),
    ("locked", f"is busy: another program kept it locked for more than {BUSY_TIMEOUT_MS // 1000} s; "
               "try again when that program has finished", False),
)


def store_error(exc: sqlite3.Error, url: str) -> StoreError:
    """A plain-language :class:`StoreError` for an SQLite failure (the original text kept in brackets)."""
    text = str(exc).lower()
    for pattern, meaning, fatal in SQLITE_FAULTS:
        if pattern in text:
            return StoreError(f"the store {url} {meaning} ({exc})", fatal)
    return StoreError(f"the store {url} failed: {exc}")


def _split_url(url: str) -> tuple[str, str]:
    """``(path, query)`` of ``sqlite:///path?query`` (``sqlite:////abs``); a plain path has no query."""
    if "://" not in url:
        return url, ""
    rest, _, query = url.split("://", 1)[1].partition("?")
    if rest in ("", "/", "/:memory:"):
        return ":memory:", query
    return (rest[1:] if rest.startswith("/") else rest), query


def sqlite_path(url: str) -> str:
    """The file path in ``sqlite:///path`` (``sqlite:////abs``) or a plain path."""
    return _split_url(url)[0]


def wants_read_only(url: str) -> bool:
    """Open read-only: asked for (``sqlite:///path?mode=ro``), or the file exists but it, or its
    folder (where SQLite keeps its write-ahead log), is not writable."""
    path, query = _split_url(url)
    if "mode=ro" in query.split("&"):
        return True
    if path == ":memory:" or not Path(path).exists():
        return False
    return not (os.access(path, os.W_OK) and os.access(Path(path).resolve().parent, os.W_OK))


def _connect(target: str, uri: bool = False) -> sqlite3.Connection:
    return sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000, uri=uri, isolation_level=None,
                           check_same_thread=False)


def _use_wal(db: sqlite3.Connection) -> None:
    """Switch to WAL mode.  The switch needs the file to itself and SQLite does not wait for that
    (no busy handler): two programs opening a new store at once would see "locked" at once, so
    the switch is tried again, within the busy timeout, until it is done or the file is WAL."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc).lower() or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def _connect_read_only(path: str) -> sqlite3.Connection:
    """A read-only connection.  A WAL store needs its ``-shm`` file even to be read; in a folder
    nobody may write (a read-only disk, an archive copy) that file cannot be made, so the store
    is then opened ``immutable``: read as it is on disk, which is all a read-only folder allows."""
    uri = f"file:{quote(str(Path(path).resolve()))}?mode=ro"
    db = _connect(uri, uri=True)
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return db
    except sqlite3.OperationalError as exc:
        db.close()
        if "unable to open" not in str(exc).lower():
            raise
    db = _connect(uri + "&immutable=1", uri=True)
    db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return db


class SQLiteStore(DocumentWrites, KeyRegrouping, StoreQueries, FeedTable, PlaceCorrections, SQLiteTableCopy):
    """The store in one SQLite file (see :class:`geo.store.Store` for the interface): the connection,
    its transactions and the documents; re-grouping (:class:`KeyRegrouping`) and reading
    (:class:`StoreQueries`) come from their own modules."""

    _db: sqlite3.Connection

    def __init__(self, url: str) -> None:
        self.url = url
        self.path = sqlite_path(url)
        self.read_only = wants_read_only(url)
        if self.path != ":memory:" and not self.read_only:
            folder = Path(self.path).expanduser().parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"the store {url} cannot be created: cannot make the folder {folder} "
                                 f"({exc.strerror or exc})", fatal=True) from None
        elif self.read_only and not Path(self.path).exists():
            raise StoreError(f"the store {url} does not exist (it is opened read-only, so it is not created)",
                             fatal=True)
        self._lock = threading.RLock()
        try:
            self._db = _connect_read_only(self.path) if self.read_only else _connect(self.path)
        except sqlite3.Error as exc:
            raise store_error(exc, url) from None
        self._db.row_factory = sqlite3.Row
        add_search_function(self._db)
        add_claimant_functions(self._db)
        try:
            self._db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if not self.read_only:
                _use_wal(self._db)
                # In WAL mode NORMAL is still safe against a crash of the program (a killed
                # ingest); only a power cut may lose the last commits, which a re-run adds again.
                self._db.execute("PRAGMA synchronous = NORMAL")
            self._db.execute("PRAGMA foreign_keys = ON")
            self._migrate()
        except sqlite3.OperationalError as exc:
            self._db.close()
            raise store_error(exc, url) from None
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise ValueError(f"{url}: not a usable SQLite store ({exc})") from None

    # -- set-up -----------------------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        return self._db.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        """Bring the schema up to date; a current store is only read (no write lock), so opening
        one never waits for an ingest running in another process."""
        if self._check_version() == len(schema.MIGRATIONS):
            return
        if self.read_only:
            raise StoreError(f"the store {self.url} is read-only and was written by an older version; "
                             "open it once with write access to upgrade it", fatal=True)
        with self._tx():
            version = self._check_version()
            for number, script in enumerate(schema.MIGRATIONS[version:], version + 1):
                for statement in schema.statements(script):
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {number}")

    def _check_version(self) -> int:
        version = self.schema_version
        if version > len(schema.MIGRATIONS):
            raise ValueError(f"{self.url}: written by a newer version (schema {version}, "
                             f"this program knows {len(schema.MIGRATIONS)})")
        return version

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (taken at the start, so concurrent writers queue)."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
                self._db.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> "SQLiteStore":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def _rows(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        with self._lock:
            try:
                return self._db.execute(sql, params).fetchall()
            except sqlite3.OperationalError as exc:  # e.g. busy for longer than the timeout
                raise store_error(exc, self.url) from None

    # -- writing ----------------------------------------------------------------------------

    def add_document(self, doc: Document, incidents: list[Incident]) -> AddResult:
        try:
            return super().add_document(doc, incidents)
        except sqlite3.OperationalError as exc:
            raise store_error(exc, self.url) from None
