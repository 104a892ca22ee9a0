"""French date mentions: finding them, and resolving them to ISO strings.

dateparser and friends miss the forms press releases use ("jeudi 15 et vendredi 16
février 2024", "du 14 au 16 novembre", "en mai 2023", "le 1er avril"), so this is a
small dedicated parser. Resolution follows the annotation guide: an implicit year comes
from the document date; when that is unknown, a stated weekday picks the year among the
years the text mentions; otherwise the year-less form --MM-DD is used.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Iterable, Optional

MONTHS = {
    "janvier": 1, "janv": 1, "fevrier": 2, "février": 2, "fevr": 2, "févr": 2, "mars": 3,
    "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "août": 8,
    "septembre": 9, "sept": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11,
    "decembre": 12, "décembre": 12, "dec": 12, "déc": 12,
}
WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}

_MONTH = r"(?P<{n}>janvier|janv\.?|f[ée]vrier|f[ée]vr\.?|mars|avril|avr\.?|mai|juin|juillet|juil\.?|ao[uû]t|septembre|sept\.?|octobre|oct\.?|novembre|nov\.?|d[ée]cembre|d[ée]c\.?)"
_WD = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_DAY = r"(?:1er|1re|[12]\d|3[01]|0?[1-9])"
_YEAR = r"(?:19[5-9]\d|20\d\d)"

# day [month [year]] (au|et|-) [weekday] day month [year]  |  [weekday] day month [year]
DAY_RE = re.compile(
    rf"(?<![\w/])(?:(?P<wd1>{_WD})\s+)?(?P<d1>{_DAY})(?:\s+{_MONTH.format(n='m1')}(?:\s+(?P<y1>{_YEAR}))?)?"
    rf"(?:(?:\s*,\s*(?:{_WD}\s+)?{_DAY})*\s*(?:au|et|-|–|&)\s*(?:(?P<wd2>{_WD})\s+)?(?P<d2>{_DAY}))?"
    rf"\s+{_MONTH.format(n='m2')}(?:\s+(?P<y2>{_YEAR}))?(?![\w])",
    re.IGNORECASE)
MONTH_YEAR_RE = re.compile(rf"(?<![\w])(?:(?:en|de|d['’]|début|fin|mi-?)\s*)?{_MONTH.format(n='m')}\s+(?P<y>{_YEAR})(?![\w])",
                           re.IGNORECASE)
ISO_RE = re.compile(r"(?<![\w-])(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])(?:-(?P<d>0[1-9]|[12]\d|3[01]))?(?![\w-])")
NUM_RE = re.compile(r"(?<![\w/.])(?P<d>0?[1-9]|[12]\d|3[01])(?P<sep>[/.])(?P<m>0?[1-9]|1[0-2])(?P=sep)(?P<y>(?:19|20)\d\d)(?![\w/])")
# "Jeudi 23/11", "le 12/03": day/month without a year, only after a weekday or "le"
NUM_DM_RE = re.compile(rf"(?<![\w/])(?:(?P<wd>{_WD})\s+|(?P<wdab>lun|mar|mer|jeu|ven|sam|dim)\.\s*|(?P<le>le|du)\s+)(?P<d>0?[1-9]|[12]\d|3[01])/(?P<m>0?[1-9]|1[0-2])(?![\w/])",
                       re.IGNORECASE)
# "courant novembre", "début mars" without a year: the month of the document's year
MONTH_ONLY_RE = re.compile(rf"(?<![\w])(?:(?:courant|début|fin|mi-?)\s*{_MONTH.format(n='m')}(?!\s+(?:19|20)\d\d)(?![\w])|"
                           rf"en\s+{_MONTH.format(n='m2')}\s+prochain)",
                           re.IGNORECASE)
YEAR_RE = re.compile(rf"(?<![\w-])(?:en|année|l['’]année)\s+(?P<y>{_YEAR})(?![\w-])", re.IGNORECASE)


@dataclass
class DateMention:
    """A date as written: parts may be missing (year, day)."""

    start: int
    end: int
    text: str
    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None
    weekday: Optional[int] = None
    end_day: Optional[int] = None
    end_month: Optional[int] = None
    precision: str = "day"  # day | month | year

    def resolve(self, doc_year: Optional[int], text_years: Iterable[int] = ()) -> Optional[str]:
        """ISO form; see the module docstring for the choice of an implicit year."""
        if self.precision == "year":
            return f"{self.year:04d}" if self.year else None
        if self.precision == "month":
            year = self.year or doc_year
            return f"{year:04d}-{self.month:02d}" if year else None
        year = self.year
        if year is None and doc_year is not None:
            year = doc_year
            if self.weekday is not None and not _weekday_ok(year, self.month, self.day, self.weekday):
                if _weekday_ok(year + 1, self.month, self.day, self.weekday):
                    year += 1
        if year is None and self.weekday is not None:
            for y in text_years:
                if _weekday_ok(y, self.month, self.day, self.weekday):
                    year = y
                    break
        if year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{year:04d}-{self.month:02d}-{self.day:02d}"

    def resolve_end(self, start_iso: Optional[str]) -> Optional[str]:
        if not start_iso or self.end_day is None:
            return None
        month = self.end_month or self.month
        if start_iso.startswith("--"):
            return f"--{month:02d}-{self.end_day:02d}"
        return f"{start_iso[:4]}-{month:02d}-{self.end_day:02d}"


def _weekday_ok(year: int, month: int, day: int, weekday: int) -> bool:
    try:
        return _dt.date(year, month, day).weekday() == weekday
    except ValueError:
        return False


def _month(s: Optional[str]) -> Optional[int]:
    if not s:
        return None
    return MONTHS.get(s.lower().rstrip("."))


def _day(s: str) -> int:
    return 1 if s.lower() in ("1er", "1re") else int(s)


def find_dates(text: str) -> list[DateMention]:
    """Every date mention in ``text``, without overlaps, in text order."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for m in ISO_RE.finditer(text):
        d = m.group("d")
        found.append(DateMention(m.start(), m.end(), m.group(0), int(m.group("y")), int(m.group("m")),
                                 int(d) if d else None, precision="day" if d else "month"))
        taken.append((m.start(), m.end()))
    for m in NUM_RE.finditer(text):
        if free(m.start(), m.end()):
            found.append(DateMention(m.start(), m.end(), m.group(0), int(m.group("y")), int(m.group("m")),
                                     int(m.group("d"))))
            taken.append((m.start(), m.end()))
    for m in NUM_DM_RE.finditer(text):
        if free(m.start(), m.end()):
            s0 = m.start() if m.group("wd") or m.group("wdab") else m.start("d")
            wd = WEEKDAYS.get((m.group("wd") or "").lower())
            if m.group("wdab"):  # "Mer. 12/06": an agenda's abbreviated weekday
                wd = next(v for k, v in WEEKDAYS.items() if k.startswith(m.group("wdab").lower()))
            found.append(DateMention(s0, m.end(), text[s0:m.end()], None, int(m.group("m")), int(m.group("d")), wd))
            taken.append((m.start(), m.end()))
    for m in DAY_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        m2 = _month(m.group("m2"))
        m1 = _month(m.group("m1"))
        y = m.group("y2") or m.group("y1")
        wd = m.group("wd1") or (m.group("wd2") if not m.group("d2") else None)
        if m.group("d2"):
            start_month = m1 or m2
            dm = DateMention(m.start(), m.end(), m.group(0), int(y) if y else None, start_month, _day(m.group("d1")),
                             WEEKDAYS.get((m.group("wd1") or "").lower()), _day(m.group("d2")), m2)
        else:
            dm = DateMention(m.start(), m.end(), m.group(0), int(y) if y else None, m2, _day(m.group("d1")),
                             WEEKDAYS.get((wd or "").lower()))
        if not _valid(dm):
            continue
        found.append(dm)
        taken.append((m.start(), m.end()))
    for m in MONTH_YEAR_RE.finditer(text):
        if free(m.start(), m.end()):
            found.append(DateMention(m.start(), m.end(), m.group(0), int(m.group("y")), _month(m.group("m")),
                                     precision="month"))
            taken.append((m.start(), m.end()))
    for m in MONTH_ONLY_RE.finditer(text):
        if free(m.start(), m.end()):
            found.append(DateMention(m.start(), m.end(), m.group(0), None, _month(m.group("m") or m.group("m2")), precision="month"))
            taken.append((m.start(), m.end()))
    for m in YEAR_RE.finditer(text):
        if free(m.start(), m.end()):
            found.append(DateMention(m.start("y"), m.end(), m.group("y"), int(m.group("y")), precision="year"))
            taken.append((m.start(), m.end()))
    found.sort(key=lambda d: d.start)
    # "le 30 novembre et le 1er décembre 2022": the first date takes the year of the second
    for a, b in zip(found, found[1:]):
        if a.year is None and b.year and a.month and b.month and a.precision == "day" \
                and re.fullmatch(r"\s*(?:et|au|-|–|,)\s*(?:le\s+|du\s+)?", text[a.end:b.start]):
            a.year = b.year - 1 if a.month > b.month else b.year
    return found


