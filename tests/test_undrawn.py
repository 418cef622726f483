"""Numbers that add up: every incident a view counts is drawn on its map or said and listed as not
drawn (national figures with no region), in the store, the dashboard, the HTML and the PNG."""
from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from PIL import Image
from streamlit.testing.v1 import AppTest

from geo import exports
from geo.filters import Filters
from geo.store import open_store
from support import sample_store

ROOT = Path(__file__).resolve().parent.parent
#: Filters that keep some, all or none of the national incidents.
VIEWS = [Filters(), Filters(types=("interception",)), Filters(types=("strike",)), Filters(countries=("UA",)),
         Filters(date_from="2025-05-03", date_to="2025-05-03"), Filters(regions=("RU-BEL",)),
         Filters(text="drones")]


@pytest.fixture
def db(store_url):
    """The sample store with national figures, on both backends (store_url sets GEO_DB)."""
    path = sample_store.build(store_url)
    sample_store.add_national(path)
    return path


def _drawn(store, f: Filters) -> tuple[int, int]:
    """(incidents, drones) the map draws: the region shading (points with no region: none here)."""
    rc = store.region_counts(f)
    assert store.places(f)["settlement"].notna().all()
    return int(rc["strikes"].sum() + rc["interceptions"].sum()), int(rc[["drones_strike", "drones_interception"]].sum().sum())


@pytest.mark.parametrize("f", VIEWS, ids=lambda f: f.describe())
def test_counted_is_drawn_plus_not_drawn_in_the_store(db, f):
    store = open_store(db)
    total, undrawn = store.summary(f), store.summary(f.with_(undrawn=True))
    drawn, drawn_drones = _drawn(store, f)
    assert total["incidents"] == drawn + undrawn["incidents"]
    assert total["drones"] == drawn_drones + undrawn["drones"]
    listed = store.query(f.with_(undrawn=True))
    assert len(listed) == undrawn["incidents"] and listed["region"].isna().all()


def _tips(html: str) -> list[str]:
    """Every string in the region layer's data (its tooltips), read from the saved page."""
    at = html.index("var info = ") + len("var info = ")
    info, _ = json.JSONDecoder().raw_decode(html[at:])
    return [v for entry in info.values() for v in (entry.values() if isinstance(entry, dict) else [entry])
            if isinstance(v, str)]


@pytest.mark.parametrize("f", VIEWS, ids=lambda f: f.describe())
def test_html_snapshot_adds_up_and_lists_what_it_does_not_draw(db, f):
    store = open_store(db)
    buf = io.BytesIO()
    exports.write("html", store, f, buf)
    html = buf.getvalue().decode()
    counted = int(re.search(r"(\d+) incidents?; ", html).group(1))
    shaded = sum(int(a) + int(b) for tip in _tips(html)
                 for a, b in re.findall(r"Strikes: (\d+) \u00b7 Interceptions: (\d+)", tip))
    said = re.search(r"Not drawn on the map: (\d+) incidents? \((\d+) drones?\), no region", html)
    not_drawn = int(said.group(1)) if said else 0
    assert counted == shaded + not_drawn == store.count(f)
    box = re.search(r'<details id="geo-undrawn".*?</details>', html, re.S)
    assert (box is not None) == bool(not_drawn)
    if box:
        assert box.group(0).count("<li>") == not_drawn  # every one listed (fewer than LIST_ROWS here)
    assert re.search(r"<title>Drone incidents: [^<]+</title>", html)


@pytest.mark.parametrize("f", VIEWS, ids=lambda f: f.describe())
def test_png_snapshot_adds_up(db, f):
    store = open_store(db)
    buf = io.BytesIO()
    exports.write("png", store, f, buf)
    caption = Image.open(io.BytesIO(buf.getvalue())).info["Description"]
    counted = int(re.search(r"(\d+) incidents?; ", caption).group(1))
    said = re.search(r"Not drawn on the map: (\d+) incidents? \((\d+) drones?\)", caption)
    drawn, drawn_drones = _drawn(store, f)
    assert counted == drawn + (int(said.group(1)) if said else 0) == store.count(f)
    if said:
        assert drawn_drones + int(said.group(2)) == store.summary(f)["drones"]


def test_map_page_says_how_many_it_does_not_draw_and_links_to_them(db):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    assert not at.exception
    kpis = {m.label: int(m.value.replace(" ", "")) for m in at.metric}
    store = open_store(db)
    drawn, drawn_drones = _drawn(store, Filters())
    note = next(c.value.replace("\\", "") for c in at.caption if "Not drawn on the map" in c.value)
    n, drones = map(int, re.search(r"(\d+) incidents? \((\d+) drones?\)", note).groups())
    assert kpis["Incidents"] == drawn + n and kpis["Drones"] == drawn_drones + drones
    assert n == len(sample_store.NATIONAL)


def test_regions_page_counts_the_incidents_without_a_region(db):
    at = AppTest.from_file(str(ROOT / "pages" / "3_Regions.py"), default_timeout=60)
    at.run()
    assert not at.exception
    assert any(f"{len(sample_store.NATIONAL)} incidents in the store belong to no region" in c.value.replace("\\", "")
               for c in at.caption)


def test_incidents_page_lists_the_undrawn_from_a_link(db):
    at = AppTest.from_file(str(ROOT / "pages" / "1_Incidents.py"), default_timeout=60)
    at.query_params["undrawn"] = "1"
    at.run()
    assert not at.exception
    assert at.toggle[0].value is True
    assert at.caption[0].value.startswith(f"{len(sample_store.NATIONAL)} incidents ·")
    table = at.dataframe[0].proto
    # their place, target and casualties are missing: shown as empty cells (Streamlit writes "None" unless told)
    assert table.HasField("placeholder") and table.placeholder == ""
