"""The regional centre named by its title ("росіяни атакували обласний центр"): the capital of the region the
incident is in (a pass after the text is read; the gold reads "обласний центр" as that city)."""
from __future__ import annotations

from geo.extract.draft import Draft
from geo.extract.reading import Text


def regional_centres(drafts: list[Draft], doc: Text) -> list[Draft]:
    """An incident with no settlement whose own text calls the place "the regional centre" is in the capital."""
    centre, capitals = doc.lex.regional_centre
    for d in drafts:
        if d.settlement is None and d.region in capitals and centre.search(doc.low, *d.span):
            d.settlement = capitals[d.region]
    return drafts
