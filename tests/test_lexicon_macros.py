"""The casualty macros of a lexicon ({HURT}, {AGED_ONE}, {AGED_LIST} ...) are spelled out in every pattern, also
those written with another macro inside, and the age lists built from them still count one victim per age."""
from __future__ import annotations

import datetime as dt
import re

from geo.extract.lexicon import load_lexicon
from support.figures import figure_rows

MACRO = re.compile(r"\{[A-Z][A-Z0-9_]*\}")


def test_no_casualty_pattern_keeps_a_macro_unexpanded() -> None:
    for lang in ("en", "ru", "uk"):
        assert [rx.pattern for _, rx, _ in load_lexicon(lang).casualties if MACRO.search(rx.pattern)] == [], lang


def test_an_age_list_of_four_counts_four_en() -> None:
    text = ("A drone struck a minibus near Vovchansk in the Kharkiv region. A 71-year-old woman, a 40-year-old "
            "driver, a 12-year-old boy and a 35-year-old man were hurt.")
    assert [r[5] for r in figure_rows(text, "en", dt.date(2025, 3, 4))] == [4]


def test_a_told_toll_larger_than_the_ages_listed_stays_en() -> None:
    text = ("A drone struck a minibus near Vovchansk in the Kharkiv region. Five people were hurt, among them a "
            "71-year-old woman and a 12-year-old boy.")
    assert [r[5] for r in figure_rows(text, "en", dt.date(2025, 3, 4))] == [5]
