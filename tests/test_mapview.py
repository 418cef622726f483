"""The map builder: classes and colours, points, escaping, region clicks, no CDN."""
from __future__ import annotations

import json
import re

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as hs

from geo import mapview
from geo.regions import regions
from ui import display, map_clicks, view_state

HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>'


def counts(**rows):
    return pd.DataFrame([{"region": code, "strikes": s, "interceptions": i, "drones_strike": ds,
                          "drones_interception": di} for code, (s, i, ds, di) in rows.items()])


def points(n=3, **over):
    base = {"event_type": "strike", "lat": 50.21, "lon": 38.10, "geo_precision": 1, "date": "2025-05-01",
            "date_end": None, "count": 2, "count_qualifier": "exact", "killed": 0, "injured": 1,
            "target": "house", "evidence": "A drone hit a house.", "settlement": "Valuyki",
            "region_name": "Belgorod Oblast"}
    return pd.DataFrame([{**base, "id": i + 1, **over} for i in range(n)])


@given(hs.lists(hs.integers(0, 100_000), min_size=1, max_size=50))
def test_classes_cover_every_positive_value_in_order(values):
    bins = mapview.classes(values)
    assert len(bins) <= len(mapview.PALETTE)
    if max(values) == 0:
        assert bins == []
        return
    assert bins[0][0] == 1 and bins[-1][1] == max(values)
    for (lo, hi), (lo2, _) in zip(bins, bins[1:]):
        assert lo <= hi and lo2 == hi + 1
    shades = [mapview.PALETTE.index(mapview.colour_for(v, bins)) for v in sorted(set(values)) if v > 0]
    assert shades == sorted(shades)  # more incidents never get a lighter colour


def test_zero_and_top_colours():
    bins = mapview.classes([0, 3, 900])
    assert mapview.colour_for(0, bins) == mapview.ZERO_FILL
    assert mapview.colour_for(900, bins) == mapview.PALETTE[-1]


@pytest.mark.parametrize("metric,expected", [("both", 15), ("strikes", 5), ("interceptions", 10),
                                              ("drones", 47), ("drones_strike", 7), ("drones_interception", 40)])
def test_region_values_follow_the_metric(metric, expected):
    assert mapview.region_values(counts(**{"RU-BEL": (5, 10, 7, 40)}), metric) == {"RU-BEL": expected}


def test_metric_switch_covers_every_metric():
    assert {mapview.metric_for(w, u) for w in view_state.WHAT_CHOICES for u in view_state.UNIT_CHOICES} \
        == set(mapview.METRICS)


def test_points_group_by_place_and_skip_region_level():
    df = pd.concat([points(3), points(1, id=9, lat=51.7, lon=36.2, geo_precision=3)], ignore_index=True)
    rows, hidden = mapview.point_rows(df)
    assert hidden == 0
    assert len(rows) == 1  # three incidents at Valuyki share one marker; precision 3 is not a point
    assert rows[0][4].count("<hr>") == 3 and "Incidents at Valuyki: 3" in rows[0][5]  # the place, 3 incidents


def test_point_cap_counts_what_is_not_drawn():
    df = pd.DataFrame([{**points(1).iloc[0].to_dict(), "id": i, "lat": 50 + i / 100} for i in range(30)])
    rows, hidden = mapview.point_rows(df, max_points=10)
    assert len(rows) == 10 and hidden == 20


def test_article_text_is_escaped_and_only_http_links():
    df = points(1, evidence=HOSTILE, target=HOSTILE, settlement=HOSTILE)
    src = pd.DataFrame([{"incident_id": 1, "document": "d", "title": HOSTILE, "url": "javascript:alert(3)"},
                        {"incident_id": 1, "document": "e", "title": "ok", "url": "https://news.example/a"}])
    rows, _ = mapview.point_rows(df, src)
    popup, tooltip = rows[0][4], rows[0][5]
    for text in (popup, tooltip):
        assert "<script" not in text and "<img" not in text
        assert "&lt;script&gt;" in text  # shown as text, not dropped
    assert re.findall(r'href="([^"]+)"', popup) == ["https://news.example/a"]


def test_region_tooltip_reads_back_as_its_code_and_points_never_do():
    for code in ("RU-BEL", "UA-63", "BY-BR"):
        tip = re.sub(r"<[^>]+>", "", mapview.region_tooltip(code, {"strikes": 2}))
        assert mapview.region_code_from_tooltip(tip) == code
        assert regions()[code].name_ru in tip and regions()[code].name_uk in tip
    rows, _ = mapview.point_rows(points(1, settlement="[RU-BEL] trap"))
    assert mapview.region_code_from_tooltip(re.sub(r"<[^>]+>", "", rows[0][5])) is None


