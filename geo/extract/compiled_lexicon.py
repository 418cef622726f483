"""The compiled lexicon of one language: every word table and pattern the engine reads, by name.

Built by :func:`geo.extract.lexicon.load_lexicon`; kept apart from the loader so a new rule's field is
one line here and its pattern one line in the lexicon file.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Lexicon:
    """Compiled patterns of one language; built by :func:`load_lexicon`."""

    language: str
    morphology: str | None  # geo.extract.morph language for inflected place names, or None
    numbers: dict[str, int]
    qualifier_of: dict[str, str]
    num: re.Pattern
    numx: re.Pattern
    vague: re.Pattern
    drone: re.Pattern
    drone_context: re.Pattern
    other_weapons: re.Pattern
    generic_weapons: re.Pattern  # words of other_weapons that also name a drone attack ("обстріл")
    mixed_lead: re.Pattern  # "drone and missile attacks": drones and other weapons told as one attack
    speech_tail: re.Pattern  # "», — сказав він": the speaker's words after what they told (another story may follow)
    interception: re.Pattern
    strike: re.Pattern
    located_hits: re.Pattern  # "26 drones struck 16 locations": a national figure of hits, kept
    no_hits: re.Pattern  # "влучань не зафіксовано": an attack that hit nothing is no strike
    clock_time: re.Pattern  # "близько 02:00": a time of the report's day
    report_time: re.Pattern  # "said on Tuesday", "станом на 08:00": a date of the report, ends where the date starts
    holiday_dates: re.Pattern  # "в новогоднюю ночь": a day of the year by name; each branch a group m<month>d<day>
    clock_suffix: re.Pattern  # "11 p.m. Moscow time": the full stop ends no sentence (run on the text as is)
    debris: re.Pattern
    damage: re.Pattern
    attack_cause: re.Pattern  # "as a result of the attack": a cause told with the damage, no hit of its own
    hit_consequence: re.Pattern  # a sentence opening "as a result of the hit": what the hit just told did
    happened: re.Pattern  # "it happened in X": the place of the incident just told
    fall: re.Pattern  # a downed drone that fell somewhere ("One of them fell near Khoiniki")
    backreference: re.Pattern
    followup: re.Pattern
    blockers: re.Pattern
    skip_sentence: re.Pattern
    aside: re.Pattern  # a line that reports nothing itself ("Read also: ...", "Photo: ...")
    background: re.Pattern  # opens a paragraph of older events ("Нагадаємо, ...")
    recap: re.Pattern  # ... of those, a recap whose sentences that name drones are incidents of their own
    closing_section: re.Pattern  # a background heading whose section runs to the end of the text
    also: re.Pattern  # opens a clause that adds one more incident ("Также атакован ...")
    another: re.Pattern  # opens a clause that adds to the last count ("..., ще 3 локаційно втрачені")
    earlier: re.Pattern  # opens a sentence telling what came before the latest news ("До этого ...")
    more_downed: re.Pattern  # "над регионом сбили ещё один беспилотник": drones downed on top of those told
    one_of_downed: re.Pattern  # opens a sentence with one drone falling ("Один дрон сдетонировал"): one just downed
    same_city: re.Pattern  # the city named before ("in the city")
    debris_found: re.Pattern  # "fragments of two drones were found": what hit, not a shoot-down
    open_water: re.Pattern  # seas listed with a region: the figure is not the region's
    sea_figure: re.Pattern  # a roundup's count for open water (groups n, or same: as many as the one before)
    locating: re.Pattern  # a sentence saying where the last incident happened ("it occurred in ...")
    source_line: re.Pattern  # "This was reported by the governor": who told it, nothing of the incident
    hit_detail: re.Pattern  # "the strike fell on a household": what the last strike hit, no new incident
    day_part: re.Pattern  # a time of the day opening a sentence, one named group each (night, morning, ...)
    repelled: re.Pattern  # "the attack was repelled": the report's drones were downed (their damage is debris)
    repelled_wording: re.Pattern  # "атака дронов зафиксирована над X", "из-за падения БПЛА": its drones, no strike
    repeated: re.Pattern  # a second strike at the same place ("a repeated strike"): one more hit
    next_drone: re.Pattern  # a clause opening on one more drone ("A second drone ..."): the drones told one by one
    oblast_day: re.Pattern  # the oblast's tally of the day: no figure of one community's strike
    wider_district: re.Pattern  # a district named as the unit that holds communities ("... районі")
    all_downed: re.Pattern  # "shot down all targets": every drone of the report downed (falls.py)
    fall_after: re.Pattern  # ... and a fall told after it, also as a noun ("the drone's crash")
    downed_in_sentence: re.Pattern  # "attacked X, but they were shot down": the attack's drones were downed
    toll_rose: re.Pattern  # "the number of injured rose" with no new figure: the next victims add to the toll
    history: re.Pattern
    subclause_tails: re.Pattern
    clause_breaks: re.Pattern
    remainder: re.Pattern
    ellipsis: re.Pattern
    ellipsis_sentence: re.Pattern  # a sentence of a time and a place only ("Вночі – по Нікополю.")
    ellipsis_dash: re.Pattern  # the dash that stands for words left out ("у Богодухівському - будинки")
    national: re.Pattern
    counts: tuple[tuple[str, re.Pattern, bool], ...]  # kind, pattern, needs a written number
    each: re.Pattern
    plus_count: re.Pattern  # "... and one Lancet" right after a count: added to it
    paired_counts: re.Pattern  # "12 and 7 drones" over as many regions: each region its figure, in order
    more_hits: re.Pattern  # "два удари ..., ще один – по школі": hits added to the count, their verb left out
    each_counts: tuple[re.Pattern, ...]
    roundup_before: re.Pattern
    roundup_after: re.Pattern
    restated_drones: re.Pattern  # "these drones targeted ...": a sentence about drones already counted
    detected_over: re.Pattern  # "they were detected over": where the drones just counted were (clause_event.py)
    roundup_rest: re.Pattern  # "and the rest over the X and Y regions": a roundup's last regions, no count
    partial_total: re.Pattern  # "in total": a national figure that sums up the regions told before it
    part_of_total: re.Pattern  # "Из них три над X": a sentence that opens with a part of the total just told
    vague_part: re.Pattern  # "Most of the drones were downed over X": a share of the total with no number
    roundup_besides: re.Pattern  # "Кроме Московской области, 47 над ...": regions with drones downed, no count
    roundup_same: re.Pattern  # "столько же — над Крымом": the count of the region named before
    roundup_another: re.Pattern  # "one over X and another over Y": one drone more, over Y
    region_list_gap: re.Pattern
    settlement_list_gap: re.Pattern  # between the names of a list of settlements
    within_gap: re.Pattern
    casualties: tuple[tuple[str, re.Pattern, int | None], ...]  # kind, pattern, the number it states
    casualty_cue: re.Pattern
    all_cases: re.Pattern  # "in all cases": a toll that covers every incident of the report
    age_word: re.Pattern  # "47-річний", "40-летний": one person each in a list of victims
    added_victim: re.Pattern  # "ще одна людина постраждала": victims told as more than those before
    died_of_wounds: re.Pattern  # "died in hospital", "one of the wounded died": the dead were among the wounded
    article_number: re.Pattern  # "a further three people": the number after the article is the toll
    age_before: re.Pattern  # "a woman aged 71", "a man, 47": the number after it is an age
    age_after: re.Pattern  # "... 70 та 65 років", "1960 року народження": the number before it is an age or a year
    toll_refers_back: re.Pattern  # "... was injured in the attack": the toll of the incident told before
    gapped_toll: re.Pattern  # "у X поранено чоловіка, у Y – двох жінок": victims whose verb the clause before states
    absent_words: re.Pattern  # casualty words an absence may be stated of: groups both / killed / injured
    absence_before: re.Pattern  # "нет", "без", "no one": an absence cue before the casualty word
    absence_after: re.Pattern  # "нет", "не зафиксировано", "none": an absence cue after it
    absence_veto: re.Pattern  # "нет данных о", "whether": an absence of news, not of casualties
    absence_break: re.Pattern  # "но", "but", "кроме": a turn between the word and the cue
    date_cue: re.Pattern
    event_cue: re.Pattern
    singular_persons: frozenset[str]
    pronouns: frozenset[str]
    definite: frozenset[str]
    possessive: re.Pattern
    targets: re.Pattern
    target_names: tuple[str, ...]
    target_parts: re.Pattern
    target_part_names: tuple[str, ...]
    fire: re.Pattern
    hit_counts: tuple[re.Pattern, ...]  # how many times a place was hit ("five strikes", "hit twice")
    fire_at: re.Pattern  # a fire at a named facility ("a fire at the refinery"): what was hit
    abbreviations: frozenset[str]
    settlement_cues: tuple[tuple[re.Pattern, bool, bool, bool], ...]  # (rx, near, weak, known: the gazetteer must know it)
    place_name: re.Pattern  # one more name of a list ("Климово, Суземка и Погар"), case-sensitive
    bracketed_place: re.Pattern  # "(с. Мостове)": a settlement in brackets after what was hit there
    place_header: re.Pattern  # a sentence opened by a place ("Охтирка: внаслідок атаки ...")
    not_places: frozenset[str]
    name_articles: frozenset[str]  # capitalised words before a name that are no part of it ("The")
    city_regions: dict[str, str]  # a region that is one city -> the city ("UA-30" -> "Kyiv")
    city_quarters: frozenset[str]  # city regions with no other settlement: a place named there is a quarter of the city
    regional_centre: tuple[re.Pattern, dict[str, str], re.Pattern]  # "обласний центр", each capital, "Сумська громада"
    capitals: frozenset[str]
    spellings: dict[str, str]  # a settlement's other spellings -> the one used ("Kharkov" -> "Kharkiv")
    landmarks: tuple[tuple[re.Pattern, str, str], ...]  # an attacked landmark -> its region and city ("the Kremlin")
    around_city: re.Pattern
    person_after: re.Pattern
    capital_before: re.Pattern
    capital_after: re.Pattern  # "Sumy came under attack": the city, as the subject
    not_place_after: re.Pattern
    adjective_name: re.Pattern  # a name shaped like a place adjective ("Туапсинском")
    name_adjective: re.Pattern  # a first word shaped like an adjective: the name may go on ("Лісна Стінка")
    next_name: re.Pattern  # the capitalised word after a name
    facility_after: re.Pattern  # ... before a facility ("НПЗ"): the settlement it is made from
    city_facility_after: re.Pattern  # ... after a region's adjective: the city's facility ("Рязанский НПЗ")
    district: re.Pattern
    not_location_before: re.Pattern
    destination_before: re.Pattern  # "flying to": the region after it is where drones were heading
    heading_unnamed: re.Pattern  # "flying to the capital": heading for a place no region mention names
    suburb_of: re.Pattern  # "передмістя X": X's suburbs, not X (suburbs.py)
    fall_of_drone: re.Pattern  # "its fall": a drone's fall told as the event (after its shoot-down)
    approach_to: re.Pattern  # "on approach to": the region around the city after it, never the city itself
    border_between: re.Pattern  # "on the border of the X and Y regions": the official's side of it (clause_regions.py)
    resident_of: re.Pattern  # "a resident of": the settlement after it is where a victim lived
    attacked_capital: re.Pattern  # "an attack on Moscow": group c, the capital drones were sent at, no downing place
    launch_from: re.Pattern  # "launched from": the region names up to launch_from_ends are no places
    launch_from_ends: re.Pattern
    not_location_after: re.Pattern
    speaks_after: re.Pattern  # "Moscow kept up ...": the government, not the place
    place_before: re.Pattern  # "in occupied Donetsk said": the place after all
    officials: re.Pattern
    official_region: dict[str, str]
    official_title: re.Pattern
    official_title_after: re.Pattern  # "Bogomaz, Governor of Bryansk Oblast": the title after the name
    official_speaks: re.Pattern  # "..., Bogomaz wrote": untitled, in a text that says "our region"
    official_city: re.Pattern  # "head of the Odesa city administration X": the city his title names (official_titles.py)
    own_region: re.Pattern
    same_region: re.Pattern
    part_of_before: re.Pattern  # "..., of which 32 were downed": the clause is a part of the drones just told
    focus_total: re.Pattern  # "In total, ...": a national cue that says "all of them", not where
    country_wide: re.Pattern  # "... at Ukraine", "across the country": the attack was the country's
    district_centre: re.Pattern  # "the district centre": the town a district is named after
    district_area: re.Pattern  # "Нікопольщина": a district by its colloquial name, the stem of its town
    districts_beside_town: re.Pattern  # towns and districts listed together (district_lists.py)
    road_place: re.Pattern  # a road as the place of a strike (summaries.on_road)
    plural_region: re.Pattern  # regions sharing one plural region word (capital_lists: no city there)
    list_runs_on: re.Pattern  # after a stray full stop or line break, the rest of a region list ("...Курской. Липецкой областях")
    report_period: re.Pattern  # "с полуночи до 06:00": the period a figure covers (settlements.happened_when)
    country_cues: tuple[tuple[str, re.Pattern], ...]
    months: dict[str, int]
    ordinal_days: dict[str, int]  # "першого" (грудня): a day of the month as a word
    weekdays: dict[str, int]
    absolute_dates: re.Pattern
    relative_dates: tuple[tuple[re.Pattern, int], ...]
    range_dates: tuple[tuple[re.Pattern, int], ...]
    weekday: re.Pattern
    dateline: re.Pattern  # a wire story's place, date and agency before the text
    unknown_date: re.Pattern

    def number(self, word: str | None) -> int | None:
        """The value of a number as written ("25", "1,200", "twenty-five", "a")."""
        if not word:
            return None
        w = re.sub(r"[\s-]+", " ", word.strip().lower())
        if w.replace(",", "").isdigit() and w.isascii():  # (isdigit() accepts some non-ASCII digits)
            return int(w.replace(",", ""))
        if w in self.numbers:
            return self.numbers[w]
        parts = w.split(" ")
        if len(parts) == 2 and parts[0] in self.numbers and parts[1] in self.numbers:
            return self.numbers[parts[0]] + self.numbers[parts[1]]
        return None

    def qualifier(self, text: str | None) -> str | None:
        """``at_least`` / ``approximate`` for a qualifier as written, else None."""
        if not text:
            return None
        return self.qualifier_of.get(re.sub(r"\s+", " ", text.strip().lower()))
