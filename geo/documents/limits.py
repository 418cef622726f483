"""What the readers accept: size limits (with their environment settings) and text cleaning.

Limits (docs/LIMITS.md): a document may be at most :func:`max_doc_bytes`
(5 MB; ``GEO_MAX_DOC_BYTES`` or ``--max-bytes``), a file of many documents
(CSV, JSON, JSON Lines) at most :func:`max_file_bytes`.  Every document's
text is cleaned the same way (:func:`clean_text`): NUL and other control
characters are removed and endless runs of punctuation shortened, so no
input can stall the extractor.  :func:`safe_url` decides which source URLs
may be shown as links.
"""
from __future__ import annotations

import dataclasses
import os
import re
import unicodedata

from geo.documents.model import Document
from geo.errors import ReadError

MAX_DOC_BYTES = 5_000_000
MAX_FILE_BYTES = 200_000_000
_UNITS = {"": 1, "b": 1, "k": 1_000, "kb": 1_000, "m": 1_000_000, "mb": 1_000_000, "g": 1_000_000_000,
          "gb": 1_000_000_000}
#: The settings that raise each limit, as the messages name them.
DOC_LIMIT_KNOBS = "--max-bytes or GEO_MAX_DOC_BYTES"
FILE_LIMIT_KNOB = "GEO_MAX_FILE_BYTES"


def parse_size(value: str | int) -> int:
    """``5000000``, ``5M``, ``5 MB``, ``800k`` -> bytes (decimal units, as file managers show them)."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*", str(value).lower())
    if not m or m.group(2) not in _UNITS or float(m.group(1)) <= 0:
        raise ValueError(f"bad size {value!r} (want bytes, or a number with k, M or G, e.g. 5M)")
    return int(float(m.group(1)) * _UNITS[m.group(2)])


def _size_from_env(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return parse_size(value)
    except ValueError as exc:
        raise ValueError(f"{name}: {exc}") from None


def max_doc_bytes() -> int:
    """The largest document (a text or HTML file, a row's text) read: ``GEO_MAX_DOC_BYTES``, default 5 MB."""
    return _size_from_env("GEO_MAX_DOC_BYTES", MAX_DOC_BYTES)


def max_file_bytes() -> int:
    """The largest CSV/JSON/JSON Lines file read: ``GEO_MAX_FILE_BYTES``, default 200 MB
    (JSON is parsed whole; split bigger collections into several files)."""
    return _size_from_env("GEO_MAX_FILE_BYTES", MAX_FILE_BYTES)


def human_size(n: int) -> str:
    """``4.2 MB`` or ``12,345 bytes``: a size as a message shows it."""
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n:,} bytes"


def too_large(where: str, size: int, limit: int, what: str, knob: str) -> ReadError:
    """The error for input over a limit, naming it and the setting that raises the limit."""
    return ReadError(f"{where}: too large ({human_size(size)}; the limit for {what} is {human_size(limit)}, "
                     f"set by {knob})")


def check_size(where: str, size: int, limit: int | None = None) -> None:
    """Refuse one document over the limit, naming it and the setting that raises the limit."""
    limit = max_doc_bytes() if limit is None else limit
    if size > limit:
        raise too_large(where, size, limit, "one document", DOC_LIMIT_KNOBS)


#: C0 control characters other than tab, line and page breaks (NUL included): never part of an article.
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
CONTROL_BYTES = re.compile(CONTROL_CHARS.pattern.encode("ascii"))
#: Runs of punctuation longer than this are cut to it (separator lines stay; endless runs go).
MAX_PUNCTUATION_RUN = 100
_PUNCTUATION_RUN = re.compile(r"([^\w\s])[^\w\s]{%d,}" % MAX_PUNCTUATION_RUN)


def clean_text(text: str) -> tuple[str, int]:
    """``(text, characters removed)``: control characters dropped, punctuation runs shortened.

    Why: a NUL or escape code in the middle of scraped text is debris, and a
    megabyte of dots or dashes is padding, not prose; left in, the first breaks
    tools downstream and the second makes sentence splitting crawl.
    """
    cleaned = CONTROL_CHARS.sub("", text)
    cleaned = _PUNCTUATION_RUN.sub(lambda m: m.group(0)[:MAX_PUNCTUATION_RUN], cleaned)
    return cleaned, len(text) - len(cleaned)


#: A lone UTF-16 surrogate: half of a pair (an emoji cut in two by a scraper, JSON's ``"\ud83d"``).
#: A str from json.loads holds whole pairs as one character, so only halves match.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def replace_surrogates(text: str) -> tuple[str, int]:
    """``(text, how many were replaced)``: lone surrogates, which no store can encode, become U+FFFD."""
    return LONE_SURROGATE.subn(REPLACEMENT, text)


def surrogates_note(where: str, replaced: int) -> str:
    """The reader's warning for a document whose lone surrogates were replaced."""
    return (f"{where}: {replaced} invalid character{'s' if replaced > 1 else ''} (a lone UTF-16 surrogate such "
            "as \\ud800, half of a broken emoji) replaced with U+FFFD")


def cleaned_document(doc: Document) -> Document:
    """The document with its text cleaned; how many characters went is kept in ``meta``."""
    text, removed = clean_text(doc.text)
    if not removed:
        return doc
    return dataclasses.replace(doc, text=text, meta={**doc.meta, "characters_removed": removed})


#: http(s), a host name (no user@ part to disguise the real host), an optional port, then no
#: white space, quotes, angle brackets or backslashes that could break out of an attribute.
_SAFE_URL = re.compile(r"(?i)https?://[\w.-]+(?::\d+)?(?:[/?#][^\s\"'<>\\`]*)?")


def safe_url(url: object) -> str | None:
    """The URL when it is a plain ``http``/``https`` address, safe to show as a link; else None.

    Documents keep whatever URL their source gave (it is provenance); anything
    shown as a link (dashboard, exports) goes through this, so ``javascript:``,
    ``data:`` and other schemes, or text with spaces or control characters,
    are shown as text only.
    """
    if not isinstance(url, str):
        return None
    candidate = url.strip()
    if not _SAFE_URL.fullmatch(candidate):
        return None
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in candidate):
        return None
    return candidate


#: Characters a message must not print raw: control codes (a newline forges a line, ESC drives the
#: terminal), bidirectional controls (U+202E draws the words around it backwards), line separators.
_UNPRINTABLE_CATEGORIES = {"Cc", "Cs", "Zl", "Zp"}
_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escaped(ch: str) -> str:
    code = ord(ch)
    if ch in _ESCAPES:
        return _ESCAPES[ch]
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a file name that is not UTF-8 (Python's surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` safe to print in one message line: control, bidirectional-control and separator
    characters (and undecodable bytes of a file name) written as escapes like ``\\n``, ``\\x1b``,
    ``\\u202e``; every other character (Cyrillic included) as it is.

    Why: file names and rows come from anyone; printed raw, a newline forges a second message,
    an escape code drives the terminal and U+202E reverses the words around it.
    """
    if text.isprintable():
        return text
    return "".join(_escaped(ch) if ch in _BIDI_CONTROLS or unicodedata.category(ch) in _UNPRINTABLE_CATEGORIES
                   else ch for ch in text)
