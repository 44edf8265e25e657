"""Opening hours as a resident reads them, on fixed dates, French public holidays included."""

import csv
import statistics
import time as clock
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import holidays
import pytest

from bot.french import END_OF_DAY
from bot.hours import (
    HoursError,
    describe_day,
    describe_week,
    holiday_name,
    intervals_on,
    is_open,
    next_opening,
    parse,
    status_sentence,
)

MAIRIE = "Mo,Tu,Th,Fr 08:30-12:00; We 14:00-18:00; Sa 09:00-12:00; PH off"
SHARED = Path(__file__).resolve().parents[2].parent / "shared"

# (day, French name) — 2026 and 2025 so weekdays vary (14 juillet is a Tuesday, then a Monday).
HOLIDAYS = [
    (date(2026, 7, 14), "Fête nationale"),
    (date(2026, 5, 1), "Fête du Travail"),
    (date(2026, 4, 6), "Lundi de Pâques"),
    (date(2026, 5, 14), "Ascension"),
    (date(2026, 11, 11), "Armistice"),
    (date(2026, 12, 25), "Noël"),
    (date(2025, 7, 14), "Fête nationale"),
    (date(2025, 5, 1), "Fête du Travail"),
    (date(2025, 4, 21), "Lundi de Pâques"),
    (date(2025, 5, 29), "Ascension"),
    (date(2025, 11, 11), "Armistice"),
    (date(2025, 12, 25), "Noël"),
]


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute)


# --- the town hall of FORMATS.md ------------------------------------------------------------------


def test_mairie_on_wednesday_17_june_2026():
    wednesday = date(2026, 6, 17)
    assert intervals_on(MAIRIE, wednesday) == [(time(14), time(18))]
    assert describe_day(MAIRIE, wednesday) == "de 14 h à 18 h"
    assert not is_open(MAIRIE, at(wednesday, 10))
    assert is_open(MAIRIE, at(wednesday, 14))
    assert not is_open(MAIRIE, at(wednesday, 18))  # the end is exclusive
    assert status_sentence(MAIRIE, at(wednesday, 10)) == (
        "fermé en ce moment ; réouverture mercredi 17 juin 2026 à 14 h"
    )
    assert status_sentence(MAIRIE, at(wednesday, 15, 30)) == "ouvert en ce moment, jusqu'à 18 h"
    assert status_sentence(MAIRIE, at(wednesday, 18, 30)) == (
        "fermé en ce moment ; réouverture jeudi 18 juin 2026 à 8 h 30"
    )


def test_mairie_on_bastille_day_2026():
    bastille = date(2026, 7, 14)  # a Tuesday: normally open 8:30–12:00
    assert intervals_on(MAIRIE, bastille) == []
    assert not is_open(MAIRIE, at(bastille, 10))
    assert describe_day(MAIRIE, bastille) == "fermé (jour férié : Fête nationale)"
    assert status_sentence(MAIRIE, at(bastille, 10)) == (
        "fermé en ce moment (jour férié : Fête nationale) ; réouverture mercredi 15 juillet 2026 à 14 h"
    )
    assert next_opening(MAIRIE, at(bastille, 10)) == datetime(2026, 7, 15, 14)


def test_mairie_week_with_a_holiday():
    assert describe_week(MAIRIE, date(2026, 7, 13)) == [
        (date(2026, 7, 13), "de 8 h 30 à 12 h"),
        (date(2026, 7, 14), "fermé (jour férié : Fête nationale)"),
        (date(2026, 7, 15), "de 14 h à 18 h"),
        (date(2026, 7, 16), "de 8 h 30 à 12 h"),
        (date(2026, 7, 17), "de 8 h 30 à 12 h"),
        (date(2026, 7, 18), "de 9 h à 12 h"),
        (date(2026, 7, 19), "fermé"),
    ]


def test_feminine_subject():
    bastille = date(2026, 7, 14)
    assert describe_day(MAIRIE, bastille, feminine=True) == "fermée (jour férié : Fête nationale)"
    assert describe_week(MAIRIE, date(2026, 7, 13), feminine=True)[6] == (date(2026, 7, 19), "fermée")
    assert status_sentence(MAIRIE, datetime(2026, 6, 17, 15), feminine=True) == (
        "ouverte en ce moment, jusqu'à 18 h"
    )
    assert status_sentence(MAIRIE, datetime(2026, 6, 17, 10), feminine=True) == (
        "fermée en ce moment ; réouverture mercredi 17 juin 2026 à 14 h"
    )


