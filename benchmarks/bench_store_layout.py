"""The store as `essgraph build` leaves it (one named graph per document, some private, the
materialised unions and the stored analytics): what keeping the unions costs, and the named
questions over it on the SPARQL backend.

    .venv/bin/python benchmarks/bench_store_layout.py --docs 1400 --reps 5 [--no-questions]

Union upkeep: the writes keep both unions in step document by document (graph/union_delta.py);
timed here per operation (replace a document with new content, forget one, add it back), against
rebuilding both unions whole from every document graph (what each batch cost before).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_questions import pick_args  # noqa: E402
from benchmarks.gen_synthetic import extractions  # noqa: E402
from graph.project_nx import to_networkx  # noqa: E402
from graph.rdf import extraction_to_graph  # noqa: E402
from graph.store import EssStore  # noqa: E402
from queries.analytics import refresh_analytics  # noqa: E402
from queries.registry import QUESTIONS, ask  # noqa: E402


def timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def union_upkeep(store: EssStore, docs: int) -> list[tuple[str, float]]:
    """Seconds per union operation on a loaded store (median of a few documents where it applies)."""
    import pyoxigraph as ox

    from graph.store import UNION_ALL

    other = {x.doc.doc_id: x for x in extractions(docs, seed=11, private_every=10)}  # same ids, new content
    ids = sorted(d.doc_id for d in store.documents())[1:docs:max(1, docs // 5)][:5]
    out = []
    replace, forget, add_back = [], [], []
    for doc_id in ids:
        before = extraction_to_graph(next(x for x in extractions(docs, private_every=10) if x.doc.doc_id == doc_id))
        replace.append(timed(lambda: store.replace_document(doc_id, extraction_to_graph(other[doc_id]))))
        forget.append(timed(lambda: store.forget(doc_id)))
        add_back.append(timed(lambda: store.replace_document(doc_id, before)))
    out += [("replace one document (new content), unions in step", statistics.median(replace)),
            ("forget one document, unions in step", statistics.median(forget)),
            ("add one document, unions in step", statistics.median(add_back)),
            ("stamp the unions after a batch (refresh_union without analytics)",
             timed(lambda: store.refresh_union(analytics=False))),
            ("analytics after the batch (cooperation links back as before it: re-stamped, not recomputed)",
             timed(lambda: refresh_analytics(store)))]
    n_before = sum(1 for _ in store.ox.quads_for_pattern(None, None, None, ox.NamedNode(str(UNION_ALL))))
    out.append(("rebuild both unions whole (before: after every batch)", timed(store._rebuild_unions)))
    n_after = sum(1 for _ in store.ox.quads_for_pattern(None, None, None, ox.NamedNode(str(UNION_ALL))))
    assert n_before == n_after, f"incremental union-all has {n_before} triples, rebuilt {n_after}"
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--reps", type=int, default=10)
    ap.add_argument("--no-questions", action="store_true")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        store = EssStore(Path(d) / "store")
        t = time.perf_counter()
        for x in extractions(a.docs, private_every=10):
            store.replace_document(x.doc.doc_id, extraction_to_graph(x))
        load_s = time.perf_counter() - t
        stamp_s = timed(lambda: store.refresh_union(analytics=False))
        analytics_s = timed(lambda: refresh_analytics(store))
        print(f"{a.docs} documents, {len(store)} quads with unions and analytics; load with unions kept in step "
              f"{load_s:.1f} s, stamp {stamp_s:.2f} s, analytics {analytics_s:.1f} s", flush=True)
        print("union operation | seconds")
        for label, secs in union_upkeep(store, a.docs):
            print(f"{label} | {secs:.3f}", flush=True)
        if not a.no_questions:
            store.refresh_union()
            G = to_networkx(store)
            args = pick_args(G)
            print("question | p50 ms | p95 ms")
            for name in QUESTIONS:
                times = []
                for _ in range(a.reps):
                    t = time.perf_counter()
                    ask(name, store, *args[name], backend="sparql")
                    times.append((time.perf_counter() - t) * 1000)
                times.sort()
                p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
                print(f"{name} | {statistics.median(times):.1f} | {p95:.1f}", flush=True)
        store.close()


if __name__ == "__main__":
    main()
