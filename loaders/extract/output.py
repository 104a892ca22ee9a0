"""Turning the working state into the typed `Extraction` (graph.model)."""
from __future__ import annotations

import re
from typing import Optional

from graph.model import DocumentMeta, Entity, EntityAttrs, Extraction, Relation, Span

from .base import Ctx, acronym_start, fold, norm

ATTR_TYPES = {"Event": ("date", "end_date", "place", "kind"), "Convention": ("date", "kind"), "Publication": ("kind",)}


def _span(ctx: Ctx, s: int, e: int) -> Span:
    s, e = sorted((s, e))  # a relation stated right to left ("à Die ... l'inauguration") ends before it starts
    s, e = max(0, s), min(len(ctx.text), e)
    ss, se = ctx.sent_span(s)
    if not ctx.text[s:e].strip():  # an implicit subject ("Nous co-organisons"): the sentence is the evidence
        s, e = ss, se
    return Span(start=s, end=e, text=ctx.text[s:e], sentence=ctx.text[ss:se].strip() or None)


_OWNED_HEADS = {"assemblee generale", "ag", "congres", "seminaire", "universite d'ete", "anniversaire", "forum", "salon",
                "rencontre", "journee", "conseil d'administration"}


def _of(name: str) -> str:
    """French "of" before an organisation's name: "du RTES", "de l'AMIF", "de la CRESS X", "de Sarthe Coop"."""
    if re.match(r"(?:CRESS|Région|Ville|Métropole|Communauté|Chambre|Fédération|Union|Ligue|Maison|Mission)\b", name):
        return "de la " if not re.match(r"Métropole\b", name) or name.startswith("Métropole ") else "de "
    if re.match(r"[AEIOUÉ]", name) and (name.isupper() or re.match(r"[AEIOUÉ][A-Z]", name)):
        return "de l'"
    if re.fullmatch(r"[A-Z][A-Z&-]{1,9}", name):
        return "du "
    return "de "


def event_name_variants(ctx: Ctx, key: str) -> list[str]:
    """Other names an annotator may give the event: with its year ("Forum X 2014"), and for a
    general assembly, congress... with its organiser ("Assemblée générale 2022 du RTES")."""
    ent = ctx.entities[key]
    out = []
    year = (ent.attrs.get("date") or "")[:4]
    has_year = re.search(r"\b(?:19|20)\d\d\b", ent.name) is not None
    if re.fullmatch(r"(?:19|20)\d\d", year) and not has_year:
        out.append(f"{ent.name} {year}")
    if ent.extra.get("head") in _OWNED_HEADS and len(ent.name.split()) <= 3:
        owners = [ctx.entities[r.source].name for r in ctx.rels if r.type == "organizes" and r.target == key
                  and ctx.entities[r.source].type != "Person"]
        if len(owners) == 1 and owners[0] not in ent.name:
            base = ent.name if has_year or not year else f"{ent.name} {year}"
            out.append(f"{ent.name} {_of(owners[0])}{owners[0]}")
            out.append(f"{base} {_of(owners[0])}{owners[0]}")
    # "Assemblée générale de la Chambre régionale de l'ESS Rhône-Alpes" is also "Assemblée générale 2015
    # de la CRESS Rhône-Alpes": the owner under its usual name, the year after the kind of meeting
    own = _OWNER.match(ent.name)
    if ent.extra.get("head") in _OWNED_HEADS and own and not has_year:
        owner = norm(own.group("owner"))
        for other in ctx.entities.values():
            if other.type in ("Network", "ESSOrganization", "Organization", "PublicBody", "Club", "Collectivite") \
                    and other.mentions and owner in {norm(x) for x in (other.name, *other.surfaces)}:
                head = own.group("head")
                out.append(f"{head} {_of(other.name)}{other.name}")
                if re.fullmatch(r"(?:19|20)\d\d", year):
                    out.append(f"{head} {year} {_of(other.name)}{other.name}")
                break
    # "Atelier 2 | Commande publique" and "Table ronde : X" are also written "Atelier 2 « Commande publique »"
    sep = re.fullmatch(r"(?P<head>[^|:«»]{3,40}?)\s*[|:]\s*(?P<title>[^|:«»]{3,})", ent.name)
    if sep:
        out.append(f"{sep.group('head')} « {sep.group('title')} »")
    # as the text writes it: with the adjective before the noun ("prochaine rencontre du Club ..."),
    # and without a leading ordinal ("troisième Forum X" is also "Forum X")
    for s, e in sorted(set(ent.mentions)):
        adj = _ADJ_BEFORE.search(ctx.text[max(0, s - 30):s])
        if adj:
            out.append(ctx.text[s - len(adj.group(0)):e].strip())
        lead = _ADJ_LEAD.match(ctx.text[s:e])
        if lead and e - s - lead.end() > 6:
            out.append(ctx.text[s + lead.end():e])
        # "la table ronde consacrée aux circuits courts": the description is how the text names it
        about = _DEVOTED.match(ctx.text, e)
        if about:
            described = ctx.text[s:about.end()].strip()
            out.append(described)
            out.append(_ON.sub(lambda m: _ON_ART[re.sub(r"\s", "", fold(m.group(1))).replace("’", "'")], described, count=1))
    # "Webinaire consacré aux coopérations" is also written "Webinaire sur les coopérations"
    if _ON.search(ent.name):
        out.append(_ON.sub(lambda m: _ON_ART[re.sub(r"\s", "", fold(m.group(1))).replace("’", "'")], ent.name, count=1))
    # "une conférence de Marie Guillou, maîtresse de conférences …, sur le poids de l'ESS": "Conférence sur …"
    for s, e in sorted(set(ent.mentions)):
        by = re.match(r"(?i)(?P<h>conférence|intervention|présentation|table\s+ronde|atelier)(?:\s+inaugurale)?\s+(?:de|d['’])\s", ctx.text[s:e])
        if by and any(ctx.entities[k].type == "Person" for a, b, k in ctx.spans if s < a < e):
            about = re.match(r"(?:,[^,;.]{0,140},)?\s+(?P<t>sur\s+(?:le|la|les|l['’])\s*[^,;.:()\n]{3,80}?)(?=[,;.:()\n]|\s+(?:animée?|qui|avec)\b)",
                             ctx.text[e:e + 220])
            if about:
                out.append(f"{by.group('h')[:1].upper()}{by.group('h')[1:]} {about.group('t')}")
    # "AG du RTES" is "Assemblée générale du RTES"; "Cinquième remise des Trophées X" is the Trophées X
    # of that year ("Trophées X 2015"), the ceremony and the awards being one occurrence
    for base in [ent.name, *ent.surfaces]:
        if base.startswith("AG "):
            out.append("Assemblée générale " + base[3:])
        prize = _PRIZE_GIVING.match(base)
        if prize:
            core = prize.group("core")
            core = core[:1].upper() + core[1:]
            out.append(core)
            if re.fullmatch(r"(?:19|20)\d\d", year) and not re.search(r"\b(?:19|20)\d\d\b", core):
                out.append(f"{core} {year}")
    out += _launch_of_the_month(ctx, ent, year)
    # "Lancement du pôle territorial de coopération économique (PTCE) X" is also "Lancement du PTCE X"
    short = _acronym_only(ent.name)
    if short:
        out.append(short)
    return out


