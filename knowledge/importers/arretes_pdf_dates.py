"""When an arrêté applies, read from its articles the way a secretary reads them.

Residents ask « la rue est fermée quand ? »: the answer is in the articles (« Du lundi 15 juin 2026 au
vendredi 3 juillet 2026 … », « Le dimanche 10 mai 2026, de 6 h à 19 h, … », « À compter du 7 avril
2025 … »), never in the signature (« Fait à …, le … »), the @ctes stamp or the visas (« Vu la demande du
2 avril 2026 »): arretes_pdf_layout hands over only the articles' clauses, the object as a fallback.

Each phrasing is one named pattern below; a clause may hold several measures (closing the street
« du 15 au 26 juin », parking « le 13 juillet »): the arrêté applies from the first start to the last
end. Matching runs on folded text (no accents, lower case).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from french import fold

from ..textnorm import MONTHS, WEEKDAYS

_MONTHS = [fold(m) for m in MONTHS]
_MONTH = "|".join(_MONTHS)
_WEEKDAY = r"(?:(?:" + "|".join(WEEKDAYS) + r")s?\s+)"
_HOUR = r"\d{1,2}\s*(?:h|heures?)(?:\s*\d{2})?"


def _day(name: str, *, month: str = "required") -> str:
    """A date written in words (« lundi 1er juin 2026 ») or figures (« 01/06/2026 »), its parts as named
    groups `name_day`, `name_month`, `name_year` (`name_nday`… for figures).

    month="optional": the month and year may be left for the next date to give (« du 10 au 14 mars »).
    """
    words_month = rf"\s+(?P<{name}_month>{_MONTH})(?:\s+(?P<{name}_year>\d{{4}}))?"
    if month == "optional":
        words_month = f"(?:{words_month})?"
    words = rf"{_WEEKDAY}?(?P<{name}_day>\d{{1,2}})(?:er|e)?{words_month}"
    figures = rf"(?P<{name}_nday>\d{{1,2}})[/.](?P<{name}_nmonth>\d{{1,2}})[/.](?P<{name}_nyear>\d{{4}})"
    return f"(?:{figures}|{words})"


_GAP = rf"(?:\s*,?\s*(?:(?:de|des|a partir de|a|vers)\s+)?{_HOUR}(?:\s*(?:a|et|jusqu'a)\s+{_HOUR})?)?\s*,?"
"""What may sit between a start and its end: hours and commas (« le lundi 13 juillet 2026, de 20 h
jusqu'au mardi 14 juillet 2026 », « du 10 mars 2025 à 8 h et jusqu'au 14 mars 2025 »)."""

RANGE = re.compile(
    rf"\b(?:du|le|depuis le|a compter du|a partir du|a dater du|entre le)\s+{_day('a', month='optional')}"
    rf"{_GAP}\s+(?:et\s+)?(?:au|jusqu'au|jusqu'a|et le)\s+(?:(?:la fin de la journee du|le)\s+)?{_day('b')}"
)
"""A start and an end: « du lundi 15 juin 2026 au vendredi 3 juillet 2026 », « du 1er juillet au 15
septembre 2026 » (the year, and the month in « du 10 au 14 mars », written once at the end), « du
10/03/2025 au 14/03/2025 », « entre le 4 et le 5 juillet », « à compter du … jusqu'au … ». « pendant la
durée des travaux, estimée du … au … » is read by the same pattern."""

DAYS_LIST = re.compile(
    rf"\bles\s+{_WEEKDAY}?(?P<a_day>\d{{1,2}})(?:er|e)?(?:\s*,\s*{_WEEKDAY}?\d{{1,2}}(?:er|e)?)*"
    rf"\s+et\s+{_WEEKDAY}?(?P<b_day>\d{{1,2}})(?:er|e)?\s+(?P<b_month>{_MONTH})(?:\s+(?P<b_year>\d{{4}}))?"
)
"""A few days of one month: « les samedi 4 et dimanche 5 juillet 2026 », « les 4, 11 et 18 juillet »:
from the first to the last."""

SINCE = re.compile(
    r"\b(?:(?:entre(?:ra)?\s+en\s+vigueur|prend(?:ra)?\s+effet|(?:est|sera)\s+applicable)\s+"
    r"(?:le|a compter du|a partir du|des le)|a compter du|a partir du|a dater du|des le|depuis le)"
    rf"\s+{_day('a')}"
)
"""A start without an end: « à compter du 7 avril 2025 », « à partir du 1er mars », « entre en vigueur
le 1er juillet » — the measure stays until another arrêté ends it."""

UNTIL = re.compile(rf"\bjusqu'(?:au|a)\s+(?:(?:la fin de la journee du|le)\s+)?{_day('b')}")
"""An end without a start: « jusqu'au 30 septembre 2026 » — it applies from its signature."""

ON_DAY = re.compile(rf"\b(?:le|ce)\s+{_day('a')}")
"""One day: « le dimanche 10 mai 2026 de 6 h à 19 h », « le 13 juillet 2026 à partir de 20 h »."""

ANY_DAY = re.compile(rf"\b{_day('a')}")
"""A full date alone, as objects write it (« Vide-grenier – dimanche 10 mai 2026 – Grande Rue »): read
only in the object, only when the articles gave no date."""

