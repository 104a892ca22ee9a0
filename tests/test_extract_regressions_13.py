"""Regression tests, one per construction the extractor got wrong on blind-written text (session 13)."""
import pytest

from loaders.extract.dates import document_date
from tests.extract_helpers import summary


@pytest.mark.parametrize("text, iso", [
    ("BESANÇON\nLa recyclerie ouvre ses portes\n\nLe 19/09/2022 à 06:00\n\nUn tiers-lieu ouvre.", "2022-09-19"),
    ("RTES – L'essentiel du mois\nLettre d'information du 3 février 2025\n\nÀ l'agenda", "2025-02-03"),
    ("Bulletin n° 12 du 4 mars 2019\nTexte", "2019-03-04"),
])
def test_a_masthead_date_with_a_time_or_an_issue_label_is_the_document_date(text, iso):
    assert document_date(text) == iso


def test_an_event_title_with_a_date_is_not_the_document_date():
    assert document_date("Journée des élus du 3 février 2025\nTexte") is None


def test_la_communaute_urbaine_is_never_the_communaute_d_agglomeration_named_in_the_text():
    # the text names a CU only in its heading (not recognised) and a CA further on: "la communauté urbaine"
    # must not become the CA
    _, rels, _ = summary("Le conseil approuve l'adhésion de la communauté urbaine au RTES. Il approuve aussi une "
                         "convention avec la communauté d'agglomération Le Grand Chalon.")
    assert not any(r[0] == "member_of" and "Chalon" in r[1] for r in rels)


def test_la_communaute_urbaine_is_the_communaute_urbaine_named_in_the_text():
    _, rels, _ = summary("La communauté urbaine Grand Paris Seine et Oise soutient l'ESS. Une convention est signée avec "
                         "la communauté d'agglomération de Cergy-Pontoise. La communauté urbaine adhère au RTES.")
    assert ("member_of", "Communauté urbaine Grand Paris Seine et Oise", "RTES") in rels


def test_an_epci_name_written_in_a_heading_does_not_run_on_into_the_next_line():
    _, _, ents = summary("Communauté urbaine Creusot Montceau\nConseil communautaire du jeudi 25 juin 2015\n\n"
                         "La communauté urbaine Creusot Montceau adhère au RTES.")
    assert "Communauté urbaine Creusot Montceau" in {e.name for e in ents.values() if e.type == "Collectivite"}
    assert not any("Conseil" in e.name for e in ents.values() if e.type == "Collectivite")


@pytest.mark.parametrize("text, post", [
    ("Jeanne Lefort a passé huit ans chez Coorace comme chargée de plaidoyer.", ("Jeanne Lefort", "Coorace", "chargée de plaidoyer")),
    ("Luc Martin a rejoint le RTES en 2019 comme délégué général.", ("Luc Martin", "RTES", "délégué général")),
    ("Marie-Pierre Collin a rejoint ESS France en septembre en qualité de chargée de mission Europe.",
     ("Marie-Pierre Collin", "ESS France", "chargée de mission Europe")),
    ("Fatou Camara-Lenoir a dirigé pendant dix ans la régie de quartier Sevran Solidaire.",
     ("Fatou Camara-Lenoir", "Sevran Solidaire", "directrice")),
])
def test_a_post_stated_by_a_career_verb(text, post):
    assert post in _posts(text)


@pytest.mark.parametrize("sentence, post", [
    ("Le conseil d'administration est présidé par Jean-Marie Dufossez.", ("Jean-Marie Dufossez", "RTES", "président")),
    ("La vice-présidence revient, au titre de l'agglomération, à Nathalie Cappelle.", ("Nathalie Cappelle", "RTES", "vice-présidente")),
    ("La trésorerie revient à Samia Djebbar.", ("Samia Djebbar", "RTES", "trésorière")),
    ("Le secrétariat sera assuré par Loïc Le Floch.", ("Loïc Le Floch", "RTES", "secrétaire")),
])
def test_an_office_of_the_board_given_to_a_person(sentence, post):
    assert post in _posts("Le conseil d'administration du RTES s'est réuni le 3 juin. " + sentence)


def test_a_seat_on_the_board_after_a_fronted_apposition():
    posts = _posts("Adjointe au maire de Sevran depuis 2020, Fatou Camara-Lenoir siège également au conseil "
                   "d'administration du RTES.")
    assert ("Fatou Camara-Lenoir", "RTES", "membre du conseil d'administration") in posts


