"""Shared FTS5 querying: stemmed, accent-free; resident text is always a bound parameter.

Small tables are ranked with bm25. Big ones (a million arrêtés) cannot be: bm25 needs each term's
document frequency, which FTS5 computes by reading the term's whole posting list on every query. There,
`window` mode gathers the newest rows holding each word and scores those few hundred candidates in
Python by the words they contain, weighted by column.
"""

from __future__ import annotations

import sqlite3

from . import fts
from .textnorm import stems

PREFIX_MIN = 3  # prefix search (directory): « foot » finds « football », « kiné » (stem « kin ») a kiné


def query_terms(text: str | None) -> list[str]:
    """Distinct stems of the meaningful words, in order (the index's own analysis)."""
    return list(dict.fromkeys(stems(text)))


def _quoted(terms: list[str], prefix: bool = False) -> list[str]:
    return ['"' + t.replace('"', "") + '"' + ("*" if prefix and len(t) >= PREFIX_MIN else "") for t in terms]


def fts_ids(
    conn: sqlite3.Connection,
    table: str,
    text: str,
    weights: tuple[float, ...],
    limit: int,
    *,
    window: int | None = None,
    prefix: bool = False,
) -> list[tuple[int, float]]:
    """(rowid, score) best first, higher score = better (-bm25, or the weighted word count in window mode)."""
    return fts_ids_for(conn, table, query_terms(text), weights, limit, window=window, prefix=prefix)


def fts_ids_for(
    conn: sqlite3.Connection,
    table: str,
    terms: list[str],
    weights: tuple[float, ...],
    limit: int,
    *,
    window: int | None = None,
    prefix: bool = False,
) -> list[tuple[int, float]]:
    """fts_ids for stems already analysed (french.Analyzer)."""
    if not terms or limit <= 0:
        return []
    quoted = _quoted(terms, prefix)
    w = ", ".join(str(x) for x in weights)
    if window is None:
        sql = (
            f"SELECT rowid, -bm25({table}_fts, {w}) FROM {table}_fts "
            f"WHERE {table}_fts MATCH ? ORDER BY bm25({table}_fts, {w}) LIMIT ?"
        )
        return [(r[0], r[1]) for r in conn.execute(sql, (" OR ".join(quoted), limit))]
    # One posting list at a time, newest first: FTS5 streams it and stops at the LIMIT. (An AND of two
    # common words that rarely meet would read both lists to the end.)
    newest = f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ? ORDER BY rowid DESC LIMIT ?"
    candidates: set[int] = set()
    for q in quoted:
        candidates.update(r[0] for r in conn.execute(newest, (q, max(window, limit))))
    if not candidates:
        return []
    cols = fts.SPECS[table][0]
    wanted = set(terms)
    scored: list[tuple[float, int]] = []
    ids = sorted(candidates)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(f"SELECT rowid, {cols} FROM {table}_fts WHERE rowid IN ({marks})", chunk):
            score = 0.0
            found: set[str] = set()
            for weight, value in zip(weights, row[1:], strict=False):
                tokens = (value or "").split()
                hit = wanted.intersection(tokens)
                if prefix and len(hit) < len(wanted):
                    spaced = " " + " ".join(tokens)  # « a token starts with t » as one substring search
                    hit |= {t for t in wanted - hit if len(t) >= PREFIX_MIN and f" {t}" in spaced}
                score += weight * len(hit)
                found |= hit
            score += 10.0 * len(found) / len(wanted)  # coverage of the question first
            scored.append((score, row[0]))
    scored.sort(key=lambda t: (-t[0], -t[1]))
    return [(rowid, score) for score, rowid in scored[:limit]]
