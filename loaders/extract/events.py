"""ess_events/1: events found from their head noun ("webinaire", "table ronde",
"Congrès", "Mois de l'ESS") and what names them; mentions of one event are merged
(definite or demonstrative mentions refer back), sub-events are kept apart.
"""
from __future__ import annotations

import re
from typing import Optional

from .base import Ctx, Mention, clean_space, fold, norm
from .lexicon import EVENT_HEAD_RE, ROLE_HEAD, event_head_key
from .collectivites import _cog_find
from .phrases import (CONNECT, DET_RE, GENERIC_CTX, ORDINAL_RE, QUOTE_RE, _cap, _skip_space, _title_line,
                      complement)
from .refs import _token_at
from .registry import register
from .themed_events import themed_events

# ---------------------------------------------------------------- ess_events/1
def events(ctx: Ctx) -> None:
    work, folded, text = ctx.notes["work"], ctx.folded, ctx.text
    evs: list[dict] = []
    consumed: list[tuple[int, int]] = []
    for m in EVENT_HEAD_RE.finditer(folded):
        hs, he = m.start(), m.end()
        if any(s <= hs < e for s, e in consumed):
            continue
        if evs and evs[-1]["head"] in ("soiree", "ceremonie") and evs[-1]["start"] < hs < evs[-1]["end"] \
                and re.fullmatch(r"\s+(?:de\s+|d['’]\s?)", folded[evs[-1]["start"] + len(evs[-1]["head"]):hs]):
            continue  # "la soirée de lancement du Mois de l'ESS", "cérémonie d'inauguration": one occasion
        if ctx.in_contact(hs):
            continue
        if any(s < hs < e and ctx.entities[k].type in ("ESSOrganization", "Organization", "Network", "PublicBody")
               for s, e, k in ctx.spans):
            continue  # "la coopérative Les Ateliers Sabot": the word opens an organisation's name
        head_surface = work[hs:he]
        if re.search(r"(?:a|aller|partir) (?:la|a la) $", folded[max(0, hs - 12):hs]) and folded[hs:he].startswith("rencontre"):
            continue  # "à la rencontre des acteurs": an idiom, not an event
        head = event_head_key(fold(head_surface))
        head_kind = head
        if head == "remise des prix" and "troph" in fold(head_surface):
            head = "trophees"  # "la remise des Trophées X" is the occurrence of the Trophées X, in a programme's slot
        if head == "ag" and not work[hs:he].isupper():
            continue
        before = folded[max(0, hs - 30):hs]
        if re.search(r"\b(?:centre|palais|parc|salle|hall|halle|maison)s?\s+(?:des|de|du)\s+$", before):
            continue  # a venue ("centre de congrès Pierre-Baudis", "parc des expositions"), not an event
        sent_s, sent_e = ctx.sent_span(hs)
        sent_f = folded[sent_s:sent_e]
        # exclusions: posts that name a group ("président du groupe..."), conventions d'affaires are events
        proper_plural = head_surface[:1].isupper() or re.match(r"\s+(?:nationales|regionales|europeennes|internationales|annuelles|departementales|"
                             r"territoriales|metropolitaines)\b", folded[he:he + 20]) is not None
        plural = fold(head_surface).split()[0].endswith("s") and head not in ("congres", "assises", "trophees", "mois de l'ess") \
            and not proper_plural
        series = re.search(r"(?:serie|cycle) d[e']\s?$", before) is not None
        ordm = ORDINAL_RE.search(work[max(0, hs - 20):hs])
        detm = DET_RE.search(before)
        det = fold(detm.group("det")).strip() if detm else ""
        # complement
        cstart = he
        title = None
        colon_gap = False
        comp_end = he
        if head == "mois de l'ess":
            comp_end = he
            y = re.match(r"\s+(\d{4})", work[he:])
            if y:
                comp_end = he + y.end()
        else:
            indefinite = re.search(r"\b(?:un|une|d'un|d'une)\s*$", before) is not None or ORDINAL_RE.search(work[max(0, hs - 20):hs])
            # "une table ronde sur les clauses sociales", "puis table ronde sur …" (a programme's shorthand)
            themed = (indefinite or not det and re.search(r"(?:\bpuis|\bet|[:,–—-])\s*$", before)) and re.match(r"\s+sur\s+(?:l['’]|la\s|le\s|les\s)(?!site|stand|place|inscription|le\s+site)", folded[he:he + 30])
            comp_end = complement(ctx, he, maxw=12, allow=("autour", "sur") if themed else ("autour",))
            # no trailing connectors
            while comp_end > he and fold(work[he:comp_end]).split()[-1:] and fold(work[he:comp_end]).split()[-1] in CONNECT:
                comp_end = he + work[he:comp_end].rstrip().rfind(" ")
                if comp_end <= he:
                    comp_end = he
                    break
        if re.fullmatch(r"[ \t]+(?:[A-Z]|\d{1,2})", work[he:comp_end]):
            comp_end = he  # the complement is only the label ("Atelier B – …"): read as a label below
        label = re.match(r"[ \t]+(?:[A-Z]|\d{1,2})(?:[ \t]*(?=[«\"“])|(?=[ \t]*(?:[:|]|[–—-][ \t])))", work[comp_end:comp_end + 6])
        labelled = None
        if label and comp_end == he:
            # "Atelier A « … »", "Table ronde 2 « … »", "Atelier C – Circuits courts": a label in the programme
            comp_end += label.end()
            labelled = comp_end
        qpos = _skip_space(work, comp_end)
        if work[qpos:qpos + 1] == ":" and comp_end == he:
            qpos = _skip_space(work, qpos + 1)
        q = QUOTE_RE.match(work, qpos)
        if q and q.start() - comp_end <= 4 and q.group("t")[:1].islower() and not labelled \
                and getattr(_token_at(ctx, q.start("t")), "pos_", "") in ("VERB", "AUX"):
            q = None  # "les Trophées « montrent que l'ESS … »": a quotation follows the name, not a title
        if q and q.start() - comp_end <= 4:
            title = q.group("t")
            colon_gap = ":" in work[comp_end:q.start()]
            comp_end = q.end()
            where = re.match(r"[ \t]+(?:en|EN|En)[ \t]+", work[comp_end:comp_end + 8])
            if where:
                # "Rencontres régionales « Collectivités & ESS » en Centre-Val de Loire": the region is in the name
                at = comp_end + where.end()
                reg = re.match(r"[A-ZÀ-Ý][\w'’-]*(?:[ \t]+(?:de|du|des|la|DE|DU|LA)?[ \t]*[A-ZÀ-Ý][\w'’-]*)*", work[at:at + 40])
                if reg and _cog_find(reg.group(0).title() if reg.group(0).isupper() else reg.group(0), "Region"):
                    comp_end = at + reg.end()
        # title line "Table ronde : réemploi et économie circulaire"
        line = _title_line(ctx, hs)
        bar_named = None
        if not title and line and head != "mois de l'ess" and (labelled or not re.search(r"[A-ZÉ]", work[he:comp_end])) \
                and (work[_skip_space(work, comp_end):_skip_space(work, comp_end) + 1] in (":", "|")
                     or labelled and re.match(r"[ \t]*[–—-][ \t]", work[comp_end:comp_end + 4])) \
                and line[1] - comp_end > 4 and not QUOTE_RE.match(work, _skip_space(work, _skip_space(work, comp_end) + 1)):
            title_s = _skip_space(work, _skip_space(work, comp_end) + 1)
            title = work[title_s:line[1]].strip()
            tail = TITLE_TAIL.search(title)
            if tail:
                title = title[:tail.start()]  # "Atelier 1 – Clauses sociales, animé par X": the title ends at the comma
                line = (line[0], title_s + len(title))
            if re.match(r"(?i)(?:nos|vos|notre|votre|leurs?|ces|cette|ce|tous|toutes|tout|retour|bilan|programme|le\s+programme|"
                        r"les\s+rendez-vous|ce\s+qu)\b", title) or re.match(r"(?:un|une|des|le|la|les|l['’]|du|au|aux|cap)\b", title):
                # "Assemblée générale 2022 : un nouveau bureau ...": the page's headline, not the event's title
                title = None  # "Mois de l'ESS 2023 : nos rendez-vous": a page heading, not the event's title
            else:
                comp_end = line[1]
                if labelled:
                    bar_named = f"{_cap(work[hs:labelled])} « {title} »"
                elif work[_skip_space(work, he):_skip_space(work, he) + 1] == "|":
                    # "Webinaire | Emploi local : …" (a heading with a bar): the title, cut at the next dash
                    title = re.split(r"\s[–—]\s", title)[0].strip()
                    comp_end = _skip_space(work, _skip_space(work, he) + 1) + len(title)
                    bar_named = f"{_cap(work[hs:he])} « {title} »"
        appel = re.match(r"\s*(?:appel[ée]e?|intitul[ée]e?|baptis[ée]e?|nomm[ée]e?)\s+(?:le\s+|la\s+|l['’])?[\"«“]\s*(?P<t>[^\"»”]{2,80}?)\s*[\"»”]",
                         work[comp_end:comp_end + 120])
        named = bar_named
        if appel:
            named = appel.group("t")
            consumed.append((comp_end, comp_end + appel.end()))
        comp = work[he:comp_end]
        has_comp = bool(comp.strip()) or bool(title)
        if plural and not series and not title and det not in ("ces", "ses", "leurs", "nos"):
            continue
        if det in ("chaque", "des", "les", "nos", "vos", "plusieurs", "deux", "trois", "ces", "leurs") and not title and not series \
                and not (proper_plural and det in ("les", "des", "ces", "nos")) and det != "ces":
            continue
        if GENERIC_CTX.search(sent_f) and not title and not ordm and head != "mois de l'ess" \
                and not (head_surface[:1].isupper() and comp.strip()):
            continue
        if det in ("de", "d'") and not series and not has_comp:
            continue  # "temps de rencontre"
        if re.search(rf"{ROLE_HEAD}\s+(?:du|de la|de l'|des)\s*$", before):
            continue
        if head == "journee" and not (title and title[:1].isupper()) and not re.match(r"\s+(?:de|d'|du|des|nationale|regionale|europeenne|thematique|portes)\b", folded[he:he + 14]) \
                and not (det in ("la", "une", "cette") and _has_date(ctx, hs, he)):
            continue  # "toute la journée", "une journée de travail" are not events
        start = hs
        if ordm:
            start = hs - len(ordm.group(0))
        if series:
            start = hs - len(re.search(r"(?:serie|cycle) d[e']\s?$", before).group(0))
        if det in ("un", "une") and re.match(r"\s+(?:consacr|dedi)", folded[he:he + 12]):
            # "un webinaire consacré aux mesures d'urgence": a description of the event, not its name
            comp_end = he
            comp = ""
            has_comp = bool(title)
        if not title and not named:
            # "webinaire gratuit", "débat modéré par", "table ronde de l'après-midi": words about the
            # occurrence, not part of its name
            trim = EVENT_NAME_TAIL.search(work[he:comp_end])
            if trim:
                comp_end = he + trim.start()
                comp = work[he:comp_end]
                has_comp = bool(comp.strip())
        if head == "atelier" and head_surface == "Ateliers" and re.match(r"\s+(?:du|des|de\s+la|de\s+l['’])\s*[A-ZÉ]", work[he:he + 12]):
            continue  # "Les Ateliers du Canal": an organisation's name, not workshops
        if head == "atelier" and head_surface[:1].isupper() and re.match(r"\s+(?:du|des|de\s+la|de\s+l['’])\s*[A-ZÉ]", work[he:he + 12]) \
                and (re.search(r"\S\s+L['’]\s?$", work[max(0, hs - 6):hs])
                     or re.search(r"\b(?:entreprise|association|coop[ée]rative|scic|scop|structure|chantier)\b[^,.;:\n]{0,30}$",
                                  folded[max(0, hs - 45):hs])):
            continue  # "l'entreprise à but d'emploi L'Atelier du Saintois": a structure's name
        if not title and not named:
            comp_end = _heading_rest(ctx, start, comp_end)
            comp = work[he:comp_end]
        surface = text[start:comp_end]
        if title and q is not None and (colon_gap or re.fullmatch(r"\s+(?:intitul|baptis|appel|nomm|dénomm)[ée]e?s?\s*", work[he:q.start()])):
            # "Table ronde : « X »", "une table ronde intitulée « X »": the kind and the title
            surface = text[start:he] + " " + text[q.start():q.end()]
        if title and q:
            consumed.append((q.start(), q.end()))
        ev = {"start": start, "end": comp_end, "head": head, "ordinal": _ordinal_key(ordm.group("o")) if ordm else None,
              "comp": comp.strip(), "title": title, "named": named, "det": det, "surface": surface,
              "has_comp": has_comp, "series": series, "line": _title_line(ctx, start), "head_cap": head_surface[:1].isupper(), "head_kind": head_kind}
        evs.append(ev)
    evs += _bulleted_titles(ctx, consumed)
    evs += _verbal_inaugurations(ctx, evs)
    evs += themed_events(ctx, evs, consumed)
    evs.sort(key=lambda ev: ev["start"])
    evs = _absorb_occasions(ctx, evs)
    _extend_cut_owner(ctx, evs)
    _clause_dates(ctx, evs)
    _merge_events(ctx, evs)
    _quoted_heading_titles(ctx)


