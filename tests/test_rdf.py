"""Extraction -> RDF: expected triples, provenance, masking, determinism, and that every relation
of an extraction comes back out of its graph (hypothesis)."""
from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from essgraph.errors import InputError
from graph.iri import actor_iri, assertion_iri, document_iri, membership_iri, slug
from graph.model import ENTITY_TYPES, RELATION_TYPES, DocumentMeta, Entity, EntityAttrs, Extraction, Relation, Span
from graph.namespaces import DCTERMS, ESS, ESSK, ESSR, ESST, ID, IGEO, ORG, PROV, RDF, SCHEMA, SKOS, XSD
from graph.rdf import (MASK, RELATION_PROPERTY, extraction_relations, extraction_to_graph, graph_to_relations,
                       mask_contacts)
from tests.fixtures_extractions import ALL, PANTIN_TEXT, convention, pantin, yearless

PANTIN = ID["commune/93055"]
DURAND = ID["person/marie-durand"]
FORUM = ID["event/forum-de-l-ess-de-pantin-2024-04-18"]
RTES = ID["org/rtes"]
DOC1 = document_iri("d0000000000000001")


def _show_diff(a, b) -> str:
    _, only_a, only_b = graph_diff(to_isomorphic(a), to_isomorphic(b))
    return ("only in first:\n" + "\n".join(sorted(map(str, only_a))) +
            "\nonly in second:\n" + "\n".join(sorted(map(str, only_b))))


def test_graph_is_named_by_the_document_iri_unless_given():
    assert extraction_to_graph(pantin()).identifier == DOC1
    assert extraction_to_graph(pantin(), graph_iri="urn:x:g").identifier == URIRef("urn:x:g")


def test_document_node_and_extraction_activity():
    g = extraction_to_graph(pantin())
    assert (DOC1, RDF.type, ESS.SourceDocument) in g
    assert g.value(DOC1, DCTERMS.title) == Literal("Forum de l'ESS de Pantin")
    assert g.value(DOC1, DCTERMS.date) == Literal("2024-04-18", datatype=XSD.date)
    assert g.value(DOC1, ESS.private) == Literal(False)
    assert g.value(DOC1, ESS.sourcePath) == Literal("examples/corpus/pantin.txt")
    activity = g.value(DOC1, PROV.wasGeneratedBy)
    assert (activity, RDF.type, PROV.Activity) in g
    assert g.value(activity, ESS.extractorVersion) == Literal("test-fixtures 1.0")
    assert extraction_to_graph(convention()).value(document_iri("d0000000000000002"), ESS.private) == Literal(True)


def test_entities_with_codes_kinds_and_names():
    g = extraction_to_graph(pantin())
    assert (DURAND, RDF.type, ESS.Person) in g and g.value(DURAND, SCHEMA.name) == Literal("Marie Durand")
    assert (PANTIN, RDF.type, ESS.Commune) in g
    assert g.value(PANTIN, IGEO.codeINSEE) == Literal("93055")
    assert g.value(PANTIN, ESS.territory) == URIRef("http://id.insee.fr/geo/commune/93055")
    assert g.value(PANTIN, ESS.collectiviteKind) == ESSK.commune
    assert (PANTIN, SKOS.altLabel, Literal("Ville de Pantin")) in g
    assert (RTES, RDF.type, ESS.Network) in g
    assert g.value(FORUM, SCHEMA.startDate) == Literal("2024-04-18", datatype=XSD.date)
    assert g.value(FORUM, ESS.placeText) == Literal("Pantin")
    assert g.value(FORUM, ESS.eventKind) == Literal("forum")


def test_epci_class_follows_its_legal_form_and_siren_is_kept():
    g = extraction_to_graph(convention())
    nantes = ID["epci/244400404"]
    assert (nantes, RDF.type, ESS.Metropole) in g
    assert g.value(nantes, ESS.collectiviteKind) == ESSK.metropole
    assert g.value(nantes, ESS.siren) == Literal("244400404")
    assert g.value(nantes, ESS.territory) is None  # no INSEE geo resource for EPCIs
    region = ID["region/11"]
    assert g.value(region, ESS.territory) == URIRef("http://id.insee.fr/geo/region/11")


@pytest.mark.parametrize("value,datatype", [
    ("2023-03-03", XSD.date), ("2023", XSD.gYear), ("--04-18", XSD.gMonthDay)])
def test_dates_are_typed(value, datatype):
    g = extraction_to_graph(convention())
    g += extraction_to_graph(yearless())
    assert Literal(value, datatype=datatype) in set(g.objects(None, SCHEMA.startDate))


