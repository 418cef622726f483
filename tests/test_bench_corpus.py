"""The benchmark corpus (bench/corpus.py): seeded, realistic, and read back by the extractor as planted.

The second half doubles as an extractor regression test over every template
the generator writes (roundups, governors' village reports, Air Force
statements, infrastructure and city strikes, "near the village of", non-events
and filler around them).
"""
from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

import corpus
from geo.extract import extract

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
    from geo.places.polygons import point_in_region

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


def test_bulk_built_store_holds_what_the_write_path_stores(tmp_path):
    """bench/bulk_store.py fills big stores by bulk insertion; it must give what add_document gives."""
    import bulk_store
    from geo.documents.model import Document
    from geo.filters import Filters
    from geo.record import Incident
    from geo.store import open_store

    arts = list(corpus.generate(80, seed=3))
    stored = bulk_store.bulk_store(tmp_path / "bulk.db", arts)
    slow = open_store(str(tmp_path / "slow.db"))
    for a in arts:
        slow.add_document(Document(a.text, id=a.id, published=a.published, title=a.title, language="en",
                                   url=a.record()["url"]),
                          [Incident.from_dict(corpus.schema_record(i, a.id)) for i in a.incidents])
    bulk = open_store(str(tmp_path / "bulk.db"))
    everything = Filters(include_undated=True)

    def rows(store):
        frame = store.query(everything).drop(columns=["id"])
        return sorted(map(str, frame.astype(object).where(frame.notna(), None).to_dict("records")))

    assert stored == bulk.count(everything) == slow.count(everything)
    assert any(n > 1 for n in bulk.query(everything)["n_sources"])
    assert rows(bulk) == rows(slow)
    for method in ("region_counts", "daily_counts"):
        assert getattr(bulk, method)(everything).equals(getattr(slow, method)(everything))
    assert sorted(map(str, bulk.sources().drop(columns=["incident_id"]).to_dict("records"))) == \
        sorted(map(str, slow.sources().drop(columns=["incident_id"]).to_dict("records")))
