"""A roundup's remainder told by region ("14 drones were downed. One over X, the rest over Y"; "сбили 14 дронов:
один над X, остальные — над Y"): the clause names no verb and no figure of its own; its count is the national
total told before, less the parts the sentence has counted so far."""
from __future__ import annotations

from geo.extract.draft import Draft

REACH = 5  # the total may be told this many sentences before the remainder (a quote and a remark between)


def rest_of_roundup(drafts: list[Draft], previous: list[Draft], sentence: int) -> int | None:
    """The remainder's figure: the last national interception total (region none, a count) told at most
    :data:`REACH` sentences back, less the counted regional parts of this sentence and of the sentences between
    ("14 downed. Five over X. One over Y, the rest over Z": 8); None when any is missing."""
    parts = _regional(previous)
    if not parts:
        return None
    for k in range(len(drafts) - 1, -1, -1):
        d = drafts[k]
        if d.sentence < sentence - REACH:
            return None
        if d.region is None and d.count and d.event_type == "interception" and not d.settlement:
            told = parts + _regional([o for o in drafts[k + 1:] if o.sentence < sentence])
            return d.count - told if d.count > told else None
    return None


def _regional(drafts: list[Draft]) -> int:
    """The drones these drafts count downed over a named region."""
    return sum(d.count or 0 for d in drafts if d.region and d.event_type == "interception")
