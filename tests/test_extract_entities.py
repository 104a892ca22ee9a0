"""Entities: gazetteer, collectivités (with official ids), persons, merging, contact lines."""
import pytest

from graph.model import Document, DocumentMeta
from loaders.eval_json import to_eval_dict
from loaders.extract import extract, run


def ents(text):
    ctx = run(text)
    return {e.name: e for e in ctx.entities.values() if e.mentions}


@pytest.fixture(scope="module", autouse=True)
def _model():
    run("Chauffe.")


def test_acronym_and_full_form_are_one_network():
    got = ents("Le Réseau des collectivités territoriales pour une économie solidaire (RTES) publie. Le RTES insiste.")
    assert got["RTES"].type == "Network"
    assert len([e for e in got.values() if e.type == "Network"]) == 1


def test_bare_cress_is_the_regional_one_of_the_text():
    got = ents("La CRESS Pays de la Loire organise un forum. La CRESS accueille aussi des stagiaires.")
    assert "CRESS Pays de la Loire" in got and "CRESS" not in got


def test_collectivites_are_typed_with_official_codes():
    got = ents("La Ville de Montreuil, Nantes Métropole et le Département de la Gironde coopèrent.")
    assert got["Montreuil"].subtype == "Commune" and got["Montreuil"].ids["insee"] == "93048"
    assert got["Nantes Métropole"].subtype == "EPCI" and got["Nantes Métropole"].ids["siren"] == "244400404"
    assert got["Département de la Gironde"].subtype == "Departement"


def test_uppercase_surname_is_normalised_and_kept_as_alias():
    got = ents("Intervention de Marie DUVAL, présidente de la CRESS Bretagne. Marie Duval a conclu.")
    assert "Marie Duval" in got and "Marie DUVAL" in got["Marie Duval"].surfaces


def test_contact_details_never_reach_the_output():
    text = "Contact presse : Léa Martin, chargée de communication de l'AMIF - lea.martin@exemple.fr - 01 23 45 67 89"
    meta = DocumentMeta(doc_id="d0", source="x.txt", name="x", sha256="0", format="txt")
    out = to_eval_dict(extract(Document(meta=meta, text=text)), "x")
    dumped = repr(out)
    assert "@" not in dumped and "67 89" not in dumped
    assert any(e["name"] == "Léa Martin" for e in out["entities"])


def test_eval_json_shape():
    meta = DocumentMeta(doc_id="d1", source="y.txt", name="y", sha256="1", format="txt", date="2024-05")
    out = to_eval_dict(extract(Document(meta=meta, text="Yann Le Bris, maire de Brest, soutient l'Avise.")), "y")
    assert set(out) == {"doc_id", "source", "date", "entities", "relations"} and out["date"] == "2024-05"
    brest = next(e for e in out["entities"] if e["name"] == "Brest")
    assert brest["type"] == "Collectivite" and brest["subtype"] == "Commune"
    rel = next(r for r in out["relations"] if r["type"] == "holds_post")
    assert rel["role"] == "maire" and rel["evidence"] in "Yann Le Bris, maire de Brest, soutient l'Avise."
