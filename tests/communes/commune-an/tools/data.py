"""One data table for commune-an (Villebrune-sur-Oise, fictional): every file and every expected
amount of questions.yml is derived from what is written here."""
import hashlib

COMMUNE = dict(
    nom="Villebrune-sur-Oise",
    code_insee="95699",
    siret="21950699000015",
    population=14086,
    site_web="https://www.villebrune95.fr",
    maire="Nathalie Ferrand-Oukil",
    description=("Ville de 14 086 habitants du Val-d'Oise, au bord de la Viosne, entre Pontoise et la "
                 "vallée de l'Oise ; gare Transilien, futur tramway T17 ; quartiers du Centre, de la "
                 "Gare, des Coudrays et des Noues."),
    adresse="Hôtel de Ville, 1 place de l'Hôtel-de-Ville, 95520 Villebrune-sur-Oise",
    telephone="01 34 42 17 00",
    email="accueil@villebrune95.fr",
    horaires="Mo-We,Fr 08:30-12:00,13:30-17:30; Th 08:30-12:00,13:30-19:00; Sa 09:00-12:00; PH off",
)
SIREN = COMMUNE["siret"][:9]
BGT_NOM = "VILLE DE VILLEBRUNE-SUR-OISE - BUDGET PRINCIPAL"

# ---------------------------------------------------------------- fiches pratiques
FICHES = [
    ("Comment faire ou refaire une carte d'identité ou un passeport ?",
     "Uniquement sur rendez-vous, à l'accueil de l'Hôtel de Ville (service Population) : prenez rendez-vous sur rdv.villebrune95.fr ou au 01 34 42 17 00. Faites d'abord la pré-demande sur ants.gouv.fr. La présence de la personne est obligatoire au dépôt, y compris les enfants. Délai actuel : environ 6 semaines. Le titre se retire en mairie dans les 3 mois.",
     "carte d'identité perdue|renouveler passeport|rdv CNI|pièce d'identité volée", "état civil", "https://www.villebrune95.fr/cni-passeport"),
    ("Comment inscrire mon enfant à l'école ?",
     "Pour une première inscription en maternelle ou après un déménagement, inscrivez l'enfant au service Éducation (Hôtel de Ville, 1er étage) avec le livret de famille, un justificatif de domicile de moins de 3 mois et le carnet de vaccinations. Inscriptions pour la rentrée 2027 du 4 janvier au 26 février 2027. Le service remet un certificat d'inscription à présenter au directeur de l'école.",
     "inscription maternelle|inscription scolaire|changer d'école|première rentrée", "école", "https://www.villebrune95.fr/inscriptions-scolaires"),
    ("Comment inscrire mon enfant à la cantine et à l'accueil de loisirs ?",
     "Tout se fait sur le Portail Famille (famille.villebrune95.fr) : créez votre compte, déposez les pièces justificatives, puis réservez. Les repas et les mercredis se réservent ou s'annulent au plus tard le jeudi minuit pour la semaine suivante ; les vacances scolaires se réservent 3 semaines avant. Un repas pris sans réservation est facturé au tarif hors commune.",
     "réserver la cantine|annuler un repas|inscription centre de loisirs|portail famille", "école", "https://famille.villebrune95.fr"),
    ("Comment est calculé le quotient familial ?",
     "Le quotient familial (QF) se calcule chaque année du 1er juin au 30 septembre, au service Éducation ou sur le Portail Famille, avec l'attestation CAF de moins de 3 mois (ou le dernier avis d'imposition). QF = revenus mensuels du foyer divisés par le nombre de parts. Sans calcul, c'est le tarif de la tranche 6 (la plus élevée) qui s'applique.",
     "calcul QF|tranche de quotient|tarif selon revenus", "école", ""),
    ("Comment me débarrasser de mes encombrants ?",
     "Les encombrants sont collectés sur rendez-vous par l'agglomération Val d'Oise-Viosne au 0 800 95 15 20 (appel gratuit). Sortez-les la veille au soir devant chez vous, 2 m³ au maximum. Vous pouvez aussi les déposer à la déchèterie de la Croix-Blanche.",
     "ramassage des monstres|jeter un canapé|vieux matelas", "déchets", ""),
    ("Quand sont collectés les déchets verts ?",
     "Les déchets végétaux sont collectés le lundi matin d'avril à novembre, en sacs papier ou dans le bac à couvercle marron. Le brûlage des déchets verts est interdit toute l'année.",
     "tonte de gazon|branches|feuilles mortes|brûler les feuilles", "déchets", ""),
    ("Comment obtenir la vignette de stationnement résident ?",
     "La vignette résident (zones A et B) se demande à la police municipale ou en ligne, avec la carte grise à une adresse de Villebrune-sur-Oise et un justificatif de domicile. Tarif : 30 € par an pour le premier véhicule, 60 € pour le deuxième. Elle est valable du 1er janvier au 31 décembre.",
     "carte résident|macaron stationnement|stationnement résidentiel", "stationnement", ""),
    ("Que faire pour le recensement citoyen à 16 ans ?",
     "Tout jeune Français doit se faire recenser entre ses 16 ans et la fin du 3e mois qui suit, en mairie (pièce d'identité et livret de famille) ou en ligne sur majdc.fr. L'attestation de recensement est demandée pour s'inscrire au permis de conduire et aux examens comme le bac.",
     "JDC|journée défense citoyenneté|recensement militaire", "citoyenneté", ""),
    ("Comment s'inscrire sur les listes électorales ?",
     "En ligne sur service-public.fr ou en mairie avec une pièce d'identité et un justificatif de domicile, au plus tard le 6e vendredi avant le scrutin.",
     "voter|carte électorale|changement d'adresse électeur", "élections", ""),
    ("Comment obtenir un acte de naissance ?",
     "Pour une personne née à Villebrune-sur-Oise, la demande est gratuite, en ligne sur villebrune95.fr ou par courrier au service État civil. Pour une naissance ailleurs, adressez-vous à la mairie du lieu de naissance ; pour une naissance à l'étranger, au service central d'état civil de Nantes.",
     "extrait d'acte de naissance|copie intégrale|acte de mariage", "état civil", ""),
    ("Comment se marier ou se pacser à Villebrune-sur-Oise ?",
     "Retirez le dossier de mariage au service État civil au moins 3 mois avant la date souhaitée ; les mariages sont célébrés le vendredi après-midi et le samedi. Le PACS est enregistré en mairie sur rendez-vous au service État civil.",
     "mariage|PACS|pacte civil de solidarité", "état civil", ""),
    ("J'ai perdu ou trouvé un objet, que faire ?",
     "Les objets trouvés sont déposés à la police municipale, 12 rue Carnot. Les papiers d'identité sont transmis à l'organisme qui les a délivrés au bout d'un mois.",
     "objets trouvés|clés perdues|portefeuille perdu", "sécurité", ""),
    ("Comment faire surveiller mon logement pendant les vacances ?",
     "Inscrivez-vous à l'Opération Tranquillité Vacances auprès de la police municipale au moins 48 heures avant votre départ (formulaire en ligne ou sur place) : des patrouilles passent devant votre logement pendant votre absence. Service gratuit, toute l'année.",
     "OTV|tranquillité vacances|surveillance maison", "sécurité", ""),
    ("Comment signaler un problème sur la voie publique ?",
     "Nid-de-poule, lampadaire en panne, dépôt sauvage, tag : signalez-le dans l'application Villebrune Direct ou au centre technique municipal au 01 34 42 17 60.",
     "nid de poule|éclairage public en panne|dépôt sauvage|trottoir abîmé", "voirie", ""),
    ("Comment louer une salle municipale ?",
     "Les habitants peuvent louer la salle des fêtes Jean-Moulin (200 personnes) ou la salle polyvalente des Coudrays (80 personnes). Réservation au service Vie associative au moins 2 mois avant. Les tarifs sont votés chaque année par le conseil municipal.",
     "location salle des fêtes|salle pour un anniversaire|réserver une salle", "vie associative", ""),
    ("Comment acheter une concession au cimetière ?",
     "Le cimetière communal, rue du Repos, propose des concessions de 15 ans, 30 ans ou 50 ans. Adressez-vous au service État civil.",
     "concession funéraire|tombe|caveau", "cimetière", ""),
    ("Comment faire une attestation d'accueil ?",
     "Pour recevoir un proche étranger pour une visite de moins de 3 mois : demande en mairie, au service Population, avec votre titre de séjour ou carte d'identité, un justificatif de domicile et un timbre fiscal de 30 €.",
     "attestation d'hébergement|visa visite famille|faire venir un parent", "état civil", ""),
    ("Où apprendre le français quand on est adulte ?",
     "Des ateliers sociolinguistiques (cours de français pour adultes) ont lieu au centre social Les Noues le mardi et le jeudi de 9 h 30 à 11 h 30, gratuitement ; inscription sur place en septembre. L'association ASTI Villebrune propose aussi des cours le soir.",
     "cours de français|apprendre le français|alphabétisation|FLE", "social", ""),
]

