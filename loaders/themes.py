"""Themes of events, publications, conventions and clubs, from the SKOS theme scheme.

A thing whose name says what it is about ("Rencontre Alimentation durable & ESS",
"Guide de la commande publique responsable") gets a `has_theme` relation to the theme
concept, with the name's mention as evidence. Runs after extraction, before resolution.
"""
from __future__ import annotations

from graph.model import Entity, Extraction, Relation

THEMED = ("Event", "Publication", "Convention", "Club")
COMPONENT = "ess_themes/1"


def add_themes(extraction: Extraction) -> Extraction:
    """A copy of `extraction` with Theme entities and has_theme relations added.

    >>> from graph.model import DocumentMeta, Span
    >>> meta = DocumentMeta(doc_id="d1", source="x.txt", name="x", sha256="0", format="txt")
    >>> name = "Rencontre sur la commande publique responsable"
    >>> ev = Entity(key="E1", type="Event", name=name, mentions=[Span(start=0, end=len(name), text=name)])
    >>> out = add_themes(Extraction(doc=meta, entities=[ev], extractor="t"))
    >>> [(r.type, out.entity(r.target).name) for r in out.relations]
    [('has_theme', 'commande publique responsable')]
    """
    from graph.vocab import pref_label, themes_in

    out = extraction.model_copy(deep=True)
    themes: dict[str, Entity] = {}
    seen: set[tuple[str, str]] = set()
    for ent in list(out.entities):
        if ent.type not in THEMED or not ent.mentions:
            continue
        for concept in themes_in(" ".join([ent.name, *ent.aliases])):
            key = str(concept)
            span = ent.mentions[0]
            theme = themes.get(key)
            if theme is None:
                theme = Entity(key=f"T{len(themes) + 1}", type="Theme", name=pref_label(concept) or key.rsplit("/", 1)[-1],
                               mentions=[span], iri=key)
                themes[key] = theme
                out.entities.append(theme)
            if (ent.key, key) not in seen:
                seen.add((ent.key, key))
                out.relations.append(Relation(type="has_theme", source=ent.key, target=theme.key, evidence=span))
    return out
