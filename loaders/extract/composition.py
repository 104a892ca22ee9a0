"""Which collectivité is part of which, as the text states it (relation ``part_of``).

"Est Ensemble regroupe neuf communes : Bagnolet, Bobigny, …", "Fort-de-France est l'une des quatre
communes de la CACEM", "Cap Excellence, dont Baie-Mahault est l'une des trois communes membres",
"Capdenac-Gare fait partie de la communauté de communes du Grand-Figeac", "le PETR fédère trois
intercommunalités : …", "Grand-Orly Seine Bièvre, établissement public territorial de la Métropole du
Grand Paris". Only what the sentence says: no composition is taken from the official registers.
"""
from __future__ import annotations

import re
from typing import Optional

from .base import Ctx, fold
from .collectivites import _place
from .lexicon import PLACE
from .refs import author, list_after

# a part must be a smaller kind of collectivité than the whole
_RANK = {"Commune": 0, "EPT": 1, "EPCI": 1, "Autre": 2}
_GROUPINGS = {"EPCI", "EPT", "Autre"}

_N = (r"(?:(?:vingt|trente|quarante|cinquante|soixante)(?:[- ](?:et[- ])?(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze))?|"
      r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|\d{1,3})")
_PARTS = (r"(?:communes|villes|intercommunalités|communautés\s+de\s+communes|communautés\s+d['’]agglomération|EPCI|"
          r"établissements\s+publics\s+territoriaux|territoires)")
_PART = (r"(?:commune|ville|intercommunalité|communauté\s+de\s+communes|communauté\s+d['’]agglomération|"
         r"établissement\s+public\s+territorial)")
_OF = r"(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*"

# "B regroupe neuf communes : A1, A2 et A3"
GROUPS = re.compile(rf"\b(?:regroup|rassembl|fédèr|réuni(?:ss)?|compren|associ|compt)(?:e|ent|ait|aient|d|nent)?\s+"
                    rf"(?:(?:désormais|aujourd['’]hui|actuellement|depuis\s+\d{{4}})\s+)?(?:les\s+|ses\s+)?(?:{_N}\s+)?{_PARTS}"
                    rf"(?:\s+membres)?\s*(?::|\(|–|—|,\s*(?:à\s+savoir|soit)\b|,(?=\s*(?:la\s+|le\s+|l['’])?(?:communauté|métropole|(?-i:[A-ZÉ])))|"
                    rf",?\s+(?:parmi\s+lesquel(?:le)?s|dont|notamment|en\s+particulier)\b\s*:?)\s*", re.IGNORECASE)
# "qui réunit trente-deux communes, de Mulhouse, sa ville-centre, à Illzach, Wittenheim et Riedisheim",
# "qui regroupe 58 communes, d'Arlanc à Cunlhat en passant par Ambert": a range of communes
# "qui réunit une soixantaine de communes autour de Charleville-Mézières et de Sedan": the towns it is built around
_APPROX = r"(?:une\s+)?(?:dizaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)\s+(?:de\s+|d['’])"
RANGE = re.compile(rf"\b(?:regroup|rassembl|fédèr|réuni(?:ss)?|compt)(?:e|ent|ait|aient|t)?\s+(?:{_N}\s+|{_APPROX})?{_PARTS}"
                   rf"(?:\s*,?\s*(?:de\s+|d['’]\s?)|(?:\s+(?-i:[a-zéèêàâîôûç'’-]+)){{0,4}}?\s+autour\s+(?:de\s+|d['’]\s?))(?=(?-i:[A-ZÉ]))",
                   re.IGNORECASE)
# "qui compte notamment A, B et C parmi ses communes"
COUNTS_AMONG = re.compile(r"\bcompt(?:e|ent|ait)\s+(?:notamment\s+|entre\s+autres\s+)?(?=(?-i:[A-ZÉ]))", re.IGNORECASE)
# "Bourges Plus, dont font partie Bourges, Saint-Doulchard et Trouy"
WHOSE_PARTS = re.compile(r"\s*,\s*dont\s+(?:font|fait|faisaient)\s+(?:notamment\s+)?partie\s+", re.IGNORECASE)
# "avec Vauvert, sa ville-centre", "Mulhouse, ville-centre de l'agglomération"
CENTRE = re.compile(rf",\s*(?:sa|la|leur)?\s*ville[- ]centre(?P<of>\s+{_OF})?", re.IGNORECASE)
# "la CAB rassemble Bastia, Furiani et Ville-di-Pietrabugno": the named communes right after the verb
GROUPS_NAMED = re.compile(r"\b(?:regroupe|regroupent|rassemble|rassemblent|fédère|fédèrent|réunit|comprend|englobe)\s+(?=(?-i:[A-ZÉ]))",
                          re.IGNORECASE)
