"""One row reads an attack's consequence in either spelling ("внаслідок", "унаслідок"), with one decision on
plurals: strikes in any number are hits; the plural "атак" of a day's summary is not."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 3, 4)
LEAD = "Над Полтавщиною вночі збито сім безпілотників. "


def test_both_spellings_read_strikes_in_the_plural_uk() -> None:
    for cause in ("Внаслідок", "Унаслідок"):
        rows = figure_rows(LEAD + f"{cause} ворожих ударів пошкоджено склад у Кременчуці.", "uk", DAY)
        assert ("strike", "UA-53", "Кременчук", None, None, None) in rows, cause


def test_both_spellings_agree_on_the_plural_attacks_uk() -> None:
    said = LEAD + "{} атак на Кременчук пошкоджено склад."
    assert figure_rows(said.format("Внаслідок"), "uk", DAY) == figure_rows(said.format("Унаслідок"), "uk", DAY)
