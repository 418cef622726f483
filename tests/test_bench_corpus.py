"""The benchmark corpus (bench/corpus.py): seeded, realistic, and read back by the extractor as planted.

The second half doubles as an extractor regression test over every template
the generator writes (roundups, governors' village reports, Air Force
statements, infrastructure and city strikes, "near the village of", non-events
and filler around them).
"""
from __future__ import annotations

import datetime as dt
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import corpus  # noqa: E402

from geo.extract import extract  # noqa: E402

N = 150
COMPARED = ("event_type", "region", "settlement", "count", "date", "killed", "injured", "target")


@pytest.fixture(scope="module")
def articles() -> list[corpus.Article]:
    return list(corpus.generate(N, seed=11))


def test_same_seed_same_corpus_other_seed_another(articles):
    again = list(corpus.generate(N, seed=11))
    assert [a.record() for a in again] == [a.record() for a in articles]
    assert [a.truth() for a in again] == [a.truth() for a in articles]
    other = list(corpus.generate(N, seed=12))
    assert [a.text for a in other] != [a.text for a in articles]


def test_articles_look_like_the_news_they_stand_for(articles):
    assert len(articles) == N
    sizes = [len(a.text.encode("utf-8")) for a in articles]
    assert 1800 <= min(sizes) and max(sizes) <= 4400
    assert len({a.id for a in articles}) == N
    kinds = Counter(a.title.split(":")[1].split("(")[0].strip() for a in articles if ":" in a.title)
    assert set(kinds) == {k.replace("_", " ") for k in corpus.EVENT_KINDS}
    regions = {i["region"] for a in articles for i in a.incidents if i["region"]}
    assert len(regions) >= 25 and {r[:2] for r in regions} == {"RU", "UA"}
    years = {a.published.year for a in articles}
    assert len(years) >= 3
    # some events are told twice, by another source, in other words
    told = Counter(n for a in articles for n in a.events)
    twice = [n for n, c in told.items() if c == 2]
    assert len(twice) >= N * corpus.DUPLICATE_SHARE / 3
    pair = [a for a in articles if twice[0] in a.events]
    assert pair[0].source != pair[1].source and pair[0].text != pair[1].text
    assert any(not a.incidents for a in articles)  # and some articles report nothing


def test_planted_settlements_are_in_their_region(articles):
    from geo.regions import point_in_region

    placed = [i for a in articles for i in a.incidents if i["settlement"]]
    assert placed
    for inc in placed:
        assert point_in_region(inc["lat"], inc["lon"], inc["region"], 5.0), inc


def test_the_extractor_finds_exactly_the_planted_incidents(articles):
    today = dt.date(2030, 1, 1)
    wrong = []
    for a in articles:
        got = sorted(str({k: getattr(i, k) for k in COMPARED})
                     for i in extract(a.text, published=a.published, document=a.id, today=today))
        want = sorted(str({k: i[k] for k in COMPARED}) for i in a.incidents)
        if got != want:
            wrong.append((a.id, a.text[:300], want, got))
    assert not wrong, f"{len(wrong)} of {len(articles)} articles read differently, first: {wrong[0]}"
