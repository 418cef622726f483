"""Which event a clause states: its own event word, or none but a list or a casualty that goes on with
the incident told before (the clause reader asks this first, :class:`geo.extract.clause.Reader`)."""
from __future__ import annotations

from geo.extract.continuations import Continuations
from geo.extract.draft import FOLLOWUP_SENTENCES, Draft
from geo.extract.mixed import MixedAttacks
from geo.extract.places import Mention
from geo.record import EventType


class ClauseEvents(Continuations, MixedAttacks):
    """The event of one clause, with or without an event word of its own."""

    def event(self, cs: int, ce: int, core: int, previous: list[Draft]) -> tuple[EventType, int, bool] | None:
        """(event type, where its word is, drone debris?) of a clause, or None when it states no event."""
        ic = self._valid(self.lex.interception, cs, core)
        st = None if ic else self._valid(self.lex.strike, cs, core)  # (an interception word decides alone)
        if hit := ic or st:
            debris = bool(self.lex.debris.search(self.low, cs, ce))
            return ("interception" if ic or debris else "strike"), hit.start(), debris
        found = self.event_without_word(cs, core, previous)
        # (the debris search made only for a clause that states an event: most without an event word state none)
        return None if found is None else (found[0], found[1], bool(self.lex.debris.search(self.low, cs, ce)))

    def event_without_word(self, cs: int, core: int, previous: list[Draft]) -> tuple[EventType, int] | None:
        """(event type, where) of a clause with no valid event word that still goes on with one told before."""
        lex = self.lex
        mentions = self.mentions_in(cs, core)
        if previous and previous[-1].event_type == "interception" and mentions and self.rest_clause(cs, core):
            return "interception", cs  # "one over the X region, the rest over Y": the downing goes on
        if previous and lex.ellipsis.match(self.low, cs, core):
            return previous[-1].event_type, cs  # "у Краснопіллі пошкоджено ЛЕП, у Середині-Буді – авто"
        last = previous[-1] if previous else self.last_draft(self.sentence_of(cs) - 1)
        prior = self.last_draft(self.sentence_of(cs) - FOLLOWUP_SENTENCES)
        if prior and prior.event_type == "strike" and lex.ellipsis_sentence.match(self.low, cs, core):
            return "strike", cs  # "Увечері – по Марганецькій громаді. Вночі – по Нікополю."
        if mentions and last and self.list_goes_on(cs, core, mentions, last, previous):
            # "...destroyed nine UAVs: five over the Tula region and two each over ...": the list goes on,
            # also line by line ("17 БПЛА – над территорией Брянской области;")
            return last.event_type, cs
        if self.detected_after_total(cs, core, mentions, last):
            return "interception", cs  # "Seven UAVs downed overnight. They had been spotted over A and B": theirs
        if last and last.settlement and lex.casualty_cue.search(self.low, cs, core) \
                and self.settlement(cs, core, mentions)[0]:
            # "у Ківшарівці пошкоджено будинок, у Петропавлівці поранено жінку": the list of places goes on
            return last.event_type, cs
        summary = self.drafts[-1] if self.drafts else None  # told up to two sentences before (its toll's too)
        if summary and max(self.sentence_of(summary.span[1] - 1), self.toll_told) < self.sentence_of(cs) - FOLLOWUP_SENTENCES:
            summary = None  # (a list of victims place by place keeps it in reach: "У Х громаді поранено ... У Y ...")
        if summary and summary.event_type == "strike" and summary.region and not summary.settlement \
                and lex.casualty_cue.search(self.low, cs, core) \
                and self.settlement(cs, core, mentions)[0]:
            # "П'ятеро мешканців області постраждали внаслідок ударів дронів. ... У с. X постраждали ...": where
            return "strike", cs
        if self.drones_only() and lex.casualty_cue.search(self.low, cs, core) and self.settlement(cs, core, mentions)[0]:
            return "strike", cs  # "У м. X постраждали ...", the day's weapons all drones
        return None

    def detected_after_total(self, cs: int, core: int, mentions: list[Mention], last: Draft | None) -> bool:
        """A region list told with a detection verb only, the drones (or a pronoun for them) its subject ("их
        обнаружили над A и B областями"), in the sentence right after a shoot-down counted with no place: where those
        drones were downed, region by region (blasts or outages recorded there are not: lexicon detected_over)."""
        return len(mentions) > 1 and last is not None and last.event_type == "interception" and last.region is None \
            and last.count is not None and self.sentence_of(cs) - self.sentence_of(last.span[1] - 1) == 1 \
            and self.lex.detected_over.search(self.low, cs, core) is not None

    def rest_clause(self, cs: int, core: int) -> bool:
        """The clause opens with the remainder word ("the rest", "остальные", "решта")."""
        m = self.lex.remainder.search(self.low, cs, core)
        return m is not None and not self.low[cs:m.start()].strip(" ,;:-–—")

    def list_goes_on(self, cs: int, core: int, mentions: list[Mention], last: Draft, previous: list[Draft]) -> bool:
        """The clause's regions go on with the list of the incident before (a region item, or a count or
        roundup pairs after a clause of the same sentence or a counted incident)."""
        if self.region_list_item(cs, core, mentions, last):
            return True
        if not (previous or last.count):
            return False  # (the pairs and the count below could only matter after one of these: not searched)
        pairs = self.roundup_pairs(self.groups(mentions), cs, core)
        return bool((pairs or self.count(cs, core))
                    and (previous or (last.count and last.region is None) or (last.count and pairs)))
