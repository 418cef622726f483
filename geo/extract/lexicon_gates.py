"""Which lexicon patterns are searched behind a word gate or located without their groups.

Both give the answers of the pattern itself (:mod:`geo.literal_gate`); they differ in speed only,
and only some patterns gain: the lists below are the fields where replaying the real articles'
pattern calls was faster (``bench/README.md``, third extraction speed round).
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from geo.extract.lexicon import Lexicon, load_lexicon
from geo.literal_gate import gated_fields

#: Searched only in spans holding one of the words every match needs (where the pattern can start
#: almost anywhere, e.g. at a number or a name, and its words come later).
GATED = frozenset({"hit_counts", "casualties", "settlement_cues", "district", "subclause_tails", "interception",
                   "weekday", "same_city", "each_counts", "open_water", "launch_from"})
#: Located by a copy without their (named) groups, then matched there: the groups keep the engine
#: from trying the alternatives by their first letter (the target tables' t0..tN, counts' q/n/total).
LOCATED = frozenset({"targets", "target_parts", "counts", "casualties", "interception"})


@lru_cache(maxsize=None)
def gated_lexicon(language: str) -> Lexicon:
    """The lexicon of ``language`` as :func:`geo.extract.extract` reads with it: those fields' patterns
    wrapped (:func:`geo.extract.lexicon.load_lexicon` gives the plain one; the answers are the same)."""
    lex = load_lexicon(language)
    return replace(lex, **gated_fields(lex, GATED, LOCATED))
