"""Founding wordings the other rules miss (relation ``founded``, organisation → Club/Network/structure).

Active, founders first: "X et Y sont à l'origine du Club Z", "X a impulsé la création du PTCE Z",
"X compte parmi les fondateurs du Club Z", "X a cofondé Z", "X est à l'initiative du Club Z", "X a mis
sur pied le Club Z (avec Y)", "X, initiatrice du Club Z,". Passive, founded thing first: "Le Club Z a vu
le jour en 2016 à l'initiative de X et de Y", "Z est issu d'une initiative de X", "Z a été fondé à
l'initiative conjointe de X et de Y", "Z est une initiative de X". Cleft: "C'est à l'initiative de X
qu'est né le Club Z".
"""
from __future__ import annotations

import re

from .base import Ctx
from .refs import ORGS_ONLY, list_after

FOUNDED_TYPES = {"Club", "Network", "ESSOrganization"}
_OF = r"(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*"

# founders before, the founded thing right after
ACTIVE = re.compile(rf"\b(?:(?:est|sont|était|étaient)\s+(?:(?:aussi|également|ainsi)\s+)?à\s+l['’]origine\s+(?:de\s+la\s+création\s+)?{_OF}|"
                    rf"(?:a|ont|avait|avaient)\s+(?:impulsé|initié|porté|suscité|piloté)\s+la\s+création\s+{_OF}|"
                    rf"compte(?:nt)?\s+parmi\s+les\s+(?:membres\s+|structures\s+)?fondat(?:eurs|rices)\s+{_OF}|"
                    rf"(?:a|ont)\s+(?:co-?fondé|cofondé)\s+(?:en\s+\d{{4}}\s+)?(?:le|la|l['’]|les)?\s*|"
                    rf"(?:est|sont|était|étaient)\s+(?:les|l['’]une?\s+des|une?\s+des|parmi\s+les)\s+(?:co-?)?(?:initiat(?:eurs|rices)|fondat(?:eurs|rices))\s+{_OF}|"
                    rf"(?:a|ont|avait|avaient)\s+(?:activement\s+)?(?:participé|contribué)\s+à\s+(?:la\s+)?(?:création|fondation)\s+{_OF}|"
                    # "La Métropole est à l'initiative du Club", "X et Y sont (les) initiateurs du réseau"
                    rf"(?:est|sont|était|étaient)\s+(?:(?:aussi|également)\s+)?à\s+l['’]initiative\s+(?:de\s+la\s+création\s+)?{_OF}|"
                    rf"(?:est|sont|était|étaient)\s+(?:(?:la|le|les)\s+)?(?:co-?)?(?:initiat(?:eur|rice)s?|fondat(?:eur|rice)s?)\s+{_OF}|"
                    # "X a impulsé le Club Y", "X et Y ont mis sur pied / monté / constitué le réseau Z"
                    rf"(?:a|ont|avait|avaient)\s+(?:(?:aussi|également|ainsi)\s+)?(?:impulsé|initié|mis\s+sur\s+pied|monté|constitué|créé|fondé|lancé)"
                    rf"\s+(?:en\s+\d{{4}}\s+)?(?=le\s|la\s|l['’]|les\s)|"
                    rf"(?:a|ont|avait|avaient)\s+donné\s+naissance\s+(?:en\s+\d{{4}}\s+)?(?:à\s+la\s+|à\s+l['’]|au\s+|aux\s+|à\s+))", re.IGNORECASE)
# "Le Club X est une initiative de A et de B", "C'est à l'initiative de A qu'est né le Club X"
INITIATIVE_OF = re.compile(r"\b(?:est|sont|était)\s+(?:une|l['’])\s*initiative\s+(?:commune\s+|conjointe\s+)?(?=de\s+la|de\s+l['’]|du|des|de|d['’])"
                           r"(?:de\s+(?=la\s|l['’])|(?=du|des|d['’]|de\s))", re.IGNORECASE)
CLEFT = re.compile(r"\bc['’]est\s+(?:à\s+l['’]initiative|sous\s+l['’]impulsion)\s+(?=de\s+la|de\s+l['’]|du|des|de|d['’])"
                   r"(?:de\s+(?=la\s|l['’])|(?=du|des|d['’]|de\s))", re.IGNORECASE)
CLEFT_VERB = re.compile(r"\s*,?\s*qu['’]\s*(?:est|sont|a\s+été|ont\s+été)\s+(?:née?s?|créée?s?|fondée?s?|lancée?s?|apparue?s?)\s+"
                        r"(?:en\s+\d{4}\s+)?", re.IGNORECASE)
# ", initiatrice du Club X,": the actor just before the apposition founded it
APPOSED = re.compile(r"\s*,\s*(?:(?:l['’]une?|un|une)\s+des\s+|la\s+|le\s+)?(?:co-?)?(?:initiat(?:eur|rice)s?|fondat(?:eur|rice)s?)\s+"
                     rf"{_OF}", re.IGNORECASE)
