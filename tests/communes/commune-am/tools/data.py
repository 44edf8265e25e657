"""The one data table of commune-am (Lanvoën-sur-Mer, fictional): every published file and every
expected fact of questions.yml is derived from what is written here."""

COMMUNE = "Lanvoën-sur-Mer"
SIRET = "21290296300017"
SIRET_PORT = "21290296300025"
INSEE = "29296"

PROFILE = {
    "nom": COMMUNE,
    "code_insee": INSEE,
    "siret": SIRET,
    "population": 2318,
    "site_web": "https://www.lanvoen-sur-mer.bzh",
    "maire": "Yvonne Le Gall",
    "description": (
        "Commune littorale du nord Finistère, au bord de l'Aber, avec le port de Porz Kloz, trois plages "
        "(Porz Gwenn, le Vourc'h, Pors ar Vag) et le sentier côtier GR34. Environ 2 300 habitants à "
        "l'année, près de 7 000 en été. Membre de la communauté de communes du Pays des Abers."
    ),
    "mairie": {
        "adresse": "2 place de l'Église, 29840 Lanvoën-sur-Mer",
        "telephone": "02 98 04 31 20",
        "email": "mairie@lanvoen-sur-mer.bzh",
        "horaires": "Mo-Th 08:30-12:00,13:30-17:00; Fr 08:30-12:00,13:30-16:30; Sa 09:30-12:00; PH off",
    },
}

VOCABULAIRE = """# Les mots de Lanvoën-sur-Mer (une règle par ligne)
# « la grande plage » : c'est la plage de Porz Gwenn
la grande plage => plage de Porz Gwenn
# le fest-noz du port en août
Gouel ar Mor, fest-noz du port, fête du port
# Beg ar Vilin veut dire « la pointe du moulin »
la pointe du moulin => pointe de Beg ar Vilin
# le vieux port, c'est le port de Porz Kloz
le vieux port => port de Porz Kloz
"""

# ---------------------------------------------------------------- fiches pratiques
FICHES = [
    ("Comment faire une carte d'identité ou un passeport ?",
     "La mairie de Lanvoën-sur-Mer n'est pas équipée pour les cartes d'identité et les passeports. Faites une "
     "pré-demande sur ants.gouv.fr puis prenez rendez-vous dans une mairie équipée : Lannilis, Plabennec ou "
     "Brest. Comptez plusieurs semaines d'attente au printemps.",
     "carte d'identité|passeport|CNI|refaire ses papiers", "état civil", "https://ants.gouv.fr"),
    ("Comment obtenir un mouillage au port de Porz Kloz ?",
     "Les demandes de mouillage à l'année se font par écrit à la capitainerie avant le 31 janvier, avec la "
     "copie de l'acte de francisation ou de la carte de navigation et l'attestation d'assurance. La commission "
     "portuaire attribue les places en mars ; les autres demandes vont sur la liste d'attente. Les tarifs "
     "sont fixés chaque année par le conseil municipal.",
     "place de bateau|corps-mort|liste d'attente mouillage|avoir un mouillage", "port", ""),
    ("Où mettre un bateau à l'eau ?",
     "La cale de Porz Kloz est ouverte à tous, à toute heure sauf deux heures autour de la basse mer. La cale "
     "de Pors ar Vag est réservée aux kayaks, paddles et annexes. Les remorques se garent au parking de "
     "Kerbrat, pas sur le terre-plein de la cale.",
     "cale de mise à l'eau|mettre mon bateau à l'eau|slipway|remorque bateau", "port", ""),
    ("Quand passe le camion des poubelles ?",
     "La collecte est assurée par la communauté de communes du Pays des Abers. Bacs gris : le lundi toute "
     "l'année, et aussi le jeudi en juillet et août. Bacs jaunes : le mardi des semaines paires. Le verre va "
     "dans les colonnes (parking de Kerbrat, place de l'Église, port de Porz Kloz).",
     "ramassage des ordures|poubelles|bac jaune|tri sélectif|verre", "déchets", ""),
    ("Les chiens sont-ils autorisés sur les plages ?",
     "Du 15 juin au 15 septembre, les chiens sont interdits, même tenus en laisse, sur les plages de Porz "
     "Gwenn, du Vourc'h et de Pors ar Vag. La petite plage du Kelenn reste ouverte aux chiens toute l'année, "
     "tenus en laisse. Sur le sentier côtier, les chiens doivent être tenus en laisse.",
     "chien plage|emmener mon chien à la plage|chiens interdits", "plages", ""),
    ("Quand la baignade est-elle surveillée ?",
     "La baignade est surveillée à la plage de Porz Gwenn seulement, par les nageurs-sauveteurs du poste de "
     "secours, du 4 juillet au 30 août, tous les jours de 13h30 à 19h. Les plages du Vourc'h, de Pors ar Vag "
     "et du Kelenn ne sont pas surveillées.",
     "maitre nageur|plage surveillée|poste de secours|sauveteurs", "plages", ""),
    ("Je loue un meublé de tourisme : que dois-je faire ?",
     "Déclarez votre meublé en mairie (formulaire cerfa 14004) avant la première location. Vous collectez "
     "la taxe de séjour auprès des vacanciers et la reversez à la commune chaque trimestre. Les tarifs sont "
     "votés par le conseil municipal.",
     "location saisonnière|gîte|déclarer une location|taxe de séjour loueur|airbnb", "tourisme", ""),
    ("Comment louer la salle Ty Kreiz ?",
     "La salle polyvalente Ty Kreiz (150 personnes) se réserve en mairie. Tarif week-end : 180 € pour les "
     "habitants de la commune, 350 € pour les personnes extérieures ; gratuit pour les associations de la "
     "commune. Caution de 500 €.",
     "salle des fêtes|louer une salle|réserver la salle|salle polyvalente", "vie locale", ""),
    ("Comment inscrire mon enfant à l'école ?",
     "L'école publique de Porz Gwenn accueille les enfants de la petite section au CM2. Inscription d'abord "
     "en mairie (livret de famille, justificatif de domicile, carnet de santé), puis auprès de la directrice.",
     "inscription école|rentrée scolaire|école maternelle", "école", ""),
    ("Combien coûtent la cantine et la garderie ?",
     "Le repas à la cantine coûte 3,10 € pour un enfant et 5,80 € pour un adulte. La garderie est facturée "
     "0,90 € la demi-heure, le matin dès 7h30 et le soir jusqu'à 18h30. Inscriptions sur le portail famille.",
     "prix de la cantine|tarif garderie|restauration scolaire|périscolaire", "école", ""),
    ("Où stationner un camping-car ?",
     "L'aire de camping-cars de Kerbrat a 24 places, avec borne d'eau et d'électricité : 12 € la nuit de juin "
     "à septembre, 8 € le reste de l'année, paiement par carte à la borne. Le camping sauvage est interdit "
     "sur toute la commune.",
     "aire camping car|van|dormir en camping-car|aire de Kerbrat", "tourisme", ""),
    ("Peut-on faire un feu ou un barbecue sur la plage ?",
     "Non : les feux, barbecues et braseros sont interdits toute l'année sur les plages, les dunes et le "
     "sentier côtier.",
     "barbecue plage|feu de camp|brasero", "plages", ""),
    ("Où se renseigner sur la pêche à pied ?",
     "La pêche à pied de loisir est réglementée par la préfecture (tailles minimales, quantités, zones "
     "fermées). Les panneaux sont affichés à l'entrée des plages et au bureau d'information touristique. "
     "Les coquillages du gisement de l'Aber peuvent être interdits après de fortes pluies.",
     "pêche à pied|coques|palourdes|ramasser des coquillages", "plages", ""),
    ("Y a-t-il une navette l'été ?",
     "Oui : la navette estivale gratuite relie le bourg, la plage de Porz Gwenn et le port de Porz Kloz "
     "en juillet et août, toutes les 30 minutes de 10h à 19h.",
     "navette|bus plage|transport été", "transports", ""),
    ("Où se garer l'été ?",
     "Du 1er juillet au 31 août, la rue du Port et la place de l'Église sont en zone bleue : 2 heures "
     "maximum de 9h à 19h, disque obligatoire. Les parkings de Kerbrat et de Porz Gwenn sont gratuits.",
     "parking été|zone bleue|disque de stationnement|stationnement gratuit", "stationnement", ""),
    ("Comment déposer un permis de construire ou une déclaration préalable ?",
     "Déposez votre dossier en mairie ou sur le guichet numérique des autorisations d'urbanisme. Le "
     "règlement applicable est le PLUi du Pays des Abers. Délai d'instruction : 1 mois pour une "
     "déclaration préalable, 2 mois pour un permis de construire de maison individuelle.",
     "permis de construire|déclaration préalable|abri de jardin|clôture|PLU", "urbanisme", ""),
    ("Comment se faire recenser à 16 ans ?",
     "Le recensement citoyen se fait en mairie ou en ligne dans les trois mois qui suivent le 16e "
     "anniversaire, avec la carte d'identité et le livret de famille. L'attestation est demandée pour le "
     "permis de conduire et le bac.",
     "recensement militaire|JDC|recensement citoyen", "état civil", ""),
    ("Combien coûte une concession au cimetière ?",
     "Concession de 15 ans : 150 € ; de 30 ans : 280 € ; case de columbarium pour 15 ans : 450 €. "
     "S'adresser à la mairie.",
     "concession cimetière|tombe|columbarium|caveau", "cimetière", ""),
    ("Comment s'inscrire sur les listes électorales ?",
     "En ligne sur service-public.fr ou en mairie, avec une pièce d'identité et un justificatif de "
     "domicile de moins de trois mois, jusqu'au sixième vendredi avant le scrutin.",
     "liste électorale|voter|inscription élections", "élections", ""),
]