# an agenda entry's heading that is only a quoted title: "« ESS et emploi des jeunes » — Mulhouse, jeudi 14 juin"
_QUOTED_HEADING = re.compile(r"^[ \t]*[«“\"]\s*(?P<t>[^»”\"\n]{6,140}?)\s*[»”\"][ \t]*(?:[–—:|-][^\n]{0,80})?$", re.MULTILINE)


def _quoted_heading_titles(ctx: Ctx) -> None:
    """"« ESS et emploi des jeunes » — Mulhouse, jeudi 14 juin" then "…, cette rencontre se tiendra …": the event
    the paragraph calls only by its kind is the one the heading above names by its title."""
    work = ctx.notes["work"]
    for k, ent in list(ctx.entities.items()):
        if ent.type != "Event" or not ent.mentions or fold(ent.name) not in _BARE_KINDS:
            continue
        s = min(a for a, _ in ent.mentions)
        # (the heading is the paragraph just above, or the line right before the mention)
        heads = [m for m in _QUOTED_HEADING.finditer(work, max(0, s - 400), s) if work[m.end():s].count("\n\n") <= 1]
        if not heads or ctx.ents_in(heads[-1].start(), heads[-1].end(), {"Event"}):
            continue
        h = heads[-1]
        title = clean_space(h.group("t"))
        ent.add_surface(title)
        ent.name = f"{ent.name} « {title} »"
        register(ctx, Mention(h.start("t") - 1, h.end("t") + 1, work[h.start("t") - 1:h.end("t") + 1], "Event", "",
                              key=next(iter(ent.keys)), alias_only=True))


