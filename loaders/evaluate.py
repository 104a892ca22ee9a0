"""Score extractions against the hand-annotated gold (rules: ../shared/eval/README.md, section 3).

Our own implementation of the scoring rules, standard library only, so that the
pipeline can be evaluated in-process and the figures reproduced in tests:

* `score_dirs(gold_dir, pred_dir)` -> `Score`, a dict holding exactly the keys of the
  official JSON summary line, with the counts and per-document detail in `.details`;
* `format_table(score)` -> the P/R/F1 tables; `misses(score)` -> per-document misses
  and false positives;
* `evaluate(gold_dir, docs_dir)` reads, extracts and converts every document that has
  a gold file, then scores the predictions.

Command line: `python -m loaders.evaluate GOLD_DIR PRED_DIR [--verbose] [--no-alias-expansion]`
or `python -m loaders.evaluate GOLD_DIR --docs DOCS_DIR [--out PRED_OUT]`.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional, Union

ENTITY_TYPES = ("Person", "Collectivite", "Network", "ESSOrganization", "PublicBody", "Organization",
                "Club", "Convention", "Event", "Publication")
RELATION_TYPES = ("holds_post", "member_of", "partner_of", "signatory", "organizes", "participates",
                  "sponsors", "founded", "publishes", "part_of", "located_in")
SYMMETRIC = {"partner_of"}

PathLike = Union[str, Path]

# --------------------------------------------------------------------------- names

_APOSTROPHES = dict.fromkeys(map(ord, "\u2019\u2018\u02bc\u00b4`\u2032"), "'")
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")
_QUOTES = dict.fromkeys(map(ord, "\"\u00ab\u00bb\u201c\u201d\u201e"), " ")
_DE = r"(?:de la |de l'|des |du |de |d')"
# Articles and generic heads that do not distinguish one actor from another; stripped
# repeatedly from the front so that "la Ville de Sceaux" and "Sceaux" meet.
_LEADING = re.compile(
    r"^(?:les |le |la |l' ?"
    r"|(?:ville|mairie|commune) (?:de |d')"
    rf"|region (?:{_DE})?"
    rf"|conseil regional {_DE}|departement {_DE}|conseil departemental {_DE}|conseil general {_DE})"
)
_EDGE_PUNCT = " .,;:!?\u2026"
_PARENS = re.compile(r"\([^()]*\)")


def strip_accents(text: str) -> str:
    """Drop combining marks: 'Économie' -> 'Economie'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _base(text: str) -> str:
    """Accents, case, apostrophes, dashes and quotes made uniform (hyphens kept)."""
    text = strip_accents(text or "").casefold()
    return text.translate(_APOSTROPHES).translate(_DASHES).translate(_QUOTES)


def norm_name(name: str) -> str:
    """Matching key of an entity name.

    >>> norm_name("Conseil départemental de la Gironde")
    'gironde'
    >>> norm_name("Chambre régionale de l’Économie sociale et solidaire")
    "chambre regionale de l'ess"
    >>> norm_name("Nantes Métropole"), norm_name("Ville de Sceaux"), norm_name("« Région Île-de-France »")
    ('nantes metropole', 'sceaux', 'ile de france')
    """
    text = _base(name).replace("-", " ").replace("&", " et ")
    text = " ".join(text.split())
    text = text.replace("economie sociale et solidaire", "ess")
    text = text.strip(_EDGE_PUNCT)
    while True:
        shorter = _LEADING.sub("", text, count=1).lstrip()
        if shorter == text or not shorter:
            return text
        text = shorter


def name_keys(name: str) -> set[str]:
    """The normalised name and its variant without parenthesised parts.

    >>> sorted(name_keys("Mutuelle Nationale Territoriale (MNT)"))
    ['mutuelle nationale territoriale', 'mutuelle nationale territoriale (mnt)']
    """
    keys = {norm_name(name)}
    if "(" in (name or ""):
        keys.add(norm_name(_PARENS.sub(" ", name)))
    keys.discard("")
    return keys


# --------------------------------------------------------------------------- roles

