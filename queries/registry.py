"""Named cooperation questions: one registry, four backends, one answer shape.

Each `Question` has a SPARQL text (queries/questions/NAME.rq), a Neo4j-dialect Cypher text
(NAME.cypher), a LadybugDB text where the dialects differ (NAME.ladybug.cypher) and a networkx
function (queries/nx_questions.py). `ask` runs one of them and returns rows normalised the same
way (values as str/int/float/None, only the question's columns, sorted), so backends compare equal.

User values never enter query text: actors, dates and régions travel as SPARQL bindings or
Cypher `$params`. Actors may be given by IRI or by name (resolved accent- and case-insensitively
by a parameterised lookup in the same backend; an ambiguous or unknown name is a UsageError).

Questions marked `computed_in_python` (path over SPARQL, communities, brokers, network_overlap):
the query fetches edges or links and `queries.algorithms` computes the answer, identically for
every backend.
"""
from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

from essgraph.errors import UsageError
from queries import algorithms
from queries import nx_questions as nxq
from queries.geo import region_code
from queries.safety import check_date, check_iri

HERE = Path(__file__).resolve().parent
QUESTIONS_DIR = HERE / "questions"
BACKENDS = ("sparql", "networkx", "ladybug", "neo4j")


@dataclass(frozen=True)
class Arg:
    name: str
    type: str  # actor | date | region | int
    required: bool = True
    help: str = ""
    default: Any = None


@dataclass(frozen=True)
class Question:
    name: str
    description: str
    args: tuple[Arg, ...]
    columns: tuple[str, ...]
    nx: Callable
    sort_keys: Optional[tuple[str, ...]] = None  # default: all columns in order
    finish: Optional[Callable[[list[dict], dict], list[dict]]] = None  # raw query rows -> answer rows
    finish_cypher: Optional[Callable[[list[dict], dict], list[dict]]] = None
    computed_in_python: str = ""
    # Read from the analytics stored per state of the store (queries/analytics.py); over SPARQL,
    # when they are stale or absent (read-only store mid-build, rdflib backend), `fallback` computes
    # the answer from the cooperation edges instead.
    precomputed: bool = False
    fallback: Optional[Callable[[list[dict], dict], list[dict]]] = None

    def _read(self, suffix: str) -> str:
        return (QUESTIONS_DIR / f"{self.name}{suffix}").read_text(encoding="utf-8")

    @property
    def sparql(self) -> str:
        return self._read(".rq")

    @property
    def cypher(self) -> str:
        return self._read(".cypher")

    @property
    def ladybug_cypher(self) -> str:
        p = QUESTIONS_DIR / f"{self.name}.ladybug.cypher"
        return p.read_text(encoding="utf-8") if p.exists() else self.cypher

    def usage(self) -> str:
        parts = [a.name if a.required else f"[{a.name}]" for a in self.args]
        return " ".join([self.name, *parts])


def _edges_of(rows: list[dict]) -> list[tuple]:
    return [(r["s"], r["o"], r.get("s_name"), r.get("o_name")) for r in rows]


def _path_from_edges(rows, p):
    return algorithms.shortest_path(_edges_of(rows), p["source"], p["target"])


def _path_from_paths(rows, p):
    if p["source"] == p["target"]:
        return []
    names: dict[str, str] = {}
    paths = []
    for r in rows:
        iris, nm = list(r["iris"]), list(r.get("names") or [None] * len(r["iris"]))
        paths.append(iris)
        for i, n in zip(iris, nm):
            names.setdefault(i, algorithms.display_name(i, n))
    return algorithms.path_rows(paths, names)


def _communities_from_groups(rows, p):
    """Cypher returns each community with its members' IRIs and names; one row per member."""
    return [{"community": r["community"], "member": m, "name": n or None, "size": len(r["members"])}
            for r in rows for m, n in zip(r["members"], r["names"])]


def _overlap_from_groups(rows, p):
    """Cypher groups families and networks per actor (stored `family`); join them as the other backends do."""
    return [{"actor": r["actor"], "name": r.get("name"), "families": "|".join(sorted(set(r["families"]))),
             "networks": "|".join(sorted(set(r["networks"])))} for r in rows]


