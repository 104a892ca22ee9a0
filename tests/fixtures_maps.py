"""Hand-built networkx projections (DESIGN.md "networkx projection") for map and report tests.

`small_graph()`: a few actors of two territories (Bretagne, Isère) with posts, a network,
an event, a convention, themes, a collectivité without an INSEE code, a private person,
and evidence quotes that carry contact details and HTML to check cleaning and escaping.
`synthetic_graph(n)`: the same shape at scale (2,000 nodes by default), seeded.
Texts are invented for the tests.
"""
from __future__ import annotations

import random

import networkx as nx

ID = "https://w3id.org/essgraph/id/"
ORG = ID + "org/"
THEME = "https://w3id.org/essgraph/vocab/theme/"

DOCS = {
    "d0000000000000001": {"title": "Rencontres du réseau des collectivités pour l'ESS, Grenoble", "date": "2024-06-14",
                          "source": "corpus/rencontres_grenoble.txt"},
    "d0000000000000002": {"title": "Convention ESS de l'agglomération briochine", "date": "2024-10-09",
                          "source": "corpus/convention_saint_brieuc.txt"},
    "d0000000000000003": {"title": "Annuaire des élus ESS en Bretagne", "date": "2023-03-01",
                          "source": "corpus/annuaire_bretagne.html"},
    "d0000000000000004": {"title": "Note interne (privée)", "date": "2024-01-15",
                          "source": "private/note.txt", "private": True},
}

D1, D2, D3, D4 = DOCS


def ev(doc: str, quote: str, start: int = 0) -> dict:
    return {"doc": doc, "start": start, "end": start + len(quote), "quote": quote}


def _node(G, iri, kind, label, docs, subtype=None, insee=None, siren=None, private=False,
          date=None, end_date=None, place=None):
    G.add_node(iri, kind=kind, subtype=subtype, label=label, insee=insee, siren=siren,
               private=private, docs=sorted(docs), date=date, end_date=end_date, place=place)


def _edge(G, u, v, rel, evidence, role=None, start=None, end=None):
    docs = sorted({e["doc"] for e in evidence})
    key = rel
    i = 2
    while G.has_edge(u, v, key):  # a second post in the same organisation (project_nx convention)
        key, i = f"{rel}#{i}", i + 1
    G.add_edge(u, v, key=key, rel=rel, role=role, start=start, end=end, evidence=evidence, docs=docs,
               private=all(DOCS.get(d, {}).get("private") for d in docs) if docs else False)


# Node IRIs used by the tests
GRENOBLE = ID + "commune/38185"
METRO = ID + "epci/200040715"
ISERE = ID + "departement/38"
AURA = ID + "region/84"
SAINT_BRIEUC = ID + "commune/22278"
SBAA = ID + "epci/200069409"
BRETAGNE = ID + "region/53"
COTES = ID + "departement/22"
PAYS = ID + "collectivite/pays-du-tregor-imaginaire"  # no official code: unresolved
RTES = ORG + "rtes"
ESS_FRANCE = ID + "network/ess-france"
CRESS = ID + "network/cress-bretagne"
COOP = ID + "essorganization/cooperative-du-lien"
EVENT = ID + "event/rencontres-nationales-du-reseau-2024-06-13"
CONV = ID + "convention/convention-ess-saint-brieuc-2024-10-08"
ALICE = ID + "person/alice-martin"
BRUNO = ID + "person/bruno-le-gall"
CLAIRE = ID + "person/claire-dubois"
DAVID = ID + "person/david-roux"
SECRET = ID + "person/personne-privee"
T_EMPLOI = THEME + "emploi"
T_ALIM = THEME + "alimentation"


