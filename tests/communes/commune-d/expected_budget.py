"""Chiffres attendus des questions « budget » de la commune D (Bramefont-sur-Tardoire).

Bibliothèque standard seulement. Règles appliquées (FORMATS.md §5) :
- budget principal = le document dont BGT_SIRET est le siret du profil (files/commune.yml) ;
- seules les lignes « réel » (BGT_OPBUDG) comptent ; les lignes « ordre » sont ignorées ;
- documents votés (budget primitif…) : BGT_MTPREV ; compte administratif : BGT_MTREAL, vide = 0 ;
- section : BGT_SECTION, sinon la classe du compte (6, 7 : fonctionnement ; 1, 2 : investissement) ;
- chapitre : BGT_CONTNAT, sinon le chapitre du compte dans le plan M57 (table CHAPITRES ci-dessous) ;
- 001 et 002 (résultats reportés) hors des totaux, donnés à part ;
- chaque document (fichier) est calculé seul.

Usage : python3 expected_budget.py
"""
import csv
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

FILES = Path(__file__).resolve().parent / "files"

# Chapitre M57 (plan de comptes M57_A 2024, colonnes DR/RR) des comptes réels employés dans les fichiers.
CHAPITRES = {
    "60611": "011", "60612": "011", "60621": "011", "60622": "011", "60623": "011", "60631": "011",
    "60632": "011", "60633": "011", "60636": "011", "6064": "011", "6068": "011", "611": "011",
    "613": "011", "61521": "011", "615221": "011", "615231": "011", "61551": "011", "61558": "011",
    "6156": "011", "6161": "011", "6168": "011", "617": "011", "622": "011", "623": "011", "624": "011",
    "625": "011", "626": "011", "627": "011", "6281": "011", "6284": "011", "6288": "011", "635": "011",
    "6218": "012", "633": "012", "6411": "012", "6413": "012", "6450": "012", "6470": "012", "648": "012",
    "6553": "65", "65311": "65", "65313": "65", "6558": "65", "657363": "65", "65738": "65", "65748": "65",
    "6541": "65", "66111": "66", "673": "67",
    "6419": "013", "70311": "70", "7067": "70", "70688": "70", "70846": "70", "70878": "70", "7088": "70",
    "73111": "731", "73211": "73", "732221": "73", "73223": "73",
    "74111": "74", "741121": "74", "741127": "74", "744": "74", "7473": "74", "7478": "74", "74833": "74",
    "7484": "74", "752": "75", "7588": "75", "7751": "77", "773": "77",
    "1641": "16", "165": "16", "203": "20", "2051": "20", "204182": "204", "2111": "21", "2131": "21",
    "2135": "21", "2151": "21", "2152": "21", "21538": "21", "2157": "21", "2158": "21", "2182": "21",
    "2183": "21", "2184": "21", "2188": "21", "231": "23",
    "10222": "10", "10226": "10", "1068": "10", "1321": "13", "1322": "13", "1323": "13", "13251": "13",
    "024": "024", "001": "001", "002": "002",
}
REPORTS = {"001", "002"}
CA24 = "budget-principal-ca-2024.csv"
CA25 = "budget-principal-ca-2025.csv"
BP26 = "budget-principal-bp-2026.csv"
CAMP = "budget-annexe-camping-ca-2025.csv"
FON, INV, DEP, REC = "fonctionnement", "investissement", "dépense", "recette"


def siret_du_profil():
    with open(FILES / "commune.yml", encoding="utf-8") as fh:
        for ligne in fh:
            if ligne.startswith("siret:"):
                return ligne.split(":", 1)[1].strip().strip('"').strip("'")
    raise SystemExit("siret absent de commune.yml")


def montant(texte):
    texte = (texte or "").strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    return Decimal(texte) if texte else Decimal("0")


