"""RSS 2.0, Atom and RSS 1.0 (RDF) feeds: is this answer a feed, and what items does it list.

A feed is recognised from the answer (its root element), never from the URL.  Each item
gives its link, title, date, and its full text when the feed carries it (``content:encoded``
or Atom ``<content>``); a summary (``<description>``, ``<summary>``) is not taken for the
article, which is then fetched from its link.  Parsed with the standard library's expat,
which neither fetches external entities nor expands entity bombs.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from urllib.parse import urljoin

#: Namespace prefixes as they appear in ElementTree's tag names.
NS = {"atom": "{http://www.w3.org/2005/Atom}", "rss1": "{http://purl.org/rss/1.0/}",
      "rdf": "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}", "dc": "{http://purl.org/dc/elements/1.1/}",
      "content": "{http://purl.org/rss/1.0/modules/content/}"}
#: Root element (local name) -> feed format.
ROOTS = {"rss": "RSS 2.0", "feed": "Atom", "RDF": "RSS 1.0"}
XML_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml"}
_XML_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml|<rss|<feed|<rdf:RDF|<!--)")


@dataclass
class FeedItem:
    """One entry of a feed."""

    link: str
    title: str | None = None
    published: dt.datetime | None = None
    content: str | None = None       # the full article as the feed carries it (HTML or text), else None
    content_is_html: bool = True


@dataclass
class Feed:
    """A parsed feed: its format, title, site link and items in the feed's order."""

    format: str
    title: str | None = None
    site: str | None = None
    items: list[FeedItem] = field(default_factory=list)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def parse_date(value: str | None) -> dt.datetime | None:
    """RFC 822 (RSS ``pubDate``) or ISO 8601 (Atom, Dublin Core) date, or None when unreadable."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        pass
    try:
        return dt.datetime.combine(dt.date.fromisoformat(value[:10]), dt.time())
    except ValueError:
        return None


def parse_feed(body: bytes, content_type: str = "", base_url: str = "") -> Feed | None:
    """The feed in an answer, or None when the answer is not a feed (an HTML page, say)."""
    if content_type not in XML_TYPES and not _XML_START.match(body[:512]):
        return None
    try:
        root = ET.fromstring(body)
    except ET.ParseError:
        return None
    fmt = ROOTS.get(_local(root.tag))
    if fmt is None:
        return None
    reader = {"RSS 2.0": _rss2, "Atom": _atom, "RSS 1.0": _rss1}[fmt]
    feed = reader(root, base_url)
    feed.format = fmt
    return feed


def _text(el: ET.Element | None, path: str) -> str | None:
    found = el.find(path) if el is not None else None
    text = (found.text or "").strip() if found is not None else ""
    return text or None


def _rss2(root: ET.Element, base: str) -> Feed:
    channel = root.find("channel")
    feed = Feed("", _text(channel, "title"), _text(channel, "link"))
    for item in channel.findall("item") if channel is not None else []:
        link = _text(item, "link")
        guid = item.find("guid")
        if not link and guid is not None and (guid.get("isPermaLink", "true") == "true") and guid.text:
            link = guid.text.strip()
        if not link:
            continue
        feed.items.append(FeedItem(urljoin(base, link), _text(item, "title"),
                                   parse_date(_text(item, "pubDate") or _text(item, f"{NS['dc']}date")),
                                   _text(item, f"{NS['content']}encoded")))
    return feed


def _atom_link(entry: ET.Element) -> str | None:
    links = entry.findall(f"{NS['atom']}link")
    for link in links:
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href")
    return None


def _atom_content(entry: ET.Element) -> tuple[str | None, bool]:
    content = entry.find(f"{NS['atom']}content")
    if content is None or content.get("src"):
        return None, True
    kind = content.get("type", "text")
    if kind == "xhtml":
        inner = "".join(ET.tostring(child, encoding="unicode") for child in content)
        return inner.strip() or None, True
    return (content.text or "").strip() or None, kind == "html"


def _atom(root: ET.Element, base: str) -> Feed:
    a = NS["atom"]
    feed = Feed("", _text(root, f"{a}title"), _atom_link(root))
    for entry in root.findall(f"{a}entry"):
        link = _atom_link(entry)
        if not link:
            continue
        content, is_html = _atom_content(entry)
        feed.items.append(FeedItem(urljoin(base, link), _text(entry, f"{a}title"),
                                   parse_date(_text(entry, f"{a}published") or _text(entry, f"{a}updated")),
                                   content, is_html))
    return feed


def _rss1(root: ET.Element, base: str) -> Feed:
    r = NS["rss1"]
    channel = root.find(f"{r}channel")
    feed = Feed("", _text(channel, f"{r}title"), _text(channel, f"{r}link"))
    for item in root.findall(f"{r}item"):
        link = _text(item, f"{r}link") or item.get(f"{NS['rdf']}about")
        if not link:
            continue
        feed.items.append(FeedItem(urljoin(base, link), _text(item, f"{r}title"),
                                   parse_date(_text(item, f"{NS['dc']}date")),
                                   _text(item, f"{NS['content']}encoded")))
    return feed
