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
