"""A region's lead toll over the communities' parts told after it ("За добу на Сумщині поранено шістьох. У Х
громаді поранено двох ... У Y громаді – чотирьох"): communities are no settlements, so the lead and its parts are
one incident (the gold's key); its toll is the lead's figure, or the parts' sum when they tell more, not both added."""
from __future__ import annotations

from geo.extract.agreement import same_day
from geo.extract.draft import Draft


def lead_over_parts(drafts: list[Draft]) -> list[Draft]:
    """The lead keeps the larger of its own toll and the parts' sum; the parts give theirs up (the merges of one
    region's communities would add them to the lead's)."""
    for lead in drafts:
        if lead.region is None or lead.settlement or lead.district or not (lead.killed or lead.injured):
            continue
        after = [d for d in drafts if d.sentence > lead.sentence and d.event_type == lead.event_type
                 and d.region == lead.region and same_day(d, lead) and (d.killed or d.injured)]
        parts = [d for d in after if d.settlement is None and d.district]
        if len(parts) < 2 or len(parts) < len(after) or len({d.district.lower()[:-3] for d in parts if d.district}) < len(parts):
            continue  # (victims told at a settlement: the lead may sum them too; one district told twice: a restatement)
        lead.killed = _larger_of(lead.killed, [d.killed for d in parts])
        lead.injured = _larger_of(lead.injured, [d.injured for d in parts])
        for d in parts:
            d.killed = d.injured = None
    return drafts


def _larger_of(lead: int | None, parts: list[int | None]) -> int | None:
    told = [n for n in parts if n is not None]
    if not told:
        return lead
    return max(lead or 0, sum(told))
