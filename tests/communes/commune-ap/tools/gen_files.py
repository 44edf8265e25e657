#!/usr/bin/env python3
"""Generate the published files of Bois-Tamarin (fictional commune of La Réunion, commune-ap).

Writes commune.yml, fiches, arrêtés (Windows-1252), délibérations, annuaire and vocabulaire.txt into ../files.
Budgets: gen_budget.py. PDFs: gen_pdfs.py.
"""
import csv, io, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "files")
NOM = "Bois-Tamarin"
SIRET = "21974270500018"


def write_csv(name, header, rows, encoding="utf-8", bom=False, sep=";", crlf=True):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\r\n" if crlf else "\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    data = buf.getvalue()
    with open(os.path.join(OUT, name), "wb") as f:
        if bom:
            f.write(b"\xef\xbb\xbf")
        f.write(data.encode(encoding))


COMMUNE_YML = """# Profil de la commune de Bois-Tamarin (fictive), La Réunion
nom: Bois-Tamarin
code_insee: "97427"
siret: "21974270500018"
population: 6412
site_web: https://www.bois-tamarin.re
maire: Marie-Josée Payet
description: Commune des Hauts de La Réunion, entre 600 et 1 400 m d'altitude, avec les écarts de Piton Goyaves, Bras-Citron et Grand-Fond.
mairie:
  adresse: 2 rue de l'Hôtel-de-Ville, 97468 Bois-Tamarin
  telephone: 02 62 51 40 00
  email: accueil@bois-tamarin.re
  horaires: "Mo-Th 07:30-12:00,13:00-16:30; Fr 07:30-12:00,13:00-15:30; Sa 08:00-11:30; PH off"
"""

