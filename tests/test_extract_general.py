"""General rules added from new phrasings: agenda entries, organisers before or after the
event, coordinated subjects, venues that are not events, dates without a year."""
import pytest

from loaders.extract import run
from loaders.extract.dates import find_dates


def summary(text, doc_date=None):
    ctx = run(text, doc_date)
    ents = {k: e for k, e in ctx.entities.items() if e.mentions}
    rels = {(r.type, ents[r.source].name, ents[r.target].name) for r in ctx.rels}
    events = {e.name: e.attrs for e in ents.values() if e.type == "Event"}
    return events, rels, ents


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
