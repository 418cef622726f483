"""Rules of the third session-21 Ukrainian round (issue 14), each checked on sentences written for this
file: ages listed before one "років" count one victim each, an assault ("напад") with a drone is a
strike, and harm told as a noun ("призвів до травмування двох людей") carries its number."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract
from support.figures import figure_rows

DAY = dt.date(2025, 10, 3)


def rows(text: str) -> list[tuple]:
    return figure_rows(text, "uk", DAY)


def test_ages_listed_before_one_years_word_are_one_victim_each():
    text = ("Ворожі безпілотники атакували Чугуїв. "
            "У м. Чугуїв постраждали жінки 71 і 45 років та чоловік 52 років.")
    assert rows(text) == [("strike", "UA-63", "Чугуїв", None, None, 3)]


def test_an_age_is_not_read_as_the_number_of_wounded():
    text = "Дрон влучив у будинок у Балаклії, постраждали жінки 90 і 64 років."
    assert rows(text) == [("strike", "UA-63", "Балаклія", 1, None, 2)]


def test_an_assault_with_a_drone_is_a_strike_of_one():
    text = "У селі Станіслав на Херсонщині окупанти здійснили напад за допомогою дрона на трактор."
    assert rows(text) == [("strike", "UA-65", "Станіслав", 1, None, None)]


def test_harm_told_as_a_noun_carries_its_number():
    text = ("Ворожий дрон атакував автобус у Нікополі. "
            "Удар призвів до травмування трьох пасажирів.")
    assert rows(text) == [("strike", "UA-12", "Нікополь", 1, None, 3)]


def test_a_death_told_as_a_noun_carries_its_number():
    text = "Атака FPV-дрона на авто під Херсоном спричинила загибель двох чоловіків."
    got = rows(text)
    assert len(got) == 1 and got[0][4] == 2


def test_the_abbreviated_settlement_word_sel_names_the_place():
    text = ("Учора ворог атакував дронами Ізюм і два села району. "
            "\"У м. Ізюм постраждав чоловік; у сел. Донець Балаклійської громади постраждала жінка\", - написав він.")
    got = rows(text)
    assert ("strike", "UA-63", "Донець", None, None, 1) in got


def test_an_attack_that_hit_nothing_is_no_strike():
    text = "Вночі ворог атакував Полтавщину ударними дронами. Влучань на території області не зафіксовано."
    assert rows(text) == []


def test_an_attack_with_a_hit_elsewhere_keeps_the_hit():
    text = ("Увечері дрони атакували Полтавщину. У Миргороді уражено склад. "
            "Влучань у житлові будинки не було.")
    got = rows(text)
    assert [r[:3] for r in got] == [("strike", "UA-53", "Миргород")]


def _dates(text: str, published: dt.date) -> list[str | None]:
    return [i.date for i in extract(text, published=published, language="uk")]


def test_an_ordinal_day_word_is_the_day_of_the_month():
    text = "Другого жовтня ворожий дрон атакував Херсон, поранено чоловіка."
    assert _dates(text, dt.date(2025, 10, 4)) == ["2025-10-02"]


def test_a_compound_ordinal_after_a_time_of_day_word():
    text = "Увечері двадцять п’ятого вересня дрон влучив у гараж у Нікополі."
    assert _dates(text, dt.date(2025, 9, 27)) == ["2025-09-25"]


def test_a_clock_time_in_a_recap_is_the_reports_day():
    text = ("Близько 11:00 у селі Кучерівка дрон атакував авто, поранено чоловіка.\n"
            "Як повідомлялося, близько 03:00 в селі Шевченкове російський дрон атакував приватний будинок, "
            "поранено жінку.")
    assert _dates(text, dt.date(2025, 10, 4)) == ["2025-10-04", "2025-10-04"]


def test_a_recap_with_no_time_stays_undated():
    text = ("Близько 11:00 у селі Кучерівка дрон атакував авто, поранено чоловіка.\n"
            "Як повідомлялося, в селі Шевченкове російський дрон атакував приватний будинок.")
    assert _dates(text, dt.date(2025, 10, 4)) == ["2025-10-04", None]


def test_a_district_named_after_the_town_is_not_the_town():
    text = ("Росіяни атакували дроном Харківський район, поранено чоловіка та жінку.\n\n"
            "Зруйновано приватний будинок.\n\n"
            "У Харкові ворожий дрон зруйнував склад.")
    got = [(r[0], r[1], r[2]) for r in rows(text)]
    assert got == [("strike", "UA-63", None), ("strike", "UA-63", "Харків")]


def test_a_drone_caught_on_a_power_line_is_a_strike():
    text = "У селі Бабенкове на Харківщині ворожий FPV-дрон зачепився за лінію електропередачі."
    assert [r[:3] for r in rows(text)] == [("strike", "UA-63", "Бабенкове")]
