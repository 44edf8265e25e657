"""OpenStreetMap `opening_hours` evaluated for a French commune, public holidays included.

Evaluation is delegated to opening-hours-py (a maintained implementation of the OSM specification);
we parse once (cached), clip its intervals to calendar days and phrase them in French.

Public holidays (`PH`): opening-hours-py knows the French calendar only when it is given
`country="FR"` — without it, `PH off` is silently ignored. With it, its calendar agrees day by day
with `holidays.France()` from 2008 to 2076 (tests/bot/test_hours.py checks every day); it stops in
2077, and for 2005–2007 it still counts the Lundi de Pentecôte. Names shown to residents
(« Fête nationale ») come from `holidays`. Alsace-Moselle's extra days (Vendredi saint, 26 décembre)
are not applied; `SH` (school holidays) is not known.

All datetimes are naive Europe/Paris local times, as residents and clerks write them.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays
from opening_hours import OpeningHours, ParserError, State

from bot.french import END_OF_DAY, format_date, format_time, format_time_range, join_fr

__all__ = [
    "HoursError",
    "describe_day",
    "describe_week",
    "holiday_name",
    "intervals_on",
    "is_open",
    "next_opening",
    "parse",
    "status_sentence",
]

COUNTRY = "FR"
PARIS = ZoneInfo("Europe/Paris")
LOOKAHEAD = timedelta(days=14)

Segment = tuple[datetime, datetime, State, str]


class HoursError(ValueError):
    """An `opening_hours` expression that cannot be read; the message is French and names it."""


# --- parsing -------------------------------------------------------------------------------------

_DAY = r"(?:Mo|Tu|We|Th|Fr|Sa|Su|PH|SH)"
# Frequent hand-typing slips in real OSM data, each repaired only when the strict parse failed.
_REPAIRS: list[tuple[re.Pattern[str], str]] = [
    # « PH=off » → « PH off »
    (re.compile(r"\b(PH|SH)\s*=\s*", re.IGNORECASE), r"\1 "),
    # « mo-sa » → « Mo-Sa »
    (re.compile(r"\b(mo|tu|we|th|fr|sa|su)\b", re.IGNORECASE), lambda m: m.group(1).capitalize()),
    # « 07:30-12:00 13:30-18:00 » → « 07:30-12:00,13:30-18:00 »
    (re.compile(r"(\d{1,2}:\d{2}-\d{1,2}:\d{2})\s+(?=\d{1,2}:\d{2}-)"), r"\1,"),
    # « Mo-Sa 07:00-19:00 Su 07:00-13:00 » → « Mo-Sa 07:00-19:00; Su 07:00-13:00 »
    (re.compile(rf"(\d{{1,2}}:\d{{2}}\+?|\boff|\bclosed)\s*,?\s+(?={_DAY}\b)"), r"\1; "),
]
_COMMENT_ONLY = re.compile(r'"[^"]*"')


def _repair(expr: str) -> str:
    """Fix common typing slips; never applied to expressions with quoted comments (free text)."""
    if '"' in expr:
        return expr
    for pattern, replacement in _REPAIRS:
        expr = pattern.sub(replacement, expr)
    return expr


def _error_position(message: str) -> str:
    match = re.search(r"-->\s*\d+:(\d+)", message)
    return f" (erreur vers le caractère {match.group(1)})" if match else ""


@lru_cache(maxsize=1024)
def parse(expr: str) -> OpeningHours:
    """Parse once per distinct expression; the same few horaires are asked about all day long.

    Raises HoursError (French message naming the expression) when it cannot be read, even after
    repairing the usual slips (« PH=off », lowercase days, a missing « ; » between rules).
    """
    if not isinstance(expr, str) or not expr.strip():
        raise HoursError("Horaires vides : aucune expression opening_hours à lire.")
    text = " ".join(expr.split())
    if _COMMENT_ONLY.fullmatch(text):
        # The library reads a lone comment as « open 24/7 »; it only tells something, so: unknown.
        text = f"unknown {text}"
    try:
        return OpeningHours(text, country=COUNTRY)
    except ParserError as exc:
        first_error = str(exc)
    try:
        return OpeningHours(_repair(text), country=COUNTRY)
    except ParserError:
        raise HoursError(
            f"Horaires illisibles : « {expr.strip()} » n'est pas au format OpenStreetMap "
            f"opening_hours{_error_position(first_error)}."
        ) from None


# --- evaluation ----------------------------------------------------------------------------------


def _local(at: datetime) -> datetime:
    """Naive Paris time. An aware datetime (Telegram's message dates are UTC) is converted first."""
    if at.tzinfo is None:
        return at
    return at.astimezone(PARIS).replace(tzinfo=None)


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)


def _segments(expr: str, start: datetime, end: datetime) -> list[Segment]:
    """Intervals of constant state between start and end, neighbours with equal state merged."""
    pieces = parse(expr).intervals(start, end)
    merged: list[Segment] = []
    for a, b, state, comment in pieces:
        a, b = max(a, start), min(b, end)
        if a >= b:
            continue
        if merged and merged[-1][2] == state and merged[-1][3] == comment and merged[-1][1] == a:
            merged[-1] = (merged[-1][0], b, state, comment)
        else:
            merged.append((a, b, state, comment))
    return merged


def _day_segments(expr: str, day: date) -> list[tuple[time, time, State, str]]:
    start = _midnight(day)
    end = start + timedelta(days=1)
    return [
        (a.time(), END_OF_DAY if b == end else b.time(), state, comment)
        for a, b, state, comment in _segments(expr, start, end)
    ]


