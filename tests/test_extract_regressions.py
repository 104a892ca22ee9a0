"""Regression tests, one per construction the extractor got wrong on blind-written text (session 4)."""
import pytest

from tests.extract_helpers import summary


def test_a_partner_of_a_passive_organiser_is_a_partner_and_a_co_organiser():
    # (session 12: the annotations split 6 to 4 on "organisé par X en partenariat avec Y"; the rules count
    # co-organisers "en partenariat avec" as organisers, so Y organises too)
    _, rels, _ = summary("Le forum de l'ESS est organisé par la communauté d'agglomération du Niortais, en partenariat avec la MAIF.")
    assert ("organizes", "Communauté d'agglomération du Niortais", "Forum de l'ESS") in rels
    assert ("organizes", "MAIF", "Forum de l'ESS") in rels
    assert ("partner_of", "Communauté d'agglomération du Niortais", "MAIF") in rels


def test_an_initiative_with_a_partner_still_makes_the_partner_co_organise():
    _, rels, _ = summary("À l'initiative du Département de la Manche, en partenariat avec Coorace Normandie, "
                         "une rencontre « Achats publics et insertion » aura lieu le 3 mars.")
    assert any(r[0] == "organizes" and r[1] == "Coorace Normandie" for r in rels)


def test_the_national_council_of_cress_is_not_a_regional_cress():
    _, _, ents = summary("La journée est organisée par le RTES et le Conseil national des CRESS, avec la CRESS Occitanie.")
    assert sorted(e.name for e in ents.values() if e.type == "Network") == ["CNCRESS", "CRESS Occitanie", "RTES"]


@pytest.mark.parametrize("text, paper", [
    ("La Voix du Bocage\nCaen. Le forum de l'ESS aura lieu samedi.\n© La Voix du Bocage – Mentions légales", "La Voix du Bocage"),
    ("Il l'a raconté à L'Écho de l'Armor la semaine dernière.", "L'Écho de l'Armor"),
    ("Selon La Gazette du Puy-de-Dôme, la coopérative recrute.", "La Gazette du Puy-de-Dôme"),
    ("Interview parue dans Ouest-France le 3 mars.", "Ouest-France"),
])
def test_newspapers_are_organisations(text, paper):
    _, _, ents = summary(text)
    assert ("Organization", paper) in {(e.type, e.name) for e in ents.values()}


@pytest.mark.parametrize("text", [
    "La Semaine de l'ESS se tient à Lyon.",
    "Le vent du sud ouest souffle sur la montagne.",
    "Rendez-vous place de la Libération.",
])
def test_no_newspaper_in_ordinary_words(text):
    _, _, ents = summary(text)
    assert not [e for e in ents.values() if e.type == "Organization"]


def test_a_territorial_france_active_is_an_ess_structure():
    _, _, ents = summary("France Active Bretagne finance les entreprises solidaires, avec le soutien de France Active.")
    types = {e.name: e.type for e in ents.values()}
    assert types.get("France Active Bretagne") == "ESSOrganization" and types.get("France Active") == "Network"


@pytest.mark.parametrize("text, towns", [
    ("Une vingtaine d'habitants de Marmande, Tonneins et Sainte-Bazeille sont venus.", {"Marmande", "Tonneins", "Sainte-Bazeille"}),
    ("Il rassemble douze retours d'expérience, de Figeac à Saint-Dié-des-Vosges.", {"Figeac", "Saint-Dié-des-Vosges"}),
])
def test_small_communes_listed_with_a_known_one(text, towns):
    _, _, ents = summary(text)
    assert towns <= {e.name for e in ents.values() if e.subtype == "Commune"}


def test_a_person_listed_with_a_commune_stays_a_person():
    _, _, ents = summary("Avec Marie Dupont et Lyon, la soirée continue.")
    assert {(e.type, e.name) for e in ents.values()} == {("Person", "Marie Dupont"), ("Collectivite", "Lyon")}


