"""SHACL validation: the fixtures conform; each kind of bad data is caught, located by shape,
focus node and source document. One regression test per bug met while writing the shapes."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import SH

from essgraph.errors import ValidationError
from graph.namespaces import ESS, sparql_prefixes
from graph.rdf import EMAIL_PATTERN, PHONE_PATTERN, extraction_to_graph, mask_contacts
from graph.validate import ValidationReport, shapes_graph, validate
from graph.model import Span
from tests.fixtures_extractions import ALL, pantin

ESSS = "https://w3id.org/essgraph/shapes#"
ID = "https://w3id.org/essgraph/id/"
DOC_T = "https://w3id.org/essgraph/doc/dT"

PREFIXES = "\n".join(line.replace("PREFIX", "@prefix") + " ." for line in sparql_prefixes().splitlines())

KINDS = ("person", "event", "network", "commune", "epci", "departement", "publication", "evidence",
         "assertion", "activity", "membership")
PREFIXES += "\n" + "\n".join(f"@prefix {k}: <{ID}{k}/> ." for k in KINDS)

# A minimal conforming document graph; each test adds or swaps a few lines.
BASE = PREFIXES + """
doc:dT a ess:SourceDocument ; ess:sha256 "%s" ; ess:private false ; ess:sourcePath "t.txt" ;
    prov:wasGeneratedBy activity:t .
activity:t a prov:Activity ; ess:extractorVersion "test 1" .
person:a a ess:Person ; schema:name "Anne Aubry" .
evidence:pa a ess:Evidence ; ess:start 0 ; ess:end 10 ; ess:quote "Anne Aubry" .
assertion:pa a ess:Assertion ; rdf:subject person:a ; rdf:predicate rdf:type ; rdf:object ess:Person ;
    prov:wasDerivedFrom doc:dT ; ess:evidence evidence:pa .
""" % ("0" * 64)


def fact(n: int, s: str, p: str, o: str, quote: str = "dit le texte", start: int = 0, end: int = 12) -> str:
    """A fact with its assertion and evidence, in Turtle."""
    return f"""
{s} {p} {o} .
assertion:{n} a ess:Assertion ; rdf:subject {s} ; rdf:predicate {p} ; rdf:object {o} ;
    prov:wasDerivedFrom doc:dT ; ess:evidence evidence:{n} .
evidence:{n} a ess:Evidence ; ess:start {start} ; ess:end {end} ; ess:quote "{quote}" .
"""


def check(turtle: str) -> ValidationReport:
    return validate(Graph().parse(data=BASE + turtle, format="turtle"))


def only(report: ValidationReport, shape: str):
    hits = [r for r in report.results if r.shape == ESSS + shape]
    assert hits, "expected a result from " + shape + ", got:\n" + report.render()
    return hits


def test_base_graph_conforms():
    report = check("")
    assert report.conforms, report.render()


def test_fixture_dataset_conforms_one_named_graph_per_document():
    ds = Dataset()
    for make in ALL:
        g = extraction_to_graph(make())
        ctx = ds.graph(g.identifier)
        for t in g:
            ctx.add(t)
    report = validate(ds)
    assert report.conforms, report.render()
    assert report.graphs == len(ALL)
    assert validate(ds, inference="rdfs").conforms


def test_wrong_endpoint_class_is_caught_with_shape_focus_and_document():
    report = check("event:e a ess:Event ; schema:name \"Forum\" .\n" +
                   fact(1, "person:a", "ess:signatoryOf", "event:e"))
    assert not report.conforms
    (r,) = only(report, "SignatoryShape")
    assert (r.focus, r.path, r.value) == (ID + "person/a", str(ESS.signatoryOf), ID + "event/e")
    assert r.document == DOC_T and r.severity == "Violation" and r.component == "ClassConstraintComponent"
    line = report.render()
    assert "SignatoryShape" in line and ID + "person/a" in line and DOC_T in line


@pytest.mark.parametrize("extra,shape", [
    # holds_post must start from a person
    ("network:n a ess:Network ; schema:name \"RTES\" .\ncommune:93055 a ess:Commune ; schema:name \"Pantin\" .\n"
     + fact(1, "network:n", "ess:holdsPostIn", "commune:93055"), "HoldsPostSubjectShape"),
    # located_in must point to a collectivité
    ("event:e a ess:Event ; schema:name \"Forum\" .\n" + fact(1, "event:e", "ess:locatedIn", "person:a"),
     "LocatedInShape"),
    # organizes must point to an event
    ("network:n a ess:Network ; schema:name \"RTES\" .\n" + fact(1, "network:n", "ess:organizes", "person:a"),
     "OrganizesShape"),
    # has_theme must point to a theme
    ("publication:p a ess:Publication ; schema:name \"Guide\" .\n"
     + fact(1, "publication:p", "ess:theme", "person:a"), "ThemeShape"),
])
def test_other_wrong_endpoints(extra, shape):
    assert not check(extra).conforms
    only(check(extra), shape)


def test_email_in_a_quote_is_caught():
    report = check(fact(1, "person:a", "foaf:knows", "person:a", quote="écrire à anne.aubry@ville.fr"))
    (r,) = only(report, "NoContactShape")
    assert r.focus == ID + "evidence/1" and r.path == str(ESS.quote) and "e-mail" in r.message
    assert r.document == DOC_T  # found through the assertion that cites the evidence


def test_phone_in_a_name_is_caught():
    report = check("person:b a ess:Person ; schema:name \"Bob 06 12 34 56 78\" .")
    (r,) = only(report, "NoContactShape")
    assert r.focus == ID + "person/b" and r.path == "https://schema.org/name" and "phone" in r.message


def test_evidence_start_after_end_is_caught():
    report = check(fact(1, "person:a", "foaf:knows", "person:a", start=9, end=3))
    (r,) = only(report, "EvidenceShape")
    assert r.component == "LessThanOrEqualsConstraintComponent" and r.document == DOC_T


def test_assertion_without_its_fact_is_caught():
    turtle = fact(1, "person:a", "foaf:knows", "person:a").replace("person:a foaf:knows person:a .", "")
    (r,) = only(check(turtle), "AssertedFactShape")
    assert (r.focus, r.value) == (DOC_T, ID + "assertion/1") and "does not state" in r.message
    assert r.document == DOC_T


def test_assertion_without_source_document_is_caught():
    turtle = fact(1, "person:a", "foaf:knows", "person:a").replace("prov:wasDerivedFrom doc:dT ;", "")
    only(check(turtle), "AssertionShape")


@pytest.mark.parametrize("extra,shape", [
    ("commune:x a ess:Commune ; schema:name \"X\" ; igeo:codeINSEE \"9305\" .", "CommuneCodeShape"),
    ("departement:x a ess:Departement ; schema:name \"X\" ; igeo:codeINSEE \"750\" .", "DepartementCodeShape"),
    ("epci:x a ess:Metropole ; schema:name \"X\" ; ess:siren \"24440 0404\" .", "SirenShape"),
])
def test_bad_codes_are_caught(extra, shape):
    only(check(extra), shape)


@pytest.mark.parametrize("date", ['"18 avril 2024"', '"2024-02-30"^^xsd:date', '"2024-04-18"'])
def test_untyped_or_ill_formed_dates_are_caught(date):
    only(check(f"event:e a ess:Event ; schema:name \"Forum\" ; schema:startDate {date} ."), "StartDateShape")


@pytest.mark.parametrize("names", ['"Forum", "Le forum"', None])
def test_exactly_one_name(names):
    body = f"; schema:name {names}" if names else ""
    only(check(f"event:e a ess:Event {body} ."), "NamedShape")


def test_membership_needs_role_label_and_a_person():
    report = check("""
