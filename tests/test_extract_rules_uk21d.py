"""Rules of the session-21d accuracy round on Ukrainian reports (issue 14), each checked on sentences
written for this file: a source line between an incident and its follow-up does not break the reach."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 10, 30)


def rows(text: str) -> list[tuple]:
    return figure_rows(text, "uk", DAY)


def test_uk_source_line_does_not_cut_the_hit_count_off_its_strike():
    text = ("Росіяни атакують Харків ударними дронами, б’ють по житлових кварталах, є поранені. Про це повідомив міський голова.\n\n"
            "Люди ховаються в укриттях. Вже чотири удари.")
    assert rows(text) == [("strike", "UA-63", "Харків", 4, None, None)]


def test_uk_without_the_source_line_a_far_sentence_stays_out_of_reach():
    text = ("Росіяни атакують Харків ударними дронами, б’ють по житлових кварталах, є поранені. У місті оголосили тривогу.\n\n"
            "Б’ють по житлових кварталах у Київському районі. Вже чотири удари.")
    assert rows(text) == [("strike", "UA-63", "Харків", None, None, None)]


def test_uk_also_injured_closing_its_paragraph_is_the_toll_of_the_strike_before():
    text = ("У Сумах ворожий дрон зруйнував склад. Також травм зазнала працівниця складу.\n\n"
            "У Харкові безпілотник влучив в автомобіль.")
    assert rows(text) == [("strike", "UA-59", "Суми", 1, None, 1), ("strike", "UA-63", "Харків", 1, None, None)]


def test_uk_also_injured_leads_into_the_next_sentence_of_its_paragraph():
    text = ("У Сумах ворожий дрон зруйнував склад. Також поранено двох людей. "
            "У Харкові безпілотник влучив в автомобіль.")
    assert rows(text) == [("strike", "UA-59", "Суми", 1, None, None), ("strike", "UA-63", "Харків", 1, None, 2)]