def is_open(expr: str, at: datetime) -> bool:
    """True only when the expression says open; « unknown » (e.g. « sur rendez-vous ») is not open."""
    return parse(expr).is_open(_local(at))


def intervals_on(expr: str, day: date) -> list[tuple[time, time]]:
    """Opening intervals of that day, holidays applied; an opening that runs past midnight ends at
    `END_OF_DAY` (time.max, read « minuit ») and continues from 0:00 on the next day."""
    merged: list[tuple[time, time]] = []
    for a, b, state, _ in _day_segments(expr, day):
        if state != State.OPEN:
            continue
        if merged and merged[-1][1] == a:  # split only by a change of comment
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


@lru_cache(maxsize=16)
def _french_holidays(year: int) -> dict[date, str]:
    return dict(holidays.France(years=year, language="fr"))


def holiday_name(day: date) -> str | None:
    """French name of the public holiday (« Fête nationale », « Lundi de Pâques »), else None."""
    name = _french_holidays(day.year).get(day)
    # Two holidays on one day (Ascension on 8 mai) come as « Ascension; Fête de la Victoire ».
    return join_fr([part.strip() for part in name.split(";")]) if name else None


def _with_notes(text: str, notes: list[str]) -> str:
    notes = [note for note in notes if note]
    return f"{text} ({' ; '.join(notes)})" if notes else text


def _agree(adjective: str, feminine: bool) -> str:
    """« fermé » → « fermée » for « la mairie », « la déchèterie »…"""
    return adjective + "e" if feminine else adjective


def describe_day(expr: str, day: date, *, feminine: bool = False) -> str:
    """« de 8 h 30 à 12 h et de 14 h à 18 h », « fermé », « fermé (jour férié : Fête nationale) ».

    `feminine=True` agrees « fermée » with a feminine subject (« La mairie est fermée »).
    """
    segments = _day_segments(expr, day)
    holiday = holiday_name(day)
    holiday_note = f"jour férié : {holiday}" if holiday else ""
    shown = [s for s in segments if s[2] != State.CLOSED]
    if not shown:
        comments = list(dict.fromkeys(s[3] for s in segments if s[3]))
        return _with_notes(_agree("fermé", feminine), [holiday_note, *comments])
    if len(shown) == 1 and shown[0][0] == time(0) and shown[0][1] == END_OF_DAY:
        _, _, state, comment = shown[0]
        if state == State.OPEN:
            return _with_notes("24 h sur 24", [comment, holiday_note])
        return _with_notes(comment or "horaires à confirmer", [holiday_note])
    parts = []
    for a, b, state, comment in shown:
        note = comment or ("à confirmer" if state == State.UNKNOWN else "")
        parts.append(_with_notes(format_time_range(a, b), [note]))
    return _with_notes(join_fr(parts), [holiday_note])


def describe_week(expr: str, start: date, *, feminine: bool = False) -> list[tuple[date, str]]:
    """Seven consecutive days from `start`, each described as by `describe_day`."""
    days = [start + timedelta(days=i) for i in range(7)]
    return [(day, describe_day(expr, day, feminine=feminine)) for day in days]


def next_opening(expr: str, at: datetime) -> datetime | None:
    """First moment at or after `at` when it is open (`at` itself if open now), within 14 days.

    Returned as a naive Paris time, even when `at` was aware.
    """
    at = _local(at)
    for a, _, state, _ in _segments(expr, at, at + LOOKAHEAD):
        if state == State.OPEN:
            return a
    return None


def _moment(when: datetime, today: date) -> str:
    """« 12 h » today, « minuit » at the coming midnight, otherwise the full date and time."""
    if when == _midnight(today) + timedelta(days=1):
        return "minuit"
    if when.date() == today:
        return format_time(when.time())
    return f"{format_date(when.date())} à {format_time(when.time())}"


def status_sentence(expr: str, at: datetime, *, feminine: bool = False) -> str:
    """« ouvert en ce moment, jusqu'à 12 h » / « fermé en ce moment ; réouverture mercredi 18 juin 2025
    à 14 h » — the answer to « c'est ouvert ? » asked at `at`. `feminine=True`: « ouverte », « fermée »."""
    opened, closed_word = _agree("ouvert", feminine), _agree("fermé", feminine)
    at = _local(at)
    segments = _segments(expr, at, at + LOOKAHEAD)
    if not segments:  # zero-length window cannot happen, but never answer with an empty sentence
        return "horaires inconnus"
    _, end, state, comment = segments[0]
    if state == State.OPEN:
        # A change of comment alone is not a closing.
        for _, b, next_state, _ in segments[1:]:
            if next_state != State.OPEN:
                break
            end = b
        if end >= at + LOOKAHEAD:
            return _with_notes(f"{opened} en ce moment", [comment])
        return _with_notes(f"{opened} en ce moment, jusqu'à {_moment(end, at.date())}", [comment])
    if state == State.UNKNOWN:
        return _with_notes("horaires à confirmer en ce moment", [comment])
    holiday = holiday_name(at.date())
    closed = _with_notes(
        f"{closed_word} en ce moment", [f"jour férié : {holiday}" if holiday else "", comment]
    )
    reopening = next_opening(expr, at)
    if reopening is None:
        return f"{closed} ; pas de réouverture prévue dans les 14 prochains jours"
    # Always the full date, even later today: the reply may be read hours after it was sent.
    return f"{closed} ; réouverture {format_date(reopening.date())} à {format_time(reopening.time())}"
