"""General rules added from new phrasings: agenda entries, organisers before or after the
event, coordinated subjects, venues that are not events, dates without a year."""
import pytest

from loaders.extract import run
from tests.extract_helpers import summary
from loaders.extract.dates import find_dates


@pytest.fixture(scope="module", autouse=True)
def _model():
    run("Chauffe.")


def test_agenda_heading_gives_date_and_place_to_the_event_below():
    events, rels, _ = summary(
        "Agenda de l'automne\n\n"
        "▸ Mercredi 8 octobre, 9h – Lyon\n"
        "Atelier « Financer une recyclerie », salle Molière. Un temps d'échange proposé par le RTES.\n\n"
        "▸ Jeudi 16/10 – Nantes\n"
        "Webinaire « Les achats responsables », en ligne.\n", "2025-09-01")
    atelier = next(n for n in events if n.startswith("Atelier"))
    assert events[atelier]["date"] == "2025-10-08"
    assert ("located_in", atelier, "Lyon") in rels
    assert ("organizes", "RTES", atelier) in rels
    web = next(n for n in events if n.startswith("Webinaire"))
    assert events[web]["date"] == "2025-10-16"
    assert ("located_in", web, "Nantes") in rels


def test_organiser_named_before_the_event():
    events, rels, _ = summary(
        "Coordonné en région par la CRESS Bretagne, le Mois de l'ESS 2024 propose deux cents rendez-vous.")
    assert ("organizes", "CRESS Bretagne", "Mois de l'ESS 2024") in rels


def test_every_coordinated_subject_organises():
    events, rels, _ = summary(
        "France urbaine et le RTES proposent un webinaire « Budgets locaux et ESS » le 3 juin 2021.")
    web = next(n for n in events if n.startswith("Webinaire"))
    assert ("organizes", "France urbaine", web) in rels
    assert ("organizes", "RTES", web) in rels


def test_conference_centre_is_a_venue_not_an_event():
    events, _, _ = summary(
        "Le Salon régional de l'achat responsable se tient au centre de congrès Pierre-Baudis, à Toulouse, "
        "le 16 novembre 2023.")
    assert not any(n.lower().startswith("congrès") for n in events)


def test_year_less_mois_de_l_ess_joins_the_edition_named():
    events, _, _ = summary("Mois de l'ESS\n\nMois de l'ESS 2023 : nos rendez-vous à ne pas manquer\n\n"
                           "Le Mois de l'ESS revient en novembre.")
    assert list(events) == ["Mois de l'ESS 2023"]


def test_day_month_numbers_and_month_only_dates():
    assert [d.resolve(2019) for d in find_dates("le forum du 12/03 à Marseille")] == ["2019-03-12"]
    assert [d.resolve(2023) for d in find_dates("Jeudi 23/11 – Albi")] == ["2023-11-23"]
    assert [d.resolve(2023) for d in find_dates("date à préciser, courant novembre")] == ["2023-11"]
    assert find_dates("la moitié (1/2) des votants") == []


def test_epci_names_in_lower_case_or_with_the_town_article():
    _, rels, ents = summary(
        "Marie Le Goff, vice-présidente de Brest métropole, et Paul Roche, conseiller communautaire de "
        "Le Mans Métropole, ont signé. La communauté de communes du Pays des Abers suit.")
    colls = {e.name: e.subtype for e in ents.values() if e.type == "Collectivite"}
    assert any("Brest" in n and s == "EPCI" for n, s in colls.items())
    assert any("Le Mans Métropole" in n and s == "EPCI" for n, s in colls.items())
    assert any("Pays des Abers" in n and s == "EPCI" for n, s in colls.items())


def test_quoted_charter_title_is_a_convention():
    _, _, ents = summary("Le Pôle métropolitain du Pays de Brest a présenté sa « Charte pour des achats "
                         "publics responsables », signée par Brest métropole.")
    assert "Charte pour des achats publics responsables" in {e.name for e in ents.values() if e.type == "Convention"}
    assert any(e.type == "Collectivite" and e.name == "Pôle métropolitain du Pays de Brest" for e in ents.values())


def test_posts_respectively_with_the_organisation_after_the_last_post():
    _, rels, _ = summary(
        "L'association Vélo Partage a signé la convention. Ont signé : Léa Martin et Hugo Petit, respectivement "
        "présidente et trésorier de l'association.")
    assert ("holds_post", "Léa Martin", "Vélo Partage") in rels
    assert ("holds_post", "Hugo Petit", "Vélo Partage") in rels


