"""Regression tests, one per construction the extractor got wrong (session 11)."""
import pytest

from tests.extract_helpers import summary


@pytest.mark.parametrize("text, who, event", [
    # an adverb between "étaient" and "présents"
    ("Le Forum régional de l'ESS s'est tenu le 12 mars 2019 à Dijon. Étaient également présents Hugo Martin, "
     "adjoint au maire de Dijon, et Léa Girard, présidente de la CRESS Bourgogne-Franche-Comté.",
     "Léa Girard", "Forum régional de l'ESS"),
    # who hands out the awards takes part in the prize-giving
    ("La remise des Trophées de l'ESS aura lieu le 3 mai 2019 à Vierzon. Les lauréats seront récompensés par "
     "Anne Petit, maire de Vierzon.", "Anne Petit", "Remise des Trophées de l'ESS"),
    # the host who welcomed the participants
    ("L'assemblée générale de la CRESS Normandie s'est tenue le 4 juin 2019 à Caen. Marc Leroy, maire adjoint "
     "de Caen, a accueilli les participants.", "Marc Leroy", "Assemblée générale de la CRESS Normandie"),
    # "Ouverture du forum par X et Y": the event named between the noun and "par"
    ("Le Forum lorrain de l'ESS s'est tenu le 7 juin 2019 à Nancy. Ouverture du forum par Jean Klein, "
     "vice-président de la Métropole du Grand Nancy, et Sophie Weber, présidente de la CRESS Grand Est.",
     "Sophie Weber", "Forum lorrain de l'ESS"),
    # a longer gap between "ouvertes" and "par"
    ("Les Rencontres régionales des tiers-lieux auront lieu le 5 avril 2019 à Dole. Les rencontres seront ouvertes "
     "le vendredi à quatorze heures par Paul Roche, vice-président de la Région Bourgogne-Franche-Comté.",
     "Paul Roche", "Rencontres régionales des tiers-lieux"),
    # an organisation that speaks: "avec l'intervention de"
    ("Un atelier « Financer l'ESS » aura lieu le 9 juin 2019 à Tours, animé par France Active, avec "
     "l'intervention de la Banque des Territoires.", "Banque des Territoires", "Atelier « Financer l'ESS »"),
])
def test_participation_wordings(text, who, event):
    _, rels, _ = summary(text, "2019-02-01")
    assert ("participates", who, event) in rels, sorted(rels)


def test_an_unaccented_lower_case_letter_is_not_an_accented_commune():
    # "Vire" is not "Viré" (Saône-et-Loire): the accent-blind lookup kept the wrong commune
    text = "L'assemblée générale de la CRESS Normandie s'est tenue le 4 juin 2019 à Vire."
    _, _, ents = summary(text, "2019-02-01")
    communes = {e.name for e in ents.values() if e.type == "Collectivite"}
    assert "Viré" not in communes and communes, communes


def test_an_unaccented_capital_still_finds_the_commune():
    text = "Une antenne de la CRESS ouvrira à Etampes le 4 juin 2019."
    _, _, ents = summary(text, "2019-02-01")
    assert "Étampes" in {e.name for e in ents.values() if e.type == "Collectivite"}
