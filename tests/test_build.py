"""Incremental builds: skip, replace, forget, isomorphism, failures leave the store as it was."""
from __future__ import annotations

import shutil

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import CORPUS, assert_same_dataset, snapshot
from graph.store import EssStore
from loaders.pipeline import build

DOC_A = ("Publié le 4 mars 2024. Mahel Coppey, présidente du RTES, a ouvert la rencontre "
         "organisée par la CRESS Bretagne à Rennes le jeudi 14 mars 2024.")
DOC_B = ("La Ville de Lille et la Métropole européenne de Lille ont signé une convention de partenariat "
         "avec le RTES le 2 juin 2023.")


def _write(d, name, text):
    p = d / name
    p.write_text(text, encoding="utf-8")
    return p


def test_build_twice_changes_nothing(tmp_path):
    src = tmp_path / "docs"
    src.mkdir()
    _write(src, "a.txt", DOC_A)
    _write(src, "b.txt", DOC_B)
    store = EssStore(tmp_path / "store")
    first = build([src], store)
    assert first.count("added") == 2, first
    before = snapshot(store)
    second = build([src], store)
    assert second.count("unchanged") == 2
    assert_same_dataset(before, snapshot(store))


def test_fresh_stores_are_isomorphic(tmp_path):
    stores = []
    for i in range(2):
        s = EssStore(tmp_path / f"s{i}")
        build([CORPUS], s, include_private=True)
        stores.append(snapshot(s))
        s.close()
    assert_same_dataset(*stores)


def test_changed_document_replaces_only_its_graph(tmp_path):
    src = tmp_path / "docs"
    src.mkdir()
    a = _write(src, "a.txt", DOC_A)
    _write(src, "b.txt", DOC_B)
    store = EssStore(tmp_path / "store")
    build([src], store)
    before = snapshot(store)
    ids_before = {d.source: d.doc_id for d in store.documents()}
    a.write_text(DOC_A.replace("Rennes", "Brest"), encoding="utf-8")
    rep = build([src], store)
    assert rep.count("replaced") == 1 and rep.count("unchanged") == 1
    ids_after = {d.source: d.doc_id for d in store.documents()}
    assert len(ids_after) == 2
    b_key = str((src / "b.txt").resolve())
    a_key = str(a.resolve())
    assert ids_after[b_key] == ids_before[b_key]
    assert ids_after[a_key] != ids_before[a_key]
    after = snapshot(store)
    g_b = store.document(ids_after[b_key]).graph
    assert_same_dataset({g_b: before[g_b]}, {g_b: after[g_b]})
    assert not any("Rennes" in str(o) for s, p, o in after[store.document(ids_after[a_key]).graph])


def test_forget_removes_one_document(tmp_path):
    src = tmp_path / "docs"
    src.mkdir()
    _write(src, "a.txt", DOC_A)
    _write(src, "b.txt", DOC_B)
    store = EssStore(tmp_path / "store")
    build([src], store)
    gone = store.forget("a.txt")
    assert len(gone) == 1
    assert [d.source.endswith("b.txt") for d in store.documents()] == [True]


def test_failed_document_leaves_store_untouched_and_batch_goes_on(tmp_path):
    src = tmp_path / "docs"
    src.mkdir()
    _write(src, "a.txt", DOC_A)
    store = EssStore(tmp_path / "store")
    build([src], store)
    before = snapshot(store)
    (src / "a.txt").write_bytes(b"")  # the known source becomes empty: must not wipe its graph
    (src / "z.pdf").write_bytes(b"%PDF-1.4 broken")
    _write(src, "b.txt", DOC_B)
    rep = build([src, tmp_path / "missing.txt"], store)
    errors = [o.error for o in rep.failed]
    assert len(errors) == 3, errors
    assert any("a.txt: file is empty" in e for e in errors)
    assert any("z.pdf" in e and "PDF" in e for e in errors)
    assert any("missing.txt" in e for e in errors)
    assert rep.count("added") == 1
    after = snapshot(store)
    for g, graph in before.items():
        assert_same_dataset({g: graph}, {g: after[g]})


def test_private_documents_skipped_unless_asked(tmp_path):
    src = tmp_path / "docs"
    src.mkdir()
    _write(src, "interne.txt", DOC_B + "\nRessource privée : Oui\nContact : jeanne.martin@example.org – 06 12 34 56 78")
    store = EssStore(tmp_path / "store")
    assert build([src], store).count("skipped-private") == 1
    assert len(store.documents()) == 0
    assert build([src], store, include_private=True).count("added") == 1
    assert store.documents(include_private=False) == []
    assert len(store.documents(include_private=True)) == 1
    rows = list(store.query("SELECT ?s WHERE { ?s ?p ?o }"))
    hidden = list(store.query("SELECT ?s WHERE { ?s ?p ?o }", include_private=True))
    assert len(rows) < len(hidden)
    dump = store.export("nquads", include_private=True).decode()
    assert "jeanne.martin@example.org" not in dump and "06 12 34 56 78" not in dump
    assert "Lille" not in store.export("nquads").decode()


NAMES = st.sampled_from(["Claire Dubois", "Marc Lefèvre", "Sophie Garnier", "Yann Le Gall"])
ORGS = st.sampled_from(["du RTES", "de la CRESS Occitanie", "de l'AMIF", "de France urbaine"])
ROLES = st.sampled_from(["présidente", "vice-président", "déléguée générale", "administrateur"])


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(NAMES, ROLES, ORGS), min_size=1, max_size=3))
def test_loading_twice_changes_nothing_property(tmp_path_factory, posts):
    d = tmp_path_factory.mktemp("prop")
    text = " ".join(f"{n}, {r} {o}, a pris la parole." for n, r, o in posts)
    _write(d, "doc.txt", text)
    store = EssStore(backend="memory")
    build([d], store)
    before = snapshot(store)
    build([d], store)
    assert_same_dataset(before, snapshot(store))
    shutil.rmtree(d)
