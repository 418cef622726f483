"""Drones that attacked and were downed, told in one sentence: "two drones attacked the plant, but they were
shot down"; "air defence downed the UAVs, and one of them crashed into the depot".  The attack is the interception
(the debris convention: what a downed drone hit is the interception's target), not a strike of its own; and
an earlier strike of the same region and day on that very target ("a drone attacked an oil depot, causing a
fire") is the same drone, told before the report said it was downed."""
from __future__ import annotations

import re

from geo.extract.agreement import same_day
from geo.extract.draft import Draft
from geo.extract.reading import Text

#: How many sentences before the downing the same target's attack may be told.
TARGET_TOLD_WITHIN = 8


def _downed_here(d: Draft, doc: Text) -> re.Match | None:
    """The words of ``d``'s sentence that say a strike's drones were downed, or None."""
    if d.event_type != "strike":
        return None
    return doc.lex.downed_in_sentence.search(doc.low, *doc.sentences[d.sentence])


def merge_downed_attacks(drafts: list[Draft], doc: Text) -> list[Draft]:
    """A strike whose sentence says its drones were downed joins that sentence's interception of its region,
    or becomes the interception when none was drafted; then a strike before it on the same target joins it."""
    out: list[Draft] = []
    made: list[Draft] = []
    said_in: dict[int, re.Match | None] = {}  # (by sentence: its strikes ask the same question)
    for d in drafts:
        if d.event_type != "strike":
            said = None
        elif d.sentence in said_in:
            said = said_in[d.sentence]
        else:
            said = said_in[d.sentence] = _downed_here(d, doc)
        if said is None:
            out.append(d)
            continue
        part = "part" in said.re.groupindex and said.group("part") is not None  # "one of them": not their number
        downed = next((o for o in out if o.event_type == "interception" and o.sentence == d.sentence
                       and o.region == d.region), None)
        if downed is None:
            d.event_type = "interception"
            if part:
                d.count, d.qualifier, d.one_attack = None, None, False
            out.append(d)
            downed = d
        else:
            downed.take_missing(d, ("target", "killed", "injured", "settlement") + (() if part else ("count",)))
            downed.fire = downed.fire or d.fire
            downed.widen(d)
        made.append(downed)
    if not made:
        return out
    return [d for d in out if not _told_before(d, made)]


def _told_before(d: Draft, made: list[Draft]) -> bool:
    """``d`` is a strike on the target a downed drone hit, told a little before it (then merged into it)."""
    if d.event_type != "strike" or d.target is None:
        return False
    for i in made:
        if i is not d and i.target == d.target and i.region == d.region and same_day(i, d) \
                and (d.settlement is None or d.settlement == i.settlement) \
                and 0 <= i.sentence - d.sentence <= TARGET_TOLD_WITHIN:
            i.take_missing(d, ("killed", "injured", "settlement"))
            i.fire = i.fire or d.fire
            i.widen(d)  # (the record's evidence: the sentence that told the hit, its fire and toll)
            return True
    return False
