"""Towns and districts listed together as where drones were downed or struck ("БПЛА уничтожены в X, Y-ском и
Z-ском районах", "в Y-ском районе и г. X"): the towns are incidents of their own, and so are the districts,
one incident with the region and no settlement (districts are not settlements; several collapse into one).

A pass at the end: a draft placed in a town whose sentence lists districts beside a town gets a twin with no
settlement, unless one of that kind, region and date is already there. A figure stated for the whole list
("над X и Y-ским районом сбиты пять БПЛА") keeps the one incident; a toll other than "no one hurt" stays with
the town.
"""
from __future__ import annotations

from dataclasses import replace

from geo.extract.draft import Draft
from geo.extract.reading import Text


def _lists_districts(d: Draft, doc: Text) -> bool:
    """``d``'s sentence lists districts beside a town (the pattern is gated by its district words:
    :data:`geo.extract.lexicon_gates.GATED`)."""
    return doc.lex.districts_beside_town.search(doc.text, *doc.sentences[d.sentence]) is not None


def _twin(d: Draft) -> Draft:
    """The districts' incident beside ``d``'s town: its region and date, no place, no figure."""
    return replace(d, settlement=None, near=False, count=None, qualifier=None, total=None, target=None,
                   killed=d.killed if d.killed == 0 else None, injured=d.injured if d.injured == 0 else None,
                   extra_spans=list(d.extra_spans))


def _key(d: Draft) -> tuple[str, str | None, str | None]:
    return d.event_type, d.region, d.date.date if d.date else None


def district_lists(drafts: list[Draft], doc: Text) -> list[Draft]:
    """The drafts, with one more (no settlement) for the districts listed beside a town."""
    out = list(drafts)
    have = {_key(d) for d in drafts if d.settlement is None and d.region}
    for d in drafts:
        if d.settlement is None or d.region is None or d.count is not None or not _lists_districts(d, doc):
            continue
        key = _key(d)
        if key in have:
            continue
        have.add(key)
        out.append(_twin(d))
    return out
