"""A fall told before its shoot-down: "In the X district a drone fell and damaged a house. Air defence
intercepted the drone in that district" is one drone, downed, whose debris did the damage."""
from __future__ import annotations

from geo.extract.draft import Draft
from geo.extract.reading import Text

#: How many sentences later the shoot-down may be told.
WITHIN_SENTENCES = 2


def _single(d: Draft) -> bool:
    return d.settlement is None and d.count in (None, 1)


def _same_drone(o: Draft, d: Draft, doc: Text) -> bool:
    """The strike told a fall ("упал"), or told no number and one of the two says a single drone ("падения
    беспилотника"): two counted single drones, one that hit and one downed, stay apart, and so do drones with
    no number that hit something beside "most targets were destroyed"."""
    if doc.lex.fall.search(doc.low, *o.span):
        return True
    return o.count is None and (o.one_attack or d.one_attack or d.count == 1)


def merge_fall_then_downed(drafts: list[Draft], doc: Text) -> list[Draft]:
    """An unplaced single strike followed closely by an unplaced single interception in the same region
    becomes that interception (debris convention), with the strike's figures and damage."""
    out: list[Draft] = []
    for d in drafts:
        fell = next((o for o in reversed(out) if o.event_type == "strike" and _single(o) and o.region == d.region
                     and 0 < d.sentence - o.sentence <= WITHIN_SENTENCES), None)
        if fell and d.region and d.event_type == "interception" and _single(d) and _same_drone(fell, d, doc):
            d.take_missing(fell)
            d.count = d.count or fell.count
            d.one_attack = d.one_attack or fell.one_attack  # "падения беспилотника": one drone
            out.remove(fell)
        out.append(d)
    return out
