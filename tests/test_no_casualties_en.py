"""English "casualties have not been reported" is no one hurt; "information on casualties has not been reported"
tells nothing of the toll."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 3, 4)
LEAD = "Three drones were shot down over the Poltava region overnight. "


def test_casualties_not_reported_is_no_toll_en() -> None:
    assert figure_rows(LEAD + "Casualties have not been reported.", "en", DAY)[0][4:] == (0, 0)


def test_news_about_casualties_not_reported_tells_no_toll_en() -> None:
    for said in ("Data on casualties has not been reported yet.", "Details about victims have not been reported.",
                 "Whether there were injuries has not been reported so far."):
        assert figure_rows(LEAD + said, "en", DAY)[0][4:] == (None, None), said
