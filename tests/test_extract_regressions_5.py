"""Regression tests, one per construction the extractor got wrong on blind-written text (session 5)."""
import pytest

from tests.extract_helpers import summary


def test_a_closing_support_line_sponsors_the_page_event_not_the_last_session():
    _, rels, _ = summary("Rencontre nationale « ESS et territoires ruraux » – du 12 au 14 juin 2025, Figeac\n\n"
                         "Le RTES organise sa rencontre nationale « ESS et territoires ruraux » à Figeac.\n\n"
                         "Samedi 14 juin – Plénière de clôture modérée par Anne Dupuis.\n\n"
                         "Avec le soutien de l'Agence nationale de la cohésion des territoires.")
    sponsored = {r[2] for r in rels if r[0] == "sponsors"}
    assert sponsored == {"Rencontre nationale « ESS et territoires ruraux »"}


@pytest.mark.parametrize("text", [
    "Après-midi : trois ateliers au choix\n1. « Créer son activité en coopérative », animé par la coopérative Coop Alpes.\n"
    "2. « Épargne solidaire », animé par l'association Cigales Isère.\n",
    "Deux ateliers l'après-midi\n\n- « Créer son activité en coopérative », animé par la coopérative Coop Alpes ;\n"
    "- « Épargne solidaire », animé par l'association Cigales Isère.\n",
    "L'après-midi sera consacrée à deux ateliers pratiques : « Créer son activité en coopérative », animé par la coopérative "
    "Coop Alpes ; enfin « Épargne solidaire », proposé par l'association Cigales Isère.",
])
def test_workshops_announced_then_listed_by_title(text):
    events, rels, _ = summary(text)
    assert {"Atelier « Créer son activité en coopérative »", "Atelier « Épargne solidaire »"} <= set(events)
    assert ("organizes", "Cigales Isère", "Atelier « Épargne solidaire »") in rels


def test_a_single_quoted_line_under_a_plain_sentence_is_not_a_workshop():
    events, _, _ = summary("Nous avons organisé des ateliers tout au long de l'année.\n« Une réussite », dit la présidente.")
    assert not any(name.startswith("Atelier") for name in events)


def _event_names(text, doc_date=None):
    """Every name an event is given in the evaluation output: canonical name and variants."""
    from loaders.extract import run
    from loaders.extract.output import event_name_variants
    ctx = run(text, doc_date)
    return {k: {e.name, *event_name_variants(ctx, k)} for k, e in ctx.entities.items() if e.mentions and e.type == "Event"}


def test_an_event_described_by_what_it_is_devoted_to_keeps_that_description_as_a_name():
    names = _event_names("Les Rencontres tarnaises ont lieu à Albi. La table ronde consacrée aux circuits courts, animée par "
                         "Claire Dumas, a réuni quarante personnes.")
    assert any("table ronde consacrée aux circuits courts" in {n.lower() for n in ns} for ns in names.values())


def test_a_plural_ordinal_names_the_edition():
    events, _, _ = summary("La salle affichait complet mardi 25 novembre pour la remise des sixièmes Trophées lorrains de "
                           "l'économie sociale et solidaire, à Nancy.", doc_date="2014-11-26")
    assert any(name.startswith("Sixièmes Trophées lorrains") for name in events)


def test_a_quotation_after_an_event_name_is_not_its_title():
    events, _, _ = summary("Ces Trophées « montrent que l'ESS n'est pas une économie de la réparation », a dit la présidente "
                           "des Trophées lorrains de l'économie sociale et solidaire.")
    assert not any("montrent" in name for name in events)


def test_an_event_named_with_a_long_form_and_acronym_is_also_named_with_the_acronym():
    names = _event_names("Le 4 juin, la salle polyvalente d'Eurre accueille le lancement officiel du pôle territorial de "
                         "coopération économique (PTCE) Val de Drôme Coopère.", doc_date="2015-06-01")
    assert any("Lancement officiel du PTCE Val de Drôme Coopère" in ns for ns in names.values())


@pytest.mark.parametrize("text, laureates", [
    ("La remise des Trophées lorrains de l'ESS a eu lieu mardi à Nancy. Le prix de l'emploi a été attribué à la Scop "
     "Ferronnerie du Saintois ; celui du public à la crèche parentale Les Lucioles. Le prix de l'environnement est allé à la "
     "ressourcerie Récup'Toul.", {"Ferronnerie du Saintois", "Les Lucioles", "Récup'Toul"}),
    ("La soirée de remise des prix s'est tenue jeudi à Lyon.\n\nParmi les lauréats :\n– l'épicerie coopérative La Bonne Graine, "
     "à Villeurbanne ;\n– l'association Cycl'Avenir, à Vaulx-en-Velin.\n", {"La Bonne Graine", "Cycl'Avenir"}),
])
def test_laureates_take_part_in_the_prize_giving(text, laureates):
    _, rels, _ = summary(text)
    assert {r[1] for r in rels if r[0] == "participates"} >= laureates


