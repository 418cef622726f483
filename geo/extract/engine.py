"""The extraction engine: sentences -> clauses -> draft incidents -> records.

Language-free: every word it looks for comes from the lexicon (see
:mod:`geo.extract.lexicon`).  The rules are described in :mod:`geo.extract`.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field, replace

from geo.extract.dates import UNKNOWN, DateRef, find_date
from geo.extract.lexicon import Lexicon, lower_text
from geo.extract.places import (
    FOCUS_REGION,
    Mention,
    district_form,
    facility_place,
    gazetteer_knows,
    region_mentions,
    settlement_form,
    settlement_region,
    settlement_regions,
)
from geo.extract.text import clauses, sentences
from geo.morph import latin
from geo.record import FIRST_YEAR, MAX_FIGURE, SCHEMA_FIELDS, Incident, validate
from geo.regions import country_of, region_adjective, region_name

LOOKBACK = 60  # characters searched before a match for blockers and roundup counts
FOLLOWUP_SENTENCES = 2  # a casualty sentence attaches to an incident at most this far back


@dataclass
class Draft:
    """An incident being built; becomes an :class:`Incident` at the end."""

    event_type: str
    span: tuple[int, int]
    sentence: int
    region: str | None = None
    settlement: str | None = None
    count: int | None = None
    qualifier: str | None = None
    date: DateRef | None = None
    killed: int | None = None
    injured: int | None = None
    target: str | None = None
    district: str | None = None
    near: bool = False
    fire: bool = False
    total: int | None = None
    national: bool = False
    inherited: bool = False  # region taken from an earlier sentence, not named in the clause
    unplaced: bool = False  # no region named or implied yet, and no national total either
    extra_spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True)
class Count:
    n: int | None
    qualifier: str | None
    kind: str = "plain"
    total: int | None = None
    national: bool = False


class Document:
    """One text being read: spans, region mentions, running date and focus."""

    def __init__(self, text: str, lex: Lexicon, published: dt.date | None, today: dt.date):
        self.text = text
        self.low = lower_text(text)  # lexicon patterns are lower-case (see lexicon.compile_ci)
        self.lex = lex
        self.published = published
        self.today = today
        self.sentences = sentences(text, lex)
        self.sentence_starts = [s for s, _ in self.sentences]
        found = [m for m in region_mentions(text, self.sentences) if not self._not_location(m)]
        self.mentions = [self._around(m) for i, m in enumerate(found) if not self._city_district(m, found[i + 1:i + 2])]
        self.mention_starts = [m.start for m in self.mentions]
        self.officials = self._officials()
        self.places = sorted(self.mentions + self.officials, key=lambda m: m.start)
        self.place_starts = [m.start for m in self.places]
        self.drafts: list[Draft] = []
        self.with_date: set[int] = set()
        self._dates: dict[tuple[int, int], DateRef | None] = {}
        self.pending: tuple[int, int, int | None, int | None] | None = None
        # where the text says whose report it is ("Ukraine's Air Force", "the Russian Defence Ministry")
        self.country_marks = sorted((m.start(), code) for code, rx in lex.country_cues for m in rx.finditer(self.low))
        self.country_starts = [s for s, _ in self.country_marks]

    def country_at(self, pos: int) -> str | None:
        """The country of the last cue before ``pos``, else of the first cue in the text."""
        i = bisect.bisect_right(self.country_starts, pos)
        if i:
            return self.country_marks[i - 1][1]
        return self.country_marks[0][1] if self.country_marks else None

    # -- helpers -------------------------------------------------------------
    def _not_location(self, m: Mention) -> bool:
        return bool(self.lex.not_location_before.search(self.low, max(0, m.start - LOOKBACK), m.start)
                    or self.lex.not_location_after.match(self.low, m.end)
                    or (self.lex.speaks_after.match(self.low, m.end)
                        and not self.lex.place_before.search(self.low, max(0, m.start - LOOKBACK), m.start)))

    def _city_district(self, m: Mention, following: list[Mention]) -> bool:
        """"в Дніпровському районі Херсона": a district named like a region's district, followed by its
        city, is the city's district, not the region."""
        return bool(following) and not m.explicit and following[0].start - m.end <= 2 \
            and self.lex.district.fullmatch(self.text, m.start, m.end) is not None

    def _around(self, m: Mention) -> Mention:
        """Bare "Moscow" near the Moscow region (same sentence) or after "near": the region."""
        wider = FOCUS_REGION.get(m.code)
        if m.explicit or not wider or m.code == wider:
            return m
        s, e = self.sentences[m.sentence]
        if self.lex.around_city.search(self.low, max(s, m.start - LOOKBACK), m.start):
            return replace(m, code=wider)
        gap = self.lex.region_list_gap
        others = [o for o in region_mentions(self.text, [(s, e)]) if o.code == wider and o.explicit]
        if others and not any(gap.fullmatch(self.low, m.end, o.start) or gap.fullmatch(self.low, o.end, m.start)
                              for o in others):  # "in Kyiv, Kyiv Oblast and ..." names both
            return replace(m, code=wider)
        return m

    def _officials(self) -> list[Mention]:
        """"Governor Gladkov": the official's region, as a weak mention used when no region is named."""
        out = []
        starts = [s for s, _ in self.sentences]
        if not starts:
            return out
        for m in self.lex.officials.finditer(self.text):
            if self.lex.official_title.search(self.low, max(0, m.start() - LOOKBACK), m.start()):
                i = max(0, bisect.bisect_right(starts, m.start()) - 1)
                out.append(Mention(m.start(), m.end(), self.lex.official_region[m.group(0)], False, m.group(0), i))
        return out

    def _valid(self, rx: re.Pattern, start: int, end: int) -> re.Match | None:
        """First match of ``rx`` not made hypothetical or negative by the words before it."""
        for m in rx.finditer(self.low, start, end):
            if not self.lex.blockers.search(self.low, max(start, m.start() - LOOKBACK), m.start()):
                return m
        return None

    def date_in(self, start: int, end: int) -> DateRef | None:
        """The first date expression in the span (remembered: a one-clause sentence asks twice)."""
        key = (start, end)
        if key not in self._dates:
            line = self.lex.dateline.match(self.low, start, end)  # "SUMY, Dec 5 (Interfax-Ukraine) –"
            self._dates[key] = (line and find_date(self.low, line.end(), end, self.lex, self.published, self.today)) \
                or find_date(self.low, start, end, self.lex, self.published, self.today)
        return self._dates[key]

    def sentences_with(self, rx: re.Pattern) -> set[int]:
        """Indexes of the sentences where ``rx`` matches (one pass over the text)."""
        starts = [s for s, _ in self.sentences]
        return {bisect.bisect_right(starts, m.start()) - 1 for m in rx.finditer(self.low)}

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
        """A line of its own without a full stop: a headline."""
        s, e = self.sentences[i]
        return self.text[e - 1] not in ".!?\"'”’»" and self.text.startswith("\n", e)

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, pos) - 1)

    def national_context(self, i: int) -> bool:
        """Sentence ``i`` reads as a national total: it says so, or follows a regionless one that does
        ("Russia launched 539 drones at Ukraine overnight. Air defences shot down 476.")."""
        s, e = self.sentences[i]
        if self.lex.national.search(self.low, s, e):
            return True
        if i == 0:
            return False
        ps, pe = self.sentences[i - 1]
        return bool(self.lex.national.search(self.low, ps, pe)) and not self.mentions_in(ps, pe)

    def history(self, start: int, end: int) -> bool:
        """"In 2023, Moscow was hit by drones": a year before the publication year."""
        m = self.lex.history.search(self.low, start, end)
        return bool(m) and int(m.group("y")) < (self.published or self.today).year

    def official(self, start: int, end: int) -> str | None:
        for m in self.officials:
            if start <= m.start < end:
                return m.code
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

    # -- counts --------------------------------------------------------------
    def count(self, start: int, end: int) -> Count | None:
        lex = self.lex
        written = lex.numx.search(self.low, start, end) is not None
        for kind, rx, needs_number in lex.counts:
            if needs_number and not written:
                continue
            m = rx.search(self.low, start, end)
            if not m:
                continue
            if kind == "one":
                return Count(1, "exact", kind)
            n = self.number(m)
            if n is None:
                continue
            q = lex.qualifier(m.groupdict().get("q")) or "exact"
            total = self.number(m, "total") if "total" in m.groupdict() else None
            return Count(n, q, kind, total)
        if lex.vague.search(self.low, start, end):
            return Count(None, "approximate", "vague")
        return None

    def each_count(self, start: int, end: int) -> Count | None:
        """The count "each" gives every region of a list ("two each over A and B")."""
        for rx in self.lex.each_counts:
            m = rx.search(self.low, start, end)
            if m and self.number(m) is not None:
                return Count(self.number(m), self.lex.qualifier(m.group("q")) or "exact")
        return None

    def roundup_pairs(self, groups: list[list[Mention]], start: int, end: int) -> list[tuple[list[Mention], Count]]:
        pairs = []
        for g in groups:
            m = self.lex.roundup_before.search(self.low, max(start, g[0].start - LOOKBACK), g[0].start)
            if not m:
                m = self.lex.roundup_after.match(self.low, g[-1].end, end)
            if m and self.number(m) is not None:
                pairs.append((g, Count(self.number(m), self.lex.qualifier(m.group("q")) or "exact")))
        return pairs

    # -- places, targets, casualties -------------------------------------------
    def settlement(self, start: int, end: int, mentions: list[Mention]) -> tuple[str | None, bool, list[str]]:
        """The settlement a clause names (dictionary form), whether "near" it, and the names listed
        after it ("населенные пункты Климово, Суземка и Погар")."""
        lex, text = self.lex, self.text
        best: tuple[int, int, str, bool, int] | None = None  # (weak, pos, name, near, end)
        for rx, near, weak in lex.settlement_cues:
            for m in rx.finditer(text, start, end):
                ns, ne = m.span("name")
                name = m.group("name")
                if " " in name and self._second_word_not_place(name, ne):
                    name = name.rsplit(" ", 1)[0]
                    ne = ns + len(name)
                inside = [r for r in mentions if r.explicit and ns < r.start < ne]
                if inside and " " not in text[ns:inside[0].start].strip():
                    # "у Новокуйбишевську Самарської області": the name ends where the region begins
                    name = text[ns:inside[0].start].rstrip()
                    ne = ns + len(name)
                bare = self.lex.possessive.sub("", name)
                if bare.split()[0].split("-")[0] in lex.not_places or bare in lex.not_places \
                        or (" " not in name and region_adjective(name)) \
                        or lex.not_place_after.match(text, ne):
                    continue
                overlap = [r for r in mentions if r.start < ne and ns < r.end]
                if overlap and (overlap[0].explicit or name not in lex.capitals):
                    continue
                district = lex.district.match(text, ns, min(end, ne + 40))
                if district and district.end("name") <= ne:
                    continue
                if " " not in name and lex.adjective_name.search(name) and lex.facility_after.match(self.low, ne):
                    form = facility_place(name, lex.morphology)  # "на Туапсинском НПЗ": Туапсе
                    if form is None:
                        continue
                else:
                    form = settlement_form(name, lex.morphology)
                key = (int(weak), ns, form, near, ne)
                if best is None or key[:2] < best[:2]:
                    best = key
                elif key[1] == best[1] and near:  # "near the village of X": the same name, near
                    best = best[:3] + (True, best[4])
                break
        return (best[2], best[3], self.listed(best[4], end, mentions)) if best else (None, False, [])

    def listed(self, pos: int, end: int, mentions: list[Mention]) -> list[str]:
        """Names after a settlement, joined like a list that ends in "and" ("X, Y и Z"); else none
        ("In Odesa, Kiper said" is no list)."""
        lex, out, joined = self.lex, [], False
        while True:
            gap = lex.region_list_gap.match(self.low, pos, end)
            m = gap and lex.place_name.match(self.text, gap.end(), end)
            if not m or m.group("name").split()[0] in lex.not_places or lex.not_place_after.match(self.text, m.end()) \
                    or any(r.start < m.end() and m.start() < r.end for r in mentions):
                break
            out.append(settlement_form(m.group("name"), lex.morphology))
            joined = bool(re.search(r"\w", gap.group(0)))
            pos = m.end()
        return out if joined or len(out) >= 2 else []

    def _second_word_not_place(self, name: str, end: int) -> bool:
        last = name.rsplit(" ", 1)[1]
        return (last in self.lex.not_places or last in self.lex.official_region
                or bool(self.lex.not_place_after.match(" " + last))
                or bool(self.lex.person_after.match(self.text, end))
                # "в станице Ильской Северского района": the second word names the district
                or bool(self.lex.district.match(self.text, end - len(last), end + 40)))

    def header(self, start: int, end: int) -> str | None:
        """"Охтирка: внаслідок нічної атаки ...": the place that opens the sentence."""
        m = self.lex.place_header.match(self.text, start, end)
        if not m or m.group("name") in self.lex.not_places or m.group("name") in self.lex.official_region \
                or self.mentions_in(m.start(), m.end()):
            return None
        form = settlement_form(m.group("name"), self.lex.morphology)
        known = gazetteer_knows()
        return form if known is None or known(form) else None  # "Собянин: ..." is who said it

    def district(self, start: int, end: int) -> str | None:
        m = self.lex.district.search(self.text, start, end)
        if not m:
            return None
        words = m.group("name").split()
        if len(words) > 1 and self.lex.possessive.search(words[0]):
            words = words[1:]  # "Kharkiv's Kyivskyi district"
        return district_form(" ".join(words), self.lex.morphology) if words[0] not in self.lex.not_places else None

    def target(self, start: int, end: int) -> str | None:
        """What was hit, as the lexicon names it; a building part only when nothing else is named."""
        lex = self.lex
        for rx, names in ((lex.targets, lex.target_names), (lex.target_parts, lex.target_part_names)):
            m = rx.search(self.low, start, end)
            if m:
                return names[int(m.lastgroup[1:])]
        return None

    def casualties(self, start: int, end: int) -> tuple[int | None, int | None]:
        killed = injured = None
        if not self.lex.casualty_cue.search(self.low, start, end):
            return killed, injured
        for kind, rx, stated in self.lex.casualties:
            m = rx.search(self.low, start, end)
            if not m:
                continue
            if kind == "none":
                killed = 0 if killed is None else killed
                injured = 0 if injured is None else injured
                continue
            word = (m.groupdict().get("n") or "").lower()
            if stated is not None:
                n = stated
            elif word in self.lex.pronouns:
                n = 1
            elif word in self.lex.definite:
                said = m.group(0).lower()
                n = 1 if any(re.search(rf"\b{re.escape(p)}\b", said) for p in self.lex.singular_persons) else None
            else:
                n = self.lex.number(word)
            if n is None:
                continue
            if kind == "killed" and (killed is None or killed == 0):
                killed = n
            elif kind == "injured" and (injured is None or injured == 0):
                injured = n
        return killed, injured

    # -- one clause --------------------------------------------------------------
    def event(self, cs: int, ce: int, core: int, previous: list[Draft]) -> tuple[str, int, bool] | None:
        """(event type, where its word is, drone debris?) of a clause, or None when it states no event."""
        lex = self.lex
        ic = self._valid(lex.interception, cs, core)
        st = self._valid(lex.strike, cs, core)
        debris = bool(lex.debris.search(self.low, cs, ce))
        if ic or st:
            return ("interception" if ic or debris else "strike"), (ic or st).start(), debris
        mentions = self.mentions_in(cs, core)
        if previous and lex.ellipsis.match(self.low, cs, core):
            return previous[-1].event_type, cs, debris  # "у Краснопіллі пошкоджено ЛЕП, у Середині-Буді – авто"
        last = previous[-1] if previous else self.last_draft(self.sentence_of(cs) - 1)
        if mentions and (previous or (last and last.count and last.region is None)) and (
                self.count(cs, core) or self.roundup_pairs(self.groups(mentions), cs, core)):
            # "...destroyed nine UAVs: five over the Tula region and two each over ...": the list goes on
            return last.event_type, cs, debris
        if last and last.settlement and lex.casualty_cue.search(self.low, cs, core) \
                and self.settlement(cs, core, mentions)[0]:
            # "у Ківшарівці пошкоджено будинок, у Петропавлівці поранено жінку": the list of places goes on
            return last.event_type, cs, debris
        return None

    def damage_only(self, start: int, end: int) -> bool:
        """The span reports damage ("повреждены окна") but no attack ("атаковал район")."""
        return all(self.lex.damage.match(self.low, m.start()) for m in self.lex.strike.finditer(self.low, start, end))

    def recent_settlement(self, region: str | None) -> tuple[str | None, bool]:
        """The settlement of the latest incident in ``region`` (or not yet placed in one) that has one."""
        d = next((d for d in reversed(self.drafts) if d.settlement and d.region in (region, None)), None)
        return (d.settlement, d.near) if d else (None, False)

    def named_before(self, i: int) -> tuple[str | None, bool]:
        """The settlement the sentences just before sentence ``i`` name ("У Сочі лунали вибухи. ... про
        знищення восьми дронів над містом")."""
        for j in range(i - 1, max(-1, i - 1 - FOLLOWUP_SENTENCES), -1):
            s, e = self.sentences[j]
            name, near, _ = self.settlement(s, e, self.mentions_in(s, e))
            if name:
                return name, near
        return None, False

    def last_draft(self, since: int) -> Draft | None:
        """The last incident so far if it was stated in sentence ``since`` or later."""
        return self.drafts[-1] if self.drafts and self.drafts[-1].sentence >= since else None

    def regions(self, i: int, sent: tuple[int, int], cs: int, core: int,
                groups: list[list[Mention]]) -> tuple[list[str | None], bool]:
        """The regions a clause is about: named, an official's, the one in focus, or none (national);
        and whether they were inherited from an earlier sentence."""
        regions: list[str | None] = [m.code for g in groups for m in g]
        same = self.lex.same_region.search(self.low, cs, core)
        if not regions and not same:
            regions = [r for r in [self.official(sent[0], sent[1])] if r]
        if not regions:
            return [self.focus(cs) if same or not self.national_context(i) else None], not same
        return list(dict.fromkeys(regions)), False

    def clause(self, i: int, sent: tuple[int, int], cs: int, ce: int, core: int,
               sentence_date: DateRef | None, previous: list[Draft]) -> list[Draft]:
        lex, text = self.lex, self.low
        found = self.event(cs, ce, core, previous)
        if found is None:
            return []
        event, at, debris = found
        if lex.backreference.match(text, cs, core):
            self.attach(i, sent, cs, ce, at)
            return []
        mentions = self.mentions_in(cs, core)
        settlement, near, listed = self.settlement(cs, core, mentions)
        if settlement is None and cs > sent[0]:
            settlement = self.header(sent[0], cs)
            if settlement is None and not previous and self.text[sent[0]:cs].rstrip().endswith(":"):
                # "Уночі у Дніпрі лунали вибухи: сили ППО збивали ворожі дрони": the place before the colon
                settlement, near, _ = self.settlement(sent[0], cs, self.mentions_in(sent[0], cs))
        if settlement is None and cs == sent[0] and not self.text[cs].isalnum():
            settlement = self.header(cs, ce)  # a list item: "▪️Балаклія: «шахед» влучив в об'єкт"
        count = self.count(cs, core)
        # "the rest hit port infrastructure": the remainder of "22 of 25", where those were
        rest_of: Draft | None = None
        if lex.remainder.search(text, cs, core) and previous and previous[-1].total is not None:
            prev = previous[-1]
            if prev.count is not None and prev.total >= prev.count:
                count, rest_of = Count(prev.total - prev.count, "exact"), prev
        if event == "interception" and count and count.kind == "one":
            count = None  # "a drone attack was repelled" says nothing about how many drones
        # naming the region in focus again, or the region of a settlement named without one, is no new
        # place ("..., сообщил глава Чувашии", "..., повідомили в Сумській ОВА")
        last = self.drafts[-1] if self.drafts else None
        new_place = bool(mentions) and not (last and last.settlement and last.region is None) and \
            any(m.code != (last.region if last else None) for m in mentions)
        downed = self.last_draft(i - 1)
        if event == "strike" and count is None and downed and downed.event_type == "interception" \
                and downed.region and (downed.count or downed.sentence == i) and not lex.drone.search(text, cs, ce) \
                and all(m.code == downed.region for m in mentions) and self.damage_only(cs, ce):
            # "над Орловской областью уничтожены пять беспилотников. В Мценске повреждены окна": debris
            if downed.count and downed.settlement is None:
                downed.settlement, downed.near = settlement, near
            downed.target = downed.target or self.target(at, ce)
            self.attach(i, sent, cs, ce, at)
            return []
        # "Также атакован морской терминал": one more ("Также был поврежден автомобиль" is more damage)
        also = bool(lex.also.match(text, cs, core)) and not self.damage_only(cs, ce)
        if not new_place and not settlement and count is None and not also \
                and (self.damage_only(cs, ce) or not self.district(cs, ce)) \
                and self.last_draft(i - FOLLOWUP_SENTENCES) is not None and (  # nothing to go on: a report of its own
                lex.followup.match(text, cs, core) or (event == "strike" and not lex.drone.search(text, cs, ce))):
            # "The car was badly damaged", "Windows were damaged nearby": the last incident goes on
            self.attach(i, sent, cs, ce, at)
            return []
        killed, injured = self.casualties(cs, ce)
        date = (self.date_in(cs, ce) if i in self.with_date else None) or sentence_date
        if event == "strike" or debris:
            target = self.target(at, ce) or self.target(cs, ce)
        else:
            target = None
        district = self.district(cs, ce)
        if district is None and cs > sent[0] and self.text[sent[0]:cs].rstrip().endswith(":"):
            district = self.district(sent[0], cs)  # "Білопільська громада: удар FPV-дрону, ..."
        base = Draft(event, sent, i, date=date, killed=killed, injured=injured, target=target,
                     district=district, fire=bool(lex.fire.search(text, cs, ce)),
                     national=bool(lex.national.search(text, cs, ce)))
        groups = self.groups(mentions)
        pairs = self.roundup_pairs(groups, cs, core)
        roundup = len(pairs) >= 2
        if not groups and core < ce:
            # "destroyed 71 drones over several regions, including 14 over the Volgograd region":
            # the only regional facts are in the tail; they replace the total
            pairs = self.roundup_pairs(self.groups(self.mentions_in(core, ce)), core, ce)
            roundup = bool(pairs)
        out: list[Draft] = []
        if roundup:
            for g, c in pairs:
                each = len(g) == 1 or bool(lex.each.search(text, max(cs, g[0].start - LOOKBACK), g[-1].end + 30))
                for m in g:
                    out.append(replace(base, region=m.code, count=c.n if each else None,
                                       qualifier=c.qualifier if each else None))
            return out
        regions, inherited = self.regions(i, sent, cs, core, groups)
        if rest_of is not None and not groups and rest_of.region:
            regions, inherited = [rest_of.region], False  # "the rest hit an oil depot": where the 25 flew
        base.unplaced = regions == [None] and not self.national_context(i)
        if len(pairs) == 1 and len(regions) == 1 and not (count and count.kind == "part" and pairs[0][1].n == count.total):
            # "destroyed six naval drones at sea and shot down 20 over Crimea"; but "22 of 25 drones were
            # downed over ..." is 22, the 25 their total
            count = pairs[0][1]
        each = len(regions) > 1 and self.each_count(cs, core)
        if each:
            count = each
        shared = len(regions) > 1 and not each
        n = count.n if count and not shared else None
        q = count.qualifier if count and not shared else None
        if len(regions) == 1:
            # the one city of the clause's region ("attacked Zaporizhzhia ..., Zaporizhzhia Oblast Governor said")
            bare = [m for m in mentions if not m.explicit]
            only = bare[0] if len(bare) == 1 and all(m.code == bare[0].code for m in mentions) else None
            if settlement is None and only and not only.explicit and only.text in lex.capitals \
                    and lex.capital_before.search(text, max(cs, only.start - LOOKBACK), only.start) \
                    and not lex.not_place_after.match(self.text, only.end):
                settlement = settlement_form(only.text, lex.morphology)  # "Russian drones hit Kharkiv": the city
            if settlement is None and ((also and event == "strike" and not mentions and not self.district(cs, ce))
                                       or lex.same_city.search(text, cs, ce)):
                # "Также атакован морской терминал", "debris fell on buildings in the city": the place named last
                settlement, near = self.recent_settlement(regions[0])
                if settlement is None and lex.same_city.search(text, cs, ce):
                    settlement, near = self.named_before(i)
            if inherited and settlement and regions[0]:
                # "... and 12 over the Krasnodar region. In Taganrog, a drone struck a plant": the town's own
                # region, when the gazetteer knows it for sure, over the one last named
                own = settlement_region(settlement)
                if own and not _same_region(own, regions[0]) and regions[0] not in settlement_regions(settlement):
                    regions = [own]  # (a village Murom in the Belgorod region stays there)
            d = replace(base, region=regions[0], settlement=settlement, near=near, count=n, qualifier=q,
                        total=count.total if count else None, inherited=inherited and not settlement)
            if listed and event == "interception":  # "над Воронежем, Лисками и ...": the region's count
                d.settlement, d.near = None, False
            elif listed:  # one incident per settlement of the list, the count shared
                d.count = d.qualifier = None
                return [d] + [replace(d, settlement=name, near=False) for name in listed]
            return [d]
        return [replace(base, region=r, count=n, qualifier=q) for r in regions]

    def attach(self, i: int, sent: tuple[int, int], cs: int, ce: int, pos: int | None = None) -> None:
        """A sentence that continues the last incident: add its target and casualties."""
        killed, injured = self.casualties(cs, ce)
        if not self.drafts or self.drafts[-1].sentence < i - FOLLOWUP_SENTENCES or \
                (self.drafts[-1].region is None and self.drafts[-1].settlement is None and self.drafts[-1].district is None):
            # nothing placed to attach to: the casualties may lead into the next sentence's incident
            self.pending = (i, sent[0], killed, injured) if killed is not None or injured is not None else None
            return
        if killed == 0 and injured == 0:  # "There were no casualties": the whole report (its paragraph)
            for o in self.drafts:
                if (o.sentence >= i - FOLLOWUP_SENTENCES or "\n\n" not in self.text[o.span[0]:cs]) \
                        and o.killed is None and o.injured is None:
                    o.killed, o.injured = 0, 0
        d = self.drafts[-1]
        changed = False
        if d.event_type == "strike" and d.count is None and self.lex.debris.search(self.low, cs, ce) \
                and (d.target is None or self.target(cs, ce) == d.target):
            # "Drones attacked Odesa. Debris of a downed drone fell on a kindergarten", "Пожар на НПЗ после
            # атаки. «В результате падения обломков на территории НПЗ ...»": shot down, with damage
            d.event_type, changed = "interception", True
        if d.settlement is None and d.region and d.sentence < i and (
                (d.event_type == "interception" and (self.lex.debris.search(self.low, cs, ce)
                                                     or self.lex.fall.search(self.low, cs, ce)))
                or (d.event_type == "strike" and d.count is None and (killed or injured))):
            # "Eleven drones were shot down over Crimea. In Yevpatoria, debris shattered windows": there;
            # "Дрони атакували «Алабугу». ... про двох постраждалих у гуртожитку в Єлабузі": there
            mentions = self.mentions_in(cs, ce)
            if all(m.code == d.region for m in mentions):
                name, near, listed = self.settlement(cs, ce, mentions)
                if name and not listed:
                    d.settlement, d.near, changed = name, near, True
        if d.killed is None and killed is not None:
            d.killed, changed = killed, True
        if d.injured is None and injured is not None:
            d.injured, changed = injured, True
        # "... keep children at home", "schools switch to remote lessons": no damage, no target
        if d.target is None and (d.event_type == "strike" or self.lex.debris.search(self.low, cs, ce)) \
                and (pos is not None or self._valid(self.lex.strike, cs, ce)):
            t = self.target(pos if pos is not None else cs, ce)
            if t:
                d.target, changed = t, True
        if changed and d.span[1] < sent[1]:
            d.span = (d.span[0], sent[1])

    # -- the whole text -------------------------------------------------------------
    def run(self) -> list[Draft]:
        lex, text = self.lex, self.low
        # No date stated yet: the report is taken to be about its publication day.
        running: DateRef | None = DateRef(self.published.isoformat(), None, "day") if self.published else None
        # One cheap pass each over the whole text tells which sentences can hold a date or an event.
        self.with_date = with_date = self.sentences_with(lex.date_cue)
        with_event = self.sentences_with(lex.event_cue)
        background_end = -1
        for i, sent in enumerate(self.sentences):
            s, e = sent
            if s < background_end or lex.aside.match(text, s):
                continue  # "Read also: ...", a photo caption, the rest of a "Нагадаємо, ..." paragraph
            if lex.background.match(text, s):
                background_end = len(text) if (end := text.find("\n", e)) < 0 else end
                continue
            ref = self.date_in(s, e) if i in with_date else None
            sentence_date = ref if ref is not None else running
            if ref is not None and ref is not UNKNOWN:
                running = ref
            if i not in with_event:
                self.attach(i, sent, s, e)
                continue
            if lex.skip_sentence.search(text, s, e) or self.history(s, e):
                continue
            if lex.other_weapons.search(text, s, e) and not lex.drone.search(text, s, e):
                continue
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
            if len(new) >= 2 and new[0].event_type == "strike" and new[0].target is None and new[0].count \
                    and sum(o.count or 1 for o in new[1:]) == new[0].count:
                # "Чернігів атакували два дрони: один влучив у будинок, інший збили": the parts, not the total
                head = new.pop(0)
                self.drafts.remove(head)
                for o in new:
                    o.count = o.count or 1
                    if o.region == head.region or o.region is None:
                        o.region, o.settlement = head.region, o.settlement or head.settlement
            if len(new) == 1 and (new[0].killed is None or new[0].injured is None):
                killed, injured = self.casualties(s, e)
                new[0].killed = new[0].killed if new[0].killed is not None else killed
                new[0].injured = new[0].injured if new[0].injured is not None else injured
                if self.pending and self.pending[0] == i - 1 and new[0].killed is None and new[0].injured is None:
                    _, start, new[0].killed, new[0].injured = self.pending
                    new[0].span = (start, new[0].span[1])
            self.pending = None
            if not new:  # "Windows were damaged nearby; there were no casualties."
                self.attach(i, sent, s, e)
            carry = None
            for d in new:  # "In the village of X, a drone hit a car, and another struck a house"
                if d.settlement:
                    carry = d
                elif carry and d.region == carry.region:
                    d.settlement, d.near = carry.settlement, carry.near
        return self.drafts


