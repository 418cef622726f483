"""More English phrasings of real news the extractor reads right (issue 14, second round): restated
incidents on other days, casualty nouns, counts, verbs after "used drones to", summaries.

Every sentence here is written for this file; none is taken from a published article."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract

DAY = dt.date(2025, 3, 14)


def read(text: str, published: dt.date | None = DAY):
    return extract(text, published=published, language="en")


def test_the_same_attack_on_another_day_is_no_restatement():
    text = ("A drone struck a private house in the Kharkiv region on Friday, the governor said.\n"
            "- On March 10, a drone struck a private house in the Kharkiv region, killing one person.")
    found = [(i.event_type, i.region, i.date, i.killed) for i in read(text)]
    assert found == [("strike", "UA-63", "2025-03-14", None), ("strike", "UA-63", "2025-03-10", 1)]


def test_casualty_nouns():
    [inc] = read("A drone strike on the town of Hlukhiv resulted in two fatalities and five injuries.")
    assert (inc.killed, inc.injured) == (2, 5)
    [inc] = read("A drone hit a lorry in the village of Dobre, resulting in the death of the driver.")
    assert inc.killed == 1
    [inc] = read("A drone struck a shop in the town of Hlukhiv; four individuals sustained light injuries.")
    assert inc.injured == 4
