"""A strike's "a second drone" adds to it a few sentences on (its own reach, not the interceptions' "another")."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 3, 4)
IDLE = ("Rescuers worked at the scene.", "The mayor held a meeting.", "Schools stayed open.", "Buses ran as usual.")


def test_a_second_drone_adds_to_the_strike_within_its_reach_en() -> None:
    def text(n: int) -> str:
        return " ".join(("A drone hit a barn in Bohodukhiv in the Kharkiv region.", *IDLE[:n], "A second drone struck a house."))
    assert [r[3] for r in figure_rows(text(3), "en", DAY)] == [2]
    assert [r[3] for r in figure_rows(text(4), "en", DAY)] == [1, None]  # five sentences on: another strike