_BARE_KINDS = {"rencontre", "journee", "forum", "conference", "table ronde", "atelier", "soiree", "webinaire", "seminaire",
               "debat", "matinee", "reunion", "assemblee generale", "colloque", "salon"}


OCCASION_HEADS = {"remise des prix", "inauguration", "lancement", "ceremonie", "soiree", "pleniere"}
OF_EDITION = re.compile(r"\s*(?:de\s+la\s+|du\s+|des\s+|de\s+l['’]\s?)(?:(?:\d{1,2}\s?(?:e|è|ème|eme|re|er)|première|deuxième|"
                        r"troisième|dernière|prochaine|nouvelle)\s+édition\s+(?:des\s+|du\s+|de\s+la\s+|de\s+l['’]\s?))?$", re.IGNORECASE)
UMBRELLA_HEADS = {"mois de l'ess", "semaine", "festival"}
BARE_COREF_HEADS = {"ceremonie", "soiree", "inauguration", "remise des prix", "journee", "debat", "rencontre"}  # not "lancement": a launch is its own event


def _absorb_occasions(ctx: Ctx, evs: list[dict]) -> list[dict]:
    """"la remise des prix de la 6e édition des Trophées rennais de l'ESS": the occasion and the
    event it belongs to, written as one noun phrase, are one occurrence (the annotation rules'
    "precise occurrence"); it keeps the event's head so later mentions of that event join it."""
    work = ctx.notes["work"]
    out: list[dict] = []
    i = 0
    while i < len(evs):
        ev = evs[i]
        nxt = evs[i + 1] if i + 1 < len(evs) else None
        if nxt is not None and ev["head"] in OCCASION_HEADS and nxt["head"] not in OCCASION_HEADS | UMBRELLA_HEADS \
                and not ev["title"] and not ev["comp"] and OF_EDITION.match(work[ev["end"]:nxt["start"]]) \
                and "\n" not in work[ev["end"]:nxt["start"]]:
            merged = dict(nxt)
            merged.update(start=ev["start"], surface=ctx.text[ev["start"]:nxt["end"]], det=ev["det"],
                          line=ev["line"], head_cap=ev["head_cap"], has_comp=True)
            merged["also"] = nxt["surface"]
            out.append(merged)
            i += 2
            continue
        out.append(ev)
        i += 1
    return out


INAUGURATED = re.compile(r"(?P<np>\b(?:le|la|l['’]|les|son|sa|ses|leur|leurs)\s*[^,.;:!?\n]{2,70}?)\s+(?:a|ont|sera|seront|vient|viennent)\s+"
                         r"(?:été\s+|d['’]être\s+|être\s+)?(?:officiellement\s+|solennellement\s+|enfin\s+)?inaugur[ée]e?s?\b|"
                         r"(?P<np3>\b(?:le|la|l['’]|les)\s*[^,.;:!?\n]{0,30}?(?-i:[A-ZÉ])[^,.;:!?\n]{1,50}?),\s+[^.;:!?\n]{3,140}?,\s+"
                         r"(?:a|ont)\s+été\s+(?:officiellement\s+|solennellement\s+)?inaugur[ée]e?s?\b|"
                         r"\b(?:a|ont|va|vont|viendra|viennent\s+d['’])\s+(?:officiellement\s+)?inaugur(?:é|er)\s+"
                         r"(?!le\s+(?:\d|1er|premier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b)"
                         r"(?P<obj>(?:le|la|l['’]|les|son|sa|ses|leur|leurs)\s*[^,.;:!?\n]{2,70}?)(?=\s*(?:[,.;:!?\n]|\s(?:en|à|au|le|ce|samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi)\b))|"
                         r"\binaugurer(?:a|ont)\s+(?P<obj2>(?:le|la|l['’]|les|son|sa|ses|leur|leurs)\s*[^,.;:!?\n]{2,70}?)(?=\s*[,.;:!?\n])",
                         re.IGNORECASE)
