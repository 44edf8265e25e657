"""Chiffres attendus des questions « budget » d'Escoussac-la-Vernhe, calculés sur les CSV bruts.

Règles de FORMATS.md §5 :
- un document = (BGT_SIRET, BGT_ANNEE, BGT_NATDEC, fichier) ; chaque document est compté seul
  (une décision modificative n'est jamais ajoutée au budget primitif) ;
- le budget principal est celui dont le SIRET est celui du profil (files/commune.yml) ;
- seules les lignes `réel` comptent ; montants BGT_MTPREV pour les documents votés (BP, DM),
  BGT_MTREAL pour le compte administratif (vide = 0) ;
- section : BGT_SECTION, sinon la classe du compte (6 et 7 fonctionnement, 1 et 2 investissement) ;
- 001 et 002 (résultats reportés) sont hors des totaux et montrés à part ;
- chapitre : BGT_CONTNAT, sinon celui du plan de comptes M57 (table CHAPITRES_PAR_PREFIXE).

Usage : python3 expected_budget.py [dossier des fichiers]   (par défaut : files/ à côté du script)
"""
import csv
import sys
from decimal import Decimal
from pathlib import Path

REPORTS = ("001", "002")
# Chapitre M57 d'un compte de nature (lignes réelles), par le plus long préfixe connu.
# Table limitée aux comptes présents dans les fichiers ; vérifiée contre planDeCompte_M57_A_2024.xml.
CHAPITRES_PAR_PREFIXE = {
    "60": "011", "61": "011", "62": "011", "635": "011", "637": "011",
    "621": "012", "631": "012", "633": "012", "64": "012",
    "6419": "013", "6459": "013", "6479": "013",
    "739": "014", "65": "65", "66": "66", "67": "67", "68": "68",
    "70": "70", "73": "73", "731": "731", "74": "74", "75": "75", "76": "76", "77": "77",
    "10": "10", "13": "13", "16": "16", "20": "20", "204": "204", "21": "21", "23": "23",
}
# Comptes suivis un par un dans les questions (énergie, pompiers, subventions, capital des emprunts).
COMPTES_SUIVIS = {
    ("60612", "dépense"): "électricité (60612)",
    ("6553", "dépense"): "service d'incendie (6553)",
    ("65748", "dépense"): "subventions aux associations (65748)",
    ("1641", "dépense"): "remboursement du capital des emprunts (1641)",
    ("1641", "recette"): "emprunts nouveaux (1641)",
    ("7015", "recette"): "ventes de terrains aménagés (7015)",
}


def montant(texte):
    """'1 234,56' ou '1234.56' -> Decimal ; vide -> 0."""
    texte = (texte or "").strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    return Decimal(texte) if texte else Decimal(0)


def euros(valeur):
    """Decimal -> '1 234,56 €' (espace des milliers, virgule décimale)."""
    entier, decimales = f"{valeur:.2f}".split(".")
    signe = "-" if entier.startswith("-") else ""
    entier = entier.lstrip("-")
    groupes = []
    while entier:
        groupes.insert(0, entier[-3:])
        entier = entier[:-3]
    return f"{signe}{' '.join(groupes)},{decimales} €"


def lire_csv(chemin):
    """Lignes d'un CSV en UTF-8 ou en Windows-1252, séparateur ';' ou ','."""
    brut = chemin.read_bytes()
    try:
        texte = brut.decode("utf-8-sig")
    except UnicodeDecodeError:
        texte = brut.decode("cp1252")
    separateur = ";" if texte.split("\n", 1)[0].count(";") > texte.split("\n", 1)[0].count(",") else ","
    lignes = csv.DictReader(texte.splitlines(), delimiter=separateur)
    return [{(k or "").strip().upper(): (v or "").strip() for k, v in ligne.items()} for ligne in lignes]


def siret_du_profil(dossier):
    with open(dossier / "commune.yml", encoding="utf-8") as profil:
        for ligne in profil:
            if ligne.startswith("siret:"):
                return ligne.split(":", 1)[1].split("#", 1)[0].strip().strip('"')
    return ""


def section(ligne):
    if ligne["BGT_SECTION"]:
        return ligne["BGT_SECTION"].lower()
    return "fonctionnement" if ligne["BGT_NATURE"][0] in "67" else "investissement"


def chapitre(ligne):
    if ligne["BGT_CONTNAT"]:
        return ligne["BGT_CONTNAT"]
    nature = ligne["BGT_NATURE"]
    for longueur in range(len(nature), 0, -1):
        if nature[:longueur] in CHAPITRES_PAR_PREFIXE:
            return CHAPITRES_PAR_PREFIXE[nature[:longueur]]
    raise ValueError(f"chapitre inconnu pour le compte {nature}")