CO_FOUNDERS = re.compile(r"\s*(?:en\s+\d{4}\s+)?,?\s*(?:avec|aux\s+côtés\s+d(?:e|u|es)|conjointement\s+avec)\s+", re.IGNORECASE)
# "Le RTES a été fondé en 2002 par une vingtaine de collectivités, dont la Ville de Lille et la Région X"
AMONG = re.compile(r"\b(?:a|ont)\s+été\s+(?:co-?)?(?:fondée?s?|créée?s?)\s+(?:en\s+\d{4}\s+)?par\s+[^,.;:]{3,60}?,\s*(?:dont|parmi\s+lesquel(?:le)?s|notamment)\s+",
                   re.IGNORECASE)
# the founded thing before, founders after
PASSIVE = re.compile(r"\b(?:(?:a|ont)\s+vu\s+le\s+jour|(?:est|sont)\s+née?s?|(?:a|ont)\s+été\s+(?:fondée?s?|créée?s?|lancée?s?|mise?s?\s+en\s+place|initiée?s?)|"
                     r"(?:est|sont)\s+issue?s?)\s+(?:en\s+\d{4}\s+|il\s+y\s+a\s+\w+\s+ans\s+|dès\s+\d{4}\s+)?(?:,\s*)?"
                     r"(?:à\s+l['’]initiative|sous\s+l['’]impulsion|d['’]une\s+initiative|de\s+l['’]initiative)\s+(?:commune\s+|conjointe\s+)?"
                     r"(?=de\s+la|de\s+l['’]|du|des|de|d['’])(?:de\s+(?=la\s|l['’])|(?=du|des|d['’]|de\s))", re.IGNORECASE)


def founding_cues(ctx: Ctx) -> None:
    work = ctx.notes["work"]
    for m in ACTIVE.finditer(work):
        ss, _ = ctx.sent_span(m.start())
        thing = [x for x in ctx.starting_in(m.end(), m.end() + 120, FOUNDED_TYPES) if x[0] - m.end() <= 40][:1]
        if thing and re.search(r"(?i)\b(?:avec|ensemble|pour|et|par)\b|[,;:]", work[m.end():thing[0][0]]):
            thing = []  # "ont monté l'événement ensemble avec la CRESS": the object is no named structure
        founders = _founders_before(ctx, ss, m.start())
        co = CO_FOUNDERS.match(work, thing[0][1]) if thing else None
        if co and founders:
            # "Le RTES a fondé le Club avec l'AMIF": the partner named after "avec" co-founded it
            founders += list_after(ctx, co.end(), ORGS_ONLY)
        for f in founders if thing else []:
            if f[2] != thing[0][2]:
                ctx.add_rel("founded", f[2], thing[0][2], f[0], thing[0][1])
    for m in CLEFT.finditer(work):
        founders = list_after(ctx, m.end(), ORGS_ONLY)
        verb = CLEFT_VERB.match(work, founders[-1][1]) if founders else None
        thing = [x for x in ctx.starting_in(verb.end(), verb.end() + 60, FOUNDED_TYPES)][:1] if verb else []
        for f in founders if thing else []:
            if f[2] != thing[0][2]:
                ctx.add_rel("founded", f[2], thing[0][2], m.start(), thing[0][1])
    for s_, e_, k in list(ctx.spans):
        if ctx.entities[k].type not in ORGS_ONLY:
            continue
        ap = APPOSED.match(work, e_)
        thing = [x for x in ctx.starting_in(ap.end(), ap.end() + 80, FOUNDED_TYPES) if x[0] - ap.end() <= 12][:1] if ap else []
        if thing and thing[0][2] != k:
            ctx.add_rel("founded", k, thing[0][2], s_, thing[0][1])
    # the founded thing before the cue, its founders listed after it
    for rx in (INITIATIVE_OF, AMONG, PASSIVE):
        for m in rx.finditer(work):
            ss, _ = ctx.sent_span(m.start())
            thing = [x for x in ctx.ents_in(ss, m.start(), FOUNDED_TYPES)][:1]
            for f in list_after(ctx, m.end(), ORGS_ONLY) if thing else []:
                if f[2] != thing[0][2]:
                    ctx.add_rel("founded", f[2], thing[0][2], thing[0][0], f[1])


def _founders_before(ctx: Ctx, ss: int, pos: int) -> list[tuple]:
    """The subject list before the verb: "X et Y", "X, Y et Z" (an apposition of the last one is skipped)."""
    work = ctx.notes["work"]
    cands = [x for x in ctx.ents_in(ss, pos, ORGS_ONLY)]
    if not cands:
        return []
    out = [cands[0]]
    for x in cands[1:]:
        if re.fullmatch(r"\s*(?:,|et|,\s*et)\s*(?:la|le|l['’]|les)?\s*", work[out[-1][1]:x[0]]):
            out.append(x)
        else:
            break
    return out
