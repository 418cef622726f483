"""A document: one article's text with what we know about it.

Readers for the file formats that ``extract`` and ``ingest`` accept live in
:mod:`geo.documents.readers`; this module only holds the value object they produce.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Document:
    """One article. ``id`` is stable: given by the source or derived from the text."""

    text: str
    id: str = ""
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None
    language: str | None = None
    path: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    #: What reading changed in the document, one message line each naming the file (and row):
    #: printed as warnings by ``ingest`` and ``extract``, never stored (``meta`` keeps the counts).
    notes: list[str] = field(default_factory=list, compare=False)

    @property
    def content_hash(self) -> str:
        """SHA-256 of the text with normalised line ends and outer whitespace."""
        norm = "\n".join(line.rstrip() for line in self.text.replace("\r\n", "\n").split("\n")).strip()
        return hashlib.sha256(norm.encode("utf-8")).hexdigest()

    def __post_init__(self) -> None:
        if isinstance(self.published, str):
            self.published = dt.date.fromisoformat(self.published[:10]) if self.published else None
        elif isinstance(self.published, dt.datetime):
            self.published = self.published.date()
        if not self.id:
            self.id = self.content_hash[:16]
