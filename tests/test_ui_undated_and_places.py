"""Undated incidents in words (ui.undated) and places picked in the Add articles preview (ui.editing),
over a real SQLite store and the real gazetteer."""
from __future__ import annotations

import datetime as dt

import pandas as pd

from geo import corrections
from geo.corrections import place_candidates
from geo.documents.model import Document
from geo.filters import Filters
from geo.record import Incident
from geo.store import dedup, open_store
from ui import editing
from ui.undated import undated_count, undated_line, undated_rows, undated_warning


def _inc(region: str, date: str | None, settlement: str | None = None) -> Incident:
    return Incident("strike", country="RU", region=region, settlement=settlement, date=date,
                    date_precision="day" if date else None, evidence=f"A drone struck {settlement or region}.")


def test_undated_count_counts_the_undated_incidents_of_the_other_filters(tmp_path):
    store = open_store(str(tmp_path / "s.db"))
    rows = [("RU-BEL", "2025-05-01"), ("RU-BEL", None), ("RU-KRS", None), ("RU-KRS", "2025-05-03")]
    for i, (region, date) in enumerate(rows):
        store.add_document(Document(text=f"report {i}", id=f"d{i}"), [_inc(region, date, f"Place{i}")])
    assert undated_count(store, Filters()) == 2
    assert undated_count(store, Filters(regions=("RU-KRS",))) == 1
    # a date range hides them, but they are still counted as outside it
    narrowed = Filters(date_from=dt.date(2025, 5, 1), date_to=dt.date(2025, 5, 2))
    assert store.count(narrowed) == 1 and undated_count(store, narrowed) == 2


def test_undated_line_says_what_the_date_range_does():
    assert undated_line(0, Filters()) == ""
    whole = undated_line(2, Filters())
    assert whole.startswith("2 incidents have no date: they are counted above") and "narrow" in whole
    one = undated_line(1, Filters(date_from=dt.date(2025, 5, 1)))
    assert one.startswith("1 incident has no date and is outside any date range")
    assert "leave them out" in one


def test_undated_rows_are_the_kept_rows_without_a_date():
    edited = pd.DataFrame({"keep": [True, True, False, True, True],
                           "date": ["2025-05-01", None, None, float("nan"), " "]})
    assert undated_rows(edited) == [2, 4, 5]
    assert undated_rows(None) == [] and undated_rows(edited.iloc[:1]) == []


def test_undated_warning_names_the_rows_and_the_fix():
    text = undated_warning([2, 4], None)
    assert text.startswith("No date for 2 incidents (rows 2, 4): the text states no date and the article has "
                           "no publication date.")
    assert "Set Published above" in text
    dated = undated_warning([1], dt.date(2025, 5, 1))
    assert "row 1)" in dated and "Set Published" not in dated and "Date cell" in dated
    assert undated_warning([], None) == ""


def test_places_picked_in_the_preview_correct_the_kept_rows_and_become_corrections():
    a = _inc("RU-BEL", "2025-07-12", "Valuyki")
    b = _inc("RU-BEL", "2025-07-12", "Shebekino")
    c = _inc("RU-BEL", "2025-07-13", "Valuyki")
    fix = place_candidates("Urazovo", "RU-BEL")[0]["fix"]
    edited = editing.preview_frame([a, b, c]).assign(keep=[False, True, True])
    kept, fixes = corrections.apply_places(editing.kept_edits([a, b, c], edited), {2: fix, 0: fix})
    assert [i.settlement for i in kept] == ["Shebekino", "Urazovo"]  # row 1 was dropped, its pick with it
    assert kept[1].lat == fix.lat and kept[1].extras["geocode_source"] == "correction"
    assert fixes == [(1, dedup.dedup_key(c.to_dict()), fix)]  # ordinal among the kept, the key before
    assert editing.row_label(2, c, fix) == "3. strike · Valuyki · 2025-07-13 → Urazovo"
    assert editing.picked_line(2, fix).startswith("Row 3 will be saved at Urazovo, Belgorod Oblast (50.08")
