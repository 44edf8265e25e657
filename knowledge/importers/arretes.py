"""Arrêtés municipaux CSV (OpenDataFrance ARR_* draft), and arrêté storage shared with CEREMA and PDF."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from datetime import date
from operator import itemgetter
from pathlib import Path
from typing import Any

from ..migrations import OPEN_END
from ..textnorm import STOP_WORDS, fold, key, numero_key, words
from .base import (
    Context,
    ImportReport,
    check_columns,
    fingerprints,
    indexes_after,
    progress_bar,
    remove_missing,
    sync_rows,
)
from .csvread import FieldError, parse_date, read_csv

REQUIRED = ["arr_id", "arr_date", "arr_type", "arr_objet"]
KNOWN = [
    "coll_nom",
    "coll_siret",
    "arr_matiere_code",
    "arr_matiere_nom",
    "arr_debut",
    "arr_fin",
    "arr_lieu",
    "pref_id",
    "pref_date",
    "arr_url",
    "arr_texte",
]
COLUMNS = [
    "numero_key",
    "numero",
    "date",
    "type",
    "objet",
    "debut",
    "fin",
    "matiere_code",
    "matiere",
    "lieux",
    "url",
    "text",
    "coll_nom",
    "coll_siret",
    "pref_id",
    "pref_date",
    "start_day",
    "end_day",
    "origin",
]
TYPES = {
    "temporaire": "temporaire",
    "permanent": "permanent",
    "permanente": "permanent",
    "individuel": "individuel",
    "individuelle": "individuel",
    "reglementaire": "réglementaire",
}


NO_NUMBER = "sans-numero-"  # start of the stored number of an arrêté published without one


def unnumbered(signed: date, identity: str, commune: str | None = None) -> str:
    """The stored number of an arrêté published without one: a stable key, never shown to residents.

    Why a key at all: arrêtés are upserted on their number. This one is the date and a digest of what
    identifies the act (its URL, else its object), so re-importing the same file finds the same arrêté;
    knowledge.Arrete exposes `numero` None for it, and titles show its date and object instead.
    """
    digest = hashlib.blake2b(fold(identity).encode("utf-8"), digest_size=4).hexdigest()
    where = f"{commune}-" if commune else ""
    return f"{NO_NUMBER}{where}{signed.isoformat()}-{digest}"


def is_unnumbered(numero: str) -> bool:
    return numero.startswith(NO_NUMBER)


def normalise_type(value: str | None, column: str = "ARR_TYPE") -> str:
    if value in TYPES:  # fast path: the usual spellings
        return TYPES[value]
    folded = fold(value or "").strip()
    if folded not in TYPES:
        raise FieldError(column, value, "type inconnu (temporaire, permanent, individuel ou réglementaire)")
    return TYPES[folded]


def split_lieux(value: str | None) -> list[str]:
    if not value:
        return []
    if ";" not in value and "|" not in value:
        return [" ".join(value.split())]
    out: list[str] = []
    for part in (value or "").replace("|", ";").split(";"):
        part = " ".join(part.split())
        if part and part not in out:
            out.append(part)
    return out


def period(kind: str, signed: date, debut: date | None, fin: date | None) -> tuple[str, str | None]:
    """[start, end] days the arrêté applies; end None = until further notice.

    A temporary arrêté without dates is taken to apply on the day it starts only, so it never
    lingers forever in « in force » answers.
    """
    start = debut or signed
    if fin is not None:
        return start.isoformat(), fin.isoformat()
    if kind == "temporaire":
        return start.isoformat(), start.isoformat()
    return start.isoformat(), None


def make_record(
    *,
    numero: str,
    signed: date,
    kind: str,
    objet: str,
    debut: date | None = None,
    fin: date | None = None,
    matiere_code: str | None = None,
    matiere: str | None = None,
    lieux: list[str] | None = None,
    url: str | None = None,
    text: str | None = None,
    coll_nom: str | None = None,
    coll_siret: str | None = None,
    pref_id: str | None = None,
    pref_date: date | None = None,
    origin: str = "csv",
) -> dict[str, Any]:
    nkey = numero_key(numero)
    if not nkey:
        raise FieldError("ARR_ID", numero, "numéro d'arrêté sans chiffre ni lettre")
    if debut and fin and fin < debut:
        raise FieldError("ARR_FIN", fin.isoformat(), f"fin antérieure au début ({debut.isoformat()})")
    start, end = period(kind, signed, debut, fin)
    return {
        "numero_key": nkey,
        "numero": numero,
        "date": signed.isoformat(),
        "type": kind,
        "objet": objet,
        "debut": debut.isoformat() if debut else None,
        "fin": fin.isoformat() if fin else None,
        "matiere_code": matiere_code,
        "matiere": matiere,
        "lieux": "; ".join(lieux or []),
        "url": url,
        "text": text,
        "coll_nom": coll_nom,
        "coll_siret": coll_siret,
        "pref_id": pref_id,
        "pref_date": pref_date.isoformat() if pref_date else None,
        "start_day": start,
        "end_day": end,
        "origin": origin,
        "_display_key": numero,
    }


_DAYS: dict[str, str] = {}  # cell as written → ISO day; dates repeat a lot in big files


def _day(value: str | None, column: str) -> str | None:
    """ISO day of a date cell (same rules and errors as parse_date), memoised by the cell's text."""
    if value is None:
        return None
    day = _DAYS.get(value)
    if day is None:
        day = parse_date(value, column).isoformat()  # type: ignore[union-attr]
        if len(_DAYS) < 100_000:
            _DAYS[value] = day
    return day


