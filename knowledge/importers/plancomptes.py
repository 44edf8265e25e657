"""A plan de comptes (`<Nomenclature Norme="M57" Declinaison="M57_A" Exer="2024">`): the chart of accounts
the base then uses for budget labels and chapters (knowledge/nomenclature.py).

Why a commune imports one: the chart bundled with Clocher is the M57 abrégée of one exercise; a commune
under another déclinaison (M57 développée, M14 for a small village) or a newer exercise files its
accounts with its own chart, published each year by the State (DGFiP/DGCL) in this XML format. The
chart is stored as chapters (nature and functional, with their section) and accounts (label, chapter of
real spending DR, chapter of real receipts RR); budget lines whose file gave no chapter are filed again
with the chart in use, so totals by chapter follow it at once.
"""

from __future__ import annotations

import hashlib
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from .. import nomenclature
from .base import Context, ImportReport, duplicate_key, sync
from .budget import refile_chapters
from .csvread import FileRejected, RowError
from .xmlread import Node, parse_xml

ROOT = "Nomenclature"
WHAT = "plan de comptes"
HEADER = ["element", "Code", "Libelle", "Section", "DR", "RR"]  # a rejected element, in the rejects file
CHAPTER_COLUMNS = ["chapitre_key", "nomenclature_id", "axe", "code", "libelle", "section"]
ACCOUNT_COLUMNS = [
    "compte_key",
    "nomenclature_id",
    "axe",
    "code",
    "libelle",
    "chapitre_depense",
    "chapitre_recette",
]
AXES = (("nature", "Nature"), ("fonction", "Fonction"))  # the chart's two blocks, each with its own codes


def is_chart(name: str, attrib: dict[str, str]) -> bool:
    """The root element of a plan de comptes (detection reads only that)."""
    return name == ROOT and "Norme" in attrib


def import_file(conn: sqlite3.Connection, path: str, data: bytes, report: ImportReport, ctx: Context) -> None:
    root = parse_xml(data, WHAT)
    if not is_chart(root.name, root.attrib):
        raise FileRejected(
            f"ce fichier XML n'est pas un plan de comptes (élément racine « {root.name} », attendu "
            f"« {ROOT} » avec l'attribut Norme)."
        )
    norme, declinaison, year = _identity(root)
    report.header = HEADER
    chapters = _chapters(root, path, report)
    accounts = _accounts(root, path, report)
    if not accounts:
        raise FileRejected(f"ce {WHAT} ne contient aucun compte (élément « Compte »). Rien n'a été importé.")
    chart_id = _chart_row(conn, norme, declinaison, year, Path(path).name, chapters, accounts)
    prefix = f"{norme}|{declinaison}|{year}"
    for rec in chapters:
        rec.update(nomenclature_id=chart_id, chapitre_key=f"{prefix}|{rec['axe']}|{rec['code']}")
    for rec in accounts:
        rec.update(nomenclature_id=chart_id, compte_key=f"{prefix}|{rec['axe']}|{rec['code']}")
    name = Path(path).name
    for table, key, columns, records in (
        ("nomenclature_chapitres", "chapitre_key", CHAPTER_COLUMNS, chapters),
        ("nomenclature_comptes", "compte_key", ACCOUNT_COLUMNS, accounts),
    ):
        sync(conn, report, table, key, columns, records, name)
        _remove_vanished(conn, report, table, key, chart_id, {r[key] for r in records})
    used = nomenclature.chart(conn)
    report.warnings.append(
        f"plan de comptes utilisé pour les libellés et les chapitres du budget : {used.name}."
    )
    refiled = refile_chapters(conn, used)
    if refiled:
        report.warnings.append(f"{refiled} ligne(s) de budget rangée(s) dans leur chapitre selon ce plan.")


def _identity(root: Node) -> tuple[str, str, int]:
    """(norme, déclinaison, exercice) from the root's attributes; the déclinaison defaults to the norme."""
    norme = (root.get("Norme") or "").strip()
    declinaison = (root.get("Declinaison") or "").strip() or norme
    year = (root.get("Exer") or "").strip()
    if not norme or not (year.isdigit() and 1900 <= int(year) <= 2200):
        raise FileRejected(
            f"ce {WHAT} ne dit pas sa norme et son exercice (Norme « {norme} », Exer « {year} ») : "
            "importez le fichier planDeCompte.xml tel qu'il est publié. Rien n'a été importé.",
            line=root.line,
        )
    return norme, declinaison, int(year)


def _code_and_label(node: Node, path: str, report: ImportReport, seen: dict[str, int], what: str) -> bool:
    """True when the element has a code and a label met for the first time; else it is a rejected row."""
    code = (node.get("Code") or "").strip()
    label = (node.get("Libelle") or "").strip()
    cells = (node.name, *(node.get(a) or "" for a in HEADER[1:]))
    if not code or not label:
        report.rejected += 1
        missing = "Code" if not code else "Libelle"
        report.errors.append(RowError(path, node.line, missing, None, f"{what} sans {missing}", cells))
        return False
    if code in seen:
        report.rejected += 1
        report.errors.append(duplicate_key(path, node.line, "Code", code, seen[code], cells))
        return False
    seen[code] = node.line
    return True


