"""Écrit les trois documents budgétaires SCDL 0.8.3 (M57) de Mervaux-sur-Yzeron (fictifs) dans files/ :
budget primitif 2026, compte administratif 2025, décision modificative n° 1 de 2026."""
import csv
from pathlib import Path

FILES = Path(__file__).resolve().parent / "files"
SIRET = "21693970000018"
NOM = "MERVAUX-SUR-YZERON"

CHAP = {
    "011": "Charges à caractère général", "012": "Charges de personnel et frais assimilés",
    "014": "Atténuations de produits", "65": "Autres charges de gestion courante",
    "66": "Charges financières", "023": "Virement à la section d'investissement",
    "042": "Opérations d'ordre de transfert entre sections", "040": "Opérations d'ordre de transfert entre sections",
    "013": "Atténuations de charges", "70": "Produits des services, du domaine et ventes diverses",
    "731": "Fiscalité locale", "73": "Impôts et taxes", "74": "Dotations et participations",
    "75": "Autres produits de gestion courante", "002": "Résultat de fonctionnement reporté",
    "001": "Solde d'exécution de la section d'investissement reporté", "16": "Emprunts et dettes assimilées",
    "20": "Immobilisations incorporelles", "21": "Immobilisations corporelles",
    "10": "Dotations, fonds divers et réserves", "13": "Subventions d'investissement",
    "021": "Virement de la section de fonctionnement",
}

