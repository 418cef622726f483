"""Damage told place by place after a repelled attack: the downed drones' doing (a pass after the text is read)."""
from __future__ import annotations

import re

from geo.extract.agreement import same_day
from geo.extract.draft import Draft
from geo.extract.reading import Text

#: The places of a repelled attack's damage follow its report within this many sentences.
REPELLED_SENTENCES = 6
#: How far into a sentence its time of the day is looked for ("Сьогодні зранку", "Ввечері підрозділи").
DAY_PART_REACH = 30


def damage_of_repelled(drafts: list[Draft], doc: Text) -> list[Draft]:
    """"ПВО отразила атаку в восьми районах области. ... В станице X загорелся дом": a settlement's damage or
    fire whose sentence names no drone, no attack and no number (but for the repelled attack itself seen over the
    place, or a drone's fall, when nobody was hurt), told after the report of the attack repelled
    over that region (and no strike there before it), is damage the downed drones did: an interception there
    (the gold's convention on a repelled attack with damage); where the report already listed that place
    among the downing places ("сбиты в X, Y и Z. ... В Z загорелось предприятие"), that incident's damage."""
    told_there: list[Draft] = []
    for d in drafts:
        if d.event_type != "strike" or d.count is not None or d.one_attack or not d.region or not d.settlement:
            continue
        s, e = doc.sentences[d.sentence]
        told = [m.span() for m in doc.lex.repelled_wording.finditer(doc.low, s, e)] if not (d.killed or d.injured) else []
        if not _drones_told(doc, s, e, told) or not _damage_or_fire(doc, s, e, told):
            continue
        before = [o for o in drafts if o is not d and o.region == d.region and o.sentence < d.sentence]
        if not any(o.event_type == "strike" for o in before) and any(
                o.event_type == "interception" and d.sentence - doc.sentence_of(o.span[1] - 1) <= REPELLED_SENTENCES
                and doc.lex.repelled.search(doc.low, *doc.sentences[o.sentence]) for o in before):
            d.event_type = "interception"
            listed = next((o for o in before if o.event_type == "interception" and o.settlement == d.settlement
                           and same_day(o, d)), None)
            if listed is not None:
                listed.take_missing(d)
                listed.widen(d)
                told_there.append(d)
    return [d for d in drafts if not any(d is t for t in told_there)]


def _inside(m: re.Match[str], spans: list[tuple[int, int]]) -> bool:
    """The match overlaps one of the spans ("из-за падения БПЛА" over "падения БПЛА")."""
    return any(a < m.end() and m.start() < b for a, b in spans)


def _drones_told(doc: Text, start: int, end: int, told: list[tuple[int, int]]) -> bool:
    """The span names no drone, or only as the repelled attack's ("атака дронов зафиксирована над X") or a fall."""
    return all(_inside(m, told) for m in doc.lex.drone.finditer(doc.low, start, end))


def _damage_or_fire(doc: Text, start: int, end: int, told: list[tuple[int, int]]) -> bool:
    """Each strike word of the span tells damage or a fire ("повреждён забор", "загорелся дом"), or the repelled
    attack's drones (``told``); none an attack of its own."""
    lex = doc.lex
    return all(lex.damage.match(doc.low, m.start()) or lex.fire.match(doc.low, m.start()) or _inside(m, told)
               for m in lex.strike.finditer(doc.low, start, end))


def told_apart(doc: Text, a: Draft, b: Draft) -> bool:
    """Incidents ``a`` and ``b`` open their sentences (or the line just before: "Зранку знову
    атака. Дрон влучив у селище ...") with different times of the day ("Зранку ... Ввечері"): two events of
    a day's summary, not one attack told twice."""
    parts = [_day_part(doc, d.sentence) or (_day_part(doc, d.sentence - 1) if d.sentence else None) for d in (a, b)]
    return None not in parts and parts[0] != parts[1]


def _day_part(doc: Text, i: int) -> str | None:
    s, e = doc.sentences[i]
    m = doc.lex.day_part.match(doc.low, s, min(e, s + DAY_PART_REACH))
    return m.lastgroup if m else None


def repelled_over_region(d: Draft, detailed: list[Draft], doc: Text) -> bool:
    """"Атака дронов отражена над тремя районами. ... В посёлке X выбиты окна": the attack repelled
    over the region (no count), told before the damage its drones did in towns, is an incident of its own beside
    them (the gold's), not their summary."""
    return d.event_type == "interception" and d.count is None and all(o.sentence > d.sentence for o in detailed) \
        and bool(doc.lex.repelled.search(doc.low, *d.span))
