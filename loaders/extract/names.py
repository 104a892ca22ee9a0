"""Components that find named actors: gazetteer entries and CRESS, government offices,
persons, other organisations; repeated names and surnames.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from . import territory
from .base import Ctx, Mention, acronym_start, clean_space, fold, norm
from .gazetteer import load as load_gazetteer
from .media import media_names
from .lexicon import (COMPANY_CUES, ESS_CUES, LAST, LOW, NETWORK_CUES, PERSON_RE, PLACE, PUBLIC_CUES, ROLE_HEAD, UP)
from .collectivites import (NOT_PLACE, _coll_mention, _cog_find, _disambiguate, _region_of,
                            generic_collectivites)
from .prep import in_quote as _in_quote
from .registry import lookup, overlaps, register


# ---------------------------------------------------------------- ess_gazetteer/1
REGION_NAMES = sorted(set(territory.REGIONS.values()) | set(territory.REGION_ALIASES) | set(territory.FORMER_REGIONS),
                      key=len, reverse=True)
_REGION_ALT = "|".join(re.escape(fold(r)).replace(r"\-", r"[\s-]").replace(r"\ ", r"[\s-]") for r in REGION_NAMES)
_ESS_LONG = r"(?:ess|economie sociale(?: et solidaire)?|economie sociale et solidaire)"
CRESS_RE = re.compile(
    rf"(?<![\w-])(?:(?:chambre regionale de l'\s?{_ESS_LONG})(?:\s*\((?P<acr>cress?[^)]{{0,30}})\))?|cress?|c\.r\.e\.s\.s)"
    rf"(?:\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d'|en\s+|-\s+)?(?P<reg>{_REGION_ALT})(?![\w-]))?", re.IGNORECASE)


GOV_OFFICE_RE = re.compile(
    r"(?<![\w-])(?:Secr[ée]tariat\s+d['’]\s?[ÉE]tat|Minist[èe]re|Haut-[Cc]ommissariat|D[ée]l[ée]gation\s+interminist[ée]rielle)"
    r"\s+(?:à\s+la\s+|à\s+l['’]|au\s+|aux\s+|à\s+|de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|chargée?\s+de\s+(?:la\s+|l['’])?)"
    r"[^,.;:()\n«»\"]{3,80}?(?=\s*(?:[,.;:()\n«»\"]|\s(?:qui|que|dont|a|avait|ont|est|et\s+(?:la|le|les|l['’]|un|une)\s)\b|$))")


_DEP_NAMES_ALT = "|".join(sorted([re.escape(n) for n, _a, _r in territory.DEPARTEMENTS.values()]
                                 + [re.escape(r) for r in territory.REGIONS.values()]
                                 + [re.escape(r) for r in territory.FORMER_REGIONS], key=len, reverse=True))


OFFICE_TITLES = {"secretaire d'etat": "Secrétariat d'État", "ministre": "Ministère", "haut-commissaire": "Haut-commissariat",
                 "haute-commissaire": "Haut-commissariat", "delegue interministeriel": "Délégation interministérielle",
                 "deleguee interministerielle": "Délégation interministérielle"}
OFFICE_POST_RE = re.compile(
    r"(?<![\w-])(?P<title>[Ss]ecrétaire\s+d['’]\s?[ÉE]tat|[Mm]inistre(?:\s+délégué(?:e)?)?|[Hh]aut(?:e)?-[Cc]ommissaire|"
    r"[Dd]élégué(?:e)?\s+interministériel(?:le)?)\s+"
    r"(?P<scope>(?:chargée?\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+)|à\s+la\s+|à\s+l['’]|aux?\s+|à\s+|de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+)"
    r"[^,.;:()\n«»]{3,90}?(?:,\s+solidaire[^,.;:()\n]{0,40}?)?)(?=\s*[,.;:()\n]|\s+(?:et\s+(?:de\s+)?[A-ZÉ]|était|a|est|avait|sera|qui)\s|$)")
PREFECTURE_RE = re.compile(rf"(?<![\w-])Préfecture\s+(?:de\s+(?:la\s+)?[Rr]égion\s+|de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+)(?P<name>{PLACE})")


def _offices(ctx: Ctx) -> None:
    """Government offices named by a post title ("secrétaire d'État chargée de l'ESS") are
    PublicBody entities ("Secrétariat d'État chargé de l'ESS"); the title stays the role."""
    work, text = ctx.notes["work"], ctx.text
    blocked = ctx.notes.setdefault("blocked", [])
    for m in OFFICE_POST_RE.finditer(work):
        title = fold(re.sub(r"\s+", " ", m.group("title")))
        # "ministre délégué chargé de l'ESS": the "Ministère délégué chargé de l'ESS"
        office = "Ministère délégué" if re.fullmatch(r"ministre deleguee?", title) else OFFICE_TITLES.get(title)
        if not office:
            continue
        scope = clean_space(m.group("scope"))
        scope = re.sub(r"^chargée", "chargé", scope)
        name = f"{office} {scope}"
        blocked.append((m.start(), m.start("scope")))
        register(ctx, Mention(m.start("scope"), m.end("scope"), name, "PublicBody", name,
                              key="o:" + norm(name), source="ess_gazetteer/1"))
    for m in PREFECTURE_RE.finditer(work):
        name = clean_space(m.group(0))
        register(ctx, Mention(m.start(), m.end(), text[m.start():m.end()], "PublicBody", name, key="o:" + norm(name),
                              source="ess_gazetteer/1"))


def gazetteer_names(ctx: Ctx) -> None:
    _offices(ctx)
    gz = load_gazetteer()
    text, work = ctx.text, ctx.notes["work"]
    cress_spans = []
    for m in CRESS_RE.finditer(ctx.folded):
        if m.group(0).startswith("cres") and not work[m.start():m.start() + 4].isupper() \
                and not (work[m.start()] == "C" and (m.group("reg") or re.search(r"\b(?:la|de\s+la)\s+$", work[max(0, m.start() - 7):m.start()]))):
            continue  # lower-case "cress" is a word (cresson...), not the acronym; the press writes "la Cress"
        written = work[m.start("reg"):m.end("reg")] if m.group("reg") else ""
        former = next((r for r in territory.FORMER_REGIONS if fold(r).replace("-", " ") == fold(written).replace("-", " ")), None)
        reg = _region_of(written) if written else None
        entry = gz.by_region(reg) if reg and not former else None
        surface = text[m.start():m.end()]
        if former:
            # "CRESS Auvergne" (before 2016): the chamber of a former région is its own actor
            name = f"CRESS {written}"
            mm = Mention(m.start(), m.end(), surface, "Network", name, key="o:" + norm(name), source="ess_gazetteer/1",
                         extra={"authoritative": True})
        elif entry:
            mm = Mention(m.start(), m.end(), surface, "Network", entry.pref, key="g:" + entry.key,
                         ids={"gazetteer": entry.iri}, source="ess_gazetteer/1", extra={"authoritative": True})
        else:
            mm = Mention(m.start(), m.end(), surface, "Network", "CRESS", key=None, source="ess_gazetteer/1",
                         extra={"cress_unresolved": True})
        cress_spans.append(mm)
    for m in GOV_OFFICE_RE.finditer(work):
        name = clean_space(m.group(0)).rstrip(" ,")
        if _in_quote(ctx, m.start()):
            continue
        register(ctx, Mention(m.start(), m.start() + len(m.group(0).rstrip(" ,")), text[m.start():m.start() + len(m.group(0).rstrip(" ,"))],
                              "PublicBody", name, key="o:" + norm(name), source="ess_gazetteer/1"))
    for s, e, entry in gz.find(work, ctx.folded):
        inner = [c for c in cress_spans if c.start < e and s < c.end]
        if inner and all(s <= c.start and c.end <= e and e - s > c.end - c.start for c in inner):
            # "le Conseil national des CRESS": the longer gazetteer name wins over the CRESS inside it
            cress_spans = [c for c in cress_spans if c not in inner]
        elif inner:
            continue
        if entry.pref[:1].isupper() and work[s:s + 1].islower() and " " in entry.pref and not re.match(r"(?:[Ll]a|[Ll]e|[Ll]es|[Ll]['’])\b", work[s:s + 3]):
            continue  # "le pôle Emploi et territoires": a common noun, not Pôle emploi
        if entry.type == "Collectivite" or _in_quote(ctx, s) or overlaps(ctx, s, e) or \
                any(a <= s < b for a, b in ctx.notes.get("blocked", [])):
            continue
        fd = re.search(r"(?<![\w-])Fondation\s+(?:d['’]entreprise\s+)?$", work[max(0, s - 30):s])
        if fd and entry.type in ("ESSOrganization", "Organization", "Network"):
            # "la Fondation Macif": the foundation is an actor of its own, not the mutual insurer
            fs = s - len(fd.group(0))
            nm = clean_space(text[fs:e])
            register(ctx, Mention(fs, e, text[fs:e], "ESSOrganization", nm, key="o:" + norm(nm), source="ess_gazetteer/1"))
            continue
        ext = re.match(r"\s([A-Z]{2,}(?:[\s-][A-Z]{2,})*)(?![\w'’-])", work[e:e + 30])
        if not ext:
            ext = re.match(rf"\s(?:{_DEP_NAMES_ALT})(?![\w'’-])", work[e:e + 40])
            ext = ext if ext and entry.type in ("Network", "ESSOrganization") and not entry.region else None
        if ext and (entry.pref.isupper() or ext.group(0).strip()[1:2].islower()) and fold(ext.group(0).strip()) not in ("ess", "cress"):
            # "BGE ADIL": a local member of a network, an organisation of its own
            e2 = e + ext.end()
            nm = re.sub(r"^(?:le|la|les|l['’])\s*", "", clean_space(text[s:e2]))
            nm = nm[:1].upper() + nm[1:]
            register(ctx, Mention(s, e2, text[s:e2], entry.branch_type or entry.type, nm, key="o:" + norm(text[s:e2]),
                                  source="ess_gazetteer/1"))
            continue
        register(ctx, Mention(s, e, text[s:e], entry.type, entry.pref, subtype=entry.subtype, key="g:" + entry.key,
                              ids={"gazetteer": entry.iri}, source="ess_gazetteer/1", extra={"authoritative": True}))
    ctx.notes["cress_pending"] = []
    for mm in cress_spans:
        if mm.key:
            register(ctx, mm)
        else:
            ctx.notes["cress_pending"].append(mm)


def resolve_cress(ctx: Ctx) -> None:
    """A CRESS named without its region is the document's regional CRESS: the one named
    with its region elsewhere in the text, else the region of the collectivités named."""
    pend = ctx.notes.get("cress_pending", [])
    if not pend:
        return
    gz = load_gazetteer()
    cress_keys = {k for k, e in ctx.entities.items()
                  if e.type == "Network" and any(x.startswith(("g:cress-", "o:cress ")) for x in e.keys)}
    target_key = None
    if len(cress_keys) == 1:
        target_key = next(iter(cress_keys))
    elif not cress_keys:
        regs = Counter()
        for e in ctx.entities.values():
            if e.type == "Collectivite" and e.extra.get("reg"):
                regs[e.extra["reg"]] += 1
        if regs:
            code = regs.most_common(1)[0][0]
            entry = gz.by_region(territory.REGIONS.get(code, ""))
            if entry:
                m0 = pend[0]
                target_key = register(ctx, Mention(m0.start, m0.end, m0.text, "Network", entry.pref,
                                                   key="g:" + entry.key, ids={"gazetteer": entry.iri},
                                                   extra={"authoritative": True}))
    for mm in pend:
        tk = target_key
        if tk is None and cress_keys:
            # several regional CRESS named: the nearest one before (else after) this mention
            cands = [(s, k) for s, e, k in ctx.spans if k in cress_keys]
            before = [c for c in cands if c[0] < mm.start]
            tk = (before[-1] if before else min(cands))[1]
        if tk:
            mm.key = next(iter(ctx.entities[tk].keys))
        else:
            mm.key = "cress:unresolved"
        register(ctx, mm)


# ---------------------------------------------------------------- ess_persons/1
WORD_START_RE = re.compile(rf"(?:(?<=\b[dD]['’])|(?<![\w'’-]))[{UP}]")
PERSON_STOP = set("""president presidente vice adjoint adjointe maire conseiller conseillere ville region club cress ess
association mairie departement conseil salon rencontre reseau chambre economie sociale solidaire communique presse
webinaire seminaire atelier table ronde guide etude rapport convention metropole commune france europe
delegue deleguee directeur directrice charge chargee mission responsable contact retrouvez introduction retours
signature formulaire telecharger type ressource fichier resume categorie prochains journee forum congres
mois politique nouvelle coop ressources quartiers debat objectifs ministere secretariat etat union commission
monsieur madame mme fondation cooperative mutuelle federation collectif agence universite institut groupe
les des une pour avec dans sur""".split())


def person_name(first: str, last: str) -> str:
    def cap(w: str) -> str:
        return "-".join(p[:1].upper() + p[1:].lower() if p.isupper() and len(p) > 1 else p for p in w.split("-"))
    return f"{cap(first)} {' '.join(cap(x) for x in last.split())}"


def _valid_person_tokens(toks: list[str]) -> bool:
    if not 2 <= len(toks) <= 4:
        return False
    for t in toks:
        f = fold(t).strip(".,;:")
        if f in PERSON_STOP or not t[:1].isupper() or any(ch.isdigit() for ch in t):
            return False
    return not toks[0].isupper()


# what is said of an organisation, never of a person: it is a member of a network, it turns ten
# (of a network: "adhérente de l'association" may be said of a person)
ORG_PREDICATE = re.compile(r"[ \t]+(?:(?:est|était)\s+(?:d['’]ailleurs\s+|par\s+ailleurs\s+|également\s+|aussi\s+|déjà\s+)?adhérente?\s+"
                           r"(?:du|de\s+la|de\s+l['’]|des|à\s+la|à\s+l['’]|au)\s*(?:réseau|fédération|union|(?-i:[A-ZÉ]))|"
                           r"(?:a|avait)\s+(?:d['’]ailleurs\s+|par\s+ailleurs\s+|également\s+|aussi\s+|déjà\s+)?(?:adhéré\s+(?:à\s+la|à\s+l['’]|au)\s*(?:réseau|fédération|union|(?-i:[A-ZÉ]))|"
                           r"rejoint\s+(?:le|la|l['’])\s*(?:réseau|fédération|union|CRESS|Chambre)"
                           r"(?![^.;\n]{0,40}\b(?:comme|en\s+tant\s+que|au\s+poste|pour\s+y)))|"  # (staff join "comme chargée de mission")
                           r"(?:fête|a\s+fêté|célèbre|a\s+célébré|souffle)\s+(?:ses|son)\s+(?:\w+\s+)?(?:ans|bougies|anniversaire))", re.IGNORECASE)


# "Isula Riusu, première recyclerie solidaire du Pays ajaccien": a name shaped like a person's, said to be a structure
KIND_APPOSITION = re.compile(r"\s*,\s*(?:une?\s+|(?=(?:la|le)\s+(?:premiere?|nouvel|nouveau|seule?|jeune|petite?)\b)(?:la|le)\s+)?"
                             r"(?:(?:premiere?|nouvel(?:le)?|nouveau|seule?|jeune|petite?)\s+)?"
                             r"(?:recyclerie|ressourcerie|cooperative|association|scic|scop|epicerie|tiers-lieu|regie|legumerie|"
                             r"couveuse|incubateur|conserverie|entreprise\s+d'insertion|garage\s+solidaire|chantier\s+d'insertion|"
                             r"societe\s+cooperative)\b")


def persons(ctx: Ctx) -> None:
    work, text = ctx.notes["work"], ctx.text
    per_spans = ctx.notes.get("per", [])
    cands: list[tuple[int, int]] = []
    weak: list[tuple[int, int]] = []
    shaped = [m for m in (PERSON_RE.match(work, w.start()) for w in WORD_START_RE.finditer(work)) if m]
    structures = {m.group(0) for m in shaped if KIND_APPOSITION.match(ctx.folded, m.end()) and _valid_person_tokens(m.group(0).split())}
    for m in shaped:
        s, e = m.start(), m.end()
        toks = work[s:e].split()
        if not _valid_person_tokens(toks) or m.group(0) in structures:
            continue
        after = fold(work[e:e + 60])
        before = fold(work[max(0, s - 40):s])
        if re.search(r"(?:association|cooperative|entreprise|structure|societe|scic|scop|fondation|collectif|reseau|federation|"
                     r"mutuelle|regie|tiers-lieu|emploi|d'insertion|d'employeurs|d'activites|ressourcerie|recyclerie|epicerie|"
                     r"couveuse|legumerie|ptce|cae)\s*$", before):
            continue  # "l'association Trégor Emploi Durable" names an organisation
        if ORG_PREDICATE.match(work, e):
            continue  # "Ker Avel a d'ailleurs adhéré à la CRESS", "Ti Récup fête ses dix ans": a structure
        spacy_ok = any(ps <= s < pe or s <= ps < e for ps, pe in per_spans)
        appos = re.match(rf"\s*(?:,|\(|-|–)\s*(?:l'|le |la )?{ROLE_HEAD}", after) is not None
        cue = re.search(rf"(?:par|de|avec|:|;|et|réuni|reuni|presence de|interventions? de|•|{ROLE_HEAD}\s*,)\s*$", before) is not None
        upper_last = m.group("last").isupper() and len(m.group("last")) > 2
        tok = ctx.notes["tok_at"].get(s)
        first_propn = tok.pos_ == "PROPN" if tok is not None else True
        role_before = re.search(rf"{ROLE_HEAD}\s*,?\s*$", before) is not None
        more_caps = re.match(rf"[ \t]+[{UP}][{LOW}]", work[e:e + 3]) is not None
        if more_caps and not appos:
            continue  # "Trégor Emploi Durable": a longer proper name, not a first and last name
        prev_word = re.search(rf"([{UP}][\w.'’-]*)[ \t]+$", work[max(0, s - 25):s])
        if prev_word and not re.fullmatch(r"(?:M\.|Mme|Mlle|Monsieur|Madame|Dr|Pr|Me|Selon|Pour|Avec|Par|Et|Mais|Chez|Contact|"
                                          r"Lors|Comme|Ainsi|Enfin|Puis|Autour|Entre|Depuis|Quant|Après|Avant|Dans|De|Du|Des|Le|La|Les|"
                                          r"Animation|Intervenants?|Modération|Introduction|Avec|Présidente?|Maire|Adjointe?)", prev_word.group(1)) \
                and not appos:
            continue  # "Trégor Emploi Durable" seen from its second word
        if (spacy_ok and first_propn) or appos or (upper_last and cue) or (role_before and (spacy_ok or cue)):
            cands.append((s, e))
        elif spacy_ok:
            weak.append((s, e))
    # "Ahmed Boukhari, Sabine Lefebvre et Pierre-Olivier Catteau": a name shaped like a person's that
    # opens a list of persons is one too
    grown = True
    while grown:
        starts = {c[0] for c in cands}
        grown = False
        for s, e in list(weak):
            sep = re.match(r"\s*(?:,|et)\s*", work[e:e + 6])
            if sep and e + sep.end() in starts:
                cands.append((s, e))
                weak.remove((s, e))
                grown = True
    cands.sort()
    for s, e in cands:
        if overlaps(ctx, s, e):
            continue
        m = PERSON_RE.match(work, s)
        name = person_name(m.group("first"), m.group("last"))
        register(ctx, Mention(s, e, text[s:e], "Person", name, key="p:" + norm(name), source="ess_persons/1",
                              extra={"authoritative": False}))


# ---------------------------------------------------------------- ess_orgs/1
ORG_TOKEN = rf"(?:[{UP}0-9][\w&]*(?:['’-][\w]+)*)"
_SP = r"[ \t\u00a0]"
ORG_NAME = (rf"{ORG_TOKEN}(?:(?:{_SP}|-|{_SP}&{_SP})(?:{ORG_TOKEN}|(?:de{_SP}la{_SP}|de{_SP}l['’]|de{_SP}|du{_SP}|des{_SP}|d['’]|l['’]|la{_SP}|le{_SP}|en{_SP}|pour{_SP})(?![0-9]){ORG_TOKEN}|"
            rf"[a-zà-ÿ]+(?={_SP}(?:de|du|des|d['’]){_SP}?[{UP}]))){{0,7}}")
TYPED_ORG_RE = re.compile(
    rf"(?<![\w-])(?P<cue>[Aa]ssociation|[Cc]oopérative|[Mm]utuelle|[Ff]ondation|SCIC|Scic|Scop|SCOP|[Cc]ouveuse|[Rr]égie|[Ss]tructure|"
    rf"[Ee]ntreprise|[Ss]ociété|[Uu]niversité|[Ff]édération|[Rr]éseau|[Cc]ollectif|[Tt]iers-lieu|[Rr]essourcerie|[Rr]ecyclerie|"
    rf"[Éé]picerie|SIAE|[Cc]hantier d['’]insertion|[Ee]ntreprise d['’]insertion|cabinet|bureau d['’][ée]tudes|"
    rf"foncière|[Pp]ôle territorial de coopération économique(?:[ \t]*\(PTCE\))?|PTCE|boulangerie|conciergerie|garage|crèche|CAE|[Gg]roupement d['’]employeurs|"
    rf"journal|quotidien|magazine|[Rr]adio|hebdomadaire)[ \t\u00a0]+"
    rf"(?P<mods>(?:(?:de|d['’][a-zéèêàçôî]+|à|au|aux|en|pour|du|des|[a-zéèêàçôî][a-zéèêàçôîû-]+)[ \t]+){{0,5}}?(?=[{UP}«\"“]))??"
    rf"(?P<name>[«\"“]\s?{ORG_NAME}(?:[ \t][a-zà-ÿ][\w'’-]*){{0,3}}['’]?\s?[»\"”]|(?:(?:de\sla\s|de\sl['’]|du\s|des\s|de\s|d['’])(?=[{UP}]))?{ORG_NAME})")
ACRO_RE = re.compile(rf"(?P<full>{ORG_NAME})\s*\((?P<acr>[A-Z][A-Za-z0-9&-]{{1,11}})\)")
SLOT_CUES = re.compile(
    r"(?:(?:co-?)?organis[ée]e?s?\s+(?:par|avec)|coordonn[ée]e?s?\s+par|anim[ée]e?s?\s+par|r[ée]alis[ée]e?s?\s+par|soutenue?s?\s+par|"
    r"parrain[ée]e?s?\s+par|port[ée]e?s?\s+par|(?:co-?)?pilot[ée]e?s?\s+par|financ[ée]e?s?\s+par|accueillie?s?\s+par|"
    r"en\s+(?:partenariat|collaboration|lien)\s+(?:promotionnel\s+)?avec|avec\s+(?:le\s+soutien|l['’]appui|la\s+participation)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])|"
    r"t[ée]moignages?\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])|à\s+l['’]initiative\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])|"
    r"sous\s+l['’][ée]gide\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])|co-?organisons\s+avec|publi(?:e|ent)\s+par|"
    r"publi[ée]e?s?\s+par|[ée]dit[ée]e?s?\s+par|[ée]dit[ée]e?s?\s+avec|(?:co-?)?sign[ée]e?s?\s+par|signataires?\s*:)\s*", re.IGNORECASE)
NP_RE = re.compile(rf"(?:(?:l['’]|le\s|la\s|les\s|du\s|de\sla\s|de\sl['’]|des\s|au\s|à\sla\s|à\sl['’])\s?)?(?P<name>{ORG_NAME})")
LIST_SEP = re.compile(r"\s*(?:,|et|ainsi\s+que)\s*(?:par\s+|avec\s+)?")  # "&" joins a name ("Fil & Trame")
DESCR_RE = re.compile(r"\s*,\s*(?:une?|la|le|l['’])?\s*(?P<d>coopérative|structure|réseau|plateforme|association|collectif|"
                      r"fédération|entreprise|agence|média|société|mutuelle|fondation|université|école|cabinet)", re.IGNORECASE)


# Legal forms, programmes and territories' statuses written with an acronym: not organisations.
NOT_ORG_ACRONYMS = set("""ess pdf scic scop siae ptce epci ept cae esus iae plie qpv rsa zus zrr petr scot pnr plu pcaet pat
dla fse feder cdi cdd rse odd pme tpe eta esat ei aci ai etti geiq ssiap loi notre rgpd jo jop""".split())


def org_type(name: str, descr: Optional[str] = None) -> str:
    f = fold(descr or name)
    if f.startswith("groupement d'employeurs"):
        return "ESSOrganization"  # an employers' pool is an ESS enterprise, not a federation
    if re.match(r"(?:cci|cma|chambre (?:regionale )?(?:de commerce|des metiers|de metiers|d'agriculture))\b", f):
        return "PublicBody"  # consular chambers are public bodies, not networks like the CRESS
    if NETWORK_CUES.match(f):
        return "Network"
    if PUBLIC_CUES.match(f):
        return "PublicBody"
    if re.match(r"(?:entreprise|societe)\s+(?:d'insertion|a but d'emploi|solidaire|d'utilite sociale|adaptee)", f):
        return "ESSOrganization"  # "l'entreprise à but d'emploi X": an ESS enterprise
    if COMPANY_CUES.match(f):
        return "Organization"
    if ESS_CUES.match(f):
        return "ESSOrganization"
    return "ESSOrganization"


def _epci_named(name: str):
    """The intercommunality whose official name, without its legal form, is ``name`` ("Caen la mer"
    for "CU Caen la Mer"), when only one has it."""
    if len(name.split()) < 2 or not name[:1].isupper():
        return None
    recs = [r for r in _cog_find(name, "EPCI") if r.kind == "EPCI"
            and fold(re.sub(r"^(?:CC|CA|CU|Métropole)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])?", "", r.name)) == fold(name)]
    return recs[0] if len(recs) == 1 else None


def register_org(ctx: Ctx, s: int, e: int, name: str, typ: str, surface: Optional[str] = None,
                 acr: Optional[str] = None) -> str:
    name = clean_space(name)
    year = re.match(r"(?:19|20)\d\d\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])(?=\S)", name)
    if year and surface is None:
        # "adhérents depuis 2013 de l'ANDES": the year is the membership's, not part of the name
        s, name = s + year.end(), name[year.end():]
    kind_cue = re.search(r"(?i)\b(?:scic|scop|sca|association|coopérative|mutuelle|fondation|entreprise|société)\s*$",
                         ctx.text[max(0, s - 25):s]) or re.match(r"(?i)(?:scic|scop|association|coopérative)\s", ctx.text[s:e])
    # "la SCIC Terres de Chalosse": a kind word says it is not the intercommunality of that name
    rec = _epci_named(name) if typ in ("ESSOrganization", "Organization") and not acr and not kind_cue else None
    if rec is not None:
        # a name an unknown-name rule found that is an intercommunality's: "Caen la mer"
        return _coll_mention(ctx, s, e, "EPCI", rec, name, surface=name)
    keys = ["o:" + norm(name)]
    if acr:
        keys.append("o:" + norm(acr))
    ek = None
    for k in keys:
        ek = lookup(ctx, k)
        if ek:
            break
    m = Mention(s, e, surface if surface is not None else ctx.text[s:e], typ, name, key=keys[0],
                source="ess_orgs/1")
    return register(ctx, m, extra_keys=tuple(keys[1:]))


# A press article's masthead: "LE JOURNAL DU CENTRE | Nevers | lundi 3 mai 2021" (the paper's name
# in capitals, then a separator, then the place or date): the newspaper is an Organization.
MASTHEAD_RE = re.compile(r"\A\s*(?P<name>[A-ZÀ-Ý][A-ZÀ-Ý0-9'’ -]{2,40}?)[ \t]+[|–—][ \t]+[^\n]*\d{4}[ \t]*$", re.MULTILINE)


def _masthead(ctx: Ctx) -> None:
    m = MASTHEAD_RE.match(ctx.notes["work"])
    if not m or overlaps(ctx, m.start("name"), m.end("name")) or len(m.group("name").split()) > 5 \
            or re.match(r"(?:communique|actualites?|agenda|breves|compte|dossier|edito|lettre|newsletter|info|"
                        r"invitation|programme|presse)\b", fold(m.group("name").lower())):
        return  # a page heading ("COMMUNIQUÉ – Lille, 28 mai 2015"), not a paper's name
    name = re.sub(r"(?<=\w\w['’])\w", lambda x: x.group(0).lower(), m.group("name").title())
    name = re.sub(r"(?<=\s)(?:De|Du|Des|La|Le|Les|Et|En)(?=\s)", lambda x: x.group(0).lower(), name)  # "Le Journal du Centre"
    register_org(ctx, m.start("name"), m.end("name"), name, "Organization", surface=m.group("name"))


# An organisation's own paper: its name in capitals on the first line, then what it is on the next
# ("LES PANIERS DU CAUSSE" / "Épicerie solidaire itinérante du Grand Cahors"; "YON SOLIDAIRE" /
# "Pôle territorial de coopération économique – association loi 1901").
LETTERHEAD_RE = re.compile(r"\A\s*(?P<name>[A-ZÀ-Ý0-9][A-ZÀ-Ý0-9'’&. -]{2,50}?)[ \t]*\n[ \t]*(?P<kind>[^\n]{3,140})$", re.MULTILINE)
LETTERHEAD_KIND = re.compile(
    r"(?:une?\s+)?(?:(?:petite?|jeune)\s+)?(?:association|epicerie|pole\s+territorial|ptce\b|scic\b|scop\b|sca\b|cae\b|societe\s+cooperative|"
    r"cooperative|recyclerie|ressourcerie|chantier|atelier\s+chantier|ateliers?\s+et\s+chantiers?|entreprise\s+(?:d'insertion|adaptee|a\s+but)|"
    r"regie\s+de\s+quartier|tiers-lieu|groupement\s+d'employeurs|mutuelle|fondation|fonds\s+de\s+dotation|structure\s+d'insertion|"
    r"restaurant\s+(?:associatif|solidaire|d'insertion)|garage\s+solidaire|boutique\s+solidaire|"
    r"reseau|federation|union|collectif|plateforme|incubateur|couveuse|pepiniere)\b")
_NOT_LETTERHEAD = re.compile(r"(?:communique|rapport|proces|compte|lettre|newsletter|bulletin|agenda|programme|edito|dossier|"
                             r"actualites?|invitation|breves|infos?|la\s+lettre|deliberation|extrait|convention|offre|appel)\b")


def _letterhead(ctx: Ctx) -> None:
    m = LETTERHEAD_RE.match(ctx.notes["work"])
    if not m:
        return
    raw = m.group("name").strip()
    if raw != raw.upper() or not 1 <= len(raw.split()) <= 6 or _NOT_LETTERHEAD.match(fold(raw.lower())) \
            or overlaps(ctx, m.start("name"), m.start("name") + len(raw)) or not LETTERHEAD_KIND.match(fold(m.group("kind").strip())):
        return
    name = re.sub(r"(?<=\w\w['’])\w", lambda x: x.group(0).lower(), raw.title())
    name = re.sub(r"(?<=\s)(?:De|Du|Des|La|Le|Les|Et|En|D|L)(?=\s|['’])", lambda x: x.group(0).lower(), name)
    if re.search(rf"(?<![\w-]){re.escape(fold(name))}(?![\w-])", ctx.folded[m.end():]) is None:
        return  # the body never names it again: a heading, not the author's name
    start = m.start("name")
    k = register_org(ctx, start, start + len(raw), name, org_type(name, m.group("kind")), surface=raw)
    ctx.notes["author"] = ctx.notes["letterhead"] = k
    ctx.notes["letterhead_kind"] = m.group("kind")


_CAPW = r"[A-ZÉÈÎÔÂ][\w'’-]*"
_CAPW_LOOK = r"[A-ZÉÈÎÔÂ]"
URSCOP_RE = re.compile(rf"(?<![\w-])(?:Union\s+régionale\s+des\s+(?:Scop|SCOP|coopératives)(?:\s+et\s+(?:des\s+)?(?:Scic|SCIC))?|UR\s?SCOP|URScop|Urscop)"
                       rf"\s+(?:de\s+l['’]\s?|de\s+la\s+|du\s+|des\s+|d['’]\s?|de\s+|en\s+)?"
                       rf"(?P<reg>{_CAPW}(?:\s+(?:(?:de|du|des|et)\s+)?{_CAPW})*)")


def _unions_of_scop(ctx: Ctx) -> None:
    """"l'Union régionale des Scop Occitanie" and "l'URSCOP Occitanie": one regional network of
    worker co-operatives, whichever form the text uses (keyed on its territory)."""
    for m in URSCOP_RE.finditer(ctx.notes["work"]):
        if overlaps(ctx, m.start(), m.end()):
            continue
        key = "o:urscop:" + norm(m.group("reg"))
        ek = lookup(ctx, key)
        name = ctx.entities[ek].name if ek else clean_space(m.group(0))
        register(ctx, Mention(m.start(), m.end(), ctx.text[m.start():m.end()], "Network", name, key=key, source="ess_orgs/1"))


PUBLIC_OF_PLACE_RE = re.compile(rf"(?<![\w-])(?P<kind>[Uu]niversité|CHU|IUT|[Ll]ycée(?:\s+agricole)?|[Ss]ous-préfecture)\s+"
                                rf"(?P<prep>de\s+|d['’]\s?|du\s+)(?P<place>{PLACE}(?:\s+(?:occidentale|orientale|méridionale|"
                                rf"septentrionale|centrale))?)(?![\w'’-])")


def _public_of_place(ctx: Ctx) -> None:
    """"l'université de Limoges", "le CHU d'Angers", "l'IUT de Valence", "la sous-préfecture de Die":
    a public establishment named by its kind and its town."""
    for m in PUBLIC_OF_PLACE_RE.finditer(ctx.notes["work"]):
        if overlaps(ctx, m.start(), m.end()) or NOT_PLACE.match(m.group("place")):
            continue
        kind = m.group("kind")
        name = clean_space(kind[:1].upper() + kind[1:] + " " + m.group("prep").strip() + ("" if m.group("prep").endswith(("'", "’")) else " ")
                           + m.group("place"))
        register_org(ctx, m.start(), m.end(), name, "PublicBody")


# a verb the tagger may take for a noun, right after a name: the name ends before it
_VERB_AFTER_NAME = re.compile(r"\s+(?:compte|comptait|regroupe|réunit|emploie|rassemble|gère|propose|accueille|organise|"
                              r"fédère|accompagne|porte|lance|ouvre|devient|fête|[a-zé]+(?=\s+\d))\b")
_ACR_PAREN = re.compile(r"\((?P<a>[A-Z][A-Z0-9]{2,8})\)")
_ACR_WORD = re.compile(r"[^\W\d_][\w-]*")


def _spelled_acronyms(ctx: Ctx) -> None:
    """"l'Agence de développement économique de la Corse (ADEC)": the words whose initials spell the
    acronym, back to a capitalised first word, are the full name, lower-case words and all."""
    work = ctx.notes["work"]
    for m in _ACR_PAREN.finditer(work):
        acr = m.group("a")
        if fold(acr) in NOT_ORG_ACRONYMS:
            continue
        ss = ctx.sent_span(m.start())[0]
        words = list(_ACR_WORD.finditer(work, max(ss, m.start() - 160), m.start()))
        first = acronym_start([w.group(0) for w in words], acr)
        if first is None or not words[first].group(0)[:1].isupper():
            continue
        s, e = words[first].start(), words[-1].end()
        if len(words) - first < 3 or not re.fullmatch(r"\s*", work[e:m.start()]) or "\n" in work[s:e] \
                or overlaps(ctx, s, m.end()) or work[s:e].isupper() \
                or re.search(r"\b(?:Métropole|Eurométropole|Communauté|Agglomération|Agglo|Département|Région|Ville|Commune)\b", work[s:e]):
            continue  # a collectivité's name is the territories' business
        full = work[s:e]
        register_org(ctx, s, m.end(), full, org_type(full), acr=acr)
        for a in re.finditer(rf"(?<![\w-]){re.escape(acr)}(?![\w-])", work):
            if not overlaps(ctx, a.start(), a.end()):
                register_org(ctx, a.start(), a.end(), full, org_type(full), acr=acr)


_NAME_ONLY = re.compile(rf"[\s:•–-]*(?P<name>{ORG_NAME})")


TOWN_NOT_ORG_POPULATION = 1000


def _named_by_predicate(ctx: Ctx) -> None:
    """"Ker Avel a d'ailleurs adhéré à la CRESS Bretagne", "Ti Récup fête ses dix ans": an unknown
    name that opens a sentence with what only an organisation does is an ESS structure."""
    work = ctx.notes["work"]
    for p in ORG_PREDICATE.finditer(work):  # (rare: look for the name only where the predicate is)
        ss = ctx.sent_span(p.start())[0]
        colon = work.rfind(":", ss, p.start())  # "Bonne nouvelle : Sarthe Coop a rejoint …"
        m = _NAME_ONLY.fullmatch(work, max(ss, colon + 1), p.start())
        if not m:
            continue
        s, e = m.start("name"), m.end("name")
        bare = re.sub(r"^(?:La|Le|Les|L['’])\s*", "", m.group("name"))
        if overlaps(ctx, s, e) or not bare[:1].isupper() or GENERIC_ORG.match(bare) \
                or NOT_PLACE.match(m.group("name")) or fold(bare) in ("elle", "il", "ils", "elles", "cette", "ce", "on", "nous"):
            continue
        full = m.group("name").replace("’", "'")
        towns = [r for r in _cog_find(full, "Commune") if r.name == full and (r.population or 0) >= TOWN_NOT_ORG_POPULATION]
        if towns:
            # "Carmaux a adhéré au RTES": a commune's official name, not an unknown structure
            _coll_mention(ctx, s, e, "Commune", _disambiguate(ctx, towns, s), m.group("name"))
            continue
        register_org(ctx, s, e, m.group("name"), "ESSOrganization")


def _acronyms_of_found(ctx: Ctx) -> None:
    """"la Communauté d'agglomération de l'Albigeois (C2A)", "Mulhouse Alsace Agglomération (m2A)":
    an acronym in brackets right after an actor already found, and its later bare uses, are that actor."""
    work = ctx.notes["work"]
    for s, e, k in list(ctx.spans):
        ent = ctx.entities[k]
        m = re.match(r"\s*\(\s*(?P<acr>[A-Za-z][A-Za-z0-9&-]{2,11})\s*\)", work[e:e + 16])
        if ent.type not in ("Collectivite", "Network", "ESSOrganization", "PublicBody", "Organization") or not m:
            continue
        acr = m.group("acr")
        if sum(c.isupper() or c.isdigit() for c in acr) < 2 or fold(acr) in NOT_ORG_ACRONYMS or fold(acr[0]) != fold(ctx.text[s])[:1] \
                or re.fullmatch(r"[A-Z][a-z]+", acr):
            continue
        for a in re.finditer(rf"(?<![\w-]){re.escape(acr)}(?![\w-])", work):
            if not overlaps(ctx, a.start(), a.end()):
                register(ctx, Mention(a.start(), a.end(), acr, ent.type, ent.name, subtype=ent.subtype, key=next(iter(ent.keys)),
                                      alias_only=True, source="ess_orgs/1"))


POLE_ESS_RE = re.compile(rf"(?<![\w-])[Pp]ôle\s+(?:ESS|de\s+l['’]ESS|de\s+développement\s+de\s+l['’](?:ESS|économie\s+sociale\s+et\s+solidaire))"
                         rf"[ \t]+(?P<n>{ORG_NAME})")


# local branches of national ESS bodies, named after their territory: "la Mission locale du Centre Ouest
# Bretagne", "la Banque alimentaire du Lot", "Restos du cœur de la Creuse"
LOCAL_BRANCH_RE = re.compile(rf"(?<![\w-])(?:Missions?[ \t]+[Ll]ocales?|Banques?[ \t]+[Aa]limentaires?|Restos?[ \t]+du[ \t]+[Cc](?:œ|oe)ur|"
                             rf"Secours[ \t]+(?:[Pp]opulaire|[Cc]atholique)(?:[ \t]+[Ff]rançais)?)[ \t]+"
                             rf"(?:du[ \t]+|de[ \t]+la[ \t]+|de[ \t]+l['’]|des[ \t]+|de[ \t]+|d['’])(?={_CAPW_LOOK}){ORG_NAME}")


def _local_branches(ctx: Ctx) -> None:
    for m in LOCAL_BRANCH_RE.finditer(ctx.notes["work"]):
        s, e = m.start(), m.end()
        if overlaps(ctx, s, e, {"ESSOrganization", "Network", "PublicBody", "Organization"}):
            continue
        # the territory inside is part of the name, not a collectivité the text speaks of
        for x in [x for x in ctx.spans if s <= x[0] and x[1] <= e and ctx.entities[x[2]].type == "Collectivite"]:
            ctx.spans.remove(x)
            coll = ctx.entities[x[2]]
            coll.mentions = [(a, b) for a, b in coll.mentions if (a, b) != (x[0], x[1])]
        if overlaps(ctx, s, e):
            continue
        register_org(ctx, s, e, ctx.text[s:e], "ESSOrganization")


def _local_ess_poles(ctx: Ctx) -> None:
    """"le pôle ESS Bro Montroulez", "le Pôle ESS Lorient-Blavet": a local network of ESS structures."""
    work = ctx.notes["work"]
    for m in POLE_ESS_RE.finditer(work):
        if not overlaps(ctx, m.start(), m.end()) and not GENERIC_ORG.match(m.group("n")):
            register_org(ctx, m.start(), m.end(), work[m.start()].upper() + work[m.start() + 1:m.end()], "Network")


def orgs(ctx: Ctx) -> None:
    work = ctx.notes["work"]
    _acronyms_of_found(ctx)
    _local_ess_poles(ctx)
    _local_branches(ctx)
    _masthead(ctx)
    _letterhead(ctx)
    media_names(ctx)
    _unions_of_scop(ctx)
    _public_of_place(ctx)
    _spelled_acronyms(ctx)
    _named_by_predicate(ctx)
    # "Full Name (ACR)": the acronym becomes an alias of the full name
    for m in ACRO_RE.finditer(work):
        full, acr = m.group("full"), m.group("acr")
        words = full.split()
        if len(words) < 2 or fold(words[0]) in ("les", "des") or words[0].endswith("s") and words[0][0].isupper() and fold(words[0]) not in ("paris",):
            continue
        if fold(acr) in NOT_ORG_ACRONYMS or fold(acr[0]) != fold(words[0][0]):
            continue
        if overlaps(ctx, m.start(), m.end()):
            continue
        register_org(ctx, m.start(), m.end(), full, org_type(full), acr=acr)
        # later bare mentions of the acronym
        for a in re.finditer(rf"(?<![\w-]){re.escape(acr)}(?![\w-])", work):
            if not overlaps(ctx, a.start(), a.end()):
                register_org(ctx, a.start(), a.end(), full, org_type(full), acr=acr)
    for m in TYPED_ORG_RE.finditer(work):
        s, e = m.start("name"), m.end("name")
        if overlaps(ctx, m.start(), e):
            continue
        if m.group("mods") and not _descriptive_words(ctx, m.start("mods"), m.end("mods")):
            continue
        cue = m.group("cue")
        name = m.group("name")
        if len(name) < 2 or NOT_PLACE.match(name) or GENERIC_ORG.match(name):
            continue
        if cue[0].islower() and re.match(r"(?:de|du|des|d['’])[\s']", name) or fold(name) in ("ess",):
            continue
        town = re.match(r"(?:de\s|d['’]\s?)(?P<t>.+)$", name)
        if town and cue in ("Scop", "SCOP", "SCIC", "Scic", "SIAE", "CAE", "PTCE") and _cog_find(town.group("t").replace("’", "'"), "Commune"):
            continue  # "Scop d'Issoudun": a cooperative of that town, described, not named
        acr_after = re.match(r"\s*\(\s*([\w-]+)\s*\)", work[e:e + 20])
        if acr_after and fold(acr_after.group(1)) in NOT_ORG_ACRONYMS or \
                re.match(r"(?:cooperatives?|societes?) (?:cooperatives? )?(?:d'interet collectif|ouvrieres? de production|et participatives?)|"
                         r"(?:d'interet collectif|ouvriere)", fold(name)):
            continue  # a legal form ("Société coopérative d'intérêt collectif (SCIC)"), not an organisation
        if name[:1] in "«\"“":
            name = name.strip("«»\"“” ")
        elif cue[0].islower():
            from .phrases import complement
            e2 = complement(ctx, s, maxw=6)
            verb = _VERB_AFTER_NAME.search(work, e, e2) if e2 > e else None
            e2 = verb.start() if verb else e2  # "l'association Trièves Solidaire | compte 30 adhérents"
            if e2 > e:
                e = e2
                name = work[s:e]
            register_org(ctx, m.start(), e, name, org_type(cue + " " + (m.group("mods") or "")), surface=work[m.start():e])
            continue
        if cue in ("SCIC", "Scic", "Scop", "SCOP", "SIAE", "PTCE", "CAE") and not m.group("mods"):
            # "la SCIC La Fabrique du Val": the legal form is not part of the name (both forms are kept)
            from .phrases import complement
            e = max(e, complement(ctx, s, maxw=8))
            aside = re.search(r"\s+(?:aux\s+côtés|avec|auprès|ainsi|grâce|dont|qui|depuis|en\s+\d{4})\b|"
                              r"\s+et\s+(?:de\s+|du\s+|des\s+|d['’])?(?:l['’]|la\s+|le\s+|les\s+)?(?i:association|coopérative|scop|scic|"
                              r"entreprise|structure|ressourcerie|recyclerie|ville|commune|communauté|régie|fondation)\b", work[s:e])
            if aside:
                e = s + aside.start()  # "le PTCE X aux côtés de la Scop Y": the name ends before the company it keeps
            register_org(ctx, m.start(), e, work[s:e], "ESSOrganization", surface=work[m.start():e])
            continue
        if cue[0].isupper() and not re.match(r"(?i)tiers|ressourcerie|recyclerie|[ée]picerie|siae|chantier|entreprise d", cue) \
                and (cue == "Radio" or not (m.start() == 0 or re.search(r"(?:^|[.!?:•\n])\s*$", work[max(0, m.start() - 3):m.start()]))):
            from .phrases import complement
            e = max(e, complement(ctx, m.start("name"), maxw=8))
            # "Régie rurale de X", "Fédération Y": the cue is part of the name
            register_org(ctx, m.start(), e, work[m.start():e], org_type(m.group(0)))
        elif cue[0].isupper() and re.match(r"(?:de|du|des|d['’])[\s']", name):
            # "Ressourcerie du Tonkin": a name made of the cue and its complement
            register_org(ctx, m.start(), e, work[m.start():e], org_type(cue + " " + (m.group("mods") or "")))
        else:
            register_org(ctx, m.start(), e, name, org_type(cue + " " + (m.group("mods") or "")), surface=m.group(0))
    # capitalised network nouns open a proper name: "Union régionale des structures d'insertion ..."
    from .phrases import complement
    for m in NAMED_NETWORK_RE.finditer(work):
        s = m.start()
        if s == 0 or overlaps(ctx, s, m.end()) or _in_quote(ctx, s) or re.search(r"(?:^|[.!?:•\n])\s*$", work[max(0, s - 3):s]):
            continue
        e = complement(ctx, m.end(), maxw=8)
        # a long name cut short before its acronym: "Réseau européen des villes et régions de l'économie sociale (REVES)"
        acr = re.match(r"(?:\s+[a-zéèêàç'’-]+){1,3}?\s+\((?P<a>[A-Z][A-Za-z]{2,8})\)", work[e:e + 60])
        if acr and acr.group("a")[0] == work[s] and e - m.end() >= 3:
            e = e + acr.start("a") - 2
        # "la Chambre d'agriculture du Jura et Terre de Liens …": a second name after a place ends the first
        # (not "des Scop et Scic", one union's name)
        two = re.search(r"\s[A-ZÉÈÎ][\w'’-]+(?=\s+et\s+(?!(?:Scic|SCIC|Scop|SCOP|Cie)\b)[A-ZÉÈÎ])", work[m.end():e])
        if two:
            e = m.end() + two.end()
        if e - m.end() < 3 or overlaps(ctx, s, e):
            continue
        name = work[s:e]
        register_org(ctx, s, e, name, org_type(name))
    # "Énergie Partagée, le mouvement qui fédère ...": a name typed by its apposition
    for m in DESCRIBED_RE.finditer(work):
        s, e = m.start("name"), m.end("name")
        if overlaps(ctx, s, e) or _in_quote(ctx, s) or GENERIC_ORG.match(m.group("name")) or not re.search(r"[^\W\d_]", m.group("name")) \
                or re.search(r"(?:^|[.!?:•\n])\s*$", work[max(0, s - 3):s]) and len(m.group("name").split()) == 1:
            continue
        if PERSON_RE.fullmatch(m.group("name")) and not re.match(
                r"(?i)coopérative|association|mutuelle|scic|scop|structure|épicerie|recyclerie|ressourcerie|tiers-lieu|régie|ptce|"
                r"chantier|incubateur|couveuse|légumerie|garage|café",
                m.group("d")):
            continue  # "Synergies Scarpe, coopérative d'activité ...": a name shaped like a person's, typed by its kind
        tok = ctx.notes["tok_at"].get(s)
        if tok is not None and tok.pos_ in ("VERB", "AUX") or re.search(r"\b(?:en|depuis)\s+\d{4}$", m.group("name")) \
                or re.fullmatch(r"(?i)(?:en|dès|depuis|début|fin|mi-|courant)\s*\d{4}", m.group("name")):
            continue  # "Créée en 2017, l'association ...": a participle clause, not a name
        typ = org_type(m.group("name"), m.group("d"))
        if re.match(r"\s*(?:d['’]insertion|adaptée|solidaire|sociale|de\s+l['’](?:ESS|économie\s+sociale)|d['’]utilité\s+sociale|"
                    r"à\s+but\s+d['’]emploi)", work[m.end():m.end() + 40]):
            typ = "ESSOrganization"  # "entreprise d'insertion": an ESS enterprise, not a company
        register_org(ctx, s, e, m.group("name"), typ)
    slot_orgs(ctx)
    territorial_branches(ctx)
    _named_then_kind(ctx)


ESS_KIND_AFTER = (r"ressourcerie|recyclerie|épicerie\s+(?:solidaire|coopérative|sociale|associative)|"
                  r"restaurant\s+(?:associatif|solidaire|d['’]insertion|coopératif)|atelier\s+(?:vélo|chantier\s+d['’]insertion|coopératif|partagé)|"
                  r"chantier\s+d['’]insertion|garage\s+(?:solidaire|associatif)|crèche\s+(?:parentale|associative)|association|coopérative|"
                  r"SCIC|Scic|Scop|SCOP|société\s+coopérative|entreprise\s+(?:d['’]insertion|adaptée|à\s+but\s+d['’]emploi)|"
                  r"régie\s+de\s+quartier|groupement\s+d['’]employeurs|tiers-lieu|couveuse|traiteur\s+d['’]insertion|"
                  r"légumerie|conserverie\s+(?:d['’]insertion|solidaire)|café\s+associatif|structure\s+d['’]insertion|fablab")
NAMED_THEN_KIND = re.compile(
    r"(?:^|(?<=[•:;])|(?<=[•:;–—-]\s)|(?<=\n)|(?<=\sà\s)|(?<=\spar\s)|(?<=\savec\s))\s*(?P<n>(?:L['’]|Le\s|La\s|Les\s)?[A-ZÉ][\w'’-]+"
    r"(?:\s+(?:(?:de|du|des|la|le|l['’]|et|à|en|sur|d['’])\s*)?[A-ZÉ0-9][\w'’-]*){0,5})"
    rf"\s*(?:\([^)\n]{{2,30}}\)\s*)?,\s*(?:(?:un|une|l['’]|le|la)\s*)?(?:(?:petite?|jeune|nouvelle?|ancienne?)\s+)?(?:{ESS_KIND_AFTER})\b",
    re.MULTILINE)


def _named_then_kind(ctx: Ctx) -> None:
    """A name at the start of a line, bullet or clause, then what it is: "• Les Ateliers du Landy, ressourcerie
    installée à …", "La Cantine des Arènes (Nîmes), restaurant associatif": an ESS structure."""
    work = ctx.notes["work"]
    for m in NAMED_THEN_KIND.finditer(work):
        s, e = m.start("n"), m.end("n")
        name = m.group("n")
        if overlaps(ctx, s, e) or len(name) < 4 or GENERIC_ORG.match(name) or NOT_PLACE.match(name):
            continue
        if re.match(r"(?i)(?:prix|troph|coup|mention|lauréat|catégorie|atelier|table|forum|le\s+prix|la\s+ville|le\s+département)", name):
            continue
        tok = ctx.notes.get("tok_at", {}).get(s)
        if re.search(r"\b(?:19|20)\d\d\b", name) or tok is not None and tok.pos_ in ("VERB", "AUX") \
                or re.match(r"(?:Créée?s?|Fondée?s?|Lancée?s?|Installée?s?|Née?s?|Basée?s?|Implantée?s?|Portée?s?|Soutenue?s?)\b", name):
            continue  # "Créée en 2017, l'association …": a participle clause, not a name
        register_org(ctx, s, e, name, "ESSOrganization")


