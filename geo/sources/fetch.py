"""The fetch loop: URLs in (feeds or pages, told apart by the answer), new documents out, nothing twice.

For each URL: a link already stored is not asked again; a feed is asked with the validators it
last answered (an unchanged feed answers 304 and costs nothing more); each feed item whose link is
not stored is taken from the feed's own full text, or fetched as a page, with the item's date
for a page that has none.  Failures are one line each (the URL and the reason) and the rest go
on.  The command line stores each document as it comes (:class:`Fetcher` with an ingesting
``accept``); the dashboard collects them for its preview.
"""
from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass, fields
from typing import Any, Callable, Iterable

from geo.documents.model import Document
from geo.errors import FetchError, GeoError
from geo.ingest import IngestSummary, ingest_documents
from geo.sources.feeds import Feed, FeedItem, parse_feed
from geo.sources.http import HttpClient, Response
from geo.sources.pages import read_feed_content, read_page

#: What to do with each new document (store it, or keep it for a preview).
Accept = Callable[[Document, IngestSummary], None]


@dataclass
class FetchOptions:
    """Which feed items to take: at most ``max_items`` new ones per feed, none older than ``since``."""

    max_items: int | None = None
    since: dt.date | None = None


def new_summary() -> IngestSummary:
    return IngestSummary(noun="items")


def merge(into: IngestSummary, part: IngestSummary) -> None:
    """Add one summary's counts and lines to another."""
    for f in fields(IngestSummary):
        value = getattr(part, f.name)
        if isinstance(value, (int, list)) and f.name != "noun":
            setattr(into, f.name, getattr(into, f.name) + value)


def read_url_list(text: str) -> list[str]:
    """The URLs of a feeds file (or the dashboard's links box): one a line; blank lines and ``#``
    comments (a whole line, or after a space) ignored; each URL once, in order."""
    out: list[str] = []
    for line in text.splitlines():
        url = line.split(" #", 1)[0].strip()
        if url and not url.startswith("#") and url not in out:
            out.append(url)
    return out


