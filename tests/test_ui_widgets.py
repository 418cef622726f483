"""ui/ (view_state, timeline, map_clicks, evidence, editing): what the dashboard's widgets and clicks mean (pure functions)."""
from __future__ import annotations

import datetime as dt
import re

import pandas as pd
import pytest

from geo.filters import Filters
from geo.record import Incident
from ui import display, editing, evidence, map_clicks, timeline, view_state

D = dt.date


def test_view_round_trips_through_the_url():
    f = Filters(date_from="2025-05-01", date_to="2025-05-09", regions=("UA-63", "RU-BEL"), types=("strike",),
                precisions=(1, 2), text="depot")
    q = view_state.view_to_query(f, "drones", True)
    assert view_state.view_from_query(q) == (f, "drones", True)
    assert view_state.view_to_query(Filters()) == {}  # defaults keep links short
    assert view_state.view_from_query({"unit": "bogus", "tiles": "x"})[1:] == ("incidents", False)


def test_switch_and_type_filter_are_one_thing():
    for what, types in view_state.WHAT_TYPES.items():
        assert view_state.what_of(Filters(types=types)) == what


def test_a_click_toggles_its_region_once():
    # the clicked feature as streamlit-folium returns it (last_active_drawing), with the region's code
    region = {"type": "Feature", "properties": {"code": "RU-BEL"}, "geometry": {"type": "Polygon", "coordinates": []}}
    code, seen = map_clicks.map_click({"last_object_clicked_count": 2, "last_active_drawing": region}, None)
    assert code == "RU-BEL"
    # the same value comes back on the next rerun: not a new click
    assert map_clicks.map_click({"last_object_clicked_count": 2, "last_active_drawing": region}, seen)[0] is None
    # clicking the same region again is a new click (the counter moved)
    assert map_clicks.map_click({"last_object_clicked_count": 4, "last_active_drawing": region}, seen)[0] == "RU-BEL"
    # a point is not a region
    point = {"type": "Feature", "properties": {"place": [50.2117, 38.0983]},
             "geometry": {"type": "Point", "coordinates": [38.0983, 50.2117]}}
    assert map_clicks.map_click({"last_object_clicked_count": 5, "last_active_drawing": point}, seen)[0] is None
    assert map_clicks.map_click(None, seen) == (None, seen)
    assert view_state.toggle_region(["UA-63"], "RU-BEL") == ["RU-BEL", "UA-63"]
    assert view_state.toggle_region(["RU-BEL", "UA-63"], "RU-BEL") == ["UA-63"]


def test_play_steps_through_the_span_and_stops():
    span = (D(2025, 5, 1), D(2025, 5, 10))
    windows, start = [], span[0]
    while start is not None:
        windows.append(timeline.play_window(span, start, 7))
        start = timeline.next_play_start(span, start, 7)
    assert windows == [(D(2025, 5, 1), D(2025, 5, 7)), (D(2025, 5, 8), D(2025, 5, 10))]


def test_full_slider_means_all_dates():
    span = (D(2025, 5, 1), D(2025, 5, 10))
    assert timeline.dates_filter(span, span) == (None, None)
    assert timeline.dates_filter(span, (D(2025, 5, 2), D(2025, 5, 10))) == (D(2025, 5, 2), D(2025, 5, 10))


def test_timeline_fills_missing_days_and_switches_unit():
    daily = pd.DataFrame({"date": ["2025-05-01", "2025-05-03", "2025-05-03"],
                          "event_type": ["strike", "strike", "interception"],
                          "incidents": [2, 1, 1], "drones": [5, 1, 30]})
    tl = timeline.timeline(daily, "incidents")
    assert list(tl["date"]) == [D(2025, 5, 1), D(2025, 5, 2), D(2025, 5, 3)]
    assert list(tl["strike"]) == [2, 0, 1] and list(tl["interception"]) == [0, 0, 1]
    assert list(timeline.timeline(daily, "drones")["interception"]) == [0, 0, 30]


def test_kpis_count_unstated_drones_as_one():
    df = pd.DataFrame({"event_type": ["strike", "interception"], "count": pd.array([None, 7], dtype="Int64"),
                       "region": ["RU-BEL", None], "killed": pd.array([1, None], dtype="Int64"),
                       "injured": pd.array([None, None], dtype="Int64"), "n_sources": [2, 1]})
    k = display.kpis(df)
    assert (k["incidents"], k["drones"], k["regions"], k["killed"], k["multi_source"]) == (2, 8, 1, 1, 1)


