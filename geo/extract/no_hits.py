"""Attacks that hit nothing: "Вночі дрони атакували область. Влучань не зафіксовано" tells an attack with
no impact, which is no strike (the gold records strikes where something was hit)."""
from __future__ import annotations

from geo.extract.draft import Draft
from geo.extract.reading import Text

NO_HITS_REACH = 5  # "Атака на область. ППО працювала. Є збиті. Постраждалих немає. Влучання відсутні."


def drop_missed_attacks(drafts: list[Draft], doc: Text) -> list[Draft]:
    """Strike drafts that name nothing hit and no victims, whose own or next sentence says there
    were no hits."""
    return [d for d in drafts if not _missed(d, doc)]


def _missed(d: Draft, doc: Text) -> bool:
    if d.event_type != "strike" or d.target is not None or d.killed or d.injured or d.fire:
        return False
    sentences = doc.sentences[d.sentence:d.sentence + NO_HITS_REACH]
    return any(doc.lex.no_hits.search(doc.low, s, e) for s, e in sentences)
