"""A lead that tells a region's attack and its fire, followed by the town where debris of a downed drone
caused it (a pass after the text is read)."""
from __future__ import annotations

from geo.extract.draft import FOLLOWUP_SENTENCES, Draft
from geo.extract.passes import _compatible, _compatible_target, _other_days
from geo.extract.reading import Text


def merge_debris_lead(drafts: list[Draft], doc: Text) -> list[Draft]:
    """"В крае в результате атаки беспилотников загорелся завод. Пожар возник в станице X из-за падения
    обломков сбитого дрона": the region-level strike with no number is the damage of the interception told
    right after it in a town of that region by its debris; its target and toll go to that interception."""
    out: list[Draft] = []
    for d in drafts:
        o = _debris_after(d, drafts, doc) if d.event_type == "strike" and d.region and d.settlement is None \
            and d.count is None and d.district is None else None
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
    fits = _compatible(o.killed, d.killed) and _compatible(o.injured, d.injured) \
        and _compatible_target(o.target, d.target) and not _other_days(o, d)
    return o if fits and doc.lex.debris.search(doc.low, *o.span) else None
