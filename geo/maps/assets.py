"""Leaflet's JavaScript and CSS, taken from the installed XStatic packages.

folium points every map at CDNs; the atlas must work with no network.  So the
files come from the XStatic wheels listed in requirements.txt (never copied
into the repository): the dashboard serves copies under ``static/vendor/``
(Streamlit's static folder, ``/app/static/...``) and the HTML export inlines
their text so the file opens offline.
"""
from __future__ import annotations

import base64
import importlib
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from geo.errors import UserError

#: URL prefix under which Streamlit serves ``static/`` next to app.py.
STATIC_URL = "/app/static/vendor"


@dataclass(frozen=True)
class Asset:
    """One file of an XStatic package that the maps load."""

    name: str      # folium-style resource name (unique)
    package: str   # xstatic.pkg.<package>
    path: str      # path inside the package's data folder
    kind: str      # "js" or "css"


#: Load order matters: scripts run in this order.  Incident points are one
#: layer of circle markers, so no cluster plugin is needed.
ASSETS: tuple[Asset, ...] = (
    Asset("leaflet", "leaflet", "leaflet.js", "js"),
    Asset("leaflet_css", "leaflet", "leaflet.css", "css"),
)

#: Extra files the CSS refers to (Leaflet's control images).
IMAGES: tuple[tuple[str, str], ...] = (
    ("leaflet", "images/layers.png"),
    ("leaflet", "images/layers-2x.png"),
    ("leaflet", "images/marker-icon.png"),
)

_SOURCE_MAP = re.compile(r"\n?/[/*][#@] sourceMappingURL=[^\n]*")
_CSS_URL = re.compile(r"url\((images/[\w.\-]+)\)")


def package_dir(package: str) -> Path:
    """The data folder of an installed XStatic package (clear error if missing)."""
    try:
        mod = importlib.import_module(f"xstatic.pkg.{package}")
    except ImportError:
        raise UserError(
            f"the XStatic package for {package!r} is not installed; run pip install -r requirements.txt"
        ) from None
    return Path(mod.BASE_DIR)


def source_path(asset: Asset) -> Path:
    """Where the asset's file lies inside its installed package."""
    return package_dir(asset.package) / asset.path


def local_url(asset: Asset) -> str:
    """The URL under which the dashboard serves the asset."""
    return f"{STATIC_URL}/{asset.package}/{asset.path}"


def js_links() -> list[tuple[str, str]]:
    """(name, local URL) of every script, in load order (folium's ``default_js`` shape)."""
    return [(a.name, local_url(a)) for a in ASSETS if a.kind == "js"]


def css_links() -> list[tuple[str, str]]:
    """(name, local URL) of every stylesheet (folium's ``default_css`` shape)."""
    return [(a.name, local_url(a)) for a in ASSETS if a.kind == "css"]


def install_static(static_dir: Path) -> Path:
    """Copy the assets into ``static_dir/vendor`` (idempotent); returns that folder.

    Called at dashboard start; the copies are git-ignored build output.
    """
    vendor = Path(static_dir) / "vendor"
    files = [(a.package, a.path) for a in ASSETS] + list(IMAGES)
    for package, rel in files:
        src = package_dir(package) / rel
        dst = vendor / package / rel
        if dst.exists() and dst.stat().st_size == src.stat().st_size:
            continue
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dst)
    return vendor


def _data_uri(package: str, rel: str) -> str:
    data = (package_dir(package) / rel).read_bytes()
    return "data:image/png;base64," + base64.b64encode(data).decode("ascii")


def inline_text(asset: Asset) -> str:
    """The asset's text ready to inline: no source-map comment, images as data URIs."""
    text = _SOURCE_MAP.sub("", source_path(asset).read_text(encoding="utf-8"))
    if asset.kind == "css":
        text = _CSS_URL.sub(lambda m: f"url({_data_uri(asset.package, m.group(1))})", text)
    return text


def inline_head() -> str:
    """``<style>``/``<script>`` tags holding every asset, for a self-contained page."""
    parts = []
    for a in ASSETS:
        body = inline_text(a).replace("</script", "<\\/script").replace("</style", "<\\/style")
        tag = "script" if a.kind == "js" else "style"
        parts.append(f"<{tag}>/* {a.package}/{a.path} */\n{body}\n</{tag}>")
    return "\n".join(parts)