_OF_ART = {"le": "du ", "la": "de la ", "l'": "de l'", "les": "des ", "son": "de son ", "sa": "de sa ", "ses": "de ses ",
           "leur": "de leur ", "leurs": "de leurs "}


def _verbal_inaugurations(ctx: Ctx, evs: list[dict]) -> list[dict]:
    """"le tiers-lieu La Fabrique du Val a été officiellement inauguré": the inauguration is an event
    of the text even with no event noun; it is named after what was inaugurated."""
    work = ctx.notes["work"]
    out = []
    for m in INAUGURATED.finditer(work):
        g = next(g for g in ("np", "np3", "obj", "obj2") if m.group(g))
        np_s, np_e = m.start(g), m.end(g)
        if any(ev["start"] <= np_s < ev["end"] or np_s <= ev["start"] < m.end() for ev in evs):
            continue  # an event noun is already there ("l'inauguration de ...", "le salon a été inauguré")
        art = re.match(r"(le|la|l['’]|les|son|sa|ses|leur|leurs)\s*", work[np_s:np_e], re.IGNORECASE)
        thing = work[np_s + art.end():np_e].strip()
        if not thing or ctx.in_contact(np_s):
            continue
        name = "Inauguration " + _OF_ART[fold(art.group(1)).replace("’", "'")] + thing
        out.append({"start": np_s, "end": m.end(), "head": "inauguration", "ordinal": None, "comp": thing, "title": None,
                    "named": name, "det": "", "surface": ctx.text[np_s:m.end()], "has_comp": True, "series": False,
                    "line": None, "head_cap": False})
    return out


EVENT_NAME_TAIL = re.compile(r"(?:\s+(?:gratuite?s?|ouverte?s?\s+à\s+tou(?:s|tes)|en\s+ligne|en\s+visio(?:conférence)?|"
                             r"(?<!portes )(?:modéré|animé|organisé|présidé|coordonné|introduit|clôturé|ouvert|proposé)e?s?\b.*|"
                             r"(?:de|du)\s+(?:l['’]après-midi|la\s+matinée|matin|soir|la\s+soirée|la\s+journée)))+\s*$",
                             re.IGNORECASE)


_ORD_WORDS = {"premier": 1, "premiere": 1, "deuxieme": 2, "second": 2, "seconde": 2, "troisieme": 3, "quatrieme": 4,
              "cinquieme": 5, "sixieme": 6, "septieme": 7, "huitieme": 8, "neuvieme": 9, "dixieme": 10, "onzieme": 11,
              "douzieme": 12, "treizieme": 13, "quatorzieme": 14, "quinzieme": 15, "vingtieme": 20}


def _ordinal_key(o: str) -> str:
    """"1er", "premier", "1re" -> "1"; "3e", "3ème", "troisième" -> "3" (one key for one edition)."""
    f = fold(o).replace(" ", "")
    m = re.match(r"(\d+)", f)
    if m:
        return m.group(1)
    f = f[:-1] if f.endswith("s") and f[:-1] in _ORD_WORDS else f  # "sixièmes Trophées"
    return str(_ORD_WORDS[f]) if f in _ORD_WORDS else f


_SINGULAR = {"table ronde": "Table ronde", "atelier": "Atelier", "conference": "Conférence", "webinaire": "Webinaire",
             "debat": "Débat", "seminaire": "Séminaire", "rencontre": "Rencontre", "pleniere": "Plénière"}


_PLURAL_HEADS = r"tables?[- ]rondes|ateliers|conferences|webinaires|debats|seminaires|pleniere?s|visites"
_COUNT = r"(?:deux|trois|quatre|cinq|six|sept|huit|\d{1,2})"
# a bullet, then (optionally) its date and time ("• Jeudi 19 octobre, 11h – "), then the quoted title
_ITEM_QUOTE = re.compile(r"\s*(?:[-–•*·]|\d{1,2}[.)]|[a-h][.)])\s*(?:[^«“\"\n]{0,40}?\s[–—:-]\s*)?(?P<q>[«“\"]\s*(?P<t>[^»”\"\n]{3,120}?)\s*[»”\"])")
_NEXT_ITEM = re.compile(r"[^;\n]*;\s*(?:(?:et|enfin|puis)\s*,?\s*)?(?=[«“\"])")  # "…, animé par X ; enfin « B »"
_INLINE_LIST = re.compile(rf"\b{_COUNT}\s+(?P<h>{_PLURAL_HEADS})\b(?:\s+[\w'-]+){{0,3}}\s*:\s*(?=[«“\"])")


def _title_event(work: str, head: str, qs: int, qe: int, title: str) -> dict:
    return {"start": qs, "end": qe, "head": head, "ordinal": None, "comp": "", "title": title, "named": None,
            "det": "", "surface": f"{_SINGULAR[head]} {work[qs:qe]}", "has_comp": True, "series": False,
            "line": None, "head_cap": True}


def _plural_head(h: str) -> str:
    return event_head_key(h.rstrip("s").replace("tables", "table").replace("-", " "))


