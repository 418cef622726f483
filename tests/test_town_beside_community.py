"""A town and a community (or district) of the same region named together as the place of a strike: the town's
incident and the community's (region, no settlement)."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 6, 25)


def _places(text: str) -> list[tuple]:
    """(type, region, settlement) of each incident found."""
    return [r[:3] for r in figure_rows(text, "uk", DAY)]


def test_a_town_and_a_community_hit_together_are_two_strikes() -> None:
    assert _places("Уранці окупанти вдарили дронами по Херсону та Білозерській громаді.") == [
        ("strike", "UA-65", "Херсон"), ("strike", "UA-65", None)]


def test_a_town_and_a_district_in_the_nominative_are_two_strikes() -> None:
    assert _places("Росіяни атакували Чернігів і Ніжинський район безпілотниками.") == [
        ("strike", "UA-74", "Чернігів"), ("strike", "UA-74", None)]


def test_two_communities_named_together_stay_one_region_strike() -> None:
    assert _places("Ворог атакував дронами Нікопольську та Марганецьку громади.") == [("strike", "UA-12", None)]

