"""Build-time geography for scripts/update_cog_data.py (not imported by the lookup API).

The only official geographic package found on the registries this project can reach is
``@etalab/fr-bounding-boxes`` (Etalab): the bounding box of every commune, EPCI,
département and région (2017 edition). From it we derive
- an approximate position for each current commune: the centre of its box (or of the
  union of the boxes of the communes it absorbed), i.e. the box centre, not the town hall;
- a coarse outline of the départements: commune boxes are painted on a grid, each cell
  going to the commune whose box centre is nearest, then each département's cells are
  traced into rings and simplified. Coastlines are bloated by up to a commune's box.
Needs numpy (installed with matplotlib); nothing at run time of loaders.cog needs it.
"""
from __future__ import annotations

import json
import math
from collections import defaultdict
from pathlib import Path

import numpy as np

BBOX_PACKAGE = "@etalab/fr-bounding-boxes"

# Grid resolution in degrees per territory (metropolitan France, then each DROM).
TERRITORIES = {
    "metro": 0.015, "971": 0.005, "972": 0.004, "973": 0.02, "974": 0.004, "976": 0.003,
}


def _territory(dep: str) -> str | None:
    if dep in TERRITORIES:
        return dep
    return "metro" if len(dep) == 2 else None


def load_boxes(pkg_dir: Path) -> dict[str, list[float]]:
    """INSEE code -> [min lon, min lat, max lon, max lat] from the package's communes.json."""
    path = pkg_dir / "dist" / "communes.json"
    if not path.exists():
        raise SystemExit(f"update_cog_data: {path} is missing: the layout of {BBOX_PACKAGE} "
                         "changed; adapt loaders/cog/build_geo.py.")
    data = json.loads(path.read_text(encoding="utf-8"))
    return {f["id"].rsplit(":", 1)[-1]: f["bbox"] for f in data}


def commune_box(code: str, former: list[str], boxes: dict[str, list[float]]):
    """Box of a current commune: its own, else the union of its former communes' boxes."""
    if code in boxes:
        return boxes[code]
    found = [boxes[c] for c in former if c in boxes]
    if not found:
        return None
    return [min(b[0] for b in found), min(b[1] for b in found),
            max(b[2] for b in found), max(b[3] for b in found)]


def add_positions(rows: list[dict], boxes: dict[str, list[float]]) -> int:
    """Fill lat/lon of the rows; return how many communes got a position."""
    pos: dict[str, tuple[float, float]] = {}
    for r in rows:
        if r["kind"] == "Commune":
            box = commune_box(r["insee"], r.get("_former", []), boxes)
            if box:
                pos[r["insee"]] = (round((box[1] + box[3]) / 2, 4), round((box[0] + box[2]) / 2, 4))
    for r in rows:
        if r["kind"] == "Commune":
            where = pos.get(r["insee"])
        elif r["kind"] in ("Departement", "Region"):
            where = pos.get(r.get("_chef_lieu", ""))
        else:  # EPCI/EPT: the most populous member with a position
            members = sorted(r.get("_members", []), key=lambda m: -(m[1] or 0))
            where = next((pos[c] for c, _ in members if c in pos), None)
        if where:
            r["lat"], r["lon"] = where
    return sum(1 for r in rows if r["kind"] == "Commune" and r.get("lat") is not None)


def _paint(cells: list[tuple[list[float], str]], res: float):
    """Grid of labels (index into `labels`, -1 = nothing) covering the boxes."""
    x0 = min(b[0] for b, _ in cells) - res
    y0 = min(b[1] for b, _ in cells) - res
    nx = int(math.ceil((max(b[2] for b, _ in cells) - x0) / res)) + 2
    ny = int(math.ceil((max(b[3] for b, _ in cells) - y0) / res)) + 2
    labels = sorted({lab for _, lab in cells})
    lab_id = {lab: i for i, lab in enumerate(labels)}
    grid = np.full((ny, nx), -1, dtype=np.int32)
    best = np.full((ny, nx), np.inf)
    xs = x0 + (np.arange(nx) + 0.5) * res
    ys = y0 + (np.arange(ny) + 0.5) * res
    coslat = math.cos(math.radians((y0 + ny * res / 2)))
    for box, lab in cells:
        j0, j1 = int((box[0] - x0) / res), int(math.ceil((box[2] - x0) / res))
        i0, i1 = int((box[1] - y0) / res), int(math.ceil((box[3] - y0) / res))
        cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        dx = (xs[j0:j1] - cx) * coslat
        dy = ys[i0:i1] - cy
        d = dy[:, None] ** 2 + dx[None, :] ** 2
        sub_best = best[i0:i1, j0:j1]
        better = d < sub_best
        sub_best[better] = d[better]
        grid[i0:i1, j0:j1][better] = lab_id[lab]
    return grid, labels, x0, y0


