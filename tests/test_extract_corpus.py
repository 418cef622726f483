"""Incident F1 and field accuracy on the hand-written corpus in tests/corpus/.

The corpus is a development set of varied phrasings (ministry roundups,
governors' reports, Ukrainian Air Force statements, infrastructure strikes,
debris, near-misses).  Scoring follows the maintainers' held-out evaluation:
incidents match on (type, region); counts, dates and settlements are scored
on the matched incidents.
"""
from __future__ import annotations

from support.corpus_scoring import load_corpus, score


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
