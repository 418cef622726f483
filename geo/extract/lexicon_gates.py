"""Which lexicon patterns are searched behind a word gate, located without their groups, or remembered.

All give the answers of the pattern itself (:mod:`geo.literal_gate`, :mod:`geo.span_memo`); they differ in speed only,
and only some patterns gain: the lists below are the fields where replaying the real articles'
pattern calls was faster (``bench/README.md``: the gates and locating in the third extraction speed round,
the remembered fields and the ``history`` gate in the eighth).
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Any

from geo.extract.lexicon import Lexicon, load_lexicon
from geo.literal_gate import gated_fields
from geo.span_memo import remembered

#: Searched only in spans holding one of the words every match needs (where the pattern can start
#: almost anywhere, e.g. at a number or a name, and its words come later).
GATED = frozenset({"hit_counts", "casualties", "settlement_cues", "district", "subclause_tails", "interception",
                   "weekday", "same_city", "each_counts", "open_water", "launch_from", "history",
                   "districts_beside_town"})
#: Located by a copy without their (named) groups, then matched there: the groups keep the engine
#: from trying the alternatives by their first letter (the target tables' t0..tN, counts' q/n/total).
LOCATED = frozenset({"targets", "target_parts", "counts", "casualties", "interception"})
#: Searches remembered per span of the text being read (:mod:`geo.span_memo`): the rules search these
#: again and again on the same sentence or clause (about half of their calls, on the real articles).
REMEMBERED = frozenset({"drone", "debris", "national"})


@lru_cache(maxsize=None)
def gated_lexicon(language: str) -> Lexicon:
    """The lexicon of ``language`` as :func:`geo.extract.extract` reads with it: those fields' patterns
    wrapped (:func:`geo.extract.lexicon.load_lexicon` gives the plain one; the answers are the same)."""
    lex = load_lexicon(language)
    remember: dict[str, Any] = {f: remembered(getattr(lex, f)) for f in REMEMBERED}
    return replace(lex, **gated_fields(lex, GATED, LOCATED), **remember)
