"""ess_event_links/1: event dates and places (with sub-events inheriting them),
organisers (organizes), speakers and guests (participates), places (located_in).
"""
from __future__ import annotations

import datetime as _dt
import re
from typing import Optional

from .base import Ctx, fold
from .dates import doc_year
from .lexicon import ANY_ROLE_RE
from .refs import (AGENTS, main_event, COUNT_WORDS, FRAMING, ORGS_ONLY, SUB_HEADS, _inside_thing, last_list_of, author, event_mentions, event_near,
                   generic_list_after, bullet_items, generic_subject, list_after)

# ---------------------------------------------------------------- ess_event_links/1
def event_links(ctx: Ctx) -> None:
    _event_dates_places(ctx)
    _heading_date_line_places(ctx)
    _organizes(ctx)
    _participates(ctx)
    _opening_lines(ctx)
    _laureates(ctx)
    _represented_at(ctx)
    _org_participation(ctx)
    _dateline_places(ctx)
    _sub_event_places(ctx)
    _programme_places(ctx)
    # the Mois de l'ESS is a national month: the town of one of its events is not its place, unless
    # its name gives one ("Mois de l'ESS en Indre-et-Loire")
    ctx.rels = [r for r in ctx.rels if not (r.type == "located_in" and ctx.entities[r.source].extra.get("head") == "mois de l'ess"
                                            and not _named_in(ctx.entities[r.target], ctx.entities[r.source]))]


def _named_in(place, ev) -> bool:
    names = {fold(n) for n in (place.name, *place.surfaces)} | {fold(re.sub(r"^(?:Département|Région)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*", "", place.name))}
    return any(n and n in fold(" ".join((ev.name, *ev.surfaces))) for n in names)


def _programme_places(ctx: Ctx) -> None:
    """A programme's workshops and round tables, listed after the event they belong to and given no
    place of their own, are held where it is ("Vendredi 22 novembre – Caen" above "Atelier 1 …")."""
    main = main_event(ctx)
    place = _located(ctx, main) if main else None
    if not place:
        return
    first, day = ctx.entities[main].first, ctx.entities[main].attrs.get("date")
    for k, ent in ctx.entities.items():
        if k == main or ent.type != "Event" or not ent.mentions or ent.first < first or ent.extra.get("head") not in _SUB \
                or _located(ctx, k):
            continue
        if ent.attrs.get("date") and day and not str(ent.attrs["date"]).startswith(str(day)[:10]):
            continue  # another day: not one of its sessions
        s, e = ent.mentions[0]
        ctx.add_rel("located_in", k, place, s, e)


def _located(ctx: Ctx, k: str) -> Optional[str]:
    return next((r.target for r in ctx.rels if r.type == "located_in" and r.source == k), None)


def _heading_date_line_places(ctx: Ctx) -> None:
    """A title line, then "Vendredi 22 novembre – Caen" or "Jeudi 12 octobre 2017 – Hôtel de Région,
    Bordeaux": the commune that closes the date line under the event's heading is its place."""
    work = ctx.notes["work"]
    for s, e, k in event_mentions(ctx):
        ls = work.rfind("\n", 0, s) + 1
        le = work.find("\n", e)
        rest = re.sub(r"^\s*[–—:-]\s*[«\"“][^»\"”\n]*[»\"”]\s*$", "", work[e:le]) if le >= 0 else ""
        if le < 0 or work[ls:s].strip() or rest.strip(" »\"") or _located(ctx, k):
            continue  # not a heading that is the event's name alone
        dated = False
        for line in re.finditer(r"[^\n]+", work[le:le + 300]):
            l0, l1 = le + line.start(), le + line.end()
            if "\n\n" in work[le:l0]:
                break  # the heading's block ends at the first blank line
            ds = [d for d in ctx.dates if l0 <= d.start < l1]
            colls = [x for x in ctx.ents_in(l0, l1, {"Collectivite"}) if ctx.entities[x[2]].subtype == "Commune"]
            # (a venue may follow the commune: "Jeudi 13 novembre – Caen, Centre des congrès")
            tail_ok = colls and (not work[colls[-1][1]:l1].strip(" .)")
                                 or re.fullmatch(r",\s*[A-ZÉ][^,;:\n\d]{2,50}", work[colls[-1][1]:l1].rstrip(" ."))
                                 # "Vendredi 22 novembre – Caen, siège de la Communauté urbaine Caen la Mer"
                                 or re.fullmatch(r",\s*(?:siège|au\s+siège|dans\s+les\s+locaux|dans\s+la\s+salle|à\s+la\s+salle|à\s+l['’]hôtel|"
                                                 r"à\s+la\s+maison|au\s+centre|à\s+l['’]espace|au\s+palais)\b[^;:\n\d]{2,70}",
                                                 work[colls[-1][1]:l1].rstrip(" ."), re.IGNORECASE)) is not None
            if ds and tail_ok and colls[-1][0] > ds[0].start and re.search(r"[–—|,-]", work[ds[0].end:colls[-1][0]]) \
                    or dated and not ds and tail_ok and l1 - l0 < 90 and re.search(r"[–—|,-]\s*$", work[l0:colls[-1][0]]):
                # "Mardi 21 novembre 2023 – Saint-Denis", or the venue line under the date line: "Université Paris 8 – Saint-Denis"
                ctx.add_rel("located_in", k, colls[-1][2], l0, l1)
                ctx.entities[k].attrs.setdefault("place", ctx.entities[colls[-1][2]].name)
                break
            dated = dated or bool(ds)
            if not line.group(0).lstrip().startswith("«") and not ds:
                break  # only the lines right under the heading: its quoted subtitle, its date line, its venue line


def _sub_event_places(ctx: Ctx) -> None:
    """Workshops, round tables and the like of a day take the day's commune (a sub-event is where its
    event is), unless the text places them elsewhere: the event of their programme, else the main
    event named before them. Those of a programme also take its day when they have none."""
    blocks = _program_blocks(ctx)
    evs = sorted({k: ctx.entities[k].first for s, e, k in event_mentions(ctx)}.items(), key=lambda kv: kv[1])
    for k, first in evs:
        ent = ctx.entities[k]
        if ent.extra.get("head") not in SUB_HEADS:
            continue
        block = next((b for b in blocks if b[0] <= first < b[1]), None)
        main = block[2] if block and block[2] != k else None
        if main and "date" not in ent.attrs and "date" in ctx.entities[main].attrs:
            ent.attrs["date"] = ctx.entities[main].attrs["date"]  # a workshop of the day's programme is on that day
            ent.extra["date_inherited"] = True
        if main is None:
            before = [m for m, f in evs if f < first and ctx.entities[m].extra.get("head") not in SUB_HEADS | {"mois de l'ess"}
                      and first - f < 3000]
            main = before[-1] if before else None
        place = _located(ctx, main) if main else None
        if place is None or _located(ctx, k):
            continue
        d_sub, d_main = ent.attrs.get("date"), ctx.entities[main].attrs.get("date")
        if d_sub and d_main and d_sub[:4] == d_main[:4] and not (d_main <= d_sub <= _plus_days(d_main, 5)):
            continue  # a workshop on another day is not part of this event
        if not block:
            # outside a programme: the main event must be named in the workshop's paragraph (line), or the
            # workshop's own date must fall within the event's days
            work = ctx.notes["work"]
            ps, pe = work.rfind("\n", 0, first), work.find("\n", first)
            pe = len(work) if pe < 0 else pe
            same_par = any(ps < x[0] < pe for x in ctx.spans if x[2] == main)
            # (a workshop or round table dated by the event it follows is a part of it; a debate may stand alone)
            own_day = d_sub and d_main and d_main <= d_sub <= _plus_days(d_main, 5) and (
                not ent.extra.get("date_inherited") or ent.extra.get("head") in ("atelier", "table ronde", "pleniere", "conference"))
            if not same_par and not own_day:
                continue
        ctx.add_rel("located_in", k, place, first, first + 1)
        ent.attrs.setdefault("place", ctx.entities[place].name)


DATELINE = re.compile(r"[ \t]*(?P<rest>[.:–—-][ \t]+\S[^\n]*|[ \t]*\([^()\n]{2,30}\)[ \t]*[.:–—-][ \t]+\S[^\n]*)?[ \t]*$")


_NOT_IN_TOWN = {"mois de l'ess", "webinaire", "seance", "conseil municipal", "commission permanente", "conseil communautaire"}
LEAD_CHARS = 1200


def _dateline_places(ctx: Ctx) -> None:
    """A local paper's dateline ("LIMOUX" on a line of its own, "Plouguerneau. La Grange Commune a ouvert…",
    "Marmande : …") at the head of the article: the events it reports that the text places nowhere else
    take place in that commune."""
    work = ctx.notes["work"]
    head_end = min(len(work), 900)
    town = None
    for line in re.finditer(r"[^\n]+", work[:head_end]):
        ls, le = line.start(), line.end()
        if re.search(r"[›>/|]", line.group(0)):
            continue  # a breadcrumb ("Accueil › Actualités › Marmande") names the paper's section, not the place
        first = [x for x in ctx.starting_in(ls, le, {"Collectivite"}) if not work[ls:x[0]].strip()][:1]
        if not first and line.group(0).strip().isupper():
            # "LIMOUX": a capitalised dateline the name finder left alone, when the commune is named in the text
            same = [k for k, e in ctx.entities.items() if e.type == "Collectivite" and e.subtype == "Commune"
                    and fold(e.name).replace("-", " ") == fold(line.group(0).strip()).replace("-", " ")]
            first = [(ls + len(line.group(0)) - len(line.group(0).lstrip()), le, same[0])] if same else []
        if first and ctx.entities[first[0][2]].subtype == "Commune" and DATELINE.match(work, first[0][1], le):
            town = first[0]
            break
    if town is None:
        return
    for s, e, k in event_mentions(ctx):
        ent = ctx.entities[k]
        if s < town[1] or ent.first < town[0] or _located(ctx, k) or ent.extra.get("head") in _NOT_IN_TOWN:
            continue
        if ent.first - town[1] > LEAD_CHARS:
            continue  # the article's lead: what comes later may be another event, elsewhere
        if FRAMING.search(ctx.folded[max(0, s - 30):s]) or re.search(r"(?i)\bnationa|\brégiona", ent.name):
            continue  # a frame ("dans le cadre du …") or a national or regional meeting may be held elsewhere
        ctx.add_rel("located_in", k, town[2], town[0], town[1])
        ent.attrs.setdefault("place", ctx.entities[town[2]].name)


def _host_towns(ctx: Ctx) -> None:
    """"Le forum sera accueilli par la Ville de Vandœuvre-lès-Nancy": a commune that hosts an event
    placed nowhere else is where it takes place."""
    for r in list(ctx.rels):
        if r.type != "participates" or r.role != "hôte" or ctx.entities[r.source].subtype != "Commune" \
                or any(x.type == "located_in" and x.source == r.target for x in ctx.rels):
            continue
        year = (ctx.entities[r.target].attrs.get("date") or "")[:4]
        ss, se = ctx.sent_span(r.start)
        if year and any(y != year for y in re.findall(r"\b(?:19|20)\d\d\b", ctx.text[ss:se])):
            continue  # "…, qui accueillera l'édition 2015 du forum": another edition
        ctx.add_rel("located_in", r.target, r.source, r.start, r.end)
        ctx.entities[r.target].attrs.setdefault("place", ctx.entities[r.source].name)


def _plus_days(iso: str, n: int) -> str:
    try:
        return (_dt.date.fromisoformat(iso[:10]) + _dt.timedelta(days=n)).isoformat()
    except ValueError:
        return iso


ACTOR_AT = re.compile(r"\b(?:installée?s?|basée?s?|implantée?s?|située?s?|domiciliée?s?|née?s?|créée?s?|fondée?s?|"
                      r"habitante?s?|élue?s?|maire|siège)\s+(?:[^,.;:]{0,20}\s)?(?:à|au)\s*$")
# "dans la salle polyvalente d'Eurre", "à l'hôtel de ville de Rennes": a venue of the commune that follows
VENUE_OF = re.compile(r"\b(?:à|au|dans|en)\s+(?:la\s+|l['’]|le\s+|les\s+|notre\s+|nos\s+)?(?:salle|hôtel\s+de\s+ville|mairie|centre\s+des?\s+congrès|"
                      r"palais\s+des?\s+congrès|maison\s+des\s+associations|halle|médiathèque|espace|théâtre|auditorium|cinéma|gymnase|"
                      r"complexe|parc\s+des\s+expositions|campus|pépinière|locaux|local)[^,.;:\n()]{0,30}?\s(?:de|d['’])\s?$",
                      re.IGNORECASE)


# "le Centre de congrès de Caen (accueillera)": a venue named after its commune
_VENUE_NAMED = re.compile(r"(?i)\b(?:le|la|l['’]|au|à\s+la|à\s+l['’]|dans\s+la|dans\s+le)\s*(?:salle|hôtel\s+de\s+ville|mairie|centre\s+de\s+congrès|"
                          r"palais\s+des\s+congrès|maison\s+des\s+associations|halle|médiathèque|espace|parc\s+des\s+expositions)"
                          r"[^,.;:\n()]{0,30}?\s(?:de|d['’])\s?$")


