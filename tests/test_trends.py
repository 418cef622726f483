"""Trends: last 7 days against the 7 before per region, the rolling line, and the trends CSV."""
from __future__ import annotations

import csv
import datetime as dt
import io

import pandas as pd
import pytest

from geo.cli import main
from geo.documents.model import Document
from geo.filters import Filters
from geo.record import Incident
from geo.store import open_store
from geo.trends import NO_REGION, change_pct, region_trends, rolling_average, windows

END = dt.date(2025, 6, 14)  # the last day with incidents: last window 8-14 June, previous 1-7 June
NAMES = {"RU-BEL": "Belgorod Oblast", "RU-KRS": "Kursk Oblast", "UA-63": "Kharkiv Oblast", "RU-MOS": "Moscow Oblast"}

#: (day, type, region or None, settlement, count); each a different place, so none are one event
ROWS = [
    (END, "strike", "RU-BEL", "Shebekino", 2), (END - dt.timedelta(days=3), "interception", "RU-BEL", None, 10),
    (END - dt.timedelta(days=6), "strike", "RU-BEL", "Graivoron", None),   # first day of the last window
    (END - dt.timedelta(days=7), "strike", "RU-BEL", "Valuyki", 1),        # last day of the previous window
    (END - dt.timedelta(days=9), "strike", "RU-KRS", "Rylsk", 4),
    (END - dt.timedelta(days=13), "strike", "RU-KRS", "Sudzha", 1),
    (END - dt.timedelta(days=1), "interception", "UA-63", None, 3),
    (END - dt.timedelta(days=20), "strike", "RU-MOS", None, 1),            # outside both windows
    (END - dt.timedelta(days=2), "interception", None, None, 45),          # a national total: no region
]


@pytest.fixture
def db(store_url) -> str:
    path = store_url
    with open_store(path) as s:
        for i, (day, kind, region, settlement, count) in enumerate(ROWS):
            place = dict(country=region[:2], region=region, region_name=NAMES[region]) if region else dict(country="RU")
            s.add_document(Document(f"text {i}", id=f"d{i}.txt", published=day.isoformat()),
                           [Incident(kind, **place, settlement=settlement, date=day.isoformat(), date_precision="day", count=count,
                                     count_qualifier="exact" if count else None, evidence=f"Report {i}.")])
    return path


def test_windows_are_two_back_to_back_weeks():
    w = windows(END)
    assert w.last == (dt.date(2025, 6, 8), END) and w.previous == (dt.date(2025, 6, 1), dt.date(2025, 6, 7))


def test_change_pct_has_no_base_when_the_previous_week_was_empty():
    assert change_pct(3, 1) == 200.0 and change_pct(0, 2) == -100.0 and change_pct(1, 3) == -66.7
    assert change_pct(4, 0) is None


def test_each_region_compares_its_last_7_days_with_the_7_before(db):
    with open_store(db) as s:
        table, w = region_trends(s)
    assert w is not None and w.last[1] == END  # ends on the last day with incidents
    rows = {r["region"]: r for r in table.to_dict("records")}
    assert set(rows) == {"RU-BEL", "RU-KRS", "UA-63", NO_REGION}  # Moscow's incident is older than both weeks
    bel = rows["RU-BEL"]
    assert (bel["incidents_last_7d"], bel["incidents_previous_7d"], bel["incidents_change"]) == (3, 1, 2)
    assert bel["incidents_change_pct"] == 200.0
    assert (bel["drones_last_7d"], bel["drones_previous_7d"]) == (2 + 10 + 1, 1)  # an unstated count is 1 drone
    krs = rows["RU-KRS"]
    assert (krs["incidents_last_7d"], krs["incidents_previous_7d"], krs["incidents_change_pct"]) == (0, 2, -100.0)
    assert pd.isna(rows["UA-63"]["incidents_change_pct"])  # nothing the week before: no percentage
    assert rows[NO_REGION]["drones_last_7d"] == 45
    # rising first: the table is the "hot regions" list
    assert table["incidents_change"].tolist() == sorted(table["incidents_change"], reverse=True)


def test_rows_add_up_to_the_store_totals_for_each_window(db):
    with open_store(db) as s:
        table, w = region_trends(s)
        assert w is not None
        for span, column in ((w.last, "incidents_last_7d"), (w.previous, "incidents_previous_7d")):
            assert table[column].sum() == s.count(Filters(date_from=span[0], date_to=span[1]))


def test_filters_apply_and_the_last_day_can_be_chosen(db):
    with open_store(db) as s:
        strikes, _ = region_trends(s, Filters(types=("strike",)))
        earlier, w = region_trends(s, Filters(date_to=END - dt.timedelta(days=7)))
    assert strikes.set_index("region").loc["RU-BEL", "incidents_last_7d"] == 2
    assert w is not None and w.last == (dt.date(2025, 6, 1), dt.date(2025, 6, 7))
    assert earlier.set_index("region").loc["RU-KRS", "incidents_last_7d"] == 2


def test_an_empty_store_has_no_trends(tmp_path):
    with open_store(str(tmp_path / "empty.db")) as s:
        table, w = region_trends(s)
    assert w is None and table.empty


def test_rolling_average_counts_every_day_and_starts_on_the_seventh():
    daily = pd.DataFrame({"date": ["2025-06-01", "2025-06-01", "2025-06-03", "2025-06-08", "2025-06-09"],
                          "event_type": ["strike", "interception", "strike", "strike", "strike"],
                          "incidents": [1, 2, 4, 7, 14], "drones": [1, 5, 4, 7, 14]})
    out = rolling_average(daily)
    # 1-7 June: 3 + 4 = 7 -> 1.0; 2-8 June: 4 + 7 -> 11/7; 3-9 June: 4 + 7 + 14 -> 25/7
    assert out["date"].tolist() == [dt.date(2025, 6, 7), dt.date(2025, 6, 8), dt.date(2025, 6, 9)]
    assert out["rolling"].tolist() == [1.0, round(11 / 7, 2), round(25 / 7, 2)]
    assert rolling_average(daily, "drones")["rolling"].iloc[0] == round(10 / 7, 2)
    assert rolling_average(daily.head(3)).empty  # three days of data: no 7-day mean yet


def test_trends_csv_export_matches_the_table(db, tmp_path, capsysbinary):
    code = main(["export", "--format", "trends", "--db", db])
    out, _ = capsysbinary.readouterr()
    rows = list(csv.DictReader(io.StringIO(out.decode("utf-8"))))
    with open_store(db) as s:
        table, _ = region_trends(s)
    assert code == 0 and [r["region"] for r in rows] == table["region"].tolist()
    bel = next(r for r in rows if r["region"] == "RU-BEL")
    assert (bel["name"], bel["incidents_last_7d"], bel["incidents_previous_7d"], bel["incidents_change_pct"]) == (
        "Belgorod Oblast", "3", "1", "200.0")
    assert bel["window_last"] == "2025-06-08/2025-06-14" and bel["window_previous"] == "2025-06-01/2025-06-07"
    assert next(r for r in rows if r["region"] == "UA-63")["incidents_change_pct"] == ""
