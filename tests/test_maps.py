"""The map builder: classes and colours, points, escaping, region clicks, no CDN."""
from __future__ import annotations

import datetime as dt
import json
import re

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as hs

from geo.documents.model import Document
from geo.filters import Filters
from geo.maps import layers, metrics, popups
from geo.maps.points import MAX_POINTS, POPUP_ROWS, Places, point_rows, read_places
from geo.maps.view import base_map, build_map, data_layer, load
from geo.places.regions import regions
from geo.record import Incident
from geo.store import open_store
from ui import display, map_clicks, view_state

HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>'


def counts(**rows):
    return pd.DataFrame([{"region": code, "strikes": s, "interceptions": i, "drones_strike": ds,
                          "drones_interception": di} for code, (s, i, ds, di) in rows.items()])


def points(n=3, **over):
    """Incidents at Valuyki, one every other day (reports a day apart are one incident in the store)."""
    base = {"event_type": "strike", "country": "RU", "region": "RU-BEL", "lat": 50.21, "lon": 38.10,
            "geo_precision": 1, "date_end": None, "count": 2, "count_qualifier": "exact", "killed": 0,
            "injured": 1, "target": "house", "evidence": "A drone hit a house.", "settlement": "Valuyki",
            "region_name": "Belgorod Oblast"}
    rows = [{**base, "id": i + 1, **over} for i in range(n)]
    for row in rows:
        row.setdefault("date", (dt.date(2025, 5, 1) + dt.timedelta(days=2 * (row["id"] - 1))).isoformat())
    return pd.DataFrame(rows)


def stored(tmp_path, incidents, sources=None, max_points=MAX_POINTS) -> Places:
    """The incidents written to a real store as ingest writes them (ids in order), one article each
    or one per row of ``sources``, read back as the map reads them."""
    by_incident: dict[int, list[dict]] = {}
    for src in ([] if sources is None else sources.to_dict("records")):
        by_incident.setdefault(int(src["incident_id"]), []).append(src)
    with open_store(str(tmp_path / f"map{len(list(tmp_path.glob('map*.db')))}.db")) as store:
        for rec in incidents.to_dict("records"):
            fields = {k: None if v is None or v is pd.NA or v != v else v for k, v in rec.items()}
            for src in by_incident.get(int(rec["id"]), [{"document": f"doc{rec['id']}"}]):
                doc = Document(text=f"{fields['evidence']} ({src['document']})", id=src["document"],
                               title=src.get("title"), url=src.get("url"))
                store.add_document(doc, [Incident.from_dict(fields)])
        return read_places(store, Filters(), max_points=max_points)


def clicked(row) -> dict:
    """A point's feature as streamlit-folium hands a click on it back (Leaflet's toGeoJSON of the marker)."""
    return {"type": "Feature", "properties": {"place": [row[0], row[1]]},
            "geometry": {"type": "Point", "coordinates": [row[1], row[0]]}}


@given(hs.lists(hs.integers(0, 100_000), min_size=1, max_size=50))
def test_classes_cover_every_positive_value_in_order(values):
    bins = metrics.classes(values)
    assert len(bins) <= len(metrics.PALETTE)
    if max(values) == 0:
        assert bins == []
        return
    assert bins[0][0] == 1 and bins[-1][1] == max(values)
    for (lo, hi), (lo2, _) in zip(bins, bins[1:]):
        assert lo <= hi and lo2 == hi + 1
    shades = [metrics.PALETTE.index(metrics.colour_for(v, bins)) for v in sorted(set(values)) if v > 0]
    assert shades == sorted(shades)  # more incidents never get a lighter colour


def test_zero_and_top_colours():
    bins = metrics.classes([0, 3, 900])
    assert metrics.colour_for(0, bins) == metrics.ZERO_FILL
    assert metrics.colour_for(900, bins) == metrics.PALETTE[-1]


@pytest.mark.parametrize("metric,expected", [("both", 15), ("strikes", 5), ("interceptions", 10),
                                              ("drones", 47), ("drones_strike", 7), ("drones_interception", 40)])
