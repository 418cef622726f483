"""A struck facility the text names after its town anywhere ("Drones hit a refinery in the Rostov region. ...
the Novoshakhtinsk oil refinery said ..."): the incident is in that town (a pass after the text is read).

The reading loop places a facility told a sentence or two later (:meth:`FollowupPlaces.facility_town`); reports often
name the plant only in a background paragraph, or in a quote that is its own incident.  Only the cues the
lexicon marks ``known`` (a facility after a name the gazetteer knows), only one town for that facility in
the incident's region, and only an incident whose target is that facility.
"""
from __future__ import annotations

import re
from typing import Any

from geo.extract.clause import Reader
from geo.extract.draft import Draft
from geo.extract.places import settlement_regions
from geo.literal_gate import Literals, group_literals, literal_scan

#: (targets, target_parts, wanted names) -> a scan for words one of which every naming of a wanted facility
#: holds (None: no such set); the lexicon's patterns are kept with it, so an id is never another lexicon's.
_GATES: dict[tuple[int, int, frozenset[str]], tuple[Any, Any, re.Pattern | None]] = {}


def _patterns(rx: Any) -> tuple[re.Pattern, ...]:
    """The plain patterns behind a lexicon field (ordered, gated or itself)."""
    if hasattr(rx, "patterns"):
        return tuple(rx.patterns)
    return (getattr(rx, "pattern_object", rx),)


def _words_naming(rx: Any, names: tuple[str, ...], wanted: frozenset[str]) -> Literals | None:
    """Words one of which every match of ``rx`` (groups t0..tN, named ``names``) holds whose group names a
    ``wanted`` facility (None: unknown)."""
    words: set[str] = set()
    for plain in _patterns(rx):
        if plain.flags & re.IGNORECASE:
            return None
        groups = group_literals(plain)
        for i, name in enumerate(names):
            if name in wanted and f"t{i}" in plain.groupindex:
                found = groups.get(plain.groupindex[f"t{i}"])
                if found is None:
                    return None
                words |= found
    return frozenset(words)


def _target_gate(doc: Reader, wanted: frozenset[str]) -> re.Pattern | None:
    """A scan for the words of the ``wanted`` facilities (:meth:`Figures.target`'s names): a sentence
    without any names none of them, so its cues are not searched."""
    lex = doc.lex
    key = (id(lex.targets), id(lex.target_parts), wanted)
    if key not in _GATES:
        words = _words_naming(lex.targets, lex.target_names, wanted)
        parts = _words_naming(lex.target_parts, lex.target_part_names, wanted)
        gate = None if words is None or parts is None or not words | parts else literal_scan(words | parts)
        _GATES[key] = (lex.targets, lex.target_parts, gate)
    return _GATES[key][2]


def _named_facilities(doc: Reader, wanted: frozenset[str]) -> dict[str, set[str]]:
    """Each ``wanted`` facility (as the lexicon names targets) the text names after a known town: the towns."""
    found: dict[str, set[str]] = {}
    gate = _target_gate(doc, wanted)
    cues = [rx for rx, _, _, known in doc.lex.settlement_cues if known]
    for s, e in doc.sentences:
        if gate is not None and gate.search(doc.low, s, e) is None:
            continue  # (a wanted facility a cue names lies within its sentence)
        for rx in cues:
            for m in rx.finditer(doc.text, s, e):
                what = doc.target(m.end("name"), min(e, m.end() + 1))
                name = doc.settlement(m.start(), m.end(), [])[0] if what in wanted else None
                if what and name:
                    found.setdefault(what, set()).add(name)
    return found


def facility_towns(drafts: list[Draft], doc: Reader) -> list[Draft]:
    """The drafts, an unplaced one that hit a facility the text names after one town of its region put there."""
    unplaced = [d for d in drafts if d.settlement is None and d.region and d.target]
    if not unplaced:
        return drafts
    named = _named_facilities(doc, frozenset(w for d in unplaced for w in str(d.target).split(", ")))
    for d in unplaced:
        for what in str(d.target).split(", "):
            towns = {t for t in named.get(what, ()) if d.region in settlement_regions(t)}
            if len(towns) == 1:
                d.settlement = towns.pop()
                break
    return drafts
