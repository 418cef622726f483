"""Rebuild the bundled geodata in ``geo/data`` from the open-data inputs.

The product must run without ``../shared``, so the files it needs are copied
into the package in a compact form.  This module regenerates them:

- ``regions.geojson``: the full region polygons (spatial joins, PNG maps);
- ``regions_web.geojson``: a topology-preserving simplification for the browser;
- ``gazetteer.parquet``: settlements with Latin and Cyrillic names;
- ``name_keys.parquet``: the geocoder's folded name keys for that gazetteer;
- ``basemap.json`` and ``neighbours_web.geojson``: state borders, labels, cities and the
  neighbouring countries (:mod:`geo.data.basemap`);
- ``ATTRIBUTION.md``: the licence lines of every input.

It also accepts GeoNames country dumps (``RU.txt``, ``UA.txt``, ``BY.txt`` or their
``.zip``) to enlarge the gazetteer with villages that have no post office.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import sys
import zipfile
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd

from geo.data.paths import ATTRIBUTION_PATH, DATA_DIR, GAZETTEER_PATH, REGIONS_PATH, REGIONS_WEB_PATH

REGIONS_FILE = "adm1_ru_ua.geojson"
SETTLEMENTS_FILE = "settlements_ru_ua_by.tsv.gz"
ADMIN1_FILE = "admin1_codes_ru_ua_by.tsv"
ADMIN2_FILE = "admin2_codes_ru_ua_by.tsv"

#: Columns of the GeoNames "geoname" table (the RU.txt / UA.txt country dumps).
GEONAMES_DUMP_COLUMNS = [
    "geonameid", "name", "asciiname", "alternatenames", "lat", "lon",
    "feature_class", "feature_code", "country", "cc2", "admin1", "admin2",
    "admin3", "admin4", "population", "elevation", "dem", "timezone", "modified",
]

#: Columns kept in ``gazetteer.parquet``, in order.
GAZETTEER_COLUMNS = [
    "geonameid", "name", "asciiname", "alternatenames", "lat", "lon", "country",
    "region", "district", "population", "source", "accuracy", "feature_code",
]

#: Tolerance (degrees) of the browser copy of the polygons; ~3-5 km at these latitudes.
WEB_SIMPLIFY_TOLERANCE = 0.05

ATTRIBUTION_TEMPLATE = """# Data sources and licences

The drone-incident atlas bundles open geodata. Keep these lines with any copy
of the data and with every map made from it.

- Region boundaries of Russia and Ukraine: geoBoundaries: Runfola D. et al. (2020)
  PLoS ONE 15(4): e0231866, CC BY 4.0 (gbOpen RUS and UKR ADM1).
- Region boundaries of Belarus and the outlines of the neighbouring countries:
  Made with Natural Earth (public domain; 1:50m countries 4.1.0 via the world-atlas package).
- Russian and Ukrainian region names: ISO 3166-2 translations from Debian
  iso-codes (LGPL-2.1), with corrections.
- Settlements, region and district codes: GeoNames (geonames.org), CC BY 4.0
  (cities500 2020; postal-code localities RU 2016, UA and BY 2024{extra}).

