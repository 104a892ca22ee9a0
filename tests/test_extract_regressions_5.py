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
