"""One text being read: its sentences, region mentions, officials, dates and the region in focus.

The look-ups every rule shares; the rules themselves are in :mod:`.figures` (numbers, casualties,
targets), :mod:`.settlements` (places) and :mod:`.clause` (events).
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import replace
from functools import cached_property

from geo.extract.dates import DateRef, find_date, weekday_year
from geo.extract.draft import FOLLOWUP_SENTENCES, LOOKBACK, Draft
from geo.extract.lexicon import Lexicon, lower_text
from geo.extract.official_titles import titled_region
from geo.extract.places import ENCLOSING, FOCUS_REGION, Mention, region_mentions
from geo.extract.text import sentences
from geo.literal_gate import never_spans_space

#: Characters that open the lines of a list of weapons ("• два БпЛА", "▪️ fpv-дрон", "- 2 КАБ").
LIST_BULLETS = "•▪◦●-–—*·"
LIST_ITEM = 60  # characters at most in a line of such a list (a longer bulleted line is a story of its own)


class Text:
    """One text being read: spans, region mentions, running date and focus."""

    def __init__(self, text: str, lex: Lexicon, published: dt.date | None, today: dt.date, low: str | None = None):
        self.text = text
        # lexicon patterns are lower-case (see lexicon.compile_ci); ``low`` when the caller has folded it already
        self.low = lower_text(text) if low is None else low
        self.lex = lex
        self.published = published
        self.today = today if published else self._dated_anchor(today)
        self.sentences = sentences(text, lex)
        self.sentence_starts = [s for s, _ in self.sentences]
        every = region_mentions(text, self.sentences)
        # ("отразили атаку на Москву": the capital the drones were sent at is no place of theirs)
        self.capital_targets = {m.start("c") for m in lex.attacked_capital.finditer(self.low)}
        found = self._locations(every)
        # "a drone flying to Moscow was shot down": where it was heading, the place it was downed unsaid
        self.destinations = [m.start for m in every if lex.destination_before.search(
            self.low, max(0, m.start - LOOKBACK), m.start)]
        # ("беспилотники, летевшие к столице": heading for a place no region mention names)
        unnamed = [m.start() for m in lex.heading_unnamed.finditer(self.low)]
        self.destinations += unnamed + sorted(self.capital_targets)
        self.heading_codes = {m.code for m in every if m.start in self.destinations}  # ("Москву": RU-MOW)
        # ("Moscow Mayor ...: drones heading towards the capital"): the capital city its sentence names
        self.heading_codes |= {m.code for m in every if m.code in lex.city_regions
                               and any(self.sentence_of(p) == self.sentence_of(m.start) for p in unnamed)}
        self.mentions = [self._around(m, every) for i, m in enumerate(found) if not self._city_district(m, found[i + 1:i + 2])]
        self.mention_starts = [m.start for m in self.mentions]
        self.officials = self._officials()
        self.places = sorted(self.mentions + self.officials, key=lambda m: m.start)
        self.place_starts = [m.start for m in self.places]
        self.drafts: list[Draft] = []
        self.with_date: set[int] = set()
        self._dates: dict[tuple[int, int], DateRef | None] = {}
        self._said: dict[int, bool] = {}  # per sentence: a source line, a hit detail or a victim item (said_between)
        self.pending: tuple[int, int, int | None, int | None] | None = None

    @cached_property
    def country_marks(self) -> list[tuple[int, str]]:
        """Where the text says whose report it is ("Ukraine's Air Force", "the Russian Defence Ministry"):
        read on the first incident without a region (most texts have none)."""
        return sorted((m.start(), code) for code, rx in self.lex.country_cues for m in rx.finditer(self.low))

    def country_at(self, pos: int) -> str | None:
        """The country of the last cue before ``pos``, else of the first cue in the text."""
        marks = self.country_marks
        i = bisect.bisect_right(marks, (pos, "\U0010ffff"))  # (the last cue starting at or before pos)
        if i:
            return marks[i - 1][1]
        return marks[0][1] if marks else None

    # -- helpers -------------------------------------------------------------
    def _locations(self, mentions: list[Mention]) -> list[Mention]:
        """The mentions that are places of an event: not "from"/"towards" ones, nor the rest of their
        list ("у напрямку Миколаївської, Запорізької та Сумської областей")."""
        out: list[Mention] = []
        dropped: Mention | None = None
        for k, m in enumerate(mentions):
            if self._not_location(m) or (dropped and self.lex.region_list_gap.fullmatch(self.low, dropped.end, m.start)):
                dropped = m
            elif not self._enclosing(m, mentions[k - 1:k]):
                out.append(m)
        return out

    def _not_location(self, m: Mention) -> bool:
        return bool(self._launch_origin(m) or m.start in self.capital_targets
                    or self.lex.not_location_before.search(self.low, max(0, m.start - LOOKBACK), m.start)
                    or self.lex.not_location_after.match(self.low, m.end)
                    or (self.lex.speaks_after.match(self.low, m.end)
                        and not self.lex.place_before.search(self.low, max(0, m.start - LOOKBACK), m.start)))

    def _enclosing(self, m: Mention, before: list[Mention]) -> bool:
        """"over the city of Sevastopol in Crimea": the region around a city-region only says where it is."""
        return bool(before) and ENCLOSING.get(before[0].code) == m.code \
            and self.lex.within_gap.fullmatch(self.low, before[0].end, m.start) is not None

    def _launch_origin(self, m: Mention) -> bool:
        """"launched from the Kursk and Oryol regions", "(launch areas: Yeysk, Kursk)": where the drones
        came from, up to a word that places something ("... and shot down over Sumy")."""
        start = self.sentences[m.sentence][0]
        last = None
        for last in self.lex.launch_from.finditer(self.low, max(start, m.start - 2 * LOOKBACK), m.start):
            pass
        return last is not None and not self.lex.launch_from_ends.search(self.low, last.end(), m.start)

    def _city_district(self, m: Mention, following: list[Mention]) -> bool:
        """"в Дніпровському районі Херсона": a district named like a region's district, followed by its
        city, is the city's district, not the region."""
        return bool(following) and not m.explicit and following[0].start - m.end <= 2 \
            and self.lex.district.fullmatch(self.text, m.start, m.end) is not None

    def _around(self, m: Mention, every: list[Mention]) -> Mention:
        """Bare "Moscow" near the Moscow region (same sentence) or after "near": the region (``every``:
        all the region mentions of the text, whose explicit ones are those a search of the sentence finds);
        not across a clause break ("two over the Moscow region, another fell in Moscow": the city itself)."""
        wider = FOCUS_REGION.get(m.code)
        if m.explicit or not wider or m.code == wider:
            return m
        s, e = self.sentences[m.sentence]
        if self.lex.around_city.search(self.low, max(s, m.start - LOOKBACK), m.start):
            return replace(m, code=wider)
        gap = self.lex.region_list_gap
        others = [o for o in every if o.sentence == m.sentence and o.code == wider and o.explicit
                  and not self.lex.clause_breaks.search(self.low, min(o.end, m.end), max(o.start, m.start))]
        if others and not any(gap.fullmatch(self.low, m.end, o.start) or gap.fullmatch(self.low, o.end, m.start)
                              for o in others):  # "in Kyiv, Kyiv Oblast and ..." names both
            return replace(m, code=wider)
        return m

    def _officials(self) -> list[Mention]:
        """"Governor Gladkov": the official's region, as a weak mention used when no region is named."""
        out: list[Mention] = []
        starts = [s for s, _ in self.sentences]
        if not starts:
            return out
        titled: set[str] = set()  # "Bogomaz, Governor of Bryansk Oblast, said ... Bogomaz added": named before
        for m in self.lex.officials.finditer(self.text):
            if m.group(0) in titled or self.lex.official_title.search(self.low, max(0, m.start() - LOOKBACK), m.start()) \
                    or self.lex.official_title_after.match(self.low, m.end()) \
                    or (self.lex.official_speaks.match(self.low, m.end())
                        and (self.own_region_said or self._opens_sentence(m.start()))):
                titled.add(m.group(0))
                i = max(0, bisect.bisect_right(starts, m.start()) - 1)
                region = titled_region(self.lex, self.low, m.start(), self.lex.official_region[m.group(0)])
                out.append(Mention(m.start(), m.end(), region, False, m.group(0), i))
        return out

    def _opens_sentence(self, pos: int) -> bool:
        """Nothing but a quote or a bullet before ``pos`` in its sentence ("Слюсарь в своем канале написал ...")."""
        i = max(0, bisect.bisect_right(self.sentence_starts, pos) - 1)
        return not re.search(r"\w", self.text[self.sentences[i][0]:pos]) if self.sentences else False

    @cached_property
    def own_region_said(self) -> bool:
        """"over our region ..., Bogomaz wrote": the text speaks of its speaker's region (searched when
        an official's name is followed by a verb of speaking, not for every text)."""
        return self.lex.own_region.search(self.low) is not None

    def _valid(self, rx: re.Pattern, start: int, end: int) -> re.Match | None:
        """First match of ``rx`` not made hypothetical or negative by the words before it."""
        first = rx.search(self.low, start, end)  # the usual answers: no match, or the first one (no iterator)
        if first is None or not self.lex.blockers.search(self.low, max(start, first.start() - LOOKBACK), first.start()):
            return first
        for m in rx.finditer(self.low, start, end):
            if not self.lex.blockers.search(self.low, max(start, m.start() - LOOKBACK), m.start()):
                return m
        return None

    def recap_date(self, start: int, end: int, dated: bool, since: int | None = None) -> DateRef | None:
        """The date a recap sentence states ("Як повідомлялося, близько 02:00 ..."), else the one its recap
        paragraph stated before it (from ``since``); a clock time with no day is the report's own day (the
        gold's "clock time in a same-day report")."""
        ref = self.date_in(start, end) if dated else None
        if ref is None and since is not None and since < start:
            ref = self.date_in(since, start)
        if ref is None and self.published and self.lex.clock_time.search(self.low, start, end):
            return DateRef(self.published.isoformat(), None, "day")
        return ref

    def date_in(self, start: int, end: int) -> DateRef | None:
        """The first date expression in the span (remembered: a one-clause sentence asks twice)."""
        key = (start, end)
        if key not in self._dates:
            line = self.lex.dateline.match(self.low, start, end)  # "SUMY, Dec 5 (Interfax-Ukraine) –"
            self._dates[key] = (line and find_date(self.low, line.end(), end, self.lex, self.published, self.today)) \
                or find_date(self.low, start, end, self.lex, self.published, self.today)
        return self._dates[key]

    def _dated_anchor(self, today: dt.date) -> dt.date:
        """No publication date: the latest full date the text writes ("15 вересня 2024 року") anchors the dates
        it writes without a year ("у ніч на 15 вересня"), not the day it is read; else a weekday with its day does."""
        found = []
        for m in self.lex.absolute_dates.finditer(self.low):
            ref = find_date(self.low, m.start(), m.end(), self.lex, None, today) if m.groupdict().get("y") else None
            if ref is not None and ref.date:
                found.append(dt.date.fromisoformat(ref.date))
        return max([d for d in found if d <= today], default=None) or weekday_year(self.low, self.lex, today) or today

    def sentences_with(self, rx: re.Pattern) -> set[int]:
        """Indexes of the sentences where ``rx`` matches (one pass over the text).  When no match can
        hold a space, none runs into the next sentence, so after a sentence's first match the pass
        goes on at the next sentence: the same sentences as every match of the text, fewer searches."""
        starts = self.sentence_starts
        if not never_spans_space(rx):
            return {bisect.bisect_right(starts, m.start()) - 1 for m in rx.finditer(self.low)}
        out: set[int] = set()
        pos, n = 0, len(starts)
        while (m := rx.search(self.low, pos)) is not None:
            k = bisect.bisect_right(starts, m.start()) - 1
            out.add(k)
            if k + 1 >= n:
                break
            pos = max(m.end(), starts[k + 1])
        return out

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self.mention_starts, start)
        j = bisect.bisect_left(self.mention_starts, end)
        return self.mentions[i:j]

    def focus(self, pos: int) -> str | None:
        """The region most recently named (or implied by an official) before ``pos``."""
        i = bisect.bisect_left(self.place_starts, pos)
        if i:
            return self.places[i - 1].code
        # nothing named yet: the official who reports it may follow in the next sentence
        # ("A drone hit a house in Urazovo. A woman was injured, Governor Gladkov said.")
        if self.officials and self.officials[0].sentence <= self.sentence_of(pos) + 1:
            return self.officials[0].code
        return None

    def is_title(self, i: int) -> bool:
        """A line of its own without a full stop: a headline (one may end with a quoted word: ... 24 "шахеди")."""
        s, e = self.sentences[i]
        return self.text[e - 1 if self.text[e - 1] not in "\"'”’»" else e - 2] not in ".!?\"'”’»" \
            and self.text.startswith("\n", e)

    def title_lines(self) -> int:
        """How many lines head the text: a title, and a subtitle under it ("Уламки іншого безпілотника впали в
        ...") that restates a body paragraph; 0 when the text opens with a sentence."""
        if len(self.sentences) < 2 or not self.is_title(0):
            return 0
        # (the subtitle sits right under the title; a line after a blank one is the lead, told again below)
        sub = len(self.sentences) > 2 and self.is_title(1) \
            and "\n\n" not in self.text[self.sentences[0][1]:self.sentences[1][0]]
        return 2 if sub else 1

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, pos) - 1)

    def out_of_reach(self, i: int, end: int) -> bool:
        """Sentence i is too far from the incident whose text ends at ``end`` to add to it; a source line
        between them ("Про це повідомив голова ОВА") tells nothing and does not count."""
        last = self.sentence_of(end - 1)
        return last < i - FOLLOWUP_SENTENCES - self.said_between(last, i)

    def said_between(self, first: int, i: int) -> int:
        """The source lines ("Об этом сообщил губернатор"), lines on what the strike hit ("Удар було завдано по
        домогосподарству") between sentences ``first`` and ``i``, and the items of a bulleted list (the
        victims one by one, after "four are in hospital:") that add no incident."""
        said = self._said  # (per sentence, once: the reach is asked often)
        n = 0
        for k in range(first + 1, i):
            if k not in said:
                s = self.sentences[k][0]
                said[k] = bool(self.lex.source_line.match(self.low, s) or self.lex.hit_detail.match(self.low, s)
                               or self._victim_item(*self.sentences[k]) or self._victim_detail(*self.sentences[k]))
            n += said[k]
        return n

    def _victim_item(self, s: int, e: int) -> bool:
        """A bulleted line with no drone and no place: one victim of a list, not an incident."""
        return self.low[s:s + 1] in LIST_BULLETS and not self.lex.drone.search(self.low, s, e) and not self.mentions_in(s, e)

    def _victim_detail(self, s: int, e: int) -> bool:
        """A line on the victims, with no drone and no region ("Одна з них померла на місці", "Потерпілу доправили
        до лікарні"): it adds no incident, and a toll after it still reaches the incident before it."""
        return bool(self.lex.casualty_cue.search(self.low, s, e)) and not self.lex.drone.search(self.low, s, e) \
            and not self.mentions_in(s, e)

    def background_end(self, s: int, e: int) -> int:
        """Where a background paragraph opened by the sentence s..e ends: at the end of its line, or, when
        the sentence is a heading on a line of its own ("Recall"), at the end of the paragraph under it."""
        text = self.low
        if self.lex.closing_section.match(text, s):
            return len(text)  # "Background:" closing the report: every paragraph under it
        end = text.find("\n", e)
        line = text[s:end].strip()
        if end >= 0 and len(line) <= 40 and not line.endswith((".", "!", "?", ",")):
            nxt = end
            while nxt < len(text) and text[nxt].isspace():
                nxt += 1
            end = text.find("\n", nxt)
        return len(text) if end < 0 else end

    def national_context(self, i: int, reach: int = 2) -> bool:
        """Sentence ``i`` reads as a national total: it says so, or follows a regionless one that does
        ("Russia launched 539 drones at Ukraine overnight. Air defences shot down 476. 20 hit 14 places.")."""
        s, e = self.sentences[i]
        if self.lex.national.search(self.low, s, e):
            return True
        if i == 0 or reach == 0:
            return False
        ps, pe = self.sentences[i - 1]
        # ... but "Об этом сообщило Минобороны." only says who reports: no total of its own
        return (bool(self.lex.national.search(self.low, ps, pe)) or self.national_context(i - 1, reach - 1)) \
            and not self.mentions_in(ps, pe) \
            and bool(self.lex.interception.search(self.low, ps, pe) or self.lex.strike.search(self.low, ps, pe)
                     or self.lex.numx.search(self.low, ps, pe))

    def history(self, start: int, end: int) -> bool:
        """"In 2023, Moscow was hit by drones": a year before the publication year."""
        m = self.lex.history.search(self.low, start, end)
        return m is not None and int(m.group("y")) < (self.published or self.today).year

    def official(self, start: int, end: int) -> str | None:
        """The region of an official named in the span; or, for "within our region", the one region
        of the text's officials (the speaker's own, named later: "..., Taburets wrote")."""
        for m in self.officials:
            if start <= m.start < end:
                return m.code
        codes = {m.code for m in self.officials}
        if len(codes) == 1 and self.lex.own_region.search(self.low, start, end):
            return codes.pop()
        return None

    def groups(self, mentions: list[Mention]) -> list[list[Mention]]:
        """Mentions joined into lists ("the Kaluga and Smolensk regions")."""
        out: list[list[Mention]] = []
        for m in mentions:
            if out and self.lex.region_list_gap.fullmatch(self.low, out[-1][-1].end, m.start):
                out[-1].append(m)
            else:
                out.append([m])
        return out

    def number(self, m: re.Match, group: str = "n") -> int | None:
        return self.lex.number(m.group(group)) if m.group(group) else None


    def damage_only(self, start: int, end: int) -> bool:
        """The span reports damage ("повреждены окна") but no attack ("атаковал район")."""
        return all(self.lex.damage.match(self.low, m.start()) for m in self.lex.strike.finditer(self.low, start, end))


    def mixed_damage(self, s: int, e: int) -> bool:
        """A sentence that names no drone in a daily summary whose list of weapons has drones and others
        ("• шість КАБ; • дев'ять БпЛА"): its damage is not known to be the drones'."""
        lex, text = self.lex, self.low
        if lex.drone.search(text, s, e) or lex.debris.search(text, s, e):
            return False
        return self.weapon_list()[1]

    def weapon_list(self) -> tuple[bool, bool]:
        """(drones only, drones and other weapons) in a daily summary's list of weapons ("• шість КАБ; • дев'ять БпЛА")."""
        lex, text = self.lex, self.low
        found = self.__dict__.get("_weapons")
        if found is None:
            items = [(a, b) for a, b in self.sentences if text[a:a + 1] in LIST_BULLETS and b - a <= LIST_ITEM]
            drones = any(lex.drone.search(text, a, b) for a, b in items)
            others = any(not lex.generic_weapons.fullmatch(m.group(0)) for a, b in items
                         for m in lex.other_weapons.finditer(text, a, b))
            only = drones and not others and all(lex.drone.search(text, a, b) for a, b in items)
            found = self.__dict__["_weapons"] = (only, drones and others)
        return found

    def drones_only(self) -> bool:
        """A daily summary whose list of weapons names drones only ("▪️чотири БпЛА типу «Герань-2»; ▪️п’ять
        fpv-дронів"): the shelling and the victims it tells are the drones'."""
        return self.weapon_list()[0]

    def last_draft(self, since: int) -> Draft | None:
        """The last incident so far if it was stated in sentence ``since`` or later."""
        return self.drafts[-1] if self.drafts and self.drafts[-1].sentence >= since else None

    def partly_hit(self, downed: Draft) -> bool:
        """"прилетели девять дронов, три из которых сбиты": the others hit, the damage after is theirs."""
        return any(o.sentence == downed.sentence and o.event_type == "strike" and o.count for o in self.drafts)

    def generic_shelling(self, s: int, e: int) -> bool:
        """"Внаслідок обстрілу пошкоджено ..." right after a sentence about drones: the drones' attack
        (no other weapon is named)."""
        lex, text = self.lex, self.low
        if any(not lex.generic_weapons.fullmatch(m.group(0)) for m in lex.other_weapons.finditer(text, s, e)):
            return False
        i = self.sentence_of(s)
        return (i > 0 and bool(lex.drone.search(text, *self.sentences[i - 1]))) or self.drones_only()