# Feminine -> masculine for whole words only: the short list of post titles the gold
# uses ("co-fondatrice" or "élue" stay as they are, like in the official scorer).
_ROLE_MASCULINE = {
    "presidente": "president", "vice-presidente": "vice-president", "co-presidente": "co-president",
    "adjointe": "adjoint", "conseillere": "conseiller", "deleguee": "delegue", "generale": "general",
    "directrice": "directeur", "chargee": "charge", "administratrice": "administrateur",
    "fondatrice": "fondateur", "representante": "representant", "tresoriere": "tresorier",
    "animatrice": "animateur", "coordinatrice": "coordinateur", "municipale": "municipal",
    "regionale": "regional", "nationale": "national", "territoriale": "territorial", "deputee": "depute",
    "senatrice": "senateur", "premiere": "premier", "interministerielle": "interministeriel",
    "intervenante": "intervenant", "invitee": "invite",
}
_ROLE_EDGE = " .,;:\u2026"


def norm_role(role: Optional[str]) -> str:
    """Role key: no accents, lower case, masculine forms, 'adjoint au maire' spelled one way.

    >>> norm_role("Maire-adjointe"), norm_role("Adjointe à la maire"), norm_role("Vice - Présidente.")
    ('adjoint au maire', 'adjoint au maire', 'vice-president')
    """
    text = role if isinstance(role, str) else ""
    text = strip_accents(text).casefold().translate(_APOSTROPHES).translate(_DASHES)
    text = " ".join(text.split()).strip(_ROLE_EDGE)
    text = re.sub(r"\ba la maire\b", "au maire", text)
    text = re.sub(r"\bmaire-adjointe?\b", "adjoint au maire", text)
    # then glue hyphenated titles written loosely: "vice - présidente", "co présidente"
    text = re.sub(r"\s*-\s*", "-", text)
    text = re.sub(r"\b(vice|co) ", r"\1-", text)
    return " ".join(_ROLE_MASCULINE.get(word, word) for word in text.split())


def _is_subsequence(short: list[str], long: list[str]) -> bool:
    """True when `short` is a contiguous run of whole words of `long`."""
    n = len(short)
    return any(long[i:i + n] == short for i in range(len(long) - n + 1))


def roles_match(gold: Optional[str], pred: Optional[str]) -> bool:
    """Same role after normalisation, or one a whole-word sub-sequence of the other.

    >>> roles_match("vice-présidente", "Vice-présidente déléguée à l'ESS")
    True
    >>> roles_match("présidente", "vice-présidente")
    False
    """
    g, p = norm_role(gold).split(), norm_role(pred).split()
    if g == p:
        return True
    if not g or not p:
        return False
    return _is_subsequence(g, p) if len(g) <= len(p) else _is_subsequence(p, g)


# --------------------------------------------------------------------------- documents


@dataclass
class Ent:
    id: str
    type: str
    name: str
    subtype: Optional[str]
    attrs: dict
    canon: str              # normalised canonical name (the matching prefers it)
    own_keys: set[str]      # name and aliases as written in this document (untyped score)
    keys: set[str]          # own_keys plus the aliases gained by alias expansion


@dataclass
class Rel:
    type: str
    src: str
    dst: str
    role: Optional[str]


@dataclass
class Doc:
    entities: list[Ent] = field(default_factory=list)
    relations: list[Rel] = field(default_factory=list)


def _parse_doc(data: dict) -> Doc:
    doc = Doc()
    for raw in data.get("entities") or []:
        if not isinstance(raw, dict) or raw.get("id") is None:
            continue                    # an entity without id cannot be pointed at: ignored
        name = raw.get("name") if isinstance(raw.get("name"), str) else ""
        aliases = [a for a in raw.get("aliases") or [] if isinstance(a, str)]
        keys = set().union(*(name_keys(n) for n in [name, *aliases]))
        attrs = raw.get("attrs") if isinstance(raw.get("attrs"), dict) else {}
        doc.entities.append(Ent(str(raw.get("id")), str(raw.get("type")), name, raw.get("subtype"), attrs,
                                norm_name(name), keys, set(keys)))
    for raw in data.get("relations") or []:
        if isinstance(raw, dict):
            doc.relations.append(Rel(str(raw.get("type")), str(raw.get("from")), str(raw.get("to")), raw.get("role")))
    return doc


