"""Départements and régions (INSEE codes, régions since 2016), for territorial questions.

A département's région is a stable public fact the graph does not state, so it is kept here;
the SPARQL questions carry the same table as a VALUES block (tests check they agree).
"""
from __future__ import annotations

from typing import Optional

REGIONS: dict[str, str] = {
    "01": "Guadeloupe", "02": "Martinique", "03": "Guyane", "04": "La Réunion", "06": "Mayotte",
    "11": "Île-de-France", "24": "Centre-Val de Loire", "27": "Bourgogne-Franche-Comté", "28": "Normandie",
    "32": "Hauts-de-France", "44": "Grand Est", "52": "Pays de la Loire", "53": "Bretagne",
    "75": "Nouvelle-Aquitaine", "76": "Occitanie", "84": "Auvergne-Rhône-Alpes",
    "93": "Provence-Alpes-Côte d'Azur", "94": "Corse",
}
_DEPS_BY_REGION = {
    "01": "971", "02": "972", "03": "973", "04": "974", "06": "976",
    "11": "75 77 78 91 92 93 94 95", "24": "18 28 36 37 41 45", "27": "21 25 39 58 70 71 89 90",
    "28": "14 27 50 61 76", "32": "02 59 60 62 80", "44": "08 10 51 52 54 55 57 67 68 88",
    "52": "44 49 53 72 85", "53": "22 29 35 56", "75": "16 17 19 23 24 33 40 47 64 79 86 87",
    "76": "09 11 12 30 31 32 34 46 48 65 66 81 82", "84": "01 03 07 15 26 38 42 43 63 69 73 74",
    "93": "04 05 06 13 83 84", "94": "2A 2B",
}
DEP_REGION: dict[str, str] = {d: r for r, deps in _DEPS_BY_REGION.items() for d in deps.split()}


def departement_of_commune(insee: str) -> str:
    """Département code of a commune code (overseas: three characters).

    >>> departement_of_commune("93055"), departement_of_commune("97411"), departement_of_commune("2A004")
    ('93', '974', '2A')
    """
    return insee[:3] if insee.startswith("97") else insee[:2]


def place_of(subtype: Optional[str], insee: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """(département, région) codes of a collectivité from its kind and INSEE code, None when unknown.

    >>> place_of("Commune", "22278"), place_of("Departement", "33"), place_of("Region", "11"), place_of("EPCI", None)
    (('22', '53'), ('33', '75'), (None, '11'), (None, None))
    """
    if not insee:
        return None, None
    if subtype == "Region":
        return None, insee
    if subtype == "Departement":
        return insee, DEP_REGION.get(insee)
    if subtype == "Commune":
        dep = departement_of_commune(insee)
        return dep, DEP_REGION.get(dep)
    return None, None


def region_code(value: str) -> str:
    """A région given by code or by name (accents and case ignored) -> its code.

    >>> region_code("bretagne"), region_code("11"), region_code("Ile-de-France")
    ('53', '11', '11')
    """
    from graph.iri import normalise_name

    v = value.strip()
    if v in REGIONS:
        return v
    wanted = normalise_name(v.replace("-", " "))
    for code, name in REGIONS.items():
        if normalise_name(name.replace("-", " ")) == wanted:
            return code
    from essgraph.errors import UsageError

    raise UsageError(f"unknown région {value!r}: give an INSEE région code ({', '.join(REGIONS)}) or a name "
                     "such as 'Bretagne'")


def sparql_values() -> str:
    """The VALUES block (?dep ?reg) that the territorial .rq files carry."""
    rows = " ".join(f'("{d}" "{r}")' for d, r in sorted(DEP_REGION.items()))
    return "VALUES (?dep ?reg) { " + rows + " }"