def test_signers_listed_after_ont_signe():
    _, rels, ents = summary(
        "Une convention de partenariat a été signée le 3 mai 2022 entre la Ville de Dole et l'association Roue Libre. "
        "Ont signé : Anne Morel, adjointe au maire de Dole ; Marc Blanc, président de l'association.")
    conv = next(e.name for e in ents.values() if e.type == "Convention")
    assert ("signatory", "Anne Morel", conv) in rels
    assert ("signatory", "Marc Blanc", conv) in rels


def test_elected_to_the_presidency_and_past_president():
    _, rels, _ = summary(
        "Le RTES publie sa lettre et le RTES informe. À l'issue de son assemblée générale, le RTES a élu Marie Dubois à sa présidence. "
        "Vice-présidente de Rennes Métropole, elle succède à Paul Girard, qui présidait le réseau depuis 2015.")
    assert ("holds_post", "Marie Dubois", "RTES") in rels
    assert ("holds_post", "Marie Dubois", "Rennes Métropole") in rels
    assert ("holds_post", "Paul Girard", "RTES") in rels
    assert any(t == "organizes" and a == "RTES" for t, a, _b in rels)


def test_staff_posts_of_the_network_and_contact_lines():
    _, rels, _ = summary(
        "Le RTES lance un cycle. Le RTES vous attend. Le RTES écoute. Les échanges seront animés par Léa Roux, déléguée générale du réseau.\n"
        "Contacts presse\nCRESS Bretagne – Yves Le Gall, responsable communication – 02 00 00 00 00\n")
    assert ("holds_post", "Léa Roux", "RTES") in rels
    assert ("holds_post", "Yves Le Gall", "CRESS Bretagne") in rels


def test_role_ending_in_des_is_not_cut():
    _, _, _ = summary("x")
    ctx = run("La note a été rédigée par Lucie Bréhat, chargée d'études à la CRESS Bretagne.")
    roles = [r.role for r in ctx.rels if r.type == "holds_post"]
    assert roles == ["chargée d'études"]


def test_members_listed_after_a_colon_and_the_association_as_subject():
    _, rels, _ = summary(
        "Trois nouvelles collectivités ont rejoint le RTES ce trimestre : la Ville de Brest, le Conseil départemental "
        "du Gers et Nantes Métropole.")
    members = {a for t, a, b in rels if t == "member_of" and b == "RTES"}
    assert {"Brest", "Nantes Métropole"} <= members and any("Gers" in m for m in members)
    _, rels, _ = summary(
        "L'association Roue Libre anime un atelier. Créée en 2017, l'association est membre de L'Heureux Cyclage, "
        "le réseau des ateliers vélo.")
    assert ("member_of", "Roue Libre", "L'Heureux Cyclage") in rels


def test_participle_clause_is_not_an_organisation():
    _, _, ents = summary("Fondée en 2012, l'association accompagne les jeunes.")
    assert not any(e.name.startswith("Fondée") for e in ents.values())


def test_bulleted_round_tables_are_events_with_their_speakers():
    events, rels, _ = summary(
        "Le Forum départemental de l'ESS se tiendra le jeudi 17 octobre 2013 à Tarbes.\n\n"
        "Deux tables rondes rythmeront la matinée :\n"
        "– « Les associations face à la crise », modérée par Paul Durand, journaliste ;\n"
        "– « Coopératives de montagne », avec les interventions de Jeanne Roux, présidente de la coopérative Lait 65.\n")
    tr = {n for n in events if n.startswith("Table ronde")}
    assert tr == {"Table ronde « Les associations face à la crise »", "Table ronde « Coopératives de montagne »"}
    assert ("participates", "Paul Durand", "Table ronde « Les associations face à la crise »") in rels
    assert ("participates", "Jeanne Roux", "Table ronde « Coopératives de montagne »") in rels
    assert ("located_in", "Table ronde « Coopératives de montagne »", "Tarbes") in rels


def test_first_edition_written_two_ways_is_one_event():
    events, _, _ = summary("1er Forum de l'ESS de Tarbes\n\nLe premier Forum de l'ESS de Tarbes aura lieu le 3 mai 2013.")
    assert len(events) == 1


def test_speakers_listed_after_interviendront():
    events, rels, _ = summary(
        "Le RTES vous invite à son webinaire « Achats responsables », mardi 5 avril 2022.\n\n"
        "Interviendront :\n- Julie Morin, directrice de la commande publique à la Ville de Poitiers ;\n"
        "- Marc Lefort, élu à la Ville de Besançon.\n")
    web = next(iter(events))
    assert ("participates", "Julie Morin", web) in rels and ("participates", "Marc Lefort", web) in rels


