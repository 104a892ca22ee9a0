"""Regression tests, one per construction the extractor got wrong (session 10)."""
import pytest

from tests.extract_helpers import summary


@pytest.mark.parametrize("text, person, org, wrong", [
    # the sentence before is about the structure; what it belongs to is not its employer
    ("Les visiteurs découvriront la Scop Terres d'Ici, une ferme coopérative installée à Lattes et membre du "
     "Réseau Cocagne. Son directeur, Samuel Benoît, fera visiter les serres.",
     "Samuel Benoît", "Terres d'Ici", "Réseau Cocagne"),
    # "il" as the subject of the sentence before: the structure named one sentence earlier
    ("Le pôle territorial de coopération économique Trièves Solidaire sera présenté. Fondé en 2011, il a pour "
     "membres fondateurs l'association Trièves Emploi Solidaire et la coopérative Bois du Trièves. Sa coordinatrice, "
     "Émilie Vachon, présentera ses premiers résultats.",
     "Émilie Vachon", "Trièves Solidaire", "Bois du Trièves"),
])
def test_a_possessive_post_belongs_to_the_topic_of_the_sentence_before(text, person, org, wrong):
    _, rels, _ = summary(text, "2019-02-01")
    held = {t for (r, p, t) in rels if r == "holds_post" and p == person}
    assert held == {org}, (held, wrong)


def test_a_possessive_post_after_a_generic_subject_listing_others_is_not_theirs():
    text = ("La coopérative héberge trois associations : l'atelier Fil d'Ariane, la recyclerie Seconde Main 25 et "
            "l'association Planoise Connectée. Sa gérante, Nadia Benali, détaille le fonctionnement.")
    _, rels, _ = summary(text, "2022-09-19")
    assert not [r for r in rels if r[0] == "holds_post" and r[1] == "Nadia Benali"]


@pytest.mark.parametrize("text, person, org", [
    ("Le lieu est géré par la SCIC La Fabrique du Val, créée en 2017. « Nous voulions un endroit ouvert », "
     "résume Claire Dumas, cogérante de la coopérative.", "Claire Dumas", "La Fabrique du Val"),
    ("La Chambre régionale de l'économie sociale et solidaire du Limousin (CRESS Limousin) a présenté son panorama. "
     "La directrice de la chambre, Anne Faucher, a commenté les chiffres.", "Anne Faucher", "CRESS Limousin"),
])
def test_a_post_in_a_structure_named_by_its_kind_is_held_in_the_one_named_so(text, person, org):
    _, rels, _ = summary(text, "2019-02-01")
    assert ("holds_post", person, org) in rels


def test_a_vice_president_of_the_ept_holds_the_post_in_the_ept_the_page_names():
    text = ("Grand-Orly Seine Bièvre est l'un des onze établissements publics territoriaux de la Métropole du Grand Paris. "
            "Fatima Ouali, vice-présidente de l'EPT déléguée à l'économie sociale et solidaire, en porte la feuille de route.")
    _, rels, ents = summary(text, "2023-04-12")
    assert ("holds_post", "Fatima Ouali", "Grand-Orly Seine Bièvre") in rels
    assert "EPT" not in {e.name for e in ents.values()}


@pytest.mark.parametrize("text, acr, full", [
    ("Une convention lie le Département et la Communauté d’agglomération de la région nazairienne et de l’estuaire "
     "(CARENE). Céline Morand, vice-présidente de la CARENE, y interviendra.",
     "CARENE", "Communauté d’agglomération de la région nazairienne et de l’estuaire"),
    ("Mulhouse Alsace Agglomération (m2A) accompagne ce secteur. Jean-Luc Schmitt, vice-président de m2A, pilote "
     "la politique. m2A est adhérente du RTES.", "m2A", "Mulhouse Alsace Agglomération"),
])
def test_an_acronym_in_brackets_after_a_collectivite_is_that_collectivite_later(text, acr, full):
    _, rels, ents = summary(text, "2019-02-01")
    assert acr not in {e.name for e in ents.values()}
    person = next(e.name for e in ents.values() if e.type == "Person")
    assert ("holds_post", person, full) in rels


