"""Écrit les deux documents budgétaires SCDL 0.8.3 du budget principal :
- files/budget-primitif-2026.csv : BP 2026, nomenclature M57 (abrégée), UTF-8, séparateur ;, montants 1234.56
- files/compte-administratif-2025.csv : CA 2025, nomenclature M14, UTF-8 avec BOM, séparateur ;, montants 1234,56
"""
import csv
SIRET, NOM = "21659980000011", "Peyrelade-de-Bastan"
COLS = ["BGT_NATDEC", "BGT_ANNEE", "BGT_SIRET", "BGT_NOM", "BGT_CONTNAT", "BGT_CONTNAT_LABEL", "BGT_NATURE",
        "BGT_NATURE_LABEL", "BGT_FONCTION", "BGT_FONCTION_LABEL", "BGT_OPERATION", "BGT_SECTION", "BGT_OPBUDG",
        "BGT_CODRD", "BGT_MTREAL", "BGT_MTBUDGPREC", "BGT_MTRARPREC", "BGT_MTPROPNOUV", "BGT_MTPREV",
        "BGT_CREDOUV", "BGT_MTRAR3112", "BGT_ARTSPE"]
CH = {
 "011": "Charges à caractère général", "012": "Charges de personnel et frais assimilés",
 "014": "Atténuations de produits", "65": "Autres charges de gestion courante", "66": "Charges financières",
 "023": "Virement à la section d'investissement", "042": "Opérations d'ordre de transfert entre sections",
 "040": "Opérations d'ordre de transfert entre sections",
 "013": "Atténuations de charges", "70": "Produits des services, du domaine et ventes diverses",
 "73": "Impôts et taxes", "731": "Fiscalité locale", "74": "Dotations et participations",
 "75": "Autres produits de gestion courante", "77": "Produits exceptionnels",
 "002": "Résultat de fonctionnement reporté", "001": "Solde d'exécution de la section d'investissement reporté",
 "16": "Emprunts et dettes assimilées", "20": "Immobilisations incorporelles", "21": "Immobilisations corporelles",
 "10": "Dotations, fonds divers et réserves", "13": "Subventions d'investissement", "021": "Virement de la section de fonctionnement",
}
# (compte, libellé, chapitre, section, réel/ordre, recette/dépense, montant)
BP2026 = [
 ("60611", "Eau et assainissement", "011", "F", "réel", "dépense", 2400),
 ("60612", "Énergie - Électricité", "011", "F", "réel", "dépense", 28500),
 ("60621", "Combustibles", "011", "F", "réel", "dépense", 6800),
 ("60622", "Carburants", "011", "F", "réel", "dépense", 9200),
 ("60632", "Fournitures de petit équipement", "011", "F", "réel", "dépense", 4500),
 ("60633", "Fournitures de voirie", "011", "F", "réel", "dépense", 7800),
 ("611", "Contrats de prestations de services", "011", "F", "réel", "dépense", 5200),
 ("615231", "Entretien et réparations voiries", "011", "F", "réel", "dépense", 18000),
 ("61551", "Entretien et réparations matériel roulant", "011", "F", "réel", "dépense", 6500),
 ("616", "Primes d'assurances", "011", "F", "réel", "dépense", 5900),
 ("6232", "Fêtes et cérémonies", "011", "F", "réel", "dépense", 3500),
 ("6262", "Frais de télécommunications", "011", "F", "réel", "dépense", 1800),
 ("63512", "Taxes foncières", "011", "F", "réel", "dépense", 1250.50),
 ("64111", "Rémunération principale du personnel titulaire", "012", "F", "réel", "dépense", 68400),
 ("64131", "Rémunérations du personnel non titulaire", "012", "F", "réel", "dépense", 14200),
 ("6451", "Cotisations à l'URSSAF", "012", "F", "réel", "dépense", 17350),
 ("6453", "Cotisations aux caisses de retraite", "012", "F", "réel", "dépense", 19820),
 ("6475", "Médecine du travail, pharmacie", "012", "F", "réel", "dépense", 450),
 ("739223", "Fonds de péréquation des ressources communales et intercommunales", "014", "F", "réel", "dépense", 2100),
 ("65311", "Indemnités des élus", "65", "F", "réel", "dépense", 22850),
 ("65548", "Autres contributions (SIVU du Pic d'Ardoune)", "65", "F", "réel", "dépense", 38000),
 ("6574", "Subventions de fonctionnement aux associations et autres personnes de droit privé", "65", "F", "réel", "dépense", 4800),
 ("66111", "Intérêts réglés à l'échéance", "66", "F", "réel", "dépense", 7420.35),
 ("023", "Virement à la section d'investissement", "023", "F", "ordre", "dépense", 45000),
 ("6811", "Dotations aux amortissements des immobilisations", "042", "F", "ordre", "dépense", 12600),
 ("6419", "Remboursements sur rémunérations du personnel", "013", "F", "réel", "recette", 1500),
 ("7022", "Coupes de bois", "70", "F", "réel", "recette", 24000),
 ("7028", "Autres produits agricoles et forestiers (affouage)", "70", "F", "réel", "recette", 2250),
 ("70632", "Redevances et droits des services à caractère de loisirs (camping)", "70", "F", "réel", "recette", 21000),
 ("7067", "Redevances et droits des services périscolaires et d'enseignement", "70", "F", "réel", "recette", 6400),
 ("70878", "Remboursements de frais par d'autres redevables", "70", "F", "réel", "recette", 3000),
 ("73111", "Impôts directs locaux", "731", "F", "réel", "recette", 148600),
 ("7362", "Taxes de séjour", "731", "F", "réel", "recette", 8200),
 ("7411", "Dotation forfaitaire", "74", "F", "réel", "recette", 86300),
 ("74121", "Dotation de solidarité rurale", "74", "F", "réel", "recette", 31450),
 ("74834", "Compensation au titre des exonérations des taxes foncières", "74", "F", "réel", "recette", 2180),
 ("752", "Revenus des immeubles", "75", "F", "réel", "recette", 27500),
 ("002", "Résultat de fonctionnement reporté", "002", "F", "réel", "recette", 84215.60),
 ("1641", "Emprunts en euros", "16", "I", "réel", "dépense", 24800),
 ("2031", "Frais d'études", "20", "I", "réel", "dépense", 6000),
 ("2128", "Autres agencements et aménagements de terrains (piste forestière de la Coume)", "21", "I", "réel", "dépense", 86400),
 ("2151", "Réseaux de voirie", "21", "I", "réel", "dépense", 45000),
 ("21312", "Bâtiments scolaires", "21", "I", "réel", "dépense", 22000),
 ("21318", "Autres bâtiments publics", "21", "I", "réel", "dépense", 35000),
 ("2188", "Autres immobilisations corporelles", "21", "I", "réel", "dépense", 12500),
 ("001", "Solde d'exécution de la section d'investissement reporté", "001", "I", "réel", "dépense", 18430.25),
 ("10222", "FCTVA", "10", "I", "réel", "recette", 9800),
 ("1068", "Excédents de fonctionnement capitalisés", "10", "I", "réel", "recette", 18430.25),
 ("1321", "Subventions d'équipement de l'État", "13", "I", "réel", "recette", 31500),
 ("1322", "Subventions d'équipement des régions", "13", "I", "réel", "recette", 29000),
 ("1323", "Subventions d'équipement des départements", "13", "I", "réel", "recette", 20000),
 ("1641", "Emprunts en euros", "16", "I", "réel", "recette", 40000),
 ("021", "Virement de la section de fonctionnement", "021", "I", "ordre", "recette", 45000),
 ("28188", "Amortissements des autres immobilisations corporelles", "040", "I", "ordre", "recette", 12600),
]
CA2025 = [
 ("60611", "Eau et assainissement", "011", "F", "réel", "dépense", 2215.40),
 ("60612", "Énergie - Électricité", "011", "F", "réel", "dépense", 27104.12),
 ("60621", "Combustibles", "011", "F", "réel", "dépense", 6390.00),
 ("60622", "Carburants", "011", "F", "réel", "dépense", 11842.66),
 ("60632", "Fournitures de petit équipement", "011", "F", "réel", "dépense", 3980.15),
 ("60633", "Fournitures de voirie", "011", "F", "réel", "dépense", 9615.30),
 ("611", "Contrats de prestations de services", "011", "F", "réel", "dépense", 4870.00),
 ("615231", "Entretien et réparations voiries", "011", "F", "réel", "dépense", 14326.80),
 ("61551", "Entretien et réparations matériel roulant", "011", "F", "réel", "dépense", 7212.45),
 ("616", "Primes d'assurances", "011", "F", "réel", "dépense", 5640.22),
 ("6232", "Fêtes et cérémonies", "011", "F", "réel", "dépense", 3118.90),
 ("6262", "Frais de télécommunications", "011", "F", "réel", "dépense", 1755.35),
 ("63512", "Taxes foncières", "011", "F", "réel", "dépense", 1230.00),
 ("6411", "Personnel titulaire", "012", "F", "réel", "dépense", 66912.34),
 ("6413", "Personnel non titulaire", "012", "F", "réel", "dépense", 13540.00),
 ("6451", "Cotisations à l'URSSAF", "012", "F", "réel", "dépense", 16988.71),
 ("6453", "Cotisations aux caisses de retraite", "012", "F", "réel", "dépense", 19120.45),
 ("6475", "Médecine du travail, pharmacie", "012", "F", "réel", "dépense", 420.00),
 ("73925", "Fonds de péréquation des recettes fiscales communales et intercommunales", "014", "F", "réel", "dépense", 2045.00),
 ("6531", "Indemnités", "65", "F", "réel", "dépense", 22416.60),
 ("6554", "Contributions aux organismes de regroupement", "65", "F", "réel", "dépense", 36500.00),
 ("6574", "Subventions de fonctionnement aux associations et autres personnes de droit privé", "65", "F", "réel", "dépense", 4650.00),
 ("66111", "Intérêts réglés à l'échéance", "66", "F", "réel", "dépense", 7988.42),
 ("6811", "Dotations aux amortissements des immobilisations incorporelles et corporelles", "042", "F", "ordre", "dépense", 12480.00),
 ("6419", "Remboursements sur rémunérations du personnel", "013", "F", "réel", "recette", 2130.50),
 ("7022", "Coupes de bois", "70", "F", "réel", "recette", 31640.00),
 ("7028", "Autres produits agricoles et forestiers", "70", "F", "réel", "recette", 2000.00),
 ("70632", "Redevances et droits des services à caractère de loisirs", "70", "F", "réel", "recette", 19874.50),
 ("7067", "Redevances et droits des services périscolaires et d'enseignement", "70", "F", "réel", "recette", 6215.60),
 ("70878", "Remboursements de frais par d'autres redevables", "70", "F", "réel", "recette", 2640.00),
 ("73111", "Taxes foncières et d'habitation", "73", "F", "réel", "recette", 142315.00),
 ("7362", "Taxes de séjour", "73", "F", "réel", "recette", 7912.40),
 ("7381", "Taxe additionnelle aux droits de mutation ou à la taxe de publicité foncière", "73", "F", "réel", "recette", 6480.00),
 ("7411", "Dotation forfaitaire", "74", "F", "réel", "recette", 86912.00),
 ("74121", "Dotation de solidarité rurale", "74", "F", "réel", "recette", 30876.00),
 ("74834", "État - Compensation au titre des exonérations des taxes foncières", "74", "F", "réel", "recette", 2215.00),
 ("752", "Revenus des immeubles", "75", "F", "réel", "recette", 26390.00),
 ("7788", "Produits exceptionnels divers", "77", "F", "réel", "recette", 1350.00),
 ("002", "Résultat de fonctionnement reporté", "002", "F", "réel", "recette", 61208.14),
 ("1641", "Emprunts en euros", "16", "I", "réel", "dépense", 23915.58),
 ("2031", "Frais d'études", "20", "I", "réel", "dépense", 3600.00),
 ("2151", "Réseaux de voirie", "21", "I", "réel", "dépense", 38744.20),
 ("21312", "Bâtiments scolaires", "21", "I", "réel", "dépense", 9870.00),
 ("21318", "Autres bâtiments publics", "21", "I", "réel", "dépense", 14250.00),
 ("2188", "Autres immobilisations corporelles", "21", "I", "réel", "dépense", 5460.00),
 ("001", "Solde d'exécution de la section d'investissement reporté", "001", "I", "réel", "dépense", 12115.80),
 ("10222", "FCTVA", "10", "I", "réel", "recette", 7215.00),
 ("1068", "Excédents de fonctionnement capitalisés", "10", "I", "réel", "recette", 12115.80),
 ("1321", "État et établissements nationaux", "13", "I", "réel", "recette", 18000.00),
 ("1323", "Départements", "13", "I", "réel", "recette", 15600.00),
 ("28188", "Autres immobilisations corporelles", "040", "I", "ordre", "recette", 12480.00),
]
SEC = {"F": "fonctionnement", "I": "investissement"}


def write(path, natdec, annee, rows, col_amount, dec, enc):
    with open(path, "w", encoding=enc, newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(COLS)
        for (acc, lab, ch, sec, op, rd, mt) in rows:
            r = dict.fromkeys(COLS, "")
            amount = f"{mt:.2f}".replace(".", dec)
            r.update(BGT_NATDEC=natdec, BGT_ANNEE=annee, BGT_SIRET=SIRET, BGT_NOM=NOM, BGT_CONTNAT=acc,
                     BGT_CONTNAT_LABEL=lab, BGT_NATURE=ch, BGT_NATURE_LABEL=CH[ch], BGT_SECTION=SEC[sec],
                     BGT_OPBUDG=op, BGT_CODRD=rd, BGT_ARTSPE="non spécialisé")
            r[col_amount] = amount
            w.writerow([r[c] for c in COLS])


if __name__ == "__main__":
    write("files/budget-primitif-2026.csv", "budget primitif", "2026", BP2026, "BGT_MTPREV", ".", "utf-8")
    write("files/compte-administratif-2025.csv", "compte administratif", "2025", CA2025, "BGT_MTREAL", ",", "utf-8-sig")
    print(len(BP2026), "lignes BP 2026,", len(CA2025), "lignes CA 2025")
