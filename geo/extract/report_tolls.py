"""A report's "no casualties" reaches the towns it goes on to tell (a pass after the text is read)."""
from __future__ import annotations

from geo.extract.agreement import same_day
from geo.extract.draft import Draft
from geo.extract.reading import Text

#: How many sentences after the incident that told "no casualties" a town of the same report may follow.
REPORT_SENTENCES = 5


def no_toll_to_towns_after(drafts: list[Draft], doc: Text) -> list[Draft]:
    """"Над городом сбиты девять дронов. Обошлось без пострадавших. ... В поселке X обломки повредили дом": the
    governor's "nobody hurt" is said of the whole attack, so the town told after it (same region, type and day,
    no toll of its own) has none either (the gold's reading of a report's explicit "no casualties")."""
    for d in drafts:
        if d.killed is not None or d.injured is not None or not d.settlement or not d.region:
            continue
        if any(o is not d and o.killed == 0 and o.injured == 0 and o.event_type == d.event_type
               and o.region == d.region and same_day(o, d) and 0 < d.sentence - o.sentence <= REPORT_SENTENCES
               for o in drafts):
            d.killed, d.injured = 0, 0
    return drafts
