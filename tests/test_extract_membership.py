"""Membership wordings (member_of) that earlier rules missed (session 11)."""
import pytest

from tests.extract_helpers import summary


@pytest.mark.parametrize("text, members, network", [
    ("Brest Métropole a rejoint en 2019 le Réseau des collectivités territoriales pour une économie solidaire (RTES).",
     {"Brest Métropole"}, "RTES"),
    ("L'association Beta est affiliée à la Fédération des acteurs de la solidarité.",
     {"Beta"}, "Fédération des acteurs de la solidarité"),
    ("Le Département du Nord fait partie des 150 collectivités adhérentes du RTES.", {"Département du Nord"}, "RTES"),
    ("Parmi les membres du RTES figurent la Ville de Lille et la Métropole de Lyon.", {"Lille", "Métropole de Lyon"}, "RTES"),
    ("La CRESS Bretagne fédère les acteurs. Parmi ses adhérents, on trouve la Scop Alpha et l'association Beta.",
     {"Alpha", "Beta"}, "CRESS Bretagne"),
])
def test_membership_wordings(text, members, network):
    _, rels, _ = summary(text, "2020-01-01")
    assert {s for (r, s, t) in rels if r == "member_of" and t == network} == members, sorted(rels)


def test_the_members_of_a_jury_are_no_network_members():
    text = ("Le RTES a remis ses trophées le 3 mars 2020. Parmi les membres du jury figurent la Ville de Lille et la "
            "Métropole de Lyon.")
    _, rels, _ = summary(text, "2020-03-04")
    assert not [r for r in rels if r[0] == "member_of"], sorted(rels)


@pytest.mark.parametrize("text, members, network", [
    ("Le RTES regroupe aujourd'hui plus de 160 collectivités, dont Lille, Rennes et Nantes Métropole.",
     {"Lille", "Rennes", "Nantes Métropole"}, "RTES"),
    ("ESS France porte la voix de l'ESS. Elle rassemble les CRESS ainsi que les organisations nationales, dont Coop FR "
     "et Le Mouvement associatif.", {"Coop FR", "Le Mouvement associatif"}, "ESS France"),
    ("Le Club des collectivités pour l'ESS de Lorraine a été lancé en 2015.\nLe club compte douze collectivités membres, "
     "parmi lesquelles Roubaix et Tourcoing.", {"Roubaix", "Tourcoing"}, "Club des collectivités pour l'ESS de Lorraine"),
    ("Abbeville a officialisé son adhésion au RTES. Elle rejoint ainsi une quinzaine de collectivités adhérentes dans "
     "la région, parmi lesquelles Douaisis Agglo.", {"Abbeville", "Douaisis Agglo"}, "RTES"),
])
def test_what_a_network_gathers(text, members, network):
    _, rels, _ = summary(text, "2020-01-01")
    assert {s for (r, s, t) in rels if r == "member_of" and t == network} == members, sorted(rels)


@pytest.mark.parametrize("text", [
    "Le RTES réunira ses adhérents le 12 mars 2020 à Lille.",
    "Le RTES réunit les CRESS et la Ville de Lille autour des achats le 12 mars 2020.",
])
def test_a_meeting_of_a_network_makes_no_members(text):
    _, rels, _ = summary(text, "2020-01-01")
    assert not [r for r in rels if r[0] == "member_of"], sorted(rels)


def test_the_bullets_of_a_members_page_are_members_of_its_club():
    text = ("Club des collectivités du Grand Est pour l'ESS\nAccueil > Le Club > Nos membres\n\n"
            "MÉTROPOLES ET INTERCOMMUNALITÉS\n• Eurométropole de Strasbourg – élue référente : Claire Wendling\n"
            "• Metz Métropole\n\nCOMMUNES\n• Nancy et Vandœuvre-lès-Nancy, inscrites ensemble depuis 2023\n\n"
            "PARTENAIRES\n• Banque des Territoires\n")
    _, rels, _ = summary(text, "2026-02-05")
    club = "Club des collectivités du Grand Est pour l'ESS"
    assert {s for (r, s, t) in rels if r == "member_of" and t == club} == {
        "Eurométropole de Strasbourg", "Metz Métropole", "Nancy", "Vandœuvre-lès-Nancy"}, sorted(rels)


@pytest.mark.parametrize("text, members, network", [
    ("La Métropole Toulon Provence Méditerranée finance le projet : la Métropole est membre du RTES depuis 2019 et "
     "adhérente de France urbaine.", {"Métropole Toulon-Provence-Méditerranée"}, "France urbaine"),
    ("Le PTCE Sambre-Avesnois Coopérations réunit 30 structures. Le PTCE adhère à la CRESS Hauts-de-France.",
     {"Sambre-Avesnois Coopérations"}, "CRESS Hauts-de-France"),
    ("Le conseil d'administration de la CRESS Bourgogne-Franche-Comté compte 24 membres. Y siègent notamment la "
     "Mutualité Française Bourgogne-Franche-Comté et le Crédit Coopératif.",
     {"Mutualité Française Bourgogne-Franche-Comté", "Crédit Coopératif"}, "CRESS Bourgogne-Franche-Comté"),
])
def test_more_membership_wordings(text, members, network):
    _, rels, _ = summary(text, "2020-01-01")
    assert {s for (r, s, t) in rels if r == "member_of" and t == network} == members, sorted(rels)


def test_in_an_interview_we_is_the_interviewees_collectivite():
    text = ("La Lettre de l'AMIF – novembre 2023\n\nTROIS QUESTIONS À… Fatou Camara-Lenoir, vice-présidente de Paris "
            "Terres d'Envol en charge de l'ESS\n\nPourquoi l'ESS ?\nNos huit villes – Aulnay-sous-Bois, Drancy et Sevran – "
            "ont besoin d'emplois. L'AMIF nous aide.\n\nEt les réseaux ?\nNous avons rejoint le RTES en 2019.")
    _, rels, _ = summary(text, "2023-11-01")
    assert ("member_of", "Paris Terres d'Envol", "RTES") in rels, sorted(rels)
    assert {s for (r, s, t) in rels if r == "part_of" and t == "Paris Terres d'Envol"} == {"Aulnay-sous-Bois", "Drancy", "Sevran"}
