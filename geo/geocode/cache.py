"""A persistent cache of online answers, so a name is asked once.

Kept in the store's SQLite file (table ``geocode_cache``, created on first
use; with a PostgreSQL store, in the SQLite file :data:`CACHE_BESIDE_SERVER`)
but independent of the store's code: keyed by (provider, normalised
query, region).  "Not found" is cached too; a source that could not answer
raises :class:`~geo.geocode.base.GeocoderUnavailable`, and that is never cached.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import threading
from pathlib import Path

from geo.geocode.base import Geocoder, Location
from geo.places.names import simple_form

DEFAULT_DB = "data/incidents.db"
#: The cache's file when the store is not an SQLite file (a PostgreSQL URL).
CACHE_BESIDE_SERVER = "data/geocode-cache.db"

SCHEMA = """
CREATE TABLE IF NOT EXISTS geocode_cache (
    provider TEXT NOT NULL,
    query TEXT NOT NULL,
    region TEXT NOT NULL,
    found INTEGER NOT NULL,
    result TEXT,
    created TEXT NOT NULL,
    PRIMARY KEY (provider, query, region)
)
"""


def db_path(path: str | os.PathLike | None = None) -> Path:
    """The SQLite file: ``path``, else ``GEO_DB``, else ``data/incidents.db`` (sqlite:/// accepted)."""
    p = str(path or os.environ.get("GEO_DB") or DEFAULT_DB)
    if "://" in p and not p.startswith("sqlite:"):
        return Path(CACHE_BESIDE_SERVER)
    if p.startswith("sqlite:///"):
        p = p[len("sqlite:///"):]
    return Path(p)


class GeocodeCache:
    """(provider, query, region) -> Location or "known not found"."""

    def __init__(self, path: str | os.PathLike | None = None):
        self.path = db_path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
        with self._lock, self._conn:
            self._conn.execute(SCHEMA)

    @staticmethod
    def _key(provider: str, query: str, region: str | None) -> tuple[str, str, str]:
        return (provider, simple_form(query), (region or "").upper())

    def get(self, provider: str, query: str, region: str | None) -> tuple[bool, Location | None]:
        """(hit, answer): ``(False, None)`` when never asked, ``(True, None)`` when known not found."""
        with self._lock:
            row = self._conn.execute(
                "SELECT found, result FROM geocode_cache WHERE provider=? AND query=? AND region=?",
                self._key(provider, query, region)).fetchone()
        if row is None:
            return False, None
        if not row[0]:
            return True, None
        return True, Location(**json.loads(row[1]))

    def put(self, provider: str, query: str, region: str | None, loc: Location | None) -> None:
        result = None
        if loc is not None:
            result = json.dumps({
                "name": loc.name, "latitude": loc.latitude, "longitude": loc.longitude,
                "precision": loc.precision, "source": loc.source, "region": loc.region,
                "address": loc.address, "raw": loc.raw,
            }, ensure_ascii=False, default=str)
        now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        with self._lock, self._conn:
            self._conn.execute(
                "INSERT OR REPLACE INTO geocode_cache VALUES (?, ?, ?, ?, ?, ?)",
                (*self._key(provider, query, region), int(loc is not None), result, now))

    def count(self) -> int:
        with self._lock:
            return self._conn.execute("SELECT COUNT(*) FROM geocode_cache").fetchone()[0]

    def close(self) -> None:
        self._conn.close()


class CachedGeocoder:
    """A geocoder whose answers (including "not found") are kept in a :class:`GeocodeCache`."""

    def __init__(self, inner: Geocoder, cache: GeocodeCache):
        self.inner = inner
        self.cache = cache
        self.name = inner.name

    def geocode(self, query: str, region: str | None = None,
                district: str | None = None) -> Location | None:
        hit, loc = self.cache.get(self.name, query, region)
        if hit:
            return loc
        loc = self.inner.geocode(query, region=region, district=district)
        self.cache.put(self.name, query, region, loc)
        return loc
