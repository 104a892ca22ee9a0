"""The official région and département outlines the geographic map ships
(loaders/cog/data/regions_outline.geojson, departements_outline.geojson), their regeneration
script, and how the map uses them."""
from __future__ import annotations

import csv
import gzip
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from queries.maps import geo, outlines, render_geomap
from tests import fixtures_maps as fx

ROOT = Path(__file__).resolve().parents[1]
REGIONS = {"11", "24", "27", "28", "32", "44", "52", "53", "75", "76", "84", "93", "94"}
COG_CSV = ROOT / "loaders" / "cog" / "data" / "collectivites.csv.gz"


def _rings(feature):
    return [r for p in outlines.polygons(feature["geometry"]) for r in p]


def _check_outline_file(path, codes: set) -> dict:
    """The shipped outline: IGN attribution, exactly ``codes``, closed rings inside France's extent."""
    fc = json.loads(path.read_text(encoding="utf-8"))
    assert "IGN" in fc["attribution"]
    assert {f["properties"]["code"] for f in fc["features"]} == codes
    for f in fc["features"]:
        assert set(f["properties"]) == {"code", "nom", "anchor"}
        for ring in _rings(f):
            assert len(ring) >= 4 and ring[0] == ring[-1], f["properties"]["nom"]
            assert all(-5.5 <= x <= 10 and 41 <= y <= 51.5 for x, y in ring), f["properties"]["nom"]
    return fc


def test_shipped_file_has_the_13_regions_with_closed_rings():
    path = outlines.FILES["region"]
    assert path.stat().st_size <= 150_000
    fc = _check_outline_file(path, REGIONS)
    assert fc["type"] == "FeatureCollection"
    assert (path.parent / "LICENSE-france-geojson.md").exists()


def test_anchor_lies_in_its_own_region_only():
    for code, f in outlines.features_by_code("region").items():
        lat, lon = outlines.anchor("region", code)
        assert outlines.which("region", lon, lat) == code, f["properties"]["nom"]


def _communes() -> dict[str, dict]:
    if not COG_CSV.exists():
        pytest.skip(f"{COG_CSV} not generated")
    with gzip.open(COG_CSV, "rt", encoding="utf-8") as f:
        return {r["insee"]: r for r in csv.DictReader(f) if r["kind"] == "Commune" and r["lat"]}


@pytest.mark.parametrize("insee,reg", [
    ("75056", "11"), ("45234", "24"), ("21231", "27"), ("76540", "28"), ("59350", "32"), ("67482", "44"),
    ("44109", "52"), ("35238", "53"), ("33063", "75"), ("31555", "76"), ("69123", "84"), ("13055", "93"),
    ("2A004", "94"), ("22278", "53"), ("38185", "84")])
def test_known_commune_falls_in_its_region(insee, reg):
    row = _communes()[insee]
    assert row["reg"] == reg
    assert outlines.which("region", float(row["lon"]), float(row["lat"])) == reg


def test_placed_communes_fall_in_their_region():
    """Positions are bounding-box centres: a few land in the sea or across a border (59 of
    34,739 with the 2026 data); the share must stay marginal."""
    feats = outlines.features_by_code("region")
    metro = [r for r in _communes().values() if r["reg"] in feats]
    outside = [r["insee"] for r in metro
               if not outlines.contains(feats[r["reg"]]["geometry"], float(r["lon"]), float(r["lat"]))]
    assert len(metro) > 30_000
    assert len(outside) / len(metro) < 0.003, f"{len(outside)} of {len(metro)} outside: {outside[:20]}"


def test_pole_of_inaccessibility_stays_inside_a_concave_shape():
    # a "C": its centroid (and box centre) fall in the notch, outside the shape
    c = [[0, 0], [4, 0], [4, 1], [1, 1], [1, 3], [4, 3], [4, 4], [0, 4], [0, 0]]
    lon, lat = outlines.pole_of_inaccessibility([c])
    assert outlines.in_polygon(lon, lat, [c])
    assert lon < 1  # in the back of the C, the widest part
    hole = [[0.2, 0.2], [0.8, 0.2], [0.8, 3.8], [0.2, 3.8], [0.2, 0.2]]
    assert not outlines.in_polygon(0.5, 2, [c, hole])


def test_regeneration_script_trims(tmp_path):
    src = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"code": "99", "nom": "Essai", "extra": 1},
         "geometry": {"type": "MultiPolygon", "coordinates": [
             [[[2.00001, 46.0], [2.00004, 46.0], [3.0, 46.0], [3.0, 47.0], [2.0, 47.0]]],  # open ring
             [[[5.0, 45.0], [5.0001, 45.0], [5.0, 45.0001], [5.0, 45.0]]]]}}]}  # collapses at 3 digits
    (tmp_path / "in.geojson").write_text(json.dumps(src), encoding="utf-8")
    out = tmp_path / "out.geojson"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_region_outlines.py"), str(tmp_path / "in.geojson"),
                    "--out", str(out)], check=True, capture_output=True)
    fc = json.loads(out.read_text(encoding="utf-8"))
    (f,) = fc["features"]
    assert f["properties"]["code"] == "99" and set(f["properties"]) == {"code", "nom", "anchor"}
    assert f["geometry"] == {"type": "Polygon", "coordinates": [[[2.0, 46.0], [3.0, 46.0], [3.0, 47.0], [2.0, 47.0], [2.0, 46.0]]]}
    assert outlines.contains(f["geometry"], *f["properties"]["anchor"])
    bad = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_region_outlines.py"), str(tmp_path / "nope.json")],
                         capture_output=True, text=True)
    assert bad.returncode != 0 and "nope.json" in bad.stderr


