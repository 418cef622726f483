"""Plain text and Markdown: one document a file, with optional front matter.

A file may start with a front-matter block (``---`` / ``title: ...`` /
``published: ...`` / ``url: ...`` / ``---``); without a title there, a short
first line standing alone is taken as the headline.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Iterator

from geo.documents.model import Document
from geo.documents.readers.decoding import decode_bytes
from geo.documents.readers.fields import parse_date
from geo.errors import ReadError

TEXT_SUFFIXES = {".txt", ".md", ".text", ".markdown"}

#: front-matter key (lower case) -> Document field
FRONT_MATTER_KEYS = {"title": "title", "published": "published", "date": "published", "url": "url",
                     "link": "url", "source": "url", "language": "language", "lang": "language", "id": "id"}
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """``(metadata, body)``: a leading ``---`` block of ``key: value`` lines, if there is one."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    meta: dict[str, str] = {}
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(":")
        if not sep:
            return {}, text  # not front matter after all (e.g. a Markdown rule)
        meta[key.strip().lower()] = value.strip().strip("\"'")
    return meta, text[m.end():]


MAX_HEADLINE = 200


def headline(text: str) -> str | None:
    """A plain-text article's first line when it stands alone like a headline (short, then a blank line)."""
    lines = text.lstrip("\ufeff \t\r\n").splitlines()
    if len(lines) >= 2 and not lines[1].strip() and 0 < len(lines[0].strip()) <= MAX_HEADLINE:
        return lines[0].strip().lstrip("# ").strip() or None
    return None


def read_text_file(raw: bytes, name: str, published: dt.date | None = None,
                   max_bytes: int | None = None) -> Iterator[Document]:
    """The one document of a text or Markdown file (the caller checked its size)."""
    text = decode_bytes(raw, name)
    meta, body = split_front_matter(text)
    if not body.strip():
        raise ReadError(f"{name}: the file is empty")
    fields: dict[str, str | None] = {FRONT_MATTER_KEYS[k]: v for k, v in meta.items() if k in FRONT_MATTER_KEYS and v}
    fields.setdefault("title", headline(body))
    yield Document(text=body, id=fields.get("id") or name,
                   published=parse_date(fields.get("published"), name) or published,
                   title=fields.get("title"), url=fields.get("url"), language=fields.get("language"),
                   path=name, meta={k: v for k, v in meta.items() if k not in FRONT_MATTER_KEYS})
