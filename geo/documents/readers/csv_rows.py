"""CSV: one document a row, from a text column plus optional published, title, url, id, language.

The delimiter (comma, semicolon or tab) is the one that makes the header name a
text column.  A broken or bad row comes out as a :class:`ReadError` item and the
rest of the file is still read.  Rows are parsed strictly: a stray quote that
would swallow the next rows into one text is reported with its line, and
reading goes on with the line after it.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Iterator

from geo.documents.model import Document
from geo.documents.readers.decoding import decode_bytes
from geo.documents.readers.fields import document_from_mapping
from geo.errors import ReadError

CSV_SUFFIXES = {".csv"}

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


class _Lines:
    """The file's lines, read from a position that can be moved back: after a broken row, reading
    starts again on the line after that row's first line, so the rows a stray quote ran into are kept."""

    def __init__(self, text: str) -> None:
        self.lines = list(io.StringIO(text, newline=""))  # \n, \r\n and \r end a line, as in csv
        self.pos = 0  # lines read so far

    def __iter__(self) -> Iterator[str]:
        while self.pos < len(self.lines):
            self.pos += 1
            yield self.lines[self.pos - 1]


def csv_rows(text: str, delimiter: str) -> Iterator[tuple[int, list[str] | str]]:
    """``(line number, cells)`` for each row (the header first), or ``(line, problem)`` for a row that
    is broken: a quote opened on that line that runs into the lines after it (strict parsing, so the
    next row is not silently swallowed into this one's text).  Reading goes on after each."""
    lines = _Lines(text)
    while lines.pos < len(lines.lines):
        reader = csv.reader(iter(lines), delimiter=delimiter, strict=True)
        while True:
            first = lines.pos + 1
            try:
                yield first, next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield first, _broken_row(lines, first, delimiter, exc)
                lines.pos = first
                break


def _broken_row(lines: _Lines, first: int, delimiter: str, exc: csv.Error) -> list[str] | str:
    """A row strict parsing refused: on its own line it is only loose quoting (``"Kyiv" region``),
    read as before; across lines it is a stray quote, reported."""
    if lines.pos <= first:
        try:
            return next(csv.reader([lines.lines[first - 1]], delimiter=delimiter))
        except (csv.Error, StopIteration):
            return f"broken CSV ({exc})"
    return (f"broken CSV: a quote opened on this line runs on into line {lines.pos} (a stray quote?); "
            "this row is skipped and the lines after it are read as rows")


def read_csv_file(raw: bytes, name: str, published: dt.date | None = None,
                  max_bytes: int | None = None) -> Iterator[Document | ReadError]:
    """One document per row: a text column plus optional published, title, url, id, language."""
    text = decode_bytes(raw, name)
    if not text.strip():
        raise ReadError(f"{name}: the file is empty")
    csv.field_size_limit(max(csv.field_size_limit(), 50_000_000))
    rows = csv_rows(text, csv_delimiter(text))
    _, header = next(rows)
    if isinstance(header, str):
        raise ReadError(f"{name}: no CSV header ({header})")
    columns = {i: CSV_COLUMNS[h.strip().lower()] for i, h in enumerate(header) if h.strip().lower() in CSV_COLUMNS}
    if "text" not in columns.values():
        raise ReadError(f"{name}: no 'text' column in the CSV header ({', '.join(header)[:200]})")
    for line, row in rows:
        if isinstance(row, list) and not any(cell.strip() for cell in row):
            continue
        try:
            yield _document(row, columns, len(header), f"{name} line {line}", f"{name}#{line}", published, max_bytes)
        except ReadError as exc:
            yield exc


def _document(row: list[str] | str, columns: dict[int, str], width: int, where: str, default_id: str,
              published: dt.date | None, max_bytes: int | None) -> Document:
    if isinstance(row, str):
        raise ReadError(f"{where}: {row}")
    extra = sum(1 for cell in row[width:] if cell.strip())
    if extra:
        raise ReadError(f"{where}: {width + extra} fields where the header names {width} "
                        "(an unquoted delimiter or a stray quote?); quote the text")
    obj: dict[str, str] = {}
    for i, fieldname in columns.items():
        if i < len(row) and row[i].strip() and fieldname not in obj:
            obj[fieldname] = row[i]
    return document_from_mapping(obj, where, default_id, published, max_bytes)
