"""A lead that only says where drone debris was found ("Debris of a drone was found near the village of X"),
the downing told after it: the downing is placed where the debris lay (the lead makes no incident of its own)."""
from __future__ import annotations

from geo.extract.clause import Reader
from geo.extract.draft import Draft

LEAD_SENTENCES = 3  # the found-debris lead opens the report: one of its first sentences
LEAD_REACH = 6  # the downing may be told after the details of the find (the crater, what the drone carried)


def _found_place(doc: Reader, k: int, region: str) -> tuple[str | None, bool]:
    """The settlement of sentence k when it tells debris found there, in ``region``."""
    s, e = doc.sentences[k]
    if not doc.lex.debris_found.search(doc.low, s, e):
        return None, False
    mentions = doc.mentions_in(s, e)
    if any(m.code != region for m in mentions):
        return None, False
    name, near, listed = doc.settlement(s, e, mentions)
    return (name, near) if name and not listed else (None, False)


def place_found_lead(drafts: list[Draft], doc: Reader) -> list[Draft]:
    """The first interception of a region, named without a settlement a few sentences after a lead sentence that
    made no draft and told debris found at a settlement of that region, is placed there."""
    told = {d.sentence for d in drafts}
    seen: set[str] = set()
    for d in drafts:
        first = d.region not in seen
        seen.add(d.region or "")
        if not (first and d.event_type == "interception" and d.region and d.settlement is None):
            continue
        for k in reversed(range(max(0, d.sentence - LEAD_REACH), min(d.sentence, LEAD_SENTENCES))):
            name, near = _found_place(doc, k, d.region) if k not in told else (None, False)
            if name:
                d.settlement, d.near = name, near
                break
    return drafts
