"""Membership wordings (member_of) that earlier rules missed (session 11)."""
import pytest

from tests.extract_helpers import summary


@pytest.mark.parametrize("text, members, network", [
    ("Brest Métropole a rejoint en 2019 le Réseau des collectivités territoriales pour une économie solidaire (RTES).",
     {"Brest Métropole"}, "RTES"),
    ("L'association Beta est affiliée à la Fédération des acteurs de la solidarité.",
     {"Beta"}, "Fédération des acteurs de la solidarité"),
    ("Le Département du Nord fait partie des 150 collectivités adhérentes du RTES.", {"Département du Nord"}, "RTES"),
    ("Parmi les membres du RTES figurent la Ville de Lille et la Métropole de Lyon.", {"Lille", "Métropole de Lyon"}, "RTES"),
    ("La CRESS Bretagne fédère les acteurs. Parmi ses adhérents, on trouve la Scop Alpha et l'association Beta.",
     {"Alpha", "Beta"}, "CRESS Bretagne"),
])
def test_membership_wordings(text, members, network):
    _, rels, _ = summary(text, "2020-01-01")
    assert {s for (r, s, t) in rels if r == "member_of" and t == network} == members, sorted(rels)


def test_the_members_of_a_jury_are_no_network_members():
    text = ("Le RTES a remis ses trophées le 3 mars 2020. Parmi les membres du jury figurent la Ville de Lille et la "
            "Métropole de Lyon.")
    _, rels, _ = summary(text, "2020-03-04")
    assert not [r for r in rels if r[0] == "member_of"], sorted(rels)