# ---------------------------------------------------------------- arrêtés (CSV)
M_POLICE = ("6.1", "Libertés publiques et pouvoirs de police/Police municipale")
M_CIRC = ("6.1", "Libertés publiques et pouvoirs de police/Police municipale")
M_DOMAINE = ("3.5", "Domaine et patrimoine/Autres actes de gestion du domaine public")

ARRETES = [
    # id, date, type, objet, debut, fin, lieux, matiere
    ("2026-012", "2026-02-02", "temporaire",
     "Fermeture au public de la digue du port, du quai Saint-Yves et de l'accès à la pointe de Beg ar Vilin "
     "en raison de la vigilance orange vents violents et vagues-submersion (tempête), du 3 février 2026 au "
     "5 février 2026",
     "2026-02-03", "2026-02-05", "digue du port;quai Saint-Yves;pointe de Beg ar Vilin", M_POLICE),
    ("2024-052", "2024-05-14", "permanent",
     "Règlement général de police des plages : feux, barbecues et braseros interdits toute l'année sur les "
     "plages et les dunes ; camping et chevaux interdits sur les plages ; circulation des véhicules à moteur "
     "interdite sur l'estran sauf secours et nettoyage",
     "", "", "plage de Porz Gwenn;plage du Vourc'h;plage de Pors ar Vag;plage du Kelenn", M_POLICE),
    ("2026-041", "2026-05-20", "temporaire",
     "Interdiction des chiens, même tenus en laisse, sur les plages de Porz Gwenn, du Vourc'h et de Pors ar "
     "Vag du 15 juin au 15 septembre 2026 ; la plage du Kelenn reste accessible aux chiens tenus en laisse",
     "2026-06-15", "2026-09-15", "plage de Porz Gwenn;plage du Vourc'h;plage de Pors ar Vag", M_POLICE),
    ("2026-042", "2026-05-20", "temporaire",
     "Délimitation de la zone de baignade surveillée de la plage de Porz Gwenn (300 m balisés par bouées "
     "jaunes) et surveillance par le poste de secours du 4 juillet au 30 août 2026, tous les jours de 13h30 "
     "à 19h ; baignade aux risques et périls des usagers en dehors de ces horaires",
     "2026-07-04", "2026-08-30", "plage de Porz Gwenn", M_POLICE),
    ("2026-043", "2026-05-20", "temporaire",
     "Réglementation des engins nautiques à moteur (jet-skis, scooters des mers) : interdits dans la bande "
     "des 300 mètres devant les plages de Porz Gwenn et du Vourc'h, sauf dans le chenal traversier balisé de "
     "Porz Gwenn à la vitesse maximale de 5 nœuds, du 1er juin au 30 septembre 2026",
     "2026-06-01", "2026-09-30", "plage de Porz Gwenn;plage du Vourc'h;chenal de Porz Gwenn", M_POLICE),
    ("2025-089", "2025-11-04", "permanent",
     "Règlement de police du port de Porz Kloz : vitesse limitée à 3 nœuds dans le port, mouillage "
     "uniquement sur les corps-morts attribués par la capitainerie, carénage interdit sur la cale, "
     "stationnement sur la cale limité au temps de la mise à l'eau",
     "", "", "port de Porz Kloz;cale de Porz Kloz", M_DOMAINE),
    ("2026-018", "2026-04-21", "temporaire",
     "Stationnement des remorques et des véhicules interdit sur le terre-plein de la cale de Porz Kloz du "
     "1er juin au 30 septembre 2026 ; les remorques stationnent au parking de Kerbrat",
     "2026-06-01", "2026-09-30", "terre-plein de la cale de Porz Kloz", M_CIRC),
    ("2026-047", "2026-06-09", "temporaire",
     "Stationnement limité à 2 heures (zone bleue, disque obligatoire) rue du Port et place de l'Église du "
     "1er juillet au 31 août 2026, de 9h à 19h",
     "2026-07-01", "2026-08-31", "rue du Port;place de l'Église", M_CIRC),
    ("2026-048", "2026-06-09", "temporaire",
     "Stationnement des camping-cars interdit de 22h à 7h sur le parking de Porz Gwenn du 15 juin au 15 "
     "septembre 2026",
     "2026-06-15", "2026-09-15", "parking de Porz Gwenn", M_CIRC),
    ("2025-104", "2025-09-30", "permanent",
     "Interdiction du camping sauvage et du stationnement de nuit des camping-cars et fourgons aménagés sur "
     "tout le territoire de la commune, en dehors de l'aire de camping-cars de Kerbrat et des campings",
     "", "", "aire de camping-cars de Kerbrat", M_POLICE),
    ("2026-050", "2026-06-30", "temporaire",
     "Feu d'artifice du 14 juillet : accès à la plage de Porz Gwenn interdit au public de 21h à minuit et "
     "stationnement interdit sur le parking de Porz Gwenn le mardi 14 juillet 2026 de 18h à 1h",
     "2026-07-14", "2026-07-15", "plage de Porz Gwenn;parking de Porz Gwenn", M_POLICE),
    ("2026-052", "2026-06-16", "temporaire",
     "Marché estival du mardi : stationnement interdit place de l'Église tous les mardis de 6h à 14h du 7 "
     "juillet au 25 août 2026",
     "2026-07-07", "2026-08-25", "place de l'Église", M_CIRC),
    ("2026-055", "2026-07-02", "temporaire",
     "Pardon de Sainte-Anne : circulation et stationnement interdits rue de la Chapelle, route de "
     "Sainte-Anne et place de la Chapelle le dimanche 26 juillet 2026 de 9h à 13h pendant la procession",
     "2026-07-26", "2026-07-26", "rue de la Chapelle;route de Sainte-Anne;place de la Chapelle", M_CIRC),
    ("2026-058", "2026-07-16", "temporaire",
     "Fest-noz Gouel ar Mor : quai Saint-Yves fermé à la circulation et au stationnement du samedi 8 août "
     "2026 à 14h au dimanche 9 août 2026 à 3h",
     "2026-08-08", "2026-08-09", "quai Saint-Yves", M_CIRC),
    ("2026-059", "2026-07-20", "individuel",
     "Autorisation d'ouverture d'un débit de boissons temporaire (buvette de 3e groupe) accordée au Kelc'h "
     "Sonerien Lanvoën sur le quai Saint-Yves pour le fest-noz Gouel ar Mor, le 8 août 2026 de 18h à 2h",
     "2026-08-08", "2026-08-09", "quai Saint-Yves", ("6.4", "Libertés publiques et pouvoirs de police/Autres actes réglementaires")),
    ("2026-061", "2026-07-28", "temporaire",
     "Fête du port : mise à l'eau interdite à la cale de Porz Kloz le samedi 15 août 2026 de 8h à 20h "
     "(régates et défilé de vieux gréements)",
     "2026-08-15", "2026-08-15", "cale de Porz Kloz", M_DOMAINE),
    ("2026-036", "2026-07-21", "temporaire",
     "Interdiction temporaire de la baignade à la plage du Vourc'h à la suite d'analyses bactériologiques "
     "défavorables, du 21 juillet au 24 juillet 2026",
     "2026-07-21", "2026-07-24", "plage du Vourc'h", M_POLICE),
    ("2026-033", "2026-03-30", "temporaire",
     "Fermeture du sentier côtier (GR34) entre la pointe de Beg ar Vilin et l'anse de Pors ar Vag pour "
     "travaux de confortement de la falaise, du 13 avril au 29 mai 2026",
     "2026-04-13", "2026-05-29", "sentier côtier;pointe de Beg ar Vilin;anse de Pors ar Vag", M_POLICE),
    ("2026-071", "2026-09-22", "temporaire",
     "Fermeture du sentier côtier (GR34) entre la plage de Porz Gwenn et Kermorvan pour travaux "
     "d'aménagement (deuxième tranche), du 5 octobre au 13 novembre 2026, déviation balisée par la route "
     "de Kermorvan",
     "2026-10-05", "2026-11-13", "sentier côtier;Kermorvan", M_POLICE),
    ("2025-101", "2025-07-08", "permanent",
     "Vitesse limitée à 30 km/h dans l'agglomération du bourg, rue du Port et route de la Corniche comprises",
     "", "", "bourg;rue du Port;route de la Corniche", M_CIRC),
    ("2025-112", "2025-10-14", "permanent",
     "Circulation interdite aux véhicules de plus de 3,5 tonnes route de la Corniche, sauf desserte locale "
     "et services publics",
     "", "", "route de la Corniche", M_CIRC),
    ("2026-066", "2026-09-01", "temporaire",
     "Travaux de renouvellement du réseau d'eau potable rue de Kerbrat : circulation alternée par feux "
     "tricolores et stationnement interdit du 14 septembre au 2 octobre 2026, de 8h à 18h en semaine",
     "2026-09-14", "2026-10-02", "rue de Kerbrat", M_CIRC),
    ("2026-069", "2026-09-10", "temporaire",
     "Stationnement interdit au droit du 12 rue des Goémoniers pour un déménagement le samedi 19 septembre "
     "2026 de 8h à 18h",
     "2026-09-19", "2026-09-19", "rue des Goémoniers", M_CIRC),
    ("2026-074", "2026-10-27", "temporaire",
     "Cérémonie du 11 novembre : circulation et stationnement interdits place de l'Église et rue du "
     "Monument le mercredi 11 novembre 2026 de 10h30 à 12h",
     "2026-11-11", "2026-11-11", "place de l'Église;rue du Monument", M_CIRC),
    ("2026-077", "2026-11-06", "temporaire",
     "Fermeture de la cale de Pors ar Vag pour travaux de réfection du 16 novembre au 18 décembre 2026 ; "
     "mise à l'eau possible à la cale de Porz Kloz",
     "2026-11-16", "2026-12-18", "cale de Pors ar Vag", M_DOMAINE),
    ("2026-080", "2026-11-24", "temporaire",
     "Marché de Noël : stationnement interdit place de l'Église le samedi 19 décembre 2026 de 8h à 20h",
     "2026-12-19", "2026-12-19", "place de l'Église", M_CIRC),
    ("2026-024", "2026-03-17", "permanent",
     "Réglementation des ventes au déballage et des terrasses sur le domaine public du port : autorisation "
     "annuelle de la mairie obligatoire, terrasses limitées au trottoir du quai Saint-Yves",
     "", "", "quai Saint-Yves;port de Porz Kloz", M_DOMAINE),
]