# ---------------------------------------------------------------- arrêtés (CSV, Windows-1252)
# (id, date, type, matiere code, matiere nom, objet, debut, fin, lieux)
POL = ("6.1", "Libertés publiques et pouvoirs de police/Police municipale")
VOI = ("8.3", "Domaines de compétences par thèmes/Voirie")
ARRETES = [
    ("2024-112", "14/10/2024", "permanent", *POL,
     "Création de la zone de stationnement résidentiel A (quartier des Coudrays) : du lundi au samedi de 9 h à 19 h, stationnement réservé aux véhicules munis de la vignette résident « zone A » ; les autres véhicules sont limités à 2 heures avec disque",
     "04/11/2024", "", "rue des Coudrays;rue Pasteur;allée des Acacias"),
    ("2025-041", "20/03/2025", "permanent", *POL,
     "Création de la zone de stationnement résidentiel B (quartier de la Gare) : stationnement payant de 9 h à 19 h du lundi au samedi, sauf pour les résidents munis de la vignette « zone B » ; gratuit les dimanches et jours fériés",
     "07/04/2025", "", "avenue de la Gare;rue Émile-Zola;rue du Moulin"),
    ("2023-087", "12/06/2023", "permanent", *POL,
     "Règlement du marché forain de la place du Marché-Neuf : marché les mardis, vendredis et dimanches de 7 h 30 à 13 h 30 ; stationnement interdit place du Marché-Neuf et rue de la Halle de 5 h à 15 h les jours de marché, véhicules en infraction mis en fourrière",
     "01/07/2023", "", "place du Marché-Neuf;rue de la Halle"),
    ("2025-118", "25/08/2025", "permanent", *POL,
     "Rue aux écoles devant l'école élémentaire Jules-Ferry : la rue Jules-Ferry est fermée à la circulation des véhicules les lundis, mardis, jeudis et vendredis de 8 h 15 à 8 h 45 et de 16 h 15 à 16 h 45, en période scolaire (sauf secours, riverains et vélos)",
     "01/09/2025", "", "rue Jules-Ferry"),
    ("2026-097", "24/08/2026", "permanent", *POL,
     "Rue aux écoles devant le groupe scolaire Louise-Michel : la rue de la Fontaine-Saint-Martin est fermée à la circulation des véhicules les lundis, mardis, jeudis et vendredis de 8 h 10 à 8 h 40 et de 16 h 20 à 16 h 50, en période scolaire, à partir de la rentrée du 1er septembre 2026",
     "01/09/2026", "", "rue de la Fontaine-Saint-Martin"),
    ("2026-014", "09/02/2026", "temporaire", *VOI,
     "Travaux du tramway T17 (phase 1) : fermeture de l'avenue du Général-Leclerc entre le rond-point de la Viosne et la rue Pasteur du 2 mars au 30 juin 2026 ; déviation par la rue Victor-Hugo et le boulevard de l'Oise",
     "02/03/2026", "30/06/2026", "avenue du Général-Leclerc;rond-point de la Viosne"),
    ("2026-058", "15/06/2026", "temporaire", *VOI,
     "Travaux du tramway T17 (phase 2) : route de Pontoise barrée à la circulation entre la rue des Longues-Raies et le chemin des Vignes du 6 juillet au 28 août 2026 ; déviation par la rue des Longues-Raies et le chemin des Vignes",
     "06/07/2026", "28/08/2026", "route de Pontoise"),
    ("2026-093", "24/08/2026", "temporaire", *VOI,
     "Prolongation des travaux du tramway T17 (phase 2) : la route de Pontoise reste barrée entre la rue des Longues-Raies et le chemin des Vignes jusqu'au 18 septembre 2026 inclus, mêmes déviations",
     "29/08/2026", "18/09/2026", "route de Pontoise"),
    ("2026-101", "31/08/2026", "temporaire", *VOI,
     "Travaux du tramway T17 (phase 3) : circulation alternée par feux et vitesse limitée à 30 km/h au carrefour de la Libération et rue Carnot du 14 septembre au 18 décembre 2026 ; tourne-à-gauche vers la rue Carnot interdit",
     "14/09/2026", "18/12/2026", "carrefour de la Libération;rue Carnot"),
    ("2026-104", "07/09/2026", "temporaire", *POL,
     "Grande brocante d'automne des Coudrays le dimanche 27 septembre 2026 : circulation et stationnement interdits de 5 h à 20 h rue des Coudrays, allée des Acacias et place Salvador-Allende",
     "27/09/2026", "27/09/2026", "rue des Coudrays;allée des Acacias;place Salvador-Allende"),
    ("2026-030", "09/03/2026", "temporaire", *POL,
     "Fête foraine de printemps sur le parking du stade Léo-Lagrange du 4 au 26 avril 2026 : stationnement interdit sur le parking du stade Léo-Lagrange du 30 mars au 29 avril 2026 (montage et démontage des manèges) ; manèges ouverts jusqu'à 22 h, 23 h les vendredis et samedis",
     "30/03/2026", "29/04/2026", "parking du stade Léo-Lagrange"),
    ("2026-074", "29/06/2026", "temporaire", *POL,
     "Interdiction de la vente, de la détention et de l'usage des pétards et artifices de divertissement (catégories F2, F3 et F4) sur la voie publique du 10 au 16 juillet 2026, sauf feu d'artifice municipal",
     "10/07/2026", "16/07/2026", "ensemble du territoire communal"),
    ("2026-139", "23/11/2026", "temporaire", *POL,
     "Interdiction de la vente, de la détention et de l'usage des pétards et artifices de divertissement sur la voie publique du 24 décembre 2026 au 2 janvier 2027",
     "24/12/2026", "02/01/2027", "ensemble du territoire communal"),
    ("2025-203", "18/11/2025", "permanent", *POL,
     "Interdiction de faire décoller, atterrir ou survoler des drones de loisir au-dessus des parcs, jardins et équipements sportifs municipaux, sauf autorisation écrite du maire",
     "01/12/2025", "", "parc des Sablons;square de la Mairie;stade Léo-Lagrange"),
    ("2026-075", "29/06/2026", "temporaire", *POL,
     "Feu d'artifice du lundi 13 juillet 2026 au parc des Sablons : survol par drones interdit, parc fermé au public de 14 h à minuit sauf pour les spectateurs par l'entrée de la rue du Parc ; stationnement interdit rue du Parc de 12 h à 2 h",
     "13/07/2026", "14/07/2026", "parc des Sablons;rue du Parc"),
    ("2024-055", "15/04/2024", "permanent", *POL,
     "Bruits de voisinage : travaux de bricolage et de jardinage bruyants (tondeuse, perceuse, tronçonneuse) autorisés du lundi au vendredi de 8 h 30 à 12 h et de 14 h 30 à 19 h 30, le samedi de 9 h à 12 h et de 15 h à 19 h, le dimanche et les jours fériés de 10 h à 12 h uniquement",
     "01/05/2024", "", "ensemble du territoire communal"),
    ("2026-121", "26/10/2026", "temporaire", *POL,
     "Marché de Noël du vendredi 11 au dimanche 13 décembre 2026 : stationnement interdit place de l'Hôtel-de-Ville du 10 décembre 8 h au 14 décembre 12 h ; circulation interdite rue de la République entre la place de l'Hôtel-de-Ville et la rue Carnot le samedi 12 et le dimanche 13 décembre de 10 h à 20 h",
     "10/12/2026", "14/12/2026", "place de l'Hôtel-de-Ville;rue de la République"),
    ("2026-136", "16/11/2026", "temporaire", *VOI,
     "Travaux de raccordement Enedis rue Victor-Hugo du 7 au 18 décembre 2026 : circulation alternée par feux tricolores de 9 h à 16 h 30 et stationnement interdit au droit du chantier",
     "07/12/2026", "18/12/2026", "rue Victor-Hugo"),
    ("2026-138", "20/11/2026", "temporaire", *VOI,
     "Renouvellement de la canalisation d'eau potable rue des Coudrays du 14 décembre 2026 au 22 janvier 2027 : rue barrée entre la rue Pasteur et l'allée des Acacias (sauf riverains), déviation par l'allée des Acacias",
     "14/12/2026", "22/01/2027", "rue des Coudrays"),
    ("2026-028", "02/03/2026", "temporaire", *POL,
     "Carnaval des écoles le samedi 28 mars 2026 : circulation interdite de 14 h à 17 h sur le parcours rue de la République, rue Carnot et avenue de la Gare",
     "28/03/2026", "28/03/2026", "rue de la République;rue Carnot;avenue de la Gare"),
    ("2025-160", "13/10/2025", "permanent", *POL,
     "Limitation de la vitesse à 30 km/h dans le centre-ville",
     "03/11/2025", "", "rue de la République;rue Carnot;rue de la Halle;place de l'Hôtel-de-Ville"),
    ("2026-003", "05/01/2026", "temporaire", *POL,
     "Interdiction de la consommation de boissons alcoolisées sur la voie publique de 21 h à 6 h aux abords de la gare et de la place du Marché-Neuf du 15 janvier au 31 décembre 2026",
     "15/01/2026", "31/12/2026", "avenue de la Gare;parvis de la gare;place du Marché-Neuf"),
    ("2026-066", "08/06/2026", "temporaire", *POL,
     "Fête de la musique le dimanche 21 juin 2026 : rue de la République piétonne de 17 h à 1 h du matin",
     "21/06/2026", "22/06/2026", "rue de la République"),
    ("2026-087", "17/08/2026", "temporaire", *POL,
     "Forum des associations le samedi 5 septembre 2026 au gymnase Léo-Lagrange : stationnement interdit rue Léo-Lagrange de 7 h à 19 h",
     "05/09/2026", "05/09/2026", "rue Léo-Lagrange"),
    ("2026-117", "19/10/2026", "temporaire", *POL,
     "Cérémonie du 11 Novembre : circulation et stationnement interdits rue de la République et place du Souvenir (monument aux morts) le mercredi 11 novembre 2026 de 10 h à 12 h 30",
     "11/11/2026", "11/11/2026", "rue de la République;place du Souvenir"),
    ("2026-127", "09/11/2026", "temporaire", *POL,
     "Stationnement interdit au droit du 18 rue Carnot pour un déménagement avec monte-meubles le samedi 19 décembre 2026 de 8 h à 18 h",
     "19/12/2026", "19/12/2026", "rue Carnot"),
    ("2026-141", "30/11/2026", "temporaire", *VOI,
     "Élagage des platanes de l'avenue de la Gare : stationnement interdit côté pair du lundi 4 au vendredi 8 janvier 2027 de 8 h à 17 h",
     "04/01/2027", "08/01/2027", "avenue de la Gare"),
    ("2026-044", "23/03/2026", "permanent", *POL,
     "Horaires et règlement du parc des Sablons : ouvert de 8 h à 21 h du 1er avril au 30 septembre et de 8 h à 18 h du 1er octobre au 31 mars ; chiens tenus en laisse",
     "01/04/2026", "", "parc des Sablons"),
]

