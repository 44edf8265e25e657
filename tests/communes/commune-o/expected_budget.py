"""Budgets de Clessange-la-Côte : écrit les deux CSV SCDL 0.8.3 et calcule les montants attendus.

- files/budget-ca-2025-m14.csv : compte administratif 2025, nomenclature M14 (dernier exercice en M14),
  UTF-8, « ; », montants à virgule. BGT_MTPREV (crédits votés) et BGT_MTREAL (réalisé) sont remplis :
  pour un CA, c'est BGT_MTREAL qui compte.
- files/budget-bp-2026-m57.csv : budget primitif 2026, M57 abrégée (passage au 1er janvier 2026),
  UTF-8, « , », montants à point. Seul BGT_MTPREV est rempli.

FORMATS §5 : seules les lignes « réel » comptent ; jamais BP + CA ensemble ; 001/002 à part.
Usage : python expected_budget.py        (réécrit les CSV et imprime les montants attendus)
"""
import csv
import io
from decimal import Decimal as D
from pathlib import Path

FILES = Path(__file__).parent / "files"
SIRET = "21219970000015"
NOM = "Clessange-la-Côte"

# (section, codrd, opbudg, chapitre, nature, libellé, mtprev, mtreal)
CA_2025 = [
    # fonctionnement - dépenses réelles
    ("fonctionnement", "dépense", "réel", "011", "60611", "Eau et assainissement", "3500", "3412.50"),
    ("fonctionnement", "dépense", "réel", "011", "60612", "Énergie - Électricité", "29500", "28764.18"),
    ("fonctionnement", "dépense", "réel", "011", "60622", "Carburants", "4500", "4105.36"),
    ("fonctionnement", "dépense", "réel", "011", "60632", "Fournitures de petit équipement", "7000", "6218.90"),
    ("fonctionnement", "dépense", "réel", "011", "6064", "Fournitures administratives", "1800", "1587.42"),
    ("fonctionnement", "dépense", "réel", "011", "615221", "Entretien et réparations bâtiments publics", "16000", "14930.00"),
    ("fonctionnement", "dépense", "réel", "011", "615231", "Entretien et réparations voiries", "22000", "21457.65"),
    ("fonctionnement", "dépense", "réel", "011", "6156", "Maintenance", "6000", "5832.10"),
    ("fonctionnement", "dépense", "réel", "011", "6161", "Multirisques", "7500", "7264.88"),
    ("fonctionnement", "dépense", "réel", "011", "6232", "Fêtes et cérémonies", "5000", "4870.55"),
    ("fonctionnement", "dépense", "réel", "011", "6262", "Frais de télécommunications", "2300", "2145.30"),
    ("fonctionnement", "dépense", "réel", "011", "6281", "Concours divers (cotisations)", "1300", "1210.00"),
    ("fonctionnement", "dépense", "réel", "012", "6411", "Personnel titulaire", "100000", "98640.22"),
    ("fonctionnement", "dépense", "réel", "012", "6413", "Personnel non titulaire", "19000", "18420.00"),
    ("fonctionnement", "dépense", "réel", "012", "6451", "Cotisations à l'U.R.S.S.A.F.", "23000", "22315.47"),
    ("fonctionnement", "dépense", "réel", "012", "6453", "Cotisations aux caisses de retraite", "28500", "27904.61"),
    ("fonctionnement", "dépense", "réel", "012", "6475", "Médecine du travail, pharmacie", "700", "640.00"),
    ("fonctionnement", "dépense", "réel", "65", "6531", "Indemnités", "24500", "24310.80"),
    ("fonctionnement", "dépense", "réel", "65", "6533", "Cotisations de retraite", "1200", "1120.44"),
    ("fonctionnement", "dépense", "réel", "65", "6553", "Service d'incendie", "19000", "18962.00"),
    ("fonctionnement", "dépense", "réel", "65", "6554", "Contributions aux organismes de regroupement", "12400", "12400.00"),
    ("fonctionnement", "dépense", "réel", "65", "6574", "Subventions de fonctionnement aux associations et autres personnes de droit privé", "7000", "6850.00"),
    ("fonctionnement", "dépense", "réel", "66", "66111", "Intérêts réglés à l'échéance", "4100", "3985.27"),
    # fonctionnement - dépenses d'ordre
    ("fonctionnement", "dépense", "ordre", "023", "023", "Virement à la section d'investissement", "55000", ""),
    ("fonctionnement", "dépense", "ordre", "042", "6811", "Dotations aux amortissements des immobilisations incorporelles et corporelles", "9420", "9420.00"),
    # fonctionnement - recettes réelles
    ("fonctionnement", "recette", "réel", "70", "70311", "Concessions dans les cimetières (produit net)", "1500", "1650.00"),
    ("fonctionnement", "recette", "réel", "70", "7067", "Redevances et droits des services périscolaires et d'enseignement", "9000", "8940.50"),
    ("fonctionnement", "recette", "réel", "70", "70878", "Remboursements de frais par d'autres redevables", "2000", "2300.00"),
    ("fonctionnement", "recette", "réel", "73", "7311", "Contributions directes", "185000", "186420.00"),
    ("fonctionnement", "recette", "réel", "73", "7321", "Attribution de compensation", "21030", "21030.00"),
    ("fonctionnement", "recette", "réel", "73", "7381", "Taxe additionnelle aux droits de mutation ou à la taxe de publicité foncière", "12000", "14215.62"),
    ("fonctionnement", "recette", "réel", "74", "7411", "Dotation forfaitaire", "72600", "72614.00"),
    ("fonctionnement", "recette", "réel", "74", "74121", "Dotation de solidarité rurale", "19800", "19873.00"),
    ("fonctionnement", "recette", "réel", "74", "74127", "Dotation nationale de péréquation", "6800", "6842.00"),
    ("fonctionnement", "recette", "réel", "74", "7473", "Départements", "3500", "3500.00"),
    ("fonctionnement", "recette", "réel", "75", "752", "Revenus des immeubles", "23000", "23480.00"),
    ("fonctionnement", "recette", "réel", "77", "7788", "Produits exceptionnels divers", "0", "1215.40"),
    # résultat reporté (voté au BP 2025, pas une recette de l'année)
    ("fonctionnement", "recette", "réel", "002", "002", "Résultat de fonctionnement reporté", "95000", ""),
    # investissement - dépenses réelles
    ("investissement", "dépense", "réel", "16", "1641", "Emprunts en euros", "18700", "18640.35"),
    ("investissement", "dépense", "réel", "20", "202", "Frais liés à la réalisation des documents d'urbanisme", "5000", "4800.00"),
    ("investissement", "dépense", "réel", "21", "2128", "Autres agencements et aménagements de terrains", "14000", "12350.00"),
    ("investissement", "dépense", "réel", "21", "21311", "Hôtel de ville", "20000", "18925.40"),
    ("investissement", "dépense", "réel", "21", "2151", "Réseaux de voirie", "50000", "46780.20"),
    ("investissement", "dépense", "réel", "21", "2183", "Matériel de bureau et matériel informatique", "2500", "2390.00"),
    ("investissement", "dépense", "réel", "21", "2188", "Autres immobilisations corporelles", "6000", "5612.75"),
    ("investissement", "dépense", "réel", "001", "001", "Solde d'exécution de la section d'investissement reporté", "21340.18", ""),
    # investissement - recettes réelles
    ("investissement", "recette", "réel", "10", "10222", "F.C.T.V.A.", "11800", "11846.00"),
    ("investissement", "recette", "réel", "10", "10226", "Taxe d'aménagement", "3000", "3210.55"),
    ("investissement", "recette", "réel", "10", "1068", "Excédents de fonctionnement capitalisés", "40000", "40000.00"),
    ("investissement", "recette", "réel", "13", "1323", "Départements", "12500", "12500.00"),
    ("investissement", "recette", "réel", "13", "1341", "Dotation d'équipement des territoires ruraux", "15600", "15600.00"),
    # investissement - recettes d'ordre
    ("investissement", "recette", "ordre", "021", "021", "Virement de la section de fonctionnement", "55000", ""),
    ("investissement", "recette", "ordre", "040", "28188", "Autres immobilisations corporelles", "9420", "9420.00"),
]

