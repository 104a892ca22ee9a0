"""The `essgraph` command: a thin layer over the library functions.

Exit codes: 0 all good; 1 some inputs failed (or the graph does not conform);
2 usage error. They follow from `essgraph.errors`.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Optional, Sequence

from essgraph import __version__
from essgraph.errors import EssgraphError, UsageError


def _store(args, *, write: bool = False):
    """Writers (build, forget, merge) lock the store; readers open it read-only, side by side."""
    from graph.store import open_store

    return open_store(args.store, read_only=not write)


def _progress(total: Optional[int], desc: str):
    """A progress bar on a terminal, nothing in pipes."""
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="doc", disable=not sys.stderr.isatty(), leave=False)


def _summary(stats) -> str:
    """The few figures of a render's stats worth a line: counts and size."""
    parts = []
    for field in ("nodes", "edges", "collectivites", "placed", "links", "notes", "bytes"):
        value = getattr(stats, field, None)
        if isinstance(value, int):
            parts.append(f"{value:,} {field}".replace(",", " "))
    return ", ".join(parts) or str(stats)


def _err(msg: str) -> None:
    print(f"essgraph: {msg}", file=sys.stderr)


# ---------------------------------------------------------------- commands
def cmd_build(args) -> int:
    from loaders.pipeline import build
    from loaders.resolve import Decisions

    store = _store(args, write=True)
    decisions = Decisions.load(Path(store.path) / "decisions.csv") if store.path else Decisions()
    bar = _progress(None, "build")

    def tick(out):
        bar.update(1)
        if out.status == "failed":
            bar.write(f"essgraph: {out.error}", file=sys.stderr)
        elif out.status == "skipped-private":
            bar.write(f"essgraph: {out.source}: private document skipped (pass --include-private to load it)",
                      file=sys.stderr)

    max_bytes = int(args.max_size * 1024 * 1024) if args.max_size else None
    report = build(args.sources, store, mark_private=args.private, include_private=args.include_private,
                   decisions=decisions, on_progress=tick, max_bytes=max_bytes, force=getattr(args, "force", False))
    bar.close()
    counts = ", ".join(f"{report.count(s)} {s}" for s in ("added", "replaced", "unchanged", "skipped-private", "failed"))
    print(f"built {len(report.outcomes)} source(s) in {report.seconds:.2f}s: {counts}")
    code = 1 if report.failed else 0
    if not args.no_validate:
        code = max(code, _validate_and_print(store, quiet=True))
    store.close()
    return code


def _validate_and_print(store, quiet: bool = False) -> int:
    from graph.validate import validate

    rep = validate(store.dataset)
    if rep.conforms:
        print("SHACL: conforms")
        return 0
    print(f"SHACL: {len(rep.results)} violation(s)")
    for r in rep.results[: 20 if quiet else None]:
        print(f"  {r.render() if hasattr(r, 'render') else r}")
    return 1


def _decisions_path(store) -> Path:
    if store.path is None:
        raise UsageError("merge decisions need an on-disk store: pass --store DIR")
    return Path(store.path) / "decisions.csv"


def cmd_merge(args) -> int:
    """Record that two IRIs are (or are not) the same actor, then re-process the documents that
    mention the second one, so that the store reflects the decision at once."""
    from loaders.pipeline import build
    from loaders.resolve import Decisions
    from rdflib import URIRef

    store = _store(args, write=True)
    path = _decisions_path(store)
    decisions = Decisions.load(path)
    decisions.add(args.iri_a, args.iri_b, "different" if args.different else "same", args.note or "")
    decisions.save(path)
    print(f"recorded in {path}: {args.iri_a} {'≠' if args.different else '='} {args.iri_b}")
    hit = {str(r.g) for r in store.query(
        "SELECT DISTINCT ?g ?b WHERE { GRAPH ?g { { ?b ?p ?o } UNION { ?s ?p ?b } } }",
        bindings={"b": URIRef(args.iri_b)}, include_private=True)}
    sources = [d.source for d in store.documents() if str(d.graph) in hit]
    if sources:
        rep = build(sources, store, include_private=True, decisions=decisions, force=True)
        print(f"re-processed {len(rep.outcomes)} document(s) that mention {args.iri_b}")
    store.close()
    return 0


def cmd_suggest_merges(args) -> int:
    from loaders.resolve import Decisions, person_names, suggest_merges

    store = _store(args)
    decisions = Decisions.load(_decisions_path(store))
    pairs = suggest_merges(person_names(store.dataset), decisions=decisions, min_score=args.min_score)
    store.close()
    _print_rows([{"iri_a": a, "iri_b": b, "score": round(sc, 3)} for a, b, sc in pairs], args.format)
    return 0


