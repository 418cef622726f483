"""The extractor on the two seed articles and on single phrasings."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo.extract import extract
from geo.record import FIRST_YEAR, MAX_FIGURE, validate
from support.corpus_scoring import load_corpus

TODAY = dt.date(2025, 9, 1)

SEED_INCIDENTS = {
    ("strike", "RU-BEL", "Shchetinovka"),
    ("strike", "RU-BEL", "Togobievka"),
    ("strike", "RU-BRY", None),
    ("strike", "RU-ROS", None),
    ("interception", "RU-MOS", None),
    ("interception", "RU-ORL", None),
    ("interception", "RU-KLU", None),
    ("interception", "RU-SMO", None),
}


def _by_key(incidents):
    return {(i.event_type, i.region, i.settlement): i for i in incidents}


@pytest.fixture(params=[0, 1], ids=["seed0", "seed1"])
def seed(request, seed_paths):
    path = seed_paths[request.param]
    text = path.read_text(encoding="utf-8")
    return text, extract(text, document=str(path), today=TODAY)


def test_seed_finds_exactly_the_incidents_a_reader_lists(seed):
    _, incidents = seed
    keys = [(i.event_type, i.region, i.settlement) for i in incidents]
    assert sorted(keys, key=str) == sorted(SEED_INCIDENTS, key=str)


def test_seed_counts_casualties_and_targets(seed):
    _, incidents = seed
    got = _by_key(incidents)
    shch = got[("strike", "RU-BEL", "Shchetinovka")]
    assert (shch.count, shch.injured, shch.target) == (1, 1, "truck")
    togo = got[("strike", "RU-BEL", "Togobievka")]
    assert (togo.count, togo.injured, togo.target) == (1, 1, "private house")
    bry = got[("strike", "RU-BRY", None)]
    assert (bry.count, bry.count_qualifier) == (6, "at_least")
    assert got[("strike", "RU-ROS", None)].target == "railway station"
    assert got[("strike", "RU-ROS", None)].extras["fire"] is True
    for region, n in {"RU-MOS": 5, "RU-ORL": 4, "RU-KLU": 2, "RU-SMO": 2}.items():
        inc = got[("interception", region, None)]
        assert (inc.count, inc.count_qualifier) == (n, "exact")


def test_seed_belgorod_date_assumes_the_year(seed):
    _, incidents = seed
    shch = _by_key(incidents)[("strike", "RU-BEL", "Shchetinovka")]
    assert (shch.date, shch.date_precision) == ("2025-07-21", "year_assumed")
    early = extract("On July 21, a drone struck a house in the village of Shchetinovka, Belgorod region.",
                    today=dt.date(2025, 7, 20))
    assert early[0].date == "2024-07-21"


def test_seed_records_are_valid_with_verbatim_evidence(seed):
    text, incidents = seed
    for inc in incidents:
        assert validate(inc.to_dict()) == []
        assert inc.lat is None and inc.lon is None
        assert inc.country == "RU" and inc.region_name
        (start, end), = inc.extras["evidence_spans"]
        assert text[start:end] == inc.evidence and inc.evidence in text


def test_published_date_fixes_the_year():
    text = "On July 21, a drone hit a car in the village of Shchetinovka in the Belgorod region."
    inc, = extract(text, published=dt.date(2024, 8, 2))
    assert (inc.date, inc.date_precision) == ("2024-07-21", "day")


@pytest.mark.parametrize("text, expected", [
    ("Air defence systems destroyed 29 drones over the Bryansk Region, 15 over the Oryol Region, "
     "11 over the Belgorod Region and three over the Moscow Region, including one flying towards Moscow.",
     {("interception", "RU-BRY", 29), ("interception", "RU-ORL", 15), ("interception", "RU-BEL", 11),
      ("interception", "RU-MOS", 3)}),
    ("Air defences shot down four drones, two each over the Kaluga and Tula regions.",
     {("interception", "RU-KLU", 2), ("interception", "RU-TUL", 2)}),
    ("Drones were shot down over the Bryansk, Kursk and Oryol regions, the ministry said.",
     {("interception", "RU-BRY", None), ("interception", "RU-KRS", None), ("interception", "RU-ORL", None)}),
    ("Russian air defences destroyed 45 Ukrainian drones overnight.", {("interception", None, 45)}),
    ("In the Odesa region, 22 of 25 drones were downed; the rest hit port infrastructure.",
     {("interception", "UA-51", 22), ("strike", "UA-51", 3)}),
    ("Air defence neutralised 166 enemy drones in the north, south and east of the country. "
     "60 imitator drones were locationally lost.", {("interception", None, 226)}),
    ("A total of 87 drones were destroyed over the following regions: Kursk (30), Bryansk (25) and Tula (12).",
     {("interception", "RU-KRS", 30), ("interception", "RU-BRY", 25), ("interception", "RU-TUL", 12)}),
    ("In the Kursk region an air-raid alert was declared and explosions were heard.", set()),
    ("A missile struck a warehouse in the Kharkiv region.", set()),
])
def test_counts_and_regions(text, expected):
    got = {(i.event_type, i.region, i.count) for i in extract(text, published=dt.date(2025, 5, 3))}
    assert got == expected


def test_debris_of_a_downed_drone_is_an_interception_with_damage():
    text = ("Over the Voronezh region, a drone was shot down near the village of Nikolskoye; "
            "its debris damaged a private house. No one was hurt.")
    inc, = extract(text, published=dt.date(2025, 5, 3))
    assert (inc.event_type, inc.region, inc.settlement, inc.target) == ("interception", "RU-VOR", "Nikolskoye", "private house")
    assert inc.extras["near"] is True
    assert (inc.killed, inc.injured) == (0, 0)


def test_district_is_not_a_settlement():
    text = "A drone attacked a car near the village of Urazovo in the Valuysky district of the Belgorod region."
    inc, = extract(text, published=dt.date(2025, 5, 3))
    assert (inc.settlement, inc.extras["district"], inc.region) == ("Urazovo", "Valuysky", "RU-BEL")


@pytest.mark.parametrize("phrase, date, end, precision", [
    ("overnight", "2025-05-03", None, "day"),
    ("yesterday", "2025-05-02", None, "day"),
    ("on Sunday", "2025-04-27", None, "day"),
    ("on the night of May 1-2", "2025-05-02", None, "day"),
    ("over the past week", "2025-04-27", "2025-05-03", "range"),
])
def test_relative_dates(phrase, date, end, precision):
    inc, = extract(f"A drone hit an oil depot in the Bryansk region {phrase}.", published=dt.date(2025, 5, 3))
    assert (inc.date, inc.date_end, inc.date_precision) == (date, end, precision)


def test_earlier_gives_no_date_and_unanchored_relative_gives_none():
    text = "On May 2, a drone hit a house in the Kursk region. Earlier, a drone hit a shop in the Oryol region."
    first, second = extract(text, published=dt.date(2025, 5, 3))
    assert first.date == "2025-05-02" and second.date is None
    inc, = extract("A drone hit an oil depot in the Bryansk region overnight.")
    assert inc.date is None and inc.date_precision is None


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400) | st.lists(st.sampled_from([
    "drone", "drones", " shot down ", "hit", "Belgorod region", "village of ", "Moscow", "22 of 25 ",
    "the rest", "; ", ". ", "\n", "twenty-five", "including", "St.", "near ", "Kaluga and Tula regions",
    "July 21", "over the past week", "earlier", "debris", "\u0000", "Белгородской области", "‘", "each",
    "İ", "ẞ", "Kharkiv's", "Governor Gladkov", "Slavy Avenue", ": five over the Tula region",
    "yesterday", "on Sunday", "45000 ", "July 21, 3025", "21.07.1999", " 1,000,000 drones",
]), max_size=40).map("".join), st.none() | st.dates())
def test_never_raises_and_only_emits_valid_records(text, published):
    last_year = min((published or TODAY).year, dt.date.today().year) + 1
    for inc in extract(text, published=published, today=TODAY):
        assert validate(inc.to_dict()) == []
        assert inc.evidence and inc.evidence in text
        assert all(v is None or 0 <= v <= MAX_FIGURE for v in (inc.count, inc.killed, inc.injured))
        assert all(FIRST_YEAR <= int(v[:4]) <= last_year for v in (inc.date, inc.date_end) if v)


def test_region_names_in_cyrillic_and_two_word_names():
    text = "A drone hit a house in Белгородской области. Drones were downed over the Nizhny Novgorod region."
    got = [(i.event_type, i.region) for i in extract(text, today=TODAY)]
    assert got == [("strike", "RU-BEL"), ("interception", "RU-NIZ")]


@pytest.mark.parametrize("text, expected", [
    ("A drone slammed into a high-rise in Krasnogorsk, near Moscow, Moscow region governor Andrei Vorobyov said.",
     ("strike", "RU-MOS", "Krasnogorsk", "apartment building")),
    ("Debris of a downed drone fell on the roof of a school in the village of Maslova Pristan, Belgorod region.",
     ("interception", "RU-BEL", "Maslova Pristan", "school")),
    ("Two drones attacked Belgorod: one hit a shop and the other struck a car on Slavy Avenue.",
     ("strike", "RU-BEL", "Belgorod", "shop")),
    ("A drone hit a car in the village of Tetkino, Kursk region. Governor Khinshtein said the driver was hurt.",
     ("strike", "RU-KRS", "Tetkino", "car")),
])
def test_places_and_targets(text, expected):
    inc, = extract(text, published=dt.date(2025, 6, 15))
    assert (inc.event_type, inc.region, inc.settlement, inc.target) == expected


def test_night_of_weekdays_is_the_second_day():
    inc, = extract("On the night of Saturday to Sunday, Russian drones struck Kharkiv's Kyivskyi district.",
                   published=dt.date(2025, 6, 17))
    assert (inc.date, inc.settlement, inc.extras["district"]) == ("2025-06-15", "Kharkiv", "Kyivskyi")


def test_region_search_windows_find_what_the_whole_sentence_gives(seed_paths):
    """The extractor runs the region search on short windows for speed; it must not change the answer."""
    from geo.extract.lexicon import load_lexicon
    from geo.extract.places import region_mentions
    from geo.extract.text import sentences
    from geo.places.mentions import find_region_mentions

    texts = [p.read_text(encoding="utf-8") for p in seed_paths] + [
        "The Russian regions of Bryansk, Moscow, Oryol, Kaluga, and Smolensk were attacked.",
        "Drones hit the Khanty-Mansi Autonomous Okrug, Kursk's oblast and Belgorodskaya; Белгородской области.",
        "Over the Nizhny Novgorod, Kaluga and Tula regions, and in the Republic of Crimea, drones fell.",
    ] + [a["text"] for a in load_corpus()]
    for text in texts:
        spans = sentences(text, load_lexicon("en"))
        want = [(s + m.start, s + m.end, m.explicit) for s, e in spans for m in find_region_mentions(text[s:e])]
        assert [(m.start, m.end, m.explicit) for m in region_mentions(text, spans)] == want


@pytest.mark.parametrize("day", [dt.date.min, dt.date.max])
def test_dates_at_the_edges_of_the_calendar(day):
    for phrase in ("yesterday", "over the past week", "on Sunday", "on July 21"):
        for inc in extract(f"A drone hit a house in the Kursk region {phrase}.", published=day, today=day):
            assert validate(inc.to_dict()) == []


def test_odd_inputs():
    assert extract("") == []
    assert extract(None) == []  # type: ignore[arg-type]
    assert extract(b"A drone hit a house in the Kursk region.", today=TODAY)[0].region == "RU-KRS"  # type: ignore[arg-type]
    assert extract("drone " * 50_000, today=TODAY) == []
    # a letter whose lower case is two characters must not shift the evidence
    inc, = extract("İİİ. A drone hit a house in the Kursk region.", today=TODAY)
    assert inc.evidence == "A drone hit a house in the Kursk region."
