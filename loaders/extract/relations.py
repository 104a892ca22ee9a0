"""ess_relations/1: partnerships, conventions and their signatories, sponsors, founders,
publishers, memberships and structural inclusion.
"""
from __future__ import annotations

import re
from itertools import combinations

from .base import Ctx, fold
from .dates import doc_year
from .event_links import _program_blocks
from .founding import founding_cues
from .gathers import board_seats, gathered_members, members_page
from .memberships import member_lists
from .refs import (COUNT_WORDS, GENERIC_OBJECT, LIST_GAP, ORGS_ONLY, THINGS, _inside_thing, author, bullet_items, event_near,
                   generic_list_after, generic_object, generic_subject, last_list_of, list_after, main_event, subjects, SUB_HEADS)

# ---------------------------------------------------------------- ess_relations/1
PARTNER_CUE = re.compile(r"(?:en\s+)?(?:partenariats?|collaboration|coopération)\s+(?:promotionnel\s+|étroite?\s+)?avec\s*|"
                         r"avec\s+la\s+participation\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*|"
                         r"en\s+lien\s+avec\s*", re.IGNORECASE)
COOP_ENTRE = re.compile(r"(?:coopération|partenariat|collaboration)\s+entre\s*", re.IGNORECASE)
SPONSOR_CUE = re.compile(r"(?:avec\s+l['’]appui\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])(?=\s*(?:l['’])?[A-ZÉa-zé])|b[ée]n[ée]fici(?:e|ent|ait|aient|era|eront|é)\s+(?:(?:cette\s+année|également|aussi|encore|de\s+nouveau|depuis\s+(?:ses|sa|son)\s+(?:débuts|création|lancement)|depuis\s+\d{4})\s+)?du\s+soutien\s+(?:financier\s+)?(?:de\s+la|de\s+l['’]|du|des|de|d['’])|"
                         r"(?:(?:a|ont|avait|avaient)\s+reçu|reçoi(?:t|vent)|recevra|recevront)\s+le\s+soutien\s+(?:financier\s+)?(?:de\s+la|de\s+l['’]|du|des|de|d['’])|"
                         r"(?:est|sont|sera|seront)\s+financée?s?\s+par|avec\s+le\s+concours\s+(?:financier\s+)?(?:de\s+la|de\s+l['’]|du|des|de|d['’])|"
                         r"rendue?s?\s+possibles?\s+grâce\s+(?:à\s+la|à\s+l['’]|au|aux|à)|"
                         r"b[ée]n[ée]fici(?:e|ent|ait|era)\s+d['’]un\s+(?:co-?)?financement\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])|parrain[ée]e?s?\s+par|soutenue?s?\s+par|(?:co-?)?financ[ée]e?s?\s+par|"
                         r"(?:avec|grâce\s+à|grâce\s+au)\s+(?:le\s+)?soutien\s+(?:financier\s+)?(?:de\s+la|de\s+l['’]|du|des|de|d['’])|"
                         r"et\s+le\s+soutien\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])|avec\s+l['’]appui\s+financier\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]))\s*",
                         re.IGNORECASE)
FOUND_VERB = re.compile(r"\b(?:lan(?:ce|cent|cera|ceront)|a\s+lancé|ont\s+lancé|cré(?:e|ent|era)|a\s+créé|ont\s+créé|"
                        r"fond(?:e|ent)|a\s+fondé|ont\s+fondé|propos(?:e|ent))\b", re.IGNORECASE)
PUB_VERB = re.compile(r"\b(?:vien(?:t|nent)\s+de\s+publier|(?:co-?)?(?:édit|publi|réalis|rédig)[ée]e?s?\s+(?:en\s+\d{4}\s+)?(?:conjointement\s+|notamment\s+|également\s+)?par|"
                      r"co-?édit[ée]e?s?\s+(?:en\s+\d{4}\s+)?avec|diffus(?:e|ent)\b|"
                      r"une\s+publication\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])|publi(?:e|ent|era|ons)|(?:a|ont|avons)\s+publié|(?:a|ont)\s+(?:également\s+)?présenté|présentent|édit(?:e|ent)|a\s+édité|sort(?:ent)?|"
                      r"r[ée]alis[ée]e?s?\s+par|publi[ée]e?s?\s+par|édit[ée]e?s?\s+par|co-?publi|"
                      r"(?:co-?écrit|coécrit|édit[ée]|réalis[ée]|rédig[ée])e?s?\s+(?:en\s+\d{4}\s+)?avec(?!\s+(?:le\s+soutien|l['’]appui|la\s+participation|le\s+concours))|"
                      r"(?:a|ont)\s+(?:co-?écrit|coécrit|co-?réalisé|co-?signé)|co-?sign(?:e|ent)\b|"
                      r"(?:co-?)?écrite?s?\s+(?:en\s+\d{4}\s+)?(?:conjointement\s+)?par|"
                      r"(?:a|ont|avait|avaient)\s+(?:réalisé|rédigé|élaboré|conçu|produit)\b|réalis(?:e|ent)\b|"
                      r"(?:a|ont)\s+coordonné\s+la\s+(?:rédaction|réalisation|publication|conception)\b|"
                      # "ont coédité le guide", "a rendu public / mis en ligne le panorama", "est l'auteur du guide", "élaboré par"
                      r"(?:a|ont|avait|avaient)\s+(?:co-?édité|coédité|co-?publié|rendu\s+publi(?:c|que)|mis\s+en\s+ligne|dévoilé|présenté)\b|"
                      r"(?:est|sont)\s+(?:l['’]auteur|l['’]autrice|les\s+auteurs|les\s+autrices|les\s+co-?auteurs)\b|"
                      r"(?:élaboré|conçu|produit|piloté|coordonné)e?s?\s+(?:en\s+\d{4}\s+)?(?:conjointement\s+)?par|"
                      r"sign(?:e|ent)\s+(?:une|un|son|sa|leur)\s+(?:nouvel(?:le)?\s+|nouveau\s+)?(?:publication|guide|étude|note|rapport)\b)",
                      re.IGNORECASE)
SIGN_CUE = re.compile(r"(?:co-?)?sign[ée]e?s?\s*(?:,\s*pour\s+[^,;]{2,40},\s*|\s(?:le|ce|en|à|au|lors|dans)\s[^,;.:()]{1,35}?\s|"
                      r"\s(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|hier|aujourd['’]hui)(?:\s+(?:prochain|dernier|matin|soir))?\s)?par\s*|paraph[ée]e?s?\s+par\s*|signataires?\s*:\s*|entre\s*|"
                      r"\b(?:lie|lient|liera|liait|unit)\s+(?:désormais\s+|depuis\s+\d{4}\s+|pour\s+trois\s+ans\s+)?(?=(?:la\s|le\s|l['’]|les\s)?\s*(?-i:[A-ZÉ]))", re.IGNORECASE)
SIGNER_RE = re.compile(r"\b(?:a|ont)\s+(?:signé|paraphé)\s+(?:au\s+nom\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])|pour)?|"
                       r"(?:sign[ée]|paraph[ée])e?s?\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|hier)"
                       r"(?:\s+(?:prochain|dernier|matin|soir))?\s+)?par\s+", re.IGNORECASE)
MEMBER_CUE = re.compile(r"\bsi[èe]g(?:e|ent|eait|eaient)\s+(?:au|à\s+la|dans\s+le)\s+(?=(?:comité|club|bureau|réseau|collectif)\b)|"
                        r",\s*(?:collectivité|commune|structure|association|ville|territoire|membre)\s+(?:adhérente?|membre|fondat(?:eur|rice))\s+(?:du|de\s+la|de\s+l['’]|des)\s*|"
                        r"\b(?:participe(?:nt)?|(?:fai(?:t|saient|sait)|font)\s+(?:(?:aujourd['’]hui|désormais|également|aussi|déjà)\s+)?partie)\s+(?:au|à\s+la|à\s+l['’]|aux|du|de\s+la|de\s+l['’])\s*(?=[A-ZÉ])|"
                        r"\badh(?:ésion|ère|èrent)\s+(?:de\s+la\s+(?:ville|commune|collectivité)\s+)?(?:(?:désormais|aussi|également|depuis\s+\d{4})\s+)?(?:au|à\s+la|à\s+l['’]|à\s+(?=[A-ZÉ]))\s*|"
                        r"\b(?:est|sont)\s+(?:désormais\s+|aussi\s+|également\s+|déjà\s+|par\s+ailleurs\s+)?(?:membres?|adhérente?s?|sociétaires?)"
                        r"(?:\s+(?:actifs?|actives?|associée?s?|historiques?))?\s+(?:(?:du\s+(?:conseil\s+d['’]administration|CA|bureau)|de\s+l['’]assemblée\s+générale)\s+)?"
                        r"(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*|"
                        # "Le Département de la Gironde représente les départements au bureau du RTES"
                        r"\breprésente(?:nt)?\s+(?:(?:les|des)\s+[\w-]+\s+)?(?:au|à\s+la)\s+(?:bureau|CA|conseil\s+d['’]administration)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*|"
                        r"\b(?:a|ont)\s+(?:d['’]ailleurs\s+|également\s+|aussi\s+|déjà\s+|récemment\s+|officiellement\s+)?"
                        r"(?:rejoint|adhéré\s+(?:à\s+la|à\s+l['’]|au|aux|à\s+(?=[A-ZÉ])))\s*(?:(?:en\s+\d{4}|cette\s+année|l['’]an\s+dernier|en\s+\w+\s+\d{4})\s+)?|\brejoi(?:nt|gnent|ndra|ndront)\s+|"
                        r"\b(?:est|sont|était|étaient)\s+affiliée?s?\s+(?:à\s+la|à\s+l['’]|au|aux|à\s+(?=[A-ZÉ]))\s*|"
                        r"\b(?:fait|font|faisait|faisaient)\s+partie\s+des\s+(?:\d+\s+|[a-zé]+\s+)?(?:collectivités|structures|organisations|communes|associations)?\s*(?:adhérentes|membres)\s+(?:du|de\s+la|de\s+l['’]|des)\s*|"
                        r"\bvien(?:t|nent)\s+(?:d['’]adhérer\s+(?:à\s+la|à\s+l['’]|au|aux|à\s+(?=[A-ZÉ]))|de\s+rejoindre)\s*|"
                        r"\b(?:a|ont)\s+intégré\s+|\bintègre(?:nt)?\s+(?=(?:le|la|l['’])\s*[A-ZÉ])|"
                        r"\b(?:fait|font|faisait|faisaient|a\s+fait|ont\s+fait)\s+(?:son|leur)\s+entrée\s+(?:au|à\s+la|à\s+l['’]|dans\s+le|dans\s+la)\s*|"
                        r"\bappart(?:ient|iennent|enait|enaient)\s+(?:au|à\s+la|à\s+l['’])\s*(?:réseau\s+(?=[A-ZÉ]))?|"
                        r"\bfigure(?:nt|rait|ront)?\s+parmi\s+les\s+(?:\w+\s+)?(?:membres|adhérents)(?:\s+fondateurs)?\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*|\bcompte(?:nt)?\s+parmi\s+les\s+(?:membres|adhérents)\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*|"
                        r"\b(?:est|sont)\s+(?:l['’]une?|une?)\s+des\s+(?:\w+\s+)?(?:adhérente?s|membres|sociétaires)(?:\s+(?:fondat(?:eur|rice)s|actifs|actives|historiques|les\s+plus\s+\w+))?\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*|\badhérer\s+(?:au|à\s+la|à\s+l['’])\s*|"
                        r"(?:,|\bet)\s*(?:(?:nouvel(?:le)?|nouveau)\s+)?(?:adhérente?|membre)\s+(?:(?:de\s+longue\s+date|depuis\s+\d{4}|historique|associée?|active?|actif|observat(?:eur|rice))\s+)?"
                        r"(?:du|de\s+la|de\s+l['’]|de|d['’])\s*(?=(?:l['’])?[A-ZÉ])|"
                        r"\b(?:devient|deviennent|est\s+devenue?|sont\s+devenue?s)\s+(?:membres?|adhérente?s?)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*|siège\s+au\s+(?:CA|conseil d['’]administration)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*",
                        re.IGNORECASE)


def relations(ctx: Ctx) -> None:
    _founded(ctx)
    _founding_members(ctx)
    _part_of(ctx)
    _partners(ctx)
    _conventions(ctx)
    _signers_lists(ctx)
    _sponsors(ctx)
    _event_partners(ctx)
    _publishes(ctx)
    _own_reports(ctx, [(s, e, k) for s, e, k in ctx.spans if ctx.entities[k].type == "Publication"])
    _members(ctx)