# (section F/I, D/R, réel/ordre, chapitre, compte, libellé, BP 2026, CA 2025 prévu, CA 2025 réalisé)
LINES = [
    ("F", "D", "réel", "011", "60611", "Eau et assainissement", 62000, 58000, 55318.42),
    ("F", "D", "réel", "011", "60612", "Énergie - Électricité", 310000, 290000, 301452.87),
    ("F", "D", "réel", "011", "60621", "Combustibles", 145000, 150000, 138906.15),
    ("F", "D", "réel", "011", "60623", "Alimentation", 285000, 270000, 268741.09),
    ("F", "D", "réel", "011", "6064", "Fournitures administratives", 18500, 18000, 16233.60),
    ("F", "D", "réel", "011", "6068", "Autres matières et fournitures", 64000, 60000, 57890.34),
    ("F", "D", "réel", "011", "611", "Contrats de prestations de services", 420000, 405000, 398612.50),
    ("F", "D", "réel", "011", "615221", "Entretien et réparations bâtiments publics", 138000, 130000, 124587.23),
    ("F", "D", "réel", "011", "615231", "Entretien et réparations voiries", 96000, 90000, 88415.70),
    ("F", "D", "réel", "011", "6156", "Maintenance", 74500, 72000, 70120.00),
    ("F", "D", "réel", "011", "6161", "Multirisques", 41200, 39500, 39412.18),
    ("F", "D", "réel", "011", "6226", "Honoraires", 23000, 25000, 19870.00),
    ("F", "D", "réel", "011", "6232", "Fêtes et cérémonies", 52000, 50000, 51236.45),
    ("F", "D", "réel", "011", "6262", "Frais de télécommunications", 27800, 27000, 26104.77),
    ("F", "D", "réel", "011", "63512", "Taxes foncières", 19400, 18800, 18796.00),
    ("F", "D", "réel", "012", "6411", "Personnel titulaire", 2865000, 2790000, 2761338.52),
    ("F", "D", "réel", "012", "6413", "Personnel non titulaire", 612000, 580000, 596204.81),
    ("F", "D", "réel", "012", "6451", "Cotisations à l'U.R.S.S.A.F.", 498000, 482000, 476915.33),
    ("F", "D", "réel", "012", "6453", "Cotisations aux caisses de retraite", 905000, 880000, 871402.64),
    ("F", "D", "réel", "012", "6475", "Médecine du travail, pharmacie", 9500, 9000, 8640.00),
    ("F", "D", "réel", "014", "739223", "Fonds de péréquation des ressources communales et intercommunales", 48000, 46000, 45893.00),
    ("F", "D", "réel", "65", "6531", "Indemnités", 148600, 146000, 145812.40),
    ("F", "D", "réel", "65", "657362", "Subventions de fonctionnement - CCAS", 320000, 300000, 300000.00),
    ("F", "D", "réel", "65", "6574", "Subventions de fonctionnement aux associations et autres personnes de droit privé", 86500, 84000, 82950.00),
    ("F", "D", "réel", "66", "66111", "Intérêts réglés à l'échéance", 112300, 121000, 120684.29),
    ("F", "D", "ordre", "023", "023", "Virement à la section d'investissement", 650000, 600000, 0),
    ("F", "D", "ordre", "042", "6811", "Dotations aux amortissements des immobilisations incorporelles et corporelles", 420000, 405000, 404871.12),
    ("F", "R", "réel", "002", "002", "Résultat de fonctionnement reporté", 1150000, 980000, 980000.00),
    ("F", "R", "réel", "013", "6419", "Remboursements sur rémunérations du personnel", 35000, 30000, 41287.56),
    ("F", "R", "réel", "70", "7067", "Redevances et droits des services périscolaires et d'enseignement", 640000, 610000, 628455.90),
    ("F", "R", "réel", "70", "70632", "Redevances et droits des services à caractère de loisirs", 95000, 90000, 93870.25),
    ("F", "R", "réel", "70", "70323", "Redevance d'occupation du domaine public communal", 80000, 36000, 38214.80),
    ("F", "R", "réel", "731", "73111", "Impôts directs locaux", 5210000, 5020000, 5047632.00),
    ("F", "R", "réel", "73", "7381", "Taxe additionnelle aux droits de mutation ou à la taxe de publicité foncière", 380000, 400000, 352178.44),
    ("F", "R", "réel", "73", "7351", "Taxe sur la consommation finale d'électricité", 145000, 140000, 143906.71),
    ("F", "R", "réel", "74", "7411", "Dotation forfaitaire", 742000, 748000, 747916.00),
    ("F", "R", "réel", "74", "74123", "Dotation de solidarité urbaine", 210000, 204000, 206384.00),
    ("F", "R", "réel", "74", "7478", "Participations - Autres organismes", 310000, 295000, 312645.18),
    ("F", "R", "réel", "75", "752", "Revenus des immeubles", 68000, 66000, 64320.00),
    ("F", "R", "ordre", "042", "777", "Quote-part des subventions d'investissement transférées au compte de résultat", 60000, 58000, 57930.00),
    ("I", "D", "réel", "001", "001", "Solde d'exécution de la section d'investissement reporté", 312000, 0, 0),
    ("I", "D", "réel", "16", "1641", "Emprunts en euros", 385000, 372000, 371845.66),
    ("I", "D", "réel", "20", "2031", "Frais d'études", 45000, 60000, 38720.00),
    ("I", "D", "réel", "20", "2051", "Concessions et droits similaires", 18000, 15000, 12480.00),
    ("I", "D", "réel", "21", "2128", "Autres agencements et aménagements de terrains", 310000, 120000, 96542.10),
    ("I", "D", "réel", "21", "21312", "Bâtiments scolaires", 760000, 540000, 487316.44),
    ("I", "D", "réel", "21", "21318", "Autres bâtiments publics", 230000, 260000, 241908.73),
    ("I", "D", "réel", "21", "2151", "Réseaux de voirie", 640000, 580000, 552761.38),
    ("I", "D", "réel", "21", "2152", "Installations de voirie", 125000, 110000, 104209.90),
    ("I", "D", "réel", "21", "2183", "Matériel de bureau et matériel informatique", 52000, 48000, 44875.12),
    ("I", "D", "réel", "21", "2184", "Mobilier", 24000, 22000, 19644.00),
    ("I", "D", "réel", "21", "2188", "Autres immobilisations corporelles", 68000, 75000, 70318.55),
    ("I", "D", "ordre", "040", "13912", "Subventions d'équipement transférées au compte de résultat - Régions", 60000, 58000, 57930.00),
    ("I", "R", "réel", "10", "10222", "F.C.T.V.A.", 310000, 290000, 287413.00),
    ("I", "R", "réel", "10", "10226", "Taxe d'aménagement", 95000, 100000, 118240.36),
    ("I", "R", "réel", "10", "1068", "Excédents de fonctionnement capitalisés", 612000, 540000, 540000.00),
    ("I", "R", "réel", "13", "1321", "Subventions d'équipement non transférables - État", 180000, 150000, 96000.00),
    ("I", "R", "réel", "13", "1323", "Subventions d'équipement non transférables - Départements", 240000, 200000, 184500.00),
    ("I", "R", "réel", "16", "1641", "Emprunts en euros", 600000, 500000, 500000.00),
    ("I", "R", "ordre", "021", "021", "Virement de la section de fonctionnement", 650000, 600000, 0),
    ("I", "R", "ordre", "040", "28183", "Amortissements - Matériel de bureau et matériel informatique", 220000, 215000, 214871.12),
    ("I", "R", "ordre", "040", "28188", "Amortissements - Autres immobilisations corporelles", 200000, 190000, 190000.00),
]

