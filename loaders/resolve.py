"""Cross-document entity resolution: global IRIs for an extraction's entities.

An entity gets its IRI from graph/iri.py (official code, gazetteer key, or slug of its name and
type), then persisted merge decisions apply: a human-editable `decisions.csv` in the store
directory (columns iri_a, iri_b, decision, note) where `same` maps iri_b to iri_a. Because the
file is read at every build, a merge survives rebuilds. `suggest_merges` proposes near-duplicate
persons ("F. Dechy" / "François Dechy") for a person to accept into the file.
"""
from __future__ import annotations

import csv
import difflib
import io
import re
from collections import defaultdict
from pathlib import Path
from typing import Iterable, Literal, Mapping, Optional, Union

from pydantic import BaseModel, ConfigDict, Field

from essgraph.errors import InputError, UsageError
from graph import iri as iris
from graph.model import Extraction
from graph.namespaces import ID

COLUMNS = ("iri_a", "iri_b", "decision", "note")
DecisionKind = Literal["same", "different"]


class Decision(BaseModel):
    """One reviewed pair: `same` means iri_b is the same actor as iri_a (iri_a is kept)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    iri_a: str = Field(min_length=1)
    iri_b: str = Field(min_length=1)
    decision: DecisionKind
    note: str = ""


class Decisions:
    """The merge decisions of a store, loaded from and saved to a CSV file."""

    def __init__(self, rows: Iterable[Decision] = ()):
        self._rows: dict[tuple[str, str], Decision] = {}
        self._canon: Optional[dict[str, str]] = None
        for row in rows:
            self.add(row.iri_a, row.iri_b, row.decision, row.note)

    # -- file -----------------------------------------------------------------------------
    @classmethod
    def load(cls, path: Union[str, Path]) -> "Decisions":
        """Read `path`; a missing file means no decisions yet."""
        path = Path(path)
        if not path.exists():
            return cls()
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(str(path), f"cannot read merge decisions ({exc})", "save the file as UTF-8 CSV") from None
        reader = csv.DictReader(io.StringIO(text))
        if reader.fieldnames is None:
            return cls()
        missing = [c for c in COLUMNS[:3] if c not in reader.fieldnames]
        if missing:
            raise InputError(str(path), f"missing column(s) {', '.join(missing)} in the header {reader.fieldnames}",
                             f"the first line must be: {','.join(COLUMNS)}")
        out = cls()
        for lineno, rec in enumerate(reader, start=2):
            a, b = (rec.get("iri_a") or "").strip(), (rec.get("iri_b") or "").strip()
            decision = (rec.get("decision") or "").strip().lower()
            if not a and not b and not decision:
                continue  # blank line left by an editor
            if not a or not b:
                raise InputError(str(path), f"line {lineno}: iri_a and iri_b are both required", "fill both columns or delete the line")
            if decision not in ("same", "different"):
                raise InputError(str(path), f"line {lineno}: decision {decision!r} is not 'same' or 'different'",
                                 "write same (iri_b is iri_a) or different (never merge them)")
            try:
                out.add(a, b, decision, (rec.get("note") or "").strip())  # type: ignore[arg-type]
            except UsageError as exc:
                raise InputError(str(path), f"line {lineno}: {exc}", "keep one decision per pair") from None
        return out

    def save(self, path: Union[str, Path]) -> None:
        """Write the decisions, sorted by (iri_a, iri_b), so that the file diffs well."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(COLUMNS)
        for row in self.rows():
            w.writerow([row.iri_a, row.iri_b, row.decision, row.note])
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_text(buf.getvalue(), encoding="utf-8")
        tmp.replace(path)  # atomic: a crash never leaves half a file

    # -- content --------------------------------------------------------------------------
    def rows(self) -> list[Decision]:
        return [self._rows[k] for k in sorted(self._rows)]

    def __len__(self) -> int:
        return len(self._rows)

    def add(self, iri_a: str, iri_b: str, decision: DecisionKind, note: str = "") -> None:
        """Record a decision; re-recording the same pair replaces its note, a contrary decision
        on the same pair (in either order) is an error."""
        if iri_a == iri_b:
            raise UsageError(f"decision on {iri_a!r} with itself; a pair needs two different IRIs")
        for key in ((iri_a, iri_b), (iri_b, iri_a)):
            old = self._rows.get(key)
            if old is not None and old.decision != decision:
                raise UsageError(f"{iri_a} / {iri_b} is already marked {old.decision!r}; "
                                 f"remove that line before marking it {decision!r}")
            if old is not None and key != (iri_a, iri_b):
                del self._rows[key]
        self._rows[(iri_a, iri_b)] = Decision(iri_a=iri_a, iri_b=iri_b, decision=decision, note=note)
        self._canon = None

    def _canonical_map(self) -> dict[str, str]:
        """IRI -> canonical IRI for every IRI named in a `same` row (computed once per change).

        Rows connected by `same` form one group. Its canonical IRI is the one that is never an
        iri_b (the kept side); when rows disagree (several such IRIs, or a cycle) the smallest
        wins, so the result never depends on the order of the file."""
        if self._canon is None:
            parent: dict[str, str] = {}

            def find(x: str) -> str:
                parent.setdefault(x, x)
                while parent[x] != x:
                    parent[x] = parent[parent[x]]
                    x = parent[x]
                return x

            same = [r for r in self._rows.values() if r.decision == "same"]
            for r in same:
                ra, rb = find(r.iri_a), find(r.iri_b)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
            merged_away = {r.iri_b for r in same}
            groups: dict[str, list[str]] = {}
            for x in list(parent):
                groups.setdefault(find(x), []).append(x)
            self._canon = {}
            for members in groups.values():
                kept = sorted(m for m in members if m not in merged_away) or sorted(members)
                for m in members:
                    self._canon[m] = kept[0]
        return self._canon

    def canonical(self, iri: str) -> str:
        """The IRI to use for `iri`: iri_b of a `same` row becomes iri_a, transitively."""
        return self._canonical_map().get(iri, iri)

    def decided(self, a: str, b: str) -> Optional[str]:
        """'same', 'different' or None for a pair, in either order."""
        row = self._rows.get((a, b)) or self._rows.get((b, a))
        return row.decision if row else None