def test_joining_a_network_without_a_post_is_not_a_post():
    assert not _posts("Nadia Belaïd a rejoint le RTES en 2019 avec sa commune.")


def _posts(text):
    from loaders.extract import run
    ctx = run(text, None)
    return {(ctx.entities[r.source].name, ctx.entities[r.target].name, r.role) for r in ctx.rels if r.type == "holds_post"}


def test_a_closing_sponsor_sentence_goes_to_the_event_organised_before_not_the_national_month():
    _, rels, _ = summary("Forum « Faire territoire avec l'ESS »\n\nUn forum organisé par l'Établissement public territorial "
                         "Plaine Commune, dans le cadre du Mois de l'ESS. Avec le soutien de la Banque des Territoires et de la MAIF.")
    assert ("sponsors", "MAIF", "Forum « Faire territoire avec l'ESS »") in rels
    assert not any(r[0] == "sponsors" and r[2] == "Mois de l'ESS" for r in rels)


def test_a_sponsor_with_no_event_in_its_sentence_goes_to_the_one_event_of_the_paragraph():
    _, rels, _ = summary("Samedi 17 novembre – Grand-Bourg\nJournée de l'entrepreneuriat solidaire, proposée par le Collectif "
                         "des associations marie-galantaises. Les porteurs de projets présenteront leurs activités. La traversée "
                         "en bateau est prise en charge pour les participants, avec le soutien de la Banque des Territoires.")
    assert ("sponsors", "Banque des Territoires", "Journée de l'entrepreneuriat solidaire") in rels


def test_animated_jointly_by_two_organisations_makes_both_organisers():
    _, rels, _ = summary("L'atelier « Financer son projet associatif », animé conjointement par l'Adie et France Active "
                         "Guadeloupe, aura lieu le 7 mai.")
    assert {("organizes", "Adie", "Atelier « Financer son projet associatif »"),
            ("organizes", "France Active Guadeloupe", "Atelier « Financer son projet associatif »")} <= rels


def test_the_organiser_of_a_launch_of_the_month_organises_the_launch():
    _, rels, _ = summary("Le lancement régional du Mois de l'ESS, organisé par la CRESS Hauts-de-France, aura lieu à Lille.")
    assert ("organizes", "CRESS Hauts-de-France", "Lancement régional du Mois de l'ESS") in rels
    assert ("organizes", "CRESS Hauts-de-France", "Mois de l'ESS") not in rels


def test_the_chair_and_the_rapporteurs_of_the_one_sitting_of_minutes():
    _, rels, _ = summary("Le conseil communautaire s'est réuni le jeudi 25 juin 2015 au Creusot, sous la présidence de Gérard "
                         "Fauvel, président de la communauté urbaine.\n\nDélibération n° 2015-061 – Adhésion au RTES\n"
                         "Rapporteur : Jean-Luc Desbois, vice-président.")
    assert ("participates", "Gérard Fauvel", "Conseil communautaire du 25 juin 2015") in rels
    assert ("participates", "Jean-Luc Desbois", "Conseil communautaire du 25 juin 2015") in rels


def test_a_host_that_receives_an_event_with_a_long_name_and_a_month_between():
    _, rels, _ = summary("La Métropole Rouen Normandie recevra en octobre la journée régionale du Club des collectivités "
                         "normandes pour l'ESS.")
    assert ("participates", "Métropole Rouen Normandie", "Journée régionale du Club des collectivités normandes pour l'ESS") in rels


def test_a_post_in_an_organisation_whose_full_name_is_very_long():
    # the organisation right after "préside" was looked for among names that also ended within 80 characters
    _, rels, _ = summary("Le forum a été ouvert par Jean Dupont, qui préside la Chambre régionale de l'économie sociale et "
                         "solidaire de Provence-Alpes-Côte d'Azur.")
    assert ("holds_post", "Jean Dupont", "CRESS Provence-Alpes-Côte d'Azur") in rels


