"""Leaflet comes from the installed XStatic packages, served locally or inlined; never a CDN."""
from __future__ import annotations

import re

import folium
import pandas as pd

from geo.maps import assets
from geo.maps.view import build_map


def test_links_are_local_static_urls():
    links = assets.js_links() + assets.css_links()
    assert [n for n, _ in assets.js_links()][0] == "leaflet"  # Leaflet loads first
    assert links and all(url.startswith("/app/static/vendor/") for _, url in links)


def test_install_static_copies_the_package_files(tmp_path):
    vendor = assets.install_static(tmp_path / "static")
    for asset in assets.ASSETS:
        copied = vendor / asset.package / asset.path
        assert copied.read_bytes() == assets.source_path(asset).read_bytes()
        # the URL the map uses points at the copied file
        assert assets.local_url(asset).endswith(f"{asset.package}/{asset.path}")
    before = {p: p.stat().st_mtime_ns for p in vendor.rglob("*") if p.is_file()}
    assets.install_static(tmp_path / "static")  # idempotent: nothing rewritten
    assert before == {p: p.stat().st_mtime_ns for p in vendor.rglob("*") if p.is_file()}


def test_inline_head_is_self_contained():
    head = assets.inline_head()
    assert "sourceMappingURL" not in head
    assert "L.version" in head or 'version="1.9' in head  # the real Leaflet build
    assert not re.search(r"url\((?!data:|#)[^)]*\)", head), "CSS still refers to a file"
    assert "data:image/png;base64," in head


def test_map_elements_carry_only_local_assets():
    """Every element that brings scripts/styles (what streamlit-folium loads) points at static/."""
    m = build_map(pd.DataFrame(), None)

    def walk(el):
        yield el
        for child in getattr(el, "_children", {}).values():
            yield from walk(child)

    urls = [u for el in walk(m) if isinstance(el, folium.elements.JSCSSMixin)
            for _, u in list(el.default_js) + list(el.default_css)]
    assert urls and all(u.startswith("/app/static/vendor/") for u in urls)