def test_speakers_under_a_programme_heading_without_colon():
    text = ("Séminaire régional des élus pour l'ESS\nVendredi 22 novembre – Caen\n\n"
            "Organisé par la CRESS Normandie, ce séminaire réunit les élus.\n\nDéroulé de la journée\n\n"
            "9h30 – Ouverture\n– Patricia Lemonnier, vice-présidente de la Région Normandie\n\n"
            "10h45 – Table ronde : Mobilités solidaires\n– Yannick Le Goff, conseiller départemental de l'Orne\n")
    _, rels, _ = summary(text, doc_date="2019-11-01")
    parts = {(r[1], r[2]) for r in rels if r[0] == "participates"}
    assert any(p == "Patricia Lemonnier" and e.startswith("Séminaire") for p, e in parts)
    assert any(p == "Yannick Le Goff" and e.startswith("Table ronde") for p, e in parts)


def test_a_heading_line_names_its_event_whole():
    text = "Séminaire régional des élus pour l'ESS en Normandie\nVendredi 22 novembre – Caen\n\nLe séminaire réunit les élus."
    events, _, _ = summary(text, doc_date="2019-11-01")
    assert "Séminaire régional des élus pour l'ESS en Normandie" in events


def test_a_paragraph_opening_with_an_event_keeps_the_short_name():
    text = "Lancement régional du Mois à l'Hôtel de Région, à 18h, en présence de Gérard Moulinet, vice-président du Conseil régional."
    events, _, _ = summary(text, doc_date="2012-10-01")
    assert events and not any("Hôtel" in name for name in events)


def test_deconcentrated_state_services_are_public_bodies():
    _, _, ents = summary("L'atelier est animé par la DIRECCTE Normandie, avec la DREETS Hauts-de-France.")
    assert {(e.type, e.name) for e in ents.values()} >= {("PublicBody", "DIRECCTE Normandie"), ("PublicBody", "DREETS Hauts-de-France")}


def test_a_programme_title_after_a_bar_is_also_named_with_guillemets():
    from loaders.extract import run
    from loaders.extract.output import event_name_variants
    ctx = run("Ateliers (au choix)\n\nAtelier 2 | Commande publique et insertion par l'activité économique\n"
              "Animé par la DIRECCTE Normandie\n", "2019-11-01")
    names = {alt for k, e in ctx.entities.items() if e.type == "Event" for alt in event_name_variants(ctx, k)}
    assert "Atelier 2 « Commande publique et insertion par l'activité économique »" in names, names


def test_the_eurometropole_written_short_is_the_one_named():
    _, rels, _ = summary("L'Eurométropole de Strasbourg vote. Claire Meyer, vice-présidente de l'Eurométropole chargée de l'ESS, présente.")
    assert ("holds_post", "Claire Meyer", "Eurométropole de Strasbourg") in rels
    assert not [r for r in rels if r[2].startswith("Eurométropole chargée")]