BP_2026 = [
    ("fonctionnement", "dépense", "réel", "011", "60611", "Eau et assainissement", "3600", ""),
    ("fonctionnement", "dépense", "réel", "011", "60612", "Énergie - Électricité", "31000", ""),
    ("fonctionnement", "dépense", "réel", "011", "60622", "Carburants", "4500", ""),
    ("fonctionnement", "dépense", "réel", "011", "60632", "Fournitures de petit équipement", "6000", ""),
    ("fonctionnement", "dépense", "réel", "011", "6064", "Fournitures administratives", "1600", ""),
    ("fonctionnement", "dépense", "réel", "011", "615221", "Entretien et réparations bâtiments publics", "16000", ""),
    ("fonctionnement", "dépense", "réel", "011", "615231", "Entretien et réparations voiries", "24000", ""),
    ("fonctionnement", "dépense", "réel", "011", "6156", "Maintenance", "6200", ""),
    ("fonctionnement", "dépense", "réel", "011", "6161", "Multirisques", "7600", ""),
    ("fonctionnement", "dépense", "réel", "011", "6232", "Fêtes et cérémonies", "5500", ""),
    ("fonctionnement", "dépense", "réel", "011", "6262", "Frais de télécommunications", "2200", ""),
    ("fonctionnement", "dépense", "réel", "011", "6281", "Concours divers (cotisations)", "1300", ""),
    ("fonctionnement", "dépense", "réel", "012", "6411", "Personnel titulaire", "101500", ""),
    ("fonctionnement", "dépense", "réel", "012", "6413", "Personnel contractuel", "19000", ""),
    ("fonctionnement", "dépense", "réel", "012", "6451", "Cotisations à l'URSSAF", "23400", ""),
    ("fonctionnement", "dépense", "réel", "012", "6453", "Cotisations aux caisses de retraite", "28800", ""),
    ("fonctionnement", "dépense", "réel", "012", "6475", "Médecine du travail, pharmacie", "700", ""),
    ("fonctionnement", "dépense", "réel", "65", "6531", "Indemnités", "24800", ""),
    ("fonctionnement", "dépense", "réel", "65", "6533", "Cotisations de retraite", "1150", ""),
    ("fonctionnement", "dépense", "réel", "65", "6553", "Service d'incendie", "19400", ""),
    ("fonctionnement", "dépense", "réel", "65", "65548", "Autres contributions", "12800", ""),
    ("fonctionnement", "dépense", "réel", "65", "65748", "Subventions de fonctionnement aux autres personnes de droit privé", "7500", ""),
    ("fonctionnement", "dépense", "réel", "66", "66111", "Intérêts réglés à l'échéance", "3700", ""),
    ("fonctionnement", "dépense", "ordre", "023", "023", "Virement à la section d'investissement", "62000", ""),
    ("fonctionnement", "dépense", "ordre", "042", "6811", "Dotations aux amortissements des immobilisations incorporelles et corporelles", "9600", ""),
    ("fonctionnement", "recette", "réel", "70", "70311", "Concessions dans les cimetières (produit net)", "1500", ""),
    ("fonctionnement", "recette", "réel", "70", "7067", "Redevances et droits des services périscolaires et d'enseignement", "9000", ""),
    ("fonctionnement", "recette", "réel", "70", "70878", "Remboursements de frais par d'autres redevables", "2000", ""),
    ("fonctionnement", "recette", "réel", "731", "73111", "Impôts directs locaux", "192000", ""),
    ("fonctionnement", "recette", "réel", "731", "73211", "Attribution de compensation", "21030", ""),
    ("fonctionnement", "recette", "réel", "731", "7381", "Taxe additionnelle aux droits de mutation ou à la taxe de publicité foncière", "13000", ""),
    ("fonctionnement", "recette", "réel", "74", "7411", "Dotation forfaitaire", "73100", ""),
    ("fonctionnement", "recette", "réel", "74", "74121", "Dotation de solidarité rurale", "20100", ""),
    ("fonctionnement", "recette", "réel", "74", "74127", "Dotation nationale de péréquation", "6900", ""),
    ("fonctionnement", "recette", "réel", "74", "7473", "Départements", "3000", ""),
    ("fonctionnement", "recette", "réel", "75", "752", "Revenus des immeubles", "24000", ""),
    ("fonctionnement", "recette", "réel", "002", "002", "Résultat de fonctionnement reporté (excédent ou déficit)", "88764.53", ""),
    ("investissement", "dépense", "réel", "16", "1641", "Emprunts en euros", "19200", ""),
    ("investissement", "dépense", "réel", "20", "2031", "Frais d'études", "6000", ""),
    ("investissement", "dépense", "réel", "21", "2111", "Terrains nus", "9500", ""),
    ("investissement", "dépense", "réel", "21", "21311", "Hôtel de ville", "12000", ""),
    ("investissement", "dépense", "réel", "21", "2151", "Réseaux de voirie", "72000", ""),
    ("investissement", "dépense", "réel", "21", "2183", "Matériel informatique", "1500", ""),
    ("investissement", "dépense", "réel", "21", "2188", "Autres immobilisations corporelles", "8000", ""),
    ("investissement", "dépense", "réel", "001", "001", "Solde d'exécution de la section d'investissement reporté", "14530.64", ""),
    ("investissement", "recette", "réel", "10", "10222", "FCTVA", "12400", ""),
    ("investissement", "recette", "réel", "10", "10226", "Taxe d'aménagement", "2500", ""),
    ("investissement", "recette", "réel", "10", "1068", "Excédents de fonctionnement capitalisés", "35000", ""),
    ("investissement", "recette", "réel", "13", "1323", "Départements", "10000", ""),
    ("investissement", "recette", "réel", "13", "1341", "Dotation d'équipement des territoires ruraux (DETR)", "25920", ""),
    ("investissement", "recette", "ordre", "021", "021", "Virement de la section de fonctionnement", "62000", ""),
    ("investissement", "recette", "ordre", "040", "28188", "Autres immobilisations corporelles", "9600", ""),
]