# ---------------------------------------------------------------- arrêtés (PDF)
PDF_HEADER = "VILLE DE VILLEBRUNE-SUR-OISE (Val-d'Oise) - Police municipale et Voirie"
PDF_FOOTER = "Hôtel de Ville - 1 place de l'Hôtel-de-Ville - 95520 Villebrune-sur-Oise - Tél. 01 34 42 17 00"
PDFS = {
    "arrete-2026-058.pdf": dict(
        numero="2026-058", date="15 juin 2026", stamp="095-%s-20260615-2026_058-AR" % SIREN,
        titre="Arrêté portant réglementation temporaire de la circulation",
        objet="Travaux du tramway T17 (phase 2) - route de Pontoise",
        vus=["Vu le Code général des collectivités territoriales, notamment ses articles L.2212-1, L.2212-2 et L.2213-1 ;",
             "Vu le Code de la route ;",
             "Vu la demande de l'entreprise Colas Île-de-France, mandatée par Île-de-France Mobilités, du 2 juin 2026 ;",
             "Considérant que les travaux de la plateforme du tramway T17 nécessitent de fermer la route de Pontoise à la circulation ;"],
        articles=[
            "Article 1 : Du lundi 6 juillet au vendredi 28 août 2026, la route de Pontoise est barrée à la circulation entre la rue des Longues-Raies et le chemin des Vignes, de jour comme de nuit.",
            "Article 2 : Une déviation est mise en place dans les deux sens par la rue des Longues-Raies et le chemin des Vignes. Les poids lourds de plus de 3,5 tonnes sont déviés par le boulevard de l'Oise.",
            "Article 3 : L'arrêt de bus « Les Vignes » des lignes 95-07 et 95-18 est reporté rue des Longues-Raies, à hauteur du n° 40, pendant toute la durée des travaux.",
            "PAGE",
            "Article 4 : L'accès des riverains et des livraisons est maintenu de 9 h à 11 h, sous la conduite du personnel de chantier.",
            "Article 5 : La signalisation est posée et entretenue par l'entreprise Colas Île-de-France sous le contrôle des services techniques municipaux.",
            "Article 6 : Le Directeur général des services, le chef de la police municipale et le commandant de la circonscription de police sont chargés, chacun en ce qui le concerne, de l'exécution du présent arrêté."],
    ),
    "arrete-2026-134-corrida.pdf": dict(
        numero="2026-134", date="23 novembre 2026", stamp="095-%s-20261123-2026_134-AR" % SIREN,
        titre="Arrêté portant réglementation temporaire de la circulation et du stationnement",
        objet="Corrida de Noël du dimanche 20 décembre 2026",
        vus=["Vu le Code général des collectivités territoriales, notamment ses articles L.2212-1, L.2212-2 et L.2213-1 ;",
             "Vu le Code de la route ;",
             "Vu l'arrêté municipal n° 2026-138 du 20 novembre 2026 réglementant la circulation rue des Coudrays pendant les travaux de canalisation ;",
             "Considérant que l'association Athlétic Club Villebrune-Viosne organise la Corrida de Noël, course pédestre de 5 km et de 10 km, le dimanche 20 décembre 2026 ;",
             "Considérant qu'il convient d'assurer la sécurité des coureurs et des spectateurs ;"],
        articles=[
            "Article 1 : Le dimanche 20 décembre 2026, de 8 h 30 à 12 h 30, la circulation et le stationnement sont interdits rue de la République, rue Carnot, rue de la Halle et place de l'Hôtel-de-Ville.",
            "Article 2 : Le stationnement est interdit place de l'Hôtel-de-Ville du samedi 19 décembre 2026 à 20 h au dimanche 20 décembre 2026 à 14 h (village d'arrivée). Les véhicules en infraction seront mis en fourrière.",
            "Article 3 : Pendant la course, les véhicules sont déviés par l'avenue du Général-Leclerc et le boulevard de l'Oise.",
            "PAGE",
            "Article 4 : Les lignes de bus 95-07 et 95-12 sont déviées ; l'arrêt « Hôtel de Ville » n'est pas desservi de 8 h 30 à 12 h 30.",
            "Article 5 : La signalisation est mise en place par les services techniques municipaux.",
            "Article 6 : Le Directeur général des services et le chef de la police municipale sont chargés, chacun en ce qui le concerne, de l'exécution du présent arrêté, qui sera affiché et publié."],
    ),
}

