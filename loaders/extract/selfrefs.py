"""ess_self_refs/1: in an organisation's own paper (its name on the letterhead, what it is on the
line below), "le pôle", "l'association", "notre épicerie" name that organisation. Each such phrase
becomes a mention of it, so that every relation rule sees it as the actor it is.

Needs: the letterhead author (``ctx.notes["letterhead"]``, set by ess_orgs/1) and the other names.
Adds: mentions of the author (no new surface form: "le pôle" is no alias).
"""
from __future__ import annotations

import re

from .base import Ctx, Mention, fold
from .refs import structure_of_kind
from .registry import overlaps, register

# the kind words a letterhead's second line can open with, and the word the text then uses
_KIND_NOUNS = {"pole": "pole", "ptce": "pole", "association": "association", "epicerie": "epicerie", "cooperative": "cooperative",
               "scic": "cooperative", "scop": "cooperative", "societe": "cooperative", "recyclerie": "recyclerie",
               "ressourcerie": "ressourcerie", "chantier": "chantier", "regie": "regie", "tiers-lieu": "tiers-lieu",
               "reseau": "reseau", "federation": "federation", "collectif": "collectif", "plateforme": "plateforme",
               "incubateur": "incubateur", "couveuse": "couveuse", "groupement": "groupement", "fondation": "fondation",
               "mutuelle": "mutuelle", "restaurant": "restaurant", "garage": "garage", "boutique": "boutique"}
# "l'association des maires", "l'association Vendée Insertion Emploi", "le pôle (PTCE)": another one
_NOT_OF = re.compile(r"\s+(?:de|d['’]|du|des)\b|\s+[A-ZÀ-Ý«\"“]|\s*\(")


def self_refs(ctx: Ctx) -> None:
    author = ctx.notes.get("letterhead")
    if author is None or author not in ctx.entities:
        return
    ent = ctx.entities[author]
    kind_line = fold(ctx.notes.get("letterhead_kind", ""))
    nouns = {_KIND_NOUNS[w] for w in re.findall(r"[\w-]+", kind_line)[:1] if w in _KIND_NOUNS}
    nouns |= {n for n in ("association", "cooperative") if re.search(rf"\b{n}\b", kind_line)}
    if not nouns:
        return
    alt = "|".join(sorted(nouns))
    # "le pôle", "du pôle", "l'association", "notre épicerie", "notre structure"
    pat = re.compile(rf"\b(?:(?:le|la|l'|du|au|notre)\s*(?P<n>{alt})|notre\s+(?P<s>structure))\b")
    text, folded = ctx.text, ctx.folded
    start_body = ent.first
    for m in pat.finditer(folded):
        s = m.start("n") if m.group("n") else m.start("s")
        e = m.end("n") if m.group("n") else m.end("s")
        if s <= start_body or overlaps(ctx, s, e) or _NOT_OF.match(ctx.notes["work"], e):
            continue
        w = m.group("n") or "structure"
        if not m.group(0).startswith("notre"):
            other = structure_of_kind(ctx, {"pole": "ptce"}.get(w, w), s, reach=300)
            if other is not None and other != author:
                continue  # "l'association Vendée Insertion Emploi … L'association accompagne": the one just named
        register(ctx, Mention(s, e, text[s:e], ent.type, ent.name, subtype=ent.subtype, key=next(iter(ent.keys)),
                              alias_only=True, source="ess_self_refs/1", extra={"no_surface": True}))
