"""Keeping the FTS5 shadow tables in step with their tables, in bulk.

Each `<table>_fts` row has the rowid of its source row and holds stemmed text (textnorm.stem_text,
registered as an SQL function by db.open_kb). Writers call `index_from`, `reindex` and `unindex`
right after changing rows, inside the same transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

SPECS: dict[str, tuple[str, str]] = {
    "fiches": (
        "question, variantes, reponse",
        "stem_text(question), stem_text(variantes), stem_text(reponse)",
    ),
    # Most arrêtés have no full text: iif() spares a Python call per row (stem_text(NULL) is '' too).
    "arretes": (
        "objet, lieux, body",
        "stem_text(objet), stem_text(lieux), iif(text IS NULL, '', stem_text(text))",
    ),
    "deliberations": (
        "objet, body",
        "stem_text(objet), "
        "stem_text(coalesce(matiere, '') || ' ' || coalesce(budget_nom, '') || ' ' || delib_id)",
    ),
    "acteurs": (
        "nom, categorie, body",
        "stem_text(nom), stem_text(categorie), "
        "stem_text(coalesce(description, '') || ' ' || coalesce(adresse, ''))",
    ),
}


def index_from(conn: sqlite3.Connection, table: str, first_id: int) -> None:
    """Index every row with id ≥ first_id (freshly inserted rows get consecutive ids)."""
    cols, exprs = SPECS[table]
    conn.execute(
        f"INSERT INTO {table}_fts(rowid, {cols}) SELECT id, {exprs} FROM {table} WHERE id >= ?", (first_id,)
    )


def reindex(conn: sqlite3.Connection, table: str, ids: Iterable[int]) -> None:
    """Re-index rows whose text changed."""
    cols, exprs = SPECS[table]
    params = [(i,) for i in ids]
    conn.executemany(f"DELETE FROM {table}_fts WHERE rowid = ?", params)
    conn.executemany(
        f"INSERT INTO {table}_fts(rowid, {cols}) SELECT id, {exprs} FROM {table} WHERE id = ?", params
    )


def unindex(conn: sqlite3.Connection, table: str, ids: Iterable[int]) -> None:
    conn.executemany(f"DELETE FROM {table}_fts WHERE rowid = ?", [(i,) for i in ids])


def rebuild(conn: sqlite3.Connection, table: str) -> None:
    """Index a whole table again (e.g. after a stemmer change)."""
    cols, exprs = SPECS[table]
    conn.execute(f"DELETE FROM {table}_fts")
    conn.execute(f"INSERT INTO {table}_fts(rowid, {cols}) SELECT id, {exprs} FROM {table}")
