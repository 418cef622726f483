"""A sum told after a region's own figure ("Всего ..."): the region's only when nothing says the sum is the
country's (session 29, cnt29)."""
from __future__ import annotations

import datetime as dt

import pytest

from geo.extract import extract

DAY = dt.date(2025, 6, 14)


def _counts(text: str, region: str | None) -> list[tuple[str, int | None]]:
    return [(i.event_type, i.count) for i in extract(text, DAY, language="ru") if i.region == region]


@pytest.mark.parametrize("tail", [
    "Всего за сутки сбиты 87 беспилотников над 11 регионами страны.",
    "Всего по стране за сутки уничтожено 87 беспилотников.",
    "Всего за сутки ПВО сбила 87 беспилотников. Кроме Воронежской области, их сбивали над Курской и Брянской.",
])
def test_national_sum_keeps_the_region_figure(tail: str) -> None:
    text = f"Утром четыре дрона уничтожены над Воронежской областью. Пострадавших нет. {tail}"
    assert _counts(text, "RU-VOR")[:1] == [("interception", 4)]


def test_sum_of_the_one_region_is_its_own() -> None:
    """One region named, then a sum with no country-wide cue: the region's total."""
    text = ("Ночью над Воронежской областью сбили два дрона. Губернатор сообщил, что пострадавших нет. "
            "Всего за ночь уничтожено пять беспилотников.")
    assert _counts(text, "RU-VOR") == [("interception", 5)]


def test_only_one_is_no_sum() -> None:
    """"сбит всего один" is "only one", no national cue."""
    text = "Над Воронежской областью за ночь сбит всего один беспилотник."
    assert _counts(text, "RU-VOR") == [("interception", 1)]


def test_national_sum_a_few_sentences_on_is_a_partial_total() -> None:
    """The country's sum three sentences after the one region's figure: no incident of its own."""
    text = ("Утром четыре дрона уничтожены над Воронежской областью. Пострадавших нет. "
            "Губернатор поблагодарил военных. Всего за сутки сбиты 87 беспилотников над 11 регионами страны.")
    assert _counts(text, None) == []
    assert _counts(text, "RU-VOR") == [("interception", 4)]


def test_sum_over_the_region_is_its_own() -> None:
    """"Всего над областью ...": the region's own sum, after a district's debris and before the governor's name."""
    text = ("Обломки сбитого беспилотника упали в Острогожском районе, повреждена крыша гаража. "
            "Всего над областью уничтожены 7 беспилотников. Губернатор Александр Гусев")
    assert _counts(text, "RU-VOR") == [("interception", 7)]
    assert _counts(text, None) == []


def test_launched_in_an_attack_that_damaged_a_region() -> None:
    """"N drones launched in an attack that damaged X in the Y region": the national figure is not Y's; Y's own
    figure follows."""
    text = ("Air defence downed 41 of 47 drones launched in a night attack that damaged a depot in the Sumy region, "
            "officials said. Of them, 16 were shot down over the Sumy region and five over the Poltava region.")
    found = [(i.event_type, i.count) for i in extract(text, DAY, language="en") if i.region == "UA-59"]
    assert ("interception", 16) in found and ("interception", 41) not in found
