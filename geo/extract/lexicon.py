"""A language's words and patterns, loaded from ``geo/lexicons/<lang>.toml``.

The engine never spells a word of any language: everything it matches comes
from the lexicon file, so Russian and Ukrainian are new data files, not new
code.  Placeholders such as ``{NUM}`` and ``{DRONE}`` are expanded here once
and every pattern is compiled once per language.
"""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from geo.extract.compiled_lexicon import Lexicon
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
    # (a language may wrap the noun in the ways it tells an age: "a 54 year old man", "a woman aged 71", "a 63-year-old")
    nouns = _alternation(persons['singular'] + persons['plural'])
    parts["PERSON"] = rf"(?:{persons.get('shape', '{NOUNS}').replace('{NOUNS}', nouns)})"
    parts["PERSON1"] = rf"(?:{_alternation(persons['singular'])})"  # one person ("водій", "жінку")
    for k, v in d.get("casualties", {}).get("predicates", {}).items():  # {HURT}, {DEAD}; one may use those before it
        parts[k] = f"(?:{_expand(v, parts)})"
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
        city_quarters=frozenset(places.get("city_quarters", ())),
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