@pytest.mark.parametrize("text, rel", [
    # a further post stated with "également"
    ("Les points étaient rapportés par Claire Meyer, vice-présidente de l'Eurométropole de Strasbourg, "
     "qui est également adjointe au maire de Schiltigheim.", ("holds_post", "Claire Meyer", "Schiltigheim")),
    ("L'association Alpes Solidaires gère le lieu. Sa présidente, Josiane Perrichon, est également administratrice "
     "de la CRESS Auvergne-Rhône-Alpes.", ("holds_post", "Josiane Perrichon", "CRESS Auvergne-Rhône-Alpes")),
    # a possessive post goes to the topic of the sentence before, not to its founders
    ("Une convention est conclue avec le PTCE Alpes Solidaires. Ce pôle a été fondé en 2015 par la Scop Mosaïque Bâtiment "
     "et l'association Tremplin Isère. Sa présidente, Josiane Perrichon, a signé.", ("holds_post", "Josiane Perrichon", "Alpes Solidaires")),
    ("Les élus ont voté une convention avec la SCIC Bâtisseurs de Plaine, coopérative fondée en 2017 par l'association "
     "Les Compagnons du Toit. Sa directrice générale, Fatou Camara, est intervenue.", ("holds_post", "Fatou Camara", "Bâtisseurs de Plaine")),
    ("Une convention a été signée avec la Chambre régionale de l'économie sociale et solidaire de Franche-Comté, "
     "dont le président, Bernard Vuillemin, a apposé sa signature.", ("holds_post", "Bernard Vuillemin", "CRESS Franche-Comté")),
    # speakers
    ("Le forum de l'ESS aura lieu le 3 juin à Brest. Y sont annoncés Ronan Kerhervé et Anne Cozic.",
     ("participates", "Anne Cozic", "Forum de l'ESS")),
    ("Le forum de l'ESS aura lieu le 3 juin à Brest. La conférence inaugurale sera donnée par Claire Lévêque.",
     ("participates", "Claire Lévêque", "Conférence inaugurale")),
    ("Le forum de l'ESS aura lieu le 3 juin à Brest. Hannah Kessler, adjointe au maire de Kehl, et Thomas Wendling "
     "en assureront l'ouverture.", ("participates", "Thomas Wendling", "Forum de l'ESS")),
    ("La rencontre régionale du RTES s'est tenue le 3 juin à Amiens. En ouverture, Bastien Carpentier, vice-président "
     "de la Région, a rappelé les enjeux.", ("participates", "Bastien Carpentier", "Rencontre régionale du RTES")),
])
def test_posts_and_speakers_in_more_wordings(text, rel):
    _, rels, _ = summary(text)
    assert rel in rels


def test_coordinated_by_is_no_speech():
    _, rels, _ = summary("L'assemblée générale du RTES s'est tenue le 3 juin. L'équipe, coordonnée par la déléguée générale "
                         "Anne-Laure Federici, prépare le programme.")
    assert not [r for r in rels if r[0] == "participates" and r[1] == "Anne-Laure Federici"]


def test_far_down_an_article_the_event_it_is_about():
    text = ("Pour sa première édition, le Forum métropolitain de l'ESS voit grand, samedi 15 mars à Roubaix.\n\n"
            + "Martine Delcourt connaît bien le sujet. " * 30
            + "\n\nSamedi à 10 heures, l'ouverture officielle sera assurée par Martine Delcourt. Le Forum métropolitain de l'ESS "
              "fermera ses portes dimanche.")
    _, rels, _ = summary(text, doc_date="2014-03-10")
    assert ("participates", "Martine Delcourt", "Forum métropolitain de l'ESS") in rels


def test_labelled_workshops_with_a_dash_title_are_separate_events():
    text = ("Atelier A – Tiers-lieux et revitalisation des centres-bourgs\nAnimé par l'association Lieux Communs 47.\n\n"
            "Atelier B – Achats responsables\nAnimé par Jean-Marc Duprat, chef de service de Bordeaux Métropole.\n\n"
            "Atelier C – Circuits courts et restauration collective\nCo-animé par le Département des Landes et la SCIC Terres de Chalosse.\n")
    events, rels, ents = summary(text, doc_date="2017-10-01")
    assert {"Atelier A « Tiers-lieux et revitalisation des centres-bourgs »", "Atelier B « Achats responsables »",
            "Atelier C « Circuits courts et restauration collective »"} <= set(events)
    assert ("organizes", "Département des Landes", "Atelier C « Circuits courts et restauration collective »") in rels
    assert ("ESSOrganization", "Terres de Chalosse") in {(e.type, e.name) for e in ents.values()}


def test_a_day_offered_by_organisers_under_the_heading_that_names_it():
    text = ("RENCONTRES RÉGIONALES COLLECTIVITÉS & ESS EN NOUVELLE-AQUITAINE\nJeudi 12 octobre 2017 – Bordeaux\n\n"
            "Une journée proposée par la CRESS Nouvelle-Aquitaine et la Région Nouvelle-Aquitaine.\n")
    _, rels, _ = summary(text)
    assert {r[1] for r in rels if r[0] == "organizes"} == {"CRESS Nouvelle-Aquitaine", "Région Nouvelle-Aquitaine"}