class Fetcher:
    """Fetches URLs into documents for ``accept``, keeping feeds' validators and errors in the store."""

    def __init__(self, store: Any, client: HttpClient, accept: Accept, options: FetchOptions | None = None,
                 stop: threading.Event | None = None) -> None:
        self.store, self.client, self.accept = store, client, accept
        self.options = options or FetchOptions()
        self.stop = stop or threading.Event()

    def run(self, urls: Iterable[str]) -> IngestSummary:
        """One round over ``urls``; stops after the current item once :attr:`stop` is set."""
        summary = new_summary()
        for url in urls:
            if self.stop.is_set():
                break
            self.fetch(url.strip(), summary)
        return summary

    def fetch(self, url: str, summary: IngestSummary) -> None:
        state = self.store.feed_state(url)
        if state is None and self.store.has_url(url):
            summary.documents_unchanged += 1  # a page already stored: not asked again
            return
        try:
            response = self.client.get(url, etag=(state or {}).get("etag"),
                                       last_modified=(state or {}).get("last_modified"))
        except FetchError as exc:
            summary.fail(str(exc))
            if state is not None:
                self._save(url, state, None, "failed", 1, exc.reason)
            return
        if response.status == 304:
            self._save(url, state or {}, response, "not modified", 0, None)
            return
        feed = parse_feed(response.body, response.content_type, response.url)
        if feed is None:
            self._page(url, response, summary)
        else:
            self._feed(url, response, feed, summary)

    def _page(self, url: str, response: Response, summary: IngestSummary) -> None:
        try:
            doc = read_page(response.body, url, response.headers.get("content-type", ""), final_url=response.url)
        except GeoError as exc:
            summary.fail(str(exc))
            return
        self.accept(doc, summary)

    def _wanted(self, items: list[FeedItem], summary: IngestSummary) -> tuple[list[FeedItem], bool]:
        """``(items to take, all of them)``: new ones not older than ``since``, at most ``max_items``."""
        since = self.options.since
        fresh = [i for i in items if not (since and i.published and i.published.date() < since)]
        new = []
        for item in fresh:
            if self.store.has_url(item.link):
                summary.documents_unchanged += 1
            else:
                new.append(item)
        limit = self.options.max_items
        return (new[:limit], len(new) <= limit) if limit is not None else (new, True)

    def _feed(self, url: str, response: Response, feed: Feed, summary: IngestSummary) -> None:
        items, complete = self._wanted(feed.items, summary)
        failed, last_error = 0, None
        for item in items:
            if self.stop.is_set():
                complete = False
                break
            try:
                doc = self._item(item)
            except GeoError as exc:
                summary.fail(str(exc))
                failed, last_error = failed + 1, getattr(exc, "reason", str(exc))
                continue
            doc.meta.update(feed=url, feed_kind="feed", feed_title=feed.title or url)
            self.accept(doc, summary)
        # Validators only once every new item is in: else a 304 next time would hide the rest.
        keep = response if complete and not failed else None
        self._save(url, {"title": feed.title}, keep, f"{feed.format}, {len(feed.items)} items", failed, last_error)

    def _item(self, item: FeedItem) -> Document:
        day = item.published.date() if item.published else None
        if item.content:
            return read_feed_content(item.content, item.content_is_html, item.link, item.title, day)
        page = self.client.get(item.link)
        doc = read_page(page.body, item.link, page.headers.get("content-type", ""), item_date=day,
                        final_url=page.url)
        if not doc.title and item.title:
            doc.title = item.title
        return doc

    def _save(self, url: str, state: dict[str, Any], response: Response | None, status: str, errors: int,
              last_error: str | None) -> None:
        """Remember the feed's fetch; validators from ``response`` (None: ask unconditionally next time)."""
        headers = response.headers if response is not None else {}
        etag = headers.get("etag") or (state.get("etag") if response is not None and response.status == 304 else None)
        modified = headers.get("last-modified") or (state.get("last_modified")
                                                    if response is not None and response.status == 304 else None)
        try:
            self.store.save_feed(url, "feed", title=state.get("title"), etag=etag, last_modified=modified,
                                 status=status, errors=errors, last_error=last_error)
        except Exception:  # a read-only store still fetches; the documents' own errors say why
            pass


def ingesting(store: Any, geocoder: Any = None, today: dt.date | None = None) -> Accept:
    """``accept`` for the command line: extract, place and store each document at once (so Ctrl-C
    between items loses nothing), its counts added to the round's summary."""
    cached: dict[str, Any] = {}

    def accept(doc: Document, summary: IngestSummary) -> None:
        if "geocoder" not in cached:  # built at the first new document: a round with none loads nothing
            from geo.geocode import default_geocoder

            path = getattr(store, "path", None)
            cached["geocoder"] = geocoder if geocoder is not None else default_geocoder(
                db=path if path and path != ":memory:" else None)
        part = ingest_documents([doc], store, geocoder=cached["geocoder"], today=today)
        part.errors = [e if e.startswith(doc.url or "\0") else f"{doc.url}: {e}" for e in part.errors]
        merge(summary, part)

    return accept


def collecting(into: list[Document]) -> Accept:
    """``accept`` for the dashboard: keep the documents for its preview (nothing stored yet)."""
    def accept(doc: Document, summary: IngestSummary) -> None:
        into.append(doc)
        summary.documents_new += 1

    return accept


#: Items taken from one feed pasted into the dashboard (a preview of hundreds helps nobody).
DASHBOARD_MAX_ITEMS = 20


def fetch_links(store: Any, text: str, client: HttpClient | None = None) -> tuple[list[Document], list[str], int]:
    """The dashboard's links box: ``(documents to preview, one line per failure, links already stored)``.
    Private and loopback addresses are refused unless ``GEO_FETCH_ALLOW_PRIVATE=1``."""
    from geo.sources.http import FetchSettings, private_allowed

    docs: list[Document] = []
    client = client or HttpClient(FetchSettings.from_env(allow_private=private_allowed()))
    fetcher = Fetcher(store, client, collecting(docs), FetchOptions(max_items=DASHBOARD_MAX_ITEMS))
    summary = fetcher.run(read_url_list(text))
    return docs, summary.errors, summary.documents_unchanged
