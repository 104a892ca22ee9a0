"""Name lookup over the official collectivités: find() and is_known_name().

The index maps normalised keys to records with a match quality:
0 = the official name, 1 = a usual variant (leading article dropped, EPCI type prefix
"CA"/"CC"/"CU" dropped, curated alias), 2 = the bare core of an EPCI name ("Nantes" for
"Nantes Métropole"), which is only used when the text says it means an EPCI, 3 = another
name of a current commune: a former commune now déléguée or associée (Pierrefitte-sur-Seine
-> Saint-Denis), or an arrondissement of Paris, Lyon or Marseille ("Paris 11e" -> Paris).
A query is tried whole, then with a leading word that names a kind removed ("Mairie de",
"Conseil départemental du", "Communauté d'agglomération de"...), that kind becoming a hint.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, Optional

from .aliases import ALIASES, EPT_NUMBERS, HINTED_ALIASES, PARIS_INSEE, SHORT_ALIASES
from .normalise import normalise
from .records import EPCI_TYPES, KINDS, CollectiviteRecord, load_aliases, load_records

_KIND_ORDER = {k: i for i, k in enumerate(KINDS)}
_ARTICLE = re.compile(r"^(?:le|la|les|l) (.+)$")
_CONNECT = r"(?:(?:de la|de l|des|du|de|d|la|le|les|l|en) )?"
_EPCI_ABBR = re.compile(rf"^(?:ca|cc|cu) {_CONNECT}(.+)$")
_EPCI_CORE_HEAD = re.compile(
    rf"^(?:metropole|eurometropole|agglomeration|agglo|communaute) {_CONNECT}(.+)$")
_EPCI_CORE_TAIL = re.compile(r"^(.+?) (?:metropole|agglomeration|agglo|communaute)$")
_DEP_CODE = re.compile(r"^(?:\d{2}|2a|2b|97\d)$")
_EPT_NUMBER = re.compile(
    r"^(?:(?:ept|etablissement public territorial|territoire)(?: t)?|t) ?(\d{1,2})$")
_CD_CODE = re.compile(r"^cd ?(\d{2}|2a|2b|97\d)$")
_ARRONDISSEMENT = re.compile(r"^(paris|lyon|marseille) (\d+)(?:er|e) arrondissement$")
_TRAILING_DEP = re.compile(r"\(\s*(\d{2}|2[AaBb]|97\d)\s*\)\s*$")

# Leading words that name a kind (and for EPCI, maybe its type). Longest alternatives first.
_PREFIXES: list[tuple[re.Pattern[str], tuple[str, ...], Optional[str]]] = [
    (re.compile(rf"^(?:{words}) {_CONNECT}(.+)$"), kinds, etype)
    for words, kinds, etype in [
        ("conseil municipal|hotel de ville|ville|mairie|commune|municipalite", ("Commune",), None),
        ("conseil departemental|conseil general|hotel du departement|departement|dept|cd",
         ("Departement",), None),
        ("conseil regional|hotel de region|region|collectivite territoriale|collectivite",
         ("Region",), None),
        ("communaute d agglomeration|communaute d agglo|agglomeration|agglo|ca", ("EPCI",), "CA"),
        ("communaute de communes|cc", ("EPCI",), "CC"),
        ("communaute urbaine|cu", ("EPCI",), "CU"),
        ("conseil metropolitain|metropole|eurometropole", ("EPCI",), "MET"),
        ("conseil communautaire|intercommunalite|interco|epci|communaute", ("EPCI",), None),
        ("etablissement public territorial|conseil de territoire|conseil territorial"
         "|ept|territoire", ("EPT",), None),
    ]
]
_SUFFIXES: list[tuple[re.Pattern[str], tuple[str, ...], Optional[str]]] = [
    (re.compile(r"^(.+) (?:metropole|eurometropole)$"), ("EPCI",), "MET"),
    (re.compile(r"^(.+) (?:agglomeration|agglo)$"), ("EPCI",), "CA"),
]


@dataclass(frozen=True, slots=True)
class _Index:
    records: tuple[CollectiviteRecord, ...]
    general: dict[str, tuple[tuple[int, int], ...]]   # key -> ((record idx, quality), ...)
    hinted: dict[str, tuple[tuple[int, int], ...]]    # keys valid only with a kind hint
    short: dict[str, int]                             # find()-only acronyms
    by_code: dict[tuple[str, str], int]               # (kind, INSEE code or SIREN) -> idx


def _core(key: str) -> str:
    m = _EPCI_CORE_HEAD.match(key)
    key = m.group(1) if m else key
    m = _EPCI_CORE_TAIL.match(key)
    key = m.group(1) if m else key
    m = _ARTICLE.match(key)
    return m.group(1) if m else key


def _other_names(key: str) -> list[str]:
    """Keys for a former commune's name, or the usual ways of writing an arrondissement."""
    keys = [key]
    m = _ARTICLE.match(key)
    if m:
        keys.append(m.group(1))
    m = _ARRONDISSEMENT.match(key)
    if m:
        city, n = m.groups()
        for o in [f"{n}e", f"{n}eme"] + (["1er", "1ere"] if n == "1" else []):
            keys += [f"{city} {o}", f"{city} {o} arrondissement", f"{o} arrondissement",
                     f"{o} arrondissement de {city}", f"{o} arrondissement {city}"]
    return keys


