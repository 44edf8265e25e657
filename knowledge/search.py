"""Shared FTS5 querying: stemmed, accent-free, OR of terms by bm25; resident text is always a parameter."""

from __future__ import annotations

import sqlite3

from .textnorm import fts_query


def fts_ids(
    conn: sqlite3.Connection, table: str, text: str, weights: tuple[float, ...], limit: int, where: str = ""
) -> list[tuple[int, float]]:
    """(rowid, score) best first; score = -bm25 so higher is better."""
    query = fts_query(text)
    if query is None or limit <= 0:
        return []
    w = ", ".join(str(x) for x in weights)
    sql = (
        f"SELECT f.rowid, -bm25({table}_fts, {w}) AS score FROM {table}_fts f "
        f"{where} WHERE {table}_fts MATCH ? ORDER BY bm25({table}_fts, {w}) LIMIT ?"
    )
    return [(r[0], r[1]) for r in conn.execute(sql, (query, limit))]
