"""Annuaire des acteurs locaux CSV, keyed on (nom, adresse); storage shared with équipements and OSM."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from ..textnorm import key
from .base import Context, ImportReport, check_columns, collect, remove_missing, sync
from .csvread import FieldError, normalise_phone, read_csv

REQUIRED = ["nom", "categorie"]
KNOWN = ["adresse", "telephone", "email", "site_web", "horaires", "description"]
COLUMNS = [
    "acteur_key",
    "nom",
    "categorie",
    "adresse",
    "telephone",
    "email",
    "site_web",
    "horaires",
    "description",
    "categorie_key",
    "origin",
]


def make_record(
    *,
    nom: str | None,
    categorie: str | None,
    adresse: str | None = None,
    telephone: str | None = None,
    email: str | None = None,
    site_web: str | None = None,
    horaires: str | None = None,
    description: str | None = None,
    origin: str = "csv",
    name_column: str = "nom",
    category_column: str = "categorie",
) -> dict[str, Any]:
    nom = " ".join(nom.split()) if nom else nom
    if not nom:
        raise FieldError(name_column, None, "nom manquant")
    if not categorie:
        raise FieldError(category_column, None, "catégorie manquante")
    adresse = " ".join(adresse.split()) if adresse else None
    return {
        "acteur_key": f"{key(nom)}|{key(adresse)}",
        "nom": nom,
        "categorie": categorie,
        "adresse": adresse,
        "telephone": normalise_phone(telephone),
        "email": email,
        "site_web": site_web,
        "horaires": horaires,
        "description": description,
        "categorie_key": key(categorie),
        "origin": origin,
        "_display_key": f"{nom} / {adresse or '(sans adresse)'}",
    }


def _parse(row: dict[str, str | None]) -> dict[str, Any]:
    return make_record(**{c: row.get(c) for c in ("nom", "categorie", *KNOWN)})


def check_hours(records: list[dict[str, Any]], report: ImportReport) -> None:
    """Warn about opening hours the bot cannot read (kept as written: a person still can)."""
    from .profile import valid_opening_hours

    checked: dict[str, bool] = {}
    bad = []
    for rec in records:
        hours = rec.get("horaires")
        if hours:
            if hours not in checked:
                checked[hours] = valid_opening_hours(hours)
            if not checked[hours]:
                bad.append(rec["nom"])
    if bad:
        report.warnings.append(
            f"{len(bad)} horaire(s) hors du format opening_hours d'OpenStreetMap, gardés tels quels "
            f"(ex. {', '.join(bad[:3])})."
        )


def store(
    conn: sqlite3.Connection, report: ImportReport, records: list[dict[str, Any]], source_file: str
) -> None:
    check_hours(records, report)
    empty_before = conn.execute("SELECT 1 FROM acteurs LIMIT 1").fetchone() is None
    sync(conn, report, "acteurs", "acteur_key", COLUMNS, records, source_file)
    if not empty_before:  # a first load has nothing to remove
        remove_missing(conn, report, "acteurs", "acteur_key", {r["acteur_key"] for r in records}, source_file)


def import_file(conn: sqlite3.Connection, path: str, data: bytes, report: ImportReport, ctx: Context) -> None:
    table = read_csv(path, data)
    report.warnings.extend(table.warnings)
    check_columns(table, report, REQUIRED, KNOWN)
    records = collect(table, report, ctx, _parse, lambda r: r["acteur_key"], key_label="nom + adresse")
    store(conn, report, records, Path(path).name)


EXPORT_HEADER = ["nom", "categorie", "adresse", "telephone", "email", "site_web", "horaires", "description"]


def export_rows(conn: sqlite3.Connection) -> list[list[str]]:
    cols = EXPORT_HEADER
    return [
        ["" if r[c] is None else r[c] for c in cols]
        for r in conn.execute("SELECT * FROM acteurs ORDER BY id")
    ]