def _descriptive_words(ctx: Ctx, s: int, e: int) -> bool:
    """"coopérative [de livraison à vélo] Les Coursiers rennais": the words between the kind and
    the name describe it (nouns, adjectives, prepositions), they are not a clause ("présente à")."""
    toks = [t for i, t in ctx.notes["tok_at"].items() if s <= i < e]
    if not toks or len(toks) > 6:
        return False
    if fold(ctx.notes["work"][s:e]).split()[-1] in ("de", "d'", "du", "des", "a", "au", "aux", "en", "pour", "la", "le", "les", "l'"):
        return False  # "association de Rennes": a place after a preposition, not a name
    # spaCy may tag "coopérative", "solidaire" as verbs here: adjectives of kind are accepted by their ending
    # "coopérative d'activités et d'emploi X": a coordination of nouns, with its articles, describes it too
    return all(t.pos_ in ("NOUN", "ADJ", "ADP", "PROPN") or re.search(r"(?:ive|aire|elle|ale|ienne|ique|ées?|és?)$", t.text)
               or t.pos_ == "CCONJ" and t.text == "et" or t.pos_ == "DET" and fold(t.text) in ("l'", "la", "le", "les")
               for t in toks)


DESCRIBED_RE = re.compile(rf"(?<![\w'’-])(?P<name>{ORG_NAME})\s*,\s*(?:(?:le|la|l['’]|une?)\s*)?"
                          rf"(?:(?:nouvel(?:le)?|nouveau|jeune|petite?|premi(?:er|ère)|futur|future|seule?)\s+)?"
                          rf"(?P<d>mouvement|réseau|fédération|association|"
                          rf"coopérative|collectif|union|plateforme|entreprise|structure|mutuelle|fondation|média|journal|radio|"
                          rf"pôle\s+territorial|PTCE|SCIC|Scic|Scop|SCOP|épicerie|recyclerie|ressourcerie|tiers-lieu|régie|groupement|"
                          rf"chantier\s+d['’]insertion|incubateur|couveuse|légumerie|garage\s+solidaire|café\s+associatif)\b")


