"""geo.values: one answer to "is this cell empty?" for the map, the exports and the dashboard."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from geo.exports.common import plain
from geo.maps.popups import as_int, source_label
from geo.record import Incident
from geo.values import is_blank, is_missing, or_none
from ui import editing
from ui.undated import undated_rows


@pytest.mark.parametrize("value", [None, float("nan"), np.float64("nan"), np.float32("nan"), pd.NA, pd.NaT])
def test_every_empty_cell_pandas_gives_is_missing_and_blank(value):
    assert is_missing(value) and is_blank(value) and or_none(value) is None
    assert plain(value) is None and as_int(value) is None and source_label(value, None) == "untitled document"


@pytest.mark.parametrize("value", [0, 0.0, False, "x", " x ", dt.date(2025, 3, 2), pd.Timestamp("2025-03-02")])
def test_a_value_is_not_missing(value):
    assert not is_missing(value) and not is_blank(value) and or_none(value) is value


@pytest.mark.parametrize("value", ["", "   ", "\t\n"])
def test_blank_text_is_blank_but_not_missing(value):
    assert is_blank(value) and not is_missing(value) and or_none(value) is None


def test_an_edited_table_may_empty_a_cell_with_na_nat_or_spaces():
    """pandas' own empty cells and white space clear a field; none of them is compared as a value."""
    a = Incident("strike", country="RU", region="RU-BEL", target="house", date="2025-03-02", date_precision="day",
                 evidence="e1")
    edited = editing.preview_frame([a]).astype({"target": "string"})
    edited.loc[0, "target"] = pd.NA  # a "string" column's empty cell: comparing it would raise
    (kept,) = editing.apply_edits([a], edited)
    assert kept.target is None
    edited.loc[0, "target"] = "   "
    edited["date"] = pd.Series([pd.NaT], dtype="datetime64[ns]")
    (kept,) = editing.apply_edits([a], edited)
    assert kept.target is None and kept.date is None
    assert undated_rows(edited) == [1]
