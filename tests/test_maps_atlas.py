"""The atlas layers: state borders, region labels, cities, neighbouring land, fit to the selection
(geo/data/basemap.py builds them, geo/maps/atlas.py draws them); the browser side is in
tests/test_browser_atlas.py."""
from __future__ import annotations

import json

import pytest
from shapely.geometry import Point, shape

from geo.data import basemap as build
from geo.data.paths import BASEMAP_PATH, NEIGHBOURS_PATH
from geo.exports import png_export
from geo.maps import atlas, view
from geo.places.polygons import regions_at
from geo.places.regions import regions


def test_every_region_but_the_cities_has_a_label_inside_it():
    labels = {row[0]: row for row in atlas.basemap()["labels"]}
    cities = {c for c, r in regions().items() if r.kind in build.CITY_KINDS}
    assert cities == {"RU-MOW", "RU-SPE", "UA-30", "UA-40", "BY-HM"}  # labelled as cities instead
    assert set(labels) == set(regions()) - cities
    for code, (_, text, lat, lon, west, east, south, north) in labels.items():
        assert code in regions_at(lat, lon), (code, text)
        assert west < lon < east and south < lat < north, code
    assert labels["RU-BEL"][1] == "Belgorod" and labels["UA-43"][1] == "Crimea"
    assert labels["RU-KR"][1] == "Karelia" and labels["RU-YEV"][1] == "Jewish AO"


@pytest.mark.parametrize("name, label", [
    ("Belgorod Oblast", "Belgorod"), ("Krasnodar Krai", "Krasnodar"), ("Republic of Tatarstan", "Tatarstan"),
    ("Autonomous Republic of Crimea", "Crimea"), ("Chukotka Autonomous Okrug", "Chukotka"),
    ("Kabardino-Balkarian Republic", "Kabardino-Balkarian"), ("Minsk", "Minsk"),
])
def test_region_labels_drop_the_kind_of_region(name, label):
    assert build.short_name(name) == label


def test_major_cities_come_from_the_gazetteer_by_population_with_their_zoom():
    cities = {c[0]: c for c in atlas.basemap()["cities"]}
    assert cities["Moscow"][4] == 5 and cities["Kyiv"][4] == 5 and cities["Minsk"][4] == 5
    assert all(c[3] >= build.CITY_ZOOMS[-1][0] for c in cities.values())
    pops = [c[3] for c in atlas.basemap()["cities"]]
    assert pops == sorted(pops, reverse=True)
    assert build.city_zoom(400_000) == 6 and build.city_zoom(20_000) is None


def test_state_borders_run_between_countries_not_along_the_coast():
    borders = {f["properties"]["country"]: shape(f["geometry"]) for f in atlas.basemap()["borders"]["features"]}
    assert set(borders) == {"RU", "UA", "BY"}
    near = lambda country, lat, lon: borders[country].distance(Point(lon, lat)) < 0.1  # noqa: E731
    assert near("RU", 50.35, 37.0) and near("UA", 50.35, 37.0)     # Belgorod | Kharkiv
    assert near("BY", 51.5, 30.6) and near("UA", 51.5, 30.6)       # the Dnieper, Gomel | Kyiv
    assert near("RU", 61.5, 29.6)                                   # Finland
    assert not near("RU", 69.1, 36.0)                               # the Murmansk coast
    assert not near("UA", 46.5, 30.9)                               # Odesa's coast
    assert not near("RU", 44.6, 37.8)                               # Novorossiysk's coast


def test_neighbours_are_land_around_the_three_countries_without_them():
    data = json.loads(NEIGHBOURS_PATH.read_text(encoding="utf-8"))
    names = {f["properties"]["name"] for f in data["features"]}
    assert {"Poland", "Moldova", "Romania", "Lithuania", "Finland", "Georgia", "Kazakhstan"} <= names
    assert not names & {"Russia", "Ukraine", "Belarus"}
    poland = next(shape(f["geometry"]) for f in data["features"] if f["properties"]["name"] == "Poland")
    assert poland.contains(Point(21.0, 52.2))  # Warsaw


def test_rebuilding_the_basemap_gives_the_bundled_file(tmp_path):
    """Byte for byte with the GEOS the file was built with; with another GEOS (the lowest versions the
    requirements allow) the same labels and cities at the same places, and the same borders within 2 km."""
    out = build.build_basemap(tmp_path)
    if out.read_bytes() == BASEMAP_PATH.read_bytes():
        return
    import json

    from shapely.geometry import shape

    got, want = json.loads(out.read_text(encoding="utf-8")), json.loads(BASEMAP_PATH.read_text(encoding="utf-8"))
    assert [row[:2] for row in got["labels"]] == [row[:2] for row in want["labels"]]
    assert all(abs(a - b) < 0.05 for g, w in zip(got["labels"], want["labels"]) for a, b in zip(g[2:], w[2:]))
    assert got["cities"] == want["cities"] and got["bounds"].keys() == want["bounds"].keys()
    borders = [[shape(f["geometry"]) for f in d["borders"]["features"]] for d in (got, want)]
    assert len(borders[0]) == len(borders[1])
    assert all(a.hausdorff_distance(b) < 0.02 for a, b in zip(*borders))


