"""English casualty forms (session 27 sweep): persons told with an age, several persons sharing one predicate,
families, and tolls after 'left'/'leaving'. Each sentence follows a drone strike on a named town."""
from __future__ import annotations

import datetime as dt

import pytest

from support.figures import figure_rows

DAY = dt.date(2025, 8, 19)
EVENT = "A Russian drone hit a private house in Kupiansk, Kharkiv region, on Sunday."


@pytest.mark.parametrize(("toll", "killed", "injured"), [
    ("A 67 year old woman was wounded.", None, 1),
    ("A 15-year-old was hurt.", None, 1),
    ("A farmer aged 58 was injured.", None, 1),
    ("A pensioner (81) sustained injuries.", None, 1),
    ("A woman in her 40s was taken to hospital with injuries.", None, 1),
    ("A driver got injured.", None, 1),
    ("The attack left a man aged 44 wounded.", None, 1),
    ("Two women aged 52 and 75 got injured.", None, 2),
    ("A woman, 39, and a man, 70, suffered shrapnel wounds.", None, 2),
    ("A 33-year-old man and his 6-year-old daughter were hospitalised.", None, 2),
    ("An elderly couple sustained injuries.", None, 2),
    ("A family of five have been injured.", None, 5),
    ("A family of three died.", 3, None),
    ("A teacher and her husband lost their lives.", 2, None),
    ("A boy, aged 9, has died.", 1, None),
    ("The strike left a retired couple dead.", 2, None),
    ("Three people are dead and six injured.", 3, 6),
    ("One person died and another was wounded.", 1, 1),
    ("A worker was hurt. Another man has died.", 1, 1),
    ("The wounded farmer, 62, is in hospital.", None, 1),
    ("Two guards were hurt. A further four residents were hurt.", None, 6),
    ("A firefighter suffered burns.", None, 1),
    ("A nurse was treated for shrapnel wounds.", None, 1),
    ("A volunteer, 27, needed medical help.", None, 1),
    ("A grandmother and her grandson suffered concussions.", None, 2),
])
def test_a_toll_after_the_strike(toll: str, killed: int | None, injured: int | None) -> None:
    assert [r[4:] for r in figure_rows(f"{EVENT} {toll}", "en", DAY)] == [(killed, injured)]


@pytest.mark.parametrize(("tail", "killed", "injured"), [
    (", leaving a cyclist dead.", 1, None),
    (", killing a farmer and wounding his son.", 1, 1),
    (", leaving a family of four injured.", None, 4),
])
def test_a_participle_after_the_strike(tail: str, killed: int | None, injured: int | None) -> None:
    text = "Overnight a drone struck a garage in Balakliia in the Kharkiv region" + tail
    assert [r[4:] for r in figure_rows(text, "en", DAY)] == [(killed, injured)]


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("A guard and a farmer were hurt when a drone hit a warehouse in Izium, Kharkiv region, on Friday.", None, 2),
    ("Four people, including a teenager, sustained injuries in a drone attack on Lozova in the Kharkiv region.", None, 4),
    ("A farmer, 48, and a nurse, 33, got injured when a drone hit a clinic in Bohodukhiv, Kharkiv region.", None, 2),
])
def test_a_toll_told_before_the_strike(text: str, killed: int | None, injured: int | None) -> None:
    assert [r[4:] for r in figure_rows(text, "en", DAY)] == [(killed, injured)]
