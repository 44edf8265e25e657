"""Écrit les fichiers publiés de Clessange-la-Côte (commune fictive) dans files/.

Fiches et arrêtés : CSV Windows-1252 séparés par « ; » (export d'un vieux PC de mairie, dates JJ/MM/AAAA).
Délibérations : SCDL 2.1.5, UTF-8, « , ». Annuaire : UTF-8 avec BOM, « , ».
Les budgets sont écrits par expected_budget.py ; les deux PDF par make_pdfs.py.
"""
import csv
import io
from pathlib import Path

FILES = Path(__file__).parent / "files"
NOM = "Clessange-la-Côte"
SIRET = "21219970000015"
SITE = "https://www.clessange-la-cote.fr"


def write_csv(name, header, rows, encoding, delimiter, bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        assert len(r) == len(header), (name, r)
        w.writerow(r)
    data = buf.getvalue().encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    (FILES / name).write_bytes(data)


COMMUNE_YML = """\
# Profil de la commune de Clessange-la-Côte (Côte-d'Or)
nom: Clessange-la-Côte
code_insee: "21997"
siret: "21219970000015"
population: 648
site_web: https://www.clessange-la-cote.fr
maire: Bernard Lachaux
description: >-
  Village viticole de la Côte, entre Beaune et les Hautes-Côtes : 180 hectares de vignes, une cave
  coopérative (Les Vignerons de Clessange), la fête de la Saint-Vincent en janvier et les vendanges en
  septembre. Le hameau de Corbeton dépend de la commune.
mairie:
  adresse: 2 place de la Fontaine, 21190 Clessange-la-Côte
  telephone: 03 80 21 47 63
  email: mairie@clessange-la-cote.fr
  horaires: "Mo 14:00-18:00; Tu,Th 09:00-12:00; Fr 14:00-17:30; Sa 09:00-11:30; PH off"
"""

FICHES = [
    ("Comment louer la salle des fêtes (le Cuvage) ?",
     "La salle des fêtes « le Cuvage », rue du Pressoir, accueille jusqu'à 120 personnes assises. La réservation se fait au secrétariat de mairie au moins un mois à l'avance, avec une attestation d'assurance responsabilité civile. Les tarifs de location sont fixés par délibération du conseil municipal. Les clés sont remises le vendredi à 17 h et rendues le lundi à 9 h, après l'état des lieux.",
     "réserver le Cuvage|location de la salle communale|louer une salle pour un mariage", "salle des fêtes", SITE + "/vie-pratique/salle-des-fetes"),
    ("Que faire de ses déchets verts ?",
     "Le brûlage des déchets verts (tontes, tailles de haies, feuilles, branchages) est interdit toute l'année aux particuliers. Déposez-les à la déchèterie intercommunale d'Arnay-la-Fontaine ou compostez-les. Le brûlage des sarments par les exploitants viticoles est encadré par l'arrêté municipal n° 2026-029.",
     "brûler des branches dans son jardin|faire un feu de jardin|feu de végétaux", "déchets", SITE + "/vie-pratique/dechets"),
    ("Quels sont les jours de collecte des ordures ménagères ?",
     "Bac gris (ordures ménagères) : collecte le mardi matin. Bac jaune (emballages et papiers) : collecte le jeudi matin des semaines paires. Sortez les bacs la veille au soir et rentrez-les après le passage du camion. Quand un jour de collecte est férié, la collecte est reportée au lendemain. Bac cassé ou volé : communauté de communes Côte et Dheune, 03 80 21 90 40.",
     "ramassage des poubelles|sortir les poubelles|tri sélectif", "déchets", ""),
    ("Comment faire une carte d'identité ou un passeport ?",
     "La mairie de Clessange-la-Côte ne délivre ni les cartes d'identité ni les passeports. Faites une pré-demande en ligne sur le site de l'ANTS, puis prenez rendez-vous à la mairie d'Arnay-la-Fontaine, équipée d'une station biométrique (03 80 21 55 10). Comptez plusieurs semaines de délai au printemps.",
     "CNI|renouveler son passeport", "état civil", "https://ants.gouv.fr"),
    ("Comment acheter une concession au cimetière ou une case au columbarium ?",
     "Adressez-vous au secrétariat de mairie. Le cimetière communal, chemin du Calvaire, compte un columbarium de 24 cases et un jardin du souvenir. Les tarifs des concessions et des cases de columbarium sont fixés par le conseil municipal.",
     "concession funéraire|urne cinéraire|jardin du souvenir", "cimetière", ""),
    ("Qui prévenir en cas de fuite d'eau ou de coupure d'eau ?",
     "Le service de l'eau est une régie municipale. En semaine aux heures d'ouverture, appelez la mairie ; le soir et le week-end, l'agent d'astreinte au 06 71 38 20 94. Les compteurs sont relevés en novembre et la facture d'eau arrive en janvier. Le prix du mètre cube est fixé chaque année par le conseil municipal.",
     "plus d'eau au robinet|compteur d'eau|facture d'eau", "eau", ""),
    ("À quelles heures peut-on tondre ou faire des travaux bruyants ?",
     "Les travaux de bricolage et de jardinage bruyants (tondeuse, tronçonneuse, perceuse, souffleur) sont autorisés les jours ouvrables de 8 h 30 à 12 h et de 14 h 30 à 19 h 30, le samedi de 9 h à 12 h et de 15 h à 19 h, le dimanche et les jours fériés de 10 h à 12 h seulement.",
     "horaires de tonte|bruit de voisinage|passer la tondeuse", "tranquillité", ""),
    ("Comment inscrire un enfant à l'école ?",
     "Clessange-la-Côte forme avec Arnay-la-Fontaine le RPI Côte-Dheune : l'école maternelle est à Clessange (rue de l'École), les classes élémentaires à Arnay-la-Fontaine. L'inscription se fait en mairie de mars à mai, avec le livret de famille, un justificatif de domicile et le carnet de santé. Un car scolaire relie les deux écoles.",
     "inscription scolaire|rentrée en maternelle", "école", ""),
    ("Quels sont les horaires et les tarifs de la garderie ?",
     "La garderie périscolaire, dans les locaux de l'école maternelle, fonctionne les lundis, mardis, jeudis et vendredis de 7 h 30 à 8 h 50 et de 16 h 30 à 18 h 30. Tarifs : 2,10 € la séance du matin, 2,60 € la séance du soir, goûter compris. Inscription à la semaine auprès de la mairie, au plus tard le jeudi pour la semaine suivante.",
     "accueil périscolaire|garde des enfants après l'école", "école", ""),
    ("Comment s'inscrire sur les listes électorales ?",
     "En ligne sur service-public.fr ou en mairie, avec une pièce d'identité et un justificatif de domicile de moins de 3 mois. Pour voter à une élection, l'inscription doit être faite au plus tard le sixième vendredi qui précède le scrutin.",
     "s'inscrire pour voter|carte électorale", "élections", "https://www.service-public.fr"),
    ("Faut-il une autorisation pour modifier une façade, une toiture ou des fenêtres ?",
     "Oui. Le centre du village est dans le périmètre de protection de l'église Saint-Martin, monument historique. Une déclaration préalable est obligatoire pour les façades, toitures, fenêtres et volets ; elle est transmise à l'architecte des Bâtiments de France et le délai d'instruction est de 2 mois. Les enduits doivent être à la chaux, teinte « pierre de Bourgogne ».",
     "déclaration préalable de travaux|ravalement|architecte des Bâtiments de France", "urbanisme", ""),
    ("Où peuvent stationner les camping-cars des vendangeurs ?",
     "Pendant les vendanges, l'aire du Lavoir est ouverte aux camping-cars et fourgons aménagés des saisonniers du 1er septembre au 10 octobre, gratuitement, avec point d'eau et sanitaires. Le reste de l'année, le stationnement des camping-cars y est limité à 48 heures.",
     "hébergement des saisonniers|aire de camping-car", "vendanges", ""),
    ("La commune prête-t-elle des tables, des bancs ou un barnum ?",
     "Oui. Les habitants peuvent emprunter tables et bancs gratuitement contre une caution de 50 €. Le barnum de 3 x 6 m est loué 40 € le week-end. Réservation en mairie ; le matériel se retire aux ateliers municipaux le vendredi entre 16 h et 17 h.",
     "emprunter des tables|location de chapiteau", "matériel", ""),
    ("Quand a lieu le marché ?",
     "Un marché se tient chaque jeudi de 8 h à 12 h 30 place de la Fontaine (primeur, fromager, boucher-charcutier). Le marché de Noël des vignerons a lieu place de la Fontaine le deuxième week-end de décembre.",
     "marché hebdomadaire|jour du marché", "commerce", ""),
    ("Où trouver un défibrillateur ?",
     "Deux défibrillateurs sont en accès libre, jour et nuit : sur la façade de la mairie, place de la Fontaine, et à l'entrée de la salle des fêtes le Cuvage, rue du Pressoir.",
     "DAE|défibrillateur cardiaque", "santé", ""),
    ("Quelles sont les règles pour les chiens ?",
     "Les chiens doivent être tenus en laisse dans les rues du village, et dans les vignes pendant les vendanges. Un chien errant est conduit à la fourrière intercommunale de Meuilley-le-Bas (03 80 61 22 07) ; les frais de capture, 45 €, sont à la charge du propriétaire. Ramassez les déjections de votre animal.",
     "chien en divagation|chien perdu", "animaux", ""),
    ("Quand et comment se faire recenser à 16 ans ?",
     "Dans les trois mois qui suivent son seizième anniversaire, le jeune se présente en mairie avec sa carte d'identité et le livret de famille. L'attestation de recensement remise est demandée pour s'inscrire au permis de conduire et au baccalauréat.",
     "recensement citoyen|journée défense et citoyenneté", "citoyenneté", ""),
    ("Que faire si la route est couverte de boue pendant les vendanges ?",
     "Pendant les vendanges, les exploitants doivent nettoyer chaque soir la chaussée salie par leurs engins (arrêté municipal de vendanges). Signalez une route boueuse à la mairie ; si l'exploitant ne nettoie pas, la commune fait nettoyer à ses frais.",
     "terre sur la chaussée|routes sales|tracteurs qui salissent", "vendanges", ""),
    ("Comment obtenir un acte de naissance, de mariage ou de décès ?",
     "Pour un événement survenu à Clessange-la-Côte, demandez l'acte au secrétariat de mairie, par courrier (avec une enveloppe timbrée à votre adresse) ou en ligne sur service-public.fr. La délivrance est gratuite.",
     "extrait d'acte|copie intégrale d'acte de naissance", "état civil", "https://www.service-public.fr"),
]

MATIERE_POLICE = ("6.1", "Libertés publiques et pouvoirs de police/Police municipale")
ARRETES = [
    ("2024-022", "12/06/2024", "permanent", MATIERE_POLICE,
     "Limitation de la vitesse à 30 km/h dans le centre du village", "01/07/2024", "",
     "Grande Rue;rue de l'Église;place de la Fontaine;rue du Pressoir"),
    ("2025-019", "18/08/2025", "temporaire", MATIERE_POLICE,
     "Circulation des engins agricoles et nettoyage des chaussées pendant les vendanges 2025", "28/08/2025", "10/10/2025",
     "rue des Vignes;route de Corbeton;chemin des Pierres Blanches"),
    ("2026-001", "05/01/2026", "temporaire", MATIERE_POLICE,
     "Fermeture à la circulation de la rue de l'Église et de la Grande Rue (partie haute) pour la fête de la Saint-Vincent", "24/01/2026", "25/01/2026",
     "rue de l'Église;Grande Rue"),
    ("2026-008", "23/03/2026", "temporaire", MATIERE_POLICE,
     "Fermeture de la route de Corbeton pour la réfection de la chaussée, déviation par le chemin des Pierres Blanches", "13/04/2026", "17/04/2026",
     "route de Corbeton"),
    ("2026-014", "02/06/2026", "temporaire", MATIERE_POLICE,
     "Interdiction de circuler et de stationner rue du Stade pour le feu d'artifice du 13 juillet", "13/07/2026", "14/07/2026",
     "rue du Stade"),
    ("2026-018", "20/07/2026", "individuel", ("6.4", "Libertés publiques et pouvoirs de police/Autres actes réglementaires"),
     "Autorisation d'ouverture d'un débit de boissons temporaire au comité des fêtes pour la fête du village", "15/08/2026", "16/08/2026",
     "place de la Fontaine"),
    ("2026-021", "19/08/2026", "temporaire", MATIERE_POLICE,
     "Circulation des engins agricoles et obligation de nettoyer les chaussées souillées par la boue pendant les vendanges 2026", "27/08/2026", "15/10/2026",
     "rue des Vignes;route de Corbeton;chemin des Pierres Blanches;Grande Rue"),
    ("2026-022", "19/08/2026", "temporaire", MATIERE_POLICE,
     "Interdiction de stationner rue du Pressoir devant la cave coopérative pendant les vendanges 2026", "01/09/2026", "10/10/2026",
     "rue du Pressoir"),
    ("2026-025", "10/09/2026", "temporaire", MATIERE_POLICE,
     "Fermeture du chemin des Pierres Blanches à toute circulation à la suite d'un glissement de terrain", "11/09/2026", "31/12/2026",
     "chemin des Pierres Blanches"),
    ("2026-030", "16/11/2026", "permanent", MATIERE_POLICE,
     "Interdiction de circulation des véhicules de plus de 7,5 tonnes dans la traversée du village, sauf desserte locale et livraisons de la cave coopérative", "01/12/2026", "",
     "Grande Rue;rue des Vignes"),
    ("2026-031", "30/11/2026", "temporaire", MATIERE_POLICE,
     "Fermeture à la circulation de la rue de l'Église et de la Grande Rue (partie haute) et interdiction de stationner place de l'Église pour la fête de la Saint-Vincent 2027", "23/01/2027", "24/01/2027",
     "rue de l'Église;Grande Rue;place de l'Église"),
]

D_FIN = ("Finances locales", {"7.1": "Décisions budgétaires", "7.2": "Fiscalité", "7.5": "Subventions", "7.10": "Divers"})
DELIBS = [
    # id, date, code, objet, budget_annee, effectif, reel, pour, contre, abst
    ("2025-07", "2025-04-11", "7.10", "Prix de l'eau au 1er juillet 2025 : 1,38 € le mètre cube et abonnement annuel de 36 €", "", 11, 11, 11, 0, 0),
    ("2025-08", "2025-04-11", "7.5", "Attribution d'une subvention de 2 200 € au comité des fêtes de Clessange pour l'année 2025", "2025", 11, 10, 10, 0, 0),
    ("2025-15", "2025-09-26", "7.1", "Adoption de la nomenclature budgétaire et comptable M57 abrégée à compter du 1er janvier 2026", "2026", 11, 10, 10, 0, 0),
    ("2025-18", "2025-11-28", "7.10", "Tarifs de location de la salle des fêtes le Cuvage à compter du 1er janvier 2026 : week-end pour les habitants de la commune 180 €, week-end pour les personnes extérieures 350 €, journée en semaine 90 €, vin d'honneur 60 €, caution 500 € ; gratuité une fois par an pour les associations de la commune", "2026", 11, 11, 9, 2, 0),
    ("2026-02", "2026-02-13", "7.10", "Tarifs du cimetière et du columbarium au 1er mars 2026 : concession trentenaire de 2 m² 250 €, concession cinquantenaire de 2 m² 400 €, case de columbarium pour 15 ans 450 €, case de columbarium pour 30 ans 800 €, dispersion des cendres au jardin du souvenir gratuite, plaque d'identification 35 €", "", 11, 11, 11, 0, 0),
    ("2026-04", "2026-03-27", "7.1", "Approbation du compte administratif 2025 du budget principal", "2025", 11, 10, 10, 0, 0),
    ("2026-05", "2026-03-27", "7.1", "Vote du budget primitif 2026 du budget principal (nomenclature M57 abrégée)", "2026", 11, 11, 10, 0, 1),
    ("2026-06", "2026-03-27", "7.2", "Vote des taux d'imposition 2026 : taxe foncière sur les propriétés bâties 38,52 %, taxe foncière sur les propriétés non bâties 41,20 %", "2026", 11, 11, 11, 0, 0),
    ("2026-07", "2026-03-27", "7.5", "Attribution d'une subvention de 2 500 € au comité des fêtes de Clessange pour l'année 2026 (fête de la Saint-Vincent et fête du village) ; le président du comité, conseiller municipal, ne prend pas part au vote", "2026", 11, 10, 10, 0, 0),
    ("2026-09", "2026-05-22", "7.10", "Prix de l'eau au 1er juillet 2026 : 1,45 € le mètre cube et abonnement annuel de 38 €", "", 11, 11, 8, 2, 1),
    ("2026-11", "2026-06-26", "3.1", "Acquisition de la parcelle cadastrée section AB n° 142, lieu-dit « Les Murgers », d'une surface de 1 250 m², au prix de 8 750 € pour la création d'un parking", "", 11, 11, 11, 0, 0),
    ("2026-12", "2026-06-26", "7.5", "Demande de subvention au titre de la DETR pour la réfection de la route de Corbeton (travaux estimés à 64 800 € HT)", "2026", 11, 11, 11, 0, 0),
    ("2026-15", "2026-10-16", "7.10", "Indemnité de gardiennage de l'église Saint-Martin pour l'année 2026 : 120,97 €", "2026", 11, 9, 9, 0, 0),
    ("2026-16", "2026-11-20", "7.5", "Subvention exceptionnelle de 600 € à la Société de Saint-Vincent de Clessange pour l'organisation de la fête de la Saint-Vincent 2027", "2027", 11, 11, 11, 0, 0),
]
MATIERES = {"3.1": "Domaine et patrimoine/Acquisitions"}
for k, v in D_FIN[1].items():
    MATIERES[k] = D_FIN[0] + "/" + v

ANNUAIRE = [
    ("Domaine Lachaux-Perrin", "domaine viticole", "14 rue des Vignes, 21190 Clessange-la-Côte", "03 80 21 48 12", "caveau@lachaux-perrin.fr", "https://www.lachaux-perrin.fr",
     "Mo-Sa 10:00-12:00,14:00-18:30; Su 10:00-12:00", "Caveau de dégustation et vente : Clessange village, Hautes-Côtes, crémant de Bourgogne. Visite de cave sur réservation."),
    ("Domaine des Murgers - Famille Bouhélier", "domaine viticole", "3 chemin des Murgers, 21190 Clessange-la-Côte", "03 80 21 49 30", "", "",
     "Th-Sa 14:00-18:00", "Dégustation gratuite au caveau, pinot noir et aligoté."),
    ("Maison Guyot-Vercel", "négociant en vins", "22 Grande Rue, 21190 Clessange-la-Côte", "03 80 21 40 77", "contact@guyot-vercel.fr", "https://www.guyot-vercel.fr",
     "Mo-Fr 09:00-12:00,14:00-17:30; Sa 10:00-17:00", "Maison de négoce familiale, boutique et dégustation, expédition de colis."),
    ("Domaine du Clos Saint-Vincent", "domaine viticole", "1 place de l'Église, 21190 Clessange-la-Côte", "03 80 21 45 06", "", "",
     "Sa 10:00-12:00,14:00-18:00; Su 10:00-12:00", "Dégustation le week-end uniquement, au cellier voûté du XVIIe siècle."),
    ("Domaine Rameau Frères", "domaine viticole", "8 route de Corbeton, hameau de Corbeton, 21190 Clessange-la-Côte", "06 12 58 74 30", "rameau.freres@orange.fr", "",
     "", "Dégustation sur rendez-vous uniquement."),
    ("Cave coopérative Les Vignerons de Clessange", "cave coopérative", "5 rue du Pressoir, 21190 Clessange-la-Côte", "03 80 21 46 00", "caveau@vignerons-clessange.fr", "https://www.vignerons-clessange.fr",
     "Mo-Sa 09:00-12:00,14:00-18:00", "Caveau de vente au public. Réception de la vendange des coopérateurs en septembre, de 8 h à 20 h."),
    ("Boulangerie Morot", "boulangerie", "9 Grande Rue, 21190 Clessange-la-Côte", "03 80 21 42 55", "", "",
     "Tu-Sa 06:30-12:30; Su 07:00-12:00", "Pain au levain, pain d'épices, gougères. Ouverte le matin seulement, fermée le lundi."),
    ("Le Petit Panier", "épicerie", "11 place de la Fontaine, 21190 Clessange-la-Côte", "03 80 21 43 18", "", "",
     "Tu-Sa 08:00-12:30,15:30-19:00; Su 08:30-12:00", "Épicerie multiservice, dépôt de gaz, relais colis."),
    ("Café-restaurant Le Pressoir", "restaurant", "2 rue du Pressoir, 21190 Clessange-la-Côte", "03 80 21 44 90", "", "",
     "Tu-Su 12:00-14:00; Fr,Sa 19:00-21:30", "Cuisine bourguignonne, menu du jour en semaine."),
    ("Docteur Hélène Vautrin", "médecin généraliste", "4 rue de la Poste, 21190 Arnay-la-Fontaine", "03 80 21 57 32", "", "",
     "Mo-Fr 08:30-12:00,14:00-19:00; Sa 09:00-12:00", "Cabinet médical à Arnay-la-Fontaine, à 6 km. Consultations sur rendez-vous, visites à domicile l'après-midi."),
    ("Pharmacie de la Dheune", "pharmacie", "1 place du Marché, 21190 Arnay-la-Fontaine", "03 80 21 56 04", "", "",
     "Mo-Fr 09:00-12:15,14:00-19:15; Sa 09:00-12:15", "Pharmacie la plus proche, à Arnay-la-Fontaine."),
    ("Cabinet infirmier de Clessange", "infirmier", "6 rue de l'École, 21190 Clessange-la-Côte", "06 78 41 29 63", "", "",
     "Mo-Fr 07:00-07:45", "Permanence au cabinet le matin, soins à domicile sur rendez-vous tous les jours."),
    ("Car scolaire ligne S42 (Transports Côte et Hautes-Côtes)", "transport scolaire", "arrêt place de la Fontaine, 21190 Clessange-la-Côte", "03 80 24 15 60", "", "",
     "", "Ligne du RPI Côte-Dheune vers l'école d'Arnay-la-Fontaine : départ de la place de la Fontaine à 7 h 38 ; retour à 16 h 52 les lundis, mardis, jeudis et vendredis. Inscription auprès de la région."),
    ("École maternelle du RPI Côte-Dheune", "école", "rue de l'École, 21190 Clessange-la-Côte", "03 80 21 41 09", "ce.0219970x@ac-dijon.fr", "",
     "Mo,Tu,Th,Fr 08:50-11:50,13:30-16:30", "Deux classes de maternelle ; directrice : Mme Claire Fauvet."),
    ("Point lecture", "bibliothèque", "2 place de la Fontaine (étage de la mairie), 21190 Clessange-la-Côte", "", "", "",
     "We 16:00-18:00; Sa 10:00-12:00", "Prêt gratuit de livres, 3 livres pour 3 semaines."),
    ("Salle des fêtes le Cuvage", "salle des fêtes", "7 rue du Pressoir, 21190 Clessange-la-Côte", "03 80 21 47 63", "", "",
     "", "Salle communale de 120 places assises, cuisine équipée. Réservation en mairie."),
    ("Comité des fêtes de Clessange", "association", "mairie, 2 place de la Fontaine, 21190 Clessange-la-Côte", "06 30 85 17 44", "comitedesfetes.clessange@gmail.com", "",
     "", "Organise la fête de la Saint-Vincent en janvier, la fête du village en août et le marché de Noël. Président : Jean-Marc Boisot."),
    ("Société de Saint-Vincent de Clessange", "association", "mairie, 2 place de la Fontaine, 21190 Clessange-la-Côte", "06 84 20 53 91", "", "",
     "", "Société de secours mutuel des vignerons ; porte la statue de saint Vincent à la messe et au défilé de janvier."),
    ("Club des aînés Les Sarments d'Or", "association", "salle des fêtes le Cuvage, 7 rue du Pressoir, 21190 Clessange-la-Côte", "03 80 21 43 72", "", "",
     "Th 14:00-18:00", "Jeux de cartes, goûter, sorties. Présidente : Mme Odette Berthier."),
    ("Gîte La Cadole", "gîte", "4 route de Corbeton, hameau de Corbeton, 21190 Clessange-la-Côte", "06 62 19 80 35", "lacadole21@gmail.com", "",
     "", "Gîte de 6 personnes au milieu des vignes, location à la semaine ou au week-end."),
    ("Berthaut Machinisme", "machinisme agricole", "ZA des Combes, 21190 Arnay-la-Fontaine", "03 80 21 58 66", "", "",
     "Mo-Fr 08:00-12:00,13:30-18:00; Sa 08:00-12:00", "Vente et réparation de tracteurs enjambeurs et de machines à vendanger ; dépannage 7 j/7 pendant les vendanges."),
    ("Déchèterie intercommunale d'Arnay-la-Fontaine", "déchèterie", "route de Clessange, 21190 Arnay-la-Fontaine", "03 80 21 90 40", "", "",
     "Mo,We,Fr 14:00-17:30; Sa 09:00-12:00,14:00-17:30", "Déchets verts, gravats, encombrants, ferraille. Accès avec la carte de la communauté de communes."),
]


def main():
    FILES.mkdir(exist_ok=True)
    (FILES / "commune.yml").write_text(COMMUNE_YML, encoding="utf-8")
    write_csv("fiches.csv", ["question", "reponse", "variantes", "theme", "lien"],
              [list(f) for f in FICHES], "cp1252", ";")
    rows = []
    for i, d, t, (mc, mn), objet, deb, fin, lieu in ARRETES:
        rows.append([NOM, SIRET, i, d, t, mc, mn, objet, deb, fin, lieu, f"{SITE}/arretes/{i}.pdf"])
    write_csv("arretes.csv", ["COLL_NOM", "COLL_SIRET", "ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_MATIERE_CODE",
                              "ARR_MATIERE_NOM", "ARR_OBJET", "ARR_DEBUT", "ARR_FIN", "ARR_LIEU", "ARR_URL"],
              rows, "cp1252", ";")
    rows = []
    for i, d, code, objet, ba, eff, reel, pour, contre, abst in DELIBS:
        pref_id = f"021-212199700-{d.replace('-', '')}-{i.replace('-', '_')}-DE"
        rows.append([NOM, SIRET, i, d, code, MATIERES[code], objet, ba, "Budget principal" if ba else "",
                     pref_id, d, eff, reel, pour, contre, abst, f"{SITE}/deliberations/{i}.pdf"])
    write_csv("deliberations.csv", ["COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE",
                                    "DELIB_MATIERE_NOM", "DELIB_OBJET", "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID",
                                    "PREF_DATE", "VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE",
                                    "VOTE_ABSTENTION", "DELIB_URL"], rows, "utf-8", ",")
    write_csv("annuaire.csv", ["nom", "categorie", "adresse", "telephone", "email", "site_web", "horaires", "description"],
              [list(a) for a in ANNUAIRE], "utf-8", ",", bom=True)
    (FILES / "vocabulaire.txt").write_text(
        "# Les mots de Clessange-la-Côte\n"
        "# le hameau de Corbeton, que les anciens appellent toujours « les Maupas »\n"
        "les Maupas => hameau de Corbeton\n"
        "Maupas => Corbeton\n"
        "# la salle des fêtes est l'ancien cuvage du château\n"
        "le Cuvage, salle des fêtes\n"
        "la cave coop, la coopé, cave coopérative\n"
        "la Saint-Vincent, fête de la Saint-Vincent\n"
        "les sarments, bois de taille de la vigne\n",
        encoding="utf-8")


if __name__ == "__main__":
    main()
