"""The clicked map point's list and the map view read from the store's aggregates."""
from __future__ import annotations

import pickle

from geo.filters import Filters
from geo.maps import view as map_view
from geo.store import open_store
from support import places_reference, sample_store
from ui import display, map_clicks


def test_a_clicked_point_lists_its_incidents_newest_first(tmp_path):
    store = open_store(sample_store.build(tmp_path / "s.db"))
    places = store.places(Filters())
    rylsk = places[places["settlement"] == "Rylsk"].iloc[0]
    table = map_clicks.place_table(store, Filters(), (rylsk["lat"], rylsk["lon"]))
    assert table["settlement"].tolist() == ["Rylsk"] and table.attrs["place"] == "Rylsk"
    assert "1 incident " in table.attrs["caption"]
    assert pickle.loads(pickle.dumps(table)).attrs == table.attrs  # st.cache_data keeps the caption
    assert map_clicks.place_table(store, Filters(types=("interception",)), (rylsk["lat"], rylsk["lon"])).empty


def test_the_view_holds_the_stores_numbers_not_its_rows(tmp_path):
    store = open_store(sample_store.build(tmp_path / "s.db"))
    view = map_view.load(store, Filters(), "both")
    everything = store.query(Filters())
    assert {k: view.summary[k] for k in display.kpis(everything)} == display.kpis(everything)
    assert view.date_range == (everything["date"].min(), everything["date"].max())
    points = view.points
    assert points.places[["lat", "lon", "n"]].to_numpy().tolist() == \
        places_reference.group_places(everything)[["lat", "lon", "n"]].to_numpy().tolist()
    assert sorted(points.shown["id"]) == sorted(places_reference.popup_ids(everything))
    assert set(points.sources["incident_id"]) == set(points.shown["id"])
