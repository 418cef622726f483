"""Regions and settlements named in a text, as spans.

Region names come from :func:`geo.places.mentions.find_region_mentions`; it is only
run on the parts of sentences that can name a region (a run of Cyrillic
words, or the few words around the start of an English alias), which keeps extraction fast on
long articles.  Bare "Moscow" means the city unless the Moscow region was
named in the same or the two previous sentences.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from geo.patterns import compile_pattern
from geo.places.including_lists import including_list_mentions
from geo.places.letter_runs import RUN_LETTERS, folded, name_runs
from geo.places.mentions import (
    RegionMention,
    colon_list_mentions,
    cyrillic_name_keys,
    elided_region_mentions,
    find_region_mentions,
)
from geo.places.regions import region_aliases, regions

#: (a figure in brackets keeps a list going: "над Орловской (8), Тульской (5) и Липецкой (3) областями")
_CYRILLIC_RUN = re.compile(r"[\u0400-\u04FF](?:[\u0400-\u04FF\s'’-]|\(\d+\),?)*")
_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04FF]")
#: Bare mention -> the region meant when that region is in focus (RU-MOW "Moscow" -> RU-MOS).
FOCUS_REGION = {"RU-MOW": "RU-MOS", "UA-30": "UA-32", "BY-HM": "BY-MI"}
#: The region around a city that is a region of its own ("Sevastopol in Crimea" is in Sevastopol only).
ENCLOSING = {"UA-40": "UA-43", "RU-MOW": "RU-MOS", "UA-30": "UA-32", "RU-SPE": "RU-LEN"}
FOCUS_SENTENCES = 2
#: Characters around an alias that the region search reads: "regions of the " before a list,
#: "'s Autonomous Okrug", " regions", ", and the " (to the next name of a list) after a name.
WINDOW_BEFORE, WINDOW_AFTER = 45, 25
_LIST_PREFIX = re.compile(r"\bof\s+(?:the\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Mention:
    """A region named in the text; ``sentence`` is the index of its sentence."""

    start: int
    end: int
    code: str
    explicit: bool
    text: str
    sentence: int


@lru_cache(maxsize=1)
def _alias_words() -> re.Pattern:
    """First words of every English region alias: a cheap test before the full search."""
    words = _alias_first_words()
    alternation = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))  # (fixed: geo.pattern_cache)
    return compile_pattern(rf"(?<![\w-])(?:{alternation})")


def _alias_first_words() -> set[str]:
    words: set[str] = set()
    words.update(a.alias.split()[0] for a in region_aliases() if a.lang == "en" and a.alias)
    words.update(r.name_en.split()[0] for r in regions().values())
    return words


#: Whether no alias word holds a character that ends a word before its last one ("St.Petersburg" would):
#: then an English name inside a window starts where an alias word does (see ``_may_name``).
_ALIAS_WORDS_WHOLE = not any(re.search(r"[^\w-].", w) for w in _alias_first_words())


def _windows(text: str, start: int, end: int, cyrillic: bool = True,
             heads: list[int] | None = None) -> list[tuple[int, int]]:
    """Stretches of a sentence that may name a region, with the context the region search reads
    (``cyrillic=False``: the text has no Cyrillic letter, so no run of them to look for); where
    an English alias word starts is added to ``heads``."""
    hits = []
    for m in _alias_words().finditer(text, start, end):
        s = m.start()
        if heads is not None:
            heads.append(s)
        if _LIST_PREFIX.search(text, max(start, s - WINDOW_BEFORE), s):
            # "the regions of Bryansk, ...": the region search reads the words before the names
            s = max(start, s - WINDOW_BEFORE)
            while s > start and not text[s - 1].isspace():
                s -= 1
        hits.append((s, m.end() + WINDOW_AFTER))
    # Cyrillic names ("Белгородской области") are whole runs of Cyrillic words
    runs = [(m.start() - 2, m.end() + 2) for m in _CYRILLIC_RUN.finditer(text, start, end)] if cyrillic else []
    out: list[tuple[int, int]] = []
    for hs, he in sorted(hits + runs) if hits else runs:  # (the runs come in order)
        s, e = max(start, hs), min(end, he)
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))  # (a window inside the last one never shortens it)
        else:
            out.append((s, e))
    return out


def _inside_word(text: str, pos: int) -> bool:
    """Whether a letter, digit, "_" or "-" comes right before ``pos`` (a window cut there reads a word's tail)."""
    return pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] in "_-")


