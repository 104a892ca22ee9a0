"""Regression tests, one per construction the extractor got wrong on blind-written text (session 14)."""
import pytest

from tests.extract_helpers import summary


def _rels(text, type_):
    _, rels, _ = summary(text, "2024-05-01")
    return {(a, b) for t, a, b in rels if t == type_}


@pytest.mark.parametrize("text, pairs", [
    ("La Métropole de Lyon est à l'initiative du Club ESS Lyon.", {("Métropole de Lyon", "Club ESS Lyon")}),
    ("La Ville de Lille, initiatrice du Club ESS Lille, réunit ses membres chaque trimestre.", {("Lille", "Club ESS Lille")}),
    ("La CRESS Occitanie et la Région Occitanie ont mis sur pied le Club des financeurs ESS.",
     {("CRESS Occitanie", "Club des financeurs ESS"), ("Région Occitanie", "Club des financeurs ESS")}),
    ("La Métropole de Lyon a impulsé le Club ESS Lyon en 2016.", {("Métropole de Lyon", "Club ESS Lyon")}),
    ("C'est à l'initiative de la Métropole de Lyon qu'est né le Club ESS Lyon.", {("Métropole de Lyon", "Club ESS Lyon")}),
    ("Le Club ESS Lyon est une initiative de la Métropole de Lyon et de la CRESS Auvergne-Rhône-Alpes.",
     {("Métropole de Lyon", "Club ESS Lyon"), ("CRESS Auvergne-Rhône-Alpes", "Club ESS Lyon")}),
    ("L'Union régionale des Scop a donné naissance en 2008 à la SCIC Solid'Arles.", {("Union régionale des Scop", "Solid'Arles")}),
    ("Le RTES a fondé le Club des collectivités pour l'ESS avec l'AMIF.",
     {("RTES", "Club des collectivités pour l'ESS"), ("AMIF", "Club des collectivités pour l'ESS")}),
    ("Fondée en 1985 par la Fédération des Scop, l'association Initiatives Solidaires accompagne les porteurs de projets.",
     {("Fédération des Scop", "Initiatives Solidaires")}),
])
def test_founding_wordings(text, pairs):
    assert pairs <= _rels(text, "founded")


def test_an_event_mounted_together_with_a_partner_founds_nothing():
    # "ont monté l'événement ensemble avec la CRESS": the object is the event, not the CRESS
    assert not _rels("La CIVIS et la CASUD ont monté l'événement ensemble avec la CRESS Réunion.", "founded")


def test_a_pronoun_after_the_founders_is_the_structure_of_the_sentence_before():
    rels = _rels("Le PTCE Trièves Solidaire fédère les acteurs locaux. Fondé en 2011 à l'initiative de la communauté de "
                 "communes du Trièves, il a pour membres fondateurs l'association Trièves Emploi Solidaire.", "founded")
    assert ("Communauté de communes du Trièves", "Trièves Solidaire") in rels
    assert not any(b == "Trièves Emploi Solidaire" for _, b in rels)


@pytest.mark.parametrize("text, pairs", [
    ("La coopérative Enercoop Bretagne est sociétaire de la CRESS Bretagne.", {("Enercoop Bretagne", "CRESS Bretagne")}),
    ("L'Union régionale des Scop Occitanie est membre du conseil d'administration de la CRESS Occitanie.",
     {("Union régionale des Scop Occitanie", "CRESS Occitanie")}),
    ("Nouvelle adhérente du RTES, la Communauté de communes du Thouarsais participe à ses travaux.",
     {("Communauté de communes du Thouarsais", "RTES")}),
    ("La Métropole européenne de Lille est l'un des membres actifs du RTES.", {("Métropole Européenne de Lille", "RTES")}),
    ("Le Département de la Gironde représente les départements au bureau du RTES.", {("Département de la Gironde", "RTES")}),
    ("Les adhérents du RTES, comme la Ville de Grenoble ou Nantes Métropole, se réunissent en juin.",
     {("Grenoble", "RTES"), ("Nantes Métropole", "RTES")}),
    ("Des collectivités membres du RTES, telles que la Ville de Grenoble et Nantes Métropole, ont témoigné.",
     {("Grenoble", "RTES"), ("Nantes Métropole", "RTES")}),
    ("Les membres du RTES : la Ville de Grenoble, Nantes Métropole et la Région Bretagne.",
     {("Grenoble", "RTES"), ("Nantes Métropole", "RTES"), ("Région Bretagne", "RTES")}),
    ("Grâce à son adhésion au RTES, la Ville de Poitiers échange avec d'autres collectivités.", {("Poitiers", "RTES")}),
    ("La Ville de Grenoble et Nantes Métropole, deux collectivités adhérentes du RTES, ont témoigné.",
     {("Grenoble", "RTES"), ("Nantes Métropole", "RTES")}),
    ("Le RTES, auquel adhère la Ville de Grenoble, organise une journée.", {("Grenoble", "RTES")}),
    ("Le RTES, dont font partie la Ville de Grenoble et Nantes Métropole, organise une journée.",
     {("Grenoble", "RTES"), ("Nantes Métropole", "RTES")}),
])
def test_membership_wordings(text, pairs):
    assert pairs <= _rels(text, "member_of")


