"""Interactive network map: one self-contained HTML page that works offline.

pyvis 0.3.2 builds the node and edge records; our own template draws them,
because pyvis's template pulls bootstrap (and, outside "in_line", vis-network
and tom-select) from CDNs. vis-network's JS and CSS are inlined from the pyvis
package itself; search, filters and the legend are small vanilla JS.
Positions are computed here (community-clustered, seeded) and physics is off,
so 2,000 nodes draw at once.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping, Optional, Union

import networkx as nx

from .common import KIND_STYLE, REL_STYLE, DocInfo, kind_style, label, rel_of, rel_style, safe
from .layout import clustered_layout, communities
from .page import render_template, vis_assets
from .select import Selection, select

MAX_EVIDENCE_IN_TOOLTIP = 3
MAX_POSTS_IN_TOOLTIP = 6


@dataclass
class MapStats:
    """What a render produced, for the CLI to print and tests to check."""

    out_path: Path
    nodes: int
    edges: int
    communities: int
    kinds: dict[str, int] = field(default_factory=dict)
    relations: dict[str, int] = field(default_factory=dict)
    dropped_below_degree: int = 0
    title: str = ""
    bytes: int = 0


def _doc_ref(did: str, docs: Mapping[str, DocInfo]) -> str:
    d = docs.get(did) or DocInfo(did)
    date = f", {safe(d.date)}" if d.date else ""
    return f"<i>{safe(d.display)}</i>{date} <span class='doc'>[{safe(did)}]</span>"


def _dates(start, end) -> str:
    if start and end:
        return f"{safe(start)} → {safe(end)}"
    if start:
        return f"depuis {safe(start)}"
    if end:
        return f"jusqu'à {safe(end)}"
    return ""


def evidence_html(data: Mapping, docs: Mapping[str, DocInfo]) -> str:
    items = []
    for ev in list(data.get("evidence") or ())[:MAX_EVIDENCE_IN_TOOLTIP]:
        items.append(f"<li>« {safe(ev.get('quote'))} » — {_doc_ref(ev.get('doc', ''), docs)}</li>")
    more = len(data.get("evidence") or ()) - MAX_EVIDENCE_IN_TOOLTIP
    if more > 0:
        items.append(f"<li>… et {more} autre(s)</li>")
    return f"<ul class='ev'>{''.join(items)}</ul>" if items else ""


def edge_title(G: nx.MultiDiGraph, u: str, v: str, data: Mapping, docs: Mapping[str, DocInfo]) -> str:
    rel = data.get("rel") or ""
    head = f"<b>{safe(label(G, u))}</b> — {safe(rel_style(rel)['fr'])} — <b>{safe(label(G, v))}</b>"
    role = f"<br>rôle : {safe(data.get('role'))}" if data.get("role") else ""
    when = _dates(data.get("start"), data.get("end"))
    when = f"<br>{when}" if when else ""
    return f"{head}{role}{when}{evidence_html(data, docs)}"


def node_title(G: nx.MultiDiGraph, n: str, docs: Mapping[str, DocInfo], degree: int, community: int) -> str:
    d = G.nodes[n]
    kind = d.get("kind")
    sub = f" ({safe(d['subtype'])})" if d.get("subtype") else ""
    lines = [f"<b>{safe(label(G, n))}</b>", f"{safe(kind_style(kind)['fr'])}{sub}"]
    if d.get("insee"):
        lines.append(f"code INSEE {safe(d['insee'])}")
    if d.get("siren"):
        lines.append(f"SIREN {safe(d['siren'])}")
    lines.append(f"{degree} relation(s) · communauté {community + 1}")
    posts = []
    for _, org, k, e in G.out_edges(n, keys=True, data=True):
        if rel_of(k, e) == "holds_post" and len(posts) < MAX_POSTS_IN_TOOLTIP:
            role = safe(e.get("role") or "poste")
            when = _dates(e.get("start"), e.get("end"))
            ev = (e.get("evidence") or [{}])[0]
            quote = f"<br><span class='q'>« {safe(ev.get('quote'))} » — {_doc_ref(ev.get('doc', ''), docs)}</span>" if ev.get("quote") else ""
            posts.append(f"<li>{role} — {safe(label(G, org))}{' (' + when + ')' if when else ''}{quote}</li>")
    if posts:
        lines.append(f"Mandats et postes :<ul class='ev'>{''.join(posts)}</ul>")
    dl = list(d.get("docs") or ())
    if dl:
        refs = "".join(f"<li>{_doc_ref(x, docs)}</li>" for x in dl[:4])
        extra = f"<li>… et {len(dl) - 4} autre(s)</li>" if len(dl) > 4 else ""
        lines.append(f"Sources :<ul class='ev'>{refs}{extra}</ul>")
    return "<br>".join(lines)


def map_data(sel: Selection, *, seed: int = 1) -> dict:
    """Nodes, edges and legend as plain JSON-able records (built through pyvis)."""
    from pyvis.network import Network

    G = sel.graph
    U = nx.Graph(G.to_undirected(as_view=True))
    parts = communities(U, seed=seed)
    comm = {v: i for i, p in enumerate(parts) for v in p}
    # small maps get room for labels; big ones stay compact so communities read as clusters
    pos = clustered_layout(U, parts, seed=seed, spacing=70.0 if len(U) < 200 else 22.0)
    deg = dict(U.degree())
    net = Network(directed=True, cdn_resources="in_line")
    for n, d in G.nodes(data=True):
        st = kind_style(d.get("kind"))
        net.add_node(
            n,
            label=label(G, n),
            title=node_title(G, n, sel.docs, deg.get(n, 0), comm.get(n, 0)),
            color=st["color"],
            shape=st["shape"],
            value=1 + deg.get(n, 0),
            x=round(pos[n][0], 1),
            y=round(pos[n][1], 1),
            physics=False,
            kind=d.get("kind") or "Autre",
            community=comm.get(n, 0),
            degree=deg.get(n, 0),
            borderWidth=3 if n == sel.focus else 1,
        )
    for i, (u, v, key, d) in enumerate(G.edges(keys=True, data=True)):
        k = rel_of(key, d)
        st = rel_style(k)
        net.add_edge(
            u, v,
            id=f"e{i}",
            title=edge_title(G, u, v, d, sel.docs),
            color=st["color"],
            width=st["width"],
            dashes=st["dashes"],
            arrows="" if k == "partner_of" else "to",
            rel=k,
        )
    nodes, edges, *_ = net.get_network_data()
    kinds = {k: sum(1 for _, d in G.nodes(data=True) if (d.get("kind") or "Autre") == k) for k in {d.get("kind") or "Autre" for _, d in G.nodes(data=True)}}
    rels: dict[str, int] = {}
    for _, _, key, d in G.edges(keys=True, data=True):
        rels[rel_of(key, d)] = rels.get(rel_of(key, d), 0) + 1
    legend_kinds = [{"kind": k, "fr": kind_style(k)["fr"], "color": kind_style(k)["color"], "shape": kind_style(k)["shape"], "count": kinds[k]}
                    for k in list(KIND_STYLE) + sorted(set(kinds) - set(KIND_STYLE)) if k in kinds]
    legend_rels = [{"rel": r, "fr": rel_style(r)["fr"], "color": rel_style(r)["color"], "width": rel_style(r)["width"], "dashes": rel_style(r)["dashes"], "count": rels[r]}
                   for r in list(REL_STYLE) + sorted(set(rels) - set(REL_STYLE)) if r in rels]
    return {
        "nodes": nodes, "edges": edges, "kinds": kinds, "rels": rels, "communities": len(parts),
        "legend_kinds": legend_kinds, "legend_rels": legend_rels,
        "community_sizes": [len(p) for p in parts],
    }


VIS_OPTIONS = {
    "physics": {"enabled": False},
    "nodes": {
        "scaling": {"min": 8, "max": 42, "label": {"enabled": True, "min": 10, "max": 18, "drawThreshold": 7}},
        "font": {"face": "sans-serif"},
    },
    "edges": {"smooth": False, "selectionWidth": 2, "arrows": {"to": {"scaleFactor": 0.5}}},
    "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": True, "navigationButtons": False,
                    "keyboard": False, "multiselect": True},
    "layout": {"improvedLayout": False},
}


def _options(n: int) -> dict:
    """Small maps show every label at the first view; big ones only when zoomed in."""
    import copy

    opts = copy.deepcopy(VIS_OPTIONS)
    if n < 300:
        opts["nodes"]["scaling"]["label"].update({"min": 14, "max": 24, "drawThreshold": 3})
    return opts


def render_map(
    G: nx.MultiDiGraph,
    out_path: Union[str, Path],
    *,
    focus: Optional[str] = None,
    depth: int = 1,
    territory: Optional[str] = None,
    theme: Optional[str] = None,
    since: Optional[str] = None,
    min_degree: int = 0,
    include_private: bool = False,
    documents: Optional[Mapping] = None,
    store=None,
    title: Optional[str] = None,
    seed: int = 1,
) -> MapStats:
    """Write an interactive map of `G` (or of the part selected) to `out_path`.

    focus: an actor (IRI or name) whose ego network to depth `depth` is drawn;
    territory: a région/département name or code; theme: a Theme name or IRI;
    since: keep what is true or happened from that date on; min_degree: hide
    nodes with fewer relations (the focus actor is kept). Private nodes and
    evidence are left out unless include_private. `documents` (doc id -> title,
    date, source) or `store` name the sources in tooltips.
    """
    sel = select(G, focus=focus, depth=depth, territory=territory, theme=theme, since=since,
                 min_degree=min_degree, include_private=include_private, documents=documents, store=store)
    data = map_data(sel, seed=seed)
    heading = title or ("Réseau de l'ESS" + (f" — {sel.title}" if sel.title else ""))
    vis_js, vis_css = vis_assets()
    page = render_template(
        "network_map.html",
        title=heading,
        vis_js=vis_js,
        vis_css=vis_css,
        nodes=data["nodes"],
        edges=data["edges"],
        options=_options(len(data["nodes"])),
        legend_kinds=data["legend_kinds"],
        legend_rels=data["legend_rels"],
        communities=data["community_sizes"],
        focus=sel.focus,
        dropped=sel.dropped_below_degree,
        min_degree=min_degree,
        max_degree=max((n["degree"] for n in data["nodes"]), default=0),
    )
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return MapStats(
        out_path=out, nodes=len(data["nodes"]), edges=len(data["edges"]), communities=data["communities"],
        kinds=data["kinds"], relations=data["rels"], dropped_below_degree=sel.dropped_below_degree,
        title=heading, bytes=out.stat().st_size,
    )


