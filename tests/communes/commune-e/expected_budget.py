#!/usr/bin/env python3
"""Montants attendus des questions « budget » de la commune-e (Crach), recalculés depuis les fichiers réels.

Usage : python3 expected_budget.py [dossier de ../shared/data/real]

Règles suivies (FORMATS.md §5) :
- seules les lignes « réel » comptent (les lignes « ordre » sont des transferts internes) ;
- les résultats reportés (001 solde d'investissement reporté, 002 résultat de fonctionnement reporté)
  sont hors totaux et donnés à part ;
- compte administratif : montant réalisé = BGT_MTREAL (vide = 0) ; budget primitif : montant voté = MtPrev ;
  les deux documents ne sont jamais additionnés ;
- section : BGT_SECTION si rempli, sinon déduite du compte (classes 6 et 7 fonctionnement, 1, 2 et 3
  investissement ; 002, 022, 023 fonctionnement ; 001, 020, 021, 024 investissement) ; dans le XML TOTEM,
  la section est donnée par <CaracSup Code="Section">.
Montants affichés au format français : « 1 234 567,89 € ».
"""
import csv
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
REAL = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent.parent / "shared" / "data" / "real"
CA_CSV = REAL / "budget-crach-56" / "crach_2021_ca_budget_principal_scdl_budget.csv"
BP_XML = REAL / "budget-crach-56" / "crach_2022_bp_lotissement_totem_docbudgetaire.xml"
REPORTS = {"001", "002"}


def fr(amount: Decimal) -> str:
    q = f"{amount:,.2f}"  # 1,234,567.89
    return q.replace(",", " ").replace(".", ",") + " €"


def section_of(nature: str, declared: str = "") -> str:
    d = (declared or "").strip().lower()
    if d.startswith("f"):
        return "fonctionnement"
    if d.startswith("i"):
        return "investissement"
    if nature in {"002", "022", "023"}:
        return "fonctionnement"
    if nature in {"001", "020", "021", "024"}:
        return "investissement"
    return "fonctionnement" if nature[0] in "67" else "investissement"


def read_ca():
    """Budget principal, compte administratif 2021 (CSV SCDL)."""
    lines = []
    with open(CA_CSV, encoding="utf-8-sig", newline="") as f:
        for r in csv.DictReader(f):
            lines.append({
                "nature": r["BGT_NATURE"].strip(),
                "label": r["BGT_NATURE_LABEL"].strip(),
                "chapitre": r["BGT_CONTNAT"].strip(),
                "section": section_of(r["BGT_NATURE"].strip(), r["BGT_SECTION"]),
                "sens": "dépense" if r["BGT_CODRD"].startswith("d") else "recette",
                "reel": r["BGT_OPBUDG"].strip() == "réel",
                "operation": r["BGT_OPERATION"].strip(),
                "realise": Decimal(r["BGT_MTREAL"] or "0"),
                "prevu": Decimal(r["BGT_MTPREV"] or "0"),
                "head": (r["BGT_NOM"], r["BGT_SIRET"], r["BGT_ANNEE"], r["BGT_NATDEC"]),
            })
    return lines


def read_bp_xml():
    """Budget annexe « LOTISSEMENT LE BOCENO », budget primitif 2022 (XML TOTEM, ISO-8859-1)."""
    ns = {"d": "http://www.minefi.gouv.fr/cp/demat/docbudgetaire"}
    root = ET.parse(BP_XML).getroot()
    budget = root.find("d:Budget", ns)
    head = budget.find("d:EnTeteBudget", ns)
    bloc = budget.find("d:BlocBudget", ns)
    info = {
        "nom": head.find("d:LibelleEtab", ns).get("V"),
        "siret": head.find("d:IdEtab", ns).get("V"),
        "insee": head.find("d:CodInseeColl", ns).get("V"),
        "nomenclature": head.find("d:Nomenclature", ns).get("V"),
        "exercice": bloc.find("d:Exer", ns).get("V"),
        "natdec": bloc.find("d:NatDec", ns).get("V"),
        "siret_principal": bloc.find("d:IdEtabPal", ns).get("V"),
    }
    lines = []
    for lb in budget.findall("d:LigneBudget", ns):
        def v(tag, default=""):
            el = lb.find(f"d:{tag}", ns)
            return el.get("V") if el is not None else default
        sect = ""
        for sup in lb.findall("d:CaracSup", ns):
            if sup.get("Code") == "Section":
                sect = sup.get("V")
        nature = v("Nature")
        lines.append({
            "nature": nature,
            "label": "",
            "chapitre": v("ContNat"),
            "section": section_of(nature, sect),
            "sens": "dépense" if v("CodRD") == "D" else "recette",
            "reel": v("OpBudg", "0") == "0",
            "operation": "",
            "prevu": Decimal(v("MtPrev", "0") or "0"),
            "realise": Decimal(v("MtReal", "0") or "0"),
        })
    return info, lines


