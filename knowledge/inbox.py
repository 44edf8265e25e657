"""Residents' signalements and requests for a human, unanswered questions, and RGPD erase/purge.

References (« SIG-2026-0007 », « DEM-2026-0003 ») are what residents quote to the mairie; they restart
at 1 every year per kind.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from typing import Any

from .db import transaction
from .errors import KnowledgeError
from .records import InboxItem, UnansweredQuestion

KINDS = {"signalement": "SIG", "demande": "DEM"}
STATUSES = ("ouvert", "répondu", "clos")
REASONS = ("fallback", "avis négatif", "erreur technique")


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _item(row: sqlite3.Row) -> InboxItem:
    return InboxItem(
        reference=row["reference"],
        kind=row["kind"],
        chat_id=row["chat_id"],
        text=row["text"],
        photo_file_id=row["photo_file_id"],
        latitude=row["latitude"],
        longitude=row["longitude"],
        created_at=datetime.fromisoformat(row["created_at"]),
        status=row["status"],
        answer=row["answer"],
        answered_at=_dt(row["answered_at"]),
        delivered_at=_dt(row["delivered_at"]),
    )


def add_inbox_item(
    conn: sqlite3.Connection,
    kind: str,
    chat_id: str,
    text: str,
    *,
    photo_file_id: str | None = None,
    latitude: float | None = None,
    longitude: float | None = None,
) -> InboxItem:
    """Store a signalement or a request; the returned item's reference is given to the resident."""
    if kind not in KINDS:
        raise KnowledgeError(f"type « {kind} » inconnu : « signalement » ou « demande ».")
    if not text or not text.strip():
        raise KnowledgeError("le message est vide.")
    if (latitude is None) != (longitude is None):
        raise KnowledgeError("latitude et longitude vont ensemble.")
    if latitude is not None and not (-90 <= latitude <= 90 and -180 <= longitude <= 180):  # type: ignore[operator]
        raise KnowledgeError("coordonnées hors limites.")
    now = _now()
    with transaction(conn):
        reference = _next_reference(conn, kind, now)
        conn.execute(
            "INSERT INTO inbox(reference, kind, chat_id, text, photo_file_id, latitude, longitude, "
            "created_at, "
            "status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'ouvert')",
            (
                reference,
                kind,
                str(chat_id),
                text.strip(),
                photo_file_id,
                latitude,
                longitude,
                now.isoformat(),
            ),
        )
    item = get_inbox_item(conn, reference)
    assert item is not None
    return item


def _next_reference(conn: sqlite3.Connection, kind: str, now: datetime) -> str:
    """The next « SIG-2026-0007 »; call inside the transaction that inserts it."""
    prefix = f"{KINDS[kind]}-{now.year}-"
    last = conn.execute(
        "SELECT max(CAST(substr(reference, ?) AS INTEGER)) FROM inbox WHERE reference LIKE ?",
        (len(prefix) + 1, prefix + "%"),
    ).fetchone()[0]
    return f"{prefix}{(last or 0) + 1:04d}"


def list_inbox(conn: sqlite3.Connection, status: str | None = "ouvert") -> list[InboxItem]:
    """Items with that status (None = all), oldest first."""
    if status is None:
        rows = conn.execute("SELECT * FROM inbox ORDER BY created_at, id")
    else:
        rows = conn.execute("SELECT * FROM inbox WHERE status = ? ORDER BY created_at, id", (status,))
    return [_item(r) for r in rows]


def get_inbox_item(conn: sqlite3.Connection, reference: str) -> InboxItem | None:
    row = conn.execute("SELECT * FROM inbox WHERE reference = ?", (reference.strip().upper(),)).fetchone()
    return _item(row) if row else None


def _require(conn: sqlite3.Connection, reference: str) -> InboxItem:
    item = get_inbox_item(conn, reference)
    if item is None:
        raise KnowledgeError(
            f"aucun signalement ni demande « {reference} » (voir « inbox list --statut tous »)."
        )
    return item


def answer_inbox(
    conn: sqlite3.Connection, reference: str, answer: str, *, by: str | None = None
) -> InboxItem:
    """Record the mairie's answer; the bot then delivers it to the resident (pending_deliveries)."""
    item = _require(conn, reference)
    if not answer or not answer.strip():
        raise KnowledgeError("la réponse est vide.")
    with transaction(conn):
        conn.execute(
            "UPDATE inbox SET answer = ?, answered_by = ?, answered_at = ?, status = 'répondu', "
            "delivered_at = NULL "
            "WHERE reference = ?",
            (answer.strip(), by, _now().isoformat(), item.reference),
        )
    return _require(conn, reference)


def close_inbox(conn: sqlite3.Connection, reference: str) -> InboxItem:
    """Mark an item as dealt with (no further message to the resident unless already answered)."""
    item = _require(conn, reference)
    with transaction(conn):
        conn.execute("UPDATE inbox SET status = 'clos' WHERE reference = ?", (item.reference,))
    return _require(conn, reference)


def pending_deliveries(conn: sqlite3.Connection) -> list[InboxItem]:
    """Answered items whose answer has not been sent to the resident yet."""
    return [
        _item(r)
        for r in conn.execute(
            "SELECT * FROM inbox WHERE answer IS NOT NULL AND delivered_at IS NULL ORDER BY answered_at, id"
        )
    ]


def mark_delivered(conn: sqlite3.Connection, reference: str) -> None:
    item = _require(conn, reference)
    with transaction(conn):
        conn.execute(
            "UPDATE inbox SET delivered_at = ? WHERE reference = ?", (_now().isoformat(), item.reference)
        )


