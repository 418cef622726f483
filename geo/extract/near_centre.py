"""A place restated as "near" the regional capital ("A drone was downed over the village of X. ... 'air defence
shot down a drone near <capital>. The wreckage fell in X'"): the same incident told around the city, not a
second one in the city."""
from __future__ import annotations

from geo.extract.draft import FOLLOWUP_SENTENCES, Draft
from geo.extract.reading import Text


def _restates(k: Draft, d: Draft) -> bool:
    return (k.event_type == d.event_type and k.region == d.region and k.settlement is not None
            and k.settlement != d.settlement and 0 < d.sentence - k.sentence <= FOLLOWUP_SENTENCES
            and (k.count is None or d.count is None or k.count == d.count))


def _adds(d: Draft, doc: Text) -> bool:
    """"Another drone was downed near the city": one more, not the same one."""
    lex = doc.lex
    starts = {d.span[0], doc.sentences[d.sentence][0]}
    return any(lex.another.match(doc.low, s, d.span[1]) or lex.also.match(doc.low, s, d.span[1]) for s in starts)


def merge_near_centre(drafts: list[Draft], doc: Text) -> list[Draft]:
    """A later draft placed only "near" its region's capital joins the earlier one of a named settlement
    in that region, within the follow-up reach and with the same count."""
    capitals = doc.lex.regional_centre[1]
    out: list[Draft] = []
    for d in drafts:
        centre = d.near and d.settlement is not None and \
            (d.settlement in doc.lex.capitals or capitals.get(d.region or "") == d.settlement)
        centre = centre and not _adds(d, doc)
        k = next((o for o in reversed(out) if _restates(o, d)), None) if centre else None
        if k is None:
            out.append(d)
            continue
        k.take_missing(d, ("count", "qualifier", "killed", "injured", "target"))
        k.extend_to(d)
    return out
