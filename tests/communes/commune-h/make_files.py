#!/usr/bin/env python3
"""Écrit les fichiers publiés (hors budget, voir make_budget.py) de Montbrun-la-Save (commune fictive) :
fiches.csv, annuaire.csv, deliberations.csv (UTF-8) et arretes.csv (export Excel : Windows-1252, « ; »,
CRLF, dates JJ/MM/AAAA, une ligne vide en fin de tableau)."""
import csv
from pathlib import Path

FILES = Path(__file__).resolve().parent / "files"
SIRET = "21315970100017"
COLL = "Commune de Montbrun-la-Save"

FICHES = [
 ("Comment inscrire mon enfant à l'école ?",
  "Les inscriptions pour la rentrée 2027 au groupe scolaire Jean-Jaurès (maternelle et élémentaire) ont lieu du 1er février au 31 mars 2027 au service Enfance-Jeunesse de la mairie (1er étage). Apportez le livret de famille, un justificatif de domicile de moins de 3 mois et le carnet de vaccinations. La mairie vous remet un certificat d'inscription ; l'admission se fait ensuite auprès de la directrice de l'école.",
  "inscription école maternelle|inscrire un enfant en CP|rentrée scolaire inscription", "école", "https://www.montbrun-la-save.fr/enfance/inscriptions-scolaires"),
 ("Comment inscrire mon enfant à la cantine et combien coûte un repas ?",
  "L'inscription à la restauration scolaire se fait sur le Portail Famille de la commune. Les repas se réservent au plus tard le jeudi midi pour la semaine suivante. Depuis la rentrée 2026, le repas coûte de 1,20 € à 4,10 € selon le quotient familial CAF. Les menus comptent au moins 50 % de produits bio ou locaux.",
  "tarif cantine|prix du repas à la cantine|restauration scolaire", "école", "https://www.montbrun-la-save.fr/enfance/restauration-scolaire"),
 ("Quels sont les horaires de l'accueil périscolaire (ALAE) ?",
  "L'ALAE du groupe scolaire Jean-Jaurès accueille les enfants le matin de 7h30 à 8h50 et le soir de 16h30 à 18h45 les lundis, mardis, jeudis et vendredis. Le mercredi, accueil du matin de 7h30 à 8h50, puis centre de loisirs (ALSH) à la Maison de l'enfance de 12h à 18h45. Tout départ après 18h45 est facturé 10 € de pénalité.",
  "horaires garderie|garderie du soir|centre de loisirs mercredi", "école", ""),
 ("Quand sont collectées les poubelles ?",
  "La collecte est assurée par Save et Touch Communauté. Bac gris (ordures ménagères) : le mardi matin. Bac jaune (emballages et papiers) : le vendredi matin des semaines paires. Sortez les bacs la veille après 19h et rentrez-les le jour même. Le verre se dépose dans les colonnes du parking du Foirail, de la rue des Écoles et de l'avenue de Toulouse.",
  "jour de ramassage des ordures|collecte bac jaune|tri sélectif", "déchets", "https://www.saveettouch.fr/dechets"),
 ("Quels sont les horaires de la déchetterie ?",
  "La déchetterie intercommunale, chemin de la Bourdette, est ouverte le lundi de 14h à 18h et du mercredi au samedi de 9h à 12h et de 14h à 18h. Elle est fermée le mardi, le dimanche et les jours fériés. L'accès se fait avec un badge gratuit à demander à Save et Touch Communauté (05 61 86 77 00).",
  "déchèterie ouverte|badge déchetterie|apporter des gravats", "déchets", "https://www.saveettouch.fr/decheteries"),
 ("Comment me débarrasser de mes encombrants ?",
  "Save et Touch Communauté collecte les encombrants à domicile le premier jeudi de chaque mois, uniquement sur inscription au 05 61 86 77 00 au plus tard le lundi précédent. Trois objets au maximum, 1 m³ en tout. Électroménager et meubles peuvent aussi être déposés gratuitement à la déchetterie.",
  "ramassage des monstres|jeter un vieux canapé|collecte des gros objets", "déchets", ""),
 ("Comment faire une carte d'identité ou un passeport ?",
  "La mairie de Montbrun-la-Save délivre cartes d'identité et passeports uniquement sur rendez-vous, en ligne sur le site de la commune ou au 05 61 86 42 10. Faites d'abord votre pré-demande sur le site de l'ANTS et venez avec le numéro de pré-demande, une photo d'identité de moins de 6 mois, un justificatif de domicile et l'ancien titre. Le titre est à retirer en mairie dans les 3 mois.",
  "renouveler ma CNI|rendez-vous passeport|carte nationale d'identité perdue", "état civil", "https://www.montbrun-la-save.fr/demarches/titres-identite"),
 ("Quand peut-on tondre la pelouse ou faire des travaux bruyants ?",
  "Selon l'arrêté préfectoral de la Haute-Garonne sur les bruits de voisinage, les travaux de bricolage et de jardinage avec des appareils bruyants (tondeuse, tronçonneuse, perceuse) sont autorisés : du lundi au vendredi de 8h30 à 12h et de 14h30 à 19h30 ; le samedi de 9h à 12h et de 15h à 19h ; le dimanche et les jours fériés de 10h à 12h seulement.",
  "horaires tondeuse|bruit de voisinage|passer la débroussailleuse", "tranquillité", ""),
 ("Peut-on brûler les déchets verts dans son jardin ?",
  "Non. Le brûlage à l'air libre des déchets verts (tontes, feuilles, branchages) est interdit toute l'année par le règlement sanitaire départemental, sous peine d'une amende pouvant aller jusqu'à 450 €. Déposez-les à la déchetterie ou broyez-les : la commune prête un broyeur aux habitants sur réservation aux services techniques.",
  "faire un feu de feuilles|écobuage|brûler des branches", "déchets", ""),
 ("Comment louer la salle des fêtes Lucien-Bonnet ?",
  "La salle des fêtes Lucien-Bonnet (250 personnes, cuisine équipée) se loue au secrétariat de la mairie au moins deux mois à l'avance. Tarifs 2026 pour un week-end : 380 € pour les habitants de la commune, 750 € hors commune, caution de 1 000 € et attestation d'assurance obligatoires. Les associations montbrunoises en disposent gratuitement deux fois par an.",
  "réserver la salle des fêtes|prix location salle|louer une salle pour un anniversaire", "salles", "https://www.montbrun-la-save.fr/vie-locale/salles"),
 ("Faut-il une autorisation pour une piscine, une clôture ou un abri de jardin ?",
  "Oui, le plus souvent une déclaration préalable : piscine de 10 à 100 m² non couverte, abri de jardin de 5 à 20 m², clôture sur rue, changement de fenêtres ou de couleur de façade. Le dossier se dépose en ligne sur le guichet numérique des autorisations d'urbanisme (GNAU) ; l'instruction prend un mois. Le PLU est consultable en mairie et sur le Géoportail de l'urbanisme.",
  "permis de construire|déclaration de travaux|construire un garage", "urbanisme", "https://www.montbrun-la-save.fr/urbanisme"),
 ("Comment s'inscrire sur les listes électorales ?",
  "L'inscription se fait en ligne sur service-public.fr ou à l'accueil de la mairie avec une pièce d'identité et un justificatif de domicile de moins de 3 mois. Pour voter à un scrutin, il faut être inscrit au plus tard le sixième vendredi qui le précède. Les jeunes recensés à 16 ans sont inscrits d'office à 18 ans.",
  "s'inscrire pour voter|changement d'adresse élections|carte électorale", "élections", ""),
 ("Comment faire le recensement citoyen à 16 ans ?",
  "Chaque jeune doit se faire recenser dans les trois mois qui suivent ses 16 ans, en ligne sur majdc.fr ou à la mairie, avec sa pièce d'identité et le livret de famille. L'attestation de recensement est demandée pour le permis de conduire et les examens jusqu'à 25 ans.",
  "recensement militaire|attestation de recensement|JDC", "citoyenneté", ""),
 ("Combien coûte une concession au cimetière ?",
  "Tarifs des concessions au cimetière communal (route de Lasserre) : 15 ans 180 €, 30 ans 360 €, 50 ans 650 €. Case de columbarium pour 15 ans : 450 €. Le cimetière est ouvert de 8h à 19h d'avril à septembre et de 8h à 17h30 d'octobre à mars.",
  "prix d'une tombe|columbarium|acheter une concession funéraire", "cimetière", ""),
 ("Quels sont les horaires de la médiathèque ?",
  "La médiathèque Simone-Veil (1 rue des Écoles) est ouverte le mardi de 14h à 18h, le mercredi de 10h à 12h30 et de 14h à 18h, le vendredi de 15h à 19h et le samedi de 10h à 13h. L'inscription est gratuite pour les habitants de la commune ; on peut emprunter 6 documents pour 3 semaines.",
  "bibliothèque ouverte|emprunter des livres|horaires médiathèque Simone-Veil", "culture", "https://mediatheque.montbrun-la-save.fr"),
 ("Quelles aides propose le CCAS ?",
  "Le Centre communal d'action sociale (CCAS) aide les familles en difficulté (aides d'urgence, bons alimentaires), instruit les demandes d'aide sociale et organise le portage de repas à domicile. Une assistante sociale du Département tient une permanence le jeudi matin en mairie, sur rendez-vous au 05 61 86 42 18.",
  "aide sociale|assistante sociale|portage de repas", "social", ""),
 ("Comment joindre la police municipale ?",
  "La police municipale (bureau au 4 rue Gambetta) répond au 06 07 45 12 30 du lundi au samedi de 8h à 19h. En dehors de ces horaires ou en cas d'urgence, appelez le 17 (gendarmerie de Lasserre-sur-Touch).",
  "numéro de la police municipale|appeler les policiers|garde champêtre", "sécurité", ""),
 ("J'ai perdu un objet, où m'adresser ?",
  "Les objets trouvés sur la commune sont rapportés à l'accueil de la mairie, où ils sont gardés un an. Passez ou appelez l'accueil. Pour des papiers d'identité perdus, faites une déclaration de perte lors de votre demande de nouveau titre.",
  "objets trouvés|clés perdues|portefeuille trouvé", "vie pratique", ""),
 ("Comment aller à Toulouse en bus ?",
  "La ligne 315 du réseau régional liO relie Montbrun-la-Save à Toulouse (métro Arènes) en 40 minutes environ, avec un départ toutes les 30 minutes aux heures de pointe ; l'arrêt principal est « Halle ». Les personnes de plus de 75 ans ou à mobilité réduite peuvent utiliser le transport à la demande Save Mobilité, sur réservation la veille au 05 61 86 77 20.",
  "bus pour Toulouse|transport en commun|navette pour les personnes âgées", "transports", ""),
 ("Quelles sont les règles pour les chiens ?",
  "Les chiens doivent être tenus en laisse dans le centre-bourg et au parc de la Save, et leurs déjections ramassées (distributeurs de sacs au parc, au Foirail et place de la Halle ; amende de 68 €). Les chiens de 1re et 2e catégories doivent faire l'objet d'un permis de détention délivré en mairie.",
  "crottes de chien|chien dangereux|promener son chien", "tranquillité", ""),
 ("Comment s'inscrire au repas des aînés ?",
  "Le repas des aînés offert par le CCAS aura lieu le dimanche 10 janvier 2027 à la salle des fêtes Lucien-Bonnet, pour les habitants de 70 ans et plus. Inscriptions avant le 18 décembre 2026 au CCAS (05 61 86 42 18). Les personnes qui ne peuvent pas venir reçoivent un colis de Noël à domicile.",
  "colis de noël des anciens|repas des seniors|banquet des anciens", "social", ""),
 ("Un lampadaire ne fonctionne plus, que faire ?",
  "Signalez-le à la mairie (accueil, 05 61 86 42 10, ou formulaire « Signaler » du site) en donnant la rue et le numéro du poteau le plus proche. La commune transmet au SDEHG, qui intervient en général sous 15 jours. Depuis 2025, l'éclairage public est éteint de 23h30 à 5h30, sauf place de la Halle et avenue de Toulouse.",
  "éclairage public en panne|réverbère éteint|extinction de l'éclairage la nuit", "voirie", ""),
]