FOUNDING_CUE = re.compile(r"\b(?:membres?|sociétaires?|associés?)\s+fondat(?:eurs|rices|eur|rice)\s*(?::|figurent|sont|,)\s*|"
                          r"\bparmi\s+(?:ses|leurs)\s+(?:membres|sociétaires|associés)\s+fondat(?:eurs|rices)\s+|\b[àÀ]\s+l['’]origine\s+(?:de\s+l['’]initiative|du\s+club|du\s+projet|du\s+réseau)\s*,\s*",
                          re.IGNORECASE)


def _founding_members(ctx: Ctx) -> None:
    """"À l'origine de l'initiative, X et trois membres fondateurs : A, B et C": founders (and, for the
    listed founding members, members) of the club or network the passage is about."""
    work = ctx.notes["work"]
    for m in FOUNDING_CUE.finditer(work):
        clubs = [x for x in ctx.spans if ctx.entities[x[2]].type == "Club" and abs(x[0] - m.start()) < 600] or \
            [x for x in ctx.spans if ctx.entities[x[2]].type in ("ESSOrganization", "Network") and 0 < m.start() - x[0] < 600
             and re.search(r"(?i)sociétaires|associés|membres\s+fondat\w+\s+(?:sont|figurent)", m.group(0))][-1:]
        if re.match(r"(?i)parmi", m.group(0)):
            # "La SCIC X compte parmi ses sociétaires fondateurs A et B": the subject of the sentence
            clubs = [x for x in ctx.ents_in(ctx.sent_span(m.start())[0], m.start(), {"Club", "ESSOrganization", "Network"})
                     if not _inside_thing(ctx, x)][-1:]
            gen = re.search(r"(?i)(?:la|le|l['’])\s*(?:coopérative|scic|scop|association|structure|pôle)\s+(?:\w+\s+){0,2}$",
                            work[max(0, m.start() - 60):m.start()])
            if gen:
                g = generic_object(ctx, m.start() - len(gen.group(0)))
                clubs = [(m.start(), m.start(), g)] if g else clubs
        if not clubs:
            continue
        tgt = min(clubs, key=lambda x: abs(x[0] - m.start()))[2]
        founders = list_after(ctx, m.end(), ORGS_ONLY)
        if re.match(r"(?i)[àÀ]", m.group(0)):
            ss, se = ctx.sent_span(m.start())
            founders = [x for x in ctx.ents_in(m.end(), se, ORGS_ONLY) if not _inside_thing(ctx, x)]
        # "À l'origine de l'initiative, X et trois membres fondateurs : la coopérative A, ...": those
        # listed after "membres fondateurs" are members too
        fm = re.search(r"(?i)\bmembres?\s+fondat", work[m.start():founders[-1][0]]) if founders else None
        members_from = m.start() + fm.start() if fm else len(work)
        for x in founders:
            if x[2] != tgt:
                ctx.add_rel("founded", x[2], tgt, m.start(), x[1])
                if (re.search(r"(?i)membres?\s+fondat", m.group(0)) or x[0] > members_from) \
                        and ctx.entities[tgt].type in ("Club", "Network"):
                    ctx.add_rel("member_of", x[2], tgt, m.start(), x[1])


MUTUAL_PARTNERS = re.compile(r"\b(?:qui\s+)?(?:travaill(?:ent|aient|eront)|coopèrent|coopéraient)\s+(?:déjà\s+|ensemble\s+)?en\s+(?:partenariat|"
                             r"collaboration|coopération)(?!\s+(?:avec|étroite))\b|\b(?:officialis|formalis|renouvel)(?:ent|aient|eront|ent\s+ainsi)\s+"
                             r"leur\s+(?:partenariat|coopération|collaboration)\b", re.IGNORECASE)


def _mutual_partners(ctx: Ctx) -> None:
    """"le Département et la CRESS Lorraine, qui travaillent en partenariat depuis 2012", "Les trois
    CRESS, qui travaillent en partenariat", "l'Eurométropole et la CRESS officialisent leur
    partenariat": every pair of the actors that are the subject."""
    work = ctx.notes["work"]
    for m in MUTUAL_PARTNERS.finditer(work):
        ss, _ = ctx.sent_span(m.start())
        subj = []
        for x in ctx.ents_in(ss, m.start(), ORGS_ONLY):
            if subj and x[2] == subj[-1][2] and re.fullmatch(r"\s*\(\s*", work[subj[-1][1]:x[0]]):
                close = work.find(")", x[1], x[1] + 3)  # "… Grand Est (CRESS Grand Est)": one actor, its acronym
                subj[-1] = (subj[-1][0], close + 1 if close >= 0 else x[1], x[2])
            elif not _inside_thing(ctx, x):
                subj.append(x)
        chain = []
        if subj and re.fullmatch(r"\s*(?:\([^()]{1,30}\)\s*)?,?\s*", work[subj[-1][1]:m.start()]):
            chain = [subj[-1]]
            for x in reversed(subj[:-1]):
                if LIST_GAP.match(work[x[1]:chain[0][0]]) and re.search(r"[,&]|\bet\b", work[x[1]:chain[0][0]]):
                    chain.insert(0, x)
                else:
                    break
        if len(chain) == 1 and re.search(r"\bet\s+(?:la\s|le\s|l['’])?\s*$", work[ss:chain[0][0]]):
            g = generic_subject(ctx, ss, chain[0][0])  # "l'Eurométropole et la CRESS Grand Est officialisent …"
            chain = ([(ss, ss, g)] if g else []) + chain
        cm = re.search(r"\b(?:les|ces)\s+(?P<n>deux|trois|quatre|cinq)\s+[\w-]+\s*,?\s*$", work[ss:m.start()], re.IGNORECASE)
        if len(chain) < 2 and cm:
            chain = last_list_of(ctx, ss, COUNT_WORDS.get(cm.group("n").lower(), 0))
        keys = list(dict.fromkeys(x[2] for x in chain))
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                ctx.add_rel("partner_of", a, b, m.start(), m.end())
        conv = ctx.ents_in(m.end(), ctx.sent_span(m.start())[1], {"Convention"})[:1]
        if len(keys) >= 2 and conv and re.match(r"\s*(?:par|dans|au\s+travers\s+d['’]|à\s+travers)\s", work[m.end():conv[0][0]]):
            # "… formalisent leur coopération par une convention de partenariat": its signatories
            for k in keys:
                ctx.add_rel("signatory", k, conv[0][2], m.start(), conv[0][1])


def _partners(ctx: Ctx) -> None:
    work = ctx.notes["work"]
    auth = author(ctx)
    _mutual_partners(ctx)
    for m in PARTNER_CUE.finditer(work):
        partners = list_after(ctx, m.end(), ORGS_ONLY | {"Club"})
        if not partners:
            continue
        subj = [x for x in subjects(ctx, m.start()) if not _inside_thing(ctx, x)]  # not the town in an event's name
        by = re.search(r"\b(?:organis|anim|propos|port|pilot|coordonn)[ée]e?s?\s+par\s+(?P<rest>[^.;:()]{2,120}?)\s*,?\s*$",
                       work[max(0, m.start() - 140):m.start()], re.IGNORECASE)
        if by and re.match(r"(?i)avec\s+la\s+participation|en\s+partenariat", m.group(0)):
            # "animé par la CRESS, avec la participation du Département", "organisée par X en partenariat avec Y":
            # a partner of those who run it
            at = max(0, m.start() - 140) + by.start("rest")
            subj = [x for x in list_after(ctx, at, ORGS_ONLY) if x[1] <= m.start()] or subj
        if re.search(r"\b(?:son|sa|leur)\s+$", work[max(0, m.start() - 6):m.start()]):
            # "Son partenariat avec la CRESS": the actor the text just spoke of
            ss = ctx.sent_span(m.start())[0]
            i = ctx.sent_index(ss)
            prev = ctx.ents_in(ss, m.start(), ORGS_ONLY) or (ctx.ents_in(*ctx.sents[i - 1], ORGS_ONLY)[:1] if i > 0 else [])
            subj = prev[-1:] if prev else subj
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
        conv_mentions = list(ent.extra.get("conv_mentions", []))
        # later mentions that refer back ("La charte a été signée par X, post ; Y, post") name the persons who signed
        for s, e in sorted(set(ent.mentions)):
            if (s, e) in conv_mentions:
                continue
            ss, se = ctx.sent_span(s)
            for m in SIGN_CUE.finditer(work, e, min(se, e + 60)):
                if re.search(r"par\s*$", m.group(0)) and re.match(r"\s*(?:a\s+été|ont\s+été|sera|seront|est|sont)?\s*$", work[e:m.start()]):
                    signs += [x for x in ctx.ents_in(m.end(), se, {"Person"})]
            if re.search(r"\b(?:a|ont)\s+(?:(?:elles?|ils?)\s+)?(?:(?:aussi|également|ensuite|à\s+son\s+tour)\s+)?(?:co-?)?(?:signé|paraphé)\s+(?:la|le|l['’]|cette|ce)?\s*$",
                         work[max(ss, s - 60):s]):
                # "La commune de Colomiers a elle aussi signé la charte": the subject
                signs += [x for x in ctx.ents_in(ss, s, ORGS_ONLY | {"Person"})][:1]
        for s, e in conv_mentions:
            ss, se = ctx.sent_span(s)
            # "une convention avec X", "une convention … est conclue pour trois ans avec X", "a été votée avec X"
            av = re.match(r"\s*(?:(?:a\s+(?:également\s+)?été|est|sera|avait\s+été)\s+(?:également\s+)?"
                          r"(?:conclue|signée|passée|votée|approuvée|adoptée|renouvelée)(?:\s+[^,.;:()]{0,30}?)?\s+)?avec\s+",
                          work[e:e + 80])
            if av:
                got = list_after(ctx, e + av.end(), ORGS_ONLY)
                signs += got
                own = author(ctx)
                if got and own and not ctx.ents_in(ss, s, ORGS_ONLY) and own not in [x[2] for x in got]:
                    # "les élus ont voté une convention avec X" on a page that speaks for one organisation: it is the other party
                    signs.append((s, e, own))
            # "la signature de la charte X par la Ville et la Métropole"
            by = re.match(r"\s*(?:»\s*)?par\s+", work[e:e + 8])
            if by and re.search(r"\bsignature\s+(?:officielle\s+)?(?:de\s+la|du|de\s+l['’]|de\s+cette|de\s+ce)\s*(?:«\s*)?$", work[max(0, s - 40):s], re.IGNORECASE):
                signs += list_after(ctx, e + by.end(), ORGS_ONLY | {"Person"})
            # "la convention d'objectifs qui lie la CRESS, la Région et l'État", "… qui lie la CRESS à l'État"
            lie = re.match(r"[^,.;:()]{0,40}?\s(?:qui\s+)?(?:lie|liait|liera|lient|unit|associe|liant|unissant|engage|engageant)\s+",
                           work[e:min(se, e + 90)])
            if lie:
                got = list_after(ctx, e + lie.end(), ORGS_ONLY)
                if got:
                    to = re.match(r"\s*(?:à\s+la|à\s+l['’]|au|aux|à)\s*", work[got[-1][1]:got[-1][1] + 8])
                    signs += got + (list_after(ctx, got[-1][1] + to.end(), ORGS_ONLY) if to else [])
            for m in SIGN_CUE.finditer(work, s, se):
                got = list_after(ctx, m.end(), ORGS_ONLY | {"Person"})
                if not got and m.group(0).lower().startswith("entre"):
                    # "entre le conseil général et la CRESS": the generic party, then the named ones
                    got = generic_list_after(ctx, m.end())
                    got = got if got and re.match(r"\s*(?:,|et)\s", work[got[0][1]:got[0][1] + 5]) else []
                signs += got
                if got and ctx.entities[got[0][2]].type == "Person" and re.search(r"par\s*$", m.group(0)):
                    signs += ctx.ents_in(m.end(), se, {"Person"})  # "signé par X, maire de Y, et par Z, ..."
                rest = fold(work[m.end():m.end() + 60])
                cm = re.match(r"(?:les|ses)\s+(?P<n>deux|trois|quatre|cinq|\d)\s+(?:initiateurs|partenaires|fondateurs|membres fondateurs|signataires)", rest)
                if cm:
                    n = COUNT_WORDS.get(cm.group("n"), 0)
                    for club, orgs in founders.items():
                        if len(orgs) == n:
                            signs += [(s, e, o) for o in orgs]
            # "X et Y signent une convention"
            m2 = re.search(r"\b(?:sign(?:ent|eront|era|e)|(?:a|ont)\s*(?:,[^,;.]{1,30},\s*|\s)(?:(?:elles?|ils?)\s+(?:aussi|également)\s+)?"
                           r"(?:(?:d['’]abord|également|aussi|officiellement|déjà|ensemble)\s+)?"
                           r"(?:signé|paraphé|conclu|renouvelé|reconduit|prolongé)|conclu(?:en)?t|de\s+signer|renouvell?(?:ent|e)|"
                           r"(?:a|ont)\s+(?:(?:à\s+l['’]unanimité|unanimement)\s+)?(?:approuvé|validé|voté)(?=\s+(?:(?:la|le|une|un|l['’]|cette|ce|les)\s*)?(?:convention|charte|contrat|accord|pacte|$))|"
                           r"(?:est|sont|était|étaient|devient|deviennent)\s+(?:également\s+|aussi\s+|désormais\s+)?(?:co-?)?signataires?\s+"
                           r"(?:de\s+la|du|de\s+l['’]|des|de\s+cette|de\s+ce)|en\s+(?:co-?)?(?:signant|paraphant)|"
                           r"(?:sont|seront|étaient|restent)\s+(?:désormais\s+|également\s+)?liée?s\s+(?:depuis\s+\d{4}\s+)?par)\b", work[ss:s])
            if m2:
                signs += [x for x in ctx.ents_in(ss, ss + m2.start(), ORGS_ONLY | {"Person"})
                          if not re.search(r"(?:\bà|\bau)\s+$", work[max(0, x[0] - 4):x[0]])]  # not "Le 19 mai, à Paris, …"
                # "Vingt communes ont paraphé la charte, dont Niort et La Rochelle": the named ones among them
                among = re.match(r"\s*,\s*(?:dont|parmi\s+lesquelles|notamment)\s+", work[e:e + 30])
                if among:
                    signs += list_after(ctx, e + among.end(), ORGS_ONLY)
                # "La Région a signé avec la CRESS une convention": the party after "avec" too
                av2 = re.match(r"\s*avec\s+", work[ss + m2.end():s])
                if av2:
                    signs += list_after(ctx, ss + m2.end() + av2.end(), ORGS_ONLY)
        # the sentences after the agreement: "le texte a été paraphé par X", "Y a signé au nom de la Région"
        after: list[int] = []
        for i in sorted({ctx.sent_index(x[0]) for x in conv_mentions}):
            for j in range(i + 1, min(i + 4, len(ctx.sents))):
                if ctx.ents_in(*ctx.sents[j], {"Convention"}) and j > i + 1:
                    break
                if j not in after:
                    after.append(j)
        for j in after:
            js, je = ctx.sents[j]
            # "Ont signé : X, adjointe au maire ; Y, président de ... ; Z et W": every person listed
            colon = re.match(r"\s*(?:ont\s+signé|(?:parmi\s+)?les\s+signataires|signataires)\s*:", work[js:je], re.IGNORECASE)
            if colon:
                le = work.find("\n", js + colon.end())
                le = len(work) if le < 0 else le
                signs += ctx.ents_in(js + colon.end(), le, {"Person"})
                continue
            for m in SIGNER_RE.finditer(work, js, je):
                if re.search(r"par\s+$", m.group(0)):
                    got = list_after(ctx, m.end(), {"Person"} | ORGS_ONLY)
                    signs += got
                    if not got and re.match(r"(?:le|la|l['’]|son|sa)\s*[a-zé-]+[^,;.]{0,60},\s*$",
                                            work[m.end():(ctx.ents_in(m.end(), je, {"Person"}) or [(je,)])[0][0]]):
                        # "signée samedi par le président du conseil général, X, et par Y": the persons named
                        got = ctx.ents_in(m.end(), je, {"Person"})[:1]
                    if got and ctx.entities[got[0][2]].type == "Person":
                        # "signé par X, adjointe au maire de Y, et Z, président de W": every person of the list
                        signs += ctx.ents_in(m.end(), je, {"Person"})
                else:
                    signs += [x for x in ctx.ents_in(js, m.start(), {"Person"})][-1:]
                    signs += list_after(ctx, m.end(), ORGS_ONLY)[:1]
        signs += _represented_parties(ctx, sorted(set(ent.mentions)))
        # persons who sign for a party: "Bordeaux Métropole, représentée par X"
        for pk, ok in ctx.notes.get("represents", []):
            if any(x[2] == ok for x in signs):
                signs.append((0, 0, pk))
        signs += _signers_bodies(ctx, signs)
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