@lru_cache(maxsize=1)
def _index() -> _Index:
    records = load_records()
    general: dict[str, dict[int, int]] = defaultdict(dict)
    hinted: dict[str, dict[int, int]] = defaultdict(dict)

    def add(table: dict[str, dict[int, int]], key: str, i: int, q: int) -> None:
        if key and q < table[key].get(i, 99):
            table[key][i] = q

    for i, r in enumerate(records):
        key = normalise(r.name)
        add(general, key, i, 0)
        m = _ARTICLE.match(key)
        if m:
            add(general, m.group(1), i, 1)
        if r.kind == "EPCI":
            # "CA Porte de l'Isère (CAPI)": texts write the name without its acronym in brackets
            bare = normalise(re.sub(r"\s*\([^)]*\)\s*$", "", r.name))
            for k in {key, bare}:
                if k != key:
                    add(general, k, i, 0)
                m = _EPCI_ABBR.match(k)
                short = m.group(1) if m else k
                add(general, short, i, 1)
                core = _core(short)
                if core != short and len(core) >= 3:
                    add(hinted, core, i, 2)
            # "CA CIVIS (Communauté Intercommunale des Villes Solidaires)": the name spelt out in brackets
            spelt = re.search(r"\(([^()]+)\)\s*$", r.name)
            if spelt and len(spelt.group(1).split()) >= 3:
                add(general, normalise(spelt.group(1)), i, 1)
    code_idx: dict[tuple[str, str], int] = {}
    for i, r in enumerate(records):
        for code in (r.insee, r.siren):
            if code:
                code_idx[(r.kind, code)] = i
    for alias, (kind, code) in ALIASES.items():
        add(general, alias, code_idx[(kind, code)], 1)
    for (kind, alias), code in HINTED_ALIASES.items():
        add(hinted, alias, code_idx[(kind, code)], 1)
    for _type, _code, name, parent in load_aliases():
        i = code_idx.get(("Commune", parent))
        if i is None:
            continue
        for key in _other_names(normalise(name)):
            add(general, key, i, 3)
    short_idx = {a: code_idx[kc] for a, kc in SHORT_ALIASES.items()}
    freeze = lambda t: {k: tuple(v.items()) for k, v in t.items()}  # noqa: E731
    return _Index(records, freeze(general), freeze(hinted), short_idx, code_idx)


