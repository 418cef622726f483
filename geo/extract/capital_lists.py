"""Bare region capitals listed together ("Windows were also broken in Sumy and Poltava"): each incident the
list gave is in its city, as a single bare capital already is ("Russian drones hit Kharkiv": the city).

A pass after the text is read: a strike with no settlement whose sentence names its region only by the bare
capital, in a list of bare capitals after a place word ("in", "hit"), with no region word in the list (only
strikes: drones downed "over Bryansk and Kursk" are a roundup of regions); or in a list beside regions named with
their region word ("Sumy and the Odesa region").
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


def _mixed_list(doc: Reader, named: list[Mention]) -> bool:
    """Bare capitals listed with regions named by their region word, after a place word ("a drone strike on Sumy
    and the Odesa region": the writer names the region where the region is meant, so the bare name is the city);
    not regions sharing one plural region word ("Kursk, Voronezh and Belgorod regions")."""
    if len(named) < 2 or all(m.explicit for m in named) or all(not m.explicit for m in named) \
            or any(not m.explicit and m.text not in doc.lex.capitals for m in named) \
            or any(m.explicit and doc.lex.plural_region.search(doc.low, m.start, m.end + 1) for m in named):
        return False
    joins = (doc.low[a.end:b.start].strip().removesuffix(" the").removesuffix("the").strip()
             for a, b in zip(named, named[1:]))
    first = named[0].start - (4 if doc.low.endswith("the ", 0, named[0].start) else 0)
    return all(j in _JOINERS for j in joins) and bool(doc.lex.capital_before.search(doc.low, max(0, first - 40), first))


def capital_lists(drafts: list[Draft], doc: Reader) -> list[Draft]:
    """The drafts, a region-level one from a list of bare capitals placed in its capital."""
    for d in drafts:
        if d.event_type != "strike" or d.settlement is not None or d.region is None:
            continue
        s, e = doc.sentences[d.sentence]
        named = doc.mentions_in(s, e)
        listed = [m for m in named if m.code == d.region]
        if len(listed) == 1 and (_bare_list(doc, [m for m in named if not m.explicit]) or _mixed_list(doc, named)) \
                and not any(m.explicit for m in named if m.code == d.region):
            d.settlement = settlement_form(listed[0].text, doc.lex.morphology)
    return drafts
