"""The console's own SQLite file: accounts, sessions, login failures and the audit log.

It lives beside the knowledge base under CLOCHER_HOME (`web.sqlite`) and never holds the commune's data:
wiping it only logs everybody out and forgets the accounts. Schema steps are named migrations, applied
when the file is opened, as in `knowledge/migrations.py`.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROLES = ("clerk", "admin")
ROLE_LABELS = {"clerk": "secrétariat", "admin": "administration"}


@dataclass(frozen=True)
class User:
    id: int
    username: str
    role: str
    disabled: bool

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


@dataclass(frozen=True)
class Session:
    user: User
    csrf: str
    token_hash: str
    flash: str | None = None


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    username: str
    action: str
    target: str
    before: Any
    after: Any


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


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


def m001_initial(conn: sqlite3.Connection) -> None:
    for statement in (
        """CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL UNIQUE COLLATE NOCASE,
            role TEXT NOT NULL CHECK (role IN ('clerk', 'admin')),
            password_hash TEXT NOT NULL,
            disabled INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        )""",
        """CREATE TABLE sessions (
            token_hash TEXT PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            csrf TEXT NOT NULL,
            flash TEXT,
            created_at TEXT NOT NULL,
            last_seen TEXT NOT NULL
        )""",
        "CREATE INDEX sessions_user ON sessions(user_id)",
        """CREATE TABLE login_failures (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL,
            at TEXT NOT NULL
        )""",
        "CREATE INDEX login_failures_key ON login_failures(key, at)",
        """CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            username TEXT NOT NULL,
            action TEXT NOT NULL,
            target TEXT NOT NULL,
            before TEXT,
            after TEXT
        )""",
    ):
        conn.execute(statement)


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [m001_initial]


def open_store(path: Path | str) -> sqlite3.Connection:
    """Open (and create or upgrade) the console's file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA busy_timeout=5000")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    applied = {row[0] for row in conn.execute("SELECT name FROM _migrations")}
    for migration in MIGRATIONS:
        if migration.__name__ in applied:
            continue
        with transaction(conn):
            migration(conn)
            conn.execute(
                "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)",
                (migration.__name__, now().isoformat()),
            )
    return conn


# -- accounts -------------------------------------------------------------------------------------


def _user(row: sqlite3.Row) -> User:
    return User(id=row["id"], username=row["username"], role=row["role"], disabled=bool(row["disabled"]))


class AccountError(ValueError):
    """A refused account change; the message is French, for the admin."""


def create_user(conn: sqlite3.Connection, username: str, role: str, password_hash: str) -> User:
    username = username.strip()
    if not username or len(username) > 60 or any(c.isspace() for c in username):
        raise AccountError("l'identifiant doit faire de 1 à 60 caractères, sans espace.")
    if role not in ROLES:
        raise AccountError(f"rôle « {role} » inconnu : « clerk » (secrétariat) ou « admin ».")
    try:
        with transaction(conn):
            cur = conn.execute(
                "INSERT INTO users(username, role, password_hash, created_at) VALUES (?, ?, ?, ?)",
                (username, role, password_hash, now().isoformat()),
            )
    except sqlite3.IntegrityError:
        raise AccountError(f"l'identifiant « {username} » existe déjà.") from None
    return get_user(conn, int(cur.lastrowid or 0))  # type: ignore[return-value]


def get_user(conn: sqlite3.Connection, user_id: int) -> User | None:
    row = conn.execute("SELECT * FROM users WHERE id = ?", (user_id,)).fetchone()
    return _user(row) if row else None


def find_user(conn: sqlite3.Connection, username: str) -> tuple[User, str] | None:
    """The account and its password hash, for the login check."""
    row = conn.execute("SELECT * FROM users WHERE username = ?", (username.strip(),)).fetchone()
    return (_user(row), row["password_hash"]) if row else None


def list_users(conn: sqlite3.Connection) -> list[User]:
    return [_user(r) for r in conn.execute("SELECT * FROM users ORDER BY username COLLATE NOCASE")]