Crimea (UA-43) and Sevastopol (UA-40) are shown as regions of Ukraine, the
internationally recognised view: the maps draw the internationally recognised
state borders and no line of control.
"""


def _read_admin1(source: Path) -> dict[str, str]:
    """Map GeoNames admin1 keys (``RU.09``) to ISO 3166-2 codes (``RU-BEL``)."""
    with open(source / ADMIN1_FILE, encoding="utf-8") as fh:
        rows = csv.DictReader(fh, delimiter="\t")
        return {r["geonames_admin1"]: r["iso_3166_2"] for r in rows if r["iso_3166_2"]}


def _read_admin2(source: Path) -> dict[str, str]:
    """Map GeoNames admin2 keys (``RU.09.123``) to district names."""
    with open(source / ADMIN2_FILE, encoding="utf-8") as fh:
        rows = csv.DictReader(fh, delimiter="\t")
        return {r["geonames_admin2"]: r["name"] for r in rows}


def build_regions(source: Path, out: Path) -> tuple[Path, Path]:
    """Copy the region polygons and write a simplified copy for the browser.

    The simplification uses ``shapely.coverage_simplify`` so that shared
    borders are simplified once and neighbours keep touching.
    """
    import geopandas as gpd
    import shapely

    gdf = gpd.read_file(source / REGIONS_FILE)
    gdf = gdf.rename(columns={"iso_3166_2": "code"})
    keep = ["code", "country", "name_en", "name_ru", "name_uk", "type", "geometry"]
    gdf = gdf[keep].sort_values("code").reset_index(drop=True)
    gdf["name_en"] = gdf["name_en"].str.replace(r"\boblast$", "Oblast", regex=True)  # one source row: "Leningrad oblast"
    gdf["geometry"] = shapely.make_valid(gdf.geometry.values)
    full = out / REGIONS_PATH.name
    _write_geojson(gdf, full, precision=5)

    web = gdf.copy()
    web["geometry"] = shapely.coverage_simplify(
        gdf.geometry.values, WEB_SIMPLIFY_TOLERANCE, simplify_boundary=True
    )
    web["geometry"] = shapely.make_valid(web.geometry.values)
    web_path = out / REGIONS_WEB_PATH.name
    _write_geojson(web, web_path, precision=3)
    return full, web_path


def _write_geojson(gdf, path: Path, precision: int) -> None:
    """Write compact GeoJSON with rounded coordinates (small, diff-friendly)."""
    text = gdf.to_json(drop_id=True, to_wgs84=False)
    data = json.loads(text)
    for feat in data["features"]:
        feat["geometry"] = _round_geometry(feat["geometry"], precision)
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def _round_geometry(geom: dict, precision: int) -> dict:
    def rnd(c):
        if isinstance(c, (int, float)):
            return round(c, precision)
        return [rnd(x) for x in c]

    return {"type": geom["type"], "coordinates": rnd(geom["coordinates"])}


def read_settlements(source: Path, admin2: dict[str, str]) -> pd.DataFrame:
    """Read the project's settlement TSV into the gazetteer columns."""
    df = pd.read_csv(
        source / SETTLEMENTS_FILE, sep="\t", dtype=str, keep_default_na=False, quoting=csv.QUOTE_NONE
    )
    district = [
        admin2.get(f"{c}.{a1}.{a2}", "") if src.startswith("geonames_cities") else a2
        for c, a1, a2, src in zip(df["country"], df["admin1"], df["admin2"], df["source"])
    ]
    return pd.DataFrame({
        "geonameid": df["geonameid"],
        "name": df["name"],
        "asciiname": df["asciiname"],
        "alternatenames": df["alternatenames"],
        "lat": df["lat"],
        "lon": df["lon"],
        "country": df["country"],
        "region": df["iso_3166_2"],
        "district": district,
        "population": df["population"],
        "source": df["source"],
        "accuracy": df["accuracy"],
        "feature_code": df["feature_code"],
    })


def iter_dump_lines(path: Path) -> Iterator[str]:
    """Yield the lines of a GeoNames dump, plain ``.txt`` or zipped."""
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as zf:
            names = [n for n in zf.namelist() if n.endswith(".txt") and not n.startswith("readme")]
            for name in names:
                with zf.open(name) as fh:
                    yield from io.TextIOWrapper(fh, encoding="utf-8")
    elif path.suffix.lower() == ".gz":
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            yield from fh
    else:
        with open(path, encoding="utf-8") as fh:
            yield from fh


def read_geonames_dump(path: Path, admin1: dict[str, str], admin2: dict[str, str]) -> pd.DataFrame:
    """Read populated places (feature class P) of a GeoNames country dump.

    Rows with a wrong number of columns are skipped and counted on stderr, so
    one broken line does not stop a rebuild.
    """
    rows: list[dict[str, str]] = []
    bad = 0
    for line in iter_dump_lines(path):
        parts = line.rstrip("\n").split("\t")
        if len(parts) != len(GEONAMES_DUMP_COLUMNS):
            if line.strip():
                bad += 1
            continue
        rec = dict(zip(GEONAMES_DUMP_COLUMNS, parts))
        if rec["feature_class"] != "P" or rec["feature_code"] == "PPLH":
            continue
        region = admin1.get(f"{rec['country']}.{rec['admin1']}", "")
        rows.append({
            "geonameid": rec["geonameid"],
            "name": rec["name"],
            "asciiname": rec["asciiname"],
            "alternatenames": rec["alternatenames"],
            "lat": rec["lat"],
            "lon": rec["lon"],
            "country": rec["country"],
            "region": region,
            "district": admin2.get(f"{rec['country']}.{rec['admin1']}.{rec['admin2']}", ""),
            "population": rec["population"],
            "source": f"geonames_dump_{rec['country']}",
            "accuracy": "",
            "feature_code": rec["feature_code"],
        })
    if bad:
        print(f"{path}: skipped {bad} malformed line(s)", file=sys.stderr)
    return pd.DataFrame(rows, columns=GAZETTEER_COLUMNS)


