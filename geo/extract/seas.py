"""Open water in a roundup ("восемь: два над Крымом и шесть над Чёрным морем"): the sea's figure is an
interception with no region, and the total it completes is no incident of its own (a pass after the text is read)."""
from __future__ import annotations

from dataclasses import replace

from geo.extract.draft import Draft
from geo.extract.reading import Text


def sea_figures(drafts: list[Draft], doc: Text) -> list[Draft]:
    """Replace a regionless interception total by the seas' figures when its sentence's regions and seas add up to it."""
    out: list[Draft] = []
    for d in drafts:
        seas = _seas(d, drafts, doc) if d.event_type == "interception" and d.region is None and d.count else None
        out.extend(seas if seas is not None else [d])
    return out


#: A roundup's lines may follow its total ("40 сбиты. 21 – над Брянской, ... По два — над Курской и Черным морем.").
SEA_LINES = 6


def _seas(t: Draft, drafts: list[Draft], doc: Text) -> list[Draft] | None:
    parts = [o for o in drafts if o is not t and t.sentence <= o.sentence <= t.sentence + SEA_LINES
             and o.event_type == "interception" and o.region and o.count is not None]
    if not parts:
        return None
    end = doc.sentences[max(o.sentence for o in parts)][1]
    found: list[Draft] = []
    for m in doc.lex.sea_figure.finditer(doc.low, t.span[0], end):
        if m.group("same"):
            before = [o for o in parts if o.span[0] < m.start()]
            n = before[-1].count if before else None
        else:
            n = doc.number(m)
        if n is None:
            return None
        found.append(replace(t, count=n, qualifier="exact", span=(m.start(), m.end()), national=False,
                             at_sea=True))
    if found and sum(o.count or 0 for o in parts) + sum(s.count or 0 for s in found) == t.count:
        return [s for s in found if not _told(s, drafts)]
    return None


def _told(sea: Draft, drafts: list[Draft]) -> bool:
    """The sea's figure is already an incident of its own clause ("..., while three were downed over the Black
    Sea"): that one becomes the sea's (no summary to drop later)."""
    own = next((o for o in drafts if o.event_type == "interception" and o.region is None and o.count == sea.count
                and o.span[0] <= sea.span[0] < o.span[1]), None)
    if own is not None:
        own.at_sea, own.national = True, False
    return own is not None
