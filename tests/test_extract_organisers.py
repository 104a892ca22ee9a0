"""Organiser wordings (organizes) that earlier rules missed (session 11)."""
import pytest

from tests.extract_helpers import summary

FORUM = "Forum de l'ESS de Brest"


@pytest.mark.parametrize("text, organisers", [
    ("Brest Métropole et la CRESS Bretagne ont coorganisé le Forum de l'ESS de Brest le 5 mars 2020.",
     {"Brest Métropole", "CRESS Bretagne"}),
    ("Brest Métropole était aux manettes du Forum de l'ESS de Brest, le 5 mars 2020.", {"Brest Métropole"}),
    ("La CRESS Bretagne a organisé le Forum de l'ESS de Brest avec Brest Métropole le 5 mars 2020.",
     {"Brest Métropole", "CRESS Bretagne"}),
    ("Le Forum de l'ESS de Brest aura lieu le 5 mars 2020. Brest Métropole en est l'organisatrice, avec la CRESS Bretagne.",
     {"Brest Métropole", "CRESS Bretagne"}),
    ("Le Forum de l'ESS de Brest aura lieu le 5 mars 2020. La CRESS Bretagne en assure l'organisation.", {"CRESS Bretagne"}),
])
def test_organiser_wordings(text, organisers):
    _, rels, _ = summary(text, "2020-02-01")
    assert {s for (r, s, t) in rels if r == "organizes" and t == FORUM} == organisers, sorted(rels)


def test_with_the_support_of_is_no_co_organiser():
    text = "La CRESS Bretagne a organisé le Forum de l'ESS de Brest avec le soutien de Brest Métropole le 5 mars 2020."
    _, rels, _ = summary(text, "2020-02-01")
    assert {s for (r, s, t) in rels if r == "organizes"} == {"CRESS Bretagne"}, sorted(rels)


@pytest.mark.parametrize("text, organisers", [
    ("Le Forum de l'ESS de Brest est organisé par la CRESS Bretagne en partenariat avec Brest Métropole, le 5 mars 2020.",
     {"Brest Métropole", "CRESS Bretagne"}),
    ("La CRESS Bretagne organise le Forum de l'ESS de Brest le 5 mars 2020 à Brest, en partenariat avec Brest Métropole.",
     {"Brest Métropole", "CRESS Bretagne"}),
])
def test_a_partner_in_partenariat_co_organises(text, organisers):
    """The annotation rules: co-organisers "en partenariat avec" organise too, and partner the lead."""
    _, rels, _ = summary(text, "2020-02-01")
    assert {s for (r, s, t) in rels if r == "organizes" and t == FORUM} == organisers, sorted(rels)
    assert ("partner_of", "CRESS Bretagne", "Brest Métropole") in rels, sorted(rels)


def test_a_town_in_the_event_name_is_no_partner():
    text = ("La Semaine de la finance solidaire 2012 à Blois est organisée par Agglopolys en partenariat avec "
            "l'association Loir-et-Cher Initiatives Solidaires.")
    _, rels, _ = summary(text, "2012-10-01")
    assert {(s, t) for (r, s, t) in rels if r == "partner_of"} == {("Agglopolys", "Loir-et-Cher Initiatives Solidaires")}, sorted(rels)


def test_a_partnership_of_another_clause_is_no_co_organisation():
    text = "Lors du Forum de l'ESS de Brest du 5 mars 2020, la Ville a signé une charte en partenariat avec la CRESS Bretagne."
    _, rels, _ = summary(text, "2020-02-01")
    assert not [r for r in rels if r[0] == "organizes"], sorted(rels)


def test_the_edition_and_the_series_are_one_event():
    text = ("CRESS Basse-Normandie › Agenda\n\n4e Forum régional de l'économie sociale et solidaire\n"
            "Jeudi 13 novembre 2014 – Caen\n\nOrganisé par la CRESS Basse-Normandie, le Forum régional de l'ESS réunit "
            "chaque année plusieurs centaines d'acteurs.")
    ev, rels, _ = summary(text, "2014-10-01")
    assert len([e for e in ev]) == 1, ev


def test_organisers_named_after_the_verb_without_a_comma():
    text = ("Le 4 avril 2019, la CRESS Auvergne-Rhône-Alpes organise avec Grand Chambéry et le Département de la Savoie "
            "une journée « ESS et montagne ».")
    _, rels, _ = summary(text, "2019-03-01")
    assert {s for (r, s, t) in rels if r == "organizes"} == {
        "CRESS Auvergne-Rhône-Alpes", "Grand Chambéry", "Département de la Savoie"}, sorted(rels)


def test_organisers_of_an_event_taken_up_by_a_pronoun():
    text = ("L'après-midi, un atelier « Friches et tiers-lieux » a réuni quarante participants le 3 mars 2020. "
            "Le Mouvement associatif Normandie et la CRESS Normandie l'ont co-animé.")
    _, rels, _ = summary(text, "2020-03-04")
    assert {s for (r, s, t) in rels if r == "organizes"} == {"Le Mouvement associatif Normandie", "CRESS Normandie"}, sorted(rels)


