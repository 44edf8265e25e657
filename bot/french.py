"""French formats for every number, amount, date and time a resident reads.

Babel (CLDR data) gives the French names and grouping rules; we then normalise its output so the
strings are stable whatever the CLDR version: U+202F (narrow no-break space) between thousands,
U+00A0 (no-break space) before « € », an ASCII hyphen-minus for negatives, lowercase day and month
names, « 1er » for the first day of a month and « 8 h 30 » for times (the typographic rule of the
Imprimerie nationale, which is what French public services write).
"""

from __future__ import annotations

from datetime import date, time
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from babel.dates import get_day_names, get_month_names
from babel.numbers import format_decimal

__all__ = [
    "END_OF_DAY",
    "NARROW_NBSP",
    "NBSP",
    "format_date",
    "format_money",
    "format_number",
    "format_time",
    "format_time_range",
    "join_fr",
    "plural",
    "weekday_name",
]

LOCALE = "fr_FR"
NARROW_NBSP = "\u202f"  # thousands separator (espace fine insécable)
NBSP = "\u00a0"  # before the currency sign (espace insécable)

# A `time` cannot hold 24:00, so "until the end of the day" is spelt `time.max`; it reads « minuit ».
END_OF_DAY = time.max

_SPACES = ("\u00a0", "\u202f", "\u2009", " ")
_MINUS_SIGNS = ("\u2212", "\u2013")


def _to_decimal(value: Decimal | int | float) -> Decimal:
    """Convert without binary noise: 0.1 must stay 0.1, not 0.1000000000000000055…"""
    if isinstance(value, bool):
        raise TypeError("un booléen n'est pas un nombre")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, float):
        result = Decimal(repr(value))
    else:
        raise TypeError(f"nombre attendu, reçu {type(value).__name__}")
    if not result.is_finite():
        raise ValueError(f"nombre non fini : {value!r}")
    return result


def format_number(n: int | Decimal | float, decimals: int = 0) -> str:
    """« 1 234 », « 1 234,50 »: exactly `decimals` digits after the comma, rounded half up.

    Half-up (not banker's rounding) because that is what a resident checking a sum by hand expects.
    """
    if decimals < 0:
        raise ValueError("decimals doit être positif ou nul")
    quantum = Decimal(1).scaleb(-decimals)
    try:
        value = _to_decimal(n).quantize(quantum, rounding=ROUND_HALF_UP)
    except InvalidOperation as exc:  # more digits than the decimal context allows
        raise ValueError(f"nombre trop grand : {n!r}") from exc
    if value == 0:
        value = abs(value)  # never print « -0,00 »
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    text = format_decimal(value, format=pattern, locale=LOCALE, decimal_quantization=True)
    for space in _SPACES:
        text = text.replace(space, NARROW_NBSP)
    for minus in _MINUS_SIGNS:
        text = text.replace(minus, "-")
    return text


def format_money(amount: Decimal | int | float) -> str:
    """« 1 234,56 € » — always two decimals, as on a French budget or invoice."""
    return f"{format_number(amount, 2)}{NBSP}€"


def weekday_name(i: int) -> str:
    """0 → « lundi » … 6 → « dimanche » (same numbering as `date.weekday()`)."""
    if not 0 <= i <= 6:
        raise ValueError(f"jour de la semaine hors de 0 à 6 : {i}")
    return get_day_names("wide", locale=LOCALE)[i].lower()


def month_name(m: int) -> str:
    """1 → « janvier » … 12 → « décembre »."""
    if not 1 <= m <= 12:
        raise ValueError(f"mois hors de 1 à 12 : {m}")
    return get_month_names("wide", locale=LOCALE)[m].lower()


def format_date(d: date, *, weekday: bool = True, year: bool = True) -> str:
    """« mercredi 18 juin 2025 », « samedi 1er août 2026 » (French writes « 1er » for the first)."""
    day = "1er" if d.day == 1 else str(d.day)
    parts = [weekday_name(d.weekday())] if weekday else []
    parts += [day, month_name(d.month)]
    if year:
        parts.append(str(d.year))
    return " ".join(parts)


def format_time(t: time) -> str:
    """« 8 h 30 », « 12 h », « 0 h 15 »; `END_OF_DAY` (24:00) reads « minuit »."""
    if t == END_OF_DAY:
        return "minuit"
    return f"{t.hour} h" if t.minute == 0 else f"{t.hour} h {t.minute:02d}"


def format_time_range(a: time, b: time) -> str:
    """« de 8 h 30 à 12 h »; an end at 24:00 (`END_OF_DAY`, or 0:00 after a later start) is « minuit »."""
    end = "minuit" if b == END_OF_DAY or (b == time(0) and a != time(0)) else format_time(b)
    return f"de {format_time(a)} à {end}"


def join_fr(items: list[str]) -> str:
    """« a », « a et b », « a, b et c » — no Oxford comma in French."""
    items = [item for item in items if item]
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} et {items[-1]}"


def _plural_of(word: str) -> str:
    """Regular French plural: +s, unchanged after s/x/z, +x after -au/-eau/-eu."""
    if word.endswith(("s", "x", "z")):
        return word
    if word.endswith(("au", "eu")):
        return word + "x"
    return word + "s"


def plural(n: int | Decimal | float, singular: str, plural_form: str | None = None) -> str:
    """« 1 arrêté », « 3 arrêtés », « 0 arrêté », « 1,5 heure »: French uses the singular below 2."""
    value = _to_decimal(n)
    if value == value.to_integral_value():
        number = format_number(value)
    else:
        decimals = min(2, -value.normalize().as_tuple().exponent)
        number = format_number(value, decimals)
    word = singular if abs(value) < 2 else (plural_form or _plural_of(singular))
    return f"{number} {word}"
