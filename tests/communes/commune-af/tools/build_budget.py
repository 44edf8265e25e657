"""Builds the two budget files of La Brévière-sur-Cens (BP 2026, CA 2025) and prints the totals
quoted in questions.yml. Written by the blind helper session; reads nothing of Clocher."""
from decimal import Decimal as D
from pathlib import Path

SIRET = "21440987700013"
NOM = "COMMUNE DE LA BREVIERE-SUR-CENS"
OUT = Path(__file__).resolve().parent.parent / "files"

CHAP = {
    "011": "Charges à caractère général", "012": "Charges de personnel et frais assimilés",
    "013": "Atténuations de charges", "65": "Autres charges de gestion courante",
    "66": "Charges financières", "67": "Charges spécifiques", "70": "Produits des services, du domaine et ventes diverses",
    "731": "Fiscalité locale", "73": "Impôts et taxes", "74": "Dotations et participations",
    "75": "Autres produits de gestion courante", "023": "Virement à la section d'investissement",
    "042": "Opérations d'ordre de transfert entre sections", "021": "Virement de la section de fonctionnement",
    "040": "Opérations d'ordre de transfert entre sections", "10": "Dotations, fonds divers et réserves",
    "13": "Subventions d'investissement", "16": "Emprunts et dettes assimilées", "20": "Immobilisations incorporelles",
    "21": "Immobilisations corporelles", "23": "Immobilisations en cours", "024": "Produits des cessions d'immobilisations",
    "001": "", "002": "",
}

