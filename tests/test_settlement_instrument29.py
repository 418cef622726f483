"""A town attacked "with a drone" named right after the instrument: its settlement (session 29, cnt29)."""
from __future__ import annotations

import datetime as dt

import pytest

from geo.extract import extract

DAY = dt.date(2025, 6, 14)


@pytest.mark.parametrize(("text", "region", "town"), [
    ("Утром противник атаковал с дрона Шебекино, ранен водитель.", "RU-BEL", "Шебекино"),
    ("Днем ВСУ атаковали беспилотником Грайворон, пострадавших нет.", "RU-BEL", "Грайворон"),
    ("Вечером армия РФ атаковала с квадрокоптера Берислав на Херсонщине, ранена женщина.", "UA-65", "Берислав"),
])
def test_town_after_a_singular_instrument(text: str, region: str, town: str) -> None:
    found = [(i.region, i.settlement) for i in extract(text, DAY, language="ru")]
    assert found[:1] == [(region, town)]


def test_community_after_the_instrument_is_no_town() -> None:
    """"атаковал дроном X-скую громаду": the community, no settlement."""
    found = extract("Утром противник атаковал дроном Березовскую громаду на Днепропетровщине. Погибла женщина.",
                    DAY, language="ru")
    assert [(i.region, i.settlement, i.killed) for i in found] == [("UA-12", None, 1)]
