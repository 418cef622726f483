"""Rules for the figures of a clause: how many drones, killed and injured, and what was hit."""
from __future__ import annotations

import re
from functools import lru_cache

from geo.extract.count_lead import count_lead
from geo.extract.draft import LOOKBACK, Count, Draft
from geo.extract.no_casualty import no_casualty_window
from geo.extract.places import Mention
from geo.extract.reading import Text
from geo.literal_gate import row_gates

_DESIGNATION = re.compile(r"[^\W\d_]+-(?:\d+/)*$")  # "Shahed-131/" before a number: a model name, no count
_BRACKET = re.compile(r"\s*\(")  # a figure in brackets right after a name
TOLL_REACH = 5  # sentences between an incident and a toll in a later paragraph that refers back to it
ANOTHER_REACH = 4  # sentences between an interception and "another drone was downed" that adds to it
NEXT_DRONE_REACH = 4  # sentences between a strike and "a second drone hit the house" that adds to it


class Figures(Text):
    """Counts, casualties and targets, read from spans of the text."""

    def count(self, start: int, end: int) -> Count | None:
        lex, lead = self.lex, count_lead(self.lex)
        first = lead.lead.search(self.low, start, end)  # (where a number, or a qualifier before one, starts)
        written = first is not None
        may = row_gates(lex.counts, 1).open(self.low, start, end)
        for (kind, rx, needs_number), from_lead, open_ in zip(lex.counts, lead.from_lead, may):
            if needs_number and not written or not open_:
                continue  # (no number in the span for it, or none of its words)
            pos = first.start() if from_lead and first else start
            m = rx.search(self.low, pos, end)  # most patterns match nowhere: one search, no iterator
            if m is None:
                continue
            if self.in_date(m):
                m = next((m for m in rx.finditer(self.low, pos, end) if not self.in_date(m)), None)
                if not m:
                    continue
            if kind in ("one", "debris"):  # "ещё один", "обломки беспилотника"
                return Count(1, "exact", kind)
            if kind == "single":
                return Count(1, "exact")
            if kind == "unstated":
                return None
            n = self.number(m)
            if n is None:
                continue
            q = lex.qualifier(m.groupdict().get("q")) or "exact"
            total = self.number(m, "total") if "total" in m.groupdict() else None
            if kind == "plain":
                n = self.plus(n, m.end(), end)
            return Count(n, q, kind, total)
        if lex.vague.search(self.low, start, end):
            return Count(None, "approximate", "vague")
        return None

    def plus(self, n: int, pos: int, end: int) -> int:
        """"six reconnaissance drones and one Lancet": the drones named one after another add up."""
        while (m := self.lex.plus_count.match(self.low, pos, end)) and self.number(m) is not None:
            n += self.number(m) or 0
            pos = m.end()
        return n

    def in_date(self, m: re.Match) -> bool:
        """"on February 27 in the evening": the number of a date (or of a model, "Shahed-136") counts no drones."""
        for group in ("n", "total"):
            if m.groupdict().get(group) is None:
                continue
            ns, ne = m.span(group)
            if _DESIGNATION.search(self.low, max(0, ns - 24), ns):
                return True
            d = self.lex.absolute_dates.search(self.low, max(0, ns - 12), min(len(self.low), ne + 12))
            if d is not None and d.start() <= ns and ne <= d.end():
                return True
        return False

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
            m = self._bracketed_figure(g[-1].end, end)
            m = m or self.lex.roundup_before.search(self.low, max(start, g[0].start - 2 * LOOKBACK), g[0].start)
            if not m:
                m = self.lex.roundup_after.match(self.low, g[-1].end, end)
            if m and self.number(m) is not None:
                pairs.append((g, Count(self.number(m), self.lex.qualifier(m.group("q")) or "exact")))
            elif pairs and self.lex.roundup_same.search(self.low, max(start, g[0].start - LOOKBACK), g[0].start):
                pairs.append((g, pairs[-1][1]))  # "five over Rostov, as many over Crimea"
            elif pairs and self.lex.roundup_another.search(self.low, max(start, g[0].start - LOOKBACK), g[0].start):
                pairs.append((g, Count(1, "exact")))  # "two in Tula, one in Oryol and another in Lipetsk"
            elif self.lex.roundup_besides.search(self.low, max(start, g[0].start - LOOKBACK), g[0].start):
                pairs.append((g, Count(None, None)))  # "Besides the Moscow region, 47 over Bryansk": its figure elsewhere
            elif pairs and self.lex.roundup_rest.search(self.low, max(start, g[0].start - LOOKBACK), g[0].start):
                pairs.append((g, Count(None, None)))  # "... and the rest over the X and Y regions"
        return pairs

    def _bracketed_figure(self, pos: int, end: int) -> re.Match | None:
        """"over the X region (27), the Y region (13)": a figure in brackets right after a region is its own,
        not the total told before the list."""
        if not _BRACKET.match(self.low, pos, end):
            return None
        return self.lex.roundup_after.match(self.low, pos, end)

    def region_list_item(self, cs: int, core: int, mentions: list[Mention], last: Draft) -> bool:
        """"Збили 24 шахеди у межах 7 областей:\n- Київської;\n- Одеської;": a line that holds only a region,
        in a list a colon opened after an interception total (or after the item before it)."""
        if last.event_type != "interception" or not mentions or not self._only_places(cs, core):
            return False
        before = self.text[last.span[0]:cs].rstrip()
        if last.region is None:
            return last.count is not None and before.endswith(":")
        return last.count is None and not self.text[last.span[1]:cs].strip() and self._only_places(*last.span)

    def _only_places(self, start: int, end: int) -> bool:
        """The span holds region names and punctuation (a bullet) only."""
        rest, pos = [], start
        for m in self.mentions_in(start, end):
            rest.append(self.text[pos:m.start])
            pos = m.end
        rest.append(self.text[pos:end])
        return pos > start and re.fullmatch(r"[\W_]*", "".join(rest)) is not None

    def target(self, start: int, end: int) -> str | None:
        """What was hit, as the lexicon names it; a building part only when nothing else is named."""
        lex = self.lex
        for rx, names in ((lex.targets, lex.target_names), (lex.target_parts, lex.target_part_names)):
            m = rx.search(self.low, start, end)
            if m and m.lastgroup:
                return names[int(m.lastgroup[1:])]
        return None

    def casualties(self, start: int, end: int) -> tuple[int | None, int | None]:
        """(killed, injured) stated in the span; remembered per span (the toll rules ask again and again)."""
        memo: dict[tuple[int, int], tuple[int | None, int | None]] = self.__dict__.setdefault("_tolls", {})
        if (start, end) not in memo:
            memo[(start, end)] = self._casualties(start, end)
        return memo[(start, end)]

    def _casualties(self, start: int, end: int) -> tuple[int | None, int | None]:
        killed: int | None = None
        injured: int | None = None
        if not self.lex.casualty_cue.search(self.low, start, end):
            return killed, injured
        rows = self.lex.casualties
        for (kind, rx, stated), may in zip(rows, row_gates(rows, 1).open(self.low, start, end)):
            if not may or _told(kind, killed, injured) and not self._ages_may_add(kind, killed, injured, start, end):
                continue  # (none of its words in the span; or its match could change nothing: no search)
            m = rx.search(self.low, start, end)
            if not m:
                continue
            if kind == "none":
                killed = 0 if killed is None else killed
                injured = 0 if injured is None else injured
                continue
            if kind == "died":  # "получил ранение и скончался": one killed, not injured as well
                killed = killed or 1
                injured = injured - 1 if injured else None
                injured = injured or None
                continue
            ages = kind.endswith("_ages")  # (one per age listed: more than a row before read of the first one)
            kind, n = self._toll_number(kind, m, stated)
            if n is None:
                continue
            if kind == "killed" and (not killed or ages and n > killed):
                killed = n
            elif kind == "injured" and (not injured or ages and n > injured):
                injured = n
        if killed is None or injured is None:  # "Пострадавших, к счастью, нет": an absence told in other words
            no_killed, no_injured = no_casualty_window(self.lex, self.low, start, end)
            killed = 0 if killed is None and no_killed else killed
            injured = 0 if injured is None and no_injured else injured
        return killed, injured

    def _ages_may_add(self, kind: str, killed: int | None, injured: int | None, start: int, end: int) -> bool:
        """An age list counts one victim per age: it can raise a toll told already only when the span tells more
        ages than that toll (most spans tell none: the row is then not searched)."""
        if not kind.endswith("_ages"):
            return False
        told = (killed if kind.startswith("killed") else injured) or 0
        return len(self.lex.age_word.findall(self.low, start, end)) > told

    def _toll_number(self, kind: str, m: re.Match, stated: int | None) -> tuple[str, int | None]:
        """The kind of a casualty pattern without its suffix, and how many its match counts."""
        word = (m.groupdict().get("n") or "").lower()
        if kind.endswith("_total"):  # "кількість постраждалих зросла до п'яти": a figure like any other here
            kind = kind[:-6]
        if kind.endswith("_ages"):  # "постраждали 61-річний і 38-річний чоловіки та 70-річна жінка": 3
            return kind[:-5], len(self.lex.age_word.findall(m.group(0))) or None
        if kind.endswith("_and_one"):  # "мужчина и двое его сыновей": the number and the one named first
            n = self.lex.number(word)
            return kind[:-8], n + 1 if n else None
        if kind.endswith("_couple"):  # "a couple and their three children": the two of the couple, and those after
            return kind[:-7], 2 + (self.lex.number(word) or 0)
        if stated is not None:
            return kind, stated
        if word[:1].isdigit() and (self.lex.age_after.match(self.low, m.end("n"))
                                   or self.lex.age_before.search(self.low, max(0, m.start("n") - 40), m.start("n"))):
            return kind, None  # "постраждали чоловік 1960 року народження", "жінки 70 та 65 років": ages, no toll
        if word and (more := self.lex.article_number.match(self.low, m.end("n"))) is not None:
            return kind, self.number(more)  # "a further three people were hurt": three, not the article's one
        if word in self.lex.pronouns:
            return kind, 1
        if word in self.lex.definite:
            said = m.group(0).lower()
            return kind, 1 if _words(self.lex.singular_persons).search(said) else None
        return kind, self.lex.number(word)

    def hits(self, start: int, end: int) -> Count | None:
        """"confirmed four strikes on the city", "one plant took five hits, the other was hit twice" (7): how
        many times drones hit, the matches of the span added up; not those said of another weapon."""
        lex, total, q = self.lex, 0, "exact"
        seen: list[tuple[int, int]] = []
        for rx in lex.hit_counts:
            for m in rx.finditer(self.low, start, end):
                if any(m.start() < e and s < m.end() for s, e in seen) or self.in_date(m) or self.other_weapon(m.start()):
                    continue
                n = self.number(m)
                if n:
                    seen.append(m.span())
                    total += n
                    q = lex.qualifier(m.groupdict().get("q")) or q
        return Count(total, q) if total else None

    def strike_hits(self, event: str, count: Count | None, start: int, end: int) -> Count | None:
        """A strike's count: the drones stated, else how many times they hit ("attacked the city ...,
        with at least five explosions")."""
        if event == "strike" and (count is None or count.kind in ("one", "vague")):
            return self.hits(start, end) or count
        return count

    def other_weapon(self, pos: int) -> bool:
        """The weapon named last before ``pos`` is no drone ("fired artillery twice")."""
        lex, lo = self.lex, max(0, pos - LOOKBACK)
        weapon = max((m.end() for m in lex.other_weapons.finditer(self.low, lo, pos)), default=-1)
        drone = max((m.end() for m in lex.drone.finditer(self.low, lo, pos)), default=-1)
        return weapon > drone

    def hit_count(self, start: int, cs: int, ce: int, d: Draft) -> bool:
        """A follow-up that says how many times drones hit ("The mayor confirmed four strikes on the city"):
        the count of the strike before, when it had none, or when it is the hits the sentence (from
        ``start``) told before this clause ("One plant took four hits, while the other was hit twice")."""
        if d.event_type != "strike":
            return False
        if (d.count == 1 or (d.count is None and d.one_attack)) and self.lex.repeated.search(self.low, cs, ce):
            d.count, d.qualifier = 2, "exact"  # "Після першого влучання ворог завдав повторного удару": a second hit
            return True
        before = self.hits(start, cs) if d.count is not None and start < cs else None
        hits = self.hits(start, ce) if d.count is None or (before and before.n == d.count) else None
        if hits is None or hits.n == d.count:
            return False
        d.count, d.qualifier = hits.n, hits.qualifier
        return True

    def one_more(self, i: int, cs: int, core: int, mentions: list[Mention], settlement: str | None) -> bool:
        """"Над X збили два дрони. Ще один ворожий дрон знищили над X", "ещё три сбиты": more drones
        downed at the place of the last interception (no other place named) add to its count."""
        # ("Soon after, the governor told of a new attempt. Another drone was destroyed": a few sentences on)
        last = self.drafts[-1] if self.drafts and self.drafts[-1].sentence >= i - ANOTHER_REACH else None
        if last is None or last.event_type != "interception" or not last.count or last.region is None \
                or not self.lex.another.match(self.low, cs, core) or any(m.code != last.region for m in mentions) \
                or settlement not in (None, last.settlement):
            return False
        count = self.count(cs, core)
        if count is None or not count.n or count.kind == "part":
            return False
        last.count += count.n
        return True

    def next_drone(self, i: int, cs: int, core: int, event: str, mentions: list[Mention], settlement: str | None) -> bool:
        """"A drone hit a barn in X. A second drone struck the house", "Дрон влучив у сарай. Ще один безпілотник
        пошкодив авто": the drones told one by one at the place of the strike just told (no other place, no district)
        add up; but one with victims of its own is another strike ("Ещё один дрон атаковал грузовик, погиб водитель")."""
        last = self.drafts[-1] if event == "strike" and self.drafts else None
        if last is None or last.event_type != "strike" or last.sentence < i - NEXT_DRONE_REACH \
                or not self.lex.next_drone.match(self.low, cs, core) \
                or any(m.code != last.region for m in mentions) or settlement not in (None, last.settlement) \
                or any(self.casualties(*self.sentences[i])) or bool(self.lex.district.search(self.text, cs, self.sentences[i][1])):
            return False
        if last.count is not None or last.one_attack:  # ("Drones hit X. Another one ...": how many, still unsaid)
            last.count, last.qualifier = (last.count or 1) + 1, "exact"
        return True

    def other_paragraph(self, i: int, cs: int, ce: int, d: Draft) -> bool:
        """A toll in a later paragraph than incident ``d`` is not its own, unless it refers back to it
        ("A woman was injured in the attack", or "two more were hurt" after its own victims) and few sentences
        lie between."""
        return "\n\n" in self.text[d.span[0]:cs] and not (
            d.sentence >= i - TOLL_REACH and (self.lex.toll_refers_back.search(self.low, cs, ce) or bool(
                (d.killed or d.injured) and self.lex.another.match(self.low, cs, ce))))

    def next_ones(self, cs: int, ce: int) -> bool:
        """"In addition, one more man was wounded": casualties of the incident told next; but not
        "Another woman was injured in the attack"."""
        lex = self.lex
        return bool((lex.also.match(self.low, cs, ce) or lex.another.match(self.low, cs, ce))
                    and not lex.toll_refers_back.search(self.low, cs, ce))

    def with_sea(self, groups: list[list[Mention]]) -> bool:
        """A region listed with a sea ("over the Sea of Azov, Crimea and the Black Sea", "over the Black Sea
        and Crimea"): the figure is shared with open water."""
        sea, gap = self.lex.open_water, self.lex.region_list_gap
        for m in (m for g in groups for m in g):
            after = gap.match(self.low, m.end)
            if after and after.end() > m.end and sea.match(self.low, after.end()):
                return True
            before = next((b for b in sea.finditer(self.low, max(0, m.start - LOOKBACK), m.start)
                           if gap.fullmatch(self.low, b.end(), m.start)), None)
            if before:
                return True
        return False

    def found_count(self, cs: int, ce: int, d: Draft) -> bool:
        """"Fragments of two drones were found at the site" after a strike that gave no count: how many hit."""
        if d.event_type != "strike" or d.count is not None:
            return False  # (the incident first: only a strike with no count takes one)
        m = self.lex.debris_found.search(self.low, cs, ce)
        count = self.count(m.start(), m.end()) if m else None
        if count is None or count.n is None or count.kind not in ("plain", "bare"):
            return False
        d.count, d.qualifier = count.n, count.qualifier
        return True

    def sibling_named(self, cs: int, ce: int) -> Draft:
        """The incident a follow-up adds to: the last one, or the one of its clause's region list that the
        follow-up alone names ("Drones attacked the Ryazan and Voronezh regions. ... a fire at the Ryazan
        refinery")."""
        last = self.drafts[-1]
        codes = {m.code for m in self.mentions_in(cs, ce)}
        if len(codes) != 1 or last.region in codes:
            return last
        return next((o for o in self.drafts if o.span[0] == last.span[0] and o.region in codes), last)

    def names_new_region(self, cs: int, ce: int) -> bool:
        """"... downed 22 of 27 drones. The attack damaged a plant in the region of X": a back-reference that
        names one region no incident has yet tells that region's own incident, not more of the last one."""
        codes = {m.code for m in self.mentions_in(cs, ce)}
        return bool(self.drafts) and len(codes) == 1 and not codes & {d.region for d in self.drafts}

    def fire_at(self, cs: int, ce: int, d: Draft) -> None:
        """"... there was a fire at the refinery": a follow-up with no event word but a fire at a named
        facility says what the strike hit."""
        if d.event_type != "strike" or d.target is not None:
            return  # (the incident's own first: the span is read only for a strike that names no target)
        m = self.lex.fire_at.search(self.low, cs, ce)
        if m is not None:
            # (what burned is no news that extends the reach of the incident's follow-ups)
            d.target = self.target(m.end(), min(ce, m.end() + 40))

    def parts_not_total(self, new: list[Draft]) -> None:
        """"Чернігів атакували два дрони: один влучив у будинок, інший збили": the parts, not the total."""
        if len(new) >= 2 and new[0].event_type == "strike" and new[0].target is None and new[0].count \
                and sum(o.count or 1 for o in new[1:]) == new[0].count:
            head = new.pop(0)
            self.drafts.remove(head)
            for o in new:
                o.count = o.count or 1
                if o.region == head.region or o.region is None:
                    o.region, o.settlement = head.region, o.settlement or head.settlement


def _told(kind: str, killed: int | None, injured: int | None) -> bool:
    """A casualty pattern of ``kind`` can change nothing in :meth:`Figures._casualties`: the figure it
    gives is told already ("killed..." rows, "injured..." rows), or both are ("none")."""
    if kind.startswith("killed"):
        return bool(killed)
    if kind.startswith("injured"):
        return bool(injured)
    return kind == "none" and killed is not None and injured is not None


@lru_cache(maxsize=8)
def _words(words: frozenset[str]) -> re.Pattern:
    """Any of ``words`` as a whole word: one search where one per word was compiled and run."""
    if not words:
        return re.compile("(?!)")
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words)) + r")\b")

