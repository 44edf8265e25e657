"""Délibérations, SCDL `scdl/deliberations` 2.1.5, keyed on DELIB_ID."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

from .base import Context, ImportReport, check_columns, collect, remove_missing, sync
from .csvread import FieldError, parse_date, parse_int, read_csv

REQUIRED = ["delib_id", "delib_date", "delib_objet"]
KNOWN = [
    "coll_nom",
    "coll_siret",
    "delib_matiere_code",
    "delib_matiere_nom",
    "budget_annee",
    "budget_nom",
    "pref_id",
    "pref_date",
    "vote_effectif",
    "vote_reel",
    "vote_pour",
    "vote_contre",
    "vote_abstention",
    "delib_url",
]
COLUMNS = [
    "delib_key",
    "delib_id",
    "date",
    "objet",
    "matiere_code",
    "matiere",
    "budget_annee",
    "budget_periode",
    "budget_nom",
    "pref_id",
    "pref_date",
    "vote_effectif",
    "vote_reel",
    "vote_pour",
    "vote_contre",
    "vote_abstention",
    "url",
    "coll_nom",
    "coll_siret",
]
_VOTES = ["vote_effectif", "vote_reel", "vote_pour", "vote_contre", "vote_abstention"]


def _one_line(value: str | None) -> str | None:
    """Hand-keyed cells often carry the PDF's line breaks: fold them into spaces."""
    return " ".join(value.split()) if value else value


_PERIOD = re.compile(r"^(\d{4})\s*[/-]\s*(\d{4})$")


def _budget_year(value: str | None) -> dict[str, Any]:
    """BUDGET_ANNEE is AAAA or AAAA/AAAA (schema); the first year is the one budget answers use."""
    m = _PERIOD.match(value or "")
    if m:
        return {"budget_annee": int(m[1]), "budget_periode": f"{m[1]}/{m[2]}"}
    return {"budget_annee": parse_int(value, "BUDGET_ANNEE"), "budget_periode": None}


def _parse(row: dict[str, str | None]) -> dict[str, Any]:
    delib_id = row.get("delib_id")
    if not delib_id:
        raise FieldError("DELIB_ID", None, "identifiant manquant")
    signed = parse_date(row.get("delib_date"), "DELIB_DATE")
    if signed is None:
        raise FieldError("DELIB_DATE", None, "date manquante")
    objet = _one_line(row.get("delib_objet"))
    if not objet:
        raise FieldError("DELIB_OBJET", None, "objet manquant")
    votes = {v: parse_int(row.get(v), v.upper()) for v in _VOTES}
    for v, n in votes.items():
        if n is not None and n < 0:
            raise FieldError(v.upper(), str(n), "nombre de voix négatif")
    return {
        "delib_key": " ".join(delib_id.lower().split()),
        "delib_id": delib_id,
        "date": signed.isoformat(),
        "objet": objet,
        "matiere_code": row.get("delib_matiere_code"),
        "matiere": _one_line(row.get("delib_matiere_nom")),
        **_budget_year(row.get("budget_annee")),
        "budget_nom": _one_line(row.get("budget_nom")),
        "pref_id": row.get("pref_id"),
        "pref_date": (d.isoformat() if (d := parse_date(row.get("pref_date"), "PREF_DATE")) else None),
        **votes,
        "url": row.get("delib_url"),
        "coll_nom": row.get("coll_nom"),
        "coll_siret": row.get("coll_siret"),
        "_display_key": delib_id,
    }


def import_file(conn: sqlite3.Connection, path: str, data: bytes, report: ImportReport, ctx: Context) -> None:
    table = read_csv(path, data)
    report.warnings.extend(table.warnings)
    check_columns(table, report, REQUIRED, KNOWN)
    records = collect(table, report, ctx, _parse, lambda r: r["delib_key"], key_label="DELIB_ID")
    incoherent = [
        r["delib_id"]
        for r in records
        if r["vote_reel"] is not None
        and r["vote_pour"] is not None
        and r["vote_pour"] + (r["vote_contre"] or 0) + (r["vote_abstention"] or 0) > r["vote_reel"]
    ]
    if incoherent:
        report.warnings.append(
            f"{len(incoherent)} délibération(s) dont pour + contre + abstentions dépasse VOTE_REEL "
            f"(ex. {', '.join(incoherent[:3])}) : importées telles quelles."
        )
    name = Path(path).name
    sync(conn, report, "deliberations", "delib_key", COLUMNS, records, name)
    remove_missing(conn, report, "deliberations", "delib_key", {r["delib_key"] for r in records}, name)


EXPORT_HEADER = [
    "COLL_NOM",
    "COLL_SIRET",
    "DELIB_ID",
    "DELIB_DATE",
    "DELIB_MATIERE_CODE",
    "DELIB_MATIERE_NOM",
    "DELIB_OBJET",
    "BUDGET_ANNEE",
    "BUDGET_NOM",
    "PREF_ID",
    "PREF_DATE",
    "VOTE_EFFECTIF",
    "VOTE_REEL",
    "VOTE_POUR",
    "VOTE_CONTRE",
    "VOTE_ABSTENTION",
    "DELIB_URL",
]


def export_rows(conn: sqlite3.Connection) -> list[list[str]]:
    cols = [
        "coll_nom",
        "coll_siret",
        "delib_id",
        "date",
        "matiere_code",
        "matiere",
        "objet",
        "budget_export",
        "budget_nom",
        "pref_id",
        "pref_date",
        *_VOTES,
        "url",
    ]
    rows = conn.execute(
        "SELECT *, coalesce(budget_periode, budget_annee) AS budget_export FROM deliberations ORDER BY id"
    )
    return [["" if r[c] is None else str(r[c]) for c in cols] for r in rows]