_PLAIN_NUMERO = re.compile(r"[0-9]+(?:[-_/. ][0-9]+)*")


def _numero_key(numero: str) -> str:
    """numero_key() with a fast path for the usual all-digit numbers (« 2025-0017 » → « 2025-17 »)."""
    if _PLAIN_NUMERO.fullmatch(numero):
        return "-".join(p.lstrip("0") or "0" for p in _SEPARATORS.split(numero))
    return numero_key(numero)


_SEPARATORS = re.compile(r"[-_/. ]")


FIELDS = [
    "arr_id",
    "arr_date",
    "arr_type",
    "arr_objet",
    "arr_debut",
    "arr_fin",
    "arr_matiere_code",
    "arr_matiere_nom",
    "arr_lieu",
    "arr_url",
    "arr_texte",
    "coll_nom",
    "coll_siret",
    "pref_id",
    "pref_date",
]


def _parse(row: dict[str, str | None]) -> dict[str, Any]:
    """One CSV row (cells by column) → record."""
    return _record(*map(row.get, FIELDS))


def _record(
    numero: str | None,
    signed_cell: str | None,
    kind: str | None,
    objet: str | None,
    debut_cell: str | None,
    fin_cell: str | None,
    matiere_code: str | None,
    matiere: str | None,
    lieu: str | None,
    url: str | None,
    text: str | None,
    coll_nom: str | None,
    coll_siret: str | None,
    pref_id: str | None,
    pref_cell: str | None,
) -> dict[str, Any]:
    """The cells of FIELDS → record; the same checks, order and messages as make_record, without date objects.

    ISO day strings compare like dates, so the period and « end before start » checks work on them.
    """
    if not numero:
        raise FieldError("ARR_ID", numero, "numéro d'arrêté manquant")
    signed = _day(signed_cell, "ARR_DATE")
    if signed is None:
        raise FieldError("ARR_DATE", None, "date de signature manquante")
    if not objet:
        raise FieldError("ARR_OBJET", None, "objet manquant")
    kind = TYPES[kind] if kind in TYPES else normalise_type(kind)
    debut = _day(debut_cell, "ARR_DEBUT")
    fin = _day(fin_cell, "ARR_FIN")
    if lieu and ";" not in lieu and "|" not in lieu:
        lieux = " ".join(lieu.split())
    else:
        lieux = "; ".join(split_lieux(lieu))
    pref_date = _day(pref_cell, "PREF_DATE")
    nkey = _numero_key(numero)
    if not nkey:
        raise FieldError("ARR_ID", numero, "numéro d'arrêté sans chiffre ni lettre")
    if debut and fin and fin < debut:
        raise FieldError("ARR_FIN", fin, f"fin antérieure au début ({debut})")
    start = debut or signed
    end = fin if fin is not None else (start if kind == "temporaire" else None)
    return {
        "numero_key": nkey,
        "numero": numero,
        "date": signed,
        "type": kind,
        "objet": objet,
        "debut": debut,
        "fin": fin,
        "matiere_code": matiere_code,
        "matiere": matiere,
        "lieux": lieux,
        "url": url,
        "text": text,
        "coll_nom": coll_nom,
        "coll_siret": coll_siret,
        "pref_id": pref_id,
        "pref_date": pref_date,
        "start_day": start,
        "end_day": end,
        "origin": "csv",
        "_display_key": numero,
    }


