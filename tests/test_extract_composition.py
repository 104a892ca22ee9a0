"""part_of between collectivités, as the text states it (loaders/extract/composition.py)."""
import pytest

from tests.extract_helpers import summary


@pytest.mark.parametrize("text, part, whole", [
    ("Est Ensemble, établissement public territorial de la Métropole du Grand Paris, regroupe neuf communes : "
     "Bagnolet, Bobigny, Bondy, Le Pré-Saint-Gervais, Les Lilas, Montreuil, Noisy-le-Sec, Pantin et Romainville.",
     "Pantin", "Est Ensemble"),
    ("Est Ensemble, établissement public territorial de la Métropole du Grand Paris, regroupe neuf communes : "
     "Bagnolet, Bobigny et Pantin.", "Est Ensemble", "Métropole du Grand Paris"),
    ("Fort-de-France est l'une des quatre communes de la Communauté d'agglomération du Centre de la Martinique.",
     "Fort-de-France", "Communauté d'agglomération du Centre de la Martinique"),
    ("La Communauté d'agglomération Cap Excellence, dont Baie-Mahault est l'une des trois communes membres, "
     "soutient le forum.", "Baie-Mahault", "Communauté d'agglomération Cap Excellence"),
    ("Capdenac-Gare, bien qu'aveyronnaise, fait partie de la communauté de communes du Grand-Figeac.",
     "Capdenac-Gare", "Communauté de communes du Grand-Figeac"),
    ("Le PETR du Pays Horloger fédère trois intercommunalités : la Communauté de communes du Val de Morteau et la "
     "Communauté de communes du Pays de Maîche.", "Communauté de communes du Pays de Maîche", "PETR du Pays Horloger"),
    # the grouping named by its kind, the text having named a single one
    ("Grand-Orly Seine Bièvre porte le Club ESS. Orly et Gentilly, autres communes de l'EPT, le rejoindront.",
     "Gentilly", "Grand-Orly Seine Bièvre"),
    ("Le Mois de l'ESS de Tours Métropole Val de Loire passe par quatre communes de la métropole – Tours, "
     "Joué-lès-Tours et La Riche.", "La Riche", "Tours Métropole Val de Loire"),
    ("Grand-Orly Seine Bièvre (T12) est l'un des onze établissements publics territoriaux de la Métropole du "
     "Grand Paris.", "Grand-Orly Seine Bièvre", "Métropole du Grand Paris"),
])
def test_a_stated_composition_is_part_of(text, part, whole):
    _, rels, _ = summary(text, "2021-03-01")
    assert ("part_of", part, whole) in rels, sorted(rels)


@pytest.mark.parametrize("text", [
    # a commune in a département is not composition the guide annotates
    "Bondy, l'une des communes de la Seine-Saint-Denis, accueille le forum le 3 mars 2021.",
    # a larger collectivité is never part of a smaller one
    "La Métropole du Grand Paris, dont Montreuil est le siège d'un EPT, soutient le forum.",
    # joining a network is membership, not composition
    "Bondy fait partie du RTES depuis 2015.",
])
def test_no_part_of_without_a_grouping_containing_the_part(text):
    _, rels, _ = summary(text, "2021-03-01")
    assert not [r for r in rels if r[0] == "part_of"], sorted(rels)
