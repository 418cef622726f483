"""The regional centre named by its title ("росіяни атакували обласний центр"): the capital of the region the
incident is in (a pass after the text is read; the gold reads "обласний центр" as that city)."""
from __future__ import annotations

import functools
import re

from geo.extract.draft import Draft
from geo.extract.reading import Text
from geo.places.mentions import region_adjective

#: A region's group in the lexicon's capital_hromada pattern ("(?P<UA_63>saltivsk|shevchenkivsk|...)").
CODE_GROUP_SOURCE = re.compile(r"\(\?P<(?P<code>[A-Z]{2}_\w+)>(?P<stems>[^()]*)\)")


@functools.lru_cache(maxsize=8)
def _district_stems(pattern: re.Pattern) -> dict[str, re.Pattern]:
    """Each region's own capital districts, read from its group of the pattern: a name that several capitals
    share ("Shevchenkivskyi") matches only the first group of one alternation, so the region is tested apart."""
    return {m["code"]: re.compile(m["stems"]) for m in CODE_GROUP_SOURCE.finditer(pattern.pattern)}


def regional_centres(drafts: list[Draft], doc: Text) -> list[Draft]:
    """An incident with no settlement whose own text calls the place "the regional centre" is in the capital."""
    centre, capitals, _ = doc.lex.regional_centre
    for d in drafts:
        if d.settlement is None and d.region in capitals and centre.search(doc.low, *d.span):
            d.settlement = capitals[d.region]
    return drafts


def capital_hromadas(drafts: list[Draft], doc: Text) -> list[Draft]:
    """An incident with no settlement told of the hromada named like its region ("Сумська громада") is the
    capital's: it joins the capital's incident of its type, or takes the capital when its text speaks of the city
    ("у Ковпаківському районі міста"); without either it stays a hromada (no settlement)."""
    _, capitals, pattern = doc.lex.regional_centre
    out: list[Draft] = []
    for d in drafts:
        matches = list(pattern.finditer(doc.low, *d.span)) if d.settlement is None and d.region in capitals else []
        if not any((adj := m.groupdict().get("adj")) and region_adjective(adj) == d.region for m in matches):
            out.append(d)
            continue
        city = capitals[str(d.region)]
        same = next((o for o in drafts if o is not d and o.settlement == city and o.event_type == d.event_type), None)
        if same is not None:
            same.take_missing(d, ("target", "killed", "injured", "count"))
            same.widen(d)
            continue
        nxt = doc.sentence_of(d.span[1] - 1) + 3  # (the city may be told in the sentence after, past a source line)
        end = doc.sentences[min(nxt, len(doc.sentences)) - 1][1]
        if any(m.groupdict().get("city") for m in pattern.finditer(doc.low, d.span[0], max(end, d.span[1]))):
            d.settlement = city
        out.append(d)
    return out


def capital_districts(drafts: list[Draft], doc: Text) -> list[Draft]:
    """An incident with no settlement told in a district of its region's capital named alone ("у Ковпаківському
    районі" in a Sumy report) is in the capital: the lexicon names each district's group by the region's code."""
    _, capitals, pattern = doc.lex.regional_centre
    for d in drafts:
        if d.settlement is None and d.region in capitals:
            code, city = d.region.replace("-", "_"), capitals[d.region]
            # (not a district told in the capital's own incident, inside a span merged across it)
            told = [o.span for o in drafts if o is not d and o.settlement == city]
            stems = _district_stems(pattern)
            own = stems.get(code)
            if own is not None and any(m.lastgroup in stems and own.match(doc.low, m.start(m.lastgroup))
                                       and not any(s <= m.start() < e for s, e in told)
                                       for m in pattern.finditer(doc.low, *d.span)):
                d.settlement = city
    return drafts
