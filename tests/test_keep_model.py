"""The keep/drop model's measurement tools (bench/keep_features.py, bench/train_keep.py), on records written here."""
from __future__ import annotations

import types
from pathlib import Path

import pytest

import keep_features
import train_keep
from geo.record import Incident

TEXT = "Drones over Lipetsk at dawn\n\nThe governor said two drones were downed near Yelets. A barn burned."


def _incident(event_type="interception", region="RU-LIP", start=29, end=78, **fields) -> Incident:
    evidence = TEXT[start:end]
    return Incident(event_type=event_type, region=region, evidence=evidence,
                    extras={"evidence_spans": [[start, end]], "language": "en"}, **fields)


def test_features_of_a_full_record_and_its_bare_twin():
    rich = _incident(settlement="Yelets", count=2, count_qualifier="exact", date="2026-05-04", geo_precision=1)
    bare = _incident(start=0, end=27, geo_precision=3)
    national = _incident(region=None, start=79, end=93)
    found = [rich, bare, national]
    f_rich = keep_features.features(rich, TEXT, found)
    f_bare = keep_features.features(bare, TEXT, found)
    f_null = keep_features.features(national, TEXT, found)
    assert f_rich["count"] == 1.0 and f_rich["settlement"] == 1.0 and f_rich["in_lead"] == 1.0
    assert f_rich["weaker_twin"] == 0.0 and f_rich["twin"] == 1.0 and f_rich["first"] == 1.0
    assert f_rich["filled_share"] == pytest.approx(3 / 6)
    assert f_bare["in_title"] == 1.0 and f_bare["bare"] == 1.0 and f_bare["weaker_twin"] == 1.0
    assert f_bare["bare_twin"] == 1.0 and f_bare["precision_region"] == 1.0
    assert f_null["region_null"] == 1.0 and f_null["null_beside_regions"] == 1.0 and f_null["twin"] == 0.0
    assert 0.0 < f_null["offset"] < 1.0
    assert set(keep_features.DEFAULT_FEATURES) <= set(f_rich)


def test_keep_probability_is_a_logistic_dot_product():
    weights = {"bias": 1.0, "region_null": -3.0}
    assert keep_features.keep_probability({"bias": 1.0, "region_null": 0.0}, weights) > 0.7
    assert keep_features.keep_probability({"bias": 1.0, "region_null": 1.0}, weights) < 0.2


def _fake_scorer(monkeypatch):
    """Pairs each gold record with the first free prediction of its type and region (the scorer's rule, minus scores)."""
    def match(gold, pred):
        used, pairs = set(), []
        for i, g in enumerate(gold):
            j = next((j for j, p in enumerate(pred) if j not in used
                      and (p["event_type"], p["region"]) == (g["event_type"], g["region"])), None)
            if j is not None:
                used.add(j)
                pairs.append((i, j))
        return pairs
    fake = types.SimpleNamespace(match=match, similar=lambda a, b, prefix=True: a == b)
    monkeypatch.setattr(train_keep, "score_module", lambda: fake)


def _article(batch: str, extra_region_null: bool) -> train_keep.Article:
    gold = [{"event_type": "strike", "region": "UA-18", "count": 1}]
    preds = [{"event_type": "strike", "region": "UA-18", "count": 1}]
    feats = [{"bias": 1.0, "region_null": 0.0}]
    if extra_region_null:
        preds.append({"event_type": "strike", "region": None, "count": None})
        feats.append({"bias": 1.0, "region_null": 1.0})
    _, _, labels, strict = train_keep.tally(gold, preds)
    return train_keep.Article(batch, "uk", gold, preds, feats, labels, strict)


def test_leave_one_batch_out_drops_what_the_other_batches_call_extras(monkeypatch):
    _fake_scorer(monkeypatch)
    arts = [_article(b, extra) for b in ("one", "two", "three") for extra in (True, False, True)]
    assert [a.labels for a in arts[:2]] == [[1, 0], [1]]
    rows = train_keep.leave_one_batch_out(arts, arts, train_keep.Setup(["bias", "region_null"], l2=0.1))
    for _, _, (f1_before, strict_before), (f1_after, strict_after), _ in rows:
        assert f1_before == pytest.approx(0.75) and f1_after == pytest.approx(1.0)
        assert strict_after == pytest.approx(1.0) and strict_before == pytest.approx(0.75)


def test_weights_file_holds_numbers_only(tmp_path: Path):
    import numpy as np

    out = tmp_path / "keep.toml"
    train_keep.write_weights(out, ["bias", "bare"], np.array([1.5, -2.0]), 0.4)
    import tomllib
    data = tomllib.loads(out.read_text(encoding="utf-8"))
    assert data == {"threshold": 0.4, "weights": {"bias": 1.5, "bare": -2.0}}


def test_batch_names_join_the_languages_of_one_batch():
    assert train_keep.batch_name(Path("/x/q30b-uk")) == "q30b"
    assert train_keep.batch_name(Path("/x/q30-tolls")) == "q30-tolls"
    assert train_keep.batch_name(Path("/x/realnews/articles")) == "dev"
