"""The local directory: by name, category or words; gazetteers the NLU uses for entities."""

from __future__ import annotations

import re
import sqlite3

from .records import Acteur, Source
from .search import fts_ids
from .textnorm import key


def _acteur(row: sqlite3.Row) -> Acteur:
    return Acteur(
        id=row["id"],
        nom=row["nom"],
        categorie=row["categorie"],
        adresse=row["adresse"],
        telephone=row["telephone"],
        email=row["email"],
        site_web=row["site_web"],
        horaires=row["horaires"],
        description=row["description"],
        source=Source("acteur", str(row["id"]), f"Annuaire : {row['nom']}", row["site_web"]),
    )


def search_acteurs(
    conn: sqlite3.Connection, text: str | None = None, category: str | None = None, limit: int = 5
) -> list[Acteur]:
    """Entries of a category (accent/case-insensitive, plural tolerated) and/or matching words, best first."""
    cat_ids: set[int] | None = None
    if category:
        ckey = key(category)
        rows = conn.execute(
            "SELECT id FROM acteurs WHERE categorie_key = ?1 OR categorie_key = rtrim(?1, 'sx') "
            "OR (' ' || categorie_key || ' ') LIKE ('% ' || rtrim(?1, 'sx') || '%')",
            (ckey,),
        )
        cat_ids = {r[0] for r in rows}
        if not cat_ids:
            return []
    if text and text.strip():
        hits = fts_ids(
            conn,
            "acteurs",
            text,
            (4.0, 2.0, 1.0),
            2000 if cat_ids is not None else limit,
            window=2000,
            prefix=True,
        )
        ids = [i for i, _ in hits if cat_ids is None or i in cat_ids]
    else:
        ids = sorted(cat_ids or [])
    out = []
    for i in ids[:limit]:
        row = conn.execute("SELECT * FROM acteurs WHERE id = ?", (i,)).fetchone()
        if row is not None:
            out.append(_acteur(row))
    if category and not text:
        out.sort(key=lambda a: key(a.nom))
    return out


def acteur_by_id(conn: sqlite3.Connection, rowid: int) -> Acteur | None:
    row = conn.execute("SELECT * FROM acteurs WHERE id = ?", (rowid,)).fetchone()
    return _acteur(row) if row else None


def categories(conn: sqlite3.Connection) -> list[str]:
    """Distinct categories (one spelling per accent-free key)."""
    return [
        r[0]
        for r in conn.execute(
            "SELECT min(categorie) FROM acteurs GROUP BY categorie_key ORDER BY categorie_key"
        )
    ]


def actor_names(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT DISTINCT nom FROM acteurs ORDER BY nom")]


_POSTCODE = re.compile(r"\b\d{5}\b.*$")
_NUMBER = re.compile(r"^\s*\d+\s*(?:bis|ter|quater|[a-d])?\b[\s,]*", re.I)


def street_of(address: str | None) -> str | None:
    """« 12 bis rue de la Gare, 01999 Sainte-Exemple » → « rue de la Gare »."""
    if not address:
        return None
    first = _POSTCODE.sub("", address).split(",")[0]
    street = _NUMBER.sub("", first).strip(" ,")
    return street or None


_TOWN = re.compile(r"\b\d{5}\s+([^,\d]+?)\s*(?:,|$)")
_CEDEX = re.compile(r"\s+cedex\b.*$", re.I)


def town_of(address: str) -> str | None:
    """« 2 place de la Mairie, 69999 Vaulignac-sur-Doucette » → the town's key; None when not written."""
    found = _TOWN.search(address)
    return key(_CEDEX.sub("", found.group(1))) if found else None


def streets(conn: sqlite3.Connection) -> list[str]:
    """Gazetteer of places: arrêtés' places plus the street part of directory and mairie addresses."""
    from .arretes import lieu_names

    found: dict[str, str] = {}
    for name in lieu_names(conn):
        name = _NUMBER.sub("", name).strip(" ,") or name  # « 14 rue du Lavoir » → « rue du Lavoir »
        found.setdefault(key(name), name)
    addresses = [r[0] for r in conn.execute("SELECT adresse FROM acteurs WHERE adresse IS NOT NULL")]
    addresses += [r[0] for r in conn.execute("SELECT adresse FROM commune WHERE adresse IS NOT NULL")]
    commune = conn.execute("SELECT nom FROM commune").fetchone()
    if commune is not None:
        # The directory lists services of neighbouring towns too (a déchetterie, a hospital): their
        # streets are not ours, and « rue de la Gare » must not be read as their « avenue de la Gare ».
        addresses = [a for a in addresses if town_of(a) in (None, key(commune[0]))]
    for address in addresses:
        street = street_of(address)
        if street and key(street):
            found.setdefault(key(street), street)
    return sorted(found.values(), key=key)
