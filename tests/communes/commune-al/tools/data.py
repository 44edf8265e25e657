"""The one data table of the fictional commune of Aubrécourt-sur-Marne (Marne).

Every published file and every fact of questions.yml is derived from this module, so the amounts of
the budget, of the délibérations and of the questions stay consistent.  Everything here is invented.
"""

NOM = "Aubrécourt-sur-Marne"
INSEE = "51698"
CP = "51215"
SIREN = "215106983"
SIRET = "21510698300013"          # budget principal
SIRET_EAU = "21510698300047"      # budget annexe de l'eau et de l'assainissement
SITE = "https://www.aubrecourt-sur-marne.fr"
POPULATION = 5612
MAIRE = "Hélène Vautrin"
MAIRIE_ADRESSE = f"2 place de l'Hôtel de Ville, {CP} {NOM}"
MAIRIE_TEL = "03 26 59 40 00"
MAIRIE_EMAIL = "accueil@aubrecourt-sur-marne.fr"
MAIRIE_HORAIRES = "Mo,Tu,Th,Fr 08:30-12:00,13:30-17:30; We 08:30-12:00; Sa 09:00-12:00; PH off"
DESCRIPTION = (
    "Aubrécourt-sur-Marne compte 5 612 habitants. Bourg viticole de la vallée de la Marne, au cœur du "
    "vignoble de Champagne, à 9 km d'Épernay. La commune est membre de la communauté de communes "
    "Coteaux et Marne. Permanence des élus le samedi matin sur rendez-vous."
)

# ---------------------------------------------------------------------------------------------
# vocabulaire.txt : local names
VOCABULAIRE = """\
# Les mots d'Aubrécourt-sur-Marne (une règle par ligne)
# le Cochelet : le repas et la fête qui marquent la fin des vendanges
le Cochelet, fête de fin des vendanges, fête des vendanges
# l'ancienne cuverie de la coopérative, devenue salle des fêtes
la Cuverie => salle polyvalente des Coteaux
# le marathon des vignes
la Foulée des Bulles, marathon des coteaux, marathon
# le grand parking derrière la coopérative, sur les anciennes crayères
parking de la coopé => parking des Crayères
"""

# ---------------------------------------------------------------------------------------------
# Fiches pratiques : (question, reponse, variantes, theme, lien)
FICHES = [
    ("Comment faire ma carte d'identité ou mon passeport ?",
     "La mairie d'Aubrécourt-sur-Marne est équipée d'un dispositif de recueil : les cartes nationales "
     "d'identité et les passeports se font uniquement sur rendez-vous, le mardi et le jeudi de 14h00 à 17h00, "
     "et le samedi de 9h00 à 11h30. Prenez rendez-vous à l'accueil ou au 03 26 59 40 00, remplissez "
     "d'abord la pré-demande en ligne sur le site de l'ANTS et venez avec le numéro de pré-demande, une "
     "photo d'identité de moins de six mois et un justificatif de domicile. Le retrait se fait aussi en "
     "mairie. Le passeport coûte 86 € en timbre fiscal pour un adulte ; la carte d'identité est gratuite "
     "(25 € en cas de perte ou de vol).",
     "rdv carte identite|faire un passeport|renouveler ma CNI|pré-demande ANTS|timbre fiscal passeport",
     "état civil", f"{SITE}/demarches/identite"),
    ("Comment m'inscrire sur les listes électorales ?",
     "L'inscription se fait en ligne sur service-public.fr ou à l'accueil de la mairie, avec une pièce "
     "d'identité et un justificatif de domicile de moins de trois mois. Pour voter à une élection, il faut "
     "être inscrit au plus tard le sixième vendredi qui précède le scrutin. Les jeunes recensés à 16 ans "
     "sont inscrits d'office à leurs 18 ans.",
     "s'inscrire pour voter|inscription liste electorale|je viens d'emménager je veux voter",
     "élections", f"{SITE}/demarches/elections"),
    ("Quels sont les jours de ramassage des poubelles ?",
     "La collecte est assurée par la communauté de communes Coteaux et Marne. Bac gris (ordures "
     "ménagères) : le mardi matin. Bac jaune (emballages et papiers) : le jeudi matin des semaines "
     "impaires. Sortez les bacs la veille au soir après 19h00 et rentrez-les le jour de la collecte. Le "
     "verre se dépose dans les colonnes (place du Marché, parking des Crayères, chemin du Stade). Un "
     "jour férié décale la collecte au lendemain.",
     "poubelles quel jour|collecte bac jaune|ramassage ordures menageres|sortir les poubelles",
     "déchets", f"{SITE}/cadre-de-vie/dechets"),
    ("Quels sont les horaires de la déchèterie ?",
     "La déchèterie intercommunale se trouve route de Mareuil. Horaires d'été (du 1er avril au 31 octobre) : "
     "lundi, mercredi, jeudi, vendredi et samedi de 9h00 à 12h00 et de 14h00 à 18h30. Horaires d'hiver "
     "(du 1er novembre au 31 mars) : lundi, mercredi, jeudi, vendredi et samedi de 9h00 à 12h00 et de "
     "13h30 à 17h00. Elle est fermée le mardi, le dimanche et les jours fériés. L'accès est gratuit pour "
     "les particuliers avec la carte d'accès délivrée par la communauté de communes.",
     "dechetterie ouverte|horaires decheterie|deposer des gravats|carte decheterie",
     "déchets", f"{SITE}/cadre-de-vie/decheterie"),
    ("Puis-je brûler mes déchets verts ou les sarments ?",
     "Le brûlage des déchets verts des particuliers (tontes, feuilles, branches, tailles de haies) est "
     "interdit toute l'année : déposez-les à la déchèterie ou compostez-les. Seuls les viticulteurs "
     "peuvent brûler les sarments de vigne, dans les parcelles, du 1er décembre au 31 mars, de 9h00 à "
     "16h00, à plus de 50 mètres des habitations et hors vent fort, selon l'arrêté municipal n° 2022-031.",
     "bruler des branches|feu de jardin|brulage sarments|faire un feu dans mon jardin",
     "environnement", f"{SITE}/cadre-de-vie/brulage"),
    ("À quelles heures peut-on tondre ou faire du bruit ?",
     "Les travaux de bricolage et de jardinage bruyants (tondeuse, tronçonneuse, perceuse) sont autorisés "
     "les jours ouvrables de 8h30 à 12h00 et de 14h30 à 19h30, les samedis de 9h00 à 12h00 et de 15h00 à "
     "19h00, les dimanches et jours fériés de 10h00 à 12h00 seulement (arrêté municipal n° 2019-044).",
     "tondre le dimanche|horaires tondeuse|bruit voisin perceuse|bricolage horaires",
     "tranquillité", f"{SITE}/cadre-de-vie/bruit"),
    ("Comment inscrire mon enfant à la cantine ?",
     "La restauration scolaire accueille les enfants de l'école maternelle Les Sarments et de l'école "
     "élémentaire des Coteaux. L'inscription se fait sur le portail famille ou au service scolaire de la "
     "mairie, avant le 15 juillet pour la rentrée. Les repas se réservent au plus tard le jeudi pour la "
     "semaine suivante. Les tarifs dépendent du quotient familial de la CAF et sont fixés chaque année par "
     "délibération du conseil municipal.",
     "inscription cantine|prix repas cantine|tarif cantine quotient|reserver les repas",
     "école", f"{SITE}/enfance/restauration-scolaire"),
    ("Y a-t-il une garderie avant et après l'école ?",
     "Oui : l'accueil périscolaire fonctionne les lundis, mardis, jeudis et vendredis de 7h15 à 8h35 et de "
     "16h30 à 18h45, dans les locaux de l'école élémentaire des Coteaux. Inscription au service scolaire de "
     "la mairie ; le prix de la séance dépend du quotient familial (délibération du conseil municipal).",
     "garderie matin|periscolaire horaires|garde enfants apres l ecole",
     "école", f"{SITE}/enfance/periscolaire"),
    ("Comment louer la salle des fêtes ?",
     "La salle polyvalente des Coteaux (250 personnes assises, cuisine équipée), 1 rue du Pressoir, se "
     "réserve à l'accueil de la mairie au moins deux mois à l'avance. Un contrat est signé et une caution "
     "est demandée. Les tarifs de location sont votés chaque année par le conseil municipal. La salle n'est "
     "pas louée pendant la semaine du Cochelet ni pendant le marché de Noël.",
     "louer salle polyvalente|reservation salle des fetes|salle pour un mariage|location de salle",
     "vie associative", f"{SITE}/vie-locale/salle-polyvalente"),
    ("Où dormir et se doucher pendant les vendanges quand on est saisonnier ?",
     "Pendant les vendanges, la commune ouvre l'aire d'accueil des vendangeurs au stade Paul-Bertrand, "
     "chemin du Stade : emplacements pour tentes et fourgons, douches chaudes, sanitaires et points d'eau. "
     "En 2026 elle est ouverte du 25 août au 6 octobre. L'accueil se fait au Point accueil saisonniers de la "
     "mairie, avec une pièce d'identité et le nom de votre employeur. Le camping hors de l'aire est interdit "
     "pendant les vendanges.",
     "aire vendangeurs|camping vendanges|douche saisonnier|ou dormir vendanges|dormir dans mon van",
     "vendanges", f"{SITE}/vendanges/aire-accueil"),
    ("Je loge des vendangeurs : quelles démarches ?",
     "L'hébergement collectif de vendangeurs doit être déclaré à l'inspection du travail (DDETS de la "
     "Marne) au moins un mois avant l'arrivée des saisonniers, avec copie à la mairie. Les locaux doivent "
     "respecter les règles d'hygiène et de sécurité (couchages, sanitaires, extincteurs). Le Point accueil "
     "saisonniers renseigne aussi les viticulteurs.",
     "declarer hebergement vendangeurs|loger des saisonniers|hebergement collectif vendanges",
     "vendanges", f"{SITE}/vendanges/hebergement"),
    ("Comment ouvrir ou fermer un compteur d'eau ?",
     "L'eau et l'assainissement sont gérés en régie par la commune. Pour une arrivée ou un départ, "
     "signalez-le au service de l'eau de la mairie (03 26 59 40 12) avec le relevé du compteur, au moins "
     "cinq jours avant. En cas de fuite sur le réseau public, la nuit ou le week-end, appelez l'astreinte "
     "au 06 71 28 45 90. Le prix du mètre cube est fixé chaque année par délibération.",
     "compteur d eau demenagement|fuite d eau astreinte|facture eau|abonnement eau",
     "eau", f"{SITE}/eau-assainissement"),
    ("Faut-il une autorisation pour des travaux sur ma maison ?",
     "Une clôture, un abri de jardin de 5 à 20 m², le ravalement ou le changement de fenêtres demandent une "
     "déclaration préalable ; une construction de plus de 20 m² demande un permis de construire. Les dossiers "
     "se déposent en mairie ou en ligne. Dans le périmètre des Coteaux, maisons et caves de Champagne "
     "(patrimoine mondial de l'UNESCO), l'avis de l'architecte des bâtiments de France est requis. Le plan "
     "local d'urbanisme se consulte en mairie.",
     "permis de construire|declaration prealable cloture|abri de jardin|changer mes fenetres|PLU",
     "urbanisme", f"{SITE}/urbanisme"),
    ("Comment acheter une concession au cimetière ?",
     "Les concessions du cimetière de la rue du Moulin (15, 30 ou 50 ans) et les cases du columbarium se "
     "demandent à l'accueil de la mairie. Les prix sont fixés par délibération du conseil municipal. Le "
     "cimetière est ouvert tous les jours de 8h00 à 18h00 (19h00 d'avril à septembre).",
     "concession cimetiere prix|columbarium|achat tombe",
     "cimetière", f"{SITE}/demarches/cimetiere"),
    ("Quand a lieu le marché ?",
     "Le marché hebdomadaire se tient chaque vendredi de 7h00 à 13h00, place du Marché : primeurs, "
     "fromager, boucher, poissonnier et producteurs locaux. Le stationnement y est interdit le vendredi de "
     "5h00 à 14h00. Le marché de Noël a lieu chaque année le deuxième week-end de décembre sur la place de "
     "l'Hôtel de Ville ; les exposants s'inscrivent auprès du Comité des fêtes.",
     "jour du marche|marche le vendredi|marche de noel date|exposer au marche",
     "commerce", f"{SITE}/vie-locale/marches"),
    ("Comment fonctionne la zone bleue ?",
     "Place de l'Hôtel de Ville et rue Jeanne-d'Arc, le stationnement est limité à 1h30 du lundi au samedi, "
     "de 9h00 à 12h00 et de 14h00 à 18h00, avec un disque de stationnement placé derrière le pare-brise. Le "
     "disque est gratuit à l'accueil de la mairie. Le dimanche et les jours fériés, le stationnement est "
     "libre.",
     "disque bleu|stationnement limite centre|zone bleue dimanche|ou trouver un disque",
     "stationnement", f"{SITE}/cadre-de-vie/stationnement"),
    ("Mon enfant a 16 ans : faut-il le faire recenser ?",
     "Oui, chaque jeune de nationalité française doit se faire recenser en mairie dans les trois mois qui "
     "suivent ses 16 ans, avec sa carte d'identité et le livret de famille. L'attestation de recensement est "
     "demandée pour le permis de conduire et les examens jusqu'à 25 ans.",
     "recensement militaire|recensement citoyen 16 ans|attestation de recensement",
     "citoyenneté", f"{SITE}/demarches/recensement"),
    ("J'ai perdu un objet : où m'adresser ?",
     "Les objets trouvés sur la voie publique sont déposés à l'accueil de la mairie, où ils sont gardés un "
     "an et un jour. Passez ou appelez le 03 26 59 40 00 avec une description de l'objet. Les papiers "
     "d'identité trouvés sont remis à la gendarmerie.",
     "objets trouves|j ai perdu mes cles|portefeuille perdu",
     "vie quotidienne", f"{SITE}/demarches/objets-trouves"),
]

