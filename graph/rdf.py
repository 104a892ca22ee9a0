"""Extraction -> RDF (docs/DESIGN.md, "Relations" and "Provenance").

One graph per document, named by the document IRI. It holds the document node, the facts about
entities, one ess:Assertion (a reified rdf:Statement) per fact with its PROV evidence, and an
org:Membership per post. Every node IRI comes from graph/iri.py and depends on content only,
so the same Extraction always yields the same triples (no blank nodes).
"""
from __future__ import annotations

import re
from typing import Iterable, Optional, Union

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import ConjunctiveGraph

from essgraph.errors import InputError
from graph import iri as iris
from graph.model import Entity, Extraction, Relation, Span
from graph.namespaces import DCTERMS, ESS, IGEO, ORG, PROV, RDF, SCHEMA, SKOS, XSD, bind_all
from graph.vocab import class_kind, kind_concept, match_form, role_concept

# eval relation type <-> RDF property (one to one; direction as in the eval format)
RELATION_PROPERTY: dict[str, URIRef] = {
    "holds_post": ESS.holdsPostIn,
    "member_of": ORG.memberOf,
    "partner_of": ESS.partnerOf,
    "signatory": ESS.signatoryOf,
    "organizes": ESS.organizes,
    "participates": ESS.participatesIn,
    "sponsors": ESS.sponsors,
    "founded": ESS.founded,
    "publishes": ESS.publishes,
    "part_of": ORG.subOrganizationOf,
    "located_in": ESS.locatedIn,
    "has_theme": ESS.theme,
}
PROPERTY_RELATION: dict[URIRef, str] = {p: t for t, p in RELATION_PROPERTY.items()}

ENTITY_CLASS: dict[str, URIRef] = {
    "Person": ESS.Person, "Collectivite": ESS.Collectivite, "Network": ESS.Network,
    "ESSOrganization": ESS.ESSOrganization, "PublicBody": ESS.PublicBody,
    "Organization": ESS.OtherOrganization, "Club": ESS.Club, "Convention": ESS.Convention,
    "Event": ESS.Event, "Publication": ESS.Publication, "Theme": ESS.Theme,
}
SUBTYPE_CLASS: dict[str, URIRef] = {
    "Commune": ESS.Commune, "EPCI": ESS.EPCI, "EPT": ESS.EPT, "Departement": ESS.Departement,
    "Region": ESS.Region, "Autre": ESS.AutreCollectivite,
}
# EPCI refined by the legal form its name states (longest first: "communauté de communes" before "communauté").
_EPCI_FORMS = (
    (" communaute d agglomeration ", ESS.CommunauteAgglomeration),
    (" communaute de communes ", ESS.CommunauteCommunes),
    (" communaute urbaine ", ESS.CommunauteUrbaine),
    (" metropole ", ESS.Metropole),
)
CLASS_ENTITY_TYPE: dict[URIRef, str] = {c: t for t, c in ENTITY_CLASS.items()}
CLASS_ENTITY_TYPE.update({c: "Collectivite" for c in SUBTYPE_CLASS.values()})
CLASS_ENTITY_TYPE.update({c: "Collectivite" for _, c in _EPCI_FORMS})

MASK = "[contact masqué]"
# The same two patterns are the sh:pattern of esss:NoContactShape in ontology/shapes.ttl (a test
# checks they are identical), so what the shapes flag is exactly what masking removes. They avoid
# look-arounds to stay valid XPath regular expressions; the context characters they consume are
# put back by _mask_all.
EMAIL_PATTERN = (
    r"[\w.%+-]+\s*(@|\(at\)|\[at\]|\(arobase\)|\[arobase\])\s*[\w-]+(\s*(\.|\(dot\)|\[dot\])\s*[\w-]+)+"
)
# French numbers (01 23 45 67 89, 01.23.45.67.89, 0123456789) and international ones
# (+33 (0)1 23 45 67 89, 0033 6…, +32 2 123 45 67): at least 8 digits after the country code.
PHONE_PATTERN = (
    r"(^|[^0-9+])((\+|00)\s?[1-9][0-9]{0,2}[\s.-]?(\(0\)[\s.-]?)?[0-9]([\s.-]?[0-9]){7,11}"
    r"|0[1-9]([\s.-]?[0-9]{2}){4})([^0-9]|$)"
)
EMAIL_RE = re.compile(EMAIL_PATTERN)
PHONE_RE = re.compile(PHONE_PATTERN)


