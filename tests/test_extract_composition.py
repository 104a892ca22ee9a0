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


@pytest.mark.parametrize("text, parts, whole", [
    ("Elbeuf, Le Petit-Quevilly et Sotteville-lès-Rouen font toutes trois partie de la Métropole Rouen Normandie.",
     {"Elbeuf", "Le Petit-Quevilly", "Sotteville-lès-Rouen"}, "Métropole Rouen Normandie"),
    ("Les ateliers auront lieu à Trélazé et à Avrillé, deux communes d'Angers Loire Métropole.",
     {"Trélazé", "Avrillé"}, "Angers Loire Métropole"),
    ("La Communauté d'agglomération de la Région Nazairienne et de l'Estuaire (CARENE) ouvre un guichet. La CRESS tiendra "
     "des permanences à Saint-Nazaire, à Trignac et à Montoir-de-Bretagne, communes de la CARENE.",
     {"Saint-Nazaire", "Trignac", "Montoir-de-Bretagne"}, "Communauté d'agglomération de la Région Nazairienne et de l'Estuaire"),
    ("La Métropole Toulon Provence Méditerranée soutient six lauréats, installés à Toulon, à La Garde et à Hyères, trois des "
     "douze communes de la Métropole.", {"Toulon", "La Garde", "Hyères"}, "Métropole Toulon-Provence-Méditerranée"),
    ("La Communauté d'agglomération de Bastia (CAB) rassemble Bastia, Furiani et San-Martino-di-Lota.",
     {"Bastia", "Furiani", "San-Martino-di-Lota"}, "Communauté d'agglomération de Bastia"),
    ("Le PETR du Pays d'Arles est né en 2016. Il fédère trois intercommunalités, la communauté d'agglomération Arles Crau "
     "Camargue Montagnette et Terre de Provence Agglomération.",
     {"Communauté d'agglomération Arles Crau Camargue Montagnette", "Terre de Provence"}, "PETR du Pays d'Arles"),
])
def test_more_composition_wordings(text, parts, whole):
    _, rels, _ = summary(text, "2020-01-01")
    assert {s for (r, s, t) in rels if r == "part_of" and t == whole} == parts, sorted(rels)


def test_a_grouping_that_meets_two_towns_is_no_composition_of_a_region():
    # the rank check: a commune is no part of a network, and a région is no part of a commune
    _, rels, _ = summary("La Région Bretagne réunit Brest et Rennes autour de l'ESS.", "2020-01-01")
    assert not [r for r in rels if r[0] == "part_of"], sorted(rels)
