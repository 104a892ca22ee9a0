"""ess_posts/1: posts held by persons (holds_post), from appositions and lists.

"X, présidente du RTES, vice-présidente de Nantes Métropole" gives two posts;
"Y, adjoint au maire de Z, délégué à l'ESS" one post with its delegation;
"Directeur général adjoint, Responsable du pôle ..., Intercommunalités de France" two
posts that share the organisation named at the end; "la présidente du RTES, X" too.
"""
from __future__ import annotations

import re
from typing import Optional

from .base import Ctx, fold
from .careers import career_posts
from .lexicon import ANY_ROLE_RE, COMMUNE_ROLE_RE, DELEGATION_RE, ROLE_HEAD, ROLE_HEAD_RE
from .names import GENERIC_ORG, org_type, register_org
from .phrases import complement

ORG_TYPES = {"Collectivite", "Network", "ESSOrganization", "PublicBody", "Organization", "Club"}
SEG_SPLIT = re.compile(rf"\s*,\s*|\s+et\s+(?=(?:l['’]|le\s|la\s)?{ROLE_HEAD}\s+(?:du|de|des|d'|a|au|aux|en|charge|delegue|general|adjoint|municipal|regional|departemental))|"
                       rf"\s+ainsi\s+que\s+", re.IGNORECASE)
TRAIL_PREP = re.compile(r"(?:\s*,)?\s+(?:aupr[eè]s\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])|de\s+la|de\s+l['’]|du|des|de|d['’]|"
                        r"à\s+la|à\s+l['’]|au|aux|à|chez|pour|en|sein\s+de\s+la|sein\s+du|sein\s+de|au\s+titre\s+de\s+la|au\s+titre\s+du)\s*$",
                        re.IGNORECASE)
TRAIL_PREP2 = re.compile(r"(?<![\w'’])\s*(?:de\s+la|de\s+l['’]|du|des|de|d['’]|à\s+la|à\s+l['’]|au|aux|à|chargée?)\s*$", re.IGNORECASE)
DELEG_SPLIT = re.compile(r",?\s+(?=(?:délégu[ée]e?s?\s+(?:spéciale?\s+)?(?:à|au|aux|pour)|en\s+charge\s+d|chargée?\s+d(?:e|u|es|['’])(?!\s?mission)))",
                         re.IGNORECASE)
ADJ_DELEG = re.compile(r"^(?P<r>(?:premi(?:er|ère)\s+)?adjointe?)\s+(?P<d>(?:aux\s+|à\s+la\s+|à\s+l['’]\s?|au\s+)(?!maire\b).+)$", re.IGNORECASE)



def split_delegation(role: str) -> tuple[str, str | None]:
    """"adjointe à l'ESS" -> ("adjointe", "à l'ESS"); "conseiller délégué au commerce" -> (.., "délégué au commerce")."""
    deleg = None
    dm = DELEG_SPLIT.search(role)
    if dm:
        role, deleg = role[:dm.start()].strip(" ,"), role[dm.end():].strip(" ,")
    am = ADJ_DELEG.match(role)
    if am:
        role, deleg = am.group("r"), am.group("d") + (f", {deleg}" if deleg else "")
    return role, deleg


def _person_spans(ctx: Ctx) -> list[tuple[int, int, str]]:
    return [(s, e, k) for s, e, k in ctx.spans if ctx.entities[k].type == "Person"]


STAFF_ROLE = re.compile(r"(?i)(?:délégué|déléguée|directeur|directrice|chargée?\s+d['’]|chargée?\s+de\s+(?:mission|communication|projet)|"
                        r"coordinat|responsable|secrétaire\s+générale?|président|présidente|trésori|attachée?\s+de\s+presse)")
REPRESENTED_RE = re.compile(r"\s*,?\s*(?:était\s+|est\s+|sera\s+|a\s+été\s+)?représentée?s?\s+par\s+"
                            r"(?P<post>(?:son|sa|leur)\s+[^,.;:]{3,80}?(?:,\s*|\s+))?$", re.IGNORECASE)  # (with or without a comma)


def _represented(ctx: Ctx, pspans: list) -> None:
    """"La Ville de Pantin, représentée par X": X holds the post of représentant(e)."""
    work = ctx.notes["work"]
    for ps, pe, pk in pspans:
        ls = max(0, ps - 140)
        m = REPRESENTED_RE.search(work[ls:ps])
        if not m:
            continue
        orgs = [x for x in ctx.ents_in(ls, ls + m.start() + 1, ORG_TYPES) if x[1] <= ls + m.start() + 1]
        if not orgs:
            continue
        org = orgs[-1]
        if re.match(r"\s*,?\s*(?:était|est|sera|a\s+été)\s", m.group(0)):
            ctx.notes.setdefault("represented_by", []).append((pk, org[2]))  # "la Région était représentée par X"
        if m.group("post"):
            # "représentée par son président, X": the post is written, and X signs or speaks for the organisation
            ctx.notes.setdefault("represents", []).append((pk, org[2]))
            continue
        fem = "e" if re.search(r"représentée", m.group(0)) and ctx.entities[org[2]].type == "Person" else ""
        ctx.add_rel("holds_post", pk, org[2], org[0], pe, role="représentant" + fem, chain=-1)
        ctx.notes.setdefault("represents", []).append((pk, org[2]))


def posts(ctx: Ctx) -> None:
    work = ctx.notes["work"]
    pspans = _person_spans(ctx)
    for i, (ps, pe, pk) in enumerate(pspans):
        nxt = next((s for s, e, k in pspans if s >= pe), len(work))
        _appositions(ctx, ps, pe, pk, nxt)
        _prenominal(ctx, ps, pe, pk, pspans)
    _represented(ctx, pspans)
    _elected(ctx, pspans)
    _pronoun_apposition(ctx, pspans)
    _colon_titles(ctx, pspans)
    _respectively(ctx, pspans)
    _elected_respectively(ctx, pspans)
    _headed_by(ctx, pspans)
    _headed_by_pronoun(ctx, pspans)
    _as_role(ctx, pspans)
    _org_colon_person(ctx, pspans)
    _signed_for(ctx, pspans)
    _presides(ctx, pspans)
    _predicate_posts(ctx, pspans)
    _plural_posts(ctx, pspans)
    _seats(ctx, pspans)
    career_posts(ctx, pspans)
    _feminise_derived_roles(ctx)
    _prefectures(ctx)


AS_ROLE = re.compile(rf"\s*(?:,[^.;:]{{0,120}}?,\s*)?(?:comme|au\s+poste\s+de|en\s+tant\s+que|en\s+(?:sa\s+|son\s+)?qualite\s+de)\s+(?P<role>{ROLE_HEAD})",
                     re.IGNORECASE)
# "En sa qualité de présidente du RTES, X a ouvert …": the post before the person it introduces
FRONT_AS_ROLE = re.compile(rf"(?:^|(?<=[.!?\n]\s))(?:en\s+(?:sa\s+|son\s+)?qualite\s+d[e']\s*|en\s+tant\s+qu[e']\s*)(?P<role>{ROLE_HEAD}[^,;:.]{{0,120}}),\s*",
                           re.IGNORECASE | re.MULTILINE)


def _as_role(ctx: Ctx, pspans: list) -> None:
    """"a désigné Fabienne Gillet, adjointe au maire de Besançon, comme trésorière du réseau"."""
    work, folded = ctx.notes["work"], ctx.folded
    for ps, pe, pk in pspans:
        m = AS_ROLE.match(folded, pe)
        if not m:
            continue
        nxt = [x for x in pspans if pe < x[0] < m.start("role")]
        if nxt:
            continue
        rs = m.start("role")
        end = _window_end(work, rs, len(work))
        seg = re.split(r",|\s+et\s+(?!de\b|du\b|des\b)", work[rs:end])[0]
        _emit(ctx, pk, {"start": rs, "end": rs + len(seg.rstrip()), "org": None}, ps)
    for m in FRONT_AS_ROLE.finditer(folded):
        who = [x for x in pspans if x[0] == m.end()]
        if who:
            _emit(ctx, who[0][2], {"start": m.start("role"), "end": m.end("role"), "org": None}, who[0][0])


# "X a été élue présidente de Y", "X devient directeur de Y", "X est la nouvelle présidente de Y"
# (matched on the folded text, as ROLE_HEAD is written)
PREDICATE_POST = re.compile(rf"(?:\s+(?:a\s+ete\s+|vient\s+d'etre\s+|est\s+|sera\s+|avait\s+ete\s+)?(?:(?:re)?elue?|nommee?|designee?|reconduite?|"
                            rf"installee?|devient|deviendra|est\s+devenue?|reste|demeure|est)\s+|"
                            rf"\s+(?:occupe(?:ra|rait)?|prend|prendra|a\s+pris|assume(?:ra)?)\s+(?:desormais\s+)?(?:le\s+poste|la\s+fonction|les\s+fonctions)\s+d(?:e\s+|'))"
                            rf"(?:(?:par\s+ailleurs|egalement|aussi|desormais|officiellement)\s+)?"
                            rf"(?:(?:au\s+poste\s+de|comme|en\s+tant\s+que|la|le|l')\s*)?(?:nouvelle?\s+|nouvel\s+)?(?=(?:{ROLE_HEAD})\b)")
# "X succède à Z à la présidence de Y", "X prend la présidence de Y": the office named by its noun
OFFICE_POST = re.compile(r"\s+(?:succède\s+à\s+[^,.;]{2,40}?\s+|prend\s+|prendra\s+|a\s+pris\s+|assure(?:ra)?\s+)"
                         r"(?:à\s+)?la\s+(?P<office>présidence|direction|vice-présidence)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*",
                         re.IGNORECASE)
_OFFICE_ROLE = {"présidence": ("président", "présidente"), "direction": ("directeur", "directrice"),
                "vice-présidence": ("vice-président", "vice-présidente")}


