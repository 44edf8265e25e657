"""Fiches pratiques (FAQ) CSV, keyed on the question: answerable as soon as imported, no retraining."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from ..textnorm import key
from .base import Context, ImportReport, check_columns, collect, remove_missing, sync
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
    current = dict(conn.execute("SELECT question_key, enabled FROM fiches"))
    for rec in records:
        if rec["enabled"] is None:  # no « actif » column: a clerk's enable/disable survives re-import
            rec["enabled"] = current.get(rec["question_key"], 1)
        rec["enabled"] = int(rec["enabled"])
    name = Path(path).name
    sync(conn, report, "fiches", "question_key", COLUMNS, records, name)
    remove_missing(conn, report, "fiches", "question_key", {r["question_key"] for r in records}, name)


EXPORT_HEADER = ["question", "reponse", "variantes", "theme", "lien", "actif"]


def export_rows(conn: sqlite3.Connection) -> list[list[str]]:
    rows = conn.execute("SELECT question, reponse, variantes, theme, lien, enabled FROM fiches ORDER BY id")
    return [[q, r, v or "", t or "", lien or "", "oui" if e else "non"] for q, r, v, t, lien, e in rows]
