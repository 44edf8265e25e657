"""Équipements collectifs publics, SCDL `scdl/equipements` 0.1.5, stored in the annuaire."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from . import annuaire
from .base import Context, ImportReport, check_columns, collect
from .csvread import read_csv

REQUIRED = ["equip_nom", "equip_type"]
KNOWN = [
    "coll_nom",
    "coll_siret",
    "equip_uid",
    "equip_theme",
    "equip_code",
    "adr_numero",
    "adr_nomvoie",
    "adr_codepostal",
    "adr_commune",
    "adr_cle_interop",
    "erp_id",
    "erp_type",
    "erp_categorie",
    "equip_lat",
    "equip_long",
    "equip_ouverture",
    "equip_tel",
    "equip_email",
    "equip_web",
]


def _parse(row: dict[str, str | None]) -> dict[str, Any]:
    street = " ".join(x for x in (row.get("adr_numero"), row.get("adr_nomvoie")) if x)
    town = " ".join(x for x in (row.get("adr_codepostal"), row.get("adr_commune")) if x)
    adresse = ", ".join(x for x in (street, town) if x) or None
    kind = row.get("equip_type")
    return annuaire.make_record(
        nom=row.get("equip_nom"),
        categorie=kind.lower() if kind else kind,
        adresse=adresse,
        telephone=row.get("equip_tel"),
        email=row.get("equip_email"),
        site_web=row.get("equip_web"),
        horaires=row.get("equip_ouverture"),
        description=row.get("equip_theme"),
        origin="equipements",
        name_column="EQUIP_NOM",
        category_column="EQUIP_TYPE",
    )


def import_file(conn: sqlite3.Connection, path: str, data: bytes, report: ImportReport, ctx: Context) -> None:
    table = read_csv(path, data)
    report.warnings.extend(table.warnings)
    check_columns(table, report, REQUIRED, KNOWN)
    records = collect(table, report, ctx, _parse, lambda r: r["acteur_key"], key_label="EQUIP_NOM + adresse")
    annuaire.store(conn, report, records, Path(path).name)