def _signers_bodies(ctx: Ctx, signs: list) -> list:
    """"signée par Karine Delpech, directrice générale déléguée de l'ANCT, et par Julien Goyard, délégué
    général adjoint de l'Avise": a person signs for the organisation of the post the text gives them
    there, or of their only post in the text."""
    out = []
    persons = [x[0] for x in ctx.spans if ctx.entities[x[2]].type == "Person"]
    for s, e, pk in signs:
        if ctx.entities[pk].type != "Person":
            continue
        posts = [r for r in ctx.rels if r.type == "holds_post" and r.source == pk and ctx.entities[r.target].type in ORGS_ONLY]
        here = [r for r in posts if e and s <= r.start < s + 200 and not any(s < p <= r.start for p in persons)]
        for r in here or (posts if len({r.target for r in posts}) == 1 else []):
            out.append((r.start, r.end, r.target))
    return out


REPRESENTED_BY_LIST = re.compile(r"(?i)\b(?:représenté(?:e|s|es)?|signée?s?)\b[^.:\n]{0,30}?\bpar\s*:\s*$|\bsignataires\s*:\s*$")


def _represented_parties(ctx: Ctx, conv_mentions: list) -> list:
    """"La convention engage cinq institutions, représentées ce soir-là par :" then a bulleted list of
    persons: each person signs (and, through the post given on the line, the institution)."""
    work = ctx.notes["work"]
    out = []
    for s, e in conv_mentions:
        le = work.find("\n", e)
        if le < 0 or not REPRESENTED_BY_LIST.search(work[e:le]):
            continue
        pos = le + 1
        while True:
            line = re.match(r"[ \t]*[–—\-•*·][ \t]*[^\n]*", work[pos:])
            if not line:
                break
            out += ctx.ents_in(pos, pos + line.end(), {"Person"})[:1]
            pos += line.end() + 1
    return out


SIGNERS_LIST = re.compile(r"\b(?:ont|a)\s+(?:signé|paraphé|co-?signé)\s+(?:le\s+document|la\s+convention|le\s+texte|l['’]accord|"
                          r"la\s+charte|le\s+protocole|le\s+contrat)\s*:\s*|\bsignataires\s*:\s*", re.IGNORECASE)


def _signers_lists(ctx: Ctx) -> None:
    """"Ont paraphé le document : X, vice-président de la Région ; Y et Z, respectivement ...":
    the persons listed sign the convention the text just named."""
    work = ctx.notes["work"]
    for m in SIGNERS_LIST.finditer(work):
        conv = [x for x in ctx.spans if ctx.entities[x[2]].type == "Convention" and m.start() - 1500 <= x[0] < m.start()]
        if not conv:
            continue
        end = work.find("\n\n", m.end())
        end = len(work) if end < 0 else end
        for x in ctx.ents_in(m.end(), end, {"Person"}):
            ctx.add_rel("signatory", x[2], conv[-1][2], m.start(), x[1])
    # "Toulouse Métropole et la Ville de Toulouse l'ont signé en premier, représentées par X et Y":
    # the subjects sign the agreement the text just named, and so do those who represent them
    for m in re.finditer(r"\b(?:l['’]\s?|la\s+)(?:ont|a)\s+(?:(?:elles?|ils?)\s+)?(?:(?:aussi|également|ensuite|déjà)\s+)?(?:co-?)?(?:signée?|paraphée?)\b",
                         work, re.IGNORECASE):
        conv = [x for x in ctx.spans if ctx.entities[x[2]].type == "Convention" and m.start() - 1500 <= x[0] < m.start()]
        if not conv:
            continue
        ss, se = ctx.sent_span(m.start())
        subj = [x for x in ctx.ents_in(ss, m.start(), ORGS_ONLY | {"Person"})
                if not re.search(r"(?:\bà|\bau|\bde|\bdu|\bdes)\s+$", work[max(0, x[0] - 5):x[0]])]
        rep = re.match(r"[^.;:]{0,40}?,\s*représentée?s?\s+par\s+", work[m.end():se])
        reps = [x for x in ctx.ents_in(m.end() + rep.end(), se, {"Person"})] if rep else []
        for x in subj + reps:
            ctx.add_rel("signatory", x[2], conv[-1][2], x[0], m.end())


ACTIVE_SPONSOR = re.compile(r"\b(?:accompagn(?:e|ent|era|eront)\s+financièrement|soutien(?:t|nent|dra|dront)(?:\s+financièrement)?|"
                            r"financ(?:e|ent|era|eront)|subventionn(?:e|ent|era|eront)|(?:a|ont)\s+(?:co-?)?financé|(?:a|ont)\s+soutenu|"
                            r"parrain(?:e|ent|era|eront)|(?:a|ont)\s+parrainé|apport(?:e|ent|era|eront)\s+(?:son|leur)\s+soutien\s+(?=à|au|aux))\s*"
                            r"(?=(?:le|la|les|cette|ce|cet|à\s+la|au|aux)\s|l['’]|à\s+l['’])", re.IGNORECASE)


def _active_sponsors(ctx: Ctx) -> None:
    """"la Région accompagne financièrement le forum": the subject sponsors the event, club or
    publication that is the object (financing a structure is not a sponsorship)."""
    work = ctx.notes["work"]
    for m in ACTIVE_SPONSOR.finditer(work):
        ss, se = ctx.sent_span(m.start())
        subj = [x for x in ctx.ents_in(ss, m.start(), ORGS_ONLY) if not _inside_thing(ctx, x)]
        if subj and re.fullmatch(r"\s*", work[subj[-1][1]:m.start()]):
            # "La Région et la Banque des Territoires financent l'événement": the whole list before the verb
            run = last_list_of(ctx, subj[-1][1], 0, back=subj[-1][1] - ss)
            subj = run if run and run[-1][2] == subj[-1][2] else subj[-1:]
        else:
            subj = subj[-1:]
        if not subj:
            g = generic_subject(ctx, ss, m.start())
            subj = [(ss, m.start(), g)] if g else []
        obj = re.match(r"(?:à\s+)?(?:(?:les|le|la|cette|cet|ce|aux|au)\s+|l['’]\s?)(?P<w>[\w-]{4,})", work[m.end():m.end() + 40])
        things = [x for x in ctx.starting_in(m.end(), min(se, m.end() + 80), THINGS)][:1]
        if not things and obj and fold(obj.group("w")) in ("evenement", "manifestation", "edition", "rencontre", "journee", "soiree"):
            # "financent l'événement", "soutient cette édition": the event the page is about, else the last one named
            main = main_event(ctx)
            near = (0, 0, main) if main else event_near(ctx, m.start())
            things = [near] if near else []
        if not things and obj:
            # "accompagne financièrement le forum": the event of that kind named before
            w = fold(obj.group("w"))
            things = [x for x in ctx.spans if x[1] <= m.start() and ctx.entities[x[2]].type in THINGS
                      and re.search(rf"\b{re.escape(w)}\b", fold(" ".join(ctx.entities[x[2]].surfaces)))][-1:]
        for sp in subj:
            for t in things:
                ctx.add_rel("sponsors", sp[2], t[2], min(sp[0], m.start()), max(m.end(), t[1]))


