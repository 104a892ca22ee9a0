"""The collectivité record and the lazily loaded table behind loaders.cog."""
from __future__ import annotations

import csv
import gzip
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal, Optional

DATA_DIR = Path(__file__).resolve().parent / "data"
CSV_PATH = DATA_DIR / "collectivites.csv.gz"
ALIAS_CSV_PATH = DATA_DIR / "communes_aliases.csv.gz"

Kind = Literal["Commune", "EPCI", "EPT", "Departement", "Region"]
KINDS: tuple[str, ...] = Kind.__args__  # type: ignore[attr-defined]
EPCI_TYPES = ("MET", "CU", "CA", "CC")
# Column order of collectivites.csv.gz (written by scripts/update_cog_data.py).
COLUMNS = ("kind", "epci_type", "insee", "siren", "name", "dep", "reg", "population",
           "epci", "ept", "lat", "lon")
# communes_aliases.csv.gz: other names of a current commune (INSEE code ``insee``).
ALIAS_COLUMNS = ("alias_type", "code", "name", "insee")


@dataclass(frozen=True, slots=True)
class CollectiviteRecord:
    """One French collectivité from the official lists (COG, DGCL, INSEE).

    ``insee`` is the COG code for communes, départements and régions (None for EPCI/EPT);
    ``siren`` is set for communes (when known), EPCI and EPT. ``dep``/``reg`` are the
    codes the collectivité belongs to (for an EPCI or EPT: those covering most of its
    population). ``epci``/``ept`` give a commune's EPCI and Grand Paris territory SIREN.
    """

    kind: Kind
    name: str
    insee: Optional[str] = None
    siren: Optional[str] = None
    dep: Optional[str] = None
    reg: Optional[str] = None
    population: Optional[int] = None
    epci_type: Optional[str] = None
    epci: Optional[str] = None
    ept: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None

    @property
    def code(self) -> str:
        """The identifying code: INSEE code when there is one, otherwise the SIREN."""
        return self.insee or self.siren or ""


@lru_cache(maxsize=1)
def load_records() -> tuple[CollectiviteRecord, ...]:
    """All records, read once from the packaged CSV."""
    if not CSV_PATH.exists():
        raise FileNotFoundError(
            f"{CSV_PATH} is missing: the package data was not installed. "
            "Regenerate it with `python scripts/update_cog_data.py`.")
    with gzip.open(CSV_PATH, "rt", encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        if header[:len(COLUMNS)] != list(COLUMNS):
            raise ValueError(f"{CSV_PATH}: columns {header} differ from {list(COLUMNS)}; "
                             "regenerate it with `python scripts/update_cog_data.py`.")
        records = [
            CollectiviteRecord(
                kind, name, insee or None, siren or None, dep or None, reg or None,
                int(pop) if pop else None, etype or None, epci or None, ept or None,
                float(lat) if lat else None, float(lon) if lon else None)
            for kind, etype, insee, siren, name, dep, reg, pop, epci, ept, lat, lon in reader
        ]
    return tuple(records)


@lru_cache(maxsize=1)
def by_code() -> dict[tuple[str, str], CollectiviteRecord]:
    """(kind, code) -> record, for INSEE codes and SIRENs alike."""
    table: dict[tuple[str, str], CollectiviteRecord] = {}
    for r in load_records():
        if r.insee:
            table[(r.kind, r.insee)] = r
        if r.siren:
            table[(r.kind, r.siren)] = r
    return table


@lru_cache(maxsize=1)
def members_by_group() -> dict[str, tuple[CollectiviteRecord, ...]]:
    """EPCI or EPT SIREN -> its member communes, in INSEE code order."""
    groups: dict[str, list[CollectiviteRecord]] = {}
    for r in load_records():
        if r.kind == "Commune":
            for g in (r.epci, r.ept):
                if g:
                    groups.setdefault(g, []).append(r)
    return {k: tuple(sorted(v, key=lambda r: r.insee or "")) for k, v in groups.items()}


@lru_cache(maxsize=1)
def load_aliases() -> tuple[tuple[str, str, str, str], ...]:
    """(alias_type, code, name, current commune INSEE) for communes déléguées/associées
    and arrondissements municipaux."""
    if not ALIAS_CSV_PATH.exists():
        return ()
    with gzip.open(ALIAS_CSV_PATH, "rt", encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        next(reader)
        return tuple((a, c, n, i) for a, c, n, i in reader)
