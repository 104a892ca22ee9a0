"""Events: boundaries, merging of mentions, dates, places, organisers and speakers."""
import pytest

from loaders.extract import run
from tests.extract_helpers import summary


@pytest.fixture(scope="module", autouse=True)
def _model():
    run("Chauffe.")


def test_webinar_with_title_date_organiser_and_speaker():
    events, rels, _ = summary(
        "Le RTES a organisé un webinaire « Foncier et ESS » le jeudi 9 mars 2023, avec les interventions "
        "de Louis Perrin, vice-président de Bordeaux Métropole.")
    name = next(n for n in events if n.startswith("Webinaire"))
    assert events[name]["date"] == "2023-03-09"
    assert ("organizes", "RTES", name) in rels
    assert ("participates", "Louis Perrin", name) in rels


def test_mentions_of_one_event_are_merged_and_the_place_is_a_commune():
    events, rels, _ = summary(
        "Le séminaire de l'AMF s'est tenu à Poitiers les 2 et 3 avril 2024. Le séminaire a réuni "
        "Jeanne Roux, maire de Melle.")
    assert list(events) == ["Séminaire de l'AMF"]
    assert events["Séminaire de l'AMF"]["date"] == "2024-04-02"
    assert ("located_in", "Séminaire de l'AMF", "Poitiers") in rels
    assert ("organizes", "AMF", "Séminaire de l'AMF") in rels


def test_generic_and_plural_mentions_are_not_events():
    events, _, _ = summary("Chaque trimestre, une rencontre est proposée. Des ateliers sont prévus. "
                           "Les webinaires du réseau sont en ligne.")
    assert events == {}


def test_numbered_workshops_are_separate_sub_events_with_the_day_of_their_event():
    events, rels, _ = summary(
        "La journée se tiendra le 5 octobre à Angers et comportera trois ateliers.\n\n"
        "Le 1er atelier sera animé par Coorace.\n\nLe 2ème atelier sera animé par France Active.", "2022")
    assert events["1er atelier"]["date"] == "2022-10-05"
    assert events["2ème atelier"]["date"] == "2022-10-05"
    assert ("organizes", "Coorace", "1er atelier") in rels
    assert ("organizes", "France Active", "2ème atelier") in rels


def test_sponsor_and_moderator():
    events, rels, _ = summary(
        "Le Forum de l'ESS de Lille, organisé par la CRESS Hauts-de-France avec le soutien de la Banque des "
        "Territoires, aura lieu le 14 juin 2019. La table ronde sera animée par Sarah Lenoir.")
    forum = next(n for n in events if n.startswith("Forum"))
    assert ("organizes", "CRESS Hauts-de-France", forum) in rels
    assert ("sponsors", "Banque des Territoires", forum) in rels
    assert any(r[0] == "participates" and r[1] == "Sarah Lenoir" for r in rels)


def test_month_of_ess_takes_november_of_the_document_year():
    events, _, _ = summary("Pendant le Mois de l'ESS, la ville propose des visites.", "2018-10-02")
    assert events["Mois de l'ESS"]["date"] == "2018-11"
