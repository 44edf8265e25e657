"""Generates files/ of commune-ag (fictional Aubrevaz-sur-Lac, 74). Run: python make_files.py"""
import csv, io, os
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
F = os.path.join(HERE, "files")
os.makedirs(F, exist_ok=True)
NOM = "Aubrevaz-sur-Lac"
SIRET = "21749980000017"
SIRET_CAMP = "21749980000025"

def w(name, text, enc="utf-8"):
    with open(os.path.join(F, name), "w", encoding=enc, newline="") as fh:
        fh.write(text)

def csvtext(header, rows, delim=",", crlf=False):
    buf = io.StringIO()
    wr = csv.writer(buf, delimiter=delim, lineterminator="\r\n" if crlf else "\n", quoting=csv.QUOTE_MINIMAL)
    wr.writerow(header)
    for r in rows:
        wr.writerow(r)
    return buf.getvalue()

# ---------------------------------------------------------------- profile
w("commune.yml", f"""nom: {NOM}
code_insee: "74998"
siret: "{SIRET}"
population: 3108
site_web: https://www.aubrevaz-sur-lac.fr
maire: Hélène Vuarchex
description: >-
  Commune du bord du lac, en Haute-Savoie : plage de la Grève, port de plaisance des Mouettes,
  marché le mercredi matin, camping municipal Les Roseaux, navette de ski l'hiver.
mairie:
  adresse: 12 place de l'Église, 74410 {NOM}
  telephone: 04 50 68 21 40
  email: mairie@aubrevaz-sur-lac.fr
  horaires: "Mo,Th 08:30-12:00,14:00-18:00; Tu,We,Fr 08:30-12:00; Sa 09:00-11:30; PH off"
""")

# ---------------------------------------------------------------- vocabulaire
w("vocabulaire.txt", """# mots d'Aubrevaz-sur-Lac
# la médiathèque est installée dans l'ancienne fruitière (coopérative laitière) : tout le monde dit « la Fruitière »
la Fruitière => médiathèque La Fruitière
# la plage municipale
la Grève, plage de la Grève, plage municipale
# la navette de ski
le Charvet-bus, navette de ski, ski bus
""")

