"""Écrit les deux fichiers SCDL budget 0.8.3 de Villaret-d'Arbonne (CA 2025, BP 2026).
Les montants sont fictifs ; les lignes d'équilibre (7381 réalisé, 1323 réalisé, 023/021, 2313 au BP)
sont calculées pour que les documents soient cohérents entre eux."""
import csv
from decimal import Decimal as D

SIRET = "21739970000018"
NOM = "Commune de Villaret-d'Arbonne"
COLS = ["BGT_NATDEC", "BGT_ANNEE", "BGT_SIRET", "BGT_NOM", "BGT_CONTNAT", "BGT_CONTNAT_LABEL",
        "BGT_NATURE", "BGT_NATURE_LABEL", "BGT_FONCTION", "BGT_FONCTION_LABEL", "BGT_OPERATION",
        "BGT_SECTION", "BGT_OPBUDG", "BGT_CODRD", "BGT_MTREAL", "BGT_MTBUDGPREC", "BGT_MTRARPREC",
        "BGT_MTPROPNOUV", "BGT_MTPREV", "BGT_CREDOUV", "BGT_MTRAR3112", "BGT_ARTSPE"]

CHAP = {
    "011": "Charges à caractère général", "012": "Charges de personnel et frais assimilés",
    "65": "Autres charges de gestion courante", "66": "Charges financières", "67": "Charges spécifiques",
    "042": "Opérations d'ordre de transfert entre sections", "023": "Virement à la section d'investissement",
    "013": "Atténuations de charges", "70": "Produits des services, du domaine et ventes diverses",
    "731": "Fiscalité locale", "74": "Dotations et participations", "75": "Autres produits de gestion courante",
    "002": "Résultat de fonctionnement reporté", "001": "Solde d'exécution de la section d'investissement reporté",
    "16": "Emprunts et dettes assimilées", "20": "Immobilisations incorporelles", "21": "Immobilisations corporelles",
    "23": "Immobilisations en cours", "040": "Opérations d'ordre de transfert entre sections",
    "10": "Dotations, fonds divers et réserves", "13": "Subventions d'investissement",
    "021": "Virement de la section de fonctionnement",
}

