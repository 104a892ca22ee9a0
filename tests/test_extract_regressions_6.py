"""Regression tests, one per construction the extractor got wrong on blind-written text (session 6)."""
import pytest

from tests.extract_helpers import summary
from tests.test_extract_regressions_5 import _event_names


@pytest.mark.parametrize("text, name", [
    ("Programme du Mois de l'ESS à Angers.\n\nJeudi 8 novembre, 18 h – Soirée de lancement\nHôtel de ville d'Angers.",
     "Soirée de lancement"),
    ("Les lauréats seront reçus le mercredi 18 décembre pour une soirée de remise des prix, en présence de Marie Dupont.",
     "Soirée de remise des prix"),
])
def test_a_noun_after_de_that_the_tagger_reads_as_an_adverb_stays_in_the_event_name(text, name):
    events, _, _ = summary(text, "2018-10-01")
    assert name in events


def test_an_adverb_after_de_does_not_join_the_event_name():
    events, _, _ = summary("Le webinaire de demain, organisé par le RTES, portera sur la commande publique.", "2018-10-01")
    assert "Webinaire de demain" not in events


def test_a_devoted_description_stops_before_the_verb_and_is_also_written_with_sur():
    names = _event_names("Vendredi, une table ronde consacrée aux circuits courts sera animée par le réseau Alter'Tarn.",
                         "2013-05-02")
    (table,) = names.values()
    assert "table ronde consacrée aux circuits courts" in table
    assert "table ronde sur les circuits courts" in table
    assert not any("sera" in n for n in table)


def test_a_morning_devoted_to_a_theme_is_an_event():
    names = _event_names("Samedi, une matinée consacrée à l'entrepreneuriat des jeunes aura lieu à Arras.", "2013-05-02")
    assert any("matinée consacrée à l'entrepreneuriat des jeunes" in n for n in names.values())