# -- after the whole text: restatements, summaries, national totals ------------------------

def _same_region(a: str | None, b: str | None) -> bool:
    if a == b:
        return True
    return bool(a and b and (FOCUS_REGION.get(a) == b or FOCUS_REGION.get(b) == a))


#: Targets that name a kind of place, not the place: "an industrial facility" may be the refinery named before.
GENERIC_TARGETS = frozenset({"industrial enterprise", "infrastructure"})


def _compatible(x, y) -> bool:
    return x is None or y is None or x == y


#: Targets no generic "facility" word stands for: a house is not "an industrial enterprise" named again.
DWELLINGS_AND_VEHICLES = frozenset({"private house", "apartment building", "car", "truck", "school", "hospital",
                                    "shop", "outbuilding", "administrative building"})


def _compatible_target(x: str | None, y: str | None) -> bool:
    if _compatible(x, y):
        return True
    return (x in GENERIC_TARGETS and y not in DWELLINGS_AND_VEHICLES) or \
        (y in GENERIC_TARGETS and x not in DWELLINGS_AND_VEHICLES)


def one_region(drafts: list[Draft], doc: Document) -> list[Draft]:
    """A report that names one region only ("... повідомили в Сумській ОВА") places the settlements
    it names without a region there."""
    named = {m.code for m in doc.places}
    code = next(iter(named)) if len(named) == 1 else None
    for d in drafts:
        if d.region is None and d.unplaced and not d.settlement:
            d.region = code  # "Уночі росіяни атакували Миргородщину: ..." signed by the oblast's head
        if d.region is None and d.settlement:
            # else a settlement the gazetteer places in one region ("У Коростені ...")
            d.region = code or settlement_region(d.settlement)
    placed = named | {d.region for d in drafts if d.region}
    if len(placed) == 1:  # "Теткино и Глушково" (two Глушково in Russia), "Ніжинську громаду": the report's region
        for d in drafts:
            if d.region is None and (d.settlement or d.district):
                d.region = next(iter(placed))
    return drafts


