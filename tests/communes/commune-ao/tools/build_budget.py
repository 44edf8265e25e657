"""Writes the SCDL budget files (scdl/budget 0.8.3 columns) of Saint-Aurèle-les-Bains into files/.

- budget-principal-bp-2026.csv  : budget primitif 2026, budget principal, ',' and '.' decimals, UTF-8
- budget-principal-ca-2025.csv  : compte administratif 2025, budget principal, ';' and decimal commas, UTF-8
- budget-annexe-camping-bp-2026.csv : budget primitif 2026 of the campsite annexe (own SIRET)
Lines: (nature, label, chapter, section, opbudg, codrd, amount[, realised]).
The budget primitif is balanced through the 023/021 transfer and a 231 line.
"""
import csv, pathlib
from decimal import Decimal as D

FILES = pathlib.Path(__file__).resolve().parent.parent / "files"
SIRET, SIRET_CAMP = "21634982700018", "21634982700034"
NOM, NOM_CAMP = "COMMUNE DE SAINT-AURELE-LES-BAINS", "CAMPING MUNICIPAL DES SOURCES"
CH = {"011": "Charges à caractère général", "012": "Charges de personnel et frais assimilés",
      "65": "Autres charges de gestion courante", "66": "Charges financières", "70": "Produits des services, du domaine et ventes diverses",
      "73": "Impôts et taxes", "731": "Fiscalité locale", "74": "Dotations et participations", "75": "Autres produits de gestion courante",
      "16": "Emprunts et dettes assimilées", "21": "Immobilisations corporelles", "23": "Immobilisations en cours",
      "10": "Dotations, fonds divers et réserves", "13": "Subventions d'investissement", "023": "Virement à la section d'investissement",
      "021": "Virement de la section de fonctionnement", "042": "Opérations d'ordre de transfert entre sections",
      "040": "Opérations d'ordre de transfert entre sections", "002": "Résultat de fonctionnement reporté",
      "001": "Solde d'exécution de la section d'investissement reporté"}
F, I = "fonctionnement", "investissement"
R, O = "réel", "ordre"
DEP, REC = "dépense", "recette"

LAB = {
 "60611": "Eau et assainissement", "60612": "Énergie - Électricité", "60621": "Combustibles", "60622": "Carburants",
 "60623": "Alimentation", "60631": "Fournitures d'entretien", "60632": "Fournitures de petit équipement",
 "6064": "Fournitures administratives", "6065": "Livres, disques, cassettes... (bibliothèques et médiathèques)",
 "6068": "Autres matières et fournitures",
 "615221": "Entretien et réparations - Bâtiments publics", "615231": "Entretien et réparations - Voiries", "6156": "Maintenance",
 "616": "Primes d'assurances", "6232": "Fêtes et cérémonies", "6281": "Concours divers (cotisations)",
 "626": "Frais postaux et frais de télécommunications", "6287": "Remboursements de frais",
 "6411": "Personnel titulaire", "6413": "Personnel non titulaire", "6451": "Cotisations à l'URSSAF",
 "6453": "Cotisations aux caisses de retraite",
 "6531": "Indemnités, frais de mission et de formation des élus", "6553": "Service d'incendie",
 "6558": "Autres contributions obligatoires",
 "6574": "Subventions de fonctionnement aux personnes, aux associations et aux autres organismes de droit privé",
 "66111": "Intérêts réglés à l'échéance", "6811": "Dotations aux amortissements des immobilisations incorporelles et corporelles",
 "023": "Virement à la section d'investissement", "021": "Virement de la section de fonctionnement",
 "70311": "Concession dans les cimetières (produit net)", "7067": "Redevances et droits des services périscolaires et d'enseignement",
 "70688": "Autres prestations de services", "70878": "Remboursements de frais par des tiers",
 "73111": "Impôts directs locaux", "73154": "Droits de place", "73172": "Taxe de séjour",
 "73173": "Impôt et prélèvement sur les jeux", "73211": "Attribution de compensation",
 "7411": "DGF des communes et des EPCI", "741121": "Dotation de solidarité rurale (DSR) des communes",
 "7473": "Départements", "752": "Revenus des immeubles",
 "002": "Résultat de fonctionnement reporté", "001": "Solde d'exécution de la section d'investissement reporté",
 "1641": "Emprunts en euros", "165": "Dépôts et cautionnements reçus", "10222": "FCTVA", "10226": "Taxe d'aménagement",
 "1068": "Excédents de fonctionnement capitalisés", "1321": "Etat et établissements nationaux", "1323": "Départements",
 "2116": "Cimetières", "2135": "Installations générales, agencements, aménagements des constructions",
 "2152": "Installations de voirie", "2138": "Autres constructions", "2183": "Matériel informatique", "2188": "Autres immobilisations corporelles",
 "231": "Immobilisations corporelles en cours", "28135": "Amortissements - Installations générales, agencements",
 "28183": "Amortissements - Matériel informatique", "28188": "Amortissements - Autres immobilisations corporelles",
}
CHAP = {  # nature -> chapter
 **{k: "011" for k in ["60611", "60612", "60621", "60622", "60623", "60631", "60632", "6064", "6065", "6068", "615221",
                       "615231", "6156", "616", "6232", "6281", "626", "6287"]},
 **{k: "012" for k in ["6411", "6413", "6451", "6453"]},
 **{k: "65" for k in ["6531", "6553", "6558", "6574"]}, "66111": "66", "6811": "042", "023": "023", "021": "021",
 **{k: "70" for k in ["70311", "7067", "70688", "70878"]}, **{k: "731" for k in ["73111", "73154", "73172", "73173"]},
 "73211": "73", **{k: "74" for k in ["7411", "741121", "7473"]}, "752": "75", "002": "002", "001": "001",
 "1641": "16", "165": "16", "10222": "10", "10226": "10", "1068": "10", "1321": "13", "1323": "13",
 **{k: "21" for k in ["2116", "2135", "2138", "2152", "2183", "2188"]}, "231": "23",
 **{k: "040" for k in ["28135", "28183", "28188"]},
}

