"""De-duplication rules: when two reports are one incident, and what the incident shows."""
from __future__ import annotations

import datetime as dt
import itertools

import pytest

from geo.store import dedup
from geo.store.dedup import SourceRecord, clusters, merged_fields, normalise_settlement


def same_event(a: SourceRecord, b: SourceRecord) -> bool:
    """Two reports alone: one incident?"""
    return a.key == b.key and len(clusters([a, b])) == 1


def rec(document="a", ordinal=0, published=None, **fields):
    base = {"event_type": "strike", "country": "RU", "region": "RU-BEL", "region_name": "Belgorod Oblast",
            "settlement": None, "evidence": f"evidence of {document}", "document": document}
    base.update(fields)
    return SourceRecord(document, ordinal, base, dt.date.fromisoformat(published) if published else None)


@pytest.mark.parametrize("a, b", [
    ("Shchetinovka", "shchetinovka"), ("Щёлково", "Щелково"), ("Novaya Tavolzhanka", "Novaya-Tavolzhanka"),
    ("  Belgorod ", "BELGOROD"), ("Krasnyy Oktyabr'", "Krasnyy Oktyabr"),
])
def test_settlement_spellings_that_are_one_name(a, b):
    assert normalise_settlement(a) == normalise_settlement(b)


def test_settlement_normalisation_keeps_different_names_apart():
    assert normalise_settlement("Shchetinovka") != normalise_settlement("Togobievka")
    assert normalise_settlement("Йошкар-Ола") != normalise_settlement("Иошкар-Ола")
    assert normalise_settlement("") is None and normalise_settlement(None) is None


@pytest.mark.parametrize("date_a, date_b, same", [
    ("2024-07-21", "2024-07-21", True),
    ("2024-07-21", "2024-07-22", True),
    ("2024-07-21", "2024-07-23", False),
    ("2024-07-25", "2024-07-21", False),
])
def test_dates_equal_or_within_a_day(date_a, date_b, same):
    assert same_event(rec("a", date=date_a), rec("b", date=date_b)) is same
    assert same_event(rec("b", date=date_b), rec("a", date=date_a)) is same


def test_a_span_matches_a_day_inside_or_next_to_it():
    week = rec("a", date="2024-07-15", date_end="2024-07-21", date_precision="range")
    assert same_event(week, rec("b", date="2024-07-18"))
    assert same_event(week, rec("b", date="2024-07-22"))
    assert not same_event(week, rec("b", date="2024-07-24"))


def test_type_region_and_settlement_must_agree():
    base = rec("a", date="2024-07-21", settlement="Shchetinovka")
    assert not same_event(base, rec("b", date="2024-07-21", settlement="Togobievka"))
    assert not same_event(base, rec("b", date="2024-07-21", settlement=None))
    assert not same_event(base, rec("b", date="2024-07-21", settlement="Shchetinovka", event_type="interception"))
    assert not same_event(base, rec("b", date="2024-07-21", settlement="Shchetinovka", region="RU-KRS"))
    assert same_event(rec("a", date="2024-07-21"), rec("b", date="2024-07-21"))  # both region-level


def test_national_totals_are_keyed_by_country():
    a = rec("a", region=None, region_name=None, date="2024-07-21", event_type="interception")
    assert same_event(a, rec("b", region=None, region_name=None, date="2024-07-21", event_type="interception"))
    assert not same_event(a, rec("b", region=None, country="UA", date="2024-07-21", event_type="interception"))


@pytest.mark.parametrize("pub_a, pub_b, same", [
    (None, None, True),
    ("2024-07-21", "2024-07-23", True),
    ("2024-07-21", "2024-07-24", False),
    ("2024-07-21", None, True),
])
def test_unknown_date_falls_back_to_publication_dates(pub_a, pub_b, same):
    undated = rec("a", published=pub_a)
    assert same_event(undated, rec("b", published=pub_b, date=None)) is same


def test_undated_report_is_compared_with_the_other_reports_date():
    undated = rec("a", published="2024-07-21")
    assert same_event(undated, rec("b", published="2024-07-25", date="2024-07-20"))
    assert not same_event(undated, rec("b", published="2024-07-25", date="2024-07-25"))
    assert same_event(rec("a"), rec("b", published="2024-07-25", date="2024-07-25"))


def test_components_are_connected_groups():
    assert dedup.components(5, [(0, 3), (3, 4)]) == [[0, 3, 4], [1], [2]]
    assert dedup.components(3, []) == [[0], [1], [2]]
    assert dedup.components(4, [(3, 2), (1, 0), (2, 1)]) == [[0, 1, 2, 3]]


def test_count_most_sources_agreeing_then_most_precise_then_larger():
    agree = [rec("a", count=5, count_qualifier="exact"), rec("b", count=5, count_qualifier="exact"),
             rec("c", count=7, count_qualifier="exact")]
    assert merged_fields(agree)["count"] == 5
    tie_precision = [rec("a", count=6, count_qualifier="at_least"), rec("b", count=5, count_qualifier="exact")]
    assert (merged_fields(tie_precision)["count"], merged_fields(tie_precision)["count_qualifier"]) == (5, "exact")
    tie_larger = [rec("a", count=4, count_qualifier="exact"), rec("b", count=6, count_qualifier="exact")]
    assert merged_fields(tie_larger)["count"] == 6
    assert merged_fields([rec("a"), rec("b", count=3, count_qualifier="exact")])["count"] == 3
    assert merged_fields([rec("a"), rec("b")])["count"] is None


