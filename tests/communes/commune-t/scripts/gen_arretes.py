"""Écrit files/arretes.csv (UTF-8 sans BOM, séparateur point-virgule, ARR_LIEU séparés par « ; » entre guillemets)."""
import csv, pathlib
OUT = pathlib.Path(__file__).resolve().parent.parent / "files" / "arretes.csv"
COLL, SIRET = "Villebréval-sur-Orge", "21910697000015"
POL = ("6.1", "libertés publiques et pouvoirs de police/police municipale")
VOI = ("8.3", "domaines de compétences par thèmes/voirie")
URL = "https://www.villebreval-sur-orge.fr/arretes/"
A = [
 ("2026-101","2026-11-09","temporaire",VOI,"Travaux de réfection de la chaussée de l'avenue de la Gare : circulation interdite sauf riverains entre la rue Jean-Jaurès et la gare RER, déviation des bus des lignes 12 et 27 par la rue Jean-Jaurès et la rue des Tilleuls, arrêt « Gare RER » reporté rue des Tilleuls","2026-11-16","2026-12-18","avenue de la Gare;rue Jean-Jaurès;rue des Tilleuls"),
 ("2026-012","2026-01-19","permanent",POL,"Stationnement interdit sur le parking du Marché le mercredi et le samedi de 5h00 à 14h00 pour la tenue du marché couvert ; véhicules en infraction mis en fourrière","","","parking du Marché;place du Marché"),
 ("2026-074","2026-08-31","temporaire",POL,"Brocante vide-greniers du comité des fêtes le dimanche 20 septembre 2026 : circulation et stationnement interdits de 5h00 à 20h00","2026-09-20","2026-09-20","rue de la République;place de l'Église;rue Victor-Hugo"),
 ("2025-088","2025-06-30","permanent",VOI,"Instauration d'une zone 30 permanente dans le centre-ville : vitesse limitée à 30 km/h","2025-09-01","","rue de la République;rue Jean-Jaurès;avenue de la Gare;rue Pasteur;place du Marché;rue des Écoles"),
 ("2026-058","2026-06-22","temporaire",POL,"Interdiction de la consommation d'alcool sur la voie publique de 20h00 à 7h00 aux abords de la gare RER","2026-07-01","2026-12-31","parvis de la gare;avenue de la Gare;square Louise-Michel"),
 ("2024-077","2024-09-16","permanent",POL,"Réglementation des bruits de chantier : travaux bruyants des entreprises autorisés du lundi au vendredi de 7h30 à 19h00 et le samedi de 9h00 à 12h00 ; interdits le dimanche et les jours fériés sauf urgence","","","territoire communal"),
 ("2026-104","2026-11-20","temporaire",POL,"Fermeture de la piscine municipale Aquaval au public pour la vidange annuelle des bassins du 30 novembre au 13 décembre 2026","2026-11-30","2026-12-13","piscine municipale Aquaval"),
 ("2026-110","2026-11-27","individuel",VOI,"Réservation de 2 places de stationnement pour un déménagement au droit du 14 rue Pasteur le samedi 12 décembre 2026 de 8h00 à 18h00","2026-12-12","2026-12-12","rue Pasteur"),
 ("2026-111","2026-11-30","individuel",VOI,"Réservation de 3 places de stationnement pour un déménagement au droit du 6 allée des Acacias le lundi 7 décembre 2026 de 7h00 à 17h00","2026-12-07","2026-12-07","allée des Acacias"),
 ("2026-096","2026-11-05","individuel",VOI,"Réservation de 2 places de stationnement pour un déménagement au droit du 31 rue Victor-Hugo le samedi 21 novembre 2026","2026-11-21","2026-11-21","rue Victor-Hugo"),
 ("2026-113","2026-12-02","individuel",VOI,"Réservation de 2 places de stationnement pour un déménagement au droit du 48 avenue de Corbeil le samedi 19 décembre 2026 de 8h00 à 13h00","2026-12-19","2026-12-19","avenue de Corbeil"),
 ("2026-105","2026-11-23","temporaire",VOI,"Travaux de grutage : circulation alternée par feux et stationnement interdit au droit du chantier du 1er au 11 décembre 2026","2026-12-01","2026-12-11","avenue de Corbeil"),
 ("2026-112","2026-12-01","temporaire",VOI,"Travaux Enedis de renouvellement de câble : circulation alternée et stationnement interdit du 14 au 23 décembre 2026","2026-12-14","2026-12-23","rue des Tilleuls"),
 ("2026-106","2026-11-24","temporaire",POL,"Marché de Noël des 12 et 13 décembre 2026 : stationnement interdit place de l'Église et circulation interdite rue de la République entre la place de l'Église et la rue Pasteur de 8h00 à 20h00","2026-12-12","2026-12-13","place de l'Église;rue de la République"),
 ("2026-108","2026-11-25","temporaire",POL,"Interdiction de la vente, du port et de l'usage de pétards et artifices de divertissement sur la voie publique du 24 décembre 2026 au 2 janvier 2027","2026-12-24","2027-01-02","territoire communal"),
 ("2025-041","2025-04-14","permanent",POL,"Règlement du skatepark du parc des Sablons : accès de 9h00 à 21h00, engins motorisés interdits, casque recommandé","","","skatepark du parc des Sablons;parc des Sablons"),
 ("2026-049","2026-06-01","temporaire",POL,"Fête de la musique : circulation et stationnement interdits le dimanche 21 juin 2026 de 17h00 à 1h00","2026-06-21","2026-06-22","place du Marché;rue de la République"),
 ("2026-062","2026-07-03","temporaire",POL,"Feu d'artifice du 13 juillet 2026 : accès interdit au public au parc des Sablons de 20h00 à minuit en dehors de l'enceinte réservée, stationnement interdit rue des Sablons","2026-07-13","2026-07-13","parc des Sablons;rue des Sablons"),
 ("2025-019","2025-02-24","permanent",VOI,"Interdiction de circulation des véhicules de plus de 3,5 tonnes sauf livraisons","","","rue des Écoles;rue Victor-Hugo"),
 ("2025-090","2025-08-25","permanent",POL,"Circulation interdite rue des Écoles devant l'école Jules-Ferry les jours d'école de 8h15 à 8h45 et de 16h15 à 16h45 (rue scolaire)","2025-09-01","","rue des Écoles"),
 ("2024-102","2024-11-18","permanent",POL,"Obligation pour les riverains de déneiger et de saler le trottoir devant leur habitation en cas de neige ou de verglas","","","territoire communal"),
 ("2026-015","2026-02-02","permanent",POL,"Chiens interdits, même tenus en laisse, dans les aires de jeux du parc des Sablons et du square Louise-Michel","","","parc des Sablons;square Louise-Michel"),
 ("2026-114","2026-12-03","temporaire",VOI,"Travaux de raccordement au réseau d'assainissement : rue du Moulin barrée sauf riverains du 11 janvier au 5 février 2027, déviation par la rue de l'Orge","2027-01-11","2027-02-05","rue du Moulin;rue de l'Orge"),
 ("2026-031","2026-04-20","temporaire",POL,"Course cycliste « Grand Prix de Villebréval » le dimanche 17 mai 2026 : circulation interdite de 13h00 à 18h00 sur le circuit","2026-05-17","2026-05-17","avenue de Corbeil;rue du Moulin;rue de l'Orge"),
 ("2026-022","2026-03-09","temporaire",POL,"Carnaval des écoles le samedi 28 mars 2026 : circulation interdite de 14h00 à 17h00 au passage du défilé","2026-03-28","2026-03-28","rue de la République;place du Marché;rue Jean-Jaurès"),
 ("2025-063","2025-06-10","permanent",POL,"Horaires d'ouverture du cimetière communal : de 8h00 à 19h00 du 1er avril au 31 octobre et de 8h30 à 17h30 du 1er novembre au 31 mars","","","cimetière communal;rue du Cimetière"),
 ("2026-100","2026-11-02","temporaire",VOI,"Élagage des platanes : stationnement interdit côté pair du 9 au 20 novembre 2026","2026-11-09","2026-11-20","boulevard de l'Orge"),
 ("2025-072","2025-07-07","permanent",POL,"Réglementation des terrasses des cafés et restaurants sur le domaine public : fermeture des terrasses à 23h00","","","territoire communal"),
 ("2026-090","2026-10-19","temporaire",VOI,"Stationnement interdit sur le parking du gymnase Léo-Lagrange du 2 au 4 novembre 2026 pour l'installation du cirque","2026-11-02","2026-11-04","parking du gymnase Léo-Lagrange"),
 ("2026-003","2026-01-05","permanent",POL,"Interdiction du stationnement des camping-cars et caravanes de plus de 24 heures sur les voies communales","","","territoire communal"),
 ("2026-115","2026-12-04","temporaire",VOI,"Stationnement limité à 20 minutes (arrêt minute) devant la boulangerie du parvis de la gare pendant les travaux de l'avenue de la Gare","2026-11-16","2026-12-18","parvis de la gare"),
]
with OUT.open("w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, delimiter=";")
    w.writerow(["COLL_NOM","COLL_SIRET","ARR_ID","ARR_DATE","ARR_TYPE","ARR_MATIERE_CODE","ARR_MATIERE_NOM","ARR_OBJET","ARR_DEBUT","ARR_FIN","ARR_LIEU","ARR_URL"])
    for (i,d,t,(mc,mn),o,deb,fin,lieu) in A:
        w.writerow([COLL,SIRET,i,d,t,mc,mn,o,deb,fin,lieu,URL+i+".pdf"])
print(len(A), "arrêtés")
