"""An official's region from the title written before the name, over the names table's: officials change
posts ("начальник Одеської міської військової адміністрації Сергій Лисак" once headed another oblast)."""
from __future__ import annotations

from geo.extract.draft import LOOKBACK
from geo.extract.lexicon import Lexicon


def titled_region(lex: Lexicon, low: str, start: int, region: str) -> str:
    """The region of the city whose own administration the title before ``start`` names, else ``region``."""
    m = lex.official_city.search(low, max(0, start - LOOKBACK), start)
    if m is None:
        return region
    adjective = m.group("adj")
    capitals = {**lex.regional_centre[1], **lex.city_regions}
    for code, city in capitals.items():
        if adjective.startswith(city.lower()[:min(6, len(city) - 1)]):  # "одеської" <- "Одеса", "київської" <- "Київ"
            return code
    return region
