"""Bytes to text for every reader: the encodings Russian and Ukrainian news come in, binaries refused.

Read: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1251 or KOI8-R
(told apart by where lower-case letters fall).  A file that is mostly control
characters is a binary under a text name and is refused with a :class:`ReadError`.
"""
from __future__ import annotations

from geo.documents.limits import CONTROL_BYTES, CONTROL_CHARS
from geo.errors import ReadError

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def decode_bytes(raw: bytes, where: str) -> str:
    """Decode UTF-8 (with or without BOM, or UTF-16 with BOM), else Windows-1251 or KOI8-R."""
    head = raw[:4096]
    if len(CONTROL_BYTES.findall(head)) * 20 > len(head) and not raw.startswith(_UTF16_BOMS):
        raise ReadError(f"{where}: looks like a binary file (or UTF-16 without a byte-order mark), not text")
    for enc in ("utf-8-sig", "utf-16") if raw.startswith(_UTF16_BOMS) else ("utf-8-sig",):
        try:
            return _check_text(raw.decode(enc), where)
        except UnicodeDecodeError:
            pass
    try:
        return _check_text(raw.decode(single_byte_cyrillic(raw)), where)
    except UnicodeDecodeError:
        raise ReadError(f"{where}: not UTF-8, Windows-1251 or KOI8-R text") from None


def single_byte_cyrillic(raw: bytes) -> str:
    """``cp1251`` or ``koi8_r``: prose is mostly lower case, which the two code pages put in
    different halves of 0xC0-0xFF (cp1251 0xE0-0xFF, KOI8-R 0xC0-0xDF)."""
    upper_half = sum(1 for b in raw if b >= 0xE0)
    lower_half = sum(1 for b in raw if 0xC0 <= b < 0xE0)
    return "koi8_r" if lower_half > upper_half else "cp1251"


def _check_text(text: str, where: str) -> str:
    """Refuse decoded bytes that are mostly control characters: a binary file under a text name."""
    sample = text[:4096]
    if sample and len(CONTROL_CHARS.findall(sample)) > len(sample) // 20:
        raise ReadError(f"{where}: looks like a binary file, not text")
    return text
