"""Damage told beside the drones downed over a place is what they did (passes after the text is read)."""
from __future__ import annotations

import re

from geo.extract.agreement import same_day
from geo.extract.draft import Draft
from geo.extract.reading import Text

REACH = 6  # sentences between the attack's toll and the count of drones downed over the same place


def _inside(m: re.Match[str], spans: list[tuple[int, int]]) -> bool:
    return any(a < m.end() and m.start() < b for a, b in spans)


def _attack_only(d: Draft, doc: Text) -> bool:
    """"При ночной атаке дронов на Керчь ранены трое": a strike with no figure of its own whose sentence
    tells the attack, damage, a fire or a toll, and no hit ("попал", "ударил", "врезался")."""
    if d.event_type != "strike" or not d.region or d.district or d.count is not None or d.one_attack:
        return False
    return damage_only(d, doc)


def damage_only(d: Draft, doc: Text, causes: bool = False) -> bool:
    """The strike's sentence tells the attack, damage, a fire or a toll, and no hit of its own (with ``causes``,
    an attack told as the cause, "після атаки", is no hit either)."""
    lex, (s, e) = doc.lex, doc.sentences[d.sentence]
    if lex.earlier.match(doc.low, s):
        return False  # ("Ранее ..."): another time's
    told = [m.span() for m in lex.repelled_wording.finditer(doc.low, s, e)]
    if causes:
        told += [m.span() for m in lex.attack_cause.finditer(doc.low, s, e)]
    return all(lex.damage.match(doc.low, m.start()) or lex.fire.search(doc.low, m.start(), m.end()) or _inside(m, told)
               for m in lex.strike.finditer(doc.low, s, e))  # ("вызвали пожары": a fire)


def _debris_near(doc: Text, o: Draft) -> bool:
    """The text near the shoot-down tells debris ("обломки сбитых дронов"): what harm there was, they did."""
    first = max(0, o.sentence - REACH)
    last = min(len(doc.sentences) - 1, o.sentence + REACH)
    return doc.lex.debris.search(doc.low, doc.sentences[first][0], doc.sentences[last][1]) is not None


def merge_attack_debris(drafts: list[Draft], doc: Text) -> list[Draft]:
    """"Ночью беспилотники атаковали Керчь, погиб человек. ... Обломки сбитых дронов повредили дома. ... Всего над
    городом сбито 12 БПЛА": the toll and damage of an attack on a place (no hit told, no figure of its own) beside
    the drones downed over that place the same day, with their debris told, are the downed drones' doing: the
    interception's (the gold's debris convention), no strike. Not when another strike in that region tells a hit."""
    out: list[Draft] = []
    for d in drafts:
        o = next((o for o in drafts if o.event_type == "interception" and o.region == d.region
                  and o.settlement == d.settlement and o.count is not None
                  and abs(o.sentence - d.sentence) <= REACH and same_day(o, d)), None) \
            if _attack_only(d, doc) else None
        if o is None or not _debris_near(doc, o) \
                or any(k.event_type == "strike" and k.region == d.region and k is not d for k in drafts):
            out.append(d)
            continue
        o.take_missing(d)
    return out


DAMAGE_WITHIN = 2  # sentences between one drone downed in a region and the damage it did in a village there


def merge_downed_damage(drafts: list[Draft], doc: Text) -> list[Draft]:
    """"Над Лискинским районом сбит беспилотник. Беспилотник повредил склад в селе X": one drone downed with no
    town, then a drone (not "another") that only damaged something in a town of that region right after, is the
    downed drone's doing: the interception's damage and town (the debris convention), no strike."""
    out: list[Draft] = []
    for d in drafts:
        o = next((o for o in reversed(out) if o.event_type == "interception" and o.region == d.region
                  and o.settlement is None and (o.count == 1 or (o.count is None and o.one_attack))
                  and 0 < d.sentence - o.sentence <= DAMAGE_WITHIN and same_day(o, d)), None) \
            if d.event_type == "strike" and d.settlement and d.count in (None, 1) else None
        if o is None or doc.lex.another.match(doc.low, *d.span) or not damage_only(d, doc):
            out.append(d)
            continue
        o.take_missing(d)
        o.settlement = d.settlement
    return out
