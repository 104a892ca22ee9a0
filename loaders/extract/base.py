"""Shared state of one extraction run and small text helpers.

Every component reads and writes one `Ctx`. Mentions are found first (names, places,
events...), merged into entities, then relation components work on entity keys.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Optional

APOS = "’‘ʼ`´′"
DASHES = "‐‑‒–—―−"


def fold_char(c: str) -> str:
    """One character folded (accent stripped, lower case, one apostrophe, one dash); same length."""
    if c in APOS:
        return "'"
    if c in DASHES:
        return "-"
    d = unicodedata.normalize("NFD", c)[0]
    low = d.lower()
    return low if len(low) == 1 else d


def fold(text: str) -> str:
    """Length-preserving fold, so that offsets in the folded text are offsets in the text."""
    return "".join(fold_char(c) for c in text)


def norm(s: str) -> str:
    """Comparison key for names: folded, quotes dropped, hyphens as spaces, ESS spelled short."""
    s = fold(s)
    s = re.sub(r"[«»\"“”„]", " ", s).replace("-", " ").replace("&", " et ")
    s = re.sub(r"\s+", " ", s).strip(" .,;:!?")
    s = s.replace("economie sociale et solidaire", "ess")
    s = re.sub(r"^(?:(?:le|la|les) |l')", "", s)
    return s


def clean_space(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


@dataclass
class Mention:
    """A stretch of text that names an entity, before merging."""

    start: int
    end: int
    text: str
    type: str
    name: str
    subtype: Optional[str] = None
    key: Optional[str] = None          # merge key; mentions with the same key are one entity
    ids: dict = field(default_factory=dict)
    source: str = ""                   # component that found it
    extra: dict = field(default_factory=dict)
    alias_only: bool = False           # contributes an alias, not a canonical name


@dataclass
class Rel:
    type: str
    source: str
    target: str
    start: int
    end: int
    role: Optional[str] = None
    delegation: Optional[str] = None
    chain: Optional[int] = None


@dataclass
class Ctx:
    text: str
    doc_date: Optional[str] = None
    folded: str = ""
    spacy_doc: object = None
    sents: list = field(default_factory=list)          # [(start, end)]
    sent_starts: list = field(default_factory=list)
    masked: list = field(default_factory=list)         # [(start, end)] repeated passages, contacts
    contact_lines: list = field(default_factory=list)  # [(start, end)]
    dates: list = field(default_factory=list)          # DateMention
    mentions: list = field(default_factory=list)       # Mention
    entities: dict = field(default_factory=dict)       # key -> EntityBuilder
    mention_ent: dict = field(default_factory=dict)    # id(mention) -> entity key
    rels: list = field(default_factory=list)
    spans: list = field(default_factory=list)          # [(start, end, entity key)] sorted
    notes: dict = field(default_factory=dict)          # free scratch space between components

    # -------------------------------------------------------------- sentences
    def sent_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def sent_span(self, pos: int) -> tuple[int, int]:
        if not self.sents:
            return 0, len(self.text)
        return self.sents[self.sent_index(pos)]

    def sentence(self, pos: int) -> str:
        s, e = self.sent_span(pos)
        return self.text[s:e]

    def is_masked(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.masked)

    def in_contact(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.contact_lines)

    # -------------------------------------------------------------- entity spans
    def ents_in(self, start: int, end: int, types: Optional[set] = None) -> list[tuple[int, int, str]]:
        out = []
        spans = self.spans
        for i in range(bisect.bisect_left(spans, (start,)), len(spans)):  # spans are kept sorted
            s, e, k = spans[i]
            if s >= end:
                break
            if e <= end and (types is None or self.entities[k].type in types):
                out.append((s, e, k))
        return out

    def starting_in(self, start: int, end: int, types: Optional[set] = None) -> list[tuple[int, int, str]]:
        """Spans that start in [start, end), however far they run: "the organisation right after the
        verb" must not miss a long name ("Chambre régionale de l'économie sociale et solidaire de …")."""
        out = []
        spans = self.spans
        for i in range(bisect.bisect_left(spans, (start,)), len(spans)):
            s, e, k = spans[i]
            if s >= end:
                break
            if types is None or self.entities[k].type in types:
                out.append((s, e, k))
        return out

    def ent_at(self, pos: int) -> Optional[tuple[int, int, str]]:
        for s, e, k in self.spans:
            if s <= pos < e:
                return s, e, k
        return None

    def add_rel(self, type_: str, source: str, target: str, start: int, end: int,
                role: Optional[str] = None, delegation: Optional[str] = None, chain: Optional[int] = None) -> None:
        """Add a relation once: same type and ends is a duplicate, except holds_post posts of
        one apposition chain ("directeur général adjoint, responsable du pôle X, ORG")."""
        if source == target:
            return
        for r in self.rels:
            if r.type == type_ and r.source == source and r.target == target:
                if type_ != "holds_post" or chain is None or r.chain != chain or (r.role or "") == (role or ""):
                    return
            if type_ in ("partner_of",) and r.type == type_ and r.source == target and r.target == source:
                return
        self.rels.append(Rel(type_, source, target, start, end, role, delegation, chain))


ACRONYM_SMALL = {"de", "du", "des", "la", "le", "les", "l", "d", "et", "pour", "à", "a", "en", "au", "aux", "sur"}


def acronym_start(words: list[str], acr: str) -> Optional[int]:
    """Index of the first of the trailing ``words`` whose initials spell ``acr``, small words
    skipped ("Agence de développement économique de la Corse" spells ADEC from "Agence")."""
    initials, i, first = "", len(words), None
    while i > 0 and len(initials) < len(acr):
        i -= 1
        if fold(words[i]) in ACRONYM_SMALL:
            continue
        initials = fold(words[i][0]).upper() + initials
        first = i
    return first if first is not None and initials == acr.upper() else None
