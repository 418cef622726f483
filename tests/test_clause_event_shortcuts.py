"""Questions the clause reader no longer asks where their answer cannot matter (speed only: same incidents)."""
from __future__ import annotations

import datetime as dt

from geo.extract.clause import Reader
from geo.extract.lexicon_gates import gated_lexicon
from geo.extract.lowering import lower_text
from support.figures import figure_rows

DAY = dt.date(2025, 8, 14)


def rows(text: str) -> list[tuple]:
    return figure_rows(text, "en", DAY)


def test_a_region_with_its_figure_goes_on_with_a_counted_list():
    text = "Air defence units destroyed 12 drones overnight, seven of them over the Bryansk region. Five over the Kursk region."
    assert rows(text) == [("interception", "RU-BRY", None, 7, None, None), ("interception", "RU-KRS", None, 5, None, None)]
    text = "Air defence units destroyed 12 drones over the Bryansk region overnight. Five more over the Kursk region."
    assert rows(text) == [("interception", "RU-BRY", None, 12, None, None), ("interception", "RU-KRS", None, 5, None, None)]


def test_a_region_with_a_figure_after_an_uncounted_incident_states_nothing():
    # no clause before it in its sentence and no count told before: the figure is not asked for
    text = "Drones attacked a depot in the Bryansk region overnight. Two over the Kursk region."
    assert rows(text) == [("strike", "RU-BRY", None, None, None, None)]
    doc = Reader(text, gated_lexicon("en"), DAY, DAY, lower_text(text))
    doc.run()
    s, e = doc.sentences[1]
    assert doc.event(s, e, e, []) is None


def test_off_topic_leaves_the_skip_words_to_a_caller_that_searched_them():
    text = "Flights were suspended at the Sochi airport after a drone raid."
    doc = Reader(text, gated_lexicon("en"), DAY, DAY, lower_text(text))
    s, e = doc.sentences[0]
    assert doc.off_topic(s, e)
    assert not doc.off_topic(s, e, skip_searched=True)  # (the other tests find nothing here)
    assert rows("On Monday flights were suspended at the Sochi airport after a drone raid.") == []
