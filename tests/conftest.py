"""Shared test set-up: every test runs in its own temporary folder, offline.

- The working directory is a fresh temporary folder and ``GEO_DB`` points into
  it, so no test sees another's store and the order of tests does not matter.
- Any socket connection to a host other than loopback fails the test: the
  product must work with no network.
- Store tests run on both backends: a test that uses the ``store_url`` (or
  ``new_store_url``) fixture runs once on SQLite and once on a throwaway
  PostgreSQL server (tests/support/postgres.py, started once per session; those
  runs skip, saying why, when no server can be started, unless ``GEO_REQUIRE_POSTGRES=1``
  (CI sets it): then they fail, saying why).  ``store_url`` also sets
  ``GEO_DB``, so ``open_store()`` and the commands use that store.
- Tests marked ``browser`` get Debian's chromium through the ``browser`` fixture
  (one per test module) and are skipped when it is not installed.
- Property tests (hypothesis) draw new examples on every local run, and a fixed sequence under CI
  (``CI`` set), so a landing's result does not depend on the draw; a case found locally goes into a test.
"""
from __future__ import annotations

import ipaddress
import os
import socket
from pathlib import Path

import pytest
from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CHROMIUM = Path("/usr/bin/chromium")

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _is_local(address) -> bool:
    if isinstance(address, (str, bytes)):  # unix socket path
        return True
    host = address[0]
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _guarded_connect(self, address):
    if not _is_local(address):
        raise AssertionError(f"test tried to reach the network: {address!r}")
    return _real_connect(self, address)


def _guarded_connect_ex(self, address):
    if not _is_local(address):
        raise AssertionError(f"test tried to reach the network: {address!r}")
    return _real_connect_ex(self, address)


@pytest.fixture(autouse=True)
def _offline_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GEO_DB", str(tmp_path / "incidents.db"))
    monkeypatch.delenv("GEO_NOMINATIM_URL", raising=False)
    monkeypatch.delenv("GEO_ONLINE", raising=False)
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", _guarded_connect_ex)
    yield


@pytest.fixture
def seed_paths() -> list[Path]:
    """The two seed articles, in name order."""
    return sorted(SEEDS.glob("*.txt"))


def pytest_collection_modifyitems(config, items):
    """Browser tests need Debian's chromium; without it they skip (they never download a browser)."""
    if CHROMIUM.exists():
        return
    skip = pytest.mark.skip(reason=f"Debian chromium is not installed at {CHROMIUM}")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="module")
def browser():
    """Debian's chromium, offline-ready, once per test module (see tests/support/browser.py)."""
    from playwright.sync_api import sync_playwright

    from support.browser import ARGS

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def site():
    """A local web site on 127.0.0.1 serving feeds, article pages and their faults (support.fetch_site)."""
    from support.fetch_site import serve

    with serve() as s:
        yield s


def pytest_generate_tests(metafunc):
    """``backend``: sqlite and postgresql for store tests, sqlite alone for those marked sqlite_only (a
    module may name its own in ``STORE_BACKENDS``)."""
    chosen = any("backend" in str(m.args[0] if m.args else "") for m in metafunc.definition.iter_markers("parametrize"))
    if "backend" in metafunc.fixturenames and not chosen:  # (a test may choose with @parametrize("backend", ...))
        backends = list(getattr(metafunc.module, "STORE_BACKENDS", ("sqlite", "postgresql")))
        if metafunc.definition.get_closest_marker("sqlite_only") is not None:
            backends = ["sqlite"]
        metafunc.parametrize("backend", backends, scope="module")


@pytest.fixture(scope="session")
def postgres_server():
    """The session's throwaway PostgreSQL server (support.postgres), or the reason there is none (a str)."""
    from support import postgres

    try:
        cluster = postgres.start()
    except postgres.Unavailable as exc:
        yield str(exc)
        return
    yield cluster
    cluster.stop()


def _postgres(backend: str, request):
    """The server for a postgresql test (None for sqlite); skips, saying why, when there is none."""
    server = request.getfixturevalue("postgres_server") if backend == "postgresql" else None
    if isinstance(server, str):
        from support.postgres import no_server

        no_server(server)
    return server


@pytest.fixture(scope="module")
def module_store_url(backend, tmp_path_factory, request):
    """A new, empty store of the backend shared by a module's tests (one slow to fill)."""
    server = _postgres(backend, request)
    if server is None:
        yield str(tmp_path_factory.mktemp("store") / "incidents.db")
        return
    database = server.create_database()
    yield server.url(database)
    server.drop_database(database)


@pytest.fixture
def new_store_url(backend, tmp_path, request):
    """A factory of URLs of new, empty stores of the test's backend: a file in the test's folder, or a
    database of its own on the PostgreSQL server (dropped after the test)."""
    made: list[str] = []
    server = _postgres(backend, request)

    def make(name: str = "incidents") -> str:
        if server is None:
            return str(tmp_path / f"{name}.db")
        made.append(server.create_database())
        return server.url(made[-1])

    yield make
    for database in made:
        server.drop_database(database)


@pytest.fixture
def store_url(new_store_url, monkeypatch) -> str:
    """The URL of a new, empty store of the test's backend, also in ``GEO_DB``."""
    url = new_store_url()
    monkeypatch.setenv("GEO_DB", url)
    return url
