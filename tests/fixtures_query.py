"""Hand-made Extractions for the query-layer tests (our own short sentences).

Five documents (one private) about RTES meetings, a Breton convention, an Île-de-France club
and the Gironde ESS month, chosen so that every named question has answers, including a person
with two posts in one commune and a name with an apostrophe. Plus tests/fixtures_extractions.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from graph.model import DocumentMeta, Entity, EntityAttrs, Extraction, Relation, Span

EXTRACTOR = "query-fixtures 1.0"


def _doc(doc_id: str, name: str, text: str, date: Optional[str] = None, private: bool = False) -> DocumentMeta:
    return DocumentMeta(doc_id=doc_id, source=f"tests/data/{name}.txt", name=name, sha256=doc_id[1:] * 4,
                        format="txt", title=text.split(".")[0][:80], date=date, private=private)


class _Doc:
    """Builds one Extraction: entities by name (mention = first occurrence), relations by key."""

    def __init__(self, meta: DocumentMeta, text: str):
        self.meta, self.text = meta, text
        self.entities: list[Entity] = []
        self.relations: list[Relation] = []

    def span(self, needle: str) -> Span:
        i = self.text.index(needle)
        return Span(start=i, end=i + len(needle), text=needle)

    def ent(self, type_: str, name: str, mention: Optional[str] = None, **kw) -> str:
        key = f"E{len(self.entities) + 1}"
        self.entities.append(Entity(key=key, type=type_, name=name, mentions=[self.span(mention or name)], **kw))
        return key

    def rel(self, type_: str, s: str, o: str, evidence: str, **kw) -> None:
        self.relations.append(Relation(type=type_, source=s, target=o, evidence=self.span(evidence), **kw))

    def build(self) -> Extraction:
        return Extraction(doc=self.meta, entities=self.entities, relations=self.relations, extractor=EXTRACTOR)


def rencontres() -> Extraction:
    t = ("Les Rencontres du RTES 2024 ont eu lieu à Saint-Brieuc le 20 juin 2024, organisées par le RTES et la "
         "Ville de Saint-Brieuc. Amélie Durand, adjointe au maire de Pantin, y a représenté Pantin. "
         "Bruno Le Gall, vice-président de la Région Bretagne, est aussi administrateur du RTES. "
         "La Région Bretagne et Pantin sont membres du RTES. La Ville de Saint-Brieuc est partenaire de "
         "Tissages d'Armor depuis 2021.")
    d = _Doc(_doc("d00000000000000a1", "rencontres", t, "2024-06-20"), t)
    ev = d.ent("Event", "Rencontres du RTES 2024", attrs=EntityAttrs(date="2024-06-20", place="Saint-Brieuc"))
    rtes = d.ent("Network", "RTES", ids={"gazetteer": "rtes"})
    sb = d.ent("Collectivite", "Saint-Brieuc", subtype="Commune", ids={"insee": "22278"},
               aliases=["Ville de Saint-Brieuc"])
    amelie = d.ent("Person", "Amélie Durand")
    pantin = d.ent("Collectivite", "Pantin", "Pantin,", subtype="Commune", ids={"insee": "93055"})
    bruno = d.ent("Person", "Bruno Le Gall")
    bzh = d.ent("Collectivite", "Région Bretagne", subtype="Region", ids={"insee": "53"})
    tiss = d.ent("ESSOrganization", "Tissages d'Armor")
    d.rel("organizes", rtes, ev, "organisées par le RTES")
    d.rel("organizes", sb, ev, "la Ville de Saint-Brieuc.")
    d.rel("participates", amelie, ev, "y a représenté Pantin", role="représentante")
    d.rel("participates", pantin, ev, "y a représenté Pantin")
    d.rel("holds_post", amelie, pantin, "adjointe au maire de Pantin", role="adjointe au maire", start="2020-07-04")
    d.rel("holds_post", bruno, bzh, "vice-président de la Région Bretagne", role="vice-président", start="2021-07-02")
    d.rel("holds_post", bruno, rtes, "administrateur du RTES", role="administrateur", start="2022")
    d.rel("member_of", bzh, rtes, "La Région Bretagne et Pantin sont membres du RTES")
    d.rel("member_of", pantin, rtes, "Pantin sont membres du RTES")
    d.rel("partner_of", sb, tiss, "partenaire de Tissages d'Armor", start="2021")
    d.rel("located_in", ev, sb, "à Saint-Brieuc")
    return d.build()


def convention_bretagne() -> Extraction:
    t = ("Le 15 mars 2023, la Région Bretagne, la CRESS Bretagne et la Ville de Saint-Brieuc ont signé la "
         "Convention ESS Bretagne 2023. Claire Le Hir, présidente de la CRESS Bretagne depuis 2019, a signé pour "
         "la chambre. Bruno Le Gall, vice-président de la Région Bretagne, a signé aussi. Le Département du "
         "Finistère est partenaire de la Région Bretagne et soutient la convention.")
    d = _Doc(_doc("d00000000000000a2", "convention_bretagne", t, "2023-03-15"), t)
    bzh = d.ent("Collectivite", "Région Bretagne", subtype="Region", ids={"insee": "53"})
    cress = d.ent("Network", "CRESS Bretagne", ids={"gazetteer": "cress-bretagne"})
    sb = d.ent("Collectivite", "Saint-Brieuc", "Ville de Saint-Brieuc", subtype="Commune", ids={"insee": "22278"})
    conv = d.ent("Convention", "Convention ESS Bretagne 2023", attrs=EntityAttrs(date="2023-03-15"))
    claire = d.ent("Person", "Claire Le Hir")
    bruno = d.ent("Person", "Bruno Le Gall")
    fin = d.ent("Collectivite", "Département du Finistère", subtype="Departement", ids={"insee": "29"})
    for who, ev in ((bzh, "la Région Bretagne, la CRESS"), (cress, "la CRESS Bretagne et"),
                    (sb, "la Ville de Saint-Brieuc ont signé"), (claire, "a signé pour la chambre"),
                    (bruno, "a signé aussi")):
        d.rel("signatory", who, conv, ev)
    d.rel("holds_post", claire, cress, "présidente de la CRESS Bretagne depuis 2019", role="présidente", start="2019")
    d.rel("holds_post", bruno, bzh, "vice-président de la Région Bretagne, a signé", role="vice-président",
          start="2021-07-02")
    d.rel("partner_of", fin, bzh, "Finistère est partenaire de la Région Bretagne")
    d.rel("sponsors", fin, conv, "soutient la convention")
    return d.build()


def club_idf() -> Extraction:
    t = ("Le Club ESS des collectivités franciliennes s'est réuni le 12 mai 2022 à Paris. Amélie Durand y "
         "représentait Pantin, membre de l'AMIF. Hugo Martin, maire d'Évry-Courcouronnes, siège au bureau de l'AMIF "
         "et au conseil de la CRESS Île-de-France. Évry-Courcouronnes, la Métropole du Grand Paris et Est Ensemble "
         "ont participé. Pantin fait partie d'Est Ensemble. Amélie Durand était conseillère municipale de Pantin "
         "de 2014 à 2020. Jean O'Brien, de l'AMIF, animait la séance.")
    d = _Doc(_doc("d00000000000000a3", "club_idf", t, "2022-05-12"), t)
    club = d.ent("Club", "Club ESS des collectivités franciliennes")
    ev = d.ent("Event", "Réunion du Club ESS des collectivités franciliennes", "s'est réuni le 12 mai 2022",
               attrs=EntityAttrs(date="2022-05-12", place="Paris"))
    amelie = d.ent("Person", "Amélie Durand")
    pantin = d.ent("Collectivite", "Pantin", subtype="Commune", ids={"insee": "93055"})
    amif = d.ent("Network", "AMIF", ids={"gazetteer": "amif"})
    hugo = d.ent("Person", "Hugo Martin")
    evry = d.ent("Collectivite", "Évry-Courcouronnes", subtype="Commune", ids={"insee": "91228"})
    cidf = d.ent("Network", "CRESS Île-de-France")
    mgp = d.ent("Collectivite", "Métropole du Grand Paris", subtype="EPCI", ids={"siren": "200054781"})
    ee = d.ent("Collectivite", "Est Ensemble", subtype="EPT", ids={"siren": "200057875"})
    jean = d.ent("Person", "Jean O'Brien")
    d.rel("organizes", club, ev, "Le Club ESS des collectivités franciliennes s'est réuni")
    d.rel("participates", amelie, ev, "Amélie Durand y représentait Pantin")
    d.rel("participates", pantin, ev, "représentait Pantin")
    d.rel("member_of", pantin, amif, "Pantin, membre de l'AMIF")
    d.rel("holds_post", hugo, evry, "Hugo Martin, maire d'Évry-Courcouronnes", role="maire", start="2020")
    d.rel("holds_post", hugo, amif, "siège au bureau de l'AMIF", role="membre du bureau")
    d.rel("holds_post", hugo, cidf, "au conseil de la CRESS Île-de-France", role="administrateur")
    for who in (evry, mgp, ee):
        d.rel("participates", who, ev, "ont participé")
    d.rel("part_of", pantin, ee, "Pantin fait partie d'Est Ensemble")
    d.rel("holds_post", amelie, pantin, "conseillère municipale de Pantin de 2014 à 2020",
          role="conseillère municipale", start="2014-03-30", end="2020")
    d.rel("holds_post", jean, amif, "Jean O'Brien, de l'AMIF", role="chargé de mission")
    d.rel("participates", jean, ev, "animait la séance", role="animateur")
    return d.build()


def mois_gironde() -> Extraction:
    t = ("Le Mois de l'ESS en Gironde, en novembre 2023, est organisé par le Département de la Gironde avec "
         "Bordeaux Métropole et la CRESS Nouvelle-Aquitaine. Sophie Dupuy, vice-présidente du Département de la "
         "Gironde, l'a lancé. Elle siège aussi au bureau du RTES, dont Bordeaux Métropole est membre.")
    d = _Doc(_doc("d00000000000000a4", "mois_gironde", t, "2023-11"), t)
    ev = d.ent("Event", "Mois de l'ESS en Gironde 2023", "Mois de l'ESS en Gironde", attrs=EntityAttrs(date="2023-11"))
    gir = d.ent("Collectivite", "Département de la Gironde", subtype="Departement", ids={"insee": "33"})
    bm = d.ent("Collectivite", "Bordeaux Métropole", subtype="EPCI", ids={"siren": "243300316"})
    cna = d.ent("Network", "CRESS Nouvelle-Aquitaine")
    sophie = d.ent("Person", "Sophie Dupuy")
    rtes = d.ent("Network", "RTES", ids={"gazetteer": "rtes"})
    d.rel("organizes", gir, ev, "organisé par le Département de la Gironde")
    d.rel("participates", bm, ev, "avec Bordeaux Métropole", role="partenaire")
    d.rel("sponsors", cna, ev, "et la CRESS Nouvelle-Aquitaine")
    d.rel("holds_post", sophie, gir, "vice-présidente du Département de la Gironde", role="vice-présidente")
    d.rel("participates", sophie, ev, "l'a lancé")
    d.rel("holds_post", sophie, rtes, "siège aussi au bureau du RTES", role="membre du bureau")
    d.rel("member_of", bm, rtes, "dont Bordeaux Métropole est membre")
    d.rel("partner_of", gir, cna, "avec Bordeaux Métropole et la CRESS Nouvelle-Aquitaine")
    return d.build()


def note_privee() -> Extraction:
    t = "Note interne : Tissages d'Armor et Est Ensemble préparent un partenariat pour 2025."
    d = _Doc(_doc("d00000000000000a5", "note_privee", t, private=True), t)
    tiss = d.ent("ESSOrganization", "Tissages d'Armor")
    ee = d.ent("Collectivite", "Est Ensemble", subtype="EPT", ids={"siren": "200057875"})
    d.rel("partner_of", tiss, ee, "Tissages d'Armor et Est Ensemble préparent un partenariat", start="2025")
    return d.build()


QUERY_FIXTURES = (rencontres, convention_bretagne, club_idf, mois_gironde, note_privee)


def all_extractions() -> list[Extraction]:
    """Our documents plus tests/fixtures_extractions' (when present)."""
    out = [f() for f in QUERY_FIXTURES]
    try:
        from tests import fixtures_extractions as fx

        out += [f() for f in fx.ALL]
    except ImportError:  # the other helper's fixtures are optional here
        pass
    return out


def build_store(path: Optional[Path] = None, backend: str = "oxigraph"):
    """An EssStore holding every fixture document (on disk when `path` is given)."""
    from graph.rdf import extraction_to_graph
    from graph.store import EssStore

    store = EssStore(path, backend=backend)
    for x in all_extractions():
        store.replace_document(x.doc.doc_id, extraction_to_graph(x))
    return store
