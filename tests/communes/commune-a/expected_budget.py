"""Chiffres attendus du budget de la commune A, calculés depuis le CSV SCDL brut (FORMATS.md §5).

Règles suivies :
- seules les lignes « réel » (BGT_OPBUDG) comptent ; les lignes « ordre » sont écartées ;
- montant = BGT_MTREAL pour un compte administratif / compte financier unique (vide = 0),
  BGT_MTPREV pour un document voté (budget primitif, supplémentaire, décision modificative) ;
- section = BGT_SECTION, sinon la classe du compte (6, 7 : fonctionnement ; 1, 2 : investissement),
  sinon (classe 4, comptes de tiers) la section du chapitre dans la nomenclature M57 ;
- chapitre = BGT_CONTNAT, sinon le chapitre que la nomenclature M57 donne au compte
  (attribut DR pour une dépense, RR pour une recette) ;
- les comptes 001 et 002 (résultats reportés) sont hors des totaux et affichés à part.

Usage : python3 expected_budget.py [fichier.csv] [plan_de_comptes.xml]
"""
import csv
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

REAL = Path("/work/shared/data/real")
BUDGET_CSV = REAL / "budget-mohon-56" / "mohon_2023_cfu_scdl_budget.csv"
M57_XML = REAL / "nomenclature-m57" / "planDeCompte_M57_A_2024.xml"
REPORTS = {"001", "002"}
REALISED = ("compte administratif", "compte financier unique")


def euros(value):
    """1234567.8 -> '1 234 567,80 €' (espace des milliers, virgule décimale)."""
    text = f"{value:,.2f}".replace(",", " ").replace(".", ",")
    return f"{text} €"


def amount(cell):
    """Montant d'une cellule (« 1234.56 », « 1 234,56 ») ; vide ou NC -> 0."""
    cell = (cell or "").strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    if cell in ("", "NC", "NA", "N/A", "-"):
        return 0.0
    return float(cell)


def load_m57(path):
    """Compte -> (chapitre en dépense, chapitre en recette) ; chapitre -> (libellé, section)."""
    root = ET.parse(path).getroot()
    accounts, chapters = {}, {}
    for node in root.iter("Chapitre"):
        section = {"F": "fonctionnement", "I": "investissement"}.get(node.get("Section"), "")
        chapters[node.get("Code")] = (node.get("Libelle"), section)
    for node in root.iter("Compte"):
        accounts[node.get("Code")] = (node.get("DR") or "", node.get("RR") or "")
    return accounts, chapters


def section_of(row, accounts, chapters):
    """Section de la ligne : BGT_SECTION, sinon classe du compte, sinon chapitre M57."""
    section = row["BGT_SECTION"].strip().lower()
    if section:
        return section
    first = row["BGT_NATURE"].strip()[:1]
    if first in ("6", "7"):
        return "fonctionnement"
    if first in ("1", "2"):
        return "investissement"
    # classe 4 (opérations pour compte de tiers) : la section du chapitre M57 du compte
    by_expense, by_receipt = accounts.get(row["BGT_NATURE"].strip(), ("", ""))
    return chapters.get(by_expense or by_receipt, ("", "?"))[1] or "?"


def chapter_of(row, accounts):
    """Chapitre de la ligne : BGT_CONTNAT, sinon celui du compte dans la nomenclature M57."""
    chapter = row["BGT_CONTNAT"].strip()
    if chapter:
        return chapter
    by_expense, by_receipt = accounts.get(row["BGT_NATURE"].strip(), ("", ""))
    return by_expense if row["BGT_CODRD"].strip().lower().startswith("d") else by_receipt


