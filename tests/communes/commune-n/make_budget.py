"""Génère les deux budgets SCDL 0.8.3 (M57) d'Auberchies-les-Mines : CA 2025 puis BP 2026.

Le BP 2026 reprend les résultats du CA 2025 (002, 001, 1068) ; le virement 023/021 équilibre la section
de fonctionnement, le compte 2313 la section d'investissement. Lancer : python make_budget.py
"""
import csv
from decimal import Decimal as D
from pathlib import Path

SIRET = "21599970000016"
NOM = "Budget principal Auberchies-les-Mines"
CHAP = {
    "011": "Charges à caractère général", "012": "Charges de personnel et frais assimilés",
    "65": "Autres charges de gestion courante", "66": "Charges financières", "67": "Charges spécifiques",
    "023": "Virement à la section d'investissement", "042": "Opérations d'ordre de transfert entre sections",
    "002": "Résultat de fonctionnement reporté", "013": "Atténuations de charges",
    "70": "Produits des services, du domaine et ventes diverses", "731": "Fiscalité locale",
    "74": "Dotations et participations", "75": "Autres produits de gestion courante",
    "16": "Emprunts et dettes assimilées", "20": "Immobilisations incorporelles (sauf 204)",
    "21": "Immobilisations corporelles", "23": "Immobilisations en cours",
    "001": "Solde d'exécution de la section d'investissement reporté",
    "10": "Dotations, fonds divers et réserves", "13": "Subventions d'investissement",
    "024": "Produits des cessions d'immobilisations", "021": "Virement de la section de fonctionnement",
    "040": "Opérations d'ordre de transfert entre sections",
}
# nature: (chapitre, libellé)
NAT = {
    "60611": ("011", "Eau et assainissement"), "60612": ("011", "Énergie - Électricité"),
    "60621": ("011", "Combustibles"), "60623": ("011", "Alimentation"),
    "6063": ("011", "Fournitures d'entretien et de petit équipement"), "6068": ("011", "Autres matières et fournitures"),
    "611": ("011", "Contrats de prestations de services"), "615221": ("011", "Entretien et réparations bâtiments publics"),
    "6156": ("011", "Maintenance"), "616": ("011", "Primes d'assurances"), "6232": ("011", "Fêtes et cérémonies"),
    "6262": ("011", "Frais de télécommunications"),
    "64111": ("012", "Rémunération principale - personnel titulaire"),
    "64131": ("012", "Rémunérations - personnel non titulaire"), "6451": ("012", "Cotisations à l'URSSAF"),
    "6453": ("012", "Cotisations aux caisses de retraite"), "6455": ("012", "Cotisations pour assurance du personnel"),
    "6531": ("65", "Indemnités des élus"), "6533": ("65", "Cotisations de retraite des élus"),
    "6553": ("65", "Service d'incendie"), "657362": ("65", "Subvention de fonctionnement au CCAS"),
    "6574": ("65", "Subventions de fonctionnement aux associations et autres personnes de droit privé"),
    "66111": ("66", "Intérêts réglés à l'échéance"), "673": ("67", "Titres annulés (sur exercices antérieurs)"),
    "023": ("023", "Virement à la section d'investissement"), "6811": ("042", "Dotations aux amortissements des immobilisations"),
    "002": ("002", "Résultat de fonctionnement reporté"),
    "6419": ("013", "Remboursements sur rémunérations du personnel"),
    "70631": ("70", "Redevances et droits des services à caractère sportif"),
    "7067": ("70", "Redevances et droits des services périscolaires et d'enseignement"),
    "7062": ("70", "Redevances et droits des services à caractère culturel"),
    "70323": ("70", "Redevance d'occupation du domaine public communal"),
    "73111": ("731", "Impôts directs locaux"), "73211": ("731", "Attribution de compensation"),
    "7381": ("731", "Taxe additionnelle aux droits de mutation ou à la taxe de publicité foncière"),
    "7411": ("74", "Dotation forfaitaire"), "74123": ("74", "Dotation de solidarité urbaine"),
    "74121": ("74", "Dotation de solidarité rurale"), "74127": ("74", "Dotation nationale de péréquation"),
    "74718": ("74", "Autres participations de l'État"), "7478": ("74", "Participations d'autres organismes"),
    "752": ("75", "Revenus des immeubles"),
    "1641": ("16", "Emprunts en euros"), "2031": ("20", "Frais d'études"),
    "2051": ("20", "Concessions et droits similaires"), "2128": ("21", "Autres agencements et aménagements de terrains"),
    "21312": ("21", "Bâtiments scolaires"), "21318": ("21", "Autres bâtiments publics"),
    "2151": ("21", "Réseaux de voirie"), "2183": ("21", "Matériel de bureau et matériel informatique"),
    "2184": ("21", "Mobilier"), "2188": ("21", "Autres immobilisations corporelles"),
    "2313": ("23", "Constructions"), "001": ("001", "Solde d'exécution de la section d'investissement reporté"),
    "10222": ("10", "FCTVA"), "1068": ("10", "Excédents de fonctionnement capitalisés"),
    "1321": ("13", "Subventions d'équipement - État et établissements nationaux"),
    "1322": ("13", "Subventions d'équipement - Régions"), "1323": ("13", "Subventions d'équipement - Départements"),
    "024": ("024", "Produits des cessions d'immobilisations"), "021": ("021", "Virement de la section de fonctionnement"),
    "28188": ("040", "Amortissements - autres immobilisations corporelles"),
}
ORDRE = {"023", "6811", "021", "28188"}
INVEST_FIRST = ("1", "2", "0")


