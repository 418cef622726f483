"""Regions named for drones already counted: "23 drones were intercepted overnight. According to the ministry,
these drones targeted the Rostov, Kursk and Oryol regions" lists where the 23 were downed, not strikes."""
from __future__ import annotations

from geo.extract.draft import Draft
from geo.extract.reading import Text


def regions_of_counted(drafts: list[Draft], doc: Text) -> list[Draft]:
    """A strike draft of a sentence whose subject refers back to the drones just counted ("these drones
    targeted ...") and that tells no damage is the region list of that count: the same type."""
    rx = doc.lex.restated_drones
    for k, d in enumerate(drafts):
        before = [o for o in drafts[:k] if o.sentence < d.sentence]
        if d.event_type != "strike" or not before or d.target or d.killed or d.injured or d.settlement:
            continue
        last = before[-1]
        s, e = doc.sentences[d.sentence]
        if last.event_type == "interception" and last.sentence >= d.sentence - 2 and rx.match(doc.low, s, e):
            d.event_type = last.event_type
    return drafts
