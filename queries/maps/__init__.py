"""Maps of the ESS graph: an interactive network map and a geographic map.

Both write one self-contained HTML file that works offline.
"""
from .network_map import MapStats, render_map
from .geo_map import GeoMapStats, render_geomap

__all__ = ["MapStats", "render_map", "GeoMapStats", "render_geomap"]
