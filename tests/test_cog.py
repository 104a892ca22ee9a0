"""Real lookups against the packaged official collectivité data (loaders.cog)."""
from __future__ import annotations

import doctest
import importlib

import pytest

import loaders.cog as cog
from loaders.cog import geo, lookup, records
from loaders.cog import (coordinates, departement_of, find, get, is_known_name, members,
                         normalise, region_of)


def first(text, kind=None):
    found = find(text, kind)
    assert found, f"no match for {text!r}"
    return found[0]


@pytest.mark.parametrize("module", [cog, lookup, records, geo,
                                    importlib.import_module("loaders.cog.normalise")])
def test_docstring_examples(module):
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0


def test_get_by_official_codes():
    paris = get("Commune", "75056")
    assert (paris.name, paris.dep, paris.reg, paris.siren) == ("Paris", "75", "11", "217500016")
    assert paris.population > 2_000_000
    kb = get("Commune", "94043")
    assert kb.name == "Le Kremlin-Bicêtre" and kb.dep == "94"
    assert get("Commune", kb.siren) == kb  # a commune is also reachable by SIREN
    nm = get("EPCI", "244400404")
    assert (nm.name, nm.epci_type, nm.dep, nm.reg) == ("Nantes Métropole", "MET", "44", "52")
    assert get("Region", "11").name == "Île-de-France"
    assert get("Departement", "33").name == "Gironde"
    assert get("Departement", "2a").name == "Corse-du-Sud"
    assert get("Commune", "00000") is None
    with pytest.raises(ValueError, match="unknown kind"):
        get("Canton", "1")


def test_epci_ept_membership():
    est = first("Est Ensemble")
    assert est.kind == "EPT" and est.siren == "200057875"
    names = {r.name for r in members(est.siren)}
    assert {"Montreuil", "Pantin", "Bobigny"} <= names
    kb = get("Commune", "94043")
    assert get("EPT", kb.ept).name == "Grand-Orly Seine Bièvre"
    assert get("EPCI", kb.epci).name == "Métropole du Grand Paris"
    nantes = get("Commune", "44109")
    assert nantes.epci == "244400404" and nantes.ept is None
    assert any(r.insee == "44109" for r in members("244400404"))
    assert members("000000000") == []


def test_departement_and_region_of():
    assert departement_of("94043").insee == "94"
    assert region_of("94043").insee == "11"
    assert region_of("33").name == "Nouvelle-Aquitaine"
    assert departement_of("98735") is None  # Papeete: overseas collectivité, no département
    assert region_of("nonsense") is None


@pytest.mark.parametrize("text, kind, code", [
    ("Ville de Sceaux", "Commune", "92071"),
    ("Mairie de Fresnes", "Commune", "94034"),
    ("Le Kremlin-Bicêtre", "Commune", "94043"),
    ("Kremlin-Bicêtre", "Commune", "94043"),
    ("le kremlin bicetre", "Commune", "94043"),
    ("Mairie du Kremlin-Bicêtre", "Commune", "94043"),
    ("Ville de Paris", "Commune", "75056"),
    ("Nantes Métropole", "EPCI", "244400404"),
    ("Métropole de Nantes", "EPCI", "244400404"),
    ("Métropole de Lyon", "EPCI", "200046977"),
    ("Bordeaux Métropole", "EPCI", "243300316"),
    ("Métropole du Grand Paris", "EPCI", "200054781"),
    ("Conseil départemental du Val-de-Marne", "Departement", "94"),
    ("Département de la Gironde", "Departement", "33"),
    ("Gironde", "Departement", "33"),
    ("CD93", "Departement", "93"),
    ("Région Nouvelle-Aquitaine", "Region", "75"),
    ("Conseil régional d'Ile-de-France", "Region", "11"),
    ("Région Île-de-France", "Region", "11"),
    ("Région Sud", "Region", "93"),
    ("Est Ensemble", "EPT", "200057875"),
    ("EPT11", "EPT", "200058006"),
    ("T11", "EPT", "200058006"),
    ("EPT 8", "EPT", "200057875"),
    ("Grand Paris Sud Est Avenir", "EPT", "200058006"),
    ("Plaine Commune", "EPT", "200057867"),
    ("communauté d'agglomération du Grand Dole", "EPCI", "200010650"),
    ("Communauté urbaine de Caen la Mer", "EPCI", "200065597"),
    ("St-Étienne Métropole", "EPCI", "244200770"),
    ("Conseil de territoire Est Ensemble", "EPT", "200057875"),
    ("Conseil métropolitain de Lyon", "EPCI", "200046977"),
    ("Conseil municipal de Montreuil", "Commune", "93048"),
    ("Collectivité territoriale de Martinique", "Region", "02"),
    ("Grenoble-Alpes Métropole", "EPCI", "200040715"),
    ("Lorient Agglomération", "EPCI", "200042174"),
    ("Communauté de communes du Val d’Ille-Aubigné", "EPCI", "243500667"),
    ("Région des Pays de la Loire", "Region", "52"),
])
def test_textual_forms(text, kind, code):
    rec = first(text)
    assert (rec.kind, rec.code) == (kind, code), f"{text!r} gave {rec}"


