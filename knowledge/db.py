"""Open the knowledge base: writable for imports and the bot's own writes, read-only for answering."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from .errors import KnowledgeBaseMissing, KnowledgeBusy, KnowledgeError
from .migrations import apply_pending
from .textnorm import stem_text

DEFAULT_DB = Path("var") / "clocher.sqlite"


def default_db_path() -> Path:
    """Where the KB lives when no --db is given: $CLOCHER_DB, else var/clocher.sqlite."""
    return Path(os.environ.get("CLOCHER_DB") or DEFAULT_DB)


def _not_a_base(path: Path) -> str:
    return (
        f"« {path} » n'est pas une base de connaissances lisible (fichier abîmé, ou autre chose qu'une "
        "base) : vérifiez le chemin donné à --db."
    )


def _register(conn: sqlite3.Connection) -> None:
    conn.row_factory = sqlite3.Row
    # The FTS triggers call stem_text(); deterministic lets SQLite use it freely.
    conn.create_function("stem_text", 1, stem_text, deterministic=True)


def open_kb(path: str | os.PathLike[str], *, readonly: bool = False) -> sqlite3.Connection:
    """Open (and, when writable, create and migrate) the KB.

    Writable connections run in autocommit mode: every write function opens its own explicit
    transaction, so a failed import rolls back completely. WAL lets read-only readers keep answering
    while a clerk imports.
    """
    path = Path(path)
    if readonly:
        if not path.exists():
            raise KnowledgeBaseMissing(path)
        try:
            conn = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False, isolation_level=None
            )
            _register(conn)
            conn.execute("PRAGMA busy_timeout = 5000")
            conn.execute("PRAGMA query_only = 1")
            conn.execute("PRAGMA cache_size = -16384")  # 16 MB: index pages of big tables stay in memory
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError:
            raise KnowledgeError(_not_a_base(path)) from None
        return conn
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        _register(conn)
        conn.execute("PRAGMA busy_timeout = 10000")
        conn.execute("PRAGMA journal_mode = WAL")
    except OSError:
        raise KnowledgeError(
            f"impossible de créer la base « {path} » : dossier absent ou sans droit d'écriture."
        ) from None
    except sqlite3.DatabaseError:
        raise KnowledgeError(_not_a_base(path)) from None
    conn.execute("PRAGMA synchronous = NORMAL")
    # Big imports insert into several B-trees at once; a larger page cache keeps them in memory.
    conn.execute("PRAGMA cache_size = -65536")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA foreign_keys = ON")
    apply_pending(conn)
    return conn


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: commit on success, roll back everything on any error."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise KnowledgeBusy(
                "la base de connaissances est occupée (un import est en cours) : réessayez dans un instant."
            ) from None
        raise
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def content_version(conn: sqlite3.Connection) -> tuple:
    """Changes when what the commune publishes changes (an import, a clerk's fiche edit), not when the
    bot queues a question for the clerks: caches of the published records key on it.

    `PRAGMA data_version` would change on every inbox write, and rebuilding the search statistics of a
    million arrêtés after each « je ne sais pas » is not an option.
    """
    try:
        return conn.execute(
            "SELECT (SELECT max(id) FROM imports), (SELECT count(*) FROM fiches), "
            "(SELECT max(edited_at) FROM fiches), (SELECT max(id) FROM fiches)"
        ).fetchone()
    except sqlite3.OperationalError:  # a base from before the fiches' edit dates: every write counts
        return (conn.execute("PRAGMA data_version").fetchone()[0],)


def is_empty(conn: sqlite3.Connection) -> bool:
    """True when no commune profile has been imported (the bot then only gives setup instructions)."""
    try:
        return conn.execute("SELECT 1 FROM commune LIMIT 1").fetchone() is None
    except sqlite3.OperationalError:
        return True
