"""CEREMA « arrêtés permanents de circulation pour le transport de marchandises » CSV.

One CSV row is one regulated stretch; rows sharing an ARR_REF are one arrêté with several places.
Rows without a reference (`NC`) become one arrêté each, numbered from the commune and row ID.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from ..textnorm import fold, numero_key
from .arretes import make_record, store
from .base import Context, ImportReport, check_columns, collect
from .csvread import FieldError, parse_date, read_csv

REQUIRED = ["id", "arr_date", "emprise_designation"]
NO_NUMBER = "sans-numero-"  # rows whose ARR_REF is NC: numbered from the commune and the row ID
KNOWN = [
    "coll_nom",
    "coll_insee",
    "arr_ref",
    "arr_objet",
    "arr_considerant",
    "arr_url",
    "regl_article",
    "regl_sous_article",
    "regl_contexte",
    "regl_modalite",
    "veh_types",
    "veh_tonnage_modalite",
    "veh_tonnage",
    "veh_usages",
    "sauf_veh_usages",
    "veh_long",
    "veh_larg",
    "veh_haut",
    "veh_motors",
    "veh_cqas",
    "periode_jh",
    "periode_debut",
    "periode_fin",
    "emprise_zone",
    "emprise_debut",
    "emprise_fin",
    "emprise_sens",
    "interv_duree",
    "interv_hmax",
    "geom_wkt",
    "geom_debut",
    "geom_fin",
    "geom_source",
]


def describe_rule(row: dict[str, str | None]) -> str:
    """One row's rule in plain French (« Circulation interdite : poids lourds de plus de 19 t »)."""
    modalite = fold(row.get("regl_modalite") or "")
    verb = (
        "interdite"
        if modalite.startswith("interdi")
        else "autorisée"
        if modalite.startswith("autori")
        else ""
    )
    parts = [f"Circulation {verb}".strip()]
    what: list[str] = []
    if row.get("veh_types"):
        what.append(row["veh_types"].replace("|", ", ").lower())
    if row.get("veh_tonnage"):
        what.append(f"de plus de {row['veh_tonnage']} t")
    if row.get("veh_usages"):
        what.append("usage : " + row["veh_usages"].replace("|", ", ").lower())
    if row.get("sauf_veh_usages"):
        what.append("sauf " + row["sauf_veh_usages"].replace("|", ", ").lower())
    text = parts[0] + (" : " + " ".join(what) if what else "")
    if row.get("periode_jh"):
        text += f" (horaires : {row['periode_jh']})"
    where = row.get("emprise_designation") or ""
    if row.get("emprise_debut") and row.get("emprise_fin"):
        where += f", de {row['emprise_debut']} à {row['emprise_fin']}"
    return f"{text} — {where}."


def _parse(row: dict[str, str | None]) -> dict[str, Any]:
    signed = parse_date(row.get("arr_date"), "ARR_DATE")
    if signed is None:
        raise FieldError("ARR_DATE", None, "date manquante")
    lieu = row.get("emprise_designation")
    if not lieu:
        raise FieldError("EMPRISE_DESIGNATION", None, "voie ou zone manquante")
    ref = row.get("arr_ref")
    numero = ref or f"{NO_NUMBER}{row.get('coll_insee') or ''}-{row.get('id')}"
    rule = describe_rule(row)
    # Without ARR_OBJET the rule itself is the object; a numbered arrêté may span several streets.
    objet = row.get("arr_objet") or (rule.split(" — ")[0] if ref else rule.rstrip("."))
    text = " ".join(x for x in (row.get("arr_considerant"), rule, row.get("regl_contexte")) if x)
    return {
        "numero": numero,
        "signed": signed,
        "objet": objet,
        "lieu": lieu,
        "text": text,
        "url": row.get("arr_url"),
        "coll_nom": row.get("coll_nom"),
        "group": numero_key(numero),
        "debut": parse_date(row.get("periode_debut"), "PERIODE_DEBUT"),
        "fin": parse_date(row.get("periode_fin"), "PERIODE_FIN"),
        "row_id": row.get("id"),
    }


def import_file(conn: sqlite3.Connection, path: str, data: bytes, report: ImportReport, ctx: Context) -> None:
    table = read_csv(path, data)
    report.warnings.extend(table.warnings)
    check_columns(table, report, REQUIRED, KNOWN)
    rows = collect(table, report, ctx, _parse, lambda r: str(r["row_id"]), key_label="ID")
    groups: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        groups.setdefault(r["group"], []).append(r)
    records = []
    for items in groups.values():
        first = items[0]
        lieux: list[str] = []
        for it in items:
            if it["lieu"] not in lieux:
                lieux.append(it["lieu"])
        records.append(
            make_record(
                numero=first["numero"],
                signed=max(it["signed"] for it in items),
                kind="permanent",
                objet=first["objet"],
                debut=first["debut"],
                matiere_code="6.1",
                matiere="Police municipale (circulation)",
                lieux=lieux,
                url=first["url"],
                text="\n".join(dict.fromkeys(it["text"] for it in items)),
                coll_nom=first["coll_nom"],
                origin="cerema",
            )
        )
    store(conn, report, records, Path(path).name)
