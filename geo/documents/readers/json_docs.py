"""JSON and JSON Lines: one object with a ``text`` field per document.

A JSON file holds one object or a list of them; a JSON Lines file one object a
line.  A bad item or line comes out as a :class:`ReadError` item and the rest
of the file is still read.  JSON nested too deeply for the parser (``[[[[...``)
is reported with the line where the nesting runs away, never as a crash.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any, Iterator

from geo.documents.model import Document
from geo.documents.readers.decoding import decode_bytes
from geo.documents.readers.fields import document_from_mapping
from geo.errors import ReadError
from geo.sources.telegram import is_telegram_export, telegram_documents

JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
#: Nesting deeper than this is named in the message (an article needs two or three levels; the
#: parser itself gives up somewhat below Python's recursion limit, about 1,000).
REPORTED_DEPTH = 100
_STRING_OR_BRACKET = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def deep_line(text: str, depth: int = REPORTED_DEPTH) -> int:
    """The line on which brackets outside strings first nest more than ``depth`` deep (1 if never)."""
    level = 0
    for m in _STRING_OR_BRACKET.finditer(text):
        token = m.group()
        if token in "[{":
            level += 1
            if level > depth:
                return text.count("\n", 0, m.start()) + 1
        elif token in "]}":
            level -= 1
    return 1


def too_deep(where: str) -> ReadError:
    return ReadError(f"{where}: invalid JSON (nested too deeply: brackets more than {REPORTED_DEPTH} levels "
                     "deep; an article needs two or three)")


def _parse(text: str) -> Any:
    return json.loads(text, strict=False)


def read_json_file(raw: bytes, name: str, published: dt.date | None = None,
                   max_bytes: int | None = None) -> Iterator[Document | ReadError]:
    """The documents of a JSON file: one object, or a list of them (items numbered from 1)."""
    text = decode_bytes(raw, name)
    try:
        obj = _parse(text)
    except json.JSONDecodeError as exc:
        raise ReadError(f"{name}: invalid JSON ({exc.msg} at line {exc.lineno})") from None
    except RecursionError:
        raise too_deep(f"{name} line {deep_line(text)}") from None
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
            obj = _parse(line)
        except json.JSONDecodeError as exc:
            yield ReadError(f"{where}: invalid JSON ({exc.msg})")
            continue
        except RecursionError:
            yield too_deep(where)
            continue
        try:
            yield document_from_mapping(obj, where, f"{name}#{lineno}", published, max_bytes)
        except ReadError as exc:
            yield exc
