"""English phrasings met on a sixth fresh batch of real news (session 21, second round, issue 14):
national totals told as a part of a launch figure, downings, titles that are no places.

Every sentence here is written for this file; none is taken from a published article."""
from __future__ import annotations

import datetime as dt

import pytest

from geo.extract import extract

DAY = dt.date(2025, 3, 14)


def read(text: str, published: dt.date | None = DAY):
    return extract(text, published=published, language="en")


def events(text: str) -> set[tuple]:
    return {(i.event_type, i.region, i.count) for i in read(text)}


@pytest.mark.parametrize("sentence", [
    "The air force said it destroyed 41 out of 55 drones launched overnight.",
    "The air force reported destroying 41 of the 55 drones launched overnight.",
    "Overnight the enemy attacked Ukraine with 55 Shaheds, 41 of which were destroyed by the Defense Forces.",
    "The enemy launched 55 drones, of which 41 were shot down.",
])
def test_a_part_of_a_launch_figure_is_a_national_interception(sentence):
    text = "A drone hit a grain store in the Mykolaiv region overnight, the governor said. " + sentence
    assert ("interception", None, 41) in events(text)


def test_houses_of_which_some_were_destroyed_are_no_downed_drones():
    text = "A drone struck the village of Ivanivka in the Kharkiv region; nine houses were damaged, 4 of which were destroyed."
    assert {e[0] for e in events(text)} == {"strike"}