def section(nat):
    if nat in ("002", "023"):
        return "fonctionnement"
    if nat in ("001", "021", "024"):
        return "investissement"
    return "fonctionnement" if nat[0] in "67" else "investissement"


# (nature, sens, prévu, réalisé)  -- CA 2025
CA = [
    ("60611", "dépense", "37000", "35412.18"), ("60612", "dépense", "150000", "146873.42"),
    ("60621", "dépense", "98000", "91206.75"), ("60623", "dépense", "112000", "108947.30"),
    ("6063", "dépense", "23000", "21588.09"), ("6068", "dépense", "10500", "9874.61"),
    ("611", "dépense", "45000", "43120.00"), ("615221", "dépense", "50000", "47655.83"),
    ("6156", "dépense", "30000", "29310.40"), ("616", "dépense", "22000", "21964.52"),
    ("6232", "dépense", "26000", "24781.90"), ("6262", "dépense", "8500", "8102.37"),
    ("64111", "dépense", "795000", "788416.25"), ("64131", "dépense", "155000", "151230.68"),
    ("6451", "dépense", "165000", "161874.09"), ("6453", "dépense", "242000", "239563.77"),
    ("6455", "dépense", "28000", "27410.00"),
    ("6531", "dépense", "68400", "68400.00"), ("6533", "dépense", "4100", "3987.12"),
    ("6553", "dépense", "70200", "70200.00"), ("657362", "dépense", "35000", "35000.00"),
    ("6574", "dépense", "15500", "14650.00"), ("66111", "dépense", "31500", "31284.66"),
    ("673", "dépense", "2000", "415.20"),
    ("023", "dépense", "150000", ""), ("6811", "dépense", "60100", "60100.00"),
    ("002", "recette", "231772.41", "231772.41"),
    ("6419", "recette", "18000", "22618.40"), ("70631", "recette", "62000", "63418.50"),
    ("7067", "recette", "92000", "94215.85"), ("7062", "recette", "3000", "3087.00"),
    ("70323", "recette", "9000", "9212.40"), ("73111", "recette", "1085000", "1091482.00"),
    ("73211", "recette", "312400", "312400.00"), ("7381", "recette", "45000", "51236.92"),
    ("7411", "recette", "342100", "342127.00"), ("74123", "recette", "395000", "396842.00"),
    ("74121", "recette", "94000", "94615.00"), ("74127", "recette", "57000", "57905.00"),
    ("74718", "recette", "10000", "14250.00"), ("7478", "recette", "82000", "86420.33"),
    ("752", "recette", "24000", "24588.00"),
    ("001", "dépense", "42318.75", "42318.75"),
    ("1641", "dépense", "105000", "104862.31"), ("2031", "dépense", "20000", "12600.00"),
    ("2051", "dépense", "5000", "3948.00"), ("2128", "dépense", "25000", "18430.55"),
    ("21312", "dépense", "80000", "76214.90"), ("21318", "dépense", "40000", "31805.12"),
    ("2151", "dépense", "150000", "142687.44"), ("2183", "dépense", "10000", "8655.20"),
    ("2184", "dépense", "8000", "6120.00"), ("2188", "dépense", "12000", "11473.86"),
    ("2313", "dépense", "120000", "96540.00"),
    ("10222", "recette", "55000", "52613.00"), ("1068", "recette", "110000", "110000.00"),
    ("1321", "recette", "80000", "64000.00"), ("1322", "recette", "40000", "30000.00"),
    ("1323", "recette", "30000", "25000.00"),
    ("021", "recette", "150000", ""), ("28188", "recette", "60100", "60100.00"),
]


def real(v):
    return D(v) if v else D(0)


def results(lines):
    f = i = D(0)
    for nat, sens, prev, rea in lines:
        sgn = 1 if sens == "recette" else -1
        if section(nat) == "fonctionnement":
            f += sgn * real(rea)
        else:
            i += sgn * real(rea)
    return f, i


fonct_2025, invest_2025 = results(CA)
besoin = -invest_2025                     # déficit d'investissement à couvrir
affect_1068 = D("120000.00") if besoin <= D("120000") else besoin
r002 = fonct_2025 - affect_1068

