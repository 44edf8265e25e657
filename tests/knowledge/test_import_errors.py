# ruff: noqa: E501  (CSV fixture lines are kept whole, as a clerk would see them)
"""Bad input gives a clear error naming file, line, column and value, and loses nothing."""

import os

import pytest

import knowledge

from .conftest import one

HEADER = "ARR_ID,ARR_DATE,ARR_TYPE,ARR_OBJET,ARR_DEBUT,ARR_FIN,ARR_LIEU\n"
GOOD = "2025-001,2025-01-02,permanent,Stationnement interdit,,,rue Haute\n"


def _count(conn, table="arretes"):
    return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_missing_required_column_names_it(conn, write):
    report = one(conn, write("a.csv", "ARR_ID,ARR_DATE,ARR_OBJET\n1,2025-01-01,x\n"))
    assert not report.ok
    assert "ARR_TYPE" in str(report.errors[0]) and "a.csv" in str(report.errors[0])


def test_bad_row_is_named_and_file_changes_nothing(conn, write):
    one(conn, write("a.csv", HEADER + GOOD))
    bad = HEADER + "2025-001,2025-01-02,permanent,Changed,,,rue Haute\n2025-002,31/02/2025,permanent,X,,,\n"
    report = one(conn, write("a.csv", bad))
    assert not report.ok and report.rejected == 1 and report.added == report.updated == 0
    err = report.errors[0]
    assert (err.line, err.column, err.value) == (3, "ARR_DATE", "31/02/2025")
    assert str(err).startswith("a.csv, ligne 3, colonne « ARR_DATE », valeur « 31/02/2025 »")
    assert knowledge.get_arrete(conn, "2025-001").objet == "Stationnement interdit"
    assert conn.execute("SELECT count(*) FROM imports").fetchone()[0] == 1


def test_skip_invalid_imports_good_rows_and_lists_bad_ones(conn, write):
    text = (
        HEADER
        + GOOD
        + "2025-002,2025-01-03,bizarre,X,,,\n2025-003,2025-01-04,temporaire,Y,2025-02-01,2025-01-01,\n"
    )
    report = one(conn, write("a.csv", text), skip_invalid=True)
    assert report.ok and (report.added, report.rejected) == (1, 2)
    assert [(e.line, e.column) for e in report.errors] == [(3, "ARR_TYPE"), (4, "ARR_FIN")]
    assert _count(conn) == 1


def test_duplicate_keys(conn, write):
    text = HEADER + GOOD + "2025-01,2025-01-05,permanent,Doublon,,,\n"
    report = one(conn, write("a.csv", text))
    assert not report.ok and "double" in report.errors[0].message and report.errors[0].line == 3
    report = one(conn, write("a.csv", text), skip_invalid=True)
    assert report.added == 1 and knowledge.get_arrete(conn, "2025-001").objet == "Stationnement interdit"


def test_empty_file(conn, write):
    report = one(conn, write("vide.csv", b""))
    assert not report.ok and "vide" in str(report.errors[0])


def test_header_only(conn, write):
    report = one(conn, write("a.csv", HEADER))
    assert report.ok and report.added == 0 and any("en-tête seul" in w for w in report.warnings)


def test_truncated_file(conn, write):
    report = one(conn, write("a.csv", HEADER + GOOD + "2025-002,2025-01-0"))
    assert not report.ok and report.errors[0].line == 3
    # A quote left open at the end: the file was cut inside a cell, whose text may be incomplete (issue 14).
    report = one(conn, write("b.csv", HEADER + GOOD + '2025-002,2025-01-03,permanent,"Objet coupé'))
    assert not report.ok and report.errors[0].line == 3 and "guillemet" in report.errors[0].message
    assert knowledge.get_arrete(conn, "2025-002") is None


def test_binary_junk(conn, write):
    report = one(conn, write("a.csv", os.urandom(4096)))
    assert not report.ok
    report = one(conn, write("b.csv", bytes(range(256)) * 20), fmt="arretes")
    assert not report.ok and ("binaire" in str(report.errors[0]) or "illisible" in str(report.errors[0]))
    assert _count(conn) == 0


def test_a_cut_pdf_is_refused_in_french_only(conn, write, caplog):
    """A PDF cut short (a failed download) is refused with « PDF illisible », and pypdf's own warning in
    English (« EOF marker not found ») does not reach the clerk's screen."""
    report = one(conn, write("arrete-2025-001.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"))
    assert not report.ok and "PDF illisible" in str(report.errors[0])
    assert not [r for r in caplog.records if r.name.startswith("pypdf")]


def test_wrong_encodings_are_read_right(conn, write):
    text = HEADER + "2025-009,2025-01-02,permanent,Fermeture de l'allée du Château,,,allée du Château\n"
    for i, enc in enumerate(["cp1252", "utf-16", "utf-8-sig"]):
        report = one(conn, write(f"a{i}.csv", text, enc))
        assert report.ok, (enc, report.errors)
        assert knowledge.get_arrete(conn, "2025-009").lieux == ("allée du Château",)


def test_zip_or_xlsx_renamed_csv(conn, write):
    report = one(conn, write("a.csv", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"\x00" * 100))
    assert not report.ok and "binaire" in str(report.errors[0])


def test_missing_path_is_an_error(conn, tmp_path):
    with pytest.raises(knowledge.KnowledgeError, match="introuvable"):
        knowledge.import_paths(conn, [tmp_path / "nope.csv"])


@pytest.mark.slow
def test_fifty_megabyte_file(conn, tmp_path, capsys):
    """50 MB of arrêtés with their full text (as PDFs would give): imports in one go, with a progress bar."""
    path = tmp_path / "gros.csv"
    header = HEADER.strip() + ",ARR_TEXTE\n"
    paragraph = (
        "Considérant la nécessité de réglementer la circulation et le stationnement pendant les travaux "
        "de réfection de la chaussée, le stationnement est interdit des deux côtés de la voie. "
    ) * 9
    i = 0
    with path.open("w", encoding="utf-8") as fh:
        fh.write(header)
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(
                f'{i},2025-01-02,temporaire,Travaux n° {i},2025-01-05,2025-01-09,rue {i % 3000},"{paragraph}"\n'
            )
            i += 1
    assert path.stat().st_size >= 50 * 1024 * 1024
    report = one(conn, path, progress=True)
    assert report.ok and report.added == i == _count(conn)
    assert knowledge.get_arrete(conn, str(i - 1)).lieux == (f"rue {(i - 1) % 3000}",)
    assert "lignes" in capsys.readouterr().err  # the tqdm progress bar
