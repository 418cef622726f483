"""Evidence in its text, safely: where the evidence sentences are, the text marked, every string escaped.

Article texts, titles and error messages are untrusted: everything that reaches
st.markdown goes through :func:`md_escape` or is built here as escaped HTML.
Used by the Incidents page and the Add-articles preview.  No streamlit import.
"""
from __future__ import annotations

import html
import re
from typing import Any

from geo.maps.popups import source_link
from geo.record import SOURCE_FIELDS
from ui.helptext import field_label


def find_spans(text: str, evidence: str | None) -> list[tuple[int, int]]:
    """Where the evidence sentence(s) occur in the text (pieces joined by " … " are found one by one)."""
    spans = []
    for piece in (evidence or "").split(" … "):
        piece = piece.strip()
        at = text.find(piece) if piece else -1
        if at >= 0:
            spans.append((at, at + len(piece)))
    return spans


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")
#: Every line ending Markdown knows (a lone "\r" is one): a blank line would end an HTML block.
_LINE_BREAK = re.compile(r"\r\n?|\n")
#: Where a bare link or e-mail address would start (see md_escape).
_BARE_LINK = re.compile(r"(?i)\b(?:https?|ftp|www)(?=[:.])|[\w.+-](?=@)")


def md_escape(text: object) -> str:
    """Text safe inside st.markdown/st.error: no markup, no links, no images, no HTML.

    Backslash escapes do not stop GitHub-style bare links ("http://…", "www.…",
    "a@b.org" become links after escapes are read), so an invisible word joiner
    goes before the "://", "." or "@" that would start one.
    """
    text = _BARE_LINK.sub("\\g<0>\u2060", html.escape(str(text), quote=False))
    return _LINE_BREAK.sub(" ", _MD_SPECIAL.sub(r"\\\1", text))


def html_block(inner: str, style: str = "") -> str:
    """HTML for st.markdown(unsafe_allow_html=True) that Markdown leaves alone.

    A line starting with <div> opens an HTML block, which Markdown does not read
    until a blank line; with every line ending turned into <br> there is none.
    ``inner`` must already be escaped HTML.
    """
    attr = f' style="{html.escape(style)}"' if style else ""
    return f"<div{attr}>{_LINE_BREAK.sub('<br>', inner)}</div>"


def source_block(label: str, title: Any, url: Any, document: Any = None, published: Any = None) -> str:
    """One source as an HTML line: label, title (a link only for http(s) URLs), publication date."""
    return html_block(f"<b>{html.escape(label)}</b> {source_link(title, url, document)}"
                      f" · published {html.escape(str(published or 'unknown'))}")


def highlight(text: str, spans: list[tuple[int, int]] | list[list[int]], css: str = "background:#ffe08a") -> str:
    """The text as escaped HTML with the spans wrapped in <mark>; safe for unsafe_allow_html."""
    out, pos = [], 0
    for start, end in sorted((int(s), int(e)) for s, e in spans):
        start, end = max(start, pos), min(end, len(text))
        if end <= start:
            continue
        out += [html.escape(text[pos:start]), f'<mark style="{css}">', html.escape(text[start:end]), "</mark>"]
        pos = end
    out.append(html.escape(text[pos:]))
    return _LINE_BREAK.sub("<br>", "".join(out))


#: Longer texts are shown as the parts around their evidence: a whole multi-megabyte
#: article would freeze the browser, and the evidence is what the reader came for.
SHOW_WHOLE_TEXT = 20_000
CONTEXT_CHARS = 800


def text_excerpt(text: str, spans: list) -> tuple[str, list[tuple[int, int]]]:
    """``text`` and ``spans`` when short; else the windows around the spans joined by "[…]", spans moved."""
    if len(text) <= SHOW_WHOLE_TEXT:
        return text, [(int(a), int(b)) for a, b in spans]
    windows: list[list[int]] = []
    for a, b in sorted((int(a), int(b)) for a, b in spans) or [(0, 0)]:
        lo, hi = max(a - CONTEXT_CHARS, 0), min(b + CONTEXT_CHARS, len(text))
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    spans = sorted((int(a), int(b)) for a, b in spans)
    parts, moved, pos = [], [], 0
    for lo, hi in windows:
        prefix = "[…] " if lo else ""
        piece = prefix + text[lo:hi] + (" […]" if hi < len(text) else "")
        shift = pos + len(prefix) - lo
        moved += [(a + shift, b + shift) for a, b in spans if lo <= a and b <= hi]
        parts.append(piece)
        pos += len(piece) + 2
    return "\n\n".join(parts), moved


def own_figures(fields: dict | None) -> str:
    """One source's own figures in words: "Drones 6, Count is at_least, Date 2026-07-21" (the fields
    ``python -m geo incidents --id`` shows per source, as far as the source states them)."""
    own = [(k, v) for k, v in (fields or {}).items() if k in SOURCE_FIELDS and v is not None]
    return ", ".join(f"{field_label(k)} {v}" for k, v in own)