ACTOR_HELP = "actor IRI or name (accents and case ignored)"
ANALYTICS_NOTE = ("computed once per state of the store from the cooperation edges (queries/analytics.py) "
                  "and stored beside the data; the question reads the stored values")
QUESTIONS: dict[str, Question] = {q.name: q for q in [
    Question("partners", "Partners of an actor (partner_of either way), optionally since a date.",
             (Arg("actor", "actor", help=ACTOR_HELP), Arg("since", "date", False, "keep partnerships starting then or later")),
             ("partner", "name", "start"), nxq.partners_of),
    Question("posts", "Posts held by a person: organisation, role, start, end.",
             (Arg("person", "actor", help=ACTOR_HELP),), ("org", "org_name", "role", "start", "end"), nxq.posts_of),
    Question("path", "Shortest cooperation path between two actors (ties: smallest IRI sequence).",
             (Arg("source", "actor", help=ACTOR_HELP), Arg("target", "actor", help=ACTOR_HELP)),
             ("step", "iri", "name"), nxq.path_between, sort_keys=("step",),
             finish=_path_from_edges, finish_cypher=_path_from_paths,
             computed_in_python="SPARQL fetches the cooperation edges and Python finds the path; Cypher finds all "
                                "shortest paths natively and Python keeps the smallest by IRIs"),
    Question("cosignatories", "Pairs of actors who signed the same convention (optionally only an actor's pairs).",
             (Arg("actor", "actor", False, ACTOR_HELP),),
             ("convention", "convention_name", "date", "a", "a_name", "b", "b_name"), nxq.cosignatories),
    Question("posts_in_org_at_date", "Who holds which post in an organisation at a date.",
             (Arg("org", "actor", help="organisation IRI or name"), Arg("date", "date", help="YYYY[-MM[-DD]]")),
             ("person", "name", "role", "start", "end"), nxq.posts_in_org_at_date),
    Question("bridging_elus", "Persons holding posts both in a collectivité and in a network.", (),
             ("person", "name", "collectivite", "collectivite_name", "network", "network_name"), nxq.bridging_elus),
    Question("linking_regions", "Actors linked to collectivités of two régions.",
             (Arg("region_a", "region", help="INSEE région code or name"),
              Arg("region_b", "region", help="INSEE région code or name")),
             ("actor", "name", "collectivite_a", "collectivite_b"), nxq.linking_regions),
    Question("communities", "Communities of cooperation (Louvain, fixed seed).", (),
             ("community", "member", "name", "size"), nxq.communities, precomputed=True,
             finish_cypher=_communities_from_groups,
             fallback=lambda rows, p: algorithms.communities(_edges_of(rows)),
             computed_in_python=ANALYTICS_NOTE + " (networkx Louvain, seed 0)"),
    Question("brokers", "Actors bridging the cooperation graph (highest betweenness centrality; above "
             f"{algorithms.EXACT_BETWEENNESS_NODES} actors an estimate from {algorithms.BETWEENNESS_SAMPLES} "
             "sampled sources, fixed seed).",
             (Arg("top", "int", False, "how many (default 10)", 10),),
             ("rank", "actor", "name", "betweenness"), nxq.brokers, sort_keys=("rank",), precomputed=True,
             fallback=lambda rows, p: algorithms.brokers(_edges_of(rows), top=p["top"]),
             computed_in_python=ANALYTICS_NOTE + " (networkx betweenness, sampled above "
                                f"{algorithms.EXACT_BETWEENNESS_NODES} actors)"),
    Question("network_overlap", "Actors with memberships or posts across the RTES, AMIF and CRESS families.", (),
             ("actor", "name", "families", "networks"), nxq.network_overlap,
             finish=lambda rows, p: algorithms.network_overlap(rows), finish_cypher=_overlap_from_groups,
             computed_in_python="the query fetches memberships and posts; Python sorts networks into families"),
    Question("events_together", "Pairs of actors who attended or organised the same event.",
             (Arg("actor", "actor", False, ACTOR_HELP),),
             ("event", "event_name", "date", "a", "a_name", "b", "b_name"), nxq.events_together),
    Question("territorial_coverage", "Collectivités per région, département and kind.", (),
             ("region", "departement", "kind", "count"), nxq.territorial_coverage),
    Question("timeline", "Conventions and events by date.",
             (Arg("since", "date", False, "YYYY[-MM[-DD]]"), Arg("until", "date", False, "YYYY[-MM[-DD]]")),
             ("date", "kind", "item", "name"), nxq.timeline),
]}


