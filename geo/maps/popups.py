"""The map's HTML texts: point popups, tooltips of points and regions, the legend.

All article-derived text is HTML-escaped here, before it reaches Leaflet, and its braces
become entities (see :func:`escape`).
"""
from __future__ import annotations

import html
import re
from typing import Any

from geo import claimants
from geo.documents.limits import safe_url
from geo.filters import has_bidi
from geo.maps.metrics import METRICS, POINT_OUTLINE, TYPE_COLOURS, ZERO_FILL, colour_for
from geo.places.names import transliterate
from geo.places.regions import regions
from geo.values import is_blank, is_missing

#: Characters of evidence quoted in a popup (the whole text is on the Incidents page).
POPUP_EVIDENCE = 240
#: Sources linked per incident in a popup.
POPUP_SOURCES = 2
#: Where a popup sends the reader for the incidents it leaves out: on the dashboard, and in a saved
#: HTML snapshot (which has no list below the map and no Incidents page).
MORE_ON_DASHBOARD = "click the point, then see the list below the map, or the Incidents page"
MORE_IN_SNAPSHOT = "every incident is in the CSV and GeoJSON snapshots and on the dashboard's Incidents page"

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_WORD_START = re.compile(r"(^|[\s\-(])(\w)")
#: Braces as HTML entities: branca reads a rendered layer again as a Jinja template, where
#: "{{ ... }}" in article text would run (the browser shows the entities as braces).
_BRACES = str.maketrans({"{": "&#123;", "}": "&#125;"})


def escape(value: Any) -> str:
    """Text as HTML that neither the browser nor a Jinja template reads as markup."""
    return html.escape("" if value is None else str(value), quote=True).translate(_BRACES)


def user_html(value: Any) -> str:
    """Escaped user text (a title, a place, evidence), in a <bdi> when it holds bidirectional
    controls or right-to-left letters: they then act inside it only, never on the words around it."""
    text = "" if value is None else str(value)
    return f"<bdi>{escape(text)}</bdi>" if has_bidi(text) else escape(text)


