"""Sources: the feeds and Telegram channels known to the store, when each was last fetched, what each gave."""
from __future__ import annotations

import streamlit as st

from geo.documents.limits import safe_url
from ui import helptext, shell


def body() -> None:
    store = shell.store()
    st.title("Sources")
    shell.how_to_read("Sources")
    table = store.feeds_overview()
    if table.empty:
        st.info("No feeds or channels yet. Fetch a feed with `python -m geo fetch https://example.org/rss.xml`, "
                "or read a Telegram channel's export with `python -m geo ingest result.json`.")
        return
    table["url"] = table["url"].map(safe_url)  # shown as a link only when it is a plain http(s) address
    st.caption(f"{len(table)} feeds and channels; {int(table['documents'].sum()):,} articles from them.")
    labels = helptext.SOURCE_COLUMNS
    config = {c: st.column_config.Column(label, help=help_) for c, (label, help_) in labels.items()}
    config["url"] = st.column_config.LinkColumn(labels["url"][0], help=labels["url"][1])
    st.dataframe(table, hide_index=True, column_config=config)


shell.run_page("Sources", body)
