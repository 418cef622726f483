"""Copy one store into another, ids and all: ``geo migrate --from SQLITE --to POSTGRESQL`` (and back).

A team that starts on a laptop moves its store to a shared server without
re-ingesting (which would renumber incidents and lose hand-made place
corrections).  The source is read in one read transaction (``reading``), so
every table comes from the same moment even while others write into it; the
copy is table by table in one transaction on the target, so it lands whole or
not at all, and is checked row count by row count.
"""
from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any, Callable, Iterator, Protocol, Sequence

from geo.errors import StoreError, UserError
from geo.store import public_url
from geo.store.table_copy import COPIED_TABLES

BATCH = 5000

#: Called after each batch: (table, rows copied so far of that table, rows it has).
Progress = Callable[[str, int, int], None]


class TableStore(Protocol):
    """What a backend offers for whole-table copies (geo/store/table_copy.py for SQLite)."""

    url: str

    def table_columns(self, table: str) -> list[str]: ...
    def table_rows(self, table: str, columns: Sequence[str], batch: int = BATCH) -> Iterator[list[tuple[Any, ...]]]: ...
    def insert_rows(self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None: ...
    def table_count(self, table: str) -> int: ...
    def copying(self) -> AbstractContextManager[Any]: ...
    def reading(self) -> AbstractContextManager[Any]: ...
    def finish_copy(self) -> None: ...


def shared_columns(source: TableStore, target: TableStore, table: str) -> list[str]:
    """The source's columns the target also has (a PostGIS point is derived by the target)."""
    wanted = set(target.table_columns(table))
    missing = [c for c in source.table_columns(table) if c not in wanted]
    if missing:
        raise StoreError(f"{public_url(target.url)} has no column {', '.join(missing)} in {table}: "
                         "open it once with this version of the program to upgrade its schema")
    return [c for c in source.table_columns(table) if c in wanted]


def copy_store(source: TableStore, target: TableStore, progress: Progress | None = None) -> dict[str, int]:
    """Copy every table of ``source`` into the empty ``target``; returns rows copied per table."""
    if source.url == target.url:
        raise UserError("--from and --to name the same store")
    filled = [t for t in COPIED_TABLES if target.table_count(t)]
    if filled:
        raise UserError(f"{public_url(target.url)} is not empty ({', '.join(filled)} hold rows): migrate into a new, "
                        "empty store, so that no id is taken twice")
    copied = dict.fromkeys(COPIED_TABLES, 0)
    with source.reading(), target.copying():
        for table in COPIED_TABLES:
            columns = shared_columns(source, target, table)
            total = source.table_count(table)
            for rows in source.table_rows(table, columns, BATCH):
                target.insert_rows(table, columns, rows)
                copied[table] += len(rows)
                if progress:
                    progress(table, copied[table], total)
        target.finish_copy()
    short = {t: (n, target.table_count(t)) for t, n in copied.items() if target.table_count(t) != n}
    if short:
        raise StoreError(f"the copy into {public_url(target.url)} is incomplete: {short}")
    return copied