NAMED_NETWORK_RE = re.compile(r"(?<![\w-])(?:Union|Fédération|Confédération|Réseau|Chambre|Mouvement|Collectif|Groupement|Coordination)"
                              r"(?=\s+(?:[a-zéè]+\s+){0,2}(?:des|de la|de l['’]|du|de|d['’]))")


def propagate(ctx: Ctx) -> None:
    """Every later occurrence of a name already found is a mention too ("l'association
    Optim-ism ... directrice d'Optim-ism")."""
    work = ctx.notes["work"]
    forms: dict[str, str] = {}
    for k, e in ctx.entities.items():
        if e.type in ("Event", "Convention", "Publication", "Club"):
            continue
        for f in {e.name, *e.surfaces}:
            f = f.strip()
            if len(f) >= 3 and not GENERIC_ORG.match(f) and f[:1].isupper() and not f.isdigit():
                forms.setdefault(f, k)
    if not forms:
        return
    alt = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    for m in re.finditer(rf"(?<![\w-])(?:{alt})(?![\w-])", work):
        if overlaps(ctx, m.start(), m.end()) or _in_quote(ctx, m.start()):
            continue
        k = forms[m.group(0)]
        ent = ctx.entities[k]
        register(ctx, Mention(m.start(), m.end(), ctx.text[m.start():m.end()], ent.type, ent.name, subtype=ent.subtype,
                              key=next(iter(ent.keys)), alias_only=True, source="ess_propagate/1"))
    _initialisms(ctx)
    _short_forms(ctx)
    generic_collectivites(ctx)
    _surnames(ctx)


