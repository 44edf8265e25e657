#!/usr/bin/env python3
"""Calcule, à partir des CSV SCDL de files/, les montants attendus dans questions.yml.

Règles (FORMATS §5) : seules les lignes « réel » comptent ; budget primitif (BGT_MTPREV) et compte
administratif (BGT_MTREAL, vide = 0) ne sont jamais additionnés ; 001 et 002 sont à part, hors totaux.
"""
import csv
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

FILES = Path(__file__).resolve().parent / "files"
REPORTS = {"001", "002"}


def fr(x: Decimal) -> str:
    """12345.67 -> « 12 345,67 € » ; un montant rond -> sa partie entière « 28 000 »."""
    q = x.quantize(Decimal("0.01"))
    ent, dec = f"{q:.2f}".split(".")
    neg = ent.startswith("-")
    ent = ent.lstrip("-")
    groups = []
    while ent:
        groups.insert(0, ent[-3:])
        ent = ent[:-3]
    s = ("-" if neg else "") + " ".join(groups)
    return s if dec == "00" else f"{s},{dec} €"


def load(name, col):
    rows = list(csv.DictReader(open(FILES / name, encoding="utf-8-sig")))
    out = []
    for r in rows:
        v = r[col].strip()
        out.append(dict(r, amount=Decimal(v) if v else Decimal(0)))
    return out


def summary(name, col):
    rows = load(name, col)
    chap = defaultdict(Decimal)
    tot = defaultdict(Decimal)
    nat = {}
    for r in rows:
        if r["BGT_OPBUDG"] != "réel":
            continue
        key = (r["BGT_SECTION"], r["BGT_CODRD"])
        if r["BGT_NATURE"] in REPORTS:
            nat[(r["BGT_NATURE"], r["BGT_CODRD"])] = r["amount"]
            continue
        chap[(r["BGT_CONTNAT"], r["BGT_CODRD"])] += r["amount"]
        tot[key] += r["amount"]
        nat[(r["BGT_NATURE"], r["BGT_CODRD"])] = r["amount"]
    return chap, tot, nat


def show(title, name, col):
    chap, tot, nat = summary(name, col)
    print(f"== {title} ({name}, {col}) — lignes réelles seulement, 001/002 à part")
    for (c, s), v in sorted(chap.items()):
        print(f"  chapitre {c:>4} {s:8} {fr(v)}")
    for (sec, s), v in sorted(tot.items()):
        print(f"  TOTAL {sec} {s}: {fr(v)}")
    for (n, s), v in sorted(nat.items()):
        print(f"    compte {n:>7} {s:8} {fr(v)}")
    return chap, tot, nat


if __name__ == "__main__":
    bp = show("Budget primitif 2026", "budget-primitif-2026.csv", "BGT_MTPREV")
    ca = show("Compte administratif 2025 (réalisé)", "compte-administratif-2025.csv", "BGT_MTREAL")
    D, R = "dépense", "recette"
    E = {
        "budget-01 BP2026 chapitre 012": fr(bp[0][("012", D)]),
        "budget-02 BP2026 dépenses réelles de fonctionnement": fr(bp[1][("fonctionnement", D)]),
        "budget-03 BP2026 recettes réelles de fonctionnement": fr(bp[1][("fonctionnement", R)]),
        "budget-04 CA2025 chapitre 011 réalisé": fr(ca[0][("011", D)]),
        "budget-05 CA2025 chapitre 74 réalisé": fr(ca[0][("74", R)]),
        "budget-06 BP2026 compte 1641 dépense": fr(bp[2][("1641", D)]),
        "budget-07 BP2026 chapitre 21": fr(bp[0][("21", D)]),
        "budget-08 BP2026 002 reporté": fr(bp[2][("002", R)]),
        "budget-09 BP2026 compte 65748": fr(bp[2][("65748", D)]),
        "budget-10 CA2025 compte 60612 réalisé": fr(ca[2][("60612", D)]),
        "budget-11 CA2025 compte 7063 réalisé": fr(ca[2][("7063", R)]),
        "budget-12 BP2026 dépenses réelles d'investissement": fr(bp[1][("investissement", D)]),
        "budget-13 CA2025 compte 66111 réalisé": fr(ca[2][("66111", D)]),
        "budget-14 BP2026 001 reporté": fr(bp[2][("001", D)]),
        "budget-15 CA2025 chapitre 012 réalisé": fr(ca[0][("012", D)]),
        "session-voirie BP2026 615231": fr(bp[2][("615231", D)]),
        "session-voirie CA2025 615231 réalisé": fr(ca[2][("615231", D)]),
        "budget-16 BP2026 compte 2315": fr(bp[2][("2315", D)]),
    }
    print("== attendus")
    for k, v in E.items():
        print(f"  {k}: {v}")
