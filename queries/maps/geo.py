"""Official geography of collectivités, through loaders.cog when it is there.

Every function degrades: when loaders.cog (or one of its functions) is missing,
the package's data file is read directly; when that is missing too, codes still
give the département of a commune, and nothing is placed on a map.
"""
from __future__ import annotations

import csv
import gzip
import importlib
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping, Optional

from . import outlines
from .common import dept_of_insee, norm

OFFICIAL_OUTLINE = "ign-admin-express-2018"
TRACED_OUTLINE = "etalab-bounding-boxes-2017"

KIND_KEYS = {  # projection subtype -> loaders.cog kind names to try
    "Commune": ("Commune",),
    "EPCI": ("EPCI",),
    "EPT": ("EPT",),
    "Departement": ("Departement",),
    "Region": ("Region",),
}


def _cog():
    try:
        return importlib.import_module("loaders.cog")
    except Exception:  # not written yet, or broken: fall back to the data file
        return None


def _fn(name: str):
    mod = _cog()
    return getattr(mod, name, None) if mod is not None else None


@lru_cache(maxsize=1)
def _table() -> dict[tuple[str, str], dict[str, str]]:
    """(kind, code) -> row of loaders/cog/data/collectivites.csv.gz, when present."""
    path = Path(__file__).resolve().parents[2] / "loaders" / "cog" / "data" / "collectivites.csv.gz"
    out: dict[tuple[str, str], dict[str, str]] = {}
    if not path.exists():
        return out
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            kind = row.get("kind") or ""
            code = row.get("insee") or row.get("siren") or ""
            if kind in ("Departement", "Region"):
                code = row.get("dep") if kind == "Departement" else row.get("reg")
                code = code or row.get("insee") or ""
            if code:
                out[(kind, code)] = row
            if row.get("siren"):
                out.setdefault((kind, row["siren"]), row)
    return out


