"""Who says so in the store, the filters, the exports and the popups: a real SQLite store written
through add_document, an older store upgraded, the CLI's --claimant, the CSV and GeoJSON columns."""
from __future__ import annotations

import csv
import io
import json
import sqlite3

import pandas as pd
import pytest

from geo.cli import main
from geo.documents.model import Document
from geo.filters import Filters, parse_cli
from geo.maps.popups import incident_popup_row
from geo.record import Incident
from geo.store import open_store
from geo.store.schema import MIGRATIONS

MOD = "Air defences destroyed 12 drones over the Bryansk region, the Russian Defence Ministry said."
BAZA = "Twelve drones were downed over the Bryansk region, according to Baza."
KURSK = "A drone hit a house in the village of Rylsk in the Kursk region."


def incident(text: str, claimant: str | None, **fields) -> Incident:
    values = {"event_type": "interception", "country": "RU", "region": "RU-BRY", "count": 12,
              "date": "2025-07-21", "date_precision": "day", **fields}
    return Incident(**values, evidence=text,
                    extras={"claimant": claimant, "language": "en", "evidence_spans": [[0, len(text)]]})


@pytest.fixture
def db(store_url) -> str:
    """Two reports of one interception (the ministry, an outlet) and a strike nobody is named for."""
    path = store_url
    with open_store(path) as s:
        s.add_document(Document(MOD, id="mod", title="Ministry report", url="https://mil.example/news/1",
                                published="2025-07-21"), [incident(MOD, "ru_mod")])
        s.add_document(Document(BAZA, id="baza", title="Drones over Bryansk - Baza", published="2025-07-21"),
                       [incident(BAZA, "media")])
        s.add_document(Document(KURSK, id="kursk", published="2025-07-21"),
                       [incident(KURSK, None, event_type="strike", region="RU-KRS", settlement="Rylsk", count=1)])
    return path


def test_each_source_and_each_incident_keep_their_claimants(db):
    with open_store(db) as s:
        rows = s.query().set_index("region")
        assert rows.loc["RU-BRY", "claimants"] == "ru_mod,media"  # category order, not arrival order
        assert pd.isna(rows.loc["RU-KRS", "claimants"])
        bry = int(rows.loc["RU-BRY", "id"])
        sources = s.sources([bry]).set_index("document")
        assert sources.loc["mod", "claimant"] == "ru_mod" and sources.loc["baza", "claimant"] == "media"
        assert sources.loc["mod", "outlet"] == "mil.example" and sources.loc["baza", "outlet"] == "Baza"
        detail = s.incident(bry)
        assert {(src["claimant"], src["outlet"]) for src in detail["sources"]} == {
            ("ru_mod", "mil.example"), ("media", "Baza")}


def test_the_filter_keeps_incidents_a_source_attributes_to_the_claimant(db):
    with open_store(db) as s:
        everything = s.summary()
        by_mod, by_media = Filters(claimants=("ru_mod",)), Filters(claimants=("media",))
        unnamed = Filters(claimants=("none",))
        assert s.query(by_mod)["region"].tolist() == ["RU-BRY"] == s.query(by_media)["region"].tolist()
        assert s.query(unnamed)["region"].tolist() == ["RU-KRS"]
        assert s.count(Filters(claimants=("ru_mod", "none"))) == 2 == everything["incidents"]
        assert s.count(Filters(claimants=("ua_air_force",))) == 0
        # the aggregates that usually come from daily_agg follow the filter too
        assert s.summary(by_mod)["interceptions"] == 1 and s.summary(by_mod)["strikes"] == 0
        assert s.region_counts(unnamed)["region"].tolist() == ["RU-KRS"]
        assert s.daily_counts(by_mod)["event_type"].tolist() == ["interception"]


def test_the_filter_goes_to_and_from_links_and_the_command_line():
    f = Filters.from_query({"claimant": "ru_mod,media,bogus"})
    assert f.claimants == ("ru_mod", "media")
    assert f.to_query() == {"claimant": "ru_mod,media"}
    assert "claimed by RU MoD (claim) or media" in f.describe()
    assert parse_cli(None, None, None, None, None, ["RU MoD", "none"]).claimants == ("ru_mod", "none")
    with pytest.raises(ValueError, match="unknown claimant: 'kremlin'"):
        parse_cli(None, None, None, None, None, ["kremlin"])


def test_cli_claimant_filter_and_export_columns(db, capsysbinary):
    assert main(["export", "--format", "csv", "--claimant", "ru_mod", "--db", db]) == 0
    rows = list(csv.DictReader(io.StringIO(capsysbinary.readouterr()[0].decode("utf-8"))))
    assert [r["region"] for r in rows] == ["RU-BRY"]
    assert list(rows[0])[-2:] == ["claimants", "claim_sides"]
    assert rows[0]["claimants"] == "RU MoD (claim), media" and rows[0]["claim_sides"] == "RU"
    assert "claimed by: RU MoD (claim)" in rows[0]["sources"] and "claimed by: media" in rows[0]["sources"]

    assert main(["export", "--format", "geojson", "--db", db]) == 0
    features = json.loads(capsysbinary.readouterr()[0])["features"]
    props = {f["properties"]["region"]: f["properties"] for f in features}
    assert props["RU-BRY"]["claimants"] == "RU MoD (claim), media"
    assert props["RU-BRY"]["claimant_keys"] == ["ru_mod", "media"]
    assert {(x["claimant"], x["outlet"]) for x in props["RU-BRY"]["sources"]} == {
        ("RU MoD (claim)", "mil.example"), ("media", "Baza")}
    assert props["RU-KRS"]["claimants"] == "" and props["RU-KRS"]["claimant_keys"] == []

    assert main(["export", "--format", "csv", "--claimant", "kremlin", "--db", db]) != 0
    assert "unknown claimant" in capsysbinary.readouterr()[1].decode()


def test_the_popup_says_who_claims_it_and_each_source_its_outlet(db):
    with open_store(db) as s:
        row = s.query(Filters(regions=("RU-BRY",))).to_dict("records")[0]
        sources = s.sources([int(row["id"])]).to_dict("records")
        unnamed = s.query(Filters(regions=("RU-KRS",))).to_dict("records")[0]
    popup = incident_popup_row(row, sources)
    assert "claimed by: RU MoD (claim), media" in popup
    assert "(mil.example)" in popup and "Drones over Bryansk - Baza" in popup
    assert "claimed by" not in incident_popup_row(unnamed, [])


@pytest.mark.sqlite_only
def test_an_older_store_gets_the_claimants_from_its_stored_texts(db):
    con = sqlite3.connect(db)  # back to schema 4 and reports without a claimant, as an older version wrote
    con.execute("ALTER TABLE incident_sources DROP COLUMN claimant")
    con.execute("ALTER TABLE incidents DROP COLUMN claimants")
    con.execute("UPDATE incident_sources SET extras = json_remove(extras, '$.claimant')")
    con.execute("DROP TABLE place_corrections")  # migration 6, newer than the claimants
    con.execute("PRAGMA user_version = 4")
    con.commit()
    con.close()
    with open_store(db) as s:
        assert s.schema_version == len(MIGRATIONS)
        found = s.query().set_index("region")["claimants"]
        assert found["RU-BRY"] == "ru_mod,media" and pd.isna(found["RU-KRS"])
        assert set(s.sources()["claimant"].dropna()) == {"ru_mod", "media"}
