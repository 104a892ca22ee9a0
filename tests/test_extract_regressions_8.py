"""Regression tests, one per construction the extractor got wrong (session 9)."""
import pytest

from loaders.extract import run
from loaders.extract.output import event_name_variants
from tests.extract_helpers import summary


def _variants(text, doc_date, name):
    ctx = run(text, doc_date)
    key = next(k for k, e in ctx.entities.items() if e.mentions and e.type == "Event" and e.name == name)
    return set(event_name_variants(ctx, key)) | set(ctx.entities[key].surfaces)


def test_a_quoted_day_in_an_agenda_line_is_an_event_with_its_organiser():
    text = ("- Jeudi 17 octobre, Lille : journée « Finance solidaire et territoires », organisée par la CRESS "
            "Nord-Pas de Calais avec le soutien de France Active.")
    events, rels, _ = summary(text, "2013-09-10")
    name = "Journée « Finance solidaire et territoires »"
    assert events[name]["date"] == "2013-10-17"
    assert ("organizes", "CRESS Nord-Pas de Calais", name) in rels
    assert ("sponsors", "France Active", name) in rels


def test_a_one_word_quotation_after_journee_is_not_an_event_title():
    events, _, _ = summary("Nous avons passé une journée « formidable » avec eux.", "2013-09-10")
    assert not events


@pytest.mark.parametrize("text, name", [
    ("– 14 h : séminaire des élus locaux, coorganisé avec le RTES, en présence du maire.", "Séminaire des élus locaux"),
    ("– De 10 h à 18 h : village des initiatives, ouvert au grand public, sur le cours Foch.", "Village des initiatives"),
])
def test_a_programme_slot_names_an_occurrence_even_in_lower_case(text, name):
    events, _, _ = summary(text, "2019-02-01")
    assert name in events


def test_a_lower_case_place_noun_outside_a_programme_is_still_not_an_event():
    events, _, _ = summary("Les bénévoles aiment visiter l'atelier de réparation de vélos.", "2019-02-01")
    assert not events


def test_the_acronym_ag_opens_a_general_assembly_and_is_also_written_in_full():
    text = "Le 23 juin dernier, l'AG du RTES s'est tenue au Mans."
    events, rels, _ = summary(text, "2016-06-30")
    assert ("organizes", "RTES", "AG du RTES") in rels
    assert "Assemblée générale du RTES" in _variants(text, "2016-06-30", "AG du RTES")


def test_tag_is_not_an_assembly():
    events, _, _ = summary("Elle a lu un tag sur le mur.", "2016-06-30")
    assert not events


def test_the_prize_giving_and_the_headline_awards_are_one_event_also_named_by_the_awards():
    text = ("Trophées de l'ESS : six structures à l'honneur\n\n"
            "La salle était comble, jeudi soir, à Rouen, pour la cinquième remise des Trophées de l'économie "
            "sociale et solidaire de Haute-Normandie. Bruno Levasseur, président de la CRESS, a profité de la soirée "
            "pour annoncer une fusion.")
    events, rels, _ = summary(text, "2015-11-20")
    assert len(events) == 1
    (name,) = events
    assert ("located_in", name, "Rouen") in rels
    variants = _variants(text, "2015-11-20", name)
    assert "Trophées de l'économie sociale et solidaire de Haute-Normandie" in variants
    assert "Trophées de l'économie sociale et solidaire de Haute-Normandie 2015" in variants


def test_a_prize_giving_in_a_programme_stays_a_slot_of_the_day():
    text = ("FORUM « FAIRE TERRITOIRE AVEC L'ESS »\nMardi 21 novembre 2023\nUniversité Paris 8 – Saint-Denis\n\n"
            "10h00 › Table ronde « Achats publics et ESS »\n\n"
            "11h30 › Remise des Trophées de l'ESS de Plaine Commune 2023\n\n"
            "14h00 › Atelier 1 « Tiers-lieux nourriciers »\n")
    events, _, _ = summary(text, "2023-11-01")
    assert events["Atelier 1 « Tiers-lieux nourriciers »"]["date"] == "2023-11-21"
    assert events["Remise des Trophées de l'ESS de Plaine Commune 2023"]["date"] == "2023-11-21"