def _clause(ctx: Ctx, s: int, e: int) -> tuple[int, int]:
    ss, se = ctx.sent_span(s)
    nxt = [x[0] for x in event_mentions(ctx) if e <= x[0] < se and ctx.entities[x[2]].extra.get("head") != "mois de l'ess"]
    return ss, (min(nxt) if nxt else se)


def _agenda_headings(ctx: Ctx, dy, years) -> None:
    """Agenda entries: a short heading line that gives a date (and a place after a dash),
    "▸ Mardi 7 novembre, 18h – Montpellier", then a paragraph that names the event(s)."""
    work = ctx.notes["work"]
    for m in re.finditer(r"(?m)^[^\n]{4,100}$", work):
        ls, le = m.start(), m.end()
        if ctx.ents_in(ls, le, {"Event"}) or len(m.group(0).split()) > 12:
            continue
        ds = [d for d in ctx.dates if ls <= d.start < le and d.precision != "year"]
        if not ds or ds[0].start - ls > 6:
            continue
        nxt = re.match(r"\n[ \t]*(?=\S)", work[le:le + 40])
        if not nxt:
            continue
        bs = le + nxt.end()
        be = work.find("\n\n", bs)
        be = len(work) if be < 0 else be
        evs = ctx.ents_in(bs, be, {"Event"})
        if not evs or (evs[0][0] - bs > 3 and not re.fullmatch(r"(?:\d{1,2}\s?h\s?\d{0,2}\s*(?:[-–a]\s*\d{1,2}\s?h\s?\d{0,2})?\s*[:–—-]\s*)?"
                                                               r"(?:les?|la|l['’]|une?)?\s*", ctx.folded[bs:evs[0][0]])):
            continue  # the entry's first line names the event ("Les Journées de ...")
        first_line_end = work.find("\n", bs)
        first_line_end = be if first_line_end < 0 else min(first_line_end, be)
        date = ds[0].resolve(dy, _near_years(years, ctx.dates, ds[0]))
        places = [x for x in ctx.ents_in(ds[0].end, le, {"Collectivite"})
                  if re.search(r"[–—-]\s*$", work[max(ls, x[0] - 4):x[0]])]
        for s, e, k in evs:
            ent = ctx.entities[k]
            if date and "date" not in ent.attrs and not any(bs <= d.start < be for d in ctx.dates if d.precision != "year"):
                ent.attrs["date"] = date
            if places and s < first_line_end:
                ctx.add_rel("located_in", k, places[-1][2], ls, e)
                ent.attrs.setdefault("place", ctx.entities[places[-1][2]].name)


def _lieu_lines(ctx: Ctx) -> None:
    """An agenda entry's "Lieu : Metz, hôtel de ville" line: the entry's event (the first one of its
    paragraph) takes place in the commune named first on that line."""
    work = ctx.notes["work"]
    for m in re.finditer(r"(?m)^[ \t]*Lieux?[ \t]*:[ \t]*", work):
        le = work.find("\n", m.end())
        le = len(work) if le < 0 else le
        places = ctx.ents_in(m.end(), le, {"Collectivite"})
        if not places or places[0][0] != m.end():
            continue
        ps = work.rfind("\n\n", 0, m.start())
        evs = ctx.ents_in(ps + 1 if ps >= 0 else 0, m.start(), {"Event"})
        if not evs:
            continue
        s, e, k = evs[0]
        ctx.add_rel("located_in", k, places[0][2], m.start(), places[0][1])
        ctx.entities[k].attrs.setdefault("place", ctx.entities[places[0][2]].name)


# "18 h", "10 h – 17 h", "8 h 30", "20h": the hours an agenda line gives between its date and its town
_HOURS = r"\d{1,2}\s?h(?:\s?\d{2})?(?:\s*(?:[–—-]|à)\s*\d{1,2}\s?h(?:\s?\d{2})?)?"


def _agenda_line_places(ctx: Ctx) -> None:
    """Agenda lines that give the place next to the date: "Forum « X » – du 13 au 15 novembre, Niort",
    "- Jeudi 14 novembre, Paris : assemblée générale du RTES"."""
    work = ctx.notes["work"]
    for m in re.finditer(r"(?m)^[^\n]{6,240}$", work):
        ls, le = m.start(), m.end()
        evs = ctx.ents_in(ls, le, {"Event"})
        ds = [d for d in ctx.dates if ls <= d.start < le]
        colls = [x for x in ctx.ents_in(ls, le, {"Collectivite"}) if ctx.entities[x[2]].subtype == "Commune"]
        if evs and colls and not work[ls:colls[0][0]].strip(" \t•·*-–") and colls[0][1] < evs[0][0] \
                and re.fullmatch(r"(?i)\s*[–—:|]\s*(?:notre\s+|nos\s+|le\s+|la\s+|les\s+|l['’])?", work[colls[0][1]:evs[0][0]]):
            # "Saumur – Rencontre « ESS et centres-bourgs »": an agenda entry that opens with its town
            if not any(r.type == "located_in" and r.source == evs[0][2] for r in ctx.rels):
                ctx.add_rel("located_in", evs[0][2], colls[0][2], ls, le)
                ctx.entities[evs[0][2]].attrs.setdefault("place", ctx.entities[colls[0][2]].name)
            continue
        if not evs or not ds:
            continue
        place = None
        # "… – date, Niort": the commune closes the line, right after the date
        if colls and re.fullmatch(r"\s*(?:,|[–—|]|\s-)\s*", work[ds[-1].end:colls[-1][0]]) and not work[colls[-1][1]:le].strip(" .") \
                and evs[0][0] < ds[-1].start:
            place = colls[-1]
        # "- Jeudi 14 novembre, Paris : event", "Jeudi 28 mars, Toulouse – Journée …": date, commune, colon or dash, event
        elif colls and ds[0].start - ls <= 4 and re.fullmatch(r"\s*,\s*(?:" + _HOURS + r"\s*,\s*)?", work[ds[0].end:colls[0][0]]) \
                and re.match(r"\s*[:–—]\s*", work[colls[0][1]:evs[0][0]]):
            place = colls[0]
        if place is None:
            continue
        k = evs[0][2]
        if not any(r.type == "located_in" and r.source == k for r in ctx.rels):
            ctx.add_rel("located_in", k, place[2], ls, le)
            ctx.entities[k].attrs.setdefault("place", ctx.entities[place[2]].name)


HELD_AT = re.compile(r"^\s*(?:elles?|ils?|celles?-ci|ceux-ci|celui-ci)\s+(?:sera|seront|a\s+été|ont\s+été|est|sont)?\s*(?:accueillie?s?|organisée?s?|"
                     r"se\s+tiendr(?:a|ont)|se\s+déroulera|se\s+dérouleront|aur(?:a|ont)\s+lieu|a\s+eu\s+lieu|s['’]est\s+tenue?|se\s+tiendra)"
                     r"(?:\s+[^,.;:]{0,40}?)?\s+(?:à|(?:à|au|dans)\s+(?:la\s+|l['’]|le\s+)?(?:espace|salle|centre|palais|maison|halle|"
                     r"hôtel\s+de\s+ville|mairie|parc|théâtre|médiathèque|pépinière|campus|[A-ZÉ][\w’'-]{3,})[^,.;:\n()]{0,40}?\s(?:de|d['’]))\s?$",
                     re.IGNORECASE)


def _pronoun_places(ctx: Ctx) -> None:
    """"Elle sera accueillie à Strasbourg par …": the place of the event the pronoun takes up."""
    work = ctx.notes["work"]
    for s, e, k in ctx.spans:
        if ctx.entities[k].type != "Collectivite" or ctx.entities[k].subtype != "Commune":
            continue
        ss, _ = ctx.sent_span(s)
        if not HELD_AT.match(work[ss:s]):
            continue
        # the pronoun takes up an event of the sentence before, not one named after the place
        # ("Celles-ci se tiendront à Albi, au cœur du Mois de l'ESS")
        i = ctx.sent_index(ss)
        prev = [x for x in ctx.ents_in(*ctx.sents[i - 1], {"Event"})
                if ctx.entities[x[2]].extra.get("head") != "mois de l'ess"] if i > 0 else []
        ev = (prev[0] if ctx.sents[i - 1][0] + 40 >= prev[0][0] else prev[-1]) if prev else event_near(ctx, s)
        if ev and not any(r.type == "located_in" and r.source == ev[2] for r in ctx.rels):
            ctx.add_rel("located_in", ev[2], k, ss, e)
            ctx.entities[ev[2]].attrs.setdefault("place", ctx.entities[k].name)


def _event_dates_places(ctx: Ctx) -> None:
    dy = doc_year(ctx.doc_date)
    # "Rapport d'activité 2018 – extraits" (undated, or issued the year after): an annual report's
    # year-less dates are in the year it reports on
    rep = re.search(r"(?im)^[^\n]{0,60}\b(?:rapport\s+(?:d['’]activités?|annuel)|bilan\s+(?:d['’]activités?|annuel))\s+((?:19|20)\d\d)\b",
                    ctx.notes["work"][:300])
    if rep and (dy is None or dy == int(rep.group(1)) + 1):
        dy = int(rep.group(1))
    years = [d.year for d in ctx.dates if d.year]
    _agenda_headings(ctx, dy, years)
    _lieu_lines(ctx)
    _agenda_line_places(ctx)
    _pronoun_places(ctx)
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
        if pick is not None and pick.precision == "year" and ent.extra.get("head") in _SUB:
            pick = None  # "…, reprise en Scop en 2012": a year in a round table's clause is not its date
        if pick is not None and ent.extra.get("head") == "mois de l'ess" and pick.precision == "day":
            # "dans le cadre du Mois de l'ESS": the day of the clause is another event's; its year is the month's
            iso = pick.resolve(dy, _near_years(years, ctx.dates, pick))
            if iso and "date" not in ent.attrs and iso[5:] == "11-01" and re.search(r"\b1(?:er)?\s+au\s+30\s+novembre", ctx.folded[pick.start:pick.start + 30]):
                ent.attrs["date"] = iso  # "Du 1er au 30 novembre : Mois de l'ESS": the month's own first day
            elif iso and "date" not in ent.attrs and not re.search(r"\b(?:19|20)\d\d\b", ent.name):
                ent.attrs["date"] = iso[:4] + "-11"
            pick = None
        if pick is not None:
            date = pick.resolve(dy, _near_years(years, ctx.dates, pick))
        first_agent = next((x[0] for x in ctx.spans if e <= x[0] < ce and ctx.entities[x[2]].type in ("Person",)), ce)
        places = []
        for x in ctx.ents_in(e, first_agent, {"Collectivite"}):
            before_x = ctx.notes["work"][max(0, x[0] - 60):x[0]]
            if ACTOR_AT.search(before_x):
                continue  # "Tisserands & Cie, la CAE installée à Tourcoing": where an actor is, not the event
            if re.search(r"(?:\bà|\bau|\d{5}|\bà\s+l['’]|\bà\s+la)\s*$", before_x[-8:]) \
                    or (places and re.fullmatch(r"\s*(?:et|,)\s*", ctx.notes["work"][places[-1][1]:x[0]])) \
                    or re.search(r"\b(?:à|au|dans)\s+(?:la\s+|l['’]|le\s+|les\s+|notre\s+|nos\s+|son\s+|ses\s+)?(?:Palais|Maison|Hôtel|Salle|Centre|Espace|Halle|Cité|Parc|Théâtre|"
                                 r"Musée|Campus|Stade|[A-ZÉ][\w’'-]{3,}|salle|salons?|locaux|local|halle|maison|hôtel\s+de\s+ville|mairie|espace|centre|palais|"
                                 r"pépinière|parc|théâtre|médiathèque|gymnase|foyer|campus|auditorium|cinéma)[^,.;:\n()]{0,40}?\s(?:de|d['’])\s?$",
                                 before_x) and ctx.entities[x[2]].subtype == "Commune":
                places.append(x)  # "à Dijon et Langres": a second place only right after a first one
        if not places:
            # "se sont retrouvés à Rennes pour les Rencontres ...": the place before the event
            prev_end = max([x[1] for x in evs if ss <= x[1] <= s] + [ss])
            places = [x for x in ctx.ents_in(prev_end, s, {"Collectivite"})
                      if (re.search(r"\b[àÀ]\s*$|\b[àÀ]\s+l['’]\s*$", ctx.notes["work"][max(0, x[0] - 6):x[0]])
                          or ctx.entities[x[2]].subtype == "Commune" and VENUE_OF.search(ctx.notes["work"][max(0, x[0] - 60):x[0]]))
                      and not ACTOR_AT.search(ctx.notes["work"][max(0, x[0] - 60):x[0]])][-1:]
        if date and "date" not in ent.attrs:
            ent.attrs["date"] = date
            end = pick.resolve_end(date) if pick is not None else None
            if end:
                ent.attrs["end_date"] = end
        if places and ent.extra.get("head") == "mois de l'ess" and re.search(
                r"(?:cadre|occasion|marge)\s+(?:du|de\s+la)\s*$", ctx.folded[max(0, s - 20):s]):
            places = []  # "..., à Fontaine, dans le cadre du Mois de l'ESS": the place is the local event's
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
    # "... vous invitent à une après-midi d'échanges. Rendez-vous le 12 septembre 2024 à Montpellier.":
    # a date (and place) in the next sentences that name no other event
    for s, e, k in evs:
        ent = ctx.entities[k]
        if "date" in ent.attrs:
            continue
        i = ctx.sent_index(s)
        for j in range(i + 1, min(i + 3, len(ctx.sents))):
            js, je = ctx.sents[j]
            if any(x[2] != k for x in ctx.ents_in(js, je, {"Event"})):
                break
            ds = [d for d in ctx.dates if js <= d.start < je and d.precision != "year"]
            if ds and re.match(r"\s*(?:rendez-vous|date|quand|il\s+aura|elle\s+aura|il\s+se|elle\s+se|[Ll]e\s+\d|[Ll]es\s+\d|"
                               r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|\d)", ctx.folded[js:je]):
                ent.attrs["date"] = ds[0].resolve(dy, _near_years(years, ctx.dates, ds[0]))
                for x in ctx.ents_in(js, je, {"Collectivite"}):
                    if re.search(r"\bà\s*$", ctx.notes["work"][max(0, x[0] - 4):x[0]]):
                        ctx.add_rel("located_in", k, x[2], js, je)
                        ent.attrs.setdefault("place", ctx.entities[x[2]].name)
                        break
                break
    # "Ce samedi, les portes seront ouvertes. À 15 h, une table ronde …": the day of the sentence just before,
    # in the same paragraph, when that sentence names no event of its own
    for s, e, k in evs:
        ent = ctx.entities[k]
        if "date" in ent.attrs or ent.extra.get("head") == "mois de l'ess":
            continue
        i = ctx.sent_index(s)
        if i == 0:
            continue
        ps, pe = ctx.sents[i - 1]
        if "\n\n" in ctx.notes["work"][ps:s] or ctx.ents_in(ps, pe, {"Event"}):
            continue
        ds = [d for d in ctx.dates if ps <= d.start < pe and d.precision == "day"]
        if len(ds) == 1:
            ent.attrs["date"] = ds[0].resolve(dy, _near_years(years, ctx.dates, ds[0]))
    # inheritance: sub-events (ateliers, tables rondes...) take the date and place of the event they belong to
    for s, e, k in evs:
        ent = ctx.entities[k]
        if ent.extra.get("head") == "mois de l'ess" and "date" not in ent.attrs:
            # the Mois de l'ESS is each November: of the year in its name, else of the document
            ym = re.search(r"\b((?:19|20)\d\d)\b", ent.name)
            near = _near_years(years, ctx.dates, min(ctx.dates, key=lambda d: abs(d.start - s))) if years else []
            year = ym.group(1) if ym else (dy or (near[0] if near else None))
            if year:
                ent.attrs["date"] = f"{year}-11"
        if "date" in ent.attrs and ctx.entities[k].attrs.get("place"):
            continue
        if ent.extra.get("head") == "mois de l'ess":
            continue  # the national month is no sub-event of the local day that is part of it
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
            # "Mardi 4 juin : deux ateliers" between the parent and the sub-event: that day, not the parent's
            day_lines = [d for d in ctx.dates if x[1] <= d.start < s and d.precision == "day"
                         and not ctx.notes["work"][ctx.notes["work"].rfind("\n", 0, d.start) + 1:d.start].strip(" \t-–•*")]
            if "date" not in ent.attrs and day_lines:
                ent.attrs["date"] = day_lines[-1].resolve(dy, _near_years(years, ctx.dates, day_lines[-1]))
                ent.extra["date_inherited"] = True
            if "date" not in ent.attrs and "date" in pe.attrs:
                ent.attrs["date"] = pe.attrs["date"]
                ent.extra["date_inherited"] = True
            same_par = "\n\n" not in re.sub(r"[ \t\u00a0]+", "", ctx.notes["work"][x[0]:s]) or (
                ent.extra.get("head") in _SUB and len({y[2] for y in parents}) == 1)
            own_loc = any(r.type == "located_in" and r.source == k for r in ctx.rels)
            if not own_loc and "place" in pe.attrs and same_par:
                ent.attrs["place"] = pe.attrs["place"]
                for r in list(ctx.rels):
                    if r.type == "located_in" and r.source == x[2]:
                        ctx.add_rel("located_in", k, r.target, s, e)
            if "date" in ent.attrs:
                break


