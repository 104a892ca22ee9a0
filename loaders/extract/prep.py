"""Preparing a text: blanking repeated passages and contact details (offsets kept),
sentences by rule, and the spaCy analysis (ess_clean/1, ess_spacy/1).
"""
from __future__ import annotations

import re

from .base import Ctx, fold, norm

# ---------------------------------------------------------------- ess_clean/1
PARA_RE = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE_RE = re.compile(r"(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}")
URL_RE = re.compile(r"(?:https?://|www\.)\S+")


def clean(ctx: Ctx) -> None:
    """Blank repeated passages (annotated once), e-mails, phones and URLs, keeping offsets."""
    work = list(ctx.text)
    seen: set[str] = set()
    for m in PARA_RE.finditer(ctx.text):
        key = norm(m.group(0))
        if len(key) < 25:
            continue
        if key in seen:
            ctx.masked.append((m.start(), m.end()))
            for i in range(m.start(), m.end()):
                if work[i] != "\n":
                    work[i] = " "
        seen.add(key)
    # truncated repeats ("Résumé" blocks cut short, ending with "..."): the start of an earlier paragraph
    paras = [(m.start(), m.end(), norm(m.group(0))) for m in PARA_RE.finditer(ctx.text)]
    for i, (s, e, key) in enumerate(paras):
        k = key.rstrip(". …")
        if len(k) >= 60 and any(k != pk and pk.startswith(k) for _, _, pk in paras[:i]):
            ctx.masked.append((s, e))
            for j in range(s, e):
                if work[j] != "\n":
                    work[j] = " "
    for rx in (EMAIL_RE, PHONE_RE, URL_RE):
        for m in rx.finditer(ctx.text):
            for i in range(m.start(), m.end()):
                work[i] = " "
    for m in re.finditer(r"(?im)^[\s\-–•>]*contacts?(?:\s+presse)?\s*:.*$", ctx.text):
        ctx.contact_lines.append((m.start(), m.end()))
    ctx.notes["work"] = "".join(work)
    ctx.folded = fold(ctx.notes["work"])
    ctx.notes["quotes"] = [(m.start(), m.end()) for m in re.finditer(r"[«“\"][^«»“”\"\n]{15,200}[»”\"]", ctx.notes["work"])]


# ---------------------------------------------------------------- ess_spacy/1
# a middle dot is a bullet, except inside a word written inclusively ("intervenant·es", "élu·es")
SENT_END = re.compile(r"(?<!\b[A-Z]\.)(?<!\bM\.)(?<!\bMme\.)(?<!\bcf\.)(?<=[.!?…])[ \t\u00a0]+(?=[«\"“A-ZÀ-Ý0-9])|\n+|[•\u2022]|"
                      r"(?<![^\W\d_])·|·(?![a-zàâçéèêëîïôûù])")


def split_sentences(work: str) -> list[tuple[int, int]]:
    """Sentences by punctuation, plus lines and bullets (titles and list items stand alone).

    The parser's own segmentation cuts inside names ("Sciences | Po Paris") on this kind
    of web text, so boundaries are set by rule.
    """
    bounds = []
    pos = 0
    for m in SENT_END.finditer(work):
        if work[pos:m.start()].strip():
            bounds.append((pos, m.start()))
        pos = m.end()
    if work[pos:].strip():
        bounds.append((pos, len(work)))
    return bounds


def run_spacy(ctx: Ctx) -> None:
    from .nlp import get_nlp
    work = ctx.notes["work"]
    doc = get_nlp()(work)
    ctx.spacy_doc = doc
    bounds = split_sentences(work)
    ctx.sents = bounds
    ctx.sent_starts = [s for s, _ in bounds]
    ctx.notes["per"] = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PER"]
    ctx.notes["tok_at"] = {t.idx: t for t in doc}
    ctx.notes["ents"] = [(e.start_char, e.end_char, e.label_) for e in doc.ents]



def in_quote(ctx: Ctx, pos: int) -> bool:
    """Inside a quoted title ("“La prise en compte ... de l'UE”"): names there are topics."""
    for a, b in ctx.notes.get("quotes", []):
        if a < pos < b:
            return True
    return False


