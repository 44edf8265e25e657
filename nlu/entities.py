"""Entities in residents' messages: dates (absolute and relative, resolved against `today`), date ranges,
years, times, amounts, arrêté numbers, and streets / categories / actors from gazetteers handed in by the
knowledge base.

Rules rather than a learned extractor: the values must be exact (a date, a street the KB knows), the
training data has few annotations, and a rule can be read and fixed by the next developer.
Spans are claimed in priority order (gazetteers first: « place du 14 Juillet » is a street, not a date).
"""

from __future__ import annotations

import difflib
import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, time, timedelta
from decimal import Decimal, InvalidOperation

import french
from french.schedule import date_months, weekday_names

from .lexicon import (
    SAINT_ABBREVIATIONS,
    STREET_LINKS,
    STREET_TYPE_WORDS,
    STREET_TYPES,
    fold,
    fold_keep_offsets,
)


@dataclass(frozen=True)
class Entity:
    """One entity: `text` is the exact substring `original[start:end]`; `value` is resolved (see README)."""

    type: str
    value: object
    text: str
    start: int
    end: int


# ---------------------------------------------------------------- gazetteers

# Everyday words for categories (folded) → the folded word a KB category starts with
# (french/data/categories.txt).
CATEGORY_SYNONYMS: dict[str, str] = dict(french.category_synonyms())

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# A misspelt street name is still its street from this difflib ratio on (« gar » ~ « gare », « eglize » ~
# « eglise »), not a neighbour (« mare » ~ « gare » is 0,75).
STREET_NAME_RATIO = 0.8


def _norm_tokens(text: str) -> list[str]:
    """Folded tokens with street abbreviations expanded: « Bd St-Michel » → [boulevard, saint, michel]."""
    out = []
    for tok in _WORD.findall(fold(text)):
        out.append(STREET_TYPES.get(tok) or SAINT_ABBREVIATIONS.get(tok) or tok)
    return out


def _plural_variants(tokens: list[str]) -> list[tuple[str, ...]]:
    last = tokens[-1]
    variants = [tuple(tokens)]
    if not last.endswith(("s", "x")) and len(last) > 2:
        variants.append(tuple(tokens[:-1] + [last + ("x" if last.endswith(("au", "eu")) else "s")]))
    return variants


