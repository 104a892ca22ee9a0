"""Graph-wide analytics are computed once per state of the store, stored, and never served stale."""
from __future__ import annotations

import pytest

from graph.rdf import extraction_to_graph
from graph.store import EssStore
from queries import analytics
from queries.registry import ask
from tests.fixtures_query import _doc, _Doc, all_extractions

BACKENDS = ("sparql", "networkx", "ladybug")


def new_partnership():
    """A document linking two actors no other document names (they form a community of their own)."""
    t = "La Coopérative Alpha est partenaire de la Coopérative Beta."
    d = _Doc(_doc("d00000000000000b1", "alpha_beta", t), t)
    a = d.ent("ESSOrganization", "Coopérative Alpha")
    b = d.ent("ESSOrganization", "Coopérative Beta")
    d.rel("partner_of", a, b, "est partenaire de")
    return d.build()


def fill(path) -> EssStore:
    store = EssStore(path)
    for x in all_extractions():
        store.replace_document(x.doc.doc_id, extraction_to_graph(x))
    store.refresh_union()
    return store


def members(rows) -> set:
    return {r["name"] for r in rows}


def test_stored_values_are_those_computed_from_the_union_edges(tmp_path):
    store = fill(tmp_path / "s")
    for include_private in (False, True):
        values, version = analytics.read_values(store, include_private)
        assert version == store.union_version()
        union, _target = analytics._graphs(include_private)
        assert values == analytics.compute(analytics.union_edges(store, union))
    stored = ask("communities", store)
    store.close()
    # the read-only store computes on the fly when it must; here the stored values are fresh and read
    ro = EssStore(tmp_path / "s", read_only=True)
    assert analytics.analytics_graph(ro) is not None
    assert ask("communities", ro) == stored
    ro.close()


def test_private_documents_count_only_in_the_private_view(tmp_path):
    """The private note is the only source of the Tissages d'Armor - Est Ensemble partnership."""
    from graph.store import UNION_ALL, UNION_PUBLIC

    store = fill(tmp_path / "s")
    pair = lambda edges: {frozenset(e[:2]) for e in edges if "tissages" in e[0] + e[1] and "200057875" in e[0] + e[1]}  # noqa: E731
    assert not pair(analytics.union_edges(store, UNION_PUBLIC)) and pair(analytics.union_edges(store, UNION_ALL))
    public, _v = analytics.read_values(store, False)
    everything, _v = analytics.read_values(store, True)
    assert public != everything
    for b in BACKENDS:
        assert ask("brokers", store, top=100, backend=b, include_private=True) == ask(
            "brokers", store, top=100, include_private=True)
    store.close()


def test_a_write_makes_the_stored_analytics_stale_and_they_are_never_read(tmp_path):
    store = fill(tmp_path / "s")
    before = ask("communities", store)
    assert "Coopérative Alpha" not in members(before)
    store.replace_document("d00000000000000b1", extraction_to_graph(new_partnership()))
    assert analytics.analytics_graph(store) is None and analytics.read_values(store) is None
    store.close()

    # A reader opening the store before the writer refreshed: stale values exist on disk, but the
    # answer is computed from the current edges.
    ro = EssStore(tmp_path / "s", read_only=True)
    assert analytics.analytics_graph(ro) is None
    computed = ask("communities", ro)
    assert "Coopérative Alpha" in members(computed)
    assert {r["name"] for r in ask("brokers", ro, top=100)} >= {"Coopérative Alpha", "Coopérative Beta"}
    ro.close()

    store = EssStore(tmp_path / "s")
    stored = ask("communities", store)  # the writer refreshes, recomputes and stores, then reads
    assert analytics.analytics_graph(store) is not None
    assert stored == computed
    answers = {b: ask("communities", store, backend=b) for b in BACKENDS}
    assert answers["sparql"] == answers["networkx"] == answers["ladybug"] == stored
    store.close()


def test_unchanged_links_are_restamped_not_recomputed(tmp_path):
    store = fill(tmp_path / "s")
    doc = all_extractions()[0]
    store.forget(doc.doc.doc_id)
    store.replace_document(doc.doc.doc_id, extraction_to_graph(doc))
    store.refresh_union(analytics=False)
    assert analytics.analytics_graph(store) is None  # new version, not yet stamped
    assert analytics.refresh_analytics(store) == []  # same cooperation links: nothing recomputed
    assert analytics.analytics_graph(store) is not None
    store.close()


def test_a_new_method_makes_the_stored_values_stale(tmp_path, monkeypatch):
    store = fill(tmp_path / "s")
    monkeypatch.setattr(analytics, "METHOD", analytics.METHOD + "; other parameters")
    assert analytics.analytics_graph(store) is None
    assert len(analytics.refresh_analytics(store)) == 2
    assert analytics.analytics_graph(store) is not None
    store.close()


@pytest.mark.parametrize("top", [1, 3, 50])
def test_brokers_agree_across_backends_for_any_top(tmp_path_factory, top):
    store = fill(tmp_path_factory.mktemp("brokers"))
    answers = {b: ask("brokers", store, top=top, backend=b) for b in BACKENDS}
    assert answers["sparql"] == answers["networkx"] == answers["ladybug"]
    assert [r["rank"] for r in answers["sparql"]] == list(range(1, len(answers["sparql"]) + 1))
    assert len(answers["sparql"]) == min(top, len(ask("communities", store)))
    store.close()
