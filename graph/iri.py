"""The only place that mints IRIs (docs/DESIGN.md, "Deterministic IRIs").

IRIs depend on content only (names, codes, hashes), never on run order, so that
rebuilding the graph from the same documents gives the same nodes.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Optional

from rdflib import URIRef

from graph.namespaces import DOC, ESSN, ESST, ID, INSEE_GEO

# Eval entity type -> IRI path segment for actors named by slug.
_TYPE_SEGMENT = {
    "Person": "person", "Network": "network", "ESSOrganization": "essorganization",
    "PublicBody": "publicbody", "Organization": "organization", "Club": "club",
    "Convention": "convention", "Event": "event", "Publication": "publication",
    "Theme": "theme", "Collectivite": "collectivite",
}
DATED_TYPES = frozenset({"Event", "Convention", "Publication"})
_DATE_RE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})$")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "´": "'", "‘": "'"})


def strip_accents(text: str) -> str:
    """Remove diacritics; œ/æ become oe/ae.

    >>> strip_accents("Île-de-France, cœur")
    'Ile-de-France, coeur'
    """
    text = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def normalise_name(name: str) -> str:
    """Whitespace, apostrophes and case normalised; accents kept out.

    >>> normalise_name("  Réseau   des  Collectivités ’ ")
    "reseau des collectivites '"
    """
    return " ".join(strip_accents(name.translate(_APOSTROPHES)).casefold().split())


def slug(text: str) -> str:
    """Accents stripped, lower case, runs of non-alphanumerics to one '-'.

    >>> slug("Région Île-de-France")
    'region-ile-de-france'
    >>> slug("  L’Économie sociale & solidaire ")
    'l-economie-sociale-solidaire'
    >>> slug("!!!")
    ''
    """
    return re.sub(r"[^a-z0-9]+", "-", strip_accents(text).casefold()).strip("-")


def short_hash(*parts: object) -> str:
    """First 16 hex digits of the SHA-1 of the parts joined by '|' (None -> '').

    >>> short_hash("a", None, 1)
    '4a6bef277e7ee55c'
    """
    joined = "|".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:16]


def _need_slug(kind: str, value: str) -> str:
    s = slug(value)
    if not s:
        raise ValueError(f"cannot mint a {kind} IRI from {value!r}: no letter or digit in it; give a real name")
    return s


def document_iri(doc_id: str) -> URIRef:
    """Source document node, also the IRI of the document's named graph.

    >>> str(document_iri("d0123456789abcdef"))
    'https://w3id.org/essgraph/doc/d0123456789abcdef'
    """
    if not re.fullmatch(r"[A-Za-z0-9_.-]+", doc_id):
        raise ValueError(f"document id {doc_id!r} is not a bare token; use DocumentMeta.doc_id ('d' + 16 hex digits)")
    return DOC[doc_id]


def collectivite_iri(subtype: Optional[str], name: str = "", *, insee: Optional[str] = None,
                     siren: Optional[str] = None) -> URIRef:
    """Collectivité: by official code when known, else by slug of its name.

    >>> str(collectivite_iri("Commune", "Pantin", insee="93055"))
    'https://w3id.org/essgraph/id/commune/93055'
    >>> str(collectivite_iri("EPCI", "Nantes Métropole", siren="244400404"))
    'https://w3id.org/essgraph/id/epci/244400404'
    >>> str(collectivite_iri("EPT", "Est Ensemble", siren="200057875"))
    'https://w3id.org/essgraph/id/ept/200057875'
    >>> str(collectivite_iri("Departement", "Gironde", insee="33"))
    'https://w3id.org/essgraph/id/departement/33'
    >>> str(collectivite_iri("Region", "Région Île-de-France", insee="11"))
    'https://w3id.org/essgraph/id/region/11'
    >>> str(collectivite_iri("Commune", "Le Kremlin-Bicêtre"))
    'https://w3id.org/essgraph/id/collectivite/le-kremlin-bicetre'
    """
    if subtype == "Commune" and insee:
        return ID[f"commune/{insee.strip().upper()}"]
    if subtype in ("EPCI", "EPT") and siren:
        return ID[f"{subtype.lower()}/{siren.strip()}"]
    if subtype in ("Departement", "Region") and insee:
        return ID[f"{subtype.lower()}/{insee.strip().upper()}"]
    return ID[f"collectivite/{_need_slug('collectivité', name)}"]


def gazetteer_key(value: str) -> str:
    """Key of a curated gazetteer entry, given as a key, an essn: IRI or an id:org/ IRI.

    >>> gazetteer_key("https://w3id.org/essgraph/vocab/actor/rtes")
    'rtes'
    >>> gazetteer_key("https://w3id.org/essgraph/id/org/cress-idf")
    'cress-idf'
    >>> gazetteer_key("ESS France")
    'ess-france'
    """
    for prefix in (str(ESSN), str(ID["org/"])):
        if value.startswith(prefix):
            value = value[len(prefix):]
            break
    return _need_slug("gazetteer", value)


def gazetteer_iri(value: str) -> URIRef:
    """Actor node of a curated gazetteer entry (networks, bodies): id:org/{key}.

    >>> str(gazetteer_iri("rtes"))
    'https://w3id.org/essgraph/id/org/rtes'
    """
    return ID[f"org/{gazetteer_key(value)}"]


def gazetteer_entry_iri(value: str) -> URIRef:
    """The curated entry itself (essn:{key}), which the actor node points to.

    >>> str(gazetteer_entry_iri("https://w3id.org/essgraph/id/org/rtes"))
    'https://w3id.org/essgraph/vocab/actor/rtes'
    """
    return ESSN[gazetteer_key(value)]


def actor_iri(entity_type: str, name: str, date: Optional[str] = None) -> URIRef:
    """Actor or thing named by slug: id:{type-lower}/{slug}, + '-{date}' for dated things.

    >>> str(actor_iri("Person", "François Dechy"))
    'https://w3id.org/essgraph/id/person/francois-dechy'
    >>> str(actor_iri("Organization", "Le RAMEAU"))
    'https://w3id.org/essgraph/id/organization/le-rameau'
    >>> str(actor_iri("Event", "Lancement du Club", "--04-18"))
    'https://w3id.org/essgraph/id/event/lancement-du-club---04-18'
    >>> str(actor_iri("Event", "Forum", "2024-11-19"))
    'https://w3id.org/essgraph/id/event/forum-2024-11-19'
    >>> str(actor_iri("Person", "François Dechy", "2024"))   # only things carry a date
    'https://w3id.org/essgraph/id/person/francois-dechy'
    """
    try:
        segment = _TYPE_SEGMENT[entity_type]
    except KeyError:
        raise ValueError(f"unknown entity type {entity_type!r}; expected one of {sorted(_TYPE_SEGMENT)}") from None
    local = _need_slug(entity_type, name)
    if date and entity_type in DATED_TYPES:
        local += "-" + (date if _DATE_RE.match(date) else slug(date))
    return ID[f"{segment}/{local}"]


def theme_iri(key: str) -> URIRef:
    """SKOS theme concept esst:{key}.

    >>> str(theme_iri("economie-circulaire"))
    'https://w3id.org/essgraph/vocab/theme/economie-circulaire'
    """
    return ESST[_need_slug("theme", key)]


def entity_iri(entity) -> URIRef:
    """Global IRI of a graph.model.Entity: its resolved `iri`, else minted from ids/name.

    The resolver (loaders/resolve.py) normally sets `iri`; this fallback applies the same
    rules without merge decisions, so an unresolved extraction still converts.
    """
    if entity.iri:
        return URIRef(entity.iri)
    ids = entity.ids or {}
    if entity.type == "Collectivite":
        coded = collectivite_iri(entity.subtype, entity.name, insee=ids.get("insee"), siren=ids.get("siren"))
        if not ids.get("gazetteer") or not str(coded).startswith(str(ID["collectivite/"])):
            return coded
    if ids.get("gazetteer"):
        return gazetteer_iri(ids["gazetteer"])
    if entity.type == "Theme":
        from graph.vocab import themes_in  # lazy: vocab parses the SKOS files

        found = themes_in(entity.name)
        if found:
            return found[0]
    return actor_iri(entity.type, entity.name, entity.attrs.date)


def membership_iri(person: str, org: str, role: Optional[str]) -> URIRef:
    """org:Membership node of a post: id:membership/{sha1(person|org|role)[:16]}.

    The role enters as its slug, so "Présidente" and "présidente" give one post.

    >>> membership_iri("p", "o", "Présidente") == membership_iri("p", "o", "présidente")
    True
    """
    return ID[f"membership/{short_hash(person, org, slug(role or ''))}"]


def assertion_iri(doc: str, s: str, p: str, o: str, role: Optional[str] = None) -> URIRef:
    """ess:Assertion node: id:assertion/{sha1(doc|s|p|o|role)[:16]}, `doc` being the doc_id
    (not the document IRI) and s/p/o full IRIs.

    >>> str(assertion_iri("d1", "s", "p", "o")).startswith("https://w3id.org/essgraph/id/assertion/")
    True
    """
    return ID[f"assertion/{short_hash(doc, s, p, o, role)}"]


def evidence_iri(assertion: str, start: int, end: int) -> URIRef:
    """ess:Evidence node of one span supporting an assertion.

    >>> evidence_iri("a", 0, 5) != evidence_iri("a", 0, 6)
    True
    """
    return ID[f"evidence/{short_hash(assertion, start, end)}"]


def activity_iri(doc_id: str, extractor: str) -> URIRef:
    """prov:Activity of one extraction run over one document.

    >>> str(activity_iri("d1", "rules 0.1")).startswith("https://w3id.org/essgraph/id/activity/")
    True
    """
    return ID[f"activity/{short_hash(doc_id, extractor)}"]


def territory_iri(subtype: Optional[str], code: Optional[str]) -> Optional[URIRef]:
    """INSEE geography resource of a commune, département or région code (else None).

    >>> str(territory_iri("Commune", "93055"))
    'http://id.insee.fr/geo/commune/93055'
    >>> territory_iri("EPCI", "244400404") is None
    True
    """
    segment = {"Commune": "commune", "Departement": "departement", "Region": "region"}.get(subtype or "")
    if not segment or not code:
        return None
    return INSEE_GEO[f"{segment}/{code.strip().upper()}"]
