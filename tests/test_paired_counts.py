"""Figures listed in the order of their regions (paired_counts.py), on sentences written for this file."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 9, 14)


def counts(text: str, language: str) -> list[tuple]:
    return [(r[1], r[3]) for r in figure_rows(text, language, DAY)]


def test_two_figures_before_two_regions_go_one_to_each_in_order():
    text = "Ночью 21 и 8 беспилотников ликвидировали над территориями Курской и Липецкой областей."
    assert counts(text, "ru") == [("RU-KRS", 21), ("RU-LIP", 8)]


def test_a_paired_group_in_a_roundup_keeps_its_figures_beside_the_next_region():
    text = "Минобороны: 5 беспилотников сбиты над Курской областью, 3 и 2 — над Липецкой и Тамбовской областями."
    assert counts(text, "ru") == [("RU-KRS", 5), ("RU-LIP", 3), ("RU-TAM", 2)]


def test_three_figures_over_three_regions_in_english():
    text = "Over the night, 5, 4 and 2 UAVs were downed over the Bryansk, Kaluga and Tula regions."
    assert counts(text, "en") == [("RU-BRY", 5), ("RU-KLU", 4), ("RU-TUL", 2)]


def test_paired_figures_in_ukrainian():
    text = "Вночі 6 та 3 ворожі дрони знищено над Харківською та Полтавською областями."
    assert counts(text, "uk") == [("UA-63", 6), ("UA-53", 3)]


def test_a_range_or_an_unmatched_number_list_gives_no_figure():
    assert counts("Between 10 and 15 drones were downed over the Kursk and Belgorod regions.", "en") == \
        [("RU-KRS", None), ("RU-BEL", None)]
    assert counts("Ночью 7 и 4 беспилотника сбиты над Курской, Орловской и Брянской областями.", "ru") == \
        [("RU-KRS", None), ("RU-ORL", None), ("RU-BRY", None)]


def test_district_figures_of_one_region_add_up_even_when_two_are_equal():
    text = "Ночью над Белгородской областью сбиты дроны: два над Шебекинским округом, два над Грайворонским и один над Валуйским."
    assert counts(text, "ru") == [("RU-BEL", 5)]
    text = "Ночью над Белгородской областью сбиты дроны: три над Шебекинским округом и по одному над Грайворонским и Валуйским."
    assert counts(text, "ru") == [("RU-BEL", 5)]
