"""Online map tiles (OpenStreetMap), and what the map says when they cannot load.

Tiles are the one online part of the map: off by default, switched on only by the viewer (a
shared link never does, see ``ui.view_state.tiles_asked``).  Without a network every tile fails
quietly in Leaflet; :class:`TileFailureNotice` turns the first failure into a line on the map, so
the viewer knows the offline map is what they see.
"""
from __future__ import annotations

import json

import folium
from branca.element import MacroElement
from jinja2 import Template

#: What the map says when a tile could not load (also the element's text for the tests).
TILES_FAILED = "Map tiles could not load (no connection to the tile server): the offline map is shown."


class TileFailureNotice(MacroElement):
    """A box in the map's corner, shown on the first tile that fails to load (Leaflet's tileerror)."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function (layer) {
            var shown = false;
            layer.on('tileerror', function () {
                if (shown || !layer._map) { return; }
                shown = true;
                var box = L.control({position: 'topright'});
                box.onAdd = function () {
                    var div = L.DomUtil.create('div', 'geo-tile-error');
                    div.setAttribute('role', 'alert');
                    div.style.cssText = 'background:#fff3cd;border:1px solid #d4a72c;border-radius:4px;'
                        + 'padding:4px 8px;font:12px/1.4 sans-serif;max-width:260px';
                    div.textContent = {{ this.message }};
                    return div;
                };
                box.addTo(layer._map);
            });
        })({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, message: str = TILES_FAILED) -> None:
        super().__init__()
        self._name = "TileFailureNotice"
        self.message = json.dumps(message)


def online_tiles(url: str, attribution: str, max_zoom: int) -> folium.TileLayer:
    """An OpenStreetMap tile layer that says so on the map when its tiles cannot load."""
    layer = folium.TileLayer(url, attr=attribution, name="OpenStreetMap", max_zoom=max_zoom)
    layer.add_child(TileFailureNotice())
    return layer
