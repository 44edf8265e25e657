"""`python -m knowledge`: French messages, exit codes, no traceback on user errors, documented commands."""

import subprocess
import sys

import click
from click.testing import CliRunner

from knowledge.cli import cli

from ..conftest import DEMO, REPO


def run(db, *args, input=None):
    result = CliRunner().invoke(cli, ["--db", str(db), *args], input=input)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def test_missing_db_explains_how_to_import(tmp_path):
    db = tmp_path / "absent.sqlite"
    for args in (["status"], ["search", "mairie"], ["fiches", "list"], ["inbox", "list"]):
        result = run(db, *args)
        assert result.exit_code == 1
        assert "python -m knowledge --db" in result.output and "import" in result.output
        assert "Traceback" not in result.output
    assert not db.exists()


def test_import_demo_status_history_search(tmp_path):
    db = tmp_path / "kb.sqlite"
    result = run(db, "import", str(DEMO))
    assert result.exit_code == 0, result.output
    assert "✔ commune.yml (profil de la commune) : 1 ajouté(s)" in result.output
    assert "REJETÉ" not in result.output
    assert "inchangé" in run(db, "import", str(DEMO)).output
    status = run(db, "status").output
    assert "Commune : Vaulignac-sur-Doucette" in status and "fiches pratiques actives" in status
    assert "Plan de comptes du budget : M57 M57_A 2024 (fourni avec Clocher)." in status
    assert "fiches.csv" in run(db, "history").output
    assert "[fiche" in run(db, "search", "carte d'identité").output


def test_rejected_file_exit_code_and_hint(tmp_path):
    bad = tmp_path / "arretes.csv"
    bad.write_text("ARR_ID,ARR_DATE,ARR_TYPE,ARR_OBJET\n1,2025-13-01,permanent,x\n2,2025-01-01,permanent,y\n")
    db = tmp_path / "kb.sqlite"
    result = run(db, "import", str(bad))
    assert result.exit_code == 1
    assert "arretes.csv, ligne 2, colonne « ARR_DATE », valeur « 2025-13-01 »" in result.output
    assert "--skip-invalid" in result.output
    result = run(db, "import", "--skip-invalid", str(bad))
    assert result.exit_code == 0 and "1 ajouté(s)" in result.output and "1 rejeté(s)" in result.output


def test_fiches_crud(tmp_path):
    db = tmp_path / "kb.sqlite"
    run(db, "init")
    out = run(
        db,
        "fiches",
        "add",
        "--question",
        "Où jeter le verre ?",
        "--reponse",
        "Au point d'apport volontaire.",
        "--variante",
        "verre|bouteilles",
        "--theme",
        "déchets",
    ).output
    assert "Fiche n° 1 ajoutée." in out
    assert "bouteilles" in run(db, "fiches", "show", "1").output
    assert "modifiée" in run(db, "fiches", "edit", "1", "--reponse", "Place du Marché.").output
    assert "Place du Marché." in run(db, "fiches", "show", "1").output
    assert "désactivée" in run(db, "fiches", "disable", "1").output
    assert "Où jeter le verre" not in run(db, "fiches", "list").output
    assert "[désactivée]" in run(db, "fiches", "list", "--tous").output
    assert "réactivée" in run(db, "fiches", "enable", "1").output
    assert run(db, "fiches", "delete", "1", input="n\n").exit_code == 1
    assert "supprimée" in run(db, "fiches", "delete", "1", "--yes").output
    missing = run(db, "fiches", "show", "1")
    assert missing.exit_code == 1 and "aucune fiche n° 1" in missing.output
    dup = run(db, "fiches", "add", "--question", "Q ?", "--reponse", "R")
    assert dup.exit_code == 0
    dup = run(db, "fiches", "add", "--question", "q", "--reponse", "R")
    assert dup.exit_code == 1 and "existe déjà" in dup.output


def test_inbox_unanswered_privacy_purge_export(tmp_path):
    import knowledge

    db = tmp_path / "kb.sqlite"
    conn = knowledge.open_kb(db)
    ref = knowledge.add_inbox_item(
        conn, "signalement", "77", "Lampadaire éteint", latitude=45.0, longitude=4.0
    ).reference
    qid = knowledge.add_unanswered(conn, "Horaires piscine ?", chat_id="77", reason="fallback")
    conn.close()
    assert ref in run(db, "inbox", "list").output
    shown = run(db, "inbox", "show", ref).output
    assert "Lampadaire éteint" in shown and "openstreetmap.org" in shown
    assert "le bot la transmettra" in run(db, "inbox", "answer", ref, "Réparé demain.").output
    assert "Réparé demain." in run(db, "inbox", "show", ref).output
    assert "clos" in run(db, "inbox", "close", ref).output
    assert "Aucun signalement" in run(db, "inbox", "list").output
    assert "Horaires piscine" in run(db, "unanswered", "list").output
    assert "traitée" in run(db, "unanswered", "resolve", str(qid)).output
    conn = knowledge.open_kb(db)
    later = knowledge.add_unanswered(conn, "Le marché a lieu quel jour ?", chat_id="77", reason="fallback")
    conn.close()
    answered = run(db, "unanswered", "answer", str(later), "Le mercredi matin.", "--par", "Martine").output
    assert "DEM-" in answered and "le bot la transmettra" in answered
    assert "Aucune question sans réponse" in run(db, "unanswered", "list").output
    assert "Lampadaire" in run(db, "privacy", "show", "77").output
    assert "4 enregistrement(s) effacé(s)" in run(db, "privacy", "erase", "77", "--yes").output
    assert "0 enregistrement(s)" in run(db, "purge", "--days", "30").output
    run(db, "import", str(DEMO))
    out = run(db, "export", str(tmp_path / "out")).output
    assert "fiches.csv" in out and (tmp_path / "out" / "commune.yml").exists()


def _commands(group, prefix=()):
    for name, cmd in group.commands.items():
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, (*prefix, name))
        else:
            yield (*prefix, name), cmd


def test_every_command_has_a_docstring_with_an_example():
    for path, cmd in _commands(cli):
        assert cmd.help and "Exemple : python -m knowledge" in cmd.help, " ".join(path)


def test_python_dash_m_entry_point(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "knowledge", "--db", str(tmp_path / "x.sqlite"), "status"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 1 and "import" in proc.stderr and "Traceback" not in proc.stderr


def test_a_mistyped_command_is_explained_in_french(tmp_path):
    db = tmp_path / "kb.sqlite"
    missing = run(db, "unanswered", "resolve")
    assert missing.exit_code == 2
    assert "Utilisation :" in missing.output and "unanswered resolve [OPTIONS] QID" in missing.output
    assert "Erreur : argument manquant : « QID »." in missing.output
    assert "Error" not in missing.output and "Usage" not in missing.output
    assert "n'est pas un nombre entier" in run(db, "unanswered", "resolve", "abc").output
    assert "commande inconnue : « improt ». Vouliez-vous dire « import » ?" in run(db, "improt", "x").output
    assert "Vouliez-vous dire « --format » ?" in run(db, "import", "--formt", "x").output
    refused = run(db, "status")  # a KnowledgeError: exit 1, French prefix
    assert refused.exit_code == 1 and refused.output.startswith("Erreur : ")
    helped = run(db, "fiches", "--help")
    assert helped.exit_code == 0
    assert "Utilisation :" in helped.output and "Commandes :" in helped.output


def test_french_message_keeps_what_it_does_not_know():
    from knowledge.cli_french import french_message

    assert french_message("Missing option '--days'.") == "option manquante : « --days »."
    assert french_message("Something new in click 9.") == "Something new in click 9."
