"""Synthetic essgraph data shaped like the real graph, for benchmarks.

Documents are `graph.model.Extraction`s turned into RDF by the real `graph.rdf` (so assertions,
evidence, memberships and typing facts have the production shape): persons with posts in
collectivités (real-looking INSEE codes) and networks (RTES, AMIF, CRESS...), memberships,
partnerships, conventions with signatories, events with organisers and participants.
About 13 triples per relation and per entity mention; ~2,000 documents give >= 1M triples.

    .venv/bin/python benchmarks/gen_synthetic.py --docs 2000 --out /tmp/essgraph-synth.nq
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph.model import DocumentMeta, Entity, EntityAttrs, Extraction, Relation, Span  # noqa: E402
from queries.geo import DEP_REGION  # noqa: E402

FIRST = ["Amélie", "Bruno", "Claire", "Hugo", "Sophie", "Jean", "Léa", "Nicolas", "Inès", "Paul", "Zoé",
         "Karim", "Maëlle", "Yann", "Chloé", "Éric", "Fatou", "Gaël", "Hélène", "Octave"]
LAST = ["Durand", "Le Gall", "Le Hir", "Martin", "Dupuy", "O'Brien", "Bernard", "Petit", "Robert", "Richard",
        "Moreau", "Lefèvre", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel"]
ROLES = ["maire", "adjointe au maire", "conseiller municipal", "vice-présidente", "président", "administrateur",
         "membre du bureau", "déléguée à l'ESS", "trésorier", "secrétaire générale"]
NETWORKS = [("rtes", "RTES"), ("amif", "AMIF"), ("ess-france", "ESS France")] + [
    (f"cress-{i}", f"CRESS {name}") for i, name in enumerate(
        ["Bretagne", "Île-de-France", "Nouvelle-Aquitaine", "Occitanie", "Grand Est", "Normandie",
         "Hauts-de-France", "Pays de la Loire", "Centre-Val de Loire", "Corse", "Auvergne-Rhône-Alpes"])]
TEXT = "Texte synthétique pour mesurer les requêtes d'essgraph."


def _span() -> Span:
    return Span(start=0, end=5, text=TEXT[:5])


class Pools:
    """Global actors that documents draw from, so facts overlap across documents as in reality."""

    def __init__(self, rng: random.Random, scale: float):
        n = lambda k: max(5, int(k * scale))  # noqa: E731
        self.persons = [f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}" for i in range(n(8000))]
        deps = sorted(DEP_REGION)
        self.communes = [(f"Commune {i}", f"{d}{rng.randint(1, 899):03d}" if not d.startswith("97")
                          else f"{d}{rng.randint(1, 99):02d}") for i, d in
                         ((i, rng.choice(deps)) for i in range(n(3000)))]
        self.communes = list({c[1]: c for c in self.communes}.values())
        self.departements = [(f"Département {d}", d) for d in deps]
        self.regions = sorted({r for r in DEP_REGION.values()})
        self.epcis = [(f"Communauté {i}", f"2{i:08d}") for i in range(n(800))]
        self.orgs = [f"Coopérative {i}" for i in range(n(3000))]
        self.events = [(f"Forum ESS {i}", f"20{rng.randint(18, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
                       for i in range(n(2000))]
        self.conventions = [(f"Convention {i}", f"20{rng.randint(18, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
                            for i in range(n(1500))]


def document(i: int, rng: random.Random, p: Pools, private_every: int = 0) -> Extraction:
    ents: list[Entity] = []
    rels: list[Relation] = []

    def ent(**kw) -> str:
        key = f"E{len(ents) + 1}"
        ents.append(Entity(key=key, mentions=[_span()], **kw))
        return key

    def rel(t, s, o, **kw):
        rels.append(Relation(type=t, source=s, target=o, evidence=_span(), **kw))

    communes = [ent(type="Collectivite", subtype="Commune", name=n, ids={"insee": c})
                for n, c in rng.sample(p.communes, 3)]
    dep_name, dep = rng.choice(p.departements)
    dep_k = ent(type="Collectivite", subtype="Departement", name=dep_name, ids={"insee": dep})
    reg = DEP_REGION[dep]
    reg_k = ent(type="Collectivite", subtype="Region", name=f"Région {reg}", ids={"insee": reg})
    epci_name, siren = rng.choice(p.epcis)
    epci_k = ent(type="Collectivite", subtype="EPCI", name=epci_name, ids={"siren": siren})
    nets = [ent(type="Network", name=name, ids={"gazetteer": key}) for key, name in rng.sample(NETWORKS, 2)]
    orgs = [ent(type="ESSOrganization", name=o) for o in rng.sample(p.orgs, 2)]
    persons = [ent(type="Person", name=n) for n in rng.sample(p.persons, 6)]
    ev_name, ev_date = rng.choice(p.events)
    ev = ent(type="Event", name=ev_name, attrs=EntityAttrs(date=ev_date, place="Salle des fêtes"))
    cv_name, cv_date = rng.choice(p.conventions)
    cv = ent(type="Convention", name=cv_name, attrs=EntityAttrs(date=cv_date))
    cols = communes + [dep_k, reg_k, epci_k]
    for per in persons:
        for org in rng.sample(cols + nets + orgs, 2):
            start = f"20{rng.randint(8, 24):02d}" + rng.choice(["", f"-{rng.randint(1, 12):02d}"])
            end = rng.choice([None, None, None, f"20{rng.randint(20, 25)}"])
            rel("holds_post", per, org, role=rng.choice(ROLES), start=start, end=end)
    for c in communes + [epci_k]:
        rel("member_of", c, rng.choice(nets))
        rel("part_of", c, epci_k) if c != epci_k else None
    for a, b in (rng.sample(cols + orgs + nets, 2) for _ in range(3)):
        rel("partner_of", a, b, start=rng.choice([None, f"20{rng.randint(15, 25)}"]))
    for s in rng.sample(cols + nets + orgs + persons[:2], 4):
        rel("signatory", s, cv)
    rel("organizes", rng.choice(cols + nets), ev)
    for s in rng.sample(cols + orgs + persons, 5):
        rel("participates", s, ev, role=rng.choice([None, "intervenant", "partenaire"]))
    rel("sponsors", rng.choice(nets + orgs), ev)
    rel("located_in", ev, communes[0])
    meta = DocumentMeta(doc_id=f"d{i:016x}", source=f"synthetic/{i}.txt", name=f"s{i}", sha256=f"{i:064x}",
                        format="txt", title=f"Document {i}", date=ev_date, private=bool(private_every) and i % private_every == 0)
    return Extraction(doc=meta, entities=ents, relations=rels, extractor="synthetic 1.0")


def extractions(docs: int, seed: int = 7, scale: float = 1.0, private_every: int = 0):
    """`private_every` = k marks every k-th document private (0: none)."""
    rng = random.Random(seed)
    pools = Pools(rng, scale)
    for i in range(docs):
        yield document(i, rng, pools, private_every)


def fill_store(store, docs: int, seed: int = 7) -> int:
    """Put `docs` synthetic documents into an EssStore; returns the number of triples."""
    from graph.rdf import extraction_to_graph

    n = 0
    for x in extractions(docs, seed):
        g = extraction_to_graph(x)
        n += len(g)
        store.replace_document(x.doc.doc_id, g)
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, required=True, help="N-Quads file to write")
    a = ap.parse_args()
    from rdflib import Dataset

    from graph.rdf import extraction_to_graph

    t0 = time.perf_counter()
    n = 0
    with a.out.open("w", encoding="utf-8") as f:
        for x in extractions(a.docs, a.seed):
            g = extraction_to_graph(x)
            ds = Dataset()
            ds.graph(g.identifier).__iadd__(g)
            f.write(ds.serialize(format="nquads"))
            n += len(g)
    print(f"{n} triples in {a.docs} documents -> {a.out} ({time.perf_counter() - t0:.1f} s)")


if __name__ == "__main__":
    main()
