"""The commune profile as a record."""

from __future__ import annotations

import sqlite3

import french

from .records import Commune, Source


def get_commune(conn: sqlite3.Connection) -> Commune | None:
    try:
        row = conn.execute("SELECT * FROM commune WHERE id = 1").fetchone()
    except sqlite3.OperationalError:
        return None
    if row is None:
        return None
    return Commune(
        nom=row["nom"],
        code_insee=row["code_insee"],
        siret=row["siret"],
        population=row["population"],
        site_web=row["site_web"],
        maire=row["maire"],
        adresse=row["adresse"],
        telephone=row["telephone"],
        email=row["email"],
        horaires=row["horaires"],
        description=row["description"],
        source=Source("commune", row["code_insee"], f"Mairie {french.de(row['nom'])}", row["site_web"]),
    )