def count_noun(n: int, noun: str) -> str:
    """ "1 incident", "2 incidents": a count with its noun in the right number."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def as_int(value: Any) -> int | None:
    """A store cell as an int; None for a missing cell (None, NaN, NA) or a non-number."""
    if is_missing(value):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def display_name(name: Any, latin: Any = None) -> str:
    """A place name as written, with its Latin form after a Cyrillic one: "Шебекино (Shebekino)".

    ``latin`` is the store's own transliteration when it has one; otherwise
    :func:`geo.names.transliterate`, with each word capitalised.  Plain text (not escaped).
    """
    if is_blank(name):
        return ""
    name = str(name)
    if not _CYRILLIC.search(name):
        return name
    if not latin or not isinstance(latin, str):
        latin = _WORD_START.sub(lambda m: m.group(1) + m.group(2).upper(), transliterate(name))
    return f"{name} ({latin})"


def link_url(url: Any) -> str | None:
    """The URL if it may become a link (http or https with a host), else None (see geo.documents.limits.safe_url).

    ``javascript:``, ``data:``, relative and odd URLs are shown as text only.
    """
    return safe_url(url)


def source_label(title: Any, url: Any) -> str:
    """What a source is called: its title, else its address, else "untitled document" (never "nan"
    for an empty cell, never the document's hash)."""
    return next((str(v).strip() for v in (title, url) if not is_blank(v)), "untitled document")


def source_link(title: Any, url: Any, document: Any = None, outlet: Any = None) -> str:
    """Escaped source label (isolated, see user_html), then its outlet when the title does not
    already say it; a link only for http(s) URLs."""
    label = user_html(source_label(title, url))
    u = link_url(None if is_blank(url) else url)
    if u:
        label = f'<a href="{escape(u)}" target="_blank" rel="noopener noreferrer">{label}</a>'
    if not is_blank(outlet) and str(outlet) not in source_label(title, url):
        label += f" ({user_html(outlet)})"
    return label


def claimed_by(cell: Any) -> str:
    """ "claimed by: RU MoD (claim), media" for an incident's claimants cell; "" when none is named."""
    who = claimants.describe(None if is_blank(cell) else cell)
    return f"claimed by: {who}" if who else ""


def region_tooltip(code: str, counts: dict[str, int]) -> str:
    """Tooltip HTML of one region: "[CODE] name", its names in Russian and Ukrainian, its counts."""
    r = regions()[code]
    return (f"<b>[{escape(code)}] {escape(r.name_en)}</b><br>{escape(r.name_ru)} · {escape(r.name_uk)}<br>"
            f"Strikes: {counts.get('strikes', 0)} · Interceptions: {counts.get('interceptions', 0)}<br>"
            f"Drones: {counts.get('drones_strike', 0)} in strikes, "
            f"{counts.get('drones_interception', 0)} intercepted")


def _text(row: dict, key: str) -> str:
    """A text field of a store row; "" when missing (pandas gives NaN or NA for an empty cell)."""
    value = row.get(key)
    return "" if is_missing(value) else str(value)


def _when(row: dict) -> str:
    d, e = _text(row, "date"), _text(row, "date_end")
    if not d:
        return "date unknown"
    return f"{d} – {e}" if e and e != d else str(d)


def _count_text(row: dict) -> str:
    n = as_int(row.get("count"))
    if n is None:
        return "count not stated"
    q = {"at_least": "at least ", "approximate": "about "}.get(row.get("count_qualifier") or "", "")
    return f"{q}{n} drone{'s' if n != 1 else ''}"


def _casualties(row: dict) -> str:
    parts = [f"{label}: {v}" for label, v in (("killed", as_int(row.get("killed"))),
                                               ("injured", as_int(row.get("injured")))) if v is not None]
    return ", ".join(parts) or "casualties not stated"


def incident_popup_row(row: dict, sources: list[dict]) -> str:
    """One incident in a popup: date, type, count, casualties, target, evidence, sources."""
    place = display_name(_text(row, "settlement"), _text(row, "settlement_latin")) or _text(row, "region_name")
    head = f"<b>{escape(_when(row))} · {escape(_text(row, 'event_type'))}</b> · {user_html(place)}"
    lines = [head, f"{escape(_count_text(row))}; {escape(_casualties(row))}"]
    if _text(row, "target"):
        lines.append(f"target: {user_html(_text(row, 'target'))}")
    if _text(row, "evidence"):
        evidence = _text(row, "evidence")
        if len(evidence) > POPUP_EVIDENCE:
            evidence = evidence[:POPUP_EVIDENCE].rsplit(" ", 1)[0] + " …"
        lines.append(f"<i>“{user_html(evidence)}”</i>")
    if claimed_by(row.get("claimants")):
        lines.append(escape(claimed_by(row.get("claimants"))))
    if sources:
        more = f" and {len(sources) - POPUP_SOURCES} more" if len(sources) > POPUP_SOURCES else ""
        lines.append("sources: " + "; ".join(
            source_link(s.get("title"), s.get("url"), s.get("document"), s.get("outlet"))
            for s in sources[:POPUP_SOURCES]) + more)
    return "<br>".join(lines)


def place_name(place: dict) -> str:
    """The place as a popup or tooltip names it (plain text)."""
    return display_name(place.get("settlement"), place.get("settlement_latin")) or place.get("region_name") or "incident"


def place_popup_head(place: dict) -> str:
    """A place's popup without incident details: name, counts, first and last day."""
    n, s = int(place["n"]), int(place["strikes"])
    when = place.get("first") or "undated"
    if place.get("last") and place.get("last") != place.get("first"):
        when = f"{when} – {place['last']}"
    return (f"<b>{user_html(place_name(place))}</b><br>{count_noun(n, 'incident')}: {count_noun(s, 'strike')},"
            f" {count_noun(n - s, 'interception')}<br>{escape(when)}")


def place_tooltip(place: dict) -> str:
    """A point's tooltip: the place, its counts and its coordinates."""
    n, s = int(place["n"]), int(place["strikes"])
    return (f"Incidents at {user_html(place_name(place))}: {n} ({count_noun(s, 'strike')}, "
            f"{count_noun(n - s, 'interception')})"
            f" · {float(place['lat']):.4f}, {float(place['lon']):.4f}")


def legend_html(metric: str, bins: list[tuple[int, int]], hidden: int = 0) -> str:
    """The legend's inner HTML: metric, colour classes, point colours."""
    sw = ('<span style="display:inline-block;width:14px;height:10px;margin-right:4px;'
          'border:1px solid #999;background:{}"></span>')
    dot = ('<span style="display:inline-block;width:10px;height:10px;border-radius:50%;'
           f'box-sizing:border-box;border:1.5px solid {POINT_OUTLINE};margin-right:4px;background:{{}}"></span>')
    rows = [f"<b>{escape(METRICS[metric].label)}</b>", sw.format(ZERO_FILL) + "0"]
    for lo, hi in bins:
        rows.append(sw.format(colour_for(hi, bins)) + (f"{lo}" if lo == hi else f"{lo}–{hi}"))
    rows += [dot.format(TYPE_COLOURS["strike"]) + "strike location",
             dot.format(TYPE_COLOURS["interception"]) + "interception location",
             dot.format(TYPE_COLOURS["mixed"]) + "both"]
    if hidden:
        rows.append(f"<i>{count_noun(hidden, 'incident')} not drawn as points (point cap; counted in the shading)</i>")
    return "<br>".join(rows)
