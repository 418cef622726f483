"""Russian phrasings seen on fresh news in session 23, round d (a strike of the day before told after today's
in the same village; "утром того же дня"), each checked on sentences written for this file."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract

DAY = dt.date(2025, 6, 10)


def rows(text: str) -> list[tuple]:
    return [(i.event_type, i.region, i.settlement, i.date, i.injured)
            for i in extract(text, published=DAY, language="ru")]


def test_the_eves_strike_in_the_same_village_is_its_own_incident():
    text = ("В Курской области дрон атаковал автомобиль у села Глушково, пострадал водитель, сообщил губернатор.\n\n"
            "Накануне беспилотник ударил по легковому автомобилю у села Глушково, ранения получили двое мужчин.")
    got = rows(text)
    assert ("strike", "RU-KRS", "Глушково", "2025-06-10", 1) in got
    assert ("strike", "RU-KRS", "Глушково", "2025-06-09", 2) in got
    assert len(got) == 2


def test_the_morning_of_that_same_day_keeps_the_day_told_before():
    text = ("Дрон атаковал автомобиль у села Глушково Курской области, пострадал водитель.\n\n"
            "5 июня губернатор сообщил, что беспилотник ударил по грузовику в селе Тёткино, ранены два человека. "
            "Утром того же дня другой дрон атаковал автобус в селе Тёткино, пострадали четыре пассажира.")
    got = rows(text)
    assert [g[3] for g in got if g[2] == "Тёткино"] == ["2025-06-05"]
    assert ("strike", "RU-KRS", "Глушково", "2025-06-10", 1) in got


def test_a_governor_named_by_surname_alone_after_the_quote_gives_the_region():
    text = ("«Утром над территорией одного из муниципальных округов сбит один беспилотник, пострадавших нет», "
            "— написал Богомаз в своем Telegram-канале.")
    got = [(i.event_type, i.region, i.count) for i in extract(text, published=DAY, language="ru")]
    assert got == [("interception", "RU-BRY", 1)]


def test_a_regions_adjective_before_a_refinery_names_its_capital_not_a_nuclear_plant():
    def places(text: str) -> list[tuple]:
        return [(i.region, i.settlement) for i in extract(text, published=DAY, language="ru")]
    assert places("Обломки сбитого дрона повредили установку на территории Краснодарского "
                  "нефтеперерабатывающего завода.") == [("RU-KDA", "Краснодар")]
    assert places("Обломки сбитого беспилотника упали у Курской АЭС.") == [(None, None)]
