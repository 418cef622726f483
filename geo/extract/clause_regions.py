"""Which regions a clause is about: the ones it names, an official's, the one in focus, or none (a national
figure). Kept apart from the clause reader: the choice weighs cues of the whole sentence and text."""
from __future__ import annotations

from typing import TYPE_CHECKING

from geo.extract.figures import Figures
from geo.extract.followup_places import FollowupPlaces
from geo.extract.places import Mention, settlement_form, settlement_regions

if TYPE_CHECKING:
    import re

BORDER_REACH = 30  # characters before a region list that may say it is a border ("на самой границе ")


class ClauseRegions(Figures, FollowupPlaces):
    """The region choice of one clause (:meth:`regions`)."""

    recapping = False  # reading a recap sentence: set by the reader

    def regions(self, i: int, sent: tuple[int, int], cs: int, core: int,
                groups: list[list[Mention]]) -> tuple[list[str | None], bool]:
        """The regions a clause is about: named, an official's, the one in focus, or none (national);
        and whether they were inherited from an earlier sentence."""
        if self.with_sea(groups) and not self.each_count(cs, core) and self.count(cs, core):  # (no figure: each region)
            return [None], False  # "68 drones over Crimea and the Black Sea": no region has the figure ("two each": Kursk's)
        regions: list[str | None] = [m.code for g in groups for m in g]
        if (side := self.official_side(groups, set(regions))) is not None:
            regions = [side]  # a drone "на границе A и B областей" in A's governor's post: A's
        if len(regions) == 1 and (home := self.capital_of_focus(groups[0][0], cs)):
            regions = [home]  # "в Ростовской области ... Дроны сбили в Донецке и Каменске": Rostov's Donetsk
        same = self.lex.same_region.search(self.low, cs, core)
        if not same and self.heading(cs, core) and set(regions) <= self.heading_codes:  # ("ПВО Москвы ... на Москву")
            return [None], False  # "a drone flying to Moscow was destroyed": not said where
        if not regions and (not same or self.clause_focus(cs) is None):
            # ("знищили над областю ворожий БПЛА, повідомив Лисак": the region in focus is the official's)
            regions = [r for r in [self.official(sent[0], sent[1])] if r]
        # ("Як повідомлялося, X область теж під атакою. У регіоні знищено три дрони": X's, found below)
        if not regions and (self.recapping and not _in_the_region(same) or self.earlier_figure(i, cs, core)):
            return [None], False  # "Recall: air defences shot down 700 drones during the attack on May 7"
        if not regions and (told := self.part_of_told(sent[0], cs)):
            return [told], False
        if not regions and self.lex.sea_figure.search(self.low, cs, core):
            return [None], False  # "..., while three were downed over the Black Sea": open water, not the last region
        if not regions:
            focus = self.clause_focus(cs)
            return [focus if same or not self.national_context(i) or self.regional_total(i, cs, focus) else None], not same
        return list(dict.fromkeys(regions)), False

    def official_side(self, groups: list[list[Mention]], codes: set[str | None]) -> str | None:
        """Two regions named as a border ("на границе X и Y областей"), the clause naming no other, where the text's
        officials speak for one of them: that one (the governor reports a drone on his side; the neighbour is only
        where the border runs)."""
        for g in groups:
            pair = {m.code for m in g}
            if len(g) == 2 and codes <= pair and self.lex.border_between.search(
                    self.low, max(0, g[0].start - BORDER_REACH), g[0].start):
                sides = pair & {m.code for m in self.officials}
                return sides.pop() if len(sides) == 1 else None
        return None

    def capital_of_focus(self, m: Mention, cs: int) -> str | None:
        """The region in focus when the clause's one region is a bare regional capital ("в Донецке") that is also
        the name of a town of the region in focus (the gazetteer knows both): that town, not the capital."""
        if m.explicit or m.text not in self.lex.capitals or self.lex.district.match(self.text, m.start):
            return None  # ("в Хмельницькому районі": the capital's own district, in the capital's region)
        focus = self.clause_focus(cs)
        if focus is None or focus == m.code or focus not in settlement_regions(settlement_form(m.text, self.lex.morphology)):
            return None
        return focus

    def part_of_told(self, s: int, cs: int) -> str | None:
        """"X attacked the Y region with 40 drones, of which 31 were downed": the one region named before a
        clause that tells a part of the drones just told (a national cue of the sentence does not move it)."""
        if cs <= s or not self.lex.part_of_before.search(self.low, max(s, cs - 24), cs):
            return None
        codes = {m.code for m in self.mentions_in(s, cs)}
        return codes.pop() if len(codes) == 1 else None

    def regional_total(self, i: int, cs: int, focus: str | None) -> bool:
        """"In total, the defenders destroyed nine drones" in a text that has named one region only and
        no country-wide attack: the sum is that region's, though "in total" reads as a national cue; not when
        the next sentence names other regions of it ("Всего сбиты 40. Помимо X, их сбили над Y и Z")."""
        lex, text = self.lex, self.low
        s, e = self.sentences[i]
        cues = [m.group(0) for m in lex.national.finditer(text, s, e)]
        if focus is None or not cues or not all(lex.focus_total.fullmatch(c) for c in cues):
            return False
        after = self.sentences[i + 1][1] if i + 1 < len(self.sentences) else e
        return not lex.country_wide.search(text, 0, e) and all(m.code == focus for m in self.mentions_in(0, cs)) \
            and all(m.code == focus for m in self.mentions_in(e, after))

    def heading(self, start: int, end: int) -> bool:
        """The span names where drones were heading ("a drone flying to Moscow")."""
        return any(start <= p < end for p in self.destinations)


def _in_the_region(same: re.Match[str] | None) -> bool:
    """"у регіоні", "в области": a place phrase that points back to the region just named (a bare "регион" may be
    a word of anything, "над шестью регионами" cut short)."""
    return same is not None and len(same.group(0).split()) > 1
