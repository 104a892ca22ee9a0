"""graph.project_nx: the projection's shape, and RDF -> networkx -> RDF keeps every relation."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.model import DocumentMeta, Entity, Extraction, Relation, Span
from graph.project_nx import from_networkx, relation_triples, to_networkx
from graph.rdf import extraction_to_graph
from graph.store import EssStore
from tests.fixtures_query import build_store

POOL = [("Person", None, "Ana Roux"), ("Person", None, "Élie Bâ"), ("Collectivite", "Commune", "Pantin"),
        ("Collectivite", "Region", "Bretagne"), ("Network", None, "RTES"), ("ESSOrganization", None, "Coop A"),
        ("Event", None, "Forum"), ("Convention", None, "Accord")]
RELS = ["holds_post", "member_of", "partner_of", "signatory", "organizes", "participates", "sponsors",
        "founded", "publishes", "part_of", "located_in"]
TEXT = " ".join(name for _t, _s, name in POOL)


def _extraction(relations, private=False) -> Extraction:
    ents = []
    for i, (t, sub, name) in enumerate(POOL):
        start = TEXT.index(name)
        ids = {"insee": "93055"} if name == "Pantin" else {"insee": "53"} if name == "Bretagne" else {}
        ents.append(Entity(key=f"E{i}", type=t, subtype=sub, name=name, ids=ids,
                           mentions=[Span(start=start, end=start + len(name), text=name)]))
    rels = [Relation(type=r, source=f"E{s}", target=f"E{o}", role=role, start=start,
                     evidence=Span(start=0, end=3, text=TEXT[:3])) for r, s, o, role, start in relations]
    meta = DocumentMeta(doc_id="d00000000000000ff", source="t.txt", name="t", sha256="0" * 64, format="txt",
                        private=private)
    return Extraction(doc=meta, entities=ents, relations=rels, extractor="hypothesis")


relation = st.tuples(st.sampled_from(RELS), st.integers(0, len(POOL) - 1), st.integers(0, len(POOL) - 1),
                     st.sampled_from([None, "présidente", "Maire", "membre du bureau"]),
                     st.sampled_from([None, "2020", "2021-03", "2022-05-01"]))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(relation, max_size=15))
def test_round_trip_keeps_every_relation(relations):
    g = extraction_to_graph(_extraction(relations))
    G = to_networkx(g)
    back = from_networkx(G)
    assert relation_triples(back) == relation_triples(g)
    # posts: one holds_post edge per org:Membership
    memberships = {str(m) for m in g.subjects(predicate=None, object=None) if "membership/" in str(m)}
    assert len([1 for *_e, d in G.edges(data=True) if d["rel"] == "holds_post"]) == len(memberships)
    # the projection of the round trip is the same graph
    G2 = to_networkx(back)
    assert sorted(G.edges(keys=True)) == sorted(G2.edges(keys=True))


def test_projection_shape(tmp_path):
    store = build_store(tmp_path / "s")
    G = to_networkx(store)
    pantin = G.nodes["https://w3id.org/essgraph/id/commune/93055"]
    assert (pantin["kind"], pantin["subtype"], pantin["insee"], pantin["label"]) == ("Collectivite", "Commune", "93055", "Pantin")
    assert pantin["docs"] == sorted(pantin["docs"]) and len(pantin["docs"]) >= 2 and pantin["private"] is False
    amelie = "https://w3id.org/essgraph/id/person/amelie-durand"
    keys = sorted(k for _u, _v, k in G.out_edges(amelie, keys=True) if k.startswith("holds_post"))
    assert keys == ["holds_post", "holds_post#2"]  # two posts in one commune, both kept
    d = G.edges[amelie, "https://w3id.org/essgraph/id/commune/93055", "holds_post"]
    assert d["rel"] == "holds_post" and d["evidence"] and {"doc", "start", "end", "quote"} <= set(d["evidence"][0])
    # private documents: hidden by default, flagged when included
    assert not G.has_node("https://w3id.org/essgraph/id/essorganization/tissages-d-armor") or not any(
        d.get("private") for *_e, d in G.edges(data=True))
    Gp = to_networkx(store, include_private=True)
    private_edges = [d for *_e, d in Gp.edges(data=True) if d["private"]]
    assert "partner_of" in {d["rel"] for d in private_edges}  # the private note, among others
    # the same projection from a plain rdflib graph of the public facts
    mem = EssStore(backend="memory")
    for gi in store.graph_iris():
        doc_id = str(gi).rsplit("/", 1)[-1]
        mem.replace_document(doc_id, store.dataset.graph(gi))
    assert sorted(to_networkx(mem).edges(keys=True)) == sorted(G.edges(keys=True))
    store.close()


def test_private_facts_of_a_plain_graph_are_dropped():
    g = extraction_to_graph(_extraction([("partner_of", 2, 5, None, None)], private=True))
    assert to_networkx(g).number_of_edges() == 0
    assert to_networkx(g, include_private=True).number_of_edges() == 1
