"""A lead that tells a region's attack and its fire or damage, followed by the town (or the region) where debris
of a downed drone caused it (a pass after the text is read)."""
from __future__ import annotations

from geo.extract.agreement import compatible, compatible_target, other_days
from geo.extract.draft import FOLLOWUP_SENTENCES, Draft
from geo.extract.reading import Text

#: A lead that names the attack only as the cause of damage is answered by the shoot-down this far on (the
#: official's quote, a line on the night's alerts and the weapons come between).
CAUSE_TOLD_SENTENCES = 6


def merge_debris_lead(drafts: list[Draft], doc: Text) -> list[Draft]:
    """"В крае в результате атаки беспилотников загорелся завод. Пожар возник в станице X из-за падения
    обломков сбитого дрона": the region-level strike with no number is the damage of the interception told
    right after it in a town of that region by its debris; its target and toll go to that interception."""
    out: list[Draft] = []
    for d in drafts:
        lead = d.event_type == "strike" and d.region and d.settlement is None and d.district is None
        o = _debris_after(d, drafts, doc) if lead and d.count is None else None
        if o is None and lead and _caused_damage(d, doc):
            o = _region_debris_after(d, drafts, doc)
        if o is None:
            out.append(d)
            continue
        o.take_missing(d)
        o.widen(d)
    return out


def _debris_after(d: Draft, drafts: list[Draft], doc: Text) -> Draft | None:
    """The one debris interception in a settlement of ``d``'s region in the next sentences, if its facts fit."""
    near = [o for o in drafts if o.event_type == "interception" and o.region == d.region and o.settlement
            and 0 < o.sentence - d.sentence <= FOLLOWUP_SENTENCES]
    if len(near) != 1:
        return None
    o = near[0]
    return o if _fits(o, d) and doc.lex.debris.search(doc.low, *o.span) else None


def _fits(o: Draft, d: Draft) -> bool:
    return compatible(o.killed, d.killed) and compatible(o.injured, d.injured) \
        and compatible_target(o.target, d.target) and not other_days(o, d)


def _caused_damage(d: Draft, doc: Text) -> bool:
    """"На Черкащині внаслідок атаки шахеда пошкоджено вікна": the lead's sentence names the attack only as the
    cause of damage (every attack word is the damage or inside the cause), no hit."""
    lex, low = doc.lex, doc.low
    s, e = doc.sentences[d.sentence]
    causes = [(m.start(), m.end()) for m in lex.attack_cause.finditer(low, s, e)]
    return bool(causes) and all(lex.damage.match(low, m.start()) or any(a <= m.start() <= b for a, b in causes)
                                for m in lex.strike.finditer(low, s, e))


def _region_debris_after(d: Draft, drafts: list[Draft], doc: Text) -> Draft | None:
    """The one region-level interception of ``d``'s region in the next sentences whose debris did damage, of
    ``d``'s number when ``d`` has one ("... збили шахед. Уламками пошкоджено вікна"): the damage the lead told."""
    near = [o for o in drafts if o.event_type == "interception" and o.region == d.region and o.settlement is None
            and 0 < o.sentence - d.sentence <= CAUSE_TOLD_SENTENCES]
    if len(near) != 1:
        return None
    o = near[0]
    end = doc.sentences[min(o.sentence + 1, len(doc.sentences) - 1)][1]  # its debris may be told right after it
    return o if _fits(o, d) and compatible(o.count, d.count) and doc.lex.debris.search(doc.low, o.span[0], max(end, o.span[1])) \
        else None
