"""documents → extraction → resolution → RDF named graphs, incrementally.

`build()` reads each source, skips what the store already has (same content
hash), replaces the named graph of a source whose content changed, and leaves
the store untouched for a document that fails: the graph is written only once
everything for that document succeeded.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Callable, Iterable, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field

from essgraph.errors import EssgraphError, InputError
from graph.model import Document, Extraction
from graph.store import EssStore
from loaders.read import doc_id_for, iter_sources, read_document

Status = Literal["added", "replaced", "unchanged", "skipped-private", "failed"]


class DocOutcome(BaseModel):
    model_config = ConfigDict(extra="forbid")

    source: str = Field(description="Path of the source as found.")
    status: Status = Field(description="What the build did with it.")
    doc_id: Optional[str] = Field(default=None, description="Content-hash id, when the file could be read.")
    error: Optional[str] = Field(default=None, description="One-line error naming the file and the problem.")
    entities: int = Field(default=0, description="Entities extracted.")
    relations: int = Field(default=0, description="Relations extracted.")
    seconds: float = Field(default=0.0, description="Time spent on this document.")


class BuildReport(BaseModel):
    model_config = ConfigDict(extra="forbid")

    outcomes: list[DocOutcome] = Field(default_factory=list, description="One per source, in order.")
    seconds: float = Field(default=0.0, description="Wall time of the whole build.")

    @property
    def failed(self) -> list[DocOutcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    def count(self, status: Status) -> int:
        return sum(1 for o in self.outcomes if o.status == status)


def extract_document(doc: Document) -> Extraction:
    """Run the extraction pipeline on one document (no store involved).

    A failure inside the extractor is raised as an `InputError` naming the document, so that a
    batch reports it and goes on with the next document."""
    try:
        if doc.meta.format == "csv":
            from loaders.reference_csv import extract_reference_csv

            return extract_reference_csv(doc)
        from loaders.extract import extract

        return extract(doc)
    except EssgraphError:
        raise
    except Exception as exc:
        raise InputError(doc.meta.source or doc.meta.name, f"extraction failed ({exc.__class__.__name__}: {exc})",
                         "this is a bug in essgraph: please report it with the document") from exc


def document_graph(doc: Document, decisions=None):
    """Extraction → resolution → the document's RDF named graph."""
    from graph.rdf import extraction_to_graph
    from loaders.resolve import Decisions, resolve
    from loaders.themes import add_themes

    ext = add_themes(extract_document(doc))
    ext = resolve(ext, decisions if decisions is not None else Decisions())
    return ext, extraction_to_graph(ext)


def build(
    sources: Iterable[Union[str, Path]],
    store: EssStore,
    *,
    mark_private: bool = False,
    include_private: bool = False,
    decisions=None,
    on_progress: Optional[Callable[[DocOutcome], None]] = None,
    max_bytes: Optional[int] = None,
    force: bool = False,
) -> BuildReport:
    """Load `sources` into `store`. Private documents are loaded only with `include_private`.

    `force` re-processes documents the store already has (after new merge decisions)."""
    t0 = time.perf_counter()
    report = BuildReport()
    known = {d.doc_id: d for d in store.documents(include_private=True)}
    # a document extracted by an older version of the text extractor is extracted again
    stale_graphs = _stale_extractions(store) if known and not force else set()
    stale = {k for k, d in known.items() if str(d.graph) in stale_graphs}
    for item in iter_sources(sources):
        t = time.perf_counter()
        if isinstance(item, InputError):
            out = DocOutcome(source=item.path, status="failed", error=str(item))
        else:
            out = _build_one(item, store, known, mark_private, force or bool(stale) and _doc_id_of(item) in stale, include_private,
                             decisions, max_bytes)
        out.seconds = round(time.perf_counter() - t, 4)
        report.outcomes.append(out)
        if on_progress:
            on_progress(out)
    store.refresh_union()
    report.seconds = round(time.perf_counter() - t0, 3)
    return report


def _doc_id_of(path: Path) -> Optional[str]:
    try:
        return doc_id_for(path.read_bytes())
    except OSError:
        return None


_EXTRACTOR_VERSIONS = """PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX ess: <https://w3id.org/essgraph/ontology#>
SELECT ?doc ?version WHERE { ?doc prov:wasGeneratedBy ?activity . ?activity ess:extractorVersion ?version }"""


def _stale_extractions(store: EssStore) -> set[str]:
    """Documents whose stored facts come from another version of the text extractor (reference
    CSVs have their own reader and are left alone)."""
    from loaders.extract import extractor_name

    current = extractor_name()
    family = current.split("/", 1)[0] + "/"
    stale = set()
    for row in store.query(_EXTRACTOR_VERSIONS, include_private=True):
        version = str(row[1])
        if version.startswith(family) and version != current:
            stale.add(str(row[0]))
    return stale


def _build_one(path: Path, store: EssStore, known: dict, mark_private: bool, force: bool, include_private: bool,
               decisions, max_bytes: Optional[int]) -> DocOutcome:
    source = str(path.resolve())
    try:
        data = path.read_bytes() if path.stat().st_size <= (max_bytes or 10**12) else b""
    except OSError as exc:
        return DocOutcome(source=source, status="failed", error=f"{path}: cannot read ({exc.strerror})")
    doc_id = doc_id_for(data) if data else None
    if doc_id and doc_id in known and not (mark_private or force):
        return DocOutcome(source=source, status="unchanged", doc_id=doc_id)
    try:
        kwargs = {"max_bytes": max_bytes} if max_bytes else {}
        doc = read_document(path, private=mark_private, **kwargs)
        doc.meta.source = source
        if doc.meta.private and not include_private:
            return DocOutcome(source=source, status="skipped-private", doc_id=doc.meta.doc_id)
        ext, graph = document_graph(doc, decisions)
    except InputError as exc:
        return DocOutcome(source=source, status="failed", error=str(exc))
    except Exception as exc:  # a bug in one document's processing must not stop the batch
        return DocOutcome(source=source, status="failed", doc_id=doc_id,
                          error=f"{path}: processing failed ({exc.__class__.__name__}: {exc})")
    replaced = [d for d in known.values() if d.source == source and d.doc_id != doc.meta.doc_id]
    if doc.meta.doc_id in known:
        replaced.append(known[doc.meta.doc_id])
    store.replace_document(doc.meta.doc_id, graph)
    for old in replaced:
        if old.doc_id != doc.meta.doc_id:
            store.forget(old.doc_id)
            known.pop(old.doc_id, None)
    known[doc.meta.doc_id] = doc.meta
    return DocOutcome(source=source, status="replaced" if replaced else "added", doc_id=doc.meta.doc_id,
                      entities=len(ext.entities), relations=len(ext.relations))