FICHES = [
 # question, reponse, variantes, theme, lien
 ("Comment obtenir un acte de naissance ?",
  "Demandez la copie ou l'extrait d'acte de naissance à la mairie du lieu de naissance : au guichet de l'état civil (pièce d'identité), par courrier, ou en ligne sur service-public.fr. C'est gratuit. Délai : 5 jours ouvrés environ par courrier.",
  "extrait de naissance|copie intégrale acte de naissance|acte de naissance en ligne", "état civil", "https://www.bois-tamarin.re/etat-civil"),
 ("Comment déclarer une naissance ?",
  "La naissance se déclare dans les 5 jours qui suivent l'accouchement à la mairie du lieu de naissance. Les enfants nés à la maternité de Saint-Pierre sont déclarés à Saint-Pierre, pas à Bois-Tamarin.",
  "déclarer un bébé|reconnaissance de naissance", "état civil", ""),
 ("Comment se marier à Bois-Tamarin ?",
  "Déposez le dossier de mariage au service état civil au moins 2 mois avant la date souhaitée, sur rendez-vous au 02 62 51 40 10. Les mariages sont célébrés le vendredi après-midi et le samedi matin à la salle des mariages de l'hôtel de ville.",
  "dossier de mariage|publication des bans|se marier mairie", "état civil", "https://www.bois-tamarin.re/mariage"),
 ("Comment faire un PACS ?",
  "Le PACS s'enregistre à la mairie sur rendez-vous au service état civil (02 62 51 40 10), ou chez un notaire. Apportez le formulaire cerfa 15725, la convention et vos actes de naissance de moins de 3 mois.",
  "pacs mairie|se pacser", "état civil", ""),
 ("Comment faire une carte d'identité ou un passeport ?",
  "La mairie de Bois-Tamarin n'a pas de dispositif de recueil : faites la pré-demande en ligne sur ants.gouv.fr puis prenez rendez-vous dans une mairie équipée (Le Tampon, Saint-Pierre, Saint-Joseph). Le passeport coûte 86 € en timbre fiscal, la carte d'identité est gratuite (25 € en cas de perte ou de vol).",
  "renouveler CNI|carte nationale d'identité|passeport perdu|papiers d'identité", "papiers", "https://ants.gouv.fr"),
 ("Comment se faire recenser à 16 ans ?",
  "Chaque jeune de nationalité française doit se faire recenser entre ses 16 ans et la fin du 3e mois qui suit, à la mairie (livret de famille et pièce d'identité) ou en ligne sur majdc.fr. L'attestation est demandée pour le permis et les examens.",
  "recensement citoyen|journée défense citoyenneté|JDC", "citoyenneté", ""),
 ("Comment s'inscrire sur les listes électorales ?",
  "En ligne sur service-public.fr ou à l'accueil de la mairie avec une pièce d'identité et un justificatif de domicile de moins de 3 mois, au plus tard le 6e vendredi avant le scrutin.",
  "inscription électorale|voter|carte d'électeur", "élections", ""),
 ("Faut-il un permis de construire pour une case ou une extension ?",
  "Au-delà de 20 m² de surface de plancher (40 m² en zone urbaine du PLU), il faut un permis de construire ; entre 5 et 20 m², une déclaration préalable. Déposez le dossier au service urbanisme (1er étage de la mairie, le mardi et le jeudi de 8 h à 12 h) ou sur le guichet numérique. Délai d'instruction : 2 mois pour une maison individuelle.",
  "permis de construire|agrandir sa maison|varangue|extension maison", "urbanisme", "https://www.bois-tamarin.re/urbanisme"),
 ("Faut-il une autorisation pour une clôture ou un abri de jardin ?",
  "Une clôture sur rue demande une déclaration préalable (PLU de Bois-Tamarin). Un abri de jardin de 5 à 20 m² aussi. Le service urbanisme vous reçoit le mardi et le jeudi de 8 h à 12 h.",
  "déclaration préalable|mur de clôture|abri jardin|portail", "urbanisme", ""),
 ("Quels sont les jours de ramassage des poubelles ?",
  "Ordures ménagères (bac gris) : le lundi et le jeudi. Emballages et papiers (bac jaune) : le mercredi. Déchets verts : le 1er et le 3e vendredi du mois, en fagots au bord de la route. Sortez les bacs la veille au soir, après 18 h. La collecte est assurée par l'intercommunalité (CASUD).",
  "collecte des ordures|bac jaune|poubelle grise|jour des poubelles|ramassage déchets verts", "déchets", ""),
 ("Comment se débarrasser des encombrants ?",
  "Les encombrants sont collectés sur rendez-vous au numéro vert de la CASUD 0800 974 000 (gratuit), ou déposés à la déchèterie de Grand-Fond, chemin Grand-Fond, ouverte du mardi au samedi de 7 h à 17 h et le dimanche de 7 h à 12 h.",
  "encombrants|vieux frigo|déchèterie|matelas", "déchets", ""),
 ("Combien coûte la cantine scolaire ?",
  "Depuis le 1er septembre 2026, le repas coûte 2,30 € pour un élève et 5,00 € pour un adulte (délibération DEL2026-046). Jusqu'au 31 août 2026 : 2,20 € l'élève et 4,80 € l'adulte. Les familles au quotient CAF inférieur à 600 € paient 1,10 €.",
  "prix du repas cantine|tarif restauration scolaire|ticket cantine", "école", ""),
 ("Comment inscrire mon enfant à l'école ?",
  "Inscription d'abord à la mairie (service scolaire, livret de famille, justificatif de domicile, carnet de vaccination), puis admission à l'école. Écoles publiques : école maternelle Ti-Pouss et école élémentaire Les Goyaviers (bourg), école primaire de Piton Goyaves.",
  "inscription scolaire|première inscription école|maternelle", "école", ""),
 ("Comment louer la case communale ?",
  "La case communale de Piton Goyaves (120 places) se loue à la journée : 150 € pour un habitant de Bois-Tamarin, 300 € pour un extérieur, caution 500 €. Réservation au service vie associative (02 62 51 40 25) au moins un mois avant. Tarifs 2026 ; en 2027 : 160 € habitant, 320 € extérieur.",
  "location salle|louer la salle pour un anniversaire|réserver la case|salle des fêtes", "location de salle", ""),
 ("Comment acheter une concession au cimetière ?",
  "Les concessions du cimetière paysager se prennent au service état civil : 15 ans 180 €, 30 ans 350 €, 50 ans 620 €. Case de columbarium : 400 € pour 15 ans.",
  "concession funéraire|tombe|columbarium|prix concession", "cimetière", ""),
 ("Quels sont les horaires du cimetière ?",
  "Le cimetière paysager de Bois-Tamarin, rue du Cimetière, est ouvert tous les jours de 7 h à 18 h. Horaires élargis pour la Toussaint (voir l'arrêté de l'année).",
  "ouverture cimetière|heure fermeture cimetière", "cimetière", ""),
 ("Que faire si je trouve un chien errant ?",
  "Signalez-le à la police municipale au 02 62 51 40 17. Les chiens errants sont conduits à la fourrière intercommunale. Propriétaires : identification (puce) obligatoire, chiens de 1re et 2e catégorie déclarés en mairie (permis de détention).",
  "chien errant|chien perdu|fourrière|chien dangereux", "animaux", ""),
 ("Quelles sont les règles sur le bruit ?",
  "Les travaux bruyants de bricolage et de jardinage (débroussailleuse, tondeuse) sont autorisés les jours ouvrables de 8 h à 12 h et de 14 h à 19 h, le samedi de 9 h à 12 h et de 15 h à 19 h, le dimanche et les jours fériés de 10 h à 12 h seulement (arrêté 2026-015).",
  "tondeuse dimanche|bruit voisin|débroussailleuse horaires|tapage", "bruit", ""),
 ("Qui contacter pour l'eau ou une fuite ?",
  "L'eau potable est gérée par la régie intercommunale des eaux du Sud (La Créole des Eaux). Fuite sur la voie publique ou coupure : 0262 30 45 45, 24 h sur 24. Facture et abonnement : agence du Tampon.",
  "fuite d'eau|facture d'eau|pas d'eau au robinet|coupure d'eau", "eau", ""),
 ("Comment se préparer à un cyclone ?",
  "Dès la saison cyclonique (novembre à avril) : élaguez les arbres, rangez ou attachez tout ce qui peut s'envoler, préparez un kit (eau 6 litres par personne, lampe, radio à piles, médicaments, papiers). En alerte orange : restez chez vous, les radiers et chemins de ravine sont fermés. En alerte rouge : confinement total, seuls les secours circulent. Hébergement d'urgence : gymnase Jean-Rivière, ouvert par la mairie en pré-alerte.",
  "alerte cyclonique|kit cyclone|hébergement cyclone|alerte rouge que faire", "risques", ""),
 ("Où s'abriter pendant un cyclone ?",
  "Le centre d'hébergement d'urgence est le gymnase Jean-Rivière, 14 rue des Écoles. Il ouvre dès la vigilance cyclonique si la mairie le décide ; apportez eau, couverture et médicaments. Renseignements : 02 62 51 40 00.",
  "centre d'hébergement|abri cyclone|se réfugier", "risques", ""),
 ("Quand a lieu le marché forain ?",
  "Le marché forain se tient chaque samedi de 5 h 30 à 12 h 30 sur la place de l'Église et la rue du Marché (fruits, légumes, bouchons, fleurs). Droit de place : 1,50 € le mètre linéaire. Inscription des forains à la régie (02 62 51 40 30).",
  "marché|jour du marché|forains|vendre au marché", "commerce", ""),
 ("Quand a lieu la Fête du Chouchou ?",
  "La Fête du Chouchou (la « Fèt Sousou ») a lieu du 29 au 31 mai 2026 au bourg : marché du terroir, concours du plus gros chouchou, séga et maloya le samedi soir, feu d'artifice le samedi 30 mai à 21 h au stade Paul-Fontaine.",
  "fête du village|fête communale|feu d'artifice", "fêtes", ""),
 ("Où randonner à Bois-Tamarin ?",
  "Le sentier du Piton Goyaves part du parking de l'église de Piton Goyaves : 7 km aller-retour, 2 h 30, dénivelé 450 m, niveau moyen. Ne partez pas par temps de pluie et vérifiez les arrêtés de fermeture. Carte à l'accueil de la mairie.",
  "randonnée|sentier|balade|marche", "loisirs", ""),
 ("Quels sont les horaires de la médiathèque ?",
  "La médiathèque Rose-Lauret est ouverte le mardi et le jeudi de 9 h à 17 h, le mercredi de 9 h à 18 h, le vendredi de 13 h à 17 h et le samedi de 9 h à 12 h. Inscription gratuite pour les habitants ; 10 € par an pour les adultes d'autres communes.",
  "bibliothèque|emprunter des livres|médiathèque ouverte", "culture", ""),
 ("Comment réserver le gymnase ?",
  "Le gymnase Jean-Rivière est réservé aux écoles en journée et aux associations le soir. Les associations de la commune l'ont gratuitement ; les associations extérieures paient 25 € de l'heure. Planning au service des sports (02 62 51 40 28).",
  "salle de sport|gymnase créneau|réserver le gymnase", "sport", ""),
 ("Comment faire une demande de logement social ?",
  "La demande se fait en ligne sur demande-logement-social.gouv.fr ou au CCAS de Bois-Tamarin (rez-de-chaussée de la mairie), qui vous aide à remplir le dossier. Un numéro unique vous est donné.",
  "logement social|HLM|demande de logement", "social", ""),
 ("Le CCAS peut-il m'aider ?",
  "Le CCAS reçoit sans rendez-vous le lundi et le jeudi de 8 h à 12 h, à la mairie : aides d'urgence, colis alimentaires, dossier APA, aide après un cyclone. Téléphone : 02 62 51 40 20.",
  "aide sociale|colis alimentaire|ccas|aide financière", "social", ""),
 ("Comment signaler un problème sur la route ou un éclairage en panne ?",
  "Appelez les services techniques au 02 62 51 40 40 (du lundi au vendredi) ou écrivez à st@bois-tamarin.re. Pour un arbre tombé ou une route coupée après une forte pluie, la nuit : police municipale 02 62 51 40 17.",
  "nid de poule|lampadaire en panne|arbre tombé|route abîmée", "voirie", ""),
 ("Peut-on brûler ses déchets verts ?",
  "Non : le brûlage à l'air libre des déchets verts est interdit toute l'année (arrêté 2026-018). Déposez-les à la déchèterie de Grand-Fond ou sortez-les en fagots pour la collecte du 1er et du 3e vendredi.",
  "brûler feuilles|feu de jardin|brûlage", "déchets", ""),
 ("Comment obtenir une place au marché ou une occupation du domaine public ?",
  "Pour une terrasse, un échafaudage ou une benne sur la voie publique, demandez un permis de stationnement à la mairie au moins 10 jours avant (formulaire sur le site). Pour un emplacement au marché forain : régie des marchés, 02 62 51 40 30.",
  "benne sur la route|échafaudage|terrasse|occupation voie publique", "voirie", ""),
 ("Où est la police municipale ?",
  "Le poste de police municipale est derrière la mairie, 4 rue de l'Hôtel-de-Ville, ouvert du lundi au samedi de 7 h à 19 h. Téléphone : 02 62 51 40 17. En urgence : 17.",
  "police municipale|gendarmerie|policier", "sécurité", ""),
]

