"""Écrit les deux CSV SCDL budget 0.8.3 (M57, par nature, BGT_FONCTION vide) :
files/budget-principal.csv : budget primitif 2026, compte administratif 2025, décision modificative n° 1 2026
files/budget-assainissement.csv : budget annexe de l'assainissement, budget primitif 2026 et compte administratif 2025
"""
import csv, pathlib
DIR = pathlib.Path(__file__).resolve().parent.parent / "files"
COLS = ["BGT_NATDEC","BGT_ANNEE","BGT_SIRET","BGT_NOM","BGT_CONTNAT","BGT_CONTNAT_LABEL","BGT_NATURE","BGT_NATURE_LABEL",
        "BGT_FONCTION","BGT_FONCTION_LABEL","BGT_OPERATION","BGT_SECTION","BGT_OPBUDG","BGT_CODRD","BGT_MTREAL",
        "BGT_MTBUDGPREC","BGT_MTRARPREC","BGT_MTPROPNOUV","BGT_MTPREV","BGT_CREDOUV","BGT_MTRAR3112","BGT_ARTSPE"]
CH = {"011":"Charges à caractère général","012":"Charges de personnel et frais assimilés","014":"Atténuations de produits",
      "65":"Autres charges de gestion courante","66":"Charges financières","023":"Virement à la section d'investissement",
      "042":"Opérations d'ordre de transfert entre sections","70":"Produits des services, du domaine et ventes diverses",
      "731":"Fiscalité locale","73":"Impôts et taxes","74":"Dotations et participations","75":"Autres produits de gestion courante",
      "013":"Atténuations de charges","002":"Résultat de fonctionnement reporté","001":"Solde d'exécution de la section d'investissement reporté",
      "20":"Immobilisations incorporelles","21":"Immobilisations corporelles","23":"Immobilisations en cours","16":"Emprunts et dettes assimilées",
      "10":"Dotations, fonds divers et réserves","13":"Subventions d'investissement","024":"Produits des cessions d'immobilisations",
      "021":"Virement de la section de fonctionnement","040":"Opérations d'ordre de transfert entre sections"}
