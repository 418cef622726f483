"""validate's fast path (geo.record._plainly_valid) never hides a problem the check table finds."""
from __future__ import annotations

import itertools

from geo.record import _CHECKS, SCHEMA_FIELDS, validate

GOOD = {
    "event_type": "strike", "country": "UA", "region": "UA-63", "region_name": "Kharkiv", "settlement": "Kharkiv",
    "lat": 50.0, "lon": 36.2, "geo_precision": 1, "count": 3, "count_qualifier": "exact", "date": "2025-05-01",
    "date_end": "2025-05-02", "date_precision": "range", "killed": 0, "injured": 2, "target": "house",
    "evidence": "Three drones hit Kharkiv.", "document": "a.txt",
}

#: Values each field is tried with: valid ones, invalid ones and the edges between them.
TRIED = {
    "event_type": ["strike", "interception", "shelling", None, 1],
    "country": [None, "RU", "UA", "BY", "PL", ""],
    "region": [None, "UA-63", "RU-BEL", "UA", ""],
    "lat": [None, 1, 1.5, "1", True],
    "lon": [None, 2.0, "x"],
    "geo_precision": [None, 1, 4, 5, True, 0],
    "count": [None, 0, 10_000, 10_001, -1, True, 2.0, "3"],
    "killed": [None, 1, -2],
    "count_qualifier": [None, "exact", "about"],
    "date": [None, "2025-05-01", "2013-12-31", "2025-5-1", "20250501", "2025-02-30"],
    "date_end": [None, "2025-04-30", "2025-05-03", "bad"],
    "date_precision": [None, "day", "week"],
    "evidence": ["x", "", None, 3],
    "document": ["", "d", None],
}


def _table(record: dict) -> list[str]:
    return [problem for check in _CHECKS for problem in check(record)]


def test_fast_path_agrees_with_the_table_field_by_field():
    seen_valid = seen_invalid = 0
    for key, values in TRIED.items():
        for value in values:
            record = dict(GOOD, **{key: value})
            assert validate(record) == _table(record), (key, value)
            seen_valid += not _table(record)
            seen_invalid += bool(_table(record))
    assert seen_valid and seen_invalid


def test_fast_path_agrees_on_pairs_of_fields():
    for (k1, v1s), (k2, v2s) in itertools.combinations(TRIED.items(), 2):
        for v1, v2 in itertools.product(v1s, v2s):
            record = dict(GOOD, **{k1: v1, k2: v2})
            assert validate(record) == _table(record), (k1, v1, k2, v2)


def test_missing_fields_are_still_reported():
    for key in SCHEMA_FIELDS:
        record = {k: v for k, v in GOOD.items() if k != key}
        assert validate(record) and validate(record) == _table(record)


def test_a_new_check_in_the_table_is_seen_here():
    """``_plainly_valid`` restates the table by hand: a check added to ``_CHECKS`` must be added there and
    to ``TRIED`` too, or the fast path would pass records the new check refuses."""
    assert len(_CHECKS) == 15, "update geo.record._plainly_valid and TRIED for the new check, then this count"
