"""A region's bare attack (drones arriving, circling, falling in a field) told beside the drones downed over
that region: the interception, no strike of its own."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 3, 11)


def test_counted_arrival_right_after_the_shoot_down_is_the_interception() -> None:
    text = ("Дежурные расчеты ПВО сбили три беспилотника над Орловской областью. "
            "В 4:30 в Орловской области был зафиксирован прилет трех БПЛА.")
    assert [r[:4] for r in figure_rows(text, "ru", DAY)] == [("interception", "RU-ORL", None, 3)]


def test_more_drones_arriving_than_downed_stay_a_strike() -> None:
    text = ("Дежурные расчеты ПВО сбили три беспилотника над Орловской областью. "
            "В 4:30 в Орловской области был зафиксирован прилет пяти БПЛА.")
    assert [r[0] for r in figure_rows(text, "ru", DAY)] == ["interception", "strike"]


def test_a_fall_in_a_district_after_the_drone_was_jammed_is_the_interception() -> None:
    text = "Дрон був подавлений засобами РЕБ над Полтавщиною. Безпілотник упав у полі в Лубенському районі."
    assert [r[:2] for r in figure_rows(text, "uk", DAY)] == [("interception", "UA-53")]


def test_a_district_hit_beside_the_shoot_down_stays_a_strike() -> None:
    text = "Air defences destroyed five drones over the Oryol region. An FPV drone struck the Livny district."
    assert [r[:2] for r in figure_rows(text, "en", DAY)] == [("interception", "RU-ORL"), ("strike", "RU-ORL")]


def test_an_undated_bare_attack_beside_a_dated_shoot_down_is_the_interception() -> None:
    # (the shoot-down's date is whole, year and all; "у суботу" with no publication date gives the attack no day)
    text = ("Сили ППО знищили дев'ять безпілотників над Чернігівщиною 4 березня 2025 року. "
            "У суботу дрони атакували Чернігівщину.")
    assert [r[:2] for r in figure_rows(text, "uk", None)] == [("interception", "UA-74")]


def test_an_earlier_attack_beside_the_shoot_down_stays_a_strike() -> None:
    text = ("Над Курской областью силы ПВО уничтожили пять беспилотников. "
            "Ранее беспилотники атаковали Курскую область.")
    assert [r[:2] for r in figure_rows(text, "ru", DAY)] == [("interception", "RU-KRS"), ("strike", "RU-KRS")]
