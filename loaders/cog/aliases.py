"""Hand-kept names that the official lists do not carry.

Kept small and factual: the common T1..T12 numbering of the Grand Paris territories and
the acronyms or brand names under which a few collectivités are usually written.
scripts/update_cog_data.py checks EPT_NUMBERS against each new edition.
"""
from __future__ import annotations

# SIREN of each établissement public territorial -> its number in the Métropole du Grand
# Paris. T1 is Paris, a commune with a special status rather than an EPT (PARIS_INSEE).
EPT_NUMBERS: dict[str, int] = {
    "200057966": 2,   # Vallée Sud-Grand Paris
    "200057974": 3,   # Grand Paris Seine Ouest
    "200057982": 4,   # Paris Ouest La Défense
    "200057990": 5,   # Boucle Nord de Seine
    "200057867": 6,   # Plaine Commune
    "200058097": 7,   # Paris Terres d'Envol
    "200057875": 8,   # Est Ensemble
    "200058790": 9,   # Grand Paris Grand Est
    "200057941": 10,  # Paris Est Marne et Bois
    "200058006": 11,  # Grand Paris Sud Est Avenir
    "200058014": 12,  # Grand-Orly Seine Bièvre
}
PARIS_INSEE = "75056"

# Normalised alias -> (kind, code). Used by find() and by is_known_name().
ALIASES: dict[str, tuple[str, str]] = {
    "gpsea": ("EPT", "200058006"),
    "gosb": ("EPT", "200058014"),
    "pold": ("EPT", "200057982"),
    "gpso": ("EPT", "200057974"),
    "pemb": ("EPT", "200057941"),
    "gpge": ("EPT", "200058790"),
    "vsgp": ("EPT", "200057966"),
    "paca": ("Region", "93"),
    "aura": ("Region", "84"),
    "grand lyon": ("EPCI", "200046977"),
}

# Short acronyms that are also ordinary words or names (MEL, AMP...): find() accepts them
# when they are the whole query, is_known_name() does not, to spare an extractor false hits.
SHORT_ALIASES: dict[str, tuple[str, str]] = {
    "mgp": ("EPCI", "200054781"),
    "mel": ("EPCI", "200093201"),
    "amp": ("EPCI", "200054807"),
    "pte": ("EPT", "200058097"),
    "bns": ("EPT", "200057990"),
    "idf": ("Region", "11"),
}

# Names valid only after a word that says the kind ("Région Sud", not "Sud" alone).
HINTED_ALIASES: dict[tuple[str, str], str] = {
    ("Region", "sud"): "93",
    ("Region", "idf"): "11",
    ("Region", "ile de france"): "11",
}
