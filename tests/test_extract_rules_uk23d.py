"""Rules of session 23's round d on Ukrainian reports, each checked on sentences written for this file."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 10, 3)


def rows(text: str) -> list[tuple]:
    return figure_rows(text, "uk", DAY)


SUBTITLED = ("На Житомирщині вночі дрони атакували склад\n"
             "Уламки іншого безпілотника впали в Коростенському районі на полі\n"
             "У ніч на 2 жовтня сили ППО відбивали атаку російських дронів на Житомирщині.\n"
             "- у Коростенському районі уламки збитого безпілотника впали на полі, наслідків немає;\n"
             "- у Житомирському районі дрон влучив у склад. Виникла пожежа.\n"
             "Постраждалих немає.")


def test_uk_a_subtitle_that_restates_a_body_paragraph_is_no_incident_of_its_own():
    got = rows(SUBTITLED)
    assert [r for r in got if r[0] == "interception"] == [("interception", "UA-18", None, 1, 0, 0)]
    assert ("strike", "UA-18", None, 1, 0, 0) in got or ("strike", "UA-18", None, None, 0, 0) in got


def test_uk_a_subtitle_about_a_region_the_body_does_not_tell_stays():
    other = SUBTITLED.replace("в Коростенському районі на полі\n", "на Київщині на полі\n", 1)
    assert ("interception", "UA-32") in [r[:2] for r in rows(other)]
