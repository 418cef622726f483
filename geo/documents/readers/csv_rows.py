"""CSV: one document a row, from a text column plus optional published, title, url, id, language.

The delimiter (comma, semicolon or tab) is the one that makes the header name a
text column.  A broken or bad row comes out as a :class:`ReadError` item and the
rest of the file is still read.
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


def read_csv_file(raw: bytes, name: str, published: dt.date | None = None,
                  max_bytes: int | None = None) -> Iterator[Document | ReadError]:
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
            yield ReadError(f"{where}: broken CSV ({exc})")
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
            yield exc
