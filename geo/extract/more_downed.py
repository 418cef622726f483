"""More drones downed over a region already counted ("... над Тульской – по одному. Губернатор сообщил, что над
регионом сбили ещё один беспилотник"): the later figure adds to the earlier one instead of restating it (a pass
after the text is read, before restatements are merged)."""
from __future__ import annotations

from geo.extract.agreement import other_days
from geo.extract.draft import Draft
from geo.extract.reading import Text


def add_more_downed(drafts: list[Draft], doc: Text) -> list[Draft]:
    """An interception whose own sentence says "ещё N" drones were downed, in a later sentence than an
    interception of the same region and place with a count, adds its count to that one."""
    out: list[Draft] = []
    for d in drafts:
        k = next((k for k in reversed(out) if k.event_type == d.event_type == "interception" and d.count
                  and k.count and k.region and k.region == d.region and k.settlement == d.settlement
                  and k.sentence < d.sentence and not other_days(k, d)), None)
        if k is None or not doc.lex.more_downed.search(doc.low, *doc.sentences[d.sentence]):
            out.append(d)
            continue
        k.count = (k.count or 0) + (d.count or 0)
        k.extend_to(d)
    return out