@pytest.mark.parametrize("text, member, network", [
    ("La SCIC Terres d'Albigeois a été créée en 2018. Adhérente de l'Union régionale des Scop de Midi-Pyrénées, "
     "la coopérative emploie douze salariés.", "Terres d'Albigeois", "Union régionale des Scop de Midi-Pyrénées"),
    ("La recyclerie Le Grenier solidaire a ouvert à Rodez. L'association est adhérente du Réseau des Ressourceries.",
     "Le Grenier solidaire", "Réseau des Ressourceries"),
    ("Le tiers-lieu La Fabrique des Tilleuls a ouvert à Besançon. Elle vient d'adhérer à France Tiers-Lieux.",
     "La Fabrique des Tilleuls", "France Tiers-Lieux"),
])
def test_a_structure_named_by_its_kind_or_a_pronoun_joins_a_network(text, member, network):
    _, rels, _ = summary(text, "2019-02-01")
    assert {(m, n) for (r, m, n) in rels if r == "member_of"} == {(member, network)}


def test_a_pronoun_member_is_not_the_employer_in_an_apposition_of_the_sentence_before():
    text = ("D'après Romain Guyot, chargé de mission à la CRESS Bourgogne-Franche-Comté, le lieu est un modèle. "
            "Elle vient d'adhérer à France Tiers-Lieux.")
    _, rels, _ = summary(text, "2022-09-19")
    assert not [r for r in rels if r[0] == "member_of"]


def test_the_credit_cooperatif_foundation_is_not_la_cooperative():
    text = ("La SCIC Ker Avel a reçu le soutien de la Fondation Crédit Coopératif. La coopérative organise le 12 mars 2022 "
            "une table ronde « Tiers-lieux et emploi ».")
    _, rels, _ = summary(text, "2022-01-10")
    organisers = {o for (r, o, _t) in rels if r == "organizes"}
    assert organisers == {"Ker Avel"}


def test_a_structure_shortened_to_its_first_word_is_the_same_structure():
    text = ("Le tiers-lieu La Grange Commune a ouvert à Plouguerneau. Depuis, la Grange est membre du réseau national "
            "France Tiers-Lieux.")
    _, rels, ents = summary(text, "2019-02-01")
    assert ("member_of", "La Grange Commune", "France Tiers-Lieux") in rels
    assert len([e for e in ents.values() if e.type == "ESSOrganization"]) == 1


def test_a_first_word_shared_by_two_structures_is_no_short_form():
    text = ("La Grange Commune et La Grange aux Livres ont ouvert. Depuis, la Grange est membre du réseau France Tiers-Lieux.")
    _, rels, _ = summary(text, "2019-02-01")
    assert not [r for r in rels if r[0] == "member_of" and r[1].startswith("La Grange")]


def test_the_workshops_of_a_programme_are_held_where_the_event_is():
    # a breadcrumb names the event a second way, without its place
    text = ("Accueil > Agenda > Rencontres régionales de l'ESS 2024\n\nRencontres régionales de l'ESS en Occitanie\nMardi 26 novembre 2024 – 9h00-17h00\nHôtel de Région, Montpellier\n\n"
            "Organisées par la Région Occitanie et la CRESS Occitanie, les Rencontres régionales de l'ESS s'inscrivent "
            "cette année dans le Mois de l'ESS.\n\nPROGRAMME\n\n9h30 – Ouverture\n\n"
            "10h00 – Table ronde « Zéro chômeur : quand le territoire devient employeur »\nAnimation : Élodie Marcq\n\n"
            "11h30 – Ateliers au choix\nAtelier A – « Commande publique : ouvrir les marchés aux SIAE », co-animé par le RTES\n\n"
            "14h00 – Table ronde « Jeunes et ESS : donner envie d'entreprendre autrement »\nAnimation : Élodie Marcq\n")
    events, rels, _ = summary(text, "2024-10-15")
    subs = [n for n in events if n.startswith("Table ronde")]
    assert len(subs) == 2
    for n in subs:
        assert ("located_in", n, "Montpellier") in rels


def test_a_workshop_on_another_day_does_not_take_the_place_of_the_main_event():
    text = ("Séminaire régional des élus pour l'ESS\nVendredi 22 novembre 2019 – Caen\n\n"
            "Le Séminaire régional des élus pour l'ESS réunit les collectivités normandes.\n\n"
            "Le mardi 3 décembre 2019, un atelier « Tiers-lieux et vitalité des bourgs » prolongera les échanges.\n")
    events, rels, _ = summary(text, "2019-10-01")
    atelier = next(n for n in events if n.startswith("Atelier"))
    assert not [r for r in rels if r[0] == "located_in" and r[1] == atelier]


