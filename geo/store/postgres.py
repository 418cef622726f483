"""The PostgreSQL store (``--db postgresql://user@host/db``): the SQLite store's interface and rules.

The reading, de-duplication and correction code is shared with
:class:`geo.store.sqlite.SQLiteStore` (the mixins, with the dialect of
:mod:`geo.store.dialect`); this module gives them connections from a
``psycopg_pool`` pool, the schema of :mod:`geo.store.pg_schema`, and the locks
that make concurrent writers safe.  SQLite lets one writer in at a time; here
several ingests (on several machines) write at once, so each document's
transaction takes advisory locks on its text and URL and on each de-duplication
key it touches (in one order, so two writers never wait on each other), and
re-reads a key's reports only once it holds the key.  The unique constraints
(a text stored once, a report stored once) remain the last line of defence: a
transaction that still collides, or that PostgreSQL picks as a deadlock victim
(two writers adding to one day's counts), is rolled back and run again.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Iterator

import psycopg
from psycopg import errors as pg_errors
from psycopg_pool import ConnectionPool, PoolTimeout

from geo.corrections import PlaceFix
from geo.documents.model import Document
from geo.errors import StoreError
from geo.record import Incident
from geo.store import pg_schema
from geo.store.corrections import PlaceCorrections
from geo.store.dialect import POSTGRES
from geo.store.documents import AddResult, DocumentWrites
from geo.store.feeds import FeedTable
from geo.store.pg_connection import Connection, PooledReads, configure, connect_error, public_url, rows
from geo.store.pg_queries import PostgresQueries
from geo.store.pg_retry import RETRIED, collision, retried
from geo.store.pg_table_copy import PostgresTableCopy
from geo.store.queries import StoreQueries
from geo.store.regroup import KeyRegrouping

#: Connections per store (the dashboard reads from several threads; an ingest writes from one).
POOL_SIZE = 4
CONNECT_TIMEOUT_S = 10
#: Seconds to wait for a free pooled connection (every one in use, or the server slow to give a new one).
POOL_TIMEOUT_S = 30.0
#: Advisory lock classes (first argument of pg_advisory_xact_lock): documents, de-duplication keys.
DOCUMENT_LOCK, KEY_LOCK = 17_001, 17_002


class PostgresStore(DocumentWrites, KeyRegrouping, PostgresQueries, StoreQueries, FeedTable, PlaceCorrections,
                    PostgresTableCopy):
    """The store in a PostgreSQL database (see :class:`geo.store.Store` for the interface)."""

    _dialect = POSTGRES
    _db: PooledReads

    def __init__(self, url: str, min_size: int = 1, max_size: int = POOL_SIZE, max_idle: float = 600.0,
                 timeout: float = POOL_TIMEOUT_S) -> None:
        """``min_size``/``max_size``: connections kept open / at most; ``max_idle``: seconds after which an
        unused connection above ``min_size`` is closed (a Dask worker's store keeps none: min_size 0);
        ``timeout``: seconds a statement waits for a free connection."""
        self.url = url
        self.public = public_url(url)  # (messages show it; written once, not on every write)
        self.read_only = False
        try:
            with psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT_S, row_factory=rows, autocommit=True) as conn:
                self.postgis = self._migrate(conn)
        except psycopg.OperationalError as exc:
            raise connect_error(exc, url) from None
        except psycopg.Error as exc:
            raise StoreError(f"the store {public_url(url)} cannot be set up: {exc}", fatal=True) from None
        self._pool = ConnectionPool(url, min_size=min_size, max_size=max(1, max_size), max_idle=max_idle,
                                    timeout=timeout, open=True, configure=configure,
                                    kwargs={"row_factory": rows, "connect_timeout": CONNECT_TIMEOUT_S},
                                    check=ConnectionPool.check_connection, name="geo-store")
        self._db = PooledReads(self._pool)

    # -- set-up -----------------------------------------------------------------------------

    @staticmethod
    def _version(conn: psycopg.Connection) -> int:
        """The schema version; 0 for a database without the store's tables."""
        # (pg_tables, not to_regclass: a query sees what another process committed a moment ago,
        # the catalog cache may not have yet)
        if conn.execute("SELECT 1 FROM pg_tables WHERE schemaname = current_schema()"
                        " AND tablename = 'geo_schema'").fetchone() is None:
            return 0
        row = conn.execute("SELECT max(version) FROM geo_schema").fetchone()
        return int(row[0] or 0) if row else 0

    @staticmethod
    def _has_postgis(conn: psycopg.Connection) -> bool:
        return conn.execute("SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()"
                            " AND table_name = 'incidents' AND column_name = 'geom'").fetchone() is not None

    @property
    def schema_version(self) -> int:
        with self._pool.connection() as conn:
            return self._version(conn)

    def _migrate(self, conn: psycopg.Connection) -> bool:
        """Bring the schema up to date (one process at a time: the others wait on the lock, then find
        it done) and add the PostGIS column when the extension is there or can be made.  Returns
        whether the store has the PostGIS column.  A store that is up to date is only read (no lock,
        no DDL), so opening one never waits, and a user who may only read can open it."""
        known = len(pg_schema.MIGRATIONS)
        if conn.info.server_version < pg_schema.MIN_SERVER_VERSION:
            raise StoreError(f"the store {self.public} is on PostgreSQL {conn.info.server_version // 10000};"
                             f" this program needs {pg_schema.MIN_SERVER_VERSION // 10000} or newer", fatal=True)
        if self._version(conn) == known and self._has_postgis(conn):
            return True
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (pg_schema.MIGRATION_LOCK,))  # before any DDL
            version = self._version(conn)
            if version == 0:
                conn.execute(pg_schema.VERSION_TABLE)
            if version > known:
                raise StoreError(f"{self.public}: written by a newer version (schema {version}, "
                                 f"this program knows {known})", fatal=True)
            for number, script in enumerate(pg_schema.MIGRATIONS[version:], version + 1):
                conn.execute(script.encode())
                conn.execute("DELETE FROM geo_schema")
                conn.execute("INSERT INTO geo_schema (version) VALUES (%s)", (number,))
            return self._add_postgis(conn)

    def _add_postgis(self, conn: psycopg.Connection) -> bool:
        """The geometry column and its index, if PostGIS is installed (or may be installed by this user)."""
        if self._has_postgis(conn):
            return True
        try:
            with conn.transaction():  # a savepoint: without PostGIS the store works on lat/lon alone
                conn.execute("CREATE EXTENSION IF NOT EXISTS postgis")
                conn.execute(pg_schema.POSTGIS.encode())
            return True
        except (pg_errors.FeatureNotSupported, pg_errors.UndefinedFile, pg_errors.InsufficientPrivilege,
                pg_errors.UndefinedObject, pg_errors.ReadOnlySqlTransaction):
            return False

    # -- connections and transactions -------------------------------------------------------

    @contextmanager
    def _tx(self) -> Iterator[Connection]:
        r"""One transaction on a pooled connection (committed at the end, rolled back on an error); the
        server's errors become :class:`StoreError`\ s (a :class:`Collision` for those worth another try)."""
        try:
            with self._pool.connection() as conn:
                yield Connection(conn)
        except RETRIED as exc:  # (before OperationalError: deadlocks are OperationalErrors too)
            raise collision(exc, self.public) from None
        except psycopg.Error as exc:
            raise self._failure(exc) from None

    def _rows(self, sql: str, params: Any = ()) -> list[Any]:
        try:
            return self._db.execute(sql, params).fetchall()
        except psycopg.Error as exc:
            raise self._failure(exc) from None

    def _failure(self, exc: psycopg.Error) -> StoreError:
        """A failure in words: the connection's (server gone, restarted), one no later write can get
        past (read-only, no right to write, a full disk: fatal, so an ingest stops in one line rather
        than failing every document alike), a pool with no free connection (busy, not fatal) or the
        statement's."""
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        if isinstance(exc, (pg_errors.ReadOnlySqlTransaction, pg_errors.InsufficientPrivilege)):
            return StoreError(f"the store {self.public} is read-only for this connection ({first})",
                              fatal=True)
        if isinstance(exc, pg_errors.DiskFull):
            return StoreError(f"the store {self.public} is full (the server's disk: {first}): "
                              "free some space and run again", fatal=True)
        if isinstance(exc, PoolTimeout):  # (an OperationalError, but the next try may well get one)
            return StoreError(f"the store {self.public} is busy: no connection free in "
                              f"{self._pool.timeout:g} s ({first})")
        if isinstance(exc, psycopg.OperationalError):
            return connect_error(exc, self.url, otherwise="failed")
        return StoreError(f"the store {self.public} failed: {exc}")

    def identity(self) -> tuple[str, str, str | None]:
        """Which store this is: database, schema, and the server's system identifier (None for a user not
        allowed to read it), for Dask workers to check that their URL reaches the client's store."""
        database, schema = self._rows("SELECT current_database(), current_schema()")[0]
        try:
            system = self._rows("SELECT system_identifier::text FROM pg_control_system()")[0][0]
        except StoreError:  # (a user without the right to read it)
            system = None
        return str(database), str(schema), system

    def close(self) -> None:
        self._pool.close()

    def __del__(self) -> None:  # a store dropped unclosed: its pool's threads end with it
        pool = getattr(self, "_pool", None)
        if pool is not None and not pool.closed:
            pool.close(timeout=1)

    def __enter__(self) -> "PostgresStore":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- concurrent writers -----------------------------------------------------------------

    def _lock_document(self, db: Connection, doc: Document) -> None:
        """Writers of the same text (or URL) wait here for each other's transaction to end."""
        names = sorted({f"text:{doc.content_hash}", *([f"url:{doc.url}"] if doc.url else [])})
        self._advisory(db, DOCUMENT_LOCK, names)

    def _lock_keys(self, db: Any, keys: list[str]) -> None:
        """Writers of the same de-duplication key wait here (taken before the key's reports are read)."""
        self._advisory(db, KEY_LOCK, keys)

    @staticmethod
    def _advisory(db: Connection, kind: int, names: list[str]) -> None:
        """Transaction locks on ``names``, taken in the order of their hashes (every writer takes them in
        the same order, so none waits for a lock held by one that waits for it)."""
        if names:
            db.execute("SELECT pg_advisory_xact_lock(?, h) FROM (SELECT DISTINCT hashtext(n) AS h"
                       " FROM unnest(CAST(? AS TEXT[])) AS n ORDER BY h) AS ordered", (kind, names)).fetchall()

    # -- writes, run again after a collision (geo/store/pg_retry.py) -------------------------

    def add_document(self, doc: Document, incidents: list[Incident]) -> AddResult:
        return retried(lambda: super(PostgresStore, self).add_document(doc, incidents),
                       f"store {doc.id or 'a document'}", self.public)

    def record_place_corrections(self, doc: Document, fixes: list[tuple[int, str, PlaceFix]]) -> int:
        return retried(lambda: super(PostgresStore, self).record_place_corrections(doc, fixes),
                       f"keep the corrections of {doc.id or 'a document'}", self.public)

    def correct_incident_place(self, incident_id: int, fix: PlaceFix) -> int:
        return retried(lambda: super(PostgresStore, self).correct_incident_place(incident_id, fix),
                       f"correct incident {incident_id}", self.public)

    def save_feed(self, url: str, kind: str, **fields: Any) -> None:
        retried(lambda: super(PostgresStore, self).save_feed(url, kind, **fields),
                f"record the fetch of {url}", self.public)
