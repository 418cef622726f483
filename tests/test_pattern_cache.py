"""geo.pattern_cache: compiled patterns kept between processes match as freshly compiled ones, and a
changed lexicon or module is never answered from an older file."""
from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest

import geo.pattern_cache as pc
from geo.ordered_patterns import OrderedPatterns
from geo.patterns import compile_pattern

TEXT = "Near Velyki Luky two drones were downed at 03:40; 12 more fell by the lake, and a third one hit a barn."
PATTERNS = [(r"(?<![\w.,:-])(?:\d+|two|a\s+third)(?![\w-]|:\d)\s+(?P<what>drones?|more|one)", 0),
            (r"\b(?:fell|hit|downed)\b", 0), (r"(?P<name>(?-i:[A-Z][a-z]+))\s+(?-i:[A-Z])", re.IGNORECASE)]


@pytest.fixture
def lexicons(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A lexicon folder of its own (its files are part of the cache file's name) and an empty cache."""
    folder = tmp_path / "lexicons"
    folder.mkdir()
    (folder / "xx.toml").write_text('words = ["barn"]\n', encoding="utf-8")
    monkeypatch.setattr(pc, "LEXICONS", folder)
    monkeypatch.setenv(pc.ENV, str(tmp_path / "cache"))
    _new_process(monkeypatch)
    return folder


def _new_process(monkeypatch: pytest.MonkeyPatch) -> pc.PatternCache:
    """What a new process starts with: no cache read yet (the last one's answers saved first)."""
    if pc._CACHE is not None:
        pc._CACHE.save()
    monkeypatch.setattr(pc, "_CACHE", None)
    return pc.cache()


def _found(rx) -> list:
    return [(m.span(), m.groups()) for m in rx.finditer(TEXT)]


def test_kept_patterns_match_as_fresh_ones(lexicons: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = [compile_pattern(p, f) for p, f in PATTERNS]
    joined = OrderedPatterns(tuple(re.compile(p) for p, _ in PATTERNS[:2]))
    assert pc.cache().misses == len(PATTERNS) + 1
    later = _new_process(monkeypatch)
    kept = [compile_pattern(p, f) for p, f in PATTERNS]
    kept_joined = OrderedPatterns(tuple(re.compile(p) for p, _ in PATTERNS[:2]))
    assert later.misses == 0  # every answer read back
    for (p, f), a, b in zip(PATTERNS, fresh, kept):
        assert _found(a) == _found(b) == _found(re.compile(p, f))
        assert (b.pattern, b.flags, b.groupindex) == (a.pattern, a.flags, a.groupindex)
    assert _found(joined) == _found(kept_joined) != []


def test_a_changed_lexicon_or_pattern_is_compiled_again(lexicons: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    compile_pattern(r"\bbarns?\b")
    first = pc.cache().path
    assert _new_process(monkeypatch).misses == 0
    compile_pattern(r"\bbarns?\b")
    assert pc.cache().misses == 0 and pc.cache().path == first
    (lexicons / "xx.toml").write_text('words = ["barn", "shed"]\n', encoding="utf-8")
    compile_pattern(r"\bbarns?\b")
    changed = _new_process(monkeypatch)
    compile_pattern(r"\bbarns?\b")
    assert changed.misses == 1 and changed.path != first  # another file: nothing read from the old one
    compile_pattern(r"\bsheds?\b")
    assert changed.misses == 2  # a new pattern source is never answered by another's entry


def test_a_changed_module_gives_another_file(lexicons: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    before = pc.version()
    module = tmp_path / "geo"
    for name in pc.CODE:
        (module / name).parent.mkdir(parents=True, exist_ok=True)
        (module / name).write_bytes((pc.GEO / name).read_bytes())
    monkeypatch.setattr(pc, "GEO", module)
    assert pc.version() == before
    (module / "patterns.py").write_bytes((module / "patterns.py").read_bytes() + b"\n# changed\n")
    assert pc.version() != before


def test_an_unreadable_file_is_ignored(lexicons: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    compile_pattern(r"\bsheds?\b")
    path = pc.cache().path
    _new_process(monkeypatch)
    assert path is not None and path.exists()
    path.write_bytes(b"\x00not a cache")
    again = _new_process(monkeypatch)
    assert _found(compile_pattern(r"\bfell\b")) == _found(re.compile(r"\bfell\b"))
    assert again.misses == 1


def test_off_keeps_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(pc.ENV, "off")
    monkeypatch.setattr(pc, "_CACHE", None)
    assert pc.cache_dir() is None
    assert _found(compile_pattern(r"\bhit\b")) == _found(re.compile(r"\bhit\b"))
    pc.cache().save()
    assert pc.cache().path is None


def test_no_home_keeps_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_home() -> Path:
        raise RuntimeError("no home")

    monkeypatch.delenv(pc.ENV, raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert pc.cache_dir() is None


def test_a_failed_write_leaves_no_part_file(lexicons: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    compile_pattern(r"\bbarns?\b")
    cache = pc.cache()
    assert cache.path is not None

    def full_disk(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pc.marshal, "dump", full_disk)
    cache.save()
    assert list(cache.path.parent.glob("*.tmp")) == []
    assert not cache.path.exists()


def test_only_stale_part_files_are_pruned(tmp_path: Path) -> None:
    stale, fresh = tmp_path / "a.tmp", tmp_path / "b.tmp"
    stale.write_bytes(b"x")
    fresh.write_bytes(b"x")
    old = time.time() - pc.STALE_PART - 60
    os.utime(stale, (old, old))
    pc._prune(tmp_path)
    assert not stale.exists() and fresh.exists()


def test_two_processes_answers_are_merged(lexicons: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = pc.cache()
    compile_pattern(r"\bsilos?\b")
    monkeypatch.setattr(pc, "_CACHE", None)  # a second process, started before the first saved
    second = pc.cache()
    compile_pattern(r"\bhangars?\b")
    first.save()
    second.save()  # written after the first: keeps the first's answer too
    monkeypatch.setattr(pc, "_CACHE", None)
    third = pc.cache()
    compile_pattern(r"\bsilos?\b")
    compile_pattern(r"\bhangars?\b")
    assert third.misses == 0
