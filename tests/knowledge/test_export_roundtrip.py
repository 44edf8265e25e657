# ruff: noqa: E501  (CSV fixture lines are kept whole, as a clerk would see them)
"""Issue 12: `knowledge export` writes what a French spreadsheet opens right, and `knowledge import` reads
it back unchanged — residents' inbox and unanswered questions included."""

import csv
import io

import knowledge

from .conftest import dump, make_pdf, one
from .test_idempotence_export import _content

CEREMA = (
    "ID,COLL_NOM,COLL_INSEE,ARR_DATE,ARR_REF,ARR_OBJET,EMPRISE_DESIGNATION,REGL_MODALITE,VEH_TYPES,VEH_TONNAGE\n"
    "1,Commune,01999,2018-01-15,NC,NC,Route de Cagnes,Interdit,Poids lourds,26\n"
    "2,Commune,01999,2018-01-15,NC,NC,Chemin du Taude,Interdit,Poids lourds,19\n"
)
TRICKY = 'Réponse ; avec « guillemets » "doubles", un retour\nà la ligne, NC et 12,50 €'


def _populate(conn, write, tmp_path):
    knowledge.add_fiche(conn, "Où payer la cantine ?", TRICKY, variantes=["cantine ; prix", "NC"], theme="école")
    one(conn, write("cerema.csv", CEREMA))
    make_pdf(tmp_path / "a.pdf", ["ARRÊTÉ N° 2030-001", "Fermeture de la rue du Four", "Fait à Vaulignac, le 1er mars 2030."])
    assert one(conn, tmp_path / "a.pdf").ok
    sig = knowledge.add_inbox_item(
        conn, "signalement", "123456789", "Trou ; rue du Four\n« dangereux » \x1b[31mNC",
        photo_file_id="AgACAgQAAx", latitude=45.123456789, longitude=4.5,
    )
    knowledge.answer_inbox(conn, sig.reference, "Rebouché ; merci !", by="Martine")
    knowledge.mark_delivered(conn, sig.reference)
    knowledge.add_inbox_item(conn, "demande", "987", "-")
    knowledge.add_unanswered(conn, "la piscine c ouvert ? ; 12 €", chat_id="123456789", reason="fallback")
    qid = knowledge.add_unanswered(conn, "NA", chat_id=None, reason="erreur technique")
    knowledge.resolve_unanswered(conn, qid)


def _residents(conn):
    inbox = [tuple(r)[1:] for r in conn.execute("SELECT * FROM inbox ORDER BY reference")]
    questions = [tuple(r)[1:] for r in conn.execute("SELECT * FROM unanswered ORDER BY created_at, question")]
    return inbox, questions


def test_export_opens_in_a_french_spreadsheet_and_imports_back_unchanged(demo_conn, write, tmp_path):
    _populate(demo_conn, write, tmp_path)
    written = knowledge.export_kb(demo_conn, tmp_path / "export")
    names = {p.name for p in written}
    assert {"signalements-et-demandes.csv", "questions-sans-reponse.csv", "fiches.csv", "arretes.csv"} <= names
    for path in written:
        if path.suffix == ".csv":
            data = path.read_bytes()
            assert data.startswith(b"\xef\xbb\xbf"), path.name  # UTF-8 with BOM
            header = data[3:].split(b"\r\n", 1)[0].decode("utf-8")
            assert ";" in header and "," not in header, path.name  # a French Excel splits on « ; »
    fiches = list(csv.reader(io.StringIO((tmp_path / "export" / "fiches.csv").read_text(encoding="utf-8-sig"), newline=""), delimiter=";"))
    assert any(TRICKY in row for row in fiches)

    fresh = knowledge.open_kb(tmp_path / "fresh.sqlite")
    reports = knowledge.import_paths(fresh, [tmp_path / "export"])
    assert all(r.ok and not r.errors for r in reports), [str(e) for r in reports for e in r.errors]
    assert {r.kind for r in reports} >= {"inbox", "unanswered"}
    assert _content(fresh) == _content(demo_conn)
    assert _residents(fresh) == _residents(demo_conn)
    unnumbered = [a for a in knowledge.recent_arretes(fresh, 100) if a.numero is None]
    assert [a.source.title for a in unnumbered] == ["Arrêté du 15 janvier 2018"]

    # the same files again: nothing changes; and an export of the copy is the same, byte for byte
    def without_history(text):
        return [line for line in text.splitlines() if not line.startswith('INSERT INTO "imports"')]

    before = without_history(dump(fresh))
    assert all(r.added == r.updated == r.removed == 0 for r in knowledge.import_paths(fresh, [tmp_path / "export"]))
    assert without_history(dump(fresh)) == before
    knowledge.export_kb(fresh, tmp_path / "export2")
    for path in written:
        assert (tmp_path / "export2" / path.name).read_bytes() == path.read_bytes(), path.name


def test_export_command_names_personal_files_and_errors_in_french(demo_db, tmp_path):
    from click.testing import CliRunner

    from knowledge.cli import cli

    conn = knowledge.open_kb(demo_db)
    knowledge.add_unanswered(conn, "question ?", chat_id="1", reason="fallback")
    conn.close()
    result = CliRunner().invoke(cli, ["--db", str(demo_db), "export", str(tmp_path / "out")])
    assert result.exit_code == 0
    assert "questions-sans-reponse.csv (données personnelles des habitants" in result.output
    blocked = tmp_path / "fichier"
    blocked.write_text("x")
    result = CliRunner().invoke(cli, ["--db", str(demo_db), "export", str(blocked / "sous-dossier")])
    assert result.exit_code == 1 and "impossible d'écrire dans" in result.output and "Traceback" not in result.output


def test_bad_inbox_rows_are_named(conn, write):
    text = "reference;type;conversation;recu_le;statut;message\nSIG-2026-0001;plainte;1;2026-01-01T10:00:00+00:00;ouvert;x\nSIG-2026-0002;signalement;1;hier;ouvert;y\n"
    report = one(conn, write("signalements-et-demandes.csv", text))
    assert not report.ok and [(e.line, e.column) for e in report.errors] == [(2, "type"), (3, "recu_le")]


def test_restoring_an_old_backup_never_undoes_newer_work(conn, tmp_path):
    item = knowledge.add_inbox_item(conn, "signalement", "5", "Lampadaire éteint")
    qid = knowledge.add_unanswered(conn, "horaires piscine ?", chat_id="5", reason="fallback")
    knowledge.export_kb(conn, tmp_path / "old")
    knowledge.answer_inbox(conn, item.reference, "Réparé.")
    knowledge.resolve_unanswered(conn, qid)
    reports = knowledge.import_paths(conn, [tmp_path / "old"])
    assert all(r.ok and r.added == 0 for r in reports)
    assert sum(any("gardés" in w for w in r.warnings) for r in reports) == 2
    assert knowledge.get_inbox_item(conn, item.reference).answer == "Réparé."
    assert knowledge.list_unanswered(conn) == []
