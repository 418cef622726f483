"""A title line sums up the body: its incidents count only where the body says nothing of the same place,
and its town, target and toll go to the body's incident when the body leaves them out."""
from __future__ import annotations

import re

from geo.extract.agreement import GENERIC_TARGETS
from geo.extract.draft import Draft
from geo.extract.places import same_region
from geo.extract.reading import Text
from geo.extract.summaries import headline_count, victims_over_none

#: A stored page's date line above its title ("7 May 2025, 14:05"): short, with a year and a clock time.
#: A line with only a clock time or a date ("08:40", "01.09.2025").
_BARE_DATE = re.compile(r"\s*(?:\d{1,2}:\d\d|\d{1,2}[./]\d{1,2}[./]\d{2,4})\s*")
_DATE_LINE = re.compile(r"(?=[^\n]{0,40}$)(?=.*\b(?:19|20)\d\d\b)(?=.*\b\d{1,2}:\d\d\b)")


def title_index(doc: Text) -> int | None:
    """The sentence that is the text's title line: the first line, or the one under a date line; None when
    the text opens with a sentence."""
    if not doc.sentences or len(doc.sentences) < 2 or not doc.is_title(0):
        return None
    bare = 0  # ("08:40" over "01.09.2025" over the title: a stored page's clock and date, each a line of its own)
    while bare < 2 and len(doc.sentences) > bare + 2 and _BARE_DATE.fullmatch(doc.text, *doc.sentences[bare]) \
            and doc.is_title(bare + 1):
        bare += 1
    if bare:
        return bare
    s, e = doc.sentences[0]
    return 1 if len(doc.sentences) > 2 and doc.is_title(1) and _DATE_LINE.match(doc.text[s:e]) else 0


def drop_headline(drafts: list[Draft], doc: Text) -> list[Draft]:
    """A title line ("Largest Drone Attack on Moscow Leaves Three Dead") sums up the body:
    its incidents count only where the body says nothing about the same place."""
    t = title_index(doc)
    if t is None:
        return drafts
    body = [d for d in drafts if d.sentence > t]
    # (a recap's incidents after it are other stories: the title sums up none of them; read only when it matters)
    news = _news(body, doc) if any(h.sentence == t and (h.settlement or h.count is not None) for h in drafts) else body
    for h in drafts:
        if h.sentence == t and h.region and h.settlement \
                and not any(o.region == h.region and o.settlement for o in news):
            # "Ночью беспилотники атаковали Рязань: на НПЗ начался пожар" over a body that names no town:
            # the title's town (and its specific target) is the body's (a recap's town after it is another story)
            for o in news:
                if o.region == h.region:
                    o.settlement, o.near, o.inherited = h.settlement, h.near, False  # (placed by the title now)
                    if o.target in GENERIC_TARGETS and h.target and h.target not in GENERIC_TARGETS:
                        o.target = h.target
    for h in drafts:
        if h.sentence == t:
            _headline_toll(h, body)
            headline_count(h, news)
    sub = [o for o in body if o.sentence > 1] if t == 0 and doc.title_lines() == 2 else []  # a subtitle restates its paragraph
    return [d for d in drafts if (d.sentence > t or not any(_told_in_body(d, o, doc) for o in body))
        and not (d.sentence == 1 and d.region and d.count is None
                 and any(o.event_type == d.event_type and same_region(o.region, d.region) for o in sub))]


def _told_in_body(h: Draft, o: Draft, doc: Text) -> bool:
    """The body's ``o`` tells the title's ``h``: the same region, or (``h`` with none) the same type; but drones the
    title has "flying to Moscow" (no place said) are not the debris the body has fall in a town of the region."""
    if same_region(o.region, h.region):
        return True
    if h.region is not None or o.event_type != h.event_type:
        return False
    return o.region is None or not any(h.span[0] <= p < h.span[1] for p in doc.destinations)


def _news(body: list[Draft], doc: Text) -> list[Draft]:
    """The drafts of ``body`` told before its background ("Нагадаємо, ...": earlier stories, not the title's)."""
    start = next((i for i, (s, _) in enumerate(doc.sentences) if doc.lex.background.match(doc.low, s)),
                 len(doc.sentences))
    return [o for o in body if o.sentence < start]


def _headline_toll(h: Draft, body: list[Draft]) -> None:
    """"Ten injured in drone strike on Kharkiv" over a body that tells the strike but not its toll
    (or only the first figures): the title's toll, when the body has one such incident there."""
    if h.killed is None and h.injured is None:
        return
    there = [o for o in body if o.event_type == h.event_type and same_region(o.region, h.region)]
    if len(there) == 1 and there[0].killed is None and there[0].injured is None:
        there[0].killed, there[0].injured = h.killed, h.injured
    elif len(there) == 1:  # "... three people were injured" over "... was also attacked, no one was injured"
        victims_over_none(there[0], h)
    elif not h.killed and not h.injured:  # "no one was hurt" told after the title: of all the region's incidents
        for o in there:
            if o.killed is None and o.injured is None:
                o.killed, o.injured = h.killed, h.injured
