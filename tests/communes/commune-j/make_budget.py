"""Écrit les deux documents budgétaires SCDL 0.8.3 du budget principal de Lindenheim (fictifs) :
files/budget_primitif_2026.csv (BP 2026, montants votés BGT_MTPREV, décimales avec un point) et
files/compte_administratif_2025.csv (CA 2025, BGT_MTPREV et montants réalisés BGT_MTREAL, décimales avec une virgule).
Lancer : python make_budget.py, puis python expected_budget.py pour les montants attendus.
"""
import csv
from decimal import Decimal as D
from pathlib import Path

FILES = Path(__file__).resolve().parent / "files"
SIRET = "21670599400017"
NOM = "Lindenheim - budget principal"

CHAP = {
    "011": "Charges à caractère général", "012": "Charges de personnel et frais assimilés",
    "014": "Atténuations de produits", "65": "Autres charges de gestion courante", "66": "Charges financières",
    "67": "Charges spécifiques", "023": "Virement à la section d'investissement",
    "042": "Opérations d'ordre de transfert entre sections", "013": "Atténuations de charges",
    "70": "Produits des services, du domaine et ventes diverses", "73": "Impôts et taxes",
    "731": "Fiscalité locale", "74": "Dotations et participations", "75": "Autres produits de gestion courante",
    "002": "Résultat de fonctionnement reporté", "001": "Solde d'exécution de la section d'investissement reporté",
    "10": "Dotations, fonds divers et réserves", "13": "Subventions d'investissement",
    "16": "Emprunts et dettes assimilées", "20": "Immobilisations incorporelles",
    "204": "Subventions d'équipement versées", "21": "Immobilisations corporelles", "23": "Immobilisations en cours",
    "021": "Virement de la section de fonctionnement", "040": "Opérations d'ordre de transfert entre sections",
}

F, I = "fonctionnement", "investissement"
DEP, REC = "dépense", "recette"
R, O = "réel", "ordre"