def cmd_forget(args) -> int:
    store = _store(args, write=True)
    gone = store.forget(args.doc)
    store.refresh_union()
    store.close()
    if not gone:
        raise UsageError(f"no document {args.doc!r} in the store: give a doc id, source path or file name "
                         "(see 'essgraph docs')")
    for d in gone:
        print(f"forgot {d.doc_id} ({d.source})")
    return 0


def cmd_docs(args) -> int:
    store = _store(args)
    rows = [{"doc_id": d.doc_id, "source": d.source, "private": d.private, "date": d.date, "title": d.title}
            for d in store.documents(include_private=args.include_private)]
    store.close()
    _print_rows(rows, args.format)
    return 0


def cmd_extract(args) -> int:
    from loaders.eval_json import to_eval_dict
    from loaders.pipeline import extract_document
    from loaders.read import iter_sources, read_document
    from essgraph.errors import InputError

    out = Path(args.eval_json)
    out.mkdir(parents=True, exist_ok=True)
    failed = 0
    for item in iter_sources(args.sources):
        if isinstance(item, InputError):
            _err(str(item))
            failed += 1
            continue
        try:
            doc = read_document(item)
            ext = extract_document(doc)
        except InputError as exc:
            _err(str(exc))
            failed += 1
            continue
        data = to_eval_dict(ext, doc.meta.name)
        data["source"] = item.name
        (out / f"{doc.meta.name}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return 1 if failed else 0


def cmd_evaluate(args) -> int:
    from loaders.evaluate import evaluate

    res = evaluate(args.gold, args.docs)
    print(res["table"])
    print(json.dumps(res["summary"], ensure_ascii=False))
    return 0


def cmd_sparql(args) -> int:
    from essgraph.analyst import run_analyst_query

    text = Path(args.query).read_text(encoding="utf-8") if args.query.endswith(".rq") else args.query
    store = _store(args)
    rows = run_analyst_query(store, text, include_private=args.include_private)
    store.close()
    _print_rows(rows, args.format)
    return 0


def cmd_ask(args) -> int:
    from queries.registry import QUESTIONS, ask

    if args.list or not args.name:
        for q in QUESTIONS.values():
            print(f"{q.usage()}\n    {q.description}")
        return 0
    if args.name not in QUESTIONS:
        raise UsageError(f"unknown question {args.name!r}: 'essgraph ask --list' shows the names")
    store = _store(args)
    rows = ask(args.name, store, *args.args, backend=args.backend, include_private=args.include_private)
    store.close()
    _print_rows(rows, args.format)
    return 0


def cmd_cypher(args) -> int:
    from graph.cypher.ladybug_store import run_readonly_cypher

    text = Path(args.query).read_text(encoding="utf-8") if args.query.endswith(".cypher") else args.query
    store = _store(args)
    rows = run_readonly_cypher(store, text, include_private=args.include_private)
    store.close()
    _print_rows(rows, args.format)
    return 0


def cmd_push(args) -> int:
    import os

    from graph.cypher.neo4j_push import push

    if args.target != "neo4j":
        raise UsageError(f"unknown push target {args.target!r}: only 'neo4j' is supported")
    uri = args.uri or os.environ.get("NEO4J_URI")
    if not uri:
        raise UsageError("no Neo4j URI: pass --uri bolt://host:7687 or set NEO4J_URI")
    store = _store(args)
    bar = _progress(None, "push")
    stats = push(store, uri, args.user or os.environ.get("NEO4J_USER", "neo4j"),
                 args.password or os.environ.get("NEO4J_PASSWORD", ""),
                 database=args.database or os.environ.get("NEO4J_DATABASE"),
                 include_private=args.include_private, progress=lambda n: bar.update(n))
    bar.close()
    store.close()
    print(f"pushed: {stats}")
    return 0


def cmd_serve(args) -> int:
    from queries.serve import serve

    store = _store(args)
    serve(store, host=args.host, port=args.port, timeout=args.timeout)
    return 0


def cmd_export(args) -> int:
    store = _store(args)
    fmt = args.format
    if fmt == "graphml":
        import networkx as nx

        from graph.project_nx import to_networkx, to_graphml_ready

        G = to_graphml_ready(to_networkx(store, include_private=args.include_private))
        nx.write_graphml(G, args.out)
    else:
        data = store.export(fmt, include_private=args.include_private)
        Path(args.out).write_bytes(data) if args.out != "-" else sys.stdout.buffer.write(data)
    store.close()
    if args.out != "-":
        print(f"wrote {args.out}")
    return 0


def _graph(args):
    from graph.project_nx import to_networkx

    store = _store(args)
    G = to_networkx(store, include_private=args.include_private)
    return store, G


def cmd_map(args) -> int:
    from queries.maps.network_map import render_map

    store, G = _graph(args)
    stats = render_map(G, args.out, focus=args.focus, depth=args.depth, territory=args.territory,
                       theme=args.theme, since=args.since, min_degree=args.min_degree,
                       include_private=args.include_private, store=store)
    store.close()
    print(f"wrote {args.out} ({_summary(stats)})")
    return 0


def cmd_geomap(args) -> int:
    from queries.maps.geo_map import render_geomap

    store, G = _graph(args)
    stats = render_geomap(G, args.out, territory=args.territory, theme=args.theme, since=args.since,
                          include_private=args.include_private, store=store)
    store.close()
    print(f"wrote {args.out} ({_summary(stats)})")
    return 0


def cmd_report(args) -> int:
    from graph.validate import validate
    from queries.report import build_report

    store, G = _graph(args)
    stats = build_report(G, args.out, territory=args.territory, network=args.network, since=args.since,
                         store=store, validation=validate(store.dataset), include_private=args.include_private)
    store.close()
    print(f"wrote {args.out} ({_summary(stats)})")
    return 0


def cmd_validate(args) -> int:
    store = _store(args)
    code = _validate_and_print(store)
    store.close()
    return code


def cmd_run(args) -> int:
    """Build the sources, then write the map, the geographic map and the report into --out."""
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if args.store is None:
        args.store = str(out / "store")
    code = cmd_build(args)
    for fn, name in ((cmd_map, "map.html"), (cmd_geomap, "geomap.html"), (cmd_report, "report.html")):
        ns = argparse.Namespace(**vars(args))
        ns.out = str(out / name)
        for k, v in dict(focus=None, depth=1, territory=None, theme=None, since=None, min_degree=0, network=None).items():
            if not hasattr(ns, k):  # `run` has no map/report filters: whole graph
                setattr(ns, k, v)
        code = max(code, fn(ns))
    return code


# ---------------------------------------------------------------- output
def _print_rows(rows: list[dict], fmt: str) -> None:
    if fmt == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=1, default=str))
        return
    cols: list[str] = []
    for r in rows:
        for k in r:
            if k not in cols:
                cols.append(k)
    if fmt == "csv":
        import csv

        w = csv.DictWriter(sys.stdout, fieldnames=cols)
        w.writeheader()
        for r in rows:
            w.writerow({k: _cell(r.get(k)) for k in cols})
        return
    if not rows:
        print("(no rows)")
        return
    widths = {c: min(60, max(len(c), *(len(_cell(r.get(c))) for r in rows))) for c in cols}
    print("  ".join(c.ljust(widths[c]) for c in cols))
    print("  ".join("-" * widths[c] for c in cols))
    for r in rows:
        print("  ".join(_cell(r.get(c))[: widths[c]].ljust(widths[c]) for c in cols))


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, (list, tuple)):
        return "; ".join(map(str, v))
    return str(v)