# ---------------------------------------------------------------- fiches (two files)
fiches1 = [
 ("Comment faire une carte d'identité ou un passeport ?", "La mairie d'Aubrevaz-sur-Lac est équipée d'un dispositif de recueil : uniquement sur rendez-vous, à prendre au 04 50 68 21 40 ou sur le site de la commune. Faites d'abord une pré-demande en ligne sur le site de l'ANTS. Délai actuel : environ 5 semaines en été, 3 semaines le reste de l'année.", "carte d'identite|CNI|passeport|renouveler ma carte", "état civil", "https://www.aubrevaz-sur-lac.fr/demarches"),
 ("Comment s'inscrire sur les listes électorales ?", "En ligne sur service-public.fr ou en mairie avec une pièce d'identité et un justificatif de domicile de moins de 3 mois. Pour voter à une élection, l'inscription doit être faite au plus tard le 6e vendredi précédant le scrutin.", "inscription listes electorales|voter|carte electorale", "élections", ""),
 ("Quand sont ramassées les poubelles ?", "Les ordures ménagères (bac gris) sont collectées le mardi matin. Le tri (bac jaune) est collecté le vendredi matin, une semaine sur deux (semaines paires). Du 1er juillet au 31 août, une collecte supplémentaire des ordures ménagères a lieu le samedi matin dans le secteur du lac (avenue du Lac, quai des Mouettes, camping). Sortez les bacs la veille au soir.", "collecte des ordures|poubelle jaune|ramassage des dechets|jour des poubelles", "déchets", ""),
 ("Où se trouve la déchetterie ?", "La déchetterie intercommunale des Rives est route des Crêts, à Aubrevaz-sur-Lac. Elle est gérée par la communauté de communes des Rives du Lac : horaires dans l'annuaire. Accès gratuit pour les particuliers avec la carte d'accès, à demander à la communauté de communes.", "decheterie|déchèterie|encombrants|gravats", "déchets", ""),
 ("Comment se débarrasser d'un encombrant ?", "Déposez-le à la déchetterie des Rives. Pour les personnes de plus de 75 ans ou à mobilité réduite, la mairie organise un enlèvement gratuit des encombrants le premier lundi du mois, sur inscription en mairie au plus tard le jeudi précédent.", "encombrants|vieux frigo|matelas|canape", "déchets", ""),
 ("Comment fonctionne le stationnement au bord du lac ?", "Du 1er juin au 30 septembre, le parking du Lac est payant tous les jours de 9h00 à 19h00 : 2,00 € l'heure, forfait journée 12,00 €, les 15 premières minutes gratuites. Les habitants d'Aubrevaz-sur-Lac peuvent acheter un macaron résident à 25,00 € par an, en mairie, avec la carte grise et un justificatif de domicile. Les camping-cars sont interdits sur le parking du Lac et avenue du Lac pendant la saison : aire de camping-cars au camping Les Roseaux. Le reste de l'année, le parking du Lac est gratuit.", "parking du lac payant|macaron resident|prix parking lac|ou se garer au lac|camping car lac", "stationnement", ""),
 ("La plage est-elle surveillée ?", "La baignade à la plage de la Grève est surveillée du 1er juillet au 31 août, tous les jours de 11h00 à 19h00, par deux surveillants de baignade. En dehors de ces dates et horaires, la baignade se fait à vos risques. La plage est gratuite. Les chiens y sont interdits en saison (voir l'arrêté de l'année).", "baignade surveillee|maitre nageur|plage de la greve|horaires plage", "lac et plage", ""),
 ("Comment obtenir une place au port de plaisance ?", "Les places à l'année au port des Mouettes sont attribuées sur liste d'attente : le formulaire de demande est à retirer à la capitainerie ou en mairie. L'attente moyenne est de 4 ans. Les tarifs sont votés chaque année par le conseil municipal. Les visiteurs de passage s'adressent à la capitainerie (canal VHF 9).", "place au port|amarrage|anneau port|liste d'attente port|bateau port des mouettes", "port", ""),
 ("Comment mettre son bateau à l'eau ?", "La cale de mise à l'eau du port des Mouettes est ouverte à tous. Chaque mise à l'eau est payante (ticket à la capitainerie) ou couverte par le badge saison. Les tarifs sont fixés par délibération du conseil municipal. Le lavage des coques est interdit sur la cale.", "cale de mise a l'eau|mise a l'eau|remorque bateau", "port", ""),
]
fiches2 = [
 ("Y a-t-il une navette pour aller au ski ?", "Oui : la navette de ski (Charvet-bus) relie la place de la Poste à la station du Mont Charvet les samedis et dimanches et tous les jours des vacances scolaires d'hiver, de fin décembre à début avril. Départs de la place de la Poste à 8h15 et 9h30, retours de la station à 16h30 et 17h30. La navette est gratuite pour tous. Les skis se mettent dans la soute.", "navette ski|ski bus|bus pour la station|charvet bus|aller skier", "transports", ""),
 ("Quand a lieu le marché ?", "Le marché hebdomadaire se tient le mercredi matin de 7h30 à 13h00 sur la place du Marché et rue des Tilleuls. En juillet et août, un marché nocturne d'artisans a lieu en plus le jeudi soir de 18h00 à 22h00 sur le quai des Mouettes. Les commerçants non sédentaires s'adressent à la mairie pour obtenir une place (placier présent à 7h00).", "marche|jour du marche|marche du mercredi|marche nocturne", "vie locale", ""),
 ("Comment inscrire mon enfant à la crèche ?", "Le multi-accueil Les P'tits Mousses accueille 30 enfants de 10 semaines à 3 ans. Les demandes de place se font par le formulaire de pré-inscription, à déposer en mairie ou à la crèche ; les places sont attribuées en commission d'attribution en avril et en octobre. Le tarif suit le barème national de la CAF selon vos revenus.", "creche|multi accueil|garde bebe|p'tits mousses|place en creche", "petite enfance", ""),
 ("Comment inscrire mon enfant à l'école ?", "Inscription en mairie avec le livret de famille, un justificatif de domicile et le carnet de santé, puis admission auprès de la directrice du groupe scolaire Les Grèbes. Les inscriptions pour la rentrée de septembre ont lieu de mars à mai.", "inscription ecole|ecole maternelle|inscrire a l'ecole", "école", ""),
 ("Combien coûte la cantine ?", "Le repas à la restauration scolaire coûte 4,35 € depuis la rentrée 2026, 2,10 € pour les familles dont le quotient familial est inférieur à 700. Inscription et paiement sur le portail famille. Un repas non décommandé 48 heures à l'avance est facturé.", "prix cantine|tarif repas|restauration scolaire|cantoche", "école", ""),
 ("Comment aller au collège ?", "Les élèves d'Aubrevaz-sur-Lac sont scolarisés au collège Les Grèbes, chemin du Clos, sur la commune. Les élèves des hameaux prennent le car scolaire de la Région (ligne 62) : inscription sur le site de la Région Auvergne-Rhône-Alpes avant le 15 juillet.", "college|car scolaire|transport scolaire", "école", ""),
 ("Comment s'inscrire à la médiathèque ?", "La médiathèque La Fruitière est gratuite pour les habitants d'Aubrevaz-sur-Lac (justificatif de domicile). Pour les non-résidents, l'abonnement annuel coûte 12,00 € en 2026. On peut emprunter 6 documents pour 3 semaines.", "mediatheque|bibliotheque|la fruitiere|emprunter des livres|abonnement bibliotheque", "culture", ""),
 ("Quels sont les horaires du cimetière ?", "Le cimetière, route de la Croix-Blanche, est ouvert du 1er avril au 31 octobre de 8h00 à 19h00, et du 1er novembre au 31 mars de 8h00 à 17h30. Pour acheter une concession, adressez-vous à la mairie.", "cimetiere|concession|tombe|horaires cimetiere", "cimetière", ""),
 ("Quand peut-on tondre ou faire du bruit ?", "Les travaux de bricolage et de jardinage avec des appareils bruyants sont autorisés les jours ouvrables de 8h00 à 12h00 et de 14h00 à 19h30, le samedi de 9h00 à 12h00 et de 15h00 à 19h00, le dimanche et les jours fériés de 10h00 à 12h00 seulement.", "tondeuse|bruit|tondre dimanche|bricolage horaires", "tranquillité", ""),
 ("Peut-on brûler ses déchets verts ?", "Non. Le brûlage des déchets verts à l'air libre est interdit toute l'année en Haute-Savoie. Apportez-les à la déchetterie des Rives ou compostez-les.", "bruler les feuilles|feu de jardin|brulage|incineration dechets verts", "déchets", ""),
 ("Comment réserver au camping municipal ?", "Le camping municipal Les Roseaux (96 emplacements, au bord du lac) est ouvert du 1er mai au 30 septembre. Réservation en ligne sur le site de la commune ou par téléphone à l'accueil du camping au 04 50 68 27 90. Les tarifs sont votés chaque année par le conseil municipal ; la taxe de séjour s'ajoute.", "camping|reserver camping|emplacement tente|les roseaux", "tourisme", ""),
 ("Comment louer une salle ?", "La salle du Bief (150 personnes) se loue aux habitants 320,00 € le week-end, 540,00 € pour les personnes extérieures, caution 1 000,00 €. Réservation en mairie, au moins 2 mois à l'avance.", "location salle des fetes|salle du bief|louer une salle|mariage salle", "vie locale", ""),
 ("Qui déneige les routes ?", "Les services techniques déneigent les voies communales dès 5 cm de neige, en commençant par les accès à l'école, au collège, à l'EHPAD et au parcours de la navette. Les trottoirs devant chez vous sont à déneiger par les riverains. En hiver, un arrêté interdit le stationnement de nuit rue du Vieux-Village.", "deneigement|chasse neige|neige route|trottoir neige", "voirie", ""),
 ("Comment faire une demande d'urbanisme ?", "Permis de construire, déclaration préalable (clôture, piscine, abri de jardin de plus de 5 m², ravalement) : dépôt en ligne sur le guichet numérique des autorisations d'urbanisme ou en mairie. Le service urbanisme reçoit sur rendez-vous le jeudi après-midi.", "permis de construire|declaration prealable|cloture|abri de jardin|urbanisme", "urbanisme", ""),
]
head = ["question", "reponse", "variantes", "theme", "lien"]
w("fiches-pratiques.csv", csvtext(head, fiches1))
# second file: semicolons, Windows-1252, CRLF (as exported by Excel)
w("fiches-pratiques-suite.csv", csvtext(head, fiches2, delim=";", crlf=True), enc="cp1252")