def test_publications_announced_by_title_lines_and_anaphora():
    _, rels, ents = summary(
        "VIENT DE PARAÎTRE\n« Les monnaies locales et les communes »\n"
        "Cette note de 12 pages, réalisée par le RTES avec le soutien de la Caisse des Dépôts, présente cinq cas.\n")
    pub = "Les monnaies locales et les communes"
    assert pub in {e.name for e in ents.values() if e.type == "Publication"}
    assert ("publishes", "RTES", pub) in rels
    assert any(t == "sponsors" and b == pub for t, _a, b in rels)


def test_coedited_notes_and_titles_after_a_comma():
    _, rels, ents = summary(
        "La CRESS Bretagne diffuse aussi une note de conjoncture, « L'emploi dans l'ESS en 2024 », et la "
        "« Fiche ESS – Rennes Métropole ». Le RTES cite la note « Ce que l'ESS apporte », co-éditée en 2023 par "
        "la CRESS Bretagne et l'Université Rennes 2.")
    pubs = {e.name for e in ents.values() if e.type == "Publication"}
    assert {"L'emploi dans l'ESS en 2024", "Fiche ESS – Rennes Métropole", "Ce que l'ESS apporte"} <= pubs
    assert ("publishes", "CRESS Bretagne", "L'emploi dans l'ESS en 2024") in rels
    assert ("publishes", "CRESS Bretagne", "Fiche ESS – Rennes Métropole") in rels
    assert ("publishes", "CRESS Bretagne", "Ce que l'ESS apporte") in rels


def test_joint_press_release_with_a_title():
    _, rels, ents = summary("Le RTES et la CRESS Normandie publient un communiqué commun intitulé « Sauver les budgets ».")
    assert ("publishes", "RTES", "Sauver les budgets") in rels


def test_partners_line_sponsors_the_event_of_the_page():
    _, rels, _ = summary(
        "La Ville de Lyon organise son Forum de l'ESS le jeudi 22 novembre 2018.\n\n"
        "Partenaires de l'événement : Métropole de Lyon, CRESS Auvergne-Rhône-Alpes, Crédit Coopératif.")
    spons = {a for t, a, b in rels if t == "sponsors"}
    assert {"Métropole de Lyon", "CRESS Auvergne-Rhône-Alpes", "Crédit Coopératif"} <= spons


def test_names_do_not_cross_lines_and_cue_words_stay_in_names():
    _, _, ents = summary("Ville de Villeurbanne\nVous êtes ici : Accueil\n\nLa Ressourcerie du Tonkin expose au forum.")
    names = {e.name for e in ents.values()}
    assert "Villeurbanne" in names and not any("\n" in n for n in names)
    assert "Ressourcerie du Tonkin" in names


def test_opening_speakers_and_a_second_complement_after_the_post():
    events, rels, _ = summary(
        "La Ville de Lyon organise le Forum de l'ESS le 3 mai 2019.\n\n9h30 – Ouverture par Marie Roux, adjointe au maire.\n"
        "Témoignages de Léa Amrani, fondatrice de Talents Partagés, et de l'association Rhône Emploi.")
    assert ("participates", "Marie Roux", "Forum de l'ESS") in rels
    assert ("holds_post", "Léa Amrani", "Talents Partagés") in rels


@pytest.mark.parametrize("text, member", [
    ("Bienvenue aux nouveaux adhérents du RTES : la Ville de Lille et Rennes Métropole.", "Rennes Métropole"),
    ("Le RTES compte deux nouveaux membres : la Ville de Lille et Rennes Métropole.", "Rennes Métropole"),
    ("La Ville de Brest rejoint le RTES.", "Brest"),
    ("Rennes Métropole, nouvel adhérent du RTES, présente sa politique.", "Rennes Métropole"),
    ("Brest, membre du RTES depuis 2010, accueille la rencontre.", "Brest"),
    ("Nantes Métropole et la Ville de Grenoble ont adhéré au RTES en 2023.", "Nantes Métropole"),
])
def test_membership_phrasings(text, member):
    _, rels, ents = summary(text)
    assert ("member_of", member, "RTES") in rels
    assert "Métropole de Grenoble" not in {e.name for e in ents.values()}