# ---------------------------------------------------------------- arrêtés (PDF)
PDF_ONLY = {
    "file": "arrete-2026-063-eboulement-beg-ar-vilin.pdf",
    "numero": "2026-063",
    "date_text": "10 août 2026",
    "date_iso": "2026-08-10",
    "objet": ("Interdiction temporaire d'accès au belvédère de Beg ar Vilin et à l'escalier de la plage du "
              "Vourc'h à la suite d'un éboulement de falaise"),
    "debut": "lundi 10 août 2026",
    "fin": "samedi 31 octobre 2026",
}
PDF_PARDON = {"file": "arrete-2026-055-pardon-sainte-anne.pdf", "numero": "2026-055"}

# ---------------------------------------------------------------- délibérations
# id, date, matiere code, matiere nom, objet, budget annee, budget nom, effectif, reel, pour, contre, abst
MAT_FIN = ("7.1", "Finances locales/Décisions budgétaires")
MAT_FISC = ("7.2", "Finances locales/Fiscalité")
MAT_SUB = ("7.5", "Finances locales/Subventions")
MAT_EMP = ("7.3", "Finances locales/Emprunts")
MAT_DOM = ("3.5", "Domaine et patrimoine/Autres actes de gestion du domaine public")
MAT_AUTRE = ("9.1", "Autres domaines de compétences/Autres domaines de compétences des communes")
MAT_RH = ("4.2", "Fonction publique/Personnel contractuel")
MAT_VOIRIE = ("8.3", "Domaines de compétences par thèmes/Voirie")