_SUB = SUB_HEADS


def _near_years(years, dates, pick) -> list[int]:
    ys = sorted({d.year for d in dates if d.year}, key=lambda y: min(abs(d.start - pick.start) for d in dates if d.year == y))
    return ys


# "L'édition est co-organisée avec X", "Cet événement est organisé par Y": the event named just before
ANAPHOR_SUBJECT = re.compile(r"\s*(?:[^,.;]{0,40},\s*)?(?:l['’]édition|cet\s+événement|cette\s+manifestation|cette\s+(?:rencontre|journée|soirée|édition|conférence|table\s+ronde|matinée)|"
                             r"ce\s+(?:temps\s+d['’]échanges?|temps\s+fort|forum|salon|séminaire|colloque|webinaire|moment)|"
                             r"(?:ce|le)\s+rendez-vous|l['’]événement|la\s+manifestation|elles|ils|elle|il|celle-ci|celui-ci|ces\s+rencontres)"
                             r"(?:\s+\w+){0,3}?\s+(?:est|sera|a\s+été|sont|seront|ont\s+été|était|étaient|avait\s+été)\s+$", re.IGNORECASE)
ORG_CUE = re.compile(r"(?:(?:co-?)?organis(?:é|ee)e?s?\s+(?:(?:conjointement|notamment|également|chaque\s+année|cette\s+année|ensemble|depuis\s+(?:19|20)\d\d)\s+)?"
                     r"(?:le\s+(?:\w+\s+)?\d{1,2}(?:er)?\s+\w+(?:\s+\d{4})?\s+)?(?:(?:à|au)\s+[A-ZÉ][\w'’-]+(?:[\s-][A-ZÉ][\w'’-]+)?\s+)?(?:par|avec|en\s+partenariat\s+avec)|"
                     r"conduite?s?\s+par|décerné(?:e|s|es)?\s+(?:[^,.;]{0,20}\s)?par|(?<!répondu\s)à\s+l['’]invitation\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])|imagin[ée]e?s?\s+par|coordonn[ée]e?s?(?:\s+(?:en|dans\s+la)\s+r[ée]gion|\s+en\s+(?=[A-ZÉ])[\w'’-]+(?:[\s-](?:de\s+la\s+|de\s+l['’]|du\s+|des\s+)?[A-ZÉ][\w'’-]+){0,3}|\s+localement|\s+(?:à\s+l['’]échelle|au\s+niveau)\s+(?:nationale?|régionale?|locale?|départementale?))?\s+par|propos[ée]e?s?\s+(?:conjointement\s+|ensemble\s+)?(?:(?:à|au)\s+[A-ZÉ][\w'’-]+(?:[\s-][A-ZÉ][\w'’-]+)?\s+)?(?:par|avec)|(?:co-?)?anim[ée]e?s?\s+(?:conjointement\s+|ensemble\s+|notamment\s+|également\s+)?par|une\s+initiative\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])|(?:co-?)?pilot[ée]e?s?\s+par|"
                     r"à\s+l['’]initiative\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])|sous\s+l['’][ée]gide\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])|"
                     r"port[ée]e?s?\s+par|orchestr[ée]e?s?\s+par|mise?s?\s+en\s+place\s+par|co-?anim[ée]e?s?\s+avec|pr[ée]par[ée]e?s?\s+avec|co-?construite?s?\s+avec|"
                     r"^[ \t]*(?:co-?)?organisation\s*(?=:)|^[ \t]*(?:co-?)?organisat(?:eur|rice)s?\s*(?=:))\s*:?\s*(?:(?:l['’]\s?)?association\s+)?", re.IGNORECASE | re.MULTILINE)
ACTIVE_ORG = re.compile(r"\b(?:(?:vous\s+)?donn(?:e|ent|era|eront)\s+rendez-vous|lan(?:ce|cent|cera|ceront)|(?:a|ont)\s+lancé|"
                        r"met(?:tent|tra|tront)?\s+sur\s+pied|(?:co-?)?pilot(?:e|ent|era|eront)|(?:est|sont)\s+à\s+l['’]origine|convi(?:e|ent|era|eront)|vous\s+attend(?:ent)?\s+(?:à|au|pour)|(?:a|ont)\s+convié|(?:a|ont)\s+réuni\s+(?:ses|leurs)\s+(?:adhérents|membres|partenaires)\s+en|(?:a|ont)\s+réuni\s+[^,.;:]{3,60}?\s+(?=(?:lors\s+d['’]une?|pour\s+une?|à\s+l['’]occasion\s+d['’]une?)\s)|orchestr(?:e|ent|era|eront)|(?:a|ont)\s+orchestré|(?:est|sont|était|étaient)\s+(?:l['’]\s?|les\s+|(?:l['’]\s?)?une?\s+des\s+)(?:co-?)?organisat(?:eur|rice)s?(?=\s+(?:du|de\s+la|de\s+l['’]|des)\s)|(?:vous\s+)?invit(?:e|ent|ons)\s+(?:à|au)|(?:a|ont)\s+tenu|tiendra|tiendront|tient|propos(?:e|ent|era|eront)|organis(?:e|ent|era|eront|ait|aient)|a\s+organis[ée]|ont\s+organis[ée]|co-?organis(?:e|ent|ons|era)|(?:a|ont|avait|avaient)\s+co-?organisé|(?:a|ont)\s+monté|"
                        r"(?:est|était|sont|étaient)\s+aux\s+manettes\s+(?:du|de\s+la|de\s+l['’]|des)|"
                        # "La CRESS coordonne le Mois de l'ESS", "prépare le forum", "a mis en place un forum", "renouvelle son forum"
                        r"coordonn(?:e|ent|era|eront)|(?:a|ont)\s+coordonné|prépar(?:e|ent)|(?:a|ont)\s+mis\s+en\s+place|met(?:tent|tra|tront)?\s+en\s+place|"
                        r"renouvell?(?:e|ent|era|eront)\s+(?:son|sa|leur)|"
                        r"(?:co-?)?anim(?:e|ent|era|eront)|a\s+(?:co-?)?animé|ont\s+(?:co-?)?animé)\b",
                        re.IGNORECASE)
# "le Mois de l'ESS, dont la CRESS assure la coordination", "c'est la CRESS qui en assure l'animation"
RUNS_IT = re.compile(r"\b(?:dont|qui\s+en)\s+(?:[^,.;]{0,60}?\s)?assur(?:e|ent|era|eront|ait)\s+(?:la\s+coordination|l['’]animation|l['’]organisation)\b",
                        re.IGNORECASE)