_LAUNCH = re.compile(r"(?i)(?:soirée\s+de\s+)?lancement(?:\s+(?P<q>régional|national|officiel|départemental|métropolitain))?"
                     r"(?:\s+du\s+Mois(?:\s+de\s+l['’](?:ESS|économie\s+sociale\s+et\s+solidaire))?)?")


def _launch_of_the_month(ctx: Ctx, ent, year: str) -> list[str]:
    """"le lancement régional" in a text on the Mois de l'ESS is the launch of that month: "Lancement
    régional du Mois de l'ESS 2016", also with the region ("… en Bretagne")."""
    if ent.extra.get("head") != "lancement" or not _LAUNCH.fullmatch(ent.name):
        return []
    months = [e for e in ctx.entities.values() if e.type == "Event" and e.mentions and e.extra.get("head") == "mois de l'ess"]
    if not months:
        return []
    y = year or next((m.attrs.get("date", "")[:4] for m in months if m.attrs.get("date")), "") or (ctx.doc_date or "")[:4]
    q = _LAUNCH.fullmatch(ent.name).group("q")
    stem = "Lancement" + (f" {q.lower()}" if q else "") + " du Mois de l'ESS"
    out = [stem]
    if re.fullmatch(r"(?:19|20)\d\d", y):
        out.append(f"{stem} {y}")
        regions = {re.sub(r"^(?:CRESS|Région)\s+", "", e.name) for e in ctx.entities.values() if e.mentions
                   and (e.type == "Network" and e.name.startswith("CRESS ") or e.type == "Collectivite" and e.subtype == "Region")}
        if len(regions) == 1:
            out.append(f"{stem} {y} en {regions.pop()}")
    return out