DELIBS = [
    ("D2025-041", "2025-06-26", MAT_FISC,
     "Taxe de séjour : tarifs applicables au 1er janvier 2026 par personne et par nuitée : hôtels et "
     "résidences 3 étoiles 1,00 € ; hôtels 2 étoiles 0,80 € ; chambres d'hôtes 0,80 € ; campings 3 à 5 "
     "étoiles 0,60 € ; campings 1 et 2 étoiles 0,20 € ; hébergements non classés 5 % du coût de la nuitée "
     "plafonné à 2,30 € ; perception du 1er janvier au 31 décembre",
     2026, "", 23, 20, 20, 0, 0),
    ("D2025-072", "2025-12-11", MAT_DOM,
     "Tarifs 2026 des mouillages du port de Porz Kloz : bateau de moins de 6 m 420 € par an ; de 6 à 8 m "
     "610 € par an ; de plus de 8 m 840 € par an ; mouillage de passage 18 € la nuit",
     2026, "PORT DE PORZ KLOZ", 23, 21, 19, 2, 0),
    ("D2025-073", "2025-12-11", MAT_DOM,
     "Tarifs 2026 de l'aire de camping-cars de Kerbrat : 12 € la nuit de juin à septembre, 8 € la nuit "
     "d'octobre à mai, électricité et eau comprises",
     2026, "", 23, 21, 21, 0, 0),
    ("D2025-074", "2025-12-11", MAT_DOM,
     "Tarifs 2026 de location de la salle Ty Kreiz : 180 € le week-end pour les habitants, 350 € pour les "
     "extérieurs, gratuité pour les associations communales, caution de 500 €",
     2026, "", 23, 21, 21, 0, 0),
    ("D2026-008", "2026-02-12", MAT_AUTRE,
     "Convention avec la SNSM et recrutement de deux nageurs-sauveteurs pour le poste de secours de Porz "
     "Gwenn du 4 juillet au 30 août 2026 ; participation communale de 24 600 €",
     2026, "", 23, 22, 22, 0, 0),
    ("D2026-009", "2026-02-12", MAT_RH,
     "Création de six emplois saisonniers pour l'été 2026 (services techniques, plages, aire de "
     "camping-cars, capitainerie)",
     2026, "", 23, 22, 22, 0, 0),
    ("D2026-014", "2026-03-26", MAT_FIN,
     "Demande de subvention au Conseil départemental du Finistère pour l'aménagement du sentier côtier "
     "(GR34) : coût des travaux 186 000 € HT, aide sollicitée 40 % soit 74 400 €",
     2026, "", 23, 20, 20, 0, 0),
    ("D2026-021", "2026-04-09", MAT_FISC,
     "Vote des taux d'imposition 2026, inchangés : taxe foncière sur les propriétés bâties 36,45 % ; taxe "
     "foncière sur les propriétés non bâties 48,12 % ; taxe d'habitation sur les résidences secondaires "
     "14,20 %",
     2026, "", 23, 21, 17, 4, 0),
    ("D2026-022", "2026-04-09", MAT_FIN,
     "Vote du budget primitif 2026 du budget principal",
     2026, "COMMUNE DE LANVOEN-SUR-MER", 23, 21, 17, 4, 0),
    ("D2026-023", "2026-04-09", MAT_FIN,
     "Vote du budget primitif 2026 du budget annexe du port de Porz Kloz",
     2026, "PORT DE PORZ KLOZ", 23, 21, 19, 0, 2),
    ("D2026-024", "2026-04-09", MAT_SUB,
     "Subventions 2026 aux associations, total 38 450 € : centre nautique de Lanvoën 8 000 € ; comité des "
     "fêtes 6 500 € ; amicale laïque de l'école de Porz Gwenn 4 200 € ; AS Lanvoën football 3 500 € ; "
     "station SNSM de Lanvoën 3 000 € ; Kelc'h Sonerien Lanvoën 2 800 € ; club des retraités Ar Vro "
     "1 900 € ; autres associations 8 550 €",
     2026, "COMMUNE DE LANVOEN-SUR-MER", 23, 21, 21, 0, 0),
    ("D2026-030", "2026-05-21", MAT_EMP,
     "Emprunt de 400 000 € auprès du Crédit Agricole du Finistère sur 20 ans au taux fixe de 3,42 % pour "
     "la réfection de la cale de Porz Kloz (budget annexe du port)",
     2026, "PORT DE PORZ KLOZ", 23, 20, 18, 2, 0),
    ("D2026-031", "2026-05-21", MAT_DOM,
     "Droits de place du marché estival du mardi : 1,50 € le mètre linéaire, 3 € pour le branchement "
     "électrique",
     2026, "", 23, 20, 20, 0, 0),
    ("D2026-032", "2026-05-21", MAT_DOM,
     "Redevance d'occupation du domaine public pour les terrasses du quai Saint-Yves : 12 € le m² pour la "
     "saison",
     2026, "", 23, 20, 20, 0, 0),
    ("D2026-040", "2026-06-18", MAT_FIN,
     "Approbation du compte administratif 2025 du budget principal et du budget annexe du port",
     2025, "COMMUNE DE LANVOEN-SUR-MER", 23, 19, 17, 0, 2),
    ("D2026-041", "2026-06-18", MAT_FISC,
     "Taxe de séjour : tarifs applicables au 1er janvier 2027 par personne et par nuitée : hôtels et "
     "résidences 3 étoiles 1,10 € ; hôtels 2 étoiles 0,90 € ; chambres d'hôtes 0,90 € ; campings 3 à 5 "
     "étoiles 0,70 € ; campings 1 et 2 étoiles 0,25 € ; hébergements non classés 5 % du coût de la nuitée "
     "plafonné à 2,40 €",
     2027, "", 23, 19, 15, 4, 0),
    ("D2026-043", "2026-06-18", MAT_AUTRE,
     "Convention avec la communauté de communes du Pays des Abers pour la navette estivale gratuite en "
     "juillet et août 2026 : participation communale de 9 500 €",
     2026, "", 23, 19, 19, 0, 0),
    ("D2026-050", "2026-09-24", MAT_VOIRIE,
     "Dénomination de la nouvelle voie du lotissement de Kerbrat : allée des Goélands",
     2026, "", 23, 21, 21, 0, 0),
    ("D2026-051", "2026-09-24", MAT_DOM,
     "Tarifs des concessions du cimetière à compter du 1er octobre 2026 : 15 ans 150 € ; 30 ans 280 € ; "
     "case de columbarium 15 ans 450 €",
     2026, "", 23, 21, 21, 0, 0),
    ("D2026-052", "2026-09-24", MAT_AUTRE,
     "Tarifs de la cantine et de la garderie pour l'année scolaire 2026-2027 : repas enfant 3,10 € ; repas "
     "adulte 5,80 € ; garderie 0,90 € la demi-heure",
     2026, "", 23, 21, 20, 0, 1),
    ("D2026-060", "2026-11-19", MAT_DOM,
     "Tarifs 2027 des mouillages du port de Porz Kloz : bateau de moins de 6 m 430 € par an ; de 6 à 8 m "
     "625 € par an ; de plus de 8 m 860 € par an ; mouillage de passage 19 € la nuit",
     2027, "PORT DE PORZ KLOZ", 23, 22, 20, 2, 0),
    ("D2026-061", "2026-11-19", MAT_AUTRE,
     "Création d'une zone de mouillages et d'équipements légers (ZMEL) dans l'anse de Pors ar Vag : 40 "
     "corps-morts, demande d'autorisation d'occupation temporaire à l'État",
     2027, "PORT DE PORZ KLOZ", 23, 22, 22, 0, 0),
]

