"""A shoot-down count followed by a colon and a list of as many places ("two drones were intercepted over
the region: in X and in Y") is one drone at each place, not the region's two."""
from __future__ import annotations

from dataclasses import replace

from geo.extract.clause import Reader
from geo.extract.draft import Draft


def _places_after_colon(d: Draft, doc: Reader) -> list[str]:
    """The settlements listed after a colon in ``d``'s sentence (the count told before it), each list item
    read on its own ("в X в Y-ском округе и в Z"), and none when an item names a place only "near"."""
    start, end = doc.sentences[d.sentence]
    colon = doc.text.find(":", max(start, d.span[0]), end)
    if colon < 0 or not doc.lex.drone.search(doc.low, max(start, d.span[0]), colon):
        return []  # ("Губернатор: ...": the colon opens the report, not its list of places)
    names: list[str] = []
    gaps = doc.lex.region_list_gap.finditer(doc.low, colon + 1, end)  # ("в X в Y-ском округе, в Z и над W")
    bounds = [colon + 1, *(m.start() for m in gaps if m.group(0)[-1].isspace() or "," in m.group(0)), end]
    for s, e in zip(bounds, bounds[1:]):
        name, near, listed = doc.settlement(s, e, doc.mentions_in(s, e))
        if near:
            return []
        names += [n for n in [name, *listed] if n and n not in names]
    return names


def one_each_place(drafts: list[Draft], doc: Reader) -> list[Draft]:
    """An unplaced interception of N drones whose clause ends in a colon listing N settlements becomes N
    interceptions of one drone, one at each settlement (same region, date and toll)."""
    out: list[Draft] = []
    for d in drafts:
        places = _places_after_colon(d, doc) if d.event_type == "interception" and d.settlement is None \
            and d.region and d.count and d.count >= 2 and d.qualifier in (None, "exact") else []
        if len(places) != d.count or len(set(places)) != len(places):
            out.append(d)
            continue
        out.extend(replace(d, settlement=name, count=1, qualifier="exact", total=None) for name in places)
    return out
