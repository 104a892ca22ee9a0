"""ess_territories/1: collectivités (communes, EPCI, EPT, départements, régions, pays),
typed and identified with the official lists of loaders.cog when it is installed.
"""
from __future__ import annotations

import re
from typing import Optional

from . import territory
from .base import Ctx, Mention, clean_space, fold, fold_char, norm
from .lexicon import PLACE
from .prep import in_quote as _in_quote
from .registry import overlaps, register

try:  # official collectivités (INSEE COG, DGCL); absent in minimal installs
    from loaders import cog as _cog
except Exception:  # noqa: BLE001 - any import problem means: fall back to rules
    _cog = None


def _region_of(name: str) -> Optional[str]:
    f = fold(name).replace("-", " ")
    for r in territory.REGIONS.values():
        if fold(r).replace("-", " ") == f:
            return r
    for a, r in territory.REGION_ALIASES.items():
        if fold(a).replace("-", " ") == f:
            return r
    for r in territory.FORMER_REGIONS:
        if fold(r).replace("-", " ") == f:
            return r
    return None


# ---------------------------------------------------------------- ess_territories/1
_DE = r"(?:de\s+la\s+|de\s+l['’]\s?|du\s+|des\s+|de\s+|d['’]\s?)"
COMMUNE_CUE_RE = re.compile(
    rf"(?<![\w-])(?P<cue>[Vv]illes?|[Mm]airie|[Cc]ommunes?|[Mm]aire|MAIRE|[Mm]unicipalité|[Mm]unicipal(?:e)?|[Mm]aire[- ][Aa]djointe?|"
    rf"[Hh]ôtel de [Vv]ille)\s+(?P<de>{_DE})(?P<name>{PLACE})")
METRO_RE = re.compile(
    rf"(?<![\w-])(?:(?!(?:Le|La|Les|Avec|Pour|Par|Dans|Selon|Chez|En|Et|Une?|Cette|Notre|Votre|Sa|Son)\s)(?P<n1>{PLACE})\s+(?P<t1>[Mm]étropole|Eurométropole|Agglo|Agglomération|Communauté|Territoires?)(?![\w-])|"
    rf"(?P<t2>[Mm]étropole|[Ee]urométropole)(?:\s+[Ee]uropéenne|\s+du\s+(?=Grand))?\s+(?:{_DE})?(?P<n2>{PLACE})|"
    rf"(?:[Cc]ommunauté\s+(?P<t3>d['’]\s?[Aa]gglomération|de\s+[Cc]ommunes|[Uu]rbaine)|[Aa]gglomération)\s+(?:{_DE})?(?P<n3>(?:Pays\s+{_DE})?{PLACE}))")
METRO_AND_CITY_RE = re.compile(rf"(?:la\s+)?[Mm]étropole\s+et\s+(?:la\s+)?[Vv]ille\s+{_DE}(?P<name>{PLACE})")
EPT_RE = re.compile(rf"(?<![\w-])(?:EPT|[Éé]tablissement public territorial|[Tt]erritoire)\s*(?P<num>\d{{1,2}})(?![\w])|"
                    rf"(?<![\w-])EPT\s+(?:{_DE})?(?P<name>{PLACE})")
DEP_RE = re.compile(rf"(?<![\w-])(?:[Dd]épartement|[Cc]onseil\s+[Dd]épartemental|[Cc]onseil\s+[Gg]énéral|"
                    rf"[Cc]onseill(?:er|ère)s?\s+[Dd]épartementa(?:l|le|ux|les))\s+(?P<de>{_DE})?(?P<name>{PLACE})")
REG_RE = re.compile(rf"(?<![\w-])(?:[Rr]égion|[Cc]onseil\s+[Rr]égional|[Cc]onseill(?:er|ère)s?\s+[Rr]égiona(?:l|le|ux|les)|"
                    rf"[Vv]ice-[Pp]résidente?\s+(?:de\s+la\s+)?[Rr]égion)\s+(?:{_DE}|en\s+)?(?P<name>{PLACE})")
UNIQUE_TERRITORY_RE = re.compile(r"(?<![\w-])[Cc]ollectivité\s+(?:de\s+(?P<r1>Corse)|[Tt]erritoriale\s+de\s+(?P<r2>Martinique|Guyane))(?![\w-])")
PAYS_RE = re.compile(rf"(?<![\w-])(?:PETR\s+(?:du\s+|de\s+la\s+|des\s+)?)?(?:[Pp]ays|PETR)\s+(?P<de>{_DE})?(?P<name>{PLACE})")
_REG_FOLD_ALT = "|".join(re.escape(fold(r)).replace(r"\-", r"[\s-]").replace(r"\ ", r"[\s-]")
                         for r in sorted(set(territory.REGIONS.values()) | set(territory.FORMER_REGIONS), key=len, reverse=True))
REG_FOLDED_RE = re.compile(rf"(?<![\w-])(?:region|conseil regional|conseill(?:er|ere)s? regiona(?:l|le|ux|les))\s+"
                           rf"(?:de la |de l'|du |des |de |d'|en )?(?P<name>{_REG_FOLD_ALT})(?![\w-])")
