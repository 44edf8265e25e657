# ruff: noqa: E501  (CSV fixture lines are kept whole, as a clerk would see them)
"""Issue 14: broken, huge or oddly encoded files give a French error naming file and line, never a
traceback, and a refused file changes nothing (the base is compared by dump)."""

import tracemalloc
from decimal import Decimal

import pytest

import knowledge
from knowledge.importers.csvread import FieldError, FileRejected, decode, parse_amount, parse_int

from .conftest import dump, one

HEADER = "ARR_ID,ARR_DATE,ARR_TYPE,ARR_OBJET,ARR_LIEU\n"
ROWS = "".join(f"2025-{i:03d},2025-01-{i + 1:02d},permanent,Arrêté {i},rue {i}\n" for i in range(1, 10))


def test_unclosed_quote_swallowing_the_rest_is_refused(demo_conn, write):
    """Issue 14: « ✔ 3 ajouté(s) » while seven arrêtés became the text of one cell."""
    lines = ROWS.splitlines(keepends=True)
    text = HEADER + "".join(lines[:2]) + '2025-050,2025-02-01,permanent,"Objet ouvert,rue Basse\n' + "".join(lines[2:])
    before = dump(demo_conn)
    for skip in (False, True):
        report = one(demo_conn, write("arretes.csv", text), skip_invalid=skip)
        assert not report.ok and report.added == 0
        error = report.errors[0]
        assert (error.line, error.column) == (4, "ARR_OBJET")
        assert str(error).startswith("arretes.csv, ligne 4, colonne « ARR_OBJET »")
        assert "guillemet" in error.message and "Rien n'a été importé" in error.message
        assert dump(demo_conn) == before


def test_quotes_closed_on_the_last_line_or_spanning_lines_are_fine(conn, write):
    text = HEADER + ROWS + '2025-099,2025-03-01,permanent,"Objet sur\ndeux lignes, avec virgule",rue Haute'
    report = one(conn, write("a.csv", text))
    assert report.ok and report.added == 10
    assert knowledge.get_arrete(conn, "2025-099").objet == "Objet sur\ndeux lignes, avec virgule"


def test_huge_cell_is_a_french_error(conn, write):
    big = "x" * 200_000
    report = one(conn, write("a.csv", HEADER + ROWS + f'2025-077,2025-02-01,permanent,"{big}",rue\n'))
    assert not report.ok and report.errors[0].line == 11
    assert "dépasse 131\u202f072 caractères" in report.errors[0].message
    assert knowledge.import_paths(conn, [write("b.csv", HEADER + ROWS)])[0].ok  # nothing else broke


@pytest.mark.parametrize("value", ["9" * 400, "1e400", "-1E+400", "NaN", "Infinity", "1e14", "sNaN", "1" * 61, "1E1000000"])
def test_absurd_amounts_are_row_errors(value):
    with pytest.raises(FieldError):
        parse_amount(value, "BGT_MTPREV")


@pytest.mark.parametrize("value", ["9" * 400, "1e400", "-1E+400", "NaN", "Infinity", "1e15", "1e-400000000", "1E1000000"])
def test_absurd_whole_numbers_are_row_errors(value):
    with pytest.raises(FieldError):
        parse_int(value, "VOTE_POUR")


def test_reasonable_numbers_still_read():
    assert parse_amount("1 234 567,89", "X") == Decimal("1234567.89")
    assert parse_amount("1,5E+06", "X") == Decimal("1.5E+6")
    assert parse_int("742", "X") == 742


def test_absurd_numbers_in_a_file(conn, write):
    header = "DELIB_ID,DELIB_DATE,DELIB_OBJET,VOTE_POUR\n"
    report = one(conn, write("d.csv", header + f"D1,2025-01-01,Budget,{'9' * 400}\nD2,2025-01-01,Vote,1e400\n"))
    assert not report.ok and [e.line for e in report.errors] == [2, 3]
    assert all(e.column == "VOTE_POUR" for e in report.errors)


def test_billion_laughs_profile_is_refused_quickly_in_little_memory(conn, write):
    levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        levels.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    text = "nom: Lol\ncode_insee: '01999'\nmairie:\n  adresse: x\n" + "\n".join(levels) + "\n"
    before = dump(conn)
    tracemalloc.start()
    report = one(conn, write("commune.yml", text))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 20_000_000
    assert not report.ok and report.errors[0].line == 6 and "alias" in report.errors[0].message
    assert dump(conn) == before


@pytest.mark.parametrize(
    "text, line, words",
    [
        ("nom: Vaulignac\n\tcode_insee: '01999'\n", 2, "tabulation"),
        ("nom: Vaulignac: sur Doucette\n", 1, "deux-points"),
        ('nom: "Vaulignac\ncode_insee: 01999\n', 1, "guillemet"),
        ("mairie:\n  adresse: x\n telephone: y\n", 3, "décalage"),
        ("nom: " + "[" * 3000 + "]" * 3000 + "\n", 1, "imbriqués"),
        ("nom: [Vaulignac, Doucette]\ncode_insee: '01999'\nmairie:\n  adresse: x\n", None, "valeur simple"),
        ("nom: V\ncode_insee: '01999'\npopulation: 1e400\nmairie:\n  adresse: x\n", None, "population"),
        ("nom: V\ncode_insee: '01999'\npopulation: " + "9" * 400 + "\nmairie:\n  adresse: x\n", None, "population"),
    ],
)
def test_yaml_errors_say_where_and_what_in_french(conn, write, text, line, words):
    report = one(conn, write("commune.yml", text))
    assert not report.ok
    error = report.errors[0]
    assert error.line == line and words in error.message and str(error).startswith("commune.yml")
    assert "found" not in error.message and "token" not in error.message