# "X, vice-présidente de la Métropole, qui est également adjointe au maire de Y", "X, …, est aussi
# administratrice de la CRESS": a further post of the person named last before it in the sentence
ALSO_POST = re.compile(rf"\b(?:qui\s+)?(?:est|etait|sera|siege)\s+(?:egalement|aussi|par\s+ailleurs|en\s+outre)\s+"
                       rf"(?:(?:comme|en\s+tant\s+que|la|le|l')\s*)?(?=(?:{ROLE_HEAD})\b)")


def _also_posts(ctx: Ctx, pspans: list) -> None:
    work = ctx.notes["work"]
    for m in ALSO_POST.finditer(ctx.folded):
        ss, _ = ctx.sent_span(m.start())
        before = [x for x in pspans if ss <= x[0] and x[1] <= m.start()]
        if not before:
            continue
        rs = m.end()
        end = _window_end(work, rs, len(work))
        seg = re.split(r",|\s+(?:et|depuis|en\s+\d{4}|lors|pour|afin)\s+", work[rs:end])[0]
        if ctx.ents_in(rs, rs + len(seg), ORG_TYPES):
            ps, pe, pk = before[-1]
            _emit(ctx, pk, {"start": rs, "end": rs + len(seg.rstrip()), "org": None}, ps)


_BOARD_ROLE = re.compile(r"(?:(?:premiere?|deuxieme|second|seconde)\s+)?(?:vice-|co-)?presidente?|tresorier(?:e|ere)?(?:\s+adjointe?)?|"
                         r"secretaire(?:\s+generale?|\s+adjointe?)?|administrat(?:eur|rice)")
_BOARD_OF = re.compile(r"\b(?:conseil\s+d'administration|bureau|assemblee\s+generale|ca)\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')")


def _board_of(ctx: Ctx, ps: int, seg: str) -> Optional[tuple]:
    """"Le conseil d'administration de la CRESS s'est réuni. X a été élue vice-présidente.": a board post
    said with no organisation is a post of the organisation whose board the text just spoke of (else of
    the network or structure the text speaks for)."""
    if not _BOARD_ROLE.fullmatch(fold(seg.strip(" \t.;:!"))):
        return None
    i = ctx.sent_index(ps)
    for j in (i, i - 1, i - 2):
        if j < 0:
            continue
        js, je = ctx.sents[j]
        for b in _BOARD_OF.finditer(ctx.folded, js, je):
            at = [x for x in ctx.ents_in(b.end(), min(je, b.end() + 80), {"Network", "ESSOrganization", "Club"}) if x[0] == b.end()]
            if at:
                return at[0]
    from .refs import author
    auth = author(ctx)
    if auth and ctx.entities[auth].type in ("Network", "ESSOrganization", "Club"):
        return (ps, ps, auth)
    return None


def _predicate_posts(ctx: Ctx, pspans: list) -> None:
    work, folded = ctx.notes["work"], ctx.folded
    _also_posts(ctx, pspans)
    for ps, pe, pk in pspans:
        m = PREDICATE_POST.match(folded, pe)
        aside = None if m else re.match(r"\s*,[^,;.()\n]{2,100},", folded[pe:pe + 110])
        if aside:
            # "X, administratrice de la Mutuelle de l'Oise, a été élue vice-présidente": the apposition's post is
            # read elsewhere; the predicate's post follows it
            m = PREDICATE_POST.match(folded, pe + aside.end())
        if m:
            rs = m.end()
            end = _window_end(work, rs, len(work))
            seg = re.split(r",|\s+(?:et|depuis|en\s+\d{4}|lors|pour|afin|au\s+titre)\s+", work[rs:end])[0]
            if ctx.ents_in(rs, rs + len(seg), ORG_TYPES):
                _emit(ctx, pk, {"start": rs, "end": rs + len(seg.rstrip()), "org": None}, ps)
            elif (board := _board_of(ctx, ps, seg)) is not None:
                _emit(ctx, pk, {"start": rs, "end": rs + len(seg.rstrip()), "org": board}, ps)
            continue
        m = OFFICE_POST.match(work, pe)
        if m:
            org = ctx.starting_in(m.end(), m.end() + 80, ORG_TYPES)[:1]
            if org and org[0][0] - m.end() <= 3:
                from .event_links import _feminine
                male, female = _OFFICE_ROLE[m.group("office").lower()]
                fem = _feminine(ctx, pk) or re.search(r"élue\b|nommée\b", work[pe:m.start() + 30])
                ctx.add_rel("holds_post", pk, org[0][2], ps, org[0][1], role=female if fem else male, chain=ps)


def _post_after(ctx: Ctx, pe: int) -> Optional[tuple[int, int]]:
    """The post written right after a person's name (", attachée de presse"), up to the end of its clause."""
    work = ctx.notes["work"]
    m = re.match(r"\s*,\s*", work[pe:pe + 4])
    if not m:
        return None
    rs = pe + m.end()
    if not ANY_ROLE_RE.match(ctx.folded, rs) and not re.match(r"(?i)(?:attachée?\s+de\s+presse|responsable|chargée?\s+de|"
                                                                r"administrat(?:eur|rice)|gérante?|cogérante?)", work[rs:rs + 30]):
        return None
    end = rs + len(re.split(r"\s[–—-]\s|[,;:()\n]|\.(?:\s|$)|\s+(?:au|tél|tel)\b", work[rs:rs + 120])[0].rstrip(" ."))
    return (rs, end) if end > rs else None


def _org_colon_person(ctx: Ctx, pspans: list) -> None:
    """Press contacts "Région Midi-Pyrénées : Laure Delpech, attachée de presse": a post in that organisation."""
    work = ctx.notes["work"]
    for ps, pe, pk in pspans:
        ls = work.rfind("\n", 0, ps) + 1
        orgs = [x for x in ctx.ents_in(ls, ps, ORG_TYPES) if re.fullmatch(r"\s*:\s*", work[x[1]:ps])]
        if not orgs or work[ls:orgs[0][0]].strip(" \t-–•*"):
            continue
        post = _post_after(ctx, pe)
        if post:
            role, deleg = split_delegation(_trim(ctx.text[post[0]:post[1]]))
            if role:
                ctx.add_rel("holds_post", pk, orgs[0][2], orgs[0][0], post[1], role=role[:1].lower() + role[1:],
                            delegation=deleg, chain=ps)


def _signed_for(ctx: Ctx, pspans: list) -> None:
    """Signatures "pour la CRESS Île-de-France, par Fatou Camara, administratrice"."""
    work = ctx.notes["work"]
    for ps, pe, pk in pspans:
        orgs = [x for x in ctx.ents_in(max(0, ps - 120), ps, ORG_TYPES)
                if re.fullmatch(r"\s*,?\s*(?:représentée?\s+)?par\s+", work[x[1]:ps])
                and re.search(r"\bpour\s+(?:la\s+|le\s+|l['’]|les\s+)?$", work[max(0, x[0] - 12):x[0]])]
        if not orgs:
            continue
        post = _post_after(ctx, pe)
        if post:
            role, deleg = split_delegation(_trim(ctx.text[post[0]:post[1]]))
            if role:
                ctx.add_rel("holds_post", pk, orgs[-1][2], orgs[-1][0], post[1], role=role[:1].lower() + role[1:],
                            delegation=deleg, chain=ps)


def _presides(ctx: Ctx, pspans: list) -> None:
    """"Jean-Pierre Cazals, ancien maire de Gaillac, qui préside la CRESS": président(e) of what is presided."""
    work = ctx.notes["work"]
    for ps, pe, pk in pspans:
        # "la SCIC Vélo Rade, dont Baptiste Ollivier est le cogérant": the post in the structure before "dont"
        whose = re.search(r"[,(]\s*dont\s+$", work[max(0, ps - 12):ps])
        title = re.match(r"\s+(?:est|était)\s+(?:le|la|l['’])\s*(?P<r>(?:co-?)?(?:gérante?|présidente?|direct(?:eur|rice)|fondat(?:eur|rice)|"
                         r"coordinat(?:eur|rice)|trésori(?:er|ère)|secrétaire(?:\s+générale?)?|délégué(?:e)?\s+générale?))\b", work[pe:pe + 60])
        if whose and title:
            cut = max(0, ps - 12) + whose.start()
            org = [x for x in ctx.ents_in(ctx.sent_span(ps)[0], cut + 1, ORG_TYPES | {"Club"}) if x[1] >= cut - 1][-1:]
            if org:
                ctx.add_rel("holds_post", pk, org[0][2], org[0][0], pe + title.end(), role=title.group("r").lower(), chain=ps)
        m = re.match(r"(?:\s*,[^.;:]{0,100}?)?,?\s*qui\s+(?:la\s+|le\s+)?présid(?:e|ait|era)\s+(?:(?:aussi|également|désormais|depuis\s+(?:\d{4}|\w+\s+ans))\s+)*|"
                     r"\s+présid(?:e|ait|era)\s+(?:(?:aussi|également|désormais|depuis\s+(?:\d{4}|\w+\s+ans))\s+)*(?=(?:la|le|l['’])\s*[A-ZÉ])", work[pe:pe + 160])
        if not m:
            continue
        org = [x for x in ctx.starting_in(pe + m.end(), pe + m.end() + 80, ORG_TYPES | {"Club"})][:1]
        if org and re.fullmatch(r"\s*(?:la\s+|le\s+|l['’]|les\s+)?", work[pe + m.end():org[0][0]]):
            from .event_links import _feminine
            role = "présidente" if _feminine(ctx, pk) else "président"
            ctx.add_rel("holds_post", pk, org[0][2], ps, org[0][1], role=role, chain=ps)