COUNT_ORG = re.compile(r"\b(?P<n>deux|trois|quatre|cinq|\d)\s+(?P<what>[\w'-]+(?:\s+forts)?)\s+(?:(?:ont|ont\s+par\s+ailleurs|ont\s+également)\s+été\s+|sont\s+|seront\s+)?"
                       r"(?:(?:co-?)?organis|propos)[ée]e?s\s+par\s*",
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
                         work[max(s, os_ - 25):os_]) and ctx.entities[ok].type != "Collectivite" \
                    and not re.search(r"(?i)\blancement\s+(?:du|de\s+la|de\s+l['’]|des)\s*(?:[\w-]+\s+){0,6}$", work[s:os_]) \
                    and (ctx.entities[k].extra.get("head") not in ("lancement", "inauguration")
                         or ctx.entities[k].extra.get("head") == "inauguration" and ctx.entities[ok].type == "ESSOrganization"):
                # what is launched does not organise its launch; an ESS structure does hold its own inauguration
                ctx.add_rel("organizes", ok, k, s, e)
    for m in RUNS_IT.finditer(work):
        ss, _ = ctx.sent_span(m.start())
        subj = [x for x in ctx.ents_in(m.start(), m.end(), ORGS_ONLY) if not _inside_thing(ctx, x)][:1] \
            or [x for x in ctx.ents_in(ss, m.start(), ORGS_ONLY) if not _inside_thing(ctx, x)][-1:]
        before = [x for x in ctx.ents_in(ss, m.start(), {"Event"})]
        ev = before[-1] if before else event_near(ctx, m.start())  # ("qui en assure": the event named before)
        if subj and ev:
            ctx.add_rel("organizes", subj[0][2], ev[2], min(ev[0], subj[0][0]), m.end())
    # "Brest Métropole en est l'organisatrice, avec la CRESS": the event the sentence before named
    for m in re.finditer(r"\ben\s+(?:est|sont|était|étaient|sera|seront)\s+(?:l['’]|les?\s|la\s)\s*(?:co-?)?organisat(?:eur|rice)s?"
                         r"(?:\s+principale?s?)?|\ben\s+assur(?:e|ent|era|eront|ait|aient)\s+l['’]organisation", work, re.IGNORECASE):
        ss, se = ctx.sent_span(m.start())
        subj = [x for x in ctx.ents_in(ss, m.start(), ORGS_ONLY | {"Club"}) if not _inside_thing(ctx, x)]
        i = ctx.sent_index(ss)
        prev = [x for x in ctx.ents_in(*ctx.sents[i - 1], {"Event"})] if i > 0 else []
        if not subj or not prev:
            continue
        co = re.match(r"\s*,?\s*(?:avec|aux\s+côtés\s+(?:de\s+la|de\s+l['’]|du|des|de))\s+", work[m.end():m.end() + 30])
        more = list_after(ctx, m.end() + co.end(), ORGS_ONLY | {"Club"}) if co else []
        for x in subj + more:
            ctx.add_rel("organizes", x[2], prev[0][2], x[0], m.end())
    # "La Grange Commune y avait convié … pour son inauguration": the structure holds it
    for s, e, k in evs:
        owner = ctx.entities[k].extra.get("inaugurated")
        if owner:
            ctx.add_rel("organizes", owner, k, s, e)
    # "Le forum « X » de la CRESS Bretagne": the owner right after a titled event
    for s, e, k in evs:
        of = re.match(r"\s+(?:de\s+la|de\s+l['’]|du|des)\s*", work[e:e + 8])
        if of and ctx.entities[k].extra.get("head") != "mois de l'ess" and work[e - 1:e] in "»\"”":
            own = [x for x in ctx.starting_in(e + of.end(), e + of.end() + 80, AGENTS) if x[0] == e + of.end()]
            if own and ctx.entities[own[0][2]].type != "Collectivite":
                ctx.add_rel("organizes", own[0][2], k, s, own[0][1])
    # "l'anniversaire du réseau", "l'AG de l'association": the organisation the document speaks for
    auth = author(ctx)
    if auth:
        for s, e, k in evs:
            if re.search(r"\b(?:du|de\s+notre|de\s+l['’])\s*(?:réseau|association|fédération|collectif)\b", work[s:e]):
                ctx.add_rel("organizes", auth, k, s, e)
    # "à l'issue de son assemblée générale, le réseau a élu ...": the organisation the possessive refers to
    for s, e, k in evs:
        if re.search(r"\b(?:son|sa|leur)\s+$", work[max(0, s - 8):s]) and ctx.entities[k].extra.get("head") in (
                "assemblee generale", "ag", "congres", "seminaire", "conseil d'administration", "universite d'ete"):
            ss, se = ctx.sent_span(s)
            after = [x for x in ctx.ents_in(e, se, ORGS_ONLY) if not _inside_thing(ctx, x)]
            before = [x for x in ctx.ents_in(ss, s, ORGS_ONLY) if not _inside_thing(ctx, x)]
            subj = after[:1] if after and re.match(r"\s*,\s*(?:le|la|l['’]|les)?\s*$", work[e:after[0][0]]) else before[-1:]
            for x in subj:
                ctx.add_rel("organizes", x[2], k, s, x[1])
    # passive cues: "organisé par X et Y", "animé par X"
    invited: list[tuple[str, str]] = []
    for m in ORG_CUE.finditer(work):
        ss, se = ctx.sent_span(m.start())
        near = [x for x in ctx.ents_in(ss, m.start(), {"Event"})]
        # "Le lancement régional du Mois de l'ESS, organisé par X": the event whose name holds the other
        near = [x for x in near if not any(y[0] <= x[0] and x[1] <= y[1] and y != x for y in near)]
        ev = near[-1] if near else None
        orgs_after = [x for x in list_after(ctx, m.end(), ORGS_ONLY | {"Club"})
                      if not (ctx.entities[x[2]].subtype == "Commune" and re.search(r"\b(?:à|au|aux)\s+$", work[max(0, x[0] - 5):x[0]]))]
        if not orgs_after:
            # "Coorganisé par la Région et la CRESS Aquitaine": the generic one, then the named ones
            orgs_after = generic_list_after(ctx, m.end(), ORGS_ONLY | {"Club"})
        if not orgs_after:
            # "organisée par les cinq réseaux", "co-organisée par les deux signataires": the list of that many named before
            cm = re.match(r"\s*(?:les|ses|leurs)\s+(?P<n>deux|trois|quatre|cinq|six|sept|huit|\d)\s+"
                          r"(?:réseaux|signataires|partenaires|organisations|structures|collectivités|membres|chambres|fédérations)\b",
                          work[m.end():m.end() + 50], re.IGNORECASE)
            if cm:
                orgs_after = [(m.end(), m.end() + cm.end(), x[2]) for x in last_list_of(ctx, m.start(), COUNT_WORDS.get(cm.group("n").lower(), 0))]
        if orgs_after:
            # "À l'initiative du Département, en partenariat avec Coorace", "organisée par X en partenariat avec Y":
            # the partner co-organises (and is the lead's partner, below)
            more = re.match(r"\s*,?\s*(?:et\s+)?en\s+partenariat\s+avec\s+", work[orgs_after[-1][1]:orgs_after[-1][1] + 40])
            if more:
                partners = list_after(ctx, orgs_after[-1][1] + more.end(), ORGS_ONLY | {"Club"})
                for lead in orgs_after:
                    for y in partners:
                        ctx.add_rel("partner_of", lead[2], y[2], lead[0], y[1])
                orgs_after = orgs_after + partners
            # "organisé par X avec la CRESS et Pôle emploi", "en lien avec Y": co-organisers (not "avec le soutien de")
            with_ = re.match(r"\s*,?\s*(?:avec|en\s+lien\s+avec)\s+(?=(?:la|le|l['’]|les)?\s*[A-ZÉ])",
                             work[orgs_after[-1][1]:orgs_after[-1][1] + 30])
            if with_ and re.match(r"(?i)(?:co-?)?organis\w*\s+.*par", m.group(0)):
                at = orgs_after[-1][1] + with_.end()
                orgs_after = orgs_after + [x for x in list_after(ctx, at, ORGS_ONLY | {"Club"})
                                           if ctx.entities[x[2]].type != "Person"]
        if ev is None and not work[ss:m.start()].strip() and orgs_after:
            # "Coordonné en région par X, le Mois de l'ESS revient": the event right after the agents
            nxt = re.match(r"\s*,\s*", work[orgs_after[-1][1]:orgs_after[-1][1] + 6])
            later = ctx.ents_in(orgs_after[-1][1], se, {"Event"})
            if nxt and later and later[0][0] - orgs_after[-1][1] <= nxt.end() + 4:
                ev = later[0]
            this = re.match(r"\s*,\s*(?:cette|ce|cet)\s+(?P<w>rencontre|journée|soirée|matinée|forum|conférence|manifestation|"
                            r"événement|séminaire|atelier|table\s+ronde|webinaire|réunion|édition)\b", work[orgs_after[-1][1]:orgs_after[-1][1] + 40],
                            re.IGNORECASE) if ev is None else None
            if this:
                # "Co-organisée par le RTES, m2A et la CRESS Alsace, cette rencontre …": the one the text spoke of
                w = fold(this.group("w"))
                prev = [x for x in ctx.spans if x[0] < ss and ss - x[0] < 2500 and ctx.entities[x[2]].type == "Event"
                        and ctx.entities[x[2]].extra.get("head") != "mois de l'ess"]
                same = [x for x in prev if w.split()[0] in fold(ctx.entities[x[2]].name)]
                ev = (same or (prev if w in ("evenement", "manifestation", "edition") else []))[-1:] or None
                ev = ev[0] if ev else None
        if ev is None and re.match(r"\s*(?:un|une)\s[^,.;:!?]{0,60}$", work[ss:m.start()], re.IGNORECASE):
            # "Un rendez-vous d'affaires organisé par X": the event the paragraph is about
            par_s = work.rfind("\n\n", 0, ss)
            prev = ctx.ents_in(max(par_s, 0), ss, {"Event"})
            if not prev and par_s >= 0:
                # "RENCONTRES RÉGIONALES …\n\nUne journée proposée par X": the event of the heading just above
                head_s = work.rfind("\n\n", 0, par_s)
                prev = ctx.ents_in(max(head_s, 0), par_s, {"Event"}) if par_s - max(head_s, 0) < 400 else []
            ev = prev[0] if prev else None
        if ev is None and (not work[ss:m.start()].strip() or ANAPHOR_SUBJECT.match(work[ss:m.start()])
                           or re.fullmatch(r"\s*(?:Organisée?s?|Proposée?s?|Conçue?s?|Pensée?s?)\s+", work[ss:m.start()])):
            # "Coordonné par X, il propose ...": the event of the sentence before
            i = ctx.sent_index(m.start())
            if i > 0:
                prev = ctx.ents_in(*ctx.sents[i - 1], {"Event"})
                # "... s'inscrit dans le Mois de l'ESS. Co-organisée avec X, la manifestation": the local
                # event named in the sentences before, not the national month
                local = [x for j in range(max(0, i - 3), i) for x in ctx.ents_in(*ctx.sents[j], {"Event"})
                         if ctx.entities[x[2]].extra.get("head") != "mois de l'ess"]
                prev = local[-1:] or prev
                ev = prev[-1] if prev else None
        if ev is None and re.match(r"[ \t]*$", work[work.rfind("\n", 0, m.start()) + 1:m.start()]):
            # a field line of an agenda entry ("Co-organisation : X"): the event the entry names
            entry = max(work.rfind("\n\n", 0, m.start()), work.rfind("──", 0, m.start()))
            block = ctx.ents_in(max(entry, 0), m.start(), {"Event"})
            ev = block[0] if block else None
        if ev is None and re.search(r"(?i)invitation", m.group(0)):
            # "C'est à Strasbourg, à l'invitation de l'Eurométropole, que le RTES a tenu son AG"
            ev = ([x for x in ctx.ents_in(m.end(), se, {"Event"})] or [None])[0]
        if ev is None:
            continue
        earlier = [r.source for r in ctx.rels if r.type == "organizes" and r.target == ev[2]]
        for s, e, k in orgs_after:
            ctx.add_rel("organizes", k, ev[2], min(ev[0], m.start()), e)
            if re.search(r"(?i)invitation", m.group(0)):
                invited.append((k, ev[2]))
            if re.search(r"(?i)partenariat", m.group(0)):
                # "Il est organisé en partenariat avec X": X co-organises and is a partner of the organiser
                for o in earlier:
                    ctx.add_rel("partner_of", o, k, m.start(), e)
    # "Le Mouvement associatif et la CRESS l'ont co-animé", "X et Y l'avaient préparé ensemble": the event the text just named
    for m in re.finditer(r"(?<=\S)\s+l['’]\s?(?:ont|a|avaient|avait|ont\s+conjointement|ont\s+ensemble)\s+(?:co-?)?(?:organisée?|animée?|préparée?|montée?|"
                         r"conçue?|imaginée?|pilotée?|coordonnée?)s?\b", work):
        ss, _ = ctx.sent_span(m.start())
        subj = [x for x in ctx.ents_in(ss, m.start(), ORGS_ONLY | {"Club"}) if not _inside_thing(ctx, x)]
        if not subj or not re.fullmatch(r"\s*", work[subj[-1][1]:m.start()]):
            continue
        run_ = _coordinated(work, subj, and_also=False)
        ev = event_near(ctx, run_[0][0])
        if ev:
            for x in run_:
                ctx.add_rel("organizes", x[2], ev[2], x[0], m.end())
    # "Atelier « Achats responsables », en partenariat avec X", "le forum, le 3 avril à Rennes, en partenariat
    # avec X": the partner co-organises the event it follows (no other actor in between)
    for s, e, k in event_mentions(ctx):
        pm = re.match(r"[^.;:\n]{0,60}?,?\s*en\s+partenariat\s+(?:étroit\s+)?avec\s+", work[e:e + 90])
        if not pm:
            continue
        gap = [x for x in ctx.ents_in(e, e + pm.start() + len(pm.group(0)), ORGS_ONLY | {"Event"})
               if not (ctx.entities[x[2]].subtype == "Commune" and re.search(r"\bà\s+$", work[max(0, x[0] - 3):x[0]]))]
        if gap or re.search(r"(?i)\b(?:a|ont|est|sont|sera|seront|sign\w*|lanc\w*|ville|région|département|métropole|réseau|charte|convention)\b",
                            work[e:e + pm.start() + len(pm.group(0))]):
            continue  # "lors du forum, la Ville a signé une charte en partenariat avec X": another clause
        for x in list_after(ctx, e + pm.end(), ORGS_ONLY | {"Club"}):
            ctx.add_rel("organizes", x[2], k, s, x[1])
    # a gapped second clause: "L'atelier A sera animé par X ; l'atelier B par Y"
    for s, e, k in evs:
        gap = re.match(r"\s*,?\s*par\s+(?:(?:l['’]\s?)?association\s+)?", work[e:e + 30])
        if not gap:
            continue
        ss, _ = ctx.sent_span(s)
        cue = [m for m in ORG_CUE.finditer(work, ss, s) if re.search(r"par\b", m.group(0))]
        if cue and re.search(r";\s*(?:et\s+)?(?:l['’]|le\s|la\s|les\s)?$", work[max(ss, s - 12):s]):
            for x in list_after(ctx, e + gap.end(), ORGS_ONLY | {"Club"}):
                ctx.add_rel("organizes", x[2], k, s, x[1])
    # active: "le RTES a organisé un webinaire"
    for m in ACTIVE_ORG.finditer(work):
        ss, se = ctx.sent_span(m.start())
        evs_after = [x for x in ctx.ents_in(m.end(), se, {"Event"})]
        if not evs_after and re.match(r"(?i)(?:co-?)?organis|propos|prépar|met", m.group(0)):
            # "la CRESS organise avec Grand Chambéry une journée consacrée à …": the event of the heading above
            generic = re.match(r"\s*(?:,?\s*(?:avec|en\s+partenariat\s+avec)\s+[^.;:]{3,120}?\s)?(?:une|un|cette|ce|cet)\s+"
                               r"(?:journée|rencontre|soirée|matinée|forum|conférence|manifestation|événement|séminaire|salon)\b",
                               work[m.end():se], re.IGNORECASE)
            head = _heading_event(ctx, ss) if generic else None
            if head:
                evs_after = [(m.end() + generic.end(), m.end() + generic.end(), head)]
        if not evs_after:
            continue
        if re.match(r"(?i)lan|met|(?:co-?)?pilot|(?:est|sont)\s+à", m.group(0)) and not re.fullmatch(
                r"\s*(?:le|la|les|l['’]|un|une|son|sa|ses|leur|leurs|du|de\s+la|de\s+l['’]|des)?\s*"
                r"(?:(?:\d+e|\d+ème|\w+ième|première|nouvelle|prochaine)\s+édition\s+(?:de\s+son|de\s+sa|de\s+leur|du|de\s+la|de\s+l['’]|des)\s*)?",
                work[m.end():evs_after[0][0]]):
            continue  # "lancera le club … lors du Salon": what is launched must be the event itself
        subj = [x for x in ctx.ents_in(ss, m.start(), ORGS_ONLY | {"Club"}) if not _inside_thing(ctx, x)]
        # "La communauté de communes, en lien avec France Tiers-Lieux, organise": the aside is no subject
        aside = re.search(r",\s*(?:en\s+lien|en\s+lien\s+étroit|aux\s+côtés|accompagnée?s?\s+par|appuyée?s?\s+par|avec\s+l['’]appui)\s[^,;]*,\s*$",
                          work[ss:m.start()])
        if aside:
            subj = [x for x in subj if x[0] < ss + aside.start()]
        if not subj:
            g = generic_subject(ctx, ss, m.start())
            subj = [(m.start(), m.end(), g)] if g else []
        if not subj:
            # "Les organisations signataires tiendront une conférence de presse", "Ils organisent …": the list before
            # ("les organisations signataires" are a text's signatories, known only later: not guessed here)
            pl = re.match(r"\s*(?:(?P<p>ils|elles)|les\s+(?:organisations|réseaux|partenaires|structures))\s+(?:(?!signataires)\w+\s+)?$",
                          work[ss:m.start()], re.IGNORECASE)
            if pl:
                i = ctx.sent_index(ss)
                back = ss - ctx.sents[max(0, i - 2)][0] if pl.group("p") else 3000
                subj = last_list_of(ctx, ss, 0, back=back)
        also = re.match(r"\s*,?\s*(?:en\s+partenariat\s+|conjointement\s+)?avec\s+(?!le\s+soutien|l['’]appui|la\s+participation|le\s+concours)",
                        work[m.end():evs_after[0][0]])
        co = [x for x in list_after(ctx, m.end() + also.end(), ORGS_ONLY | {"Club"}) if x[1] <= evs_after[0][0]] if also else []
        # "a organisé le forum avec Brest Métropole": a co-organiser right after the event (not "avec le soutien de")
        after_ev = re.match(r"\s*,?\s*(?:(?:le|en)\s+[^,;.]{1,25}?\s+)?(?:conjointement\s+|en\s+partenariat\s+)?avec\s+"
                            r"(?!le\s+soutien|l['’]appui|la\s+participation|le\s+concours|les?\s+(?:élus|habitants|acteurs|participants))",
                            work[evs_after[0][1]:evs_after[0][1] + 60])
        if after_ev and not re.match(r"(?i)(?:lan|met|(?:co-?)?pilot|(?:est|sont)\s+à|convi|invit|vous)", m.group(0)):
            co += [x for x in list_after(ctx, evs_after[0][1] + after_ev.end(), ORGS_ONLY | {"Club"})
                   if ctx.entities[x[2]].type != "Person"]
        if subj:
            # "France urbaine et le RTES proposent un webinaire": every coordinated subject
            subj = [x for i, x in enumerate(subj) if not any(y[0] == x[0] and y[1] == x[1] for y in subj[:i])]
            for x in _coordinated(work, subj) + co:
                ctx.add_rel("organizes", x[2], evs_after[0][2], x[0], evs_after[0][1])
    # "la remise des Trophées, que la CRESS organisera": the organiser in a relative clause after the event
    for m in re.finditer(r"\bqu['’e]\s*(?:la|le|l['’]|les)?\s*", work):
        ev = [x for x in ctx.ents_in(max(0, m.start() - 120), m.start(), {"Event"})][-1:]
        if not ev or not re.fullmatch(r"\s*,?\s*", work[ev[0][1]:m.start()]):
            continue
        org = [x for x in ctx.starting_in(m.end(), m.end() + 80, ORGS_ONLY)][:1]
        if org and org[0][0] - m.end() <= 2 and re.match(r"\s*(?:co-?)?organis(?:e|ent|era|eront|ait|aient)\b", work[org[0][1]:org[0][1] + 20]):
            ctx.add_rel("organizes", org[0][2], ev[0][2], ev[0][0], org[0][1] + 20)
        # "… la journée nationale « X », que les quatre réseaux organisaient ensemble": the list of that many
        cm = re.match(r"qu['’e]\s*(?:les|ces|nos)\s+(?P<n>deux|trois|quatre|cinq|six|\d)\s+(?:réseaux|partenaires|organisations|"
                      r"signataires|collectivités|structures|chambres|fédérations)\s+(?:co-?)?organis(?:e|ent|era|eront|ait|aient)\b",
                      work[m.start():m.start() + 100], re.IGNORECASE)
        if cm and not (org and org[0][0] - m.end() <= 2):
            for x in last_list_of(ctx, m.start(), COUNT_WORDS.get(cm.group("n").lower(), 0)):
                ctx.add_rel("organizes", x[2], ev[0][2], ev[0][0], m.end())
    # counted plurals: "Deux rencontres ont été organisées par le RTES" -> the next two
    for m in COUNT_ORG.finditer(work):
        n = COUNT_WORDS.get(m.group("n").lower(), 0)
        orgs = list_after(ctx, m.end(), ORGS_ONLY | {"Club"})
        what = fold(m.group("what")).rstrip("s")
        nxt = [x for x in evs if x[0] > m.end() and (ctx.entities[x[2]].extra.get("head", "").startswith(what)
                                                      or what in ("action", "evenement", "rendez-vou", "temps fort", "manifestation"))]
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
    # "Notre assemblée générale s'est tenue à Chartres": the organisation the page speaks for holds its own meeting
    if auth:
        for s, e, k in evs:
            if re.search(r"\b(?:notre|nos)\s+$", ctx.folded[max(0, s - 6):s]) and ctx.entities[k].extra.get("head") in (
                    "assemblee generale", "ag", "congres", "seminaire", "conseil d'administration", "universite d'ete",
                    "rencontre", "forum", "journee", "anniversaire"):
                ctx.add_rel("organizes", auth, k, s, e)
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
    _inviting_hosts(ctx, invited)