# ---------------------------------------------------------------------------------------------
# Arrêtés (CSV) : id, date, type, matière code, objet, début, fin, lieux
M_POLICE = ("6.1", "libertés publiques et pouvoirs de police/police municipale")
M_CIRC = ("6.4", "libertés publiques et pouvoirs de police/autres actes réglementaires")
M_DOMAINE = ("3.5", "domaine et patrimoine/autres actes de gestion du domaine public")

ARRETES = [
    ("2019-044", "2019-05-14", "permanent", M_POLICE,
     "Réglementation des bruits de voisinage : les travaux de bricolage et de jardinage utilisant des "
     "appareils bruyants (tondeuses, tronçonneuses, perceuses) sont autorisés les jours ouvrables de 8h30 à "
     "12h00 et de 14h30 à 19h30, les samedis de 9h00 à 12h00 et de 15h00 à 19h00, les dimanches et jours "
     "fériés de 10h00 à 12h00",
     "", "", "ensemble du territoire communal"),
    ("2020-012", "2020-02-03", "permanent", M_CIRC,
     "Interdiction du stationnement des camping-cars et des caravanes sur les voies et places publiques de "
     "la commune, sauf sur l'aire de camping-cars du quai de la Marne où il est limité à 48 heures",
     "", "", "quai de la Marne;avenue de Champagne;place du Marché"),
    ("2021-077", "2021-09-06", "permanent", M_CIRC,
     "Création d'une zone bleue : stationnement limité à 1h30, disque obligatoire, du lundi au samedi de "
     "9h00 à 12h00 et de 14h00 à 18h00",
     "", "", "place de l'Hôtel de Ville;rue Jeanne-d'Arc"),
    ("2022-031", "2022-11-28", "permanent", M_POLICE,
     "Réglementation du brûlage des sarments de vigne : brûlage autorisé dans les parcelles de vigne du "
     "1er décembre au 31 mars, de 9h00 à 16h00, à plus de 50 mètres des habitations et hors épisode de vent "
     "fort ; le brûlage des déchets verts des particuliers reste interdit toute l'année",
     "", "", "parcelles de vigne du territoire communal"),
    ("2023-057", "2023-06-12", "permanent", M_CIRC,
     "Limitation de la vitesse à 30 km/h dans le centre-bourg",
     "", "", "Grande Rue;rue de l'Église;rue Saint-Vincent"),
    ("2024-015", "2024-01-22", "permanent", M_CIRC,
     "Marché hebdomadaire du vendredi : le marché se tient de 7h00 à 13h00 ; stationnement interdit chaque "
     "vendredi de 5h00 à 14h00 place du Marché et rue du Pressoir entre la place et la rue des Vignerons",
     "", "", "place du Marché;rue du Pressoir"),
    ("2025-112", "2025-08-21", "temporaire", M_CIRC,
     "Vendanges 2025 : circulation des tracteurs, enjambeurs et remorques à vendanges ; sens unique rue des "
     "Vignerons (sens montant) et priorité aux engins agricoles chemin des Loges",
     "2025-08-28", "2025-10-05", "rue des Vignerons;chemin des Loges"),
    ("2026-022", "2026-02-23", "temporaire", M_CIRC,
     "Transfert du marché hebdomadaire du vendredi sur le parking des Crayères pendant les travaux de "
     "réfection de la place du Marché ; stationnement interdit sur le parking des Crayères le vendredi de "
     "5h00 à 14h00",
     "2026-03-06", "2026-04-24", "parking des Crayères;place du Marché"),
    ("2026-037", "2026-04-14", "temporaire", M_CIRC,
     "Brocante des Vignerons : circulation et stationnement interdits de 5h00 à 19h00",
     "2026-05-10", "2026-05-10", "rue des Vignerons;Grande Rue"),
    ("2026-061", "2026-05-26", "temporaire", M_POLICE,
     "Interdiction de la consommation de boissons alcoolisées sur la voie publique de 21h00 à 6h00",
     "2026-06-01", "2026-09-30", "quai de la Marne;rue de la Gare"),
    ("2026-066", "2026-06-08", "temporaire", M_CIRC,
     "Fête de la musique : circulation interdite de 18h00 à 1h00",
     "2026-06-21", "2026-06-22", "rue Jeanne-d'Arc;place de l'Hôtel de Ville"),
    ("2026-072", "2026-06-30", "temporaire", M_CIRC,
     "Feu d'artifice de la fête nationale : circulation et stationnement interdits de 21h00 à 0h30",
     "2026-07-14", "2026-07-15", "quai de la Marne"),
    ("2026-097", "2026-08-10", "temporaire", M_POLICE,
     "Ouverture de l'aire d'accueil des vendangeurs au stade Paul-Bertrand ; camping et stationnement des "
     "véhicules aménagés (fourgons, camping-cars) des saisonniers interdits en dehors de cette aire pendant "
     "les vendanges",
     "2026-08-25", "2026-10-06", "stade Paul-Bertrand;chemin du Stade"),
    ("2026-098", "2026-08-18", "temporaire", M_CIRC,
     "Vendanges 2026 : circulation des tracteurs, enjambeurs et remorques à vendanges ; sens unique rue des "
     "Vignerons (sens montant, de la Grande Rue vers le chemin des Loges), priorité aux engins agricoles "
     "chemin des Loges et route de la Côte Blanche, stationnement interdit rue du Pressoir côté impair",
     "2026-08-27", "2026-10-04", "rue des Vignerons;chemin des Loges;route de la Côte Blanche;rue du Pressoir"),
    ("2026-099", "2026-08-18", "temporaire", M_CIRC,
     "Vendanges 2026 : circulation interdite aux véhicules de plus de 7,5 tonnes et aux autocars de tourisme "
     "de 8h00 à 19h00, sauf transport de raisins",
     "2026-08-27", "2026-10-04", "rue des Crayères"),
    ("2026-104", "2026-09-01", "temporaire", M_CIRC,
     "Travaux de réfection de chaussée rue de la Marne (phase 1) : route barrée entre la place de l'Hôtel "
     "de Ville et la rue Pasteur, déviation par la rue Victor-Hugo",
     "2026-09-14", "2026-10-09", "rue de la Marne"),
    ("2026-115", "2026-09-28", "temporaire", M_CIRC,
     "Fête de fin des vendanges : circulation et stationnement interdits du samedi 10 octobre 2026 à 14h00 "
     "au dimanche 11 octobre 2026 à 2h00",
     "2026-10-10", "2026-10-11", "place du Marché;rue Saint-Vincent"),
    ("2026-121", "2026-11-05", "temporaire", M_CIRC,
     "Travaux de réfection de chaussée avenue de Champagne (phase 2) : circulation alternée par feux "
     "tricolores de 8h00 à 17h30 et stationnement interdit au droit du chantier",
     "2026-11-16", "2026-12-23", "avenue de Champagne"),
    ("2026-124", "2026-11-02", "temporaire", M_CIRC,
     "Cérémonie commémorative du 11 novembre : stationnement interdit de 9h00 à 12h00",
     "2026-11-11", "2026-11-11", "place du Souvenir;rue de l'Église"),
    ("2026-127", "2026-11-23", "temporaire", M_DOMAINE,
     "Inspection et réparation de la passerelle : passerelle fermée aux piétons et aux cyclistes",
     "2026-11-30", "2026-12-11", "passerelle du quai de la Marne"),
    ("2026-128", "2026-11-16", "temporaire", M_CIRC,
     "Marché de Noël des 12 et 13 décembre 2026 : circulation et stationnement interdits du vendredi 11 "
     "décembre 2026 à 14h00 au lundi 14 décembre 2026 à 8h00",
     "2026-12-11", "2026-12-14", "place de l'Hôtel de Ville;rue Jeanne-d'Arc"),
    ("2026-130", "2026-11-27", "temporaire", M_CIRC,
     "Travaux de branchement au réseau d'eau potable : circulation alternée et stationnement interdit",
     "2026-12-07", "2026-12-18", "rue du Moulin"),
    ("2026-131", "2026-12-02", "individuel", M_DOMAINE,
     "Autorisation de stationnement d'un véhicule de déménagement (Déménagements Lecomte) devant le 12 rue "
     "Pasteur, de 8h00 à 18h00",
     "2026-12-09", "2026-12-09", "rue Pasteur"),
    ("2026-132", "2026-12-03", "temporaire", M_CIRC,
     "Élagage des tilleuls : stationnement interdit de 7h30 à 17h00",
     "2026-12-14", "2026-12-18", "allée des Tilleuls"),
    ("2026-133", "2026-12-04", "temporaire", M_CIRC,
     "Travaux de réfection de chaussée rue Pasteur (phase 3) : route barrée sauf riverains, déviation par "
     "la rue Victor-Hugo et la rue de la Gare",
     "2027-01-11", "2027-02-19", "rue Pasteur"),
    ("2026-135", "2026-12-04", "temporaire", M_CIRC,
     "Fête de la Saint-Vincent, patron des vignerons : défilé des confréries, circulation interdite de 9h30 "
     "à 12h30",
     "2027-01-23", "2027-01-23", "rue de l'Église;Grande Rue"),
]

