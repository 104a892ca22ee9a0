"""Meetings of clubs and working groups as events: "Le groupe de travail « Alimentation durable »
s'est réuni le 5 février à Montreuil", "Sa prochaine réunion se tiendra à Épinal le 9 novembre",
"Première réunion en ligne le 12 avril", "retour sur la séance du 9 mars".

A club or working group (a `Club`, found by ess_clubs) meets on a given day; that meeting is an
`Event` the club organises, named after it ("Réunion du groupe de travail « Alimentation durable »",
"Première séance du Club des collectivités pour l'ESS en Hauts-de-France"). When the text gives two
meetings of one club, each name carries its day ("… du 9 mars"). A club that "se réunit trois fois
par an" has no meeting of its own: a meeting needs a day, or a place it is planned at.
"""
from __future__ import annotations

import re
from typing import Optional

from .base import Ctx, Mention, fold
from .dates import doc_year
from .registry import overlaps, register
from .sittings import BODY_RE, _day

_NOUN = r"(?P<n>seance|reunion|rencontre|rendez-vous)"
_ORD = r"(?P<o>premiere|premier|prochaine|prochain|derniere|dernier|deuxieme|seconde|second|nouvelle|nouveau)"
# "sa première séance", "Première réunion en ligne", "la séance du 9 mars", "prochain rendez-vous du Club"
NOMINAL = re.compile(rf"(?:\b(?P<d>sa|son|leur|la|le|une|un)\s+)?(?:\b{_ORD}\s+)?\b{_NOUN}\b")
# "s'est réuni le 5 février", "se retrouvera le jeudi 17 juin", "se réunira pour la première fois le …"
VERBAL = re.compile(r"\b(?:s'est|se\s+sont|se)\s+(?:reuni(?:e|s|es)?|reunira|reuniront|retrouvera|retrouveront|"
                    r"retrouve(?:e|s|es)?)\b(?P<first>\s+pour\s+la\s+premiere\s+fois)?")
# a sentence whose subject is the club just named: "Le groupe se retrouvera …", "Sa première séance …"
ANAPHOR = re.compile(r"^\W*(?:le\s+groupe|le\s+club|ce\s+club|ce\s+groupe|il|elle|sa|son|ses|leur)\b")
PLANNED_AT = re.compile(r"[^.;]{0,40}?\b(?:prevue?s?|programmee?s?)\s+a\s+")  # "… du Club, prévu à Cherbourg"
_LABEL = {"seance": "Séance", "reunion": "Réunion", "rencontre": "Rencontre", "rendez-vous": "Rendez-vous"}
_ORD_LABEL = {"premier": "Premier", "premiere": "Première", "prochain": "Prochain", "prochaine": "Prochaine",
              "dernier": "Dernier", "derniere": "Dernière", "deuxieme": "Deuxième", "second": "Second",
              "seconde": "Seconde", "nouveau": "Nouveau", "nouvelle": "Nouvelle"}
_FEMININE = {"seance", "reunion", "rencontre"}
_MASC = {"premiere": "premier", "prochaine": "prochain", "derniere": "dernier", "seconde": "second", "nouvelle": "nouveau"}
_REACH = 600   # how far back a club named before still is the subject of "Sa prochaine réunion"


def meetings(ctx: Ctx) -> None:
    clubs = sorted((s, e, k) for s, e, k in ctx.spans if ctx.entities[k].type == "Club")
    if not clubs:
        return
    dy = doc_year(ctx.doc_date)
    years = [d.year for d in ctx.dates if d.year]
    found: list[dict] = []
    for ss, se in ctx.sents:
        sent = ctx.folded[ss:se]
        if BODY_RE.search(sent):
            continue  # a council sitting is ess_sittings' business
        club = _club_of(ctx, clubs, ss, se, far=re.match(r"\W*(?:le|ce)\s+(?:groupe|club)\b", sent) is not None)
        if club is None:
            continue
        for m in VERBAL.finditer(sent):
            s = ss + m.start()
            if not any(cs < s for cs, _, k in clubs if k == club and ss <= cs) and not ANAPHOR.match(sent):
                continue  # the club must be the subject: named before the verb, or taken up by "le groupe"
            day = _day_after(ctx, s + len(m.group(0)), se)
            if day is not None:
                found.append(dict(club=club, noun="reunion", ord="premiere" if m.group("first") else None,
                                  day=day, place=None, s=s, e=day.end))
        for m in NOMINAL.finditer(sent):
            s, e = ss + m.start(), ss + m.end()
            if overlaps(ctx, s, e, {"Event"}):
                continue
            det, ordw = m.group("d"), m.group("o")
            ofm = re.match(r"\s+(?:du|de\s+ce)\s+", ctx.folded[e:e + 12])
            of_club = ofm is not None and (re.match(r"(?:club|groupe)\b", ctx.folded[e + ofm.end():e + ofm.end() + 7]) is not None
                                           or any(cs == e + ofm.end() for cs, _, k in clubs if k == club))
            if not (ordw or det in ("sa", "son", "leur") or of_club
                    or det == "la" and re.match(r"\s+du\s+\d", ctx.folded[e:e + 8])):
                continue  # "la réunion", "une rencontre": nothing ties it to the club
            day = _day_after(ctx, e, se, reach=90)
            place = None
            if day is None:
                pm = PLANNED_AT.match(ctx.folded, e, se)
                if not pm or not ctx.text[pm.end():pm.end() + 1].isupper():
                    continue
                place = True
            found.append(dict(club=club, noun=m.group("n"), ord=ordw, day=day, place=place, s=s,
                              e=day.end if day is not None else e))
    _register(ctx, found, dy, years)


