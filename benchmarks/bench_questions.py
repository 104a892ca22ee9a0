"""Latency of the named questions per backend on ~1M synthetic triples; writes benchmarks/RESULTS.md.

Backends: Oxigraph on disk and in memory, both as `essgraph build` leaves a store (one named graph
per document, the unions kept in step by each write, analytics computed once after the batch),
rdflib's Memory store (time-boxed, in a child process), networkx (projection from Oxigraph, with
the stored analytics), LadybugDB (synced from Oxigraph, read-only).
Reports p50/p95 per question, load times and peak memory (resource.getrusage).

    .venv/bin/python benchmarks/bench_questions.py --docs 1400 --reps 20 [--rdflib-budget 300]
        [--skip oxigraph-memory,rdflib]
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import platform
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.gen_synthetic import extractions  # noqa: E402
from graph.rdf import extraction_to_graph  # noqa: E402
from graph.store import EssStore  # noqa: E402
from queries.registry import QUESTIONS, ask  # noqa: E402

OUT = Path(__file__).resolve().parent / "RESULTS.md"


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load(store, graphs) -> float:
    """One named graph per document, as `essgraph build` stores them."""
    t0 = time.perf_counter()
    for doc_id, g in graphs:
        store.replace_document(doc_id, g)
    return time.perf_counter() - t0


def pick_args(G) -> dict:
    """Arguments that give non-trivial answers: the busiest person, organisation, partner..."""
    def busiest(pred):
        cands = [(sum(1 for _ in G.edges(n)) + G.in_degree(n), n) for n, d in G.nodes(data=True) if pred(n, d)]
        return max(cands)[1]
    person = busiest(lambda n, d: d.get("kind") == "Person" and any(
        e.get("rel") == "holds_post" for *_x, e in G.out_edges(n, data=True)))
    org = busiest(lambda n, d: any(e.get("rel") == "holds_post" for *_x, e in G.in_edges(n, data=True)))
    partner = busiest(lambda n, d: any(e.get("rel") == "partner_of" for *_x, e in G.in_edges(n, data=True)))
    signer = busiest(lambda n, d: any(e.get("rel") == "signatory" for *_x, e in G.out_edges(n, data=True)))
    persons = sorted(n for n, d in G.nodes(data=True) if d.get("kind") == "Person")
    return {
        "partners": (partner,), "posts": (person,), "path": (persons[0], persons[-1]),
        "cosignatories": (signer,), "posts_in_org_at_date": (org, "2022-06-01"), "bridging_elus": (),
        "linking_regions": ("53", "11"), "communities": (), "brokers": (10,), "network_overlap": (),
        "events_together": (signer,), "territorial_coverage": (), "timeline": ("2024-01", "2024-06"),
    }


def time_questions(source, backend: str, args: dict, reps: int, budget: float = float("inf"),
                   per_question: float = 20.0, **kw) -> dict:
    """p50/p95 per question; a question stops repeating after `per_question` seconds."""
    out = {}
    t_end = time.perf_counter() + budget
    for name in QUESTIONS:
        times = []
        n = reps
        q_end = time.perf_counter() + per_question
        for _ in range(n):
            if time.perf_counter() > t_end or (times and time.perf_counter() > q_end):
                break
            t0 = time.perf_counter()
            rows = ask(name, source, *args[name], backend=backend, **kw)
            times.append(time.perf_counter() - t0)
        if times:
            times.sort()
            out[name] = {"p50": statistics.median(times) * 1000,
                         "p95": times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))] * 1000,
                         "n": len(times), "rows": len(rows)}
    return out


def _rdflib_child(docs: int, args: dict, reps: int, budget: float, q) -> None:
    graphs = [(x.doc.doc_id, extraction_to_graph(x)) for x in extractions(docs)]
    store = EssStore(backend="memory")
    secs = load(store, graphs)
    q.put(("load", secs))
    q.put(("times", time_questions(store, "sparql", args, reps=max(3, reps // 5), budget=budget)))
    q.put(("peak", peak_mib()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1400)
    ap.add_argument("--reps", type=int, default=20)
    ap.add_argument("--rdflib-budget", type=float, default=150.0, help="seconds for rdflib's queries")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--skip", default="", help="comma-separated: oxigraph-memory, rdflib")
    a = ap.parse_args()
    skip = {x.strip() for x in a.skip.split(",") if x.strip()}

    t0 = time.perf_counter()
    graphs = [(x.doc.doc_id, extraction_to_graph(x)) for x in extractions(a.docs)]
    triples = sum(len(g) for _d, g in graphs)
    gen_s = time.perf_counter() - t0
    print(f"{triples} triples in {a.docs} documents generated in {gen_s:.1f} s", flush=True)

    results, loads, peaks = {}, {}, {}
    tmp = Path(tempfile.mkdtemp(prefix="essgraph-bench-"))
    disk = EssStore(tmp / "store")
    loads[f"oxigraph (disk), {a.docs} graphs, unions kept in step"] = load(disk, graphs)
    t = time.perf_counter()
    disk.refresh_union(analytics=False)
    loads["oxigraph (disk): stamp the unions after the batch"] = time.perf_counter() - t
    t = time.perf_counter()
    from queries.analytics import refresh_analytics

    refresh_analytics(disk)
    loads["oxigraph (disk): analytics (communities, betweenness; public and full views)"] = time.perf_counter() - t
    peaks["oxigraph (disk)"] = peak_mib()
    mem = None
    if "oxigraph-memory" not in skip:
        mem = EssStore(None, backend="oxigraph")
        loads[f"oxigraph (memory), {a.docs} graphs, unions kept in step"] = load(mem, graphs)
        t = time.perf_counter()
        mem.refresh_union()
        loads["oxigraph (memory): stamp + analytics"] = time.perf_counter() - t
    del graphs

    from graph.cypher.ladybug_store import LadybugGraph, sync_ladybug
    from graph.project_nx import to_networkx
    from queries.analytics import attach_for_store

    t = time.perf_counter()
    G = to_networkx(disk)
    attach_for_store(G, disk)
    loads["networkx projection (from oxigraph disk, stored analytics attached)"] = time.perf_counter() - t
    peaks["networkx"] = peak_mib()
    t = time.perf_counter()
    sync_ladybug(disk, tmp / "ladybug")
    loads["LadybugDB sync (projection + COPY)"] = time.perf_counter() - t
    lg = LadybugGraph(tmp / "ladybug")
    args = pick_args(G)
    print(f"projection: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges", flush=True)

    sources = [("oxigraph disk (as built)", disk, "sparql")]
    if mem is not None:
        sources.append(("oxigraph memory (as built)", mem, "sparql"))
    sources += [("networkx", G, "networkx"), ("LadybugDB", lg, "ladybug")]
    for label, source, backend in sources:
        t = time.perf_counter()
        results[label] = time_questions(source, backend, args, a.reps, per_question=10.0)
        print(f"{label}: {time.perf_counter() - t:.1f} s", flush=True)
    if mem is not None:
        mem.close()
    peaks["all embedded backends"] = peak_mib()

    # two-hop neighbourhoods, the classic graph-database micro-benchmark
    hub = args["partners"][0]
    two_hop = {}
    for label, fn in (
        ("LadybugDB", lambda: lg.run_cypher("MATCH (a {iri: $x})-[]-(b)-[]-(c) RETURN count(DISTINCT c) AS n", {"x": hub})),
        ("oxigraph disk (as built)", lambda: list(disk.query(
            "SELECT ?x (COUNT(DISTINCT ?c) AS ?n) WHERE { { ?x ?p ?b } UNION { ?b ?p ?x } { ?b ?q ?c } UNION { ?c ?q ?b } FILTER(isIRI(?c) && isIRI(?b)) } GROUP BY ?x",
            bindings={"x": __import__("rdflib").URIRef(hub)}))),
        ("networkx", lambda: len({c for b in nx_neighbours(G, hub) for c in nx_neighbours(G, b)})),
    ):
        ts = []
        for _ in range(a.reps):
            t = time.perf_counter()
            fn()
            ts.append(time.perf_counter() - t)
        ts.sort()
        two_hop[label] = (statistics.median(ts) * 1000, ts[int(round(0.95 * (len(ts) - 1)))] * 1000)

    if "rdflib" not in skip:
        run_rdflib(a, args, loads, peaks, results)

    write_report(a, triples, gen_s, G, loads, peaks, results, two_hop)
    print(a.out.read_text())
    lg.close()
    disk.close()
    shutil.rmtree(tmp, ignore_errors=True)  # a 1M-triple run leaves gigabytes otherwise


def run_rdflib(a, args, loads, peaks, results) -> None:
    """rdflib's Memory store, in a child process with a time budget."""
    q = mp.get_context("fork").Queue()
    child = mp.get_context("fork").Process(target=_rdflib_child, args=(a.docs, args, a.reps, a.rdflib_budget, q))
    child.start()
    got = {}
    deadline = time.time() + a.rdflib_budget + 400  # loading 1M triples in rdflib takes minutes
    while time.time() < deadline and len(got) < 3:
        try:
            k, v = q.get(timeout=5)
            got[k] = v
        except Exception:
            if not child.is_alive():
                break
    if child.is_alive():
        child.kill()
    if "load" in got:
        loads["rdflib Memory"] = got["load"]
    results["rdflib Memory"] = got.get("times", {})
    if "peak" in got:
        peaks["rdflib Memory (child process)"] = got["peak"]