def lieu_core(name: str) -> str:
    """Lieu matching form: folded words without stop words (« Rue de la Gare » → « rue gare »)."""
    return " ".join(w for w in words(name) if w not in STOP_WORDS)


def store(
    conn: sqlite3.Connection,
    report: ImportReport,
    records: list[dict[str, Any]],
    source_file: str,
    *,
    remove: bool = True,
    complete: bool = True,
) -> None:
    """Upsert arrêtés (records as make_record builds them) and their normalised places."""
    values = list(map(itemgetter(*COLUMNS), records))
    rows = list(zip(values, fingerprints(values, len(COLUMNS)), strict=True))
    store_rows(conn, report, rows, source_file, remove=remove, complete=complete)


LIEUX = COLUMNS.index("lieux")


def store_rows(
    conn: sqlite3.Connection,
    report: ImportReport,
    rows: list[tuple[tuple[Any, ...], str]],
    source_file: str,
    *,
    remove: bool = True,
    complete: bool = True,
) -> None:
    """store() for rows already read (COLUMNS values, fingerprint).

    complete: rows of arrêtés that also have a PDF are completed by it (arretes_merge: the file's
    fields win, the PDF adds its text and fills the gaps); the PDF importer, which merges itself,
    passes False.
    """
    from .arretes_merge import complete_rows, save_fields  # they import this module
    from .arretes_pdf import reading_of

    pdf_fields = complete_rows(conn, report, rows, reading_of) if complete else {}
    empty_before = conn.execute("SELECT 1 FROM arretes LIMIT 1").fetchone() is None
    written = sync_rows(conn, report, "arretes", 0, COLUMNS, rows, source_file)
    save_fields(conn, pdf_fields)
    if remove and not empty_before:  # a first load has nothing to remove: no scan of a million rows
        remove_missing(conn, report, "arretes", "numero_key", {v[0] for v, _ in rows}, source_file)
    if not written:
        return
    if report.updated:
        conn.executemany("DELETE FROM arrete_lieux WHERE arrete_id = ?", [(i,) for k, i in written.items()])
    link_places(conn, written, {v[0]: v[LIEUX] for v, _ in rows})


