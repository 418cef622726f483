"""The debris told as the cause after the damage: "A fire broke out at a depot in X after a drone attack. Officials
said the debris of a downed drone caused it" -- the first sentence tells only the attack and its harm (no hit),
the next one (or the one after) says a downed drone's debris did it: one interception in X with that harm (the
debris convention), not a strike (a pass after the text is read)."""
from __future__ import annotations

from geo.extract.attack_debris import damage_only
from geo.extract.draft import Draft
from geo.extract.reading import Text

#: How many sentences after the damage its cause may be told (an official's quote may come between).
CAUSE_WITHIN = 2


def _told_cause(d: Draft, j: int, doc: Text) -> bool:
    """Sentence ``j`` tells a downed drone's debris, of ``d``'s region only, and is no other story ("earlier",
    "another drone")."""
    lex, low = doc.lex, doc.low
    s, e = doc.sentences[j]
    return bool(lex.debris.search(low, s, e) and lex.interception.search(low, s, e)) \
        and not lex.earlier.match(low, s) and not lex.another.match(low, s, e) \
        and all(m.code == d.region for m in doc.mentions_in(s, e))


def _the_cause(d: Draft, drafts: list[Draft], doc: Text) -> tuple[int, Draft | None] | None:
    """(sentence, its interception draft or None) telling ``d``'s cause, or None."""
    for j in range(d.sentence + 1, min(d.sentence + CAUSE_WITHIN, len(doc.sentences) - 1) + 1):
        there = [o for o in drafts if o.sentence == j and o is not d]
        if any(o.event_type == "strike" for o in there):
            return None  # (a hit of its own in between: another story)
        if not _told_cause(d, j, doc):
            continue
        if not there:
            return j, None
        o = there[0]
        fits = len(there) == 1 and o.region in (None, d.region) and o.settlement in (None, d.settlement) \
            and o.count in (None, 1) and o.district is None
        return (j, o) if fits else None
    return None


def debris_as_cause(drafts: list[Draft], doc: Text) -> list[Draft]:
    """A single strike in a place that tells only the attack and its harm, followed closely by a downed drone's
    debris as its cause, is that interception: retyped, with the debris sentence's draft (if any) folded in."""
    gone: set[int] = set()
    for d in drafts:
        if d.event_type != "strike" or not d.region or d.district or d.count not in (None, 1) or id(d) in gone \
                or not damage_only(d, doc, causes=True):
            continue
        found = _the_cause(d, drafts, doc)
        if found is None:
            continue
        d.event_type = "interception"
        j, o = found
        if o is not None:
            d.take_missing(o, ("target", "killed", "injured", "count", "date"))
            gone.add(id(o))
        d.span = (d.span[0], max(d.span[1], doc.sentences[j][1]))  # (the cause is evidence too)
    return [d for d in drafts if id(d) not in gone]
