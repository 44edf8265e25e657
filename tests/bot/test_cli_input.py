"""`python -m bot ask` whatever it is given: bytes that are not UTF-8, lone surrogates, control characters,
and a clerk's import holding the knowledge base while it runs (issue 14, items 3 and 4)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

import knowledge
from tests.conftest import REPO

pytestmark = pytest.mark.slow  # each test starts `python -m bot ask`, which loads spaCy and the model


def _env(models_dir, tmp_path) -> dict[str, str]:
    return {**os.environ, "CLOCHER_MODELS": str(models_dir), "CLOCHER_HOME": str(tmp_path / "home")}


def test_ask_answers_every_line_whatever_its_bytes(demo_db, models_dir, tmp_path) -> None:
    lines = [
        b"bonjour",
        b"\x81\x8d\x90 \xff\xfe",  # neither UTF-8 nor Windows-1252
        b"caf\xe9 : quels sont les horaires de la mairie ?",  # Windows-1252, as Excel or Notepad write it
        b"\xed\xa0\x80 horaires de la mairie",  # a lone surrogate, as WTF-8 writes it
        b"\x00\x1b[31mhoraires\x1b[0m de la \xe2\x80\xae mairie",  # NUL, an ESC sequence, an RTL override
        b"quelle est la recette de la tarte tatin ?",
    ]
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--db", str(demo_db), "--json"],
        input=b"\n".join(lines) + b"\n", capture_output=True, cwd=REPO, env=_env(models_dir, tmp_path),
        timeout=180,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert b"Traceback" not in result.stderr
    replies = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert len(replies) == len(lines)  # one answer per line, the lines after a bad one included
    assert "pas pu lire cette ligne" in replies[1]["answer"]
    assert replies[2]["question"].startswith("café")
    assert "\ufffd" not in replies[3]["question"] or replies[3]["answer"]
    assert "\x1b" not in replies[4]["question"] and "\x00" not in replies[4]["question"]
    assert "\u202e" not in replies[4]["question"]
    assert replies[5]["fallback"] is True  # still answered after all that


def test_ask_reads_bad_bytes_on_the_command_line(demo_db, models_dir, tmp_path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--db", str(demo_db), "--json",
         b"\xed\xa0\x80 horaires de la mairie", b"\x81\x8d", "bonjour"],
        capture_output=True, cwd=REPO, env=_env(models_dir, tmp_path), timeout=180,
    )
    assert result.returncode == 0, result.stderr.decode()
    replies = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert len(replies) == 3
    assert "pas pu lire cette ligne" in replies[1]["answer"]


def test_questions_parked_during_an_import_reach_the_clerks_list(demo_db, models_dir, tmp_path) -> None:
    """Without --session, the chats are thrown away after each line: the parked questions must not be."""
    questions = [f"quelle est la recette de la tarte numéro {i} ?" for i in range(3)]
    clerk = knowledge.open_kb(demo_db)  # a clerk's import holds the write lock
    clerk.execute("BEGIN IMMEDIATE")
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "ask", "--db", str(demo_db), "--json"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO,
        env=_env(models_dir, tmp_path), text=True,
    )
    try:
        process.stdin.write("\n".join(questions) + "\n")
        process.stdin.close()
        waiting = ""
        for line in process.stderr:  # the answers are out; `ask` says it waits for the import to end
            if "j'attends sa fin" in line:
                waiting = line
                break
        assert "3 questions" in waiting
    finally:
        clerk.execute("ROLLBACK")  # the import ends
        clerk.close()
    out, err = process.stdout.read(), process.stderr.read()
    assert process.wait(60) == 0, err
    assert len(out.splitlines()) == 3
    conn = knowledge.open_kb(demo_db, readonly=True)
    try:
        kept = {q.question for q in knowledge.list_unanswered(conn)}
    finally:
        conn.close()
    assert set(questions) <= kept
