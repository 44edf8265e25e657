# ruff: noqa: E501  (the template and French messages are kept whole)
"""A new commune starts clean: its own folder, an empty base and a commented commune.yml to fill in.

Why: a clerk who imported her profile into the demo base saw the demo's fiches and arrêtés under her
commune's name (issue 12). One command makes the folder the bot then runs on (CLOCHER_HOME=DOSSIER);
the conversation state, rejected rows and models live next to that base, never in the demo's.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .db import open_kb
from .errors import KnowledgeError

BASE_NAME = "clocher.sqlite"
PROFILE_NAME = "commune.yml"

TEMPLATE = """\
# Profil de la commune pour Clocher : complétez les valeurs entre guillemets, puis importez ce fichier :
#     python -m knowledge --db {db} import {profile}
# Une ligne qui commence par « # » est un commentaire. Décalez les lignes avec des espaces, jamais avec des
# tabulations. Une valeur qui contient « : » ou « # » se met entre guillemets.

nom: ""                   # obligatoire : le nom officiel, ex. "Sainte-Exemple"
code_insee: ""            # obligatoire : 5 caractères, entre guillemets, ex. "01999" (différent du code postal)
siret: ""                 # facultatif : 14 chiffres, ex. "21019990000019" (celui du budget principal)
population:               # facultatif : nombre d'habitants, ex. 742
site_web: ""              # facultatif : ex. "https://www.sainte-exemple.fr"
maire: ""                 # facultatif : ex. "Jeanne Exemple"
description: ""           # facultatif : une ou deux phrases sur la commune

mairie:                   # obligatoire : le bot donne ces coordonnées quand il ne sait pas répondre
  adresse: ""             # ex. "1 place de la Mairie, 01999 Sainte-Exemple"
  telephone: ""           # ex. "04 74 00 00 00"
  email: ""               # ex. "mairie@sainte-exemple.fr"
  horaires: ""            # au format OpenStreetMap, ex. "Mo,Tu,Th,Fr 08:30-12:00; We 14:00-18:00; Sa 09:00-12:00; PH off"
"""


@dataclass(frozen=True)
class NewCommune:
    folder: Path
    db: Path
    profile: Path
    profile_written: bool  # False: a commune.yml was already there and was kept


def new_commune(folder: str | Path) -> NewCommune:
    """Create `folder` with an empty, migrated base and a commented commune.yml template.

    Refused when the folder already holds a base with content: a new commune never starts inside
    another one. An existing commune.yml (the clerk's own) is kept as it is.
    """
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise KnowledgeError(f"« {folder} » est un fichier : donnez le nom d'un dossier (nouveau ou vide).")
    db = folder / BASE_NAME
    if db.exists():
        _refuse_if_used(db)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KnowledgeError(f"impossible de créer le dossier « {folder} » ({exc.strerror}).") from None
    open_kb(db).close()
    profile = folder / PROFILE_NAME
    written = not profile.exists()
    if written:
        profile.write_text(TEMPLATE.format(db=db, profile=profile), encoding="utf-8")
    return NewCommune(folder, db, profile, written)


def _refuse_if_used(db: Path) -> None:
    conn = open_kb(db)
    try:
        row = conn.execute("SELECT nom, code_insee FROM commune WHERE id = 1").fetchone()
        filled = any(
            conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone()
            for table in ("fiches", "arretes", "deliberations", "budget_lines", "acteurs", "inbox")
        )
    except sqlite3.DatabaseError:
        raise KnowledgeError(f"« {db} » existe déjà et n'est pas une base Clocher : choisissez un autre dossier.") from None
    finally:
        conn.close()
    if row is not None:
        raise KnowledgeError(
            f"« {db} » existe déjà : c'est la base de {row['nom']} (code INSEE {row['code_insee']}). "
            "Choisissez un autre dossier pour une nouvelle commune."
        )
    if filled:
        raise KnowledgeError(f"« {db} » existe déjà et contient des données : choisissez un autre dossier.")
