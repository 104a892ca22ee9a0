"""Posts stated by a verb or a relative clause, staff posts on an organisation's own page, an annual report's year (session 12)."""
import pytest

from tests.extract_helpers import summary


@pytest.mark.parametrize("text, person, org, role", [
    ("Annick Solignac, qui préside depuis 2021 la CRESS Normandie, a signé.", "Annick Solignac", "CRESS Normandie", "présidente"),
    ("Bruno Girardot préside la CRESS Bourgogne-Franche-Comté depuis 2022.", "Bruno Girardot",
     "CRESS Bourgogne-Franche-Comté", "président"),
    ("La Recyclerie du Faron, association présidée par Josiane Arnaud, est lauréate.", "Josiane Arnaud",
     "Recyclerie du Faron", "présidente"),
    ("L'association Graines de Littoral, que préside Roland Cestier, est lauréate.", "Roland Cestier",
     "Graines de Littoral", "président"),
    ("La SCIC Vélo Rade, dont Baptiste Ollivier est le cogérant, est lauréate.", "Baptiste Ollivier", "Vélo Rade", "cogérant"),
    ("Le tiers-lieu La Fabrique du Pradet, fondé par Lucas Mercier, est lauréat.", "Lucas Mercier", "La Fabrique du Pradet",
     "fondateur"),
    ("Aurélie Pons, chargée d'accompagnement à l'Adie, a présenté le dispositif.", "Aurélie Pons", "Adie",
     "chargée d'accompagnement"),
])
def test_posts_said_by_a_verb_or_a_clause(text, person, org, role):
    ctx_rels = _posts(text)
    assert (person, org, role) in ctx_rels, sorted(ctx_rels)


def test_team_page_entries_hold_their_post_at_the_page_owner():
    text = ("CRESS Bourgogne-Franche-Comté\nQui sommes-nous ? > L'équipe\n\nLa CRESS Bourgogne-Franche-Comté fédère les "
            "acteurs. La CRESS compte dix salariés.\n\nÀ Besançon\n• Julien Marguet, chargé de mission développement "
            "territorial.\n• Léa Cuenot, chargée de communication.\n• Paul Roy, directeur.")
    _, rels, _ = summary(text, "2024-07-02")
    assert {s for (r, s, t) in rels if r == "holds_post" and t == "CRESS Bourgogne-Franche-Comté"} == {
        "Julien Marguet", "Léa Cuenot", "Paul Roy"}, sorted(rels)


def test_a_staff_post_at_an_unnamed_direction_is_not_the_page_owners():
    text = ("CRESS Île-de-France\n\nLa CRESS Île-de-France anime le club. La CRESS compte dix salariés. La CRESS publie un guide.\n"
            "Avec l'appui de Sandrine Carré, chargée de mission ESS à la direction du développement économique.")
    _, rels, _ = summary(text, "2024-07-02")
    assert not [r for r in rels if r[0] == "holds_post" and r[1] == "Sandrine Carré"], sorted(rels)


def test_a_press_contact_line_gives_the_post_at_the_organisation_that_opens_it():
    text = "Contacts presse\nRégion Occitanie : Laure Delpech, attachée de presse – 05 00 00 00 00"
    _, rels, _ = summary(text, "2020-01-01")
    assert ("holds_post", "Laure Delpech", "Région Occitanie") in rels, sorted(rels)


def _posts(text):
    from loaders.extract import run
    ctx = run(text, "2020-01-01")
    return {(ctx.entities[r.source].name, ctx.entities[r.target].name, r.role) for r in ctx.rels if r.type == "holds_post"}


@pytest.mark.parametrize("name, feminine", [
    ("Annick Solignac", True), ("Josiane Arnaud", True), ("Marie-Claude Roy", True), ("Maria Peretti", True),
    ("Philippe Roux", False), ("Jean-Marie Dufossez", False), ("Baptiste Ollivier", False), ("Roland Cestier", False),
    ("Claude Martin", False),  # ambiguous: left in the masculine, as the text says nothing
])
def test_first_name_gender(name, feminine):
    from loaders.extract.gender import feminine_first_name
    assert feminine_first_name(name) is feminine


def test_an_annual_report_dates_its_year_less_events_in_the_year_reported():
    text = ("PTCE Sambre-Avesnois Coopérations\nRapport d'activité 2018 – extraits\nDocument approuvé par l'assemblée "
            "générale du 13 juin 2019 à Maubeuge\n\nLa journée de la coopération économique, organisée le 9 octobre à "
            "Hautmont par le PTCE, a attiré 120 chefs d'entreprise.")
    ev, _, _ = summary(text)
    assert [a.get("date") for n, a in ev.items() if n.lower().startswith("journée")] == ["2018-10-09"], ev


@pytest.mark.parametrize("text, person, org", [
    ("La communauté de communes Cœur de Chartreuse viendra présenter son espace de travail partagé, par la voix "
     "d'Élise Gerbaz, sa chargée de mission développement local.", "Élise Gerbaz", "Communauté de communes Cœur de Chartreuse"),
    ("La Ressourcerie du Nivolet ouvre ses portes. Son directeur, Thomas Bellemin, fera découvrir l'atelier.",
     "Thomas Bellemin", "Ressourcerie du Nivolet"),
])
def test_possessive_posts_belong_to_the_organisation_spoken_of(text, person, org):
    assert any(p == person and o == org for p, o, _ in _posts(text)), sorted(_posts(text))