def merge_restatements(drafts: list[Draft]) -> list[Draft]:
    """A later draft with the same type, place and compatible facts restates an earlier one."""
    kept: list[Draft] = []
    for d in drafts:
        for k in kept:
            if (k.event_type == d.event_type and _same_region(k.region, d.region)
                    and (k.region == d.region or k.sentence != d.sentence)  # "в Києві, на Київщині": both
                    and (k.settlement or "").lower() == (d.settlement or "").lower()
                    and _compatible(k.district, d.district)  # "Білопільська громада: ... Шосткинська громада: ..."
                    and _compatible(k.count, d.count) and _compatible_target(k.target, d.target)):
                if k.count is None and d.count is not None:
                    k.span = d.span  # the sentence that states the number is the better evidence
                    k.national = d.national  # "атакував ... БпЛА. Зафіксовано влучання 9 БпЛА": the hits count
                for name in ("count", "qualifier", "killed", "injured", "target", "district"):
                    if getattr(k, name) is None and getattr(d, name) is not None:
                        setattr(k, name, getattr(d, name))
                if k.target in GENERIC_TARGETS and d.target:
                    k.target = d.target  # the specific name wins
                break
        else:
            kept.append(d)
    return kept


def drop_headline(drafts: list[Draft], doc: Document) -> list[Draft]:
    """A title line ("Largest Drone Attack on Moscow Leaves Three Dead") sums up the body:
    its incidents count only where the body says nothing about the same place."""
    if not doc.sentences or len(doc.sentences) < 2 or not doc.is_title(0):
        return drafts
    body = [d for d in drafts if d.sentence > 0]
    for h in drafts:
        if h.sentence == 0 and h.region and h.settlement \
                and not any(o.region == h.region and o.settlement for o in body):
            # "Ночью беспилотники атаковали Рязань: на НПЗ начался пожар" over a body that names no town:
            # the title's town (and its specific target) is the body's
            for o in body:
                if o.region == h.region:
                    o.settlement, o.near = h.settlement, h.near
                    if o.target in GENERIC_TARGETS and h.target and h.target not in GENERIC_TARGETS:
                        o.target = h.target
    return [d for d in drafts if d.sentence > 0
            or not any(_same_region(o.region, d.region) or (d.region is None and o.event_type == d.event_type)
                       for o in body)]