# ---------------------------------------------------------------- arrêtés CSV
MAT = ("6.1", "libertés publiques et pouvoirs de police/police municipale")
MATV = ("6.4", "libertés publiques et pouvoirs de police/autres actes réglementaires")
arr = [
 ("2024-030", "2024-03-12", "permanent", MAT, "Horaires d'ouverture du cimetière communal : du 1er avril au 31 octobre de 8h00 à 19h00, du 1er novembre au 31 mars de 8h00 à 17h30", "", "", "cimetière communal;route de la Croix-Blanche"),
 ("2025-041", "20/05/2025", "temporaire", MAT, "Réglementation du stationnement aux abords du lac pour la saison 2025 : stationnement payant sur le parking du Lac et interdiction des camping-cars", "01/06/2025", "30/09/2025", "parking du Lac;avenue du Lac"),
 ("2025-044", "2025-05-27", "temporaire", MAT, "Interdiction des chiens sur la plage de la Grève pour la saison 2025, même tenus en laisse", "2025-06-01", "2025-09-15", "plage de la Grève"),
 ("2025-085", "10/11/2025", "temporaire", MATV, "Déneigement : stationnement interdit rue du Vieux-Village chaque nuit de 1h00 à 7h00 pendant la période hivernale 2025-2026", "15/11/2025", "15/03/2026", "rue du Vieux-Village"),
 ("2025-088", "2025-12-01", "temporaire", MAT, "Navette de ski saison 2025-2026 : stationnement interdit sur la place de la Poste les samedis et dimanches de 7h00 à 9h30 pour le départ de la navette", "2025-12-20", "2026-03-29", "place de la Poste"),
 ("2026-005", "15/01/2026", "permanent", MAT, "Circulation interdite aux véhicules de plus de 7,5 tonnes avenue du Lac et quai des Mouettes, sauf livraisons et services publics", "", "", "avenue du Lac;quai des Mouettes"),
 ("2026-012", "2026-04-14", "temporaire", MAT, "Réglementation du stationnement aux abords du lac pour la saison 2026 : stationnement payant tous les jours de 9h00 à 19h00 sur le parking du Lac, camping-cars interdits sur le parking du Lac et avenue du Lac", "2026-06-01", "2026-09-30", "parking du Lac;avenue du Lac"),
 ("2026-015", "28/04/2026", "temporaire", MAT, "Interdiction des chiens sur la plage de la Grève pour la saison 2026, même tenus en laisse", "15/05/2026", "15/09/2026", "plage de la Grève"),
 ("2026-018", "2026-05-04", "permanent", MAT, "Vitesse des bateaux limitée à 3 nœuds dans le port des Mouettes et son chenal d'accès ; vitesse limitée à 5 nœuds dans la bande des 300 mètres devant la plage de la Grève", "", "", "port des Mouettes;plage de la Grève"),
 ("2026-019", "04/05/2026", "temporaire", MAT, "Zone de baignade balisée de la plage de la Grève interdite à toute embarcation (bateaux, paddles, planches à voile) pendant la saison 2026", "01/06/2026", "15/09/2026", "plage de la Grève"),
 ("2026-021", "2026-05-05", "temporaire", MAT, "Vide-grenier du Comité des fêtes : circulation et stationnement interdits le dimanche 17 mai 2026 de 5h00 à 19h00", "2026-05-17", "2026-05-17", "place du Marché;rue des Tilleuls"),
 ("2026-022", "12/05/2026", "temporaire", MAT, "Consommation d'alcool sur la voie publique interdite de 20h00 à 7h00 sur la plage de la Grève, le quai des Mouettes et le parking du Lac pendant la saison 2026", "01/06/2026", "30/09/2026", "plage de la Grève;quai des Mouettes;parking du Lac"),
 ("2026-023", "2026-05-12", "temporaire", MAT, "Barbecues et feux de toute nature interdits sur les berges du lac et la plage de la Grève pendant la saison 2026", "2026-05-15", "2026-09-30", "plage de la Grève;berges du lac"),
 ("2026-024", "02/06/2026", "permanent", MAT, "Marché hebdomadaire du mercredi : stationnement interdit chaque mercredi de 6h00 à 14h00 place du Marché et rue des Tilleuls", "", "", "place du Marché;rue des Tilleuls"),
 ("2026-026", "2026-06-09", "temporaire", MAT, "Heures de fermeture des terrasses du quai des Mouettes pour la saison 2026 : 23h30 du dimanche au jeudi, 1h00 les nuits du vendredi et du samedi", "2026-06-01", "2026-09-30", "quai des Mouettes"),
 ("2026-027", "16/06/2026", "temporaire", MAT, "Piétonnisation estivale : circulation interdite avenue du Lac les samedis et dimanches de 10h00 à 19h00, sauf riverains et secours", "04/07/2026", "30/08/2026", "avenue du Lac"),
 ("2026-031", "2026-06-30", "temporaire", MAT, "Fête nationale et feu d'artifice tiré depuis la digue du port : circulation et stationnement interdits quai des Mouettes et avenue du Lac du mardi 14 juillet 2026 à 18h00 au mercredi 15 juillet 2026 à 2h00 ; navigation interdite dans le port pendant le tir, de 22h00 à 23h30", "2026-07-14", "2026-07-15", "quai des Mouettes;avenue du Lac;port des Mouettes"),
 ("2026-034", "22/07/2026", "temporaire", MAT, "Interdiction temporaire de la baignade à la plage de la Grève à la suite d'une pollution bactériologique (analyses de l'ARS non conformes), jusqu'à de nouvelles analyses conformes", "22/07/2026", "", "plage de la Grève"),
 ("2026-036", "2026-07-27", "temporaire", MAT, "Levée de l'interdiction de baignade à la plage de la Grève prononcée par l'arrêté n° 2026-034 : la baignade est de nouveau autorisée à compter du 28 juillet 2026", "2026-07-28", "", "plage de la Grève"),
 ("2026-038", "01/09/2026", "temporaire", MAT, "Déménagement : stationnement réservé à un véhicule de déménagement au droit du 14 rue des Tilleuls le samedi 12 septembre 2026", "12/09/2026", "12/09/2026", "rue des Tilleuls"),
 ("2026-045", "2026-10-05", "temporaire", MATV, "Travaux de renouvellement du réseau d'eau potable : route de la Croix-Blanche barrée du lundi au vendredi de 8h00 à 17h00 ; déviation par le chemin des Vignes et la route des Crêts", "2026-10-12", "2026-11-06", "route de la Croix-Blanche;chemin des Vignes;route des Crêts"),
 ("2026-049", "09/11/2026", "temporaire", MATV, "Déneigement : stationnement interdit rue du Vieux-Village chaque nuit de 1h00 à 7h00 pendant la période hivernale 2026-2027", "15/11/2026", "15/03/2027", "rue du Vieux-Village"),
 ("2026-052", "2026-11-20", "temporaire", MAT, "Navette de ski saison 2026-2027 : stationnement interdit sur la place de la Poste les samedis et dimanches de 7h00 à 9h30 pour le départ de la navette", "2026-12-19", "2027-04-04", "place de la Poste"),
 ("2026-055", "24/11/2026", "temporaire", MAT, "Marché de Noël : circulation et stationnement interdits place du Marché du samedi 12 décembre 2026 à 7h00 au dimanche 13 décembre 2026 à 20h00", "12/12/2026", "13/12/2026", "place du Marché"),
]
ah = ["COLL_NOM", "COLL_SIRET", "ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_MATIERE_CODE", "ARR_MATIERE_NOM", "ARR_OBJET", "ARR_DEBUT", "ARR_FIN", "ARR_LIEU", "ARR_URL"]
rows = []
for a in arr:
    num, date, typ, mat, obj, deb, fin, lieu = a
    rows.append([NOM, SIRET, num, date, typ, mat[0], mat[1], obj, deb, fin, lieu,
                 f"https://www.aubrevaz-sur-lac.fr/arretes/{num}.pdf"])
w("arretes-2024-2026.csv", csvtext(ah, rows))

# ---------------------------------------------------------------- délibérations
def dl(i, date, code, mnom, obj, an, bnom, eff, reel, pour, contre, abst):
    return [NOM, SIRET, i, date, code, mnom, obj, an, bnom, f"074-217499800-{date.replace('-', '')}-{i}-DE", date, eff, reel, pour, contre, abst, f"https://www.aubrevaz-sur-lac.fr/deliberations/{i}.pdf"]
