"""Entity resolution: IRIs from codes, gazetteer keys and names; persisted merge decisions;
merge suggestions for near-duplicate persons."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Dataset

from essgraph.errors import InputError, UsageError
from graph.namespaces import ESST, ID
from graph.rdf import extraction_to_graph, graph_to_relations
from loaders.resolve import Decisions, name_similarity, person_names, resolve, suggest_merges
from tests.fixtures_extractions import convention, pantin, yearless

P = str(ID) + "person/"


def iris_by_key(x) -> dict[str, str]:
    return {e.key: e.iri for e in x.entities}


def test_iris_from_codes_gazetteer_and_names():
    got = iris_by_key(resolve(pantin(), Decisions()))
    assert got == {
        "E1": P + "marie-durand",
        "E2": str(ID) + "commune/93055",
        "E3": str(ID) + "org/rtes",
        "E4": str(ID) + "event/forum-de-l-ess-de-pantin-2024-04-18",
    }
    conv = iris_by_key(resolve(convention()))
    assert conv["E1"] == str(ID) + "region/11"
    assert conv["E5"] == str(ID) + "epci/244400404"
    assert conv["E2"] == str(ID) + "network/cress-ile-de-france"
    assert conv["E7"] == str(ESST["commande-publique-responsable"])
    assert iris_by_key(resolve(yearless()))["E2"] == str(ID) + "collectivite/blois"  # no code: slug


def test_collectivite_with_gazetteer_key_but_no_code_uses_the_gazetteer():
    x = yearless()
    x.entities[1].ids = {"gazetteer": "https://w3id.org/essgraph/vocab/actor/blois"}
    assert iris_by_key(resolve(x))["E2"] == str(ID) + "org/blois"
    x.entities[1].ids["insee"] = "41018"
    assert iris_by_key(resolve(x))["E2"] == str(ID) + "commune/41018"  # the official code wins


def test_resolve_returns_a_copy_and_keeps_an_iri_already_set():
    x = pantin()
    x.entities[0].iri = P + "marie-durand-2"
    y = resolve(x)
    assert x.entities[1].iri is None  # input untouched
    assert y.entities[0].iri == P + "marie-durand-2"


def test_same_decision_maps_iri_b_to_iri_a_transitively():
    d = Decisions()
    d.add(P + "marie-durand", P + "m-durand", "same")
    d.add(P + "m-durand", P + "marie-durant", "same")
    assert d.canonical(P + "marie-durant") == P + "marie-durand"
    assert d.canonical(P + "marie-durand") == P + "marie-durand"
    x = pantin()
    x.entities[0].name = "Marie Durant"
    assert iris_by_key(resolve(x, d))["E1"] == P + "marie-durand"


def test_a_cycle_of_same_decisions_resolves_to_its_smallest_iri_whatever_the_order():
    rows = [(P + "b", P + "a"), (P + "a", P + "c"), (P + "c", P + "b")]
    for order in (rows, rows[::-1]):
        d = Decisions()
        for a, b in order:
            d.add(a, b, "same")
        assert {d.canonical(P + k) for k in "abc"} == {P + "a"}


def test_contrary_decision_on_a_pair_is_refused():
    d = Decisions()
    d.add(P + "a", P + "b", "same")
    with pytest.raises(UsageError, match="already marked 'same'"):
        d.add(P + "b", P + "a", "different")
    with pytest.raises(UsageError, match="itself"):
        d.add(P + "a", P + "a", "same")


def test_decisions_file_round_trip_is_sorted_and_survives_a_rebuild(tmp_path):
    path = tmp_path / "store" / "decisions.csv"
    d = Decisions()
    d.add(P + "z-durand", P + "zz", "different", "homonymes, vérifié")
    d.add(P + "marie-durand", P + "m-durand", "same", "même élue")
    d.save(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "iri_a,iri_b,decision,note"
    assert lines[1].startswith(P + "marie-durand,") and lines[2].startswith(P + "z-durand,")
    assert lines[2].endswith('"homonymes, vérifié"')
    again = Decisions.load(path)
    assert [r.model_dump() for r in again.rows()] == [r.model_dump() for r in d.rows()]
    # a "rebuild": a fresh load of the file applies the merge again
    x = pantin()
    x.entities[0].name = "M. Durand"
    g = extraction_to_graph(resolve(x, Decisions.load(path)))
    assert ("holds_post", P + "marie-durand", str(ID) + "commune/93055", "adjointe à la maire") in graph_to_relations(g)


def test_missing_file_means_no_decisions(tmp_path):
    assert len(Decisions.load(tmp_path / "decisions.csv")) == 0


def test_hand_edited_file_with_blank_lines_and_case(tmp_path):
    path = tmp_path / "decisions.csv"
    path.write_text("iri_a,iri_b,decision,note\n\n%sa,%sb, SAME ,\n,,,\n" % (P, P), encoding="utf-8")
    assert Decisions.load(path).canonical(P + "b") == P + "a"


@pytest.mark.parametrize("content,problem", [
    ("iri_a,iri_b,note\nx,y,z\n", "missing column"),
    ("iri_a,iri_b,decision,note\nx,y,maybe,\n", "line 2: decision 'maybe'"),
    ("iri_a,iri_b,decision,note\nx,,same,\n", "line 2: iri_a and iri_b"),
    ("iri_a,iri_b,decision,note\nx,y,same,\ny,x,different,\n", "line 3"),
])
def test_bad_decisions_file_names_file_and_line(tmp_path, content, problem):
    path = tmp_path / "decisions.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match="decisions.csv") as err:
        Decisions.load(path)
    assert problem in str(err.value)


# -- suggestions ---------------------------------------------------------------------------

@pytest.mark.parametrize("a,b,score", [
    ("François Dechy", "francois dechy", 1.0),
    ("François Dechy", "F. Dechy", 0.9),
    ("Jean-Marc Dupont", "J.-M. Dupont", 0.9),
    ("Marie Anne Durand", "Marie Durand", 0.9),
    ("Dechy", "François Dechy", 0.75),
    ("Marie Durand", "Paul Durand", 0.0),
    ("Marie Durand", "Marie Dupont", 0.0),
])
def test_name_similarity(a, b, score):
    assert name_similarity(a, b) == score
    assert name_similarity(b, a) == score


def test_suggest_merges_for_persons_only_fuller_name_first():
    names = {
        P + "francois-dechy": "François Dechy",
        P + "f-dechy": "F. Dechy",
        P + "paul-durand": "Paul Durand",
        P + "marie-durand": "Marie Durand",
        str(ID) + "network/dechy": "Dechy",  # not a person: never compared
    }
    assert suggest_merges(names) == [(P + "francois-dechy", P + "f-dechy", 0.9)]
    assert suggest_merges(list(names.items())) == suggest_merges(names)


def test_decided_pairs_are_not_suggested_again_and_accepting_one_merges():
    names = {P + "francois-dechy": "François Dechy", P + "f-dechy": "F. Dechy", P + "dechy": "Dechy"}
    d = Decisions()
    d.add(P + "francois-dechy", P + "dechy", "different", "un autre Dechy")
    assert suggest_merges(names, decisions=d) == [
        (P + "francois-dechy", P + "f-dechy", 0.9), (P + "f-dechy", P + "dechy", 0.75)]
    a, b, _ = suggest_merges(names, decisions=d)[0]
    d.add(a, b, "same", "accepté")
    assert d.canonical(P + "f-dechy") == P + "francois-dechy"
    # F. Dechy is now François Dechy, who is known to differ from "Dechy": nothing left to review
    assert suggest_merges(names, decisions=d) == []


def test_two_same_rows_for_one_iri_b_resolve_whatever_the_order():
    rows = [(P + "marie-durand", P + "m-durand"), (P + "marie-a-durand", P + "m-durand")]
    results = set()
    for order in (rows, rows[::-1]):
        d = Decisions()
        for a, b in order:
            d.add(a, b, "same")
        results.add(tuple(d.canonical(x) for x in (P + "m-durand", P + "marie-durand", P + "marie-a-durand")))
    assert results == {(P + "marie-a-durand",) * 3}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abcdef"), st.sampled_from("abcdef")), max_size=8, unique_by=lambda t: frozenset(t)),
       st.randoms())
def test_canonical_is_idempotent_and_independent_of_row_order(pairs, rnd):
    pairs = [(P + a, P + b) for a, b in pairs if a != b]
    shuffled = list(pairs)
    rnd.shuffle(shuffled)
    d1, d2 = Decisions(), Decisions()
    for a, b in pairs:
        d1.add(a, b, "same")
    for a, b in shuffled:
        d2.add(a, b, "same")
    for k in "abcdef":
        c = d1.canonical(P + k)
        assert d1.canonical(c) == c
        assert d2.canonical(P + k) == c
    for a, b in pairs:  # every same pair ends up together
        assert d1.canonical(a) == d1.canonical(b)


def test_suggestions_from_the_graphs_of_two_documents():
    # the same man written "Paul Martin" in one document and "P. Martin" in another
    a = convention()
    b = pantin()
    b.entities[0].name = "P. Martin"
    ds = Dataset()
    for x in (a, b):
        g = extraction_to_graph(resolve(x))
        ctx = ds.graph(g.identifier)
        for t in g:
            ctx.add(t)
    names = person_names(ds)
    assert names == {P + "paul-martin": "Paul Martin", P + "p-martin": "P. Martin"}
    assert suggest_merges(names) == [(P + "paul-martin", P + "p-martin", 0.9)]
