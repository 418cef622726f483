"""``python -m geo extract``: formats, several files, JSON documents, unreadable files."""
from __future__ import annotations

import json

from geo.cli import main
from geo.record import validate


def _run(capsys, *argv):
    code = main(["extract", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_jsonl_one_incident_a_line_with_the_path_as_given(capsys, seed_paths):
    paths = [str(p) for p in seed_paths]
    code, out, err = _run(capsys, *paths, "--format", "jsonl", "--today", "2025-09-01")
    assert code == 0 and err == ""
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 16
    assert {r["document"] for r in rows} == set(paths)
    for r in rows:
        assert validate(r) == []
        assert r["lat"] is not None and r["geo_precision"] in (1, 2, 3)
    shch = [r for r in rows if r["settlement"] == "Shchetinovka"]
    assert len(shch) == 2 and all(r["date"] == "2025-07-21" and r["date_precision"] == "year_assumed" for r in shch)


def test_json_document_with_published_and_id(capsys, tmp_path):
    doc = tmp_path / "report.json"
    doc.write_text(json.dumps({"id": "r1", "published": "2025-03-03",
                               "text": "A drone hit an oil depot in the Bryansk region yesterday."}), encoding="utf-8")
    code, out, _ = _run(capsys, str(doc))
    assert code == 0
    inc, = json.loads(out)
    assert (inc["region"], inc["target"], inc["date"], inc["document"]) == ("RU-BRY", "oil depot", "2025-03-02", str(doc))


def test_published_option_applies_to_plain_text(capsys, tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("Air defences shot down 12 drones over the Kursk region on Sunday.", encoding="utf-8")
    code, out, _ = _run(capsys, str(doc), "--published", "2025-05-07")
    inc, = json.loads(out)
    assert (code, inc["count"], inc["date"], inc["date_precision"]) == (0, 12, "2025-05-04", "day")


def test_unreadable_file_is_reported_and_the_others_still_run(capsys, tmp_path, seed_paths):
    missing = tmp_path / "missing.txt"
    code, out, err = _run(capsys, str(missing), str(seed_paths[0]), "--format", "json")
    assert code == 1
    assert str(missing) in err
    assert len(json.loads(out)) == 8


def test_no_incidents_is_not_an_error_and_table_says_so(capsys, tmp_path):
    doc = tmp_path / "calm.txt"
    doc.write_text("The Kursk region was under an air-raid alert for two hours; explosions were heard.", encoding="utf-8")
    code, out, _ = _run(capsys, str(doc), "--format", "table")
    assert code == 0 and "no incidents" in out
    code, out, _ = _run(capsys, str(doc), "--format", "json")
    assert code == 0 and json.loads(out) == []


def test_table_lists_every_incident(capsys, seed_paths):
    code, out, _ = _run(capsys, str(seed_paths[0]), "--format", "table")
    lines = out.splitlines()
    assert code == 0 and lines[0].split()[:3] == ["type", "region", "settlement"]
    assert len(lines) == 9 and any("Togobievka" in ln and "private house" in ln for ln in lines)


def test_jsonl_input_bad_row_is_reported_and_good_rows_kept(capsys, tmp_path):
    doc = tmp_path / "feed.jsonl"
    doc.write_text(json.dumps({"text": "Air defences shot down 5 drones over the Kursk region overnight.",
                               "published": "2025-02-02"}) + "\nnot json\n", encoding="utf-8")
    code, out, err = _run(capsys, str(doc), "--format", "jsonl")
    assert code == 1 and "line 2" in err and str(doc) in err
    inc, = [json.loads(line) for line in out.splitlines()]
    assert (inc["region"], inc["count"], inc["date"], inc["document"]) == ("RU-KRS", 5, "2025-02-02", str(doc))


def test_standard_input(capsys, monkeypatch):
    import io
    import sys

    text = "A drone hit a parked car in Tetkino village, Kursk region, yesterday."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    code, out, _ = _run(capsys, "-", "--published", "2025-03-03")
    inc, = json.loads(out)
    assert (code, inc["settlement"], inc["date"], inc["document"]) == (0, "Tetkino", "2025-03-02", "-")