def _mask_all(pattern: re.Pattern, text: str, context: bool) -> str:
    """Replace every match by MASK until none is left (a replacement can make a neighbour match;
    each one removes an '@' or digits, so this ends). With `context`, the first and last groups
    are surrounding characters, kept as they are."""
    m = pattern.search(text)
    while m:
        start, end = m.span()
        if context:
            start += len(m.group(1))
            end -= len(m.group(pattern.groups) or "")
        text = text[:start] + MASK + text[end:]
        m = pattern.search(text)
    return text

_DATE_TYPES = (
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), XSD.date),
    (re.compile(r"^\d{4}-\d{2}$"), XSD.gYearMonth),
    (re.compile(r"^\d{4}$"), XSD.gYear),
    (re.compile(r"^--\d{2}-\d{2}$"), XSD.gMonthDay),
)


def mask_contacts(text: str) -> str:
    """Replace e-mail addresses and phone numbers by "[contact masqué]": contact details are
    never stored.

    >>> mask_contacts("Écrire à jean.dupont@ville-pantin.fr ou au 01 49 15 40 00.")
    'Écrire à [contact masqué] ou au [contact masqué].'
    >>> mask_contacts("Tél. +33 (0)6.12.34.56.78, SIREN 244400404, le 2024-04-18")
    'Tél. [contact masqué], SIREN 244400404, le 2024-04-18'
    """
    return _mask_all(PHONE_RE, _mask_all(EMAIL_RE, text, False), True)


def text_literal(text: str) -> Literal:
    """Plain string literal, contact details masked (every text literal goes through here)."""
    return Literal(mask_contacts(text))


def date_literal(value: str) -> Literal:
    """ISO date, year-month, year or '--MM-DD', typed accordingly; anything else stays a
    plain string (and the SHACL shapes report it).

    >>> date_literal("--04-18").datatype
    rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#gMonthDay')
    >>> date_literal("2024-11").datatype == XSD.gYearMonth
    True
    """
    value = value.strip()
    for pattern, datatype in _DATE_TYPES:
        if pattern.match(value):
            return Literal(value, datatype=datatype)
    return Literal(value)


def collectivite_class(entity: Entity) -> URIRef:
    """Most specific OWL class of a collectivité entity."""
    if entity.subtype == "EPCI":
        name = match_form(entity.name)
        for form, cls in _EPCI_FORMS:
            if form in name:
                return cls
    return SUBTYPE_CLASS.get(entity.subtype or "", ESS.Collectivite)


def entity_class(entity: Entity) -> URIRef:
    return collectivite_class(entity) if entity.type == "Collectivite" else ENTITY_CLASS[entity.type]


