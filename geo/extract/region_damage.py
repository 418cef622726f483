"""A region's damage told beside the drones downed over it: what their debris did (a pass after the text is read)."""
from __future__ import annotations

import re

from geo.extract.agreement import same_day
from geo.extract.draft import Draft
from geo.extract.reading import Text

REACH = 8  # sentences between a region's shoot-down (in a roundup) and its damage told after the roundup


def _region_damage(d: Draft, doc: Text) -> bool:
    """"В Воронежской области повреждены шесть домов": a strike on the region (no settlement, district, number or
    victims) that tells damage to a thing only, naming drones at most as the attack's ("при атаке беспилотников")."""
    if d.event_type != "strike" or not d.region or d.settlement or d.district or d.count is not None or d.one_attack \
            or d.killed or d.injured:
        return False
    if d.target is None:
        return False  # (no thing damaged named; tested first, before the sentence's searches)
    lex, (s, e) = doc.lex, doc.sentences[d.sentence]
    if lex.earlier.match(doc.low, s):
        return False  # "Ранее ... из-за атаки БПЛА сгорел автомобиль": another time's
    if lex.debris.search(doc.low, s, e):
        return False  # (debris: "dry vegetation caught fire" after hits is the hits')
    told = [m.span() for m in lex.repelled_wording.finditer(doc.low, s, e)]

    def inside(m: re.Match[str]) -> bool:
        return any(a < m.end() and m.start() < b for a, b in told)
    return all(inside(m) for m in lex.drone.finditer(doc.low, s, e)) \
        and all(lex.damage.match(doc.low, m.start()) or lex.fire.match(doc.low, m.start()) or inside(m)
                for m in lex.strike.finditer(doc.low, s, e))


def merge_region_damage(drafts: list[Draft], doc: Text) -> list[Draft]:
    """"Над Воронежской областью сбиты 21 БПЛА. ... В Воронежской области повреждены шесть жилых домов": the damage
    (and toll) of a region told beside the drones downed over that region the same day, with no strike of its own,
    is what the downed drones did: it goes to that interception (the gold's debris convention), no strike."""
    out: list[Draft] = []
    for d in drafts:
        o = next((o for o in drafts if o.event_type == "interception" and o.region == d.region and o.settlement is None
                  and abs(o.sentence - d.sentence) <= REACH and same_day(o, d)), None) \
            if _region_damage(d, doc) else None
        if o is None or any(k.event_type == "strike" and k.region == d.region and k is not d for k in drafts):
            out.append(d)
            continue
        o.take_missing(d)
    return out
