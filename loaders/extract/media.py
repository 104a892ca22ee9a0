"""Local papers named by the usual shape of a French newspaper title.

"La Gazette du Tarn", "L'Écho de l'Armor", "Le Petit Écho de la Scarpe", "L'Hebdo des Abers":
a press head noun, written with a capital, and the territory it covers. The annotation rules
type media as Organization. Titles that do not have this shape (Ouest-France, Midi Libre…) are
in the gazetteer.
"""
from __future__ import annotations

import re

from .base import Ctx, clean_space
from .prep import in_quote
from .registry import overlaps

_HEAD = (r"Journal|Gazette|[ÉE]chos?|Hebdo|Courrier|Voix|D[ée]p[êe]che|R[ée]publicain|Progr[èe]s|Tribune|R[ée]veil|"
         r"Messager|Informateur|[ÉE]veil|Ind[ée]pendant|Observateur|Nouvelliste|Quotidien|[ÉE]claireur|Impartial|"
         r"Sentinelle|T[ée]l[ée]gramme|Populaire|Publicateur|Trait\s+d['’]union")
_CAP = r"[A-ZÉÈÊÎÔÂ][\w’'-]+"
_OF = r"(?:de[ \t]+la[ \t]+|de[ \t]+l['’][ \t]?|du[ \t]+|des[ \t]+|de[ \t]+|d['’][ \t]?)"
MEDIA_RE = re.compile(
    rf"(?<![\w-])(?P<art>(?:Le|La|L['’]|Les)\s?)?(?:(?:Petit|Petite|Nouvel|Nouvelle|Grand)\s+)?(?:{_HEAD})\s+{_OF}"
    rf"{_CAP}(?:[ \t-](?:(?:sur|en|et|la|le|les)[ \t-]|{_OF})?{_CAP}){{0,3}}")
# "La Semaine de l'ESS", "Le Journal de l'économie sociale": an event or a rubric, not a paper
_NOT_PAPER = re.compile(r"(?i).*\b(?:ESS|économie|solidaire|emploi|coopération|insertion|Mois|Scop|association|mairie|ville)\b")


def media_names(ctx: Ctx) -> None:
    """Register newspapers named by their title's shape as Organization entities."""
    from .names import register_org
    work = ctx.notes["work"]
    for m in MEDIA_RE.finditer(work):
        s, e = m.start(), m.end()
        if not m.group("art") and not re.search(r"(?:©|\bdans|\bà|\bau|\bpar|\bpour|\bselon|\bdu|\bde)\s*$", work[max(0, s - 8):s]) \
                and not (s == 0 or work[s - 1] == "\n"):
            continue  # a bare head without article is a paper only after a cue ("selon Courrier de l'Ouest")
        if _NOT_PAPER.match(work[s:e]) or overlaps(ctx, s, e) or in_quote(ctx, s):
            continue
        name = clean_space(work[s:e])
        register_org(ctx, s, e, name, "Organization")