class Gazetteers:
    """Street, category and actor names from the knowledge base, indexed once for fast matching.

    Matching tolerates case, accents, abbreviations (bd, av, pl, ch, rte, st/ste, imp…), a missing street
    type (« la gare » for « Rue de la Gare », only after an article so that « je me gare » is not a street)
    and, for a street introduced by a street-type word, a small typo (difflib ratio ≥ 0.88).
    """

    def __init__(
        self,
        streets: list[str] | None = None,
        categories: list[str] | None = None,
        actors: list[str] | None = None,
        synonyms: dict[str, str] | None = None,
    ):
        self.streets = sorted({s.strip() for s in streets or [] if s and s.strip()})
        self.categories = sorted({c.strip() for c in categories or [] if c and c.strip()})
        self.actors = sorted({a.strip() for a in actors or [] if a and a.strip()})
        # (type, token tuple) → canonical names; `core` entries need a preceding article.
        self._index: dict[tuple[str, ...], list[tuple[str, str, bool]]] = {}
        self._street_full: dict[str, list[tuple[str, ...]]] = {}
        self.max_len = 1
        for street in self.streets:
            tokens = _norm_tokens(street)
            if not tokens:
                continue
            self._add(tuple(tokens), "street", street)
            if tokens[0] in STREET_TYPE_WORDS:
                self._street_full.setdefault(tokens[0], []).append(tuple(tokens))
                core = tokens[1:]
                while core and core[0] in STREET_LINKS:
                    core = core[1:]
                if core and (len(core) > 1 or len(core[0]) >= 4):
                    self._add(tuple(core), "street", street, core=True)
        syn = {**CATEGORY_SYNONYMS, **{fold(k): fold(v) for k, v in (synonyms or {}).items()}}
        for category in self.categories:
            tokens = _norm_tokens(category)
            if not tokens:
                continue
            for variant in _plural_variants(tokens):
                self._add(variant, "category", category)
            if len(tokens) > 1 and len(tokens[0]) >= 4:  # « médecin généraliste » ← « médecin »
                for variant in _plural_variants(tokens[:1]):
                    self._add(variant, "category", category)
            joined = " ".join(tokens)
            for word, target in syn.items():
                if target == joined or target == tokens[0] or joined.startswith(target + " "):
                    self._add(tuple(word.split()), "category", category)
        for actor in self.actors:
            tokens = _norm_tokens(actor)
            if not tokens:
                continue
            self._add(tuple(tokens), "actor", actor)
            if tokens[0] in {"le", "la", "les", "l"} and len(tokens) > 2:
                self._add(tuple(tokens[1:]), "actor", actor)

    def _add(self, key: tuple[str, ...], kind: str, canonical: str, core: bool = False) -> None:
        entries = self._index.setdefault(key, [])
        if (kind, canonical, core) not in entries and not any(
            k == kind and c == canonical for k, c, _ in entries
        ):
            entries.append((kind, canonical, core))
        self.max_len = max(self.max_len, len(key))

    def match(self, text: str) -> list[Entity]:
        """All gazetteer entities in `text`, longest match first, non-overlapping (same span may repeat when a
        short form is ambiguous, e.g. « la gare » with both « Rue » and « Avenue de la Gare »)."""
        tokens = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(fold_keep_offsets(text))]
        norm = [STREET_TYPES.get(t) or SAINT_ABBREVIATIONS.get(t) or t for t, _, _ in tokens]
        out: list[Entity] = []
        i = 0
        while i < len(tokens):
            found = None
            for n in range(min(self.max_len, len(tokens) - i), 0, -1):
                entries = self._index.get(tuple(norm[i : i + n]))
                if not entries:
                    continue
                previous = norm[i - 1] if i else ""
                usable = [
                    (k, c)
                    for k, c, core in entries
                    if not core or previous in STREET_LINKS or previous in STREET_TYPE_WORDS
                ]
                if usable:
                    found = (n, usable)
                    break
            if found is None and norm[i] in self._street_full:
                found = self._fuzzy_street(norm, i)
            if found is None:
                i += 1
                continue
            n, usable = found
            start, end = tokens[i][1], tokens[i + n - 1][2]
            for kind, canonical in usable:
                out.append(Entity(kind, canonical, text[start:end], start, end))
            i += n
        return out

    def _fuzzy_street(self, norm: list[str], i: int):
        """« rue de la republiqe » → « Rue de la République »: compare with streets of the same type only.

        The name itself must be close too, not only the whole: « rue de la » shared made « rue de la mare »
        (a street the commune does not have) read as « Rue de la Gare »."""
        best, best_ratio, best_n = None, 0.0, 0
        for candidate in self._street_full[norm[i]]:
            n = len(candidate)
            words = norm[i : i + n]
            if len(norm) - i < n:
                continue
            ratio = difflib.SequenceMatcher(None, " ".join(words), " ".join(candidate)).ratio()
            shared = next((k for k, (a, b) in enumerate(zip(words, candidate, strict=True)) if a != b), n)
            name = difflib.SequenceMatcher(None, " ".join(words[shared:]), " ".join(candidate[shared:]))
            if ratio > best_ratio and name.ratio() >= STREET_NAME_RATIO:
                best, best_ratio, best_n = candidate, ratio, n
        if best is None or best_ratio < 0.88:
            return None
        return best_n, [(k, c) for k, c, core in self._index[best] if k == "street" and not core]


# ---------------------------------------------------------------- dates and numbers

