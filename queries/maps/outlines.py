"""Official boundary outlines shipped with essgraph, and the plane geometry the maps need.

The files are trimmed derivatives of IGN ADMIN EXPRESS COG 2018 (via the france-geojson
project, Licence Ouverte 2.0): see loaders/cog/data/LICENSE-france-geojson.md and
scripts/make_region_outlines.py, which writes them. Each is a GeoJSON FeatureCollection in
WGS 84 with properties ``code`` (INSEE), ``nom`` and ``anchor`` ([lon, lat], a point inside
the largest polygon, where the map puts that territory's aggregate marker).

Pure Python on purpose: the map must render where numpy/shapely are absent.
"""
from __future__ import annotations

import heapq
import json
import math
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional, Sequence

DATA_DIR = Path(__file__).resolve().parents[2] / "loaders" / "cog" / "data"
FILES = {"region": DATA_DIR / "regions_outline.geojson",
         "departement": DATA_DIR / "departements_outline.geojson"}

Ring = Sequence[Sequence[float]]      # [[lon, lat], ...], closed
Polygon = Sequence[Ring]              # outer ring, then holes


@lru_cache(maxsize=4)
def load(level: str) -> Optional[dict]:
    """The shipped outline FeatureCollection for "region" or "departement", or None when the
    file is absent. Cached: do not mutate it."""
    path = FILES.get(level)
    if path is None or not path.exists():
        return None
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def features_by_code(level: str) -> dict[str, dict]:
    fc = load(level)
    return {f["properties"]["code"]: f for f in fc["features"]} if fc else {}


def anchor(level: str, code: str) -> Optional[tuple[float, float]]:
    """(lat, lon) of the stored point inside a région's (or département's) polygon, else None
    (no file, or a territory it does not cover, e.g. overseas)."""
    feat = features_by_code(level).get(code)
    if feat is None or not feat["properties"].get("anchor"):
        return None
    lon, lat = feat["properties"]["anchor"]
    return lat, lon


def polygons(geometry: dict) -> list[Polygon]:
    """The polygons of a Polygon or MultiPolygon geometry."""
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    if geometry["type"] == "MultiPolygon":
        return list(geometry["coordinates"])
    return []


def _in_ring(x: float, y: float, ring: Ring) -> bool:
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def in_polygon(lon: float, lat: float, poly: Polygon) -> bool:
    """Even-odd rule over the outer ring and its holes."""
    return sum(_in_ring(lon, lat, r) for r in poly) % 2 == 1


def contains(geometry: dict, lon: float, lat: float) -> bool:
    return any(in_polygon(lon, lat, p) for p in polygons(geometry))


def which(level: str, lon: float, lat: float) -> Optional[str]:
    """Code of the shipped territory whose polygon holds the point, else None."""
    for code, feat in features_by_code(level).items():
        if contains(feat["geometry"], lon, lat):
            return code
    return None


def ring_area(ring: Ring) -> float:
    """Signed area in square degrees (positive when counter-clockwise)."""
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:])) / 2


def _seg_dist2(px, py, ax, ay, bx, by) -> float:
    dx, dy = bx - ax, by - ay
    t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    ex, ey = ax + t * dx - px, ay + t * dy - py
    return ex * ex + ey * ey


def _signed_dist(x: float, y: float, poly: Polygon) -> float:
    """Distance to the polygon's boundary, positive inside, negative outside."""
    d2 = min(_seg_dist2(x, y, *a, *b) for r in poly for a, b in zip(r, r[1:]))
    return (1 if in_polygon(x, y, poly) else -1) * math.sqrt(d2)


def pole_of_inaccessibility(poly: Polygon, precision: float = 0.005) -> tuple[float, float]:
    """(lon, lat) of the point inside `poly` farthest from its boundary (the "polylabel"
    algorithm: best-first search over square cells), computed with longitudes scaled by
    cos(latitude) so distances are roughly true at French latitudes. A centroid can fall
    outside a crescent-shaped région; this point cannot."""
    k = math.cos(math.radians(sum(p[1] for p in poly[0]) / len(poly[0])))
    plane = [[(x * k, y) for x, y in r] for r in poly]
    xs = [p[0] for p in plane[0]]
    ys = [p[1] for p in plane[0]]
    x0, y0, x1, y1 = min(xs), min(ys), max(xs), max(ys)
    size = min(x1 - x0, y1 - y0)
    if size == 0:
        return poly[0][0][0], poly[0][0][1]
    h = size / 2
    heap: list = []

    def push(cx, cy, half):
        d = _signed_dist(cx, cy, plane)
        heapq.heappush(heap, (-(d + half * math.sqrt(2)), d, cx, cy, half))

    x = x0
    while x < x1:
        y = y0
        while y < y1:
            push(x + h, y + h, h)
            y += size
        x += size
    # start from the area centroid of the outer ring when it is inside, else the box centre
    a = ring_area(plane[0]) or 1e-12
    cx = sum((p[0] + q[0]) * (p[0] * q[1] - q[0] * p[1]) for p, q in zip(plane[0], plane[0][1:])) / (6 * a)
    cy = sum((p[1] + q[1]) * (p[0] * q[1] - q[0] * p[1]) for p, q in zip(plane[0], plane[0][1:])) / (6 * a)
    best = (_signed_dist(cx, cy, plane), cx, cy)
    box = (_signed_dist((x0 + x1) / 2, (y0 + y1) / 2, plane), (x0 + x1) / 2, (y0 + y1) / 2)
    best = max(best, box)
    while heap:
        _, d, cx, cy, half = heapq.heappop(heap)
        if d > best[0]:
            best = (d, cx, cy)
        if d + half * math.sqrt(2) - best[0] <= precision:
            continue
        half /= 2
        for sx in (-1, 1):
            for sy in (-1, 1):
                push(cx + sx * half, cy + sy * half, half)
    return best[1] / k, best[2]


def largest(polys: Iterable[Polygon]) -> Polygon:
    return max(polys, key=lambda p: abs(ring_area(p[0])))
