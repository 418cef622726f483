"""geo.patterns: patterns told where matches can start find exactly what re.compile finds."""
from __future__ import annotations

import dataclasses
import random
import re
import tomllib
from itertools import islice
from pathlib import Path

import pytest

from geo.extract.lexicon import load_lexicon, lower_text
from geo.literal_gate import GatedPattern
from geo.ordered_patterns import OrderedPatterns
from geo.patterns import compile_pattern

CORPUS = Path(__file__).parent / "corpus"

#: Shapes the start set must get right: assertions before the first character, optional and
#: repeated prefixes, alternatives, case-insensitive letters (which stand for more than they spell),
#: a case-sensitive group in a case-insensitive pattern, anchors, empty matches.
SHAPES = [
    (r"\b(?:shot|brought)\s+down\b", 0),
    (r"(?<!\bfrom\s)(?<!\bof\s)\b(?:shot|taken)\s+down", 0),
    (r"(?<![\w.,:-])(?:\d+|two|three)(?![\w-]|:\d)", 0),
    (r"(?:kamikaze\s+|attack\s+)?(?:drones?|uavs?)", 0),
    (r"(?:\w+\s+){0,2}?drones?", 0),
    (r"\b(?:cent(?:er|re)|outskirts)\s+of\s+(?P<name>(?-i:[A-Z][a-z]+))", re.IGNORECASE),
    (r"(?P<name>(?-i:[A-ZА-Я][a-zа-я]+))\s+district", re.IGNORECASE),
    (r"\bkelvin|\bstraße", re.IGNORECASE),
    (r"[\d.]+\s*km", re.IGNORECASE),
    (r"^\W*(?:the|a)\s+drone", 0),
    (r"(?:from|towards?)\s+(?:the\s+)?$", 0),
    (r"x*", 0),
    (r"(?=drone)\w+|(?!x)y", 0),
    (r"(a)?(?(1)b|c)d", 0),
    (r"[^a-z]drone", 0),
    (r"\Bone\b", 0),
    # look-behinds moved after the first character, word boundaries said once for a run
    (r"(?:\bhit)|(?:\bstruck)|x|(?:\bdown)|\bon|(?<!of\s)\bone", 0),
    (r"(?P<what>(?<!\bfrom\s)(?<!y)\b(?:shot|taken)|(?<=\s)(?<!\bthe\s)two)\s", 0),
    (r"(?<![\w.,:-])(?:\d+|two|three)|(?<!\w\w)on\b", 0),
    (r"\b(?:in|at)\s+(?<!\bx\s)(?P<name>(?-i:[A-Z]\w+))", re.IGNORECASE),
    (r"(?<!\bfrom\s)(?:Straße|kelvin|ſ)", re.IGNORECASE),
    # alternatives regrouped by their first character, in order, not across others
    (r"\b(?:on|one|of|o|two|t\w+|tw|x*|three|th)(?:e|\b)", 0),
    (r"(?:an|a|and|)(?:d|\s)", 0),
    (r"(?:In|in|IN|at)\s+(?P<n>\w+)", re.IGNORECASE),
    (r"(?:(?P<a>on)e|o(?P<b>n)|one)", 0),
    # alternatives that open with a plain group or an optional part, said out one by one
    (r"(?:shot|taken)\s+down|(?:kamikaze\s+)?drones?|(?:\w+\s+)??one|x", 0),
    (r"(?:(?:a|an)\s+)?(?P<n>two|three)|(?:on|of)(?P<x>e)?\b|(?:in|at)\s+(?P<name>\w+)", 0),
    # an optional start said out, the tests that open a group (and the group after them) tried first
    (r"(?P<q>(?:more\s+than|about)\s+)?(?!one\b)(?P<n>(?<![\w.,:-])(?:\d+|one|two|three))\s+(?:drones?|uavs?)", 0),
    (r"(?:kamikaze\s+)??(?P<w>\b(?=\w)(?<!of\s)\w+)\s+(?P=w)|(?P<a>(?<=\s)(?!x)\w)", 0),
]

TEXTS = [
    "Two drones were shot down over the Kursk region; three were brought down near Kelvin.",
    "Air defences downed 12 UAVs from of shot down, KAMIKAZE drones  outskirts of Belgorod.",
    "Straße 2.5 km, in the centre of Kharkiv district, Харків Район Київ district one bone",
    "1,200 attack uavs, bcd cd abd the drone",
    "\u212aelvin \u017ftraße at \u0130n Kyiv: IN KYIV, iN X",
    "hit on one of one, from shot y taken  the two,two struck\ndown 2,3 xon IN Kyiv at kyiv X Kyiv",
    "",
]