def _prefectures(ctx: Ctx) -> None:
    """"la sous-préfète de Marmande": a State office, not the commune (annotation rule: a post
    that names an office yields a PublicBody for it)."""
    from .base import Mention
    from .registry import register
    for r in ctx.rels:
        if r.type != "holds_post" or not re.match(r"(?:sous-)?pr[ée]f[eè]te?\b", fold(r.role or "")):
            continue
        tgt = ctx.entities[r.target]
        if tgt.type != "Collectivite":
            continue
        office = "Sous-préfecture" if fold(r.role).startswith("sous") else "Préfecture"
        where = tgt.name if tgt.subtype == "Commune" else re.sub(r"^(?:Département|Région)\s+", "", tgt.name)
        name = f"{office} de {where}" if tgt.subtype == "Commune" else f"{office} {where}" if where[:2] in ("de", "du", "d'", "d’") else f"{office} de {where}"
        s, e = min(r.start, r.end), max(r.start, r.end)
        ek = register(ctx, Mention(s, e, ctx.text[s:e], "PublicBody", name, key="o:" + fold(name),
                                   source="ess_posts/1", extra={"no_surface": True}))
        r.target = ek


_FEMININE = {"président": "présidente", "vice-président": "vice-présidente", "co-président": "co-présidente",
             "directeur": "directrice", "trésorier": "trésorière", "administrateur": "administratrice",
             "directeur général": "directrice générale"}
_FEM_WRITTEN = re.compile(r"(?:présidente|adjointe|déléguée|directrice|conseillère|administratrice|élue|trésorière|"
                          r"secrétaire générale|fondatrice|coordinatrice|gérante)\b", re.IGNORECASE)


def _feminise_derived_roles(ctx: Ctx) -> None:
    """"a élu Mahel Coppey à sa présidence": a role made from a noun ("présidence") takes the
    person's gender when another post of hers is written in the feminine or she is "Mme"."""
    work = ctx.notes["work"]
    for r in ctx.rels:
        if r.type != "holds_post" or r.role not in _FEMININE:
            continue
        if re.search(rf"\b{re.escape(r.role)}\b(?![·(])", work[min(r.start, r.end):max(r.start, r.end)], re.IGNORECASE):
            continue  # written as such in the text (not "président·es"): kept as written
        others = [o.role or "" for o in ctx.rels if o.type == "holds_post" and o.source == r.source and o is not r]
        ent = ctx.entities[r.source]
        titled = any(re.search(r"\b(?:Mme|Madame)\.?\s*$", work[max(0, s - 10):s]) for s, e in ent.mentions)
        if titled or any(_FEM_WRITTEN.search(o) for o in others):
            r.role = _FEMININE[r.role]


ELECTED_RE = re.compile(r"\b(?:a|ont|avait)\s+(?:été\s+)?(?:élu|réélu|désigné|nommé|porté|reconduit|confirmé|maintenu)e?s?\s+$",
                        re.IGNORECASE)
HEAD_OF_RE = re.compile(r"\s*(?:à\s+(?:sa|la|leur)\s+(?P<n>présidence|vice-présidence|direction|co-présidence)\b|"
                        r"dans\s+ses\s+fonctions\s+de\s+(?P<r>(?:vice-|co-)?présidente?|trésori(?:er|ère)|secrétaire|"
                        r"direct(?:eur|rice)|délégu(?:é|ée)\s+générale?)\b)", re.IGNORECASE)
# "Le poste de trésorier revient à Denis Perrier"
POST_GOES_RE = re.compile(r"\ble\s+poste\s+de\s+(?P<r>(?:vice-|co-)?présidente?|trésori(?:er|ère)|secrétaire(?:\s+générale?)?|"
                          r"direct(?:eur|rice)|délégu(?:é|ée)\s+générale?)\s+(?:revient|reviendra|est\s+confié|échoit)\s+à\s+$",
                          re.IGNORECASE)
PRESIDED_RE = re.compile(r"\s*,?\s*qui\s+(?P<t>présid(?:e|ait|a)|dirige(?:ait|a)?|co-?présid(?:e|ait|a))\s+(?:depuis\s+[^,.;]{0,30}\s+)?"
                         r"(?P<o>le\s+réseau|l['’]association|la\s+fédération|la\s+coopérative)?", re.IGNORECASE)


def _elected(ctx: Ctx, pspans: list) -> None:
    """"Le réseau a élu X à sa présidence" (a post in the subject organisation); "X, qui présidait
    le réseau" (a past post)."""
    from .refs import author
    work = ctx.notes["work"]
    for ps, pe, pk in pspans:
        ss, se = ctx.sent_span(ps)
        em = ELECTED_RE.search(work[max(ss, ps - 40):ps])
        hm = HEAD_OF_RE.match(work[pe:pe + 40])
        if em and hm:
            orgs = [x for x in ctx.ents_in(ss, ps, ORG_TYPES) if x[1] <= ps - len(em.group(0))]
            if not orgs and re.search(r"\b(?:conseil\s+d'administration|bureau|assemblee\s+generale)\b",
                                                           ctx.folded[ss:ps]):
                ok = _body_owner(ctx, ps)  # "le conseil d'administration a reconduit X à la présidence"
                orgs = [(ss, ss, ok)] if ok else []
            if orgs:
                role = hm.group("r").lower() if hm.group("r") else {
                    "presidence": "président", "vice-presidence": "vice-président", "direction": "directeur",
                    "co-presidence": "co-président"}[fold(hm.group("n"))]
                ctx.add_rel("holds_post", pk, orgs[-1][2], orgs[-1][0], pe + hm.end(), role=role, chain=ps)
        gm = POST_GOES_RE.search(work[max(ss, ps - 60):ps])
        if gm:
            ok = _body_owner(ctx, ps)
            if ok:
                ctx.add_rel("holds_post", pk, ok, max(ss, ps - 60) + gm.start(), pe, role=gm.group("r").lower(), chain=ps)
        pm = PRESIDED_RE.match(work[pe:pe + 80])
        if pm:
            after = ctx.starting_in(pe + pm.end(), pe + pm.end() + 80, ORG_TYPES)
            org = None
            if pm.group("o"):
                org = author(ctx)
            elif after and after[0][0] - (pe + pm.end()) <= 4:
                org = after[0][2]
            if org:
                past = fold(pm.group("t")).endswith(("ait", "a"))
                base = "directeur" if fold(pm.group("t")).startswith("dirig") else "président"
                from .event_links import _feminine
                fem = _feminine(ctx, pk) or re.search(r"\bancienne\s+(?:présidente|directrice)\b|\bprédécesseure\b", ctx.text, re.IGNORECASE)
                role = (("ancienne " if fem else "ancien ") if past else "") + (
                    ("directrice" if base == "directeur" else "présidente") if fem else base)
                ctx.add_rel("holds_post", pk, org, ps, pe + pm.end(), role=role, chain=ps)


PLURAL_POST_RE = re.compile(r"\b(?:(?P<n>deux|trois|quatre)|les|ses|des|nouveaux|nouvelles)\s+(?P<r>(?:vice-|co-)président(?:e?s)|"
                            r"administrat(?:eurs|rices)|secrétaires|trésori(?:ers|ères))\s*(?P<of>(?:du|de\s+la|de\s+l['’]|des)\s+[^,:;.]{2,80}?)?"
                            r"\s*[,:]\s*$", re.IGNORECASE)
_COUNT_WORD = {"deux": 2, "trois": 3, "quatre": 4}


def _plural_posts(ctx: Ctx, pspans: list) -> None:
    """"deux vice-présidentes, Annaïg Pérennès, directrice de …, et Rozenn Tanguy": each person
    listed after a plural post holds it, in the organisation it names or the one the sentence (or
    the one before) speaks of."""
    work = ctx.notes["work"]
    for ps, pe, pk in pspans:
        ss, se = ctx.sent_span(ps)
        m = PLURAL_POST_RE.search(work[max(ss, ps - 120):ps])
        if not m:
            continue
        ms = max(ss, ps - 120)
        rs, re_ = ms + m.start("r"), ms + m.end()
        of = ctx.ents_in(ms + m.start("of"), ms + m.end("of"), ORG_TYPES) if m.group("of") else []
        if m.group("of") and not of:
            continue
        if of:
            org = of[0]
        else:
            ok = _body_owner(ctx, rs)
            if ok is None:
                continue
            org = (rs, rs, ok)
        role = _singular(m.group("r"))
        limit = _COUNT_WORD.get(fold(m.group("n") or ""), 6)
        members = [(ps, pe, pk)]
        last_end = pe
        for qs, qe, qk in pspans:
            if qs <= ps or qs >= se or len(members) >= limit:
                continue
            gap = work[last_end:qs]
            # the next member follows the apposition of the one before: ", directrice de X, et Rozenn Tanguy"
            if not re.search(r"(?:,|\bet)\s*$", gap) or re.search(r"[;:.]", gap):
                break
            members.append((qs, qe, qk))
            last_end = qe
        for qs, qe, qk in members:
            ctx.add_rel("holds_post", qk, org[2], min(org[0], rs), qe, role=role, chain=qs)


SEAT_RE = re.compile(r"\b(?P<y>y\s+)?(?:siege|siegera|siegeront|siegeait|(?:continuera|continue)\s+d(?:'y|e)\s+sieger)\s+"
                     r"(?:egalement\s+|aussi\s+|desormais\s+|des\s+cette\s+annee\s+|deja\s+|par\s+ailleurs\s+|en\s+outre\s+)?"
                     r"(?P<body>au\s+conseil\s+d'administration|au\s+bureau|a\s+la\s+commission\s+[^,.;]{0,40}?)"
                     r"(?:\s+(?:du|de\s+la|de\s+l'|des)\s*(?=\S)|(?=[\s,.;]))")
REPRESENT_RE = re.compile(r"\by\s+(?:represente(?:ra|ront|nt)?|representai(?:t|ent))\b|"
                          r"\brepresente(?:ra|ront)?\s+(?:la\s+collectivite|la\s+ville|le\s+departement|la\s+region|"
                          r"l'agglomeration|la\s+metropole)\s+au\s+sein\s+(?:du|de\s+la|de\s+l')\s*(?:reseau|club)\b")