# ARR_ID, date, type, matiere code, matiere nom, objet, debut, fin, lieu
POL = ("6.1", "libertés publiques et pouvoirs de police/police municipale")
CIRC = ("6.1", "libertés publiques et pouvoirs de police/police municipale - circulation")
ARRETES = [
 ("2025-080", "20/11/2025", "temporaire", POL, "Fermeture de la médiathèque Rose-Lauret pour inventaire annuel", "01/12/2025", "06/12/2025", "médiathèque Rose-Lauret"),
 ("2025-088", "12/12/2025", "temporaire", POL, "Mesures de sauvegarde pendant la saison cyclonique 2025-2026 : élagage obligatoire des arbres menaçant la voie publique, enlèvement des objets pouvant être projetés ; en alerte orange, fermeture des radiers et des chemins de ravine ; en alerte rouge, fermeture de tous les équipements communaux", "12/12/2025", "30/04/2026", "ensemble du territoire communal"),
 ("2026-001", "05/01/2026", "permanent", POL, "Règlement du marché forain hebdomadaire du samedi de 5 h 30 à 12 h 30 ; stationnement interdit sur la place de l'Église le samedi de 4 h à 13 h", "", "", "place de l'Église;rue du Marché"),
 ("2026-003", "08/01/2026", "temporaire", POL, "Interdiction de la baignade dans les bassins de la commune pendant la saison des pluies (crues subites)", "08/01/2026", "30/04/2026", "bassin des Hirondelles;bassin Cascade Blanche;bassin Zandolis"),
 ("2026-006", "02/02/2026", "temporaire", CIRC, "Alerte orange cyclonique (cyclone Hélianne) : fermeture à toute circulation du radier de Bras-Citron et du chemin de la Ravine Citron", "02/02/2026", "04/02/2026", "radier de Bras-Citron;chemin de la Ravine Citron"),
 ("2026-007", "03/02/2026", "temporaire", POL, "Alerte rouge cyclonique (cyclone Hélianne) : fermeture des écoles, de la médiathèque Rose-Lauret, du gymnase Jean-Rivière (sauf hébergement d'urgence) et du cimetière", "03/02/2026", "04/02/2026", "écoles;médiathèque Rose-Lauret;gymnase Jean-Rivière;cimetière paysager"),
 ("2026-009", "05/02/2026", "temporaire", CIRC, "Abrogation de l'arrêté 2026-006 : réouverture du chemin de la Ravine Citron à compter du 5 février 2026 ; le radier de Bras-Citron reste fermé à toute circulation jusqu'au 20 février 2026 pour déblaiement", "05/02/2026", "20/02/2026", "radier de Bras-Citron"),
 ("2026-011", "16/02/2026", "temporaire", POL, "Coupure d'eau potable pour remplacement d'une canalisation : pas d'eau au robinet de 8 h à 16 h à Piton Goyaves", "24/02/2026", "24/02/2026", "chemin de Piton Goyaves;impasse des Bringelliers"),
 ("2026-012", "20/02/2026", "temporaire", CIRC, "Travaux de confortement de la RD 46 (route du Piton Goyaves) : route barrée entre le carrefour de Grand-Fond et l'église de Piton Goyaves du lundi au vendredi de 8 h 30 à 16 h 30 ; déviation par le chemin Grand-Fond et la rue des Goyaviers", "02/03/2026", "30/04/2026", "RD 46;route du Piton Goyaves"),
 ("2026-015", "02/03/2026", "permanent", POL, "Réglementation des bruits de voisinage : travaux bruyants autorisés les jours ouvrables de 8 h à 12 h et de 14 h à 19 h, le samedi de 9 h à 12 h et de 15 h à 19 h, le dimanche et les jours fériés de 10 h à 12 h", "", "", "ensemble du territoire communal"),
 ("2026-016", "05/03/2026", "permanent", POL, "Divagation des animaux : chiens tenus en laisse sur la voie publique, conduite en fourrière des animaux errants", "", "", "ensemble du territoire communal"),
 ("2026-018", "12/03/2026", "permanent", POL, "Interdiction du brûlage à l'air libre des déchets verts et ménagers", "", "", "ensemble du territoire communal"),
 ("2026-019", "16/03/2026", "individuel", CIRC, "Stationnement interdit pour déménagement devant le 12 rue des Goyaviers", "21/03/2026", "21/03/2026", "rue des Goyaviers"),
 ("2026-021", "23/03/2026", "permanent", CIRC, "Vitesse limitée à 30 km/h aux abords des écoles", "", "", "rue des Écoles"),
 ("2026-023", "30/03/2026", "temporaire", POL, "Fermeture du sentier de randonnée du Piton Goyaves pour sécurisation après éboulements", "01/04/2026", "15/05/2026", "sentier du Piton Goyaves"),
 ("2026-027", "10/04/2026", "temporaire", POL, "Levée de l'interdiction de baignade de l'arrêté 2026-003 : la baignade est de nouveau autorisée au bassin des Hirondelles et au bassin Zandolis", "11/04/2026", "", "bassin des Hirondelles;bassin Zandolis"),
 ("2026-028", "10/04/2026", "permanent", POL, "Interdiction permanente de la baignade au bassin Cascade Blanche (chutes de pierres)", "11/04/2026", "", "bassin Cascade Blanche"),
 ("2026-030", "20/04/2026", "temporaire", POL, "Fermeture du cimetière paysager pour reprise des concessions abandonnées", "04/05/2026", "08/05/2026", "cimetière paysager;rue du Cimetière"),
 ("2026-034", "18/05/2026", "temporaire", CIRC, "Fête du Chouchou : circulation et stationnement interdits du vendredi 29 mai 14 h au dimanche 31 mai 23 h ; déviation par la rue des Goyaviers", "29/05/2026", "31/05/2026", "rue du Marché;place de l'Église"),
 ("2026-040", "10/06/2026", "temporaire", CIRC, "Réfection de la chaussée : circulation alternée par feux tricolores", "15/06/2026", "03/07/2026", "chemin Grand-Fond"),
 ("2026-045", "01/07/2026", "permanent", POL, "Interdiction de la consommation d'alcool sur la voie publique de 22 h à 6 h", "", "", "place de l'Église;abords de la case communale de Piton Goyaves"),
 ("2026-050", "20/08/2026", "temporaire", POL, "Risque de feux de forêt : interdiction de faire du feu et des barbecues sur l'aire de pique-nique et dans les espaces boisés", "01/09/2026", "30/11/2026", "aire de pique-nique du Piton Goyaves;espaces boisés communaux"),
 ("2026-052", "10/08/2026", "permanent", CIRC, "Rue aux écoles : circulation et stationnement interdits les jours d'école de 7 h à 8 h 30 et de 15 h à 16 h 30", "", "", "rue des Écoles"),
 ("2026-061", "15/10/2026", "temporaire", POL, "Toussaint : cimetière ouvert de 6 h à 19 h, circulation interdite rue du Cimetière sauf riverains", "30/10/2026", "02/11/2026", "cimetière paysager;rue du Cimetière"),
 ("2026-058", "25/11/2026", "temporaire", POL, "Mesures de sauvegarde pendant la saison cyclonique 2026-2027 : élagage obligatoire, enlèvement des objets pouvant être projetés ; en alerte orange, fermeture des radiers et des chemins de ravine ; en alerte rouge, fermeture des équipements communaux", "01/12/2026", "30/04/2027", "ensemble du territoire communal"),
 ("2026-064", "03/12/2026", "temporaire", CIRC, "Vigilance fortes pluies (alerte orange) : fermeture à toute circulation du radier de Bras-Citron et du radier de la Ravine Sèche", "03/12/2026", "05/12/2026", "radier de Bras-Citron;radier de la Ravine Sèche"),
]