def list_questions() -> list[dict]:
    """Name, usage and description of every question (for `essgraph ask --list`)."""
    return [{"name": q.name, "usage": q.usage(), "description": q.description,
             "computed_in_python": q.computed_in_python} for q in QUESTIONS.values()]


def get_question(name: str) -> Question:
    try:
        return QUESTIONS[name]
    except KeyError:
        raise UsageError(f"unknown question {name!r}; `essgraph ask --list` shows them: "
                         f"{', '.join(QUESTIONS)}") from None


# ---------------------------------------------------------------- normalisation
_PLAIN = (str, int, float, bool)
# The IRI column a bare `name` column names, first present wins.
_NAME_OF = ("partner", "person", "actor", "member", "iri", "item")


def _value(v):
    if v is None or type(v) in _PLAIN:  # exact types: rdflib literals subclass str
        return v
    if hasattr(v, "toPython") and not isinstance(v, str):
        v = v.toPython()
        if isinstance(v, (int, float)):
            return v
    return str(v)


def _named_columns(columns: tuple[str, ...]) -> list[tuple[str, str]]:
    """(name column, IRI column it names): `name` -> the row's actor column, `org_name` -> `org`."""
    out = []
    for c in columns:
        if c.endswith("name"):
            src = next((k for k in _NAME_OF if k in columns), None) if c == "name" else (c[:-5] or None)
            if src:
                out.append((c, src))
    return out


def _sort_value(v):
    if v is None:
        return ""
    if isinstance(v, (int, float)):
        return str(v).zfill(12)
    return v


def normalise(q: Question, rows: list[dict]) -> list[dict]:
    """Keep the question's columns, plain values, names defaulted as the projection does, sorted."""
    cols = q.columns
    named = _named_columns(cols)
    has_kind, has_count, has_bc = "kind" in cols, "count" in cols, "betweenness" in cols
    dedup: dict = {}
    for r in rows:
        row = {c: (v if (v := r.get(c)) is None or type(v) in _PLAIN else _value(v)) for c in cols}
        if has_kind and row["kind"] == "~":  # SPARQL's marker for a collectivité of unknown kind
            row["kind"] = None
        if has_count and row["count"] is not None:
            row["count"] = int(row["count"])
        if has_bc and row["betweenness"] is not None:
            row["betweenness"] = round(float(row["betweenness"]), 6)
        for c, src in named:
            if not row[c] and row.get(src):
                row[c] = algorithms.display_name(str(row[src]), None)
        dedup[tuple(row.values())] = row
    out = list(dedup.values())
    # Sort keys built column by column (text columns as they are): the same order, far fewer calls.
    columns = []
    for k in q.sort_keys or cols:
        col = [r[k] for r in out]
        if all(type(v) is int and 0 <= v < 10**12 for v in col):
            pass  # same order as their zero-padded text
        elif not all(type(v) is str for v in col):
            col = [_sort_value(v) for v in col]
        columns.append(col)
    keys = list(zip(*columns))
    return [out[i] for i in sorted(range(len(out)), key=keys.__getitem__)]


# ---------------------------------------------------------------- arguments
def bind_args(q: Question, args: tuple, kwargs: dict) -> dict:
    """Question arguments by name, checked by type (actors still unresolved)."""
    if len(args) > len(q.args):
        raise UsageError(f"{q.name} takes at most {len(q.args)} argument(s): {q.usage()}")
    values = {a.name: a.default for a in q.args}
    for a, v in zip(q.args, args):
        values[a.name] = v
    for k, v in kwargs.items():
        if k not in values:
            raise UsageError(f"{q.name} has no argument {k!r}: {q.usage()}")
        values[k] = v
    for a in q.args:
        v = values[a.name]
        if v is None or v == "":
            if a.required:
                raise UsageError(f"{q.name} needs {a.name} ({a.help}): {q.usage()}")
            values[a.name] = a.default
            continue
        if a.type == "date":
            values[a.name] = check_date(str(v))
        elif a.type == "region":
            values[a.name] = region_code(str(v))
        elif a.type == "int":
            try:
                values[a.name] = int(v)
            except (TypeError, ValueError):
                raise UsageError(f"{q.name}: {a.name} must be a whole number, not {v!r}") from None
        else:
            values[a.name] = str(v)
    return values


