"""Posts stated by a verb rather than an apposition (part of ess_posts/1).

"X a rejoint la CRESS en septembre comme chargée de mission", "X a passé huit ans chez Coorace
comme chargée de plaidoyer", "La trésorerie revient à X", "le secrétariat sera assuré par Y",
"Le conseil d'administration est présidé par Z", "X a dirigé pendant dix ans la régie Y".
"""
from __future__ import annotations

import re
from typing import Optional

from .base import Ctx, fold
from .lexicon import ROLE_HEAD

ORG_TYPES = {"Collectivite", "Network", "ESSOrganization", "PublicBody", "Organization", "Club"}

# person, then the move, then the organisation (or "l'équipe": the page's own)
JOINED_RE = re.compile(r"\s+(?:a\s+rejoint|rejoint|rejoindra|va\s+rejoindre|a\s+intégré|intègre|intégrera|"
                       r"(?:a|avait)\s+passé\s+[^,.;:]{1,30}?\s+(?:chez|à|au|à\s+la|à\s+l['’]|dans)|"
                       r"(?:a|avait)\s+travaillé\s+(?:[^,.;:]{1,30}?\s+)?(?:chez|à|au|à\s+la|à\s+l['’]|pour))\s+"
                       r"(?P<team>(?:l['’]|son\s+|notre\s+)équipe\b)?", re.IGNORECASE)
AS_RE = re.compile(rf"(?:comme|en\s+qualite\s+de|en\s+tant\s+que|au\s+poste\s+de)\s+(?=(?:{ROLE_HEAD})\b)")

# "La trésorerie revient à X", "le secrétariat sera assuré par Y": the office, then its holder
OFFICE_RE = re.compile(r"\b(?P<o>(?:la\s+)?(?:vice-présidence|co-?présidence|présidence|trésorerie|direction|coordination)|"
                       r"(?:le\s+)?secrétariat(?:\s+général)?)\s+"
                       r"(?:(?:revient|reviendra|est\s+revenue?|échoit|est\s+confiée?|sera\s+confiée?|a\s+été\s+confiée?|"
                       r"est\s+désormais\s+confiée?|est\s+assurée?|sera\s+assurée?|est\s+occupée?)\s*"
                       r"(?:,[^,.;:]{1,50},\s*)?(?:à|par)\s+)$", re.IGNORECASE)
_OFFICE = {"vice-presidence": ("vice-président", "vice-présidente"), "presidence": ("président", "présidente"),
           "copresidence": ("coprésident", "coprésidente"), "co-presidence": ("co-président", "co-présidente"),
           "tresorerie": ("trésorier", "trésorière"), "direction": ("directeur", "directrice"),
           "coordination": ("coordinateur", "coordinatrice"), "secretariat": ("secrétaire", "secrétaire"),
           "secretariat general": ("secrétaire général", "secrétaire générale")}

# "Le conseil d'administration est présidé par X", "le comité de pilotage, présidé par Y"
BODY_HEAD_RE = re.compile(r"\b(?P<b>conseil\s+d['’]administration|comité\s+de\s+pilotage|bureau)\s+"
                          r"(?P<of>(?:du|de\s+la|de\s+l['’]|des)\s+)?(?:[^,.;:]{0,60}?\s)?"
                          r",?\s*(?:est\s+|sera\s+|était\s+)?(?:co-?)?présidée?\s+(?:depuis\s+\d{4}\s+)?par\s+$", re.IGNORECASE)

# "X a dirigé pendant dix ans la régie Y", "X dirige depuis 2019 l'association Y"
DIRECTED_RE = re.compile(r"\s+(?P<v>dirige|dirigeait|a\s+dirigé|avait\s+dirigé|dirigera)\s+"
                         r"(?:(?:pendant|durant|depuis)\s+[^,.;:]{1,25}?\s+)?(?=l['’]|la\s|le\s|les\s|[A-ZÉ])", re.IGNORECASE)


def career_posts(ctx: Ctx, pspans: list) -> None:
    _joined_as(ctx, pspans)
    _offices(ctx, pspans)
    _body_presided(ctx, pspans)
    _directed(ctx, pspans)


def _fem(ctx: Ctx, pk: str) -> bool:
    from .event_links import _feminine
    return _feminine(ctx, pk)


