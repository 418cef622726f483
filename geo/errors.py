"""One error hierarchy for the core: every error a user can act on derives from :class:`GeoError`.

The command line prints a :class:`GeoError` as one line (never a traceback); the dashboard shows
its message in plain words.  Each class says what kind of thing went wrong, not where.
"""
from __future__ import annotations


class GeoError(Exception):
    """Base of every error the atlas raises on purpose."""


class UserError(GeoError):
    """Input the user can fix (a bad option, a missing file); printed without a traceback."""


class ReadError(UserError):
    """A document that could not be read; the message names the file (and row)."""


class StoreError(GeoError, ValueError):
    """The store cannot do what was asked; ``fatal`` when no later write can succeed either."""

    def __init__(self, message: str, fatal: bool = False) -> None:
        super().__init__(message)
        self.fatal = fatal


class GeocoderUnavailable(GeoError):
    """A source could not answer (network, server error): not the same as "not found",
    so it is never cached, and a chain goes on to the next source."""


class ItemFailed(GeoError):
    """One item's function raised (or its worker died) in a worker pool; the message says why."""


class WorkersUnavailable(GeoError, RuntimeError):
    """A fresh pool died before finishing any work (workers cannot start here); ``done`` items
    were yielded before, so the caller can do the rest another way."""

    def __init__(self, message: str, done: int) -> None:
        super().__init__(message)
        self.done = done


class ReadNote(ReadError):
    """Not a failure: what a reader left out on purpose, counted in one line (a Telegram export's
    service and media-only messages).  A :class:`ReadError` so that a caller that does not know
    notes still shows it rather than losing it."""


class FetchError(GeoError):
    """A URL could not be fetched or read (refused, unreachable, too large, disallowed by robots.txt);
    the message names the URL and the reason, in one line."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