def _chapters(root: Node, path: str, report: ImportReport) -> list[dict[str, Any]]:
    out = []
    for axe, block_name in AXES:
        block = root.find(block_name)
        seen: dict[str, int] = {}
        for node in block.iter("Chapitre") if block is not None else ():
            if _code_and_label(node, path, report, seen, "chapitre"):
                section = (node.get("Section") or "").strip() or None
                out.append(
                    {
                        "axe": axe,
                        "code": node.get("Code").strip(),
                        "libelle": node.get("Libelle").strip(),
                        "section": section,
                    }
                )
    return out


def _accounts(root: Node, path: str, report: ImportReport) -> list[dict[str, Any]]:
    out = []
    for axe, block_name in AXES:
        block = root.find(block_name)
        seen: dict[str, int] = {}
        for node in block.iter("Compte") if block is not None else ():
            if _code_and_label(node, path, report, seen, "compte"):
                out.append(
                    {
                        "axe": axe,
                        "code": node.get("Code").strip(),
                        "libelle": node.get("Libelle").strip(),
                        "chapitre_depense": (node.get("DR") or "").strip() or None,
                        "chapitre_recette": (node.get("RR") or "").strip() or None,
                    }
                )
    return out


def _chart_row(
    conn: sqlite3.Connection,
    norme: str,
    declinaison: str,
    year: int,
    file_name: str,
    chapters: list[dict[str, Any]],
    accounts: list[dict[str, Any]],
) -> int:
    """The chart's row (created on its first import); its fingerprint is of the content, not the file's bytes,
    so re-importing the same chart from another file changes nothing."""
    content = sorted(repr(sorted(r.items())) for r in (*chapters, *accounts))
    fingerprint = hashlib.sha256("\n".join(content).encode("utf-8")).hexdigest()
    found = conn.execute(
        "SELECT id, sha256, source_file FROM nomenclatures "
        "WHERE norme = ? AND declinaison = ? AND exercice = ?",
        (norme, declinaison, year),
    ).fetchone()
    if found is None:
        return conn.execute(
            "INSERT INTO nomenclatures(norme, declinaison, exercice, sha256, source_file) "
            "VALUES (?, ?, ?, ?, ?)",
            (norme, declinaison, year, fingerprint, file_name),
        ).lastrowid
    if (found[1], found[2]) != (fingerprint, file_name):
        conn.execute(
            "UPDATE nomenclatures SET sha256 = ?, source_file = ? WHERE id = ?",
            (fingerprint, file_name, found[0]),
        )
    return found[0]


def _remove_vanished(
    conn: sqlite3.Connection, report: ImportReport, table: str, key: str, chart_id: int, keys: set[str]
) -> None:
    """Rows an earlier import of this chart had and this file no longer has (not when rows were rejected)."""
    if report.rejected:
        return
    gone = [
        (i,)
        for i, k in conn.execute(f"SELECT id, {key} FROM {table} WHERE nomenclature_id = ?", (chart_id,))
        if k not in keys
    ]
    conn.executemany(f"DELETE FROM {table} WHERE id = ?", gone)
    report.removed += len(gone)


def export_files(conn: sqlite3.Connection) -> list[tuple[str, bytes]]:
    """Each imported chart as (file name, XML in the published format): `knowledge export` writes them so
    that importing the export gives the same base. Accounts are written flat, as this importer reads them."""
    out = []
    charts = conn.execute("SELECT id, norme, declinaison, exercice FROM nomenclatures ORDER BY id").fetchall()
    for chart_id, norme, declinaison, year in charts:
        root = ET.Element("Nomenclature", {"Norme": norme, "Declinaison": declinaison, "Exer": str(year)})
        for axe, block_name in AXES:
            block = ET.SubElement(root, block_name)
            chapters = ET.SubElement(block, "Chapitres")
            for code, label, section in conn.execute(
                "SELECT code, libelle, section FROM nomenclature_chapitres "
                "WHERE nomenclature_id = ? AND axe = ? ORDER BY id",
                (chart_id, axe),
            ):
                attrs = {"Code": code, "Libelle": label, **({"Section": section} if section else {})}
                ET.SubElement(chapters, "Chapitre", attrs)
            accounts = ET.SubElement(block, "Comptes")
            for code, label, dr, rr in conn.execute(
                "SELECT code, libelle, chapitre_depense, chapitre_recette FROM nomenclature_comptes "
                "WHERE nomenclature_id = ? AND axe = ? ORDER BY id",
                (chart_id, axe),
            ):
                attrs = {
                    "Code": code,
                    "Libelle": label,
                    **({"DR": dr} if dr else {}),
                    **({"RR": rr} if rr else {}),
                }
                ET.SubElement(accounts, "Compte", attrs)
        ET.indent(root)
        data = ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"
        out.append((f"planDeCompte_{declinaison}_{year}.xml", data))
    return out
