"""Whole tables in and out of the SQLite store, for copying one store into another (``geo migrate``).

Rows go out in primary-key order and come in with their ids, so a copied
store keeps every incident's id (links to ``?id=N`` stay valid) and every
source's evidence.  ``daily_agg`` is not copied: the incidents' triggers
rebuild it row by row as they arrive.
"""
from __future__ import annotations

import sqlite3
import threading
from contextlib import AbstractContextManager, contextmanager
from typing import TYPE_CHECKING, Any, Iterator, Sequence

#: Tables a copy carries, parents before children (the foreign keys hold at every step).
COPIED_TABLES = ("documents", "incidents", "incident_sources", "feeds", "place_corrections")


def _quoted(names: Sequence[str]) -> str:
    return ", ".join(f'"{n}"' for n in names)


class SQLiteTableCopy:
    """The table-level half of :class:`geo.store.sqlite.SQLiteStore` that ``geo migrate`` uses."""

    _db: sqlite3.Connection
    _lock: threading.RLock

    if TYPE_CHECKING:  # given by SQLiteStore (a stub here would shadow it)
        def _tx(self) -> AbstractContextManager[sqlite3.Connection]: ...

    @contextmanager
    def reading(self) -> Iterator[None]:
        """One read transaction around a whole copy out of this store: every table is read from the
        moment it began (WAL keeps that snapshot while other connections write)."""
        with self._lock:
            self._db.execute("BEGIN")
            try:
                self._db.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot starts here
                yield
            finally:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")  # (it only read)

    def copying(self) -> AbstractContextManager[Any]:
        """One write transaction around a whole copy: a failed copy leaves the target empty."""
        return self._tx()

    def table_columns(self, table: str) -> list[str]:
        """The table's columns, in the table's order."""
        return [row[1] for row in self._db.execute(f'PRAGMA table_info("{table}")')]

    def table_rows(self, table: str, columns: Sequence[str], batch: int = 5000) -> Iterator[list[tuple[Any, ...]]]:
        """The table's rows as tuples of ``columns``, ``batch`` at a time, in primary-key order."""
        cursor = self._db.execute(f'SELECT {_quoted(columns)} FROM "{table}" ORDER BY rowid')
        while rows := cursor.fetchmany(batch):
            yield [tuple(r) for r in rows]

    def insert_rows(self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        """Add rows as they are (ids included); the caller holds the transaction."""
        marks = ", ".join("?" * len(columns))
        self._db.executemany(f'INSERT INTO "{table}" ({_quoted(columns)}) VALUES ({marks})', rows)

    def table_count(self, table: str) -> int:
        return int(self._db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])

    def finish_copy(self) -> None:
        """Nothing to do in SQLite: ids are rowids and the triggers kept ``daily_agg`` current."""
