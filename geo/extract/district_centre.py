"""The district centre named by its title ("the district centre came under attack"): the town the district is
named after, when the incident's district is told and that town is a settlement of its region (a pass after the
text is read; the golds read "the Nikopol district centre" as Nikopol)."""
from __future__ import annotations

from geo.extract.draft import Draft, replace
from geo.extract.morph import place_of_adjective
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


def district_centre_parts(drafts: list[Draft], doc: Text) -> list[Draft]:
    """"атакувала Нікопольщину – райцентр і Марганецьку громаду", "Потерпали райцентр, Х і Y громади": the district
    centre listed beside communities is an incident of its own in the district's town (the communities stay the
    settlement-less one); with no community beside it, the incident is in that town. The town comes from the
    incident's district ("Нікопольський") or the district's colloquial name in the sentence ("Нікопольщину")."""
    out: list[Draft] = []
    for d in drafts:
        out.append(d)
        at = _centre_sentence(d, drafts, doc)
        town = _district_town(d, at, doc) if at is not None else None
        if at is None or town is None:
            continue
        if doc.lex.district.search(doc.text, *doc.sentences[at]) is None:
            d.settlement = town
            continue
        none = d.killed == 0 and d.injured == 0  # "no one was hurt anywhere": the town's too
        out.append(replace(d, settlement=town, count=None, qualifier=None, target=None,
                           killed=0 if none else None, injured=0 if none else None))
    return out


def _centre_sentence(d: Draft, drafts: list[Draft], doc: Text) -> int | None:
    """The sentence (of ``d``'s or the next two, before another incident's) that names the district centre alone."""
    if d.event_type != "strike" or d.settlement or not d.region or not d.region.startswith(NAMED_AFTER_CENTRE):
        return None
    for i in range(d.sentence, min(d.sentence + 3, len(doc.sentences))):
        if i > d.sentence and any(o.sentence == i and o is not d for o in drafts):
            return None
        if doc.lex.district_centre.search(doc.text, *doc.sentences[i]):
            return i
    return None


def _district_town(d: Draft, i: int, doc: Text) -> str | None:
    """The district's town: named after the incident's district, or the colloquial district name in sentence ``i``."""
    def known(name: str) -> bool:
        return settlement_region(name) == d.region

    area = doc.lex.district_area.search(doc.low, *doc.sentences[i])
    adjectives = ([area.group("stem") + "ський"] if area else []) + ([d.district] if d.district else [])
    for adjective in adjectives:
        town = place_of_adjective(adjective, doc.lex.morphology or "", known)
        if town and town[0].islower():
            town = town[0].upper() + town[1:]
        if town and known(town):
            return town
    return None
