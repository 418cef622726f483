"""The incident record: its schema fields and their validation."""
from __future__ import annotations

import pytest

from geo.record import SCHEMA_FIELDS, Incident, validate


def good_record(**changes):
    rec = Incident(event_type="strike", country="RU", region="RU-BEL", region_name="Belgorod Oblast",
                   settlement="Shchetinovka", lat=50.44, lon=36.17, geo_precision=1, count=1,
                   count_qualifier="exact", date="2026-07-21", date_precision="year_assumed",
                   injured=1, target="truck", evidence="A drone struck a truck.", document="a.txt").to_dict()
    rec.update(changes)
    return rec


def test_record_has_exactly_the_schema_fields_in_order():
    assert tuple(good_record()) == SCHEMA_FIELDS
    assert validate(good_record()) == []


@pytest.mark.parametrize("changes,problem", [
    ({"event_type": "shelling"}, "event_type"),
    ({"country": "PL"}, "country"),
    ({"region": "UA-63"}, "region does not belong"),
    ({"geo_precision": 5}, "geo_precision"),
    ({"count": -1}, "count"),
    ({"count": True}, "count"),
    ({"count": 10**23}, "count must be at most"),
    ({"killed": 10_001}, "killed must be at most"),
    ({"date": "3025-07-21"}, "date must lie between"),
    ({"date": "1025-07-21", "date_end": None}, "date must lie between"),
    ({"count_qualifier": "many"}, "count_qualifier"),
    ({"date": "21 July"}, "date must be"),
    ({"date_end": "2026-07-01"}, "date_end is before"),
    ({"lat": None}, "lat and lon"),
    ({"evidence": ""}, "evidence"),
    # a wrong type is named, not a crash of the check relating two fields
    ({"region": 63}, "region must be an ISO 3166-2 code"),
    ({"country": ["UA"]}, "country must be"),
    ({"date": 20250721, "date_end": "2025-07-22"}, "date must be YYYY-MM-DD"),
    ({"date_end": ["2025-07-22"]}, "date_end must be YYYY-MM-DD"),
])
def test_validate_names_the_problem(changes, problem):
    assert any(problem in p for p in validate(good_record(**changes)))


def test_from_dict_keeps_unknown_keys_as_extras():
    inc = Incident.from_dict({**good_record(), "district": "Valuysky"})
    assert inc.extras == {"district": "Valuysky"}
    assert inc.to_dict() == good_record()


def test_to_dict_is_a_new_dict_of_the_schema_fields_only():
    inc = Incident("strike", region="RU-BEL", evidence="A drone hit.", extras={"evidence_spans": [[0, 12]]})
    record = inc.to_dict()
    record["region"] = "UA-63"
    assert list(record) == list(SCHEMA_FIELDS)
    assert inc.region == "RU-BEL" and inc.to_dict()["region"] == "RU-BEL"


def test_figures_and_years_at_the_edge_of_the_sane_range_are_valid():
    assert validate(good_record(count=10_000, killed=10_000, date="2014-02-27")) == []