def totals(lines, field):
    by_sect = defaultdict(Decimal)
    by_chap = defaultdict(Decimal)
    by_acc = defaultdict(Decimal)
    reports = defaultdict(Decimal)
    ordre = defaultdict(Decimal)
    for l in lines:
        amt = l[field]
        if not l["reel"]:
            ordre[(l["section"], l["sens"])] += amt
            continue
        if l["nature"] in REPORTS:
            reports[(l["nature"], l["sens"])] += amt
            continue
        by_sect[(l["section"], l["sens"])] += amt
        if l["chapitre"]:
            by_chap[(l["chapitre"], l["sens"])] += amt
        by_acc[(l["nature"], l["sens"])] += amt
    return by_sect, by_chap, by_acc, reports, ordre


def show(title, lines, field, accounts):
    by_sect, by_chap, by_acc, reports, ordre = totals(lines, field)
    print(f"\n=== {title} — montants {field} ===")
    for (s, sens), a in sorted(by_sect.items()):
        print(f"  {sens:8} réelles de {s:15}: {fr(a)}")
    for (s, sens), a in sorted(ordre.items()):
        print(f"  (ordre, hors totaux) {sens:8} {s:15}: {fr(a)}")
    for (n, sens), a in sorted(reports.items()):
        print(f"  report {n} ({sens}), à part : {fr(a)}")
    print("  chapitres (lignes réelles dont le chapitre est donné dans le fichier) :")
    for (c, sens), a in sorted(by_chap.items()):
        print(f"    {c:4} {sens:8}: {fr(a)}")
    print("  comptes cités par les questions :")
    labels = {(l['nature'], l['sens']): l['label'] for l in lines}
    for n, sens in accounts:
        print(f"    {n:8} {sens:8} {labels.get((n, sens), ''):60.60} {fr(by_acc.get((n, sens), Decimal(0)))}")


def main():
    ca = read_ca()
    print("Budget principal :", sorted({l["head"] for l in ca}))
    ca_accounts = [("6411", "dépense"), ("6413", "dépense"), ("6531", "dépense"), ("6574", "dépense"),
                   ("60612", "dépense"), ("60622", "dépense"), ("6553", "dépense"), ("1641", "dépense"),
                   ("66111", "dépense"), ("6232", "dépense"), ("6247", "dépense"), ("6067", "dépense"),
                   ("6065", "dépense"), ("2111", "dépense"), ("2183", "dépense"), ("10226", "dépense"),
                   ("63512", "dépense"), ("7411", "recette"), ("73111", "recette"), ("73211", "recette"),
                   ("7067", "recette"), ("752", "recette"), ("10226", "recette"), ("10222", "recette"),
                   ("1068", "recette"), ("74121", "recette")]
    show("Budget principal CRACH, compte administratif 2021 (réalisé)", ca, "realise", ca_accounts)
    show("Budget principal CRACH, compte administratif 2021 (crédits votés BGT_MTPREV, pièges)", ca, "prevu",
         [("6232", "dépense"), ("6574", "dépense"), ("6411", "dépense"), ("60612", "dépense"), ("1641", "dépense")])
    info, bp = read_bp_xml()
    print("\nBudget annexe :", info)
    show("Budget annexe LOTISSEMENT LE BOCENO, budget primitif 2022 (voté)", bp, "prevu",
         [("1641", "dépense"), ("7015", "recette"), ("66111", "dépense"), ("6522", "dépense"),
          ("774", "recette"), ("6015", "dépense"), ("6045", "dépense"), ("63512", "dépense"),
          ("168748", "recette")])


if __name__ == "__main__":
    main()
