"""Shared facts of the fictional commune of Rochessac-sur-Céoune (Ardèche), used by both generators."""

NOM = "Rochessac-sur-Céoune"
INSEE = "07349"
SIRET = "21073490000016"
SIREN = SIRET[:9]
CP = "07260"

# Budget lines: (section, opbudg, codrd, chapitre, nature, label, bp2026, ca2025_prev, ca2025_real)
# section F/I ; opbudg réel/ordre ; codrd dépense/recette ; None = line absent from that document
BUDGET = [
    # --- fonctionnement, dépenses
    ("F", "réel", "dépense", "011", "60611", "Eau et assainissement", 9500, 9000, 8734.12),
    ("F", "réel", "dépense", "011", "60612", "Énergie - Électricité", 38000, 36000, 41207.93),
    ("F", "réel", "dépense", "011", "60621", "Combustibles", 14000, 15000, 12688.40),
    ("F", "réel", "dépense", "011", "60622", "Carburants", 7500, 7000, 6942.18),
    ("F", "réel", "dépense", "011", "60623", "Alimentation", 26000, 25000, 24381.67),
    ("F", "réel", "dépense", "011", "60632", "Fournitures de petit équipement", 8000, 8000, 7215.09),
    ("F", "réel", "dépense", "011", "6067", "Fournitures scolaires", 4200, 4000, 3876.54),
    ("F", "réel", "dépense", "011", "611", "Contrats de prestations de services", 12500, 12000, 11904.00),
    ("F", "réel", "dépense", "011", "615221", "Bâtiments publics", 15000, 14000, 13522.81),
    ("F", "réel", "dépense", "011", "615231", "Voiries", 22000, 20000, 23611.35),
    ("F", "réel", "dépense", "011", "6156", "Maintenance", 6800, 6500, 6418.20),
    ("F", "réel", "dépense", "011", "6161", "Multirisques", 9200, 8800, 8795.62),
    ("F", "réel", "dépense", "011", "623", "Publicité, publications, relations publiques", 3000, 3000, 2687.45),
    ("F", "réel", "dépense", "011", "626", "Frais postaux et frais de télécommunications", 4100, 4000, 3952.77),
    ("F", "réel", "dépense", "011", "6281", "Concours divers (cotisations)", 2600, 2500, 2481.00),
    ("F", "réel", "dépense", "012", "6411", "Personnel titulaire", 248000, 240000, 236418.27),
    ("F", "réel", "dépense", "012", "6413", "Personnel non titulaire", 42500, 40000, 39872.50),
    ("F", "réel", "dépense", "012", "6450", "Charges de sécurité sociale et de prévoyance", 96000, 93000, 91205.66),
    ("F", "réel", "dépense", "012", "6470", "Autres charges sociales", 4800, 4600, 4512.00),
    ("F", "réel", "dépense", "012", "633", "Impôts, taxes et versements assimilés sur rémunérations (autres organismes)", 7200, 7000, 6874.31),
    ("F", "réel", "dépense", "65", "65311", "Indemnités de fonction", 38500, 38000, 37964.88),
    ("F", "réel", "dépense", "65", "6553", "Service d'incendie", 31200, 30600, 30544.00),
    ("F", "réel", "dépense", "65", "6558", "Autres contributions obligatoires", 12000, 11500, 11236.90),
    ("F", "réel", "dépense", "65", "657363", "CCAS/CIAS", 5000, 5000, 5000.00),
    ("F", "réel", "dépense", "65", "6574", "Subventions de fonctionnement aux personnes, aux associations et aux autres organismes de droit privé", 9400, 9000, 8750.00),
    ("F", "réel", "dépense", "66", "66111", "Intérêts réglés à l'échéance", 14350, 15200, 15102.48),
    ("F", "ordre", "dépense", "023", "023", "Virement à la section d'investissement", 123182.18, 70000, None),
    ("F", "ordre", "dépense", "042", "681", "Dotations aux amortissements, aux dépréciations et aux provisions - Charges de fonctionnement", 21000, 20500, 20488.00),
    # --- fonctionnement, recettes
    ("F", "réel", "recette", "002", "002", "Résultat de fonctionnement reporté", 96432.18, 81250.64, 81250.64),
    ("F", "réel", "recette", "013", "6419", "Remboursements sur rémunérations du personnel", 5000, 4000, 6233.19),
    ("F", "réel", "recette", "70", "7022", "Coupes de bois", 3000, 3000, 3412.00),
    ("F", "réel", "recette", "70", "70311", "Concession dans les cimetières (produit net)", 1800, 1500, 2100.00),
    ("F", "réel", "recette", "70", "7032", "Droits de permis de stationnement et de location sur la voie publique, les rivières, les ports et quais fluviaux et autres lieux publics", 4500, 4000, 4350.00),
    ("F", "réel", "recette", "70", "7063", "Redevances et droits des services à caractère sportif et de loisirs", 58000, 55000, 61318.40),
    ("F", "réel", "recette", "70", "7067", "Redevances et droits des services périscolaires et d'enseignement", 31000, 29000, 29647.80),
    ("F", "réel", "recette", "73", "73111", "Impôts directs locaux", 318000, 310000, 309744.00),
    ("F", "réel", "recette", "73", "73123", "Taxe communale additionnelle aux droits de mutation ou à la taxe de publicité foncière", 22000, 20000, 26981.52),
    ("F", "réel", "recette", "73", "73172", "Taxe de séjour", 9500, 9000, 9862.35),
    ("F", "réel", "recette", "73", "73211", "Attribution de compensation", 41300, 41300, 41300.00),
    ("F", "réel", "recette", "73", "73221", "FNGIR", 12600, 12600, 12614.00),
    ("F", "réel", "recette", "74", "74111", "Dotation forfaitaire des communes", 118500, 117000, 117906.00),
    ("F", "réel", "recette", "74", "741121", "Dotation de solidarité rurale (DSR) des communes", 64200, 62000, 62871.00),
    ("F", "réel", "recette", "74", "741127", "Dotation nationale de péréquation (DNP) des communes", 11800, 11500, 11652.00),
    ("F", "réel", "recette", "74", "7473", "Départements", 6000, 6000, 5400.00),
    ("F", "réel", "recette", "74", "74838", "Autres attributions de péréquation et de compensation", 7900, 7500, 7818.00),
    ("F", "réel", "recette", "75", "752", "Revenus des immeubles", 24000, 23500, 23962.50),
    # --- investissement, dépenses
    ("I", "réel", "dépense", "001", "001", "Solde d'exécution de la section d'investissement reporté", 38215.44, 12904.77, 12904.77),
    ("I", "réel", "dépense", "16", "1641", "Emprunts en euros", 46800, 45000, 44961.07),
    ("I", "réel", "dépense", "20", "202", "Frais d'études, d'élaboration, de modifications et de révisions des documents d'urbanisme", 8000, 12000, 9840.00),
    ("I", "réel", "dépense", "21", "2151", "Réseaux de voirie", 101366.74, 80000, 71236.58),
    ("I", "réel", "dépense", "21", "2152", "Installations de voirie", 78000, 42000, 38790.24),
    ("I", "réel", "dépense", "21", "2183", "Matériel informatique", 3500, 2500, 2148.90),
    ("I", "réel", "dépense", "21", "2188", "Autres", 12000, 9000, 8412.33),
    ("I", "réel", "dépense", "23", "231", "Immobilisations corporelles en cours", 312000, 25000, 18600.00),
    # --- investissement, recettes
    ("I", "réel", "recette", "10", "10222", "FCTVA", 24500, 22000, 21974.16),
    ("I", "réel", "recette", "10", "10226", "Taxe d'aménagement", 4000, 3000, 5128.00),
    ("I", "réel", "recette", "10", "1068", "Excédents de fonctionnement capitalisés", 60000, 45000, 45000.00),
    ("I", "réel", "recette", "13", "1322", "Régions", 30000, None, None),
    ("I", "réel", "recette", "13", "1323", "Départements", 62400, 21000, 21000.00),
    ("I", "réel", "recette", "13", "13461", "Dotation d'équipement des territoires ruraux", 124800, 16800, 16800.00),
    ("I", "réel", "recette", "16", "1641", "Emprunts en euros", 150000, None, None),
    ("I", "ordre", "recette", "021", "021", "Virement de la section de fonctionnement", 123182.18, 70000, None),
    ("I", "ordre", "recette", "040", "28188", "Autres", 21000, 20500, 20488.00),
]


def fr(x, euro=True):
    """French amount: 1 234,56 € (cents always)."""
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s + (" €" if euro else "")


def fr_int(x):
    """Round amount without decimals, to match both « 9 400 € » and « 9 400,00 € »."""
    assert abs(x - round(x)) < 1e-9
    return f"{int(round(x)):,}".replace(",", " ")


def line(nature, codrd=None, section=None):
    for l in BUDGET:
        if l[4] == nature and (codrd is None or l[2] == codrd) and (section is None or l[0] == section):
            return l
    raise KeyError(nature)


def chapter_total(chap, which, codrd="dépense"):
    idx = {"bp": 6, "ca_prev": 7, "ca": 8}[which]
    return round(sum(l[idx] or 0 for l in BUDGET if l[3] == chap and l[2] == codrd), 2)


def section_total(section, codrd, which):
    idx = {"bp": 6, "ca_prev": 7, "ca": 8}[which]
    return round(sum(l[idx] or 0 for l in BUDGET
                     if l[0] == section and l[2] == codrd and l[1] == "réel" and l[4] not in ("001", "002")), 2)
