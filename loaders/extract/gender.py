"""Grammatical gender of a person from the first name, when nothing in the text says it.

French first names ending in a mute -e (Annick is the exception that proves the list) or -a are
mostly women's; the men's names among them are listed. Used only to write a post in the feminine
("présidente") when the text gives the post as a verb ("que préside X"), never to type anyone.
"""
from __future__ import annotations

from .base import fold

_MEN_IN_E = {"philippe", "pierre", "jerome", "stephane", "guillaume", "antoine", "maxime", "christophe", "alexandre",
             "baptiste", "serge", "achille", "auguste", "gustave", "jeremie", "etienne", "fabrice", "maurice", "patrice",
             "gregoire", "ange", "eddie", "theophile", "aristide", "anselme", "bruce", "mike", "steve", "dave", "george",
             "joseph-marie", "jean-marie", "marie-joseph", "luca", "nicola", "andrea", "sacha", "joshua", "elie", "jacme",
             "come", "ambroise", "hippolyte", "jose", "lucas", "mathias", "jonathane", "gaspard", "yohanne", "thibaude"}
_AMBIGUOUS = {"claude", "dominique", "camille", "stephane", "maxime", "sacha", "andrea", "alix", "yannick", "morgane"}
_WOMEN_NOT_IN_E = {"annick", "maud", "ingrid", "astrid", "gwenn", "solenn", "nolwenn", "rozenn", "maiwenn", "katell",
                   "gaelle", "isabel", "carmen", "ines", "agnes", "frances", "doris", "iris", "alix", "beatrix", "fatou",
                   "aurel", "myriam", "miriam", "ruth", "esther", "judith", "edith", "elisabeth", "elizabeth", "lisbeth",
                   "nour", "yasmin", "jasmin", "soizic", "chantal", "muriel", "isabeau", "margaux", "margot", "manon",
                   "marion", "alison", "allison", "jocelyn", "gwendolyn", "karen", "helen", "ellen", "lilou", "malou",
                   "fleur", "lou", "anouk", "laurence", "florence", "clemence", "constance", "hortense", "berenice"}


def feminine_first_name(full_name: str) -> bool:
    """True when the first name reads as a woman's ("Annick Solignac", "Josiane Arnaud")."""
    first = fold(full_name.split()[0]) if full_name.split() else ""
    if not first or first in _AMBIGUOUS:
        return False
    head = first.split("-")[0] if not first.startswith(("jean-", "marie-")) else first
    if first in _WOMEN_NOT_IN_E or head in _WOMEN_NOT_IN_E:
        return True
    if first.startswith("marie-") or first.startswith("anne-"):
        return True
    if first.startswith("jean-") or first in _MEN_IN_E or head in _MEN_IN_E:
        return False
    return head.endswith(("e", "a")) and not head.endswith(("ee",)) and len(head) > 2