# ---------------------------------------------------------------- délibérations (SCDL)
# (id, date, code, nom, objet, budget_annee, effectif, reel, pour, contre, abst)
SUBV = [("US Villebrune Football", 24000), ("Judo Club Villebrunois", 8500), ("Tennis Club de Villebrune", 6200),
        ("Villebrune Basket Club", 9800), ("Athlétic Club Villebrune-Viosne", 5400), ("Comité des fêtes", 32000),
        ("Secours populaire", 4500), ("Restos du cœur", 3500), ("ASTI Villebrune", 6000),
        ("Club de l'Amitié", 2800), ("Théâtre de la Viosne", 3200), ("FCPE Villebrune", 800),
        ("Comité de jumelage", 3700), ("Association de gestion du centre social Les Noues", 76000)]
SUBV_TOTAL = sum(v for _, v in SUBV)
assert SUBV_TOTAL == 186400
CANTINE_2026 = ["0,95 €", "1,90 €", "2,85 €", "3,70 €", "4,35 €", "4,90 €"]
CANTINE_2025 = ["0,90 €", "1,80 €", "2,75 €", "3,60 €", "4,20 €", "4,75 €"]
QF = ["jusqu'à 450 €", "de 451 à 750 €", "de 751 à 1 050 €", "de 1 051 à 1 400 €", "de 1 401 à 1 800 €",
      "plus de 1 800 € ou QF non calculé"]
LOISIRS_2026 = ["3,10 €", "5,40 €", "8,20 €", "11,50 €", "14,20 €", "16,80 €"]


def tranches(prices):
    return " ; ".join("tranche %d (QF %s) %s" % (i + 1, QF[i], p) for i, p in enumerate(prices))


def fr_int(n):
    return "{:,}".format(n).replace(",", " ")


