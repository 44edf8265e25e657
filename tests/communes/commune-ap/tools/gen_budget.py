#!/usr/bin/env python3
"""Budget principal of Bois-Tamarin, SCDL budget 0.8.3, M57: BP 2026 and CA 2025 (one file each)."""
import csv, io, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "files")
SIRET = "21974270500018"
NOM = "BOIS-TAMARIN - BUDGET PRINCIPAL"
F, I = "fonctionnement", "investissement"
D, R = "dépense", "recette"

# chapter, chapter label, nature, nature label, section, opbudg, codrd, BP 2026 voted, CA 2025 voted, CA 2025 realised
LINES = [
 ("011", "Charges à caractère général", "60611", "Eau et assainissement", F, "réel", D, 86500, 82000, 79412.36),
 ("011", "Charges à caractère général", "60612", "Énergie - Électricité", F, "réel", D, 428600, 410000, 402317.84),
 ("011", "Charges à caractère général", "60622", "Carburants", F, "réel", D, 79800, 76000, 81264.19),
 ("011", "Charges à caractère général", "60623", "Alimentation", F, "réel", D, 312400, 298000, 291857.62),
 ("011", "Charges à caractère général", "6064", "Fournitures administratives", F, "réel", D, 22300, 21000, 18943.07),
 ("011", "Charges à caractère général", "611", "Contrats de prestations de services", F, "réel", D, 184500, 176000, 170228.45),
 ("011", "Charges à caractère général", "615221", "Entretien et réparations - bâtiments publics", F, "réel", D, 146200, 139000, 144786.31),
 ("011", "Charges à caractère général", "615231", "Entretien et réparations - voiries", F, "réel", D, 213700, 195000, 238451.90),
 ("011", "Charges à caractère général", "6161", "Primes d'assurances multirisques", F, "réel", D, 68900, 64000, 63992.00),
 ("011", "Charges à caractère général", "6232", "Fêtes et cérémonies", F, "réel", D, 96300, 92000, 94105.58),
 ("011", "Charges à caractère général", "6262", "Frais de télécommunications", F, "réel", D, 28400, 27000, 26318.44),
 ("012", "Charges de personnel et frais assimilés", "6411", "Personnel titulaire", F, "réel", D, 2853600, 2790000, 2764981.27),
 ("012", "Charges de personnel et frais assimilés", "6413", "Personnel non titulaire", F, "réel", D, 1124800, 1080000, 1096542.80),
 ("012", "Charges de personnel et frais assimilés", "6451", "Cotisations à l'URSSAF", F, "réel", D, 612300, 598000, 590117.45),
 ("012", "Charges de personnel et frais assimilés", "6453", "Cotisations aux caisses de retraite", F, "réel", D, 724100, 705000, 698204.16),
 ("65", "Autres charges de gestion courante", "6531", "Indemnités, frais de mission et de formation des élus", F, "réel", D, 148700, 142000, 139876.20),
 ("65", "Autres charges de gestion courante", "6553", "Service d'incendie", F, "réel", D, 396400, 388000, 388000.00),
 ("65", "Autres charges de gestion courante", "6574", "Subventions de fonctionnement aux associations et autres personnes de droit privé", F, "réel", D, 92500, 88000, 86750.00),
 ("66", "Charges financières", "66111", "Intérêts réglés à l'échéance", F, "réel", D, 118600, 112000, 111487.93),
 ("023", "Virement à la section d'investissement", "023", "Virement à la section d'investissement", F, "ordre", D, 435180.37, 540000, 0),
 ("042", "Opérations d'ordre de transfert entre sections", "6811", "Dotations aux amortissements des immobilisations", F, "ordre", D, 284300, 271000, 270984.55),
 # recettes de fonctionnement
 ("70", "Produits des services, du domaine et ventes diverses", "7067", "Redevances des services périscolaires et d'enseignement", F, "réel", R, 241800, 232000, 236914.50),
 ("75", "Autres produits de gestion courante", "752", "Revenus des immeubles", F, "réel", R, 18600, 17500, 19350.00),
 ("73", "Impôts et taxes", "73111", "Impôts directs locaux", F, "réel", R, 2958400, 2870000, 2893615.00),
 ("73", "Impôts et taxes", "73431", "Octroi de mer", F, "réel", R, 1652300, 1610000, 1638742.27),
 ("73", "Impôts et taxes", "73123", "Taxe additionnelle aux droits de mutation", F, "réel", R, 162000, 150000, 171208.64),
 ("74", "Dotations et participations", "7411", "Dotation globale de fonctionnement", F, "réel", R, 1984700, 1962000, 1962418.00),
 ("74", "Dotations et participations", "74121", "Dotation de solidarité rurale (quote-part outre-mer)", F, "réel", R, 820000, 805000, 811962.00),
 ("74", "Dotations et participations", "74718", "Autres participations de l'État", F, "réel", R, 121500, 118000, 126733.41),
 ("74", "Dotations et participations", "7478", "Participations d'autres organismes", F, "réel", R, 86200, 84000, 79105.00),
 ("002", "Résultat de fonctionnement reporté", "002", "Résultat de fonctionnement reporté", F, "réel", R, 412580.37, 386214.08, 386214.08),
 # dépenses d'investissement
 ("16", "Emprunts et dettes assimilées", "1641", "Emprunts en euros", I, "réel", D, 365400, 348000, 347916.28),
 ("20", "Immobilisations incorporelles", "2031", "Frais d'études", I, "réel", D, 41200, 38000, 22480.00),
 ("21", "Immobilisations corporelles", "21312", "Bâtiments scolaires", I, "réel", D, 786300, 250000, 214607.35),
 ("21", "Immobilisations corporelles", "2151", "Réseaux de voirie", I, "réel", D, 524800, 610000, 498233.70),
 ("21", "Immobilisations corporelles", "2183", "Matériel informatique", I, "réel", D, 30600, 28000, 26411.92),
 ("21", "Immobilisations corporelles", "2188", "Autres immobilisations corporelles", I, "réel", D, 65400, 60000, 54288.10),
 ("23", "Immobilisations en cours", "2315", "Installations, matériel et outillage techniques en cours", I, "réel", D, 776065.85, 300000, 112930.64),
 ("001", "Solde d'exécution de la section d'investissement reporté", "001", "Solde d'exécution de la section d'investissement reporté", I, "réel", D, 238114.52, 0, 0),
 # recettes d'investissement
 ("16", "Emprunts et dettes assimilées", "1641", "Emprunts en euros", I, "réel", R, 900000, 0, 0),
 ("10", "Dotations, fonds divers et réserves", "10222", "FCTVA", I, "réel", R, 212600, 198000, 203517.00),
 ("10", "Dotations, fonds divers et réserves", "10226", "Taxe d'aménagement", I, "réel", R, 45300, 42000, 51826.40),
 ("10", "Dotations, fonds divers et réserves", "1068", "Excédents de fonctionnement capitalisés", I, "réel", R, 500000, 420000, 420000.00),
 ("13", "Subventions d'investissement", "1321", "Subventions de l'État", I, "réel", R, 270000, 180000, 96000.00),
 ("13", "Subventions d'investissement", "1322", "Subventions de la Région", I, "réel", R, 180500, 150000, 62500.00),
 ("001", "Solde d'exécution de la section d'investissement reporté", "001", "Solde d'exécution de la section d'investissement reporté", I, "réel", R, 0, 127508.44, 127508.44),
 ("021", "Virement de la section de fonctionnement", "021", "Virement de la section de fonctionnement", I, "ordre", R, 435180.37, 540000, 0),
 ("040", "Opérations d'ordre de transfert entre sections", "28188", "Amortissements des autres immobilisations corporelles", I, "ordre", R, 284300, 271000, 270984.55),
]