def analyser(chemin, lignes):
    natdec = lignes[0]["BGT_NATDEC"].lower()
    colonne = "BGT_MTREAL" if natdec == "compte administratif" else "BGT_MTPREV"
    doc = {"fichier": chemin.name, "natdec": natdec, "annee": lignes[0]["BGT_ANNEE"],
           "siret": lignes[0]["BGT_SIRET"], "nom": lignes[0]["BGT_NOM"], "colonne": colonne,
           "totaux": {}, "chapitres": {}, "reports": {}, "comptes": {}, "avec_ordre": {},
           "credits": {}, "chapitres_credits": {}}
    for ligne in lignes:
        valeur = montant(ligne[colonne])
        sens = ligne["BGT_CODRD"].lower()
        nature = ligne["BGT_NATURE"]
        if nature in REPORTS:
            cle = (nature, sens)
            doc["reports"][cle] = doc["reports"].get(cle, Decimal(0)) + valeur
            continue
        sec = section(ligne) if nature[0] != "0" else ligne["BGT_SECTION"].lower()
        # total « faux » : réel + ordre, pour les must_not
        doc["avec_ordre"][(sec, sens)] = doc["avec_ordre"].get((sec, sens), Decimal(0)) + valeur
        if ligne["BGT_OPBUDG"].lower() != "réel":
            continue
        doc["totaux"][(sec, sens)] = doc["totaux"].get((sec, sens), Decimal(0)) + valeur
        # crédits votés (BGT_MTPREV) d'un compte administratif : chiffre FAUX quand on demande le réalisé
        credit = montant(ligne["BGT_MTPREV"])
        doc["credits"][(sec, sens)] = doc["credits"].get((sec, sens), Decimal(0)) + credit
        cle = (chapitre(ligne), sens)
        doc["chapitres_credits"][cle] = doc["chapitres_credits"].get(cle, Decimal(0)) + credit
        cle = (chapitre(ligne), sens)
        doc["chapitres"][cle] = doc["chapitres"].get(cle, Decimal(0)) + valeur
        if (nature, sens) in COMPTES_SUIVIS:
            doc["comptes"][(nature, sens)] = doc["comptes"].get((nature, sens), Decimal(0)) + valeur
    return doc


def afficher(doc, principal):
    role = "BUDGET PRINCIPAL" if doc["siret"] == principal else "BUDGET ANNEXE"
    print(f"\n=== {role} — {doc['nom']} — {doc['natdec']} {doc['annee']}"
          f" ({doc['fichier']}, {doc['colonne']})")
    for sec, report in (("fonctionnement", "002"), ("investissement", "001")):
        for sens in ("dépense", "recette"):
            total = doc["totaux"].get((sec, sens), Decimal(0))
            avec_report = total + doc["reports"].get((report, sens), Decimal(0))
            de = "d'" if sec == "investissement" else "de "
            print(f"  {sens}s réelles {de}{sec} : {euros(total)}"
                  f"   [FAUX : avec ordre {euros(doc['avec_ordre'].get((sec, sens), Decimal(0)))},"
                  f" avec {report} {euros(avec_report)}]")
            if doc["natdec"] == "compte administratif":
                print(f"      [FAUX : crédits votés BGT_MTPREV {euros(doc['credits'].get((sec, sens), 0))}]")
    depenses = sum(v for (_, sens), v in doc["totaux"].items() if sens == "dépense")
    recettes = sum(v for (_, sens), v in doc["totaux"].items() if sens == "recette")
    print(f"  total des dépenses réelles : {euros(depenses)} ;"
          f" total des recettes réelles : {euros(recettes)}")
    for (nature, sens), valeur in sorted(doc["reports"].items()):
        print(f"  (à part) {nature} en {sens} : {euros(valeur)}")
    print("  chapitres :")
    for (chap, sens), valeur in sorted(doc["chapitres"].items(), key=lambda kv: (kv[0][1], kv[0][0])):
        credits = ""
        if doc["natdec"] == "compte administratif":
            credits = f"   [FAUX : crédits votés {euros(doc['chapitres_credits'][(chap, sens)])}]"
        print(f"    {sens:8} {chap:>4} : {euros(valeur)}{credits}")
    for cle, libelle in COMPTES_SUIVIS.items():
        if cle in doc["comptes"]:
            print(f"  compte {libelle} : {euros(doc['comptes'][cle])}")


def main():
    dossier = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "files"
    principal = siret_du_profil(dossier)
    docs = []
    for chemin in sorted(dossier.glob("*.csv")):
        lignes = lire_csv(chemin)
        if lignes and "BGT_NATDEC" in lignes[0]:
            docs.append(analyser(chemin, lignes))
    print(f"SIRET du budget principal (profil) : {principal}")
    for doc in docs:
        afficher(doc, principal)
    # contrôle « faux » : BP 2026 + DM 1 additionnés (ce qu'une réponse ne doit pas donner)
    bp = [d for d in docs
          if d["siret"] == principal and d["natdec"] == "budget primitif" and d["annee"] == "2026"]
    dm = [d for d in docs if d["siret"] == principal and d["natdec"] == "décision modificative"]
    if bp and dm:
        print("\n=== FAUX (BP 2026 + DM 1 additionnés)")
        for cle in (("fonctionnement", "dépense"), ("fonctionnement", "recette"),
                    ("investissement", "dépense"), ("investissement", "recette")):
            somme = bp[0]["totaux"].get(cle, Decimal(0)) + dm[0]["totaux"].get(cle, Decimal(0))
            de = "d'" if cle[0] == "investissement" else "de "
            print(f"  {cle[1]}s réelles {de}{cle[0]} : {euros(somme)}")
        for cle in (("011", "dépense"), ("73", "recette")):
            somme = bp[0]["chapitres"].get(cle, Decimal(0)) + dm[0]["chapitres"].get(cle, Decimal(0))
            print(f"  chapitre {cle[0]} ({cle[1]}) : {euros(somme)}")
        for cle, libelle in COMPTES_SUIVIS.items():
            if cle in bp[0]["comptes"]:
                somme = bp[0]["comptes"][cle] + dm[0]["comptes"].get(cle, Decimal(0))
                print(f"  compte {libelle} : {euros(somme)}")


if __name__ == "__main__":
    main()
