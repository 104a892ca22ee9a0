"""Organiser wordings (organizes) that earlier rules missed (session 11)."""
import pytest

from tests.extract_helpers import summary

FORUM = "Forum de l'ESS de Brest"


@pytest.mark.parametrize("text, organisers", [
    ("Brest Métropole et la CRESS Bretagne ont coorganisé le Forum de l'ESS de Brest le 5 mars 2020.",
     {"Brest Métropole", "CRESS Bretagne"}),
    ("Brest Métropole était aux manettes du Forum de l'ESS de Brest, le 5 mars 2020.", {"Brest Métropole"}),
    ("La CRESS Bretagne a organisé le Forum de l'ESS de Brest avec Brest Métropole le 5 mars 2020.",
     {"Brest Métropole", "CRESS Bretagne"}),
    ("Le Forum de l'ESS de Brest aura lieu le 5 mars 2020. Brest Métropole en est l'organisatrice, avec la CRESS Bretagne.",
     {"Brest Métropole", "CRESS Bretagne"}),
    ("Le Forum de l'ESS de Brest aura lieu le 5 mars 2020. La CRESS Bretagne en assure l'organisation.", {"CRESS Bretagne"}),
])
def test_organiser_wordings(text, organisers):
    _, rels, _ = summary(text, "2020-02-01")
    assert {s for (r, s, t) in rels if r == "organizes" and t == FORUM} == organisers, sorted(rels)


def test_with_the_support_of_is_no_co_organiser():
    text = "La CRESS Bretagne a organisé le Forum de l'ESS de Brest avec le soutien de Brest Métropole le 5 mars 2020."
    _, rels, _ = summary(text, "2020-02-01")
    assert {s for (r, s, t) in rels if r == "organizes"} == {"CRESS Bretagne"}, sorted(rels)
