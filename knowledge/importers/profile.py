"""commune.yml: the commune profile (name, INSEE code, mairie contacts)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import yaml

from .base import Context, ImportReport
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


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def parse(data: bytes, path: str) -> tuple[dict[str, Any], list[str]]:
    """Validate the YAML and flatten it to the `commune` columns."""
    text = decode(data).text
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (ligne {mark.line + 1})" if mark is not None else ""
        raise FileRejected(f"YAML illisible{where} : {getattr(exc, 'problem', exc)}.") from None
    if not isinstance(doc, dict):
        raise FileRejected(
            "le profil doit être une suite de champs « clé: valeur » (nom, code_insee, mairie…)."
        )
    warnings: list[str] = []
    for req in ("nom", "code_insee", "mairie"):
        if not _text(doc.get(req)) and not isinstance(doc.get(req), dict):
            raise FileRejected(f"champ obligatoire « {req} » absent.", column=req)
    insee = str(doc["code_insee"]).strip()
    if len(insee) == 4 and insee.isdigit():  # YAML read 01999 as a number
        insee = "0" + insee
    if len(insee) != 5:
        raise FileRejected(
            f"code_insee « {insee} » invalide : 5 caractères attendus (ex. « 01999 »).", column="code_insee"
        )
    mairie = doc.get("mairie")
    if not isinstance(mairie, dict):
        raise FileRejected("« mairie » doit contenir adresse, telephone, email et horaires.", column="mairie")
    for sub in ("adresse", "telephone", "email", "horaires"):
        if not _text(mairie.get(sub)):
            warnings.append(f"mairie.{sub} manquant : la réponse de repli ne pourra pas le donner.")
    population = doc.get("population")
    if population is not None:
        try:
            population = int(str(population).replace(" ", "").replace("\u202f", ""))
        except ValueError:
            raise FileRejected(
                f"population « {population} » n'est pas un nombre.", column="population"
            ) from None
    horaires = _text(mairie.get("horaires"))
    if horaires and not valid_opening_hours(horaires):
        warnings.append(f"mairie.horaires « {horaires} » n'est pas au format opening_hours d'OpenStreetMap.")
    known = {"nom", "code_insee", "siret", "population", "site_web", "maire", "mairie", "description"}
    extra = sorted(k for k in doc if k not in known)
    if extra:
        warnings.append("champ(s) ignoré(s) : " + ", ".join(map(str, extra)))
    siret = _text(doc.get("siret"))
    record = {
        "nom": _text(doc["nom"]),
        "code_insee": insee,
        "siret": siret,
        "population": population,
        "site_web": _text(doc.get("site_web")),
        "maire": _text(doc.get("maire")),
        "adresse": _text(mairie.get("adresse")),
        "telephone": normalise_phone(_text(mairie.get("telephone"))),
        "email": _text(mairie.get("email")),
        "horaires": horaires,
        "description": _text(doc.get("description")),
    }
    return record, warnings


def import_file(conn: sqlite3.Connection, path: str, data: bytes, report: ImportReport, ctx: Context) -> None:
    record, warnings = parse(data, path)
    report.warnings.extend(warnings)
    old = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM commune WHERE id = 1").fetchone()
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