DELIBS_STATIC = [
    ("2025-041", "2025-05-22", "7.10", "Finances locales/Divers",
     "Tarifs de la restauration scolaire pour l'année scolaire 2025-2026, selon le quotient familial, applicables au 1er septembre 2025 : "
     + tranches(CANTINE_2025) + " ; enfants hors commune 6,00 €", "2025", 33, 31, 25, 4, 2),
    ("2025-098", "2025-12-11", "9.1", "Autres domaines de compétences/Autres domaines de compétences des communes",
     "Avis favorable aux dérogations au repos dominical des commerces de détail pour 2026 : 7 dimanches (11 janvier, 28 juin, 6 septembre, 29 novembre, 6, 13 et 20 décembre 2026)",
     "", 33, 31, 25, 4, 2),
    ("2026-004", "2026-01-29", "7.1", "Finances locales/Décisions budgétaires",
     "Prise d'acte de la tenue du débat d'orientation budgétaire 2026 : taux d'imposition maintenus, recours à l'emprunt de 2 500 000 € pour le groupe scolaire des Coudrays",
     "2026", 33, 32, None, None, None),
    ("2026-005", "2026-01-29", "7.5", "Finances locales/Subventions",
     "Demande de subvention à l'État au titre de la DSIL 2026 pour la rénovation énergétique de l'école élémentaire Jules-Ferry : coût des travaux 1 180 000 € HT, subvention sollicitée 420 000 €",
     "2026", 33, 32, 32, 0, 0),
    ("2026-021", "2026-03-26", "7.2", "Finances locales/Fiscalité",
     "Vote des taux d'imposition 2026 : taxe foncière sur les propriétés bâties 42,18 %, taxe foncière sur les propriétés non bâties 58,40 %, taxe d'habitation sur les résidences secondaires 19,62 % ; taux inchangés par rapport à 2025",
     "2026", 33, 33, 27, 0, 6),
    # 2026-022 budget primitif: built in generate.py with the totals
    ("2026-023", "2026-03-26", "7.5", "Finances locales/Subventions",
     "Attribution des subventions de fonctionnement 2026 aux associations, pour un total de " + fr_int(SUBV_TOTAL) + " € : "
     + ", ".join("%s %s €" % (n, fr_int(v)) for n, v in SUBV)
     + " ; les élus membres du bureau d'une association ne prennent pas part au vote", "2026", 33, 33, 30, 0, 3),
    ("2026-024", "2026-03-26", "7.5", "Finances locales/Subventions",
     "Subvention 2026 au centre communal d'action sociale (CCAS) : 420 000 €", "2026", 33, 33, 33, 0, 0),
    ("2026-025", "2026-03-26", "7.3", "Finances locales/Emprunts",
     "Contrat de prêt de 2 500 000 € auprès de La Banque Postale pour financer la construction du groupe scolaire des Coudrays : durée 20 ans, taux fixe de 3,42 %, échéances trimestrielles",
     "2026", 33, 33, 26, 5, 2),
    ("2026-026", "2026-03-26", "7.10", "Finances locales/Divers",
     "Tarifs de la restauration scolaire pour l'année scolaire 2026-2027, selon le quotient familial, applicables au 1er septembre 2026 : "
     + tranches(CANTINE_2026) + " ; enfants hors commune 6,20 € ; panier repas (PAI) 1,10 €", "2026", 33, 33, 27, 4, 2),
    ("2026-027", "2026-03-26", "7.10", "Finances locales/Divers",
     "Tarifs de l'accueil de loisirs (mercredis et vacances scolaires) pour 2026-2027, journée avec repas selon le quotient familial : "
     + tranches(LOISIRS_2026) + " ; demi-journée sans repas : moitié du tarif journée ; enfants hors commune 24,00 € la journée",
     "2026", 33, 33, 27, 4, 2),
    ("2026-041", "2026-05-21", "4.1", "Fonction publique/Personnels titulaires et stagiaires de la F.P.T.",
     "Création de deux postes de gardien-brigadier de police municipale : l'effectif de la police municipale passe de 9 à 11 agents, avec une brigade de soirée jusqu'à 1 h du matin",
     "2026", 33, 32, 28, 0, 4),
    ("2026-042", "2026-05-21", "8.7", "Domaines de compétences par thèmes/Transports",
     "Convention avec Île-de-France Mobilités pour les travaux du tramway T17 : participation de la commune de 350 000 € aux aménagements de voirie (pistes cyclables et plantations), versée en trois annuités",
     "2026", 33, 33, 31, 2, 0),
    ("2026-043", "2026-05-21", "7.10", "Finances locales/Divers",
     "Tarifs du centre aquatique Aquaviosne au 1er juillet 2026 : entrée adulte 4,20 € ; entrée enfant (4 à 17 ans) 2,60 € ; gratuit pour les moins de 4 ans ; carte 10 entrées adulte 36,00 € ; carte 10 entrées enfant 22,00 € ; non-résidents : tarifs majorés de 50 %",
     "2026", 33, 33, 33, 0, 0),
    ("2026-058", "2026-06-25", "7.1", "Finances locales/Décisions budgétaires",
     "Approbation du compte administratif 2025 du budget principal (la maire ayant quitté la séance, sous la présidence de M. Olivier Santos, premier adjoint)",
     "2025", 33, 32, 26, 0, 6),
    ("2026-059", "2026-06-25", "7.1", "Finances locales/Décisions budgétaires",
     "Affectation du résultat de fonctionnement 2025 : 1 250 000 € au compte 1068 (investissement) et 1 420 000 € reportés en fonctionnement (ligne 002), confirmant la reprise anticipée du budget primitif 2026",
     "2026", 33, 33, 27, 0, 6),
    ("2026-078", "2026-09-24", "6.1", "Libertés publiques et pouvoirs de police/Police municipale",
     "Extension du système de vidéoprotection : 12 nouvelles caméras (gare, place du Marché-Neuf, parc des Sablons) pour 186 000 € HT ; demande de subventions au FIPD et à la Région Île-de-France",
     "2026", 33, 33, 28, 3, 2),
    ("2026-079", "2026-09-24", "7.5", "Finances locales/Subventions",
     "Subvention exceptionnelle de 3 000 € au Secours populaire pour l'aide aux familles sinistrées par les inondations de la Viosne",
     "2026", 33, 31, 31, 0, 0),
    ("2026-080", "2026-09-24", "9.1", "Autres domaines de compétences/Autres domaines de compétences des communes",
     "Dénomination de la nouvelle voie du quartier des Coudrays : allée Gisèle-Halimi", "", 33, 31, 31, 0, 0),
    ("2026-096", "2026-11-19", "7.10", "Finances locales/Divers",
     "Tarifs de location des salles municipales au 1er janvier 2027 : salle des fêtes Jean-Moulin 650 € le week-end pour les habitants et 1 100 € pour les extérieurs, caution 1 000 € ; salle polyvalente des Coudrays 280 € le week-end pour les habitants ; gratuité une fois par an pour les associations villebrunoises",
     "2027", 33, 33, 27, 0, 6),
    ("2026-097", "2026-11-19", "7.3", "Finances locales/Emprunts",
     "Garantie d'emprunt à hauteur de 50 % accordée à Val-d'Oise Habitat pour la construction de 42 logements sociaux rue des Longues-Raies (prêt de 5 840 000 €)",
     "2026", 33, 33, 25, 6, 2),
    ("2026-098", "2026-11-19", "7.10", "Finances locales/Divers",
     "Droits de place du marché forain au 1er janvier 2027 : commerçants abonnés 1,30 € le mètre linéaire par marché ; non abonnés 2,00 € le mètre linéaire ; branchement électrique 1,50 € par jour",
     "2027", 33, 33, 33, 0, 0),
]