def test_an_agenda_entry_that_opens_with_its_town():
    ev, rels, _ = summary("Agenda\n\nSaumur – Rencontre « ESS et centres-bourgs »\nJeudi 12 octobre 2017, à la salle des fêtes.",
                          "2017-09-01")
    assert ("located_in", "Rencontre « ESS et centres-bourgs »", "Saumur") in rels, sorted(rels)


@pytest.mark.parametrize("text, sponsor, target", [
    ("Le Club des collectivités du Grand Est pour l'ESS bénéficie depuis ses débuts du soutien de la Région Grand Est.",
     "Région Grand Est", "Club des collectivités du Grand Est pour l'ESS"),
    ("Le 3 mars 2020, la remise des prix de l'appel à projets a eu lieu à Toulon. La Macif parrainait la cérémonie.",
     "MACIF", "Remise des prix de l'appel à projets"),
    ("Le 3 mars 2020, la remise des prix de l'appel à projets a eu lieu à Toulon. Le Département du Var en était partenaire.",
     "Département du Var", "Remise des prix de l'appel à projets"),
    ("Le Forum de l'ESS aura lieu le 5 mai 2023. La Banque des Territoires est partenaire de cette troisième édition.",
     "Banque des Territoires", "Forum de l'ESS"),
])
def test_sponsor_wordings(text, sponsor, target):
    _, rels, _ = summary(text, "2020-01-01")
    assert ("sponsors", sponsor, target) in rels, sorted(rels)


def test_our_observatory_publishes_for_the_page_owner():
    text = ("CRESS Pays de la Loire\n\nLa CRESS Pays de la Loire fédère les acteurs. La CRESS anime le réseau. La CRESS recrute.\n"
            "Notre observatoire publie « Les chiffres clés de l'ESS en Loire-Atlantique ».")
    _, rels, _ = summary(text, "2017-09-01")
    assert ("publishes", "CRESS Pays de la Loire", "Les chiffres clés de l'ESS en Loire-Atlantique") in rels, sorted(rels)


@pytest.mark.parametrize("text, who, role", [
    ("Les Rencontres de l'ESS ont eu lieu le 12 mars 2024 à Rouen. Sabine Ortolan, première adjointe au maire de Rouen, "
     "a prononcé le mot d'accueil.", "Sabine Ortolan", "intervenante"),
    ("Les Rencontres de l'ESS ont eu lieu le 12 mars 2024 à Rouen. La Région Normandie était elle aussi présente.",
     "Région Normandie", "invité"),
])
def test_more_participation_wordings(text, who, role):
    from loaders.extract import run
    ctx = run(text, "2024-03-13")
    got = {(ctx.entities[r.source].name, r.role) for r in ctx.rels if r.type == "participates"}
    assert (who, role) in got, sorted(got)


def test_presence_at_an_unrecognised_event_is_not_given_to_another():
    text = ("Le Forum de l'ESS de Lille aura lieu le 3 juin 2015. Le RTES sera présent à la rencontre annuelle des "
            "fédérations d'insertion.")
    _, rels, _ = summary(text, "2015-05-01")
    assert not [r for r in rels if r[0] == "participates" and r[1] == "RTES"], sorted(rels)


def test_a_regional_councillor_does_not_sit_in_the_town_of_the_sentence_before():
    text = ("Les Rencontres ESS et montagne auront lieu le 4 avril 2019 à Chambéry. Annabelle Rivoire, conseillère "
            "régionale, tirera les enseignements de la journée.")
    _, rels, _ = summary(text, "2019-03-01")
    assert not [r for r in rels if r[0] == "holds_post"], sorted(rels)
    assert ("participates", "Annabelle Rivoire", "Rencontres ESS et montagne") in rels, sorted(rels)


@pytest.mark.parametrize("text, charter", [
    ("En milieu de matinée, huit acheteurs ont signé la charte régionale de l'achat socialement responsable, proposée "
     "par la CRESS Occitanie.", "Charte régionale de l'achat socialement responsable"),
    ("La journée sera suivie de la signature de la charte « Pour des achats responsables et solidaires » par "
     "l'Eurométropole de Strasbourg et la CRESS Grand Est.", "Charte « Pour des achats responsables et solidaires »"),
])
def test_charters_named_by_their_subject_or_a_quoted_title(text, charter):
    _, _, ents = summary(text, "2019-06-01")
    assert charter in {e.name for e in ents.values() if e.type == "Convention"}, sorted(e.name for e in ents.values())


def test_a_quotation_after_la_convention_is_no_title():
    text = "L'adjointe lui a répondu que la convention « ne ferme la porte à personne »."
    _, _, ents = summary(text, "2019-06-01")
    assert not [e for e in ents.values() if e.type == "Convention"], sorted(e.name for e in ents.values())


def test_a_named_alliance_is_a_cooperation_body_and_a_common_noun_is_not():
    text = ("ESS France, le RTES et France urbaine créent l'Alliance ESS & Territoires. C'est une alliance inédite entre "
            "élus et acteurs.")
    _, _, ents = summary(text, "2025-03-01")
    assert [e.name for e in ents.values() if e.type == "Club"] == ["Alliance ESS & Territoires"]