def test_highlight_escapes_and_marks():
    text = "Before <b>. A drone hit <script>x</script> here. After."
    spans = evidence.find_spans(text, "A drone hit <script>x</script> here.")
    out = evidence.highlight(text, spans)
    assert "<script>" not in out and "<b>" not in out
    assert out.count("<mark") == 1 and "&lt;script&gt;x&lt;/script&gt; here.</mark>" in out


def test_edits_keep_drop_and_re_place():
    a = Incident("strike", country="RU", region="RU-BEL", settlement="Valuyki", lat=50.2, lon=38.1,
                 geo_precision=1, evidence="e1")
    b = Incident("interception", country="RU", region="RU-KRS", evidence="e2")
    edited = editing.preview_frame([a, b])
    edited.loc[0, "region"] = "Kursk"
    edited.loc[0, "settlement"] = None
    edited.loc[1, "keep"] = False
    kept = editing.apply_edits([a, b], edited)
    assert len(kept) == 1 and kept[0].region == "RU-KRS" and kept[0].region_name == "Kursk Oblast"
    assert kept[0].geo_precision == 3  # region only now: placed at the region's point
    edited.loc[0, "region"] = "Atlantis"
    with pytest.raises(ValueError, match="unknown region 'Atlantis'"):
        editing.apply_edits([a, b], edited)


@pytest.mark.parametrize("days,freq", [(0, "day"), (60, "day"), (61, "week"), (366, "week"), (367, "month"),
                                       (1093, "month")])
def test_the_regions_chart_steps_by_the_span_of_the_data(days, freq):
    assert timeline.default_frequency((D(2023, 1, 1), D(2023, 1, 1) + dt.timedelta(days=days))) == freq
    assert timeline.default_frequency((None, None)) == "day"


def test_a_corrected_date_is_no_longer_an_assumed_year():
    guessed = Incident("strike", country="RU", region="RU-BEL", date="2026-08-14", date_precision="year_assumed",
                       evidence="e")
    stated = Incident("strike", country="RU", region="RU-KRS", date="2025-08-14", date_precision="range",
                      date_end="2025-08-15", evidence="e")
    edited = editing.preview_frame([guessed, stated])
    assert editing.apply_edits([guessed, stated], edited)[0].date_precision == "year_assumed"  # untouched
    edited["date"] = ["2025-08-14", "2025-08-13"]
    kept = editing.apply_edits([guessed, stated], edited)
    assert [(k.date, k.date_precision) for k in kept] == [("2025-08-14", "day"), ("2025-08-13", "range")]


def test_messages_quoting_articles_carry_no_markup():
    out = evidence.md_escape('![pixel](http://evil.example/p.png) [link](javascript:x) <b>x</b> *y*')
    assert "![" not in out and "](" not in out and "<b>" not in out and "*y*" not in out
    assert "pixel" in out and "evil" in out  # the words stay readable


def test_a_lone_carriage_return_cannot_end_the_html_block():
    """Markdown ends a line at "\\r": a blank line would turn the rest of an article into markup."""
    text = "One.\r\r![pixel](http://evil.example/p.png)\r\nTwo.\nThree."
    out = evidence.highlight(text, [])
    assert "\r" not in out and "\n" not in out and out.count("<br>") == 4
    assert "\r" not in evidence.md_escape("a\r\rb")


def test_a_source_is_a_link_only_for_http_and_never_markup():
    hostile = "[x](javascript:alert(1)) ![p](http://evil.example/p.png) <b>b</b>\r\rafter a blank line"
    for url in ("javascript:alert(1)", "https://news.example/a"):
        out = evidence.source_block("Source 1:", hostile, url, published="2025-05-01")
        assert out.startswith("<div>") and "\r" not in out and "\n" not in out  # one HTML block
        assert "<b>b</b>" not in out and "javascript:" not in out.split("</a>")[0].split(">")[0]
    assert '<a href="https://news.example/a"' in evidence.source_block("", "t", "https://news.example/a")
    assert "<a" not in evidence.source_block("", "t", "javascript:alert(1)")


def test_escaped_messages_hold_no_bare_links():
    """Markdown turns "http://…", "www.…" and "a@b.org" into links even after backslash escapes."""
    out = evidence.md_escape("see http://evil.example/x, www.evil.example or me@evil.example")
    assert not re.search(r"https?:|www\.|\w@", out.replace("\\", ""))
    assert out.replace("\u2060", "").replace("\\", "") == "see http://evil.example/x, www.evil.example or me@evil.example"
