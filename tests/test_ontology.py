"""The ontology files parse, declare every term DESIGN.md and graph/rdf.py use, and the SKOS
vocabularies map written roles and texts to the right concepts."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from graph.model import ENTITY_TYPES
from graph.namespaces import DCTERMS, ESS, ESSK, ESSR, ESST, FOAF, ORG, PROV, SCHEMA
from graph.rdf import ENTITY_CLASS, RELATION_PROPERTY, SUBTYPE_CLASS, extraction_to_graph
from graph.vocab import class_kind, kind_class, kind_concept, match_form, role_concept, themes_in
from tests.fixtures_extractions import ALL

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology"
DECLARED_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY / "essgraph.ttl")


def _declared(g: Graph) -> set[URIRef]:
    return {s for t in DECLARED_TYPES for s in g.subjects(RDF.type, t) if str(s).startswith(str(ESS))}


@pytest.mark.parametrize("name", ["essgraph", "roles", "kinds", "themes", "shapes"])
def test_every_ontology_file_parses(name):
    g = Graph().parse(ONTOLOGY / f"{name}.ttl")
    assert len(g) > 20


def test_every_ess_term_of_design_md_is_declared(onto):
    design = (ROOT / "docs" / "DESIGN.md").read_text(encoding="utf-8")
    terms = {ESS[m] for m in re.findall(r"\bess:([A-Za-z][A-Za-z0-9]*)", design)}
    assert len(terms) > 30
    assert terms - _declared(onto) == set()


@pytest.mark.parametrize("name", ["essgraph", "roles", "kinds", "themes", "shapes"])
def test_every_ess_term_mentioned_in_the_ontology_files_is_declared(onto, name):
    # catches typos such as ess:Commun in a subClassOf, a sh:class or an ess:kindClass
    g = Graph().parse(ONTOLOGY / f"{name}.ttl")
    mentioned = {t for triple in g for t in triple if isinstance(t, URIRef) and str(t).startswith(str(ESS))}
    assert mentioned - _declared(onto) == set()


def test_every_ess_term_written_by_rdf_py_is_declared(onto):
    used = set()
    for make in ALL:
        g = extraction_to_graph(make())
        used |= {p for p in g.predicates() if str(p).startswith(str(ESS))}
        used |= {o for o in g.objects(None, RDF.type) if str(o).startswith(str(ESS))}
    used |= set(RELATION_PROPERTY.values()) | set(ENTITY_CLASS.values()) | set(SUBTYPE_CLASS.values())
    assert {u for u in used if str(u).startswith(str(ESS))} - _declared(onto) == set()


def test_every_entity_type_has_a_declared_class(onto):
    for t in ENTITY_TYPES:
        assert (ENTITY_CLASS[t], RDF.type, OWL.Class) in onto, t


def test_every_ess_term_has_french_and_english_label_and_comment(onto):
    for term in _declared(onto):
        for prop in (RDFS.label, RDFS.comment):
            langs = {o.language for o in onto.objects(term, prop) if isinstance(o, Literal)}
            assert {"fr", "en"} <= langs, f"{term} lacks a {prop} in fr and en"


@pytest.mark.parametrize("s,p,o", [
    (ESS.Person, RDFS.subClassOf, FOAF.Person),
    (ESS.Person, RDFS.subClassOf, SCHEMA.Person),
    (ESS.Collectivite, RDFS.subClassOf, ORG.FormalOrganization),
    (ESS.Metropole, RDFS.subClassOf, ESS.EPCI),
    (ESS.EPCI, RDFS.subClassOf, ESS.Collectivite),
    (ESS.Network, RDFS.subClassOf, ORG.Organization),
    (ESS.Club, RDFS.subClassOf, ORG.Organization),
    (ESS.Convention, RDFS.subClassOf, SCHEMA.CreativeWork),
    (ESS.Convention, RDFS.subClassOf, PROV.Entity),
    (ESS.Event, RDFS.subClassOf, SCHEMA.Event),
    (ESS.Theme, RDFS.subClassOf, SKOS.Concept),
    (ESS.SourceDocument, RDFS.subClassOf, FOAF.Document),
    (ESS.Assertion, RDFS.subClassOf, RDF.Statement),
    (ESS.holdsPostIn, RDFS.subPropertyOf, ORG.memberOf),
    (ESS.organizes, OWL.inverseOf, SCHEMA.organizer),
    (ESS.sponsors, OWL.inverseOf, SCHEMA.sponsor),
    (ESS.publishes, OWL.inverseOf, SCHEMA.publisher),
    (ESS.locatedIn, RDFS.subPropertyOf, SCHEMA.location),
    (ESS.theme, RDFS.subPropertyOf, DCTERMS.subject),
    (ESS.partnerOf, RDF.type, OWL.SymmetricProperty),
])
def test_alignment(onto, s, p, o):
    assert (s, p, o) in onto


def test_relation_properties_have_no_rdfs_domain_or_range(onto):
    # RDFS inference must not type a wrong endpoint into a right one; shapes.ttl checks endpoints.
    for prop in RELATION_PROPERTY.values():
        assert onto.value(prop, RDFS.domain) is None and onto.value(prop, RDFS.range) is None, prop


# -- roles ---------------------------------------------------------------------------------

@pytest.mark.parametrize("written,key", [
    ("Adjointe à la Maire", "adjoint-au-maire"),
    ("maire-adjoint chargé des finances", "adjoint-au-maire"),
    ("vice-présidente déléguée à l'ESS", "vice-president"),
    ("Présidente", "president"),
    ("président de la commission développement économique", "president"),
    ("co-présidente", "co-president"),
    ("Maire", "maire"),
    ("conseillère municipale déléguée à l'économie sociale", "conseiller-municipal"),
    ("Conseiller métropolitain", "conseiller-communautaire"),
    ("conseillère départementale", "conseiller-departemental"),
    ("Conseillère régionale", "conseiller-regional"),
    ("déléguée générale", "delegue-general"),
    ("Déléguée interministérielle à l'ESS", "delegue-interministeriel"),
    ("directrice", "directeur"),
    ("directrice générale", "directeur-general"),
    ("présidente directrice générale", "president-directeur-general"),
    ("administratrice", "administrateur"),
    ("trésorière", "tresorier"),
    ("secrétaire", "secretaire"),
    ("Secrétaire d'État chargée de l'ESS", "secretaire-d-etat"),
    ("chargée de mission ESS", "charge-de-mission"),
    ("fondatrice", "fondateur"),
    ("cofondateur", "fondateur"),
    ("membre", "membre"),
    ("représentante", "representant"),
    ("députée", "depute"),
    ("sénatrice", "senateur"),
    ("ministre", "ministre"),
    ("haute-commissaire à l'ESS", "haut-commissaire"),
])
def test_role_concept_maps_written_roles(written, key):
    assert role_concept(written) == ESSR[key]


@pytest.mark.parametrize("written", ["", "jardinier", "presidentiel"])
def test_role_concept_none_when_nothing_matches(written):
    assert role_concept(written) is None


def test_every_role_has_a_french_masculine_pref_label_and_english_label():
    g = Graph().parse(ONTOLOGY / "roles.ttl")
    concepts = set(g.subjects(RDF.type, SKOS.Concept))
    assert len(concepts) >= 30
    for c in concepts:
        langs = [o.language for o in g.objects(c, SKOS.prefLabel)]
        assert sorted(langs) == ["en", "fr"], c
        assert (c, SKOS.inScheme, ESSR[""]) in g


def test_no_role_label_belongs_to_two_concepts():
    # An ambiguous label would make role_concept depend on tie-breaking instead of the vocabulary.
    g = Graph().parse(ONTOLOGY / "roles.ttl")
    owner: dict[str, URIRef] = {}
    for p in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel):
        for c, label in g.subject_objects(p):
            if label.language == "fr":
                form = match_form(str(label))
                assert owner.setdefault(form, c) == c, f"label {label!r} on {owner[form]} and {c}"


# -- kinds ---------------------------------------------------------------------------------

@pytest.mark.parametrize("subtype", ["Commune", "EPCI", "EPT", "Departement", "Region", "Autre"])
def test_every_subtype_has_a_kind_concept_linked_to_its_class(subtype, onto):
    concept = kind_concept(subtype)
    assert concept is not None and str(concept).startswith(str(ESSK))
    cls = kind_class(concept)
    assert cls == SUBTYPE_CLASS[subtype]
    assert (cls, RDF.type, OWL.Class) in onto


def test_epci_forms_have_their_own_kind():
    assert class_kind(ESS.CommunauteAgglomeration) == ESSK["communaute-agglomeration"]
    assert class_kind(ESS.Metropole) == ESSK["metropole"]


# -- themes --------------------------------------------------------------------------------

def test_themes_in_finds_keywords_as_whole_words_in_order():
    text = ("La métropole ouvre un tiers-lieu dédié au réemploi ; les marchés publics intègrent "
            "des clauses sociales pour l'insertion.")
    keys = [str(t).rsplit("/", 1)[1] for t in themes_in(text)]
    assert keys == ["tiers-lieux", "economie-circulaire", "commande-publique-responsable", "emploi-insertion"]


def test_themes_in_is_accent_and_case_insensitive_and_word_bound():
    assert themes_in("ECONOMIE CIRCULAIRE") == [ESST["economie-circulaire"]]
    assert themes_in("Mois de l’ESS 2024") == [ESST["mois-ess"]]
    assert themes_in("biodynamie et jogging") == []   # neither "bio…" nor "jo…" inside words
    assert themes_in("") == [] and themes_in(None) == []