def test_comment_change_does_not_split_an_opening():
    expr = 'Mo 08:00-12:00 "accueil", Mo 10:00-12:00 open "état civil"'
    monday = date(2026, 6, 15)
    assert intervals_on(expr, monday) == [(time(8), time(12))]
    assert describe_day(expr, monday) == "de 8 h à 10 h (accueil) et de 10 h à 12 h (état civil)"
    assert status_sentence(expr, datetime(2026, 6, 15, 9)) == "ouvert en ce moment, jusqu'à 12 h (accueil)"


def test_aware_datetimes_are_read_in_paris_time():
    # Telegram gives UTC: 12:30 UTC on 17 June 2026 is 14:30 in Paris (summer time).
    utc = datetime(2026, 6, 17, 12, 30, tzinfo=UTC)
    assert is_open(MAIRIE, utc)
    assert status_sentence(MAIRIE, utc) == "ouvert en ce moment, jusqu'à 18 h"
    winter = datetime(2026, 12, 16, 12, 30, tzinfo=UTC)  # 13:30 in Paris
    assert not is_open(MAIRIE, winter)
    assert next_opening(MAIRIE, winter) == datetime(2026, 12, 16, 14)


def test_two_intervals_a_day():
    expr = "Mo-Fr 08:30-12:00,14:00-18:00; PH off"
    monday = date(2026, 6, 15)
    assert intervals_on(expr, monday) == [(time(8, 30), time(12)), (time(14), time(18))]
    assert describe_day(expr, monday) == "de 8 h 30 à 12 h et de 14 h à 18 h"
    assert status_sentence(expr, at(monday, 12, 30)) == (
        "fermé en ce moment ; réouverture lundi 15 juin 2026 à 14 h"
    )
    assert status_sentence(expr, at(monday, 11)) == "ouvert en ce moment, jusqu'à 12 h"


# --- public holidays ------------------------------------------------------------------------------


@pytest.mark.parametrize(("day", "name"), HOLIDAYS)
def test_public_holiday_closed_with_ph_off(day, name):
    expr = "Mo-Su 08:00-18:00; PH off"
    assert holiday_name(day) == name
    assert intervals_on(expr, day) == []
    assert not is_open(expr, at(day, 9))
    assert describe_day(expr, day) == f"fermé (jour férié : {name})"
    # The day before and after are ordinary days.
    for other in (day - timedelta(days=1), day + timedelta(days=1)):
        if holiday_name(other) is None:
            assert intervals_on(expr, other) == [(time(8), time(18))]


@pytest.mark.parametrize(("day", "name"), HOLIDAYS)
def test_public_holiday_special_hours(day, name):
    expr = "Mo-Su 08:00-18:00; PH 10:00-12:00"
    assert intervals_on(expr, day) == [(time(10), time(12))]
    assert not is_open(expr, at(day, 9))
    assert is_open(expr, at(day, 11))
    assert not is_open(expr, at(day, 15))
    assert describe_day(expr, day) == f"de 10 h à 12 h (jour férié : {name})"


def test_holiday_name_other_days():
    assert holiday_name(date(2026, 6, 17)) is None
    assert holiday_name(date(2026, 5, 25)) == "Lundi de Pentecôte"
    assert holiday_name(date(2026, 1, 1)) == "Jour de l'an"
    assert holiday_name(date(2026, 8, 15)) == "Assomption"


def test_ph_matches_holidays_france_on_every_day():
    """PH is evaluated by opening-hours-py, names come from `holidays`: they agree on every day of
    2008–2076 (the library's calendar stops in 2077)."""
    for year in range(2008, 2077):
        expected = set(holidays.France(years=year))
        day = date(year, 1, 1)
        while day.year == year:
            assert is_open("PH", at(day, 12)) == (day in expected), day
            day += timedelta(days=1)


