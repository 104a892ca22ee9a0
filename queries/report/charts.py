"""Charts as embedded PNG (base64 data URIs), so a report is one self-contained file."""
from __future__ import annotations

import base64
import io
from typing import Iterable, Mapping, Optional, Sequence

import matplotlib

matplotlib.use("Agg")  # no display: render to memory only
import matplotlib.pyplot as plt  # noqa: E402

PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"]


def _data_uri(fig) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def bar_chart(counts: Mapping[str, int], title: str, colours: Optional[Mapping[str, str]] = None) -> Optional[str]:
    if not counts:
        return None
    items = sorted(counts.items(), key=lambda kv: -kv[1])
    fig, ax = plt.subplots(figsize=(6.5, 0.35 * len(items) + 0.9))
    names = [k for k, _ in items][::-1]
    vals = [v for _, v in items][::-1]
    ax.barh(names, vals, color=[(colours or {}).get(n, PALETTE[0]) for n in names])
    for i, v in enumerate(vals):
        ax.text(v, i, f" {v}", va="center", fontsize=8)
    ax.set_title(title, fontsize=10)
    ax.spines[["top", "right"]].set_visible(False)
    ax.tick_params(labelsize=8)
    return _data_uri(fig)


def activity_chart(by_year: Mapping[str, Mapping[str, int]], title: str) -> Optional[str]:
    """Stacked bars: per year, counts per series (e.g. conventions, events)."""
    if not by_year:
        return None
    years = sorted(by_year)
    series = sorted({s for y in years for s in by_year[y]})
    fig, ax = plt.subplots(figsize=(6.5, 2.6))
    bottom = [0] * len(years)
    for i, s in enumerate(series):
        vals = [by_year[y].get(s, 0) for y in years]
        ax.bar(years, vals, bottom=bottom, label=s, color=PALETTE[i % len(PALETTE)])
        bottom = [b + v for b, v in zip(bottom, vals)]
    ax.set_title(title, fontsize=10)
    ax.legend(fontsize=8, frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    ax.tick_params(labelsize=8)
    return _data_uri(fig)


def territory_map(
    points: Sequence[tuple[float, float, str]],
    links: Iterable[tuple[tuple[float, float], tuple[float, float], int]],
    outline: Optional[dict],
    title: str,
) -> Optional[str]:
    """Collectivités (lat, lon, label) and cooperation links over the outline of France."""
    if not points:
        return None
    fig, ax = plt.subplots(figsize=(6.5, 6.0))
    for ring in _rings(outline):
        xs, ys = zip(*ring)
        ax.fill(xs, ys, facecolor="#f4f4f0", edgecolor="#888", linewidth=0.4)
    for (a, b, w) in links:
        ax.plot([a[1], b[1]], [a[0], b[0]], color="#4e79a7", alpha=0.5, linewidth=min(0.6 + w * 0.6, 4))
    ax.scatter([p[1] for p in points], [p[0] for p in points], s=18, color="#59a14f", edgecolor="#333", linewidth=0.4, zorder=3)
    if len(points) <= 25:
        for lat, lon, name in points:
            ax.annotate(name, (lon, lat), fontsize=7, xytext=(3, 3), textcoords="offset points")
    lats = [p[0] for p in points]
    if outline is None or max(lats) - min(lats) < 3:  # zoom on the points when they are close together
        lons = [p[1] for p in points]
        pad = 0.6
        ax.set_xlim(min(lons) - pad, max(lons) + pad)
        ax.set_ylim(min(lats) - pad, max(lats) + pad)
    else:
        ax.set_xlim(-5.5, 9.8)
        ax.set_ylim(41.2, 51.3)
    ax.set_aspect(1.45)  # roughly equal distances at French latitudes
    ax.set_axis_off()
    ax.set_title(title, fontsize=10)
    return _data_uri(fig)


def _rings(outline: Optional[dict]):
    """Outer rings of metropolitan polygons of a GeoJSON FeatureCollection or geometry."""
    if not outline:
        return
    feats = outline.get("features") if outline.get("type") == "FeatureCollection" else [{"geometry": outline}]
    for f in feats or ():
        g = f.get("geometry") or {}
        polys = [g.get("coordinates")] if g.get("type") == "Polygon" else g.get("coordinates") or [] if g.get("type") == "MultiPolygon" else []
        for poly in polys:
            if poly and poly[0]:
                ring = poly[0]
                if -6 < ring[0][0] < 10 and 41 < ring[0][1] < 52:  # overseas stays off this map
                    yield [(x, y) for x, y, *_ in ring]