def test_region_values_follow_the_metric(metric, expected):
    assert metrics.region_values(counts(**{"RU-BEL": (5, 10, 7, 40)}), metric) == {"RU-BEL": expected}


def test_metric_switch_covers_every_metric():
    assert {metrics.metric_for(w, u) for w in view_state.WHAT_CHOICES for u in view_state.UNIT_CHOICES} \
        == set(metrics.METRICS)


def test_points_group_by_place_and_skip_region_level(tmp_path):
    df = pd.concat([points(3), points(1, id=9, lat=51.7, lon=36.2, geo_precision=3)], ignore_index=True)
    rows, hidden = point_rows(stored(tmp_path, df))
    assert hidden == 0
    assert len(rows) == 1  # three incidents at Valuyki share one marker; precision 3 is not a point
    assert rows[0][4].count("<hr>") == 3 and "Incidents at Valuyki: 3" in rows[0][5]  # the place, 3 incidents


def test_point_cap_counts_what_is_not_drawn(tmp_path):
    df = pd.DataFrame([{**points(1).iloc[0].to_dict(), "id": i, "lat": 50 + i / 100, "settlement": f"Place {i}"}
                       for i in range(30)])
    rows, hidden = point_rows(stored(tmp_path, df, max_points=10))
    assert len(rows) == 10 and hidden == 20


def test_article_text_is_escaped_and_only_http_links(tmp_path):
    df = points(1, evidence=HOSTILE, target=HOSTILE, settlement=HOSTILE)
    src = pd.DataFrame([{"incident_id": 1, "document": "d", "title": HOSTILE, "url": "javascript:alert(3)"},
                        {"incident_id": 1, "document": "e", "title": "ok", "url": "https://news.example/a"}])
    rows, _ = point_rows(stored(tmp_path, df, src))
    popup, tooltip = rows[0][4], rows[0][5]
    for text in (popup, tooltip):
        assert "<script" not in text and "<img" not in text
        assert "&lt;script&gt;" in text  # shown as text, not dropped
    assert re.findall(r'href="([^"]+)"', popup) == ["https://news.example/a"]


def test_a_clicked_region_reads_back_as_its_code_and_points_never_do(tmp_path):
    features = {f["properties"]["code"]: f for f in json.loads(layers.region_geometry_json())["features"]}
    for code in ("RU-BEL", "UA-63", "BY-BR"):
        tip = re.sub(r"<[^>]+>", "", popups.region_tooltip(code, {"strikes": 2}))
        assert layers.clicked_region(features[code]) == code
        assert map_clicks.map_click({"last_object_clicked_count": 1, "last_active_drawing": features[code]},
                                   None)[0] == code
        assert regions()[code].name_ru in tip and regions()[code].name_uk in tip
    rows, _ = point_rows(stored(tmp_path, points(1, settlement="[RU-BEL] trap")))
    assert "[RU-BEL] trap" in rows[0][5] and layers.clicked_region(clicked(rows[0])) is None


def test_rendered_map_loads_nothing_remote(tmp_path):
    html = build_map(counts(**{"RU-BEL": (1, 2, 3, 4)}), stored(tmp_path, points(2))).get_root().render()
    loaded = re.findall(r'<(?:script|link|img|iframe)[^>]*?(?:src|href)="([^"]+)"', html)
    assert loaded and not [u for u in loaded if u.startswith(("http:", "https:", "//"))]
    assert "d3" not in html.lower().split("leaflet")[0]  # no branca colour map
    assert html.count('"code":"') == len(regions())  # every region polygon is drawn


def test_tiles_are_opt_in_and_leave_the_base_map_alone():
    def html(tiles):
        m = base_map()
        data_layer(counts(**{"RU-BEL": (1, 0, 1, 0)}), None, tiles=tiles).add_to(m)
        return m.get_root().render()

    assert "tile.openstreetmap.org" not in html(False) and "tile.openstreetmap.org" in html(True)
    assert "tile.openstreetmap.org" in build_map(counts(), None, tiles=True).get_root().render()
    # the switch changes only the swappable layer, so the dashboard's map keeps its place
    assert "L.tileLayer" not in base_map().get_root().render()