FIN = "finances locales/décisions budgétaires"
delibs = [
 dl("DEL2025-081", "2025-12-11", "7.10", "finances locales/divers", "Tarifs du port de plaisance des Mouettes pour l'année 2026 : place annuelle bateau de moins de 6 m 1 180 € ; de 6 à 8 m 1 640 € ; de plus de 8 m 2 150 € ; nuitée visiteur 22 € ; mise à l'eau à la cale 12 € par passage ; badge saison cale 95 €", "2026", "Budget principal", 27, 25, 21, 4, 0),
 dl("DEL2025-082", "2025-12-11", "7.10", "finances locales/divers", "Tarifs du camping municipal Les Roseaux pour la saison 2026 : forfait emplacement 2 personnes avec véhicule 19,50 € la nuit en basse saison (mai, juin, septembre) et 27,80 € la nuit en haute saison (juillet et août) ; personne supplémentaire 6,40 € ; enfant de moins de 7 ans 3,20 € ; électricité 5,10 € ; chien 2,50 € ; taxe de séjour en sus", "2026", "Camping municipal", 27, 25, 25, 0, 0),
 dl("DEL2026-004", "2026-02-05", "7.10", "finances locales/divers", "Tarifs du stationnement payant du parking du Lac pour la saison 2026 : 2,00 € l'heure, forfait journée 12,00 €, 15 premières minutes gratuites, macaron résident 25,00 € par an", "2026", "Budget principal", 27, 27, 24, 3, 0),
 dl("DEL2026-011", "2026-03-31", "7.2", "finances locales/fiscalité", "Vote des taux d'imposition 2026 : taxe foncière sur les propriétés bâties 16,42 %, taxe foncière sur les propriétés non bâties 52,10 %, taxe d'habitation sur les résidences secondaires 14,30 % (taux inchangés par rapport à 2025)", "2026", "Budget principal", 27, 26, 22, 4, 0),
 dl("DEL2026-012", "2026-03-31", "7.1", FIN, "Adoption du budget primitif 2026 du budget principal", "2026", "Budget principal", 27, 26, 21, 4, 1),
 dl("DEL2026-013", "2026-03-31", "7.1", FIN, "Adoption du budget primitif 2026 du budget annexe du camping municipal Les Roseaux", "2026", "Camping municipal", 27, 26, 26, 0, 0),
 dl("DEL2026-014", "2026-03-31", "7.5", "finances locales/subventions", "Attribution des subventions aux associations pour 2026 : Club nautique d'Aubrevaz 9 500 € ; Comité des fêtes 7 200 € ; Ski-club des Rives 3 400 € ; Sou des écoles 2 600 € ; Les Amis de la Fruitière 1 500 €", "2026", "Budget principal", 27, 25, 25, 0, 0),
 dl("DEL2026-018", "2026-04-28", "7.3", "finances locales/emprunts", "Réalisation d'un emprunt de 900 000 € auprès de la Banque des Territoires pour la réfection de la digue du port des Mouettes : durée 20 ans, taux fixe 3,45 %, échéances trimestrielles", "2026", "Budget principal", 27, 27, 20, 5, 2),
 dl("DEL2026-019", "2026-04-28", "7.5", "finances locales/subventions", "Demande de subvention au titre de la DETR 2026 pour la rénovation thermique du groupe scolaire Les Grèbes", "2026", "Budget principal", 27, 27, 27, 0, 0),
 dl("DEL2026-022", "2026-05-26", "4.2", "fonction publique/personnels contractuels", "Création de deux emplois saisonniers de surveillant de baignade (maître-nageur sauveteur) à la plage de la Grève du 1er juillet au 31 août 2026", "", "", 27, 26, 26, 0, 0),
 dl("DEL2026-023", "2026-05-26", "7.10", "finances locales/divers", "Tarifs de la restauration scolaire à compter de la rentrée de septembre 2026 : repas 4,35 € ; repas 2,10 € pour un quotient familial inférieur à 700 ; repas adulte 6,80 €", "2026", "Budget principal", 27, 26, 23, 3, 0),
 dl("DEL2026-027", "2026-06-23", "7.1", FIN, "Approbation du compte administratif 2025 du budget principal", "2025", "Budget principal", 27, 25, 20, 4, 1),
 dl("DEL2026-028", "2026-06-23", "7.1", FIN, "Affectation du résultat de fonctionnement 2025 : 420 000,00 € en réserve au compte 1068 et 387 420,16 € reportés en section de fonctionnement", "2026", "Budget principal", 27, 26, 22, 4, 0),
 dl("DEL2026-031", "2026-07-07", "8.7", "domaines de compétences par thèmes/transports", "Convention avec la SEM du domaine skiable du Mont Charvet pour la navette de ski de la saison 2026-2027 : participation de la commune de 19 800 €", "2026", "Budget principal", 27, 25, 23, 2, 0),
 dl("DEL2026-036", "2026-09-29", "7.10", "finances locales/divers", "Tarifs des concessions du cimetière à compter du 1er janvier 2027 : concession de 15 ans 190 € ; concession de 30 ans 360 € ; case de columbarium pour 15 ans 480 €", "2027", "Budget principal", 27, 26, 26, 0, 0),
 dl("DEL2026-041", "2026-11-24", "7.10", "finances locales/divers", "Tarifs du port de plaisance des Mouettes pour l'année 2027 : place annuelle bateau de moins de 6 m 1 220 € ; de 6 à 8 m 1 700 € ; de plus de 8 m 2 230 € ; nuitée visiteur 24 € ; mise à l'eau à la cale 12 € par passage (inchangé) ; badge saison cale 100 €", "2027", "Budget principal", 27, 26, 22, 3, 1),
 dl("DEL2026-042", "2026-11-24", "7.10", "finances locales/divers", "Tarifs du camping municipal Les Roseaux pour la saison 2027 : forfait emplacement 2 personnes avec véhicule 20,20 € la nuit en basse saison (mai, juin, septembre) et 28,90 € la nuit en haute saison (juillet et août) ; personne supplémentaire 6,70 € ; enfant de moins de 7 ans 3,40 € ; électricité 5,40 € ; chien 2,50 € ; taxe de séjour en sus", "2027", "Camping municipal", 27, 26, 26, 0, 0),
 dl("DEL2026-043", "2026-11-24", "7.10", "finances locales/divers", "Tarifs de la médiathèque La Fruitière pour 2027 : inscription gratuite pour les habitants de la commune ; abonnement annuel des non-résidents porté de 12,00 € à 15,00 €", "2027", "Budget principal", 27, 26, 19, 7, 0),
 dl("DEL2026-044", "2026-11-24", "3.2", "domaine et patrimoine/aliénations", "Cession de la parcelle communale B 1243 (812 m²) au lieu-dit Les Chavannes pour un prix de 85 000 €", "", "", 27, 26, 18, 6, 2),
]
dh = ["COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM", "DELIB_OBJET", "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID", "PREF_DATE", "VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION", "DELIB_URL"]
w("deliberations-2025-2026.csv", csvtext(dh, delibs, delim=";"))

