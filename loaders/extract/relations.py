"""Relation components: event attributes and roles (ess_event_links/1), partnerships,
conventions, sponsors, founders, publishers, memberships (ess_relations/1).

Relations are read from cue phrases ("organisé par", "en partenariat avec", "signée
par", "parrainé par", "publie") and lists of named actors that follow or precede them.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from itertools import combinations
from typing import Optional

from .base import Ctx, fold
from .dates import doc_year
from .lexicon import ANY_ROLE_RE

AGENTS = {"Collectivite", "Network", "ESSOrganization", "PublicBody", "Organization", "Club"}
ORGS_ONLY = {"Collectivite", "Network", "ESSOrganization", "PublicBody", "Organization"}
THINGS = {"Event", "Club", "Publication"}
COUNT_WORDS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}
LIST_GAP = re.compile(r"^\s*(?:,|et|ainsi\s+que|&|;)?\s*(?:par\s+|avec\s+)?(?:l['’]|le\s|la\s|les\s|du\s|de\s+la\s|de\s+l['’]|des\s|au\s|à\s+la\s|à\s+l['’]|aux\s|de\s|d['’])?\s*$",
                      re.IGNORECASE)


# ---------------------------------------------------------------- helpers
def list_after(ctx: Ctx, pos: int, types: set, limit: int = 300) -> list[tuple[int, int, str]]:
    """Entities listed from ``pos`` on ("X, Y et Z"), stopping at the first gap that is not a list separator."""
    work = ctx.notes["work"]
    out = []
    cur = pos
    sent_end = ctx.sent_span(pos)[1] if ctx.sents else len(work)
    for s, e, k in ctx.spans:
        if s < cur:
            continue
        if s >= min(sent_end, pos + limit):
            break
        ent = ctx.entities[k]
        gap = work[cur:s]
        if not LIST_GAP.match(gap):
            # an apposition after a listed actor ("X, structure qui agit pour ..., et par Y")
            if out and re.match(r"^\s*,[^;:.]*?,\s*(?:et\s+)?(?:par\s+|avec\s+)?(?:l['’]|le\s|la\s|les\s)?$", gap):
                pass
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


def sentence_ents(ctx: Ctx, pos: int, types: set) -> list[tuple[int, int, str]]:
    s, e = ctx.sent_span(pos)
    return ctx.ents_in(s, e, types)


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
    before = [x for x in ctx.spans if ctx.entities[x[2]].type in types and pos - back <= x[0] < pos]
    return before[-1] if before else None


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


def _single(ctx: Ctx, subtype: str) -> Optional[str]:
    ks = [k for k, e in ctx.entities.items() if e.type == "Collectivite" and e.subtype == subtype]
    return ks[0] if len(ks) == 1 else None


def generic_subject(ctx: Ctx, ss: int, pos: int) -> Optional[str]:
    """"La municipalité", "le Département", "la Région", "la Métropole" named without their
    name: the one collectivité of that kind the document names."""
    f = ctx.folded[ss:pos]
    tail = r"\b(?!\s+(?:de|d'|du|des)\b)"
    if re.search(r"\b(?:la|notre)\s+(?:municipalite|ville|commune|mairie)" + tail, f):
        return page_commune(ctx)
    if re.search(r"\b(?:le|notre)\s+departement" + tail, f):
        return _single(ctx, "Departement")
    if re.search(r"\b(?:la|notre)\s+region" + tail, f):
        return _single(ctx, "Region")
    if re.search(r"\b(?:la|notre)\s+(?:metropole|agglomeration|communaute)" + tail, f):
        return _single(ctx, "EPCI")
    return None


def author(ctx: Ctx) -> Optional[str]:
    """The organisation the document speaks for: the one an interview question is about
    ("quelle est la mission de l'EPT11 ?"), else the most named one (3 mentions or more)."""
    if "author" in ctx.notes:
        return ctx.notes["author"]
    ctx.notes["author"] = None
    if re.search(r"\b(?:nous|notre|nos)\b", ctx.folded):
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


# ---------------------------------------------------------------- ess_event_links/1
def event_links(ctx: Ctx) -> None:
    _event_dates_places(ctx)
    _organizes(ctx)
    _participates(ctx)


def _clause(ctx: Ctx, s: int, e: int) -> tuple[int, int]:
    ss, se = ctx.sent_span(s)
    nxt = [x[0] for x in event_mentions(ctx) if e <= x[0] < se and ctx.entities[x[2]].extra.get("head") != "mois de l'ess"]
    return ss, (min(nxt) if nxt else se)


def _event_dates_places(ctx: Ctx) -> None:
    dy = doc_year(ctx.doc_date)
    years = [d.year for d in ctx.dates if d.year]
    dated: list[tuple[int, str, Optional[str], Optional[str]]] = []   # (pos, iso, place key, end iso)
    evs = sorted(((s, e, k) for s, e, k in event_mentions(ctx)), key=lambda x: x[0])
    for s, e, k in evs:
        ent = ctx.entities[k]
        ss, ce = _clause(ctx, s, e)
        date = None
        after = [d for d in ctx.dates if e <= d.start < ce]
        before = [d for d in ctx.dates if ss <= d.start < s and not any(x[0] > d.start and x[0] < s for x in evs)]
        pick = next((d for d in after if d.precision != "year"), None) or \
            next((d for d in reversed(before) if d.precision != "year"), None) or \
            (after[0] if after else (before[-1] if before else None))
        if pick is None:
            # "L'année 2022 a été marquée par : • l'anniversaire ..."
            i = ctx.sent_index(s)
            if i > 0:
                ps, pe = ctx.sents[i - 1]
                if ctx.text[ps:pe].rstrip().endswith(":"):
                    prev = [d for d in ctx.dates if ps <= d.start < pe]
                    pick = prev[-1] if prev else None
        if pick is not None:
            date = pick.resolve(dy, _near_years(years, ctx.dates, pick))
        first_agent = next((x[0] for x in ctx.spans if e <= x[0] < ce and ctx.entities[x[2]].type in ("Person",)), ce)
        places = [x for x in ctx.ents_in(e, first_agent, {"Collectivite"})
                  if re.search(r"(?:\bà|\bau|\d{5}|\bet|,)\s*$", ctx.notes["work"][max(0, x[0] - 8):x[0]])]
        if not places:
            # "se sont retrouvés à Rennes pour les Rencontres ...": the place before the event
            prev_end = max([x[1] for x in evs if ss <= x[1] <= s] + [ss])
            places = [x for x in ctx.ents_in(prev_end, s, {"Collectivite"})
                      if re.search(r"\bà\s*$", ctx.notes["work"][max(0, x[0] - 4):x[0]])][-1:]
        if date and "date" not in ent.attrs:
            ent.attrs["date"] = date
            end = pick.resolve_end(date) if pick is not None else None
            if end:
                ent.attrs["end_date"] = end
        if places:
            for p in places:
                ctx.add_rel("located_in", k, p[2], s, p[1])
            ent.attrs.setdefault("place", ", ".join(ctx.entities[p[2]].name for p in places))
        else:
            venue = re.search(r"(?:\bà\s+la\s|\bà\s+l['’]|\bau\s|\bsur\s+le\s+stand\s+de\s+l['’]|\bà\s)(?P<v>[A-ZÉ][^,.;:()\n«»\"“”]{1,40}?)(?=\s+(?:et|pour|qui|le|la|du|sur|de\s+\d)\b|[,.;:(\n]|$)",
                              ctx.notes["work"][e:min(ce, e + 120)])
            if venue and "place" not in ent.attrs and not ANY_ROLE_RE.match(fold(venue.group("v"))) \
                    and fold(venue.group("v")) not in ("ess",):
                ent.attrs["place"] = re.sub(r"^(?:la|l['’]|le)\s*", "", venue.group("v")).strip()
    # inheritance: sub-events (ateliers, tables rondes...) take the date and place of the event they belong to
    for s, e, k in evs:
        ent = ctx.entities[k]
        if ent.extra.get("head") == "mois de l'ess" and "date" not in ent.attrs:
            # the Mois de l'ESS is each November: of the year in its name, else of the document
            ym = re.search(r"\b((?:19|20)\d\d)\b", ent.name)
            if ym or dy:
                ent.attrs["date"] = f"{ym.group(1) if ym else dy}-11"
        if "date" in ent.attrs and ctx.entities[k].attrs.get("place"):
            continue
        ss, se = ctx.sent_span(s)
        if "place" not in ent.attrs:
            for x in evs:
                if x[2] != k and e <= x[0] < se and re.search(r"(?:pendant|lors|au cours|dans le cadre)\s+(?:du|de la|de l['’]|des|d['’]un|d['’]une)\s*$",
                                                               ctx.notes["work"][max(e, x[0] - 30):x[0]]):
                    for r in list(ctx.rels):
                        if r.type == "located_in" and r.source == x[2]:
                            ctx.add_rel("located_in", k, r.target, s, x[1])
                            ent.attrs.setdefault("place", ctx.entities[x[2]].attrs.get("place"))
        parents = [x for x in evs if x[2] != k and ss <= x[0] < s] or \
            ([x for x in evs if x[2] != k and s - 1200 <= x[0] < s] if ent.extra.get("head") in _SUB else [])
        parents = [x for x in parents if ctx.entities[x[2]].extra.get("head") != "mois de l'ess"]
        for x in reversed(parents):
            pe = ctx.entities[x[2]]
            if "date" not in ent.attrs and "date" in pe.attrs:
                ent.attrs["date"] = pe.attrs["date"]
            same_par = "\n\n" not in re.sub(r"[ \t\u00a0]+", "", ctx.notes["work"][x[0]:s])
            if "place" not in ent.attrs and "place" in pe.attrs and same_par:
                ent.attrs["place"] = pe.attrs["place"]
                for r in list(ctx.rels):
                    if r.type == "located_in" and r.source == x[2]:
                        ctx.add_rel("located_in", k, r.target, s, e)
            if "date" in ent.attrs:
                break


_SUB = {"atelier", "table ronde", "pleniere", "conference", "debat", "visite", "remise des prix"}


def _near_years(years, dates, pick) -> list[int]:
    ys = sorted({d.year for d in dates if d.year}, key=lambda y: min(abs(d.start - pick.start) for d in dates if d.year == y))
    return ys


ORG_CUE = re.compile(r"(?:(?:co-?)?organis[ée]e?s?\s+(?:par|avec)|coordonn[ée]e?s?\s+par|anim[ée]e?s?\s+par|(?:co-?)?pilot[ée]e?s?\s+par|"
                     r"à\s+l['’]initiative\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])|sous\s+l['’][ée]gide\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])|"
                     r"port[ée]e?s?\s+par)\s*", re.IGNORECASE)
ACTIVE_ORG = re.compile(r"\b(?:organis(?:e|ent|era|eront|ait|aient)|a\s+organis[ée]|ont\s+organis[ée]|co-?organis(?:e|ent|ons|era)|"
                        r"anim(?:e|ent|era|eront)|a\s+animé|ont\s+animé)\b",
                        re.IGNORECASE)
COUNT_ORG = re.compile(r"\b(?P<n>deux|trois|quatre|cinq|\d)\s+(?P<what>[\w'-]+)\s+(?:ont\s+(?:par\s+ailleurs\s+|également\s+)?été\s+)?(?:co-?)?organis[ée]e?s\s+par\s*",
                       re.IGNORECASE)
COUNT_COORG = re.compile(r"\bco-?organisons\s+avec\s+(?P<list>.{0,120}?)\s(?P<n>deux|trois|quatre|\d)\s+(?:actions|événements|evenements|rendez-vous|manifestations|temps)",
                         re.IGNORECASE)
LAUNCH = re.compile(r"\blan(?:ce|cent|cera|ceront|çons)\b|\ba\s+lancé|\bont\s+lancé", re.IGNORECASE)


def _organizes(ctx: Ctx) -> None:
    work = ctx.notes["work"]
    evs = event_mentions(ctx)
    # owner in the event's own name: "Congrès de l'AIMF", "séminaire du CA du RTES", "Webinaire du RTES"
    for s, e, k in evs:
        for os_, oe, ok in ctx.ents_in(s, e, AGENTS):
            if re.search(r"(?:\bde\s+la|\bde\s+l['’]|\bdu|\bdes|\bde|\bd['’])\s*(?:[\w-]+\s+(?:du|de\s+la|de\s+l['’]|des)\s+)?$",
                         work[max(s, os_ - 25):os_]) and ctx.entities[ok].type != "Collectivite":
                ctx.add_rel("organizes", ok, k, s, e)
    # "l'anniversaire du réseau", "l'AG de l'association": the organisation the document speaks for
    auth = author(ctx)
    if auth:
        for s, e, k in evs:
            if re.search(r"\b(?:du|de\s+notre|de\s+l['’])\s*(?:réseau|association|fédération|collectif)\b", work[s:e]):
                ctx.add_rel("organizes", auth, k, s, e)
    # passive cues: "organisé par X et Y", "animé par X"
    for m in ORG_CUE.finditer(work):
        ss, se = ctx.sent_span(m.start())
        near = [x for x in ctx.ents_in(ss, m.start(), {"Event"})]
        ev = near[-1] if near else None
        if ev is None and not work[ss:m.start()].strip():
            # "Coordonné par X, il propose ...": the event of the sentence before
            i = ctx.sent_index(m.start())
            if i > 0:
                prev = ctx.ents_in(*ctx.sents[i - 1], {"Event"})
                ev = prev[-1] if prev else None
        if ev is None:
            continue
        for s, e, k in list_after(ctx, m.end(), ORGS_ONLY | {"Club"}):
            ctx.add_rel("organizes", k, ev[2], min(ev[0], m.start()), e)
        if re.match(r"(?i)co-?organis", m.group(0)):
            # "co-organisée avec X": the main organiser too, if one is already known for that event
            pass
    # active: "le RTES a organisé un webinaire"
    for m in ACTIVE_ORG.finditer(work):
        ss, se = ctx.sent_span(m.start())
        evs_after = [x for x in ctx.ents_in(m.end(), se, {"Event"})]
        if not evs_after:
            continue
        subj = [x for x in ctx.ents_in(ss, m.start(), ORGS_ONLY | {"Club"}) if not _inside_thing(ctx, x)]
        if not subj:
            g = generic_subject(ctx, ss, m.start())
            subj = [(m.start(), m.end(), g)] if g else []
        if subj:
            ctx.add_rel("organizes", subj[-1][2], evs_after[0][2], subj[-1][0], evs_after[0][1])
    # counted plurals: "Deux rencontres ont été organisées par le RTES" -> the next two
    for m in COUNT_ORG.finditer(work):
        n = COUNT_WORDS.get(m.group("n").lower(), 0)
        orgs = list_after(ctx, m.end(), ORGS_ONLY | {"Club"})
        what = fold(m.group("what")).rstrip("s")
        nxt = [x for x in evs if x[0] > m.end() and (ctx.entities[x[2]].extra.get("head", "").startswith(what) or what in ("action", "evenement"))]
        seen = []
        for x in nxt:
            if x[2] not in seen:
                seen.append(x[2])
        for ek in seen[:n]:
            for o in orgs:
                ctx.add_rel("organizes", o[2], ek, m.start(), o[1])
    for m in COUNT_COORG.finditer(work):
        n = COUNT_WORDS.get(m.group("n").lower(), 0)
        orgs = list_after(ctx, m.start("list"), ORGS_ONLY)
        if auth and re.match(r"(?i)co-?organisons", m.group(0)):
            orgs = orgs + [(m.start(), m.start(), auth)]
        nxt = []
        for x in evs:
            if x[0] > m.end() and x[2] not in nxt and ctx.entities[x[2]].extra.get("head") != "mois de l'ess":
                nxt.append(x[2])
        for ek in nxt[:n]:
            for o in orgs:
                ctx.add_rel("organizes", o[2], ek, m.start(), o[1])
    # "lors de la remise des prix, nous allons célébrer": the author organises
    if auth:
        for s, e, k in evs:
            ss, se = ctx.sent_span(s)
            if re.search(r"\bnous\s+(?:allons|organis|accueill|vous\s+invitons|co-?organis|lan[cç])", ctx.folded[ss:se]):
                ctx.add_rel("organizes", auth, k, ss, se)
    # a launch is organised by those who launch
    launches = [x for x in evs if ctx.entities[x[2]].extra.get("head") == "lancement"]
    if launches:
        for m in LAUNCH.finditer(work):
            ss, se = ctx.sent_span(m.start())
            orgs = [x for x in ctx.ents_in(ss, se, ORGS_ONLY) if not _inside_thing(ctx, x)]
            for o in orgs:
                for l in {x[2] for x in launches}:
                    ctx.add_rel("organizes", o[2], l, ss, se)


PART_CUES = [
    (re.compile(r"(?:a|ont)\s+(?:ouvert|introduit|clôturé|conclu)\b|interviendr(?:a|ont)|introduction\s+par|interventions?\s+(?:de|d['’])|intervenants?\s*:|est\s+intervenue?|sont\s+intervenu|"
                r"a\s+réuni|ont\s+réuni|réunira|réunit|retours?\s+d['’]exp[ée]riences?|en\s+ouverture|ouvert\s+par|"
                r"clôtur[ée]e?\s+par|rappelait|a\s+rappelé|a\s+présenté|avec\s+(?:la\s+participation\s+de|les\s+interventions)|"
                r"prendront\s+la\s+parole|témoign[ée]", re.IGNORECASE), "intervenant"),
    (re.compile(r"anim[ée]e?\s+par|modér[ée]e?\s+par", re.IGNORECASE), "animateur"),
    (re.compile(r"présid[ée]e?\s+par", re.IGNORECASE), "président"),
    (re.compile(r"en\s+présence\s+(?:de|d['’])|invit[ée]e?s?\b", re.IGNORECASE), "invité"),
    (re.compile(r"témoignages?\s+(?:de|du|d['’])", re.IGNORECASE), "témoin"),
    (re.compile(r"avec\s+l['’]appui\s+(?:de|du|d['’])", re.IGNORECASE), "appui"),
    (re.compile(r"accueil\s+par|accueilli(?:e|s)?\s+par", re.IGNORECASE), "hôte"),
]
FEM = {"intervenant": "intervenante", "animateur": "animatrice", "président": "présidente", "invité": "invitée"}


def _participates(ctx: Ctx) -> None:
    work = ctx.notes["work"]
    persons = [(s, e, k) for s, e, k in ctx.spans if ctx.entities[k].type == "Person"]
    blocks = _program_blocks(ctx)
    for s, e, k in persons:
        if ctx.in_contact(s):
            continue
        ss, se = ctx.sent_span(s)
        sent = work[ss:se]
        role = None
        cue_pos = None
        for rx, r in PART_CUES:
            for m in rx.finditer(sent):
                pos = ss + m.start()
                if pos <= s and (cue_pos is None or pos > cue_pos or cue_pos > s):
                    role, cue_pos = r, pos
                elif pos > s and role is None:
                    role, cue_pos = r, pos
        ev = None
        block = next((b for b in blocks if b[0] <= s < b[1]), None)
        if block:
            own = [x for x in ctx.ents_in(ss, s, {"Event"})]
            ev = own[-1][2] if own else block[2]
            role = role or "intervenant"
        if role is None:
            continue
        if ev is None:
            near = event_near(ctx, cue_pos if cue_pos is not None else s)
            ev = near[2] if near else None
        if ev is None:
            continue
        if role == "président":
            role = "président d'" + ctx.entities[ev].extra.get("head", "atelier") if ctx.entities[ev].extra.get("head", "a")[0] in "aeiou" \
                else "président de " + ctx.entities[ev].extra.get("head", "séance")
        ctx.add_rel("participates", k, ev, cue_pos if cue_pos is not None else s, e, role=role)
    # "une conférence de Jean-Louis Laville": the speaker is in the event's name
    for s, e, k in event_mentions(ctx):
        for ps_, pe_, pk in ctx.ents_in(s, e, {"Person"}):
            if re.search(r"\b(?:de|d['’]|par|avec)\s*$", work[max(s, ps_ - 6):ps_]):
                ctx.add_rel("participates", pk, k, s, e, role="intervenant")
    # organisations that testify ("un témoignage de Plateau Urbain")
    for m in re.finditer(r"t[ée]moignages?\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*", work, re.IGNORECASE):
        ev = event_near(ctx, m.start())
        if ev:
            for s, e, k in list_after(ctx, m.end(), ORGS_ONLY):
                ctx.add_rel("participates", k, ev[2], m.start(), e, role="témoin")


def _program_blocks(ctx: Ctx) -> list[tuple[int, int, str]]:
    """Lines ending with ':' that name an event, and the bullet lines that follow."""
    work = ctx.notes["work"]
    out = []
    for m in re.finditer(r"[^\n]*:\s*\n", work):
        ls, le = m.start(), m.end()
        evs = ctx.ents_in(ls, le, {"Event"})
        if not evs and re.match(r"\s*(?:au\s+)?programme\b", ctx.folded[ls:le]):
            prev = [x for x in ctx.spans if ctx.entities[x[2]].type == "Event" and ls - 1500 <= x[0] < ls]
            evs = [next(x for x in prev if x[2] == prev[-1][2])] if prev else []
            if prev:
                # the programme belongs to the main event announced before it: the first one named
                evs = [prev[0]]
        if not evs:
            continue
        end = le
        for line in re.finditer(r"[^\n]*\n?", work[le:]):
            t = line.group(0).strip()
            if not t:
                end = le + line.end()
                continue
            if t.startswith(("•", "-", "–", "*", "·")) or re.search(r"(?i)en présence|intervenant|animé", t) \
                    or re.match(r"\d{1,2}\s?h\s?\d{0,2}", t):
                end = le + line.end()
                continue
            break
        out.append((le, end, evs[0][2]))
    return out


# ---------------------------------------------------------------- ess_relations/1
PARTNER_CUE = re.compile(r"(?:en\s+)?(?:partenariats?|collaboration|coopération)\s+(?:promotionnel\s+|étroite?\s+)?avec\s*|"
                         r"avec\s+la\s+participation\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*|"
                         r"en\s+lien\s+avec\s*", re.IGNORECASE)
COOP_ENTRE = re.compile(r"(?:coopération|partenariat|collaboration)\s+entre\s*", re.IGNORECASE)
SPONSOR_CUE = re.compile(r"(?:parrain[ée]e?s?\s+par|soutenue?s?\s+par|financ[ée]e?s?\s+par|"
                         r"(?:avec|grâce\s+à|grâce\s+au)\s+(?:le\s+)?soutien\s+(?:financier\s+)?(?:de\s+la|de\s+l['’]|du|des|de|d['’])|"
                         r"et\s+le\s+soutien\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])|avec\s+l['’]appui\s+financier\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]))\s*",
                         re.IGNORECASE)
FOUND_VERB = re.compile(r"\b(?:lan(?:ce|cent|cera|ceront)|a\s+lancé|ont\s+lancé|cré(?:e|ent|era)|a\s+créé|ont\s+créé|"
                        r"fond(?:e|ent)|a\s+fondé|ont\s+fondé|propos(?:e|ent))\b", re.IGNORECASE)
PUB_VERB = re.compile(r"\b(?:publi(?:e|ent|era)|a\s+publié|ont\s+publié|(?:a|ont)\s+(?:également\s+)?présenté|présentent|édit(?:e|ent)|a\s+édité|sort(?:ent)?|"
                      r"r[ée]alis[ée]e?s?\s+par|publi[ée]e?s?\s+par|édit[ée]e?s?\s+par|co-?publi)", re.IGNORECASE)
SIGN_CUE = re.compile(r"(?:co-?)?sign[ée]e?s?\s+par\s*|signataires?\s*:\s*|entre\s*", re.IGNORECASE)
MEMBER_CUE = re.compile(r"\b(?:participe(?:nt)?|fai(?:t|saient|sait)\s+partie)\s+(?:au|à\s+la|à\s+l['’]|aux|du|de\s+la|de\s+l['’])\s*(?=[A-ZÉ])|"
                        r"\badh(?:ésion|ère|èrent)\s+(?:de\s+la\s+(?:ville|commune|collectivité)\s+)?(?:au|à\s+la|à\s+l['’])\s*|"
                        r"\b(?:est|sont)\s+(?:désormais\s+|aussi\s+|également\s+|déjà\s+)?(?:membres?|adhérente?s?)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*|"
                        r"\b(?:a|ont)\s+(?:rejoint|adhéré\s+(?:à\s+la|à\s+l['’]|au|aux))\s*|siège\s+au\s+(?:CA|conseil d['’]administration)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*",
                        re.IGNORECASE)


def relations(ctx: Ctx) -> None:
    _founded(ctx)
    _part_of(ctx)
    _partners(ctx)
    _conventions(ctx)
    _sponsors(ctx)
    _event_partners(ctx)
    _publishes(ctx)
    _members(ctx)


def _partners(ctx: Ctx) -> None:
    work = ctx.notes["work"]
    auth = author(ctx)
    for m in PARTNER_CUE.finditer(work):
        partners = list_after(ctx, m.end(), ORGS_ONLY | {"Club"})
        if not partners:
            continue
        subj = subjects(ctx, m.start())
        if not subj:
            ss, _ = ctx.sent_span(m.start())
            g = generic_subject(ctx, ss, m.start())
            # title-like lines: the partnership is the author's
            subj = [(0, 0, g)] if g else ([(0, 0, auth)] if auth else [])
        for a in subj:
            for b in partners:
                ctx.add_rel("partner_of", a[2], b[2], min(a[0], m.start()) if a[1] else m.start(), b[1])
    for m in COOP_ENTRE.finditer(work):
        parts = list_after(ctx, m.end(), ORGS_ONLY)
        for a, b in combinations(parts, 2):
            ctx.add_rel("partner_of", a[2], b[2], m.start(), b[1])


def _convention_dates(ctx: Ctx) -> None:
    blocks = _program_blocks(ctx)
    for k, ent in ctx.entities.items():
        if ent.type != "Convention" or ent.attrs.get("date"):
            continue
        for s, e in sorted(ent.mentions):
            ss, se = ctx.sent_span(s)
            if not re.search(r"sign|paraph|conclu|renouvel", ctx.folded[ss:se]):
                continue  # "cette convention prévoit un forum le 15 avril": not the date of the agreement
            own = [d for d in ctx.dates if ss <= d.start < se and d.precision != "year"]
            if own:
                ent.attrs["date"] = own[0].resolve(doc_year(ctx.doc_date), [d.year for d in ctx.dates if d.year])
                break
            block = next((b for b in blocks if b[0] <= s < b[1]), None)
            evs = [x for x in ctx.ents_in(ss, se, {"Event"})]
            ev = block[2] if block else (evs[0][2] if evs else None)
            if ev and ctx.entities[ev].attrs.get("date"):
                ent.attrs["date"] = ctx.entities[ev].attrs["date"]
                break


def _conventions(ctx: Ctx) -> None:
    _convention_dates(ctx)
    work = ctx.notes["work"]
    founders: dict[str, list[str]] = ctx.notes.get("founders", {})
    for k, ent in ctx.entities.items():
        if ent.type != "Convention":
            continue
        signs: list[tuple[int, int, str]] = []
        for s, e in ent.extra.get("conv_mentions", []):
            ss, se = ctx.sent_span(s)
            av = re.match(r"\s*avec\s+", work[e:e + 10])
            if av:
                signs += list_after(ctx, e + av.end(), ORGS_ONLY)
            for m in SIGN_CUE.finditer(work, s, min(se, e + 80)):
                signs += list_after(ctx, m.end(), ORGS_ONLY | {"Person"})
                rest = fold(work[m.end():m.end() + 60])
                cm = re.match(r"(?:les|ses)\s+(?P<n>deux|trois|quatre|cinq|\d)\s+(?:initiateurs|partenaires|fondateurs|membres fondateurs|signataires)", rest)
                if cm:
                    n = COUNT_WORDS.get(cm.group("n"), 0)
                    for club, orgs in founders.items():
                        if len(orgs) == n:
                            signs += [(s, e, o) for o in orgs]
            # "X et Y signent une convention"
            m2 = re.search(r"\b(?:sign(?:ent|eront|era|e)|ont\s+signé|a\s+signé|(?:a|ont)\s+paraphé)\b", work[ss:s])
            if m2:
                signs += [x for x in ctx.ents_in(ss, ss + m2.start(), ORGS_ONLY | {"Person"})]
        # persons who sign for a party: "Bordeaux Métropole, représentée par X"
        for pk, ok in ctx.notes.get("represents", []):
            if any(x[2] == ok for x in signs):
                signs.append((0, 0, pk))
        seen = []
        for x in signs:
            if x[2] not in seen:
                seen.append(x[2])
                ctx.add_rel("signatory", x[2], k, x[0] if x[1] else ent.mentions[0][0], x[1] if x[1] else ent.mentions[0][1])
        kind = fold(ent.attrs.get("kind", "") + " " + ent.name)
        if re.search(r"partenaria|cooperation|collaboration", kind):
            orgs = [x for x in seen if ctx.entities[x].type != "Person"]
            for a, b in combinations(orgs, 2):
                s0 = ent.mentions[0][0] if ent.mentions else 0
                ctx.add_rel("partner_of", a, b, s0, s0 + 1)


def _sponsors(ctx: Ctx) -> None:
    work = ctx.notes["work"]
    for m in SPONSOR_CUE.finditer(work):
        sponsors = list_after(ctx, m.end(), ORGS_ONLY)
        if not sponsors:
            continue
        ss, se = ctx.sent_span(m.start())
        things = [x for x in ctx.ents_in(ss, se, THINGS) if not any(x[0] >= sp[0] and x[1] <= sp[1] for sp in sponsors)]
        target = None
        before = [x for x in things if x[0] < m.start()]
        if before:
            target = before[-1]
        elif things:
            target = things[0]
        else:
            i = ctx.sent_index(m.start())
            if i > 0:
                ps, pe = ctx.sents[i - 1]
                prev = ctx.ents_in(ps, pe, THINGS)
                target = prev[-1] if prev else None
        if target:
            for sp in sponsors:
                ctx.add_rel("sponsors", sp[2], target[2], min(target[0], m.start()), sp[1])


PARTNER_OF_EVENT = re.compile(r"\b(?:est|sont)\s+(?:également\s+|aussi\s+)?partenaires?\s+(?:officiels?\s+)?(?:de\s+l['’]|du\s|de\s+la\s|des\s)",
                              re.IGNORECASE)


def _event_partners(ctx: Ctx) -> None:
    work = ctx.notes["work"]
    for m in PARTNER_OF_EVENT.finditer(work):
        ss, se = ctx.sent_span(m.start())
        subj = [x for x in ctx.ents_in(ss, m.start(), ORGS_ONLY) if not _inside_thing(ctx, x)]
        tgt = ctx.ents_in(m.end(), se, THINGS)
        target = tgt[0] if tgt else event_near(ctx, m.start(), back=1500, types=frozenset({"Event", "Club"}))
        if target:
            for x in subj:
                ctx.add_rel("sponsors", x[2], target[2], x[0], m.end())


FOUND_PASSIVE = re.compile(r"\b(?:lancée?s?|créée?s?|fondée?s?|initiée?s?|mise?s?\s+en\s+place)\s+(?:en\s+\d{4}\s+)?par\s+", re.IGNORECASE)
PART_OF_CUE = re.compile(r",\s*(?:son\s+|sa\s+|l['’]|une?\s+)?(?:antenne|délégation|branche|déclinaison|représentation)\s+"
                         r"(?:régionale|territoriale|locale|départementale)?\s*(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])", re.IGNORECASE)


def _part_of(ctx: Ctx) -> None:
    work = ctx.notes["work"]
    for m in PART_OF_CUE.finditer(work):
        whole = list_after(ctx, m.end(), ORGS_ONLY)
        part = [x for x in ctx.spans if x[1] <= m.start() + 1 and x[1] >= m.start() - 1 and ctx.entities[x[2]].type in ORGS_ONLY]
        if whole and part:
            ctx.add_rel("part_of", part[-1][2], whole[0][2], part[-1][0], whole[0][1])


def _founded(ctx: Ctx) -> None:
    work = ctx.notes["work"]
    founders: dict[str, list[str]] = {}
    clubs = [k for k, e in ctx.entities.items() if e.type == "Club"]
    for m in FOUND_PASSIVE.finditer(work):
        ss, se = ctx.sent_span(m.start())
        tg = [x for x in ctx.ents_in(ss, m.start(), {"Club", "Network", "ESSOrganization"})]
        if not tg:
            continue
        who = list_after(ctx, m.end(), ORGS_ONLY)
        if not who:
            g = generic_subject(ctx, m.end(), min(se, m.end() + 20))
            who = [(m.end(), m.end() + 1, g)] if g else []
        for w in who:
            ctx.add_rel("founded", w[2], tg[-1][2], tg[-1][0], max(w[1], m.end()))
    for m in FOUND_VERB.finditer(work):
        ss, se = ctx.sent_span(m.start())
        targets = [x for x in ctx.ents_in(m.end(), se, {"Club", "Network"}) if ctx.entities[x[2]].type == "Club"]
        if not targets:
            if len(clubs) == 1 and re.search(r"(?i)\b(?:club|espace|réseau)\b", work[m.end():se]) and \
                    not re.match(r"(?i)lan", m.group(0).split()[-1]) or (len(clubs) == 1 and re.search(r"(?i)\bclub\b", work[m.end():se])):
                tgt = clubs[0]
            else:
                continue
        else:
            tgt = targets[0][2]
        orgs = [x for x in ctx.ents_in(ss, m.start(), ORGS_ONLY) if not _inside_thing(ctx, x)
                and not _after_cue(work, x[0], ss)]
        for o in orgs:
            ctx.add_rel("founded", o[2], tgt, ss, se)
            founders.setdefault(tgt, [])
            if o[2] not in founders[tgt]:
                founders[tgt].append(o[2])
    ctx.notes["founders"] = founders


def _after_cue(work: str, pos: int, ss: int) -> bool:
    """Organisations named after 'parrainé par', 'soutenu par'... are not founders."""
    return re.search(r"(?i)(?:parrain|soutenu|soutien|financ|pour\s+les|auprès)[^,;]{0,40}$", work[ss:pos]) is not None


def _publishes(ctx: Ctx) -> None:
    work = ctx.notes["work"]
    pubs = [(s, e, k) for s, e, k in ctx.spans if ctx.entities[k].type == "Publication"]
    for s, e, k in pubs:
        # owner in the title: "Rapport d'activité 2022 du RTES", "Communiqué de presse RTES"
        for os_, oe, ok in ctx.ents_in(s, e, ORGS_ONLY):
            if re.search(r"(?:\bdu|\bde\s+la|\bde\s+l['’]|\bdes|presse|activit[ée])\s*$", work[max(s, os_ - 20):os_], re.IGNORECASE):
                ctx.add_rel("publishes", ok, k, s, e)
        # bibliographic reference: "RTES, "Titre", 2021"
        m = re.search(r"(?:^|\W)(\S[^,\n]{1,60}),\s*$", work[max(0, s - 80):s])
        if m and re.match(r"\s*,\s*(?:19|20)\d\d", work[e:e + 10]):
            for x in ctx.ents_in(max(0, s - 80), s, ORGS_ONLY):
                ctx.add_rel("publishes", x[2], k, x[0], e)
    for s, e, k in pubs:
        # "Guide « Titre », RTES, 2015."
        m = re.match(r"\s*[»\"”]?\s*,\s*", work[e:e + 6])
        if m:
            after = ctx.ents_in(e, e + 80, ORGS_ONLY)
            if after and re.match(r"\s*,\s*(?:19|20)\d\d", work[after[0][1]:after[0][1] + 8]) and \
                    re.fullmatch(r"\s*[»\"”]?\s*,\s*", work[e:after[0][0]]):
                ctx.add_rel("publishes", after[0][2], k, s, after[0][1])
    for m in PUB_VERB.finditer(work):
        ss, se = ctx.sent_span(m.start())
        in_sent = [x for x in pubs if ss <= x[0] < se]
        if not in_sent:
            continue
        target = min(in_sent, key=lambda x: abs(x[0] - m.start()))
        if re.search(r"par", m.group(0)):
            authors = list_after(ctx, m.end(), ORGS_ONLY)
        else:
            authors = [x for x in ctx.ents_in(ss, m.start(), ORGS_ONLY) if not _inside_thing(ctx, x)]
        for a in authors:
            ctx.add_rel("publishes", a[2], target[2], min(a[0], m.start()), max(a[1], target[1]))


NEW_MEMBERS = re.compile(r"\b(?:nouve(?:aux|lles)\s+)(?:collectivités\s+)?(?:adhérente?s|membres)\s*:\s*", re.IGNORECASE)


def _members(ctx: Ctx) -> None:
    work = ctx.notes["work"]
    auth = author(ctx)
    if auth and ctx.entities[auth].type == "Network":
        # "Bienvenue à nos nouveaux adhérents : X, Y, Z" on a network's own page
        for m in NEW_MEMBERS.finditer(work):
            for x in list_after(ctx, m.end(), ORGS_ONLY):
                ctx.add_rel("member_of", x[2], auth, m.start(), x[1])
    for m in MEMBER_CUE.finditer(work):
        ss, se = ctx.sent_span(m.start())
        tgt = list_after(ctx, m.end(), {"Network", "Club"})
        if not tgt:
            continue
        first_cue = next(MEMBER_CUE.finditer(work, ss, se)).start()
        subj = [x for x in ctx.ents_in(ss, first_cue, ORGS_ONLY) if not _inside_thing(ctx, x) and x[2] != tgt[0][2]]
        if not subj:
            g = generic_subject(ctx, ss, first_cue)
            subj = [(ss, ss, g)] if g else []
        if not subj and re.match(r"\s*(?:elle|il|celle-ci|celui-ci)\b", ctx.folded[ss:first_cue]):
            # "Elle est membre d'ESS France": the first actor of the sentence before
            i = ctx.sent_index(ss)
            if i > 0:
                prev = [x for x in ctx.ents_in(*ctx.sents[i - 1], ORGS_ONLY) if x[2] != tgt[0][2]]
                subj = [(m.start(), m.start(), prev[0][2])] if prev else []
        if subj and subj[-1][1] > subj[-1][0]:
            # the whole list that ends with the subject: "la Ville de X, Y Métropole et le Département de Z ont rejoint"
            chain = [subj[-1]]
            for x in reversed(subj[:-1]):
                if LIST_GAP.match(work[x[1]:chain[0][0]]):
                    chain.insert(0, x)
                else:
                    break
            for x in chain:
                ctx.add_rel("member_of", x[2], tgt[0][2], x[0], tgt[0][1])
        elif subj:
            ctx.add_rel("member_of", subj[-1][2], tgt[0][2], m.start(), tgt[0][1])
