"""Budget answers: totals per document, section and direction (réel lines only), and nature lines."""

from __future__ import annotations

import sqlite3

from .importers.budget import normalise_document
from .importers.csvread import cents_to_decimal
from .records import BudgetLine, BudgetTotal, Source
from .textnorm import STOP_WORDS, fold, words


def _source(year: int, document: str, budget_nom: str) -> Source:
    return Source(
        "budget", f"{year}/{document}/{budget_nom}", f"{document.capitalize()} {year} ({budget_nom})"
    )


def budget_years(conn: sqlite3.Connection) -> list[int]:
    return [r[0] for r in conn.execute("SELECT DISTINCT annee FROM budget_lines ORDER BY annee")]


def budget_documents(conn: sqlite3.Connection, year: int) -> list[str]:
    """Normalised document names of a year (« budget primitif », « compte administratif »…)."""
    return [
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT document FROM budget_lines WHERE annee = ? ORDER BY document", (year,)
        )
    ]


def budget_totals(conn: sqlite3.Connection, year: int, document: str | None = None) -> list[BudgetTotal]:
    """One total per (budget, document, section, direction); only `réel` lines count."""
    sql = (
        "SELECT document, budget_nom, section, direction, SUM(amount_cents) FROM budget_lines "
        "WHERE annee = ? AND opbudg = 'réel'"
    )
    params: list[object] = [year]
    if document is not None:
        sql += " AND document = ?"
        params.append(normalise_document(document))
    sql += (
        " GROUP BY document, budget_nom, section, direction ORDER BY document, budget_nom, section, direction"
    )
    return [
        BudgetTotal(year, doc, nom, section, direction, cents_to_decimal(total), _source(year, doc, nom))
        for doc, nom, section, direction, total in conn.execute(sql, params)
    ]


def budget_lines(
    conn: sqlite3.Connection, year: int, text: str, document: str | None = None, limit: int = 5
) -> list[BudgetLine]:
    """Nature lines matching an account code (« 6411 », prefix allowed) or label words, largest first.

    Lines repeated for several programmes are summed per (document, budget, section, direction, nature).
    """
    text = text.strip()
    sql = (
        "SELECT document, budget_nom, section, direction, nature, max(nature_label), max(fonction), "
        "SUM(amount_cents) AS total FROM budget_lines WHERE annee = ? AND opbudg = 'réel'"
    )
    params: list[object] = [year]
    if document is not None:
        sql += " AND document = ?"
        params.append(normalise_document(document))
    code = text.replace(" ", "")
    if code.isdigit():
        sql += " AND nature LIKE ?"
        params.append(code + "%")
        rows = conn.execute(
            sql + " GROUP BY document, budget_nom, section, direction, nature ORDER BY total DESC LIMIT ?",
            [*params, limit],
        ).fetchall()
    else:
        wanted = [w for w in words(text) if w not in STOP_WORDS and len(w) > 2]
        if not wanted:
            return []
        grouped = conn.execute(
            sql + " GROUP BY document, budget_nom, section, direction, nature", params
        ).fetchall()
        scored = []
        for row in grouped:
            label = fold(f"{row[5] or ''} {row[4]}")
            hits = sum(1 for w in wanted if w[:5] in label)
            if hits:
                scored.append((hits, row[7] or 0, row))
        scored.sort(key=lambda t: (-t[0], -t[1]))
        rows = [t[2] for t in scored[:limit]]
    return [
        BudgetLine(
            year,
            doc,
            nom,
            section,
            direction,
            nature,
            label,
            fonction,
            cents_to_decimal(total),
            _source(year, doc, nom),
        )
        for doc, nom, section, direction, nature, label, fonction, total in rows
    ]