# heads many names share: "la Maison" alone says nothing of which one
_SHARED_HEADS = {"maison", "centre", "union", "federation", "association", "reseau", "communaute", "ville", "region",
                 "conseil", "chambre", "club", "comite", "collectif", "groupe", "societe", "entreprise", "cooperative",
                 "fondation", "mutuelle", "caisse", "agence", "institut", "office", "pole", "espace", "atelier", "jardin",
                 "jardins", "ecole", "france", "grand", "petit", "petite", "nouvelle", "nouveau", "territoires"}


def _short_forms(ctx: Ctx) -> None:
    """"la Fabrique", "la Grange" in an article about "la Fabrique des Tilleuls" or "La Grange
    Commune": the press shortens a structure's name to its first word once it has given it whole."""
    work = ctx.notes["work"]
    heads: dict[str, set] = {}
    for k, e in ctx.entities.items():
        if e.type != "ESSOrganization" or not e.mentions:
            continue
        words = re.sub(r"^(?:[Ll]es?\s+|[Ll]a\s+|[Ll]['’])", "", e.name).split()
        if len(words) >= 2 and words[0][:1].isupper() and len(words[0]) >= 4 and words[0].isalpha() \
                and fold(words[0]) not in _SHARED_HEADS and not GENERIC_ORG.match(words[0]):
            heads.setdefault(words[0], set()).add(k)
    for w, ks in heads.items():
        if len(ks) != 1:
            continue
        ent = ctx.entities[next(iter(ks))]
        for m in re.finditer(rf"(?:(?<=\b[Ll]a\s)|(?<=\b[Ll]e\s)|(?<=\b[Ll]['’])){re.escape(w)}(?![\w'’-])(?!\s+(?:[A-ZÉ]|d[eu]s?\s+[A-ZÉ]|d['’][A-ZÉ]))", work):
            if m.start() > ent.first and not overlaps(ctx, m.start(), m.end()) and not _in_quote(ctx, m.start()):
                register(ctx, Mention(m.start(), m.end(), ctx.text[m.start():m.end()], ent.type, ent.name, subtype=ent.subtype,
                                      key=next(iter(ent.keys)), alias_only=True, extra={"no_surface": True},
                                      source="ess_propagate/1"))


