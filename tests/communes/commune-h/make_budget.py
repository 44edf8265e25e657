#!/usr/bin/env python3
"""Génère les deux budgets SCDL 0.8.3 (M57, par nature) de Montbrun-la-Save (fictif) :
files/budget-primitif-2026.csv (BP 2026) et files/compte-administratif-2025.csv (CA 2025).
Le BP est équilibré (023 = 021 ; l'opération 104 équilibre l'investissement)."""
import csv, random
from pathlib import Path

SIRET = "21315970100017"
NOM = "Commune de Montbrun-la-Save"
HERE = Path(__file__).resolve().parent

CHAP = {
    "011": "Charges à caractère général", "012": "Charges de personnel et frais assimilés",
    "014": "Atténuations de produits", "65": "Autres charges de gestion courante",
    "66": "Charges financières", "67": "Charges spécifiques",
    "68": "Dotations aux amortissements, aux dépréciations et aux provisions",
    "023": "Virement à la section d'investissement", "042": "Opérations d'ordre de transfert entre sections",
    "013": "Atténuations de charges", "70": "Produits des services, du domaine et ventes diverses",
    "731": "Fiscalité locale", "73": "Impôts et taxes", "74": "Dotations et participations",
    "75": "Autres produits de gestion courante", "77": "Produits spécifiques",
    "002": "Résultat de fonctionnement reporté (excédent ou déficit)",
    "001": "Solde d'exécution de la section d'investissement reporté",
    "16": "Emprunts et dettes assimilées", "20": "Immobilisations incorporelles (sauf 204)",
    "204": "Subventions d'équipement versées", "21": "Immobilisations corporelles",
    "23": "Immobilisations en cours", "040": "Opérations d'ordre de transfert entre sections",
    "10": "Dotations, fonds divers et réserves", "13": "Subventions d'investissement",
    "024": "Produits des cessions d'immobilisations",
    "021": "Virement de la section de fonctionnement",
}

# (section, codrd, opbudg, chapitre, compte, libellé, montant BP 2026, opération)
F, I, D, R = "fonctionnement", "investissement", "dépense", "recette"
L = []
def add(sec, rd, chap, cpt, lib, mt, op="", ob="réel"):
    L.append(dict(sec=sec, rd=rd, ob=ob, chap=chap, cpt=cpt, lib=lib, mt=mt, op=op))

for cpt, lib, mt in [
    ("60611", "Eau et assainissement", 42000), ("60612", "Énergie - Électricité", 245380.50),
    ("60621", "Combustibles", 98000), ("60622", "Carburants", 36500), ("60623", "Alimentation", 18000),
    ("60628", "Autres fournitures non stockées", 12500), ("60631", "Fournitures d'entretien", 24000),
    ("60632", "Fournitures de petit équipement", 46000), ("60633", "Fournitures de voirie", 28000),
    ("60636", "Vêtements de travail", 9500), ("6042", "Achats de prestations de services", 26000),
    ("6064", "Fournitures administratives", 11000), ("6065", "Livres, disques, cassettes (bibliothèques et médiathèques)", 14500),
    ("6067", "Fournitures scolaires", 21600), ("6068", "Autres matières et fournitures", 7500),
    ("611", "Contrats de prestations de services", 412000), ("6132", "Locations immobilières", 8400),
    ("6135", "Locations mobilières", 22000), ("614", "Charges locatives et de copropriété", 3200),
    ("615221", "Entretien et réparations bâtiments publics", 86000),
    ("615231", "Entretien et réparations voiries", 64000), ("61551", "Entretien matériel roulant", 18000),
    ("61558", "Entretien autres biens mobiliers", 9000), ("6156", "Maintenance", 58000),
    ("6161", "Multirisques", 41276.84), ("617", "Études et recherches", 15000),
    ("6182", "Documentation générale et technique", 4800), ("6184", "Versements à des organismes de formation", 16000),
    ("6226", "Honoraires", 22000), ("6227", "Frais d'actes et de contentieux", 6000),
    ("6231", "Annonces et insertions", 5500), ("6232", "Fêtes et cérémonies", 38000),
    ("6236", "Catalogues et imprimés", 17500), ("6238", "Publicité, publications, relations publiques - Divers", 4200),
    ("6247", "Transports collectifs", 14500), ("6251", "Voyages et déplacements", 3500),
    ("6257", "Réceptions", 6500), ("6261", "Frais d'affranchissement", 9800),
    ("6262", "Frais de télécommunications", 19500), ("627", "Services bancaires et assimilés", 1200),
    ("6281", "Concours divers (cotisations)", 8900), ("6283", "Frais de nettoyage des locaux", 32000),
    ("6288", "Autres services extérieurs", 27000), ("63512", "Taxes foncières", 14318),
]:
    add(F, D, "011", cpt, lib, mt)