def looks_like_iri(value: str) -> bool:
    return "://" in value or value.startswith("urn:")


def _pick(name: str, found: list[tuple[str, str]]) -> str:
    found = sorted(set(found))
    if not found:
        raise UsageError(f"no actor named {name!r} in the graph; check the spelling or give its IRI "
                         "(`essgraph sparql` can list names)")
    if len(found) > 1:
        listing = "; ".join(f"{iri} ({n})" for iri, n in found[:10])
        raise UsageError(f"the name {name!r} matches {len(found)} actors: {listing}; give the IRI instead")
    return found[0][0]


def resolve_actor(value: str, backend: str, source) -> str:
    """IRI of an actor given by IRI or by name, looked up in the backend's own data."""
    from graph.iri import normalise_name

    if looks_like_iri(value):
        return check_iri(value)
    needle = normalise_name(value)
    if not needle:
        raise UsageError(f"empty actor name {value!r}: give a name or an IRI")
    if backend == "sparql":
        from rdflib import Literal

        text = (HERE / "lookup_actor.rq").read_text(encoding="utf-8")
        kw = {"named_documents": False} if getattr(source, "backend", None) == "oxigraph" else {}
        rows = source.query(text, bindings={"needle": Literal(needle)}, **kw)
        return _pick(value, [(str(r[0]), str(r[1]) if r[1] is not None else "") for r in rows])
    if backend == "networkx":
        G = source
        found = [(n, d.get("label") or "") for n, d in G.nodes(data=True)
                 if needle in {normalise_name(x) for x in [d.get("label") or "", *(d.get("aliases") or [])]}]
        return _pick(value, found)
    name = "lookup_actor.ladybug.cypher" if backend == "ladybug" else "lookup_actor.cypher"
    rows = source.run_cypher((HERE / name).read_text(encoding="utf-8"), {"needle": f"|{needle}|"})
    return _pick(value, [(r["x"], r.get("name") or "") for r in rows])


# ---------------------------------------------------------------- running
def _sparql_rows(store, text: str, params: dict, include_private: bool) -> list[dict]:
    from rdflib import Literal, URIRef

    import re

    binds = {}
    for k, v in params.items():
        if v is None or not re.search(r"\?" + re.escape(k) + r"\b", text):
            continue
        binds[k] = URIRef(v) if isinstance(v, str) and looks_like_iri(v) else Literal(v)
    if getattr(store, "backend", None) == "oxigraph":  # plain values, straight from the engine
        return store.select_values(text, bindings=binds, include_private=include_private)
    res = store.query(text, bindings=binds, include_private=include_private)
    names = [str(v) for v in res.vars]
    rows = [{n: row[i] for i, n in enumerate(names)} for row in res]
    if getattr(store, "backend", "oxigraph") != "oxigraph":
        # rdflib's evaluator gives MIN/MAX over only-unbound values as the plain literal "None".
        rows = [{k: (None if isinstance(v, Literal) and v.datatype is None and str(v) == "None" else v)
                 for k, v in r.items()} for r in rows]
    return rows


_PROJECTIONS: dict = {}


def projection_of(store, include_private: bool = False):
    """The networkx projection of a store, rebuilt when its documents change."""
    from graph.project_nx import to_networkx

    from queries.analytics import attach_for_store

    if hasattr(store, "refresh_union"):
        store.refresh_union()  # no-op when fresh or read-only
    version = store.union_version() if hasattr(store, "union_version") else None
    fp = (id(store), include_private, version, tuple((d.doc_id, d.sha256) for d in store.documents()))
    G = _PROJECTIONS.get(fp)
    if G is None:
        _PROJECTIONS.clear()
        G = to_networkx(store, include_private=include_private)
        attach_for_store(G, store, include_private)
        _PROJECTIONS[fp] = G
    return G


