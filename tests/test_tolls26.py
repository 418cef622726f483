"""Casualty tolls in English phrasings (session 26): our own sentences, other places and numbers."""
from __future__ import annotations

import datetime as dt

import pytest

from support.figures import figure_rows

DAY = dt.date(2025, 3, 4)

CASES = [
    # a couple is two people; the children named with them are added to it
    ("Overnight, a Russian drone hit a house in the village of Pidlisne in Chernihiv Oblast, killing an elderly "
     "couple and their three grandchildren.",
     ("strike", "UA-74", "Pidlisne", 1, 5, None)),
    ("A drone struck a car in Nikopol on Monday. A young couple was wounded, the governor said.",
     ("strike", "UA-12", "Nikopol", 1, None, 2)),
    ("A drone hit a flat in Kherson. The attack killed a couple.",
     ("strike", "UA-65", "Kherson", 1, 2, None)),
    # an acute stress reaction is an injury
    ("A drone hit an apartment block in Sumy overnight. Two pensioners suffered acute stress reactions, "
     "the city council said.",
     ("strike", "UA-59", "Sumy", 1, None, 2)),
    ("A drone hit an apartment block in Sumy overnight. An 80-year-old man suffered an acute stress reaction.",
     ("strike", "UA-59", "Sumy", 1, None, 1)),
    # a fire told with its cause after it ("as a result of", "due to") is the strike, and a quote's blanket
    # "there are no casualties" is its toll
    ("Lipetsk governor Igor Artamonov says that a fire started at an oil depot in Yelets as a result of a UAV "
     "attack.\n\n\"A tank is burning, there are no casualties. Firefighters are on site,\" he wrote.",
     ("strike", "RU-LIP", "Yelets", 1, 0, 0)),
    ("A blaze broke out at a grain store in Shebekino due to a drone attack on Sunday.",
     ("strike", "RU-BEL", "Shebekino", 1, None, None)),
    # the one named first and the relatives after it; "left with injuries"; "lost their lives"
    ("A drone hit a house in Bilozerka, Kherson Oblast. A woman and her two children were injured.",
     ("strike", "UA-65", "Bilozerka", 1, None, 3)),
    ("A drone hit a house in Bilozerka, Kherson Oblast, killing a man and his three sons.",
     ("strike", "UA-65", "Bilozerka", 1, 4, None)),
    ("A drone hit a house in Bilozerka, Kherson Oblast. Two residents were left with injuries.",
     ("strike", "UA-65", "Bilozerka", 1, None, 2)),
    ("A drone hit a house in Bilozerka, Kherson Oblast, leaving two residents with injuries.",
     ("strike", "UA-65", "Bilozerka", 1, None, 2)),
    ("A drone hit a house in Bilozerka, Kherson Oblast. Two people lost their lives.",
     ("strike", "UA-65", "Bilozerka", 1, 2, None)),
    ("A drone hit a house in Bilozerka, Kherson Oblast. The attack claimed the lives of three civilians.",
     ("strike", "UA-65", "Bilozerka", 1, 3, None)),
    # "the driver and four passengers": the one and the number after it (not two persons)
    ("A drone struck a bus in Kherson on Tuesday morning. According to the city administration, the driver and "
     "four passengers were injured.",
     ("strike", "UA-65", "Kherson", 1, None, 5)),
    ("A drone struck a bus in Kherson on Tuesday morning. The driver and four passengers sustained injuries.",
     ("strike", "UA-65", "Kherson", 1, None, 5)),
    ("A drone struck a bus in Kherson on Tuesday morning. A man and an elderly woman were injured.",
     ("strike", "UA-65", "Kherson", 1, None, 2)),
]


@pytest.mark.parametrize(("text", "row"), CASES)
def test_toll(text: str, row: tuple) -> None:
    assert figure_rows(text, "en", DAY) == [row]


def test_a_couple_of_drones_is_no_couple_of_victims() -> None:
    rows = figure_rows("A couple of drones hit a warehouse in Sumy; a couple of workers were injured.", "en", DAY)
    assert [r[4:] for r in rows] == [(None, 2)]
