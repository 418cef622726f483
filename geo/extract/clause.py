"""Reading a text clause by clause: where each clause's incident is, its figures, and how it joins the others."""
from __future__ import annotations

from geo.extract.clause_event import ClauseEvents
from geo.extract.dates import UNKNOWN, DateRef
from geo.extract.draft import FOLLOWUP_SENTENCES, LOOKBACK, Count, Draft, replace
from geo.extract.paired_counts import fold_districts, paired_counts
from geo.extract.place_tolls import place_tolls
from geo.extract.places import Mention, settlement_form
from geo.extract.rest_of_roundup import rest_of_roundup
from geo.extract.text import clauses
from geo.record import EventType


class Reader(ClauseEvents):
    """Turns the sentences of one text into draft incidents (:meth:`run`)."""

    recapping = False  # reading a recap sentence: the region in focus belongs to the story before it

    # -- one clause --------------------------------------------------------------
    def clause(self, i: int, sent: tuple[int, int], cs: int, ce: int, core: int,
               sentence_date: DateRef | None, previous: list[Draft]) -> list[Draft]:
        """The drafts one clause states; none when it only continues an earlier incident."""
        found = self.event(cs, ce, core, previous)
        if found is None:
            return []
        event, at, debris = found
        if self.lex.backreference.match(self.low, cs, core) and not self.names_new_region(cs, ce):
            self.attach(i, sent, cs, ce, at)
            return []
        mentions = self.mentions_in(cs, core)
        settlement, near, listed = self.clause_settlement(sent, cs, ce, core, mentions, previous)
        count, rest_of = self.clause_count(event, cs, core, previous)
        # "Также атакован морской терминал": one more ("Также был поврежден автомобиль" is more damage)
        also = bool(self.lex.also.match(self.low, cs, core)) and not self.damage_only(cs, ce)
        if self.debris_of_downed(i, cs, ce, at, event, count, mentions, settlement, near) \
                or (event == "interception" and self.one_more(i, cs, core, mentions, settlement)) \
                or self.next_drone(i, cs, core, event, mentions, settlement) or self.goes_on(i, cs, ce, core, event, count, mentions, settlement, also):
            self.attach(i, sent, cs, ce, at)
            return []
        # "The first plant was struck four times and the second once": with the clauses before it that told nothing
        count = self.strike_hits(event, count, cs if previous else sent[0], ce)
        base = self.base_draft(i, sent, cs, ce, at, event, debris, sentence_date)
        self.gapped_toll(base, cs, core, ce, previous)
        groups = self.groups(mentions)
        pairs = self.roundup_pairs(groups, cs, core)
        roundup = len(pairs) >= 2
        if not groups and core < ce:
            # "destroyed 71 drones over several regions, including 14 over the Volgograd region":
            # the only regional facts are in the tail; they replace the total
            pairs = self.roundup_pairs(self.groups(self.mentions_in(core, ce)), core, ce)
            roundup = bool(pairs)
        if roundup:
            return self.roundup_drafts(base, pairs, cs)
        regions, inherited = self.regions(i, sent, cs, core, groups)
        if rest_of is not None and not groups and rest_of.region:
            regions, inherited = [rest_of.region], False  # "the rest hit an oil depot": where the 25 flew
        base.unplaced = regions == [None] and not (self.recapping or self.national_context(i) or self.heading(cs, core) or self.heading_before(cs))
        if len(pairs) == 1 and len(regions) == 1 and not (count and count.kind == "part" and pairs[0][1].n == count.total) \
                and not (count and count.n and self.added_before(cs, pairs[0][0][0].start)):  # ("four ... and two others over X": 6)
            # "destroyed six naval drones at sea and shot down 20 over Crimea"; but "22 of 25 drones were
            # downed over ..." is 22, the 25 their total
            count = pairs[0][1]
        # (a figure per region in order is no shared "each": "over A, B and C, 4, 3 and 2 respectively")
        paired = paired_counts(self, cs, core, len(regions)) if len(regions) > 1 else None
        each = self.each_count(cs, core) if len(regions) > 1 and not paired else None
        if each:
            count = each
        shared = len(regions) > 1 and not each
        n = count.n if count and not shared else None
        q = count.qualifier if count and not shared else None
        if count and (count.kind == "one" and event == "strike" or count.kind == "debris"):
            # "a drone attack on X": one, unless a drone count is stated elsewhere (see to_incidents)
            base.one_attack, n, q = True, None, None
        if len(regions) > 1:  # (each its own figure when the clause lists as many: "12 и 7 ... над X и Y")
            figures = paired or [Count(n, q)] * len(regions)
            return [replace(base, region=r, count=c.n, qualifier=c.qualifier) for r, c in zip(regions, figures)]
        settlement, near = self.implied_settlement(i, cs, ce, mentions, regions[0], settlement, near,
                                                   also and event == "strike")
        if inherited and settlement and regions[0]:
            # "... and 12 over the Krasnodar region. In Taganrog, a drone struck a plant": the town's own
            # region, when the gazetteer knows it for sure, over the one last named
            own = self.town_region(settlement, regions[0], cs, ce)
            if own:
                regions = [own]  # (a village Murom in the Belgorod region stays there)
        d = replace(base, region=regions[0], settlement=settlement, near=near, count=n, qualifier=q,
                    total=count.total if count else None, inherited=inherited and not settlement)
        if listed and event == "interception" and (debris or n is not None):
            d.settlement, d.near = None, False  # "над Воронежем, Лисками и ... сбиты 14": the region's count
        elif listed:  # one incident per settlement of the list, the count shared (downed: each a downing place)
            d.count = d.qualifier = None
            return [d] + [replace(d, settlement=name, near=False, region=self.capital_elsewhere(name, d.region))
                          for name in listed]
        return [d]

    def clause_settlement(self, sent: tuple[int, int], cs: int, ce: int, core: int, mentions: list[Mention],
                          previous: list[Draft]) -> tuple[str | None, bool, list[str]]:
        """The settlement of a clause: named in it, or heading its sentence or list item."""
        settlement, near, listed = self.settlement(cs, core, mentions)
        if settlement is None and cs > sent[0]:
            settlement = self.header(sent[0], cs)
            if settlement is None and not previous and self.text[sent[0]:cs].rstrip().endswith(":"):
                # "Уночі у Дніпрі лунали вибухи: сили ППО збивали ворожі дрони": the place before the colon
                settlement, near, _ = self.settlement(sent[0], cs, self.mentions_in(sent[0], cs))
        if settlement is None and cs == sent[0] and not self.text[cs].isalnum():
            settlement = self.header(cs, ce)  # a list item: "▪️Балаклія: «шахед» влучив в об'єкт"
        if not listed and settlement:
            # "пошкоджено хату (с. Вишневе), гараж (с. Кленове)": each its place
            listed = [n for n in dict.fromkeys(self.bracketed(cs, ce)) if n != settlement]
        return settlement, near, listed

    def added_before(self, cs: int, at: int) -> bool:
        """"destroyed four drones and intercepted two others over the X region": the figure before the region is
        added to the clause's count (six over X), not a roundup pair of its own."""
        m = self.lex.plus_count.search(self.low, cs, at)
        return m is not None and m.end() >= at - LOOKBACK

    def clause_count(self, event: EventType, cs: int, core: int, previous: list[Draft]) -> tuple[Count | None, Draft | None]:
        """The count of a clause, and the draft whose remainder it is ("the rest hit ...")."""
        count = self.count(cs, core)
        # "the rest hit port infrastructure": the remainder of "22 of 25", where those were
        rest_of: Draft | None = None
        # (also told in the next sentence: "9 of 14 drones were downed. The rest hit ...")
        prev = previous[-1] if previous else self.last_draft(self.sentence_of(cs) - 1)
        if prev is not None and prev.total is not None and self.lex.remainder.search(self.low, cs, core):
            if prev.count is not None and prev.total >= prev.count:
                count, rest_of = Count(prev.total - prev.count, "exact"), prev
        if event == "interception" and count is None and rest_of is None and self.rest_clause(cs, core) \
                and (n := rest_of_roundup(self.drafts, previous, self.sentence_of(cs))):
            count = Count(n, "exact")  # "14 downed: one over X, the rest over Y": 13 over Y
        if event == "interception" and count and count.kind == "one":
            count = None  # "a drone attack was repelled" says nothing about how many drones
        return count, rest_of

    def base_draft(self, i: int, sent: tuple[int, int], cs: int, ce: int, at: int, event: EventType, debris: bool,
                   sentence_date: DateRef | None) -> Draft:
        """A draft with what a clause says besides its place and count: date, toll, target, district."""
        lex, text = self.lex, self.low
        killed, injured = self.casualties(cs, ce)
        date = (self.date_in(cs, ce) if i in self.with_date else None) or sentence_date
        target = (self.target(at, ce) or self.target(cs, ce)) if event == "strike" or debris else None
        district = self.district(cs, ce)
        if district is None and cs > sent[0] and self.text[sent[0]:cs].rstrip().endswith(":"):
            district = self.district(sent[0], cs)  # "Білопільська громада: удар FPV-дрону, ..."
        return Draft(event, sent, i, date=date, killed=killed, injured=injured, target=target,
                     district=district, fire=bool(lex.fire.search(text, cs, ce)),
                     national=bool(lex.national.search(text, cs, ce)))

    def roundup_drafts(self, base: Draft, pairs: list[tuple[list[Mention], Count]], cs: int) -> list[Draft]:
        """One draft per region of a roundup ("five over Tula, two each over Kaluga and Oryol")."""
        out: list[tuple[Draft, bool]] = []
        last = cs
        for g, c in pairs:
            each = len(g) == 1 or bool(self.lex.each.search(self.low, max(cs, g[0].start - LOOKBACK), g[-1].end + 30))
            own = None if each else paired_counts(self, max(cs, g[0].start - 2 * LOOKBACK), g[0].start, len(g))
            told = bool(self.lex.numx.search(self.low, last, g[0].start))  # (a figure of its own, not the one before)
            for k, m in enumerate(g):  # ("21 и 8 ... над X и Y областями, 4 — над Z": each its own figure)
                n, q = (own[k].n, own[k].qualifier) if own else (c.n, c.qualifier) if each else (None, None)
                out.append((replace(base, region=m.code, count=n, qualifier=q), told if k == 0 else each))
            last = g[-1].end
        return fold_districts(out)

    def implied_settlement(self, i: int, cs: int, ce: int, mentions: list[Mention], region: str | None,
                           settlement: str | None, near: bool, one_more: bool) -> tuple[str | None, bool]:
        """The settlement a one-region clause means without naming it as one: its region's city
        ("Russian drones hit Kharkiv"), or the place named last ("in the city", "also attacked")."""
        lex, text = self.lex, self.low
        if settlement is not None:
            return settlement, near
        # the one city of the clause's region ("attacked Zaporizhzhia ..., Zaporizhzhia Oblast Governor said")
        bare = [m for m in mentions if not m.explicit]
        only = bare[0] if len(bare) == 1 and all(m.code == bare[0].code for m in mentions) else None
        if only and only.text in lex.capitals \
                and (lex.capital_before.search(text, max(cs, only.start - LOOKBACK), only.start)
                     or lex.capital_after.match(text, only.end)) \
                and not lex.not_place_after.match(self.text, only.end) \
                and not self.approached(only.start, cs):
            # "Russian drones hit Kharkiv": the city (not "downed on the approach to Kharkiv": near it)
            return settlement_form(only.text, lex.morphology), near
        same_city = lex.same_city.search(text, cs, ce)
        if (one_more and not mentions and not self.district(cs, ce)) or same_city:
            # "Также атакован морской терминал", "debris fell on buildings in the city": the place named last
            settlement, near = self.recent_settlement(region)
            if settlement is None and same_city:
                settlement, near = self.named_before(i)
        return settlement, near

    def attach(self, i: int, sent: tuple[int, int], cs: int, ce: int, pos: int | None = None) -> None:
        """A sentence that continues the last incident: add its target and casualties."""
        killed, injured = self.casualties(cs, ce)
        if (killed or injured) and self.earlier_day(cs, ce):
            killed, injured = None, None  # "Drones hit X this morning. Two people were hurt yesterday": the day before's
        self.toll_told = i if killed or injured else self.toll_told
        if self.paragraph_toll(i, cs, ce, killed, injured):
            return
        if killed == 0 and injured == 0:  # "There were no casualties": the whole report (its paragraph)
            self.lead_no_toll = self.lead_no_toll or not (self.drafts or self.mentions_in(cs, ce))
            self.no_casualties(i, cs)
            if self.drafts:
                self.no_toll(cs, ce)
        # the reach runs from the last sentence that added to the incident ("... пошкоджено магазин. Постраждало 22 людини")
        if not self.drafts or self.out_of_reach(i, self.drafts[-1].span[1]) or \
                self.leads_on(i, cs, ce, killed, injured) or \
                self.leads_past_unplaced(cs, ce):
            # nothing placed to attach to: the casualties may lead into the next sentence's incident
            self.pending = (i, sent[0], killed, injured) if killed is not None or injured is not None else None
            return
        d = self.sibling_named(cs, ce)
        d.told_victims = d.told_victims or bool(killed or injured)
        self.fire_at(cs, ce, d)
        changed = False
        near = d.sentence >= i - FOLLOWUP_SENTENCES - self.said_between(d.sentence, i)  # what it was, and where: only from the sentences right after it
        if near and d.event_type == "strike" and d.count is None and self.lex.debris.search(self.low, cs, ce) \
                and (d.target is None or self.target(cs, ce) == d.target) \
                and not self.lex.debris_found.search(self.low, cs, ce):
            # "Drones attacked Odesa. Debris of a downed drone fell on a kindergarten", "Пожар на НПЗ после
            # атаки. «В результате падения обломков на территории НПЗ ...»": shot down, with damage
            d.event_type, changed = "interception", True
        if near and d.settlement is None and d.region and d.sentence < i and (
                (d.event_type == "interception" and (self.lex.debris.search(self.low, cs, ce)
                                                     or self.lex.fall.search(self.low, cs, ce)))
                or (d.event_type == "strike" and d.count is None and (killed or injured))
                or (d.event_type == "strike" and bool(self.lex.backreference.match(self.low, cs)))  # "The strike hit a barn in X"
                or bool(self.lex.happened.search(self.low, cs, ce))):  # "все произошло в поселке X"
            # "Eleven drones were shot down over Crimea. In Yevpatoria, debris shattered windows": there;
            # "Дрони атакували «Алабугу». ... про двох постраждалих у гуртожитку в Єлабузі": there
            mentions = self.mentions_in(cs, ce)
            if all(m.code == d.region for m in mentions):
                name, near, listed = self.settlement(cs, ce, mentions)
                if name and (not listed or self.debris_towns(d, listed)):
                    d.settlement, d.near, changed = name, near, True
        changed = self.locate(cs, ce, d) or self.narrow(cs, ce, d) or self.facility_town(i, cs, ce) \
            or self.found_count(cs, ce, d) or self.hit_count(sent[0], cs, ce, d) or changed
        changed = self.new_total(cs, ce, d, killed, injured) or self.wounded_died(cs, ce, d, killed, injured) \
            or (bool(killed and d.killed or injured and d.injured) and self.settlement(cs, ce, [])[0] is None
                and self.more_victims(cs, ce, d, killed, injured)) \
            or self.added_toll(cs, ce, d, killed, injured) or changed
        # "... keep children at home", "schools switch to remote lessons": no damage, no target
        if d.target is None and (d.event_type == "strike" or self.lex.debris.search(self.low, cs, ce)) \
                and (pos is not None or self._valid(self.lex.strike, cs, ce)):
            t = self.target(pos if pos is not None else cs, ce)
            if t:
                d.target, changed = t, True
        if changed and d.span[1] < sent[1]:
            d.span = (d.span[0], sent[1])

    def debris_towns(self, d: Draft, listed: list[str]) -> bool:
        """"Drones were downed over the district. Fragments fell in the villages X, Y and Z": an unplaced,
        uncounted interception is at the list's first town, and each other town one more of its own."""
        if d.event_type != "interception" or d.count is not None:
            return False
        self.drafts.extend(replace(d, settlement=name, near=False) for name in listed)
        return True

    # -- the whole text -------------------------------------------------------------
    def run(self) -> list[Draft]:
        """Every draft incident of the text, sentence by sentence."""
        lex, text = self.lex, self.low
        # No date stated yet: the report is taken to be about its publication day.
        running: DateRef | None = DateRef(self.published.isoformat(), None, "day", stated=False) \
            if self.published else None
        # One cheap pass each over the whole text tells which sentences can hold a date or an event.
        self.with_date = with_date = self.sentences_with(lex.date_cue)
        with_event = self.sentences_with(lex.event_cue)
        background_end, recap_start, report_end = -1, -1, len(text)
        for i, sent in enumerate(self.sentences):
            s, e = sent
            if lex.background.match(text, s):
                report_end = min(report_end, s)
                background_end = self.background_end(s, e)
                recap_start = s if lex.recap.match(text, s) else -1
            if s < background_end or lex.aside.match(text, s):
                # "Read also: ...", a photo caption, a "Нагадаємо, ..." paragraph (but see recap)
                if recap_start >= 0 and s < background_end:
                    self.recap(i, sent, recap_start, i in with_date, i in with_event)
                continue
            ref = self.date_in(s, e) if i in with_date else None
            sentence_date = ref if ref is not None else running
            if ref is not None and lex.skip_sentence.search(text, s, e):
                continue  # "Since July 17, Russia has fired dozens of drones ...": its date is no news of the day
            if i not in with_event:
                self.mixed_attack(i, s, e)
                self.attach(i, sent, s, e)
            elif not self.off_topic(s, e, ref is not None):  # (with a date, skip_sentence was searched above)
                self.read_sentence(i, sent, sentence_date)
            elif self.casualties(s, e) == (0, 0):
                self.attach(i, sent, s, e)  # "Внаслідок обстрілів немає постраждалих": the report's toll
            elif (cut := self.speech_head(i, s, e)) is None:
                self.mixed_attack(i, s, e)  # "... бив FPV-дронами. Застосував і артилерію."
            else:  # the toll told before "— сказав він", another weapon's attack only after: the drones' toll
                self.attach(i, sent, s, cut)
            if ref is not None and ref is not UNKNOWN:
                running = ref
        self.blanket_no_toll(report_end)
        return self.drafts

    def recap(self, i: int, sent: tuple[int, int], start: int, dated: bool, eventful: bool) -> None:
        """"Напомним, 2 октября беспилотники атаковали ...": a recap sentence that names drones states an
        incident of its own, dated only by what it says (one the report restates merges with it later);
        the sentences after it in the paragraph add to it."""
        s, e = sent
        if eventful and self.lex.drone.search(self.low, s, e) and not self.off_topic(s, e):
            ref = self.recap_date(s, e, dated, start)
            self.recapping = True
            self.read_sentence(i, sent, ref if ref is not None else UNKNOWN)
            self.recapping = False
        elif self.drafts and self.drafts[-1].span[0] >= start:
            if eventful and self.recap_places(s, e):
                self.recapping = True  # (the recap's towns, one incident each: read as its own sentence)
                self.read_sentence(i, sent, self.recap_date(s, e, dated, start) or UNKNOWN)
                self.recapping = False
            else:
                self.attach(i, sent, s, e)

    def recap_places(self, s: int, e: int) -> bool:
        """"As reported, drones struck the X district. They hit farms in the A and B communities": a recap's
        strike placed only by district, then the towns it hit named in the next sentence (no region of its own)."""
        last = self.drafts[-1]
        if last.event_type != "strike" or last.settlement is not None:
            return False
        mentions = self.mentions_in(s, e)
        return all(m.code == last.region for m in mentions) and bool(self.settlement(s, e, mentions)[0])

    def more_hits(self, s: int, e: int, new: list[Draft], before: int | None) -> None:
        """"два удари прийшлися по складах, ще один – по школі": more hits, their verb left out, add to the count
        of the strike the sentence told (its own, or the one it counted for the incident before)."""
        m = self.lex.more_hits.search(self.low, s, e)
        d = new[-1] if new else self.drafts[-1] if self.drafts else None
        if m is None or d is None or d.event_type != "strike" or not d.count or not self.text[m.end():m.end() + 1].islower() \
                or (d.span[1] > m.start() if new else before is not None):
            return  # (a capital after the dash names a place: "ще один – у Кременчуці" is no more hits of this one)
        d.count += self.lex.number(m.group("n")) or 0

    def read_sentence(self, i: int, sent: tuple[int, int], sentence_date: DateRef | None) -> None:
        """The drafts of one sentence with an event word, clause by clause."""
        lex, text = self.lex, self.low
        s, e = sent
        new: list[Draft] = []
        for cs, ce, core in clauses(text, sent, lex):
            produced = self.clause(i, sent, cs, ce, core, sentence_date, new)
            if len(produced) == 1 and new and produced[0].event_type == new[-1].event_type == "interception" \
                    and produced[0].count and new[-1].count and lex.another.match(text, cs, core) \
                    and not self.mentions_in(cs, core) and new[-1] is self.drafts[-1]:
                # "збито 14 ворожих БпЛА, ще 3 локаційно втрачені": one figure of 17
                new[-1].count += produced[0].count
                continue
            if not produced and new and new[-1] is self.drafts[-1] and self.text[max(s, cs - 2):cs].strip() == ":":
                self.attach(i, sent, cs, ce, cs)  # "... атакував район: сталася пожежа на об'єкті"
            new.extend(produced)
            self.drafts.extend(produced)
        self.parts_not_total(new)
        own_end, others = place_tolls(self, i, sent, new[0]) if len(new) == 1 else (e, [])
        if others:  # "..., в поселке Y ранена женщина": a strike there, with its toll; the first keeps its own part's
            new[0].killed, new[0].injured = self.casualties(new[0].span[0], own_end)
            new[0].span = (new[0].span[0], min(new[0].span[1], own_end))
            self.drafts.extend(others)
        if len(new) == 1 and (new[0].killed is None or new[0].injured is None):
            self.sentence_toll(i, s, own_end, new[0])
        self.pending = None
        before = self.drafts[-1].count if self.drafts else None
        if not new:  # "Windows were damaged nearby; there were no casualties."
            self.attach(i, sent, s, e)
        self.more_hits(s, e, new, before)
        carry = None
        for k, d in enumerate(new):  # "In the village of X, a drone hit a car, and another struck a house"
            if d.settlement:
                carry = d
            elif carry and d.region == carry.region:
                d.settlement, d.near = carry.settlement, carry.near
            if k and d.district is None and d.region == new[k - 1].region:
                d.district = new[k - 1].district  # "В ... районе прилетели девять дронов, три из которых сбиты"