# ---------------------------------------------------------------- annuaire
# nom, categorie, adresse, telephone, email, site, horaires, description
ANNUAIRE = [
    ("Marée de Porz Kloz", "poissonnerie", "quai Saint-Yves, 29840 Lanvoën-sur-Mer", "02 98 04 35 12", "", "",
     "Jul-Aug Mo-Su 08:30-13:00,16:00-19:30; Sep-Jun Tu-Sa 08:30-12:30; Sep-Jun Su 09:00-12:30",
     "Poissonnerie de la famille Le Bris, poisson de la criée et pêche du port"),
    ("Crêperie Ty Krampouezh", "crêperie", "4 rue du Port, 29840 Lanvoën-sur-Mer", "02 98 04 36 48", "", "",
     "Apr-Sep Mo-Su 12:00-14:00,19:00-21:30; Oct-Mar Th-Su 12:00-14:00,19:00-21:00",
     "Crêpes et galettes de blé noir, cidre fermier"),
    ("Crêperie An Aod", "crêperie", "plage de Porz Gwenn, 29840 Lanvoën-sur-Mer", "02 98 04 39 07", "", "",
     "Jun-Sep Mo-Su 11:30-22:00; Oct-May off",
     "Crêperie de plage, ouverte seulement l'été, vente à emporter"),
    ("Crêperie Ar Billig", "crêperie", "9 place de l'Église, 29840 Lanvoën-sur-Mer", "02 98 04 30 66", "", "",
     "Tu-Sa 12:00-14:00,19:00-21:00; Su 12:00-14:00",
     "Crêperie du bourg, ouverte toute l'année"),
    ("Restaurant Le Goémonier", "restaurant", "1 quai Saint-Yves, 29840 Lanvoën-sur-Mer", "02 98 04 37 21", "",
     "https://www.legoemonier-lanvoen.fr",
     "Jul-Aug Mo-Su 12:00-14:00,19:00-22:00; Sep-Jun We-Su 12:00-14:00; Sep-Jun Fr,Sa 19:00-21:30",
     "Poissons et fruits de mer, terrasse sur le port"),
    ("Bar-tabac Le Penn Ar Bed", "bar tabac presse", "5 place de l'Église, 29840 Lanvoën-sur-Mer",
     "02 98 04 30 12", "", "", "Mo-Sa 07:00-20:00; Su 08:00-13:00", "Tabac, presse, jeux, point relais colis"),
    ("Boulangerie Kerjean", "boulangerie", "11 rue du Port, 29840 Lanvoën-sur-Mer", "02 98 04 31 84", "", "",
     "Tu-Sa 07:00-13:00,15:30-19:00; Su 07:00-12:30", "Pain, kouign-amann, gâteau breton"),
    ("Au Fournil de Porz Gwenn", "boulangerie", "route de la Corniche, 29840 Lanvoën-sur-Mer",
     "02 98 04 38 50", "", "", "Jul-Aug Mo-Su 07:30-12:30,16:30-19:00; Sep-Jun off",
     "Dépôt de pain saisonnier près de la plage"),
    ("Épicerie Proxi Lanvoën", "supérette", "3 rue du Port, 29840 Lanvoën-sur-Mer", "02 98 04 30 45", "", "",
     "Jul-Aug Mo-Su 08:00-20:00; Sep-Jun Mo-Sa 08:30-12:30,15:00-19:30; Sep-Jun Su 09:00-12:30",
     "Alimentation, gaz, dépôt de pain le lundi"),
    ("Centre nautique de Lanvoën", "école de voile", "cale de Porz Kloz, 29840 Lanvoën-sur-Mer",
     "02 98 04 33 70", "contact@cn-lanvoen.bzh", "https://www.cn-lanvoen.bzh",
     "Jul-Aug Mo-Sa 09:00-18:00; Apr-Jun,Sep-Oct We,Sa 13:30-17:30",
     "Stages d'optimist, catamaran et planche à voile, location de kayaks et paddles"),
    ("Poste de secours de Porz Gwenn", "poste de secours", "plage de Porz Gwenn, 29840 Lanvoën-sur-Mer",
     "02 98 04 39 99", "", "", "Jul 04-Aug 30 13:30-19:00",
     "Nageurs-sauveteurs, surveillance de la baignade en été"),
    ("Cabinet médical du Bourg - Dr Anne Kerouédan", "médecin généraliste",
     "6 rue de la Chapelle, 29840 Lanvoën-sur-Mer", "02 98 04 32 15", "", "",
     "Mo-Fr 08:30-12:00,14:00-19:00; Sa 09:00-12:00", "Médecin généraliste, consultations sur rendez-vous"),
    ("Dr Yann Prigent", "médecin généraliste", "6 rue de la Chapelle, 29840 Lanvoën-sur-Mer", "02 98 04 32 16",
     "", "", "Mo,Tu,Th,Fr 09:00-12:00,14:30-18:30; We 09:00-12:00",
     "Médecin généraliste, consultations sur rendez-vous et visites à domicile"),
    ("Pharmacie des Abers", "pharmacie", "8 place de l'Église, 29840 Lanvoën-sur-Mer", "02 98 04 30 90", "", "",
     "Mo-Fr 09:00-12:30,14:00-19:15; Sa 09:00-12:30,14:00-18:00; Jul-Aug Su 10:00-12:30",
     "Pharmacie ; pour la garde la nuit et le dimanche, appeler le 3237"),
    ("Cabinet infirmier Le Roux et Abgrall", "infirmier", "2 rue des Goémoniers, 29840 Lanvoën-sur-Mer",
     "02 98 04 34 28", "", "", "Mo-Su 07:30-08:30", "Soins à domicile 7 jours sur 7, permanence au cabinet"),
    ("Gwenola Morvan, masseur-kinésithérapeute", "kinésithérapeute",
     "14 rue de Kerbrat, 29840 Lanvoën-sur-Mer", "02 98 04 35 77", "", "",
     "Mo-Fr 08:00-12:30,14:00-19:30", "Kinésithérapie, sur rendez-vous"),
    ("Cabinet dentaire de l'Aber", "chirurgien-dentiste", "10 rue de la Chapelle, 29840 Lanvoën-sur-Mer",
     "02 98 04 36 02", "", "", "Mo,Tu,Th,Fr 09:00-12:00,14:00-18:30", "Dr Erwan Quéméner"),
    ("Camping de Porz Gwenn", "camping", "route de la Corniche, 29840 Lanvoën-sur-Mer", "02 98 04 38 11",
     "accueil@camping-porzgwenn.fr", "https://www.camping-porzgwenn.fr",
     "Apr 04-Sep 27 Mo-Su 08:30-12:30,14:00-19:00", "Camping 3 étoiles à 200 m de la plage, 120 emplacements"),
    ("Camping Ar Mor", "camping", "Kermorvan, 29840 Lanvoën-sur-Mer", "02 98 04 38 64", "", "",
     "May 15-Sep 15 Mo-Su 09:00-12:00,15:00-19:00", "Camping 2 étoiles, 60 emplacements, accepte les chiens"),
    ("Aire de camping-cars de Kerbrat", "aire de camping-car", "rue de Kerbrat, 29840 Lanvoën-sur-Mer", "", "",
     "", "24/7", "Aire municipale, 24 places, borne d'eau et d'électricité, paiement par carte"),
    ("Bureau d'information touristique de Lanvoën", "office de tourisme", "1 rue du Port, 29840 Lanvoën-sur-Mer",
     "02 98 04 33 33", "lanvoen@abers-tourisme.bzh", "https://www.abers-tourisme.bzh",
     "Jul-Aug Mo-Sa 09:30-12:30,14:00-18:30; Jul-Aug Su 10:00-12:30; Sep-Jun Tu,Th,Sa 10:00-12:30",
     "Office de tourisme du Pays des Abers : hébergements, marées, randonnées"),
    ("Capitainerie du port de Porz Kloz", "capitainerie", "quai Saint-Yves, 29840 Lanvoën-sur-Mer",
     "02 98 04 34 50", "port@lanvoen-sur-mer.bzh", "",
     "Jul-Aug Mo-Su 08:00-12:00,14:00-19:00; Sep-Jun Mo-Fr 09:00-12:00", "Mouillages, escales, carburant, VHF canal 9"),
    ("Station SNSM de Lanvoën", "sauvetage en mer", "quai Saint-Yves, 29840 Lanvoën-sur-Mer", "", "", "",
     "", "Bénévoles du sauvetage en mer ; en cas d'urgence en mer, appeler le 196"),
    ("Médiathèque Ti al Levrioù", "médiathèque", "3 rue de la Chapelle, 29840 Lanvoën-sur-Mer", "02 98 04 31 95",
     "", "", "We 10:00-12:00,14:00-18:00; Fr 16:00-18:30; Sa 10:00-12:30; Jul-Aug Tu 10:00-12:00",
     "Prêt de livres, CD et jeux, gratuit pour les habitants"),
    ("École publique de Porz Gwenn", "école", "rue de l'École, 29840 Lanvoën-sur-Mer", "02 98 04 32 60", "", "",
     "Mo,Tu,Th,Fr 08:45-12:00,13:30-16:30", "École maternelle et élémentaire, cantine et garderie"),
    ("Déchèterie de Kerbrat", "déchèterie", "zone de Kerbrat, 29840 Lanvoën-sur-Mer", "02 98 37 66 00", "", "",
     "Mo,We-Sa 09:00-12:00,14:00-18:00", "Déchèterie de la communauté de communes du Pays des Abers"),
    ("Salle polyvalente Ty Kreiz", "salle des fêtes", "rue de l'École, 29840 Lanvoën-sur-Mer", "02 98 04 31 20",
     "", "", "", "Salle de 150 personnes, réservation en mairie"),
    ("Garage Le Bihan", "garage automobile", "route de Kerbrat, 29840 Lanvoën-sur-Mer", "02 98 04 33 05", "", "",
     "Mo-Fr 08:00-12:00,13:30-18:30; Sa 08:30-12:00", "Mécanique, carrosserie, dépannage"),
    ("Marie Coiffure", "coiffeur", "7 rue du Port, 29840 Lanvoën-sur-Mer", "02 98 04 30 38", "", "",
     "Tu-Fr 09:00-12:00,14:00-18:30; Sa 08:30-16:00", "Coiffure mixte"),
    ("Agence postale communale", "bureau de poste", "2 place de l'Église, 29840 Lanvoën-sur-Mer",
     "02 98 04 31 26", "", "", "Tu-Sa 09:00-12:00", "Lettres, colis, retrait d'argent pour les clients de la Banque postale"),
    ("Kelc'h Sonerien Lanvoën", "association culturelle", "salle Ty Kreiz, 29840 Lanvoën-sur-Mer",
     "06 71 42 18 90", "kelch.lanvoen@gmail.com", "", "",
     "Cercle celtique : danse bretonne, bagad, organisation du fest-noz Gouel ar Mor"),
    ("Comité des fêtes de Lanvoën", "association", "mairie, 29840 Lanvoën-sur-Mer", "06 62 09 41 17", "", "", "",
     "Fête du port, feu d'artifice, marché de Noël"),
    ("AS Lanvoën football", "association sportive", "stade de Kerbrat, 29840 Lanvoën-sur-Mer", "06 45 81 22 03",
     "", "", "", "Football, de l'école de foot aux seniors"),
    ("Aber Kayak", "location de kayaks", "anse de Pors ar Vag, 29840 Lanvoën-sur-Mer", "06 83 14 55 20", "",
     "https://www.aberkayak.bzh", "May-Sep Mo-Su 10:00-18:30", "Location de kayaks de mer et de paddles, balades guidées"),
    ("Huîtres de l'Aber - Famille Tanguy", "ostréiculteur", "lieu-dit Penn an Aber, 29840 Lanvoën-sur-Mer",
     "02 98 04 37 88", "", "", "Tu-Sa 09:00-12:00,15:00-18:30; Jul-Aug Su 09:00-12:00",
     "Vente directe d'huîtres et de moules"),
    ("Hôtel de la Plage", "hôtel", "route de la Corniche, 29840 Lanvoën-sur-Mer", "02 98 04 38 00", "",
     "https://www.hoteldelaplage-lanvoen.fr", "Mar-Nov Mo-Su 07:30-22:00", "Hôtel 3 étoiles, 18 chambres vue mer"),
    ("Taxi Abgrall", "taxi", "Kerbrat, 29840 Lanvoën-sur-Mer", "06 07 33 41 90", "", "", "",
     "Taxi conventionné, transport de malades assis, gares et aéroport de Brest"),
    ("Lavomatic du port", "laverie", "rue du Port, 29840 Lanvoën-sur-Mer", "", "", "", "Mo-Su 08:00-21:00",
     "Laverie automatique"),
    ("Marché estival du mardi", "marché", "place de l'Église, 29840 Lanvoën-sur-Mer", "", "", "",
     "Jul 07-Aug 25 Tu 08:00-13:00", "Producteurs locaux, poissonniers, artisans, chaque mardi de l'été"),
]

