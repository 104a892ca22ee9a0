"""Conventions: kinds, merged mentions, signatories and the partnerships they imply."""
import pytest

from loaders.extract import run


def summary(text):
    ctx = run(text)
    ents = {k: e for k, e in ctx.entities.items() if e.mentions}
    rels = {(r.type, ents[r.source].name, ents[r.target].name) for r in ctx.rels}
    convs = [e for e in ents.values() if e.type == "Convention"]
    return convs, rels


@pytest.fixture(scope="module", autouse=True)
def _model():
    run("Chauffe.")


def test_partnership_convention_signatories_are_pairwise_partners():
    convs, rels = summary("Une convention de partenariat a été signée par l'Avise, la CRESS Normandie et Coop FR. "
                          "Cette convention court sur trois ans.")
    assert len(convs) == 1 and convs[0].attrs["kind"] == "convention de partenariat"
    c = convs[0].name
    for org in ("Avise", "CRESS Normandie", "Coop FR"):
        assert ("signatory", org, c) in rels
    partners = {frozenset((a, b)) for t, a, b in rels if t == "partner_of"}
    assert partners == {frozenset(p) for p in (("Avise", "CRESS Normandie"), ("Avise", "Coop FR"),
                                               ("CRESS Normandie", "Coop FR"))}


def test_objectives_convention_gives_no_partnership():
    convs, rels = summary("La Région Bretagne et la CRESS Bretagne ont signé une convention d'objectifs.")
    assert convs and convs[0].attrs["kind"] == "convention d'objectifs"
    assert ("signatory", "Région Bretagne", convs[0].name) in rels
    assert not any(t == "partner_of" for t, _, _ in rels)


def test_business_convention_is_an_event_not_an_agreement():
    convs, _ = summary("Une convention d'affaires réunira les entreprises du territoire le 3 mai.")
    assert convs == []
