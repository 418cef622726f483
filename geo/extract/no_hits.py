"""Attacks that hit nothing: "Вночі дрони атакували область. Влучань не зафіксовано" tells an attack with
no impact, which is no strike (the gold records strikes where something was hit)."""
from __future__ import annotations

from geo.extract.draft import Draft
from geo.extract.figures import Figures

NO_HITS_REACH = 5  # "Атака на область. ППО працювала. Є збиті. Постраждалих немає. Влучання відсутні."


def drop_missed_attacks(drafts: list[Draft], doc: Figures) -> list[Draft]:
    """Strike drafts that name nothing hit and no victims, whose own or next sentence says there
    were no hits."""
    return [d for d in drafts if not _missed(d, doc)]


def _missed(d: Draft, doc: Figures) -> bool:
    if d.event_type != "strike" or d.killed or d.injured or d.fire:
        return False
    own = doc.sentences[d.sentence]
    named = d.target is not None and doc.target(*own) is not None
    for k, (s, e) in enumerate(doc.sentences[d.sentence:d.sentence + NO_HITS_REACH]):
        m = doc.lex.no_hits.search(doc.low, s, e)
        if m is None:
            continue
        if d.target is None or (_opens(doc, s, m.start()) and doc.target(s, e) == d.target and (k == 0 or not named)):
            return True
    return False


def _opens(doc: Figures, start: int, at: int) -> bool:
    """"Влучань в об'єкти інфраструктури не допущено.": a sentence that opens by saying there were no hits
    names its target only as what was not hit (the attack told before it took that target from here)."""
    return not doc.low[start:at].strip(' "«„\n')