FRENCH = "Fermeture de l'allée du Château, près de l'Église ; œuvre « à côté » : 12 € – déjà vu\n"


@pytest.mark.parametrize(
    "codec",
    ["utf-8", "utf-8-sig", "cp1252", "mac_roman", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"],
)
def test_every_encoding_a_french_office_writes(conn, write, codec):
    """Excel on a PC (Windows-1252), Excel for Mac « CSV Macintosh » (Mac Roman), « Texte Unicode »
    (UTF-16), and UTF-32, with or without a byte-order mark: the accents are read right."""
    text = "question;reponse\nÀ quelle heure ouvre la mairie ?;" + FRENCH.replace(";", ",") + "Où ?;Ici.\n"
    report = one(conn, write("fiches.csv", text, codec))
    assert report.ok and report.added == 2, report.errors
    assert not any("mixte" in w or "rétablis" in w for w in report.warnings)
    answers = {f.question: f.reponse for f in knowledge.list_fiches(conn)}
    assert answers["À quelle heure ouvre la mairie ?"] == FRENCH.replace(";", ",").strip()


def test_mac_roman_is_not_taken_for_windows_1252():
    data = "nom;ville\nCafé à l'angle;Élancourt\nÉpicerie;Saint-Étienne\nplain;ascii\n".encode("mac_roman")
    decoded = decode(data)
    assert decoded.encoding == "mac-roman" and "Café à l'angle" in decoded.text
    assert decoded.warnings == ["lu comme un « CSV Macintosh » (Mac Roman, Excel pour Mac)."]


def test_a_legacy_file_with_plain_lines_is_not_called_mixed():
    data = "nom;ville\nplain;ascii\nCafé;Rive-de-Gier\n".encode("cp1252")
    assert decode(data).encoding == "windows-1252" and not decode(data).warnings


def test_broken_utf16_is_an_encoding_problem(conn, write):
    report = one(conn, write("a.csv", b"\xff\xfe" + "question;reponse\n".encode("utf-16-le") + b"\x00\xd8"))
    assert not report.ok and "encodage" in report.errors[0].message


@pytest.mark.parametrize("name, magic", [("a.xlsx", b"PK\x03\x04"), ("a.ods", b"PK\x03\x04"), ("a.xls", b"\xd0\xcf\x11\xe0")])
def test_a_spreadsheet_file_says_save_as_csv(conn, write, name, magic):
    report = one(conn, write(name, magic + b"\x00" * 200))
    assert not report.ok and "enregistrez le classeur au format CSV" in report.errors[0].message


def test_a_hundred_thousand_extra_columns_warn_briefly(conn, write):
    extra = [f"colonne_en_trop_{i}" for i in range(100_000)]
    text = ";".join(["question", "reponse", *extra]) + "\nOù ?;Ici." + ";" * len(extra) + "\n"
    report = one(conn, write("fiches.csv", text))
    assert report.ok and report.added == 1
    assert len(" ".join(report.warnings)) < 600 and "100000 colonne(s) ignorée(s)" in report.warnings[0]


def test_profile_of_another_commune_is_refused(demo_conn, write):
    before = dump(demo_conn)
    text = "nom: Sainte-Exemple\ncode_insee: '01999'\nmairie:\n  adresse: 1 place de la Mairie\n"
    report = one(demo_conn, write("commune.yml", text))
    assert not report.ok and dump(demo_conn) == before
    message = report.errors[0].message
    assert "Sainte-Exemple (code INSEE 01999)" in message and "nouvelle-commune" in message


def test_file_rejected_is_an_exception_with_a_line():
    assert FileRejected("x", line=3).line == 3


def test_a_folder_of_workbooks_says_save_as_csv(tmp_path):
    from click.testing import CliRunner

    from knowledge.cli import cli

    folder = tmp_path / "classeurs"
    folder.mkdir()
    (folder / "fiches.xlsx").write_bytes(b"PK\x03\x04")
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "kb.sqlite"), "import", str(folder)])
    assert result.exit_code == 1 and "fiches.xlsx" in result.output and "enregistrez le classeur au format CSV" in result.output


def test_a_bug_on_some_file_is_a_french_refusal_not_a_traceback(conn, write, monkeypatch, caplog):
    from knowledge import importers

    def broken(*args):
        raise ZeroDivisionError("a bug")

    monkeypatch.setitem(importers.IMPORTERS, "fiches", broken)
    before = dump(conn)
    report = one(conn, write("fiches.csv", "question;reponse\nOù ?;Ici.\n"))
    assert not report.ok and report.errors[0].message == importers.UNEXPECTED
    assert dump(conn) == before and "ZeroDivisionError" in caplog.text


def test_the_cli_logs_a_bug_to_a_file_not_to_the_terminal(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from knowledge import importers
    from knowledge.cli import cli

    def broken(*args):
        raise ZeroDivisionError("a bug")

    monkeypatch.setitem(importers.IMPORTERS, "fiches", broken)
    path = tmp_path / "fiches.csv"
    path.write_text("question;reponse\nOù ?;Ici.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "kb.sqlite"), "import", str(path)])
    assert result.exit_code == 1 and "erreur inattendue" in result.output
    assert "Traceback" not in result.output and "ZeroDivisionError" not in result.output
    assert "ZeroDivisionError" in (tmp_path / "home" / "erreurs.log").read_text(encoding="utf-8")
