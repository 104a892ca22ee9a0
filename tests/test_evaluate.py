"""loaders.evaluate against the README's hand-computed figures and the official scorer."""
from __future__ import annotations

import copy
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from loaders import evaluate as ev

SHARED_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
SELFTEST = SHARED_EVAL / "selftest"
DEV_GOLD = SHARED_EVAL / "dev" / "gold"
OFFICIAL = SHARED_EVAL / "score.py"

needs_selftest = pytest.mark.skipif(not (SELFTEST / "gold").is_dir(), reason="../shared/eval/selftest absent")
needs_dev = pytest.mark.skipif(not DEV_GOLD.is_dir(), reason="../shared/eval/dev/gold absent")
needs_official = pytest.mark.skipif(not OFFICIAL.is_file(), reason="../shared/eval/score.py absent")


def official_summary(gold: Path, pred: Path, *flags: str) -> dict:
    out = subprocess.run([sys.executable, str(OFFICIAL), str(gold), str(pred), *flags],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


# ----------------------------------------------------------------- hand-computed (README 3)

@needs_selftest
def test_selftest_pred1_matches_hand_figures():
    s = ev.score_dirs(SELFTEST / "gold", SELFTEST / "pred1")
    assert (s["entity_p"], s["entity_r"], s["entity_f1"]) == (round(3 / 5, 4), round(3 / 8, 4), 0.4615)
    assert (s["relation_p"], s["relation_r"], s["relation_f1"]) == (round(3 / 5, 4), round(3 / 7, 4), 0.5)
    assert s["role_accuracy"] == 1.0 and (s.details.roles.ok, s.details.roles.n) == (1, 1)
    assert s["event_date_accuracy"] == 0.0 and s.details.event_dates.n == 1


@needs_selftest
def test_selftest_pred2_matches_hand_figures():
    s = ev.score_dirs(SELFTEST / "gold", SELFTEST / "pred2")
    assert (s["entity_p"], s["entity_r"], s["entity_f1"]) == (round(8 / 9, 4), 1.0, 0.9412)
    assert (s["relation_p"], s["relation_r"], s["relation_f1"]) == (round(7 / 9, 4), 1.0, 0.875)
    assert (s.details.roles.ok, s.details.roles.n) == (2, 3)
    assert s["event_date_accuracy"] == 1.0 and s.details.event_dates.n == 1


@needs_selftest
def test_misses_name_the_wrong_items():
    text = ev.misses(ev.score_dirs(SELFTEST / "gold", SELFTEST / "pred1"))
    assert "MISSED entity  Collectivite     Nantes Métropole" in text
    assert "FALSE  entity  Organization     France urbaine" in text
    assert "(no prediction file)" in text          # doc b has no prediction
    table = ev.format_table(ev.score_dirs(SELFTEST / "gold", SELFTEST / "pred1"))
    assert "(tp=3 pred=5 gold=8)" in table


@pytest.mark.parametrize("expand", [True, False])
@pytest.mark.parametrize("gold_dir", [SELFTEST / "gold", DEV_GOLD], ids=["selftest", "dev"])
def test_gold_against_itself_is_perfect(gold_dir, expand):
    if not gold_dir.is_dir():
        pytest.skip(f"{gold_dir} absent")
    s = ev.score_dirs(gold_dir, gold_dir, alias_expansion=expand)
    assert s["entity_f1"] == s["relation_f1"] == s["role_accuracy"] == s["event_date_accuracy"] == 1.0
    assert set(s["entity_f1_by_type"].values()) == {1.0}


# ----------------------------------------------------------------- rules, on small cases

def test_norm_name_prefixes_and_variants():
    assert ev.norm_name("La Ville de Sceaux") == ev.norm_name("Sceaux") == "sceaux"
    assert ev.norm_name("Conseil régional d’Occitanie") == "occitanie"
    assert ev.norm_name("Métropole de Lyon") != ev.norm_name("Lyon")
    assert ev.norm_name("Nantes Métropole") != ev.norm_name("Nantes")
    assert ev.norm_name("Économie sociale & solidaire") == ev.norm_name("l'économie sociale et solidaire") == "ess"
    assert ev.norm_name(".RTES !") == "rtes" and ev.norm_name("Le .RTES") != "rtes"   # edges stripped once
    assert "mutuelle nationale territoriale" in ev.name_keys("Mutuelle Nationale Territoriale (MNT)")


def test_roles_whole_word_subsequence_and_feminine():
    assert ev.roles_match("vice-présidente", "Vice-président délégué à l'ESS")
    assert not ev.roles_match("présidente", "vice-présidente")
    assert ev.roles_match("adjointe à la maire", "maire-adjoint")
    assert not ev.roles_match("président directeur général", "président général")   # contiguous only


def _write(dirpath: Path, docs: dict) -> Path:
    dirpath.mkdir(parents=True, exist_ok=True)
    for doc_id, (ents, rels) in docs.items():
        (dirpath / f"{doc_id}.json").write_text(json.dumps({"doc_id": doc_id, "entities": ents, "relations": rels}),
                                                encoding="utf-8")
    return dirpath


def _ent(i, t, name, aliases=()):
    return {"id": i, "type": t, "name": name, "aliases": list(aliases), "attrs": {}}


def test_alias_expansion_skips_keys_shared_by_several_names(tmp_path):
    gold = _write(tmp_path / "g", {
        "a": ([_ent("E1", "Network", "RTES", ["Réseau des territoires"]),
               _ent("E2", "Network", "CRESS Occitanie", ["CRESS"])], []),
        "b": ([_ent("E1", "Network", "CRESS Bretagne", ["CRESS"])], []),
        "c": ([_ent("E1", "Network", "RTES"), _ent("E2", "Network", "CRESS Occitanie")], []),
    })
    pred = _write(tmp_path / "p", {"c": ([_ent("P1", "Network", "Réseau des territoires"),
                                          _ent("P2", "Network", "CRESS")], [])})
    with_exp = ev.score_dirs(gold, pred).details.entities["Network"]
    without = ev.score_dirs(gold, pred, alias_expansion=False).details.entities["Network"]
    assert (with_exp.tp, without.tp) == (1, 0)      # RTES's long form travels, "CRESS" does not


def test_partner_of_symmetric_and_duplicates_counted_once(tmp_path):
    ents = [_ent("E1", "Collectivite", "Sceaux"), _ent("E2", "Network", "RTES")]
    gold = _write(tmp_path / "g", {"a": (ents, [{"type": "partner_of", "from": "E1", "to": "E2"}])})
    pred = _write(tmp_path / "p", {"a": (ents, [{"type": "partner_of", "from": "E2", "to": "E1"},
                                                {"type": "partner_of", "from": "E1", "to": "E2"}])})
    rel = ev.score_dirs(gold, pred).details.relations["partner_of"]
    assert (rel.tp, rel.pred, rel.gold) == (1, 2, 1)


def test_name_match_preferred_over_alias_match(tmp_path):
    # pred "Y" could take gold "X" (alias Y) or gold "Y": the name-for-name pair wins,
    # so the relation that hangs on gold "Y" is found
    gold = _write(tmp_path / "g", {"a": ([_ent("E0", "Person", "Ann Lee"), _ent("E1", "Network", "X", ["Y"]),
                                          _ent("E2", "Network", "Y")],
                                         [{"type": "holds_post", "from": "E0", "to": "E2", "role": "membre"}])})
    pred = _write(tmp_path / "p", {"a": ([_ent("P0", "Person", "Ann Lee"), _ent("P1", "Network", "Y")],
                                         [{"type": "holds_post", "from": "P0", "to": "P1", "role": "membre"}])})
    assert ev.score_dirs(gold, pred)["relation_r"] == 1.0


# ----------------------------------------------------------------- against the official scorer

def perturb(doc: dict, rng: random.Random) -> dict:
    """A plausible wrong prediction made from a gold document."""
    doc = copy.deepcopy(doc)
    ents = []
    for e in doc["entities"]:
        r = rng.random()
        if r < 0.12:
            continue                                            # dropped
        if r < 0.22 and e["aliases"]:
            e["name"], e["aliases"] = e["aliases"][0], []       # alias as name
        elif r < 0.30:
            e["name"] = e["name"].upper()                       # case variant
        elif r < 0.36:
            e["name"] = "Ville de " + e["name"]                 # generic prefix
        elif r < 0.42:
            e["name"] = e["name"] + " bis"                      # wrong name
        elif r < 0.47:
            e["type"] = rng.choice(ev.ENTITY_TYPES)             # maybe wrong type
        if "subtype" in e and rng.random() < 0.3:
            e["subtype"] = rng.choice(["Commune", "EPCI", "Region"])
        if e["attrs"].get("date") and rng.random() < 0.4:
            d = e["attrs"]["date"]
            e["attrs"]["date"] = rng.choice(["2024" + d[1:] if d.startswith("--") else d[:-1] + "9", "2020"])
        ents.append(e)
        if rng.random() < 0.05:
            ents.append(dict(copy.deepcopy(e), id=e["id"] + "dup"))    # duplicate
    rels = []
    for r in doc["relations"]:
        x = rng.random()
        if x < 0.1:
            continue
        if x < 0.25:
            r["from"], r["to"] = r["to"], r["from"]             # direction swapped
        if r.get("role") and rng.random() < 0.3:
            r["role"] = rng.choice(["président", "vice-présidente", "membre", r["role"].upper(),
                                    "ancienne " + r["role"], r["role"] + " déléguée"])
        if rng.random() < 0.05:
            r["type"] = rng.choice(ev.RELATION_TYPES)
        rels.append(r)
        if rng.random() < 0.05:
            rels.append(dict(r))                                # duplicate relation
    ids = [e["id"] for e in ents]
    for _ in range(rng.randint(0, 3)):                          # spurious relations
        if len(ids) > 1:
            a, b = rng.sample(ids, 2)
            rels.append({"type": rng.choice(ev.RELATION_TYPES), "from": a, "to": b, "role": "membre"})
    rng.shuffle(ents)
    doc["entities"], doc["relations"] = ents, rels
    return doc


def _perturbed_dev(tmp_path: Path, seed: int) -> Path:
    rng = random.Random(seed)
    out = tmp_path / f"pred{seed}"
    out.mkdir()
    for f in sorted(DEV_GOLD.glob("*.json")):
        if rng.random() < 0.1:
            continue                                            # missing prediction file
        doc = perturb(json.loads(f.read_text(encoding="utf-8")), rng)
        (out / f.name).write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return out


@needs_official
@needs_selftest
@pytest.mark.parametrize("pred", ["pred1", "pred2"])
@pytest.mark.parametrize("flags", [(), ("--no-alias-expansion",)])
def test_same_summary_as_official_on_selftest(pred, flags):
    mine = ev.score_dirs(SELFTEST / "gold", SELFTEST / pred, alias_expansion=not flags)
    assert dict(mine) == official_summary(SELFTEST / "gold", SELFTEST / pred, *flags)


@needs_official
@needs_dev
@pytest.mark.parametrize("seed", range(6))
def test_same_summary_as_official_on_perturbed_dev(tmp_path, seed):
    pred = _perturbed_dev(tmp_path, seed)
    flags = ("--no-alias-expansion",) if seed % 2 else ()
    mine = ev.score_dirs(DEV_GOLD, pred, alias_expansion=not flags)
    assert mine["entity_f1"] < 1.0                      # the perturbation did something
    assert dict(mine) == official_summary(DEV_GOLD, pred, *flags)


# ----------------------------------------------------------------- evaluate() glue

def test_evaluate_refuses_a_docs_dir_without_gold_names(tmp_path):
    gold = _write(tmp_path / "g", {"a": ([_ent("E1", "Person", "Ann Lee")], [])})
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "other.txt").write_text("Ann Lee", encoding="utf-8")
    pytest.importorskip("loaders.eval_json")
    with pytest.raises(FileNotFoundError, match="no document named after a gold file"):
        ev.evaluate(gold, tmp_path / "docs")


