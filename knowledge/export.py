"""Write the knowledge base back to the published formats; importing the result gives the same KB."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

from .importers import annuaire, arretes, budget, deliberations, fiches, profile

_TABLES = [
    ("fiches.csv", fiches.EXPORT_HEADER, fiches.export_rows, "fiches"),
    ("arretes.csv", arretes.EXPORT_HEADER, arretes.export_rows, "arretes"),
    ("deliberations.csv", deliberations.EXPORT_HEADER, deliberations.export_rows, "deliberations"),
    ("budget.csv", budget.EXPORT_HEADER, budget.export_rows, "budget_lines"),
    ("annuaire.csv", annuaire.EXPORT_HEADER, annuaire.export_rows, "acteurs"),
]


def export_kb(conn: sqlite3.Connection, directory: str | Path) -> list[Path]:
    """UTF-8, comma-separated CSVs plus commune.yml; empty tables are not written."""
    out_dir = Path(directory)
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
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow(header)
            writer.writerows(rows_of(conn))
        written.append(path)
    return written
