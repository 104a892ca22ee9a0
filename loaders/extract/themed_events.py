"""Sub-events told by their theme rather than their title: "Deux tables rondes sont prévues : la
première, animée par X, portera sur le recrutement … ; la seconde traitera de la reprise …",
"Celui sur les clauses sociales …", "La seconde table ronde portait sur …". The text never names
them, so each gets the descriptive name "Table ronde sur le recrutement …" (the annotation rules
give events a descriptive name when they have no title).
"""
from __future__ import annotations

import re
from typing import Optional

from .base import Ctx, fold
from .lexicon import event_head_key

# singular kind -> (name, gender of the pronoun that stands for it)
KINDS = {"table ronde": ("Table ronde", "f"), "atelier": ("Atelier", "m"), "conference": ("Conférence", "f"),
         "webinaire": ("Webinaire", "m"), "debat": ("Débat", "m"), "seminaire": ("Séminaire", "m"),
         "pleniere": ("Plénière", "f"), "visite": ("Visite", "f"), "module": ("Module", "m")}
_HEADS = r"tables?[- ]rondes?|ateliers?|conferences?|webinaires?|debats?|seminaires?|plenieres?|visites?|modules?"
_HEAD_RE = re.compile(rf"\b(?:{_HEADS})\b")
_COUNT = r"(?:deux|trois|quatre|cinq|\d)"
_ORD = r"premier|premiere|second|seconde|deuxieme|troisieme|quatrieme|dernier|derniere"
# what says the theme: "sur", "consacrée à", "portera sur", "traitera de", "autour de"
_CUE = (r"(?:(?:portera|porteront|portait|porte|portant|reviendra|revenait|se\s+penchera|se\s+penchait|insistera|insistait)\s+sur"
        r"|(?:(?:sera|etait|est|a\s+ete)\s+)?(?:consacree?s?|dediee?s?)\s+(?=a\b|aux?\b)"
        r"|(?:traitera|traitait|traite|traitant|parlera|parlait)\s+(?=de\b|des\b|du\b|d')"
        r"|(?:abordera|abordait|aborde|abordant)\s+(?=la\b|le\b|les\b|l')"
        r"|(?:s'interessera|s'interessait)\s+(?=a\b|aux?\b)"
        r"|sur|autour\s+(?=de\b|des\b|du\b|d'))")
# an aside between the pronoun and the theme: "la première, animée par Pôle emploi, portera sur"
_ASIDE = r"(?:\s*,\s*[^,;.:\n]{2,90}?,)?"
# "La seconde table ronde | portait sur …" (after an ordinal event), "la première, animée par X, portera sur …"
_ORDINAL_THEME = re.compile(_ASIDE + r"\s*,?\s*" + _CUE + r"\s*")
_PRONOUN_THEME = {g: re.compile(rf"\b(?P<p>{art}\s+(?P<o>{_ORD}))\b(?!\s+(?:{_HEADS}|fois|temps|jour)\b)" + _ASIDE + r"\s*,?\s*" + _CUE + r"\s*")
                  for g, art in (("f", "la"), ("m", "le"))}
_THEME_END = re.compile(r"\s*(?:[,;.:()\n!?]|\s(?:avec|anim[ée]e?s?|pilot[ée]e?s?|men[ée]e?s?|confi[ée]e?s?|qui|où|et\s+(?:sera|a|réunira|était)|"
                        r"sera|était|a\s+été|réunira|a\s+réuni)\b)")
_ARTICLE = [(r"a\s+la\s+", "la "), (r"a\s+l'", "l'"), (r"aux\s+", "les "), (r"au\s+", "le "), (r"de\s+la\s+", "la "),
            (r"de\s+l'", "l'"), (r"des\s+", "les "), (r"du\s+", "le "), (r"d'", "")]


def _theme(ctx: Ctx, pos: int) -> Optional[tuple[int, str]]:
    """The theme that starts at ``pos`` ("à la reprise d'entreprises par leurs salariés"), as
    written after "sur": "la reprise d'entreprises par leurs salariés"; and where it ends."""
    work, folded = ctx.notes["work"], ctx.folded
    end = _THEME_END.search(work, pos)
    stop = end.start() if end else min(len(work), pos + 120)
    stop = min(stop, ctx.sent_span(pos)[1])
    raw = work[pos:stop].strip()
    f = folded[pos:pos + len(raw)]
    for pat, rep in _ARTICLE:
        m = re.match(pat, f)
        if m:
            raw = rep + raw[m.end():]
            break
    words = raw.split()
    if not 2 <= len(words) <= 14 or not re.match(r"(?:la|le|les|l')\b", fold(raw)):
        return None
    return pos + len(work[pos:stop].rstrip()), raw


