"""Debris of the drone that hit: "A drone hit a car in a village; the driver was injured. Its fragments also
damaged another car" -- nothing was shot down, so the debris sentence tells more damage of the strike, not
an interception (a pass after the text is read)."""
from __future__ import annotations

from geo.extract.draft import Draft
from geo.extract.reading import Text

HIT_DEBRIS_REACH = 2  # the debris sentence follows the hit (and a word on the victim) at once


def _downed_said(doc: Text, i: int) -> bool:
    return bool(doc.lex.interception.search(doc.low, *doc.sentences[i]))


def _next_to(a: Draft, d: Draft, doc: Text) -> bool:
    """``a``'s text (the hit and what followed it) reaches the sentence before ``d``'s."""
    return d.sentence == a.sentence or a.span[1] >= doc.sentences[max(d.sentence - HIT_DEBRIS_REACH, 0)][0]


def merge_hit_debris(drafts: list[Draft], doc: Text) -> list[Draft]:
    """An interception that only tells debris damage (and names no district of its own), right after a strike of its region and place in a text
    that says nothing was downed in either sentence, is that strike's damage."""
    out: list[Draft] = []
    for d in drafts:
        a = out[-1] if out else None
        if a is not None and d.event_type == "interception" and a.event_type == "strike" and a.region == d.region \
                and a.settlement == d.settlement and d.sentence >= a.sentence and _next_to(a, d, doc) \
                and not d.killed and not d.injured \
                and doc.lex.debris.search(doc.low, *doc.sentences[d.sentence]) \
                and not _downed_said(doc, d.sentence) and not _downed_said(doc, a.sentence) \
                and d.district is None and not doc.lex.district.search(doc.text, *doc.sentences[d.sentence]):
            a.take_missing(d, ("target",))
            a.extend_to(d)
            continue
        out.append(d)
    return out
