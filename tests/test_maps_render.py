"""Network and geographic maps as files: offline, escaped, without contact details, right selection."""
from __future__ import annotations

import json
import re

import pytest

from essgraph.errors import UsageError
from queries.maps import render_geomap, render_map
from queries.maps.common import strip_contacts
from tests import fixtures_maps as fx

REMOTE = re.compile(r"<(script|link)\b[^>]*(src|href)\s*=\s*[\"']?(https?:)?//", re.I)


def _data(html: str, var: str) -> list:
    m = re.search(rf"var {var} = (\[.*?\]);\n", html, re.S)
    assert m, f"{var} not found in page"
    return json.loads(m.group(1))


@pytest.fixture(scope="module")
def full(tmp_path_factory):
    out = tmp_path_factory.mktemp("maps") / "full.html"
    stats = render_map(fx.small_graph(), out)
    return stats, out.read_text(encoding="utf-8")


def test_full_map_is_self_contained_and_complete(full):
    stats, html = full
    assert not REMOTE.search(html), REMOTE.search(html).group(0)
    assert "bootstrap" not in html.lower() and "tom-select" not in html.lower()
    assert "sourceMappingURL" not in html
    nodes = _data(html, "rawNodes")
    G = fx.small_graph()
    public = [n for n, d in G.nodes(data=True) if not d["private"]]
    assert sorted(n["id"] for n in nodes) == sorted(public)
    assert stats.nodes == len(public) and fx.SECRET not in {n["id"] for n in nodes}
    assert all("x" in n and "y" in n and n["physics"] is False for n in nodes)
    assert '"physics": {"enabled": false}' in html
    # legend lists every kind drawn
    for fr in ("Personne", "Collectivité", "Réseau", "Convention", "Événement"):
        assert fr in html


def test_tooltips_escape_html_and_hide_contacts(full):
    _, html = full
    assert "alert(1)" not in html or "<script>alert(1)" not in html
    edges = _data(html, "rawEdges")
    titles = " ".join(e["title"] for e in edges) + " ".join(n["title"] for n in _data(html, "rawNodes"))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in titles
    assert "<script>" not in titles and "<b>&</b>" not in titles
    assert "alice.martin@example.org" not in html and "04 76 00 00 00" not in html
    assert "[coordonnées retirées]" in titles
    # tooltips carry role, dates, quote and source document
    post = next(e for e in edges if e["from"] == fx.ALICE and e["to"] == fx.RTES)
    assert "présidente" in post["title"] and "depuis 2022" in post["title"]
    assert "Rencontres du réseau des collectivités pour l&#x27;ESS, Grenoble" in post["title"]


def test_strip_contacts_variants():
    assert "@" not in strip_contacts("mail: a.b-c@ville-x.fr, tél 06.12.34.56.78")
    assert "12" not in strip_contacts("appeler le +33 (0)1 23 45 67 89")
    assert strip_contacts("Le 12 mars 2024, 300 élus") == "Le 12 mars 2024, 300 élus"


def test_focus_depth(tmp_path):
    G = fx.small_graph()
    s1 = render_map(G, tmp_path / "a.html", focus="Alice Martin", depth=1)
    ids = {n["id"] for n in _data((tmp_path / "a.html").read_text(), "rawNodes")}
    assert ids == {fx.ALICE, fx.GRENOBLE, fx.RTES, fx.EVENT}
    s2 = render_map(G, tmp_path / "b.html", focus=fx.ALICE, depth=2)
    assert s2.nodes > s1.nodes
    with pytest.raises(UsageError, match="no such node"):
        render_map(G, tmp_path / "c.html", focus="Personne Inconnue")


def test_territory_by_name_or_code(tmp_path):
    G = fx.small_graph()
    by_name = render_map(G, tmp_path / "t1.html", territory="Bretagne")
    ids = {n["id"] for n in _data((tmp_path / "t1.html").read_text(), "rawNodes")}
    assert {fx.SAINT_BRIEUC, fx.SBAA, fx.BRETAGNE, fx.COTES} <= ids
    assert fx.GRENOBLE not in ids and fx.METRO not in ids
    by_code = render_map(G, tmp_path / "t2.html", territory="53")
    assert by_code.nodes == by_name.nodes
    dep = render_map(G, tmp_path / "t3.html", territory="38")
    ids = {n["id"] for n in _data((tmp_path / "t3.html").read_text(), "rawNodes")}
    assert fx.GRENOBLE in ids and fx.BRETAGNE not in ids
    with pytest.raises(UsageError, match="territory"):
        render_map(G, tmp_path / "t4.html", territory="Atlantide")


def test_theme_since_and_degree(tmp_path):
    G = fx.small_graph()
    render_map(G, tmp_path / "th.html", theme="emploi", depth=0)
    ids = {n["id"] for n in _data((tmp_path / "th.html").read_text(), "rawNodes")}
    assert ids == {fx.T_EMPLOI, fx.CONV, fx.EVENT}
    render_map(G, tmp_path / "s.html", since="2024-07")
    ids = {n["id"] for n in _data((tmp_path / "s.html").read_text(), "rawNodes")}
    assert fx.EVENT not in ids and fx.CONV in ids  # June 2024 event is before, October convention after
    edges = _data((tmp_path / "s.html").read_text(), "rawEdges")
    assert not any(e["from"] == fx.BRUNO and e["to"] == fx.BRETAGNE for e in edges)  # post ended 2023-12
    st = render_map(G, tmp_path / "d.html", min_degree=3)
    assert st.dropped_below_degree > 0
    deg = {n["id"] for n in _data((tmp_path / "d.html").read_text(), "rawNodes")}
    assert fx.RTES in deg and fx.T_ALIM not in deg


def test_synthetic_map_scale(tmp_path):
    G = fx.synthetic_graph(2000)
    st = render_map(G, tmp_path / "big.html")
    assert st.nodes == 2000 and st.edges == G.number_of_edges()
    assert 5 <= st.communities <= 400
    nodes = _data((tmp_path / "big.html").read_text(), "rawNodes")
    assert len({(n["x"], n["y"]) for n in nodes}) > 1900  # laid out, not piled up


def test_geomap_places_and_aggregates(tmp_path):
    G = fx.small_graph()
    st = render_geomap(G, tmp_path / "geo.html")
    html = (tmp_path / "geo.html").read_text(encoding="utf-8")
    assert not REMOTE.search(html)
    assert "Leaflet" in html
    assert st.collectivites == 9
    assert any("Pays du Trégor imaginaire" in u for u in st.unplaced)
    if st.placed == 0:
        pytest.skip("loaders.cog has no coordinates yet: nothing to place")
    assert st.regions == 2 and st.departements == 2
    layers = json.loads(re.search(r"var layersData = (\{.*?\});\n", html, re.S).group(1))
    assert {p["id"] for p in layers["region"]["points"]} == {"53", "84"}
    assert len(layers["collectivite"]["points"]) == st.placed
    assert st.links >= 1 and layers["collectivite"]["links"]


def test_geomap_locator_and_territory(tmp_path):
    G = fx.small_graph()
    where = {"38185": (45.1875, 5.7357), "22278": (48.5141, -2.7603)}
    st = render_geomap(G, tmp_path / "g.html", locate=lambda d: where.get(d.get("insee") or ""), territory="Bretagne")
    assert st.placed == 1 and st.collectivites == 5