def _heading_event(ctx: Ctx, ss: int) -> Optional[str]:
    """The event named in the paragraph that holds ``ss`` (before it) or in the heading right above it,
    leaving out the national month and an event named as the frame ("dans le cadre du …")."""
    work = ctx.notes["work"]
    par_s = max(work.rfind("\n\n", 0, ss), 0)
    spans = [(par_s, ss)]
    if par_s > 0:
        head_s = max(work.rfind("\n\n", 0, par_s), 0)
        if par_s - head_s < 400:
            spans.append((head_s, par_s))
    for a, b in spans:
        evs = [x for x in ctx.ents_in(a, b, {"Event"}) if ctx.entities[x[2]].extra.get("head") != "mois de l'ess"
               and not FRAMING.search(ctx.folded[max(0, x[0] - 30):x[0]])]
        if evs:
            return evs[0][2]
    return None


def _coordinated(work: str, subj: list, and_also: bool = True) -> list:
    """The run of actors joined by commas and "et" (and "ainsi que") that ends with the last of ``subj``."""
    joiner = r"\s*(?:,|et|ainsi\s+que)\s*(?:l['’]|le\s|la\s|les\s)?" if and_also else r"\s*(?:,|et)\s*(?:l['’]|le\s|la\s|les\s)?"
    run = [subj[-1]]
    for x in reversed(subj[:-1]):
        if not re.fullmatch(joiner, work[x[1]:run[0][0]]):
            break
        run.insert(0, x)
    return run


def _inviting_hosts(ctx: Ctx, invited: list[tuple[str, str]]) -> None:
    """"L'AG du RTES s'est tenue à Strasbourg, à l'invitation de l'Eurométropole": a collectivité that
    invites others to an event is its host, not an organiser (when no organiser is named, the
    inviting collectivité is still only the host: "le lancement aura lieu à Abbeville, à l'invitation
    de la communauté de communes")."""
    for k, ev in invited:
        if ctx.entities[k].type != "Collectivite":
            continue
        mine = [r for r in ctx.rels if r.type == "organizes" and r.target == ev and r.source == k]
        for r in mine:
            ctx.rels.remove(r)
            ctx.add_rel("participates", k, ev, r.start, r.end, role="hôte")


def _speech_verbs() -> str:
    """Speaking verbs in the future of agendas and programmes ("ouvrira", "présentera", "dressera
    le bilan"): a speaker announced for an event. (Past tenses of news reports are left to the
    narrower cues below: a quote in an article is not always said at the event.)"""
    er = ["soulign", "expliqu", "détaill", "présent", "témoign", "évoqu", "lanc", "clôtur", "exprim", "dress",
          "partag", "décrypt", "illustr", "retrac", "prononc"]
    forms = [st + suf for st in er for suf in ("era", "eront")]
    return (r"\b(?:" + "|".join(forms) + r"|ouvrira|ouvriront|conclura|concluront|introduira|introduiront|"
            r"fera\s+une\s+intervention|s['’]exprimer(?:a|ont)|présidera|présideront|tirer(?:a|ont)\s+les\s+(?:enseignements|conclusions))\b|"
            r"\bla\s+parole\s+(?:sera|a\s+été|est)\s+donnée\s+à|^[ \t]*autour\s+de\s+la\s+table\s*:")