# id, date, objet, budget_annee, effectif, reel, pour, contre, abst, matiere code, matiere nom
FIN = ("7.1", "Finances locales/Décisions budgétaires")
FIS = ("7.2", "Finances locales/Fiscalité")
SUB = ("7.5", "Finances locales/Subventions")
EMP = ("7.3", "Finances locales/Emprunts")
DOM = ("3.5", "Domaine et patrimoine/Autres actes de gestion du domaine public")
INS = ("5.1", "Institutions et vie politique/Election exécutif")
DIV = ("7.10", "Finances locales/Divers")
FP = ("4.1", "Fonction publique/Personnel titulaires et stagiaires de la FPT")
DELIBS = [
 ("DEL2025-078", "2025-12-15", "Tarifs de la restauration scolaire au 1er janvier 2026 : 2,20 € le repas élève, 4,80 € le repas adulte, 1,10 € pour les familles au quotient CAF inférieur à 600 €", "2026", 29, 27, 25, 2, 0, DIV),
 ("DEL2025-079", "2025-12-15", "Tarifs de location de la case communale de Piton Goyaves pour 2026 : 150 € la journée pour les habitants, 300 € pour les extérieurs, caution 500 €", "2026", 29, 27, 27, 0, 0, DIV),
 ("DEL2025-080", "2025-12-15", "Tarifs des concessions du cimetière paysager : 15 ans 180 €, 30 ans 350 €, 50 ans 620 €, case de columbarium 400 € pour 15 ans", "2026", 29, 27, 26, 0, 1, DIV),
 ("DEL2026-004", "2026-02-10", "Débat d'orientation budgétaire 2026", "2026", 29, 26, 26, 0, 0, FIN),
 ("DEL2026-005", "2026-02-10", "Subventions aux associations 2026 : Comité des fêtes de Bois-Tamarin 18 000 €, Jeunesse sportive de Bois-Tamarin (football) 12 000 €, Les Marcheurs du Piton 2 500 €, Ti-Pouss Lecture 1 800 €, Club du 3e âge Lé Gayar 3 200 €", "2026", 29, 26, 24, 0, 2, SUB),
 ("DEL2026-007", "2026-02-10", "Subvention exceptionnelle de 5 000 € à l'antenne locale de la Croix-Rouge pour les familles sinistrées du cyclone Hélianne", "2026", 29, 26, 26, 0, 0, SUB),
 ("DEL2026-010", "2026-03-21", "Élection du maire : Mme Marie-Josée Payet est élue maire au premier tour avec 24 voix", "", 29, 29, 24, 5, 0, INS),
 ("DEL2026-011", "2026-03-21", "Fixation du nombre d'adjoints au maire à huit", "", 29, 29, 29, 0, 0, INS),
 ("DEL2026-012", "2026-03-28", "Indemnités de fonction du maire et des adjoints : maire 90 % de l'indice brut terminal, adjoints 33 %", "2026", 29, 28, 23, 5, 0, INS),
 ("DEL2026-014", "2026-04-07", "Vote des taux d'imposition 2026, inchangés : taxe foncière sur les propriétés bâties 38,50 %, taxe foncière sur les propriétés non bâties 62,30 %, taxe d'habitation sur les résidences secondaires 26,80 %", "2026", 29, 28, 23, 5, 0, FIS),
 ("DEL2026-015", "2026-04-07", "Adoption du budget primitif 2026 du budget principal", "2026", 29, 28, 22, 5, 1, FIN),
 ("DEL2026-016", "2026-04-07", "Emprunt de 900 000 € auprès de l'Agence française de développement sur 20 ans au taux fixe de 3,15 % pour la rénovation de l'école élémentaire Les Goyaviers", "2026", 29, 28, 23, 5, 0, EMP),
 ("DEL2026-018", "2026-04-07", "Demande de subvention à l'État et à la Région pour la reconstruction des radiers de Bras-Citron et de la Ravine Sèche (coût 450 000 € HT, aide demandée 60 %)", "2026", 29, 28, 28, 0, 0, SUB),
 ("DEL2026-020", "2026-04-07", "Tarifs du marché forain : droit de place 1,50 € le mètre linéaire, abonnement trimestriel 45 €", "2026", 29, 28, 28, 0, 0, DOM),
 ("DEL2026-021", "2026-04-07", "Tarifs de la médiathèque Rose-Lauret : inscription gratuite pour les habitants, 10 € par an pour les adultes extérieurs ; location du gymnase Jean-Rivière aux associations extérieures 25 € de l'heure", "2026", 29, 28, 28, 0, 0, DIV),
 ("DEL2026-030", "2026-06-23", "Approbation du compte administratif 2025 du budget principal", "2025", 29, 26, 21, 4, 1, FIN),
 ("DEL2026-031", "2026-06-23", "Affectation du résultat de fonctionnement 2025 : 500 000 € en réserve d'investissement (compte 1068)", "2025", 29, 26, 22, 4, 0, FIN),
 ("DEL2026-033", "2026-06-23", "Création d'un poste de policier municipal à temps complet", "2026", 29, 26, 26, 0, 0, FP),
 ("DEL2026-046", "2026-06-23", "Tarifs de la restauration scolaire au 1er septembre 2026 : 2,30 € le repas élève, 5,00 € le repas adulte, 1,10 € pour les familles au quotient CAF inférieur à 600 €", "2026", 29, 26, 20, 6, 0, DIV),
 ("DEL2026-052", "2026-09-29", "Dénomination de la voie nouvelle de Grand-Fond : impasse des Vavangues", "", 29, 27, 27, 0, 0, DOM),
 ("DEL2026-058", "2026-11-24", "Tarifs de location de la case communale de Piton Goyaves pour 2027 : 160 € la journée pour les habitants, 320 € pour les extérieurs, caution 500 €", "2027", 29, 27, 22, 3, 2, DIV),
]

