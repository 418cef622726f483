"""The text search finds whole words ("truck" does not find "struck"), Russian and Ukrainian word
starts ("Рыльск" finds "Рыльске"), the same from the CLI's --text; and its size and cost are bounded."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from pathlib import Path

import pytest

from geo.documents.model import Document
from geo.errors import UserError
from geo.filters import MAX_TEXT, Filters
from geo.record import Incident
from geo.store import open_store
from geo.store.queries import word_pattern

ROOT = Path(__file__).resolve().parent.parent
EVIDENCE = {
    "a": "A drone struck a fuel depot near Rylsk.",
    "b": "A truck was hit by a drone on the road.",
    "c": "Беспилотник атаковал нефтебазу в Рыльске, сообщил губернатор.",
    "d": "A drone hit an oil-refinery and a lorry in Sumy.",
    "e": "Drones hit the oil refinery in Novoshakhtinsk.",
}


@pytest.fixture
def db(store_url) -> str:
    path = store_url
    store = open_store(path)
    for i, (key, evidence) in enumerate(EVIDENCE.items()):
        store.add_document(Document(text=evidence, id=key, published=dt.date(2025, 5, 1 + i), title=key), [
            Incident(event_type="strike", country="RU", region="RU-KRS", date=f"2025-05-0{1 + i}",
                     date_precision="day", evidence=evidence, geo_precision=3)])
    store.close()
    return path


def _found(db: str, text: str) -> set[str]:
    store = open_store(db)
    return {EVIDENCE_KEY[e] for e in store.query(Filters(text=text))["evidence"]}


EVIDENCE_KEY = {v: k for k, v in EVIDENCE.items()}


@pytest.mark.parametrize("text, keys", [
    ("truck", {"b"}),            # not "struck"
    ("struck", {"a"}),
    ("drone", {"a", "b", "d", "e"}),  # and its plural
    ("drones", {"e"}),
    ("ruck", set()),
    ("Рыльск", {"c"}),           # a Cyrillic word start finds its inflected form
    ("рыльске", {"c"}),
    ("ыльск", set()),            # but never the middle of a word
    ("oil refinery", {"d", "e"}),  # words in order, anything but letters between them
    ("refinery oil", set()),
    ("RYLSK", {"a"}),
    ("fuel depot", {"a"}),
])
def test_search_matches_whole_words(db, text, keys):
    assert _found(db, text) == keys
    store = open_store(db)
    assert store.count(Filters(text=text)) == len(keys)  # the aggregates agree with the rows


def test_the_cli_text_option_searches_the_same_way(db, tmp_path):
    out = tmp_path / "truck.csv"
    subprocess.run([sys.executable, "-m", "geo", "export", "--db", db, "--format", "csv", "--text", "truck",
                    "--out", str(out)], cwd=ROOT, check=True, capture_output=True)
    body = out.read_text(encoding="utf-8-sig")
    assert EVIDENCE["b"] in body and EVIDENCE["a"] not in body


def test_search_text_is_bounded(db):
    assert word_pattern("a.b") == r"(?<!\w)a(?:e?s)?\W+b(?:e?s)?(?!\w)"
    with pytest.raises(UserError, match=f"at most {MAX_TEXT}"):
        Filters(text="x" * (MAX_TEXT + 1))
    long = "drone " * 20_000  # a 120 KB q= in a link
    f = Filters.from_query({"q": long})
    assert len(f.text) <= MAX_TEXT
    store = open_store(db)
    started = time.monotonic()
    store.count(f), store.query(f), store.summary(f)
    assert time.monotonic() - started < 2