def _seats(ctx: Ctx, pspans: list) -> None:
    """"X, qui siège au conseil d'administration du RTES", "L'élue, qui siège également au CA du
    RTES", "Mehdi Ouazzani et Laure Benslimane y représenteront Plaine Commune" (y: the club just
    joined): a seat in that organisation's board, or its representation there."""
    folded = ctx.folded
    for rx, seat in ((SEAT_RE, True), (REPRESENT_RE, False)):
        for m in rx.finditer(folded):
            ss, se = ctx.sent_span(m.start())
            holders = _seat_holders(ctx, pspans, ss, m.start())
            if not holders:
                continue
            org = None
            if seat and not m.group("y") and m.end() > m.end("body"):
                hit = [x for x in ctx.starting_in(m.end(), m.end() + 90, ORG_TYPES) if x[0] == m.end()]
                org = hit[0][2] if hit else None
                if org is None:
                    continue
            else:
                # "y", "au sein du réseau": the network or club the sentence, or the one before, joins
                # (not one named in the holder's own apposition)
                i = ctx.sent_index(m.start())
                lo = ctx.sents[i - 1][0] if i > 0 else ss
                near = ctx.ents_in(lo, min(m.start(), holders[0][0]), {"Network", "Club"}) \
                    or ctx.ents_in(lo, min(m.start(), holders[0][0]), {"ESSOrganization"})
                if not near:
                    continue
                joined = [x for x in near if re.search(r"\b(?:rejoin\w*|rejoint|adhe\w*\s+(?:a|au|aux)|adhesion\s+(?:a|au|aux)|integre\w*)"
                                                       r"\s+(?:le\s+|la\s+|l'|les\s+)?$", ctx.folded[max(0, x[0] - 40):x[0]])]
                org = (joined or near)[-1][2]
            if seat:
                body = m.group("body")
                role = ("membre du conseil d'administration" if "administration" in body else
                        "membre du bureau" if "bureau" in body else "membre de " + ctx.text[m.start("body") + 2:m.end("body")].strip())
            else:
                role = "représentant"
            for ps, pe, pk in holders:
                if not any(r.type == "holds_post" and r.source == pk and r.target == org for r in ctx.rels):
                    ctx.add_rel("holds_post", pk, org, ps, m.end(), role=role, chain=ps)


def _seat_holders(ctx: Ctx, pspans: list, ss: int, vs: int) -> list:
    """Who takes the seat: the persons before the verb, coordinated ("X et Y y représenteront"), or
    the one a "qui" follows; or, for "L'élue, qui siège", the person the sentence before spoke of."""
    work = ctx.notes["work"]
    before = [p for p in pspans if ss <= p[0] < vs]
    if before:
        if re.search(r"\bqui\s+(?:\w+\s+){0,2}$", ctx.folded[max(ss, vs - 30):vs]):
            # "X, vice-présidente du Département, qui siège": the relative follows X and her post only
            q = ctx.folded.rfind("qui", ss, vs)
            between = ctx.folded[before[-1][1]:q]
            return [before[-1]] if re.fullmatch(rf"\s*,\s*(?:{ROLE_HEAD}[^.;:«»\"]*,\s*)?", between) else []
        first = before[0]
        group = [first]
        for p in before[1:]:
            if re.fullmatch(r"\s*(?:,|et)\s*", work[group[-1][1]:p[0]]):
                group.append(p)
        # the subject opens its clause
        # ("Adjointe au maire de Sevran depuis 2020, X siège …": a fronted apposition before it)
        return group if re.search(r"(?:^|[.!?;:]\s+)(?:[^.!?;:]{0,40}|[^.!?;:,]{0,120},\s*)$", work[ss:first[0]]) else []
    if re.fullmatch(r"\W*(?:l'elue?|il|elle|celle-ci|celui-ci|cette\s+derniere|ce\s+dernier)(?:\s*,\s*qui)?\s*", ctx.folded[ss:vs]):
        i = ctx.sent_index(ss)
        prev = [p for p in pspans if (ctx.sents[i - 2][0] if i > 1 else 0) <= p[0] < ss]
        return prev[:1]
    return []


def _pronoun_apposition(ctx: Ctx, pspans: list) -> None:
    """"Vice-présidente de Nantes Métropole, elle succède à ...": the person of the sentence before."""
    work = ctx.notes["work"]
    for i, (ss, se) in enumerate(ctx.sents):
        if i == 0:
            continue
        m = re.match(r"\s*(?P<role>[^,;:.\n]{3,120}?)\s*,\s*(?:il|elle)\s", work[ss:se])
        if not m or not ROLE_HEAD_RE.match(fold(m.group("role"))):
            continue
        prev = [x for x in pspans if ctx.sents[i - 1][0] <= x[0] < ctx.sents[i - 1][1]]
        if len({x[2] for x in prev}) != 1:
            continue
        rs, re_ = ss + m.start("role"), ss + m.end("role")
        orgs = ctx.ents_in(rs, re_, ORG_TYPES)
        if not orgs:
            continue
        role = _trim(ctx.text[rs:orgs[0][0]])
        if role:
            role, deleg = split_delegation(role)
            ctx.add_rel("holds_post", prev[0][2], orgs[0][2], rs, orgs[0][1], role=role[:1].lower() + role[1:],
                        delegation=deleg, chain=prev[0][0])


def _respectively(ctx: Ctx, pspans: list) -> None:
    """"X et Y, respectivement vice-présidente de Z chargée de l'ESS et adjoint au maire de W"."""
    work = ctx.notes["work"]
    for m in re.finditer(r",\s*respectivement\s+", work):
        ss, se = ctx.sent_span(m.start())
        before = [x for x in pspans if ss <= x[0] and x[1] <= m.start()]
        chain = before[-1:]
        for x in reversed(before[:-1]):
            if re.fullmatch(r"\s*(?:,|et)\s*", work[x[1]:chain[0][0]]):
                chain.insert(0, x)
            else:
                break
        if len(chain) < 2:
            continue
        end = _window_end(work, m.end(), se)
        parts = re.split(r"\s+et\s+(?=(?:l['’]|le\s|la\s)?[a-zéè-]+)|\s*,\s*(?=[a-zéè-]+\s)", work[m.end():end])
        pos = m.end()
        roles = []
        for part in parts:
            st = work.find(part, pos)
            roles.append((st, st + len(part)))
            pos = st + len(part)
        roles = [r for r in roles if ROLE_HEAD_RE.match(fold(work[r[0]:r[1]]))]
        n_before = len(ctx.rels)
        for (ps, pe, pk), (rs, re_) in zip(chain, roles):
            _emit(ctx, pk, {"start": rs, "end": re_, "org": None}, ps)
        if len(chain) >= 2 and len(roles) >= 2:
            last_pk = chain[min(len(chain), len(roles)) - 1][2]
            got = [r for r in ctx.rels[n_before:] if r.type == "holds_post" and r.source == last_pk]
            if got:
                for (ps, pe, pk), (rs, re_) in list(zip(chain, roles))[:-1]:
                    if any(r.type == "holds_post" and r.source == pk for r in ctx.rels[n_before:]):
                        continue
                    role = _trim(ctx.text[rs:re_])
                    if role and not ctx.ents_in(rs, re_, ORG_TYPES):
                        role, deleg = split_delegation(role)
                        ctx.add_rel("holds_post", pk, got[0].target, ps, re_, role=role[:1].lower() + role[1:],
                                    delegation=deleg, chain=ps)


ELECTED_RESP_RE = re.compile(r"\b(?:(?:ont|avaient)\s+été\s+|sont\s+|seront\s+)?(?:ré)?(?:élu|désigné|nommé)e?s\s+respectivement\s+")


def _elected_respectively(ctx: Ctx, pspans: list) -> None:
    """"A, B et C ont été élus respectivement vice-président, trésorière et secrétaire", "A, adjoint
    au maire de X, et B, …, élus respectivement trésorier et secrétaire": the n-th person holds the
    n-th post, in the board the text is about."""
    work = ctx.notes["work"]
    for m in ELECTED_RESP_RE.finditer(work):
        ss, se = ctx.sent_span(m.start())
        colon = work.rfind(":", ss, m.start())
        persons = [x for x in pspans if max(ss, colon + 1) <= x[0] and x[1] <= m.start()]
        end = _window_end(work, m.end(), se)
        parts, pos, roles = re.split(r"\s+et\s+|\s*,\s*", work[m.end():end]), m.end(), []
        for part in parts:
            st = work.find(part, pos)
            roles.append((st, st + len(part)))
            pos = st + len(part)
        if len(persons) < 2 or len(roles) != len(persons) \
                or not all(ROLE_HEAD_RE.match(fold(work[a:b])) for a, b in roles):
            continue
        owner = _body_owner(ctx, m.start())
        for (ps, pe, pk), (rs, re_) in zip(persons, roles):
            orgs = ctx.ents_in(rs, re_, ORG_TYPES)
            role = _trim(ctx.text[rs:orgs[0][0]] if orgs else ctx.text[rs:re_])
            org = orgs[0][2] if orgs else owner
            if role and org:
                role, deleg = split_delegation(role)
                ctx.add_rel("holds_post", pk, org, ps, re_, role=role[:1].lower() + role[1:], delegation=deleg, chain=ps)


HEADED_RE = re.compile(r"(?P<org>.)\s*,?\s*(?:est\s+|était\s+)?(?P<verb>présidée?|dirigée?|animée?)\s+(?:depuis\s+\d{4}\s+)?par\s+$", re.IGNORECASE)


