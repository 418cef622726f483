"""A region's bare attack told beside drones downed over that region: the attack they repelled, no strike."""
from __future__ import annotations

from geo.extract.agreement import same_day
from geo.extract.draft import Draft
from geo.extract.figures import Figures
from geo.extract.repelled import told_apart

REACH = 4  # sentences between the attack and the shoot-down that may tell the same night
NEXT_TO = 2  # sentences apart at most for a counted or district attack (its drones are the downed ones)


def _bare_attack(d: Draft, doc: Figures) -> bool:
    """"Russia attacked the region using only drones", "a drone fell in a field in the X district": a region
    (at most a district of it), and nothing hit, damaged, set on fire or harmed in its sentence."""
    return d.event_type == "strike" and bool(d.region) and d.settlement is None \
        and d.target is None and not d.fire and not d.killed \
        and not d.injured and doc.target(*doc.sentences[d.sentence]) is None \
        and not doc.lex.damage.search(doc.low, *doc.sentences[d.sentence])


def _counted_among(d: Draft, o: Draft, doc: Figures) -> bool:
    """Within reach, the attack counts no drones and names no district; near the shoot-down (at most
    :data:`NEXT_TO` sentences apart), it may count no more drones than were downed ("two drones flew in.
    Both were destroyed"; one drone beside an uncounted shoot-down), or tell a drone's fall in a district of no other district ("suppressed ... The drone
    fell in a field in the X district"; a district hit, "FPV-дроном ударили по X громаде", stays)."""
    if d.district is None and (d.count is None or d.one_attack):
        return abs(o.sentence - d.sentence) <= REACH
    if abs(o.sentence - d.sentence) > NEXT_TO:
        return False
    if d.district is not None and (o.district not in (None, d.district)
                                   or not doc.lex.fall.search(doc.low, *doc.sentences[d.sentence])):
        return False
    return d.count is None or d.one_attack or (d.count <= o.count if o.count is not None else d.count == 1)


def _undated_or_same_day(d: Draft, o: Draft) -> bool:
    """The attack's day is the interception's, or the attack's time word gave no day ("в субботу" with no
    publication date): nothing tells it apart. An "earlier" (a date marked unknown) does: another attack."""
    return d.date is None or (d.date.date is None and d.date.known) or same_day(o, d)


def drop_attack_beside_downed(drafts: list[Draft], doc: Figures) -> list[Draft]:
    """"Drones attacked the Kyiv region ... air defence shot down all of them", a governor's "the enemy
    continues night attacks on the region" after debris of downed drones damaged houses there, or "two
    drones arrived over the region at 4 a.m. Both were destroyed": the attack is the one the interception
    in the same region and day (not another time of the day) tells; it hit nothing of its own."""
    out = []
    for d in drafts:
        if _bare_attack(d, doc) and any(
                o.event_type == "interception" and o.region == d.region and _counted_among(d, o, doc) and _undated_or_same_day(d, o)
                and doc.lex.interception.search(doc.low, *o.span) and not told_apart(doc, o, d)
                for o in drafts):
            continue
        out.append(d)
    return out