@pytest.mark.parametrize("text, doc_date, rel", [
    pytest.param("L'atelier consacré aux coopératives d'activités et d'emploi a, lui, été animé par la coopérative "
                 "Synergies Lorraine.", "2019-02-01",
                 ("organizes", "Synergies Lorraine", "Atelier consacré aux coopératives d'activités et d'emploi"),
                 id="an aside between auxiliary and participle still marks an occurrence"),
    pytest.param("Ouverture à 9h30, puis table ronde sur les clauses sociales animée par Hélène Casabianca.", "2013-03-01",
                 ("participates", "Hélène Casabianca", "Table ronde sur les clauses sociales"),
                 id="a programme's shorthand names the round table by its theme"),
    pytest.param("Le Forum « Emploi solidaire » 2024 aura lieu le 3 mai. Le forum sera accueilli par la Ville de "
                 "Vandœuvre-lès-Nancy, au centre culturel André-Malraux.", "2024-02-01",
                 ("located_in", "Forum « Emploi solidaire »", "Vandœuvre-lès-Nancy"),
                 id="a commune that hosts an event is where it takes place"),
])
def test_one_construction_one_relation(text, doc_date, rel):
    _, rels, _ = summary(text, doc_date)
    assert rel in rels


def test_the_description_of_a_round_table_stops_before_the_pronoun_y():
    text = ("La CRESS organise le forum à Bastia. Une table ronde consacrée à l’économie circulaire y est annoncée "
            "le vendredi 19 avril.")
    variants = _variants(text, "2024-03-01", "Table ronde")
    assert "table ronde consacrée à l’économie circulaire" in variants
    assert not any(v.endswith(" y") for v in variants)


def test_an_assembly_named_with_its_owner_in_full_is_also_named_with_the_acronym_and_year():
    text = ("Le 12 juin, l'assemblée générale de la Chambre régionale de l'économie sociale et solidaire (CRESS) "
            "Rhône-Alpes s'est tenue à Lyon.")
    name = "Assemblée générale de la Chambre régionale de l'économie sociale et solidaire (CRESS) Rhône-Alpes"
    variants = _variants(text, "2015-06-20", name)
    assert "Assemblée générale 2015 de la CRESS Rhône-Alpes" in variants


def test_a_year_before_a_kind_apposition_is_not_an_organisation():
    _, _, ents = summary("Portée par une société coopérative créée en 2022, la recyclerie collecte meubles et textiles.",
                         "2024-01-01")
    assert not [e for e in ents.values() if e.type != "Collectivite"]


@pytest.mark.parametrize("text, name", [
    ("Maria Santoni, conseillère exécutive de la Collectivité de Corse, était présente.", "Collectivité de Corse"),
    ("La Collectivité territoriale de Martinique soutient la CRESS Martinique.", "Collectivité territoriale de Martinique"),
])
def test_a_single_territorial_collectivity_is_a_region_level_collectivite(text, name):
    _, _, ents = summary(text, "2024-01-01")
    (coll,) = [e for e in ents.values() if e.name == name]
    assert coll.type == "Collectivite" and coll.subtype == "Region"


def test_an_acronym_spells_a_full_name_with_lower_case_words_and_the_post_is_held_there():
    text = ("Maria Santoni, conseillère exécutive de la Collectivité de Corse et présidente de l’Agence de "
            "développement économique de la Corse (ADEC). L'ADEC a accompagné le projet.")
    _, rels, ents = summary(text, "2024-01-01")
    name = "Agence de développement économique de la Corse"
    assert ("holds_post", "Maria Santoni", name) in rels
    assert not [e for e in ents.values() if e.name == "Agence de développement économique"]
    (adec,) = [e for e in ents.values() if e.name == name]
    assert len(adec.mentions) == 2


def test_an_acronym_of_a_collectivite_is_left_to_the_territories():
    text = ("La Ville de Roubaix et Lille Métropole Communauté urbaine (LMCU) organisent le forum. Didier Plouvier, "
            "vice-président de LMCU chargé de l'emploi, sera là.")
    _, _, ents = summary(text, "2014-01-01")
    assert [e.type for e in ents.values() if "Lille" in e.name or e.name == "LMCU"] == ["Collectivite"]


