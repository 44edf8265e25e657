#!/usr/bin/env python3
"""Faits attendus du budget de Plouvenec-sur-Mer (FORMATS §5).

Règles : seules les lignes « réel » (BGT_OPBUDG) comptent ; BP 2026 -> BGT_MTPREV, CA 2025 -> BGT_MTREAL
(vide = 0) ; les deux documents ne sont jamais additionnés ; 001 et 002 sont laissés hors des totaux
et donnés à part.  Usage : python expected_budget.py
"""
import csv
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

FILES = Path(__file__).parent / "files"
DOCS = {
    "BP 2026": ("budget-primitif-2026.csv", ",", "BGT_MTPREV"),
    "CA 2025": ("compte-administratif-2025.csv", ";", "BGT_MTREAL"),
}
REPORTS = {"001", "002"}


def amount(text):
    text = (text or "").strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    return Decimal(text) if text else Decimal(0)


def fr(x):
    """12345.6 -> '12 345,60 €' ; round amounts -> '12 345 €' (the integer part, as musts use it)."""
    q = Decimal(x).quantize(Decimal("0.01"))
    ent, dec = f"{q:.2f}".split(".")
    ent = f"{int(ent):,}".replace(",", " ")
    return f"{ent} €" if dec == "00" else f"{ent},{dec} €"


def load(name):
    fname, sep, col = DOCS[name]
    with open(FILES / fname, encoding="utf-8", newline="") as f:
        return [(r, amount(r[col])) for r in csv.DictReader(f, delimiter=sep)]


def facts():
    out = {}
    for name in DOCS:
        rows = load(name)
        chap = defaultdict(Decimal)
        acct = defaultdict(Decimal)
        tot = defaultdict(Decimal)
        for r, v in rows:
            if r["BGT_OPBUDG"] != "réel":
                continue
            key = (r["BGT_SECTION"], r["BGT_CODRD"])
            if r["BGT_NATURE"] in REPORTS:
                out[(name, "report", r["BGT_NATURE"])] = v
                continue
            chap[(r["BGT_CONTNAT"],) + key] += v
            acct[(r["BGT_NATURE"],) + key] += v
            tot[key] += v
        for k, v in chap.items():
            out[(name, "chapitre") + k] = v
        for k, v in acct.items():
            out[(name, "compte") + k] = v
        for k, v in tot.items():
            out[(name, "total") + k] = v
        out[(name, "total", "dépenses réelles")] = sum(v for k, v in tot.items() if k[1] == "dépense")
        out[(name, "total", "recettes réelles")] = sum(v for k, v in tot.items() if k[1] == "recette")
    return out


# The facts the questions use: id -> (document, key)
USED = {
    "budget-01 personnel 2026 (chap. 012)": ("BP 2026", ("chapitre", "012", "fonctionnement", "dépense")),
    "budget-02 intérêts de la dette 2026 (66111)": ("BP 2026", ("compte", "66111", "fonctionnement", "dépense")),
    "budget-03 remboursement capital 2026 (1641 dépense)": ("BP 2026", ("compte", "1641", "investissement", "dépense")),
    "budget-04 subventions associations 2026 (6574)": ("BP 2026", ("compte", "6574", "fonctionnement", "dépense")),
    "budget-05 taxe de séjour 2026 (7362)": ("BP 2026", ("compte", "7362", "fonctionnement", "recette")),
    "budget-06 dépenses réelles de fonctionnement 2026": ("BP 2026", ("total", "fonctionnement", "dépense")),
    "budget-07 résultat reporté 002 en 2026": ("BP 2026", ("report", "002")),
    "budget-08 électricité 2025 réalisé (60612)": ("CA 2025", ("compte", "60612", "fonctionnement", "dépense")),
    "budget-09 impôts directs 2025 réalisé (73111)": ("CA 2025", ("compte", "73111", "fonctionnement", "recette")),
    "budget-10 camping / loisirs 2025 réalisé (70632)": ("CA 2025", ("compte", "70632", "fonctionnement", "recette")),
    "budget-11 DGF forfaitaire 2026 (7411)": ("BP 2026", ("compte", "7411", "fonctionnement", "recette")),
    "budget-12 dépenses réelles d'investissement 2026": ("BP 2026", ("total", "investissement", "dépense")),
    "budget-13 fêtes et cérémonies 2025 réalisé (6232)": ("CA 2025", ("compte", "6232", "fonctionnement", "dépense")),
    "budget-14 emprunt nouveau 2026 (1641 recette)": ("BP 2026", ("compte", "1641", "investissement", "recette")),
    "session personnel 2025 réalisé (chap. 012)": ("CA 2025", ("chapitre", "012", "fonctionnement", "dépense")),
    "session subventions 2025 réalisé (6574)": ("CA 2025", ("compte", "6574", "fonctionnement", "dépense")),
    "session 011 2026 (chap. 011)": ("BP 2026", ("chapitre", "011", "fonctionnement", "dépense")),
    "session 011 2025 réalisé (chap. 011)": ("CA 2025", ("chapitre", "011", "fonctionnement", "dépense")),
    "(info) 001 reporté en 2026": ("BP 2026", ("report", "001")),
    "(info) recettes réelles de fonctionnement 2026": ("BP 2026", ("total", "fonctionnement", "recette")),
    "(info) dépenses réelles de fonctionnement 2025": ("CA 2025", ("total", "fonctionnement", "dépense")),
}


if __name__ == "__main__":
    f = facts()
    for label, (doc, key) in USED.items():
        print(f"{label:55s} {doc}  {fr(f[(doc,) + key])}")
