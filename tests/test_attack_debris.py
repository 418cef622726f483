"""An attack's toll beside the drones downed over the same place, their debris told: the interception's toll."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 6, 2)
ATTACK = "Во время вечерней атаки беспилотников на Керчь погибла женщина, ещё трое получили ранения. "
DEBRIS = "Там же из-за падения обломков сбитых БПЛА загорелись два гаража. "
DOWNED = "По словам главы города, всего над Керчью уничтожено 14 БПЛА."


def test_attack_toll_beside_downed_drones_and_their_debris_is_the_interception() -> None:
    assert figure_rows(ATTACK + DEBRIS + DOWNED, "ru", DAY) == [("interception", "UA-43", "Керчь", 14, 1, 3)]


def test_no_debris_told_keeps_the_attack_apart() -> None:
    assert figure_rows(ATTACK + DOWNED, "ru", DAY) == [
        ("strike", "UA-43", "Керчь", None, 1, 3), ("interception", "UA-43", "Керчь", 14, None, None)]


def test_a_hit_told_beside_the_downed_drones_stays_a_strike() -> None:
    text = "Вечером беспилотник врезался в склад в Керчи, ранены трое. " + DEBRIS + DOWNED
    assert figure_rows(text, "ru", DAY) == [
        ("strike", "UA-43", "Керчь", 1, None, 3), ("interception", "UA-43", "Керчь", 14, None, None)]


DOWNED_ONE = "Силы ПВО сбили беспилотник в Лискинском районе Воронежской области. "


def test_damage_in_a_village_right_after_one_drone_downed_is_that_interceptions() -> None:
    text = DOWNED_ONE + "По словам губернатора, беспилотник повредил склад в селе Давыдовка. Пострадавших нет."
    assert figure_rows(text, "ru", DAY) == [("interception", "RU-VOR", "Давыдовка", 1, 0, 0)]


def test_another_drones_damage_stays_a_strike() -> None:
    text = DOWNED_ONE + "Ещё один беспилотник повредил склад в селе Давыдовка."
    assert figure_rows(text, "ru", DAY) == [
        ("interception", "RU-VOR", None, 1, None, None), ("strike", "RU-VOR", "Давыдовка", 1, None, None)]