def load_gold(gold_dir: PathLike) -> dict[str, Doc]:
    """Every `<doc_id>.json` of the gold directory; a broken gold file is an error."""
    gold_dir = Path(gold_dir)
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        raise FileNotFoundError(f"{gold_dir}: no gold *.json file here; give the directory of gold files "
                                f"(e.g. ../shared/eval/dev/gold)")
    docs = {}
    for f in files:
        try:
            docs[f.stem] = _parse_doc(json.loads(f.read_text(encoding="utf-8")))
        except (json.JSONDecodeError, UnicodeDecodeError, AttributeError) as exc:
            raise ValueError(f"{f}: unreadable gold file ({exc}); fix it with eval/validate.py") from exc
    return docs


def load_pred(pred_dir: PathLike, doc_id: str) -> Optional[Doc]:
    """The prediction for one document, None when the file is missing or unparsable."""
    f = Path(pred_dir) / f"{doc_id}.json"
    try:
        data = json.loads(f.read_text(encoding="utf-8"))
        return _parse_doc(data) if isinstance(data, dict) else None
    except (OSError, json.JSONDecodeError, UnicodeDecodeError, AttributeError, TypeError):
        return None


def expand_aliases(gold: dict[str, Doc]) -> None:
    """Let each gold entity accept the keys of its namesakes (same type, same normalised
    canonical name) in the other gold documents, except keys that several canonical names
    claim ("CRESS" belongs to every regional CRESS, so it never travels)."""
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    pooled: dict[tuple[str, str], set[str]] = defaultdict(set)
    for doc in gold.values():
        for e in doc.entities:
            pooled[(e.type, e.canon)] |= e.own_keys
            for k in e.own_keys:
                owners[(e.type, k)].add(e.canon)
    for doc in gold.values():
        for e in doc.entities:
            extra = pooled[(e.type, e.canon)] - e.keys
            e.keys |= {k for k in extra if len(owners[(e.type, k)]) == 1}


# --------------------------------------------------------------------------- matching


def max_matching(gold: list[Ent], pred: list[Ent], typed: bool = True) -> dict[int, int]:
    """Maximum bipartite matching (augmenting paths), pred index -> gold index.

    The typed matching uses the gold keys after alias expansion, the untyped diagnostic
    the keys written in the document only. Predictions are taken in document order;
    each tries first the gold entities whose canonical name it carries, then the others,
    in gold order. So among equally large matchings a name-for-name pair wins over an
    alias-only one ("Y" goes to gold "Y", not to gold "X" that lists "Y" as an alias).
    """
    cand = []
    for p in pred:
        if typed:
            hits = [i for i, g in enumerate(gold) if p.type == g.type and g.keys & p.keys]
        else:
            hits = [i for i, g in enumerate(gold) if g.own_keys & p.keys]
        cand.append(sorted(hits, key=lambda i: gold[i].canon not in p.keys))
    owner: dict[int, int] = {}                       # gold index -> pred index

    def augment(j: int, seen: set[int]) -> bool:
        for i in cand[j]:
            if i not in seen:
                seen.add(i)
                if i not in owner or augment(owner[i], seen):
                    owner[i] = j
                    return True
        return False

    for j in range(len(pred)):
        augment(j, set())
    return {j: i for i, j in owner.items()}


@dataclass
class Counts:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.pred += other.pred
        self.gold += other.gold

    def prf(self) -> tuple[float, float, float]:
        if not self.pred and not self.gold:
            return 1.0, 1.0, 1.0        # nothing to find and nothing claimed: perfect
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class Ratio:
    ok: int = 0
    n: int = 0

    def value(self) -> Optional[float]:
        return self.ok / self.n if self.n else None


@dataclass
class DocResult:
    doc_id: str
    has_prediction: bool
    unreadable: bool = False
    missed_entities: list[Ent] = field(default_factory=list)
    false_entities: list[Ent] = field(default_factory=list)
    missed_relations: list[str] = field(default_factory=list)
    false_relations: list[str] = field(default_factory=list)
    role_errors: list[str] = field(default_factory=list)
    date_errors: list[str] = field(default_factory=list)


@dataclass
class Details:
    entities: dict[str, Counts]
    untyped: Counts
    relations: dict[str, Counts]
    roles: Ratio
    event_dates: Ratio
    event_dates_lenient: Ratio
    convention_dates: Ratio
    subtypes: Ratio
    docs: list[DocResult]
    n_gold: int
    n_pred: int


