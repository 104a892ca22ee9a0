"""Geographic map: collectivités at their official location, cooperation links between them.

Zoomed out, collectivités are aggregated by région, then by département; zoomed in,
each one is drawn. A région's aggregate marker sits at a point inside its official polygon
(queries/maps/outlines.py), a département's likewise inside its own; overseas, which the
shipped outlines do not cover, both sit at the mean position of their collectivités.
Leaflet 1.9.4 is vendored (queries/maps/vendor/leaflet, BSD-2-Clause) and inlined, so the
page works offline over the outline of France from geo.france_outline() (official région
boundaries, overseas départements approximated); background tiles are added only when
asked for (`tiles=` URL template) and only while the browser is online.
"""
from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Mapping, Optional, Union

import networkx as nx

from . import geo, outlines
from .common import label, rel_of, safe
from .network_map import evidence_html
from .page import leaflet_assets, render_template
from .select import select

# Relations between two collectivités that are cooperation (administrative nesting is not)
DIRECT = {"partner_of", "member_of", "sponsors", "founded", "organizes", "participates", "signatory"}
# Things two collectivités can take part in together
SHARED_KINDS = {"Convention", "Event"}
LEVELS = ("region", "departement", "collectivite")


@dataclass
class GeoMapStats:
    out_path: Path
    collectivites: int
    placed: int
    unplaced: list[str] = field(default_factory=list)
    links: int = 0
    departements: int = 0
    regions: int = 0
    outline: bool = False
    bytes: int = 0


Locator = Callable[[Mapping], Optional[tuple[float, float]]]


def cooperation_links(G: nx.MultiDiGraph, docs) -> dict[tuple[str, str], dict]:
    """(a, b) collectivité pairs (a < b) -> {weight, via, html}: direct relations, and
    conventions or events both take part in."""
    coll = {n for n, d in G.nodes(data=True) if d.get("kind") == "Collectivite"}
    links: dict[tuple[str, str], dict] = {}

    def add(a, b, via, html):
        key = (a, b) if a < b else (b, a)
        rec = links.setdefault(key, {"weight": 0, "via": [], "html": []})
        rec["weight"] += 1
        if via not in rec["via"]:
            rec["via"].append(via)
        if len(rec["html"]) < 4:
            rec["html"].append(html)

    for u, v, k, d in G.edges(keys=True, data=True):
        rel = rel_of(k, d)
        if u in coll and v in coll and u != v and rel in DIRECT:
            add(u, v, rel, f"<b>{safe(label(G, u))}</b> — {safe(rel)} — <b>{safe(label(G, v))}</b>{evidence_html(d, docs)}")
    for n, d in G.nodes(data=True):
        if d.get("kind") not in SHARED_KINDS:
            continue
        around = sorted({x for x in nx.all_neighbors(G, n) if x in coll})
        for a, b in itertools.combinations(around, 2):
            ev = "".join(evidence_html(e, docs) for x in (a, b) for e in G.get_edge_data(x, n, default={}).values())
            add(a, b, label(G, n), f"<b>{safe(label(G, n))}</b> ({safe(d.get('kind'))}{', ' + safe(d.get('date')) if d.get('date') else ''}){ev}")
    return links


