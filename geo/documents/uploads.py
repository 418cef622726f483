"""The dashboard's way in: uploaded files and pasted text, read like ``python -m geo ingest`` reads files.

One entry point for both the Add articles page and :func:`ui.editing.read_upload`,
so an upload meets the same size limits, the same readers and the same text
cleaning as a file on the command line.  Nothing here raises for bad input:
what cannot be read comes back as a message naming the file (and row).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from geo.documents.limits import clean_text, max_doc_bytes, max_file_bytes, printable, too_large
from geo.documents.model import Document
from geo.documents.readers import MULTI_DOCUMENT_SUFFIXES, READERS
from geo.documents.readers.plain_text import headline
from geo.errors import ReadError, ReadNote


def _size_error(name: str, size: int) -> str | None:
    """The message for an upload over its limit (a CSV/JSON file's, else one document's), or None."""
    if Path(name).suffix.lower() in MULTI_DOCUMENT_SUFFIXES:
        limit, what, knob = max_file_bytes(), "a CSV/JSON file", "GEO_MAX_FILE_BYTES"
    else:
        limit, what, knob = max_doc_bytes(), "one document", "GEO_MAX_DOC_BYTES"
    return str(too_large(name, size, limit, what, knob)) if size > limit else None


def read_bytes(name: str, raw: bytes, published: dt.date | None = None) -> tuple[list[Document], list[str]]:
    """``(documents, error messages)`` for one uploaded file: size limits first, then the reader its
    suffix names, then every document's text cleaned.  ``published`` is the date for documents
    that carry none.  The name is escaped (:func:`printable`): a browser may send any name."""
    name = printable(name)
    too_big = _size_error(name, len(raw))
    if too_big:
        return [], [too_big]
    suffix = Path(name).suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        return [], [f"{name}: unsupported file type {suffix or '(none)'}; use one of {', '.join(sorted(READERS))}"]
    docs: list[Document] = []
    errors: list[str] = []
    try:
        for item in reader(raw, name, published, None):
            if isinstance(item, ReadNote):  # what the reader left out on purpose (counted): not an error
                continue
            (errors.append(str(item)) if isinstance(item, ReadError) else docs.append(item))
    except ReadError as exc:
        errors.append(str(exc))
    except Exception as exc:  # a reader bug must not lose the other files
        errors.append(f"{name}: cannot read ({type(exc).__name__}: {exc})")
    return [dataclasses.replace(d, text=clean_text(d.text)[0]) for d in docs], errors


#: Words and characters of a pasted text that name it when it has no title.
TITLE_WORDS = 8
TITLE_CHARS = 70


def pasted_title(text: str, now: dt.datetime | None = None) -> str:
    """A name for pasted text without a title: its headline (a short first line on its own), else its
    first words ("On 3 May air defence forces destroyed 12 drones …"), else "pasted text, 5 Aug 2026
    14:02".  Every view and export shows it where a title goes: never "nan" or a hash."""
    found = headline(text)
    if found:
        return found
    words = text.split()
    first = " ".join(words[:TITLE_WORDS])
    if len(first) > TITLE_CHARS:
        first = first[:TITLE_CHARS].rsplit(" ", 1)[0] or first[:TITLE_CHARS]
    if any(c.isalnum() for c in first):
        return first + (" …" if first != " ".join(words) else "")
    when = now or dt.datetime.now()
    return f"pasted text, {when.day} {when:%b %Y %H:%M}"


def from_pasted_text(text: str, title: str = "", published: dt.date | None = None,
                     url: str = "", now: dt.datetime | None = None) -> Document | None:
    """The document for text pasted into the page (None when it is blank), its text cleaned and,
    unless the user gives a title, named by :func:`pasted_title`."""
    if not text.strip():
        return None
    cleaned = clean_text(text)[0]
    return Document(text=cleaned, published=published, title=title.strip() or pasted_title(cleaned, now),
                    url=url.strip() or None)