# Arrêtés as signed PDFs: number -> pages (list of lists of paragraphs); "pdf_only" says whether the CSV
# lacks it.  The running header is drawn on every page by the generator.
PDF_ARRETES = {
    "2026-041": {
        "pdf_only": True,
        "date": "2026-04-02",
        "header": "Commune d'Aubrécourt-sur-Marne - Arrêté municipal n° 2026-041",
        "stamp": "Accusé de réception en préfecture - ID : 051-215106983-20260402-2026_041-AR - reçu le 03/04/2026",
        "pages": [
            [
                ("title", "ARRÊTÉ MUNICIPAL N° 2026-041"),
                ("bold", "Objet : Réglementation temporaire de la circulation et du stationnement pour la "
                         "Foulée des Bulles, marathon des coteaux, le dimanche 26 avril 2026"),
                ("p", "Le Maire de la commune d'Aubrécourt-sur-Marne,"),
                ("p", "Vu le Code général des collectivités territoriales, et notamment ses articles "
                      "L.2212-1, L.2212-2 et L.2213-1 ;"),
                ("p", "Vu le Code de la route ;"),
                ("p", "Vu le Code du sport et l'arrêté préfectoral du 20 mars 2026 autorisant l'épreuve ;"),
                ("p", "Vu la demande présentée le 12 février 2026 par l'association Aubrécourt Athlétisme, "
                      "dont le siège est 14 rue Pasteur à Aubrécourt-sur-Marne ;"),
                ("p", "Considérant que le passage des coureurs dans les vignes et dans le bourg nécessite "
                      "d'interdire la circulation et le stationnement des véhicules pour la sécurité des "
                      "participants et du public ;"),
                ("center", "ARRÊTE"),
                ("p", "Article 1 : Le dimanche 26 avril 2026, de 7h30 à 14h00, la circulation de tous les "
                      "véhicules est interdite route de la Côte Blanche, chemin des Loges, rue des Vignerons "
                      "et avenue de Champagne, à l'exception des véhicules de secours et de l'organisation."),
                ("p", "Article 2 : Le stationnement est interdit avenue de Champagne et place de l'Hôtel de "
                      "Ville (zone de départ et d'arrivée) du samedi 25 avril 2026 à 20h00 au dimanche 26 "
                      "avril 2026 à 15h00. Les véhicules en infraction seront mis en fourrière."),
            ],
            [
                ("p", "Article 3 : Pendant la course, la circulation est déviée par la rue de la Marne et la "
                      "route d'Épernay. Les riverains des voies fermées pourront sortir à pied ; l'accès des "
                      "véhicules sera rétabli au passage du véhicule de fin de course."),
                ("p", "Article 4 : Les spectateurs sont invités à se garer sur le parking des Crayères, qui "
                      "reste ouvert, et à ne pas stationner dans les chemins de vigne."),
                ("p", "Article 5 : La signalisation réglementaire sera mise en place et retirée par "
                      "l'association organisatrice, sous le contrôle des services techniques municipaux."),
                ("p", "Article 6 : Le présent arrêté peut faire l'objet d'un recours devant le tribunal "
                      "administratif de Châlons-en-Champagne dans un délai de deux mois à compter de sa "
                      "publication."),
                ("p", "Article 7 : Madame la Directrice générale des services, le commandant de la brigade "
                      "de gendarmerie et la police municipale sont chargés, chacun en ce qui le concerne, de "
                      "l'exécution du présent arrêté."),
                ("p", "Fait à Aubrécourt-sur-Marne, le 2 avril 2026."),
                ("p", "Le Maire, Hélène Vautrin"),
            ],
        ],
    },
    "2026-128": {
        "pdf_only": False,
        "date": "2026-11-16",
        "header": "Mairie d'Aubrécourt-sur-Marne - Police municipale",
        "stamp": "Accusé de réception en préfecture - ID : 051-215106983-20261116-2026_128-AR - reçu le 17/11/2026",
        "pages": [
            [
                ("title", "ARRÊTÉ N° 2026-128"),
                ("bold", "Objet : Marché de Noël des 12 et 13 décembre 2026 - réglementation de la "
                         "circulation et du stationnement"),
                ("p", "Le Maire de la commune d'Aubrécourt-sur-Marne,"),
                ("p", "Vu le Code général des collectivités territoriales, et notamment ses articles "
                      "L.2212-1 et L.2213-1 ;"),
                ("p", "Vu la demande du Comité des fêtes d'Aubrécourt, organisateur du marché de Noël ;"),
                ("center", "ARRÊTE"),
                ("p", "Article 1 : La circulation et le stationnement sont interdits place de l'Hôtel de "
                      "Ville et rue Jeanne-d'Arc, entre la place et la rue de l'Église, du vendredi 11 "
                      "décembre 2026 à 14h00 au lundi 14 décembre 2026 à 8h00."),
                ("p", "Article 2 : Le marché de Noël est ouvert au public le samedi 12 décembre 2026 de "
                      "10h00 à 20h00 et le dimanche 13 décembre 2026 de 10h00 à 18h00."),
                ("p", "Article 3 : La circulation est déviée par la rue Victor-Hugo. Les visiteurs sont "
                      "invités à se garer sur le parking des Crayères."),
                ("p", "Article 4 : Le présent arrêté sera affiché et publié conformément à la loi."),
                ("p", "Fait à Aubrécourt-sur-Marne, le 16 novembre 2026. Le Maire, Hélène Vautrin"),
            ],
        ],
    },
}