class Score(dict):
    """The official summary keys (dict) plus `.details` for tables and misses."""

    details: Details


def _rel_key(rtype: str, a: str, b: str) -> tuple:
    return (rtype, *sorted((a, b))) if rtype in SYMMETRIC else (rtype, a, b)


def _dates_equal(gold: str, pred: object, lenient: bool) -> bool:
    gold = gold.strip()
    pred = pred.strip() if isinstance(pred, str) else pred
    if pred == gold:
        return True
    # a year-less gold date ("--11-19") accepts any year ("2019-11-19")
    return lenient and gold.startswith("--") and isinstance(pred, str) and pred.endswith(gold[1:])


def _score_doc(doc_id: str, gold: Doc, pred: Optional[Doc], d: Details) -> None:
    res = DocResult(doc_id, pred is not None, unreadable=pred is None)
    pred = pred or Doc()
    match = max_matching(gold.entities, pred.entities)          # pred idx -> gold idx
    untyped = max_matching(gold.entities, pred.entities, typed=False)
    d.untyped.add(Counts(len(untyped), len(pred.entities), len(gold.entities)))
    matched_gold = set(match.values())
    for i, g in enumerate(gold.entities):
        d.entities.setdefault(g.type, Counts()).gold += 1
        if i not in matched_gold:
            res.missed_entities.append(g)
    for j, p in enumerate(pred.entities):
        d.entities.setdefault(p.type, Counts()).pred += 1
        if j in match:
            d.entities[p.type].tp += 1
        else:
            res.false_entities.append(p)

    for j, i in match.items():
        g, p = gold.entities[i], pred.entities[j]
        if g.type == "Collectivite" and g.subtype:
            d.subtypes.n += 1
            d.subtypes.ok += p.subtype == g.subtype
        gdate = g.attrs.get("date")
        if g.type in ("Event", "Convention") and isinstance(gdate, str) and gdate.strip():
            pdate = p.attrs.get("date")
            if g.type == "Event":
                d.event_dates.n += 1
                d.event_dates.ok += _dates_equal(gdate, pdate, False)
                d.event_dates_lenient.n += 1
                d.event_dates_lenient.ok += _dates_equal(gdate, pdate, True)
            else:
                d.convention_dates.n += 1
                d.convention_dates.ok += _dates_equal(gdate, pdate, False)
            if not _dates_equal(gdate, pdate, False):
                res.date_errors.append(f"{g.type} {g.name}: gold {gdate} pred {pdate}")

    gold_name = {e.id: e.name for e in gold.entities}
    pred_name = {e.id: e.name for e in pred.entities}
    pred_to_gold = {pred.entities[j].id: gold.entities[i].id for j, i in match.items()}
    # Pair predictions with gold relations of the same key, one to one. Pairs whose roles
    # agree are made first, so that a person's two posts in one organisation each find
    # their own prediction; a prediction left without a partner is a false positive.
    open_gold: dict[tuple, list[int]] = defaultdict(list)
    for k, r in enumerate(gold.relations):
        d.relations.setdefault(r.type, Counts()).gold += 1
        open_gold[_rel_key(r.type, r.src, r.dst)].append(k)
    landing = []
    for r in pred.relations:
        d.relations.setdefault(r.type, Counts()).pred += 1
        src, dst = pred_to_gold.get(r.src), pred_to_gold.get(r.dst)
        landing.append(_rel_key(r.type, src, dst) if src and dst else None)
    partner: dict[int, int] = {}                    # gold relation index -> pred relation index
    paired: set[int] = set()
    for same_role in (True, False):
        for j, (r, key) in enumerate(zip(pred.relations, landing)):
            if j in paired or not open_gold.get(key):
                continue
            for k in open_gold[key]:
                if not same_role or roles_match(gold.relations[k].role, r.role):
                    open_gold[key].remove(k)
                    partner[k] = j
                    paired.add(j)
                    d.relations[r.type].tp += 1
                    break
    res.false_relations += [_show_rel(r, pred_name) for j, r in enumerate(pred.relations) if j not in paired]
    for k, r in enumerate(gold.relations):
        if k not in partner:
            res.missed_relations.append(_show_rel(r, gold_name))
        elif r.type == "holds_post":
            d.roles.n += 1
            got = pred.relations[partner[k]].role
            if roles_match(r.role, got):
                d.roles.ok += 1
            else:
                res.role_errors.append(f"{_show_rel(r, gold_name)} predicted [{got}]")
    d.docs.append(res)


