"""The system of record: an RDF dataset with one named graph per source document.

`EssStore` wraps an rdflib `Dataset` whose store is a plugin: ``"oxigraph"`` (on
disk, through oxrdflib; the default), ``"memory"`` (rdflib's own in-memory
store, for comparison and small jobs), or any `rdflib.store.Store` object.

Private documents are part of the store but left out of every read unless
``include_private=True``: queries then run over the public named graphs only.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping, Optional, Union

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.query import Result
from rdflib.store import Store

from essgraph.errors import StoreError, UsageError

ESS = "https://w3id.org/essgraph/ontology#"
DOC = "https://w3id.org/essgraph/doc/"
REFERENCE_GRAPH = URIRef("https://w3id.org/essgraph/graph/reference")
# Materialised unions of the document graphs. Oxigraph evaluates a query over the union of many
# named graphs (or over a list of them) one to two orders of magnitude slower than over one graph
# (benchmarks/RESULTS.md), so reads go to these, rebuilt after each batch of writes.
UNION_PUBLIC = URIRef("https://w3id.org/essgraph/graph/union-public")
UNION_ALL = URIRef("https://w3id.org/essgraph/graph/union-all")
STATE_GRAPH = URIRef("https://w3id.org/essgraph/graph/state")
_STATE = URIRef(ESS + "unionOf")
_VERSION = URIRef(ESS + "unionVersion")  # new at every change of the unions: keys what derives from them
# Graph-wide analytics (communities, betweenness) computed once per state of a union (queries/analytics.py).
ANALYTICS_PUBLIC = URIRef("https://w3id.org/essgraph/graph/analytics-public")
ANALYTICS_ALL = URIRef("https://w3id.org/essgraph/graph/analytics-all")
DERIVED_GRAPHS = (UNION_PUBLIC, UNION_ALL, STATE_GRAPH, ANALYTICS_PUBLIC, ANALYTICS_ALL)

_FILL_UNION = f"""
PREFIX ess: <{ESS}>
INSERT {{ GRAPH ?target {{ ?s ?p ?o }} }}
WHERE {{
  GRAPH ?g {{ ?g a ess:SourceDocument }}
  FILTER (?all || NOT EXISTS {{ GRAPH ?g {{ ?g ess:private true }} }})
  GRAPH ?g {{ ?s ?p ?o }}
}}
"""

BACKENDS = ("oxigraph", "memory")

_DOCS_QUERY = f"""
PREFIX ess: <{ESS}>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?g ?sha ?src ?priv ?title ?date WHERE {{
  GRAPH ?g {{
    ?g a ess:SourceDocument ; ess:sha256 ?sha ; ess:sourcePath ?src .
    OPTIONAL {{ ?g ess:private ?priv }}
    OPTIONAL {{ ?g dcterms:title ?title }}
    OPTIONAL {{ ?g dcterms:date ?date }}
  }}
}}
"""


@dataclass(frozen=True)
class DocRecord:
    """What the store knows of one loaded document."""

    doc_id: str
    graph: URIRef
    sha256: str
    source: str
    private: bool
    title: Optional[str] = None
    date: Optional[str] = None


def doc_graph_iri(doc_id: str) -> URIRef:
    """The named graph (and document node) IRI of a document.

    >>> doc_graph_iri("d0123456789abcdef")
    rdflib.term.URIRef('https://w3id.org/essgraph/doc/d0123456789abcdef')
    """
    return URIRef(DOC + doc_id)


def default_store_path() -> Path:
    """`ESSGRAPH_STORE`, else a per-user data directory."""
    import os

    from platformdirs import user_data_path

    env = os.environ.get("ESSGRAPH_STORE")
    return Path(env) if env else user_data_path("essgraph") / "store"


class EssStore:
    """An essgraph dataset on disk (or in memory).

    >>> s = EssStore(backend="memory")
    >>> g = Graph(identifier=doc_graph_iri("dx"))
    >>> _ = g.add((doc_graph_iri("dx"), URIRef(ESS + "sha256"), Literal("ab")))
    >>> s.replace_document("dx", g)
    >>> len(s)
    1
    """

    def __init__(
        self,
        path: Union[str, Path, None] = None,
        *,
        backend: Union[str, Store] = "oxigraph",
        read_only: bool = False,
    ) -> None:
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        self._fingerprint: Optional[str] = None  # of the documents, cached until a write
        self._docs: Optional[list[DocRecord]] = None
        # Whether the unions hold exactly the documents' triples (None: not checked yet). While True,
        # writes update the unions incrementally; otherwise refresh_union() rebuilds them whole.
        self._union_synced: Optional[bool] = None
        self._lock = threading.RLock()
        if isinstance(backend, Store):
            self.backend = type(backend).__name__
            self.dataset = Dataset(store=backend, default_union=True)
        elif backend == "oxigraph" and read_only:
            # Readers do not take the writer's lock, so `essgraph serve` and queries can run side by
            # side; Oxigraph leaves reads undefined while another process writes.
            self.backend = "oxigraph"
            self.dataset = _read_only_dataset(self.path)
        elif backend == "oxigraph":
            self.backend = "oxigraph"
            self.dataset = Dataset(store="Oxigraph", default_union=True)
            if self.path is not None:
                try:
                    self.path.mkdir(parents=True, exist_ok=True)
                    self.dataset.open(str(self.path / "oxigraph"))
                except OSError as exc:
                    raise StoreError(
                        f"{self.path}: cannot open the store ({exc}); is another essgraph process "
                        "using it? Pass another --store DIR or stop the other process."
                    ) from exc
        elif backend == "memory":
            self.backend = "memory"
            self.dataset = Dataset(default_union=True)
        else:
            raise UsageError(f"unknown store backend {backend!r}: choose one of {', '.join(BACKENDS)}")

    # ------------------------------------------------------------------ writes
    @property
    def ox(self):
        """The pyoxigraph store behind the dataset (oxigraph backend only)."""
        inner = getattr(self.dataset.store, "_inner", None)
        if inner is None:
            raise StoreError("this operation needs the oxigraph backend")
        return inner

    def replace_document(self, doc_id: str, graph: Graph) -> None:
        """Put `graph` as the named graph of `doc_id`, replacing what was there."""
        self.replace_document_iri(doc_graph_iri(doc_id), graph)

    def replace_reference(self, graph: Graph) -> None:
        """Load the ontology, vocabularies and gazetteer into the reference graph."""
        self.replace_document_iri(REFERENCE_GRAPH, graph)

    def replace_document_iri(self, iri: URIRef, graph: Optional[Graph]) -> None:
        """Put `graph` as the named graph `iri` (None: remove it), keeping the unions in step."""
        with self._lock:
            if self.backend == "oxigraph":
                self._write_ox(iri, graph)
            else:
                self.dataset.remove_graph(iri)
                if graph is not None:
                    target = self.dataset.graph(iri)
                    for t in graph:
                        target.add(t)
            self._invalidate()

    def _write_ox(self, iri: URIRef, graph: Optional[Graph]) -> None:
        import pyoxigraph as ox
        from oxrdflib._converter import to_ox

        gname = ox.NamedNode(str(iri))
        new = [to_ox((*t, iri)) for t in graph] if graph is not None else []  # build first: a failure stores nothing
        synced = self._unions_in_sync()
        self._drop_state()  # a crash from here on leaves no state: the next refresh rebuilds whole
        from graph.union_delta import write_graph  # here: union_delta imports this module

        write_graph(self.ox, gname, new, keep_unions=synced)

    def forget(self, key: str) -> list[DocRecord]:
        """Remove the documents whose id, source path or file name is `key`.

        Returns the records removed (empty when nothing matched)."""
        gone = [d for d in self.documents(include_private=True) if key in (d.doc_id, d.source, Path(d.source).name)]
        for d in gone:
            self.replace_document_iri(d.graph, None)
        return gone

    def clear(self) -> None:
        with self._lock:
            for g in list(self.dataset.graphs()):
                self.dataset.remove_graph(g)
            self._invalidate()
            self._union_synced = True  # no documents, no unions

    # ------------------------------------------------------------------- reads
    def documents(self, *, include_private: bool = True) -> list[DocRecord]:
        if self._docs is None:
            self._docs = self._read_documents()
        return [d for d in self._docs if include_private or not d.private]

    def _invalidate(self) -> None:
        """After any write: forget cached reads. The write itself removed the unions' state (on
        disk), so nothing derived from the old state is served until refresh_union() stamps anew."""
        self._docs = None
        self._fingerprint = None

    def _drop_state(self) -> None:
        import pyoxigraph as ox

        state = ox.NamedNode(str(STATE_GRAPH))
        if self.ox.contains_named_graph(state):
            self.ox.remove_graph(state)

    def _unions_in_sync(self) -> bool:
        """Whether the unions hold exactly the documents' triples now (checked once per process:
        fresh state on disk, or an empty store; then kept up to date by the writes)."""
        if self._union_synced is None:
            import pyoxigraph as ox

            blank = not self.documents() and not any(
                self.ox.contains_named_graph(ox.NamedNode(str(g))) for g in (UNION_ALL, UNION_PUBLIC))
            self._union_synced = blank or self.union_is_fresh()
        return self._union_synced

    def _read_documents(self) -> list[DocRecord]:
        out = []
        for row in self.dataset.query(_DOCS_QUERY):
            g = row.g
            rec = DocRecord(
                doc_id=str(g)[len(DOC):],
                graph=g,
                sha256=str(row.sha),
                source=str(row.src),
                private=bool(row.priv.toPython()) if row.priv is not None else False,
                title=str(row.title) if row.title is not None else None,
                date=str(row.date) if row.date is not None else None,
            )
            out.append(rec)
        return sorted(out, key=lambda d: (d.source, d.doc_id))

    def document(self, doc_id: str) -> Optional[DocRecord]:
        for d in self.documents():
            if d.doc_id == doc_id:
                return d
        return None

    def graph_iris(self, *, include_private: bool = False) -> list[URIRef]:
        """Named graphs visible to readers: public documents and the reference graph."""
        iris = [d.graph for d in self.documents(include_private=include_private)]
        if self.has_graph(REFERENCE_GRAPH):
            iris.append(REFERENCE_GRAPH)
        return iris

    def has_graph(self, iri: URIRef) -> bool:
        if self.backend == "oxigraph":
            import pyoxigraph as ox

            return self.ox.contains_named_graph(ox.NamedNode(str(iri)))
        return any(g.identifier == iri for g in self.dataset.graphs())

    def private_graphs(self) -> list[URIRef]:
        return [d.graph for d in self.documents() if d.private]

    # ------------------------------------------------------------- unions
    def documents_fingerprint(self) -> str:
        """A digest of which documents are loaded and which are private."""
        if self._fingerprint is None:
            import hashlib

            rows = sorted(f"{d.doc_id}:{int(d.private)}" for d in self.documents())
            self._fingerprint = hashlib.sha256("\n".join(rows).encode()).hexdigest()[:24]
        return self._fingerprint

    def union_is_fresh(self) -> bool:
        import pyoxigraph as ox

        want = ox.Literal(self.documents_fingerprint())
        state = ox.NamedNode(str(STATE_GRAPH))
        return any(q.object == want for q in self.ox.quads_for_pattern(state, ox.NamedNode(str(_STATE)), None, state))

    def union_version(self) -> Optional[str]:
        """The version stamp of the unions when they are fresh (None otherwise, or off Oxigraph).

        It changes at every write, so anything derived from the unions and keyed to it is stale
        as soon as a document is added, replaced or forgotten."""
        if self.backend != "oxigraph" or not self.union_is_fresh():
            return None
        import pyoxigraph as ox

        state = ox.NamedNode(str(STATE_GRAPH))
        for q in self.ox.quads_for_pattern(state, ox.NamedNode(str(_VERSION)), None, state):
            return q.object.value
        return None

    def refresh_union(self, *, analytics: bool = True) -> bool:
        """Bring the materialised unions up to date; True when their state changed.

        The writes keep the unions in step document by document (graph/union_delta.py), so this
        only stamps the new state; a store whose unions are not known to be in step (an older
        store, a crash mid-write) gets them rebuilt whole. Then, with `analytics`, the graph-wide
        analytics are recomputed for the new state (queries/analytics.py)."""
        if self.backend != "oxigraph" or self.read_only:
            return False
        import uuid

        import pyoxigraph as ox

        changed = False
        with self._lock:
            # a store stamped before versions existed has a fresh union but no version: stamp it anew
            if not self.union_is_fresh() or self.union_version() is None:
                if not self._unions_in_sync():
                    self._rebuild_unions()
                state = ox.NamedNode(str(STATE_GRAPH))
                self._drop_state()
                self.ox.extend([
                    ox.Quad(state, ox.NamedNode(str(_STATE)), ox.Literal(self.documents_fingerprint()), state),
                    ox.Quad(state, ox.NamedNode(str(_VERSION)), ox.Literal(uuid.uuid4().hex), state)])
                self._union_synced = True
                changed = True
            if analytics:
                from queries.analytics import refresh_analytics

                refresh_analytics(self)
        return changed

    def _rebuild_unions(self) -> None:
        """Both unions recomputed from the document graphs (the slow path: whole store)."""
        import pyoxigraph as ox

        for g in DERIVED_GRAPHS:
            node = ox.NamedNode(str(g))
            if self.ox.contains_named_graph(node):
                self.ox.remove_graph(node)
        for target, everything in ((UNION_ALL, True), (UNION_PUBLIC, False)):
            self.ox.update(_FILL_UNION.replace("?target", f"<{target}>").replace("?all", str(everything).lower()))

    def query(
        self,
        sparql: str,
        *,
        bindings: Optional[Mapping[str, object]] = None,
        include_private: bool = False,
        named_documents: bool = True,
    ) -> Result:
        """Run a SPARQL query over the visible graphs, values passed as bindings.

        Values never enter the query text: `bindings` are substituted by the engine. With
        `named_documents=False` (the named questions), `GRAPH` reaches only the derived analytics
        graph of the view: listing every document graph costs Oxigraph ~0.2 s per query at 1,400
        documents (benchmarks/RESULTS.md), whatever the query.
        """
        from rdflib import Variable
        from rdflib.term import Identifier

        binds = {k: (v if isinstance(v, Identifier) else Literal(v)) for k, v in (bindings or {}).items()}
        hidden = [] if include_private else self.private_graphs()
        if self.backend == "oxigraph":
            import pyoxigraph as ox
            from oxrdflib._converter import from_ox, to_ox

            kwargs: dict = {"substitutions": {ox.Variable(k): to_ox(v) for k, v in binds.items()}}
            self.refresh_union()  # no-op when fresh or read-only
            if self.union_is_fresh():
                union = UNION_ALL if include_private else UNION_PUBLIC
                kwargs["default_graph"] = [ox.NamedNode(str(union))]
                named = [ANALYTICS_ALL if include_private else ANALYTICS_PUBLIC]
                if named_documents:
                    named += self.graph_iris(include_private=include_private)
                kwargs["named_graphs"] = [ox.NamedNode(str(g)) for g in named]
            elif hidden:
                visible = self.graph_iris(include_private=False)
                kwargs["default_graph"] = [ox.NamedNode(str(g)) for g in visible]
                kwargs["named_graphs"] = [ox.NamedNode(str(g)) for g in visible]
            else:
                kwargs["use_default_graph_as_union"] = True
            with self._lock:
                res = self.ox.query(sparql, **kwargs)
            if isinstance(res, ox.QueryBoolean):
                out = Result("ASK")
                out.askAnswer = bool(res)
            elif isinstance(res, ox.QuerySolutions):
                out = Result("SELECT")
                out.vars = [Variable(v.value) for v in res.variables]
                out.bindings = [{v: from_ox(val) for v, val in zip(out.vars, sol) if val is not None} for sol in res]
            else:
                out = Result("CONSTRUCT")
                out.graph = Graph()
                for t in res:
                    out.graph.add(from_ox(t))
            return out
        if hidden:
            from rdflib.graph import ReadOnlyGraphAggregate

            visible = [self._graph(g) for g in self.graph_iris(include_private=False)]
            return ReadOnlyGraphAggregate(visible).query(sparql, initBindings=binds)
        return self.dataset.query(sparql, initBindings=binds)

    def select_values(self, sparql: str, *, bindings: Optional[Mapping[str, object]] = None,
                      include_private: bool = False) -> list[dict]:
        """Rows of a SELECT as plain values (oxigraph backend): IRIs and literals as their text,
        numbers (xsd:integer, decimal, double, float) as int/float, unbound as absent.

        For the named questions: turning thousands of solutions into rdflib terms costs more than
        the query itself (1 s for 11k rows of four columns, measured), and they only need text."""
        import pyoxigraph as ox
        from oxrdflib._converter import to_ox
        from rdflib.term import Identifier

        binds = {k: (v if isinstance(v, Identifier) else Literal(v)) for k, v in (bindings or {}).items()}
        kwargs: dict = {"substitutions": {ox.Variable(k): to_ox(v) for k, v in binds.items()}}
        self.refresh_union()  # no-op when fresh or read-only
        if not self.union_is_fresh():  # the slow path keeps rdflib's terms; same values in the end
            res = self.query(sparql, bindings=bindings, include_private=include_private)
            return [{str(k): _plain(v) for k, v in row.items()} for row in res.bindings]
        view = (UNION_ALL, ANALYTICS_ALL) if include_private else (UNION_PUBLIC, ANALYTICS_PUBLIC)
        kwargs["default_graph"] = [ox.NamedNode(str(view[0]))]
        kwargs["named_graphs"] = [ox.NamedNode(str(view[1]))]
        with self._lock:
            res = self.ox.query(sparql, **kwargs)
            names = [v.value for v in res.variables]
            return [{n: (None if val is None else _ox_plain(val)) for n, val in zip(names, sol)} for sol in res]

    def visible_quads(self, *, include_private: bool = False) -> Iterable[tuple]:
        """(s, p, o, graph IRI) of every visible named graph."""
        for g in self.graph_iris(include_private=include_private):
            for t in self._graph(g):
                yield (*t, g)

    def _graph(self, iri: URIRef) -> Graph:
        """A view of one named graph that never creates it (Dataset.graph() would, a write)."""
        return Graph(store=self.dataset.store, identifier=iri)

    def union_graph(self, *, include_private: bool = False) -> Graph:
        """A plain in-memory copy of the visible facts, for projections and validation."""
        g = Graph()
        for s, p, o, _ in self.visible_quads(include_private=include_private):
            g.add((s, p, o))
        return g

    def export(self, fmt: str, *, include_private: bool = False) -> bytes:
        """Serialise the visible graphs: trig and nquads keep named graphs."""
        ds = Dataset()
        for s, p, o, g in self.visible_quads(include_private=include_private):
            ds.graph(g).add((s, p, o))
        from graph.namespaces import bind_all

        bind_all(ds)
        if fmt in ("turtle", "ttl", "json-ld", "xml", "nt"):
            return self.union_graph(include_private=include_private).serialize(format=fmt).encode()
        return ds.serialize(format=fmt).encode()

    def __len__(self) -> int:
        """Quads in every named graph, private ones included."""
        if self.backend == "oxigraph":
            return len(self.ox)
        return sum(len(g) for g in self.dataset.graphs())

    def close(self) -> None:
        try:
            self.dataset.close()
        except Exception:  # closing a memory store twice is harmless
            pass

    def __enter__(self) -> "EssStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


_NUMBERS = {"http://www.w3.org/2001/XMLSchema#" + t: f for t, f in (
    ("integer", int), ("int", int), ("long", int), ("decimal", float), ("double", float), ("float", float))}


def _ox_plain(term):
    """A pyoxigraph term as str, or int/float for a number literal."""
    import pyoxigraph as ox

    if isinstance(term, ox.Literal):
        cast = _NUMBERS.get(term.datatype.value)
        if cast is not None:
            try:
                return cast(term.value)
            except ValueError:  # an ill-typed number stays text
                return term.value
    return term.value


def _plain(term):
    """An rdflib term as _ox_plain would give it."""
    if isinstance(term, Literal) and term.datatype is not None and str(term.datatype) in _NUMBERS:
        try:
            return _NUMBERS[str(term.datatype)](str(term))
        except ValueError:
            return str(term)
    return str(term)


def _read_only_dataset(path: Optional[Path]) -> Dataset:
    import pyoxigraph as ox
    from oxrdflib import OxigraphStore

    where = path / "oxigraph" if path is not None else None
    if where is None or not where.is_dir():
        raise StoreError(f"{path}: no essgraph store there; build one with `essgraph build SOURCES --store {path}`")
    try:
        inner = ox.Store.read_only(str(where))
    except OSError as exc:
        raise StoreError(f"{path}: cannot open the store read-only ({exc})") from exc
    return Dataset(store=OxigraphStore(store=inner), default_union=True)


def open_store(
    store: Union["EssStore", str, Path, None] = None,
    *,
    backend: Union[str, Store] = "oxigraph",
    read_only: bool = False,
) -> EssStore:
    """Accept an `EssStore`, a directory, or None (the default per-user store)."""
    if isinstance(store, EssStore):
        return store
    return EssStore(store if store is not None else default_store_path(), backend=backend, read_only=read_only)