def _may_name(text: str, ws: int, we: int, heads: list[int], runs: list[int] | None, low: str) -> tuple[bool, bool]:
    """Whether the window ``text[ws:we]`` may name a region in English, and in Russian/Ukrainian;
    where neither, the region search skips it.

    An English name starts where an alias word does (``heads``, the sentence's; an alias's first word
    holds no character that could end a word before its last) or at the window's start when a word
    runs into it; a Russian/Ukrainian one (or a list or left-out region word, which need one too)
    where a run of letters that starts a name does (``runs``, those of the whole text,
    ``letter_runs.name_runs``; None: no Cyrillic letter in the text) or a run the window's edges cut.
    """
    i = bisect.bisect_left(heads, ws)
    english = (i < len(heads) and heads[i] < we) or _inside_word(text, ws)
    if runs is None:
        return english, False
    i = bisect.bisect_left(runs, ws)
    cyrillic = (i < len(runs) and runs[i] < we) or (ws > 0 and low[ws - 1] in RUN_LETTERS and low[ws] in RUN_LETTERS) or (
        we < len(low) and low[we - 1] in RUN_LETTERS and low[we] in RUN_LETTERS)
    return english, cyrillic


def region_mentions(text: str, sentence_spans: list[tuple[int, int]]) -> list[Mention]:
    """Every region mention, with bare city names resolved by the region in focus."""
    out: list[Mention] = []
    cyrillic = _CYRILLIC_LETTER.search(text) is not None
    low = folded(text) if cyrillic else text
    runs = [s for s, _ in name_runs(low, cyrillic_name_keys())] if cyrillic else None
    first = 0  # where the mentions of the sentence before start in ``out``
    for i, (s, e) in enumerate(sentence_spans):
        mine = len(out)
        heads: list[int] = []
        for ws, we in _windows(text, s, e, cyrillic, heads):
            english, named = _may_name(text, ws, we, heads, runs, low) if _ALIAS_WORDS_WHOLE else (True, True)
            if not (english or named):
                continue
            for m in find_region_mentions(text[ws:we], english):
                code = m.code
                if not m.explicit and code in FOCUS_REGION:
                    wider = FOCUS_REGION[code]
                    if any(p.code == wider and p.explicit and i - FOCUS_SENTENCES <= p.sentence < i
                           and not _LISTED_NEXT.fullmatch(text, p.end, ws + m.start) for p in out):
                        code = wider  # (the same sentence: Text._around, which knows its clauses)
                out.append(Mention(ws + m.start, ws + m.end, code, m.explicit, m.text, i))
        if cyrillic and (len(out) > mine or mine > first):  # (neither finds anything without a mention)
            here = out[mine:]
            out += _elided(text, s, e, i, here) or _elided_after(text, sentence_spans, i, out[first:mine], here)
        first = mine
    if cyrillic:  # "у межах 7 областей:\n- Київської;\n- Одеської": one item a line
        starts = [s for s, _ in sentence_spans]
        out += [Mention(m.start, m.end, m.code, True, m.text, max(0, bisect.bisect_right(starts, m.start) - 1))
                for m in colon_list_mentions(text, {p.start for p in out})
                + including_list_mentions(text, {p.start for p in out})]
    return sorted(out, key=lambda m: m.start)


def _elided_after(text: str, spans: list[tuple[int, int]], i: int, before: list[Mention], here: list[Mention]) -> list[Mention]:
    """"Восемь из них уничтожено над Белгородской областью. Четыре — над Ростовской.": region adjectives of a
    sentence with no region word of its own, that of the sentence before (``before``: its mentions)."""
    if not i or any(p.explicit for p in here) or not any(p.explicit and " " in p.text.strip() for p in before):
        return []
    (ps, _), (s, e) = spans[i - 1], spans[i]
    return [replace(m, sentence=i) for m in _elided(text, ps, e, i - 1, before) if m.start >= s]


#: Between two names of one list ("Московской области и Москвы").
_LISTED_NEXT = re.compile(r"\s*(?:,|и|і|та|and)\s*", re.IGNORECASE)


def _elided(text: str, s: int, e: int, i: int, found: list[Mention]) -> list[Mention]:
    """Region adjectives of sentence ``i`` that leave out the region word of an explicit mention in
    another stretch of the sentence ("24 над Брянской областью, 21 — над Белгородской")."""
    if not any(m.explicit for m in found):
        return []
    taken = {m.start for m in found}
    rel = [RegionMention(m.start - s, m.end - s, m.code, m.explicit, m.text) for m in found]
    return [Mention(s + m.start, s + m.end, m.code, True, m.text, i)
            for m in elided_region_mentions(text[s:e], rel) if s + m.start not in taken]


def gazetteer_knows():
    """A test "is this a settlement name the gazetteer has", None without a gazetteer."""
    return _gazetteer_knows()


@lru_cache(maxsize=1)
def _gazetteer_knows():
    """A test "is this a settlement name the gazetteer has" (None when the gazetteer cannot load)."""
    try:
        from geo.places.gazetteer import load_gazetteer
        from geo.places.names import name_key

        gazetteer = load_gazetteer()
    except Exception:  # noqa: BLE001 - no gazetteer: the morphology alone decides
        return None
    return lambda name: bool(gazetteer.lookup(name_key(name)))


def gazetteer_spells(name: str) -> bool:
    """Whether a gazetteer place is written exactly ``name`` (its names and alternate names): stricter
    than the key lookup, which reads "Рязан" and "Рязань" alike."""
    return spelt_population(name) is not None


