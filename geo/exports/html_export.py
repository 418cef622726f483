"""The map as ONE self-contained HTML file: it opens offline, loads nothing.

Same map as the dashboard (:mod:`geo.maps.view`);
Leaflet's JavaScript and CSS are inlined from the installed XStatic packages.
"""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, BinaryIO

from geo.exports.common import write_bytes
from geo.filters import Filters
from geo.maps import assets
from geo.maps.layers import Verbatim, page_of
from geo.maps.view import View, load, map_for, title_lines


def title_block(lines: list[str]) -> str:
    """A caption box over the map: title, filters, dates, export time, credits (escaped)."""
    title, *rest = [html.escape(s) for s in lines]
    body = "".join(f'<div style="margin-top:2px">{s}</div>' for s in rest[:-1])
    return ('<div id="geo-title" style="position:fixed;top:10px;left:60px;right:10px;z-index:1000;'
            'background:rgba(255,255,255,.92);padding:6px 10px;font:13px/1.4 sans-serif;'
            'border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.3);max-width:900px">'
            f'<div style="font-size:16px;font-weight:bold">{title}</div>{body}'
            f'<div style="margin-top:4px;font-size:11px;color:#555">{rest[-1]}</div></div>')


def render(view: View, title: str | None = None, tiles: bool = False) -> str:
    """The page's HTML text."""
    m = map_for(view, tiles=tiles)
    m.default_js, m.default_css = [], []
    root = page_of(m)
    root.header.add_child(Verbatim(assets.inline_head()), name="geo_inline_assets")
    root.html.add_child(Verbatim(title_block(title_lines(view, title))), name="geo_title")
    return root.render()


def write(store: Any, filters: Filters, out: str | Path | BinaryIO, fmt: str = "html",
          metric: str = "both", title: str | None = None, tiles: bool = False, **_: Any) -> None:
    """Write the HTML snapshot of ``filters`` to a path or binary file."""
    data = render(load(store, filters, metric), title, tiles).encode("utf-8")
    write_bytes(out, data)