PART_CUES = [
    (re.compile(_speech_verbs(), re.IGNORECASE | re.MULTILINE), "intervenant"),
    # (a quotation in the present, "souligne X", is said to the writer, not at the event)
    (re.compile(r"(?:a|ont)\s+(?:salué|déclaré|expliqué|inauguré|coupé\s+le\s+ruban|pris\s+la\s+parole|prononcé\s+(?:le|l['’]|un|une|les)\s*"
                r"(?:mot|discours|allocution|intervention|conclusion|ouverture))|"
                r"présenter(?:a|ont)\b|présentée?s?\s+par|assurée?s?\s+par|ouverte?s?\s+(?:[^,.;:]{0,40}\s)?par|"
                r"ouverture\s+(?:officielle\s+)?(?:(?:du|de\s+la|de\s+l['’]|des)\s+[^,.;:]{0,40}?\s)?par|récompensée?s?\s+par|"
                r"donner(?:a|ont)\s+la\s+parole\s+à|invitée?s?\s+à\s+s['’]exprimer|donne(?:nt)?\s+la\s+parole\s+à|(?:a|ont)\s+(?:ouvert|introduit|clôturé|conclu)\b|interviendr(?:a|ont)|introduction\s+par|interventions?\s+(?:de|d['’])|intervenant(?:[·.]?e)?(?:[·.]?s)?\s*:|est\s+intervenue?|sont\s+intervenu|"
                r"a\s+réuni|ont\s+réuni|réunira|réunit|retours?\s+d['’]exp[ée]riences?|en\s+ouverture|ouvert\s+par|"
                r"clôtur[ée]e?\s+par|rappelait|a\s+rappelé|a\s+présenté|avec\s+(?:la\s+participation\s+de|les\s+interventions)|"
                r"prendront\s+la\s+parole|prises?\s+de\s+parole\s+(?:de|d['’])|témoign[ée]|(?:y\s+)?(?:ont|a)\s+pris\s+part|(?:y\s+)?prendront\s+part|"
                r"réunissa(?:nt|it|ient)|réuniront|rassembl(?:ait|ant|era|eront)|(?:a|ont)\s+débattu|(?:a|ont)\s+échangé|"
                r"est\s+venue?\s+(?:présenter|témoigner|parler|expliquer)|témoigner(?:a|ont)|(?:a|ont)\s+exposé|"
                r"conclusions?\s+(?:assurées?\s+)?par|(?:est|sont|seront|sera)\s+annoncée?s?\b|\bdonnée?s?\s+par|(?:sera|seront|a\s+été|ont\s+été)\s+rejointe?s?\s+par|"
                r"en\s+assurer(?:a|ont)\s+l['’](?:ouverture|introduction|animation|clôture)|en\s+(?:ouverture|clôture|conclusion)\s*,|"
                r"après\s+l['’](?:ouverture|introduction|intervention)\s+(?:de|d['’])|message\s+(?:vidéo\s+|enregistré\s+)?(?:de|d['’])(?=\s*(?-i:[A-ZÉ]))|"
                r"parmi\s+les\s+intervenant(?:[·.]?e)?s(?:\s+(?:du|de\s+la|de\s+l['’]|des)\s+[^:\n]{0,80}?)?\s*(?:figur\w+|:|,)|prendra\s+la\s+parole|prononcée?s?\s+par|discours\s+(?:d['’]ouverture|de\s+clôture)\s+(?:de|d['’])|"
                r"(?:a|ont)\s+présidé\s+(?:les\s+débats|les\s+travaux|la\s+séance|la\s+table\s+ronde|l['’]atelier)|"
                r"présentation\b[^.;:\n]{0,80}?\bpar(?=\s+(?-i:[A-ZÉ]))|annoncée?s?\s+(?:[^.;:\n]{0,30}?\s)?par(?=\s+(?-i:[A-ZÉ]))|"
                r"(?:a|ont)\s+(?:pour\s+sa\s+part\s+|ensuite\s+|également\s+)?détaillé|regards?\s+croisés?\s+avec|"
                r"^[ \t]*(?:[-–•]\s*)?avec\s+(?=(?-i:[A-ZÉ]))|(?<=[?.!»)]\s)avec\s+(?=(?-i:[A-ZÉ][a-zé]+\s[A-ZÉ]))|(?<=[»”],\s)avec\s+(?=(?-i:[A-ZÉ][a-zé]+\s[A-ZÉ]))", re.IGNORECASE | re.MULTILINE), "intervenant"),
    (re.compile(r"\bparticiper(?:a|ont)\s+(?:au|à\s+la|à\s+l['’]|aux)\b|\b(?:a|ont)\s+participé\s+(?:au|à\s+la|à\s+l['’]|aux)\b",
                re.IGNORECASE), "participant"),
    (re.compile(r"anim[ée]e?s?\s+par|modér[ée]e?s?\s+par|(?:échanges|débats|discussions?)\s+(?:seront|sont|ont\s+été|étaient)\s+(?:menée?s?|conduite?s?)\s+par|\bmen[ée]e?s?\s+(?:de\s+main\s+de\s+ma[îi]tre|tambour\s+battant|avec\s+brio)\s+par|\banimer(?:a|ont)\b|\bmodérer(?:a|ont)\b|\b(?:a|ont)\s+(?:animé|modéré)\b", re.IGNORECASE), "animateur"),
    (re.compile(r"présid[ée]e?\s+par|sous\s+la\s+présidence\s+(?:de|d['’])", re.IGNORECASE), "président"),
    (re.compile(r"\bprésid(?:e|ait|era)\s+la\s+séance\b", re.IGNORECASE), "président de séance"),
    # minutes: "X, trésorier, présente les comptes 2023"
    (re.compile(r"\bprésent(?:e|ent)\s+(?:le|la|les|l['’])\s*(?:rapports?|comptes|bilans?|budgets?|actions|activités|résultats|"
                r"orientations|perspectives|projets?\s+(?:de|d['’])|programmes?)\b", re.IGNORECASE), "intervenant"),
    (re.compile(r"(?:désignée?|nommée?)s?\s+secrétaire\s+de\s+séance|secrétariat\s+de\s+(?:la\s+)?séance\s+(?:était|a\s+été|est|sera)\s+assuré\s+par",
                re.IGNORECASE), "secrétaire de séance"),
    (re.compile(r"en\s+présence\s+(?:de|d['’])|invit[ée]e?s?\b|aux\s+côtés\s+(?:de|d['’])|(?:accompagnée?|entourée?)s?\s+(?:de|d['’])|"
                r"étai(?:en)?t\s+(?:également\s+|aussi\s+|notamment\s+|(?:elle|lui|elles|eux)\s+aussi\s+)?présente?s?|(?:a|ont)\s+assisté|sont\s+attendue?s?|"
                r"(?:a|ont|avait|avaient)\s+fait\s+(?:le\s+déplacement|la\s+route)|\by\s+représentai(?:t|ent)\b", re.IGNORECASE), "invité"),
    (re.compile(r"^\s*(?:présents?|participants?|étaient\s+présents?)\s*:", re.IGNORECASE | re.MULTILINE), "participant"),
    (re.compile(r"témoignages?\s+(?:de|du|d['’])", re.IGNORECASE), "témoin"),
    (re.compile(r"avec\s+l['’]appui\s+(?:de|du|d['’])", re.IGNORECASE), "appui"),
    # "Sa directrice, X, fera découvrir les ateliers de tri": who shows the visitors round hosts them
    (re.compile(r"\bfer(?:a|ont)\s+(?:découvrir|visiter)\b", re.IGNORECASE), "hôte"),
    (re.compile(r"^[ \t]*(?:[-–•]\s*)?rapporteure?s?\s*:", re.IGNORECASE | re.MULTILINE), "rapporteur"),
    (re.compile(r"accueiller(?:a|ont)\b|(?:accueille(?:nt)?|(?:a|ont)\s+accueilli)\s+les\s+(?:visiteurs|participants|invités|congressistes)|accueil\s+par|accueilli(?:e|s)?\s+par|mot\s+d['’]accueil\s+(?:de|d['’])", re.IGNORECASE), "hôte"),
    (re.compile(r"^\s*(?:animation|modération|animé\s+par)\s*:", re.IGNORECASE | re.MULTILINE), "animateur"),
    (re.compile(r"^[ \t]*(?:[-–•]\s*)?(?:grands?\s+témoins?|conclusion|synthèse|mot\s+de\s+clôture|clôture|ouverture|introduction)\s*:",
                re.IGNORECASE | re.MULTILINE), "intervenant"),
    (re.compile(r"\b(?:prix|troph[ée]es|distinctions)\s+(?:ont\s+été\s+|seront\s+|sont\s+|sera\s+|a\s+été\s+)?remise?s?\s+par\b", re.IGNORECASE),
     "intervenant"),
]


_QUOTED = re.compile(r"(?:rappelle|explique|souligne|déclare|précise|estime|confie|ajoute|insiste|résume|note|"
                     r"(?:a|ont)\s+(?:déclaré|expliqué|salué))\b", re.IGNORECASE)
TIMED_LINE = re.compile(r"^[ \t]*\d{1,2}\s?h\s?\d{0,2}", re.MULTILINE)