# Décision modificative n° 1 de 2026 (votée le 29 septembre 2026) : (section, D/R, opbudg, chap, compte, libellé, montant)
DM = [
    ("F", "D", "réel", "011", "60612", "Énergie - Électricité", 45000),
    ("F", "D", "réel", "011", "6232", "Fêtes et cérémonies", 8000),
    ("F", "D", "réel", "011", "615221", "Entretien et réparations bâtiments publics", -12000),
    ("F", "R", "réel", "74", "7478", "Participations - Autres organismes", 25000),
    ("F", "R", "réel", "70", "70323", "Redevance d'occupation du domaine public communal", 16000),
    ("I", "D", "réel", "21", "2151", "Réseaux de voirie", 85000),
    ("I", "D", "réel", "21", "2128", "Autres agencements et aménagements de terrains", -25000),
    ("I", "R", "réel", "16", "1641", "Emprunts en euros", 60000),
]

HEADER = ["BGT_NATDEC", "BGT_ANNEE", "BGT_SIRET", "BGT_NOM", "BGT_CONTNAT", "BGT_CONTNAT_LABEL", "BGT_NATURE",
          "BGT_NATURE_LABEL", "BGT_FONCTION", "BGT_FONCTION_LABEL", "BGT_OPERATION", "BGT_SECTION", "BGT_OPBUDG",
          "BGT_CODRD", "BGT_MTREAL", "BGT_MTBUDGPREC", "BGT_MTRARPREC", "BGT_MTPROPNOUV", "BGT_MTPREV",
          "BGT_CREDOUV", "BGT_MTRAR3112", "BGT_ARTSPE"]


def fr(x):
    if x == "" or x is None:
        return ""
    return f"{x:.2f}".replace(".", ",")


def row(natdec, annee, sec, codrd, op, chap, compte, lib, prev, real=""):
    return [natdec, annee, SIRET, NOM, chap, CHAP[chap], compte, lib, "", "", "",
            "fonctionnement" if sec == "F" else "investissement", op,
            "dépense" if codrd == "D" else "recette", fr(real), "", "", "", fr(prev),
            fr(prev) if real != "" else "", "", "non spécialisé"]


def write(name, rows):
    with open(FILES / name, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(HEADER)
        w.writerows(rows)


bp = [row("budget primitif", "2026", s, c, o, ch, n, lib, bp26) for (s, c, o, ch, n, lib, bp26, _, _) in LINES]
ca = [row("compte administratif", "2025", s, c, o, ch, n, lib, prev25, real25)
      for (s, c, o, ch, n, lib, _, prev25, real25) in LINES if prev25 or real25]
dm = [row("décision modificative", "2026", s, c, o, ch, n, lib, m) for (s, c, o, ch, n, lib, m) in DM]
write("budget-primitif-2026.csv", bp)
write("compte-administratif-2025.csv", ca)
write("decision-modificative-1-2026.csv", dm)
print(len(bp), len(ca), len(dm))
