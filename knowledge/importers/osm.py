"""OpenStreetMap extract layout (Géodatamine: X;Y;osm_id;type;name;…;opening_hours;phone;website;address).

OSM `type` values are English tags; the common ones get their French category so residents can ask
for « boulangerie » or « mairie ». Unnamed features are skipped with a warning: nobody can ask for them.
A row is keyed by its OSM id (« node/… », « way/… »): two branches of one bank with the same name and
address text are two objects, not a duplicate (FORMATS.md §6). A row without an id falls back to the
annuaire's (nom, adresse) key.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from . import annuaire
from .base import Context, ImportReport, check_columns, collect
from .csvread import FieldError, read_csv

REQUIRED = ["name", "type"]
KNOWN = [
    "x",
    "y",
    "osm_id",
    "brand",
    "operator",
    "wheelchair",
    "opening_hours",
    "level",
    "siret",
    "profession_ref",
    "wikidata",
    "website",
    "phone",
    "email",
    "facebook",
    "address",
    "com_insee",
    "com_nom",
]

CATEGORIES = {
    "agrarian": "jardinerie et matériel agricole",
    "alcohol": "caviste",
    "bakery": "boulangerie",
    "butcher": "boucherie",
    "beverages": "boissons",
    "bicycle": "vélos",
    "books": "librairie",
    "cafe": "café",
    "bar": "bar",
    "pub": "bar",
    "restaurant": "restaurant",
    "fast_food": "restauration rapide",
    "car_repair": "garage automobile",
    "car": "concession automobile",
    "cheese": "fromagerie",
    "chemist": "droguerie",
    "clothes": "vêtements",
    "confectionery": "confiserie",
    "convenience": "épicerie",
    "deli": "traiteur",
    "dentist": "dentiste",
    "doctors": "médecin",
    "doctor": "médecin",
    "florist": "fleuriste",
    "funeral_directors": "pompes funèbres",
    "greengrocer": "primeur",
    "hairdresser": "coiffeur",
    "hardware": "quincaillerie",
    "doityourself": "bricolage",
    "optician": "opticien",
    "pastry": "pâtisserie",
    "pharmacy": "pharmacie",
    "post_office": "bureau de poste",
    "seafood": "poissonnerie",
    "supermarket": "supermarché",
    "tobacco": "bureau de tabac",
    "townhall": "mairie",
    "government": "administration",
    "library": "bibliothèque",
    "school": "école",
    "kindergarten": "école maternelle",
    "police": "gendarmerie ou police",
    "fire_station": "caserne de pompiers",
    "beauty": "institut de beauté",
    "butcher;deli": "boucherie",
    "newsagent": "presse",
    "veterinary": "vétérinaire",
    "bank": "banque",
    "laundry": "laverie",
    "shoes": "chaussures",
    "wine": "caviste",
    "ice_cream": "glacier",
    "coffee": "torréfacteur",
    "tea": "salon de thé",
    "social_facility": "action sociale",
    "community_centre": "salle des fêtes",
    "courthouse": "tribunal",
    "music_school": "école de musique",
    "tax_office": "centre des finances publiques",
}


def _parse(row: dict[str, str | None]) -> dict[str, Any]:
    osm_type = (row.get("type") or "").strip()
    if not row.get("name"):
        return {"_skip": True, "acteur_key": f"skip|{row.get('osm_id')}"}
    if not osm_type:
        raise FieldError("type", None, "type OSM manquant")
    osm_id = (row.get("osm_id") or "").strip()
    categorie = CATEGORIES.get(osm_type.lower(), osm_type.replace("_", " ").lower())
    town = row.get("com_nom")
    adresse = ", ".join(x for x in (row.get("address"), town) if x) or None
    rec = annuaire.make_record(
        nom=row.get("name"),
        categorie=categorie,
        adresse=adresse,
        telephone=row.get("phone"),
        email=row.get("email"),
        site_web=row.get("website") or row.get("facebook"),
        horaires=row.get("opening_hours"),
        description=row.get("operator") or row.get("brand"),
        origin="osm",
        name_column="name",
        category_column="type",
    )
    if osm_id:
        rec["acteur_key"] = f"osm:{osm_id.lower()}"
        rec["_display_key"] = f"{osm_id} ({rec['nom']})"
    return rec


def import_file(conn: sqlite3.Connection, path: str, data: bytes, report: ImportReport, ctx: Context) -> None:
    table = read_csv(path, data)
    report.warnings.extend(table.warnings)
    check_columns(table, report, REQUIRED, KNOWN)
    label = "osm_id" if "osm_id" in table.keys else "name + address"
    parsed = collect(table, report, ctx, _parse, lambda r: r["acteur_key"], key_label=label)
    records = [r for r in parsed if not r.get("_skip")]
    if len(parsed) != len(records):
        report.warnings.append(f"{len(parsed) - len(records)} objet(s) OpenStreetMap sans nom ignoré(s).")
    annuaire.store(conn, report, records, Path(path).name)
