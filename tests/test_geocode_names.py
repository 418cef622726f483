"""Which point a settlement's name gets offline: spellings and misspellings, namesakes across
regions and within one (the district decides, else the most populous, marked as a guess), postal
rows, a bigger gazetteer plugged in, and the ``geo geocode`` command that answers a name."""
from __future__ import annotations

import json

import pytest

from geo.cli import main as cli_main
from geo.geocode.base import distance_km
from geo.geocode.gazetteer import GazetteerGeocoder
from geo.places.gazetteer import load_gazetteer
from geo.places.names import name_key
from geo.places.polygons import point_in_region, representative_point
from geo.record import validate
from support.placing import placed

SHCHETINOVKA = (50.446, 36.171)


@pytest.mark.parametrize("spelling", ["Shchetinovka", "Shchetynivka", "Щетиновка", "Shchetinovke",
                                      "Shetinovka"])
def test_shchetinovka_in_any_spelling(spelling):
    inc = placed(spelling, "RU-BEL")
    assert inc.geo_precision == 1
    assert distance_km(inc.lat, inc.lon, *SHCHETINOVKA) < 5
    assert inc.settlement == spelling  # the text's form is kept
    assert inc.extras["place_name"] == "Щетиновка"
    assert inc.extras["geocode_source"].startswith("gazetteer:")
    assert validate(inc.to_dict()) == []


def _homonym_regions(name: str) -> dict[str, tuple[float, float]]:
    """Regions holding a place of this name (exact points inside their own polygon), from the data."""
    g = load_gazetteer()
    out = {}
    for row, _ in g.lookup(name_key(name)):
        e = g.entry(row)
        if not e.approximate and e.region and point_in_region(e.lat, e.lon, e.region):
            out.setdefault(e.region, (e.lat, e.lon))
    return out


@pytest.mark.parametrize("name", ["Znamenka", "Ivanovka"])
def test_homonyms_land_in_the_region_the_text_names(name):
    found = _homonym_regions(name)
    assert len(found) >= 3, f"the gazetteer should hold several {name}s"
    points = []
    for code in sorted(found):
        inc = placed(name, code)
        assert inc.region == code
        assert point_in_region(inc.lat, inc.lon, code, tolerance_km=3), (code, inc.lat, inc.lon)
        if inc.geo_precision == 3:  # several of them in this region: not guessed
            assert inc.extras["place_alternatives"] >= 2
            assert (inc.lat, inc.lon) == representative_point(code)
        else:
            points.append((inc.lat, inc.lon))
    assert len(points) >= 3
    assert len(set(points)) == len(points)  # one point per region, never the same village


def test_near_a_settlement_is_precision_2():
    inc = placed("Shchetinovka", "RU-BEL", near=True)
    assert inc.geo_precision == 2
    assert distance_km(inc.lat, inc.lon, *SHCHETINOVKA) < 5


def test_placeholder_postal_points_are_never_precision_1():
    g = load_gazetteer()
    f = g.frame
    for row in f.index[f["accuracy"] == 1][:400]:
        e = g.entry(int(row))
        if not point_in_region(e.lat, e.lon, e.region):
            continue
        rivals = {r for r, _ in g.lookup(name_key(e.name))} - {int(row)}
        if any(point_in_region(g.lat[r], g.lon[r], e.region, 3) for r in rivals):
            continue  # a namesake with a better point in the same region
        inc = placed(e.name, e.region)
        assert inc.geo_precision == 2 and (inc.lat, inc.lon) == (round(e.lat, 5), round(e.lon, 5))
        return
    pytest.fail("no unique placeholder row found in the sample")


