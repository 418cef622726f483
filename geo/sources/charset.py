"""Bytes of a fetched page to text: the declared charset first, then a guess among four.

Order: the ``Content-Type`` header's charset, then the page's own ``<meta charset>`` (or
``http-equiv``) or XML declaration, then a guess.  The guess is limited to the encodings
Russian and Ukrainian news sites use (UTF-8, Windows-1251, KOI8-R, KOI8-U): charset-normalizer
picks among them well, where an unrestricted guess often lands on a Central-European code page.
"""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

#: The only encodings a guess may choose, in charset-normalizer's names.
GUESSES = ("utf_8", "cp1251", "koi8_r", "koi8_u")
_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""", re.I)
_HEADER = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)


def _codec(name: str | None) -> str | None:
    """Python's codec for a declared charset name, or None when it is unknown."""
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None


def declared_charset(body: bytes, content_type: str = "") -> str | None:
    """The charset the server or the document declares (a known codec name), or None."""
    header = _HEADER.search(content_type or "")
    for found in (header.group(1) if header else None,
                  *(m.group(1).decode("ascii") for m in (_XML.search(body[:1024]), _META.search(body[:8192])) if m)):
        codec = _codec(found)
        if codec:
            return codec
    return None


def guess_charset(body: bytes) -> str:
    """UTF-8 when the bytes are valid UTF-8, else charset-normalizer's best of :data:`GUESSES`."""
    try:
        body.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(body[:200_000], cp_isolation=list(GUESSES)).best()
    return _codec(best.encoding if best else None) or "cp1251"


def decode_page(body: bytes, content_type: str = "") -> tuple[str, str]:
    """``(text, codec)``: the body decoded by its declared charset, else by :func:`guess_charset`.
    A declared charset that does not fit the bytes (a common server misconfiguration) is ignored."""
    if body.startswith(codecs.BOM_UTF8):
        return body[3:].decode("utf-8", "replace"), "utf-8"
    declared = declared_charset(body, content_type)
    if declared:
        try:
            return body.decode(declared), declared
        except UnicodeDecodeError:
            pass
    codec = guess_charset(body)
    return body.decode(codec, "replace"), codec