def merge_gazetteer(base: pd.DataFrame, extras: Iterable[pd.DataFrame]) -> pd.DataFrame:
    """Combine the base gazetteer with dump rows; a geonameid appears once.

    Dump rows replace base rows with the same geonameid (they are newer and
    carry every alternate name); postal rows have no geonameid and stay.
    """
    frames = [base, *extras]
    df = pd.concat(frames, ignore_index=True)
    has_id = df["geonameid"] != ""
    with_id = df[has_id].drop_duplicates("geonameid", keep="last")
    return pd.concat([with_id, df[~has_id]], ignore_index=True)


def finalize_gazetteer(df: pd.DataFrame) -> pd.DataFrame:
    """Give every column its compact type, drop rows without coordinates."""
    out = df.copy()
    out["lat"] = pd.to_numeric(out["lat"], errors="coerce").astype("float32")
    out["lon"] = pd.to_numeric(out["lon"], errors="coerce").astype("float32")
    out = out.dropna(subset=["lat", "lon"])
    out["population"] = pd.to_numeric(out["population"], errors="coerce").fillna(0).astype("int32")
    out["accuracy"] = pd.to_numeric(out["accuracy"], errors="coerce").fillna(0).astype("int8")
    for col in ("country", "region", "source", "feature_code"):
        out[col] = out[col].astype("category")
    for col in ("geonameid", "name", "asciiname", "alternatenames", "district"):
        out[col] = out[col].astype(str)
    out = out.sort_values(["country", "region", "name"], kind="stable").reset_index(drop=True)
    return out[GAZETTEER_COLUMNS]


def build_gazetteer(source: Path, out: Path, dumps: Iterable[Path] = ()) -> Path:
    """Write ``gazetteer.parquet`` from the settlement TSV and optional dumps."""
    admin1 = _read_admin1(source)
    admin2 = _read_admin2(source)
    base = read_settlements(source, admin2)
    extra = [read_geonames_dump(Path(p), admin1, admin2) for p in dumps]
    gaz = finalize_gazetteer(merge_gazetteer(base, extra))
    path = out / GAZETTEER_PATH.name
    gaz.to_parquet(path, index=False, compression="zstd")
    return path


def write_attribution(out: Path, dumps: Iterable[Path] = ()) -> Path:
    """Write ATTRIBUTION.md; the app and exports read their credits from here."""
    names = [Path(p).name for p in dumps]
    extra = f"; GeoNames country dumps {', '.join(names)}" if names else ""
    path = out / ATTRIBUTION_PATH.name
    path.write_text(ATTRIBUTION_TEMPLATE.format(extra=extra), encoding="utf-8")
    return path


def build(source: Path, out: Path = DATA_DIR, dumps: Iterable[Path] = (), world: Path | None = None) -> list[Path]:
    """Regenerate every bundled data file; return the paths written."""
    source, out = Path(source), Path(out)
    missing = [f for f in (REGIONS_FILE, SETTLEMENTS_FILE, ADMIN1_FILE, ADMIN2_FILE)
               if not (source / f).exists()]
    if missing:
        raise FileNotFoundError(f"{source}: missing input file(s): {', '.join(missing)}")
    dumps = list(dumps)
    for d in dumps:
        if not Path(d).exists():
            raise FileNotFoundError(f"GeoNames dump not found: {d}")
    out.mkdir(parents=True, exist_ok=True)
    written = list(build_regions(source, out))
    gazetteer = build_gazetteer(source, out, dumps)
    written.append(gazetteer)
    from geo.places.gazetteer import write_name_keys  # the geocoder's index, precomputed for fast starts

    written.append(write_name_keys(gazetteer))
    from geo.data.basemap import build_basemap, build_neighbours

    if world is not None:
        written.append(build_neighbours(Path(world), out))
    written.append(build_basemap(out))
    written.append(write_attribution(out, dumps))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m geo.data",
        description="Rebuild the bundled geodata (regions, gazetteer, attribution).",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="regenerate geo/data from the open-data inputs")
    b.add_argument("--source", type=Path, default=Path("../shared/data"),
                   help="folder with adm1_ru_ua.geojson, settlements_ru_ua_by.tsv.gz, admin codes")
    b.add_argument("--out", type=Path, default=DATA_DIR, help="where to write (default: geo/data)")
    b.add_argument("--geonames", type=Path, nargs="*", default=[], metavar="DUMP",
                   help="GeoNames country dumps (RU.txt, UA.zip, ...) to enlarge the gazetteer")
    b.add_argument("--world", type=Path, default=None, metavar="TOPOJSON",
                   help="Natural Earth countries (countries-50m.json of the world-atlas npm package) to "
                        "redraw the neighbouring countries; without it the bundled copy is kept")
    args = parser.parse_args(argv)
    try:
        for path in build(args.source, args.out, args.geonames, args.world):
            print(f"wrote {path} ({path.stat().st_size / 1024:.0f} KB)")
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0
