"""Reference CSVs: lists of actors, memberships and posts kept by networks and collectivités.

One row states one actor and, optionally, one relation from it to a target actor:

    nom,type,sous_type,code_insee,siren,relation,cible,cible_type,role,debut,fin
    Nantes Métropole,Collectivite,EPCI,,244400404,member_of,RTES,Network,,,
    Mahel Coppey,Person,,,,holds_post,RTES,Network,présidente,2021,

Headers may be French or English (`name`, `type`, `subtype`, `insee`, `siren`, `relation`,
`target`, `target_type`, `role`, `start`, `end`); types may be written in French
("personne", "réseau"…). The row's line is the evidence of what it states. Rows that cannot
be read are reported with their line number; the document fails as a whole, so that a half
read list never replaces a good one in the store.
"""
from __future__ import annotations

import csv
import io
import re
import unicodedata
from typing import Optional

from essgraph.errors import InputError
from graph.model import ENTITY_TYPES, RELATION_TYPES, Document, Entity, Extraction, Relation, Span

EXTRACTOR = "essgraph.reference-csv/1"

HEADERS = {
    "nom": "name", "name": "name", "type": "type", "sous_type": "subtype", "subtype": "subtype",
    "code_insee": "insee", "insee": "insee", "siren": "siren", "relation": "relation",
    "cible": "target", "target": "target", "cible_type": "target_type", "target_type": "target_type",
    "role": "role", "delegation": "delegation", "debut": "start", "start": "start", "fin": "end", "end": "end",
}
TYPE_WORDS = {
    "personne": "Person", "collectivite": "Collectivite", "reseau": "Network", "structure ess": "ESSOrganization",
    "organisme public": "PublicBody", "organisation": "Organization", "club": "Club", "convention": "Convention",
    "evenement": "Event", "publication": "Publication",
}
SUBTYPES = {"commune": "Commune", "epci": "EPCI", "ept": "EPT", "departement": "Departement", "region": "Region",
            "autre": "Autre"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.strip().lower())
    return "".join(c for c in s if not unicodedata.combining(c)).replace(" ", "_")


def _type(value: str, where: str) -> str:
    if value in ENTITY_TYPES:
        return value
    t = TYPE_WORDS.get(_fold(value).replace("_", " "))
    if not t:
        raise InputError(where, f"unknown type {value!r}", f"use one of {', '.join(ENTITY_TYPES)}")
    return t


def _known_ids(name: str, etype: str, subtype: Optional[str]) -> dict[str, str]:
    """Link a listed actor to the same identifiers the text extractor gives it: the gazetteer
    entry for networks and bodies, the official codes for collectivités."""
    if etype == "Collectivite":
        from loaders import cog

        found = cog.find(name, subtype if subtype in ("Commune", "EPCI", "EPT", "Departement", "Region") else None)
        rec = found[0] if found else None
        return {k: v for k, v in (("insee", rec and rec.insee), ("siren", rec and rec.siren),
                                  ("kind", rec and rec.kind)) if v}
    if etype == "Person":
        return {}
    from loaders.extract.base import fold
    from loaders.extract.gazetteer import load

    clean = " ".join(name.split())
    hits = load().find(clean, fold(clean))
    if len(hits) == 1 and hits[0][0] == 0 and hits[0][1] == len(clean):
        return {"gazetteer": hits[0][2].iri}
    return {}


def is_reference_csv(text: str) -> bool:
    """A CSV whose header names at least `nom`/`name` and `type`."""
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    cols = {HEADERS.get(_fold(c)) for c in re.split(r"[,;\t]", first)}
    return {"name", "type"} <= cols


def extract_reference_csv(doc: Document) -> Extraction:
    text = doc.text
    dialect = csv.Sniffer().sniff(text.split("\n", 1)[0] + "\n", delimiters=",;\t")
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    reader = csv.reader(io.StringIO(text), dialect)
    header = [HEADERS.get(_fold(h)) for h in next(reader)]
    entities: dict[tuple[str, str], Entity] = {}
    relations: list[Relation] = []

    def entity(name: str, etype: str, span: Span, subtype: Optional[str] = None) -> Entity:
        key = (etype, " ".join(name.split()).casefold())
        ent = entities.get(key)
        if ent is None:
            ent = Entity(key=f"E{len(entities) + 1}", type=etype, name=" ".join(name.split()), mentions=[],
                         subtype=subtype if etype == "Collectivite" else None, ids=_known_ids(name, etype, subtype))
            entities[key] = ent
        if subtype and etype == "Collectivite":
            ent.subtype = subtype
        if ent.type == "Collectivite" and ent.subtype is None and ent.ids.get("kind"):
            ent.subtype = ent.ids["kind"]
        ent.ids.pop("kind", None)
        ent.mentions.append(span)
        return ent

    for row in reader:
        lineno = reader.line_num
        if not any(c.strip() for c in row):
            continue
        where = f"{doc.meta.source}: line {lineno}"
        rec = {h: v.strip() for h, v in zip(header, row) if h}
        if not rec.get("name") or not rec.get("type"):
            raise InputError(where, "row without a name or a type", "fill the 'nom' and 'type' columns")
        start = offsets[lineno - 1]
        line = lines[lineno - 1]
        span = Span(start=start, end=start + len(line), text=line, sentence=line)
        sub = SUBTYPES.get(_fold(rec["subtype"])) if rec.get("subtype") else None
        ent = entity(rec["name"], _type(rec["type"], where), span, sub)
        for k in ("insee", "siren"):  # codes written in the list win over the lookup
            if rec.get(k):
                ent.ids[k] = rec[k]
        rel = rec.get("relation")
        if not rel:
            continue
        if rel not in RELATION_TYPES:
            raise InputError(where, f"unknown relation {rel!r}", f"use one of {', '.join(RELATION_TYPES)}")
        if not rec.get("target") or not rec.get("target_type"):
            raise InputError(where, f"relation {rel} without a target", "fill 'cible' and 'cible_type'")
        for k in ("start", "end"):
            if rec.get(k) and not DATE_RE.match(rec[k]):
                raise InputError(where, f"{k} date {rec[k]!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        target = entity(rec["target"], _type(rec["target_type"], where), span)
        relations.append(Relation(type=rel, source=ent.key, target=target.key, role=rec.get("role") or None,
                                  delegation=rec.get("delegation") or None, start=rec.get("start") or None,
                                  end=rec.get("end") or None, evidence=span))
    return Extraction(doc=doc.meta, entities=list(entities.values()), relations=relations, extractor=EXTRACTOR)
