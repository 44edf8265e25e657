"""Recomputes, from the CSV files only, every budget figure quoted in questions.yml.
python3 expected_budget.py"""
import csv
import io
from collections import defaultdict
from pathlib import Path

FILES = Path(__file__).resolve().parent / "files"
PRINCIPAL, ASST = "21775980000016", "21775980000024"


def read(name, enc):
    raw = (FILES / name).read_bytes().decode(enc).lstrip("\ufeff")
    sep = ";" if raw.split("\n", 1)[0].count(";") > raw.split("\n", 1)[0].count(",") else ","
    return list(csv.DictReader(io.StringIO(raw), delimiter=sep))


def num(s):
    s = (s or "").replace(" ", "").replace(",", ".")
    return float(s) if s else 0.0


def fr(x):
    neg = x < 0
    s = f"{abs(x):,.2f}".replace(",", " ").replace(".", ",")
    return ("-" if neg else "") + s + " €"


def total(rows, col, **flt):
    out = 0.0
    for r in rows:
        if all((r[k] in v) if isinstance(v, (set, tuple, list)) else r[k] == v for k, v in flt.items()):
            out += num(r[col])
    return round(out, 2)


REPORTS = {"001", "002"}
bp = read("budget-primitif-2026-principal-et-assainissement.csv", "utf-8")
ca = read("compte-administratif-2025.csv", "cp1252")
dm = read("dm1-2026-budget-principal.csv", "utf-8")
bpp = [r for r in bp if r["BGT_SIRET"] == PRINCIPAL]
bpa = [r for r in bp if r["BGT_SIRET"] == ASST]
real = lambda rows: [r for r in rows if r["BGT_OPBUDG"] == "réel" and r["BGT_NATURE"] not in REPORTS]

print("== BP 2026 budget principal (BGT_MTPREV, réel, hors 001/002)")
for sec in ("fonctionnement", "investissement"):
    for sens in ("dépense", "recette"):
        print(f"  {sec} {sens}s réelles :", fr(total(real(bpp), "BGT_MTPREV", BGT_SECTION=sec, BGT_CODRD=sens)))
chap = defaultdict(float)
for r in real(bpp):
    chap[(r["BGT_SECTION"], r["BGT_CODRD"], r["BGT_CONTNAT"])] += num(r["BGT_MTPREV"])
for k in sorted(chap):
    print("  chapitre", k, fr(round(chap[k], 2)))
pol = total(real(bpp), "BGT_MTPREV", BGT_SECTION="fonctionnement", BGT_CODRD="dépense", BGT_FONCTION="11")
print("  police municipale (fonction 11) fonctionnement :", fr(pol))
print("  police municipale (fonction 11) investissement :",
      fr(total(real(bpp), "BGT_MTPREV", BGT_SECTION="investissement", BGT_CODRD="dépense", BGT_FONCTION="11")))
for nat, sens in [("1641", "dépense"), ("1641", "recette"), ("66111", "dépense"), ("74111", "recette"),
                  ("13461", "recette"), ("1321", "recette"), ("65748", "dépense"), ("657362", "dépense"),
                  ("73111", "recette"), ("6553", "dépense"), ("65311", "dépense"), ("2151", "dépense"),
                  ("21312", "dépense"), ("7067", "recette"), ("60623", "dépense"), ("1068", "recette")]:
    print(f"  {nat} {sens} :", fr(total(bpp, "BGT_MTPREV", BGT_NATURE=nat, BGT_CODRD=sens)))
for nat in ("002", "001", "023", "021", "6811", "28188"):
    print(f"  {nat} :", fr(total(bpp, "BGT_MTPREV", BGT_NATURE=nat)))

print("== BP 2026 budget annexe assainissement")
for sec in ("fonctionnement", "investissement"):
    for sens in ("dépense", "recette"):
        print(f"  {sec} {sens}s réelles :", fr(total(real(bpa), "BGT_MTPREV", BGT_SECTION=sec, BGT_CODRD=sens)))
for nat, sens in [("2315", "dépense"), ("70611", "recette"), ("1641", "dépense"), ("1641", "recette"),
                  ("1318", "recette"), ("002", "recette"), ("001", "recette")]:
    print(f"  {nat} {sens} :", fr(total(bpa, "BGT_MTPREV", BGT_NATURE=nat, BGT_CODRD=sens)))

print("== CA 2025 budget principal (BGT_MTREAL, réel, hors 001/002)")
for sec in ("fonctionnement", "investissement"):
    for sens in ("dépense", "recette"):
        print(f"  {sec} {sens}s réelles réalisées :",
              fr(total(real(ca), "BGT_MTREAL", BGT_SECTION=sec, BGT_CODRD=sens)))
chap = defaultdict(float)
for r in real(ca):
    chap[(r["BGT_SECTION"], r["BGT_CODRD"], r["BGT_CONTNAT"])] += num(r["BGT_MTREAL"])
for k in sorted(chap):
    print("  chapitre", k, fr(round(chap[k], 2)))
print("  police municipale (fonction 11) fonctionnement réalisé :",
      fr(total(real(ca), "BGT_MTREAL", BGT_SECTION="fonctionnement", BGT_CODRD="dépense", BGT_FONCTION="11")))
for nat, sens in [("1641", "dépense"), ("1641", "recette"), ("66111", "dépense"), ("74111", "recette"),
                  ("65748", "dépense"), ("2151", "dépense"), ("60612", "dépense"), ("6232", "dépense"),
                  ("73111", "recette"), ("13461", "recette")]:
    print(f"  {nat} {sens} réalisé :", fr(total(ca, "BGT_MTREAL", BGT_NATURE=nat, BGT_CODRD=sens)),
          "| prévu :", fr(total(ca, "BGT_MTPREV", BGT_NATURE=nat, BGT_CODRD=sens)))
for nat in ("002", "001"):
    print(f"  {nat} :", fr(total(ca, "BGT_MTREAL", BGT_NATURE=nat)))

print("== DM n° 1 2026")
for r in dm:
    print("  ", r["BGT_SECTION"], r["BGT_CODRD"], r["BGT_NATURE"], r["BGT_FONCTION"], fr(num(r["BGT_MTPREV"])))
for sec in ("fonctionnement", "investissement"):
    for sens in ("dépense", "recette"):
        print(f"  {sec} {sens}s :", fr(total(dm, "BGT_MTPREV", BGT_SECTION=sec, BGT_CODRD=sens)))