# ---------------------------------------------------------------------------------------------
# Délibérations : id, date, matière (code, nom), objet, budget année, présents/votants, pour, contre, abst.
# VOTE_EFFECTIF is the council's size (29).  The two budget ones get their amounts from the budget table.
MAT = {
    "7.1": "finances locales/décisions budgétaires",
    "7.2": "finances locales/fiscalité",
    "7.3": "finances locales/emprunts",
    "7.5": "finances locales/subventions",
    "7.10": "finances locales/divers",
    "3.2": "domaine et patrimoine/aliénations",
    "3.5": "domaine et patrimoine/autres actes de gestion du domaine public",
    "4.2": "fonction publique/personnel contractuel",
    "8.1": "domaines de compétences par thèmes/enseignement",
    "8.3": "domaines de compétences par thèmes/voirie",
    "8.8": "domaines de compétences par thèmes/environnement",
    "9.4": "autres domaines de compétences/vœux et motions",
}

DELIBERATIONS = [
    ("DE-2025-068", "2025-06-26", "8.1",
     "Tarifs de la restauration scolaire pour l'année scolaire 2025-2026 selon le quotient familial : QF "
     "jusqu'à 700 € : 2,00 € le repas ; QF de 701 € à 1 200 € : 3,25 € le repas ; QF supérieur à 1 200 € : "
     "4,40 € le repas ; repas adulte : 6,00 €",
     "2025", 27, 27, 0, 0),
    ("DE-2025-097", "2025-12-11", "7.10",
     "Tarifs 2026 de location de la salle polyvalente des Coteaux : habitants de la commune 380 € le "
     "week-end, personnes extérieures à la commune 720 € le week-end, associations de la commune gratuité "
     "une fois par an puis 120 € ; caution 1 000 €",
     "2026", 28, 26, 2, 0),
    ("DE-2025-098", "2025-12-11", "7.10",
     "Tarifs 2026 du cimetière : concession de 15 ans 180 €, concession de 30 ans 350 €, concession de 50 "
     "ans 620 € ; case de columbarium pour 15 ans 450 €",
     "2026", 28, 28, 0, 0),
    ("DE-2025-099", "2025-12-11", "7.10",
     "Prix de l'eau et de l'assainissement pour 2026 : eau potable 1,42 € le m³, abonnement annuel 38 €, "
     "redevance d'assainissement collectif 1,65 € le m³",
     "2026", 28, 24, 3, 1),
    ("DE-2025-100", "2025-12-11", "7.10",
     "Droits de place 2026 : marché hebdomadaire du vendredi 1,20 € le mètre linéaire ; chalet du marché de "
     "Noël 90 € le week-end ; terrasses de café 12 € le m² par an",
     "2026", 28, 28, 0, 0),
    ("DE-2026-011", "2026-03-26", "7.1", "@CA2025", "2025", 27, 27, 0, 0),
    ("DE-2026-012", "2026-03-26", "7.2",
     "Vote des taux d'imposition 2026, inchangés par rapport à 2025 : taxe foncière sur les propriétés "
     "bâties 38,42 % ; taxe foncière sur les propriétés non bâties 21,85 % ; taxe d'habitation sur les "
     "résidences secondaires 14,60 %",
     "2026", 28, 24, 0, 4),
    ("DE-2026-013", "2026-03-26", "7.1", "@BP2026", "2026", 28, 22, 5, 1),
    ("DE-2026-014", "2026-03-26", "7.1", "@BP2026EAU", "2026", 28, 28, 0, 0),
    ("DE-2026-015", "2026-03-26", "7.5",
     "Subventions 2026 aux associations, pour un total de 48 600 € : Comité des fêtes d'Aubrécourt 9 700 € ; "
     "Union sportive d'Aubrécourt (football) 7 500 € ; Aubrécourt Athlétisme (Foulée des Bulles) 5 500 € ; "
     "Coopérative scolaire de l'école des Coteaux 4 400 € ; Harmonie municipale 4 200 € ; Basket club du "
     "Vignoble 3 400 € ; Judo club d'Aubrécourt 3 100 € ; Tennis club des Coteaux 2 800 € ; club des aînés "
     "Les Vendangeurs d'Antan 1 900 € ; Amicale des sapeurs-pompiers 1 500 € ; Restos du cœur 1 500 € ; "
     "Confrérie Saint-Vincent 1 200 € ; Association des parents d'élèves 1 100 € ; Secours catholique 800 €",
     "2026", 28, 26, 0, 2),
    ("DE-2026-016", "2026-03-26", "7.3",
     "Réalisation d'un emprunt de 600 000 € auprès de la Caisse d'Épargne Grand Est Europe, sur 20 ans au "
     "taux fixe de 3,45 %, pour financer la rénovation énergétique de l'école élémentaire des Coteaux",
     "2026", 28, 23, 5, 0),
    ("DE-2026-024", "2026-04-23", "8.1",
     "Plan de financement de la rénovation énergétique de l'école élémentaire des Coteaux : coût de "
     "l'opération 1 250 000 € HT ; DETR 350 000 € ; Région Grand Est 200 000 € ; Département de la Marne "
     "150 000 € ; part communale 550 000 €",
     "2026", 27, 27, 0, 0),
    ("DE-2026-034", "2026-05-28", "4.2",
     "Aire d'accueil des vendangeurs 2026 : ouverture au stade Paul-Bertrand du 25 août au 6 octobre 2026, "
     "tarif de 3,50 € par nuit et par personne, douches comprises ; recrutement de deux agents contractuels "
     "saisonniers pour son gardiennage",
     "2026", 27, 27, 0, 0),
    ("DE-2026-041", "2026-06-25", "8.1",
     "Tarifs de la restauration scolaire et de l'accueil périscolaire pour l'année scolaire 2026-2027 selon "
     "le quotient familial : QF jusqu'à 700 € : 2,10 € le repas et 1,10 € la séance de périscolaire ; QF de "
     "701 € à 1 200 € : 3,40 € le repas et 1,50 € la séance ; QF supérieur à 1 200 € : 4,60 € le repas et "
     "1,90 € la séance ; repas adulte : 6,20 €",
     "2026", 28, 25, 3, 0),
    ("DE-2026-043", "2026-06-25", "7.5",
     "Installation d'un système de vidéoprotection de 8 caméras aux entrées du bourg et place de l'Hôtel de "
     "Ville, pour un coût de 64 800 € HT, et demande de subvention au titre de la DETR au taux de 40 %, soit "
     "25 920 €",
     "2026", 28, 20, 6, 2),
    ("DE-2026-047", "2026-06-25", "3.2",
     "Vente de la parcelle communale cadastrée AB 212 (1 450 m², rue des Remparts) à M. et Mme Barbier au "
     "prix de 87 000 €, conforme à l'avis du service des Domaines",
     "2026", 28, 25, 2, 1),
    ("DE-2026-058", "2026-09-24", "7.1", "@DM2026", "2026", 27, 21, 5, 1),
    ("DE-2026-059", "2026-09-24", "8.3",
     "Dénomination de la voie nouvelle du lotissement des Hauts-Vignes : allée Simone-Veil",
     "", 27, 27, 0, 0),
    ("DE-2026-066", "2026-11-19", "7.10",
     "Prix de l'eau et de l'assainissement pour 2027 : eau potable 1,48 € le m³, abonnement annuel 40 €, "
     "redevance d'assainissement collectif 1,72 € le m³",
     "2027", 28, 22, 4, 2),
    ("DE-2026-067", "2026-11-19", "7.10",
     "Tarifs 2027 de location de la salle polyvalente des Coteaux : habitants de la commune 395 € le "
     "week-end, personnes extérieures à la commune 750 € le week-end, associations de la commune gratuité "
     "une fois par an puis 125 € ; caution 1 000 €",
     "2027", 28, 28, 0, 0),
    ("DE-2026-068", "2026-11-19", "7.10",
     "Tarifs 2027 du cimetière : concession de 15 ans 185 €, concession de 30 ans 360 €, concession de 50 "
     "ans 640 € ; case de columbarium pour 15 ans 460 €",
     "2027", 28, 28, 0, 0),
    ("DE-2026-069", "2026-11-19", "7.10",
     "Droits de place 2027 : marché hebdomadaire du vendredi 1,25 € le mètre linéaire ; chalet du marché de "
     "Noël 95 € le week-end ; terrasses de café 12 € le m² par an",
     "2027", 28, 28, 0, 0),
    ("DE-2026-070", "2026-11-19", "7.10",
     "Aire d'accueil des vendangeurs : tarif 2027 fixé à 4,00 € par nuit et par personne, douches comprises",
     "2027", 28, 27, 1, 0),
    ("DE-2026-071", "2026-11-19", "7.5",
     "Subvention exceptionnelle de 2 500 € au Comité des fêtes d'Aubrécourt pour l'organisation du marché de "
     "Noël 2026",
     "2026", 28, 26, 0, 2),
    ("DE-2026-072", "2026-11-19", "9.4",
     "Motion du conseil municipal contre la réduction des horaires d'ouverture du bureau de poste "
     "d'Aubrécourt-sur-Marne",
     "", 28, 28, 0, 0),
]
COUNCIL_SIZE = 29