# (chapitre, nature, libellé, section, opbudg, sens, BP 2026 prévu, CA 2025 crédits ouverts, CA 2025 réalisé)
F, I, R, O = "fonctionnement", "investissement", "réel", "ordre"
DEP, REC = "dépense", "recette"
LINES = [
    # --- fonctionnement, dépenses réelles
    ("011", "60611", "Eau et assainissement", F, R, DEP, "38000", "36000", "33412.57"),
    ("011", "60612", "Énergie - Électricité", F, R, DEP, "165000", "172000", "158236.41"),
    ("011", "60622", "Carburants", F, R, DEP, "22000", "21000", "19874.06"),
    ("011", "60623", "Alimentation", F, R, DEP, "185000", "178000", "176508.93"),
    ("011", "60632", "Fournitures de petit équipement", F, R, DEP, "36000", "34000", "29711.20"),
    ("011", "6064", "Fournitures administratives", F, R, DEP, "9500", "9500", "8122.45"),
    ("011", "6067", "Fournitures scolaires", F, R, DEP, "24000", "23000", "22486.70"),
    ("011", "611", "Contrats de prestations de services", F, R, DEP, "142000", "138000", "131950.00"),
    ("011", "61521", "Terrains", F, R, DEP, "30000", "28000", "26318.84"),
    ("011", "615221", "Bâtiments publics", F, R, DEP, "78000", "70000", "64893.12"),
    ("011", "615231", "Voiries", F, R, DEP, "55000", "50000", "47602.38"),
    ("011", "6156", "Maintenance", F, R, DEP, "41000", "39000", "37214.66"),
    ("011", "6161", "Multirisques", F, R, DEP, "28500", "27000", "26877.00"),
    ("011", "623", "Publicité, publications, relations publiques", F, R, DEP, "21000", "19000", "17345.90"),
    ("011", "626", "Frais postaux et frais de télécommunications", F, R, DEP, "14500", "14000", "13206.52"),
    ("011", "6281", "Concours divers (cotisations)", F, R, DEP, "7200", "7000", "6980.00"),
    ("011", "6283", "Frais de nettoyage des locaux", F, R, DEP, "18000", "17500", "16944.28"),
    ("012", "6411", "Personnel titulaire", F, R, DEP, "1265000", "1220000", "1098452.37"),
    ("012", "6413", "Personnel non titulaire", F, R, DEP, "298000", "280000", "287615.04"),
    ("012", "6450", "Charges de sécurité sociale et de prévoyance", F, R, DEP, "552000", "535000", "488330.91"),
    ("012", "6218", "Autre personnel extérieur", F, R, DEP, "24000", "22000", "18420.00"),
    ("65", "65311", "Indemnités de fonction", F, R, DEP, "98400", "96500", "95880.16"),
    ("65", "6553", "Service d'incendie", F, R, DEP, "142600", "139800", "139800.00"),
    ("65", "6558", "Autres contributions obligatoires", F, R, DEP, "168000", "162000", "161540.00"),
    ("65", "657363", "CCAS/CIAS", F, R, DEP, "38000", "36000", "36000.00"),
    ("65", "6574", "Subventions de fonctionnement aux personnes, aux associations et aux autres organismes de droit privé", F, R, DEP, "32000", "30000", "28950.00"),
    ("65", "6541", "Créances admises en non-valeur", F, R, DEP, "1500", "1500", "612.35"),
    ("66", "66111", "Intérêts réglés à l'échéance", F, R, DEP, "71800", "58500", "58214.73"),
    # --- fonctionnement, dépenses d'ordre
    ("023", "023", "Virement à la section d'investissement", F, O, DEP, None, "380000", "0"),
    ("042", "681", "Dotations aux amortissements, aux dépréciations et aux provisions - Charges de fonctionnement", F, O, DEP, "148000", "141000", "140652.18"),
    # --- fonctionnement, recettes réelles
    ("013", "6419", "Remboursements sur rémunérations du personnel", F, R, REC, "18000", "15000", "21305.47"),
    ("70", "70311", "Concession dans les cimetières (produit net)", F, R, REC, "9000", "8000", "10240.00"),
    ("70", "7032", "Droits de permis de stationnement et de location sur la voie publique, les rivières, les ports et quais fluviaux et autres lieux publics", F, R, REC, "4500", "4200", "4386.30"),
    ("70", "7063", "Redevances et droits des services à caractère sportif et de loisirs", F, R, REC, "6000", "6000", "5412.00"),
    ("70", "7067", "Redevances et droits des services périscolaires et d'enseignement", F, R, REC, "298000", "285000", "291877.62"),
    ("70", "70388", "Autres redevances et recettes diverses", F, R, REC, "5800", "5600", "5574.00"),
    ("70", "70846", "au GFP de rattachement", F, R, REC, "22000", "21000", "21000.00"),
    ("731", "73111", "Impôts directs locaux", F, R, REC, "1986500", "1930000", "1948310.00"),
    ("73", "73211", "Attribution de compensation", F, R, REC, "286500", "286500", "286500.00"),
    ("73", "73123", "Taxe communale additionnelle aux droits de mutation ou à la taxe de publicité foncière", F, R, REC, "165000", "150000", "221291.86"),
    ("74", "74111", "Dotation forfaitaire des communes", F, R, REC, "512000", "509000", "510734.00"),
    ("74", "741121", "Dotation de solidarité rurale (DSR) des communes", F, R, REC, "118000", "112000", "115962.00"),
    ("74", "741127", "Dotation nationale de péréquation (DNP) des communes", F, R, REC, "46000", "44000", "45108.00"),
    ("74", "74718", "Autres", F, R, REC, "12000", "12000", "13650.00"),
    ("74", "7473", "Départements", F, R, REC, "15000", "15000", "15000.00"),
    ("74", "7478", "Autres organismes", F, R, REC, "182000", "185000", "201322.89"),
    ("75", "752", "Revenus des immeubles", F, R, REC, "64000", "62000", "63815.40"),
    # --- fonctionnement, recettes d'ordre
    ("042", "777", "Recettes et quote-part des subventions d'investissement transférées au compte de résultat", F, O, REC, "26000", "24000", "24318.00"),
    # --- investissement, dépenses réelles
    ("16", "1641", "Emprunts en euros", I, R, DEP, "265000", "228000", "227486.19"),
    ("16", "165", "Dépôts et cautionnements reçus", I, R, DEP, "1500", "1500", "820.00"),
    ("20", "203", "Frais d'études, de recherche et de développement et frais d'insertion", I, R, DEP, "45000", "60000", "38640.00"),
    ("20", "2051", "Concessions et droits similaires", I, R, DEP, "8000", "6000", "5436.00"),
    ("21", "212", "Agencements et aménagements de terrains", I, R, DEP, "60000", "85000", "57557.61"),
    ("21", "2131", "Bâtiments publics", I, R, DEP, "120000", "210000", "196385.27"),
    ("21", "2151", "Réseaux de voirie", I, R, DEP, "310000", "240000", "224906.83"),
    ("21", "2152", "Installations de voirie", I, R, DEP, "95000", "70000", "66112.40"),
    ("21", "2182", "Matériel de transport", I, R, DEP, "42000", "0", "0"),
    ("21", "2183", "Matériel informatique", I, R, DEP, "28000", "18000", "17215.64"),
    ("21", "2184", "Matériel de bureau et mobilier", I, R, DEP, "15000", "12000", "11876.02"),
    ("21", "2188", "Autres", I, R, DEP, "20000", "18000", "14530.75"),
    ("23", "231", "Immobilisations corporelles en cours", I, R, DEP, None, "420000", "312460.18"),
    # --- investissement, dépenses d'ordre
    ("040", "28041512", "Bâtiments et installations", I, O, DEP, None, None, None),  # placeholder, removed below
    # --- investissement, recettes réelles
    ("10", "10222", "FCTVA", I, R, REC, "142000", "118000", "121604.00"),
    ("10", "10226", "Taxe d'aménagement", I, R, REC, "96000", "70000", "88412.36"),
    ("10", "1068", "Excédents de fonctionnement capitalisés", I, R, REC, "400000", "350000", "350000.00"),
    ("13", "1321", "Etat et établissements nationaux", I, R, REC, "345000", "60000", "60000.00"),
    ("13", "1323", "Départements", I, R, REC, "120000", "95000", "95000.00"),
    ("13", "1328", "Autres", I, R, REC, "40000", "0", "0"),
    ("16", "1641", "Emprunts en euros", I, R, REC, "800000", "250000", "250000.00"),
    ("16", "165", "Dépôts et cautionnements reçus", I, R, REC, "1500", "1500", "1140.00"),
    ("024", "024", "Produits des cessions d'immobilisations", I, R, REC, "540000", None, None),
    # --- investissement, recettes d'ordre
    ("021", "021", "Virement de la section de fonctionnement", I, O, REC, None, "380000", "0"),
    ("040", "28131", "Bâtiments publics", I, O, REC, "62000", "59000", "58930.44"),
    ("040", "28151", "Réseaux de voirie", I, O, REC, "51000", "48000", "48113.20"),
    ("040", "28183", "Matériel informatique", I, O, REC, "21000", "20000", "19874.32"),
    ("040", "28188", "Autres", I, O, REC, "14000", "14000", "13734.22"),
]
LINES = [l for l in LINES if l[1] != "28041512"]
# order expense 040 matching the 042 receipt (quote-part des subventions)
LINES.insert([i for i, l in enumerate(LINES) if l[1] == "231"][0] + 1,
             ("040", "13913", "Départements", I, O, DEP, "26000", "24000", "24318.00"))