def _bulleted_titles(ctx: Ctx, consumed: list) -> list[dict]:
    """"Deux tables rondes rythmeront la matinée :", "Après-midi : trois ateliers au choix", then one
    bullet or numbered line per quoted title; or the titles inline, "trois ateliers : « A », animé par
    X ; « B » ; enfin « C »". Each title is an event of that kind ("Table ronde « … »")."""
    work, folded = ctx.notes["work"], ctx.folded
    out = []
    for m in re.finditer(rf"(?m)^(?P<l>[^\n]*\b(?P<h>{_PLURAL_HEADS})\b[^\n]*)$", folded):
        line = m.group("l").rstrip()
        if not (line.endswith(":") or len(line) <= 80 and not line.endswith((".", "!", "?"))
                and (re.search(rf"\b{_COUNT}\s+(?:[\w'-]+\s+)?(?:{_PLURAL_HEADS})\b", line)
                     or re.match(rf"\s*(?:au\s+)?programme\s+(?:des|de\s+nos|de\s+ces)\s+(?:{_PLURAL_HEADS})\s*$", line))):
            continue
        head = _plural_head(m.group("h"))
        if head not in _SINGULAR:
            continue
        pos = m.end() + 1
        if work[pos:pos + 1] == "\n":
            pos += 1  # one blank line between the heading and its list
        n_items = 0
        for item in re.finditer(r"[^\n]*\n?", work[pos:]):
            t = item.group(0)
            if not t.strip():
                if n_items and _ITEM_QUOTE.match(work, pos + item.end()) and work[pos + item.end():pos + item.end() + 1] != "\n":
                    continue  # one blank line between two items of the list
                break
            q = _ITEM_QUOTE.match(t)
            if not q:
                break
            qs, qe = pos + item.start() + q.start("q"), pos + item.start() + q.end("q")
            if any(s <= qs < e for s, e in consumed):
                continue
            consumed.append((qs, qe))
            out.append(_title_event(work, head, qs, qe, q.group("t")))
            n_items += 1
    for m in _INLINE_LIST.finditer(folded):
        head = _plural_head(m.group("h"))
        if head not in _SINGULAR:
            continue
        _ss, se = ctx.sent_span(m.start())
        pos = m.end()
        while pos < se:
            q = QUOTE_RE.match(work, pos)
            if not q or any(s <= q.start() < e for s, e in consumed):
                break
            consumed.append((q.start(), q.end()))
            out.append(_title_event(work, head, q.start(), q.end(), q.group("t")))
            nxt = _NEXT_ITEM.match(work, q.end())
            if not nxt or nxt.end() > se + 400:
                break
            pos = nxt.end()
    return out


AGENT_TYPES = {"Collectivite", "Network", "ESSOrganization", "PublicBody", "Organization", "Club"}
THEME_RE = re.compile(r"\bsur\s+(?:la\s+th[ée]matique|le\s+th[èe]me)\s+(?:de\s+l['’]|de\s+la\s+|du\s+|des\s+|de\s+)?")


def _extend_cut_owner(ctx: Ctx, evs: list[dict]) -> None:
    """"l'assemblée générale ordinaire de la Chambre régionale de l'ESS de Bretagne": when the
    complement stopped (word limit) inside an organisation's name, the event name runs to its end."""
    work = ctx.notes["work"]
    for ev in evs:
        if ev["title"] or ev["named"] or not ev["comp"]:
            continue
        of_place = re.match(r"\s*(?:de\s+|d['’]\s?|du\s+)", work[ev["end"]:ev["end"] + 5])
        if of_place:
            nxt = [x for x in ctx.spans if x[0] == ev["end"] + of_place.end() and ctx.entities[x[2]].type == "Collectivite"]
            if nxt and "\n" not in work[ev["end"]:nxt[0][1]]:
                ev["also"] = ctx.text[ev["start"]:nxt[0][1]]  # "Rencontres de l'ESS d'Est Ensemble": a form of the name too
        for s_, e_, k in ctx.spans:
            if ev["start"] < s_ < ev["end"] < e_ and "\n" not in work[ev["end"]:e_] \
                    and ctx.entities[k].type in AGENT_TYPES - {"Collectivite"}:
                ev["end"] = e_
                ev["comp"] = work[ev["start"] + len(ev["surface"]) - len(ev["comp"]):e_].strip() \
                    if ev["surface"].endswith(ev["comp"]) else ev["comp"]
                ev["surface"] = ctx.text[ev["start"]:e_]
                break


def _clause_dates(ctx: Ctx, evs: list[dict]) -> None:
    """The date written in each event mention's own clause (before the next event noun)."""
    for i, ev in enumerate(evs):
        ss, se = ctx.sent_span(ev["start"])
        nxt = evs[i + 1]["start"] if i + 1 < len(evs) and evs[i + 1]["start"] < se else se
        prv = evs[i - 1]["end"] if i > 0 and evs[i - 1]["end"] > ss else ss
        after = [d for d in ctx.dates if ev["end"] <= d.start < nxt and d.precision != "year"]
        before = [d for d in ctx.dates if prv <= d.start < ev["start"] and d.precision != "year"]
        ev["date"] = after[0] if after else (before[-1] if before else None)
        ev["comp_orgs"] = frozenset(k for s_, e_, k in ctx.ents_in(ev["start"], ev["end"], AGENT_TYPES))
        ev["clause_end"] = nxt


def _theme_name(ctx: Ctx, ev: dict) -> Optional[str]:
    """"une rencontre ... à Tarnos" after "sur la thématique X": "Rencontre X à Tarnos"."""
    work = ctx.notes["work"]
    i = ctx.sent_index(ev["start"])
    theme = None
    for j in (i, i - 1):
        if j < 0:
            continue
        ss, se = ctx.sents[j]
        m = None
        for m in THEME_RE.finditer(work, ss, se):
            pass
        if m:
            te = complement(ctx, m.end(), maxw=6)
            if te > m.end():
                theme = work[m.end():te].strip()
                break
    if not theme:
        return None
    places = []
    pos = None
    work = ctx.notes["work"]
    for s_, e_, k in ctx.ents_in(ev["end"], ev.get("clause_end", ev["end"]), {"Collectivite"}):
        gap = work[pos:s_] if pos is not None else work[max(0, s_ - 4):s_]
        if (pos is None and re.search(r"\bà\s*$", gap)) or (pos is not None and re.fullmatch(r"\s*(?:et|,)\s*", gap)):
            places.append(ctx.entities[k].name)
            pos = e_
        elif pos is not None:
            break
    name = f"{_cap(ev['surface'].split()[-1] if ev['surface'] else 'Rencontre')} {theme}"
    if places:
        name += " à " + " et ".join(places)
    return name


def _comp_key(ctx: Ctx, comp: str) -> str:
    c = norm(comp)
    c = re.sub(r"^(?:de la\b|de l'|du\b|des\b|de\b|d'|l')\s*", "", c)  # ("de lancement" keeps its "la")
    # "Soirée de lancement" in an agenda's heading, "la soirée d'ouverture" in its text: one opening
    c = re.sub(r"^(?:ouverture|inaugurale|d'ouverture)\b", "lancement", c)
    return c


