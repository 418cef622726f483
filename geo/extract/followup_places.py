"""A follow-up sentence that places or dates the incident told just before it: "it happened in the town of
X", "the Sevastopol governor said ...", the struck facility named after its town, "the incident took place on ..."
(the clause reader asks these of a sentence with no incident of its own, :meth:`geo.extract.clause.Reader.attach`)."""
from __future__ import annotations

from geo.extract.draft import FOLLOWUP_SENTENCES, Draft
from geo.extract.places import ENCLOSING, settlement_regions
from geo.extract.settlements import Places


class FollowupPlaces(Places):
    """Where and when the last incident happened, told in the sentence after it."""

    def locate(self, cs: int, ce: int, d: Draft) -> bool:
        """"It happened in the town of X": the settlement of the last incident ``d``, named
        later; it replaces a region's capital that only stood for the region ("in Ukraine's Sumy")."""
        self.happened_when(cs, ce, d)
        if not self.lex.locating.search(self.low, cs, ce) or (
                d.settlement is not None and d.settlement not in self.capital_forms()):
            return False
        mentions = self.mentions_in(cs, ce)
        if any(m.code != d.region for m in mentions):
            return False
        name, near, listed = self.settlement(cs, ce, mentions)
        if not name or listed or name == d.settlement:
            return False
        d.settlement, d.near = name, near
        return True

    def happened_when(self, cs: int, ce: int, d: Draft) -> None:
        """"Инцидент произошёл вечером накануне", "с полуночи до 06:00 4 сентября ...": the day of the last incident
        ``d``, told right after it when its own sentence gave none."""
        if (d.date is None or not d.date.stated or d.date.date is None) and d.sentence >= self.sentence_of(cs) - FOLLOWUP_SENTENCES \
                and (self.lex.happened.search(self.low, cs, ce) or self.lex.report_period.search(self.low, cs, ce)):
            ref = self.date_in(cs, ce)
            if ref is not None and ref.date is not None:
                d.date = ref

    def narrow(self, cs: int, ce: int, d: Draft) -> bool:
        """"Nine were wounded in annexed Crimea ... The Sevastopol governor said ...": a follow-up that names
        only a city-region inside the last incident's region (which names no settlement) places it there; only
        an incident that happened at one place (a toll or a target), not drones downed over all of Crimea."""
        if d.settlement is not None or d.region is None or not (d.killed or d.injured or d.target):
            return False
        official = self.official(cs, ce)
        codes = {m.code for m in self.mentions_in(cs, ce)} | ({official} if official else set())
        inner = next((c for c in codes if ENCLOSING.get(c) == d.region), None)
        if inner is None or len(codes) != 1:
            return False
        d.region = inner
        return True

    def facility_town(self, i: int, cs: int, ce: int) -> bool:
        """"Drones attacked a refinery in the Leningrad region. ... The Kirishi refinery is one of the largest":
        the town a later sentence names the struck facility after (an incident of the last few sentences)."""
        recent = [d for d in self.drafts if d.sentence >= i - FOLLOWUP_SENTENCES - 1]
        return any(self._facility_town(cs, ce, d) for d in recent)

    def _facility_town(self, cs: int, ce: int, d: Draft) -> bool:
        if d.settlement is not None or d.target is None or any(m.code != d.region for m in self.mentions_in(cs, ce)):
            return False
        for rx, _, _, known in self.lex.settlement_cues:
            m = rx.search(self.text, cs, ce) if known else None
            if m and self.target(m.end("name"), ce) == d.target:
                name, _, _ = self.settlement(m.start(), m.end(), [])
                if name and (d.region is None or d.region in settlement_regions(name)):
                    d.settlement = name
                    return True
        return False