PLACE_CUE_RE = re.compile(rf"(?<![\w-])(?:à|À|sur la commune d['’e]\s?|\d{{5}}|[Ll]ieu\s*:)\s+(?P<name>{PLACE})(?:\s*\((?P<dep>\d{{2,3}}|2[AB])\))?")
PLACE_STOP = {"Paris Event Center"}
NOT_PLACE = re.compile(r"^(?:L['’]|La |Le |Les )?(?:ESS|Noël|Pâques|Toussaint|Monsieur|Madame|Mme|M\.|Lundi|Mardi|Mercredi|"
                       r"Jeudi|Vendredi|Samedi|Dimanche|Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|"
                       r"Octobre|Novembre|Décembre|Nous|Vous|Tous|Toutes|Travers|Terme|Titre|Noter|Savoir|Suivre|Venir|"
                       r"Retrouver|Partir|Cet|Cette|Ce|Ces)$")


def _cog_find(name: str, kind: Optional[str]) -> list:
    if _cog is None:
        return []
    try:
        recs = _cog.find(name, kind)
    except Exception:  # noqa: BLE001 - a lookup failure only means "not recognised"
        return []
    kept = [r for r in recs if not _accent_clash(name, r.name)]
    if not kept:
        # "Rémire-Montjoly" for the official "Remire-Montjoly": an accent the register leaves out, when
        # no name of the register has it ("Viré" keeps away from "Vire", since Viré exists)
        kept = [r for r in recs if len(name) >= len(r.name) and all(
            a == b or fold_char(a) == b for a, b in zip(name[-len(r.name):], r.name))]
    return kept


def _accent_clash(written: str, official: str) -> bool:
    """True when the text spells the name with a lower-case letter unaccented (or differently accented)
    where the official name has an accent: "Vire" is not "Viré". Capitals often lose their
    accents in print ("Etampes"), so only lower-case letters count."""
    w = re.sub(r"\s*\(\s*\w{2,3}\s*\)\s*$", "", written).rstrip()
    if len(w) < len(official) or fold(w[-len(official):]) != fold(official):
        return False  # another form ("St-Denis", "Ville de …" with an article): not comparable letter by letter
    if len(w) > len(official) and w[-len(official) - 1].isalnum():
        return False
    return any(a != b and a.islower() and b.islower() and fold_char(a) == fold_char(b)
               for a, b in zip(w[-len(official):], official))


def _commune_name(de: str, name: str) -> str:
    d = fold(de).strip()
    if d == "du":
        return "Le " + name
    if d == "des":
        return "Les " + name
    return name


def _coll_mention(ctx: Ctx, s: int, e: int, kind: str, rec, fallback_name: str, surface: Optional[str] = None,
                  dep_ctx: Optional[str] = None) -> Optional[str]:
    text = ctx.text
    surface = surface if surface is not None else text[s:e]
    ids = {}
    extra: dict = {"authoritative": rec is not None}
    if rec is not None:
        if kind == "Commune":
            name = rec.name
        elif kind == "Departement":
            code = rec.insee
            name = territory.departement_canonical(code) if code in territory.DEPARTEMENTS else f"Département {rec.name}"
        elif kind == "Region":
            name = territory.region_canonical(rec.name)
        elif kind == "EPCI":
            name = epci_display_name(rec.name)
            as_written = clean_space(surface)
            if fold(as_written).startswith("communaute "):
                name = as_written[:1].upper() + as_written[1:]  # the full form as written: "Cœur", "du Grand-Figeac"
            elif not EPCI_CUE_RE.match(as_written) and rec.name.split(" ", 1)[0] in EPCI_EXPANSION:
                rest = rec.name.split(" ", 1)[1] if " " in rec.name else ""
                if rest and not re.match(r"(?:de|du|des|d['’])\s?", rest):
                    name = rest  # a brand name: "CA Lorient Agglomération" is "Lorient Agglomération"
                elif len(as_written.split()) >= 2:
                    name = as_written  # "Grand Poitiers Communauté urbaine", as the text writes it
            if name != rec.name:
                extra["alt_names"] = [rec.name]
        else:
            name = rec.name
        if rec.insee:
            ids["insee"] = rec.insee
        if rec.siren:
            ids["siren"] = rec.siren
        key = f"c:{kind}:{rec.insee or rec.siren}"
        extra["reg"] = rec.reg or (rec.insee if kind == "Region" else None)
        if kind != "Region" and not rec.reg and rec.dep in territory.DEPARTEMENTS:
            extra["reg"] = territory.DEPARTEMENTS[rec.dep][2]
        if rec.reg is None and kind not in ("Region",) and rec.dep in territory.DEPARTEMENTS:
            extra["reg"] = territory.DEPARTEMENTS[rec.dep][2]
    else:
        name = fallback_name
        key = f"c:{kind}:{norm(name)}"
        if kind == "Autre":
            key = "c:Autre:" + norm(re.sub(r"^(?:PETR\s+(?:du\s+|de\s+la\s+|des\s+)?)?(?:[Pp]ays|PETR)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])?", "", name))
    m = Mention(s, e, surface, "Collectivite", name, subtype=kind if kind != "Autre" else "Autre", key=key, ids=ids,
                source="ess_territories/1", extra=extra)
    ek = register(ctx, m)
    if extra.get("reg"):
        ctx.entities[ek].extra["reg"] = extra["reg"]
    if rec is not None and rec.epci_type:
        ctx.entities[ek].extra["epci_type"] = rec.epci_type
    return ek


EPCI_CUE_RE = re.compile(r"(?<![\w-])(?:[Cc]ommunauté\s+(?:de\s+[Cc]ommunes|d['’]\s?[Aa]gglomération|[Uu]rbaine|[Ii]ntercommunale)|C[CAU])\s+(?=\S)")
_CAPW = r"[A-ZÉÈÎÔÂ][\w'’-]*"
# words of one line only: a heading's name does not run on into the next line
EPCI_WRITTEN_NAME = re.compile(rf"(?:de\s+la\s+|de\s+l['’]\s?|du\s+|des\s+|de\s+|d['’]\s?)?(?P<core>{_CAPW}"
                               rf"(?:[ \t]+(?:(?:de|du|des|en|sur|et|la|le)[ \t]+|d['’]|l['’])?{_CAPW})*)")