# what follows a programme entry's title on its line: who runs it, not its name
TITLE_TAIL = re.compile(r"\s*,\s+(?:(?:co-?)?anim[ée]|présid[ée]|modér[ée]|propos[ée]|organis[ée]|port[ée]|avec\b|en\s+présence|"
                        r"en\s+partenariat|qui\b|par\b)")


def _headline(ctx: Ctx, ent) -> bool:
    """The event was first named in the document's headline: its first line, or a short line among its
    first three (after a dateline or a rubric: "SAINT-PIERRE\n\nForum X : …")."""
    if len(ent.mentions) != 1:
        return False
    lines = [m for m in re.finditer(r"[^\n]+", ctx.text[:600]) if m.group(0).strip()][:3]
    return any(m.start() <= ent.first < m.end() and (i == 0 or len(m.group(0)) < 140 and not m.group(0).rstrip().endswith("."))
               for i, m in enumerate(lines))


def _words_in(a: str, b: str) -> bool:
    """One complement is the other, or a run of whole words of it ("b" is not in "bourgs")."""
    return re.search(rf"(?<!\w){re.escape(a)}(?!\w)", b) is not None or re.search(rf"(?<!\w){re.escape(b)}(?!\w)", a) is not None


def _core_key(ck: str, owned: bool) -> str:
    """A complement without its year and, when it names an organisation, without that trailing
    owner ("nationales du rtes 2013" -> "nationales")."""
    c = re.sub(r"\b\d{4}\b", " ", ck)
    if owned:
        c = re.sub(r"\s(?:de la|de l'|du|des|de|d')\s?[^\s].*$", "", " " + c)
    return re.sub(r"\s+", " ", c).strip()


def _inaugurated(ctx: Ctx, ev: dict) -> Optional[str]:
    """The ESS structure whose inauguration "son / cette / l'inauguration" is: the last one named in
    this sentence or the two before ("découvrir Isula Riusu. … Pour cette inauguration, …")."""
    if ev["det"] not in ("son", "sa", "leur", "cette", "l'", "la"):
        return None
    i = ctx.sent_index(ev["start"])
    lo = ctx.sents[max(0, i - 2)][0] if ctx.sents else 0
    cands = ctx.ents_in(lo, ev["start"], {"ESSOrganization"})
    return cands[-1][2] if cands else None


def _of_name(name: str) -> str:
    """"de La Grange Commune", "d'Isula Riusu", "du Grenier du Léguer" (for "Le Grenier du Léguer")."""
    if name.startswith("Le "):
        return "du " + name[3:]
    if name.startswith("Les "):
        return "des " + name[4:]
    if re.match(r"[AEIOUYÉÈÊÂÎÔH]", name) and not name.isupper():
        return "d'" + name
    return "de " + name


def _during(ctx: Ctx, ev: dict) -> bool:
    """"lors de la cérémonie", "au cours de la soirée": the occasion the text is telling about."""
    return re.search(r"\b(?:lors|au\s+cours|a\s+l'issue|a\s+l'occasion|en\s+marge)\s+(?:de\s+la|du|de\s+l')\s*$",
                     ctx.folded[max(0, ev["start"] - 40):ev["start"]]) is not None