def _valid(dm: DateMention) -> bool:
    try:
        _dt.date(dm.year or 2000, dm.month or 1, dm.day or 1)
        return True
    except ValueError:
        return False


_DOC_DATE_RES = [
    re.compile(r"^\W*date\s*:?\s*(?P<iso>(?:19|20)\d\d(?:-\d\d(?:-\d\d)?)?)\b", re.IGNORECASE),
    re.compile(r"(?:publi[ée]e?|mise? en ligne|mise à jour|mis à jour|date de publication|posté|diffusée?|édition du|daté du|"
               r"paru(?:e)?)\s*(?:le|:)?\s*:?\s*"
               r"(?P<rest>.{0,40})", re.IGNORECASE),
]


def document_date(text: str) -> Optional[str]:
    """The document's own publication date, only when the text states it.

    Looks for a leading "date 2019-11" line, or "Publié le 12 mars 2024" / "Mis en ligne
    le 03/02/2021" in the first lines. Returns YYYY-MM-DD, YYYY-MM or YYYY, else None.

    >>> document_date(" date 2019-11 Quelles initiatives ?")
    '2019-11'
    >>> document_date("Titre\\nPublié le 12 mars 2024\\nTexte")
    '2024-03-12'
    >>> document_date("Le 12 mars, réunion.") is None
    True
    """
    head = text[:600]
    m = _DOC_DATE_RES[0].match(head)
    if m:
        return m.group("iso")
    m = re.search(r"(?im)^\s*date\s*:?\s*(?P<iso>(?:19|20)\d\d(?:-\d\d(?:-\d\d)?)?)\s*$", head)
    if m:
        return m.group("iso")
    iso = _header_line_date(head)
    if iso:
        return iso
    # press-release dateline: "Marseille, le 4 février 2025" on a line of its own
    m = re.search(r"(?m)^\s*[A-ZÉ][\w'’ -]{1,40},\s+le\s+(?P<rest>[^\n]{6,40})$", head[:400])
    if m:
        d = find_dates(m.group("rest"))
        if d and d[0].start == 0 and d[0].year and d[0].end >= len(m.group("rest").rstrip(" .")):
            return d[0].resolve(None)
    for m in _DOC_DATE_RES[1].finditer(head):
        for d in find_dates(m.group("rest")):
            if d.start > 3:
                break
            if d.year:
                iso = d.resolve(None)
                if iso:
                    return iso
    return None


