"""End to end on the sample corpus: store -> networkx projection -> map, geomap and report."""
from __future__ import annotations

import re

import pytest

from queries.maps import render_geomap, render_map
from queries.report import build_report


@pytest.fixture(scope="module")
def corpus_graph(built_store):
    from graph.project_nx import to_networkx

    return to_networkx(built_store)


def test_corpus_map(corpus_graph, built_store, tmp_path):
    G = corpus_graph
    assert G.number_of_nodes() > 10
    stats = render_map(G, tmp_path / "m.html", store=built_store)
    html = (tmp_path / "m.html").read_text(encoding="utf-8")
    public = [n for n, d in G.nodes(data=True) if not d.get("private")]
    assert stats.nodes == len(public)
    assert not re.search(r"<(script|link)\b[^>]*(src|href)\s*=\s*[\"']?(https?:)?//", html, re.I)
    data = re.search(r"var rawNodes = .*?var options", html, re.S).group(0)
    assert not re.search(r"[\w.+-]+@[\w-]+\.[a-z]{2,}", data), "an e-mail address reached the page"
    # document titles from the store name the sources in tooltips
    titles = [d.title for d in built_store.documents(include_private=False) if d.title]
    assert any(t[:30] in html or t[:30].replace("'", "&#x27;") in html for t in titles)


def test_corpus_private_stays_out(corpus_graph, built_store, tmp_path):
    private = {d.doc_id for d in built_store.documents() if d.private}
    if not private:
        pytest.skip("the sample corpus has no private document")
    render_map(corpus_graph, tmp_path / "m.html", store=built_store)
    html = (tmp_path / "m.html").read_text(encoding="utf-8")
    assert not any(f"[{p}]" in html for p in private)
    full = render_map(corpus_graph, tmp_path / "p.html", store=built_store, include_private=True)
    assert full.nodes >= render_map(corpus_graph, tmp_path / "q.html", store=built_store).nodes


def test_corpus_report_and_geomap(corpus_graph, built_store, tmp_path):
    stats = build_report(corpus_graph, tmp_path / "r.html", store=built_store)
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert stats.notes > 0 and "<section id=\"notes\">" in html
    for d in built_store.documents(include_private=False):
        if d.doc_id in html:
            break
    else:
        pytest.fail("no source document of the store is cited in the report")
    geo = render_geomap(corpus_graph, tmp_path / "g.html", store=built_store)
    assert geo.collectivites >= 1