# ---------------------------------------------------------------- budgets
# (chap, chap_label, nature, nature_label, section, opbudg, codrd, bp2026, ca2025_prev, ca2025_real)
L = [
 ("011","Charges à caractère général","60611","Eau et assainissement","fonctionnement","réel","dépense","36512.40","34000","33418.27"),
 ("011","Charges à caractère général","60612","Énergie - Électricité","fonctionnement","réel","dépense","148236.50","152000","139874.61"),
 ("011","Charges à caractère général","60621","Combustibles","fonctionnement","réel","dépense","44080.00","46000","41206.90"),
 ("011","Charges à caractère général","60622","Carburants","fonctionnement","réel","dépense","19830.00","19000","18552.14"),
 ("011","Charges à caractère général","60623","Alimentation","fonctionnement","réel","dépense","121540.00","115000","112903.48"),
 ("011","Charges à caractère général","6064","Fournitures administratives","fonctionnement","réel","dépense","9620.00","9000","8127.35"),
 ("011","Charges à caractère général","611","Contrats de prestations de services","fonctionnement","réel","dépense","98410.00","92000","90611.02"),
 ("011","Charges à caractère général","615221","Entretien, réparations bâtiments publics","fonctionnement","réel","dépense","66050.00","60000","57390.11"),
 ("011","Charges à caractère général","615231","Entretien, réparations voiries","fonctionnement","réel","dépense","58520.00","55000","53880.40"),
 ("011","Charges à caractère général","6156","Maintenance","fonctionnement","réel","dépense","27310.00","26000","25498.66"),
 ("011","Charges à caractère général","616","Primes d'assurances","fonctionnement","réel","dépense","31245.00","30500","30412.00"),
 ("011","Charges à caractère général","623","Publicité, publications, relations publiques","fonctionnement","réel","dépense","42630.00","40000","38765.20"),
 ("011","Charges à caractère général","626","Frais postaux et frais de télécommunications","fonctionnement","réel","dépense","17420.00","17000","16021.93"),
 ("012","Charges de personnel et frais assimilés","6411","Personnel titulaire","fonctionnement","réel","dépense","846120.00","815000","808412.55"),
 ("012","Charges de personnel et frais assimilés","6413","Personnel non titulaire","fonctionnement","réel","dépense","188540.00","176000","171930.08"),
 ("012","Charges de personnel et frais assimilés","6450","Charges de sécurité sociale et de prévoyance","fonctionnement","réel","dépense","452310.00","438000","431266.72"),
 ("014","Atténuations de produits","739","Reversements et restitutions sur impôts et taxes","fonctionnement","réel","dépense","41020.00","39000","38417.00"),
 ("65","Autres charges de gestion courante","65311","Indemnités de fonction","fonctionnement","réel","dépense","88215.00","86000","85904.16"),
 ("65","Autres charges de gestion courante","6553","Service d'incendie","fonctionnement","réel","dépense","98612.00","95800","95800.00"),
 ("65","Autres charges de gestion courante","65748","Subventions de fonctionnement aux associations et autres personnes de droit privé","fonctionnement","réel","dépense","54300.00","51000","50350.00"),
 ("66","Charges financières","66111","Intérêts réglés à l'échéance","fonctionnement","réel","dépense","52845.30","41200","41187.43"),
 ("023","Virement à la section d'investissement","023","Virement à la section d'investissement","fonctionnement","ordre","dépense","418000.00","365000","0"),
 ("042","Opérations d'ordre de transfert entre sections","681","Dotations aux amortissements","fonctionnement","ordre","dépense","171000.00","164000","164000.00"),
 ("013","Atténuations de charges","6419","Remboursements sur rémunérations du personnel","fonctionnement","réel","recette","12000.00","10000","14622.38"),
 ("70","Produits des services, du domaine et ventes diverses","70311","Concessions dans les cimetières","fonctionnement","réel","recette","6500.00","6000","7140.00"),
 ("70","Produits des services, du domaine et ventes diverses","7032","Droits de stationnement et de location sur la voie publique, les ports et quais","fonctionnement","réel","recette","186040.00","172000","181355.50"),
 ("70","Produits des services, du domaine et ventes diverses","7062","Redevances des services à caractère culturel","fonctionnement","réel","recette","3800.00","3500","3215.00"),
 ("70","Produits des services, du domaine et ventes diverses","7067","Redevances des services périscolaires et d'enseignement","fonctionnement","réel","recette","148060.00","140000","143870.25"),
 ("731","Fiscalité locale","73111","Impôts directs locaux","fonctionnement","réel","recette","1512348.00","1468000","1474932.00"),
 ("73","Impôts et taxes","73211","Attribution de compensation","fonctionnement","réel","recette","212400.00","212400","212400.00"),
 ("73","Impôts et taxes","738","Autres impôts et taxes (taxe de séjour, droits de mutation)","fonctionnement","réel","recette","214000.00","205000","236118.42"),
 ("74","Dotations et participations","74111","Dotation forfaitaire des communes","fonctionnement","réel","recette","316540.00","319800","319812.00"),
 ("74","Dotations et participations","741121","Dotation de solidarité rurale","fonctionnement","réel","recette","64210.00","62000","63044.00"),
 ("74","Dotations et participations","741127","Dotation nationale de péréquation","fonctionnement","réel","recette","21930.00","22500","22318.00"),
 ("74","Dotations et participations","7478","Participations d'autres organismes (CAF)","fonctionnement","réel","recette","98000.00","94000","97406.55"),
 ("75","Autres produits de gestion courante","752","Revenus des immeubles","fonctionnement","réel","recette","46020.00","44000","45280.00"),
 ("042","Opérations d'ordre de transfert entre sections","777","Quote-part des subventions d'investissement transférées","fonctionnement","ordre","recette","14000.00","13500","13500.00"),
 ("16","Emprunts et dettes assimilées","1641","Emprunts en euros","investissement","réel","dépense","198400.00","152000","151863.20"),
 ("20","Immobilisations incorporelles","203","Frais d'études","investissement","réel","dépense","45000.00","60000","38420.00"),
 ("21","Immobilisations corporelles","212","Agencements et aménagements de terrains","investissement","réel","dépense","118000.00","90000","74512.30"),
 ("21","Immobilisations corporelles","2131","Bâtiments publics","investissement","réel","dépense","236000.00","180000","142806.15"),
 ("21","Immobilisations corporelles","2151","Réseaux de voirie","investissement","réel","dépense","384000.00","320000","268947.83"),
 ("21","Immobilisations corporelles","2183","Matériel informatique","investissement","réel","dépense","18000.00","15000","12480.60"),
 ("21","Immobilisations corporelles","2184","Matériel de bureau et mobilier","investissement","réel","dépense","22000.00","12000","9310.44"),
 ("21","Immobilisations corporelles","2188","Autres immobilisations corporelles","investissement","réel","dépense","35000.00","40000","31205.88"),
 ("23","Immobilisations en cours","231","Immobilisations corporelles en cours (digue du port)","investissement","réel","dépense","1160000.00","420000","286540.12"),
 ("040","Opérations d'ordre de transfert entre sections","13911","Subventions transférées au compte de résultat - État","investissement","ordre","dépense","14000.00","13500","13500.00"),
 ("10","Dotations, fonds divers et réserves","10222","FCTVA","investissement","réel","recette","168000.00","120000","118604.00"),
 ("10","Dotations, fonds divers et réserves","10226","Taxe d'aménagement","investissement","réel","recette","42000.00","40000","51227.36"),
 ("10","Dotations, fonds divers et réserves","1068","Excédents de fonctionnement capitalisés","investissement","réel","recette","420000.00","310000","310000.00"),
 ("13","Subventions d'investissement","1321","Subventions de l'État (DETR)","investissement","réel","recette","180000.00","95000","62000.00"),
 ("13","Subventions d'investissement","1322","Subventions de la Région","investissement","réel","recette","150000.00","80000","40000.00"),
 ("13","Subventions d'investissement","1323","Subventions du Département","investissement","réel","recette","210000.00","120000","85400.00"),
 ("16","Emprunts et dettes assimilées","1641","Emprunts en euros","investissement","réel","recette","900000.00",None,None),
 ("024","Produits des cessions d'immobilisations","024","Produits des cessions d'immobilisations","investissement","réel","recette","85000.00",None,None),
 ("021","Virement de la section de fonctionnement","021","Virement de la section de fonctionnement","investissement","ordre","recette","418000.00","365000","0"),
 ("040","Opérations d'ordre de transfert entre sections","28188","Amortissements des autres immobilisations corporelles","investissement","ordre","recette","171000.00","164000","164000.00"),
]
REPORTS_BP = [("002", "Résultat de fonctionnement reporté", "fonctionnement", "recette", "387420.16"),
              ("001", "Solde d'exécution de la section d'investissement reporté", "investissement", "dépense", "214380.52")]