for cpt, lib, mt in [
    ("6218", "Autre personnel extérieur", 24000), ("6331", "Versement mobilité", 38600),
    ("6332", "Cotisations versées au FNAL", 5900), ("6336", "Cotisations au centre national et aux centres de gestion de la fonction publique territoriale", 52400),
    ("64111", "Rémunération principale - personnel titulaire", 1512000),
    ("64112", "NBI, supplément familial de traitement et indemnité de résidence", 38500),
    ("64118", "Autres indemnités - personnel titulaire", 312000),
    ("64131", "Rémunérations - personnel non titulaire", 486000), ("64168", "Autres emplois aidés", 24000),
    ("6451", "Cotisations à l'URSSAF", 368000), ("6453", "Cotisations aux caisses de retraite", 498000),
    ("6454", "Cotisations à France Travail", 14500), ("6455", "Cotisations pour assurance du personnel", 86000),
    ("6458", "Cotisations aux autres organismes sociaux", 9200), ("6475", "Médecine du travail, pharmacie", 6800),
    ("6478", "Autres charges sociales diverses", 21500), ("6488", "Autres charges de personnel", 4000),
]:
    add(F, D, "012", cpt, lib, mt)
add(F, D, "014", "739223", "Fonds de péréquation des ressources communales et intercommunales", 31200)
for cpt, lib, mt in [
    ("65311", "Indemnités de fonction des élus", 118600), ("65313", "Cotisations de retraite des élus", 5200),
    ("65314", "Cotisations de sécurité sociale - part patronale (élus)", 9800),
    ("6541", "Créances admises en non-valeur", 3000), ("65548", "Autres contributions (syndicats intercommunaux)", 96500),
    ("6558", "Autres contributions obligatoires", 28000), ("657362", "Subvention de fonctionnement au CCAS", 145000),
    ("6574", "Subventions de fonctionnement aux associations et autres personnes de droit privé", 86400),
    ("65888", "Autres charges diverses de gestion courante", 2500),
]:
    add(F, D, "65", cpt, lib, mt)
add(F, D, "66", "66111", "Intérêts réglés à l'échéance", 118437.62)
add(F, D, "67", "6714", "Bourses et prix", 3500)
add(F, D, "68", "6817", "Dotations aux dépréciations des actifs circulants", 2000)
add(F, D, "042", "6811", "Dotations aux amortissements des immobilisations incorporelles et corporelles", 284600, ob="ordre")
VIR_IDX = len(L); add(F, D, "023", "023", "Virement à la section d'investissement", 0, ob="ordre")

for chap, cpt, lib, mt in [
    ("013", "6419", "Remboursements sur rémunérations du personnel", 42000),
    ("013", "6459", "Remboursements sur charges de sécurité sociale et de prévoyance", 6000),
    ("70", "70311", "Concessions dans les cimetières (produit net)", 9500),
    ("70", "70323", "Redevance d'occupation du domaine public communal", 18400),
    ("70", "7062", "Redevances et droits des services à caractère culturel", 6200),
    ("70", "70632", "Redevances et droits des services à caractère de loisirs", 41000),
    ("70", "7067", "Redevances et droits des services périscolaires et d'enseignement", 398000),
    ("70", "70846", "Mise à disposition de personnel facturée au GFP de rattachement", 64000),
    ("70", "70878", "Remboursement de frais par d'autres redevables", 12300),
    ("70", "7088", "Autres produits d'activités annexes", 5600),
    ("731", "73111", "Impôts directs locaux", 3486250),
    ("731", "731211", "Attribution de compensation", 402118),
    ("731", "73123", "Taxe communale additionnelle aux droits de mutation", 265000),
    ("73", "7351", "Taxe sur la consommation finale d'électricité", 128000),
    ("73", "7368", "Taxe locale sur la publicité extérieure", 14500),
    ("74", "7411", "Dotation forfaitaire", 612450),
    ("74", "74121", "Dotation de solidarité rurale", 198760),
    ("74", "74127", "Dotation nationale de péréquation", 86320),
    ("74", "744", "FCTVA", 24000),
    ("74", "746", "Dotation générale de décentralisation", 2900),
    ("74", "7473", "Participations - Départements", 18000),
    ("74", "7478", "Participations - Autres organismes", 312000),
    ("74", "74834", "Compensation au titre des exonérations des taxes foncières", 97840),
    ("75", "752", "Revenus des immeubles", 62400),
    ("75", "7588", "Autres produits divers de gestion courante", 4500),
    ("77", "7788", "Produits exceptionnels divers", 2000),
]:
    add(F, R, chap, cpt, lib, mt)