def test_a_heading_date_line_with_a_venue_apposition_places_the_event():
    text = ("Séminaire régional des élus pour l'ESS\nVendredi 22 novembre – Caen, siège de la Communauté urbaine Caen la Mer\n\n"
            "Le séminaire réunit les élus.")
    assert ("Séminaire régional des élus pour l'ESS", "Caen") in _rels(text, "located_in")


def test_the_subject_after_a_fronted_support_phrase_is_no_sponsor():
    rels = _rels("Avec l'appui de la Banque des Territoires, la CRESS organise le Forum de l'ESS de Lyon.", "sponsors")
    assert rels == {("Banque des Territoires", "Forum de l'ESS de Lyon")}


def test_concours_financier_is_sponsorship():
    assert ("Région Auvergne-Rhône-Alpes", "Forum de l'ESS de Lyon") in _rels(
        "La CRESS organise le Forum de l'ESS de Lyon avec le concours financier de la Région Auvergne-Rhône-Alpes.", "sponsors")


@pytest.mark.parametrize("text, name", [
    ("La Région a financé la Journée de l'ESS à hauteur de 5 000 euros.", "Journée de l'ESS"),
    ("Le Forum de l'ESS à l'occasion du Mois de l'ESS réunit 200 personnes.", "Forum de l'ESS"),
])
def test_an_adverbial_phrase_after_an_event_is_not_part_of_its_name(text, name):
    events, _, _ = summary(text, "2024-05-01")
    assert name in events


@pytest.mark.parametrize("text", [
    "La convention de partenariat liant la Ville de Lyon à la CRESS Auvergne-Rhône-Alpes a été renouvelée.",
    "La Ville de Lyon et la CRESS Auvergne-Rhône-Alpes sont liées par une convention de partenariat depuis 2015.",
    "Signée le 12 mars, la convention de partenariat engage la Ville de Lyon et la CRESS Auvergne-Rhône-Alpes.",
    "La Ville de Lyon a signé avec la CRESS Auvergne-Rhône-Alpes une convention de partenariat pour trois ans.",
])
def test_the_parties_of_a_convention(text):
    assert {("Lyon", "Convention de partenariat"), ("CRESS Auvergne-Rhône-Alpes", "Convention de partenariat")} <= _rels(
        text, "signatory")


@pytest.mark.parametrize("text", [
    "Le RTES et l'Avise ont coédité le guide « Agir pour l'ESS dans les territoires ».",
    "Le RTES a mis en ligne le guide « Agir pour l'ESS dans les territoires ».",
    "Le RTES est l'auteur du guide « Agir pour l'ESS dans les territoires ».",
    "Le guide « Agir pour l'ESS dans les territoires » a été élaboré par le RTES avec l'appui de l'Avise.",
])
def test_publishing_wordings(text):
    assert ("RTES", "Agir pour l'ESS dans les territoires") in _rels(text, "publishes")


@pytest.mark.parametrize("text, event", [
    ("La CRESS Bretagne coordonne le Mois de l'ESS en Bretagne.", "Mois de l'ESS"),
    ("La CRESS Bretagne prépare le Forum de l'ESS du 12 mars.", "Forum de l'ESS"),
    ("Le Forum de l'ESS, orchestré par la CRESS Bretagne, aura lieu le 12 mars.", "Forum de l'ESS"),
    ("La CRESS Bretagne a mis en place un Forum de l'ESS le 12 mars.", "Forum de l'ESS"),
    ("La CRESS Bretagne renouvelle son Forum de l'ESS le 12 mars.", "Forum de l'ESS"),
])
def test_organising_wordings(text, event):
    assert ("CRESS Bretagne", event) in _rels(text, "organizes")


