"""ui.region_stats: the Regions page's totals table and its regions compared over time."""
from __future__ import annotations

import pandas as pd

from geo.places.regions import regions
from geo.store import open_store
from support import sample_store
from ui.region_stats import TOTAL_COLUMNS, compare_frame, region_series, region_totals
from ui.view_state import region_label


def test_totals_list_every_region_with_its_counts_busiest_first(tmp_path):
    store = open_store(sample_store.build(tmp_path / "s.db"))
    df = region_totals(store)
    assert list(df.columns) == TOTAL_COLUMNS and len(df) == len(regions())
    bel = df.set_index("region").loc["RU-BEL"]
    assert (bel["strikes"], bel["interceptions"], bel["incidents"]) == (1, 1, 2)
    assert (bel["drones_strike"], bel["drones_interception"], bel["country"]) == (1, 12, "Russia")
    assert df["incidents"].sum() == len(sample_store.ROWS)
    assert df.set_index("region").loc["RU-VOR", "incidents"] == 0  # a region without incidents is listed
    assert df["incidents"].is_monotonic_decreasing
    busy = df[df["incidents"] == 2]
    assert busy["name"].tolist() == sorted(busy["name"])  # ties by name


def test_series_per_day_week_and_month(tmp_path):
    store = open_store(sample_store.build(tmp_path / "s.db"))
    kursk = region_label("RU-KRS")
    days = region_series(store, ["RU-KRS", "RU-VOR"], "incidents", "day")
    assert list(days) == [kursk]  # no dated incidents in Voronezh: left out
    assert days[kursk].tolist() == [1, 1]
    assert [d.date().isoformat() for d in days[kursk].index] == ["2025-05-02", "2025-05-03"]
    assert region_series(store, ["RU-KRS"], "drones", "day")[kursk].tolist() == [8, 2]
    weeks = region_series(store, ["RU-KRS"], "incidents", "week")[kursk]
    assert weeks.tolist() == [2] and weeks.index[0].date().isoformat() == "2025-05-05"
    months = region_series(store, ["RU-KRS"], "incidents", "month")[kursk]
    assert months.tolist() == [2] and months.index[0].date().isoformat() == "2025-05-01"


def test_compare_frame_puts_every_region_on_every_step():
    a = pd.Series([1, 2], index=pd.to_datetime(["2025-05-01", "2025-05-02"]))
    b = pd.Series([5], index=pd.to_datetime(["2025-05-03"]))
    wide = compare_frame({"A": a, "B": b})
    assert wide.to_dict("list") == {"A": [1, 2, 0], "B": [0, 0, 5]}
    assert all(str(t).startswith("int") for t in wide.dtypes)