def _merge_events(ctx: Ctx, evs: list[dict]) -> None:
    by_head: dict[str, list[str]] = {}
    # a text that names a single edition of the Mois de l'ESS: its year-less mentions are that edition
    mois_years = {y.group(0) for ev in evs if ev["head"] == "mois de l'ess" for y in [re.search(r"\d{4}", ev["comp"] or "")] if y}
    only_year = next(iter(mois_years)) if len(mois_years) == 1 else ""
    for ev in evs:
        head = ev["head"]
        ck = _comp_key(ctx, ev["comp"]) if ev["comp"] else ""
        tk = norm(ev["title"]) if ev["title"] else ""
        target = None
        prev = by_head.get(head, [])
        weak = ev["has_comp"] and not ev["title"] and not re.search(r"[A-ZÉ0-9]|autour|\bde\s+l['’]appel", ev["comp"]) \
            and ev["det"] in ("un", "une")
        if weak and (_event_verb_after(ctx, ev["end"]) or ev["date"] is not None) and re.match(r"(?:sur|autour)\b", fold(ev["comp"])):
            weak = False  # "une table ronde sur l'ancrage territorial ... sera modérée par X": an occurrence
        lower_only = ev["has_comp"] and not ev["title"] and not re.search(r"[A-ZÉ0-9]|autour|\bde\s+l['’]appel|^(?:sur|consacr|dédi)", ev["comp"])
        on_title_line = ev["line"] is not None and ev["line"][0] >= ev["start"] - 12 or _programme_item(ctx, ev["start"])
        if lower_only and not weak and ev["date"] is None and not _event_verb_after(ctx, ev["end"]) and not prev \
                and not on_title_line and not ev.get("head_cap") \
                and not ev["ordinal"] and not ev["series"] and head not in ("mois de l'ess", "anniversaire"):
            continue  # "visiter l'atelier de réparation de vélos": a place, not an occurrence
        specific = (ev["has_comp"] and not weak) or ev["ordinal"] or ev["named"] or ev["series"] or head == "mois de l'ess"
        if head == "mois de l'ess":
            # one Mois de l'ESS per year: year-less mentions join the (last) one of the text
            yr = re.search(r"\d{4}", ev["comp"] or "")
            key = f"ev:mois:{yr.group(0) if yr else only_year}"
            if not yr and prev and not only_year:
                target = prev[-1]
        elif ev["named"]:
            key = "ev:named:" + norm(ev["named"])
            specific = True
        elif specific:
            key = f"ev:{head}:{ev['ordinal'] or ''}:{ck}:{tk}"
            for k in reversed(prev):
                e = ctx.entities[k]
                if ev["ordinal"] == e.extra.get("ordinal") and ev["comp_orgs"] and ev["comp_orgs"] == e.extra.get("comp_orgs"):
                    target = k
                # the headline's "Trophées de l'ESS" and the body's "cinquième remise des Trophées de l'ESS
                # de Haute-Normandie": the headline gives no edition
                same_edition = ev["ordinal"] == e.extra.get("ordinal") or e.extra.get("ordinal") is None and _headline(ctx, e)
                for ock in e.extra.get("comp_keys", []):
                    if same_edition and ck and ock and _words_in(ck, ock) and not tk:
                        target = k
                if target:
                    break
            if target is None and prev and not ev["ordinal"]:
                # "il comprendra quatre ateliers et une plénière" then "la plénière « X »": the bare announcement
                # and the named occurrence are one event, when no other one of that kind was named
                bare = [k for k in prev if not ctx.entities[k].extra.get("specific_name")
                        and ev["start"] - ctx.entities[k].first < 1500]
                if len(bare) == 1 and len(prev) == 1:
                    target = bare[0]
            if target is None and prev and ck and not tk:
                # "Rencontres nationales du RTES" then "Nos Rencontres nationales 2013": the same edition,
                # written with and without its owner and year
                core = _core_key(ck, bool(ev["comp_orgs"]))
                years = set(re.findall(r"\b\d{4}\b", ck))
                for k in reversed(prev):
                    e = ctx.entities[k]
                    oyears = {y for ock in e.extra.get("comp_keys", []) for y in re.findall(r"\b\d{4}\b", ock)}
                    owners = (ev["comp_orgs"], e.extra.get("comp_orgs") or frozenset())
                    if core and core in e.extra.get("core_keys", ()) \
                            and (not years or not oyears or years & oyears) \
                            and (ev["ordinal"] == e.extra.get("ordinal") or ev["ordinal"] is None and ev["det"] in ("le", "la", "l'")) \
                            and (not owners[0] or not owners[1] or owners[0] == owners[1]):
                        target = k
                        break
            if target is None and prev and tk:
                target = _same_day_in_town(ctx, ev, prev)
            if target is None and prev and head in ("assemblee generale", "ag") and not ev["named"] \
                    and ev["det"] in ("l'", "la", "cette", "notre", "son", "sa", "leur"):
                # one general assembly per organisation: "l'assemblée générale ordinaire de la CRESS"
                # after the heading "Assemblée générale 2019 : ..." is the same meeting, unless the
                # two mentions name different organisations or different years
                last = ctx.entities[prev[-1]]
                years = {y for k in [ck, *last.extra.get("comp_keys", [])] for y in re.findall(r"\b\d{4}\b", k)}
                owners = [{o for o in os_ if ctx.entities[o].type != "Collectivite"}
                          for os_ in (ev["comp_orgs"], last.extra.get("comp_orgs") or frozenset())]
                if len(years) <= 1 and (not owners[0] or not owners[1] or owners[0] == owners[1]):
                    target = prev[-1]
        elif head == "inauguration" and not prev and not ev["comp"] and (opened := _inaugurated(ctx, ev)):
            # "La Grange Commune y avait convié … pour son inauguration": the inauguration of that structure
            ev["inaugurated"] = opened
            ev["named"] = "Inauguration " + _of_name(ctx.entities[ev["inaugurated"]].name)
            key = "ev:named:" + norm(ev["named"])
            specific = True
        else:
            # bare mention: refers back to the last event with this head, unless it is a
            # new one ("une rencontre en juin 2023 à ...") with its own date
            if not prev:
                # "le débat" after "une soirée-débat": an event whose name holds this noun
                prev = [k for k, en in ctx.entities.items() if en.type == "Event" and en.first < ev["start"]
                        and re.search(rf"\b{re.escape(head)}", fold(" ".join(en.surfaces)))][-1:]
            prize = []
            if not prev and head in ("ceremonie", "soiree", "remise des prix"):
                # "les Trophées 2024 seront remis lors d'une cérémonie": the prize-giving of the awards
                prize = prev = [k for k, en in ctx.entities.items() if en.type == "Event" and en.first < ev["start"]
                                and any(i["head"] == "trophees" for i in en.extra.get("mentions_info", ()))
                                and ev["start"] - en.first < 2500][-1:]
            line_head = not ev["det"] and not ctx.notes["work"][ctx.notes["work"].rfind("\n", 0, ev["start"]) + 1:ev["start"]].strip(" \t-–•")
            if not prev and head in BARE_COREF_HEADS and (ev["det"] in ("la", "le", "l'", "cette", "ce") or _during(ctx, ev)
                                                          or line_head and _event_verb_after(ctx, ev["end"])):
                # ("Débat modéré par X" under a round table's heading: that round table's debate)
                # "La cérémonie s'est tenue ...": the occasion of the event the text just described
                prev = [k for k, en in ctx.entities.items() if en.type == "Event" and en.first < ev["start"]
                        and en.extra.get("head") not in UMBRELLA_HEADS and ev["start"] - en.first < 2500][-1:]
            last = ctx.entities[prev[-1]] if prev else None
            if ev["det"] in ("un", "une", ""):
                if ev["date"] is None:
                    if last is not None and ev["start"] - last.first < 1500:
                        target = prev[-1]
                    elif not _in_event_context(ctx, ev["start"]):
                        continue
                elif last is not None and last.extra.get("clause_date") is None and ev["start"] - last.first < 1500:
                    target = prev[-1]
            elif last is not None:
                target = prev[-1]
            elif ev["date"] is None and not _in_event_context(ctx, ev["start"]):
                continue
            if prize and not target:
                target = prize[-1]
            key = f"ev:{head}:bare:{ev['start']}"
            if not target and head != "mois de l'ess":
                themed = _theme_name(ctx, ev)
                if themed:
                    ev["named"] = themed
        name = _event_name(ev)
        m = Mention(ev["start"], ev["end"], ctx.text[ev["start"]:ev["end"]], "Event", name, source="ess_events/1",
                    key=None)
        if target:
            m.key = next(iter(ctx.entities[target].keys))
            m.alias_only = True
            ek = register(ctx, m)
        else:
            m.key = key
            ek = register(ctx, m)
        ent = ctx.entities[ek]
        if head == "mois de l'ess" and re.search(r"\d{4}", name) and not re.search(r"\d{4}", ent.name):
            ent.extra["specific_name"] = False
        if specific and (not ent.extra.get("specific_name") or ent.name.isupper() and not name.isupper()):
            # (a heading in capitals gives way to the body's wording of the same event)
            ent.name = name
            ent.extra["specific_name"] = True
        ent.extra.setdefault("comp_keys", [])
        ent.extra.setdefault("core_keys", [])
        if ck:
            ent.extra["comp_keys"].append(ck)
            ent.extra["core_keys"].append(_core_key(ck, bool(ev["comp_orgs"])))
        ent.extra["ordinal"] = ev["ordinal"] if ent.extra.get("ordinal") is None else ent.extra["ordinal"]
        if ev["comp_orgs"] and not ent.extra.get("comp_orgs"):
            ent.extra["comp_orgs"] = ev["comp_orgs"]
        if ev["date"] is not None and ent.extra.get("clause_date") is None:
            ent.extra["clause_date"] = ev["date"]
        ent.extra["head"] = ev.get("head_kind", head)
        if ev.get("inaugurated"):
            ent.extra["inaugurated"] = ev["inaugurated"]
        ent.extra.setdefault("mentions_info", []).append(ev)
        if ev["named"]:
            ent.add_surface(ev["named"])
        if ev["title"] and len(ev["title"]) > 8:
            ent.add_surface(ev["title"])  # the quoted title alone is a form the text uses
        if ev.get("also"):
            ent.add_surface(ev["also"])
        by_head.setdefault(head, [])
        if ek not in by_head[head]:
            by_head[head].append(ek)
        else:
            by_head[head].remove(ek)
            by_head[head].append(ek)


