"""Keep the materialised unions in step with one document write, touching only its triples.

`UNION_ALL` holds every triple of every document graph, `UNION_PUBLIC` those of the public ones
(a document graph is one stating `<g> a ess:SourceDocument`; a private one states
`<g> ess:private true`). When graph `g` changes from `old` to `new` quads, a triple that left `g`
leaves a union only if no other document graph visible to that union still asserts it; a triple
that entered `g` is added (a union is a set: adding a triple it has is a no-op). The cost is one
index lookup per removed triple, whatever the size of the store.
"""
from __future__ import annotations

from typing import Iterable

import pyoxigraph as ox

from graph.store import ESS, UNION_ALL, UNION_PUBLIC

_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_SOURCE_DOCUMENT = ox.NamedNode(ESS + "SourceDocument")
_PRIVATE = ox.NamedNode(ESS + "private")
_TRUE = ox.Literal(True)


def _triples(quads: Iterable[ox.Quad]) -> set[tuple]:
    return {(q.subject, q.predicate, q.object) for q in quads}


def _membership(gname: ox.NamedNode, triples: set[tuple]) -> tuple[bool, bool]:
    """(in union-all, in union-public) for a graph holding `triples`."""
    is_doc = (gname, _TYPE, _SOURCE_DOCUMENT) in triples
    return is_doc, is_doc and (gname, _PRIVATE, _TRUE) not in triples


def document_graphs(store: ox.Store) -> tuple[set, set]:
    """(all document graphs, public document graphs), read from the type and privacy statements."""
    docs = {q.subject for q in store.quads_for_pattern(None, _TYPE, _SOURCE_DOCUMENT, None)
            if q.subject == q.graph_name}
    private = {q.subject for q in store.quads_for_pattern(None, _PRIVATE, _TRUE, None) if q.subject == q.graph_name}
    return docs, docs - private


def write_graph(store: ox.Store, gname: ox.NamedNode, new: list[ox.Quad], *, keep_unions: bool) -> dict:
    """Replace graph `gname` by the `new` quads; with `keep_unions`, apply the change to both unions.

    The document and the union additions go in one transaction (extend), the removals after,
    once the other document graphs can be asked who still asserts a triple. Returns how many
    triples were added to and removed from each union."""
    old = list(store.quads_for_pattern(None, None, None, gname)) if keep_unions else []
    if store.contains_named_graph(gname):
        store.remove_graph(gname)
    if not keep_unions:
        store.extend(new)
        return {}
    old_t, new_t = _triples(old), _triples(new)
    was_all, was_public = _membership(gname, old_t)
    now_all, now_public = _membership(gname, new_t)
    plan, adds = [], list(new)
    for union, before, after in ((UNION_ALL, was_all, now_all), (UNION_PUBLIC, was_public, now_public)):
        target = ox.NamedNode(str(union))
        before_t = old_t if before else set()
        after_t = new_t if after else set()
        added = after_t - before_t
        adds += [ox.Quad(s, p, o, target) for s, p, o in added]
        plan.append((union, target, before_t - after_t, len(added)))
    store.extend(adds)
    docs, public = document_graphs(store)
    stats = {}
    for union, target, candidates, n_added in plan:
        holders = docs if union == UNION_ALL else public
        removed = 0
        for s, p, o in candidates:
            if not any(q.graph_name in holders for q in store.quads_for_pattern(s, p, o, None)):
                store.remove(ox.Quad(s, p, o, target))
                removed += 1
        stats[str(union)] = {"added": n_added, "removed": removed}
    return stats
