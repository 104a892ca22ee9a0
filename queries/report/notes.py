"""Numbered source notes: every factual statement of a report cites its evidence.

A note is one quote from one document; the same quote cited twice keeps its number.
Quotes are cleaned of contact details before they reach the page.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping

from queries.maps.common import DocInfo, strip_contacts


@dataclass(frozen=True)
class Note:
    number: int
    doc_id: str
    title: str
    date: str
    source: str
    quote: str


class Notes:
    def __init__(self, docs: Mapping[str, DocInfo], per_statement: int = 3) -> None:
        self.docs = docs
        self.per_statement = per_statement
        self._by_key: dict[tuple[str, str], Note] = {}

    def cite(self, evidence: Iterable[Mapping]) -> list[int]:
        """Note numbers for up to `per_statement` evidence items ({doc, quote, …})."""
        out: list[int] = []
        for ev in evidence or ():
            if len(out) >= self.per_statement:
                break
            doc, quote = str(ev.get("doc") or ""), strip_contacts(ev.get("quote") or "").strip()
            if not doc:
                continue
            key = (doc, quote)
            note = self._by_key.get(key)
            if note is None:
                d = self.docs.get(doc) or DocInfo(doc)
                note = Note(len(self._by_key) + 1, doc, d.display, d.date or "", d.source or "", quote)
                self._by_key[key] = note
            if note.number not in out:
                out.append(note.number)
        return out

    def cite_edges(self, edges: Iterable[Mapping]) -> list[int]:
        """Notes for several relations: the first evidence of each, then more of the first ones."""
        edges = list(edges)
        first = [e["evidence"][0] for e in edges if e.get("evidence")]
        return self.cite(first + [ev for e in edges for ev in (e.get("evidence") or [])[1:]])

    @property
    def all(self) -> list[Note]:
        return sorted(self._by_key.values(), key=lambda n: n.number)

    def __len__(self) -> int:
        return len(self._by_key)
