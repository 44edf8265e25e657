"""Write the knowledge base back to the published formats; importing the result gives the same base.

The CSV files are what a French spreadsheet opens right: UTF-8 with a BOM (Excel otherwise reads
Windows-1252 and breaks the accents) and `;` between cells (the list separator of a French Windows).
The inbox and the unanswered questions are written too; they hold residents' personal data.
"""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Callable
from pathlib import Path

from .errors import KnowledgeError
from .importers import annuaire, arretes, budget, deliberations, fiches, plancomptes, profile, residents

Rows = Callable[[sqlite3.Connection], list[list[str]]]
_TABLES: list[tuple[str, list[str], Rows, str]] = [
    ("fiches.csv", fiches.EXPORT_HEADER, fiches.export_rows, "fiches"),
    ("arretes.csv", arretes.EXPORT_HEADER, arretes.export_rows, "arretes"),
    ("deliberations.csv", deliberations.EXPORT_HEADER, deliberations.export_rows, "deliberations"),
    ("budget.csv", budget.EXPORT_HEADER, budget.export_rows, "budget_lines"),
    ("annuaire.csv", annuaire.EXPORT_HEADER, annuaire.export_rows, "acteurs"),
    ("signalements-et-demandes.csv", residents.INBOX_HEADER, residents.export_inbox, "inbox"),
    ("questions-sans-reponse.csv", residents.UNANSWERED_HEADER, residents.export_unanswered, "unanswered"),
]
PERSONAL = {"signalements-et-demandes.csv", "questions-sans-reponse.csv"}


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    """One spreadsheet-ready CSV: UTF-8 with BOM, `;`, CRLF line ends."""
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)


def export_kb(conn: sqlite3.Connection, directory: str | Path) -> list[Path]:
    """commune.yml, one CSV per non-empty table, each imported plan de comptes; returns the files written."""
    out_dir = Path(directory)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        written: list[Path] = []
        text = profile.export(conn)
        if text is not None:
            path = out_dir / "commune.yml"
            path.write_text(text, encoding="utf-8")
            written.append(path)
        for name, header, rows_of, table in _TABLES:
            if not conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone():
                continue
            path = out_dir / name
            write_csv(path, header, rows_of(conn))
            written.append(path)
        for name, data in plancomptes.export_files(conn):
            path = out_dir / name
            path.write_bytes(data)
            written.append(path)
    except OSError as exc:
        raise KnowledgeError(
            f"impossible d'écrire dans « {out_dir} » ({exc.strerror or 'erreur d’écriture'}) : choisissez un "
            "dossier où vous avez le droit d'écrire, avec assez de place."
        ) from None
    return written
