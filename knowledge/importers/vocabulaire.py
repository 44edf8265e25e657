"""A commune's own words (`vocabulaire.txt`): « la Vogue, fête patronale », « les Granges => hameau des
Granges ». Rules in the synonyms format of french/data/synonyms.txt, read by the bot's analysis of
residents' questions on top of the general French it knows.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import french

from .base import Context, ImportReport
from .csvread import FileRejected, decode


def is_vocabulary(path: str | Path) -> bool:
    """`vocabulaire.txt`, `vocabulaire-commune.txt`…: a text file named for what it holds."""
    p = Path(path)
    return p.suffix.lower() == ".txt" and p.name.lower().startswith("vocabulaire")


def import_file(conn: sqlite3.Connection, path: str, data: bytes, report: ImportReport, ctx: Context) -> None:
    text = decode(data).text
    name = Path(path).name
    try:
        rules = french.parse_rules(text, name)
    except french.LexiconError as exc:
        # the report already names the file: « vocabulaire.txt : ligne 2 : … », not the name twice
        said = str(exc).removeprefix(f"{name}, ")
        raise FileRejected(f"{said} Corrigez la ligne puis importez à nouveau le fichier.") from None
    if not rules:
        raise FileRejected(
            "aucune règle trouvée : écrivez une expression par ligne, "
            "par exemple « la Vogue, fête patronale »."
        )
    old = conn.execute("SELECT text FROM vocabulaire WHERE source_file = ?", (name,)).fetchone()
    if old is not None and old[0] == text:
        report.unchanged += len(rules)
        return
    conn.execute("DELETE FROM vocabulaire WHERE source_file = ?", (name,))
    conn.execute("INSERT INTO vocabulaire(source_file, text) VALUES (?, ?)", (name, text))
    if old is None:
        report.added += len(rules)
    else:
        report.updated += len(rules)


def vocabulary(conn: sqlite3.Connection) -> str | None:
    """Every vocabulary file imported, one after the other (None when the commune has none)."""
    try:
        rows = conn.execute("SELECT text FROM vocabulaire ORDER BY source_file").fetchall()
    except sqlite3.OperationalError:
        return None
    return "\n".join(r[0] for r in rows) or None
