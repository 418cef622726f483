"""Russian phrasings seen on fresh news in session 24 (drones heading for the capital told over several
sentences, ...), each checked on sentences written for this file."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract

DAY = dt.date(2025, 6, 10)


def rows(text: str) -> list[tuple]:
    return [(i.event_type, i.region, i.settlement, i.count, i.killed, i.injured)
            for i in extract(text, published=DAY, language="ru")]


def test_drones_heading_for_the_capital_told_in_three_sentences_are_one_figure():
    text = ("Мэр Москвы Собянин: ПВО уничтожены два беспилотника, летевших на Москву. "
            "Об этом написал в своём канале Сергей Собянин. "
            "Специалисты работают на месте падения обломков. "
            "Ещё три дрона сбиты около пяти утра.")
    assert rows(text) == [("interception", None, None, 5, None, None)]


def test_following_the_capital_leaves_no_region_in_focus_for_a_later_figure():
    text = ("Ночью над Тульской областью уничтожены пять беспилотников. "
            "Кроме того, сбит дрон, следовавший в направлении столицы. "
            "Вечером средствами ПВО было уничтожено восемь беспилотников.")
    got = rows(text)
    assert ("interception", "RU-TUL", None, 5, None, None) in got
    assert ("interception", None, None, 1, None, None) in got or ("interception", None, None, 9, None, None) in got
    assert not any(r[1] == "RU-MOW" for r in got)
    assert ("interception", "RU-TUL", None, 8, None, None) not in got


def test_drones_downed_before_the_latest_one_are_not_added_to_it():
    text = ("Уничтожен ещё один беспилотник, летевший на Москву, сообщил Собянин. "
            "До этого ночью были сбиты ещё два дрона, летевших на Москву.")
    got = rows(text)
    assert ("interception", None, None, 3, None, None) not in got
