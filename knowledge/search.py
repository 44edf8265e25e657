"""Shared FTS5 querying: stemmed, accent-free, OR of terms by bm25; resident text is always a parameter."""

from __future__ import annotations

import sqlite3

from .textnorm import fts_query


def fts_ids(
    conn: sqlite3.Connection,
    table: str,
    text: str,
    weights: tuple[float, ...],
    limit: int,
    *,
    window: int | None = None,
) -> list[tuple[int, float]]:
    """(rowid, score) best first; score = -bm25 so higher is better.

    With `window`, only the `window` newest matching rows are ranked: on a million arrêtés a common
    word matches hundreds of thousands of rows, and ranking them all costs far more than the 20 ms
    budget, while residents ask about recent ones.
    """
    query = fts_query(text)
    if query is None or limit <= 0:
        return []
    w = ", ".join(str(x) for x in weights)
    if window is None:
        sql = (
            f"SELECT rowid, -bm25({table}_fts, {w}) AS score FROM {table}_fts "
            f"WHERE {table}_fts MATCH ? ORDER BY bm25({table}_fts, {w}) LIMIT ?"
        )
        return [(r[0], r[1]) for r in conn.execute(sql, (query, limit))]
    sql = (
        f"SELECT rowid, score FROM (SELECT rowid, -bm25({table}_fts, {w}) AS score FROM {table}_fts "
        f"WHERE {table}_fts MATCH ? ORDER BY rowid DESC LIMIT ?) ORDER BY score DESC, rowid DESC LIMIT ?"
    )
    return [(r[0], r[1]) for r in conn.execute(sql, (query, max(window, limit), limit))]
