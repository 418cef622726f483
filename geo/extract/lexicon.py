"""A language's words and patterns, loaded from ``geo/lexicons/<lang>.toml``.

The engine never spells a word of any language: everything it matches comes
from the lexicon file, so Russian and Ukrainian are new data files, not new
code.  Placeholders such as ``{NUM}`` and ``{DRONE}`` are expanded here once
and every pattern is compiled once per language.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from geo.extract.lexicon_optional import optional_keys
from geo.extract.lowering import compile_ci, lower_text  # noqa: F401 - lower_text is read from here too
from geo.ordered_patterns import OrderedPatterns
from geo.patterns import compile_pattern

LEXICON_DIR = Path(__file__).resolve().parent.parent / "lexicons"
#: The pattern of an optional lexicon key a language leaves out: it never matches, and its minimum length
#: (longer than any text extract() reads) makes the engine turn each search down at once, where a bare
#: "(?!)" is tried at every position of the span (a whole text for some: about 3 % of extraction).
NEVER = r"(?!)[^\s\S]{100000000}"


def available_languages() -> list[str]:
    """Language codes that have a lexicon file."""
    return list(_lexicon_files())


@lru_cache(maxsize=1)
def _lexicon_files() -> tuple[str, ...]:
    """The lexicon directory, listed once: extract() asks for every paragraph of every text."""
    return tuple(sorted(p.stem for p in LEXICON_DIR.glob("*.toml")))


def _alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


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
    more_hits: re.Pattern  # "два удари ..., ще один – по школі": hits added to the count, their verb left out
    each_counts: tuple[re.Pattern, ...]
    roundup_before: re.Pattern
    roundup_after: re.Pattern
    restated_drones: re.Pattern  # "these drones targeted ...": a sentence about drones already counted
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
    age_after: re.Pattern  # "... 70 та 65 років", "1960 року народження": the number before it is an age or a year
    toll_refers_back: re.Pattern  # "... was injured in the attack": the toll of the incident told before
    gapped_toll: re.Pattern  # "у X поранено чоловіка, у Y – двох жінок": victims whose verb the clause before states
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


APOSTROPHES = "'\u2019\u02bc"


def _apostrophes(words: dict[str, int]) -> dict[str, int]:
    """Number words in every apostrophe texts use ("п'ятеро", "п’ятеро", "пʼятеро"): the lexicon lists one or two."""
    out = dict(words)
    for k, v in words.items():
        for a in APOSTROPHES:
            out.setdefault(re.sub(f"[{APOSTROPHES}]", a, k), v)
    return out


def _word_starts(words: list[str]) -> re.Pattern:
    """A test for words starting like ``words`` (lower case; run on lower_text)."""
    return compile_ci(r"\b(?:" + "|".join(w if "\\" in w else re.escape(w) for w in words) + ")")


def _expand(pattern: str, parts: dict[str, str]) -> str:
    for key, value in parts.items():
        pattern = pattern.replace("{" + key + "}", value)
    return pattern


@lru_cache(maxsize=None)
def load_lexicon(language: str = "en") -> Lexicon:
    """The compiled lexicon for ``language`` (raises KeyError when there is none)."""
    path = LEXICON_DIR / f"{language}.toml"
    if not path.exists():
        raise KeyError(language)
    d: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    nums = d["numbers"]
    units = _apostrophes({re.sub(r"\s+", " ", k.lower()): v for k, v in nums["units"].items()})
    tens = _apostrophes({k.lower(): v for k, v in nums["tens"].items()})
    digits_units = {k: v for k, v in units.items() if 1 <= v <= 9 and k not in nums.get("article_words", [])
                    and " " not in k and k != "single"}
    num_alt = (rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{_alternation(tens)})(?:[\s-](?:{_alternation(digits_units)}))?"
               rf"|{_alternation(units)})")
    num = rf"(?<![\w.,:-])(?:{num_alt})(?![\w-]|:\d)"
    strict_units = {k: v for k, v in units.items() if k not in nums.get("article_words", []) and k != "single"}
    numx = (rf"(?<![\w.,:])(?<![\w.,:]-)(?:\d{{1,3}}(?:,\d{{3}})+|\d+"
            rf"|(?:{_alternation(tens)})(?:[\s-](?:{_alternation(digits_units)}))?"
            rf"|{_alternation(strict_units)})(?![\w-]|:\d)")
    quals = d["qualifiers"]
    qualifier_of = {q.lower(): "at_least" for q in quals["at_least"]}
    qualifier_of.update({q.lower(): "approximate" for q in quals["approximate"]})
    drones = d["drones"]
    parts = {
        "NUMX": numx, "NUM": num,
        "QUAL": rf"(?:(?:{_alternation(qualifier_of)})\s+)",
        "DRONE": drones["nouns"],
        "ADJ": drones["modifier"],
        "MONTH": rf"(?:{_alternation(d['dates']['months'])})",
        "ORDDAY": rf"(?:{_alternation(d['dates'].get('ordinal_days', {})) or NEVER})",
    }
    persons = d["persons"]
    parts["PERSON"] = rf"(?:{_alternation(persons['singular'] + persons['plural'])})"
    parts["PERSON1"] = rf"(?:{_alternation(persons['singular'])})"  # one person ("водій", "жінку")
    places = d["places"]
    parts["NAME"] = places["name"]
    parts["PLACE_ADJ"] = places["place_adjectives"]

    def c(pattern: str) -> re.Pattern:
        return compile_ci(_expand(pattern, parts))

    def any_of(patterns: list[str]) -> re.Pattern:
        return c("|".join(f"(?:{p})" for p in patterns))

    ev = d["events"]
    targets = d["targets"]["table"]
    def table(rows: list[list[str]]) -> re.Pattern:
        groups = "|".join(f"(?P<t{i}>{_expand(rx, parts)})" for i, (rx, _) in enumerate(rows))
        return compile_ci(rf"\b(?:{groups})\b")

    dates = d["dates"]
    cues = tuple((c(row["re"]), bool(row.get("near")), bool(row.get("weak")), bool(row.get("known")))
                 for row in places["cues"])
    optional = {f: c(d[section].get(k or f, NEVER)) for f, section, k in optional_keys()}
    return Lexicon(
        **optional,
        language=d.get("language", language),
        morphology=d.get("morphology"),
        numbers={**units, **tens, **nums.get("times", {})},  # "twice": a number, never a count by itself
        qualifier_of=qualifier_of,
        num=c(num),
        numx=c(numx),
        vague=c(quals["vague"]),
        drone=c(r"\b" + drones["nouns"] + r"\b"),
        drone_context=c(drones["drone_context"]),
        other_weapons=c(drones["other_weapons"]),
        interception=any_of(ev["interception"]),
        strike=any_of(ev["strike"]),
        debris=c(ev["debris"]),
        damage=c(ev["damage"]),
        backreference=c(ev["backreference"]),
        followup=c(ev["followup"]),
        blockers=c(ev["blockers"]),
        skip_sentence=any_of(ev["skip_sentence"]),
        history=c(ev["history"]),
        subclause_tails=c(ev["subclause_tails"]),
        clause_breaks=c(ev["clause_breaks"]),
        remainder=c(ev["remainder"]),
        ellipsis=c(ev["ellipsis"]),
        national=c(ev["national"]),
        counts=tuple((row["kind"], c(row["re"]), "{NUMX}" in row["re"]) for row in d["counts"]["patterns"]),
        hit_counts=tuple(c(rx) for rx in d["counts"].get("hits", [])),
        each=c(d["counts"]["each"]),
        each_counts=tuple(c(rx) for rx in d["counts"]["each_counts"]),
        roundup_before=c(d["counts"]["roundup_before"]),
        roundup_after=c(d["counts"]["roundup_after"]),
        region_list_gap=c(d["counts"]["region_list_gap"]),
        settlement_list_gap=c(d["counts"].get("settlement_list_gap", d["counts"]["region_list_gap"])),
        casualties=tuple((row["kind"], c(row["re"]), row.get("n")) for row in d["casualties"]["patterns"]),
        casualty_cue=c(d["casualties"]["cue"]),
        date_cue=_word_starts(dates["cue_words"]),
        event_cue=_word_starts(ev["cue_words"]),
        singular_persons=frozenset(p.lower() for p in persons["singular"]),
        pronouns=frozenset(persons["pronouns"]),
        definite=frozenset(persons["definite"]),
        possessive=compile_pattern(places["possessive"]),
        targets=table(targets),
        target_names=tuple(name for _, name in targets),
        target_parts=table(d["targets"]["parts"]),
        target_part_names=tuple(name for _, name in d["targets"]["parts"]),
        fire=c(d["targets"]["fire"]),
        abbreviations=frozenset(d["sentences"]["abbreviations"]),
        settlement_cues=cues,
        place_name=c(r"(?P<name>{NAME})"),
        place_header=c(r"(?:[^\w\s]+\s*)?(?P<name>{NAME})\s*:\s"),  # also after a bullet: "▪️Куп'янськ: ..."
        not_places=frozenset(places["not_places"]),
        name_articles=frozenset(places.get("name_articles", [])),
        city_regions=dict(places.get("city_regions", {})),
        regional_centre=(c(places.get("regional_centre", NEVER)), dict(places.get("region_capitals", {})), c(places.get("capital_hromada", NEVER))),
        capitals=frozenset(places["capitals"]),
        spellings=dict(places.get("spellings", {})),
        landmarks=tuple((c(m["pattern"]), m["region"], m["city"]) for m in places.get("landmarks", [])),
        around_city=c(places["around_city"]),
        person_after=compile_pattern(places["person_after"]),
        capital_before=c(places["capital_before"]),
        not_place_after=compile_pattern(places["not_place_after"]),
        adjective_name=compile_pattern(places.get("adjective_name", NEVER)),
        name_adjective=compile_pattern(places.get("name_adjective", NEVER)),
        next_name=compile_pattern(places.get("next_name", NEVER)),
        district=c(places["district"]),
        not_location_before=c(places["not_location_before"]),
        not_location_after=c(places["not_location_after"]),
        officials=compile_pattern(rf"\b(?:{_alternation(d['officials']['names'])})\b"),
        official_region=dict(d["officials"]["names"]),
        official_title=c(d["officials"]["title"]),
        same_region=c(places["same_region"]),
        country_cues=tuple((code, c(rx)) for code, rx in places["country_cues"]),
        months={k.lower(): v for k, v in dates["months"].items()},
        ordinal_days={k.lower(): v for k, v in dates.get("ordinal_days", {}).items()},
        weekdays={k.lower(): v for k, v in dates["weekdays"].items()},
        absolute_dates=any_of_named(dates["absolute"], parts),
        relative_dates=tuple((c(rx), days) for rx, days in dates["relative"]),
        range_dates=tuple((c(rx), days) for rx, days in dates["ranges"]),
        weekday=c(dates["weekday"]),
        unknown_date=c(dates["unknown"]),
    )


def any_of_named(patterns: list[str], parts: dict[str, str]) -> re.Pattern:
    """Alternatives that reuse group names: the earliest match of any (:class:`geo.patterns.OrderedPatterns`)."""
    return OrderedPatterns(tuple(compile_ci(_expand(p, parts)) for p in patterns))  # type: ignore[return-value]
