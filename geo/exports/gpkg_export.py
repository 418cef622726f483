"""Incidents and region counts as one GeoPackage (``--format gpkg``) that QGIS and ArcGIS open as is.

Two layers, both EPSG:4326:

- ``incidents``: one point per de-duplicated incident, with every schema field, ``id``,
  ``n_sources``, ``sources`` (joined as in the CSV) and ``settlement_latin``; ``date`` and
  ``date_end`` are real dates, so QGIS's temporal controller can play them.  An incident that
  could not be placed has an empty geometry rather than being dropped, as in the GeoJSON.
- ``regions``: every region's polygon with the counts the map's shading uses for the same filters
  (0 where nothing happened), so a choropleth is one click in QGIS.

The title, filters and credits are stored as the file's metadata.  A GeoPackage is a SQLite file,
so it is written to a temporary file first and then moved or copied to ``out``.
"""
from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any, BinaryIO

import pandas as pd

from geo.data.credits import attribution
from geo.exports.common import selection, source_label, title, write_bytes
from geo.filters import Filters
from geo.record import SCHEMA_FIELDS

CRS = "EPSG:4326"
INCIDENT_LAYER, REGION_LAYER = "incidents", "regions"
INCIDENT_FIELDS = ("id", *SCHEMA_FIELDS, "n_sources", "sources", "settlement_latin")
DATE_FIELDS = ("date", "date_end")
INT_FIELDS = ("id", "geo_precision", "count", "killed", "injured", "n_sources")
#: the regions layer's count columns, as ``store.region_counts`` names them, plus their totals
COUNT_FIELDS = ("strikes", "interceptions", "drones_strike", "drones_interception")
REGION_FIELDS = ("code", "name", "country", "incidents", *COUNT_FIELDS, "drones")


def incident_frame(store: Any, filters: Filters):
    """The incidents layer as a GeoDataFrame (points; null geometry when unplaced)."""
    import geopandas as gpd

    rows, sources = selection(store, filters)
    frame = pd.DataFrame([{k: r.get(k) for k in INCIDENT_FIELDS} for r in rows], columns=list(INCIDENT_FIELDS))
    frame["sources"] = [" | ".join(source_label(s) for s in sources[int(r["id"])]) for r in rows]
    for column in DATE_FIELDS:
        frame[column] = pd.to_datetime(frame[column], errors="coerce").astype("date32[pyarrow]")
    for column in INT_FIELDS:
        frame[column] = frame[column].astype("Int64")
    frame["lat"], frame["lon"] = frame["lat"].astype("float64"), frame["lon"].astype("float64")
    for column in frame.columns.difference([*DATE_FIELDS, *INT_FIELDS, "lat", "lon"]):
        frame[column] = frame[column].astype("string")  # text even when every value is empty (older pyogrio)
    geometry = gpd.points_from_xy(frame["lon"], frame["lat"])
    geometry[frame["lat"].isna().to_numpy() | frame["lon"].isna().to_numpy()] = None
    return gpd.GeoDataFrame(frame, geometry=geometry, crs=CRS)


def region_frame(store: Any, filters: Filters):
    """Every region's polygon with its counts for ``filters`` (0 where none)."""
    from geo.places.polygons import region_frame as polygons

    shapes = polygons().reset_index(drop=True)[["code", "name_en", "country", "geometry"]]
    counts = store.region_counts(filters).rename(columns={"region": "code"})
    out = shapes.rename(columns={"name_en": "name"}).merge(counts, on="code", how="left")
    for column in COUNT_FIELDS:
        out[column] = out[column].fillna(0).astype("int64")
    out["incidents"] = out["strikes"] + out["interceptions"]
    out["drones"] = out["drones_strike"] + out["drones_interception"]
    return out[[*REGION_FIELDS, "geometry"]].set_crs(CRS, allow_override=True)


def write_file(store: Any, filters: Filters, path: Path) -> None:
    """Write both layers to the GeoPackage at ``path`` (a new file)."""
    import pyogrio

    meta = {"title": title(filters), "filters": filters.describe(), "attribution": attribution()}
    pyogrio.write_dataframe(incident_frame(store, filters), path, layer=INCIDENT_LAYER, driver="GPKG",
                            geometry_type="Point", layer_metadata=meta, dataset_metadata=meta,
                            use_arrow=True)  # through Arrow, dates are written as GeoPackage DATE fields
    pyogrio.write_dataframe(region_frame(store, filters), path, layer=REGION_LAYER, driver="GPKG",
                            promote_to_multi=True, layer_metadata=meta, append=True)


def write(store: Any, filters: Filters, out: str | Path | BinaryIO, fmt: str = "gpkg", **_: Any) -> None:
    """Write the GeoPackage of ``filters`` to a path or binary file (never half a file at ``out``)."""
    with tempfile.TemporaryDirectory(prefix="atlas-gpkg-") as tmp:
        path = Path(tmp) / "export.gpkg"
        write_file(store, filters, path)
        write_bytes(out, path.read_bytes())
