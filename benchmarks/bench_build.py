"""Build time of the sample corpus and of the seeds, cold store, end to end.

Run: .venv/bin/python benchmarks/bench_build.py [--runs 3]
Prints one line per corpus: documents, seconds (median of runs), documents per second.
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from graph.store import EssStore
from loaders.pipeline import build

ROOT = Path(__file__).resolve().parents[1]
CORPORA = {"sample corpus": ROOT / "examples" / "corpus", "seeds": ROOT.parent / "shared" / "seeds"}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    from loaders.extract.nlp import get_nlp  # warm the model once: we time builds, not the model's load

    get_nlp()
    for name, path in CORPORA.items():
        if not path.is_dir():
            print(f"{name}: {path} missing, skipped")
            continue
        times, docs = [], 0
        for _ in range(args.runs):
            with tempfile.TemporaryDirectory() as d:
                store = EssStore(Path(d) / "store")
                t = time.perf_counter()
                rep = build([path], store, include_private=True)
                times.append(time.perf_counter() - t)
                docs = len(rep.outcomes)
                store.close()
        med = statistics.median(times)
        print(f"{name}: {docs} documents, build {med:.2f} s (median of {args.runs}), {docs / med:.1f} docs/s")


if __name__ == "__main__":
    main()
