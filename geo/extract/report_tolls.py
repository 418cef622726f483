"""A report's "no casualties" reaches the towns it goes on to tell, and those it told before it (a pass after the
text is read)."""
from __future__ import annotations

from geo.extract.agreement import same_day
from geo.extract.draft import Draft
from geo.extract.figures import Figures

#: How many sentences after the incident that told "no casualties" a town of the same report may follow.
REPORT_SENTENCES = 5
#: How many sentences before the last incident of a report (the one its closing "no one was hurt" was read for) an
#: incident of the same report may be told.
CLOSING_SENTENCES = 10


def no_toll_to_towns_after(drafts: list[Draft], doc: Figures) -> list[Draft]:
    """"Над городом сбиты девять дронов. Обошлось без пострадавших. ... В поселке X обломки повредили дом": the
    governor's "nobody hurt" is said of the whole attack, so the town told after it (same region, type and day,
    no toll of its own) has none either (the gold's reading of a report's explicit "no casualties"). The closing
    statements are taken before: a town given 0 here told no "nobody hurt" of its own to reach back from."""
    closing = _closing(drafts)
    for d in drafts:
        if d.killed is not None or d.injured is not None or not d.settlement or not d.region:
            continue
        if any(o is not d and o.killed == 0 and o.injured == 0 and o.event_type == d.event_type
               and o.region == d.region and same_day(o, d) and 0 < d.sentence - o.sentence <= REPORT_SENTENCES
               for o in drafts):
            d.killed, d.injured = 0, 0
    return no_toll_to_earlier(drafts, doc, closing)


def _closing(drafts: list[Draft]) -> list[Draft]:
    """The incidents told with a "nobody hurt" in a region whose report has no victims anywhere."""
    hurt = {d.region for d in drafts if d.killed or d.injured}
    return [o for o in drafts if o.injured == 0 and not o.killed and o.region is not None
            and o.region not in hurt and not o.recapped]


def no_toll_to_earlier(drafts: list[Draft], doc: Figures, closing: list[Draft]) -> list[Draft]:
    """"В городе X повреждена крыша. ... В селе Y обломки повредили забор. Губернатор заверил, что люди не
    пострадали": a "nobody hurt" that closes one region's report (no victims anywhere in it) in a sentence of its
    own is said of every incident the report told before it, strike or debris, paragraphs back (up to ten sentences
    before the last one); the reader gave it to the last one only. Told in the last incident's own sentence
    ("в селе Y упали обломки, пострадавших нет"), it is said of that sentence's places only. Its words decide what
    it says (nobody hurt: injured 0, deaths not told). ``closing`` is taken before any is given: no chain from one
    to the next."""
    for o in closing:
        reach = 0 if 0 in doc.casualties(*doc.sentences[o.sentence]) else CLOSING_SENTENCES
        # (the first sentence after the last incident of another region told before it: one report, one bound)
        first = 1 + max((x.sentence for x in drafts if x.region != o.region and x.sentence <= o.sentence), default=-1)
        for d in drafts:
            if d.killed is None and d.injured is None and d.region == o.region and not d.recapped \
                    and max(first, o.sentence - reach) <= d.sentence <= o.sentence and same_day(o, d):
                d.killed, d.injured = o.killed, o.injured
    return drafts