def small_graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(documents=dict(DOCS))
    _node(G, GRENOBLE, "Collectivite", "Grenoble", [D1], "Commune", insee="38185")
    _node(G, METRO, "Collectivite", "Grenoble-Alpes-Métropole", [D1], "EPCI", siren="200040715")
    _node(G, ISERE, "Collectivite", "Département de l'Isère", [D1], "Departement", insee="38")
    _node(G, AURA, "Collectivite", "Région Auvergne-Rhône-Alpes", [D1], "Region", insee="84")
    _node(G, SAINT_BRIEUC, "Collectivite", "Saint-Brieuc", [D2], "Commune", insee="22278")
    _node(G, SBAA, "Collectivite", "Saint-Brieuc Armor Agglomération", [D2], "EPCI", siren="200069409")
    _node(G, BRETAGNE, "Collectivite", "Région Bretagne", [D2, D3], "Region", insee="53")
    _node(G, COTES, "Collectivite", "Département des Côtes-d'Armor", [D3], "Departement", insee="22")
    _node(G, PAYS, "Collectivite", "Pays du Trégor imaginaire", [D3], "Autre")
    _node(G, RTES, "Network", "RTES", [D1, D2])
    _node(G, ESS_FRANCE, "Network", "ESS France", [D2])
    _node(G, CRESS, "Network", "CRESS Bretagne", [D2, D3])
    _node(G, COOP, "ESSOrganization", "Coopérative du Lien <b>&</b> Cie", [D3])
    _node(G, EVENT, "Event", "Rencontres nationales du réseau 2024", [D1], date="2024-06-13",
          end_date="2024-06-14", place="Grenoble")
    _node(G, CONV, "Convention", "Convention ESS Saint-Brieuc – Région – CRESS", [D2], date="2024-10-08")
    _node(G, ALICE, "Person", "Alice Martin", [D1])
    _node(G, BRUNO, "Person", "Bruno Le Gall", [D2, D3])
    _node(G, CLAIRE, "Person", "Claire Dubois", [D2])
    _node(G, DAVID, "Person", "David Roux", [D1, D3])
    _node(G, SECRET, "Person", "Personne Privée", [D4], private=True)
    _node(G, T_EMPLOI, "Theme", "emploi", [D1, D2])
    _node(G, T_ALIM, "Theme", "alimentation durable", [D3])

    _edge(G, ALICE, GRENOBLE, "holds_post", [ev(D1, "Alice Martin, adjointe au maire de Grenoble chargée de l'ESS", 120)],
          role="adjointe au maire", start="2020-07")
    _edge(G, ALICE, RTES, "holds_post", [ev(D1, "Alice Martin préside le réseau depuis 2022 (contact : alice.martin@example.org)", 300)],
          role="présidente", start="2022")
    _edge(G, DAVID, METRO, "holds_post", [ev(D1, "David Roux, vice-président de la Métropole, joignable au 04 76 00 00 00", 410)],
          role="vice-président")
    _edge(G, DAVID, CRESS, "member_of", [ev(D3, "David Roux siège aussi au conseil de la CRESS Bretagne", 80)])
    _edge(G, BRUNO, SBAA, "holds_post", [ev(D2, "Bruno Le Gall, vice-président de l'agglomération en charge de l'ESS", 200)],
          role="vice-président")
    _edge(G, BRUNO, BRETAGNE, "holds_post", [ev(D3, "Bruno Le Gall est aussi conseiller régional", 40)],
          role="conseiller régional", start="2021", end="2023-12")
    _edge(G, CLAIRE, BRETAGNE, "holds_post", [ev(D2, "Claire Dubois, vice-présidente de la Région <script>alert(1)</script>", 260)],
          role="vice-présidente")
    _edge(G, SECRET, GRENOBLE, "holds_post", [ev(D4, "Une personne citée seulement dans une note privée", 10)], role="conseillère")
    _edge(G, GRENOBLE, RTES, "member_of", [ev(D1, "Grenoble est adhérente du réseau", 500)])
    _edge(G, SBAA, RTES, "member_of", [ev(D2, "L'agglomération a rejoint le réseau", 520)])
    _edge(G, METRO, GRENOBLE, "partner_of", [ev(D1, "La Métropole et la Ville de Grenoble portent ensemble le pôle ESS", 610)])
    _edge(G, CRESS, ESS_FRANCE, "member_of", [ev(D2, "La CRESS Bretagne fait partie d'ESS France", 700)])
    _edge(G, SBAA, CONV, "signatory", [ev(D2, "La convention est signée par l'agglomération", 50)], start="2024-10-08")
    _edge(G, BRETAGNE, CONV, "signatory", [ev(D2, "la Région Bretagne signe la convention", 90)], start="2024-10-08")
    _edge(G, CRESS, CONV, "signatory", [ev(D2, "ainsi que la CRESS Bretagne", 130)], start="2024-10-08")
    _edge(G, RTES, EVENT, "organizes", [ev(D1, "Le réseau organise ses rencontres nationales à Grenoble", 5)], start="2024-06-13")
    _edge(G, GRENOBLE, EVENT, "sponsors", [ev(D1, "La Ville de Grenoble accueille et soutient les rencontres", 60)])
    _edge(G, ALICE, EVENT, "participates", [ev(D1, "Alice Martin ouvre les rencontres", 140)], role="intervenante")
    _edge(G, BRUNO, EVENT, "participates", [ev(D1, "Bruno Le Gall témoigne de l'expérience briochine", 900)], role="intervenant")
    _edge(G, COOP, SAINT_BRIEUC, "located_in", [ev(D3, "La Coopérative du Lien est installée à Saint-Brieuc", 300)])
    _edge(G, COOP, CRESS, "member_of", [ev(D3, "La coopérative adhère à la CRESS", 330)])
    _edge(G, PAYS, BRETAGNE, "partner_of", [ev(D3, "Le Pays du Trégor imaginaire coopère avec la Région", 400)])
    _edge(G, SAINT_BRIEUC, SBAA, "part_of", [ev(D2, "Saint-Brieuc est membre de l'agglomération", 30)])
    _edge(G, CONV, T_EMPLOI, "has_theme", [ev(D2, "la convention vise l'emploi local", 150)])
    _edge(G, EVENT, T_EMPLOI, "has_theme", [ev(D1, "une table ronde sur l'emploi", 950)])
    _edge(G, COOP, T_ALIM, "has_theme", [ev(D3, "la coopérative développe l'alimentation durable", 360)])
    return G


