"""`python -m bot ask` and `run_bot.py` through real subprocesses, as a script or a newcomer uses them."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import REPO


def run(args, *, env_extra=None, stdin=None, timeout=180):
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run(
        [sys.executable, *args],
        cwd=REPO,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_ask_json_gives_a_cited_answer(demo_db, models_dir):
    result = run(
        [
            "-m",
            "bot",
            "ask",
            "--db",
            str(demo_db),
            "--today",
            "2026-06-17",
            "--json",
            "quels sont les horaires de la mairie le samedi ?",
        ],
        env_extra={"CLOCHER_MODELS": str(models_dir)},
    )
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.strip().splitlines()
    reply = json.loads(line)
    assert set(reply) >= {"question", "answer", "intent", "confidence", "fallback", "sources"}
    assert reply["intent"] == "profil"
    assert reply["fallback"] is False
    assert "samedi 20 juin 2026" in reply["answer"]
    assert "9 h" in reply["answer"]
    assert reply["sources"] and reply["sources"][0]["kind"] == "commune"


def test_ask_reads_stdin_one_question_per_line(demo_db, models_dir):
    result = run(
        ["-m", "bot", "ask", "--db", str(demo_db), "--today", "2026-06-17", "--json"],
        env_extra={"CLOCHER_MODELS": str(models_dir)},
        stdin="bonjour\nquelle est la recette de la tarte tatin ?\n",
    )
    assert result.returncode == 0, result.stderr
    replies = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["question"] for r in replies] == ["bonjour", "quelle est la recette de la tarte tatin ?"]
    assert replies[1]["fallback"] is True
    assert "04 74 27 51 30" in replies[1]["answer"]  # the demo mairie's phone, from commune.yml


def test_missing_database_says_how_to_import(tmp_path, models_dir):
    missing = tmp_path / "nowhere.sqlite"
    result = run(
        ["-m", "bot", "ask", "--db", str(missing), "bonjour"], env_extra={"CLOCHER_MODELS": str(models_dir)}
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "python -m knowledge" in result.stderr and "import" in result.stderr


def test_an_empty_question_is_refused_with_an_example(demo_db, models_dir):
    env = {"CLOCHER_MODELS": str(models_dir)}
    result = run(["-m", "bot", "ask", "--db", str(demo_db), "  "], env_extra=env)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "la question est vide" in result.stderr and "python -m bot ask" in result.stderr


def test_console_chat_on_piped_stdin(demo_db, models_dir):
    result = run(
        ["run_bot.py", "--db", str(demo_db)],
        env_extra={"CLOCHER_MODELS": str(models_dir)},
        stdin="bonjour\nquit\n",
    )
    assert result.returncode == 0, result.stderr
    assert "fictive" in result.stdout  # the welcome says the demo commune is fictional
    assert "Au revoir" in result.stdout


def test_empty_database_says_how_to_import(tmp_path, models_dir):
    empty = tmp_path / "empty.sqlite"
    init = run(["-m", "knowledge", "--db", str(empty), "init"])
    assert init.returncode == 0, init.stderr
    result = run(
        ["-m", "bot", "ask", "--db", str(empty), "bonjour"], env_extra={"CLOCHER_MODELS": str(models_dir)}
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "vide" in result.stderr and "import" in result.stderr


def test_session_keeps_context_across_lines(demo_db, models_dir):
    result = run(
        ["-m", "bot", "ask", "--db", str(demo_db), "--today", "2026-06-17", "--json", "--session", "s1"],
        env_extra={"CLOCHER_MODELS": str(models_dir)},
        stdin="la mairie est ouverte samedi ?\net lundi ?\n",
    )
    assert result.returncode == 0, result.stderr
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert "samedi 20 juin 2026" in first["answer"]
    assert second["intent"] == "profil"
    assert "lundi 22 juin 2026" in second["answer"] and "samedi" not in second["answer"]


def test_train_ranker_on_a_fresh_registry_trains_once(tmp_path, monkeypatch):
    """An admin's `train-ranker` on a registry without a ranker trains it once, not a first time on the
    way (as a bot's first start does) and then again."""
    from click.testing import CliRunner

    import nlu
    from bot import cli, ranker_training

    trained = []
    monkeypatch.setenv("CLOCHER_MODELS", str(tmp_path / "models"))
    monkeypatch.setattr(nlu, "ensure_model", lambda models_dir: models_dir)
    monkeypatch.setattr(ranker_training, "train", lambda models_dir, sets, target: trained.append(sets) or {})
    monkeypatch.setattr(cli.ranking, "format_report", lambda report: "rapport")
    questions = REPO / "tests" / "bot" / "questions.yml"
    result = CliRunner().invoke(cli.main, ["train-ranker", "--set", str(REPO / "demo"), str(questions)])
    assert result.exit_code == 0, result.output
    assert len(trained) == 1 and [s.name for s in trained[0]] == ["demo"]
    assert "rapport" in result.output
