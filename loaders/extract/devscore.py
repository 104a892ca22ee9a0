"""Dev helper: extract every .txt of a folder to eval JSON and run the scorer.

    python -m loaders.extract.devscore [SEEDS_DIR] [OUT_DIR] [--verbose]
"""
from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

from graph.model import Document, DocumentMeta

from . import extract
from .dates import document_date

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SEEDS = ROOT.parent / "shared" / "seeds"
DEFAULT_GOLD = ROOT.parent / "shared" / "eval" / "dev" / "gold"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def read_txt(path: Path) -> Document:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SystemExit(f"{path}: not UTF-8 ({exc}); convert it or read it with loaders.read") from exc
    sha = hashlib.sha256(raw).hexdigest()
    meta = DocumentMeta(doc_id="d" + sha[:16], source=str(path), name=path.stem, sha256=sha, format="txt",
                        encoding="utf-8", title=next((l.strip() for l in text.splitlines() if l.strip()), None),
                        date=document_date(text))
    return Document(meta=meta, text=text)


def write_predictions(seeds: Path, out: Path) -> list[Path]:
    from loaders.eval_json import to_eval_dict
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for f in sorted(seeds.glob("*.txt")):
        doc = read_txt(f)
        d = to_eval_dict(extract(doc), f.stem)
        d["source"] = f.name
        p = out / f"{f.stem}.json"
        p.write_text(json.dumps(d, ensure_ascii=False, indent=1), encoding="utf-8")
        written.append(p)
    return written


def score(out: Path, gold: Path = DEFAULT_GOLD, verbose: bool = False) -> dict:
    cmd = [sys.executable, str(SCORER), str(gold), str(out)] + (["--verbose"] if verbose else [])
    res = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if res.returncode != 0:
        raise SystemExit(f"scorer failed on {out}: {res.stderr.strip()}")
    print(res.stdout)
    return json.loads(res.stdout.strip().splitlines()[-1])


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    args = [a for a in argv if not a.startswith("--")]
    seeds = Path(args[0]) if args else DEFAULT_SEEDS
    out = Path(args[1]) if len(args) > 1 else ROOT / "build" / "eval-dev"
    if not seeds.is_dir():
        print(f"{seeds}: no such folder; pass the folder of seed .txt files", file=sys.stderr)
        return 2
    write_predictions(seeds, out)
    score(out, verbose=verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
