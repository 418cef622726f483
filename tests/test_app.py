"""The dashboard's wiring, run by Streamlit's AppTest (no browser): filters, URL state, pages."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from geo.filters import Filters
from geo.store import open_store
from support import sample_store
from ui import display, editing, evidence, helptext

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "pages").glob("*.py"))


@pytest.fixture
def db(store_url):
    """The sample store, on SQLite and on PostgreSQL (``store_url`` sets GEO_DB, which the app reads)."""
    return sample_store.build(store_url)


def run(script: Path, query: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(script), default_timeout=60)
    for k, v in (query or {}).items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def map_args(at: AppTest) -> dict:
    """The streamlit-folium component's arguments (the generated scripts)."""
    for el in _walk(at._tree):
        proto = getattr(el, "proto", None)
        if getattr(el, "type", None) == "component_instance":
            return json.loads(proto.json_args)
    raise AssertionError("no map component on the page")


def _walk(node):
    for child in getattr(node, "children", {}).values():
        yield child
        yield from _walk(child)


def test_kpis_are_the_stores_numbers(db):
    at = run(ROOT / "app.py")
    store = open_store(db)
    k = display.kpis(store.query(Filters()))
    assert metrics(at)["Incidents"] == str(k["incidents"]) == str(len(sample_store.ROWS))
    assert metrics(at)["Drones"] == str(k["drones"])


def test_filters_go_to_the_url_and_narrow_the_numbers(db):
    at = run(ROOT / "app.py")
    at.sidebar.multiselect(key="f_regions").select("RU-BEL").run()
    at.sidebar.radio(key="f_what").set_value("strikes").run()
    assert at.query_params["region"] == "RU-BEL" and at.query_params["type"] == "strike"
    assert metrics(at)["Incidents"] == "1" and metrics(at)["Strikes"] == "1"


def test_a_shared_link_reopens_the_same_view(db):
    at = run(ROOT / "app.py", {"region": "RU-KRS,RU-BRY", "type": "interception", "unit": "drones",
                               "from": "2025-05-02", "to": "2025-05-06"})
    assert sorted(at.sidebar.multiselect(key="f_regions").value) == ["RU-BRY", "RU-KRS"]
    assert at.sidebar.radio(key="f_unit").value == "drones"
    assert at.slider(key="f_dates").value == (sample_store.START.replace(day=2), sample_store.START.replace(day=6))
    assert metrics(at)["Incidents"] == "1"  # the Kursk interception on 2 May; Bryansk's is on 7 May
    args = map_args(at)
    assert "Drones intercepted" in args["feature_group"]


def test_the_map_component_loads_only_local_assets(db):
    args = map_args(run(ROOT / "app.py"))
    assert args["js_links"] and all(u.startswith("/app/static/vendor/") for u in args["js_links"] + args["css_links"])
    assert "[RU-BEL]" in args["feature_group"] and "L.geoJSON" in args["feature_group"]
    assert set(args["returned_objects"]) == {"last_active_drawing", "last_object_clicked_count"}
    assert "tile.openstreetmap.org" not in args["script"]


def test_first_start_ingests_the_seeds_into_the_embedded_store_only(store_url, backend):
    """The samples fill a new SQLite store; a shared PostgreSQL store stays empty (it may be a
    ``geo migrate`` target, which must hold nothing, and a team's data is not mixed with samples)."""
    run(ROOT / "app.py")
    store = open_store(store_url)
    try:
        seeds = len(list((ROOT / "seeds").glob("*.txt")))
        assert store.document_count() == (seeds if backend == "sqlite" else 0)
    finally:
        store.close()


def test_a_broken_store_gives_a_message_not_a_traceback(tmp_path, monkeypatch):
    bad = tmp_path / "not-a-db.db"
    bad.write_text("this is not SQLite " * 100)
    monkeypatch.setenv("GEO_DB", str(bad))
    at = run(ROOT / "app.py")
    assert at.error and "not a usable SQLite store" in at.error[0].value


@pytest.mark.parametrize("page", [ROOT / "app.py", *PAGES], ids=lambda p: p.stem)
def test_every_page_runs_and_explains_itself(db, page):
    at = run(page)
    assert not at.error
    assert at.title[0].value
    if page.stem != "4_About":  # About shows every topic in full
        box = next(e for e in at.expander if e.label == "How to read this")
        assert box.markdown[0].value in {helptext.page_help(name) for name in helptext.PAGE_TOPICS}


def test_incidents_page_searches(db):
    at = run(ROOT / "pages" / "1_Incidents.py")
    at.text_input[0].input("Kupiansk").run()
    assert at.caption[0].value.startswith("1 incident ·")  # not "1 incidents"


def test_an_upload_whose_broken_characters_were_replaced_says_how_many():
    raw = b'[{"title": "Broken \\ud83d emoji", "text": "Drones over Kursk \\udc00 and \\ud800."}, {"text": "Fine."}]'
    (broken, fine), errors = editing.read_upload("posts.json", raw)
    assert errors == [] and broken.text == "Drones over Kursk \ufffd and \ufffd."
    assert editing.replaced_note(broken) == ("3 invalid characters replaced with \ufffd (lone halves of UTF-16 "
                                             "pairs, such as a broken emoji, cannot be stored).")
    assert editing.replaced_note(fine) is None


def test_add_articles_reports_unreadable_files(db):
    docs, errors = editing.read_upload("broken.json", b"{not json")
    assert docs == [] and errors and "broken.json" in errors[0]
    docs, errors = editing.read_upload("notes.pdf", b"%PDF")
    assert docs == [] and "unsupported file type .pdf" in errors[0]
    docs, errors = editing.read_upload("a.txt", "Drones over Kursk.".encode())
    assert errors == [] and docs[0].text.startswith("Drones over Kursk")