def test_the_district_picks_among_namesakes_in_one_region():
    g = load_gazetteer()
    by_region: dict[tuple[str, str], list] = {}
    for key in (name_key("Ivanovka"), name_key("Znamenka"), name_key("Pokrovka"), name_key("Nikolaevka")):
        for row, _ in g.lookup(key):
            e = g.entry(row)
            if e.district and not e.approximate and point_in_region(e.lat, e.lon, e.region):
                by_region.setdefault((key, e.region), []).append(e)
    pairs = [es for es in by_region.values()
             if len({x.district for x in es}) >= 2
             and distance_km(es[0].lat, es[0].lon, es[1].lat, es[1].lon) > 20]
    assert pairs, "the data holds namesakes in one region"
    checked = 0
    for es in pairs[:5]:
        for e in es[:2]:
            inc = placed(e.name, e.region, district=e.district.title())
            assert distance_km(inc.lat, inc.lon, e.lat, e.lon) < 1, (e.name, e.district)
            assert inc.geo_precision == 1
            checked += 1
    assert checked >= 4
    # without the district: the most populous namesake in the region, marked as a guess
    es = pairs[0]
    inc = placed(es[0].name, es[0].region)
    assert inc.geo_precision == 2 and inc.extras["geocode_source"] == "gazetteer:ambiguous"
    assert inc.extras["place_alternatives"] >= 2 and inc.settlement == es[0].name
    assert point_in_region(inc.lat, inc.lon, es[0].region, 3)
    top = max(e.population for e in es)
    assert any(distance_km(inc.lat, inc.lon, e.lat, e.lon) < 1 for e in es if e.population == top)


def test_only_the_district_known_is_precision_2_in_that_district():
    inc = placed(None, "RU-BEL", district="Valuysky")
    assert inc.geo_precision == 2 and inc.extras["geocode_source"] == "gazetteer:district"
    assert point_in_region(inc.lat, inc.lon, "RU-BEL")
    g = load_gazetteer()
    valuyki = [g.entry(r) for r, _ in g.lookup(name_key("Valuyki"))]
    assert any(distance_km(inc.lat, inc.lon, v.lat, v.lon) < 40 for v in valuyki)


def test_a_name_shared_by_regions_is_not_guessed_without_a_region():
    assert len(_homonym_regions("Ivanovka")) >= 2
    inc = placed("Ivanovka")
    assert inc.lat is None and inc.region is None and inc.settlement == "Ivanovka"
    inc = placed("Ivanovka", country="RU")
    assert inc.geo_precision == 4 and inc.region is None
    # a city that dwarfs its namesakes is not ambiguous
    inc = placed("Kharkov")
    assert inc.region == "UA-63" and inc.geo_precision == 1


def test_misspellings_use_the_fuzzy_fallback_but_invented_names_do_not():
    inc = placed("Shchetnovka", "RU-BEL")
    assert inc.geo_precision == 1 and distance_km(inc.lat, inc.lon, *SHCHETINOVKA) < 5
    inc = placed("Zzyxqovka", "RU-BEL")
    assert inc.geo_precision == 3


def test_a_fuzzy_match_is_marked_for_review():
    inc = placed("Shchetnovka", "RU-BEL")
    assert 80 <= inc.extras["place_fuzzy_score"] < 100
    assert "place_fuzzy_score" not in placed("Shchetinovka", "RU-BEL").extras


def test_a_name_known_in_the_region_only_by_address_gets_its_district():
    """Postal rows whose point lies elsewhere but whose address names the region and one district."""
    g = load_gazetteer()
    f = g.frame
    seen = set()
    for row in range(0, len(f), 7):
        e = g.entry(row)
        key = name_key(e.name)
        if key in seen or not e.district or not e.region.startswith("RU-"):
            continue
        seen.add(key)
        rows = [g.entry(r) for r, _ in g.lookup(key)]
        here = [x for x in rows if x.region == e.region]
        if (any(point_in_region(x.lat, x.lon, e.region, 3) for x in rows)
                or len({x.district for x in here}) != 1):
            continue
        inc = placed(e.name, e.region)
        if inc.geo_precision != 2:
            continue  # no settlement of that district has a good point either
        assert inc.extras["geocode_source"] == "gazetteer:district"
        assert point_in_region(inc.lat, inc.lon, e.region, 3)
        return
    pytest.fail("no postal row placed outside its region was found")


def test_a_bigger_gazetteer_plugs_in(tmp_path):
    """A GeoNames country dump merged by the data builder makes Togobievka a precision-1 place."""
    import pandas as pd

    from geo.data.build import finalize_gazetteer, merge_gazetteer, read_geonames_dump
    from geo.data.paths import GAZETTEER_PATH

    dump = tmp_path / "RU.txt"
    dump.write_text("\t".join([
        "9999001", "Togobiyevka", "Togobiyevka", "Togobievka,Тогобиевка", "50.2601", "38.0302",
        "P", "PPL", "RU", "", "09", "", "", "", "0", "", "150", "Europe/Moscow", "2020-01-01",
    ]) + "\n", encoding="utf-8")
    extra = read_geonames_dump(dump, {"RU.09": "RU-BEL"}, {})
    base = pd.read_parquet(GAZETTEER_PATH).astype(str)
    base = base[base["region"] == "RU-BEL"]  # a small base keeps the test fast
    big = finalize_gazetteer(merge_gazetteer(base, [extra]))
    path = tmp_path / "big.parquet"
    big.to_parquet(path, index=False)
    inc = placed("Togobievka", "RU-BEL", geocoder=GazetteerGeocoder(path))
    assert inc.geo_precision == 1 and (inc.lat, inc.lon) == (50.2601, 38.0302)
    assert inc.extras["geocode_source"] == "gazetteer:geonames_dump_RU"


