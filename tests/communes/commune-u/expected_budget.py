"""Montants attendus du budget de Saint-Aubin-de-Lauzère, calculés depuis files/*.csv (lignes réelles, hors 001/002)."""
import csv
from decimal import Decimal as D
from collections import defaultdict

def fr(x):
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"

def load(fn, col):
    rows = []
    for r in csv.DictReader(open(fn, encoding="utf-8"), delimiter=";"):
        v = r[col].replace(",", ".")
        rows.append((r["BGT_NATURE"], r["BGT_CONTNAT"], r["BGT_SECTION"], r["BGT_OPBUDG"], r["BGT_CODRD"], D(v or "0")))
    return rows

for name, fn, col in (("BP 2026", "files/budget-primitif-2026.csv", "BGT_MTPREV"), ("CA 2025", "files/compte-administratif-2025.csv", "BGT_MTREAL")):
    rows = load(fn, col)
    print("==", name)
    for nat, ch, sec, op, sens, m in rows:
        print(f"  {nat:7} {ch:4} {sec[:5]} {op:5} {sens[:3]} {fr(m)}")
    tot = defaultdict(D); chap = defaultdict(D); alltot = defaultdict(D)
    for nat, ch, sec, op, sens, m in rows:
        alltot[(sec, sens)] += m
        if op == "réel" and nat not in ("001", "002"):
            tot[(sec, sens)] += m
            chap[(ch, sens)] += m
    for k, v in sorted(tot.items()):
        print("  total réel", k, fr(v))
    for k, v in sorted(alltot.items()):
        print("  total tout (ordre + reports)", k, fr(v))
    for k, v in sorted(chap.items()):
        print("  chapitre", k, fr(v))
