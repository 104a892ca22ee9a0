"""Offline lookup of French collectivités (communes, EPCI, EPT, départements, régions).

Data: a trimmed copy of the official lists (INSEE COG, DGCL, INSEE EPT) shipped in
``data/`` under the Licence Ouverte 2.0; regenerate with ``scripts/update_cog_data.py``.
Everything is loaded on first use and cached.

>>> get("Commune", "75056").name
'Paris'
>>> [r.name for r in find("Département de la Gironde")]
['Gironde']
>>> region_of("94043").name
'Île-de-France'
"""
from __future__ import annotations

from typing import Optional

from .geo import coordinates, france_outline
from .lookup import _parse_kind, find, is_known_name
from .normalise import normalise
from .records import KINDS, CollectiviteRecord, by_code, members_by_group

__all__ = [
    "CollectiviteRecord", "KINDS", "coordinates", "departement_of", "find", "france_outline",
    "get", "is_known_name", "members", "normalise", "region_of",
]


def get(kind: str, code: str) -> Optional[CollectiviteRecord]:
    """The record of ``kind`` with this INSEE code or SIREN, or None.

    >>> get("EPCI", "244400404").name
    'Nantes Métropole'
    >>> get("Departement", "33").name
    'Gironde'
    >>> get("Commune", "99999") is None
    True
    """
    name, _epci_type = _parse_kind(kind)  # accepts "département", "MET"...
    return by_code().get((name, code.strip().upper()))


def members(epci_siren: str) -> list[CollectiviteRecord]:
    """Member communes of an EPCI or EPT (by SIREN), in INSEE code order.

    >>> len(members("200057875"))  # Est Ensemble
    9
    """
    return list(members_by_group().get(epci_siren.strip(), ()))


def departement_of(insee: str) -> Optional[CollectiviteRecord]:
    """The département of a commune (INSEE code), or None (e.g. overseas collectivités).

    >>> departement_of("94043").name
    'Val-de-Marne'
    """
    commune = by_code().get(("Commune", insee.strip().upper()))
    return by_code().get(("Departement", commune.dep or "")) if commune else None


def region_of(code: str) -> Optional[CollectiviteRecord]:
    """The région of a commune (5-character INSEE code) or of a département (its code).

    >>> region_of("33").name
    'Nouvelle-Aquitaine'
    """
    code = code.strip().upper()
    rec = by_code().get(("Commune", code)) or by_code().get(("Departement", code))
    return by_code().get(("Region", rec.reg or "")) if rec else None