@pytest.mark.parametrize("text, member, network", [
    ("Le Département de la Gironde fait son entrée au RTES.", "Département de la Gironde", "RTES"),
    ("La Ville de Rennes appartient au réseau RTES.", "Rennes", "RTES"),
    ("La Région Occitanie intègre le RTES cette année.", "Région Occitanie", "RTES"),
    ("La Ville de Nantes figure parmi les membres du Club des collectivités pour l'ESS en Pays de la Loire.", "Nantes",
     "Club des collectivités pour l'ESS en Pays de la Loire"),
    ("Lors de son assemblée générale, le RTES a accueilli de nouveaux adhérents. Y font leur entrée le Département de la "
     "Loire-Atlantique, la ville de Besançon et Lorient Agglomération.", "Lorient Agglomération", "RTES"),
])
def test_membership_wordings(text, member, network):
    _, rels, _ = summary(text)
    assert ("member_of", member, network) in rels


def test_a_project_that_integrates_a_dimension_is_no_membership():
    _, rels, _ = summary("Le projet de la Ville de Rennes intègre la dimension sociale du RTES.")
    assert not any(r[0] == "member_of" for r in rels)


@pytest.mark.parametrize("text, founder, thing", [
    ("Le RTES a été fondé en 2002 par une vingtaine de collectivités, dont la Ville de Lille et la Région Nord-Pas-de-Calais.",
     "Région Nord-Pas-de-Calais", "RTES"),
    ("Nantes Métropole et la CRESS Pays de la Loire sont les initiateurs du Club ESS.", "CRESS Pays de la Loire", "Club ESS"),
    ("Nantes Métropole a participé à la création du Club ESS de Nantes.", "Nantes Métropole", "Club ESS de Nantes"),
])
def test_founding_wordings(text, founder, thing):
    _, rels, _ = summary(text)
    assert ("founded", founder, thing) in rels


def test_a_person_who_cofounded_a_structure_holds_the_post_of_cofounder():
    assert ("Claude Alphandéry", "Labo de l'ESS", "cofondateur") in _posts("Le Labo de l'ESS a été cofondé en 2010 par Claude Alphandéry.")


@pytest.mark.parametrize("text, org, event", [
    ("Le Mois de l'ESS est coordonné en Pays de la Loire par la CRESS Pays de la Loire.", "CRESS Pays de la Loire", "Mois de l'ESS"),
    ("La Métropole de Lyon lance la 3e édition de son Forum de l'ESS le 5 mai.", "Métropole de Lyon", "Forum de l'ESS"),
    ("Intercommunalités de France a réuni ses adhérents lors d'un webinaire le 5 mai.", "Intercommunalités de France", "Webinaire"),
    ("Pour la deuxième année, la CRESS Normandie orchestre le Mois de l'ESS en Normandie.", "CRESS Normandie", "Mois de l'ESS"),
    ("La Ville de Niort est l'organisatrice du Forum de l'ESS.", "Niort", "Forum de l'ESS"),
    ("Le 3 mars, la Région Bretagne a réuni les acteurs de l'ESS pour une journée d'échanges à Rennes.", "Région Bretagne",
     "Journée d'échanges"),
    # (a typo in the pattern, a literal backslash, had kept "a convié" from ever matching)
    ("La Ville de Niort a convié les habitants au Forum de l'ESS.", "Niort", "Forum de l'ESS"),
])
def test_organiser_wordings(text, org, event):
    _, rels, _ = summary(text)
    assert ("organizes", org, event) in rels


@pytest.mark.parametrize("text, who", [
    ("Parmi les intervenants du forum de l'ESS le 5 juin : Marie Dupont et Paul Martin.", "Paul Martin"),
    ("Marie Dupont prendra la parole lors du forum de l'ESS le 5 juin.", "Marie Dupont"),
    ("La Ville de Niort et la CRESS Nouvelle-Aquitaine participeront au Forum de l'ESS le 5 juin.", "CRESS Nouvelle-Aquitaine"),
    ("La Ville de Niort a participé au forum de l'ESS le 5 juin.", "Niort"),
    ("Marie Dupont représentait la Ville de Niort au forum de l'ESS le 5 juin.", "Marie Dupont"),
])
def test_participation_wordings(text, who):
    _, rels, _ = summary(text)
    assert ("participates", who, "Forum de l'ESS") in rels


def test_an_organisation_inside_a_subjects_apposition_does_not_take_part():
    _, rels, _ = summary("Marie Dupont, adjointe au maire de Niort, a participé au forum de l'ESS le 5 juin.")
    assert ("participates", "Niort", "Forum de l'ESS") not in rels