# ---------------- budget primitif 2026, budget principal (voted = BGT_MTPREV)
BP26 = [
 (DEP, F, R, [("60611", 18500), ("60612", 96000), ("60621", 22000), ("60622", 14500), ("60623", 42000), ("60631", 9800),
              ("60632", 21000), ("6064", 4200), ("6065", 5500), ("615221", 38000), ("615231", 45000), ("6156", 16400),
              ("616", 24600), ("6232", 28000), ("6281", 3900), ("626", 6300),
              ("6411", 512000), ("6413", 146000), ("6451", 138500), ("6453", 162000),
              ("6531", 58200), ("6553", 61480), ("6558", 12300), ("6574", 18000), ("66111", 31250)]),
 (DEP, F, O, [("6811", 64000)]),
 (REC, F, R, [("70311", 4500), ("7067", 62000), ("70878", 12000), ("73111", 842000), ("73154", 9800), ("73172", 148000),
              ("73173", 265000), ("73211", 38400), ("7411", 312600), ("741121", 96300), ("7473", 12000), ("752", 46000)]),
 (REC, F, R, [("002", D("212350.27"))]),
 (DEP, I, R, [("1641", 118400), ("165", 1500), ("2116", 15000), ("2135", 186000), ("2138", 300000), ("2152", 245000), ("2183", 6000),
              ("2188", 22000)]),
 (DEP, I, R, [("001", D("96412.55"))]),
 (REC, I, R, [("1641", 350000), ("165", 1500), ("10222", 41800), ("10226", 7500), ("1068", D("96412.55")),
              ("1321", 55800), ("1323", 46500)]),
 (REC, I, O, [("28135", 40000), ("28183", 6000), ("28188", 18000)]),
]

# ---------------- compte administratif 2025, budget principal (voted BGT_MTPREV, realised BGT_MTREAL)
CA25 = [
 (DEP, F, R, [("60611", 18000, "17284.52"), ("60612", 104000, "101466.87"), ("60621", 21000, "19803.40"),
              ("60622", 15000, "13927.15"), ("60623", 41500, "40112.68"), ("60631", 9500, "9215.33"),
              ("60632", 20000, "18644.09"), ("6064", 4500, "3987.20"), ("6065", 5500, "5102.45"),
              ("615221", 42000, "41230.76"), ("615231", 45000, "39870.00"), ("6156", 16000, "15940.18"),
              ("616", 24000, "23870.52"), ("6232", 27000, "26415.80"), ("6281", 3900, "3820.00"), ("626", 6200, "5988.61"),
              ("6411", 505000, "498214.36"), ("6413", 142000, "139402.17"), ("6451", 136000, "132986.40"),
              ("6453", 159000, "156715.93"),
              ("6531", 57000, "56880.00"), ("6553", 59920, "59920.00"), ("6558", 12000, "11860.00"),
              ("6574", 17500, "16750.00"), ("66111", 34000, "33412.87")]),
 (DEP, F, O, [("6811", 61850, "61850.00"), ("023", 150000, "0")]),
 (REC, F, R, [("70311", 4500, "5250.00"), ("7067", 60000, "58946.30"), ("70878", 11000, "11200.00"),
              ("73111", 826000, "828461.00"), ("73154", 9500, "9412.40"), ("73172", 140000, "151286.92"),
              ("73173", 255000, "271904.55"), ("73211", 38400, "38400.00"), ("7411", 318000, "318457.00"),
              ("741121", 93000, "93812.00"), ("7473", 11500, "11500.00"), ("752", 45000, "44870.00")]),
 (REC, F, R, [("002", 385120.44, "385120.44")]),
 (DEP, I, R, [("1641", 112600, "112540.18"), ("165", 1500, "1200.00"), ("2135", 60000, "48920.35"),
              ("2152", 175000, "163284.90"), ("2183", 5000, "4870.40"), ("2188", 21000, "19655.00")]),
 (DEP, I, R, [("001", 61204.10, "61204.10")]),
 (REC, I, R, [("1641", 120000, "120000.00"), ("165", 1500, "1500.00"), ("10222", 38000, "38226.00"),
              ("10226", 6000, "6845.12"), ("1068", 120000, "120000.00"), ("1321", 24000, "24000.00"),
              ("1323", 31500, "31500.00")]),
 (REC, I, O, [("021", 150000, "0"), ("28135", 38000, "38000.00"), ("28183", 5850, "5850.00"), ("28188", 18000, "18000.00")]),
]