# ---------------------------------------------------------------- annuaire
# (nom, categorie, adresse, telephone, email, site, horaires, description)
V = "95520 Villebrune-sur-Oise"
ANNUAIRE = [
    ("École maternelle Les Coudrays", "école maternelle", "4 allée des Acacias, " + V, "01 34 42 18 10", "", "", "Mo,Tu,Th,Fr 08:20-11:30,13:20-16:30; PH off", "Sept classes ; accueil périscolaire sur place."),
    ("École maternelle Louise-Michel", "école maternelle", "9 rue de la Fontaine-Saint-Martin, " + V, "01 34 42 18 11", "", "", "Mo,Tu,Th,Fr 08:20-11:30,13:20-16:30; PH off", "Groupe scolaire Louise-Michel."),
    ("École élémentaire Louise-Michel", "école élémentaire", "11 rue de la Fontaine-Saint-Martin, " + V, "01 34 42 18 12", "", "", "Mo,Tu,Th,Fr 08:30-11:30,13:30-16:30; PH off", "Groupe scolaire Louise-Michel, rue aux écoles aux heures d'entrée et de sortie."),
    ("École élémentaire Jules-Ferry", "école élémentaire", "2 rue Jules-Ferry, " + V, "01 34 42 18 13", "", "", "Mo,Tu,Th,Fr 08:30-11:30,13:30-16:30; PH off", "Douze classes dont une UPE2A pour les élèves allophones."),
    ("Groupe scolaire Pasteur", "école primaire", "35 rue Pasteur, " + V, "01 34 42 18 14", "", "", "Mo,Tu,Th,Fr 08:30-11:30,13:30-16:30; PH off", "Maternelle et élémentaire."),
    ("Collège Camille-Claudel", "collège", "1 boulevard de l'Oise, " + V, "01 30 37 52 00", "ce.0950999x@ac-versailles.fr", "", "Mo-Fr 08:00-17:30; PH off", "Collège public du département."),
    ("Multi-accueil Les P'tits Loups", "crèche", "6 rue du Moulin, " + V, "01 34 42 18 30", "petite.enfance@villebrune95.fr", "", "Mo-Fr 07:30-18:45; PH off", "Crèche municipale de 60 places, enfants de 10 semaines à 3 ans."),
    ("Crèche familiale Les Lucioles", "crèche familiale", "14 allée des Acacias, " + V, "01 34 42 18 31", "petite.enfance@villebrune95.fr", "", "Mo-Fr 08:30-17:00; PH off", "Assistantes maternelles employées par la ville."),
    ("Relais petite enfance (RPE)", "relais petite enfance", "14 allée des Acacias, " + V, "01 34 42 18 32", "rpe@villebrune95.fr", "", "Tu,Th 13:30-17:30; Sa 09:00-12:00; PH off", "Informations sur les modes de garde, liste des assistantes maternelles."),
    ("Médiathèque Albert-Camus", "médiathèque", "3 place du Marché-Neuf, " + V, "01 34 42 17 80", "mediatheque@villebrune95.fr", "https://mediatheque.villebrune95.fr", "Tu 14:00-19:00; We 10:00-18:00; Th 14:00-18:00; Fr 14:00-19:00; Sa 10:00-18:00; PH off", "Prêt gratuit pour les habitants, espace jeux vidéo, postes internet."),
    ("Centre aquatique Aquaviosne", "piscine", "2 rue Léo-Lagrange, " + V, "01 34 42 17 90", "aquaviosne@villebrune95.fr", "", "Mo 12:00-13:45; Tu 12:00-13:45,17:00-20:00; We 10:00-19:00; Th 12:00-13:45,17:00-20:00; Fr 12:00-13:45,17:00-21:30; Sa 10:00-18:00; Su 09:00-13:00; PH 09:00-13:00; Dec 25 off; Jan 01 off", "Bassin sportif de 25 m, bassin d'apprentissage, cours de natation enfants."),
    ("Police municipale", "police municipale", "12 rue Carnot, " + V, "01 34 42 17 40", "police.municipale@villebrune95.fr", "", "Mo-Fr 08:00-19:00; Sa 09:00-17:00; PH off", "Accueil du public, objets trouvés, vignettes résidents ; patrouilles tous les jours jusqu'à 1 h du matin. En cas d'urgence, composez le 17."),
    ("Centre municipal de santé Simone-Veil", "centre de santé", "20 rue Émile-Zola, " + V, "01 34 42 19 00", "cms@villebrune95.fr", "", "Mo-Fr 08:30-19:00; Sa 08:30-12:30; PH off", "Médecins généralistes, pédiatre, dentistes, infirmières et kinésithérapeute ; secteur 1, tiers payant."),
    ("CCAS - Centre communal d'action sociale", "action sociale", "Hôtel de Ville, 1 place de l'Hôtel-de-Ville, " + V, "01 34 42 17 20", "ccas@villebrune95.fr", "", "Mo,Tu,We,Fr 08:30-12:00,13:30-17:00; Th 13:30-17:00; PH off", "Aides sociales, domiciliation, portage de repas aux seniors."),
    ("Accueil de loisirs Les Sablons", "accueil de loisirs", "8 rue du Parc, " + V, "01 34 42 18 40", "", "", "Mo-Fr 07:30-18:30; PH off", "Enfants de 3 à 11 ans, les mercredis et pendant les vacances scolaires."),
    ("Conservatoire municipal Darius-Milhaud", "école de musique", "5 rue de la Halle, " + V, "01 34 42 17 85", "conservatoire@villebrune95.fr", "", "Mo,Tu,Th,Fr 14:00-20:30; We 09:30-20:30; Sa 09:00-13:00; PH off", "Musique, danse et théâtre dès 5 ans."),
    ("Gymnase Léo-Lagrange", "gymnase", "4 rue Léo-Lagrange, " + V, "01 34 42 17 95", "", "", "Mo-Fr 08:00-22:30; Sa 08:00-20:00; Su 09:00-13:00", "Salle omnisports et dojo."),
    ("Stade Léo-Lagrange", "stade", "6 rue Léo-Lagrange, " + V, "", "", "", "", "Terrain synthétique, piste d'athlétisme."),
    ("Centre technique municipal", "services techniques", "45 chemin des Vignes, " + V, "01 34 42 17 60", "ctm@villebrune95.fr", "", "Mo-Fr 07:30-12:00,13:00-16:30; PH off", "Voirie, espaces verts, propreté."),
    ("Cimetière communal", "cimetière", "rue du Repos, " + V, "", "", "", "Apr-Oct 08:00-19:00; Nov-Mar 08:30-17:30", ""),
    ("Déchèterie de la Croix-Blanche", "déchèterie", "route de Pontoise, ZA de la Croix-Blanche, " + V, "0 800 95 15 20", "", "", "Mo,We-Fr 13:00-18:00; Sa 09:00-18:00; Su 09:00-12:30; Tu off; PH off", "Gérée par l'agglomération Val d'Oise-Viosne ; badge d'accès gratuit pour les habitants."),
    ("Bureau de poste Villebrune Centre", "bureau de poste", "7 rue de la République, " + V, "36 31", "", "", "Mo-Fr 09:00-12:30,14:00-18:00; Sa 09:00-12:30; PH off", ""),
    ("France services Villebrune", "maison France services", "2 place Salvador-Allende, " + V, "01 34 42 19 50", "franceservices@villebrune95.fr", "", "Mo-Fr 09:00-12:00,13:30-17:00; PH off", "Aide aux démarches en ligne : CAF, impôts, retraite, titres sécurisés, dans le centre social Les Noues."),
    ("Centre social Les Noues", "centre social", "2 place Salvador-Allende, " + V, "01 34 42 19 40", "", "", "Mo-Fr 09:00-12:30,13:30-18:30; Sa 09:30-12:30; PH off", "Ateliers sociolinguistiques, aide aux devoirs, sorties familles."),
    ("Pharmacie de la Gare", "pharmacie", "21 avenue de la Gare, " + V, "01 30 37 41 12", "", "", "Mo-Sa 08:30-20:00; PH off", ""),
    ("Pharmacie du Marché", "pharmacie", "5 place du Marché-Neuf, " + V, "01 30 37 41 55", "", "", "Mo-Sa 09:00-19:30; Su 09:00-13:00; PH off", ""),
    ("Laboratoire Biolab Viosne", "laboratoire d'analyses médicales", "18 rue Émile-Zola, " + V, "01 30 37 42 60", "", "", "Mo-Fr 07:00-18:00; Sa 07:30-12:00; PH off", "Prises de sang sans rendez-vous."),
    ("Cabinet médical de la Gare", "médecin généraliste", "23 avenue de la Gare, " + V, "01 30 37 43 10", "", "", "Mo-Fr 08:30-19:30; Sa 09:00-12:00; PH off", "Trois médecins généralistes, sur rendez-vous."),
    ("Boulangerie Aux Blés d'Or", "boulangerie", "14 rue de la République, " + V, "01 30 37 40 18", "", "", "Tu-Sa 06:30-20:00; Su 07:00-13:30; PH 07:00-13:00", ""),
    ("Boulangerie Le Fournil des Coudrays", "boulangerie", "3 place Salvador-Allende, " + V, "01 30 37 40 77", "", "", "Mo,Tu,Th-Sa 06:45-19:45; Su 07:00-13:00", ""),
    ("Marché forain du Marché-Neuf", "marché", "place du Marché-Neuf, " + V, "", "", "", "Tu,Fr,Su 07:30-13:30", "Une soixantaine de commerçants ; les jours de marché, stationnement interdit sur la place."),
    ("US Villebrune Football", "club de football", "stade Léo-Lagrange, 6 rue Léo-Lagrange, " + V, "06 12 45 78 90", "contact@usvfoot.fr", "", "", "École de foot dès 5 ans, équipes seniors et féminines."),
    ("Judo Club Villebrunois", "club de judo", "dojo du gymnase Léo-Lagrange, 4 rue Léo-Lagrange, " + V, "06 21 33 44 55", "", "", "Mo,We,Fr 17:30-21:00; Sa 09:30-12:30", "Judo et jujitsu, enfants dès 4 ans."),
    ("Tennis Club de Villebrune", "club de tennis", "10 rue Léo-Lagrange, " + V, "01 30 37 44 80", "", "", "", "Six courts dont deux couverts."),
    ("Villebrune Basket Club", "club de basket", "gymnase Léo-Lagrange, 4 rue Léo-Lagrange, " + V, "06 45 12 36 98", "", "", "", ""),
    ("Athlétic Club Villebrune-Viosne", "club d'athlétisme", "stade Léo-Lagrange, 6 rue Léo-Lagrange, " + V, "06 71 22 90 14", "", "", "", "Athlétisme et course à pied ; organise la Corrida de Noël."),
    ("Secours populaire - comité de Villebrune", "association caritative", "9 rue du Moulin, " + V, "01 30 37 45 22", "", "", "We 14:00-17:00; Sa 09:00-12:00", "Aide alimentaire et vestimentaire."),
    ("Restos du cœur - centre de Villebrune", "aide alimentaire", "11 chemin des Vignes, " + V, "01 30 37 45 60", "", "", "Tu,Th 09:00-12:00", "Distributions en hiver, inscriptions sur place."),
    ("ASTI Villebrune", "association d'alphabétisation", "centre social Les Noues, 2 place Salvador-Allende, " + V, "06 33 22 11 00", "", "", "Mo,We 18:30-20:30", "Cours de français du soir pour adultes."),
    ("Comité des fêtes de Villebrune", "comité des fêtes", "Hôtel de Ville, 1 place de l'Hôtel-de-Ville, " + V, "06 08 77 54 21", "", "", "", "Brocante d'automne, marché de Noël."),
    ("FCPE Villebrune", "association de parents d'élèves", "", "06 59 41 20 33", "fcpe.villebrune@gmail.com", "", "", ""),
    ("Club de l'Amitié", "club de seniors", "salle polyvalente des Coudrays, rue des Coudrays, " + V, "01 30 37 46 02", "", "", "Tu,Th 14:00-18:00", "Jeux, sorties et repas pour les retraités."),
    ("Théâtre de la Viosne", "association culturelle", "5 rue de la Halle, " + V, "06 17 88 23 45", "", "", "", "Troupe de théâtre amateur."),
    ("Salle des fêtes Jean-Moulin", "salle des fêtes", "place du Souvenir, " + V, "01 34 42 17 30", "", "", "", "200 personnes ; réservation au service Vie associative."),
    ("Commissariat de police nationale de Cormeilly", "police nationale", "12 avenue de Paris, 95510 Cormeilly", "01 30 75 60 00", "", "", "24/7", "Plaintes et urgences : composez le 17."),
    ("Espace jeunes Le Spot", "espace jeunesse", "4 rue du Parc, " + V, "01 34 42 18 45", "", "", "Tu,Th,Fr 16:00-19:00; We 13:30-19:00; Sa 14:00-18:00; PH off", "Pour les 11-17 ans."),
    ("Parc des Sablons", "parc", "rue du Parc, " + V, "", "", "", "Apr-Sep 08:00-21:00; Oct-Mar 08:00-18:00", "Aire de jeux, city-stade ; chiens tenus en laisse."),
]

