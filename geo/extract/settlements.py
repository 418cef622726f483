"""Rules for the places of a clause: the settlement, the names listed after it, the district."""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from geo.extract.draft import FOLLOWUP_SENTENCES, LOOKBACK
from geo.extract.places import (
    ENCLOSING,
    Mention,
    district_form,
    facility_place,
    gazetteer_knows,
    gazetteer_spells,
    same_region,
    settlement_form,
    settlement_region,
    settlement_regions,
)
from geo.extract.reading import Text
from geo.places.mentions import region_adjective

#: How far a holiday's words may reach on either side of a name inside them ("the night of the New Year").
HOLIDAY_REACH = 24


class Places(Text):
    """Settlements and districts, read from spans of the text."""

    target: Callable[[int, int], str | None]  # what was hit (Figures.target, in the Reader)

    def clause_focus(self, pos: int) -> str | None:
        """The region in focus at ``pos``, but none when the last sentence that named regions listed
        several ("shot down over the Kharkiv, Poltava and Sumy regions. Two facilities were hit"):
        which of them is not said."""
        i = bisect.bisect_left(self.place_starts, pos)
        last = self.places[i - 1] if i else None
        if self.heading_before(pos):
            return None  # "сбит беспилотник, летевший на Москву. Ещё три уничтожены": heading there too, not said where
        if last is not None and last.sentence < self.sentence_of(pos):
            named = self.mentions_in(*self.sentences[last.sentence])
            if named and named[-1] is last and len({m.code for m in self.groups(named)[-1]}) > 1:
                return None
        return self.focus(pos)

    def heading_before(self, pos: int) -> bool:
        """A sentence after the last region named before ``pos`` (and before its sentence) told drones heading
        for a place, where they were downed unsaid: the region named before it is no longer the one in focus
        (nor an official's in the source line right after it: "Об этом сообщил Собянин")."""
        if not self.destinations:
            return False  # (no heading told in the text: nothing to look up)
        i = bisect.bisect_left(self.place_starts, pos)
        last = self.places[i - 1] if i else None
        start = 0 if last is None else self.sentences[max(0, last.sentence - 1)][0] if last in self.officials else last.end
        end = self.sentences[self.sentence_of(pos)][0]
        return any(start <= p < end for p in self.destinations)

    def earlier_figure(self, i: int, start: int, end: int) -> bool:
        """"Ранее за сутки сбито 40 дронов" after a region's news: a figure of drones downed told for
        an earlier time, naming no place (not even "над регионом"), is the country's, not the region's in focus."""
        lex = self.lex
        return bool(lex.earlier.match(self.low, self.sentences[i][0]) and lex.interception.search(self.low, start, end)
                    and lex.numx.search(self.low, start, end) and not lex.same_region.search(self.low, start, end))

    def settlement(self, start: int, end: int, mentions: list[Mention]) -> tuple[str | None, bool, list[str]]:
        """The settlement a clause names (dictionary form), whether "near" it, and the names listed
        after it ("населенные пункты Климово, Суземка и Погар")."""
        lex, text = self.lex, self.text
        best: tuple[int, int, str, bool, int] | None = None  # (weak, pos, name, near, end)
        home: str | None = None  # "о гибели жителя X": where the victim lived, the place when no other is named
        for rx, near, weak, known in lex.settlement_cues:
            if weak and not near and best is not None and not best[0]:
                continue  # (a weak name never replaces a strong one: no search)
            for m in rx.finditer(text, start, end):
                name, ns, ne = self._name_bounds(m, weak, mentions)
                if self._elided_district(name, ns, ne):
                    continue
                if self._not_place(name, ns, ne, start):
                    home = home or self._home(name, ns, start)
                    continue  # (nor "госпитализирован в Белгород": where the wounded were taken)
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
                if known and not self._known(form):
                    continue  # "the Kirishinefteorgsintez refinery": a company, not a town
                if near and best is not None and not best[0] and form in lex.capitals and best[2] not in lex.capitals:
                    continue  # "Near Kursk, a drone was downed near the village of X": the capital only says where
                key = (int(weak), ns, form, near, ne)
                if best is None or key[:2] < best[:2]:
                    best = key
                elif key[1] == best[1] and near:  # "near the village of X": the same name, near
                    best = best[:3] + (True, best[4])
                break
        if best is None and home and self.lex.casualty_cue.search(self.low, start, end):
            return home, False, []  # (the resident is a victim of the clause: "о гибели жителя X")
        return self._with_list(best[2], best[3], best[1], best[4], end, mentions, start) \
            if best else (None, False, self.after_districts(start, end, mentions))

    def _not_place(self, name: str, ns: int, ne: int, start: int) -> bool:
        """A capitalised name that is no place here: a word of ``not_places``, a region's adjective, a street's
        or an official's name, a place told as no location or only approached ("на подлёте к X"), or a word of a
        holiday ("on New Year's Eve")."""
        lex = self.lex
        bare = lex.possessive.sub("", name)
        if bare.split()[0].split("-")[0] in lex.not_places or bare in lex.not_places \
                or (" " not in name and region_adjective(name) and not lex.city_facility_after.match(self.low, ne)) \
                or lex.not_place_after.match(self.text, ne) \
                or lex.not_location_before.search(self.low, max(start, ns - LOOKBACK), ns) or self.approached(ns, start):
            return True
        holiday = lex.holiday_dates.search(self.low, max(start, ns - HOLIDAY_REACH), ne + HOLIDAY_REACH)
        return holiday is not None and holiday.start() <= ns < holiday.end()

    def _with_list(self, name: str, near: bool, start: int, pos: int, end: int,
                   mentions: list[Mention], head: int = -1) -> tuple[str | None, bool, list[str]]:
        """The settlement (written at ``start``..``pos``) with the names listed after it; none when it is the
        first of a list of districts ("над Барятинским, Мосальским и Юхновским районами"). A name told with
        its kind word, or found by a cue that reads only the list's last name (``head`` >= 0: where the clause starts),
        may follow bare names of the same list."""
        listed = self.listed(pos, end, mentions)
        before = self.listed_before(head, start, bool(listed), mentions) if head >= 0 else []
        if before:  # "атаковали Рыльск, посёлок Глушково и сёла ...": the bare names first
            return before[0], False, before[1:] + [name] + listed
        districts_end = self.list_items(pos, end, mentions)[2] if not listed and self.lex.adjective_name.search(self.text[start:pos]) else 0
        if districts_end:  # (", а также в X" after the districts: X is the settlement; else the bare towns listed)
            found = self.settlement(districts_end, end, self.mentions_in(districts_end, end))
            return found if found[0] or found[2] else (None, False, self.towns_after(districts_end, end, mentions))
        return name, near, listed

    def _home(self, name: str, ns: int, start: int) -> str | None:
        """The settlement a victim is a resident of ("жителя X"), in dictionary form, else None."""
        if not self.lex.resident_of.search(self.low, max(start, ns - LOOKBACK), ns) or " " in name \
                or region_adjective(name) or any(m.start <= ns < m.end for m in self.mentions):
            return None  # ("жителей Брянской области": a region, its mention set aside as a victim's home)
        form = settlement_form(name, self.lex.morphology)
        return form if self._known(form) else None

    def _name_bounds(self, m: re.Match[str], weak: bool, mentions: list[Mention]) -> tuple[str, int, int]:
        """Where a cue's name really starts and ends: without a leading article, with the second word
        of a two-word name, without a second word that is no place, before a region's name."""
        lex, text = self.lex, self.text
        ns, ne = m.span("name")
        name = m.group("name")
        if " " in name and name.split()[0] in lex.name_articles:  # "The Novoshakhtinsk refinery"
            name = name.split(" ", 1)[1]
            ns = ne - len(name)
        if " " not in name:
            name, ne = self._longer_name(name, ne, weak)
        if " " in name and self._second_word_not_place(name, ne):
            name = name.rsplit(" ", 1)[0]
            ne = ns + len(name)
        inside = [r for r in mentions if r.explicit and ns < r.start < ne]
        if inside and " " not in text[ns:inside[0].start].strip():
            # "у Новокуйбишевську Самарської області": the name ends where the region begins
            name = text[ns:inside[0].start].rstrip()
            ne = ns + len(name)
        return name, ns, ne

    def listed(self, pos: int, end: int, mentions: list[Mention]) -> list[str]:
        """Names after a settlement, joined like a list that ends in "and" ("X, Y и Z"); else none
        ("In Odesa, Kiper said" is no list). Names shaped like district adjectives in a list that ends in
        a district word ("X, Y-ском и Z-ском районах") are those districts, not settlements."""
        names, joined, districts = self.list_items(pos, end, mentions)
        out = [form for raw, form in names if not (districts and self.lex.adjective_name.search(raw))]
        return out if joined or districts or len(out) >= 2 else []

    def after_districts(self, start: int, end: int, mentions: list[Mention]) -> list[str]:
        """The towns listed after a list of districts ("в X-ском и Y-ском районах, Шахтах и Таганроге"): each an
        incident beside the districts' own (which names no settlement); a district adjective is never one of them."""
        district = self.lex.district.search(self.text, start, end)
        return self.towns_after(district.end(), end, mentions) if district else []

    def towns_after(self, pos: int, end: int, mentions: list[Mention]) -> list[str]:
        """The towns listed right after the district word at ``pos`` ("..., Шахтах и Таганроге"): a real list only."""
        names, joined, _ = self.list_items(pos, end, mentions)
        towns = [form for raw, form in names if not self.lex.adjective_name.search(raw)]
        return towns if towns and (joined or len(towns) >= 2) else []

    def listed_before(self, start: int, pos: int, more: bool, mentions: list[Mention]) -> list[str]:
        """Bare names (dictionary form) listed between ``start`` and the name at ``pos`` ("атаковали Рыльск,
        посёлок Глушково и сёла ..."): a strong cue must not drop them. Only a real list: names after ``pos``
        (``more``) or "and" before it ("Near Kursk, the village of X" names a capital that only says where)."""
        lex, out, end = self.lex, [], pos
        while True:
            m, joined = None, False
            for c in lex.place_name.finditer(self.text, max(start, end - 60), end):
                if gap := lex.settlement_list_gap.fullmatch(self.low, c.end(), end):  # (the name nearest the list wins)
                    m, joined = c, bool((gap.groupdict().get("join") or "").strip(", "))
            if m is None or not self._bare_item(m.group("name"), m.start(), m.end(), mentions) \
                    or (end == pos and not (more or joined)):
                break
            out.append(settlement_form(m.group("name"), lex.morphology))
            end = m.start()
        return out[::-1]

    def _bare_item(self, name: str, start: int, end: int, mentions: list[Mention]) -> bool:
        """A bare name of a list that the gazetteer knows as a settlement (no region's, no word of ``not_places``)."""
        lex = self.lex
        return not (name.split()[0] in lex.not_places or region_adjective(name)
                    or any(r.start < end and start < r.end for r in mentions)) \
            and self._known(settlement_form(name, lex.morphology))

    def list_items(self, pos: int, end: int, mentions: list[Mention]) -> tuple[list[tuple[str, str]], bool, int]:
        """The names listed after ``pos`` (as written, dictionary form), whether "and" joins them, and where
        the list's districts end when it ends in districts (its last name followed by "районах", "округе"), else 0."""
        lex, out, joined = self.lex, [], False
        while True:
            gap = lex.settlement_list_gap.match(self.low, pos, end)
            m = gap and lex.place_name.match(self.text, gap.end(), end)
            if not m or m.group("name").split()[0] in lex.not_places or lex.not_place_after.match(self.text, m.end()) \
                    or any(r.start < m.end() and m.start() < r.end for r in mentions):
                break
            out.append((m.group("name"), settlement_form(m.group("name"), lex.morphology)))
            joined = bool(gap and re.search(r"\w", gap.group(0)))
            pos = m.end()
        district = lex.district.match(self.text, m.start(), end) if m and lex.adjective_name.search(m.group("name")) else None
        return out, joined, district.end() if district else 0

    def bracketed(self, start: int, end: int) -> list[str]:
        """Settlements named in brackets after what was hit there ("будинок (с. Мостове)")."""
        out = []
        for m in self.lex.bracketed_place.finditer(self.text, start, end):
            if m.groupdict().get("bare"):  # "(Нова Гусарівка)": a place only if the gazetteer says so
                form = settlement_form(m.group("bare"), self.lex.morphology)
                if self._bare_item(m.group("bare"), m.start(), m.end(), self.mentions_in(start, end)):
                    out.append(form)
            else:  # ("(с. Середній Бурлук)": the two words whole)
                out.append(settlement_form(self._longer_name(m.group("name"), m.end("name"), False)[0], self.lex.morphology))
        return out

    def _elided_district(self, name: str, start: int, end: int) -> bool:
        """"у Куп'янському районі ..., у Богодухівському - ...": a district adjective whose noun was said before."""
        lex = self.lex
        if " " in name or not lex.adjective_name.search(name) or not lex.ellipsis_dash.match(self.text, end):
            return False
        s = self.sentences[self.sentence_of(start)][0]
        return lex.district.search(self.text, s, start) is not None

    def _longer_name(self, name: str, end: int, weak: bool) -> tuple[str, int]:
        """"с. Лісна Стінка", "в Сірому Яру": an adjective and the capitalised word after it are one name,
        after a settlement word, or when the gazetteer knows the pair."""
        lex = self.lex
        nxt = lex.next_name.match(self.text, end)
        if not nxt or not lex.name_adjective.search(name) or self.mentions_in(nxt.start(), nxt.end()):
            return name, end
        longer = name + " " + nxt.group(0).strip()
        if weak and not self._district_after(nxt.end()):  # ("у Сотницькому Козачку Золочівської громади": its place)
            known = gazetteer_knows()
            if known is None or not known(settlement_form(longer, lex.morphology)):
                return name, end
        return longer, nxt.end()

    def _district_after(self, pos: int) -> bool:
        """A district or community in the genitive right after ``pos`` ("... Золочівської громади"): the name before
        it is a settlement's, whole, though the gazetteer does not spell it."""
        m = self.lex.next_name.match(self.text, pos)
        return m is not None and bool(self.lex.district.match(self.text, m.start() + 1, pos + 60))

    @staticmethod
    def _known(name: str) -> bool:
        known = gazetteer_knows()
        return known is None or known(name)

    def _second_word_not_place(self, name: str, end: int) -> bool:
        last = name.rsplit(" ", 1)[1]
        return (last in self.lex.not_places or last in self.lex.official_region
                or bool(self.lex.not_place_after.match(" " + last))
                or bool(self.lex.person_after.match(self.text, end))
                # "в станице Ильской Северского района": the second word names the district
                or self._district_word(end - len(last), end))

    def _district_word(self, start: int, end: int) -> bool:
        """The word at ``start``..``end`` names a district ("Северского района"), not one that only starts a
        two-word district name ("Козачку Золочівської громади": the village's word, then the community)."""
        m = self.lex.district.match(self.text, start, end + 40)
        return m is not None and m.end("name") == end

    def approached(self, pos: int, start: int) -> bool:
        """"сбит на подлёте к Курску": the city at ``pos`` was only approached, the drone downed near it (not a
        city that is a region of its own, "на підльоті до Києва": its air defence ring is the city's)."""
        if not self.lex.approach_to.search(self.low, max(start, pos - LOOKBACK), pos):
            return False
        i = bisect.bisect_left(self.mention_starts, pos)
        return not (i < len(self.mentions) and self.mentions[i].start == pos and self.mentions[i].code in ENCLOSING)

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
        if m and self.lex.not_location_before.search(self.low, max(start, m.start() - LOOKBACK), m.start()):
            m = self.lex.district.search(self.text, m.end(), end)  # "житель Кореневского района": where he lives
        if not m:
            return None
        words = m.group("name").split()
        if len(words) > 1 and self.lex.possessive.search(words[0]):
            words = words[1:]  # "Kharkiv's Kyivskyi district"
        return district_form(" ".join(words), self.lex.morphology) if words[0] not in self.lex.not_places else None

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

    def capital_elsewhere(self, name: str, region: str | None) -> str | None:
        """A listed town that is another region's capital ("officials in Tula and Lipetsk said") is in its region."""
        return (self.region_elsewhere(name, region) if region and name in self.lex.capitals else None) or region

    def region_elsewhere(self, settlement: str, region: str) -> str | None:
        """The region of a town named after a roundup of other regions ("... 12 over the Krasnodar region. In
        Taganrog, a drone struck a plant"), when the gazetteer places it for sure, under the name as the text
        has it, outside ``region`` (a village Murom in the Belgorod region stays there; "в деревне Урусы" read
        as an unknown "Уруса" of another region does not move the Kursk report)."""
        own = settlement_region(settlement)
        if own and not same_region(own, region) and region not in settlement_regions(settlement) \
                and gazetteer_spells(settlement):
            return own
        return None

    def town_region(self, settlement: str, region: str, start: int, end: int) -> str | None:
        """:meth:`region_elsewhere`, unless the span names a district called after a town of ``region`` ("the
        village of X in the Kupiansk district": the gazetteer lacks that X, and has one elsewhere)."""
        own = self.region_elsewhere(settlement, region)
        district = self.district(start, end) if own else None
        return None if district and region in settlement_regions(district) else own

    def capital_forms(self) -> set[str]:
        return {settlement_form(c, self.lex.morphology) for c in self.lex.capitals}

