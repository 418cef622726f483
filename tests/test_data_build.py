"""The bundled geodata and the command that rebuilds it."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from geo.data import build as databuild
from geo.data.paths import DATA_DIR as DATA
from geo.places.regions import regions

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"

# Two populated places and one non-place, in the 19-column GeoNames dump format.
DUMP_ROWS = [
    ["9990001", "Togobiyevka", "Togobiyevka", "Togobievka,Тогобиевка", "50.3341", "37.9187",
     "P", "PPL", "RU", "", "09", "", "", "", "0", "", "180", "Europe/Moscow", "2024-01-01"],
    ["9990002", "Testovo", "Testovo", "Тестово", "55.1", "37.1",
     "P", "PPL", "RU", "", "47", "", "", "", "250", "", "150", "Europe/Moscow", "2024-01-01"],
    ["9990003", "Some River", "Some River", "", "55.0", "37.0",
     "H", "STM", "RU", "", "47", "", "", "", "0", "", "150", "Europe/Moscow", "2024-01-01"],
]


def test_bundled_regions_cover_three_countries_with_names():
    regs = regions()
    assert len(regs) == 117
    counts = pd.Series([r.country for r in regs.values()]).value_counts().to_dict()
    assert counts == {"RU": 83, "UA": 27, "BY": 7}
    for r in regs.values():
        assert r.name_en and r.name_ru and r.name_uk, r.code
        assert r.code.startswith(r.country + "-")
        assert not r.name_en.endswith(" oblast"), r.name_en  # "Leningrad Oblast" like the other 72


def test_web_copy_is_small_and_keeps_every_region():
    web = json.loads((DATA / "regions_web.geojson").read_text(encoding="utf-8"))
    full = json.loads((DATA / "regions.geojson").read_text(encoding="utf-8"))
    assert (DATA / "regions_web.geojson").stat().st_size < 600_000
    assert {f["properties"]["code"] for f in web["features"]} == {f["properties"]["code"] for f in full["features"]}


def test_web_copy_keeps_neighbours_touching():
    import geopandas as gpd

    web = gpd.read_file(DATA / "regions_web.geojson").set_index("code")
    # Belgorod borders Kursk and Voronezh (same source): simplified shapes must still meet.
    for a, b in (("RU-BEL", "RU-KRS"), ("RU-BEL", "RU-VOR"), ("RU-MOS", "RU-MOW")):
        assert web.loc[a, "geometry"].buffer(0.002).intersects(web.loc[b, "geometry"]), (a, b)


def test_gazetteer_loads_fast_form_with_latin_and_cyrillic_names():
    gaz = pd.read_parquet(DATA / "gazetteer.parquet")
    assert len(gaz) > 60_000
    row = gaz[gaz["name"] == "Щетиновка"].iloc[0]
    assert row["asciiname"] == "Shchetinovka"
    assert row["region"] == "RU-BEL"
    assert abs(row["lat"] - 50.446) < 0.01 and abs(row["lon"] - 36.171) < 0.01
    assert set(gaz["accuracy"].unique()) >= {0, 1, 4}


def test_attribution_names_every_source():
    text = (DATA / "ATTRIBUTION.md").read_text(encoding="utf-8")
    for needle in ("geoBoundaries", "CC BY 4.0", "Natural Earth", "GeoNames"):
        assert needle in text


@pytest.mark.skipif(not SHARED.exists(), reason="../shared/data is not beside the checkout")
def test_rebuild_with_geonames_dump_adds_villages(tmp_path):
    dump = tmp_path / "RU.txt"
    lines = ["\t".join(r) for r in DUMP_ROWS] + ["broken\tline"]
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "geo.data", "build", "--source", str(SHARED), "--out", str(out),
         "--geonames", str(dump)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert "skipped 1 malformed line" in proc.stderr
    gaz = pd.read_parquet(out / "gazetteer.parquet")
    tog = gaz[gaz["geonameid"] == "9990001"]
    assert len(tog) == 1
    assert tog.iloc[0]["region"] == "RU-BEL"
    assert "Тогобиевка" in tog.iloc[0]["alternatenames"]
    assert (gaz["geonameid"] == "9990003").sum() == 0  # rivers are not settlements
    assert (gaz["geonameid"] == "9990002").sum() == 1
    # the rebuilt base data equals the bundled copy plus the two new places
    bundled = pd.read_parquet(DATA / "gazetteer.parquet")
    assert len(gaz) == len(bundled) + 2
    assert "RU.txt" in (out / "ATTRIBUTION.md").read_text(encoding="utf-8")
    for name in ("regions.geojson", "regions_web.geojson"):
        assert (out / name).read_bytes() == (DATA / name).read_bytes()


def test_dump_reader_accepts_zip(tmp_path):
    import zipfile

    z = tmp_path / "UA.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("UA.txt", "\t".join(DUMP_ROWS[1]) + "\n")
        zf.writestr("readme.txt", "not data\n")
    df = databuild.read_geonames_dump(z, {"RU.47": "RU-MOS"}, {})
    assert list(df["name"]) == ["Testovo"]
    assert list(df["region"]) == ["RU-MOS"]


def test_build_reports_missing_inputs(tmp_path):
    with pytest.raises(FileNotFoundError, match="missing input"):
        databuild.build(tmp_path, tmp_path / "out")