def test_france_outline_is_official_in_metropolitan_france():
    fc = geo.france_outline()
    official = [f for f in fc["features"] if f["properties"]["source"] == geo.OFFICIAL_OUTLINE]
    traced = [f for f in fc["features"] if f["properties"]["source"] == geo.TRACED_OUTLINE]
    assert {f["properties"]["code"] for f in official} == REGIONS
    assert all(f["properties"]["code"].startswith("97") for f in traced)  # overseas only


def test_geomap_puts_region_markers_inside_regions(tmp_path):
    st = render_geomap(fx.small_graph(), tmp_path / "geo.html")
    if st.placed == 0:
        pytest.skip("loaders.cog has no coordinates yet: nothing placed")
    html = (tmp_path / "geo.html").read_text(encoding="utf-8")
    layers = json.loads(re.search(r"var layersData = (\{.*?\});\n", html, re.S).group(1))
    for p in layers["region"]["points"]:
        assert outlines.which("region", p["lon"], p["lat"]) == p["id"]
        assert (p["lat"], p["lon"]) == outlines.anchor("region", p["id"])
    note = re.search(r'id="outline-note">(.*?)</div>', html, re.S).group(1)
    assert "ADMIN EXPRESS COG 2018" in note and "boîtes englobantes" not in note.split("Outre-mer")[0]
    assert "centre de sa boîte englobante officielle" in html  # positions: said plainly


# --- départements (loaders/cog/data/departements_outline.geojson) ---------------------------

DEPARTEMENTS = {f"{i:02d}" for i in range(1, 96) if i != 20} | {"2A", "2B"}


def test_shipped_departements_are_the_96_metropolitan_ones_with_closed_rings():
    path = outlines.FILES["departement"]
    _check_outline_file(path, DEPARTEMENTS)
    assert outlines.features_by_code("departement")["85"]["properties"]["nom"] == "Vendée"


def test_region_borders_are_departement_borders():
    """Both files come from the same IGN edition: every vertex of a région outline is also a
    vertex of a département outline (shared borders agree to the rounding)."""
    def vertices(level):
        return {tuple(p) for f in outlines.load(level)["features"] for r in _rings(f) for p in r}
    assert vertices("region") <= vertices("departement")


def test_departement_anchor_lies_in_its_own_departement_only():
    for code in outlines.features_by_code("departement"):
        lat, lon = outlines.anchor("departement", code)
        assert outlines.which("departement", lon, lat) == code


@pytest.mark.parametrize("insee,dep", [
    ("75056", "75"), ("01053", "01"), ("2A004", "2A"), ("2B033", "2B"), ("29019", "29"), ("67482", "67"),
    ("13055", "13"), ("59350", "59"), ("63113", "63"), ("85191", "85")])
def test_known_commune_falls_in_its_departement(insee, dep):
    row = _communes()[insee]
    assert row["dep"] == dep
    assert outlines.which("departement", float(row["lon"]), float(row["lat"])) == dep


def test_placed_communes_fall_in_their_departement():
    """Bounding-box centres again: 98 of 34,739 fall outside their département with the 2026
    data (45 in the sea, 53 across a border); the share must stay marginal."""
    feats = outlines.features_by_code("departement")
    metro = [r for r in _communes().values() if r["dep"] in feats]
    outside = [r["insee"] for r in metro
               if not outlines.contains(feats[r["dep"]]["geometry"], float(r["lon"]), float(r["lat"]))]
    assert len(metro) > 30_000
    assert len(outside) / len(metro) < 0.005, f"{len(outside)} of {len(metro)} outside: {outside[:20]}"


def test_geomap_puts_departement_markers_inside_departements(tmp_path):
    st = render_geomap(fx.small_graph(), tmp_path / "geo.html")
    if st.placed == 0:
        pytest.skip("loaders.cog has no coordinates yet: nothing placed")
    html = (tmp_path / "geo.html").read_text(encoding="utf-8")
    layers = json.loads(re.search(r"var layersData = (\{.*?\});\n", html, re.S).group(1))
    metro = [p for p in layers["departement"]["points"] if p["id"] in DEPARTEMENTS]
    assert metro
    for p in metro:
        assert (p["lat"], p["lon"]) == outlines.anchor("departement", p["id"])
    assert "cercle d'une région ou d'un département est posé à l'intérieur de ses limites officielles" in html
