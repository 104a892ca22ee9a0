"""Members named after what a network or club gathers: "Le RTES regroupe 160 collectivités, dont
Lille et Rennes", "La CRESS réunit notamment X, Y et Z", "Elle rassemble les CRESS ainsi que les
organisations nationales, dont Coop FR", "Le club compte douze communes membres, parmi lesquelles X";
the bulleted entries of a members page; the organisations that sit on a network's board.

Called by ess_relations/1 (adds member_of). ``page_thing`` is relations.page_thing, passed in to
avoid a circular import.
"""
from __future__ import annotations

import re
from typing import Optional

from .base import Ctx
from .refs import ORGS_ONLY, _inside_thing, list_after

GATHER_VERB = re.compile(r"\b(?:rassembl|regroup|fédèr|associ)(?:e|ent|ait|aient|era|eront)\b|\bfédér(?:ait|aient|era|eront)\b|"
                         r"\bréun(?:it|issent|issait|issaient|ira|iront)\b|"
                         r"\bcompte(?:nt)?\s+(?=[^.;:\n]{0,40}?\b(?:membres|adhérent(?:e)?s)\b)", re.IGNORECASE)
# the object: what is gathered, then the named ones ("…, dont", "…, parmi lesquelles", "… : ", "notamment")
MEMBER_NOUNS = re.compile(r"\b(?:collectivités|membres|adhérent(?:e)?s|acteurs|structures|organisations|réseaux|fédérations|communes|"
                          r"intercommunalités|associations|cress|entreprises|coopératives|mutuelles|têtes\s+de\s+réseau|familles|"
                          r"partenaires\s+(?:publics|privés)|villes|territoires|départements|régions)\b", re.IGNORECASE)
OBJECT = re.compile(r"(?P<obj>[^.;:\n]{0,160}?)(?:\s*,\s*(?:dont|parmi\s+lesquel(?:le)?s|notamment|à\s+savoir|comme)|\s*:|\s+(?:dont|notamment|tels?\s+que|telles\s+que))\s*",
                    re.IGNORECASE)
# (not "les CRESS", "les collectivités": a plural article starts a class, not a name)
DIRECT = re.compile(r"\s*(?:(?:notamment|aujourd['’]hui|désormais|déjà|autour\s+d['’]elle|autour\s+de\s+lui)\s*,?\s*)*(?=(?:la\s+|le\s+|l['’])?[A-ZÉ])")
SUBJECT_GAP = re.compile(r"\s*(?:,[^,;.]{0,80},\s*)?(?:qui\s+)?(?:(?:aujourd['’]hui|désormais|déjà|notamment)\s+)?")
PRONOUN = re.compile(r"\s*(?:elle|il|celle-ci|celui-ci)\s+(?:(?:aujourd['’]hui|désormais|déjà|notamment)\s+)?$", re.IGNORECASE)
GENERIC = re.compile(r"(?:le|la|notre|ce|cette)\s+(?P<w>réseau|club|fédération|chambre|comité)\s+(?:(?:aujourd['’]hui|désormais|déjà)\s+)?$", re.IGNORECASE)
GROUPS = {"Network", "Club"}


def gathered_members(ctx: Ctx, page_thing) -> None:
    work = ctx.notes["work"]
    for m in GATHER_VERB.finditer(work):
        ss, se = ctx.sent_span(m.start())
        tgt = _gatherer(ctx, ss, m.start(), page_thing)
        if tgt is None:
            continue
        direct = DIRECT.match(work, m.end())
        listed = []
        if direct and not re.match(r"(?i)\s*(?:ses|leurs|nos|des|plus|près|une?|\d)", work[m.end():m.end() + 8]):
            listed = list_after(ctx, direct.end(), ORGS_ONLY)
            listed = listed if listed and listed[0][0] <= direct.end() + 12 else []
        if not listed:
            obj = OBJECT.match(work, m.end(), se)
            if obj and MEMBER_NOUNS.search(obj.group("obj")) and not ctx.ents_in(m.end(), m.end() + len(obj.group("obj")), {"Event"}):
                listed = list_after(ctx, obj.end(), ORGS_ONLY)
        for x in listed:
            if x[2] != tgt and x[0] < se and not _inside_thing(ctx, x):
                ctx.add_rel("member_of", x[2], tgt, m.start(), x[1])


