"""Writes the BP 2026 and CA 2025 SCDL budget files of Bessac-sur-Céronne and expected_budget.txt.

Run from this folder: python gen_budget.py. The CA 2025 file is written with semicolons and
decimal commas (an Excel FR export), the BP 2026 file with commas and decimal points.
"""
from decimal import Decimal as D
import csv, io, os

HERE = os.path.dirname(os.path.abspath(__file__))
SIRET = "21240597000018"
NOM = "BESSAC-SUR-CERONNE - BUDGET PRINCIPAL"

CHAP = {
    "011": "Charges à caractère général", "012": "Charges de personnel et frais assimilés",
    "013": "Atténuations de charges", "014": "Atténuations de produits",
    "65": "Autres charges de gestion courante", "66": "Charges financières",
    "70": "Produits des services, du domaine et ventes diverses", "73": "Impôts et taxes",
    "731": "Fiscalité locale", "74": "Dotations et participations", "75": "Autres produits de gestion courante",
    "023": "Virement à la section d'investissement", "042": "Opérations d'ordre de transfert entre sections",
    "021": "Virement de la section de fonctionnement", "040": "Opérations d'ordre de transfert entre sections",
    "002": "Résultat de fonctionnement reporté", "001": "Solde d'exécution de la section d'investissement reporté",
    "10": "Dotations, fonds divers et réserves", "13": "Subventions d'investissement",
    "16": "Emprunts et dettes assimilées", "21": "Immobilisations corporelles", "23": "Immobilisations en cours",
}
LAB = {
    "60611": "Eau et assainissement", "60612": "Énergie - Électricité", "60621": "Combustibles",
    "60622": "Carburants", "60623": "Alimentation", "60632": "Fournitures de petit équipement",
    "60633": "Fournitures de voirie", "611": "Contrats de prestations de services", "615221": "Bâtiments publics",
    "615231": "Voiries", "6156": "Maintenance", "6161": "Multirisques",
    "623": "Publicité, publications, relations publiques", "626": "Frais postaux et frais de télécommunications",
    "6281": "Concours divers (cotisations)",
    "635": "Autres impôts, taxes et versements assimilés (administration des impôts)",
    "6411": "Personnel titulaire", "6413": "Personnel non titulaire",
    "6450": "Charges de sécurité sociale et de prévoyance", "6470": "Autres charges sociales",
    "648": "Autres charges de personnel", "739221": "FNGIR", "65311": "Indemnités de fonction",
    "65314": "Cotisations de sécurité sociale - part patronale", "6553": "Service d'incendie",
    "6558": "Autres contributions obligatoires", "65748": "Autres personnes de droit privé",
    "657363": "CCAS/CIAS", "66111": "Intérêts réglés à l'échéance",
    "681": "Dotations aux amortissements, aux dépréciations et aux provisions - Charges de fonctionnement",
    "023": "Virement à la section d'investissement", "6419": "Remboursements sur rémunérations du personnel",
    "70311": "Concession dans les cimetières (produit net)",
    "7062": "Redevances et droits des services à caractère culturel",
    "7067": "Redevances et droits des services périscolaires et d'enseignement", "70878": "par des tiers",
    "73111": "Impôts directs locaux", "73154": "Droits de place",
    "73123": "Taxe communale additionnelle aux droits de mutation ou à la taxe de publicité foncière",
    "73172": "Taxe de séjour", "73211": "Attribution de compensation",
    "74111": "Dotation forfaitaire des communes", "741121": "Dotation de solidarité rurale (DSR) des communes",
    "74833": "Etat - Compensation au titre des exonérations de taxe foncière", "7473": "Départements",
    "7478": "Autres organismes", "752": "Revenus des immeubles",
    "002": "Résultat de fonctionnement reporté", "001": "Solde d'exécution de la section d'investissement reporté",
    "1641": "Emprunts en euros", "2131": "Bâtiments publics",
    "2135": "Installations générales, agencements, aménagements des constructions",
    "2116": "Cimetières", "2151": "Réseaux de voirie", "2152": "Installations de voirie",
    "2184": "Matériel de bureau et mobilier", "2188": "Autres", "231": "Immobilisations corporelles en cours",
    "10222": "FCTVA", "10226": "Taxe d'aménagement", "1068": "Excédents de fonctionnement capitalisés",
    "1321": "Etat et établissements nationaux", "1323": "Départements",
    "021": "Virement de la section de fonctionnement", "28131": "Bâtiments publics",
    "28151": "Réseaux de voirie", "28188": "Autres",
}
CHAP_OF = {}
for c in ["60611","60612","60621","60622","60623","60632","60633","611","615221","615231","6156","6161","623","626","6281","635"]: CHAP_OF[c]="011"
for c in ["6411","6413","6450","6470","648"]: CHAP_OF[c]="012"
CHAP_OF.update({"739221":"014","65311":"65","65314":"65","6553":"65","6558":"65","65748":"65","657363":"65",
    "66111":"66","6419":"013","70311":"70","7062":"70","7067":"70","70878":"70","73111":"731","73154":"731",
    "73123":"731","73172":"731","73211":"73","74111":"74","741121":"74","74833":"74","7473":"74","7478":"74",
    "752":"75","1641":"16","2131":"21","2135":"21","2116":"21","2151":"21","2152":"21","2184":"21","2188":"21",
    "231":"23","10222":"10","10226":"10","1068":"10","1321":"13","1323":"13"})