# carried-over results
BP_002 = D("212430.18")   # résultat de fonctionnement reporté (recette), cf. délibération D2026-020
BP_001 = D("187254.62")   # solde d'exécution d'investissement reporté (dépense)
CA_002 = D("198775.40")   # reporté de 2024 dans le CA 2025 (recette)
CA_001 = D("96318.27")    # reporté de 2024 dans le CA 2025 (dépense)


def amt(x):
    return D(x) if x not in (None, "") else D(0)


def balance_bp():
    lines = [list(l) for l in LINES]
    get = lambda pred: sum(amt(l[6]) for l in lines if pred(l))
    # fonctionnement: 023 closes the section
    rec_f = get(lambda l: l[3] == F and l[5] == REC) + BP_002
    dep_f = get(lambda l: l[3] == F and l[5] == DEP)
    v023 = rec_f - dep_f
    for l in lines:
        if l[1] in ("023", "021"):
            l[6] = str(v023)
    rec_i = get(lambda l: l[3] == I and l[5] == REC)
    dep_i = get(lambda l: l[3] == I and l[5] == DEP) + BP_001
    for l in lines:
        if l[1] == "231":
            l[6] = str(rec_i - dep_i)
    return lines


HEADER = ["BGT_NATDEC", "BGT_ANNEE", "BGT_SIRET", "BGT_NOM", "BGT_CONTNAT", "BGT_CONTNAT_LABEL", "BGT_NATURE",
          "BGT_NATURE_LABEL", "BGT_FONCTION", "BGT_FONCTION_LABEL", "BGT_OPERATION", "BGT_SECTION", "BGT_OPBUDG",
          "BGT_CODRD", "BGT_MTREAL", "BGT_MTBUDGPREC", "BGT_MTRARPREC", "BGT_MTPROPNOUV", "BGT_MTPREV",
          "BGT_CREDOUV", "BGT_MTRAR3112", "BGT_ARTSPE"]


def q(s, sep):
    s = str(s)
    return '"' + s.replace('"', '""') + '"' if (sep in s or '"' in s) else s


def write(path, rows, sep, crlf):
    nl = "\r\n" if crlf else "\n"
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(sep.join(HEADER) + nl)
        for r in rows:
            f.write(sep.join(q(c, sep) for c in r) + nl)