def test_casualties_are_the_largest_stated_and_silence_stays_null():
    merged = merged_fields([rec("a", injured=1, killed=0), rec("b", injured=2), rec("c")])
    assert (merged["injured"], merged["killed"]) == (2, 0)
    assert merged_fields([rec("a"), rec("b")])["killed"] is None


def test_date_prefers_agreement_then_day_precision():
    merged = merged_fields([rec("a", date="2024-07-21", date_precision="year_assumed"),
                            rec("b", date="2024-07-22", date_precision="day"), rec("c")])
    assert (merged["date"], merged["date_precision"]) == ("2024-07-22", "day")


def test_place_comes_from_the_most_precise_geocode():
    merged = merged_fields([
        rec("a", lat=50.6, lon=36.6, geo_precision=3),
        rec("b", lat=50.4, lon=36.9, geo_precision=1, settlement="Shchetinovka"),
        rec("c", lat=50.6, lon=36.6, geo_precision=3)])
    assert (merged["lat"], merged["lon"], merged["geo_precision"]) == (50.4, 36.9, 1)


def test_a_namesake_settled_by_its_article_beats_two_bare_guesses():
    guess = dict(lat=50.94, lon=34.37, geo_precision=2, settlement="Mykolaivka")
    settled = rec("c", lat=50.80, lon=33.43, geo_precision=2, settlement="Mykolaivka")
    settled.extras["geocode_source"] = "gazetteer:context"
    for order in itertools.permutations([rec("a", **guess), rec("b", **guess), settled]):
        merged = merged_fields(list(order))
        assert (merged["lat"], merged["lon"], merged["geo_precision"]) == (50.80, 33.43, 2)


def test_document_and_evidence_come_from_the_earliest_published_source():
    merged = merged_fields([rec("z", published="2024-07-20"), rec("b", published="2024-07-22"), rec("a")])
    assert merged["document"] == "z" and merged["evidence"] == "evidence of z"
    assert merged["n_sources"] == 3
    assert merged_fields([rec("b", 0), rec("b", 1)])["n_sources"] == 1


def test_merged_values_do_not_depend_on_order():
    records = [rec("a", count=5, count_qualifier="exact", injured=1, target="truck", settlement="Shchetinovka"),
               rec("b", count=6, count_qualifier="at_least", target="Gazelle truck", settlement="shchetinovka",
                   date="2024-07-21", lat=50.4, lon=36.9, geo_precision=1),
               rec("c", count=6, count_qualifier="at_least", killed=0, published="2024-07-22",
                   lat=50.5, lon=36.8, geo_precision=2)]
    results = [merged_fields(p) for p in itertools.permutations(records)]
    assert all(r == results[0] for r in results)
    assert results[0]["count"] == 6 and results[0]["target"] == "Gazelle truck"


def groups(records) -> list[list[str]]:
    return sorted(sorted(records[i].document for i in g) for g in clusters(records))


def test_reports_of_the_same_day_are_one_incident():
    assert groups([rec("a", date="2024-07-21"), rec("b", date="2024-07-21"), rec("c", date="2024-07-25")]) == [
        ["a", "b"], ["c"]]


def test_daily_reports_do_not_chain_into_one_incident():
    daily = [rec(f"d{day}", date=f"2024-07-{day:02d}") for day in range(1, 11)]
    assert len(clusters(daily)) == 10


def test_a_pair_of_days_standing_alone_is_one_incident():
    assert groups([rec("a", date="2024-07-20"), rec("b", date="2024-07-21")]) == [["a", "b"]]
    assert groups([rec("a", date="2024-07-20"), rec("b", date="2024-07-21"), rec("c", date="2024-07-23")]) == [
        ["a", "b"], ["c"]]
    # one document telling of both days means two events
    assert groups([rec("a", 0, date="2024-07-20"), rec("a", 1, date="2024-07-21")]) == [["a"], ["a"]]


def test_a_range_joins_the_one_day_it_covers_and_stays_apart_when_ambiguous():
    week = rec("w", date="2024-07-15", date_end="2024-07-21", date_precision="range")
    assert groups([week, rec("a", date="2024-07-21")]) == [["a", "w"]]
    assert groups([week, rec("a", date="2024-07-16"), rec("b", date="2024-07-20")]) == [["a"], ["b"], ["w"]]


def test_undated_reports_join_the_nearest_day_or_stay_apart():
    assert groups([rec("u", published="2024-07-22"), rec("a", date="2024-07-21"), rec("b", date="2024-07-25")]) \
        == [["a", "u"], ["b"]]
    assert groups([rec("u"), rec("a", date="2024-07-21")]) == [["a", "u"]]
    assert groups([rec("u"), rec("v"), rec("a", date="2024-07-21"), rec("b", date="2024-07-25")]) == [
        ["a"], ["b"], ["u", "v"]]


def test_undated_reports_group_by_publication_day_without_chaining():
    assert groups([rec("a", published="2024-07-21"), rec("b", published="2024-07-23")]) == [["a", "b"]]
    daily = [rec(f"d{day}", published=f"2024-07-{day:02d}") for day in range(1, 8)]
    assert len(clusters(daily)) == 7
    assert groups([rec("a", published="2024-07-21"), rec("u")]) == [["a", "u"]]
