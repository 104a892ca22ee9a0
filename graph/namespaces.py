"""Namespace objects of essgraph (docs/DESIGN.md, "Namespaces and IRIs").

Every module imports its namespaces from here so that a prefix is spelled once.
"""
from __future__ import annotations

from rdflib import Graph, Namespace
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SH, SKOS, XSD

ESS = Namespace("https://w3id.org/essgraph/ontology#")
ESSR = Namespace("https://w3id.org/essgraph/vocab/role/")
ESSK = Namespace("https://w3id.org/essgraph/vocab/kind/")
ESST = Namespace("https://w3id.org/essgraph/vocab/theme/")
ESSN = Namespace("https://w3id.org/essgraph/vocab/actor/")
ID = Namespace("https://w3id.org/essgraph/id/")
DOC = Namespace("https://w3id.org/essgraph/doc/")

SCHEMA = Namespace("https://schema.org/")
IGEO = Namespace("http://rdf.insee.fr/def/geo#")
INSEE_GEO = Namespace("http://id.insee.fr/geo/")

PREFIXES: dict[str, Namespace] = {
    "ess": ESS, "essr": ESSR, "essk": ESSK, "esst": ESST, "essn": ESSN, "id": ID, "doc": DOC,
    "org": ORG, "prov": PROV, "schema": SCHEMA, "skos": SKOS, "foaf": FOAF, "igeo": IGEO,
    "dcterms": DCTERMS, "rdf": RDF, "rdfs": RDFS, "owl": OWL, "xsd": XSD, "sh": SH,
}

__all__ = [
    "ESS", "ESSR", "ESSK", "ESST", "ESSN", "ID", "DOC", "SCHEMA", "IGEO", "INSEE_GEO",
    "ORG", "PROV", "SKOS", "FOAF", "DCTERMS", "RDF", "RDFS", "OWL", "XSD", "SH",
    "PREFIXES", "bind_all", "sparql_prefixes",
]


def bind_all(graph: Graph) -> Graph:
    """Bind every essgraph prefix on `graph` (replacing rdflib's defaults) and return it.

    >>> g = bind_all(Graph())
    >>> str(dict(g.namespaces())["schema"]) == str(SCHEMA)
    True
    """
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


def sparql_prefixes() -> str:
    """PREFIX lines for SPARQL queries, one per essgraph prefix.

    >>> "PREFIX ess: <https://w3id.org/essgraph/ontology#>" in sparql_prefixes()
    True
    """
    return "\n".join(f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items()) + "\n"
