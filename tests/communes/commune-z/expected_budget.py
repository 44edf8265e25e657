"""Compute the budget facts used in questions.yml from files/ (real lines only, 001/002 apart).

Run: python3 tests/communes/commune-z/expected_budget.py
"""
import csv, io, os
from collections import defaultdict

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "files")


def fr(v):
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


def load(name, col):
    raw = open(os.path.join(HERE, name), "rb").read().decode("utf-8-sig")
    delim = ";" if raw.splitlines()[0].count(";") > 3 else ","
    rows = list(csv.DictReader(io.StringIO(raw), delimiter=delim))
    for r in rows:
        v = r[col].replace(" ", "").replace(",", ".") or "0"
        r["_v"] = float(v)
    return rows


def section(code):
    return "F" if code[0] in "67" or code in ("002", "023") else "I"


for name, col in (("budget-primitif-2026.csv", "BGT_MTPREV"),
                  ("compte-administratif-2025.csv", "BGT_MTREAL"),
                  ("compte-administratif-2025.csv", "BGT_MTPREV"),
                  ("decision-modificative-1-2026.csv", "BGT_MTPREV")):
    rows = load(name, col)
    print(f"== {name} [{col}]")
    tot = defaultdict(float)
    chap = defaultdict(float)
    for r in rows:
        code = r["BGT_NATURE"]
        sens = "D" if r["BGT_CODRD"].startswith("d") else "R"
        if code in ("001", "002"):
            print(f"   reporté {code} {sens}: {fr(r['_v'])}")
            continue
        if r["BGT_OPBUDG"] != "réel":
            continue
        tot[(section(code), sens)] += r["_v"]
        chap[(r["BGT_CONTNAT"], r["BGT_CONTNAT_LABEL"], sens)] += r["_v"]
    for k in sorted(tot):
        print("   total réel", k, fr(tot[k]))
    print("   total réel dépenses", fr(tot[("F", "D")] + tot[("I", "D")]),
          "recettes", fr(tot[("F", "R")] + tot[("I", "R")]))
    for k in sorted(chap):
        print("   chapitre", k, fr(chap[k]))