def _same_day_in_town(ctx: Ctx, ev: dict, prev: list[str]) -> Optional[str]:
    """"Retour sur la journée de Rodez", then "à Rodez pour la journée « Innover … »": the event named
    after its town and the titled one held in that town are one occurrence."""
    ss, se = ctx.sent_span(ev["start"])
    sent = norm(ctx.text[ss:se])
    for k in reversed(prev):
        e = ctx.entities[k]
        town = re.fullmatch(r"\S+(?:\s\S+)?\s+(?:de|d')\s*(?P<t>.+)", norm(e.name))
        if not town or ev["start"] - e.first > 1500 or any(re.search(r"[«“\"]", x) for x in e.surfaces):
            continue
        towns = [c for c in ctx.entities.values() if c.type == "Collectivite" and norm(c.name) == town.group("t")]
        if towns and re.search(rf"\b{re.escape(town.group('t'))}\b", sent):
            return k
    return None


def _heading_rest(ctx: Ctx, start: int, end: int) -> int:
    """A document's or section's heading that opens with the event ("Séminaire régional des élus pour
    l'ESS en Normandie" on a line of its own) names it whole: the name runs to the end of the line,
    or to a dash, bar, comma or colon that brings the date or place. A headline with a verb
    ("Forum de l'ESS : 300 visiteurs") is left as it was."""
    work = ctx.notes["work"]
    ls = work.rfind("\n", 0, start) + 1
    le = work.find("\n", end)
    le = len(work) if le < 0 else le
    if work[ls:start].strip() or end >= le or len(work[ls:le].split()) > 16 or work[ls:le].rstrip().endswith("."):
        return end  # not a heading: a paragraph that opens with the event
    rest = work[end:le]
    cut = re.search(r"\s[–—|-]\s|[,:;(|]|\s(?:le|les|du|au)\s+\d|\s\d{1,2}(?:er)?\s+[a-zéû]+\s+\d{4}", rest)
    rest = rest[:cut.start()] if cut else rest
    rest = rest.rstrip(" .!?")
    if not rest.strip() or len(work[start:end + len(rest)].split()) > 14 or re.search(r"[.!?»]\s", rest):
        return end
    toks = [t for i, t in ctx.notes["tok_at"].items() if end <= i < end + len(rest)]
    if any(t.pos_ in ("VERB", "AUX") and not t.text.endswith(("é", "ée", "és", "ées")) for t in toks):
        return end
    return end + len(rest)


def _event_name(ev: dict) -> str:
    if ev["named"]:
        return clean_space(ev["named"])
    s = ev["surface"]
    return _cap(s)


_PROGRAMME_TIME = re.compile(r"(?:[-–—•*·]\s*)?(?:de\s+|à\s+|dès\s+)?\d{1,2}\s?h(?:\s?\d{2})?(?:\s*(?:à|-|–)\s*\d{1,2}\s?h(?:\s?\d{2})?)?\s*[:–—-]\s*",
                             re.IGNORECASE)


def _programme_item(ctx: Ctx, start: int) -> bool:
    """"– 14 h : séminaire des élus locaux, …": a line of a programme names an occurrence."""
    work = ctx.notes["work"]
    ls = work.rfind("\n", 0, start) + 1
    return _PROGRAMME_TIME.fullmatch(work[ls:start].strip() + " ") is not None


def _event_verb_after(ctx: Ctx, end: int) -> bool:
    """"l'atelier ... sera animé par", "la rencontre s'est tenue": the mention is an occurrence."""
    # an aside may come first: "La table ronde d'ouverture, jeudi matin, sera animée par"
    after = _ASIDE.sub(" ", ctx.folded[end:end + 90])  # "l'atelier … a, lui, été animé par"
    return re.match(r"\s*(?:,[^,;:.\n]{1,40},)?\s*,?\s*(?:qui\s+)?(?:sera|est|a\s+ete|aura|s'est|se\s+tiendra|se\s+deroulera|organise|anime|preside|modere|"
                    r"reunira|a\s+reuni|aura\s+lieu|a\s+eu\s+lieu)\b", after) is not None


_ASIDE = re.compile(r"\s*,\s*(?:lui|elle|eux|elles|quant a (?:lui|elle|eux|elles)|pour sa part|de son cote|egalement|aussi|"
                    r"elle aussi|lui aussi|pour leur part|de leur cote)\s*,")


def _has_date(ctx: Ctx, s: int, e: int) -> bool:
    ss, se = ctx.sent_span(s)
    return any(ss <= d.start < se for d in ctx.dates)


def _in_event_context(ctx: Ctx, pos: int) -> bool:
    ss, se = ctx.sent_span(pos)
    f = ctx.folded[ss:se]
    return re.search(r"\b(?:presid|anim|moder|a reuni|ont reuni|reunira|organise|co-organise|se tenait|s'est tenue?|a eu lieu|"
                     r"aura lieu|se tiendra|abordait|est intervenu)", f) is not None


