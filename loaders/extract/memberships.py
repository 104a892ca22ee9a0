"""Membership wordings built around the network rather than a membership verb (relation ``member_of``).

"Les adhérents du RTES, comme la Ville de X ou Y, …", "des collectivités membres du RTES, dont X et Y",
"X et Y, deux collectivités adhérentes du RTES, …", "Grâce à son adhésion au RTES, la Ville de X …",
"le RTES, auquel adhère la Ville de X", "le RTES, dont font partie X et Y".
"""
from __future__ import annotations

import re

from .base import Ctx
from .refs import ORGS_ONLY, list_after

NETS = {"Network", "Club"}
_OF = r"(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*"
_KIND = r"(?:collectivités|structures|communes|villes|organisations|associations|coopératives|intercommunalités|territoires|entreprises)"
# "les adhérents du RTES", "des collectivités membres du RTES", "plusieurs membres du RTES"
MEMBERS_OF = re.compile(rf"\b(?:(?:les|des|plusieurs|certain(?:e)?s|nombreux|nombreuses|[a-zé]+)\s+)?(?:{_KIND}\s+)?"
                        rf"(?:adhérente?s|membres|sociétaires)\s+{_OF}", re.IGNORECASE)
# what introduces the examples after the network's name
SUCH_AS = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*|\s+)(?:comme|tel(?:le)?s?\s+que|à\s+l['’]image\s+d[eu']\s*|notamment|dont|"
                     r"parmi\s+lesquel(?:le)?s|en\s+particulier)\s*:?\s*|\s*:\s*", re.IGNORECASE)
# "X et Y, deux collectivités adhérentes du RTES,": an apposition after the list
APPOSED = re.compile(rf",\s*(?:(?:deux|trois|quatre|cinq|toutes\s+deux|tous\s+deux|les\s+deux|toutes|tous)\s+)?(?:{_KIND}\s+)?"
                     rf"(?:adhérente?s|membres)\s+{_OF}", re.IGNORECASE)
# "Grâce à son adhésion au RTES, la Ville de X …"
OWN_ADHESION = re.compile(r"\b(?:grâce\s+à|depuis|avec|par|via)\s+(?:son|sa|leur)\s+adhésion\s+(?:au|à\s+la|à\s+l['’]|aux)\s*", re.IGNORECASE)
# "le RTES, auquel adhère la Ville de X", "le RTES, dont font partie X et Y", "dont sont membres X"
RELATIVE = re.compile(r"\s*,\s*(?:auquel|à\s+laquelle|auxquels|auxquelles)\s+(?:adhère(?:nt)?|ont\s+adhéré|a\s+adhéré)\s+|"
                      r"\s*,\s*dont\s+(?:font|fait)\s+(?:(?:notamment|aussi|également|désormais)\s+)?partie\s+|"
                      r"\s*,\s*dont\s+(?:sont|est)\s+(?:(?:notamment|aussi|également|désormais)\s+)?(?:membres?|adhérente?s?)\s+", re.IGNORECASE)


def _with_or(ctx: Ctx, found: list) -> list:
    """``list_after`` stops at "ou": "comme la Ville de X ou Y" lists both."""
    work = ctx.notes["work"]
    while found:
        nxt = re.match(r"\s*,?\s*ou\s+(?:la\s+|le\s+|l['’]|les\s+)?", work[found[-1][1]:found[-1][1] + 12])
        if not nxt:
            break
        more = list_after(ctx, found[-1][1] + nxt.end(), ORGS_ONLY)
        if not more or more[0][0] != found[-1][1] + nxt.end() and more[0][0] > found[-1][1] + nxt.end() + 1:
            break
        found = found + more
    return found


def _net_at(ctx: Ctx, pos: int) -> list:
    return [x for x in list_after(ctx, pos, NETS, limit=5) if ctx.entities[x[2]].type in NETS][:1]


def member_lists(ctx: Ctx) -> None:
    work = ctx.notes["work"]
    for m in MEMBERS_OF.finditer(work):
        net = _net_at(ctx, m.end())
        such = SUCH_AS.match(work, net[0][1]) if net else None
        if such:
            for x in _with_or(ctx, list_after(ctx, such.end(), ORGS_ONLY)):
                if x[2] != net[0][2]:
                    ctx.add_rel("member_of", x[2], net[0][2], m.start(), x[1])
    for m in APPOSED.finditer(work):
        net = _net_at(ctx, m.end())
        if not net:
            continue
        ss, _ = ctx.sent_span(m.start())
        before = [x for x in ctx.ents_in(ss, m.start() + 1, ORGS_ONLY)]
        if not before or before[-1][1] != m.start():
            continue
        chain = [before[-1]]
        for x in reversed(before[:-1]):
            if re.fullmatch(r"\s*(?:,|et|,\s*et)\s*(?:la\s+|le\s+|l['’]|les\s+)?", work[x[1]:chain[0][0]]):
                chain.insert(0, x)
            else:
                break
        if len(chain) < 2 and not re.match(r"(?i),\s*(?:collectivité|structure|commune|ville|association)", m.group(0)):
            continue  # one actor: the singular apposition is MEMBER_CUE's (", membre du RTES")
        for x in chain:
            if x[2] != net[0][2]:
                ctx.add_rel("member_of", x[2], net[0][2], x[0], net[0][1])
    for m in OWN_ADHESION.finditer(work):
        net = _net_at(ctx, m.end())
        if not net:
            continue
        _, se = ctx.sent_span(m.start())
        comma = re.match(r"[^,.;]{0,40},\s*", work[net[0][1]:se])
        subj = [x for x in ctx.ents_in(net[0][1], se, ORGS_ONLY)][:1] if comma else []
        if subj and subj[0][0] - (net[0][1] + comma.end()) <= 4 and subj[0][2] != net[0][2]:
            ctx.add_rel("member_of", subj[0][2], net[0][2], m.start(), subj[0][1])
    for s_, e_, k in list(ctx.spans):
        if ctx.entities[k].type not in NETS:
            continue
        rel = RELATIVE.match(work, e_)
        if not rel:
            continue
        for x in _with_or(ctx, list_after(ctx, rel.end(), ORGS_ONLY)):
            if x[2] != k:
                ctx.add_rel("member_of", x[2], k, s_, x[1])