_PROGRAMME = ("Rencontres « ESS et montagne »\nVendredi 22 novembre 2019 – Chambéry\n\n"
              "Dans le cadre du Mois de l'ESS 2019, la CRESS Auvergne-Rhône-Alpes organise avec Grand Chambéry une journée "
              "consacrée aux territoires de montagne.\n\n9 h 15 – Ouverture\nCorinne Vachoux, vice-présidente de Grand Chambéry ; "
              "Bernard Chappaz, conseiller départemental de la Savoie.\n\n10 h 00 – Table ronde « Travailler »\n"
              "Animation : Julie Mermoud, journaliste.\n\n16 h – Clôture\nJean Martin, président de la CRESS.")


def test_speakers_listed_under_an_opening_line_speak_at_the_main_event():
    rels = _rels(_PROGRAMME, "participates")
    for who in ("Corinne Vachoux", "Bernard Chappaz", "Jean Martin"):
        assert (who, "Rencontres « ESS et montagne »") in rels
    assert ("Julie Mermoud", "Table ronde « Travailler »") in rels


def test_a_day_organised_within_the_month_is_the_heading_event_not_the_month():
    rels = _rels(_PROGRAMME, "organizes")
    assert {("CRESS Auvergne-Rhône-Alpes", "Rencontres « ESS et montagne »"),
            ("Grand Chambéry", "Rencontres « ESS et montagne »")} <= rels
    assert not any(b.startswith("Mois de l") for _, b in rels)


@pytest.mark.parametrize("text", [
    "LIMOUX\n\nLa recyclerie a ses murs\n\nIl y avait foule samedi pour l'inauguration de la recyclerie « Le Grenier solidaire ». "
    "La commune de Limoux a soutenu le projet.",
    "Accueil › Actualités\n\nLimoux. La recyclerie a ses murs\n\nIl y avait foule samedi pour l'inauguration de la recyclerie "
    "« Le Grenier solidaire ».",
])
def test_a_local_papers_dateline_places_the_event_it_reports(text):
    rels = _rels(text, "located_in")
    assert any(b == "Limoux" and a.startswith("Inauguration") for a, b in rels)


def test_a_breadcrumb_is_no_dateline_and_a_webinar_is_held_nowhere():
    assert not _rels("Accueil › Actualités › Limoux\n\nLa recyclerie a ses murs\n\nIl y avait foule samedi pour "
                     "l'inauguration de la recyclerie « Le Grenier solidaire ».", "located_in")
    assert not _rels("Limoux. Le réseau se réunit\n\nLe RTES organise un webinaire « Recycler » le 3 mars.", "located_in")


def test_the_organisation_that_welcomes_on_a_programme_line_hosts_the_event():
    rels = _rels("Rencontre du Club ESS\nJeudi 3 mars 2022\n\n9 h 00 – Accueil par Dijon Métropole\n9 h 30 – Table ronde", "participates")
    assert ("Dijon Métropole", "Rencontre du Club ESS") in rels


@pytest.mark.parametrize("text, town", [
    ("« L'ESS, ce n'est pas seulement Roubaix ou Lille, c'est toute la métropole », glisse l'élue.", "Lille"),
    ("Le chantier d'insertion intervient dans les quartiers prioritaires de Chenôve et de Quetigny.", "Chenôve"),
    ("Bagnères-de-Bigorre a adhéré au RTES en 2019.", "Bagnères-de-Bigorre"),
])
def test_towns_named_without_a_cue(text, town):
    _, _, ents = summary(text, "2024-05-01")
    assert town in {e.name for e in ents.values() if e.type == "Collectivite"}


def test_a_town_in_a_short_quoted_title_is_a_topic():
    _, _, ents = summary("Le guide « Lille et Roubaix solidaires » est paru.", "2024-05-01")
    assert "Lille" not in {e.name for e in ents.values() if e.type == "Collectivite"}


def test_a_town_opening_a_sentence_with_an_organisations_predicate_stays_a_town():
    _, rels, ents = summary("Carmaux a adhéré au RTES en 2019.", "2024-05-01")
    assert {e.name: e.type for e in ents.values()}.get("Carmaux") == "Collectivite"
    assert ("member_of", "Carmaux", "RTES") in rels


@pytest.mark.parametrize("text, name, type_", [
    ("La Collectivité Territoriale de Martinique (CTM) signe la convention.", "Collectivité Territoriale de Martinique", "Collectivite"),
    ("Cap Nord y sera représenté par Murielle Ursulet, conseillère communautaire et élue de La Trinité.", "La Trinité",
     "Collectivite"),
    ("La Chambre de commerce et d'industrie de Seine-et-Marne accueille le forum.",
     "Chambre de commerce et d'industrie de Seine-et-Marne", "PublicBody"),
    ("Le Labo de l'ESS publie une note.", "Labo de l'ESS", "Network"),
    ("L'Uriopss Occitanie organise une journée.", "Uriopss Occitanie", "Network"),
])
def test_entity_types(text, name, type_):
    _, _, ents = summary(text, "2024-05-01")
    assert {e.name: e.type for e in ents.values()}.get(name) == type_


