"""A fetched web page to a Document: trafilatura and the project's HTML reader, each where it is better.

trafilatura finds the main text of pages built from anonymous ``<div>`` blocks (menus, "popular"
lists, footers that the project's reader, which goes by tags and class names, keeps), and reads
dates from JSON-LD and meta tags and the site's name.  The project's reader is precise where a
page marks its story up (``<article>``, furniture classes such as "read-also" or "related") and
trafilatura keeps a "Read also" line or an aside.  So a paragraph is kept when trafilatura found it
*and* the project's reader did not drop it; when trafilatura finds nothing, the reader's text is
taken whole.  Metadata: the reader's title (``og:title``, the headline), trafilatura's date
(JSON-LD, meta tags; no guessing from the text), else the reader's, else the feed item's.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from typing import Any
from urllib.parse import urlsplit

from geo.documents.limits import check_size, cleaned_document
from geo.documents.model import Document
from geo.documents.readers.html_page import read_html_file
from geo.errors import FetchError, ReadError
from geo.sources.charset import decode_page

#: trafilatura's settings: no comments, tables or images; dates only from markup, never guessed from
#: the text (a "read also" date is not the article's).
TRAFILATURA_OPTIONS: dict[str, Any] = {"include_comments": False, "include_tables": False, "include_images": False,
                                       "with_metadata": True}
log = logging.getLogger(__name__)


def _date_options() -> dict[str, Any]:
    """htmldate's settings (trafilatura 2.0 wants every one of them given, ``max_date`` included)."""
    return {"extensive_search": False, "original_date": True, "max_date": dt.date.today().isoformat()}
_SPACE = re.compile(r"\s+")
#: A tag first in the markup that makes the project's reader decode it as UTF-8 (it is re-encoded so).
_AS_UTF8 = b'<meta charset="utf-8">'


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


def _trafilatura(markup: str, url: str) -> tuple[str, dict[str, str]]:
    """``(main text, {title, date, sitename})`` from trafilatura; empty when it finds nothing."""
    import trafilatura  # imported here: it takes a moment, and only fetching needs it

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # its "discarding..." notes are not ours
    try:
        found = trafilatura.bare_extraction(markup, url=url, date_extraction_params=_date_options(),
                                           **TRAFILATURA_OPTIONS)
    except Exception as exc:  # a parser failure on odd markup: the project's reader still reads the page
        log.warning("trafilatura could not read %s (%s: %s); the project's reader alone is used",
                    url, type(exc).__name__, exc)
        return "", {}
    if found is None:
        return "", {}
    def field(name: str) -> str:  # a Document object, or a dict from older trafilatura versions
        value = found.get(name) if isinstance(found, dict) else getattr(found, name, None)
        return str(value or "")

    return field("text"), {k: field(k) for k in ("title", "date", "sitename")}


def combine_text(main: str, reader_text: str) -> str:
    """trafilatura's paragraphs that the project's reader also kept, one a paragraph; the reader's
    text when none are left (trafilatura found nothing, or only what the reader dropped)."""
    kept_by_reader = _norm(reader_text)
    lines = {_norm(line): line.strip() for line in main.split("\n") if line.strip()}  # each paragraph once
    kept = [line for key, line in lines.items() if key in kept_by_reader]
    return "\n\n".join(kept) if kept else reader_text


def _headed(text: str, title: str | None) -> str:
    """The text with its headline as the first paragraph (as the project's readers give it)."""
    if not title or _norm(text.split("\n", 1)[0]) == _norm(title):
        return text
    return f"{title}\n\n{text}"


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def read_page(body: bytes, url: str, content_type: str = "", item_date: dt.date | None = None,
              final_url: str | None = None) -> Document:
    """The article on a fetched page; ``url`` is the link as asked (the document's id and URL),
    ``final_url`` where redirects ended, ``item_date`` the feed item's date for a page without one."""
    markup, codec = decode_page(body, content_type)
    try:
        check_size(url, len(markup.encode("utf-8", "replace")))
        (reader_doc,) = read_html_file(_AS_UTF8 + markup.encode("utf-8", "replace"), url)
    except ReadError as exc:
        raise FetchError(url, str(exc).removeprefix(f"{url}: ")) from None
    main, meta = _trafilatura(markup, final_url or url)
    title = reader_doc.title or meta.get("title") or None
    text = _headed(combine_text(main, reader_doc.text), title) if main else reader_doc.text
    site = meta.get("sitename") or urlsplit(final_url or url).hostname or None
    page_date = _date(meta.get("date")) or reader_doc.published
    extra = {"site_name": site, "encoding": codec, "page_date": page_date.isoformat() if page_date else None,
             "final_url": final_url if final_url and final_url != url else None,
             "canonical_url": reader_doc.url if reader_doc.url and reader_doc.url != url else None}
    return cleaned_document(Document(text=text, id=url, published=page_date or item_date, title=title, url=url,
                                     language=reader_doc.language,
                                     meta={k: v for k, v in extra.items() if v}))


def read_feed_content(content: str, is_html: bool, url: str, title: str | None,
                      published: dt.date | None) -> Document:
    """An item whose full text the feed carries: its HTML read by the project's reader."""
    if is_html:
        try:
            (doc,) = read_html_file(_AS_UTF8 + content.encode("utf-8", "replace"), url)
            text = doc.text
        except ReadError:
            raise FetchError(url, "the feed's content for this item has no text") from None
    else:
        text = content.strip()
    return cleaned_document(Document(text=_headed(text, title), id=url, published=published, title=title, url=url,
                                     meta={"from_feed_content": True}))
