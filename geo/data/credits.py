"""The data credits, read from ``ATTRIBUTION.md``: the one source for the map, the exports and the About page."""
from __future__ import annotations

import re

from geo.data.paths import ATTRIBUTION_PATH

#: A credit's licence as ATTRIBUTION.md words it.
_LICENCE = re.compile(r"CC BY [\d.]+|public domain|LGPL-[\d.]+")


def credits() -> list[str]:
    """The credit lines of geo/data/ATTRIBUTION.md (its bullet list, one string per source)."""
    items: list[str] = []
    for line in ATTRIBUTION_PATH.read_text(encoding="utf-8").splitlines():
        if line.startswith("- "):
            items.append(line[2:].strip())
        elif items and line.startswith("  ") and line.strip():
            items[-1] += " " + line.strip()
    return items


def short_credits() -> str:
    """One short line for a map corner: each source's name and licence, from ATTRIBUTION.md.

    "Region boundaries ...: geoBoundaries: Runfola ..., CC BY 4.0 (...)" gives
    "geoBoundaries (CC BY 4.0)": the name is what follows the first colon.
    """
    parts = []
    for item in credits():
        name = re.split(r":|,| \(", item.split(": ", 1)[-1], maxsplit=1)[0].strip()
        licence = _LICENCE.search(item)
        parts.append(f"{name} ({licence.group(0)})" if licence else name)
    return " · ".join(parts)


def attribution() -> str:
    """All credits in one line, for file headers and metadata members."""
    return " ".join(credits())


def attribution_markdown() -> str:
    """ATTRIBUTION.md without its title line, for a page that has its own heading."""
    return ATTRIBUTION_PATH.read_text(encoding="utf-8").split("\n", 1)[1]
