"""An attack told with its number of drones, then drone by drone what became of them ("атакували двома дронами.
Один збили. Ще один влучив у ..."): the first figure is the attack's total, not a strike of its own."""
from __future__ import annotations

from geo.extract.draft import Draft
from geo.extract.reading import Text
from geo.extract.totals import BREAKDOWN_SENTENCES


def _parts(d: Draft, later: list[Draft]) -> list[Draft]:
    """The counted drafts of ``d``'s region told in the few sentences after it, or after the total told again
    before any of them (a title, a lead and a quote each "атакували сімома дронами"): those restatements are no
    parts."""
    anchor, parts = d.sentence, list[Draft]()
    for o in later:
        if o.region != d.region or not o.count or o.sentence <= d.sentence or o.sentence - anchor > BREAKDOWN_SENTENCES:
            continue
        if not parts and o.event_type == d.event_type and o.count == d.count:
            anchor = o.sentence
            continue
        parts.append(o)
    return parts


def split_attack_total(drafts: list[Draft], doc: Text) -> list[Draft]:
    """A strike counted with the attack's total whose parts follow, drones downed and drones that hit adding
    up to it exactly, goes: the hits told after it are the strike (they take its toll and target)."""
    out: list[Draft] = []
    for i, d in enumerate(drafts):
        parts = _parts(d, drafts[i + 1:]) if d.event_type == "strike" and d.count and d.count > 1 else []
        hits = [o for o in parts if o.event_type == "strike"]
        if hits and len(hits) < len(parts) and sum(o.count or 0 for o in parts) == d.count \
                and d.settlement in (None, *(h.settlement for h in hits)):
            hits[0].take_missing(d)
            continue
        out.append(d)
    return out
