"""Reading documents, and the one-line errors for bad input."""
from __future__ import annotations

import io

import pytest

from essgraph.errors import InputError
from loaders.read import doc_id_for, is_marked_private, iter_sources, read_document

FRENCH = "La Ville de Fresnes rejoint le RTES. L’adjointe chargée de l’ESS s’en réjouit : « une étape »."


def test_utf8_text(tmp_path):
    p = tmp_path / "note.txt"
    p.write_text(FRENCH, encoding="utf-8")
    doc = read_document(p)
    assert doc.text == FRENCH
    assert doc.meta.encoding == "utf-8"
    assert doc.meta.doc_id == doc_id_for(FRENCH.encode("utf-8"))
    assert doc.meta.format == "txt" and doc.meta.name == "note"


def test_cp1252_text_is_detected_not_assumed(tmp_path):
    p = tmp_path / "ancien.txt"
    p.write_bytes(FRENCH.encode("cp1252"))
    doc = read_document(p)
    assert doc.text == FRENCH
    assert doc.meta.encoding.replace("_", "").lower() in {"cp1252", "windows1252"}


def test_crlf_is_normalised(tmp_path):
    p = tmp_path / "crlf.txt"
    p.write_bytes("Ligne un\r\nLigne deux\r\n".encode())
    assert read_document(p).text == "Ligne un\nLigne deux\n"


def test_private_marker(tmp_path):
    p = tmp_path / "prive.txt"
    p.write_text("Compte rendu interne\nRessource privée : Oui\n", encoding="utf-8")
    assert read_document(p).meta.private is True
    q = tmp_path / "public.txt"
    q.write_text("Compte rendu\nRessource privée\nNon\n", encoding="utf-8")
    assert read_document(q).meta.private is False
    assert read_document(q, private=True).meta.private is True


def test_html_keeps_the_article_not_the_menus(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(
        "<!DOCTYPE html><html><head><title>Actualité</title></head><body>"
        "<nav><ul><li>Accueil</li><li>Menu adhérents</li><li>Contact</li></ul></nav>"
        "<article><h1>Le RTES réunit son conseil</h1>"
        "<p>Le conseil d’administration du RTES s’est réuni à Lille le 15 février 2024 pour préparer "
        "les rencontres de l’année et accueillir de nouvelles collectivités adhérentes.</p>"
        "<p>La présidente a rappelé les priorités du réseau en matière de commande publique responsable "
        "et d’alimentation durable, avec plusieurs témoignages d’élus locaux.</p></article>"
        "<footer>Mentions légales – Plan du site – Copyright</footer></body></html>",
        encoding="utf-8",
    )
    doc = read_document(p)
    assert doc.meta.format == "html"
    assert "s’est réuni à Lille" in doc.text
    assert "Mentions légales" not in doc.text and "Menu adhérents" not in doc.text
    assert doc.meta.title


def _pdf_bytes(text: str, password: str | None = None) -> bytes:
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    w = PdfWriter()
    page = w.add_blank_page(width=595, height=842)
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica")})
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): w._add_object(font)})})
    stream = DecodedStreamObject()
    stream.set_data(f"BT /F1 12 Tf 72 770 Td ({text}) Tj ET".encode("latin-1"))
    page[NameObject("/Contents")] = w._add_object(stream)
    if password:
        w.encrypt(password)
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def test_pdf_text_layer(tmp_path):
    p = tmp_path / "lettre.pdf"
    p.write_bytes(_pdf_bytes("Le RTES publie un guide sur la commande publique."))
    doc = read_document(p)
    assert doc.meta.format == "pdf"
    assert "RTES publie un guide" in doc.text


@pytest.mark.parametrize(
    "name, content, problem",
    [
        ("vide.txt", b"", "empty"),
        ("blancs.txt", b"   \n\n ", "empty"),
        ("image.txt", bytes(range(256)) * 40, "binary"),
        ("casse.pdf", b"%PDF-1.7\n garbage that is no pdf at all", "unreadable PDF"),
        ("faux.pdf", b"ceci n'est pas un pdf", "not a PDF"),
    ],
)
def test_bad_input_gives_one_line_error_naming_file(tmp_path, name, content, problem):
    p = tmp_path / name
    p.write_bytes(content)
    with pytest.raises(InputError) as err:
        read_document(p)
    msg = str(err.value)
    assert name in msg and problem in msg and "\n" not in msg


def test_encrypted_pdf(tmp_path):
    p = tmp_path / "secret.pdf"
    p.write_bytes(_pdf_bytes("Confidentiel", password="motdepasse"))
    with pytest.raises(InputError, match="secret.pdf.*encrypted"):
        read_document(p)


def test_missing_path(tmp_path):
    with pytest.raises(InputError, match="absent.txt: no such file"):
        read_document(tmp_path / "absent.txt")
    errors = [x for x in iter_sources([str(tmp_path / "absent.txt")]) if isinstance(x, InputError)]
    assert len(errors) == 1 and "absent.txt" in str(errors[0])


def test_oversized_file_is_refused_without_reading_it(tmp_path):
    p = tmp_path / "enorme.txt"
    with open(p, "wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
    with pytest.raises(InputError, match=r"enorme.txt: file is 52.4 MB, over the 21 MB limit"):
        read_document(p)


def test_directories_and_globs_expand_in_stable_order(tmp_path):
    (tmp_path / "b.txt").write_text("deux", encoding="utf-8")
    (tmp_path / "a.txt").write_text("un", encoding="utf-8")
    (tmp_path / "sous").mkdir()
    (tmp_path / "sous" / "c.html").write_text("<html><body><p>trois</p></body></html>", encoding="utf-8")
    (tmp_path / "ignore.bin").write_bytes(b"\x00")
    names = [p.name for p in iter_sources([tmp_path])]
    assert names == ["a.txt", "b.txt", "c.html"]
    assert [p.name for p in iter_sources([str(tmp_path / "*.txt"), str(tmp_path / "a.txt")])] == ["a.txt", "b.txt"]


def test_marker_needs_oui():
    assert is_marked_private("Ressource privée :   oui") is True
    assert is_marked_private("Ressource privilégiée") is False