# ---------------------------------------------------------------------------------------------
# Budget.  Budget principal lines:
#   (nature, chapitre, libellé, section F/I, D/R, réel R/ordre O, BP 2026, CA 2025 prévu, CA 2025 réalisé)
# None for BP26 on 023/021/001/002 means "computed by the generator to balance the document".
P = [
    # --- fonctionnement, dépenses réelles
    ("60611", "011", "Eau et assainissement", "F", "D", "R", 38000, 36000, 34812.46),
    ("60612", "011", "Énergie - Électricité", "F", "D", "R", 265000, 250000, 243617.82),
    ("60621", "011", "Combustibles", "F", "D", "R", 92000, 95000, 88405.19),
    ("60622", "011", "Carburants", "F", "D", "R", 36500, 35000, 33978.40),
    ("60623", "011", "Alimentation", "F", "D", "R", 148000, 140000, 139206.73),
    ("60631", "011", "Fournitures d'entretien", "F", "D", "R", 24000, 22000, 21544.08),
    ("60632", "011", "Fournitures de petit équipement", "F", "D", "R", 41000, 40000, 36720.55),
    ("6064", "011", "Fournitures administratives", "F", "D", "R", 12500, 12000, 10988.91),
    ("6067", "011", "Fournitures scolaires", "F", "D", "R", 27800, 26500, 25931.20),
    ("611", "011", "Contrats de prestations de services", "F", "D", "R", 186000, 178000, 172450.67),
    ("613", "011", "Locations", "F", "D", "R", 18000, 18000, 16204.00),
    ("615221", "011", "Bâtiments publics", "F", "D", "R", 95000, 90000, 84377.35),
    ("615231", "011", "Voiries", "F", "D", "R", 120000, 110000, 104862.90),
    ("6156", "011", "Maintenance", "F", "D", "R", 58000, 55000, 52319.44),
    ("6161", "011", "Multirisques", "F", "D", "R", 44000, 42500, 42318.00),
    ("622", "011", "Rémunérations d'intermédiaires et honoraires", "F", "D", "R", 22000, 20000, 14560.00),
    ("623", "011", "Publicité, publications, relations publiques", "F", "D", "R", 34000, 32000, 30877.12),
    ("626", "011", "Frais postaux et frais de télécommunications", "F", "D", "R", 16500, 16000, 15402.63),
    ("6281", "011", "Concours divers (cotisations)", "F", "D", "R", 9500, 9200, 9184.50),
    ("6288", "011", "Autres", "F", "D", "R", 15000, 14000, 11236.18),
    ("6218", "012", "Autre personnel extérieur", "F", "D", "R", 30000, 28000, 24980.00),
    ("633", "012", "Impôts, taxes et versements assimilés sur rémunérations (autres organismes)", "F", "D", "R", 46000, 44000, 43512.77),
    ("6411", "012", "Personnel titulaire", "F", "D", "R", 1265000, 1230000, 1218446.19),
    ("6413", "012", "Personnel non titulaire", "F", "D", "R", 298000, 285000, 291803.64),
    ("6450", "012", "Charges de sécurité sociale et de prévoyance", "F", "D", "R", 560000, 545000, 538921.37),
    ("647", "012", "Autres charges sociales", "F", "D", "R", 18000, 17500, 16742.00),
    ("648", "012", "Autres charges de personnel", "F", "D", "R", 12000, 11000, 9870.50),
    ("65311", "65", "Indemnités de fonction", "F", "D", "R", 118000, 116000, 114962.88),
    ("6553", "65", "Service d'incendie", "F", "D", "R", 187000, 181000, 180944.00),
    ("6558", "65", "Autres contributions obligatoires", "F", "D", "R", 42000, 40000, 39615.00),
    ("65736", "65", "Etablissements et services rattachés", "F", "D", "R", 45000, 42000, 42000.00),
    ("6574", "65", "Subventions de fonctionnement aux personnes, aux associations et aux autres organismes de droit privé", "F", "D", "R", 48600, 46500, 46150.00),
    ("6541", "65", "Créances admises en non-valeur", "F", "D", "R", 3000, 2500, 1204.36),
    ("66111", "66", "Intérêts réglés à l'échéance", "F", "D", "R", 61800, 66500, 66212.47),
    ("673", "67", "Titres annulés (sur exercices antérieurs)", "F", "D", "R", 2000, 2000, 860.40),
    # --- fonctionnement, dépenses d'ordre
    ("681", "042", "Dotations aux amortissements, aux dépréciations et aux provisions - Charges de fonctionnement", "F", "D", "O", 168000, 165000, 164882.10),
    ("023", "023", "Virement à la section d'investissement", "F", "D", "O", None, 390000, 0),
    # --- fonctionnement, recettes réelles
    ("6419", "013", "Remboursements sur rémunérations du personnel", "F", "R", "R", 25000, 20000, 31406.85),
    ("70311", "70", "Concession dans les cimetières (produit net)", "F", "R", "R", 6500, 6000, 7130.00),
    ("7032", "70", "Droits de permis de stationnement et de location sur la voie publique, les rivières, les ports et quais fluviaux et autres lieux publics", "F", "R", "R", 14800, 14000, 15262.40),
    ("7067", "70", "Redevances et droits des services périscolaires et d'enseignement", "F", "R", "R", 236000, 228000, 231590.25),
    ("70388", "70", "Autres redevances et recettes diverses", "F", "R", "R", 19500, 18000, 20334.50),
    ("70846", "70", "au GFP de rattachement", "F", "R", "R", 38000, 36000, 36842.00),
    ("73111", "731", "Impôts directs locaux", "F", "R", "R", 2386000, 2298000, 2312457.00),
    ("73123", "731", "Taxe communale additionnelle aux droits de mutation ou à la taxe de publicité foncière", "F", "R", "R", 135000, 150000, 142780.66),
    ("73211", "73", "Attribution de compensation", "F", "R", "R", 412000, 412000, 411986.00),
    ("732221", "73", "Fonds de péréquation des ressources communales et intercommunales", "F", "R", "R", 28000, 27000, 27512.00),
    ("74111", "74", "Dotation forfaitaire des communes", "F", "R", "R", 612000, 615000, 614889.00),
    ("741121", "74", "Dotation de solidarité rurale (DSR) des communes", "F", "R", "R", 98000, 94000, 95207.00),
    ("741127", "74", "Dotation nationale de péréquation (DNP) des communes", "F", "R", "R", 41000, 42000, 41633.00),
    ("744", "74", "FCTVA", "F", "R", "R", 9000, 8500, 8912.43),
    ("7473", "74", "Départements", "F", "R", "R", 22000, 20000, 21450.00),
    ("7478", "74", "Autres organismes", "F", "R", "R", 118000, 112000, 121664.29),
    ("74833", "74", "Etat - Compensation au titre des exonérations de taxe foncière", "F", "R", "R", 54000, 52000, 53119.00),
    ("752", "75", "Revenus des immeubles", "F", "R", "R", 64000, 62000, 65118.00),
    ("7588", "75", "Autres produits divers de gestion courante", "F", "R", "R", 12000, 10000, 13420.71),
    ("002", "002", "Résultat de fonctionnement reporté", "F", "R", "R", None, 402118.20, 402118.20),
    # --- investissement, dépenses réelles
    ("1641", "16", "Emprunts en euros", "I", "D", "R", 312000, 298000, 297845.12),
    ("165", "16", "Dépôts et cautionnements reçus", "I", "D", "R", 2000, 2000, 1150.00),
    ("202", "20", "Frais d'études, d'élaboration, de modifications et de révisions des documents d'urbanisme", "I", "D", "R", 25000, 30000, 18420.00),
    ("2051", "20", "Concessions et droits similaires", "I", "D", "R", 6000, 5000, 4380.00),
    ("2111", "21", "Terrains nus", "I", "D", "R", 40000, 0, 0),
    ("2135", "21", "Installations générales, agencements, aménagements des constructions", "I", "D", "R", 85000, 120000, 104655.32),
    ("2151", "21", "Réseaux de voirie", "I", "D", "R", 468000, 310000, 286410.77),
    ("2152", "21", "Installations de voirie", "I", "D", "R", 42000, 38000, 35120.40),
    ("21538", "21", "Autres réseaux", "I", "D", "R", 64000, 55000, 49875.66),
    ("2156", "21", "Matériel et outillage d'incendie et de défense civile", "I", "D", "R", 8000, 6000, 5412.00),
    ("2157", "21", "Matériel et outillage technique", "I", "D", "R", 36000, 30000, 27934.18),
    ("2182", "21", "Matériel de transport", "I", "D", "R", 48000, 0, 0),
    ("2183", "21", "Matériel informatique", "I", "D", "R", 14000, 12000, 11305.90),
    ("2184", "21", "Matériel de bureau et mobilier", "I", "D", "R", 22000, 15000, 13877.26),
    ("2188", "21", "Autres", "I", "D", "R", 64800, 20000, 16240.00),
    ("231", "23", "Immobilisations corporelles en cours", "I", "D", "R", 1180000, 240000, 212306.45),
    ("001", "001", "Solde d'exécution de la section d'investissement reporté", "I", "D", "R", None, 0, 0),
    # --- investissement, recettes réelles
    ("10222", "10", "FCTVA", "I", "R", "R", 198000, 165000, 171204.00),
    ("10226", "10", "Taxe d'aménagement", "I", "R", "R", 45000, 40000, 47612.38),
    ("1068", "10", "Excédents de fonctionnement capitalisés", "I", "R", "R", 350000, 300000, 300000.00),
    ("1321", "13", "Etat et établissements nationaux", "I", "R", "R", 375920, 80000, 80000.00),
    ("1322", "13", "Régions", "I", "R", "R", 200000, 0, 0),
    ("1323", "13", "Départements", "I", "R", "R", 210000, 95000, 62500.00),
    ("1641", "16", "Emprunts en euros", "I", "R", "R", 600000, 0, 0),
    ("024", "024", "Produits des cessions d'immobilisations", "I", "R", "R", 87000, 0, 0),
    # --- investissement, recettes d'ordre
    ("28131", "040", "Bâtiments publics", "I", "R", "O", 62000, 61000, 60940.00),
    ("28151", "040", "Réseaux de voirie", "I", "R", "O", 71000, 70000, 69830.40),
    ("28182", "040", "Matériel de transport", "I", "R", "O", 15000, 15000, 14911.70),
    ("28188", "040", "Autres", "I", "R", "O", 20000, 19000, 19200.00),
    ("021", "021", "Virement de la section de fonctionnement", "I", "R", "O", None, 390000, 0),
]

