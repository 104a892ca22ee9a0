"""Exports: named graphs kept in TriG and N-Quads, every format parses back, GraphML opens in networkx."""
from __future__ import annotations

import networkx as nx
import pytest
from rdflib import Dataset, Graph

from essgraph.cli import main


@pytest.mark.parametrize("fmt, parse_as", [("trig", "trig"), ("nquads", "nquads")])
def test_quad_formats_keep_named_graphs(built_store, tmp_path, fmt, parse_as):
    out = tmp_path / f"g.{fmt}"
    assert main(["export", "--format", fmt, "--out", str(out), "--store", str(built_store.path)]) == 0
    ds = Dataset()
    ds.parse(out, format=parse_as)
    public = {str(d.graph) for d in built_store.documents(include_private=False)}
    exported = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert public <= exported
    private = {str(d.graph) for d in built_store.documents() if d.private}
    assert private and not (private & exported)


@pytest.mark.parametrize("fmt, parse_as", [("turtle", "turtle"), ("json-ld", "json-ld")])
def test_triple_formats_parse_back(built_store, tmp_path, fmt, parse_as):
    out = tmp_path / "g.out"
    assert main(["export", "--format", fmt, "--out", str(out), "--store", str(built_store.path)]) == 0
    g = Graph().parse(out, format=parse_as)
    assert len(g) == len(built_store.union_graph())


def test_graphml_for_gephi(built_store, tmp_path):
    from graph.project_nx import to_networkx

    out = tmp_path / "g.graphml"
    assert main(["export", "--format", "graphml", "--out", str(out), "--store", str(built_store.path)]) == 0
    G = nx.read_graphml(out)
    P = to_networkx(built_store)
    assert G.number_of_nodes() == P.number_of_nodes()
    assert G.number_of_edges() == P.number_of_edges()