def _sponsors(ctx: Ctx) -> None:
    work = ctx.notes["work"]
    _active_sponsors(ctx)
    for m in SPONSOR_CUE.finditer(work):
        sponsors = list_after(ctx, m.end(), ORGS_ONLY)
        if not sponsors:
            g = generic_object(ctx, m.end() - (3 if work[m.end() - 3:m.end()].lower() in ("la ", "de ") else 0))
            sponsors = [(m.end(), m.end(), g)] if g else []  # "avec le soutien de la Ville"
        if not sponsors:
            continue
        ss, se = ctx.sent_span(m.start())
        if len(sponsors) >= 2 and re.fullmatch(r"\s*,\s*(?:la\s|le\s|l['’]|les\s)?\s*", work[sponsors[-2][1]:sponsors[-1][0]]) \
                and not re.search(r"\bet\b|\bainsi\s+que\b", work[sponsors[0][1]:sponsors[-1][0]]) \
                and re.match(r"\s+(?:a\s+|ont\s+|s['’]|se\s+|y\s+)?[a-zé]", work[sponsors[-1][1]:sponsors[-1][1] + 12]):
            # "Avec l'appui de la Banque des Territoires, la CRESS organise …": the last one is the clause's subject
            sponsors = sponsors[:-1]
        things = [x for x in ctx.ents_in(ss, se, THINGS) if not any(x[0] >= sp[0] and x[1] <= sp[1] for sp in sponsors)]
        target = None
        before = [x for x in things if x[0] < m.start()]
        if before:
            target = before[-1]
        elif things:
            target = things[0]
        else:
            i = ctx.sent_index(m.start())
            ana = re.search(r"(?i)\b(?:cette|ce|cet|ces|l['’]|la|le|les)\s*(?P<w>étude|note|guide|rapport|publication|panorama|ouvrage|"
                            r"événement|evenement|forum|salon|rencontre|journée|manifestation|séance|soirée|fête|conférence|"
                            r"table\s+ronde|atelier|webinaire|édition|action|trophées|prix|festival|club)\b", work[ss:m.start()])
            if not ana and not work[ss:m.start()].strip(" \t"):
                # "Organisé avec le soutien de l'Union européenne, le forum a réuni …": the subject after the list
                ana = re.match(r"(?i)[^.;:]{0,120}?,\s*(?:le|la|l['’]|les|cette|ce|cet)\s*(?P<w>forum|salon|rencontres?|journée|manifestation|"
                               r"soirée|fête|festival|événement|guide|étude|rapport|trophées|prix|club)\b", work[sponsors[-1][1]:se])
            if ana:
                pub_word = fold(ana.group("w")) in ("etude", "note", "guide", "rapport", "publication", "panorama", "ouvrage")
                types = {"Publication"} if pub_word else {"Club"} if fold(ana.group("w")) == "club" else {"Event"}
                prev = [x for x in ctx.spans if x[1] <= ss and ss - x[1] < 1500 and ctx.entities[x[2]].type in types]
                prev = [x for x in prev if ctx.entities[x[2]].extra.get("head") != "mois de l'ess"] or prev
                w = fold(ana.group("w"))
                if w in ("trophees", "prix", "festival", "salon", "forum", "club"):
                    # "Les prix sont soutenus par X": the prize-giving, not the last event named
                    prev = [x for x in prev if w in fold(" ".join(ctx.entities[x[2]].surfaces))]
                target = prev[-1] if prev else None
            # the sentence before; two back when the subject is a pronoun ("Il a été réalisé avec ...")
            pronoun = re.match(r"\s*(?:il|elle|ils|elles|celui-ci|celle-ci)\b", ctx.folded[ss:m.start()])
            for j in ((i - 1, i - 2) if pronoun else (i - 1,)):
                if target is None and j >= 0:
                    prev = ctx.ents_in(*ctx.sents[j], THINGS)
                    # "Un forum organisé par X, dans le cadre du Mois de l'ESS. Avec le soutien de Y.": the
                    # event organised there, not the national month it is part of
                    organised = {r.target for r in ctx.rels if r.type == "organizes" and ctx.sents[j][0] <= r.start < ctx.sents[j][1]}
                    own = [x for x in prev if x[2] in organised] or \
                        [x for x in prev if ctx.entities[x[2]].extra.get("head") != "mois de l'ess"] or prev
                    target = own[-1] if own else None
            if target is None:
                # "La traversée est prise en charge, avec le soutien de Y": the one event of the paragraph
                ps_ = work.rfind("\n", 0, m.start()) + 1
                par = {x[2] for x in ctx.ents_in(ps_, m.start(), {"Event"}) if ctx.entities[x[2]].extra.get("head") != "mois de l'ess"
                       and ctx.entities[x[2]].first >= ps_}  # (introduced there, not an anaphor of an earlier one)
                if len(par) == 1:
                    k = par.pop()
                    target = next(x for x in ctx.ents_in(ps_, m.start(), {"Event"}) if x[2] == k)
        if not things:
            # "Une journée proposée par X et Y, avec le soutien de Z": the event whose organisers this sentence names
            org_ev = [r.target for r in ctx.rels if r.type == "organizes" and ss < r.end <= m.start()]
            if org_ev:
                target = next((x for x in ctx.spans if x[2] == org_ev[-1]), target)
        line_s = work.rfind("\n", 0, m.start()) + 1
        if not work[line_s:m.start()].strip() and (target is None or ctx.entities[target[2]].extra.get("head") in SUB_HEADS) \
                and not ctx.ents_in(ss, se, THINGS):
            # "Avec le soutien de l'ANCT." on a line of its own, closing the page: the event the page is
            # about, not the round table of the paragraph above
            main = main_event(ctx)
            target = next((x for x in ctx.spans if x[2] == main), None) if main else target
        if target:
            for sp in sponsors:
                ctx.add_rel("sponsors", sp[2], target[2], min(target[0], m.start()), sp[1])


GODPARENT = re.compile(r"\s+en\s+(?:est|était|sera|fut|a\s+été)\s+(?:(?:le|la|l['’]|un|une)\s*)?(?:parrain|marraine|mécène|partenaire(?:\s+principal)?|"
                       r"sponsor|financeur|soutien)\b", re.IGNORECASE)
PARTNER_OF_EVENT = re.compile(r"(?:\b(?:est|sont)\s+(?:également\s+|aussi\s+)?|,\s*)(?:partenaires?|mécènes?|financeurs?|sponsors?)\s+(?:(?:officiels?|médias?|principal|principaux|historiques?|fidèles?|privilégiés?|majeurs?)\s+)?"
                              r"(?:de\s+l['’]|du\s|de\s+la\s|des\s|de\s+(?:cette|cet|ce)\s)", re.IGNORECASE)
# "La Macif parrainait la cérémonie": the sponsor of the event taken up
ACTIVE_GODPARENT = re.compile(r"\b(?:parrain(?:e|ent|ait|aient|era|eront)|(?:a|ont|avait|avaient)\s+parrainé)\s+(?=(?:la|le|l['’]|les|cette|cet|ce)\s*)",
                              re.IGNORECASE)


PARTNERS_LINE = re.compile(r"(?im)^[ \t]*(?:nos\s+|les\s+)?(?:partenaires|financeurs|avec\s+le\s+soutien\s+de)"
                           r"(?:\s+(?:de\s+l['’]|du\s|de\s+la\s|des\s)\s*(?P<w>[\w-]+)(?P<more>[^:\n]{0,60}?))?\s*:\s*")


def _event_partners(ctx: Ctx) -> None:
    work = ctx.notes["work"]
    # "Partenaires de l'événement : X, Y, Z": sponsors of the event the page is about
    for m in PARTNERS_LINE.finditer(work):
        w = fold(m.group("w") or "")
        if w and w not in ("evenement", "forum", "salon", "rencontre", "rencontres", "journee", "manifestation", "festival",
                           "colloque", "congres", "seminaire", "soiree", "operation"):
            continue
        evs = [x for x in ctx.spans if ctx.entities[x[2]].type == "Event" and x[0] < m.start()
               and ctx.entities[x[2]].extra.get("head") != "mois de l'ess"]
        named = ctx.starting_in(m.start("w"), m.start("w") + 2, {"Event"}) if m.group("w") else []
        if named:
            # "Partenaires du forum de l'ESS du 5 juin :": the event the heading names
            for x in list_after(ctx, m.end(), ORGS_ONLY):
                ctx.add_rel("sponsors", x[2], named[0][2], m.start(), x[1])
            continue
        if not evs or m.group("more"):
            continue
        main = max({x[2] for x in evs}, key=lambda k: (len(ctx.entities[k].mentions), -ctx.entities[k].first))
        entry = work.rfind("\n\n", 0, m.start())
        in_entry = [x for x in evs if x[0] > entry >= 0]
        if in_entry and re.search(r"(?m)^[ \t]*(?:lieu|organis|proposé|co-?organis)", work[entry:m.start()], re.IGNORECASE):
            main = in_entry[0][2]  # an agenda entry with its own fields: the partners are that event's
        for x in list_after(ctx, m.end(), ORGS_ONLY):
            ctx.add_rel("sponsors", x[2], main, m.start(), x[1])
    # "Le Crédit Coopératif en était le parrain": the event the text just spoke of
    for m in GODPARENT.finditer(work):
        ss, _ = ctx.sent_span(m.start())
        subj = [x for x in ctx.ents_in(ss, m.start(), ORGS_ONLY) if not _inside_thing(ctx, x)]
        target = event_near(ctx, ss, back=1500, types=frozenset({"Event", "Club", "Publication"}))
        if subj and target:
            ctx.add_rel("sponsors", subj[-1][2], target[2], subj[-1][0], m.end())
    for m in ACTIVE_GODPARENT.finditer(work):
        ss, se = ctx.sent_span(m.start())
        subj = [x for x in ctx.ents_in(ss, m.start(), ORGS_ONLY) if not _inside_thing(ctx, x)][-1:]
        tgt = [x for x in ctx.ents_in(m.end(), se, {"Event", "Club", "Publication"}) if x[0] <= m.end() + 40][:1]
        target = tgt[0] if tgt else event_near(ctx, m.start(), back=1500, types=frozenset({"Event", "Club"}))
        if subj and target and re.fullmatch(r"\s*(?:,[^,;.]{0,60},\s*)?", work[subj[0][1]:m.start()]):
            ctx.add_rel("sponsors", subj[0][2], target[2], subj[0][0], m.end())
    for m in PARTNER_OF_EVENT.finditer(work):
        ss, se = ctx.sent_span(m.start())
        subj = [x for x in ctx.ents_in(ss, m.start(), ORGS_ONLY) if not _inside_thing(ctx, x)]
        tgt = ctx.ents_in(m.end(), se, THINGS)
        target = tgt[0] if tgt else event_near(ctx, m.start(), back=1500, types=frozenset({"Event", "Club"}))
        if target:
            for x in subj:
                ctx.add_rel("sponsors", x[2], target[2], x[0], m.end())


FOUND_PASSIVE = re.compile(r"(?<=,\s)(?:une|née\s+d['’]une)\s+initiative\s+(?:commune\s+)?(?=de\s+la|de\s+l['’]|du|des|de|d['’])|"  # "Le Club X, une initiative de A et B, …"
                           # "Né en 2018 de la volonté de l'EPT et de la CRESS, le Club …"
                           r"\bnée?s?\s+(?:en\s+\d{4}\s+)?(?:de\s+la\s+volonté|d['’]une\s+volonté|à\s+l['’]initiative|de\s+l['’]initiative)\s+(?:commune\s+|conjointe\s+)?"
                           r"(?:de\s+(?:\w+\s+)?(?:structures|partenaires|acteurs|organisations)\s*[–—:-]?\s*|(?=de\s+la|de\s+l['’]|du|des|de|d['’]))|"
                           r"\b(?:lancée?s?|créée?s?|fondée?s?|initiée?s?|imaginée?s?|mise?s?\s+en\s+place)\s+"
                           r"(?:(?:en\s+(?:\w+\s+)?\d{4}|l['’]an\s+dernier|l['’]année\s+dernière|au\s+(?:printemps|début\s+de\s+l['’]année)(?:\s+dernier)?|"
                           r"il\s+y\s+a\s+[\w-]+\s+(?:ans?|mois)|dès\s+\d{4}|\d{4})\s*,?\s+)?(?:à\s+[A-ZÉ][\w'’-]+\s+)?"
                           r"(?:par|(?:à|sur)\s+l['’]initiative\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]))\s*(?:l['’]association\s+)?",
                           re.IGNORECASE)
PART_OF_CUE = re.compile(r",\s*(?:son\s+|sa\s+|l['’]|une?\s+|le\s+)?(?:(?:antenne|délégation|branche|déclinaison|représentation)"
                         r"(?:\s+(?:régionale?|territoriale?|locale?|départementale?))?|(?:membre|relais|composante|échelon)"
                         r"\s+(?:régional|territorial|local|départemental)e?)\s*(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])",
                         re.IGNORECASE)


FRONT_PART_OF = re.compile(r"(?:^|[.!?\n]\s*)(?:antenne|relais|membre|délégation|représentation)\s+(?:régional|territorial|local)e?\s+"
                           r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])", re.IGNORECASE)


def _part_of(ctx: Ctx) -> None:
    work = ctx.notes["work"]
    # "Relais régional d'ESS France, la CRESS Pays de la Loire porte ..."
    for m in FRONT_PART_OF.finditer(work):
        whole = list_after(ctx, m.end(), ORGS_ONLY)
        if whole:
            ss, se = ctx.sent_span(whole[0][0])
            part = [x for x in ctx.ents_in(whole[0][1], se, ORGS_ONLY) if x[2] != whole[0][2]][:1]
            if part and re.match(r"\s*,\s*(?:la|le|l['’])?\s*$", work[whole[0][1]:part[0][0]]):
                ctx.add_rel("part_of", part[0][2], whole[0][2], m.start(), part[0][1])
    for m in PART_OF_CUE.finditer(work):
        whole = list_after(ctx, m.end(), ORGS_ONLY)
        part = [x for x in ctx.spans if x[1] <= m.start() + 1 and x[1] >= m.start() - 1 and ctx.entities[x[2]].type in ORGS_ONLY]
        if whole and part:
            ctx.add_rel("part_of", part[-1][2], whole[0][2], part[-1][0], whole[0][1])


EXPLICIT_FOUND = re.compile(r"\b(?:a|ont)\s+(?:co-?)?(?:fondé|créé)\b", re.IGNORECASE)