MINUTES_CUE = re.compile(r"(?i)présid(?:e|ait|era)\s+la\s+séance|présent(?:e|ent)\s")
SITTING_PART = re.compile(r"(?i)\b(?:présidée?s?\s+par|a\s+présidé|présidait|sous\s+la\s+présidence\s+d|secrétaire\s+de\s+séance|secrétariat\s+de\s+(?:la\s+)?séance|présentée?s?\s+par|rapportée?s?\s+par|rapporteure?\s*:|sur\s+(?:la\s+)?proposition\s+d|"
                          r"en\s+séance|présente?s?\s+dans\s+la\s+salle|(?:est|sont)\s+intervenue?s?)")


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
        # "X, présidente du RTES, est intervenue": what is said of the person wins
        nxt = min([x[0] for x in persons if x[0] > s] + [se])
        if re.search(r"\b(?:est|sont)\s+intervenu|\ba(?:\s+\w+\s+|\s*,\s*(?:elle|lui)\s*,\s*|\s+)(?:présenté|rappelé|souligné|ouvert|témoigné|exposé|détaillé|"
                     r"plaidé|insisté|salué|évoqué|martelé|défendu|expliqué)\b", work[e:nxt]):
            role, cue_pos = "intervenant", s
        ev = None
        block = next((b for b in blocks if b[0] <= s < b[1]), None)
        if block:
            # the event of the person's own entry: from the last timed line ("10h30 – Table ronde « X »") or
            # the sentence, whichever starts later
            entry = [t.start() for t in TIMED_LINE.finditer(work, block[0], s)]
            own = [x for x in ctx.ents_in(min(ss, entry[-1]) if entry else ss, s, {"Event"})]
            ev = own[-1][2] if own else block[2]
            role = role or "intervenant"
        if role is None:
            continue
        if ev is None and cue_pos is not None and MINUTES_CUE.match(work, cue_pos):
            # minutes: "X, trésorier, présente les comptes" is said of the assembly the minutes record
            main = main_event(ctx)
            if main and ctx.entities[main].extra.get("head") in ("assemblee generale", "ag", "reunion", "seance"):
                ev = main
        if ev is None:
            near = event_near(ctx, cue_pos if cue_pos is not None else s)
            ev = near[2] if near else None
        if ev is None:
            continue
        if role == "rapporteur" and ctx.entities[ev].extra.get("head") != "seance":
            continue  # "Rapporteur : M. X" reports to the council's sitting, not to the forum it decides on
        if ctx.entities[ev].extra.get("head") == "seance" and not SITTING_PART.search(sent):
            continue  # at a council's sitting, only who presides, reports or speaks there takes part
        if ctx.entities[ev].extra.get("head") == "mois de l'ess" and cue_pos is not None and _QUOTED.match(work, cue_pos):
            continue  # "…, rappelle X": quoted about the month, not a speaker at one of its events
        if role == "président":
            # "cet atelier présidé par X": only when an event is what is presided
            near_ev = [x for x in ctx.ents_in(max(ss, cue_pos - 60), cue_pos + 1, {"Event"})] if cue_pos is not None else []
            if not near_ev:
                role = None
        if role is None:
            continue
        if _feminine(ctx, k):
            role = {"intervenant": "intervenante", "animateur": "animatrice", "président": "présidente",
                    "invité": "invitée", "rapporteur": "rapporteure"}.get(role, role)
        if role in ("président", "présidente"):
            head = ctx.entities[ev].extra.get("head", "séance")
            role = f"{role} d'{head}" if head[:1] in "aeiou" else f"{role} de {head}"
        ctx.add_rel("participates", k, ev, cue_pos if cue_pos is not None else s, e, role=role)
    # "• Métropole de Lyon : Jean-Baptiste Roustan, …" on a programme's bullet: the collectivité or
    # organisation that testifies takes part too
    for b0, b1, bev in blocks:
        for line in re.finditer(r"^[ \t]*[•\-–*·][ \t]*(?:la\s+|le\s+|l['’]|les\s+)?", work[b0:b1], re.MULTILINE):
            ls = b0 + line.end()
            org = [x for x in ctx.ents_in(ls, min(b1, ls + 120), ORGS_ONLY) if x[0] == ls][:1]
            if not org or not re.match(r"[ \t]*(?:[:,(–—]|\n|$)", work[org[0][1]:org[0][1] + 3]):
                continue
            entry = [t.start() for t in TIMED_LINE.finditer(work, b0, ls)]
            own = [x for x in ctx.ents_in(entry[-1] if entry else b0, ls, {"Event"})]
            head = work[entry[-1]:ls] if entry else ""
            role = "témoin" if re.search(r"(?i)témoign|retours?\s+d['’]exp", head) else "intervenant"
            ctx.add_rel("participates", org[0][2], own[-1][2] if own else bev, org[0][0], org[0][1], role=role)
    # "Le jury, présidé par X", "un jury que préside X": the jury's president takes part in the awards
    for m in re.finditer(r"\bjury\b[^.;:\n]{0,25}?(?:présidé(?:\s+cette\s+année)?\s+par|que\s+présid(?:e|ait|era))\s+", work, re.IGNORECASE):
        ev = event_near(ctx, m.start())
        after = [x for x in list_after(ctx, m.end(), {"Person"})][:1]
        if ev and after:
            role = "présidente du jury" if _feminine(ctx, after[0][2]) else "président du jury"
            ctx.add_rel("participates", after[0][2], ev[2], m.start(), after[0][1], role=role)
    # "une conférence de Jean-Louis Laville": the speaker is in the event's name
    for s, e, k in event_mentions(ctx):
        for ps_, pe_, pk in ctx.ents_in(s, e, {"Person"}):
            if re.search(r"\b(?:de|d['’]|par|avec)\s*$", work[max(s, ps_ - 6):ps_]):
                ctx.add_rel("participates", pk, k, s, e, role="intervenant")
    # host organisations: "X, ..., qui accueillera les délégations", "accueilli par X"
    for m in re.finditer(r"\bqui\s+(?:accueill(?:e|era|ait|ent|eront)|a\s+accueilli|reçoit|recevra|recevait|a\s+reçu)\b", work, re.IGNORECASE):
        ss, se = ctx.sent_span(m.start())
        orgs = [x for x in ctx.ents_in(ss, m.start(), ORGS_ONLY) if not _inside_thing(ctx, x)]
        ev = event_near(ctx, m.start())
        if orgs and ev:
            host = orgs[-1]
            # "X, collectivité adhérente du RTES, qui accueillera": X, not the network of the apposition
            for y in reversed(orgs[:-1]):
                if re.fullmatch(r"\s*,[^,;.]*", work[y[1]:host[0]]):
                    host = y
                    break
            ctx.add_rel("participates", host[2], ev[2], host[0], m.end(), role="hôte")
    for m in re.finditer(r"\baccueillie?s?\s+(?:(?:cette\s+année|cette\s+fois|notamment|également|pour\s+l['’]occasion)\s+)?"
                         r"(?:à\s+[A-ZÉ][\w'’-]+(?:\s[A-ZÉ][\w'’-]+)?\s+)?(?:par|chez)\s+|"
                         # a programme line: "9 h 00 – Accueil par Dijon Métropole"
                         r"^[ \t]*(?:[-–•]\s*)?(?:\d{1,2}\s?h\s?\d{0,2}\s*[–—:|-]\s*)?(?:mot\s+d['’])?accueil\s+(?:des\s+participants\s+)?par\s+",
                         work, re.IGNORECASE | re.MULTILINE):
        ev = event_near(ctx, m.start())
        if ev:
            for x in list_after(ctx, m.end(), ORGS_ONLY):
                ctx.add_rel("participates", x[2], ev[2], m.start(), x[1], role="hôte")
    # "La Région Aquitaine accueillait la rencontre dans ses locaux": the host of the event named after the verb
    # "c'est au tour de Montpellier d'accueillir, du 3 au 5 juin, le Forum régional"
    # ("La Métropole recevra en octobre la journée régionale du Club")
    for m in re.finditer(r"\b(?:accueill(?:e|ent|ait|aient|era|eront)|reçoit|reçoivent|recevra|recevront|recevait)\s+"
                         r"(?:(?:en|début|fin|courant)\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+)?"
                         r"(?=(?:la|le|les|l['’]|cette|ce|cet)\s*)|"
                         r"(?<=\s)d['’]accueillir\s*(?:,[^,;.]{0,40},\s*)?(?=(?:la|le|les|l['’]|cette|ce|cet)\s*)", work, re.IGNORECASE):
        ss, se = ctx.sent_span(m.start())
        ev = [x for x in ctx.ents_in(m.end(), se, {"Event"}) if x[0] - m.end() <= 60][:1]  # (a long name may end far)
        # the subject, not an organisation named inside its apposition ("La Caisse des Dépôts, qui soutient le
        # réseau depuis plusieurs années, accueillera la réunion")
        host = [x for x in ctx.ents_in(ss, m.start(), ORGS_ONLY) if not _inside_thing(ctx, x)
                and re.fullmatch(r"\s*(?:,[^,;.]{0,60},)?\s*(?:qui\s+)?", work[x[1]:m.start()])][-1:]
        if ev and host and re.fullmatch(r"\s*(?:(?:cette\s+année|à\s+son\s+tour|pour\s+la\s+première\s+fois)\s+)?(?:la|le|les|l['’]|cette|ce|cet)\s*"
                                        r"(?:(?:\w+ième|\d+e|première|nouvelle|prochaine)\s+édition\s+(?:du|de\s+la|des|de\s+l['’])\s*)?",
                                        work[m.end():ev[0][0]], re.IGNORECASE) \
                and re.fullmatch(r"\s*(?:,[^,;.]{0,60},)?\s*(?:qui\s+)?", work[host[0][1]:m.start()]) \
                and not re.search(r"[A-ZÉ]", work[host[0][1]:m.start()]):  # not "à Lille, le Grand Palais accueillera"
            venue = _VENUE_NAMED.search(work[max(0, host[0][0] - 60):host[0][0]]) if ctx.entities[host[0][2]].subtype == "Commune" else None
            if venue:
                # "le Centre de congrès de Caen accueillera le forum": the town is where it is, not a host
                if not any(r.type == "located_in" and r.source == ev[0][2] for r in ctx.rels):
                    ctx.add_rel("located_in", ev[0][2], host[0][2], host[0][0], ev[0][1])
                    ctx.entities[ev[0][2]].attrs.setdefault("place", ctx.entities[host[0][2]].name)
                continue
            ctx.add_rel("participates", host[0][2], ev[0][2], host[0][0], ev[0][1], role="hôte")
            if ctx.entities[host[0][2]].subtype == "Commune" and not any(r.type == "located_in" and r.source == ev[0][2] for r in ctx.rels):
                # "Rennes accueillera le forum": the town is also where it takes place
                ctx.add_rel("located_in", ev[0][2], host[0][2], host[0][0], ev[0][1])
                ctx.entities[ev[0][2]].attrs.setdefault("place", ctx.entities[host[0][2]].name)
    _host_towns(ctx)
    # "La Ville de Roubaix accueille l'événement", "Caen la Mer accueille cette édition": the event taken up
    for m in re.finditer(r"\baccueill(?:e|ent|ait|aient|era|eront)\s+(?:l['’]\s?(?:événement|évènement|édition)|cette\s+(?:édition|manifestation|"
                         r"journée|rencontre|soirée)|cet\s+événement|la\s+manifestation|ce\s+rendez-vous)\b", work, re.IGNORECASE):
        ss, _ = ctx.sent_span(m.start())
        host = [x for x in ctx.ents_in(ss, m.start(), ORGS_ONLY) if not _inside_thing(ctx, x)][-1:]
        ev = event_near(ctx, m.start())
        if host and ev and re.fullmatch(r"\s*(?:,[^,;.]{0,60},)?\s*(?:qui\s+)?", work[host[0][1]:m.start()]):
            ctx.add_rel("participates", host[0][2], ev[2], host[0][0], m.end(), role="hôte")
    # "dans les locaux de la Caisse des Dépôts", "Le Grand Narbonne nous a accueillis": the host of the
    # event the sentence is about (only an event named in that sentence: a venue alone says nothing)
    for m in re.finditer(r"\bdans\s+(?:les\s+locaux|l['’]auditorium|les\s+salons|l['’]hôtel)\s+(?:de\s+la|de\s+l['’]|du|des)\s*"
                         r"|\b(?:nous|les)\s+a(?:vait|\s+très|\s+chaleureusement)?\s+(?:chaleureusement\s+)?accueillie?s\b", work, re.IGNORECASE):
        ss, se = ctx.sent_span(m.start())
        evs_here = ctx.ents_in(ss, se, {"Event"})
        if not evs_here:
            continue
        if m.group(0).lower().startswith("dans"):
            host = [x for x in ctx.starting_in(m.end(), m.end() + 90, ORGS_ONLY) if x[0] == m.end()]
        else:
            host = [x for x in ctx.ents_in(ss, m.start(), ORGS_ONLY) if not _inside_thing(ctx, x)][-1:]
        ev = [x for x in evs_here if x[0] < m.start()][-1:] or evs_here[:1]
        if host and ctx.entities[host[0][2]].subtype == "Commune" and re.match(r"(?i)(?:mairie|h[ôo]tel\s+de\s+ville)", work[host[0][0]:host[0][1]]):
            # "dans les locaux de la mairie de Dinan": the town hall is a venue, the town the place
            if not any(r.type == "located_in" and r.source == ev[0][2] for r in ctx.rels):
                ctx.add_rel("located_in", ev[0][2], host[0][2], min(ev[0][0], host[0][0]), max(m.end(), host[0][1]))
                ctx.entities[ev[0][2]].attrs.setdefault("place", ctx.entities[host[0][2]].name)
        elif host:
            ctx.add_rel("participates", host[0][2], ev[0][2], min(ev[0][0], host[0][0]), max(m.end(), host[0][1]), role="hôte")
    # "Le forum « X » (Rennes, 12 mars)": a town in parentheses right after the event
    for s_, e_, k in event_mentions(ctx):
        par = re.match(r"\s*\(\s*", work[e_:e_ + 4])
        if not par:
            continue
        town = ctx.ents_in(e_ + par.end(), e_ + par.end() + 40, {"Collectivite"})[:1]
        if town and town[0][0] == e_ + par.end() and ctx.entities[town[0][2]].subtype == "Commune" \
                and re.match(r"\s*[,)]", work[town[0][1]:town[0][1] + 2]) \
                and not any(r.type == "located_in" and r.source == k for r in ctx.rels):
            ctx.add_rel("located_in", k, town[0][2], s_, town[0][1])
            ctx.entities[k].attrs.setdefault("place", ctx.entities[town[0][2]].name)
    # prize winners: "le jury a distingué X, Y et Z", "Lauréats : X, Y"
    for m in LAUREATE_CUE.finditer(work):
        ev = event_near(ctx, m.start())
        if ev:
            for x in list_after(ctx, m.end(), ORGS_ONLY | {"Person"}):
                ctx.add_rel("participates", x[2], ev[2], m.start(), x[1], role="lauréat")
    # organisations among the speakers: "Y prendront la parole Lorient Agglomération ... et X"
    for m in ORG_SPEAKER_CUE.finditer(work):
        ev = event_near(ctx, m.start())
        if ev:
            for x in list_after(ctx, m.end(), ORGS_ONLY):
                ctx.add_rel("participates", x[2], ev[2], m.start(), x[1], role="intervenant")
    # "La Région Auvergne était elle aussi présente": an organisation present at the event the text speaks of
    for m in re.finditer(r"(?<=\S)\s+(?:était|étaient|sera|seront|a\s+été|ont\s+été)\s+(?:également\s+|aussi\s+|bien\s+|(?:elle|lui|elles|eux)\s+aussi\s+)?"
                         r"présente?s?\b", work):
        org = [x for x in ctx.spans if x[1] == m.start() and ctx.entities[x[2]].type in ORGS_ONLY]
        ev = event_near(ctx, m.start()) if org else None
        if re.match(r"\s+(?:à|au|aux)\s", work[m.end():m.end() + 5]):
            # "Le RTES sera présent à la convention nationale du Coorace": only the event named there
            named = [x for x in ctx.starting_in(m.end(), m.end() + 80, {"Event"}) if x[0] <= m.end() + 12]
            ev = named[0] if named else None
        if org and ev:
            ctx.add_rel("participates", org[0][2], ev[2], org[0][0], m.end(), role="invité")
    # exhibitors: "Ardenne Métropole y tiendra également un stand", "nous y tenions un stand"
    # ((?<=\S): a match starts only after a word, so that a long blank run, where the contacts were masked, costs no backtracking)
    for m in re.finditer(r"(?<=\S)\s+(?:y\s+)?(?:tiendr(?:a|ont)|tien(?:t|nent)|tenai(?:t|ent)|(?:a|ont)\s+tenu|animer(?:a|ont)|anim(?:e|ent|ait|aient))\s+"
                         r"(?:également\s+|aussi\s+|elle\s+aussi\s+|lui\s+aussi\s+)?(?:un|son|leur|des|notre)\s+stands?\b", work):
        org = [x for x in ctx.spans if x[1] == m.start() and ctx.entities[x[2]].type in ORGS_ONLY]
        if not org:
            ss, _ = ctx.sent_span(m.start())
            g = generic_subject(ctx, ss, m.start())
            org = [(ss, m.start(), g)] if g else []
        ev = event_near(ctx, m.start()) if org else None
        if org and ev:
            ctx.add_rel("participates", org[0][2], ev[2], org[0][0], m.end(), role="exposant")
    # organisations that testify ("un témoignage de Plateau Urbain")
    for m in re.finditer(r"t[ée]moignages?\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*", work, re.IGNORECASE):
        ev = event_near(ctx, m.start())
        if ev:
            for s, e, k in list_after(ctx, m.end(), ORGS_ONLY):
                ctx.add_rel("participates", k, ev[2], m.start(), e, role="témoin")


LAUREATE_CUE = re.compile(r"^[ \t]*(?:[-–•*]\s*)?(?:(?:grand\s+)?prix|troph[ée]e|mention(?:\s+spéciale)?|coup\s+de\s+c(?:œ|oe)ur)\b[^:\n]{0,60}:\s*|"
                          r"\b(?:(?:a|ont)\s+(?:notamment\s+|également\s+)?(?:distingué|récompensé|primé)|"
                          r"(?:les\s+)?lauréats?(?:\s+(?:de\s+cette\s+édition|20\d\d))?\s*(?::|sont)|(?:a|ont)\s+remis\s+(?:un|le|les|des)\s+prix\s+à)"
                          r"\s*(?:(?:la|le|l['’]|les)\s+)?", re.IGNORECASE | re.MULTILINE)
ORG_SPEAKER_CUE = re.compile(r"\b(?:une?\s+)?représentante?s?\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*|"
                             r"\bavec\s+(?:la\s+participation|l['’]intervention)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*|"
                             r"\b(?:y\s+)?prendront\s+la\s+parole\s*:?\s*|\bintervenant(?:[·.]?e)?(?:[·.]?s)?\s*:\s*|\bsont\s+intervenus\s*:?\s*", re.IGNORECASE)

FEMININE_ROLE = re.compile(r"(?:présidente|adjointe|déléguée|directrice|conseillère|administratrice|chargée|élue|"
                           r"secrétaire générale|fondatrice|coordinatrice|animatrice|responsable)\b", re.IGNORECASE)


