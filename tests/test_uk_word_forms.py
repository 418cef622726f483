"""Ukrainian word forms the lexicon missed: "унаслідок" (the у- spelling of "внаслідок") tells an attack's consequence; a
ministry "у Міністерстві" is no place; "герані", "гераней" (the Shahed's Russian type name) are drones."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 6, 25)


def test_the_u_spelling_of_the_cause_word_reads_the_regions_hit() -> None:
    text = "Протягом ночі росіяни запустили по Україні 44 БпЛА. Проте унаслідок атаки постраждали Вінниччина і Кіровоградщина."
    assert [r[:2] for r in figure_rows(text, "uk", DAY) if r[0] == "strike"] == [("strike", "UA-05"), ("strike", "UA-35")]


def test_a_ministry_is_no_place_of_the_damage() -> None:
    text = ("Уламки збитого дрона впали на склад у Черкаській області. "
            "Згодом у Міністерстві повідомили, що унаслідок атаки в Черкаській області пошкоджено гараж.")
    rows = figure_rows(text, "uk", DAY)
    assert all(r[2] is None for r in rows)
    assert [r[:3] for r in rows] == [("interception", "UA-71", None)]  # (one incident: "all" of none would pass too)


def test_the_shaheds_russian_type_name_in_its_case_forms_is_a_drone() -> None:
    text = "Уночі було влучання «гераней» по складу в Прилуках. Зранку біля Ніжина збито дві «герані»."
    assert [r[:3] for r in figure_rows(text, "uk", DAY)] == [
        ("strike", "UA-74", "Прилуки"), ("interception", "UA-74", "Ніжин")]
