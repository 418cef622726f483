"""The few SQL fragments that SQLite and PostgreSQL spell differently.

The store's mixins (regroup, queries, feeds, corrections) write one SQL for both
backends, with ``?`` placeholders (the PostgreSQL connection turns them into
``%s``); where the two engines disagree they ask the store's :class:`Dialect`
for the fragment.  Keeping the list here makes the differences easy to review.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol


class SQLConnection(Protocol):
    """What the mixins ask of a connection: ``execute(sql with ? placeholders, params)`` giving a cursor
    (``fetchone``, ``fetchall``, iteration) whose rows are read by position and by column name.
    ``sqlite3.Connection`` is one; :class:`geo.store.pg_connection.Connection` the PostgreSQL one."""

    def execute(self, sql: str, params: Any = (), /) -> Any: ...


@dataclass(frozen=True)
class Dialect:
    """SQL fragments as format strings (their ``{names}`` are column expressions)."""

    name: str
    #: Whole days from ``lo`` to ``hi`` (ISO date texts); the same expression as the partial index
    #: incident_sources_long, so the planner can use that index.
    day_span: str
    #: The text of a top-level ``key`` of a JSON text column ``doc``.
    json_text: str
    #: ``needle`` occurs in ``hay`` (a cheap test before the regular expression).
    contains: str
    #: A text that sorts like (date, id), to find the newest incident of a group with max().
    newest: str
    #: Force an index (SQLite's planner sometimes picks a worse one; PostgreSQL has no hint).
    indexed_by: str
    #: ``x`` rounded to ``digits`` decimals, as a float.
    round: str
    #: How a key's stored reports are ordered (SQLite: as its index scan gives them; PostgreSQL gives
    #: no order without ORDER BY, so the canonical one: the same store whatever plan is chosen).
    key_group_order: str = ""
    #: After a text in ORDER BY: compare it code point by code point, as SQLite does, whatever
    #: collation the PostgreSQL database was made with (en_US would put "_a" before "B" and "|" before "2").
    binary: str = ""

    def json(self, doc: str, key: str) -> str:
        return self.json_text.format(doc=doc, key=key)


SQLITE = Dialect(
    name="sqlite",
    day_span="julianday({hi}) - julianday({lo})",
    json_text="json_extract({doc}, '$.{key}')",
    contains="instr({hay}, {needle}) > 0",
    newest="coalesce({date}, '') || printf('|%012d', {id})",
    indexed_by="INDEXED BY {index}",
    round="round({x}, {digits})",
)

POSTGRES = Dialect(
    name="postgresql",
    day_span="geo_day_span({lo}, {hi})",  # an IMMUTABLE function of geo/store/pg_schema.py
    json_text="({doc}::jsonb ->> '{key}')",
    contains="strpos({hay}, {needle}) > 0",
    newest="(coalesce({date}, '') || '|' || lpad({id}::text, 12, '0')) COLLATE \"C\"",
    indexed_by="",
    round="round(({x})::numeric, {digits})::float8",
    key_group_order=" ORDER BY document_id, ordinal",
    binary=' COLLATE "C"',
)
