"""Exports of the incidents that a set of filters selects.

Every format is a module here with ``write(store, filters, out, **options) -> None``
where ``out`` is a path or a binary file object; the CLI (``python -m geo export``)
and the dashboard's snapshot buttons both call :func:`write`, so their files match.
"""
from __future__ import annotations

import importlib
from typing import Any

#: format name -> (module, file extension, MIME type)
FORMATS: dict[str, tuple[str, str, str]] = {
    "csv": ("geo.exports.csv_export", ".csv", "text/csv"),
    "acled": ("geo.exports.csv_export", ".csv", "text/csv"),
    "geojson": ("geo.exports.geojson_export", ".geojson", "application/geo+json"),
    "html": ("geo.exports.html_export", ".html", "text/html"),
    "png": ("geo.exports.png_export", ".png", "image/png"),
    "gpkg": ("geo.exports.gpkg_export", ".gpkg", "application/geopackage+sqlite3"),
    "trends": ("geo.exports.trends_export", ".csv", "text/csv"),
}


def write(fmt: str, store: Any, filters: Any, out: Any, **options: Any) -> None:
    """Write ``fmt`` for ``filters`` from ``store`` to ``out`` (path or binary file)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    module = importlib.import_module(FORMATS[fmt][0])
    module.write(store, filters, out, fmt=fmt, **options)