# ---- CA 2025: (section, sens, code, opbudg, credits voted 2025 (MTPREV), realised (MTREAL))
CA = [
 ("F","D","60611","réel","4500","3912.40"),("F","D","60612","réel","27000","26874.15"),
 ("F","D","60621","réel","10000","8935.60"),("F","D","60622","réel","5500","5108.32"),
 ("F","D","60623","réel","23500","22640.87"),("F","D","60632","réel","6000","5512.09"),
 ("F","D","60633","réel","7000","6240.00"),("F","D","611","réel","18000","17206.35"),
 ("F","D","615221","réel","13000","11785.42"),("F","D","615231","réel","21000","19432.80"),
 ("F","D","6156","réel","5000","4980.00"),("F","D","6161","réel","7600","7512.66"),
 ("F","D","623","réel","2000","1845.30"),("F","D","626","réel","3300","3188.71"),
 ("F","D","6281","réel","1950","1902.00"),("F","D","635","réel","2300","2214.00"),
 ("F","D","6411","réel","145000","141236.58"),("F","D","6413","réel","31000","29874.20"),
 ("F","D","6450","réel","59500","57903.44"),("F","D","6470","réel","2700","2605.90"),
 ("F","D","648","réel","1500","1210.00"),("F","D","739221","réel","12460","12460.00"),
 ("F","D","65311","réel","38500","37842.12"),("F","D","65314","réel","3000","2980.55"),
 ("F","D","6553","réel","21094","21094.00"),("F","D","6558","réel","15000","14870.30"),
 ("F","D","65748","réel","7400","7350.00"),("F","D","657363","réel","3000","3000.00"),
 ("F","D","66111","réel","6500","6412.38"),
 ("F","D","681","ordre","17650","17650.00"),("F","D","023","ordre","62000","0"),
 ("F","R","6419","réel","2000","3120.45"),("F","R","70311","réel","2000","1980.00"),
 ("F","R","7062","réel","35000","36418.50"),("F","R","7067","réel","25000","25312.60"),
 ("F","R","70878","réel","2500","2760.00"),("F","R","73111","réel","254000","255864.00"),
 ("F","R","73154","réel","4200","4312.80"),("F","R","73123","réel","13000","16215.33"),
 ("F","R","73172","réel","8500","8976.40"),("F","R","73211","réel","18300","18300.00"),
 ("F","R","74111","réel","99400","99412.00"),("F","R","741121","réel","60000","60987.00"),
 ("F","R","74833","réel","6500","6712.00"),("F","R","7473","réel","4500","4500.00"),
 ("F","R","7478","réel","6800","6845.22"),("F","R","752","réel","13500","13652.00"),
 ("F","R","002","réel","71230.18","71230.18"),
 ("I","D","1641","réel","24900","24870.35"),("I","D","2151","réel","52000","48912.60"),
 ("I","D","2184","réel","2500","2380.00"),("I","D","2188","réel","6000","5214.90"),
 ("I","D","231","réel","15000","12600.00"),("I","D","2152","réel","3500","3145.20"),
 ("I","D","001","réel","18402.77","18402.77"),
 ("I","R","10222","réel","12000","11904.00"),("I","R","10226","réel","2500","2871.45"),
 ("I","R","1068","réel","30000","30000.00"),("I","R","1321","réel","8000","8000.00"),
 ("I","R","1323","réel","12500","12500.00"),
 ("I","R","28131","ordre","9150","9150.00"),("I","R","28151","ordre","6000","6000.00"),
 ("I","R","28188","ordre","2500","2500.00"),("I","R","021","ordre","62000","0"),
]