CHAP_LABELS = {
    "011": "Charges à caractère général", "012": "Charges de personnel et frais assimilés",
    "65": "Autres charges de gestion courante", "66": "Charges financières",
    "023": "Virement à la section d'investissement", "042": "Opérations d'ordre de transfert entre sections",
    "70": "Produits des services, du domaine et ventes diverses", "73": "Impôts et taxes", "731": "Fiscalité locale",
    "74": "Dotations et participations", "75": "Autres produits de gestion courante", "77": "Produits exceptionnels",
    "002": "Résultat de fonctionnement reporté", "001": "Solde d'exécution de la section d'investissement reporté",
    "16": "Emprunts et dettes assimilées", "20": "Immobilisations incorporelles", "21": "Immobilisations corporelles",
    "10": "Dotations, fonds divers et réserves", "13": "Subventions d'investissement",
    "021": "Virement de la section de fonctionnement", "040": "Opérations d'ordre de transfert entre sections",
}

HEADER = ["BGT_NATDEC", "BGT_ANNEE", "BGT_SIRET", "BGT_NOM", "BGT_CONTNAT", "BGT_CONTNAT_LABEL", "BGT_NATURE",
          "BGT_NATURE_LABEL", "BGT_FONCTION", "BGT_FONCTION_LABEL", "BGT_OPERATION", "BGT_SECTION", "BGT_OPBUDG",
          "BGT_CODRD", "BGT_MTREAL", "BGT_MTBUDGPREC", "BGT_MTRARPREC", "BGT_MTPROPNOUV", "BGT_MTPREV",
          "BGT_CREDOUV", "BGT_MTRAR3112", "BGT_ARTSPE"]


