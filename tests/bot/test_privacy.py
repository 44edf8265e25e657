"""What the bot keeps about residents, for how long, and what /oubli erases (docs/security.md).

Every table of the state file is accounted for below: a table added later fails the first test until it
is placed, so it cannot escape the retention purge or the erasure unnoticed.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from bot import idempotent, state
from bot.channels.telegram.journal import finish_update, purge_journal, record_sent, record_update
from bot.conversation import Reply

# Erased by /oubli, and purged after CLOCHER_RETENTION_DAYS (a subscription lasts until /desabonner).
RESIDENT_TABLES = {"chat_state", "recent_answers", "subscribers", "outbox", "parked_questions"}
# Held only while a message is being answered (seconds), then emptied of text and chat id; purged anyway.
IN_FLIGHT_TABLES = {"update_journal", "core_replies", "sent_messages", "parked_erasures"}
# No resident's data: arrêtés already alerted, staff chat message ids → request references, migrations.
OTHER_TABLES = {"alert_seen", "staff_posts", "_migrations"}

NOW = datetime(2026, 6, 17, 10, 0)
OLD = NOW - timedelta(days=91)


def _tables(conn) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_every_table_of_the_state_file_is_accounted_for(tmp_path) -> None:
    conn = state.open_state(tmp_path / "state.sqlite")
    assert _tables(conn) == RESIDENT_TABLES | IN_FLIGHT_TABLES | OTHER_TABLES


def _fill(conn, chat_id: str, when: datetime, update_id: int) -> None:
    """One row of a resident's data in every table that holds some, dated `when`."""
    state.save_chat(conn, chat_id, {"intent": "budget", "pending_question": "et en 2024 ?"}, when)
    state.remember_answer(conn, f"r{update_id}", chat_id, "budget 2026 ?", "budget", when)
    conn.execute("INSERT INTO subscribers VALUES (?, ?)", (chat_id, when.isoformat()))
    conn.execute("INSERT INTO outbox (chat_id, kind, text, status, attempts, created_at) "
                 "VALUES (?, 'arrete', ?, 'sent', 0, ?)", (chat_id, f"alerte {update_id}", when.isoformat()))
    state.park_question(conn, chat_id, "question gardée", "fallback", when)
    conn.execute("INSERT INTO staff_posts VALUES (?, 'SIG-2026-0001', ?)", (update_id, when.isoformat()))
    record_update(conn, update_id, int(chat_id), json.dumps({"update_id": update_id, "text": "bonjour"}))
    at = when.isoformat()
    conn.execute("UPDATE update_journal SET received_at = ? WHERE update_id = ?", (at, update_id))
    idempotent.keep(conn, f"u:{update_id}:1", idempotent.encode(Reply(text="Bonjour !")))
    conn.execute("UPDATE core_replies SET created_at = ? WHERE key = ?", (at, f"u:{update_id}:1"))
    record_sent(conn, f"u:{update_id}", 0, 5000 + update_id)
    conn.execute("UPDATE sent_messages SET sent_at = ? WHERE key = ?", (when.isoformat(), f"u:{update_id}"))


def test_the_retention_purge_leaves_nothing_older_than_the_limit(tmp_path) -> None:
    conn = state.open_state(tmp_path / "state.sqlite")
    _fill(conn, "42", OLD, 1)
    _fill(conn, "43", NOW, 2)
    state.purge(conn, NOW - timedelta(days=90))
    for table in RESIDENT_TABLES - {"subscribers"} | IN_FLIGHT_TABLES - {"parked_erasures"} | {"staff_posts"}:
        assert conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0], f"{table}: the recent row stays"
        column = {"chat_state": "updated_at", "update_journal": "received_at", "sent_messages": "sent_at"}
        when = column.get(table, "created_at")
        oldest = conn.execute(f"SELECT min({when}) FROM {table}").fetchone()[0]
        assert oldest >= (NOW - timedelta(days=90)).isoformat(), f"{table} keeps a row older than the limit"


def test_an_answered_message_leaves_no_text_and_is_forgotten_within_a_day(tmp_path) -> None:
    conn = state.open_state(tmp_path / "state.sqlite")
    _fill(conn, "42", NOW, 7)
    finish_update(conn, 7)
    row = conn.execute("SELECT payload, chat_id FROM update_journal WHERE update_id = 7").fetchone()
    assert tuple(row) == (None, None)
    assert conn.execute("SELECT COUNT(*) FROM core_replies").fetchone()[0] == 0
    assert purge_journal(conn, datetime.now() + timedelta(days=1, minutes=1)) >= 1
    assert conn.execute("SELECT COUNT(*) FROM update_journal").fetchone()[0] == 0
    assert conn.execute("SELECT COUNT(*) FROM sent_messages").fetchone()[0] == 0


def test_forget_me_erases_every_table_keyed_by_the_resident(tmp_path) -> None:
    conn = state.open_state(tmp_path / "state.sqlite")
    _fill(conn, "42", NOW, 1)
    _fill(conn, "43", NOW, 2)
    state.erase_chat(conn, "42")
    for table in RESIDENT_TABLES:
        chats = {r[0] for r in conn.execute(f"SELECT chat_id FROM {table}")}
        assert chats == {"43"}, table
    assert state.data_about_chat(conn, "42") == {}
    assert state.data_about_chat(conn, "43")  # what /mesdonnees shows the other resident


def test_kept_core_replies_are_json_never_a_pickle(tmp_path) -> None:
    conn = state.open_state(tmp_path / "state.sqlite")
    idempotent.keep(conn, "u:1:1", idempotent.encode(Reply(text="Bonjour !")))
    [stored] = conn.execute("SELECT reply FROM core_replies").fetchone()
    assert json.loads(stored)["reply"]["text"] == "Bonjour !"


def test_the_cores_real_replies_are_kept_and_given_back_unchanged(conversation) -> None:
    """A replay gets exactly the reply of the first run, and the turn does not run twice."""
    first = idempotent.once(conversation, "u:9:1", "text", "70", "Quels sont les horaires de la mairie ?")
    again = idempotent.once(conversation, "u:9:1", "text", "70", "une tout autre question")
    assert again == first and first.sources
    menu = idempotent.once(conversation, "u:9:2", "command", "70", "menu")
    assert idempotent.once(conversation, "u:9:2", "command", "70", "contact") == menu