def section(ligne):
    sec = ligne["BGT_SECTION"].strip().lower()
    if sec:
        return sec
    classe = ligne["BGT_NATURE"].strip()[:1]
    if classe in "67":
        return "fonctionnement"
    if classe in "12":
        return "investissement"
    raise ValueError(f"section inconnue pour le compte {ligne['BGT_NATURE']}")


def chapitre(ligne):
    return ligne["BGT_CONTNAT"].strip() or CHAPITRES[ligne["BGT_NATURE"].strip()]


class Document:
    def __init__(self, chemin):
        self.chemin = chemin
        self.totaux = defaultdict(Decimal)      # (section, sens)
        self.chapitres = defaultdict(Decimal)   # (chapitre, sens)
        self.comptes = defaultdict(Decimal)     # (compte, sens)
        self.reports = defaultdict(Decimal)     # (compte 001/002, sens)
        with open(chemin, encoding="utf-8-sig", newline="") as fh:
            lignes = list(csv.DictReader(fh))
        premiere = lignes[0]
        self.siret = premiere["BGT_SIRET"].strip()
        self.annee = premiere["BGT_ANNEE"].strip()
        self.nature_doc = premiere["BGT_NATDEC"].strip()
        self.nom = premiere["BGT_NOM"].strip()
        colonne = "BGT_MTREAL" if self.nature_doc.lower() == "compte administratif" else "BGT_MTPREV"
        for ligne in lignes:
            if ligne["BGT_OPBUDG"].strip().lower() != "réel":
                continue
            compte = ligne["BGT_NATURE"].strip()
            sens = ligne["BGT_CODRD"].strip().lower()
            valeur = montant(ligne[colonne])
            if compte in REPORTS:
                self.reports[(compte, sens)] += valeur
                continue
            self.totaux[(section(ligne), sens)] += valeur
            self.chapitres[(chapitre(ligne), sens)] += valeur
            self.comptes[(compte, sens)] += valeur

    def titre(self):
        return f"{self.nature_doc} {self.annee} – {self.nom} ({self.siret}) – {self.chemin.name}"


def fr(valeur):
    """1234567.8 -> « 1 234 567,80 € »."""
    entier, decimales = f"{valeur:.2f}".split(".")
    groupes = []
    while len(entier) > 3:
        groupes.insert(0, entier[-3:])
        entier = entier[:-3]
    groupes.insert(0, entier)
    return f"{' '.join(groupes)},{decimales} €"


def affiche(doc):
    print("=" * 100)
    print(doc.titre())
    for sec in (FON, INV):
        for sens in (DEP, REC):
            de = "d'" if sec == INV else "de "
            print(f"  total {sens}s {de}{sec} (réel) : {fr(doc.totaux[(sec, sens)])}")
    dep = doc.totaux[(FON, DEP)] + doc.totaux[(INV, DEP)]
    rec = doc.totaux[(FON, REC)] + doc.totaux[(INV, REC)]
    print(f"  total des dépenses réelles (2 sections) : {fr(dep)}")
    print(f"  total des recettes réelles (2 sections) : {fr(rec)}")
    for (compte, sens), valeur in sorted(doc.reports.items()):
        print(f"  report {compte} ({sens}), hors totaux : {fr(valeur)}")
    print("  chapitres :")
    for (chap, sens), valeur in sorted(doc.chapitres.items()):
        print(f"    {chap:>4} {sens:8} {fr(valeur)}")


