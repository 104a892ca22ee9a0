"""Relations other than posts and events: memberships, offices, representation, founders,
partners, publications; and the pipeline's declared components."""
import pytest

from loaders.extract import PIPELINE, extractor_name, run


def summary(text, doc_date=None):
    ctx = run(text, doc_date)
    ents = {k: e for k, e in ctx.entities.items() if e.mentions}
    rels = {(r.type, ents[r.source].name, ents[r.target].name, r.role) for r in ctx.rels}
    return ents, rels


def has(rels, type_, a, b):
    return any(r[0] == type_ and r[1] == a and r[2] == b for r in rels)


@pytest.fixture(scope="module", autouse=True)
def _model():
    run("Chauffe.")


def test_components_have_versioned_names_and_the_extractor_names_the_model():
    names = [c.name for c in PIPELINE]
    assert len(set(names)) == len(names) and all("/" in n for n in names)
    assert extractor_name().startswith("essgraph.rules-fr/") and "core_news_md" in extractor_name()


def test_list_of_collectivites_joining_a_network():
    _, rels = summary("La Ville de Quimper, Brest Métropole et le Département du Finistère ont rejoint le RTES.")
    for who in ("Quimper", "Brest Métropole", "Département du Finistère"):
        assert has(rels, "member_of", who, "RTES")


def test_government_office_from_a_post_title():
    ents, rels = summary("Paul Morin, secrétaire d'État chargé de l'économie sociale et solidaire, a visité l'atelier.")
    office = next(e.name for e in ents.values() if e.type == "PublicBody")
    assert office.startswith("Secrétariat d'État chargé de l'économie sociale")
    assert ("holds_post", "Paul Morin", office, "secrétaire d'État") in rels
    assert not any(e.name == "État" for e in ents.values())


def test_represented_by_gives_a_post_and_a_signatory():
    _, rels = summary("La convention d'objectifs a été signée par Coorace et par Lille, représentée par Léon Petit.")
    assert has(rels, "holds_post", "Léon Petit", "Lille")
    assert has(rels, "signatory", "Léon Petit", "Convention d'objectifs")
    assert has(rels, "signatory", "Coorace", "Convention d'objectifs")


def test_partnership_with_the_sentence_subject():
    _, rels = summary("Le Labo de l'ESS conduit cette étude en partenariat avec l'Avise et France Active.")
    assert has(rels, "partner_of", "Labo de l'ESS", "Avise")
    assert has(rels, "partner_of", "Labo de l'ESS", "France Active")


def test_publication_with_a_title_and_its_publishers():
    ents, rels = summary("ESS France et l'Avise publient le guide « Entreprendre en coopérative ».")
    pub = next(e.name for e in ents.values() if e.type == "Publication")
    assert pub == "Entreprendre en coopérative"
    assert has(rels, "publishes", "ESS France", pub) and has(rels, "publishes", "Avise", pub)


def test_unnamed_publication_is_not_an_entity():
    ents, _ = summary("La première partie de la publication de l'Avise explore les enjeux.")
    assert not any(e.type == "Publication" for e in ents.values())


def test_club_launched_by_a_network_and_sponsored():
    ents, rels = summary("La CRESS Normandie lance le Club des élus pour l'ESS en Normandie. "
                         "Celui-ci est parrainé par la MAIF.")
    club = next(e.name for e in ents.values() if e.type == "Club")
    assert has(rels, "founded", "CRESS Normandie", club)
    assert has(rels, "sponsors", "MAIF", club)


def test_the_region_named_once_is_the_one_meant_by_la_region():
    _, rels = summary("Pour Hugo Lenoir, vice-président de la Région Bretagne, le forum compte. Le Forum de l'ESS "
                      "de Vannes est soutenu par la Région.")
    assert has(rels, "sponsors", "Région Bretagne", "Forum de l'ESS de Vannes")


def test_regional_chamber_as_antenna_of_the_national_one():
    _, rels = summary("La CRESS Corse, antenne régionale d'ESS France, accompagne les porteurs de projets.")
    assert has(rels, "part_of", "CRESS Corse", "ESS France")
