# ruff: noqa: E501  (CSV fixture lines are kept whole, as a clerk would see them)
"""Every rejected row is written, with its line and reason, to a CSV a French spreadsheet opens right."""

import csv
import io
import os

import pytest
from click.testing import CliRunner

import knowledge
from knowledge.cli import cli

from .conftest import one

HEADER = "ARR_ID;ARR_DATE;ARR_TYPE;ARR_OBJET;ARR_LIEU\n"


def _bad_file(n_bad: int) -> str:
    good = "2025-001;2025-01-02;permanent;Stationnement interdit;rue Haute\n"
    bad = "".join(f"2025-1{i:02d};2025-02-30;permanent;Jour impossible n° {i};place du Marché\n" for i in range(n_bad))
    return HEADER + good + bad + '2025-999;2025-03-01;bizarre;"Objet sur\ndeux lignes";\n'


def _read(path):
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel shows the accents right
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


def test_every_rejected_row_is_written_next_to_the_file(conn, write):
    path = write("arretes.csv", _bad_file(25))
    report = one(conn, path, skip_invalid=True)
    assert report.ok and report.rejected == 26
    assert report.rejects_path == str(path.with_name("arretes.rejets.csv"))
    rows = _read(path.with_name("arretes.rejets.csv"))
    assert rows[0] == ["ligne", "colonne", "valeur", "erreur", "ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_OBJET", "ARR_LIEU"]
    assert len(rows) == 1 + 26  # all of them, not the 20 the terminal shows
    assert rows[1][:4] == ["3", "ARR_DATE", "2025-02-30", "date impossible (jour ou mois hors limites)"]
    assert rows[1][4:] == ["2025-100", "2025-02-30", "permanent", "Jour impossible n° 0", "place du Marché"]
    assert rows[-1][0] == "28" and rows[-1][7] == "Objet sur\ndeux lignes"


def test_a_refused_file_lists_its_rows_too_and_the_cli_says_where(tmp_path, write):
    path = write("arretes.csv", _bad_file(2))
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "kb.sqlite"), "import", str(path)])
    assert result.exit_code == 1
    assert f"toutes les lignes rejetées, avec leur ligne et le motif : {path.with_name('arretes.rejets.csv')}" in result.output
    assert len(_read(path.with_name("arretes.rejets.csv"))) == 4


def test_fixed_rejects_import_again_and_folders_skip_them(conn, write):
    path = write("arretes.csv", _bad_file(1))
    one(conn, path, skip_invalid=True)
    rejects = path.with_name("arretes.rejets.csv")
    fixed = rejects.read_text(encoding="utf-8-sig").replace("2025-02-30", "2025-02-28").replace("bizarre", "permanent")
    rejects.write_text(fixed, encoding="utf-8-sig")
    again = one(conn, rejects)
    assert again.ok and again.added == 2 and any("ligne, colonne, valeur, erreur" in w for w in again.warnings)
    reports = knowledge.import_paths(conn, [path.parent])
    assert [os.path.basename(r.path) for r in reports] == ["arretes.csv"]


@pytest.mark.skipif(os.name != "posix", reason="folder modes")
def test_read_only_folder_sends_the_file_under_clocher_home(conn, write, tmp_path):
    path = write("arretes.csv", _bad_file(1))
    path.parent.chmod(0o555)
    try:
        report = one(conn, path, skip_invalid=True)
    finally:
        path.parent.chmod(0o755)
    expected = tmp_path / "home" / "rejets" / "arretes.rejets.csv"  # CLOCHER_HOME is tmp_path/home in tests
    assert report.rejects_path == str(expected) and len(_read(expected)) == 3
    assert not path.with_name("arretes.rejets.csv").exists()


def test_a_clean_import_or_a_preview_writes_nothing(conn, write):
    path = write("arretes.csv", _bad_file(1))
    assert one(conn, path, dry_run=True, skip_invalid=True).rejects_path is None
    assert not path.with_name("arretes.rejets.csv").exists()
    clean = write("b.csv", HEADER + "2025-001;2025-01-02;permanent;Stationnement interdit;rue Haute\n")
    assert one(conn, clean).rejects_path is None and not clean.with_name("b.rejets.csv").exists()
