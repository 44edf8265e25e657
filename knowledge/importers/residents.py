# ruff: noqa: E501  (French messages are kept whole)
"""The residents' inbox and the unanswered questions, exported and imported back (backup, restore).

Why: `knowledge export` must give back everything the base holds, and what it writes must import
unchanged (issue 12). These files hold residents' personal data (their messages and conversation ids).
An import only adds what the base lacks: an item already there is kept as the base has it (the base
is newer than any backup: an answer or a closing must not be undone), and nothing is deleted — only
the retention purge and `privacy erase` delete. Cells are taken as written (a resident may type « NC »).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import Any

from ..inbox import KINDS, REASONS, STATUSES
from .base import Context, ImportReport, check_columns, collect
from .csvread import FieldError, read_csv

INBOX_HEADER = [
    "reference",
    "type",
    "conversation",
    "recu_le",
    "statut",
    "message",
    "latitude",
    "longitude",
    "photo",
    "reponse",
    "repondu_par",
    "repondu_le",
    "transmise_le",
]
INBOX_COLUMNS = [
    "reference",
    "kind",
    "chat_id",
    "created_at",
    "status",
    "text",
    "latitude",
    "longitude",
    "photo_file_id",
    "answer",
    "answered_by",
    "answered_at",
    "delivered_at",
]
UNANSWERED_HEADER = ["posee_le", "conversation", "motif", "question", "traitee_le"]
UNANSWERED_COLUMNS = ["created_at", "chat_id", "reason", "question", "resolved_at"]


def _moment(value: str | None, column: str, *, required: bool = False) -> str | None:
    if not value:
        if required:
            raise FieldError(column, value, "date et heure manquantes (ex. 2026-03-02T09:15:00+00:00)")
        return None
    try:
        return datetime.fromisoformat(value).isoformat()
    except ValueError:
        raise FieldError(column, value, "date et heure illisibles (ex. 2026-03-02T09:15:00+00:00)") from None


def _coordinate(value: str | None, column: str, limit: float) -> float | None:
    if not value:
        return None
    try:
        number = float(value.replace(",", "."))
    except ValueError:
        raise FieldError(column, value, "coordonnée illisible (ex. 45.4312)") from None
    if not -limit <= number <= limit:
        raise FieldError(column, value, f"coordonnée hors limites (±{limit:g})")
    return number


def _inbox_row(row: dict[str, Any]) -> dict[str, Any]:
    reference = (row.get("reference") or "").strip().upper()
    if not reference:
        raise FieldError("reference", None, "référence manquante (ex. SIG-2026-0007)")
    kind = row.get("type")
    if kind not in KINDS:
        raise FieldError("type", kind, "« signalement » ou « demande » attendu")
    status = row.get("statut")
    if status not in STATUSES:
        raise FieldError("statut", status, f"statut inconnu ({', '.join(STATUSES)})")
    text = row.get("message")
    if not text:
        raise FieldError("message", text, "message vide")
    if not row.get("conversation"):
        raise FieldError("conversation", None, "conversation manquante")
    latitude = _coordinate(row.get("latitude"), "latitude", 90)
    longitude = _coordinate(row.get("longitude"), "longitude", 180)
    if (latitude is None) != (longitude is None):
        raise FieldError("longitude", row.get("longitude"), "latitude et longitude vont ensemble")
    return {
        "reference": reference,
        "kind": kind,
        "chat_id": row["conversation"],
        "created_at": _moment(row.get("recu_le"), "recu_le", required=True),
        "status": status,
        "text": text,
        "latitude": latitude,
        "longitude": longitude,
        "photo_file_id": row.get("photo") or None,
        "answer": row.get("reponse") or None,
        "answered_by": row.get("repondu_par") or None,
        "answered_at": _moment(row.get("repondu_le"), "repondu_le"),
        "delivered_at": _moment(row.get("transmise_le"), "transmise_le"),
        "_display_key": reference,
    }


def _unanswered_row(row: dict[str, Any]) -> dict[str, Any]:
    question = row.get("question")
    if not question:
        raise FieldError("question", question, "question vide")
    reason = row.get("motif")
    if reason not in REASONS:
        raise FieldError("motif", reason, f"motif inconnu ({', '.join(REASONS)})")
    created = _moment(row.get("posee_le"), "posee_le", required=True)
    chat = row.get("conversation") or None
    return {
        "created_at": created,
        "chat_id": chat,
        "reason": reason,
        "question": question,
        "resolved_at": _moment(row.get("traitee_le"), "traitee_le"),
        "_key": f"{created}\x1f{chat or ''}\x1f{question}",
        "_display_key": question[:60],
    }


def import_inbox(conn: sqlite3.Connection, path: str, data: bytes, report: ImportReport, ctx: Context) -> None:
    table = read_csv(path, data, resident_text=True)
    report.warnings.extend(table.warnings)
    check_columns(table, report, ["reference", "type", "conversation", "recu_le", "statut", "message"], INBOX_HEADER)
    records = collect(table, report, ctx, _inbox_row, lambda r: r["reference"], key_label="reference")
    existing = {r[0]: tuple(r[1:]) for r in conn.execute(f"SELECT {', '.join(INBOX_COLUMNS)} FROM inbox")}
    cols = ", ".join(INBOX_COLUMNS)
    kept = []
    for rec in records:
        values = tuple(rec[c] for c in INBOX_COLUMNS)
        old = existing.get(rec["reference"])
        if old is None:
            conn.execute(f"INSERT INTO inbox({cols}) VALUES ({', '.join('?' * len(INBOX_COLUMNS))})", values)
            report.added += 1
        else:
            report.unchanged += 1
            if old != values[1:]:
                kept.append(rec["reference"])
    if kept:
        report.warnings.append(_kept_message(kept))


def _kept_message(kept: list[str]) -> str:
    return (
        f"{len(kept)} élément(s) déjà dans la base avec un autre contenu (ex. {', '.join(kept[:3])}) : gardés "
        "tels que la base les a (elle est plus à jour qu'une sauvegarde)."
    )


def import_unanswered(
    conn: sqlite3.Connection, path: str, data: bytes, report: ImportReport, ctx: Context
) -> None:
    table = read_csv(path, data, resident_text=True)
    report.warnings.extend(table.warnings)
    check_columns(table, report, ["posee_le", "motif", "question"], UNANSWERED_HEADER)
    # The same question may come twice in the same second (a resident sending it again): the n-th row
    # of the file with a given (date, conversation, question) is the n-th such question in the base.
    records = collect(
        table, report, ctx, _unanswered_row, lambda r: r["_key"], key_label="question", allow_duplicates=True
    )
    existing: dict[str, list[tuple[int, str | None]]] = {}
    for i, c, chat, q, resolved in conn.execute(
        "SELECT id, created_at, chat_id, question, resolved_at FROM unanswered ORDER BY id"
    ):
        existing.setdefault(f"{c}\x1f{chat or ''}\x1f{q}", []).append((i, resolved))
    seen: dict[str, int] = {}
    kept: list[str] = []
    for rec in records:
        nth = seen[rec["_key"]] = seen.get(rec["_key"], -1) + 1
        same = existing.get(rec["_key"], [])
        old = same[nth] if nth < len(same) else None
        if old is None:
            conn.execute(
                "INSERT INTO unanswered(created_at, chat_id, reason, question, resolved_at) VALUES (?, ?, ?, ?, ?)",
                tuple(rec[c] for c in UNANSWERED_COLUMNS),
            )
            report.added += 1
        else:
            report.unchanged += 1
            if old[1] != rec["resolved_at"]:
                kept.append(rec["question"][:30])
    if kept:
        report.warnings.append(_kept_message(kept))


def export_inbox(conn: sqlite3.Connection) -> list[list[str]]:
    rows = conn.execute(f"SELECT {', '.join(INBOX_COLUMNS)} FROM inbox ORDER BY id")
    return [["" if v is None else (repr(v) if isinstance(v, float) else str(v)) for v in r] for r in rows]


def export_unanswered(conn: sqlite3.Connection) -> list[list[str]]:
    rows = conn.execute(f"SELECT {', '.join(UNANSWERED_COLUMNS)} FROM unanswered ORDER BY id")
    return [["" if v is None else str(v) for v in r] for r in rows]
