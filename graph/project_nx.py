"""networkx projection of the essgraph RDF (docs/DESIGN.md, "networkx projection").

`to_networkx` reads the facts with one SPARQL query per kind of fact (kinds of
nodes, node data, relations, posts, assertions with evidence, documents), so that
the on-disk Oxigraph store does the work; Python only assembles the result.

Shape of the result (a `nx.MultiDiGraph`):
- node id = IRI string; attrs `kind` (eval type name), `subtype` (kind of
  collectivité or None), `label`, `aliases` (sorted), `insee`, `siren`, `date`, `end_date`, `place`,
  `private`, `docs` (sorted doc ids);
- edge key = eval relation type (`holds_post`, `member_of`, ...); when one person
  holds several posts in one organisation, the second and later posts get the keys
  `holds_post#2`, `holds_post#3`... (ordered by start date, role, membership IRI), so
  that no post is lost; attrs `rel`, `role`, `start`, `end`, `evidence`
  (list of `{doc, start, end, quote}`), and for posts `membership`, `role_concept`,
  `delegation`.

`from_networkx` writes the facts back (types, names, codes, relations, posts,
assertions with evidence), so that RDF -> networkx -> RDF keeps every relation.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Optional, Union

import networkx as nx
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import ORG, PROV, RDF, SKOS, XSD

from graph.namespaces import ESS, ESSK, IGEO, SCHEMA, sparql_prefixes
from graph.rdf import RELATION_PROPERTY

# ess: class -> (eval kind, collectivité subtype). The most specific class wins.
CLASS_KIND: dict[URIRef, tuple[str, Optional[str]]] = {
    ESS.Person: ("Person", None),
    ESS.Collectivite: ("Collectivite", None),
    ESS.Commune: ("Collectivite", "Commune"),
    ESS.EPCI: ("Collectivite", "EPCI"),
    ESS.Metropole: ("Collectivite", "EPCI"),
    ESS.CommunauteUrbaine: ("Collectivite", "EPCI"),
    ESS.CommunauteAgglomeration: ("Collectivite", "EPCI"),
    ESS.CommunauteCommunes: ("Collectivite", "EPCI"),
    ESS.EPT: ("Collectivite", "EPT"),
    ESS.Departement: ("Collectivite", "Departement"),
    ESS.Region: ("Collectivite", "Region"),
    ESS.AutreCollectivite: ("Collectivite", "Autre"),
    ESS.Network: ("Network", None),
    ESS.ESSOrganization: ("ESSOrganization", None),
    ESS.PublicBody: ("PublicBody", None),
    ESS.OtherOrganization: ("Organization", None),
    ESS.Club: ("Club", None),
    ESS.Convention: ("Convention", None),
    ESS.Event: ("Event", None),
    ESS.Publication: ("Publication", None),
    ESS.Theme: ("Theme", None),
}
# The class written back for a kind (and subtype) by from_networkx.
KIND_CLASS: dict[tuple[str, Optional[str]], URIRef] = {}
for _cls, _ks in CLASS_KIND.items():
    KIND_CLASS.setdefault(_ks, _cls)

# eval relation type -> RDF property: the one table, owned by graph/rdf.py.
REL_PRED: dict[str, URIRef] = RELATION_PROPERTY
PRED_REL: dict[str, str] = {str(p): r for r, p in REL_PRED.items()}

_P = sparql_prefixes()
_VALUES_CLASSES = " ".join(f"<{c}>" for c in CLASS_KIND)
_VALUES_PREDS = " ".join(f"<{p}>" for p in REL_PRED.values())

Q_TYPES = _P + f"SELECT ?x ?cls WHERE {{ VALUES ?cls {{ {_VALUES_CLASSES} }} ?x a ?cls . }}"
Q_NODE_DATA = _P + """
SELECT ?x ?p ?v WHERE {
  VALUES ?p { schema:name skos:prefLabel igeo:codeINSEE ess:siren schema:startDate schema:endDate
              ess:placeText ess:collectiviteKind }
  ?x ?p ?v .
}"""
Q_RELATIONS = _P + f"SELECT ?s ?p ?o WHERE {{ VALUES ?p {{ {_VALUES_PREDS} }} ?s ?p ?o . }}"
Q_POSTS = _P + """
SELECT ?m ?person ?org ?role ?label ?deleg ?start ?end WHERE {
  ?m a org:Membership ; org:member ?person ; org:organization ?org .
  OPTIONAL { ?m org:role ?role }
  OPTIONAL { ?m ess:roleLabel ?label }
  OPTIONAL { ?m ess:delegation ?deleg }
  OPTIONAL { ?m schema:startDate ?start }
  OPTIONAL { ?m schema:endDate ?end }
}"""
Q_ASSERTIONS = _P + """
SELECT ?a ?s ?p ?o ?doc ?role ?start ?end ?bs ?be ?quote WHERE {
  ?a rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?doc .
  OPTIONAL { ?a ess:role ?role }
  OPTIONAL { ?a schema:startDate ?start }
  OPTIONAL { ?a schema:endDate ?end }
  OPTIONAL { ?a ess:evidence ?e . OPTIONAL { ?e ess:start ?bs } OPTIONAL { ?e ess:end ?be }
             OPTIONAL { ?e ess:quote ?quote } }
}"""
Q_DOCS = _P + """
SELECT ?doc ?priv WHERE { ?doc a ess:SourceDocument . OPTIONAL { ?doc ess:private ?priv } }"""

_SUBTYPE_BY_KIND_CONCEPT = {
    "commune": "Commune", "epci": "EPCI", "ept": "EPT", "departement": "Departement",
    "region": "Region", "autre": "Autre", "metropole": "EPCI", "communauteurbaine": "EPCI",
    "communauteagglomeration": "EPCI", "communautecommunes": "EPCI",
}


def _py(term) -> object:
    """rdflib term -> plain value: IRIs and dates as strings, integers as int."""
    if term is None:
        return None
    if isinstance(term, Literal):
        if term.datatype in (XSD.integer, XSD.int, XSD.long):
            try:
                return int(term)
            except ValueError:
                return str(term)
        if term.datatype == XSD.boolean:
            return str(term).strip().lower() in ("true", "1")
        return str(term)
    return str(term)


def select(source, sparql: str, *, include_private: bool = False) -> list[tuple]:
    """Rows of a SELECT over an EssStore (visible graphs) or an rdflib Graph, as plain values."""
    if hasattr(source, "query") and hasattr(source, "graph_iris"):  # EssStore
        res = source.query(sparql, include_private=include_private)
    else:
        res = source.query(sparql)
    return [tuple(_py(v) for v in row) for row in res]


def _doc_id(doc_iri: str) -> str:
    return doc_iri.rsplit("/", 1)[-1]


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def to_networkx(store_or_graph, *, include_private: bool = False) -> nx.MultiDiGraph:
    """Project an `EssStore` (or any rdflib Graph/Dataset) to a `nx.MultiDiGraph`.

    Private documents are left out unless `include_private`; a node or edge seen only in
    private documents then carries `private=True`.

    >>> from rdflib import Graph
    >>> g = Graph().parse(data='''
    ... @prefix ess: <https://w3id.org/essgraph/ontology#> . @prefix schema: <https://schema.org/> .
    ... <urn:a> a ess:Network ; schema:name "RTES" . <urn:b> a ess:Commune ; schema:name "Pantin" .
    ... <urn:b> ess:partnerOf <urn:a> .''', format="turtle")
    >>> G = to_networkx(g)
    >>> G.nodes["urn:b"]["kind"], G.nodes["urn:b"]["subtype"], list(G.edges("urn:b", keys=True))
    ('Collectivite', 'Commune', [('urn:b', 'urn:a', 'partner_of')])
    """
    src = store_or_graph
    q = lambda text: select(src, text, include_private=include_private)  # noqa: E731

    private_docs = {_doc_id(d) for d, priv in q(Q_DOCS) if priv is True}
    G = nx.MultiDiGraph()

    # --- nodes and their kinds
    kinds: dict[str, tuple[str, Optional[str]]] = {}
    for x, cls in q(Q_TYPES):
        ks = CLASS_KIND[URIRef(cls)]
        old = kinds.get(x)
        # Most specific class wins; among equals the smallest name, so the result is stable.
        if old is None or (old[1] is None and ks[1] is not None) or (
                (old[1] is None) == (ks[1] is None) and (ks[0], ks[1] or "") < (old[0], old[1] or "")):
            kinds[x] = ks
    data: dict[str, dict] = defaultdict(dict)
    field = {str(SCHEMA.name): "label", str(SKOS.altLabel): "aliases", str(SKOS.prefLabel): "preflabel", str(IGEO.codeINSEE): "insee",
             str(ESS.siren): "siren", str(SCHEMA.startDate): "date", str(SCHEMA.endDate): "end_date",
             str(ESS.placeText): "place", str(ESS.collectiviteKind): "kindconcept"}
    for x, p, v in q(Q_NODE_DATA):
        name = field[p]
        if name == "aliases":
            data[x].setdefault("aliases", set()).add(v)
            continue
        cur = data[x].get(name)
        # Several values (merged documents): keep the smallest, so the result is stable.
        if cur is None or str(v) < str(cur):
            data[x][name] = v

    def add_node(x: str) -> None:
        if x in G:
            return
        kind, subtype = kinds.get(x, (None, None))
        d = data.get(x, {})
        if kind == "Collectivite" and subtype is None and d.get("kindconcept"):
            subtype = _SUBTYPE_BY_KIND_CONCEPT.get(_local(d["kindconcept"]).lower())
        G.add_node(x, kind=kind, subtype=subtype, label=d.get("label") or d.get("preflabel") or _local(x),
                   insee=d.get("insee"), siren=d.get("siren"), date=d.get("date"),
                   end_date=d.get("end_date"), place=d.get("place"), aliases=sorted(d.get("aliases", ())),
                   docs=[], private=False)

    for x in sorted(kinds):
        add_node(x)

    # --- assertions: evidence and documents of nodes (typing facts) and relations
    evidence: dict[tuple, list] = defaultdict(list)
    extra: dict[tuple, dict] = defaultdict(dict)
    docs_of: dict[object, set] = defaultdict(set)
    for _a, s, p, o, doc, role, start, end, bs, be, quote in q(Q_ASSERTIONS):
        did = _doc_id(doc)
        if p == str(RDF.type):
            docs_of[s].add(did)
            continue
        key = (s, p, o)
        docs_of[key].add(did)
        ev = {"doc": did, "start": bs, "end": be, "quote": quote}
        if ev not in evidence[key]:
            evidence[key].append(ev)
        # Several documents may state it: keep the smallest role and start, the largest end.
        for name, v, pick in (("role", role, min), ("start", start, min), ("end", end, max)):
            if v is not None:
                cur = extra[key].get(name)
                extra[key][name] = str(v) if cur is None else pick(cur, str(v))

    # --- posts (org:Membership), grouped by (person, org); one post per membership node
    by_m: dict[str, dict] = {}
    for m, person, org, role, label, deleg, start, end in q(Q_POSTS):
        post = by_m.setdefault(m, {"membership": m, "person": person, "org": org, "role": None,
                                   "role_concept": None, "delegation": None, "start": None, "end": None})
        # Several values (merged documents): smallest role/start/delegation, largest end.
        for name, v, pick in (("role", label, min), ("role_concept", role, min), ("delegation", deleg, min),
                              ("start", start, min), ("end", end, max)):
            if v is not None:
                post[name] = str(v) if post[name] is None else pick(post[name], str(v))
    posts: dict[tuple, list[dict]] = defaultdict(list)
    for post in by_m.values():
        person, org = post.pop("person"), post.pop("org")
        posts[(person, org)].append(post)

    # --- relations
    for s, p, o in sorted(q(Q_RELATIONS)):
        rel = PRED_REL[p]
        add_node(s)
        add_node(o)
        key = (s, p, o)
        ev = sorted(evidence.get(key, []), key=lambda e: (e["doc"], e["start"] or 0, e["end"] or 0))
        base = {"rel": rel, "evidence": ev, "docs": sorted(docs_of.get(key, ()))}
        if rel == "holds_post" and posts.get((s, o)):
            plist = sorted(posts[(s, o)], key=lambda d: (d["start"] or "", d["role"] or "", d["membership"]))
            for i, post in enumerate(plist):
                k = rel if i == 0 else f"{rel}#{i + 1}"
                G.add_edge(s, o, key=k, **base, **post)
            continue
        x = extra.get(key, {})
        G.add_edge(s, o, key=rel, role=x.get("role"), start=x.get("start"), end=x.get("end"), **base)

    # --- documents and privacy
    for n, d in G.nodes(data=True):
        d["docs"] = sorted(docs_of.get(n, ()))
        d["private"] = bool(d["docs"]) and all(doc in private_docs for doc in d["docs"])
    for _u, _v, d in G.edges(data=True):
        d["private"] = bool(d["docs"]) and all(doc in private_docs for doc in d["docs"])

    if not include_private and private_docs and not hasattr(src, "graph_iris"):
        # A plain Graph holds private facts too: drop what only private documents support.
        G.remove_edges_from([(u, v, k) for u, v, k, d in G.edges(keys=True, data=True) if d["private"]])
        G.remove_nodes_from([n for n, d in G.nodes(data=True) if d["private"] and G.degree(n) == 0])
    return G


def date_literal(value: str) -> Literal:
    """ISO date text -> typed literal (xsd:date, gYearMonth, gYear, gMonthDay), else a string.

    >>> date_literal("2024-03").datatype.endswith("gYearMonth")
    True
    """
    import re

    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return Literal(value, datatype=XSD.date)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return Literal(value, datatype=XSD.gYearMonth)
    if re.fullmatch(r"\d{4}", value):
        return Literal(value, datatype=XSD.gYear)
    if re.fullmatch(r"--\d{2}-\d{2}", value):
        return Literal(value, datatype=XSD.gMonthDay)
    return Literal(value)


def from_networkx(G: nx.MultiDiGraph) -> Graph:
    """The facts of a projection back as RDF: types, names, codes, relations, posts, evidence.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("urn:p", kind="Person", label="Ana")
    >>> G.add_node("urn:o", kind="Network", label="RTES")
    >>> G.add_edge("urn:p", "urn:o", key="holds_post", rel="holds_post", role="présidente")
    'holds_post'
    >>> g = from_networkx(G)
    >>> (URIRef("urn:p"), ESS.holdsPostIn, URIRef("urn:o")) in g
    True
    """
    from graph.iri import assertion_iri, evidence_iri, membership_iri
    from graph.namespaces import DOC, bind_all

    g = bind_all(Graph())
    for n, d in G.nodes(data=True):
        s = URIRef(n)
        cls = KIND_CLASS.get((d.get("kind"), d.get("subtype"))) or KIND_CLASS.get((d.get("kind"), None))
        if cls is not None:
            g.add((s, RDF.type, cls))
        if d.get("label"):
            g.add((s, SCHEMA.name, Literal(d["label"])))
        if d.get("insee"):
            g.add((s, IGEO.codeINSEE, Literal(d["insee"])))
        if d.get("siren"):
            g.add((s, ESS.siren, Literal(d["siren"])))
        if d.get("date"):
            g.add((s, SCHEMA.startDate, date_literal(d["date"])))
        if d.get("end_date"):
            g.add((s, SCHEMA.endDate, date_literal(d["end_date"])))
        if d.get("place"):
            g.add((s, ESS.placeText, Literal(d["place"])))
        for alias in d.get("aliases") or ():
            g.add((s, SKOS.altLabel, Literal(alias)))
    for u, v, _k, d in G.edges(keys=True, data=True):
        rel = d.get("rel") or _k.split("#", 1)[0]
        p = REL_PRED[rel]
        s, o = URIRef(u), URIRef(v)
        g.add((s, p, o))
        if rel == "holds_post":
            m = URIRef(d["membership"]) if d.get("membership") else membership_iri(u, v, d.get("role"))
            g.add((m, RDF.type, ORG.Membership))
            g.add((m, ORG.member, s))
            g.add((m, ORG.organization, o))
            if d.get("role_concept"):
                g.add((m, ORG.role, URIRef(d["role_concept"])))
            if d.get("role"):
                g.add((m, ESS.roleLabel, Literal(d["role"])))
            if d.get("delegation"):
                g.add((m, ESS.delegation, Literal(d["delegation"])))
            if d.get("start"):
                g.add((m, SCHEMA.startDate, date_literal(d["start"])))
            if d.get("end"):
                g.add((m, SCHEMA.endDate, date_literal(d["end"])))
        for ev in d.get("evidence") or []:
            a = assertion_iri(ev["doc"], u, str(p), v, d.get("role") if rel != "holds_post" else None)
            g.add((a, RDF.type, ESS.Assertion))
            g.add((a, RDF.subject, s))
            g.add((a, RDF.predicate, p))
            g.add((a, RDF.object, o))
            g.add((a, PROV.wasDerivedFrom, DOC[ev["doc"]]))
            if d.get("role") and rel != "holds_post":
                g.add((a, ESS.role, Literal(d["role"])))
            if ev.get("start") is not None and ev.get("end") is not None:
                e = evidence_iri(str(a), ev["start"], ev["end"])
                g.add((a, ESS.evidence, e))
                g.add((e, RDF.type, ESS.Evidence))
                g.add((e, ESS.start, Literal(ev["start"], datatype=XSD.integer)))
                g.add((e, ESS.end, Literal(ev["end"], datatype=XSD.integer)))
                if ev.get("quote"):
                    g.add((e, ESS.quote, Literal(ev["quote"])))
    return g


def relation_triples(g: Graph) -> set[tuple[str, str, str]]:
    """(subject, property, object) of every essgraph relation in `g`, for comparisons."""
    return {(str(s), str(p), str(o)) for p in REL_PRED.values() for s, o in g.subject_objects(p)}


def undirected_cooperation(G: nx.MultiDiGraph, rels: Optional[Iterable[str]] = None) -> nx.Graph:
    """A simple undirected graph of actors linked by any (or the given) relations.

    Used by the graph-algorithm questions (paths, communities, brokers).
    """
    keep = set(rels) if rels is not None else None
    H = nx.Graph()
    H.add_nodes_from(G.nodes(data=True))
    for u, v, d in G.edges(data=True):
        if u != v and (keep is None or d.get("rel") in keep):
            H.add_edge(u, v)
    return H


def to_graphml_ready(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes GraphML can hold: None dropped, lists joined with '|', evidence as JSON.

    >>> G = nx.MultiDiGraph(); G.add_node("urn:a", kind="Person", subtype=None, docs=["d1", "d2"])
    >>> to_graphml_ready(G).nodes["urn:a"]
    {'kind': 'Person', 'docs': 'd1|d2'}
    """
    import json

    def clean(d: dict) -> dict:
        out = {}
        for k, v in d.items():
            if v is None:
                continue
            if k == "evidence":
                out[k] = json.dumps(v, ensure_ascii=False)
            elif isinstance(v, (list, tuple, set)):
                out[k] = "|".join(str(x) for x in v)
            elif isinstance(v, dict):
                out[k] = json.dumps(v, ensure_ascii=False)
            else:
                out[k] = v
        return out

    H = nx.MultiDiGraph()
    H.add_nodes_from((n, clean(d)) for n, d in G.nodes(data=True))
    H.add_edges_from((u, v, k, clean(d)) for u, v, k, d in G.edges(keys=True, data=True))
    return H