# ---------------- budget primitif 2026, budget annexe du camping (own SIRET)
CAMP = [
 (DEP, F, R, [("60611", 6800), ("60612", 11500), ("6068", 2400), ("615221", 7000), ("616", 1900), ("6287", 12000),
              ("6413", 24500), ("6451", 6900), ("66111", 1150)]),
 (DEP, F, O, [("6811", 8000)]),
 (REC, F, R, [("70688", 82000), ("752", 14500)]),
 (REC, F, R, [("002", D("9870.40"))]),
 (DEP, I, R, [("1641", 6200), ("2135", 35000), ("2188", 18000)]),
 (REC, I, R, [("1323", 10000), ("1641", 20000)]),
 (REC, I, O, [("28135", 8000)]),
]

HEAD = ["BGT_NATDEC", "BGT_ANNEE", "BGT_SIRET", "BGT_NOM", "BGT_CONTNAT", "BGT_CONTNAT_LABEL", "BGT_NATURE",
        "BGT_NATURE_LABEL", "BGT_FONCTION", "BGT_FONCTION_LABEL", "BGT_OPERATION", "BGT_SECTION", "BGT_OPBUDG",
        "BGT_CODRD", "BGT_MTREAL", "BGT_MTBUDGPREC", "BGT_MTRARPREC", "BGT_MTPROPNOUV", "BGT_MTPREV", "BGT_CREDOUV",
        "BGT_MTRAR3112", "BGT_ARTSPE"]


def balance_bp(groups):
    """Adds 023/021 (ordre) and a 231 line so that each section balances."""
    tot = {}
    for codrd, sec, op, lines in groups:
        for n, a in lines:
            tot[(codrd, sec)] = tot.get((codrd, sec), D(0)) + D(str(a))
    vir = tot[(REC, F)] - tot[(DEP, F)]
    assert vir > 0, vir
    groups.append((DEP, F, O, [("023", vir)]))
    groups.append((REC, I, O, [("021", vir)]))
    inv_gap = tot[(REC, I)] + vir - tot[(DEP, I)]
    assert inv_gap >= 0, inv_gap
    if inv_gap:
        groups.append((DEP, I, R, [("231", inv_gap)]))
    return groups


def fmt(x, comma):
    s = f"{D(str(x)):.2f}"
    return s.replace(".", ",") if comma else s


def write(path, natdec, year, siret, nom, groups, realised, sep, comma):
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=sep, lineterminator="\r\n")
        w.writerow(HEAD)
        n = 0
        for codrd, sec, op, lines in groups:
            for line in lines:
                nat, prev = line[0], line[1]
                real = line[2] if realised else ""
                ch = CHAP[nat]
                sec_out = sec
                w.writerow([natdec, year, siret, nom, ch, CH.get(ch, ""), nat, LAB[nat], "", "", "", sec_out, op, codrd,
                            fmt(real, comma) if real != "" else "", "", "", "", fmt(prev, comma), "", "", "non spécialisé"])
                n += 1
    print(n, "lines ->", path.name)


if __name__ == "__main__":
    write(FILES / "budget-principal-bp-2026.csv", "budget primitif", 2026, SIRET, NOM, balance_bp(BP26), False, ",", False)
    write(FILES / "budget-principal-ca-2025.csv", "Compte administratif", 2025, SIRET, NOM, CA25, True, ";", True)
    write(FILES / "budget-annexe-camping-bp-2026.csv", "budget primitif", 2026, SIRET_CAMP, NOM_CAMP, balance_bp(CAMP), False, ",", False)