@pytest.mark.parametrize("text, org", [
    ("Ils étaient 150 à Metz pour la table ronde « L'ESS, moteur de l'emploi local ? ». Le rendez-vous était organisé "
     "conjointement par l'Eurométropole de Metz et la CRESS Grand Est.", "CRESS Grand Est"),
    ("Coordonné à l'échelle nationale par le Conseil national des CRESS, le Mois de l'ESS 2014 revient.", "CNCRESS"),
    ("Proposé avec l'Avise, ce webinaire « PTCE et collectivités » aura lieu le 3 mars.", "Avise"),
])
def test_organisers_in_more_wordings_session_4(text, org):
    _, rels, _ = summary(text, doc_date="2014-10-01")
    assert any(r[0] == "organizes" and r[1] == org for r in rels), rels


def test_a_town_that_hosts_the_event_taken_up():
    _, rels, _ = summary("Le Forum « Entreprendre autrement » aura lieu le 3 avril. La Ville de Roubaix accueille l'événement dans ses locaux.")
    assert ("participates", "Roubaix", "Forum « Entreprendre autrement »") in rels


def test_collectivites_on_the_bullets_of_a_programme_testify():
    text = ("Webinaire « Collectivités et crise sanitaire »\n\nLe RTES organise un webinaire le mardi 12 mai.\n\nAu programme\n\n"
            "14h35 – Témoignages de collectivités\n• Métropole de Lyon : Jean-Baptiste Roustan, conseiller métropolitain.\n"
            "• Département de la Gironde : Agnès Darrieumerlou, vice-présidente.\n")
    _, rels, _ = summary(text, doc_date="2020-04-28")
    orgs = {r[1] for r in rels if r[0] == "participates"}
    assert {"Métropole de Lyon", "Département de la Gironde"} <= orgs


def test_the_date_line_under_an_event_heading_gives_its_commune():
    text = "Séminaire régional des élus pour l'ESS en Normandie\nVendredi 22 novembre – Caen\n\nLe séminaire réunit les élus."
    _, rels, _ = summary(text, doc_date="2019-11-01")
    assert ("located_in", "Séminaire régional des élus pour l'ESS en Normandie", "Caen") in rels


def test_a_round_table_of_a_day_is_where_the_day_is():
    text = ("Le Forum de l'ESS se tient le jeudi 5 juin 2025 à Aubagne.\n\n"
            "Le public pourra aussi visiter les stands des exposants.\n\n"
            "Une table ronde « Coopérer par-delà les frontières » réunira les élus.")
    _, rels, _ = summary(text, doc_date="2025-05-20")
    assert ("located_in", "Table ronde « Coopérer par-delà les frontières »", "Aubagne") in rels



def test_a_programme_entry_title_stops_before_who_runs_it():
    text = ("Au programme :\n• Atelier 2 – Rejoindre une coopérative d'activité et d'emploi, animé par Tisserands & Cie, "
            "la CAE installée à Tourcoing depuis 2009\n")
    events, rels, ents = summary(text, doc_date="2014-11-01")
    name = "Atelier 2 « Rejoindre une coopérative d'activité et d'emploi »"
    assert name in events and events[name].get("date") != "2009"
    assert ("organizes", "Tisserands & Cie", name) in rels
    assert not [r for r in rels if r[0] == "located_in"]  # where the co-operative is, not where the workshop is
    assert "CAE" not in {e.name for e in ents.values()}


def test_a_workshop_of_a_programme_takes_the_day_of_its_event():
    text = ("RENCONTRES RÉGIONALES DE L'ESS\nJeudi 12 octobre 2017 – Hôtel de Région, Bordeaux\n\nPROGRAMME\n\n"
            "9h00 | Accueil café\n\n" + "10h00 | Plénière d'ouverture avec les élus de la Région.\n\n" * 12 +
            "14h00 | Ateliers\n\nAtelier C – Circuits courts et restauration collective\nCo-animé par le Département des Landes.\n")
    events, _, _ = summary(text)
    assert events["Atelier C « Circuits courts et restauration collective »"].get("date") == "2017-10-12"


