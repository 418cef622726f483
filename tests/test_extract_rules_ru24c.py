"""Russian phrasings of session 24 round c (a bare damage sentence told after the governor's words), each
checked on sentences written for this file."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract

DAY = dt.date(2025, 6, 10)


def rows(text: str) -> list[tuple]:
    return [(i.event_type, i.region, i.settlement, i.count, i.killed, i.injured)
            for i in extract(text, published=DAY, language="ru")]


STRIKE = ("В Курской области водитель пострадал при атаке дрона-камикадзе. Об этом в среду сообщил губернатор региона.\n"
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


def test_more_drones_downed_over_a_region_already_counted_add_to_its_figure():
    text = ("Над Орловской областью сбиты четыре беспилотника, над Курской – по два.\n"
            "Позднее губернатор Орловской области сообщил, что над регионом уничтожены ещё два дрона.")
    assert ("interception", "RU-ORL", None, 6, None, None) in rows(text)


def test_a_restated_figure_without_more_stays_one_figure():
    text = ("Над Орловской областью сбиты четыре беспилотника.\n"
            "Губернатор Орловской области сообщил, что над регионом уничтожены четыре дрона.")
    assert rows(text) == [("interception", "RU-ORL", None, 4, None, None)]
