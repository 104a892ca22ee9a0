"""Shared fixtures: the sample corpus built once per session, paths to ../shared."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside the repository")
    return SEEDS


@pytest.fixture(scope="session")
def built_store(tmp_path_factory):
    """The sample corpus (private documents included) in an on-disk Oxigraph store."""
    from graph.store import EssStore
    from loaders.pipeline import build

    store = EssStore(tmp_path_factory.mktemp("corpus-store"))
    report = build([CORPUS], store, include_private=True)
    assert not report.failed, [o.error for o in report.failed]
    yield store
    store.close()


@pytest.fixture(scope="session")
def seeds_store(tmp_path_factory, seeds_dir):
    from graph.store import EssStore
    from loaders.pipeline import build

    store = EssStore(tmp_path_factory.mktemp("seeds-store"))
    report = build([seeds_dir], store)
    assert not report.failed, [o.error for o in report.failed]
    yield store
    store.close()


def snapshot(store) -> dict:
    """Named graph IRI -> in-memory rdflib Graph, for isomorphism checks."""
    from rdflib import Graph

    out = {}
    for s, p, o, g in store.visible_quads(include_private=True):
        out.setdefault(g, Graph()).add((s, p, o))
    return out


def assert_same_dataset(a: dict, b: dict) -> None:
    """Same named graphs, each isomorphic; on failure print what differs."""
    from rdflib.compare import graph_diff, isomorphic, to_isomorphic

    assert sorted(a) == sorted(b), f"named graphs differ: {sorted(set(a) ^ set(b))}"
    for g in a:
        if not isomorphic(a[g], b[g]):
            _, only_a, only_b = graph_diff(to_isomorphic(a[g]), to_isomorphic(b[g]))
            raise AssertionError(
                f"graph {g} differs\n--- only in first:\n{only_a.serialize(format='nt')}"
                f"\n--- only in second:\n{only_b.serialize(format='nt')}"
            )
