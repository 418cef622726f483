"""Rules learnt from the released x25-uk batch (session 25, issue 14), each checked on sentences written for
this file."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 11, 20)


def rows(text: str) -> list[tuple]:
    return figure_rows(text, "uk", DAY)


def test_uk_no_casualties_before_a_list_of_villages_is_each_ones_toll():
    text = ("За минулу добу ударів ворога зазнали 6 населених пунктів Дніпропетровської області.\n"
            "Про це повідомив голова обласної військової адміністрації.\n"
            "Унаслідок атак немає постраждалих.\n"
            "Ворог застосував проти Дніпропетровщини дрон \u201cЛанцет\u201d і три дрони \u201cШахед\u201d.\n"
            "Пошкоджено:\n"
            "- у Нікопольському районі пошкоджено гараж (м. Марганець);\n"
            "- у Синельниківському районі пошкоджено будинок (с. Шахтарське);\n"
            "- у Криворізькому районі пошкоджено лінію електропередач (с. Карпівка).")
    assert [r[2] for r in rows(text)] == ["Марганець", "Шахтарське", "Карпівка"]
    assert {r[4:] for r in rows(text)} == {(0, 0)}
    # a victim told for one of them: the blanket line is no toll of the others
    hurt = text.replace("пошкоджено будинок", "поранено жінку")
    assert [r[4:] for r in rows(hurt)] == [(None, None), (None, 1), (None, None)]