REPORTS_CA = [("002", "Résultat de fonctionnement reporté", "fonctionnement", "recette", "352118.40"),
              ("001", "Solde d'exécution de la section d'investissement reporté", "investissement", "dépense", "98214.75")]
bh = ["BGT_NATDEC","BGT_ANNEE","BGT_SIRET","BGT_NOM","BGT_CONTNAT","BGT_CONTNAT_LABEL","BGT_NATURE","BGT_NATURE_LABEL","BGT_FONCTION","BGT_FONCTION_LABEL","BGT_OPERATION","BGT_SECTION","BGT_OPBUDG","BGT_CODRD","BGT_MTREAL","BGT_MTBUDGPREC","BGT_MTRARPREC","BGT_MTPROPNOUV","BGT_MTPREV","BGT_CREDOUV","BGT_MTRAR3112","BGT_ARTSPE"]
BNOM = "COMMUNE D'AUBREVAZ-SUR-LAC"
bp_rows, ca_rows = [], []
for code, lab, sec, rd, amt in REPORTS_BP:
    bp_rows.append(["budget primitif", "2026", SIRET, BNOM, "", "", code, lab, "", "", "", sec, "réel", rd, "", "", "", amt, amt, "", "", "non spécialisé"])
for l in L:
    ch, chl, nat, natl, sec, op, rd, bp, cap, car = l
    bp_rows.append(["budget primitif", "2026", SIRET, BNOM, ch, chl, nat, natl, "", "", "", sec, op, rd, "", "", "", bp, bp, "", "", "non spécialisé"])
for code, lab, sec, rd, amt in REPORTS_CA:
    ca_rows.append(["Compte administratif", "2025", SIRET, BNOM, "", "", code, lab, "", "", "", sec, "réel", rd, amt, amt, "0", "0", "0", amt, "0", "non spécialisé"])
for l in L:
    ch, chl, nat, natl, sec, op, rd, bp, cap, car = l
    if cap is None:
        continue
    ca_rows.append(["Compte administratif", "2025", SIRET, BNOM, ch, chl, nat, natl, "", "", "", sec, op, rd, car, cap, "0", "0", "0", cap, "0", "non spécialisé"])
w("budget-principal-bp-2026.csv", csvtext(bh, bp_rows))
w("budget-principal-ca-2025.csv", "\ufeff" + csvtext(bh, ca_rows))

CAMP = [
 ("011","Charges à caractère général","6061","Fournitures non stockables (eau, énergie)","fonctionnement","réel","dépense","38540.00"),
 ("011","Charges à caractère général","6063","Fournitures d'entretien et de petit équipement","fonctionnement","réel","dépense","9210.00"),
 ("011","Charges à caractère général","611","Contrats de prestations de services","fonctionnement","réel","dépense","14830.00"),
 ("011","Charges à caractère général","6156","Maintenance","fonctionnement","réel","dépense","7420.00"),
 ("011","Charges à caractère général","616","Primes d'assurances","fonctionnement","réel","dépense","4105.00"),
 ("012","Charges de personnel et frais assimilés","6413","Personnel non titulaire","fonctionnement","réel","dépense","72060.00"),
 ("012","Charges de personnel et frais assimilés","6450","Charges de sécurité sociale et de prévoyance","fonctionnement","réel","dépense","29540.00"),
 ("66","Charges financières","66111","Intérêts réglés à l'échéance","fonctionnement","réel","dépense","3215.60"),
 ("042","Opérations d'ordre de transfert entre sections","681","Dotations aux amortissements","fonctionnement","ordre","dépense","22000.00"),
 ("70","Ventes de produits, prestations de services","706","Prestations de services (redevances des campeurs)","fonctionnement","réel","recette","232480.00"),
 ("70","Ventes de produits, prestations de services","708","Autres produits (laverie, épicerie)","fonctionnement","réel","recette","6420.00"),
 ("16","Emprunts et dettes assimilées","1641","Emprunts en euros","investissement","réel","dépense","14500.00"),
 ("21","Immobilisations corporelles","2135","Installations générales, agencements (bloc sanitaire)","investissement","réel","dépense","86000.00"),
 ("21","Immobilisations corporelles","2188","Autres immobilisations corporelles","investissement","réel","dépense","12000.00"),
 ("13","Subventions d'investissement","1323","Subventions du Département","investissement","réel","recette","25000.00"),
 ("040","Opérations d'ordre de transfert entre sections","28188","Amortissements des autres immobilisations corporelles","investissement","ordre","recette","22000.00"),
]
CAMP_REP = [("002", "Résultat de fonctionnement reporté", "fonctionnement", "recette", "18640.35"),
            ("001", "Solde d'exécution de la section d'investissement reporté", "investissement", "recette", "31200.10")]
cnom = "CAMPING MUNICIPAL LES ROSEAUX"
camp_rows = []
for l in CAMP:
    ch, chl, nat, natl, sec, op, rd, amt = l
    camp_rows.append(["Budget primitif", "2026", SIRET_CAMP, cnom, ch, chl, nat, natl, "", "", "", sec, op, rd, "", "", "", amt.replace(".", ","), amt.replace(".", ","), "", "", "non spécialisé"])
for code, lab, sec, rd, amt in CAMP_REP:
    camp_rows.append(["Budget primitif", "2026", SIRET_CAMP, cnom, "", "", code, lab, "", "", "", sec, "réel", rd, "", "", "", amt.replace(".", ","), amt.replace(".", ","), "", "", "non spécialisé"])
w("budget-annexe-camping-bp-2026.csv", csvtext(bh, camp_rows, delim=";"))

# ---------------------------------------------------------------- totals (printed, used by questions)
def fmt(x):
    x = D(x).quantize(D("0.01"))
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"
TOT = {}
def tot(lines, idx, sec, rd, chap=None):
    s = D(0)
    for l in lines:
        if l[4] == sec and l[5] == "réel" and l[6] == rd and (chap is None or l[0] == chap) and l[idx] is not None:
            s += D(l[idx])
    return s
for key, idx in (("bp", 7), ("ca_prev", 8), ("ca", 9)):
    for sec in ("fonctionnement", "investissement"):
        for rd in ("dépense", "recette"):
            TOT[(key, sec, rd)] = tot(L, idx, sec, rd)
    for chap in ("011", "012", "65", "66", "70", "73", "731", "74", "21", "13", "10"):
        for rd in ("dépense", "recette"):
            v = tot(L, idx, "fonctionnement", rd, chap) + tot(L, idx, "investissement", rd, chap)
            if v:
                TOT[(key, chap, rd)] = v
