"""geo.literal_gate: a pattern behind a gate of its required words answers as the pattern itself."""
from __future__ import annotations

import bisect
import datetime as dt
import re

import pytest

from geo.extract.lexicon import load_lexicon, lower_text
from geo.extract.lexicon_gates import GATED, gated_lexicon
from geo.extract.reading import Text
from geo.extract.text import sentences
from geo.literal_gate import GatedPattern, gated, group_literals, never_spans_space, required_literals, row_gates
from geo.ordered_patterns import OrderedPatterns
from tests.test_patterns import corpus_texts, lexicon_patterns

SHAPES = [
    (r"(?P<n>\d+)\s+times\b", 0, {"times"}),
    (r"\b(?:shot|brought)\s+down\b", 0, {"down"}),  # one word every match holds beats a list of two
    (r"(?:village|town)\s+of\s+(?P<name>\w+)", 0, {"village", "town"}),
    (r"(?:\w+\s+){0,2}drones?", 0, {"drone"}),
    (r"(?:very\s+)?big", 0, None),  # too short a word: no gate
    (r"(?:village\s+)?\w+", 0, None),  # an optional word is not required
    (r"(?=village)\w+", 0, None),  # a look-ahead may read past the span's end: not a word of the match
    (r"\w+(?<=village)", 0, None),
    (r"(?i:village)\s+\w+", 0, None),  # case-insensitive inside a case-sensitive pattern
    (r"(?-i:Village|Town)\s+\w+", re.IGNORECASE, {"Village", "Town"}),
    (r"(?:struck|hit\s+hard)\s+(?:the\s+)?(?:oil\s+)?refinery", 0, {"refinery"}),
    (r"(?:wounded|x)\s+people", 0, {"people"}),
    (r"(?:wounded|injured)\s+(?:\w+)", 0, {"wounded", "injured"}),
    (r"\b(?:in|since)\s+(?P<y>(?:19|20)\d\d)\b", 0, {"19", "20"}),  # short, but digits: rare in text
    (r"(?:in|at)\s+(?P<n>\d)\b", 0, None),  # one digit is no gate
]


@pytest.mark.parametrize(("pattern", "flags", "words"), SHAPES)
def test_required_words_of_shapes(pattern, flags, words):
    found = required_literals(pattern, flags)
    if words is None:
        assert found is None or gated(re.compile(pattern, flags)).__class__ is not GatedPattern
    else:
        assert found == frozenset(words)


def answers(rx, text: str, pos: int, end: int) -> list:
    out: list = [(m.span(), m.groups()) for m in rx.finditer(text, pos, end)]
    for method in (rx.search, rx.match, rx.fullmatch):
        m = method(text, pos, end)
        out.append(None if m is None else (m.span(), m.groups()))
    out.append(rx.findall(text, pos, end))
    return out


