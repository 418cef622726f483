"""HTML: the article text of a saved web page, with its title, date and URL (stdlib html.parser).

Scripts, styles and page furniture (navigation, "read also" boxes, captions,
share bars) are dropped, by tag and by class, id or role; when the class names
would drop most of the page, it is read by tags alone.  Blocks become lines.
"""
from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
from typing import Iterator

from geo.documents.model import Document
from geo.documents.readers.decoding import decode_bytes
from geo.documents.readers.fields import parse_date
from geo.errors import ReadError
from geo.sources.telegram_html import html_export_documents, is_telegram_html

HTML_SUFFIXES = {".html", ".htm"}

#: Elements whose content is never article text.
HTML_SKIP = {"script", "style", "noscript", "template", "svg", "iframe", "nav", "footer", "aside", "form",
             "button", "select", "head", "figcaption"}
HTML_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section",
               "blockquote", "tr", "table", "header", "main", "figure", "figcaption", "pre", "hr", "dd", "dt"}
HTML_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
#: Words in an element's class or id that mark page furniture inside an article: "read also" and
#: related-story boxes, photo captions and credits, share and newsletter blocks, tickers.  Their
#: headlines are other days' events; a caption's date is the photo's, not the incident's.
HTML_CHROME_WORDS = ("related", "read-also", "readalso", "also-read", "read-more", "readmore", "more-news",
                     "recommended", "recommendations", "teaser", "promo", "advert", "ad", "ads", "banner",
                     "share", "sharing", "social", "newsletter", "subscribe", "subscription", "breadcrumb",
                     "breadcrumbs", "tags", "comments", "caption", "credit", "credits", "ticker", "cookie",
                     "popup", "modal", "sidebar", "widget")
_CHROME = re.compile(r"(?:^|[\s_-])(?:" + "|".join(re.escape(w) for w in HTML_CHROME_WORDS) + r")(?:$|[\s_-])",
                     re.I)
#: ARIA roles of page furniture.
HTML_CHROME_ROLES = {"navigation", "banner", "contentinfo", "complementary", "dialog"}
#: <meta> name/property -> Document field (first found wins)
HTML_META = {"og:title": "title", "twitter:title": "title", "article:published_time": "published",
             "date": "published", "pubdate": "published", "datepublished": "published",
             "dc.date": "published", "og:url": "url", "og:locale": "language"}


def _is_chrome(tag: str, attrs: dict[str, str], by_class: bool = True) -> bool:
    """An element whose content is not the article's (by tag, and unless ``by_class`` is off, by
    class, id or role)."""
    if tag in HTML_SKIP:
        return True
    if not by_class:
        return False
    if attrs.get("role", "").lower() in HTML_CHROME_ROLES:
        return True
    marks = f"{attrs.get('class', '')} {attrs.get('id', '')}".strip()
    return bool(marks) and tag not in ("article", "main", "body", "html") and bool(_CHROME.search(marks))


