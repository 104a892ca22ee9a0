"""End to end against gold standards: the shared seed documents (when present) and the
project's sample corpus. Figures must not fall below what the extractor reached, minus a
small margin (seeds: entity F1 0.988, relation F1 0.989, roles 1.0, event dates 1.0;
sample corpus, after tuning on it: 0.982 / 0.917 / 1.0 / 0.944)."""
import json
from pathlib import Path

import pytest

from loaders.eval_json import to_eval_dict
from loaders.extract import extract
from loaders.extract.devscore import DEFAULT_GOLD, DEFAULT_SEEDS, SCORER, score, write_predictions

ROOT = Path(__file__).resolve().parents[1]
SEED_FLOOR = {"entity_f1": 0.96, "relation_f1": 0.95, "role_accuracy": 0.95, "event_date_accuracy": 0.93}
SAMPLE_FLOOR = {"entity_f1": 0.94, "relation_f1": 0.85, "role_accuracy": 0.95, "event_date_accuracy": 0.88}


def _check(got: dict, floor: dict) -> None:
    for key, low in floor.items():
        assert got[key] is not None and got[key] >= low, f"{key}={got[key]} fell below {low}"


@pytest.mark.skipif(not (DEFAULT_SEEDS.is_dir() and DEFAULT_GOLD.is_dir() and SCORER.exists()),
                    reason="shared seeds/gold not present")
def test_seed_scores_do_not_regress(tmp_path: Path):
    write_predictions(DEFAULT_SEEDS, tmp_path)
    _check(score(tmp_path), SEED_FLOOR)


@pytest.mark.skipif(not ((ROOT / "examples" / "gold").is_dir() and SCORER.exists()),
                    reason="sample corpus gold or scorer not present")
def test_sample_corpus_scores_do_not_regress(tmp_path: Path):
    from loaders.read import read_document
    for f in sorted((ROOT / "examples" / "corpus").iterdir()):
        if f.suffix in (".txt", ".html", ".pdf") and (ROOT / "examples" / "gold" / f"{f.stem}.json").exists():
            d = to_eval_dict(extract(read_document(f)), f.stem)
            d["source"] = f.name
            (tmp_path / f"{f.stem}.json").write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    _check(score(tmp_path, gold=ROOT / "examples" / "gold"), SAMPLE_FLOOR)
