"""An attack's figure followed by the part of it downed ("X was attacked by at least 20 drones. 17 of them were
shot down"): the figure is the attack's total, not the strikes; the interception has the part, and a strike
stays only where hits are told after it (its number not stated: the remainder is arithmetic)."""
from __future__ import annotations

from geo.extract.agreement import other_days
from geo.extract.draft import Draft
from geo.extract.reading import Text


def _part_downed(d: Draft, o: Draft, doc: Text) -> bool:
    """``o`` is an interception in ``d``'s region whose sentence, the next one, opens with a part of ``d``'s
    figure ("17 з них ...", "ППО збила 17 з них")."""
    if o.event_type != "interception" or o.region != d.region or o.count is None or d.count is None \
            or o.count >= d.count or o.sentence != d.sentence + 1:
        return False
    s, e = doc.sentences[o.sentence]
    return doc.lex.part_of_total.search(doc.low, s, e) is not None


def _hits_after(o: Draft, drafts: list[Draft], doc: Text) -> bool:
    """Sentences after the interception's own were merged into it, or the next one, an incident of no other
    draft, tells damage that is not debris: what they tell is the hits."""
    if o.span[1] > doc.sentences[o.sentence][1]:
        return True
    n = o.sentence + 1
    if n >= len(doc.sentences) or any(x.sentence == n for x in drafts):
        return False
    s, e = doc.sentences[n]
    return doc.lex.damage.search(doc.low, s, e) is not None and doc.lex.debris.search(doc.low, s, e) is None


def split_downed_part(drafts: list[Draft], doc: Text) -> list[Draft]:
    """A strike counted with the attack's total, its downed part told next: the strike keeps no number and
    takes the hits' victims told after the interception, or goes when no hit is told."""
    out: list[Draft] = []
    for i, d in enumerate(drafts):
        o = drafts[i + 1] if i + 1 < len(drafts) else None
        if d.event_type != "strike" or o is None or not _part_downed(d, o, doc):
            out.append(d)
            continue
        if not _hits_after(o, drafts, doc):
            continue
        d.count, d.qualifier = None, None
        d.killed, d.injured, o.killed, o.injured = o.killed, o.injured, None, None
        d.span = (d.span[0], max(d.span[1], o.span[1]))
        o.span = (o.span[0], doc.sentences[o.sentence][1])
        out.append(d)
    return out


def downed_between(d: Draft, o: Draft, drafts: list[Draft]) -> bool:
    """"Ворог атакував область 25 дронами. Більшість збили. Кілька влучили у Шостці": drones of ``d``'s region
    downed between the attack's figure and the strike ``o`` it sums up; the figure is the attack's, not the hits'
    (it holds the downed part: larger; "one drone hit a plant. Two were downed" is the hits')."""
    return d.event_type == "strike" and d.count is not None and any(
        x.event_type == "interception" and x.region == d.region and d.sentence < x.sentence <= o.sentence
        and not other_days(x, d) and (x.count is None or x.count < d.count) for x in drafts)
