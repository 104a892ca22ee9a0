"""Name normalisation shared by every index of loaders.cog.

One function, used both on official names (when building the index) and on the text
being looked up, so that the two meet whatever the accents, case, apostrophes, hyphens
or "St"/"Saint" spelling.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Characters that NFKD does not decompose into ASCII but that occur in French names.
_TRANSLATE = str.maketrans({
    "œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss",
    "’": "'", "ʼ": "'", "‘": "'", "`": "'", "´": "'",
    "&": " et ",
})
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    """Each non-ASCII character up to U+24FF -> its letters without accents (one-off,
    so that normalise() is a single str.translate in the common case)."""
    table: dict[int, str] = {}
    for cp in range(0x80, 0x2500):
        ch = chr(cp)
        plain = "".join(c for c in unicodedata.normalize("NFKD", ch)
                        if not unicodedata.combining(c))
        if plain != ch:
            table[cp] = plain
    table.update(_TRANSLATE)
    return table


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
    s = name.translate(_fold_table())
    if not s.isascii():  # rare characters beyond the table
        s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = _NON_ALNUM.sub(" ", s.casefold()).strip()
    if "st" in s:
        s = " ".join(_SAINT.get(t, t) for t in s.split(" "))
    return s
