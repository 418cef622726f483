"""The shared filter object: normalised values, URL round trips, bad values and user errors."""
from __future__ import annotations

import datetime as dt

import pytest

from geo.filters import Filters, parse_cli


def test_filters_normalise_and_round_trip_through_the_url():
    f = Filters(date_from="2026-07-01", date_to=dt.date(2026, 7, 31), regions=("ru-bel", "UA-63", "RU-BEL"),
                types=("interception", "strike", "bogus"), precisions=(3, 1))
    assert f.regions == ("RU-BEL", "UA-63")
    assert f.types == ("strike", "interception")
    assert Filters.from_query(f.to_query()) == f
    assert "2026-07-01 to 2026-07-31" in f.describe()


def test_bad_url_values_are_ignored_not_fatal():
    f = Filters.from_query({"from": "yesterday", "to": "2026-13-40", "precision": "1,9,x", "type": "strike"})
    assert f == Filters(types=("strike",), precisions=(1,))
    swapped = Filters.from_query({"from": "2026-08-01", "to": "2026-07-01"})
    assert swapped.date_from < swapped.date_to


def test_reversed_range_and_unknown_region_are_user_errors():
    with pytest.raises(ValueError, match="reversed"):
        Filters(date_from="2026-08-01", date_to="2026-07-01")
    with pytest.raises(ValueError, match="unknown region"):
        parse_cli(None, None, ["Narnia"], None)
    assert parse_cli("2026-07-01", None, ["Belgorod", "UA-63"], ["strike"]).regions == ("RU-BEL", "UA-63")
