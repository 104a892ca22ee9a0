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

    Communes: the official location of the town hall (chef-lieu) or, failing that, a
    point inside the commune; départements and régions: their chef-lieu commune; EPCI
    and EPT: their most populous member commune. A record built elsewhere is looked up
    by kind and code.
    """
    if record.lat is None or record.lon is None:
        known = by_code().get((record.kind, record.code))
        if known is None or known.lat is None or known.lon is None:
            return None
        return known.lat, known.lon
    return record.lat, record.lon


@lru_cache(maxsize=1)
def france_outline() -> dict:
    """Simplified boundaries of France as a GeoJSON FeatureCollection (WGS 84).

    Each feature has properties ``code``, ``nom`` and ``kind``. Cached: do not mutate it.
    """
    if not OUTLINE_PATH.exists():
        raise FileNotFoundError(
            f"{OUTLINE_PATH} is missing: no outline was generated. Run "
            "`python scripts/update_cog_data.py` with a geographic source configured "
            "(see loaders/cog/data/SOURCES.md).")
    with gzip.open(OUTLINE_PATH, "rt", encoding="utf-8") as f:
        return json.load(f)
