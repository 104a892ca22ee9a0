"""What the network map, the geographic map and the report share.

Styles per kind and relation, defensive cleaning of displayed text (no e-mail or
phone number ever reaches a page), document metadata, dates, and the selection
of a sub-graph (focus actor, territory, theme, period, degree threshold).

The graph is the networkx projection of DESIGN.md: node attrs `kind`, `subtype`,
`label`, `insee`, `siren`, `private`, `docs`; edge key = relation type, edge
attrs `rel`, `role`, `start`, `end`, `evidence` (list of {doc, start, end, quote}).
Optional node attrs used when present: `date`/`start`, `end_date`/`end`, `place`.
"""
from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Optional

import networkx as nx

from essgraph.errors import UsageError

# --------------------------------------------------------------------- styles
# Colour-blind-friendly palette (Tableau 10); shapes are those vis-network sizes.
KIND_STYLE: dict[str, dict[str, str]] = {
    "Person": {"color": "#4e79a7", "shape": "dot", "fr": "Personne"},
    "Collectivite": {"color": "#59a14f", "shape": "square", "fr": "Collectivité"},
    "Network": {"color": "#f28e2b", "shape": "diamond", "fr": "Réseau"},
    "ESSOrganization": {"color": "#edc948", "shape": "hexagon", "fr": "Structure de l'ESS"},
    "PublicBody": {"color": "#b07aa1", "shape": "triangle", "fr": "Organisme public"},
    "Organization": {"color": "#9c755f", "shape": "triangleDown", "fr": "Autre organisation"},
    "Club": {"color": "#ff9da7", "shape": "star", "fr": "Club"},
    "Convention": {"color": "#76b7b2", "shape": "hexagon", "fr": "Convention"},
    "Event": {"color": "#e15759", "shape": "star", "fr": "Événement"},
    "Publication": {"color": "#bab0ac", "shape": "triangleDown", "fr": "Publication"},
    "Theme": {"color": "#d4a6c8", "shape": "dot", "fr": "Thème"},
}
UNKNOWN_KIND = {"color": "#999999", "shape": "dot", "fr": "Autre"}

# dashes: False = solid, True = dashed, list = pattern (vis-network conventions).
REL_STYLE: dict[str, dict[str, Any]] = {
    "holds_post": {"color": "#4e79a7", "width": 2.0, "dashes": False, "fr": "mandat / poste"},
    "member_of": {"color": "#f28e2b", "width": 1.5, "dashes": True, "fr": "membre de"},
    "partner_of": {"color": "#59a14f", "width": 3.0, "dashes": False, "fr": "partenaire de"},
    "signatory": {"color": "#76b7b2", "width": 2.0, "dashes": [2, 4], "fr": "signataire"},
    "organizes": {"color": "#e15759", "width": 2.0, "dashes": False, "fr": "organise"},
    "participates": {"color": "#ff9da7", "width": 1.0, "dashes": True, "fr": "participe à"},
    "sponsors": {"color": "#b07aa1", "width": 1.5, "dashes": [8, 3, 2, 3], "fr": "soutient"},
    "founded": {"color": "#9c755f", "width": 1.5, "dashes": False, "fr": "a fondé"},
    "publishes": {"color": "#bab0ac", "width": 1.0, "dashes": False, "fr": "publie"},
    "part_of": {"color": "#7f7f7f", "width": 1.5, "dashes": [6, 2], "fr": "fait partie de"},
    "located_in": {"color": "#c7c7c7", "width": 1.0, "dashes": [1, 3], "fr": "situé à"},
    "has_theme": {"color": "#d4a6c8", "width": 0.8, "dashes": [1, 3], "fr": "thème"},
}
UNKNOWN_REL = {"color": "#aaaaaa", "width": 1.0, "dashes": False, "fr": "relation"}


def rel_of(key: str, data: Mapping) -> str:
    """Relation type of an edge: `rel`, else the key without its `#2` post suffix."""
    return str(data.get("rel") or str(key).split("#", 1)[0])


def kind_style(kind: Optional[str]) -> dict[str, str]:
    return KIND_STYLE.get(kind or "", UNKNOWN_KIND)