_INITIAL_STOP = {"de", "du", "des", "la", "le", "les", "et", "pour", "en", "a", "au", "aux", "sur"}


def _initials(name: str) -> str:
    words = [re.sub(r"^[ldLD]['’]", "", w) for w in re.findall(r"[\w'’]+", name)]
    return "".join(w[0] for w in words if w and fold(w) not in _INITIAL_STOP).upper()


def _initialisms(ctx: Ctx) -> None:
    """"la MEL" in a text that names "la Métropole Européenne de Lille": an acronym used without
    parentheses is the one named actor whose initials it spells."""
    work = ctx.notes["work"]
    for m in re.finditer(r"(?<![\w-])[A-Z]{3,6}(?![\w-])", work):
        if overlaps(ctx, m.start(), m.end()):
            continue
        cands = {k for k, e in ctx.entities.items()
                 if e.type in ("Collectivite", "Network", "ESSOrganization", "PublicBody", "Organization")
                 and any(len(f.split()) >= 3 and _initials(f) == m.group(0) for f in {e.name, *e.surfaces})}
        if len(cands) != 1:
            continue
        ent = ctx.entities[next(iter(cands))]
        register(ctx, Mention(m.start(), m.end(), m.group(0), ent.type, ent.name, subtype=ent.subtype,
                              key=next(iter(ent.keys)), alias_only=True, source="ess_propagate/1"))


