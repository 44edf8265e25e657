"""Expected budget figures of commune-aa (Lauzargues), computed from its own files.

Reads files/BP_2026_Lauzargues.csv (';', decimal commas, UTF-8 with BOM) and
files/CA2025_budget_principal_scdl.csv (',', decimal points) with the standard library only,
and prints, per document: totals of real lines by section and direction (001/002 left out,
'ordre' lines left out), chapter totals, the accounts the questions ask about, and the
carried-over results. Budget primitif: BGT_MTPREV; compte administratif: BGT_MTREAL.
Run: python tests/communes/commune-aa/expected_budget.py
"""
import csv
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

FILES = Path(__file__).parent / "files"


def amount(text):
    text = (text or "").replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace(",", ".")
    return Decimal(text) if text else Decimal(0)


def fr(x):
    s = f"{x:,.2f}"
    return s.replace(",", " ").replace(".", ",") + " €"


def section(row):
    nat = row["BGT_NATURE"]
    if row["BGT_SECTION"]:
        return row["BGT_SECTION"]
    return "fonctionnement" if nat[0] in "67" or nat in ("002", "023") else "investissement"


def load(name, sep, field):
    with open(FILES / name, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=sep))
    return [dict(r, montant=amount(r[field])) for r in rows]


def report(title, rows):
    print(f"== {title}")
    tot = defaultdict(Decimal)
    chap = defaultdict(Decimal)
    tot_ordre = defaultdict(Decimal)
    for r in rows:
        key = (section(r), r["BGT_CODRD"])
        if r["BGT_NATURE"] in ("001", "002"):
            print(f"   report {r['BGT_NATURE']} ({r['BGT_CODRD']}) : {fr(r['montant'])}")
            continue
        tot_ordre[key] += r["montant"]
        if r["BGT_OPBUDG"] == "réel":
            tot[key] += r["montant"]
            chap[(r["BGT_CONTNAT"], r["BGT_CODRD"])] += r["montant"]
    for key in sorted(tot):
        print(f"   total réel {key[0]:15s} {key[1]:8s} {fr(tot[key]):>16s}   (réel + ordre : {fr(tot_ordre[key])})")
    for key in sorted(chap):
        print(f"   chapitre {key[0]:4s} {key[1]:8s} {fr(chap[key]):>16s}")
    for nat in ("60612", "6161", "615231", "7067", "73111", "741121", "74111", "65311", "6553", "65748",
                "66111", "1641", "1321", "1323", "752", "2131", "6411"):
        for r in rows:
            if r["BGT_NATURE"] == nat:
                print(f"   compte {nat:7s} {r['BGT_CODRD']:8s} {fr(r['montant']):>16s}  {r['BGT_NATURE_LABEL']}")
    return tot


bp = load("BP_2026_Lauzargues.csv", ";", "BGT_MTPREV")
ca = load("CA2025_budget_principal_scdl.csv", ",", "BGT_MTREAL")
report("BP 2026 (budget primitif, BGT_MTPREV)", bp)
report("CA 2025 (compte administratif, BGT_MTREAL)", ca)
print("== CA 2025, crédits votés (BGT_MTPREV) for must_not on the realised questions")
ca_prev = load("CA2025_budget_principal_scdl.csv", ",", "BGT_MTPREV")
report("CA 2025 (BGT_MTPREV)", ca_prev)