def _founded(ctx: Ctx) -> None:
    work = ctx.notes["work"]
    founders: dict[str, list[str]] = {}
    clubs = [k for k, e in ctx.entities.items() if e.type == "Club"]
    # "Avec X, elle a fondé l'association Y": any organisation can be founded by organisations
    for m in EXPLICIT_FOUND.finditer(work):
        ss, se = ctx.sent_span(m.start())
        tg = [x for x in ctx.ents_in(m.end(), se, {"ESSOrganization", "Organization", "Network", "Club"})][:1]
        if not tg:
            continue
        who = [x for x in ctx.ents_in(ss, m.start(), ORGS_ONLY) if not _inside_thing(ctx, x)]
        if re.search(r"\b(?:elle|il|elles|ils)\s+(?:\w+\s+)?$", ctx.folded[ss:m.start()]):
            i = ctx.sent_index(ss)
            g = generic_subject(ctx, ctx.sents[i - 1][0], ctx.sents[i - 1][1]) if i > 0 else None
            prev = [x for x in ctx.ents_in(*ctx.sents[i - 1], ORGS_ONLY)] if i > 0 else []
            k = g or (prev[0][2] if prev else None)
            if k:
                who.append((m.start(), m.end(), k))
        for w in who:
            if w[2] != tg[0][2]:
                ctx.add_rel("founded", w[2], tg[0][2], min(w[0], m.start()), tg[0][1])
    for m in FOUND_PASSIVE.finditer(work):
        ss, se = ctx.sent_span(m.start())
        who = list_after(ctx, m.end(), ORGS_ONLY)
        tg = [x for x in ctx.ents_in(ss, m.start(), {"Club", "Network", "ESSOrganization"})]
        if not tg and len(who) >= 3 and re.fullmatch(r"\s*,\s*(?:le\s|la\s|l['’]|les\s)\s*(?:\w+\s+)?", work[who[-2][1]:who[-1][0]]) \
                and re.search(r"\bet\b", work[who[0][1]:who[-2][0]]) \
                and ctx.entities[who[-1][2]].type in ("Club", "Network", "ESSOrganization"):
            # "… et de la Fédération X, l'association Y accompagne …": the list ended at "et"; Y is the subject
            tg, who = [who[-1]], who[:-1]
        if not tg and len(who) == 2 and ctx.entities[who[1][2]].type in ("Club", "Network", "ESSOrganization") \
                and re.fullmatch(r"(?i)\s*,\s*(?:(?:le|la|les)\s+|l['’])\s*", work[who[0][1]:who[1][0]] + "la " * (
                    re.match(r"(?i)(?:le|la|les)\s|l['’]", work[who[1][0]:who[1][1]]) is not None)) \
                and work[ss:m.start()].strip() == "":
            # "Fondée en 1985 par la Fédération X, l'association Y accompagne …": Y is the subject
            tg, who = [who[1]], who[:1]
        if not tg and who:
            # "Lancé par X, Y et Z, le Club offre ...": the thing named after the list (not the
            # acronym of its last item)
            after = [x for x in ctx.ents_in(who[-1][1], se, {"Club", "Network", "ESSOrganization"}) if x[2] not in {w[2] for w in who}]
            if re.match(r"\s*,\s*(?:il|elle|ils|elles)\b", work[who[-1][1]:who[-1][1] + 12], re.IGNORECASE):
                after = []  # "Fondé en 2011 à l'initiative de X, il a pour membres …": the subject is a pronoun
            # the subject opens the main clause: right after the comma that closes the list
            tg = [x for x in after if re.search(r",\s*(?:le\s|la\s|l['’]|les\s)?\s*(?:(?:association|club|réseau|coopérative|fédération|"
                                                r"scic|structure|collectif)\s+)?$", work[max(0, x[0] - 40):x[0]], re.IGNORECASE)][:1] or after[:1]
            for x in after:
                if tg and x[0] < tg[0][0]:
                    who.append(x)  # "..., du Pacte civique et de la Fédération X, l'association Y": the list went on
            i = ctx.sent_index(ss)
            if not tg and i > 0 and not work[ss:m.start()].strip():
                # "Le Club ... tiendra sa rencontre. Lancé en 2019 par X, Y et Z, il réunit ...": the subject before
                tg = [x for x in ctx.ents_in(*ctx.sents[i - 1], {"Club", "Network", "ESSOrganization"})
                      if x[2] not in {w[2] for w in who}][:1]
        if not tg and re.match(r"\s*(?:(?:la|cette)\s+coop[ée]rative|(?:l['’]|cette\s+)association|(?:la|cette)\s+structure|l['’]entreprise|"
                               r"(?:la|cette)\s+scic|la\s+soci[ée]t[ée]|(?:le|ce)\s+(?:r[ée]seau|club|p[ôo]le|ptce|tiers-lieu))",
                               work[ss:m.start()], re.IGNORECASE):
            # "La coopérative ... a été fondée par X", "Ce pôle a été fondé en 2015 par X": the organisation named just before
            tg = [x for x in ctx.spans if x[0] < ss and ctx.entities[x[2]].type in ("ESSOrganization", "Club", "Network", "Organization")][-1:]
        if not tg:
            continue
        if not who:
            # "créé en 2020 par la Métropole et la CRESS": the generic founder, then the named ones
            who = generic_list_after(ctx, m.end())
            g = None if who else generic_subject(ctx, m.end(), min(se, m.end() + 20))
            who = who or ([(m.end(), m.end() + 1, g)] if g else [])
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
        cm = re.match(r"\s*(?:les|ces|nos)\s+(?P<n>deux|trois|quatre|cinq|six|\d)\s+(?P<w>signataires|partenaires|réseaux|"
                      r"collectivités|organisations|structures)\s+(?:\w+\s+){0,3}$", work[ss:m.start()], re.IGNORECASE)
        if not orgs and cm:
            # "Les quatre signataires lancent le Club": the list of four named before
            orgs = last_list_of(ctx, ss, COUNT_WORDS.get(cm.group("n").lower(), 0), back=4000)
        for o in orgs:
            ctx.add_rel("founded", o[2], tgt, ss, se)
            founders.setdefault(tgt, [])
            if o[2] not in founders[tgt]:
                founders[tgt].append(o[2])
    _named_founders(ctx)
    founding_cues(ctx)
    ctx.notes["founders"] = founders


THINGS_FOUNDED = {"Club", "Network", "ESSOrganization"}
FOUNDER_LIST = re.compile(r"\b(?:(?:structures|membres|sociétaires|partenaires|organisations)\s+fondat(?:eurs|rices)\s*(?::|sont\b)|"
                          r"pour\s+membres\s+fondateurs)\s*", re.IGNORECASE)
FOUNDER_OF = re.compile(r"\b(?:est|sont|était|étaient)\s+(?:l['’]une?\s+des\s+|un\s+des\s+|une\s+des\s+)?(?:membres?|sociétaires?|structures?)\s+"
                        r"fondat(?:eur|rice)s?\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*", re.IGNORECASE)
RELATIVE_LAUNCH = re.compile(r"\s*,?\s*qu['’e]\s*")
LAUNCHED = re.compile(r"\b(?:a|ont|avait|avaient)\s+(?:co-?)?(?:lancé|créé|fondé|initié)e?s?\b")
LAUNCHED_WITH = re.compile(r"\s*(?:en\s+\d{4}\s+|l['’]an\s+dernier\s+)?avec\s+")


def _named_founders(ctx: Ctx) -> None:
    """Founders named as such: "Le PTCE est porté par quatre structures fondatrices : A, B, C et D",
    "il a pour membres fondateurs A et B", "m2A est membre fondateur du PTCE X", "A, B et C en sont
    les membres fondateurs", and "le Club X, que la CRESS a lancé avec le RTES"."""
    work = ctx.notes["work"]
    for m in FOUNDER_LIST.finditer(work):
        ss, se = ctx.sent_span(m.start())
        i = ctx.sent_index(m.start())
        # a club named in this sentence or the one before is what the founders founded; else the sentence's subject
        own = [x for x in ctx.ents_in(ctx.sents[max(0, i - 1)][0], m.start(), {"Club"}) if not _inside_thing(ctx, x)][-1:] or \
            [x for x in ctx.ents_in(ss, m.start(), THINGS_FOUNDED) if not _inside_thing(ctx, x)][:1]
        if not own:
            # "Le PTCE est porté par …", "il a pour membres fondateurs …": the structure the text spoke of last
            own = [x for x in ctx.spans if x[0] < ss and ctx.entities[x[2]].type in THINGS_FOUNDED
                   and ss - x[0] < 1500][-1:]
        if not own:
            continue
        members = re.match(r"(?i)membres|pour\s+membres", m.group(0)) and ctx.entities[own[0][2]].type in ("Club", "Network")
        for x in list_after(ctx, m.end(), ORGS_ONLY):
            if x[2] != own[0][2]:
                ctx.add_rel("founded", x[2], own[0][2], m.start(), x[1])
                if members:  # "membres fondateurs": members too
                    ctx.add_rel("member_of", x[2], own[0][2], m.start(), x[1])
    for m in FOUNDER_OF.finditer(work):
        ss, _ = ctx.sent_span(m.start())
        tg = [x for x in ctx.starting_in(m.end(), m.end() + 100, THINGS_FOUNDED) if x[0] == m.end()]
        who = [x for x in ctx.ents_in(ss, m.start(), ORGS_ONLY) if not _inside_thing(ctx, x)][-1:]
        if tg and who and tg[0][2] != who[0][2] and re.fullmatch(r"\s*(?:,[^,]{0,60},)?\s*", work[who[0][1]:m.start()]):
            ctx.add_rel("founded", who[0][2], tg[0][2], who[0][0], tg[0][1])
    for m in re.finditer(r"\ben\s+(?:sont|est)\s+(?:les\s+|l['’]une?\s+des\s+)?(?:membres|structures|sociétaires)?\s*fondat(?:eur|rice)s?\b|"
                         r"\ben\s+(?:sont|est)\s+(?:les\s+|l['’]une?\s+des\s+)?initiat(?:eur|rice)s?\b", work, re.IGNORECASE):
        chain = _chain_before(ctx, m.start())
        if not chain:
            continue
        i = ctx.sent_index(m.start())
        prev = [x for x in ctx.ents_in(ctx.sents[max(0, i - 2)][0], chain[0][0], THINGS_FOUNDED)
                if x[2] not in {c[2] for c in chain} and not _inside_thing(ctx, x)]
        prev = [x for x in prev if ctx.entities[x[2]].type == "Club"] or prev
        if prev:
            for x in chain:
                ctx.add_rel("founded", x[2], prev[-1][2], x[0], m.end())
    # "le Club des collectivités …, que la CRESS a lancé avec le RTES"
    for s_, e_, k in [x for x in ctx.spans if ctx.entities[x[2]].type in ("Club", "Network")]:
        rel = RELATIVE_LAUNCH.match(work, e_)
        if not rel:
            continue
        ss, se = ctx.sent_span(e_)
        verb = LAUNCHED.search(work, rel.end(), min(se, e_ + 160))
        if not verb:
            continue
        who = [x for x in ctx.ents_in(rel.end(), verb.start(), ORGS_ONLY) if x[2] != k]
        if not who or who[0][0] - rel.end() > 4:
            continue
        co = LAUNCHED_WITH.match(work, verb.end())
        if co:
            who += list_after(ctx, co.end(), ORGS_ONLY)
        for x in who:
            if x[2] != k:
                ctx.add_rel("founded", x[2], k, s_, x[1])


AMONG_MEMBERS = re.compile(r"\bparmi\s+(?P<pos>les|ses|nos|leurs)\s+(?:membres|adhérents|adhérentes)(?:\s+(?:actuels|fondateurs))?\s*"
                           r"(?P<of>(?:du|de\s+la|de\s+l['’]|des)\s*)?", re.IGNORECASE)
AMONG_VERB = re.compile(r"\s*,?\s*(?:figurent|figure|on\s+(?:trouve|compte|retrouve)|citons|se\s+trouvent|comptent)\s*:?\s*|"
                        r"\s*,\s*(?=(?:la\s+|le\s+|l['’]|les\s+)?(?-i:[A-ZÉ]))", re.IGNORECASE)


def _among_members(ctx: Ctx, auth) -> None:
    """"Parmi les membres du RTES figurent X et Y", "Parmi nos adhérents, on trouve X": members of that network."""
    work = ctx.notes["work"]
    for m in AMONG_MEMBERS.finditer(work):
        at = m.end()
        if m.group("of"):
            net = [x for x in ctx.starting_in(at, at + 120, {"Network", "Club"}) if x[0] <= at + 1][:1]
            if not net:
                continue
            tgt, at = net[0][2], net[0][1]
        elif fold(m.group("pos")) == "nos" and auth and ctx.entities[auth].type in ("Network", "Club"):
            tgt = auth
        else:
            prev = [x for x in ctx.spans if x[0] < m.start() and ctx.entities[x[2]].type in ("Network", "Club")]
            if not prev:
                continue
            tgt = page_thing(ctx, prev)
        verb = AMONG_VERB.match(work, at)
        if not verb:
            continue
        for x in list_after(ctx, verb.end(), ORGS_ONLY):
            if x[2] != tgt:
                ctx.add_rel("member_of", x[2], tgt, m.start(), x[1])


