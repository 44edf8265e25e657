"""The bot's own SQLite file: per-chat context, alert subscriptions, the outbox and staff relay posts.

It is kept apart from the knowledge base because it is the residents' data, not the commune's: it has its
own retention purge and can be wiped without touching what the clerks imported.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction on an autocommit connection: all of it lands, or none of it."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run statements one by one: `executescript` would commit the migration's transaction early."""
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def m001_initial(conn: sqlite3.Connection) -> None:
    _run_script(
        conn,
        """
        CREATE TABLE chat_state (
            chat_id TEXT PRIMARY KEY,
            data TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE recent_answers (
            reply_id TEXT PRIMARY KEY,
            chat_id TEXT NOT NULL,
            question TEXT NOT NULL,
            intent TEXT,
            created_at TEXT NOT NULL,
            feedback TEXT
        );
        CREATE INDEX recent_answers_chat ON recent_answers(chat_id);
        CREATE TABLE subscribers (
            chat_id TEXT PRIMARY KEY,
            since TEXT NOT NULL
        );
        CREATE TABLE alert_seen (
            arrete_id TEXT PRIMARY KEY,
            seen_at TEXT NOT NULL
        );
        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            chat_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending',
            attempts INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            sent_at TEXT,
            UNIQUE (kind, chat_id, text)
        );
        CREATE INDEX outbox_pending ON outbox(status, id);
        CREATE TABLE staff_posts (
            message_id INTEGER PRIMARY KEY,
            reference TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE ptb_persistence (
            key TEXT PRIMARY KEY,
            data TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        """,
    )


def m002_drop_ptb_persistence(conn: sqlite3.Connection) -> None:
    """The channel keeps no PTB persistence: conversation state lives in chat_state."""
    conn.execute("DROP TABLE IF EXISTS ptb_persistence")


def m003_parked_questions(conn: sqlite3.Connection) -> None:
    """Questions for the clerks (and /oubli of what they hold), kept here while a clerk's import holds
    the knowledge base's write lock."""
    _run_script(
        conn,
        """
        CREATE TABLE parked_questions (
            id INTEGER PRIMARY KEY,
            chat_id TEXT NOT NULL, question TEXT NOT NULL, reason TEXT NOT NULL, created_at TEXT NOT NULL
        );
        CREATE INDEX parked_questions_chat ON parked_questions(chat_id);
        CREATE TABLE parked_erasures (chat_id TEXT PRIMARY KEY, created_at TEXT NOT NULL)
        """,
    )


def m004_update_journal(conn: sqlite3.Connection) -> None:
    """Nothing lost, nothing twice across a crash (bot/channels/telegram/journal.py): each update as received
    until it is answered, the messages already sent for it, and the core's reply to it."""
    _run_script(
        conn,
        """
        CREATE TABLE update_journal (
            update_id INTEGER PRIMARY KEY,
            chat_id TEXT,
            payload TEXT,
            received_at TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            done_at TEXT
        );
        CREATE INDEX update_journal_open ON update_journal(done_at, update_id);
        CREATE TABLE sent_messages (
            key TEXT NOT NULL,
            seq INTEGER NOT NULL,
            chat_id TEXT NOT NULL,
            message_id INTEGER,
            sent_at TEXT NOT NULL,
            PRIMARY KEY (key, seq)
        );
        CREATE TABLE core_replies (key TEXT PRIMARY KEY, reply TEXT NOT NULL, created_at TEXT NOT NULL)
        """,
    )


def m005_sent_messages_kept(conn: sqlite3.Connection) -> None:
    """Sent messages stay an hour once their work is done (`done`), without the chat id: a log of what
    Telegram accepted, by message id, that a crash test compares with what the Bot API server received."""
    _run_script(
        conn,
        """
        CREATE TABLE sent_messages_new (
            key TEXT NOT NULL,
            seq INTEGER NOT NULL,
            message_id INTEGER,
            sent_at TEXT NOT NULL,
            done INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (key, seq)
        );
        INSERT INTO sent_messages_new (key, seq, message_id, sent_at)
            SELECT key, seq, message_id, sent_at FROM sent_messages;
        DROP TABLE sent_messages;
        ALTER TABLE sent_messages_new RENAME TO sent_messages;
        CREATE INDEX sent_messages_age ON sent_messages(sent_at)
        """,
    )


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    m001_initial,
    m002_drop_ptb_persistence,
    m003_parked_questions,
    m004_update_journal,
    m005_sent_messages_kept,
]


def open_state(path: Path | str) -> sqlite3.Connection:
    """Open (and create or upgrade) the state file; one connection shared by the bot's single writer."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    # In WAL mode NORMAL still never corrupts the file; a power cut may only lose the last turns' context.
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA busy_timeout=5000")
    conn.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    applied = {row[0] for row in conn.execute("SELECT name FROM _migrations")}
    for migration in MIGRATIONS:
        if migration.__name__ in applied:
            continue
        with transaction(conn):
            migration(conn)
            conn.execute(
                "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)",
                (migration.__name__, datetime.now().isoformat(timespec="seconds")),
            )
    return conn


def load_chat(conn: sqlite3.Connection, chat_id: str, now: datetime, ttl: timedelta) -> dict:
    """The chat's context, or an empty one when it is older than the session lifetime."""
    row = conn.execute("SELECT data, updated_at FROM chat_state WHERE chat_id = ?", (chat_id,)).fetchone()
    if row is None:
        return {}
    if now - datetime.fromisoformat(row["updated_at"]) > ttl:
        return {}
    return json.loads(row["data"])