def test_rendered_map_loads_nothing_remote():
    html = mapview.build_map(counts(**{"RU-BEL": (1, 2, 3, 4)}), points(2)).get_root().render()
    loaded = re.findall(r'<(?:script|link|img|iframe)[^>]*?(?:src|href)="([^"]+)"', html)
    assert loaded and not [u for u in loaded if u.startswith(("http:", "https:", "//"))]
    assert "d3" not in html.lower().split("leaflet")[0]  # no branca colour map
    assert html.count('"code":"') == len(regions())  # every region polygon is drawn


def test_tiles_are_opt_in_and_leave_the_base_map_alone():
    def html(tiles):
        m = mapview.base_map()
        mapview.data_layer(counts(**{"RU-BEL": (1, 0, 1, 0)}), None, tiles=tiles).add_to(m)
        return m.get_root().render()

    assert "tile.openstreetmap.org" not in html(False) and "tile.openstreetmap.org" in html(True)
    assert "tile.openstreetmap.org" in mapview.build_map(counts(), None, tiles=True).get_root().render()
    # the switch changes only the swappable layer, so the dashboard's map keeps its place
    assert "L.tileLayer" not in mapview.base_map().get_root().render()


def test_map_corner_credits_name_every_source_in_attribution_md():
    from geo.exports.common import credits

    short = mapview.credits()
    assert short.count(" · ") == len(credits()) - 1
    for name in ("geoBoundaries", "Natural Earth", "iso-codes", "GeoNames", "CC BY 4.0"):
        assert name in short


def test_popup_ids_are_the_incidents_the_popups_list():
    n = mapview.POPUP_ROWS + 2
    same_place = points(n).assign(date=[f"2025-05-{d:02d}" for d in range(1, n + 1)])  # id i+1 on day i+1
    region_level = points(1, id=99, geo_precision=3, lat=51.7, lon=36.2)
    ids = mapview.popup_ids(pd.concat([same_place, region_level], ignore_index=True))
    assert ids == list(range(n, 2, -1))  # newest first, POPUP_ROWS of them, none region-level


@pytest.mark.parametrize("url", ["javascript:alert(1)", "  JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
                                 "data:text/html,<script>x</script>", "vbscript:x", "//evil.example/a",
                                 "/relative", "http:///no-host", 'https://a.example/" onmouseover="x',
                                 "https://a.example/ b", "", None])
def test_only_http_urls_become_links(url):
    assert mapview.link_url(url) is None
    assert "<a" not in mapview.source_link("title", url)


def test_http_urls_become_links():
    assert mapview.link_url(" https://news.example/a?b=1&c=2 ") == "https://news.example/a?b=1&c=2"
    assert mapview.source_link("t", "HTTP://news.example/a").startswith('<a href="HTTP://news.example/a"')


def test_cyrillic_names_show_as_written_and_in_latin():
    assert mapview.display_name("Шебекино") == "Шебекино (Shebekino)"
    assert mapview.display_name("Новая Таволжанка") == "Новая Таволжанка (Novaya Tavolzhanka)"
    assert mapview.display_name("Шебекино", "Shebekino (store)") == "Шебекино (Shebekino (store))"
    assert mapview.display_name("Valuyki") == "Valuyki" and mapview.display_name(None) == ""
    rows, _ = mapview.point_rows(points(1, settlement="Шебекино"))
    assert "Шебекино (Shebekino)" in rows[0][4] and "Incidents at Шебекино (Shebekino)" in rows[0][5]
    shown = display.with_display_names(points(2).assign(settlement=["Шебекино", None]))
    assert list(shown["settlement"].fillna("-")) == ["Шебекино (Shebekino)", "-"]