def resolve(extraction: Extraction, decisions: Optional[Decisions] = None) -> Extraction:
    """A copy of `extraction` whose entities carry their global IRI (Entity.iri).

    Precedence: an IRI already set; a collectivité's official code (ids insee/siren); the
    gazetteer key (ids gazetteer); the slug of the normalised name and the type. Then the merge
    decisions map the IRI to its canonical one.
    """
    decisions = decisions if decisions is not None else Decisions()
    out = extraction.model_copy(deep=True)
    for e in out.entities:
        if not e.iri:
            e.name = " ".join(e.name.split())
            e.iri = str(iris.entity_iri(e))
        e.iri = decisions.canonical(e.iri)
    return out


# -- merge suggestions --------------------------------------------------------------------

_SPLIT = re.compile(r"[\s.\-']+")


def _tokens(name: str) -> list[str]:
    return [t for t in _SPLIT.split(iris.normalise_name(name)) if t]


def name_similarity(a: str, b: str) -> float:
    """How likely two written person names denote one person, in [0, 1].

    >>> name_similarity("François Dechy", "FRANCOIS DECHY")
    1.0
    >>> name_similarity("F. Dechy", "François Dechy")
    0.9
    >>> name_similarity("Dechy", "François Dechy")
    0.75
    >>> name_similarity("Marie Durand", "Paul Durand")
    0.0
    """
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    if ta == tb:
        return 1.0
    if ta[-1] != tb[-1]:
        # Different surnames: only a close spelling variant of the whole name counts (typo, missing accent).
        ratio = difflib.SequenceMatcher(None, " ".join(ta), " ".join(tb)).ratio()
        return round(ratio, 3) if ratio >= 0.9 and ta[0][0] == tb[0][0] else 0.0
    fa, fb = ta[:-1], tb[:-1]
    if not fa or not fb:
        return 0.75  # surname alone vs full name
    if fa[0] == fb[0]:
        return 0.9  # same first name, one has a middle name
    short, long_ = (fa, fb) if len(fa[0]) <= len(fb[0]) else (fb, fa)
    if len(short[0]) == 1 and long_[0].startswith(short[0]):
        return 0.9  # initial
    if len(short[0]) > 1 and len(short) == len(long_) and all(
            x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y)) for x, y in zip(fa, fb)):
        return 0.9  # "J.-M. Dupont" vs "Jean-Marc Dupont"
    return 0.0


def person_names(graph) -> dict[str, str]:
    """{person IRI: name} from a Graph or Dataset (all named graphs), to feed suggest_merges.
    A person named differently by several documents gets the smallest of its names, so the
    result is stable."""
    from rdflib import Dataset
    from rdflib.namespace import RDF

    from graph.namespaces import ESS, SCHEMA

    graphs = list(graph.graphs()) if isinstance(graph, Dataset) else [graph]
    out: dict[str, str] = {}
    for g in graphs:
        for node in g.subjects(RDF.type, ESS.Person):
            for name in g.objects(node, SCHEMA.name):
                key = str(node)
                out[key] = min(out.get(key, str(name)), str(name))
    return out


def suggest_merges(iris_with_names: Union[Mapping[str, str], Iterable[tuple[str, str]]], *,
                   decisions: Optional[Decisions] = None, min_score: float = 0.7,
                   kinds: tuple[str, ...] = ("person",)) -> list[tuple[str, str, float]]:
    """Pairs (iri_a, iri_b, score) of probable duplicates, best first, for a person to review.

    iri_a is the fuller name (the one to keep), ready to be written as a `same` row. Only IRIs
    of the given kinds (path segment after id:, persons by default) are compared, only within
    one surname, and pairs already decided either way are left out.
    """
    decisions = decisions if decisions is not None else Decisions()
    items = dict(iris_with_names.items() if isinstance(iris_with_names, Mapping) else iris_with_names)
    prefixes = tuple(str(ID[f"{k}/"]) for k in kinds)
    buckets: dict[str, list[str]] = defaultdict(list)
    for node, name in sorted(items.items()):
        toks = _tokens(name)
        if node.startswith(prefixes) and toks:
            buckets[toks[-1]].append(node)
            if len(toks[-1]) > 3:  # spelling variants of a surname meet in a prefix bucket
                buckets["~" + toks[-1][:4]].append(node)
    found: dict[tuple[str, str], float] = {}
    for members in buckets.values():
        for i, x in enumerate(members):
            for y in members[i + 1:]:
                cx, cy = decisions.canonical(x), decisions.canonical(y)
                if cx == cy or decisions.decided(x, y) or decisions.decided(cx, cy):
                    continue
                score = name_similarity(items[x], items[y])
                if score >= min_score:
                    a, b = sorted((x, y), key=lambda n: (-len(items[n]), n))
                    found[(a, b)] = max(score, found.get((a, b), 0.0))
    return sorted(((a, b, s) for (a, b), s in found.items()), key=lambda t: (-t[2], t[0], t[1]))
