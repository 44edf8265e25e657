"""Montants attendus du budget de Montfaucon-des-Maures (compte administratif 2025, M14).

Règles (FORMATS §5) : seules les lignes « réel » comptent ; les lignes « ordre » (042/040) sont
exclues ; les résultats reportés 001 et 002 sont mis à part, jamais dans les totaux ; un compte
administratif se lit dans BGT_MTREAL (vide = 0), jamais dans BGT_MTPREV. Il n'y a qu'un document
(CA 2025), donc aucun mélange BP/CA possible.

    python3 expected_budget.py          # affiche les montants
    python3 expected_budget.py --json   # idem en JSON (utilisé par validate.py)
"""
import csv
import json
import sys
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

FILE = Path(__file__).resolve().parent / "files" / "budget-principal-ca-2025.csv"


def fr(x: Decimal) -> str:
    """12345.6 -> '12 345,60 €'"""
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


def lines():
    with open(FILE, encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            assert row["BGT_NATDEC"] == "compte administratif" and row["BGT_ANNEE"] == "2025"
            row["real"] = Decimal(row["BGT_MTREAL"] or "0")
            yield row


def compute():
    out = {}
    rows = list(lines())
    reel = [r for r in rows if r["BGT_OPBUDG"] == "réel" and r["BGT_NATURE"] not in ("001", "002")]
    tot = defaultdict(Decimal)
    chap = defaultdict(Decimal)
    for r in reel:
        tot[(r["BGT_SECTION"], r["BGT_CODRD"])] += r["real"]
        chap[(r["BGT_CODRD"], r["BGT_NATURE"])] += r["real"]
    out["dépenses réelles de fonctionnement"] = tot[("fonctionnement", "dépense")]
    out["recettes réelles de fonctionnement"] = tot[("fonctionnement", "recette")]
    out["dépenses réelles d'investissement"] = tot[("investissement", "dépense")]
    out["recettes réelles d'investissement"] = tot[("investissement", "recette")]
    out["excédent de fonctionnement de l'exercice (réel)"] = (
        out["recettes réelles de fonctionnement"] - out["dépenses réelles de fonctionnement"])
    for (sens, c), v in sorted(chap.items()):
        out[f"chapitre {c} ({sens})"] = v
    for r in rows:
        if r["BGT_OPBUDG"] == "réel":
            out[f"compte {r['BGT_CONTNAT']} {r['BGT_CONTNAT_LABEL']} ({r['BGT_CODRD']})"] = r["real"]
    for r in rows:
        if r["BGT_NATURE"] in ("001", "002"):
            out[f"à part : {r['BGT_NATURE']} {r['BGT_CONTNAT_LABEL']}"] = r["real"]
    ordre = sum((r["real"] for r in rows if r["BGT_OPBUDG"] == "ordre"), Decimal())
    out["lignes d'ordre (exclues des totaux)"] = ordre
    return out


if __name__ == "__main__":
    res = compute()
    if "--json" in sys.argv:
        print(json.dumps({k: fr(v) for k, v in res.items()}, ensure_ascii=False, indent=1))
    else:
        for k, v in res.items():
            print(f"{k:<95} {fr(v):>16}")