def spans(rx: re.Pattern, text: str, pos: int, end: int) -> list:
    """What every method answers for one span."""
    out: list = [(m.span(), m.groupdict()) for m in rx.finditer(text, pos, end)]
    for method in (rx.search, rx.match, rx.fullmatch):
        m = method(text, pos, end)
        out.append(None if m is None else (m.span(), m.groups()))
    return out


def agree(pattern: str, flags: int, texts: list[str]) -> None:
    plain, told = re.compile(pattern, flags), compile_pattern(pattern, flags)
    assert told.pattern == plain.pattern and told.groupindex == plain.groupindex
    for text in texts:
        n = len(text)
        for pos, end in ((0, n), (3, n), (0, max(0, n - 5)), (n // 3, 2 * n // 3), (n, n)):
            assert spans(told, text, pos, end) == spans(plain, text, pos, end), (pattern, text, pos, end)


@pytest.mark.parametrize(("pattern", "flags"), SHAPES)
def test_shapes_match_as_re_compile(pattern, flags):
    agree(pattern, flags, TEXTS)


def corpus_texts(n: int = 12) -> list[str]:
    texts = []
    for path in sorted(CORPUS.rglob("articles_*.toml"))[:n]:
        texts += [a["text"] for a in tomllib.loads(path.read_text(encoding="utf-8"))["article"][:3]]
    return texts


def lexicon_patterns(language: str) -> list[re.Pattern]:
    lex = load_lexicon(language)
    out: list[re.Pattern] = []

    def walk(value) -> None:
        if isinstance(value, re.Pattern):
            out.append(value)
        elif isinstance(value, tuple):
            for v in value:
                walk(v)
        elif isinstance(value, GatedPattern):  # behind a gate of its words (geo.literal_gate)
            walk(value.pattern_object)
        elif hasattr(value, "patterns"):  # the ordered alternatives of the date patterns
            walk(value.patterns)

    for f in dataclasses.fields(lex):
        walk(getattr(lex, f.name))
    return out


@pytest.mark.parametrize("language", ["en", "ru", "uk"])
def test_every_lexicon_pattern_matches_as_re_compile(language):
    texts = corpus_texts()
    lowered = [lower_text(t) for t in texts]
    patterns = lexicon_patterns(language)
    assert len(patterns) > 100
    for rx in patterns:
        flags = rx.flags & ~re.UNICODE
        agree(rx.pattern, flags, texts if flags & re.IGNORECASE else lowered)


def naive_search(patterns, text: str, pos: int, end: int):
    """The earliest match of any pattern, the first listed at one position: one search each."""
    best = None
    for p in patterns:
        m = p.search(text, pos, end)
        if m and (best is None or m.start() < best.start()):
            best = m
    return best


def found(m) -> tuple | None:
    return None if m is None else (m.re.pattern, m.span(), m.groupdict())


def agree_ordered(ordered: OrderedPatterns, texts: list[str]) -> None:
    for text in texts:
        n = len(text)
        for pos, end in ((0, n), (5, n), (0, n // 2), (n // 4, 3 * n // 4), (n, n)):
            assert found(ordered.search(text, pos, end)) == found(naive_search(ordered.patterns, text, pos, end))


def test_ordered_patterns_find_the_earliest_then_the_first_listed():
    # the same group names; "july 21" and "21 july" both start dates; the second pattern also matches
    # at the position of the first: the first listed wins
    patterns = tuple(compile_pattern(p) for p in (
        r"\b(?P<m>july|june)\s+(?P<d>\d{1,2})\b", r"\b(?P<d>\d{1,2})\s+(?P<m>july|june)\b",
        r"\b(?P<m>july)\s+(?P<d>\d)", r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)"))
    ordered = OrderedPatterns(patterns)
    texts = ["on july 21 and 3 June, 3 june, then 2025-07-04; july 2", "nothing here", "21 july july 21", ""]
    agree_ordered(ordered, texts)
    assert found(ordered.search(texts[2], 0, len(texts[2])))[1] == (0, 7)
    assert [m.group("d") for m in ordered.finditer(texts[0])] == ["21", "3", "04", "2"]


def test_ordered_patterns_with_a_back_reference_search_each():
    ordered = OrderedPatterns((compile_pattern(r"(?P<a>\w)(?P=a)"), compile_pattern(r"(\d)\1")))
    assert ordered._where is None  # no joined search: its groups cannot be dropped
    agree_ordered(ordered, ["abba 1221 cc 33", "none"])


@pytest.mark.parametrize("language", ["en", "ru", "uk"])
def test_lexicon_dates_match_as_each_pattern_in_turn(language):
    ordered = load_lexicon(language).absolute_dates
    assert isinstance(ordered, OrderedPatterns) and ordered._where is not None  # the joined search is used
    agree_ordered(ordered, [lower_text(t) for t in corpus_texts(31)])


#: Constructs the rewrites must leave alone or get right, tried on random texts of the characters
#: they care about (case pairs with special folds, word and non-word characters, line breaks).
FUZZ = [
    (r"(?>ab|a)c", 0), (r"a*+b", 0), (r"(?x) a b  # c\n | cd", 0), (r"(a)?(?(1)b|c)", 0), (r"(?i:ab)c|Ab", 0),
    (r"(?s)a.b", 0), (r"(?m)^ab|cd$", 0), (r"\Aab|b\Z", 0), (r"[^\W\d_]+ing", 0), (r"(?<=ab|cd)x", 0),
    (r"(?<=(a)b)c", 0), (r"\Bb|\bc", 0), (r"", 0), (r"(?:^|\s)foo", 0), (r"(?:\bab|\bac|(?<!x)\bad)\b", 0),
    (r"(?<!xy)(?:ab|ac)|(?<!q)\bb", 0), (r"(?:a|ab)(?:c|bcd)(?:d*)", 0), (r"(?P<x>a)|(?P<y>ab)", 0),
    (r"\b(?:ß|ss|SS|ſs)", re.IGNORECASE), (r"(?:Σ|σ|ς)x", re.IGNORECASE), (r"(?:K|k|\u212a)y", re.IGNORECASE),
    (r"[a-c]x|[A-C]y", re.IGNORECASE), (r"(?:ab){0}c", 0), (r"(?:ab)*?c", 0), (r"x{2,}|y", 0),
    (r"(?-i:[A-Z])\w*|(?i:ab)", re.IGNORECASE), (r"(?i)(?:İ|i)x", 0), (r"(?<=\b)ab|(?<!\b)b", 0),
    (r"(?:a|ab)?(?:b|c)?d|(?:ab|a)??bc|(?:x|)(?P<g>y)?a", 0), (r"(?:(?:a|b)c|)d|(?:a(?:b|c))?c|(?:)x", 0),
    (r"(?P<x>a)?a?b|(?:c(?P<y>d))??c\w?|(?:(?P<z>x)|y)x?", 0),
    (r"(?:a|b)?(?P<g>(?<=a)\b(?!\d)[bc])|(?P<h>(?<![ab])(?=c)\w)?d", 0), (r"(a)?(?P<r>(?(1)b|c)\w)", 0),
]


@pytest.mark.parametrize(("pattern", "flags"), FUZZ)
def test_constructs_match_as_re_compile_on_random_texts(pattern, flags):
    rnd = random.Random(1)
    alphabet = "abcdxyABCDXYsS ſßΣσςKk\u212aİı0129.,-_\n:iIgn foo"
    texts = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30))) for _ in range(150)]
    agree(pattern, flags, texts + ["foo", " foo", "ab\ncd"])


def test_the_rewrites_are_in_use_on_this_python():
    """Else every test above compares re.compile with itself."""
    from geo import patterns

    assert patterns._works()
    assert compile_pattern(r"\bdrone") is not re.compile(r"\bdrone")  # (re.compile returns its cached object)


def test_a_scoped_charset_flag_gets_no_start_set():
    """``(?u:\\w)`` inside an ASCII pattern is Unicode: the start set must not be the ASCII one."""
    for pattern, flags, text in ((r"(?a)(?u:\w)+", 0, "éa"), (r"(?u:\w)+x", re.A, "éax"), (r"(?a:\w)+", 0, "éa")):
        assert compile_pattern(pattern, flags).search(text).span() == re.compile(pattern, flags).search(text).span()


def test_ordered_patterns_stop_after_an_empty_match_at_the_end():
    found = OrderedPatterns((compile_pattern("x*"), compile_pattern("(?P<a>y)"))).finditer("ab")
    assert [m.span() for m in islice(found, 10)] == [m.span() for m in re.finditer("x*", "ab")]
