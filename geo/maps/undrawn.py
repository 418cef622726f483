"""The incidents a view counts but its map cannot draw, said in words and listed.

An incident with no region (a national or country-wide figure: "air defence shot down 45 of 60
drones") is in the headline numbers but shades no region and is no point.  Every view says how
many there are and why, and lists them, so its numbers add up: counted = drawn + not drawn.
The dashboard, the HTML and the PNG snapshot all use these texts.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from geo.filters import Filters, isolate
from geo.maps.popups import as_int, count_noun, escape
from geo.places.regions import COUNTRY_NAMES

#: Why they are not drawn, in the words every view uses.
REASON = "no region: national or country-wide figures"
#: Incidents listed in an HTML snapshot (all of them are in its CSV).
LIST_ROWS = 200
#: Characters of evidence quoted per listed incident.
EVIDENCE_CHARS = 160


@dataclass(frozen=True)
class Undrawn:
    """How many incidents of a view are not drawn (and their strikes, interceptions, drones), and
    the first LIST_ROWS of them (as :meth:`geo.store.Store.query` gives them)."""

    incidents: int = 0
    strikes: int = 0
    interceptions: int = 0
    drones: int = 0
    rows: pd.DataFrame = field(default_factory=pd.DataFrame)


def read_undrawn(store: Any, filters: Filters, rows: int = LIST_ROWS) -> Undrawn:
    """The undrawn incidents under ``filters`` (two small queries: their total, their first rows)."""
    only = filters.with_(undrawn=True)
    s = store.summary(only)
    listed = store.query(only, limit=rows) if s["incidents"] else pd.DataFrame()
    return Undrawn(s["incidents"], s["strikes"], s["interceptions"], s["drones"], listed)


def undrawn_line(u: Undrawn) -> str:
    """ "Not drawn on the map: 2 incidents (105 drones), no region: national or country-wide figures" ,
    or "" when every incident is drawn."""
    if not u.incidents:
        return ""
    return (f"Not drawn on the map: {count_noun(u.incidents, 'incident')} ({count_noun(u.drones, 'drone')}), "
            f"{REASON}")


def incident_line(row: dict) -> str:
    """One undrawn incident in a line of plain text: date, type, country, drones, evidence."""
    country = COUNTRY_NAMES.get(str(row.get("country") or ""), "country unknown")
    n = as_int(row.get("count"))
    evidence = str(row.get("evidence") or "")
    if len(evidence) > EVIDENCE_CHARS:
        evidence = evidence[:EVIDENCE_CHARS].rsplit(" ", 1)[0] + " …"
    parts = [str(row.get("date") or "undated"), str(row.get("event_type") or ""), country,
             count_noun(n, "drone") if n is not None else "count not stated", f"“{isolate(evidence)}”"]
    return " · ".join(parts)


def undrawn_lines(u: Undrawn, limit: int | None = None) -> list[str]:
    """The listed incidents as lines (the first ``limit``), with "and N more" when some are left out."""
    records = u.rows.to_dict("records") if not u.rows.empty else []
    shown = records if limit is None else records[:limit]
    lines = [incident_line(r) for r in shown]
    if u.incidents > len(shown):
        lines.append(f"… and {u.incidents - len(shown)} more (every one is in the CSV snapshot, with an empty region)")
    return lines


def undrawn_html(u: Undrawn) -> str:
    """An HTML box that says how many incidents are not drawn and why, and lists them (escaped);
    "" when every incident is drawn."""
    if not u.incidents:
        return ""
    items = "".join(f"<li>{escape(line)}</li>" for line in undrawn_lines(u))
    return ('<details id="geo-undrawn" style="position:fixed;bottom:24px;left:10px;z-index:1000;max-width:560px;'
            'max-height:40vh;overflow:auto;background:rgba(255,255,255,.95);padding:6px 10px;'
            'font:12px/1.4 sans-serif;border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.3)">'
            f'<summary style="cursor:pointer">{escape(undrawn_line(u))} (list)</summary>'
            f'<ol style="margin:4px 0 0 18px;padding:0">{items}</ol></details>')
