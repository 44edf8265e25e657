# ruff: noqa: E501  (commands are kept whole, as a clerk types them)
"""Issue 12: a new commune starts clean, in its own folder, and --db is accepted wherever it is written."""

import shutil
import subprocess

import pytest
from click.testing import CliRunner

import knowledge
from knowledge.cli import cli
from tests.conftest import DEMO, REPO

from .conftest import dump, one

FILLED = {
    'nom: ""': 'nom: "Sainte-Exemple"',
    'code_insee: ""': 'code_insee: "01999"',
    'adresse: ""': 'adresse: "1 place de la Mairie, 01999 Sainte-Exemple"',
    'telephone: ""': 'telephone: "04 74 00 00 00"',
}


def _invoke(*args):
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def test_new_commune_folder_base_and_template(tmp_path):
    folder = tmp_path / "communes" / "sainte-exemple"
    result = _invoke("nouvelle-commune", folder)
    assert result.exit_code == 0, result.output
    db, profile = folder / "clocher.sqlite", folder / "commune.yml"
    assert f"CLOCHER_HOME={folder} make run" in result.output
    text = profile.read_text(encoding="utf-8")
    assert text.startswith("# Profil de la commune") and "obligatoire" in text and str(db) in text
    # the untouched template is refused with a plain message, and the base stays empty
    conn = knowledge.open_kb(db)
    refused = one(conn, profile)
    assert not refused.ok and "« nom » absent ou vide" in refused.errors[0].message
    for empty, filled in FILLED.items():
        text = text.replace(empty, filled, 1)
    profile.write_text(text, encoding="utf-8")
    report = one(conn, profile)
    assert report.ok and knowledge.get_commune(conn).nom == "Sainte-Exemple"
    assert knowledge.list_fiches(conn) == [] and knowledge.recent_arretes(conn) == []
    conn.close()
    # a second time: the folder holds a commune now, nothing is overwritten
    again = _invoke("nouvelle-commune", folder)
    assert again.exit_code == 1 and "c'est la base de Sainte-Exemple" in again.output
    assert profile.read_text(encoding="utf-8") == text


def test_new_commune_refuses_a_file_and_keeps_an_own_profile(tmp_path):
    (tmp_path / "f").write_text("x")
    assert "est un fichier" in _invoke("nouvelle-commune", tmp_path / "f").output
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "commune.yml").write_text("nom: Mienne\n", encoding="utf-8")
    result = _invoke("nouvelle-commune", folder)
    assert result.exit_code == 0 and "Profil existant gardé" in result.output
    assert (folder / "commune.yml").read_text(encoding="utf-8") == "nom: Mienne\n"


def test_init_on_the_demo_says_what_it_holds(demo_db):
    result = _invoke("init", "--db", demo_db)
    assert "contient déjà la commune Vaulignac-sur-Doucette" in result.output
    assert "nouvelle-commune" in result.output


@pytest.mark.parametrize(
    "args",
    [
        ["--db", "{db}", "status"],
        ["status", "--db", "{db}"],
        ["fiches", "--db", "{db}", "list"],
        ["fiches", "list", "--db", "{db}"],
        ["--db", "{other}", "fiches", "list", "--db", "{db}"],  # the last one written wins
    ],
)
def test_db_is_accepted_before_or_after_the_command(demo_db, tmp_path, args):
    other = tmp_path / "autre.sqlite"
    result = _invoke(*[a.format(db=demo_db, other=other) for a in args])
    assert result.exit_code == 0, result.output
    assert "Vaulignac" in result.output or "Horaires" in result.output or "carte" in result.output
    assert not other.exists()


def test_import_with_db_after_the_paths(tmp_path):
    db = tmp_path / "kb.sqlite"
    result = _invoke("import", DEMO / "commune.yml", "--db", db)
    assert result.exit_code == 0 and "1 ajouté(s)" in result.output
    assert knowledge.get_commune(knowledge.open_kb(db, readonly=True)).nom == "Vaulignac-sur-Doucette"


def test_another_communes_profile_leaves_the_base_as_it_was(demo_conn, tmp_path):
    before = dump(demo_conn)
    folder = tmp_path / "se"
    _invoke("nouvelle-commune", folder)
    text = (folder / "commune.yml").read_text(encoding="utf-8")
    for empty, filled in FILLED.items():
        text = text.replace(empty, filled, 1)
    (folder / "commune.yml").write_text(text, encoding="utf-8")
    report = one(demo_conn, folder / "commune.yml")
    assert not report.ok and "une base ne sert qu'à une commune" in report.errors[0].message
    assert dump(demo_conn) == before


def _make(*args, env=None):
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    base = {"PATH": "/usr/bin:/bin", "HOME": "/tmp"}
    # -n: print the recipes without running any of them (no install, no bot); -B: as on a fresh clone,
    # whatever this checkout already built (a var/clocher.sqlite would hide the demo's import)
    out = subprocess.run(
        ["make", "-n", "-s", "-B", *args], cwd=REPO, env={**base, **(env or {})}, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_make_run_honours_db_and_clocher_home(tmp_path):
    demo = _make("run")
    assert "import demo/" in demo and "run_bot.py --db var/clocher.sqlite" in demo
    for args, env, db in [
        (["DB=" + str(tmp_path / "x.sqlite")], None, tmp_path / "x.sqlite"),
        ([], {"CLOCHER_DB": str(tmp_path / "y.sqlite")}, tmp_path / "y.sqlite"),
        ([], {"CLOCHER_HOME": str(tmp_path / "se")}, tmp_path / "se" / "clocher.sqlite"),
    ]:
        plan = _make("run", *args, env=env)
        assert f"run_bot.py --db {db}" in plan and "import demo/" not in plan  # never the demo in her base
    assert f"CLOCHER_HOME={tmp_path / 'se'} " in _make("run", env={"CLOCHER_HOME": str(tmp_path / "se")})
