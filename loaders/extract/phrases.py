"""Phrase helpers shared by the components: noun-phrase complements read with spaCy's
parts of speech, title lines, quoted titles, ordinals and determiners.
"""
from __future__ import annotations

import bisect
import re
from typing import Optional

from .base import Ctx, clean_space, fold
from .lexicon import ANY_ROLE_RE

QUOTE_RE = re.compile(r"[\"«“]\s*(?P<t>[^\"«»“”\n]{3,200}?)\s*[\"»”]")
ORDINAL_RE = re.compile(r"(?P<o>\d{1,3}\s?(?:er|re|e|eme|ème|ᵉ|nd|nde|ieme|ième)s?|premi(?:er|ere)|seconde?|"
                        r"(?:deux|trois|quatr|cinqu|six|sept|huit|neuv|dix|onz|douz|treiz|quatorz|quinz|vingt)i[eè]mes?|"
                        r"derni(?:er|ere))\s+$", re.IGNORECASE)
DET_RE = re.compile(r"(?P<det>\b(?:le|la|les|l'|un|une|des|du|de la|de l'|au|aux|cet|cette|ce|ces|chaque|nos|vos|leurs?|"
                    r"plusieurs|deux|trois|quatre|cinq|\d+|notre|votre|son|sa|ses|d'|de|premiere|prochaine?|nouvelle|"
                    r"grande?|ma|mon)\s*)$", re.IGNORECASE)
GENERIC_CTX = re.compile(r"\b(?:chaque|tous les|toutes les|par trimestre|par an|chaque annee|regulieres?|reguliers?)\b")
STOP_WORDS = {"sur", "autour", "pour", "lors", "pendant", "qui", "que", "dont", "avec", "organise", "organisee", "organises", "organisees",
              "prochain", "prochaine", "afin", "durant", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
              "dimanche", "ce", "cette", "il", "elle", "nous", "vous", "ils", "elles", "sera", "est", "ont",
              "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
              "novembre", "decembre", "chez", "via", "aupres", "anime", "animee", "apres", "avant", "depuis"}
CONNECT = {"de", "du", "des", "d'", "l'", "la", "le", "les", "au", "aux", "a", "et", "&", "en", "pour", "sur", "autour",
           "entre", "-"}
PLACE_END = re.compile(r"(?:france|alpes|loire|est|normandie|bretagne|occitanie|aquitaine|corse|comte|azur|marne|seine|"
                       r"rhone|garonne|ensemble)$")