ANNUAIRE = [
 # nom, categorie, adresse, telephone, email, site_web, horaires, description
 ("Au Fournil de la Save", "boulangerie", "14 rue Gambetta, 31470 Montbrun-la-Save", "05 61 86 40 12", "", "", "Tu-Sa 06:30-13:00,15:30-19:30; Su 07:00-12:30", "Pain au levain, fougasses, pâtisseries. Fermé le lundi."),
 ("Boulangerie-Pâtisserie Lacoste", "boulangerie", "45 avenue de Toulouse, 31470 Montbrun-la-Save", "05 61 86 43 77", "", "", "Mo,Tu,Th-Sa 06:00-19:30; Su 06:30-12:30", "Pains spéciaux, viennoiseries, gâteaux sur commande. Fermé le mercredi."),
 ("Boucherie-Charcuterie Marty", "boucherie", "8 place de la Halle, 31470 Montbrun-la-Save", "05 61 86 41 05", "", "", "Tu-Fr 08:00-12:30,15:30-19:00; Sa 07:30-13:00", "Viande du Gers et de l'Aveyron, saucisse de Toulouse maison, plats cuisinés."),
 ("Pharmacie de la Halle", "pharmacie", "1 place de la Halle, 31470 Montbrun-la-Save", "05 61 86 40 40", "", "", "Mo-Fr 08:45-12:30,14:00-19:30; Sa 08:45-12:30", "Orthopédie, matériel médical, vaccinations."),
 ("Pharmacie du Foirail", "pharmacie", "30 avenue de Toulouse, 31470 Montbrun-la-Save", "05 61 86 44 90", "", "", "Mo-Sa 09:00-19:30", "Ouverte sans interruption."),
 ("Cabinet médical des Platanes", "médecin généraliste", "5 allée des Platanes, 31470 Montbrun-la-Save", "05 61 86 45 00", "", "", "Mo-Fr 08:00-20:00; Sa 08:00-12:00", "Drs Anne Roumagnac, Karim Benali et Lise Dupuy, médecins généralistes, sur rendez-vous."),
 ("Cabinet infirmier Save Soins", "infirmier", "12 rue des Écoles, 31470 Montbrun-la-Save", "06 12 48 30 77", "", "", "Mo-Sa 07:30-08:30", "Soins à domicile 7j/7 ; permanence au cabinet sans rendez-vous le matin."),
 ("Kinésithérapeutes du Moulin", "masseur-kinésithérapeute", "3 rue du Moulin, 31470 Montbrun-la-Save", "05 61 86 47 21", "", "", "Mo-Fr 08:00-20:00", "Rééducation, kiné respiratoire pédiatrique."),
 ("Cabinet dentaire du Dr Pujol", "dentiste", "18 rue Gambetta, 31470 Montbrun-la-Save", "05 61 86 42 88", "", "", "Mo-Th 09:00-12:00,14:00-19:00; Fr 09:00-12:00", "Chirurgien-dentiste, sur rendez-vous."),
 ("Clinique vétérinaire de la Save", "vétérinaire", "62 route de Lasserre, 31470 Montbrun-la-Save", "05 61 86 49 49", "", "", "Mo-Fr 08:30-19:00; Sa 09:00-12:00", "Chiens, chats, NAC ; urgences au même numéro."),
 ("Proxi Marché de la Save", "supérette", "2 avenue de Toulouse, 31470 Montbrun-la-Save", "05 61 86 40 80", "", "", "Mo-Sa 08:00-20:00; Su 08:30-12:30", "Alimentation générale, relais colis."),
 ("Supermarché Les Coteaux", "supermarché", "ZA de la Bourdette, 31470 Montbrun-la-Save", "05 61 86 50 00", "", "https://www.supermarche-lescoteaux.fr", "Mo-Sa 08:30-20:00; Su 09:00-12:30", "Drive, station-service 24h/24, location de véhicules."),
 ("Tabac-Presse Le Balto", "bureau de tabac", "10 place de la République, 31470 Montbrun-la-Save", "05 61 86 41 33", "", "", "Mo-Sa 07:00-19:30; Su 08:00-12:30", "Presse, FDJ, timbres fiscaux, paiement de proximité des amendes et impôts."),
 ("Coiffure Nathalie", "coiffeur", "22 rue Gambetta, 31470 Montbrun-la-Save", "05 61 86 46 02", "", "", "Tu-Fr 09:00-18:30; Sa 08:30-16:00", "Coiffure mixte, avec ou sans rendez-vous."),
 ("L'Atelier de Julien", "barbier", "6 rue du Moulin, 31470 Montbrun-la-Save", "07 68 21 54 90", "", "", "Tu-Sa 09:00-19:00", "Barbier et coiffure homme, sur rendez-vous en ligne."),
 ("Garage de la Save", "garage automobile", "55 route de Lasserre, 31470 Montbrun-la-Save", "05 61 86 43 10", "", "", "Mo-Fr 08:00-12:00,14:00-18:30; Sa 08:00-12:00", "Mécanique toutes marques, carrosserie, contrôle de la climatisation."),
 ("Fleurs de Save", "fleuriste", "4 place de la Halle, 31470 Montbrun-la-Save", "05 61 86 48 15", "", "", "Tu-Sa 09:00-12:30,14:30-19:00; Su 09:00-12:30", "Compositions, deuil, mariages, livraison à domicile."),
 ("Pizzeria Il Mulino", "pizzeria", "9 rue du Moulin, 31470 Montbrun-la-Save", "05 61 86 47 47", "", "", "Tu-Su 18:30-22:00", "Pizzas au feu de bois sur place ou à emporter."),
 ("Le Café de la Halle", "bar-restaurant", "3 place de la Halle, 31470 Montbrun-la-Save", "05 61 86 40 21", "", "", "Mo-Sa 07:00-20:00", "Bar, menu du jour le midi, terrasse sous la Halle."),
 ("Bureau de poste de Montbrun-la-Save", "bureau de poste", "7 rue Gambetta, 31470 Montbrun-la-Save", "36 31", "", "https://www.laposte.fr", "Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00", "Courrier, colis, services bancaires."),
 ("Auto-école Conduite 31", "auto-école", "16 avenue de Toulouse, 31470 Montbrun-la-Save", "05 61 86 45 31", "contact@conduite31.fr", "", "Mo-Fr 14:00-19:00; Sa 09:00-12:00", "Permis B, conduite accompagnée, permis AM."),
 ("Optique de la Save", "opticien", "20 rue Gambetta, 31470 Montbrun-la-Save", "05 61 86 44 20", "", "", "Tu-Sa 09:30-12:30,14:30-19:00", "Lunettes, lentilles, examen de la vue."),
 ("Laverie La Bulle", "laverie", "28 avenue de Toulouse, 31470 Montbrun-la-Save", "", "", "", "Mo-Su 07:00-21:00", "Laverie automatique en libre-service."),
 ("Micro-crèche Les P'tits Loups", "crèche", "8 chemin de la Bourdette, 31470 Montbrun-la-Save", "05 61 86 52 10", "ptitsloups.montbrun@gmail.com", "", "Mo-Fr 07:30-18:30", "10 places pour les enfants de 10 semaines à 3 ans."),
 ("Groupe scolaire Jean-Jaurès", "école", "rue des Écoles, 31470 Montbrun-la-Save", "05 61 86 45 50", "ce.0311597x@ac-toulouse.fr", "", "", "École maternelle (6 classes) et élémentaire (11 classes)."),
 ("Collège Pierre-de-Fermat", "collège", "route de Lasserre, 31470 Montbrun-la-Save", "05 61 86 49 00", "", "", "", "Collège public, 620 élèves."),
 ("Médiathèque Simone-Veil", "médiathèque", "1 rue des Écoles, 31470 Montbrun-la-Save", "05 61 86 42 30", "mediatheque@montbrun-la-save.fr", "https://mediatheque.montbrun-la-save.fr", "Tu 14:00-18:00; We 10:00-12:30,14:00-18:00; Fr 15:00-19:00; Sa 10:00-13:00", "Livres, BD, jeux, accès internet ; inscription gratuite pour les habitants."),
 ("Gymnase de la Save", "équipement sportif", "chemin du Stade, 31470 Montbrun-la-Save", "05 61 86 42 40", "", "", "", "Salle omnisports, dojo et mur d'escalade ; réservation aux services techniques."),
 ("France Services Save et Touch", "maison France Services", "11 rue Gambetta, 31470 Montbrun-la-Save", "05 61 86 77 30", "franceservices@saveettouch.fr", "", "Mo-Fr 09:00-12:00; Th 14:00-17:00", "Aide aux démarches en ligne : impôts, CAF, retraite, ANTS, France Travail."),
 ("US Montbrun Football", "club de football", "stade municipal, chemin du Stade, 31470 Montbrun-la-Save", "06 72 18 44 05", "usmontbrun.foot@gmail.com", "", "", "École de foot dès 5 ans, seniors en Régional 3. Président : Thierry Azéma."),
 ("Rugby Club Montbrun-Save", "club de rugby", "stade municipal, chemin du Stade, 31470 Montbrun-la-Save", "06 80 33 21 14", "rcms31@orange.fr", "", "", "Fédérale 3, école de rugby labellisée, rugby à 5. Président : Serge Ducos."),
 ("Tennis Club Montbrunois", "club de tennis", "complexe sportif, chemin du Stade, 31470 Montbrun-la-Save", "06 45 90 12 66", "tcmontbrun@gmail.com", "", "", "4 courts dont 2 couverts, école de tennis, padel."),
 ("Judo Club de la Save", "club de judo", "dojo du gymnase de la Save, chemin du Stade, 31470 Montbrun-la-Save", "06 14 77 29 81", "", "", "", "Judo, jujitsu et taïso dès 4 ans."),
 ("Comité des fêtes de Montbrun", "comité des fêtes", "mairie, 2 place de la République, 31470 Montbrun-la-Save", "06 33 58 71 20", "comitedesfetes.montbrun@gmail.com", "", "", "Organise la fête locale de juin, le vide-grenier d'avril et le marché de Noël."),
 ("La Boule Montbrunoise", "club de pétanque", "boulodrome du Foirail, 31470 Montbrun-la-Save", "06 87 44 10 52", "", "", "", "Concours tous les vendredis soir de mai à septembre."),
 ("Chorale À Tout Chœur", "chorale", "salle des fêtes Lucien-Bonnet, 31470 Montbrun-la-Save", "06 21 40 93 18", "", "", "", "Répétitions le lundi à 20h30 ; recrute des voix d'hommes."),
 ("Club des Aînés Les Cheveux d'Argent", "club du troisième âge", "salle des fêtes Lucien-Bonnet, 31470 Montbrun-la-Save", "05 61 86 43 62", "", "", "Th 14:00-18:00", "Belote, lotos, sorties et voyages pour les retraités."),
 ("APE Jean-Jaurès", "association de parents d'élèves", "groupe scolaire Jean-Jaurès, rue des Écoles, 31470 Montbrun-la-Save", "", "ape.jeanjaures31@gmail.com", "", "", "Parents d'élèves : carnaval, kermesse, bourse aux jouets."),
 ("Gym Volontaire Montbrun", "association de gymnastique", "gymnase de la Save, chemin du Stade, 31470 Montbrun-la-Save", "06 50 12 87 34", "", "", "", "Gym douce, pilates, renforcement musculaire, marche nordique."),
 ("Les Randonneurs de la Save", "club de randonnée", "maison des associations, 6 rue du Lavoir, 31470 Montbrun-la-Save", "06 09 55 31 47", "", "", "", "Randonnées le dimanche et le jeudi, sorties en Pyrénées."),
 ("ACCA de Montbrun-la-Save", "association de chasse", "maison des associations, 6 rue du Lavoir, 31470 Montbrun-la-Save", "06 75 84 20 11", "", "", "", "Association communale de chasse agréée, battues au sanglier."),
 ("Secours populaire - comité de Montbrun", "association de solidarité", "6 rue du Lavoir, 31470 Montbrun-la-Save", "05 61 86 48 70", "", "", "We 14:00-17:00", "Aide alimentaire, vestiaire solidaire, accompagnement scolaire."),
 ("AMAP Les Paniers de la Save", "AMAP", "sous la Halle, place de la Halle, 31470 Montbrun-la-Save", "", "amap.paniersdelasave@gmail.com", "", "Th 18:00-19:30", "Paniers de légumes bio et produits fermiers, distribution le jeudi soir."),
 ("Harmonie de la Save", "école de musique", "maison des associations, 6 rue du Lavoir, 31470 Montbrun-la-Save", "06 18 27 63 50", "harmonie.save@gmail.com", "", "", "École de musique associative et orchestre d'harmonie."),
 ("Compagnie Les Tréteaux de Montbrun", "troupe de théâtre", "salle des fêtes Lucien-Bonnet, 31470 Montbrun-la-Save", "06 62 14 09 83", "", "", "", "Théâtre amateur adultes et ados, spectacle en mai."),
 ("Yoga Save Zen", "association de yoga", "maison des associations, 6 rue du Lavoir, 31470 Montbrun-la-Save", "06 95 30 41 72", "", "", "", "Hatha yoga, séances le mardi et le jeudi soir."),
 ("Montbrun Danse", "école de danse", "salle polyvalente du gymnase de la Save, 31470 Montbrun-la-Save", "06 40 28 55 19", "", "", "", "Danse classique, modern jazz, hip-hop dès 4 ans."),
 ("UNC - section de Montbrun-la-Save", "association d'anciens combattants", "mairie, 2 place de la République, 31470 Montbrun-la-Save", "05 61 86 41 90", "", "", "", "Union nationale des combattants : cérémonies patriotiques et devoir de mémoire."),
 ("Les Jardins partagés du Moulin", "jardins partagés", "rue du Moulin, 31470 Montbrun-la-Save", "", "jardinsdumoulin@gmail.com", "", "", "24 parcelles familiales ; liste d'attente."),
]

