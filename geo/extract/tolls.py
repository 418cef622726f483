"""Rules for the toll of an incident told over several sentences: no casualties for the whole report,
casualties further on in the paragraph, or just before the incident."""
from __future__ import annotations

import re
from collections.abc import Callable

from geo.extract.draft import FOLLOWUP_SENTENCES, Draft
from geo.extract.figures import Figures
from geo.extract.places import Mention


class Tolls(Figures):
    """Killed and injured that a sentence adds to the incidents read before it."""

    recapping = False  # reading a recap sentence ("Нагадаємо, ..."): set by the reader
    lead_no_toll = False  # "no one was hurt" told before any incident, naming no place: set by attach
    settlement: Callable[[int, int, list[Mention]], tuple[str | None, bool, list[str]]]  # (Places.settlement, in the Reader)

    def no_toll(self, cs: int, ce: int) -> None:
        """"Загиблих і постраждалих не зафіксовано" closing a report, paragraphs after its incidents: the
        incidents of the paragraph that states them ("в усіх випадках": all of them)."""
        last = self.drafts[-1]
        if self.lex.all_cases.search(self.low, cs, ce):
            for o in self.drafts:
                if o.killed is None and o.injured is None:
                    o.killed, o.injured = 0, 0
            return
        if "\n\n" in self.text[last.span[1]:cs].replace("\n\n", "\n", 1):
            return  # more than one paragraph break away: another story
        for o in self.drafts:
            if "\n\n" not in self.text[o.span[0]:last.span[0]] and o.killed is None and o.injured is None:
                o.killed, o.injured = 0, 0

    def blanket_no_toll(self, report_end: int) -> None:
        """"За добу обстріляли 6 сіл. Постраждалих немає. Пошкоджено: ... (с. А); ... (с. Б)": a no-casualties line
        before the report's first incident, naming no place, is the toll of each of its incidents (not of a recap
        after ``report_end``) when none of them tells victims, and all are in one region (one official's report: a
        wire story that adds another region's figures has no blanket toll for them)."""
        told = [d for d in self.drafts if d.span[0] < report_end]
        if not self.lead_no_toll or any(d.killed or d.injured for d in told) or len({d.region for d in told}) > 1:
            return
        for d in told:
            if d.killed is None and d.injured is None:
                d.killed, d.injured = 0, 0

    def leads_past_unplaced(self, cs: int, ce: int) -> bool:
        """The last incident is not placed yet, so a toll may lead into the next sentence's incident; but when no
        incident of the report is placed so far, the last takes a toll that names no place (an official named later places it:
        "атакували обласний центр ... Федоров додав: відомо про двох постраждалих")."""
        d = self.drafts[-1]
        if d.region or d.settlement or d.district:
            return False
        return any(o.region or o.settlement or o.district for o in self.drafts) or \
            bool(self.mentions_in(cs, ce))

    def no_casualties(self, i: int, cs: int) -> None:
        """"There were no casualties": every incident of the report so far (its paragraph, or just before),
        placed or not yet (a later pass may place it)."""
        alone = self.only_incident_so_far(cs)
        if not self.drafts or (self.drafts[-1].sentence < i - FOLLOWUP_SENTENCES and not alone):
            return
        for o in self.drafts:
            if (alone or o.sentence >= i - FOLLOWUP_SENTENCES or "\n\n" not in self.text[o.span[0]:cs]) \
                    and o.killed is None and o.injured is None:
                o.killed, o.injured = 0, 0

    def only_incident_so_far(self, cs: int) -> bool:
        """The report has told one incident (one place), and no other place since: a closing "no information about
        victims came in" some paragraphs on (a press-office post split line by line) is that incident's."""
        placed = [o for o in self.drafts if o.region is not None]  # (a headline's unplaced draft aside)
        if not placed or self.recapping:
            return False
        d = placed[-1]
        return all((o.region, o.settlement) == (d.region, d.settlement) for o in placed) \
            and all(m.code == d.region for m in self.mentions_in(d.span[1], cs))

    def leads_on(self, i: int, cs: int, ce: int, killed: int | None, injured: int | None) -> bool:
        """"Також поранено двох ..." leads into the next sentence's incident, unless it goes on with the toll
        the sentence before told of the last incident, at no place of its own ("Загинув водій. Також
        поранена пасажирка"), and the next sentence names no place."""
        if not (killed or injured) or not self.lex.also.match(self.low, cs, ce) or self._ends_paragraph(i):
            return False  # "... Також поранено працівницю.\n\n": nothing after it in the paragraph to lead into
        d = self.drafts[-1]
        last = self.sentence_of(d.span[1] - 1)  # (a line with no toll between: "Вони отримали гостру реакцію на стрес")
        return not (i - FOLLOWUP_SENTENCES <= last < i and any(self.casualties(*self.sentences[last]))
                    and not self.mentions_in(cs, ce) and not self._next_place(i))

    def _ends_paragraph(self, i: int) -> bool:
        """Sentence ``i`` is the last of its paragraph (or of the text)."""
        if i + 1 >= len(self.sentences):
            return True
        return "\n\n" in self.text[self.sentences[i][1]:self.sentences[i + 1][0]]

    def _next_place(self, i: int) -> bool:
        """The sentence after ``i`` names a place (the next incident's): a region, or a settlement cue."""
        if i + 1 >= len(self.sentences):
            return False
        s, e = self.sentences[i + 1]
        return bool(self.mentions_in(s, e)) or any(rx.search(self.text, s, e) for rx, _, weak, _ in
                                                  self.lex.settlement_cues if not weak)

    def paragraph_toll(self, i: int, cs: int, ce: int, killed: int | None, injured: int | None) -> bool:
        """Casualties stated further on in the paragraph of the last incident, with no incident and no
        other place between ("Drones attacked Odesa. ... Fires broke out. Later three people were
        reported injured"): that incident's toll."""
        d = self.drafts[-1] if self.drafts else None
        if d is None or d.sentence >= i - FOLLOWUP_SENTENCES or (killed is None and injured is None) \
                or (killed is not None and d.killed is not None) or (injured is not None and d.injured is not None) \
                or (killed == 0 and injured == 0) \
                or (d.region is None and d.settlement is None) or self.other_paragraph(i, cs, ce, d) \
                or any(m.code != d.region for m in self.mentions_in(cs, ce)) \
                or self._leads_to_next(i, cs, ce):
            return False  # "In addition, one more man was wounded. In X, a drone ...": the next one's
        d.killed, d.injured = d.killed if killed is None else killed, d.injured if injured is None else injured
        d.span = (d.span[0], max(d.span[1], ce))
        return True

    def _leads_to_next(self, i: int, cs: int, ce: int) -> bool:
        """"Ще двоє поранені" leads into the incident told next when the sentence after it names a place, or it
        names a town of its own; with neither ("Загинула жінка. ... Ще троє людей постраждали. Їх доправили до
        лікарні") it goes on with the one incident's toll."""
        if not self.next_ones(cs, ce):
            return False
        return self._next_place(i) or self.settlement(cs, ce, [])[0] is not None \
            or (i + 1 < len(self.sentences) and self.settlement(*self.sentences[i + 1], [])[0] is not None)

    def _total_rows(self) -> list:
        """The casualty patterns of a new total ("... зросла до п'яти"), picked once per text."""
        rows = self.__dict__.get("_totals")
        if rows is None:
            rows = self.__dict__["_totals"] = [(k, rx) for k, rx, _ in self.lex.casualties if k.endswith("_total")]
        return rows

    def new_total(self, cs: int, ce: int, d: Draft, killed: int | None, injured: int | None) -> bool:
        """"Поранено двох людей. ... Кількість постраждалих зросла до п'яти": the new total replaces the
        toll told before (it does not add to it)."""
        if not (killed or injured):
            return False  # (neither a new total nor a larger figure can change a toll the span does not tell)
        changed = False
        for kind, rx in self._total_rows():
            if not rx.search(self.low, cs, ce):
                continue
            if kind == "killed_total" and killed and d.killed != killed:
                d.killed, changed = killed, True
            if kind == "injured_total" and injured and d.injured != injured:
                d.injured, changed = injured, True
        return changed or self.larger_total(cs, ce, d, killed, injured)

    def larger_total(self, cs: int, ce: int, d: Draft, killed: int | None, injured: int | None) -> bool:
        """"A woman was injured. ... Three people were injured, doctors later said": a larger figure told later on its own
        (no place, no district, not "another" or "also") is the toll grown, not more victims."""
        lex = self.lex
        more_killed = bool(killed and d.killed and killed > d.killed)
        more_injured = bool(injured and d.injured and injured > d.injured)
        if not (more_killed or more_injured):
            return False  # (the figures first: most follow-ups tell none, and then the span need not be read)
        if self.mentions_in(cs, ce) or lex.district.search(self.text, cs, ce) or lex.another.match(self.low, cs, ce) \
                or lex.also.match(self.low, cs, ce) or any(rx.search(self.text, cs, ce) for rx, *_ in lex.settlement_cues):
            return False
        if more_killed:
            d.killed = killed
        if more_injured:
            d.injured = injured
        return True

    def more_victims(self, cs: int, ce: int, d: Draft, killed: int | None, injured: int | None) -> bool:
        """"Поранено двох людей. Ще одна жінка отримала травми": victims "more" than the toll told before, at
        no other region (the caller rules out another settlement), add to it (also "поранень зазнав також
        чоловік" after the sentences that told it, not within them)."""
        more = self.lex.added_victim.search(self.low, cs, ce)  # "поранень зазнав також чоловік"
        if not (d.span[1] <= cs and more or self._more(cs, ce)) or self.mentions_in(cs, ce) \
                or not (killed and d.killed) and not (injured and d.injured):
            return False
        if self._breakdown(cs, d, killed, injured, more):
            return True
        if killed and d.killed:
            d.killed += killed
        if injured and d.injured:
            d.injured += injured
        return True

    def _breakdown(self, cs: int, d: Draft, killed: int | None, injured: int | None, more: re.Match | None) -> bool:
        """"Постраждали п'ятеро. Чоловіка госпіталізовано. Ще четверо – на амбулаторному лікуванні": the victims of
        the sentence before and these add up to the toll told before both, so they break it down (nothing to add);
        so do the victims of this sentence's clauses before it ("Ранены пятеро. Женщину увезли в больницу, еще
        четверо получили ранения на остановке"). ``more``: the clause's added victim, searched once by the caller."""
        i = self.sentence_of(cs)
        if i < 1 or d.sentence >= i:
            return False
        start = self.sentences[i][0]
        end = more.start() if more else cs  # (the clause may run on from the victims before: "Чоловіка ..., ще двоє")
        k, n = self.casualties(start, end) if end > start else (None, None)
        if bool(injured and n and d.injured == n + injured) or bool(killed and k and d.killed == k + killed):
            return True
        if d.sentence >= i - 1:
            return False
        k, n = self.casualties(*self.sentences[i - 1])
        return bool(injured and n and d.injured == n + injured) or bool(killed and k and d.killed == k + killed)

    def _more(self, cs: int, ce: int) -> bool:
        """The clause adds victims: "ще одна", "Також 43-річний чоловік отримав травму" (after a toll), or
        any victim right after "кількість постраждалих зросла" (no new total given)."""
        i = self.sentence_of(cs)
        return bool(self.lex.another.match(self.low, cs, ce) or self.lex.also.match(self.low, cs, ce)
                    or (i and self.lex.toll_rose.search(self.low, *self.sentences[i - 1])))

    def gapped_toll(self, d: Draft, cs: int, core: int, ce: int, previous: list[Draft]) -> None:
        """"у Херсоні поранено чоловіка, у Білозерці – двох жінок": the victims after the dash of a clause whose
        verb is left out take the kind of toll the clause before told (killed or injured, not both)."""
        before = previous[-1] if previous else None
        if before is None or d.killed is not None or d.injured is not None \
                or (before.killed is None) == (before.injured is None) or not self.lex.ellipsis.match(self.low, cs, core):
            return
        m = self.lex.gapped_toll.search(self.low, cs, ce)
        if m is None:
            return
        n = self.lex.number(m.group("n") or m.group("m") or "") or len(self.lex.age_word.findall(m.group(0))) \
            or (1 if m.group("who") in self.lex.singular_persons else None)
        if before.killed is not None:
            d.killed = n
        else:
            d.injured = n

    def community_part(self, i: int, cs: int, core: int, district: str | None, last: Draft | None) -> bool:
        """"У Менській громаді загорівся будинок, господаря ушпиталили. У Батуринській громаді пошкоджено житло;
        поранено двох", "Увечері – по Марганецькій громаді": a community other than the last incident's, with victims
        in its sentence or struck in a sentence of a time and a place only, is a part of its own (no continuation of
        the last; the parts' tolls add up)."""
        if not district or not (any(self.casualties(*self.sentences[i])) or self.lex.ellipsis_sentence.match(self.low, cs, core)):
            return False
        return last is None or last.district is None or last.district.lower()[:-3] != district.lower()[:-3]

    def wounded_died(self, cs: int, ce: int, d: Draft, killed: int | None, injured: int | None) -> bool:
        """"Шестеро поранені. ... Одна людина померла у лікарні": the dead were among the wounded told before,
        so they move from the injured to the killed (a victim who died counts as killed only)."""
        if not killed or injured is not None or not d.injured or d.killed \
                or not self.lex.died_of_wounds.search(self.low, cs, ce):
            return False
        n = min(killed, d.injured)
        d.killed, d.injured = n, d.injured - n or None
        return True

    def earlier_day(self, cs: int, ce: int) -> bool:
        """The span states a day before the last incident's ("Four were injured yesterday" after a strike this
        morning): its victims are another day's attack, not that incident's."""
        d = self.drafts[-1] if self.drafts else None
        if d is None or d.date is None or not d.date.date:
            return False
        ref = self.date_in(cs, ce)
        return bool(ref is not None and ref.stated and ref.date and ref.date < d.date.date)

    @staticmethod
    def add_toll(d: Draft, killed: int | None, injured: int | None) -> bool:
        """A later sentence's toll for incident ``d``: what it did not say yet, or victims reported after
        "no one was hurt" ("Позже поступила информация о ранении женщины"); but "no one was hurt" after
        a toll of its own is about another place ("В соседнем селе никто не пострадал")."""
        if killed == 0 and injured == 0 and (d.killed or d.injured):
            return False
        changed = False
        if killed is not None and (d.killed is None or (killed and d.killed == 0)):
            d.killed, changed = killed, True
        if injured is not None and (d.injured is None or (injured and d.injured == 0)):
            d.injured, changed = injured, True
        return changed

    def added_toll(self, cs: int, ce: int, d: Draft, killed: int | None, injured: int | None) -> bool:
        """:meth:`add_toll`; and victims told as more ("поранень зазнав також чоловік") that go to an incident with
        no toll yet (a hit told just before, "Також дрон поцілив у гараж") add to the toll of the one it merges into."""
        had = d.killed or d.injured
        changed = self.add_toll(d, killed, injured)
        if changed and not had and (killed or injured) and self.lex.added_victim.search(self.low, cs, ce):
            d.added_victims = True
        return changed

    # -- the whole text -------------------------------------------------------------
    def sentence_toll(self, i: int, s: int, e: int, d: Draft) -> None:
        """Casualties stated anywhere in the sentence of its only incident, or just before it."""
        killed, injured = self.casualties(s, e)
        d.new_total = any(rx.search(self.low, s, e) for _, rx in self._total_rows())
        d.added_victims = bool((killed or injured) and (self.lex.another.match(self.low, s, e)
                                                       or self.lex.added_victim.search(self.low, s, e)))
        d.died_wounded = bool(killed and self.lex.died_of_wounds.search(self.low, s, e))
        d.recapped = self.recapping
        d.killed = d.killed if d.killed is not None else killed
        d.injured = d.injured if d.injured is not None else injured
        if self.pending and self.pending[0] == i - 1 and d.killed is None and d.injured is None \
                and not self.recapping:  # "... одна людина загинула. Нагадаємо, 1 грудня ...": another story's toll
            _, start, d.killed, d.injured = self.pending
            d.span = (start, d.span[1])
