"""The Cypher property-graph model (docs/DESIGN.md, "Cypher model"), as rows from the projection.

Shared by LadybugDB (embedded) and the Neo4j/Bolt push so both hold the same graph as networkx.
Beyond DESIGN.md's properties, nodes carry `end_date`, `dep` and `region` (département and région
codes of a collectivité, from its INSEE code: queries/geo.py), `search` ('|'-wrapped normalised
name and aliases, for accent-insensitive lookups with a parameter) and `private`; relationships
carry `key` (the networkx edge key, which tells apart several posts of a person in one
organisation) and `private`. Nodes also carry the graph-wide analytics (`community`,
`community_size`, `betweenness`, `broker_rank`: queries/analytics.py) and `family` (RTES, AMIF or
CRESS for those networks), so questions read them instead of computing. Dates are ISO strings.
"""
from __future__ import annotations

from typing import Iterator

import networkx as nx

from graph.iri import normalise_name
from graph.model import ENTITY_TYPES, RELATION_TYPES
from queries.algorithms import network_family
from queries.geo import place_of

# Node labels: eval entity types, plus Thing for an edge end whose type no document states.
NODE_LABELS: tuple[str, ...] = (*ENTITY_TYPES, "Thing")
REL_TYPES: tuple[str, ...] = tuple(r.upper() for r in RELATION_TYPES)
NODE_PROPS: tuple[tuple[str, str], ...] = (
    ("iri", "STRING"), ("name", "STRING"), ("subtype", "STRING"), ("insee", "STRING"), ("siren", "STRING"),
    ("date", "STRING"), ("end_date", "STRING"), ("place", "STRING"), ("dep", "STRING"), ("region", "STRING"),
    ("search", "STRING"), ("private", "BOOLEAN"), ("docs", "STRING[]"),
    # graph-wide analytics, computed once per state of the store (queries/analytics.py)
    ("community", "INT64"), ("community_size", "INT64"), ("betweenness", "DOUBLE"), ("broker_rank", "INT64"),
    # RTES / AMIF / CRESS when the node is one of those networks (queries.algorithms.network_family)
    ("family", "STRING"),
)
REL_PROPS: tuple[tuple[str, str], ...] = (
    ("key", "STRING"), ("role", "STRING"), ("start", "STRING"), ("end", "STRING"), ("docs", "STRING[]"),
    ("quote", "STRING"), ("private", "BOOLEAN"),
)


def label_of(data: dict) -> str:
    kind = data.get("kind")
    return kind if kind in ENTITY_TYPES else "Thing"


def node_rows(G: nx.MultiDiGraph) -> Iterator[dict]:
    """One dict per node: `label` plus the NODE_PROPS."""
    for n in sorted(G.nodes):
        d = G.nodes[n]
        dep, reg = place_of(d.get("subtype"), d.get("insee")) if d.get("kind") == "Collectivite" else (None, None)
        names = {normalise_name(x) for x in [d.get("label") or "", *(d.get("aliases") or [])]} - {""}
        yield {"label": label_of(d), "iri": n, "name": d.get("label"), "subtype": d.get("subtype"),
               "insee": d.get("insee"), "siren": d.get("siren"), "date": d.get("date"),
               "end_date": d.get("end_date"), "place": d.get("place"), "dep": dep, "region": reg,
               "search": "|" + "|".join(sorted(names)) + "|", "private": bool(d.get("private")),
               "docs": list(d.get("docs") or []), "community": d.get("community"),
               "community_size": d.get("community_size"), "betweenness": d.get("betweenness"),
               "broker_rank": d.get("broker_rank"), "family": network_family(n, d.get("label"))}


def edge_rows(G: nx.MultiDiGraph) -> Iterator[dict]:
    """One dict per edge: `type`, `from`, `to`, `from_label`, `to_label` plus the REL_PROPS."""
    for u, v, k, d in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        ev = d.get("evidence") or []
        yield {"type": (d.get("rel") or k.split("#")[0]).upper(), "from": u, "to": v,
               "from_label": label_of(G.nodes[u]), "to_label": label_of(G.nodes[v]),
               "key": k, "role": d.get("role"), "start": d.get("start"), "end": d.get("end"),
               "docs": list(d.get("docs") or []), "quote": ev[0].get("quote") if ev else None,
               "private": bool(d.get("private"))}