def _rings(mask: np.ndarray) -> list[list[tuple[int, int]]]:
    """Boundary rings of a boolean grid, as (x, y) corner points, interior on the left."""
    m = np.pad(mask, 1)
    out: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    ii, jj = np.nonzero(m[1:-1, 1:-1])
    for i, j in zip(ii.tolist(), jj.tolist()):
        I, J = i + 1, j + 1  # noqa: E741  (indices in the padded grid)
        if not m[I - 1, J]:
            out[(j, i)].append((j + 1, i))
        if not m[I, J + 1]:
            out[(j + 1, i)].append((j + 1, i + 1))
        if not m[I + 1, J]:
            out[(j + 1, i + 1)].append((j, i + 1))
        if not m[I, J - 1]:
            out[(j, i + 1)].append((j, i))
    rings = []
    while out:
        start = next(iter(out))
        ring = [start]
        point = start
        while True:
            nexts = out[point]
            nxt = nexts.pop()
            if not nexts:
                del out[point]
            if nxt == start:
                break
            ring.append(nxt)
            point = nxt
        rings.append(ring)
    return rings


def _simplify(points: list[tuple[float, float]], tol: float) -> list[tuple[float, float]]:
    """Douglas-Peucker on an open polyline."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (x1, y1), (x2, y2) = points[a], points[b]
        dx, dy = x2 - x1, y2 - y1
        norm = math.hypot(dx, dy) or 1e-12
        far, far_d = None, tol
        for k in range(a + 1, b):
            x, y = points[k]
            d = abs(dy * (x - x1) - dx * (y - y1)) / norm
            if d > far_d:
                far, far_d = k, d
        if far is not None:
            keep[far] = True
            stack += [(a, far), (far, b)]
    return [p for p, k in zip(points, keep) if k]


def _simplify_ring(ring: list, tol: float) -> list:
    """Douglas-Peucker on a closed ring, split at the point farthest from its start."""
    x0, y0 = ring[0]
    far = max(range(len(ring)), key=lambda k: (ring[k][0] - x0) ** 2 + (ring[k][1] - y0) ** 2)
    first = _simplify(ring[:far + 1], tol)
    second = _simplify(ring[far:] + ring[:1], tol)
    return first[:-1] + second[:-1]


def _area(ring) -> float:
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1])) / 2


def _inside(pt, ring) -> bool:
    x, y = pt
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def outline(rows: list[dict], boxes: dict[str, list[float]]) -> dict:
    """GeoJSON FeatureCollection of simplified département outlines (WGS 84)."""
    dep_rows = {r["insee"]: r for r in rows if r["kind"] == "Departement"}
    by_territory: dict[str, list[tuple[list[float], str]]] = defaultdict(list)
    for code, box in boxes.items():
        dep = code[:3] if code.startswith("97") else code[:2]
        terr = _territory(dep)
        if terr and dep in dep_rows:
            by_territory[terr].append((box, dep))
    features = []
    for terr, cells in sorted(by_territory.items()):
        res = TERRITORIES[terr]
        grid, labels, x0, y0 = _paint(cells, res)
        for k, dep in enumerate(labels):
            polys: list[list[list[tuple[float, float]]]] = []
            holes = []
            for ring in _rings(grid == k):
                ring = _simplify_ring(ring, 1.5)
                if len(ring) < 3:
                    continue
                pts = [(round(x0 + x * res, 3), round(y0 + y * res, 3)) for x, y in ring]
                (polys.append([pts]) if _area(pts) > 0 else holes.append(pts))
            for hole in holes:
                owner = next((p for p in polys if _inside(hole[0], p[0])), None)
                if owner is not None:
                    owner.append(hole)
            coords = [[[list(p) for p in r + r[:1]] for r in poly] for poly in polys]
            row = dep_rows[dep]
            features.append({"type": "Feature",
                             "properties": {"code": dep, "nom": row["name"],
                                            "kind": "Departement", "reg": row["reg"]},
                             "geometry": {"type": "MultiPolygon", "coordinates": coords}})
    return {"type": "FeatureCollection", "features": features}