HEADER = ["BGT_NATDEC", "BGT_ANNEE", "BGT_SIRET", "BGT_NOM", "BGT_CONTNAT", "BGT_CONTNAT_LABEL", "BGT_NATURE",
          "BGT_NATURE_LABEL", "BGT_FONCTION", "BGT_FONCTION_LABEL", "BGT_OPERATION", "BGT_SECTION", "BGT_OPBUDG",
          "BGT_CODRD", "BGT_MTREAL", "BGT_MTBUDGPREC", "BGT_MTRARPREC", "BGT_MTPROPNOUV", "BGT_MTPREV", "BGT_CREDOUV",
          "BGT_MTRAR3112", "BGT_ARTSPE"]


def fmt_point(x):
    return f"{x:.2f}"


def fmt_comma(x):
    return f"{x:.2f}".replace(".", ",")


def write(name, rows, bom):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(HEADER)
    w.writerows(rows)
    with open(os.path.join(OUT, name), "wb") as f:
        if bom:
            f.write(b"\xef\xbb\xbf")
        f.write(buf.getvalue().encode("utf-8"))


def main():
    bp, ca = [], []
    for (ch, chl, nat, natl, sec, op, rd, bp26, ca_prev, ca_real) in LINES:
        if bp26:
            bp.append(["Budget primitif", "2026", SIRET, NOM, ch, chl, nat, natl, "", "", "", sec, op, rd,
                       "", "", "", fmt_point(bp26), fmt_point(bp26), fmt_point(bp26), "", "non spécialisé"])
        if ca_prev or ca_real:
            ca.append(["Compte administratif", "2025", SIRET, NOM, ch, chl, nat, natl, "", "", "", sec, op, rd,
                       fmt_comma(ca_real), "", "", "", fmt_comma(ca_prev), fmt_comma(ca_prev), "0,00", "non spécialisé"])
    write("budget-primitif-2026-budget-principal.csv", bp, bom=True)
    write("compte-administratif-2025-budget-principal.csv", ca, bom=False)


if __name__ == "__main__":
    main()