def test_map_corner_credits_name_every_source_in_attribution_md():
    from geo.data.credits import credits

    short = layers.credits()
    assert short.count(" · ") == len(credits()) - 1
    for name in ("geoBoundaries", "Natural Earth", "iso-codes", "GeoNames", "CC BY 4.0"):
        assert name in short


def test_popup_ids_are_the_incidents_the_popups_list(tmp_path):
    n = POPUP_ROWS + 2
    same_place = points(n).assign(date=[f"2025-05-{2 * d - 1:02d}" for d in range(1, n + 1)])  # id i+1 newer
    region_level = points(1, id=99, geo_precision=3, lat=51.7, lon=36.2)
    shown = stored(tmp_path, pd.concat([same_place, region_level], ignore_index=True)).shown
    ids = [int(i) for i in shown["id"]]
    assert ids == list(range(n, 2, -1))  # newest first, POPUP_ROWS of them, none region-level


@pytest.mark.parametrize("url", ["javascript:alert(1)", "  JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
                                 "data:text/html,<script>x</script>", "vbscript:x", "//evil.example/a",
                                 "/relative", "http:///no-host", 'https://a.example/" onmouseover="x',
                                 "https://a.example/ b", "", None])
def test_only_http_urls_become_links(url):
    assert popups.link_url(url) is None
    assert "<a" not in popups.source_link("title", url)


def test_http_urls_become_links():
    assert popups.link_url(" https://news.example/a?b=1&c=2 ") == "https://news.example/a?b=1&c=2"
    assert popups.source_link("t", "HTTP://news.example/a").startswith('<a href="HTTP://news.example/a"')


def test_cyrillic_names_show_as_written_and_in_latin(tmp_path):
    assert popups.display_name("Шебекино") == "Шебекино (Shebekino)"
    assert popups.display_name("Новая Таволжанка") == "Новая Таволжанка (Novaya Tavolzhanka)"
    assert popups.display_name("Шебекино", "Shebekino (store)") == "Шебекино (Shebekino (store))"
    assert popups.display_name("Valuyki") == "Valuyki" and popups.display_name(None) == ""
    rows, _ = point_rows(stored(tmp_path, points(1, settlement="Шебекино")))
    assert "Шебекино (Shebekino)" in rows[0][4] and "Incidents at Шебекино (Shebekino)" in rows[0][5]
    shown = display.with_display_names(points(2).assign(settlement=["Шебекино", None]))
    assert list(shown["settlement"].fillna("-")) == ["Шебекино (Shebekino)", "-"]


def test_popups_stay_within_the_budget_and_the_map_under_two_megabytes(tmp_path):
    """The newest places list their incidents with evidence and sources; once POPUP_BUDGET is
    spent the others name the place, its counts and days only, whatever the store's size."""
    n = 3 * MAX_POINTS
    df = pd.DataFrame([{**points(1).iloc[0].to_dict(), "id": i + 1, "lat": 44 + i / 1000, "lon": 30 + i / 1000,
                        "date": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}", "evidence": "drones " * 200, "settlement": f"Place {i}"}
                       for i in range(n)])
    src = pd.DataFrame([{"incident_id": i + 1, "document": f"d{i}", "title": "T" * 80,
                         "url": f"https://news.example/{i}"} for i in range(n)])
    places = stored(tmp_path, df, src)
    rows, hidden = point_rows(places)
    assert len(rows) == MAX_POINTS and hidden == n - MAX_POINTS
    detailed = [r for r in rows if "“" in r[4]]
    assert 0 < len(detailed) < len(rows)
    assert rows[0] in detailed and rows[-1] not in detailed  # newest places first
    assert all(len(r[4]) < 300 for r in rows if r not in detailed)
    assert all("drones " * 40 not in r[4] for r in detailed)  # evidence is cut to POPUP_EVIDENCE
    html = build_map(counts(**{"RU-BEL": (1, 2, 3, 4)}), places).get_root().render()
    assert len(html.encode("utf-8")) < 2_000_000


