"""geo.extract.draft.replace: the copy dataclasses.replace makes of a draft, without its field walk."""
from __future__ import annotations

import dataclasses

import pytest

from geo.extract.draft import Draft, replace


def test_the_copy_is_dataclasses_replace():
    d = Draft("strike", (3, 40), 1, region="UA-63", count=2, extra_spans=[(50, 60)])
    for changes in ({}, {"region": "UA-59", "count": None}, {"settlement": "Sumy", "near": True}):
        mine, theirs = replace(d, **changes), dataclasses.replace(d, **changes)
        assert mine == theirs and mine is not d
        assert mine.extra_spans is d.extra_spans  # (shared, as dataclasses.replace shares it)
        assert list(vars(mine)) == list(vars(theirs))
    assert d.region == "UA-63" and d.count == 2  # (the original unchanged)


def test_a_field_a_draft_does_not_have_is_refused():
    with pytest.raises(TypeError):
        replace(Draft("strike", (0, 1), 0), regoin="UA-63")
