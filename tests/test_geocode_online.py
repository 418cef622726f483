"""The optional online chain, against a small Nominatim-like server on 127.0.0.1."""
from __future__ import annotations

import json
import os
import sqlite3
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from geo.errors import GeocoderUnavailable
from geo.geocode import PUBLIC_NOMINATIM, default_geocoder, online_settings, place
from geo.geocode.cache import CachedGeocoder, GeocodeCache
from geo.geocode.chain import ChainGeocoder
from geo.geocode.gazetteer import bundled_geocoder
from geo.geocode.nominatim import NominatimGeocoder
from geo.places.polygons import point_in_region, representative_point
from geo.record import Incident

#: What the fake server knows: name (lower case) -> answers, in Nominatim's JSON shape.
TOGOBIEVKA = {"lat": "50.3081", "lon": "38.0012", "name": "Тогобиевка", "type": "village",
              "addresstype": "village", "class": "place",
              "display_name": "Тогобиевка, Валуйский район, Белгородская область, Россия"}
KHARKIV_FARM = {"lat": "49.9935", "lon": "36.2304", "name": "Tohobivka", "type": "village",
                "addresstype": "village", "class": "place",
                "display_name": "Tohobivka, Kharkiv Oblast, Ukraine"}
PLACES = {
    "togobievka": [KHARKIV_FARM, TOGOBIEVKA],   # the first answer lies in another region
    "nowhereville": [KHARKIV_FARM],
    "valuysky district": [{"lat": "50.2", "lon": "38.1", "name": "Valuysky District",
                           "type": "administrative", "addresstype": "county", "class": "boundary",
                           "display_name": "Valuysky District, Belgorod Oblast, Russia"}],
}


class Nominatim(BaseHTTPRequestHandler):
    requests: list[dict] = []
    fail = False

    def do_GET(self):  # noqa: N802 (http.server's name)
        url = urlsplit(self.path)
        params = {k: v[0] for k, v in parse_qs(url.query).items()}
        params["_path"] = url.path
        params["_agent"] = self.headers.get("User-Agent", "")
        type(self).requests.append(params)
        if type(self).fail:
            self.send_response(500)
            self.end_headers()
            return
        name = (params.get("city") or params.get("q") or "").split(",")[0].strip().lower()
        answers = [dict(a, place_id=i + 1, importance=0.5,
                        address={"village": a["name"], "country_code": "ru"})
                   for i, a in enumerate(PLACES.get(name, []))]
        body = json.dumps(answers).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    Nominatim.requests = []
    Nominatim.fail = False
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Nominatim)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_precondition_the_fake_answers_are_where_the_tests_need_them():
    assert point_in_region(float(TOGOBIEVKA["lat"]), float(TOGOBIEVKA["lon"]), "RU-BEL")
    assert not point_in_region(float(KHARKIV_FARM["lat"]), float(KHARKIV_FARM["lon"]), "RU-BEL", 3)


def test_nominatim_is_asked_with_the_region_and_the_countries(server):
    loc = NominatimGeocoder(server, min_delay=0).geocode("Togobievka", region="RU-BEL")
    assert loc is not None and loc.source == "nominatim" and loc.precision == 1
    assert (loc.latitude, loc.longitude) == (50.3081, 38.0012)   # the answer in the region, not the first
    assert loc.region == "RU-BEL" and loc.name == "Тогобиевка"
    req = Nominatim.requests[0]
    assert req["_path"] == "/search" and req["city"] == "Togobievka"
    assert req["state"] == "Belgorod Oblast" and req["countrycodes"] == "ru"
    assert req["format"] == "json" and req["_agent"] == "drone-incident-atlas"


def test_without_a_region_the_query_is_limited_to_ru_ua_by(server):
    NominatimGeocoder(server, min_delay=0).geocode("Togobievka")
    assert Nominatim.requests[0]["countrycodes"] == "ru,ua,by"


def test_an_answer_outside_the_region_is_not_taken(server):
    assert NominatimGeocoder(server, min_delay=0).geocode("Nowhereville", region="RU-BEL") is None
    # tried structured, then free text, and refused both
    assert [("city" in r, "q" in r) for r in Nominatim.requests] == [(True, False), (False, True)]


def test_a_boundary_answer_is_not_a_settlement_point(server):
    loc = NominatimGeocoder(server, min_delay=0).geocode("Valuysky district", region="RU-BEL")
    assert loc is not None and loc.precision == 2


def test_the_chain_asks_online_only_what_the_gazetteer_cannot_answer(server, tmp_path):
    online = CachedGeocoder(NominatimGeocoder(server, min_delay=0), GeocodeCache(tmp_path / "c.db"))
    chain = ChainGeocoder([bundled_geocoder(), online])
    inc = place(Incident("strike", settlement="Shchetinovka", region="RU-BEL"), chain)
    assert inc.geo_precision == 1 and inc.extras["geocode_source"].startswith("gazetteer:")
    assert Nominatim.requests == []
    inc = place(Incident("strike", settlement="Togobievka", region="RU-BEL"), chain)
    assert inc.geo_precision == 1 and inc.extras["geocode_source"] == "nominatim"
    assert (inc.lat, inc.lon) == (50.3081, 38.0012) and inc.settlement == "Togobievka"