def test_framework_agreements_and_their_signers():
    _, rels, ents = summary(
        "La Région Nouvelle-Aquitaine et la CRESS Nouvelle-Aquitaine ont signé un accord-cadre le 12 avril 2017. "
        "L'accord-cadre est signé par Alain Roux, président de la Région Nouvelle-Aquitaine, et par Lucie Dupont, "
        "présidente de la CRESS.")
    conv = next(e.name for e in ents.values() if e.type == "Convention")
    for who in ("Région Nouvelle-Aquitaine", "CRESS Nouvelle-Aquitaine", "Alain Roux", "Lucie Dupont"):
        assert ("signatory", who, conv) in rels
    _, rels, ents = summary("La Région Bretagne a signé avec la CRESS Bretagne une convention d'objectifs pour 2023-2025.")
    conv = next(e.name for e in ents.values() if e.type == "Convention")
    assert ("signatory", "CRESS Bretagne", conv) in rels and ("signatory", "Région Bretagne", conv) in rels


def test_organisers_in_a_leading_participle_clause_and_participants_who_will_attend():
    _, rels, ents = summary(
        "Organisée par la CRESS Bretagne et la Région Bretagne, la Journée régionale de l'ESS aura lieu le "
        "5 juin 2023 à Rennes. Paul Martin, maire de Vitré, participera à la journée.")
    assert ("organizes", "CRESS Bretagne", "Journée régionale de l'ESS") in rels
    assert ("organizes", "Région Bretagne", "Journée régionale de l'ESS") in rels
    assert ("participates", "Paul Martin", "Journée régionale de l'ESS") in rels
    assert not any(e.type != "Event" and e.name.startswith("Journée") for e in ents.values())


def test_year_less_first_day_takes_the_year_of_the_second():
    assert [d.resolve(None) for d in find_dates("le 30 novembre et le 1er décembre 2022")] == ["2022-11-30", "2022-12-01"]
    assert [d.resolve(2023) for d in find_dates("en octobre prochain")] == ["2023-10"]


def test_acronym_used_without_parentheses_is_an_alias():
    _, rels, ents = summary(
        "La Métropole Européenne de Lille et la CRESS Hauts-de-France organisent le Salon Tremplin ESS le 11 juin 2015. "
        "Martine Roux, vice-présidente de la MEL, ouvrira le salon.")
    mel = next(e for e in ents.values() if e.name.startswith("Métropole"))
    assert "MEL" in mel.surfaces
    assert ("holds_post", "Martine Roux", mel.name) in rels
    assert ("organizes", mel.name, "Salon Tremplin ESS") in rels
    assert ("organizes", "CRESS Hauts-de-France", "Salon Tremplin ESS") in rels


def test_grand_x_intercommunality_named_without_legal_form():
    _, rels, ents = summary("Le RTES organise sa première université d'été, co-organisée avec Grand Poitiers, le 3 juillet 2014.")
    gp = [e for e in ents.values() if "Grand Poitiers" in e.surfaces]
    assert gp and gp[0].type == "Collectivite" and gp[0].subtype == "EPCI"


def test_founding_members_found_and_join_the_club():
    _, rels, _ = summary(
        "Le Club ESS de Melun est lancé. À l'origine du club, la Ville de Melun et deux membres fondateurs : "
        "la coopérative Coop'Brie et l'association Brie Insertion.")
    assert ("founded", "Melun", "Club ESS de Melun") in rels
    assert ("founded", "Coop'Brie", "Club ESS de Melun") in rels
    assert ("member_of", "Brie Insertion", "Club ESS de Melun") in rels


def test_organised_in_partnership_gives_co_organisers_and_partners():
    _, rels, _ = summary(
        "À l'initiative du Département des Landes, le Forum de l'ESS se tiendra le 17 octobre 2013 à Dax. "
        "Il est organisé en partenariat avec le Grand Dax et France Active Aquitaine.")
    assert ("organizes", "Département des Landes", "Forum de l'ESS") in rels
    assert ("organizes", "France Active Aquitaine", "Forum de l'ESS") in rels
    assert ("partner_of", "Département des Landes", "France Active Aquitaine") in rels


def test_commune_after_au_is_a_place_not_an_organiser():
    _, rels, ents = summary(
        "La CRESS Auvergne-Rhône-Alpes accueille le mardi 26 mars 2024 une journée « ESS et ruralité », co-organisée "
        "avec la CRESS Bretagne, au Puy-en-Velay. Les Rencontres de l'achat responsable ont lieu à Nantes. "
        "Elles sont proposées par la CRESS Pays de la Loire.")
    assert "Le Puy-en-Velay" in {e.name for e in ents.values() if e.type == "Collectivite"}
    assert not any(t == "organizes" and a == "Le Puy-en-Velay" for t, a, _b in rels)
    assert any(t == "located_in" and b == "Le Puy-en-Velay" for t, _a, b in rels)
    assert ("organizes", "CRESS Pays de la Loire", "Rencontres de l'achat responsable") in rels
