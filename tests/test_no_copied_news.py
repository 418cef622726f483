"""The project holds only text we write: no run of eight words of a real article (../shared/realnews, third-party
news kept only to measure against) may appear in our code, lexicons, tests, corpus or docs.

Eight words: shorter runs are the stock phrases of any report ("no one was injured in the attack"), which a
rule has to spell to read them.  Optional: skipped, saying so, when the real-news folder is absent.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REALNEWS = ROOT.parent / "shared" / "realnews" / "articles"
RUN = 8
OURS = ("geo/**/*.py", "geo/**/*.toml", "tests/**/*.py", "tests/**/*.toml", "docs/**/*.md", "bench/**/*.py",
        "bench/**/*.md", "ui/**/*.py", "pages/*.py", "app.py", "README.md")
_WORD = re.compile(r"\w+")


def runs(text: str, n: int = RUN) -> set[str]:
    """Every run of ``n`` words of ``text``, lower-cased (punctuation and line breaks ignored)."""
    words = [w.lower() for w in _WORD.findall(text)]
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def test_runs_ignore_case_punctuation_and_line_breaks():
    assert runs("Drones hit the\ndepot, the governor said on Monday night.", 4) >= {"the governor said on"}
    assert runs("One, two three", 4) == set()


def test_no_real_article_text_in_the_project():
    if not REALNEWS.is_dir():
        pytest.skip(f"the real-news folder is absent ({REALNEWS}); nothing to compare with")
    news: dict[str, str] = {}
    for path in sorted(REALNEWS.glob("*.json")):
        for run in runs(json.loads(path.read_text(encoding="utf-8"))["text"]):
            news.setdefault(run, path.stem)
    copied = []
    for pattern in OURS:
        for path in sorted(ROOT.glob(pattern)):
            if ".venv" in path.parts or path.name == Path(__file__).name:
                continue
            # the whole file: a sentence split over two lines of a test is still one sentence
            copied += sorted(f"{path.relative_to(ROOT)}: {r!r} ({news[r]})"
                             for r in runs(path.read_text(encoding="utf-8", errors="replace")) if r in news)
    assert not copied, "text of real articles in the project:\n" + "\n".join(copied)