# A title naming an occurrence ("Journée des élus – Valence, 18 octobre 2012") dates the
# event, not the page: such header lines are not read as the publication date.
_EVENT_TITLE_RE = re.compile(r"\b(?:journ[ée]es?|forum|rencontres?|salon|s[ée]minaire|webinaire|colloque|congr[èe]s|"
                             r"atelier|assembl[ée]e|conf[ée]rence|f[êe]te|festival|semaine|mois|r[ée]union|soir[ée]e|"
                             r"inauguration|lancement|remise)\b", re.IGNORECASE)


_TRAILING_TIME = re.compile(r"\s*(?:à|-|–)?\s*\d{1,2}\s?[h:]\s?\d\d\s*$")
# the issue of a newsletter or the page's own stamp: "Lettre d'information du 3 février 2025"
_ISSUE_PREFIX = re.compile(r"(?:(?:la\s+)?(?:lettre|newsletter|bulletin|flash|édition|numéro|n°)\b[^\n]{0,40}?\s+(?:du|le)|"
                           r"(?:mis(?:e)?\s+à\s+jour|actualisée?|modifiée?|publiée?|mise?\s+en\s+ligne)\s+le)")


def _header_line_date(head: str) -> Optional[str]:
    """Date of a masthead line in the first lines of the page: a line that is a date
    ("Lundi 10 février 2020", "07/05/2020") or ends with one after a separator
    ("COMMUNIQUÉ – Lille, 28 mai 2015", "Économie | 19.09.2022", "Vie du réseau – 2021",
    "La lettre du réseau – juin 2016")."""
    lines = [ln.strip() for ln in head.splitlines() if ln.strip()][:4]
    for ln in lines:
        if len(ln) > 110:
            continue
        # "12 février 2026 · 🌍" (a social post's stamp): the decoration after the date goes
        ln = re.sub(r"\s*[·•]\s*[^\w\s]*\s*$", "", ln).strip()
        parts = re.split(r"\s[–—|-]\s|\s*\|\s*|\s*[›>»]\s*|,\s+(?:le\s+)?", ln)
        issue = next((i for i, pt in enumerate(parts[:-1]) if re.fullmatch(r"(?i)(?:n°|no|numéro)\s*\d{1,4}", pt.strip())), None)
        if issue is not None:
            # "N° 14, février 2020 — Rubrique …": the issue's date right after its number
            ds = find_dates(parts[issue + 1].strip(" ."))
            if ds and ds[0].year and ds[0].start == 0 and ds[0].end >= len(parts[issue + 1].strip(" .")):
                return ds[0].resolve(None)
        last = parts[-1].strip(" .")
        if len(parts) == 1 or not last:
            pass
        if len(parts) > 1 and _EVENT_TITLE_RE.search(" ".join(parts[:-1])):
            continue
        if re.fullmatch(r"(?:19[5-9]\d|20\d\d)", last) and len(parts) > 1:
            return last
        last = _TRAILING_TIME.sub("", last)  # "Le 19/09/2022 à 06:00"
        ds = find_dates(last)
        if not ds or not ds[0].year:
            continue
        d = ds[0]
        before = last[:d.start].strip().lower()
        if before and before not in WEEKDAYS and before not in ("le", "du", "mis en ligne le", "publié le") \
                and not (_ISSUE_PREFIX.fullmatch(before) and not _EVENT_TITLE_RE.search(before)):
            continue
        if d.end < len(last):
            continue
        return d.resolve(None)
    return None


