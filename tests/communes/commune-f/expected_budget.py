#!/usr/bin/env python3
"""Montants attendus des questions « budget » de questions.yml, recalculés depuis files/*.csv.

Règles (FORMATS.md §5) : seules les lignes BGT_OPBUDG = « réel » comptent ; les résultats reportés
(001, 002) sont à part ; budget primitif (BGT_MTPREV) et compte administratif (BGT_MTREAL, vide = 0)
ne sont jamais additionnés ; budget principal (SIRET 21395970300017) et budget annexe assainissement
(SIRET 21395970300025) non plus.
"""
import csv
from decimal import Decimal
from pathlib import Path

FILES = Path(__file__).parent / "files"
REPORTS = {"001", "002"}


def load(name):
    with open(FILES / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def amount(row, col):
    v = (row[col] or "").strip()
    return Decimal(v) if v else Decimal(0)


def fr(x):
    """Montant au format français : 1 234,56 €"""
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


def total(rows, col, *, codrd=None, section=None, chapitre=None, nature=None):
    s = Decimal(0)
    for r in rows:
        if r["BGT_OPBUDG"] != "réel" or r["BGT_NATURE"] in REPORTS:
            continue
        if codrd and r["BGT_CODRD"] != codrd:
            continue
        if section and r["BGT_SECTION"] != section:
            continue
        if chapitre and r["BGT_CONTNAT"] != chapitre:
            continue
        if nature and r["BGT_NATURE"] != nature:
            continue
        s += amount(r, col)
    return s


def report(rows, col, nature):
    return sum((amount(r, col) for r in rows if r["BGT_NATURE"] == nature), Decimal(0))


ca = load("budget_2025_ca.csv")
bp = load("budget_2026_bp.csv")
ann = load("budget_assainissement_2026_bp.csv")
assert {r["BGT_SIRET"] for r in ca} == {r["BGT_SIRET"] for r in bp} == {"21395970300017"}
assert {r["BGT_SIRET"] for r in ann} == {"21395970300025"}
R, P = "BGT_MTREAL", "BGT_MTPREV"
D, Rc = "dépense", "recette"
F, I = "fonctionnement", "investissement"

EXPECTED = {
    "budget-01 CA 2025 ch. 012 personnel": total(ca, R, codrd=D, chapitre="012"),
    "budget-02 BP 2026 ch. 012 personnel": total(bp, P, codrd=D, chapitre="012"),
    "budget-03 BP 2026 6574 subventions associations": total(bp, P, codrd=D, nature="6574"),
    "budget-03 (piège) CA 2025 6574": total(ca, R, codrd=D, nature="6574"),
    "budget-04 CA 2025 60612 électricité": total(ca, R, codrd=D, nature="60612"),
    "budget-04 (piège) BP 2026 60612": total(bp, P, codrd=D, nature="60612"),
    "budget-05 BP 2026 1641 remboursement capital (dépense)": total(bp, P, codrd=D, nature="1641"),
    "budget-06 BP 2026 1641 emprunt nouveau (recette)": total(bp, P, codrd=Rc, nature="1641"),
    "budget-06 (piège) CA 2025 1641 recette": total(ca, R, codrd=Rc, nature="1641"),
    "budget-07 BP 2026 dépenses réelles de fonctionnement": total(bp, P, codrd=D, section=F),
    "budget-07 (piège) BP 2026 dépenses de fonctionnement avec ordre": sum((amount(r, P) for r in bp if r["BGT_CODRD"] == D and r["BGT_SECTION"] == F), Decimal(0)),
    "budget-08 CA 2025 recettes réelles de fonctionnement": total(ca, R, codrd=Rc, section=F),
    "budget-08 (piège) CA 2025 recettes de fonctionnement avec 002": total(ca, R, codrd=Rc, section=F) + report(ca, R, "002"),
    "budget-09 BP 2026 002 résultat de fonctionnement reporté": report(bp, P, "002"),
    "budget-09 (piège) CA 2025 002": report(ca, R, "002"),
    "budget-10 BP 2026 dépenses réelles d'investissement": total(bp, P, codrd=D, section=I),
    "budget-10 (piège) BP 2026 dépenses d'investissement avec 001": total(bp, P, codrd=D, section=I) + report(bp, P, "001"),
    "budget-11 CA 2025 73111 impôts directs locaux": total(ca, R, codrd=Rc, nature="73111"),
    "budget-11 (piège) BP 2026 73111": total(bp, P, codrd=Rc, nature="73111"),
    "budget-12 BP 2026 ch. 74 dotations": total(bp, P, codrd=Rc, chapitre="74"),
    "budget-12 (piège) CA 2025 ch. 74": total(ca, R, codrd=Rc, chapitre="74"),
    "budget-13 CA 2025 7067 cantine et périscolaire": total(ca, R, codrd=Rc, nature="7067"),
    "budget-14 annexe BP 2026 70611 redevance assainissement": total(ann, P, codrd=Rc, nature="70611"),
    "budget-15 annexe BP 2026 ch. 23 travaux": total(ann, P, codrd=D, chapitre="23"),
    "budget-15 (piège) principal BP 2026 ch. 23": total(bp, P, codrd=D, chapitre="23"),
    "budget-16 CA 2025 ch. 66 charges financières": total(ca, R, codrd=D, chapitre="66"),
    "budget-16 (piège) BP 2026 ch. 66": total(bp, P, codrd=D, chapitre="66"),
    "budget-17 BP 2026 7022 coupes de bois": total(bp, P, codrd=Rc, nature="7022"),
    "budget-17 (piège) CA 2025 7022": total(ca, R, codrd=Rc, nature="7022"),
    "budget-18 BP 2026 ch. 011 charges générales": total(bp, P, codrd=D, chapitre="011"),
    "budget-18 (piège) CA 2025 ch. 011": total(ca, R, codrd=D, chapitre="011"),
    "budget-19 CA 2025 ch. 21 immobilisations corporelles": total(ca, R, codrd=D, chapitre="21"),
    "budget-19 (piège) CA 2025 ch. 21 crédits votés (MTPREV)": total(ca, P, codrd=D, chapitre="21"),
    "budget-20 BP 2026 ch. 13 subventions d'investissement": total(bp, P, codrd=Rc, chapitre="13"),
    "budget-20 (piège) CA 2025 ch. 13": total(ca, R, codrd=Rc, chapitre="13"),
    "budget-21 BP 2026 001 solde d'investissement reporté": report(bp, P, "001"),
    "session-budget CA 2025 ch. 012 (= budget-01)": total(ca, R, codrd=D, chapitre="012"),
    "annexe (piège) BP 2026 annexe ch. 012": total(ann, P, codrd=D, chapitre="012"),
}

if __name__ == "__main__":
    for k, v in EXPECTED.items():
        print(f"{k:70s} {fr(v):>16s}")
