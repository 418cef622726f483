"""Session 28: incidents that are not there (words that look like an event, places that are not the event's)."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 3, 9)


def test_damage_losses_word_downs_nothing_uk() -> None:
    """"збитки" (losses) shares its stem with "збито" (downed) but states no interception."""
    text = ("Росіяни атакували Кременчук двома дронами. Поранено жінку.\n\n"
            "Збитки ще підраховують фахівці міської ради.")
    assert figure_rows(text, "uk", DAY) == [("strike", "UA-53", "Кременчук", 2, None, 1)]
