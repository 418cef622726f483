"""The feeds and channels a store knows: what ``geo fetch`` remembers between runs, and the Sources page.

A feed's row keeps the validators its server last answered (``ETag``, ``Last-Modified``), so the
next fetch asks conditionally and an unchanged feed costs one 304; when it was last fetched, and
what went wrong then.  Documents name their feed or channel (``documents.feed``), so the numbers
per source (documents, incidents) are counted from what is stored, never kept as counters that
could drift.  A Telegram channel has no row until fetched: it is known from its documents.
A mixin of :class:`geo.store.sqlite.SQLiteStore`.
"""
from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any

import pandas as pd

from geo.store.dialect import SQLITE, Dialect, SQLConnection
from geo.store.schema import timestamp

#: Columns of :meth:`FeedTable.feeds_overview`, in order.
OVERVIEW_COLUMNS = ["kind", "title", "url", "last_fetched", "documents", "incidents", "errors", "last_error"]

_OVERVIEW = """
WITH docs AS (
    SELECT feed AS url, count(*) AS documents, max(ingested_at) AS last_added,
           max({feed_title}) AS title, max({feed_kind}) AS kind
    FROM documents WHERE feed IS NOT NULL GROUP BY feed),
incs AS (
    SELECT d.feed AS url, count(DISTINCT s.incident_id) AS incidents
    FROM documents d JOIN incident_sources s ON s.document_id = d.id
    WHERE d.feed IS NOT NULL GROUP BY d.feed),
known AS (SELECT url FROM feeds UNION SELECT url FROM docs)
SELECT coalesce(f.kind, d.kind, 'feed'), coalesce(f.title, d.title), k.url,
       coalesce(f.last_fetched, d.last_added), coalesce(d.documents, 0), coalesce(i.incidents, 0),
       coalesce(f.errors, 0), f.last_error
FROM known k LEFT JOIN feeds f ON f.url = k.url LEFT JOIN docs d ON d.url = k.url
     LEFT JOIN incs i ON i.url = k.url
ORDER BY coalesce(f.last_fetched, d.last_added) IS NULL, coalesce(f.last_fetched, d.last_added) DESC, k.url{binary}
"""

#: Pages fetched by their own link, not from a feed: no feed or channel, no file, stored under their URL
#: (``geo fetch URL``, the dashboard's links box).  Plain SQL: no JSON functions.
_SINGLE_LINKS = """
SELECT count(DISTINCT d.id), max(d.ingested_at), count(DISTINCT s.incident_id)
FROM documents d LEFT JOIN incident_sources s ON s.document_id = d.id
WHERE d.feed IS NULL AND d.path IS NULL AND d.id = d.url
"""
#: The Sources page's name for them, one row together.
SINGLE_LINKS_KIND, SINGLE_LINKS_TITLE = "links", "Single links"


class FeedTable:
    """The ``feeds`` table and the questions ``geo fetch`` asks (the store's class gives ``_rows`` and ``_tx``)."""

    _dialect: Dialect = SQLITE

    def _rows(self, sql: str, params: Any = ()) -> list[Any]:
        raise NotImplementedError

    def _tx(self) -> AbstractContextManager[SQLConnection]:
        raise NotImplementedError

    def has_url(self, url: str) -> bool:
        """A document with this URL is stored (a link already fetched is not fetched again)."""
        return bool(self._rows("SELECT 1 FROM documents WHERE url = ? LIMIT 1", (url,)))

    def feed_state(self, url: str) -> dict[str, Any] | None:
        """The feed's row (validators, last fetch, errors), or None for a feed never fetched."""
        rows = self._rows("SELECT * FROM feeds WHERE url = ?", (url,))
        return dict(rows[0]) if rows else None

    def save_feed(self, url: str, kind: str, *, title: str | None = None, etag: str | None = None,
                  last_modified: str | None = None, status: str = "", errors: int = 0,
                  last_error: str | None = None) -> None:
        """Record a fetch of a feed: its validators (as answered now), status and errors; its title kept
        when this answer has none (a 304)."""
        now = timestamp()
        with self._tx() as db:
            db.execute(
                "INSERT INTO feeds (url, kind, title, etag, last_modified, last_fetched, last_status, errors,"
                " last_error, added_at) VALUES (?,?,?,?,?,?,?,?,?,?)"
                " ON CONFLICT(url) DO UPDATE SET kind = excluded.kind, title = coalesce(excluded.title, feeds.title),"
                " etag = excluded.etag, last_modified = excluded.last_modified,"
                " last_fetched = excluded.last_fetched, last_status = excluded.last_status,"
                " errors = excluded.errors, last_error = excluded.last_error",
                (url, kind, title, etag, last_modified, now, status, errors, last_error, now))

    def feeds_overview(self) -> pd.DataFrame:
        """One row per feed or channel known to the store: kind, title, URL, when last fetched (a
        channel: when its last export was read), documents and incidents it gave, errors last time;
        then, when there are any, one row for the pages fetched by link (kind ``links``, no URL, last
        fetched: when the last of them was stored), so everything fetched is listed."""
        d = self._dialect
        rows = [tuple(r) for r in self._rows(_OVERVIEW.format(feed_title=d.json("meta", "feed_title"),
                                                               feed_kind=d.json("meta", "feed_kind"), binary=d.binary))]
        links, last_stored, incidents = self._rows(_SINGLE_LINKS)[0]
        if links:
            rows.append((SINGLE_LINKS_KIND, SINGLE_LINKS_TITLE, None, last_stored, links, incidents, 0, None))
        frame = pd.DataFrame(rows, columns=OVERVIEW_COLUMNS)
        for c in ("documents", "incidents", "errors"):
            frame[c] = frame[c].astype("int64")
        return frame
