"""Session 28 (places28): dates told by a weekday, "earlier in the day", and a page's clock and date lines.
Sentences written for the test."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract

TUESDAY = dt.date(2025, 9, 2)


def dates(text: str, published: dt.date | None, language: str, today: dt.date = TUESDAY) -> list[str | None]:
    return [i.date for i in extract(text, published=published, language=language, today=today)]


def test_weekday_with_its_day_gives_the_year_when_no_publication_date() -> None:
    """"into Tuesday, March 4" with no publication date: the latest year in which March 4 is a Tuesday."""
    text = ("Overnight into March 4, air defences downed nine drones over the Poltava region. As reported earlier, "
            "overnight into Tuesday, March 4, Russia launched 60 drones at Ukraine.")
    assert set(dates(text, None, "en", today=dt.date(2026, 12, 1))) == {"2025-03-04"}


def test_earlier_in_the_day_is_the_reports_day() -> None:
    text = "Earlier in the day, the governor said a drone had hit a fuel depot in the Oryol region."
    assert dates(text, TUESDAY, "en") == ["2025-09-02"]


def test_genitive_weekday_after_a_part_of_the_day() -> None:
    """"вечером воскресенья": Sunday evening, not the evening of the publication day."""
    text = "Вечером воскресенья беспилотник атаковал автомобиль в Курской области, ранен водитель."
    assert dates(text, TUESDAY, "ru") == ["2025-08-31"]


def test_title_under_a_clock_line_and_a_date_line_sums_up_the_body() -> None:
    """"08:40" and "02.09.2025" each on a line above the title: the title is still the title, not an incident."""
    text = ("08:40\n02.09.2025\nДрон поранив водія на Чернігівщині\n"
            "У неділю ввечері ворожий дрон влучив у вантажівку в Ніжині, поранено водія.")
    assert dates(text, TUESDAY, "uk") == ["2025-08-31"]