def test_holds_post_is_an_edge_and_an_org_membership():
    g = extraction_to_graph(pantin())
    assert (DURAND, ESS.holdsPostIn, PANTIN) in g
    m = membership_iri(DURAND, PANTIN, "adjointe à la maire")
    assert (m, RDF.type, ORG.Membership) in g
    assert g.value(m, ORG.member) == DURAND and g.value(m, ORG.organization) == PANTIN
    assert g.value(m, ORG.role) == ESSR["adjoint-au-maire"]
    assert g.value(m, ESS.roleLabel) == Literal("adjointe à la maire")
    assert g.value(m, ESS.delegation) == Literal("chargée de l'ESS")
    past = extraction_to_graph(convention())
    posts = list(past.subjects(RDF.type, ORG.Membership))
    assert len(posts) == 1 and past.value(posts[0], SCHEMA.startDate) == Literal("2021", datatype=XSD.gYear)


def test_every_relation_type_maps_to_its_property():
    g = extraction_to_graph(pantin())
    assert (DURAND, ESS.participatesIn, FORUM) in g
    assert (PANTIN, ESS.organizes, FORUM) in g and (RTES, ESS.organizes, FORUM) in g
    assert (FORUM, ESS.locatedIn, PANTIN) in g
    c = extraction_to_graph(convention())
    conv = ID["convention/convention-de-partenariat-region-ile-de-france-cress-2023-03-03"]
    assert (ID["region/11"], ESS.signatoryOf, conv) in c
    assert (ID["region/11"], ESS.partnerOf, ID["network/cress-ile-de-france"]) in c
    guide = ID["publication/guide-des-achats-responsables-2023"]
    assert (ID["epci/244400404"], ESS.publishes, guide) in c
    assert (guide, ESS.theme, ESST["commande-publique-responsable"]) in c
    assert (ESST["commande-publique-responsable"], RDF.type, ESS.Theme) in c


def test_one_assertion_per_fact_with_evidence():
    x = pantin()
    g = extraction_to_graph(x)
    assertions = set(g.subjects(RDF.type, ESS.Assertion))
    assert len(assertions) == len(x.entities) + len(x.relations)
    a = assertion_iri("d0000000000000001", DURAND, ESS.holdsPostIn, PANTIN, "adjointe à la maire")
    assert a in assertions
    assert (a, RDF.subject, DURAND) in g and (a, RDF.predicate, ESS.holdsPostIn) in g and (a, RDF.object, PANTIN) in g
    assert g.value(a, ESS.role) == Literal("adjointe à la maire")
    assert g.value(a, PROV.wasDerivedFrom) == DOC1
    ev = g.value(a, ESS.evidence)
    start, end = g.value(ev, ESS.start), g.value(ev, ESS.end)
    assert start.datatype == XSD.integer and end.datatype == XSD.integer
    assert PANTIN_TEXT[start.toPython():end.toPython()] == str(g.value(ev, ESS.quote))
    # typing facts are asserted too, with every mention as evidence
    typing = assertion_iri("d0000000000000001", PANTIN, RDF.type, ESS.Commune)
    assert len(list(g.objects(typing, ESS.evidence))) == 2


def test_contact_details_are_never_written():
    for make in ALL:
        for lit in extraction_to_graph(make()).objects():
            if isinstance(lit, Literal) and lit.datatype is None:
                assert "@" not in lit and not re.search(r"\b0\d( ?\d\d){4}\b", lit), lit
    g = extraction_to_graph(pantin())
    sentences = {str(s) for s in g.objects(None, ESS.sentence)}
    assert sentences and all(s.endswith(f"Contact : {MASK} ou {MASK}.") for s in sentences)


def test_contacts_in_names_and_roles_are_masked_too():
    x = pantin()
    x.entities[0].aliases = ["M. Durand (marie@exemple.org)"]
    x.relations[0].role = "adjointe, tél. 06 12 34 56 78"
    g = extraction_to_graph(x)
    assert (DURAND, SKOS.altLabel, Literal(f"M. Durand ({MASK})")) in g
    assert Literal(f"adjointe, tél. {MASK}") in set(g.objects(None, ESS.roleLabel))


@pytest.mark.parametrize("text,masked", [
    ("écrire à prenom.nom@cress-idf.org.", f"écrire à {MASK}."),
    ("contact: jean (at) exemple . fr", f"contact: {MASK}"),
    ("01 23 45 67 89", MASK), ("01.23.45.67.89", MASK), ("0123456789", MASK),
    ("+33 1 23 45 67 89", MASK), ("+33 (0)6 12 34 56 78", MASK), ("+32 2 123 45 67", MASK),
    ("SIREN 244400404, code 93055, le 2024-04-18, 1 500 emplois", "SIREN 244400404, code 93055, le 2024-04-18, 1 500 emplois"),
])
def test_mask_contacts(text, masked):
    assert mask_contacts(text) == masked


def test_no_blank_nodes_and_two_conversions_are_isomorphic():
    for make in ALL:
        a, b = extraction_to_graph(make()), extraction_to_graph(make())
        assert not any(isinstance(t, BNode) for triple in a for t in triple)
        assert isomorphic(a, b), _show_diff(a, b)
        assert set(a) == set(b)  # no blank nodes, so even plain equality holds


def test_conversion_does_not_depend_on_entity_or_relation_order():
    x = convention()
    y = x.model_copy(deep=True)
    y.entities.reverse()
    y.relations.reverse()
    a, b = extraction_to_graph(x), extraction_to_graph(y)
    assert isomorphic(a, b), _show_diff(a, b)