def rel_style(rel: Optional[str]) -> dict[str, Any]:
    return REL_STYLE.get(rel or "", UNKNOWN_REL)


# --------------------------------------------------------- contact stripping
EMAIL_RE = re.compile(r"[\w.+-]+(?:@|\s?\[at\]\s?|\s?\(at\)\s?)[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# French numbers (01 23 45 67 89, +33 1 23 45 67 89, 01.23.45.67.89) and other long digit runs.
PHONE_RE = re.compile(r"(?:(?:\+|00)\d{2,3}[\s.-]?(?:\(0\))?\s?|\b0)[1-9](?:[\s.-]?\d{2}){4}\b|\+\d[\d\s.-]{8,}\d")
CONTACT_MASK = "[coordonnées retirées]"


def strip_contacts(text: Optional[str]) -> str:
    """Remove e-mail addresses and phone numbers from text shown to readers.

    >>> strip_contacts("Écrire à jean.dupont@mairie.fr ou au 01 23 45 67 89.")
    'Écrire à [coordonnées retirées] ou au [coordonnées retirées].'
    >>> strip_contacts("tél. +33 6 12 34 56 78")
    'tél. [coordonnées retirées]'
    """
    if not text:
        return ""
    text = EMAIL_RE.sub(CONTACT_MASK, str(text))
    return PHONE_RE.sub(CONTACT_MASK, text)


def safe(text: Any) -> str:
    """Text fit for HTML: contacts stripped, then escaped."""
    return html.escape(strip_contacts("" if text is None else str(text)), quote=True)


def norm(text: str) -> str:
    """Accent- and case-insensitive key for matching names typed by users."""
    s = unicodedata.normalize("NFKD", text or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


# ------------------------------------------------------------------ documents
@dataclass(frozen=True)
class DocInfo:
    doc_id: str
    title: Optional[str] = None
    date: Optional[str] = None
    source: Optional[str] = None
    private: bool = False

    @property
    def display(self) -> str:
        return self.title or (self.source.rsplit("/", 1)[-1] if self.source else self.doc_id)


def documents_of(G: nx.MultiDiGraph, store=None, documents: Optional[Mapping] = None) -> dict[str, DocInfo]:
    """Document metadata by id: from `documents`, the store, or `G.graph['documents']`.

    Any of these may be absent; doc ids seen in evidence are always present."""
    out: dict[str, DocInfo] = {}
    raw: dict[str, Any] = dict(G.graph.get("documents") or {})
    if documents:
        raw.update(documents)
    for did, rec in raw.items():
        if isinstance(rec, DocInfo):
            out[did] = rec
        elif isinstance(rec, Mapping):
            out[did] = DocInfo(did, rec.get("title"), _s(rec.get("date")), rec.get("source"), bool(rec.get("private")))
        else:
            out[did] = DocInfo(did, title=str(rec))
    if store is not None:
        for d in store.documents(include_private=True):
            out[d.doc_id] = DocInfo(d.doc_id, d.title, d.date, d.source, d.private)
    for _, _, data in G.edges(data=True):
        for ev in data.get("evidence") or ():
            did = ev.get("doc")
            if did and did not in out:
                out[did] = DocInfo(did)
    for _, data in G.nodes(data=True):
        for did in data.get("docs") or ():
            if did not in out:
                out[did] = DocInfo(did)
    return out


def _s(v: Any) -> Optional[str]:
    return None if v is None else str(v)


# ---------------------------------------------------------------------- dates
def iso_prefix(value: Any) -> Optional[str]:
    """A comparable ISO-like string (YYYY, YYYY-MM or YYYY-MM-DD), or None.

    `--MM-DD` (a day without a year) cannot be placed in time: None.

    >>> iso_prefix("2024-10-08"), iso_prefix("2023"), iso_prefix("--06-13"), iso_prefix(None)
    ('2024-10-08', '2023', None, None)
    """
    if value is None:
        return None
    m = re.match(r"^(\d{4})(-\d{2})?(-\d{2})?", str(value))
    return m.group(0) if m else None


def node_date(G: nx.MultiDiGraph, n: str, docs: Mapping[str, DocInfo]) -> Optional[str]:
    """When an event or convention happened: its own date, an edge date, else its documents' date."""
    d = G.nodes[n]
    for key in ("date", "start", "startDate"):
        if iso_prefix(d.get(key)):
            return iso_prefix(d.get(key))
    dates = [iso_prefix(e.get("start")) for _, _, e in G.in_edges(n, data=True)]
    dates = [x for x in dates if x]
    if dates:
        return min(dates)
    ddates = [iso_prefix(docs[x].date) for x in d.get("docs") or () if x in docs and docs[x].date]
    ddates = [x for x in ddates if x]
    return min(ddates) if ddates else None


def edge_dates(data: Mapping, docs: Mapping[str, DocInfo]) -> tuple[Optional[str], Optional[str]]:
    """(start, end) of a relation; falls back to its evidence documents' date."""
    start, end = iso_prefix(data.get("start")), iso_prefix(data.get("end"))
    if start or end:
        return start, end
    ddates = sorted(
        iso_prefix(docs[ev["doc"]].date)
        for ev in data.get("evidence") or ()
        if ev.get("doc") in docs and iso_prefix(docs[ev["doc"]].date)
    )
    return (ddates[0], None) if ddates else (None, None)


# ---------------------------------------------------------------- territories
def dept_of_insee(code: Optional[str]) -> Optional[str]:
    """Département of a commune INSEE code (2A/2B for Corsica, 3 digits overseas).

    >>> dept_of_insee("38185"), dept_of_insee("2A004"), dept_of_insee("97411"), dept_of_insee(None)
    ('38', '2A', '974', None)
    """
    if not code or len(code) != 5:
        return None
    return code[:3] if code.startswith("97") else code[:2]


# ---------------------------------------------------------------- selection
def label(G: nx.MultiDiGraph, n: str) -> str:
    return str(G.nodes[n].get("label") or n.rsplit("/", 1)[-1])


def find_nodes(G: nx.MultiDiGraph, key: str, *, kinds: Optional[Iterable[str]] = None) -> list[str]:
    """Nodes whose IRI equals `key`, or whose label matches it (accents and case ignored)."""
    kinds = set(kinds) if kinds else None
    if key in G and (kinds is None or G.nodes[key].get("kind") in kinds):
        return [key]
    k = norm(key)
    hits = [n for n, d in G.nodes(data=True) if norm(str(d.get("label") or "")) == k and (kinds is None or d.get("kind") in kinds)]
    if not hits:  # tolerate the end of an IRI (a slug) or a unique substring of a label
        hits = [n for n, d in G.nodes(data=True) if (kinds is None or d.get("kind") in kinds) and norm(n.rsplit("/", 1)[-1]) == k]
    if not hits:
        sub = [n for n, d in G.nodes(data=True) if (kinds is None or d.get("kind") in kinds) and k and k in norm(str(d.get("label") or ""))]
        if len(sub) == 1:
            hits = sub
    return hits


def find_one(G: nx.MultiDiGraph, key: str, what: str, *, kinds: Optional[Iterable[str]] = None) -> str:
    hits = find_nodes(G, key, kinds=kinds)
    if not hits:
        raise UsageError(f"{what} {key!r}: no such node in the graph; pass an IRI or an exact name (see `essgraph map` output)")
    if len(hits) > 1:
        names = ", ".join(sorted(hits)[:5])
        raise UsageError(f"{what} {key!r} is ambiguous ({len(hits)} nodes: {names}…); pass the IRI instead")
    return hits[0]


def drop_private(G: nx.MultiDiGraph, docs: Mapping[str, DocInfo]) -> nx.MultiDiGraph:
    """A copy without private nodes, private evidence, and edges left with no public evidence."""
    H = nx.MultiDiGraph(**G.graph)
    H.add_nodes_from((n, d) for n, d in G.nodes(data=True) if not d.get("private"))
    for u, v, k, d in G.edges(keys=True, data=True):
        if u not in H or v not in H:
            continue
        ev = [e for e in d.get("evidence") or () if not (e.get("doc") in docs and docs[e["doc"]].private)]
        if d.get("private") or (d.get("evidence") and not ev):
            continue
        H.add_edge(u, v, key=k, **{**d, "evidence": ev})
    return H
