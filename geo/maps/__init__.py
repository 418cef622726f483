"""The incident map, in one package for the dashboard and the HTML/PNG exports.

- :mod:`geo.maps.metrics`: what a map counts, its classes and colours;
- :mod:`geo.maps.popups`: the HTML texts on the map (popups, tooltips, legend), escaped;
- :mod:`geo.maps.points`: the places a map draws and their marker rows;
- :mod:`geo.maps.layers`: the folium/branca elements (regions, points, legend, map behaviour);
- :mod:`geo.maps.view`: the view of a set of filters, and the folium map built from it;
- :mod:`geo.maps.assets`: Leaflet from the XStatic package, served locally or inlined.
"""