for sec in ("fonctionnement", "investissement"):
    for rd in ("dépense", "recette"):
        TOT[("camp", sec, rd)] = sum((D(l[7]) for l in CAMP if l[4] == sec and l[5] == "réel" and l[6] == rd), D(0))
TOT[("camp", "012", "dépense")] = D("72060.00") + D("29540.00")
if __name__ == "__main__":
    for k, v in TOT.items():
        print(k, fmt(v))

# ---------------------------------------------------------------- annuaire
acteurs = [
 ("Médiathèque La Fruitière", "médiathèque", "3 rue de la Fruitière, 74410 Aubrevaz-sur-Lac", "04 50 68 24 15", "mediatheque@aubrevaz-sur-lac.fr", "", "Tu 16:00-19:00; We 10:00-12:00,14:00-18:00; Fr 16:00-19:00; Sa 10:00-12:30", "Médiathèque municipale dans l'ancienne fruitière : prêt de livres, DVD, jeux, accès internet."),
 ("EHPAD Les Cygnes", "EHPAD", "18 chemin du Clos, 74410 Aubrevaz-sur-Lac", "04 50 68 30 60", "accueil@ehpad-lescygnes.fr", "", "Mo-Su 11:00-19:00", "Établissement public de 72 lits. Horaires des visites ; accueil administratif du lundi au vendredi."),
 ("Multi-accueil Les P'tits Mousses", "crèche", "5 rue des Écoles, 74410 Aubrevaz-sur-Lac", "04 50 68 29 33", "creche@aubrevaz-sur-lac.fr", "", "Mo-Fr 07:30-18:30; PH off", "Crèche municipale de 30 places, enfants de 10 semaines à 3 ans."),
 ("Collège Les Grèbes", "collège", "chemin du Clos, 74410 Aubrevaz-sur-Lac", "04 50 68 33 00", "ce.0749981x@ac-grenoble.fr", "", "Mo,Tu,Th,Fr 07:45-17:30; We 07:45-12:30", "Collège public, 420 élèves."),
 ("Groupe scolaire Les Grèbes", "école", "5 rue des Écoles, 74410 Aubrevaz-sur-Lac", "04 50 68 22 71", "", "", "Mo,Tu,Th,Fr 08:20-11:50,13:35-16:30", "École maternelle et élémentaire publique."),
 ("Capitainerie du port des Mouettes", "port de plaisance", "quai des Mouettes, 74410 Aubrevaz-sur-Lac", "04 50 68 25 52", "port@aubrevaz-sur-lac.fr", "", "Jun-Sep Mo-Su 08:00-20:00; Oct-May Mo-Fr 09:00-12:00", "Port communal de 240 anneaux. VHF canal 9."),
 ("Camping municipal Les Roseaux", "camping", "route de la Plage, 74410 Aubrevaz-sur-Lac", "04 50 68 27 90", "camping@aubrevaz-sur-lac.fr", "https://www.camping-lesroseaux-aubrevaz.fr", "May-Sep Mo-Su 08:00-12:00,14:00-20:00", "96 emplacements au bord du lac, ouvert du 1er mai au 30 septembre. Aire de camping-cars."),
 ("Poste de secours de la plage de la Grève", "plage", "plage de la Grève, 74410 Aubrevaz-sur-Lac", "04 50 68 25 90", "", "", "Jul-Aug Mo-Su 11:00-19:00", "Baignade surveillée en juillet et août."),
 ("Office de tourisme des Rives du Lac", "office de tourisme", "2 avenue du Lac, 74410 Aubrevaz-sur-Lac", "04 50 68 20 20", "info@rivesdulac-tourisme.fr", "https://www.rivesdulac-tourisme.fr", "Jul-Aug Mo-Su 09:00-19:00; Sep-Jun Mo-Sa 09:30-12:30,14:00-17:30", ""),
 ("Déchetterie intercommunale des Rives", "déchetterie", "route des Crêts, 74410 Aubrevaz-sur-Lac", "04 50 68 41 12", "", "", "Mo,We,Fr 13:30-18:00; Sa 08:30-12:00,13:30-18:00", "Gérée par la communauté de communes des Rives du Lac."),
 ("Salle du Bief", "salle des fêtes", "1 chemin du Bief, 74410 Aubrevaz-sur-Lac", "04 50 68 21 40", "", "", "", "Salle communale de 150 places, réservation en mairie."),
 ("Agence postale communale", "bureau de poste", "place de la Poste, 74410 Aubrevaz-sur-Lac", "04 50 68 21 49", "", "", "Tu-Fr 09:00-12:00; Sa 09:00-11:30", ""),
 ("Boulangerie Au Pain du Lac", "boulangerie", "8 place du Marché, 74410 Aubrevaz-sur-Lac", "04 50 68 23 08", "", "", "Tu-Sa 06:30-12:30,15:30-19:00; Su 06:30-12:30", "Fermée le lundi."),
 ("Boulangerie Perrissin", "boulangerie", "41 route de la Croix-Blanche, 74410 Aubrevaz-sur-Lac", "04 50 68 35 17", "", "", "Mo,Tu,Th-Su 07:00-13:00; Th-Sa 16:00-19:00", "Fermée le mercredi."),
 ("Boucherie-charcuterie Dupanloup", "boucherie", "3 rue des Tilleuls, 74410 Aubrevaz-sur-Lac", "04 50 68 22 60", "", "", "Tu-Sa 08:00-12:30,15:00-19:00; Su 08:00-12:00", ""),
 ("Fromagerie des Alpages", "fromagerie", "6 rue des Tilleuls, 74410 Aubrevaz-sur-Lac", "04 50 68 26 44", "", "", "Tu-Sa 08:30-12:30,15:00-19:00", "Reblochon fermier, tomme, beaufort."),
 ("Pharmacie du Lac", "pharmacie", "10 place du Marché, 74410 Aubrevaz-sur-Lac", "04 50 68 22 05", "", "", "Mo-Fr 08:45-12:15,14:30-19:15; Sa 09:00-12:30", ""),
 ("Cabinet médical des Tilleuls — Dr Claire Mermillod", "médecin généraliste", "12 rue des Tilleuls, 74410 Aubrevaz-sur-Lac", "04 50 68 28 10", "", "", "Mo-Fr 08:30-12:00,14:00-19:00; Sa 09:00-12:00", "Sur rendez-vous."),
 ("Dr Yannick Bouvard", "médecin généraliste", "12 rue des Tilleuls, 74410 Aubrevaz-sur-Lac", "04 50 68 28 11", "", "", "Mo,Tu,Th,Fr 08:00-12:00,14:00-18:30", "Sur rendez-vous."),
 ("Cabinet de kinésithérapie du Clos", "kinésithérapeute", "20 chemin du Clos, 74410 Aubrevaz-sur-Lac", "04 50 68 31 42", "", "", "Mo-Fr 08:00-20:00", ""),
 ("Cabinet dentaire Gaillard", "dentiste", "2 place de l'Église, 74410 Aubrevaz-sur-Lac", "04 50 68 24 70", "", "", "Mo,Tu,Th,Fr 09:00-12:00,14:00-18:30", ""),
 ("Cabinet infirmier des Rives", "infirmier", "12 rue des Tilleuls, 74410 Aubrevaz-sur-Lac", "06 71 42 18 90", "", "", "Mo-Fr 07:30-08:30", "Permanence au cabinet ; soins à domicile 7 jours sur 7."),
 ("Clinique vétérinaire du Semnoz", "vétérinaire", "55 route des Crêts, 74410 Aubrevaz-sur-Lac", "04 50 68 37 00", "", "", "Mo-Fr 08:30-12:00,14:00-19:00; Sa 09:00-12:00", ""),
 ("Proxi Aubrevaz", "supérette", "1 avenue du Lac, 74410 Aubrevaz-sur-Lac", "04 50 68 23 99", "", "", "Jun-Sep Mo-Su 07:30-20:00; Oct-May Mo-Sa 08:00-12:30,15:00-19:00; Oct-May Su 08:00-12:00", ""),
 ("Restaurant La Bouée", "restaurant", "quai des Mouettes, 74410 Aubrevaz-sur-Lac", "04 50 68 26 12", "", "", "Apr-Oct We-Su 12:00-14:00,19:00-22:00", "Poissons du lac, terrasse sur le port. Fermé de novembre à mars."),
 ("Auberge du Vieux-Village", "restaurant", "7 rue du Vieux-Village, 74410 Aubrevaz-sur-Lac", "04 50 68 22 33", "", "", "Tu-Sa 12:00-13:45,19:00-21:30; Su 12:00-13:45", "Cuisine savoyarde."),
 ("Bar du Port", "bar", "quai des Mouettes, 74410 Aubrevaz-sur-Lac", "04 50 68 25 01", "", "", "Mo-Su 08:00-23:30", ""),
 ("Lac Loisirs — location de pédalos et paddles", "location de bateaux", "plage de la Grève, 74410 Aubrevaz-sur-Lac", "06 12 48 77 30", "", "", "Jun Sa,Su 10:00-19:00; Jul-Aug Mo-Su 10:00-19:00", "Pédalos, paddles, canoës, bateaux électriques sans permis."),
 ("Club nautique d'Aubrevaz", "association sportive", "port des Mouettes, 74410 Aubrevaz-sur-Lac", "04 50 68 27 15", "contact@cn-aubrevaz.fr", "", "Apr-Oct We,Sa 14:00-18:00", "École de voile, stages d'été."),
 ("Ski-club des Rives", "association sportive", "maison des associations, 4 rue des Écoles, 74410 Aubrevaz-sur-Lac", "06 80 11 52 40", "skiclub.rives@gmail.com", "", "", "Ski alpin et nordique, sorties le samedi."),
 ("Tennis club du Lac", "association sportive", "chemin des Vignes, 74410 Aubrevaz-sur-Lac", "06 33 20 41 18", "", "", "", "4 courts extérieurs."),
 ("Comité des fêtes d'Aubrevaz", "association", "maison des associations, 4 rue des Écoles, 74410 Aubrevaz-sur-Lac", "06 07 55 12 63", "", "", "", "Vide-grenier, fête du lac, marché de Noël."),
 ("Garage des Crêts", "garage automobile", "60 route des Crêts, 74410 Aubrevaz-sur-Lac", "04 50 68 34 56", "", "", "Mo-Fr 08:00-12:00,13:30-18:30", ""),
 ("Taxi Lac et Montagne", "taxi", "74410 Aubrevaz-sur-Lac", "06 09 87 65 43", "", "", "", "Transport médical conventionné, gares et aéroports."),
 ("Coiffure Marine", "coiffeur", "5 place du Marché, 74410 Aubrevaz-sur-Lac", "04 50 68 23 77", "", "", "Tu-Fr 09:00-12:00,14:00-19:00; Sa 08:30-16:00", ""),
 ("Brigade de gendarmerie des Rives", "gendarmerie", "30 route des Crêts, 74410 Aubrevaz-sur-Lac", "04 50 68 21 17", "", "", "Mo,We,Sa 08:00-12:00; Mo,We 14:00-18:00", "En cas d'urgence : 17."),
]
w("annuaire-acteurs.csv", csvtext(["nom", "categorie", "adresse", "telephone", "email", "site_web", "horaires", "description"], acteurs))