def _event(ctx: Ctx, kind: str, start: int, end: int, theme: str, ordinal: Optional[str]) -> dict:
    named = f"{KINDS[kind][0]} sur {theme}"
    return {"start": start, "end": end, "head": kind, "ordinal": ordinal, "comp": "", "title": None, "named": named,
            "det": "la", "surface": ctx.text[start:end], "has_comp": True, "series": False, "line": None,
            "head_cap": False, "head_kind": kind}


def _kind(h: str) -> Optional[str]:
    f = re.sub(r"s\b", "", fold(h).replace("-", " "))
    k = event_head_key(f)
    return k if k in KINDS else None


def themed_events(ctx: Ctx, evs: list[dict], consumed: list) -> list[dict]:
    """Events of ``evs`` that carry an ordinal get their theme as name ("La seconde table ronde
    portait sur X"); new events for the pronouns that stand for one of a counted set ("deux
    ateliers : le premier, sur X ; le second, consacré à Y") or for the last kind named ("celui sur X")."""
    work, folded = ctx.notes["work"], ctx.folded
    out: list[dict] = []
    # 1. "La seconde table ronde portait sur …", "le premier atelier, animé par X, sera consacré à …"
    for ev in evs:
        if not ev.get("ordinal") or ev.get("title") or ev.get("named") or ev.get("comp") or ev["head"] not in KINDS:
            continue
        m = _ORDINAL_THEME.match(folded, ev["end"])
        if m and (t := _theme(ctx, m.end())):
            ev["named"] = f"{KINDS[ev['head']][0]} sur {t[1]}"
    # 2. the pronouns of a counted set
    for a in re.finditer(rf"\b{_COUNT}\s+(?:[\w'-]+\s+)?(?P<h>{_HEADS})\b", folded):
        kind = _kind(a.group("h"))
        if kind is None:
            continue
        gender = KINDS[kind][1]
        # the set's members are told in its own sentence or the next one
        i = ctx.sent_index(a.start())
        window_end = ctx.sents[min(i + 1, len(ctx.sents) - 1)][1]
        para_end = work.find("\n\n", a.end())
        window_end = min(window_end, para_end if para_end != -1 else len(work))
        pron = _PRONOUN_THEME[gender]
        for m in pron.finditer(folded, a.end(), window_end):
            if any(s <= m.start() < e for s, e in consumed):
                continue
            if any(ev["head"] == kind and a.end() <= ev["start"] < m.start() for ev in evs):
                continue  # "deux ateliers : « A » et « B ». Le premier, sur …": the titled ones, already found
            t = _theme(ctx, m.end())
            if t is None:
                continue
            o = fold(m.group("o"))
            ordinal = {"premier": "1", "premiere": "1", "second": "2", "seconde": "2", "deuxieme": "2", "troisieme": "3",
                       "quatrieme": "4"}.get(o)
            out.append(_event(ctx, kind, m.start(), t[0], t[1], ordinal))
            consumed.append((m.start(), t[0]))
    # 3. "celle consacrée à …", "celui sur …": the last kind of event named before
    for m in re.finditer(r"\b(?P<p>celle|celui)\s+" + _CUE + r"\s*", folded):
        if any(s <= m.start() < e for s, e in consumed):
            continue
        gender = "f" if m.group("p") == "celle" else "m"
        # the kind named in the plural in this sentence or the one before ("Deux tables rondes sont prévues.
        # Le matin, celle consacrée à …"), with no event of that kind found in between
        i = ctx.sent_index(m.start())
        heads = [h for h in _HEAD_RE.finditer(folded, ctx.sents[max(0, i - 1)][0], m.start())
                 if (k := _kind(h.group(0))) and KINDS[k][1] == gender]
        if not heads or "\n\n" in work[heads[-1].end():m.start()] or not heads[-1].group(0).endswith("s") \
                or any(ev["head"] == _kind(heads[-1].group(0)) and heads[-1].end() <= ev["start"] < m.start() for ev in evs):
            continue
        t = _theme(ctx, m.end())
        if t is None:
            continue
        out.append(_event(ctx, _kind(heads[-1].group(0)), m.start(), t[0], t[1], None))
        consumed.append((m.start(), t[0]))
    return out