# DELIB_ID, date, matiere code, matiere nom, objet, budget annee, budget nom, effectif, reel, pour, contre, abst
M = {
 "7.1": "Finances locales/Décisions budgétaires", "7.2": "Finances locales/Fiscalité",
 "7.3": "Finances locales/Emprunts", "7.5": "Finances locales/Subventions", "7.10": "Finances locales/Divers",
 "1.1": "Commande publique/Marchés publics", "2.1": "Urbanisme/Documents d'urbanisme",
 "3.1": "Domaine et patrimoine/Acquisitions", "3.2": "Domaine et patrimoine/Aliénations",
 "3.3": "Domaine et patrimoine/Locations", "5.1": "Institutions et vie politique/Élection exécutif",
 "5.6": "Institutions et vie politique/Exercice des mandats locaux", "4.1": "Fonction publique/Personnel titulaires et stagiaires de la FPT",
 "4.2": "Fonction publique/Personnel contractuel", "8.1": "Domaines de compétences par thèmes/Enseignement",
 "8.3": "Domaines de compétences par thèmes/Voirie", "9.1": "Autres domaines de compétences/Autres domaines de compétences des communes",
 "1.4": "Commande publique/Autres types de contrats",
}
BP = "Budget principal"
DELIBS = [
 ("2025-012", "2025-03-27", "7.1", "Vote du budget primitif 2025 du budget principal, équilibré à 6 412 300,00 € en fonctionnement et à 3 106 800,00 € en investissement", "2025", BP, 29, 28, 23, 5, 0),
 ("2025-013", "2025-03-27", "7.2", "Vote des taux d'imposition 2025 : taxe foncière sur les propriétés bâties 42,85 %, taxe foncière sur les propriétés non bâties 98,40 % (taux inchangés)", "2025", BP, 29, 28, 23, 0, 5),
 ("2025-015", "2025-03-27", "7.5", "Attribution des subventions 2025 aux associations pour un montant total de 84 200,00 €", "2025", BP, 29, 28, 28, 0, 0),
 ("2025-031", "2025-06-26", "8.1", "Tarifs de la restauration scolaire à compter de la rentrée 2025 : de 1,15 € à 4,00 € le repas selon le quotient familial", "2025", BP, 29, 27, 22, 5, 0),
 ("2025-034", "2025-06-26", "8.3", "Convention avec le SDEHG pour la rénovation de l'éclairage public en LED du chemin de la Bourdette : participation communale de 38 400,00 €", "2025", BP, 29, 27, 27, 0, 0),
 ("2025-047", "2025-09-25", "2.1", "Approbation de la modification n° 2 du plan local d'urbanisme (PLU) : ouverture à l'urbanisation du secteur des Vergers", "", "", 29, 28, 22, 4, 2),
 ("2025-052", "2025-09-25", "3.1", "Acquisition de la parcelle AB 214 (3 250 m²) rue du Moulin pour 97 500,00 € en vue d'une réserve foncière", "2025", BP, 29, 28, 28, 0, 0),
 ("2025-066", "2025-12-11", "7.10", "Tarifs municipaux 2026 : location de la salle des fêtes Lucien-Bonnet 380,00 € le week-end pour les habitants et 750,00 € hors commune, concessions funéraires et droits de place inchangés", "2026", BP, 29, 27, 27, 0, 0),
 ("2025-068", "2025-12-11", "7.1", "Autorisation d'engager, liquider et mandater les dépenses d'investissement 2026 avant le vote du budget, dans la limite du quart des crédits 2025", "2026", BP, 29, 27, 27, 0, 0),
 ("2025-070", "2025-12-11", "4.1", "Adhésion au contrat groupe d'assurance statutaire du centre de gestion de la Haute-Garonne (CDG 31) pour 2026-2029", "", "", 29, 27, 27, 0, 0),
 ("2026-004", "2026-02-05", "7.1", "Débat d'orientation budgétaire 2026 : le conseil prend acte de la tenue du débat sur la base du rapport d'orientation budgétaire", "2026", BP, 29, 26, 26, 0, 0),
 ("2026-006", "2026-02-05", "7.5", "Rénovation énergétique du gymnase de la Save : approbation du projet (coût estimé 1 180 000,00 € HT) et demande de DETR 2026 de 354 000,00 €", "2026", BP, 29, 26, 26, 0, 0),
 ("2026-007", "2026-02-05", "7.5", "Extension du groupe scolaire Jean-Jaurès (4 classes et un réfectoire) : demande de subvention au Conseil départemental de la Haute-Garonne de 495 000,00 € sur un coût de 1 650 000,00 € HT", "2026", BP, 29, 26, 26, 0, 0),
 ("2026-010", "2026-03-28", "5.1", "Installation du conseil municipal et élection du maire : Mme Hélène Castagné est élue maire au premier tour de scrutin avec 23 voix", "", "", 29, 29, 23, 0, 6),
 ("2026-011", "2026-03-28", "5.1", "Fixation du nombre d'adjoints au maire à huit", "", "", 29, 29, 29, 0, 0),
 ("2026-012", "2026-03-28", "5.1", "Élection des adjoints au maire : la liste conduite par M. Bernard Fourcade (premier adjoint) est élue", "", "", 29, 29, 23, 0, 6),
 ("2026-018", "2026-04-09", "5.6", "Indemnités de fonction du maire, des adjoints et des conseillers délégués : maire 55 % de l'indice brut terminal, adjoints 22 %, enveloppe annuelle de 118 600,00 €", "2026", BP, 29, 29, 23, 6, 0),
 ("2026-021", "2026-04-09", "7.2", "Vote des taux d'imposition 2026 : taxe foncière sur les propriétés bâties 42,85 %, taxe foncière sur les propriétés non bâties 98,40 % (taux inchangés)", "2026", BP, 29, 29, 25, 0, 4),
 ("2026-022", "2026-04-09", "7.1", "Reprise anticipée et affectation du résultat 2025 : excédent de fonctionnement de 1 180 956,66 €, dont 768 600,48 € affectés à l'investissement (compte 1068) et 412 356,18 € reportés en fonctionnement ; déficit d'investissement reporté de 186 420,55 €", "2026", BP, 29, 29, 23, 4, 2),
 ("2026-023", "2026-04-09", "7.1", "Vote du budget primitif 2026 du budget principal, équilibré à 6 815 594,18 € en section de fonctionnement et à 4 247 081,70 € en section d'investissement", "2026", BP, 29, 29, 23, 4, 2),
 ("2026-024", "2026-04-09", "7.5", "Attribution des subventions 2026 aux associations pour un montant total de 86 400,00 €, dont 14 500,00 € au Rugby Club Montbrun-Save et 9 800,00 € au Comité des fêtes", "2026", BP, 29, 29, 27, 0, 2),
 ("2026-025", "2026-04-09", "7.5", "Subvention de fonctionnement 2026 au centre communal d'action sociale (CCAS) : 145 000,00 €", "2026", BP, 29, 29, 29, 0, 0),
 ("2026-026", "2026-04-09", "7.3", "Emprunt de 800 000,00 € sur 25 ans auprès de la Banque des Territoires au taux fixe de 3,42 % pour financer l'extension du groupe scolaire Jean-Jaurès", "2026", BP, 29, 29, 23, 6, 0),
 ("2026-030", "2026-05-21", "1.1", "Attribution des 8 lots du marché de travaux d'extension du groupe scolaire Jean-Jaurès pour un montant total de 1 587 640,00 € HT", "2026", BP, 29, 28, 28, 0, 0),
 ("2026-031", "2026-05-21", "8.1", "Tarifs de la restauration scolaire à compter de la rentrée 2026 : de 1,20 € à 4,10 € le repas selon le quotient familial (+2,5 %)", "2026", BP, 29, 28, 24, 4, 0),
 ("2026-033", "2026-05-21", "4.1", "Création d'un troisième poste de policier municipal (gardien-brigadier) à temps complet au 1er septembre 2026", "2026", BP, 29, 28, 22, 6, 0),
 ("2026-041", "2026-06-25", "7.1", "Approbation du compte administratif 2025 du budget principal : résultat de fonctionnement de 1 180 956,66 € et solde d'exécution d'investissement de -186 420,55 €", "2025", BP, 29, 26, 22, 0, 4),
 ("2026-042", "2026-06-25", "7.1", "Approbation du compte de gestion 2025 du comptable public, conforme au compte administratif", "2025", BP, 29, 27, 27, 0, 0),
 ("2026-045", "2026-06-25", "3.3", "Convention de mise à disposition du gymnase de la Save au collège Pierre-de-Fermat contre une redevance de 12,00 € de l'heure", "2026", BP, 29, 27, 27, 0, 0),
 ("2026-052", "2026-09-24", "7.1", "Décision modificative n° 1 du budget principal 2026 : virement de 35 000,00 € vers l'entretien des voiries après les orages de juillet", "2026", BP, 29, 28, 24, 0, 4),
 ("2026-054", "2026-09-24", "7.5", "Aménagement d'une aire de jeux pour enfants au parc de la Save : approbation du projet de 68 900,00 € HT et demande de subvention à la CAF de la Haute-Garonne", "2026", BP, 29, 28, 28, 0, 0),
 ("2026-055", "2026-09-24", "8.3", "Dénomination de la voie nouvelle du lotissement Les Vergers : rue Gisèle-Halimi", "", "", 29, 28, 28, 0, 0),
 ("2026-057", "2026-09-24", "3.2", "Cession de l'ancien presbytère, 2 rue du Lavoir, à Habitat Save Occitanie pour 210 000,00 € en vue de la création de 6 logements sociaux", "2026", BP, 29, 28, 21, 5, 2),
 ("2026-063", "2026-11-19", "7.10", "Tarifs municipaux 2027 : maintien de l'ensemble des tarifs 2026 (salles, cimetière, droits de place, médiathèque)", "2027", BP, 29, 27, 27, 0, 0),
 ("2026-064", "2026-11-19", "7.10", "Approbation du rapport de la CLECT de Save et Touch Communauté : attribution de compensation 2027 fixée à 396 540,00 €", "2027", BP, 29, 27, 27, 0, 0),
 ("2026-066", "2026-11-19", "9.1", "Avis sur l'ouverture des commerces de détail le dimanche en 2027 : avis favorable pour 5 dimanches (10 et 17 janvier, 28 juin, 13 et 20 décembre 2027)", "", "", 29, 27, 24, 3, 0),
 ("2026-067", "2026-11-19", "9.1", "Déploiement de la vidéoprotection : installation de 12 caméras (coût 146 000,00 € HT) et demande de subvention au fonds interministériel de prévention de la délinquance (FIPD)", "2027", BP, 29, 27, 19, 6, 2),
 ("2026-068", "2026-11-19", "1.4", "Adhésion au groupement de commandes d'énergie (électricité et gaz) coordonné par le SDEHG pour 2027-2030", "", "", 29, 27, 27, 0, 0),
 ("2026-070", "2026-11-19", "4.2", "Recrutement de 16 agents recenseurs pour le recensement de la population du 21 janvier au 20 février 2027", "2027", BP, 29, 27, 27, 0, 0),
]