def _show_rel(r: Rel, names: dict[str, str]) -> str:
    text = f"{r.type:<12} {names.get(r.src, r.src)} -> {names.get(r.dst, r.dst)}"
    return text + (f" [{r.role}]" if r.role else "")


def _ordered(counts: dict[str, Counts], known: Iterable[str]) -> list[str]:
    known = list(known)
    names = [t for t in known if t in counts] + sorted(t for t in counts if t not in known)
    return [t for t in names if counts[t].pred or counts[t].gold]


def score_dirs(gold_dir: PathLike, pred_dir: PathLike, *, alias_expansion: bool = True) -> Score:
    """Score every gold document against `<pred_dir>/<doc_id>.json` (missing = empty).

    Returns the official summary: entity_p/r/f1, relation_p/r/f1, role_accuracy,
    event_date_accuracy (None when there is nothing to compare), entity_f1_by_type,
    relation_f1_by_type; figures rounded to 4 decimals. `.details` has the counts.
    """
    gold = load_gold(gold_dir)
    if alias_expansion:
        expand_aliases(gold)
    d = Details({}, Counts(), {}, Ratio(), Ratio(), Ratio(), Ratio(), Ratio(), [], len(gold), 0)
    for doc_id, gdoc in gold.items():
        pdoc = load_pred(pred_dir, doc_id)
        exists = (Path(pred_dir) / f"{doc_id}.json").is_file()
        d.n_pred += exists
        _score_doc(doc_id, gdoc, pdoc, d)
        d.docs[-1].has_prediction = exists

    ent, rel = Counts(), Counts()
    for c in d.entities.values():
        ent.add(c)
    for c in d.relations.values():
        rel.add(c)
    r4 = lambda x: None if x is None else round(x, 4)  # noqa: E731
    ep, er, ef = ent.prf()
    rp, rr, rf = rel.prf()
    score = Score(
        entity_p=r4(ep), entity_r=r4(er), entity_f1=r4(ef),
        relation_p=r4(rp), relation_r=r4(rr), relation_f1=r4(rf),
        role_accuracy=r4(d.roles.value()), event_date_accuracy=r4(d.event_dates.value()),
        # types outside the closed sets count in the totals but get no entry of their own
        entity_f1_by_type={t: r4(d.entities[t].prf()[2]) for t in _ordered(d.entities, ENTITY_TYPES)
                           if t in ENTITY_TYPES},
        relation_f1_by_type={t: r4(d.relations[t].prf()[2]) for t in _ordered(d.relations, RELATION_TYPES)
                             if t in RELATION_TYPES},
    )
    score.details = d
    return score


# --------------------------------------------------------------------------- reports


def _ratio_text(r: Ratio) -> str:
    v = r.value()
    return f"{'n/a' if v is None else f'{v:.3f}'}  ({r.ok}/{r.n})"


def format_table(result: Score) -> str:
    """Human-readable tables: P/R/F1 per type, then the accuracies and diagnostics."""
    d = result.details
    lines = [f"Documents: {d.n_gold} gold, {d.n_pred} with a prediction file", ""]

    def row(label: str, c: Counts) -> str:
        p, r, f = c.prf()
        return f"  {label:<16} P={p:.3f} R={r:.3f} F1={f:.3f}   (tp={c.tp} pred={c.pred} gold={c.gold})"

    for title, counts, known in (("ENTITIES (typed, one-to-one name/alias match)", d.entities, ENTITY_TYPES),
                                 ("RELATIONS (type + both endpoints matched; partner_of symmetric)",
                                  d.relations, RELATION_TYPES)):
        total = Counts()
        for c in counts.values():
            total.add(c)
        lines += [title, row("all", total)]
        lines += [row(t, counts[t]) for t in _ordered(counts, known)]
        if counts is d.entities:
            lines.append(row("(untyped)", d.untyped))
        lines.append("")
    lenient = d.event_dates_lenient.value()
    lines += [
        f"holds_post role accuracy (matched pairs): {_ratio_text(d.roles)}",
        f"Event date accuracy (matched events with a gold date): {_ratio_text(d.event_dates)}; "
        f"lenient on year-less gold: {'n/a' if lenient is None else f'{lenient:.3f}'}",
        f"Convention date accuracy: {_ratio_text(d.convention_dates)}",
        f"Collectivite subtype accuracy: {_ratio_text(d.subtypes)}",
    ]
    return "\n".join(lines)


