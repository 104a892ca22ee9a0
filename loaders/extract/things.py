"""Document-bound things other than events: conventions (ess_conventions/1), publications
(ess_publications/1) and clubs or working groups (ess_clubs/1).

Each is found from its head noun plus what names it: a kind ("de partenariat"), a quoted
title, a title line, a complement ("2022 du RTES"); bare mentions refer back.
"""
from __future__ import annotations

import re
from typing import Optional

from .base import Ctx, Mention, clean_space, fold, norm
from .lexicon import CONVENTION_NOT_RE, CONVENTION_RE, EVENT_HEAD_RE, PUB_HEAD_RE, PUB_HEADS, ROLE_HEAD
from .phrases import QUOTE_RE, _cap, _skip_space, _title_line, complement
from .registry import register

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
        if head == "charte" and fold(kind) in ("", "regionale", "territoriale") and re.match(
                r"(?:\s[a-z]+(?:aise|oise|aine|ine|ienne|enne|ale))?\s(?:de\s(?:l'achat|la\scommande|l'ess\b)|des\sachats|pour\s(?:une|des|l'|la|le)\s)",
                folded[e:]):
            # "la charte toulousaine de l'achat public solidaire", "la charte métropolitaine des achats
            # socialement responsables": a charter named by what it is about
            ce = complement(ctx, e, maxw=10, allow=("pour",))
            adv = re.match(r"\s(?:socialement|ecologiquement|durablement)\s[a-z]+", folded[ce:])
            ce += adv.end() if adv else 0
            if ce > e + 6:
                kind, e = clean_space(text[m.end("head"):ce]), ce  # ("charte régionale de l'achat …": the adjective stays)
        # (a title opens with a capital: "la convention « ne ferme la porte à personne »" is a quotation)
        qt = re.match(r"\s*[«“\"]\s*[A-ZÉÀÈ][^»”\"\n]{2,140}?\s*[»”\"]", work[e:]) if head in ("charte", "convention") and not kind else None
        if qt:
            # "la charte « Pour des achats responsables et solidaires »": the quoted title names it
            kind, e = clean_space(text[m.end("head"):e + qt.end()]), e + qt.end()
        # complements: "pour les quartiers prioritaires", "entre l'AMIF, la CRESS et le RTES"
        cm = re.match(r"\s+(?:pour|relative a|relatif a|sur)\s+", folded[e:])
        if cm and re.match(r"(?:une\s+duree|une\s+periode|la\s+periode|\d|un\s+an|deux|trois|quatre|cinq|six|les\s+annees|l'annee|"
                           r"les\s+(?:deux|trois|quatre|cinq|six)\s+(?:ans|prochaines|annees))\b", folded[e + cm.end():]):
            cm = None  # "une convention de partenariat pour trois ans": a duration, not what the agreement is for
        if cm and kind:
            ce = complement(ctx, e + cm.end(), maxw=8)
            if ce > e + cm.end():
                e = ce
        entre = re.match(r"\s+entre\s+[^.;:\n]{3,120}?(?=\s+(?:pour|afin|qui|a |ont |sont |est |sera )|[.;:\n]|$)", work[e:])
        alias_end = e + len(entre.group(0)) if entre else e
        kind_txt = fold(kind)
        for k, v in KIND_NORMAL.items():
            kind_txt = kind_txt.replace(k, v)
        line = _title_line(ctx, s)
        is_title = line is not None and line[0] == s
        qopen = re.search(r"[«“\"]\s*$", work[max(0, s - 3):s])
        qclose = re.match(r"[^»”\"\n]{0,140}?\s*[»”\"]", work[s:]) if qopen else None
        if qclose and not is_title:
            # a quoted title: sa « Charte pour des achats publics socialement responsables »
            line, is_title = (s, s + len(qclose.group(0).rstrip(" »”\"").rstrip())), True
            e = max(e, line[1])
            alias_end = max(alias_end, e)
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
        if m.end() < e and kind:
            ctx.entities[ek].add_surface(text[s:m.end()])  # "convention de partenariat" of "… pour 2024-2026"
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
        colon = re.match(r"[ \t]*:[ \t]*", work[comp_end:comp_end + 4])
        if not q and colon:
            q = QUOTE_RE.match(work, comp_end + colon.end())  # "Nouveau guide : « Titre »"
        dash = re.match(r"[ \t]*[–—-][ \t]*", work[he:he + 6])
        if not q and dash:
            q = QUOTE_RE.match(work, he + dash.end())  # a rubric "PUBLICATION – « Titre »": the title is the name
        if not q:
            # "une note de conjoncture, « Titre »"
            cm = re.match(r"\s*,\s*", work[comp_end:comp_end + 4])
            q = QUOTE_RE.match(work, comp_end + cm.end()) if cm else None
        before = folded[max(0, hs - 25):hs]
        intit = re.match(r"\s*,?\s*(?:intitulée?|baptisée?|appelée?|nommée?)\s*", work[he:he + 20])
        if intit:
            q = QUOTE_RE.match(work, he + intit.end()) or q
        if q and (q.start() - he) < 40:
            pubs.append((hs, q.end(), q.group("t"), text[hs:q.end()]))
            continue
        if line and (line[0] == hs or line[0] < hs and re.fullmatch(r"(?:la|le|l')\s*", folded[line[0]:hs])
                     and re.match(r"\s+(?:du|de|des|d')\s", folded[he:he + 5]) and not work[line[0]:line[1]].rstrip().endswith(".")):
            ln = text[line[0]:line[1]]
            cut = re.search(r"(?i),\s*(?:en partenariat|avec|réalis|par)\b", ln)
            if cut:
                ln = ln[:cut.start()]
            rest = fold(ln)[len(m.group(0)):] if fold(ln).startswith(m.group(0)) else fold(ln)
            dated_only = re.fullmatch(r"(?i)\s*(?:commun|conjoint)?\s*(?:[–—|:,-]\s*)?(?:du\s+|le\s+)?[\w\s./-]{0,20}\d{4}\s*|\s*(?:commun|conjoint)\s*",
                                      ln[len(head):]) is not None
            if len(ln.split()) >= 2 and len(re.sub(r"[\W_]+", "", rest)) >= 3 and re.search(r"[A-ZÉ0-9«\"]", ln[len(head):]) \
                    and not dated_only and not re.match(r"(?i)^(?:publications?|fichiers?|lettres?|notes?|actes?)\s*$", ln):
                # (a "Communiqué de presse – 29 juin 2022" heading has a date, not a title)
                pubs.append((line[0], line[0] + len(ln), ln, ln))
            continue
        # in-sentence: needs something that names it (year, "du X sur Y", "sur ...")
        c_end = complement(ctx, he, maxw=14, allow=("sur",))
        comp = work[he:c_end]
        fc = fold(comp)
        det = re.search(r"(?:\b(?:le|la|l'|un|une|cette|cet|ce|du|de la|de l'|son|sa|leur|notre|nouvelle|nouveau)\s*)$", before)
        pub_verb = re.search(r"publi|edit|realis|sort|present", folded[ctx.sent_span(hs)[0]:hs])
        if not det:
            continue
        mid_sentence = hs > ctx.sent_span(hs)[0] + 2
        if work[hs:hs + 1].isupper() and (re.search(r"[A-ZÉ]", comp) or mid_sentence) and head in ("panorama", "guide", "atlas", "barometre",
                                                                                  "rapport", "livre blanc", "memento", "kit",
                                                                                  "annuaire", "diagnostic", "repertoire", "recueil",
                                                                                  "cahiers", "livret", "carnet"):
            pubs.append((hs, c_end, text[hs:c_end], text[hs:c_end]))  # "le Panorama de l'ESS en Occitanie"
            continue
        if re.search(r"\b(?:19|20)\d\d\b", fc) or (re.search(r"\bsur\b", fc) and (pub_verb or re.search(r"\b(?:du|de la|de l')\s", fc))):
            if head in ("lettres", "lettre", "notes", "note", "fiches", "fiche", "actes", "revue", "bilans", "bilan") and not re.search(r"\d", fc):
                continue
            pubs.append((hs, c_end, text[hs:c_end], text[hs:c_end]))
    # "vient de publier « Titre », un guide ...": a quoted title right after a publishing verb
    for q in re.finditer(r"\b(?:publi(?:e|er|é|ent)|édit(?:e|er|é|ent)|sort(?:ir)?|présente(?:r|nt)?)\s+(?P<q>[«\"“][^\"»”\n]{5,200}[»\"”])", work):
        qs, qe = q.start("q"), q.end("q")
        if not any(s <= qs < e for s, e in event_spans):
            t = QUOTE_RE.match(work, qs)
            if t:
                pubs.append((qs, qe, t.group("t"), text[qs:qe]))
    # a quoted title that opens with a publication noun: « Fiche ESS – Orléans Métropole »
    for q in QUOTE_RE.finditer(work):
        if not any(s <= q.start() < e for s, e in event_spans) and PUB_HEAD_RE.match(fold(q.group("t"))) \
                and q.group("t")[:1].isupper():
            pubs.append((q.start(), q.end(), q.group("t"), text[q.start():q.end()]))
    # a title line in quotes announced by "Vient de paraître" or taken up by "Cette note / Ce guide ..."
    for q in re.finditer(r"(?m)^[ \t]*(?P<q>[«\"“][^\n]{5,200}[»\"”])[ \t]*$", work):
        qs, qe = q.start("q"), q.end("q")
        prev_line = work[work.rfind("\n", 0, max(0, work.rfind("\n", 0, qs))) + 1:qs]
        next_txt = fold(work[qe:qe + 60]).lstrip()
        if re.search(r"(?i)vient de para[iî]tre|nouvelle publication|parution|à (?:lire|télécharger)", prev_line) \
                or re.match(rf"(?:cette|ce|cet|la|le|l')\s*(?:{PUB_HEADS})\b", next_txt):
            t = QUOTE_RE.match(work, qs)
            if t:
                pubs.append((qs, qe, t.group("t"), text[qs:qe]))
    # a quoted title described as a publication: "« X », un guide pratique de 24 pages", "« X », réalisée par",
    # "« X » – ce nouveau kit", "nous publions « X »", "sous le titre « X »", "se procurer « X »"
    for q in QUOTE_RE.finditer(work):
        t = q.group("t")
        if any(s <= q.start() < e for s, e in event_spans) or not t[:1].isupper() or len(t.split()) < 2:
            continue
        after = fold(work[q.end():q.end() + 60])
        before = fold(work[max(ctx.sent_span(q.start())[0], q.start() - 45):q.start()])
        if EVENT_HEAD_RE.search(before[-30:]):
            continue  # "une table ronde intitulée « X »" names an event
        if re.match(rf"\s*[,:–—-]\s*(?:(?:un|une|l'|le|la|ce|cette|cet|son|sa|notre|leur|nouveau|nouvel|nouvelle)\s*)?"
                    rf"(?:[\w-]+\s+){{0,2}}?(?:{PUB_HEADS})\b", after) \
                or re.match(r"\s*,\s*(?:publiee?s?|editee?s?|co-?editee?s?|realisee?s?|redigee?s?|parue?s?|diffusee?s?|telechargeable)\b", after) \
                or re.search(r"(?:\bpubli\w*|\bco-?edit\w*|\bedite\w*|\bdiffus\w*|\bdistribu\w*|\bprocurer|sous le titre|\bintitulee?s?|"
                             r"parution\s*:|vient de paraitre|\ba lire\b[^:\n]{0,25}:|lire aussi[^:\n]{0,25}:|\ba telecharger\s*:)\s*(?:(?!la\b|le\b|les\b)[\w'-]+\s+){0,3}$", before) \
                or re.match(rf"\s*\((?:{PUB_HEADS})\b", after):
            pubs.append((q.start(), q.end(), t, text[q.start():q.end()]))
    # quoted title followed by ": X publie"
    for q in QUOTE_RE.finditer(work):
        if any(s <= q.start() < e for s, e in event_spans):
            continue
        after = fold(work[q.end():q.end() + 80])
        if re.match(r"\s*:\s*(?:l['e]\s*|la\s+|les\s+)?[\w' -]{2,40}?\s(?:co-?)?(?:publie|publient|sort|edite|lance)\b", after):
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
        hm = PUB_HEAD_RE.match(fold(surface).lstrip("«\"“ "))
        if hm and "kind" not in ctx.entities[ek].attrs:
            ctx.entities[ek].attrs["kind"] = hm.group("head")
        ctx.entities[ek].add_surface(name)