RELATIVE_RE = re.compile(
    r"(?<![\w-])(?:(?P<word>[Aa]vant-hier|[Hh]ier|[Dd]emain|[Aa]près-demain)|"
    r"(?P<wd>[Ll]undi|[Mm]ardi|[Mm]ercredi|[Jj]eudi|[Vv]endredi|[Ss]amedi|[Dd]imanche)"
    r"(?:\s+(?P<rel>dernier|prochain|passé))?(?:\s+(?:soir|matin|midi|après-midi))?)(?![\w-])")
_FUTURE = re.compile(r"\b(?:sera|seront|aura|auront|se\s+tiendra|se\s+tiendront|se\s+déroulera|accueillera|réunira|"
                     r"interviendr|prendront|ouvrira|clôturera|rendez-vous|inscri)\w*|\w+(?:era|ira|ront)\b", re.IGNORECASE)


_PAST = re.compile(r"\b(?:a|ont|avait|avaient|s['’]est|se\s+sont)\s+(?:\w+\s+)?(?:été\s+)?\w+(?:é|ée|és|ées|i|is|u|us|ert|erte)\b|"
                   r"\b\w+(?:ait|aient)\b", re.IGNORECASE)


_WD = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"


def _between_commas(text: str, s: int, e: int) -> bool:
    """"Il y avait foule, samedi, dans l'ancienne ferme": a weekday set off by commas is the day of
    the story; not one of a list of opening days ("lundi, mardi, jeudi")."""
    return re.search(r"[^\W\d_],\s*$", text[max(0, s - 12):s]) is not None and text[e:e + 1] == "," \
        and not re.search(rf"(?i){_WD},\s*$", text[max(0, s - 12):s]) and not re.match(rf"(?i),\s*(?:et\s+)?{_WD}\b", text[e:e + 14])


