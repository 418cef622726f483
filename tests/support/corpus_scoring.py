"""Scores of the extractor on the hand-written corpus in tests/corpus/.

``score`` follows the maintainers' held-out evaluation (incidents match on type and region; counts,
dates and settlements are scored on the matched incidents); ``strict_score`` is the strict one the
held-out batches are reported with (shared by the round tests).
"""
from __future__ import annotations

import datetime as dt
import tomllib
from collections import Counter
from pathlib import Path

from geo.extract import extract

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
TODAY = dt.date(2025, 9, 10)
FIELDS = {"count": "count", "qualifier": "count_qualifier", "date": "date", "killed": "killed",
          "injured": "injured", "target": "target"}


def strict_score(batches: list[str]) -> tuple[float, list[str]]:
    """F1 of incidents matching on type, region, settlement, and the count and date the annotation
    states, over the named batch files; with the annotated incidents that were missed."""
    right = found = wanted = 0
    wrong = []
    for name in batches:
        for art in tomllib.loads((CORPUS / name).read_text(encoding="utf-8"))["article"]:
            got = extract(art["text"], published=dt.date.fromisoformat(art["published"]), document=art["id"])
            want = art.get("expect", [])
            found, wanted = found + len(got), wanted + len(want)
            left = list(got)
            for row in want:
                match = next((g for g in left if (g.event_type, g.region, g.settlement) ==
                              (row["type"], row.get("region"), row.get("settlement"))
                              and all(getattr(g, k) == row[k] for k in ("count", "date") if k in row)), None)
                if match:
                    left.remove(match)
                    right += 1
                else:
                    wrong.append(f"{art['id']}: {row}")
    return 2 * right / (found + wanted), wrong


def load_corpus() -> list[dict]:
    articles = []
    for path in sorted(CORPUS.glob("articles_*.toml")):
        articles.extend(tomllib.loads(path.read_text(encoding="utf-8"))["article"])
    return articles


def score(articles: list[dict]) -> dict:
    tp = fp = fn = 0
    fields: Counter = Counter()
    field_ok: Counter = Counter()
    misses: list[str] = []
    for art in articles:
        published = dt.date.fromisoformat(art["published"]) if art.get("published") else None
        got = extract(art["text"], published=published, document=art["id"], today=TODAY)
        want = art.get("expect", [])
        unmatched = list(got)
        for row in want:
            key = (row["type"], row.get("region"))
            cands = [g for g in unmatched if (g.event_type, g.region) == key]
            if not cands:
                fn += 1
                misses.append(f"{art['id']}: missed {key}")
                continue
            g = next((c for c in cands if c.settlement == row.get("settlement")), cands[0])
            unmatched.remove(g)
            tp += 1
            checks = {"settlement": (row.get("settlement"), g.settlement)}
            checks.update({k: (row[k], getattr(g, attr)) for k, attr in FIELDS.items() if k in row})
            for name, (expected, actual) in checks.items():
                fields[name] += 1
                if expected == actual:
                    field_ok[name] += 1
                else:
                    misses.append(f"{art['id']}: {key} {name} {actual!r} != {expected!r}")
        fp += len(unmatched)
        misses.extend(f"{art['id']}: extra {(g.event_type, g.region, g.settlement)}" for g in unmatched)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = {k: field_ok[k] / fields[k] for k in fields}
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1,
            "accuracy": accuracy, "misses": misses, "articles": len(articles)}