def test_an_ambiguous_name_with_an_unmatched_district_goes_to_that_district():
    g = load_gazetteer()
    f = g.frame
    in_region = f[f["region"].astype(str) == "UA-53"]
    namesakes = {g.entry(r).district for r, _ in g.lookup(name_key("Pavlivka"))}
    others = sorted(set(in_region["district"]) - namesakes - {""})
    assert placed("Pavlivka", "UA-53").extras["geocode_source"] == "gazetteer:ambiguous"
    inc = placed("Pavlivka", "UA-53", district=others[0])
    assert inc.geo_precision == 2 and inc.extras["geocode_source"] == "gazetteer:district"
    assert point_in_region(inc.lat, inc.lon, "UA-53")
    assert inc.settlement == "Pavlivka"


# --- the command ---------------------------------------------------------------

def test_cli_json_for_one_name(capsys):
    assert cli_main(["geocode", "Shchetinovka", "--region", "RU-BEL", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert list(out) == ["query", "region", "name", "lat", "lon", "geo_precision", "source"]
    assert out["query"] == "Shchetinovka" and out["region"] == "RU-BEL" and out["name"] == "Щетиновка"
    assert out["geo_precision"] == 1 and distance_km(out["lat"], out["lon"], *SHCHETINOVKA) < 5


def test_cli_region_by_name_and_text_output_lists_candidates(capsys):
    assert cli_main(["geocode", "Znamenka", "--region", "Tambov region"]) == 0
    out = capsys.readouterr().out
    assert "RU-TAM" in out and "geo_precision 1" in out
    assert "Знаменка" in out or "Znamenka" in out


def test_cli_file_prints_one_object_per_line_in_order(tmp_path, capsys):
    f = tmp_path / "q.tsv"
    f.write_text("Щетиновка\tRU-BEL\nTogobievka\tBelgorod\nKharkov\t\nShchetinovka\n", encoding="utf-8")
    assert cli_main(["geocode", "--file", str(f), "--format", "json"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["query"] for x in lines] == ["Щетиновка", "Togobievka", "Kharkov", "Shchetinovka"]
    assert [x["geo_precision"] for x in lines] == [1, 3, 1, 1]
    assert lines[1]["region"] == "RU-BEL" and lines[1]["name"] is None
    assert lines[2]["region"] == "UA-63" and lines[3]["region"] == "RU-BEL"


def test_cli_bad_input_is_one_clear_line(tmp_path, capsys):
    assert cli_main(["geocode", "Shchetinovka", "--region", "Narnia"]) == 1
    assert "unknown region" in capsys.readouterr().err
    assert cli_main(["geocode"]) == 1
    assert "NAME or --file" in capsys.readouterr().err
    f = tmp_path / "q.tsv"
    f.write_text("Shchetinovka\tNarnia\nShchetinovka\tRU-BEL\n", encoding="utf-8")
    assert cli_main(["geocode", "--file", str(f), "--format", "json"]) == 1
    captured = capsys.readouterr()
    lines = [json.loads(x) for x in captured.out.splitlines()]
    assert "error" in lines[0] and lines[1]["geo_precision"] == 1  # the good line is not lost
    assert f"{f}:1" in captured.err


def test_cli_explains_an_ambiguous_name(capsys):
    assert cli_main(["geocode", "Pavlivka", "--region", "UA-53"]) == 0
    out = capsys.readouterr().out
    assert "geo_precision 2" in out and "give --district" in out
    assert cli_main(["geocode", "Pavlivka", "--region", "UA-53", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert list(out) == ["query", "region", "name", "lat", "lon", "geo_precision", "source"]
    assert out["geo_precision"] == 2 and out["source"] == "gazetteer:ambiguous"
    assert out["name"] and point_in_region(out["lat"], out["lon"], "UA-53", 3)