@pytest.mark.parametrize("text, parts, whole", [
    ("La Communauté d'agglomération du Boulonnais (CAB) soutient le projet. Le projet s'appuie sur la CAB, qui rassemble "
     "vingt-deux communes parmi lesquelles Outreau, Le Portel et Wimereux.", {"Outreau", "Le Portel", "Wimereux"},
     "Communauté d'agglomération du Boulonnais"),
    ("Mulhouse Alsace Agglomération soutient l'ESS. L'agglomération, qui réunit trente-deux communes, de Mulhouse, sa "
     "ville-centre, à Illzach, Wittenheim et Riedisheim, a adhéré au RTES.", {"Mulhouse", "Illzach", "Riedisheim"},
     "Mulhouse Alsace Agglomération"),
    ("La Communauté de communes du Pays de Craon soutient l'ESS. Les guides sont disponibles dans les mairies de Craon, "
     "Renazé et Cossé-le-Vivien, trois des communes membres.", {"Craon", "Renazé", "Cossé-le-Vivien"},
     "Communauté de communes du Pays de Craon"),
    ("La Communauté d'agglomération Bourges Plus, dont font partie Bourges, Saint-Doulchard et Trouy, soutient le forum.",
     {"Bourges", "Saint-Doulchard", "Trouy"}, "Communauté d'agglomération Bourges Plus"),
    ("La Ville de Naves et la commune de Laguenne-sur-Avalouze, toutes deux membres de Tulle Agglo, ont signé.",
     {"Naves", "Laguenne-sur-Avalouze"}, "Tulle Agglo"),
    ("Dunkerque, Grande-Synthe et Gravelines : trois des communes de la Communauté urbaine de Dunkerque.",
     {"Dunkerque", "Grande-Synthe", "Gravelines"}, "Communauté urbaine de Dunkerque"),
    ("Alès Agglomération soutient l'ESS. L'agglomération, qui compte notamment Alès, La Grand-Combe et "
     "Saint-Christol-lez-Alès parmi ses communes, a signé.", {"Alès", "La Grand-Combe", "Saint-Christol-lez-Alès"},
     "Alès Agglomération"),
    ("La Communauté de communes de Petite Camargue soutient l'ESS, avec Vauvert, sa ville-centre.", {"Vauvert"},
     "Communauté de communes de Petite Camargue"),
])
def test_composition_wordings(text, parts, whole):
    assert {(p, whole) for p in parts} <= _rels(text, "part_of")


@pytest.mark.parametrize("text, iso", [
    ("Territoires solidaires — le magazine de la CRESS\nN° 14, février 2020 — Rubrique « Paroles d'élues »\n\nTexte", "2020-02"),
    ("Camille Vergne\nChargée de mission chez Tulle Agglo | Coopérations territoriales\n12 février 2026 · 🌍\n\nTexte", "2026-02-12"),
    ("Communauté urbaine de Dunkerque — Dunkerque Grand Littoral\nActualités › Économie › 5 décembre 2013\n\nTitre", "2013-12-05"),
])
def test_an_issue_number_a_post_stamp_or_a_breadcrumb_dates_the_document(text, iso):
    from loaders.extract.dates import document_date
    assert document_date(text) == iso


def test_a_second_fronted_membership_after_a_year():
    rels = _rels("Adhérente du RTES depuis 2006 et de l'Assemblée des communautés de France (AdCF), la Communauté urbaine de "
                 "Dunkerque soutient l'ESS.", "member_of")
    assert ("Communauté urbaine de Dunkerque", "RTES") in rels and len(rels) == 2


@pytest.mark.parametrize("text, pair", [
    ("La CRESS Occitanie se réjouit. Alès Agglomération a rejoint la chambre en septembre.", ("Alès Agglomération", "CRESS Occitanie")),
    ("La CRESS Pays de la Loire grandit. La SCIC Coop Douce vient de rejoindre la chambre régionale.",
     ("Coop Douce", "CRESS Pays de la Loire")),
])
def test_joining_the_chamber_is_joining_the_cress_of_the_text(text, pair):
    assert pair in _rels(text, "member_of")


def test_a_year_after_en_is_no_organisation():
    _, _, ents = summary("En 2017, l'association a également rejoint la CRESS Bourgogne-Franche-Comté.", "2024-05-01")
    assert not any("2017" in e.name for e in ents.values())