def test_a_clicked_point_reads_back_as_its_place(tmp_path):
    places = stored(tmp_path, points(2, lat=50.21234, lon=-38.10006, settlement="Шебекино"))
    tip = re.sub(r"<[^>]+>", "", popups.place_tooltip(places.places.iloc[0].to_dict()))
    assert "Шебекино (Shebekino)" in tip
    rows, _ = point_rows(places)
    page = build_map(counts(), places).get_root().render()
    assert "m.feature = {type: \"Feature\", properties: {place: [r[0], r[1]]}};" in page  # what a click returns
    assert layers.clicked_place(clicked(rows[0])) == (50.2123, -38.1001)
    assert map_clicks.clicked_place({"last_active_drawing": clicked(rows[0])}) == (50.2123, -38.1001)
    region = json.loads(layers.region_geometry_json())["features"][0]
    assert layers.clicked_place(region) is None and map_clicks.clicked_place(None) is None


def test_template_code_in_article_text_is_shown_not_run(tmp_path):
    """branca reads a MacroElement's output as a Jinja template; article text must not run there."""
    df = points(1, settlement="Town {{7*7}}", evidence="{% for x in range(3) %}{{ 6*7 }}{% endfor %}")
    page = build_map(counts(), stored(tmp_path, df)).get_root().render()
    assert "Town 49" not in page and "424242" not in page
    assert "Town &#123;&#123;7*7&#125;&#125;" in json.loads(re.search(r"var rows = (\[.*?\]);\n", page).group(1))[0][5]


def test_popups_of_stored_incidents_leave_unstated_fields_out(tmp_path):
    """Store rows come back with NaN for an empty cell; a popup said "target: nan" for them."""
    store = open_store(str(tmp_path / "s.db"))
    text = "Four drones were shot down near Valuyki."
    for n, target in enumerate((None, "a power line")):  # one row without a target beside one with
        store.add_document(Document(text=f"{text} {n}", id=f"d{n}", published=None),
                           [Incident(event_type="interception", country="RU", region="RU-BEL", settlement="Valuyki",
                                     lat=50.2117, lon=38.0983, geo_precision=1, count=4, date=f"2025-05-0{n + 1}",
                                     date_precision="day", target=target, evidence=text)])
    rows, _ = point_rows(load(store, Filters()).points)
    store.close()
    popup = rows[0][4]
    assert "target: a power line" in popup and popup.count("target:") == 1
    assert "nan" not in popup.lower().replace("valuyki", "")


def _luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_dot_rims_stand_out_on_every_fill(tmp_path):
    """A dot is seen by its rim where its colour meets a like one (a red strike on the darkest red region)."""
    fills = [metrics.ZERO_FILL, metrics.BACKGROUND, *metrics.PALETTE]
    assert min(_contrast(metrics.POINT_OUTLINE, f) for f in fills) >= 2.5
    assert min(_contrast(metrics.POINT_OUTLINE, c) for c in metrics.TYPE_COLOURS.values()) >= 2
    places = stored(tmp_path, points(1))
    rows, _ = point_rows(places)
    html = build_map(counts(**{"RU-BEL": (1, 0, 1, 0)}), places).get_root().render()
    assert f'color: "{metrics.POINT_OUTLINE}"' in html and rows


def test_popups_send_readers_where_the_other_incidents_are(tmp_path):
    """The saved HTML map has no list below it: its popups name the other snapshots instead."""
    many = stored(tmp_path, points(POPUP_ROWS + 2))
    dashboard_map = base_map()
    data_layer(counts(**{"RU-BEL": (5, 0, 10, 0)}), many).add_to(dashboard_map)
    saved = build_map(counts(**{"RU-BEL": (5, 0, 10, 0)}), many).get_root().render()
    assert "list below the map" in dashboard_map.get_root().render()
    assert "list below the map" not in saved and "CSV and GeoJSON snapshots" in saved
