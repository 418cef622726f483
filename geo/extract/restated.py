"""Regions named for drones already counted: "23 drones were intercepted overnight. According to the ministry,
these drones targeted the Rostov, Kursk and Oryol regions" lists where the 23 were downed, not strikes; and an
earlier report of a smaller running total of the same incident is no incident of its own."""
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


def drop_earlier_totals(drafts: list[Draft], doc: Text) -> list[Draft]:
    """"Ранее сообщалось о двух сбитых над X беспилотниках" after six downed over X: the earlier report of a
    running total of the same incident (a smaller figure, the same type and town, no day of its own), not one more."""
    out: list[Draft] = []
    for d in drafts:
        if d.count and d.settlement and not (d.date and d.date.stated and d.date.date) \
                and doc.lex.earlier.match(doc.low, doc.sentences[d.sentence][0]) \
                and any(o.event_type == d.event_type and o.region == d.region and o.sentence < d.sentence
                        and (o.settlement or "").lower() == d.settlement.lower() and (o.count or 0) > d.count
                        for o in out):
            continue
        out.append(d)
    return out
