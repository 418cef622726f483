"""A fall told after every drone was downed: "Air defence shot down all the drones over the X region. A house
was damaged as a result of the drone's crash" is the debris of a downed drone (the debris convention), so the
damage belongs to that interception, not to a strike of its own."""
from __future__ import annotations

from geo.extract.draft import Draft
from geo.extract.reading import Text

#: How many sentences after the shoot-down the fall may be told.
WITHIN_SENTENCES = 8


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
                       and 0 < d.sentence - o.sentence <= WITHIN_SENTENCES and _all_downed(o, doc)), None)
        if downed and _a_fall(d, doc):
            downed.take_missing(d)
            downed.widen(d)
            continue
        out.append(d)
    return out
