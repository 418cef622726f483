"""What compiling the lexicons' patterns works out, kept on disk for the next process.

Compiling the three lexicons (:mod:`geo.patterns`: parsing, regrouping, the engine's code) took about
6 s of CPU in every process: every CLI call, every test process.  The answers depend only on the
pattern source and the code that rewrites it, so they are kept in a file of the user's cache
directory and read back (tens of milliseconds) by the next process.

Never stale: each entry is found by its full input (the pattern source, its flags), and the file is
named by a hash of the Python version, the regex compiler's version, the modules whose answers are
kept (:data:`CODE`) and the lexicon files; a change to any gives another file, whose entries are
worked out afresh.  A file that cannot be read is ignored.  ``GEO_PATTERN_CACHE`` names another
directory, or ``off`` to keep nothing.  Standard library only (``marshal``: plain values, no objects).
"""
from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import sys
import tempfile
import time
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, TypeVar

V = TypeVar("V")

ENV = "GEO_PATTERN_CACHE"
GEO = Path(__file__).resolve().parent
#: The modules whose answers are kept (their source is part of the file's name).
CODE = ("pattern_cache.py", "patterns.py", "spread_alternatives.py", "ordered_patterns.py", "literal_gate.py",
        "extract/lowering.py")
LEXICONS = GEO / "lexicons"
STALE_PART = 600  # seconds after which a part-file is a killed write's
KEEP_FILES = 8  # older files of other versions (other worktrees, earlier lexicons) are deleted


def cache_dir() -> Path | None:
    """Where the files are kept (None: ``GEO_PATTERN_CACHE=off``)."""
    env = os.environ.get(ENV, "")
    if env.lower() == "off":
        return None
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except RuntimeError:  # no home directory: nothing kept
            return None
    return Path(base) / "geo-atlas" / "patterns"


def version() -> str:
    """A hash of everything the kept answers depend on besides their own input."""
    h = hashlib.sha256(sys.version.encode())
    h.update(repr(_sre_magic()).encode())
    for name in CODE:
        h.update(name.encode() + b"\0" + (GEO / name).read_bytes())
    for path in sorted(LEXICONS.glob("*.toml")):
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:24]


def _sre_magic() -> Any:
    """The regex compiler's version number (its code changes meaning with it)."""
    try:
        import re._constants as constants  # noqa: PLC0415 - CPython 3.11+
    except ImportError:  # pragma: no cover
        return None
    return constants.MAGIC


class PatternCache:
    """The kept answers of one version, read from their file on first use, written back at exit when
    new ones were worked out."""

    def __init__(self, directory: Path | None):
        self.directory = directory
        self.path: Path | None = None
        self._entries: dict[Hashable, Any] | None = None
        self._added: dict[Hashable, Any] = {}
        self.misses = 0  # answers worked out in this process (the tests read it)

    def entries(self) -> dict[Hashable, Any]:
        """The answers kept on disk, read on first use."""
        if self._entries is None:
            self._entries = {}
            if self.directory is not None:
                self.path = self.directory / f"{version()}.marshal"
                self._entries = _read(self.path)
        return self._entries

    def get(self, key: Hashable, make: Callable[[], V]) -> V:
        """The kept answer for ``key``, else ``make()`` (kept for the next process)."""
        entries = self.entries()
        if key in entries:
            return entries[key]
        value = make()
        self.misses += 1
        entries[key] = value
        if self.path is not None:
            if not self._added:
                atexit.register(self.save)
            self._added[key] = value
        return value

    def save(self) -> None:
        """Write the file with this process's new answers (added to what other processes wrote since)."""
        if self.path is None or not self._added:
            return
        try:
            merged = {**_read(self.path), **self._added}
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
        except OSError:  # read-only: keep nothing
            return
        try:
            with os.fdopen(fd, "wb") as f:
                marshal.dump(merged, f)
            os.replace(tmp, self.path)
            self._added = {}
            _prune(self.path.parent)
        except (OSError, ValueError):  # full disk, an unmarshallable value: keep nothing, leave no part-file
            Path(tmp).unlink(missing_ok=True)


def _read(path: Path) -> dict[Hashable, Any]:
    """A file's answers; none when it is missing, cut short or not ours."""
    try:
        with path.open("rb") as f:
            data = marshal.load(f)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def _prune(directory: Path) -> None:
    """Delete all but the :data:`KEEP_FILES` newest files, and part-files of writes killed at least
    :data:`STALE_PART` seconds ago (a younger one may be another process's write in progress)."""
    files = sorted(directory.glob("*.marshal"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[KEEP_FILES:]:
        old.unlink(missing_ok=True)
    now = time.time()
    for part in directory.glob("*.tmp"):
        try:
            if now - part.stat().st_mtime > STALE_PART:
                part.unlink(missing_ok=True)
        except OSError:  # another process removed it first
            continue


_CACHE: PatternCache | None = None


def cache() -> PatternCache:
    """This process's cache (created on first use, from ``GEO_PATTERN_CACHE``)."""
    global _CACHE
    if _CACHE is None:
        _CACHE = PatternCache(cache_dir())
    return _CACHE


def kept(key: Hashable, make: Callable[[], V]) -> V:
    """``make()``, or its answer kept for ``key`` by an earlier process."""
    return cache().get(key, make)