# ---------------------------------------------------------------- PDF arrêté (only in PDF)
from fpdf import FPDF
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
class P(FPDF):
    def header(self):
        self.set_font("dv", size=8)
        self.cell(0, 5, "COMMUNE D'AUBREVAZ-SUR-LAC (Haute-Savoie) — Registre des arrêtés du Maire", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 5, f"Arrêté n° 2026-041 — page {self.page_no()}/2", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)
    def footer(self):
        self.set_y(-15)
        self.set_font("dv", size=7)
        self.cell(0, 5, "Mairie d'Aubrevaz-sur-Lac — 12 place de l'Église — 74410 Aubrevaz-sur-Lac — 04 50 68 21 40", align="C")
pdf = P(format="A4")
pdf.add_font("dv", "", FONT)
pdf.set_auto_page_break(True, 20)
pdf.add_page()
def para(t, size=10, h=5):
    pdf.set_font("dv", size=size)
    pdf.multi_cell(0, h, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
para("ARRÊTÉ MUNICIPAL N° 2026-041", 13, 7)
para("Objet : Réglementation temporaire de la navigation, de la baignade et du stationnement à l'occasion de la Traversée du Lac à la nage, le dimanche 30 août 2026", 11, 6)
para("Le Maire de la commune d'Aubrevaz-sur-Lac,")
para("Vu le code général des collectivités territoriales, notamment ses articles L. 2212-2, L. 2213-1 et L. 2213-23 ;")
para("Vu l'arrêté municipal n° 2026-018 du 4 mai 2026 limitant la vitesse des bateaux dans le port des Mouettes ;")
para("Vu la demande du Club nautique d'Aubrevaz, organisateur de la Traversée du Lac à la nage ;")
para("Considérant qu'il convient d'assurer la sécurité des nageurs, des embarcations d'accompagnement et du public ;")
para("ARRÊTE", 11, 6)
para("Article 1er : La navigation de toute embarcation à moteur est interdite le dimanche 30 août 2026 de 7h00 à 13h00 dans la zone comprise entre la plage de la Grève et la pointe du Crêt, à l'exception des bateaux de l'organisation et des secours.")
para("Article 2 : La baignade autre que celle des participants est interdite à la plage de la Grève le dimanche 30 août 2026 de 7h00 à 13h00.")
for i in range(3):
    para("(Pièce jointe au registre : plan de la zone réservée, consultable en mairie aux heures d'ouverture.)", 9)
pdf.add_page()
para("Article 3 : Le stationnement est interdit sur le parking du Lac (partie nord) et sur le quai des Mouettes du samedi 29 août 2026 à 20h00 au dimanche 30 août 2026 à 14h00. Les véhicules en infraction seront mis en fourrière.")
para("Article 4 : La signalisation sera mise en place par les services techniques municipaux.")
para("Article 5 : Madame la Directrice générale des services, le commandant de la brigade de gendarmerie des Rives et le chef de la police municipale sont chargés de l'exécution du présent arrêté.")
para("Fait à Aubrevaz-sur-Lac, le 14 août 2026")
para("Le Maire, Hélène Vuarchex")
para("Acte certifié exécutoire — Reçu en préfecture le 17/08/2026 — ID : 074-217499800-20260814-2026_041-AR", 8)
pdf.output(os.path.join(F, "arrete-2026-041-traversee-du-lac.pdf"))
