"""Computes, independently of Clocher, every budget amount the questions expect.

Reads the SCDL budget CSVs in ../files with the csv module only. For each document (SIRET, year, BGT_NATDEC):
voted amounts (BGT_MTPREV) for a budget primitif, realised amounts (BGT_MTREAL, empty = 0) for a compte
administratif. Totals count only « réel » lines and leave out 001 and 002, which are printed apart.
Usage: python tools/budget_expected.py
"""
import csv, pathlib
from collections import defaultdict
from decimal import Decimal

FILES = pathlib.Path(__file__).resolve().parent.parent / "files"


def amount(s):
    s = (s or "").strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    return Decimal(s) if s else Decimal(0)


def fr(x):
    q = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return q + " €"


def main():
    docs = defaultdict(list)
    for path in sorted(FILES.glob("budget-*.csv")):
        text = path.read_text(encoding="utf-8")
        sep = ";" if text.splitlines()[0].count(";") > text.splitlines()[0].count(",") else ","
        for row in csv.DictReader(text.splitlines(), delimiter=sep):
            docs[(row["BGT_SIRET"], row["BGT_ANNEE"], row["BGT_NATDEC"].lower(), row["BGT_NOM"], path.name)].append(row)
    for (siret, year, natdec, nom, fname), rows in docs.items():
        col = "BGT_MTREAL" if natdec == "compte administratif" else "BGT_MTPREV"
        print(f"\n=== {nom} ({siret}) — {natdec} {year} — {fname} — amounts from {col}")
        tot = defaultdict(Decimal)
        chap = defaultdict(Decimal)
        chap_lab = {}
        apart = []
        accounts = []
        for r in rows:
            a = amount(r[col])
            nat, op, rd, sec = r["BGT_NATURE"], r["BGT_OPBUDG"], r["BGT_CODRD"], r["BGT_SECTION"]
            if nat in ("001", "002"):
                apart.append((nat, rd, a, r["BGT_NATURE_LABEL"]))
                continue
            accounts.append((sec, rd, op, nat, r["BGT_NATURE_LABEL"], a))
            if op != "réel":
                continue
            tot[(sec, rd)] += a
            chap[(sec, rd, r["BGT_CONTNAT"])] += a
            chap_lab[r["BGT_CONTNAT"]] = r["BGT_CONTNAT_LABEL"]
        for k in [("fonctionnement", "dépense"), ("fonctionnement", "recette"), ("investissement", "dépense"), ("investissement", "recette")]:
            print(f"  TOTAL réel {k[0]:15s} {k[1]:8s}: {fr(tot[k])}")
        print(f"  TOTAL réel dépenses (2 sections): {fr(tot[('fonctionnement','dépense')] + tot[('investissement','dépense')])}")
        print(f"  TOTAL réel recettes (2 sections): {fr(tot[('fonctionnement','recette')] + tot[('investissement','recette')])}")
        for (sec, rd, c), a in sorted(chap.items()):
            print(f"  chapitre {c:4s} {chap_lab[c][:45]:45s} {sec[:5]} {rd:8s}: {fr(a)}")
        for nat, rd, a, lab in apart:
            print(f"  À PART {nat} {lab} ({rd}): {fr(a)}")
        for sec, rd, op, nat, lab, a in sorted(accounts):
            print(f"    {sec[:5]} {rd:8s} {op:6s} {nat:6s} {lab[:60]:60s} {fr(a)}")


if __name__ == "__main__":
    main()
