"""The maps in headless Chromium: drawn offline, without console errors, all nodes there,
search and filters working. Screenshots go to tests/artifacts/ (git-ignored).

Needs Debian's chromium and chromium-driver and PyPI's selenium (scripts/install_test_services.sh)."""
from __future__ import annotations

import pytest

from queries.maps import geo, render_geomap, render_map
from tests import fixtures_maps as fx
from tests.browser import chromium_missing, console_errors, open_browser, screenshot, wait_for

pytestmark = pytest.mark.skipif(chromium_missing() is not None, reason=chromium_missing() or "")


@pytest.fixture(scope="module")
def browser():
    with open_browser() as driver:
        yield driver


def _load_map(driver, path):
    driver.get(path.as_uri())
    wait_for(driver, "window.essgraphMap && window.essgraphMap.drawn")
    return driver.execute_script("return window.essgraphMap.nodes.length")


def test_small_map_draws_and_filters(browser, tmp_path):
    G = fx.small_graph()
    stats = render_map(G, tmp_path / "small.html")
    assert _load_map(browser, tmp_path / "small.html") == stats.nodes
    assert browser.execute_script("return window.essgraphMap.edges.length") == stats.edges
    assert console_errors(browser) == []
    screenshot(browser, "map_small.png")

    # filter: untick "Personne" in the legend
    persons = stats.kinds["Person"]
    box = browser.find_element("css selector", "input.kind-filter[value='Person']")
    box.click()
    visible = browser.execute_script("return window.essgraphMap.visibleNodes")
    assert visible == stats.nodes - persons
    hidden_edges = browser.execute_script(
        "return window.essgraphMap.edges.get({filter: function (e) { return e.hidden; }}).length")
    assert hidden_edges > 0  # posts of the hidden persons
    browser.find_element("css selector", "#reset").click()
    assert browser.execute_script("return window.essgraphMap.visibleNodes") == stats.nodes

    # search: type a name, press Enter; the node is selected and its sources shown
    search = browser.find_element("css selector", "#search")
    search.send_keys("claire dub\n")
    selected = browser.execute_script("return window.essgraphMap.network.getSelectedNodes()")
    assert selected == [fx.CLAIRE]
    details = browser.find_element("css selector", "#details").text
    assert "Claire Dubois" in details and "vice-présidente" in details
    assert browser.find_elements("css selector", "#details script") == []
    assert console_errors(browser) == []
    screenshot(browser, "map_small_search.png")


def test_tooltip_element_is_escaped_text(browser, tmp_path):
    render_map(fx.small_graph(), tmp_path / "m.html")
    _load_map(browser, tmp_path / "m.html")
    text = browser.execute_script(
        "var e = window.essgraphMap.edges.get({filter: function (e) { return e.from.indexOf('claire') >= 0; }})[0];"
        "return [e.title.textContent, e.title.querySelectorAll('script').length];")
    assert "<script>alert(1)</script>" in text[0] and text[1] == 0


def test_synthetic_2000_node_map(browser, tmp_path):
    G = fx.synthetic_graph(2000)
    stats = render_map(G, tmp_path / "big.html")
    assert _load_map(browser, tmp_path / "big.html") == 2000 == stats.nodes
    assert console_errors(browser) == []
    browser.execute_script("document.getElementById('community').value = '0';"
                           "document.getElementById('community').dispatchEvent(new Event('change'));")
    visible = browser.execute_script("return window.essgraphMap.visibleNodes")
    assert 0 < visible < 2000
    screenshot(browser, "map_2000_community.png")
    # degree threshold slider, on all communities
    browser.find_element("css selector", "#reset").click()
    browser.execute_script("var s = document.getElementById('min-degree'); s.value = 3;"
                           "s.dispatchEvent(new Event('input'));")
    # degree on the page is that of the simple undirected graph
    import networkx as nx
    expected = sum(1 for _, k in nx.Graph(G.to_undirected()).degree() if k >= 3)
    assert browser.execute_script("return window.essgraphMap.visibleNodes") == expected
    screenshot(browser, "map_2000_degree3.png")


def test_focused_map(browser, tmp_path):
    stats = render_map(fx.small_graph(), tmp_path / "f.html", focus="Bruno Le Gall", depth=1)
    assert _load_map(browser, tmp_path / "f.html") == stats.nodes
    assert console_errors(browser) == []


def test_geomap_offline(browser, tmp_path):
    stats = render_geomap(fx.small_graph(), tmp_path / "geo.html")
    browser.get((tmp_path / "geo.html").as_uri())
    level = wait_for(browser, "window.essgraphGeo && window.essgraphGeo.level")
    assert level in ("region", "departement", "collectivite")
    assert console_errors(browser) == []
    # the offline outline: one layer per région (and overseas département), drawn on the canvas
    outline = geo.france_outline()
    if outline is not None:
        browser.execute_script("window.essgraphGeo.map.setView([46.6, 2.4], 5, {animate: false})")
        drawn = browser.execute_script(
            "var n = 0, k = 0; window.essgraphGeo.outline.eachLayer(function (l) { k++;"
            " if (l._parts && l._parts.length) n++; }); return [k, n];")
        assert drawn[0] == len(outline["features"])
        assert drawn[1] >= 13  # every metropolitan région has projected parts in view
    if stats.placed == 0:
        pytest.skip("loaders.cog has no coordinates yet: nothing placed")
    # zooming in switches from aggregates to the collectivités themselves
    assert browser.execute_script("return window.essgraphGeo.zoomTo(4)") == "region"
    n_regions = browser.execute_script(
        "var n = 0; window.essgraphGeo.groups.region.eachLayer(function (l) { if (l.getRadius) n++; }); return n;")
    assert n_regions == stats.regions
    assert browser.execute_script("return window.essgraphGeo.zoomTo(7)") == "departement"
    assert browser.execute_script("return window.essgraphGeo.zoomTo(10)") == "collectivite"
    n_points = browser.execute_script(
        "var n = 0; window.essgraphGeo.groups.collectivite.eachLayer(function (l) { if (l.getRadius) n++; }); return n;")
    assert n_points == stats.placed
    browser.execute_script("window.essgraphGeo.zoomTo(5)")
    screenshot(browser, "geomap.png")
    assert console_errors(browser) == []
