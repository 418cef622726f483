"""Bare region capitals listed together ("Windows were also broken in Sumy and Poltava"): each incident the
list gave is in its city, as a single bare capital already is ("Russian drones hit Kharkiv": the city).

A pass after the text is read: a strike with no settlement whose sentence names its region only by the bare
capital, in a list of bare capitals after a place word ("in", "hit"), with no region word in the list (only
strikes: drones downed "over Bryansk and Kursk" are a roundup of regions).
"""
from __future__ import annotations

from geo.extract.clause import Reader
from geo.extract.draft import Draft
from geo.extract.places import Mention, settlement_form

_JOINERS = frozenset({",", "and", ", and", "&"})


def _bare_list(doc: Reader, mentions: list[Mention]) -> bool:
    """Two or more bare capitals joined only by commas and "and", after a place word."""
    if len(mentions) < 2 or any(m.explicit or m.text not in doc.lex.capitals for m in mentions):
        return False
    joins = (doc.low[a.end:b.start].strip() for a, b in zip(mentions, mentions[1:]))
    first = mentions[0].start
    return all(j in _JOINERS for j in joins) and bool(doc.lex.capital_before.search(doc.low, max(0, first - 40), first))


def capital_lists(drafts: list[Draft], doc: Reader) -> list[Draft]:
    """The drafts, a region-level one from a list of bare capitals placed in its capital."""
    for d in drafts:
        if d.event_type != "strike" or d.settlement is not None or d.region is None:
            continue
        s, e = doc.sentences[d.sentence]
        named = doc.mentions_in(s, e)
        listed = [m for m in named if m.code == d.region]
        if len(listed) == 1 and _bare_list(doc, [m for m in named if not m.explicit]) \
                and not any(m.explicit for m in named if m.code == d.region):
            d.settlement = settlement_form(listed[0].text, doc.lex.morphology)
    return drafts
