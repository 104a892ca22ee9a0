"""Named questions over the store as `essgraph build` leaves it (one named graph per document,
some private, plus the materialised unions), on the SPARQL backend.

    .venv/bin/python benchmarks/bench_store_layout.py --docs 300 --reps 10
Prints p50/p95 per question (ms), with the unions and (time-boxed) without them.
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
from queries.registry import QUESTIONS, ask  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--reps", type=int, default=10)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        store = EssStore(Path(d) / "store")
        t = time.perf_counter()
        for x in extractions(a.docs, private_every=10):
            store.replace_document(x.doc.doc_id, extraction_to_graph(x))
        load_s = time.perf_counter() - t
        t = time.perf_counter()
        store.refresh_union()
        union_s = time.perf_counter() - t
        G = to_networkx(store)
        args = pick_args(G)
        print(f"{a.docs} documents, {len(store)} quads with unions; load {load_s:.1f} s, unions {union_s:.1f} s")
        print("question | p50 ms | p95 ms")
        for name in QUESTIONS:
            if name not in args:
                continue
            times = []
            for _ in range(a.reps):
                t = time.perf_counter()
                ask(name, store, *args[name], backend="sparql")
                times.append((time.perf_counter() - t) * 1000)
            times.sort()
            p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
            print(f"{name} | {statistics.median(times):.1f} | {p95:.1f}")
        store.close()


if __name__ == "__main__":
    main()