CIVIL_RE = re.compile(rf"(?<![\w-])(?:M\.|Mme|Mlle|Monsieur|Madame)\s+(?P<last>{LAST})(?![\w-])")


def _surnames(ctx: Ctx) -> None:
    """"M. Dechy", or "Dechy" alone after "François Dechy": the same person; a surname that is
    never given with a first name is a person named by it alone ("Mme Planchou")."""
    work = ctx.notes["work"]
    by_last: dict[str, list[str]] = {}
    for k, e in ctx.entities.items():
        if e.type == "Person" and " " in e.name:
            by_last.setdefault(e.name.split(" ", 1)[1], []).append(k)
    for m in CIVIL_RE.finditer(work):
        s, e = m.start("last"), m.end("last")
        if overlaps(ctx, s, e):
            continue
        last = person_name("X", m.group("last")).split(" ", 1)[1]
        ks = by_last.get(last, [])
        if len(ks) == 1:
            ent = ctx.entities[ks[0]]
            register(ctx, Mention(s, e, ctx.text[s:e], "Person", ent.name, key=next(iter(ent.keys)), alias_only=True,
                                  extra={"no_surface": True}))
        elif not ks and not fold(last) in PERSON_STOP:
            register(ctx, Mention(s, e, ctx.text[s:e], "Person", last, key="p:" + norm(last), source="ess_persons/1"))
    for last, ks in by_last.items():
        if len(ks) != 1 or len(last) < 4:
            continue
        ent = ctx.entities[ks[0]]
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(last)}(?![\w-])", work):
            if not overlaps(ctx, m.start(), m.end()) and not _in_quote(ctx, m.start()):
                register(ctx, Mention(m.start(), m.end(), ctx.text[m.start():m.end()], "Person", ent.name,
                                      key=next(iter(ent.keys)), alias_only=True, extra={"no_surface": True}))


