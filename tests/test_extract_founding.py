"""Founding wordings (loaders/extract/founding.py)."""
import pytest

from tests.extract_helpers import summary


@pytest.mark.parametrize("text, founders, thing", [
    ("La CRESS Bretagne et le RTES sont à l'origine du Club des collectivités bretonnes pour l'ESS.",
     {"CRESS Bretagne", "RTES"}, "Club des collectivités bretonnes pour l'ESS"),
    ("Le Club ESS de Rennes a vu le jour en 2016 à l'initiative de Rennes Métropole et de la CRESS Bretagne.",
     {"Rennes Métropole", "CRESS Bretagne"}, "Club ESS de Rennes"),
    ("Rennes Métropole a impulsé la création du Club ESS de Rennes en 2016.", {"Rennes Métropole"}, "Club ESS de Rennes"),
    ("Le Club ESS de Rennes est issu d'une initiative de Rennes Métropole.", {"Rennes Métropole"}, "Club ESS de Rennes"),
    ("La CRESS Bretagne compte parmi les fondateurs du Club ESS de Rennes.", {"CRESS Bretagne"}, "Club ESS de Rennes"),
    ("Le PTCE Trégor Coop a été fondé à l'initiative conjointe de Lannion-Trégor Communauté et de l'association Ti Récup.",
     {"Lannion-Trégor Communauté", "Ti Récup"}, "Trégor Coop"),
])
def test_founding_wordings(text, founders, thing):
    _, rels, _ = summary(text, "2020-01-01")
    assert {s for (r, s, t) in rels if r == "founded" and t == thing} == founders, sorted(rels)


@pytest.mark.parametrize("text", [
    "La Région Bretagne est à l'origine de nombreux projets coopératifs.",
    "Le Club ESS de Rennes a vu le jour en 2016 et réunit quarante structures.",
    # funding a club is sponsoring it, not founding it
    "Le Club ESS de Rennes a été lancé en 2016 avec le soutien de Rennes Métropole.",
])
def test_no_founder_without_a_founding_wording(text):
    _, rels, _ = summary(text, "2020-01-01")
    assert not [r for r in rels if r[0] == "founded"], sorted(rels)


@pytest.mark.parametrize("text, founder, thing", [
    ("La Métropole Rouen Normandie soutient le Club des collectivités normandes pour l'ESS, dont elle fut l'un des membres "
     "fondateurs.", "Métropole Rouen Normandie", "Club des collectivités normandes pour l'ESS"),
    ("Le Club ESS du Pays de Morlaix, dont la Ville de Morlaix est membre fondateur, se réunit.", "Morlaix",
     "Club ESS du Pays de Morlaix"),
    ("La Collectivité de Corse et la CRESS Corse ont signé le 3 mai 2021 une convention de coopération pour le "
     "développement de l'ESS en Corse. La convention crée un Club des territoires corses pour l'ESS, dont les deux "
     "signataires sont les membres fondateurs.", "CRESS Corse", "Club des territoires corses pour l'ESS"),
])
def test_founding_members_in_a_relative_clause(text, founder, thing):
    _, rels, _ = summary(text, "2021-06-01")
    assert ("founded", founder, thing) in rels and ("member_of", founder, thing) in rels, sorted(rels)
