"""Read documents from files: plain text, Markdown, JSON and JSON Lines.

``extract`` and ``ingest`` both read through :func:`read_path`, so they accept
the same inputs.  A file that cannot be read raises :class:`ReadError` naming
the file (and row), and the caller goes on with the next one.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any, Iterator

from geo.documents import Document

TEXT_SUFFIXES = {".txt", ".md", ".text", ".markdown"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES


class ReadError(Exception):
    """A document that could not be read; the message names the file (and row)."""


def decode_bytes(raw: bytes, where: str) -> str:
    """Decode UTF-8 (with or without BOM), falling back to Windows-1251."""
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError(f"{where}: looks like a binary file, not text")
    for enc in ("utf-8-sig", "utf-16") if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig",):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    try:
        return raw.decode("cp1251")
    except UnicodeDecodeError:
        raise ReadError(f"{where}: not UTF-8 or Windows-1251 text") from None


def _parse_date(value: Any, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ReadError(f"{where}: bad published date {value!r} (want YYYY-MM-DD)") from None


def document_from_mapping(obj: Any, where: str, default_id: str = "",
                          published: dt.date | None = None) -> Document:
    """A Document from a JSON object with ``text`` and optional metadata."""
    if not isinstance(obj, dict):
        raise ReadError(f"{where}: expected a JSON object with a 'text' field")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ReadError(f"{where}: missing or empty 'text' field")
    return Document(
        text=text,
        id=str(obj.get("id") or default_id or ""),
        published=_parse_date(obj.get("published"), where) or published,
        title=obj.get("title") or None,
        url=obj.get("url") or None,
        language=obj.get("language") or None,
        path=default_id or None,
    )


def read_text_file(raw: bytes, name: str, published: dt.date | None = None) -> Iterator[Document]:
    text = decode_bytes(raw, name)
    if not text.strip():
        raise ReadError(f"{name}: the file is empty")
    yield Document(text=text, id=name, published=published, path=name)


def read_json_file(raw: bytes, name: str, published: dt.date | None = None) -> Iterator[Document]:
    try:
        obj = json.loads(decode_bytes(raw, name))
    except json.JSONDecodeError as exc:
        raise ReadError(f"{name}: invalid JSON ({exc.msg} at line {exc.lineno})") from None
    if isinstance(obj, list):
        for i, item in enumerate(obj, 1):
            yield document_from_mapping(item, f"{name} item {i}", f"{name}#{i}", published)
    else:
        yield document_from_mapping(obj, name, name, published)


def read_jsonl_file(raw: bytes, name: str, published: dt.date | None = None) -> Iterator[Document]:
    for lineno, line in enumerate(decode_bytes(raw, name).splitlines(), 1):
        if not line.strip():
            continue
        where = f"{name} line {lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadError(f"{where}: invalid JSON ({exc.msg})")  # type: ignore[misc]
            continue
        try:
            yield document_from_mapping(obj, where, f"{name}#{lineno}", published)
        except ReadError as exc:
            yield exc  # type: ignore[misc]


#: suffix -> reader(raw bytes, display name, published) yielding Documents (or ReadErrors
#: for single bad rows, so one broken row does not lose the rest of the file).
READERS = {
    **{s: read_text_file for s in TEXT_SUFFIXES},
    **{s: read_json_file for s in JSON_SUFFIXES},
    **{s: read_jsonl_file for s in JSONL_SUFFIXES},
}


def read_path(path: str, published: dt.date | None = None) -> Iterator[Document | ReadError]:
    """Documents in one file (``-`` is standard input, read as plain text).

    Yields :class:`ReadError` items for bad rows inside a file; raises it when
    the whole file is unreadable.
    """
    if path == "-":
        raw = sys.stdin.buffer.read()
        yield from read_text_file(raw, "-", published)
        return
    p = Path(path)
    if not p.exists():
        raise ReadError(f"{path}: no such file")
    if p.is_dir():
        raise ReadError(f"{path}: is a folder (give files)")
    reader = READERS.get(p.suffix.lower(), read_text_file)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise ReadError(f"{path}: cannot read ({exc.strerror})") from None
    yield from reader(raw, path, published)
