"""The bundled gazetteer and its name index (including the precomputed keys file)."""
from __future__ import annotations

import pandas as pd
import pytest

from geo.data.paths import GAZETTEER_PATH
from geo.places.gazetteer import (
    Gazetteer,
    load_gazetteer,
    name_key_table,
    name_keys_path,
    read_name_keys,
    write_name_keys,
)
from geo.places.names import name_key, script_ok


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def _rows_named(gaz, key):
    return {gaz.entry(row).name for row, _ in gaz.lookup(key)}


def test_the_index_reaches_rows_by_every_spelling(gaz):
    for spelling in ("Shchetinovka", "Щетиновка", "Shchetynivka"):
        assert "Щетиновка" in _rows_named(gaz, name_key(spelling))
    # GeoNames alternate names: the Russian form of a Ukrainian city
    assert "Kharkiv" in _rows_named(gaz, name_key("Харьков"))


def test_only_latin_and_cyrillic_names_are_indexed(gaz):
    keys, rows, names = gaz.pairs
    belgorod = [r for r, _ in gaz.lookup(name_key("Belgorod")) if gaz.entry(r).population > 100_000]
    assert belgorod, "the city of Belgorod is in the gazetteer"
    its_names = {n for r, n in zip(rows.tolist(), names) if r == belgorod[0]}
    its_keys = {k for r, k in zip(rows.tolist(), keys) if r == belgorod[0]}
    assert name_key("Белгород") in its_keys and name_key("Bilhorod-Dnistrovskyi") in its_keys
    assert all(script_ok(n) for n in its_names)
    assert "Μπέλγκοροντ" not in its_names and "ベルゴロド" not in its_names
    assert "Μπέλγκοροντ" in gaz.frame["alternatenames"].iat[belgorod[0]]  # it was there to skip


def test_post_office_names_never_enter_the_index(gaz):
    assert (gaz.frame["name"] == "Москва Ems").any()
    assert not gaz.lookup(name_key("Москва Ems"))
    moscow = {gaz.entry(r).name for r, _ in gaz.lookup(name_key("Moskva"))}
    assert "Москва Ems" not in moscow and "Москва Pci-E" not in moscow


def test_placeholder_postal_rows_are_marked_approximate(gaz):
    f = gaz.frame
    row = int(f.index[(f["accuracy"] == 1) & f["source"].astype(str).str.startswith("geonames_postal")][0])
    assert gaz.entry(row).approximate
    exact = int(f.index[f["accuracy"] == 4][0])
    assert not gaz.entry(exact).approximate
    assert gaz.entry(row).quality < gaz.entry(exact).quality


def test_rows_in_box(gaz):
    rows = gaz.rows_in_box(50.0, 51.0, 36.0, 37.0)
    assert len(rows) > 10
    assert all(50.0 <= gaz.lat[r] <= 51.0 and 36.0 <= gaz.lon[r] <= 37.0 for r in rows)


def test_bundled_keys_file_is_fresh():
    keys = read_name_keys(GAZETTEER_PATH)
    assert keys is not None, "geo/data/name_keys.parquet is stale: run geo.places.gazetteer.write_name_keys()"
    assert set(keys.columns) == {"key", "row", "name"}


def _small_gazetteer(tmp_path, n=300):
    full = pd.read_parquet(GAZETTEER_PATH)
    small = full[full["region"].astype(str) == "RU-BEL"].head(n)
    path = tmp_path / "small.parquet"
    small.to_parquet(path, index=False)
    return path


def test_precomputed_keys_round_trip_and_go_stale(tmp_path):
    path = _small_gazetteer(tmp_path)
    out = write_name_keys(path)
    assert out == name_keys_path(path) and out.exists()
    stored = read_name_keys(path)
    computed = name_key_table(pd.read_parquet(path))
    assert stored is not None
    assert stored.astype({"row": "int64"}).equals(computed.astype({"row": "int64"}))
    g = Gazetteer.load(path)
    assert g.index == Gazetteer(pd.read_parquet(path)).index  # file and lazy build agree
    # the gazetteer changes: the old keys are ignored, not trusted
    pd.read_parquet(path).head(10).to_parquet(path, index=False)
    assert read_name_keys(path) is None
    assert len(Gazetteer.load(path).pairs[1]) == len(name_key_table(pd.read_parquet(path)))


def test_missing_gazetteer_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="python -m geo.data build"):
        Gazetteer.load(tmp_path / "nope.parquet")
