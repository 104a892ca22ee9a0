"""The materialised unions, kept in step write by write, equal the unions recomputed from scratch."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDF, Graph, Literal, URIRef

from graph.store import ESS, REFERENCE_GRAPH, STATE_GRAPH, UNION_ALL, UNION_PUBLIC, EssStore, doc_graph_iri

EX = "https://example.org/"
POOL = [(URIRef(f"{EX}s{i % 3}"), URIRef(f"{EX}p{i % 2}"), URIRef(f"{EX}o{i}")) for i in range(8)]


def doc_graph(doc: int, variant: int, private: bool, typed: bool = True) -> Graph:
    """A small document: its node, shared triples chosen by `variant` (so documents overlap), one of its own."""
    iri = doc_graph_iri(f"d{doc}")
    g = Graph(identifier=iri)
    if typed:
        g.add((iri, RDF.type, URIRef(ESS + "SourceDocument")))
    g.add((iri, URIRef(ESS + "sha256"), Literal(f"{doc:064x}")))
    g.add((iri, URIRef(ESS + "sourcePath"), Literal(f"tests/union/{doc}.txt")))
    g.add((iri, URIRef(ESS + "private"), Literal(private)))
    for i, t in enumerate(POOL):
        if (variant >> i) & 1:
            g.add(t)
    g.add((URIRef(f"{EX}own{doc}"), URIRef(f"{EX}v"), Literal(variant)))
    return g


def union_triples(store: EssStore, union: URIRef) -> set:
    return {(q.subject, q.predicate, q.object) for q in store.ox.quads_for_pattern(None, None, None, ox.NamedNode(str(union)))}


def expected_unions(store: EssStore) -> tuple[set, set]:
    """Both unions recomputed from the document graphs, by the definition (not by the store's code)."""
    everything, public = set(), set()
    for gname in store.ox.named_graphs():
        triples = {(q.subject, q.predicate, q.object) for q in store.ox.quads_for_pattern(None, None, None, gname)}
        if (gname, ox.NamedNode(str(RDF.type)), ox.NamedNode(ESS + "SourceDocument")) not in triples:
            continue
        everything |= triples
        if (gname, ox.NamedNode(ESS + "private"), ox.Literal(True)) not in triples:
            public |= triples
    return everything, public


def assert_unions_match(store: EssStore) -> None:
    want_all, want_public = expected_unions(store)
    for union, want in ((UNION_ALL, want_all), (UNION_PUBLIC, want_public)):
        got = union_triples(store, union)
        assert got == want, (f"{union} differs from the union recomputed from scratch\n"
                             f"missing: {sorted(map(str, want - got))}\nextra: {sorted(map(str, got - want))}")


OPS = st.lists(st.one_of(
    st.tuples(st.just("put"), st.integers(0, 3), st.integers(0, 255), st.booleans(), st.booleans()),
    st.tuples(st.just("forget"), st.integers(0, 3)),
    st.tuples(st.just("refresh")),
    st.tuples(st.just("reference"), st.integers(0, 255)),
), max_size=14)


def apply(store: EssStore, op: tuple) -> None:
    if op[0] == "put":
        _, doc, variant, private, typed = op
        store.replace_document(f"d{doc}", doc_graph(doc, variant, private, typed))
    elif op[0] == "forget":
        store.forget(f"d{op[1]}")
    elif op[0] == "refresh":
        store.refresh_union(analytics=False)
    else:  # the reference graph is not a document: it never enters the unions
        g = Graph()
        for i, t in enumerate(POOL):
            if (op[1] >> i) & 1:
                g.add(t)
        store.replace_reference(g)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=OPS)
def test_incremental_unions_equal_recomputed_unions(ops):
    store = EssStore(None, backend="oxigraph")
    for op in ops:
        apply(store, op)
        assert_unions_match(store)
    store.refresh_union(analytics=False)
    assert store.union_is_fresh()
    assert_unions_match(store)


