"""A struck facility the text names after its town anywhere ("Drones hit a refinery in the Rostov region. ...
the Novoshakhtinsk oil refinery said ..."): the incident is in that town (a pass after the text is read).

The reading loop places a facility told a sentence or two later (:meth:`Places.facility_town`); reports often
name the plant only in a background paragraph, or in a quote that is its own incident.  Only the cues the
lexicon marks ``known`` (a facility after a name the gazetteer knows), only one town for that facility in
the incident's region, and only an incident whose target is that facility.
"""
from __future__ import annotations

from geo.extract.clause import Reader
from geo.extract.draft import Draft
from geo.extract.places import settlement_regions


def _named_facilities(doc: Reader) -> dict[str, set[str]]:
    """Each facility (as the lexicon names targets) the text names after a known town: the towns."""
    found: dict[str, set[str]] = {}
    for s, e in doc.sentences:
        for rx, _, _, known in doc.lex.settlement_cues:
            if not known:
                continue
            for m in rx.finditer(doc.text, s, e):
                what = doc.target(m.end("name"), min(e, m.end() + 1))
                name = doc.settlement(m.start(), m.end(), [])[0] if what else None
                if what and name:
                    found.setdefault(what, set()).add(name)
    return found


def facility_towns(drafts: list[Draft], doc: Reader) -> list[Draft]:
    """The drafts, an unplaced one that hit a facility the text names after one town of its region put there."""
    unplaced = [d for d in drafts if d.settlement is None and d.region and d.target]
    if not unplaced:
        return drafts
    named = _named_facilities(doc)
    for d in unplaced:
        for what in str(d.target).split(", "):
            towns = {t for t in named.get(what, ()) if d.region in settlement_regions(t)}
            if len(towns) == 1:
                d.settlement = towns.pop()
                break
    return drafts
