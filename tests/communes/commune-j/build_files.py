"""Écrit les CSV publiés par la commune fictive de Lindenheim (fiches, arrêtés, délibérations, annuaire).

Les budgets sont écrits par make_budget.py, les PDF d'arrêtés par make_pdfs.py.
Lancer : python build_files.py (depuis ce dossier).
"""
import csv
from pathlib import Path

FILES = Path(__file__).resolve().parent / "files"
COLL = "Lindenheim"
SIRET = "21670599400017"
URL = "https://www.lindenheim-birsel.fr"


def write(name, header, rows, encoding="utf-8", delimiter=";"):
    with open(FILES / name, "w", encoding=encoding, newline="") as fh:
        w = csv.writer(fh, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(header)
        for r in rows:
            assert len(r) == len(header), (name, r)
            w.writerow(r)


# --------------------------------------------------------------------------- fiches
FICHES = [
    ("Comment faire une carte d'identité ou un passeport ?",
     "La mairie de Lindenheim est équipée d'un dispositif de recueil : les demandes de carte nationale d'identité "
     "et de passeport se font uniquement sur rendez-vous, le mardi et le jeudi, au 03 88 71 42 10. Faites d'abord "
     "votre pré-demande en ligne sur le site de l'ANTS et venez avec le numéro de pré-demande, une photo d'identité "
     "de moins de 6 mois et un justificatif de domicile. Délai actuel : environ 5 semaines. Le retrait se fait en mairie, "
     "sans rendez-vous, aux heures d'ouverture.",
     "renouveler ma CNI|faire un passeport|papiers d'identité perdus", "état civil",
     URL + "/demarches/identite"),
    ("Comment s'inscrire sur les listes électorales ?",
     "L'inscription se fait en ligne sur service-public.fr ou à l'accueil de la mairie avec une pièce d'identité et "
     "un justificatif de domicile de moins de 3 mois. Pour voter à une élection, inscrivez-vous au plus tard le "
     "sixième vendredi précédant le scrutin.",
     "inscription électorale|voter à Lindenheim", "élections", URL + "/demarches/elections"),
    ("Quel jour passe le camion poubelle ?",
     "Les ordures ménagères (bac gris) sont collectées le mardi matin. Le bac jaune des emballages et papiers est "
     "collecté le jeudi des semaines paires. Sortez les bacs la veille au soir et rentrez-les après la collecte. "
     "La collecte est assurée par le Syndicat intercommunal de collecte de la Birsel (SICB), 03 88 71 48 00.",
     "ramassage des ordures|collecte du bac jaune|tri sélectif", "déchets", URL + "/cadre-de-vie/dechets"),
    ("Où déposer les biodéchets ?",
     "Les épluchures et restes de repas se déposent dans les bornes à biodéchets du parking de la salle polyvalente "
     "Lindehall et de la rue des Vergers. Le bio-seau et les sacs kraft sont remis gratuitement à l'accueil de la mairie.",
     "compost|déchets alimentaires", "déchets", ""),
    ("Quels sont les horaires de la déchetterie ?",
     "Déchetterie intercommunale, chemin des Saules. Horaires d'été (du 1er avril au 31 octobre) : mardi, jeudi et "
     "vendredi de 14 h à 18 h, samedi de 9 h à 12 h et de 13 h à 17 h. Horaires d'hiver (du 1er novembre au 31 mars) : "
     "mardi et vendredi de 14 h à 17 h, samedi de 9 h à 12 h et de 13 h à 16 h. Fermée les jours fériés. Accès avec "
     "la carte du SICB.",
     "déchèterie ouverte|apporter des gravats", "déchets", ""),
    ("Comment faire enlever des encombrants ?",
     "La collecte des encombrants a lieu deux fois par an, en avril et en octobre, sur inscription à la mairie au "
     "moins 10 jours avant la date de passage, dans la limite de 2 m³ par foyer. Le reste de l'année, apportez-les à "
     "la déchetterie.",
     "vieux canapé|se débarrasser d'un matelas", "déchets", ""),
    ("Quand peut-on tondre la pelouse ?",
     "Les travaux de bricolage et de jardinage bruyants (tondeuse, tronçonneuse, perceuse…) sont autorisés les jours "
     "ouvrables de 8 h à 12 h et de 13 h 30 à 19 h 30, le samedi de 9 h à 12 h et de 14 h à 19 h. Ils sont interdits "
     "les dimanches et jours fériés.",
     "horaires de bruit|bricolage le dimanche", "tranquillité", ""),
    ("Peut-on brûler ses déchets verts ?",
     "Non : le brûlage des déchets verts est interdit toute l'année par le règlement sanitaire départemental du "
     "Bas-Rhin. Les tontes et branchages vont à la plateforme de déchets verts, rue des Saules, ouverte le samedi de "
     "9 h à 16 h, ou à la déchetterie.",
     "faire un feu dans le jardin|brûler des branches", "déchets", ""),
    ("Comment louer la salle polyvalente ?",
     "La salle polyvalente Lindehall, 5 rue des Sports, peut accueillir 250 personnes. Elle se réserve à l'accueil de "
     "la mairie ; un contrat de location et une attestation d'assurance sont demandés. Les tarifs sont fixés par "
     "délibération du conseil municipal.",
     "réserver la salle des fêtes|location Lindehall", "vie associative", ""),
    ("Quand a lieu le marché ?",
     "Le marché hebdomadaire se tient chaque vendredi de 7 h à 12 h 30 sur la place du Marché (Märikplatz) : fruits "
     "et légumes, fromages fermiers, volailles, poissons et fleurs. Le stationnement y est interdit le vendredi de 5 h "
     "à 14 h.",
     "jour du marché|marché de Lindenheim", "commerce", ""),
    ("Comment inscrire son enfant au périscolaire ?",
     "L'accueil périscolaire Les Lutins, 3 rue des Écoles, reçoit les enfants de maternelle et d'élémentaire le matin, "
     "à midi avec le repas et le soir jusqu'à 18 h 30. L'inscription se fait sur le portail famille, avant le 20 de "
     "chaque mois pour le mois suivant. Un dossier d'inscription (fiche sanitaire, attestation de quotient familial "
     "CAF) est à déposer une fois par an.",
     "cantine|garderie après l'école|accueil du soir", "enfance", URL + "/enfance/periscolaire"),
    ("Comment inscrire mon enfant à l'école ?",
     "Les inscriptions pour la rentrée se font en mairie en mars et avril, avec le livret de famille, un justificatif "
     "de domicile et le carnet de santé. La mairie délivre un certificat d'inscription, à présenter ensuite à la "
     "directrice de l'école maternelle Les Tilleuls ou au directeur de l'école élémentaire Albert-Schweitzer.",
     "rentrée scolaire|première inscription maternelle", "enfance", ""),
    ("Qu'est-ce que le recensement citoyen ?",
     "Tout jeune de nationalité française doit se faire recenser à la mairie de son domicile dans les 3 mois qui "
     "suivent son 16e anniversaire, avec sa carte d'identité et le livret de famille. La mairie remet une attestation "
     "de recensement, demandée pour les examens et le permis de conduire.",
     "recensement à 16 ans|journée défense et citoyenneté", "citoyenneté", ""),
    ("Comment obtenir une concession au cimetière ?",
     "Le cimetière communal est rue du Cimetière. Les concessions sont accordées pour 15 ou 30 ans ; le cimetière a "
     "aussi un columbarium et un jardin du souvenir. La demande se fait au secrétariat de la mairie ; les tarifs sont "
     "fixés chaque année par délibération.",
     "tombe|caveau|columbarium", "cimetière", ""),
    ("Que faire en cas de crue de la Birsel ?",
     "Suivez la vigilance crues sur vigicrues.gouv.fr et les messages de la mairie. Inscrivez-vous en mairie à "
     "l'alerte par SMS des riverains de la Birsel. Des sacs de sable sont distribués aux ateliers municipaux, 12 rue "
     "de l'Industrie, sur présentation d'un justificatif de domicile. Ne vous approchez pas des berges et ne traversez "
     "jamais une route inondée.",
     "inondation|montée des eaux|alerte crue", "risques", URL + "/risques/crues"),
    ("Qui doit déneiger le trottoir ?",
     "Chaque riverain, propriétaire ou locataire, doit dégager la neige et le verglas sur le trottoir devant son "
     "habitation, sur toute sa longueur, avant 8 h. Du sel est mis à disposition aux ateliers municipaux.",
     "neige devant chez moi|verglas trottoir", "voirie", ""),
    ("Les chiens doivent-ils être tenus en laisse ?",
     "Oui, dans toute l'agglomération. Les propriétaires doivent ramasser les déjections de leur chien : des "
     "distributeurs de sacs sont installés au parc de la Birsel et place de l'Église. Les chiens de 1re et 2e "
     "catégorie doivent être déclarés en mairie.",
     "crottes de chien|chien dangereux", "animaux", ""),
    ("Faut-il une autorisation pour des travaux chez soi ?",
     "Une déclaration préalable est nécessaire pour une clôture, un abri de jardin de 5 à 20 m², une piscine de "
     "moins de 100 m², un ravalement ou un changement de fenêtres ; au-delà, un permis de construire. Le PLUi du Pays de "
     "la Birsel se consulte en mairie. Les dossiers se déposent sur le guichet numérique des autorisations d'urbanisme.",
     "permis de construire|construire un abri|poser une clôture", "urbanisme", URL + "/urbanisme"),
    ("Comment s'inscrire aux cours de natation ?",
     "Les cours de natation pour enfants (à partir de 6 ans) ont lieu le mercredi et le samedi matin à la piscine "
     "municipale. Inscriptions à l'accueil de la piscine en septembre ; le cycle de 10 séances coûte 75 €.",
     "apprendre à nager|leçons de natation", "sport", ""),
    ("Comment s'inscrire à la médiathèque ?",
     "L'inscription à la médiathèque Le Tilleul se fait sur place avec un justificatif de domicile. Chaque lecteur "
     "emprunte jusqu'à 6 documents pour 3 semaines. Les tarifs d'adhésion sont votés par le conseil municipal.",
     "emprunter des livres|carte de bibliothèque", "culture", ""),
    ("Comment obtenir une attestation d'accueil ?",
     "L'hébergeant d'un étranger venant pour une visite privée de moins de 3 mois la demande en personne à la mairie, "
     "avec sa pièce d'identité, un justificatif de domicile et un timbre fiscal de 30 €.",
     "inviter un étranger|hébergement visa", "état civil", ""),
    ("Comment se marier à Lindenheim ?",
     "Le dossier de mariage est à retirer à la mairie et à déposer complet au moins 3 mois avant la date souhaitée. "
     "Les mariages sont célébrés dans la salle du conseil, le vendredi après-midi et le samedi.",
     "dossier de mariage|se marier", "état civil", ""),
    ("Comment faire un PACS ?",
     "Le PACS s'enregistre à la mairie sur rendez-vous, après dépôt du dossier (convention, actes de naissance, "
     "pièces d'identité) au moins 15 jours avant.",
     "se pacser|pacte civil de solidarité", "état civil", ""),
    ("J'ai perdu un objet, où le chercher ?",
     "Les objets trouvés sur la commune sont déposés à l'accueil de la mairie et y sont conservés pendant un an. Les "
     "papiers d'identité sont transmis à la gendarmerie.",
     "objets trouvés|clés perdues", "vie pratique", ""),
    ("Comment s'inscrire sur le registre canicule ?",
     "Les personnes âgées, handicapées ou isolées peuvent s'inscrire sur le registre des personnes vulnérables, à la "
     "mairie ou par téléphone au 03 88 71 42 10 ; elles sont appelées en cas de canicule ou de grand froid.",
     "personnes vulnérables|plan grand froid", "solidarité", ""),
    ("Quand a lieu le Messti ?",
     "Le Messti, la fête foraine du village, a lieu le dernier week-end d'août, du vendredi soir au lundi, sur la "
     "place de la Mairie et la rue de la Mairie, avec le bal du samedi à la Lindehall.",
     "fête foraine|fête du village", "fêtes", ""),
    ("Je viens d'arriver à Lindenheim, que dois-je faire ?",
     "Bienvenue ! Présentez-vous à l'accueil de la mairie : ce n'est pas obligatoire, mais vous recevrez le livret "
     "d'accueil, la carte d'accès à la déchetterie et l'invitation à la réception des nouveaux habitants, en janvier.",
     "nouveaux habitants|emménagement", "vie pratique", ""),
    ("Où stationner dans le centre ?",
     "Le stationnement est en zone bleue rue Principale et place de l'Église, limité à 1 h 30 du lundi au samedi de "
     "9 h à 18 h (disque obligatoire). Le parking des Prés, derrière la mairie, est gratuit et sans limite de durée.",
     "zone bleue|se garer|disque de stationnement", "voirie", ""),
]
write("fiches.csv", ["question", "reponse", "variantes", "theme", "lien"],
      [list(f) for f in FICHES], encoding="utf-8-sig")

# --------------------------------------------------------------------------- arrêtés (CSV, Windows-1252)
M_POLICE = ("6.1", "Libertés publiques et pouvoirs de police/Police municipale")
M_VOIRIE = ("8.3", "Domaines de compétences par thèmes/Voirie")
M_ENV = ("8.8", "Domaines de compétences par thèmes/Environnement")
ARRETES = [
    # id, date, type, matiere, objet, debut, fin, lieu, url
    ("2025-098", "2025-11-03", "permanent", M_POLICE,
     "Interdiction de la consommation de boissons alcoolisées sur la voie publique aux abords des écoles et au parc de la Birsel, de 20 h à 7 h",
     "", "", "rue des Écoles;parc de la Birsel", ""),
    ("2025-112", "2025-12-15", "permanent", M_POLICE,
     "Règlement du marché hebdomadaire du vendredi : stationnement interdit place du Marché et rue du Marché chaque vendredi de 5 h à 14 h",
     "", "", "place du Marché (Märikplatz);rue du Marché", ""),
    ("2026-001", "2026-01-05", "temporaire", M_ENV,
     "Crue de la Birsel : interdiction d'accès aux berges et fermeture du chemin de halage",
     "2026-01-05", "2026-01-19", "chemin de halage (Leinpfad);berges de la Birsel", ""),
    ("2026-007", "2026-02-10", "temporaire", M_ENV,
     "Risque d'inondation : fermeture du parking des Prés",
     "2026-02-10", "2026-02-24", "parking des Prés", ""),
    ("2026-015", "2026-02-27", "temporaire", M_POLICE,
     "Cavalcade du carnaval : circulation et stationnement interdits rue Principale et place de la Mairie",
     "08/03/2026", "08/03/2026", "rue Principale (Hauptstross);place de la Mairie", ""),
    ("2026-021", "2026-03-12", "permanent", M_VOIRIE,
     "Limitation de la vitesse à 30 km/h rue Principale entre la place de l'Église et le pont de la Birsel",
     "", "", "rue Principale (Hauptstross)", ""),
    ("2026-034", "2026-04-20", "temporaire", M_VOIRIE,
     "Réfection de la chaussée : circulation alternée par feux tricolores rue des Vosges",
     "2026-05-04", "2026-05-29", "rue des Vosges", ""),
    ("2026-040", "2026-05-11", "temporaire", M_ENV,
     "Crue de printemps : circulation interdite sur le chemin du Ried inondé",
     "2026-05-11", "2026-05-25", "chemin du Ried (Riedweg)", ""),
    ("2026-048", "2026-06-15", "temporaire", M_POLICE,
     "Fête de la musique : fermeture à la circulation de la place de l'Église et de la rue de l'Église de 18 h à 1 h",
     "2026-06-21", "2026-06-22", "place de l'Église;rue de l'Église (Kirchgass)", ""),
    ("2026-052", "2026-07-01", "temporaire", M_POLICE,
     "Feu d'artifice du 13 juillet : circulation et stationnement interdits rue du Stade et accès interdit au parc de la Birsel à partir de 20 h",
     "2026-07-13", "2026-07-14", "rue du Stade;parc de la Birsel", ""),
    ("2026-058", "2026-07-20", "permanent", M_POLICE,
     "Obligation de tenir les chiens en laisse au parc de la Birsel et au cimetière",
     "", "", "parc de la Birsel;cimetière communal", ""),
    ("2026-061", "2026-08-10", "temporaire", M_POLICE,
     "Messti : circulation et stationnement interdits place de la Mairie et rue de la Mairie pendant la fête foraine",
     "2026-08-27", "2026-09-01", "place de la Mairie (Rathüsplatz);rue de la Mairie", ""),
    ("2026-066", "2026-09-01", "permanent", M_POLICE,
     "Interdiction de la baignade dans la Birsel sur tout le territoire de la commune",
     "", "", "la Birsel", ""),
    ("2026-071", "2026-09-18", "temporaire", M_POLICE,
     "Course Birsel-Lauf : circulation interdite rue des Vergers, rue des Saules et chemin de halage de 8 h à 13 h",
     "2026-10-04", "2026-10-04", "rue des Vergers;rue des Saules;chemin de halage (Leinpfad)", ""),
    ("2026-079", "2026-10-26", "temporaire", M_POLICE,
     "Fermeture au public de la piscine municipale pour vidange et travaux de maintenance",
     "2026-11-30", "2026-12-13", "piscine municipale, 8 rue des Sports", ""),
    ("2026-083", "2026-11-09", "temporaire", M_VOIRIE,
     "Remplacement de la conduite d'eau potable : route barrée rue du Moulin entre la rue Principale et la rue des Jardins, déviation par la rue des Jardins",
     "2026-11-23", "2026-12-18", "rue du Moulin (Mühlgass);rue des Jardins", ""),
    ("2026-086", "2026-11-16", "permanent", M_VOIRIE,
     "Déneigement : obligation pour les riverains de dégager la neige et le verglas sur les trottoirs avant 8 h",
     "", "", "ensemble de la commune", ""),
    ("2026-088", "2026-11-27", "temporaire", M_ENV,
     "Crue de la Birsel : fermeture de la passerelle du Moulin et du chemin de halage",
     "2026-11-27", "2026-12-11", "passerelle du Moulin;chemin de halage (Leinpfad)",
     URL + "/arretes/2026-088.pdf"),
    ("2026-090", "2026-11-30", "temporaire", M_VOIRIE,
     "Déménagement : stationnement interdit et occupation du domaine public au droit du 14 rue des Vosges",
     "2026-12-08", "2026-12-08", "14 rue des Vosges", ""),
    ("2026-092", "2026-12-01", "temporaire", M_VOIRIE,
     "Élagage des tilleuls : stationnement interdit rue de la Gare",
     "2026-12-14", "2026-12-16", "rue de la Gare (Bahnhofstross)", ""),
    ("2026-099", "2026-12-03", "temporaire", M_VOIRIE,
     "Inspection du pont de la Birsel : circulation interdite aux véhicules de plus de 3,5 tonnes",
     "2026-12-07", "2026-12-09", "pont de la Birsel;rue Principale (Hauptstross)", ""),
]
write("arretes.csv",
      ["COLL_NOM", "COLL_SIRET", "ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_MATIERE_CODE", "ARR_MATIERE_NOM",
       "ARR_OBJET", "ARR_DEBUT", "ARR_FIN", "ARR_LIEU", "ARR_URL"],
      [[COLL, SIRET, a[0], a[1], a[2], a[3][0], a[3][1], a[4], a[5], a[6], a[7], a[8]] for a in ARRETES],
      encoding="cp1252")

# --------------------------------------------------------------------------- délibérations (SCDL 2.1.5)
M_FIN_DIV = ("7.10", "Finances locales/Divers")
M_BUDGET = ("7.1", "Finances locales/Décisions budgétaires")
M_FISCA = ("7.2", "Finances locales/Fiscalité")
M_SUBV = ("7.5", "Finances locales/Subventions")
M_PERSO = ("4.2", "Fonction publique/Personnel contractuel")
M_DOMAINE = ("3.1", "Domaine et patrimoine/Acquisitions")
M_TRAVAUX = ("1.1", "Commande publique/Marchés publics")
M_INTERCO = ("5.7", "Institutions et vie politique/Intercommunalité")
M_AUTRES = ("9.1", "Autres domaines de compétences/Autres domaines de compétences des communes")
M_VOIES = ("8.3", "Domaines de compétences par thèmes/Voirie")
DELIBS = [
    # id, date, matiere, objet, budget_annee, effectif, reel, pour, contre, abst
    ("DEL-2024-061", "2024-12-16", M_FIN_DIV,
     "Tarifs du cimetière communal applicables en 2025 : concession de 15 ans 160 €, concession de 30 ans 300 €, case de columbarium 15 ans 600 €",
     "", 23, 21, 21, 0, 0),
    ("DEL-2026-001", "2026-01-26", M_FIN_DIV,
     "Tarifs de la piscine municipale à compter du 1er mars 2026 : entrée adulte 4,20 €, entrée enfant de 4 à 17 ans 2,60 €, carte de 10 entrées adulte 36,00 €, gratuit pour les moins de 4 ans",
     "", 23, 21, 18, 3, 0),
    ("DEL-2026-002", "2026-01-26", M_FIN_DIV,
     "Tarifs du cimetière communal à compter du 1er février 2026 : concession de 15 ans 180 €, concession de 30 ans 340 €, case de columbarium 15 ans 650 €, dispersion des cendres au jardin du souvenir 60 €",
     "", 23, 21, 21, 0, 0),
    ("DEL-2026-005", "2026-02-23", M_AUTRES,
     "Motion pour le maintien de l'agence postale et du distributeur de billets à Lindenheim",
     "", 23, 22, 22, 0, 0),
    ("DEL-2026-009", "2026-03-23", M_BUDGET,
     "Approbation du compte administratif 2025 du budget principal",
     "2025", 23, 22, 20, 0, 2),
    ("DEL-2026-010", "2026-03-23", M_BUDGET,
     "Affectation du résultat de fonctionnement 2025 : 380 000 € au compte 1068 (excédent capitalisé) et 412 350,18 € reportés en fonctionnement (ligne 002)",
     "2026", 23, 22, 22, 0, 0),
    ("DEL-2026-011", "2026-03-23", M_BUDGET,
     "Vote du budget primitif 2026 du budget principal",
     "2026", 23, 22, 19, 3, 0),
    ("DEL-2026-012", "2026-03-23", M_FISCA,
     "Vote des taux d'imposition 2026, inchangés : taxe foncière sur les propriétés bâties 29,85 %, taxe foncière sur les propriétés non bâties 52,40 %",
     "2026", 23, 22, 22, 0, 0),
    ("DEL-2026-013", "2026-03-23", M_SUBV,
     "Attribution des subventions 2026 aux associations pour un montant total de 48 500 €, dont 9 800 € au FC Lindenheim et 6 200 € à l'Harmonie municipale",
     "2026", 23, 22, 20, 0, 2),
    ("DEL-2026-020", "2026-05-18", M_FIN_DIV,
     "Tarifs de l'accueil périscolaire Les Lutins pour l'année scolaire 2026-2027 : accueil du matin 2,10 €, repas de midi avec encadrement 5,90 €, accueil du soir 3,40 € ; réduction de 20 % pour un quotient familial inférieur à 800 €",
     "", 23, 21, 17, 2, 2),
    ("DEL-2026-021", "2026-05-18", M_PERSO,
     "Recrutement de quatre agents contractuels saisonniers pour la piscine municipale (surveillants de baignade et caissiers) du 1er juin au 31 août 2026",
     "", 23, 21, 21, 0, 0),
    ("DEL-2026-025", "2026-06-29", M_TRAVAUX,
     "Confortement de la digue de la Birsel : approbation du projet pour 286 000 € HT et demande de subventions au titre de la DETR et du Fonds vert",
     "2026", 23, 20, 20, 0, 0),
    ("DEL-2026-026", "2026-06-29", M_FIN_DIV,
     "Tarifs de location de la salle polyvalente Lindehall : 320 € le week-end et 150 € la journée en semaine pour les habitants, 520 € le week-end pour les extérieurs, caution 800 €",
     "", 23, 20, 18, 1, 1),
    ("DEL-2026-031", "2026-09-21", M_FIN_DIV,
     "Tarifs de la médiathèque Le Tilleul : adhésion annuelle adulte 12 €, gratuite pour les moins de 18 ans et les demandeurs d'emploi",
     "", 23, 21, 21, 0, 0),
    ("DEL-2026-032", "2026-09-21", M_INTERCO,
     "Convention avec la communauté de communes du Pays de la Birsel pour l'entretien des digues au titre de la compétence GEMAPI",
     "", 23, 21, 21, 0, 0),
    ("DEL-2026-035", "2026-09-21", M_BUDGET,
     "Décision modificative n° 1 du budget principal 2026 : virement de 24 000 € du chapitre 011 au chapitre 21 pour l'achat d'une auto-laveuse",
     "2026", 23, 21, 21, 0, 0),
    ("DEL-2026-038", "2026-11-16", M_FIN_DIV,
     "Droits de place du marché hebdomadaire du vendredi à compter du 1er janvier 2027 : 1,50 € le mètre linéaire, forfait électricité 2 € par marché",
     "", 23, 21, 21, 0, 0),
    ("DEL-2026-039", "2026-11-16", M_DOMAINE,
     "Acquisition de la parcelle section 4 n° 212 au lieu-dit Mühlmatt pour l'aménagement d'un bassin de rétention des crues, au prix de 18 400 €",
     "2026", 23, 21, 21, 0, 0),
    ("DEL-2026-040", "2026-11-16", M_VOIES,
     "Dénomination de la nouvelle voie du lotissement des Vergers : rue des Cerisiers (Kirschegass)",
     "", 23, 21, 19, 2, 0),
    ("DEL-2026-041", "2026-11-16", M_FIN_DIV,
     "Redevance d'occupation du domaine public pour les terrasses des cafés et restaurants : 12 € le m² par an à compter de 2027",
     "", 23, 21, 16, 4, 1),
]
write("deliberations.csv",
      ["COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM", "DELIB_OBJET",
       "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID", "PREF_DATE", "VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR",
       "VOTE_CONTRE", "VOTE_ABSTENTION", "DELIB_URL"],
      [[COLL, SIRET, d[0], d[1], d[2][0], d[2][1], d[3], d[4], "Budget principal" if d[4] else "",
        "067-216705994-" + d[1].replace("-", "") + "-" + d[0].replace("-", "_") + "-DE",
        d[1], d[5], d[6], d[7], d[8], d[9], URL + "/deliberations/" + d[0] + ".pdf"] for d in DELIBS],
      encoding="utf-8", delimiter=",")

# --------------------------------------------------------------------------- annuaire
ANNUAIRE = [
    # nom, categorie, adresse, telephone, email, site, horaires, description
    ("Piscine municipale de Lindenheim", "piscine", "8 rue des Sports, 67599 Lindenheim", "03 88 71 43 50",
     "piscine@lindenheim-birsel.fr", "",
     "Tu,Th 12:00-13:30,17:00-20:00; We 14:00-19:00; Fr 12:00-13:30,17:00-21:00; Sa 10:00-18:00; Su 09:00-12:30; Mo off",
     "Piscine couverte (Schwimmbad) : bassin sportif de 25 m, bassin d'apprentissage et pataugeoire, ouverte toute l'année."),
    ("Médiathèque Le Tilleul", "médiathèque", "4 rue de l'Église, 67599 Lindenheim", "03 88 71 44 20",
     "mediatheque@lindenheim-birsel.fr", "",
     "Tu 15:00-18:30; We 10:00-12:00,14:00-18:30; Fr 15:00-19:00; Sa 10:00-16:00",
     "Livres, BD, revues, DVD et jeux ; heure du conte le mercredi, fonds en alsacien, postes Internet."),
    ("École maternelle Les Tilleuls", "école maternelle", "3 rue des Écoles, 67599 Lindenheim", "03 88 71 45 01",
     "", "", "", "Quatre classes, de la petite à la grande section."),
    ("École élémentaire Albert-Schweitzer", "école élémentaire", "5 rue des Écoles, 67599 Lindenheim", "03 88 71 45 02",
     "", "", "", "Huit classes du CP au CM2, section bilingue français-allemand."),
    ("Collège de la Birsel", "collège", "20 route de Haguenau, 67599 Lindenheim", "03 88 71 45 30", "", "", "", ""),
    ("Accueil périscolaire Les Lutins", "accueil périscolaire", "3 rue des Écoles, 67599 Lindenheim",
     "03 88 71 45 10", "leslutins@lindenheim-birsel.fr", "",
     "Mo,Tu,Th,Fr 07:00-08:15,11:45-13:45,16:00-18:30; We 07:00-18:30",
     "Accueil du matin, cantine et accueil du soir pour les enfants des écoles ; centre de loisirs le mercredi."),
    ("Multi-accueil Les Petits Loups", "crèche", "7 rue des Jardins, 67599 Lindenheim", "03 88 71 45 20", "", "",
     "Mo-Fr 07:00-18:30", "Crèche de 24 places pour les enfants de 10 semaines à 4 ans."),
    ("Cabinet médical de la Birsel — Dr Anne Wendling et Dr Luc Ostermann", "médecin généraliste",
     "11 rue Principale, 67599 Lindenheim", "03 88 71 46 11", "", "", "Mo-Fr 08:00-12:00,14:00-19:00; Sa 08:00-12:00",
     "Consultations sur rendez-vous."),
    ("Pharmacie du Tilleul", "pharmacie", "16 rue Principale, 67599 Lindenheim", "03 88 71 46 30", "", "",
     "Mo-Fr 08:30-12:15,14:00-19:00; Sa 08:30-12:30", ""),
    ("Cabinet de kinésithérapie Ehrhart", "kinésithérapeute", "2 rue des Jardins, 67599 Lindenheim", "03 88 71 46 40",
     "", "", "", ""),
    ("Dr Nicole Schaeffer", "dentiste", "13 rue Principale, 67599 Lindenheim", "03 88 71 46 50", "", "", "", ""),
    ("Cabinet infirmier Meyer et Roth", "infirmier", "6 place de l'Église, 67599 Lindenheim", "03 88 71 46 60",
     "", "", "", "Soins à domicile 7 jours sur 7."),
    ("Clinique vétérinaire des Prés", "vétérinaire", "2 rue de l'Industrie, 67599 Lindenheim", "03 88 71 47 20",
     "", "", "Mo-Fr 08:30-12:00,14:00-19:00; Sa 09:00-12:00", ""),
    ("Boulangerie-pâtisserie Rohfritsch", "boulangerie", "9 rue Principale, 67599 Lindenheim", "03 88 71 47 30",
     "", "", "Tu-Sa 06:00-12:30,14:30-18:30; Su 07:00-12:00", "Kougelhopfs, bretzels et mannalas à la Saint-Nicolas."),
    ("Boucherie-charcuterie Gross", "boucherie", "14 rue Principale, 67599 Lindenheim", "03 88 71 47 40", "", "",
     "Tu-Fr 07:30-12:30,15:00-18:30; Sa 07:00-13:00", ""),
    ("Winstub Zum Lindebaum", "restaurant", "1 rue du Moulin (Mühlgass), 67599 Lindenheim", "03 88 71 47 50", "", "",
     "We-Su 11:30-14:00,18:30-22:00", "Cuisine alsacienne, tartes flambées le vendredi soir."),
    ("Épicerie du Marché", "épicerie", "3 place du Marché, 67599 Lindenheim", "03 88 71 47 60", "", "",
     "Mo-Sa 07:30-19:00; Su 08:00-12:00", "Dépôt de pain et relais colis."),
    ("Caisse mutuelle de la Birsel", "banque", "18 rue Principale, 67599 Lindenheim", "03 88 71 47 70", "", "", "",
     "Distributeur de billets accessible 24 h sur 24."),
    ("Agence postale communale", "bureau de poste", "2 place de la Mairie, 67599 Lindenheim", "03 88 71 42 15", "", "",
     "Mo-Fr 09:00-11:30; Sa 09:00-11:00", "Dans le hall de la mairie."),
    ("Ateliers municipaux", "services techniques", "12 rue de l'Industrie, 67599 Lindenheim", "03 88 71 42 30", "", "",
     "", "Services techniques de la commune : voirie, espaces verts, sacs de sable et sel de déneigement."),
    ("Déchetterie intercommunale de la Birsel", "déchetterie", "chemin des Saules, 67599 Lindenheim", "03 88 71 48 00",
     "", "", "", "Gérée par le SICB ; horaires d'été et d'hiver dans la fiche pratique."),
    ("Garage Burger", "garage automobile", "25 route de Haguenau, 67599 Lindenheim", "03 88 71 48 10", "", "",
     "Mo-Fr 08:00-12:00,13:30-18:00", ""),
    ("Salon Lisa Coiffure", "coiffeur", "5 rue de la Gare, 67599 Lindenheim", "03 88 71 48 20", "", "",
     "Tu-Fr 09:00-18:30; Sa 08:00-15:00", ""),
    ("Salle polyvalente Lindehall", "salle des fêtes", "5 rue des Sports, 67599 Lindenheim", "03 88 71 42 10", "", "",
     "", "250 places, cuisine équipée ; réservation à la mairie."),
    ("Brigade de gendarmerie", "gendarmerie", "30 route de Haguenau, 67599 Lindenheim", "03 88 71 49 17", "", "",
     "Mo-Sa 08:00-12:00,14:00-18:00", "En cas d'urgence, composez le 17."),
    ("Centre de secours des sapeurs-pompiers", "pompiers", "4 rue de l'Industrie, 67599 Lindenheim", "", "", "", "",
     "En cas d'urgence, composez le 18 ou le 112."),
    ("FC Lindenheim", "association sportive", "stade municipal, rue du Stade, 67599 Lindenheim", "06 12 34 56 01",
     "contact@fclindenheim.fr", "https://fclindenheim.fr", "",
     "Club de football : équipes de jeunes dès 5 ans, seniors et vétérans. Président : Marc Schott."),
    ("Harmonie municipale de Lindenheim", "association musicale", "2 rue de l'Église, 67599 Lindenheim",
     "06 12 34 56 02", "harmonie.lindenheim@example.fr", "", "",
     "Orchestre d'harmonie et école de musique : cours d'instruments à vent et de percussions. Répétitions le vendredi soir."),
    ("Chorale Sainte-Cécile", "chorale", "presbytère, 1 place de l'Église, 67599 Lindenheim", "06 12 34 56 03", "", "",
     "", "Chorale paroissiale ; répétitions le mardi à 20 h."),
    ("Theaterverein Lindenheim", "association culturelle", "5 rue des Sports, 67599 Lindenheim", "06 12 34 56 04", "",
     "", "", "Troupe de théâtre alsacien : pièces en dialecte jouées en janvier et février à la Lindehall."),
    ("AAPPMA La Truite de la Birsel", "association de pêche", "rue des Saules, 67599 Lindenheim", "06 12 34 56 05", "",
     "", "", "Association de pêche : cartes de pêche, alevinage et entretien des berges de la Birsel."),
    ("Société d'arboriculture de Lindenheim", "association", "verger-école, rue des Vergers, 67599 Lindenheim",
     "06 12 34 56 06", "", "", "",
     "Cours de taille des arbres fruitiers au printemps ; pressoir à jus de pommes ouvert en octobre."),
    ("Tennis-Club de Lindenheim", "association sportive", "rue du Stade, 67599 Lindenheim", "06 12 34 56 07", "", "",
     "", "Trois courts extérieurs et un court couvert ; école de tennis le mercredi."),
    ("Société de gymnastique Concordia", "association sportive", "gymnase, 9 rue des Sports, 67599 Lindenheim",
     "06 12 34 56 08", "", "", "", "Gymnastique artistique, baby-gym et gym douce pour les seniors."),
    ("Basket-Club de Lindenheim", "association sportive", "gymnase, 9 rue des Sports, 67599 Lindenheim",
     "06 12 34 56 09", "", "", "", "Équipes de basket mini-poussins à seniors."),
    ("Judo-Club de la Birsel", "association sportive", "dojo, 9 rue des Sports, 67599 Lindenheim", "06 12 34 56 10",
     "", "", "", "Judo et jujitsu dès 4 ans, cours le lundi et le jeudi."),
    ("Amicale des donneurs de sang de Lindenheim", "association", "2 place de la Mairie, 67599 Lindenheim",
     "06 12 34 56 11", "", "", "", "Organise quatre collectes de sang par an à la Lindehall."),
    ("Club de l'Amitié", "club des aînés", "salle paroissiale, 1 place de l'Église, 67599 Lindenheim",
     "06 12 34 56 12", "", "", "", "Rencontres des seniors le jeudi après-midi : jeux de cartes, sorties, goûters."),
    ("Amicale des sapeurs-pompiers de Lindenheim", "association", "4 rue de l'Industrie, 67599 Lindenheim",
     "06 12 34 56 13", "", "", "", "Organise le bal du 13 juillet et la vente des calendriers."),
    ("Association des parents d'élèves de Lindenheim", "association de parents d'élèves",
     "3 rue des Écoles, 67599 Lindenheim", "06 12 34 56 14", "ape.lindenheim@example.fr", "", "",
     "Bourse aux vêtements et fête de fin d'année des écoles."),
    ("Cercle d'histoire de Lindenheim", "association culturelle", "4 rue de l'Église, 67599 Lindenheim",
     "06 12 34 56 15", "", "", "", "Histoire locale, visites guidées du vieux moulin et publication d'un annuaire annuel."),
]
write("annuaire.csv",
      ["nom", "categorie", "adresse", "telephone", "email", "site_web", "horaires", "description"],
      [list(a) for a in ANNUAIRE], encoding="cp1252")

print("fiches", len(FICHES), "arretes", len(ARRETES), "deliberations", len(DELIBS), "annuaire", len(ANNUAIRE))
