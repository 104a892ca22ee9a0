"""Components for document-bound things: events, conventions, publications, clubs.

Each is found from its head noun ("webinaire", "convention de partenariat", "étude",
"club") plus what names it: a quoted title, an ordinal, a complement ("du RTES",
"autour des tiers-lieux"), or a title line. Definite or demonstrative mentions without
a complement ("le séminaire", "cet atelier") refer back to the last thing of that head.
"""
from __future__ import annotations

import bisect
import re
from typing import Optional

from .base import Ctx, Mention, clean_space, fold, norm
from .lexicon import ANY_ROLE_RE, CONVENTION_NOT_RE, CONVENTION_RE, EVENT_HEAD_RE, PUB_HEAD_RE, ROLE_HEAD, event_head_key
from .registry import register

QUOTE_RE = re.compile(r"[\"«“]\s*(?P<t>[^\"«»“”\n]{3,200}?)\s*[\"»”]")
ORDINAL_RE = re.compile(r"(?P<o>\d{1,3}\s?(?:er|re|e|eme|ème|ᵉ|nd|nde|ieme|ième)|premi(?:er|ere)|deuxi[eè]me|seconde?|troisi[eè]me|"
                        r"quatri[eè]me|cinqui[eè]me|derni(?:er|ere))\s+$", re.IGNORECASE)
DET_RE = re.compile(r"(?P<det>\b(?:le|la|les|l'|un|une|des|du|de la|de l'|au|aux|cet|cette|ce|ces|chaque|nos|vos|leurs?|"
                    r"plusieurs|deux|trois|quatre|cinq|\d+|notre|votre|son|sa|ses|d'|de|premiere|prochaine?|nouvelle|"
                    r"grande?|ma|mon)\s*)$", re.IGNORECASE)
GENERIC_CTX = re.compile(r"\b(?:chaque|tous les|toutes les|par trimestre|par an|chaque annee|regulieres?|reguliers?)\b")
STOP_WORDS = {"sur", "autour", "pour", "lors", "pendant", "qui", "que", "dont", "avec", "organise", "organisee", "organises", "organisees",
              "prochain", "prochaine", "afin", "durant", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
              "dimanche", "ce", "cette", "il", "elle", "nous", "vous", "ils", "elles", "sera", "est", "ont",
              "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
              "novembre", "decembre", "chez", "via", "aupres", "anime", "animee", "apres", "avant", "depuis"}
CONNECT = {"de", "du", "des", "d'", "l'", "la", "le", "les", "au", "aux", "a", "et", "&", "en", "pour", "sur", "autour",
           "entre", "-"}
PLACE_END = re.compile(r"(?:france|alpes|loire|est|normandie|bretagne|occitanie|aquitaine|corse|comte|azur|marne|seine|"
                       r"rhone|garonne|ensemble)$")
SUB_EVENT_HEADS = {"atelier", "table ronde", "pleniere", "conference", "debat", "visite", "remise des prix"}