def page_thing(ctx: Ctx, prev: list) -> str:
    """"le Club", "le réseau" on a page: the one the page's title line names (a club's own page also names
    the regional club it belongs to), else the last one named."""
    nl = ctx.text.find("\n")
    head = {x[2] for x in prev if x[0] < (nl if nl > 0 else len(ctx.text))}
    return next(iter(head)) if len(head) == 1 else prev[-1][2]


def _after_cue(work: str, pos: int, ss: int) -> bool:
    """Organisations named after 'parrainé par', 'soutenu par'... are not founders."""
    return re.search(r"(?i)(?:parrain|soutenu|soutien|financ|pour\s+les|auprès)[^,;]{0,40}$", work[ss:pos]) is not None


def _own_reports(ctx: Ctx, pubs: list) -> None:
    """"Les adhérents ont adopté le rapport d'activité 2021": an activity report, annual report or
    newsletter with no publisher named is the one of the organisation the page speaks for."""
    auth = author(ctx)
    if not auth or ctx.entities[auth].type not in ("Network", "ESSOrganization", "Club"):
        return
    for s, e, k in pubs:
        if re.match(r"(?:le\s+|la\s+|l['’]\s?)?(?:rapport\s+d['’]activit|rapport\s+annuel|lettre\s+d['’]information|newsletter|bilan\s+d['’]activit)",
                    ctx.folded[s:e]) and not any(r.type == "publishes" and r.target == k for r in ctx.rels):
            ctx.add_rel("publishes", auth, k, s, e)


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
        # "La CRESS Midi-Pyrénées y présentera son guide « X »", "la nouvelle édition de son Panorama": the
        # possessive is the sentence's subject
        if not re.search(r"\b(?:son|sa|leur)\s+(?:nouve(?:au|l|lle)\s+)?(?:(?:guide|étude|rapport|panorama|baromètre|annuaire|atlas|"
                         r"recueil|note|collection|publication)\s*)?[«\"“]?\s*$", work[max(0, s - 45):s], re.IGNORECASE):
            continue
        ss, _ = ctx.sent_span(s)
        subj = [x for x in ctx.ents_in(ss, s, ORGS_ONLY) if not _inside_thing(ctx, x)
                and not re.search(r"\b(?:par|avec|pour|à|au|aux|de|du|des|d['’])\s*(?:la\s|le\s|l['’]|les\s)?$",
                                  work[max(ss, x[0] - 8):x[0]], re.IGNORECASE)]
        if not subj:
            g = generic_subject(ctx, ss, s)
            subj = [(ss, ss, g)] if g else []
        if subj:
            ctx.add_rel("publishes", subj[0][2], k, subj[0][0], e)
    for s, e, k in pubs:
        # "Le guide « Titre » (RTES, 2023)"
        paren = re.match(r"\s*[»\"”]?\s*\(\s*", work[e:e + 6])
        if paren:
            first = ctx.starting_in(e + paren.end(), e + paren.end() + 1, ORGS_ONLY)
            if first and re.match(r"\s*,\s*(?:19|20)\d\d\s*\)", work[first[0][1]:first[0][1] + 10]):
                ctx.add_rel("publishes", first[0][2], k, s, first[0][1])
    for s, e, k in pubs:
        # "Guide « Titre », RTES, 2015."
        m = re.match(r"\s*[»\"”]?\s*,\s*", work[e:e + 6])
        if m:
            after = ctx.starting_in(e, e + 80, ORGS_ONLY)
            if after and re.match(r"\s*,\s*(?:19|20)\d\d", work[after[0][1]:after[0][1] + 8]) and \
                    re.fullmatch(r"\s*[»\"”]?\s*,\s*", work[e:after[0][0]]):
                ctx.add_rel("publishes", after[0][2], k, s, after[0][1])
    for m in PUB_VERB.finditer(work):
        ss, se = ctx.sent_span(m.start())
        in_sent = [x for x in pubs if ss <= x[0] < se]
        if not in_sent and re.search(r"(?i)\b(?:cette|ce|cet|l['’]|la|le)\s*(?:étude|note|guide|rapport|publication|panorama|fiche|synthèse)\b",
                                     work[ss:se]):
            # "Cette note, réalisée par le RTES", "Co-éditée avec X, l'étude ...": the publication named last
            in_sent = [x for x in pubs if x[1] <= ss and ss - x[1] < 1200][-1:]
        if not in_sent and re.search(r"(?i)\b(?:un|une)\s+(?:étude|note|guide|rapport|panorama|synthèse|kit|atlas|recueil)\b",
                                     work[m.end():m.end() + 40]):
            # "PUBLICATION – « Titre »" then "Le RTES et la CG Scop éditent ensemble un guide ...": the title just above
            in_sent = [x for x in pubs if x[1] <= ss and ss - x[1] < 300 and "\n" in work[x[1]:ss]][-1:]
        if not in_sent and re.match(r"(?i)une\s+publication", m.group(0)):
            # a subtitle line "Une publication de X et Y" under the title
            in_sent = [x for x in pubs if 0 <= ss - x[1] < 200][-1:]
        if not in_sent:
            continue
        target = min(in_sent, key=lambda x: abs(x[0] - m.start()))
        targets = [target]
        if re.search(r"par\b|publication|avec", m.group(0)):
            authors = list_after(ctx, m.end(), ORGS_ONLY | {"Club"})
            if not authors:
                # "réalisé par l'observatoire régional de la CRESS": the organisation the service belongs to
                svc = re.match(r"\s*(?:l['’]|le\s+|la\s+)?(?:observatoire|service|pôle|équipe|cellule|direction)[\w\s-]{0,25}?\s(?:de\s+la|de\s+l['’]|du|des)\s*",
                               work[m.end():m.end() + 60], re.IGNORECASE)
                authors = list_after(ctx, m.end() + svc.end(), ORGS_ONLY)[:1] if svc else []
            if not authors:
                # "co-éditée par la Communauté de communes et la CRESS": the page's own collectivité, then the list
                authors = generic_list_after(ctx, m.end())
            if authors and re.search(r"par\b", m.group(0)):
                # "réalisé par la CRESS avec la direction régionale de l'Insee", "édité par m2A avec la CRESS": co-authors
                co = re.match(r"\s*,?\s*(?:avec|en\s+lien\s+avec|en\s+collaboration\s+avec)\s+(?!le\s+soutien|l['’]appui|le\s+concours|la\s+participation)"
                              r"(?:(?:l['’]|le\s+|la\s+|les\s+)?(?:observatoire|services?|pôle|équipe|cellule|direction)[\w\s-]{0,25}?\s(?:de\s+la|de\s+l['’]|du|des)\s*)?",
                              work[authors[-1][1]:authors[-1][1] + 80], re.IGNORECASE)
                if co:
                    authors += list_after(ctx, authors[-1][1] + co.end(), ORGS_ONLY)[:3]
            if authors and "par" not in m.group(0).lower():
                # "Le RTES co-édite avec la FAS ce guide": the subject right before the verb writes it too
                subj = [x for x in ctx.ents_in(ss, m.start(), ORGS_ONLY) if not _inside_thing(ctx, x)]
                if subj and re.fullmatch(r"\s*(?:(?:a|ont)\s+)?(?:co-?)?", work[subj[-1][1]:m.start()]):
                    authors.append(subj[-1])
        else:
            authors = [x for x in ctx.ents_in(ss, m.start(), ORGS_ONLY) if not _inside_thing(ctx, x)]
            if not authors and re.match(r"(?i)\s*(?:la\s+chambre|le\s+réseau|l['’]association|la\s+fédération|elle|il|nous|"
                                        r"(?:notre|l['’])\s*(?:observatoire|équipe|pôle|chambre|réseau))\b", work[ss:m.start()]):
                # "La chambre publiera ... son « Panorama »": the network the page speaks for
                auth = author(ctx)
                authors = [(ss, ss, auth)] if auth and ctx.entities[auth].type in ("Network", "ESSOrganization") else []
            if not authors:
                g = generic_subject(ctx, ss, m.start())  # "l'Eurométropole publie un guide"
                authors = [(ss, ss, g)] if g else []
            if not authors and re.search(r"(?i)(?:^|,)\s*(?:ils|elles)\s+(?:\w+\s+)?$", work[ss:m.start()]):
                # "X, Y et Z lancent une alliance. … ils publient un manifeste": the list the pronoun takes up
                i = ctx.sent_index(ss)
                authors = [(ss, ss, x[2]) for x in last_list_of(ctx, ss, 0, back=ss - ctx.sents[max(0, i - 2)][0])]
            # "que l'AMIF publie avec la CRESS": the co-publisher after "avec"
            co = re.match(r"\s*(?:conjointement\s+)?avec\s+", work[m.end():m.end() + 30])
            if co and authors:
                authors += list_after(ctx, m.end() + co.end(), ORGS_ONLY)
            # "La CRESS diffuse des fiches, dont « X », ainsi qu'une note « Y »": every title after the verb
            targets = [x for x in in_sent if x[0] > m.start()] or targets
        for t in targets:
            for a in authors:
                ctx.add_rel("publishes", a[2], t[2], min(a[0], m.start()), max(a[1], t[1]))


HIS_MEMBERS = re.compile(r"\b(?:font|fait)\s+partie\s+de\s+(?:ses|leurs|nos)\s+(?:adhérents|membres)\b|"
                         r"\b(?:sont|est)\s+(?:parmi\s+)?(?:ses|leurs|nos)\s+(?:adhérents|membres)\b", re.IGNORECASE)
NEW_MEMBERS = re.compile(r"\b(?:(?:nouve(?:aux|lles)\s+)(?:collectivités\s+)?(?:adhérente?s|membres)|(?:un|une)\s+(?:nouvel(?:le)?|nouveau)\s+(?:adhérente?|membre)|"
                         r"adhésion\s+(?:de\s+)?(?:(?:deux|trois|quatre|cinq|six|sept|huit|\d+)\s+)?nouvelles\s+collectivités)"
                         r"(?P<of>\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*[^:\n]{2,60}?)?\s*:\s*", re.IGNORECASE)


JOINED_LIST = re.compile(r"\b(?:(?P<us>nous\s+)?(?:ont|a|vont|viennent\s+de)\s+(?:officiellement\s+)?(?:rejointe?s?|rejoindre|adhéré)|rejoignent|"
                         r"nouve(?:aux|lles)\s+(?:collectivités\s+|structures\s+)?(?:adhérente?s|membres)|"
                         r"(?:collectivités|structures|communes)\s+(?:adhérentes|membres)|"
                         r"(?:ont|a)\s+(?:par\s+ailleurs\s+|également\s+)?été\s+accueillie?s?\s+au\s+sein\s+(?P<within>de\s+la\s+chambre|du\s+réseau|de\s+la\s+fédération))"
                         r"\b(?P<rest>[^:\n.]{0,80}?)(?::|,\s*(?:parmi\s+lesquel(?:le)?s|dont))[ \t]*",
                         re.IGNORECASE)