class _HTMLText(HTMLParser):
    """Article text from markup: scripts, styles and page chrome dropped, blocks kept as lines."""

    def __init__(self, by_class: bool = True) -> None:
        super().__init__(convert_charrefs=True)
        self.by_class = by_class
        self.open: list[tuple[str, bool]] = []  # open elements: (tag, starts skipped content)
        self.skip = 0                           # how many open elements are skipped content
        self.in_title = False
        self.in_h1 = False
        self.h1 = ""                            # the page's headline, when it has one
        self.parts: list[str] = []
        self.article: list[str] | None = None
        self.article_depth = 0
        self.meta: dict[str, str] = {}
        self.title = ""

    def _emit(self, s: str) -> None:
        self.parts.append(s)
        if self.article is not None and self.article_depth:
            self.article.append(s)

    def _close(self, tag: str) -> None:
        """Close ``tag`` and whatever was left open inside it (HTML often leaves <p> and <li> open)."""
        if not any(t == tag for t, _ in self.open):
            return
        while self.open:
            t, skipped = self.open.pop()
            self.skip -= skipped
            if t == tag:
                return

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key in HTML_META and a.get("content"):
                self.meta.setdefault(HTML_META[key], a["content"])
        elif tag == "html" and a.get("lang"):
            self.meta.setdefault("language", a["lang"])
        elif tag == "link" and a.get("rel", "").lower() == "canonical" and a.get("href"):
            self.meta.setdefault("url", a["href"])
        elif tag == "time" and a.get("datetime"):
            self.meta.setdefault("published", a["datetime"])
        elif tag == "title":
            self.in_title = True
        elif tag == "h1" and not self.h1 and not self.skip:
            self.in_h1 = True
        elif tag == "body":
            self._close("head")  # HTML may leave </head> out
        if tag in HTML_VOID:
            if tag in HTML_BLOCKS:
                self._emit("\n")
            return
        chrome = _is_chrome(tag, a, self.by_class)
        self.open.append((tag, chrome))
        self.skip += chrome
        if tag == "article" and not chrome:
            self.article = self.article if self.article is not None else []
            self.article_depth += 1
        if tag in HTML_BLOCKS:
            self._emit("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag == "h1":
            self.in_h1 = False
        self._close(tag)
        if tag == "article" and self.article_depth:
            self.article_depth -= 1
        if tag in HTML_BLOCKS:
            self._emit("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        elif not self.skip:
            if self.in_h1:
                self.h1 += data
            self._emit(data)

    def text(self) -> str:
        chosen = self.article if self.article and "".join(self.article).strip() else self.parts
        lines = (re.sub(r"[ \t\r\f\v\xa0]+", " ", line).strip() for line in "".join(chosen).split("\n"))
        return "\n\n".join(line for line in lines if line)


_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", re.I)


#: Dropping furniture by class names may remove at most this share of the text; a page where it
#: removes more (a whole article body classed "post has-related") is read by tags alone.
CHROME_MAX_SHARE = 0.5


def _parse_html(markup: str, by_class: bool) -> tuple[_HTMLText, str]:
    parser = _HTMLText(by_class)
    parser.feed(markup)
    parser.close()
    return parser, parser.text()


def read_html_or_telegram_file(raw: bytes, name: str, published: dt.date | None = None,
                              max_bytes: int | None = None) -> Iterator[Document | ReadError]:
    """An HTML file: a web page (:func:`read_html_file`), or a page of a Telegram Desktop HTML export
    (an upload, or a page read alone), whose messages are one document each."""
    if is_telegram_html(raw):
        return html_export_documents([(name, raw)], name, max_bytes)
    return read_html_file(raw, name, published, max_bytes)


def read_html_file(raw: bytes, name: str, published: dt.date | None = None,
                   max_bytes: int | None = None) -> Iterator[Document]:
    """The article text of a web page (stdlib html.parser), with its title, date and URL."""
    declared = _CHARSET.search(raw[:4096])
    text = None
    if declared:
        try:
            text = raw.decode(declared.group(1).decode("ascii").lower().replace("utf8", "utf-8"))
        except (LookupError, UnicodeDecodeError):
            text = None
    markup = text if text is not None else decode_bytes(raw, name)
    parser, body = _parse_html(markup, by_class=True)
    if len(body) < (1 - CHROME_MAX_SHARE) * len(_parse_html(markup, by_class=False)[1]):
        parser, body = _parse_html(markup, by_class=False)  # a class name misled us (an "article share-bar")
    if not body.strip():
        raise ReadError(f"{name}: no article text in the HTML")
    h1 = re.sub(r"\s+", " ", parser.h1).strip()
    title = (parser.meta.get("title") or h1 or re.sub(r"\s+", " ", parser.title).strip()) or None
    try:
        page_date = parse_date(parser.meta.get("published"), name)
    except ReadError:
        page_date = None  # a page's odd date format is not worth losing the article
    first_line = body.split("\n", 1)[0].strip()
    headed = not title or first_line == title or (h1 and first_line == h1)  # the headline is in the text
    yield Document(text=body if headed else f"{title}\n\n{body}",
                   id=name, published=page_date or published, title=title, url=parser.meta.get("url"),
                   language=(parser.meta.get("language") or "")[:2].lower() or None, path=name)