_OWNER = re.compile(r"(?P<head>[^\W\d][^\d]*?)\s+(?:de\s+la|du|des|de\s+l['’]|de)\s*(?P<owner>[A-ZÉ].+)$")
_PRIZE_GIVING = re.compile(r"(?i)(?:\w+ième\s+|\d+(?:e|è|ème)\s+)?(?:cérémonie\s+de\s+)?remise\s+(?:des|du|de\s+la|de\s+l['’])\s*"
                           r"(?:(?:\w+ième|\d+(?:e|è|ème))\s+édition\s+(?:des|du|de\s+la|de\s+l['’])\s*)?"
                           r"(?P<core>(?:troph[ée]es?|prix)\b.{3,})")


def _acronym_only(name: str) -> Optional[str]:
    """"Lancement du pôle territorial de coopération économique (PTCE) X" -> "Lancement du PTCE X": the
    words whose initials spell the acronym give way to it."""
    m = re.search(r"\s\((?P<a>[A-Z][A-Za-z]{1,7})\)", name)
    if not m:
        return None
    acro = m.group("a").upper()
    words = list(re.finditer(r"[\w-]+", name[:m.start()]))
    i = acronym_start([w.group(0) for w in words], acro)
    if i is None:
        return None
    return re.sub(r"\s+", " ", name[:words[i].start()] + acro + name[m.end():]).strip()


# "consacrée aux circuits courts" is also written "sur les circuits courts"
_ON = re.compile(r"\b(?:consacr|dédi)[ée]e?s?\s+(à\s+la\s|à\s+l['’]|aux\s|au\s|à\s)")
_ON_ART = {"ala": "sur la ", "al'": "sur l'", "aux": "sur les ", "au": "sur le ", "a": "sur "}
# words that end the description: a participle ("animée par"), a relative, or a verb ("… sera animée")
_STOP = r"(?:(?:anim|organis|propos|prévu)\w*|qui|dont|où|avec|lors|en\s+présence|sera|seront|est|sont|a|ont|aura|auront|était|fut|y|lui|elle)\b"
_DEVOTED = re.compile(rf"\s+(?:consacr|dédi)[ée]e?s?\s+(?:à\s+la|à\s+l['’]|au|aux|à)\s*"
                      rf"(?:(?!{_STOP})[\w'’-]+\s*){{1,9}}?"
                      rf"(?=[,;.:()\n«»]|\s+(?:{_STOP}|le\s+\d|\d)|$)")


_ADJ = r"(?:prochaine?s?|premi(?:er|ère)s?|derni(?:er|ère)s?|nouvelle|nouveau|grande?|traditionnelle|seconde?|\w+ième|\d+(?:e|è|ème|er|re))"
_ADJ_BEFORE = re.compile(rf"(?<![\w-]){_ADJ}\s+$", re.IGNORECASE)
_ADJ_LEAD = re.compile(rf"{_ADJ}\s+(?=\S)", re.IGNORECASE)


def build_extraction(ctx: Ctx, meta: DocumentMeta, extractor: str) -> Extraction:
    if meta.date is None and ctx.doc_date:
        meta = meta.model_copy(update={"date": ctx.doc_date})
    used = [k for k, e in ctx.entities.items() if e.mentions and e.name]
    used.sort(key=lambda k: ctx.entities[k].first)
    keymap = {k: f"E{i + 1}" for i, k in enumerate(used)}
    entities = []
    for k in used:
        b = ctx.entities[k]
        aliases = []
        seen = {norm(b.name)}
        for s in [*b.surfaces, *b.extra.get("alt_names", ())]:
            if norm(s) not in seen and s.strip():
                seen.add(norm(s))
                aliases.append(s)
        if b.type == "Event":
            for alt in event_name_variants(ctx, k):
                if norm(alt) not in seen:
                    seen.add(norm(alt))
                    aliases.append(alt)
        if b.type == "Event" and b.extra.get("head") and "kind" not in b.attrs:
            b.attrs["kind"] = b.extra["head"]
        attrs = {a: b.attrs[a] for a in ATTR_TYPES.get(b.type, ()) if b.attrs.get(a)}
        mentions = [_span(ctx, s, e) for s, e in sorted(set(b.mentions))]
        ids = {kk: v for kk, v in b.ids.items() if v}
        entities.append(Entity(key=keymap[k], type=b.type, subtype=b.subtype if b.type == "Collectivite" else None,
                               name=b.name, aliases=aliases, mentions=mentions, attrs=EntityAttrs(**attrs), ids=ids))
    relations = []
    for r in ctx.rels:
        if r.source not in keymap or r.target not in keymap:
            continue
        relations.append(Relation(type=r.type, source=keymap[r.source], target=keymap[r.target], role=r.role,
                                  delegation=r.delegation, evidence=_span(ctx, r.start, r.end)))
    return Extraction(doc=meta, entities=entities, relations=relations, extractor=extractor)
