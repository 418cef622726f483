"""Tolls of several places told in one strike sentence: "В селе X поврежден дом, в поселке Y ранена женщина, в
селе Z пострадавших нет" -- each part after a comma that opens on another settlement (by a settlement word) and
tells victims of its own is a strike there with that toll; the first place keeps only what its own part says."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geo.extract.draft import Draft, replace

if TYPE_CHECKING:
    from geo.extract.clause import Reader

#: what may end the part before a place's part
_PART_ENDS = (",", ";")
#: the short words (prepositions, articles) between that comma and the settlement word
_SHORT_WORDS = re.compile(r"(?:\s+\w{1,3})*\s*$")


def _part_starts(doc: Reader, s: int, e: int) -> list[int]:
    """Where a part of the sentence opens on a settlement word right after a comma or semicolon."""
    starts = set()
    for rx, _, weak, _ in doc.lex.settlement_cues:
        if weak:
            continue
        for m in rx.finditer(doc.text, s, e):
            before = _SHORT_WORDS.sub("", doc.text[s:m.start()])  # (", в селе", ", in the village of")
            if before.endswith(_PART_ENDS):
                starts.add(s + len(before))
    return sorted(starts)


def place_tolls(doc: Reader, i: int, sent: tuple[int, int], d: Draft) -> tuple[int, list[Draft]]:
    """The strikes of the other places of strike ``d``'s sentence, and where ``d``'s own part ends."""
    s, e = sent
    if d.event_type != "strike" or d.settlement is None or d.region is None or d.sentence != i \
            or not doc.lex.casualty_cue.search(doc.low, d.span[1] if d.span[1] < e else s, e):
        return e, []  # (no victims told in the sentence: no part to read)
    cuts = [p for p in _part_starts(doc, s, e) if p > d.span[0]]
    out: list[Draft] = []
    for k, start in enumerate(cuts):
        end = cuts[k + 1] if k + 1 < len(cuts) else e
        killed, injured = doc.casualties(start, end)
        mentions = doc.mentions_in(start, end)
        if (killed is None and injured is None) or any(m.code != d.region for m in mentions):
            return e, []
        name, near, listed = doc.settlement(start, end, mentions)
        if not name or listed or name == d.settlement:
            return e, []
        out.append(replace(d, span=(start, end), settlement=name, near=near, count=None, qualifier=None,
                           killed=killed, injured=injured, target=None, one_attack=False, district=None))
    return (cuts[0] if out else e), out