def test_a_quotation_in_the_present_is_no_participation():
    text = ("Le Village de l'ESS s'installe samedi 6 octobre 2018 place Lazare-Goujon, à Villeurbanne. "
            "« Consommer autrement est à la portée de tous », souligne Sophie Marchand, qui tient un stand d'épicerie.")
    _, rels, _ = summary(text, "2018-10-01")
    assert not [r for r in rels if r[0] == "participates" and r[1] == "Sophie Marchand"]


def test_a_person_who_spoke_at_the_event_still_takes_part():
    text = ("Le Village de l'ESS s'est tenu samedi 6 octobre 2018 à Villeurbanne. Sophie Marchand, adjointe au maire, "
            "a pris la parole lors de l'inauguration.")
    _, rels, _ = summary(text, "2018-10-08")
    assert [r for r in rels if r[0] == "participates" and r[1] == "Sophie Marchand"]


def test_two_coordinated_funders_of_l_evenement_sponsor_the_page_s_event():
    text = ("Les Rencontres méditerranéennes de l’ESS auront lieu à Aubagne le 5 juin 2015, avec un village des initiatives "
            "sur le cours Foch. La Région Provence-Alpes-Côte d’Azur et la Banque des Territoires financent l’événement.")
    _, rels, _ = summary(text, "2015-04-01")
    assert {(a, t) for (r, a, t) in rels if r == "sponsors"} == {
        ("Région Provence-Alpes-Côte d'Azur", "Rencontres méditerranéennes de l’ESS"),
        ("Banque des Territoires", "Rencontres méditerranéennes de l’ESS")}


def test_a_kind_word_before_a_listed_name_does_not_end_the_list_of_signatories():
    text = ("Une convention de coopération a été approuvée entre Plaine Commune, l’établissement public territorial "
            "Est Ensemble et le Département de la Seine-Saint-Denis pour développer l’alimentation durable.")
    _, rels, _ = summary(text, "2020-12-16")
    signers = {a for (r, a, _t) in rels if r == "signatory"}
    assert signers == {"Plaine Commune", "Est Ensemble", "Département de la Seine-Saint-Denis"}
    assert ("partner_of", "Est Ensemble", "Département de la Seine-Saint-Denis") in rels


def test_actors_formalising_their_cooperation_by_a_convention_are_its_signatories():
    text = ("L'Eurométropole de Strasbourg, la Ville de Strasbourg et la Chambre régionale de l'économie sociale et "
            "solidaire Grand Est (CRESS Grand Est) formalisent leur coopération par une convention de partenariat.")
    _, rels, _ = summary(text, "2021-11-24")
    actors = {"Eurométropole de Strasbourg", "Strasbourg", "CRESS Grand Est"}
    assert {a for (r, a, _t) in rels if r == "signatory"} == actors
    assert len([r for r in rels if r[0] == "partner_of"]) == 3


@pytest.mark.parametrize("text, name", [
    ("Isula Riusu, première recyclerie solidaire du Pays ajaccien, a ouvert ses portes. Près de deux cents personnes "
     "sont venues découvrir Isula Riusu samedi.", "Isula Riusu"),
    ("Le public a découvert Ti Récup, une association de réemploi installée à Morlaix.", "Ti Récup"),
])
def test_a_name_shaped_like_a_person_s_said_to_be_a_structure_is_one(text, name):
    _, _, ents = summary(text, "2024-03-05")
    assert {e.name: e.type for e in ents.values()}.get(name) == "ESSOrganization"
    assert not [e for e in ents.values() if e.type == "Person"]


def test_a_person_then_a_clause_about_a_structure_stays_a_person():
    _, _, ents = summary("Pour Jean-Paul Roques, la légumerie est « une preuve ».", "2019-06-15")
    assert {e.name: e.type for e in ents.values()} == {"Jean-Paul Roques": "Person"}


def test_a_university_for_elected_officials_is_an_event_not_a_university():
    text = "L’Université des élus de l’ESS se tiendra du 18 au 20 mars 2025 à Dijon, à l'initiative du RTES."
    events, rels, ents = summary(text, "2025-02-10")
    assert "Université des élus de l’ESS" in events
    assert ("located_in", "Université des élus de l’ESS", "Dijon") in rels
    assert not [e for e in ents.values() if e.type in ("PublicBody", "Organization")]