def _headed_by(ctx: Ctx, pspans: list) -> None:
    """"Le réseau, présidé par X", "la CRESS, dirigée par Y": a post in that organisation."""
    work = ctx.notes["work"]
    from .refs import author
    for ps, pe, pk in pspans:
        ls = max(ctx.sent_span(ps)[0], ps - 120)
        # ("la Recyclerie du Faron, association présidée par X", "Graines de Littoral, que préside X")
        m = re.search(r"(?:,\s*(?:une?\s+|la\s+|le\s+|l['’])?(?-i:[a-zé][\w'’-]*)(?:\s+(?-i:[a-zé][\w'’-]*)){0,3}\s+|,?\s*)"
                      r"(?:(?:est|était|a\s+été)\s+)?(?:(?P<verb>présidée?|dirigée?|coordonnée?|(?:co-?)?fondée?|gérée?)\s+(?:(?:depuis|en)\s+\d{4}\s+)?par|"
                      r",\s*qu['’e]\s*(?P<verb2>présid|dirig|coordonn)(?:e|ait)(?:\s+depuis\s+\d{4})?)\s+$", work[ls:ps])
        if not m:
            continue
        cut = ls + m.start()
        orgs = [x for x in ctx.ents_in(ls, cut + 1, ORG_TYPES - {"Club"} | {"Club"}) if x[1] >= cut - 2]
        org = orgs[-1][2] if orgs else None
        if org is None and re.search(r"\b(?:le\s+réseau|l['’]association|la\s+fédération)\s*$", work[ls:cut], re.IGNORECASE):
            org = author(ctx)
        if org is None or ctx.entities[org].type == "Event":
            continue
        verb = fold(m.group("verb") or m.group("verb2"))
        from .event_links import _feminine
        fem = _feminine(ctx, pk) or any((r.role or "").endswith(("e", "ente")) and r.source == pk and r.type == "holds_post"
                                        and re.search(r"(?:présidente|adjointe|déléguée|directrice|conseillère|élue)", r.role or "")
                                        for r in ctx.rels)
        role = {"presid": ("présidente", "président"), "dirig": ("directrice", "directeur"), "coordon": ("coordinatrice", "coordinateur"),
                "fonde": ("fondatrice", "fondateur"), "gere": ("gérante", "gérant"),
                "cofonde": ("cofondatrice", "cofondateur"), "co-fonde": ("cofondatrice", "cofondateur")}[
                    next(k for k in ("presid", "dirig", "coordon", "fonde", "gere", "cofonde", "co-fonde")
                                                                                        if verb.startswith(k))][0 if fem else 1]
        ctx.add_rel("holds_post", pk, org, cut, pe, role=role, chain=-2)


_HEAD_ROLES = {"presid": ("présidente", "président"), "dirig": ("directrice", "directeur"), "direction": ("directrice", "directeur"),
               "coordon": ("coordinatrice", "coordinateur"), "coordination": ("coordinatrice", "coordinateur"),
               "ger": ("gérante", "gérant"), "gere": ("gérante", "gérant"), "gerance": ("gérante", "gérant"),
               "anim": ("animatrice", "animateur"), "presidence": ("présidente", "président")}
# "Elle est présidée depuis 2015 par X", "La direction est assurée par X" (the structure of the sentence before)
PRONOUN_HEADED = re.compile(r"^\s*(?:(?:elle|il)\s+(?:est|était|a\s+été)\s+(?P<v>présid|dirig|coordonn|gér)ée?\s+(?:(?:depuis|en)\s+\d{4}\s+)?par|"
                            r"(?:la|sa)\s+(?P<n>direction|présidence|coordination|gérance)\s+(?:est|était|a\s+été|sera)\s+"
                            r"(?:assurée|confiée|exercée)\s+(?:depuis\s+\d{4}\s+)?(?:par|à))\s+$", re.IGNORECASE)
# "X l'a signée au nom de la CRESS, qu'il préside depuis 2021": the subject heads the organisation of the relative
WHICH_HEADS = re.compile(r"\s*,\s*qu['’](?:il|elle)\s+(?P<v>présid|dirig|coordonn|anim)(?:e|ait)\b", re.IGNORECASE)


def _headed_by_pronoun(ctx: Ctx, pspans: list) -> None:
    """Who heads a structure named only by a pronoun or a relative: "Elle est présidée par X" (the
    structure of the sentence before), "X … au nom de la CRESS, qu'il préside" (the sentence's subject)."""
    work = ctx.notes["work"]
    from .event_links import _feminine
    for ps, pe, pk in pspans:
        ss, _ = ctx.sent_span(ps)
        m = PRONOUN_HEADED.match(work[ss:ps])
        i = ctx.sent_index(ss)
        if not m or i == 0:
            continue
        prev = [x for x in ctx.ents_in(*ctx.sents[i - 1], ORG_TYPES) if ctx.entities[x[2]].type != "Event"]
        if not prev:
            continue
        key = fold(m.group("v") or m.group("n"))
        role = next(v for k, v in _HEAD_ROLES.items() if key.startswith(k))[0 if _feminine(ctx, pk) else 1]
        ctx.add_rel("holds_post", pk, prev[0][2], ss, pe, role=role, chain=-2)
    for s_, e_, k in list(ctx.spans):
        if ctx.entities[k].type not in ORG_TYPES or ctx.entities[k].type == "Event":
            continue
        m = WHICH_HEADS.match(work, e_)
        if not m:
            continue
        ss, _ = ctx.sent_span(s_)
        subj = [x for x in pspans if ss <= x[0] < s_][:1]
        if not subj:
            continue
        pk = subj[0][2]
        key = fold(m.group("v"))
        role = next(v for kk, v in _HEAD_ROLES.items() if key.startswith(kk))[0 if _feminine(ctx, pk) else 1]
        ctx.add_rel("holds_post", pk, k, subj[0][0], m.end(), role=role, chain=-2)


BOARD_ROLE = re.compile(r"(?i)(?:co-?|vice-)?présidente?s?(?:·e?s|\(e\)s?)?|trésori(?:er|ère)s?(?:·[eè]re?s?)?|secrétaires?(?:\s+générale?s?)?|"
                        r"administrat(?:eur|rice)s?(?:·rices?)?|délégu[ée]e?\s+générale?|direct(?:eur|rice)(?:\s+générale?)?|membres?\s+du\s+bureau")


def _singular(role: str) -> str:
    """"Vice-président·es" -> "vice-président"; "Trésorières" -> "trésorière" (gender is set later)."""
    r = re.sub(r"·\w*|\(e\)s?", "", role.strip())
    return re.sub(r"(?<=[a-zé])s$", "", r) if not r.lower().startswith("membres") else "membre du bureau"


BODY_OF_RE = re.compile(r"\b(?:conseil\s+d'administration|bureau|assemblee\s+generale|ca)\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+)")


def _body_owner(ctx: Ctx, pos: int, reach: int = 1500) -> Optional[str]:
    """Whose board elects or lists officials: the organisation of the last "conseil d'administration
    de X" (bureau, assemblée générale) before pos, else the network or association the page speaks for."""
    from .refs import author
    lo = max(0, pos - reach)
    for m in reversed(list(BODY_OF_RE.finditer(ctx.folded, lo, pos))):
        hit = [x for x in ctx.starting_in(m.end(), m.end() + 80, ORG_TYPES) if x[0] == m.end()]
        if hit and ctx.entities[hit[0][2]].type != "Collectivite":
            return hit[0][2]
    auth = author(ctx)
    if auth and ctx.entities[auth].type in ("Network", "ESSOrganization", "Club"):
        return auth
    return None


def _board_owner(ctx: Ctx, pos: int) -> Optional[str]:
    """Whose bureau a list of officials is: the organisation named in the lines just before
    ("Le nouveau bureau du RTES :"), else the network or association the page speaks for."""
    from .refs import author
    back = ctx.notes["work"].rfind("\n\n", 0, max(0, pos - 1))
    near = [x for x in ctx.ents_in(max(0, back), pos, {"Network", "ESSOrganization", "Club"})]
    if near:
        return near[-1][2]
    auth = author(ctx)
    if auth and ctx.entities[auth].type in ("Network", "ESSOrganization", "Club"):
        return auth
    return None


def _colon_titles(ctx: Ctx, pspans: list) -> None:
    """Lists of officials, one per line: "Adjointe à l'ESS : Marie Roy"."""
    work, text = ctx.notes["work"], ctx.text
    for ps, pe, pk in pspans:
        ls = work.rfind("\n", 0, ps) + 1
        # "Vice-président·es : A (adjointe au maire de X) ; B (...)": the later names of the line too
        m = re.match(rf"\s*[-•–—*·]?\s*(?P<role>[^:\n]{{2,80}}?)\s*:\s*(?:[^:\n]*(?:;|,)\s*(?:et\s+)?)?$", work[ls:ps])
        if not m or not (ROLE_HEAD_RE.match(fold(m.group("role")).lstrip("-•–—*· ")) or BOARD_ROLE.fullmatch(m.group("role").strip())):
            continue
        rs, re_ = ls + m.start("role"), ls + m.end("role")
        board = BOARD_ROLE.match(text[rs:re_])
        if board and not ctx.ents_in(rs, re_, ORG_TYPES):
            # the bureau of the organisation the page speaks for: "Présidente : X", "Trésorier : Y"
            org = _board_owner(ctx, ls)
            if org:
                role = _singular(board.group(0))
                ctx.add_rel("holds_post", pk, org, rs, pe, role=role[:1].lower() + role[1:], chain=ps)
            continue
        orgs = ctx.ents_in(rs, re_, ORG_TYPES)
        if orgs:
            role = _trim(text[rs:orgs[0][0]])
            if not role:
                continue
            ctx.add_rel("holds_post", pk, orgs[0][2], rs, pe, role=role[:1].lower() + role[1:], chain=ps)
            continue
        role = text[rs:re_].strip()
        if COMMUNE_ROLE_RE.search(fold(role)) or re.match(r"(?i)(?:premi(?:er|ère)\s+)?adjointe?\b|conseill", role):
            from .refs import page_commune
            ck = page_commune(ctx)
            if ck:
                role, deleg = split_delegation(role)
                ctx.add_rel("holds_post", pk, ck, rs, pe, role=role[:1].lower() + role[1:], delegation=deleg, chain=ps)