_EPCI_WORD = re.compile(r"(?:[\w'’-]+)")
EPCI_EXPANSION = {"CC": "Communauté de communes", "CA": "Communauté d'agglomération", "CU": "Communauté urbaine"}


def epci_display_name(official: str) -> str:
    """'CC du Clunisois' -> 'Communauté de communes du Clunisois': the form texts and people use."""
    head, _, rest = official.partition(" ")
    return f"{EPCI_EXPANSION[head]} {rest}" if head in EPCI_EXPANSION and rest else official


def _epci_after_cue(ctx: Ctx, taken) -> None:
    """"la communauté de communes Cœur de Savoie", "la CA du Pays Basque": the cue, then the longest
    run of up to eight words that the official EPCI list knows (names may hold lower-case words)."""
    work = ctx.notes["work"]
    cores = []
    for m in EPCI_CUE_RE.finditer(work):
        if taken(m.start(), m.end()):
            continue
        ends = [w.end() for w in _EPCI_WORD.finditer(work, m.end(), min(len(work), m.end() + 90))]
        best = None
        for i, e in enumerate(ends[:8]):
            if work[ends[i - 1] if i else m.end():e].count("\n"):
                break
            last = work[m.end():e].split()[-1]
            if last[:1].islower() and fold(last) in ("de", "du", "des", "la", "le", "les", "d'", "l'", "et", "en", "sur", "sous"):
                continue
            recs = [r for r in _cog_find(work[m.start():e], "EPCI") if r.kind == "EPCI"]
            official = _without_acronym(recs[0].name) if recs else ""
            spelt = re.search(r"\(([^()]+)\)\s*$", recs[0].name) if recs else None  # "CA CIVIS (Communauté … Solidaires)"
            if recs and any(fold(o).replace("-", " ").endswith(fold(last).replace("-", " "))
                            for o in (official.split(" ", 1)[-1], spelt.group(1) if spelt else "")):
                best = (e, recs[0])
        if best is None:
            # unknown to today's list (renamed or merged since: "communauté d'agglomération du Grand
            # Rodez" in 2015): the cue makes it an EPCI all the same, named as written
            nm = EPCI_WRITTEN_NAME.match(work, m.end())
            if not nm or NOT_PLACE.match(nm.group("core")) or _region_of(nm.group("core")) \
                    or any(r.kind == "Departement" and fold(r.name) == fold(nm.group("core"))
                           for r in _cog_find(nm.group("core"), "Departement")):
                continue  # "Lorient Agglomération, communauté d'agglomération du Morbihan": a description
            e, rec = nm.end(), None
        else:
            e, rec = best
        if taken(m.start(), e):
            continue
        written = clean_space(work[m.start():e])
        name = written[:1].upper() + written[1:]
        if written[:2] in EPCI_EXPANSION:
            name = epci_display_name(written)
        ek = _coll_mention(ctx, m.start(), e, "EPCI", rec, name)
        core = EPCI_WRITTEN_NAME.match(work, m.end())
        if ek and core and len(core.group("core")) > 3:
            cores.append((core.group("core"), e, rec, name))
    # later "vice-président du Grand Rodez": the short name of the same EPCI (not when it is the
    # name of a commune too: "au Puy-en-Velay" is the town)
    for core, e, rec, name in cores:
        if any(r.kind == "Commune" and fold(r.name).replace("-", " ").endswith(fold(core).replace("-", " "))
               for r in _cog_find(core, "Commune")[:3]):
            continue
        for c in re.finditer(rf"(?<=\b(?:du|de|le|la)\s){re.escape(core)}(?![\w'’-])", work):
            if c.start() >= e and not taken(c.start(), c.end()):
                _coll_mention(ctx, c.start(), c.end(), "EPCI", rec, name)


def _without_acronym(official: str) -> str:
    """"CA Porte de l'Isère (CAPI)" -> "CA Porte de l'Isère": the official name as texts write it."""
    return re.sub(r"\s*\([^)]*\)$", "", official)


_NEXT_NAME_WORD = re.compile(r"\s*(?:\s(?:de\s+la|de|du|des|et|en|sur)\s+|\s+d['’]\s?|\s+l['’]\s?|\s+)[A-ZÉÈÎ][\w'’-]*")
_NEXT_LOWER_WORD = re.compile(r"[ \t]+(?:la|le|les|en|sur)[ \t]+[\w'’-]+")


def _longer_epci_name(work: str, s: int, e: int, lower: bool = False) -> Optional[int]:
    """"Métropole Nice Côte d'Azur", "Tours Métropole Val de Loire": the official name may run on past
    what the pattern saw; the longest run of up to four more words that is an EPCI's name wins.
    With `lower`, after a town's name: "Caen la mer" (written in lower case, "CU Caen la Mer")."""
    best, pos = None, e
    for _ in range(4):
        m = (_NEXT_LOWER_WORD if lower and pos == e else _NEXT_NAME_WORD).match(work, pos)
        if not m or "\n" in m.group(0):
            break
        pos = m.end()
        written = norm(work[s:pos])
        for r in _cog_find(work[s:pos], "EPCI")[:3]:
            official = _without_acronym(r.name)
            if r.kind == "EPCI" and (norm(official) == written or norm(official.split(" ", 1)[-1]) == written):
                best = pos
                break
    return best


