"""Figures listed in the order of the regions they belong to ("12 и 7 беспилотников сбиты над X и Y областями",
"5, 4 and 2 drones over the A, B and C regions"): each region gets its own figure, the first the first; not one
shared count (then none)."""
from __future__ import annotations

from geo.extract.draft import Count, Draft
from geo.extract.reading import Text


def paired_counts(doc: Text, start: int, end: int, regions: int) -> list[Count] | None:
    """The figures of a number list right before the drone noun in ``start``..``end`` ("29 and 15 drones"), one per
    region of the clause in order; None unless the list has exactly ``regions`` numbers (the lexicon's
    ``paired_counts``, gated by its "and" words)."""
    m = doc.lex.paired_counts.search(doc.low, start, end)
    if m is None:
        return None
    numbers = [doc.lex.number(n.group(0)) for n in doc.lex.numx.finditer(doc.low, *m.span("list"))]
    if len(numbers) != regions or any(n is None for n in numbers):
        return None
    q = doc.lex.qualifier(m.group("q")) or "exact"
    return [Count(n, q) for n in numbers]


def fold_districts(drafts: list[tuple[Draft, bool]]) -> list[Draft]:
    """A roundup's drafts with those of one region added up ("два над X-ским округом, два над Y-ским": districts
    of one region, four there), not left as equal figures a later merge takes for one told twice. Only a draft
    with a figure of its own (``True``: a number told before it, or "each") adds; "two over the Moscow region
    near Moscow" is one figure. As they are when a figure is missing."""
    out: list[Draft] = []
    for d, own in drafts:
        k = next((o for o in out if o.region == d.region), None)
        if k is None or k.count is None or d.count is None:
            out.append(d)
        elif own:
            k.count += d.count
            k.qualifier = k.qualifier if d.qualifier == "exact" else d.qualifier  # (the looser of the two)
    return out