def _window_end(work: str, start: int, limit: int) -> int:
    end = min(limit, start + 400)
    for stop in (";", "\n", "•", ". ", " : ", "(", ")", " - ", " – ", " — ", " | "):
        j = work.find(stop, start, end)
        if j >= 0:
            end = j
    return end


def _appositions(ctx: Ctx, ps: int, pe: int, pk: str, next_person: int) -> None:
    work = ctx.notes["work"]
    lead = re.match(r"[ \t\u00a0]*(?:,|\(|–|—|-)?[ \t\u00a0]*(?:(?:également|aussi|par\s+ailleurs|elle-même|lui-même|"
                    r"actuellement|désormais|alors)\s+)?", work[pe:])
    if not lead:
        return
    start = pe + lead.end()
    # "Élise Gerbaz, sa chargée de mission": the post is held in the organisation the sentence is about
    poss = re.match(r"(?:sa|son|leur)\s+(?=\S)", work[start:start + 8], re.IGNORECASE)
    owner = None
    if poss and ROLE_HEAD_RE.match(fold(work[start + poss.end():start + poss.end() + 60])):
        ss = ctx.sent_span(ps)[0]
        from .refs import _inside_thing
        subj = [x for x in ctx.ents_in(ss, ps, ORG_TYPES) if not _inside_thing(ctx, x)][:1]
        if not subj:
            return
        owner, start = subj[0], start + poss.end()
    if not ROLE_HEAD_RE.match(fold(work[start:start + 60])) and not re.match(r"(?:l['’]|le |la )", fold(work[start:start + 4])):
        return
    end = _window_end(work, start, next_person)
    seg_bounds = []
    pos = start
    for m in SEG_SPLIT.finditer(ctx.folded, start, end):
        seg_bounds.append((pos, m.start()))
        pos = m.end()
    seg_bounds.append((pos, end))
    posts_: list[dict] = []
    for s, e in seg_bounds:
        if e <= s:
            continue
        seg = work[s:e]
        f = fold(seg).strip()
        f_noart = re.sub(r"^(?:l'|le |la )", "", f)
        org_at = [x for x in ctx.ents_in(s, e + 1, ORG_TYPES)]
        starts_org = org_at and org_at[0][0] - s <= len(re.match(r"\s*(?:(?:à|au|a|chez|de|du|auprès)\s+)?(?:la\s+|l['’]\s?|le\s+)?", seg).group(0))
        if ROLE_HEAD_RE.match(f_noart) and not (posts_ and DELEGATION_RE.match(f_noart)):
            posts_.append({"start": s + (len(seg) - len(seg.lstrip())) + (len(f) - len(f_noart)), "end": e, "org": None})
        elif starts_org and posts_:
            ok = org_at[0]
            for p in posts_:
                if p["org"] is None and not ctx.ents_in(p["start"], p["end"], ORG_TYPES):
                    p["org"] = ok
                    p["role_end"] = p["end"]
            break
        elif posts_ and re.match(r"et\s+(?:de|du|des|d')\s", f):
            break  # "fondatrice de X, et de l'association Y": another complement of the sentence, not of the post
        elif posts_ and (DELEGATION_RE.match(f_noart) or ROLE_TAIL.match(f) or (f[:1].islower() and not CLAUSE_START.match(f))) \
                and not _starts_with_verb(ctx, s):
            posts_[-1]["end"] = e
        else:
            break
    for p in posts_:
        if owner and p["org"] is None and not ctx.ents_in(p["start"], p["end"], ORG_TYPES):
            p["org"], p["role_end"] = owner, p["end"]
        _emit(ctx, pk, p, ps)


# what may continue a post after a comma: its delegation or complement ("chargée de l'ESS, de
# l'emploi et de l'insertion"), not a clause ("en présence de ...", "y voit ...")
ROLE_TAIL = re.compile(r"(?!en presence\b)(?:de|du|des|d'|a|au|aux|en charge|et\s+(?:de|du|des|d'|a|au|aux)|"
                       r"charge|chargee|delegue|deleguee|adjoint|adjointe|responsable|membre|president|presidente|"
                       r"vice|conseill|elu|elue|administrat|secretaire|tresori|referent|co-?)\b")


CLAUSE_START = re.compile(r"(?:en presence|y|qui|que|dont|il|elle|ils|elles|on|selon|avec|lors|pour|afin|apres|avant|depuis|"
                          r"puis|mais|car|donc|ainsi|notamment|aux cotes|entoure|accompagne|tandis|alors\s+que|lorsque|puisque|"
                          r"et\s+(?!(?:delegue|deleguee|charge|chargee)\b)[a-z]+(?:e|ee|es|ees)\b)\b")


def _starts_with_verb(ctx: Ctx, pos: int) -> bool:
    """A segment that starts with a verb ("ont présenté ...") ends the apposition."""
    from .refs import _token_at
    t = _token_at(ctx, pos)
    while t is not None and t.is_space and t.i + 1 < len(t.doc):
        t = t.doc[t.i + 1]
    if t is None:
        return False
    return t.pos_ in ("VERB", "AUX") and not t.text.lower().startswith(("délégu", "charg", "élu"))


# a post that names its organisation, known or not: "de la CRESS", "de La Fourmilière", "d'Emmaüs"
NAMED_OF = re.compile(r"\s(?:du|des|de|d['’])\s*(?:(?i:la|l['’]|les)\s*)?[A-ZÉ]")


