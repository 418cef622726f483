"""Telegram Desktop's channel export (``result.json``): each message with text is one document.

The export is one JSON object with the chat's ``name``, ``type``, ``id`` and ``messages``; a
message's ``text`` is a string, or a list of strings and entity objects (``{"type": "bold",
"text": ...}``).  Each message is published at its ``date``, titled with the channel's name, and
has a stable id and URL: ``https://t.me/<username>/<id>`` when the export's own links show the
channel's username (Telegram does not write it into the export), else Telegram's private-link
form ``https://t.me/c/<channel id>/<id>``.  Because the id is the URL, a newer export of the same
channel adds only the messages not stored yet.  Service messages ("channel created", "pinned"),
messages without text (a photo or video alone) and forwarded copies of a text already in the
export are left out and counted in one note.
The HTML export is read into the same messages by :mod:`geo.sources.telegram_html`.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterator

from geo.documents.limits import check_size, replace_surrogates, surrogates_note
from geo.documents.model import Document
from geo.errors import ReadError, ReadNote

#: Chat types Telegram Desktop writes (channels first: what analysts follow).
CHAT_TYPES = {"public_channel", "private_channel", "public_supergroup", "private_supergroup", "private_group",
              "personal_chat", "bot_chat", "saved_messages"}
#: A link to one post of a public channel: t.me/<username>/<message id>.
_POST_LINK = re.compile(r"(?:https?://)?(?:t|telegram)\.me/([A-Za-z][A-Za-z0-9_]{3,31})/(\d+)\b")
_SPACE = re.compile(r"\s+")


def is_telegram_export(obj: Any) -> bool:
    """A Telegram Desktop chat export: ``name``, a known ``type``, ``id`` and a list of ``messages``."""
    return (isinstance(obj, dict) and isinstance(obj.get("messages"), list) and obj.get("type") in CHAT_TYPES
            and "id" in obj and "name" in obj)


def message_text(value: Any) -> str:
    """A message's text: a string, or a list of strings and entities (each entity's ``text``)."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(part if isinstance(part, str) else str(part.get("text", "")) if isinstance(part, dict)
                       else "" for part in value)
    return ""


def _links(message: dict[str, Any]) -> Iterator[str]:
    """Every URL a message carries: its text and its entities' ``href``s."""
    text = message.get("text")
    yield message_text(text)
    entities = message.get("text_entities") or (text if isinstance(text, list) else [])
    for part in entities if isinstance(entities, list) else []:
        if isinstance(part, dict):
            yield str(part.get("href") or "")


def channel_username(messages: list[dict[str, Any]]) -> str | None:
    """The channel's username, from links to its own posts (t.me/<name>/<id> where <id> is a message
    of this export); the most frequent such name, or None when the links do not show it."""
    ids = {str(m.get("id")) for m in messages}
    found: Counter[str] = Counter()
    for message in messages:
        for text in _links(message):
            found.update(name for name, post in _POST_LINK.findall(text) if post in ids)
    ranked = found.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


@dataclass
class Skipped:
    """What the export held that is not a document, by kind."""

    counts: Counter[str] = field(default_factory=Counter)

    def note(self, where: str, name: str, read: int) -> ReadNote:
        parts = [f"{n} {kind}" for kind, n in self.counts.items() if n]
        return ReadNote(f"{where}: Telegram channel {name!r}: {read} message(s) with text read"
                        + (f"; skipped {', '.join(parts)}" if parts else ""))


def _published(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _left_out(message: dict[str, Any], text: str, seen: set[str]) -> str | None:
    """Why a message is not a document (the note's words), or None; ``seen`` gathers the texts read."""
    if message.get("type") != "message":
        return "service messages"
    if not text:
        return "without text (media only)"
    key = _SPACE.sub(" ", text).casefold()
    if message.get("forwarded_from") is not None and key in seen:
        return "forwarded duplicates"
    seen.add(key)
    return None


def _document(message: dict[str, Any], text: str, channel: str, name: str, where: str,
              max_bytes: int | None) -> Document:
    """One message's document; ReadError when its text is over the size limit.  Lone surrogates (half
    an emoji, which JSON can hold but no store can encode) become U+FFFD, counted and said."""
    page = message.get("file") or where  # the HTML export's page the message is on
    check_size(f"{page} message {message.get('id')}", len(text.encode("utf-8", "surrogatepass")), max_bytes)
    text, replaced = replace_surrogates(text)
    url = f"{channel}/{message.get('id')}"
    meta = {"feed": channel, "feed_kind": "telegram", "feed_title": name, "site_name": name,
            "telegram_message": message.get("id"), "published_at": message.get("date")}
    if message.get("forwarded_from"):
        meta["forwarded_from"] = replace_surrogates(str(message["forwarded_from"]))[0]
    doc = Document(text=text, id=url, url=url, title=name, published=_published(message.get("date")),
                   path=f"{page}#{message.get('id')}", meta=meta)
    if replaced:
        doc.meta["characters_replaced"] = replaced
        doc.notes.append(surrogates_note(f"{page} message {message.get('id')}", replaced))
    return doc


def telegram_documents(obj: dict[str, Any], where: str,
                       max_bytes: int | None = None) -> Iterator[Document | ReadError]:
    """The documents of a channel export, then one :class:`ReadNote` counting what was left out."""
    name = replace_surrogates(str(obj.get("name") or f"channel {obj.get('id')}"))[0]
    messages = [m for m in obj["messages"] if isinstance(m, dict)]
    username = channel_username(messages)
    if username:
        channel = f"https://t.me/{username}"
    else:  # the HTML export has no channel id: then its name stands in (stable while it keeps it)
        channel = f"https://t.me/c/{obj['id']}" if obj.get("id") is not None else f"telegram:{name}"
    skipped, seen, read = Skipped(), set[str](), 0
    for message in messages:
        text = message_text(message.get("text")).strip()
        left_out = _left_out(message, text, seen)
        if left_out:
            skipped.counts[left_out] += 1
            continue
        try:
            doc = _document(message, text, channel, name, where, max_bytes)
        except ReadError as exc:
            yield exc
            continue
        read += 1
        yield doc
    yield skipped.note(where, name, read)
