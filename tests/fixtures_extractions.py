"""Small hand-built French Extractions used by the graph tests (our own sentences)."""
from __future__ import annotations

from graph.model import DocumentMeta, Entity, EntityAttrs, Extraction, Relation, Span


def span(text: str, needle: str, sentence: bool = True) -> Span:
    """Span of the first occurrence of `needle` in `text` (the fixture texts are built so it exists)."""
    start = text.index(needle)
    return Span(start=start, end=start + len(needle), text=needle, sentence=text if sentence else None)


def meta(doc_id: str, name: str, **kw) -> DocumentMeta:
    return DocumentMeta(doc_id=doc_id, source=f"examples/corpus/{name}.txt", name=name,
                        sha256=doc_id[1:] * 4, format="txt", **kw)


PANTIN_TEXT = (
    "Le 18 avril 2024, Marie Durand, adjointe à la maire de Pantin chargée de l'ESS, a ouvert "
    "le Forum de l'ESS de Pantin, organisé par la Ville de Pantin et le RTES. "
    "Contact : marie.durand@ville-pantin.fr ou 01 49 15 40 00."
)


def pantin() -> Extraction:
    t = PANTIN_TEXT
    return Extraction(
        doc=meta("d0000000000000001", "pantin", title="Forum de l'ESS de Pantin", date="2024-04-18"),
        extractor="test-fixtures 1.0",
        entities=[
            Entity(key="E1", type="Person", name="Marie Durand", mentions=[span(t, "Marie Durand")]),
            Entity(key="E2", type="Collectivite", subtype="Commune", name="Pantin", aliases=["Ville de Pantin"],
                   ids={"insee": "93055"}, mentions=[span(t, "Pantin"), span(t, "Ville de Pantin")]),
            Entity(key="E3", type="Network", name="RTES", ids={"gazetteer": "rtes"}, mentions=[span(t, "RTES")]),
            Entity(key="E4", type="Event", name="Forum de l'ESS de Pantin",
                   attrs=EntityAttrs(date="2024-04-18", place="Pantin", kind="forum"),
                   mentions=[span(t, "Forum de l'ESS de Pantin")]),
        ],
        relations=[
            Relation(type="holds_post", source="E1", target="E2", role="adjointe à la maire",
                     delegation="chargée de l'ESS",
                     evidence=Span(start=t.index("Marie"), end=t.index(", a ouvert"),
                                   text=t[t.index("Marie"):t.index(", a ouvert")],
                                   sentence=t)),
            Relation(type="participates", source="E1", target="E4", role="intervenante",
                     evidence=span(t, "Marie Durand, adjointe à la maire de Pantin chargée de l'ESS, a ouvert le Forum")),
            Relation(type="organizes", source="E2", target="E4",
                     evidence=span(t, "organisé par la Ville de Pantin")),
            Relation(type="organizes", source="E3", target="E4", evidence=span(t, "et le RTES")),
            Relation(type="located_in", source="E4", target="E2", evidence=span(t, "Forum de l'ESS de Pantin")),
        ],
    )


CONVENTION_TEXT = (
    "La Région Île-de-France et la CRESS Île-de-France ont signé une convention de partenariat "
    "le 3 mars 2023. Paul Martin, président de la CRESS, l'a co-signée. "
    "Nantes Métropole (SIREN 244400404) a publié le Guide des achats responsables."
)


def convention() -> Extraction:
    t = CONVENTION_TEXT
    return Extraction(
        doc=meta("d0000000000000002", "convention", title="Convention Région – CRESS", private=True),
        extractor="test-fixtures 1.0",
        entities=[
            Entity(key="E1", type="Collectivite", subtype="Region", name="Région Île-de-France", ids={"insee": "11"},
                   mentions=[span(t, "Région Île-de-France")]),
            Entity(key="E2", type="Network", name="CRESS Île-de-France", aliases=["CRESS"],
                   mentions=[span(t, "CRESS Île-de-France")]),
            Entity(key="E3", type="Convention", name="Convention de partenariat Région Île-de-France – CRESS",
                   attrs=EntityAttrs(date="2023-03-03", kind="convention de partenariat"),
                   mentions=[span(t, "convention de partenariat")]),
            Entity(key="E4", type="Person", name="Paul Martin", mentions=[span(t, "Paul Martin")]),
            Entity(key="E5", type="Collectivite", subtype="EPCI", name="Nantes Métropole", ids={"siren": "244400404"},
                   mentions=[span(t, "Nantes Métropole")]),
            Entity(key="E6", type="Publication", name="Guide des achats responsables", attrs=EntityAttrs(date="2023"),
                   mentions=[span(t, "Guide des achats responsables")]),
            Entity(key="E7", type="Theme", name="commande publique responsable",
                   mentions=[span(t, "achats responsables")]),
        ],
        relations=[
            Relation(type="signatory", source="E1", target="E3", evidence=span(t, "La Région Île-de-France et la CRESS Île-de-France ont signé")),
            Relation(type="signatory", source="E2", target="E3", evidence=span(t, "la CRESS Île-de-France ont signé")),
            Relation(type="signatory", source="E4", target="E3", evidence=span(t, "l'a co-signée")),
            Relation(type="partner_of", source="E1", target="E2", evidence=span(t, "convention de partenariat")),
            Relation(type="holds_post", source="E4", target="E2", role="président", start="2021",
                     evidence=span(t, "Paul Martin, président de la CRESS")),
            Relation(type="publishes", source="E5", target="E6", evidence=span(t, "a publié le Guide")),
            Relation(type="has_theme", source="E6", target="E7", evidence=span(t, "achats responsables")),
        ],
    )


YEARLESS_TEXT = "Lancement du club le 18 avril à Blois, en présence de Jeanne Petit, vice-présidente déléguée à l'ESS."


def yearless() -> Extraction:
    t = YEARLESS_TEXT
    return Extraction(
        doc=meta("d0000000000000003", "yearless"),
        extractor="test-fixtures 1.0",
        entities=[
            Entity(key="E1", type="Event", name="Lancement du club", attrs=EntityAttrs(date="--04-18", place="Blois"),
                   mentions=[span(t, "Lancement du club")]),
            Entity(key="E2", type="Collectivite", subtype="Commune", name="Blois", mentions=[span(t, "Blois")]),
            Entity(key="E3", type="Person", name="Jeanne Petit", mentions=[span(t, "Jeanne Petit")]),
        ],
        relations=[
            Relation(type="located_in", source="E1", target="E2", evidence=span(t, "à Blois")),
            Relation(type="participates", source="E3", target="E1", role="invitée",
                     evidence=span(t, "en présence de Jeanne Petit")),
        ],
    )


ALL = (pantin, convention, yearless)