def render_geomap(
    G: nx.MultiDiGraph,
    out_path: Union[str, Path],
    *,
    territory: Optional[str] = None,
    theme: Optional[str] = None,
    since: Optional[str] = None,
    include_private: bool = False,
    documents: Optional[Mapping] = None,
    store=None,
    tiles: Optional[str] = None,
    locate: Optional[Locator] = None,
    title: Optional[str] = None,
) -> GeoMapStats:
    """Write a map of collectivités and their cooperation links to `out_path` (HTML).

    `locate(node_attrs) -> (lat, lon)` replaces the official lookup (loaders.cog)
    for callers with their own gazetteer. `tiles`: a tile URL template such as
    "https://tile.openstreetmap.org/{z}/{x}/{y}.png" (mind its usage policy) drawn
    under the map only when the browser is online.
    """
    sel = select(G, territory=territory, theme=theme, since=since, include_private=include_private,
                 documents=documents, store=store)
    H, docs = sel.graph, sel.docs
    where = locate or geo.coordinates
    points, unplaced = [], []
    group_pts: dict[str, dict[str, list]] = {"departement": defaultdict(list), "region": defaultdict(list)}
    pos = {}
    for n, d in sorted(H.nodes(data=True)):
        if d.get("kind") != "Collectivite":
            continue
        ll = where(d) if (d.get("insee") or d.get("siren")) else None
        if ll is None:
            reason = "sans code officiel" if not (d.get("insee") or d.get("siren")) else "sans position officielle"
            unplaced.append(f"{label(H, n)} ({reason})")
            continue
        pos[n] = ll
        dep, reg = geo.departement(d), geo.region(d)
        points.append({"id": n, "lat": ll[0], "lon": ll[1], "label": label(H, n), "subtype": d.get("subtype") or "",
                       "dep": dep, "reg": reg,
                       "html": f"<b>{safe(label(H, n))}</b><br>{safe(d.get('subtype') or '')}"
                               f"{' — INSEE ' + safe(d['insee']) if d.get('insee') else ''}"
                               f"{' — SIREN ' + safe(d['siren']) if d.get('siren') else ''}"})
        if dep:
            group_pts["departement"][dep].append(n)
        if reg:
            group_pts["region"][reg].append(n)

    links = cooperation_links(H, docs)
    placed_links = [(a, b, r) for (a, b), r in links.items() if a in pos and b in pos]
    layers = {"collectivite": {"points": points, "links": [
        {"a": pos[a], "b": pos[b], "weight": r["weight"], "html": "<hr>".join(r["html"])} for a, b, r in placed_links]}}
    for level in ("departement", "region"):
        groups = group_pts[level]
        member = {n: g for g, ns in groups.items() for n in ns}
        kind = "Departement" if level == "departement" else "Region"
        centre = {g: geo.aggregate_anchor(kind, g)
                  or (sum(pos[n][0] for n in ns) / len(ns), sum(pos[n][1] for n in ns) / len(ns))
                  for g, ns in groups.items()}
        agg: dict[tuple[str, str], dict] = {}
        for a, b, r in placed_links:
            ga, gb = member.get(a), member.get(b)
            if ga and gb and ga != gb:
                key = tuple(sorted((ga, gb)))
                rec = agg.setdefault(key, {"weight": 0, "via": set()})
                rec["weight"] += r["weight"]
                rec["via"].update(r["via"])
        layers[level] = {
            "points": [{"id": g, "lat": centre[g][0], "lon": centre[g][1], "count": len(ns), "label": geo.name_of(kind, g),
                        "html": f"<b>{safe(geo.name_of(kind, g))}</b> ({safe(g)})<br>{len(ns)} collectivité(s) : "
                                + safe(", ".join(sorted(label(H, n) for n in ns)[:12])) + ("…" if len(ns) > 12 else "")}
                       for g, ns in sorted(groups.items())],
            "links": [{"a": centre[ga], "b": centre[gb], "weight": r["weight"],
                       "html": f"<b>{safe(geo.name_of(kind, ga))}</b> — <b>{safe(geo.name_of(kind, gb))}</b> : "
                               f"{r['weight']} lien(s) de coopération ({safe(', '.join(sorted(r['via']))[:300])})"}
                      for (ga, gb), r in sorted(agg.items())],
        }
    outline = geo.france_outline()
    sources = {f["properties"].get("source") for f in outline["features"]} if outline else set()
    js, css = leaflet_assets()
    heading = title or ("Coopérations entre collectivités" + (f" — {sel.title}" if sel.title else ""))
    page = render_template(
        "geo_map.html", title=heading, leaflet_js=js, leaflet_css=css, layers=layers, outline=outline,
        tiles=tiles, unplaced=unplaced, levels=LEVELS,
        official_outline=geo.OFFICIAL_OUTLINE in sources, traced_outline=geo.TRACED_OUTLINE in sources,
        departement_anchors=outlines.load("departement") is not None,
    )
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return GeoMapStats(
        out_path=out, collectivites=len(points) + len(unplaced), placed=len(points), unplaced=unplaced,
        links=len(placed_links), departements=len(group_pts["departement"]), regions=len(group_pts["region"]),
        outline=outline is not None, bytes=out.stat().st_size,
    )
