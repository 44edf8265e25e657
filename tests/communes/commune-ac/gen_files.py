"""Writes the fiches, arrêtés CSV and annuaire of Bessac-sur-Céronne (fictional)."""
import csv, os
HERE = os.path.dirname(os.path.abspath(__file__))
F = os.path.join(HERE, "files")

FICHES_1 = [
 ("Comment acheter une concession au cimetière ?",
  "Les concessions du cimetière communal (route de la Garenne) se demandent au secrétariat de mairie. Concessions de 15, 30 ou 50 ans et cases de columbarium. Les tarifs sont fixés chaque année par le conseil municipal. Le cimetière est ouvert tous les jours de 8 h à 19 h d'avril à septembre et de 8 h à 17 h 30 d'octobre à mars.",
  "prix concession cimetière|acheter une tombe|columbarium|horaires du cimetière", "cimetière", ""),
 ("Comment louer la salle des fêtes ?",
  "La salle des fêtes (route de la Garenne, 120 places assises, cuisine équipée) se réserve au secrétariat de mairie au moins un mois à l'avance. Un contrat est signé et une caution est demandée. Les tarifs sont votés par le conseil municipal. Attention : la salle est fermée pour rénovation du 1er octobre 2026 au 31 mars 2027.",
  "réserver la salle des fêtes|location salle|prix de la salle|salle polyvalente", "vie associative", ""),
 ("Quels sont les jours de collecte des ordures ménagères ?",
  "Les ordures ménagères (bac gris) sont collectées le mardi matin dans le bourg et les hameaux. Les emballages recyclables (sacs jaunes) sont collectés le vendredi matin des semaines paires. Sortez les bacs la veille au soir. Le verre va dans les colonnes de la place du Foirail et du parking de la Gabarre.",
  "poubelles|quand passe le camion poubelle|sacs jaunes|tri sélectif|verre", "déchets", ""),
 ("Où est la déchèterie et quels sont ses horaires ?",
  "La déchèterie intercommunale des Combals (route des Combals) est gérée par la communauté de communes Céronne-Périgord Noir. Elle est ouverte le lundi, le mercredi et le samedi de 9 h à 12 h et de 14 h à 17 h 30. Elle est fermée les jours fériés. L'accès est gratuit pour les particuliers avec la carte d'accès délivrée par la communauté de communes.",
  "déchetterie|encombrants|gravats|horaires déchèterie", "déchets", ""),
 ("Peut-on brûler les déchets verts ?",
  "Non. Le brûlage à l'air libre des déchets verts (tontes, feuilles, branches) est interdit toute l'année par le règlement sanitaire départemental. Déposez-les à la déchèterie des Combals ou compostez-les. En été, un arrêté municipal interdit en plus tout usage du feu.",
  "brûler des branches|feu de jardin|écobuage|brulage", "environnement", ""),
 ("Comment faire une carte d'identité ou un passeport ?",
  "La mairie de Bessac-sur-Céronne ne délivre ni les cartes d'identité ni les passeports. Prenez rendez-vous dans une mairie équipée d'un dispositif de recueil, la plus proche étant la mairie de Salvignac-du-Périgord (05 53 41 88 00), après avoir fait une pré-demande en ligne sur le site de l'ANTS.",
  "carte nationale d'identité|CNI|passeport|renouveler ma carte d'identité", "état civil", "https://ants.gouv.fr"),
 ("Comment s'inscrire sur les listes électorales ?",
  "L'inscription se fait en ligne sur service-public.fr ou au secrétariat de mairie avec une pièce d'identité et un justificatif de domicile de moins de trois mois. On peut s'inscrire toute l'année, jusqu'au sixième vendredi précédant un scrutin.",
  "voter|inscription électorale|liste électorale", "élections", "https://www.service-public.fr"),
 ("Quand a lieu le marché ?",
  "Le marché hebdomadaire se tient chaque jeudi matin de 8 h à 13 h sur la place du Foirail et dans la rue des Tanneurs, toute l'année. En juillet et août, un marché nocturne des producteurs a lieu le mardi soir sur la place du Foirail. Les commerçants qui veulent un emplacement s'adressent au placier en mairie ; les droits de place sont fixés par le conseil municipal.",
  "marché du jeudi|jour de marché|marché nocturne|emplacement au marché|droit de place", "marché", ""),
 ("Quels sont les horaires et tarifs de visite du château de Malbouysse ?",
  "Le château de Malbouysse, propriété de la commune, se visite du 1er juin au 30 septembre, tous les jours sauf le samedi, de 10 h à 12 h 30 et de 14 h à 18 h 30. Tarifs : adulte 7 €, enfant de 6 à 17 ans 3,50 €, gratuit pour les moins de 6 ans et pour les habitants de la commune sur justificatif. Le château est fermé au public d'octobre à mai, sauf pour les Journées du patrimoine.",
  "visiter le château|prix entrée château|château ouvert|visite du Castel", "tourisme", ""),
 ("Où louer un canoë ?",
  "La base de canoës de la Gabarre (chemin de la Gabarre) loue des canoës et des kayaks de mi-juin à mi-septembre. Elle est tenue par l'association Céronne Pagaie. Les descentes se terminent obligatoirement à la base de la Gabarre : le débarquement au pont de Bessac est interdit en saison. Le port du gilet de sauvetage est obligatoire.",
  "location canoë|kayak|descente de la Céronne|base nautique", "tourisme", ""),
 ("Peut-on se baigner dans la Céronne ?",
  "La baignade n'est autorisée que sur la plage surveillée de la Gabarre, en juillet et en août, tous les jours de 13 h à 19 h, lorsque le maître-nageur est présent. Ailleurs, la baignade est interdite pendant la saison par arrêté municipal (courants, chaussée du moulin de Pradals).",
  "baignade|se baigner|plage de la Gabarre|maitre nageur|nager dans la rivière", "tourisme", ""),
 ("Comment déposer un permis de construire ou une déclaration préalable ?",
  "Les dossiers (permis de construire, déclaration préalable, certificat d'urbanisme) se déposent en mairie en trois exemplaires ou en ligne sur le guichet numérique de la communauté de communes. L'instruction est faite par le service commun d'urbanisme de la communauté de communes Céronne-Périgord Noir. Délai d'instruction : un mois pour une déclaration préalable, deux mois pour une maison individuelle.",
  "permis de construire|déclaration de travaux|abri de jardin|urbanisme|PLUi", "urbanisme", ""),
 ("Qui contacter pour l'eau potable ?",
  "L'eau potable est gérée par le Syndicat des eaux de la Céronne (SIAEP), 12 avenue de la Céronne, téléphone 05 53 41 30 15, urgences 24 h/24 au 06 71 20 44 10. Pour l'assainissement individuel (fosse septique), contactez le SPANC de la communauté de communes.",
  "fuite d'eau|facture d'eau|compteur d'eau|assainissement|fosse septique", "eau", ""),
 ("Quand peut-on tondre ou faire des travaux bruyants ?",
  "Les travaux de bricolage et de jardinage bruyants (tondeuse, tronçonneuse, perceuse) sont autorisés les jours ouvrables de 8 h 30 à 12 h et de 14 h 30 à 19 h 30, le samedi de 9 h à 12 h et de 15 h à 19 h, le dimanche et les jours fériés de 10 h à 12 h seulement.",
  "tondre le dimanche|tondeuse|bruit|horaires bricolage", "tranquillité", ""),
]
FICHES_2 = [
 ("Comment inscrire mon enfant à l'école ?",
  "L'école Les Noyers (3 rue de l'École) accueille les enfants de la petite section au CM2 en deux classes. L'inscription se fait d'abord en mairie (livret de famille, justificatif de domicile, carnet de vaccinations), puis auprès de la directrice, Mme Roussarie, au 05 53 41 27 68.",
  "inscription école|rentrée scolaire|école maternelle|école primaire", "école", ""),
 ("Comment fonctionne la cantine ?",
  "Les repas sont préparés sur place par la cuisinière de la commune avec des produits locaux. L'inscription se fait au mois, au secrétariat de mairie, avant le 25 du mois précédent. Les tarifs sont votés par le conseil municipal au printemps pour l'année scolaire suivante. La facture est envoyée chaque mois par le Trésor public.",
  "restaurant scolaire|prix du repas|cantine scolaire|inscription cantine", "école", ""),
 ("Quels sont les horaires de la garderie ?",
  "La garderie périscolaire, dans les locaux de l'école, accueille les enfants les lundis, mardis, jeudis et vendredis de 7 h 30 à 8 h 50 et de 16 h 30 à 18 h 30. Il n'y a pas de garderie le mercredi. Les tarifs sont votés par le conseil municipal.",
  "garderie du matin|garderie du soir|accueil périscolaire|prix garderie", "école", ""),
 ("Comment fonctionne le transport scolaire ?",
  "Le ramassage des écoliers et le car vers le collège sont organisés par la Région : l'inscription se fait en ligne avant le 15 juillet. La commune rembourse une partie des frais aux familles des collégiens et lycéens ; le montant est voté chaque année par le conseil municipal.",
  "car scolaire|ramassage scolaire|bus collège", "école", ""),
 ("Y a-t-il un centre de loisirs pendant les vacances ?",
  "Le centre de loisirs intercommunal (ALSH) de Saint-Cirq-des-Combes accueille les enfants de 3 à 12 ans le mercredi et pendant les vacances scolaires. Inscriptions auprès de la communauté de communes Céronne-Périgord Noir au 05 53 41 55 20.",
  "ALSH|centre aéré|vacances enfants|mercredi", "jeunesse", ""),
 ("Quels sont les horaires de la bibliothèque ?",
  "La bibliothèque municipale, à l'étage de la mairie, est ouverte le mercredi de 14 h à 17 h et le samedi de 10 h à 12 h. L'inscription et le prêt sont gratuits.",
  "bibliothèque|médiathèque|emprunter des livres", "culture", ""),
 ("Comment participer au repas des aînés ?",
  "Le repas des aînés est offert chaque année en janvier par la commune et le CCAS aux habitants de 70 ans et plus, à la salle des fêtes ou, pendant les travaux, au restaurant Le Gabarrier. Inscription au secrétariat de mairie avant le 20 décembre.",
  "repas des anciens|colis de Noël|aînés", "social", ""),
]

