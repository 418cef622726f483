"""The placeless, uncounted shoot-down beside drones downed in named regions: the drafts placed elsewhere are looked
for only beside such a candidate (a long roundup of regions has none, and must not cost a pass over all of them
for each region)."""
from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

import pytest

import geo.extract.totals as totals
from geo.extract.draft import Draft
from geo.extract.reading import Text

_DOC = cast(Text, SimpleNamespace(destinations=[], sentence_of=lambda p: 0))


def _roundup(n: int) -> list[Draft]:
    """``n`` regional shoot-downs, one sentence each, all counted."""
    return [Draft("interception", (i * 10, i * 10 + 9), i, region=f"RU-R{i}", count=2) for i in range(n)]


def _counting_same_day(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Replace the day comparison of the totals module with one that counts its calls."""
    calls = [0]
    real = totals.same_day

    def counted(a: Any, b: Any) -> bool:
        calls[0] += 1
        return real(a, b)
    monkeypatch.setattr(totals, "same_day", counted)
    return calls


def test_a_roundup_with_no_placeless_shoot_down_compares_no_days(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counting_same_day(monkeypatch)
    drafts = _roundup(60)
    assert totals.drop_uncounted_national(drafts, _DOC) == drafts
    assert calls[0] == 0


def test_one_placeless_shoot_down_is_compared_once_with_each_draft(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counting_same_day(monkeypatch)
    drafts = [*_roundup(60), Draft("interception", (700, 720), 70)]
    assert totals.drop_uncounted_national(drafts, _DOC) == drafts[:60]
    assert calls[0] <= len(drafts)
