"""JSON and JSON Lines: one object with a ``text`` field per document.

A JSON file holds one object or a list of them; a JSON Lines file one object a
line.  A bad item or line comes out as a :class:`ReadError` item and the rest
of the file is still read.
"""
from __future__ import annotations

import datetime as dt
import json
from typing import Iterator

from geo.documents.model import Document
from geo.documents.readers.decoding import decode_bytes
from geo.documents.readers.fields import document_from_mapping
from geo.errors import ReadError
from geo.sources.telegram import is_telegram_export, telegram_documents

JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


def read_json_file(raw: bytes, name: str, published: dt.date | None = None,
                   max_bytes: int | None = None) -> Iterator[Document | ReadError]:
    """The documents of a JSON file: one object, or a list of them (items numbered from 1)."""
    try:
        obj = json.loads(decode_bytes(raw, name), strict=False)
    except json.JSONDecodeError as exc:
        raise ReadError(f"{name}: invalid JSON ({exc.msg} at line {exc.lineno})") from None
    if is_telegram_export(obj):  # Telegram Desktop's channel export: one document a message
        yield from telegram_documents(obj, name, max_bytes)
        return
    if isinstance(obj, list):
        for i, item in enumerate(obj, 1):
            try:
                yield document_from_mapping(item, f"{name} item {i}", f"{name}#{i}", published, max_bytes)
            except ReadError as exc:
                yield exc
    else:
        yield document_from_mapping(obj, name, name, published, max_bytes)


def read_jsonl_file(raw: bytes, name: str, published: dt.date | None = None,
                    max_bytes: int | None = None) -> Iterator[Document | ReadError]:
    """The documents of a JSON Lines file, one a non-blank line (named by line number)."""
    for lineno, line in enumerate(decode_bytes(raw, name).splitlines(), 1):
        if not line.strip():
            continue
        where = f"{name} line {lineno}"
        try:
            obj = json.loads(line, strict=False)
        except json.JSONDecodeError as exc:
            yield ReadError(f"{where}: invalid JSON ({exc.msg})")
            continue
        try:
            yield document_from_mapping(obj, where, f"{name}#{lineno}", published, max_bytes)
        except ReadError as exc:
            yield exc
