"""Posts held by persons (holds_post) from appositions, lists and pre-nominal titles."""
import pytest

from loaders.extract import run


def posts(text):
    ctx = run(text)
    out = set()
    for r in ctx.rels:
        if r.type == "holds_post":
            out.add((ctx.entities[r.source].name, ctx.entities[r.target].name, r.role, r.delegation))
    return out


@pytest.fixture(scope="module", autouse=True)
def _model():
    run("Chauffe.")  # load the model once for the module


def test_two_posts_in_one_apposition():
    got = posts("Lucie Marchand, présidente du RTES, vice-présidente de Rennes Métropole, a ouvert la séance.")
    assert ("Lucie Marchand", "RTES", "présidente", None) in got
    assert ("Lucie Marchand", "Rennes Métropole", "vice-présidente", None) in got


def test_deputy_mayor_with_delegation_and_uppercase_surname():
    got = posts("Intervention de Paul GARNIER, adjoint au maire de Villeurbanne, délégué à l'économie sociale.")
    assert ("Paul Garnier", "Villeurbanne", "adjoint au maire", "délégué à l'économie sociale") in got


def test_feminine_mayor_form_and_commune_with_article():
    got = posts("Claire Morel, adjointe à la maire du Blanc-Mesnil, a pris la parole.")
    assert any(p[0] == "Claire Morel" and p[1] == "Le Blanc-Mesnil" and p[2] == "adjointe à la maire" for p in got)


def test_list_of_roles_sharing_the_organisation_named_at_the_end():
    got = posts("Contact : Hélène Roy, directrice adjointe, responsable du pôle Territoires, France urbaine")
    roles = {p[2] for p in got if p[1] == "France urbaine"}
    assert roles == {"directrice adjointe", "responsable du pôle Territoires"}


def test_prenominal_title():
    got = posts("La présidente de la CRESS Bretagne, Anne Le Gall, a signé le texte.")
    assert ("Anne Le Gall", "CRESS Bretagne", "présidente", None) in got


def test_regional_councillor_of_a_named_region():
    got = posts("Marc Blanc, conseiller régional de Normandie, était présent.")
    assert ("Marc Blanc", "Région Normandie", "conseiller régional", None) in got


def test_organisation_created_from_the_post():
    got = posts("Selon Julie Faure, présidente de l'association Terre Vive, le projet avance.")
    assert ("Julie Faure", "Terre Vive", "présidente", None) in got


def test_no_post_without_an_organisation():
    assert posts("Nadia Amrani, consultante indépendante, a écrit un livre.") == set()


def test_officials_listed_as_title_colon_name_on_a_commune_page():
    got = posts("Ville de Rezé : vos élus\n\nMaire : Hervé Lemoine\nAdjointe à l'économie solidaire : Léa Morin\n")
    assert ("Hervé Lemoine", "Rezé", "maire", None) in got
    assert ("Léa Morin", "Rezé", "adjointe", "à l'économie solidaire") in got


def test_represented_by():
    got = posts("La Ville de Lorient, représentée par Anne Roux, a signé la charte.")
    assert ("Anne Roux", "Lorient", "représentant", None) in got
