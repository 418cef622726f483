"""Rules of the session-23 round c on Ukrainian reports, each checked on sentences written for this file."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 11, 20)


def rows(text: str) -> list[tuple]:
    return figure_rows(text, "uk", DAY)


def test_uk_the_fall_of_the_downed_drone_told_sentences_later_is_its_debris_not_a_strike():
    body = ("Уночі над областю працювала ППО. У Гайсинському районі впали уламки збитого ворожого безпілотника.\n"
            "Про це повідомив очільник ОВА. В результаті падіння ворожого \"Шахеда\" було пошкоджено два "
            "господарські будинки. Люди не постраждали.")
    assert rows("На Вінниччині уламки \"Шахеда\" впали на поле: пошкоджено будинки\n" + body) == \
        [("interception", "UA-05", None, 1, 0, 0)]
    # the shoot-down told first in the headline only, its restatement four sentences before the fall
    assert rows(body.replace("над областю", "над Вінниччиною")) == [("interception", "UA-05", None, 1, 0, 0)]


def test_uk_a_drone_fall_with_no_shoot_down_stays_a_strike():
    text = ("Уночі на Вінниччині ворожий безпілотник влучив у склад у Гайсинському районі. "
            "Внаслідок падіння дрона пошкоджено будинок. Люди не постраждали.")
    assert [r[0] for r in rows(text)] == ["strike"]


def test_uk_every_drone_downed_then_a_drone_fall_is_that_interception():
    text = ("Уночі сили ППО збили всі ворожі безпілотники над Житомирщиною. Про це повідомив голова ОВА. "
            "Тривога тривала три години. В результаті падіння дрона було пошкоджено дах приватного будинку. "
            "Люди не постраждали.")
    assert rows(text) == [("interception", "UA-18", None, None, 0, 0)]


def test_uk_an_attack_figure_with_its_downed_part_next_is_no_strike_count():
    told = "Уночі ворог атакував Полтавщину щонайменше 20 БПЛА. 17 з них збили сили ППО."
    # the hits told after: a strike with no number (the remainder is arithmetic), the victims its own
    assert rows(told + " Під ударами були житлові будинки. Травмовано жінку і чоловіка.") == \
        [("strike", "UA-53", None, None, None, 2), ("interception", "UA-53", None, 17, None, None)]
    assert rows(told + " Пошкоджено приватний будинок.") == \
        [("strike", "UA-53", None, None, None, None), ("interception", "UA-53", None, 17, None, None)]
    # no hit told: only the interception
    assert rows(told + " Про це повідомив голова ОВА.") == [("interception", "UA-53", None, 17, None, None)]
    # the part told later in the sentence
    later = "Уночі ворог атакував Полтавщину 20 БПЛА. Сили ППО збили 17 з них. Пошкоджено приватний будинок."
    assert rows(later) == [("strike", "UA-53", None, None, None, None), ("interception", "UA-53", None, 17, None, None)]


def test_uk_a_citys_suburbs_are_its_region_with_no_settlement():
    assert rows("Уночі ворог атакував передмістя Харкова дронами, пошкоджено будинок.") == \
        [("strike", "UA-63", None, None, None, None)]
    # the city itself named beside its suburbs: the city stays
    assert rows("Уночі ворог атакував Харків і передмістя Харкова дронами, пошкоджено будинок.")[0][2] == "Харків"
