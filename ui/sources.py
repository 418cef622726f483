"""The Sources page's words and table: feeds, channels and the pages fetched by link, without Streamlit."""
from __future__ import annotations

import pandas as pd

from geo.documents.limits import safe_url
from geo.store.feeds import SINGLE_LINKS_KIND


def _plural(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def sources_caption(table: pd.DataFrame) -> str:
    """What the table holds in one line: "2 feeds and channels (31 articles); 5 single links"."""
    links = table[table["kind"] == SINGLE_LINKS_KIND]
    followed = table[table["kind"] != SINGLE_LINKS_KIND]
    parts = []
    if not followed.empty:
        parts.append(f"{_plural(len(followed), 'feed or channel', 'feeds and channels')} "
                     f"({_plural(int(followed['documents'].sum()), 'article', 'articles')})")
    if not links.empty:
        parts.append(f"{_plural(int(links['documents'].sum()), 'page', 'pages')} fetched by "
                     "link (the Single links line)")
    return "; ".join(parts) + "."


def sources_table(table: pd.DataFrame) -> pd.DataFrame:
    """The overview as shown: an address is a link only when it is a plain http(s) one."""
    shown = table.copy()
    shown["url"] = shown["url"].map(safe_url)
    return shown