# Budget annexe de l'eau et de l'assainissement (same files, own SIRET), same layout.
EAU = [
    ("611", "011", "Contrats de prestations de services", "F", "D", "R", 145000, 140000, 138216.40),
    ("60612", "011", "Énergie - Électricité", "F", "D", "R", 62000, 58000, 61204.77),
    ("615232", "011", "Réseaux", "F", "D", "R", 48000, 45000, 39870.15),
    ("6411", "012", "Personnel titulaire", "F", "D", "R", 95000, 92000, 91455.30),
    ("6450", "012", "Charges de sécurité sociale et de prévoyance", "F", "D", "R", 41000, 40000, 39812.66),
    ("66111", "66", "Intérêts réglés à l'échéance", "F", "D", "R", 18400, 19600, 19577.12),
    ("681", "042", "Dotations aux amortissements, aux dépréciations et aux provisions - Charges de fonctionnement", "F", "D", "O", 180000, 176000, 175640.00),
    ("023", "023", "Virement à la section d'investissement", "F", "D", "O", None, 230000, 0),
    ("7011", "70", "Ventes d'eau", "F", "R", "R", 478000, 462000, 471380.62),
    ("706811", "70", "Redevance d'assainissement collectif", "F", "R", "R", 396000, 384000, 389912.45),
    ("704", "70", "Travaux", "F", "R", "R", 22000, 20000, 18650.00),
    ("1641", "16", "Emprunts en euros", "I", "D", "R", 64000, 61500, 61480.09),
    ("21531", "21", "Réseaux d'adduction d'eau", "I", "D", "R", 320000, 260000, 231745.80),
    ("21532", "21", "Réseaux d'assainissement", "I", "D", "R", None, 150000, 128660.00),
    ("1323", "13", "Départements", "I", "R", "R", 80000, 60000, 60000.00),
    ("1328", "13", "Autres", "I", "R", "R", 120000, 90000, 90000.00),
    ("1641", "16", "Emprunts en euros", "I", "R", "R", 150000, 0, 0),
    ("281531", "040", "Réseaux d'adduction d'eau", "I", "R", "O", 110000, 108000, 107800.00),
    ("281532", "040", "Réseaux d'assainissement", "I", "R", "O", 70000, 68000, 67840.00),
    ("021", "021", "Virement de la section de fonctionnement", "I", "R", "O", None, 230000, 0),
]