def merge_debris(drafts: list[Draft]) -> list[Draft]:
    """"A fire broke out at an oil refinery in Ryazan after a drone attack. Debris from downed drones
    fell on the territory of the enterprise": the attack was shot down over the place it names; one
    interception there, with the damage."""
    out: list[Draft] = []
    for d in drafts:
        a = next((o for o in reversed(out) if o.event_type == "strike" and o.region == d.region), None)
        if a and d.event_type == "interception" and d.count is None and d.settlement is None and a.count is None \
                and 0 < d.sentence - a.sentence <= FOLLOWUP_SENTENCES and d.target and a.target \
                and d.target in GENERIC_TARGETS and _compatible_target(a.target, d.target):
            a.event_type = "interception"
            a.killed = a.killed if a.killed is not None else d.killed
            a.injured = a.injured if a.injured is not None else d.injured
            a.span = (a.span[0], max(a.span[1], d.span[1]))
            continue
        out.append(d)
    return out


def merge_national(drafts: list[Draft]) -> list[Draft]:
    """Interceptions with no place on the same day are one national figure
    ("166 shot down ... 60 decoys locationally lost" = 226)."""
    out: list[Draft] = []
    first: Draft | None = None
    for d in drafts:
        national = d.event_type == "interception" and d.region is None and d.settlement is None
        if national and first is not None and first.date == d.date and d.sentence - first.sentence <= 2:
            if first.count is not None and d.count is not None:
                first.count += d.count
                if d.qualifier != "exact":
                    first.qualifier = "at_least"
            first.span = (first.span[0], max(first.span[1], d.span[1]))
            continue
        if national and first is None:
            first = d
        out.append(d)
    return out