# Les chiffres cités dans questions.yml : (fichier, quoi, clé)
CITES = [
    (CA25, "chapitre 012 (personnel), dépense", ("chap", "012", DEP)),
    (CA24, "chapitre 012 (personnel), dépense", ("chap", "012", DEP)),
    (BP26, "chapitre 012 (personnel), dépense", ("chap", "012", DEP)),
    (CA25, "total dépenses de fonctionnement", ("tot", FON, DEP)),
    (CA25, "total recettes de fonctionnement", ("tot", FON, REC)),
    (CA24, "total dépenses de fonctionnement", ("tot", FON, DEP)),
    (CA24, "total dépenses d'investissement", ("tot", INV, DEP)),
    (CA25, "total dépenses d'investissement", ("tot", INV, DEP)),
    (BP26, "total dépenses de fonctionnement", ("tot", FON, DEP)),
    (BP26, "total recettes de fonctionnement", ("tot", FON, REC)),
    (BP26, "total dépenses d'investissement", ("tot", INV, DEP)),
    (CA25, "intérêts des emprunts (66111)", ("cpt", "66111", DEP)),
    (CA24, "intérêts des emprunts (66111)", ("cpt", "66111", DEP)),
    (CA25, "capital remboursé (1641 dépense)", ("cpt", "1641", DEP)),
    (CA25, "emprunt nouveau (1641 recette)", ("cpt", "1641", REC)),
    (CA25, "dotation forfaitaire DGF (74111)", ("cpt", "74111", REC)),
    (CA25, "chapitre 74 dotations et participations", ("chap", "74", REC)),
    (CA25, "impôts directs locaux (73111)", ("cpt", "73111", REC)),
    (CA24, "impôts directs locaux (73111)", ("cpt", "73111", REC)),
    (BP26, "subventions aux associations (65748)", ("cpt", "65748", DEP)),
    (CA25, "subventions aux associations (65748)", ("cpt", "65748", DEP)),
    (CA24, "électricité (60612)", ("cpt", "60612", DEP)),
    (CA25, "électricité (60612)", ("cpt", "60612", DEP)),
    (CA25, "carburants (60622)", ("cpt", "60622", DEP)),
    (BP26, "service d'incendie (6553)", ("cpt", "6553", DEP)),
    (CA25, "service d'incendie (6553)", ("cpt", "6553", DEP)),
    (CA25, "assurance multirisques (6161)", ("cpt", "6161", DEP)),
    (CA25, "alimentation (60623)", ("cpt", "60623", DEP)),
    (CA25, "indemnités des élus (65311)", ("cpt", "65311", DEP)),
    (CA25, "chapitre 011 charges à caractère général", ("chap", "011", DEP)),
    (CA24, "chapitre 65 autres charges de gestion courante", ("chap", "65", DEP)),
    (CA25, "report 002 (résultat de fonctionnement reporté)", ("rep", "002", REC)),
    (CA24, "report 002 (résultat de fonctionnement reporté)", ("rep", "002", REC)),
    (CA25, "report 001 (solde d'investissement reporté)", ("rep", "001", DEP)),
    (BP26, "report 002 (résultat de fonctionnement reporté)", ("rep", "002", REC)),
    (CAMP, "total recettes de fonctionnement", ("tot", FON, REC)),
    (CAMP, "total dépenses de fonctionnement", ("tot", FON, DEP)),
    (CAMP, "redevances du camping (70688)", ("cpt", "70688", REC)),
    (CAMP, "chapitre 012 (personnel), dépense", ("chap", "012", DEP)),
    (CA25, "total recettes d'investissement", ("tot", INV, REC)),
]


def valeur(doc, cle):
    genre, a, b = cle
    table = {"chap": doc.chapitres, "tot": doc.totaux, "cpt": doc.comptes, "rep": doc.reports}[genre]
    return table[(a, b)]


def main():
    siret = siret_du_profil()
    docs = {}
    for chemin in sorted(FILES.glob("budget-*.csv")):
        docs[chemin.name] = Document(chemin)
    for doc in docs.values():
        role = "budget principal" if doc.siret == siret else "budget annexe"
        print(f"\n[{role}]", end=" ")
        affiche(doc)
    print("\n" + "=" * 100)
    print("Chiffres cités dans questions.yml")
    for fichier, quoi, cle in CITES:
        print(f"  {fichier:36} {quoi:52} {fr(valeur(docs[fichier], cle))}")


if __name__ == "__main__":
    main()