# (section, codrd, opbudg, chapitre, compte, libellé, BP 2026 prévu, CA 2025 prévu, CA 2025 réalisé)
LINES = [
    (F, DEP, R, "011", "60611", "Eau et assainissement", "18500", "17000", "16384.20"),
    (F, DEP, R, "011", "60612", "Énergie - électricité", "142000", "150000", "131842.37"),
    (F, DEP, R, "011", "60621", "Combustibles", "38000", "40000", "35917.08"),
    (F, DEP, R, "011", "60622", "Carburants", "9500", "9000", "8466.51"),
    (F, DEP, R, "011", "60632", "Fournitures de petit équipement", "24000", "22000", "19730.64"),
    (F, DEP, R, "011", "6068", "Autres matières et fournitures", "15800", "15000", "14206.90"),
    (F, DEP, R, "011", "611", "Contrats de prestations de services", "86300", "82000", "79453.12"),
    (F, DEP, R, "011", "615221", "Entretien et réparations - bâtiments publics", "45000", "40000", "43118.45"),
    (F, DEP, R, "011", "615231", "Entretien et réparations - voiries", "62500", "55000", "51207.80"),
    (F, DEP, R, "011", "6156", "Maintenance", "21400", "20000", "19876.33"),
    (F, DEP, R, "011", "616", "Primes d'assurances", "19850", "19000", "18942.17"),
    (F, DEP, R, "011", "6232", "Fêtes et cérémonies", "22000", "20000", "21385.60"),
    (F, DEP, R, "011", "6262", "Frais de télécommunications", "7200", "7000", "6581.24"),
    (F, DEP, R, "012", "6411", "Personnel titulaire", "612000", "590000", "587412.66"),
    (F, DEP, R, "012", "6413", "Personnel non titulaire", "148500", "140000", "143905.28"),
    (F, DEP, R, "012", "6451", "Cotisations à l'URSSAF", "96400", "93000", "92118.74"),
    (F, DEP, R, "012", "6453", "Cotisations aux caisses de retraite", "182300", "176000", "174260.39"),
    (F, DEP, R, "012", "6455", "Cotisations pour assurance du personnel", "28600", "27000", "26874.00"),
    (F, DEP, R, "012", "6475", "Médecine du travail, pharmacie", "3200", "3000", "2745.50"),
    (F, DEP, R, "014", "739223", "Fonds de péréquation des ressources communales et intercommunales", "12400", "12000", "11986.00"),
    (F, DEP, R, "65", "6531", "Indemnités des élus", "58200", "57000", "56934.72"),
    (F, DEP, R, "65", "6533", "Cotisations de retraite des élus", "3900", "3800", "3702.15"),
    (F, DEP, R, "65", "6553", "Service d'incendie", "61700", "60000", "59840.00"),
    (F, DEP, R, "65", "6558", "Autres contributions obligatoires", "24300", "23000", "22615.48"),
    (F, DEP, R, "65", "6574", "Subventions de fonctionnement aux associations et autres personnes de droit privé", "48500", "46000", "45700.00"),
    (F, DEP, R, "66", "66111", "Intérêts réglés à l'échéance", "31420.55", "34500", "34187.92"),
    (F, DEP, R, "67", "673", "Titres annulés (sur exercices antérieurs)", "2000", "2000", "612.40"),
    (F, DEP, O, "023", "023", "Virement à la section d'investissement", "BAL_F", "265000", ""),
    (F, DEP, O, "042", "6811", "Dotations aux amortissements des immobilisations", "84600", "81200", "81200.00"),
    (F, REC, R, "013", "6419", "Remboursements sur rémunérations du personnel", "12000", "15000", "17436.85"),
    (F, REC, R, "70", "70311", "Concessions dans les cimetières", "6500", "5500", "6120.00"),
    (F, REC, R, "70", "70631", "Redevances et droits des services à caractère sportif", "96500", "92000", "94388.60"),
    (F, REC, R, "70", "7067", "Redevances et droits des services périscolaires et d'enseignement", "184000", "176000", "181247.35"),
    (F, REC, R, "731", "73111", "Impôts directs locaux", "1186400", "1152000", "1158963.00"),
    (F, REC, R, "73", "7336", "Droits de place", "8200", "7800", "7944.50"),
    (F, REC, R, "73", "7381", "Taxe additionnelle aux droits de mutation", "68000", "70000", "74512.81"),
    (F, REC, R, "74", "7411", "Dotation forfaitaire", "312500", "309000", "309874.00"),
    (F, REC, R, "74", "74121", "Dotation de solidarité rurale", "58300", "56000", "57216.00"),
    (F, REC, R, "74", "7478", "Participations - autres organismes", "92000", "88000", "90435.27"),
    (F, REC, R, "75", "752", "Revenus des immeubles", "42600", "41000", "41860.00"),
    (F, REC, R, "002", "002", "Résultat de fonctionnement reporté", "412350.18", "551759.45", ""),
    (F, REC, O, "042", "777", "Quote-part des subventions d'investissement transférées au compte de résultat", "12300", "11800", "11800.00"),
    (I, DEP, R, "16", "1641", "Emprunts en euros", "118700", "112500", "112486.19"),
    (I, DEP, R, "20", "2031", "Frais d'études", "25000", "18000", "14760.00"),
    (I, DEP, R, "20", "202", "Frais liés à la réalisation des documents d'urbanisme", "12000", "10000", "8340.00"),
    (I, DEP, R, "204", "2041582", "Subventions d'équipement - autres groupements : bâtiments et installations", "30000", "20000", "20000.00"),
    (I, DEP, R, "21", "2111", "Terrains nus", "18400", "0", "0"),
    (I, DEP, R, "21", "2128", "Autres agencements et aménagements de terrains", "45000", "38000", "31277.46"),
    (I, DEP, R, "21", "21318", "Autres bâtiments publics", "210000", "145000", "128933.71"),
    (I, DEP, R, "21", "2152", "Installations de voirie", "64000", "72000", "69518.04"),
    (I, DEP, R, "21", "2183", "Matériel de bureau et matériel informatique", "9500", "8000", "7412.88"),
    (I, DEP, R, "21", "2184", "Mobilier", "7800", "6000", "5893.20"),
    (I, DEP, R, "21", "2188", "Autres immobilisations corporelles", "22000", "25000", "23614.90"),
    (I, DEP, R, "23", "2313", "Constructions", "480000", "320000", "287406.55"),
    (I, DEP, R, "23", "2315", "Installations, matériel et outillage techniques", "343200", "60000", "41820.00"),
    (I, DEP, R, "001", "001", "Solde d'exécution de la section d'investissement reporté", "86240.55", "", ""),
    (I, DEP, O, "040", "13911", "Subventions d'équipement transférées au compte de résultat - État", "12300", "11800", "11800.00"),
    (I, REC, R, "10", "10222", "FCTVA", "96000", "84000", "86115.00"),
    (I, REC, R, "10", "10226", "Taxe d'aménagement", "22000", "20000", "23684.12"),
    (I, REC, R, "10", "1068", "Excédents de fonctionnement capitalisés", "380000", "300000", "300000.00"),
    (I, REC, R, "13", "1321", "Subventions d'équipement - État et établissements nationaux", "114400", "40000", "38500.00"),
    (I, REC, R, "13", "1322", "Subventions d'équipement - Régions", "60000", "25000", "25000.00"),
    (I, REC, R, "13", "1323", "Subventions d'équipement - Départements", "85000", "45000", "45000.00"),
    (I, REC, R, "16", "1641", "Emprunts en euros", "BAL_I", "150000", "150000.00"),
    (I, REC, O, "021", "021", "Virement de la section de fonctionnement", "BAL_F", "265000", ""),
    (I, REC, O, "040", "28031", "Amortissements des frais d'études", "8600", "8200", "8200.00"),
    (I, REC, O, "040", "28188", "Amortissements des autres immobilisations corporelles", "76000", "73000", "73000.00"),
]