def count_admins(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM users WHERE role = 'admin' AND disabled = 0").fetchone()[0]


def update_user(
    conn: sqlite3.Connection,
    user_id: int,
    *,
    role: str | None = None,
    disabled: bool | None = None,
    password_hash: str | None = None,
) -> User:
    """Change an account; refuse to leave the console without an active admin. Sessions end on any
    change of role, status or password, so a demoted or disabled person loses access at once."""
    current = get_user(conn, user_id)
    if current is None:
        raise AccountError(f"aucun compte n° {user_id}.")
    if role is not None and role not in ROLES:
        raise AccountError(f"rôle « {role} » inconnu.")
    with transaction(conn):
        if role is not None:
            conn.execute("UPDATE users SET role = ? WHERE id = ?", (role, user_id))
        if disabled is not None:
            conn.execute("UPDATE users SET disabled = ? WHERE id = ?", (int(disabled), user_id))
        if password_hash is not None:
            conn.execute("UPDATE users SET password_hash = ? WHERE id = ?", (password_hash, user_id))
        if count_admins(conn) == 0:
            raise AccountError("il doit rester au moins un compte d'administration actif.")
        conn.execute("DELETE FROM sessions WHERE user_id = ?", (user_id,))
    return get_user(conn, user_id)  # type: ignore[return-value]


# -- sessions -------------------------------------------------------------------------------------


def _hash_token(token: str) -> str:
    """Only a hash of the session token is stored: a copy of this file logs nobody in."""
    return hashlib.sha256(token.encode()).hexdigest()


def new_session(conn: sqlite3.Connection, user: User) -> str:
    """Open a session; returns the raw token that goes (signed) into the cookie."""
    token = secrets.token_urlsafe(32)
    stamp = now().isoformat()
    with transaction(conn):
        conn.execute(
            "INSERT INTO sessions(token_hash, user_id, csrf, created_at, last_seen) VALUES (?, ?, ?, ?, ?)",
            (_hash_token(token), user.id, secrets.token_urlsafe(32), stamp, stamp),
        )
    return token


def load_session(conn: sqlite3.Connection, token: str, idle: timedelta) -> Session | None:
    """The session behind a token, or None when unknown, idle too long, or its account is disabled."""
    row = conn.execute(
        "SELECT s.*, u.username, u.role, u.disabled FROM sessions s JOIN users u ON u.id = s.user_id "
        "WHERE s.token_hash = ?",
        (_hash_token(token),),
    ).fetchone()
    if row is None or row["disabled"]:
        return None
    seen = datetime.fromisoformat(row["last_seen"])
    current = now()
    if current - seen > idle:
        conn.execute("DELETE FROM sessions WHERE token_hash = ?", (row["token_hash"],))
        return None
    if (current - seen).total_seconds() > 60:  # one write a minute at most, not one per page
        conn.execute(
            "UPDATE sessions SET last_seen = ? WHERE token_hash = ?", (current.isoformat(), row["token_hash"])
        )
    if row["flash"]:
        conn.execute("UPDATE sessions SET flash = NULL WHERE token_hash = ?", (row["token_hash"],))
    user = User(id=row["user_id"], username=row["username"], role=row["role"], disabled=False)
    return Session(user=user, csrf=row["csrf"], token_hash=row["token_hash"], flash=row["flash"])


def set_flash(conn: sqlite3.Connection, token_hash: str, message: str) -> None:
    """A one-time message shown on the next page (« Fiche enregistrée. »), kept server-side."""
    conn.execute("UPDATE sessions SET flash = ? WHERE token_hash = ?", (message, token_hash))


def end_session(conn: sqlite3.Connection, token_hash: str) -> None:
    conn.execute("DELETE FROM sessions WHERE token_hash = ?", (token_hash,))


# -- login rate limit -----------------------------------------------------------------------------


def record_failure(conn: sqlite3.Connection, keys: list[str]) -> None:
    stamp = now().isoformat()
    with transaction(conn):
        for key in keys:
            conn.execute("INSERT INTO login_failures(key, at) VALUES (?, ?)", (key, stamp))


def recent_failures(conn: sqlite3.Connection, key: str, window: timedelta) -> int:
    since = (now() - window).isoformat()
    return conn.execute(
        "SELECT count(*) FROM login_failures WHERE key = ? AND at >= ?", (key, since)
    ).fetchone()[0]


def clear_failures(conn: sqlite3.Connection, key: str) -> None:
    conn.execute("DELETE FROM login_failures WHERE key = ?", (key,))


# -- audit log ------------------------------------------------------------------------------------


def audit(
    conn: sqlite3.Connection, username: str, action: str, target: str, before: Any = None, after: Any = None
) -> None:
    """Write who did what to what, with the state before and after (JSON), for the admins' journal."""
    conn.execute(
        "INSERT INTO audit(at, username, action, target, before, after) VALUES (?, ?, ?, ?, ?, ?)",
        (
            now().isoformat(),
            username,
            action,
            target,
            None if before is None else json.dumps(before, ensure_ascii=False, default=str),
            None if after is None else json.dumps(after, ensure_ascii=False, default=str),
        ),
    )


def audit_entries(
    conn: sqlite3.Connection, *, limit: int = 100, offset: int = 0, username: str | None = None
) -> list[AuditEntry]:
    sql = "SELECT * FROM audit"
    params: list[Any] = []
    if username:
        sql += " WHERE username = ?"
        params.append(username)
    sql += " ORDER BY id DESC LIMIT ? OFFSET ?"
    params += [limit, offset]
    return [
        AuditEntry(
            id=r["id"],
            at=datetime.fromisoformat(r["at"]),
            username=r["username"],
            action=r["action"],
            target=r["target"],
            before=json.loads(r["before"]) if r["before"] else None,
            after=json.loads(r["after"]) if r["after"] else None,
        )
        for r in conn.execute(sql, params)
    ]
