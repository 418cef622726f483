"""A city's suburbs ("передмістя Харкова") are other settlements around it, none of them named: the
incident has the city's region but no settlement."""
from __future__ import annotations

from geo.extract.draft import Draft
from geo.extract.reading import Text

#: How many first letters of the settlement stand for its case forms ("Харків" / "Харкова").
STEM = 4


def _only_suburbs(d: Draft, doc: Text) -> bool:
    """Every mention of ``d``'s settlement in its sentence follows a suburb word."""
    s, e = doc.sentences[d.sentence]
    stem = (d.settlement or "").lower()[:STEM]
    told = [m for m in doc.lex.suburb_of.finditer(doc.low, s, e) if m.group("name").startswith(stem)]
    return bool(told) and doc.low.count(stem, s, e) == len(told)


def drop_suburb_towns(drafts: list[Draft], doc: Text) -> list[Draft]:
    """The settlement read from "передмістя X" is not where it happened: no settlement."""
    for d in drafts:
        if d.settlement and len(d.settlement) >= STEM and _only_suburbs(d, doc):
            d.settlement, d.near = None, False
    return drafts
