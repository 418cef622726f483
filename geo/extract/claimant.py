"""The claimant an incident's evidence names: "the Russian Defence Ministry said", "Governor Gladkov
wrote", "Повітряні сили", "глава ОВА", "according to Baza".

The cues are the lexicons' ``[claimants]`` tables (one list of patterns per category of
:mod:`geo.claimants`); this module only decides where to look.  It reads the evidence first, then
the sentence after it ("..., Gladkov wrote." / "Об этом сообщил губернатор"), then up to
:data:`BEFORE` sentences before it (a ministry's lead sentence over its per-region list); in the
first stretch that names any claimant, the category listed first in :data:`geo.claimants.CATEGORIES`
wins.  It sets ``extras["claimant"]`` only and never changes another field of an incident.
"""
from __future__ import annotations

import bisect
import re
import tomllib
from functools import lru_cache

from geo.claimants import BY_COUNTRY, BY_KEY, CATEGORIES
from geo.extract.lexicon import LEXICON_DIR, compile_ci

#: Sentences before the evidence that may still name its claimant.
BEFORE = 3
#: Sentences after it.
AFTER = 1
#: A list item ("2 БПЛА – над территорией Рязанской области;", "• 2 на Вінниччині."): the lines of a
#: list do not count against BEFORE, so every item of a ministry's list reaches its lead sentence.
LIST_ITEM = re.compile(r"\s*(?:[•●▪*\-–—]|\d)")

Cues = tuple[tuple[str, re.Pattern], ...]


@lru_cache(maxsize=None)
def cues(language: str) -> Cues:
    """(lexicon key, compiled pattern) of a language, in the order of precedence; () for a language
    without a ``[claimants]`` table.  Keys that are no category are refused early (a typo in a lexicon)."""
    path = LEXICON_DIR / f"{language}.toml"
    if not path.is_file():
        return ()
    with path.open("rb") as fh:
        table = tomllib.load(fh).get("claimants", {})
    strange = [k for k in table if k not in BY_KEY]
    if strange:
        raise ValueError(f"{path.name}: [claimants] has keys that are no claimant category: {', '.join(strange)}")
    order = [c.key for c in CATEGORIES]
    ranked = sorted(table, key=order.index)
    return tuple((key, compile_ci("|".join(f"(?:{p})" for p in table[key]))) for key in ranked)


@lru_cache(maxsize=None)
def any_cue(language: str) -> re.Pattern:
    """Every cue of a language in one pattern: most sentences name no claimant, one search says so."""
    return compile_ci("|".join(f"(?:{rx.pattern})" for _, rx in cues(language)) or r"(?!)")


def in_text(low: str, start: int, end: int, language: str, country: str | None = None) -> str | None:
    """The claimant named in ``low[start:end]`` (lower-cased text, see lexicon.lower_text), or None."""
    return _in_stretch(low[start:end], language, country)


@lru_cache(maxsize=4096)  # the incidents of one text look at the same sentences; keyed by the sentence only
def _in_stretch(stretch: str, language: str, country: str | None) -> str | None:
    if not any_cue(language).search(stretch):
        return None
    for key, rx in cues(language):
        if rx.search(stretch):
            return BY_COUNTRY[key].get(country or "", key) if key in BY_COUNTRY else key
    return None


def stretches(low: str, sentences: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """Where to look, in order: the evidence, the sentence after it, then the ones before it, nearest
    first (list items not counted, see LIST_ITEM)."""
    starts = [s for s, _ in sentences]
    first = max(bisect.bisect_right(starts, start) - 1, 0)
    last = max(bisect.bisect_right(starts, max(end - 1, start)) - 1, first)
    before: list[tuple[int, int]] = []
    counted = 0
    for s, e in reversed(sentences[:first]):
        if counted == BEFORE:
            break
        before.append((s, e))
        counted += not LIST_ITEM.match(low, s)
    return [(start, end), *sentences[last + 1:last + 1 + AFTER], *before]


def find(low: str, sentences: list[tuple[int, int]], start: int, end: int, language: str,
         country: str | None = None) -> str | None:
    """The claimant of the evidence at ``low[start:end]`` (see the module's docstring), or None."""
    for s, e in stretches(low, sentences, start, end):
        found = in_text(low, s, e, language, country)
        if found:
            return found
    return None
