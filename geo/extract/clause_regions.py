"""Which regions a clause is about: the ones it names, an official's, the one in focus, or none (a national
figure). Kept apart from the clause reader: the choice weighs cues of the whole sentence and text."""
from __future__ import annotations

from geo.extract.figures import Figures
from geo.extract.places import Mention
from geo.extract.settlements import Places


class ClauseRegions(Figures, Places):
    """The region choice of one clause (:meth:`regions`)."""

    recapping = False  # reading a recap sentence: set by the reader

    def regions(self, i: int, sent: tuple[int, int], cs: int, core: int,
                groups: list[list[Mention]]) -> tuple[list[str | None], bool]:
        """The regions a clause is about: named, an official's, the one in focus, or none (national);
        and whether they were inherited from an earlier sentence."""
        if self.with_sea(groups) and not self.each_count(cs, core) and self.count(cs, core):  # (no figure: each region)
            return [None], False  # "68 drones over Crimea and the Black Sea": no region has the figure ("two each": Kursk's)
        regions: list[str | None] = [m.code for g in groups for m in g]
        same = self.lex.same_region.search(self.low, cs, core)
        if not same and self.heading(cs, core) and set(regions) <= self.heading_codes:  # ("ПВО Москвы ... на Москву")
            return [None], False  # "a drone flying to Moscow was destroyed": not said where
        if not regions and (not same or self.clause_focus(cs) is None):
            # ("знищили над областю ворожий БПЛА, повідомив Лисак": the region in focus is the official's)
            regions = [r for r in [self.official(sent[0], sent[1])] if r]
        if not regions and (self.recapping or self.earlier_figure(i, cs, core)):
            return [None], False  # "Recall: air defences shot down 700 drones during the attack on May 7"
        if not regions:
            return [self.clause_focus(cs) if same or not self.national_context(i) else None], not same
        return list(dict.fromkeys(regions)), False

    def heading(self, start: int, end: int) -> bool:
        """The span names where drones were heading ("a drone flying to Moscow")."""
        return any(start <= p < end for p in self.destinations)