BRANCH_OF = re.compile(r"(?:\s+et\s+(?:de\s+la|de\s+l['’]|du|des|de)\s*[a-zéèêô]+(?:\s+[a-zéèêô]+)?)?"
                       r"\s+(?:de\s+la\s+|de\s+l['’]\s?|du\s+|des\s+|de\s+|d['’]\s?)|[ \t]+(?=[A-ZÉ])")


def territorial_branches(ctx: Ctx) -> None:
    """"la Maison de l'emploi et de la formation de Villeurbanne", "Insee Centre-Val de Loire",
    "la Mission locale du Grand Nancy": the place ends the organisation's name (a local branch);
    it is not a mention of the collectivité (the annotation rules leave such places out)."""
    import bisect
    work = ctx.notes["work"]
    for s, e, k in list(ctx.spans):
        ent = ctx.entities[k]
        if ent.type not in ("ESSOrganization", "Organization", "PublicBody", "Network") or (s, e, k) not in ctx.spans:
            continue
        m = BRANCH_OF.match(work, e)
        if not m or "\n" in m.group(0):
            continue
        nxt = [x for x in ctx.spans if x[0] == m.end() and ctx.entities[x[2]].type == "Collectivite"]
        bare = not m.group(0).strip()
        if not nxt:
            # a région or département no component marked ("Insee Centre-Val de Loire", "du Val-d'Oise")
            pe = _territory_name_end(work, m.end())
            if pe is None or overlaps(ctx, m.end(), pe):
                continue
            ce = pe
            _extend_org(ctx, s, e, k, ce)
            continue
        cs, ce, ck = nxt[0]
        coll = ctx.entities[ck]
        if bare and coll.subtype not in ("Region", "Departement"):
            continue  # "Insee Centre-Val de Loire": only a région or département follows a name directly
        if ent.type == "Network" and ent.extra.get("named_by_authority") and not bare:
            continue  # gazetteer networks have their own regional forms (CRESS de Bretagne)
        if re.search(r"[»\"”]$", work[s:e]) or fold(work[e:cs]).strip() in ("a", "au", "en"):
            continue
        _extend_org(ctx, s, e, k, ce)
        ctx.spans.remove((cs, ce, ck))
        coll.mentions = [(a, b) for a, b in coll.mentions if (a, b) != (cs, ce)]


