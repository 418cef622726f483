"""Telegram Desktop's HTML export (``messages.html``, ``messages2.html``, …): the same documents as its JSON.

Telegram Desktop's "Export chat history" in HTML writes a folder with one page per thousand
messages.  Each page has the channel's name in its header (``div.page_header``) and, in
``div.history``, one ``div.message`` per message: ``default`` ones (``id="message123"``) with a
``div.body`` holding ``div.date[title]`` ("02.03.2025 07:15:00 UTC+03:00"), ``div.from_name``
(left out on "joined" messages, the same sender's next ones), ``div.text`` and, for a forward,
a ``div.forwarded.body`` naming the source; ``service`` ones (channel created, pinned; negative
ids are the day headers, not messages).  The pages are parsed with lxml (a real HTML parser,
lenient with broken markup) into the JSON export's message shape, and
:func:`geo.sources.telegram.telegram_documents` makes the documents, so both exports give the
same ids (``https://t.me/<channel>/<id>`` when the links show the channel), skip and count the
same messages, and a newer export adds only new ones.  The HTML export has no channel id: when
no link names the channel, its ids are ``telegram:<channel name>/<id>``.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterable, Iterator

import lxml.etree
import lxml.html

from geo.documents.limits import FILE_LIMIT_KNOB, max_file_bytes, printable, too_large
from geo.documents.model import Document
from geo.errors import ReadError
from geo.sources.telegram import telegram_documents

#: The export's page names: messages.html, messages2.html, … (the number is the page's place).
PAGE_NAME = re.compile(r"^messages(\d*)\.html$", re.IGNORECASE)
#: Markup every page of the export has, looked for in its first bytes before parsing.
_MARKERS = (b'class="page_wrap"', b'class="history"')
_SNIFF_BYTES = 16_384
_MESSAGE_ID = re.compile(r"^message(-?\d+)$")
_DATE = re.compile(r"(\d{2})\.(\d{2})\.(\d{4}) (\d{2}):(\d{2}):(\d{2})(?: (UTC)(?:([+-]\d{2}):?(\d{2}))?)?")
#: A link to one post of a private channel: t.me/c/<channel id>/<message id>.
_PRIVATE_POST_LINK = re.compile(r"(?:https?://)?t\.me/c/(\d+)/(\d+)\b")


def is_telegram_html(raw: bytes) -> bool:
    """A page of Telegram Desktop's HTML export, by the markup its first bytes always have."""
    head = raw[:_SNIFF_BYTES]
    return all(marker in head for marker in _MARKERS)


def page_number(path: str | Path) -> int | None:
    """1 for ``messages.html``, N for ``messagesN.html``, None for any other name."""
    found = PAGE_NAME.match(Path(path).name)
    return None if found is None else int(found.group(1) or 1)


def export_folder(path: str | Path) -> Path | None:
    """The export folder when ``path`` is a page of a Telegram HTML export, else None."""
    p = Path(path)
    if page_number(p) is None or not p.is_file():
        return None
    try:
        with p.open("rb") as f:
            return p.parent if is_telegram_html(f.read(_SNIFF_BYTES)) else None
    except OSError:
        return None


def export_pages(folder: Path) -> list[Path]:
    """The export's pages in their order (messages.html first, then messages2.html, …)."""
    pages = [p for p in folder.iterdir() if page_number(p) is not None and p.is_file()]
    return sorted(pages, key=lambda p: page_number(p) or 0)


def _classes(el: Any) -> set[str]:
    return set(str(el.get("class") or "").split())


def _first(el: Any, *classes: str) -> Any:
    """The first ``div`` under ``el`` carrying every class in ``classes``, or None."""
    return next((d for d in el.iter("div") if d is not el and _classes(d) >= set(classes)), None)


def _text(el: Any) -> str:
    """An element's text, ``<br>`` as line breaks, each line trimmed (the export indents its markup)."""
    for br in el.iter("br"):
        br.tail = "\n" + (br.tail or "")
    return "\n".join(line.strip() for line in str(el.text_content()).strip().splitlines())


def _iso_date(title: str) -> str | None:
    """``"02.03.2025 07:15:00 UTC+03:00"`` → ``"2025-03-02T07:15:00+03:00"``; ``UTC`` alone is ``+00:00``,
    and older exports give no zone (the exporter's local time, as the JSON export does)."""
    m = _DATE.search(title)
    if m is None:
        return None
    day, month, year, hh, mm, ss, utc, off_h, off_m = m.groups()
    zone = f"{off_h}:{off_m}" if off_h else "+00:00" if utc else ""
    return f"{year}-{month}-{day}T{hh}:{mm}:{ss}{zone}"