# ------------------------------------------------------------------ synthetic
COMMUNES = [  # (insee, name, département, région) of real communes, to exercise official codes
    ("22278", "Saint-Brieuc", "22", "53"), ("29019", "Brest", "29", "53"), ("35238", "Rennes", "35", "53"),
    ("56121", "Lorient", "56", "53"), ("38185", "Grenoble", "38", "84"), ("69123", "Lyon", "69", "84"),
    ("63113", "Clermont-Ferrand", "63", "84"), ("44109", "Nantes", "44", "52"), ("49007", "Angers", "49", "52"),
    ("33063", "Bordeaux", "33", "75"), ("64445", "Pau", "64", "75"), ("31555", "Toulouse", "31", "76"),
    ("34172", "Montpellier", "34", "76"), ("59350", "Lille", "59", "32"), ("67482", "Strasbourg", "67", "44"),
    ("13055", "Marseille", "13", "93"), ("06088", "Nice", "06", "93"), ("75056", "Paris", "75", "11"),
    ("93066", "Saint-Denis", "93", "11"), ("21231", "Dijon", "21", "27"),
]
RELS_ORG = ["member_of", "partner_of", "sponsors", "founded", "part_of"]
THEMES = ["emploi", "alimentation", "mobilité", "habitat", "économie circulaire", "finance solidaire",
          "culture", "insertion", "numérique", "énergie"]