def write_fiches(path, rows, enc, delim):
    with open(path, "w", newline="", encoding=enc) as f:
        w = csv.writer(f, delimiter=delim)
        w.writerow(["question", "reponse", "variantes", "theme", "lien"])
        for r in rows: w.writerow(r)
write_fiches(os.path.join(F, "fiches_pratiques.csv"), FICHES_1, "utf-8", ",")
write_fiches(os.path.join(F, "fiches-ecole-jeunesse.csv"), FICHES_2, "cp1252", ";")

SIRET = "21240597000018"
AU = "https://www.bessac-sur-ceronne.fr/docs/arretes/{}.pdf"
POL = ("6.1", "Libertés publiques et pouvoirs de police/Police municipale")
CIRC = ("6.1", "Libertés publiques et pouvoirs de police/Police municipale")
# id, date, type, objet, debut, fin, lieux
A = [
 ("2025-048","02/06/2025","permanent","Interdiction du stationnement des camping-cars sur le parking de la Halle ; les camping-cars stationnent uniquement sur l'aire de la Gabarre","","","parking de la Halle;aire de camping-cars de la Gabarre"),
 ("2025-051","2025-07-07","permanent","Réglementation des bruits de voisinage : travaux bruyants de bricolage et de jardinage autorisés les jours ouvrables de 8 h 30 à 12 h et de 14 h 30 à 19 h 30, le samedi de 9 h à 12 h et de 15 h à 19 h, le dimanche et les jours fériés de 10 h à 12 h","","",""),
 ("2025-060","06/10/2025","permanent","Limitation du tonnage à 12 tonnes sur le pont de Bessac","","","pont de Bessac"),
 ("2026-004","2026-01-12","permanent","Réglementation du marché hebdomadaire du jeudi : le marché se tient de 8 h à 13 h ; stationnement interdit le jeudi de 6 h à 14 h place du Foirail et rue des Tanneurs","","","place du Foirail;rue des Tanneurs"),
 ("2026-007","2026-02-02","temporaire","Route du Pech-Fargal (VC 4) barrée à toute circulation pour travaux de renforcement de chaussée, sauf riverains ; déviation par la route des Combals","2026-03-09","2026-03-20","route du Pech-Fargal"),
 ("2026-012","02/03/2026","temporaire","Circulation alternée par feux et stationnement interdit rue de l'École pendant la réfection de la toiture de l'école","13/04/2026","24/04/2026","rue de l'École"),
 ("2026-015","2026-04-01","temporaire","Circulation en sens unique montant et stationnement interdit sur la route du Château et le chemin de la Garenne pendant la saison estivale (accès au château de Malbouysse)","2026-07-01","2026-08-31","route du Château;chemin de la Garenne"),
 ("2026-016","2026-04-01","temporaire","Vitesse limitée à 30 km/h dans la traversée du bourg pendant la saison estivale","2026-07-01","2026-08-31","avenue de la Céronne"),
 ("2026-018","2026-05-04","temporaire","Interdiction de la baignade dans la Céronne sur tout le territoire communal, sauf sur la plage surveillée de la Gabarre en juillet et août de 13 h à 19 h","2026-06-01","2026-09-30","Céronne;Gour Noir;chaussée du moulin de Pradals;plage de la Gabarre"),
 ("2026-019","2026-05-04","temporaire","Réglementation de l'embarquement et du débarquement des canoës : débarquement interdit au pont de Bessac, débarquement uniquement à la base de canoës de la Gabarre ; stationnement des navettes de canoës interdit sur le quai de la Céronne","2026-06-15","2026-09-15","pont de Bessac;base de canoës de la Gabarre;quai de la Céronne"),
 ("2026-021","2026-05-18","temporaire","Fête votive de la Saint-Louis : place du Foirail, rue des Tanneurs et rue de la Halle fermées à la circulation et au stationnement du vendredi 21 août 2026 à 14 h au lundi 24 août 2026 à 2 h","2026-08-21","2026-08-24","place du Foirail;rue des Tanneurs;rue de la Halle"),
 ("2026-022","2026-05-18","temporaire","Feu d'artifice du 13 juillet : stationnement interdit sur le quai de la Céronne le 13 juillet 2026 de 18 h au 14 juillet à 2 h, tir depuis le pré de la Gabarre","2026-07-13","2026-07-14","quai de la Céronne;pré de la Gabarre"),
 ("2026-024","2026-06-01","temporaire","Interdiction de l'emploi du feu sur tout le territoire communal (brûlage, écobuage, feux de camp, lanternes célestes, feux d'artifice privés) ; les barbecues restent autorisés dans les jardins des maisons d'habitation","2026-06-15","2026-09-30",""),
 ("2026-030","2026-06-22","temporaire","Interdiction du camping sauvage et du bivouac sur les berges de la Céronne","2026-06-22","2026-09-30","berges de la Céronne"),
 ("2026-034","20/07/2026","temporaire","Marché nocturne des producteurs les mardis soir : stationnement interdit place du Foirail de 16 h à minuit les mardis du 21 juillet au 25 août 2026","21/07/2026","25/08/2026","place du Foirail"),
 ("2026-037","2026-08-03","temporaire","Fermeture de l'aire de jeux du jardin public pour remplacement des sols amortissants","2026-08-17","2026-08-28","aire de jeux du jardin public"),
 ("2026-040","2026-09-07","temporaire","Fermeture du cimetière communal au public pendant les travaux de reprise des concessions abandonnées","2026-10-12","2026-10-16","cimetière communal"),
 ("2026-041","2026-09-07","temporaire","Route barrée rue de la Halle pour travaux d'enfouissement des réseaux ; déviation par la rue des Tanneurs","2026-09-14","2026-10-09","rue de la Halle"),
 ("2026-043","2026-10-05","temporaire","Chemin de la Gabarre fermé à la circulation pour travaux de voirie (programme 2026), sauf riverains et secours","2026-11-16","2026-12-18","chemin de la Gabarre"),
 ("2026-045","02/11/2026","temporaire","Marché de Noël du dimanche 13 décembre 2026 : place du Foirail fermée à la circulation et au stationnement de 7 h à 20 h","13/12/2026","13/12/2026","place du Foirail"),
 ("2026-046","2026-11-16","temporaire","Stationnement interdit rue de l'Église pendant la pose d'un échafaudage pour la réparation du clocher","2026-12-14","2026-12-16","rue de l'Église"),
]
H = ["COLL_NOM","COLL_SIRET","ARR_ID","ARR_DATE","ARR_TYPE","ARR_MATIERE_CODE","ARR_MATIERE_NOM","ARR_OBJET",
     "ARR_DEBUT","ARR_FIN","ARR_LIEU","ARR_URL"]