# (chapitre, nature, libellé, section, opbudg, codrd, prev CA 2025, réal CA 2025, prev BP 2026)
F, I, R, O, REC, DEP = "fonctionnement", "investissement", "réel", "ordre", "recette", "dépense"
LINES = [
    ("011", "60611", "Eau et assainissement", F, R, DEP, "3000", "2486.40", "3000"),
    ("011", "60612", "Énergie - Électricité", F, R, DEP, "38000", "36912.58", "40000"),
    ("011", "60621", "Combustibles", F, R, DEP, "42000", "39874.25", "45000"),
    ("011", "60622", "Carburants", F, R, DEP, "9500", "8736.90", "10000"),
    ("011", "60632", "Fournitures de petit équipement", F, R, DEP, "6000", "4215.33", "5000"),
    ("011", "60633", "Fournitures de voirie", F, R, DEP, "12000", "11482.60", "13000"),
    ("011", "611", "Contrats de prestations de services", F, R, DEP, "28000", "26540.00", "30000"),
    ("011", "615221", "Entretien et réparations bâtiments publics", F, R, DEP, "15000", "12307.18", "14000"),
    ("011", "615231", "Entretien et réparations voiries", F, R, DEP, "20000", "17950.44", "20000"),
    ("011", "61551", "Entretien matériel roulant", F, R, DEP, "8000", "7643.12", "8000"),
    ("011", "616", "Primes d'assurances", F, R, DEP, "7200", "7015.00", "7500"),
    ("011", "6232", "Fêtes et cérémonies", F, R, DEP, "3500", "3188.70", "3500"),
    ("011", "6262", "Frais de télécommunications", F, R, DEP, "2200", "1954.36", "2200"),
    ("011", "63512", "Taxes foncières", F, R, DEP, "1800", "1727.00", "1800"),
    ("012", "6411", "Personnel titulaire", F, R, DEP, "98000", "95418.22", "101000"),
    ("012", "6413", "Personnel non titulaire", F, R, DEP, "34000", "32760.15", "36000"),
    ("012", "6451", "Cotisations à l'URSSAF", F, R, DEP, "22000", "20914.37", "23000"),
    ("012", "6453", "Cotisations aux caisses de retraite", F, R, DEP, "27000", "26102.48", "28000"),
    ("65", "6531", "Indemnités", F, R, DEP, "24000", "23812.08", "24500"),
    ("65", "6553", "Service d'incendie", F, R, DEP, "14500", "14362.00", "14800"),
    ("65", "6574", "Subventions de fonctionnement aux associations et autres personnes de droit privé", F, R, DEP, "3200", "3000.00", "3500"),
    ("66", "66111", "Intérêts réglés à l'échéance", F, R, DEP, "8600", "8541.93", "7900"),
    ("67", "673", "Titres annulés (sur exercices antérieurs)", F, R, DEP, "500", "120.00", "500"),
    ("042", "6811", "Dotations aux amortissements des immobilisations incorporelles et corporelles", F, O, DEP, "18500", "18500.00", "19000"),
    ("023", "023", "Virement à la section d'investissement", F, O, DEP, "35000", "", None),  # BP: équilibre
    ("013", "6419", "Remboursements sur rémunérations du personnel", F, R, REC, "2000", "2640.50", "1500"),
    ("70", "7022", "Coupes de bois", F, R, REC, "15000", "18320.00", "30000"),
    ("70", "7025", "Taxe d'affouage", F, R, REC, "1200", "1155.00", "1400"),
    ("70", "70632", "Redevances et droits des services à caractère de loisirs", F, R, REC, "65000", "71284.50", "75000"),
    ("70", "70688", "Autres prestations de services", F, R, REC, "30000", "31906.72", "32000"),
    ("731", "73111", "Impôts directs locaux", F, R, REC, "148000", "149327.00", "156000"),
    ("731", "7362", "Taxe de séjour", F, R, REC, "6000", "7418.60", "7000"),
    ("731", "7381", "Taxe additionnelle aux droits de mutation ou à la taxe de publicité foncière", F, R, REC, "8000", None, "9000"),  # CA: équilibre
    ("74", "7411", "Dotation forfaitaire", F, R, REC, "62000", "62415.00", "61800"),
    ("74", "74121", "Dotation de solidarité rurale", F, R, REC, "21000", "21388.00", "21500"),
    ("74", "74127", "Dotation nationale de péréquation", F, R, REC, "5000", "5204.00", "5000"),
    ("75", "752", "Revenus des immeubles", F, R, REC, "38000", "39870.00", "48000"),
    ("042", "777", "Quote-part des subventions d'investissement transférées au compte de résultat", F, O, REC, "6200", "6200.00", "6200"),
    ("002", "002", "Résultat de fonctionnement reporté", F, R, REC, "55000.00", "55000.00", "28472.13"),
    # investissement
    ("001", "001", "Solde d'exécution de la section d'investissement reporté", I, R, DEP, "12430.55", "12430.55", "15208.41"),
    ("16", "1641", "Emprunts en euros", I, R, DEP, "31000", "30846.17", "32100"),
    ("20", "202", "Frais liés à la réalisation des documents d'urbanisme et à la numérisation du cadastre", I, R, DEP, "6000", "4860.00", "3000"),
    ("21", "2151", "Réseaux de voirie", I, R, DEP, "60000", "48215.36", "55000"),
    ("21", "21531", "Réseaux d'adduction d'eau", I, R, DEP, "25000", "22904.10", "20000"),
    ("21", "21318", "Autres bâtiments publics", I, R, DEP, "40000", "36508.84", "15000"),
    ("21", "2182", "Matériel de transport", I, R, DEP, None, None, "63360"),
    ("21", "2188", "Autres immobilisations corporelles", I, R, DEP, "12000", "9877.40", "8000"),
    ("23", "2313", "Constructions", I, R, DEP, None, None, None),  # BP: équilibre
    ("040", "13918", "Autres subventions d'équipement transférées au compte de résultat", I, O, DEP, "6200", "6200.00", "6200"),
    ("10", "10222", "FCTVA", I, R, REC, "18000", "17622.00", "16500"),
    ("10", "1068", "Excédents de fonctionnement capitalisés", I, R, REC, "30000", "30000.00", "30000"),
    ("13", "1321", "Subventions d'équipement non transférables - État et établissements nationaux", I, R, REC, "20000", "14400.00", "60000"),
    ("13", "1323", "Subventions d'équipement non transférables - Départements", I, R, REC, "30000", None, "55000"),  # CA: équilibre
    ("16", "1641", "Emprunts en euros", I, R, REC, "50000", "50000.00", "100000"),
    ("13", "1322", "Subventions d'équipement non transférables - Régions", I, R, REC, None, None, "25000"),
    ("021", "021", "Virement de la section de fonctionnement", I, O, REC, "35000", "", None),
    ("040", "28188", "Amortissements des autres immobilisations corporelles", I, O, REC, "18500", "18500.00", "19000"),
]

