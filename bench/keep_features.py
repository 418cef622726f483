"""Structural features of a predicted incident, for the keep/drop model of ``bench/train_keep.py``.

Many predicted incidents are extras: a background city, a weaker duplicate of a richer record,
a region named by a route or a warning.  Their structure may give them away more than their words,
so each record gets a few dozen STRUCTURAL features: what fields it fills, where its evidence sits
in the document, how many records of its region and type the document gives, whether a richer twin
exists; never a word of the text.  Session 29 measured the model leave-one-batch-out and it did not
transfer (bench/README.md, "Accuracy on real news"), so nothing in ``geo`` reads these: they stay
here, pure Python over any object with the Incident's fields, so the measurement can be rerun
(also with an older checkout's extractor, whose ``geo`` need not know of them).
"""
from __future__ import annotations

import math
from typing import TYPE_CHECKING, Mapping

if TYPE_CHECKING:
    from geo.record import Incident

#: Fields whose presence makes a record richer than its twin.
_FILLED = ("settlement", "count", "date", "killed", "injured", "target")
#: The small set the leave-one-batch-out runs used by default (the strongest pockets of extras).
DEFAULT_FEATURES = ("bias", "null_beside_regions", "region_null", "bare", "bare_twin", "weaker_twin", "twin",
                    "strike", "count")


def _filled(inc: Incident) -> int:
    return sum(getattr(inc, name) not in (None, "") for name in _FILLED)


def _lead_ends(text: str) -> tuple[int, int]:
    """Where the title (the first line) and the first paragraph after it end."""
    stripped = text.lstrip()
    skip = len(text) - len(stripped)
    title_end = skip + (stripped.find("\n") if "\n" in stripped else len(stripped))
    rest = text[title_end:].lstrip()
    body_start = len(text) - len(rest)
    cut = rest.find("\n")
    return title_end, body_start + (cut if cut >= 0 else len(rest))


def _span(inc: Incident) -> tuple[int, int]:
    spans = inc.extras.get("evidence_spans") or [[0, len(inc.evidence or "")]]
    return int(spans[0][0]), int(spans[-1][1])


def _sentences(evidence: str) -> int:
    return 1 + sum(evidence.count(mark) for mark in (". ", "! ", "? ", "\n"))


def _record_features(inc: Incident) -> dict[str, float]:
    """What the record itself fills."""
    lang = inc.extras.get("language") or ""
    return {
        "strike": float(inc.event_type == "strike"),
        "lang_ru": float(lang == "ru"), "lang_uk": float(lang == "uk"),
        "count": float(inc.count is not None),
        "count_inexact": float(bool(inc.count_qualifier) and inc.count_qualifier != "exact"),
        "count_log": math.log1p(inc.count or 0) / 5,
        "settlement": float(bool(inc.settlement)),
        "region_null": float(not inc.region),
        "precision_region": float(inc.geo_precision == 3),
        "precision_none": float(inc.geo_precision is None),
        "date": float(inc.date is not None),
        "killed": float(inc.killed is not None), "injured": float(inc.injured is not None),
        "target": float(bool(inc.target)),
        "district": float(bool(inc.extras.get("district"))),
        "near": float(bool(inc.extras.get("near"))),
        "claimant": float(bool(inc.extras.get("claimant"))),
        "filled_share": _filled(inc) / len(_FILLED),
        "bare": float(_filled(inc) == 0 or (inc.event_type == "strike" and not (inc.settlement or inc.count))),
    }


def _place_features(inc: Incident, text: str) -> dict[str, float]:
    """Where the evidence sits and how long it is."""
    start, end = _span(inc)
    title_end, lead_end = _lead_ends(text)
    evidence = inc.evidence or ""
    settlement = (inc.settlement or "")[:4].lower()
    return {
        "offset": start / max(len(text), 1),
        "in_title": float(start < title_end),
        "in_lead": float(title_end <= start < lead_end),
        "evidence_sentences": math.log1p(_sentences(evidence)) / 3,
        "evidence_chars": math.log1p(len(evidence)) / 8,
        "settlement_in_title": float(bool(settlement) and settlement in text[:title_end].lower()),
    }


def _document_features(inc: Incident, others: list[Incident]) -> dict[str, float]:
    """How the record stands among the document's records (``others`` includes it)."""
    same_region = [o for o in others if o.region == inc.region]
    twins = [o for o in same_region if o is not inc and o.event_type == inc.event_type]
    return {
        "records_log": math.log1p(len(others)) / 3,
        "same_region_log": math.log1p(len(same_region) - 1) / 3,
        "same_type_share": sum(o.event_type == inc.event_type for o in others) / max(len(others), 1),
        "weaker_twin": float(any(_filled(o) > _filled(inc) for o in twins)),
        "twin": float(bool(twins)),
        "first": float(bool(others) and others[0] is inc),
        "only_region": float(len({o.region for o in others}) == 1),
        "null_beside_regions": float(not inc.region and any(o.region for o in others)),
        "bare_twin": float(bool(twins) and _filled(inc) <= 1),
        "region_elsewhere_type": float(any(o.event_type != inc.event_type and o.region == inc.region for o in others)),
    }


def features(inc: Incident, text: str, others: list[Incident]) -> dict[str, float]:
    """The record's structural features by name (numbers only; see the module docstring)."""
    return {"bias": 1.0, **_record_features(inc), **_place_features(inc, text), **_document_features(inc, others)}


def keep_probability(feats: Mapping[str, float], weights: Mapping[str, float]) -> float:
    """The logistic model's probability that the record is a real incident."""
    z = sum(weights.get(name, 0.0) * value for name, value in feats.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
