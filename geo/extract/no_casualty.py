"""An explicit "no casualties" read as a casualty word and an absence cue near each other in one clause,
in either order, with nothing between them that could be a toll ("Пострадавших, к счастью, нет",
"no one was, according to the police, injured"): what one long sequence pattern per word order missed.

The words come from the lexicon ([casualties] absent_words / absence_before / absence_after /
absence_veto / absence_break); a language that leaves them out never reads a window.
"""
from __future__ import annotations

import re

from geo.extract.compiled_lexicon import Lexicon

GAP_WORDS = 4  # at most this many words between the casualty word and its absence cue
ASIDE_GAP = 2  # ... or this many besides one aside between commas ("no one was, the police said, hurt")
_ASIDE = re.compile(r",(?:\s*[\w'’ʼ-]+){1,7}\s*,")
_CLAUSE_END = re.compile(r"[.;!?\n]")
_WORD = re.compile(r"[\w'’ʼ-]+")
_DIGIT = re.compile(r"\d")


def no_casualty_window(lex: Lexicon, low: str, start: int, end: int) -> tuple[bool, bool]:
    """(killed is 0, injured is 0) by an absence stated in a clause of ``low[start:end]``: a generic word
    ("casualties", "пострадавших") both, "no one was killed" the dead only, "no one was hurt" the injured only."""
    killed = injured = False
    for m in lex.absent_words.finditer(low, start, end):
        cs, ce = _clause(low, start, end, m.start())
        if low[ce:ce + 1] == "?" or not _near_cue(lex, low, cs, ce, m):
            continue
        kind = m.lastgroup or "both"
        killed = killed or kind in ("both", "killed")
        injured = injured or kind in ("both", "injured")
    return killed, injured


def _clause(low: str, start: int, end: int, pos: int) -> tuple[int, int]:
    """The bounds of the clause of ``pos``: from the last stop before it to the next (or the span's ends)."""
    stops = [s.start() for s in _CLAUSE_END.finditer(low, start, pos)]
    cs = stops[-1] + 1 if stops else start
    after = _CLAUSE_END.search(low, pos, end)
    return cs, after.start() if after else end


def _near_cue(lex: Lexicon, low: str, cs: int, ce: int, m: re.Match) -> bool:
    """An absence cue within a few plain words before or after the casualty word ``m``, not an absence of news."""
    for cue in lex.absence_before.finditer(low, cs, m.start()):
        if _plain_gap(lex, low, cue.end(), m.start()) and not lex.absence_veto.search(low, cue.start(), m.end()):
            return True
    after = lex.absence_after.search(low, m.end(), ce)
    if after is None or not _plain_gap(lex, low, m.end(), after.start()):
        return False
    before = [w.start() for w in _WORD.finditer(low, cs, m.start())][-3:]
    return not lex.absence_veto.search(low, before[0] if before else m.start(), after.end())


def _plain_gap(lex: Lexicon, low: str, start: int, end: int) -> bool:
    """A gap of a few words with no number and no turn ("but", "кроме") that would make a toll of its own."""
    gap = low[start:end]
    words = _WORD.findall(gap)
    few = len(words) <= GAP_WORDS or len(_WORD.findall(_ASIDE.sub(" ", gap, count=1))) <= ASIDE_GAP
    return (few and not _DIGIT.search(gap) and not lex.absence_break.search(gap)
            and not any(lex.number(w) for w in words))