membership:m a org:Membership ; org:member network:n ; org:organization person:a .
network:n a ess:Network ; schema:name "RTES" .""")
    paths = {r.path for r in only(report, "MembershipShape")}
    assert {str(URIRef("http://www.w3.org/ns/org#member")), str(ESS.roleLabel),
            "http://www.w3.org/ns/org#organization"} <= paths


def test_raise_for_violations_names_shape_and_document():
    report = check("event:e a ess:Event .")
    with pytest.raises(ValidationError, match="NamedShape"):
        report.raise_for_violations()
    check("").raise_for_violations()  # conforming: no exception


# -- regressions -----------------------------------------------------------------------------

def test_regression_skos_concepts_are_visible_to_class_constraints():
    # Bug: pySHACL copies only OWL/RDFS axioms from ont_graph, so sh:class skos:Concept failed on
    # every essr:/essk: value; validate() now adds the concepts' types to the data graph.
    report = check("""
commune:93055 a ess:Commune ; schema:name "Pantin" ; ess:collectiviteKind essk:commune .
membership:m a org:Membership ; org:member person:a ; org:organization commune:93055 ;
    org:role essr:adjoint-au-maire ; ess:roleLabel "adjointe au maire" .""")
    assert report.conforms, report.render()


def test_regression_a_kind_outside_the_essk_scheme_is_still_caught():
    only(check('commune:x a ess:Commune ; schema:name "X" ; ess:collectiviteKind essr:maire .'),
         "CollectiviteKindShape")


def test_regression_bad_evidence_is_reported_once():
    # Bug: the assertion shape also checked its evidence with sh:node, doubling every evidence result.
    report = check(fact(1, "person:a", "foaf:knows", "person:a", start=9, end=3))
    assert len([r for r in report.results if r.focus == ID + "evidence/1"]) == 1
    assert not [r for r in report.results if r.focus == ID + "assertion/1"]


def test_regression_subclass_instances_are_targeted():
    # Targets by class must follow rdfs:subClassOf from the ontology (ess:Metropole ⊑ EPCI ⊑ Collectivite).
    only(check("epci:x a ess:Metropole ."), "NamedShape")


# -- the masking of graph/rdf.py and the patterns of shapes.ttl agree --------------------------

def _shape_patterns() -> list[re.Pattern]:
    g = shapes_graph()
    return [re.compile(str(p)) for p in g.objects(None, SH.pattern) if "@" in str(p) or "0-9" in str(p) and "+" in str(p)]


def test_shapes_use_the_masking_patterns_of_rdf_py():
    assert sorted(p.pattern for p in _shape_patterns()) == sorted([EMAIL_PATTERN, PHONE_PATTERN])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789 .-+()[]@abcxyzé", max_size=40))
def test_masked_text_never_matches_the_shapes_contact_patterns(text):
    masked = mask_contacts(text)
    for pattern in _shape_patterns():
        assert not pattern.search(masked), (text, masked, pattern.pattern)


# -- end to end: extraction -> RDF -> shapes -------------------------------------------------

def test_post_without_title_is_reported_on_its_membership():
    x = pantin()
    x.relations[0].role = None
    report = validate(extraction_to_graph(x))
    (r,) = only(report, "MembershipShape")
    assert r.path == str(ESS.roleLabel) and r.document == "https://w3id.org/essgraph/doc/d0000000000000001"


def test_empty_evidence_span_is_reported():
    # seen on the sample corpus: a located_in relation whose evidence span was empty
    x = pantin()
    x.relations[-1].evidence = Span(start=92, end=92, text="")
    (r,) = only(validate(extraction_to_graph(x)), "EvidenceShape")
    assert r.path == str(ESS.quote)