# ---------------------------------------------------------------- budgets
# nature: (label, chapitre) -- labels of the M57 abrégée 2024 chart (data/real/nomenclature-m57)
CHAP = {
    "011": "Charges à caractère général", "012": "Charges de personnel et frais assimilés",
    "013": "Atténuations de charges", "014": "Atténuations de produits",
    "023": "Virement à la section d'investissement", "042": "Opérations d'ordre de transfert entre sections",
    "65": "Autres charges de gestion courante", "66": "Charges financières", "67": "Charges spécifiques",
    "70": "Produits des services, du domaine et ventes diverses", "73": "Impôts et taxes",
    "731": "Fiscalité locale", "74": "Dotations et participations", "75": "Autres produits de gestion courante",
    "021": "Virement de la section de fonctionnement", "024": "Produits des cessions d'immobilisations",
    "040": "Opérations d'ordre de transfert entre sections", "10": "Dotations, fonds divers et réserves",
    "13": "Subventions d'investissement", "16": "Emprunts et dettes assimilées",
    "20": "Immobilisations incorporelles", "21": "Immobilisations corporelles", "23": "Immobilisations en cours",
    "68": "Dotations aux provisions et dépréciations",
    "001": "Solde d'exécution de la section d'investissement reporté",
    "002": "Résultat de fonctionnement reporté",
}