def test_homonyms_sorted_by_population_and_filtered():
    found = find("Saint-Denis")
    assert len(found) >= 3 and {r.insee for r in found[:2]} == {"97411", "93066"}
    pops = [r.population or 0 for r in found if r.kind == "Commune"]
    assert pops == sorted(pops, reverse=True)
    assert [r.insee for r in find("Saint-Denis (93)")] == ["93066"]
    fresnes = find("Fresnes")
    assert fresnes[0].insee == "94034" and len(fresnes) >= 3
    # "Paris" is both a commune and a département: the commune comes first,
    # and the kind filter keeps one.
    assert [r.kind for r in find("Paris")] == ["Commune", "Departement"]
    assert [r.insee for r in find("Paris", kind="Departement")] == ["75"]
    assert [r.insee for r in find("Paris", kind="département")] == ["75"]
    assert find("Nantes", kind="EPCI") == []
    assert [r.siren for r in find("Nantes Métropole", kind="MET")] == ["244400404"]
    with pytest.raises(ValueError, match="unknown kind"):
        find("Paris", kind="canton")


def test_hinted_kind_comes_first():
    # "Ville de ..." means the commune even where a département has the same name.
    assert [r.kind for r in find("Ville de Paris")] == ["Commune"]
    assert find("Collectivité de Corse")[0].insee == "94"
    assert find("Nantes")[0].kind == "Commune"  # the bare name is the commune


def test_is_known_name():
    for text in ["Paris", "Kremlin-Bicêtre", "Nantes Métropole", "EPT 11", "Gironde",
                 "Conseil départemental de la Gironde", "Région Nouvelle-Aquitaine"]:
        assert is_known_name(text), text
    for text in ["", "Réseau des collectivités territoriales pour une économie solidaire",
                 "Jean Dupont", "T2", "MEL"]:
        assert not is_known_name(text), text
    assert is_known_name("Gironde", kind="Departement")
    assert not is_known_name("Gironde", kind="Commune")


def test_normalise():
    assert normalise("Conseil Régional d’Île-de-France") == "conseil regional d ile de france"
    assert normalise("Ste-Foy-lès-Lyon") == normalise("Sainte Foy les Lyon")
    assert normalise("Œuilly") == "oeuilly"
    assert normalise("  --  ") == ""


def test_records_are_frozen():
    rec = get("Commune", "75056")
    with pytest.raises(AttributeError):
        rec.name = "Lutèce"  # type: ignore[misc]


def test_data_folder_has_licence_and_sources():
    data = records.DATA_DIR
    licence = (data / "LICENSE.md").read_text(encoding="utf-8")
    assert "Licence Ouverte" in licence and "decoupage-administratif" in licence
    assert "decoupage-administratif" in (data / "SOURCES.md").read_text(encoding="utf-8")
    total = sum(p.stat().st_size for p in data.iterdir())
    assert total < 5_000_000, f"loaders/cog/data is {total} bytes, keep it under 5 MB"


def _inside(lon, lat, ring):
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def test_coordinates():
    lat, lon = coordinates(get("Commune", "75056"))
    assert 48.80 < lat < 48.92 and 2.22 < lon < 2.47  # inside Paris' extent
    lat, lon = coordinates(get("Commune", "94043"))
    assert 48.80 < lat < 48.82 and 2.34 < lon < 2.37
    # a département sits at its chef-lieu (Bordeaux for Gironde)
    assert coordinates(get("Departement", "33")) == coordinates(get("Commune", "33063"))
    # an EPCI at its most populous commune
    assert coordinates(get("EPCI", "244400404")) == coordinates(get("Commune", "44109"))
    assert coordinates(get("Commune", "98735")) is None
    placed = sum(1 for r in records.load_records() if r.kind == "Commune" and r.lat is not None)
    assert placed > 34_000


def test_france_outline_covers_communes():
    fc = cog.france_outline()
    deps = {f["properties"]["code"]: f for f in fc["features"]}
    assert len(deps) == 101 and deps["33"]["properties"]["nom"] == "Gironde"
    for insee, dep in [("33063", "33"), ("75056", "75"), ("29019", "29"), ("97411", "974")]:
        lat, lon = coordinates(get("Commune", insee))
        polys = deps[dep]["geometry"]["coordinates"]
        assert any(_inside(lon, lat, poly[0]) for poly in polys), (insee, dep)
    bordeaux = coordinates(get("Commune", "33063"))
    assert not any(_inside(bordeaux[1], bordeaux[0], poly[0])
                   for poly in deps["75"]["geometry"]["coordinates"])


def test_former_communes_and_arrondissements_lead_to_the_current_commune():
    # Pierrefitte-sur-Seine merged into Saint-Denis (93066) and is now a commune déléguée.
    assert [r.insee for r in find("Pierrefitte-sur-Seine")] == ["93066"]
    assert first("Cherbourg-Octeville").name == "Cherbourg-en-Cotentin"
    assert first("Mairie du 11e arrondissement").insee == "75056"
    assert first("Paris 11e").insee == "75056"
    assert first("1er arrondissement de Lyon").insee == "69123"
    # a current commune's own name outranks a former commune of the same name elsewhere
    assert first("Saint-Denis (93)").insee == "93066"
    assert is_known_name("Annecy-le-Vieux")


def test_filters_by_place_and_size():
    assert [r.insee for r in find("Fresnes", min_population=1000)] == ["94034", "41094"]
    assert [r.insee for r in find("Saint-Denis", reg="11")] == ["93066"]
    assert [r.insee for r in find("Saint-Denis", dep="974")] == ["97411"]
    assert find("Saint-Denis (93)", dep="974") == []  # contradictory filters
    assert get("département", "33").name == "Gironde"
    assert is_known_name("Fresnes", min_population=20_000)
    assert not is_known_name("Fresnes", min_population=50_000)
    assert not is_known_name("Le Kremlin-Bicêtre", dep="92")
