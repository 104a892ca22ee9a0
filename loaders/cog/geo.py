"""Coordinates and the outline of France, from the packaged official geographic files."""
from __future__ import annotations

import gzip
import json
from functools import lru_cache
from typing import Optional

from .records import DATA_DIR, CollectiviteRecord, by_code

OUTLINE_PATH = DATA_DIR / "france_outline.json.gz"


def coordinates(record: CollectiviteRecord) -> Optional[tuple[float, float]]:
    """(lat, lon) in WGS 84 of a collectivité, or None when the data has no position.

    Communes: the centre of the commune's bounding box from Etalab's official boxes (an
    approximate point, usually within a few km of the town hall; see data/SOURCES.md);
    départements and régions: their chef-lieu commune; EPCI and EPT: their most populous
    commune. A record built elsewhere is looked up by kind and code.

    >>> from loaders.cog import get
    >>> lat, lon = coordinates(get("Commune", "75056"))
    >>> round(lat, 1), round(lon, 1)
    (48.9, 2.3)
    >>> coordinates(get("Commune", "98735")) is None  # overseas collectivité: no position
    True
    """
    if record.lat is None or record.lon is None:
        known = by_code().get((record.kind, record.code))
        if known is None or known.lat is None or known.lon is None:
            return None
        return known.lat, known.lon
    return record.lat, record.lon


@lru_cache(maxsize=1)
def france_outline() -> dict:
    """Coarse boundaries of the départements as a GeoJSON FeatureCollection (WGS 84).

    One MultiPolygon feature per département (metropolitan and overseas), with properties
    ``code``, ``nom``, ``kind`` ("Departement") and ``reg``. Traced from official commune
    bounding boxes, so only fit for a background map. Cached: do not mutate it.

    >>> fc = france_outline()
    >>> fc["type"], len(fc["features"])
    ('FeatureCollection', 101)
    """
    if not OUTLINE_PATH.exists():
        raise FileNotFoundError(
            f"{OUTLINE_PATH} is missing: no outline was generated. Run "
            "`python scripts/update_cog_data.py` with a geographic source configured "
            "(see loaders/cog/data/SOURCES.md).")
    with gzip.open(OUTLINE_PATH, "rt", encoding="utf-8") as f:
        return json.load(f)