# ---------------------------------------------------------------- parser
def make_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="essgraph", description="Knowledge graph of France's social and solidarity economy.")
    p.add_argument("--version", action="version", version=f"essgraph {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def add(name, fn, help_):
        sp = sub.add_parser(name, help=help_, description=help_)
        sp.add_argument("--store", metavar="DIR", default=None,
                        help="store directory (default: $ESSGRAPH_STORE or a per-user data directory)")
        sp.set_defaults(func=fn)
        return sp

    def fmt(sp):
        sp.add_argument("--format", choices=("table", "csv", "json"), default="table")

    def private(sp):
        sp.add_argument("--include-private", action="store_true", help="include documents marked private")

    sp = add("build", cmd_build, "load documents into the graph (incremental)")
    sp.add_argument("sources", nargs="+", metavar="SOURCES", help="files, directories or globs")
    private(sp)
    sp.add_argument("--private", action="store_true", help="mark these documents private")
    sp.add_argument("--no-validate", action="store_true", help="skip the SHACL validation after the build")
    sp.add_argument("--max-size", type=float, default=None, metavar="MB", help="largest file accepted (default 20)")
    sp.add_argument("--force", action="store_true", help="re-process documents the store already has")

    sp = add("run", cmd_run, "build SOURCES, then write map.html, geomap.html and report.html into --out")
    sp.add_argument("sources", nargs="+", metavar="SOURCES")
    sp.add_argument("--out", default="out", metavar="DIR")
    private(sp)
    sp.add_argument("--private", action="store_true", help="mark these documents private")
    sp.add_argument("--no-validate", action="store_true")
    sp.add_argument("--max-size", type=float, default=None, metavar="MB")

    sp = add("forget", cmd_forget, "remove one document's named graph")
    sp.add_argument("doc", metavar="DOC", help="doc id, source path or file name")

    sp = add("merge", cmd_merge, "record that two actor IRIs are the same (or --different); kept in STORE/decisions.csv")
    sp.add_argument("iri_a", metavar="IRI_A", help="the IRI to keep")
    sp.add_argument("iri_b", metavar="IRI_B", help="the IRI merged into IRI_A")
    sp.add_argument("--different", action="store_true", help="record that they are NOT the same actor")
    sp.add_argument("--note", help="why (kept in the file)")

    sp = add("suggest-merges", cmd_suggest_merges, "list probable duplicate persons for a person to review")
    sp.add_argument("--min-score", type=float, default=0.7)
    fmt(sp)

    sp = add("docs", cmd_docs, "list the documents in the store")
    fmt(sp), private(sp)

    sp = add("extract", cmd_extract, "extract entities and relations without storing them")
    sp.add_argument("sources", nargs="+", metavar="SOURCES")
    sp.add_argument("--eval-json", required=True, metavar="DIR", help="write one eval-format JSON per document")

    sp = add("evaluate", cmd_evaluate, "score the extractor: gold JSON directory against documents")
    sp.add_argument("gold", metavar="GOLD_DIR")
    sp.add_argument("docs", metavar="DOCS_DIR")

    sp = add("sparql", cmd_sparql, "run a read-only SPARQL query (text or FILE.rq)")
    sp.add_argument("query", metavar="QUERY")
    fmt(sp), private(sp)

    sp = add("ask", cmd_ask, "answer a named cooperation question")
    sp.add_argument("name", nargs="?", metavar="NAME")
    sp.add_argument("args", nargs="*", metavar="ARGS")
    sp.add_argument("--list", action="store_true", help="list the questions and their arguments")
    sp.add_argument("--backend", default="sparql", choices=("sparql", "networkx", "ladybug", "neo4j"))
    fmt(sp), private(sp)

    sp = add("cypher", cmd_cypher, "run a read-only Cypher query on the embedded engine (text or FILE.cypher)")
    sp.add_argument("query", metavar="QUERY")
    fmt(sp), private(sp)

    sp = add("push", cmd_push, "push the graph to a Neo4j (Bolt) server, idempotently")
    sp.add_argument("target", choices=("neo4j",))
    sp.add_argument("--uri", help="bolt://host:7687 (or $NEO4J_URI)")
    sp.add_argument("--user", help="(or $NEO4J_USER)")
    sp.add_argument("--password", help="(or $NEO4J_PASSWORD)")
    sp.add_argument("--database", help="(or $NEO4J_DATABASE)")
    private(sp)

    sp = add("serve", cmd_serve, "serve a read-only SPARQL 1.1 endpoint at /sparql")
    sp.add_argument("--host", default="127.0.0.1")
    sp.add_argument("--port", type=int, default=7878)
    sp.add_argument("--timeout", type=float, default=10.0, help="query timeout in seconds")

    sp = add("export", cmd_export, "export the graph: trig, nquads, turtle, json-ld or graphml")
    sp.add_argument("--format", choices=("trig", "nquads", "turtle", "json-ld", "graphml"), default="trig")
    sp.add_argument("--out", default="-", metavar="FILE")
    private(sp)

    sp = add("map", cmd_map, "write an interactive network map (offline HTML)")
    sp.add_argument("--out", default="map.html", metavar="FILE.html")
    sp.add_argument("--focus", metavar="ACTOR")
    sp.add_argument("--depth", type=int, default=1)
    sp.add_argument("--territory", metavar="X")
    sp.add_argument("--theme", metavar="T")
    sp.add_argument("--since", metavar="DATE")
    sp.add_argument("--min-degree", type=int, default=0)
    private(sp)

    sp = add("geomap", cmd_geomap, "write a geographic map of the collectivités and their links")
    sp.add_argument("--out", default="geomap.html", metavar="FILE.html")
    sp.add_argument("--territory", metavar="X")
    sp.add_argument("--theme", metavar="T")
    sp.add_argument("--since", metavar="DATE")
    private(sp)

    sp = add("report", cmd_report, "write a policy report (HTML or PDF by extension)")
    sp.add_argument("--out", default="report.html", metavar="FILE.html|FILE.pdf")
    sp.add_argument("--territory", metavar="X")
    sp.add_argument("--network", metavar="Y")
    sp.add_argument("--since", metavar="DATE")
    private(sp)

    sp = add("validate", cmd_validate, "check the graph against the SHACL shapes")
    private(sp)
    return p


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = make_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return args.func(args)
    except EssgraphError as exc:
        _err(str(exc))
        return exc.exit_code
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except BrokenPipeError:  # output piped into `head`: not an error
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
