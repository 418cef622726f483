"""One spelling per place: "Kharkov" and "Kharkiv" in one text are one city, not two incidents.

English news spells Ukrainian cities both from Russian ("Zaporozhye", "Nikolaev", "Dnepr") and
from Ukrainian ("Zaporizhzhia", "Mykolaiv", "Dnipro"); the lexicon's ``spellings`` table maps each
variant to the official spelling, so merges compare like with like.  Only for places in Ukraine (or
not yet placed): a Russian village may bear the same name ("Akhtyrka" in the Oryol region).
"""
from __future__ import annotations

from geo.extract.draft import Draft
from geo.extract.reading import Text


def canonical_spellings(drafts: list[Draft], doc: Text) -> list[Draft]:
    """The drafts, each settlement in the spelling the lexicon prefers."""
    spellings = doc.lex.spellings
    if spellings:
        for d in drafts:
            if d.settlement is not None and (d.region is None or d.region.startswith("UA-")):
                d.settlement = spellings.get(d.settlement, d.settlement)
    return drafts