def test_consecutive_and_double_holidays():
    expr = "Mo-Su 08:00-18:00; PH off"
    assert describe_day(expr, date(2024, 5, 8)) == "fermé (jour férié : Fête de la Victoire)"
    assert describe_day(expr, date(2024, 5, 9)) == "fermé (jour férié : Ascension)"
    assert describe_day(expr, date(2024, 5, 10)) == "de 8 h à 18 h"
    assert holiday_name(date(2070, 5, 8)) == "Ascension et Fête de la Victoire"
    assert describe_day(expr, date(2070, 5, 8)) == "fermé (jour férié : Ascension et Fête de la Victoire)"


def test_ph_in_rules_keeps_rule_order_and_comments():
    thursday = date(2026, 5, 14)  # Ascension
    # A later rule overrides PH off, exactly as in the specification.
    assert describe_day("Mo-Fr 08:00-12:00; PH off; Th 14:00-16:00", thursday) == (
        "de 14 h à 16 h (jour férié : Ascension)"
    )
    assert describe_day("Mo-Fr 08:00-12:00; Su,PH off", thursday) == "fermé (jour férié : Ascension)"
    assert describe_day("Mo-Fr 08:00-12:00; Sa,PH 09:00-11:00", thursday) == (
        "de 9 h à 11 h (jour férié : Ascension)"
    )
    # « PH » inside a comment is text, not a selector.
    expr = 'Mo-Fr 08:00-12:00 "PH : voir affichage"'
    assert describe_day(expr, thursday) == "de 8 h à 12 h (PH : voir affichage) (jour férié : Ascension)"
    # The day after a holiday.
    assert describe_day("Mo-Fr 08:00-12:00; PH +1 day off", date(2026, 5, 15)) == "fermé"
    assert describe_day("Mo-Fr 08:00-12:00; PH +1 day off", date(2026, 5, 22)) == "de 8 h à 12 h"


# --- edge cases of the syntax ---------------------------------------------------------------------


def test_open_past_midnight():
    expr = "Fr 20:00-02:00"
    friday, saturday = date(2026, 7, 17), date(2026, 7, 18)
    assert intervals_on(expr, friday) == [(time(20), END_OF_DAY)]
    assert intervals_on(expr, saturday) == [(time(0), time(2))]
    assert describe_day(expr, friday) == "de 20 h à minuit"
    assert describe_day(expr, saturday) == "de 0 h à 2 h"
    assert status_sentence(expr, at(friday, 21)) == (
        "ouvert en ce moment, jusqu'à samedi 18 juillet 2026 à 2 h"
    )


def test_until_midnight():
    assert describe_day("11:00-24:00", date(2026, 7, 13)) == "de 11 h à minuit"
    assert status_sentence("11:00-24:00", datetime(2026, 7, 13, 22)) == "ouvert en ce moment, jusqu'à minuit"


def test_always_open():
    assert describe_day("24/7", date(2026, 6, 17)) == "24 h sur 24"
    assert describe_day("24/7", date(2026, 7, 14)) == "24 h sur 24 (jour férié : Fête nationale)"
    assert intervals_on("24/7", date(2026, 6, 17)) == [(time(0), END_OF_DAY)]
    assert status_sentence("24/7", datetime(2026, 6, 17, 3)) == "ouvert en ce moment"
    assert next_opening("24/7", datetime(2026, 6, 17, 3)) == datetime(2026, 6, 17, 3)


def test_never_open_within_two_weeks():
    expr = "2026 Dec 01-2026 Dec 31 10:00-12:00"
    assert next_opening(expr, datetime(2026, 6, 17, 9)) is None
    assert status_sentence(expr, datetime(2026, 6, 17, 9)) == (
        "fermé en ce moment ; pas de réouverture prévue dans les 14 prochains jours"
    )
    assert next_opening(expr, datetime(2026, 11, 25, 9)) == datetime(2026, 12, 1, 10)


def test_comments_are_shown():
    expr = 'Mo-Fr 08:00-12:00 "sur rendez-vous"'
    monday = date(2026, 6, 15)
    assert describe_day(expr, monday) == "de 8 h à 12 h (sur rendez-vous)"
    assert status_sentence(expr, at(monday, 9)) == "ouvert en ce moment, jusqu'à 12 h (sur rendez-vous)"


