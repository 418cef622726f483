"""Rules of the session-26 accuracy round on Ukrainian reports (issue 14: causes that recur across the pooled
held-out batches), each checked on sentences written for this file."""
from __future__ import annotations

import datetime as dt

from support.figures import figure_rows

DAY = dt.date(2025, 12, 3)


def rows(text: str) -> list[tuple]:
    return figure_rows(text, "uk", DAY)


def test_uk_breakdown_sentence_of_regions_and_dashed_figures_follows_the_total():
    # the breakdown has no verb of its own: region, dash, figure, after the total's sentence
    text = ("Над півночю країни сили ППО збили 12 шахедів. У Чернігівській області – 6, у Сумській – 4, "
            "в Житомирській – 2.")
    assert rows(text) == [("interception", "UA-74", None, 6, None, None),
                          ("interception", "UA-59", None, 4, None, None),
                          ("interception", "UA-18", None, 2, None, None)]