VOCABULAIRE = """# Mots de Villebrune-sur-Oise
# le centre aquatique, que tout le monde appelle « la Baleine » (sa façade)
la Baleine => centre aquatique Aquaviosne
# la place du marché, dite « la Halle »
la Halle => place du Marché-Neuf
# le centre de santé
le CMS, centre municipal de santé Simone-Veil
# la course de décembre
la Corrida, Corrida de Noël
"""

# ---------------------------------------------------------------- budget (M57)
# (nature, label, section F/I, sens D/R, chapitre, chap label, fonction, fonction label, opbudg, BP 2026)
CH = {"011": "Charges à caractère général", "012": "Charges de personnel et frais assimilés",
      "65": "Autres charges de gestion courante", "66": "Charges financières", "67": "Charges spécifiques",
      "013": "Atténuations de charges", "70": "Produits des services, du domaine et ventes diverses",
      "731": "Fiscalité locale", "73": "Impôts et taxes", "74": "Dotations et participations",
      "75": "Autres produits de gestion courante", "77": "Produits spécifiques",
      "023": "Virement à la section d'investissement", "042": "Opérations d'ordre de transfert entre sections",
      "002": "Résultat de fonctionnement reporté", "16": "Emprunts et dettes assimilées",
      "20": "Immobilisations incorporelles", "204": "Subventions d'équipement versées",
      "21": "Immobilisations corporelles", "23": "Immobilisations en cours",
      "10": "Dotations, fonds divers et réserves", "13": "Subventions d'investissement",
      "021": "Virement de la section de fonctionnement", "040": "Opérations d'ordre de transfert entre sections",
      "001": "Solde d'exécution de la section d'investissement reporté"}
