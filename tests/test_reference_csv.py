"""Reference CSV lists: actors, posts and memberships with their row as evidence."""
from __future__ import annotations

import pytest

from essgraph.errors import InputError
from loaders.pipeline import extract_document
from loaders.read import read_document

CSV = (
    "nom;type;sous_type;code_insee;relation;cible;cible_type;role;debut\n"
    "Claire Dubois;Personne;;;holds_post;RTES;Réseau;présidente;2021\n"
    "Grenoble;Collectivité;Commune;;member_of;RTES;Réseau;;\n"
)


def test_rows_become_entities_and_relations(tmp_path):
    p = tmp_path / "liste.csv"
    p.write_text(CSV, encoding="utf-8")
    doc = read_document(p)
    assert doc.meta.format == "csv"
    ext = extract_document(doc)
    by_name = {e.name: e for e in ext.entities}
    assert by_name["Grenoble"].ids["insee"] == "38185"  # looked up in the official data
    assert by_name["RTES"].ids["gazetteer"].endswith("rtes")
    post = next(r for r in ext.relations if r.type == "holds_post")
    assert (post.role, post.start) == ("présidente", "2021")
    assert doc.text[post.evidence.start:post.evidence.end] == "Claire Dubois;Personne;;;holds_post;RTES;Réseau;présidente;2021"
    assert {r.type for r in ext.relations} == {"holds_post", "member_of"}


@pytest.mark.parametrize("row, problem", [
    ("X;Martien;;;;;;;", "unknown type 'Martien'"),
    ("X;Personne;;;aime;RTES;Réseau;;", "unknown relation 'aime'"),
    ("X;Personne;;;holds_post;;;;", "without a target"),
    ("X;Personne;;;holds_post;RTES;Réseau;présidente;l'an dernier", "is not YYYY"),
])
def test_bad_rows_name_the_file_and_line(tmp_path, row, problem):
    p = tmp_path / "liste.csv"
    p.write_text(CSV + row + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=rf"liste.csv: line 4.*{problem}"):
        extract_document(read_document(p))


def test_a_csv_that_is_no_reference_list_is_refused(tmp_path):
    p = tmp_path / "budget.csv"
    p.write_text("poste,montant\nsubventions,25000\n", encoding="utf-8")
    with pytest.raises(InputError, match="budget.csv: CSV without the 'nom' and 'type' columns"):
        read_document(p)
