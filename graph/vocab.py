"""SKOS vocabularies of essgraph (ontology/roles.ttl, kinds.ttl, themes.ttl) and text matching.

Matching works on a normalised form (no accents, no case, punctuation to spaces) and on whole
words, so "Adjointe à la Maire" finds the label "adjointe à la maire" but "bio" never matches
inside "biodiversité".
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Optional

from rdflib import Graph, URIRef
from rdflib.namespace import SKOS

from graph.iri import strip_accents
from graph.namespaces import ESS, ESSK

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
_KIND_KEYS = {
    "Commune": "commune", "EPCI": "epci", "EPT": "ept", "Departement": "departement",
    "Region": "region", "Autre": "autre",
}


def match_form(text: str) -> str:
    """Form used for label matching: accents and case dropped, non-alphanumerics to one space,
    padded with spaces so that ' word ' tests whole words.

    >>> match_form("Vice-Présidente déléguée à l’ESS")
    ' vice presidente deleguee a l ess '
    """
    return " " + " ".join(re.sub(r"[^a-z0-9]+", " ", strip_accents(text).casefold()).split()) + " "


@lru_cache(maxsize=None)
def load_scheme(name: str) -> Graph:
    """Parsed ontology/{name}.ttl (cached)."""
    path = ONTOLOGY_DIR / f"{name}.ttl"
    if not path.exists():
        raise FileNotFoundError(f"{path}: SKOS scheme missing; it ships with essgraph (reinstall or restore the file)")
    return Graph().parse(path, format="turtle")


@lru_cache(maxsize=None)
def _labels(name: str, with_hidden: bool) -> tuple[tuple[str, URIRef], ...]:
    """(match form, concept) for every French label of the scheme, longest first."""
    g = load_scheme(name)
    props = [SKOS.prefLabel, SKOS.altLabel] + ([SKOS.hiddenLabel] if with_hidden else [])
    pairs = set()
    for p in props:
        for concept, label in g.subject_objects(p):
            if getattr(label, "language", None) in (None, "fr") and isinstance(concept, URIRef):
                form = match_form(str(label))
                if form.strip():
                    pairs.add((form, concept))
    # Longest label first; ties broken by IRI so that the result never depends on parse order.
    return tuple(sorted(pairs, key=lambda fc: (-len(fc[0]), str(fc[1]), fc[0])))


def role_concept(label: Optional[str]) -> Optional[URIRef]:
    """The essr: concept closest to a post title as written: longest label found as whole words,
    masculine and feminine alike; None when nothing matches.

    >>> role_concept("Adjointe à la Maire").n3()
    '<https://w3id.org/essgraph/vocab/role/adjoint-au-maire>'
    >>> str(role_concept("vice-présidente déléguée à l'ESS")).rsplit("/", 1)[1]
    'vice-president'
    >>> str(role_concept("Présidente de la commission développement économique")).rsplit("/", 1)[1]
    'president'
    >>> role_concept("jardinier") is None
    True
    """
    if not label:
        return None
    text = match_form(label)
    best: Optional[tuple[int, int, URIRef]] = None  # (-length, position, concept)
    for form, concept in _labels("roles", True):
        if best is not None and len(form) < -best[0]:
            break  # labels are sorted longest first: nothing longer can follow
        pos = text.find(form)
        if pos >= 0 and (best is None or (-len(form), pos) < best[:2]):
            best = (-len(form), pos, concept)
    return best[2] if best else None


def themes_in(text: Optional[str]) -> list[URIRef]:
    """esst: concepts whose label or keyword occurs in `text` (whole words), in order of
    first occurrence; each concept once.

    >>> [str(t).rsplit("/", 1)[1] for t in themes_in("Un tiers-lieu pour le réemploi et la commande publique")]
    ['tiers-lieux', 'economie-circulaire', 'commande-publique-responsable']
    >>> themes_in("biodynamie")
    []
    """
    if not text:
        return []
    form = match_form(text)
    first: dict[URIRef, int] = {}
    for label, concept in _labels("themes", False):
        pos = form.find(label)
        if pos >= 0 and pos < first.get(concept, len(form) + 1):
            first[concept] = pos
    return [c for c, _ in sorted(first.items(), key=lambda cp: (cp[1], str(cp[0])))]


def kind_concept(subtype: Optional[str]) -> Optional[URIRef]:
    """essk: concept of an Entity.subtype ('Commune', 'EPCI', …), None for no subtype.

    >>> str(kind_concept("EPT"))
    'https://w3id.org/essgraph/vocab/kind/ept'
    """
    key = _KIND_KEYS.get(subtype or "")
    return ESSK[key] if key else None


def kind_class(concept: URIRef) -> Optional[URIRef]:
    """OWL class of an essk: concept (its ess:kindClass).

    >>> str(kind_class(kind_concept("Commune")))
    'https://w3id.org/essgraph/ontology#Commune'
    """
    value = load_scheme("kinds").value(concept, ESS.kindClass)
    return value if isinstance(value, URIRef) else None


def class_kind(cls: URIRef) -> Optional[URIRef]:
    """essk: concept whose ess:kindClass is `cls` (the most specific kind of a collectivité class).

    >>> str(class_kind(ESS.Metropole))
    'https://w3id.org/essgraph/vocab/kind/metropole'
    """
    value = load_scheme("kinds").value(predicate=ESS.kindClass, object=cls)
    return value if isinstance(value, URIRef) else None


def pref_label(concept: URIRef, lang: str = "fr") -> Optional[str]:
    """skos:prefLabel of a concept of any of the three schemes, in `lang`.

    >>> pref_label(role_concept("directrice"))
    'directeur'
    """
    for name in ("roles", "kinds", "themes"):
        for label in load_scheme(name).objects(concept, SKOS.prefLabel):
            if getattr(label, "language", None) == lang:
                return str(label)
    return None