def test_a_party_represented_by_its_president_has_him_sign():
    _, rels, _ = summary("La Ville de Poitiers signe une convention de partenariat avec la CRESS Nouvelle-Aquitaine, "
                         "représentée par son président, Bruno Caillaud.")
    assert ("signatory", "Bruno Caillaud", "Convention de partenariat") in rels
    assert ("holds_post", "Bruno Caillaud", "CRESS Nouvelle-Aquitaine") in rels


def test_a_bureau_listed_on_dash_lines_with_plural_titles():
    text = ("La lettre du RTES\nLes adhérents du RTES ont élu leur bureau :\n"
            "– présidente : Nadia Belaïd, vice-présidente de l'Eurométropole de Strasbourg ;\n"
            "– vice-présidents : Pierre Trémolières, conseiller départemental de la Haute-Garonne, et Sarah Oyarzabal, "
            "conseillère communautaire de la Communauté d'agglomération Pays Basque ;\n"
            "– trésorier : Julien Fabre, conseiller municipal de Montreuil.")
    _, rels, _ = summary(text)
    assert {r[1] for r in rels if r[0] == "holds_post" and r[2] == "RTES"} == {
        "Nadia Belaïd", "Pierre Trémolières", "Sarah Oyarzabal", "Julien Fabre"}


def test_the_coming_days_of_an_event_from_a_weekday_range():
    events, _, _ = summary("Les acteurs ont rendez-vous à Aubagne de jeudi à samedi. Pendant trois jours, le théâtre accueillera "
                           "les premières Rencontres méditerranéennes de l'ESS.", doc_date="2024-09-30")
    assert events["Rencontres méditerranéennes de l'ESS"]["date"] == "2024-10-03"


def test_opening_days_are_no_event_day():
    events, _, _ = summary("La ressourcerie est ouverte du lundi au vendredi. Le forum de l'ESS aura lieu le 3 octobre.",
                           doc_date="2024-09-30")
    assert events["Forum de l'ESS"]["date"] == "2024-10-03"


@pytest.mark.parametrize("text, parties", [
    ("Rapport d'activité 2018 de la CRESS Bretagne\n\nLa CRESS Bretagne observe. La CRESS Bretagne promeut.\n\n"
     "Une convention de partenariat a été signée le 17 septembre 2018 avec Brest métropole.",
     {"CRESS Bretagne", "Brest Métropole"}),
    ("Plaine Commune agit. Plaine Commune soutient. Plaine Commune finance.\n\n"
     "Une convention d'objectifs a également été votée avec la SCIC Bâtisseurs de Plaine.",
     {"Plaine Commune", "Bâtisseurs de Plaine"}),
])
def test_an_agreement_passed_with_a_party_on_the_page_of_the_other(text, parties):
    _, rels, _ = summary(text)
    assert {r[1] for r in rels if r[0] == "signatory"} == parties


@pytest.mark.parametrize("text, members, network", [
    ("La CRESS Bretagne observe. La CRESS Bretagne promeut. La CRESS Bretagne accompagne. En 2018, sept nouvelles structures "
     "nous ont rejoints, parmi lesquelles la SCIC Énergies Citoyennes du Trégor et l'association Vélo Utile.",
     {"Énergies Citoyennes du Trégor", "Vélo Utile"}, "CRESS Bretagne"),
    ("La CRESS Rhône-Alpes observe. La CRESS Rhône-Alpes promeut. La CRESS Rhône-Alpes agit. Cinq nouvelles structures ont "
     "par ailleurs été accueillies au sein de la chambre, dont la SCIC Bois Énergie Diois et l'association Les Ateliers du Forez.",
     {"Bois Énergie Diois", "Les Ateliers du Forez"}, "CRESS Rhône-Alpes"),
])
def test_new_members_of_the_network_the_page_speaks_for(text, members, network):
    _, rels, _ = summary(text)
    assert {r[1] for r in rels if r[0] == "member_of" and r[2] == network} == members