def _codes(attrs: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(subtype, code) pairs to look a node up by, best first."""
    sub = attrs.get("subtype") or ""
    out = []
    if attrs.get("insee"):
        out.append((sub, str(attrs["insee"])))
    if attrs.get("siren"):
        out.append((sub, str(attrs["siren"])))
    return out


def record(attrs: Mapping[str, Any]) -> Optional[Any]:
    """The official record of a collectivité node (loaders.cog.get, else the data file)."""
    get = _fn("get")
    for sub, code in _codes(attrs):
        if get is not None:
            for kind in KIND_KEYS.get(sub, (sub,)):
                try:
                    rec = get(kind, code)
                except Exception:
                    rec = None
                if rec is not None:
                    return rec
        row = _table().get((sub, code))
        if row is not None:
            return row
    return None


def _field(rec: Any, *names: str) -> Optional[str]:
    for n in names:
        v = rec.get(n) if isinstance(rec, Mapping) else getattr(rec, n, None)
        if v not in (None, ""):
            return str(v)
    return None


def coordinates(attrs: Mapping[str, Any]) -> Optional[tuple[float, float]]:
    """(lat, lon) of a collectivité, or None when no official location is known."""
    rec = record(attrs)
    if rec is None:
        return None
    fn = _fn("coordinates")
    if fn is not None:
        try:
            ll = fn(rec)
            if ll:
                return float(ll[0]), float(ll[1])
        except Exception:
            pass
    lat, lon = _field(rec, "lat", "latitude"), _field(rec, "lon", "lng", "longitude")
    if lat and lon:
        return float(lat), float(lon)
    return None


def departement(attrs: Mapping[str, Any]) -> Optional[str]:
    """Code of the département a collectivité lies in (itself for a département)."""
    sub = attrs.get("subtype")
    if sub == "Departement" and attrs.get("insee"):
        return str(attrs["insee"])
    if sub == "Region":
        return None
    fn = _fn("departement_of")
    for _, code in _codes(attrs):
        if fn is not None:
            try:
                d = fn(code)
                if d:
                    return str(getattr(d, "code", d))
            except Exception:
                pass
    rec = record(attrs)
    d = _field(rec, "dep", "departement") if rec is not None else None
    return d or (dept_of_insee(str(attrs.get("insee"))) if sub in (None, "Commune") and attrs.get("insee") else None)


def region(attrs: Mapping[str, Any]) -> Optional[str]:
    """Code of the région a collectivité lies in (itself for a région)."""
    sub = attrs.get("subtype")
    if sub == "Region" and attrs.get("insee"):
        return str(attrs["insee"])
    fn = _fn("region_of")
    for _, code in _codes(attrs):
        if fn is not None:
            try:
                r = fn(code)
                if r:
                    return str(getattr(r, "code", r))
            except Exception:
                pass
    rec = record(attrs)
    r = _field(rec, "reg", "region") if rec is not None else None
    if r:
        return r
    dep = departement(attrs)
    if dep:
        drec = record({"subtype": "Departement", "insee": dep})
        return _field(drec, "reg", "region") if drec is not None else None
    return None


def name_of(kind: str, code: str) -> str:
    """Official name of a département or région, else its code."""
    rec = record({"subtype": kind, "insee": code})
    return (_field(rec, "name", "nom") if rec is not None else None) or code


def resolve_territory(text: str) -> Optional[tuple[str, str]]:
    """("Departement"|"Region", code) for a name or code typed by a user, else None.

    A bare number is read as a département code first (22, 2A, 974), then a région code."""
    hits = resolve_territories(text)
    return hits[0] if hits else None


def resolve_territories(text: str) -> list[tuple[str, str]]:
    """Every reading of a territory typed by a user: "53" is Mayenne and Bretagne."""
    t = text.strip()
    codes = [(kind, t) for kind in ("Departement", "Region") if record({"subtype": kind, "insee": t}) is not None]
    if codes:
        return codes
    hit = _by_name(t)
    return [hit] if hit else []


def _by_name(t: str) -> Optional[tuple[str, str]]:
    find = _fn("find")
    if find is not None:
        for kind in ("Region", "Departement"):
            try:
                hits = find(t, kind)
            except Exception:
                hits = []
            if hits:
                return kind, str(hits[0].insee)
    key = norm(t.removeprefix("Région ").removeprefix("région ").removeprefix("Département ").removeprefix("département "))
    for (kind, code), row in _table().items():
        if kind in ("Departement", "Region") and norm(row.get("name", "")) == key:
            return kind, code
    return None


def _traced_outline() -> Optional[dict]:
    """loaders.cog's département outline traced from Etalab bounding boxes, or None."""
    fn = _fn("france_outline")
    if fn is None:
        return None
    try:
        return fn()
    except Exception:
        return None


def france_outline() -> Optional[dict]:
    """GeoJSON outline of France for the maps, or None when no outline data is present.

    Metropolitan France: the official région boundaries shipped in
    loaders/cog/data/regions_outline.geojson (IGN ADMIN EXPRESS COG 2018, see
    queries/maps/outlines.py). That file has no overseas région, so the overseas
    départements come from loaders.cog's outline traced from Etalab bounding boxes, which
    is also the whole fallback when the région file is absent. Every feature carries
    properties ``code``, ``nom``, ``kind`` ("Region" or "Departement") and ``source``
    ("ign-admin-express-2018" or "etalab-bounding-boxes-2017")."""
    regions = outlines.load("region")
    traced = _traced_outline()
    features = []
    if regions:
        features += [{"type": "Feature", "geometry": f["geometry"],
                      "properties": {"code": f["properties"]["code"], "nom": f["properties"]["nom"],
                                     "kind": "Region", "source": OFFICIAL_OUTLINE}}
                     for f in regions["features"]]
    for f in (traced or {}).get("features", []):
        props = f.get("properties") or {}
        if regions and not str(props.get("code", "")).startswith("97"):
            continue  # metropolitan France is drawn from the official région boundaries
        features.append({"type": "Feature", "geometry": f["geometry"],
                         "properties": {"code": props.get("code"), "nom": props.get("nom"),
                                        "kind": props.get("kind", "Departement"), "source": TRACED_OUTLINE}})
    return {"type": "FeatureCollection", "features": features} if features else None


def aggregate_anchor(kind: str, code: str) -> Optional[tuple[float, float]]:
    """(lat, lon) inside the official polygon of a région (kind "Region") or département,
    where a map puts that territory's aggregate marker; None when no shipped outline covers it."""
    return outlines.anchor("region" if kind == "Region" else "departement", code)
