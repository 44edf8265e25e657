"""Read-only listings for people browsing the base (the web console), beside the bot's searches.

The bot asks targeted questions (« budget 2025 cantine »); a clerk also needs to see everything: the
latest délibérations, the whole directory, every line of a budget document, the import history.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from .annuaire import _acteur
from .arretes import _deliberation
from .importers.csvread import cents_to_decimal
from .records import Acteur, Deliberation


@dataclass(frozen=True)
class ImportRecord:
    """One file imported, as `python -m knowledge history` shows it."""

    imported_at: datetime
    file_name: str
    kind: str
    sha256: str
    added: int
    updated: int
    unchanged: int
    rejected: int
    removed: int
    status: str


@dataclass(frozen=True)
class DocumentLine:
    """One nature account of a budget document: `réel` lines summed, as residents are told."""

    section: str
    direction: str
    nature: str
    label: str | None
    amount: Decimal

    @property
    def chapter(self) -> str:
        """The two-digit account the nature belongs to (60, 61, 64, 73, 21…)."""
        return self.nature[:2]


def import_history(conn: sqlite3.Connection, limit: int = 30) -> list[ImportRecord]:
    rows = conn.execute("SELECT * FROM imports ORDER BY id DESC LIMIT ?", (limit,))
    return [
        ImportRecord(
            imported_at=datetime.fromisoformat(r["imported_at"]),
            file_name=r["file_name"],
            kind=r["kind"],
            sha256=r["sha256"],
            added=r["added"],
            updated=r["updated"],
            unchanged=r["unchanged"],
            rejected=r["rejected"],
            removed=r["removed"],
            status=r["status"],
        )
        for r in rows
    ]


def recent_deliberations(conn: sqlite3.Connection, limit: int = 50) -> list[Deliberation]:
    return [
        _deliberation(r)
        for r in conn.execute("SELECT * FROM deliberations ORDER BY date DESC, id DESC LIMIT ?", (limit,))
    ]


def list_acteurs(conn: sqlite3.Connection, limit: int = 500) -> list[Acteur]:
    """The directory in category then name order."""
    return [
        _acteur(r)
        for r in conn.execute(
            "SELECT * FROM acteurs ORDER BY categorie COLLATE NOCASE, nom COLLATE NOCASE LIMIT ?", (limit,)
        )
    ]


def budget_names(conn: sqlite3.Connection, year: int, document: str) -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT budget_nom FROM budget_lines WHERE annee = ? AND document = ? ORDER BY 1",
            (year, document),
        )
    ]


def document_lines(
    conn: sqlite3.Connection, year: int, document: str, budget_nom: str | None = None
) -> list[DocumentLine]:
    """Every nature account of one budget document (`réel` lines only), by section, direction, account."""
    sql = (
        "SELECT section, direction, nature, max(nature_label), SUM(amount_cents) FROM budget_lines "
        "WHERE annee = ? AND document = ? AND opbudg = 'réel'"
    )
    params: list[object] = [year, document]
    if budget_nom is not None:
        sql += " AND budget_nom = ?"
        params.append(budget_nom)
    sql += " GROUP BY section, direction, nature ORDER BY section, direction, nature"
    return [
        DocumentLine(section, direction, nature, label, cents_to_decimal(total))
        for section, direction, nature, label, total in conn.execute(sql, params)
    ]
