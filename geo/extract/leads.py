"""Passes over all drafts of a text about its lead: the opening summary of an attack whose details
follow, and a region named beside the one the report is about."""
from __future__ import annotations

from geo.extract.agreement import larger, toll_within
from geo.extract.draft import Draft
from geo.extract.figures import Figures

LEAD_REACH = 4  # sentences after a lead that may tell its details


def merge_lead_attack(drafts: list[Draft], doc: Figures) -> list[Draft]:
    """"A drone attack on the Kyiv region left one dead and four injured. ... debris of a downed drone
    killed a truck driver ...": a lead that names no place in the region and nothing hit, followed by
    damage from debris of drones downed there, is their attack; one interception, the lead's toll (a
    total) where the details give no more."""
    out: list[Draft] = []
    for d in drafts:
        if d.event_type == "strike" and d.region and d.settlement is None and (d.count is None or d.one_attack) \
                and doc.target(*doc.sentences[d.sentence]) is None:
            downed = next((o for o in drafts if o.event_type == "interception" and o.region == d.region
                           and d.sentence < o.sentence <= d.sentence + LEAD_REACH and (o.target or o.killed or o.injured)
                           and doc.lex.debris.search(doc.low, *o.span) and toll_within(o, d)), None)
            if downed is not None:
                downed.killed, downed.injured = larger(downed.killed, d.killed), larger(downed.injured, d.injured)
                continue
        out.append(d)
    return out


def drop_told_elsewhere(drafts: list[Draft], doc: Figures) -> list[Draft]:
    """A headline incident in a region the body names but tells no incident of ("Drones hit a depot in
    the Rostov region, noise heard in the Moscow region too"): the body's account of that region stands."""
    if len(doc.sentences) < 2 or not doc.is_title(0):
        return drafts
    told = {m.code for m in doc.mentions if m.sentence > 0}
    body = {d.region for d in drafts if d.sentence > 0}
    # (only beside a headline region the body does tell: a headline alone may be all the report says)
    confirmed = any(d.sentence == 0 and d.region in body for d in drafts)
    return [d for d in drafts if d.sentence > 0 or d.region is None or d.region in body or d.region not in told
            or not confirmed]


def _bare(d: Draft) -> bool:
    return d.target is None and d.settlement is None and d.count is None and not d.killed and not d.injured


def _told_again(o: Draft, doc: Figures) -> bool:
    """A later sentence of ``o`` names its region again: what it adds is about that region."""
    return any(m.code == o.region and m.sentence > o.sentence and m.start < o.span[1] for m in doc.mentions)


def drop_bare_siblings(drafts: list[Draft], doc: Figures) -> list[Draft]:
    """"Drones attacked the Ryazan and Voronezh regions. ... a fire at the Ryazan refinery": of the regions
    one clause lists as attacked, those the report tells nothing hit in are no incidents (an attack
    with no impact), once a follow-up names another of the list and what was hit there."""
    out = []
    for d in drafts:
        siblings = [o for o in drafts if o is not d and o.span[0] == d.span[0] and o.event_type == d.event_type == "strike"
                    and o.region != d.region]
        # (the sibling's region told about later, a strike there with something hit: "an attack on the Kursk and
        # Bryansk regions ... «houses were damaged in Kursk», ... two drones downed over Bryansk")
        told = [o for o in siblings if (not _bare(o) and _told_again(o, doc)) or any(
            x.event_type == "strike" and x.region == o.region and x.sentence > o.sentence and not _bare(x) for x in drafts)]
        if siblings and _bare(d) and told:
            continue
        out.append(d)
    return out


def place_lead(drafts: list[Draft]) -> list[Draft]:
    """"One man was killed in a drone strike in the Bryansk region, officials said. «A civilian was killed ...
    in an attack on the city of Bryansk», the governor wrote": a region-level strike whose next sentence tells
    a strike in one settlement of that region with no more victims is the same strike, placed there."""
    out: list[Draft] = []
    for d in drafts:
        a = out[-1] if out else None
        if a and a.event_type == d.event_type == "strike" and a.region == d.region and a.settlement is None \
                and a.district is None and d.settlement and d.sentence == a.sentence + 1 and a.span[0] < d.span[0] \
                and (a.killed or a.injured) \
                and (d.killed or 0) <= (a.killed or 0) and (d.injured or 0) <= (a.injured or 0):
            d.killed, d.injured = larger(a.killed, d.killed), larger(a.injured, d.injured)
            d.take_missing(a, ("target", "count", "qualifier", "district"))
            d.widen(a)
            out[-1] = d
            continue
        out.append(d)
    return out


def merge_details(drafts: list[Draft]) -> list[Draft]:
    """"Drones attacked Zaporizhzhia ... Details ... A private house was hit; three people were injured": a strike
    that names no place of its own (its region taken from before) told a few sentences after a strike on a town of
    that region, with nothing in between, is more about that strike, out of the reach of one follow-up."""
    out: list[Draft] = []
    for d in drafts:
        o = out[-1] if out else None
        if o and o.event_type == d.event_type == "strike" and d.inherited and d.settlement is None \
                and d.district is None and d.count is None and not d.national and o.settlement \
                and o.region == d.region and o.sentence < d.sentence <= o.sentence + LEAD_REACH + 1 \
                and (o.target is None or d.target is None or o.target == d.target) \
                and (not (o.killed or o.injured) or not (d.killed or d.injured)):
            o.take_missing(d)
            o.extend_to(d)
            continue
        out.append(d)
    return out
