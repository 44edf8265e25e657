"""The bot's state file: migrations from blank and from an older file, and all-or-nothing turns."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest

from bot import state


def tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_blank_file_gets_the_final_schema(tmp_path):
    conn = state.open_state(tmp_path / "state.sqlite")
    expected = {"chat_state", "recent_answers", "subscribers", "alert_seen", "outbox", "staff_posts"}
    assert expected <= tables(conn)
    assert "ptb_persistence" not in tables(conn)
    assert [r[0] for r in conn.execute("SELECT name FROM _migrations ORDER BY name")] == [
        m.__name__ for m in state.MIGRATIONS
    ]


def test_an_old_file_is_upgraded_and_keeps_its_data(tmp_path):
    path = tmp_path / "state.sqlite"
    old = sqlite3.connect(path, isolation_level=None)
    old.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    state.m001_initial(old)
    old.execute("INSERT INTO _migrations VALUES ('m001_initial', '2026-01-01T00:00:00')")
    old.execute("INSERT INTO subscribers VALUES ('42', '2026-01-01T00:00:00')")
    old.close()
    conn = state.open_state(path)
    assert "ptb_persistence" not in tables(conn)
    assert [r["chat_id"] for r in conn.execute("SELECT chat_id FROM subscribers")] == ["42"]


def test_a_failed_turn_writes_nothing(tmp_path):
    conn = state.open_state(tmp_path / "state.sqlite")
    now = datetime(2026, 6, 17, 10, 0)
    with pytest.raises(RuntimeError), state.transaction(conn):
        state.save_chat(conn, "7", {"intent": "budget"}, now)
        raise RuntimeError("crash between the two writes")
    assert state.load_chat(conn, "7", now, timedelta(minutes=30)) == {}
