"""geo.extract.count_lead: the count rows said to open with a number never match before the lead does."""
from __future__ import annotations

import re

import pytest

from geo.extract.count_lead import _opens_with, count_lead
from geo.extract.lexicon import lower_text
from geo.extract.lexicon_gates import gated_lexicon
from geo.extract.text import sentences
from tests.test_patterns import corpus_texts

HEADS = ("(?P<q>Q)?", "(?P<n>N)")


@pytest.mark.parametrize(("pattern", "opens"), [
    ("(?P<q>Q)?(?P<n>N) drones", True),
    ("(?<!x)(?<![.,])(?P<q>Q)?(?P<n>N) drones", True),  # look-behinds first read nothing of the match
    ("(?P<q>Q)?(?!one\\b)(?P<n>N) of them", True),
    ("(?P<q>Q)?(?!(?:один|одна)\\b)(?P<n>N) из них", True),  # the look-ahead's words are the lexicon's
    ("(?!one\\b)(?P<n>N) of them", False),  # (a look-ahead only after the qualifier)
    ("(?P<q>Q)?(?=one\\b)(?P<n>N) of them", False),
    ("(?P<n>N) drones", True),
    ("(?P<n>N)? drones", False),  # the number left optional: a match may start at "drones"
    ("(?P<n>N) drones|another drone", False),  # an alternation: its second branch starts anywhere
    ("(?P<n>N)+ drones", False),
    ("(?=x)(?P<n>N) drones", False),  # a look-ahead is no look-behind
    ("of (?P<n>N) drones", False),
])
def test_which_rows_open_with_the_lead(pattern, opens):
    assert _opens_with(re.compile(pattern), HEADS) is opens


@pytest.mark.parametrize("language", ["en", "ru", "uk"])
def test_no_row_that_opens_with_a_number_matches_before_the_lead(language):
    lex = gated_lexicon(language)
    lead = count_lead(lex)
    assert any(lead.from_lead)  # (the number-first rows of every lexicon are found)
    checked = 0
    for text in corpus_texts(40):
        low = lower_text(text)
        spans = sentences(text, lex)
        spans += [(s, min(e, s + 40)) for s, e in spans] + [(s + 7, e) for s, e in spans if e - s > 7]
        for s, e in spans:
            first = lead.lead.search(low, s, e)
            assert (first is None) == (lex.numx.search(low, s, e) is None)
            for (_, rx, _), from_lead in zip(lex.counts, lead.from_lead):
                m = rx.search(low, s, e)
                if from_lead and m is not None:
                    checked += 1
                    assert first is not None and first.start() <= m.start()
                    assert rx.search(low, first.start(), e).span() == m.span()
    assert checked > 0
