"""Expected budget figures of commune-ab (Saulmont-sur-Othain), computed from files/ only.

Rules of FORMATS.md §5: only `réel` lines count; 001 and 002 (carried-over results) are left out of the
totals and shown apart; a compte administratif is read in BGT_MTREAL (empty = 0), a budget primitif in
BGT_MTPREV. Run: python expected_budget.py
"""
import csv
import io
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

FILES = Path(__file__).parent / "files"
DOCS = {
    "BP 2026": ("Budget_primitif_2026_SCDL.csv", "BGT_MTPREV"),
    "CA 2025": ("compte_administratif_2025_budget_principal.csv", "BGT_MTREAL"),
}


def fr(x: Decimal) -> str:
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


def read(name):
    raw = (FILES / name).read_bytes().decode("utf-8-sig")
    sep = ";" if raw.splitlines()[0].count(";") > raw.splitlines()[0].count(",") else ","
    return list(csv.DictReader(io.StringIO(raw), delimiter=sep))


def amount(s):
    s = (s or "").strip().replace(" ", "").replace(",", ".")
    return Decimal(s) if s else Decimal(0)


def section(r):
    if r["BGT_SECTION"]:
        return r["BGT_SECTION"]
    nat = r["BGT_NATURE"]
    return "fonctionnement" if nat[0] in "67" or nat == "002" else "investissement"


for doc, (name, col) in DOCS.items():
    rows = read(name)
    tot = defaultdict(Decimal)
    chap = defaultdict(Decimal)
    carried = {}
    print(f"== {doc} ({name}, {col})")
    for r in rows:
        a = amount(r[col])
        if r["BGT_NATURE"] in ("001", "002"):
            carried[(r["BGT_NATURE"], r["BGT_CODRD"])] = a
            continue
        if r["BGT_OPBUDG"] != "réel":
            continue
        tot[(section(r), r["BGT_CODRD"])] += a
        chap[(r["BGT_CONTNAT"], r["BGT_CODRD"])] += a
    for k in sorted(tot):
        print(f"  total réel {k[0]:15} {k[1]:8} {fr(tot[k])}")
    print(f"  total réel dépenses (2 sections)  {fr(tot[('fonctionnement','dépense')] + tot[('investissement','dépense')])}")
    print(f"  total réel recettes (2 sections)  {fr(tot[('fonctionnement','recette')] + tot[('investissement','recette')])}")
    for k in sorted(chap):
        print(f"  chapitre {k[0]:4} {k[1]:8} {fr(chap[k])}")
    for k, v in sorted(carried.items()):
        print(f"  reporté {k[0]} {k[1]:8} {fr(v)}")
    for nat in ("6574", "66111", "1641", "6411", "74121", "7411", "73111", "7022", "7023", "60612",
                "2151", "21571", "21318", "7067", "70632", "6553", "6531", "10222", "024", "1321"):
        for r in rows:
            if r["BGT_NATURE"] == nat and r["BGT_OPBUDG"] == "réel":
                print(f"  compte {nat:7} {r['BGT_CODRD']:8} {fr(amount(r[col]))}  ({r['BGT_NATURE_LABEL']})")
    print()