def test_popups_stay_within_the_budget_and_the_map_under_two_megabytes():
    """The newest places list their incidents with evidence and sources; once POPUP_BUDGET is
    spent the others name the place, its counts and days only, whatever the store's size."""
    n = 3 * mapview.MAX_POINTS
    df = pd.DataFrame([{**points(1).iloc[0].to_dict(), "id": i + 1, "lat": 44 + i / 1000, "lon": 30 + i / 1000,
                        "date": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}", "evidence": "drones " * 200}
                       for i in range(n)])
    src = pd.DataFrame([{"incident_id": i + 1, "document": f"d{i}", "title": "T" * 80,
                         "url": f"https://news.example/{i}"} for i in range(n)])
    rows, hidden = mapview.point_rows(df, src)
    assert len(rows) == mapview.MAX_POINTS and hidden == n - mapview.MAX_POINTS
    detailed = [r for r in rows if "“" in r[4]]
    assert 0 < len(detailed) < len(rows)
    assert rows[0] in detailed and rows[-1] not in detailed  # newest places first
    assert all(len(r[4]) < 300 for r in rows if r not in detailed)
    assert all("drones " * 40 not in r[4] for r in detailed)  # evidence is cut to POPUP_EVIDENCE
    html = mapview.build_map(counts(**{"RU-BEL": (1, 2, 3, 4)}), df, sources=src).get_root().render()
    assert len(html.encode("utf-8")) < 2_000_000


def test_a_clicked_point_reads_back_as_its_place():
    place = mapview.group_places(points(2, lat=50.21234, lon=-38.10006, settlement="Шебекино")).iloc[0].to_dict()
    tip = re.sub(r"<[^>]+>", "", mapview.place_tooltip(place))
    assert "Шебекино (Shebekino)" in tip
    assert mapview.place_from_tooltip(tip) == (50.2123, -38.1001)
    assert map_clicks.clicked_place({"last_object_clicked_tooltip": tip}) == (50.2123, -38.1001)
    region_tip = re.sub(r"<[^>]+>", "", mapview.region_tooltip("RU-BEL", {}))
    assert mapview.place_from_tooltip(region_tip) is None and map_clicks.clicked_place(None) is None


def test_template_code_in_article_text_is_shown_not_run():
    """branca reads a MacroElement's output as a Jinja template; article text must not run there."""
    df = points(1, settlement="Town {{7*7}}", evidence="{% for x in range(3) %}{{ 6*7 }}{% endfor %}")
    page = mapview.build_map(counts(), df).get_root().render()
    assert "Town 49" not in page and "424242" not in page
    assert "Town &#123;&#123;7*7&#125;&#125;" in json.loads(re.search(r"var rows = (\[.*?\]);\n", page).group(1))[0][5]


def test_popups_of_stored_incidents_leave_unstated_fields_out(tmp_path):
    """Store rows come back with NaN for an empty cell; a popup said "target: nan" for them."""
    from geo import snapshot
    from geo.documents import Document
    from geo.filters import Filters
    from geo.record import Incident
    from geo.store import open_store

    store = open_store(str(tmp_path / "s.db"))
    text = "Four drones were shot down near Valuyki."
    for n, target in enumerate((None, "a power line")):  # one row without a target beside one with
        store.add_document(Document(text=f"{text} {n}", id=f"d{n}", published=None),
                           [Incident(event_type="interception", country="RU", region="RU-BEL", settlement="Valuyki",
                                     lat=50.2117, lon=38.0983, geo_precision=1, count=4, date=f"2025-05-0{n + 1}",
                                     date_precision="day", target=target, evidence=text)])
    rows, _ = mapview.point_rows(snapshot.load(store, Filters()).points)
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


def test_dot_rims_stand_out_on_every_fill():
    """A dot is seen by its rim where its colour meets a like one (a red strike on the darkest red region)."""
    fills = [mapview.ZERO_FILL, mapview.BACKGROUND, *mapview.PALETTE]
    assert min(_contrast(mapview.POINT_OUTLINE, f) for f in fills) >= 2.5
    assert min(_contrast(mapview.POINT_OUTLINE, c) for c in mapview.TYPE_COLOURS.values()) >= 2
    rows, _ = mapview.point_rows(points(1))
    html = mapview.build_map(counts(**{"RU-BEL": (1, 0, 1, 0)}), points(1)).get_root().render()
    assert f'color: "{mapview.POINT_OUTLINE}"' in html and rows


def test_popups_send_readers_where_the_other_incidents_are():
    """The saved HTML map has no list below it: its popups name the other snapshots instead."""
    many = points(mapview.POPUP_ROWS + 2)
    dashboard_map = mapview.base_map()
    mapview.data_layer(counts(**{"RU-BEL": (5, 0, 10, 0)}), many).add_to(dashboard_map)
    saved = mapview.build_map(counts(**{"RU-BEL": (5, 0, 10, 0)}), many).get_root().render()
    assert "list below the map" in dashboard_map.get_root().render()
    assert "list below the map" not in saved and "CSV and GeoJSON snapshots" in saved
