"""Rules of the second session-23 Ukrainian accuracy round (issue 14), each checked on sentences
written for this file (also the ru/en year-as-count fix the round was asked to carry over)."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2024, 9, 15)


def test_ru_a_full_date_before_the_region_is_no_count():
    for text in ("В ночь на 15 сентября 2024 года над Брянской областью уничтожены три беспилотника.",
                 "Средствами ПВО 15 сентября 2024 г. над Брянской областью сбиты три беспилотника."):
        assert figure_rows(text, "ru", DAY) == [("interception", "RU-BRY", None, 3, None, None)]
    # a real roundup count before the region still reads
    two = "Ночью 12 беспилотников над Брянской областью и 5 над Курской областью были уничтожены."
    assert [r[3] for r in figure_rows(two, "ru", DAY)] == [12, 5]


def test_en_a_full_date_before_the_region_is_no_count():
    for text in ("Overnight on September 15, 2024 over the Bryansk region air defences destroyed three drones.",
                 "On September 15, 2024 over the Bryansk region, three drones were destroyed."):
        assert figure_rows(text, "en", DAY) == [("interception", "RU-BRY", None, 3, None, None)]
    two = "Over the past night 12 drones over the Bryansk region and 5 over the Kursk region were destroyed."
    assert [r[3] for r in figure_rows(two, "en", DAY)] == [12, 5]


def test_uk_drones_lost_by_location_are_not_among_the_downed():
    day = dt.date(2025, 3, 4)
    text = "За добу над Полтавщиною збито 11 ворожих БпЛА, ще 4 локаційно втрачені."
    assert figure_rows(text, "uk", day) == [("interception", "UA-53", None, 11, None, None)]
    # the lost ones told on their own line make no region-less interception
    alone = "Над Полтавщиною збито 11 ворожих БпЛА.\nЩе 30 безпілотників були локаційно втрачені."
    assert figure_rows(alone, "uk", day) == [("interception", "UA-53", None, 11, None, None)]
    # those suppressed by EW are downed too, and add up
    ew = "За добу над Полтавщиною збито 11 ворожих БпЛА, ще 4 подавлено засобами РЕБ."
    assert figure_rows(ew, "uk", day) == [("interception", "UA-53", None, 15, None, None)]


def test_uk_drones_sent_at_a_place_named_after_them_strike_it():
    day = dt.date(2025, 3, 4)
    for text in ("Окупанти спрямували БпЛА на Лозову. Пошкоджено склад.",
                 "Ще й БпЛА окупанти спрямували і на Лозову. Пошкоджено склад."):
        assert figure_rows(text, "uk", day) == [("strike", "UA-63", "Лозова", None, None, None)]


def test_uk_a_place_beaten_with_drones_is_struck():
    day = dt.date(2025, 3, 4)
    text = "По Херсону окупаційна армія била FPV-дронами."
    assert figure_rows(text, "uk", day) == [("strike", "UA-65", "Херсон", None, None, None)]
    assert figure_rows("Вона била посуд, коли над Херсоном пролітали дрони.", "uk", day) == []


def test_uk_a_drone_name_in_curly_quotes_is_still_a_drone():
    day = dt.date(2025, 3, 4)
    text = "На Вінниччині знищили 14 “шахедів”.\nЗа словами голови ОВА, було кілька влучань у поле біля Жмеринки."
    assert figure_rows(text, "uk", day) == [("interception", "UA-05", None, 14, None, None),
                                            ("strike", "UA-05", "Жмеринка", None, None, None)]


def test_uk_one_unit_that_downed_one_drone_counts_one():
    day = dt.date(2025, 3, 4)
    for verb in ("знищив", "збив", "знешкодив", "перехопив"):
        text = f"Цієї ночі над Черкащиною підрозділ ППО {verb} ворожий безпілотник."
        assert figure_rows(text, "uk", day) == [("interception", "UA-71", None, 1, None, None)]
    # a car that knocked a man down is no interception
    assert figure_rows("У Черкасах автомобіль збив чоловіка, поки над містом лунала тривога через дрони.", "uk", day) == []


def test_uk_one_drone_in_the_instrumental_past_a_clause_on_where():
    day = dt.date(2025, 3, 4)
    text = "Окупанти атакували Великописарівську громаду, що на Охтирщині, дроном. Пошкоджено сарай."
    assert [r[3] for r in figure_rows(text, "uk", day)] == [1]