def _epci_lower_brands(ctx: Ctx, taken) -> None:
    """"le conseil communautaire de Caen la mer": an EPCI named after its town and lower-case words
    ("CU Caen la Mer") is the intercommunality, not the town."""
    work = ctx.notes["work"]
    for m in re.finditer(rf"(?<![\w'’-]){PLACE}(?=[ \t]+(?:la|le|les|en|sur)[ \t]+[a-zé])", work):
        if taken(m.start(), m.end()) or NOT_PLACE.match(m.group(0)):
            continue
        end = _longer_epci_name(work, m.start(), m.end(), lower=True)
        rec = next((r for r in _cog_find(work[m.start():end], "EPCI") if r.kind == "EPCI"), None) if end else None
        if rec is not None:
            _coll_mention(ctx, m.start(), end, "EPCI", rec, clean_space(work[m.start():end]))


def _epci_brand_mentions(ctx: Ctx, taken) -> None:
    """"la communauté d'agglomération Caen la mer" then "Caen la mer" alone: the name without its legal
    form, written elsewhere, is that intercommunality too (not the commune its name starts with)."""
    work = ctx.notes["work"]
    for ent in list(ctx.entities.values()):
        if ent.type != "Collectivite" or ent.subtype != "EPCI" or not ent.ids.get("siren"):
            continue
        official = next((a for a in [ent.name, *ent.extra.get("alt_names", ())] if re.match(r"(?:CC|CA|CU)\s", a)), None)
        brand = re.sub(r"^(?:CC|CA|CU)\s+", "", official) if official else None
        if not brand or len(brand.split()) < 2 or re.match(r"(?:de|du|des|d['’])\s?", brand):
            continue
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(brand)}(?![\w'’-])", work, re.IGNORECASE):
            if not taken(m.start(), m.end()) and work[m.start()].isupper():
                register(ctx, Mention(m.start(), m.end(), ctx.text[m.start():m.end()], "Collectivite", ent.name, subtype="EPCI",
                                      key=next(iter(ent.keys)), alias_only=True))


def _best(recs: list, kind: str):
    recs = [r for r in recs if r.kind == kind]
    return recs[0] if recs else None


def territories(ctx: Ctx) -> None:
    work, text = ctx.notes["work"], ctx.text
    taken = lambda s, e: overlaps(ctx, s, e, {"Network", "PublicBody", "ESSOrganization", "Organization", "Collectivite"})  # noqa: E731
    # "la Métropole et la Ville de Bordeaux": two collectivités, the first elliptic
    for m in METRO_AND_CITY_RE.finditer(work):
        name = m.group("name")
        if not m.group(0).startswith("la ") and re.search(r"[A-ZÉ][\w'’-]*\s+$", work[max(0, m.start() - 30):m.start()]):
            continue  # "Nantes Métropole et la Ville de Grenoble": two names, not an elliptic métropole
        rec = _best(_cog_find("Métropole de " + name, "EPCI") or _cog_find(name + " Métropole", "EPCI"), "EPCI")
        ms = m.start() + (3 if m.group(0).startswith("la ") else 0)
        own = [x for x in METRO_RE.finditer(work) if not m.start() <= x.start() < m.end()]
        if rec is not None or not own:  # "la Métropole et la Ville d'Elbeuf": no métropole of Elbeuf, the one named before
            _coll_mention(ctx, ms, ms + len("Métropole"), "EPCI", rec, f"Métropole de {name}",
                          surface=f"Métropole de {name}")
        crec = _best(_cog_find(name, "Commune"), "Commune")
        vs = work.find("Ville", ms, m.end())
        vs = vs if vs >= 0 else m.start("name")
        _coll_mention(ctx, vs, m.end("name"), "Commune", crec, name)
    _epci_after_cue(ctx, taken)
    _epci_brand_mentions(ctx, taken)
    _epci_lower_brands(ctx, taken)
    for m in METRO_RE.finditer(work):
        if taken(m.start(), m.end()):
            continue
        name = m.group("n1") or m.group("n2") or m.group("n3")
        if NOT_PLACE.match(name):
            continue
        if m.group("n1") and re.match(r"(?:Radio|Télé|TV|Journal|Gazette|Magazine|Hebdo|Groupe|Banque|Crédit|Société)\b", m.group("n1")):
            continue  # "Radio Métropole Nord": a medium or a company, not an intercommunality
        if m.group("n1") and re.fullmatch(r"(?:Le|La|Les|L['’]|Avec|Pour|Par|Dans|Selon|Chez|En|Et|Une?|Cette|Notre|Votre|Sa|Son)", m.group("n1")):
            continue
        s0 = m.start()
        lead = re.match(r"(?:Avec|Pour|Par|Dans|Selon|Chez|En|Et)\s+", m.group(0))
        if lead:
            s0 += lead.end()
        e0 = m.end()
        if m.group("t1") == "Communauté":
            tail = re.match(r"\s+(?:urbaine|d['’]agglomération|de\s+communes)\b", work[e0:e0 + 20])
            e0 += tail.end() if tail else 0  # "Grand Poitiers Communauté urbaine"
        if m.group("n1"):
            # "Val de Garonne Agglomération": the name may start with words the pattern cannot see
            left = re.search(r"(?:^|(?<=[\s(]))(?P<w>[A-ZÉÈ][\w'’-]+\s+(?:de|du|des|en|sur|et)\s+)$", work[max(0, s0 - 30):s0])
            if left and _cog_find(left.group("w") + work[s0:e0], "EPCI"):
                s0 -= len(left.group("w"))
        longer = _longer_epci_name(work, s0, e0)
        if longer:
            e0 = longer
        recs = _cog_find(work[s0:e0], "EPCI")
        if not recs and e0 > m.end():  # "Grand Poitiers Communauté urbaine": the list knows "CU du Grand Poitiers"
            recs = _cog_find(m.group("n1"), "EPCI")
        rec = recs[0] if recs else None
        historic = m.group("t1") == "Communauté" and m.group("n1") and any(
            r.kind == "Commune" for r in _cog_find(m.group("n1"), "Commune"))  # "Clermont Communauté" (renamed since)
        if rec is None and _cog is not None and not historic and not (m.group("t1") and m.group("t1")[0].isupper()
                                                     and m.group("t1") not in ("Communauté", "Territoire", "Territoires")) \
                and not (m.group("t3") and work[s0:s0 + 1] == "C"
                         and not re.match(r"\s*(?:d['’]|de\s|du\s|des\s|-)?\s*[A-ZÉ]", work[m.end():m.end() + 5])):
            continue  # unknown to the COG: kept only when written as a name ("Marsan Agglomération")
        _coll_mention(ctx, s0, e0, "EPCI", rec, clean_space(work[s0:e0]))
    # "Grand Poitiers", "Grand Besançon": EPCI whose usual name is "Grand" and their town
    for m in re.finditer(rf"(?<![\w'’-])Grand[ -](?:{PLACE})(?![\w'’-])", work):
        if taken(m.start(), m.end()):
            continue
        recs = [r for r in _cog_find(m.group(0), "EPCI") if r.kind == "EPCI" and fold(m.group(0)).replace("-", " ") in fold(r.name).replace("-", " ")]
        if recs:
            _coll_mention(ctx, m.start(), m.end(), "EPCI", recs[0], m.group(0))
    # "Le Mans Métropole": a name that starts with the article of its town
    for m in re.finditer(rf"(?<![\w-])(?:Le|La|Les)\s+{PLACE}\s+(?:Métropole|Agglomération|Agglo)(?![\w-])", work):
        rec = _best(_cog_find(m.group(0), "EPCI"), "EPCI")
        if rec is not None:
            _coll_mention(ctx, m.start(), m.end(), "EPCI", rec, clean_space(m.group(0)))
    # "Pôle métropolitain du Pays de Brest": a grouping of collectivités
    for m in re.finditer(rf"(?<![\w-])[Pp]ôle\s+métropolitain\s+{_DE}(?:Pays\s+{_DE})?{PLACE}", work):
        if not taken(m.start(), m.end()):
            _coll_mention(ctx, m.start(), m.end(), "Autre", None, clean_space(m.group(0)))
    for m in EPT_RE.finditer(work):
        if taken(m.start(), m.end()):
            continue
        recs = _cog_find(m.group(0), "EPT")
        if recs:
            _coll_mention(ctx, m.start(), m.end(), "EPT", recs[0], recs[0].name)
    if _cog is not None:  # bare names of the Grand Paris territories
        for rx in _ept_names_re():
            for m in rx.finditer(work):
                if not taken(m.start(), m.end()):
                    recs = _cog_find(m.group(0), "EPT")
                    if recs:
                        _coll_mention(ctx, m.start(), m.end(), "EPT", recs[0], recs[0].name)
    # a site's heading line: "Loire-Atlantique – Le Département", "Gironde | Conseil départemental"
    hm = re.match(r"\s*(?P<name>[A-ZÉ][\w'’-]+(?:[ -][\w'’-]+){0,3}?)\s*[–—|-]\s*(?:Le\s+Département|Conseil\s+départemental|Département)\s*$",
                  work[:max(0, work.find("\n"))], re.IGNORECASE)
    if hm and not taken(hm.start("name"), hm.end("name")):
        rec = _best(_cog_find(hm.group("name"), "Departement"), "Departement")
        if rec is not None:
            _coll_mention(ctx, hm.start("name"), hm.end("name"), "Departement", rec, hm.group("name"))
    for m in DEP_RE.finditer(work):
        if taken(m.start(), m.end()):
            continue
        name = m.group("name")
        rec = _best(_cog_find(name, "Departement"), "Departement")
        if rec is None:
            continue
        cue_is_office = re.match(r"(?i)conseill", m.group(0))
        s = m.start("name") if cue_is_office else m.start()
        _coll_mention(ctx, s, m.end(), "Departement", rec, name)
    for m in REG_RE.finditer(work):
        if taken(m.start(), m.end()):
            continue
        name = m.group("name")
        reg = _region_of(name)
        if reg is None:
            continue
        rec = _best(_cog_find(reg, "Region"), "Region")
        cue_is_office = re.match(r"(?i)(?:conseill|vice)", m.group(0))
        s = m.start("name") if cue_is_office else m.start()
        if re.match(r"(?i)vice", m.group(0)):
            s = m.start() + re.search(r"(?i)région", m.group(0)).start()
        _coll_mention(ctx, s, m.end(), "Region", rec, territory.region_canonical(reg))
    for m in UNIQUE_TERRITORY_RE.finditer(work):
        # "Collectivité de Corse", "Collectivité territoriale de Martinique": a single territorial
        # collectivity in place of the region, called by its own name
        if taken(m.start(), m.end()):
            continue
        reg = m.group("r1") or m.group("r2")
        rec = _best(_cog_find(reg, "Region"), "Region")
        ek = _coll_mention(ctx, m.start(), m.end(), "Region", rec, territory.region_canonical(reg))
        if ek and ctx.entities[ek].name == territory.region_canonical(reg):
            ctx.entities[ek].name = clean_space(m.group(0))
    for m in REG_FOLDED_RE.finditer(ctx.folded):
        if taken(m.start(), m.end()):
            continue
        reg = _region_of(work[m.start("name"):m.end("name")])
        if reg is None:
            continue
        rec = _best(_cog_find(reg, "Region"), "Region")
        s = m.start("name") if re.match(r"(?:conseill|vice)", m.group(0)) else m.start()
        _coll_mention(ctx, s, m.end(), "Region", rec, territory.region_canonical(reg))
    for m in PAYS_RE.finditer(work):
        if taken(m.start(), m.end()) or _region_of(m.group("name")) or _region_of("Pays de " + m.group("name")):
            continue
        if fold(m.group(0)).startswith("pays de la loire"):
            continue
        nm = clean_space(m.group(0))
        epci = [k for k, e in ctx.entities.items() if e.type == "Collectivite" and e.subtype == "EPCI" and e.mentions
                and fold(e.name).endswith(fold(re.sub(r"^(?:le|la)\s+", "", nm, flags=re.IGNORECASE)))]
        if len(epci) == 1 and not re.match(r"(?i)PETR", nm):
            # "la Communauté de communes du Pays de Craon … Le Pays de Craon est adhérent": the same EPCI
            register(ctx, Mention(m.start(), m.end(), work[m.start():m.end()], "Collectivite", "",
                                  key=next(iter(ctx.entities[epci[0]].keys)), alias_only=True))
            continue
        ek = _coll_mention(ctx, m.start(), m.end(), "Autre", None, nm)
        # "PETR Pays Midi-Quercy" and "Pays Midi-Quercy": one territory
        from .registry import alias_key
        alias_key(ctx, f"c:Autre:{norm(m.group('name'))}", ek)
    for m in COMMUNE_CUE_RE.finditer(work):
        name = m.group("name")
        if NOT_PLACE.match(name) or taken(m.start("name"), m.end("name")):
            continue
        cname = _commune_name(m.group("de"), name)
        recs = _cog_find(cname, "Commune") or _cog_find(name, "Commune")
        rec = _disambiguate(ctx, recs, m.start())
        cue = fold(m.group("cue"))
        if rec is None and _cog is not None and (len(name) < 3 or name.isupper() or cue in ("villes", "communes")):
            continue  # "les 71 communes de la Métropole": a plural cue names only known communes
        if cue in ("villes", "communes"):
            _coll_mention(ctx, m.start("name"), m.end("name"), "Commune", rec, cname)
        elif cue in ("ville", "mairie", "commune", "hotel de ville", "municipalite"):
            _coll_mention(ctx, m.start(), m.end(), "Commune", rec, cname)
        else:
            _coll_mention(ctx, m.start("name"), m.end("name"), "Commune", rec, cname, surface=cname if fold(m.group("de")).strip() in ("du", "des") else None)
    for m in re.finditer(rf"(?m)^[ \t]*(?P<name>{PLACE})[ \t]*(?:\((?P<dep>\d{{2,3}})\)[ \t]*)?[:,.–-][ \t]", work):
        _place(ctx, m.start("name"), m.group("name"), m.group("dep"), exact=True)
    # agenda lines: "17 mars : Journée d'étude ..., Lyon"
    for m in re.finditer(rf"(?m),[ \t]+(?P<name>{PLACE})[ \t]*(?:\((?P<dep>\d{{2,3}})\))?[ \t.]*$", work):
        _place(ctx, m.start("name"), m.group("name"), m.group("dep"), exact=True)
    # agenda headings: "Mardi 7 novembre, 18h – Montpellier"
    for m in re.finditer(rf"(?m)^[^\n]{{0,60}}\d[^\n]{{0,40}}?[ \t][–—-][ \t]+(?P<name>{PLACE})[ \t]*(?:\((?P<dep>\d{{2,3}})\))?[ \t.]*$", work):
        _place(ctx, m.start("name"), m.group("name"), m.group("dep"), exact=True)
    # venues named after their town: "au Palais des congrès de Lyon", "à la Maison de l'ESS de Rennes"
    for m in re.finditer(rf"\b(?:Palais|Maison|Hôtel|Salle|Centre|Espace|Halle|Cité|Parc|Théâtre|Musée|Campus|Stade|"
                         rf"(?<=\s)(?:hôtel\s+de\s+ville|mairie|salle|halle|maison|médiathèque|théâtre|gymnase|"
                         rf"centre\s+(?:culturel|social|des\s+congrès)|palais\s+des\s+(?:congrès|sports)))"
                         rf"[^,.;:\n()]{{0,40}}?\s(?:de|d['’])\s?(?P<name>{PLACE})(?![\w'’-])", work):
        _place(ctx, m.start("name"), m.group("name"), None, exact=True)
    # "au Puy-en-Velay", "aux Sables-d'Olonne": the article of the commune's name is in the contraction
    if _cog is not None:
        for m in re.finditer(rf"(?<![\w-])(?P<art>au|aux)\s+(?P<name>{PLACE})", work):
            s, e = m.start("name"), m.end("name")
            if overlaps(ctx, s, e) or NOT_PLACE.match(m.group("name")):
                continue
            if re.match(r"\s+(?:des|du|de\s+la|de\s+l['’]|de)\s+[a-zé]", work[e:e + 20]):
                continue  # "au Palais des congrès": a venue, not the commune Le Palais
            full = ("Le " if m.group("art") == "au" else "Les ") + m.group("name")
            recs = [r for r in _cog_find(full, None) if r.kind == "Commune" and r.name == full]
            if recs:
                _coll_mention(ctx, s, e, "Commune", _disambiguate(ctx, recs, s), full, surface=m.group("name"))
    for m in PLACE_CUE_RE.finditer(work):
        _place(ctx, m.start("name"), m.group("name"), m.group("dep"))
        # "à Dijon et Langres": a second place joined by "et"
        tail = re.match(rf"\s*(?:\(\d{{2,3}}\)\s*)?(?:et|,)\s+(?P<n>{PLACE})", work[m.end():])
        if tail:
            _place(ctx, m.end() + tail.start("n"), tail.group("n"), None)


def _place(ctx: Ctx, s: int, name: str, dep: Optional[str], exact: bool = False) -> None:
    e = s + len(name)
    if exact and re.match(r"(?i)(?:maire|adjointe?|conseill|pr[ée]sident|contact|programme|agenda|date|lieu|horaires?)\b", name):
        return
    if NOT_PLACE.match(name) or name in PLACE_STOP or overlaps(ctx, s, e):
        return
    if re.match(r"\s+(?:des|du|de\s+la|de\s+l['’]|de)\s+[a-zé]", ctx.notes["work"][e:e + 20]) and " " not in name and "-" not in name:
        return  # "au Palais des congrès": a venue's common noun, not the commune Le Palais
    if _cog is None:
        return
    q = f"{name} ({dep})" if dep else name
    recs = [r for r in _cog_find(q, None) if r.kind == "Commune"]
    if not recs:
        return
    if exact:
        recs = [r for r in recs if r.name == name or r.name.upper() == name]
        if not recs:
            return
    rec = _disambiguate(ctx, recs, s)
    _coll_mention(ctx, s, e, "Commune", rec, name)


def _disambiguate(ctx: Ctx, recs: list, pos: int):
    """Among homonyms, prefer one whose département or région is named in the document."""
    if not recs:
        return None
    if len(recs) == 1:
        return recs[0]
    named_deps = {e.ids.get("insee") for e in ctx.entities.values() if e.subtype == "Departement"}
    named_regs = {e.extra.get("reg") for e in ctx.entities.values() if e.type == "Collectivite"}
    for r in recs:
        if r.dep in named_deps:
            return r
    top = recs[0].population or 0
    for r in recs:
        # a homonym in a region the text names, unless the first one is far larger
        if r.reg in named_regs and (r.population or 0) * 20 >= top:
            return r
    return recs[0]


_EPT_RX: list = []


def _ept_names_re() -> list:
    if not _EPT_RX and _cog is not None:
        try:
            from loaders.cog.records import load_records
            names = sorted({r.name for r in load_records() if r.kind == "EPT"}, key=len, reverse=True)
            alt = "|".join(re.escape(n).replace(r"\ ", r"[\s-]").replace(r"\-", r"[\s-]") for n in names)
            _EPT_RX.append(re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])"))
        except Exception:  # noqa: BLE001
            pass
    return _EPT_RX


GENERIC_COLL_RE = re.compile(r"(?<![\w-])(?:[Ll]a\s+|[Ll]e\s+|[Ll]['’]|[Dd]e\s+la\s+|[Dd]u\s+|[Aa]u\s+|[Àà]\s+la\s+|[Pp]ar\s+l['’])"
                             r"(?P<w>Région|Département|Eurométropole|Métropole|Agglomération|Agglo|Ville|Mairie|municipalité|agglomération|agglo|"
                             r"communauté d['’]agglomération|communauté de communes|communauté urbaine|intercommunalité)"
                             r"(?!\s*(?:de|d['’]|du|des|et)\b)(?![\w-])")


def generic_collectivites(ctx: Ctx) -> None:
    """"la Région", "le Département", "la Ville" in a text that names exactly one of that kind
    are further mentions of it (no alias is added)."""
    work = ctx.notes["work"]
    kinds = {"region": "Region", "departement": "Departement", "metropole": "EPCI", "eurometropole": "EPCI", "agglomeration": "EPCI",
             "agglo": "EPCI", "ville": "Commune", "mairie": "Commune", "municipalite": "Commune",
             "communaute d'agglomeration": "EPCI", "communaute de communes": "EPCI", "communaute urbaine": "EPCI",
             "intercommunalite": "EPCI"}
    for m in GENERIC_COLL_RE.finditer(work):
        s, e = m.start("w"), m.end("w")
        if overlaps(ctx, s, e) or _in_quote(ctx, s):
            continue
        sub = kinds[fold(m.group("w"))]
        ks = [k for k, en in ctx.entities.items() if en.type == "Collectivite" and en.subtype == sub]
        word = fold(m.group("w"))
        if word in territory.EPCI_LEGAL_FORM:
            # "la communauté urbaine" is never the communauté d'agglomération the text also names
            ks = [k for k in ks if territory.EPCI_LEGAL_FORM[word] == ctx.entities[k].extra.get("epci_type")
                  or word in fold(ctx.entities[k].name)]
        elif sub == "EPCI" and len(ks) > 1:
            # "l'Eurométropole", "la Métropole" in a text that also names a communauté de communes
            ks = [k for k in ks if word in fold(ctx.entities[k].name)] or ks
        if sub == "Commune" and len(ks) > 1:
            from .refs import page_commune
            pk = page_commune(ctx)
            ks = [pk] if pk else []
        if len(ks) != 1:
            continue
        ent = ctx.entities[ks[0]]
        register(ctx, Mention(s, e, ctx.text[s:e], "Collectivite", ent.name, subtype=sub, key=next(iter(ent.keys)),
                              alias_only=True, source="ess_propagate/1", extra={"no_surface": True}))




# ---------------------------------------------------------------- ess_bare_communes/1
BARE_MIN_POPULATION = 5000
# commune names that are far more often something else in these texts
BARE_STOP = {"Orange", "Grand", "Sète", "Bourg", "Mont", "Laval"}
# "au cœur de Villeurbanne", "près de Lyon": a place after a locative, not part of a name
_LOCATIVE_DE = re.compile(r"(?:cœur|coeur|centre|portes?|près|proche|proximité|environs|alentours|périphérie|"
                          r"banlieue|quartiers?(?:\s+(?:prioritaires|populaires|nord|sud|est|ouest))?|habitants?|maire|entre|autour|municipale?|municipaux|originaires?|"
                          r"vien(?:t|ne|nent|nnent)|venu(?:e|s|es)?|(?:,\s*)?(?:de|d['’])\s?[A-ZÉ][\w'’-]+\s*,|Scop|SCIC|Scic)\s+(?:de|d['’])\s?$")


# "à l'espace Maurice-Rollinat de Vierzon", "à la pépinière d'entreprises de Renazé": a venue of the commune after it
_VENUE_DE = re.compile(r"\b(?:à|au|dans)\s+(?:la\s+|l['’]|le\s+|les\s+)?(?:espace|salle|salons?|centre|palais|pépinière|parc|théâtre|"
                       r"médiathèque|gymnase|foyer|maison|halle|hôtel\s+de\s+ville|mairie|locaux|campus|auditorium|cinéma|ferme|"
                       r"site|tiers-lieu)\b[^,.;:\n()]{0,40}?\s(?:de|d['’])\s?$", re.IGNORECASE)
VENUE_MIN_POPULATION = 1000


def _in_title(ctx: Ctx, pos: int) -> bool:
    """Inside a short quotation, a title ("« Agir pour l'ESS à Lille »"); a longer one is speech
    (« ce n'est pas seulement Roubaix ou Lille, c'est toute la métropole »), where towns are named as such."""
    work = ctx.notes["work"]
    return any(a < pos < b and len(work[a:b].split()) <= 10 for a, b in ctx.notes.get("quotes", []))


def bare_communes(ctx: Ctx) -> None:
    """Larger communes named with no cue ("Échirolles et Saint-Martin-d'Hères ont adhéré",
    "au cœur de Villeurbanne"): the official name, written out, of a commune of at least
    5,000 inhabitants (the threshold keeps hamlets that share a common word out), outside any other name, and not the complement of a name ("Forum de X")."""
    if _cog is None:
        return
    work = ctx.notes["work"]
    for m in re.finditer(rf"(?:(?<=\b[dD]['’])|(?<![\w'’-])){PLACE}(?![\w'’-])", work):  # "autour d'Évreux"
        s, e, name = m.start(), m.end(), m.group(0)
        if name in BARE_STOP or NOT_PLACE.match(name) or overlaps(ctx, s, e) or ctx.in_contact(s) or _in_title(ctx, s):
            continue
        before = work[max(0, s - 30):s]
        venue = _VENUE_DE.search(work[max(0, s - 70):s])
        if re.search(r"(?:\b(?:de|du|des)\s|\bd['’]\s?)$", before) and not _LOCATIVE_DE.search(before) and not venue:
            continue  # "Mission locale de Lyon", "Forum de l'ESS de Lille": part of a name
        if re.search(r"(?:\b(?:M\.|Mme|Monsieur|Madame)\s)$", before) or re.match(r"\s+[A-ZÉ][a-zé]", work[e:e + 3]):
            continue
        straight = name.replace("’", "'")
        recs = [r for r in _cog_find(straight, "Commune") if r.name == straight
                and (r.population or 0) >= (VENUE_MIN_POPULATION if venue else BARE_MIN_POPULATION)]
        if not recs:
            continue
        _coll_mention(ctx, s, e, "Commune", _disambiguate(ctx, recs, s), name)
    _listed_communes(ctx)


# "de Marmande, Tonneins et Sainte-Bazeille", "de Figeac à Saint-Dié": a place coordinated with a
# commune already found is a commune too, whatever its size
_COORD = r"\s*(?:,|\bet\b|\bou\b|\bà\b)\s*(?:(?:de|du)\s+|d['’]\s?)?"


def _listed_communes(ctx: Ctx) -> None:
    work = ctx.notes["work"]
    changed = True
    while changed:
        changed = False
        communes = [(s, e) for s, e, k in ctx.spans if ctx.entities[k].subtype == "Commune"]
        for m in re.finditer(rf"(?<![\w'’-]){PLACE}(?![\w'’-])", work):
            s, e, name = m.start(), m.end(), m.group(0)
            if name in BARE_STOP or NOT_PLACE.match(name) or overlaps(ctx, s, e) or ctx.in_contact(s) or _in_title(ctx, s):
                continue
            left = any(re.fullmatch(_COORD, work[ce:s]) for cs, ce in communes if ce <= s and s - ce <= 8)
            right = any(re.fullmatch(_COORD, work[e:cs])
                        for cs, ce in communes if cs >= e and cs - e <= 8)
            if not (left or right):
                continue
            straight = name.replace("’", "'")
            recs = [r for r in _cog_find(straight, "Commune") if r.name == straight]
            if recs:
                _coll_mention(ctx, s, e, "Commune", _disambiguate(ctx, recs, s), name)
                changed = True
