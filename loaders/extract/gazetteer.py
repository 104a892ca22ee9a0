"""The curated gazetteer (ontology/gazetteer/actors.ttl), loaded once with rdflib.

Labels are compiled into two regexes over the folded text: acronyms (labels written in
capitals, or entries flagged ess:caseSensitive) are matched case-sensitively on the
accent-folded text; all other labels case-insensitively with hyphens and spaces alike.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from .base import fold

TTL = Path(__file__).resolve().parents[2] / "ontology" / "gazetteer" / "actors.ttl"
ESS = "https://w3id.org/essgraph/ontology#"
ESSN = "https://w3id.org/essgraph/vocab/actor/"


@dataclass(frozen=True)
class Entry:
    key: str
    iri: str
    type: str
    pref: str
    labels: tuple[str, ...]
    region: Optional[str] = None
    subtype: Optional[str] = None
    branch_type: Optional[str] = None   # the type of its territorial branches ("France Active Bretagne")


def _accent_fold(s: str) -> str:
    """Fold accents/apostrophes/dashes but keep case (for acronym matching)."""
    import unicodedata
    out = []
    for c in s:
        if c in "’‘ʼ`´′":
            out.append("'")
        elif c in "‐‑‒–—―−":
            out.append("-")
        else:
            out.append(unicodedata.normalize("NFD", c)[0])
    return "".join(out)


def _is_acronym(label: str, case_sensitive: bool) -> bool:
    letters = [c for c in label if c.isalpha()]
    return case_sensitive or (bool(letters) and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1)
                              and len(label) <= 12)


def _label_regex(label: str) -> str:
    parts = re.split(r"[\s-]+", label)
    body = r"[\s-]+".join(re.escape(p).replace("'", r"'\s*") for p in parts)
    return body


@dataclass
class Gazetteer:
    entries: dict[str, Entry]
    rx_ci: re.Pattern
    rx_cs: re.Pattern
    label_owner: dict[str, str]          # folded label -> entry key

    def find(self, text: str, folded: str) -> list[tuple[int, int, Entry]]:
        hits: list[tuple[int, int, Entry]] = []
        for m in self.rx_ci.finditer(folded):
            k = self.label_owner.get(("ci", re.sub(r"[\s-]+", " ", m.group(0)).replace("' ", "'")))
            if k:
                hits.append((m.start(), m.end(), self.entries[k]))
        af = _accent_fold(text)
        for m in self.rx_cs.finditer(af):
            k = self.label_owner.get(("cs", re.sub(r"[\s-]+", " ", m.group(0))))
            if k:
                hits.append((m.start(), m.end(), self.entries[k]))
        # longest first, no overlaps
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        out: list[tuple[int, int, Entry]] = []
        last_end = -1
        for h in hits:
            if h[0] >= last_end:
                out.append(h)
                last_end = h[1]
        return out

    def by_region(self, region: str) -> Optional[Entry]:
        f = fold(region).replace("-", " ")
        for e in self.entries.values():
            if e.region and fold(e.region).replace("-", " ") == f:
                return e
        return None


@lru_cache(maxsize=1)
def load(path: str = str(TTL)) -> Gazetteer:
    import rdflib
    from rdflib.namespace import SKOS

    g = rdflib.Graph()
    try:
        g.parse(path, format="turtle")
    except Exception as exc:  # noqa: BLE001 - re-raised with the file named
        raise RuntimeError(f"{path}: cannot parse the gazetteer ({exc}); fix the Turtle syntax") from exc
    entries: dict[str, Entry] = {}
    ci_labels: dict[str, str] = {}
    cs_labels: dict[str, str] = {}
    label_owner: dict = {}
    for s in set(g.subjects(rdflib.URIRef(ESS + "evalType"), None)):
        iri = str(s)
        key = iri[len(ESSN):] if iri.startswith(ESSN) else iri.rsplit("/", 1)[-1]
        etype = str(g.value(s, rdflib.URIRef(ESS + "evalType")))
        pref = str(g.value(s, SKOS.prefLabel))
        alts = [str(o) for o in g.objects(s, SKOS.altLabel)]
        region = g.value(s, rdflib.URIRef(ESS + "region"))
        subtype = g.value(s, rdflib.URIRef(ESS + "subtype"))
        cs_flag = bool(g.value(s, rdflib.URIRef(ESS + "caseSensitive")))
        branch = g.value(s, rdflib.URIRef(ESS + "branchEvalType"))
        labels = tuple([pref] + alts)
        entries[key] = Entry(key, iri, etype, pref, labels, str(region) if region else None,
                             str(subtype) if subtype else None, str(branch) if branch else None)
        for lab in labels:
            if _is_acronym(lab, cs_flag):
                f = re.sub(r"[\s-]+", " ", _accent_fold(lab))
                cs_labels[f] = key
                label_owner[("cs", f)] = key
            else:
                f = re.sub(r"[\s-]+", " ", fold(lab)).replace("' ", "'")
                ci_labels[f] = key
                label_owner[("ci", f)] = key
    def build(labels: dict[str, str], flags: int) -> re.Pattern:
        alts = sorted(labels, key=len, reverse=True)
        body = "|".join(_label_regex(a) for a in alts) or r"(?!x)x"
        return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", flags)
    return Gazetteer(entries, build(ci_labels, 0), build(cs_labels, 0), label_owner)