def tot(lines, sec, sens, op="réel", col=5, excl=("001","002")):
    return sum((D(l[col]) for l in lines if l[0]==sec and l[1]==sens and l[3]==op and l[2] not in excl), D(0))

# CA 2025 results (all lines, incl. ordre realised and reports)
def all_(lines, sec, sens, col): return sum((D(l[col]) for l in lines if l[0]==sec and l[1]==sens), D(0))
resF = all_(CA,"F","R",5) - all_(CA,"F","D",5)
resI = all_(CA,"I","R",5) - all_(CA,"I","D",5)
affect_1068 = -resI if resI < 0 else D(0)
report_002 = resF - affect_1068

# ---- BP 2026: (section, sens, code, opbudg, MTPREV)
BP = [
 ("F","D","60611","réel","4200"),("F","D","60612","réel","28500"),("F","D","60621","réel","9800"),
 ("F","D","60622","réel","5600"),("F","D","60623","réel","24300"),("F","D","60632","réel","6200"),
 ("F","D","60633","réel","7500"),("F","D","611","réel","18400"),("F","D","615221","réel","14000"),
 ("F","D","615231","réel","22000"),("F","D","6156","réel","5300"),("F","D","6161","réel","7850"),
 ("F","D","623","réel","2100"),("F","D","626","réel","3400"),("F","D","6281","réel","1950"),
 ("F","D","635","réel","2300"),
 ("F","D","6411","réel","148600"),("F","D","6413","réel","32400"),("F","D","6450","réel","61300"),
 ("F","D","6470","réel","2800"),("F","D","648","réel","1500"),("F","D","739221","réel","12460"),
 ("F","D","65311","réel","38900"),("F","D","65314","réel","3100"),("F","D","6553","réel","21750"),
 ("F","D","6558","réel","15200"),("F","D","65748","réel","7800"),("F","D","657363","réel","3000"),
 ("F","D","66111","réel","9850"),
 ("F","D","681","ordre","18200"),
 ("F","R","6419","réel","2500"),("F","R","70311","réel","2400"),("F","R","7062","réel","38000"),
 ("F","R","7067","réel","26800"),("F","R","70878","réel","3000"),("F","R","73111","réel","262400"),
 ("F","R","73154","réel","4600"),("F","R","73123","réel","14000"),("F","R","73172","réel","9500"),
 ("F","R","73211","réel","18300"),("F","R","74111","réel","98700"),("F","R","741121","réel","62400"),
 ("F","R","74833","réel","6900"),("F","R","7473","réel","4500"),("F","R","7478","réel","7200"),
 ("F","R","752","réel","14200"),
 ("F","R","002","réel",str(report_002)),
 ("I","D","1641","réel","31600"),("I","D","231","réel","58400"),("I","D","2151","réel","74900"),
 ("I","D","2135","réel","115800"),("I","D","2184","réel","3800"),("I","D","2188","réel","6500"),
 ("I","D","2116","réel","9000"),("I","D","2152","réel","4200"),
 ("I","D","001","réel",str(-resI)),
 ("I","R","10222","réel","16800"),("I","R","10226","réel","3200"),("I","R","1068","réel",str(affect_1068)),
 ("I","R","1321","réel","19450"),("I","R","1323","réel","22000"),("I","R","1641","réel","150000"),
 ("I","R","28131","ordre","9400"),("I","R","28151","ordre","6300"),("I","R","28188","ordre","2500"),
]
col = 4
fR = all_(BP,"F","R",col); fD = all_(BP,"F","D",col)
vir = fR - fD
BP.append(("F","D","023","ordre",str(vir)))
BP.append(("I","R","021","ordre",str(vir)))
iR = all_(BP,"I","R",col); iD = all_(BP,"I","D",col)
bal = iR - iD
assert bal > 0, bal
BP.append(("I","D","2131","réel",str(bal)))

def chap(code):
    if code in ("023","021","002","001"): return code
    if code in ("681",): return "042"
    if code.startswith("28"): return "040"
    return CHAP_OF[code]

def fr(x):
    x = D(x).quantize(D("0.01"))
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s

HEADER = ["BGT_NATDEC","BGT_ANNEE","BGT_SIRET","BGT_NOM","BGT_CONTNAT","BGT_CONTNAT_LABEL","BGT_NATURE",
          "BGT_NATURE_LABEL","BGT_FONCTION","BGT_FONCTION_LABEL","BGT_OPERATION","BGT_SECTION","BGT_OPBUDG",
          "BGT_CODRD","BGT_MTREAL","BGT_MTBUDGPREC","BGT_MTRARPREC","BGT_MTPROPNOUV","BGT_MTPREV","BGT_CREDOUV",
          "BGT_MTRAR3112","BGT_ARTSPE"]