def add_unanswered(conn: sqlite3.Connection, question: str, *, chat_id: str | None, reason: str) -> int:
    """Queue a question the bot could not answer (« fallback »), that got a 👎 (« avis négatif »), or
    that the bot failed on (« erreur technique »: the resident got an apology, a clerk should answer)."""
    if reason not in REASONS:
        raise KnowledgeError(
            f"motif « {reason} » inconnu : « fallback », « avis négatif » ou « erreur technique »."
        )
    with transaction(conn):
        cur = conn.execute(
            "INSERT INTO unanswered(question, chat_id, reason, created_at) VALUES (?, ?, ?, ?)",
            (question.strip(), None if chat_id is None else str(chat_id), reason, _now().isoformat()),
        )
    return int(cur.lastrowid or 0)


def _question(row: sqlite3.Row) -> UnansweredQuestion:
    return UnansweredQuestion(
        id=row["id"],
        question=row["question"],
        chat_id=row["chat_id"],
        reason=row["reason"],
        created_at=datetime.fromisoformat(row["created_at"]),
        resolved_at=_dt(row["resolved_at"]),
    )


def list_unanswered(conn: sqlite3.Connection, include_resolved: bool = False) -> list[UnansweredQuestion]:
    sql = (
        "SELECT * FROM unanswered"
        + ("" if include_resolved else " WHERE resolved_at IS NULL")
        + " ORDER BY id"
    )
    return [_question(r) for r in conn.execute(sql)]


def resolve_unanswered(conn: sqlite3.Connection, qid: int) -> None:
    with transaction(conn):
        cur = conn.execute(
            "UPDATE unanswered SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL",
            (_now().isoformat(), qid),
        )
        if cur.rowcount == 0 and not conn.execute("SELECT 1 FROM unanswered WHERE id = ?", (qid,)).fetchone():
            raise KnowledgeError(f"aucune question sans réponse n° {qid} (voir « unanswered list »).")


def answer_unanswered(
    conn: sqlite3.Connection, qid: int, answer: str, *, by: str | None = None
) -> InboxItem:
    """Answer a question the bot could not: the bot sends the answer to the resident who asked.

    The question becomes an answered « demande » (DEM-…), so delivery, /mesdonnees, /oubli and the
    retention purge treat it like any request; it keeps the question's date, so it is purged on the
    question's schedule, and the question is marked as dealt with. One transaction.
    """
    if not answer or not answer.strip():
        raise KnowledgeError("la réponse est vide.")
    row = conn.execute("SELECT * FROM unanswered WHERE id = ?", (qid,)).fetchone()
    if row is None:
        raise KnowledgeError(f"aucune question sans réponse n° {qid} (voir « unanswered list »).")
    if not row["chat_id"]:
        raise KnowledgeError(
            f"la question n° {qid} n'a pas été posée sur Telegram : personne à qui envoyer la réponse. "
            f"Marquez-la comme traitée (unanswered resolve {qid})."
        )
    now = _now()
    with transaction(conn):
        reference = _next_reference(conn, "demande", now)
        conn.execute(
            "INSERT INTO inbox(reference, kind, chat_id, text, created_at, status, answer, answered_by, "
            "answered_at) VALUES (?, 'demande', ?, ?, ?, 'répondu', ?, ?, ?)",
            (reference, row["chat_id"], row["question"], row["created_at"], answer.strip(), by,
             now.isoformat()),
        )
        conn.execute(
            "UPDATE unanswered SET resolved_at = coalesce(resolved_at, ?) WHERE id = ?",
            (now.isoformat(), qid),
        )
    return _require(conn, reference)


def data_about_chat(conn: sqlite3.Connection, chat_id: str) -> dict[str, list[dict[str, Any]]]:
    """Everything stored about a chat, for /mesdonnees (RGPD right of access)."""
    chat = str(chat_id)
    inbox = [
        {
            k: r[k]
            for k in (
                "reference",
                "kind",
                "text",
                "photo_file_id",
                "latitude",
                "longitude",
                "created_at",
                "status",
                "answer",
                "answered_at",
                "delivered_at",
            )
        }
        for r in conn.execute("SELECT * FROM inbox WHERE chat_id = ? ORDER BY id", (chat,))
    ]
    questions = [
        {k: r[k] for k in ("id", "question", "reason", "created_at", "resolved_at")}
        for r in conn.execute("SELECT * FROM unanswered WHERE chat_id = ? ORDER BY id", (chat,))
    ]
    return {"signalements et demandes": inbox, "questions sans réponse": questions}


def erase_chat(conn: sqlite3.Connection, chat_id: str) -> int:
    """Delete everything tied to a chat (RGPD right to erasure); returns the number of rows deleted."""
    chat = str(chat_id)
    with transaction(conn):
        n = conn.execute("DELETE FROM inbox WHERE chat_id = ?", (chat,)).rowcount
        n += conn.execute("DELETE FROM unanswered WHERE chat_id = ?", (chat,)).rowcount
    return n


def purge_resident_data(conn: sqlite3.Connection, older_than_days: int) -> int:
    """Delete residents' items and questions created more than N days ago (retention limit)."""
    if older_than_days < 0:
        raise KnowledgeError("le nombre de jours doit être positif.")
    cutoff = (_now() - timedelta(days=older_than_days)).isoformat()
    with transaction(conn):
        n = conn.execute("DELETE FROM inbox WHERE created_at < ?", (cutoff,)).rowcount
        n += conn.execute("DELETE FROM unanswered WHERE created_at < ?", (cutoff,)).rowcount
    return n