BP = [
    ("60611", "dépense", "38500"), ("60612", "dépense", "142000"), ("60621", "dépense", "96000"),
    ("60623", "dépense", "118500"), ("6063", "dépense", "24300"), ("6068", "dépense", "11200"),
    ("611", "dépense", "46800"), ("615221", "dépense", "52000"), ("6156", "dépense", "31450"),
    ("616", "dépense", "22870"), ("6232", "dépense", "27500"), ("6262", "dépense", "8640"),
    ("64111", "dépense", "812400"), ("64131", "dépense", "146200"), ("6451", "dépense", "168350"),
    ("6453", "dépense", "247900"), ("6455", "dépense", "28600"),
    ("6531", "dépense", "68400"), ("6533", "dépense", "4100"), ("6553", "dépense", "71850"),
    ("657362", "dépense", "35000"), ("6574", "dépense", "16000"), ("66111", "dépense", "38720"),
    ("673", "dépense", "2000"), ("6811", "dépense", "64300"),
    ("002", "recette", str(r002)),
    ("6419", "recette", "18000"), ("70631", "recette", "64500"), ("7067", "recette", "96800"),
    ("7062", "recette", "3200"), ("70323", "recette", "9400"), ("73111", "recette", "1126000"),
    ("73211", "recette", "312400"), ("7381", "recette", "42000"), ("7411", "recette", "338600"),
    ("74123", "recette", "402300"), ("74121", "recette", "96400"), ("74127", "recette", "58200"),
    ("74718", "recette", "12500"), ("7478", "recette", "85000"), ("752", "recette", "24600"),
    ("001", "dépense", str(besoin)),
    ("1641", "dépense", "112600"), ("2031", "dépense", "18000"), ("2051", "dépense", "4500"),
    ("2128", "dépense", "22000"), ("21312", "dépense", "65000"), ("21318", "dépense", "48000"),
    ("2151", "dépense", "134000"), ("2183", "dépense", "9800"), ("2184", "dépense", "7200"),
    ("2188", "dépense", "15600"),
    ("10222", "recette", "58000"), ("1068", "recette", str(affect_1068)), ("1321", "recette", "126000"),
    ("1322", "recette", "60000"), ("1323", "recette", "45000"), ("1641", "recette", "350000"),
    ("024", "recette", "38000"), ("28188", "recette", "64300"),
]
# équilibre de la section de fonctionnement par le virement 023 / 021
fr = sum(D(p) for n, s, p in BP if section(n) == "fonctionnement" and s == "recette")
fd = sum(D(p) for n, s, p in BP if section(n) == "fonctionnement" and s == "dépense")
vir = fr - fd
BP.append(("023", "dépense", str(vir)))
BP.append(("021", "recette", str(vir)))
ir = sum(D(p) for n, s, p in BP if section(n) == "investissement" and s == "recette")
idp = sum(D(p) for n, s, p in BP if section(n) == "investissement" and s == "dépense")
BP.append(("2313", "dépense", str(ir - idp)))

HEADER = ["BGT_NATDEC", "BGT_ANNEE", "BGT_SIRET", "BGT_NOM", "BGT_CONTNAT", "BGT_CONTNAT_LABEL",
          "BGT_NATURE", "BGT_NATURE_LABEL", "BGT_FONCTION", "BGT_FONCTION_LABEL", "BGT_OPERATION",
          "BGT_SECTION", "BGT_OPBUDG", "BGT_CODRD", "BGT_MTREAL", "BGT_MTBUDGPREC", "BGT_MTRARPREC",
          "BGT_MTPROPNOUV", "BGT_MTPREV", "BGT_CREDOUV", "BGT_MTRAR3112", "BGT_ARTSPE"]


def row(natdec, annee, nat, sens, prev, rea):
    chap, lib = NAT[nat]
    return {"BGT_NATDEC": natdec, "BGT_ANNEE": annee, "BGT_SIRET": SIRET, "BGT_NOM": NOM,
            "BGT_CONTNAT": chap, "BGT_CONTNAT_LABEL": CHAP[chap], "BGT_NATURE": nat,
            "BGT_NATURE_LABEL": lib, "BGT_FONCTION": "", "BGT_FONCTION_LABEL": "", "BGT_OPERATION": "",
            "BGT_SECTION": section(nat), "BGT_OPBUDG": "ordre" if nat in ORDRE else "réel",
            "BGT_CODRD": sens, "BGT_MTREAL": rea, "BGT_MTBUDGPREC": "", "BGT_MTRARPREC": "",
            "BGT_MTPROPNOUV": prev if natdec == "budget primitif" else "", "BGT_MTPREV": prev,
            "BGT_CREDOUV": "", "BGT_MTRAR3112": "", "BGT_ARTSPE": ""}


out = Path(__file__).parent / "files"
with open(out / "budget-ca-2025.csv", "w", encoding="utf-8", newline="") as fh:
    w = csv.DictWriter(fh, HEADER, delimiter=";")
    w.writeheader()
    for nat, sens, prev, rea in CA:
        w.writerow(row("compte administratif", "2025", nat, sens, prev, rea))
with open(out / "budget-primitif-2026.csv", "w", encoding="utf-8", newline="") as fh:
    w = csv.DictWriter(fh, HEADER, delimiter=";")
    w.writeheader()
    for nat, sens, prev in BP:
        w.writerow(row("budget primitif", "2026", nat, sens, prev, ""))
print("CA 2025 résultats : fonctionnement", fonct_2025, "investissement", invest_2025)
print("BP 2026 : 002 =", r002, "001 =", besoin, "1068 =", affect_1068, "virement =", vir, "2313 =", ir - idp)
