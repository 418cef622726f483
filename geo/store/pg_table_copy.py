"""Whole tables in and out of the PostgreSQL store, for copying one store into another (``geo migrate``).

The same interface as :mod:`geo.store.table_copy` (SQLite): rows go out in primary-key order,
``batch`` at a time through a server-side cursor, all inside one REPEATABLE READ, READ ONLY
transaction (:meth:`PostgresTableCopy.reading`: one snapshot of every table while others write),
and come in with their ids, through
PostgreSQL's COPY, in one transaction (:meth:`PostgresTableCopy.copying`).  ``daily_agg`` is not
copied: the incidents' trigger fills it as they arrive; nor the PostGIS point, which PostgreSQL
computes from lat/lon.  At the end the id sequences move past the copied ids, the tables are
analyzed and the incidents vacuumed, so that the first queries on the copy have the planner's
statistics and index-only scans.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Iterator, Sequence

import psycopg
from psycopg import sql

from geo.store import pg_schema
from geo.store.pg_connection import Connection

if TYPE_CHECKING:
    from psycopg_pool import ConnectionPool


#: The order rows are read in: each table's primary key.
ORDER = {"documents": "id", "incidents": "id", "incident_sources": "id", "feeds": "url",
         "place_corrections": "content_hash, ordinal"}


class PostgresTableCopy:
    """The table-level half of :class:`geo.store.postgres.PostgresStore` that ``geo migrate`` uses."""

    _pool: ConnectionPool
    _copy_db: Connection | None = None
    _read_conn: psycopg.Connection | None = None

    if TYPE_CHECKING:  # given by PostgresStore (a stub here would shadow it)
        def _tx(self) -> Any: ...
        def _rows(self, sql: str, params: Any = ()) -> list[Any]: ...
        def _failure(self, exc: psycopg.Error) -> Any: ...

    @contextmanager
    def reading(self) -> Iterator[None]:
        """One read transaction around a whole copy out of this store (REPEATABLE READ, READ ONLY: every
        table read from the same snapshot); a failure, the connection's too, is a plain StoreError."""
        try:
            with self._pool.connection() as conn, conn.transaction():
                conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                self._read_conn = conn
                try:
                    yield
                finally:
                    self._read_conn = None
        except psycopg.Error as exc:
            raise self._failure(exc) from None

    def _read(self, query: Any, params: Any = ()) -> list[Any]:
        """Rows of a query: in the read transaction of :meth:`reading` when one is open."""
        if self._read_conn is None:
            return self._rows(query, params)
        try:
            return Connection(self._read_conn).execute(query, params).fetchall()
        except psycopg.Error as exc:
            raise self._failure(exc) from None

    @contextmanager
    def copying(self) -> Iterator[Connection]:
        """One transaction around a whole copy: a failed copy leaves the target empty."""
        with self._tx() as db:
            # durable when the copy says it is done, whatever the server's default; and the VACUUM
            # below can mark the pages all-visible only once the commit is flushed
            db.execute("SET LOCAL synchronous_commit = on")
            self._copy_db = db
            try:
                yield db
            finally:
                self._copy_db = None
        self._vacuum_incidents()

    def _vacuum_incidents(self) -> None:
        """VACUUM the copied incidents (outside any transaction), so that the visibility map lets the
        map's queries read the ids of a place's incidents from incidents_place alone at once, not
        only after autovacuum has come by."""
        try:
            with self._pool.connection() as conn:
                conn.autocommit = True
                try:
                    conn.execute("VACUUM incidents")
                finally:
                    conn.autocommit = False
        except psycopg.Error as exc:
            raise self._failure(exc) from None

    def table_columns(self, table: str) -> list[str]:
        """The table's columns a copy carries, in the table's order (not the computed PostGIS point)."""
        return [r[0] for r in self._read(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
            " AND table_name = ? AND is_generated = 'NEVER' ORDER BY ordinal_position", (table,))]

    def table_rows(self, table: str, columns: Sequence[str], batch: int = 5000) -> Iterator[list[tuple[Any, ...]]]:
        """The table's rows as tuples of ``columns``, ``batch`` at a time, in primary-key order."""
        query = sql.SQL("SELECT {} FROM {} ORDER BY {}").format(
            sql.SQL(", ").join(map(sql.Identifier, columns)), sql.Identifier(table),
            sql.SQL(", ").join(sql.Identifier(c.strip()) for c in ORDER[table].split(",")))
        try:
            with self._reader() as conn, conn.cursor(name=f"geo_copy_{table}") as cursor:
                cursor.execute(query)
                while rows := cursor.fetchmany(batch):
                    yield [tuple(r) for r in rows]
        except psycopg.Error as exc:  # (the server gone mid-read: in words, naming this store)
            raise self._failure(exc) from None

    @contextmanager
    def _reader(self) -> Iterator[psycopg.Connection]:
        """The connection of :meth:`reading`, else a pooled one for this read alone."""
        if self._read_conn is not None:
            yield self._read_conn
        else:
            with self._pool.connection() as conn:
                yield conn

    def insert_rows(self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        """Add rows as they are (ids included) with COPY, inside :meth:`copying`."""
        if self._copy_db is None:
            raise RuntimeError("insert_rows runs inside copying()")
        statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
            sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, columns)))
        with self._copy_db.conn.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row(row)

    def table_count(self, table: str) -> int:
        return int(self._read(f'SELECT count(*) FROM "{table}"')[0][0])

    def finish_copy(self) -> None:
        """Move the id sequences past the copied ids, so the next incident or source gets a new one;
        then ANALYZE the tables: until autovacuum comes by, the planner would guess their sizes and
        pick hash joins over whole tables for the dashboard's lookups by id (bench/README.md)."""
        if self._copy_db is None:
            raise RuntimeError("finish_copy runs inside copying()")
        _reset_sequences(self._copy_db)
        for table in (*ORDER, "daily_agg"):
            self._copy_db.execute(f'ANALYZE "{table}"')

    def reset_sequences(self) -> None:
        """The same, in a transaction of its own (after rows were added with their ids some other way)."""
        with self._tx() as db:
            _reset_sequences(db)


def _reset_sequences(db: Connection) -> None:
    for table, column in pg_schema.SEQUENCES:
        db.execute(f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'),"
                   f" coalesce(max({column}), 0) + 1, false) FROM {table}")