# Résultats visés : CA 2025 -> fonctionnement 58 472,13 (30 000 au 1068 + 28 472,13 au 002 en 2026),
# investissement -15 208,41 (001 dépense au BP 2026).
TARGET_F, TARGET_I = D("58472.13"), D("-15208.41")

def dec(x):
    return D(x) if x not in (None, "") else D(0)

def ca_result(section, skip):
    s = D(0)
    for l in LINES:
        if l[3] != section or l[1] == skip:
            continue
        v = dec(l[7])
        s += v if l[5] == REC else -v
    return s

lines = [list(l) for l in LINES]
def find(nat, codrd):
    return next(l for l in lines if l[1] == nat and l[5] == codrd)
find("7381", REC)[7] = str(TARGET_F - ca_result(F, "7381"))
find("1323", REC)[7] = str(TARGET_I - ca_result(I, "1323"))

def bp_sum(section, codrd, skip=()):
    return sum(dec(l[8]) for l in lines if l[3] == section and l[5] == codrd and l[1] not in skip and l[8] is not None)
virement = bp_sum(F, REC) - bp_sum(F, DEP, ("023",))
find("023", DEP)[8] = str(virement)
find("021", REC)[8] = str(virement)
find("2313", DEP)[8] = str(bp_sum(I, REC) - bp_sum(I, DEP, ("2313",)))

def write(path, natdec, year, prev_i, real_i):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(COLS)
        for l in lines:
            prev = l[prev_i]
            real = l[real_i] if real_i is not None else ""
            if prev is None and (real_i is None or l[real_i] is None):
                continue
            row = dict.fromkeys(COLS, "")
            row.update(BGT_NATDEC=natdec, BGT_ANNEE=year, BGT_SIRET=SIRET, BGT_NOM=NOM,
                       BGT_CONTNAT=l[0], BGT_CONTNAT_LABEL=CHAP[l[0]], BGT_NATURE=l[1],
                       BGT_NATURE_LABEL=l[2], BGT_SECTION=l[3], BGT_OPBUDG=l[4], BGT_CODRD=l[5],
                       BGT_MTPREV=prev or "", BGT_MTREAL=real or "", BGT_ARTSPE="non spécialisé")
            w.writerow([row[c] for c in COLS])

write("files/budget_compte_administratif_2025.csv", "compte administratif", "2025", 6, 7)
write("files/budget_primitif_2026.csv", "budget primitif", "2026", 8, None)
print("7381 réalisé 2025 :", find("7381", REC)[7], "| 1323 réalisé 2025 :", find("1323", REC)[7])
print("023/021 BP 2026 :", virement, "| 2313 BP 2026 :", find("2313", DEP)[8])