def _emit(ctx: Ctx, pk: str, p: dict, ps: int) -> None:
    work, text = ctx.notes["work"], ctx.text
    while p["end"] > p["start"] and work[p["end"] - 1] in " \t\n.;:":
        p["end"] -= 1  # "• Léa Cuenot, chargée de communication." on a team page: the post ends before the stop
    # "chargée de mission Île-de-France": the region is the field of a staff post, not its employer
    # (and the post names no employer: no fallback to the page's collectivité either)
    named = ctx.ents_in(p["start"], p["end"], ORG_TYPES)
    orgs = [x for x in named
            if not (ctx.entities[x[2]].type == "Collectivite" and ctx.entities[x[2]].subtype in ("Region", "Departement")
                    and re.fullmatch(r"(?i)\s*(?:chargée?\s+(?:de\s+mission|d['’]études|de\s+développement|de\s+projets?)|"
                                     r"déléguée?\s+(?:régionale?|territoriale?)|coordinat(?:eur|rice))\s+", work[p["start"]:x[0]]))]
    if named and not orgs and not p.get("org"):
        return
    role_end = None
    org = p.get("org")
    if orgs and not org:
        org = orgs[0]
        role_end = org[0]
    elif org:
        role_end = p.get("role_end", p["end"])
    else:
        # "président de l'agglomération": the one EPCI (département, région) the text names
        gm = re.search(r"\b(?:de\s+l['’]|de\s+la\s+|du\s+|à\s+l['’]|à\s+la\s+|au\s+)(agglom[ée]ration|m[ée]tropole|communaut[ée]|d[ée]partement|r[ée]gion|EPT|"
                       r"conseil\s+g[ée]n[ée]ral|conseil\s+d[ée]partemental|conseil\s+r[ée]gional)\b",
                       work[p["start"]:p["end"]], re.IGNORECASE)
        if gm:
            from .refs import single_near
            sub = {"ept": "EPT", "agglomeration": "EPCI", "metropole": "EPCI", "communaute": "EPCI", "departement": "Departement",
                   "region": "Region", "conseil general": "Departement", "conseil departemental": "Departement",
                   "conseil regional": "Region"}[re.sub(r"\s+", " ", fold(gm.group(1)))]
            ck = single_near(ctx, sub, ps)
            if ck:
                role = _trim(text[p["start"]:p["start"] + gm.start()])
                ctx.add_rel("holds_post", pk, ck, ps, p["end"], role=role[:1].lower() + role[1:], chain=ps)
            return
        # "adjoint au maire" with no commune in the apposition: the sentence's, or the page's commune
        if COMMUNE_ROLE_RE.search(fold(work[p["start"]:p["end"]])) or re.match(r"(?i)(?:premi(?:er|ère)\s+)?adjointe?\b(?!\s+(?:au|à\s+la)\s+(?:directeur|directrice|délégu|secrétaire))", work[p["start"]:p["end"]]):
            from .refs import page_commune
            ss, se = ctx.sent_span(ps)
            com = [x for x in ctx.ents_in(ss, se, {"Collectivite"}) if ctx.entities[x[2]].subtype == "Commune"]
            ck = com[0][2] if len(com) == 1 else page_commune(ctx)
            if ck:
                role, deleg = split_delegation(_trim(text[p["start"]:p["end"]]))
                ctx.add_rel("holds_post", pk, ck, ps, p["end"], role=role[:1].lower() + role[1:], delegation=deleg, chain=ps)
            return
        # "conseiller régional", "vice-président du conseil départemental": the one région/département named
        from .refs import single_near, author
        kind = ("Region" if re.search(r"(?i)r[ée]gional", work[p["start"]:p["end"]]) else
                "Departement" if re.search(r"(?i)d[ée]partemental|conseill(?:er|ère)\s+g[ée]n[ée]ral", work[p["start"]:p["end"]]) else
                "EPCI" if re.search(r"(?i)communautaire|m[ée]tropolitain", work[p["start"]:p["end"]]) else None)
        where = single_near(ctx, kind, ps) if kind else None
        if kind == "EPCI" and not where:
            # "Côté CASUD, c'est X, conseiller communautaire": the one intercommunality of the sentence
            ss, se = ctx.sent_span(ps)
            here = {x[2] for x in ctx.ents_in(ss, se, {"Collectivite"}) if ctx.entities[x[2]].subtype == "EPCI"}
            where = here.pop() if len(here) == 1 else None
        if where:
            role, deleg = split_delegation(_trim(text[p["start"]:p["end"]]))
            ctx.add_rel("holds_post", pk, where, ps, p["end"], role=role[:1].lower() + role[1:], delegation=deleg, chain=ps)
            return
        # "déléguée générale du réseau", "directeur de l'association": the organisation the page speaks for
        am = re.search(r"\s(?:du|au|de\s+notre|de\s+l['’]|à\s+l['’]|de\s+la|à\s+la)\s*(?P<w>réseau|association|fédération|coopérative|structure|"
                       r"(?i:scic|scop)|recyclerie|ressourcerie|épicerie|tiers-lieu|chambre(?:\s+régionale)?|université)[\s.]*$",
                       work[p["start"]:p["end"]])
        if am:
            from .refs import structure_of_kind
            w = fold(am.group("w"))
            org_k = structure_of_kind(ctx, w, ps)
            if not org_k and w in ("reseau", "association", "federation", "cooperative", "structure"):
                org_k = author(ctx)
            if org_k and ctx.entities[org_k].type in ("Network", "ESSOrganization", "Organization", "PublicBody"):
                role, deleg = split_delegation(_trim(text[p["start"]:p["start"] + am.start()]))
                if role:
                    ctx.add_rel("holds_post", pk, org_k, ps, p["end"], role=role[:1].lower() + role[1:], delegation=deleg, chain=ps)
                return
        # contact lines "RTES – Anne Roy, déléguée générale": the organisation that opens the line
        ls = work.rfind("\n", 0, ps) + 1
        lead_org = [x for x in ctx.ents_in(ls, ps, ORG_TYPES) if x[0] == ls + len(work[ls:x[0]]) - len(work[ls:x[0]].lstrip())]
        if lead_org and re.fullmatch(r"\s*[–—:-]\s*", work[lead_org[0][1]:ps]) and STAFF_ROLE.match(work[p["start"]:p["end"]]):
            role, deleg = split_delegation(_trim(text[p["start"]:p["end"]]))
            ctx.add_rel("holds_post", pk, lead_org[0][2], ls, p["end"], role=role[:1].lower() + role[1:], delegation=deleg, chain=ps)
            return
        # "animée par X, déléguée générale, en présence de ...": a staff post alone is held in the
        # network or association the page speaks for
        if re.fullmatch(r"(?i)\s*(?:délégu[ée]e?\s+générale?(?:\s+adjointe?)?|direct(?:eur|rice)(?:\s+générale?)?(?:\s+adjointe?)?|coordinat(?:eur|rice)|"
                        r"chargée?\s+(?:de\s+mission|d['’]études|de\s+communication|de\s+projets?|d['’]accompagnement|de\s+développement|"
                        r"des?\s+[a-zé]+|d['’][a-zé]+)(?:\s+(?![^,;.:()]*\b(?:à|au|aux|auprès|chez)\b)[a-zé](?-i:[^,;.:()A-Z]){0,50}|\s+ESS)?|trésori(?:er|ère)(?:\s+adjointe?)?|"
                        r"secrétaire(?:\s+générale?)?(?:\s+adjointe?)?|(?:vice-)?présidente?(?:\s+sortante?)?|administrat(?:eur|rice)|"
                        r"(?:co-?)?gérante?|animat(?:eur|rice)(?:\s+[a-zé](?-i:[^,;.:()A-Z]){0,40})?|attachée?\s+de\s+presse|cheff?e?\s+de\s+projets?(?:\s+[a-zé](?-i:[^,;.:()A-Z]){0,40})?|"
                        r"responsable\s+(?:de\s+l['’]|du|de\s+la|des)\s*[a-zé][^,;.:()]{2,50})\s*",
                        work[p["start"]:p["end"]]):
            auth = author(ctx)
            if auth and ctx.entities[auth].type in ("Network", "ESSOrganization"):
                role = _trim(text[p["start"]:p["end"]])
                ctx.add_rel("holds_post", pk, auth, ps, p["end"], role=role[:1].lower() + role[1:], chain=ps)
                return
        # "Agnès Thiriet, vice-présidente déléguée à l'insertion" on a Département's own page: its post there
        if re.match(r"(?i)(?:(?:premi(?:er|ère)\s+)?vice-présidente?\s+(?:déléguée?|chargée?|en\s+charge)|chargée?\s+de\s+mission|"
                    r"conseill(?:er|ère)\s+(?:délégué|communautaire|métropolitain|départemental|régional)e?)\b", work[p["start"]:p["end"]]) \
                and not NAMED_OF.search(work[p["start"]:p["end"]]) and not _field_region(work[p["start"]:p["end"]]):
            from .refs import page_owner
            owner = page_owner(ctx)
            if owner and not (kind == "EPCI" and ctx.entities[owner].subtype == "Commune") \
                    and not (kind in ("Region", "Departement") and ctx.entities[owner].subtype != kind):  # (a commune has no regional councillor)
                role, deleg = split_delegation(_trim(text[p["start"]:p["end"]]))
                ctx.add_rel("holds_post", pk, owner, ps, p["end"], role=role[:1].lower() + role[1:], delegation=deleg, chain=ps)
                return
        # an elected post named without its collectivité, right after a sentence naming only one
        if re.match(r"(?i)(?:premi(?:er|ère)\s+)?(?:vice-)?présidente?|conseill|élue?", work[p["start"]:p["end"]]):
            i = ctx.sent_index(ps)
            lo = ctx.sents[i - 1][0] if i > 0 else ctx.sent_span(ps)[0]
            colls = {x[2] for x in ctx.ents_in(lo, ctx.sent_span(ps)[1], ORG_TYPES)}
            if len(colls) == 1 and not NAMED_OF.search(work[p["start"]:p["end"]]):
                ck = next(iter(colls))
                if ctx.entities[ck].type == "Collectivite" and not (kind == "EPCI" and ctx.entities[ck].subtype == "Commune") \
                        and not (kind in ("Region", "Departement") and ctx.entities[ck].subtype != kind):
                    role = _trim(text[p["start"]:p["end"]])
                    deleg = None
                    dm = DELEG_SPLIT.search(role)
                    if dm:
                        role, deleg = role[:dm.start()].strip(" ,"), role[dm.end():].strip(" ,")
                    ctx.add_rel("holds_post", pk, ck, ps, p["end"], role=role[:1].lower() + role[1:], delegation=deleg, chain=ps)
                    return
            # the minutes of a council's sitting: "M. X, premier vice-président" sits in that council
            if not NAMED_OF.search(work[p["start"]:p["end"]]) and not _field_region(work[p["start"]:p["end"]]):
                holders = {r.source for r in ctx.rels if r.type == "organizes" and ctx.entities[r.target].extra.get("head") == "seance"
                           and ctx.entities[r.source].type == "Collectivite"}
                if len(holders) == 1:
                    ck = holders.pop()
                    role, deleg = split_delegation(_trim(text[p["start"]:p["end"]]))
                    ctx.add_rel("holds_post", pk, ck, ps, p["end"], role=role[:1].lower() + role[1:], delegation=deleg, chain=ps)
                    return
        # a named organisation that no component knew: "PDG du Chantier de ...", "président de l'association X"
        seg = work[p["start"]:p["end"]]
        m = re.search(r"(?:\s(?:du|de\s+la|de\s+l['’]|des|de|à\s+la|à\s+l['’]|au|à|chez)\s*|\sd['’])(?=[A-ZÉÈ])", seg)
        if not m:
            return
        os_ = p["start"] + m.end()
        oe = complement(ctx, os_, maxw=6)
        if oe <= os_ or not work[os_:oe].strip():
            return
        known = [x for x in ctx.spans if x[0] == os_ and x[1] > oe and ctx.entities[x[2]].type in ORG_TYPES]
        if known:
            # "présidente de l'Agence de développement économique de la Corse (ADEC)": a name already
            # found, longer than the post's phrase
            org = max(known)
            role = _trim(text[p["start"]:os_])
            role, deleg = split_delegation(role)
            if role:
                ctx.add_rel("holds_post", pk, org[2], ps, p["end"], role=role[:1].lower() + role[1:], delegation=deleg, chain=ps)
            return
        name = work[os_:oe].strip()
        deleg_cut = re.search(r"\s+(?:chargée?|en\s+charge|déléguée?)\b", name)
        if deleg_cut:
            # "vice-présidente de l'Eurométropole chargée de l'ESS": the delegation is not part of the name
            name = name[:deleg_cut.start()]
            oe = os_ + work[os_:oe].find(name) + len(name)
        if fold(name).split()[0] in ("pole", "service", "commission", "groupe", "direction", "mission", "departement",
                                     "bureau", "conseil", "comite", "ess", "economie", "observatoire") or len(name) < 3 \
                or GENERIC_ORG.match(name):
            return
        form = re.fullmatch(r"(?i)(SCIC|SCOP|Scop|CAE|PETR|Pays|coopérative|association|structure|entreprise|mutuelle|fondation)", name)
        if form:
            # "président de la SCIC": the organisation of that form named just before
            prev = [x for x in ctx.spans if x[0] < os_ and ctx.entities[x[2]].type in ("ESSOrganization", "Organization", "Collectivite")
                    and fold(form.group(1)) in fold(" ".join(ctx.entities[x[2]].surfaces))]
            if not prev:
                return
            org = prev[-1]
            role = _trim(text[p["start"]:os_])
            role, deleg = split_delegation(role)
            ctx.add_rel("holds_post", pk, org[2], ps, p["end"], role=role[:1].lower() + role[1:], delegation=deleg, chain=ps)
            return
        canton = re.search(r"(?i)\s+(?:du|de\s+son)\s+cantons?\s+(?:de|d['’])\s*$", work[max(0, os_ - 20):os_])
        if canton:
            # "conseiller départemental du canton de Rezé": a canton, no organisation; the post is in the
            # département the text names, when it names one
            deps = {k for k, e in ctx.entities.items() if e.type == "Collectivite" and e.subtype == "Departement" and e.mentions}
            role = _trim(text[p["start"]:max(0, os_ - 20) + canton.start()])
            if len(deps) == 1 and role:
                ctx.add_rel("holds_post", pk, deps.pop(), ps, p["end"], role=role[:1].lower() + role[1:], chain=ps)
            return
        media_role = re.match(r"(?i)journaliste|rédact|reporter|chroniqu|correspondant", work[p["start"]:p["end"]])
        elected = re.match(r"(?i)(?:premi(?:er|ère)\s+)?(?:vice-)?présidente?|conseill(?:er|ère)", work[p["start"]:os_])
        if deleg_cut and elected and org_type(name) == "ESSOrganization" \
                and not re.search(r"(?i)\b(?:association|coop|scic|scop|fédération|union|réseau|mutuelle|fondation)", name):
            # an elected post with a delegation is held in a collectivité: "vice-présidente de Tour(s)plus chargée de …"
            from .collectivites import _coll_mention
            ek = _coll_mention(ctx, os_, oe, "EPCI", None, name)
        else:
            ek = None
        if ek is None and not media_role:
            from .collectivites import _coll_mention, _cog_find, _disambiguate
            towns = [r for r in _cog_find(name.replace("’", "'"), "Commune") if r.name == name.replace("’", "'")
                     and (r.population or 0) >= 1000]
            if towns:
                # "élue de La Trinité": a commune's official name the territories' cues did not catch
                ek = _coll_mention(ctx, os_, oe, "Commune", _disambiguate(ctx, towns, os_), name)
        ek = ek or register_org(ctx, os_, oe, name, "Organization" if media_role else org_type(name))
        org = (os_, oe, ek)
        role_end = os_
    role = text[p["start"]:role_end]
    role = _trim(role)
    if not role:
        return
    role, deleg = split_delegation(role)
    if not role:
        return
    if deleg is None and org[1] < p["end"]:
        rest = work[org[1]:p["end"]].strip(" ,.;:")
        if DELEGATION_RE.match(fold(rest)):
            deleg = rest
    if ANY_ROLE_RE.match(fold(role)):
        role = role[:1].lower() + role[1:]
    ev_s = min(ps, p["start"])
    ctx.add_rel("holds_post", pk, org[2], ev_s, max(org[1], p["end"]), role=role, delegation=deleg, chain=ps)


