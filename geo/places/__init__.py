"""Place data: the region registry and polygons, region mentions in text, the settlement gazetteer, name folding.

Import from the modules (:mod:`geo.places.regions`, :mod:`geo.places.polygons`,
:mod:`geo.places.mentions`, :mod:`geo.places.gazetteer`, :mod:`geo.places.names`).
"""
