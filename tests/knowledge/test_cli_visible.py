# ruff: noqa: E501  (assertions on one nasty message are kept whole)
"""Issue 14: whatever a resident typed reaches the clerk's terminal as text, never as control sequences."""

import json

from click.testing import CliRunner

import knowledge
from knowledge.cli import cli
from knowledge.cli_common import visible

NASTY = "Trou rue\x1b[2J\x1b[31m rouge\x07\rFAUX\u202edroite\u200b\x9b31m\nligne 2\tfin\x7f"


def test_visible_escapes_every_control_and_format_character():
    shown = visible(NASTY)
    assert "\x1b" not in shown and "\x07" not in shown and "\r" not in shown and "\x9b" not in shown
    assert "\u202e" not in shown and "\u200b" not in shown and "\n" not in shown and "\x7f" not in shown
    assert "␛[2J" in shown and "␇" in shown and "␍FAUX" in shown and "<U+202E>" in shown and "<U+009B>" in shown
    assert " ⏎ ligne 2" in shown and "␡" in shown
    assert visible("Café à l'Église — « ok » 👍") == "Café à l'Église — « ok » 👍"  # ordinary text untouched
    assert visible(NASTY, multiline=True).count("\n") == 1


def test_inbox_and_unanswered_commands_never_print_raw_controls(demo_db):
    conn = knowledge.open_kb(demo_db)
    item = knowledge.add_inbox_item(conn, "signalement", "42", NASTY)
    knowledge.answer_inbox(conn, item.reference, "Vu\x1b[0m.")
    knowledge.add_unanswered(conn, NASTY, chat_id="42", reason="fallback")
    conn.close()
    runner = CliRunner()
    outputs = [
        runner.invoke(cli, ["--db", str(demo_db), *args]).output
        for args in (
            ["inbox", "list", "--statut", "tous"],
            ["inbox", "show", item.reference],
            ["unanswered", "list"],
            ["privacy", "show", "42"],
        )
    ]
    for output in outputs:
        assert not any(c in output for c in "\x1b\x07\r\x9b\u202e\u200b\x7f"), repr(output)
        assert "␛[2J" in output or "\\u001b[2J" in output
    assert "Trou rue" in outputs[1] and "\n    ligne 2" in outputs[1]
    assert json.loads(outputs[3])["questions sans réponse"][0]["question"].startswith("Trou rue")
