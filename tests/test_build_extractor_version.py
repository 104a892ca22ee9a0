"""A new version of the text extractor re-extracts the documents the store already has."""
from __future__ import annotations

import loaders.extract as extract_pkg
from graph.store import EssStore
from loaders.pipeline import build
from tests.conftest import assert_same_dataset, snapshot

DOC = ("Publié le 4 mars 2024. Mahel Coppey, présidente du RTES, a ouvert la rencontre "
       "organisée par la CRESS Bretagne à Rennes le jeudi 14 mars 2024.")


def test_documents_from_an_older_extractor_are_extracted_again(tmp_path, monkeypatch):
    src = tmp_path / "docs"
    src.mkdir()
    (src / "a.txt").write_text(DOC, encoding="utf-8")
    current = extract_pkg.extractor_name()
    monkeypatch.setattr(extract_pkg, "extractor_name", lambda: "essgraph.rules-fr/0.9+old-model")
    store = EssStore(tmp_path / "store")
    assert build([src], store).count("added") == 1
    monkeypatch.setattr(extract_pkg, "extractor_name", lambda: current)
    again = build([src], store)
    assert again.count("replaced") == 1, again
    versions = {str(r[1]) for r in store.query(
        "PREFIX ess: <https://w3id.org/essgraph/ontology#> SELECT ?d ?v WHERE { ?a ess:extractorVersion ?v BIND(1 AS ?d) }")}
    assert versions == {current}
    before = snapshot(store)
    assert build([src], store).count("unchanged") == 1  # and then the store is stable again
    assert_same_dataset(before, snapshot(store))
