"""Folding that keeps offsets: the text in lower case with the same length, and case-insensitive
patterns lowered once to run on it (faster than ``re.IGNORECASE``); odd apostrophes inside words made the one
the patterns spell."""
from __future__ import annotations

import re

from geo.pattern_cache import kept
from geo.patterns import compile_pattern

FLAGS = re.IGNORECASE


#: A quote mark or accent typed for the apostrophe between two Cyrillic letters ("Куп‘янськ", "Мар`їнка").
_ODD_APOSTROPHE = re.compile(r"(?<=[\u0400-\u04ff])[\u2018`\u00b4\u02b9\u02bb](?=[\u0400-\u04ff])")


def fold_apostrophes(text: str) -> str:
    """``text`` with every odd apostrophe inside a Cyrillic word written ’ (U+2019), one character for one:
    the lexicon's names and words know ', ’ and ʼ only."""
    return _ODD_APOSTROPHE.sub("\u2019", text) if _ODD_APOSTROPHE.search(text) else text


def lower_text(text: str) -> str:
    """``text`` in lower case with the same length, so offsets stay valid."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def _lower_regex(pattern: str) -> str:
    """A case-insensitive pattern as a lower-case one, to run on :func:`lower_text` output.

    About three times faster than ``re.IGNORECASE``; escapes and group names are kept.
    """
    out, i = [], 0
    while i < len(pattern):
        if pattern[i] == "\\":
            out.append(pattern[i:i + 2])
            i += 2
        elif pattern.startswith("(?P<", i):
            j = pattern.index(">", i)
            out.append(pattern[i:j + 1])
            i = j + 1
        else:
            out.append(pattern[i].lower())
            i += 1
    return "".join(out)


def compile_ci(pattern: str) -> re.Pattern:
    """Case-insensitive: lowered (run on lower_text) unless it holds a case-sensitive part."""
    if "(?-i:" in pattern:
        return compile_pattern(pattern, FLAGS)  # run on the original text
    return compile_pattern(kept(("lower", pattern), lambda: _lower_regex(pattern)))
