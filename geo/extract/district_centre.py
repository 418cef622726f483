"""The district centre named by its title ("the district centre came under attack"): the town the district is
named after, when the incident's district is told and that town is a settlement of its region (a pass after the
text is read; the golds read "the Nikopol district centre" as Nikopol)."""
from __future__ import annotations

from geo.extract.draft import Draft
from geo.extract.places import settlement_region
from geo.extract.reading import Text

# Countries whose districts are each named after their centre (Ukraine's raions since 2020); elsewhere a
# district and its centre may differ ("Belgorodsky district": its centre is Maysky).
NAMED_AFTER_CENTRE = ("UA-",)


def district_centres(drafts: list[Draft], doc: Text) -> list[Draft]:
    """An incident with no settlement, told in a district, whose text calls the place "the district centre":
    in the district's namesake town."""
    centre = doc.lex.district_centre
    for d in drafts:
        if d.settlement is None and d.district and d.region and d.region.startswith(NAMED_AFTER_CENTRE) \
                and centre.search(doc.low, *d.span) and settlement_region(d.district) == d.region:
            d.settlement = d.district
    return drafts