with open(os.path.join(F, "arretes_municipaux_2025_2026.csv"), "w", newline="", encoding="cp1252") as f:
    w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(H)
    for (i, d, t, o, deb, fin, lieu) in A:
        w.writerow(["Bessac-sur-Céronne", SIRET, i, d, t, POL[0], POL[1], o, deb, fin, lieu, AU.format(i)])

# annuaire
ACT = [
 ("Boulangerie Lafon","boulangerie","4 rue des Tanneurs, 24219 Bessac-sur-Céronne","05 53 41 27 02","","", "Tu-Sa 07:00-12:30,15:30-19:00; Su 07:00-12:30","Pain au levain, pastis et gâteaux aux noix."),
 ("Épicerie du Foirail","épicerie","3 place du Foirail, 24219 Bessac-sur-Céronne","05 53 41 27 15","","", "Mo-Sa 08:00-12:30,16:00-19:00; Su 08:30-12:00","Épicerie, dépôt de gaz, relais colis."),
 ("Le Gabarrier","restaurant","8 quai de la Céronne, 24219 Bessac-sur-Céronne","05 53 41 28 40","legabarrier@orange.fr","", "We-Su 12:00-14:00,19:00-21:30","Bar-restaurant en bord de rivière, cuisine périgourdine."),
 ("Maison de santé de la Céronne","maison de santé","10 avenue de la Céronne, 24219 Bessac-sur-Céronne","05 53 41 29 90","","", "Mo-Fr 08:30-19:00; Sa 09:00-12:00","Médecin généraliste (Dr Anne Chassaing), cabinet infirmier, kinésithérapeute."),
 ("Dr Anne Chassaing","médecin généraliste","Maison de santé, 10 avenue de la Céronne, 24219 Bessac-sur-Céronne","05 53 41 29 91","","", "Mo,Tu,Th,Fr 08:30-12:00,14:00-19:00; Sa 09:00-12:00","Consultations sur rendez-vous, visites à domicile l'après-midi."),
 ("Cabinet infirmier Delmas-Raynal","infirmier","Maison de santé, 10 avenue de la Céronne, 24219 Bessac-sur-Céronne","06 82 14 57 30","","", "Mo-Su 07:00-08:00","Soins au cabinet de 7 h à 8 h sans rendez-vous, soins à domicile 7 jours sur 7."),
 ("Pharmacie de la Vallée","pharmacie","2 avenue de la Céronne, 24219 Bessac-sur-Céronne","05 53 41 27 33","","", "Mo-Fr 09:00-12:30,14:30-19:00; Sa 09:00-12:30","Pharmacie de garde : composer le 3237."),
 ("Agence postale communale","bureau de poste","1 place du Foirail, 24219 Bessac-sur-Céronne","05 53 41 27 64","","", "Tu-Fr 09:00-12:00; Sa 10:00-12:00","Dans les locaux de la mairie : courrier, colis, retraits d'espèces."),
 ("Salon Coiff'Céronne","coiffeur","6 rue de la Halle, 24219 Bessac-sur-Céronne","05 53 41 26 87","","", "Tu-Fr 09:00-18:00; Sa 08:30-13:00","Coiffure mixte, sur rendez-vous."),
 ("Garage Delbos","garage","route des Combals, 24219 Bessac-sur-Céronne","05 53 41 26 10","","", "Mo-Fr 08:00-12:00,14:00-18:30","Mécanique toutes marques, dépannage."),
 ("Taxi Céronne Ambulances","taxi","14 avenue de la Céronne, 24219 Bessac-sur-Céronne","05 53 41 25 25","","", "","Taxi conventionné et ambulance, 24 h/24."),
 ("Château de Malbouysse","monument historique","route du Château, 24219 Bessac-sur-Céronne","05 53 41 31 00","chateau@bessac-sur-ceronne.fr","", "Jun-Sep Mo-Fr,Su 10:00-12:30,14:00-18:30","Château du XVe siècle, propriété communale. Visites de juin à septembre."),
 ("Céronne Pagaie - base de canoës de la Gabarre","location de canoës","chemin de la Gabarre, 24219 Bessac-sur-Céronne","06 45 18 92 07","contact@ceronne-pagaie.fr","https://www.ceronne-pagaie.fr", "Jun 15-Sep 15 09:30-18:30","Club de canoë-kayak et location de canoës, parcours de 6, 12 et 18 km."),
 ("Camping Les Berges de la Céronne","camping","chemin de la Gabarre, 24219 Bessac-sur-Céronne","05 53 41 32 45","","", "Apr 15-Sep 30 08:30-20:00","Camping 2 étoiles, 45 emplacements, au bord de la rivière."),
 ("Point information tourisme","office de tourisme","place du Foirail, 24219 Bessac-sur-Céronne","05 53 41 55 40","","", "Jul-Aug Mo-Sa 10:00-13:00,15:00-18:00","Antenne estivale de l'office de tourisme intercommunal."),
 ("École Les Noyers","école","3 rue de l'École, 24219 Bessac-sur-Céronne","05 53 41 27 68","ce.0240999x@ac-bordeaux.fr","", "","École primaire publique, deux classes, de la petite section au CM2. Directrice : Mme Roussarie."),
 ("Bibliothèque municipale","bibliothèque","1 place du Foirail (étage), 24219 Bessac-sur-Céronne","","","", "We 14:00-17:00; Sa 10:00-12:00","Prêt gratuit."),
 ("Salle des fêtes","salle des fêtes","route de la Garenne, 24219 Bessac-sur-Céronne","","","", "","120 places. Réservation en mairie. Fermée pour travaux du 1er octobre 2026 au 31 mars 2027."),
 ("Déchèterie des Combals","déchèterie","route des Combals, 24219 Bessac-sur-Céronne","05 53 41 55 30","","", "Mo,We,Sa 09:00-12:00,14:00-17:30; PH off","Gérée par la communauté de communes Céronne-Périgord Noir."),
 ("Centre d'incendie et de secours de Bessac","pompiers","route des Combals, 24219 Bessac-sur-Céronne","18","","", "","Urgences : 18 ou 112."),
 ("Comité des fêtes de Bessac","association","mairie, 1 place du Foirail, 24219 Bessac-sur-Céronne","06 12 40 77 18","comitedesfetes.bessac@gmail.com","", "","Organise la fête votive de la Saint-Louis, le feu d'artifice du 13 juillet et le marché de Noël. Président : Jean-Marc Bouyssou."),
 ("US Bessac-Céronne","club de football","stade des Combals, 24219 Bessac-sur-Céronne","06 33 25 81 44","","", "","Football, équipes seniors et école de foot. Entraînements mercredi et vendredi au stade des Combals."),
 ("Les Amis du Castel","association patrimoine","4 rue des Tanneurs, 24219 Bessac-sur-Céronne","06 07 58 31 26","amisducastel@laposte.net","", "","Sauvegarde du château de Malbouysse, organise le festival Les Nuits du Castel en juillet."),
 ("Les P'tits Castors","association de parents d'élèves","école Les Noyers, 3 rue de l'École, 24219 Bessac-sur-Céronne","06 78 20 15 93","","", "","Association des parents d'élèves : loto, kermesse de juin."),
 ("Club des aînés Les Tilleuls","club du troisième âge","salle annexe de la mairie, 24219 Bessac-sur-Céronne","05 53 41 26 55","","", "Th 14:00-18:00","Jeux de cartes et goûter le jeudi après-midi, sorties."),
 ("La Diane bessacoise","société de chasse","lieu-dit la Garenne, 24219 Bessac-sur-Céronne","06 30 72 48 11","","", "","Société de chasse communale. Battues le dimanche en saison."),
 ("GAEC du Pech-Fargal","producteur de noix","hameau du Pech-Fargal, 24219 Bessac-sur-Céronne","05 53 41 24 38","","", "Sa 09:00-12:00","Noix et huile de noix, cerneaux. Vente à la ferme le samedi matin et au marché du jeudi."),
 ("Ferme de Lasserre","producteur de foie gras","lieu-dit Lasserre, 24219 Bessac-sur-Céronne","05 53 41 23 90","","", "Mo-Sa 10:00-12:00,15:00-18:00","Foie gras, confits et conserves de canard."),
 ("Plomberie Chauffage Mazeau","plombier","impasse du Four à pain, hameau du Pech-Fargal, 24219 Bessac-sur-Céronne","06 85 40 12 67","","", "","Plomberie, chauffage, dépannage."),
 ("Église Saint-Martin","église","rue de l'Église, 24219 Bessac-sur-Céronne","","","", "","Messe le 2e dimanche du mois à 10 h 30 (paroisse Saint-Front-de-la-Céronne)."),
 ("Syndicat des eaux de la Céronne","eau potable","12 avenue de la Céronne, 24219 Bessac-sur-Céronne","05 53 41 30 15","","", "Mo-Fr 08:30-12:00,13:30-17:00","SIAEP. Urgences 24 h/24 : 06 71 20 44 10."),
]
with open(os.path.join(F, "annuaire_acteurs_locaux.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["nom","categorie","adresse","telephone","email","site_web","horaires","description"])
    for r in ACT: w.writerow(r)
print(len(FICHES_1)+len(FICHES_2), "fiches;", len(A), "arrêtés;", len(ACT), "acteurs")