# Months in full or short (« janv »), weekdays and numbers in words (french/data/days.txt, numbers.txt).
MONTHS: dict[str, int] = date_months()
WEEKDAYS: dict[str, int] = weekday_names()
NUMBER_WORDS: dict[str, int] = dict(french.number_words())

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_RE = "|".join(WEEKDAYS)
_NUM_RE = r"\d{1,3}|" + "|".join(NUMBER_WORDS)
_YEAR_RE = r"(?:19|20)\d\d"
_WEEKEND = r"(?:week-?\s?end|we|wknd)"
_ARRETE_WORD = r"(?:arr?e?te?s?|ar|n°|no|numero|num)\.?"


def _easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous algorithm): Pâques, Ascension and Pentecôte move with it."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return date(year, month, day + 1)


_HOLIDAYS = {
    r"lundi de paques": lambda y: _easter(y) + timedelta(days=1),
    r"paques": _easter,
    r"jeudi de l'?\s?ascension|ascension": lambda y: _easter(y) + timedelta(days=39),
    r"lundi de (?:la )?pentecote": lambda y: _easter(y) + timedelta(days=50),
    r"pentecote": lambda y: _easter(y) + timedelta(days=49),
    r"noel": lambda y: date(y, 12, 25),
    r"saint-?\s?sylvestre|reveillon": lambda y: date(y, 12, 31),
    r"jour de l'?\s?an|nouvel an": lambda y: date(y, 1, 1),
    r"fete du travail": lambda y: date(y, 5, 1),
    r"fete nationale": lambda y: date(y, 7, 14),
    r"assomption": lambda y: date(y, 8, 15),
    r"toussaint": lambda y: date(y, 11, 1),
    r"armistice": lambda y: date(y, 11, 11),
}


# What may follow « le 19 » when it is not a day of the month: a time, an amount, a size, a street number…
_NOT_A_DAY = (
    r"\s*(?:h\b|h\d|heures?|:|/|\d|€|euros?|%|ans?\b|mois|jours?|fois|m\b|m2|km|kg|t\b|tonnes?|eme|e\b|"
    r"rue|avenue|chemin|route|place|impasse|allee|bis\b|ter\b|personnes?|places?|lots?|numero)"
)


def _num(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


RECENT_PAST_DAYS = 90


def _closest(today: date, month: int, day: int) -> date | None:
    """A day and month without a year: the next occurrence, unless it was less than three months ago.

    « le 3 mai » asked on 18 June is last month (a council meeting, a closure that happened);
    « le 1er mars » asked on 18 June is next March (a booking, a coming closure)."""
    horizon = today - timedelta(days=RECENT_PAST_DAYS)
    for year in (today.year - 1, today.year, today.year + 1):
        d = _safe_date(year, month, day)
        if d is not None and d >= horizon:
            return d
    return None


def _month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, monthrange(year, month)[1])


def _closest_month(today: date, month: int) -> tuple[date, date]:
    """Same rule as `_closest` for a whole month: the next one, unless it ended less than 3 months ago."""
    horizon = today - timedelta(days=RECENT_PAST_DAYS)
    for year in (today.year - 1, today.year, today.year + 1):
        rng = _month_range(year, month)
        if rng[1] >= horizon:
            return rng
    return _month_range(today.year + 1, month)


def _next_weekday(today: date, weekday: int, strictly_after: bool = False) -> date:
    delta = (weekday - today.weekday()) % 7
    if delta == 0 and strictly_after:
        delta = 7
    return today + timedelta(days=delta)


def _weekend(today: date, offset_weeks: int = 0) -> tuple[date, date]:
    """The current weekend if we are in it, else the coming one; shifted by whole weeks."""
    saturday = today - timedelta(days=1) if today.weekday() == 6 else _next_weekday(today, 5)
    saturday += timedelta(weeks=offset_weeks)
    return saturday, saturday + timedelta(days=1)


def _week(today: date, offset_weeks: int = 0) -> tuple[date, date]:
    monday = today - timedelta(days=today.weekday()) + timedelta(weeks=offset_weeks)
    return monday, monday + timedelta(days=6)


