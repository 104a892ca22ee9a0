"""Sittings of deliberative bodies as events: "Réunie le lundi 25 novembre, la commission permanente
du Département de la Gironde a attribué …", "Lors de sa séance du 5 avril, le conseil métropolitain a
adopté …", "Prochaine séance : jeudi 13 décembre 2018".

A council, a commission permanente or a conseil d'administration is an `Event` when the text gives
the day it sat. It is named after its body, its collectivité or network, and its day ("Conseil
municipal de Poitiers du 27 septembre 2021"); the collectivité or network organises it. A body
named with no day ("le conseil régional", "le conseil d'administration a coopté") stays what it was.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from .base import Ctx, Mention, fold
from .dates import doc_year
from .registry import register

# the body, as written; group "own" is a complement that is itself the owner ("conseil de l'Eurométropole")
BODY_RE = re.compile(
    r"\b(?P<b>conseil\s+(?:municipal|communautaire|metropolitain|de\s+territoire|departemental|regional|d'administration|"
    r"de\s+communaute)|commission\s+permanente|bureau\s+communautaire|conseil(?=\s+de\s+(?:la\s+|l')(?:metropole|eurometropole)\b))\b")
# the subtype of collectivité each body belongs to, to find its owner when the text does not say it
BODY_KIND = {"conseil municipal": ("Commune",), "conseil communautaire": ("EPCI", "EPT"),
             "bureau communautaire": ("EPCI", "EPT"), "conseil metropolitain": ("EPCI",),
             "conseil de territoire": ("EPT", "EPCI"), "conseil de communaute": ("EPCI",),
             "conseil": ("EPCI",), "conseil departemental": ("Departement",),
             "conseil regional": ("Region",), "commission permanente": ("Departement", "Region")}
# words that make the mention a sitting: the day it sat, a meeting verb, a deliberation
SAT_RE = re.compile(r"\b(?:seance|session|reuni(?:e|s|es)?|s'est\s+reuni|se\s+reunira|siegeant)\b")
DECIDED_RE = re.compile(r"\b(?:a|ont|avait|avaient)\s+(?:notamment\s+|egalement\s+|aussi\s+|ainsi\s+|deja\s+|enfin\s+)?"
                        r"(?:adopte|vote|approuve|valide|attribue|decide|delibere|enterine|acte|accorde|alloue|autorise|"
                        r"coopte|elu|designe|retenu)\b")
_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
           "décembre"]


def sittings(ctx: Ctx) -> None:
    folded = ctx.folded
    dy = doc_year(ctx.doc_date)
    years = [d.year for d in ctx.dates if d.year]
    bodies: list[tuple[int, str, Optional[str]]] = []   # every body named, with its owner
    named: dict[str, str] = {}   # (body, owner) -> event key of its dated sitting, for undated repeats
    for m in BODY_RE.finditer(folded):
        s, e = m.start(), m.end()
        if ctx.in_contact(s) or _inside_post(folded, s):
            continue
        body = re.sub(r"\s+", " ", m.group("b"))
        owner, oend = _owner(ctx, body, e)
        bodies.append((s, body, owner))
        ss, se = ctx.sent_span(s)
        date = _sitting_date(ctx, s, e, ss, se)
        if date is None:
            key = named.get(f"{body}|{owner}")
            if key and not _is_name_of_collectivite(ctx, s):
                _mention(ctx, key, s, max(e, oend or e))  # "le conseil métropolitain" again, after its dated sitting
            continue
        if body in ("conseil departemental", "conseil regional") and not SAT_RE.search(folded[ss:se]):
            continue  # "le Conseil départemental a voté le 12 mars": the collectivité acting, not a sitting
        iso = date.resolve(dy, years)
        if not iso:
            continue
        key = _register_sitting(ctx, body, owner, iso, s, max(e, oend or e))
        named[f"{body}|{owner}"] = key
        _seance_mention(ctx, key, ss, se)
    _lone_seances(ctx, bodies, dy, years)
    _sitting_roles(ctx)


# "sous la présidence de Gérard Fauvel", "Rapporteure : Sylvie Marchetti": roles in the one sitting of the minutes
CHAIR_RE = re.compile(r"\bsous\s+la\s+présidence\s+(?:de\s+|d['’])(?:M\.\s+|Mme\s+|Monsieur\s+|Madame\s+)?", re.IGNORECASE)
RAPPORTEUR_RE = re.compile(r"(?m)^[ \t]*(?P<r>[Rr]apporteu(?:r|se|re))\s*:\s*")


def _sitting_roles(ctx: Ctx) -> None:
    sittings_ = {k for k, e in ctx.entities.items() if e.type == "Event" and e.extra.get("head") == "seance" and e.mentions}
    if len(sittings_) != 1:
        return
    key = sittings_.pop()
    from .event_links import _feminine
    work = ctx.notes["work"]
    for rx in (CHAIR_RE, RAPPORTEUR_RE):
        for m in rx.finditer(work):
            who = [x for x in ctx.starting_in(m.end(), m.end() + 60, {"Person"}) if x[0] == m.end()]
            if not who:
                continue
            if rx is CHAIR_RE:
                role = "présidente de séance" if _feminine(ctx, who[0][2]) else "président de séance"
            else:
                role = m.group("r").lower()
            ctx.add_rel("participates", who[0][2], key, m.start(), who[0][1], role=role)


def _inside_post(folded: str, s: int) -> bool:
    """"conseillère municipale", "vice-président du conseil départemental", "membre du conseil
    d'administration": a post names the body, it does not report a sitting."""
    return re.search(r"\b(?:president|presidente|vice-presidente?|membre|membres|elue?s?|siege|sieger|administrateur|"
                     r"administratrice|collegue|majorite|opposition|groupe)s?\s+(?:au|du|de\s+la|de\s+l')\s*$",
                     folded[max(0, s - 40):s]) is not None