def _parse_kind(kind: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """Explicit kind filter -> (kind, epci_type). Accepts accents and EPCI types."""
    if kind is None:
        return None, None
    k = normalise(kind)
    for name in KINDS:
        if k == normalise(name):
            return name, None
    if k.upper() in EPCI_TYPES:
        return "EPCI", k.upper()
    raise ValueError(f"loaders.cog: unknown kind {kind!r}; use one of {', '.join(KINDS)} "
                     f"or an EPCI type ({', '.join(EPCI_TYPES)})")


def _code_lookup(kinds: tuple[str, ...], code: str) -> Optional[int]:
    table = _index().by_code
    for kind in kinds:
        if (kind, code.upper()) in table:
            return table[(kind, code.upper())]
    return None


def _candidates(qn: str, strict: bool) -> Iterator[tuple[int, bool, int, Optional[str]]]:
    """Yield (record idx, kind hinted by the text, quality, EPCI type hinted) for key ``qn``.

    ``strict`` leaves out forms that are too often something else in running text
    (bare "T2", three-letter acronyms).
    """
    ix = _index()
    m = _EPT_NUMBER.match(qn)
    if m and (not strict or qn.startswith(("ept", "etablissement", "territoire"))):
        n = int(m.group(1))
        if n == 1:
            yield ix.by_code[("Commune", PARIS_INSEE)], True, 1, None
        for siren, num in EPT_NUMBERS.items():
            if num == n:
                yield ix.by_code[("EPT", siren)], True, 1, None
        return
    m = _CD_CODE.match(qn)
    if m:
        i = _code_lookup(("Departement",), m.group(1))
        if i is not None:
            yield i, True, 1, None
    for i, q in ix.general.get(qn, ()):
        yield i, False, q, None
    m = _ARTICLE.match(qn)
    if m:
        for i, q in ix.general.get(m.group(1), ()):
            yield i, False, max(q, 1), None
    if not strict and qn in ix.short:
        yield ix.short[qn], False, 1, None
    for pattern, kinds, etype in (*_PREFIXES, *_SUFFIXES):
        m = pattern.match(qn)
        if not m:
            continue
        rest = m.group(1)
        if _DEP_CODE.match(rest) and kinds[0] in ("Departement", "Region"):
            i = _code_lookup(kinds, rest)
            if i is not None:
                yield i, True, 1, etype
            continue
        keys = [rest]
        a = _ARTICLE.match(rest)
        if a:
            keys.append(a.group(1))
        for key in keys:
            for table in (ix.general, ix.hinted):
                for i, q in table.get(key, ()):
                    if ix.records[i].kind in kinds:
                        yield i, True, q, etype


@dataclass(frozen=True, slots=True)
class _Filter:
    kind: Optional[str] = None
    epci_type: Optional[str] = None
    dep: Optional[str] = None
    reg: Optional[str] = None
    min_population: int = 0

    def accepts(self, r: CollectiviteRecord) -> bool:
        return ((not self.kind or r.kind == self.kind)
                and (not self.epci_type or r.epci_type == self.epci_type)
                and (not self.dep or r.dep == self.dep)
                and (not self.reg or r.reg == self.reg)
                and (r.population or 0) >= self.min_population)


def _filter(kind, dep, reg, min_population) -> _Filter:
    want_kind, want_type = _parse_kind(kind)
    return _Filter(want_kind, want_type, dep.upper() if dep else None, reg,
                   min_population)


def find(name: str, kind: Optional[str] = None, *, dep: Optional[str] = None,
         reg: Optional[str] = None, min_population: int = 0) -> list[CollectiviteRecord]:
    """Collectivités whose official name matches ``name`` in one of its usual written forms.

    Accents, case, hyphens, apostrophes and "St"/"Saint" do not matter; leading words such
    as "Ville de", "Mairie du", "Conseil départemental de la", "Région", "Communauté
    d'agglomération de", "EPT" are understood and hint the kind; "EPT 11"/"T11" name the
    Grand Paris territories; a trailing "(94)" keeps only that département. Candidates come
    best first: those of the hinted kind, then official names before variants, then the
    name with the very accents written, then by population (so the larger of several
    homonyms comes first).

    Filters: ``kind`` (Commune, EPCI, EPT, Departement, Region, or an EPCI type MET, CU,
    CA, CC), ``dep`` and ``reg`` (codes the collectivité belongs to), ``min_population``.

    >>> [r.insee for r in find("Mairie du Kremlin-Bicêtre")]
    ['94043']
    >>> find("Nantes Métropole")[0].siren
    '244400404'
    >>> find("Conseil départemental du Val-de-Marne")[0].insee
    '94'
    >>> [(r.kind, r.name) for r in find("EPT 8")]
    [('EPT', 'Est Ensemble')]
    >>> [r.dep for r in find("Saint-Denis")][:2]
    ['974', '93']
    >>> find("Saint-Denis (93)")[0].insee == find("Saint-Denis", reg="11")[0].insee == '93066'
    True
    """
    m = _TRAILING_DEP.search(name)
    if m:
        if dep and dep.upper() != m.group(1).upper():
            return []
        dep = m.group(1)
        name = name[:m.start()]
    keep = _filter(kind, dep, reg, min_population)
    qn = normalise(name)
    if not qn:
        return []
    as_written = " ".join(name.split()).casefold()
    ix = _index()
    best: dict[int, tuple] = {}
    for i, hinted, q, etype in _candidates(qn, strict=False):
        r = ix.records[i]
        if not keep.accepts(r):
            continue
        # Among equals, the name spelt exactly as written (accents too) comes first:
        # "Ville" before "Villé".
        key = (not hinted, q, not (etype and r.epci_type == etype),
               r.name.casefold() != as_written, -(r.population or 0),
               _KIND_ORDER[r.kind], r.name)
        if i not in best or key < best[i]:
            best[i] = key
    return [ix.records[i] for i, _ in sorted(best.items(), key=lambda kv: kv[1])]


def is_known_name(text: str, kind: Optional[str] = None, *, dep: Optional[str] = None,
                  reg: Optional[str] = None, min_population: int = 0) -> bool:
    """True when ``text`` names an official collectivité (same forms and filters as find()).

    Meant for an extractor testing many candidate strings: one normalisation and a few
    dictionary look-ups. Bare "T2" and three-letter acronyms (MEL, AMP) are not accepted
    here, as they are too often something else in running text; find() accepts them.
    Some communes bear common words ("Orange", "Ville"): ``min_population`` or a ``kind``
    other than Commune keeps such small or unwanted matches out.

    >>> is_known_name("Conseil régional d'Ile-de-France"), is_known_name("Est Ensemble")
    (True, True)
    >>> is_known_name("Fédération des Centres Sociaux")
    False
    >>> is_known_name("Gironde", kind="Region")
    False
    """
    keep = _filter(kind, dep, reg, min_population)
    qn = normalise(text)
    if not qn:
        return False
    ix = _index()
    return any(keep.accepts(ix.records[i]) for i, _h, _q, _e in _candidates(qn, strict=True))
