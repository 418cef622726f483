"""Regions named in a text: English stems with or without a region word, Russian/Ukrainian names in any case.

The names come from the registry and ``region_aliases.tsv`` (:mod:`geo.places.regions`);
how texts inflect them and which words make them explicit come from
``geo/lexicons/region_forms.toml``.  Nothing here loads a polygon.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable

from geo.data.paths import REGION_FORMS_PATH
from geo.patterns import compile_pattern
from geo.places.letter_runs import ANY_CYRILLIC, CYR_LETTERS, folded, name_runs
from geo.places.regions import region_aliases, regions

_FORMS: dict[str, Any] = tomllib.loads(REGION_FORMS_PATH.read_text(encoding="utf-8"))
_CYR: dict[str, Any] = _FORMS["cyrillic"]


@dataclass(frozen=True)
class RegionMention:
    """A region named in a text.

    ``explicit`` is true when a region word came with the name ("Kursk
    region", "the Kaluga and Tula regions", "Белгородской области"); a bare
    name ("Kursk") may also mean the region's main city.
    """

    start: int
    end: int
    code: str
    explicit: bool
    text: str


def _words(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` in their order, any white space between a word's parts."""
    return "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in words)


#: English words that turn a stem into an explicit region name.
EN_REGION_WORDS = f"(?:{_words(_FORMS['en']['region_words'])})"
EN_REGION_WORDS_PLURAL = f"(?:{_words(_FORMS['en']['region_words_plural'])})"

#: Case endings of Russian/Ukrainian region names (nominative ending -> all forms).
CYRILLIC_ENDINGS: list[tuple[str, tuple[str, ...]]] = [(e["ending"], tuple(e["forms"])) for e in _CYR["endings"]]
_EXPLICIT_WORDS: tuple[str, ...] = tuple(_CYR["explicit_words"])


def _cyrillic_forms(name: str) -> set[str]:
    """Case forms of a Russian/Ukrainian region name (word by word)."""
    words = re.split(r"(\s+|\s*[—-]\s*)", name)
    options: list[list[str]] = []
    for w in words:
        forms = [w]
        for ending, repl in CYRILLIC_ENDINGS:
            if repl and w.endswith(ending):
                stem = w[: len(w) - len(ending)]
                forms = [stem + r for r in repl]
                break
        options.append(forms)
    out = {""}
    for opts in options:
        out = {prefix + o for prefix in out for o in opts}
        if len(out) > 400:  # long names: keep the nominative rather than explode
            return {name}
    return out | {name}


_EN_SUFFIX_STRIP = re.compile(rf"\s+(?:{'|'.join(map(re.escape, _FORMS['en']['name_suffixes']))})$", re.I)


@dataclass(frozen=True)
class _Alias:
    code: str
    bare: str | None  # code meant without a region word; None = only with one


@lru_cache(maxsize=1)
def _alias_tables() -> tuple[dict[str, _Alias], dict[str, str]]:
    """English stems and Cyrillic forms, from the TSV plus the region table."""
    en: dict[str, _Alias] = {}
    cyr: dict[str, str] = {}
    for row in region_aliases():
        if row.lang == "en":
            bare = None if row.bare == "-" else (row.bare or row.code)
            en.setdefault(row.alias, _Alias(row.code, bare))
        else:
            for form in _cyrillic_forms(row.alias):
                cyr.setdefault(form.lower(), row.code)
    for r in regions().values():
        stem = _EN_SUFFIX_STRIP.sub("", r.name_en).strip()
        for name in {r.name_en, stem}:
            en.setdefault(name, _Alias(r.code, r.code))
        for name in (r.name_ru, r.name_uk, *_as_region(r.name_ru, "ru"), *_as_region(r.name_uk, "uk")):
            for form in _cyrillic_forms(name):
                cyr.setdefault(form.lower(), r.code)
    return en, cyr


#: "Курская область" is also "Курский регион", "Сумська область" "Сумський регіон".
_AS_REGION = {lang: (re.compile(_FORMS[lang]["as_region"]["pattern"]), _FORMS[lang]["as_region"]["name"])
              for lang in ("ru", "uk")}


def _as_region(name: str, lang: str) -> list[str]:
    """The name said with the word "region" ("Московский регион"), for an oblast or krai."""
    rx, pattern = _AS_REGION[lang]
    m = rx.match(name or "")
    return [pattern.format(m.group(1), m.group(2))] if m else []


def _alternation(words: Iterable[str]) -> str:
    # (longest first; equal lengths in a fixed order, so the source is the same in every process: geo.pattern_cache)
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _english_pattern() -> re.Pattern:
    en, _ = _alias_tables()
    return compile_pattern(rf"(?<![\w\-])(?:{_alternation(en)})(?![\w\-])")


# Cyrillic names are looked up, not searched with a regex (see geo.places.letter_runs).
@lru_cache(maxsize=1)
def _cyrillic_index() -> dict[str, tuple[int, ...]]:
    """First run of letters of each lower-cased Cyrillic form -> the forms' lengths, longest first."""
    _, cyr = _alias_tables()
    lengths: dict[str, set[int]] = {}
    for form in cyr:
        first = CYR_LETTERS.match(form)
        if not first:
            raise ValueError(f"Cyrillic region alias must start with a letter: {form!r}")
        lengths.setdefault(first.group(), set()).add(len(form))
    return {run: tuple(sorted(ls, reverse=True)) for run, ls in lengths.items()}


@lru_cache(maxsize=1)
def cyrillic_name_keys() -> frozenset[str]:
    """The runs of letters that start some name (the index's keys), as a set to intersect with."""
    return frozenset(_cyrillic_index())


def _is_word_char(ch: str) -> bool:
    """What bounds a name: letters, digits, "_" and "-" (``[\\w-]`` of a regex)."""
    return ch.isalnum() or ch == "_" or ch == "-"


def _cyrillic_mentions(text: str) -> list[RegionMention]:
    """Russian/Ukrainian names in any letter case, the longest form at each word start.

    A form matches where no letter, digit, "_" or "-" touches it on either side; the search
    goes on after the end of each match, as ``re.finditer`` would.
    """
    _, cyr = _alias_tables()
    index = _cyrillic_index()
    low = folded(text)
    out: list[RegionMention] = []
    free, size = 0, len(low)
    for start, run in name_runs(low, cyrillic_name_keys()):
        if start < free or (start and _is_word_char(low[start - 1])):
            continue
        for length in index[run]:
            end = start + length
            if end > size:
                continue
            form = low[start:end]
            if form in cyr and (end == size or not _is_word_char(low[end])):
                explicit = any(w in form for w in _EXPLICIT_WORDS)
                out.append(RegionMention(start, end, cyr[form], explicit, text[start:end]))
                free = end
                break
    return out


_SUFFIX_AFTER = re.compile(rf"(?:['’]s)?\s+{EN_REGION_WORDS}\b", re.IGNORECASE)
_PLURAL_AFTER = re.compile(rf"\s+{EN_REGION_WORDS_PLURAL}\b", re.IGNORECASE)
_LIST_GAP = re.compile(r"\s*(?:,|,?\s+and|,?\s+as well as|&)\s*(?:the\s+)?", re.IGNORECASE)
_NAMED_AS_REGION = re.compile(rf"(?:^republic\b|\b{EN_REGION_WORDS}$)", re.IGNORECASE)
_PREFIX_BEFORE = re.compile(
    rf"(?:{EN_REGION_WORDS}|{EN_REGION_WORDS_PLURAL})\s+of\s+(?:the\s+)?$", re.IGNORECASE
)


#: Russian/Ukrainian lists sharing one plural region word: "над Тульской и Калужской областями".
#: Each adjective is looked up with a singular region word. A lone adjective counts too: the plural
#: word then closes a list whose other items left it out ("12 — над Тульской, пять — над Рязанской областями").
_CYR_AND = f"(?:{_words(_CYR['list_conjunctions'])})"
_CYR_FIGURE = f"(?:{_CYR['list_item_figure']})?"
_CYR_FIGURE_RX = re.compile(_CYR['list_item_figure'])
_CYR_LIST = re.compile(  # (a stray line break between two names is a separator too: "Курской, Брянской\nОрловской";
    # a conjunction is never an item, or a lone "и" on a line could be either and the search would try every reading)
    rf"((?:(?!{_CYR_AND}\b)[\w-]+{_CYR_FIGURE}(?:\s*,\s*|\s+{_CYR_AND}\s+|[^\S\n]*\n\s*))*[\w-]+){_CYR_FIGURE}\s+"
    rf"(?:{_words(_CYR['list_plural_words'])})\b", re.IGNORECASE)
#: What every such list ends with: a text without it has none (the list search is slow, this is not).
_CYR_LIST_END = re.compile(rf"\s(?:{_words(_CYR['list_plural_words'])})\b", re.IGNORECASE)
_CYR_LIST_SEP = re.compile(rf"\s*,\s*|\s+{_CYR_AND}\s+|[^\S\n]*\n\s*", re.IGNORECASE)
#: A list ending in a plural word that is also a singular case ("Брянскую, Курскую и Калужскую области"): found
#: by its end (a conjunction before the last name, cheap), then read back within a window before it.
_CYR_PAIRED = _words(_CYR["list_paired_plural_words"])
_CYR_PAIRED_END = re.compile(rf"\s{_CYR_AND}\s+[\w-]+\s+(?:{_CYR_PAIRED})\b", re.IGNORECASE)
_CYR_PAIRED_LIST = re.compile(rf"((?:[\w-]+(?:\s*,\s*|\s+{_CYR_AND}\s+))+[\w-]+)\s+(?:{_CYR_PAIRED})\Z", re.IGNORECASE)
PAIRED_REACH = 160  # characters before a paired list's end where its first name may be
_CYR_SINGULAR: tuple[str, ...] = tuple(_CYR["singular_words"])
_CYR_ADJECTIVE_NOUNS: tuple[str, ...] = _CYR_SINGULAR + tuple(_CYR["adjective_words"])


def _cyrillic_list_mentions(text: str, cyr: dict[str, str], taken: set[int]) -> list[RegionMention]:
    out: list[RegionMention] = []
    if _CYR_LIST_END.search(text):
        for m in _CYR_LIST.finditer(text):
            out += _list_names(text, m, 0, cyr, taken)
    for e in _CYR_PAIRED_END.finditer(text):
        ws = max(0, e.start() - PAIRED_REACH)
        found = _CYR_PAIRED_LIST.search(text[ws:e.end()])
        if found:
            out += _list_names(text, found, ws, cyr, taken | {r.start for r in out})
    return out


def _list_names(text: str, m: re.Match[str], offset: int, cyr: dict[str, str], taken: set[int]) -> list[RegionMention]:
    """The regions a list match names (``m`` found in the text from ``offset`` on), one mention each."""
    out: list[RegionMention] = []
    pos = offset + m.start(1)
    words = [_CYR_FIGURE_RX.sub("", w) for w in _CYR_LIST_SEP.split(m.group(1))]
    for i, word in enumerate(words):
        start = text.index(word, pos)
        pos = start + len(word)
        code = next((cyr[k] for k in (f"{word.lower()} {n}" for n in _CYR_SINGULAR) if k in cyr), None)
        if code and start not in taken:
            # (the last name keeps the plural word, unless a figure stands between them)
            end = offset + m.end() if i == len(words) - 1 and not _CYR_FIGURE_RX.match(text, pos) else pos
            out.append(RegionMention(start, end, code, True, text[start:end]))
    return out


#: A region adjective whose region word is left out because the sentence just used it: a
#: preposition before it, a dash, colon, comma, bracket, full stop or "и/та ..." after it.
_CYR_FOLLOWERS = f"(?:{_words(_CYR['elided_followers'])})"
_CYR_ELIDED_END = rf"(?=\s*(?:[—–:,;()-]|$)|\.(?:\s|$)|\s+{_CYR_FOLLOWERS}\s)"
_CYR_ELIDED = re.compile(rf"(?<![\w-])(?:{_words(_CYR['elided_prepositions'])})\s+([^\W\d_][\w'ʼ’-]*)"
                         + _CYR_ELIDED_END, re.IGNORECASE)
_CYR_ELIDED_WORDS: tuple[str, ...] = tuple(_CYR["elided_words"])
ELIDED_REACH = 200  # characters after a region word where it may be left out


def _cyrillic_elided_mentions(text: str, cyr: dict[str, str], found: list[RegionMention]) -> list[RegionMention]:
    """Adjectives that name a region with the region word of an explicit mention just before them."""
    out: list[RegionMention] = []
    taken = {m.start for m in found}
    for m in found:
        noun = m.text.split()[-1].lower() if m.explicit and " " in m.text else None
        if not noun or not any(noun.startswith(w) for w in _CYR_ELIDED_WORDS):
            continue
        for e in _CYR_ELIDED.finditer(text, m.end, min(len(text), m.end + ELIDED_REACH)):
            # "по три — в Курской и Липецкой областях, по одному — в Пензенской": any case of the noun
            code = cyr.get(f"{e.group(1).lower()} {noun}") or region_adjective(e.group(1))
            if code and e.start(1) not in taken:
                out.append(RegionMention(e.start(1), e.end(1), code, True, e.group(1)))
                taken.add(e.start(1))
    return out


def elided_region_mentions(text: str, found: list[RegionMention]) -> list[RegionMention]:
    """Region adjectives in ``text`` whose region word is left out after the explicit mentions
    ``found`` ("15 над Курской областью, 9 — над Орловской и 4 — над Тульской")."""
    out = _cyrillic_elided_mentions(text, _alias_tables()[1], sorted(found, key=lambda mm: mm.start))
    taken = {mm.start for mm in found} | {mm.start for mm in out}
    explicit = [mm for mm in found if mm.explicit and " " in mm.text.strip()]
    if explicit:  # "14 — в Смоленской, четыре — над Калужской областью": the region word comes later
        for e in _CYR_ELIDED.finditer(text, max(0, explicit[0].start - ELIDED_REACH), explicit[0].start):
            code = region_adjective(e.group(1))
            if code and e.start(1) not in taken:
                out.append(RegionMention(e.start(1), e.end(1), code, True, e.group(1)))
                taken.add(e.start(1))
    for m in [mm for mm in found + out if " " not in mm.text.strip()]:  # "по два — в Оренбургской и Тамбовской"
        while (nxt := _CYR_ELIDED_NEXT.match(text, m.end)) and (code := region_adjective(nxt.group(1))):
            m = RegionMention(nxt.start(1), nxt.end(1), code, True, nxt.group(1))
            if m.start not in taken:
                out.append(m)
                taken.add(m.start)
    return sorted(out, key=lambda mm: mm.start)


#: A plural region word and a colon, then the adjectives one by one: "у межах 7 областей:\n- Київської;\n- Одеської".
_CYR_COLON_LIST = re.compile(rf"\s(?:{_words(_CYR['list_plural_words'])}):", re.IGNORECASE)
_CYR_COLON_ITEM = re.compile(r"\s*(?:[-–—•·*▪]\ufe0f?\s*)?([^\W\d_][\w'ʼ’-]*)\s*(?:[;,.]|\s+(?:і|и|та|й)\s|$)",
                             re.IGNORECASE)


def colon_list_mentions(text: str, taken: set[int]) -> list[RegionMention]:
    """Region adjectives listed after a plural region word and a colon, up to the first other word (the list
    runs over lines and sentences, so the whole text is searched)."""
    out: list[RegionMention] = []
    for head in _CYR_COLON_LIST.finditer(text):
        pos = head.end()
        while (item := _CYR_COLON_ITEM.match(text, pos)) and (code := region_adjective(item.group(1))):
            if item.start(1) not in taken:
                out.append(RegionMention(item.start(1), item.end(1), code, True, item.group(1)))
            pos = item.end()
    return out


#: ("по два — над Орловской, Тульской и Липецкой": a comma joins the list too)
_CYR_ELIDED_NEXT = re.compile(rf"(?:\s*,\s*|\s+{_CYR_FOLLOWERS}\s+)([^\W\d_][\w'ʼ’-]*)" + _CYR_ELIDED_END, re.IGNORECASE)


@lru_cache(maxsize=4096)
def region_adjective(word: str) -> str | None:
    """The region a Russian/Ukrainian adjective names with a region word left out ("Курской",
    "Сумській"), else None: such a word is never a settlement.  (Remembered: the settlement and list
    rules ask it of the same words again, each ask building a key per region word.)"""
    _, cyr = _alias_tables()
    low = word.lower()
    return next((cyr[k] for k in (f"{low} {n}" for n in _CYR_ADJECTIVE_NOUNS) if k in cyr), None)


def _english_mentions(text: str) -> list[RegionMention]:
    """English stems, alone, with a region word, or in lists joined by commas / "and"."""
    en, _ = _alias_tables()
    raw = [(m.start(), m.end(), m.group(0)) for m in _english_pattern().finditer(text)]
    groups: list[list[tuple[int, int, str]]] = []
    for item in raw:
        if groups and _LIST_GAP.fullmatch(text[groups[-1][-1][1]: item[0]]):
            groups[-1].append(item)
        else:
            groups.append([item])
    mentions: list[RegionMention] = []
    for group in groups:
        last_end = group[-1][1]
        plural = _PLURAL_AFTER.match(text, last_end)
        prefixed = _PREFIX_BEFORE.search(text[max(0, group[0][0] - 40): group[0][0]])
        for i, (start, end, name) in enumerate(group):
            alias = en[name]
            suffix = _SUFFIX_AFTER.match(text, end)
            explicit = (bool(suffix) or bool(prefixed) or (bool(plural) and len(group) > 1)
                        or _NAMED_AS_REGION.search(name) is not None)
            if plural and i == len(group) - 1 and len(group) > 1:
                end = plural.end()
            elif suffix:
                end = suffix.end()
            if explicit:
                code = alias.code
            elif alias.bare:
                code = alias.bare
            else:
                continue
            mentions.append(RegionMention(start, end, code, explicit, text[start:end]))
    return mentions


def find_region_mentions(text: str, english: bool = True) -> list[RegionMention]:
    """Every region named in ``text``, in order of appearance.

    Handles English stems with or without a region word ("Belgorod",
    "Belgorod Oblast"), coordinated lists ("the Kaluga and Smolensk regions",
    "the regions of Bryansk, Oryol and Kursk") and Russian/Ukrainian names
    in their common case forms.  The mention's ``end`` covers the region word.
    ``english=False``: the caller knows that no English alias starts in ``text``.
    """
    _, cyr = _alias_tables()
    mentions = _english_mentions(text) if english else []
    if ANY_CYRILLIC.search(text):
        mentions += _cyrillic_mentions(text)
        mentions += _cyrillic_list_mentions(text, cyr, {mm.start for mm in mentions})
        if mentions:
            mentions += _cyrillic_elided_mentions(text, cyr, sorted(mentions, key=lambda mm: mm.start))
    mentions.sort(key=lambda mm: mm.start)
    return mentions


def resolve_region(name: str) -> str | None:
    """The region code for a name as a user or text writes it, or None.

    Accepts ISO codes ("RU-BEL"), English names with or without a region word
    ("Belgorod", "Kharkov oblast") and Russian/Ukrainian names.
    """
    name = (name or "").strip()
    if not name:
        return None
    if name.upper() in regions():
        return name.upper()
    found = find_region_mentions(name)
    if found and found[0].start == 0 and found[0].end >= len(name.rstrip(". ")):
        return found[0].code
    low = name.lower()
    for code, r in regions().items():
        if low in (r.name_en.lower(), r.name_ru.lower(), r.name_uk.lower()):
            return code
    return None
