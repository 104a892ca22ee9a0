"""The policy report: sections, numbered notes quoting sources, filters, PDF text layer."""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from essgraph.errors import UsageError
from queries.report import build_report
from tests import fixtures_maps as fx
from tests.browser import chromium_missing, console_errors, open_browser, screenshot

REMOTE = re.compile(r"<(script|link|img)\b[^>]*(src|href)\s*=\s*[\"']?(https?:)?//", re.I)


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    out = tmp_path_factory.mktemp("report") / "report.html"
    stats = build_report(fx.small_graph(), out, validation=(False, None, "Violation: Person without name"))
    return stats, out.read_text(encoding="utf-8")


def test_sections_and_figures(report):
    stats, html = report
    for sid in ("summary", "partnerships", "key-actors", "communities", "coverage", "bridges", "quality", "notes"):
        assert f'<section id="{sid}">' in html
    G = fx.small_graph()
    assert (stats.nodes, stats.edges) == (G.number_of_nodes() - 1, G.number_of_edges() - 1)  # private person and post out
    assert "Personne Privée" not in html and "Note interne" not in html
    assert not REMOTE.search(html)
    assert html.count("data:image/png;base64,") >= 3  # kinds, timeline, territorial map


def test_every_statement_cites_quotes(report):
    stats, html = report
    notes = dict(re.findall(r'<li id="note-(\d+)" value="\d+">« (.*?) »', html))
    assert len(notes) == stats.notes > 10
    cited = {int(n) for n in re.findall(r'href="#note-(\d+)"', html)}
    assert cited == {int(n) for n in notes}  # no dangling reference, no unused note
    # the convention line of the timeline cites the signature quotes
    row = re.search(r"<td>2024-10-08</td>.*?</tr>", html, re.S).group(0)
    nums = re.findall(r"#note-(\d+)", row)
    assert any("signe la convention" in notes[n] for n in nums)
    # partnership rows and bridging élus carry notes
    bridges = html[html.index('<section id="bridges">'):html.index('<section id="quality">')]
    assert "Bruno Le Gall" in bridges and "#note-" in bridges


def test_no_contacts_and_escaped(report):
    _, html = report
    assert "alice.martin@example.org" not in html and "04 76 00 00 00" not in html
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html
    assert "<b>&</b>" not in html


def test_quality_section(report):
    _, html = report
    q = html[html.index('<section id="quality">'):html.index('<section id="notes">')]
    assert "Pays du Trégor imaginaire" in q  # collectivité without INSEE code
    assert "Collectivités identifiées par un code officiel (INSEE ou SIREN) : 8 sur 9" in q
    assert "pas conforme" in q and "Person without name" in q
    assert "Rencontres du réseau des collectivités pour l&#39;ESS, Grenoble" in q or "Rencontres du réseau des collectivités pour l&#x27;ESS, Grenoble" in q


def test_filters(tmp_path):
    G = fx.small_graph()
    bzh = build_report(G, tmp_path / "bzh.html", territory="Bretagne")
    html = (tmp_path / "bzh.html").read_text(encoding="utf-8")
    assert "Territoire : Bretagne" in html and "Grenoble-Alpes-Métropole" not in html
    net = build_report(G, tmp_path / "net.html", network="RTES")
    assert 0 < net.nodes < 21
    recent = build_report(G, tmp_path / "recent.html", since="2024-07")
    assert "Rencontres nationales du réseau 2024" not in (tmp_path / "recent.html").read_text(encoding="utf-8")
    assert recent.nodes < 21
    with pytest.raises(UsageError, match="not a Network"):
        build_report(G, tmp_path / "x.html", network="Grenoble")
    with pytest.raises(UsageError, match=".html or .pdf"):
        build_report(G, tmp_path / "x.docx")


def test_report_opens_in_chromium(tmp_path):
    if chromium_missing():
        pytest.skip(chromium_missing())
    build_report(fx.small_graph(), tmp_path / "r.html")
    with open_browser() as b:
        b.get((tmp_path / "r.html").as_uri())
        imgs = b.execute_script("return Array.from(document.images).map(function (i) { return i.naturalWidth; })")
        assert imgs and all(w > 0 for w in imgs)
        assert console_errors(b) == []
        screenshot(b, "report.png")


@pytest.mark.skipif(shutil.which("chromium") is None or shutil.which("pdftoppm") is None,
                    reason="PDF needs chromium and poppler-utils: the setup script must `apt-get install -y chromium poppler-utils`")
def test_pdf_pages_and_text_layer(tmp_path):
    from tests.browser import ARTIFACTS

    stats = build_report(fx.small_graph(), tmp_path / "r.pdf")
    assert stats.format == "pdf" and (tmp_path / "r.pdf").read_bytes()[:5] == b"%PDF-"
    info = subprocess.run(["pdfinfo", str(tmp_path / "r.pdf")], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert 2 <= pages <= 30
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(tmp_path / "r.pdf"), str(ARTIFACTS / "report_pdf")], check=True)
    assert len(list(ARTIFACTS.glob("report_pdf-*.png"))) >= pages
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "r.pdf"), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    assert "la Région Bretagne signe la convention" in flat
    assert "[d0000000000000002]" in flat
    assert "example.org" not in flat