FD = [  # fonctionnement, dépenses réelles
    ("60611", "Eau et assainissement", "011", "", 186500), ("60612", "Énergie - Électricité", "011", "", 912000),
    ("60621", "Combustibles", "011", "", 604000), ("60622", "Carburants", "011", "", 98500),
    ("60623", "Alimentation", "011", "", 236000), ("60631", "Fournitures d'entretien", "011", "", 84000),
    ("60632", "Fournitures de petit équipement", "011", "", 142000), ("6064", "Fournitures administratives", "011", "", 46000),
    ("6065", "Livres, disques, cassettes... (bibliothèques et médiathèques)", "011", "", 38500),
    ("6067", "Fournitures scolaires", "011", "", 92000),
    ("6042", "Achats de prestations de services (autres que terrains à aménager)", "011", "251", 1268000),
    ("611", "Contrats de prestations de services", "011", "", 684000), ("613", "Locations", "011", "", 118000),
    ("615221", "Bâtiments publics", "011", "", 395000), ("615231", "Voiries", "011", "", 286000),
    ("6156", "Maintenance", "011", "", 224000), ("6161", "Multirisques", "011", "", 132000),
    ("617", "Etudes et recherches", "011", "", 45000), ("623", "Publicité, publications, relations publiques", "011", "", 72000),
    ("624", "Transports de biens et transports collectifs", "011", "", 88000),
    ("626", "Frais postaux et frais de télécommunications", "011", "", 94000),
    ("6281", "Concours divers (cotisations)", "011", "", 27000), ("6283", "Frais de nettoyage des locaux", "011", "", 318000),
    ("635", "Autres impôts, taxes et versements assimilés (administration des impôts)", "011", "", 41000),
    ("6218", "Autre personnel extérieur", "012", "", 64000),
    ("633", "Impôts, taxes et versements assimilés sur rémunérations (autres organismes)", "012", "", 186000),
    ("6411", "Personnel titulaire", "012", "020", 2180000), ("6411", "Personnel titulaire", "012", "11", 468000),
    ("6411", "Personnel titulaire", "012", "21", 1120000), ("6411", "Personnel titulaire", "012", "251", 395000),
    ("6411", "Personnel titulaire", "012", "422", 520000),
    ("6413", "Personnel non titulaire", "012", "", 1240000), ("6414", "Personnel rémunéré à la vacation", "012", "", 85000),
    ("6417", "Rémunérations des apprentis", "012", "", 42000),
    ("6450", "Charges de sécurité sociale et de prévoyance", "012", "", 2780000),
    ("6470", "Autres charges sociales", "012", "", 96000), ("648", "Autres charges de personnel", "012", "", 38000),
    ("65311", "Indemnités de fonction", "65", "", 238000), ("65313", "Cotisations de retraite", "65", "", 14500),
    ("6553", "Service d'incendie", "65", "", 392000), ("6558", "Autres contributions obligatoires", "65", "", 58000),
    ("657363", "CCAS/CIAS", "65", "", 420000), ("65748", "Autres personnes de droit privé", "65", "", 186400),
    ("6541", "Créances admises en non-valeur", "65", "", 8000),
    ("65811", "Droits d'utilisation - informatique en nuage", "65", "", 36000),
    ("66111", "Intérêts réglés à l'échéance", "66", "", 318600),
    ("673", "Titres annulés (sur exercices antérieurs)", "67", "", 15000),
]
FR = [  # fonctionnement, recettes réelles
    ("6419", "Remboursements sur rémunérations du personnel", "013", "", 120000),
    ("70311", "Concession dans les cimetières (produit net)", "70", "", 24000),
    ("7032", "Droits de permis de stationnement et de location sur la voie publique, les rivières, les ports et quais fluviaux et autres lieux publics", "70", "", 38000),
    ("70384", "Forfait de post-stationnement", "70", "", 62000),
    ("7062", "Redevances et droits des services à caractère culturel", "70", "", 41000),
    ("7063", "Redevances et droits des services à caractère sportif et de loisirs", "70", "", 186000),
    ("7066", "Redevances et droits des services à caractère social", "70", "", 412000),
    ("7067", "Redevances et droits des services périscolaires et d'enseignement", "70", "", 1085000),
    ("70846", "au GFP de rattachement", "70", "", 145000),
    ("73111", "Impôts directs locaux", "731", "", 9480000),
    ("73123", "Taxe communale additionnelle aux droits de mutation ou à la taxe de publicité foncière", "731", "", 720000),
    ("73141", "Taxe sur la consommation finale d'électricité", "731", "", 235000),
    ("73154", "Droits de place", "731", "", 52000), ("73174", "Taxe locale sur la publicité extérieure", "731", "", 68000),
    ("73211", "Attribution de compensation", "73", "", 1940000), ("73212", "Dotation de solidarité communautaire", "73", "", 120000),
    ("73331", "Communes (FSRIF)", "73", "", 410000),
    ("732221", "Fonds de péréquation des ressources communales et intercommunales", "73", "", 85000),
    ("74111", "Dotation forfaitaire des communes", "74", "", 1624000),
    ("741127", "Dotation nationale de péréquation (DNP) des communes", "74", "", 96000),
    ("7478", "Autres organismes", "74", "", 1180000), ("7473", "Départements", "74", "", 84000),
    ("74718", "Autres", "74", "", 95000),
    ("74833", "Etat - Compensation au titre des exonérations de taxe foncière", "74", "", 312000),
    ("7484", "Dotation de recensement", "74", "", 6200), ("7485", "Dotation pour les titres sécurisés", "74", "", 12130),
    ("752", "Revenus des immeubles", "75", "", 168000), ("75888", "Autres", "75", "", 22000),
]
ID = [  # investissement, dépenses réelles (231 computed for balance in BP 2026)
    ("1641", "Emprunts en euros", "16", "", 1085000),
    ("202", "Frais d'études, d'élaboration, de modifications et de révisions des documents d'urbanisme", "20", "", 45000),
    ("203", "Frais d'études, de recherche et de développement et frais d'insertion", "20", "", 180000),
    ("2051", "Concessions et droits similaires", "20", "", 62000),
    ("2041512", "Bâtiments et installations", "204", "", 120000), ("20422", "Bâtiments et installations", "204", "", 40000),
    ("2111", "Terrains nus", "21", "", 250000), ("212", "Agencements et aménagements de terrains", "21", "", 190000),
    ("2131", "Bâtiments publics", "21", "", 1450000),
    ("2135", "Installations générales, agencements, aménagements des constructions", "21", "", 380000),
    ("2151", "Réseaux de voirie", "21", "", 820000), ("2152", "Installations de voirie", "21", "", 265000),
    ("21538", "Autres réseaux", "21", "", 186000),
    ("2158", "Autres installations, matériel et outillage techniques", "21", "", 74000),
    ("2182", "Matériel de transport", "21", "", 95000), ("2183", "Matériel informatique", "21", "", 118000),
    ("2184", "Matériel de bureau et mobilier", "21", "", 64000), ("2188", "Autres", "21", "", 142000),
]
IR = [  # investissement, recettes réelles
    ("10222", "FCTVA", "10", "", 610000), ("10226", "Taxe d'aménagement", "10", "", 140000),
    ("1068", "Excédents de fonctionnement capitalisés", "10", "", 1250000),
    ("1321", "Etat et établissements nationaux", "13", "", 420000), ("1322", "Régions", "13", "", 380000),
    ("1323", "Départements", "13", "", 260000), ("1328", "Autres", "13", "", 150000),
    ("1345", "Amendes de radars automatiques et amendes de police", "13", "", 85000),
    ("1641", "Emprunts en euros", "16", "", 2500000),
]
FONCTIONS = {"020": "Administration générale de la collectivité", "11": "Police, sécurité, justice",
             "21": "Enseignement du premier degré", "251": "Hébergement et restauration scolaires",
             "422": "Petite enfance"}
AMORT = [("28131", "Bâtiments publics", 385000), ("28152", "Installations de voirie", 210000),
         ("28183", "Matériel informatique", 96000), ("28182", "Matériel de transport", 74000),
         ("28188", "Autres", 100000)]
REPORT_002 = 1420000
REPORT_001_DEFICIT = 640000


def h(*parts):
    """deterministic pseudo-random number in [0, 1) from the parts"""
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:8], 16) / 2**32
