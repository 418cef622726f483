"""A drone's fall told beside its shoot-down is the downed drone's debris (the debris convention): one
interception with the fall's damage, not a strike of its own. Three orders of telling, one pass each:

- the fall first, the shoot-down within two sentences ("In the X district a drone fell and damaged a house.
  Air defence intercepted the drone in that district"): ``merge_fall_then_downed``;
- the shoot-down first (of any number), the fall in the same town right after ("A drone was suppressed on the edge of X. Its
  fall set a plant in X on fire"): ``merge_downed_fall``;
- every drone downed, a fall or crash told later ("Air defence shot down all the drones over the X region. A
  barn caught fire after the UAV's fall"): ``merge_fall_after_downed``.
"""
from __future__ import annotations

from geo.extract.draft import Draft
from geo.extract.reading import Text

#: How many sentences later the shoot-down may be told.
SHOOT_DOWN_WITHIN = 2


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
                     and 0 < d.sentence - o.sentence <= SHOOT_DOWN_WITHIN), None)
        if fell and d.region and d.event_type == "interception" and _single(d) and _same_drone(fell, d, doc):
            d.take_missing(fell)
            d.count = d.count or fell.count
            d.one_attack = d.one_attack or fell.one_attack  # "падения беспилотника": one drone
            out.remove(fell)
        out.append(d)
    return out


# The shoot-down first, the fall in the same town.
#: How many sentences later the fall may be told.
SAME_TOWN_WITHIN = 2
#: ... and when neither the shoot-down nor the fall names a town.
SAME_REGION_WITHIN = 5


def _downed_before(d: Draft, out: list[Draft]) -> Draft | None:
    """The interception told just before ``d`` in ``d``'s town, of any number of drones (the fall is one of
    them), or anywhere in the region when ``d`` names none ("debris of a downed drone fell in the X district.
    The Shahed's fall damaged buildings")."""
    town = (d.settlement or "").lower()
    return next((o for o in reversed(out) if o.event_type == "interception"
                 and o.region and o.region == d.region and (not town or (o.settlement or "").lower() == town)
                 and _told_close(o, d, town)), None)


def _told_close(o: Draft, d: Draft, town: str) -> bool:
    """``d`` told just after ``o``; a little further when neither names a town (the shoot-down's restatements,
    merged into it, keep its first sentence)."""
    return 0 < d.sentence - o.sentence <= (SAME_TOWN_WITHIN if town or o.settlement else SAME_REGION_WITHIN)


def merge_downed_fall(drafts: list[Draft], doc: Text) -> list[Draft]:
    """A strike that only tells a drone's fall ("падение аппарата вызвало пожар"), right after an interception in
    the same town (one drone, or drones of no or any number downed there: "сбиты над X и Y. ... В X из-за падения
    дрона ..."; "ещё один" stays apart), is that interception's damage."""
    out: list[Draft] = []
    for d in drafts:
        fell = d.event_type == "strike" and d.count in (None, 1) and bool(doc.lex.fall_of_drone.search(doc.low, *d.span))
        downed = _downed_before(d, out) if fell else None
        if downed and not doc.lex.another.match(doc.low, *d.span):
            downed.take_missing(d)
            continue
        out.append(d)
    return out


# Every drone downed, a fall told later.
#: How many sentences after the shoot-down the fall may be told.
ALL_DOWNED_WITHIN = 8


def _all_downed(o: Draft, doc: Text) -> bool:
    """``o`` is an interception whose sentence says every drone was downed (or the attack repelled)."""
    s, e = doc.sentences[o.sentence]
    return o.event_type == "interception" and bool(doc.lex.all_downed.search(doc.low, s, e))


def _a_fall(d: Draft, doc: Text) -> bool:
    """``d`` is a strike of one drone or an unstated number, told as a fall or crash, with no town of its own."""
    s, e = doc.sentences[d.sentence]  # (or a sentence that added the damage to it: its span reaches there)
    e = max(e, d.span[1])
    return d.event_type == "strike" and d.count in (None, 1) and d.settlement is None \
        and bool(doc.lex.fall_after.search(doc.low, s, e))


def merge_fall_after_downed(drafts: list[Draft], doc: Text) -> list[Draft]:
    """Fold a fall in the region whose drones were all downed into that interception, with its damage."""
    out: list[Draft] = []
    for d in drafts:
        downed = next((o for o in reversed(out) if o.region == d.region and o.region
                       and 0 < d.sentence - o.sentence <= ALL_DOWNED_WITHIN and _all_downed(o, doc)), None)
        if downed and _a_fall(d, doc):
            downed.take_missing(d, ("target", "killed", "injured", "count", "qualifier"))  # ("the falling drone": one)
            downed.widen(d)
            continue
        out.append(d)
    return out