class _Writer:
    """Accumulates the triples of one document's graph."""

    def __init__(self, extraction: Extraction, graph_iri: Optional[URIRef]):
        self.x = extraction
        self.doc = iris.document_iri(extraction.doc.doc_id)
        self.g = bind_all(Graph(identifier=graph_iri or self.doc))
        self.activity = iris.activity_iri(extraction.doc.doc_id, extraction.extractor)
        self.iri_of: dict[str, URIRef] = {}
        # Entities resolved to one IRI share one canonical name, chosen independently of their
        # order: most mentions, then fewest capitals (normal case beats "DURAND"), then longest,
        # then alphabetical. Their other names become aliases.
        candidates: dict[URIRef, list[Entity]] = {}
        for e in extraction.entities:
            candidates.setdefault(iris.entity_iri(e), []).append(e)
        self.canonical_name = {
            node: min(es, key=lambda e: (-len(e.mentions), sum(c.isupper() for c in e.name), -len(e.name), e.name)).name
            for node, es in candidates.items()
        }

    def add(self, s, p, o) -> None:
        self.g.add((s, p, o))

    def document(self) -> None:
        m, doc = self.x.doc, self.doc
        self.add(doc, RDF.type, ESS.SourceDocument)
        if m.title:
            self.add(doc, DCTERMS.title, text_literal(m.title))
        if m.date:
            self.add(doc, DCTERMS.date, date_literal(m.date))
        self.add(doc, ESS.sha256, Literal(m.sha256))
        self.add(doc, ESS.sourcePath, text_literal(m.source))
        self.add(doc, ESS.private, Literal(bool(m.private)))
        self.add(doc, PROV.wasGeneratedBy, self.activity)
        self.add(self.activity, RDF.type, PROV.Activity)
        self.add(self.activity, ESS.extractorVersion, Literal(self.x.extractor))

    def entity(self, e: Entity) -> None:
        node = iris.entity_iri(e)
        if e.key in self.iri_of:
            raise InputError(self.x.doc.source, f"entity key {e.key!r} is used twice in the extraction",
                             "give every entity of a document its own key (E1, E2…)")
        self.iri_of[e.key] = node
        cls = entity_class(e)
        self.add(node, RDF.type, cls)
        canonical = self.canonical_name[node]
        self.add(node, SCHEMA.name, text_literal(canonical))
        for alias in [e.name, *e.aliases]:
            if alias != canonical:
                self.add(node, SKOS.altLabel, text_literal(alias))
        ids = e.ids or {}
        if e.type == "Collectivite":
            kind = class_kind(cls) or kind_concept(e.subtype)
            if kind is not None:
                self.add(node, ESS.collectiviteKind, kind)
            if ids.get("insee"):
                self.add(node, IGEO.codeINSEE, Literal(ids["insee"].strip().upper()))
                territory = iris.territory_iri(e.subtype, ids["insee"])
                if territory is not None:
                    self.add(node, ESS.territory, territory)
        if ids.get("siren"):
            self.add(node, ESS.siren, Literal(ids["siren"].strip()))
        if ids.get("gazetteer"):
            self.add(node, ESS.gazetteerEntry, iris.gazetteer_entry_iri(ids["gazetteer"]))
        a = e.attrs
        if a.date:
            self.add(node, SCHEMA.startDate, date_literal(a.date))
        if a.end_date:
            self.add(node, SCHEMA.endDate, date_literal(a.end_date))
        if a.place:
            self.add(node, ESS.placeText, text_literal(a.place))
        if a.kind:
            prop = {"Convention": ESS.conventionKind, "Event": ESS.eventKind}.get(e.type, ESS.kindText)
            self.add(node, prop, text_literal(a.kind))
        self.assertion(node, RDF.type, cls, None, e.mentions)

    def relation(self, r: Relation) -> None:
        try:
            s, o = self.iri_of[r.source], self.iri_of[r.target]
        except KeyError as missing:
            raise InputError(self.x.doc.source, f"{r.type} relation refers to unknown entity key {missing}",
                             "every relation source/target must be the key of an entity of the same extraction") from None
        p = RELATION_PROPERTY[r.type]
        self.add(s, p, o)
        a = self.assertion(s, p, o, r.role, [r.evidence])
        if r.start:
            self.add(a, SCHEMA.startDate, date_literal(r.start))
        if r.end:
            self.add(a, SCHEMA.endDate, date_literal(r.end))
        if r.type == "holds_post":
            self.membership(s, o, r)

    def membership(self, person: URIRef, org: URIRef, r: Relation) -> None:
        m = iris.membership_iri(person, org, r.role)
        self.add(m, RDF.type, ORG.Membership)
        self.add(m, ORG.member, person)
        self.add(m, ORG.organization, org)
        if r.role:  # a post without a title is left so: the shapes report the missing ess:roleLabel
            self.add(m, ESS.roleLabel, text_literal(r.role))
            concept = role_concept(r.role)
            if concept is not None:
                self.add(m, ORG.role, concept)
        if r.delegation:
            self.add(m, ESS.delegation, text_literal(r.delegation))
        if r.start:
            self.add(m, SCHEMA.startDate, date_literal(r.start))
        if r.end:
            self.add(m, SCHEMA.endDate, date_literal(r.end))

    def assertion(self, s: URIRef, p: URIRef, o: URIRef, role: Optional[str], spans: Iterable[Span]) -> URIRef:
        a = iris.assertion_iri(self.x.doc.doc_id, s, p, o, role)
        for triple in ((a, RDF.type, ESS.Assertion), (a, RDF.subject, s), (a, RDF.predicate, p),
                       (a, RDF.object, o), (a, PROV.wasDerivedFrom, self.doc),
                       (a, PROV.wasGeneratedBy, self.activity)):
            self.add(*triple)
        if role:
            self.add(a, ESS.role, text_literal(role))
        for span in spans:
            ev = iris.evidence_iri(a, span.start, span.end)
            self.add(a, ESS.evidence, ev)
            self.add(ev, RDF.type, ESS.Evidence)
            self.add(ev, ESS.start, Literal(span.start, datatype=XSD.integer))
            self.add(ev, ESS.end, Literal(span.end, datatype=XSD.integer))
            self.add(ev, ESS.quote, text_literal(span.text))
            if span.sentence:
                self.add(ev, ESS.sentence, text_literal(span.sentence))
        return a


