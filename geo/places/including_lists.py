"""Regions named one by one after a plural region word and "including" ("у кількох областях, зокрема
у Сумській, Полтавській та Київській"): each adjective leaves out the region word and is a region."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from geo.data.paths import REGION_FORMS_PATH
from geo.places.mentions import RegionMention, region_adjective

#: Words between the plural region word and "including" ("у кількох областях країни, зокрема"): no sentence end.
_GAP = 40


def _alternation(words: list[str]) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    with open(REGION_FORMS_PATH, "rb") as f:
        cyr = tomllib.load(f)["cyrillic"]
    plural = _alternation(cyr["list_plural_words"])
    including = _alternation(cyr["including_words"])
    prep = rf"(?:(?:{_alternation(cyr['including_prepositions'])})\s+)?"
    head = re.compile(rf"(?<![\w-])(?:{plural})\b[^.;:!?\n]{{0,{_GAP}}}?(?:{including})\s+{prep}", re.IGNORECASE)
    conj = _alternation(cyr["list_conjunctions"])
    sep = re.compile(rf"(?:\s*,\s*(?:(?:{conj})\s+)?|\s+(?:{conj})\s+){prep}", re.IGNORECASE)
    return head, sep


_WORD = re.compile(r"[^\W\d_][\w'ʼ’-]*")


def including_list_mentions(text: str, taken: set[int]) -> list[RegionMention]:
    """Region adjectives listed after a plural region word and "зокрема/у тому числі" (none without both)."""
    out: list[RegionMention] = []
    head, sep = _patterns()
    for h in head.finditer(text):
        pos = h.end()
        while (word := _WORD.match(text, pos)) and (code := region_adjective(word.group())):
            if word.start() not in taken:
                out.append(RegionMention(word.start(), word.end(), code, True, word.group()))
            nxt = sep.match(text, word.end())
            if not nxt:
                break
            pos = nxt.end()
    return out


def lists_regions_at(text: str, start: int, at: int) -> bool:
    """Whether the "including" word at ``at`` (text from ``start``) opens such a list of regions: then it
    names the places of its clause, not a part of a count already told."""
    head, _ = _patterns()
    for h in head.finditer(text, max(start, at - _GAP - 12), min(len(text), at + 60)):
        word = _WORD.match(text, h.end())
        if h.start() < at < h.end() and word and region_adjective(word.group()):
            return True
    return False
