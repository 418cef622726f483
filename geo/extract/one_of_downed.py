"""One of several drones downed, told falling or blowing up right after: their damage, no strike (a pass)."""
from __future__ import annotations

from geo.extract.draft import Draft
from geo.extract.reading import Text

WITHIN = 2  # sentences after the shoot-down where "one of them" may be told


def merge_one_of_downed(drafts: list[Draft], doc: Text) -> list[Draft]:
    """"Средствами РЭБ посадили два беспилотника ... Один дрон сдетонировал при посадке, никто не пострадал": a
    strike of one drone, in no town of its own, whose sentence opens with one drone falling or blowing up, told
    soon after drones downed (two or more) in the same region, is one of those: its damage and toll are the
    interception's."""
    out: list[Draft] = []
    for d in drafts:
        o = next((o for o in reversed(out) if o.event_type == "interception" and o.region == d.region
                  and o.count is not None and o.count >= 2 and 0 < d.sentence - o.sentence <= WITHIN), None) \
            if d.event_type == "strike" and d.count == 1 and d.settlement is None and d.region else None
        if o is not None and doc.lex.one_of_downed.match(doc.low, doc.sentences[d.sentence][0]):
            o.take_missing(d)
            continue
        out.append(d)
    return out