# (chapitre, compte, libellé, section F/I, D/R, ordre?)  -> montants par document
P = "21910697000015"; A = "21910697000031"
# lignes du budget principal : chapitre, compte, libellé, section, sens, opbudg, BP 2026, (CA 2025 prévu, réalisé)
LP = [
 ("011","60611","Eau et assainissement","F","D","réel",92000,(88000,84215.37)),
 ("011","60612","Énergie - Électricité","F","D","réel",486000,(455000,471382.64)),
 ("011","60621","Combustibles","F","D","réel",138000,(150000,127604.90)),
 ("011","6042","Achats de prestations de services","F","D","réel",1145000,(1110000,1098731.25)),
 ("011","615221","Entretien et réparations bâtiments publics","F","D","réel",212500,(195000,188442.10)),
 ("011","6156","Maintenance","F","D","réel",98300,(96000,93118.72)),
 ("011","6247","Transports collectifs","F","D","réel",45000,(42000,39870.00)),
 ("012","64111","Rémunération principale","F","D","réel",4820000,(4705000,4689215.83)),
 ("012","64131","Rémunérations du personnel non titulaire","F","D","réel",1215000,(1180000,1201456.19)),
 ("012","6451","Cotisations à l'URSSAF","F","D","réel",1062000,(1035000,1028347.62)),
 ("012","6453","Cotisations aux caisses de retraite","F","D","réel",1384000,(1350000,1342908.41)),
 ("014","739223","Fonds de péréquation des ressources communales et intercommunales","F","D","réel",96000,(94000,93512.00)),
 ("65","6531","Indemnités","F","D","réel",168400,(168400,166982.52)),
 ("65","6574","Subventions de fonctionnement aux associations et autres personnes de droit privé","F","D","réel",172000,(165000,163450.00)),
 ("65","657362","Subvention de fonctionnement au CCAS","F","D","réel",310000,(295000,295000.00)),
 ("66","66111","Intérêts réglés à l'échéance","F","D","réel",148750,(156000,155284.36)),
 ("023","023","Virement à la section d'investissement","F","D","ordre",1120000,(980000,0)),
 ("042","6811","Dotations aux amortissements des immobilisations","F","D","ordre",640000,(615000,614870.22)),
 ("70","7067","Redevances et droits des services périscolaires et d'enseignement","F","R","réel",1280000,(1230000,1262804.15)),
 ("70","70631","Redevances et droits des services à caractère sportif","F","R","réel",142000,(150000,131277.40)),
 ("70","7062","Redevances et droits des services à caractère culturel","F","R","réel",236000,(225000,229615.00)),
 ("731","73111","Impôts directs locaux","F","R","réel",7854000,(7620000,7688419.00)),
 ("731","73211","Attribution de compensation","F","R","réel",1026500,(1026500,1026500.00)),
 ("73","7381","Taxe additionnelle aux droits de mutation ou à la taxe de publicité foncière","F","R","réel",520000,(560000,497312.58)),
 ("74","7411","Dotation forfaitaire","F","R","réel",1412000,(1430000,1428966.00)),
 ("74","74127","Dotation nationale de péréquation","F","R","réel",186000,(180000,183204.00)),
 ("74","7478","Participations - Autres organismes","F","R","réel",645000,(610000,652318.77)),
 ("75","752","Revenus des immeubles","F","R","réel",118000,(115000,121650.00)),
 ("75","757","Redevances versées par les fermiers et concessionnaires","F","R","réel",62000,(0,0)),
 ("013","6419","Remboursements sur rémunérations du personnel","F","R","réel",85000,(70000,96423.31)),
 ("002","002","Résultat de fonctionnement reporté","F","R","réel",1340250.45,(1185730.12,0)),
 ("20","2031","Frais d'études","I","D","réel",120000,(90000,61280.00)),
 ("21","21312","Bâtiments scolaires","I","D","réel",980000,(740000,612455.90)),
 ("21","2152","Installations de voirie","I","D","réel",1250000,(1100000,1037208.44)),
 ("21","2183","Matériel de bureau et matériel informatique","I","D","réel",85600,(80000,76912.35)),
 ("21","2188","Autres immobilisations corporelles","I","D","réel",142000,(130000,118640.00)),
 ("23","2313","Constructions","I","D","réel",1460000,(450000,212300.00)),
 ("16","1641","Emprunts en euros","I","D","réel",712400,(690000,689975.18)),
 ("001","001","Solde d'exécution de la section d'investissement reporté","I","D","réel",418320.17,(502410.88,0)),
 ("10","10222","FCTVA","I","R","réel",498000,(455000,461337.00)),
 ("10","1068","Excédents de fonctionnement capitalisés","I","R","réel",1100000,(950000,950000.00)),
 ("13","1321","Subventions d'équipement - État et établissements nationaux","I","R","réel",240000,(180000,96000.00)),
 ("13","1322","Subventions d'équipement - Régions","I","R","réel",380000,(150000,150000.00)),
 ("13","1323","Subventions d'équipement - Départements","I","R","réel",215000,(200000,184500.00)),
 ("16","1641","Emprunts en euros","I","R","réel",900000,(600000,600000.00)),
 ("024","024","Produits des cessions d'immobilisations","I","R","réel",260000,(120000,0)),
 ("021","021","Virement de la section de fonctionnement","I","R","ordre",1120000,(980000,0)),
 ("040","28188","Amortissements - Autres immobilisations corporelles","I","R","ordre",640000,(615000,614870.22)),
]
# décision modificative n° 1 de 2026 (budget principal)
DM = [
 ("011","60612","Énergie - Électricité","F","D","réel",24000),
 ("73","7381","Taxe additionnelle aux droits de mutation ou à la taxe de publicité foncière","F","R","réel",24000),
 ("21","2152","Installations de voirie","I","D","réel",85000),
 ("13","1323","Subventions d'équipement - Départements","I","R","réel",35000),
 ("16","1641","Emprunts en euros","I","R","réel",50000),
]
LA = [
 ("011","611","Contrats de prestations de services","F","D","réel",410000,(398000,396512.48)),
 ("011","61523","Entretien et réparations réseaux","F","D","réel",96000,(90000,84307.15)),
 ("012","6215","Personnel affecté par la collectivité de rattachement","F","D","réel",74000,(72000,72000.00)),
 ("66","66111","Intérêts réglés à l'échéance","F","D","réel",38200,(41000,40876.33)),
 ("023","023","Virement à la section d'investissement","F","D","ordre",300000,(260000,0)),
 ("042","6811","Dotations aux amortissements des immobilisations","F","D","ordre",210000,(205000,204918.60)),
 ("70","70611","Redevance d'assainissement collectif","F","R","réel",1046000,(1010000,1023645.92)),
 ("70","704","Travaux","F","R","réel",45000,(40000,51230.00)),
 ("74","7478","Participations - Autres organismes","F","R","réel",58000,(55000,57120.00)),
 ("002","002","Résultat de fonctionnement reporté","F","R","réel",212400.00,(168905.27,0)),
 ("20","2031","Frais d'études","I","D","réel",65000,(40000,38400.00)),
 ("21","21532","Réseaux d'assainissement","I","D","réel",1180000,(820000,744196.81)),
 ("16","1641","Emprunts en euros","I","D","réel",142000,(138000,137655.40)),
 ("13","1318","Subventions d'équipement - Autres","I","R","réel",320000,(250000,218000.00)),
 ("16","1641","Emprunts en euros","I","R","réel",400000,(300000,300000.00)),
 ("001","001","Solde d'exécution de la section d'investissement reporté","I","R","réel",87560.00,(61240.90,0)),
 ("021","021","Virement de la section de fonctionnement","I","R","ordre",300000,(260000,0)),
 ("040","281532","Amortissements - Réseaux d'assainissement","I","R","ordre",210000,(205000,204918.60)),
]
def fmt(x):
    return "" if x is None else ("%.2f" % x)