def test_topojson_arcs_decode_with_reversed_references():
    topo = {"type": "Topology", "transform": {"scale": [1, 1], "translate": [10, 20]},
            "arcs": [[[0, 0], [2, 0], [0, 2]], [[2, 2], [-2, 0], [0, -2]]],
            "objects": {"countries": {"type": "GeometryCollection", "geometries": [
                {"type": "Polygon", "id": "999", "properties": {"name": "Square"}, "arcs": [[0, 1]]},
                {"type": "Polygon", "id": "998", "properties": {"name": "Back"}, "arcs": [[~1, ~0]]}]}}}
    got = {name: geom for _, name, geom in build.topojson_countries(topo)}
    assert got["Square"].area == 4 and got["Square"].bounds == (10, 20, 12, 22)
    assert got["Back"].equals(got["Square"])


def test_selection_bounds_cover_the_selected_regions():
    (s, w), (n, e) = atlas.selection_bounds(["RU-BEL", "RU-KRS", "XX-NONE"])
    for code in ("RU-BEL", "RU-KRS"):
        lat, lon = next(r[2:4] for r in atlas.basemap()["labels"] if r[0] == code)
        assert s < lat < n and w < lon < e
    assert n - s < 4 and e - w < 6
    assert atlas.selection_bounds([]) is None and atlas.selection_bounds(["XX-NONE"]) is None


def _boxes_overlap(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize("zoom", [5, 7])
def test_placed_labels_never_overlap_and_cities_come_with_zoom(zoom):
    scale = 256 * 2 ** zoom / 360  # px per degree, as Leaflet's zoom

    def to_px(lon, lat):
        return (lon - 22) * scale, (58 - lat) * scale * 1.6

    def width(text, kind):
        return 6.5 * len(text) + (12 if kind == "city" else 4)

    placed = atlas.placed_labels(to_px, width, zoom, (0, 0, 1400, 900))
    boxes = []
    for lab in placed:
        x, y = to_px(lab.lon, lab.lat)
        w = width(lab.text, lab.kind)
        x0 = x - w / 2 if lab.kind == "region" else x - 5
        boxes.append((x0 - 2, y - 7, x0 + w + 2, y + 7))
    assert not any(_boxes_overlap(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    kinds = [lab.kind for lab in placed]
    assert kinds.count("region") > (25 if zoom == 5 else 8)
    big = {c[0] for c in atlas.basemap()["cities"] if c[4] <= zoom}
    assert {lab.text for lab in placed if lab.kind == "city"} <= big
    if zoom == 7:
        assert kinds.count("city") > 10


def test_the_map_page_carries_borders_labels_land_and_stays_small():
    html = view.build_map(None, None).get_root().render()
    assert '"Belgorod"' in html and '"Kyiv"' in html and "geo-borders" in html and "Poland" in html
    base = len(view.base_map().get_root().render().encode("utf-8"))  # Leaflet linked, not inlined
    assert base < 200_000  # the atlas layers (drawn once a page) add little to a 1.6 MB map


def test_fit_to_selection_rides_with_the_data_layer():
    fit = [c for c in view.data_layer(None, None, selected=["RU-KRS"])._children.values()
           if isinstance(c, atlas.FitToSelection)]
    assert fit and fit[0].key == "RU-KRS" and fit[0].bounds == atlas.selection_bounds(["RU-KRS"])
    whole = [c for c in view.data_layer(None, None)._children.values() if isinstance(c, atlas.FitToSelection)]
    assert whole[0].key == "" and whole[0].bounds is None and whole[0].zoom == view.ZOOM


def test_png_zooms_to_the_selected_regions():
    gdf = png_export._polygons()
    x0, x1, y0, y1 = png_export._extent(gdf, {}, None, ["RU-BEL"])
    bx0, by0, bx1, by1 = gdf.loc["RU-BEL"].geometry.bounds
    assert x0 < bx0 and bx1 < x1 and y0 < by0 and by1 < y1
    assert x1 - x0 < 6  # the region, not the whole theatre
    assert png_export._extent(gdf, {}, None) == (png_export.DEFAULT_EXTENT[0], png_export.DEFAULT_EXTENT[1],
                                                 png_export.DEFAULT_EXTENT[2], png_export.DEFAULT_EXTENT[3])
