"""Incident F1 and field accuracy on the hand-written corpus in tests/corpus/.

The corpus is a development set of varied phrasings (ministry roundups,
governors' reports, Ukrainian Air Force statements, infrastructure strikes,
debris, near-misses).  Scoring follows the maintainers' held-out evaluation:
incidents match on (type, region); counts, dates and settlements are scored
on the matched incidents.
"""
from __future__ import annotations

import datetime as dt
import tomllib
from collections import Counter
from pathlib import Path

from geo.extract import extract

CORPUS = Path(__file__).resolve().parent / "corpus"
TODAY = dt.date(2025, 9, 10)
FIELDS = {"count": "count", "qualifier": "count_qualifier", "date": "date", "killed": "killed",
          "injured": "injured", "target": "target"}


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


def test_corpus_is_big_and_varied():
    articles = load_corpus()
    assert len(articles) >= 40
    assert sum(1 for a in articles if not a.get("expect")) >= 5  # near-misses with no incident
    assert {r["type"] for a in articles for r in a.get("expect", [])} == {"strike", "interception"}


def test_incident_f1_and_field_accuracy_on_corpus():
    result = score(load_corpus())
    acc = result["accuracy"]
    print(f"\ncorpus: {result['articles']} articles, tp={result['tp']} fp={result['fp']} fn={result['fn']} "
          f"P={result['precision']:.3f} R={result['recall']:.3f} F1={result['f1']:.3f}")
    print("field accuracy: " + ", ".join(f"{k}={v:.2f}" for k, v in sorted(acc.items())))
    for line in result["misses"]:
        print("  " + line)
    assert result["f1"] >= 0.85
    for name in ("count", "date", "settlement"):
        assert acc[name] >= 0.9, name
