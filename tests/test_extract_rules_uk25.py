"""Rules of the session-25 accuracy round on Ukrainian reports (issue 14), each checked on sentences
written for this file."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 11, 20)


def rows(text: str) -> list[tuple]:
    return figure_rows(text, "uk", DAY)


def test_uk_a_town_named_after_po_mistu_is_the_settlement():
    text = "Увечері окупанти вдарили трьома дронами по місту Ромни. Пошкоджено склад."
    assert rows(text) == [("strike", "UA-59", "Ромни", 3, None, None)]


def test_uk_victims_absent_is_no_casualties():
    text = ("Уночі Житомирщину атакували ворожі безпілотники, в області працювала ППО. Уламки збитих "
            "дронів пошкодили два гаражі. Постраждалі серед населення відсутні.")
    assert rows(text) == [("interception", "UA-18", None, None, 0, 0)]
    assert rows("Дрон влучив у склад у селі Ворожба на Сумщині. Жертви та постраждалі відсутні.") == [
        ("strike", "UA-59", "Ворожба", 1, 0, 0)]
