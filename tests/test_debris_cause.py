"""The harm told first, a downed drone's debris told as its cause in the next sentences: one interception."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 6, 2)


def test_english_cause_told_in_the_next_sentence() -> None:
    text = ("A blaze started at a grain store in Lipetsk following a drone attack on Tuesday. "
            "According to the governor, falling debris from a drone that was shot down set it alight.")
    assert figure_rows(text, "en", DAY) == [("interception", "RU-LIP", "Lipetsk", 1, None, None)]


def test_russian_cause_told_after_a_quote_line() -> None:
    text = ("В Твери после атаки беспилотника загорелся гараж, ранен один человек. "
            "Об этом сообщили в мэрии. Возгорание вызвало падение обломков сбитого БПЛА.")
    assert figure_rows(text, "ru", DAY) == [("interception", "RU-TVE", "Тверь", 1, None, 1)]


def test_ukrainian_cause_told_next() -> None:
    text = ("У Вінниці після нічної атаки дрона спалахнула пожежа у складському приміщенні. "
            "Як пояснили в ОВА, займання спричинили уламки збитого безпілотника.")
    assert figure_rows(text, "uk", DAY) == [("interception", "UA-05", "Вінниця", 1, None, None)]


def test_a_hit_stays_a_strike_beside_debris_of_another_drone() -> None:
    text = ("Беспилотник попал в склад в Твери, начался пожар. "
            "Обломки сбитого дрона также повредили крышу дома.")
    rows = figure_rows(text, "ru", DAY)
    assert rows[0][:3] == ("strike", "RU-TVE", "Тверь")


def test_debris_in_another_region_does_not_retype_the_attack() -> None:
    text = ("В Твери после атаки беспилотника загорелся гараж. "
            "Обломки сбитого дрона упали в Курской области.")
    rows = figure_rows(text, "ru", DAY)
    assert ("strike", "RU-TVE", "Тверь") in [r[:3] for r in rows]


def test_a_drones_fall_in_a_town_listed_among_the_downing_places_is_their_debris() -> None:
    text = ("Беспилотники сбиты над Азовским районом, в Батайске и Сальске. Пострадавших нет. "
            "В Батайске из-за падения дрона повреждены крыша гаража и два автомобиля.")
    rows = figure_rows(text, "ru", DAY)
    assert ("interception", "RU-ROS", "Батайск") in [r[:3] for r in rows]
    assert all(r[0] == "interception" for r in rows)


def test_downed_on_a_citys_approach_is_in_its_region_with_no_settlement() -> None:
    text = "Утром над окрестностями было тихо. Около полудня беспилотник сбили на подлете к Липецку, пострадавших нет."
    assert figure_rows(text, "ru", DAY) == [("interception", "RU-LIP", None, 1, 0, 0)]
    # (the mayor's "на подлете к Москве" stays a heading: where it was downed is not said)
    assert figure_rows("Силы ПВО сбили на подлете к Москве три беспилотника.", "ru", DAY)[0][1] is None


def test_the_drones_told_again_with_more_damage_right_after_their_debris_in_a_town() -> None:
    text = ("Wreckage of an intercepted drone landed on a school in Tver, and two people were hurt. "
            "The drones also damaged a row of garages in Tver.")
    assert figure_rows(text, "en", DAY) == [("interception", "RU-TVE", "Tver", None, None, 2)]
