"""HTML and PNG snapshots: self-contained, same numbers as the store, titled and credited."""
from __future__ import annotations

import io
import json
import re
from html.parser import HTMLParser

import matplotlib.image as mpimg
import pytest

from geo import exports
from geo.filters import Filters
from geo.maps import metrics
from geo.store import open_store
from support import sample_store


@pytest.fixture
def store(tmp_path):
    s = open_store(sample_store.build(tmp_path / "sample.db"))
    yield s
    s.close()


class _Loaded(HTMLParser):
    """Every URL the page would fetch: script/img/iframe src, link href."""

    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "img", "iframe", "audio", "video", "source", "embed") and a.get("src"):
            self.urls.append(a["src"])
        if tag == "link" and a.get("href"):
            self.urls.append(a["href"])


def _html(store, filters, **options) -> str:
    buf = io.BytesIO()
    exports.write("html", store, filters, buf, **options)
    return buf.getvalue().decode("utf-8")


def test_html_is_one_self_contained_file(store, tmp_path):
    out = tmp_path / "map.html"
    exports.write("html", store, Filters(), str(out))
    page = out.read_text(encoding="utf-8")
    parser = _Loaded()
    parser.feed(page)
    assert parser.urls == [], f"the page loads files: {parser.urls}"
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page.split("<script>/* leaflet")[0])
    assert not re.search(r"url\(\s*['\"]?https?:", page)
    assert "L.map(" in page and "/* leaflet/leaflet.js */" in page  # Leaflet itself is inline


def test_html_title_carries_filters_dates_time_and_credits(store):
    f = Filters(regions=("RU-KRS",), types=("strike",))
    page = _html(store, f, title="Kursk strikes")
    caption = re.sub(r"<[^>]+>", "\n", page[page.index('id="geo-title"'):])
    assert "Kursk strikes" in caption
    assert f.describe() in caption
    assert "incidents dated 2025-05-03 to 2025-05-03" in caption  # the one Kursk strike
    assert re.search(r"Exported \d{4}-\d\d-\d\d \d\d:\d\d UTC", caption)
    assert "geoBoundaries" in caption and "GeoNames" in caption


def test_html_numbers_are_the_stores(store):
    page = _html(store, Filters(), metric="drones")
    info = json.loads(re.search(r"var info = (\{.*?\});\n", page).group(1))
    rc = store.region_counts(Filters()).set_index("region")
    for code, row in rc.iterrows():
        tip = re.sub(r"<[^>]+>", " ", info[code]["tip"])
        assert f"Strikes: {row.strikes} · Interceptions: {row.interceptions}" in tip
        bins = metrics.classes(metrics.region_values(rc.reset_index(), "drones").values())
        assert info[code]["fill"] == metrics.colour_for(row.drones_strike + row.drones_interception, bins)
    assert info["RU-ARK"]["fill"] == metrics.ZERO_FILL


def test_html_escapes_article_text(store):
    page = _html(store, Filters())
    assert sample_store.HOSTILE not in page
    assert "<script>alert" not in page and "javascript:alert" not in page


def test_template_code_in_a_title_or_search_is_printed_not_run(store):
    """branca compiles page parts as Jinja templates; the title and the search come from users."""
    page = _html(store, Filters(text="{{7*7777}}", include_undated=True), title="{% if 1 %}T{% endif %} {{ 6*7777 }}")
    title = page.split('id="geo-title"')[1].split("</div></div>")[0]
    assert "{% if 1 %}T{% endif %} {{ 6*7777 }}" in title and "&quot;{{7*7777}}&quot;" in title
    assert "46662" not in title and "54439" not in title  # not numbers a clock or date can hold


def test_png_is_a_titled_map_of_the_selection(store, tmp_path):
    out = tmp_path / "map.png"
    exports.write("png", store, Filters(), str(out), metric="both")
    img = mpimg.imread(out)
    assert img.shape[0] > 600 and img.shape[1] > 800
    buf = io.BytesIO()
    exports.write("png", store, Filters(regions=("RU-MOS",)), buf)
    assert buf.getvalue()[:8] == b"\x89PNG\r\n\x1a\n" and buf.getvalue() != out.read_bytes()


def test_unknown_metric_is_a_clear_error(store):
    with pytest.raises(ValueError, match="unknown metric"):
        _html(store, Filters(), metric="casualties")


def test_png_title_is_printed_literally(store):
    buf = io.BytesIO()
    exports.write("png", store, Filters(text="$x"), buf, title=r"Costs $x^{$ and $6$")  # "$x^{$" breaks math mode
    assert buf.getvalue()[:4] == b"\x89PNG"