# (nature, label, chapter, section F/I, D/R, opbudg, CA 2025 prévu, CA 2025 réalisé, BP 2026 prévu)
# BP amounts of the 023/021 and of 231 are computed in budget() so that both sections balance.
PRINCIPAL = [
    ("60611", "Eau et assainissement", "011", "F", "D", "réel", 18500, 17236.42, 19000),
    ("60612", "Énergie - Électricité", "011", "F", "D", "réel", 92000, 88417.15, 95000),
    ("60622", "Carburants", "011", "F", "D", "réel", 14000, 12873.60, 14500),
    ("60631", "Fournitures d'entretien", "011", "F", "D", "réel", 9500, 8942.31, 9500),
    ("60632", "Fournitures de petit équipement", "011", "F", "D", "réel", 22000, 19655.08, 22000),
    ("6064", "Fournitures administratives", "011", "F", "D", "réel", 5000, 4312.77, 5000),
    ("611", "Contrats de prestations de services", "011", "F", "D", "réel", 118000, 112846.90, 124000),
    ("613", "Locations", "011", "F", "D", "réel", 12000, 11420.00, 12500),
    ("615221", "Bâtiments publics", "011", "F", "D", "réel", 35000, 31588.44, 38000),
    ("615231", "Voiries", "011", "F", "D", "réel", 48000, 45902.16, 50000),
    ("6156", "Maintenance", "011", "F", "D", "réel", 16000, 15204.89, 16500),
    ("6161", "Multirisques", "011", "F", "D", "réel", 21000, 20683.52, 22000),
    ("622", "Rémunérations d'intermédiaires et honoraires", "011", "F", "D", "réel", 8000, 6150.00, 8000),
    ("623", "Publicité, publications, relations publiques", "011", "F", "D", "réel", 26000, 24871.35, 27000),
    ("624", "Transports de biens et transports collectifs", "011", "F", "D", "réel", 9000, 8640.00, 9500),
    ("626", "Frais postaux et frais de télécommunications", "011", "F", "D", "réel", 7500, 6994.12, 7500),
    ("6281", "Concours divers (cotisations)", "011", "F", "D", "réel", 4500, 4268.00, 4600),
    ("635", "Autres impôts, taxes et versements assimilés (administration des impôts)", "011", "F", "D", "réel", 6200, 6117.00, 6300),
    ("6218", "Autre personnel extérieur", "012", "F", "D", "réel", 24000, 23412.50, 25000),
    ("633", "Impôts, taxes et versements assimilés sur rémunérations (autres organismes)", "012", "F", "D", "réel", 14500, 13988.41, 15000),
    ("6411", "Personnel titulaire", "012", "F", "D", "réel", 486000, 478215.63, 498000),
    ("6413", "Personnel non titulaire", "012", "F", "D", "réel", 96000, 101347.88, 104000),
    ("6450", "Charges de sécurité sociale et de prévoyance", "012", "F", "D", "réel", 212000, 207594.27, 219000),
    ("6470", "Autres charges sociales", "012", "F", "D", "réel", 6500, 5980.00, 6500),
    ("648", "Autres charges de personnel", "012", "F", "D", "réel", 3000, 2415.00, 3000),
    ("739221", "FNGIR", "014", "F", "D", "réel", 8412, 8412.00, 8412),
    ("65311", "Indemnités de fonction", "65", "F", "D", "réel", 68000, 67452.96, 69500),
    ("65313", "Cotisations de retraite", "65", "F", "D", "réel", 3200, 3120.48, 3300),
    ("6553", "Service d'incendie", "65", "F", "D", "réel", 71000, 70884.00, 73500),
    ("6558", "Autres contributions obligatoires", "65", "F", "D", "réel", 42000, 41760.00, 43000),
    ("657363", "CCAS/CIAS", "65", "F", "D", "réel", 12000, 12000.00, 12000),
    ("65748", "Autres personnes de droit privé", "65", "F", "D", "réel", 36900, 36150.00, 38450),
    ("6541", "Créances admises en non-valeur", "65", "F", "D", "réel", 1500, 842.16, 1500),
    ("66111", "Intérêts réglés à l'échéance", "66", "F", "D", "réel", 31500, 31276.44, 29800),
    ("673", "Titres annulés (sur exercices antérieurs)", "67", "F", "D", "réel", 2000, 1215.30, 2000),
    ("023", "Virement à la section d'investissement", "023", "F", "D", "ordre", 301000, 0, None),
    ("681", "Dotations aux amortissements, aux dépréciations et aux provisions - Charges de fonctionnement", "042", "F", "D", "ordre", 58000, 57843.20, 60500),
    # recettes de fonctionnement
    ("002", "Résultat de fonctionnement reporté", "002", "F", "R", "réel", 356214.80, 0, 412586.21),
    ("6419", "Remboursements sur rémunérations du personnel", "013", "F", "R", "réel", 12000, 14856.37, 10000),
    ("70311", "Concession dans les cimetières (produit net)", "70", "F", "R", "réel", 4000, 4580.00, 4000),
    ("7067", "Redevances et droits des services périscolaires et d'enseignement", "70", "F", "R", "réel", 58000, 61234.50, 60000),
    ("70688", "Autres prestations de services", "70", "F", "R", "réel", 32000, 36718.00, 34000),
    ("708721", "Non dotés de la personnalité morale", "70", "F", "R", "réel", 18000, 18000.00, 18500),
    ("73111", "Impôts directs locaux", "731", "F", "R", "réel", 1182000, 1196482.00, 1228000),
    ("73123", "Taxe communale additionnelle aux droits de mutation ou à la taxe de publicité foncière", "731", "F", "R", "réel", 95000, 142318.06, 100000),
    ("73154", "Droits de place", "731", "F", "R", "réel", 9000, 10212.50, 9500),
    ("73172", "Taxe de séjour", "731", "F", "R", "réel", 118000, 131946.85, 125000),
    ("73211", "Attribution de compensation", "73", "F", "R", "réel", 84612, 84612.00, 84612),
    ("732221", "Fonds de péréquation des ressources communales et intercommunales", "73", "F", "R", "réel", 22000, 23517.00, 22000),
    ("74111", "Dotation forfaitaire des communes", "74", "F", "R", "réel", 298000, 301254.00, 303000),
    ("741121", "Dotation de solidarité rurale (DSR) des communes", "74", "F", "R", "réel", 126000, 131876.00, 134000),
    ("741127", "Dotation nationale de péréquation (DNP) des communes", "74", "F", "R", "réel", 24000, 23041.00, 22000),
    ("7473", "Départements", "74", "F", "R", "réel", 8000, 9350.00, 8000),
    ("7478", "Autres organismes", "74", "F", "R", "réel", 21000, 22684.19, 21500),
    ("74833", "Etat - Compensation au titre des exonérations de taxe foncière", "74", "F", "R", "réel", 19000, 19412.00, 19500),
    ("752", "Revenus des immeubles", "75", "F", "R", "réel", 42000, 43860.00, 44000),
    ("7588", "Autres produits divers de gestion courante", "75", "F", "R", "réel", 6000, 7914.63, 6000),
    # dépenses d'investissement
    ("001", "Solde d'exécution de la section d'investissement reporté", "001", "I", "D", "réel", 0, 0, 84312.55),
    ("1641", "Emprunts en euros", "16", "I", "D", "réel", 142000, 141862.37, 148500),
    ("203", "Frais d'études, de recherche et de développement et frais d'insertion", "20", "I", "D", "réel", 25000, 12480.00, 30000),
    ("212", "Agencements et aménagements de terrains", "21", "I", "D", "réel", 150000, 96220.00, 186000),
    ("2131", "Bâtiments publics", "21", "I", "D", "réel", 240000, 198451.60, 165000),
    ("2152", "Installations de voirie", "21", "I", "D", "réel", 180000, 156934.72, 210000),
    ("2157", "Matériel et outillage technique", "21", "I", "D", "réel", 35000, 31874.40, 28000),
    ("2183", "Matériel informatique", "21", "I", "D", "réel", 8000, 6215.90, 7500),
    ("2188", "Autres", "21", "I", "D", "réel", 15000, 13602.55, 12000),
    ("231", "Immobilisations corporelles en cours", "23", "I", "D", "réel", 320000, 188760.34, None),
    # recettes d'investissement
    ("10222", "FCTVA", "10", "I", "R", "réel", 68000, 71406.00, 85000),
    ("10226", "Taxe d'aménagement", "10", "I", "R", "réel", 18000, 24510.33, 15000),
    ("1068", "Excédents de fonctionnement capitalisés", "10", "I", "R", "réel", 210000, 210000.00, 240000),
    ("1321", "Etat et établissements nationaux", "13", "I", "R", "réel", 96000, 64000.00, 120000),
    ("1322", "Régions", "13", "I", "R", "réel", 40000, 0, 45000),
    ("1323", "Départements", "13", "I", "R", "réel", 74000, 52300.00, 74400),
    ("1641", "Emprunts en euros", "16", "I", "R", "réel", 150000, 150000.00, 0),
    ("024", "Produits des cessions d'immobilisations", "024", "I", "R", "réel", 0, 0, 35000),
    ("021", "Virement de la section de fonctionnement", "021", "I", "R", "ordre", 301000, 0, None),
    ("28157", "Matériel et outillage technique", "040", "I", "R", "ordre", 24000, 23940.00, 25000),
    ("28183", "Matériel informatique", "040", "I", "R", "ordre", 6000, 5903.20, 6500),
    ("28188", "Autres", "040", "I", "R", "ordre", 28000, 28000.00, 29000),
]

