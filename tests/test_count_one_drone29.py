"""Counts of one drone told without a numeral (the instrument, a downing told as a noun, a chain of
participles) and of drones told one by one a few sentences apart (session 29, cnt29)."""
from __future__ import annotations

import datetime as dt

import pytest

from geo.extract import extract

DAY = dt.date(2025, 6, 14)


def _counts(text: str, lang: str, region: str) -> list[tuple[str, int | None]]:
    return [(i.event_type, i.count) for i in extract(text, DAY, language=lang) if i.region == region]


@pytest.mark.parametrize(("text", "region", "kind"), [
    # the instrument after "с": "атаковали с дрона" as "атаковали дроном"
    ("Вечером противник атаковал с беспилотника ферму под Брянском, ранен тракторист.", "RU-BRY", "strike"),
    ("Утром ВСУ ударили с дрона по автобусу в Курской области.", "RU-KRS", "strike"),
    # a downing told as a noun of neutralising or suppressing
    ("Губернатор Орловской области сообщил о нейтрализации дрона над регионом.", "RU-ORL", "interception"),
    ("Глава Липецкой области рассказал о подавлении вражеского беспилотника, пострадавших нет.", "RU-LIP",
     "interception"),
    # the noun, then "обнаружен и уничтожен / сбит"
    ("Беспилотник самолетного типа обнаружен и уничтожен над Тульской областью.", "RU-TUL", "interception"),
    ("Ударный дрон был обнаружен и сбит над Калужской областью.", "RU-KLU", "interception"),
])
def test_one_drone_with_no_numeral(text: str, region: str, kind: str) -> None:
    assert _counts(text, "ru", region)[:1] == [(kind, 1)]


def test_plural_instrument_keeps_no_count() -> None:
    """"с дронов": several, how many untold."""
    assert _counts("Вечером противник атаковал с дронов ферму в Брянской области.", "ru", "RU-BRY") == [
        ("strike", None)]


@pytest.mark.parametrize(("text", "lang", "region"), [
    ("В Белгородской области дрон ударил по трактору. Тракторист получил ожоги. Его доставили в больницу. "
     "Кабина трактора сгорела. Второй беспилотник взорвался у забора фермы.", "ru", "RU-BEL"),
    ("У Сумській області дрон влучив у гараж. Власника доправили до лікарні. Гараж згорів. "
     "Другий дрон вибухнув біля паркану.", "uk", "UA-59"),
    ("A drone hit a barn in the Kharkiv region on Sunday. The farmer was taken to hospital. The roof was damaged. "
     "A second drone exploded near the fence.", "en", "UA-63"),
])
def test_second_drone_a_few_sentences_on(text: str, lang: str, region: str) -> None:
    """The second drone of one strike, told three or four sentences after the first: two."""
    assert _counts(text, lang, region) == [("strike", 2)]


def test_second_drone_far_on_is_not_added() -> None:
    """Many sentences on, the "second drone" is no longer read as the same strike's."""
    text = ("В Белгородской области дрон ударил по трактору. Тракторист получил ожоги. Его доставили в больницу. "
            "Кабина сгорела. Соседи потушили огонь. На месте работают службы. Второй беспилотник взорвался у фермы.")
    assert ("strike", 2) not in _counts(text, "ru", "RU-BEL")
