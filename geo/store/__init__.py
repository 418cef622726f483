"""The incident store: one small interface, one module per backend.

Every entry point (``python -m geo ingest``/``export``/``incidents`` and the
dashboard) opens the store through :func:`open_store`, so ``GEO_DB`` and
``--db`` mean the same everywhere: a file path or ``sqlite:///path`` is an
SQLite store (geo/store/sqlite.py), ``postgresql://user@host/db`` a PostgreSQL
one (geo/store/postgres.py); both implement :class:`Store` over the same shared
SQL (the mixins, with geo/store/dialect.py for what the two spell differently).
"""
from __future__ import annotations

import datetime as dt
import os
import re
from typing import Any, Callable, Protocol

import pandas as pd

from geo.corrections import PlaceFix
from geo.documents.model import Document
from geo.errors import StoreError
from geo.filters import Filters
from geo.record import Incident

DEFAULT_DB = "data/incidents.db"
_QUERY_PASSWORD = re.compile(r"((?:^|&)password=)[^&]*", re.IGNORECASE)


def _parts(url: str) -> tuple[str, str, str, str | None]:
    """scheme, user:password@host, path, query (None without ``?``) of a URL with ``://``."""
    scheme, rest = url.split("://", 1)
    cut = min((i for i in (rest.find(c) for c in "/?#") if i >= 0), default=len(rest))
    netloc, tail = rest[:cut], rest[cut:]
    path, query = tail.split("?", 1) if "?" in tail else (tail, None)
    return scheme, netloc, path, query


def public_url(url: str) -> str:
    """A store URL as messages show it: its password (``user:PASSWORD@``, ``?password=``) masked,
    whatever the scheme (a mistyped one included), since messages reach logs and screens."""
    return _redacted(url, "***")


def without_password(url: str) -> str:
    """A store URL with no password in it (``user:PASSWORD@``, ``?password=`` left out), for a URL sent to
    other machines: libpq there finds the password itself (``~/.pgpass``, ``PGPASSWORD``)."""
    return _redacted(url, None)


def _redacted(url: str, mask: str | None) -> str:
    """``url`` with its password replaced by ``mask``, or left out when ``mask`` is None."""
    if "://" not in url:
        return url  # a file path
    scheme, netloc, path, query = _parts(url)
    if "@" in netloc:
        user, host = netloc.rsplit("@", 1)
        name = user.split(":", 1)[0]
        netloc = f"{name}:{mask}@{host}" if ":" in user and mask is not None else f"{name}@{host}"
    if query is not None:
        if mask is not None:
            query = _QUERY_PASSWORD.sub(lambda m: m.group(1) + mask, query)
        else:
            query = "&".join(p for p in query.split("&") if not p.lower().startswith("password="))
        path = f"{path}?{query}" if query or mask is not None else path
    return f"{scheme}://{netloc}{path}"


class Store(Protocol):
    """What the CLI, the exports and the dashboard may ask of a store."""

    url: str

    def add_document(self, doc: Document, incidents: list[Incident]) -> "AddResult": ...
    def has_document(self, doc: Document) -> bool: ...
    def query(self, filters: Filters | None = None, limit: int | None = None, offset: int = 0) -> pd.DataFrame:
        """Full rows (id, schema fields, n_sources, settlement_latin); ``limit``/``offset`` read one
        page, since a million rows in pandas take seconds and gigabytes."""
        ...

    def incident(self, incident_id: int) -> dict[str, Any] | None: ...
    def sources(self, ids: list[int] | None = None) -> pd.DataFrame: ...
    def region_counts(self, filters: Filters | None = None) -> pd.DataFrame: ...
    def daily_counts(self, filters: Filters | None = None) -> pd.DataFrame: ...

    def summary(self, filters: Filters | None = None) -> dict[str, Any]:
        """The dashboard's headline numbers and the selection's first/last day, aggregated by the
        store, so that they cost the same for ten incidents as for a million."""
        ...

    def places(self, filters: Filters | None = None, limit: int | None = None) -> pd.DataFrame:
        """Map points: settlement-level incidents grouped by place, newest first, so the map draws
        at most ``limit`` markers without the incidents being read."""
        ...

    def place_incidents(self, filters: Filters | None, places: list[tuple[float, float]],
                        per_place: int | None = None) -> pd.DataFrame:
        """Full rows of the newest incidents at given places: the only rows a map view reads
        (its popups, and the list of the clicked point)."""
        ...

    def date_span(self) -> tuple[dt.date | None, dt.date | None]: ...
    def count(self, filters: Filters | None = None) -> int: ...
    def document_count(self) -> int: ...
    def document(self, document_id: str) -> dict[str, Any] | None: ...
    def has_url(self, url: str) -> bool: ...
    def feed_state(self, url: str) -> dict[str, Any] | None: ...
    def save_feed(self, url: str, kind: str, **fields: Any) -> None: ...
    def feeds_overview(self) -> pd.DataFrame: ...

    def correct_incident_place(self, incident_id: int, fix: PlaceFix) -> int:
        """Put an incident at a hand-picked settlement, kept for its documents (geo/store/corrections.py)."""
        ...

    def record_place_corrections(self, doc: Document, fixes: list[tuple[int, str, PlaceFix]]) -> int: ...
    def incident_corrections(self, incident_id: int) -> list[dict[str, Any]]: ...
    def close(self) -> None: ...


from geo.store.documents import AddResult  # noqa: E402  (Store must exist first)
from geo.store.sqlite import SQLiteStore  # noqa: E402


def _postgres(url: str) -> Any:
    """The PostgreSQL backend, imported when first asked for (psycopg costs SQLite users nothing)."""
    from geo.store.postgres import PostgresStore

    return PostgresStore(url)


#: URL scheme -> what opens a store of that backend.  Plain paths are SQLite.
BACKENDS: dict[str, Callable[[str], Any]] = {"sqlite": SQLiteStore, "postgresql": _postgres, "postgres": _postgres}


def __getattr__(name: str) -> Any:
    """``geo.store.PostgresStore``, imported on first use like the backend."""
    if name == "PostgresStore":
        from geo.store.postgres import PostgresStore

        return PostgresStore
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def default_url() -> str:
    """``GEO_DB`` if set, else ``data/incidents.db`` (relative to the working folder)."""
    return os.environ.get("GEO_DB") or DEFAULT_DB


def url_scheme(url: str) -> str:
    """The backend a store URL names: "sqlite" for a path or sqlite:// URL, else the URL's scheme."""
    scheme = url.split("://", 1)[0].lower() if "://" in url else "sqlite"
    return "sqlite" if scheme.startswith("sqlite") else scheme


def is_sqlite(url: str) -> bool:
    """The URL names an SQLite file (its existence can be checked on disk)."""
    return url_scheme(url) == "sqlite"


def open_store(url: str | None = None) -> Store:
    """Open (creating on first use) the store named by ``url``, ``GEO_DB`` or the default."""
    url = str(url or default_url())
    backend = BACKENDS.get(url_scheme(url))
    if backend is None:
        raise StoreError(f"unsupported store URL {public_url(url)!r}: give a file path or sqlite:///path (SQLite), "
                         f"or postgresql://user@host/database (PostgreSQL)")
    return backend(url)


__all__ = ["AddResult", "DEFAULT_DB", "PostgresStore", "SQLiteStore", "Store", "StoreError", "default_url", "is_sqlite", "open_store", "public_url",
           "url_scheme", "without_password"]