def test_a_body_represented_at_an_event_takes_part_but_not_one_represented_in_an_apposition():
    _, rels, _ = summary("Le troisième Forum de l'ESS de l'Arrageois s'est tenu jeudi à Arras. La Région Nord-Pas de Calais "
                         "était représentée par Annick Delporte, qui a ouvert le forum.")
    assert any(r[0] == "participates" and r[1] == "Région Nord-Pas-de-Calais" for r in rels)
    _, rels, _ = summary("La convention a été signée à Lyon par la Région Rhône-Alpes, représentée par Jean Vial.")
    assert not any(r[0] == "participates" for r in rels)


def test_board_posts_named_without_their_organisation_are_held_in_the_network_the_page_speaks_for():
    _, rels, _ = summary("La CRESS Bretagne a tenu son assemblée générale à Saint-Brieuc. La CRESS Bretagne compte 300 adhérents. "
                         "La CRESS Bretagne a renouvelé son bureau : Gwenaëlle Kerhervé, présidente ; Paul Jaouen, trésorier ; "
                         "Morgane Tanguy, secrétaire. Yannick Le Gall, président sortant, a présenté le rapport moral.")
    assert {r[1] for r in rels if r[0] == "holds_post" and r[2] == "CRESS Bretagne"} == {
        "Gwenaëlle Kerhervé", "Paul Jaouen", "Morgane Tanguy", "Yannick Le Gall"}


@pytest.mark.parametrize("text", [
    "Le RTES accueille de nouveaux membres. La Ville de Quimper et le Département du Gers ont officialisé leur engagement "
    "au sein du réseau. Le RTES compte 150 membres.",
    "Le RTES grandit. Deux nouvelles collectivités ont officialisé leur adhésion lors du dernier conseil d'administration : "
    "la Ville de Quimper et le Département du Gers. Le RTES agit.",
])
def test_collectivites_that_made_their_membership_official(text):
    _, rels, _ = summary(text)
    assert {(r[1], r[2]) for r in rels if r[0] == "member_of"} == {("Quimper", "RTES"), ("Département du Gers", "RTES")}


def test_an_associate_member_is_a_member():
    _, rels, _ = summary("La Métropole Européenne de Lille, membre associé de la CRESS Hauts-de-France, a présenté son plan.")
    assert ("member_of", "Métropole Européenne de Lille", "CRESS Hauts-de-France") in rels


@pytest.mark.parametrize("text, parties", [
    ("La présidente a rappelé la convention d'objectifs 2016-2018 qui lie la CRESS Bretagne, la Région Bretagne et l'État.",
     {"CRESS Bretagne", "Région Bretagne", "État"}),
    ("La préfète a signé la convention d'agrément qui lie la CRESS Hauts-de-France à l'État.", {"CRESS Hauts-de-France", "État"}),
    ("La CRESS Hauts-de-France et la Région Hauts-de-France ont d'abord renouvelé leur convention de partenariat pour 2024-2026.",
     {"CRESS Hauts-de-France", "Région Hauts-de-France"}),
])
def test_the_parties_an_agreement_binds(text, parties):
    _, rels, _ = summary(text)
    assert {r[1] for r in rels if r[0] == "signatory"} == parties


@pytest.mark.parametrize("text, founders, club", [
    ("Le Club ESS des collectivités de Bourgogne-Franche-Comté, lancé l'an dernier par la CRESS Bourgogne-Franche-Comté et "
     "le RTES, se réunit à Dijon.", {"CRESS Bourgogne-Franche-Comté", "RTES"}, "Club ESS des collectivités de Bourgogne-Franche-Comté"),
    ("Le Club des entrepreneurs solidaires de la Métropole, créé en 2020 par la Métropole Rouen Normandie et la CRESS Normandie, "
     "compte 40 membres.", {"Métropole Rouen Normandie", "CRESS Normandie"}, "Club des entrepreneurs solidaires de la Métropole"),
    ("La légumerie de la SCIC Terres d'Albigeois a ouvert. Créée à l'initiative de l'association Le Chemin des Cardabelles, la "
     "coopérative compte parmi ses sociétaires fondateurs la commune de Saint-Juéry.", {"Le Chemin des Cardabelles", "Saint-Juéry"},
     "Terres d'Albigeois"),
])
def test_founders_named_after_when_and_by_whom(text, founders, club):
    _, rels, _ = summary(text)
    assert {r[1] for r in rels if r[0] == "founded" and r[2] == club} == founders


@pytest.mark.parametrize("text", [
    "FORUM « FAIRE TERRITOIRE AVEC L'ESS »\nMardi 21 novembre 2023 – 9h00 / 17h00\nUniversité Paris 8 – Saint-Denis\n\n"
    "Un forum organisé par Plaine Commune.",
    "Rencontres régionales de l'ESS en Occitanie – « Coopérer pour l'emploi »\nMardi 26 novembre 2024 – 9h00-17h00\n"
    "Hôtel de Région, Saint-Denis\n\nLa CRESS Occitanie organise ses rencontres.",
])
def test_the_venue_line_under_a_heading_and_its_date_line_places_the_event(text):
    _, rels, _ = summary(text)
    assert any(r[0] == "located_in" and r[2] == "Saint-Denis" for r in rels)


