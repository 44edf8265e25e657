from datetime import date
from decimal import Decimal

import pytest

from knowledge.importers.csvread import (
    FieldError,
    FileRejected,
    clean,
    decode,
    normalise_phone,
    parse_amount,
    parse_date,
    parse_int,
    read_csv,
)


def test_decode_utf8_bom_and_cp1252():
    assert decode("\ufeffÉté".encode()).text == "Été"
    assert decode("Été à l'école".encode("cp1252")).text == "Été à l'école"


def test_decode_mixed_lines():
    data = b"nom;ville\n" + "Boulangerie;Saint-Étienne\n".encode() + "Café;Rive-de-Gier\n".encode("cp1252")
    decoded = decode(data)
    assert decoded.text.splitlines() == ["nom;ville", "Boulangerie;Saint-Étienne", "Café;Rive-de-Gier"]
    assert decoded.encoding == "mixte"
    assert decoded.warnings


def test_decode_a_line_mixing_both_encodings():
    """A real OpenStreetMap extract has « d\xe9partemental » and « Saint-\xc3\x89tienne » on one line."""
    line = "Service départemental;Saint-".encode("cp1252") + "Étienne".encode()
    decoded = decode(b"nom;ville\n" + line + b"\n" + "Café;Lyon\n".encode())
    assert decoded.text.splitlines()[1] == "Service départemental;Saint-Étienne"
    assert decoded.encoding == "mixte" and decoded.warnings


def test_binary_is_rejected():
    with pytest.raises(FileRejected, match="binaire"):
        decode(b"\x00\x01\x02PK\x03\x04" * 10)


def test_separator_quotes_and_multiline_cells():
    table = read_csv("x.csv", 'Nom ; "Catégorie"\r\n"Mairie de\r\nVillars";"mairie;annexe"\r\n'.encode())
    assert table.separator == ";"
    assert table.keys == ["nom", "categorie"]
    rows = list(table.rows())
    assert rows == [(2, {"nom": "Mairie de\r\nVillars", "categorie": "mairie;annexe"})]


def test_line_numbers_count_physical_lines():
    table = read_csv("x.csv", b'a,b\n1,"x\ny"\n2,z\n')
    assert [line for line, _ in table.rows()] == [2, 4]


@pytest.mark.parametrize("value", ["NC", "na", "N/A", "-", "", "  "])
def test_placeholders_are_missing(value):
    assert clean(value) is None


def test_dates():
    assert parse_date("2025-03-03", "d") == date(2025, 3, 3)
    assert parse_date("03/03/2025", "d") == date(2025, 3, 3)
    assert parse_date(None, "d") is None
    with pytest.raises(FieldError) as err:
        parse_date("31/02/2025", "ARR_DATE")
    assert err.value.column == "ARR_DATE" and err.value.value == "31/02/2025"
    with pytest.raises(FieldError):
        parse_date("mars 2025", "d")


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("1234.56", "1234.56"),
        ("1234,56", "1234.56"),
        ("1 234,56", "1234.56"),
        ("1\u00a0234,56", "1234.56"),
        ("1\u202f234,56 €", "1234.56"),
        ("1.234,56", "1234.56"),
        ("-12", "-12"),
        ("0", "0"),
    ],
)
def test_amounts(raw, expected):
    assert parse_amount(raw, "m") == Decimal(expected)


def test_bad_amount_and_int():
    with pytest.raises(FieldError):
        parse_amount("douze", "m")
    with pytest.raises(FieldError):
        parse_int("1,5", "n")
    assert parse_int("12.0", "n") == 12


def test_phone_normalisation():
    assert normalise_phone("33477732124") == "04 77 73 21 24"
    assert normalise_phone("+33 4 77 19 57 06") == "04 77 19 57 06"
    assert normalise_phone("0474275130") == "04 74 27 51 30"
    assert normalise_phone("3615") == "3615"
