"""Budget, SCDL `scdl/budget` 0.8.3: one line per nature (and function/operation) of a budget document.

Amounts are stored as integer cents so that totals are exact. The amount told to residents is
BGT_MTREAL for a compte administratif / compte financier unique (empty = 0) and BGT_MTPREV otherwise.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from ..nomenclature import CARRIED_OVER, Chart, chart
from ..textnorm import fold
from .base import Context, ImportReport, check_columns, collect, fingerprints, remove_missing, sync
from .csvread import FieldError, cents_to_decimal, parse_amount, parse_int, read_csv, to_cents

REQUIRED = ["bgt_natdec", "bgt_annee", "bgt_nom", "bgt_nature", "bgt_opbudg", "bgt_codrd"]
AMOUNTS = [
    "bgt_mtreal",
    "bgt_mtbudgprec",
    "bgt_mtrarprec",
    "bgt_mtpropnouv",
    "bgt_mtprev",
    "bgt_credouv",
    "bgt_mtrar3112",
]
KNOWN = [
    "bgt_siret",
    "bgt_contnat",
    "bgt_contnat_label",
    "bgt_nature_label",
    "bgt_fonction",
    "bgt_fonction_label",
    "bgt_operation",
    "bgt_section",
    "bgt_artspe",
    *AMOUNTS,
]
COLUMNS = [
    "line_key",
    "annee",
    "document",
    "natdec",
    "siret",
    "budget_nom",
    "contnat",
    "contnat_label",
    "nature",
    "nature_label",
    "fonction",
    "fonction_label",
    "operation",
    "section_raw",
    "section",
    "opbudg",
    "codrd",
    "direction",
    "mtreal",
    "mtbudgprec",
    "mtrarprec",
    "mtpropnouv",
    "mtprev",
    "credouv",
    "mtrar3112",
    "artspe",
    "amount_cents",
    "chapitre",
]

DOCUMENTS = {
    "budget primitif": "budget primitif",
    "bp": "budget primitif",
    "primitif": "budget primitif",
    "budget supplementaire": "budget supplémentaire",
    "bs": "budget supplémentaire",
    "decision modificative": "décision modificative",
    "dm": "décision modificative",
    "compte administratif": "compte administratif",
    "ca": "compte administratif",
    "compte financier unique": "compte financier unique",
    "cfu": "compte financier unique",
}
REALISED = {"compte administratif", "compte financier unique"}
# Chapters 0xx that are not carried-over results, by section (M14/M57).
_FONCT_CHAPTERS = {"002", "022", "023", "042", "043"}


def normalise_document(value: str) -> str:
    folded = " ".join(fold(value).split())
    if folded in DOCUMENTS:
        return DOCUMENTS[folded]
    for prefix, name in DOCUMENTS.items():
        if len(prefix) > 3 and folded.startswith(prefix):
            return name  # « Décision modificative n°2 »
    return value.strip().lower()


def document_key(siret: str | None, annee: int, document: str, source_file: str) -> str:
    """A budget document's identity (FORMATS.md §5): the budget's SIRET, the year, the kind, the file."""
    return f"{siret or ''}|{annee}|{fold(document)}|{source_file}"


def section_of(nature: str, given: str | None) -> str:
    """BGT_SECTION when given, else from the account: classes 6-7 fonctionnement, the rest investissement.

    001 (solde d'exécution d'investissement reporté) is investissement, 002 (résultat de fonctionnement
    reporté) fonctionnement; 023/042/043 are fonctionnement chapters, 021/024/040/041 investissement.
    """
    if given:
        folded = fold(given)
        if folded.startswith("f"):
            return "fonctionnement"
        if folded.startswith("i"):
            return "investissement"
    code = nature.strip()
    if code[:3] in _FONCT_CHAPTERS:
        return "fonctionnement"
    if code[:1] in {"6", "7"}:
        return "fonctionnement"
    return "investissement"


def _direction(value: str | None) -> tuple[str, str]:
    folded = fold(value or "")
    if folded.startswith("d"):
        return "dépense", "dépenses"
    if folded.startswith("r"):
        return "recette", "recettes"
    raise FieldError("BGT_CODRD", value, "« dépense » ou « recette » attendu")


def _opbudg(value: str | None) -> str:
    folded = fold(value or "")
    if folded.startswith("r"):
        return "réel"
    if folded.startswith("o"):
        return "ordre"
    raise FieldError("BGT_OPBUDG", value, "« réel » ou « ordre » attendu")


def parse_row(row: dict[str, str | None], accounts: Chart) -> dict[str, Any]:
    """One SCDL row (normalised column names → cell or None) → the record stored in budget_lines.

    Shared with the TOTEM importer, which builds the same rows from the XML: both formats give the same
    lines. `accounts` is the chart of accounts that files a line without BGT_CONTNAT in its chapter.
    """
    natdec = row.get("bgt_natdec")
    if not natdec:
        raise FieldError("BGT_NATDEC", None, "nature du document budgétaire manquante")
    annee = parse_int(row.get("bgt_annee"), "BGT_ANNEE")
    if annee is None or not 1900 <= annee <= 2200:
        raise FieldError("BGT_ANNEE", row.get("bgt_annee"), "année manquante ou invalide")
    nom = row.get("bgt_nom")
    if not nom:
        raise FieldError("BGT_NOM", None, "nom du budget manquant")
    nature = row.get("bgt_nature")
    if not nature:
        raise FieldError("BGT_NATURE", None, "compte par nature manquant")
    codrd, direction = _direction(row.get("bgt_codrd"))
    amounts = {}
    for col in AMOUNTS:
        value = parse_amount(row.get(col), col.upper())
        if value is not None and value != value.quantize(value.__class__("0.01")):
            raise FieldError(col.upper(), row.get(col), "plus de deux décimales")
        amounts[col[4:]] = to_cents(value)
    document = normalise_document(natdec)
    chosen = amounts["mtreal"] if document in REALISED else amounts["mtprev"]
    section = section_of(nature, row.get("bgt_section"))
    opbudg = _opbudg(row.get("bgt_opbudg"))
    rec = {
        "annee": annee,
        "document": document,
        "natdec": natdec,
        "siret": row.get("bgt_siret"),
        "budget_nom": nom,
        "contnat": row.get("bgt_contnat"),
        "contnat_label": row.get("bgt_contnat_label"),
        "nature": nature,
        "nature_label": row.get("bgt_nature_label"),
        "fonction": row.get("bgt_fonction"),
        "fonction_label": row.get("bgt_fonction_label"),
        "operation": row.get("bgt_operation"),
        "section_raw": row.get("bgt_section"),
        "section": section,
        "opbudg": opbudg,
        "codrd": codrd,
        "direction": direction,
        **amounts,
        "artspe": row.get("bgt_artspe"),
        "amount_cents": chosen or 0,
        "chapitre": (row.get("bgt_contnat") or "").strip() or accounts.chapter_of(nature, direction),
    }
    rec["_base_key"] = "|".join(
        str(rec[c] or "")
        for c in (
            "annee",
            "document",
            "budget_nom",
            "section",
            "codrd",
            "nature",
            "fonction",
            "operation",
            "opbudg",
            "contnat",
        )
    )
    rec["_base_key"] = fold(rec["_base_key"])
    return rec


def columns_swapped(table, accounts: Chart) -> bool:
    """Whether the file gives chapters as BGT_NATURE and accounts as BGT_CONTNAT (« 011 » / « 60611 »),
    as a hand-made export can: most lines then file their « chapter » in their « nature », by the chart.
    Lines the chart does not file decide nothing."""
    straight = swapped = 0
    for _, row in table.rows():
        if isinstance(row, FieldError):
            continue
        nature, chapter = (row.get("bgt_nature") or "").strip(), (row.get("bgt_contnat") or "").strip()
        if not nature or not chapter or nature in CARRIED_OVER or nature == chapter:
            continue
        try:
            direction = _direction(row.get("bgt_codrd"))[1]
        except FieldError:
            continue
        if accounts.chapter_of(nature, direction) == chapter:
            straight += 1
        elif accounts.chapter_of(chapter, direction) == nature:
            swapped += 1
    return swapped >= 3 and swapped > 2 * straight


def import_file(conn: sqlite3.Connection, path: str, data: bytes, report: ImportReport, ctx: Context) -> None:
    table = read_csv(path, data)
    report.warnings.extend(table.warnings)
    check_columns(table, report, REQUIRED, KNOWN)
    accounts = chart(conn)
    if columns_swapped(table, accounts):
        swap = {"bgt_nature": "bgt_contnat", "bgt_contnat": "bgt_nature"}
        swap |= {f"{a}_label": f"{b}_label" for a, b in swap.items()}
        table.keys = [swap.get(k, k) for k in table.keys]
        report.warnings.append(
            "Les colonnes BGT_NATURE (le compte) et BGT_CONTNAT (le chapitre) sont inversées dans ce "
            "fichier : elles ont été lues dans le bon sens. Corrigez l'export pour la prochaine fois."
        )
    records = collect(
        table,
        report,
        ctx,
        lambda row: parse_row(row, accounts),
        lambda r: r["_base_key"],
        key_label="clé budgétaire",
        allow_duplicates=True,
    )
    store(conn, report, records, Path(path).name)


def store(conn: sqlite3.Connection, report: ImportReport, records: list[dict[str, Any]], name: str) -> None:
    """Write one file's budget lines: keyed within their document, upserted, its vanished lines removed.

    Real files repeat a (nature, section…) key on several lines (one per programme): all count, so the
    occurrence number completes the key and a re-import of the same file stays idempotent. A line
    belongs to its document — (SIRET, year, nature of the document, file) — so that a budget annexe
    or a second décision modificative never overwrites another document's lines.
    """
    seen: dict[str, int] = {}
    repeated = 0
    for rec in records:
        n = seen.get(rec["_base_key"], 0)
        seen[rec["_base_key"]] = n + 1
        repeated += n > 0
        rec["line_key"] = (
            f"{document_key(rec['siret'], rec['annee'], rec['natdec'], name)}|{rec['_base_key']}#{n}"
        )
    if repeated:
        report.warnings.append(
            f"{repeated} ligne(s) répètent la clé d'une autre ligne : toutes sont comptées."
        )
    sync(conn, report, "budget_lines", "line_key", COLUMNS, records, name)
    remove_missing(conn, report, "budget_lines", "line_key", {r["line_key"] for r in records}, name)


def refile_chapters(conn: sqlite3.Connection, accounts: Chart) -> int:
    """File again with `accounts` the lines whose file gave no chapter (BGT_CONTNAT); returns how many moved.

    Why: a line's chapter is chosen at import from the chart then in use; when the commune imports its
    own plan de comptes, totals by chapter must follow it without re-importing every budget. The row's
    fingerprint is recomputed as sync() computes it, so re-importing the budget file later finds it
    unchanged.
    """
    nature, direction, chapter = (COLUMNS.index(c) for c in ("nature", "direction", "chapitre"))
    moved = []
    rows = conn.execute(
        f"SELECT id, {', '.join(COLUMNS)} FROM budget_lines WHERE coalesce(contnat, '') = ''"
    ).fetchall()
    for row in rows:
        values = list(tuple(row)[1:])
        new = accounts.chapter_of(values[nature], values[direction])
        if new != values[chapter]:
            values[chapter] = new
            moved.append((new, fingerprints([tuple(values)], len(COLUMNS))[0], row[0]))
    conn.executemany("UPDATE budget_lines SET chapitre = ?, row_hash = ? WHERE id = ?", moved)
    return len(moved)


EXPORT_HEADER = [
    "BGT_NATDEC",
    "BGT_ANNEE",
    "BGT_SIRET",
    "BGT_NOM",
    "BGT_CONTNAT",
    "BGT_CONTNAT_LABEL",
    "BGT_NATURE",
    "BGT_NATURE_LABEL",
    "BGT_FONCTION",
    "BGT_FONCTION_LABEL",
    "BGT_OPERATION",
    "BGT_SECTION",
    "BGT_OPBUDG",
    "BGT_CODRD",
    "BGT_MTREAL",
    "BGT_MTBUDGPREC",
    "BGT_MTRARPREC",
    "BGT_MTPROPNOUV",
    "BGT_MTPREV",
    "BGT_CREDOUV",
    "BGT_MTRAR3112",
    "BGT_ARTSPE",
]


def export_rows(conn: sqlite3.Connection) -> list[list[str]]:
    out = []
    for r in conn.execute("SELECT * FROM budget_lines ORDER BY id"):
        cells = [
            r["natdec"],
            r["annee"],
            r["siret"],
            r["budget_nom"],
            r["contnat"],
            r["contnat_label"],
            r["nature"],
            r["nature_label"],
            r["fonction"],
            r["fonction_label"],
            r["operation"],
            r["section_raw"],
            r["opbudg"],
            r["codrd"],
        ]
        cells += [
            None if r[c] is None else str(cents_to_decimal(r[c]))
            for c in ("mtreal", "mtbudgprec", "mtrarprec", "mtpropnouv", "mtprev", "credouv", "mtrar3112")
        ]
        cells.append(r["artspe"])
        out.append(["" if v is None else str(v) for v in cells])
    return out
