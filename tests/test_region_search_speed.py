"""The region search's shortcuts (geo/places/letter_runs.py, the window skip in geo/extract/places.py)
must find what the plain search finds, wherever a text is cut into sentences."""
from __future__ import annotations

import random

import pytest

from geo.extract import places
from geo.extract.lexicon import load_lexicon
from geo.extract.text import sentences
from geo.places.letter_runs import CYR_LETTERS, folded, name_runs
from geo.places.mentions import cyrillic_name_keys
from support.corpus_scoring import load_corpus

EDGES = [
    "Белгородской области и Курской",
    "Над Орловской (8), Курской (5) и Калужской (3) областями сбиты дроны; Москва, Московская область.",
    "Камʼянець-Подільський, ᲀ Курской области: у межах 2 областей:\n- Київської;\n- Одеської",
    "xКурск курскx Курск-Курск İ Σ Курск",
    "The regions of Bryansk, Oryol and Kursk; Kursk's Oblast.Курской области",
]


def _texts(seed_paths) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in seed_paths] + EDGES + [a["text"] for a in load_corpus()]


def test_name_runs_are_the_runs_that_start_a_name(seed_paths):
    keys = cyrillic_name_keys()
    for text in _texts(seed_paths):
        low = folded(text)
        want = [(m.start(), m.group()) for m in CYR_LETTERS.finditer(low) if m.group() in keys]
        assert name_runs(low, keys) == want


@pytest.mark.parametrize("seed", range(3))
def test_skipped_windows_name_nothing(seed_paths, monkeypatch, seed):
    """Sentences as the splitter gives them, and spans cut anywhere (inside words too)."""
    rng = random.Random(seed)
    cases = []
    for text in _texts(seed_paths):
        cases.append((text, sentences(text, load_lexicon("ru"))))
        pos, spans = 0, []
        while pos < len(text):
            pos += rng.choice([0, 0, 1, 2])
            end = min(len(text), pos + rng.randint(1, 300))
            if pos < end:
                spans.append((pos, end))
            pos = end
        cases.append((text, spans))
    fast = [places.region_mentions(text, spans) for text, spans in cases]
    monkeypatch.setattr(places, "_ALIAS_WORDS_WHOLE", False)  # every window searched, in every language
    assert fast == [places.region_mentions(text, spans) for text, spans in cases]
    assert any(fast)
