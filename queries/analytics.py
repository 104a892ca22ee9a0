"""Graph-wide analytics computed once per state of the store, not once per question.

Communities (Louvain) and betweenness (brokers) need the whole cooperation graph: seconds at a
million triples. `refresh_analytics(store)` (called by `EssStore.refresh_union` after each batch of
writes) computes them from the cooperation links of each union and writes them to a derived named
graph beside it (`ANALYTICS_PUBLIC` for `UNION_PUBLIC`, `ANALYTICS_ALL` for `UNION_ALL`):

    <actor> ess:community 3 ; ess:communitySize 120 ; ess:betweenness 0.0123 ; ess:brokerRank 7 .
    <analytics graph> ess:derivedFrom "<union version>" ; ess:method "<METHOD>" ; ess:edgeDigest "…" .

They are fresh only while `ess:derivedFrom` equals the union's version (which every write
changes) and `ess:method` equals METHOD; questions read them only then, and otherwise compute on
the fly. The networkx projection and the LadybugDB copy carry the same values as node
attributes/properties (`attach`), so every backend answers from the same numbers.
"""
from __future__ import annotations

import hashlib
from typing import Optional

from queries import algorithms

ESS = "https://w3id.org/essgraph/ontology#"
ORG = "http://www.w3.org/ns/org#"
COOPERATION_PREDICATES = tuple(ESS + p for p in (
    "holdsPostIn", "partnerOf", "signatoryOf", "organizes", "participatesIn", "sponsors", "founded", "publishes",
)) + (ORG + "memberOf", ORG + "subOrganizationOf")
# Changing an algorithm or its parameters changes METHOD, which makes every stored result stale.
METHOD = (f"louvain seed 0; betweenness exact up to {algorithms.EXACT_BETWEENNESS_NODES} nodes, else "
          f"{algorithms.BETWEENNESS_SAMPLES} sampled sources seed 0")
ATTRS = ("community", "community_size", "betweenness", "broker_rank")
_P = {"community": ESS + "community", "community_size": ESS + "communitySize",
      "betweenness": ESS + "betweenness", "broker_rank": ESS + "brokerRank"}
_DERIVED_FROM, _METHOD, _DIGEST = ESS + "derivedFrom", ESS + "method", ESS + "edgeDigest"


def compute(edges) -> dict[str, dict]:
    """IRI -> {community, community_size, betweenness, broker_rank} from (s, o, ...) cooperation rows."""
    out: dict[str, dict] = {}
    for r in algorithms.communities(edges):
        out[r["member"]] = {"community": r["community"], "community_size": r["size"]}
    for rank, (n, v, _name) in enumerate(algorithms.betweenness_ranking(edges), start=1):
        out.setdefault(n, {}).update(betweenness=v, broker_rank=rank)
    return out


def edge_digest(edges) -> str:
    """Digest of the undirected cooperation links: equal digests give equal analytics."""
    pairs = sorted({(min(s, o), max(s, o)) for s, o, *_ in edges if s != o})
    return hashlib.sha256("\n".join(f"{a} {b}" for a, b in pairs).encode()).hexdigest()


# ------------------------------------------------------------------ the RDF store
def _graphs(include_private: bool):
    from graph.store import ANALYTICS_ALL, ANALYTICS_PUBLIC, UNION_ALL, UNION_PUBLIC

    return (UNION_ALL, ANALYTICS_ALL) if include_private else (UNION_PUBLIC, ANALYTICS_PUBLIC)


def union_edges(store, union) -> list[tuple]:
    """(s, o, None, None) cooperation links of a union graph, read from the indexes (no SPARQL)."""
    import pyoxigraph as ox

    g = ox.NamedNode(str(union))
    out = []
    for p in COOPERATION_PREDICATES:
        for q in store.ox.quads_for_pattern(None, ox.NamedNode(p), None, g):
            if isinstance(q.object, ox.NamedNode) and q.subject != q.object:
                out.append((q.subject.value, q.object.value, None, None))
    return out


