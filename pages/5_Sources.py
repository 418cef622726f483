"""Sources: the feeds and Telegram channels known to the store, when each was last fetched, what each gave;
then the pages fetched by their own link, together."""
from __future__ import annotations

import streamlit as st

from ui import helptext, shell
from ui.sources import sources_caption, sources_table


def body() -> None:
    store = shell.store()
    st.title("Sources")
    shell.how_to_read("Sources")
    table = store.feeds_overview()
    if table.empty:
        st.info("No feeds, channels or fetched pages yet. Fetch a feed or a page with `python -m geo fetch "
                "https://example.org/rss.xml`, or read a Telegram channel's export with "
                "`python -m geo ingest result.json`.")
        return
    st.caption(sources_caption(table))
    table = sources_table(table)
    labels = helptext.SOURCE_COLUMNS
    config = {c: st.column_config.Column(label, help=help_) for c, (label, help_) in labels.items()}
    config["url"] = st.column_config.LinkColumn(labels["url"][0], help=labels["url"][1])
    st.dataframe(table, hide_index=True, column_config=config)


shell.run_page("Sources", body)