# ARR_ID, date, type, code, objet, debut, fin, lieux
ARRETES = [
 ("2024-118", "14/10/2024", "permanent", "6.1", "Limitation de la vitesse à 30 km/h dans le centre-bourg", "", "", "rue Gambetta;rue des Écoles;place de la République;rue du Moulin"),
 ("2025-009", "20/01/2025", "permanent", "6.1", "Interdiction de circulation des véhicules de plus de 7,5 tonnes route de Lasserre, sauf desserte locale, services publics et engins agricoles", "", "", "route de Lasserre"),
 ("2025-041", "03/04/2025", "permanent", "6.1", "Mise en sens unique de la rue du Lavoir, dans le sens rue Gambetta vers rue du Moulin", "", "", "rue du Lavoir"),
 ("2025-077", "12/06/2025", "permanent", "6.1", "Horaires d'ouverture du parc de la Save : de 8h à 20h d'avril à septembre et de 8h à 18h d'octobre à mars ; chiens tenus en laisse ; barbecues et feux interdits", "", "", "parc de la Save"),
 ("2025-093", "08/07/2025", "permanent", "6.1", "Interdiction de la consommation de boissons alcoolisées sur la voie publique de 20h à 7h aux abords du parc de la Save, du skatepark et du parking du Foirail", "", "", "parc de la Save;skatepark;parking du Foirail"),
 ("2026-001", "02/01/2026", "permanent", "6.1", "Réglementation du marché de plein vent du samedi matin : installation des commerçants de 6h30 à 13h30 ; stationnement interdit place de la Halle et allée des Platanes le samedi de 5h à 14h ; droit de place de 1,50 € le mètre linéaire", "", "", "place de la Halle;allée des Platanes"),
 ("2026-014", "12/02/2026", "permanent", "6.1", "Création d'une zone bleue place de la République et rue Gambetta : stationnement limité à 1h30 du lundi au samedi de 9h à 19h, disque obligatoire", "", "", "place de la République;rue Gambetta"),
 ("2026-016", "19/02/2026", "permanent", "6.1", "Stationnement des camping-cars interdit sur le parking du Foirail en dehors de l'aire de services (6 emplacements), durée limitée à 48 heures", "", "", "parking du Foirail"),
 ("2026-022", "05/03/2026", "temporaire", "6.1", "Vide-grenier du Comité des fêtes le dimanche 19 avril 2026 de 6h à 19h : circulation et stationnement interdits sur la promenade du Foirail et rue du Foirail", "19/04/2026", "19/04/2026", "promenade du Foirail;rue du Foirail"),
 ("2026-031", "23/03/2026", "temporaire", "6.1", "Marché de producteurs de pays nocturne les vendredis de juillet et août 2026 de 18h à 23h : stationnement interdit place de la Halle à partir de 16h", "03/07/2026", "28/08/2026", "place de la Halle"),
 ("2026-047", "28/04/2026", "temporaire", "6.1", "Travaux de renouvellement de la conduite d'eau potable par Réseau31 : circulation alternée par feux tricolores et vitesse limitée à 30 km/h avenue de Toulouse, entre le rond-point du Foirail et la rue des Écoles", "11/05/2026", "05/06/2026", "avenue de Toulouse"),
 ("2026-063", "02/06/2026", "temporaire", "6.1", "Fête locale de la Saint-Jean du 26 au 28 juin 2026 : circulation et stationnement interdits place de la Halle, place de la République et rue Gambetta ; déviation par la rue du Moulin", "26/06/2026", "28/06/2026", "place de la Halle;place de la République;rue Gambetta"),
 ("2026-071", "25/06/2026", "temporaire", "6.1", "Feu d'artifice du 13 juillet 2026 au stade municipal : circulation interdite chemin du Stade de 21h à minuit", "13/07/2026", "13/07/2026", "chemin du Stade;stade municipal"),
 ("2026-088", "24/08/2026", "temporaire", "6.1", "Travaux d'enfouissement des réseaux électriques et télécom : chemin de la Bourdette barré sauf riverains, de 8h à 18h en semaine ; déviation par la route de Lasserre", "07/09/2026", "30/10/2026", "chemin de la Bourdette"),
 ("2026-102", "31/08/2026", "permanent", "6.1", "Stationnement interdit rue des Écoles devant le groupe scolaire Jean-Jaurès, sauf arrêt minute, de 8h15 à 8h45 et de 16h15 à 16h45 les jours d'école", "", "", "rue des Écoles"),
 ("2026-109", "20/10/2026", "temporaire", "6.1", "Fermeture du parking de la médiathèque pour réfection du marquage au sol", "02/11/2026", "06/11/2026", "parking de la médiathèque"),
 ("2026-112", "30/10/2026", "temporaire", "6.1", "Cérémonie du 11 novembre 2026 : circulation interdite place du Monument aux morts de 10h30 à 12h", "11/11/2026", "11/11/2026", "place du Monument aux morts"),
 ("2026-114", "12/11/2026", "temporaire", "6.1", "Travaux de déploiement de la fibre optique : circulation alternée par feux route de Lasserre, du carrefour de la Bourdette au collège, de 8h30 à 17h", "23/11/2026", "11/12/2026", "route de Lasserre"),
 ("2026-117", "16/11/2026", "temporaire", "6.1", "Marché de Noël des 12 et 13 décembre 2026 : stationnement interdit place de la Halle et parvis de la mairie du vendredi 11 décembre 18h au dimanche 13 décembre 21h", "11/12/2026", "13/12/2026", "place de la Halle;parvis de la mairie"),
 ("2026-118", "16/11/2026", "temporaire", "6.1", "Déplacement exceptionnel du marché du samedi 12 décembre 2026 sur l'allée des Platanes en raison du marché de Noël", "12/12/2026", "12/12/2026", "allée des Platanes"),
 ("2026-121", "23/11/2026", "temporaire", "6.1", "Réfection de la chaussée rue du Moulin : route barrée de 8h à 17h, sauf riverains et secours ; déviation par la rue de la Save", "07/12/2026", "18/12/2026", "rue du Moulin"),
 ("2026-124", "26/11/2026", "temporaire", "6.1", "Élagage des platanes : stationnement interdit allée des Platanes de 7h30 à 17h", "14/12/2026", "16/12/2026", "allée des Platanes"),
 ("2026-126", "27/11/2026", "temporaire", "6.1", "Occupation du domaine public pour un déménagement au 3 rue Gambetta : stationnement interdit sur 3 places de 8h à 18h", "09/12/2026", "09/12/2026", "rue Gambetta"),
 ("2026-128", "01/12/2026", "temporaire", "6.1", "Course pédestre « Les Foulées de la Save » le dimanche 17 janvier 2027 de 9h à 12h30 : circulation interdite chemin du Stade, chemin de la Bourdette et promenade du Foirail", "17/01/2027", "17/01/2027", "chemin du Stade;chemin de la Bourdette;promenade du Foirail"),
 ("2026-130", "03/12/2026", "permanent", "6.1", "Création de deux places de stationnement réservées à la recharge des véhicules électriques place de la Halle, limitées à 2 heures, dans le cadre du projet Cœur de ville", "", "", "place de la Halle"),
]