def extraction_to_graph(extraction: Extraction, *, graph_iri: Optional[Union[str, URIRef]] = None) -> Graph:
    """The RDF graph of one document's extraction; its identifier is `graph_iri` or the
    document IRI (doc:{doc_id}), ready to be added to a Dataset as a named graph."""
    w = _Writer(extraction, URIRef(graph_iri) if graph_iri else None)
    w.document()
    for e in extraction.entities:
        w.entity(e)
    for r in extraction.relations:
        w.relation(r)
    return w.g


def _triples_graphs(graph: Union[Graph, Dataset]) -> list[Graph]:
    if isinstance(graph, Dataset):
        return [g for g in graph.graphs() if len(g)]
    if isinstance(graph, ConjunctiveGraph):
        return [g for g in graph.contexts() if len(g)]
    return [graph]


def graph_to_relations(graph: Union[Graph, Dataset]) -> set[tuple[str, str, str, Optional[str]]]:
    """Relations stated by the assertions of a graph (or of every graph of a dataset):
    {(eval type, subject IRI, object IRI, role or None)}; typing assertions are left out.
    Only assertions whose fact triple is present count, so a dropped edge shows."""
    out: set[tuple[str, str, str, Optional[str]]] = set()
    for g in _triples_graphs(graph):
        for a in g.subjects(RDF.type, ESS.Assertion):
            p = g.value(a, RDF.predicate)
            rel = PROPERTY_RELATION.get(p)  # type: ignore[arg-type]
            if rel is None:
                continue
            s, o = g.value(a, RDF.subject), g.value(a, RDF.object)
            if (s, p, o) not in g:
                continue
            role = g.value(a, ESS.role)
            out.add((rel, str(s), str(o), None if role is None else str(role)))
    return out


def extraction_relations(extraction: Extraction) -> set[tuple[str, str, str, Optional[str]]]:
    """The same relation set computed straight from an Extraction (for tests and checks)."""
    iri_of = {e.key: str(iris.entity_iri(e)) for e in extraction.entities}
    return {(r.type, iri_of[r.source], iri_of[r.target], mask_contacts(r.role) if r.role else None)
            for r in extraction.relations}