def save_chat(conn: sqlite3.Connection, chat_id: str, data: dict, now: datetime) -> None:
    conn.execute(
        "INSERT INTO chat_state (chat_id, data, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT(chat_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at",
        (chat_id, json.dumps(data, ensure_ascii=False, default=str), now.isoformat(timespec="seconds")),
    )


def remember_answer(
    conn: sqlite3.Connection, reply_id: str, chat_id: str, question: str, intent: str | None, now: datetime
) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO recent_answers (reply_id, chat_id, question, intent, created_at) "
        "VALUES (?, ?, ?, ?, ?)",
        (reply_id, chat_id, question, intent, now.isoformat(timespec="seconds")),
    )


def answer_for_feedback(conn: sqlite3.Connection, reply_id: str) -> sqlite3.Row | None:
    return conn.execute("SELECT * FROM recent_answers WHERE reply_id = ?", (reply_id,)).fetchone()


def set_feedback(conn: sqlite3.Connection, reply_id: str, value: str) -> bool:
    """Record a 👍/👎 once; a second tap on the same answer changes nothing and says so."""
    cur = conn.execute(
        "UPDATE recent_answers SET feedback = ? WHERE reply_id = ? AND feedback IS NULL", (value, reply_id)
    )
    return cur.rowcount == 1


def data_about_chat(conn: sqlite3.Connection, chat_id: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for table, columns in (
        ("chat_state", "data, updated_at"),
        ("recent_answers", "question, created_at, feedback"),
        ("subscribers", "since"),
        ("outbox", "kind, text, status, created_at"),
        ("parked_questions", "question, reason, created_at"),
    ):
        rows = conn.execute(f"SELECT {columns} FROM {table} WHERE chat_id = ?", (chat_id,)).fetchall()
        if rows:
            out[table] = [dict(row) for row in rows]
    return out


def erase_chat(conn: sqlite3.Connection, chat_id: str) -> int:
    total = 0
    with transaction(conn):
        for table in ("chat_state", "recent_answers", "subscribers", "outbox", "parked_questions"):
            total += conn.execute(f"DELETE FROM {table} WHERE chat_id = ?", (chat_id,)).rowcount
    return total


def forget_context(conn: sqlite3.Connection, chat_id: str) -> None:
    """Drop a throw-away chat's context (`python -m bot ask` without --session), but not the questions
    parked for the clerks during an import: those belong to the mairie's list, not to the chat."""
    with transaction(conn):
        for table in ("chat_state", "recent_answers"):
            conn.execute(f"DELETE FROM {table} WHERE chat_id = ?", (chat_id,))


def purge(conn: sqlite3.Connection, older_than: datetime) -> int:
    """Delete residents' traces older than the retention limit; sent outbox rows go too."""
    cutoff = older_than.isoformat(timespec="seconds")
    total = 0
    total += conn.execute("DELETE FROM chat_state WHERE updated_at < ?", (cutoff,)).rowcount
    total += conn.execute("DELETE FROM recent_answers WHERE created_at < ?", (cutoff,)).rowcount
    total += conn.execute(
        "DELETE FROM outbox WHERE status != 'pending' AND created_at < ?", (cutoff,)
    ).rowcount
    total += conn.execute("DELETE FROM staff_posts WHERE created_at < ?", (cutoff,)).rowcount
    total += conn.execute("DELETE FROM parked_questions WHERE created_at < ?", (cutoff,)).rowcount
    # Whatever a crash or a long outage left in the update journal (answered rows go within a day).
    total += conn.execute("DELETE FROM update_journal WHERE received_at < ?", (cutoff,)).rowcount
    total += conn.execute("DELETE FROM sent_messages WHERE sent_at < ?", (cutoff,)).rowcount
    total += conn.execute("DELETE FROM core_replies WHERE created_at < ?", (cutoff,)).rowcount
    return total


def park_question(conn: sqlite3.Connection, chat_id: str, question: str, reason: str, now: datetime) -> None:
    conn.execute(
        "INSERT INTO parked_questions(chat_id, question, reason, created_at) VALUES (?, ?, ?, ?)",
        (chat_id, question, reason, now.isoformat(timespec="seconds")),
    )


def parked_questions(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute("SELECT id, chat_id, question, reason FROM parked_questions ORDER BY id").fetchall()


def unpark_question(conn: sqlite3.Connection, parked_id: int) -> None:
    conn.execute("DELETE FROM parked_questions WHERE id = ?", (parked_id,))


def park_erasure(conn: sqlite3.Connection, chat_id: str, now: datetime) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO parked_erasures(chat_id, created_at) VALUES (?, ?)",
        (chat_id, now.isoformat(timespec="seconds")),
    )


def parked_erasures(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT chat_id FROM parked_erasures ORDER BY created_at")]


def unpark_erasure(conn: sqlite3.Connection, chat_id: str) -> None:
    conn.execute("DELETE FROM parked_erasures WHERE chat_id = ?", (chat_id,))


def answers_since(conn: sqlite3.Connection, since: datetime) -> list[sqlite3.Row]:
    """Questions the bot answered (with their intent) since a moment: the web console's activity
    figures. Fallbacks are not here: they are the knowledge base's unanswered questions."""
    return conn.execute(
        "SELECT question, intent, created_at, feedback FROM recent_answers WHERE created_at >= ? "
        "ORDER BY created_at",
        (since.isoformat(timespec="seconds"),),
    ).fetchall()
