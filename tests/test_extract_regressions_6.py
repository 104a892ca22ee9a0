"""Regression tests, one per construction the extractor got wrong on blind-written text (session 6)."""
import pytest

from tests.extract_helpers import summary
from tests.test_extract_regressions_5 import _event_names


@pytest.mark.parametrize("text, name", [
    ("Programme du Mois de l'ESS à Angers.\n\nJeudi 8 novembre, 18 h – Soirée de lancement\nHôtel de ville d'Angers.",
     "Soirée de lancement"),
    ("Les lauréats seront reçus le mercredi 18 décembre pour une soirée de remise des prix, en présence de Marie Dupont.",
     "Soirée de remise des prix"),
])
def test_a_noun_after_de_that_the_tagger_reads_as_an_adverb_stays_in_the_event_name(text, name):
    events, _, _ = summary(text, "2018-10-01")
    assert name in events


def test_an_adverb_after_de_does_not_join_the_event_name():
    events, _, _ = summary("Le webinaire de demain, organisé par le RTES, portera sur la commande publique.", "2018-10-01")
    assert "Webinaire de demain" not in events


def test_a_devoted_description_stops_before_the_verb_and_is_also_written_with_sur():
    names = _event_names("Vendredi, une table ronde consacrée aux circuits courts sera animée par le réseau Alter'Tarn.",
                         "2013-05-02")
    (table,) = names.values()
    assert "table ronde consacrée aux circuits courts" in table
    assert "table ronde sur les circuits courts" in table
    assert not any("sera" in n for n in table)


def test_a_morning_devoted_to_a_theme_is_an_event():
    names = _event_names("Samedi, une matinée consacrée à l'entrepreneuriat des jeunes aura lieu à Arras.", "2013-05-02")
    assert any("matinée consacrée à l'entrepreneuriat des jeunes" in n for n in names.values())


@pytest.mark.parametrize("text, name, owner", [
    ("Réunie le lundi 25 novembre, la commission permanente du Département de la Gironde a attribué 186 000 € "
     "à quatorze structures.", "Commission permanente du Département de la Gironde du 25 novembre 2019",
     "Département de la Gironde"),
    ("Lors de sa séance du vendredi 5 avril, le conseil métropolitain de Nantes Métropole a adopté quatre délibérations. "
     "Elles ont été présentées par Anne Leroy, vice-présidente.", "Conseil métropolitain de Nantes Métropole du 5 avril 2019",
     "Nantes Métropole"),
    ("Pour sa dernière séance de l'année, le mardi 17 décembre, le conseil municipal de Poitiers a voté une subvention.",
     "Conseil municipal de Poitiers du 17 décembre 2019", "Poitiers"),
])
def test_a_council_sitting_with_its_day_is_an_event_its_collectivite_organises(text, name, owner):
    events, rels, _ = summary(text, "2019-03-01")
    assert name in events
    assert ("organizes", owner, name) in rels


def test_only_who_presents_or_presides_takes_part_in_a_sitting():
    _, rels, _ = summary("Lors de sa séance du vendredi 5 avril, le conseil métropolitain de Nantes Métropole a adopté "
                         "quatre délibérations. Elles ont été présentées par Anne Leroy. Paul Martin représentera la "
                         "collectivité au sein du RTES.", "2019-03-01")
    sitting = "Conseil métropolitain de Nantes Métropole du 5 avril 2019"
    assert ("participates", "Anne Leroy", sitting) in rels
    assert ("participates", "Paul Martin", sitting) not in rels


@pytest.mark.parametrize("text", [
    "Le conseil régional a voté le 12 mars une aide aux associations.",
    "Le conseil d'administration a coopté Marc Durand.",
    "Marie Dupont, conseillère municipale déléguée, a ouvert la journée du 12 mars.",
])
def test_a_body_named_without_the_day_it_sat_is_not_a_sitting(text):
    events, _, _ = summary(text, "2019-03-01")
    assert not any(n.startswith(("Conseil", "Commission")) for n in events)


def test_a_lone_next_sitting_line_belongs_to_the_council_of_the_page():
    events, rels, _ = summary("Vie institutionnelle > Conseil communautaire de Saint-Dié-des-Vosges Agglomération\n\n"
                              "Le conseil communautaire a approuvé l'adhésion au RTES.\n\n"
                              "Prochaine séance : jeudi 13 décembre 2018, à Saint-Dié-des-Vosges.", "2018-10-01")
    assert any(n.endswith("du 13 décembre 2018") and n.startswith("Conseil communautaire") for n in events)


@pytest.mark.parametrize("text, name", [
    ("Il réunit la Région Sud, la Métropole Nice Côte d’Azur et le Département du Var.", "Métropole Nice Côte d'Azur"),
    ("Tours Métropole Val de Loire a signé la convention.", "Tours Métropole Val de Loire"),
    ("Le conseil communautaire de Caen la mer a approuvé la convention.", "Caen la Mer"),
    ("La réunion a lieu à l'hôtel de la communauté d'agglomération Porte de l'Isère.",
     "Communauté d'agglomération Porte de l'Isère"),
])
def test_an_epci_official_name_is_read_whole(text, name):
    _, _, ents = summary(text, "2019-03-01")
    assert name in {e.name for e in ents.values() if e.type == "Collectivite" and e.subtype == "EPCI"}


def test_persons_who_sign_for_their_organisation_make_it_a_signatory():
    _, rels, _ = summary("Une nouvelle convention de partenariat a été signée le 22 janvier par Karine Delpech, directrice "
                         "générale déléguée de l'ANCT, et par Julien Goyard, délégué général adjoint de l'Avise.", "2025-02-01")
    signed = {r[1] for r in rels if r[0] == "signatory"}
    assert {"Karine Delpech", "Julien Goyard", "ANCT", "Avise"} <= signed


def test_a_list_of_representatives_after_the_convention_signs_it():
    _, rels, _ = summary("La convention de coopération territoriale a été signée à Tours.\n"
                         "La convention engage trois institutions, représentées ce soir-là par :\n"
                         "– Anne Berthelot, vice-présidente de Tours Métropole Val de Loire ;\n"
                         "– Olivier Renaudin, président de la CRESS Centre-Val de Loire ;\n"
                         "– Mireille Gaudin, vice-présidente du Département d'Indre-et-Loire.\n", "2022-11-05")
    signed = {r[1] for r in rels if r[0] == "signatory"}
    assert {"Anne Berthelot", "Olivier Renaudin", "Mireille Gaudin", "CRESS Centre-Val de Loire"} <= signed


def test_a_signing_sentence_with_an_aside_and_a_place():
    _, rels, _ = summary("La Communauté urbaine du Grand Nancy a, de son côté, signé avec la CRESS Lorraine une convention "
                         "d'objectifs. Le 19 mai, à Paris, TZCLD et Coorace ont signé une convention de partenariat.", "2014-06-01")
    signed = {(r[1], r[2]) for r in rels if r[0] == "signatory"}
    assert {s for s, _ in signed} >= {"Communauté urbaine du Grand Nancy", "CRESS Lorraine", "TZCLD", "Coorace"}
    assert "Paris" not in {s for s, _ in signed}


def test_communes_listed_after_a_plural_cue_are_each_a_commune():
    _, _, ents = summary("La CRESS a retenu trois lauréates : les villes de Stains, de Massy et de Pontoise. Le projet "
                         "concerne l'une des 71 communes de la Métropole.", "2017-06-01")
    communes = {e.name for e in ents.values() if e.type == "Collectivite" and e.subtype == "Commune"}
    assert communes == {"Stains", "Massy", "Pontoise"}