def relative_dates(text: str, doc_date: Optional[str], taken: list[DateMention]) -> list[DateMention]:
    """"hier", "jeudi dernier", "Samedi, le tiers-lieu a été inauguré": days named relative to a
    dated page (press, news). A bare weekday looks back in a past-tense sentence, forward in a
    future one. Nothing without a full document date, and never a weekday that a day number
    follows ("samedi 19 octobre" is an absolute date)."""
    if not doc_date or not re.fullmatch(r"\d{4}-\d\d-\d\d", doc_date):
        return []
    ref = _dt.date.fromisoformat(doc_date)
    out = []
    for m in RELATIVE_RE.finditer(text):
        if any(d.start <= m.start() < d.end or m.start() <= d.start < m.end() for d in taken):
            continue
        if re.match(r"\s*(?:\d|1er|premier)", text[m.end():m.end() + 6]):
            continue
        if m.group("word"):
            if m.group("word")[0].isupper() and m.start() > 0 and text[m.start() - 1] not in "\n .":
                continue
            if re.search(r"(?:\b(?:de|du|des|à|au|pour|et|ou|que|comme|entre)\s+|[dlqDLQ]['’]\s?|[«“\"]\s?)$", text[max(0, m.start() - 12):m.start()]):
                continue  # "l'ESS de demain", "d'hier à aujourd'hui": a figure of speech, not a day
            delta = {"avant-hier": -2, "hier": -1, "demain": 1, "après-demain": 2}[m.group("word").lower()]
            day = ref + _dt.timedelta(days=delta)
        else:
            wd = WEEKDAYS[m.group("wd").lower()]
            rel = (m.group("rel") or "").lower()
            line_start = text.rfind("\n", 0, m.start()) + 1
            sentence_start = max(line_start, text.rfind(". ", 0, m.start()) + 2 if text.rfind(". ", 0, m.start()) >= 0 else 0)
            span = re.match(r"\s*(?:au|à)\s*(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b(?![^\n]{0,20}\d\s?h)",
                            text[m.end():m.end() + 40], re.IGNORECASE)
            days_of_event = span and re.search(r"\b(?:de|du)\s+$", text[max(0, m.start() - 4):m.start()]) and \
                wd != 0 and _FUTURE.search(text[max(line_start, m.start() - 200):m.end() + 200])
            if not days_of_event and re.match(r"\s*(?:au|à|-|–|/|et|ou)\s*(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|\s*,?\s*\d{1,2}\s*h",
                                              text[m.end():m.end() + 16], re.IGNORECASE):
                continue  # opening days and hours ("Lundi au vendredi", "Mardi 14h-17h"), not one day
            # "ont rendez-vous à Aubagne de jeudi à samedi": the coming days of an event
            bare_ok = days_of_event or rel or m.group("wd")[0].isupper() and m.start() == sentence_start and text[m.end():m.end() + 1] == "," or \
                re.search(r"\b(?:ce|cette|dès)\s+$", text[max(0, m.start() - 8):m.start()], re.IGNORECASE) or \
                re.match(r"\s+(?:soir|matin|midi|après-midi)\b", text[m.start() + len(m.group("wd")):m.end() + 1]) or \
                _between_commas(text, m.start(), m.end())
            if not bare_ok:
                continue
            end = text.find(". ", m.end())
            sentence = text[sentence_start:end if end > 0 else len(text)]
            this = re.search(r"\bce\s+$", text[max(0, m.start() - 4):m.start()], re.IGNORECASE) is not None
            forward = days_of_event or rel == "prochain" or (not rel and _FUTURE.search(sentence) is not None) or \
                (this and not rel and _PAST.search(sentence) is None)  # "fête ses dix ans ce samedi": the coming one
            if forward:
                day = ref + _dt.timedelta(days=(wd - ref.weekday()) % 7 or 7)
            else:
                day = ref - _dt.timedelta(days=(ref.weekday() - wd) % 7 or (0 if not rel else 7))
        out.append(DateMention(m.start(), m.end(), m.group(0), day.year, day.month, day.day, precision="day"))
    return out


def doc_year(doc_date: Optional[str]) -> Optional[int]:
    if doc_date and re.match(r"^\d{4}", doc_date):
        return int(doc_date[:4])
    return None
