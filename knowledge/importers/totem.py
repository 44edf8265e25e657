"""Budget, TOTEM `DocumentBudgetaire` XML: what finance software sends to the prefecture through @ctes.

The SCDL budget CSV is derived from it (megalis-bretagne/yatotem2scdl maps one `LigneBudget` to one CSV
row); a commune that has only the XML imports it as it is. Each line is turned into the SCDL row that
mapping would write and goes through the SCDL importer's own parsing and storage, so both formats give
the same budget lines, under the same document identity (SIRET, year, nature of the document, file):

- document: BlocBudget/NatDec (01 budget primitif, 02 décision modificative, 03 budget supplémentaire,
  09 compte administratif, 10 compte financier unique), BlocBudget/Exer, EnTeteBudget/IdEtab (SIRET) and
  EnTeteBudget/LibelleEtab (the budget's name: « LOTISSEMENT LE BOCENO » for a budget annexe);
- line: Nature, ContNat, Fonction, Operation, CodRD (D/R), OpBudg (0 réel, 1 ordre), ArtSpe,
  CaracSup Code="Section" (F/I), the amounts MtReal, MtBudgPrec, MtRARPrec, MtPropNouv, MtPrev, CredOuv,
  MtRAR3112 as they are;
- labels: the XML's own (LibCpte) when present, else the chart of accounts the base uses.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from ..nomenclature import Chart, chart
from .base import Context, ImportReport
from .budget import parse_row, store
from .csvread import FieldError, FileRejected, RowError
from .xmlread import Node, parse_xml

NAMESPACE = "http://www.minefi.gouv.fr/cp/demat/docbudgetaire"
ROOT = "DocumentBudgetaire"
WHAT = "fichier budgétaire TOTEM"
NATDEC = {
    "01": "budget primitif",
    "02": "décision modificative",
    "03": "budget supplémentaire",
    "09": "compte administratif",
    "10": "compte financier unique",
}
AMOUNTS = {  # TOTEM element → SCDL column
    "MtReal": "bgt_mtreal",
    "MtBudgPrec": "bgt_mtbudgprec",
    "MtRARPrec": "bgt_mtrarprec",
    "MtPropNouv": "bgt_mtpropnouv",
    "MtPrev": "bgt_mtprev",
    "CredOuv": "bgt_credouv",
    "MtRAR3112": "bgt_mtrar3112",
}
# An error on a SCDL column is shown with the TOTEM element the clerk finds in the file.
TOTEM_NAME = {
    **{scdl.upper(): element for element, scdl in AMOUNTS.items()},
    "BGT_NATURE": "Nature",
    "BGT_CONTNAT": "ContNat",
    "BGT_FONCTION": "Fonction",
}
# The elements a rejected line is written back with, in the rejected-rows file.
FIELDS = ["Nature", "ContNat", "Fonction", "Operation", "CodRD", "OpBudg", "ArtSpe", *AMOUNTS]
_OPBUDG = {"0": "réel", "1": "ordre"}
_CODRD = {"D": "dépense", "R": "recette"}
_SECTION = {"F": "fonctionnement", "I": "investissement"}
_ARTSPE = {"false": "non spécialisé", "true": "spécialisé"}


def is_totem(namespace: str, name: str) -> bool:
    """The root element of a TOTEM budget document (detection reads only that)."""
    return name == ROOT and namespace == NAMESPACE


def import_file(conn: sqlite3.Connection, path: str, data: bytes, report: ImportReport, ctx: Context) -> None:
    root = parse_xml(data, WHAT)
    if not is_totem(root.namespace, root.name):
        raise FileRejected(
            f"ce fichier XML n'est pas un document budgétaire TOTEM (élément racine « {root.name} », "
            f"attendu « {ROOT} »)."
        )
    budgets = root.findall("Budget")
    if not budgets:
        raise FileRejected(f"ce {WHAT} ne contient aucun budget (élément « Budget »). Rien n'a été importé.")
    report.header = FIELDS
    accounts = chart(conn)
    records: list[dict[str, Any]] = []
    for budget in budgets:
        document = _document(root, budget)
        lines = budget.findall("LigneBudget")
        if not lines:
            report.warnings.append(f"budget « {document['bgt_nom']} » sans aucune ligne (LigneBudget).")
        for line in lines:
            try:
                record = parse_row(_scdl_row(document, line, accounts), accounts)
            except FieldError as exc:
                report.rejected += 1
                column = TOTEM_NAME.get(exc.column or "", exc.column)
                element = line.find(column or "")
                where = element.line if element is not None else line.line  # the bad element's own line
                cells = tuple(line.value(f) or "" for f in FIELDS)
                report.errors.append(RowError(path, where, column, exc.value, exc.message, cells))
                continue
            record["_line"] = line.line
            records.append(record)
    store(conn, report, records, Path(path).name)


def _document(root: Node, budget: Node) -> dict[str, str | None]:
    """The SCDL cells every line of one Budget shares: nature of the document, year, SIRET, name."""
    head = budget.find("EnTeteBudget")
    block = budget.find("BlocBudget")
    if head is None or block is None:
        missing = "EnTeteBudget" if head is None else "BlocBudget"
        raise FileRejected(
            f"ce {WHAT} n'a pas l'élément « {missing} » qui dit de quel budget il s'agit. "
            "Rien n'a été importé.",
            line=budget.line,
        )
    code = block.value("NatDec")
    natdec = NATDEC.get(code or "")
    if natdec is None:
        known = ", ".join(f"{k} {v}" for k, v in NATDEC.items())
        raise FileRejected(
            f"nature du document NatDec « {code or ''} » inconnue (connues : {known}). Rien n'a été importé.",
            column="NatDec",
            line=block.line,
        )
    year = block.value("Exer") or ""
    if not (year.isdigit() and 1900 <= int(year) <= 2200):
        raise FileRejected(
            f"exercice Exer « {year} » manquant ou invalide (une année attendue). Rien n'a été importé.",
            column="Exer",
            line=block.line,
        )
    collectivity = root.find("EnTeteDocBudgetaire")
    siret = head.value("IdEtab") or (collectivity.value("IdColl") if collectivity is not None else None)
    name = head.value("LibelleEtab") or (
        collectivity.value("LibelleColl") if collectivity is not None else None
    )
    if not name:
        raise FileRejected(
            f"ce {WHAT} ne dit pas le nom du budget (LibelleEtab ou LibelleColl). Rien n'a été importé.",
            line=head.line,
        )
    return {"bgt_natdec": natdec, "bgt_annee": year, "bgt_siret": siret, "bgt_nom": name}


def _scdl_row(document: dict[str, str | None], line: Node, accounts: Chart) -> dict[str, str | None]:
    """The SCDL row yatotem2scdl writes for one LigneBudget; codes it cannot map are FieldErrors."""
    nature = line.value("Nature")
    contnat = line.value("ContNat")
    opbudg = line.value("OpBudg")
    if opbudg not in _OPBUDG:
        raise FieldError("OpBudg", opbudg, "0 (réel) ou 1 (ordre) attendu")
    codrd = line.value("CodRD")
    if codrd not in _CODRD:
        raise FieldError("CodRD", codrd, "D (dépense) ou R (recette) attendu")
    section = next((c.get("V") for c in line.findall("CaracSup") if c.get("Code") == "Section"), None)
    row: dict[str, str | None] = {
        **document,
        "bgt_contnat": contnat,
        "bgt_contnat_label": accounts.chapter_label(contnat) if contnat else None,
        "bgt_nature": nature,
        "bgt_nature_label": line.value("LibCpte") or (accounts.account_label(nature) if nature else None),
        "bgt_fonction": line.value("Fonction"),
        "bgt_fonction_label": None,
        "bgt_operation": line.value("Operation"),
        "bgt_section": _SECTION.get((section or "").strip()),
        "bgt_opbudg": _OPBUDG[opbudg],
        "bgt_codrd": _CODRD[codrd],
        "bgt_artspe": _ARTSPE.get(line.value("ArtSpe") or ""),
    }
    for element, column in AMOUNTS.items():
        row[column] = line.value(element)
    return row
