"""Generated news articles on disk (bench/corpus.py), as input for ingest runs in the tests."""
from __future__ import annotations

import json
from pathlib import Path

import corpus


def write_articles(folder: Path, n: int, seed: int = 5) -> list[Path]:
    """``n`` generated news articles as JSON files (one document each), in a folder."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, article in enumerate(corpus.generate(n, seed=seed)):
        path = folder / f"{i:04d}.json"
        path.write_text(json.dumps(article.record(), ensure_ascii=False), encoding="utf-8")
        paths.append(path)
    return paths


def write_far_apart_duplicates(folder: Path, n: int, seed: int = 5) -> list[Path]:
    """``n`` generated articles over a few weeks, half of their events reported again by a second
    article; named so that the first half (in name order) holds every other article, so each event's
    two reports sit far apart in input order (in different partitions of a cluster ingest)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, article in enumerate(corpus.generate(n, seed=seed, years=0.05, duplicate_share=0.5)):  # type: ignore[arg-type]
        path = folder / f"{(i % 2) * n + i // 2:04d}.json"
        path.write_text(json.dumps(article.record(), ensure_ascii=False), encoding="utf-8")
        paths.append(path)
    return paths