def _joined_lists(ctx: Ctx) -> None:
    """"Ont rejoint le réseau :" or "Les collectivités membres du club :" then a list, often bulleted:
    each listed actor is a member of the network or club named in the cue, else of the network
    ("le réseau") or club ("le club") the text speaks of."""
    work = ctx.notes["work"]
    for m in JOINED_LIST.finditer(work):
        named = ctx.ents_in(m.start(), m.end(), {"Network", "Club"})
        tgt = named[-1][2] if named else None
        if tgt is None and (m.group("us") or m.group("within")):
            # "sept nouvelles structures nous ont rejoints, parmi lesquelles …", "accueillies au sein de la chambre, dont …":
            # the network the page speaks for
            auth = author(ctx)
            tgt = auth if auth and ctx.entities[auth].type in ("Network", "Club") else None
        also = None
        if tgt is None and re.match(r"(?i)(?:collectivités|structures|communes)\s+(?:adhérentes|membres)", m.group(0)):
            # "le groupe de travail « X » du RTES réunit une quinzaine de collectivités adhérentes, parmi lesquelles …":
            # members of the club or group the sentence is about, and (adhérentes) of its network
            ss, _ = ctx.sent_span(m.start())
            subj = [x for x in ctx.ents_in(ss, m.start(), {"Club", "Network"})]
            clubs = [x for x in subj if ctx.entities[x[2]].type == "Club"]
            if clubs:
                tgt = clubs[0][2]
                nets = [x for x in subj if ctx.entities[x[2]].type == "Network" and x[0] >= clubs[0][1]]
                auth = author(ctx)
                also = nets[0][2] if nets else (auth if auth and ctx.entities[auth].type == "Network" else None)
                if not re.match(r"(?i)\w+\s+adhérentes", m.group(0)):
                    also = None
            elif subj:
                tgt = subj[-1][2]
        if tgt is None:
            word = re.search(r"\b(?:réseau|club|collectif)\b", m.group("rest"), re.IGNORECASE)
            if not word and re.search(r"(?i)\badhérente?s\b", m.group(0)):
                # "Elles rejoignent ainsi une quinzaine de collectivités adhérentes, parmi lesquelles X": adherents
                # of the network the text speaks of
                word = re.match(r"réseau", "réseau")
            if not word:
                continue
            want = "Club" if fold(word.group(0)) == "club" else "Network"
            prev = [x for x in ctx.spans if x[0] < m.start() and ctx.entities[x[2]].type == want]
            auth = author(ctx)
            if auth and ctx.entities[auth].type == want:
                tgt = auth
            elif prev:
                tgt = page_thing(ctx, prev)
        if tgt is None:
            continue
        items = bullet_items(ctx, m.end(), ORGS_ONLY) or list_after(ctx, m.end(), ORGS_ONLY)
        for x in items:
            for t in (tgt, also):
                if t and x[2] != t:
                    ctx.add_rel("member_of", x[2], t, m.start(), x[1])


FRONT_MEMBER = re.compile(r"(?:(?:Collectivité|Commune|Ville|Association|Structure|Coopérative|Territoire)\s+(?=[ma]))?"
                          r"(?:(?:[Nn]ouvel(?:le)?|[Nn]ouveau|[Nn]ouvelles|[Nn]ouveaux|[Jj]eune|[Ff]idèle)\s+(?=[mMaAsS]))?"
                          r"(?:[Mm]embre|[Aa]dhérente?|Membres|Adhérente?s|[Ss]ociétaire)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]|au|à\s+la|à\s+l['’])\s*")


def _fronted_members(ctx: Ctx) -> None:
    """"Membre d'ESS France, la CRESS Bretagne représente ...": an apposition in front of the
    sentence's subject makes the subject a member of the network or club it names."""
    work = ctx.notes["work"]
    for ss, se in ctx.sents:
        m = FRONT_MEMBER.match(work, ss + len(work[ss:se]) - len(work[ss:se].lstrip()))
        if not m:
            continue
        tgt = list_after(ctx, m.end(), {"Network", "Club"}, limit=5)
        if not tgt:
            continue
        # "Membre du RTES et adhérent de l'association TZCLD, le Département ...": a second fronted membership
        more = re.match(r"\s*(?:\([^()]{1,20}\)\s*)?(?:depuis\s+\d{4}\s+)?et\s+(?:(?:membre|adhérente?)\s+)?(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*(?:l['’]association\s+)?",
                        work[tgt[-1][1]:se], re.IGNORECASE)
        if more:
            tgt += list_after(ctx, tgt[-1][1] + more.end(), {"Network", "Club"}, limit=5)
        comma = re.match(r"\s*(?:\([^()]{1,20}\)\s*)?(?:depuis\s+[^,]{1,30})?,\s*(?:(?:la|le|l['’]|les|notre)\s*(?:association|coopérative|structure|collectivité|ville|"
                         r"commune|fédération|scic|scop|mutuelle)?\s*)?", work[tgt[-1][1]:se], re.IGNORECASE)
        if not comma:
            continue
        subj = [x for x in ctx.ents_in(tgt[-1][1], se, ORGS_ONLY) if x[2] not in {t[2] for t in tgt}]  # not "(RTES)"
        if not (subj and subj[0][0] <= tgt[-1][1] + comma.end()):
            g = generic_subject(ctx, tgt[-1][1], tgt[-1][1] + comma.end() + 30)  # "..., le Département soutient"
            subj = [(tgt[-1][1] + comma.end(), tgt[-1][1] + comma.end(), g)] if g else []
        if subj and subj[0][0] <= tgt[-1][1] + comma.end():  # "la Ville de X": the noun may be in the name
            for t in tgt:
                if t[2] != subj[0][2]:
                    ctx.add_rel("member_of", subj[0][2], t[2], m.start(), max(subj[0][1], m.end()))


WHOSE_MEMBER = re.compile(r"\bdont\s+(?P<subj>[^,.;]{2,60}?)\s+(?:est|sont|était|étaient|fut|furent|a\s+été|ont\s+été)\s+"
                          r"(?:désormais\s+|aussi\s+|également\s+)?(?:l['’]une?\s+des\s+|un\s+des\s+|une\s+des\s+|les\s+)?"
                          r"(?:membres?|adhérente?s?)\b(?P<founding>\s+fondat(?:eur|rice)s?)?", re.IGNORECASE)


def _whose_members(ctx: Ctx) -> None:
    """"les travaux du réseau dont la Métropole est adhérente": the network (or club) just before
    "dont" has the subject of the relative clause as a member."""
    work = ctx.notes["work"]
    for m in WHOSE_MEMBER.finditer(work):
        ss, _ = ctx.sent_span(m.start())
        before = ctx.folded[max(ss, m.start() - 40):m.start()]
        named = [x for x in ctx.ents_in(ss, m.start(), {"Network", "Club"}) if m.start() - x[1] <= 3]
        if named:
            tgt = named[-1][2]
        elif re.search(r"\b(?:du|le|au)\s+(?:reseau|club)\s*$", before):
            want = "Club" if re.search(r"club\s*$", before) else "Network"
            prev = [x for x in ctx.ents_in(ss, m.start(), {want})]
            tgt = prev[-1][2] if prev else None
        else:
            tgt = None
        if tgt is None:
            continue
        subj = ctx.ents_in(m.start("subj"), m.end("subj"), ORGS_ONLY)
        subj = [s[2] for s in subj] or [g for g in [generic_subject(ctx, m.start("subj") - 3, m.end("subj"))] if g]
        if not subj and re.fullmatch(r"(?i)(?:les|ses|leurs)\s+(?:\w+\s+)?signataires", m.group("subj").strip()):
            # "la convention crée un Club, dont les quatre signataires sont les membres fondateurs"
            convs = [x for x in ctx.spans if ctx.entities[x[2]].type == "Convention" and x[0] < m.start()][-1:]
            subj = [r.source for r in ctx.rels if convs and r.type == "signatory" and r.target == convs[0][2]
                    and ctx.entities[r.source].type != "Person"]
        if not subj and re.fullmatch(r"(?i)elle|il", m.group("subj").strip()):
            # "La Métropole soutient le Club, dont elle fut l'un des membres fondateurs": the sentence's subject
            first = [x for x in ctx.ents_in(ss, m.start(), ORGS_ONLY) if x[2] != tgt and not _inside_thing(ctx, x)][:1]
            subj = [first[0][2]] if first else []
        for k in subj:
            ctx.add_rel("member_of", k, tgt, m.start(), m.end())
            if m.group("founding"):
                ctx.add_rel("founded", k, tgt, m.start(), m.end())  # (the rules: "membres fondateurs" also found)


MADE_OFFICIAL = re.compile(r"\b(?:ont|a|viennent\s+d['’]|vient\s+d['’])\s*officialisée?s?\s+(?:leur|son|sa)\s+(?:adhésion|engagement|entrée)\b"
                           r"(?P<rest>[^.\n:]{0,80})(?P<colon>:)?", re.IGNORECASE)
HAS_MEMBERS = re.compile(r"\b(?:compte(?:nt)?\s+(?:(?:désormais|aujourd['’]hui|également|aussi|déjà)\s+)?parmi\s+(?P<pos>ses|leurs|nos)\s+"
                         r"(?:membres|adhérents|adhérentes)|(?:rassemble|fédère)(?:nt)?\s+notamment)\s*", re.IGNORECASE)


def _made_official(ctx: Ctx) -> None:
    """"X, Y et Z ont officialisé leur adhésion (au RTES / au sein du réseau)", "Trois collectivités ont
    officialisé leur adhésion : X, Y et Z": members of the network named there, else the page's network."""
    work = ctx.notes["work"]
    for m in MADE_OFFICIAL.finditer(work):
        ss, _ = ctx.sent_span(m.start())
        named = ctx.ents_in(m.start("rest"), m.end("rest"), {"Network", "Club"})
        if named:
            net = named[0][2]
        else:
            auth = author(ctx)
            prev = [x for x in ctx.spans if x[0] < m.start() and ctx.entities[x[2]].type == "Network"]
            net = auth if auth and ctx.entities[auth].type == "Network" else (prev[-1][2] if prev else None)
        if net is None:
            continue
        members = [x for x in ctx.ents_in(ss, m.start(), ORGS_ONLY) if not _inside_thing(ctx, x)]
        if m.group("colon"):
            members += list_after(ctx, m.end(), ORGS_ONLY) + bullet_items(ctx, m.end(), ORGS_ONLY)
        for x in members:
            if x[2] != net:
                ctx.add_rel("member_of", x[2], net, min(x[0], m.start()), max(x[1], m.end()))


ADHESION_OF = re.compile(r"\badhésion\s+(?P<p>de\s+(?=la\s|l['’])|du\s+|des\s+|de\s+|d['’]\s?)", re.IGNORECASE)
TO_NETWORK = re.compile(r"\s*(?:au|à\s+la|à\s+l['’]|aux)\s*")


def _adhesion_of(ctx: Ctx) -> None:
    """"l'adhésion de la Mutualité Française à la CRESS", "l'adhésion de l'agglomération au RTES": the
    one who joins, named (or as the page's collectivité) between "adhésion de" and the network or club."""
    work = ctx.notes["work"]
    for m in ADHESION_OF.finditer(work):
        at = m.end()
        art = re.match(r"(?:la|le|les|l['’])\s*", work[at:at + 4], re.IGNORECASE)
        subj = [x for x in ctx.starting_in(at, at + 120, ORGS_ONLY) if x[0] in (at, at + (art.end() if art else 0))]
        if subj:
            k, end = subj[0][2], subj[0][1]
        else:
            g = GENERIC_OBJECT.match(work, at) if m.group("p").lower().startswith("de") else None
            k = generic_object(ctx, at) if g else None
            end = g.end() if g else at
        to = TO_NETWORK.match(work, end)
        if k is None or not to:
            continue
        tgt = [x for x in ctx.starting_in(to.end(), to.end() + 120, {"Network", "Club"}) if x[0] == to.end()]
        if tgt and tgt[0][2] != k:
            ctx.add_rel("member_of", k, tgt[0][2], m.start(), tgt[0][1])


EN_MEMBERS = re.compile(r"\b(?P<qui>qui\s+)?en\s+(?:sont|est|étaient|était|seront|sera)\s+(?:(?:déjà|aujourd['’]hui|désormais|également|aussi)\s+)?"
                        r"(?:(?:les|des)\s+)?(?:(?:derni(?:er|ère)s?|nouve(?:aux|lles?)|premi(?:er|ère)s?)\s+)?(?:membres|adhérente?s|membre|adhérente?)"
                        r"(?:\s+(?:fondat(?:eur|rice)s?|depuis\s+l['’]origine))?\b", re.IGNORECASE)


CHAIN_GAP = re.compile(r"\s*(?:,|et)\s*(?:(?:la|le|l['’]|les)\s*)?(?:(?:ville|commune|communauté|établissement\s+public\s+territorial|"
                       r"département)\s+(?:de\s+|d['’])?)?", re.IGNORECASE)


def _chain_before(ctx: Ctx, pos: int) -> list:
    """The coordinated actors that end right before ``pos`` in its sentence ("Les villes de Cergy,
    Pontoise et Osny | en sont membres", "… la CRESS et le RTES, qui | en sont les initiateurs")."""
    work = ctx.notes["work"]
    ss, _ = ctx.sent_span(pos)
    subj = [x for x in ctx.ents_in(ss, pos, ORGS_ONLY) if not _inside_thing(ctx, x)]
    if not subj or not re.fullmatch(r"\s*,?\s*(?:qui\s+)?", work[subj[-1][1]:pos]):
        return []
    chain = [subj[-1]]
    for x in reversed(subj[:-1]):
        if CHAIN_GAP.fullmatch(work[x[1]:chain[0][0]]):
            chain.insert(0, x)
        else:
            break
    return chain


