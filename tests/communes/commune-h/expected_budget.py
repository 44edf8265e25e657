#!/usr/bin/env python3
"""Calcule les montants attendus des questions budget à partir des CSV SCDL de files/ (FORMATS §5) :
seules les lignes « réel » comptent ; 001 et 002 sont à part ; BP (BGT_MTPREV) et CA (BGT_MTREAL)
ne sont jamais additionnés."""
import csv
from collections import defaultdict
from pathlib import Path

FILES = Path(__file__).resolve().parent / "files"

def fr(x):
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"

def load(name, field):
    rows = list(csv.DictReader(open(FILES / name, encoding="utf-8")))
    for r in rows:
        r["mt"] = float(r[field] or 0)
    return rows

def report(title, rows):
    print(f"== {title}")
    reel = [r for r in rows if r["BGT_OPBUDG"] == "réel" and r["BGT_NATURE"] not in ("001", "002")]
    chap = defaultdict(float)
    for r in reel:
        chap[(r["BGT_SECTION"], r["BGT_CODRD"], r["BGT_NATURE"], r["BGT_NATURE_LABEL"])] += r["mt"]
    for k in sorted(chap):
        print("  chapitre", k, fr(chap[k]))
    for sec in ("fonctionnement", "investissement"):
        for rd in ("dépense", "recette"):
            t = sum(r["mt"] for r in reel if r["BGT_SECTION"] == sec and r["BGT_CODRD"] == rd)
            print(f"  total réel {sec} {rd}s : {fr(t)}")
    for r in rows:
        if r["BGT_NATURE"] in ("001", "002"):
            print(f"  à part : {r['BGT_NATURE']} {r['BGT_CONTNAT_LABEL']} ({r['BGT_CODRD']}) {fr(r['mt'])}")
    acc = defaultdict(float)
    for r in reel:
        acc[(r["BGT_CONTNAT"], r["BGT_CODRD"])] += r["mt"]
    for c in ("6574", "657362", "66111", "73111", "731211", "7411", "74121", "60612", "65311", "1641", "024",
              "6232", "7067"):
        for rd in ("dépense", "recette"):
            if (c, rd) in acc:
                print(f"  compte {c} ({rd}) : {fr(acc[(c, rd)])}")
    return chap, acc

if __name__ == "__main__":
    report("Budget primitif 2026 (BGT_MTPREV)", load("budget-primitif-2026.csv", "BGT_MTPREV"))
    report("Compte administratif 2025 (BGT_MTREAL)", load("compte-administratif-2025.csv", "BGT_MTREAL"))
    report("Compte administratif 2025 — crédits votés (BGT_MTPREV, pour les must_not)",
           load("compte-administratif-2025.csv", "BGT_MTPREV"))
