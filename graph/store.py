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
DERIVED_GRAPHS = (UNION_PUBLIC, UNION_ALL, STATE_GRAPH)

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
        iri = doc_graph_iri(doc_id)
        with self._lock:
            if self.backend == "oxigraph":
                import pyoxigraph as ox
                from oxrdflib._converter import to_ox

                gname = ox.NamedNode(str(iri))
                quads = [to_ox((*t, iri)) for t in graph]  # build first: a failure stores nothing
                if self.ox.contains_named_graph(gname):
                    self.ox.remove_graph(gname)
                self.ox.extend(quads)
                self._invalidate()
            else:
                self.dataset.remove_graph(iri)
                target = self.dataset.graph(iri)
                for t in graph:
                    target.add(t)
                self._invalidate()

    def replace_reference(self, graph: Graph) -> None:
        """Load the ontology, vocabularies and gazetteer into the reference graph."""
        self.replace_document_iri(REFERENCE_GRAPH, graph)

    def replace_document_iri(self, iri: URIRef, graph: Graph) -> None:
        self._invalidate()
        with self._lock:
            self.dataset.remove_graph(iri)
            if self.backend == "oxigraph":
                import pyoxigraph as ox
                from oxrdflib._converter import to_ox

                gname = ox.NamedNode(str(iri))
                self.ox.extend([to_ox((*t, iri)) for t in graph])
            else:
                target = self.dataset.graph(iri)
                for t in graph:
                    target.add(t)

    def forget(self, key: str) -> list[DocRecord]:
        """Remove the documents whose id, source path or file name is `key`.

        Returns the records removed (empty when nothing matched)."""
        gone = [d for d in self.documents(include_private=True) if key in (d.doc_id, d.source, Path(d.source).name)]
        with self._lock:
            for d in gone:
                self.dataset.remove_graph(d.graph)
            self._invalidate()
        return gone

    def clear(self) -> None:
        self._invalidate()
        with self._lock:
            for g in list(self.dataset.graphs()):
                self.dataset.remove_graph(g)

    # ------------------------------------------------------------------- reads
    def documents(self, *, include_private: bool = True) -> list[DocRecord]:
        if self._docs is None:
            self._docs = self._read_documents()
        return [d for d in self._docs if include_private or not d.private]

    def _invalidate(self) -> None:
        """After any write: forget cached reads and mark the unions stale, on disk too, so that a
        re-processed document with the same id (new merge decisions) is not missed."""
        self._docs = None
        self._fingerprint = None
        if self.backend == "oxigraph" and not self.read_only:
            import pyoxigraph as ox

            state = ox.NamedNode(str(STATE_GRAPH))
            if self.ox.contains_named_graph(state):
                self.ox.remove_graph(state)

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

    def refresh_union(self) -> bool:
        """Rebuild the materialised unions if the documents changed; True when rebuilt."""
        if self.backend != "oxigraph" or self.read_only or self.union_is_fresh():
            return False
        import pyoxigraph as ox

        with self._lock:
            for g in DERIVED_GRAPHS:
                node = ox.NamedNode(str(g))
                if self.ox.contains_named_graph(node):
                    self.ox.remove_graph(node)
            for target, everything in ((UNION_ALL, True), (UNION_PUBLIC, False)):
                self.ox.update(_FILL_UNION.replace("?target", f"<{target}>").replace("?all", str(everything).lower()))
            state = ox.NamedNode(str(STATE_GRAPH))
            self.ox.add(ox.Quad(state, ox.NamedNode(str(_STATE)), ox.Literal(self.documents_fingerprint()), state))
        return True

    def query(
        self,
        sparql: str,
        *,
        bindings: Optional[Mapping[str, object]] = None,
        include_private: bool = False,
    ) -> Result:
        """Run a SPARQL query over the visible graphs, values passed as bindings.

        Values never enter the query text: `bindings` are substituted by the engine.
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
                kwargs["named_graphs"] = [ox.NamedNode(str(g)) for g in self.graph_iris(include_private=include_private)]
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
