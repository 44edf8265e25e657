"""Calcule, à partir des fichiers budget de files/, les montants attendus dans questions.yml (FORMATS §5) :
seules les lignes « réel » comptent ; BP (BGT_MTPREV) et CA (BGT_MTREAL) jamais additionnés ;
001 et 002 hors des totaux, donnés à part."""
import csv
from collections import defaultdict
from decimal import Decimal

FILES = {"BP 2026": ("files/budget-primitif-2026.csv", "BGT_MTPREV", "utf-8"),
         "CA 2025": ("files/compte-administratif-2025.csv", "BGT_MTREAL", "utf-8-sig")}


def fr(x: Decimal) -> str:
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


def load(path, col, enc):
    with open(path, encoding=enc, newline="") as f:
        return list(csv.DictReader(f, delimiter=";"))


def amounts(doc):
    path, col, enc = FILES[doc]
    out = []
    for r in load(path, col, enc):
        v = (r[col] or "0").replace(",", ".")
        out.append((r, Decimal(v)))
    return out


def report(doc):
    rows = amounts(doc)
    tot = defaultdict(Decimal)
    chap = defaultdict(Decimal)
    acc = {}
    apart = {}
    for r, v in rows:
        if r["BGT_OPBUDG"] != "réel":
            continue
        if r["BGT_CONTNAT"] in ("001", "002"):
            apart[r["BGT_CONTNAT"] + " " + r["BGT_CODRD"]] = v
            continue
        tot[(r["BGT_SECTION"], r["BGT_CODRD"])] += v
        chap[(r["BGT_NATURE"], r["BGT_CODRD"])] += v
        acc[(r["BGT_CONTNAT"], r["BGT_CODRD"])] = v
    print(f"== {doc}")
    for k, v in sorted(tot.items()):
        print(f"  total {k[0]} {k[1]}: {fr(v)}")
    print(f"  total dépenses réelles (F+I): {fr(sum(v for k, v in tot.items() if k[1] == 'dépense'))}")
    print(f"  total recettes réelles (F+I): {fr(sum(v for k, v in tot.items() if k[1] == 'recette'))}")
    for k, v in sorted(chap.items()):
        print(f"  chapitre {k[0]} {k[1]}: {fr(v)}")
    for k, v in sorted(acc.items()):
        print(f"  compte {k[0]} {k[1]}: {fr(v)}")
    for k, v in apart.items():
        print(f"  à part {k}: {fr(v)}")
    return tot, chap, acc, apart


if __name__ == "__main__":
    for d in FILES:
        report(d)
