"""A fall told after the shoot-down, in the same town: "A drone was suppressed on the edge of X. Its fall set a
plant in X on fire" is one drone, downed, whose fall did the damage (one interception, with the damage)."""
from __future__ import annotations

from geo.extract.draft import Draft
from geo.extract.reading import Text

#: How many sentences later the fall may be told.
WITHIN_SENTENCES = 2


def _downed_before(d: Draft, out: list[Draft]) -> Draft | None:
    """The single interception told just before ``d`` in ``d``'s town (or anywhere when ``d`` names none)."""
    town = (d.settlement or "").lower()
    return next((o for o in reversed(out) if o.event_type == "interception" and o.count == 1 and o.settlement
                 and o.region == d.region and (o.settlement.lower() == town or not town)
                 and 0 < d.sentence - o.sentence <= WITHIN_SENTENCES), None)


def merge_downed_fall(drafts: list[Draft], doc: Text) -> list[Draft]:
    """A single strike that only tells a drone's fall ("падение аппарата вызвало пожар"), right after a single
    interception in the same town, is that interception's damage."""
    out: list[Draft] = []
    for d in drafts:
        downed = _downed_before(d, out) if d.event_type == "strike" and d.count in (None, 1) else None
        if downed and doc.lex.fall_of_drone.search(doc.low, *d.span) and not doc.lex.another.match(doc.low, *d.span):
            downed.take_missing(d)
            continue
        out.append(d)
    return out