@pytest.mark.parametrize("text, name", [
    ("Porté par la Ville en partenariat avec la coopérative d'activités et d'emploi Vienne Entreprendre Ensemble, "
     "le forum est accueilli par l'Université.", "Vienne Entreprendre Ensemble"),
    ("Près de 140 participants étaient à Carcassonne, où la Scic Terres d’Aude Solidaires accueillait les travaux.",
     "Terres d’Aude Solidaires"),
    ("Le Département co-finance la couveuse d'activités Alpes Initiatives Solidaires.", "Alpes Initiatives Solidaires"),
    ("Le prix est allé au groupement d'employeurs Agri'Seine, qui réunit quinze exploitations.", "Agri'Seine"),
    ("Il y avait Annaïg Créac'h, directrice de l'atelier chantier d'insertion Ar Stal, à Landerneau.", "Ar Stal"),
])
def test_an_unknown_name_after_a_kind_of_ess_structure_is_an_ess_organisation(text, name):
    _, _, ents = summary(text, "2020-01-01")
    assert [e.type for e in ents.values() if e.name == name] == ["ESSOrganization"]


@pytest.mark.parametrize("text, name", [
    ("Plouguerneau. La Grange Commune, nouveau tiers-lieu solidaire, a ouvert ses portes.", "La Grange Commune"),
    ("Les participants pourront découvrir le Jardin du Lez, un chantier d’insertion maraîcher installé à Lattes.",
     "Jardin du Lez"),
    ("Ils étaient là pour l'inauguration de la recyclerie « Le Grenier solidaire ».", "Le Grenier solidaire"),
])
def test_a_structure_described_after_its_name_or_quoted_after_its_kind_is_found(text, name):
    _, _, ents = summary(text, "2021-09-20")
    assert [e.type for e in ents.values() if e.name == name] == ["ESSOrganization"]


def test_a_structure_holds_its_own_inauguration_told_with_a_possessive_on_the_day_set_off_by_commas():
    text = ("Plouguerneau. La Grange Commune, nouveau tiers-lieu solidaire, a ouvert ses portes.\n\n"
            "Il y avait foule, samedi, dans l'ancienne ferme : La Grange Commune y avait convié habitants et "
            "partenaires pour son inauguration.")
    events, rels, _ = summary(text, "2021-09-20")
    assert events["Inauguration de La Grange Commune"]["date"] == "2021-09-18"
    assert ("organizes", "La Grange Commune", "Inauguration de La Grange Commune") in rels


def test_weekdays_in_a_list_of_opening_days_are_not_a_date():
    ctx = run("Le magasin ouvre mardi, jeudi, samedi, de 9 h à 12 h.", "2021-09-20")
    assert not ctx.dates


@pytest.mark.parametrize("name, year, variant", [
    ("Lancement régional", "2014", "Lancement régional du Mois de l'ESS 2014 en Poitou-Charentes"),
])
def test_a_bare_launch_in_a_text_on_the_month_is_the_launch_of_the_month(name, year, variant):
    text = (f"Le Mois de l'ESS {year} en Poitou-Charentes\n\nLa CRESS Poitou-Charentes coordonne le programme.\n\n"
            "Lancement régional – mercredi 5 novembre, Poitiers\n")
    assert variant in _variants(text, f"{year}-10-01", name)


def test_a_headline_after_the_month_of_ess_is_not_the_month_s_title():
    events, _, _ = summary("Mois de l'ESS 2025 : lancement à Angers, prix régionaux à Nantes\n\nLe programme est riche.",
                           "2025-10-01")
    assert not any("Angers" in n for n in events)


def test_a_venue_named_after_its_town_places_the_edition_it_hosts_without_making_the_town_a_host():
    text = "Samedi, le Centre de congrès de Caen accueillera la deuxième édition du Forum de l'ESS de Caen la mer."
    _, rels, _ = summary(text, "2019-02-01")
    assert ("located_in", "Forum de l'ESS de Caen la mer", "Caen") in rels
    assert not any(r[0] == "participates" and r[1] == "Caen" for r in rels)


def test_inclusive_writing_does_not_cut_the_speakers_line():
    text = ("Rencontre « Achats publics et insertion dans la Manche » – jeudi 3 mars\n"
            "Intervenant·es : Hervé Lemonnier (chef de projet, Département de la Manche), Sandrine Jouan (directrice, "
            "Coorace Normandie)")
    _, rels, _ = summary(text, "2019-02-01")
    event = "Rencontre « Achats publics et insertion dans la Manche »"
    assert {("participates", "Hervé Lemonnier", event), ("participates", "Sandrine Jouan", event)} <= rels