ACTEURS = [
 # nom, categorie, adresse, telephone, email, site, horaires, description
 ("Mairie de Bois-Tamarin", "mairie", "2 rue de l'Hôtel-de-Ville, 97468 Bois-Tamarin", "02 62 51 40 00", "accueil@bois-tamarin.re", "https://www.bois-tamarin.re", "Mo-Th 07:30-12:00,13:00-16:30; Fr 07:30-12:00,13:00-15:30; Sa 08:00-11:30; PH off", "Accueil, état civil, urbanisme"),
 ("Mairie annexe de Piton Goyaves", "mairie annexe", "1 chemin de Piton Goyaves, 97468 Bois-Tamarin", "02 62 51 41 00", "", "", "Tu,Th 08:00-12:00", "État civil et CCAS dans les Hauts"),
 ("Police municipale", "police municipale", "4 rue de l'Hôtel-de-Ville, 97468 Bois-Tamarin", "02 62 51 40 17", "police@bois-tamarin.re", "", "Mo-Sa 07:00-19:00", ""),
 ("Gendarmerie (brigade du Tampon)", "gendarmerie", "Le Tampon", "02 62 27 00 17", "", "", "24/7", "La commune n'a pas de brigade ; en urgence faire le 17"),
 ("CCAS de Bois-Tamarin", "action sociale", "2 rue de l'Hôtel-de-Ville, 97468 Bois-Tamarin", "02 62 51 40 20", "ccas@bois-tamarin.re", "", "Mo,Th 08:00-12:00", "Aides sociales, colis, APA"),
 ("Services techniques municipaux", "services techniques", "ZA de Grand-Fond, 97468 Bois-Tamarin", "02 62 51 40 40", "st@bois-tamarin.re", "", "Mo-Fr 07:00-12:00,13:00-15:30", ""),
 ("Médiathèque Rose-Lauret", "médiathèque", "6 place de l'Église, 97468 Bois-Tamarin", "02 62 51 40 50", "mediatheque@bois-tamarin.re", "", "Tu,Th 09:00-17:00; We 09:00-18:00; Fr 13:00-17:00; Sa 09:00-12:00", "Livres, CD, espace numérique"),
 ("Gymnase Jean-Rivière", "gymnase", "14 rue des Écoles, 97468 Bois-Tamarin", "02 62 51 40 28", "", "", "Mo-Fr 08:00-22:00; Sa 08:00-18:00", "Salle omnisports, centre d'hébergement d'urgence cyclone"),
 ("Stade Paul-Fontaine", "stade", "chemin du Stade, 97468 Bois-Tamarin", "", "", "", "Mo-Su 06:00-21:00", "Terrain de football"),
 ("Case communale de Piton Goyaves", "salle des fêtes", "3 chemin de Piton Goyaves, 97468 Bois-Tamarin", "02 62 51 40 25", "", "", "", "Salle de 120 places à louer"),
 ("Cimetière paysager de Bois-Tamarin", "cimetière", "rue du Cimetière, 97468 Bois-Tamarin", "", "", "", "Mo-Su 07:00-18:00", ""),
 ("École maternelle Ti-Pouss", "école", "10 rue des Écoles, 97468 Bois-Tamarin", "02 62 51 42 10", "", "", "Mo,Tu,Th,Fr 07:30-11:30,13:00-15:00; We 07:30-11:30", ""),
 ("École élémentaire Les Goyaviers", "école", "12 rue des Écoles, 97468 Bois-Tamarin", "02 62 51 42 20", "", "", "Mo,Tu,Th,Fr 07:30-11:30,13:00-15:00; We 07:30-11:30", ""),
 ("École primaire de Piton Goyaves", "école", "5 chemin de Piton Goyaves, 97468 Bois-Tamarin", "02 62 51 42 30", "", "", "Mo,Tu,Th,Fr 07:30-11:30,13:00-15:00; We 07:30-11:30", ""),
 ("Déchèterie de Grand-Fond", "déchèterie", "chemin Grand-Fond, 97468 Bois-Tamarin", "0800 974 000", "", "", "Tu-Sa 07:00-17:00; Su 07:00-12:00", "Gérée par la CASUD"),
 ("Cabinet médical des Tamarins - Dr Hoarau", "médecin généraliste", "8 rue du Marché, 97468 Bois-Tamarin", "02 62 51 60 10", "", "", "Mo-Fr 08:00-12:00,14:00-18:00; Sa 08:00-12:00", "Dr Jean-Luc Hoarau"),
 ("Dr Nathalie Grondin", "médecin généraliste", "22 route du Piton Goyaves, 97468 Bois-Tamarin", "02 62 51 60 22", "", "", "Mo,Tu,Th,Fr 08:30-12:00,14:30-18:30", ""),
 ("Pharmacie des Hauts", "pharmacie", "1 place de l'Église, 97468 Bois-Tamarin", "02 62 51 61 00", "", "", "Mo-Fr 08:00-12:30,14:00-19:00; Sa 08:00-12:30; Su 08:30-12:00", "Ouverte le dimanche matin"),
 ("Pharmacie de Piton Goyaves", "pharmacie", "18 chemin de Piton Goyaves, 97468 Bois-Tamarin", "02 62 51 61 50", "", "", "Mo-Fr 08:00-12:00,14:30-18:30; Sa 08:00-12:00", ""),
 ("Cabinet infirmier Bois-Tamarin", "infirmier", "8 rue du Marché, 97468 Bois-Tamarin", "06 92 51 70 70", "", "", "Mo-Su 06:00-20:00", "Soins à domicile"),
 ("Kinésithérapeute Sandrine Técher", "kinésithérapeute", "3 rue des Goyaviers, 97468 Bois-Tamarin", "02 62 51 62 30", "", "", "Mo-Fr 07:30-19:00", ""),
 ("Cabinet dentaire des Hauts", "dentiste", "5 rue du Marché, 97468 Bois-Tamarin", "02 62 51 62 80", "", "", "Mo-Fr 08:00-12:00,14:00-18:00", ""),
 ("Boulangerie Le Fournil Créole", "boulangerie", "4 place de l'Église, 97468 Bois-Tamarin", "02 62 51 63 00", "", "", "Tu-Sa 05:30-12:30,15:00-19:00; Su 05:30-12:00", "Pain, bouchons, samoussas"),
 ("Boutique chinois Ah-Soune", "épicerie", "30 route du Piton Goyaves, 97468 Bois-Tamarin", "02 62 51 63 40", "", "", "Mo-Sa 06:30-20:00; Su 07:00-12:30", "Épicerie de quartier, gaz"),
 ("Supérette Leader Price des Hauts", "supérette", "ZA de Grand-Fond, 97468 Bois-Tamarin", "02 62 51 63 90", "", "", "Mo-Sa 08:00-19:30; Su 08:00-12:30", ""),
 ("Station-service Grand-Fond", "station-service", "RD 46, carrefour de Grand-Fond, 97468 Bois-Tamarin", "02 62 51 64 10", "", "", "Mo-Sa 06:00-20:00; Su 07:00-13:00", ""),
 ("Garage Payet Frères", "garage automobile", "ZA de Grand-Fond, 97468 Bois-Tamarin", "02 62 51 64 50", "", "", "Mo-Fr 07:30-12:00,13:30-17:30", "Mécanique, pneus"),
 ("La Poste de Bois-Tamarin", "bureau de poste", "7 rue de l'Hôtel-de-Ville, 97468 Bois-Tamarin", "3631", "", "https://www.laposte.fr", "Mo-Fr 08:00-12:00,13:30-16:00; Sa 08:00-11:00", ""),
 ("Restaurant Chez Tonton Lulu", "restaurant", "9 place de l'Église, 97468 Bois-Tamarin", "02 62 51 65 00", "", "", "Tu-Su 11:30-14:30", "Cari feu de bois"),
 ("Snack Le Goyavier", "snack", "2 rue du Marché, 97468 Bois-Tamarin", "06 92 51 65 30", "", "", "Mo-Sa 10:00-15:00,18:00-22:00", ""),
 ("Gîte du Piton Goyaves", "gîte", "40 chemin de Piton Goyaves, 97468 Bois-Tamarin", "06 92 51 66 00", "gite.pitongoyaves@example.re", "", "", "Gîte de randonnée, 14 places, table d'hôtes"),
 ("Office de tourisme intercommunal - point info", "office de tourisme", "place de l'Église, 97468 Bois-Tamarin", "02 62 51 66 50", "", "", "Tu-Sa 09:00-12:30,13:30-16:30", ""),
 ("Comité des fêtes de Bois-Tamarin", "association", "2 rue de l'Hôtel-de-Ville, 97468 Bois-Tamarin", "06 92 51 67 00", "comitedesfetes.bt@example.re", "", "", "Organise la Fête du Chouchou"),
 ("Jeunesse sportive de Bois-Tamarin", "association sportive", "chemin du Stade, 97468 Bois-Tamarin", "06 92 51 67 40", "", "", "", "Club de football, entraînements mardi et jeudi 17 h 30"),
 ("Les Marcheurs du Piton", "association sportive", "Piton Goyaves, 97468 Bois-Tamarin", "06 92 51 67 80", "", "", "", "Randonnées le dimanche matin"),
 ("Club du 3e âge Lé Gayar", "association", "Case communale de Piton Goyaves, 97468 Bois-Tamarin", "06 92 51 68 20", "", "", "", "Rencontres le mercredi après-midi"),
 ("Ti-Pouss Lecture", "association", "6 place de l'Église, 97468 Bois-Tamarin", "", "tipouss.lecture@example.re", "", "", "Lecture pour les petits à la médiathèque"),
 ("Croix-Rouge - antenne de Bois-Tamarin", "association caritative", "11 rue des Goyaviers, 97468 Bois-Tamarin", "02 62 51 68 60", "", "", "We 08:30-12:00", "Vestiaire, aide alimentaire"),
 ("Église Notre-Dame-des-Hauts", "lieu de culte", "place de l'Église, 97468 Bois-Tamarin", "", "", "", "", "Messe le dimanche à 8 h"),
 ("Taxi Bois-Tamarin - M. Fontaine", "taxi", "Bois-Tamarin", "06 92 51 69 00", "", "", "Mo-Su 05:00-21:00", "Conventionné CPAM"),
 ("Vétérinaire des Hauts - Dr Lebon", "vétérinaire", "ZA de Grand-Fond, 97468 Bois-Tamarin", "02 62 51 69 40", "", "", "Mo-Fr 08:00-12:00,14:00-18:30; Sa 08:00-12:00", ""),
]