add(F, R, "002", "002", "Résultat de fonctionnement reporté", 412356.18)
add(F, R, "042", "777", "Quote-part des subventions d'investissement transférées au compte de résultat", 38200, ob="ordre")
add(F, R, "042", "722", "Immobilisations corporelles (travaux en régie)", 45000, ob="ordre")

# investissement
add(I, D, "001", "001", "Solde d'exécution de la section d'investissement reporté", 186420.55)
for chap, cpt, lib, mt, op in [
    ("16", "1641", "Emprunts en euros", 412800, ""), ("16", "165", "Dépôts et cautionnements reçus", 2000, ""),
    ("20", "202", "Frais liés à la réalisation des documents d'urbanisme", 18000, ""),
    ("20", "2031", "Frais d'études", 64000, "102"), ("20", "2051", "Concessions et droits similaires", 12500, ""),
    ("204", "2041582", "Subventions d'équipement aux groupements - Bâtiments et installations", 96000, ""),
    ("204", "20422", "Subventions d'équipement aux personnes de droit privé - Bâtiments et installations", 15000, ""),
    ("21", "2111", "Terrains nus", 45000, ""),
    ("21", "2128", "Autres agencements et aménagements de terrains", 82680, "105"),
    ("21", "21312", "Bâtiments scolaires", 48000, ""), ("21", "21318", "Autres bâtiments publics", 65000, ""),
    ("21", "2151", "Réseaux de voirie", 280000, "103"), ("21", "2152", "Installations de voirie", 58000, "103"),
    ("21", "21568", "Autre matériel et outillage d'incendie et de défense civile", 6000, ""),
    ("21", "2158", "Autres installations, matériel et outillage techniques", 42000, ""),
    ("21", "2182", "Matériel de transport", 38000, ""), ("21", "21831", "Matériel informatique scolaire", 18500, ""),
    ("21", "21838", "Autre matériel informatique", 26000, ""),
    ("21", "21848", "Autres matériels de bureau et mobiliers", 14000, ""),
    ("21", "2188", "Autres immobilisations corporelles", 35000, ""),
    ("23", "2313", "Constructions", 1905168, "101"), ("23", "2313", "Constructions", 220000, "102"),
]:
    add(I, D, chap, cpt, lib, mt, op)
BAL_IDX = len(L); add(I, D, "23", "2313", "Constructions", 0, "104")
add(I, D, "040", "13913", "Subventions d'équipement transférées au compte de résultat - Départements", 38200, ob="ordre")
add(I, D, "040", "2313", "Constructions (travaux en régie)", 45000, ob="ordre")
for chap, cpt, lib, mt in [
    ("10", "10222", "FCTVA", 268000), ("10", "10226", "Taxe d'aménagement", 94000),
    ("10", "1068", "Excédents de fonctionnement capitalisés", 622000),
    ("13", "1341", "Dotation d'équipement des territoires ruraux (DETR)", 354000),
    ("13", "1322", "Subventions d'équipement - Régions", 180000),
    ("13", "1323", "Subventions d'équipement - Départements", 495000),
    ("13", "1328", "Subventions d'équipement - Autres", 40000),
    ("16", "1641", "Emprunts en euros", 800000), ("16", "165", "Dépôts et cautionnements reçus", 2000),
    ("024", "024", "Produits des cessions d'immobilisations", 210000),
]:
    add(I, R, chap, cpt, lib, mt)
VIR2_IDX = len(L); add(I, R, "021", "021", "Virement de la section de fonctionnement", 0, ob="ordre")
for cpt, lib, mt in [
    ("28031", "Amortissement des frais d'études", 12400),
    ("28041582", "Amortissement des subventions d'équipement versées aux groupements", 36800),
    ("28128", "Amortissement des autres agencements et aménagements de terrains", 18200),
    ("281568", "Amortissement du matériel d'incendie", 4100),
    ("28158", "Amortissement des autres installations, matériel et outillage techniques", 22600),
    ("28182", "Amortissement du matériel de transport", 31500),
    ("281838", "Amortissement du matériel informatique", 24800),
    ("281848", "Amortissement du mobilier", 11300),
    ("28188", "Amortissement des autres immobilisations corporelles", 122900),
]:
    add(I, R, "040", cpt, lib, mt, ob="ordre")

def tot(sec, rd, exclude_vir=True):
    return round(sum(l["mt"] for l in L if l["sec"] == sec and l["rd"] == rd), 2)

