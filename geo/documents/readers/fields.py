"""A Document from one record's fields (a JSON object, a CSV row): shared by the record formats.

The checks live here so every format refuses the same things with the same
words: no text, a text over the size limit, a published date that is not ISO.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from geo.documents.limits import check_size
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
        published=parse_date(obj.get("published"), where) or published,
        title=obj.get("title") or None,
        url=obj.get("url") or None,
        language=obj.get("language") or None,
        path=default_id or None,
    )
