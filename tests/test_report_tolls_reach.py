"""Where a report's closing "nobody hurt" reaches: not from a town that only inherited a 0, and counted from the
last incident of the report."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 3, 4)
IDLE = ("Оперативные службы работали всю ночь.", "Глава района собрал совещание.", "Жителям раздали воду.",
        "Школы открылись в обычном режиме.", "Транспорт ходит по расписанию.", "Энергетики проверили линии.",
        "Связь работает без перебоев.", "Магазины открыты.", "Синоптики обещают дождь.", "Вечером прошел концерт.")


def test_a_town_given_zero_by_the_report_before_it_closes_nothing_ru() -> None:
    earlier = ("В Россоши в результате атаки беспилотника повреждена кровля гаража.\n\n"
               "В Лисках обломки упали во двор частного дома.\n\nНад Подгорным сбит дрон, пострадавших нет.")
    assert [r[4:] for r in figure_rows(earlier, "ru", DAY)] == [(None, None), (None, None), (0, 0)]
    town_after = earlier + "\n\nВ селе Ольховатка обломки повредили забор."
    rows = figure_rows(town_after, "ru", DAY)
    assert [(r[2], r[4], r[5]) for r in rows] == [("Россошь", None, None), ("Лиски", None, None),
                                                  ("Подгорный", 0, 0), ("Ольховатка", 0, 0)]


def test_closing_reach_counts_from_the_last_incident_of_the_report_ru() -> None:
    def text(idle: tuple[str, ...]) -> str:
        return (f"В Россоши беспилотник повредил крышу гаража.\n\n{' '.join(idle)}\n\n"
                "В селе Подгорное обломки дрона упали во двор дома.\n\nПо словам губернатора, люди не пострадали.")
    assert [r[5] for r in figure_rows(text(IDLE[:9]), "ru", DAY)] == [0, 0]  # the last town ten sentences after
    assert [r[5] for r in figure_rows(text(IDLE), "ru", DAY)] == [None, 0]  # eleven: another report