def misses(result: Score) -> str:
    """Per document: missed and false entities and relations, wrong roles and dates."""
    out = []
    for r in result.details.docs:
        items = [f"  MISSED entity  {e.type:<16} {e.name}" for e in r.missed_entities]
        items += [f"  FALSE  entity  {e.type:<16} {e.name}" for e in r.false_entities]
        items += [f"  MISSED relation {x}" for x in r.missed_relations]
        items += [f"  FALSE  relation {x}" for x in r.false_relations]
        items += [f"  ROLE   {x}" for x in r.role_errors]
        items += [f"  DATE   {x}" for x in r.date_errors]
        if not r.has_prediction:
            items.insert(0, "  (no prediction file)")
        elif r.unreadable:
            items.insert(0, "  (unreadable prediction file: scored as empty)")
        if items:
            out += [f"== {r.doc_id}", *items]
    return "\n".join(out)


def evaluate(gold_dir: PathLike, docs_dir: PathLike, *, out_dir: Optional[PathLike] = None) -> dict:
    """Extract every document of `docs_dir` whose stem has a gold file, then score.

    Predictions are written as `<out_dir>/<stem>.json` (a temporary directory when
    `out_dir` is None). Returns {"summary", "table", "per_doc", "misses"}.
    """
    from essgraph.errors import InputError
    from loaders.eval_json import to_eval_dict
    from loaders.pipeline import extract_document
    from loaders.read import read_document

    gold_dir, docs_dir = Path(gold_dir), Path(docs_dir)
    stems = {f.stem for f in gold_dir.glob("*.json")}
    sources = sorted(f for f in docs_dir.iterdir() if f.is_file() and f.stem in stems and f.suffix != ".json")
    if not sources:
        raise FileNotFoundError(f"{docs_dir}: no document named after a gold file of {gold_dir}; "
                                f"documents must be called <doc_id>.txt/.html/.pdf")
    seen: dict[str, Path] = {}
    for src in sources:
        if src.stem in seen:
            raise ValueError(f"{docs_dir}: {seen[src.stem].name} and {src.name} both stand for gold document "
                             f"{src.stem}; keep only one of them")
        seen[src.stem] = src
    with tempfile.TemporaryDirectory(prefix="essgraph-eval-") as tmp:
        target = Path(out_dir) if out_dir is not None else Path(tmp)
        target.mkdir(parents=True, exist_ok=True)
        for src in sources:
            try:
                doc = read_document(src)
                data = to_eval_dict(extract_document(doc), doc.meta.name)
            except InputError as exc:  # scored as a document with no predictions; the others go on
                print(f"essgraph evaluate: {exc}", file=sys.stderr)
                continue
            (target / f"{src.stem}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1),
                                                     encoding="utf-8")
        result = score_dirs(gold_dir, target)
    return {"summary": result, "table": format_table(result), "per_doc": result.details.docs,
            "misses": misses(result)}


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m loaders.evaluate", description=__doc__.split("\n\n")[0])
    ap.add_argument("gold_dir")
    ap.add_argument("pred_dir", nargs="?", help="directory of <doc_id>.json predictions")
    ap.add_argument("--docs", help="extract these documents instead of reading predictions")
    ap.add_argument("--out", help="with --docs: keep the predictions here")
    ap.add_argument("--verbose", action="store_true", help="list misses and false positives per document")
    ap.add_argument("--no-alias-expansion", action="store_true")
    args = ap.parse_args(argv)
    if bool(args.pred_dir) == bool(args.docs):
        ap.error("give either PRED_DIR or --docs DOCS_DIR")
    if args.docs:
        result = evaluate(args.gold_dir, args.docs, out_dir=args.out)["summary"]
    else:
        result = score_dirs(args.gold_dir, args.pred_dir, alias_expansion=not args.no_alias_expansion)
    if args.verbose:
        print(misses(result), end="\n\n")
    print(format_table(result))
    print(json.dumps(dict(result), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