def synthetic_graph(n: int = 2000, seed: int = 7) -> nx.MultiDiGraph:
    """About `n` nodes in territorial clusters: collectivités with official codes, persons
    holding posts, networks, ESS organisations, events, conventions and themes."""
    rnd = random.Random(seed)
    G = nx.MultiDiGraph(documents={})
    docs = G.graph["documents"]
    themes = []
    for t in THEMES:
        iri = THEME + t.replace(" ", "-")
        _node(G, iri, "Theme", t, [])
        themes.append(iri)
    nets = []
    for i in range(12):
        iri = ORG + f"reseau-{i}"
        _node(G, iri, "Network", f"Réseau national {i}", [])
        nets.append(iri)
    per_cluster = max(20, (n - len(G)) // len(COMMUNES))
    di = 0
    for ci, (insee, name, dep, reg) in enumerate(COMMUNES):
        if len(G) >= n:
            break
        doc = f"ds{ci:015x}"
        docs[doc] = {"title": f"Compte rendu ESS {name}", "date": f"{2019 + ci % 6}-{1 + ci % 12:02d}-15",
                     "source": f"synthetic/{name}.txt"}
        com = ID + f"commune/{insee}"
        _node(G, com, "Collectivite", name, [doc], "Commune", insee=insee)
        regn = ID + f"region/{reg}"
        if regn not in G:
            _node(G, regn, "Collectivite", f"Région {reg}", [doc], "Region", insee=reg)
        depn = ID + f"departement/{dep}"
        if depn not in G:
            _node(G, depn, "Collectivite", f"Département {dep}", [doc], "Departement", insee=dep)
            _edge(G, depn, regn, "part_of", [ev(doc, f"le département {dep} dans la région {reg}")])
        _edge(G, com, depn, "part_of", [ev(doc, f"{name} dans le département {dep}")])
        local = [com]
        budget = min(per_cluster, n - len(G))
        for j in range(budget):
            di += 1
            r = rnd.random()
            if r < 0.45:
                iri = ID + f"person/p{ci}-{j}"
                _node(G, iri, "Person", f"Personne {ci}-{j}", [doc])
                target = rnd.choice(local)
                _edge(G, iri, target if G.nodes[target]["kind"] != "Person" else com, "holds_post",
                      [ev(doc, f"Personne {ci}-{j} élue déléguée à l'ESS (tél. 01 02 03 04 05)")],
                      role=rnd.choice(["adjoint", "vice-présidente", "conseiller", "président"]),
                      start=f"{2014 + rnd.randrange(10)}")
                if rnd.random() < 0.15:
                    _edge(G, iri, rnd.choice(nets), "holds_post", [ev(doc, f"Personne {ci}-{j} siège au bureau du réseau")],
                          role="administrateur")
            elif r < 0.75:
                iri = ID + f"essorganization/o{ci}-{j}"
                _node(G, iri, "ESSOrganization", f"Structure {ci}-{j}", [doc])
                _edge(G, iri, com, "located_in", [ev(doc, f"Structure {ci}-{j} installée à {name}")])
                _edge(G, iri, rnd.choice(themes), "has_theme", [ev(doc, f"Structure {ci}-{j} agit pour un thème")])
                if rnd.random() < 0.5:
                    other = rnd.choice(local)
                    if other != iri and G.nodes[other]["kind"] != "Person":
                        rel = rnd.choice(RELS_ORG)
                        _edge(G, iri, other, rel, [ev(doc, f"Structure {ci}-{j} et son partenaire local")])
            elif r < 0.85:
                iri = ID + f"collectivite/c{ci}-{j}"
                code = f"{dep}{100 + j:03d}"[:5] if len(dep) == 2 else None
                _node(G, iri, "Collectivite", f"Commune {ci}-{j}", [doc], "Commune", insee=code)
                _edge(G, iri, depn, "part_of", [ev(doc, f"Commune {ci}-{j} dans le département")])
                _edge(G, iri, rnd.choice(nets), "member_of", [ev(doc, f"Commune {ci}-{j} adhère au réseau")])
            elif r < 0.93:
                date = f"{2019 + rnd.randrange(6)}-{1 + rnd.randrange(12):02d}-{1 + rnd.randrange(28):02d}"
                iri = ID + f"event/e{ci}-{j}-{date}"
                _node(G, iri, "Event", f"Forum ESS {name} {j}", [doc], date=date, place=name)
                _edge(G, rnd.choice(nets), iri, "organizes", [ev(doc, f"Forum ESS {name} organisé le {date}")], start=date)
                _edge(G, com, iri, "sponsors", [ev(doc, f"{name} soutient le forum")])
                _edge(G, iri, rnd.choice(themes), "has_theme", [ev(doc, "le forum traite d'un thème")])
            else:
                date = f"{2018 + rnd.randrange(7)}-{1 + rnd.randrange(12):02d}-01"
                iri = ID + f"convention/k{ci}-{j}-{date}"
                _node(G, iri, "Convention", f"Convention ESS {name} {j}", [doc], date=date)
                for s in {com, depn, rnd.choice(nets)}:
                    _edge(G, s, iri, "signatory", [ev(doc, f"signataire de la convention {j}")], start=date)
                _edge(G, iri, rnd.choice(themes), "has_theme", [ev(doc, "la convention vise un thème")])
            local.append(iri)
        # inter-territory cooperation
        if ci:
            prev = ID + f"commune/{COMMUNES[ci - 1][0]}"
            _edge(G, com, prev, "partner_of", [ev(doc, f"{name} coopère avec une autre ville")])
        _edge(G, com, rnd.choice(nets), "member_of", [ev(doc, f"{name} adhère au réseau national")])
    return G
