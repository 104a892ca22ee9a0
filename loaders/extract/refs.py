"""Finding the actors a cue phrase refers to: lists after a cue, the event named nearest,
grammatical subjects, the page's commune, the organisation a document speaks for.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import Optional

from .base import Ctx, fold
from .territory import EPCI_LEGAL_FORM as _EPCI_LEGAL_FORM

AGENTS = {"Collectivite", "Network", "ESSOrganization", "PublicBody", "Organization", "Club"}
ORGS_ONLY = {"Collectivite", "Network", "ESSOrganization", "PublicBody", "Organization"}
THINGS = {"Event", "Club", "Publication"}
COUNT_WORDS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}
LIST_GAP = re.compile(r"^\s*\)?\s*(?:\([^()\n]{1,40}\)\s*)?(?:,|et|ainsi\s+que|&|;)?\s*(?:par\s+|avec\s+)?(?:l['’]|le\s|la\s|les\s|du\s|de\s+la\s|de\s+l['’]|des\s|au\s|à\s+la\s|à\s+l['’]|aux\s|de\s|d['’])?\s*"
                      r"(?:(?:association|fédération|réseau|union|tête\s+de\s+réseau|mutuelle|coopérative|établissement\s+public\s+territorial|EPT|"
                      r"SCIC|Scop|entreprise|structure|recyclerie|ressourcerie)(?:\s+(?:nationale?|régionale?|locale?))?\s+)?$",
                      re.IGNORECASE)


# ---------------------------------------------------------------- helpers
_LOCATED = re.compile(r"\b(?:install|bas|situ|implant|établi|domicili)ée?s?\s+(?:à|au|aux|en|dans)\s+(?:la\s+|le\s+|l['’]|les\s+)?$")
_SEMICOLON_ITEM = re.compile(r"^[^;:.\n]{0,160};\s*(?:et\s+|enfin\s+)?(?:l['’]|le\s|la\s|les\s)?"
                             r"(?:(?:association|coopérative|scic|scop|mutuelle|fondation|entreprise|structure|ville|commune|communauté)\s+)?"
                             r"(?:l['’]|le\s|la\s|les\s)?$", re.IGNORECASE)


def list_after(ctx: Ctx, pos: int, types: set, limit: int = 300) -> list[tuple[int, int, str]]:
    """Entities listed from ``pos`` on ("X, Y et Z"), stopping at the first gap that is not a list separator."""
    work = ctx.notes["work"]
    out = []
    cur = pos
    sent_end = ctx.sent_span(pos)[1] if ctx.sents else len(work)
    colon_list = re.search(r":\s*$", work[max(0, pos - 4):pos]) is not None
    for s, e, k in ctx.spans:
        if s < cur:
            if not out and s < pos < e and ctx.entities[k].type in types and pos - s <= 30:
                # the cue ate the kind word the name starts with ("animé par l'association | Mobil'Quercy")
                out.append((s, e, k))
                cur = e
            continue
        if s >= min(sent_end, pos + limit):
            break
        ent = ctx.entities[k]
        gap = work[cur:s]
        if out and k == out[-1][2] and re.fullmatch(r"\s*\(\s*", gap):
            # "l'Association des Maires d'Île-de-France (AMIF)": the acronym of the listed name
            close = work.find(")", e, e + 3)
            cur = close + 1 if close >= 0 else e
            continue
        if out and ent.type == "Collectivite" and _LOCATED.search(gap):
            cur = e  # "la Scic X, installée à Montdidier, …": where the listed one is, not an item
            continue
        if not LIST_GAP.match(gap):
            # an apposition after a listed actor ("X, structure qui agit pour ..., et par Y")
            if out and re.match(r"^\s*,[^;:.]*?,\s*(?:et\s+)?(?:par\s+|avec\s+)?(?:l['’]|le\s|la\s|les\s)?$", gap):
                pass
            elif out and colon_list and _SEMICOLON_ITEM.match(gap):
                pass  # "… : la Scic X, qui approvisionne …; l'association Y ; et la Mutuelle Z"
            else:
                break
        if ent.type in types:
            out.append((s, e, k))
            cur = e
        elif ent.type in ("Person",) or ent.type in AGENTS:
            cur = e
        else:
            break
    return out


def last_list_of(ctx: Ctx, pos: int, n: int, back: int = 2500) -> list[tuple[int, int, str]]:
    """The last coordinated list of exactly ``n`` organisations named before ``pos`` ("ESS France, le RTES,
    France urbaine, Intercommunalités de France et l'UDES" for "les cinq réseaux"), else [];
    with ``n`` = 0, the last list of two or more ("Ils publient …" after such a list)."""
    if n == 1 or n < 0:
        return []
    work = ctx.notes["work"]
    spans = [x for x in ctx.spans if pos - back <= x[0] < pos and ctx.entities[x[2]].type in ORGS_ONLY]
    runs: list[list[tuple[int, int, str]]] = []
    for x in spans:
        if runs and LIST_GAP.match(work[runs[-1][-1][1]:x[0]]) and re.search(r"[,;&]|\bet\b|\bainsi\b", work[runs[-1][-1][1]:x[0]]) \
                or runs and x[2] == runs[-1][-1][2] and re.fullmatch(r"\s*\(\s*", work[runs[-1][-1][1]:x[0]]):
            runs[-1].append(x)
        else:
            runs.append([x])
    for run in reversed(runs):
        firsts = [x for i, x in enumerate(run) if all(y[2] != x[2] for y in run[:i])]  # one span per organisation
        if len(firsts) == n or (n == 0 and len(firsts) >= 2):
            return firsts
    return []


BULLET_LINE = re.compile(r"[ \t]*(?:[-–—•*·▪►]|\d{1,2}[.)])[ \t]+(?P<body>[^\n]*)")


def bullet_items(ctx: Ctx, pos: int, types: set, max_items: int = 40) -> list[tuple[int, int, str]]:
    """The first actor of each bullet line that follows ``pos`` ("Ont rejoint le réseau :" then
    "- la Ville de Tours ;" ...); empty when no bullet list starts on the next line."""
    work = ctx.notes["work"]
    nl = work.find("\n", pos)
    if nl < 0 or work[pos:nl].strip():
        return []
    out = []
    cur = nl + 1
    while len(out) < max_items:
        while work[cur:cur + 1] == "\n":
            cur += 1
        m = BULLET_LINE.match(work, cur)
        if not m:
            break
        first = ctx.ents_in(m.start("body"), m.end("body"), types)
        if first:
            out.append(first[0])
        cur = m.end() + 1
    return out


def event_mentions(ctx: Ctx) -> list[tuple[int, int, str]]:
    return [(s, e, k) for s, e, k in ctx.spans if ctx.entities[k].type == "Event"]


def event_near(ctx: Ctx, pos: int, back: int = 900, types: set = frozenset({"Event"})) -> Optional[tuple[int, int, str]]:
    """The event named nearest before ``pos`` in its sentence, else the last one before."""
    ss, se = ctx.sent_span(pos)
    inside = [x for x in ctx.ents_in(ss, se, set(types)) if x[0] < pos]
    if inside:
        return inside[-1]
    after = [x for x in ctx.ents_in(ss, se, set(types)) if x[0] >= pos]
    if after:
        return after[0]
    if PRONOUN_SUBJECT.match(ctx.notes["work"][ss:pos]):
        # "Nos Rencontres, suivies de l'AG, se tiendront à Poitiers. Elles seront accueillies par X":
        # the pronoun takes up the subject of the sentence before, not the last event it named
        i = ctx.sent_index(ss)
        if i > 0:
            prev = [x for x in ctx.ents_in(*ctx.sents[i - 1], set(types))
                    if ctx.entities[x[2]].extra.get("head") != "mois de l'ess"]
            if prev and ctx.sents[i - 1][0] + 40 >= prev[0][0]:
                return prev[0]
    before = [x for x in ctx.spans if ctx.entities[x[2]].type in types and pos - back <= x[0] < pos]
    # "... dans le cadre du Mois de l'ESS": a framing mention is not what the next sentences describe
    framed = [x for x in before if not FRAMING.search(ctx.folded[max(0, x[0] - 30):x[0]])
              and ctx.entities[x[2]].extra.get("head") != "mois de l'ess"]  # nor the national month it is part of
    before = framed or before
    # a workshop or round table on an earlier line of a programme owns only its own line:
    # "• 16h : clôture par X" closes the main event, not the table ronde of the bullet before
    own_line = [x for x in before if ctx.entities[x[2]].extra.get("head") not in SUB_HEADS
                or not NEW_ITEM.search(ctx.notes["work"][x[1]:pos])]
    if before and not own_line:
        # the main event may be named further up the page than the usual window
        own_line = [x for x in ctx.spans if ctx.entities[x[2]].type in types and pos - 3 * back <= x[0] < pos
                    and ctx.entities[x[2]].extra.get("head") not in SUB_HEADS | {"mois de l'ess"}][-1:]
    before = own_line or before
    if not before:
        # far down a press article: the event the article is about (named again and again), if one stands out
        main = [x for x in ctx.spans if ctx.entities[x[2]].type in types
                and ctx.entities[x[2]].extra.get("head") not in SUB_HEADS | {"mois de l'ess"}]
        # (a tie over the whole text is broken by the mentions made so far)
        for counts in (Counter(k for _x0, _x1, k in main), Counter(k for x0, _x1, k in main if x0 < pos)):
            top = counts.most_common(2)
            if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] > top[1][1]):
                before = [x for x in ctx.spans if x[2] == top[0][0] and x[0] < pos]
                break
    return before[-1] if before else None


# a new entry of a programme: a blank line, a bullet or a time ("16h :", "9h30 –") starting a line
NEW_ITEM = re.compile(r"\n[ \t]*(?:\n|[•▸▶*·\-–—]|\d{1,2}\s?h\s?\d{0,2}\s*[:–—-])")
SUB_HEADS = {"atelier", "table ronde", "pleniere", "conference", "debat", "visite", "remise des prix"}


PRONOUN_SUBJECT = re.compile(r"\s*(?:elles?|ils?|celle-ci|celui-ci)\s", re.IGNORECASE)
FRAMING = re.compile(r"(?:dans\s+le\s+cadre|a\s+l'occasion|en\s+marge|au\s+titre)\s+(?:du|de\s+la|de\s+l'|des)\s*$")


def subjects(ctx: Ctx, pos: int, types: set = ORGS_ONLY) -> list[tuple[int, int, str]]:
    """Agents that are the grammatical subject (or agent) of the clause around ``pos``."""
    doc = ctx.spacy_doc
    tok = _token_at(ctx, pos)
    if tok is None:
        return []
    seen = 0
    node = tok
    while node is not None and seen < 8:
        seen += 1
        subj_tokens = [c for c in node.children if c.dep_ in ("nsubj", "nsubj:pass", "obl:agent", "nmod:agent")]
        spans = []
        for c in subj_tokens:
            sub = list(c.subtree)
            a, b = sub[0].idx, sub[-1].idx + len(sub[-1].text)
            spans += [x for x in ctx.ents_in(a, b, types) if not _inside_thing(ctx, x)]
        if spans:
            return spans
        if node.head is node:
            break
        node = node.head
    return []


def _inside_thing(ctx: Ctx, x: tuple[int, int, str]) -> bool:
    for s, e, k in ctx.spans:
        if ctx.entities[k].type in ("Event", "Publication", "Convention", "Club") and s <= x[0] and x[1] <= e and (s, e) != (x[0], x[1]):
            return True
    return False


def _token_at(ctx: Ctx, pos: int):
    """The token that covers ``pos``, else the first one after it."""
    doc = ctx.spacy_doc
    starts = ctx.notes.get("tok_idx")
    if starts is None:
        starts = ctx.notes["tok_idx"] = [t.idx for t in doc]
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and pos < doc[i].idx + len(doc[i].text):
        return doc[i]
    return doc[i + 1] if i + 1 < len(doc) else None


def page_commune(ctx: Ctx) -> Optional[str]:
    """The commune a commune's own page speaks of: the only commune named, or the most named."""
    communes = Counter({k: len(e.mentions) for k, e in ctx.entities.items()
                        if e.type == "Collectivite" and e.subtype == "Commune"})
    if not communes:
        return None
    top = communes.most_common(2)
    if len(top) == 1 or top[0][1] > top[1][1]:
        return top[0][0]
    return None


def page_owner(ctx: Ctx) -> Optional[str]:
    """The collectivité whose own page this is: the one named in the page's heading lines
    (before the first blank line), else the most named organisation when it is a collectivité."""
    work = ctx.notes["work"]
    head_end = work.find("\n\n")
    head = [x for x in ctx.ents_in(0, head_end if 0 < head_end < 300 else 300, {"Collectivite"})]
    if head:
        return head[0][2]
    auth = author(ctx)
    return auth if auth and ctx.entities[auth].type == "Collectivite" else None


def _single(ctx: Ctx, subtype: str) -> Optional[str]:
    ks = [k for k, e in ctx.entities.items() if e.type == "Collectivite" and e.subtype == subtype]
    return ks[0] if len(ks) == 1 else None


def single_near(ctx: Ctx, subtype: str, pos: int) -> Optional[str]:
    """The one collectivité of that kind in the document, else the one of the paragraph at ``pos``."""
    k = _single(ctx, subtype)
    if k:
        return k
    work = ctx.notes["work"]
    ps = work.rfind("\n\n", 0, pos)
    pe = work.find("\n\n", pos)
    ps, pe = (0 if ps < 0 else ps), (len(work) if pe < 0 else pe)
    ks = {x[2] for x in ctx.ents_in(ps, pe, {"Collectivite"}) if ctx.entities[x[2]].subtype == subtype}
    if len(ks) == 1:
        return next(iter(ks))
    # "Mont-de-Marsan Agglomération – Actualités" … "le président de l'agglomération": the page's own,
    # though it names a neighbour too ("une démarche voisine, celle du Grand Dax")
    own = page_owner(ctx)
    if own and ctx.entities[own].subtype == subtype and not ks:
        return own
    return None


def generic_subject(ctx: Ctx, ss: int, pos: int) -> Optional[str]:
    """"La municipalité", "le Département", "la Région", "la Métropole" named without their
    name: the one collectivité of that kind the document names."""
    f = ctx.folded[ss:pos]
    if re.fullmatch(r"\s*nous\s+(?:l'\s?)?(?:\w+\s+)?", f) and author(ctx):
        return author(ctx)  # "Nous avons rejoint le RTES en 2019": the organisation the text speaks for
    tail = r"\b(?!\s+(?:de|d'|du|des)\b)"
    if re.search(r"\b(?:la|notre)\s+(?:municipalite|ville|commune|mairie)" + tail, f):
        return page_commune(ctx)
    if re.search(r"\b(?:le|notre)\s+departement" + tail, f):
        return _single(ctx, "Departement")
    if re.search(r"\b(?:la|notre)\s+region" + tail, f):
        return _single(ctx, "Region")
    if re.search(r"\b(?:la|notre)\s+(?:metropole|agglomeration|communaute)" + tail, f) or re.search(r"\bl'\s?eurometropole" + tail, f) or \
            re.search(r"\b(?:la|notre)\s+communaute\s+(?:de\s+communes|d'agglomeration|urbaine)" + tail, f):
        return _single(ctx, "EPCI")
    if re.search(r"\b(?:la|notre|cette)\s+collectivite" + tail, f):
        # "La collectivité, adhérente du RTES depuis sa création": the page's, else the one named
        colls = [k for k, e in ctx.entities.items() if e.type == "Collectivite" and e.mentions]
        return page_owner(ctx) or (colls[0] if len(colls) == 1 else None)
    kind = re.search(r"\b(?:l'\s?|la\s+|le\s+)(?P<w>association|cooperative|scic|scop|structure|recyclerie|ressourcerie|tiers-lieu|epicerie|ptce)"
                     + tail, f)
    if kind and not re.search(r"[A-ZÉ]", ctx.notes["work"][ss + kind.end():pos]):
        # "La recyclerie « Le Grenier solidaire » a ouvert. L'association est adhérente du …": the
        # structure just named (only when the sentence names no other actor before the verb)
        return structure_of_kind(ctx, kind.group("w"), ss, reach=600, lone=True)
    return None


# what the name, or the words next to it, say of a structure of that kind (not "Crédit Coopératif")
_KIND_STEMS = {"cooperative": ("cooperative", "scic", "scop"), "scic": ("scic", "interet collectif"), "scop": ("scop",),
               "recyclerie": ("recycler",), "ressourcerie": ("ressourcer",), "association": ("associat",), "structure": ("",),
               "federation": ("federat",), "reseau": ("reseau",), "tiers-lieu": ("tiers-lieu",), "epicerie": ("epicerie",),
               "chambre": ("chambre",), "chambre regionale": ("chambre",), "universite": ("universit",),
               "ptce": ("ptce", "pole territorial de cooperation")}


def structure_of_kind(ctx: Ctx, noun: str, pos: int, reach: int = 800, lone: bool = False) -> Optional[str]:
    """"cogérante de la coopérative", "directeur de la recyclerie": the last organisation before
    ``pos`` whose name says it is one, or that the text calls one next to its name ("la SCIC La
    Fabrique du Val"); "la structure" is the last one named. A chamber is the CRESS. With ``lone``,
    failing that, the one ESS structure the text has named so far."""
    stems = _KIND_STEMS.get(re.sub(r"\s+", " ", fold(noun)))
    if stems is None:
        return None
    if stems == ("chambre",):
        crs = {x[2] for x in ctx.spans if x[0] < pos and ctx.entities[x[2]].type == "Network"
               and re.search(r"\b(?:cress|chambre)", fold(" ".join(ctx.entities[x[2]].surfaces)))}
        return crs.pop() if len(crs) == 1 else None
    types = ({"Organization", "PublicBody"} if stems == ("universit",) else {"Network"} if stems in (("reseau",), ("federat",))
             else {"ESSOrganization", "Network"} if stems in (("associat",), ("",)) else {"ESSOrganization"})
    prev = [x for x in ctx.spans if pos - reach <= x[0] < pos and ctx.entities[x[2]].type in types]
    for x in reversed(prev):
        e = ctx.entities[x[2]]
        # the name, the words just before it ("la SCIC La Fabrique du Val") or its apposition (", une coopérative")
        said = " ".join([fold(" ".join(e.surfaces))] + [ctx.folded[max(0, a - 25):a] + " " + ctx.folded[b:b + 40].split(".")[0]
                                                         for a, b in e.mentions if a < pos])
        if any(st in said for st in stems):
            return x[2]
    if lone and "ESSOrganization" in types:
        named = {x[2] for x in ctx.spans if x[0] < pos and ctx.entities[x[2]].type == "ESSOrganization"}
        return named.pop() if len(named) == 1 else None
    return None


GENERIC_OBJECT = re.compile(r"\s*(?:la|le|l['’]|notre|votre|cette)\s*(?P<n>établissement\s+public\s+territorial|ept|territoire|"
                            r"municipalité|ville|commune|mairie|métropole|agglomération|communauté\s+de\s+communes|communauté\s+d['’]agglomération|communauté\s+urbaine|communauté|intercommunalité|"
                            r"département|conseil\s+départemental|conseil\s+général|région|conseil\s+régional|réseau|chambre|association|coopérative|scic)\b(?!\s+(?:de|d['’]|du|des)\b)",
                            re.IGNORECASE)
_GENERIC_KIND = {"etablissement public territorial": "EPT", "ept": "EPT", "territoire": "EPT", "municipalite": "Commune",
                 "ville": "Commune", "commune": "Commune", "mairie": "Commune", "metropole": "EPCI", "agglomeration": "EPCI",
                 "communaute": "EPCI", "communaute de communes": "EPCI", "communaute d'agglomeration": "EPCI",
                 "communaute urbaine": "EPCI", "intercommunalite": "EPCI", "departement": "Departement",
                 "conseil departemental": "Departement", "conseil general": "Departement", "region": "Region", "conseil regional": "Region"}


def generic_object(ctx: Ctx, pos: int) -> Optional[str]:
    """"portées par l'établissement public territorial", "organisé par le réseau": the one actor of
    that kind in the document (the page's commune, its only EPT or département, the network it
    speaks for)."""
    m = GENERIC_OBJECT.match(ctx.notes["work"], pos)
    if not m:
        return None
    n = re.sub(r"\s+", " ", ctx.folded[m.start("n"):m.end("n")])
    if n in ("reseau", "chambre", "association", "cooperative", "scic"):
        auth = author(ctx)
        want = {"reseau": "Network", "chambre": "Network"}.get(n, "ESSOrganization")
        if auth and ctx.entities[auth].type == want:
            return auth
        if n == "chambre":
            # "a rejoint la chambre": the one regional chamber (CRESS) the text names
            cress = {k for k, e in ctx.entities.items() if e.type == "Network" and e.mentions
                     and re.match(r"(?:cress|chambre regionale)", fold(e.name))}
            return cress.pop() if len(cress) == 1 else None
        if want == "ESSOrganization":
            # "organisée par la coopérative": the structure of that kind the text named last
            prev = [x for x in ctx.spans if x[0] < pos and ctx.entities[x[2]].type == want]
            kind = r"\b(?:cooperative|scic|scop)\b" if n in ("cooperative", "scic") else rf"\b{n}\b"
            named = [x for x in prev if re.search(kind, fold(" ".join(ctx.entities[x[2]].surfaces)))]
            return named[-1][2] if named and pos - named[-1][0] < 1500 else None
        return None
    kind = _GENERIC_KIND.get(n)
    if kind == "Commune":
        return page_commune(ctx)
    if not kind:
        return None
    if kind == "EPT" and n == "territoire":
        return _single(ctx, "EPT")
    if n in _EPCI_LEGAL_FORM:
        # "la communauté urbaine": only an EPCI of that legal form, never the communauté d'agglomération
        # the text names beside it
        same = {k for k, e in ctx.entities.items() if e.type == "Collectivite" and e.subtype == "EPCI" and e.mentions
                and (e.extra.get("epci_type") == _EPCI_LEGAL_FORM[n] or n in fold(" ".join([e.name, *e.surfaces])))}
        return same.pop() if len(same) == 1 else None
    # the one of that kind, else the one the page names most (Est Ensemble's page also names Plaine Commune)
    counts = Counter({k: len(e.mentions) for k, e in ctx.entities.items() if e.type == "Collectivite" and e.subtype == kind})
    top = counts.most_common(2)
    if len(top) == 1 or (len(top) == 2 and top[0][1] > top[1][1]):
        return top[0][0]
    return None


def generic_list_after(ctx: Ctx, pos: int, types: set = ORGS_ONLY) -> list[tuple[int, int, str]]:
    """"par la Région et la CRESS Aquitaine", "entre le conseil général et la CRESS": the one actor a
    generic name at ``pos`` stands for, then the named actors coordinated after it ([] when there is
    no generic name there)."""
    g = generic_object(ctx, pos)
    if not g:
        return []
    work = ctx.notes["work"]
    gm = GENERIC_OBJECT.match(work, pos)
    out = [(pos, gm.end(), g)]
    more = re.match(r"\s*(?:,|et|ainsi\s+que)\s*", work[gm.end():gm.end() + 12])
    if more:
        out += [x for x in list_after(ctx, gm.end() + more.end(), types) if x[2] != g]
    return out


def author(ctx: Ctx) -> Optional[str]:
    """The organisation the document speaks for: the one an interview question is about
    ("quelle est la mission de l'EPT11 ?"), else the most named one (3 mentions or more)."""
    if "author" in ctx.notes:
        return ctx.notes["author"]
    ctx.notes["author"] = None
    if re.search(r"\b(?:nous|notre|nos)\b", ctx.folded):
        # "TROIS QUESTIONS À… X, vice-présidente de Paris Terres d'Envol": in an interview, "nous" is the
        # interviewee's collectivité or organisation, named in the heading
        head = re.search(r"(?im)^[^\n]{0,40}\b(?:questions?\s+(?:a|au|aux)|entretien\s+avec|interview\s+(?:de|d')|rencontre\s+avec)\b[^\n]*$",
                         ctx.folded[:800])
        if head:
            named = ctx.ents_in(head.start(), head.end(), {"Collectivite", "Network", "ESSOrganization", "PublicBody"})
            if named and ctx.ents_in(head.start(), named[0][0], {"Person"}):
                ctx.notes["author"] = named[0][2]
                return named[0][2]
        for ss, se in ctx.sents:
            if ctx.text[ss:se].rstrip().endswith("?") and re.search(r"\b(?:mission|role|action|strategie|politique)\b", ctx.folded[ss:se]):
                named = ctx.ents_in(ss, se, {"Collectivite", "Network", "ESSOrganization", "PublicBody", "Organization"})
                if len(named) == 1:
                    ctx.notes["author"] = named[0][2]
                    return named[0][2]
    cnt = Counter()
    for k, e in ctx.entities.items():
        if e.type in ("Network", "ESSOrganization", "Collectivite", "PublicBody"):
            cnt[k] = len(e.mentions)
    if not cnt:
        return None
    k, n = cnt.most_common(1)[0]
    ctx.notes["author"] = k if n >= 3 else None
    return ctx.notes["author"]




def main_event(ctx: Ctx) -> Optional[str]:
    """The event a page is about: the one named most often (a national month, a workshop or a
    council's sitting does not count: a page about decisions is not an event page), the first named on a tie."""
    counts = Counter(k for _s, _e, k in ctx.spans if ctx.entities[k].type == "Event"
                     and ctx.entities[k].extra.get("head") not in SUB_HEADS | {"mois de l'ess", "seance"})
    if not counts:
        return None
    return max(counts, key=lambda k: (counts[k], -ctx.entities[k].first))
