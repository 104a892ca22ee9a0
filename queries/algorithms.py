"""Answers that query languages cannot compute, written once and shared by every backend.

SPARQL and Cypher fetch edges (or candidate paths); these functions compute paths,
communities, brokers and network families from them, so the SPARQL, Cypher and
networkx answers agree by construction on the computing part.
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

import networkx as nx

from graph.iri import normalise_name

MAX_HOPS = 12
# Betweenness is exact up to this many nodes, sampled (fixed seed) above: exact is O(n*m).
EXACT_BETWEENNESS_NODES = 500
BETWEENNESS_SAMPLES = 64


def local_name(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def display_name(iri: str, name: Optional[str]) -> str:
    """The name to show: the stated one, else the last segment of the IRI (as the projection does)."""
    return name if name else local_name(iri)


def cooperation_graph(edges: Iterable[tuple]) -> tuple[nx.Graph, dict[str, str]]:
    """Undirected simple graph from (s, o, s_name, o_name) rows, built in sorted order so that
    algorithms with ties (Louvain, sampling) give the same answer whatever the row order."""
    names: dict[str, str] = {}
    pairs = set()
    for s, o, sn, on in edges:
        if s == o:
            continue
        names.setdefault(s, display_name(s, sn))
        names.setdefault(o, display_name(o, on))
        pairs.add((min(s, o), max(s, o)))
    H = nx.Graph()
    H.add_nodes_from(sorted(names))
    H.add_edges_from(sorted(pairs))
    return H, names


def path_rows(paths: Iterable[list[str]], names: dict[str, str]) -> list[dict]:
    """The smallest (by IRI sequence) of the given shortest paths, as rows {step, iri, name}."""
    cands = [list(p) for p in paths if p]
    if not cands:
        return []
    n = min(len(p) for p in cands)
    best = min(p for p in cands if len(p) == n)
    return [{"step": i, "iri": iri, "name": names.get(iri) or local_name(iri)} for i, iri in enumerate(best)]


def shortest_path(edges: Iterable[tuple], source: str, target: str, max_hops: int = MAX_HOPS) -> list[dict]:
    """Shortest cooperation path between two actors, ties broken by the IRI sequence.

    >>> e = [("urn:a", "urn:b", "A", "B"), ("urn:b", "urn:c", "B", "C"), ("urn:a", "urn:d", "A", "D"),
    ...      ("urn:d", "urn:c", "D", "C")]
    >>> [r["iri"] for r in shortest_path(e, "urn:a", "urn:c")]
    ['urn:a', 'urn:b', 'urn:c']
    """
    H, names = cooperation_graph(edges)
    if source == target:  # nothing to link (and Neo4j refuses shortest paths from a node to itself)
        return []
    if source not in H or target not in H:
        return []
    try:
        paths = list(nx.all_shortest_paths(H, source, target))
    except nx.NetworkXNoPath:
        return []
    if len(paths[0]) - 1 > max_hops:
        return []
    return path_rows(paths, names)


def communities(edges: Iterable[tuple], seed: int = 0) -> list[dict]:
    """Communities of cooperation (Louvain, fixed seed), numbered by size then smallest IRI.

    >>> e = [("urn:a", "urn:b", None, None), ("urn:c", "urn:d", None, None)]
    >>> [(r["community"], r["member"]) for r in communities(e)]
    [(0, 'urn:a'), (0, 'urn:b'), (1, 'urn:c'), (1, 'urn:d')]
    """
    H, names = cooperation_graph(edges)
    if H.number_of_nodes() == 0:
        return []
    found = nx.community.louvain_communities(H, seed=seed)
    ordered = sorted((sorted(c) for c in found), key=lambda c: (-len(c), c[0]))
    return [{"community": i, "member": m, "name": names[m], "size": len(c)}
            for i, c in enumerate(ordered) for m in c]


def betweenness_ranking(edges: Iterable[tuple]) -> list[tuple[str, float, str]]:
    """(actor, betweenness rounded to 6 digits, name) of every node, highest first, ties by IRI.

    Exact up to EXACT_BETWEENNESS_NODES nodes; above, estimated from BETWEENNESS_SAMPLES source
    nodes drawn with a fixed seed (networkx `betweenness_centrality(k=..., seed=0)`), so the
    values are an approximation but the same at every run on the same graph.
    """
    H, names = cooperation_graph(edges)
    if H.number_of_nodes() == 0:
        return []
    if H.number_of_nodes() > EXACT_BETWEENNESS_NODES:
        bc = nx.betweenness_centrality(H, k=BETWEENNESS_SAMPLES, seed=0)
    else:
        bc = nx.betweenness_centrality(H)
    ranked = sorted(((round(v, 6), n) for n, v in bc.items()), key=lambda t: (-t[0], t[1]))
    return [(n, v, names[n]) for v, n in ranked]


def brokers(edges: Iterable[tuple], top: int = 10) -> list[dict]:
    """Actors with the highest betweenness centrality in the cooperation graph (rounded to 6 digits).

    >>> e = [("urn:a", "urn:b", None, None), ("urn:b", "urn:c", None, None)]
    >>> [(r["actor"], r["betweenness"]) for r in brokers(e, top=1)]
    [('urn:b', 1.0)]
    """
    return [{"rank": i + 1, "actor": n, "name": name, "betweenness": v}
            for i, (n, v, name) in enumerate(betweenness_ranking(edges)[:top])]


_FAMILIES = (
    ("RTES", re.compile(r"^(rtes\b|reseau des collectivites territoriales pour une economie solidaire)")),
    ("AMIF", re.compile(r"^(amif\b|association des maires d'ile-de-france)")),
    ("CRESS", re.compile(r"^(cress\b|chambre regionale de l'economie sociale)")),
)


def network_family(iri: str, name: Optional[str]) -> Optional[str]:
    """RTES, AMIF or CRESS (any région) from the gazetteer IRI or the name; None otherwise.

    >>> network_family("https://w3id.org/essgraph/id/org/cress-bretagne", None)
    'CRESS'
    >>> network_family("urn:x", "Association des maires d’Île-de-France"), network_family("urn:y", "Pantin")
    ('AMIF', None)
    """
    key = local_name(iri)
    if "/org/" in iri:
        for fam, _ in _FAMILIES:
            if key == fam.lower() or key.startswith(fam.lower() + "-"):
                return fam
    text = normalise_name(name or "")
    for fam, rx in _FAMILIES:
        if rx.search(text):
            return fam
    return None


def network_overlap(rows: Iterable[dict]) -> list[dict]:
    """Actors linked (membership or post) to networks of two or more families.

    Input rows: {actor, name, network, network_name}. Output: {actor, name, families, networks}
    with '|'-joined sorted values.
    """
    fams: dict[str, set] = {}
    nets: dict[str, set] = {}
    names: dict[str, str] = {}
    for r in rows:
        fam = network_family(r["network"], r.get("network_name"))
        if fam is None:
            continue
        fams.setdefault(r["actor"], set()).add(fam)
        nets.setdefault(r["actor"], set()).add(r["network"])
        names[r["actor"]] = display_name(r["actor"], r.get("name"))
    return [{"actor": a, "name": names[a], "families": "|".join(sorted(f)), "networks": "|".join(sorted(nets[a]))}
            for a, f in fams.items() if len(f) >= 2]