BREAKDOWN_SENTENCES = 3  # a per-region breakdown follows its total within this many sentences


def _breakdown(d: Draft, drafts: list[Draft], country: str | None) -> bool:
    """Interceptions with counts in named regions that follow ``d`` closely and add up to no more
    than it: ``d`` is their total.  A Ukrainian Air Force total is never broken down by Russian
    regions (a Russian ministry roundup quoted after it in the same article)."""
    parts = [o for o in drafts if o is not d and o.event_type == d.event_type and o.region and not o.inherited
             and o.count is not None and d.sentence <= o.sentence <= d.sentence + BREAKDOWN_SENTENCES
             and not (country == "UA" and country_of(o.region) != "UA")]
    if parts:  # the breakdown is the first sentence that gives one; later ones are other reports
        first = min(o.sentence for o in parts)
        parts = [o for o in parts if o.sentence == first]
    if not parts or (d.count is not None and sum(o.count for o in parts) > d.count):
        return False
    return len(parts) >= 2 or d.count == sum(o.count for o in parts)


def drop_summaries(drafts: list[Draft], doc: Document) -> list[Draft]:
    """Region-level drafts that summarise settlement-level ones, and totals with a breakdown
    (national ones, and counts that took the region of an earlier sentence)."""
    out = []
    for d in drafts:
        same = [o for o in drafts if o is not d and o.event_type == d.event_type]
        if d.region and not d.settlement:
            detailed = [o for o in same if o.settlement and o.region == d.region]
            if detailed and d.event_type == "strike" and d.target and \
                    not any(o.target and _compatible_target(d.target, o.target) for o in detailed):
                detailed = []  # it names its own target: not a summary of these
            if detailed:
                if d.event_type == "interception" and d.count is not None and all(o.count is None for o in detailed):
                    if len(detailed) == 1:
                        d.settlement, d.near = detailed[0].settlement, detailed[0].near
                    for o in detailed:  # debris of drones counted here: one incident, with the damage
                        d.target = d.target or o.target
                        d.killed = d.killed if d.killed is not None else o.killed
                        d.injured = d.injured if d.injured is not None else o.injured
                        o.region = "__merged__"
                else:
                    if len(detailed) == 1 and detailed[0].count is None and d.count is not None:
                        # "дрони уразили НПЗ у Новокуйбишевську. ... зафіксовано щонайменше три влучання": its count
                        detailed[0].count, detailed[0].qualifier = d.count, d.qualifier
                    continue
        if (d.region is None or (d.inherited and d.count is not None)) and \
                _breakdown(d, drafts, doc.country_at(d.span[1]) if d.region is None else None):
            continue
        out.append(d)
    return [d for d in out if d.region != "__merged__"]


