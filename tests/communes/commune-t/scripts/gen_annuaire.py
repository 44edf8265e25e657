"""Écrit files/annuaire.csv (UTF-8, virgule, horaires au format OpenStreetMap)."""
import csv, pathlib
OUT = pathlib.Path(__file__).resolve().parent.parent / "files" / "annuaire.csv"
V = "91295 Villebréval-sur-Orge"
E = [
 # santé
 ("Dr Hélène Marchetti","médecin généraliste","12 rue Pasteur, "+V,"01 69 42 31 10","","","Mo-Fr 08:30-12:00,14:00-19:00; Sa 09:00-12:00","Consultations sur rendez-vous, prise de rendez-vous en ligne"),
 ("Dr Karim Benali","médecin généraliste","12 rue Pasteur, "+V,"01 69 42 31 11","","","Mo-Fr 09:00-12:30,15:00-19:30","Maison médicale Pasteur, accepte les nouveaux patients"),
 ("Dr Sophie Lemaire-Durand","médecin généraliste","3 avenue de Corbeil, "+V,"01 69 42 55 02","","","Mo,Tu,Th,Fr 08:00-12:00,14:00-18:00","Ne prend plus de nouveaux patients"),
 ("Dr Olivier Tessier","médecin généraliste","27 rue de la République, "+V,"01 69 42 18 74","","","Mo-Fr 08:30-19:00; Sa 08:30-12:00","Consultations sans rendez-vous le samedi matin"),
 ("Dr Amandine Roux","pédiatre","12 rue Pasteur, "+V,"01 69 42 31 15","","","Mo,Tu,Th,Fr 09:00-12:00,14:00-18:30; We 09:00-12:00",""),
 ("Dr Julien Okafor","chirurgien-dentiste","8 place du Marché, "+V,"01 69 42 60 21","","","Mo-Fr 09:00-19:00",""),
 ("Cabinet dentaire des Sablons","chirurgien-dentiste","40 rue des Sablons, "+V,"01 69 42 77 30","","","Mo-Fr 08:30-12:30,14:00-19:00; Sa 09:00-13:00","Deux dentistes et un orthodontiste"),
 ("Cabinet de kinésithérapie de l'Orge","masseur-kinésithérapeute","15 boulevard de l'Orge, "+V,"01 69 42 44 90","","","Mo-Fr 08:00-20:00",""),
 ("Cabinet infirmier Pasteur","infirmier","12 rue Pasteur, "+V,"06 71 42 18 33","","","Mo-Su 07:00-20:00","Soins à domicile 7 jours sur 7, permanence au cabinet de 7h30 à 8h30"),
 ("Laboratoire Biolab Villebréval","laboratoire d'analyses médicales","5 avenue de la Gare, "+V,"01 69 42 90 12","","","Mo-Fr 07:00-18:00; Sa 07:30-12:00","Prises de sang sans rendez-vous"),
 ("Pharmacie de la Gare","pharmacie","1 parvis de la gare, "+V,"01 69 42 20 30","","","Mo-Fr 08:00-20:00; Sa 08:30-19:30",""),
 ("Pharmacie du Marché","pharmacie","10 place du Marché, "+V,"01 69 42 20 45","","","Mo-Sa 09:00-12:30,14:00-19:30",""),
 ("Pharmacie des Tilleuls","pharmacie","52 rue des Tilleuls, "+V,"01 69 42 20 58","","","Tu-Sa 09:00-12:30,14:30-19:30; Mo 14:30-19:30",""),
 # services publics municipaux
 ("Police municipale","police municipale","5 rue Pasteur, "+V,"01 69 42 10 17","police.municipale@villebreval-sur-orge.fr","","Mo-Fr 08:00-19:00; Sa 09:00-17:00","Objets trouvés, cartes de stationnement résident, Opération Tranquillité Vacances"),
 ("CCAS de Villebréval-sur-Orge","centre communal d'action sociale","2 place du Général-de-Gaulle, "+V,"01 69 42 10 40","ccas@villebreval-sur-orge.fr","","Mo-Fr 08:30-12:00,13:30-17:00","Aides sociales, sur rendez-vous"),
 ("Médiathèque Simone-Veil","médiathèque","18 rue Jean-Jaurès, "+V,"01 69 42 15 80","mediatheque@villebreval-sur-orge.fr","https://mediatheque.villebreval-sur-orge.fr","Tu 14:00-19:00; We 10:00-18:00; Fr 14:00-19:00; Sa 10:00-17:00","Prêt gratuit pour les habitants, espace numérique"),
 ("Piscine municipale Aquaval","piscine","Rue des Sablons, "+V,"01 69 42 16 20","","","Mo,Th 12:00-13:30,17:00-20:00; Tu,Fr 12:00-13:30,17:00-21:00; We 10:00-18:00; Sa 10:00-18:00; Su 09:00-13:00","Bassin sportif de 25 m et bassin d'apprentissage"),
 ("Conservatoire Maurice-Ravel","conservatoire","9 rue Victor-Hugo, "+V,"01 69 42 15 60","conservatoire@villebreval-sur-orge.fr","","Mo-Fr 14:00-20:00; We 09:00-20:00; Sa 09:00-13:00","Musique, danse et théâtre, 620 élèves"),
 ("Marché couvert","marché","Place du Marché, "+V,"","","","We,Sa 07:30-13:00","Une quarantaine de commerçants"),
 ("Skatepark des Sablons","skatepark","Parc des Sablons, rue des Sablons, "+V,"","","","Mo-Su 09:00-21:00","Accès libre"),
 ("Gymnase Léo-Lagrange","gymnase","22 rue des Écoles, "+V,"01 69 42 16 40","","","",""),
 ("Stade Jean-Bouin","stade","Avenue de Corbeil, "+V,"01 69 42 16 45","","","","Terrain synthétique et piste d'athlétisme"),
 ("Salle Georges-Brassens","salle des fêtes","4 rue de l'Orge, "+V,"01 69 42 10 30","","","","Location par le service Vie associative"),
 ("Centre de loisirs des Sablons","accueil de loisirs","30 rue des Sablons, "+V,"01 69 42 16 70","","","We 07:30-19:00","Mercredis et vacances scolaires, de 3 à 12 ans"),
 ("Crèche municipale Les Petits Pas","crèche","14 allée des Acacias, "+V,"01 69 42 16 80","","","Mo-Fr 07:30-19:00",""),
 ("Relais petite enfance","relais petite enfance","14 allée des Acacias, "+V,"01 69 42 16 85","","","Tu,Th 13:30-17:30","Liste des assistantes maternelles"),
 ("Cimetière communal","cimetière","Rue du Cimetière, "+V,"","","","",""),
 ("Services techniques municipaux","services techniques","Rue de l'Orge, "+V,"01 69 42 10 60","","","Mo-Fr 08:00-12:00,13:30-16:30","Voirie, propreté, espaces verts"),
 # écoles
 ("École élémentaire Jules-Ferry","école élémentaire","20 rue des Écoles, "+V,"01 69 42 25 10","","","",""),
 ("École élémentaire Jean-Moulin","école élémentaire","7 rue Victor-Hugo, "+V,"01 69 42 25 20","","","",""),
 ("École élémentaire Les Tilleuls","école élémentaire","60 rue des Tilleuls, "+V,"01 69 42 25 30","","","",""),
 ("École maternelle Jules-Ferry","école maternelle","18 rue des Écoles, "+V,"01 69 42 25 11","","","",""),
 ("Collège Paul-Éluard","collège","Avenue de Corbeil, "+V,"01 69 42 26 00","","","",""),
 ("Collège Marie-Curie","collège","45 rue du Moulin, "+V,"01 69 42 26 50","","","",""),
 # transports
 ("Gare de Villebréval (RER C)","gare","Parvis de la gare, "+V,"","","https://www.transilien.com","","RER C vers Paris-Austerlitz, environ 40 minutes ; horaires sur le site du transporteur"),
 ("Ligne de bus 12","ligne de bus","Gare RER - Clos-Saint-Jean - Collège Marie-Curie","","","https://www.iledefrance-mobilites.fr","","Île-de-France Mobilités, toutes les 15 minutes en semaine"),
 ("Ligne de bus 27","ligne de bus","Gare RER - Centre commercial de la Croix-Blanche","","","https://www.iledefrance-mobilites.fr","",""),
 ("Parc relais de la gare","parking","Avenue de la Gare, "+V,"01 69 42 33 00","","","Mo-Su 05:00-01:00","420 places, géré par Stationéo"),
 # autres services
 ("Bureau de poste","bureau de poste","6 rue de la République, "+V,"3631","","","Mo-Fr 09:00-12:30,14:00-18:00; Sa 09:00-12:30",""),
 ("France services","maison France services","2 place du Général-de-Gaulle, "+V,"01 69 42 10 50","","","Tu-Fr 09:00-12:00,13:30-17:00","Aide aux démarches en ligne : impôts, CAF, retraite"),
 ("Commissariat de police nationale","police nationale","11 avenue de Corbeil, "+V,"01 69 42 17 00","","","Mo-Su 00:00-24:00","Dépôt de plainte"),
 ("Déchèterie de la Croix-Blanche","déchèterie","Chemin de la Croix-Blanche, "+V,"0 800 91 29 50","","","Mo,We-Fr 14:00-18:00; Sa 09:00-18:00; Su 09:00-12:00","Accès avec badge"),
 # associations
 ("US Villebréval football","association sportive","Stade Jean-Bouin, avenue de Corbeil, "+V,"06 12 45 78 10","usvillebreval@example.org","","","Football, de 5 ans aux vétérans"),
 ("Judo club villebrévalois","association sportive","Gymnase Léo-Lagrange, "+V,"06 22 41 17 05","","","","Judo et jujitsu dès 4 ans"),
 ("Tennis club de l'Orge","association sportive","Rue de l'Orge, "+V,"01 69 42 71 20","","","","6 courts dont 2 couverts"),
 ("Aquaval Natation","association sportive","Piscine Aquaval, "+V,"06 58 12 33 47","","","","Club de natation et aquagym"),
 ("Villebréval Basket","association sportive","Gymnase Léo-Lagrange, "+V,"06 31 70 22 18","","","",""),
 ("Athlétisme Orge 91","association sportive","Stade Jean-Bouin, "+V,"06 44 19 80 02","","","","Course à pied, athlétisme"),
 ("Skate Sablons","association sportive","Parc des Sablons, "+V,"06 75 30 11 64","","","","Cours de skate et trottinette le samedi"),
 ("Cyclo club Villebréval","association sportive","","06 18 52 90 44","","","","Sorties vélo le dimanche matin"),
 ("Pétanque des Tilleuls","association sportive","Square Louise-Michel, "+V,"06 07 63 28 91","","","",""),
 ("Comité des fêtes","association","2 place du Général-de-Gaulle, "+V,"06 62 14 50 03","","","","Brocante, marché de Noël, fête de la musique"),
 ("Harmonie municipale","association culturelle","Conservatoire Maurice-Ravel, "+V,"06 80 27 41 66","","","",""),
 ("Théâtre de la Halle","association culturelle","Salle Georges-Brassens, "+V,"06 29 84 16 72","","","","Troupe amateur et ateliers pour adolescents"),
 ("Club des aînés Les Tilleuls","association","Résidence des Tilleuls, rue des Tilleuls, "+V,"01 69 42 52 40","","","Tu,Th 14:00-18:00","Jeux, sorties, repas"),
 ("Restos du cœur antenne de Villebréval","association caritative","8 rue du Moulin, "+V,"01 69 42 48 12","","","Tu,Fr 09:00-12:00","Distribution alimentaire sur inscription"),
 ("Secours populaire","association caritative","8 rue du Moulin, "+V,"01 69 42 48 20","","","We 14:00-17:00",""),
 ("AMAP des Sablons","association","Salle Georges-Brassens, "+V,"","amap.sablons@example.org","","Th 18:00-19:30","Paniers de légumes bio le jeudi soir"),
 ("Parents d'élèves FCPE Villebréval","association de parents d'élèves","","","fcpe.villebreval@example.org","","",""),
 ("Cinéma Le Rex","cinéma","15 rue de la République, "+V,"01 69 42 39 39","","","",""),
]
with OUT.open("w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["nom","categorie","adresse","telephone","email","site_web","horaires","description"])
    w.writerows(E)
assert len({(e[0], e[2]) for e in E}) == len(E)
print(len(E), "entrées")