COLS = ["BGT_NATDEC", "BGT_ANNEE", "BGT_SIRET", "BGT_NOM", "BGT_CONTNAT", "BGT_CONTNAT_LABEL", "BGT_NATURE",
        "BGT_NATURE_LABEL", "BGT_FONCTION", "BGT_FONCTION_LABEL", "BGT_OPERATION", "BGT_SECTION", "BGT_OPBUDG",
        "BGT_CODRD", "BGT_MTREAL", "BGT_MTBUDGPREC", "BGT_MTRARPREC", "BGT_MTPROPNOUV", "BGT_MTPREV",
        "BGT_CREDOUV", "BGT_MTRAR3112", "BGT_ARTSPE"]

def num(x):
    return "" if x is None else f"{x:.2f}"

def write(path, natdec, annee, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(COLS)
        for l, prev, real in rows:
            w.writerow([natdec, annee, SIRET, NOM, l["cpt"], l["lib"], l["chap"], CHAP[l["chap"]], "", "",
                        l["op"], l["sec"], l["ob"], l["rd"], num(real), "", "", "", num(prev), "", "",
                        "non spécialisé"])

def balance():
    # équilibre du fonctionnement : 023 = recettes - dépenses
    L[VIR_IDX]["mt"] = 0; L[VIR2_IDX]["mt"] = 0; L[BAL_IDX]["mt"] = 0
    L[VIR_IDX]["mt"] = round(tot(F, R) - tot(F, D), 2)
    L[VIR2_IDX]["mt"] = L[VIR_IDX]["mt"]
    # équilibre de l'investissement : opération 104 Cœur de ville
    L[BAL_IDX]["mt"] = round(tot(I, R) - tot(I, D), 2)
    assert L[BAL_IDX]["mt"] > 100000, L[BAL_IDX]["mt"]
    assert abs(tot(F, R) - tot(F, D)) < 0.005 and abs(tot(I, R) - tot(I, D)) < 0.005

def make_ca():
    """CA 2025 : crédits votés (BGT_MTPREV) et réalisé (BGT_MTREAL), tirés au sort de façon reproductible."""
    rnd = random.Random(2025)
    ca = []
    done_2313 = False
    for l in L:
        l = dict(l)
        if l["op"] in ("101", "102", "104", "105"):
            if l["cpt"] == "2313" and not done_2313:   # en 2025 : restructuration de la mairie
                done_2313 = True
                l["op"] = "098"
                ca.append((l, 1450000.0, 1318642.37))
            continue
        if l["chap"] in ("002", "001"):
            prev = {"002": 356912.40, "001": 241088.10}[l["chap"]]
            ca.append((l, prev, prev)); continue
        prev = round(l["mt"] * rnd.uniform(0.93, 1.0) / 100) * 100
        if l["chap"] in ("023", "021"):
            real = 0.0
        elif l["ob"] == "ordre" or l["chap"] == "16":
            real = float(prev)
        elif l["rd"] == D:
            real = round(prev * rnd.uniform(0.86, 0.995), 2)
        else:
            real = round(prev * rnd.uniform(0.99, 1.05), 2)
        ca.append((l, float(prev), real))
    return ca

if __name__ == "__main__":
    files = HERE / "files"
    ca = make_ca()
    fr_ = sum((1 if l["rd"] == R else -1) * real for l, prev, real in ca if l["sec"] == F)
    ir_ = sum((1 if l["rd"] == R else -1) * real for l, prev, real in ca if l["sec"] == I)
    res = round(fr_, 2)
    # le solde d'exécution d'investissement 2025 doit donner le 001 reporté au BP 2026 (déficit 186 420,55 €)
    k = next(i for i, (l, p, r) in enumerate(ca) if l["op"] == "098")
    l98, p98, r98 = ca[k]
    r98 = round(r98 + ir_ + 186420.55, 2)
    ca[k] = (l98, 2100000.0, r98)
    ir_ = sum((1 if l["rd"] == R else -1) * real for l, prev, real in ca if l["sec"] == I)
    # affectation du résultat 2025 : 412 356,18 € reportés au 002, le reste au 1068
    i1068 = next(i for i, l in enumerate(L) if l["cpt"] == "1068")
    L[i1068]["mt"] = round(res - 412356.18, 2)
    balance()
    write(files / "budget-primitif-2026.csv", "budget primitif", 2026, [(l, l["mt"], None) for l in L])
    write(files / "compte-administratif-2025.csv", "compte administratif", 2025, ca)
    print("BP lines", len(L), "CA lines", len(ca), "023 =", L[VIR_IDX]["mt"], "op104 =", L[BAL_IDX]["mt"])
    print("CA 2025 : résultat de fonctionnement cumulé", res, "; solde d'investissement cumulé", round(ir_, 2),
          "; 1068 BP 2026 =", L[i1068]["mt"])
    print("BP 2026 équilibre : fonctionnement", tot(F, D), "investissement", tot(I, D))
