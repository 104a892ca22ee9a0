"""The command line: exit codes, one-line errors, quiet progress in pipes."""
from __future__ import annotations

import json
import subprocess
import sys

from essgraph.cli import main

ESSGRAPH = [sys.executable, "-m", "essgraph.cli"]


def test_usage_error_exits_2(capsys):
    assert main(["build"]) == 2  # SOURCES missing
    assert main(["no-such-command"]) == 2
    assert main(["ask", "no-such-question", "--store", "x"]) == 2
    assert "unknown question 'no-such-question'" in capsys.readouterr().err


def test_failed_inputs_exit_1_and_batch_goes_on(tmp_path, capsys):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "vide.txt").write_text("", encoding="utf-8")
    (docs / "ok.txt").write_text("Christiane Bouchart, présidente du RTES, a ouvert la journée.", encoding="utf-8")
    code = main(["build", str(docs), str(tmp_path / "absent.txt"), "--store", str(tmp_path / "st")])
    out = capsys.readouterr()
    assert code == 1
    assert "1 added" in out.out and "2 failed" in out.out
    err_lines = [line for line in out.err.splitlines() if line.startswith("essgraph: ")]
    assert any("vide.txt: file is empty" in line for line in err_lines)
    assert any("absent.txt" in line for line in err_lines)
    assert main(["docs", "--store", str(tmp_path / "st"), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["source"].endswith("ok.txt") for r in rows] == [True]


def test_an_extractor_bug_in_one_document_names_it_and_the_batch_goes_on(tmp_path, capsys, monkeypatch):
    # regression: `essgraph extract` stopped at the first document the extractor crashed on
    import loaders.extract as extract_pkg

    real = extract_pkg.extract

    def crashing(doc):
        if "BOUM" in doc.text:
            raise KeyError("ala\n")
        return real(doc)

    monkeypatch.setattr(extract_pkg, "extract", crashing)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a_crash.txt").write_text("BOUM. Le RTES organise une journée à Lille.", encoding="utf-8")
    (docs / "b_ok.txt").write_text("Christiane Bouchart, présidente du RTES, a ouvert la journée.", encoding="utf-8")
    code = main(["extract", str(docs), "--eval-json", str(tmp_path / "pred")])
    err = capsys.readouterr().err
    assert code == 1
    assert "a_crash.txt: extraction failed (KeyError" in err
    assert sorted(p.name for p in (tmp_path / "pred").iterdir()) == ["b_ok.json"]


def test_forget_unknown_document_is_a_usage_error(tmp_path, capsys):
    assert main(["forget", "nothing-here", "--store", str(tmp_path / "st")]) == 2
    assert "no document 'nothing-here'" in capsys.readouterr().err


def test_store_from_environment_and_no_progress_bar_in_pipes(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Anne-Laure Federici, déléguée générale du RTES, présente le guide.", encoding="utf-8")
    env = {"ESSGRAPH_STORE": str(tmp_path / "envstore"), "PATH": "/usr/bin:/bin"}
    res = subprocess.run(ESSGRAPH + ["build", str(docs)], capture_output=True, text=True, env=env, timeout=300)
    assert res.returncode == 0, res.stderr
    assert (tmp_path / "envstore").is_dir()
    assert "\r" not in res.stderr and "doc/s" not in res.stderr  # tqdm stays quiet off a terminal


def test_merge_decision_is_applied_and_survives_rebuilds(tmp_path, capsys):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Catherine Martin, maire de Romainville, a ouvert la rencontre.", encoding="utf-8")
    (docs / "b.txt").write_text("Le débat réunissait Cathy Martin, administratrice du RTES.", encoding="utf-8")
    store = str(tmp_path / "st")
    assert main(["build", str(docs), "--store", store]) == 0
    q = "SELECT DISTINCT ?p WHERE { ?p a <https://w3id.org/essgraph/ontology#Person> }"
    capsys.readouterr()
    main(["sparql", q, "--store", store, "--format", "json"])
    persons = sorted(r["p"] for r in json.loads(capsys.readouterr().out))
    assert len(persons) == 2, persons
    keep = next(p for p in persons if p.endswith("catherine-martin"))
    other = next(p for p in persons if p != keep)
    assert main(["merge", keep, other, "--store", store, "--note", "même élu"]) == 0
    capsys.readouterr()
    main(["sparql", q, "--store", store, "--format", "json"])
    assert [r["p"] for r in json.loads(capsys.readouterr().out)] == [keep]
    assert "même élu" in (tmp_path / "st" / "decisions.csv").read_text(encoding="utf-8")
    # a fresh store built with the same decisions file gives the merged graph too
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    (fresh / "decisions.csv").write_text((tmp_path / "st" / "decisions.csv").read_text(encoding="utf-8"),
                                         encoding="utf-8")
    assert main(["build", str(docs), "--store", str(fresh)]) == 0
    capsys.readouterr()
    main(["sparql", q, "--store", str(fresh), "--format", "json"])
    assert [r["p"] for r in json.loads(capsys.readouterr().out)] == [keep]
