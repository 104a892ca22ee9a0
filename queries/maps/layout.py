"""Positions computed in Python, so the browser draws at once with physics off.

vis-network's physics does not settle on 2,000 nodes within a minute; a seeded,
community-clustered layout here takes seconds and is the same on every run.
Only numpy is needed (networkx's spring layout needs scipy from 500 nodes on,
so each community is laid out alone and large ones on a spiral).
"""
from __future__ import annotations

import math

import networkx as nx

MAX_FORCE_NODES = 450  # networkx's dense force layout (numpy only) stays below 500


def communities(G: nx.Graph, seed: int = 1) -> list[set]:
    """Louvain communities of the undirected simple view, largest first, seeded."""
    if G.number_of_nodes() == 0:
        return []
    U = nx.Graph(G.to_undirected(as_view=True)) if G.is_directed() or G.is_multigraph() else G
    parts = nx.community.louvain_communities(U, seed=seed) if U.number_of_edges() else [{n} for n in U]
    return sorted((set(p) for p in parts), key=lambda p: (-len(p), sorted(map(str, p))[0]))


def _spiral(nodes: list) -> dict:
    """Sunflower spiral in the unit disc: even density whatever the count."""
    golden = math.pi * (3 - math.sqrt(5))
    n = max(len(nodes), 1)
    return {v: (math.sqrt((i + 0.5) / n) * math.cos(i * golden), math.sqrt((i + 0.5) / n) * math.sin(i * golden))
            for i, v in enumerate(nodes)}


def _local(U: nx.Graph, members: set, seed: int) -> dict:
    """Positions of one community in the unit disc."""
    if len(members) == 1:
        return {next(iter(members)): (0.0, 0.0)}
    sub = U.subgraph(members)
    if len(members) <= MAX_FORCE_NODES:
        pos = nx.spring_layout(sub, seed=seed, method="force", iterations=60)
    else:  # highest degree in the middle
        order = sorted(members, key=lambda v: (-sub.degree(v), str(v)))
        pos = _spiral(order)
    r = max((math.hypot(x, y) for x, y in pos.values()), default=1.0) or 1.0
    return {v: (float(x) / r, float(y) / r) for v, (x, y) in pos.items()}


def clustered_layout(G: nx.Graph, parts: list[set], *, seed: int = 1, spacing: float = 22.0) -> dict:
    """Node -> (x, y) in screen units: communities apart, each laid out alone.

    A community's radius grows with the square root of its size so density is even."""
    U = nx.Graph(G.to_undirected(as_view=True)) if G.is_directed() or G.is_multigraph() else G
    if not parts:
        return {}
    singles = [next(iter(p)) for p in parts if len(p) == 1]
    if len(singles) > 1:  # isolated nodes share one disc instead of one community each
        parts = [p for p in parts if len(p) > 1] + [set(singles)]
    radius = [spacing * math.sqrt(len(p)) for p in parts]
    # where communities sit: force layout of the quotient graph, then pushed apart
    index = {v: i for i, p in enumerate(parts) for v in p}
    Q = nx.Graph()
    Q.add_nodes_from(range(len(parts)))
    for u, v in U.edges():
        a, b = index[u], index[v]
        if a != b:
            Q.add_edge(a, b, weight=Q.get_edge_data(a, b, {"weight": 0})["weight"] + 1)
    if len(parts) == 1:
        centres = {0: (0.0, 0.0)}
    elif len(parts) <= MAX_FORCE_NODES:
        centres = {i: tuple(map(float, xy)) for i, xy in nx.spring_layout(Q, seed=seed, method="force", iterations=80).items()}
    else:
        centres = _spiral(list(range(len(parts))))
    centres = _separate(centres, radius)
    pos = {}
    for i, p in enumerate(parts):
        cx, cy = centres[i]
        for v, (x, y) in _local(U, p, seed).items():
            pos[v] = (cx + x * radius[i], cy + y * radius[i])
    return pos


def _separate(centres: dict, radius: list, rounds: int = 200) -> dict:
    """Scale then nudge community centres until no two discs overlap (with a margin)."""
    n = len(centres)
    if n < 2:
        return centres
    total = math.sqrt(sum(r * r for r in radius))
    pts = {i: [x * total * 2.2, y * total * 2.2] for i, (x, y) in centres.items()}
    for _ in range(rounds):
        moved = False
        for i in range(n):
            for j in range(i + 1, n):
                dx, dy = pts[j][0] - pts[i][0], pts[j][1] - pts[i][1]
                d = math.hypot(dx, dy) or 1e-6
                need = (radius[i] + radius[j]) * 1.15
                if d < need:
                    push = (need - d) / 2
                    ux, uy = (dx / d, dy / d) if d > 1e-6 else (1.0, 0.0)
                    pts[i][0] -= ux * push
                    pts[i][1] -= uy * push
                    pts[j][0] += ux * push
                    pts[j][1] += uy * push
                    moved = True
        if not moved:
            break
    return {i: (x, y) for i, (x, y) in pts.items()}
