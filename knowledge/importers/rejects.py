"""The rejected rows of an import, written to a CSV file a French spreadsheet opens right.

Why: the terminal shows the first errors only; the clerk needs every rejected row, with its line and
what is wrong, in a file she can open, fix and import again. UTF-8 with BOM and `;` are what Excel and
LibreOffice expect on a French PC. The file goes next to the imported file when that folder is writable
(the clerk finds it where she left her file), else into $CLOCHER_HOME/rejets/.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

from .base import ImportReport

SUFFIX = ".rejets.csv"  # never walked when importing a folder (see expand_paths)
COLUMNS = ["ligne", "colonne", "valeur", "erreur"]
FALLBACK_FOLDER = "rejets"


def fallback_dir() -> Path:
    """Where rejected rows go when the imported file's folder is read-only: $CLOCHER_HOME/rejets."""
    return Path(os.environ.get("CLOCHER_HOME") or "var") / FALLBACK_FOLDER


def table(report: ImportReport) -> tuple[list[str], list[list[str]]]:
    """Header and rows of the rejected-rows file: line, column, value, error, then the row as written."""
    width = len(report.header)
    rows = []
    for error in report.errors:
        cells = list(error.cells or ())
        cells += [""] * (width - len(cells))
        rows.append(
            [
                "" if error.line is None else str(error.line),
                error.column or "",
                "" if error.value is None else error.value,
                error.message,
                *cells,
            ]
        )
    extra = max((len(r) for r in rows), default=0) - len(COLUMNS) - width
    header = [*COLUMNS, *report.header, *[f"colonne {width + i + 1}" for i in range(extra)]]
    return header, rows


def file_name(source: str) -> str:
    return Path(source).stem + SUFFIX


def writable(folder: Path) -> bool:
    """True when we may write into `folder`: the system allows it and its mode does not forbid it.

    The mode bits matter for an administrator too (root may write anywhere): a folder made read-only on
    purpose — published data, a shared sample — is left as it is.
    """
    try:
        return os.access(folder, os.W_OK) and bool(folder.stat().st_mode & 0o222)
    except OSError:
        return False


def write(report: ImportReport) -> Path | None:
    """Write the report's errors and rejected rows; returns the file written (None: nothing to write).

    A folder we cannot write into sends the file to fallback_dir(); if that fails too, the report gets
    a warning instead (the import itself is not undone for it).
    """
    if not any(e.cells is not None for e in report.errors):
        return None  # a whole-file problem (missing column, open quote…): the terminal says it all
    header, rows = table(report)
    name = file_name(report.path)
    beside = Path(report.path).parent
    for folder in ([beside] if writable(beside) else []) + [fallback_dir()]:
        target = folder / name
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with target.open("w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh, delimiter=";", lineterminator="\r\n")
                writer.writerow(header)
                writer.writerows(rows)
        except OSError:
            continue
        report.rejects_path = str(target)
        return target
    report.warnings.append(
        f"impossible d'écrire la liste des lignes rejetées (ni à côté du fichier, ni dans {fallback_dir()})."
    )
    return None
