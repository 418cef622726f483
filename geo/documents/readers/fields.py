"""A Document from one record's fields (a JSON object, a CSV row): shared by the record formats.

The checks live here so every format refuses the same things with the same
words: no text, a text over the size limit, a published date that is not ISO.
A lone UTF-16 surrogate (JSON's ``"\\ud800"`` without its pair, left by a
scraper that cut an emoji in half) is not a character and cannot be stored: it
is replaced with U+FFFD, the document notes how many, and the reader says where.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from geo.documents.limits import check_size, replace_surrogates, surrogates_note
from geo.documents.model import Document
from geo.errors import ReadError


def parse_date(value: Any, where: str) -> dt.date | None:
    """An ISO date (a timestamp's day), None when empty; else a ReadError naming ``where``."""
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ReadError(f"{where}: bad published date {value!r} (want YYYY-MM-DD)") from None


#: The fields a record may give a document (besides the text), in the order they are checked.
TEXT_FIELDS = ("text", "title", "url", "language", "id", "published")


def _replace_surrogates(obj: dict[str, Any]) -> tuple[dict[str, Any], int]:
    """``(fields, how many characters were replaced)``: lone surrogates become U+FFFD."""
    fixed, count = dict(obj), 0
    for key in TEXT_FIELDS:
        if isinstance(fixed.get(key), str):
            fixed[key], n = replace_surrogates(fixed[key])
            count += n
    return fixed, count


def document_from_mapping(obj: Any, where: str, default_id: str = "",
                          published: dt.date | None = None, max_bytes: int | None = None) -> Document:
    """A Document from a JSON object with ``text`` and optional metadata."""
    if not isinstance(obj, dict):
        raise ReadError(f"{where}: expected a JSON object with a 'text' field")
    obj, replaced = _replace_surrogates(obj)
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ReadError(f"{where}: missing or empty 'text' field")
    check_size(where, len(text.encode("utf-8")), max_bytes)
    doc = Document(
        text=text,
        id=str(obj.get("id") or default_id or ""),
        published=parse_date(obj.get("published"), where) or published,
        title=obj.get("title") or None,
        url=obj.get("url") or None,
        language=obj.get("language") or None,
        path=default_id or None,
    )
    if replaced:
        doc.meta["characters_replaced"] = replaced
        doc.notes.append(surrogates_note(where, replaced))
    return doc
