"""Round 3: rules for unseen text (general assemblies, cut organisation names, organisation types)."""
import pytest

from loaders.extract import run


def summary(text, doc_date=None):
    ctx = run(text, doc_date)
    ents = {k: e for k, e in ctx.entities.items() if e.mentions}
    rels = {(r.type, ents[r.source].name, ents[r.target].name) for r in ctx.rels}
    return ents, rels


@pytest.fixture(scope="module", autouse=True)
def _model():
    run("Chauffe.")


def events_of(ents):
    return [e for e in ents.values() if e.type == "Event"]


def test_grand_est_stays_in_the_event_name_and_its_owner_organizes():
    ents, rels = summary(
        "AGENDA\n\nMer. 12/06 – 10h\nAssemblée générale de la CRESS Grand Est\nLieu : Metz, salle des fêtes\n"
        "Accueil par la présidente de la CRESS Grand Est, Julie Marchal\n")
    evs = events_of(ents)
    assert [e.name for e in evs] == ["Assemblée générale de la CRESS Grand Est"]
    assert ("organizes", "CRESS Grand Est", evs[0].name) in rels


def test_general_assembly_heading_and_body_are_one_meeting():
    ents, rels = summary(
        "Assemblée générale 2022 : rendez-vous à Vannes\n\n"
        "L'assemblée générale ordinaire de la Chambre régionale de l'économie sociale et solidaire de Bretagne "
        "aura lieu le mardi 14 juin 2022 à Vannes. Cette assemblée générale accueillera Paul Hervé, "
        "maire de Vannes.")
    evs = events_of(ents)
    assert len(evs) == 1
    owners = {s for t, s, o in rels if t == "organizes" and o == evs[0].name}
    assert owners and all(ents_name.startswith("CRESS") for ents_name in owners)


def test_general_assemblies_of_different_years_stay_apart():
    ents, _ = summary(
        "Assemblée générale 2021 de l'association Les Jardins partagés\n\n"
        "L'assemblée générale 2022 de l'association se tiendra à Nantes le 3 mai 2022.")
    assert len(events_of(ents)) == 2


def test_weekly_paper_of_a_journalist_is_an_organization():
    ents, rels = summary(
        "Le débat sera animé par Lucie Garnier, journaliste à l'hebdomadaire Le Réveil du Trégor.")
    paper = next(e for e in ents.values() if e.name == "Le Réveil du Trégor")
    assert paper.type == "Organization"
    assert ("holds_post", "Lucie Garnier", "Le Réveil du Trégor") in rels


def test_masthead_of_a_press_article_is_an_organization():
    ents, _ = summary(
        "L'ÉCHO DU VELAY | Le Puy-en-Velay | mardi 4 mars 2025\n\n"
        "La recyclerie La Bonne Pioche a ouvert ses portes samedi au Puy-en-Velay.")
    papers = [e for e in ents.values() if e.type == "Organization"]
    assert [e.name for e in papers] == ["L'Écho du Velay"]


def test_page_heading_is_not_a_masthead():
    ents, _ = summary("COMMUNIQUÉ – Brest, 2 avril 2024\n\nLa SCIC Terre de liens Bretagne organise une journée portes ouvertes.")
    assert not [e for e in ents.values() if e.type == "Organization" and "ommuniqu" in e.name]


def test_fronted_membership_apposition():
    _, rels = summary(
        "Membre du RTES, la Ville de Poitiers soutient depuis 2015 les jeunes coopératives de son territoire.")
    assert ("member_of", "Poitiers", "RTES") in rels


def test_fronted_apposition_without_network_gives_no_membership():
    _, rels = summary("Membre du jury, la Ville de Poitiers a remis trois prix.")
    assert not [r for r in rels if r[0] == "member_of"]


def test_founding_members_listed_after_the_initiator_are_members():
    _, rels = summary(
        "Le Club ESS de Montauban a été lancé en mars. À l'origine de l'initiative, la Communauté "
        "d'agglomération Grand Montauban et deux membres fondateurs : la coopérative Solidarité Quercy "
        "et l'association Vélo Tarn.")
    members = {s for t, s, o in rels if t == "member_of" and o == "Club ESS de Montauban"}
    founders = {s for t, s, o in rels if t == "founded" and o == "Club ESS de Montauban"}
    assert "Solidarité Quercy" in members and "Vélo Tarn" in members
    assert "Solidarité Quercy" in founders
    assert not any("Montauban" in s for s in members)  # the initiator is a founder, not a listed member


def test_agenda_lieu_line_gives_commune_and_place_of_the_entry_event():
    ents, rels = summary(
        "AGENDA\n\nJeu. 10/10 – 18h\nConférence « Habiter autrement en coopérative »\n"
        "Lieu : Grenoble, maison des habitants\nOrganisateur : la Ville de Grenoble\n\n"
        "Ven. 11/10 – 9h\nAtelier « Monter une épicerie solidaire »\nLieu : Valence\n")
    names = {e.name: e for e in ents.values()}
    assert names["Valence"].type == "Collectivite"
    assert ("located_in", "Conférence « Habiter autrement en coopérative »", "Grenoble") in rels
    assert ("located_in", "Atelier « Monter une épicerie solidaire »", "Valence") in rels
    assert ("located_in", "Conférence « Habiter autrement en coopérative »", "Valence") not in rels


def test_employment_services_are_organizations_but_a_maison_de_l_ess_is_ess():
    from loaders.extract.names import org_type
    assert org_type("Mission locale du Pays de Lorient") == "Organization"
    assert org_type("Maison de l'emploi de Saint-Nazaire") == "Organization"
    assert org_type("Maison de l'ESS de la Sarthe") == "ESSOrganization"
    assert org_type("hebdomadaire") == "Organization"


def test_radio_named_after_a_metropole_is_a_medium_not_a_collectivite():
    ents, _ = summary(
        "Le forum sera animé par le journaliste Marc Tellier (Radio Métropole Sud). "
        "Radio Métropole Sud est partenaire média du forum.")
    radios = [e for e in ents.values() if "Radio" in e.name]
    assert [(e.type, e.name) for e in radios] == [("Organization", "Radio Métropole Sud")]