# "Nos huit villes – A, B, …" on a grouping's own page
OURS = re.compile(rf"\bnos\s+{_N}\s+(?:communes|villes)(?:\s+membres)?\s*[:–—-]\s*", re.IGNORECASE)
# "A est l'une des quatre communes de B", "A, l'une des six communes membres de la CIVIS", "A et C, autres communes de l'EPT"
ONE_OF = re.compile(rf"(?P<lead>,\s*|\s*:\s*|(?<!\s)\s+(?:est|était|sont|étaient|reste|demeure)\s+)(?:l['’]une?\s+des|une?\s+des|(?:{_N}\s+)?autres?|{_N}\s+des|"
                    rf"(?:la|le)\s+(?:seule?|plus\s+\w+|première?|dernière?)\s+(?:{_PART})?\s*(?=des?\b|du\b|d['’])?|(?={_N}\s))\s*"
                    rf"(?:{_N}\s+)?(?:{_PARTS}|{_PART})(?:\s+(?:membres|adhérentes?|qui\s+composent|composant|formant))?\s+{_OF}",
                    re.IGNORECASE)
# "A, commune de la communauté d'agglomération B", "B, établissement public territorial de la Métropole du Grand Paris"
APPOSED = re.compile(rf",\s*(?:(?:une\s+|{_N}\s+)?(?:{_PART}|{_PARTS})(?:\s+membres?)?|(?:tou(?:te)?s\s+(?:deux|trois|quatre|cinq)\s+)?membres)\s+{_OF}"
                     rf"(?=(?:communauté|agglomération|métropole|[A-ZÉ]))", re.IGNORECASE)
# "Craon, Renazé et Cossé-le-Vivien, trois des communes membres." (of the grouping the text is about)
MEMBERS_END = re.compile(rf",\s*(?:{_N}\s+des|l['’]une?\s+des)\s+(?:{_N}\s+)?{_PARTS}\s+membres\s*(?=[.;)]|$)", re.IGNORECASE | re.MULTILINE)
# "les six communes de la CIVIS : A, B, …", "quatre communes de la métropole – A, B et C"
COUNTED = re.compile(rf"\b(?:les\s+|ses\s+)?{_N}\s+{_PARTS}(?:\s+membres)?\s+{_OF}", re.IGNORECASE)
# "dont A est l'une des trois communes membres"
WHOSE = re.compile(rf"\bdont\s+(?P<part>.{{2,80}}?)\s+(?:est|sont|était|étaient)\s+(?:l['’]une?\s+des|une?\s+des|les)\s+(?:{_N}\s+)?"
                   rf"{_PARTS}(?:\s+membres)?\b", re.IGNORECASE)
# "A fait partie de la communauté de communes B", "A appartient à l'agglomération B"
BELONGS = re.compile(r"\b(?:fai(?:t|saient|sait)\s+(?:également\s+|aussi\s+)?partie|"
                     r"font\s+(?:tou(?:te)?s\s+(?:deux|trois|quatre|cinq|six)\s+|également\s+|aussi\s+)?partie|appartien(?:t|nent)|adhèrent|adhère)\s+"
                     r"(?:depuis\s+\d{4}\s+)?(?:de\s+la|de\s+l['’]|du|des|à\s+la|à\s+l['’]|au|aux|de\s+(?=(?-i:[A-ZÉ]))|d['’](?=(?-i:[A-ZÉ])))\s*", re.IGNORECASE)

# a grouping named by its kind: "de l'EPT", "la communauté", "le PETR"
_KIND_NOUN = re.compile(r"(?:(?:le|la|l['’]|de\s+la|de\s+l['’]|du|au|à\s+la|à\s+l['’])\s*)?(?P<n>EPT|PETR|pays|agglomération|agglo|"
                        r"communauté(?:\s+de\s+communes|\s+d['’]agglomération|\s+urbaine)?|métropole|intercommunalité|établissement|territoire)\b",
                        re.IGNORECASE)
_KIND_OF_NOUN = {"ept": ("EPT",), "etablissement": ("EPT",), "territoire": ("EPT",), "petr": ("Autre",), "pays": ("Autre",),
                 "intercommunalite": ("EPCI",)}


