# ruff: noqa: E501  (CSV fixture lines are kept whole, as a clerk would see them)
"""Issue 12: re-importing the fiches file never silently undoes a clerk's edit; --remplacer takes the file's."""

import sqlite3

from click.testing import CliRunner

import knowledge
from knowledge.cli import cli
from knowledge.migrations import MIGRATIONS, apply_pending
from knowledge.textnorm import stem_text

from .conftest import dump, one

V1 = "question;reponse;theme\nHoraires de la mairie ?;Du lundi au vendredi.;mairie\nOù est la poste ?;Place de l'Église.;poste\n"


def _by_question(conn):
    return {f.question: f for f in knowledge.list_fiches(conn, include_disabled=True)}


def test_an_edited_fiche_is_kept_and_the_conflict_listed(conn, write):
    path = write("fiches.csv", V1)
    one(conn, path)
    fiche = _by_question(conn)["Horaires de la mairie ?"]
    knowledge.edit_fiche(conn, fiche.id, reponse="Du lundi au samedi matin.")
    report = one(conn, path)
    assert report.ok and (report.updated, report.unchanged) == (0, 1)
    assert len(report.conflicts) == 1 and f"fiche n° {fiche.id}" in report.conflicts[0]
    assert "--remplacer" in report.conflicts[0]
    assert knowledge.get_fiche(conn, fiche.id).reponse == "Du lundi au samedi matin."
    replaced = one(conn, path, replace_edited=True)
    assert replaced.updated == 1 and not replaced.conflicts
    assert knowledge.get_fiche(conn, fiche.id).reponse == "Du lundi au vendredi."
    # the file is the reference again: the next import updates as usual
    v2 = write("fiches.csv", V1.replace("Du lundi au vendredi.", "Du mardi au vendredi."))
    assert one(conn, v2).updated == 1 and knowledge.get_fiche(conn, fiche.id).reponse == "Du mardi au vendredi."


def test_a_rewritten_question_is_still_the_same_fiche(conn, write):
    path = write("fiches.csv", V1)
    one(conn, path)
    fiche = _by_question(conn)["Où est la poste ?"]
    knowledge.edit_fiche(conn, fiche.id, question="Où se trouve le bureau de poste ?")
    report = one(conn, path)
    assert (report.added, report.removed) == (0, 0) and len(report.conflicts) == 1
    assert len(knowledge.list_fiches(conn)) == 2
    assert knowledge.get_fiche(conn, fiche.id).question == "Où se trouve le bureau de poste ?"
    one(conn, path, replace_edited=True)
    assert knowledge.get_fiche(conn, fiche.id).question == "Où est la poste ?"
    assert len(knowledge.list_fiches(conn)) == 2


def test_an_edited_fiche_dropped_from_the_file_is_kept(conn, write):
    path = write("fiches.csv", V1)
    one(conn, path)
    fiche = _by_question(conn)["Où est la poste ?"]
    knowledge.set_fiche_enabled(conn, fiche.id, False)
    shorter = write("fiches.csv", V1.splitlines(keepends=True)[0] + V1.splitlines(keepends=True)[1])
    report = one(conn, shorter)
    assert report.removed == 0 and "absente du fichier" in report.conflicts[0]
    assert knowledge.get_fiche(conn, fiche.id) is not None
    assert one(conn, shorter, replace_edited=True).removed == 1


def test_same_content_as_the_clerk_is_no_conflict(conn, write):
    path = write("fiches.csv", V1)
    one(conn, path)
    fiche = _by_question(conn)["Horaires de la mairie ?"]
    knowledge.edit_fiche(conn, fiche.id, reponse="Du lundi au samedi.")
    agreed = write("fiches.csv", V1.replace("Du lundi au vendredi.", "Du lundi au samedi."))
    report = one(conn, agreed)
    assert report.unchanged == 2 and not report.conflicts
    later = write("fiches.csv", V1.replace("Du lundi au vendredi.", "Le matin."))
    assert one(conn, later).updated == 1  # she and the file agreed: the file leads again


def test_a_clerks_own_fiche_is_not_replaced_by_a_file(conn, write):
    fiche = knowledge.add_fiche(conn, "Horaires de la mairie ?", "Tous les matins.")
    before = dump(conn)
    report = one(conn, write("fiches.csv", V1), dry_run=True)
    assert len(report.conflicts) == 1 and report.added == 1 and dump(conn) == before
    one(conn, write("fiches.csv", V1))
    assert knowledge.get_fiche(conn, fiche.id).reponse == "Tous les matins."


def test_cli_lists_conflicts_and_takes_remplacer(tmp_path, write):
    db = tmp_path / "kb.sqlite"
    path = write("fiches.csv", V1)
    runner = CliRunner()
    runner.invoke(cli, ["--db", str(db), "import", str(path)])
    runner.invoke(cli, ["--db", str(db), "fiches", "edit", "1", "--reponse", "Autre."])
    result = runner.invoke(cli, ["--db", str(db), "import", str(path)])
    assert result.exit_code == 0 and "conflit : fiche n° 1 « Horaires de la mairie ? » modifiée par le secrétariat" in result.output
    result = runner.invoke(cli, ["--db", str(db), "import", str(path), "--remplacer"])
    assert "1 mis à jour" in result.output and "conflit" not in result.output


def test_migration_upgrades_a_populated_file(tmp_path):
    """m006 on a base made by m001–m005: imported fiches get their import key, none counts as edited."""
    path = tmp_path / "old.sqlite"
    old = sqlite3.connect(path, isolation_level=None)
    old.create_function("stem_text", 1, stem_text)
    apply_pending(old, MIGRATIONS[:5])
    old.execute(
        "INSERT INTO fiches(question_key, question, reponse, source_file) VALUES "
        "('horaires de la mairie', 'Horaires de la mairie ?', 'Du lundi au vendredi.', 'fiches.csv'), "
        "('mon ajout', 'Mon ajout ?', 'Oui.', NULL)"
    )
    old.close()
    conn = knowledge.open_kb(path)
    rows = {r["question"]: (r["import_key"], r["edited_at"]) for r in conn.execute("SELECT * FROM fiches")}
    assert rows == {"Horaires de la mairie ?": ("horaires de la mairie", None), "Mon ajout ?": (None, None)}