def _shift_month(today: date, months: int) -> tuple[date, date]:
    index = today.year * 12 + today.month - 1 + months
    return _month_range(index // 12, index % 12 + 1)


def _arrete_number(year: str | int, number: str | int) -> str:
    return f"{int(year)}-{int(number):03d}"


def _amount(number: str, decimals: str | None, multiplier: str | None) -> Decimal | None:
    digits = re.sub(r"[\s.\u00a0\u202f]", "", number)
    try:
        value = Decimal(digits + ("." + decimals if decimals else ""))
    except InvalidOperation:
        return None
    factor = {
        "k": 1000,
        "mille": 1000,
        "million": 10**6,
        "millions": 10**6,
        "milliard": 10**9,
        "milliards": 10**9,
    }.get((multiplier or "").strip(), 1)
    return value * factor


class _Claims:
    """Character spans already used by a higher-priority entity."""

    def __init__(self) -> None:
        self.spans: list[tuple[int, int]] = []

    def free(self, start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in self.spans)

    def take(self, start: int, end: int) -> None:
        self.spans.append((start, end))


def _rules(today: date):
    """(pattern, handler) in priority order; a handler returns [(type, value)] or None to skip the match."""

    def rel_day(days):
        return lambda m: [("date", today + timedelta(days=days))]

    def weekday_rule(m):
        qualifier, name, after = m.group("q"), m.group("wd"), m.group("after") or ""
        wd = WEEKDAYS[name]
        if "dernier" in after:
            d = today - timedelta(days=(today.weekday() - wd) % 7 or 7)
        elif "prochain" in after or (qualifier and "prochain" in qualifier):
            d = _next_weekday(today, wd, strictly_after=True)
        else:
            d = _next_weekday(today, wd)
        return [("weekday", wd), ("date", d)]

    def text_date(m):
        day = 1 if m.group("d") == "1er" else int(m.group("d"))
        month = MONTHS[m.group("m")]
        d = _safe_date(int(m.group("y")), month, day) if m.group("y") else _closest(today, month, day)
        return [("date", d)] if d else None

    def numeric_date(m):
        day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
        if year:
            y = int(year) + (2000 if len(year) == 2 else 0)
            d = _safe_date(y, month, day)
        else:
            d = _closest(today, month, day)
        return [("date", d)] if d else None

    def weekday_day(m):
        """« jeudi 12 »: the Thursday the 12th nearest ahead (or in the last two weeks)."""
        wd, day = WEEKDAYS[m.group("wd")], 1 if m.group("d") == "1er" else int(m.group("d"))
        d = today - timedelta(days=14)
        for _ in range(420):
            if d.day == day and d.weekday() == wd:
                return [("weekday", wd), ("date", d)]
            d += timedelta(days=1)
        return None

    def day_of_month(m):
        """« le 19 », « à partir du 19 » alone: the coming 19th (this month's, or next month's once it is
        past)."""
        day = 1 if m.group("d") == "1er" else int(m.group("d"))
        month_index = today.year * 12 + today.month - 1 + (day < today.day)
        d = _safe_date(month_index // 12, month_index % 12 + 1, day)
        return [("date", d)] if d else None

    def range_rule(m):
        month2 = MONTHS[m.group("m2")]
        month1 = MONTHS[m.group("m1")] if m.group("m1") else month2
        d1 = 1 if m.group("d1") == "1er" else int(m.group("d1"))
        d2 = 1 if m.group("d2") == "1er" else int(m.group("d2"))
        if m.group("y"):
            y = int(m.group("y"))
            start, end = _safe_date(y if month1 <= month2 else y - 1, month1, d1), _safe_date(y, month2, d2)
        else:
            start = _closest(today, month1, d1)
            end = start and _safe_date(start.year + (month2 < month1), month2, d2)
        return [("date_range", (start, end))] if start and end and start <= end else None

    def months_rule(m):
        """« de mars à octobre »: from the first of one month to the last of the other, the next such span."""
        start = _closest_month(today, MONTHS[m.group("m1")])[0]
        month2 = MONTHS[m.group("m2")]
        return [("date_range", (start, _month_range(start.year + (month2 < start.month), month2)[1]))]

    def month_rule(m):
        month = MONTHS[m.group("m")]
        rng = _month_range(int(m.group("y")), month) if m.group("y") else _closest_month(today, month)
        return [("date_range", rng)]

    def holiday(fn):
        def handler(m):
            d = fn(today.year)
            return [("date", d if d >= today else fn(today.year + 1))]

        return handler

    def time_rule(m):
        hour, minute = int(m.group("h")), int(m.group("mi") or 0)
        return [("time", time(hour, minute))] if hour < 24 and minute < 60 else None

    def amount_rule(m):
        value = _amount(m.group("n"), m.group("dec"), m.group("mult"))
        return [("amount", value)] if value is not None else None

    def year_range(m):
        y1, y2 = int(m.group(1)), int(m.group(2))
        return [("year", y1), ("year", y2)] if y2 == y1 + 1 else None

    def arrete_plain(m):
        return [("arrete_number", _arrete_number(m.group(1), m.group(2)))]

    def arrete_of_year(m):
        when = m.group("yr")
        year = (
            int(when)
            if when[0].isdigit()
            else today.year - ("dernier" in when or "derniere" in when or "passe" in when)
        )
        return [("arrete_number", _arrete_number(year, m.group("n")))]

    return [
        (
            rf"\b{_ARRETE_WORD}\s*(?:municipal\s+)?(?:n°|no|numero)?\s*(\d{{1,4}})\s?/\s?({_YEAR_RE})\b",
            lambda m: [("arrete_number", _arrete_number(m.group(2), m.group(1)))],
        ),
        (
            rf"\b{_ARRETE_WORD}\s*(?:municipal\s+)?(?:n°|no|numero)?\s*({_YEAR_RE})\s(\d{{1,4}})\b",
            arrete_plain,
        ),
        (
            rf"\b(?:arr?e?te?|n°|numero)\s+(?:n°|no|numero\s+)?(?P<n>\d{{1,4}})\s+(?:de|du)\s+"
            rf"(?P<yr>{_YEAR_RE}|cette annee|l'an dernier|l'annee derniere|l'an passe|l'annee passee)\b",
            arrete_of_year,
        ),
        (
            r"\b(\d{4})-(\d{2})-(\d{2})\b",
            lambda m: (
                [("date", d)]
                if (d := _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
                else None
            ),
        ),
        (
            rf"\bdu\s+(?P<d1>1er|\d{{1,2}})(?:\s+(?P<m1>{_MONTH_RE}))?\s+au\s+(?P<d2>1er|\d{{1,2}})\s+"
            rf"(?P<m2>{_MONTH_RE})\b(?:\s+(?P<y>{_YEAR_RE}))?",
            range_rule,
        ),
        (
            rf"\b(?:(?:{_WEEKDAY_RE})\s+)?(?P<d>1er|\d{{1,2}})\s+(?P<m>{_MONTH_RE})\b\.?(?:\s+(?P<y>{_YEAR_RE}))?",
            text_date,
        ),
        (
            rf"\b(?:(?:{_WEEKDAY_RE})\s+)?(\d{{1,2}})[/.](\d{{1,2}})(?:[/.](\d{{4}}|\d{{2}}))?\b(?![/.]\d)",
            numeric_date,
        ),
        (rf"\b(?P<wd>{_WEEKDAY_RE})\s+(?P<d>1er|\d{{1,2}})\b(?!\s*(?:h\b|heures?|:|/|\d))", weekday_day),
        (rf"\b(?:le|du)\s+(?P<d>1er|\d{{1,2}})\b(?!{_NOT_A_DAY})", day_of_month),
        (rf"\b({_YEAR_RE})\s?[-/]\s?({_YEAR_RE})\b", year_range),
        (rf"\b({_YEAR_RE})\s?[-/_.]\s?(\d{{1,4}})\b", arrete_plain),
        (
            r"(?P<n>\d{1,3}(?:[ .\u00a0\u202f]\d{3})+|\d+)(?:,(?P<dec>\d{1,2}))?\s?"
            r"(?P<mult>k|mille|millions?|"
            r"milliards?)?\s?(?:d'\s?|de\s)?(?:€|euros?\b|eur\b)",
            amount_rule,
        ),
        (r"\b(?:a\s+)?(?P<h>\d{1,2})\s?(?:h|heures?)\s?(?P<mi>\d{2})?\b(?!\s?/)", time_rule),
        (r"\b(?P<h>\d{1,2}):(?P<mi>\d{2})\b", time_rule),
        (r"(?<!apres-)(?<!apres )\bmidi\b", lambda m: [("time", time(12, 0))]),  # not « après-midi »
        (r"\bminuit\b", lambda m: [("time", time(0, 0))]),
        # « le marché de Noël », « les vacances de Pâques » name an event, not the holiday's date.
        *[(rf"(?<!\bde )(?<!\bdu )\b(?:{pattern})\b", holiday(fn)) for pattern, fn in _HOLIDAYS.items()],
        (r"\bapres[- ]demain\b", rel_day(2)),
        (r"\bavant[- ]hier\b", rel_day(-2)),
        (r"\b(?:aujourd'?\s?hui|auj|ajd|ce jour)\b", rel_day(0)),
        (
            r"\b(?:ce soir|ce matin|cet apres-?\s?midi|cet aprem|cette nuit|maintenant|en ce moment)\b",
            rel_day(0),
        ),
        (r"\b(?:demain|dmn|dem1)\b", rel_day(1)),
        (r"\bhier\b", rel_day(-1)),
        (
            rf"\bdans\s+(?P<n>{_NUM_RE})\s+jours?\b",
            lambda m: [("date", today + timedelta(days=_num(m.group("n"))))],
        ),
        (
            rf"\bdans\s+(?P<n>{_NUM_RE})\s+semaines?\b",
            lambda m: [("date", today + timedelta(weeks=_num(m.group("n"))))],
        ),
        (
            rf"\bil y a\s+(?P<n>{_NUM_RE})\s+jours?\b",
            lambda m: [("date", today - timedelta(days=_num(m.group("n"))))],
        ),
        (
            rf"\b(?:le\s+)?{_WEEKEND}\s+prochain\b|\bprochain\s+{_WEEKEND}\b",
            lambda m: [("date_range", _weekend(today, 1 if today.weekday() >= 5 else 0))],
        ),
        (rf"\b(?:le\s+)?{_WEEKEND}\s+dernier\b", lambda m: [("date_range", _weekend(today, -1))]),
        (rf"\bce\s+{_WEEKEND}\b", lambda m: [("date_range", _weekend(today))]),
        (r"\bcette semaine\b", lambda m: [("date_range", _week(today))]),
        (
            r"\b(?:la\s+)?semaine prochaine\b|\bprochaine semaine\b",
            lambda m: [("date_range", _week(today, 1))],
        ),
        (r"\b(?:la\s+)?semaine derniere\b", lambda m: [("date_range", _week(today, -1))]),
        (r"\bce mois(?:-?\s?ci)?\b", lambda m: [("date_range", _shift_month(today, 0))]),
        (r"\b(?:le\s+)?mois prochain\b", lambda m: [("date_range", _shift_month(today, 1))]),
        (r"\b(?:le\s+)?mois dernier\b", lambda m: [("date_range", _shift_month(today, -1))]),
        (
            rf"\b(?:de\s+|d'\s?|depuis\s+)(?:le\s+mois\s+de\s+)?(?P<m1>{_MONTH_RE})\s+(?:a|au|jusqu'?\s?(?:a|au|en))\s+"
            rf"(?:mois\s+de\s+|mois\s+d'\s?)?(?P<m2>{_MONTH_RE})\b",
            months_rule,
        ),
        (
            rf"\b(?:(?:en|au mois de|mois de|debut|fin|mi|de|depuis)\s+|d'\s?|mi-\s?)(?P<m>{_MONTH_RE})\b"
            rf"(?:\s+(?P<y>{_YEAR_RE}))?",
            month_rule,
        ),
        (rf"\b(?P<m>{_MONTH_RE})\s+(?P<y>{_YEAR_RE})\b", month_rule),
        (r"\bcette annee\b", lambda m: [("year", today.year)]),
        (r"\bl'?\s?(?:an|annee)\s+(?:derniere?|passee?)\b", lambda m: [("year", today.year - 1)]),
        (r"\bl'?\s?(?:an|annee)\s+prochaine?\b", lambda m: [("year", today.year + 1)]),
        (
            rf"\b(?P<q>ce\s+|cette\s+)?(?P<wd>{_WEEKDAY_RE})\b(?P<after>\s+(?:prochain|dernier))?",
            weekday_rule,
        ),
        (rf"\b({_YEAR_RE})\b", lambda m: [("year", int(m.group(1)))]),
    ]


_COMPILED: list[tuple[re.Pattern[str], str]] | None = None


def _compiled_rules(today: date):
    """Patterns are compiled once; handlers close over `today`, so they are rebuilt per call (cheap)."""
    global _COMPILED
    rules = _rules(today)
    if _COMPILED is None:
        _COMPILED = [(re.compile(p), p) for p, _ in rules]
    return [(c, h) for (c, _), (_, h) in zip(_COMPILED, rules, strict=True)]


def extract_entities(
    text: str, *, today: date | None = None, gazetteers: Gazetteers | None = None
) -> list[Entity]:
    """Every entity in `text`, sorted by position; dates resolve against `today` (default: the real today)."""
    today = today or date.today()
    claims = _Claims()
    entities: list[Entity] = []
    if gazetteers is not None:
        for ent in gazetteers.match(text):
            entities.append(ent)
            claims.take(ent.start, ent.end)
    folded = fold_keep_offsets(text)
    for pattern, handler in _compiled_rules(today):
        for m in pattern.finditer(folded):
            start, end = m.span()
            while end > start and folded[end - 1] == " ":
                end -= 1
            if start == end or not claims.free(start, end):
                continue
            produced = handler(m)
            if not produced:
                continue
            claims.take(start, end)
            for kind, value in produced:
                entities.append(Entity(kind, value, text[start:end], start, end))
    entities.sort(key=lambda e: (e.start, e.end, e.type))
    return _in_the_past(entities, text, today)


_YEAR = re.compile(r"\b\d{4}\b")


def _year_before(d: date) -> date:
    return _safe_date(d.year - 1, d.month, d.day) or date(d.year - 1, d.month, d.day - 1)


def _in_the_past(entities: list[Entity], text: str, today: date) -> list[Entity]:
    """« la route avait été fermée en février » asked in December: last February, not the next one. A
    month or a holiday (« c'était interdit à la Toussaint ? ») named without a year resolves to the
    coming one unless the question speaks of the past."""
    if not french.cues().found("past", text):
        return entities
    out = []
    for e in entities:
        raw = fold(e.text)
        dated = e.type in {"date", "date_range"} and not _YEAR.search(raw)
        holiday = next((fn for p, fn in _HOLIDAYS.items() if re.search(rf"\b(?:{p})\b", raw)), None)
        if dated and e.type == "date" and holiday is not None and e.value > today:
            e = Entity(e.type, holiday(e.value.year - 1), e.text, e.start, e.end)
        elif dated and any(re.search(rf"\b{m}\b", raw) for m in MONTHS):
            start = e.value[0] if e.type == "date_range" else e.value
            if start > today:
                value = (
                    (_year_before(e.value[0]), _year_before(e.value[1]))
                    if e.type == "date_range"
                    else _year_before(e.value)
                )
                e = Entity(e.type, value, e.text, e.start, e.end)
        out.append(e)
    return out