@pytest.mark.parametrize("line, name", [
    ("Rencontres régionales « Collectivités & ESS » en Centre-Val de Loire",
     "Rencontres régionales « Collectivités & ESS » en Centre-Val de Loire"),
    ("RENCONTRES RÉGIONALES « COLLECTIVITÉS & ESS » EN CENTRE-VAL DE LOIRE",
     "RENCONTRES RÉGIONALES « COLLECTIVITÉS & ESS » EN CENTRE-VAL DE LOIRE"),
])
def test_the_region_after_a_quoted_title_is_part_of_the_event_name(line, name):
    text = f"{line}\nJeudi 15 novembre 2018 – Orléans\n\nLa CRESS Centre-Val de Loire organise ces rencontres."
    events, _, _ = summary(text, "2018-10-01")
    assert name in events


def test_a_place_that_is_no_region_after_a_quoted_title_stays_out_of_the_name():
    events, _, _ = summary("Le Forum « ESS et emploi » en plein air aura lieu le 3 juin 2022.", "2022-05-01")
    assert "Forum « ESS et emploi »" in events


def test_dated_bullets_under_a_programme_heading_are_events_of_its_kind_with_their_speakers():
    text = ("Intercommunalités de France lance un cycle de webinaires.\n\nAu programme des webinaires\n\n"
            "• Jeudi 19 octobre, 11h – « Mobilités solidaires », avec Gérard Dufresne, vice-président de la "
            "Communauté de communes du Pays de Mormal.\n\n"
            "• Jeudi 16 novembre, 11h – « Alimentation et circuits courts », avec Odile Perrin.\n")
    events, rels, _ = summary(text, "2023-09-12")
    assert {"Webinaire « Mobilités solidaires »", "Webinaire « Alimentation et circuits courts »"} <= set(events)
    assert ("participates", "Gérard Dufresne", "Webinaire « Mobilités solidaires »") in rels
    assert ("participates", "Odile Perrin", "Webinaire « Alimentation et circuits courts »") in rels


@pytest.mark.parametrize("text, name", [
    ("La journée s’est achevée par la signature de la charte toulousaine de l’achat public solidaire par la Ville de "
     "Toulouse et Toulouse Métropole.", "Charte toulousaine de l’achat public solidaire"),
    ("La journée s’est achevée par la signature de la charte métropolitaine des achats socialement responsables par la "
     "Ville de Toulouse et Toulouse Métropole.", "Charte métropolitaine des achats socialement responsables"),
])
def test_a_charter_named_by_its_subject_is_signed_by_those_after_par(text, name):
    _, rels, ents = summary(text, "2022-06-01")
    assert name in {e.name for e in ents.values() if e.type == "Convention"}
    assert {a for (r, a, t) in rels if r == "signatory" and t == name} == {"Toulouse", "Toulouse Métropole"}


def test_those_who_signed_it_sign_the_charter_named_before_with_their_representatives():
    text = ("La journée s’est achevée par la signature de la charte toulousaine de l’achat public solidaire. "
            "Toulouse Métropole et la Ville de Toulouse l’ont signé en premier, représentées par Sandrine Fabre et "
            "Karim Ouali. La commune de Colomiers a elle aussi signé la charte.")
    _, rels, _ = summary(text, "2022-06-01")
    assert {a for (r, a, _t) in rels if r == "signatory"} == {
        "Toulouse Métropole", "Toulouse", "Sandrine Fabre", "Karim Ouali", "Colomiers"}


def test_a_steering_or_local_committee_named_by_its_complement_is_a_club_with_members():
    text = ("Le Mouvement Impact France et ESS France rejoignent le comité d'orientation du centre de ressources "
            "ESS-Territoires animé par l'Avise.")
    _, rels, ents = summary(text, "2024-01-10")
    club = "Comité d'orientation du centre de ressources ESS-Territoires"
    assert {e.name: e.type for e in ents.values()}.get(club) == "Club"
    assert ("member_of", "ESS France", club) in rels


def test_an_epci_written_with_the_long_name_its_official_label_spells_in_brackets_is_linked():
    from loaders.extract import run
    ctx = run("La Communauté intercommunale des villes solidaires (CIVIS) lance un incubateur à Saint-Pierre. "
              "La CIVIS soutient le projet.", "2015-01-30")
    colls = [e for e in ctx.entities.values() if e.type == "Collectivite" and e.subtype == "EPCI"]
    assert len(colls) == 1 and colls[0].ids.get("siren") == "249740077"
    assert len(colls[0].mentions) == 3  # the long name, its acronym in brackets, "la CIVIS"


