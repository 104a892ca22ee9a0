"""Name normalisation shared by every index of loaders.cog.

One function, used both on official names (when building the index) and on the text
being looked up, so that the two meet whatever the accents, case, apostrophes, hyphens
or "St"/"Saint" spelling.
"""
from __future__ import annotations

import re
import unicodedata

# Characters that NFKD does not decompose into ASCII but that occur in French names.
_TRANSLATE = str.maketrans({
    "œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss",
    "’": "'", "ʼ": "'", "‘": "'", "`": "'", "´": "'",
    "&": " et ",
})
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_SAINT = {"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes"}


def normalise(name: str) -> str:
    """Fold a name to its comparison key.

    Accents stripped, case folded, apostrophes, hyphens and other punctuation turned into
    single spaces, and the abbreviations "St"/"Ste" spelt out.

    >>> normalise("Le Kremlin-Bicêtre")
    'le kremlin bicetre'
    >>> normalise("Conseil régional d’Île-de-France")
    'conseil regional d ile de france'
    >>> normalise("St-Denis") == normalise("SAINT DENIS")
    True
    >>> normalise("Paris Est Marne & Bois")
    'paris est marne et bois'
    """
    s = unicodedata.normalize("NFKD", name.translate(_TRANSLATE))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = _NON_ALNUM.sub(" ", s).strip()
    if "st" in s:
        s = " ".join(_SAINT.get(t, t) for t in s.split(" "))
    return s
