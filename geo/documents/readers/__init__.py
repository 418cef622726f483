"""Read documents from files: plain text, Markdown, JSON, JSON Lines, CSV and HTML.

``extract`` and ``ingest`` both read through :func:`read_path`, so they accept
the same inputs; :func:`read_paths` also walks folders.  A file that cannot be
read raises :class:`ReadError` naming the file (and row), and the caller goes
on with the next one.  Each format family has its own module; this one picks
the reader by suffix, applies the size limits and cleans every document's text
(:mod:`geo.documents.limits`).  File names reach readers, messages and the
store escaped (:func:`~geo.documents.limits.printable`): a name holding a
newline, an escape code or U+202E cannot forge or garble a message.  A reader
that fails in an unforeseen way loses that file only, reported by name.
"""
from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import Callable, Iterable, Iterator

from geo.documents.limits import (
    FILE_LIMIT_KNOB,
    check_size,
    cleaned_document,
    max_doc_bytes,
    max_file_bytes,
    printable,
    too_large,
)
from geo.documents.model import Document
from geo.documents.readers.csv_rows import CSV_SUFFIXES, read_csv_file
from geo.documents.readers.html_page import HTML_SUFFIXES, read_html_or_telegram_file
from geo.documents.readers.json_docs import JSON_SUFFIXES, JSONL_SUFFIXES, read_json_file, read_jsonl_file
from geo.documents.readers.plain_text import TEXT_SUFFIXES, read_text_file
from geo.errors import ReadError
from geo.sources.telegram_html import export_folder, read_export_folder

SUPPORTED_SUFFIXES = TEXT_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES | HTML_SUFFIXES
#: Formats holding many documents: the file may be larger than one document.
MULTI_DOCUMENT_SUFFIXES = JSON_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES

#: reader(raw bytes, display name, published, max bytes a document) -> Documents, or ReadErrors
#: for single bad rows, so one broken row does not lose the rest of the file.
Reader = Callable[[bytes, str, dt.date | None, int | None], Iterator[Document | ReadError]]

#: suffix -> its reader
READERS: dict[str, Reader] = {
    **{s: read_text_file for s in TEXT_SUFFIXES},
    **{s: read_json_file for s in JSON_SUFFIXES},
    **{s: read_jsonl_file for s in JSONL_SUFFIXES},
    **{s: read_csv_file for s in CSV_SUFFIXES},
    **{s: read_html_or_telegram_file for s in HTML_SUFFIXES},
}


def read_path(path: str | os.PathLike[str], published: dt.date | None = None,
              max_bytes: int | None = None) -> Iterator[Document | ReadError]:
    """Documents in one file (``-`` is standard input, read as plain text), or in a folder.

    Yields :class:`ReadError` items for bad rows inside a file; raises it when
    the whole file is unreadable or over the size limit (``max_bytes`` per
    document, default :func:`~geo.documents.limits.max_doc_bytes`).
    """
    path = os.fspath(path)  # a pathlib.Path reads like its string
    limit = max_doc_bytes() if max_bytes is None else max_bytes
    try:
        for item in _read_path(path, published, limit):
            yield cleaned_document(item) if isinstance(item, Document) else item
    except (ReadError, MemoryError):
        raise
    except Exception as exc:  # a reader bug or an input nobody foresaw must not lose the batch
        raise ReadError(f"{printable(path)}: cannot read ({type(exc).__name__}: {printable(str(exc))[:200]})") \
            from None


def _read_path(path: str, published: dt.date | None, limit: int) -> Iterator[Document | ReadError]:
    if path == "-":
        raw = sys.stdin.buffer.read(limit + 1)
        check_size("-", len(raw), limit)
        yield from read_text_file(raw, "-", published)
        return
    p, name = Path(path), printable(path)
    if not p.exists():
        raise ReadError(f"{name}: no such file")
    if p.is_dir():
        yield from read_paths([path], published, max_bytes=limit)
        return
    suffix = p.suffix.lower()
    folder = export_folder(p) if suffix in HTML_SUFFIXES else None
    if folder is not None:  # a page of a Telegram HTML export: the whole export, pages in order
        yield from read_export_folder(folder, limit)
        return
    reader = READERS.get(suffix, read_text_file)
    try:
        size = p.stat().st_size
        if suffix in MULTI_DOCUMENT_SUFFIXES:
            if size > max_file_bytes():
                raise too_large(name, size, max_file_bytes(), "a CSV/JSON file", FILE_LIMIT_KNOB)
        else:
            check_size(name, size, limit)
        raw = p.read_bytes()
    except OSError as exc:
        raise ReadError(f"{name}: cannot read ({exc.strerror or exc})") from None
    yield from reader(raw, name, published, limit)


def _each_path(paths: Iterable[str]) -> Iterator[str]:
    for path in paths:
        p = Path(path)
        if path != "-" and p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES
                           and not any(part.startswith(".") for part in f.relative_to(p).parts))
            yield from (str(f) for f in found)
        else:
            yield path


def iter_paths(paths: Iterable[str]) -> Iterator[str]:
    """Files to read: each path as given, folders walked recursively (supported suffixes only,
    hidden files skipped, in name order).  Missing paths pass through so the reader reports them.
    A Telegram HTML export is read whole from any of its pages, so only its first page found is given."""
    exports: set[Path] = set()
    for path in _each_path(paths):
        folder = export_folder(path) if Path(path).suffix.lower() in HTML_SUFFIXES else None
        if folder is not None:
            if folder.resolve() in exports:
                continue
            exports.add(folder.resolve())
        yield path


def read_paths(paths: Iterable[str], published: dt.date | None = None,
               max_bytes: int | None = None) -> Iterator[Document | ReadError]:
    """Every document under ``paths`` (files and folders); unreadable files come out as ReadError items."""
    for path in iter_paths(paths):
        try:
            yield from read_path(path, published, max_bytes=max_bytes)
        except ReadError as exc:
            yield exc
