# -*- coding: utf-8 -*-
"""Génère les deux documents budgétaires SCDL 0.8.3 (nomenclature M14, présentation par nature) :
files/budget-primitif-2026.csv (séparateur « , », décimales « . », UTF-8)
files/compte-administratif-2025.csv (export tableur : « ; », décimales « , », UTF-8 avec BOM).
BGT_NATURE = numéro de chapitre, BGT_CONTNAT = compte (article), comme le dit le schéma SCDL.
Montants fictifs. Les faits attendus se calculent ensuite avec expected_budget.py, qui relit les CSV.
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
SIRET = "21733990100010"
NOM = "VILLARD-SUR-ARVETTE"

CHAP = {
    "011": "Charges à caractère général",
    "012": "Charges de personnel et frais assimilés",
    "014": "Atténuations de produits",
    "65": "Autres charges de gestion courante",
    "66": "Charges financières",
    "67": "Charges exceptionnelles",
    "023": "Virement à la section d'investissement",
    "042": "Opérations d'ordre de transfert entre sections",
    "013": "Atténuations de charges",
    "70": "Produits des services, du domaine et ventes diverses",
    "73": "Impôts et taxes",
    "74": "Dotations, subventions et participations",
    "75": "Autres produits de gestion courante",
    "77": "Produits exceptionnels",
    "002": "Résultat de fonctionnement reporté",
    "16": "Emprunts et dettes assimilées",
    "20": "Immobilisations incorporelles",
    "21": "Immobilisations corporelles",
    "23": "Immobilisations en cours",
    "040": "Opérations d'ordre de transfert entre sections",
    "001": "Solde d'exécution de la section d'investissement reporté",
    "10": "Dotations, fonds divers et réserves",
    "13": "Subventions d'investissement",
    "024": "Produits des cessions d'immobilisations",
    "021": "Virement de la section de fonctionnement",
}

F, I = "fonctionnement", "investissement"
D, R = "dépense", "recette"
REEL, ORDRE = "réel", "ordre"

# (section, sens, réel/ordre, chapitre, compte, libellé du compte, BP 2026, CA 2025 prévu, CA 2025 réalisé)
# None : ligne absente de ce document.
LINES = [
    # --- fonctionnement, dépenses
    (F, D, REEL, "011", "60611", "Eau et assainissement", 6500, 6200, 5874.32),
    (F, D, REEL, "011", "60612", "Énergie - Électricité", 48000, 45000, 46318.74),
    (F, D, REEL, "011", "60621", "Combustibles", 14000, 13500, 12906.15),
    (F, D, REEL, "011", "60622", "Carburants", 22500, 21000, 23187.60),
    (F, D, REEL, "011", "60632", "Fournitures de petit équipement", 9000, 8500, 7412.08),
    (F, D, REEL, "011", "6064", "Fournitures administratives", 2500, 2500, 1986.47),
    (F, D, REEL, "011", "611", "Contrats de prestations de services", 38000, 36000, 35240.00),
    (F, D, REEL, "011", "615231", "Entretien et réparations voiries", 26000, 24000, 27815.36),
    (F, D, REEL, "011", "61551", "Entretien et réparations matériel roulant", 18500, 16000, 17642.90),
    (F, D, REEL, "011", "616", "Primes d'assurances", 11800, 11500, 11482.66),
    (F, D, REEL, "011", "6262", "Frais de télécommunications", 3400, 3300, 3127.44),
    (F, D, REEL, "011", "63512", "Taxes foncières", 4300, 4200, 4168.00),
    (F, D, REEL, "012", "6411", "Personnel titulaire", 168000, 162000, 159874.21),
    (F, D, REEL, "012", "6413", "Personnel non titulaire", 46500, 44000, 47310.55),
    (F, D, REEL, "012", "6451", "Cotisations à l'U.R.S.S.A.F.", 39000, 37500, 37052.18),
    (F, D, REEL, "012", "6453", "Cotisations aux caisses de retraite", 52000, 50000, 49613.07),
    (F, D, REEL, "012", "6475", "Médecine du travail, pharmacie", 1100, 1100, 964.00),
    (F, D, REEL, "014", "73925", "Fonds de péréquation des recettes fiscales communales et intercommunales",
     7800, 7500, 7488.00),
    (F, D, REEL, "65", "6531", "Indemnités", 34200, 34000, 33986.40),
    (F, D, REEL, "65", "6554", "Contributions aux organismes de regroupement", 21000, 20500, 20487.12),
    (F, D, REEL, "65", "657364", "Subventions de fonctionnement aux services publics à caractère industriel et commercial",
     85000, 80000, 80000.00),
    (F, D, REEL, "65", "6574", "Subventions de fonctionnement aux associations et autres personnes de droit privé",
     9500, 8900, 8650.00),
    (F, D, REEL, "66", "66111", "Intérêts réglés à l'échéance", 12650.40, 13400, 13391.85),
    (F, D, REEL, "67", "678", "Autres charges exceptionnelles", 500, 500, 0),
    (F, D, ORDRE, "023", "023", "Virement à la section d'investissement", 120000, 95000, None),
    (F, D, ORDRE, "042", "6811", "Dotations aux amortissements des immobilisations incorporelles et corporelles",
     28400, 27100, 27100.00),
    # --- fonctionnement, recettes
    (F, R, REEL, "013", "6419", "Remboursements sur rémunérations du personnel", 3000, 3000, 4215.80),
    (F, R, REEL, "70", "7022", "Coupes de bois", 42000, 38000, 51362.40),
    (F, R, REEL, "70", "70311", "Concessions dans les cimetières", 1500, 1500, 2160.00),
    (F, R, REEL, "70", "70323", "Redevance d'occupation du domaine public communal", 6800, 6500, 6742.50),
    (F, R, REEL, "70", "7067", "Redevances et droits des services périscolaires et d'enseignement",
     24500, 23000, 23786.90),
    (F, R, REEL, "70", "70841", "Mise à disposition de personnel facturée aux budgets annexes et régies",
     18000, 17500, 17500.00),
    (F, R, REEL, "73", "73111", "Taxes foncières et d'habitation", 312000, 301000, 304518.00),
    (F, R, REEL, "73", "7362", "Taxes de séjour", 38500, 36000, 41207.35),
    (F, R, REEL, "73", "7381", "Taxe additionnelle aux droits de mutation ou à la taxe de publicité foncière",
     22000, 20000, 26934.12),
    (F, R, REEL, "74", "7411", "Dotation forfaitaire", 96400, 97800, 97812.00),
    (F, R, REEL, "74", "74121", "Dotation de solidarité rurale", 28300, 27600, 27655.00),
    (F, R, REEL, "74", "74127", "Dotation nationale de péréquation", 9600, 9800, 9744.00),
    (F, R, REEL, "75", "752", "Revenus des immeubles", 58600, 57000, 56418.20),
    (F, R, REEL, "75", "758", "Produits divers de gestion courante", 3200, 3000, 3516.44),
    (F, R, REEL, "77", "7788", "Produits exceptionnels divers", 1000, 1000, 1840.00),
    (F, R, REEL, "002", "002", "Résultat de fonctionnement reporté", 145320.55, None, None),
    (F, R, ORDRE, "042", "777", "Quote-part des subventions d'investissement transférées au compte de résultat",
     4200, 4200, 4200.00),
    # --- investissement, dépenses
    (I, D, REEL, "16", "1641", "Emprunts en euros", 41800, 40600, 40588.93),
    (I, D, REEL, "20", "202", "Frais liés à la réalisation des documents d'urbanisme", 12000, 8000, 3600.00),
    (I, D, REEL, "21", "2128", "Autres agencements et aménagements de terrains", 15000, 12000, 11245.80),
    (I, D, REEL, "21", "21312", "Bâtiments scolaires", 65000, 20000, 18432.60),
    (I, D, REEL, "21", "2151", "Réseaux de voirie", 140000, 110000, 96804.25),
    (I, D, REEL, "21", "21571", "Matériel roulant", 95000, None, None),
    (I, D, REEL, "21", "2183", "Matériel de bureau et matériel informatique", 4500, 3000, 2874.00),
    (I, D, REEL, "21", "2188", "Autres immobilisations corporelles", 12000, 15000, 13968.44),
    (I, D, REEL, "23", "2313", "Constructions", 80000, 45000, 28510.00),
    (I, D, REEL, "001", "001", "Solde d'exécution de la section d'investissement reporté", 38740.20, None, None),
    (I, D, ORDRE, "040", "13913", "Subventions d'équipement transférées au compte de résultat - Départements",
     4200, 4200, 4200.00),
    # --- investissement, recettes
    (I, R, REEL, "10", "10222", "F.C.T.V.A.", 36000, 30000, 31642.00),
    (I, R, REEL, "10", "1068", "Excédents de fonctionnement capitalisés", 52000, 48000, 48000.00),
    (I, R, REEL, "13", "1321", "Subventions d'investissement - État et établissements nationaux", 48000, 25000, 18500.00),
    (I, R, REEL, "13", "1322", "Subventions d'investissement - Régions", 25000, None, None),
    (I, R, REEL, "13", "1323", "Subventions d'investissement - Départements", 70000, 40000, 32400.00),
    (I, R, REEL, "16", "1641", "Emprunts en euros", 60000, 0, 0),
    (I, R, REEL, "024", "024", "Produits des cessions d'immobilisations", 48720, None, None),
    (I, R, ORDRE, "021", "021", "Virement de la section de fonctionnement", 120000, 95000, None),
    (I, R, ORDRE, "040", "281571", "Amortissements du matériel roulant", 28400, 27100, 27100.00),
]

HEADER = ["BGT_NATDEC", "BGT_ANNEE", "BGT_SIRET", "BGT_NOM", "BGT_CONTNAT", "BGT_CONTNAT_LABEL", "BGT_NATURE",
          "BGT_NATURE_LABEL", "BGT_FONCTION", "BGT_FONCTION_LABEL", "BGT_OPERATION", "BGT_SECTION",
          "BGT_OPBUDG", "BGT_CODRD", "BGT_MTREAL", "BGT_MTBUDGPREC", "BGT_MTRARPREC", "BGT_MTPROPNOUV",
          "BGT_MTPREV", "BGT_CREDOUV", "BGT_MTRAR3112", "BGT_ARTSPE"]


def dot(x):
    return "" if x is None else ("%.2f" % x)


def comma(x):
    return "" if x is None else ("%.2f" % x).replace(".", ",")


def write(name, rows, delimiter, bom):
    with open(os.path.join(OUT, name), "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        w = csv.writer(f, delimiter=delimiter, lineterminator="\r\n" if bom else "\n")
        w.writerow(HEADER)
        w.writerows(rows)


bp, ca = [], []
for sec, sens, op, chap, compte, label, bp26, prev25, real25 in LINES:
    if bp26 is not None:
        bp.append(["budget primitif", "2026", SIRET, NOM, compte, label, chap, CHAP[chap], "", "", "", sec, op,
                   sens, "", dot(prev25), "", dot(bp26), dot(bp26), "", "", "non spécialisé"])
    if prev25 is not None:
        ca.append(["compte administratif", "2025", SIRET, NOM, compte, label, chap, CHAP[chap], "", "", "", sec,
                   op, sens, comma(real25), "", "", "", comma(prev25), comma(prev25), "", "non spécialisé"])
write("budget-primitif-2026.csv", bp, ",", False)
write("compte-administratif-2025.csv", ca, ";", True)
print(len(bp), "lignes BP 2026 ;", len(ca), "lignes CA 2025")