def nx_neighbours(G, n):
    return set(G.successors(n)) | set(G.predecessors(n))


def write_report(a, triples, gen_s, G, loads, peaks, results, two_hop) -> None:
    backends = list(results)
    lines = [
        "# Named questions: latency per backend",
        "",
        f"Generated by `benchmarks/bench_questions.py --docs {a.docs} --reps {a.reps}` on "
        f"{platform.machine()} / Python {platform.python_version()}, {time.strftime('%Y-%m-%d')}.",
        f"Data: {triples:,} triples in {a.docs} synthetic documents (benchmarks/gen_synthetic.py, shaped by "
        f"graph/rdf.py), projection {G.number_of_nodes():,} nodes / {G.number_of_edges():,} edges.",
        "Actors are passed as IRIs (name lookup excluded). Times in ms, p50 / p95 over "
        f"{a.reps} runs (a question stops repeating after 10 s; rdflib fewer, "
        f"within a {a.rdflib_budget:.0f} s budget; '—' = not reached in the budget).",
        "",
        "| question | " + " | ".join(backends) + " |",
        "|---|" + "---|" * len(backends),
    ]
    for name in QUESTIONS:
        cells = []
        for b in backends:
            r = results[b].get(name)
            if r and r.get("timeout"):
                cells.append(f"> {r['timeout'] * 1000:.0f}")
            else:
                cells.append(f"{r['p50']:.1f} / {r['p95']:.1f}" if r else "—")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines += ["", "## Load and build times", "", "| step | seconds |", "|---|---|",
              f"| generate + graph/rdf.py | {gen_s:.1f} |"]
    lines += [f"| load into {k} | {v:.1f} |" for k, v in loads.items()]
    lines += ["", "## Two-hop neighbourhood of the busiest partner (ms, p50 / p95)", "", "| engine | ms |", "|---|---|"]
    lines += [f"| {k} | {v[0]:.1f} / {v[1]:.1f} |" for k, v in two_hop.items()]
    lines += ["", "## Peak resident memory (MiB, getrusage, cumulative in the process)", "", "| after | MiB |", "|---|---|"]
    lines += [f"| {k} | {v:.0f} |" for k, v in peaks.items()]
    lines.append("")
    a.out.write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