def _is_name_of_collectivite(ctx: Ctx, s: int) -> bool:
    hit = ctx.ent_at(s)
    return hit is not None and ctx.entities[hit[2]].type == "Collectivite"


def _owner(ctx: Ctx, body: str, end: int) -> tuple[Optional[str], Optional[int]]:
    """The collectivité or network whose body this is: written after it ("de Poitiers", "du RTES"),
    else the one of the body's kind the text names most."""
    work = ctx.notes["work"]
    of = re.match(r"\s*(?:de\s+la\s+|de\s+l['’]\s?|du\s+|de\s+|d['’]\s?|des\s+)", work[end:end + 8])
    at = end + of.end() if of else None
    if body == "conseil":
        at = end + len(re.match(r"\s*de\s+(?:la\s+|l['’]\s?)", work[end:end + 8]).group(0))
    if at is not None:
        hit = next(((s_, e_, k) for s_, e_, k in ctx.spans if s_ <= at < e_), None)
        if hit and ctx.entities[hit[2]].type in ("Collectivite", "Network", "ESSOrganization", "PublicBody"):
            return hit[2], hit[1]
    if body == "conseil d'administration":
        return _most_named(ctx, {"Network", "ESSOrganization"}), None
    kinds = BODY_KIND.get(body, ())
    return _most_named(ctx, {"Collectivite"}, kinds), None


def _most_named(ctx: Ctx, types: set, subtypes: tuple = ()) -> Optional[str]:
    cnt = Counter()
    for k, ent in ctx.entities.items():
        if ent.type in types and ent.mentions and (not subtypes or ent.subtype in subtypes):
            cnt[k] = (len(ent.mentions), -ent.first)
    return max(cnt, key=cnt.get) if cnt else None


def _sitting_date(ctx: Ctx, s: int, e: int, ss: int, se: int):
    """The day the body sat, when the sentence says it: "du 27 septembre" right after the body,
    "séance du 5 avril", "réunie le 8 février", or a day and a decision verb ("le 12 mars, … a adopté")."""
    folded = ctx.folded
    days = [d for d in ctx.dates if ss <= d.start < se and d.precision == "day"]
    if not days:
        return None
    right = [d for d in days if e <= d.start <= e + 40 and re.fullmatch(r"[\s\w'-]*?\b(?:du|le)\s+", folded[e:d.start])
             and not re.search(r"[,;:]", ctx.notes["work"][e:d.start])]
    if right:
        return right[0]
    # "réunie le 8 février", "lors de sa séance du 5 avril", "pour sa dernière séance de l'année, le mardi 15 décembre"
    sat = [d for d in days if re.search(r"(?:(?:seance|session)\b[^.;:]{0,25}?,?\s*(?:du|le|ce|en\s+date\s+du)|"
                                        r"(?:reuni(?:e|s|es)?|se\s+reunira|s'est\s+reuni)(?:\s+(?:du|le|ce|en\s+date\s+du))?)\s*$",
                                        folded[max(ss, d.start - 45):d.start])]
    if sat:
        return sat[0]
    if "\n" not in folded[ss:se].strip() and DECIDED_RE.search(folded[e:se]) and len(days) == 1 \
            and re.search(r"\b(?:le|ce|lors\s+de\s+sa\s+seance\s+du)\s+[^,]{3,30},\s*(?:le|la|les)\s*$", folded[ss:s]):
        return days[0]   # "Le 12 mars, le conseil communautaire a adopté …"
    return None