def part_of_collectivites(ctx: Ctx) -> None:
    work = ctx.notes["work"]
    for m in GROUPS.finditer(work):
        whole = _subject_grouping(ctx, m.start())
        if whole:
            for x in list_after(ctx, m.end(), {"Collectivite"}):
                _add(ctx, x, whole, m.start())
    for m in GROUPS_NAMED.finditer(work):
        whole = _subject_grouping(ctx, m.start())
        listed = list_after(ctx, m.end(), {"Collectivite"})
        if whole and len(listed) >= 2 and all(_kind(ctx, x[2]) == "Commune" for x in listed):
            for x in listed:
                _add(ctx, x, whole, m.start())
    for m in OURS.finditer(work):
        own = author(ctx)
        if own and ctx.entities[own].type == "Collectivite" and _kind(ctx, own) in _GROUPINGS:
            for x in list_after(ctx, m.end(), {"Collectivite"}):
                _add(ctx, x, (m.start(), m.start(), own), m.start())
    for m in ONE_OF.finditer(work):
        whole = _grouping_at(ctx, m.end())
        if not whole:
            continue
        for x in _parts_before(ctx, m.start()):
            _add(ctx, x, whole, x[0])
    for m in COUNTED.finditer(work):
        whole = _grouping_at(ctx, m.end())
        colon = re.match(r"\s*(?:\([^()]{1,30}\)\s*)?[:–—]\s*", work[whole[1]:whole[1] + 40]) if whole else None
        if colon:
            for x in list_after(ctx, whole[1] + colon.end(), {"Collectivite"}):
                _add(ctx, x, whole, m.start())
    for m in APPOSED.finditer(work):
        whole = _grouping_at(ctx, m.end())
        if whole:
            # "Maubeuge, Jeumont et Feignies, communes de l'agglomération": every one of the list
            for x in _parts_before(ctx, m.start()):
                _add(ctx, x, whole, x[0])
    for m in WHOSE.finditer(work):
        ss, _ = ctx.sent_span(m.start())
        before = [x for x in ctx.ents_in(ss, m.start(), {"Collectivite"}) if _kind(ctx, x[2]) in _GROUPINGS]
        if before:
            whole = (before[-1][0], before[-1][1], before[-1][2])
            for x in ctx.ents_in(m.start("part"), m.end("part"), {"Collectivite"}):
                _add(ctx, x, whole, m.start())
    for m in RANGE.finditer(work):
        whole = _subject_grouping(ctx, m.start())
        if not whole:
            continue
        _, se = ctx.sent_span(m.start())
        stop = re.search(r",\s*(?:a|ont|est|sont|se|s['’]|qui)\b|[;:()]", work[m.end():se])
        end = m.end() + stop.start() if stop else se
        for w in re.finditer(rf"(?<![\w'’-]){PLACE}", work[m.end():end]):
            # the towns of the range are named bare ("de Mulhouse, sa ville-centre, à Illzach"): by their official names
            _place(ctx, m.end() + w.start(), w.group(0), None, exact=True)
        for x in ctx.ents_in(m.end(), end, {"Collectivite"}):
            if _kind(ctx, x[2]) == "Commune":
                _add(ctx, x, whole, m.start())
    for m in COUNTS_AMONG.finditer(work):
        listed = list_after(ctx, m.end(), {"Collectivite"})
        if listed and re.match(r"\s+parmi\s+(?:ses|leurs)\s+(?:communes|membres)", work[listed[-1][1]:listed[-1][1] + 30]):
            whole = _subject_grouping(ctx, m.start())
            for x in listed if whole else []:
                _add(ctx, x, whole, m.start())
    for s_, e_, k in [x for x in ctx.spans if ctx.entities[x[2]].type == "Collectivite" and _kind(ctx, x[2]) in _GROUPINGS]:
        wp = WHOSE_PARTS.match(work, e_)
        if wp:
            for x in list_after(ctx, wp.end(), {"Collectivite"}):
                _add(ctx, x, (s_, e_, k), s_)
    for m in CENTRE.finditer(work):
        part = [x for x in ctx.ents_in(max(0, m.start() - 60), m.start(), {"Collectivite"}) if x[1] == m.start()]
        whole = _grouping_at(ctx, m.end()) if m.group("of") else _subject_grouping(ctx, m.start())
        if part and whole:
            _add(ctx, part[0], whole, part[0][0])
    for m in MEMBERS_END.finditer(work):
        groupings = {x[2] for x in ctx.spans if x[0] < m.start() and ctx.entities[x[2]].type == "Collectivite"
                     and _kind(ctx, x[2]) in _GROUPINGS}
        own = author(ctx)
        whole = own if own and own in groupings else (groupings.pop() if len(groupings) == 1 else None)
        for x in _parts_before(ctx, m.start()) if whole else []:
            _add(ctx, x, (m.start(), m.end(), whole), x[0])
    for m in BELONGS.finditer(work):
        whole = _grouping_at(ctx, m.end())
        if not whole:
            continue
        for x in _parts_before(ctx, m.start(), aside=True):
            _add(ctx, x, whole, x[0])


def _kind(ctx: Ctx, key: str) -> Optional[str]:
    return ctx.entities[key].subtype