@pytest.mark.parametrize("text", [
    "Forum de l'ESS – 5 juin – Niort",
    # (the fronted place was looked for after a lower-case "à" only)
    "À Niort, le forum de l'ESS a réuni 300 personnes le 5 juin.",
])
def test_place_wordings(text):
    _, rels, _ = summary(text)
    assert ("located_in", "Forum de l'ESS", "Niort") in rels


@pytest.mark.parametrize("text, party, agreement", [
    ("La Ville de Niort est signataire de la charte des achats responsables.", "Niort", "Charte des achats responsables"),
    ("Vingt communes ont paraphé la charte « Achats responsables », dont Niort et La Rochelle.", "La Rochelle",
     "Charte « Achats responsables »"),
    ("La Ville de Niort s'est engagée aux côtés de la CRESS Nouvelle-Aquitaine en signant une convention de partenariat.",
     "Niort", "Convention de partenariat"),
    ("Le conseil municipal de Niort a approuvé la convention de partenariat avec la CRESS Nouvelle-Aquitaine.", "Niort",
     "Convention de partenariat"),
])
def test_signatory_wordings(text, party, agreement):
    _, rels, _ = summary(text)
    assert ("signatory", party, agreement) in rels


@pytest.mark.parametrize("text, sponsor", [
    ("Partenaires du forum de l'ESS du 5 juin : la Région Nouvelle-Aquitaine et la Banque des Territoires.", "Banque des Territoires"),
    ("La MAIF est mécène du forum de l'ESS du 5 juin.", "MAIF"),
])
def test_sponsor_wordings(text, sponsor):
    _, rels, _ = summary(text)
    assert ("sponsors", sponsor, "Forum de l'ESS") in rels


@pytest.mark.parametrize("text, author, title", [
    ("La CRESS Bretagne a réalisé l'étude « Panorama de l'ESS en Bretagne ».", "CRESS Bretagne", "Panorama de l'ESS en Bretagne"),
    ("Le guide « ESS et commande publique » (RTES, 2023) présente 20 initiatives.", "RTES", "ESS et commande publique"),
    ("Co-écrit par le RTES et l'Avise, le guide « ESS et commande publique » paraît en mars.", "Avise", "ESS et commande publique"),
    ("Le RTES a coordonné la rédaction du guide « ESS et commande publique ».", "RTES", "ESS et commande publique"),
])
def test_publisher_wordings(text, author, title):
    _, rels, _ = summary(text)
    assert ("publishes", author, title) in rels


def test_a_post_held_by_occupying_it():
    assert ("Marie Dupont", "CRESS Nouvelle-Aquitaine", "directrice") in _posts(
        "Marie Dupont occupe le poste de directrice de la CRESS Nouvelle-Aquitaine.")


def test_who_runs_an_organisation_is_its_director_in_her_gender():
    assert ("Marie Dupont", "CRESS Nouvelle-Aquitaine", "directrice") in _posts(
        "Marie Dupont, qui dirige la CRESS Nouvelle-Aquitaine, a ouvert la journée.")


def test_span_lookups_agree_with_a_plain_scan():
    # ents_in / starting_in bisect into the sorted spans (speed); they must return what a full scan returns
    import bisect
    import random

    from loaders.extract.base import Ctx

    class _E:
        def __init__(self, type_):
            self.type = type_

    rnd = random.Random(7)
    ctx = Ctx(text="x" * 500)
    for i in range(200):
        s = rnd.randrange(0, 480)
        k = f"K{i}"
        ctx.entities[k] = _E(rnd.choice(["Person", "Event", "Network"]))
        bisect.insort(ctx.spans, (s, s + rnd.randrange(1, 60), k))
    for _ in range(300):
        a = rnd.randrange(0, 520)
        b = a + rnd.randrange(0, 120)
        types = rnd.choice([None, {"Event"}, {"Person", "Network"}])
        ok = lambda k: types is None or ctx.entities[k].type in types  # noqa: E731
        assert ctx.ents_in(a, b, types) == [x for x in ctx.spans if x[0] >= a and x[1] <= b and ok(x[2])]
        assert ctx.starting_in(a, b, types) == [x for x in ctx.spans if a <= x[0] < b and ok(x[2])]