def test_the_cache_asks_a_name_once_and_survives_a_restart(server, tmp_path):
    db = tmp_path / "store.db"
    online = CachedGeocoder(NominatimGeocoder(server, min_delay=0), GeocodeCache(db))
    first = online.geocode("Togobievka", region="RU-BEL")
    n = len(Nominatim.requests)
    assert online.geocode("Togobievka", region="RU-BEL") == first
    assert online.geocode("  togobievka ", region="ru-bel") == first   # normalised query and region
    assert online.geocode("Nowhereville", region="RU-BEL") is None
    m = len(Nominatim.requests)
    assert m > n
    again = CachedGeocoder(NominatimGeocoder(server, min_delay=0), GeocodeCache(db))
    assert again.geocode("Togobievka", region="RU-BEL") == first
    assert again.geocode("Nowhereville", region="RU-BEL") is None     # "not found" is cached too
    assert len(Nominatim.requests) == m
    rows = sqlite3.connect(db).execute("SELECT provider, query, region, found FROM geocode_cache "
                                       "ORDER BY query").fetchall()
    assert rows == [("nominatim", "nowhereville", "RU-BEL", 0), ("nominatim", "togobievka", "RU-BEL", 1)]


def test_a_failing_server_is_skipped_and_not_cached(server, tmp_path):
    Nominatim.fail = True
    cache = GeocodeCache(tmp_path / "c.db")
    online = CachedGeocoder(NominatimGeocoder(server, min_delay=0), cache)
    with pytest.raises(GeocoderUnavailable):
        online.geocode("Togobievka", region="RU-BEL")
    assert cache.count() == 0
    inc = place(Incident("strike", settlement="Togobievka", region="RU-BEL"),
                ChainGeocoder([bundled_geocoder(), online]))
    assert inc.geo_precision == 3 and (inc.lat, inc.lon) == representative_point("RU-BEL")
    Nominatim.fail = False
    inc = place(Incident("strike", settlement="Togobievka", region="RU-BEL"),
                ChainGeocoder([bundled_geocoder(), online]))
    assert inc.geo_precision == 1   # asked again once the server is back


def test_settings_turn_online_geocoding_on(server, monkeypatch, tmp_path):
    assert online_settings({}) is None
    assert online_settings({"GEO_ONLINE": "1"}) == PUBLIC_NOMINATIM
    assert online_settings({"GEO_ONLINE": "0"}) is None
    assert online_settings({"GEO_NOMINATIM_URL": server, "GEO_ONLINE": "1"}) == server
    monkeypatch.setenv("GEO_NOMINATIM_URL", server)
    geocoder = default_geocoder()
    assert isinstance(geocoder, ChainGeocoder) and geocoder.name == "gazetteer+nominatim"
    assert default_geocoder() is geocoder   # one rate limit and one cache connection per process
    assert default_geocoder(online=False) is bundled_geocoder()
    inc = place(Incident("strike", settlement="Togobievka", region="RU-BEL"))
    assert inc.geo_precision == 1 and inc.extras["geocode_source"] == "nominatim"
    # the answer is kept in the store named by GEO_DB (the test's own file)
    tables = sqlite3.connect(os.environ["GEO_DB"]).execute(
        "SELECT name FROM sqlite_master WHERE type='table'").fetchall()
    assert ("geocode_cache",) in tables


def test_the_public_server_is_rate_limited_to_one_request_a_second():
    g = NominatimGeocoder()   # constructing contacts nothing
    assert g.url == PUBLIC_NOMINATIM and g._search.min_delay_seconds == 1.0
    assert NominatimGeocoder("http://127.0.0.1:9").url == "http://127.0.0.1:9"


def test_cli_online_flag_uses_the_configured_server(server, monkeypatch, capsys):
    from geo.cli import main

    monkeypatch.setenv("GEO_NOMINATIM_URL", server)
    assert main(["geocode", "Togobievka", "--region", "RU-BEL", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["source"] == "nominatim" and out["geo_precision"] == 1 and out["name"] == "Тогобиевка"


def test_any_geopy_geocoder_plugs_in_through_the_adapter(server):
    from geopy.geocoders import Nominatim as GeopyNominatim

    from geo.geocode.adapter import GeopyAdapter

    scheme, domain = server.split("://")
    plugged = GeopyAdapter(GeopyNominatim(domain=domain, scheme=scheme, user_agent="drone-incident-atlas"),
                           name="my-source")
    inc = place(Incident("strike", settlement="Togobievka", region="RU-BEL"),
                ChainGeocoder([bundled_geocoder(), plugged]))
    assert inc.geo_precision == 2 and inc.extras["geocode_source"] == "my-source"   # not vouched for
    assert (inc.lat, inc.lon) == (50.3081, 38.0012)
    assert Nominatim.requests[-1]["q"] == "Togobievka, Belgorod Oblast, Russia"
    vouched = GeopyAdapter(plugged.geocoder, precision=1)
    assert vouched.geocode("Togobievka", region="RU-BEL").precision == 1
    assert vouched.geocode("Nowhereville", region="RU-BEL") is None   # answers outside are refused
    Nominatim.fail = True
    with pytest.raises(GeocoderUnavailable):
        vouched.geocode("Togobievka", region="RU-BEL")


def test_with_a_postgresql_store_the_cache_is_a_local_file(monkeypatch):
    from geo.geocode.cache import CACHE_BESIDE_SERVER, db_path

    monkeypatch.setenv("GEO_DB", "postgresql://user@db.example/atlas")
    assert db_path() == Path(CACHE_BESIDE_SERVER)
    assert db_path("sqlite:///x/y.db") == Path("x/y.db")