def fr(d):
    d = D(d).quantize(D("0.01"))
    ent, dec = f"{d:.2f}".split(".")
    ent = f"{int(ent):,}".replace(",", " ")
    return f"{ent},{dec} €"


def main():
    bp = balance_bp()
    rows = []
    rows.append(["budget primitif", "2026", SIRET, NOM, "", "", "002", "Résultat de fonctionnement reporté", "", "", "",
                 F, R, REC, "", "", "", "", f"{BP_002}", "", "", "non spécialisé"])
    rows.append(["budget primitif", "2026", SIRET, NOM, "", "", "001", "Solde d'exécution de la section d'investissement reporté",
                 "", "", "", I, R, DEP, "", "", "", "", f"{BP_001}", "", "", "non spécialisé"])
    for ch, nat, lab, sec, op, sens, prev, _, _ in bp:
        if prev is None:
            continue
        rows.append(["budget primitif", "2026", SIRET, NOM, ch, CHAP[ch], nat, lab, "", "", "", sec, op, sens, "",
                     "", "", f"{amt(prev):.2f}", f"{amt(prev):.2f}", "", "", "non spécialisé"])
    write(OUT / "budget_primitif_2026.csv", rows, ",", True)

    # CA 2025: ';' separator, French decimal commas, section and label columns filled
    rows = []
    frn = lambda d: f"{D(d):.2f}".replace(".", ",")
    rows.append(["Compte administratif", "2025", SIRET, NOM, "", "", "002", "Résultat de fonctionnement reporté", "", "", "",
                 F, R, REC, frn(CA_002), "", "", "", "", frn(CA_002), "", "non spécialisé"])
    rows.append(["Compte administratif", "2025", SIRET, NOM, "", "", "001", "Solde d'exécution de la section d'investissement reporté",
                 "", "", "", I, R, DEP, frn(CA_001), "", "", "", "", frn(CA_001), "", "non spécialisé"])
    for ch, nat, lab, sec, op, sens, _, cred, real in LINES:
        if cred is None:
            continue
        rows.append(["Compte administratif", "2025", SIRET, NOM, ch, CHAP[ch], nat, lab, "", "", "", sec, op, sens,
                     frn(real), "", "", "", "", frn(cred), "", "non spécialisé"])
    write(OUT / "compte_administratif_2025.csv", rows, ";", False)

    # ---- totals quoted in questions
    def tot(lines, idx, pred):
        return sum(amt(l[idx]) for l in lines if pred(l))
    print("== BP 2026 (BGT_MTPREV), réel only, 001/002 apart")
    for sec in (F, I):
        for sens in (DEP, REC):
            print(sec, sens, fr(tot(bp, 6, lambda l: l[3] == sec and l[5] == sens and l[4] == R)))
    chaps = sorted({l[0] for l in bp})
    for ch in chaps:
        for sens in (DEP, REC):
            v = tot(bp, 6, lambda l: l[0] == ch and l[5] == sens)
            if v:
                print("  chap", ch, sens, fr(v))
    for l in bp:
        print("   ", l[1], l[5], fr(amt(l[6])), l[2][:50])
    print("== CA 2025 (BGT_MTREAL), réel only, 001/002 apart")
    for sec in (F, I):
        for sens in (DEP, REC):
            print(sec, sens, fr(tot(LINES, 8, lambda l: l[3] == sec and l[5] == sens and l[4] == R)))
    for ch in chaps:
        for sens in (DEP, REC):
            v = tot(LINES, 8, lambda l: l[0] == ch and l[5] == sens)
            if v:
                print("  chap", ch, sens, fr(v))
    for l in LINES:
        print("   ", l[1], l[5], fr(amt(l[8])), l[2][:50])
    rf = tot(LINES, 8, lambda l: l[3] == F and l[5] == REC) - tot(LINES, 8, lambda l: l[3] == F and l[5] == DEP) + CA_002
    ri = tot(LINES, 8, lambda l: l[3] == I and l[5] == REC) - tot(LINES, 8, lambda l: l[3] == I and l[5] == DEP) - CA_001
    print("CA 2025 résultat de fonctionnement cumulé", fr(rf), "solde d'investissement cumulé", fr(ri))
    print("BP 002", fr(BP_002), "BP 001", fr(BP_001), "CA 002", fr(CA_002), "CA 001", fr(CA_001))


if __name__ == "__main__":
    main()
