"""Push to a real Bolt server and ask the named questions' Cypher there.

Server: FalkorDB's Bolt module (falkordblite) in a private network namespace (tests/bolt_server.py),
or a real Neo4j 5 when NEO4J_URI is set (with NEO4J_USER / NEO4J_PASSWORD).
"""
from __future__ import annotations

import os

import pytest

from essgraph.errors import StoreError
from graph.cypher.neo4j_push import Neo4jReader, push
from graph.project_nx import to_networkx
from queries.registry import QUESTIONS, ask
from tests.fixtures_query import build_store
from tests.test_questions import FIXTURE_CALLS


@pytest.fixture(scope="module")
def bolt():
    if os.environ.get("NEO4J_URI"):
        yield os.environ["NEO4J_URI"], os.environ.get("NEO4J_USER"), os.environ.get("NEO4J_PASSWORD"), "neo4j"
        return
    from tests.bolt_server import falkordb_bolt

    try:
        ctx = falkordb_bolt()
        uri = ctx.__enter__()
    except RuntimeError as exc:
        pytest.skip(f"no Bolt server: {exc}")
    yield uri, None, None, "falkordb"
    ctx.__exit__(None, None, None)


@pytest.fixture(scope="module")
def pushed(bolt, tmp_path_factory):
    uri, user, pw, kind = bolt
    store = build_store(tmp_path_factory.mktemp("bolt-store"))
    reader = Neo4jReader(uri, user, pw, pool_size=1)
    if kind == "neo4j":  # a shared server: start from an empty essgraph graph
        reader.driver.execute_query("MATCH (n:Entity) DETACH DELETE n")
    seen = []
    first = push(store, uri, user, pw, batch=7, driver=reader.driver,
                 progress=lambda phase, done, total: seen.append((phase, done, total)))
    counts1 = reader.counts()
    sent = []  # a one-argument callback (tqdm's update) gets the number of items just sent
    second = push(store, uri, user, pw, batch=1000, driver=reader.driver, progress=sent.append)
    assert sum(sent) == second["nodes"] + second["relationships"]
    counts2 = reader.counts()
    yield store, reader, first, second, counts1, counts2, seen, kind
    reader.close()
    store.close()


def test_push_is_idempotent(pushed):
    store, _reader, first, second, counts1, counts2, seen, _kind = pushed
    G = to_networkx(store)
    assert first == second == {"nodes": G.number_of_nodes(), "relationships": G.number_of_edges()}
    assert counts1 == counts2 == {"nodes": G.number_of_nodes(), "relationships": G.number_of_edges()}
    assert seen[-1][0] == "relationships" and seen[-1][1] == seen[-1][2] == G.number_of_edges()


def test_provenance_and_dates_as_properties(pushed):
    _store, reader, *_rest = pushed
    rows = reader.run_cypher("MATCH (p:Person {iri: $iri})-[r:HOLDS_POST]->(c:Collectivite) "
                             "RETURN r.role AS role, r.start AS start, r.docs AS docs, r.quote AS quote ORDER BY role",
                             {"iri": "https://w3id.org/essgraph/id/person/amelie-durand"})
    assert [r["role"] for r in rows] == ["adjointe au maire", "conseillère municipale"]
    assert rows[0]["start"] == "2020-07-04" and rows[0]["docs"] and rows[0]["quote"]


@pytest.mark.parametrize("name,args,kwargs", FIXTURE_CALLS, ids=[f"{c[0]}-{i}" for i, c in enumerate(FIXTURE_CALLS)])
def test_questions_over_bolt_match_sparql(pushed, name, args, kwargs):
    store, reader, *_rest = pushed
    assert ask(name, reader, *args, backend="neo4j", **kwargs) == ask(name, store, *args, backend="sparql", **kwargs)


def test_writes_refused_through_reader(pushed):
    from essgraph.errors import UsageError

    _store, reader, *_rest = pushed
    with pytest.raises(UsageError):
        reader.run_cypher("MATCH (n) DETACH DELETE n")
    assert reader.counts()["nodes"] > 0


def test_unreachable_server_is_a_clear_error():
    with pytest.raises(StoreError, match="cannot reach"):
        Neo4jReader("bolt://127.0.0.1:9")


def test_all_questions_covered():
    assert {c[0] for c in FIXTURE_CALLS} == set(QUESTIONS)
