# -*- coding: utf-8 -*-
"""Calcule les faits budgétaires attendus dans questions.yml en relisant les CSV de files/.

Règles (FORMATS.md §5) : seules les lignes « réel » comptent ; budget primitif (BGT_MTPREV) et compte
administratif (BGT_MTREAL, vide = 0) ne sont jamais additionnés ; 001 et 002 (résultats reportés) sont
exclus des totaux et donnés à part.
Lancer : python expected_budget.py
"""
import csv
import os
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")


def num(s):
    s = (s or "").strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    return Decimal(s) if s else Decimal(0)


def fr(x):
    """12345.6 -> '12 345,60 €'"""
    q = Decimal(x).quantize(Decimal("0.01"))
    ent, dec = ("%.2f" % q).split(".")
    neg = ent.startswith("-")
    ent = ent.lstrip("-")
    groups = []
    while ent:
        groups.insert(0, ent[-3:])
        ent = ent[:-3]
    return ("-" if neg else "") + " ".join(groups) + "," + dec + " €"


def load(name):
    with open(os.path.join(FILES, name), encoding="utf-8-sig", newline="") as f:
        sample = f.read(2048)
        f.seek(0)
        delim = ";" if sample.count(";") > sample.count(",") else ","
        return list(csv.DictReader(f, delimiter=delim))


def docs():
    out = {}
    for name in sorted(os.listdir(FILES)):
        if name.startswith(("budget-", "compte-")) and name.endswith(".csv"):
            rows = load(name)
            key = (rows[0]["BGT_NATDEC"], rows[0]["BGT_ANNEE"])
            out[key] = rows
    return out


REPORTS = {"001", "002"}


def amount(row):
    if row["BGT_NATDEC"] == "compte administratif":
        return num(row["BGT_MTREAL"])
    return num(row["BGT_MTPREV"])


def total(rows, section, sens):
    return sum((amount(r) for r in rows if r["BGT_OPBUDG"] == "réel" and r["BGT_SECTION"] == section
                and r["BGT_CODRD"] == sens and r["BGT_NATURE"] not in REPORTS), Decimal(0))


def chapter(rows, chap, sens):
    return sum((amount(r) for r in rows if r["BGT_OPBUDG"] == "réel" and r["BGT_NATURE"] == chap
                and r["BGT_CODRD"] == sens), Decimal(0))


def account(rows, compte, sens):
    return sum((amount(r) for r in rows if r["BGT_OPBUDG"] == "réel" and r["BGT_CONTNAT"] == compte
                and r["BGT_CODRD"] == sens), Decimal(0))


def main():
    d = docs()
    bp = d[("budget primitif", "2026")]
    ca = d[("compte administratif", "2025")]
    facts = {}
    for label, rows in (("BP 2026", bp), ("CA 2025", ca)):
        for sec in ("fonctionnement", "investissement"):
            for sens in ("dépense", "recette"):
                facts["%s total %s %s (réel, hors 001/002)" % (label, sens, sec)] = total(rows, sec, sens)
    facts["BP 2026 chapitre 012 (dépense)"] = chapter(bp, "012", "dépense")
    facts["CA 2025 chapitre 012 (dépense)"] = chapter(ca, "012", "dépense")
    facts["BP 2026 chapitre 73 (recette)"] = chapter(bp, "73", "recette")
    facts["BP 2026 chapitre 011 (dépense)"] = chapter(bp, "011", "dépense")
    facts["BP 2026 002 résultat de fonctionnement reporté"] = account(bp, "002", "recette")
    facts["BP 2026 001 solde d'investissement reporté"] = account(bp, "001", "dépense")
    for lab, rows, compte, sens in (
        ("CA 2025", ca, "60612", "dépense"),
        ("CA 2025", ca, "60622", "dépense"),
        ("CA 2025", ca, "7411", "recette"),
        ("CA 2025", ca, "7362", "recette"),
        ("CA 2025", ca, "7022", "recette"),
        ("BP 2026", bp, "1641", "dépense"),
        ("BP 2026", bp, "1641", "recette"),
        ("BP 2026", bp, "657364", "dépense"),
        ("BP 2026", bp, "6574", "dépense"),
        ("BP 2026", bp, "21571", "dépense"),
        ("BP 2026", bp, "752", "recette"),
        ("BP 2026", bp, "024", "recette"),
    ):
        facts["%s compte %s (%s)" % (lab, compte, sens)] = account(rows, compte, sens)
    for k, v in facts.items():
        print("%-62s %s" % (k, fr(v)))
    return {k: fr(v) for k, v in facts.items()}


if __name__ == "__main__":
    main()
