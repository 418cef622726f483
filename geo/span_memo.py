"""A pattern whose searches of one text are remembered by span: the rules ask the same question again.

Several rules test the same sentence or clause for the same word ("does it name a drone?", "debris?",
"a national total?"): the mixed-weapon tests ask it of a sentence and of the one before, the clause
rules of a clause and again when a follow-up attaches.  :class:`SpanMemo` answers ``search`` from
what it found for the same text and span (the same match object), so each is searched once.  Only
the last text searched is remembered; the text is compared by identity and kept with its answers, so
a memo never answers for another text, also when threads share the lexicon.
"""
from __future__ import annotations

import re
import sys
from typing import Any


class SpanMemo:
    """``rx`` with its ``search`` answers of the last text remembered per (pos, endpos); the other
    methods are the pattern's own."""

    __slots__ = ("pattern_object", "_memo", "match", "fullmatch", "finditer", "findall")

    def __init__(self, rx: re.Pattern):
        self.pattern_object = rx
        self._memo: tuple[str | None, dict[tuple[int, int], re.Match | None]] = (None, {})
        self.match = rx.match
        self.fullmatch = rx.fullmatch
        self.finditer = rx.finditer
        self.findall = rx.findall

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        memo = self._memo
        if memo[0] is not text:  # (a new text: its own dictionary, taken before it is stored)
            memo = self._memo = (text, {})
        found = memo[1]
        key = (pos, endpos)
        if key in found:
            return found[key]
        m = found[key] = self.pattern_object.search(text, pos, endpos)
        return m

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern_object, name)


def remembered(rx: re.Pattern) -> re.Pattern:
    """``rx`` behind a :class:`SpanMemo` (typed as the pattern it stands for)."""
    return SpanMemo(rx)  # type: ignore[return-value]
