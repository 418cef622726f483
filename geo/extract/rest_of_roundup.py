"""A roundup's remainder told by region ("14 drones were downed. One over X, the rest over Y"; "сбили 14 дронов:
один над X, остальные — над Y"): the clause names no verb and no figure of its own; its count is the national
total told before, less the parts the sentence has counted so far."""
from __future__ import annotations

from geo.extract.draft import Draft

REACH = 5  # the total may be told this many sentences before the remainder (a quote and a remark between)


def rest_of_roundup(drafts: list[Draft], previous: list[Draft], sentence: int) -> int | None:
    """The remainder's figure: the last national interception total (region none, a count) told at most
    :data:`REACH` sentences back, less the counted regional parts of this sentence; None when any is missing."""
    parts = sum(p.count or 0 for p in previous if p.region and p.event_type == "interception")
    if not parts:
        return None
    for d in reversed(drafts):
        if d.sentence < sentence - REACH:
            return None
        if d.region is None and d.count and d.event_type == "interception" and not d.settlement:
            return d.count - parts if d.count > parts else None
    return None