def write(name, natdec, annee, lines, delimiter, comma):
    def num(s):
        if s == "":
            return ""
        return s.replace(".", ",") if comma else s
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    w.writerow(HEADER)
    for sec, codrd, op, chap, nat, lab, prev, real in lines:
        credouv = prev if natdec == "compte administratif" else ""
        w.writerow([natdec, annee, SIRET, NOM, chap, CHAP_LABELS[chap], nat, lab, "", "", "", sec, op, codrd,
                    num(real), "", "", "", num(prev), num(credouv), "", "non spécialisé"])
    (FILES / name).write_text(buf.getvalue(), encoding="utf-8")


def fr(x):
    x = D(x).quantize(D("0.01"))
    ent, dec = f"{x:.2f}".split(".")
    ent = f"{int(ent):,}".replace(",", " ")
    return f"{ent},{dec} €"


def total(lines, field, section=None, codrd=None, chap=None, nat=None):
    t = D(0)
    for sec, cd, op, ch, na, lab, prev, real in lines:
        if op != "réel" or ch in ("001", "002"):
            continue
        if section and sec != section or codrd and cd != codrd or chap and ch != chap or nat and na != nat:
            continue
        v = prev if field == "prev" else real
        t += D(v or "0")
    return t


def main():
    write("budget-ca-2025-m14.csv", "compte administratif", "2025", CA_2025, ";", True)
    write("budget-bp-2026-m57.csv", "budget primitif", "2026", BP_2026, ",", False)
    out = {}
    ca = lambda **k: total(CA_2025, "real", **k)
    bp = lambda **k: total(BP_2026, "prev", **k)
    out["CA 2025 012 réalisé"] = ca(chap="012")
    out["CA 2025 012 prévu (piège)"] = total(CA_2025, "prev", chap="012")
    out["BP 2026 012"] = bp(chap="012")
    out["CA 2025 011 réalisé"] = ca(chap="011")
    out["BP 2026 011"] = bp(chap="011")
    out["CA 2025 60612 réalisé"] = ca(nat="60612")
    out["BP 2026 60612"] = bp(nat="60612")
    out["CA 2025 2151 réalisé"] = ca(nat="2151")
    out["BP 2026 2151"] = bp(nat="2151")
    out["CA 2025 66111 réalisé"] = ca(nat="66111")
    out["CA 2025 7411 réalisé"] = ca(nat="7411")
    out["BP 2026 6232"] = bp(nat="6232")
    out["BP 2026 73111"] = bp(nat="73111")
    out["BP 2026 1641"] = bp(nat="1641")
    out["CA 2025 1641 réalisé"] = ca(nat="1641")
    out["CA 2025 dépenses fonct. réelles"] = ca(section="fonctionnement", codrd="dépense")
    out["CA 2025 recettes fonct. réelles (sans 002)"] = ca(section="fonctionnement", codrd="recette")
    out["CA 2025 dépenses invest. réelles (sans 001)"] = ca(section="investissement", codrd="dépense")
    out["BP 2026 dépenses fonct. réelles"] = bp(section="fonctionnement", codrd="dépense")
    out["BP 2026 recettes fonct. réelles (sans 002)"] = bp(section="fonctionnement", codrd="recette")
    out["BP 2026 dépenses invest. réelles (sans 001)"] = bp(section="investissement", codrd="dépense")
    out["BP 2026 recettes invest. réelles"] = bp(section="investissement", codrd="recette")
    out["BP 2026 chapitre 74"] = bp(chap="74")
    out["CA 2025 chapitre 74 réalisé"] = ca(chap="74")
    out["BP 2026 chapitre 21"] = bp(chap="21")
    out["BP 2026 002 reporté"] = D("88764.53")
    out["BP 2026 001 reporté"] = D("14530.64")
    for k, v in out.items():
        print(f"{k:45s} {fr(v)}")
    return {k: fr(v) for k, v in out.items()}


if __name__ == "__main__":
    main()