def _field_region(post: str) -> bool:
    """"chargée de mission Hauts-de-France": a region or département named as the field of a staff
    post, not as its employer ("chargée de mission ESS" names none)."""
    m = re.match(r"(?i:chargée?\s+de\s+mission)\s+(?P<t>[A-ZÉÈÎ][\w'’-]*(?:\s+(?:de|du|des|la)?\s*[A-ZÉÈÎ][\w'’-]*)*)", post)
    if not m:
        return False
    from .collectivites import _cog_find
    return any(r.kind in ("Region", "Departement") for r in _cog_find(m.group("t"), None)[:1])


def _trim(role: str) -> str:
    role = re.split(r"\s[–—]\s|\s-\s", role)[0]  # "responsable communication – 03 53 …"
    role = role.strip(" ,;:–-")
    lead = re.match(r"(?:r?éélue?|élue?|nommée?|désignée?)\s+", role, flags=re.IGNORECASE)
    if lead and ROLE_HEAD_RE.match(fold(role[lead.end():])):
        role = role[lead.end():]  # "élue présidente": the post is "présidente"
    if role.endswith(".") and not re.search(r"\b[A-Z]\.$", role):
        role = role[:-1].rstrip()
    for _ in range(3):
        new = TRAIL_PREP.sub("", role)
        new = TRAIL_PREP2.sub("", new).strip(" ,")
        if new == role:
            break
        role = new
    return role.strip()


PRE_RE = re.compile(rf"(?:^|[\s(])(?:(?:le|la|sa|son|notre|leur|du|de la|par le|par la|avec le|avec la)\s+|l'|de l'|par l'|avec l')(?P<role>{ROLE_HEAD}[^;:.()•\n]{{0,110}}?)\s*,?\s*$")
OPENING_ROLE_RE = re.compile(rf"\s*(?:(?:en\s+ouverture|ensuite|enfin|puis)\s*,\s*)?(?P<role>{ROLE_HEAD}\b[^;:.()•\n]{{0,110}}?)\s*,\s*$")


def _topic_before(ctx: Ctx, i: int) -> list:
    """"… le Jardin du Lez, membre du Réseau Cocagne. Son directeur, X": the organisation the
    sentences before sentence ``i`` are about: their subject, not the agents ("fondée par l'association
    X") nor what it belongs to; a sentence whose subject is "il"/"elle" sends back one more."""
    from .refs import generic_subject
    work = ctx.notes["work"]
    for j in (i - 1, i - 2):
        if j < 0:
            break
        js, je = ctx.sents[j]
        g = generic_subject(ctx, js, min(je, js + 30))  # "La coopérative héberge quatre associations"
        if g and ctx.entities[g].type != "Collectivite":
            return [(js, js, g)]
        km = re.match(r"\s*(?:l'\s?|la\s+|le\s+)(?:association|cooperative|scic|scop|structure|recyclerie|ressourcerie|tiers-lieu|epicerie)\b",
                      ctx.folded[js:je])
        if km and not [x for x in ctx.ents_in(js, js + km.end() + 40, ORG_TYPES) if x[0] <= js + km.end()]:
            return []  # "La coopérative héberge quatre associations : …": its own, not one of those it lists
        if re.match(r"\s*(?:[^,;:.]{0,80},\s*)?(?:il|elle)\s", ctx.folded[js:je]):
            continue  # "Fondé en 2011 à l'initiative de …, il a pour membres …": the topic is further back
        cands = [x for x in ctx.ents_in(js, je, ORG_TYPES) if ctx.entities[x[2]].type != "Collectivite"
                 and not re.search(r"\bpar\s(?!ailleurs\b)[^.;:]{0,120}$", work[js:x[0]])
                 and not re.search(r"\b(?:membres?|adherente?s?|partenaires?)\s+(?:du|de\s+la|de\s+l'|des|de)\s*$", ctx.folded[js:x[0]])]
        if cands:
            return cands[:1]
    return []


def _prenominal(ctx: Ctx, ps: int, pe: int, pk: str, pspans: list) -> None:
    """"la présidente du RTES, Mahel Coppey": the post title before the name."""
    work = ctx.notes["work"]
    ls = max(work.rfind("\n", 0, ps) + 1, ps - 160)
    window = fold(work[ls:ps])
    m = PRE_RE.search(window)
    ss = ctx.sent_span(ps)[0]
    if not m and ss >= ls:
        # "Directeur régional adjoint de la DREETS, Karim Ouali a détaillé": the post opens the sentence
        m = OPENING_ROLE_RE.match(fold(work[ss:ps]))
        ls, window = ss, fold(work[ss:ps])
    if not m:
        return
    lead = window[:m.start("role")].rsplit(" ", 2)[0] + " "
    if re.search(r"(?:\ba|\bau|\baux|,)\s*$", lead) and not re.search(
            r"(?:^|\s)(?:en\s+ouverture|ensuite|enfin|puis|en\s+conclusion|en\s+cloture|de\s+son\s+cote|pour\s+sa\s+part),\s*$", lead):
        return
    rs = ls + m.start("role")
    if any(s >= rs and e <= ps for s, e, k in pspans if k != pk):
        return
    if re.search(r"\b(?:et|ou|par|avec|pour)\s*$", fold(work[rs:ps])):
        return  # "par le président de l'agglomération et par X": two signers, not a post of X
    orgs = ctx.ents_in(rs, ps, ORG_TYPES)
    if not orgs:
        # "la journaliste X, de Radio Estuaire"
        after = re.match(r"\s*,\s*(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])", work[pe:pe + 12])
        nxt = ctx.starting_in(pe, pe + 80, ORG_TYPES)
        if after and nxt and nxt[0][0] == pe + after.end():
            role = _trim(ctx.text[rs:ps])
            if role:
                ctx.add_rel("holds_post", pk, nxt[0][2], rs, nxt[0][1], role=role[:1].lower() + role[1:], chain=ps)
            return
    if not orgs and re.search(r"\bdont\s+(?:le|la|l')\s*$", window[:m.start("role")]):
        # "la CRESS de Franche-Comté, dont le président, X, a signé": the organisation before "dont"
        dont = work.rfind("dont", 0, rs)
        prev = [x for x in ctx.ents_in(max(0, dont - 200), dont, ORG_TYPES) if re.fullmatch(r"\s*,?\s*", work[x[1]:dont])]
        if prev:
            role = _trim(ctx.text[rs:ps])
            if role:
                ctx.add_rel("holds_post", pk, prev[-1][2], prev[-1][0], pe, role=role[:1].lower() + role[1:], chain=ps)
        return
    if not orgs and re.search(r"\b(?:son|sa|leur)\s+$", window[:m.start("role")]):
        # "la CRESS Bretagne était représentée par son président, X": the organisation just named
        ss = ctx.sent_span(ps)[0]
        prev = ctx.ents_in(ss, rs, ORG_TYPES)
        if not prev:
            prev = _topic_before(ctx, ctx.sent_index(ps))
        if prev:
            role = _trim(ctx.text[rs:ps])
            ctx.add_rel("holds_post", pk, prev[-1][2], prev[-1][0], pe, role=role[:1].lower() + role[1:], chain=ps)
        return
    if not orgs:
        # the post names no organisation ("le maire", "la déléguée générale", "le président du conseil
        # général"): the same fallbacks as a post written after the name
        _emit(ctx, pk, {"start": rs, "end": rs + len(ctx.text[rs:ps].rstrip(" ,"))}, ps)
        return
    org = orgs[0]
    role = _trim(ctx.text[rs:org[0]])
    if not role:
        return
    tail = fold(work[orgs[-1][1]:ps])
    if re.search(r",\s*(?!(?:mme|m\.|madame|monsieur|mlle|dr)(?:\W|$))\S", tail) and not DELEGATION_RE.match(tail.strip(" ,")):
        return  # "le président de l'AMIF, en présence d'Hélène X": the post is not hers
    ctx.add_rel("holds_post", pk, org[2], rs, pe, role=role[:1].lower() + role[1:], chain=ps)