def _extend_org(ctx: Ctx, s: int, e: int, k: str, ce: int) -> None:
    import bisect
    ent = ctx.entities[k]
    ctx.spans.remove((s, e, k))
    bisect.insort(ctx.spans, (s, ce, k))
    ent.mentions = [(a, ce) if (a, b) == (s, e) else (a, b) for a, b in ent.mentions]
    long_name = clean_space(ctx.text[s:ce])
    if norm(ent.name) in norm(long_name):
        ent.name = re.sub(r"^(?:l['’]|la |le |les )", "", long_name)
    ent.add_surface(ctx.text[s:ce])


_TERRITORY_WORDS = re.compile(r"[A-ZÉÈÎ][\w'’-]*(?:[ \t]+(?:(?:de|du|des|et)[ \t]+)?[A-ZÉÈÎ][\w'’-]*){0,4}")


def _territory_name_end(work: str, pos: int) -> Optional[int]:
    """End of a région or département name written at ``pos`` (longest first), else None."""
    from . import territory
    m = _TERRITORY_WORDS.match(work, pos)
    if not m:
        return None
    words = list(re.finditer(r"\S+", m.group(0)))
    for w in reversed(words):
        cand = work[pos:pos + w.end()]
        f = fold(cand).replace("-", " ")
        if any(fold(r).replace("-", " ") == f for r in [*territory.REGIONS.values(), *territory.FORMER_REGIONS]) or \
                any(fold(d[0]).replace("-", " ") == f for d in territory.DEPARTEMENTS.values()):
            return pos + w.end()
    return None


def slot_orgs(ctx: Ctx) -> None:
    """Capitalised names right after relation cues ("animé par X", "en partenariat avec Y, Z")."""
    work = ctx.notes["work"]
    for c in SLOT_CUES.finditer(work):
        pos = c.end()
        for _ in range(8):
            m = NP_RE.match(work, pos)
            if not m or not m.group("name"):
                break
            s, e = m.start("name"), m.end("name")
            name = m.group("name")
            from .lexicon import CONVENTION_RE, EVENT_HEAD_RE, PUB_HEAD_RE
            if EVENT_HEAD_RE.match(fold(name)) or PUB_HEAD_RE.match(fold(name)) or CONVENTION_RE.match(fold(name)) \
                    or re.match(r"\d", name):  # "…, le 5 mars": a date ends the list
                break  # "Organisée par X et Y, la Journée régionale …", "Réalisé par X, le Guide …": the thing, not one more actor
            if not overlaps(ctx, s, e) and not NOT_PLACE.match(name) and not re.match(rf"{ROLE_HEAD}", fold(name)) \
                    and not GENERIC_ORG.match(name) and not _in_quote(ctx, s):
                toks = name.split()
                pm = PERSON_RE.fullmatch(name)
                crec = [r for r in _cog_find(name, "Commune") if fold(r.name) == fold(name)] if len(toks) <= 4 else []
                # "co-organisée avec Grand Poitiers": an intercommunality named without its legal form
                erec = [r for r in _cog_find(name, "EPCI") if r.kind == "EPCI" and fold(r.name).endswith(fold(name))] \
                    if not crec and 2 <= len(toks) <= 4 and toks[0] in ("Grand", "Grande") else []
                owner = [k for k, en in ctx.entities.items() if name.isupper() and len(name) >= 3
                         and any(su.startswith(name + " ") or f"({name})" in su for su in en.surfaces)] if len(toks) == 1 else []
                if owner:
                    # "le PETR" after "PETR Pays Midi-Quercy": the entity named with that acronym
                    en = ctx.entities[owner[0]]
                    register(ctx, Mention(s, e, ctx.text[s:e], en.type, en.name, subtype=en.subtype,
                                          key=next(iter(en.keys)), alias_only=True))
                elif crec:
                    # a commune named as an actor ("signée par Coorace et par Lille")
                    _coll_mention(ctx, s, e, "Commune", _disambiguate(ctx, crec, s), name)
                elif erec:
                    _coll_mention(ctx, s, e, "EPCI", erec[0], name, surface=name)
                elif pm and _valid_person_tokens(toks) and _looks_person(ctx, s, e):
                    pn = person_name(pm.group("first"), pm.group("last"))
                    register(ctx, Mention(s, e, ctx.text[s:e], "Person", pn, key="p:" + norm(pn), source="ess_orgs/1"))
                elif not (len(toks) == 1 and toks[0].lower() in ("club",)) and not fold(name).startswith(("club", "etat")) \
                        and fold(name) not in NOT_ORG_ACRONYMS:  # "Tisserands & Cie, la CAE …": a legal form, no actor
                    tok = ctx.notes["tok_at"].get(s)
                    first_noun = tok is not None and tok.pos_ == "NOUN"
                    if len(toks) == 1 and (ESS_CUES.match(fold(name)) or first_noun) or NETWORK_CUES.match(fold(name)) \
                            or PUBLIC_CUES.match(fold(name)):
                        from .phrases import complement
                        e2 = complement(ctx, e, maxw=5)
                        if e2 > e and (re.match(r"\s(?:de|du|des|d['’])", work[e:e + 4]) or first_noun):
                            # "du Pacte civique et de la Fédération X": the list goes on, the name stops
                            cut = re.search(r"\s+et\s+(?:de\s+la\s|de\s+l['’]|du\s|des\s|de\s|d['’])", work[e:e2])
                            e = e + cut.start() if cut else e2
                            name = work[s:e]
                    d = DESCR_RE.match(work, e)
                    register_org(ctx, s, e, name, org_type(name, d.group("d") if d else None))
            sep = LIST_SEP.match(work, m.end())
            if not sep or sep.end() == m.end():
                break
            pos = sep.end()


GENERIC_ORG = re.compile(r"^(?:R[ée]gion|D[ée]partement|Ville|M[ée]tropole|Eurom[ée]tropole|Commune|Mairie|Etat|État|ESS|Club|Europe|France|"
                         r"Communaut[ée](?:\s+(?:de\s+communes|d['’]agglom[ée]ration|urbaine))?|"
                         r"Agglom[ée]ration|Territoire|Intercommunalit[ée]|Pr[ée]fecture|Conseil|Union|Association|Collectivit[ée]s?|Gouvernement|Minist[èe]re)$")


def _looks_person(ctx: Ctx, s: int, e: int) -> bool:
    per = ctx.notes.get("per", [])
    tok = ctx.notes["tok_at"].get(s)
    first_pos = tok.pos_ if tok is not None else None
    if any(ps <= s < pe for ps, pe in per) and first_pos == "PROPN":
        return True
    return re.match(rf"\s*,\s*(?:l'|le |la )?{ROLE_HEAD}", fold(ctx.notes["work"][e:e + 60])) is not None
