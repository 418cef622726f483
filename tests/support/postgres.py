"""A throwaway PostgreSQL server for the tests, or the reason there is none.

:func:`start` finds Debian's ``initdb``/``pg_ctl`` (PATH or /usr/lib/postgresql/*/bin), makes a
cluster in a temporary folder (owned by the unprivileged ``postgres`` user when the tests run as
root: the server refuses to run as root), starts it on a unix socket in that folder only (no TCP
port, nothing reachable from outside), and :meth:`Cluster.stop` stops it and removes the folder.
``GEO_TEST_POSTGRES=postgresql://user@host/db`` uses an existing server instead (its user must
be allowed to create databases).  Each test gets a database of its own, copied from a template
that already holds PostGIS (when installed), since creating the extension takes a second.
"""
from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg

ENV = "GEO_TEST_POSTGRES"
#: Set to 1 (CI does): a PostgreSQL test with no server fails instead of skipping.
REQUIRE_ENV = "GEO_REQUIRE_POSTGRES"
TEMPLATE = "geo_test_template"
USER = "geo"


class Unavailable(Exception):
    """No PostgreSQL server can be had; the message says why."""


def no_server(reason: str) -> None:
    """A PostgreSQL test without a server: skipped, saying why, or failed where one is required (CI)."""
    import pytest

    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"{REQUIRE_ENV}=1 but no PostgreSQL server could be started ({reason})", pytrace=False)
    pytest.skip(f"PostgreSQL tests skipped: no server could be started ({reason})")


def _bin_dir() -> Path:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
                      key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0)
    if not versions:
        raise Unavailable("no PostgreSQL server programs (pg_ctl, initdb) on PATH or in /usr/lib/postgresql/*/bin; "
                          "install Debian's postgresql package")
    return Path(versions[-1]).parent


def _as_server_user() -> list[str]:
    """Prefix that runs a command as an unprivileged user when the tests run as root."""
    if os.geteuid() != 0:
        return []
    runuser = shutil.which("runuser") or next((p for p in ("/usr/sbin/runuser", "/sbin/runuser") if Path(p).exists()),
                                               None)
    if runuser is None:
        raise Unavailable("running as root and runuser is missing: cannot run the server as an unprivileged user")
    try:
        import pwd
        pwd.getpwnam("postgres")
    except KeyError:
        raise Unavailable("running as root and there is no 'postgres' user to run the server as") from None
    return [runuser, "-u", "postgres", "--"]


def _run(cmd: list[str]) -> None:
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if done.returncode:
        raise Unavailable(f"{Path(cmd[cmd.index('--') + 1] if '--' in cmd else cmd[0]).name} failed: "
                          f"{(done.stderr or done.stdout).strip()[-400:]}")


class Cluster:
    """A server the tests may create databases on (``admin_url`` is a database to connect to for that)."""

    def __init__(self, admin_url: str, folder: Path | None = None, pg_ctl: list[str] | None = None) -> None:
        self.admin_url = admin_url
        self.folder = folder
        self._pg_ctl = pg_ctl
        self._names = itertools.count(1)
        self._prefix = f"geo_test_{os.getpid()}_"
        self._make_template()

    def url(self, database: str) -> str:
        parts = urlsplit(self.admin_url)
        return urlunsplit(parts._replace(path="/" + database))

    def _admin(self) -> psycopg.Connection:
        return psycopg.connect(self.admin_url, autocommit=True)

    def _make_template(self) -> None:
        """A database with PostGIS (if installed) that each test's database is copied from."""
        with self._admin() as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {TEMPLATE}_{os.getpid()}")
            conn.execute(f"CREATE DATABASE {TEMPLATE}_{os.getpid()}")
        try:
            with psycopg.connect(self.url(f"{TEMPLATE}_{os.getpid()}"), autocommit=True) as conn:
                conn.execute("CREATE EXTENSION IF NOT EXISTS postgis")
            self.postgis = True
        except psycopg.Error:
            self.postgis = False

    def create_database(self, icu_locale: str | None = None) -> str:
        """A new database; with ``icu_locale`` (e.g. "en-US") its text sorts by that language's ICU
        collation (like a server set up in English), not by code point (no PostGIS made in advance)."""
        name = f"{self._prefix}{next(self._names)}"
        with self._admin() as conn:
            if icu_locale:
                conn.execute(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu"
                             f" ICU_LOCALE '{icu_locale}' LOCALE 'C.UTF-8'")
            else:
                conn.execute(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}_{os.getpid()}")
        return name

    def drop_database(self, name: str) -> None:
        with self._admin() as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        if self._pg_ctl is not None and self.folder is not None:
            subprocess.run([*self._pg_ctl, "stop", "-m", "immediate", "-D", str(self.folder / "data")],
                           capture_output=True, timeout=60)
            shutil.rmtree(self.folder, ignore_errors=True)
        else:
            with self._admin() as conn:
                conn.execute(f"DROP DATABASE IF EXISTS {TEMPLATE}_{os.getpid()} WITH (FORCE)")


def start() -> Cluster:
    """A server to test against (see the module's docstring); raises :class:`Unavailable`."""
    if os.environ.get(ENV):
        try:
            return Cluster(os.environ[ENV])
        except psycopg.Error as exc:
            raise Unavailable(f"{ENV} is set but its server cannot be used: {exc}") from None
    bin_dir = _bin_dir()
    prefix = _as_server_user()
    # in /tmp: the server's user can reach it (TMPDIR may be a private folder), and the socket's path
    # stays under the 107 bytes a unix socket's name may have
    folder = Path(tempfile.mkdtemp(prefix="geo-pg-", dir="/tmp" if Path("/tmp").is_dir() else None))
    try:
        if prefix:
            shutil.chown(folder, "postgres", "postgres")
        pg_ctl = [*prefix, str(bin_dir / "pg_ctl")]
        _run([*prefix, str(bin_dir / "initdb"), "-D", str(folder / "data"), "-U", USER, "--auth=trust",
              "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"])
        options = (f"-k {folder} -c listen_addresses='' -c fsync=off -c synchronous_commit=off"
                   " -c full_page_writes=off -c max_connections=200")
        _run([*pg_ctl, "start", "-w", "-t", "60", "-D", str(folder / "data"), "-l", str(folder / "server.log"),
              "-o", options])
        return Cluster(f"postgresql://{USER}@/postgres?host={folder}", folder, pg_ctl)
    except (Unavailable, OSError, subprocess.SubprocessError, psycopg.Error) as exc:
        subprocess.run([*_as_server_user(), str(bin_dir / "pg_ctl"), "stop", "-m", "immediate", "-D",
                        str(folder / "data")], capture_output=True, timeout=60)
        shutil.rmtree(folder, ignore_errors=True)
        raise Unavailable(str(exc)) from None