CITATION = re.compile(
    r"\b(?<!present )(?:arrete|decret|deliberation|loi|ordonnance|circulaire|avis|demande|courrier)\b"
    rf"[^.;]{{0,50}}\b(?:du|le|en date du)\s+{_WEEKDAY}?$"
)
"""Words just before a date that make it another act's: « l'arrêté n° 2025-019 du 14 avril 2025 »,
« l'avis … en date du 12 juin 2026 » (« le présent arrêté … le 1er juillet » is this act's)."""

PATTERNS = (RANGE, DAYS_LIST, SINCE, UNTIL, ON_DAY)  # by priority: a longer reading wins where they overlap
_LATE_YEARLESS_DAYS = 60  # a year-less date this long before the signature is next year's


@dataclass(frozen=True)
class Measure:
    """One period an article states; None: open on that side (since / until)."""

    start: date | None
    end: date | None


@dataclass(frozen=True)
class Validity:
    """When the arrêté applies: its first day and its last (None: until further notice).

    since: the first start of a measure with no end (« à compter du … »), kept apart because an
    arrêté its object calls permanent applies from there, whatever dated events its articles add.
    """

    debut: date | None
    fin: date | None
    since: date | None = None


def measures(clause: str, signed: date, *, loose: bool = False) -> list[Measure]:
    """The periods a clause states, in order; `loose` also reads bare full dates (objects only)."""
    folded = fold(clause)
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, Measure]] = []
    for pattern in (*PATTERNS, ANY_DAY) if loose else PATTERNS:
        for match in pattern.finditer(folded):
            span = match.span()
            if any(span[0] < end and start < span[1] for start, end in taken):
                continue
            if CITATION.search(folded[: _date_start(match)]):
                continue
            measure = _measure(pattern, match, signed)
            if measure is not None:
                taken.append(span)
                found.append((span[0], measure))
    return [m for _, m in sorted(found, key=lambda f: f[0])]


def _date_start(match: re.Match[str]) -> int:
    """Where the first date of a match starts (after « du », « le », « à compter du »)."""
    starts = [match.start(g) for g, v in match.groupdict().items() if v is not None]
    return min(starts, default=match.start())


def _measure(pattern: re.Pattern[str], match: re.Match[str], signed: date) -> Measure | None:
    """The period a match states, years and months carried from the end to the start."""
    if pattern is SINCE:
        start = _date(match, "a", signed)
        return Measure(start, None) if start else None
    if pattern is UNTIL:
        end = _date(match, "b", signed)
        return Measure(None, end) if end else None
    if pattern in (ON_DAY, ANY_DAY):
        day = _date(match, "a", signed)
        return Measure(day, day) if day else None
    end = _date(match, "b", signed)
    if end is None:
        return None
    start = _date(match, "a", signed, carried=end)
    if start is None:
        return None
    if start > end and not match.groupdict().get("a_year") and not match.groupdict().get("a_nyear"):
        start = _replace_year(start, start.year - 1)  # « du 15 décembre au 5 janvier 2027 »
    return Measure(start, end) if start and start <= end else None


def _date(match: re.Match[str], name: str, signed: date, carried: date | None = None) -> date | None:
    """The named date of a match; a missing month or year is the end date's (`carried`), else the year of
    the signature (or the next one when that would put the day well before the signature)."""
    groups = match.groupdict()
    if groups.get(f"{name}_nday"):
        return _safe(int(groups[f"{name}_nyear"]), int(groups[f"{name}_nmonth"]), int(groups[f"{name}_nday"]))
    day = groups.get(f"{name}_day")
    if not day:
        return None
    month_name = groups.get(f"{name}_month")
    if month_name:
        month = _MONTHS.index(month_name) + 1
    elif carried is not None:
        month = carried.month
    else:
        return None
    if groups.get(f"{name}_year"):
        return _safe(int(groups[f"{name}_year"]), month, int(day))
    if carried is not None:
        return _safe(carried.year, month, int(day))
    guess = _safe(signed.year, month, int(day))
    if guess is not None and guess < signed - timedelta(days=_LATE_YEARLESS_DAYS):
        guess = _safe(signed.year + 1, month, int(day))
    return guess


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _replace_year(day: date, year: int) -> date | None:
    return _safe(year, day.month, day.day)


def validity(articles: list[str], objet: str, signed: date) -> Validity:
    """From the first day to the last the articles state; from the object when the articles state none.

    A measure with a start and no end (« à compter du … ») makes the arrêté open-ended: it stays in force
    until another one ends it, even when other articles add a dated event.
    """
    found = [m for clause in articles for m in measures(clause, signed)]
    if not found:
        found = measures(objet, signed, loose=True)
    starts = [m.start for m in found if m.start is not None]
    ends = [m.end for m in found if m.end is not None]
    since = [m.start for m in found if m.end is None and m.start is not None]
    debut = min(starts) if starts else None
    fin = None if since or not ends else max(ends)
    if debut and fin and fin < debut:
        debut = None  # « jusqu'au 3 mars » with a later event: the end is what the resident needs
    return Validity(debut, fin, min(since) if since else None)
