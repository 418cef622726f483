"""A region's bare attack told beside drones downed over that region: the attack they repelled, no strike."""
from __future__ import annotations

from geo.extract.agreement import same_day
from geo.extract.draft import Draft
from geo.extract.figures import Figures
from geo.extract.repelled import told_apart

REACH = 4  # sentences between the attack and the shoot-down that may tell the same night


def _bare_attack(d: Draft, doc: Figures) -> bool:
    """"Russia attacked the region using only drones": a region, and nothing hit, damaged,
    counted or harmed in its sentence."""
    return d.event_type == "strike" and bool(d.region) and d.settlement is None and d.district is None \
        and (d.count is None or d.one_attack) and d.target is None and not d.fire and not d.killed \
        and not d.injured and doc.target(*doc.sentences[d.sentence]) is None \
        and not doc.lex.damage.search(doc.low, *doc.sentences[d.sentence])


def drop_attack_beside_downed(drafts: list[Draft], doc: Figures) -> list[Draft]:
    """"Drones attacked the Kyiv region ... air defence shot down all of them", or a governor's "the enemy
    continues night attacks on the region" after debris of downed drones damaged houses there: the attack
    is the one the interception in the same region and day (not another time of the day) tells; it hit
    nothing of its own."""
    out = []
    for d in drafts:
        if _bare_attack(d, doc) and any(
                o.event_type == "interception" and o.region == d.region and abs(o.sentence - d.sentence) <= REACH
                and same_day(o, d) and doc.lex.interception.search(doc.low, *o.span) and not told_apart(doc, o, d)
                for o in drafts):
            continue
        out.append(d)
    return out
