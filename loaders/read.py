"""Read source documents: plain text in any common encoding, HTML, PDF.

`read_document(path)` returns a `graph.model.Document` or raises `InputError`
with a one-line message that names the file and the problem.
"""
from __future__ import annotations

import glob
import hashlib
import re
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from essgraph.errors import InputError
from graph.model import Document, DocumentMeta

MAX_BYTES = 20 * 1024 * 1024
EXTENSIONS = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html", ".pdf": "pdf", ".csv": "csv"}
PRIVATE_RE = re.compile(r"Ressource\s+priv[ée]e\s*:?\s*(Oui|Non)\b", re.IGNORECASE)


def doc_id_for(data: bytes) -> str:
    """Stable id from the content: 'd' + 16 hex digits of SHA-256.

    >>> doc_id_for(b"bonjour")
    'd2cb4b1431b84ec15'
    """
    return "d" + hashlib.sha256(data).hexdigest()[:16]


def iter_sources(sources: Iterable[Union[str, Path]]) -> Iterator[Union[Path, InputError]]:
    """Expand files, directories (recursively) and globs, in a stable order.

    A source that matches nothing yields an `InputError` instead of a path, so
    the caller can report it and go on with the rest.
    """
    seen: set[Path] = set()
    for src in sources:
        src = str(src)
        p = Path(src)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in EXTENSIONS)
        elif p.exists():
            found = [p]
        elif any(ch in src for ch in "*?["):
            found = sorted(Path(f) for f in glob.glob(src, recursive=True) if Path(f).is_file())
        else:
            found = []
        if not found:
            yield InputError(src, "no such file or directory" if not any(ch in src for ch in "*?[") else
                             "the pattern matches no file", "check the path")
            continue
        for f in found:
            key = f.resolve()
            if key not in seen:
                seen.add(key)
                yield f


def sniff_format(path: Path, head: bytes) -> str:
    if head.startswith(b"%PDF"):
        return "pdf"
    low = head[:2048].lstrip().lower()
    if low.startswith((b"<!doctype html", b"<html")) or (b"<body" in low and b"</" in low):
        return "html"
    ext = EXTENSIONS.get(path.suffix.lower())
    if ext == "pdf":
        raise InputError(path, "has a .pdf name but is not a PDF (no %PDF header)", "check the file")
    return ext or "txt"


def decode_text(path: Path, data: bytes) -> tuple[str, str]:
    """Decode bytes, detecting the encoding (UTF-8 first, then charset-normalizer)."""
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(path, "is a binary file, not text", "give a .txt, .html or .pdf document")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=None).best()
    if best is None:
        raise InputError(path, "cannot detect the text encoding (not UTF-8, nor any common encoding)",
                         "convert it to UTF-8")
    text = str(best)
    try:  # French sources are overwhelmingly cp1252: name it when it reads the same
        if data.decode("cp1252") == text:
            return text, "cp1252"
    except UnicodeDecodeError:
        pass
    if _control_ratio(text) > 0.02:
        raise InputError(path, f"decodes as {best.encoding} but looks binary", "give a text document")
    return text, best.encoding


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t\f")
    return bad / len(text)


def _html_text(path: Path, data: bytes) -> tuple[str, Optional[str], Optional[str], str]:
    import trafilatura

    html, enc = decode_text(path, data)
    text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_precision=True,
                               with_metadata=False, deduplicate=False)
    if not text:
        raise InputError(path, "HTML page has no main text that could be extracted", "check the page")
    meta = trafilatura.extract_metadata(html)
    title = getattr(meta, "title", None) if meta else None
    return text, title, enc, html


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception as exc:  # pypdf raises several types for unknown ciphers
                raise InputError(path, f"PDF is encrypted ({exc})", "give an unencrypted copy") from exc
            if not ok:
                raise InputError(path, "PDF is encrypted with a password", "give an unencrypted copy")
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise InputError(path, f"unreadable PDF ({exc.__class__.__name__}: {exc})", "check the file") from exc
    text = "\n\n".join(p.strip() for p in pages)
    if not text.strip():
        raise InputError(path, "PDF has no text layer (scanned images?)", "run OCR on it first")
    return text


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def first_line_title(text: str) -> Optional[str]:
    for line in text.splitlines():
        line = line.strip()
        if len(line) > 3:
            return line[:200]
    return None


def is_marked_private(text: str) -> bool:
    """True when the text carries "Ressource privée : Oui".

    >>> is_marked_private("Ressource privée\\nOui")
    True
    >>> is_marked_private("Ressource privée : Non")
    False
    """
    m = PRIVATE_RE.search(text)
    return bool(m and m.group(1).lower() == "oui")


def _document_date(text: str) -> Optional[str]:
    """The publication date the text states, if the extractor's date rules find one."""
    try:
        from loaders.extract.dates import document_date
    except ImportError:  # extractor not installed: no date rather than a guess
        return None
    return document_date(text)


def read_document(path: Union[str, Path], *, private: bool = False, max_bytes: int = MAX_BYTES) -> Document:
    """Read one document. `private=True` marks it private whatever its text says."""
    path = Path(path)
    if not path.exists():
        raise InputError(path, "no such file", "check the path")
    if path.is_dir():
        raise InputError(path, "is a directory, not a document")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(path, f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit",
                             "split it, or raise the limit with --max-size")
        data = path.read_bytes()
    except PermissionError as exc:
        raise InputError(path, "permission denied", "check the file's permissions") from exc
    if not data.strip():
        raise InputError(path, "file is empty")
    fmt = sniff_format(path, data[:4096])
    title = None
    encoding = None
    if fmt == "pdf":
        text = _pdf_text(path)
    elif fmt == "html":
        text, title, encoding, _ = _html_text(path, data)
    else:
        text, encoding = decode_text(path, data)
    text = normalise_newlines(text)
    if fmt == "csv":
        from loaders.reference_csv import is_reference_csv

        if not is_reference_csv(text):
            raise InputError(path, "CSV without the 'nom' and 'type' columns of a reference list",
                             "see loaders/reference_csv.py for the columns")
    if not text.strip():
        raise InputError(path, "no text after decoding")
    meta = DocumentMeta(
        doc_id=doc_id_for(data),
        source=str(path),
        name=path.stem,
        sha256=hashlib.sha256(data).hexdigest(),
        format=fmt,  # type: ignore[arg-type]
        encoding=encoding,
        title=title or first_line_title(text),
        date=_document_date(text),
        private=private or is_marked_private(text),
    )
    return Document(meta=meta, text=text)