def test_add_articles_previews_then_saves(db):
    text = ("On 3 May 2025 air defence forces destroyed 12 drones over the Belgorod region, the governor said. "
            "A drone struck a private house in the village of Shebekino, injuring two people.")
    at = run(ROOT / "pages" / "2_Add_articles.py")
    at.text_area[0].input(text).run()
    at.button[0].click().run()  # Extract incidents
    assert not at.exception
    marked = [m.value for m in at.markdown if "<mark" in m.value]
    assert marked and "12 drones" in marked[0]
    store = open_store(db)
    before = store.count()
    assert before == len(sample_store.ROWS)  # nothing stored before Save
    next(b for b in at.button if b.label == "Save to the store").click().run()
    assert not at.exception and at.success
    assert store.count() > before
    assert any("Shebekino" == s for s in store.query(Filters(regions=("RU-BEL",)))["settlement"].dropna())


def test_incident_detail_marks_evidence_and_escapes_the_article(db):
    at = run(ROOT / "pages" / "1_Incidents.py", {"id": "1"})  # incident 1 comes from the hostile article
    shown = "\n".join(m.value for m in at.markdown)
    assert "<mark" in shown and "Report 0: a drone strike near Valuyki." in shown
    assert sample_store.HOSTILE not in shown and "<script>" not in shown
    assert "&lt;script&gt;" in shown  # the hostile text is shown as text
    assert 'href="javascript' not in shown  # a javascript: URL is never a link
    assert "Attack" in shown


@pytest.mark.parametrize("query", [
    {"precision": "9,1", "country": "XX,RU", "region": "RU-XXX", "type": "bogus", "unit": "<b>"},
    {"from": "2030-01-01", "to": "2020-01-01", "q": "[x](javascript:alert(1))"},
    {"from": "2025-05-05", "to": "2025-05-02", "tiles": "osm", "id": "-1"},
], ids=["unknown-values", "dates-outside-the-span", "reversed-dates"])
def test_odd_shared_links_open_without_errors(db, query):
    for page in (ROOT / "app.py", ROOT / "pages" / "1_Incidents.py"):
        at = run(page, query)
        assert not at.error, [e.value for e in at.error]


def test_long_texts_are_shown_around_their_evidence():
    text = "x" * 30_000 + "FIRST EVIDENCE." + "y" * 30_000 + "SECOND." + "z" * 50
    spans = [(text.index("FIRST"), text.index("FIRST") + 15), (text.index("SECOND"), text.index("SECOND") + 7)]
    shown, marks = evidence.text_excerpt(text, spans)
    assert len(shown) < evidence.SHOW_WHOLE_TEXT and shown.startswith("[…] ")
    assert [shown[a:b] for a, b in marks] == ["FIRST EVIDENCE.", "SECOND."]
    assert shown.endswith("z" * 50)  # the last window reaches the end: no "[…]" after it
    assert evidence.text_excerpt("short text", [(0, 5)]) == ("short text", [(0, 5)])


def test_every_table_column_is_labelled_in_words(db):
    for page, query in [("1_Incidents.py", {"id": "1"}), ("3_Regions.py", {})]:
        at = run(ROOT / "pages" / page, query)
        for table in at.dataframe:
            config = json.loads(table.proto.columns)
            shown = {n: c for n, c in config.items() if n != "_index"}  # the hidden row index
            assert shown and [n for n, c in shown.items() if not c.get("label") or c["label"] == n] == []
    assert all(f in helptext.FIELDS for f in editing.SHOWN)  # the Add-articles preview


def test_incidents_table_shows_a_page_of_a_large_store(tmp_path, monkeypatch):
    import datetime as dt

    from geo.documents.model import Document
    from geo.record import Incident

    path = str(tmp_path / "big.db")
    store = open_store(path)
    text = "Drones were shot down over the Kursk region."
    incidents = [Incident(event_type="interception", country="RU", region="RU-KRS", region_name="Kursk Oblast",
                          geo_precision=3, count=1, date=(dt.date(2020, 1, 1) + dt.timedelta(days=i)).isoformat(),
                          date_precision="day", evidence=text, extras={"evidence_spans": [[0, len(text)]]})
                 for i in range(1_003)]
    store.add_document(Document(text=text, id="many"), incidents)
    monkeypatch.setenv("GEO_DB", path)
    at = run(ROOT / "pages" / "1_Incidents.py")
    assert at.number_input[0].label == "Page (of 2)"
    assert len(at.dataframe[0].value) == 1_000 and "1 003 incidents" in at.caption[1].value
    at.number_input[0].set_value(2).run()
    assert len(at.dataframe[0].value) == 3 and "Showing incidents 1 001–1 003 of 1 003" in at.caption[0].value


def test_incidents_page_shows_and_drops_the_links_other_filters(db):
    at = run(ROOT / "pages" / "1_Incidents.py", {"from": "2025-05-02", "to": "2025-05-04", "precision": "1"})
    shown = [c.value for c in at.caption]
    assert any("Also filtered as in the link" in c and "2025\\-05\\-02 to 2025\\-05\\-04" in c for c in shown), shown
    expected = open_store(db).count(Filters.from_query({"from": "2025-05-02", "to": "2025-05-04", "precision": "1"}))
    assert any(c.startswith(f"{expected} incidents") for c in shown)
    next(b for b in at.button if b.label == "Show all dates and places").click().run()
    assert any(c.value.startswith(f"{len(sample_store.ROWS)} incidents") for c in at.caption)
    assert "from" not in at.query_params and "precision" not in at.query_params
