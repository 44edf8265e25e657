"""Calcule, à partir des CSV SCDL de files/, les montants attendus dans questions.yml (FORMATS §5) :
seules les lignes « réel » comptent, le BP et le CA ne sont jamais additionnés, 001 et 002 sont à part."""
import csv
from decimal import Decimal
from pathlib import Path

FILES = Path(__file__).resolve().parent / "files"


def load(name):
    with open(FILES / name, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter=";"))


def amount(row, field):
    v = row[field].strip()
    return Decimal(v.replace(" ", "").replace(",", ".")) if v else Decimal(0)


def fr(d):
    d = Decimal(d).quantize(Decimal("0.01"))
    ent, dec = f"{d:.2f}".split(".")
    neg = ent.startswith("-")
    ent = ent.lstrip("-")
    groups = []
    while ent:
        groups.insert(0, ent[-3:])
        ent = ent[:-3]
    return ("-" if neg else "") + " ".join(groups) + "," + dec + " €"


def total(rows, field, section=None, codrd=None, chap=None, nature=None):
    s = Decimal(0)
    for r in rows:
        if r["BGT_OPBUDG"] != "réel":
            continue
        if r["BGT_NATURE"] in ("001", "002") and nature not in ("001", "002"):
            continue
        if section and r["BGT_SECTION"] != section:
            continue
        if codrd and r["BGT_CODRD"] != codrd:
            continue
        if chap and r["BGT_CONTNAT"] != chap:
            continue
        if nature and r["BGT_NATURE"] != nature:
            continue
        s += amount(r, field)
    return s


BP = load("budget-primitif-2026.csv")
CA = load("compte-administratif-2025.csv")
DM = load("decision-modificative-1-2026.csv")

FACTS = {
    "bp26_fonct_dep_reelles": total(BP, "BGT_MTPREV", "fonctionnement", "dépense"),
    "bp26_fonct_rec_reelles": total(BP, "BGT_MTPREV", "fonctionnement", "recette"),
    "bp26_invest_dep_reelles": total(BP, "BGT_MTPREV", "investissement", "dépense"),
    "bp26_012": total(BP, "BGT_MTPREV", codrd="dépense", chap="012"),
    "bp26_011": total(BP, "BGT_MTPREV", codrd="dépense", chap="011"),
    "bp26_6574": total(BP, "BGT_MTPREV", nature="6574"),
    "bp26_21312": total(BP, "BGT_MTPREV", nature="21312"),
    "bp26_1641_recette": total(BP, "BGT_MTPREV", codrd="recette", nature="1641"),
    "bp26_73111": total(BP, "BGT_MTPREV", nature="73111"),
    "bp26_60623": total(BP, "BGT_MTPREV", nature="60623"),
    "bp26_002": total(BP, "BGT_MTPREV", nature="002"),
    "bp26_001": total(BP, "BGT_MTPREV", nature="001"),
    "ca25_012_real": total(CA, "BGT_MTREAL", codrd="dépense", chap="012"),
    "ca25_60612_real": total(CA, "BGT_MTREAL", nature="60612"),
    "ca25_6574_real": total(CA, "BGT_MTREAL", nature="6574"),
    "ca25_fonct_rec_real": total(CA, "BGT_MTREAL", "fonctionnement", "recette"),
    "ca25_fonct_dep_real": total(CA, "BGT_MTREAL", "fonctionnement", "dépense"),
    "ca25_1641_dep_real": total(CA, "BGT_MTREAL", codrd="dépense", nature="1641"),
    "ca25_21312_real": total(CA, "BGT_MTREAL", nature="21312"),
    "ca25_002": total(CA, "BGT_MTREAL", nature="002"),
    "dm26_60612": total(DM, "BGT_MTPREV", nature="60612"),
    "dm26_2151": total(DM, "BGT_MTPREV", nature="2151"),
}

if __name__ == "__main__":
    for k, v in FACTS.items():
        print(f"{k:28} {fr(v)}")