def write_utf8(name, header, rows, delim=","):
    with open(FILES / name, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=delim, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)

if __name__ == "__main__":
    write_utf8("fiches.csv", ["question", "reponse", "variantes", "theme", "lien"], FICHES, ";")
    write_utf8("annuaire.csv", ["nom", "categorie", "adresse", "telephone", "email", "site_web", "horaires", "description"], ANNUAIRE)
    drows = []
    for (i, d, code, objet, an, bn, eff, reel, p, c, a) in DELIBS:
        y, m, j = d.split("-")
        pref = f"{y}-{m}-{min(int(j) + 4, 28):02d}"
        drows.append([COLL, SIRET, i, d, code, M[code], objet, an, bn, "PREF031", pref, eff, reel, p, c, a,
                      f"https://www.montbrun-la-save.fr/conseil-municipal/deliberations/{i}.pdf"])
    write_utf8("deliberations.csv", ["COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE",
               "DELIB_MATIERE_NOM", "DELIB_OBJET", "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID", "PREF_DATE",
               "VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION", "DELIB_URL"], drows)
    # arrêtés : export Excel (Windows-1252, « ; », CRLF)
    hdr = ["COLL_NOM", "COLL_SIRET", "ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_MATIERE_CODE", "ARR_MATIERE_NOM",
           "ARR_OBJET", "ARR_DEBUT", "ARR_FIN", "ARR_LIEU", "ARR_URL"]
    with open(FILES / "arretes.csv", "w", newline="", encoding="cp1252") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(hdr)
        for (i, d, t, code, objet, deb, fin, lieu) in ARRETES:
            w.writerow(["Montbrun-la-Save", SIRET, i, d, t, code,
                        "Libertés publiques et pouvoirs de police/Police municipale", objet, deb, fin, lieu,
                        f"https://www.montbrun-la-save.fr/arretes/{i}.pdf"])
        w.writerow([""] * len(hdr))  # ligne vide laissée par Excel
    print(len(FICHES), "fiches,", len(ANNUAIRE), "acteurs,", len(DELIBS), "délibérations,", len(ARRETES), "arrêtés")
