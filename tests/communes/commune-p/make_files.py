"""Écrit les CSV publiés par Mervaux-sur-Yzeron (commune fictive) dans files/.

Fiches, arrêtés, délibérations et annuaire ; les budgets sont écrits par make_budget.py.
Tout est inventé : noms, téléphones, montants.
"""
import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"

COLL = "Mervaux-sur-Yzeron"
SIRET = "21693970000018"
URL = "https://www.mervaux-yzeron.fr"


def write(name, header, rows, delimiter=";"):
    with open(FILES / name, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            assert len(r) == len(header), (name, r)
            w.writerow(r)


# --------------------------------------------------------------------------- fiches
FICHES = [
    ("Comment inscrire mon enfant à la cantine ?",
     "L'inscription à la restauration scolaire se fait sur le Portail Familles (portail.mervaux-yzeron.fr) "
     "avant le 15 juillet pour la rentrée, puis au plus tard le jeudi de la semaine précédente pour une "
     "inscription occasionnelle. Pensez à transmettre votre attestation de quotient familial CAF : sans elle, "
     "le tarif le plus élevé s'applique. Les tarifs par tranche de quotient familial sont fixés par le conseil "
     "municipal.",
     "inscription restauration scolaire|réserver les repas|portail familles cantine", "école",
     URL + "/enfance/restauration-scolaire"),
    ("Comment est calculé le tarif de la cantine ?",
     "Le prix du repas dépend du quotient familial (QF) indiqué sur votre attestation CAF ou MSA, en quatre "
     "tranches, plus un tarif pour les enfants domiciliés hors commune. Les tarifs en vigueur sont ceux votés "
     "par le conseil municipal. Un enfant avec un panier repas (PAI) paie un tarif réduit.",
     "prix du repas cantine|quotient familial cantine|tarif repas école", "école",
     URL + "/enfance/tarifs"),
    ("Comment inscrire mon enfant à l'école ?",
     "Pour une première inscription en maternelle ou en élémentaire, rendez-vous au service Enfance de la "
     "mairie avec le livret de famille, un justificatif de domicile de moins de 3 mois et le carnet de santé "
     "(vaccins). Le service vous remet un certificat d'inscription, puis le directeur de l'école procède à "
     "l'admission. Les inscriptions pour la rentrée ont lieu de février à avril. L'école dépend de votre "
     "adresse (carte scolaire) : Jean-Jaurès au nord de l'avenue du Général-Leclerc, les Tilleuls au sud.",
     "inscription scolaire|carte scolaire|quelle école pour mon enfant", "école", URL + "/enfance/inscriptions"),
    ("Quels sont les horaires de l'accueil périscolaire ?",
     "L'accueil périscolaire fonctionne dans les deux groupes scolaires les jours d'école de 7 h 30 à 8 h 20 "
     "et de 16 h 30 à 18 h 30. Le mercredi, le centre de loisirs accueille les enfants au centre social "
     "Le Moulin de 7 h 30 à 18 h 30. Réservation sur le Portail Familles.",
     "garderie du matin|garderie du soir|centre de loisirs mercredi", "école", URL + "/enfance/periscolaire"),
    ("Comment fonctionne la rue aux écoles ?",
     "Devant les écoles des Tilleuls et Jean-Jaurès, la rue est fermée aux voitures aux heures d'entrée et de "
     "sortie, les jours d'école : de 8 h 15 à 8 h 45, de 11 h 30 à 11 h 45, de 13 h 15 à 13 h 30 et de "
     "16 h 15 à 16 h 45. Des barrières sont posées par les agents. Seuls les riverains, les secours et les "
     "véhicules de service peuvent passer, au pas. Déposez vos enfants au parking du complexe des Verchères "
     "ou place Jean-Moulin, à 3 minutes à pied.",
     "rue fermée devant l'école|barrières école|déposer les enfants en voiture", "école", ""),
    ("Comment fonctionne la zone bleue du centre-ville ?",
     "Dans la zone bleue du centre-ville, le stationnement est gratuit mais limité à 1 h 30, du lundi au "
     "samedi de 9 h à 12 h et de 14 h à 18 h (arrêté n° 2023-112). Le disque européen doit être posé "
     "derrière le pare-brise. Il est en vente 2 € à l'accueil de la mairie et offert par les commerçants de "
     "l'union commerciale. Le dimanche et les jours fériés, le stationnement est libre. Amende : 35 €.",
     "disque de stationnement|stationnement limité centre|où trouver un disque", "stationnement", ""),
    ("Où se garer pour prendre le tram ?",
     "Le parc relais des Sablons (P+R, 180 places) est gratuit pour les voyageurs munis d'un titre de "
     "transport valide, au terminus « Mervaux – Les Sablons » de la ligne T12. Il est ouvert tous les jours "
     "de 5 h à 1 h. Les vélos ont un abri sécurisé de 40 places, accessible avec la carte d'abonnement.",
     "parking du tram|P+R|garer sa voiture tram", "transports", ""),
    ("Comment avoir un abonnement au parking de la Libération ?",
     "Le parking souterrain de la Libération (220 places) est exploité par la société Stationéo dans le cadre "
     "du contrat de concession signé avec la commune. Les abonnements résidents (45 € par mois) se prennent "
     "à la borne d'accueil du parking ou sur stationeo-mervaux.fr ; la première demi-heure est gratuite pour "
     "tous.",
     "abonnement parking résident|parking souterrain|parking payant centre", "stationnement", ""),
    ("Quand a lieu le marché ?",
     "Le marché de Mervaux se tient chaque samedi de 7 h à 13 h place de la Libération (une soixantaine de "
     "commerçants : primeurs, fromages, boucherie, fleurs). Le stationnement y est interdit le samedi de "
     "5 h à 14 h. Un petit marché de producteurs a lieu le mercredi de 16 h à 19 h place Jean-Moulin.",
     "horaires du marché|marché du samedi|jour de marché", "commerce", ""),
    ("Comment devenir commerçant sur le marché ?",
     "Adressez votre demande au placier, au service Vie économique de la mairie (04 78 56 20 14), avec "
     "votre extrait Kbis ou carte de commerçant ambulant et votre attestation d'assurance. Les droits de "
     "place sont fixés par le conseil municipal.",
     "emplacement marché|placier|vendre au marché", "commerce", ""),
    ("Quels jours sont ramassées les poubelles ?",
     "La collecte est assurée par la Communauté de communes des Vallons de l'Yzeron. Ordures ménagères "
     "(bac gris) : le lundi et le jeudi. Emballages et papiers (bac jaune) : le mercredi des semaines paires. "
     "Sortez les bacs la veille au soir, rentrez-les après la collecte. Le verre se dépose dans les "
     "conteneurs (18 points dans la commune).",
     "ramassage des ordures|bac jaune|jour des poubelles|collecte déchets", "déchets", ""),
    ("Comment me débarrasser d'un vieux meuble ou d'un électroménager ?",
     "Déposez-le à la déchèterie intercommunale de Chaponost-les-Vallons (chemin du Favre), gratuite pour "
     "les habitants sur présentation du badge. Pour les personnes qui ne peuvent pas se déplacer, un "
     "enlèvement des encombrants à domicile a lieu une fois par mois sur rendez-vous au 04 78 56 20 30.",
     "encombrants|déchèterie|jeter un frigo|vieux canapé", "déchets", ""),
    ("Comment faire une carte d'identité ou un passeport ?",
     "La mairie de Mervaux est équipée pour les cartes d'identité et les passeports, uniquement sur "
     "rendez-vous, à prendre en ligne sur le site de la ville ou au 04 78 56 20 00. Faites d'abord votre "
     "pré-demande sur le site de l'ANTS et apportez le numéro, une photo de moins de 6 mois et un "
     "justificatif de domicile. Le délai est actuellement de 5 à 7 semaines. Les habitants d'autres "
     "communes sont aussi reçus.",
     "CNI|passeport|renouveler papiers d'identité|rendez-vous carte identité", "état civil", ""),
    ("Je viens d'arriver à Mervaux, que dois-je faire ?",
     "Bienvenue ! Pensez à vous inscrire sur les listes électorales (en ligne ou en mairie), à inscrire vos "
     "enfants à l'école et au Portail Familles, à demander votre badge de déchèterie à la Communauté de "
     "communes et à changer l'adresse de votre carte grise en ligne. Une matinée d'accueil des nouveaux "
     "habitants a lieu chaque année en octobre : inscrivez-vous à l'accueil de la mairie.",
     "nouvel habitant|emménagement|je viens de déménager|nouveaux arrivants", "vie pratique", ""),
    ("Comment m'inscrire sur les listes électorales ?",
     "En ligne sur service-public.fr ou en mairie, avec une pièce d'identité et un justificatif de domicile "
     "de moins de 3 mois. Pour voter à une élection, l'inscription doit être faite au plus tard le 6e "
     "vendredi avant le scrutin.",
     "inscription électorale|voter|liste électorale", "élections", ""),
    ("Quand puis-je tondre ou bricoler avec des outils bruyants ?",
     "Les travaux de bricolage et de jardinage bruyants (tondeuse, perceuse, tronçonneuse) sont autorisés "
     "les jours ouvrables de 8 h 30 à 12 h et de 14 h 30 à 19 h 30, le samedi de 9 h à 12 h et de "
     "15 h à 19 h, le dimanche et les jours fériés de 10 h à 12 h (arrêté n° 2022-140).",
     "tondeuse|bruit voisinage|horaires bricolage|perceuse dimanche", "cadre de vie", ""),
    ("Comment louer une salle pour une fête de famille ?",
     "La salle des fêtes Jean-Moulin (150 personnes) et la salle du Moulin (50 personnes) se louent aux "
     "habitants de Mervaux pour les fêtes familiales. Demande par le formulaire en ligne au moins deux mois "
     "avant, puis visite et signature de la convention au service Vie associative. Tarifs : 390 € le "
     "week-end pour la salle Jean-Moulin, 160 € pour la salle du Moulin ; caution 800 €.",
     "location salle des fêtes|salle pour anniversaire|louer salle mariage", "salles", ""),
    ("Comment une association réserve-t-elle le gymnase ?",
     "Les créneaux d'entraînement au gymnase et dans les salles du complexe sportif des Verchères sont "
     "attribués chaque année en juin aux associations, après la réunion du planning. Pour une manifestation "
     "ponctuelle (tournoi, gala), faites la demande au service des Sports deux mois avant. Les tarifs de "
     "location sont fixés par le conseil municipal.",
     "réservation gymnase association|créneau salle de sport|louer le gymnase", "sport", ""),
    ("Quels sont les horaires du complexe sportif ?",
     "Le complexe sportif des Verchères (gymnase, salle de danse, stade synthétique, 4 courts de tennis) est "
     "ouvert aux clubs du lundi au vendredi de 8 h à 22 h 30 et le week-end de 8 h à 20 h. Le stade "
     "d'athlétisme est en accès libre pour le public de 7 h à 21 h, hors créneaux scolaires. Il est fermé "
     "du 24 décembre au 1er janvier.",
     "horaires gymnase|stade ouvert|piste d'athlétisme", "sport", ""),
    ("Comment inscrire mon bébé à la crèche ?",
     "Les demandes de place en crèche se font auprès du Relais petite enfance (RPE), au centre social "
     "Le Moulin, dès le 6e mois de grossesse. La commission d'attribution se réunit en mars et en octobre. "
     "Le tarif horaire est calculé selon le barème national de la CAF.",
     "place en crèche|garde bébé|multi-accueil|assistante maternelle", "petite enfance", ""),
    ("Quelles aides pour les activités sportives des enfants ?",
     "Le Pass'Sport Mervaux offre 30 € par enfant de 6 à 17 ans pour une adhésion dans un club de la "
     "commune, pour les familles dont le quotient familial est inférieur à 800. Il se demande au CCAS avec "
     "l'attestation CAF, de septembre à décembre.",
     "aide sport enfant|pass sport|licence club réduction", "sport", ""),
    ("Comment signaler un nid-de-poule ou un lampadaire en panne ?",
     "Signalez-le aux services techniques au 04 78 56 20 25 ou avec la commande /signaler de ce bot, en "
     "indiquant l'adresse précise. Une intervention a lieu sous 48 heures pour un danger sur la chaussée.",
     "trou dans la route|éclairage public en panne|signaler un problème voirie", "voirie", ""),
    ("J'ai perdu un objet, où m'adresser ?",
     "Les objets trouvés sur la voie publique sont déposés au poste de police municipale, 8 rue de la "
     "République. Ils y sont gardés un an. Pour un objet perdu dans le tram, contactez le service clients "
     "du réseau de transport.",
     "objets trouvés|perdu mes clés|portefeuille perdu", "vie pratique", ""),
    ("Les seniors ont-ils un colis de Noël ?",
     "Le CCAS offre un colis de Noël aux habitants de 72 ans et plus, ou un repas dansant en janvier au choix. "
     "Inscription au CCAS avant le 15 octobre. La distribution des colis a lieu le mercredi 16 décembre "
     "2026 de 9 h à 12 h à la salle Jean-Moulin.",
     "colis des anciens|repas des aînés|cadeau noël personnes âgées", "social", ""),
    ("Faut-il une autorisation pour des travaux sur ma maison ?",
     "Une déclaration préalable suffit pour une clôture, un abri de jardin de 5 à 20 m², un changement de "
     "fenêtres ou de couleur de façade ; au-delà de 20 m² (40 m² en zone urbaine du PLU) un permis de "
     "construire est nécessaire. Les dossiers se déposent en ligne sur le guichet numérique de la commune. "
     "Le service Urbanisme reçoit sur rendez-vous le mardi et le jeudi.",
     "permis de construire|déclaration de travaux|abri de jardin|clôture", "urbanisme", ""),
]

write("fiches.csv", ["question", "reponse", "variantes", "theme", "lien"], FICHES)

# --------------------------------------------------------------------------- arrêtés
P = ("6.1", "libertés publiques et pouvoirs de police/police municipale")
CIRC = ("6.4", "libertés publiques et pouvoirs de police/autres actes réglementaires")
# (id, date, type, matière, objet, début, fin, lieux)
ARRETES = [
    ("2020-077", "2020-09-14", "permanent", P,
     "Limitation de la vitesse à 30 km/h sur l'ensemble des voies du centre-ville (zone 30)",
     "", "", "rue de la République;rue Victor-Hugo;rue Pasteur;place de la Libération;cours Émile-Zola"),
    ("2021-018", "2021-03-02", "permanent", P,
     "Réglementation du marché hebdomadaire du samedi : stationnement interdit place de la Libération "
     "et rue du Marché le samedi de 5 h à 14 h, véhicules en infraction mis en fourrière",
     "", "", "place de la Libération;rue du Marché"),
    ("2022-031", "2022-08-25", "permanent", P,
     "Création d'une rue aux écoles rue des Tilleuls : circulation des véhicules à moteur interdite les jours "
     "d'école de 8 h 15 à 8 h 45, de 11 h 30 à 11 h 45, de 13 h 15 à 13 h 30 et de 16 h 15 à 16 h 45, "
     "sauf riverains, secours et services",
     "", "", "rue des Tilleuls"),
    ("2022-140", "2022-11-08", "permanent", P,
     "Réglementation des bruits de voisinage : travaux de bricolage et de jardinage bruyants autorisés les "
     "jours ouvrables de 8 h 30 à 12 h et de 14 h 30 à 19 h 30, le samedi de 9 h à 12 h et de 15 h à 19 h, "
     "le dimanche et les jours fériés de 10 h à 12 h",
     "", "", ""),
    ("2023-009", "2023-01-17", "permanent", P,
     "Règlement d'accès au complexe sportif des Verchères : chiens interdits, même tenus en laisse, et "
     "deux-roues motorisés interdits dans l'enceinte",
     "", "", "complexe sportif des Verchères;chemin des Verchères"),
    ("2023-112", "2023-10-03", "permanent", P,
     "Stationnement en zone bleue dans le centre-ville : durée limitée à 1 h 30 du lundi au samedi de 9 h à "
     "12 h et de 14 h à 18 h, disque de stationnement obligatoire",
     "", "", "rue de la République;rue Victor-Hugo;place de l'Église;rue Pasteur;parking de la Poste"),
    ("2024-052", "2024-05-21", "permanent", P,
     "Interdiction de la consommation de boissons alcoolisées dans le parc de la Roseraie et le square des "
     "Platanes tous les jours de 20 h à 7 h",
     "", "", "parc de la Roseraie;square des Platanes"),
    ("2024-101", "2024-09-12", "permanent", CIRC,
     "Création de deux emplacements d'arrêt minute limités à 15 minutes devant le bureau de poste",
     "", "", "rue de la République"),
    ("2025-067", "2025-08-28", "permanent", P,
     "Création d'une rue aux écoles allée Jean-Jaurès devant l'école Jean-Jaurès : circulation des véhicules "
     "à moteur interdite les jours d'école aux heures d'entrée et de sortie des élèves, à compter du "
     "1er septembre 2025",
     "", "", "allée Jean-Jaurès"),
    ("2025-120", "2025-11-04", "permanent", CIRC,
     "Interdiction de circulation des véhicules de plus de 3,5 tonnes chemin des Vignes, sauf desserte "
     "locale et engins agricoles",
     "", "", "chemin des Vignes"),
    ("2026-012", "2026-02-03", "temporaire", P,
     "Carnaval des écoles : circulation interdite sur le parcours du défilé de 14 h à 17 h",
     "2026-03-14", "2026-03-14", "rue des Tilleuls;avenue du Général-Leclerc;place de la Libération"),
    ("2026-031", "2026-04-02", "temporaire", P,
     "Vide-grenier du Sou des écoles des Tilleuls : circulation et stationnement interdits de 5 h à 19 h",
     "2026-04-26", "2026-04-26", "rue des Tilleuls;place Jean-Moulin"),
    ("2026-040", "2026-05-04", "temporaire", P,
     "Course à pied « Les Foulées de Mervaux » : circulation interdite de 8 h 30 à 12 h sur le parcours",
     "2026-05-17", "2026-05-17", "chemin des Verchères;chemin des Vignes;rue du Stade"),
    ("2026-058", "2026-06-10", "temporaire", P,
     "Fête de la musique : rue de la République fermée à la circulation de 18 h à 1 h",
     "2026-06-21", "2026-06-22", "rue de la République"),
    ("2026-062", "2026-06-25", "temporaire", P,
     "Fête nationale : stationnement interdit chemin des Verchères et fermeture du stade au public de 18 h à "
     "minuit pour le tir du feu d'artifice",
     "2026-07-13", "2026-07-13", "chemin des Verchères;complexe sportif des Verchères"),
    ("2026-075", "2026-08-20", "temporaire", P,
     "Forum des associations : stationnement réservé aux exposants sur le parking du complexe sportif des "
     "Verchères",
     "2026-09-05", "2026-09-05", "complexe sportif des Verchères"),
    ("2026-081", "2026-10-05", "temporaire", CIRC,
     "Travaux de réfection de la chaussée rue Pasteur : route barrée, déviation par le cours Émile-Zola",
     "2026-10-19", "2026-10-30", "rue Pasteur"),
    ("2026-088", "2026-11-12", "temporaire", CIRC,
     "Travaux de renouvellement de la conduite d'eau potable avenue du Général-Leclerc : circulation alternée "
     "par feux tricolores, vitesse limitée à 30 km/h et stationnement interdit au droit du chantier",
     "2026-11-23", "2026-12-18", "avenue du Général-Leclerc"),
    ("2026-090", "2026-11-16", "temporaire", CIRC,
     "Élagage des platanes : stationnement interdit de 7 h 30 à 17 h",
     "2026-12-07", "2026-12-11", "cours Émile-Zola"),
    ("2026-092", "2026-11-20", "temporaire", P,
     "Marché de Noël : stationnement interdit place de la Libération du vendredi 11 décembre 14 h au "
     "dimanche 13 décembre 22 h",
     "2026-12-11", "2026-12-13", "place de la Libération"),
    ("2026-094", "2026-11-27", "temporaire", P,
     "Fermeture au public du parc de la Roseraie pour le remplacement de l'aire de jeux",
     "2026-11-30", "2026-12-20", "parc de la Roseraie"),
    ("2026-095", "2026-11-27", "temporaire", CIRC,
     "Travaux de raccordement de la conduite d'eau potable : avenue du Général-Leclerc barrée entre le "
     "rond-point des Sablons et la rue Pasteur, déviation par le chemin des Vignes",
     "2027-01-11", "2027-01-22", "avenue du Général-Leclerc"),
    ("2026-096", "2026-11-30", "temporaire", CIRC,
     "Maintenance de la ligne de tram T12 : fermeture du parc relais des Sablons",
     "2026-12-14", "2026-12-16", "parc relais des Sablons"),
    ("2026-097", "2026-12-01", "temporaire", CIRC,
     "Réservation de trois emplacements de stationnement pour un déménagement au droit du 12 rue Victor-Hugo",
     "2026-12-09", "2026-12-09", "rue Victor-Hugo"),
    ("2026-099", "2026-12-02", "temporaire", CIRC,
     "Réservation de deux emplacements de stationnement pour un déménagement au droit du 5 rue Pasteur",
     "2026-12-12", "2026-12-12", "rue Pasteur"),
    ("2026-100", "2026-12-03", "temporaire", P,
     "Nuit de la Saint-Sylvestre : vente d'alcool à emporter et consommation d'alcool sur la voie publique "
     "interdites du 31 décembre 2026 à 18 h au 1er janvier 2027 à 8 h, ainsi que l'usage de pétards",
     "2026-12-31", "2027-01-01", ""),
]

rows = []
for (i, d, t, (mc, mn), o, deb, fin, lieu) in ARRETES:
    rows.append([COLL, SIRET, i, d, t, mc, mn, o, deb, fin, lieu, f"{URL}/arretes/{i}.pdf"])
write("arretes.csv", ["COLL_NOM", "COLL_SIRET", "ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_MATIERE_CODE",
                      "ARR_MATIERE_NOM", "ARR_OBJET", "ARR_DEBUT", "ARR_FIN", "ARR_LIEU", "ARR_URL"], rows)

# --------------------------------------------------------------------------- délibérations
FIN = ("7.1", "Finances locales/Décisions budgétaires")
FISC = ("7.2", "Finances locales/Fiscalité")
SUBV = ("7.5", "Finances locales/Subventions")
TARIF = ("7.10", "Finances locales/Divers")
DSP = ("1.2", "Commande publique/Délégation de service public")
DOM = ("3.5", "Domaine et patrimoine/Autres actes de gestion du domaine public")
AUT = ("9.1", "Autres domaines de compétences/Autres domaines de compétences des communes")
# (id, date, matière, objet, budget année, effectif, réel, pour, contre, abst)
DELIBS = [
    ("DCM-2025-012", "2025-03-27", FISC,
     "Vote des taux d'imposition 2025 : taxe foncière sur les propriétés bâties 40,56 %, taxe foncière sur "
     "les propriétés non bâties 47,25 %, taxe d'habitation sur les résidences secondaires 11,85 %",
     "2025", 33, 32, 26, 6, 0),
    ("DCM-2025-020", "2025-03-27", SUBV,
     "Subventions 2025 aux associations : ASM Football 9 000 €, Judo Club Mervaux 4 000 €, Mervaux Basket "
     "6 500 €, Sou des écoles des Tilleuls 1 700 €, Sou des écoles Jean-Jaurès 1 700 €, Comité des fêtes "
     "7 200 €, Les Amis de la médiathèque 800 €, Restos du Cœur – antenne de Mervaux 1 500 €, soit 32 400 €",
     "2025", 33, 31, 31, 0, 0),
    ("DCM-2025-058", "2025-06-24", TARIF,
     "Tarifs de la restauration scolaire au 1er septembre 2025 selon le quotient familial : QF de 0 à 450 : "
     "1,10 € ; QF de 451 à 800 : 2,60 € ; QF de 801 à 1 200 : 3,90 € ; QF supérieur à 1 200 : 4,80 € ; "
     "enfants hors commune : 6,20 € ; panier repas (PAI) : 1,10 €",
     "2025", 33, 30, 26, 0, 4),
    ("DCM-2025-071", "2025-09-30", TARIF,
     "Tarifs de mise à disposition du gymnase et des salles du complexe sportif des Verchères aux "
     "associations : entraînements gratuits pour les associations mervaloises, manifestation 45 € par jour ; "
     "associations extérieures 28 € de l'heure pour le gymnase et 15 € de l'heure pour la salle de danse ; "
     "caution 500 €",
     "2025", 33, 31, 31, 0, 0),
    ("DCM-2026-009", "2026-02-10", DSP,
     "Attribution du contrat de concession du parking souterrain de la Libération à la société Stationéo "
     "pour 15 ans à compter du 1er avril 2026 : rénovation des 220 places par le concessionnaire (1,2 M€) et "
     "redevance annuelle versée à la commune de 42 000 €",
     "2026", 33, 33, 26, 7, 0),
    ("DCM-2026-015", "2026-03-31", FISC,
     "Vote des taux d'imposition 2026 : taxe foncière sur les propriétés bâties 41,37 %, taxe foncière sur "
     "les propriétés non bâties 48,20 %, taxe d'habitation sur les résidences secondaires 11,85 %",
     "2026", 33, 31, 25, 6, 0),
    ("DCM-2026-016", "2026-03-31", FIN,
     "Adoption du budget primitif 2026 du budget principal",
     "2026", 33, 31, 25, 6, 0),
    ("DCM-2026-017", "2026-03-31", SUBV,
     "Subventions 2026 aux associations : ASM Football 9 500 €, Judo Club Mervaux 4 200 €, Mervaux Basket "
     "6 800 €, Sou des écoles des Tilleuls 1 800 €, Sou des écoles Jean-Jaurès 1 800 €, Comité des fêtes "
     "7 500 €, Les Amis de la médiathèque 900 €, Restos du Cœur – antenne de Mervaux 1 500 €, soit 34 000 €",
     "2026", 33, 31, 31, 0, 0),
    ("DCM-2026-018", "2026-03-31", TARIF,
     "Actualisation des tarifs du complexe sportif des Verchères pour les associations : entraînements "
     "gratuits pour les associations mervaloises, manifestation 50 € par jour ; associations extérieures "
     "30 € de l'heure pour le gymnase et 16 € de l'heure pour la salle de danse ; caution 500 €",
     "2026", 33, 31, 31, 0, 0),
    ("DCM-2026-035", "2026-06-23", FIN,
     "Approbation du compte administratif 2025 du budget principal",
     "2025", 33, 30, 24, 0, 6),
    ("DCM-2026-041", "2026-06-23", TARIF,
     "Tarifs de la restauration scolaire au 1er septembre 2026 selon le quotient familial : QF de 0 à 450 : "
     "1,00 € ; QF de 451 à 800 : 2,70 € ; QF de 801 à 1 200 : 4,00 € ; QF supérieur à 1 200 : 4,95 € ; "
     "enfants hors commune : 6,40 € ; panier repas (PAI) : 1,20 €",
     "2026", 33, 31, 27, 0, 4),
    ("DCM-2026-042", "2026-06-23", TARIF,
     "Droits de place du marché du samedi au 1er septembre 2026 : abonnés 1,20 € le mètre linéaire, "
     "commerçants passagers 1,80 € le mètre linéaire, branchement électrique 2,50 € par marché",
     "2026", 33, 31, 31, 0, 0),
    ("DCM-2026-047", "2026-09-29", FIN,
     "Décision modificative n° 1 du budget principal 2026",
     "2026", 33, 32, 26, 0, 6),
    ("DCM-2026-052", "2026-09-29", AUT,
     "Convention avec Mobilités Ouest Lyonnais pour l'extension du parc relais des Sablons du tram T12 : "
     "participation de la commune de 85 000 €",
     "2026", 33, 32, 32, 0, 0),
    ("DCM-2026-053", "2026-09-29", DOM,
     "Pérennisation de la rue aux écoles rue des Tilleuls et création d'une seconde rue aux écoles allée "
     "Jean-Jaurès : bilan de l'expérimentation approuvé",
     "2026", 33, 32, 30, 2, 0),
    ("DCM-2026-060", "2026-11-17", AUT,
     "Dérogations au repos dominical des commerces de détail pour 2027 : dimanches 10 janvier, 28 novembre, "
     "5, 12 et 19 décembre 2027",
     "2027", 33, 31, 25, 6, 0),
    ("DCM-2026-061", "2026-11-17", TARIF,
     "Tarifs de la médiathèque en 2027 : abonnement gratuit pour les habitants de Mervaux, 12 € par an pour "
     "les extérieurs, carte perdue 3 €",
     "2027", 33, 31, 31, 0, 0),
]
rows = []
for (i, d, (mc, mn), o, an, eff, reel, pour, contre, abst) in DELIBS:
    rows.append([COLL, SIRET, i, d, mc, mn, o, an, "Budget principal", "", "", eff, reel, pour, contre, abst,
                 f"{URL}/deliberations/{i}.pdf"])
write("deliberations.csv", ["COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE",
                            "DELIB_MATIERE_NOM", "DELIB_OBJET", "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID",
                            "PREF_DATE", "VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE",
                            "VOTE_ABSTENTION", "DELIB_URL"], rows)

# --------------------------------------------------------------------------- annuaire
# (nom, categorie, adresse, telephone, email, site_web, horaires, description)
V = "69346 Mervaux-sur-Yzeron"
ANNU = [
    ("Pharmacie de la Libération", "pharmacie", f"4 place de la Libération, {V}", "04 78 56 31 12", "", "",
     "Mo-Fr 08:30-19:30; Sa 08:30-19:00", "Pharmacie du centre, face au marché."),
    ("Pharmacie des Sablons", "pharmacie", f"51 avenue du Général-Leclerc, {V}", "04 78 56 44 80", "", "",
     "Mo-Fr 09:00-12:30,14:00-19:30; Sa 09:00-12:30", "Près du terminus du tram."),
    ("Pharmacie des Vergers", "pharmacie", f"2 rue Pasteur, {V}", "04 78 56 17 05", "", "",
     "Mo-Sa 08:30-12:30,14:30-19:30", ""),
    ("Dr Camille Ferrand", "médecin généraliste", f"Maison de santé des Tilleuls, 14 rue des Tilleuls, {V}",
     "04 78 56 52 10", "", "", "Mo-Fr 08:30-12:00,14:00-19:00", "Sur rendez-vous, consultations sans rendez-vous le lundi matin."),
    ("Dr Julien Mercier", "médecin généraliste", f"Maison de santé des Tilleuls, 14 rue des Tilleuls, {V}",
     "04 78 56 52 11", "", "", "Mo,Tu,Th,Fr 08:00-12:00,14:00-19:00; Sa 08:30-12:00", "Sur rendez-vous."),
    ("Dr Sophie Nguyen", "médecin généraliste", f"27 rue de la République, {V}", "04 78 56 63 40", "", "",
     "Mo-Fr 09:00-12:00,15:00-19:00", "Ne prend plus de nouveaux patients comme médecin traitant."),
    ("Dr Olivier Daumas", "pédiatre", f"Maison de santé des Tilleuls, 14 rue des Tilleuls, {V}",
     "04 78 56 52 14", "", "", "Mo,Tu,Th,Fr 09:00-18:00; We 09:00-12:00", "Pédiatrie, sur rendez-vous."),
    ("Cabinet dentaire du Parc", "dentiste", f"9 cours Émile-Zola, {V}", "04 78 56 70 33", "", "",
     "Mo-Fr 08:30-12:30,14:00-19:00", "Drs Lemaire et Boudjema."),
    ("Cabinet de kinésithérapie des Verchères", "kinésithérapeute", f"3 chemin des Verchères, {V}",
     "04 78 56 81 90", "", "", "Mo-Fr 07:30-20:00; Sa 08:00-12:00", ""),
    ("Cabinet infirmier Yzeron Soins", "infirmier", f"Maison de santé des Tilleuls, 14 rue des Tilleuls, {V}",
     "06 71 24 58 90", "", "", "Mo-Su 07:00-19:00", "Soins à domicile 7 jours sur 7, permanence au cabinet de 7 h 30 à 8 h 30."),
    ("Clinique vétérinaire de l'Yzeron", "vétérinaire", f"88 avenue du Général-Leclerc, {V}", "04 78 56 90 21",
     "", "", "Mo-Fr 08:30-19:00; Sa 09:00-17:00", "Urgences : 04 78 56 90 22."),
    ("Police municipale", "police municipale", f"8 rue de la République, {V}", "04 78 56 20 17",
     "police@mervaux-yzeron.fr", "", "Mo-Fr 08:00-12:00,13:30-18:00; Sa 08:00-12:00",
     "Objets trouvés, opération tranquillité vacances, stationnement. Patrouilles jusqu'à 23 h en semaine."),
    ("Gendarmerie de Vaugrenay-les-Bois", "gendarmerie", f"12 route de Lyon, 69670 Vaugrenay-les-Bois",
     "04 78 48 10 17", "", "", "Mo-Sa 08:00-12:00,14:00-18:00; Su 09:00-12:00,15:00-18:00",
     "Brigade compétente pour Mervaux. En urgence, composez le 17."),
    ("Ligne de tram T12 – terminus Mervaux – Les Sablons", "transport en commun",
     f"Rond-point des Sablons, {V}", "04 26 10 12 12", "", "https://www.mobilites-ouest-lyonnais.fr",
     "Mo-Sa 05:00-00:30; Su 06:30-00:00",
     "Tram toutes les 8 minutes en heure de pointe, 15 minutes le dimanche ; 28 minutes jusqu'à Lyon Perrache."),
    ("Parc relais des Sablons", "parking", f"Rond-point des Sablons, {V}", "", "", "",
     "Mo-Su 05:00-01:00", "180 places gratuites pour les voyageurs du tram, abri vélos sécurisé."),
    ("Parking souterrain de la Libération (Stationéo)", "parking", f"place de la Libération, {V}",
     "04 78 56 99 00", "", "https://www.stationeo-mervaux.fr", "24/7",
     "220 places, première demi-heure gratuite, abonnements résidents."),
    ("Médiathèque Simone-Veil", "médiathèque", f"5 place Jean-Moulin, {V}", "04 78 56 20 40",
     "mediatheque@mervaux-yzeron.fr", "",
     "Tu 15:00-19:00; We 10:00-12:30,14:00-18:00; Fr 15:00-19:00; Sa 10:00-17:00",
     "Prêt de livres, jeux vidéo, heure du conte le mercredi à 10 h 30."),
    ("Crèche municipale Les P'tits Loups", "crèche", f"16 rue des Tilleuls, {V}", "04 78 56 20 50",
     "creche@mervaux-yzeron.fr", "", "Mo-Fr 07:30-18:30", "Multi-accueil de 45 places, de 10 semaines à 3 ans."),
    ("Micro-crèche Les Petits Pas", "crèche", f"40 avenue du Général-Leclerc, {V}", "04 78 56 47 25", "", "",
     "Mo-Fr 07:45-18:45", "Micro-crèche privée de 12 places."),
    ("Centre social Le Moulin", "centre social", f"1 rue du Moulin, {V}", "04 78 56 33 60",
     "accueil@lemoulin-mervaux.fr", "", "Mo-Fr 09:00-12:00,13:30-18:30",
     "Centre de loisirs, Relais petite enfance, aide aux devoirs, ateliers numériques, permanences CAF."),
    ("CCAS de Mervaux-sur-Yzeron", "action sociale", f"2 place Jean-Moulin, {V}", "04 78 56 20 08", "", "",
     "Mo,Tu,Th,Fr 08:30-12:00", "Aides sociales, colis de Noël, Pass'Sport."),
    ("École élémentaire Jean-Jaurès", "école", f"3 allée Jean-Jaurès, {V}", "04 78 56 21 10", "", "", "",
     "Groupe scolaire Jean-Jaurès (maternelle et élémentaire)."),
    ("École élémentaire des Tilleuls", "école", f"18 rue des Tilleuls, {V}", "04 78 56 21 20", "", "", "",
     "Groupe scolaire des Tilleuls (maternelle et élémentaire)."),
    ("Collège Louise-Michel", "collège", f"25 chemin des Verchères, {V}", "04 78 56 22 00", "", "", "",
     "Collège public du secteur, 620 élèves."),
    ("Complexe sportif des Verchères", "équipement sportif", f"chemin des Verchères, {V}", "04 78 56 20 60",
     "", "", "Mo-Fr 08:00-22:30; Sa,Su 08:00-20:00", "Gymnase, salle de danse, stade synthétique, tennis."),
    ("ASM Football", "club sportif", f"Complexe sportif des Verchères, {V}", "06 12 45 78 01",
     "contact@asm-foot-mervaux.fr", "", "", "Football dès 5 ans, équipes féminines."),
    ("Judo Club Mervaux", "club sportif", f"Dojo du complexe sportif des Verchères, {V}", "06 33 18 40 27", "",
     "", "", "Judo et jujitsu à partir de 4 ans."),
    ("Mervaux Basket", "club sportif", f"Gymnase des Verchères, {V}", "06 78 90 12 34",
     "mervauxbasket@gmail.com", "", "", "Basket-ball, de baby-basket aux seniors."),
    ("Tennis Club des Verchères", "club sportif", f"chemin des Verchères, {V}", "04 78 56 88 12", "", "",
     "", "4 courts extérieurs, école de tennis."),
    ("Gym Volontaire de Mervaux", "club sportif", f"Salle de danse des Verchères, {V}", "06 45 67 23 11", "",
     "", "", "Gym douce, pilates, marche nordique."),
    ("Boule Mervaloise", "club sportif", f"Boulodrome du parc de la Roseraie, {V}", "06 20 31 42 53", "", "",
     "", "Pétanque et lyonnaise."),
    ("Comité des fêtes", "association", f"2 place Jean-Moulin, {V}", "06 81 22 73 40", "", "", "",
     "Organise le marché de Noël et la fête de la Saint-Jean."),
    ("Sou des écoles des Tilleuls", "association de parents", f"18 rue des Tilleuls, {V}", "", "sou.tilleuls@gmail.com",
     "", "", "Vide-grenier au printemps, kermesse."),
    ("Sou des écoles Jean-Jaurès", "association de parents", f"3 allée Jean-Jaurès, {V}", "",
     "soujeanjaures@gmail.com", "", "", "Loto, vente de sapins."),
    ("Les Amis de la médiathèque", "association culturelle", f"5 place Jean-Moulin, {V}", "", "", "", "",
     "Lectures, café-lecture le premier samedi du mois."),
    ("Restos du Cœur – antenne de Mervaux", "association caritative", f"1 rue du Moulin, {V}", "04 78 56 77 60",
     "", "", "Tu,Fr 14:00-16:30", "Distribution alimentaire, inscriptions le mardi."),
    ("La Poste", "bureau de poste", f"20 rue de la République, {V}", "36 31", "", "",
     "Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00", ""),
    ("Déchèterie de Chaponost-les-Vallons", "déchèterie", "chemin du Favre, 69630 Chaponost-les-Vallons",
     "04 78 45 60 00", "", "", "Mo-Fr 13:30-18:00; Sa 09:00-18:00", "Gérée par la Communauté de communes des Vallons de l'Yzeron."),
    ("Boulangerie Au Pain d'Yzeron", "boulangerie", f"6 place de la Libération, {V}", "04 78 56 12 34", "", "",
     "Tu-Sa 06:30-19:30; Su 06:30-12:30", ""),
    ("Boulangerie Masson", "boulangerie", f"62 avenue du Général-Leclerc, {V}", "04 78 56 40 02", "", "",
     "Mo,We-Su 06:00-13:00,15:30-19:30", "Fermée le mardi."),
    ("Taxi Mervaux Services", "taxi", "", "06 07 08 09 10", "", "", "Mo-Su 05:00-23:00",
     "Transport conventionné, gare et aéroport."),
    ("Salle des fêtes Jean-Moulin", "salle des fêtes", f"place Jean-Moulin, {V}", "04 78 56 20 12", "", "", "",
     "150 personnes, location aux habitants et associations."),
    ("Maison France Services", "service public", f"1 rue du Moulin, {V}", "04 78 56 33 70", "", "",
     "Mo-Th 09:00-12:00,13:30-17:00", "Aide aux démarches en ligne : impôts, CAF, retraite, ANTS."),
    ("Marché du samedi", "marché", f"place de la Libération, {V}", "04 78 56 20 14", "", "",
     "Sa 07:00-13:00", "Une soixantaine de commerçants ; placier joignable au service Vie économique."),
    ("Piscine intercommunale des Vallons", "piscine", "avenue des Sports, 69630 Chaponost-les-Vallons",
     "04 78 45 61 70", "", "", "Mo,Tu,Th,Fr 12:00-13:45,17:00-20:00; We 10:00-19:00; Sa,Su 09:00-18:00",
     "La commune n'a pas de piscine : les écoles nagent ici."),
]
write("annuaire.csv", ["nom", "categorie", "adresse", "telephone", "email", "site_web", "horaires",
                       "description"], ANNU)
print(len(FICHES), "fiches;", len(ARRETES), "arrêtés;", len(DELIBS), "délibérations;", len(ANNU), "acteurs")
