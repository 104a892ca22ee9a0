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
from .refs import author, list_after

# a part must be a smaller kind of collectivité than the whole
_RANK = {"Commune": 0, "EPT": 1, "EPCI": 1, "Autre": 2}
_GROUPINGS = {"EPCI", "EPT", "Autre"}

_N = r"(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|\d{1,3})"
_PARTS = (r"(?:communes|villes|intercommunalités|communautés\s+de\s+communes|communautés\s+d['’]agglomération|EPCI|"
          r"établissements\s+publics\s+territoriaux|territoires)")
_PART = (r"(?:commune|ville|intercommunalité|communauté\s+de\s+communes|communauté\s+d['’]agglomération|"
         r"établissement\s+public\s+territorial)")
_OF = r"(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*"

# "B regroupe neuf communes : A1, A2 et A3"
GROUPS = re.compile(rf"\b(?:regroup|rassembl|fédèr|réuni(?:ss)?|compren|associ|compt)(?:e|ent|ait|aient|d|nent)?\s+"
                    rf"(?:(?:désormais|aujourd['’]hui|actuellement|depuis\s+\d{{4}})\s+)?(?:les\s+|ses\s+)?(?:{_N}\s+)?{_PARTS}"
                    rf"(?:\s+membres)?\s*(?::|\(|–|—|,\s*(?:à\s+savoir|soit)\b|,(?=\s*(?:la\s+|le\s+|l['’])?(?:communauté|métropole|(?-i:[A-ZÉ]))))\s*", re.IGNORECASE)
# "la CAB rassemble Bastia, Furiani et Ville-di-Pietrabugno": the named communes right after the verb
GROUPS_NAMED = re.compile(r"\b(?:regroupe|regroupent|rassemble|rassemblent|fédère|fédèrent|réunit|comprend|englobe)\s+(?=(?-i:[A-ZÉ]))",
                          re.IGNORECASE)
# "Nos huit villes – A, B, …" on a grouping's own page
OURS = re.compile(rf"\bnos\s+{_N}\s+(?:communes|villes)(?:\s+membres)?\s*[:–—-]\s*", re.IGNORECASE)
# "A est l'une des quatre communes de B", "A, l'une des six communes membres de la CIVIS", "A et C, autres communes de l'EPT"
ONE_OF = re.compile(rf"(?P<lead>,\s*|(?<!\s)\s+(?:est|était|sont|étaient|reste|demeure)\s+)(?:l['’]une?\s+des|une?\s+des|autres?|{_N}\s+des|"
                    rf"(?:la|le)\s+(?:seule?|plus\s+\w+|première?|dernière?)\s+(?:{_PART})?\s*(?=des?\b|du\b|d['’])?|(?={_N}\s))\s*"
                    rf"(?:{_N}\s+)?(?:{_PARTS}|{_PART})(?:\s+(?:membres|adhérentes?|qui\s+composent|composant|formant))?\s+{_OF}",
                    re.IGNORECASE)
# "A, commune de la communauté d'agglomération B", "B, établissement public territorial de la Métropole du Grand Paris"
APPOSED = re.compile(rf",\s*(?:une\s+)?(?:{_PART}|{_PARTS})(?:\s+membres?)?\s+{_OF}(?=(?:communauté|agglomération|métropole|[A-ZÉ]))", re.IGNORECASE)
# "les six communes de la CIVIS : A, B, …", "quatre communes de la métropole – A, B et C"
COUNTED = re.compile(rf"\b(?:les\s+|ses\s+)?{_N}\s+{_PARTS}(?:\s+membres)?\s+{_OF}", re.IGNORECASE)
# "dont A est l'une des trois communes membres"
WHOSE = re.compile(rf"\bdont\s+(?P<part>.{{2,80}}?)\s+(?:est|sont|était|étaient)\s+(?:l['’]une?\s+des|une?\s+des|les)\s+(?:{_N}\s+)?"
                   rf"{_PARTS}(?:\s+membres)?\b", re.IGNORECASE)
# "A fait partie de la communauté de communes B", "A appartient à l'agglomération B"
BELONGS = re.compile(r"\b(?:fai(?:t|saient|sait)\s+(?:également\s+|aussi\s+)?partie|"
                     r"font\s+(?:tou(?:te)?s\s+(?:deux|trois|quatre|cinq|six)\s+|également\s+|aussi\s+)?partie|appartien(?:t|nent)|adhèrent|adhère)\s+"
                     r"(?:depuis\s+\d{4}\s+)?(?:de\s+la|de\s+l['’]|du|des|à\s+la|à\s+l['’]|au|aux)\s*", re.IGNORECASE)

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
        if re.fullmatch(r"\s*(?:,|et)\s*(?:(?:à|de|d['’])\s*)?", work[x[1]:out[-1][0]]):
            out.append(x)
        else:
            break
    return out