def test_a_name_does_not_run_across_a_line_break():
    _, _, ents = summary("Lieu : Caen, café associatif La Grange\nIntervenant : Rémi Lebas, conseiller communautaire.",
                         "2019-02-01")
    assert "Grange Intervenant" not in {e.name for e in ents.values()}
    assert "Rémi Lebas" in {e.name for e in ents.values()}


def test_speakers_after_prises_de_parole_and_the_launch_evening_is_one_event():
    text = ("Soirée de lancement du Mois de l'ESS 2025 en Touraine – 3 novembre\n"
            "Prises de parole d'Hélène Bourdin, adjointe au maire de Tours, et de Patrick Gervais, président de la CRESS.")
    events, rels, _ = summary(text, "2025-10-01")
    name = "Soirée de lancement du Mois de l'ESS 2025 en Touraine"
    assert name in events and not any(n.startswith("Lancement") for n in events)
    assert ("participates", "Hélène Bourdin", name) in rels


def test_a_debate_line_under_a_round_table_heading_is_that_round_table():
    text = ("Table ronde « Mutualiser pour mieux coopérer »\nDébat modéré par Claire Vignal, journaliste.\n"
            "Avec Paul Durand, directeur de la CRESS.")
    events, rels, _ = summary(text, "2019-02-01")
    assert list(events) == ["Table ronde « Mutualiser pour mieux coopérer »"]
    assert ("participates", "Claire Vignal", "Table ronde « Mutualiser pour mieux coopérer »") in rels


@pytest.mark.parametrize("text, org, event", [
    ("Le Mois de l'ESS 2021 est coordonné dans la région par la CRESS Nouvelle-Aquitaine.",
     "CRESS Nouvelle-Aquitaine", "Mois de l'ESS 2021"),
    ("Les Rencontres méditerranéennes de l’ESS, un événement imaginé par la CRESS PACA, auront lieu le 3 mai.",
     "CRESS Provence-Alpes-Côte d'Azur", "Rencontres méditerranéennes de l’ESS"),
    ("Les Trophées de l'ESS de Haute-Normandie récompensent des initiatives. Organisés depuis 2011 par la CRESS de "
     "Haute-Normandie, ces trophées sont remis en novembre.", "CRESS Haute-Normandie", "Trophées de l'ESS de Haute-Normandie"),
    ("Le Mois de l'ESS 2014 commence. En Poitou-Charentes, c'est la CRESS Poitou-Charentes qui en assure l'animation.",
     "CRESS Poitou-Charentes", "Mois de l'ESS 2014"),
    ("La Ville participe au Mois de l'ESS 2021, dont la CRESS Nouvelle-Aquitaine assure la coordination régionale.",
     "CRESS Nouvelle-Aquitaine", "Mois de l'ESS 2021"),
])
def test_who_coordinates_imagines_or_runs_an_event_organises_it(text, org, event):
    _, rels, _ = summary(text, "2019-02-01")
    assert ("organizes", org, event) in rels


@pytest.mark.parametrize("text, member, network", [
    ("La recyclerie « Le Grenier solidaire » a ouvert, portée par l'association du même nom. L'association est "
     "adhérente du Réseau des Ressourceries.", "Le Grenier solidaire", "Réseau des Ressourceries"),
    ("La Fabrique du Val, un tiers-lieu coopératif, a ouvert. La coopérative a par ailleurs rejoint le réseau "
     "France Tiers-Lieux.", "La Fabrique du Val", "France Tiers-Lieux"),
])
def test_a_structure_taken_up_by_its_kind_is_the_subject_of_a_membership(text, member, network):
    _, rels, _ = summary(text, "2019-02-01")
    assert ("member_of", member, network) in rels



@pytest.mark.parametrize("text, member, network", [
    ("Ti Récup fête ses dix ans. Ti Récup est adhérente du Réseau national des ressourceries et recycleries.",
     "Ti Récup", "Réseau national des ressourceries et recycleries"),
    ("Ker Avel a d’ailleurs adhéré à la CRESS Bretagne.", "Ker Avel", "CRESS Bretagne"),
    ("La Grange Commune a rejoint le réseau France Tiers-Lieux.", "La Grange Commune", "France Tiers-Lieux"),
])
def test_an_unknown_name_that_joins_a_network_is_an_ess_structure(text, member, network):
    _, rels, ents = summary(text, "2019-02-01")
    assert ("member_of", member, network) in rels
    assert [e.type for e in ents.values() if e.name == member] == ["ESSOrganization"]