# ---------------------------------------------------------------- token helpers
def _tokens(ctx: Ctx):
    if "tok_starts" not in ctx.notes:
        toks = [(t.idx, t.idx + len(t.text), t.text,
                 "PART" if t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm") else t.pos_)
                for t in ctx.spacy_doc if not t.is_space]
        ctx.notes["toks"] = toks
        ctx.notes["tok_starts"] = [t[0] for t in toks]
    return ctx.notes["toks"], ctx.notes["tok_starts"]


def complement(ctx: Ctx, pos: int, maxw: int = 9, allow: tuple = ()) -> int:
    """End offset of the noun-phrase complement that starts at ``pos`` (== pos if none)."""
    toks, starts = _tokens(ctx)
    i = bisect.bisect_left(starts, pos)
    end = pos
    n = 0
    last_good = pos
    seen_cap = False
    work = ctx.notes["work"]
    sent_end = ctx.sent_span(pos)[1] if ctx.sents else len(work)
    while i < len(toks) and n < maxw:
        s, e, t, p = toks[i]
        if s >= sent_end or "\n" in work[end:s]:
            break
        f = fold(t)
        # "Rencontres régionales de l'emploi dans l'ESS": the field is part of the name
        in_ess = f == "dans" and i + 2 < len(toks) and fold(toks[i + 1][2]) in ("l'", "l’") \
            and fold(toks[i + 2][2]) in ("ess", "economie")
        if f == "est" and t == "Est" and n > 0 and toks[i - 1][2][:1].isupper():
            pass  # "la CRESS Grand Est": the region's name, not the verb
        elif in_ess:
            pass
        elif (f in STOP_WORDS and f not in allow) or t == "a":
            break
        if seen_cap and f in ("de", "du", "des", "d'") and i + 1 < len(toks):
            nx = toks[i + 1] if fold(toks[i + 1][2]) not in ("la", "l'") else (toks[i + 2] if i + 2 < len(toks) else toks[i + 1])
            if nx[2][:1].islower() and fold(nx[2]) not in ("l'", "la"):
                break  # "Salon des Maires d'Île-de-France | de la place de l'ESS"
        if p in ("PUNCT",) and t not in ("-", "&", "'", "’"):
            break
        if f in _VERB_NOUNS and t.islower() and n > 0 and toks[i - 1][2][:1].isupper():
            break  # "le Club ESS Grand-Orly Seine Bièvre | compte parmi ses adhérents": a verb after the name
        if t in ("-", "–") and work[s - 1:s] == " ":
            break  # "Salon de X - 30 juin": a dash between spaces ends the name
        if f in ("le", "la", "l'", "les", "du") and i + 1 < len(toks) and re.match(r"\d", toks[i + 1][2]):
            break  # "les 15 et 16 février": a date, not part of the name
        if f == "a" and i + 1 < len(toks) and (toks[i + 1][2][:1].isupper() or (
                fold(toks[i + 1][2]) in ("la", "l'", "le") and i + 2 < len(toks) and toks[i + 2][2][:1].isupper())):
            break  # "à Lille", "à la Bourse du travail": a place, not part of the name
        if f == "a" and i + 1 < len(toks) and (fold(toks[i + 1][2]) in _A_ADVERBIAL or i + 2 < len(toks) and fold(
                toks[i + 1][2]).replace("’", "'") == "l'" and "l'" + fold(toks[i + 2][2]) in _A_ADVERBIAL):
            break  # "financé le forum à hauteur de 10 000 euros": an adverbial phrase after the name
        if f == "en" and i + 1 < len(toks) and fold(toks[i + 1][2]) in ("partenariat", "collaboration", "lien", "presence",
                                                                       "charge", "tant", "cours", "ligne", "direct"):
            break  # "X en partenariat avec Y": the name ends before
        if f == "en" and i + 1 < len(toks) and re.match(r"\d{4}|janvier|f|mars|avril|mai|juin|juillet|ao|sept|oct|nov|d",
                                                         fold(toks[i + 1][2])):
            break
        if f == "et" and i + 1 < len(toks) and (toks[i + 1][3] in ("DET", "VERB", "AUX", "PRON")
                                                 or ANY_ROLE_RE.match(fold(toks[i + 1][2]))):
            break  # "l'association Fair | et président du ..."
        if f in ("consacre", "consacree", "consacres", "consacrees", "dedie", "dediee", "dedies", "dediees") \
                and i + 1 < len(toks) and fold(toks[i + 1][2]) in ("a", "au", "aux"):
            end = e  # "l'atelier consacré aux clauses sociales": the theme is part of the name
        elif f in CONNECT or t in ("'", "’", "-") or in_ess:
            end = e
        elif p == "PART" and i + 1 < len(toks) and fold(toks[i + 1][2]) in ("de", "du", "des", "d'") and n <= 1:
            end = e  # "l'Atlas commenté de l'ESS"
        elif p in ("NOUN", "PROPN", "ADJ", "NUM", "X") or t[:1].isupper() or (p == "DET" and f in ("l'", "la", "les")) \
                or _noun_after_de(toks, i, f, p):
            end = e
            last_good = e
            seen_cap = t[:1].isupper() and PLACE_END.search(f) is not None
        else:
            break
        n += 1
        i += 1
    return last_good


# "à hauteur de", "à partir de", "à destination de"…: adverbial phrases, never part of a name
_A_ADVERBIAL = {"hauteur", "partir", "destination", "compter", "travers", "titre", "raison", "l'occasion", "l'initiative",
                "l'attention", "l'intention", "l'issue", "l'appui", "nouveau", "distance", "huis", "guichets"}


# finite verbs that the tagger may read as nouns right after a name
_VERB_NOUNS = {"compte", "comptent", "regroupe", "regroupent", "rassemble", "rassemblent", "reunit", "propose", "proposent",
               "organise", "organisent", "accueille", "accueillent", "lance", "lancent", "porte", "portent", "publie",
               "federe", "vise", "offre", "soutient", "permet", "devient", "reste", "signe", "signent", "invite", "invitent"}

_NOT_NOUNS = {"nouveau", "meme", "plus", "moins", "tres", "bien", "loin", "pres", "suite", "facon", "maniere", "ailleurs",
              "demain", "hier", "jadis", "partout", "ensuite", "abord", "autant", "emblee"}


def _noun_after_de(toks, i: int, f: str, p: str) -> bool:
    """"Soirée de lancement": after "de" the tagger sometimes reads a noun as an adverb or a verb;
    a word there is a noun unless it is one of the few adverbs that follow "de" ("de nouveau")."""
    return p in ("ADV", "VERB") and i > 0 and fold(toks[i - 1][2]) in ("de", "d'") and len(f) > 3 \
        and f not in _NOT_NOUNS and f.isalpha() and not (p == "VERB" and re.search(r"(?:er|ir|re|oir)$", f))  # "de créer"


def _title_line(ctx: Ctx, pos: int) -> Optional[tuple[int, int]]:
    work = ctx.notes["work"]
    ls = work.rfind("\n", 0, pos) + 1
    le = work.find("\n", pos)
    le = len(work) if le < 0 else le
    line = work[ls:le]
    stripped = line.strip()
    if not stripped or len(stripped) > 160 or stripped.endswith((".", ":")) and not stripped.endswith("..."):
        return None
    if re.search(r"(?i)cliqu|t[ée]l[ée]charg|retrouve|formulaire|\bici\b", stripped):
        return None
    lead = fold(work[ls:pos]).strip()
    if len(lead.split()) > 4:
        return None
    off = ls + (len(line) - len(line.lstrip()))
    return off, off + len(stripped)


def _cap(s: str) -> str:
    s = clean_space(s)
    return s[:1].upper() + s[1:] if s else s


def _skip_space(work: str, pos: int) -> int:
    while pos < len(work) and work[pos] in " \u00a0\t":
        pos += 1
    return pos


