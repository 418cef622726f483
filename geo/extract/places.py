"""Regions and settlements named in a text, as spans.

Region names come from :func:`geo.regions.find_region_mentions`; it is only
run on sentences that can name a region (a Cyrillic letter or a capitalised
word that starts an English region alias), which keeps extraction fast on
long articles.  Bare "Moscow" means the city unless the Moscow region was
named in the same or the two previous sentences.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from geo.regions import ALIASES_PATH, find_region_mentions, regions

_CAPITALISED = re.compile(r"[A-Z][\w'’-]*")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
#: Bare mention -> the region meant when that region is in focus (RU-MOW "Moscow" -> RU-MOS).
FOCUS_REGION = {"RU-MOW": "RU-MOS", "UA-30": "UA-32", "BY-HM": "BY-MI"}
FOCUS_SENTENCES = 2


@dataclass(frozen=True)
class Mention:
    """A region named in the text; ``sentence`` is the index of its sentence."""

    start: int
    end: int
    code: str
    explicit: bool
    text: str
    sentence: int


@lru_cache(maxsize=1)
def _alias_first_words() -> frozenset[str]:
    words: set[str] = set()
    with open(ALIASES_PATH, encoding="utf-8") as fh:
        rows = csv.DictReader((ln for ln in fh if ln.strip() and not ln.startswith("#")), delimiter="\t")
        words.update(r["alias"].split()[0] for r in rows if r["lang"] == "en" and r["alias"].strip())
    for r in regions().values():
        words.add(r.name_en.split()[0])
    return frozenset(w.split("-")[0] for w in words)


def _may_name_region(sentence: str) -> bool:
    if _CYRILLIC.search(sentence):
        return True
    first = _alias_first_words()
    return any(w.split("-")[0].rstrip("'’s") in first or w.split("-")[0] in first
               for w in _CAPITALISED.findall(sentence))


def region_mentions(text: str, sentence_spans: list[tuple[int, int]]) -> list[Mention]:
    """Every region mention, with bare city names resolved by the region in focus."""
    out: list[Mention] = []
    for i, (s, e) in enumerate(sentence_spans):
        chunk = text[s:e]
        if not _may_name_region(chunk):
            continue
        for m in find_region_mentions(chunk):
            code = m.code
            if not m.explicit and code in FOCUS_REGION:
                wider = FOCUS_REGION[code]
                if any(p.code == wider and p.explicit and p.sentence >= i - FOCUS_SENTENCES for p in out):
                    code = wider
            out.append(Mention(s + m.start, s + m.end, code, m.explicit, m.text, i))
    return out