def drop_repelled(drafts: list[Draft]) -> list[Draft]:
    """"Ворог атакував Київ ударними дронами. ... уламки збитого БпЛА впали на ...": an attack
    that names nothing hit, followed by drones downed over the same place, is the attack they
    repelled, not a strike of its own."""
    out = []
    for d in drafts:
        downed = [o for o in drafts if o.event_type == "interception" and _same_region(o.region, d.region)
                  and (o.settlement is None or d.settlement is None or o.settlement == d.settlement)
                  and d.sentence <= o.sentence <= d.sentence + FOLLOWUP_SENTENCES]
        if d.event_type == "strike" and d.target is None and not d.killed and not d.injured \
                and d.count is None and downed:
            if downed[0].settlement is None:  # "атаковали Туапсе: ... обломки упали на территорию порта"
                downed[0].settlement, downed[0].near = d.settlement, d.near
            continue
        out.append(d)
    return out


def merge_continuations(drafts: list[Draft]) -> list[Draft]:
    """"Белгород атаковали беспилотники. Один дрон попал в жилой дом ...": the second sentence tells
    what the attack on the place named in the first did; one incident, in that place."""
    out: list[Draft] = []
    for d in drafts:
        a = out[-1] if out else None
        if a and a.event_type == d.event_type == "strike" and a.sentence == d.sentence - 1 \
                and a.region == d.region and a.settlement and d.settlement is None and a.target is None \
                and ((a.killed is None and a.injured is None) or (d.killed is None and d.injured is None)):
            # also "Drones hit Kharkiv, killing three. A drone struck a kindergarten in the Kholodnohirskyi
            # district", "Russian forces attacked Sumy, injuring three. A drone hit a residential building":
            # the district and the target are the city's, the toll the attack's
            d.settlement, d.near, d.span = a.settlement, a.near, (a.span[0], d.span[1])
            d.count, d.qualifier = (a.count, a.qualifier) if a.count else (d.count, d.qualifier)
            d.killed = a.killed if d.killed is None else d.killed
            d.injured = a.injured if d.injured is None else d.injured
            out[-1] = d
            continue
        out.append(d)
    return out


