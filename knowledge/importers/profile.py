"""commune.yml: the commune profile (name, INSEE code, mairie contacts)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import yaml

from . import yamlread
from .base import Context, ImportReport, shorten_list
from .csvread import FileRejected, decode, normalise_phone

COLUMNS = [
    "nom",
    "code_insee",
    "siret",
    "population",
    "site_web",
    "maire",
    "adresse",
    "telephone",
    "email",
    "horaires",
    "description",
]


def valid_opening_hours(value: str) -> bool:
    """True when `value` parses as OpenStreetMap opening_hours."""
    try:
        import opening_hours

        return bool(opening_hours.validate(value))
    except ImportError:  # pragma: no cover - the dependency is declared
        return True


CONTACTS = ("adresse", "telephone", "email", "horaires")
MAX_TEXT = 20_000  # characters in one field: a description is a paragraph, not a book


def _text(value: Any, name: str = "") -> str | None:
    """A field as text; a list or a block where one value is expected is refused, naming the field."""
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        raise FileRejected(
            f"« {name} » doit être une valeur simple (un texte ou un nombre), pas une liste ni un bloc.",
            column=name or None,
        )
    text = str(value).strip()
    if len(text) > MAX_TEXT:
        raise FileRejected(f"« {name} » fait plus de {MAX_TEXT} caractères.", column=name or None)
    return text or None


def _population(value: Any) -> int | None:
    if value is None:
        return None
    text = (_text(value, "population") or "").replace(" ", "").replace("\u202f", "").replace("\u00a0", "")
    if not text.isdigit() or len(text) > 9:
        raise FileRejected(
            f"population « {str(value)[:40]} » n'est pas un nombre d'habitants (ex. « 742 »).",
            column="population",
        )
    return int(text)


def parse(data: bytes, path: str) -> tuple[dict[str, Any], list[str]]:
    """Validate the YAML and flatten it to the `commune` columns."""
    if len(data) > yamlread.MAX_BYTES:
        raise FileRejected("le fichier fait plus d'un million d'octets : ce n'est pas un profil de commune.")
    doc = yamlread.load(decode(data, path).text)
    if not isinstance(doc, dict):
        raise FileRejected(
            "le profil doit être une suite de champs « clé: valeur » (nom, code_insee, mairie…)."
        )
    warnings: list[str] = []
    for req in ("nom", "code_insee", "mairie"):
        if doc.get(req) is None or (req != "mairie" and not _text(doc[req], req)):
            raise FileRejected(f"champ obligatoire « {req} » absent ou vide.", column=req)
    insee = _text(doc["code_insee"], "code_insee") or ""
    if len(insee) == 4 and insee.isdigit():  # YAML read 01999 as a number
        insee = "0" + insee
    if len(insee) != 5:
        raise FileRejected(
            f"code_insee « {insee[:20]} » invalide : 5 caractères attendus (ex. « 01999 »).",
            column="code_insee",
        )
    mairie = doc.get("mairie")
    if not isinstance(mairie, dict):
        raise FileRejected("« mairie » doit contenir adresse, telephone, email et horaires.", column="mairie")
    contacts = {sub: _text(mairie.get(sub), f"mairie.{sub}") for sub in CONTACTS}
    for sub, value in contacts.items():
        if not value:
            warnings.append(f"mairie.{sub} manquant : la réponse de repli ne pourra pas le donner.")
    horaires = contacts["horaires"]
    if horaires and not valid_opening_hours(horaires):
        warnings.append(f"mairie.horaires « {horaires} » n'est pas au format opening_hours d'OpenStreetMap.")
    known = {"nom", "code_insee", "siret", "population", "site_web", "maire", "mairie", "description"}
    extra = sorted(str(k) for k in doc if k not in known)
    if extra:
        warnings.append("champ(s) ignoré(s) : " + shorten_list(extra))
    record = {
        "nom": _text(doc["nom"], "nom"),
        "code_insee": insee,
        "siret": _text(doc.get("siret"), "siret"),
        "population": _population(doc.get("population")),
        "site_web": _text(doc.get("site_web"), "site_web"),
        "maire": _text(doc.get("maire"), "maire"),
        "adresse": contacts["adresse"],
        "telephone": normalise_phone(contacts["telephone"]),
        "email": contacts["email"],
        "horaires": horaires,
        "description": _text(doc.get("description"), "description"),
    }
    return record, warnings


def import_file(conn: sqlite3.Connection, path: str, data: bytes, report: ImportReport, ctx: Context) -> None:
    record, warnings = parse(data, path)
    report.warnings.extend(warnings)
    old = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM commune WHERE id = 1").fetchone()
    if old is not None and old["code_insee"] != record["code_insee"]:
        raise FileRejected(
            f"ce profil est celui de {record['nom']} (code INSEE {record['code_insee']}), mais cette base "
            f"est celle de {old['nom']} (code INSEE {old['code_insee']}) : une base ne sert qu'à une "
            "commune. Pour une autre commune, créez une nouvelle base : "
            "python -m knowledge nouvelle-commune DOSSIER",
            column="code_insee",
        )
    values = [record[c] for c in COLUMNS]
    if old is None:
        report.added = 1
    elif list(old) == values:
        report.unchanged = 1
        return
    else:
        report.updated = 1
    conn.execute(
        f"INSERT OR REPLACE INTO commune(id, {', '.join(COLUMNS)}, source_file) "
        f"VALUES (1, {', '.join('?' for _ in COLUMNS)}, ?)",
        (*values, Path(path).name),
    )


def export(conn: sqlite3.Connection) -> str | None:
    """commune.yml text for the stored profile (None when there is none)."""
    row = conn.execute("SELECT * FROM commune WHERE id = 1").fetchone()
    if row is None:
        return None
    doc: dict[str, Any] = {"nom": row["nom"], "code_insee": row["code_insee"]}
    for col in ("siret", "population", "site_web", "maire", "description"):
        if row[col] is not None:
            doc[col] = row[col]
    doc["mairie"] = {c: row[c] for c in ("adresse", "telephone", "email", "horaires") if row[c] is not None}
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)