@pytest.mark.parametrize("text", [
    "Marie Dupont est adhérente de l'association depuis 2010.",
    "L'équipe s'étoffe : Clémence Aubry a rejoint le réseau comme chargée de mission.",
])
def test_a_person_who_joins_as_staff_or_as_a_member_of_an_association_stays_a_person(text):
    _, rels, ents = summary(text, "2019-02-01")
    assert {e.type for e in ents.values()} == {"Person"}
    assert not any(r[0] == "member_of" for r in rels)


def test_a_demonstrative_kind_noun_takes_up_the_structure_that_was_founded():
    text = ("Le PTCE Alpes Solidaires réunit 40 structures. Ce pôle a été fondé en 2015 par la Ville d'Échirolles, la Scop "
            "Mosaïque Bâtiment et l'association Tremplin Isère.")
    _, rels, _ = summary(text, "2019-02-01")
    assert {r[1] for r in rels if r[0] == "founded" and r[2] == "Alpes Solidaires"} == \
        {"Échirolles", "Mosaïque Bâtiment", "Tremplin Isère"}


def test_a_name_after_a_kind_noun_ends_before_a_verb_the_tagger_took_for_a_noun():
    _, _, ents = summary("L'association Trièves Solidaire compte 30 adhérents.", "2019-02-01")
    assert "Trièves Solidaire" in {e.name for e in ents.values()}


def test_a_club_described_as_an_initiative_of_two_networks_was_founded_by_them():
    text = ("Le Club des collectivités pour l'ESS en Hauts-de-France, une initiative de la CRESS Hauts-de-France et du "
            "RTES, se réunit à Amiens.")
    _, rels, _ = summary(text, "2019-02-01")
    club = "Club des collectivités pour l'ESS en Hauts-de-France"
    assert {r[1] for r in rels if r[0] == "founded" and r[2] == club} == {"CRESS Hauts-de-France", "RTES"}


def test_an_event_described_as_an_initiative_founds_nothing():
    _, rels, _ = summary("Le forum de l'emploi solidaire, une initiative de la Région Bretagne, aura lieu à Rennes.",
                         "2019-02-01")
    assert not any(r[0] == "founded" for r in rels)


def test_la_collectivite_as_a_subject_is_the_collectivite_the_page_names():
    text = ("L'Eurométropole de Strasbourg vote le budget. La collectivité, adhérente du RTES depuis sa création, "
            "soutient l'ESS.")
    _, rels, _ = summary(text, "2019-02-01")
    assert ("member_of", "Eurométropole de Strasbourg", "RTES") in rels


def test_an_organisation_represented_by_its_officer_without_a_comma_takes_part_too():
    text = ("Le 23 juin dernier, l'AG de Sarthe Coop s'est tenue au Mans. Le Conseil départemental de la Sarthe était "
            "représenté par sa vice-présidente Odile Gervais.")
    _, rels, _ = summary(text, "2016-06-30")
    assert ("participates", "Département de la Sarthe", "AG de Sarthe Coop") in rels


@pytest.mark.parametrize("text, doc_date, rel_type, actor", [
    pytest.param("Le Forum métropolitain de l'ESS se tient les 15 et 16 mars 2014. Dimanche, un village des initiatives "
                 "sera coordonné par la Ville de Tourcoing, qui accueillera l'édition 2015 du forum.", "2014-03-01",
                 "located_in", "Tourcoing", id="a commune hosting another edition is not where this one takes place"),
    pytest.param("Le Mois de l'ESS 2021 commence à Poitiers. « L'ESS, c'est un emploi sur dix ici », rappelle Élise "
                 "Martinet, adjointe au maire.", "2021-10-20",
                 "participates", "Élise Martinet", id="a person quoted about the month of ESS is not a speaker at it"),
])
def test_no_relation_of_that_type_with_that_actor(text, doc_date, rel_type, actor):
    _, rels, _ = summary(text, doc_date)
    assert not any(r[0] == rel_type and actor in (r[1], r[2]) for r in rels)
