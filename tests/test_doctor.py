"""``python -m geo doctor`` finds real damage in a store and leaves the store unchanged."""
from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from geo.doctor import check_store, run_all
from geo.documents.model import Document
from geo.record import Incident
from geo.store import open_store

ROOT = Path(__file__).resolve().parent.parent


def make_store(path: Path) -> None:
    store = open_store(str(path))
    inc = Incident(event_type="strike", country="RU", region="RU-BEL", region_name="Belgorod Oblast",
                   settlement="Shchetinovka", lat=50.4458, lon=36.1708, geo_precision=1, count=1,
                   count_qualifier="exact", date="2025-07-21", date_precision="day",
                   evidence="A drone struck a truck in the village of Shchetinovka.", document="a.txt")
    other = Incident(event_type="interception", country="RU", region="RU-KRS", region_name="Kursk Oblast",
                     count=3, count_qualifier="exact", date="2025-07-21", date_precision="day",
                     evidence="Three drones were shot down over the Kursk region.", document="a.txt")
    store.add_document(Document(text=inc.evidence + " " + other.evidence, id="a.txt"), [inc, other])
    store.close()


def levels(findings, check):
    return [f.level for f in findings if f.check == check]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_healthy_store_passes_and_is_not_modified(tmp_path):
    db = tmp_path / "ok.db"
    make_store(db)
    before = digest(db)
    findings = run_all(str(db))
    assert {f.level for f in findings} == {"ok"}, findings
    assert digest(db) == before


def test_missing_store_is_a_warning_with_advice(tmp_path):
    findings = list(check_store(str(tmp_path / "none.db")))
    assert findings[0].level == "warning" and "ingest" in findings[0].advice
    assert not (tmp_path / "none.db").exists()


def test_damage_is_found(tmp_path):
    db = tmp_path / "bad.db"
    make_store(db)
    con = sqlite3.connect(db)
    con.execute("PRAGMA foreign_keys = OFF")
    # a point moved to Kharkiv while the text says Belgorod, a broken count, an orphan source
    con.execute("UPDATE incidents SET lat = 49.99, lon = 36.23 WHERE region = 'RU-BEL'")
    con.execute("UPDATE incidents SET count = -4 WHERE region = 'RU-KRS'")
    con.execute("INSERT INTO incident_sources (incident_id, document_id, ordinal, dedup_key, evidence, fields) "
                "VALUES (999, 'a.txt', 99, 'k', 'e', '{}')")
    con.commit()
    con.close()
    findings = list(check_store(str(db)))
    assert levels(findings, "placement") == ["warning"]
    assert levels(findings, "records") == ["error"]
    assert "count must be" in next(f.message for f in findings if f.check == "records")
    assert "sources without incident" in " ".join(f.message for f in findings if f.check == "references")


def test_not_a_database(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    findings = list(check_store(str(junk)))
    assert findings[-1].level == "error" and "not a readable SQLite" in findings[-1].message


@pytest.mark.parametrize("damage,code", [(False, 0), (True, 1)])
def test_cli_exit_code(tmp_path, damage, code):
    db = tmp_path / "s.db"
    make_store(db)
    if damage:
        con = sqlite3.connect(db)
        con.execute("UPDATE incidents SET event_type = 'shelling'")
        con.commit()
        con.close()
    proc = subprocess.run([sys.executable, "-m", "geo", "doctor", "--db", str(db)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == code, proc.stdout + proc.stderr
    assert "regions" in proc.stdout and "integrity" in proc.stdout


def test_a_mistyped_store_scheme_is_an_error_that_hides_the_password():
    proc = subprocess.run([sys.executable, "-m", "geo", "doctor", "--db", "postgresq://atlas:s3cret@db-host/atlas"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "unsupported store URL" in proc.stdout and "atlas:***@db-host" in proc.stdout
    assert "s3cret" not in proc.stdout + proc.stderr and "Traceback" not in proc.stderr