# "La Ville de Niort a participé au forum", "X représentait la Ville au salon": taking part in the event right after
TOOK_PART = re.compile(r"\b(?:(?:a|ont|avait|avaient)\s+(?:également\s+|aussi\s+|activement\s+)?participé|particip(?:era|eront|ait|aient))\s+"
                       r"(?:au|à\s+la|à\s+l['’]|aux)\s*|"
                       r"\breprésentai(?:t|ent)\s+[^,.;:]{2,80}?\s+(?:au|à\s+la|à\s+l['’]|aux|lors\s+du|lors\s+de\s+la|lors\s+de\s+l['’])\s*",
                       re.IGNORECASE)


def _org_participation(ctx: Ctx) -> None:
    work = ctx.notes["work"]
    for m in TOOK_PART.finditer(work):
        ev = [x for x in ctx.starting_in(m.end(), m.end() + 3, {"Event"})][:1]
        if not ev:
            continue
        ss, _ = ctx.sent_span(m.start())
        before = [x for x in ctx.ents_in(ss, m.start(), ORGS_ONLY | {"Person"}) if not _inside_thing(ctx, x)]
        if not before or not re.fullmatch(r"\s*(?:,[^,;.]{0,80},)?\s*", work[before[-1][1]:m.start()]):
            continue  # the subject must be right before the verb (or its apposition)
        who = before[-1]
        if m.group(0).lower().startswith("repr"):
            if ctx.entities[who[2]].type == "Person":
                ctx.add_rel("participates", who[2], ev[0][2], who[0], ev[0][1], role="invitée" if _feminine(ctx, who[2]) else "invité")
            continue
        if ctx.entities[who[2]].type == "Person":
            continue  # (persons: the participation cues of _participates)
        for x in _coordinated(work, [y for y in before if y[2] != ev[0][2]]):
            ctx.add_rel("participates", x[2], ev[0][2], x[0], ev[0][1])


def _represented_at(ctx: Ctx) -> None:
    """"La Région était représentée par X" at an event X takes part in: the Région takes part too."""
    for person, org in ctx.notes.get("represented_by", []):
        if ctx.entities[org].type not in ORGS_ONLY:
            continue
        for r in [r for r in ctx.rels if r.type == "participates" and r.source == person]:
            ctx.add_rel("participates", org, r.target, r.start, r.end)


_PRIZE = r"(?:prix|troph[ée]e|mention|coup\s+de\s+c(?:œ|oe)ur|distinction)"
LAUREATE_AFTER = re.compile(
    rf"(?i)\b{_PRIZE}\b[^.;\n]{{0,80}}?\b(?:(?:a|ont)\s+été\s+|est\s+|sont\s+)?(?:attribuée?s?|décernée?s?|remise?s?)\s+(?:à\s+la|à\s+l['’]|au|aux|à)\s*|"
    rf"\b{_PRIZE}\b[^.;\n]{{0,60}}?\b(?:revient|reviennent|est\s+allée?|sont\s+allée?s|va)\s+(?:à\s+la|à\s+l['’]|au|aux|à)\s*|"
    r"\bcelui\s+(?:du|de\s+la|de\s+l['’])\s*[^,;.\n]{1,30}?\s+(?:à\s+la|à\s+l['’]|au|aux|à)\s*(?=(?:[\w'’-]+\s+){0,2}[A-ZÉ])|"
    r"\b(?:parmi\s+les\s+|les\s+|nos\s+)?lauréat(?:e|s|es)?\b[^:.\n]{0,50}:\s*")
LAUREATE_BEFORE = re.compile(rf"(?i)\b(?:remport(?:e|ent|é)|décroch(?:e|ent|é)|reç(?:oit|oivent)|(?:a|ont)\s+reçu|se\s+voit\s+décerner|"
                             rf"(?:est|sont)\s+lauréate?s?\s+(?:du|de\s+la|des))\s+(?:(?:le|la|les|un|une|l['’])\s*)?(?:\w+\s+)?{_PRIZE}")
PRIZE_EVENT = re.compile(r"(?i)\b(?:prix|troph[ée]es?|remise|lauréats?|concours)\b")
LAUREATE_TYPES = {"ESSOrganization", "Organization", "Collectivite", "Network", "Person"}


def _laureates(ctx: Ctx) -> None:
    """Laureates take part in the prize-giving: "Le prix de l'emploi a été attribué à la Scop X", "celui du
    public à la crèche Y", "Z remporte le prix de la coopération", "Parmi les lauréats : A, B"."""
    work = ctx.notes["work"]
    prize_events = [x for x in event_mentions(ctx) if PRIZE_EVENT.search(" ".join(ctx.entities[x[2]].surfaces))
                    and ctx.entities[x[2]].extra.get("head") != "mois de l'ess"]

    def event_for(pos: int) -> Optional[str]:
        if not prize_events:  # "La soirée a réuni …" then "Parmi les lauréats : …": the evening is the prize-giving
            near = event_near(ctx, pos, back=3000)
            return near[2] if near else None
        before = [x for x in prize_events if x[0] < pos and pos - x[0] < 3000]
        return (before[-1] if before else prize_events[0])[2]

    for m in LAUREATE_AFTER.finditer(work):
        first = next((x for x in ctx.spans if m.end() <= x[0] < m.end() + 60), None)
        if not first or ctx.entities[first[2]].type not in LAUREATE_TYPES or re.search(r"[.;:]", work[m.end():first[0]]):
            continue
        winners = [first] + [x for x in list_after(ctx, first[1], LAUREATE_TYPES) if x[2] != first[2]]
        if work[m.start():m.end()].rstrip().endswith(":"):
            colon = work.rfind(":", m.start(), m.end()) + 1
            listed = list_after(ctx, m.end(), LAUREATE_TYPES, limit=600) + bullet_items(ctx, colon, LAUREATE_TYPES)
            winners += [x for x in listed if x not in winners]
        ev = event_for(m.start())
        for x in winners if ev else ():
            if ctx.entities[x[2]].type in ("Person",) and any(r.type == "holds_post" and r.source == x[2] for r in ctx.rels) \
                    and not work[m.start():m.end()].rstrip().endswith(":"):
                continue  # "remis à X, présidente de …" hands the prize over for the laureate
            ctx.add_rel("participates", x[2], ev, m.start(), x[1], role="lauréat")
    for m in LAUREATE_BEFORE.finditer(work):
        ss, _ = ctx.sent_span(m.start())
        subj = [x for x in ctx.ents_in(ss, m.start(), LAUREATE_TYPES - {"Person"})][-1:]
        ev = event_for(m.start())
        for x in subj if ev else ():
            ctx.add_rel("participates", x[2], ev, x[0], m.end(), role="lauréat")


def _feminine(ctx: Ctx, person: str) -> bool:
    """The person's posts, as written, are in the feminine ("présidente du RTES")."""
    roles = [r.role or "" for r in ctx.rels if r.type == "holds_post" and r.source == person]
    if any(FEMININE_ROLE.search(r) and not r.lower().startswith("responsable") for r in roles):
        return True
    if any(re.search(r"(?i)\b(?:président|directeur|adjoint|délégué|conseiller|administrateur|chargé|élu|fondateur|coordinateur|"
                     r"animateur|trésorier|maire-adjoint)\b", r) for r in roles):
        return False  # the posts are written in the masculine
    from .gender import feminine_first_name
    return feminine_first_name(ctx.entities[person].name)


# a programme's heading on its own line: "Programme", "Déroulé de la journée", "Ordre du jour"
_PROGRAMME_HEAD = (r"(?:au\s+|le\s+)?(?:programme|déroulé|deroulé|ordre\s+du\s+jour)"
                   r"(?:\s+(?:de\s+la\s+(?:journée|matinée|soirée|rencontre|séance)|du\s+(?:forum|séminaire|colloque|webinaire)|"
                   r"prévisionnel|détaillé|complet))?")
_PROGRAMME_HEAD_F = fold(_PROGRAMME_HEAD)


# "9 h 15 – Ouverture" (a programme line of its own), the speakers on the lines under it
OPENING_LINE = re.compile(r"^[ \t]*(?:[-–•*]\s*)?(?:\d{1,2}\s?h\s?\d{0,2}\s*[–—:|-]\s*)?(?:ouverture|clôture|introduction|conclusion|synthèse|"
                          r"mots?\s+d['’]accueil|accueil\s+institutionnel|allocutions?(?:\s+d['’]ouverture|\s+de\s+clôture)?|"
                          r"discours(?:\s+d['’]ouverture|\s+de\s+clôture)?|grands?\s+témoins?|propos\s+introductifs|mot\s+de\s+clôture)"
                          r"(?:\s+(?:officielle|institutionnelle|de\s+la\s+journée|des\s+travaux|des\s+rencontres|du\s+forum))?[ \t]*:?[ \t]*\n",
                          re.IGNORECASE | re.MULTILINE)


def _opening_lines(ctx: Ctx) -> None:
    """"9 h 15 – Ouverture" then "Corinne Vachoux, vice-présidente de … ; Bernard Chappaz, …": each person
    listed under an opening or closing line of a programme speaks at the event the programme is of."""
    work = ctx.notes["work"]
    for m in OPENING_LINE.finditer(work):
        stop = re.search(r"\n[ \t]*\n|^[ \t]*\d{1,2}\s?h", work[m.end():m.end() + 600], re.MULTILINE)
        end = m.end() + (stop.start() if stop else 600)
        ev = event_near(ctx, m.start())
        if not ev:
            continue
        for s, e, k in ctx.ents_in(m.end(), end, {"Person"}):
            if ctx.in_contact(s) or any(r.type == "participates" and r.source == k for r in ctx.rels):
                continue
            role = "intervenante" if _feminine(ctx, k) else "intervenant"
            ctx.add_rel("participates", k, ev[2], m.start(), e, role=role)


def _program_blocks(ctx: Ctx) -> list[tuple[int, int, str]]:
    """Lines ending with ':' that name an event, and the bullet lines that follow (computed once:
    speakers and sub-event places both read them, and events no longer change by then)."""
    if "program_blocks" not in ctx.notes:
        ctx.notes["program_blocks"] = _find_program_blocks(ctx)
    return ctx.notes["program_blocks"]


def _find_program_blocks(ctx: Ctx) -> list[tuple[int, int, str]]:
    work = ctx.notes["work"]
    out = []
    for m in re.finditer(r"[^\n]*:\s*\n|^[ \t]*" + _PROGRAMME_HEAD + r"[ \t]*\n", work, re.IGNORECASE | re.MULTILINE):
        ls, le = m.start(), m.end()
        evs = ctx.ents_in(ls, le, {"Event"})
        if not evs and (re.match(r"\s*(?:(?:au\s+)?programme|avec|intervenant(?:[·.]?e)?(?:[·.]?s)?|participant(?:[·.]?e)?(?:[·.]?s)?)\s*:", ctx.folded[ls:le])
                        or re.match(r"\s*" + _PROGRAMME_HEAD_F + r"\s*$", ctx.folded[ls:le])
                        or re.search(r"(?:interviendr(?:a|ont)|prendront\s+la\s+parole|temoigneront|sont\s+invite(?:e|s|es)?)\s*:\s*$",
                                     ctx.folded[ls:le])):
            prev = [x for x in ctx.spans if ctx.entities[x[2]].type == "Event" and ls - 1500 <= x[0] < ls]
            evs = [next(x for x in prev if x[2] == prev[-1][2])] if prev else []
            if prev and re.match(r"\s*(?:au\s+)?(?:programme|deroule|ordre du jour)", ctx.folded[ls:le]):
                # the programme belongs to the main event announced before it: the first one named (not the
                # national month it is part of: "Mois de l'ESS : le forum « X » s'installe à Roubaix")
                evs = [([x for x in prev if ctx.entities[x[2]].extra.get("head") != "mois de l'ess"] or prev)[0]]
        if not evs:
            continue
        end = le
        in_entry = False  # the lines right under a timed entry ("11h00 – Mot d'accueil" / "Claire Dumas, …") belong to it
        for line in re.finditer(r"[^\n]*\n?", work[le:]):
            t = line.group(0).strip()
            if not t:
                end = le + line.end()
                in_entry = False
                continue
            if t.startswith(("•", "-", "–", "*", "·")) or re.search(r"(?i)en présence|intervenant|animé|^animation|^avec\s*:", t) \
                    or re.match(r"\d{1,2}\s?h\s?\d{0,2}", t) or (in_entry and len(t) < 400):
                in_entry = in_entry or re.match(r"\d{1,2}\s?h\s?\d{0,2}", t) is not None
                end = le + line.end()
                continue
            break
        # "la soirée débutera par une table ronde « X », réunissant :": the event named last before the colon
        # (not one named as the frame: "le lancement ... pendant le Salon des Maires :")
        unframed = [x for x in evs if not re.search(r"(?:pendant|lors|au\s+cours|dans\s+le\s+cadre|a\s+l'occasion|en\s+marge)\s+(?:du|de\s+la|de\s+l'|des|d'|le|la|l')\s*$",
                                                    ctx.folded[max(0, x[0] - 30):x[0]])]
        lead = evs[0] if re.match(r"\s*(?:au\s+)?(?:programme|deroule|ordre du jour)", ctx.folded[ls:le]) else (unframed or evs)[-1]
        out.append((le, end, lead[2]))
    return out