def _pub_key(name: str) -> str:
    k = norm(name)
    k = re.sub(r"^(?:etude|guide|rapport|kit|atlas|note|avis|publication)\s+", "", k)
    return k.strip(" :")


# ---------------------------------------------------------------- ess_clubs/1
CLUB_RE = re.compile(r"(?<![\w-])(?P<head>club|groupe de travail|comite de pilotage|comite d'orientation|comite local|comite de suivi|alliance)(?![\w])")


def clubs(ctx: Ctx) -> None:
    work, folded, text = ctx.notes["work"], ctx.folded, ctx.text
    pending: list[tuple[int, int]] = []
    named: list[str] = []
    for m in CLUB_RE.finditer(folded):
        hs, he = m.start(), m.end()
        before = folded[max(0, hs - 40):hs]
        if re.search(rf"{ROLE_HEAD}\s+(?:du|de la|de l'|des)\s*$", before) and not re.search(r"\bmembres?\s+(?:du|de la|de l'|des)\s*$", before):
            continue  # "président du groupe de travail ...": part of a post title (a member of a club names the club)
        if re.search(r"\b(?:les|des|aux|ces|nos|vos)\s*$", before) or folded[he:he + 1] == "s":
            continue
        if m.group("head") == "alliance" and not (text[hs] == "A" and re.match(r"\s+(?:pour\s+l['’]|pour\s+les?\s+|des?\s+)?[A-ZÉ]", work[he:he + 20])):
            continue  # only a named one, "l'Alliance ESS & Territoires", is a cooperation body; "une alliance" is not
        c_end = complement(ctx, he, maxw=14, allow=("pour",))
        quoted = QUOTE_RE.match(work, _skip_space(work, he)) if m.group("head") == "groupe de travail" else None
        if quoted and quoted.start() - he <= 2:
            c_end = quoted.end()  # "le groupe de travail « Achats responsables en Drôme »"
        comp = work[he:c_end].strip()
        if comp and quoted and comp.startswith(("«", "\"", "“")):
            pass
        elif comp and not re.match(r"(?:[Dd]es\b|[Dd]e\b|[Dd]u\b|[Dd]['’]|[Rr][ée]gional|[A-ZÉ])", comp):
            comp = ""
        if comp and not quoted and not re.search(r"[A-ZÉ]|collectivit|[ée]lus|territoires|acteurs|entreprises|partenaires|financeurs|d[ée]cideurs|"
                                         r"acheteurs|employeurs|maires|communes|villes|structures|associations|dirigeants|"
                                         r"entrepreneu|techniciens|agents|professionnels|m[ée]c[èe]nes|investisseurs", comp):
            comp = ""  # "club de foot": not a named cooperation body
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
    # a club's own page names it on its first line: "le Club" there is that club, though the page
    # also names the regional club it belongs to
    nl = text.find("\n")
    own = [k for k in named if ctx.entities[k].first < (nl if nl > 0 else len(text)) and ctx.entities[k].first <= 2]
    for hs, he in pending:
        prev = [k for k in named if ctx.entities[k].first < hs]
        target = own[0] if len(own) == 1 and prev else prev[-1] if prev else (named[0] if len(named) == 1 else None)
        if target:
            register(ctx, Mention(hs, he, text[hs:he], "Club", "", key=next(iter(ctx.entities[target].keys)),
                                  alias_only=True))


def _club_key(name: str) -> str:
    k = norm(name)
    k = re.sub(r"economie sociale(?: et solidaire)?", "ess", k)
    return k