def _message(div: Any, number: int, where: str) -> dict[str, Any]:
    """One ``div.message`` in the JSON export's shape: id, type, date, text, forwarded_from, links."""
    if "service" in _classes(div):
        return {"id": number, "type": "service", "text": "", "file": where}
    date = _first(div, "date")
    text_div = _first(div, "text")
    forwarded = _first(div, "forwarded", "body")
    message: dict[str, Any] = {"id": number, "type": "message", "file": where,
                               "date": _iso_date(str(date.get("title") or "")) if date is not None else None,
                               "text": _text(text_div) if text_div is not None else ""}
    if text_div is not None:
        message["text_entities"] = [{"type": "text_link", "href": str(a.get("href") or "")}
                                    for a in text_div.iter("a")]
    if forwarded is not None:
        source = _first(forwarded, "from_name")
        message["forwarded_from"] = (str(source.text or "").strip() if source is not None else "") or "?"
    return message


def read_page(raw: bytes, where: str) -> tuple[str, list[dict[str, Any]]]:
    """``(channel name, messages)`` of one page; ReadError when it is not a page of the export."""
    from geo.documents.readers.decoding import decode_bytes  # here: the readers' package imports this module

    try:
        root = lxml.html.document_fromstring(decode_bytes(raw, where))
    except (ValueError, lxml.etree.ParserError) as exc:
        raise ReadError(f"{where}: not a Telegram HTML export page ({exc})") from None
    header = next((d for d in root.iter("div") if "page_header" in _classes(d)), None)
    history = next((d for d in root.iter("div") if "history" in _classes(d)), None)
    if history is None:
        raise ReadError(f"{where}: not a Telegram HTML export page (no message history in it)")
    name_div = _first(header, "text") if header is not None else None
    name = re.sub(r"\s+", " ", _text(name_div)).strip() if name_div is not None else ""
    messages = []
    for div in history.iter("div"):
        found = _MESSAGE_ID.match(str(div.get("id") or ""))
        if found and "message" in _classes(div) and int(found.group(1)) > 0:  # <= 0: a day's header
            messages.append(_message(div, int(found.group(1)), where))
    return name, messages


def private_channel_id(messages: list[dict[str, Any]]) -> str | None:
    """A private channel's id from links to its own posts (t.me/c/<id>/<message of this export>)."""
    ids = {str(m.get("id")) for m in messages}
    found = {channel for m in messages for e in m.get("text_entities") or []
             for channel, post in _PRIVATE_POST_LINK.findall(str(e.get("href") or "")) if post in ids}
    return found.pop() if len(found) == 1 else None


def html_export_documents(pages: Iterable[tuple[str, bytes | ReadError]], where: str,
                          max_bytes: int | None = None) -> Iterator[Document | ReadError]:
    """The documents of an export's pages (``(name, bytes)`` in page order, or ``(name, why it could not
    be read)``), then one note on what was left out.  A bad page is one ReadError; the rest are read."""
    channel, messages = "", []
    for name, raw in pages:
        try:
            if isinstance(raw, ReadError):
                raise raw
            title, found = read_page(raw, name)
        except ReadError as exc:
            yield exc
            continue
        channel = channel or title
        messages.extend(found)
    if messages or channel:
        chat = {"name": channel or Path(where).name, "id": private_channel_id(messages), "messages": messages}
        yield from telegram_documents(chat, where, max_bytes)


def _page_bytes(page: Path, name: str) -> bytes | ReadError:
    """One page's bytes (a page may be as large as a CSV/JSON file: it holds a thousand messages)."""
    try:
        size = page.stat().st_size
        if size > max_file_bytes():
            return too_large(name, size, max_file_bytes(), "a Telegram export page", FILE_LIMIT_KNOB)
        return page.read_bytes()
    except OSError as exc:
        return ReadError(f"{name}: cannot read ({exc.strerror or exc})")


def read_export_folder(folder: Path, max_bytes: int | None = None) -> Iterator[Document | ReadError]:
    """Every page of the export in ``folder``, read as one export."""
    pages = ((printable(str(page)), _page_bytes(page, printable(str(page)))) for page in export_pages(folder))
    yield from html_export_documents(pages, printable(str(folder)), max_bytes)