@needs_dev
def test_evaluate_runs_the_pipeline_on_the_seeds(tmp_path):
    pytest.importorskip("loaders.eval_json")
    seeds = SHARED_EVAL.parent / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/seeds absent")
    result = ev.evaluate(DEV_GOLD, seeds, out_dir=tmp_path / "pred")
    assert sorted(p.stem for p in (tmp_path / "pred").glob("*.json")) == sorted(f.stem for f in DEV_GOLD.glob("*.json"))
    assert set(result["summary"]) == {"entity_p", "entity_r", "entity_f1", "relation_p", "relation_r", "relation_f1",
                                      "role_accuracy", "event_date_accuracy", "entity_f1_by_type",
                                      "relation_f1_by_type"}
    assert "ENTITIES" in result["table"] and len(result["per_doc"]) == 5
    assert result["summary"] == ev.score_dirs(DEV_GOLD, tmp_path / "pred")


@needs_selftest
def test_command_line_ends_with_the_json_summary(capsys):
    assert ev.main([str(SELFTEST / "gold"), str(SELFTEST / "pred2"), "--verbose"]) == 0
    out = capsys.readouterr().out
    assert "FALSE  entity  Person           Mahel Coppey" in out
    assert json.loads(out.strip().splitlines()[-1]) == ev.score_dirs(SELFTEST / "gold", SELFTEST / "pred2")


def test_evaluate_refuses_two_documents_for_one_gold(tmp_path):
    gold = _write(tmp_path / "g", {"a": ([_ent("E1", "Person", "Ann Lee")], [])})
    (tmp_path / "docs").mkdir()
    for name in ("a.txt", "a.html"):
        (tmp_path / "docs" / name).write_text("Ann Lee", encoding="utf-8")
    pytest.importorskip("loaders.eval_json")
    with pytest.raises(ValueError, match="a.html and a.txt both stand for gold document a"):
        ev.evaluate(gold, tmp_path / "docs")