@pytest.mark.parametrize("located", [False, True])
@pytest.mark.parametrize("language", ["en", "ru", "uk"])
def test_gated_lexicon_patterns_answer_as_the_patterns(language, located):
    lex = load_lexicon(language)
    texts = corpus_texts()
    gates = 0
    for rx in lexicon_patterns(language):
        gate = gated(rx, located)
        if not isinstance(gate, GatedPattern):
            continue
        gates += 1
        for text in texts:
            on = text if rx.flags & re.IGNORECASE else lower_text(text)
            spans = sentences(text, lex) + [(0, len(text)), (len(text) // 3, len(text) // 2)]
            for s, e in spans:
                assert answers(gate, on, s, e) == answers(rx, on, s, e), (rx.pattern[:80], s, e)
    assert gates > 40


@pytest.mark.parametrize("language", ["en", "ru", "uk"])
def test_every_match_holds_a_required_word(language):
    for rx in lexicon_patterns(language):
        words = required_literals(rx.pattern, rx.flags & ~re.UNICODE)
        if not words:
            continue
        fold = bool(rx.flags & re.IGNORECASE)
        for text in corpus_texts():
            on = text if fold else lower_text(text)
            for m in rx.finditer(on):
                got = m.group(0).lower() if fold else m.group(0)
                assert any((w.lower() if fold else w) in got for w in words), (rx.pattern[:80], m.group(0))


def test_the_extractor_lexicon_gates_some_of_its_patterns():
    lex = gated_lexicon("en")
    assert not isinstance(load_lexicon("en").district, GatedPattern)  # the plain lexicon stays plain
    assert GATED and all(hasattr(lex, name) for name in GATED)
    assert isinstance(lex.district, GatedPattern)
    assert any(isinstance(rx, GatedPattern) for _, rx, _ in lex.casualties)
    assert lex.district.match == lex.district.pattern_object.match  # matches at one position go straight through
    assert all(isinstance(rx, OrderedPatterns) for _, rx, _ in lex.counts)  # located: tried by first letter


def test_a_gate_only_where_the_pattern_starts_anywhere():
    # its words come after a number: the gate's scan skips what the pattern would try at every digit
    assert isinstance(gated(re.compile(r"(?P<n>\d+)\s+times\b")), GatedPattern)
    assert isinstance(gated(re.compile(r"(?P<name>[A-Z]\w+)\s+(?:village|khutor)\b", re.IGNORECASE)), GatedPattern)
    # it starts with its words: the engine already skips to where they can start
    assert gated(re.compile(r"\b(?:village|town)\s+of\s+\w+")).__class__ is not GatedPattern


@pytest.mark.parametrize(("pattern", "never"), [
    (r"\b(?:attack|damag)", True), (r"\b\d{4}-\d\d-\d\d", True), (r"[а-я]+", True),
    (r"last\s+week", False), (r"п\W?ятниц", False), (r"[^a]", False), (r"a.b", False), (r"(?<=-\s)по", False),
])
def test_never_spans_space(pattern, never):
    assert never_spans_space(re.compile(pattern)) is never


@pytest.mark.parametrize("language", ["en", "ru", "uk"])
def test_sentences_with_a_cue_as_every_match_of_the_text(language):
    lex = load_lexicon(language)
    for text in corpus_texts(40) + [t.replace(". ", ".\n\n") for t in corpus_texts(6)]:
        doc = Text(text, lex, None, dt.date(2025, 9, 10))
        for rx in (lex.date_cue, lex.event_cue, re.compile(r"\b\w")):
            every = {bisect.bisect_right(doc.sentence_starts, m.start()) - 1 for m in rx.finditer(doc.low)}
            assert doc.sentences_with(rx) == every


@pytest.mark.parametrize("language", ["en", "ru", "uk"])
def test_every_match_of_a_target_group_holds_its_words(language):
    """group_literals, as facility_towns gates on it: each target group's match holds one of its words."""
    lex = load_lexicon(language)
    groups = group_literals(lex.targets)
    assert sum(1 for words in groups.values() if words) > 10  # most target groups have a set
    seen = 0
    for text in corpus_texts(40):
        for m in lex.targets.finditer(lower_text(text)):
            if m.lastgroup and groups.get(lex.targets.groupindex[m.lastgroup]):
                seen += 1
                assert any(w in m.group(m.lastgroup) for w in groups[lex.targets.groupindex[m.lastgroup]])
    assert seen > 0
    assert group_literals(re.compile(r"(?P<a>x+)|(?P<b>\d\d)(?P<c>shelling)")) == \
        {1: frozenset({"x"}), 2: None, 3: frozenset({"shelling"})}


def test_row_gates_find_every_word_also_overlapping_ones():
    """RowGates: one scan says which rows may match; a row with a match is never closed, and one none of
    whose words is in the span is (words inside, overlapping or prefixes of others are all found)."""
    rows = (re.compile(r"(?P<n>\d+)\s+wounded"), re.compile(r"\w+\s+wound"), re.compile(r"\bdone\b"),
            re.compile(r"(?i)harbour"), re.compile(r"\w+"), re.compile(r"edone\w*"))
    gates = row_gates(tuple((row, 1) for row in rows), 0)
    assert gates.words[3] is None and gates.words[4] is None  # case-insensitive; no usable word
    text = "three woundedone were left undone, 12 wounded harbour"
    for pos, end in ((0, len(text)), (0, 18), (6, 13), (7, 16), (28, 34), (35, 47)):
        opened = gates.open(text, pos, end)
        for row, may in zip(rows, opened):
            assert may or row.search(text, pos, end) is None
    assert gates.open(text, 0, 12) == [False, True, False, True, True, False]  # "wound" alone
    assert gates.open(text, 6, 16) == [True, True, True, True, True, True]  # "woundedone": each word in it


@pytest.mark.parametrize("language", ["en", "ru", "uk"])
def test_row_gates_of_the_lexicon_rows_never_close_a_matching_row(language):
    lex = gated_lexicon(language)
    closed = 0
    for table in (lex.casualties, lex.counts):
        gates = row_gates(table, 1)
        for text in corpus_texts(40):
            low = lower_text(text)
            for s, e in sentences(text, lex):
                for (_, rx, _), may in zip(table, gates.open(low, s, e)):
                    closed += not may
                    assert may or rx.search(low, s, e) is None
    assert closed > 100  # (most rows are closed on most sentences)