def test_entities_resolved_to_one_iri_keep_one_name():
    x = pantin()
    x.entities.append(Entity(key="E9", type="Person", name="Marie DURAND", iri=str(DURAND),
                             mentions=[Span(start=0, end=2, text="Le")]))
    g = extraction_to_graph(x)
    assert list(g.objects(DURAND, SCHEMA.name)) == [Literal("Marie Durand")]
    assert (DURAND, SKOS.altLabel, Literal("Marie DURAND")) in g


def test_unknown_entity_key_is_an_input_error_naming_the_file():
    x = pantin()
    x.relations.append(Relation(type="member_of", source="E1", target="E42", evidence=Span(start=0, end=2, text="Le")))
    with pytest.raises(InputError, match=r"pantin\.txt.*E42"):
        extraction_to_graph(x)


def test_graph_to_relations_on_fixtures_and_on_a_dataset():
    ds = Dataset()
    expected = set()
    for make in ALL:
        x = make()
        g = extraction_to_graph(x)
        assert graph_to_relations(g) == extraction_relations(x)
        ctx = ds.graph(g.identifier)
        for t in g:
            ctx.add(t)
        expected |= extraction_relations(x)
    assert graph_to_relations(ds) == expected
    assert ("holds_post", str(DURAND), str(PANTIN), "adjointe à la maire") in expected


def test_graph_to_relations_drops_an_assertion_whose_edge_is_missing():
    g = extraction_to_graph(pantin())
    g.remove((DURAND, ESS.participatesIn, FORUM))
    assert not any(r[0] == "participates" for r in graph_to_relations(g))


# -- property: every edge survives the round trip --------------------------------------------

_name = st.text(alphabet="abcdeéèçABÉ -'.", min_size=1, max_size=12).filter(lambda s: slug(s) != "")
_text = st.text(max_size=40)  # anything, e-mails and digits included: only literals, never IRIs
_role = st.one_of(st.none(), st.just(""), st.text(alphabet="abcéèAB -'", min_size=1, max_size=15))
_date = st.one_of(st.none(), st.sampled_from(["2024-04-18", "2024-04", "2024", "--04-18"]))


@st.composite
def extractions(draw):
    n = draw(st.integers(min_value=1, max_value=6))
    entities = []
    for i in range(n):
        etype = draw(st.sampled_from(ENTITY_TYPES))
        subtype = draw(st.sampled_from(["Commune", "EPCI", "EPT", "Departement", "Region", "Autre", None])) \
            if etype == "Collectivite" else None
        ids = {}
        if etype == "Collectivite" and draw(st.booleans()):
            ids = {"insee": draw(st.sampled_from(["93055", "75", "11", "2A004"]))}
        elif draw(st.integers(0, 5)) == 0:
            ids = {"gazetteer": draw(st.sampled_from(["rtes", "ess-france"]))}
        entities.append(Entity(
            key=f"E{i + 1}", type=etype, subtype=subtype, name=draw(_name),
            aliases=draw(st.lists(_text, max_size=2)), ids=ids,
            attrs=EntityAttrs(date=draw(_date), place=draw(st.one_of(st.none(), _text))),
            mentions=[Span(start=s, end=s + len(t), text=t) for s, t in draw(st.lists(st.tuples(st.integers(0, 99), _text), max_size=2))],
        ))
    relations = []
    for _ in range(draw(st.integers(min_value=0, max_value=8))):
        s = draw(st.integers(0, 99))
        relations.append(Relation(
            type=draw(st.sampled_from(RELATION_TYPES)), source=f"E{draw(st.integers(1, n))}",
            target=f"E{draw(st.integers(1, n))}", role=draw(_role),
            delegation=draw(st.one_of(st.none(), _text)), start=draw(_date), end=draw(_date),
            evidence=Span(start=s, end=s + 3, text=draw(_text), sentence=draw(st.one_of(st.none(), _text))),
        ))
    meta = DocumentMeta(doc_id="d" + draw(st.text(alphabet="0123456789abcdef", min_size=16, max_size=16)),
                        source="x.txt", name="x", sha256="0" * 64, format="txt", date=draw(_date))
    return Extraction(doc=meta, entities=entities, relations=relations, extractor="hypothesis")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(extractions(), st.randoms())
def test_conversion_is_independent_of_the_order_of_entities_and_relations(x, rnd):
    y = x.model_copy(deep=True)
    rnd.shuffle(y.entities)
    rnd.shuffle(y.relations)
    a, b = extraction_to_graph(x), extraction_to_graph(y)
    assert isomorphic(a, b), _show_diff(a, b)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(extractions())
def test_every_relation_survives_the_round_trip(x):
    g = extraction_to_graph(x)
    assert graph_to_relations(g) == extraction_relations(x)
    assert isomorphic(g, extraction_to_graph(x))
    assert not any(isinstance(t, BNode) for triple in g for t in triple)