def link_places(conn: sqlite3.Connection, written: dict[str, int], places: dict[str, str]) -> None:
    """Place table and place links of the arrêtés just written (number key → id, number key → ARR_LIEU).

    Only the few distinct ARR_LIEU cells are read in Python (keys fold accents); the links themselves —
    one per arrêté and place, with its period — are made by one INSERT … SELECT instead of a million
    Python tuples bound one by one (measured ≈ 2× cheaper at a million rows; sorting them first into
    primary-key order measured slower, so they go in arrêté order).
    """
    ids = written.values()
    cells = dict.fromkeys(places[k] for k in written)  # first-appearance order: stable lieu ids
    cells.pop("", None)
    if not cells:
        return
    lieu_ids = dict(conn.execute("SELECT lieu_key, id FROM lieux"))
    next_lieu = max(lieu_ids.values(), default=0) + 1
    new_lieux: list[tuple[int, str, str, str]] = []
    cell_places: list[tuple[str, int]] = []
    for cell in cells:
        for lieu in cell.split("; "):
            lkey = key(lieu)
            if not lkey:
                continue
            lid = lieu_ids.get(lkey)
            if lid is None:
                lid = lieu_ids[lkey] = next_lieu
                next_lieu += 1
                new_lieux.append((lid, lkey, lieu_core(lieu), lieu))
            cell_places.append((cell, lid))
    conn.executemany("INSERT INTO lieux(id, lieu_key, core, nom) VALUES (?, ?, ?, ?)", new_lieux)
    for sql in (
        "DROP TABLE IF EXISTS temp._cell_places",
        "DROP TABLE IF EXISTS temp._written",
        "CREATE TEMP TABLE _cell_places (cell TEXT NOT NULL, lieu_id INTEGER NOT NULL)",
        "CREATE TEMP TABLE _written (id INTEGER PRIMARY KEY)",
        "CREATE INDEX temp._cell_places_cell ON _cell_places(cell)",
    ):
        conn.execute(sql)
    conn.executemany("INSERT INTO _cell_places(cell, lieu_id) VALUES (?, ?)", cell_places)
    low, high = min(ids), max(ids)
    if high - low + 1 == len(ids):  # a first import: the new ids are one range
        chosen, params = "a.id BETWEEN ? AND ?", (low, high)
    else:
        conn.executemany("INSERT INTO _written(id) VALUES (?)", ((i,) for i in ids))
        chosen, params = "a.id IN (SELECT id FROM _written)", ()
    with indexes_after(conn, "arrete_lieux", len(ids)):
        conn.execute(
            "INSERT OR IGNORE INTO arrete_lieux(lieu_id, end_day, start_day, arrete_id) "
            f"SELECT m.lieu_id, coalesce(a.end_day, '{OPEN_END}'), a.start_day, a.id "
            f"FROM arretes a JOIN _cell_places m ON m.cell = a.lieux WHERE {chosen}",
            params,
        )
    conn.execute("DROP TABLE temp._cell_places")
    conn.execute("DROP TABLE temp._written")


def import_file(conn: sqlite3.Connection, path: str, data: bytes, report: ImportReport, ctx: Context) -> None:
    from .arretes_rows import chunks

    table = read_csv(path, data)
    report.warnings.extend(table.warnings)
    check_columns(table, report, REQUIRED, KNOWN)
    rows: list[tuple[tuple[Any, ...], str]] = []
    with progress_bar(table, ctx) as advance:
        for chunk in chunks(table):
            rows.extend(chunk.rows)
            report.errors.extend(chunk.errors)
            report.rejected += len(chunk.errors)
            advance(chunk.lines)
    if not rows and not report.errors:
        report.warnings.append("aucune ligne de données (en-tête seul).")
    store_rows(conn, report, rows, Path(path).name)


EXPORT_HEADER = [
    "COLL_NOM",
    "COLL_SIRET",
    "ARR_ID",
    "ARR_DATE",
    "ARR_TYPE",
    "ARR_MATIERE_CODE",
    "ARR_MATIERE_NOM",
    "ARR_OBJET",
    "ARR_DEBUT",
    "ARR_FIN",
    "ARR_LIEU",
    "PREF_ID",
    "PREF_DATE",
    "ARR_URL",
    "ARR_TEXTE",
]


def export_rows(conn: sqlite3.Connection) -> list[list[str]]:
    out = []
    for r in conn.execute("SELECT * FROM arretes ORDER BY id"):
        out.append(
            [
                r["coll_nom"],
                r["coll_siret"],
                r["numero"],
                r["date"],
                r["type"],
                r["matiere_code"],
                r["matiere"],
                r["objet"],
                r["debut"],
                r["fin"],
                r["lieux"],
                r["pref_id"],
                r["pref_date"],
                r["url"],
                r["text"],
            ]
        )
    return [[v if v is not None else "" for v in row] for row in out]