def _gatherer(ctx: Ctx, ss: int, at: int, page_thing) -> Optional[str]:
    """The network or club that gathers: named as the subject, a pronoun for the one of the sentence
    before, or "le réseau" / "le club" for the one the page is about."""
    work = ctx.notes["work"]
    before = [x for x in ctx.ents_in(ss, at, None) if not _inside_thing(ctx, x)]
    if before and ctx.entities[before[-1][2]].type in GROUPS and SUBJECT_GAP.fullmatch(work, before[-1][1], at) \
            and not ctx.ents_in(before[-1][1], at, {"Event"}):
        return before[-1][2]
    if PRONOUN.fullmatch(work, ss, at):
        i = ctx.sent_index(ss)
        prev = [x for x in ctx.ents_in(*ctx.sents[i - 1], None) if not _inside_thing(ctx, x)] if i > 0 else []
        first = prev[0] if prev else None
        return first[2] if first and ctx.entities[first[2]].type in GROUPS else None
    g = GENERIC.search(work, ss, at)
    if g and g.end() == at:
        want = "Club" if g.group("w").lower() in ("club", "comité") else "Network"
        prev = [x for x in ctx.spans if x[0] < at and ctx.entities[x[2]].type == want]
        return page_thing(ctx, prev) if prev else None
    return None


# a page listing a network's or club's members: "Accueil > Le Club > Nos membres", "Annuaire des adhérents"
MEMBERS_PAGE = re.compile(r"(?i)\b(?:nos|les|ses)\s+(?:membres|adhérente?s|collectivités\s+(?:membres|adhérentes))\b|"
                          r"\bannuaire\s+des\s+(?:membres|adhérents)")
BULLET = re.compile(r"^[ \t]*[•▪◦\-–*·][ \t]*", re.MULTILINE)
HEADING = re.compile(r"^[ \t]*(?P<h>[A-ZÉÈÀÂÊÎÔÛÇ0-9][A-ZÉÈÀÂÊÎÔÛÇ0-9 '’,&()/-]{2,80}(?:\([^)\n]*\))?)[ \t]*:?[ \t]*$", re.MULTILINE)
NOT_MEMBERS = re.compile(r"(?i)gouvernance|équipe|contact|rendez-vous|agenda|à\s+venir|ressources|partenaires|financeurs|actualités|"
                         r"publications|événements|bureau|conseil\s+d['’]administration|comité|presse")


def members_page(ctx: Ctx) -> None:
    """Each bulleted entry that opens with an actor, in the member sections of such a page, is a member
    of the network or club the page's title line names."""
    work = ctx.notes["work"]
    lines = work.split("\n")
    top = "\n".join(lines[:3])
    if not MEMBERS_PAGE.search(top):
        return
    owner = [x for x in ctx.ents_in(0, len(lines[0]), GROUPS)][:1]
    if not owner:
        return
    tgt, on, pos = owner[0][2], True, 0
    for line in lines:
        ls, pos = pos, pos + len(line) + 1
        h = HEADING.match(line)
        if h and not BULLET.match(line):
            on = not NOT_MEMBERS.search(h.group("h"))
            continue
        b = BULLET.match(line)
        if not on or not b:
            continue
        at = ls + b.end()
        listed = list_after(ctx, at, ORGS_ONLY)
        if listed and listed[0][0] <= at + 4:
            for x in listed:
                if x[2] != tgt and x[1] <= ls + len(line):
                    ctx.add_rel("member_of", x[2], tgt, at, x[1])


# "Le conseil d'administration de la CRESS compte 24 membres. Y siègent notamment X, Y et Z"
SIT_THERE = re.compile(r"(?:^|(?<=[.!?:]\s))Y\s+si[èe]g(?:ent|eaient|eront)\s+(?:(?:notamment|également|aussi|désormais|entre\s+autres)\s*,?\s*)*:?\s*",
                       re.MULTILINE)
BOARD_OF = re.compile(r"(?i)(?:conseil\s+d['’]administration|\bCA\b|bureau|comité\s+de\s+pilotage)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*")


def board_seats(ctx: Ctx) -> None:
    """Organisations that sit on a network's board are its members (the annotation rules:
    "fait partie du conseil d'administration de la CRESS")."""
    work = ctx.notes["work"]
    for m in SIT_THERE.finditer(work):
        i = ctx.sent_index(m.start())
        if i == 0:
            continue
        ps, pe = ctx.sents[i - 1]
        tgt = None
        for b in BOARD_OF.finditer(work, ps, pe):
            named = [x for x in ctx.ents_in(b.end(), min(pe, b.end() + 80), GROUPS) if x[0] <= b.end() + 1]
            tgt = named[0][2] if named else tgt
        if tgt is None:
            continue
        for x in list_after(ctx, m.end(), ORGS_ONLY):
            if x[2] != tgt:
                ctx.add_rel("member_of", x[2], tgt, m.start(), x[1])
