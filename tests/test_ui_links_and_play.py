"""What a link may ask for (an incident, online tiles), the Play control's steps, names of pasted
text, counts in words, and user text isolated from the app's own words: plain functions, no browser."""
from __future__ import annotations

import datetime as dt
import unicodedata

import pandas as pd
import pytest

from geo.documents.uploads import from_pasted_text, pasted_title
from geo.filters import Filters, isolate
from geo.maps.popups import count_noun, incident_popup_row, place_tooltip, source_link
from ui import timeline, view_state

D = dt.date


@pytest.mark.parametrize("raw, expected", [("12", 12), (["3", "12"], 12), ("", None), (None, None)])
def test_a_good_incident_number_is_read(raw, expected):
    assert view_state.incident_id(raw) == (expected, "")


@pytest.mark.parametrize("raw", ["99999999999999999999999", "²", "-1", "1e5", "12abc", "٣", " 1 2"])
def test_a_bad_incident_number_is_a_one_line_reason(raw):
    number, problem = view_state.incident_id(raw)
    assert number is None and "is not an incident number" in problem and "\n" not in problem


def test_a_link_asks_for_tiles_but_never_switches_them_on():
    assert view_state.tiles_asked({"tiles": "osm"}) and not view_state.tiles_asked({})


def test_play_steps_over_empty_days_within_the_chosen_range():
    daily = pd.DataFrame({"date": ["2025-05-01", "2025-05-02", "2025-05-09", "2025-05-20", "2025-06-30"],
                          "event_type": ["strike"] * 5, "incidents": [1] * 5, "drones": [1] * 5})
    days = timeline.active_days(daily)
    chosen = (D(2025, 5, 2), D(2025, 5, 25))  # the range the user chose before pressing Play
    start = timeline.first_active(days, *chosen)
    windows = []
    while start is not None:
        windows.append(timeline.play_window(chosen, start, 1))
        start = timeline.next_play_start(chosen, start, 1, days)
    assert windows == [(D(2025, 5, 2),) * 2, (D(2025, 5, 9),) * 2, (D(2025, 5, 20),) * 2]
    assert timeline.first_active(days, D(2025, 5, 21), D(2025, 6, 1)) is None  # nothing to play


def test_pasted_text_is_named_by_its_first_words_or_the_time():
    doc = from_pasted_text("On 3 May 2025 air defence forces destroyed 12 drones over the Kursk region.")
    assert doc is not None and doc.title == "On 3 May 2025 air defence forces destroyed …"
    assert pasted_title("Drones over Kursk") == "Drones over Kursk"
    assert pasted_title("— … —", dt.datetime(2026, 8, 5, 14, 2)) == "pasted text, 5 Aug 2026 14:02"
    assert from_pasted_text("x", title="Given").title == "Given"


def test_counts_are_said_in_the_right_number():
    assert count_noun(1, "incident") == "1 incident" and count_noun(2, "strike") == "2 strikes"
    tip = place_tooltip({"n": 1, "strikes": 1, "lat": 50.0, "lon": 36.0, "settlement": "Valuyki"})
    assert "(1 strike, 0 interceptions)" in tip


def test_an_untitled_source_is_never_nan_or_a_hash():
    assert ">nan<" not in source_link(float("nan"), None, "0123456789abcdef")
    assert source_link(float("nan"), None, "0123456789abcdef") == "untitled document"
    row = {"date": "2025-05-01", "event_type": "strike", "evidence": "x"}
    assert "sources: untitled document" in incident_popup_row(row, [{"title": None, "url": None, "document": "ab12"}])


RLO = "\u202e"


def _bidi_balanced(text: str) -> bool:
    """True when every isolate opened in ``text`` is closed before its end (so nothing leaks out)."""
    depth = 0
    for c in text:
        depth += c in "\u2066\u2067\u2068"
        depth -= c == "\u2069"
        if depth < 0:
            return False
    return depth == 0


@pytest.mark.parametrize("text", [f"Evil {RLO}title", f"a\u2069{RLO}b", "\u2067open", "שלום"])
def test_user_text_with_bidi_controls_is_isolated(text):
    out = isolate(text)
    assert out.startswith("\u2068") and out.endswith("\u2069") and _bidi_balanced(out)
    assert f'text "{out}"' in Filters(text=text).describe()
    assert "<bdi>" in source_link(text, None)


def test_plain_text_is_left_as_it_is():
    assert isolate("Rylsk") == "Rylsk" and not any(unicodedata.category(c) == "Cf" for c in isolate("Рыльск"))
