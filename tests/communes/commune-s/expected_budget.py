"""Calcule, à partir des CSV SCDL de files/, les montants attendus des questions budget (FORMATS §5) :
seules les lignes « réel » comptent, 001/002 à part, BP (BGT_MTPREV) et CA (BGT_MTREAL, vide = 0) jamais mélangés."""
import csv, pathlib
from decimal import Decimal

FILES = pathlib.Path(__file__).parent / "files"
BP, CA, CAMP = "budget-primitif-2026.csv", "compte-administratif-2025.csv", "budget-annexe-camping-2026.csv"


def rows(name):
    with open(FILES / name, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def amount(r):
    col = "BGT_MTREAL" if r["BGT_NATDEC"] == "compte administratif" else "BGT_MTPREV"
    return Decimal(r[col] or "0")


def total(name, section=None, codrd=None, chapitre=None, nature=None, reel=True, reports=False):
    s = Decimal(0)
    for r in rows(name):
        if reel and r["BGT_OPBUDG"] != "réel":
            continue
        if not reports and r["BGT_NATURE"] in ("001", "002"):
            continue
        if section and r["BGT_SECTION"] != section:
            continue
        if codrd and r["BGT_CODRD"] != codrd:
            continue
        if chapitre and r["BGT_CONTNAT"] != chapitre:
            continue
        if nature and r["BGT_NATURE"] != nature:
            continue
        s += amount(r)
    return s


def fr(x):
    """12 345,67 € ; montant rond : 12 345 €"""
    q = Decimal(x).quantize(Decimal("0.01"))
    ent, dec = f"{q:.2f}".split(".")
    ent = f"{int(ent):,}".replace(",", " ")
    return f"{ent} €" if dec == "00" else f"{ent},{dec} €"


EXPECTED = {
 "BP 2026 chapitre 012 (personnel)": total(BP, "fonctionnement", "dépense", chapitre="012"),
 "BP 2026 chapitre 011": total(BP, "fonctionnement", "dépense", chapitre="011"),
 "BP 2026 dépenses réelles de fonctionnement": total(BP, "fonctionnement", "dépense"),
 "BP 2026 recettes réelles de fonctionnement": total(BP, "fonctionnement", "recette"),
 "BP 2026 dépenses réelles d'investissement": total(BP, "investissement", "dépense"),
 "BP 2026 recettes réelles d'investissement": total(BP, "investissement", "recette"),
 "BP 2026 002 résultat reporté": total(BP, nature="002", reports=True),
 "BP 2026 001 solde reporté": total(BP, nature="001", reports=True),
 "BP 2026 1641 remboursement capital (dépense)": total(BP, codrd="dépense", nature="1641"),
 "BP 2026 1641 emprunt nouveau (recette)": total(BP, codrd="recette", nature="1641"),
 "BP 2026 66111 intérêts": total(BP, nature="66111"),
 "BP 2026 6574 subventions associations": total(BP, nature="6574"),
 "BP 2026 73111 impôts directs locaux": total(BP, nature="73111"),
 "BP 2026 7411 dotation forfaitaire": total(BP, nature="7411"),
 "BP 2026 2151 réseaux de voirie": total(BP, nature="2151"),
 "BP 2026 6531 indemnités des élus": total(BP, nature="6531"),
 "BP 2026 60612 électricité": total(BP, nature="60612"),
 "CA 2025 chapitre 012 (personnel)": total(CA, "fonctionnement", "dépense", chapitre="012"),
 "CA 2025 dépenses réelles de fonctionnement": total(CA, "fonctionnement", "dépense"),
 "CA 2025 recettes réelles de fonctionnement": total(CA, "fonctionnement", "recette"),
 "CA 2025 dépenses réelles d'investissement": total(CA, "investissement", "dépense"),
 "CA 2025 66111 intérêts": total(CA, nature="66111"),
 "CA 2025 1641 remboursement capital": total(CA, codrd="dépense", nature="1641"),
 "CA 2025 60612 électricité": total(CA, nature="60612"),
 "CA 2025 7067 cantine/périscolaire": total(CA, nature="7067"),
 "CA 2025 6574 subventions associations": total(CA, nature="6574"),
 "CA 2025 73111 taxes foncières": total(CA, nature="73111"),
 "CA 2025 6232 fêtes et cérémonies": total(CA, nature="6232"),
 "Camping BP 2026 706 prestations (redevances)": total(CAMP, nature="706"),
 "Camping BP 2026 dépenses réelles de fonctionnement": total(CAMP, "fonctionnement", "dépense"),
 "Camping BP 2026 recettes réelles de fonctionnement": total(CAMP, "fonctionnement", "recette"),
 "Camping BP 2026 chapitre 012": total(CAMP, "fonctionnement", "dépense", chapitre="012"),
 "Camping BP 2026 dépenses réelles d'investissement": total(CAMP, "investissement", "dépense"),
}
# montants-pièges (must_not) : ce qu'on obtiendrait en mélangeant prévu et réalisé, ou ordre et reports
def prevu(name, nature):
    return sum(Decimal(r["BGT_MTPREV"] or "0") for r in rows(name) if r["BGT_NATURE"] == nature)

TRAPS = {
 "CA 2025 66111 prévu (pas le réalisé)": prevu(CA, "66111"),
 "BP 2026 fonctionnement dépenses, ordre compris": total(BP, "fonctionnement", "dépense", reel=False),
 "BP 2026 investissement dépenses, 001 compris": total(BP, "investissement", "dépense", reports=True),
}

if __name__ == "__main__":
    # équilibre du BP (toutes lignes, reports compris) : contrôle de vraisemblance
    for name in (BP, CAMP):
        for sec in ("fonctionnement", "investissement"):
            d = total(name, sec, "dépense", reel=False, reports=True)
            r = total(name, sec, "recette", reel=False, reports=True)
            print(f"équilibre {name} {sec}: dépenses {fr(d)} / recettes {fr(r)}")
    print()
    for k, v in EXPECTED.items():
        print(f"{k:55s} {fr(v)}")
    print("\npièges (must_not) :")
    for k, v in TRAPS.items():
        print(f"{k:55s} {fr(v)}")