def _stamp(store, target) -> dict[str, str]:
    import pyoxigraph as ox

    node = ox.NamedNode(str(target))
    return {q.predicate.value: q.object.value for q in store.ox.quads_for_pattern(node, None, None, node)}


def analytics_graph(store, include_private: bool = False) -> Optional[tuple[str, str]]:
    """(analytics graph IRI, union version) when the store holds fresh analytics for this view."""
    if getattr(store, "backend", None) != "oxigraph":
        return None
    version = store.union_version()
    if version is None:
        return None
    _union, target = _graphs(include_private)
    stamp = _stamp(store, target)
    if stamp.get(_DERIVED_FROM) != version or stamp.get(_METHOD) != METHOD:
        return None
    return str(target), version


def refresh_analytics(store) -> list[str]:
    """Recompute the stale analytics of a writable store whose unions are fresh; names the views done.

    A view whose cooperation links did not change since its last computation (same edge digest)
    is only re-stamped, not recomputed."""
    import pyoxigraph as ox

    version = store.union_version()
    if version is None or store.read_only:
        return []
    done, computed = [], {}
    for include_private in (False, True):
        union, target = _graphs(include_private)
        stamp = _stamp(store, target)
        if stamp.get(_DERIVED_FROM) == version and stamp.get(_METHOD) == METHOD:
            continue
        edges = union_edges(store, union)
        digest = edge_digest(edges)
        node = ox.NamedNode(str(target))
        head = [ox.Quad(node, ox.NamedNode(_DERIVED_FROM), ox.Literal(version), node),
                ox.Quad(node, ox.NamedNode(_METHOD), ox.Literal(METHOD), node),
                ox.Quad(node, ox.NamedNode(_DIGEST), ox.Literal(digest), node)]
        if stamp.get(_DIGEST) == digest and stamp.get(_METHOD) == METHOD:
            for q in list(store.ox.quads_for_pattern(node, None, None, node)):
                store.ox.remove(q)
            store.ox.extend(head)
            continue
        values = computed.get(digest)
        if values is None:
            values = computed[digest] = compute(edges)
        if store.ox.contains_named_graph(node):
            store.ox.remove_graph(node)
        quads = head + [ox.Quad(ox.NamedNode(iri), ox.NamedNode(_P[k]), ox.Literal(v), node)
                        for iri, attrs in values.items() for k, v in attrs.items()]
        store.ox.extend(quads)
        done.append(str(target))
    return done


def read_values(store, include_private: bool = False) -> Optional[tuple[dict, str]]:
    """(IRI -> attrs, union version) of the store's fresh analytics, None when stale or absent."""
    import pyoxigraph as ox

    found = analytics_graph(store, include_private)
    if found is None:
        return None
    target, version = found
    g = ox.NamedNode(target)
    out: dict[str, dict] = {}
    for attr, p in _P.items():
        for q in store.ox.quads_for_pattern(None, ox.NamedNode(p), None, g):
            v = q.object.value
            out.setdefault(q.subject.value, {})[attr] = float(v) if attr == "betweenness" else int(v)
    return out, version


# ------------------------------------------------------------------ projections
def attach(G, values: dict[str, dict], stamp: str) -> None:
    """Put the analytics on the projection's nodes; `G.graph['analytics']` records their origin."""
    for n in G.nodes:
        d = G.nodes[n]
        for a in ATTRS:
            d.pop(a, None)
        d.update(values.get(n, {}))
    G.graph["analytics"] = stamp


def attach_for_store(G, store, include_private: bool = False) -> None:
    """The store's fresh analytics on `G` (a projection of that store), else computed from `G`."""
    found = read_values(store, include_private) if getattr(store, "backend", None) == "oxigraph" else None
    if found is not None:
        attach(G, found[0], f"store {found[1]}")
    else:
        ensure_attached(G)


def ensure_attached(G) -> None:
    """Compute the analytics from the projection itself when it carries none."""
    if not G.graph.get("analytics"):
        from queries.nx_questions import cooperation_edges

        edges = cooperation_edges(G)
        attach(G, compute(edges), f"computed {edge_digest(edges)}")
