"""A toll told after "most targets were destroyed" belongs to the hit told beside it: "Drones attacked energy
sites in the south of the region. Air defence destroyed most targets, yet the attack did damage. ... One
person was injured" -- the interception names no number, no debris and nothing hit, so its victims are the
strike's (a pass after the text is read)."""
from __future__ import annotations

from geo.extract.agreement import same_day
from geo.extract.draft import Draft
from geo.extract.reading import Text


def _bare_interception(d: Draft, doc: Text) -> bool:
    """Downed drones with a toll but no number, nothing hit and no debris anywhere in its text."""
    spans = [d.span, *d.extra_spans]
    return d.event_type == "interception" and d.count is None and d.target is None \
        and (d.killed or d.injured) is not None \
        and not any(doc.lex.debris.search(doc.low, s, e) for s, e in spans)


def tolls_to_hits(drafts: list[Draft], doc: Text) -> list[Draft]:
    """Move the toll of a bare interception to the one strike of its region and day that hit something and
    told no toll of its own."""
    for d in drafts:
        if not _bare_interception(d, doc):
            continue
        hits = [o for o in drafts if o.event_type == "strike" and o.region == d.region and same_day(o, d)
                and o.target and o.killed is None and o.injured is None]
        if len(hits) == 1:
            hits[0].killed, hits[0].injured = d.killed, d.injured
            if d.killed or d.injured:  # ("nobody was hurt" is said of the whole report: it stays)
                d.killed = d.injured = None
    return drafts