VOCAB = """# Mots propres à Bois-Tamarin
# la fête communale et son surnom créole
Fèt Sousou, Fête du Chouchou, fête du village
Fet Sousou => Fête du Chouchou
# l'écart de Piton Goyaves, que tout le monde appelle « Ti-Piton »
Ti-Piton => Piton Goyaves
Ti Piton => Piton Goyaves
# la case communale
la kaz, la case, case communale de Piton Goyaves
# le radier
radier Bras Citron => radier de Bras-Citron
# le gymnase sert d'abri cyclone
abri cyclone => gymnase Jean-Rivière
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "commune.yml"), "w", encoding="utf-8") as f:
        f.write(COMMUNE_YML)
    # fiches: UTF-8 with BOM, ';'
    write_csv("fiches-pratiques.csv", ["question", "reponse", "variantes", "theme", "lien"], FICHES, bom=True)
    # arrêtés: Windows-1252, ';', DD/MM/YYYY
    hdr = ["COLL_NOM", "COLL_SIRET", "ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_MATIERE_CODE", "ARR_MATIERE_NOM",
           "ARR_OBJET", "ARR_DEBUT", "ARR_FIN", "ARR_LIEU", "PREF_ID", "PREF_DATE", "ARR_URL"]
    rows = []
    for (aid, date, typ, mat, objet, deb, fin, lieu) in ARRETES:
        d, m, y = date.split("/")
        rows.append([NOM, SIRET, aid, date, typ, mat[0], mat[1], objet, deb, fin, lieu,
                     f"974-{SIRET[:9]}-{y}{m}{d}-{aid.replace('-', '_')}-AR", date,
                     f"https://www.bois-tamarin.re/arretes/{aid}.pdf"])
    write_csv("arretes-municipaux.csv", hdr, rows, encoding="cp1252")
    # délibérations: UTF-8 with BOM, ';'
    hdr = ["COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM", "DELIB_OBJET",
           "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID", "PREF_DATE", "VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE",
           "VOTE_ABSTENTION", "DELIB_URL"]
    rows = []
    for (did, date, objet, ban, eff, reel, pour, contre, abst, mat) in DELIBS:
        rows.append([NOM, SIRET, did, date, mat[0], mat[1], objet, ban, "Budget principal" if ban else "",
                     f"974-{SIRET[:9]}-{date.replace('-', '')}-{did}-DE", date, eff, reel, pour, contre, abst,
                     f"https://www.bois-tamarin.re/deliberations/{did}.pdf"])
    write_csv("deliberations.csv", hdr, rows, bom=True)
    # annuaire: UTF-8 without BOM, ';', LF
    write_csv("annuaire-acteurs-locaux.csv", ["nom", "categorie", "adresse", "telephone", "email", "site_web", "horaires", "description"],
              ACTEURS, crlf=False)
    with open(os.path.join(OUT, "vocabulaire.txt"), "w", encoding="utf-8") as f:
        f.write(VOCAB)


if __name__ == "__main__":
    main()
