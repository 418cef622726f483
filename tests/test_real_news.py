"""Accuracy on real published news must not fall below the figures recorded in bench/README.md.

Optional: skipped, saying so, when the maintainers' gold set (``../shared/realnews``) is absent.
"""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TOLERANCE = 0.02


def _bench():
    spec = importlib.util.spec_from_file_location("real_news_bench", ROOT / "bench" / "real_news.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def recorded() -> dict[str, tuple[float, float]]:
    """(F1, strict F1) per language group, from the table in bench/README.md."""
    text = (ROOT / "bench" / "README.md").read_text(encoding="utf-8")
    table = text.split("<!-- real-news figures", 1)[1]
    rows = re.findall(r"^\| (en|ru|uk|ru\+uk) \| \d+ \| \d+ \| [\d.]+ \| [\d.]+ \| ([\d.]+) \| ([\d.]+) \|$", table, re.M)
    return {lang: (float(f1), float(strict)) for lang, f1, strict in rows}


def test_recorded_figures_are_readable():
    assert set(recorded()) == {"en", "ru", "uk", "ru+uk"}


def test_real_news_accuracy_holds():
    bench = _bench()
    if not (bench.REALNEWS / "articles").is_dir():
        pytest.skip(f"the real-news gold set is absent ({bench.REALNEWS}); nothing to measure against")
    results = bench.run()
    drops = [f"{lang}: {name} {results[lang][key]:.3f} < recorded {want:.3f} - {TOLERANCE}"
             for lang, figures in recorded().items()
             for name, key, want in (("F1", "f1", figures[0]), ("strict F1", "strict_f1", figures[1]))
             if results[lang][key] < want - TOLERANCE]
    assert not drops, "accuracy on real news fell:\n" + "\n".join(drops)
