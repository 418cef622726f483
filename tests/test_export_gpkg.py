"""The GeoPackage export: two layers (incident points, region polygons with counts) read back with pyogrio."""
from __future__ import annotations

import io

import pyogrio
import pytest

from geo import exports
from geo.cli import main
from geo.documents.model import Document
from geo.filters import Filters
from geo.places.polygons import region_frame
from geo.record import SCHEMA_FIELDS, Incident
from geo.store import open_store
from support.sample_store import ROWS, build


@pytest.fixture
def db(tmp_path) -> str:
    url = build(tmp_path / "g.db")
    with open_store(url) as s:  # plus one incident that could not be placed (a national total)
        s.add_document(Document("national", id="n.txt", published="2025-05-03"),
                       [Incident("interception", country="UA", date="2025-05-03", date_precision="day", count=45,
                                 evidence="Air defence downed 45 drones.")])
    return url


def test_cli_writes_two_layers_in_wgs84_with_every_incident_and_region(db, tmp_path, capsys):
    out = tmp_path / "atlas.gpkg"
    assert main(["export", "--format", "gpkg", "--db", db, "--out", str(out)]) == 0
    assert "wrote" in capsys.readouterr().err
    assert {tuple(layer) for layer in pyogrio.list_layers(out)} == {("incidents", "Point"), ("regions", "MultiPolygon")}
    points, polygons = (pyogrio.read_info(out, layer=name) for name in ("incidents", "regions"))
    assert points["crs"] == polygons["crs"] == "EPSG:4326"
    assert points["features"] == len(ROWS) + 1 and polygons["features"] == len(region_frame())
    assert list(points["fields"]) == ["id", *SCHEMA_FIELDS, "n_sources", "sources", "settlement_latin"]
    if "ogr_types" in points:  # pyogrio >= 0.11 names the OGR field types
        types = dict(zip(points["fields"], points["ogr_types"]))
        assert types["date"] == "OFTDate" and types["count"] == "OFTInteger64" and types["lat"] == "OFTReal"
    else:  # older ones give the types they read the fields as
        types = dict(zip(points["fields"], map(str, points["dtypes"])))
        assert types["date"].startswith("datetime64") and types["count"] == "int64" and types["lat"] == "float64"
    assert list(polygons["fields"]) == ["code", "name", "country", "incidents", "strikes", "interceptions",
                                        "drones_strike", "drones_interception", "drones"]
    assert "GeoNames" in points["layer_metadata"]["attribution"]


def test_points_and_region_counts_hold_the_stores_numbers(db, tmp_path):
    out = tmp_path / "a.gpkg"
    with open_store(db) as s:
        exports.write("gpkg", s, Filters(), str(out))
        counts = s.region_counts(Filters()).set_index("region")
    points = pyogrio.read_dataframe(out, layer="incidents")
    valuyki = points[points["settlement"] == "Valuyki"].iloc[0]
    assert (valuyki.geometry.x, valuyki.geometry.y) == (38.0983, 50.2117) and str(valuyki["date"])[:10] == "2025-05-01"
    assert points[points["region"].isna()].geometry.isna().all()  # unplaced: kept, without a point
    regions = pyogrio.read_dataframe(out, layer="regions").set_index("code")
    for code in counts.index:
        assert regions.loc[code, "strikes"] == counts.loc[code, "strikes"]
        assert regions.loc[code, "drones"] == counts.loc[code, "drones_strike"] + counts.loc[code, "drones_interception"]
    assert regions["incidents"].sum() == len(ROWS)  # every regional incident once; the national one in no region
    assert regions.loc["UA-30", "incidents"] == 0


def test_filters_select_the_points_and_the_counts(db, tmp_path):
    out = tmp_path / "f.gpkg"
    with open_store(db) as s:
        exports.write("gpkg", s, Filters(regions=("RU-BRY",)), str(out))
    assert pyogrio.read_info(out, layer="incidents")["features"] == 2
    regions = pyogrio.read_dataframe(out, layer="regions").set_index("code")
    assert regions["incidents"].sum() == regions.loc["RU-BRY", "incidents"] == 2


def test_a_download_buffer_is_a_whole_geopackage(db, tmp_path):
    buf = io.BytesIO()
    with open_store(db) as s:
        exports.write("gpkg", s, Filters(types=("strike",)), buf)
    data = buf.getvalue()
    assert data.startswith(b"SQLite format 3\x00")
    (tmp_path / "b.gpkg").write_bytes(data)
    assert pyogrio.read_info(tmp_path / "b.gpkg", layer="incidents")["features"] == 4
