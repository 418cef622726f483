"""Trends in the dashboard (Streamlit's AppTest): the Regions page's hot-regions table and CSV button,
and the 7-day average line on the map page's timeline."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from geo.store import open_store
from geo.trends import region_trends
from support import sample_store

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def db(tmp_path, monkeypatch):
    path = sample_store.build(tmp_path / "sample.db")
    monkeypatch.setenv("GEO_DB", path)
    return path


def run(script: Path) -> AppTest:
    at = AppTest.from_file(str(script), default_timeout=60)
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def _walk(node):
    for child in getattr(node, "children", {}).values():
        yield child
        yield from _walk(child)


def test_regions_page_shows_the_hot_regions_table_and_its_csv(db):
    at = run(ROOT / "pages" / "3_Regions.py")
    assert any(s.value.startswith("Hot regions") for s in at.subheader)
    hot = next(t.value for t in at.dataframe if "incidents_last_7d" in t.value.columns)
    with open_store(db) as s:
        table, w = region_trends(s)
    assert w is not None and hot["name"].tolist() == table["name"].tolist()
    assert hot["incidents_last_7d"].tolist() == table["incidents_last_7d"].tolist()
    assert hot["incidents_last_7d"].sum() == len(sample_store.ROWS)  # the sample's week, every incident once
    assert any(f"{w.last[0]:%d %b %Y}" in c.value for c in at.caption)  # the caption says which week
    assert [b.label for b in at.get("download_button")] == ["⬇ Trends CSV"]


def test_timeline_draws_the_7_day_average_over_the_bars(db):
    at = run(ROOT / "app.py")
    chart = next(e for e in _walk(at._tree) if getattr(e, "type", "") == "vega_lite_chart")
    layers = json.loads(chart.proto.spec)["layer"]
    line = next(layer for layer in layers if layer["mark"]["type"] == "line")
    assert line["encoding"]["y"]["field"] == "rolling"
    assert any("7-day average" in c.value for c in at.caption)