def _add(ctx: Ctx, part: tuple, whole: tuple, start: int) -> None:
    a, b = ctx.entities[part[2]], ctx.entities[whole[2]]
    if part[2] == whole[2] or a.type != "Collectivite" or b.type != "Collectivite":
        return
    ra, rb = _RANK.get(a.subtype or ""), _RANK.get(b.subtype or "")
    ok = ra is not None and rb is not None and b.subtype in _GROUPINGS and ra < rb
    # an EPT of the Grand Paris belongs to the Métropole du Grand Paris (an EPCI)
    ok = ok or (a.subtype == "EPT" and b.subtype == "EPCI" and "grand paris" in fold(b.name))
    if ok:
        ctx.add_rel("part_of", part[2], whole[2], min(start, part[0], whole[0]), max(part[1], whole[1]))


def _grouping_at(ctx: Ctx, pos: int) -> Optional[tuple]:
    """The grouping named right at ``pos``: by name, or by its kind ("de l'EPT") when the text names one."""
    at = [x for x in ctx.starting_in(pos, pos + 120, {"Collectivite"}) if x[0] <= pos + 1]
    if at and _kind(ctx, at[0][2]) in _GROUPINGS:
        return at[0]
    work = ctx.notes["work"]
    kn = _KIND_NOUN.match(work, pos)
    if not kn or re.match(r"\s+(?:de|du|des|d['’])?\s*[A-ZÉ]", work[kn.end():kn.end() + 6]):
        return None  # "la communauté de communes X" that was not recognised as a name: say nothing
    key = _grouping_by_kind(ctx, fold(kn.group("n")), pos)
    return (pos, kn.end(), key) if key else None


def _grouping_by_kind(ctx: Ctx, noun: str, pos: int) -> Optional[str]:
    noun = re.sub(r"\s+", " ", noun)
    subtypes = _KIND_OF_NOUN.get(noun, ("EPCI",))
    stem = {"agglomeration": "agglo", "agglo": "agglo", "metropole": "metropol", "communaute urbaine": "communaute urbaine",
            "communaute de communes": "communaute de communes", "communaute d'agglomeration": "agglo"}.get(noun, "")
    cands = []
    for k, e in ctx.entities.items():
        if e.type == "Collectivite" and e.subtype in subtypes and e.mentions and min(s for s, _ in e.mentions) < pos:
            said = fold(" ".join([e.name, *e.surfaces]))
            if stem in said:
                cands.append(k)
    return cands[0] if len(cands) == 1 else None


def _subject_grouping(ctx: Ctx, pos: int) -> Optional[tuple]:
    """The grouping the sentence is about, before its verb: the first one named, or one named by its kind."""
    ss, _ = ctx.sent_span(pos)
    named = [x for x in ctx.ents_in(ss, pos, {"Collectivite"}) if _kind(ctx, x[2]) in _GROUPINGS]
    qui = re.search(r"\bqui\s+$", ctx.notes["work"][ss:pos])
    if named:
        return named[-1] if qui else named[0]
    i = ctx.sent_index(ss)
    if i > 0 and re.fullmatch(r"\s*(?:il|elle)\s+(?:(?:aujourd['’]hui|désormais)\s+)?", ctx.notes["work"][ss:pos], re.IGNORECASE):
        # "Le PETR du Pays d'Arles … Il fédère trois intercommunalités": the grouping of the sentence before
        prev = [x for x in ctx.ents_in(*ctx.sents[i - 1], {"Collectivite"}) if _kind(ctx, x[2]) in _GROUPINGS]
        if prev:
            return prev[0]
    kn = [k for k in _KIND_NOUN.finditer(ctx.notes["work"], ss, pos)]
    if kn:
        key = _grouping_by_kind(ctx, fold(kn[0].group("n")), pos)
        if key:
            return (kn[0].start(), kn[0].end(), key)
    return None


def _parts_before(ctx: Ctx, pos: int, aside: bool = False) -> list[tuple]:
    """The collectivité (or list "A et B") that ends right before ``pos`` (with ``aside``, also before
    an aside: "Capdenac-Gare, bien qu'aveyronnaise, fait partie de …")."""
    work = ctx.notes["work"]
    ss, _ = ctx.sent_span(pos)
    cands = [x for x in ctx.ents_in(ss, pos, {"Collectivite"})]
    gap = r"[\s)]*|\s*\([^()]{1,20}\)\s*" + (r"|\s*,[^,;.]{0,60},\s*" if aside else "")
    if not cands or not re.fullmatch(gap, work[cands[-1][1]:pos]):
        return []
    out = [cands[-1]]
    for x in reversed(cands[:-1]):
        # ("à Trélazé et à Avrillé", "de Saint-Nazaire, de Trignac et de Montoir")
        if re.fullmatch(r"\s*(?:,|et)\s*(?:(?:à|de|d['’])\s*)?(?:la\s+|le\s+|l['’])?(?:(?:ville|commune)\s+(?:de\s+|d['’]\s?))?", work[x[1]:out[-1][0]]):
            out.append(x)
        else:
            break
    return out
