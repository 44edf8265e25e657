"""Montants attendus des questions de budget, recalculés à partir des fichiers publiés (FORMATS §5) :
- seules les lignes « réel » (BGT_OPBUDG) comptent ; les lignes « ordre » (023/021, 042/040) sont exclues ;
- BP 2026 (BGT_MTPREV) et CA 2025 (BGT_MTREAL, vide = 0) ne sont jamais additionnés ;
- les résultats reportés 001 et 002 sont exclus des totaux et donnés à part.
Lancer : python expected_budget.py
"""
import csv
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

FILES = Path(__file__).resolve().parent / "files"


def amount(s):
    s = (s or "").strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    return Decimal(s) if s else Decimal(0)


def fr(x):
    x = Decimal(x).quantize(Decimal("0.01"))
    ent, dec = f"{x:.2f}".split(".")
    groups = []
    while len(ent) > 3:
        groups.insert(0, ent[-3:])
        ent = ent[:-3]
    groups.insert(0, ent)
    return " ".join(groups) + "," + dec + " €"


def load(name, col):
    with open(FILES / name, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    out = []
    for r in rows:
        out.append(dict(section=r["BGT_SECTION"], codrd=r["BGT_CODRD"], op=r["BGT_OPBUDG"],
                        chap=r["BGT_CONTNAT"], nature=r["BGT_NATURE"], label=r["BGT_NATURE_LABEL"],
                        mt=amount(r[col])))
    return out


def report(title, rows):
    print(f"\n===== {title}")
    reel = [r for r in rows if r["op"] == "réel" and r["nature"] not in ("001", "002")]
    tot = defaultdict(Decimal)
    chap = defaultdict(Decimal)
    for r in reel:
        tot[(r["section"], r["codrd"])] += r["mt"]
        chap[(r["section"], r["codrd"], r["chap"])] += r["mt"]
    for k in sorted(tot):
        print(f"  total réel {k[0]:15s} {k[1]:8s} {fr(tot[k]):>18s}")
    print(f"  total réel toutes sections dépenses   {fr(tot[('fonctionnement','dépense')] + tot[('investissement','dépense')]):>18s}")
    print(f"  total réel toutes sections recettes   {fr(tot[('fonctionnement','recette')] + tot[('investissement','recette')]):>18s}")
    for k in sorted(chap):
        print(f"  chapitre {k[2]:4s} {k[0]:15s} {k[1]:8s} {fr(chap[k]):>18s}")
    for r in rows:
        if r["nature"] in ("001", "002"):
            print(f"  à part : {r['nature']} {r['label']} ({r['codrd']}) {fr(r['mt'])}")
    print("  comptes :")
    for r in rows:
        if r["op"] == "réel" and r["nature"] not in ("001", "002"):
            print(f"    {r['nature']:8s} {r['codrd']:8s} {fr(r['mt']):>16s}  {r['label']}")
    return tot, chap


if __name__ == "__main__":
    report("BP 2026 (BGT_MTPREV)", load("budget_primitif_2026.csv", "BGT_MTPREV"))
    report("CA 2025 réalisé (BGT_MTREAL)", load("compte_administratif_2025.csv", "BGT_MTREAL"))