PORT = [
    ("60611", "Eau et assainissement", "011", "F", "D", "réel", 2400, 2188.40, 2500),
    ("60612", "Énergie - Électricité", "011", "F", "D", "réel", 6800, 6512.77, 7000),
    ("611", "Contrats de prestations de services", "011", "F", "D", "réel", 14000, 13460.00, 15000),
    ("61558", "Autres biens mobiliers", "011", "F", "D", "réel", 9000, 7845.21, 9500),
    ("6161", "Multirisques", "011", "F", "D", "réel", 4200, 4150.00, 4300),
    ("6218", "Autre personnel extérieur", "012", "F", "D", "réel", 18000, 18000.00, 18500),
    ("66111", "Intérêts réglés à l'échéance", "66", "F", "D", "réel", 3100, 3052.18, 6900),
    ("023", "Virement à la section d'investissement", "023", "F", "D", "ordre", 80000, 0, None),
    ("681", "Dotations aux amortissements, aux dépréciations et aux provisions - Charges de fonctionnement", "042", "F", "D", "ordre", 21000, 20986.00, 21500),
    ("002", "Résultat de fonctionnement reporté", "002", "F", "R", "réel", 12500, 0, 31245.80),
    ("70688", "Autres prestations de services", "70", "F", "R", "réel", 148000, 152614.50, 156000),
    ("7588", "Autres produits divers de gestion courante", "75", "F", "R", "réel", 3000, 3870.00, 3000),
    ("1641", "Emprunts en euros", "16", "I", "D", "réel", 12500, 12463.91, 12900),
    ("2158", "Autres installations, matériel et outillage techniques", "21", "I", "D", "réel", 25000, 21640.00, 30000),
    ("231", "Immobilisations corporelles en cours", "23", "I", "D", "réel", 60000, 18300.00, None),
    ("1641", "Emprunts en euros", "16", "I", "R", "réel", 0, 0, 400000),
    ("1323", "Départements", "13", "I", "R", "réel", 0, 0, 60000),
    ("021", "Virement de la section de fonctionnement", "021", "I", "R", "ordre", 80000, 0, None),
    ("28158", "Autres installations, matériel et outillage techniques", "040", "I", "R", "ordre", 21000, 20986.00, 21500),
]