def main():
    csv_path = Path(sys.argv[1]) if len(sys.argv) > 1 else BUDGET_CSV
    xml_path = Path(sys.argv[2]) if len(sys.argv) > 2 else M57_XML
    accounts, chapters = load_m57(xml_path)
    totals = defaultdict(float)
    traps = defaultdict(float)
    opened_by_chapter = defaultdict(float)
    by_chapter = defaultdict(float)
    by_account = defaultdict(float)
    labels = {}
    reports = []
    with open(csv_path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    first = rows[0]
    document = f"{first['BGT_NATDEC']} {first['BGT_ANNEE']} — {first['BGT_NOM']} ({first['BGT_SIRET']})"
    for row in rows:
        nature = row["BGT_NATURE"].strip()
        direction = "dépense" if row["BGT_CODRD"].strip().lower().startswith("d") else "recette"
        is_real = row["BGT_OPBUDG"].strip().lower() == "réel"
        realised = row["BGT_NATDEC"].strip().lower() in REALISED
        value = amount(row["BGT_MTREAL"] if realised else row["BGT_MTPREV"])
        if nature in REPORTS:
            if is_real:
                reports.append((nature, row["BGT_NATURE_LABEL"], direction, value))
            continue
        chapter = chapter_of(row, accounts)
        section = section_of(row, accounts, chapters)
        traps[("avec les lignes d'ordre", section, direction)] += value
        if not is_real:
            continue
        traps[("crédits ouverts (BGT_CREDOUV)", section, direction)] += amount(row["BGT_CREDOUV"])
        opened_by_chapter[(chapter, direction)] += amount(row["BGT_CREDOUV"])
        totals[(section, direction)] += value
        by_chapter[(section, direction, chapter)] += value
        by_account[(direction, nature)] += value
        labels[nature] = row["BGT_NATURE_LABEL"]

    print(document)
    print("\nTotaux (lignes réelles, hors 001 et 002)")
    for section in ("fonctionnement", "investissement"):
        for direction in ("dépense", "recette"):
            print(f"  {section:15} {direction:8} {euros(totals[(section, direction)]):>18}")
    for direction in ("dépense", "recette"):
        both = totals[("fonctionnement", direction)] + totals[("investissement", direction)]
        print(f"  {'deux sections':15} {direction:8} {euros(both):>18}")
    for section in ("fonctionnement", "investissement"):
        balance = totals[(section, "recette")] - totals[(section, "dépense")]
        print(f"  solde {section} de l'année : {euros(balance)}")
    print("\nRésultats reportés (à part)")
    for nature, label, direction, value in reports:
        print(f"  {nature} {label} ({direction}) : {euros(value)}")
    print("\nPièges (mauvais calculs, pour les must_not)")
    carried = {nature: value for nature, _, _, value in reports}
    wrong = totals[("fonctionnement", "recette")] + carried.get("002", 0.0)
    print(f"  recettes de fonctionnement avec le 002 : {euros(wrong)}")
    wrong = totals[("investissement", "recette")] + carried.get("001", 0.0)
    print(f"  recettes d'investissement avec le 001 : {euros(wrong)}")
    wrong = sum(totals[(section, "recette")] for section in ("fonctionnement", "investissement"))
    wrong += sum(carried.values())
    print(f"  recettes des deux sections avec 001 et 002 : {euros(wrong)}")
    for (kind, section, direction), value in sorted(traps.items()):
        if section in ("fonctionnement", "investissement"):
            print(f"  {kind} : {section} {direction} {euros(value)}")
    both = sum(traps[("avec les lignes d'ordre", section, "dépense")]
               for section in ("fonctionnement", "investissement"))
    print(f"  avec les lignes d'ordre : dépenses des deux sections {euros(both)}")
    staff_opened = opened_by_chapter[("012", "dépense")]
    print(f"  crédits ouverts (BGT_CREDOUV) du chapitre 012 : {euros(staff_opened)}")
    print("\nRegroupements cités par les questions")
    dgf = sum(by_account[("recette", code)] for code in ("74111", "741121", "741127"))
    print(f"  DGF (74111 + 741121 + 741127) : {euros(dgf)}")
    taxes = sum(value for (section, direction, chapter), value in by_chapter.items()
                if direction == "recette" and chapter in ("73", "731"))
    print(f"  chapitres 73 + 731 (impôts et taxes, fiscalité locale) : {euros(taxes)}")
    print("\nChapitres")
    for (section, direction, chapter), value in sorted(by_chapter.items()):
        label = chapters.get(chapter, ("?", ""))[0]
        print(f"  {section[:5]} {direction:8} {chapter:>6} {label[:55]:55} {euros(value):>16}")
    print("\nComptes")
    for (direction, nature), value in sorted(by_account.items(), key=lambda item: item[0][1]):
        print(f"  {direction:8} {nature:>8} {labels[nature][:60]:60} {euros(value):>16}")


if __name__ == "__main__":
    main()