def _en_members(ctx: Ctx) -> None:
    """"Les villes de Cergy, Pontoise et Osny en sont déjà membres", "… la Ville de Chambéry et le
    Département de la Drôme, qui en sont membres depuis l'origine": "en" is the club or network named
    last before the sentence's list, and each actor of the list ending before the verb is a member."""
    work = ctx.notes["work"]
    for m in EN_MEMBERS.finditer(work):
        chain = _chain_before(ctx, m.start())
        if not chain:
            continue
        i = ctx.sent_index(m.start())
        lo = ctx.sents[max(0, i - 2)][0]
        clubs = [x for x in ctx.ents_in(lo, chain[0][0], {"Club", "Network"})
                 if x[2] not in {c[2] for c in chain} and not _inside_thing(ctx, x)]
        # "le Club …, lancé par la CRESS et le RTES ; il rassemble …, qui en sont membres": the club
        clubs = [x for x in clubs if ctx.entities[x[2]].type == "Club"] or clubs
        if not clubs:
            continue
        for x in chain:
            ctx.add_rel("member_of", x[2], clubs[-1][2], x[0], m.end())


ON_BEHALF = re.compile(r"\bau\s+titre\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*", re.IGNORECASE)
BOARD_WORDS = re.compile(r"si[eè]g|administrat|conseil\s+d['’]administration|\bbureau\b|présiden|trésori|secrétaire", re.IGNORECASE)
BOARD_OF = re.compile(r"(?:conseil\s+d['’]administration|bureau|administrat(?:eur|rice))\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*",
                      re.IGNORECASE)


def _on_behalf(ctx: Ctx) -> None:
    """"administrateur au titre du Mouvement associatif Occitanie", "qui y siège au titre de l'Union
    régionale des Scop": the organisation a board member sits for is a member of the network whose
    board it is (named in the sentence, else the board the text is about)."""
    from .posts import _body_owner
    work = ctx.notes["work"]
    for m in ON_BEHALF.finditer(work):
        ss, se = ctx.sent_span(m.start())
        who = [x for x in ctx.starting_in(m.end(), m.end() + 100, ORGS_ONLY) if x[0] == m.end()]
        if not who or not BOARD_WORDS.search(work[ss:se]):
            continue
        tgt = None
        for b in BOARD_OF.finditer(work, ss, se):
            hit = [x for x in ctx.starting_in(b.end(), b.end() + 100, {"Network", "Club"}) if x[0] == b.end()]
            tgt = hit[0][2] if hit else tgt
        if tgt is None:
            tgt = _body_owner(ctx, m.start())
        if tgt and tgt != who[0][2] and ctx.entities[tgt].type in ("Network", "Club"):
            ctx.add_rel("member_of", who[0][2], tgt, m.start(), who[0][1])


def _members(ctx: Ctx) -> None:
    work = ctx.notes["work"]
    _adhesion_of(ctx)
    _en_members(ctx)
    _on_behalf(ctx)
    # "Le RTES compte parmi ses membres X", "Le réseau rassemble notamment X et Y"
    auth = author(ctx)
    _among_members(ctx, auth)
    for m in HAS_MEMBERS.finditer(work):
        ss, _ = ctx.sent_span(m.start())
        net = [x for x in ctx.ents_in(ss, m.start(), {"Network", "Club"}) if not _inside_thing(ctx, x)][-1:]
        after = list_after(ctx, m.end(), ORGS_ONLY)
        if net and after:
            for x in after:
                if x[2] != net[0][2]:
                    ctx.add_rel("member_of", x[2], net[0][2], net[0][0], x[1])
        elif not after and m.group("pos"):
            # "Coop FR, la Mutualité Française et Le Mouvement associatif comptent parmi ses membres" (the network
            # the text spoke of before), "Le Département du Gers compte désormais parmi nos adhérents" (the page's)
            prev = [x for x in ctx.spans if x[0] < ss and ctx.entities[x[2]].type in ("Network", "Club")][-1:]
            tgt = auth if fold(m.group("pos")) == "nos" and auth else (prev[0][2] if prev else None)
            who = [y for y in ctx.ents_in(ss, m.start(), ORGS_ONLY) if not _inside_thing(ctx, y)]
            if re.search(r",?\s*qui\s+$", work[ss:m.start()]):
                who = [y for y in who if re.fullmatch(r"\s*,?\s*qui\s+", work[y[1]:m.start()])]  # "…, et Z, qui compte …": Z
            for x in who if tgt else []:
                if x[2] != tgt:
                    ctx.add_rel("member_of", x[2], tgt, x[0], m.end())
    _made_official(ctx)
    gathered_members(ctx, page_thing)
    members_page(ctx)
    board_seats(ctx)
    _whose_members(ctx)
    _fronted_members(ctx)
    _joined_lists(ctx)
    member_lists(ctx)
    for m in HIS_MEMBERS.finditer(work):
        # "X, Y et Z font partie de ses adhérents": members of the network the text just spoke of
        ss, se = ctx.sent_span(m.start())
        nets = [x for x in ctx.spans if x[0] < ss and ctx.entities[x[2]].type in ("Network", "Club")][-1:]
        tgt = nets[0][2] if nets else auth
        if not tgt:
            continue
        for x in [y for y in ctx.ents_in(ss, m.start(), ORGS_ONLY) if not _inside_thing(ctx, y)]:
            if x[2] != tgt:
                ctx.add_rel("member_of", x[2], tgt, x[0], m.end())
    # "Bienvenue à nos nouveaux adhérents : X, Y, Z" (the network of the page), "nouveaux adhérents du RTES :",
    # "le RTES compte trois nouveaux membres :"
    for m in NEW_MEMBERS.finditer(work):
        tgt = None
        if m.group("of"):
            named = ctx.ents_in(m.start("of"), m.end("of"), {"Network", "Club"})
            tgt = named[0][2] if named else None
        if tgt is None:
            ss = ctx.sent_span(m.start())[0]
            subj = ctx.ents_in(ss, m.start(), {"Network", "Club"})
            tgt = subj[-1][2] if subj else (auth if auth and ctx.entities[auth].type == "Network" else None)
        if tgt is None:
            continue
        for x in list_after(ctx, m.end(), ORGS_ONLY):
            if x[2] != tgt:
                ctx.add_rel("member_of", x[2], tgt, m.start(), x[1])
    # "Y font leur entrée le Département de X, la ville de Y et Z": members of the network just spoken of
    for m in re.finditer(r"(?<![\w'’])[Yy]\s+(?:fait|font|ont\s+fait|a\s+fait|feront)\s+(?:son|leur)\s+entrée\s*:?\s*", work):
        ss = ctx.sent_span(m.start())[0]
        nets = [x for x in ctx.spans if x[0] < ss and ss - x[0] < 1500 and ctx.entities[x[2]].type in ("Network", "Club")][-1:]
        for x in list_after(ctx, m.end(), ORGS_ONLY) if nets else []:
            if x[2] != nets[0][2]:
                ctx.add_rel("member_of", x[2], nets[0][2], m.start(), x[1])
    for m in MEMBER_CUE.finditer(work):
        ss, se = ctx.sent_span(m.start())
        if re.match(r"(?i)et\b", m.group(0)) and (FRONT_MEMBER.match(work[ss:se].lstrip())
                                                  or not re.search(r"(?i)(?:,|\best|\bsont)\s*(?:membres?|adhérente?s?)\b", work[ss:m.start()])):
            continue  # "et adhérente du RTES" continues an apposition ", membre de X"; fronted ones are handled apart
        tgt = list_after(ctx, m.end(), {"Network", "Club"})
        # the cue may end before the article ("ont rejoint | le réseau") or after it ("adhéré a|u réseau")
        generic, g_at = None, m.end() - 3
        if not tgt:
            generic = re.match(r"\s*(?:le|au|notre|du)\s+(?P<w>réseau|club)\b", work[g_at:m.end() + 20], re.IGNORECASE)
            if not generic:
                g_at = m.end()
                generic = re.match(r"\s*(?:le|notre|ce)\s+(?P<w>réseau|club)\b", work[g_at:m.end() + 20], re.IGNORECASE)
        if generic:
            # "ont adhéré au réseau": the network the page speaks for, else the last one named
            want = "Club" if fold(generic.group("w")) == "club" else "Network"
            auth = author(ctx)
            prev = [x for x in ctx.spans if x[0] < m.start() and ctx.entities[x[2]].type == want]
            owner = auth if auth and ctx.entities[auth].type == want else (page_thing(ctx, prev) if prev else None)
            tgt = [(m.end(), g_at + generic.end(), owner)] if owner else []
        if not tgt and m.group(0)[-1:] in "'’":
            tgt = list_after(ctx, m.end() - 2, {"Network", "Club"})  # "membre de L'Heureux Cyclage": the article is in the name
        ch = re.match(r"\s*(?:la\s+)?chambre(?:\s+régionale)?\b(?!\s+(?:de|d['’]|du|des)\b)", work[m.end():m.end() + 30], re.IGNORECASE) \
            if not tgt and not generic else None
        if ch:
            # "a rejoint la chambre (régionale)": the one CRESS of the text
            g = generic_object(ctx, m.end()) or generic_object(ctx, m.end() - 3)  # ("adhéré à la | chambre")
            tgt = [(m.end(), m.end() + ch.end(), g)] if g else []
        if not tgt and re.match(r"si", m.group(0)):
            # "siègent au comité": the one club (committee) of the text
            clubs = [x for x in ctx.spans if ctx.entities[x[2]].type == "Club" and x[0] < m.start()]
            tgt = clubs[-1:]
            side = re.match(r"\s*\w+\s+aux\s+côtés\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])", work[m.end():m.end() + 60])
            if tgt and side:
                for x in list_after(ctx, m.end() + side.end(), ORGS_ONLY):
                    ctx.add_rel("member_of", x[2], tgt[0][2], m.start(), x[1])
        if not tgt:
            continue
        first_cue = next(MEMBER_CUE.finditer(work, ss, se)).start()
        subj = [x for x in ctx.ents_in(ss, first_cue, ORGS_ONLY) if not _inside_thing(ctx, x) and x[2] != tgt[0][2]]
        if not subj:
            g = generic_subject(ctx, ss, first_cue)
            subj = [(ss, ss, g)] if g else []
        if not subj:
            # "Trois nouvelles collectivités ont rejoint le RTES ce trimestre : X, Y et Z";
            # "sept collectivités ont adhéré au réseau, parmi lesquelles X, Y et Z"
            colon = re.match(r"[^.;:]{0,60}(?::|,\s*(?:parmi\s+lesquel(?:le)?s|dont|notamment))\s*", work[tgt[-1][1]:se])
            if colon:
                subj = [x for x in list_after(ctx, tgt[-1][1] + colon.end(), ORGS_ONLY) if x[2] != tgt[0][2]]
                for x in subj:
                    ctx.add_rel("member_of", x[2], tgt[0][2], m.start(), x[1])
                continue
        if not subj:
            # "l'association est membre de X": the association named last
            am = re.search(r"\b(?:l['’]|la\s+|cette\s+)(?P<w>association|structure|coopérative|scic|entreprise)\s+$", work[ss:first_cue],
                           re.IGNORECASE)
            if am:
                w = fold(am.group("w"))
                prev = [x for x in ctx.spans if x[0] < ss and ctx.entities[x[2]].type in ("ESSOrganization", "Organization")
                        and w in fold(" ".join(ctx.entities[x[2]].surfaces))]
                subj = [(m.start(), m.start(), prev[-1][2])] if prev else []
        if not subj and re.match(r"\s*(?:elle|il|celle-ci|celui-ci)\b", ctx.folded[ss:first_cue]):
            # "Elle est membre d'ESS France": the first actor of the sentence before
            i = ctx.sent_index(ss)
            if i > 0:
                # (not the employer in a person's apposition: "X, chargé de mission à la CRESY, …")
                prev = [x for x in ctx.ents_in(*ctx.sents[i - 1], ORGS_ONLY) if x[2] != tgt[0][2]
                        and not any(r.type == "holds_post" and r.target == x[2] and r.start <= x[0] <= r.end for r in ctx.rels)]
                subj = [(m.start(), m.start(), prev[0][2])] if prev else []
        if subj and subj[-1][1] > subj[-1][0]:
            # the whole list that ends with the subject: "la Ville de X, Y Métropole et le Département de Z ont rejoint"
            chain = [subj[-1]]
            for x in reversed(subj[:-1]):
                gap = work[x[1]:chain[0][0]]
                if LIST_GAP.match(gap) and re.search(r"[,;&]|\bet\b|\bainsi\b", gap) \
                        and (not re.search(r"\b(?:à|en)\s+$", work[max(0, x[0] - 4):x[0]])
                             or re.search(r"\b(?:à|en)\b", gap)):  # not "Installée à Brest, la …", yet "à X et à Y"
                    chain.insert(0, x)
                else:
                    break
            for x in chain:
                ctx.add_rel("member_of", x[2], tgt[0][2], x[0], tgt[0][1])
        elif subj:
            ctx.add_rel("member_of", subj[-1][2], tgt[0][2], m.start(), tgt[0][1])

