"""Landmarks that name their city: "the Kremlin was attacked" is a strike in Moscow (the city region).

A pass after the text is read: a draft whose own text has a landmark attacked, and no other region
named for it, is placed in the landmark's city (the lexicon's ``landmarks``: pattern, region, city).
"""
from __future__ import annotations

from geo.extract.draft import Draft
from geo.extract.places import same_region
from geo.extract.reading import Text


def landmark_places(drafts: list[Draft], doc: Text) -> list[Draft]:
    """The drafts, those about an attacked landmark placed in its city."""
    for rx, region, city in doc.lex.landmarks:
        for d in drafts:
            if (d.region is None or d.inherited or same_region(d.region, region)) and rx.search(doc.low, *d.span):
                d.region = region
                d.settlement = d.settlement or city
    return drafts