# ---------------------------------------------------------------- token helpers
def _tokens(ctx: Ctx):
    if "tok_starts" not in ctx.notes:
        toks = [(t.idx, t.idx + len(t.text), t.text,
                 "PART" if t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm") else t.pos_)
                for t in ctx.spacy_doc if not t.is_space]
        ctx.notes["toks"] = toks
        ctx.notes["tok_starts"] = [t[0] for t in toks]
    return ctx.notes["toks"], ctx.notes["tok_starts"]


def complement(ctx: Ctx, pos: int, maxw: int = 9, allow: tuple = ()) -> int:
    """End offset of the noun-phrase complement that starts at ``pos`` (== pos if none)."""
    toks, starts = _tokens(ctx)
    i = bisect.bisect_left(starts, pos)
    end = pos
    n = 0
    last_good = pos
    seen_cap = False
    work = ctx.notes["work"]
    sent_end = ctx.sent_span(pos)[1] if ctx.sents else len(work)
    while i < len(toks) and n < maxw:
        s, e, t, p = toks[i]
        if s >= sent_end or "\n" in work[end:s]:
            break
        f = fold(t)
        if (f in STOP_WORDS and f not in allow) or t == "a":
            break
        if seen_cap and f in ("de", "du", "des", "d'") and i + 1 < len(toks):
            nx = toks[i + 1] if fold(toks[i + 1][2]) not in ("la", "l'") else (toks[i + 2] if i + 2 < len(toks) else toks[i + 1])
            if nx[2][:1].islower() and fold(nx[2]) not in ("l'", "la"):
                break  # "Salon des Maires d'Île-de-France | de la place de l'ESS"
        if p in ("PUNCT",) and t not in ("-", "&", "'", "’"):
            break
        if t in ("-", "–") and work[s - 1:s] == " ":
            break  # "Salon de X - 30 juin": a dash between spaces ends the name
        if f in ("le", "la", "l'") and i + 1 < len(toks) and re.match(r"\d", toks[i + 1][2]):
            break
        if f == "a" and i + 1 < len(toks) and (toks[i + 1][2][:1].isupper() or (
                fold(toks[i + 1][2]) in ("la", "l'", "le") and i + 2 < len(toks) and toks[i + 2][2][:1].isupper())):
            break  # "à Lille", "à la Bourse du travail": a place, not part of the name
        if f == "en" and i + 1 < len(toks) and re.match(r"\d{4}|janvier|f|mars|avril|mai|juin|juillet|ao|sept|oct|nov|d",
                                                         fold(toks[i + 1][2])):
            break
        if f == "et" and i + 1 < len(toks) and (toks[i + 1][3] in ("DET", "VERB", "AUX", "PRON")
                                                 or ANY_ROLE_RE.match(fold(toks[i + 1][2]))):
            break  # "l'association Fair | et président du ..."
        if f in CONNECT or t in ("'", "’", "-"):
            end = e
        elif p == "PART" and i + 1 < len(toks) and fold(toks[i + 1][2]) in ("de", "du", "des", "d'") and n <= 1:
            end = e  # "l'Atlas commenté de l'ESS"
        elif p in ("NOUN", "PROPN", "ADJ", "NUM", "X") or t[:1].isupper() or (p == "DET" and f in ("l'", "la", "les")):
            end = e
            last_good = e
            seen_cap = t[:1].isupper() and PLACE_END.search(f) is not None
        elif p == "VERB" and f.endswith(("e", "es", "ee", "ees")) and t[:1].islower() and fold(t).endswith(("ee", "ees")) is False and False:
            break
        else:
            break
        n += 1
        i += 1
    return last_good


def _title_line(ctx: Ctx, pos: int) -> Optional[tuple[int, int]]:
    work = ctx.notes["work"]
    ls = work.rfind("\n", 0, pos) + 1
    le = work.find("\n", pos)
    le = len(work) if le < 0 else le
    line = work[ls:le]
    stripped = line.strip()
    if not stripped or len(stripped) > 160 or stripped.endswith((".", ":")) and not stripped.endswith("..."):
        return None
    if re.search(r"(?i)cliqu|t[ée]l[ée]charg|retrouve|formulaire|\bici\b", stripped):
        return None
    lead = fold(work[ls:pos]).strip()
    if len(lead.split()) > 4:
        return None
    off = ls + (len(line) - len(line.lstrip()))
    return off, off + len(stripped)


def _cap(s: str) -> str:
    s = clean_space(s)
    return s[:1].upper() + s[1:] if s else s


# ---------------------------------------------------------------- ess_events/1
def events(ctx: Ctx) -> None:
    work, folded, text = ctx.notes["work"], ctx.folded, ctx.text
    evs: list[dict] = []
    consumed: list[tuple[int, int]] = []
    for m in EVENT_HEAD_RE.finditer(folded):
        hs, he = m.start(), m.end()
        if any(s <= hs < e for s, e in consumed):
            continue
        if ctx.in_contact(hs):
            continue
        head_surface = work[hs:he]
        if re.search(r"(?:a|aller|partir) (?:la|a la) $", folded[max(0, hs - 12):hs]) and folded[hs:he].startswith("rencontre"):
            continue  # "à la rencontre des acteurs": an idiom, not an event
        head = event_head_key(fold(head_surface))
        if head == "ag" and not work[hs:he].isupper():
            continue
        if head == "mois de l'ess" and head_surface.lower().startswith("mois de l'economie") is False:
            pass
        before = folded[max(0, hs - 30):hs]
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
            themed = indefinite and re.match(r"\s+sur\s+(?:l['’]|la\s|le\s|les\s)(?!site|stand|place|inscription|le\s+site)", folded[he:he + 30])
            comp_end = complement(ctx, he, allow=("autour", "sur") if themed else ("autour",))
            # no trailing connectors
            while comp_end > he and fold(work[he:comp_end]).split()[-1:] and fold(work[he:comp_end]).split()[-1] in CONNECT:
                comp_end = he + work[he:comp_end].rstrip().rfind(" ")
                if comp_end <= he:
                    comp_end = he
                    break
        qpos = _skip_space(work, comp_end)
        if work[qpos:qpos + 1] == ":" and comp_end == he:
            qpos = _skip_space(work, qpos + 1)
        q = QUOTE_RE.match(work, qpos)
        if q and q.start() - comp_end <= 4:
            title = q.group("t")
            colon_gap = ":" in work[comp_end:q.start()]
            comp_end = q.end()
        appel = re.match(r"\s*(?:appel[ée]e?|intitul[ée]e?|baptis[ée]e?|nomm[ée]e?)\s+(?:le\s+|la\s+|l['’])?[\"«“]\s*(?P<t>[^\"»”]{2,80}?)\s*[\"»”]",
                         work[comp_end:comp_end + 120])
        named = None
        if appel:
            named = appel.group("t")
            consumed.append((comp_end, comp_end + appel.end()))
        comp = work[he:comp_end]
        has_comp = bool(comp.strip()) or bool(title)
        if plural and not series and not title:
            continue
        if det in ("chaque", "des", "les", "nos", "vos", "plusieurs", "deux", "trois", "ces", "leurs") and not title and not series \
                and not (proper_plural and det in ("les", "des", "ces", "nos")):
            continue
        if GENERIC_CTX.search(sent_f) and not title and not ordm and head != "mois de l'ess" \
                and not (head_surface[:1].isupper() and comp.strip()):
            continue
        if det in ("de", "d'") and not series and not has_comp:
            continue  # "temps de rencontre"
        if re.search(rf"{ROLE_HEAD}\s+(?:du|de la|de l'|des)\s*$", before):
            continue
        if head == "journee" and not re.match(r"\s+(?:de|d'|du|des|nationale|regionale|europeenne|thematique|portes)\b", folded[he:he + 14]) \
                and not (det in ("la", "une", "cette") and _has_date(ctx, hs, he)):
            continue  # "toute la journée", "une journée de travail" are not events
        start = hs
        if ordm:
            start = hs - len(ordm.group(0))
        if series:
            start = hs - len(re.search(r"(?:serie|cycle) d[e']\s?$", before).group(0))
        surface = text[start:comp_end]
        if title and colon_gap:
            surface = text[start:he] + " " + text[q.start():q.end()]
        if title:
            consumed.append((q.start(), q.end()))
        ev = {"start": start, "end": comp_end, "head": head, "ordinal": fold(ordm.group("o")).replace(" ", "") if ordm else None,
              "comp": comp.strip(), "title": title, "named": named, "det": det, "surface": surface,
              "has_comp": has_comp, "series": series, "line": _title_line(ctx, start)}
        evs.append(ev)
    _clause_dates(ctx, evs)
    _merge_events(ctx, evs)


AGENT_TYPES = {"Collectivite", "Network", "ESSOrganization", "PublicBody", "Organization", "Club"}
THEME_RE = re.compile(r"\bsur\s+(?:la\s+th[ée]matique|le\s+th[èe]me)\s+(?:de\s+l['’]|de\s+la\s+|du\s+|des\s+|de\s+)?")


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


def _skip_space(work: str, pos: int) -> int:
    while pos < len(work) and work[pos] in " \u00a0\t":
        pos += 1
    return pos


def _comp_key(ctx: Ctx, comp: str) -> str:
    c = norm(comp)
    c = re.sub(r"^(?:de la|de l'|du|des|de|d'|l')\s*", "", c)
    return c


def _merge_events(ctx: Ctx, evs: list[dict]) -> None:
    by_head: dict[str, list[str]] = {}
    for ev in evs:
        head = ev["head"]
        ck = _comp_key(ctx, ev["comp"]) if ev["comp"] else ""
        tk = norm(ev["title"]) if ev["title"] else ""
        target = None
        prev = by_head.get(head, [])
        weak = ev["has_comp"] and not ev["title"] and not re.search(r"[A-ZÉ0-9]|autour|\bde\s+l['’]appel", ev["comp"]) \
            and ev["det"] in ("un", "une")
        specific = (ev["has_comp"] and not weak) or ev["ordinal"] or ev["named"] or ev["series"] or head == "mois de l'ess"
        if head == "mois de l'ess":
            # one Mois de l'ESS per year: year-less mentions join the (last) one of the text
            yr = re.search(r"\d{4}", ev["comp"] or "")
            key = f"ev:mois:{yr.group(0) if yr else ''}"
            if not yr and prev:
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
                for ock in e.extra.get("comp_keys", []):
                    if ev["ordinal"] == e.extra.get("ordinal") and ck and ock and (ck in ock or ock in ck) and not tk:
                        target = k
                if target:
                    break
        else:
            # bare mention: refers back to the last event with this head, unless it is a
            # new one ("une rencontre en juin 2023 à ...") with its own date
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
        if specific and (not ent.extra.get("specific_name")):
            ent.name = name
            ent.extra["specific_name"] = True
        ent.extra.setdefault("comp_keys", [])
        if ck:
            ent.extra["comp_keys"].append(ck)
        ent.extra["ordinal"] = ev["ordinal"] if ent.extra.get("ordinal") is None else ent.extra["ordinal"]
        if ev["comp_orgs"] and not ent.extra.get("comp_orgs"):
            ent.extra["comp_orgs"] = ev["comp_orgs"]
        if ev["date"] is not None and ent.extra.get("clause_date") is None:
            ent.extra["clause_date"] = ev["date"]
        ent.extra["head"] = head
        ent.extra.setdefault("mentions_info", []).append(ev)
        if ev["named"]:
            ent.add_surface(ev["named"])
        by_head.setdefault(head, [])
        if ek not in by_head[head]:
            by_head[head].append(ek)
        else:
            by_head[head].remove(ek)
            by_head[head].append(ek)


def _same_org(ctx: Ctx, a: str, b: str) -> bool:
    return False


def _event_name(ev: dict) -> str:
    if ev["named"]:
        return clean_space(ev["named"])
    s = ev["surface"]
    return _cap(s)


def _has_date(ctx: Ctx, s: int, e: int) -> bool:
    ss, se = ctx.sent_span(s)
    return any(ss <= d.start < se for d in ctx.dates)


def _in_event_context(ctx: Ctx, pos: int) -> bool:
    ss, se = ctx.sent_span(pos)
    f = ctx.folded[ss:se]
    return re.search(r"\b(?:presid|anim|a reuni|ont reuni|reunira|organise|co-organise|se tenait|s'est tenue?|a eu lieu|"
                     r"aura lieu|se tiendra|abordait|est intervenu)", f) is not None


# ---------------------------------------------------------------- ess_conventions/1
KIND_NORMAL = {"partenariale": "de partenariat"}


def conventions(ctx: Ctx) -> None:
    work, folded, text = ctx.notes["work"], ctx.folded, ctx.text
    last: Optional[str] = None
    kinds_seen: dict[str, str] = {}
    for m in CONVENTION_RE.finditer(folded):
        s = m.start()
        if CONVENTION_NOT_RE.match(folded, s):
            continue
        head = m.group("head")
        kind = clean_space(m.group("kind"))
        if head.endswith("s") and head != "convention":
            continue
        if head in ("accord", "contrat", "protocole") and not kind:
            continue
        if head == "conventions":
            continue
        e = m.end()
        # complements: "pour les quartiers prioritaires", "entre l'AMIF, la CRESS et le RTES"
        cm = re.match(r"\s+(?:pour|relative a|relatif a|sur)\s+[^,.;:\n()-]{3,60}", folded[e:])
        if cm and kind:
            e += len(cm.group(0).rstrip())
        entre = re.match(r"\s+entre\s+[^.;:\n]{3,120}?(?=\s+(?:pour|afin|qui|a |ont |sont |est |sera )|[.;:\n]|$)", work[e:])
        alias_end = e + len(entre.group(0)) if entre else e
        kind_txt = fold(kind)
        for k, v in KIND_NORMAL.items():
            kind_txt = kind_txt.replace(k, v)
        line = _title_line(ctx, s)
        is_title = line is not None and line[0] == s
        if not kind and not is_title:
            # bare "la convention": the last one named
            if last and re.search(r"(?:la|cette|sa|leur)\s*$", folded[max(0, s - 10):s]):
                register(ctx, Mention(s, e, text[s:e], "Convention", "", key=next(iter(ctx.entities[last].keys)),
                                      alias_only=True))
            continue
        kind_label = text[s:m.start("kind")].lower() + (" " + _kind_label(text[m.start('kind'):m.end('kind')]) if kind else "")
        kind_label = clean_space(kind_label).lower()
        name = text[line[0]:line[1]] if is_title else text[s:e]
        # apposition "..., convention quadripartite": the same agreement
        appos = re.search(r",\s*$", folded[max(0, s - 3):s]) and last and ctx.entities[last].mentions and \
            s - ctx.entities[last].mentions[-1][1] < 4
        base_kind = kind_txt.split(" ")[0:2]
        kkey = "conv:" + (kind_txt or norm(name))
        target = None
        if appos:
            target = last
        else:
            for k, ek in kinds_seen.items():
                if kind_txt and (kind_txt.startswith(k) or k.startswith(kind_txt)):
                    target = ek
        mm = Mention(s, alias_end, text[s:alias_end], "Convention", _cap(name), key=kkey if not target else None)
        if target:
            mm.key = next(iter(ctx.entities[target].keys))
            ek = register(ctx, mm)
            if is_title:
                ctx.entities[ek].name = _cap(name)
        else:
            ek = register(ctx, mm)
            ctx.entities[ek].attrs["kind"] = kind_label
        if alias_end != e:
            ctx.entities[ek].add_surface(text[s:e])
        ctx.entities[ek].extra.setdefault("conv_mentions", []).append((s, alias_end))
        kinds_seen.setdefault(kind_txt, ek)
        last = ek


def _kind_label(kind: str) -> str:
    k = clean_space(kind)
    return re.sub(r"(?i)^partenariale", "de partenariat", k)


# ---------------------------------------------------------------- ess_publications/1
def publications(ctx: Ctx) -> None:
    work, folded, text = ctx.notes["work"], ctx.folded, ctx.text
    event_spans = [(s, e) for s, e, k in ctx.spans if ctx.entities[k].type == "Event"]
    pubs: list[tuple[int, int, str, str]] = []   # start, end, name, surface
    for m in PUB_HEAD_RE.finditer(folded):
        hs, he = m.start(), m.end()
        if any(s <= hs < e for s, e in event_spans) or ctx.in_contact(hs):
            continue
        head = m.group("head")
        line = _title_line(ctx, hs)
        qs = _skip_space(work, he)
        # head + optional complement + quoted title
        comp_end = complement(ctx, he, maxw=4)
        q = QUOTE_RE.match(work, _skip_space(work, comp_end)) or QUOTE_RE.match(work, qs)
        before = folded[max(0, hs - 25):hs]
        if q and (q.start() - he) < 40:
            pubs.append((hs, q.end(), q.group("t"), text[hs:q.end()]))
            continue
        if line and line[0] == hs:
            ln = text[line[0]:line[1]]
            cut = re.search(r"(?i),\s*(?:en partenariat|avec|réalis|par)\b", ln)
            if cut:
                ln = ln[:cut.start()]
            rest = fold(ln)[len(m.group(0)):] if fold(ln).startswith(m.group(0)) else fold(ln)
            if len(ln.split()) >= 2 and len(re.sub(r"[\W_]+", "", rest)) >= 3 \
                    and not re.match(r"(?i)^(?:publications?|fichiers?|lettres?|notes?|actes?)\s*$", ln):
                pubs.append((line[0], line[0] + len(ln), ln, ln))
            continue
        # in-sentence: needs something that names it (year, "du X sur Y", "sur ...")
        c_end = complement(ctx, he, maxw=14, allow=("sur",))
        comp = work[he:c_end]
        fc = fold(comp)
        det = re.search(r"(?:\b(?:le|la|l'|un|une|cette|cet|ce|du|de la|de l')\s*)$", before)
        pub_verb = re.search(r"publi|edit|realis|sort|present", folded[ctx.sent_span(hs)[0]:hs])
        if not det:
            continue
        if re.search(r"\b(?:19|20)\d\d\b", fc) or (re.search(r"\bsur\b", fc) and (pub_verb or re.search(r"\b(?:du|de la|de l')\s", fc))):
            if head in ("lettres", "lettre", "notes", "note", "fiches", "fiche", "actes", "revue", "bilans", "bilan") and not re.search(r"\d", fc):
                continue
            pubs.append((hs, c_end, text[hs:c_end], text[hs:c_end]))
    # quoted title followed by ": X publie"
    for q in QUOTE_RE.finditer(work):
        if any(s <= q.start() < e for s, e in event_spans):
            continue
        after = fold(work[q.end():q.end() + 80])
        if re.match(r"\s*:\s*(?:l['e]\s*|la\s+|les\s+)?[\w' -]{2,40}?\s(?:publie|publient|sort|edite|lance)\b", after):
            pubs.append((q.start(), q.end(), q.group("t"), text[q.start():q.end()]))
    # bibliographic reference: ORG, "Title", 2021
    for q in re.finditer(r",\s*[\"«“](?P<t>[^\"»”\n]{5,200})[\"»”]\s*,\s*(?:19|20)\d\d", work):
        pubs.append((q.start("t") - 1, q.end("t") + 1, q.group("t"), text[q.start("t") - 1:q.end("t") + 1]))
    pubs.sort()
    for s, e, name, surface in pubs:
        name = _cap(name.strip(" .:"))
        key = "pub:" + _pub_key(name)
        target = None
        for k, ent in ctx.entities.items():
            if ent.type != "Publication":
                continue
            for ok in ent.extra.get("pkeys", []):
                a, b = _pub_key(name), ok
                if a == b or (len(a) > 10 and len(b) > 10 and (a.startswith(b) or b.startswith(a))):
                    target = k
        mm = Mention(s, e, surface, "Publication", name, key=key)
        if target:
            mm.key = next(iter(ctx.entities[target].keys))
            mm.alias_only = True
        ek = register(ctx, mm)
        ctx.entities[ek].extra.setdefault("pkeys", []).append(_pub_key(name))
        ctx.entities[ek].add_surface(name)


def _pub_key(name: str) -> str:
    k = norm(name)
    k = re.sub(r"^(?:etude|guide|rapport|kit|atlas|note|avis|publication)\s+", "", k)
    return k.strip(" :")


# ---------------------------------------------------------------- ess_clubs/1
CLUB_RE = re.compile(r"(?<![\w-])(?P<head>club|groupe de travail|comite de pilotage)(?![\w])")


def clubs(ctx: Ctx) -> None:
    work, folded, text = ctx.notes["work"], ctx.folded, ctx.text
    pending: list[tuple[int, int]] = []
    named: list[str] = []
    for m in CLUB_RE.finditer(folded):
        hs, he = m.start(), m.end()
        before = folded[max(0, hs - 40):hs]
        if re.search(rf"{ROLE_HEAD}\s+(?:du|de la|de l'|des)\s*$", before):
            continue  # "président du groupe de travail ...": part of a post title
        if re.search(r"\b(?:les|des|aux|ces|nos|vos)\s*$", before) or folded[he:he + 1] == "s":
            continue
        c_end = complement(ctx, he, maxw=10, allow=("pour",))
        comp = work[he:c_end].strip()
        if comp and not re.match(r"(?:[Dd]es\b|[Dd]e\b|[Dd]u\b|[Dd]['’]|[Rr][ée]gional|[A-ZÉ])", comp):
            comp = ""
        if comp:
            name = _cap(text[hs:c_end])
            key = "club:" + _club_key(name)
            mm = Mention(hs, c_end, text[hs:c_end], "Club", name, key=key)
            target = None
            for k in named:
                if _club_key(ctx.entities[k].name)[:25] == _club_key(name)[:25]:
                    target = k
            if target:
                mm.key = next(iter(ctx.entities[target].keys))
            ek = register(ctx, mm)
            if ek not in named:
                named.append(ek)
        else:
            pending.append((hs, he))
    for hs, he in pending:
        prev = [k for k in named if ctx.entities[k].first < hs]
        target = prev[-1] if prev else (named[0] if len(named) == 1 else None)
        if target:
            register(ctx, Mention(hs, he, text[hs:he], "Club", "", key=next(iter(ctx.entities[target].keys)),
                                  alias_only=True))


def _club_key(name: str) -> str:
    k = norm(name)
    k = re.sub(r"economie sociale(?: et solidaire)?", "ess", k)
    return k