def test_triple_stays_until_both_documents_are_gone():
    store = EssStore(None, backend="oxigraph")
    shared = POOL[0]
    shared_ox = tuple(ox.NamedNode(str(x)) for x in shared)
    store.replace_document("d0", doc_graph(0, 0b1, False))
    store.replace_document("d1", doc_graph(1, 0b1, True))
    assert shared_ox in union_triples(store, UNION_PUBLIC) and shared_ox in union_triples(store, UNION_ALL)
    store.forget("d0")  # the private d1 still states it: gone from the public union only
    assert shared_ox not in union_triples(store, UNION_PUBLIC) and shared_ox in union_triples(store, UNION_ALL)
    store.replace_document("d1", doc_graph(1, 0b1, False))  # d1 made public
    assert shared_ox in union_triples(store, UNION_PUBLIC)
    store.forget("d1")
    assert shared_ox not in union_triples(store, UNION_ALL)
    assert_unions_match(store)


def test_a_write_removes_the_state_so_the_old_union_is_never_read(tmp_path):
    store = EssStore(tmp_path / "s")
    store.replace_document("d0", doc_graph(0, 0b11, False))
    assert store.refresh_union(analytics=False) and store.union_is_fresh()
    v0 = store.union_version()
    store.replace_document("d1", doc_graph(1, 0b100, False))
    assert not store.union_is_fresh() and store.union_version() is None
    assert not store.ox.contains_named_graph(ox.NamedNode(str(STATE_GRAPH)))
    store.refresh_union(analytics=False)
    assert store.union_is_fresh() and store.union_version() not in (None, v0)
    store.close()


def test_reopened_store_with_stale_unions_is_rebuilt_whole(tmp_path):
    """A store whose unions are out of step (as after a crash mid-write) is not patched but rebuilt."""
    store = EssStore(tmp_path / "s")
    store.replace_document("d0", doc_graph(0, 0b11, False))
    store.refresh_union(analytics=False)
    # break the union behind the store's back, and drop the state as a crash mid-write would
    store.ox.remove(ox.Quad(*(ox.NamedNode(str(x)) for x in POOL[0]), ox.NamedNode(str(UNION_PUBLIC))))
    store.ox.remove_graph(ox.NamedNode(str(STATE_GRAPH)))
    store.close()
    store = EssStore(tmp_path / "s")
    store.replace_document("d1", doc_graph(1, 0b100, True))
    assert store.refresh_union(analytics=False)
    assert_unions_match(store)
    store.close()


def test_queries_read_the_up_to_date_union(tmp_path):
    store = EssStore(tmp_path / "s")
    ask = "ASK { <https://example.org/s0> <https://example.org/p0> <https://example.org/o0> }"
    store.replace_document("d0", doc_graph(0, 0b1, False))
    assert store.query(ask).askAnswer
    store.forget("d0")
    assert not store.query(ask).askAnswer
    store.replace_document("d1", doc_graph(1, 0b1, True))
    assert not store.query(ask).askAnswer and store.query(ask, include_private=True).askAnswer
    store.close()


@pytest.mark.parametrize("private", [False, True])
def test_reference_graph_never_enters_the_unions(private):
    store = EssStore(None, backend="oxigraph")
    store.replace_document("d0", doc_graph(0, 0, private))
    g = Graph()
    g.add(POOL[3])
    store.replace_reference(g)
    assert tuple(ox.NamedNode(str(x)) for x in POOL[3]) not in union_triples(store, UNION_ALL)
    assert store.has_graph(REFERENCE_GRAPH)
    assert_unions_match(store)


def test_a_store_stamped_before_versions_gets_one_without_a_rebuild(tmp_path):
    store = EssStore(tmp_path / "s")
    store.replace_document("d0", doc_graph(0, 0b11, False))
    store.refresh_union(analytics=False)
    state = ox.NamedNode(str(STATE_GRAPH))
    for q in list(store.ox.quads_for_pattern(state, ox.NamedNode(ESS + "unionVersion"), None, state)):
        store.ox.remove(q)  # as an older essgraph left it: fingerprint only
    store.close()
    store = EssStore(tmp_path / "s")
    assert store.union_is_fresh() and store.union_version() is None
    assert store.refresh_union(analytics=False) and store.union_version() is not None
    assert_unions_match(store)
    store.close()