def _club_of(ctx: Ctx, clubs: list, ss: int, se: int, far: bool = False) -> Optional[str]:
    """The club the sentence speaks of: one named in it, else the last one named shortly before (or
    anywhere before when the sentence takes it up, "Le groupe se retrouvera …"), else, for a heading,
    the first one named in the lines under it."""
    inside = [k for cs, _, k in clubs if ss <= cs < se]
    if inside:
        return inside[0]
    before = [(cs, k) for cs, _, k in clubs if (far or ss - _REACH <= cs) and cs < ss]
    if before:
        return before[-1][1]
    line = ctx.text[ss:se].strip()
    if len(line) < 150 and "\n" not in line and not line.endswith((".", "!", "?", ";")):
        after = [k for cs, _, k in clubs if se <= cs < se + _REACH]
        return after[0] if after else None
    return None


def _day_after(ctx: Ctx, pos: int, se: int, reach: int = 60):
    """The first full day written after pos in the sentence ("le 5 février", "le mardi 12 décembre 2023")."""
    for d in ctx.dates:
        if pos <= d.start < min(se, pos + reach) and d.precision == "day" and not ctx.ents_in(d.start, d.end, {"Event"}):
            return d
    return None


def _register(ctx: Ctx, found: list[dict], dy, years) -> None:
    by_club: dict[str, list[dict]] = {}
    for f in found:
        f["iso"] = f["day"].resolve(dy, years) if f["day"] is not None else None
        if f["day"] is not None and not f["iso"]:
            continue
        same = next((g for g in by_club.get(f["club"], []) if g["iso"] == f["iso"]), None)
        if same is not None:
            same.setdefault("more", []).append(f)
            continue
        by_club.setdefault(f["club"], []).append(f)
    for club, meets in by_club.items():
        dated = len(meets) > 1
        for f in meets:
            name, variants = _names(ctx.entities[club].name, f, dated)
            key = "ev:meeting:" + fold(name)
            for g in [f] + f.get("more", []):
                k = register(ctx, Mention(g["s"], g["e"], ctx.text[g["s"]:g["e"]], "Event", name,
                                          source="ess_meetings/1", key=key))
            ent = ctx.entities[k]
            ent.name = name
            ent.extra.update(head="reunion", specific_name=True)
            if f["iso"]:
                ent.attrs.setdefault("date", f["iso"])
            for v in variants:
                if v not in ent.extra.setdefault("alt_names", []):
                    ent.extra["alt_names"].append(v)
            ctx.add_rel("organizes", club, k, f["s"], f["e"])


def _names(club: str, f: dict, dated: bool) -> tuple[str, list[str]]:
    """"Première séance du Club des collectivités pour l'ESS en Hauts-de-France", "Réunion du groupe
    de travail « Alimentation durable »", and the shorter or plainer forms as variants."""
    of = _of_club(club)
    day = _day(f["iso"], year=False) if f["iso"] else None
    nouns = [f["noun"]] + [n for n in ("reunion", "seance") if n != f["noun"]]
    if f["noun"] == "rendez-vous":
        nouns.append("rencontre")
    forms = []
    for n in nouns:
        ordw = f["ord"]
        if ordw and n not in _FEMININE:
            ordw = _MASC.get(ordw, ordw)
        elif ordw and n in _FEMININE and ordw in _MASC.values():
            ordw = next(k for k, v in _MASC.items() if v == ordw)
        for o in ([ordw, None] if ordw else [None]):
            base = f"{_ORD_LABEL[o]} {_LABEL[n].lower()}" if o else _LABEL[n]
            full = f"{base} {of}"
            forms += [f"{full} du {day}", full] if dated and day else [full] + ([f"{full} du {day}"] if day else [])
    forms = list(dict.fromkeys(forms))
    return forms[0], forms[1:]


def _of_club(club: str) -> str:
    """"du groupe de travail « X »", "du Club ESS de Cergy-Pontoise", "de l'Alliance ESS & Territoires"."""
    first = club.split()[0]
    if first == "Groupe":
        return "du " + club[:1].lower() + club[1:]
    if fold(first[:1]) in "aeiouh":
        return "de l'" + club
    if first in ("Club", "Comité", "Collectif", "Cercle", "Conseil"):
        return "du " + club
    return "de " + club
