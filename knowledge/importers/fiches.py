# ruff: noqa: E501  (French messages are kept whole)
"""Fiches pratiques (FAQ) CSV, keyed on the question: answerable as soon as imported, no retraining."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

from .. import fts
from ..textnorm import french_date, key
from .base import Context, ImportReport, check_columns, collect, row_hash
from .csvread import FieldError, read_csv

REQUIRED = ["question", "reponse"]
KNOWN = ["variantes", "theme", "lien", "actif"]
COLUMNS = ["question_key", "question", "reponse", "variantes", "theme", "lien", "enabled"]
_YES = {"oui", "o", "1", "true", "vrai", "yes", "x"}
_NO = {"non", "n", "0", "false", "faux", "no"}


def split_variantes(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def parse_enabled(value: str | None) -> bool | None:
    if value is None:
        return None
    low = value.strip().lower()
    if low in _YES:
        return True
    if low in _NO:
        return False
    raise FieldError("actif", value, "« oui » ou « non » attendu")


def _parse(row: dict[str, str | None]) -> dict[str, Any]:
    question = row.get("question")
    if not question:
        raise FieldError("question", row.get("question"), "question vide")
    reponse = row.get("reponse")
    if not reponse:
        raise FieldError("reponse", reponse, "réponse vide")
    qkey = key(question)
    if not qkey:
        raise FieldError("question", question, "question sans aucun mot")
    return {
        "question_key": qkey,
        "question": question,
        "reponse": reponse,
        "variantes": "|".join(split_variantes(row.get("variantes"))),
        "theme": row.get("theme"),
        "lien": row.get("lien"),
        "enabled": parse_enabled(row.get("actif")),
        "_display_key": question,
    }


def import_file(conn: sqlite3.Connection, path: str, data: bytes, report: ImportReport, ctx: Context) -> None:
    table = read_csv(path, data)
    report.warnings.extend(table.warnings)
    check_columns(table, report, REQUIRED, KNOWN)
    records = collect(table, report, ctx, _parse, lambda r: r["question_key"], key_label="question")
    _store(conn, report, records, Path(path).name, replace_edited=ctx.replace_edited)


def _store(
    conn: sqlite3.Connection,
    report: ImportReport,
    records: list[dict[str, Any]],
    name: str,
    *,
    replace_edited: bool,
) -> None:
    """Upsert the file's fiches, never silently over a clerk's edit (issue 12).

    A fiche the clerk added, edited, enabled or disabled since the last import (edited_at set) is kept
    as she left it when the file says otherwise, and the conflict is listed, unless replace_edited
    (« --remplacer »). A fiche whose question she rewrote is still matched through its import_key.
    """
    rows = conn.execute(
        "SELECT id, question_key, import_key, question, enabled, row_hash, edited_at, source_file FROM fiches"
    ).fetchall()
    by_key = {r["question_key"]: r for r in rows}
    by_import = {r["import_key"]: r for r in rows if r["import_key"] and r["import_key"] != r["question_key"]}
    inserts: list[dict[str, Any]] = []
    updates: list[tuple[int, dict[str, Any]]] = []
    settled: list[tuple[str, str, int]] = []  # the file now agrees with the clerk: no longer « edited »
    matched: set[int] = set()
    for rec in records:
        qkey = rec["question_key"]
        row = by_key.get(qkey) or by_import.get(qkey)
        if rec["enabled"] is None:  # no « actif » column: a clerk's enable/disable survives re-import
            rec["enabled"] = row["enabled"] if row is not None else 1
        rec["enabled"] = int(rec["enabled"])
        rec["row_hash"] = row_hash(rec, COLUMNS)
        if row is None:
            inserts.append(rec)
            continue
        if row["id"] in matched:
            report.conflicts.append(
                f"ligne {rec['_line']} : la question « {rec['question']} » désigne la fiche n° {row['id']}, déjà "
                "reprise d'une autre ligne du fichier ; ligne ignorée."
            )
            continue
        matched.add(row["id"])
        if row["row_hash"] == rec["row_hash"]:
            report.unchanged += 1
            if row["edited_at"] or row["import_key"] != qkey or row["source_file"] != name:
                settled.append((qkey, name, row["id"]))
            continue
        if row["edited_at"] and not replace_edited:
            report.conflicts.append(
                f"fiche n° {row['id']} « {row['question']} » modifiée par le secrétariat le "
                f"{_day(row['edited_at'])} : gardée telle quelle, la version du fichier (ligne {rec['_line']}) "
                "est ignorée. Pour prendre celle du fichier : import --remplacer."
            )
            continue
        other = by_key.get(qkey)
        if other is not None and other["id"] != row["id"]:
            report.conflicts.append(
                f"ligne {rec['_line']} : la question « {rec['question']} » est déjà celle de la fiche n° "
                f"{other['id']} ; la fiche n° {row['id']} est gardée telle quelle."
            )
            continue
        updates.append((row["id"], rec))
    gone = []
    if not report.rejected:  # a row we could not read must not erase what it used to say
        for row in rows:
            if row["source_file"] != name or row["id"] in matched:
                continue
            if row["edited_at"] and not replace_edited:
                report.conflicts.append(
                    f"fiche n° {row['id']} « {row['question']} » absente du fichier mais modifiée par le "
                    f"secrétariat le {_day(row['edited_at'])} : gardée. Pour la supprimer : import --remplacer."
                )
            else:
                gone.append(row["id"])
    _write(conn, report, inserts, updates, settled, gone, name)


def _write(
    conn: sqlite3.Connection,
    report: ImportReport,
    inserts: list[dict[str, Any]],
    updates: list[tuple[int, dict[str, Any]]],
    settled: list[tuple[str, str, int]],
    gone: list[int],
    name: str,
) -> None:
    cols = [*COLUMNS, "row_hash"]
    first_id = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM fiches").fetchone()[0]
    conn.executemany(
        f"INSERT INTO fiches(id, {', '.join(cols)}, source_file, import_key) "
        f"VALUES ({', '.join('?' * (len(cols) + 3))})",
        [(first_id + i, *(r[c] for c in cols), name, r["question_key"]) for i, r in enumerate(inserts)],
    )
    if inserts:
        fts.index_from(conn, "fiches", first_id)
    sets = ", ".join(f"{c} = ?" for c in cols)
    conn.executemany(
        f"UPDATE fiches SET {sets}, source_file = ?, import_key = ?, edited_at = NULL WHERE id = ?",
        [(*(r[c] for c in cols), name, r["question_key"], fid) for fid, r in updates],
    )
    if updates:
        fts.reindex(conn, "fiches", [fid for fid, _ in updates])
    conn.executemany(
        "UPDATE fiches SET edited_at = NULL, import_key = ?, source_file = ? WHERE id = ?", settled
    )
    conn.executemany("DELETE FROM fiches WHERE id = ?", [(i,) for i in gone])
    fts.unindex(conn, "fiches", gone)
    report.added += len(inserts)
    report.updated += len(updates)
    report.removed += len(gone)


def _day(iso: str) -> str:
    return french_date(date.fromisoformat(iso[:10]))


EXPORT_HEADER = ["question", "reponse", "variantes", "theme", "lien", "actif"]


def export_rows(conn: sqlite3.Connection) -> list[list[str]]:
    rows = conn.execute("SELECT question, reponse, variantes, theme, lien, enabled FROM fiches ORDER BY id")
    return [[q, r, v or "", t or "", lien or "", "oui" if e else "non"] for q, r, v, t, lien, e in rows]
