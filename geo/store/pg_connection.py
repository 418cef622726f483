"""What the store's shared SQL needs from a PostgreSQL connection, and its failures in plain words.

The mixins write ``?`` placeholders and read rows by index and by name (as
``sqlite3.Row`` allows); :class:`Connection` gives them that over a psycopg
connection, and :class:`PooledReads` over a connection pool, one statement at a time.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterator, Sequence

import psycopg
from psycopg.types.numeric import FloatLoader
from psycopg_pool import ConnectionPool

from geo.errors import StoreError
from geo.store import public_url  # (here too: the PostgreSQL modules' messages use it)

#: Text of a libpq connection failure -> what it means, in the user's terms.
CONNECT_FAULTS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("database", "does not exist"),
     "names a database that does not exist on that server: create it (createdb NAME) or fix the URL"),
    (("authentication failed",), "refused the login: check the user and password (URL, ~/.pgpass) and pg_hba.conf"),
    (("no pg_hba.conf entry",), "does not let this user in from here: add a line to the server's pg_hba.conf"),
    (("role", "does not exist"), "has no such user: create it (createuser NAME) or fix the URL"),
    (("no password supplied",), "needs a password: put it in the URL or in ~/.pgpass"),
    (("connection refused",), "cannot be reached (connection refused): is the PostgreSQL server running, "
                              "and are the host and port right?"),
    (("no such file or directory",), "cannot be reached (no server socket there): is the PostgreSQL server "
                                     "running, and is the socket folder right?"),
    (("server closed the connection",), "closed the connection (the server stopped or restarted): run again "
                                        "when it is back; every document stored so far is kept"),
    (("terminating connection",), "ended the connection (the server is shutting down or an administrator "
                                  "ended it): run again when it is back"),
    (("timeout expired",), "did not answer in time: is the host right, and the server running?"),
    (("could not translate host name",), "names a host that cannot be found: check the host name"),
)


def connect_error(exc: psycopg.Error, url: str, otherwise: str = "cannot be opened") -> StoreError:
    """A plain-language :class:`StoreError` for a failed connection (libpq's text kept in brackets);
    a failure none of :data:`CONNECT_FAULTS` explains is "the store URL <otherwise>: <text>"."""
    text = str(exc).strip()
    low = text.lower()
    for words, meaning in CONNECT_FAULTS:
        if all(w in low for w in words):
            return StoreError(f"the store {public_url(url)} {meaning} ({text.splitlines()[-1].strip()})", True)
    return StoreError(f"the store {public_url(url)} {otherwise}: {text}", True)


class Row(tuple):
    """A result row read by position or by column name, like ``sqlite3.Row``."""

    _index: dict[str, int] = {}

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._index)


@lru_cache(maxsize=512)
def _row_class(names: tuple[str, ...]) -> type[Row]:
    return type("Row", (Row,), {"_index": {n: i for i, n in enumerate(names)}})


def rows(cursor: Any) -> Any:
    """psycopg row factory making :class:`Row`\\ s."""
    cls = _row_class(tuple(c.name for c in cursor.description or ()))
    return lambda values: tuple.__new__(cls, values)


@lru_cache(maxsize=1024)
def _pg_sql(sql: str) -> str:
    """``?`` placeholders as psycopg's ``%s`` (a literal ``%`` doubled).  The shared SQL has no ``?``
    in its string literals and uses no PostgreSQL operator spelled with ``?``."""
    return sql.replace("%", "%%").replace("?", "%s")


def configure(conn: psycopg.Connection) -> None:
    """Every connection: sums of integers (numeric in PostgreSQL) read as numbers pandas can take."""
    conn.adapters.register_loader("numeric", FloatLoader)


class Result:
    """The rows of a statement already run (its connection is back in the pool)."""

    def __init__(self, fetched: list[Any]) -> None:
        self._rows = fetched

    def fetchone(self) -> Any:
        return self._rows[0] if self._rows else None

    def fetchall(self) -> list[Any]:
        return self._rows

    def __iter__(self) -> Iterator[Any]:
        return iter(self._rows)


class Connection:
    """One psycopg connection (inside a transaction) with ``execute(sql with ?, params)``."""

    def __init__(self, conn: psycopg.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, params: Sequence[Any] | None = ()) -> Any:
        if not params:
            return self.conn.execute(sql.encode())  # bytes: no placeholders, '%' kept as it is
        return self.conn.execute(_pg_sql(sql).encode(), list(params))


class PooledReads:
    """``execute`` on a pooled connection, one statement per transaction (the store's ``_db`` for reads)."""

    def __init__(self, pool: ConnectionPool) -> None:
        self.pool = pool

    def execute(self, sql: str, params: Sequence[Any] | None = ()) -> Result:
        with self.pool.connection() as conn:
            cur = Connection(conn).execute(sql, params)
            return Result(cur.fetchall() if cur.description is not None else [])