# Décision modificative n° 1 de 2026 (voted 2026-09-24): (budget, nature, chap, label, sec, D/R, R/O, amount)
DM = [
    ("P", "615231", "011", "Voiries", "F", "D", "R", 25000),
    ("P", "6413", "012", "Personnel non titulaire", "F", "D", "R", 18000),
    ("P", "60612", "011", "Énergie - Électricité", "F", "D", "R", -15000),
    ("P", "73123", "731", "Taxe communale additionnelle aux droits de mutation ou à la taxe de publicité foncière", "F", "R", "R", 28000),
    ("P", "2151", "21", "Réseaux de voirie", "I", "D", "R", 60000),
    ("P", "2188", "21", "Autres", "I", "D", "R", -20000),
    ("P", "1323", "13", "Départements", "I", "R", "R", 40000),
    ("E", "21532", "21", "Réseaux d'assainissement", "I", "D", "R", 12000),
    ("E", "21531", "21", "Réseaux d'adduction d'eau", "I", "D", "R", -12000),
]

BUDGET_NOM_P = "COMMUNE D'AUBRECOURT-SUR-MARNE"
BUDGET_NOM_E = "AUBRECOURT-SUR-MARNE - EAU ET ASSAINISSEMENT"

CHAPITRES = {
    "001": "Solde d'exécution de la section d'investissement reporté",
    "002": "Résultat de fonctionnement reporté",
    "011": "Charges à caractère général",
    "012": "Charges de personnel et frais assimilés",
    "013": "Atténuations de charges",
    "021": "Virement de la section de fonctionnement",
    "023": "Virement à la section d'investissement",
    "024": "Produits des cessions d'immobilisations",
    "040": "Opérations d'ordre de transfert entre sections",
    "042": "Opérations d'ordre de transfert entre sections",
    "10": "Dotations, fonds divers et réserves",
    "13": "Subventions d'investissement",
    "16": "Emprunts et dettes assimilées",
    "20": "Immobilisations incorporelles",
    "21": "Immobilisations corporelles",
    "23": "Immobilisations en cours",
    "65": "Autres charges de gestion courante",
    "66": "Charges financières",
    "67": "Charges spécifiques",
    "70": "Produits des services, du domaine et ventes diverses",
    "73": "Impôts et taxes",
    "731": "Fiscalité locale",
    "74": "Dotations et participations",
    "75": "Autres produits de gestion courante",
}