def test_programme_labels_and_prize_givers_are_speakers():
    _, rels, _ = summary("Plénière de clôture « Quelle place pour l'ESS ? »\nGrand témoin : Hélène Marquet, maîtresse de conférences.\n"
                         "Conclusion : Sandrine Olivetti, vice-présidente du Département de la Seine-Saint-Denis.\n")
    assert {r[1] for r in rels if r[0] == "participates"} >= {"Hélène Marquet", "Sandrine Olivetti"}
    _, rels, _ = summary("La cérémonie régionale des Prix de l'ESS s'est tenue à Toulouse. Les prix ont été remis par Jean-Luc Cabrol.")
    assert any(r[0] == "participates" and r[1] == "Jean-Luc Cabrol" for r in rels)


def _publications(text):
    _, _, ents = summary(text)
    return {e.name for e in ents.values() if e.type == "Publication"}


@pytest.mark.parametrize("text, title", [
    ("Le Département publie à cette occasion « Acheter solidaire en Meurthe-et-Moselle », un guide pratique de 24 pages.",
     "Acheter solidaire en Meurthe-et-Moselle"),
    ("Les curieux pourront se procurer « Ker Avel, trois ans de chantier », un livret de quarante pages.",
     "Ker Avel, trois ans de chantier"),
    ("PUBLICATIONS\n\n• « Coopérer avec les associations : 10 leviers pour les collectivités » – ce nouveau kit aide les élus.\n",
     "Coopérer avec les associations : 10 leviers pour les collectivités"),
    ("Nouveau guide : « Centres-bourgs et ESS : 12 fiches pour agir »\n\nLe RTES et l'Avise publient ce guide.",
     "Centres-bourgs et ESS : 12 fiches pour agir"),
    ("Selon la CRESS Occitanie, qui a publié à cette occasion un Annuaire régional des fournisseurs solidaires, 420 structures "
     "sont prêtes.", "Annuaire régional des fournisseurs solidaires"),
    ("La chambre a présenté la nouvelle édition de son Panorama de l'ESS en Lorraine, réalisé avec l'Insee.",
     "Panorama de l'ESS en Lorraine"),
])
def test_titles_described_as_publications(text, title):
    assert title in _publications(text)


@pytest.mark.parametrize("text", [
    "L'après-midi, une table ronde intitulée « Coopérer au-delà des frontières administratives » sera animée par Anne Roy.",
    "Le guide a été présenté lors d'un webinaire organisé par Intercommunalités de France le jeudi 27 mars.\n",
])
def test_no_publication_from_an_event_title_or_a_sentence_about_a_guide(text):
    assert not _publications(text)


@pytest.mark.parametrize("text, body", [
    ("Didier Plouvier, vice-président de LMCU chargé de l'emploi, a ouvert le forum.", "LMCU"),
    ("Jean Roy, vice-président de Tour(s)plus chargé de l'ESS, a parlé.", "Tour(s)plus"),
])
def test_an_elected_post_with_a_delegation_is_held_in_a_collectivite_named_without_the_delegation(text, body):
    _, rels, ents = summary(text)
    assert ("Collectivite", body) in {(e.type, e.name) for e in ents.values()}
    assert any(r[0] == "holds_post" and r[2] == body for r in rels)


@pytest.mark.parametrize("text, name", [
    ("Retenus par le jury :\n– Les Ateliers du Landy, ressourcerie installée à L'Île-Saint-Denis ;\n", "Les Ateliers du Landy"),
    ("Le palmarès\n• Prix Utilité sociale : La Cantine des Arènes (Nîmes), restaurant associatif ;\n", "La Cantine des Arènes"),
    ("Le trophée de l'environnement a été attribué à Cycles et Solidarité, un atelier vélo associatif de Rouen.", "Cycles et Solidarité"),
])
def test_a_name_followed_by_what_kind_of_ess_structure_it_is(text, name):
    _, _, ents = summary(text)
    assert ("ESSOrganization", name) in {(e.type, e.name) for e in ents.values()}


def test_a_participle_clause_before_an_association_is_not_a_name():
    _, _, ents = summary("Créée en 2017, l'association Roue Libre Nivernaise répare des vélos.")
    assert not any(e.name.startswith("Créée") for e in ents.values())


def test_a_working_group_named_by_its_quoted_theme_is_a_club_its_launchers_found():
    _, rels, ents = summary("Le RTES et Intercommunalités de France lancent un groupe de travail « Coopérations territoriales et "
                            "PTCE », ouvert à toutes les intercommunalités.")
    club = "Groupe de travail « Coopérations territoriales et PTCE »"
    assert ("Club", club) in {(e.type, e.name) for e in ents.values()}
    assert {r[1] for r in rels if r[0] == "founded" and r[2] == club} == {"RTES", "Intercommunalités de France"}
