"""French formats exactly as a resident reads them (spaces spelt out: U+202F fine, U+00A0 before €)."""

from datetime import date, time
from decimal import Decimal

import pytest

from bot.french import (
    END_OF_DAY,
    format_date,
    format_money,
    format_number,
    format_time,
    format_time_range,
    join_fr,
    plural,
    weekday_name,
)

FINE = "\u202f"
NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (Decimal("1234.56"), f"1{FINE}234,56{NBSP}€"),
        (1234, f"1{FINE}234,00{NBSP}€"),
        (0, f"0,00{NBSP}€"),
        (0.1 + 0.2, f"0,30{NBSP}€"),
        (Decimal("-1234.5"), f"-1{FINE}234,50{NBSP}€"),
        (Decimal("2.675"), f"2,68{NBSP}€"),  # half up, not banker's rounding
        (Decimal("-0.001"), f"0,00{NBSP}€"),  # never « -0,00 »
        (1234567.891, f"1{FINE}234{FINE}567,89{NBSP}€"),
        (999, f"999,00{NBSP}€"),
    ],
)
def test_format_money(amount, expected):
    assert format_money(amount) == expected


def test_format_money_rejects_non_numbers():
    with pytest.raises(TypeError):
        format_money("12")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        format_money(True)
    with pytest.raises(ValueError):
        format_money(float("nan"))


@pytest.mark.parametrize(
    ("n", "decimals", "expected"),
    [
        (1234, 0, f"1{FINE}234"),
        (1234567, 0, f"1{FINE}234{FINE}567"),
        (800, 0, "800"),
        (-12345, 0, f"-12{FINE}345"),
        (Decimal("3.14159"), 2, "3,14"),
        (Decimal("1234.5"), 1, f"1{FINE}234,5"),
        (Decimal("0.5"), 0, "1"),
        (12.5, 3, "12,500"),
    ],
)
def test_format_number(n, decimals, expected):
    assert format_number(n, decimals) == expected


@pytest.mark.parametrize(
    ("d", "kwargs", "expected"),
    [
        (date(2025, 6, 18), {}, "mercredi 18 juin 2025"),
        (date(2026, 8, 1), {}, "samedi 1er août 2026"),
        (date(2026, 2, 1), {"weekday": False}, "1er février 2026"),
        (date(2026, 12, 25), {"year": False}, "vendredi 25 décembre"),
        (date(2026, 7, 14), {"weekday": False, "year": False}, "14 juillet"),
        (date(2027, 1, 31), {}, "dimanche 31 janvier 2027"),
    ],
)
def test_format_date(d, kwargs, expected):
    assert format_date(d, **kwargs) == expected


@pytest.mark.parametrize(
    ("t", "expected"),
    [
        (time(8, 30), "8 h 30"),
        (time(12, 0), "12 h"),
        (time(0, 15), "0 h 15"),
        (time(0, 0), "0 h"),
        (time(14, 5), "14 h 05"),
        (time(23, 59), "23 h 59"),
        (END_OF_DAY, "minuit"),
    ],
)
def test_format_time(t, expected):
    assert format_time(t) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (time(8, 30), time(12, 0), "de 8 h 30 à 12 h"),
        (time(14, 0), time(17, 45), "de 14 h à 17 h 45"),
        (time(20, 0), END_OF_DAY, "de 20 h à minuit"),
        (time(20, 0), time(0, 0), "de 20 h à minuit"),
        (time(0, 0), END_OF_DAY, "de 0 h à minuit"),
    ],
)
def test_format_time_range(a, b, expected):
    assert format_time_range(a, b) == expected


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        ([], ""),
        (["la mairie"], "la mairie"),
        (["lundi", "mardi"], "lundi et mardi"),
        (["lundi", "mardi", "jeudi"], "lundi, mardi et jeudi"),
        (["a", "", "b"], "a et b"),
    ],
)
def test_join_fr(items, expected):
    assert join_fr(items) == expected


def test_weekday_name():
    assert [weekday_name(i) for i in range(7)] == [
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
    ]
    assert weekday_name(date(2026, 6, 17).weekday()) == "mercredi"
    with pytest.raises(ValueError):
        weekday_name(7)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((1, "arrêté"), "1 arrêté"),
        ((3, "arrêté"), "3 arrêtés"),
        ((0, "arrêté"), "0 arrêté"),
        ((2, "travail", "travaux"), "2 travaux"),
        ((2, "bureau"), "2 bureaux"),
        ((5, "avis"), "5 avis"),
        ((1500, "habitant"), f"1{FINE}500 habitants"),
        ((Decimal("1.5"), "heure"), "1,5 heure"),
        ((2.25, "heure"), "2,25 heures"),
    ],
)
def test_plural(args, expected):
    assert plural(*args) == expected
