"""Running a PostgreSQL write transaction again when the server rolled it back for a collision.

Several writers at once can meet: PostgreSQL picks one of two that wait on each other as a
deadlock victim, a serializable read may be stale, and a unique constraint catches what the
advisory locks did not.  The store's ``_tx`` turns each of those into :class:`Collision` (a
:class:`StoreError`, so a caller that does not retry still gets plain words), and every write
of the store (documents, corrections, feeds) runs through :func:`retried`.
"""
from __future__ import annotations

import time
from typing import Callable, TypeVar

from psycopg import errors as pg_errors

from geo.errors import StoreError

#: How often a write transaction is run in all after a deadlock or a collision.
RETRIES = 8
#: The server's errors that another try may not meet.
RETRIED = (pg_errors.DeadlockDetected, pg_errors.SerializationFailure, pg_errors.UniqueViolation)

T = TypeVar("T")


class Collision(StoreError):
    """A transaction rolled back because another writer met it (see :data:`RETRIED`)."""


#: What each of :data:`RETRIED` means for the user.
_MEANINGS = {pg_errors.DeadlockDetected: "was rolled back: it and another writer waited on each other (deadlock)",
             pg_errors.SerializationFailure: "was rolled back: another writer changed the same rows at once",
             pg_errors.UniqueViolation: "was rolled back: another writer stored the same row first"}


def collision(exc: Exception, store: str) -> Collision:
    """The server's collision error in words (its own first line kept in brackets)."""
    meaning = next((m for kind, m in _MEANINGS.items() if isinstance(exc, kind)), "was rolled back")
    first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    return Collision(f"a write to the store {store} {meaning} ({first}); run it again")


def retried(write: Callable[[], T], what: str, store: str) -> T:
    """``write()`` (one whole transaction), run again after a :class:`Collision`, up to :data:`RETRIES`
    times in all; then a :class:`StoreError` saying that ``store`` could not ``what``."""
    for attempt in range(1, RETRIES + 1):
        try:
            return write()
        except Collision as exc:
            if attempt == RETRIES:
                raise StoreError(f"the store {store} could not {what} after {RETRIES} tries: {exc}") from None
            time.sleep(0.05 * attempt)
    raise AssertionError("not reached")
