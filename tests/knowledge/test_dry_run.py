# ruff: noqa: E501  (CSV fixture lines are kept whole, as a clerk would see them)
"""The import preview (dry run) reports exactly what the import would do, and changes nothing."""

import knowledge
from tests.conftest import DEMO

from .conftest import dump, make_pdf, one

HEADER = "ARR_ID;ARR_DATE;ARR_TYPE;ARR_OBJET;ARR_DEBUT;ARR_FIN;ARR_LIEU\n"
GOOD = "2025-001;2025-01-02;permanent;Stationnement interdit;;;rue Haute\n"
BAD = "2025-002;31/02/2025;permanent;Date impossible;;;rue Basse\n"


def test_preview_reports_like_the_import_and_changes_nothing(demo_conn, write):
    path = write("arretes.csv", HEADER + GOOD + BAD + "2025-003;2025-01-03;bizarre;Type inconnu;;;\n")
    before = dump(demo_conn)
    (preview,) = knowledge.preview_import(demo_conn, [path], skip_invalid=True)
    assert dump(demo_conn) == before
    assert preview.dry_run and preview.ok and (preview.added, preview.rejected) == (1, 2)
    assert [(e.path, e.line, e.column, e.value) for e in preview.errors] == [
        (str(path), 3, "ARR_DATE", "31/02/2025"),
        (str(path), 4, "ARR_TYPE", "bizarre"),
    ]
    # the rejected rows come back as written, under the file's own header
    assert preview.header == ["ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_OBJET", "ARR_DEBUT", "ARR_FIN", "ARR_LIEU"]
    assert preview.errors[0].cells == ("2025-002", "31/02/2025", "permanent", "Date impossible", "", "", "rue Basse")
    assert preview.rejects_path is None  # a preview writes no file
    (real,) = knowledge.import_paths(demo_conn, [path], skip_invalid=True)
    assert (real.added, real.updated, real.unchanged, real.rejected) == (
        preview.added, preview.updated, preview.unchanged, preview.rejected
    )
    assert [str(e) for e in real.errors] == [str(e) for e in preview.errors]
    assert not real.dry_run and knowledge.get_arrete(demo_conn, "2025-001") is not None


def test_preview_of_a_refused_file_and_of_every_kind(demo_conn, write, tmp_path):
    before = dump(demo_conn)
    refused = knowledge.preview_import(demo_conn, [write("a.csv", HEADER + GOOD + BAD)])[0]
    assert not refused.ok and refused.errors[0].line == 3
    pdf = make_pdf(
        tmp_path / "in" / "a.pdf",
        ["ARRÊTÉ N° 2031-001", "Fermeture de la rue du Four", "Fait à Vaulignac, le 1er mars 2031."],
    )
    reports = knowledge.import_paths(demo_conn, [tmp_path / "in", DEMO], dry_run=True)
    assert all(r.dry_run for r in reports) and len(reports) > 5
    assert [r.added for r in reports if r.path == str(pdf)] == [1]
    assert {r.kind for r in reports} >= {"profile", "fiches", "arretes", "budget", "annuaire"}
    assert dump(demo_conn) == before


def test_preview_then_import_of_the_same_file(conn, write):
    path = write("arretes.csv", HEADER + GOOD)
    assert one(conn, path, dry_run=True).added == 1
    assert one(conn, path).added == 1
    again = one(conn, path, dry_run=True)
    assert (again.added, again.unchanged) == (0, 1)
