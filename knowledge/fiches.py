"""Fiches pratiques: search for the bot, and the clerk's add/edit/disable/delete."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from . import fts
from .db import transaction
from .errors import KnowledgeError
from .importers.base import row_hash
from .importers.fiches import COLUMNS as IMPORT_COLUMNS
from .records import Fiche, Source
from .search import fts_ids
from .textnorm import key

# question and variantes weigh more than the answer body
_WEIGHTS = (4.0, 3.0, 1.0)


def _fiche(row: sqlite3.Row) -> Fiche:
    variantes = tuple(v for v in (row["variantes"] or "").split("|") if v)
    return Fiche(
        id=row["id"],
        question=row["question"],
        reponse=row["reponse"],
        variantes=variantes,
        theme=row["theme"],
        lien=row["lien"],
        enabled=bool(row["enabled"]),
        source=Source("fiche", str(row["id"]), f"Fiche pratique « {row['question']} »", row["lien"]),
    )


def search_fiches(conn: sqlite3.Connection, text: str, limit: int = 5) -> list[tuple[Fiche, float]]:
    """Enabled fiches best first, with score (-bm25, higher = better)."""
    hits = fts_ids(conn, "fiches", text, _WEIGHTS, limit * 4 + 10)
    out: list[tuple[Fiche, float]] = []
    for rowid, score in hits:
        fiche = get_fiche(conn, rowid)
        if fiche is not None and fiche.enabled:
            out.append((fiche, score))
        if len(out) >= limit:
            break
    return out


def get_fiche(conn: sqlite3.Connection, fiche_id: int) -> Fiche | None:
    row = conn.execute("SELECT * FROM fiches WHERE id = ?", (fiche_id,)).fetchone()
    return _fiche(row) if row else None


def list_fiches(conn: sqlite3.Connection, include_disabled: bool = False) -> list[Fiche]:
    sql = "SELECT * FROM fiches" + ("" if include_disabled else " WHERE enabled = 1") + " ORDER BY id"
    return [_fiche(r) for r in conn.execute(sql)]


def add_fiche(
    conn: sqlite3.Connection,
    question: str,
    reponse: str,
    *,
    variantes: list[str] | None = None,
    theme: str | None = None,
    lien: str | None = None,
) -> Fiche:
    """A new fiche, answerable at once (no retraining)."""
    question, reponse = question.strip(), reponse.strip()
    if not question or not reponse:
        raise KnowledgeError("une fiche a besoin d'une question et d'une réponse non vides.")
    qkey = key(question)
    with transaction(conn):
        if conn.execute("SELECT 1 FROM fiches WHERE question_key = ?", (qkey,)).fetchone():
            raise KnowledgeError(f"une fiche existe déjà pour la question « {question} ».")
        cur = conn.execute(
            "INSERT INTO fiches(question_key, question, reponse, variantes, theme, lien, enabled, "
            "source_file) "
            "VALUES (?, ?, ?, ?, ?, ?, 1, NULL)",
            (qkey, question, reponse, "|".join(v.strip() for v in variantes or [] if v.strip()), theme, lien),
        )
        fiche_id = int(cur.lastrowid or 0)
        fts.index_from(conn, "fiches", fiche_id)
        _rehash(conn, fiche_id)
    fiche = get_fiche(conn, fiche_id)
    assert fiche is not None
    return fiche


def edit_fiche(
    conn: sqlite3.Connection,
    fiche_id: int,
    *,
    question: str | None = None,
    reponse: str | None = None,
    variantes: list[str] | None = None,
    theme: str | None = None,
    lien: str | None = None,
) -> Fiche:
    """Change the given fields of a fiche; others stay as they are."""
    current = get_fiche(conn, fiche_id)
    if current is None:
        raise KnowledgeError(f"aucune fiche n° {fiche_id} (voir « fiches list »).")
    q = (question or current.question).strip()
    r = (reponse or current.reponse).strip()
    v = "|".join(variantes) if variantes is not None else "|".join(current.variantes)
    with transaction(conn):
        clash = conn.execute("SELECT id FROM fiches WHERE question_key = ? AND id != ?", (key(q), fiche_id))
        if clash.fetchone():
            raise KnowledgeError(f"une autre fiche a déjà la question « {q} ».")
        conn.execute(
            "UPDATE fiches SET question_key = ?, question = ?, reponse = ?, variantes = ?, theme = ?, "
            "lien = ? "
            "WHERE id = ?",
            (
                key(q),
                q,
                r,
                v,
                theme if theme is not None else current.theme,
                lien if lien is not None else current.lien,
                fiche_id,
            ),
        )
        fts.reindex(conn, "fiches", [fiche_id])
        _rehash(conn, fiche_id)
    fiche = get_fiche(conn, fiche_id)
    assert fiche is not None
    return fiche


def _rehash(conn: sqlite3.Connection, fiche_id: int) -> None:
    """After a clerk's change: row_hash equal to what an import of the same content computes (re-imports
    of the same content stay « inchangé »), and edited_at set, so an import never silently undoes it."""
    row = conn.execute("SELECT * FROM fiches WHERE id = ?", (fiche_id,)).fetchone()
    if row is not None:
        conn.execute(
            "UPDATE fiches SET row_hash = ?, edited_at = ? WHERE id = ?",
            (row_hash(dict(row), IMPORT_COLUMNS), _now(), fiche_id),
        )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def set_fiche_enabled(conn: sqlite3.Connection, fiche_id: int, enabled: bool) -> Fiche:
    with transaction(conn):
        cur = conn.execute("UPDATE fiches SET enabled = ? WHERE id = ?", (int(enabled), fiche_id))
        if cur.rowcount == 0:
            raise KnowledgeError(f"aucune fiche n° {fiche_id} (voir « fiches list »).")
        _rehash(conn, fiche_id)
    fiche = get_fiche(conn, fiche_id)
    assert fiche is not None
    return fiche


def delete_fiche(conn: sqlite3.Connection, fiche_id: int) -> None:
    with transaction(conn):
        if conn.execute("DELETE FROM fiches WHERE id = ?", (fiche_id,)).rowcount == 0:
            raise KnowledgeError(f"aucune fiche n° {fiche_id} (voir « fiches list »).")
        fts.unindex(conn, "fiches", [fiche_id])
