"""The SPARQL endpoint, exercised with SPARQLWrapper and plain HTTP against a running server."""
from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest
from SPARQLWrapper import CSV, JSON, TSV, TURTLE, XML, SPARQLWrapper

from queries.serve import SparqlServer
from tests.fixtures_query import build_store

P = "PREFIX schema: <https://schema.org/> PREFIX ess: <https://w3id.org/essgraph/ontology#> "
NAMES = P + "SELECT ?n WHERE { ?x a ess:Person ; schema:name ?n } ORDER BY ?n"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    store = build_store(tmp_path_factory.mktemp("serve-store"))
    with SparqlServer(store, port=0, timeout=2.0) as srv:
        yield srv
    store.close()


def _wrapper(srv, query, fmt, method="GET"):
    w = SPARQLWrapper(srv.url)
    w.setQuery(query)
    w.setReturnFormat(fmt)
    w.setMethod(method)
    return w.query()


def test_bound_to_loopback(server):
    assert server.url.startswith("http://127.0.0.1:")


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_select_json(server, method):
    res = _wrapper(server, NAMES, JSON, method).convert()
    names = [b["n"]["value"] for b in res["results"]["bindings"]]
    assert "Amélie Durand" in names and "Jean O'Brien" in names


def test_select_csv_tsv_xml(server):
    assert "Amélie Durand" in _wrapper(server, NAMES, CSV).convert().decode("utf-8")
    assert "?n" in _wrapper(server, NAMES, TSV).convert().decode("utf-8").splitlines()[0]
    doc = _wrapper(server, NAMES, XML).convert()
    assert "Amélie Durand" in doc.toxml()


def test_construct_turtle_and_jsonld(server):
    q = P + "CONSTRUCT { ?x schema:name ?n } WHERE { ?x a ess:Network ; schema:name ?n }"
    ttl = _wrapper(server, q, TURTLE).convert().decode("utf-8")
    assert "RTES" in ttl
    req = urllib.request.Request(server.url, data=q.encode(), method="POST",
                                 headers={"Content-Type": "application/sparql-query", "Accept": "application/ld+json"})
    with urllib.request.urlopen(req) as r:
        assert r.headers["Content-Type"].startswith("application/ld+json")
        assert "RTES" in json.dumps(json.loads(r.read()), ensure_ascii=False)


def test_ask(server):
    res = _wrapper(server, P + "ASK { ?x schema:name \"RTES\" }", JSON).convert()
    assert res["boolean"] is True


def _status(url, data=None, headers=None):
    req = urllib.request.Request(url, data=data, headers=headers or {}, method="POST" if data is not None else "GET")
    try:
        with urllib.request.urlopen(req) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


@pytest.mark.parametrize("update", ["DELETE WHERE { ?s ?p ?o }", "INSERT DATA { <urn:a> <urn:b> <urn:c> }", "DROP ALL"])
def test_update_refused(server, update):
    code, body = _status(server.url, update.encode(), {"Content-Type": "application/sparql-query"})
    assert code == 403 and "read-only" in body
    code, _ = _status(server.url, update.encode(), {"Content-Type": "application/sparql-update"})
    assert code == 403
    from urllib.parse import urlencode
    code, _ = _status(server.url, urlencode({"update": update}).encode(),
                      {"Content-Type": "application/x-www-form-urlencoded"})
    assert code == 403
    # and the data is still there
    res = _wrapper(server, NAMES, JSON).convert()
    assert res["results"]["bindings"]


def test_bad_requests(server):
    assert _status(server.url)[0] == 400
    assert _status(server.url.replace("/sparql", "/other"))[0] == 404
    code, body = _status(server.url + "?query=SELECT%20WHERE%20%7B")
    assert code == 400 and "syntax" in body


def test_private_graphs_hidden(server):
    q = P + "SELECT ?x WHERE { ?x ess:partnerOf <https://w3id.org/essgraph/id/ept/200057875> }"
    res = _wrapper(server, q, JSON).convert()
    assert res["results"]["bindings"] == []


def test_timeout_gives_503(server):
    slow = ("SELECT (COUNT(*) AS ?c) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")
    from urllib.parse import quote
    code, body = _status(server.url + "?query=" + quote(slow))
    assert code == 503 and "timed out" in body