def _seance_mention(ctx: Ctx, key: str, ss: int, se: int) -> None:
    """"Lors de sa séance du vendredi 5 avril": the séance phrase names the same sitting."""
    for m in re.finditer(r"\bseance\s+du\s+", ctx.folded[ss:se]):
        d = next((d for d in ctx.dates if d.start == ss + m.end()), None)
        if d is not None:
            _mention(ctx, key, ss + m.start(), d.end)


def _lone_seances(ctx: Ctx, bodies: list, dy, years) -> None:
    """"Séance du jeudi 27 septembre 2018 : ce qu'il faut retenir", "Prochaine séance : jeudi 13
    décembre 2018": a sitting whose body is not in the sentence is one of the body the page is about
    (the nearest one named before, else after)."""
    if not bodies:
        return
    for d in ctx.dates:
        if d.precision != "day" or ctx.ents_in(d.start, d.end, {"Event"}):
            continue
        lead = ctx.folded[max(0, d.start - 30):d.start]
        m = re.search(r"\b(?:(?:prochaine|derniere)\s+)?(?:seance|session)(?:\s+(?:publique|pleniere|suivante))?\s*(?::|du|le)\s*$", lead)
        if not m:
            continue
        ss, se = ctx.sent_span(d.start)
        if BODY_RE.search(ctx.folded, ss, se) or re.search(r"\b(?:atelier|formation|webinaire|module|cycle|groupe|club)",
                                                            ctx.folded[ss:d.start]):
            continue
        before = [b for b in bodies if b[0] < d.start]
        body, owner = (before[-1] if before else bodies[0])[1:]
        iso = d.resolve(dy, years)
        if iso:
            _register_sitting(ctx, body, owner, iso, d.start - len(lead) + m.start(), d.end)


def _register_sitting(ctx: Ctx, body: str, owner: Optional[str], iso: str, s: int, e: int) -> str:
    name, variants = _names(ctx, body, owner, iso)
    m = Mention(s, e, ctx.text[s:e], "Event", name, source="ess_sittings/1", key="ev:sitting:" + fold(name))
    key = register(ctx, m)
    ent = ctx.entities[key]
    ent.name = name
    ent.extra.update(head="seance", specific_name=True, sitting_owner=owner)
    ent.attrs.setdefault("date", iso)
    for v in variants:
        if v not in ent.extra.setdefault("alt_names", []):
            ent.extra["alt_names"].append(v)
    if owner:
        ctx.add_rel("organizes", owner, key, s, e)
    return key


def _mention(ctx: Ctx, key: str, s: int, e: int) -> None:
    ent = ctx.entities[key]
    register(ctx, Mention(s, e, ctx.text[s:e], "Event", ent.name, source="ess_sittings/1", key=next(iter(ent.keys)),
                          alias_only=True))


def _names(ctx: Ctx, body: str, owner: Optional[str], iso: str) -> tuple[str, list[str]]:
    """"Conseil municipal de Poitiers du 27 septembre 2021", and the shorter forms annotators use."""
    label = {"conseil metropolitain": "Conseil métropolitain", "conseil departemental": "Conseil départemental",
             "conseil regional": "Conseil régional", "conseil de communaute": "Conseil de communauté"}.get(
        body, body[:1].upper() + body[1:])
    day = _day(iso)
    day_no_year = _day(iso, year=False)
    oname = ctx.entities[owner].name if owner else None
    if oname:
        full = f"{'Conseil' if body == 'conseil' else label} {_of(oname)}{oname}"
    else:
        full = label
    name = f"{full} du {day}"
    variants = [f"{label} du {day}", f"Séance du {label.lower()} du {day}", f"{full} du {day_no_year}",
                f"{label} du {day_no_year}"]
    return name, [v for v in dict.fromkeys(variants) if v != name]


def _day(iso: str, year: bool = True) -> str:
    m = re.fullmatch(r"(\d{4}|-)-(\d\d)-(\d\d)", iso)
    if not m:
        return iso
    d = int(m.group(3))
    text = f"{'1er' if d == 1 else d} {_MONTHS[int(m.group(2)) - 1]}"
    return f"{text} {m.group(1)}" if year and m.group(1) != "-" else text


def _of(name: str) -> str:
    """"du Département de la Gironde", "de la Région", "de l'Eurométropole de Strasbourg", "d'Angers", "du RTES"."""
    first = name.split()[0]
    if first in ("Département", "Conseil"):
        return "du "
    if first in ("Région", "Ville", "Communauté", "CRESS", "Chambre", "Métropole"):
        return "de la "
    if first in ("Eurométropole", "Agglomération", "Établissement"):
        return "de l'"
    if re.fullmatch(r"[A-Z]{2,8}", first):
        return "de l'" if first[0] in "AEIOU" else "du "
    if first[:1] in "AEIOUÉÈÎ":
        return "d'"
    return "de "