def _sane(n: int | None) -> int | None:
    """A figure above :data:`geo.record.MAX_FIGURE` is a misread number: unknown, the incident kept."""
    return None if n is not None and n > MAX_FIGURE else n


def _sane_date(ref: DateRef | None, doc: Document) -> DateRef | None:
    """A date outside FIRST_YEAR..next year (of the publication, today at the latest) is unknown."""
    last = min((doc.published or doc.today).year, dt.date.today().year) + 1
    days = [v for v in (ref.date, ref.date_end) if v] if ref else []
    return ref if all(FIRST_YEAR <= int(v[:4]) <= last for v in days) else None


def to_incidents(drafts: list[Draft], doc: Document, document: str) -> list[Incident]:
    text, lex = doc.text, doc.lex
    out = []
    for d in drafts:
        if d.event_type == "strike" and d.region is None and d.settlement is None and (d.count is None or d.national):
            continue  # a strike needs a place or a number; "drones hit refineries" in general is not one
        if _sane(d.count) is None and d.count is not None:
            d.count, d.qualifier = None, None
        d.killed, d.injured = _sane(d.killed), _sane(d.injured)
        date = _sane_date(d.date if d.date and d.date.known else None, doc)
        start, end = d.span
        inc = Incident(
            event_type=d.event_type,
            country=country_of(d.region) if d.region else doc.country_at(d.span[1]),
            region=d.region,
            region_name=region_name(d.region),
            settlement=d.settlement,
            count=d.count,
            count_qualifier=d.qualifier if d.count is not None or d.qualifier == "approximate" else None,
            date=date.date if date else None,
            date_end=date.date_end if date else None,
            date_precision=date.precision if date and date.date else None,
            killed=d.killed,
            injured=d.injured,
            target=d.target,
            evidence=text[start:end],
            document=document,
            extras={"district": d.district, "near": d.near, "evidence_spans": [[start, end]],
                    "language": lex.language, "fire": d.fire, "settlement_latin": latin(d.settlement)},
        )
        if not validate({k: getattr(inc, k) for k in SCHEMA_FIELDS}):
            out.append(inc)
    return out


def run(text: str, lex: Lexicon, published: dt.date | None, today: dt.date, document: str) -> list[Incident]:
    """All incidents of one text (see :func:`geo.extract.extract`)."""
    doc = Document(text, lex, published, today)
    if not lex.drone_context.search(doc.low):
        return []
    drafts = drop_summaries(merge_national(merge_restatements(merge_debris(
        drop_headline(one_region(doc.run(), doc), doc)))), doc)
    return to_incidents(drop_repelled(merge_continuations(drafts)), doc, document)
