"""A toll told in a sentence that states no drone event but names the village ("Внаслідок обстрілів у селищі X
постраждав чоловік"), before the list of the day's drone hits names that village: the toll is that hit's
(a pass after the text is read; only when exactly one later incident is there and has no toll of its own)."""
from __future__ import annotations

from geo.extract.clause import Reader
from geo.extract.draft import Draft


def _covered(drafts: list[Draft], s: int, e: int) -> bool:
    return any(d.span[0] < e and s < d.span[1] for d in drafts)


def placed_tolls(drafts: list[Draft], doc: Reader) -> list[Draft]:
    """Give a toll that names a settlement, outside every incident's text, to the one later incident there."""
    # (a toll can only go to a placed incident with none, after it: past the last of those, no sentence is read)
    last = max((d.span[0] for d in drafts if d.settlement and d.killed is None and d.injured is None), default=-1)
    for s, e in doc.sentences:
        if e > last:
            break
        if _covered(drafts, s, e):
            continue
        killed, injured = doc.casualties(s, e)
        if not (killed or injured):
            continue
        name, _, listed = doc.settlement(s, e, doc.mentions_in(s, e))
        there = [d for d in drafts if name and not listed and d.settlement == name and d.span[0] >= e]
        if len(there) == 1 and there[0].killed is None and there[0].injured is None:
            there[0].killed, there[0].injured = killed, injured
    return drafts