@pytest.mark.parametrize("text, name", [
    ("Morlaix Communauté et le pôle ESS Bro Montroulez organisent les Rencontres de l'ESS le 4 avril 2019.",
     "Pôle ESS Bro Montroulez"),
    ("Organisée par la Ville avec le Pôle ESS Lorient-Blavet, la remise du prix a lieu le 5 juin 2024.",
     "Pôle ESS Lorient-Blavet"),
])
def test_a_local_ess_pole_is_a_network(text, name):
    _, _, ents = summary(text, "2019-03-01")
    assert {e.name: e.type for e in ents.values()}.get(name) == "Network"


@pytest.mark.parametrize("text, authors", [
    ("La CRESS Occitanie et Toulouse Métropole ont coécrit un « Guide de l’achat public solidaire à l’usage des élus ».",
     {"CRESS Occitanie", "Toulouse Métropole"}),
    ("Le RTES co-édite avec la Fédération des acteurs de la solidarité ce guide pratique, « ESS et politiques de "
     "l'habitat : 15 fiches pour agir ».", {"RTES", "Fédération des acteurs de la solidarité"}),
    ("La nouvelle publication « Villes et ESS : 30 fiches pour agir », que France urbaine et le RTES co-signent, "
     "paraît en mai.", {"France urbaine", "RTES"}),
])
def test_co_authors_of_a_publication_publish_it(text, authors):
    _, rels, _ = summary(text, "2020-04-01")
    assert {a for (r, a, _t) in rels if r == "publishes"} == authors


def test_a_publication_after_a_list_of_authors_is_no_author():
    _, _, ents = summary("Réalisé par la Ville et la CRESS Nouvelle-Aquitaine, le Guide poitevin de l'ESS recense "
                         "300 structures.", "2020-01-01")
    assert {e.name: e.type for e in ents.values()}.get("Guide poitevin de l'ESS") == "Publication"
    assert len([e for e in ents.values() if e.name == "Guide poitevin de l'ESS"]) == 1


@pytest.mark.parametrize("text, person, wrong", [
    ("La Région Hauts-de-France soutient le projet.\nContact : Sarah Benchikh, chargée de mission Hauts-de-France – "
     "01 02 03 04 05", "Sarah Benchikh", "Région Hauts-de-France"),
    ("La Région Bretagne était représentée par Loïc Tanguy, conseiller régional délégué à l’ESS, tandis que la CRESS "
     "Bretagne avait dépêché son directeur.", "Loïc Tanguy", "CRESS Bretagne"),
])
def test_no_post_in_a_region_named_as_a_field_or_in_a_clause_after_tandis_que(text, person, wrong):
    _, rels, _ = summary(text, "2019-02-01")
    assert ("holds_post", person, wrong) not in rels


def test_an_elected_regional_post_is_still_held_in_the_region():
    _, rels, _ = summary("Claire Roy, conseillère régionale d'Île-de-France, a présenté le guide.", "2019-02-01")
    assert ("holds_post", "Claire Roy", "Région Île-de-France") in rels


def test_the_national_month_takes_no_place_from_one_of_its_local_events():
    text = "Novembre, le Mois de l'ESS à Poitiers : la Ville propose un forum le 14 novembre 2019 à l'hôtel de ville."
    _, rels, _ = summary(text, "2019-10-20")
    assert not [r for r in rels if r[0] == "located_in" and r[1].startswith("Mois de l")]



def test_a_month_keeps_a_place_its_own_name_gives():
    from loaders.extract.event_links import _named_in
    from loaders.extract.registry import EntityBuilder
    dep = EntityBuilder("X1", "Collectivite", "Département d'Indre-et-Loire", "Departement", surfaces=["Indre-et-Loire"])
    month = EntityBuilder("X2", "Event", "Mois de l'ESS en Indre-et-Loire 2022", surfaces=["Mois de l'ESS en Indre-et-Loire"])
    town = EntityBuilder("X3", "Collectivite", "Tours", "Commune", surfaces=["Tours"])
    assert _named_in(dep, month) and not _named_in(town, month)