def test_the_pays_named_after_its_communaute_de_communes_is_that_epci():
    _, rels, ents = summary("La Communauté de communes du Pays de Craon soutient l'ESS. Le Pays de Craon est adhérent du RTES.",
                            "2024-05-01")
    assert ("member_of", "Communauté de communes du Pays de Craon", "RTES") in rels
    assert "Pays de Craon" not in {e.name for e in ents.values()}


@pytest.mark.parametrize("text, pair", [
    ("Le Forum départemental de l'insertion et de l'ESS se tiendra le 5 juin à l'espace Maurice-Rollinat de Vierzon.",
     ("Forum départemental de l'insertion et de l'ESS", "Vierzon")),
    ("L'atelier « Créer une SCIC » aura lieu le 3 mars à la pépinière d'entreprises de Renazé.", ("Atelier « Créer une SCIC »", "Renazé")),
    ("Le Forum de l'ESS du Boulonnais aura lieu le 18 novembre. Il se tiendra de 9 h à 17 h à l'espace Faidherbe de "
     "Boulogne-sur-Mer.", ("Forum de l'ESS du Boulonnais", "Boulogne-sur-Mer")),
])
def test_a_venue_of_a_commune_places_the_event(text, pair):
    assert pair in _rels(text, "located_in")


def test_organisers_listed_before_cette_rencontre_organise_the_meeting_named_before():
    rels = _rels("La Rencontre « ESS et emploi des jeunes » aura lieu le 14 juin. Le conseil d'administration du RTES s'est réuni "
                 "le 30 mai.\n\nCo-organisée par le RTES et la CRESS Alsace, cette rencontre réunira des élus.", "organizes")
    assert {("RTES", "Rencontre « ESS et emploi des jeunes »"), ("CRESS Alsace", "Rencontre « ESS et emploi des jeunes »")} <= rels


def test_an_agenda_heading_that_is_only_a_quoted_title_names_the_event_the_paragraph_calls_by_its_kind():
    events, rels, _ = summary("AGENDA\n\n« ESS et emploi des jeunes : que peuvent les intercommunalités ? » — Mulhouse, jeudi 14 juin\n\n"
                              "Co-organisée par le RTES et la CRESS Alsace, cette rencontre se tiendra à Mulhouse.", "2012-06-01")
    name = "Rencontre « ESS et emploi des jeunes : que peuvent les intercommunalités ? »"
    assert events.get(name, {}).get("date") == "2012-06-14"
    assert ("organizes", "RTES", name) in rels


@pytest.mark.parametrize("text, pair", [
    ("Le Forum de l'ESS du Boulonnais aura lieu le 18 novembre. Les échanges seront menés par Marc Delplanque, journaliste.",
     ("Marc Delplanque", "Forum de l'ESS du Boulonnais")),
    ("L'inauguration de La Marée solidaire a eu lieu samedi. Sandrine Vasseur, conseillère régionale des Hauts-de-France, "
     "avait fait la route.", ("Sandrine Vasseur", "Inauguration de La Marée solidaire")),
    ("La Rencontre « ESS et jeunes » aura lieu le 14 juin.\n14 h – Conclusions par Hélène Schaller, conseillère régionale "
     "d'Alsace.", ("Hélène Schaller", "Rencontre « ESS et jeunes »")),
    ("La commission permanente du 27 mars 2014 a adopté le rapport. Le secrétariat de séance était assuré par Nadine Pelletier.",
     ("Nadine Pelletier", "Commission permanente du 27 mars 2014")),
])
def test_participation_wordings(text, pair):
    assert pair in _rels(text, "participates")


@pytest.mark.parametrize("text, triple", [
    ("La convention a été signée le 3 mars. Patrick Sainte-Rose l'a signée au nom de la CRESS Martinique, qu'il préside "
     "depuis 2021.", ("Patrick Sainte-Rose", "CRESS Martinique", "président")),
    ("L'association Atelier Loire et Forges emploie 30 salariés. Elle est présidée depuis 2015 par Jacques Perrot.",
     ("Jacques Perrot", "Atelier Loire et Forges", "président")),
    ("L'association Les Ateliers du Val emploie 30 salariés. La direction est assurée par Sylvie Gauthier.",
     ("Sylvie Gauthier", "Les Ateliers du Val", "directrice")),
])
def test_who_heads_a_structure_told_by_a_pronoun_or_a_relative(text, triple):
    from loaders.extract import run
    ctx = run(text, "2024-05-01")
    nm = {k: e.name for k, e in ctx.entities.items()}
    assert triple in {(nm[r.source], nm[r.target], r.role) for r in ctx.rels if r.type == "holds_post"}
