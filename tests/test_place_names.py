"""Place names the reader must take whole: odd apostrophes inside a word, two-word names."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract
from geo.extract.lowering import fold_apostrophes
from support.figures import figure_rows

DAY = dt.date(2026, 3, 4)


def test_odd_apostrophes_inside_a_word_are_read_as_the_apostrophe():
    assert fold_apostrophes("Куп‘янськ і Мар`їнка") == "Куп’янськ і Мар’їнка"
    assert fold_apostrophes("‘Шахед’ над Ізюмом") == "‘Шахед’ над Ізюмом"  # a quote, not inside a word


def test_a_district_spelt_with_a_quote_mark_does_not_join_the_village_name():
    text = "Зранку в селі Гусарівка Ізюм‘ського району дрон влучив у трактор. Поранено тракториста."
    rows = figure_rows(text, "uk", DAY)
    assert [r[2] for r in rows] == ["Гусарівка"]
    assert rows[0][5] == 1


def test_the_evidence_keeps_the_characters_as_written():
    text = "Дрон атакував Куп‘янськ увечері, пошкоджено склад."
    (incident,) = extract(text, published=DAY, language="uk")
    assert incident.settlement == "Куп’янськ"
    assert "Куп‘янськ" in incident.evidence


def test_bracketed_places_after_what_was_hit_keep_both_words_and_bare_names():
    text = ("Дрони атакували Ізюмський район.\nУ Ізюмському районі пошкоджено склад (Нова Гусарівка), "
            "трактор (с. Середній Бурлук), гараж (Укрпошта).")
    places = sorted(r[2] for r in figure_rows(text, "uk", DAY))
    assert places == ["Нова Гусарівка", "Середній Бурлук"]  # not "Середній"; a company in brackets is no place


def test_a_two_word_village_before_its_community_in_the_genitive_is_taken_whole():
    rows = figure_rows("Дрон вдарив по авто у Сотницькому Козачку Золочівської громади.", "uk", DAY)
    assert [r[2] for r in rows] == ["Сотницький Козачок"]
    rows = figure_rows("Дрон вдарив по будинку у Тихому Яру Золочівської громади.", "uk", DAY)
    assert [r[2] for r in rows] == ["Тихий Яр"]  # unknown to the gazetteer: its community says it is a place
    rows = figure_rows("Беспилотник атаковал дом в станице Ильской Северского района.", "ru", DAY)
    assert [r[2] for r in rows] == ["Ильская"]  # the second word is the district's


def test_a_village_named_by_an_adjective_in_the_locative():
    rows = figure_rows("В посёлке Лесном Брянского района обломки сбитого беспилотника повредили дом.", "ru", DAY)
    assert [r[2] for r in rows] == ["Лесной"]


def test_a_community_written_short_names_no_settlement():
    for word in ("тергромаді", "ТГ", "громаді"):
        text = f"Над Черкащиною збито шість БпЛА. В Уманській {word} уламками БпЛА пошкоджено два будинки."
        assert all(r[2] is None for r in figure_rows(text, "uk", DAY)), word


def test_a_quarter_of_kyiv_is_kyiv():
    rows = figure_rows("Уночі уламок шахеда влучив у будинок у районі Оболоні в Києві, ніхто не постраждав.", "uk", DAY)
    assert [(r[1], r[2]) for r in rows] == [("UA-30", "Київ")]


def test_where_the_wounded_will_be_taken_is_no_place_of_the_strike():
    text = "Дрон атаковал автомобиль на трассе в Курской области, водитель ранен. Пострадавшего перевезут в Курск."
    assert [r[2] for r in figure_rows(text, "ru", DAY)] == [None]
