"""An incident placed by ``geo.geocode.place`` from a few fields, as the geocoding tests build them."""
from __future__ import annotations

from typing import Any, cast

from geo.geocode import place
from geo.geocode.base import Geocoder
from geo.geocode.gazetteer import bundled_geocoder
from geo.record import Extras, Incident


def placed(settlement: str | None = None, region: str | None = None, country: str | None = None,
           geocoder: Geocoder | None = None, **extras: Any) -> Incident:
    """A strike named by these fields (``extras`` such as ``near`` or ``district``), placed by ``geocoder``
    (the bundled gazetteer when none)."""
    inc = Incident("strike", settlement=settlement, region=region, country=country,
                   evidence="x", extras=cast(Extras, dict(extras)))
    return place(inc, geocoder or bundled_geocoder())
