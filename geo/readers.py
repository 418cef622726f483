"""Read documents from files: plain text, Markdown, JSON, JSON Lines, CSV and HTML.

``extract`` and ``ingest`` both read through :func:`read_path`, so they accept
the same inputs; :func:`read_paths` also walks folders.  A file that cannot be
read raises :class:`ReadError` naming the file (and row), and the caller goes
on with the next one.  Plain text may start with a front-matter block
(``---`` / ``title: ...`` / ``published: ...`` / ``url: ...`` / ``---``).

Limits (docs/LIMITS.md): a document may be at most :func:`max_doc_bytes`
(5 MB; ``GEO_MAX_DOC_BYTES`` or ``--max-bytes``), a file of many documents
(CSV, JSON, JSON Lines) at most :func:`max_file_bytes`.  Every document's
text is cleaned the same way (:func:`clean_text`): NUL and other control
characters are removed and endless runs of punctuation shortened, so no
input can stall the extractor.
"""
from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import os
import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Iterable, Iterator

from geo.documents import Document
from geo.errors import ReadError

TEXT_SUFFIXES = {".txt", ".md", ".text", ".markdown"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
CSV_SUFFIXES = {".csv"}
HTML_SUFFIXES = {".html", ".htm"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES | HTML_SUFFIXES
#: Formats holding many documents: the file may be larger than one document.
MULTI_DOCUMENT_SUFFIXES = JSON_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES

MAX_DOC_BYTES = 5_000_000
MAX_FILE_BYTES = 200_000_000
_UNITS = {"": 1, "b": 1, "k": 1_000, "kb": 1_000, "m": 1_000_000, "mb": 1_000_000, "g": 1_000_000_000,
          "gb": 1_000_000_000}


def parse_size(value: str | int) -> int:
    """``5000000``, ``5M``, ``5 MB``, ``800k`` -> bytes (decimal units, as file managers show them)."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*", str(value).lower())
    if not m or m.group(2) not in _UNITS or float(m.group(1)) <= 0:
        raise ValueError(f"bad size {value!r} (want bytes, or a number with k, M or G, e.g. 5M)")
    return int(float(m.group(1)) * _UNITS[m.group(2)])


def _size_from_env(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return parse_size(value)
    except ValueError as exc:
        raise ValueError(f"{name}: {exc}") from None


def max_doc_bytes() -> int:
    """The largest document (a text or HTML file, a row's text) read: ``GEO_MAX_DOC_BYTES``, default 5 MB."""
    return _size_from_env("GEO_MAX_DOC_BYTES", MAX_DOC_BYTES)


def max_file_bytes() -> int:
    """The largest CSV/JSON/JSON Lines file read: ``GEO_MAX_FILE_BYTES``, default 200 MB
    (JSON is parsed whole; split bigger collections into several files)."""
    return _size_from_env("GEO_MAX_FILE_BYTES", MAX_FILE_BYTES)


def human_size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n:,} bytes"


def _too_large(where: str, size: int, limit: int, what: str, knob: str) -> ReadError:
    return ReadError(f"{where}: too large ({human_size(size)}; the limit for {what} is {human_size(limit)}, "
                     f"set by {knob})")


def check_size(where: str, size: int, limit: int | None = None) -> None:
    """Refuse one document over the limit, naming it and the setting that raises the limit."""
    limit = max_doc_bytes() if limit is None else limit
    if size > limit:
        raise _too_large(where, size, limit, "one document", "--max-bytes or GEO_MAX_DOC_BYTES")


#: C0 control characters other than tab, line and page breaks (NUL included): never part of an article.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_CONTROL_BYTES = re.compile(_CONTROL.pattern.encode("ascii"))
#: Runs of punctuation longer than this are cut to it (separator lines stay; endless runs go).
MAX_PUNCTUATION_RUN = 100
_PUNCTUATION_RUN = re.compile(r"([^\w\s])[^\w\s]{%d,}" % MAX_PUNCTUATION_RUN)


def clean_text(text: str) -> tuple[str, int]:
    """``(text, characters removed)``: control characters dropped, punctuation runs shortened.

    Why: a NUL or escape code in the middle of scraped text is debris, and a
    megabyte of dots or dashes is padding, not prose; left in, the first breaks
    tools downstream and the second makes sentence splitting crawl.
    """
    cleaned = _CONTROL.sub("", text)
    cleaned = _PUNCTUATION_RUN.sub(lambda m: m.group(0)[:MAX_PUNCTUATION_RUN], cleaned)
    return cleaned, len(text) - len(cleaned)


def _cleaned(doc: Document) -> Document:
    text, removed = clean_text(doc.text)
    if not removed:
        return doc
    return dataclasses.replace(doc, text=text, meta={**doc.meta, "characters_removed": removed})


#: http(s), a host name (no user@ part to disguise the real host), an optional port, then no
#: white space, quotes, angle brackets or backslashes that could break out of an attribute.
_SAFE_URL = re.compile(r"(?i)https?://[\w.-]+(?::\d+)?(?:[/?#][^\s\"'<>\\`]*)?")


def safe_url(url: object) -> str | None:
    """The URL when it is a plain ``http``/``https`` address, safe to show as a link; else None.

    Documents keep whatever URL their source gave (it is provenance); anything
    shown as a link (dashboard, exports) goes through this, so ``javascript:``,
    ``data:`` and other schemes, or text with spaces or control characters,
    are shown as text only.
    """
    if not isinstance(url, str):
        return None
    candidate = url.strip()
    if not _SAFE_URL.fullmatch(candidate):
        return None
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in candidate):
        return None
    return candidate


def decode_bytes(raw: bytes, where: str) -> str:
    """Decode UTF-8 (with or without BOM, or UTF-16 with BOM), else Windows-1251 or KOI8-R."""
    head = raw[:4096]
    if len(_CONTROL_BYTES.findall(head)) * 20 > len(head) and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError(f"{where}: looks like a binary file (or UTF-16 without a byte-order mark), not text")
    for enc in ("utf-8-sig", "utf-16") if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig",):
        try:
            return _check_text(raw.decode(enc), where)
        except UnicodeDecodeError:
            pass
    try:
        return _check_text(raw.decode(single_byte_cyrillic(raw)), where)
    except UnicodeDecodeError:
        raise ReadError(f"{where}: not UTF-8, Windows-1251 or KOI8-R text") from None


def single_byte_cyrillic(raw: bytes) -> str:
    """``cp1251`` or ``koi8_r``: prose is mostly lower case, which the two code pages put in
    different halves of 0xC0-0xFF (cp1251 0xE0-0xFF, KOI8-R 0xC0-0xDF)."""
    upper_half = sum(1 for b in raw if b >= 0xE0)
    lower_half = sum(1 for b in raw if 0xC0 <= b < 0xE0)
    return "koi8_r" if lower_half > upper_half else "cp1251"


def _check_text(text: str, where: str) -> str:
    """Refuse decoded bytes that are mostly control characters: a binary file under a text name."""
    sample = text[:4096]
    if sample and len(_CONTROL.findall(sample)) > len(sample) // 20:
        raise ReadError(f"{where}: looks like a binary file, not text")
    return text


def _parse_date(value: Any, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ReadError(f"{where}: bad published date {value!r} (want YYYY-MM-DD)") from None


def document_from_mapping(obj: Any, where: str, default_id: str = "",
                          published: dt.date | None = None, max_bytes: int | None = None) -> Document:
    """A Document from a JSON object with ``text`` and optional metadata."""
    if not isinstance(obj, dict):
        raise ReadError(f"{where}: expected a JSON object with a 'text' field")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ReadError(f"{where}: missing or empty 'text' field")
    check_size(where, len(text.encode("utf-8", "surrogatepass")), max_bytes)
    return Document(
        text=text,
        id=str(obj.get("id") or default_id or ""),
        published=_parse_date(obj.get("published"), where) or published,
        title=obj.get("title") or None,
        url=obj.get("url") or None,
        language=obj.get("language") or None,
        path=default_id or None,
    )


#: front-matter key (lower case) -> Document field
FRONT_MATTER_KEYS = {"title": "title", "published": "published", "date": "published", "url": "url",
                     "link": "url", "source": "url", "language": "language", "lang": "language", "id": "id"}
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """``(metadata, body)``: a leading ``---`` block of ``key: value`` lines, if there is one."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    meta: dict[str, str] = {}
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(":")
        if not sep:
            return {}, text  # not front matter after all (e.g. a Markdown rule)
        meta[key.strip().lower()] = value.strip().strip("\"'")
    return meta, text[m.end():]


MAX_HEADLINE = 200


def headline(text: str) -> str | None:
    """A plain-text article's first line when it stands alone like a headline (short, then a blank line)."""
    lines = text.lstrip("\ufeff \t\r\n").splitlines()
    if len(lines) >= 2 and not lines[1].strip() and 0 < len(lines[0].strip()) <= MAX_HEADLINE:
        return lines[0].strip().lstrip("# ").strip() or None
    return None


def read_text_file(raw: bytes, name: str, published: dt.date | None = None,
                   max_bytes: int | None = None) -> Iterator[Document]:
    text = decode_bytes(raw, name)
    meta, body = split_front_matter(text)
    if not body.strip():
        raise ReadError(f"{name}: the file is empty")
    fields = {FRONT_MATTER_KEYS[k]: v for k, v in meta.items() if k in FRONT_MATTER_KEYS and v}
    fields.setdefault("title", headline(body))
    yield Document(text=body, id=fields.get("id") or name,
                   published=_parse_date(fields.get("published"), name) or published,
                   title=fields.get("title"), url=fields.get("url"), language=fields.get("language"),
                   path=name, meta={k: v for k, v in meta.items() if k not in FRONT_MATTER_KEYS})


def read_json_file(raw: bytes, name: str, published: dt.date | None = None,
                   max_bytes: int | None = None) -> Iterator[Document]:
    try:
        obj = json.loads(decode_bytes(raw, name), strict=False)
    except json.JSONDecodeError as exc:
        raise ReadError(f"{name}: invalid JSON ({exc.msg} at line {exc.lineno})") from None
    if isinstance(obj, list):
        for i, item in enumerate(obj, 1):
            try:
                yield document_from_mapping(item, f"{name} item {i}", f"{name}#{i}", published, max_bytes)
            except ReadError as exc:
                yield exc  # type: ignore[misc]
    else:
        yield document_from_mapping(obj, name, name, published, max_bytes)


def read_jsonl_file(raw: bytes, name: str, published: dt.date | None = None,
                    max_bytes: int | None = None) -> Iterator[Document]:
    for lineno, line in enumerate(decode_bytes(raw, name).splitlines(), 1):
        if not line.strip():
            continue
        where = f"{name} line {lineno}"
        try:
            obj = json.loads(line, strict=False)
        except json.JSONDecodeError as exc:
            yield ReadError(f"{where}: invalid JSON ({exc.msg})")  # type: ignore[misc]
            continue
        try:
            yield document_from_mapping(obj, where, f"{name}#{lineno}", published, max_bytes)
        except ReadError as exc:
            yield exc  # type: ignore[misc]


#: CSV header (lower case) -> Document field; the text column is required.
CSV_COLUMNS = {"text": "text", "body": "text", "content": "text", "published": "published", "date": "published",
               "title": "title", "headline": "title", "url": "url", "link": "url", "id": "id",
               "language": "language", "lang": "language"}


def csv_delimiter(text: str) -> str:
    """The delimiter (``,``, ``;`` or tab) that makes the header name a text column."""
    header = text.lstrip("\ufeff").split("\n", 1)[0]
    for delimiter in (",", ";", "\t"):
        names = {h.strip().strip('"').lower() for h in header.split(delimiter)}
        if any(CSV_COLUMNS.get(n) == "text" for n in names):
            return delimiter
    return ","


def read_csv_file(raw: bytes, name: str, published: dt.date | None = None,
                  max_bytes: int | None = None) -> Iterator[Document]:
    """One document per row: a text column plus optional published, title, url, id, language."""
    text = decode_bytes(raw, name)
    if not text.strip():
        raise ReadError(f"{name}: the file is empty")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=csv_delimiter(text))
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise ReadError(f"{name}: no CSV header ({exc})") from None
    columns = {i: CSV_COLUMNS[h.strip().lower()] for i, h in enumerate(header) if h.strip().lower() in CSV_COLUMNS}
    if "text" not in columns.values():
        raise ReadError(f"{name}: no 'text' column in the CSV header ({', '.join(header)[:200]})")
    csv.field_size_limit(max(csv.field_size_limit(), 50_000_000))
    while True:
        line = reader.line_num + 1
        where = f"{name} line {line}"
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield ReadError(f"{where}: broken CSV ({exc})")  # type: ignore[misc]
            continue
        if not any(cell.strip() for cell in row):
            continue
        obj: dict[str, str] = {}
        for i, fieldname in columns.items():
            if i < len(row) and row[i].strip() and fieldname not in obj:
                obj[fieldname] = row[i]
        try:
            yield document_from_mapping(obj, where, f"{name}#{line}", published, max_bytes)
        except ReadError as exc:
            yield exc  # type: ignore[misc]


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
        page_date = _parse_date(parser.meta.get("published"), name)
    except ReadError:
        page_date = None  # a page's odd date format is not worth losing the article
    first_line = body.split("\n", 1)[0].strip()
    headed = not title or first_line == title or (h1 and first_line == h1)  # the headline is in the text
    yield Document(text=body if headed else f"{title}\n\n{body}",
                   id=name, published=page_date or published, title=title, url=parser.meta.get("url"),
                   language=(parser.meta.get("language") or "")[:2].lower() or None, path=name)


#: suffix -> reader(raw bytes, display name, published) yielding Documents (or ReadErrors
#: for single bad rows, so one broken row does not lose the rest of the file).
READERS = {
    **{s: read_text_file for s in TEXT_SUFFIXES},
    **{s: read_json_file for s in JSON_SUFFIXES},
    **{s: read_jsonl_file for s in JSONL_SUFFIXES},
    **{s: read_csv_file for s in CSV_SUFFIXES},
    **{s: read_html_file for s in HTML_SUFFIXES},
}


def read_path(path: str, published: dt.date | None = None,
              max_bytes: int | None = None) -> Iterator[Document | ReadError]:
    """Documents in one file (``-`` is standard input, read as plain text), or in a folder.

    Yields :class:`ReadError` items for bad rows inside a file; raises it when
    the whole file is unreadable or over the size limit (``max_bytes`` per
    document, default :func:`max_doc_bytes`).
    """
    limit = max_doc_bytes() if max_bytes is None else max_bytes
    for item in _read_path(path, published, limit):
        yield _cleaned(item) if isinstance(item, Document) else item


def _read_path(path: str, published: dt.date | None, limit: int) -> Iterator[Document | ReadError]:
    if path == "-":
        raw = sys.stdin.buffer.read(limit + 1)
        check_size("-", len(raw), limit)
        yield from read_text_file(raw, "-", published)
        return
    p = Path(path)
    if not p.exists():
        raise ReadError(f"{path}: no such file")
    if p.is_dir():
        yield from read_paths([path], published, max_bytes=limit)
        return
    suffix = p.suffix.lower()
    reader = READERS.get(suffix, read_text_file)
    try:
        size = p.stat().st_size
        if suffix in MULTI_DOCUMENT_SUFFIXES:
            if size > max_file_bytes():
                raise _too_large(path, size, max_file_bytes(), "a CSV/JSON file", "GEO_MAX_FILE_BYTES")
        else:
            check_size(path, size, limit)
        raw = p.read_bytes()
    except OSError as exc:
        raise ReadError(f"{path}: cannot read ({exc.strerror or exc})") from None
    yield from reader(raw, path, published, limit)


def iter_paths(paths: Iterable[str]) -> Iterator[str]:
    """Files to read: each path as given, folders walked recursively (supported suffixes only,
    hidden files skipped, in name order).  Missing paths pass through so the reader reports them."""
    for path in paths:
        p = Path(path)
        if path != "-" and p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES
                           and not any(part.startswith(".") for part in f.relative_to(p).parts))
            yield from (str(f) for f in found)
        else:
            yield path


def read_paths(paths: Iterable[str], published: dt.date | None = None,
               max_bytes: int | None = None) -> Iterator[Document | ReadError]:
    """Every document under ``paths`` (files and folders); unreadable files come out as ReadError items."""
    for path in iter_paths(paths):
        try:
            yield from read_path(path, published, max_bytes=max_bytes)
        except ReadError as exc:
            yield exc
