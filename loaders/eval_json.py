"""Extraction -> the evaluation JSON format of shared/eval (README section 1)."""
from __future__ import annotations

from graph.model import Extraction
from graph.rdf import mask_contacts  # evidence is shown to people: no e-mail or phone in it

ATTRS = {"Event": ("date", "place"), "Convention": ("date", "kind")}


def to_eval_dict(extraction: Extraction, doc_id: str) -> dict:
    """One document in the scorer's format: doc_id, source, date, entities, relations."""
    ents = []
    for e in extraction.entities:
        attrs = {a: getattr(e.attrs, a) for a in ATTRS.get(e.type, ()) if getattr(e.attrs, a)}
        d = {"id": e.key, "type": e.type, "name": e.name, "aliases": list(e.aliases), "attrs": attrs}
        if e.type == "Collectivite":
            d["subtype"] = e.subtype or "Autre"
        ents.append(d)
    rels = []
    for r in extraction.relations:
        d = {"type": r.type, "from": r.source, "to": r.target, "evidence": mask_contacts(r.evidence.text)}
        if r.role:
            d["role"] = r.role
        rels.append(d)
    return {"doc_id": doc_id, "source": extraction.doc.source, "date": extraction.doc.date,
            "entities": ents, "relations": rels}