@lru_cache(maxsize=4096)
def spelt_population(name: str) -> int | None:
    """The largest population of the gazetteer places written exactly ``name``; None when none is.
    Chooses between two readings the gazetteer both spells ("Глухів": the town, not a case of "Глухи")."""
    try:
        from geo.places.gazetteer import load_gazetteer
        from geo.places.names import name_key

        gazetteer = load_gazetteer()
    except Exception:  # noqa: BLE001 - no gazetteer: nothing is known
        return None
    frame = gazetteer.frame
    sizes = [int(frame["population"].iat[row]) for row, _ in gazetteer.lookup(name_key(name))
             if name == str(frame["name"].iat[row]) or name in str(frame["alternatenames"].iat[row]).split(",")]
    return max(sizes) if sizes else None


@lru_cache(maxsize=1024)
def facility_place(adjective: str, morphology: str | None) -> str | None:
    """The settlement a facility is named after ("Туапсинском НПЗ" -> "Туапсе"), if the gazetteer has it."""
    if not morphology:
        return None
    from geo.extract.morph import place_of_adjective

    return place_of_adjective(adjective, morphology, gazetteer_spells)


@lru_cache(maxsize=4096)
def settlement_regions(name: str) -> frozenset[str]:
    """Every region that has a gazetteer place of this name (empty without a gazetteer)."""
    try:
        from geo.places.gazetteer import load_gazetteer
        from geo.places.names import name_key

        gazetteer = load_gazetteer()
    except Exception:  # noqa: BLE001 - no gazetteer: no region known
        return frozenset()
    frame = gazetteer.frame
    return frozenset(str(frame["region"].iat[row]) for row, _ in gazetteer.lookup(name_key(name)))


@lru_cache(maxsize=1)
def _district_regions() -> dict[str, frozenset[str]]:
    """Every district stem of the gazetteer ("ЖИЗДРИНСКИЙ РАЙОН", "Yampilskyi") -> the regions it lies in."""
    try:
        from geo.places.gazetteer import load_gazetteer

        gazetteer = load_gazetteer()
    except Exception:  # noqa: BLE001 - no gazetteer: no district known
        return {}
    out: dict[str, set[str]] = {}
    for key, region in zip(gazetteer.district_keys, gazetteer.frame["region"]):
        if key:
            out.setdefault(key, set()).add(str(region))
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1024)
def district_region(name: str) -> str | None:
    """The region of a district named with no region ("в Жиздринском округе", "the Valuysky district"):
    the one region whose gazetteer rows are in a district of that stem; None when unknown or ambiguous."""
    from geo.places.names import district_key

    key = district_key(name)
    found = _district_regions().get(key, frozenset()) if len(key) >= 4 else frozenset()
    return next(iter(found)) if len(found) == 1 else None


MAJOR_TOWN = 20_000  # a town this big is the one meant when smaller places share its name


@lru_cache(maxsize=4096)
def settlement_region(name: str) -> str | None:
    """The region of a settlement named with no region ("У Коростені ..."): the one region of all
    gazetteer places of that name, or of the one major town among them; None when it is ambiguous."""
    try:
        from geo.places.gazetteer import load_gazetteer
        from geo.places.names import name_key

        gazetteer = load_gazetteer()
    except Exception:  # noqa: BLE001 - no gazetteer: the region stays unknown
        return None
    rows = [row for row, _ in gazetteer.lookup(name_key(name))]
    if not rows:
        return None
    frame = gazetteer.frame
    places = {(str(frame["region"].iat[r]), int(frame["population"].iat[r] or 0)) for r in rows}
    regions = {code for code, _ in places if code}
    if len(regions) == 1:
        return next(iter(regions))
    major = [code for code, population in places if population >= MAJOR_TOWN]
    if len(set(major)) == 1 and all(p * 10 <= max(q for _, q in places) for c, p in places if c != major[0]):
        return major[0]
    return None


@lru_cache(maxsize=4096)
def settlement_form(name: str, morphology: str | None) -> str:
    """A settlement as named, in its dictionary form ("в Шебекине" -> "Шебекино").

    Languages that inflect names (the lexicon's ``morphology``) go through
    :func:`geo.extract.morph.lemma`, preferring a candidate the gazetteer knows.
    """
    if not morphology:
        return name
    from geo.extract.morph import lemma

    return lemma(name, morphology, _gazetteer_knows(), gazetteer_spells, spelt_population)


@lru_cache(maxsize=1024)
def district_form(name: str, morphology: str | None) -> str:
    """A district named by its adjective, in the masculine nominative ("Валуйском" -> "Валуйский")."""
    if not morphology:
        return name
    from geo.extract.morph import adjective_form

    return " ".join(adjective_form(w, morphology) for w in name.split())


def same_region(a: str | None, b: str | None) -> bool:
    if a == b:
        return True
    return bool(a and b and (FOCUS_REGION.get(a) == b or FOCUS_REGION.get(b) == a))
