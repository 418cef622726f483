"""The atlas layers under and over the shading, computed once at data-build time.

Without tiles the map would be coloured shapes; these files make it readable:

- ``basemap.json``: the state borders (regions dissolved per country, from the same
  simplified polygons the browser draws, so they meet the region edges), one label point
  per region with the room around it, each region's bounding box (fit-to-selection), and
  the major cities of the gazetteer with the zoom from which they are shown;
- ``neighbours_web.geojson``: the outlines of the neighbouring countries from Natural
  Earth (the ``world-atlas`` npm package's ``countries-50m.json``), so that the land
  outside Russia, Ukraine and Belarus does not look like sea.

Crimea and Sevastopol are Ukrainian regions in the region data (its stated convention,
ATTRIBUTION.md), so Ukraine's outline includes them; Natural Earth's Russia, Ukraine and
Belarus are not used.
"""
from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

import pandas as pd

from geo.data.paths import BASEMAP_PATH, GAZETTEER_PATH, NEIGHBOURS_PATH, REGIONS_PATH, REGIONS_WEB_PATH

#: Natural Earth ISO numeric ids left out of the neighbours: the three countries the regions cover.
OWN_COUNTRIES = {"643", "804", "112"}
#: lon/lat box of the neighbours kept (the theatre and well beyond; all of Russia's south).
NEIGHBOUR_BOX = (-12.0, 25.0, 180.0, 82.0)
#: Simplification (degrees) of the neighbours and the state borders: they are context, not data.
NEIGHBOUR_TOLERANCE = 0.08
#: A city is labelled from this zoom on, by population (largest first; smaller ones never).
CITY_ZOOMS = ((1_000_000, 5), (300_000, 6), (100_000, 7), (50_000, 8))
#: Words dropped from region names on the map (the tooltip keeps the full name).
_GENERIC = re.compile(r"\s*\b(Autonomous Republic of|Republic of|Republic|Autonomous Okrug|Oblast|Krai|City)\b\s*")
#: Region kinds not labelled as regions: the city itself is labelled (Moscow, Kyiv, Sevastopol).
CITY_KINDS = {"City", "Autonomous city"}
#: Labels that dropping the kind would leave unclear.
LABEL_OVERRIDES = {"RU-YEV": "Jewish AO", "RU-AL": "Altai Republic"}
#: Degrees within which a country's outline counts as a land border (the sources' slivers and gaps).
BORDER_REACH = 0.15


def short_name(name_en: str) -> str:
    """The label of a region: its name without the kind ("Belgorod Oblast" -> "Belgorod")."""
    out = _GENERIC.sub(" ", name_en).strip(" -–")
    return re.sub(r"\s{2,}", " ", out) or name_en


def _largest(geom: Any) -> Any:
    return max(getattr(geom, "geoms", [geom]), key=lambda g: g.area)


def _chords(poly: Any, lat: float, lon: float) -> tuple[float, float, float, float]:
    """West, east, south, north ends of the horizontal and vertical lines through (lat, lon) inside ``poly``."""
    from shapely.geometry import LineString, Point

    x0, y0, x1, y1 = poly.bounds
    here = Point(lon, lat)
    ends = []
    for line in (LineString([(x0 - 1, lat), (x1 + 1, lat)]), LineString([(lon, y0 - 1), (lon, y1 + 1)])):
        cut = poly.intersection(line)
        pieces = [g for g in getattr(cut, "geoms", [cut]) if not g.is_empty] or [here]
        ends.append(min(pieces, key=lambda g: g.distance(here)).bounds)
    (west, _, east, _), (_, south, _, north) = ends
    return west, east, south, north


def region_labels(full: Any) -> list[list]:
    """[code, label, lat, lon, west, east, south, north] per region: the pole of inaccessibility of its
    largest part (the label point, in a lon scaled by cos(lat) so it is not squeezed), and its chords."""
    from shapely import affinity
    from shapely.geometry import Point
    from shapely.ops import polylabel

    rows = []
    for rec in full.itertuples():
        if rec.type in CITY_KINDS:
            continue
        poly = _largest(rec.geometry)
        k = math.cos(math.radians(poly.centroid.y))
        pole = polylabel(affinity.scale(poly, xfact=k, yfact=1, origin=(0, 0)), tolerance=0.01)
        lat, lon = pole.y, pole.x / k
        west, east, south, north = _chords(poly, lat, lon)
        middle = ((south + north) / 2, (west + east) / 2)  # centred in the room it has, if still inside
        if poly.contains(Point(middle[1], middle[0])):
            lat, lon = middle
            west, east, south, north = _chords(poly, lat, lon)
        lon = (west + east) / 2  # the middle of its line across the region: the widest label fits
        south, north = _chords(poly, lat, lon)[2:]
        rows.append([rec.code, LABEL_OVERRIDES.get(rec.code) or short_name(rec.name_en), round(lat, 3), round(lon, 3),
                     round(west, 3), round(east, 3), round(south, 3), round(north, 3)])
    return rows


def city_zoom(population: int) -> int | None:
    """The zoom from which a city of ``population`` is labelled, else None (too small)."""
    return next((z for floor, z in CITY_ZOOMS if population >= floor), None)


