"""Push the graph to a Neo4j-compatible server over Bolt (official `neo4j` driver).

Idempotent: batched `UNWIND $rows AS row MERGE ...` keyed on `iri` (nodes) and on the edge `key`
(relationships), so pushing twice leaves the same counts. Every node also gets the label `Entity`
(indexed on `iri`) so lookups by IRI need no label. Provenance travels as properties (`docs`,
`quote`, `private`), dates as ISO strings. Managed write transactions retry transient errors.
Cypher texts live in graph/cypher/queries/.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from essgraph.errors import StoreError
from graph.cypher.model import NODE_LABELS, REL_TYPES, edge_rows, node_rows
from queries.safety import check_cypher_readonly

QUERIES = Path(__file__).resolve().parent / "queries"
Progress = Callable[..., None]  # (phase, done, total), or (n) = items just sent, e.g. tqdm's update


def _text(name: str) -> str:
    return (QUERIES / name).read_text(encoding="utf-8")


def _statements(name: str) -> list[str]:
    body = "\n".join(line for line in _text(name).splitlines() if not line.strip().startswith("//"))
    return [s.strip() for s in body.split(";") if s.strip()]


def _driver(uri: str, user: Optional[str], password: Optional[str], pool_size: int = 100):
    import neo4j

    auth = (user, password or "") if user else None
    try:
        driver = neo4j.GraphDatabase.driver(uri, auth=auth, max_connection_pool_size=pool_size)
        driver.verify_connectivity()
    except neo4j.exceptions.AuthError as exc:
        raise StoreError(f"{uri}: the server refused the credentials of user {user!r} ({exc.message}); "
                         "check NEO4J_USER / NEO4J_PASSWORD") from None
    except (neo4j.exceptions.ServiceUnavailable, OSError, ValueError) as exc:
        raise StoreError(f"{uri}: cannot reach a Bolt server ({exc}); is it running, and is the URI "
                         "bolt://HOST:PORT or neo4j://HOST:PORT?") from None
    return driver


def needs_string_escape(driver) -> bool:
    """FalkorDB's Bolt module pastes parameter values into query text inside '...' (measured: an
    apostrophe fails to parse, "a\\b" comes back as a backspace), so strings must be escaped for it.
    Neo4j binds parameters properly and must get them untouched: probed once per connection."""
    probe = "a\\tb"  # backslash-t: FalkorDB turns it into a tab; a quote would make it fail and stall
    try:
        records, _, _ = driver.execute_query("RETURN $v AS v", v=probe)
        return records[0]["v"] != probe
    except Exception:
        return True


def escape_strings(value):
    """Backslash-escape quotes and backslashes in every string of a parameter value (FalkorDB)."""
    if isinstance(value, str):
        return value.replace("\\", "\\\\").replace("'", "\\'")
    if isinstance(value, list):
        return [escape_strings(v) for v in value]
    if isinstance(value, dict):
        return {k: escape_strings(v) for k, v in value.items()}
    return value


def _props(row: dict, skip: tuple) -> dict:
    # None values are left out: some servers refuse nulls in property maps.
    return {k: v for k, v in row.items() if k not in skip and v is not None}


def _progress_adapter(progress: Optional[Progress]):
    """Call `progress` as (phase, done, total) when it takes three arguments, else as (n_sent)."""
    import inspect

    if progress is None:
        return lambda *_a: None
    try:
        params = [p for p in inspect.signature(progress).parameters.values()
                  if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
        three = len(params) >= 3
    except (TypeError, ValueError):
        three = False
    return (lambda phase, done, total, n: progress(phase, done, total)) if three else (
        lambda phase, done, total, n: progress(n))


def push_graph(G, uri: str, user: Optional[str] = None, password: Optional[str] = None,
               database: Optional[str] = None, batch: int = 1000,
               progress: Optional[Progress] = None, driver=None) -> dict:
    """Push a networkx projection. Returns {'nodes': n, 'relationships': m} as sent.

    `driver`: an open neo4j driver to reuse (left open); else one is made from uri/user/password."""
    own = driver is None
    driver = driver or _driver(uri, user, password)
    fix = escape_strings if needs_string_escape(driver) else (lambda v: v)
    try:
        with driver.session(database=database) as session:
            for stmt in _statements("constraints.cypher"):
                try:
                    session.run(stmt).consume()
                except Exception:  # not supported by this server (FalkorDB: no constraints): carry on
                    pass
        from queries.analytics import ensure_attached

        ensure_attached(G)  # communities and betweenness as node properties, as in LadybugDB
        nodes = list(node_rows(G))
        edges = list(edge_rows(G))
        by_label: dict[str, list] = {}
        for r in nodes:
            by_label.setdefault(r["label"], []).append({"iri": r["iri"], "props": _props(r, ("label",))})
        by_type: dict[str, list] = {}
        for r in edges:
            by_type.setdefault(r["type"], []).append(
                {"from": r["from"], "to": r["to"], "key": r["key"],
                 "props": _props(r, ("type", "from", "to", "from_label", "to_label"))})
        report = _progress_adapter(progress)
        done = 0
        with driver.session(database=database) as session:
            for label, rows in by_label.items():
                assert label in NODE_LABELS  # labels come from the model only
                text = _text("merge_nodes.cypher").replace("__LABEL__", label)
                for i in range(0, len(rows), batch):
                    chunk = rows[i:i + batch]
                    session.execute_write(lambda tx, c=chunk: tx.run(text, rows=fix(c)).consume())
                    done += len(chunk)
                    report("nodes", done, len(nodes), len(chunk))
            done = 0
            for rel, rows in by_type.items():
                assert rel in REL_TYPES
                text = _text("merge_rels.cypher").replace("__TYPE__", rel)
                for i in range(0, len(rows), batch):
                    chunk = rows[i:i + batch]
                    session.execute_write(lambda tx, c=chunk: tx.run(text, rows=fix(c)).consume())
                    done += len(chunk)
                    report("relationships", done, len(edges), len(chunk))
    finally:
        if own:
            driver.close()
    return {"nodes": len(nodes), "relationships": len(edges)}


def push(store, uri: str, user: Optional[str] = None, password: Optional[str] = None,
         database: Optional[str] = None, batch: int = 1000, *, include_private: bool = False,
         progress: Optional[Progress] = None, driver=None) -> dict:
    """Push the store's projection (private documents left out unless asked) to a Bolt server."""
    from graph.project_nx import to_networkx
    from queries.analytics import attach_for_store

    G = to_networkx(store, include_private=include_private)
    attach_for_store(G, store, include_private)
    return push_graph(G, uri, user, password,
                      database=database, batch=batch, progress=progress, driver=driver)


class Neo4jReader:
    """Read-only Cypher over Bolt, for `queries.registry.ask(..., backend="neo4j")` and `essgraph cypher`."""

    dialect = "neo4j"

    def __init__(self, uri: str, user: Optional[str] = None, password: Optional[str] = None,
                 database: Optional[str] = None, pool_size: int = 100):
        # FalkorDB's Bolt module stalls on a second connection after one closed (measured): tests
        # use pool_size=1 and pass this reader's driver to push().
        self.driver = _driver(uri, user, password, pool_size)
        self.database = database
        self.escape = needs_string_escape(self.driver)
        self.dialect = "neo4j" if not self.escape else "falkordb"

    def run_cypher(self, text: str, params: Optional[dict] = None) -> list[dict]:
        check_cypher_readonly(text)
        with self.driver.session(database=self.database) as session:
            values = escape_strings(params or {}) if self.escape else (params or {})
            return session.execute_read(lambda tx: tx.run(text, values).data())

    def counts(self) -> dict:
        return self.run_cypher(_text("count.cypher"))[0]

    def close(self) -> None:
        self.driver.close()

    def __enter__(self) -> "Neo4jReader":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