def ask(name: str, source, *args, backend: str = "sparql", include_private: bool = False, **kwargs) -> list[dict]:
    """Answer a named question.

    `source`: an `EssStore` (sparql, networkx, ladybug: synced next to the store), a networkx graph
    (networkx), a `LadybugGraph` (ladybug) or a Cypher reader with `run_cypher(text, params)`
    (neo4j: `graph.cypher.neo4j_push.Neo4jReader`). Returns normalised rows (see module doc).
    """
    import networkx as nx

    q = get_question(name)
    if backend not in BACKENDS:
        raise UsageError(f"unknown backend {backend!r}: choose one of {', '.join(BACKENDS)}")
    params = bind_args(q, args, kwargs)

    if backend == "networkx":
        G = source if isinstance(source, nx.Graph) else projection_of(source, include_private)
        runner: Any = G
    elif backend == "ladybug":
        from graph.cypher.ladybug_store import LadybugGraph, ladybug_for_store

        runner = source if isinstance(source, LadybugGraph) else ladybug_for_store(source, include_private=include_private)
    else:
        runner = source
    for a in q.args:
        if a.type == "actor" and params[a.name] is not None:
            params[a.name] = resolve_actor(params[a.name], backend, runner)

    if backend == "networkx":
        sig = inspect.signature(q.nx)
        kw = {k: v for k, v in params.items() if k in sig.parameters}
        return normalise(q, q.nx(runner, **kw))
    if backend == "sparql" and q.precomputed:
        return normalise(q, _precomputed_sparql_rows(q, runner, params, include_private))
    if backend == "sparql":
        rows = _sparql_rows(runner, _query_text(q, backend, params), params, include_private)
        rows = [{k: _value(v) for k, v in r.items()} for r in rows]
        return normalise(q, q.finish(rows, params) if q.finish else rows)
    text = _query_text(q, backend, params)
    if q.name == "path" and params["source"] == params["target"]:
        rows: list = []
    else:
        rows = runner.run_cypher(text, _cypher_params(text, params))
    finish = q.finish_cypher or q.finish
    return normalise(q, finish(rows, params) if finish else rows)


def _precomputed_sparql_rows(q: Question, store, params: dict, include_private: bool) -> list[dict]:
    """Rows of a question read from the stored analytics; computed from the edges when they are stale.

    The stamp is checked again after the read: analytics replaced meanwhile (by another process)
    are not served; the answer is then computed from the edges."""
    from rdflib import Literal, URIRef

    from queries.analytics import analytics_graph

    if hasattr(store, "refresh_union"):
        store.refresh_union()  # a writable store computes stale analytics now, once
    found = analytics_graph(store, include_private)
    if found is not None:
        rows = _sparql_rows(store, q.sparql, {**params, "analytics": URIRef(found[0])}, include_private)
    if found is None or analytics_graph(store, include_private) != found:
        text = (QUESTIONS_DIR / "cooperation_edges.rq").read_text(encoding="utf-8")
        rows = [{k: _value(v) for k, v in r.items()} for r in _sparql_rows(store, text, {}, include_private)]
        return q.fallback(rows, params)
    # typed numbers (ranks, sizes, betweenness) as numbers: _value keeps rdflib literals as text
    return [{k: _value(v.toPython() if isinstance(v, Literal) and v.datatype else v) for k, v in r.items()}
            for r in rows]


def _query_text(q: Question, backend: str, params: dict) -> str:
    """The question's text for a backend; `NAME.by_ARG.rq` / `NAME.by_ARG.ladybug.cypher` when the
    optional ARG is given and such a variant exists (anchoring on it is an index lookup, where the
    general text pairs everything and filters)."""
    suffix = {"sparql": ".rq", "ladybug": ".ladybug.cypher"}.get(backend)
    for a in q.args:
        variant = QUESTIONS_DIR / f"{q.name}.by_{a.name}{suffix}" if suffix else None
        if variant and not a.required and params.get(a.name) is not None and variant.exists():
            return variant.read_text(encoding="utf-8")
    return {"sparql": q.sparql, "ladybug": q.ladybug_cypher}.get(backend, q.cypher)


def _cypher_params(text: str, params: dict) -> dict:
    """Only the parameters the text names: LadybugDB refuses parameters a query does not use."""
    import re

    return {k: v for k, v in params.items() if re.search(r"\$" + re.escape(k) + r"\b", text)}