def cities(gazetteer: pd.DataFrame) -> list[list]:
    """[name, lat, lon, population, zoom] of the major cities, largest first (one row a name and region)."""
    floor = CITY_ZOOMS[-1][0]
    big = gazetteer[(gazetteer["population"] >= floor) & gazetteer["geonameid"].astype(bool)]
    # ties broken by the GeoNames id, so every pandas version lists the cities in the same order
    big = big.sort_values(["population", "geonameid"], ascending=[False, True], kind="stable") \
        .drop_duplicates(["name", "region"])
    return [[str(r.name), round(float(r.lat), 3), round(float(r.lon), 3), int(r.population),
             city_zoom(int(r.population))] for r in big.itertuples()]


def state_borders(web: Any, neighbours: list[Any]) -> dict:
    """Each country's land borders: its outline, dissolved from the browser's region polygons (so it
    meets their edges), where it runs along another country (the coast is left to the shading)."""
    import shapely
    from shapely.geometry import mapping

    shapes = {c: shapely.union_all(shapely.make_valid(part.geometry.values)) for c, part in web.groupby("country")}
    feats = []
    for country, shape in shapes.items():
        others = [g for c, g in shapes.items() if c != country] + list(neighbours)
        near = shapely.union_all(others).buffer(BORDER_REACH)
        line = shapely.simplify(shape.boundary.intersection(near), NEIGHBOUR_TOLERANCE / 4)
        feats.append({"type": "Feature", "properties": {"country": country},
                      "geometry": _rounded(mapping(line), 3)})
    return {"type": "FeatureCollection", "features": feats}


def _rounded(geom: dict, digits: int) -> dict:
    def rnd(c: Any) -> Any:
        return round(c, digits) if isinstance(c, (int, float)) else [rnd(x) for x in c]

    return {"type": geom["type"], "coordinates": rnd(geom["coordinates"])}


def _bundled(out: Path, path: Path) -> Path:
    """The file ``path`` names in ``out`` when a build wrote it there, else the bundled copy."""
    return out / path.name if (out / path.name).exists() else path


def build_basemap(out: Path) -> Path:
    """Write ``basemap.json`` from the bundled regions and gazetteer (no outside input needed)."""
    import geopandas as gpd

    full = gpd.read_file(_bundled(out, REGIONS_PATH))
    web = gpd.read_file(_bundled(out, REGIONS_WEB_PATH))
    gaz = pd.read_parquet(_bundled(out, GAZETTEER_PATH), columns=["geonameid", "name", "lat", "lon", "region", "population"])
    bounds = {rec.code: [round(v, 3) for v in (rec.geometry.bounds[1], rec.geometry.bounds[0],
                                                rec.geometry.bounds[3], rec.geometry.bounds[2])]
              for rec in web.itertuples()}
    neighbours_path = _bundled(out, NEIGHBOURS_PATH)
    neighbours = gpd.read_file(neighbours_path).geometry.tolist() if neighbours_path.exists() else []
    data = {"borders": state_borders(web, neighbours), "labels": region_labels(full), "cities": cities(gaz),
            "bounds": bounds}
    path = out / BASEMAP_PATH.name
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return path


def _arc_points(topo: dict) -> list[list[tuple[float, float]]]:
    """The TopoJSON's arcs as lon/lat points (undoing the quantisation's deltas)."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def _ring(arcs: list[list[tuple[float, float]]], refs: list[int]) -> list[tuple[float, float]]:
    pts: list[tuple[float, float]] = []
    for i in refs:
        seg = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts.extend(seg[1:] if pts else seg)
    return pts


def topojson_countries(topo: dict) -> list[tuple[str, str, Any]]:
    """(id, name, shapely geometry) of each country of a world-atlas TopoJSON."""
    from shapely.geometry import MultiPolygon, Polygon

    arcs = _arc_points(topo)
    out = []
    for g in topo["objects"]["countries"]["geometries"]:
        polys = [g["arcs"]] if g.get("type") == "Polygon" else g.get("arcs", []) if g.get("type") == "MultiPolygon" else []
        shapes = [Polygon(_ring(arcs, p[0]), [_ring(arcs, r) for r in p[1:]]) for p in polys]
        if shapes:
            out.append((str(g.get("id", "")), g.get("properties", {}).get("name", ""), MultiPolygon(shapes)))
    return out


def build_neighbours(world: Path, out: Path) -> Path:
    """Write ``neighbours_web.geojson``: Natural Earth countries around the three, clipped and simplified."""
    import shapely
    from shapely.geometry import box, mapping

    topo = json.loads(Path(world).read_text(encoding="utf-8"))
    clip = box(*NEIGHBOUR_BOX)
    feats = []
    for cid, name, geom in topojson_countries(topo):
        if cid in OWN_COUNTRIES:
            continue
        part = shapely.make_valid(geom).intersection(clip)
        part = shapely.simplify(part, NEIGHBOUR_TOLERANCE, preserve_topology=True)
        if part.is_empty or part.area < 0.05:
            continue
        feats.append({"type": "Feature", "properties": {"name": name},
                      "geometry": _rounded(mapping(part), 2)})
    path = out / NEIGHBOURS_PATH.name
    text = json.dumps({"type": "FeatureCollection", "features": sorted(feats, key=lambda f: f["properties"]["name"])},
                      ensure_ascii=False, separators=(",", ":"))
    path.write_text(text, encoding="utf-8")
    return path
