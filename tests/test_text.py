"""Sentence spans: where a sentence ends, on ordinary news and on runs of punctuation."""
from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from geo.extract.lexicon import load_lexicon
from geo.extract.text import _END, sentences

#: The plain (backtracking) definition of a sentence end; ``_END`` must find exactly its matches.
#: (Also a full stop glued between a lower-case word and a capitalised one: "said he.Overnight ...", or a
#: capitalised one-letter word: "областью.В селе ...".)
PLAIN_END = re.compile(r"""[.!?…]+["'”’»)\]]*(?=\s+["'“‘«(\[]?[^\W_a-z])|(?<![\w,])\n|\n(?![^\S\n]*[a-zа-яёіїєґ])"""
                       r"""|(?<=[a-zа-яёіїєґ]{2})\.(?=[A-ZА-ЯЁІЇЄҐ](?:[a-zа-яёіїєґ]|\s))""")


def split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text, load_lexicon("en"))]


def test_sentences_end_at_punctuation_before_a_capital_and_keep_abbreviations():
    text = "Gov. Gladkov said two drones hit Shebekino. One fell near St. Petersburg!  «Nobody was hurt.»\nNext"
    assert split(text) == ["Gov. Gladkov said two drones hit Shebekino.", "One fell near St. Petersburg!",
                           "«Nobody was hurt.»", "Next"]


def test_a_hard_wrapped_line_goes_on_with_its_sentence():
    text = "Wreckage of one intercepted drone\nlanded on a garage, officials said,\nand a fire started.\nHeadline\nnext line"
    assert split(text) == ["Wreckage of one intercepted drone\nlanded on a garage, officials said,\nand a fire started.",
                           "Headline\nnext line"]
    assert split("Drone attack on a town\nTwo people hurt") == ["Drone attack on a town", "Two people hurt"]
    # Windows line ends wrap the same way
    assert split("Wreckage of a drone\r\nlanded on a barn.\r\nHeadline") == ["Wreckage of a drone\r\nlanded on a barn.",
                                                                          "Headline"]


@pytest.mark.parametrize("run", ["!", ".", "?!", "…", '."'])
def test_a_long_run_of_punctuation_is_one_sentence_end(run):
    body = run * 20_000
    text = f"Drones attacked the Kursk region{body} Two drones were shot down."
    assert split(text) == [f"Drones attacked the Kursk region{body}", "Two drones were shot down."]
    # before a small letter the run ends nothing, however long the spaces after it
    text = f"Drones attacked{body}{' ' * 20_000}and more"
    assert split(text) == [text]


_CHARS = st.one_of(st.sampled_from(list(".!?… B")), st.sampled_from(list("\"'”’»)]“‘«([\n\ta1_-") + ["St", "Gov", "he", "Ba"]))


@settings(max_examples=300, deadline=None)
@given(st.lists(_CHARS, max_size=40))
@example(["Gov", ".", "B", " "])  # a capitalised one-letter word after a glued full stop (a draw once found it)
def test_sentence_end_matches_the_plain_definition(parts):
    text = "".join(parts)
    assert [m.span() for m in _END.finditer(text)] == [m.span() for m in PLAIN_END.finditer(text)]
    # the sentences cover the text but for the whitespace around and between them
    spans = sentences(text, load_lexicon("en"))
    assert all(s < e and text[s:e] == text[s:e].strip() for s, e in spans)
    bounds = [0, *(i for span in spans for i in span), len(text)]
    assert all(not text[a:b].strip() and a <= b for a, b in zip(bounds[::2], bounds[1::2]))