HEADER = ["BGT_NATDEC", "BGT_ANNEE", "BGT_SIRET", "BGT_NOM", "BGT_CONTNAT", "BGT_CONTNAT_LABEL", "BGT_NATURE",
          "BGT_NATURE_LABEL", "BGT_FONCTION", "BGT_FONCTION_LABEL", "BGT_OPERATION", "BGT_SECTION", "BGT_OPBUDG",
          "BGT_CODRD", "BGT_MTREAL", "BGT_MTBUDGPREC", "BGT_MTRARPREC", "BGT_MTPROPNOUV", "BGT_MTPREV",
          "BGT_CREDOUV", "BGT_MTRAR3112", "BGT_ARTSPE"]


def bp_amounts():
    """Montants du BP 2026 ; 023/021 et l'emprunt 1641 équilibrent les deux sections."""
    prev = {}
    for ln in LINES:
        if ln[6] not in ("BAL_F", "BAL_I"):
            prev[(ln[0], ln[1], ln[4])] = D(ln[6])
    rec_f = sum(v for (s, c, _), v in prev.items() if s == F and c == REC)
    dep_f = sum(v for (s, c, _), v in prev.items() if s == F and c == DEP)
    vir = rec_f - dep_f
    prev[(F, DEP, "023")] = vir
    prev[(I, REC, "021")] = vir
    rec_i = sum(v for (s, c, _), v in prev.items() if s == I and c == REC)
    dep_i = sum(v for (s, c, _), v in prev.items() if s == I and c == DEP)
    prev[(I, REC, "1641")] = dep_i - rec_i
    return prev


def main():
    prev = bp_amounts()
    with open(FILES / "budget_primitif_2026.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(HEADER)
        for s, c, o, ch, acc, lab, *_ in LINES:
            w.writerow(["budget primitif", "2026", SIRET, NOM, ch, CHAP[ch], acc, lab, "", "", "", s, o, c,
                        "", "", "", "", str(prev[(s, c, acc)]), "", "", "non spécialisé"])

    def fr(x):
        return x.replace(".", ",") if x else ""

    with open(FILES / "compte_administratif_2025.csv", "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        w.writerow(HEADER)
        for s, c, o, ch, acc, lab, _bp, ca_prev, ca_real in LINES:
            if ca_prev == "" and ca_real == "":
                continue
            w.writerow(["compte administratif", "2025", SIRET, NOM, ch, CHAP[ch], acc, lab, "", "", "", s, o, c,
                        fr(ca_real), "", "", "", fr(ca_prev), fr(ca_prev), "", "non spécialisé"])
    print("023/021 =", prev[(F, DEP, "023")], " emprunt 1641 =", prev[(I, REC, "1641")])


if __name__ == "__main__":
    main()
