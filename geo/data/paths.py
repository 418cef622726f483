"""Where the bundled data files are: the one module that knows their paths.

Every reader of the bundled data imports its path from here, so moving a file
is a change in one place.  ``python -m geo.data build`` writes the same file
names into the folder it is given.
"""
from __future__ import annotations

from pathlib import Path

#: The folder of the bundled data (this package).
DATA_DIR = Path(__file__).resolve().parent
#: Full region polygons (spatial joins, PNG maps) and their properties (codes, names).
REGIONS_PATH = DATA_DIR / "regions.geojson"
#: The simplified copy of the polygons drawn in the browser.
REGIONS_WEB_PATH = DATA_DIR / "regions_web.geojson"
#: Settlements with Latin and Cyrillic names.
GAZETTEER_PATH = DATA_DIR / "gazetteer.parquet"
#: The gazetteer's precomputed name keys.
NAME_KEYS_PATH = DATA_DIR / "name_keys.parquet"
#: How texts name the regions (one alias a line).
ALIASES_PATH = DATA_DIR / "region_aliases.tsv"
#: The data credits and licences.
ATTRIBUTION_PATH = DATA_DIR / "ATTRIBUTION.md"

#: The language data folder, beside this one.
LEXICON_DIR = DATA_DIR.parent / "lexicons"
#: Case forms and region words of Russian/Ukrainian (and English) region names.
REGION_FORMS_PATH = LEXICON_DIR / "region_forms.toml"
#: The atlas layers: state borders, region label points and boxes, major cities (geo/data/basemap.py).
BASEMAP_PATH = DATA_DIR / "basemap.json"
#: Outlines of the neighbouring countries (Natural Earth), drawn as plain land.
NEIGHBOURS_PATH = DATA_DIR / "neighbours_web.geojson"
