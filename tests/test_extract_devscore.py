"""End to end on the shared seed documents, when they are present: the dev figures must
not fall below what the extractor reached (minus a small margin)."""
from pathlib import Path

import pytest

from loaders.extract.devscore import DEFAULT_GOLD, DEFAULT_SEEDS, SCORER, score, write_predictions

FLOOR = {"entity_f1": 0.93, "relation_f1": 0.90, "role_accuracy": 0.93, "event_date_accuracy": 0.90}


@pytest.mark.skipif(not (DEFAULT_SEEDS.is_dir() and DEFAULT_GOLD.is_dir() and SCORER.exists()),
                    reason="shared seeds/gold not present")
def test_dev_scores_do_not_regress(tmp_path: Path):
    write_predictions(DEFAULT_SEEDS, tmp_path)
    got = score(tmp_path)
    for key, floor in FLOOR.items():
        assert got[key] is not None and got[key] >= floor, f"{key}={got[key]} fell below {floor}"
