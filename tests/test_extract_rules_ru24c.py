"""Russian phrasings of session 24 round c (a bare damage sentence told after the governor's words), each
checked on sentences written for this file."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract

DAY = dt.date(2025, 6, 10)


def rows(text: str) -> list[tuple]:
    return [(i.event_type, i.region, i.settlement, i.count, i.killed, i.injured)
            for i in extract(text, published=DAY, language="ru")]


STRIKE = ("В Курской области при атаке дрона-камикадзе пострадал водитель. Об этом в среду сообщил губернатор региона.\n"
          "Всё случилось возле села Глушково.\n"
          "— Противник снова бьёт по мирным людям. Удар пришёлся по грузовику на трассе возле села Глушково, "
          "— написал он.\n"
          "По его словам, раненого доставили в районную больницу. ")


def test_a_bare_damage_sentence_after_the_governors_words_is_the_same_strike():
    got = rows(STRIKE + "Грузовик получил механические повреждения.")
    assert [r for r in got if r[0] == "strike"] == [("strike", "RU-KRS", "Глушково", 1, None, 1)]


def test_a_damage_sentence_naming_a_drone_far_after_the_strike_stays_its_own():
    got = rows(STRIKE + "Ещё один беспилотник повредил линию электропередачи.")
    assert len([r for r in got if r[0] == "strike"]) == 2
