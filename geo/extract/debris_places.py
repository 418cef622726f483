"""The gold's key for debris (one incident per type, region, settlement and day): "Over the region five drones
were destroyed. In the town of X their debris damaged a house" is two interceptions -- the region's, with its
count, and the town's, with the damage and no count -- not the town with the region's count.

One incident stays one when the count is the town's: the region's one drone downed whose debris fell on the town
("one drone was shot down; its debris hit a house in X"); a report that opens with the attack on the town and
then counts the drones without naming a place ("An attack on X was repelled. ... Eight drones were downed"; not
"over the region", not "in all"); a count told of the town itself ("two drones were downed on approach to X":
the city's name, not the region's); and a region that is one city (Kyiv, Moscow, Sevastopol)."""
from __future__ import annotations

from geo.extract.draft import Draft
from geo.extract.reading import Text


def debris_apart(d: Draft, towns: list[Draft], drafts: list[Draft], doc: Text) -> bool:
    """The region-level interception ``d`` (with a count) and the uncounted ones in its ``towns`` are incidents
    of their own."""
    if d.count == 1 and len(towns) == 1:
        return False
    if len(towns) == 1 and (_names_the_town(d, towns[0], doc) or _counts_the_towns_attack(d, towns[0], drafts, doc)):
        return False
    city = doc.lex.city_regions.get(d.region or "", "").lower()
    return not any((o.settlement or "").lower() == city for o in towns)


def _counts_the_towns_attack(d: Draft, town: Draft, drafts: list[Draft], doc: Text) -> bool:
    """The report opens (in ``d``'s region) with the town, and ``d`` counts drones without naming where."""
    first = next((o for o in drafts if o.region == d.region), None)
    s, e = doc.sentences[d.sentence]
    return first is town and town.sentence < d.sentence and d.inherited and not _more_elsewhere(doc, s, e) \
        and not doc.lex.same_region.search(doc.low, s, e) and not doc.lex.partial_total.search(doc.low, s, e)


def _more_elsewhere(doc: Text, s: int, e: int) -> bool:
    """"Ещё два дрона сбиты над X-ским и Y-ским округами": more drones, downed in districts the town is not."""
    return bool(doc.lex.another.match(doc.low, s, e)) and doc.lex.district.search(doc.text, s, e) is not None


def _names_the_town(d: Draft, town: Draft, doc: Text) -> bool:
    """``d``'s sentence names the town (its region read from the city's name, in any case: "к Воронежу")."""
    name = (town.settlement or "").lower()
    stem = name[:max(4, len(name) - 1)]
    return bool(name) and any(m.sentence == d.sentence and m.code == d.region and not m.explicit
                              and m.text.lower().startswith(stem) and len(m.text) <= len(name) + 2  # not "Xщиною"
                              for m in doc.mentions)
