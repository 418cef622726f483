"""Who says so: the claimant an incident's evidence names, and the outlet that published a source.

The claimant categories are data (:data:`CATEGORIES`): a key stored in the store and used in URLs
(``claimant=ru_mod``) and on the command line (``--claimant ru_mod``), the label shown to users,
the side (RU, UA or none) and whether the claimant is an official of a side: what an official of
either side says is shown as a claim, never as a fact.  The cues that find a claimant in a text are
in the lexicons (``[claimants]``) and are read by :mod:`geo.extract.claimant`.  No regex here: the
store, the filters, the map and the exports import this module without the extractor.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Category:
    """One kind of claimant."""

    key: str
    label: str
    side: str | None  # "RU", "UA" or None (media, witnesses, an official of unknown side)
    official: bool


#: Every claimant category, in the order of precedence: when one stretch of text names several,
#: the first one here wins (an official quoted by an outlet is the claimant, not the outlet).
CATEGORIES: tuple[Category, ...] = (
    Category("ru_mod", "RU MoD", "RU", True),
    Category("ua_air_force", "UA Air Force", "UA", True),
    Category("ua_general_staff", "UA General Staff", "UA", True),
    Category("ua_military", "UA military", "UA", True),
    Category("ru_regional", "RU regional official", "RU", True),
    Category("ua_regional", "UA regional official", "UA", True),
    Category("regional", "regional official", None, True),
    Category("ru_official", "RU other official", "RU", True),
    Category("ua_official", "UA other official", "UA", True),
    Category("ru_state_media", "RU state media", "RU", False),
    Category("media", "media", None, False),
    Category("witnesses", "witnesses", None, False),
)
BY_KEY: dict[str, Category] = {c.key: c for c in CATEGORIES}
#: Lexicon keys whose side is the incident's country: a governor or mayor speaks of their own region.
BY_COUNTRY: dict[str, dict[str, str]] = {"regional": {"RU": "ru_regional", "UA": "ua_regional"}}
#: The filter value for incidents whose evidence names no claimant.
UNNAMED = "none"
UNNAMED_LABEL = "not named"
#: How an official's word is marked wherever a claimant is shown.
CLAIM_MARK = " (claim)"
SEPARATOR = ", "


def known(keys: Iterable[str]) -> list[str]:
    """The known claimant keys (or :data:`UNNAMED`) among ``keys``, in category order; labels
    ("RU MoD") and any case are accepted, so a CLI user may type what the dashboard shows."""
    wanted = {_normal(k) for k in keys if k}
    out = [c.key for c in CATEGORIES if c.key in wanted or _normal(c.label) in wanted]
    return out + [UNNAMED] if UNNAMED in wanted or _normal(UNNAMED_LABEL) in wanted else out


def unknown(keys: Iterable[str]) -> list[str]:
    """The values among ``keys`` that name no claimant category (for a one-line CLI error)."""
    names = {c.key for c in CATEGORIES} | {_normal(c.label) for c in CATEGORIES} | {UNNAMED, _normal(UNNAMED_LABEL)}
    return [k for k in keys if k and _normal(k) not in names]


def _normal(value: str) -> str:
    return " ".join(str(value).casefold().replace("_", " ").split()).replace(" ", "_")


def ordered(keys: Iterable[Any]) -> list[str]:
    """Distinct known keys in category order (the incidents.claimants column and every display)."""
    seen = {str(k) for k in keys if k}
    return [c.key for c in CATEGORIES if c.key in seen]


def join(keys: Iterable[Any]) -> str | None:
    """The incidents.claimants cell: keys in category order joined by ",", None when none."""
    found = ordered(keys)
    return ",".join(found) or None


def split(cell: Any) -> list[str]:
    """The keys of an incidents.claimants cell (None, NaN and "" give none)."""
    return ordered(str(cell).split(",")) if isinstance(cell, str) else []


def label(key: Any, mark_claims: bool = True) -> str:
    """"RU MoD (claim)" for an official of either side, "media" otherwise; "" for no claimant."""
    category = BY_KEY.get(str(key)) if key else None
    if category is None:
        return ""
    return category.label + (CLAIM_MARK if mark_claims and category.official else "")


def describe(cell: Any, mark_claims: bool = True) -> str:
    """An incident's claimants as one line: "RU MoD (claim), media"; "" when its evidence names none."""
    return SEPARATOR.join(label(k, mark_claims) for k in split(cell))


def sides(cell: Any) -> str:
    """The sides whose officials the claimants are ("RU", "RU, UA"); "" when none."""
    found = {BY_KEY[k].side for k in split(cell) if BY_KEY[k].official and BY_KEY[k].side}
    return SEPARATOR.join(s for s in ("RU", "UA") if s in found)


def filter_label(key: str) -> str:
    """A filter option as the sidebar shows it."""
    return UNNAMED_LABEL if key == UNNAMED else label(key)


def filter_options() -> list[str]:
    """The sidebar's claimant options: every category, then "not named"."""
    return [c.key for c in CATEGORIES] + [UNNAMED]


# -- outlets --------------------------------------------------------------------------------------

#: "Drones hit Kursk - Reuters", "… | Kyiv Independent": a short last part of a title is its outlet.
_TITLE_TAIL = re.compile(r"\s(?:\||[-–—]|::)\s+(?P<outlet>[^|–—:]{2,40})\s*$")
_OUTLET_WORDS = 5


def outlet(site: Any, url: Any, title: Any = None) -> str | None:
    """Who published a source: the site's own name (fetched pages, Telegram channels), else the
    host of its URL without "www.", else the short last part of its title ("… - Reuters"), else None
    (pasted text without a title or address)."""
    for value in (site, _host(url), _title_outlet(title)):
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _host(url: Any) -> str | None:
    if not isinstance(url, str) or "://" not in url:
        return None
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return None
    return host.removeprefix("www.") or None


def _title_outlet(title: Any) -> str | None:
    """The outlet a title ends with: a few words that start with a capital and hold no digit."""
    if not isinstance(title, str):
        return None
    m = _TITLE_TAIL.search(title)
    if not m:
        return None
    name = m.group("outlet").strip()
    fits = name[:1].isupper() and not any(ch.isdigit() for ch in name) and len(name.split()) <= _OUTLET_WORDS
    return name if fits else None
