"""Runs of Cyrillic letters in lower-cased text: where a Russian/Ukrainian region name may start.

Cyrillic names are looked up, not searched with a regex: one alternation of the ~17,000 case forms is
tried at every position of every text and took 80% of extraction time.  A name starts where a run of
letters starts, so the runs are matched against the first runs of the names (:mod:`geo.places.mentions`).
"""
from __future__ import annotations

import re

#: Characters that may start or continue a run of letters in a Cyrillic name.
CYR_LETTERS = re.compile(r"[а-яёєіїґʼ]+")
#: Any Cyrillic at all (the letters that lower-case to Cyrillic included); texts without skip the search.
ANY_CYRILLIC = re.compile("[\u0400-\u04FF\u1C80-\u1C88]")
#: Old letter shapes that ``re.IGNORECASE`` (and so the names as written) equate with modern ones.
_LETTER_VARIANTS = str.maketrans("ᲀᲁᲂᲃᲄᲅᲆ", "вдосттъ")
_OLD_LETTERS = re.compile("[ᲀ-ᲆ]")
#: The letters of ``CYR_LETTERS``: any other character ends a run.
RUN_LETTERS = frozenset(map(chr, range(0x430, 0x450))) | frozenset("ёєіїґʼ")


def folded(text: str) -> str:
    """``text`` lower-cased character by character, so offsets stay those of ``text``."""
    low = text.lower()
    if len(low) != len(text):  # "İ" lower-cases to two characters
        low = "".join(ch.lower()[0] for ch in text)
    if _OLD_LETTERS.search(low):
        low = low.translate(_LETTER_VARIANTS)
    return low


def name_runs(low: str, keys: frozenset[str]) -> list[tuple[int, str]]:
    """Where the runs of letters of ``low`` that start some name begin, in order.

    ``keys``: the runs that start a name.  Most runs start none, so the set of runs is intersected
    with ``keys`` in C and only the runs found are located (each whole run equal to one), instead
    of a look-up per word.
    """
    found = keys.intersection(CYR_LETTERS.findall(low))
    out: list[tuple[int, str]] = []
    size = len(low)
    for run in found:
        n = len(run)
        i = low.find(run)
        while i >= 0:
            j = i + n
            if (not i or low[i - 1] not in RUN_LETTERS) and (j == size or low[j] not in RUN_LETTERS):
                out.append((i, run))
            i = low.find(run, i + 1)
    out.sort()
    return out