def rows(lines, natdec, year, ca):
    out = []
    for l in lines:
        sec, sens, code, op = l[:4]
        c = chap(code)
        section = "fonctionnement" if sec == "F" else "investissement"
        prev = l[4]; real = l[5] if ca else ""
        out.append(dict(BGT_NATDEC=natdec, BGT_ANNEE=year, BGT_SIRET=SIRET, BGT_NOM=NOM,
            BGT_CONTNAT=c, BGT_CONTNAT_LABEL=CHAP[c], BGT_NATURE=code, BGT_NATURE_LABEL=LAB[code],
            BGT_FONCTION="", BGT_FONCTION_LABEL="", BGT_OPERATION="", BGT_SECTION=section, BGT_OPBUDG=op,
            BGT_CODRD="dépense" if sens == "D" else "recette",
            BGT_MTREAL=real, BGT_MTBUDGPREC="", BGT_MTRARPREC="", BGT_MTPROPNOUV="",
            BGT_MTPREV=prev, BGT_CREDOUV="", BGT_MTRAR3112="", BGT_ARTSPE="non spécialisé"))
    return out

# BP 2026: comma, decimal point, UTF-8
with open(os.path.join(HERE, "files", "bessac_2026_bp_budget_principal.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, HEADER); w.writeheader()
    for r in rows(BP, "Budget primitif", "2026", False):
        r["BGT_MTPREV"] = str(D(r["BGT_MTPREV"]).quantize(D("0.01")))
        w.writerow(r)
# CA 2025: semicolon, decimal comma, section and contnat left empty on purpose (as village exports do)
with open(os.path.join(HERE, "files", "CA_2025_Bessac.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, HEADER, delimiter=";"); w.writeheader()
    for r in rows(CA, "Compte administratif", "2025", True):
        r["BGT_MTPREV"] = str(D(r["BGT_MTPREV"]).quantize(D("0.01"))).replace(".", ",")
        r["BGT_MTREAL"] = str(D(r["BGT_MTREAL"]).quantize(D("0.01"))).replace(".", ",")
        r["BGT_SECTION"] = ""; r["BGT_CONTNAT"] = ""; r["BGT_CONTNAT_LABEL"] = ""
        w.writerow(r)

# ---- expected figures
out = io.StringIO()
def p(*a): print(*a, file=out)
def chapter_totals(lines, col, label):
    p(f"== {label}")
    acc = {}
    for l in lines:
        key = (l[0], l[1], chap(l[2]), l[3])
        acc[key] = acc.get(key, D(0)) + D(l[col])
    for k in sorted(acc): p(f"  {k[0]} {k[1]} chap {k[2]:>4} {k[3]:6} {fr(acc[k])} €")
    for sec in "FI":
        for sens in "DR":
            p(f"  TOTAL réel {sec} {sens} (hors 001/002): {fr(tot(lines, sec, sens, col=col))} €")
            p(f"  TOTAL all {sec} {sens} (incl. ordre, reports): {fr(all_(lines, sec, sens, col))} €")
    for l in lines:
        p(f"    {l[0]} {l[1]} {l[2]:>7} {l[3]:6} {fr(l[col])} €  {LAB[l[2]]}")
chapter_totals(CA, 5, "CA 2025 realised (MTREAL)")
chapter_totals(CA, 4, "CA 2025 credits (MTPREV)")
chapter_totals(BP, 4, "BP 2026 (MTPREV)")
p(f"CA 2025 result F (incl. 002) = {fr(resF)} €, I (incl. 001) = {fr(resI)} €")
p(f"Affectation: 1068 = {fr(affect_1068)} €, 002 reporté = {fr(report_002)} €, 023/021 BP 2026 = {fr(vir)} €, 2131 = {fr(bal)} €")
p(f"BP 2026 équilibre F = {fr(all_(BP,'F','R',4))} € / {fr(all_(BP,'F','D',4))} €; I = {fr(all_(BP,'I','R',4))} € / {fr(all_(BP,'I','D',4))} €")
open(os.path.join(HERE, "expected_budget.txt"), "w", encoding="utf-8").write(out.getvalue())
print(out.getvalue())
EXPORT = dict(resF=resF, resI=resI, affect_1068=affect_1068, report_002=report_002, vir=vir, bal=bal,
              BP_F=all_(BP,'F','R',4), BP_I=all_(BP,'I','R',4), fr=fr)
