"""Cut the part of the graph a map or a report is about.

Order: private facts out, then the period, then the seeds (focus actor, territory,
theme) and their neighbourhood, then the degree threshold.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Optional

import networkx as nx

from essgraph.errors import UsageError

from . import geo
from .common import rel_of, DocInfo, documents_of, drop_private, edge_dates, find_nodes, find_one, iso_prefix, label, node_date, norm

DATED_KINDS = ("Event", "Convention", "Publication")
DURATIVE = frozenset({"holds_post", "member_of", "partner_of", "part_of", "located_in", "has_theme"})


@dataclass
class Selection:
    graph: nx.MultiDiGraph
    docs: dict[str, DocInfo]
    focus: Optional[str] = None
    territory: Optional[tuple[str, str, str]] = None  # (kind, code, name)
    theme: list[str] = field(default_factory=list)
    since: Optional[str] = None
    dropped_below_degree: int = 0

    @property
    def title(self) -> str:
        parts = []
        if self.focus:
            parts.append(label(self.graph, self.focus))
        if self.territory:
            parts.append(self.territory[2])
        if self.theme:
            parts.append("thème " + ", ".join(label(self.graph, t) for t in self.theme))
        if self.since:
            parts.append(f"depuis {self.since}")
        return " — ".join(parts)


def territory_members(G: nx.MultiDiGraph, territory: str) -> tuple[tuple[str, str, str], set[str]]:
    """((kind, code, name), collectivité nodes inside) for a région/département name or code."""
    hits = geo.resolve_territories(territory)
    hit = None
    for kind, code in hits:  # an ambiguous code ("53": Mayenne, Bretagne): the reading the graph covers
        hit = hit or (kind, code)
        if any(_inside(d, kind, code) for _, d in G.nodes(data=True) if d.get("kind") == "Collectivite"):
            hit = (kind, code)
            break
    if hit is None:  # not in the official table: a Departement/Region node of the graph by name or code
        for n, d in G.nodes(data=True):
            if d.get("kind") == "Collectivite" and d.get("subtype") in ("Departement", "Region") and (
                norm(str(d.get("label") or "")) == norm(territory) or str(d.get("insee") or "") == territory.strip()
            ):
                if d.get("insee"):
                    hit = (d["subtype"], str(d["insee"]))
                    break
    if hit is None:
        raise UsageError(
            f"territory {territory!r}: not a région or département name or code known to loaders.cog "
            "nor to the graph; pass an official code (e.g. 53 for Bretagne, 22 for Côtes-d'Armor)"
        )
    kind, code = hit
    name = geo.name_of(kind, code)
    if name == code:
        for n, d in G.nodes(data=True):
            if d.get("subtype") == kind and str(d.get("insee") or "") == code:
                name = label(G, n)
    members = {n for n, d in G.nodes(data=True) if d.get("kind") == "Collectivite" and _inside(d, kind, code)}
    return (kind, code, name), members


def _inside(d: Mapping, kind: str, code: str) -> bool:
    return (geo.departement(d) if kind == "Departement" else geo.region(d)) == code


def select(
    G: nx.MultiDiGraph,
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
) -> Selection:
    if depth < 0:
        raise UsageError(f"depth {depth}: must be 0 or more")
    docs = documents_of(G, store=store, documents=documents)
    H = G if include_private else drop_private(G, docs)
    sel = Selection(graph=H, docs=docs)

    if since:
        s = iso_prefix(since)
        if not s:
            raise UsageError(f"since {since!r}: not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
        sel.since = s
        H = _since(H, s, docs)

    seeds: Optional[set[str]] = None
    if focus:
        sel.focus = find_one(H, focus, "focus actor")
        seeds = {sel.focus}
    if territory:
        sel.territory, members = territory_members(H, territory)
        seeds = members if seeds is None else (seeds | members if focus else members)
        if not members:
            raise UsageError(f"territory {territory!r}: no collectivité of the graph lies in {sel.territory[2]}")
    if theme:
        themes = find_nodes(H, theme, kinds=("Theme",))
        if not themes:
            raise UsageError(f"theme {theme!r}: no Theme node of that name; see the themes listed in the report")
        sel.theme = themes
        tagged = {u for t in themes for u, _, k, d in H.in_edges(t, keys=True, data=True) if rel_of(k, d) == "has_theme"} | set(themes)
        seeds = tagged if seeds is None else seeds & tagged | set(themes)
    if seeds is not None:
        U = H.to_undirected(as_view=True)
        keep = set()
        for s in seeds:
            keep |= set(nx.single_source_shortest_path_length(U, s, cutoff=depth))
        H = H.subgraph(keep).copy()

    if min_degree > 0:
        protected = {sel.focus} if sel.focus else set()
        deg = dict(H.to_undirected(as_view=True).degree())
        drop = [n for n, k in deg.items() if k < min_degree and n not in protected]
        sel.dropped_below_degree = len(drop)
        H = H.copy()
        H.remove_nodes_from(drop)
    sel.graph = H
    return sel


def _since(G: nx.MultiDiGraph, since: str, docs: Mapping[str, DocInfo]) -> nx.MultiDiGraph:
    """Relations still true on or after `since`; dated things (events…) of the period only.

    Undated relations whose documents carry no date are kept: absence of a date is no proof."""
    H = nx.MultiDiGraph(**G.graph)
    for n, d in G.nodes(data=True):
        if d.get("kind") in DATED_KINDS:
            nd = node_date(G, n, docs)
            if nd and nd[: len(since)] < since[: len(nd)]:
                continue
        H.add_node(n, **d)
    for u, v, k, d in G.edges(keys=True, data=True):
        if u not in H or v not in H:
            continue
        start, end = edge_dates(d, docs)
        # a post or membership with no end still holds; one-off acts are dated by their start
        last = end if (end or rel_of(k, d) in DURATIVE) else start
        if last and last[: len(since)] < since[: len(last)]:
            continue
        H.add_edge(u, v, key=k, **d)
    # nodes cut off from every relation by the period are not part of it
    H.remove_nodes_from([n for n in list(H) if H.degree(n) == 0 and G.degree(n) > 0])
    return H