# ---------------------------------------------------------------------------------------------
# Annuaire : nom, catégorie, adresse, téléphone, email, site, horaires (OSM), description
A = f"{CP} {NOM}"
ANNUAIRE = [
    # maisons de champagne
    ("Champagne Vautrin-Lallement", "maison de champagne", f"14 rue des Crayères, {A}", "03 26 59 41 20",
     "caves@vautrin-lallement.fr", "https://www.vautrin-lallement.fr",
     "Apr-Oct Mo-Sa 10:00-12:00,14:00-18:00; Nov-Mar Mo-Fr 14:00-17:00",
     "Visite des caves creusées dans la craie et dégustation de deux coupes : 18 € par personne, sur réservation."),
    ("Maison Delahaye & Fils", "maison de champagne", f"3 avenue de Champagne, {A}", "03 26 59 42 35",
     "accueil@delahaye-champagne.fr", "https://www.delahaye-champagne.fr",
     "Mo-Sa 09:30-12:30,14:00-18:30; Su 10:00-13:00",
     "Boutique et visites guidées des caves à 10h30 et 15h00. Visite en anglais le samedi."),
    ("Champagne Rémy Gaillot", "vigneron récoltant", f"27 rue des Vignerons, {A}", "03 26 59 43 08",
     "contact@champagne-gaillot.fr", "",
     "Apr-Oct Tu-Su 10:00-18:00; Nov-Mar Sa 10:00-17:00",
     "Récoltant-manipulant, visite du pressoir et dégustation gratuite."),
    ("Champagne Bérard-Noblet", "vigneron récoltant", f"8 chemin des Loges, {A}", "03 26 59 43 77",
     "", "", "May-Sep Mo-Sa 10:00-12:00,14:00-18:00; Oct-Apr off",
     "Dégustation au milieu des vignes, terrasse panoramique. Fermé d'octobre à avril."),
    ("Coopérative des Vignerons d'Aubrécourt", "cave coopérative", f"2 rue du Pressoir, {A}", "03 26 59 44 10",
     "boutique@coop-aubrecourt.fr", "", "Mo-Sa 09:00-12:00,14:00-18:00",
     "Boutique de la coopérative : champagnes de 70 vignerons adhérents. Embauche de vendangeurs en été."),
    ("Champagne Lucie Marchal", "vigneron récoltant", f"41 Grande Rue, {A}", "03 26 59 45 62",
     "lucie@champagne-marchal.fr", "", "Jan-Aug,Oct-Dec Mo-Sa 10:00-18:00; Sep off",
     "Champagnes en biodynamie. Fermé en septembre pendant les vendanges."),
    ("Champagne Thierry Auboin", "vigneron récoltant", f"5 rue Saint-Vincent, {A}", "03 26 59 46 14",
     "", "", "", "Visites et dégustations uniquement sur rendez-vous, par téléphone."),
    ("Maison Perrot-Vaudin", "maison de champagne", f"60 avenue de Champagne, {A}", "03 26 59 47 00",
     "visites@perrot-vaudin.fr", "https://www.perrot-vaudin.fr", "Mo-Su 10:00-19:00",
     "Grande maison de négoce. Visite des crayères (45 minutes) : 25 € avec dégustation."),
    # santé
    ("Dr Claire Meunier", "médecin généraliste", f"Maison de santé des Coteaux, 4 rue Pasteur, {A}",
     "03 26 59 50 10", "", "", "Mo-Fr 08:30-12:00,14:00-19:00; Sa 09:00-12:00",
     "Consultations sur rendez-vous, prise de rendez-vous en ligne."),
    ("Dr Antoine Royer", "médecin généraliste", f"Maison de santé des Coteaux, 4 rue Pasteur, {A}",
     "03 26 59 50 11", "", "", "Mo,Tu,Th,Fr 08:30-12:30,14:30-19:00",
     "Ne consulte pas le mercredi. Médecin du sport."),
    ("Dr Sophie Lambert", "médecin généraliste", f"18 rue Victor-Hugo, {A}", "03 26 59 51 40", "", "",
     "Mo-We,Fr 09:00-12:00,15:00-19:00; Sa 09:00-12:00",
     "Consultations sans rendez-vous le samedi matin."),
    ("Cabinet dentaire Morel", "dentiste", f"12 rue de la Gare, {A}", "03 26 59 52 25", "", "",
     "Mo-Fr 09:00-12:00,14:00-18:30", "Deux chirurgiens-dentistes. Urgences le matin."),
    ("Cabinet de kinésithérapie des Coteaux", "kinésithérapeute",
     f"Maison de santé des Coteaux, 4 rue Pasteur, {A}", "03 26 59 50 20", "", "", "Mo-Fr 08:00-20:00",
     "Kinésithérapie, rééducation du sport. Soins à domicile sur prescription."),
    ("Cabinet infirmier Durand-Petit", "infirmier", f"Maison de santé des Coteaux, 4 rue Pasteur, {A}",
     "06 12 48 57 30", "", "", "Mo-Sa 07:30-08:30",
     "Permanence au cabinet sans rendez-vous ; soins à domicile 7 jours sur 7."),
    ("Pharmacie de la Marne", "pharmacie", f"22 rue de la Marne, {A}", "03 26 59 53 00", "", "",
     "Mo-Fr 09:00-12:30,14:00-19:30; Sa 09:00-12:30,14:00-18:00",
     "Pharmacie de garde : composer le 32 37."),
    ("Pharmacie des Coteaux", "pharmacie", f"3 place du Marché, {A}", "03 26 59 53 48", "", "",
     "Mo-Sa 08:45-12:30,14:00-19:15", "Location de matériel médical."),
    ("Clinique vétérinaire de la Vallée", "vétérinaire", f"31 route d'Épernay, {A}", "03 26 59 54 90", "", "",
     "Mo-Fr 08:30-12:00,14:00-19:00; Sa 08:30-12:00", "Animaux de compagnie et chevaux."),
    # sport et associations
    ("Union sportive d'Aubrécourt", "club de football", f"Stade Paul-Bertrand, chemin du Stade, {A}",
     "06 30 21 44 87", "usaubrecourt@gmail.com", "", "",
     "Football de 5 ans aux vétérans. Entraînements des jeunes le mercredi après-midi."),
    ("Tennis club des Coteaux", "club de tennis", f"Chemin du Stade, {A}", "06 45 18 72 03",
     "tc.coteaux@gmail.com", "", "Mo-Su 08:00-22:00", "Quatre courts dont deux couverts. Accès par badge."),
    ("Judo club d'Aubrécourt", "club de judo", f"Gymnase Roger-Lallement, rue des Remparts, {A}",
     "06 81 33 09 64", "", "", "Tu,Th 17:30-21:00; Sa 10:00-12:00", "Judo et jujitsu dès 4 ans."),
    ("Aubrécourt Athlétisme", "club d'athlétisme", f"14 rue Pasteur, {A}", "06 72 90 15 48",
     "contact@foulee-des-bulles.fr", "https://www.foulee-des-bulles.fr", "",
     "Course à pied et marche nordique. Organise chaque printemps la Foulée des Bulles, marathon des coteaux."),
    ("Basket club du Vignoble", "club de basket", f"Gymnase Roger-Lallement, rue des Remparts, {A}",
     "06 24 77 31 52", "", "", "", "Basket mixte dès 6 ans, équipes seniors en championnat régional."),
    ("Harmonie municipale d'Aubrécourt", "association culturelle", f"Salle de musique, 7 rue de l'Église, {A}",
     "06 09 64 12 38", "", "", "Fr 20:00-22:00", "Répétitions le vendredi soir ; école de musique."),
    ("Comité des fêtes d'Aubrécourt", "association", f"2 place de l'Hôtel de Ville, {A}", "06 77 52 40 19",
     "comitedesfetes.aubrecourt@gmail.com", "", "",
     "Organise le Cochelet, la brocante des Vignerons et le marché de Noël. Inscriptions des exposants."),
    # services publics
    ("Bureau de poste d'Aubrécourt", "bureau de poste", f"9 rue Jeanne-d'Arc, {A}", "36 31", "", "",
     "Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00", "Retrait des colis et recommandés, distributeur de billets."),
    ("Médiathèque La Grappe", "médiathèque", f"7 rue de l'Église, {A}", "03 26 59 40 30",
     "mediatheque@aubrecourt-sur-marne.fr", "",
     "Tu 14:00-18:00; We 10:00-12:00,14:00-18:00; Fr 14:00-19:00; Sa 10:00-16:00",
     "Prêt gratuit pour les habitants. Espace numérique et heure du conte le mercredi."),
    ("Salle polyvalente des Coteaux", "salle des fêtes", f"1 rue du Pressoir, {A}", "03 26 59 40 00", "", "",
     "", "Ancienne cuverie de la coopérative, 250 places assises. Réservation à l'accueil de la mairie."),
    ("Stade Paul-Bertrand", "stade", f"Chemin du Stade, {A}", "", "", "", "",
     "Terrain d'honneur, terrain synthétique et piste d'athlétisme. Accueille l'aire des vendangeurs en saison."),
    ("Gymnase Roger-Lallement", "gymnase", f"Rue des Remparts, {A}", "03 26 59 40 40", "", "",
     "Mo-Fr 08:00-22:00; Sa 09:00-18:00", "Salle omnisports, dojo et mur d'escalade."),
    ("Déchèterie intercommunale", "déchèterie", f"Route de Mareuil, {A}", "03 26 59 61 00", "", "",
     "Apr-Oct Mo,We-Sa 09:00-12:00,14:00-18:30; Nov-Mar Mo,We-Sa 09:00-12:00,13:30-17:00; PH off",
     "Gérée par la communauté de communes Coteaux et Marne. Carte d'accès obligatoire."),
    ("Aire d'accueil des vendangeurs", "aire d'accueil", f"Stade Paul-Bertrand, chemin du Stade, {A}",
     "06 71 28 46 02", "", "", "",
     "Ouverte pendant les vendanges seulement (en 2026 du 25 août au 6 octobre) : tentes et fourgons, douches chaudes."),
    ("Point accueil saisonniers", "accueil des saisonniers", f"Annexe de la mairie, 4 place de l'Hôtel de Ville, {A}",
     "03 26 59 40 15", "saisonniers@aubrecourt-sur-marne.fr", "", "Aug-Sep Mo-Sa 08:00-12:00,17:00-19:00",
     "Pour les vendangeurs : inscription à l'aire d'accueil, offres d'emploi des vignerons, bagagerie."),
    ("France services Coteaux et Marne", "maison France services", f"5 rue de la Gare, {A}", "03 26 59 62 30",
     "franceservices@coteaux-marne.fr", "", "Mo-Fr 09:00-12:00,13:30-17:00",
     "Aide aux démarches en ligne : CAF, impôts, retraite, France Travail, MSA."),
    ("Brigade de gendarmerie d'Aubrécourt", "gendarmerie", f"20 route d'Épernay, {A}", "03 26 59 17 17", "", "",
     "Mo-Sa 08:00-12:00,14:00-18:00; Su 09:00-12:00,15:00-18:00", "En cas d'urgence, composez le 17."),
    ("Centre de secours d'Aubrécourt", "sapeurs-pompiers", f"Rue du Moulin, {A}", "", "", "", "",
     "Sapeurs-pompiers volontaires. En cas d'urgence, composez le 18 ou le 112."),
    ("Bureau d'information touristique des Coteaux", "office de tourisme", f"6 place de l'Hôtel de Ville, {A}",
     "03 26 59 48 48", "tourisme@coteaux-marne.fr", "",
     "Apr-Oct Mo-Sa 09:30-12:30,14:00-18:00; Apr-Oct Su 10:00-13:00; Nov-Mar Tu-Sa 10:00-12:30,14:00-17:00",
     "Plans des sentiers du vignoble, réservations des visites de caves, location de vélos électriques."),
    ("École maternelle Les Sarments", "école maternelle", f"11 rue des Remparts, {A}", "03 26 59 55 10", "", "",
     "Mo,Tu,Th,Fr 08:35-11:45,13:30-16:30", "Cinq classes."),
    ("École élémentaire des Coteaux", "école élémentaire", f"15 rue des Remparts, {A}", "03 26 59 55 20", "", "",
     "Mo,Tu,Th,Fr 08:35-11:45,13:30-16:30", "Dix classes. Accueil périscolaire dans l'école."),
    ("Collège du Vignoble", "collège", f"Avenue de Champagne, {A}", "03 26 59 56 00", "", "",
     "Mo-Fr 08:00-17:30", "Collège public de 480 élèves."),
    ("Multi-accueil Les Petits Bouchons", "crèche", f"9 allée des Tilleuls, {A}", "03 26 59 57 15", "", "",
     "Mo-Fr 07:30-18:30", "Crèche de 30 places, de 10 semaines à 4 ans."),
    # commerces
    ("Boulangerie Lefèvre", "boulangerie", f"16 Grande Rue, {A}", "03 26 59 58 02", "", "",
     "Tu-Sa 06:30-13:00,15:00-19:30; Su 07:00-12:30", "Fermée le lundi."),
    ("Au Pain des Vignes", "boulangerie", f"5 place du Marché, {A}", "03 26 59 58 44", "", "",
     "Mo,We-Su 06:30-13:00,15:30-19:00", "Fermée le mardi. Biscuits roses maison."),
    ("Boucherie Gérardin", "boucherie", f"19 Grande Rue, {A}", "03 26 59 58 71", "", "",
     "Tu-Sa 08:00-12:30,15:00-19:00; Su 08:00-12:00", ""),
    ("Épicerie du Marché", "épicerie", f"1 place du Marché, {A}", "03 26 59 59 10", "", "",
     "Mo-Sa 08:00-20:00; Su 09:00-13:00", "Supérette, dépôt de gaz, relais colis."),
    ("Restaurant Le Pressoir", "restaurant", f"10 rue du Pressoir, {A}", "03 26 59 60 25", "", "",
     "Tu-Sa 12:00-14:00,19:00-21:30; Su 12:00-14:00", "Cuisine champenoise, menu du jour à 19 €."),
    ("Bistrot des Vendangeurs", "café-restaurant", f"2 rue des Vignerons, {A}", "03 26 59 60 70", "", "",
     "Mo-Sa 07:00-20:00", "Plats du jour, tabac-presse, point Relais."),
    ("Hôtel Les Coteaux", "hôtel", f"25 avenue de Champagne, {A}", "03 26 59 63 00", "", "https://www.hotel-lescoteaux.fr",
     "", "Hôtel de 18 chambres, réception de 7h à 22h."),
    ("Garage de la Marne", "garage", f"40 route d'Épernay, {A}", "03 26 59 64 12", "", "",
     "Mo-Fr 08:00-12:00,13:30-18:30; Sa 08:00-12:00", "Réparation toutes marques, dépannage."),
    ("Taxi des Coteaux", "taxi", f"Aubrécourt-sur-Marne", "06 08 41 27 93", "", "", "",
     "Taxi conventionné, gare d'Épernay et aéroport."),
]