def _org_at(ctx: Ctx, pos: int, slack: int = 4) -> Optional[tuple]:
    """The organisation named right at pos (after an article)."""
    hit = ctx.starting_in(pos, pos + 120, ORG_TYPES)[:1]
    if hit and re.fullmatch(r"\s*(?:la\s+|le\s+|les\s+|l['’]\s?)?(?:[a-zéèê'’-]+\s+){0,4}?", ctx.notes["work"][pos:hit[0][0]], re.IGNORECASE) \
            and hit[0][0] - pos <= 60:
        return hit[0]
    return None


def _cue_right_before(ctx: Ctx, rx: re.Pattern, pos: int, reach: int) -> Optional[re.Match]:
    """The cue that ends right where the person's name starts, within the sentence."""
    ss, _ = ctx.sent_span(pos)
    m = rx.search(ctx.notes["work"], max(ss, pos - reach), pos)
    return m if m and m.end() == pos else None


def _joined_as(ctx: Ctx, pspans: list) -> None:
    from .posts import _emit, _window_end
    from .refs import author
    work, folded = ctx.notes["work"], ctx.folded
    for ps, pe, pk in pspans:
        m = JOINED_RE.match(work, pe)
        if not m:
            continue
        if m.group("team"):
            auth = author(ctx)
            org = (m.start("team"), m.end("team"), auth) if auth else None
            after = m.end()
        else:
            org = _org_at(ctx, m.end())
            after = org[1] if org else m.end()
        if org is None:
            continue
        _, se = ctx.sent_span(pe)
        a = AS_RE.search(folded, after, min(se, after + 60))
        if not a or re.search(r"[.;:]", work[after:a.start()]):
            continue
        rs = a.end()
        end = _window_end(work, rs, len(work))
        seg = re.split(r",|\s+(?:et|depuis|lors|pour|afin|avant|après)\s+", work[rs:end])[0].rstrip()
        own = ctx.ents_in(rs, rs + len(seg), ORG_TYPES)
        _emit(ctx, pk, {"start": rs, "end": rs + len(seg), "org": None if own else org, "role_end": rs + len(seg)}, ps)


def _offices(ctx: Ctx, pspans: list) -> None:
    from .posts import _body_owner
    for ps, pe, pk in pspans:
        m = _cue_right_before(ctx, OFFICE_RE, ps, 120)
        if not m:
            continue
        named = [x for x in ctx.ents_in(m.end("o"), ps, ORG_TYPES)]
        org = named[-1][2] if named else _body_owner(ctx, ps)
        if org is None:
            continue
        office = re.sub(r"^(?:la|le)\s+", "", fold(m.group("o")))
        male, female = _OFFICE[re.sub(r"\s+", " ", office)]
        ctx.add_rel("holds_post", pk, org, m.start(), pe, role=female if _fem(ctx, pk) else male, chain=ps)


def _body_presided(ctx: Ctx, pspans: list) -> None:
    from .posts import _body_owner
    for ps, pe, pk in pspans:
        m = _cue_right_before(ctx, BODY_HEAD_RE, ps, 160)
        if not m:
            continue
        org = None
        if m.group("of"):
            hit = [x for x in ctx.ents_in(m.end("of"), ps, ORG_TYPES) if x[0] == m.end("of")]
            org = hit[0][2] if hit else None
        org = org or _body_owner(ctx, ps)
        if org is None or ctx.entities[org].type == "Collectivite":
            continue
        role = "présidente" if _fem(ctx, pk) else "président"
        if fold(m.group("b")).startswith("comite"):
            role += " du comité de pilotage"
        ctx.add_rel("holds_post", pk, org, m.start(), pe, role=role, chain=ps)


def _directed(ctx: Ctx, pspans: list) -> None:
    work = ctx.notes["work"]
    for ps, pe, pk in pspans:
        m = DIRECTED_RE.match(work, pe)
        if not m:
            continue
        org = _org_at(ctx, m.end())
        if org is None or ctx.entities[org[2]].type == "Collectivite":
            continue
        ctx.add_rel("holds_post", pk, org[2], ps, org[1], role="directrice" if _fem(ctx, pk) else "directeur", chain=ps)
