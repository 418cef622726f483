"""English phrasings of real news the extractor reads right (issue 14, third round): where a report
places its incident in a later sentence, hromadas named after their centre, ...

Every sentence here is written for this file; none is taken from a published article."""
from __future__ import annotations

import datetime as dt

from geo.extract import extract

DAY = dt.date(2025, 3, 14)


def read(text: str, published: dt.date | None = DAY):
    return extract(text, published=published, language="en")


def test_a_hromada_named_after_its_village_is_the_village():
    [inc] = read("A Russian drone struck a barn in the Myropillia community of the Sumy region on Friday.")
    assert (inc.region, inc.settlement) == ("UA-59", "Myropillia")
    [inc] = read("A Russian drone struck a barn in the Krasnopilska hromada of the Sumy region on Friday.")
    assert inc.settlement is None


def test_a_later_sentence_says_where_the_attack_was():
    text = ("A Ukrainian drone attack on Friday damaged a school in the Kursk region, the governor said. "
            "He added that the incident took place in the village of Tetkino.")
    [inc] = read(text)
    assert (inc.region, inc.settlement) == ("RU-KRS", "Tetkino")


def test_the_region_named_like_its_capital_gives_way_to_the_village():
    text = ("Two people were injured in a Russian drone attack in Ukraine's Kharkiv on Thursday, officials said. "
            "The attack occurred in the Zolochiv community shortly after midnight. "
            "Russian forces used two drones to strike a private house. Two people were injured in the attack.")
    [inc] = read(text)
    assert (inc.region, inc.settlement, inc.count, inc.injured) == ("UA-63", "Zolochiv", 2, 2)
