"""geo.span_memo: a remembered search answers as the pattern does, for each text and span."""
from __future__ import annotations

import re

from geo.span_memo import SpanMemo, remembered


def test_answers_are_the_patterns_for_each_text_and_span():
    rx = re.compile(r"\bdrones?\b")
    memo = remembered(rx)
    texts = ["two drones hit a house", "a drone fell", "no drone here, drones there"]
    for _ in range(2):  # (the second pass reads the same texts again, in turn)
        for text in texts:
            for s in range(len(text)):
                for e in (s + 3, s + 9, len(text)):
                    got, want = memo.search(text, s, e), rx.search(text, s, e)
                    assert (got and got.span()) == (want and want.span())


def test_another_text_of_the_same_spans_is_searched_again():
    memo = SpanMemo(re.compile("b"))
    first = "ab" * 3
    other = "".join(["a", "a"] * 3)  # (built at run time: another object)
    assert memo.search(first, 0, 4).start() == 1
    assert memo.search(other, 0, 4) is None
    assert memo.search(first, 0, 4).start() == 1
    assert memo.pattern == "b" and memo.match(first, 1) is not None