def row(natdec, annee, siret, nom, l, prev, real):
    ch, cpt, lab, sec, sens, op = l[:6]
    return {"BGT_NATDEC":natdec,"BGT_ANNEE":annee,"BGT_SIRET":siret,"BGT_NOM":nom,"BGT_CONTNAT":ch,
            "BGT_CONTNAT_LABEL":CH[ch],"BGT_NATURE":cpt,"BGT_NATURE_LABEL":lab,"BGT_FONCTION":"","BGT_FONCTION_LABEL":"",
            "BGT_OPERATION":"","BGT_SECTION":"fonctionnement" if sec=="F" else "investissement","BGT_OPBUDG":op,
            "BGT_CODRD":"dépense" if sens=="D" else "recette","BGT_MTREAL":fmt(real),"BGT_MTBUDGPREC":"","BGT_MTRARPREC":"",
            "BGT_MTPROPNOUV":fmt(prev) if natdec!="compte administratif" else "","BGT_MTPREV":fmt(prev),"BGT_CREDOUV":"",
            "BGT_MTRAR3112":"","BGT_ARTSPE":"non spécialisé"}
def write(name, rows):
    with (DIR/name).open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, COLS); w.writeheader(); w.writerows(rows)
    print(name, len(rows), "lignes")
NP = "Ville de Villebréval-sur-Orge"; NA = "Budget annexe assainissement"
rows = [row("budget primitif",2026,P,NP,l,l[6],None) for l in LP]
rows += [row("compte administratif",2025,P,NP,l,l[7][0],l[7][1]) for l in LP if l[7][0] or l[7][1]]
rows += [row("décision modificative",2026,P,NP,l,l[6],None) for l in DM]
write("budget-principal.csv", rows)
rows = [row("budget primitif",2026,A,NA,l,l[6],None) for l in LA]
rows += [row("compte administratif",2025,A,NA,l,l[7][0],l[7][1]) for l in LA]
write("budget-assainissement.csv", rows)