def test_comment_alone_is_not_open():
    expr = '"Ouvert les midis du jeudi au lundi"'
    assert not is_open(expr, datetime(2026, 6, 15, 12))
    assert intervals_on(expr, date(2026, 6, 15)) == []
    assert describe_day(expr, date(2026, 6, 15)) == "Ouvert les midis du jeudi au lundi"
    assert status_sentence(expr, datetime(2026, 6, 15, 12)) == (
        "horaires à confirmer en ce moment (Ouvert les midis du jeudi au lundi)"
    )


def test_next_opening_when_already_open_is_now():
    assert next_opening(MAIRIE, datetime(2026, 6, 15, 9)) == datetime(2026, 6, 15, 9)
    assert next_opening(MAIRIE, datetime(2026, 6, 20, 12)) == datetime(2026, 6, 22, 8, 30)


# --- bad input --------------------------------------------------------------------------------------


@pytest.mark.parametrize("expr", ["Mo-Fr 25:00-26:99 blah", "24-juil", "Tu-Fr ??:00-21:00", "lundi 9h-12h"])
def test_bad_expression_raises_french_error(expr):
    with pytest.raises(HoursError) as info:
        parse(expr)
    message = str(info.value)
    assert message.startswith("Horaires illisibles : « ")
    assert f"« {expr} »" in message
    assert "n'est pas au format OpenStreetMap opening_hours" in message
    assert isinstance(info.value, ValueError)
    with pytest.raises(HoursError):
        describe_day(expr, date(2026, 6, 17))


@pytest.mark.parametrize("expr", ["", "   "])
def test_empty_expression(expr):
    with pytest.raises(HoursError, match="Horaires vides"):
        parse(expr)


@pytest.mark.parametrize(
    ("typed", "monday_reading"),
    [
        ("Tu-Sa 10:00-12:30,14:00-19:00; PH=off", "fermé"),
        ("mo-fr 08:00-12:00", "de 8 h à 12 h"),
        ("Mo-Fr 07:30-12:00 13:30-18:00", "de 7 h 30 à 12 h et de 13 h 30 à 18 h"),
        ("Mo-Sa 06:00-19:00 Su 06:00-13:00", "de 6 h à 19 h"),
    ],
)
def test_common_typing_slips_are_repaired(typed, monday_reading):
    assert describe_day(typed, date(2026, 6, 15)) == monday_reading


def test_repaired_rule_separator_keeps_meaning():
    expr = "Mo-Sa 06:00-19:00 Su 06:00-13:00"
    assert describe_day(expr, date(2026, 6, 21)) == "de 6 h à 13 h"  # Sunday
    assert (
        describe_day("Tu-Sa 10:00-12:30; PH=off", date(2026, 7, 14)) == "fermé (jour férié : Fête nationale)"
    )


# --- speed and real data ----------------------------------------------------------------------------


def test_parse_is_cached_and_one_day_is_fast():
    assert parse(MAIRIE) is parse(MAIRIE)
    day = date(2026, 6, 17)
    timings = []
    for i in range(300):
        start = clock.perf_counter()
        intervals_on(MAIRIE, day + timedelta(days=i % 60))
        timings.append(clock.perf_counter() - start)
    assert statistics.median(timings) < 0.001


def _real_expressions() -> list[str]:
    folder = SHARED / "data" / "real" / "acteurs-saint-etienne-metropole"
    if not folder.is_dir():
        pytest.skip("../shared is absent")
    values = []
    for path in sorted(folder.glob("*.csv")):
        raw = path.read_bytes()
        # Mixed UTF-8 / Windows-1252 lines: decode each line with whichever works.
        lines = []
        for line in raw.splitlines(keepends=True):
            try:
                lines.append(line.decode("utf-8"))
            except UnicodeDecodeError:
                lines.append(line.decode("cp1252"))
        for row in csv.DictReader("".join(lines).splitlines(keepends=True), delimiter=";"):
            value = (row.get("opening_hours") or "").strip()
            if value:
                values.append(value)
    return sorted(set(values))


def test_real_osm_expressions_parse_or_fail_cleanly():
    expressions = _real_expressions()
    assert len(expressions) > 100
    unreadable = []
    for expr in expressions:
        try:
            describe_week(expr, date(2026, 7, 13))
            status_sentence(expr, datetime(2026, 7, 14, 10))
        except HoursError:
            unreadable.append(expr)
    assert len(unreadable) / len(expressions) < 0.02, unreadable
