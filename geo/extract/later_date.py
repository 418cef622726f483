"""An undated report's lead dated by the sentence after it: with no publication date, "X shot down 11 drones over
the A and B regions. ... «Overnight into March 4, 2025, the enemy launched 14 drones»" dates the lead's incidents."""
from __future__ import annotations

from geo.extract.draft import Draft
from geo.extract.reading import Text

LATER_SENTENCES = 2  # a date told this many sentences after an undated incident (none of its own between) is its


def date_told_after(drafts: list[Draft], doc: Text) -> list[Draft]:
    """Incidents with no date, in a text with no publication date, take the first full date told in the next
    sentences, when those sentences tell no incident of their own (the date would be that incident's)."""
    if doc.published is not None or all(d.date is not None for d in drafts):
        return drafts
    told = {d.sentence for d in drafts}
    for d in drafts:
        if d.date is not None:
            continue
        for i in range(d.sentence + 1, min(d.sentence + LATER_SENTENCES, len(doc.sentences) - 1) + 1):
            if i in told:
                break
            ref = doc.date_in(*doc.sentences[i]) if i in doc.with_date else None
            if ref is not None and ref.date is not None and ref.stated:
                d.date = ref
                break
    return drafts
