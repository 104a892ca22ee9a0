"""Write the trimmed région (or département) outlines that essgraph's maps ship.

Input: a GeoJSON file of the france-geojson project (https://github.com/gregoiredavid/
france-geojson; contours IGN ADMIN EXPRESS COG 2018, codes and names INSEE, Licence
Ouverte), e.g. its ``regions-version-simplifiee.geojson`` or
``departements-version-simplifiee.geojson``. No network: fetch the file yourself.

Output (loaders/cog/data/regions_outline.geojson by default): one feature per territory
with only ``code``, ``nom`` and ``anchor`` (a [lon, lat] point inside its largest polygon,
the pole of inaccessibility, where the map draws the aggregate marker); coordinates
rounded to --digits decimals (3 = about 100 m), consecutive duplicates dropped, and rings
that collapse under rounding removed. --tolerance > 0 adds a Douglas-Peucker pass (in
degrees); it simplifies each ring on its own, so shared borders may no longer match exactly.

    .venv/bin/python scripts/make_region_outlines.py /path/to/regions-version-simplifiee.geojson
    .venv/bin/python scripts/make_region_outlines.py /path/to/departements-version-simplifiee.geojson --level departement
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from loaders.cog.build_geo import _simplify as simplify_polyline  # noqa: E402
from queries.maps.outlines import FILES, largest, pole_of_inaccessibility, polygons  # noqa: E402

ATTRIBUTION = ("Contours: IGN, ADMIN EXPRESS COG 2018; codes and names: INSEE; via "
               "france-geojson (G. David). Licence Ouverte / Open Licence 2.0 (Etalab). "
               "Trimmed and rounded by essgraph: see loaders/cog/data/LICENSE-france-geojson.md.")


def _douglas_peucker(points: list, tol: float) -> list:
    """Simplify an open polyline, keeping its end points (the one implementation, in build_geo)."""
    if tol <= 0 or len(points) < 3:
        return points
    return [list(p) for p in simplify_polyline([tuple(p) for p in points], tol)]


def trim_ring(ring: list, digits: int, tol: float) -> list | None:
    """Rounded, de-duplicated, optionally simplified closed ring; None when it collapses."""
    pts: list = []
    for x, y in ring:
        p = [round(x, digits), round(y, digits)]
        if not pts or p != pts[-1]:
            pts.append(p)
    if pts[0] != pts[-1]:
        pts.append(pts[0])
    if tol > 0 and len(pts) > 4:  # split at the vertex farthest from the start, simplify both halves
        x0, y0 = pts[0]
        far = max(range(len(pts)), key=lambda k: (pts[k][0] - x0) ** 2 + (pts[k][1] - y0) ** 2)
        pts = _douglas_peucker(pts[:far + 1], tol)[:-1] + _douglas_peucker(pts[far:], tol)
    if len({tuple(p) for p in pts}) < 3:
        return None
    return pts


def trim(fc: dict, digits: int = 3, tol: float = 0.0) -> dict:
    """The trimmed FeatureCollection (see the module docstring)."""
    features = []
    for f in sorted(fc["features"], key=lambda f: f["properties"]["code"]):
        code, nom = str(f["properties"]["code"]), f["properties"]["nom"]
        polys = []
        for poly in polygons(f["geometry"]):
            outer = trim_ring(poly[0], digits, tol)
            if outer is None:
                continue
            polys.append([outer] + [r for r in (trim_ring(h, digits, tol) for h in poly[1:]) if r])
        if not polys:
            sys.exit(f"make_region_outlines: every ring of {code} {nom} collapsed at --digits {digits}; "
                     "use more digits or a smaller --tolerance.")
        lon, lat = pole_of_inaccessibility(largest(polys))
        geometry = ({"type": "Polygon", "coordinates": polys[0]} if len(polys) == 1
                    else {"type": "MultiPolygon", "coordinates": polys})
        features.append({"type": "Feature",
                         "properties": {"code": code, "nom": nom, "anchor": [round(lon, 3), round(lat, 3)]},
                         "geometry": geometry})
    return {"type": "FeatureCollection", "attribution": ATTRIBUTION, "features": features}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", type=Path, help="france-geojson GeoJSON file (régions or départements)")
    ap.add_argument("--level", choices=sorted(FILES), default="region")
    ap.add_argument("--out", type=Path, help="output file (default: the file the maps read for --level)")
    ap.add_argument("--digits", type=int, default=3, help="decimals kept (default 3, about 100 m)")
    ap.add_argument("--tolerance", type=float, default=0.0, help="Douglas-Peucker tolerance in degrees (default 0: none)")
    args = ap.parse_args(argv)
    try:
        fc = json.loads(args.source.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        sys.exit(f"make_region_outlines: cannot read {args.source} as GeoJSON ({exc}); "
                 "pass the path of a france-geojson file.")
    if fc.get("type") != "FeatureCollection" or not all(
            {"code", "nom"} <= set(f.get("properties") or {}) for f in fc.get("features", [])):
        sys.exit(f"make_region_outlines: {args.source} is not a FeatureCollection whose features have "
                 "'code' and 'nom' properties (france-geojson layout).")
    out_fc = trim(fc, args.digits, args.tolerance)
    out = args.out or FILES[args.level]
    out.write_text(json.dumps(out_fc, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    n = sum(len(r) for f in out_fc["features"] for p in polygons(f["geometry"]) for r in p)
    print(f"wrote {out} ({out.stat().st_size / 1000:.0f} kB): {len(out_fc['features'])} features, {n} points")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
