"""The one data table of commune-ak (Saint-Julien-la-Brande, Creuse, fictional).

Everything published in files/ and every amount asked in questions.yml comes from here, so that the
budget lines, the délibérations that quote them and the questions agree.
"""
from decimal import Decimal as D

COMMUNE = {
    "nom": "Saint-Julien-la-Brande",
    "code_insee": "23271",
    "siret": "21230271000015",
    "siren": "212302710",
    "population": 418,
    "site_web": "https://www.saintjulienlabrande.fr",
    "maire": "Odile Peyrat",
    "description": (
        "Village du plateau de la Brande, dans le sud de la Creuse : 418 habitants, un bourg et sept "
        "hameaux (Les Chaumettes, Les Granges-Hautes, Mazeirat, La Villeneuve, Le Puy-Gros, Les Combes, "
        "Le Mas-Bâtard), beaucoup de résidences secondaires. Étang communal de la Brande (9 hectares), "
        "bois communaux exploités en affouage, église romane Saint-Julien et sa fontaine, but du "
        "pèlerinage du dernier dimanche d'août. Le secrétariat de mairie est ouvert le mardi de 9 h à "
        "12 h, le jeudi de 14 h à 17 h 30 et le samedi de 9 h à 11 h 30 (fermé les jours fériés)."
    ),
    "mairie": {
        "adresse": "1 place de l'Église, 23260 Saint-Julien-la-Brande",
        "telephone": "05 55 67 42 18",
        "email": "mairie@saintjulienlabrande.fr",
        "horaires": "Tu 09:00-12:00; Th 14:00-17:30; Sa 09:00-11:30; PH off",
    },
}

COLL_NOM = "Commune de Saint-Julien-la-Brande"
BGT_NOM = "SAINT JULIEN LA BRANDE"

VOCABULAIRE = """\
# Mots de Saint-Julien-la-Brande (une règle par ligne)
# Le hameau des Granges-Hautes, que les anciens appellent encore « la Borie »
la Borie => Granges-Hautes
# L'étang communal
le Grand Étang => étang de la Brande
# Le pèlerinage du dernier dimanche d'août
la Frairie => pèlerinage de Saint-Julien
# La source où va la procession
la Bonne Fontaine => fontaine Saint-Julien
"""

# --------------------------------------------------------------------------------------------
# Fiches pratiques
# --------------------------------------------------------------------------------------------
FICHES = [
    {
        "question": "Comment obtenir une carte de pêche pour l'étang de la Brande ?",
        "variantes": "carte de pêche|pêcher à l'étang|où acheter un permis de pêche pour l'étang|tarif pêche étang",
        "theme": "loisirs",
        "reponse": (
            "La carte de pêche de l'étang communal de la Brande est en vente à la mairie aux heures "
            "d'ouverture et au Multiple de la Brande (épicerie-bar, place de l'Église). Pour 2026 : carte "
            "annuelle 20 € pour les habitants et les propriétaires de la commune, 35 € pour les extérieurs, "
            "carte à la journée 6 €, gratuite pour les moins de 12 ans accompagnés d'un adulte. La pêche est "
            "ouverte du lever au coucher du soleil ; la pêche de nuit et les barques sont interdites "
            "(arrêté n° 2019-014). Les carpes doivent être remises à l'eau."
        ),
    },
    {
        "question": "Peut-on se baigner à l'étang de la Brande ?",
        "variantes": "baignade à l'étang|se baigner au Grand Étang|nager dans l'étang|plage de l'étang",
        "theme": "loisirs",
        "reponse": (
            "Non. L'étang de la Brande n'a pas de baignade surveillée : chaque été, un arrêté du maire y "
            "interdit la baignade du 1er juin au 30 septembre (pour 2026 : arrêté n° 2026-018). Des "
            "cyanobactéries y ont été relevées par l'ARS en août 2025. La promenade autour de l'étang, le "
            "pique-nique et la pêche restent possibles ; les chiens doivent être tenus en laisse sur le "
            "chemin de tour de l'étang."
        ),
    },
    {
        "question": "Comment s'inscrire pour l'affouage ?",
        "variantes": "bois de chauffage de la commune|avoir une part de bois|lot d'affouage|couper du bois dans le bois communal|affouagiste",
        "theme": "bois et forêt",
        "reponse": (
            "L'affouage est réservé aux foyers qui ont leur résidence principale dans la commune (les "
            "résidences secondaires n'y ont pas droit). Inscription à la mairie jusqu'au 30 septembre, avec "
            "un justificatif de domicile. Les lots sont tirés au sort début octobre ; chaque affouagiste paie "
            "la taxe d'affouage fixée par le conseil municipal et exploite son lot lui-même, entre le "
            "15 octobre et le 15 avril, en respectant le règlement d'affouage et les consignes des trois "
            "garants. Le bois ne peut pas être revendu."
        ),
    },
    {
        "question": "Comment louer la salle des fêtes ?",
        "variantes": "réserver la salle des fêtes|location de la salle polyvalente|louer la salle pour un mariage|tarif salle des fêtes",
        "theme": "salle des fêtes",
        "reponse": (
            "La salle des fêtes (rue du Lavoir, 120 places assises, cuisine équipée) se réserve à la "
            "mairie, au moins un mois à l'avance. Il faut signer le contrat de location, fournir une "
            "attestation d'assurance responsabilité civile et déposer un chèque de caution. Les tarifs sont "
            "fixés chaque année par le conseil municipal. Les clés se retirent le vendredi à 17 h auprès de "
            "l'agent communal et se rendent le lundi à 9 h après l'état des lieux. La musique amplifiée doit "
            "cesser à 2 h du matin."
        ),
    },
    {
        "question": "Comment inscrire mon enfant à la cantine ?",
        "variantes": "cantine scolaire|repas de midi à l'école|prix du repas de la cantine|école des enfants",
        "theme": "école",
        "reponse": (
            "Il n'y a plus d'école à Saint-Julien-la-Brande : les enfants vont à l'école du regroupement "
            "pédagogique de Lussac-la-Lande, qui a sa cantine. L'inscription se fait auprès de la mairie de "
            "Lussac-la-Lande (05 55 67 51 30). Le repas est facturé 3,10 € aux familles ; la commune de "
            "Saint-Julien-la-Brande verse en plus 2,40 € par repas. Le car scolaire du Département passe "
            "place de l'Église à 8 h 15."
        ),
    },
    {
        "question": "Y a-t-il un car pour aller au marché de Mérignat-le-Bourg ?",
        "variantes": "bus pour Mérignat|car du mardi|aller au marché sans voiture|horaires du car|ligne 12",
        "theme": "transports",
        "reponse": (
            "Oui, la ligne 12 relie Saint-Julien-la-Brande à Mérignat-le-Bourg les jours de marché, le mardi "
            "et le vendredi (sauf jours fériés). Départ à 8 h 45 place de l'Église, retour au départ de la "
            "place du Marché de Mérignat-le-Bourg à 11 h 50, arrivée à Saint-Julien vers 12 h 15. Le ticket "
            "coûte 2 € le trajet, la carte de 10 trajets 15 €, en vente auprès du conducteur. Il n'y a pas de "
            "car le lundi, le mercredi, le jeudi, le samedi ni le dimanche."
        ),
    },
    {
        "question": "Comment réserver le transport à la demande ?",
        "variantes": "TAD|navette de la communauté de communes|aller chez le médecin sans voiture|transport des personnes âgées",
        "theme": "transports",
        "reponse": (
            "Le transport à la demande de la Communauté de communes des Plateaux de la Brande conduit les "
            "habitants de plus de 65 ans ou sans voiture à Mérignat-le-Bourg (médecin, pharmacie, commerces) "
            "le mercredi après-midi. Réservation au plus tard la veille avant 12 h au 05 55 67 60 05. "
            "Trajet aller-retour : 4 €."
        ),
    },
    {
        "question": "Quand passe le ramassage des ordures ménagères ?",
        "variantes": "jour des poubelles|collecte des déchets|sortir la poubelle|ramassage dans les hameaux",
        "theme": "déchets",
        "reponse": (
            "Les ordures ménagères sont collectées le lundi matin dans le bourg et un lundi sur deux dans "
            "les hameaux (semaines paires). Sortez le bac la veille au soir. Les emballages et les papiers "
            "vont aux points d'apport volontaire (place de la Bascule et entrée du hameau des Chaumettes), "
            "comme le verre. Pour le reste, la déchetterie est à Mérignat-le-Bourg. Quand le lundi est "
            "férié, la collecte est reportée au mardi."
        ),
    },
    {
        "question": "Peut-on brûler ses déchets verts ?",
        "variantes": "brûler les branches|faire un feu de jardin|brûler l'herbe coupée|brûler les feuilles",
        "theme": "déchets",
        "reponse": (
            "Non. Le brûlage à l'air libre des déchets verts (tontes, feuilles, branches, tailles de haies) "
            "est interdit toute l'année, y compris dans les hameaux (arrêté n° 2024-015 et règlement "
            "sanitaire départemental). Déposez-les à la déchetterie de Mérignat-le-Bourg ou compostez-les ; "
            "le broyeur de la Communauté de communes se prête gratuitement."
        ),
    },
    {
        "question": "Quand peut-on tondre la pelouse ou faire du bruit ?",
        "variantes": "horaires de tonte|bricolage le dimanche|tronçonneuse horaires|bruit de voisinage|débroussailleuse",
        "theme": "tranquillité",
        "reponse": (
            "Les travaux de bricolage et de jardinage bruyants (tondeuse, tronçonneuse, débroussailleuse, "
            "perceuse) sont autorisés en semaine de 8 h 30 à 12 h et de 14 h 30 à 19 h 30, le samedi de "
            "9 h à 12 h et de 15 h à 19 h, le dimanche et les jours fériés de 10 h à 12 h seulement "
            "(arrêté n° 2023-017)."
        ),
    },
    {
        "question": "Où faire une carte d'identité ou un passeport ?",
        "variantes": "carte d'identité|passeport|CNI|renouveler ses papiers",
        "theme": "état civil",
        "reponse": (
            "La mairie de Saint-Julien-la-Brande ne délivre ni les cartes d'identité ni les passeports : "
            "il faut prendre rendez-vous dans une mairie équipée d'un dispositif de recueil, la plus proche "
            "étant celle de Mérignat-le-Bourg (05 55 67 30 10), après avoir fait une pré-demande en ligne "
            "sur le site de l'ANTS. La Maison France Services de Mérignat-le-Bourg peut vous aider pour la "
            "pré-demande."
        ),
    },
    {
        "question": "J'ai une résidence secondaire dans la commune, quelles démarches ?",
        "variantes": "maison de vacances|résidence secondaire|propriétaire non résident|taxe d'habitation résidence secondaire",
        "theme": "fiscalité",
        "reponse": (
            "Les propriétaires de résidences secondaires paient la taxe d'habitation sur les résidences "
            "secondaires et la taxe foncière ; le taux communal est voté chaque année par le conseil "
            "municipal. Chaque propriétaire doit déclarer l'occupation de ses logements sur impots.gouv.fr "
            "(« Gérer mes biens immobiliers »). Signalez vos dates d'absence à la mairie si vous souhaitez "
            "que l'agent communal jette un œil à la maison l'hiver, et pensez à purger vos canalisations "
            "avant les gelées. L'affouage est réservé aux résidences principales."
        ),
    },
    {
        "question": "Comment acheter une concession au cimetière ?",
        "variantes": "concession funéraire|tombe au cimetière|columbarium|jardin du souvenir|horaires du cimetière",
        "theme": "cimetière",
        "reponse": (
            "Les concessions du cimetière communal (route de la Fontaine) s'achètent à la mairie ; les "
            "tarifs sont fixés par le conseil municipal. Le portail est ouvert tous les jours de 8 h à 20 h "
            "d'avril à septembre et de 8 h à 18 h d'octobre à mars. Les travaux sur les tombes sont interdits "
            "les dimanches et jours fériés et pendant la semaine de la Toussaint (arrêté n° 2025-011)."
        ),
    },
    {
        "question": "Qui déneige les routes de la commune ?",
        "variantes": "chasse-neige|neige sur la route|verglas|salage des routes|déneigement des hameaux",
        "theme": "voirie",
        "reponse": (
            "L'agent communal déneige les voies communales dès 5 h du matin, dans cet ordre : la traversée "
            "du bourg et la route de l'Étang, puis les routes des hameaux (Les Chaumettes, Les "
            "Granges-Hautes, Mazeirat, La Villeneuve, Le Puy-Gros, Les Combes, Le Mas-Bâtard). La route de "
            "Mérignat (RD 21) est déneigée par le Département. Du sel est à la disposition des habitants dans "
            "le bac près de l'abri du car, place de l'Église. Chacun déneige le trottoir devant chez soi."
        ),
    },
    {
        "question": "Qui appeler en cas de fuite d'eau ou de coupure d'eau ?",
        "variantes": "fuite d'eau|plus d'eau au robinet|facture d'eau|compteur d'eau|eau potable",
        "theme": "eau",
        "reponse": (
            "L'eau potable est gérée par le Syndicat des eaux de la Brande (SIAEP), et non par la mairie : "
            "05 55 67 44 80 en semaine, astreinte 06 80 21 44 80 la nuit et le week-end. Les factures sont "
            "envoyées par le syndicat deux fois par an."
        ),
    },
    {
        "question": "Les aînés ont-ils un colis de Noël ou un repas ?",
        "variantes": "colis des anciens|repas des aînés|cadeau de Noël des personnes âgées|repas des anciens",
        "theme": "solidarité",
        "reponse": (
            "Chaque année, la commune offre un colis de Noël aux habitants de 75 ans et plus, distribué à "
            "domicile par les élus à la mi-décembre, et invite les plus de 65 ans au repas des aînés en "
            "janvier à la salle des fêtes. Inscription au repas à la mairie avant le 15 décembre."
        ),
    },
    {
        "question": "Quelles aides pour une personne âgée qui vit seule ?",
        "variantes": "aide à domicile|portage de repas|téléassistance|maintien à domicile|aide ménagère",
        "theme": "solidarité",
        "reponse": (
            "Plusieurs services existent : l'aide à domicile de l'ADMR du plateau de la Brande "
            "(05 55 67 52 40), le portage de repas du CIAS des Plateaux de la Brande, livré le mardi et le "
            "vendredi, la téléassistance du Département de la Creuse, et le transport à la demande le "
            "mercredi. Le CCAS de la commune aide à monter les dossiers : prenez rendez-vous à la mairie."
        ),
    },
    {
        "question": "Quand a lieu le pèlerinage de Saint-Julien ?",
        "variantes": "pèlerinage|procession à la fontaine|messe du pèlerinage|fête de l'église",
        "theme": "fêtes",
        "reponse": (
            "Le pèlerinage de Saint-Julien a lieu chaque année le dernier dimanche d'août. Messe à 10 h 30 "
            "à l'église Saint-Julien, puis procession jusqu'à la fontaine Saint-Julien et repas champêtre au "
            "pré communal des Combes, organisé par les Amis de l'église Saint-Julien. En 2026, il a lieu le "
            "dimanche 30 août."
        ),
    },
    {
        "question": "Comment s'inscrire sur les listes électorales ?",
        "variantes": "voter|inscription électorale|carte électorale|liste électorale",
        "theme": "élections",
        "reponse": (
            "Inscription en ligne sur service-public.fr ou à la mairie avec une pièce d'identité et un "
            "justificatif de domicile de moins de 3 mois, jusqu'au sixième vendredi avant le scrutin. Les "
            "propriétaires d'une résidence secondaire qui paient les impôts locaux de la commune depuis deux "
            "ans peuvent aussi s'y inscrire."
        ),
    },
    {
        "question": "Où déposer un permis de construire ou une déclaration préalable ?",
        "variantes": "permis de construire|déclaration de travaux|clôture|abri de jardin|urbanisme",
        "theme": "urbanisme",
        "reponse": (
            "Les demandes d'urbanisme (permis de construire, déclaration préalable pour une clôture, un abri "
            "de jardin, des fenêtres de toit…) se déposent à la mairie en trois exemplaires ou en ligne sur "
            "le guichet numérique des autorisations d'urbanisme. La commune est couverte par une carte "
            "communale ; l'instruction est faite par le service urbanisme de la Communauté de communes des "
            "Plateaux de la Brande. Délai habituel : un mois pour une déclaration préalable, deux mois pour "
            "une maison."
        ),
    },
]

# --------------------------------------------------------------------------------------------
# Arrêtés (CSV ones, then the one published only as a PDF)
# --------------------------------------------------------------------------------------------
POLICE = ("6.1", "Libertés publiques et pouvoirs de police/Police municipale")
AUTRES = ("6.4", "Libertés publiques et pouvoirs de police/Autres actes réglementaires")
URL = "https://www.saintjulienlabrande.fr/arretes/"

ARRETES = [
    # id, date signed, type, matière, objet, début, fin, lieux
    ("2019-014", "2019-05-06", "permanent", POLICE,
     "Règlement de la pêche à l'étang de la Brande : pêche autorisée du lever au coucher du soleil avec la "
     "carte communale, pêche de nuit interdite, barques et engins flottants interdits, carpes remises à "
     "l'eau, trois cannes au maximum par pêcheur", "", "", "étang de la Brande"),
    ("2021-022", "2021-07-12", "permanent", POLICE,
     "Limitation de la vitesse à 30 km/h dans la traversée du bourg : route de Mérignat, rue des Tilleuls, "
     "rue de l'Église et place de l'Église", "", "",
     "route de Mérignat;rue des Tilleuls;rue de l'Église;place de l'Église"),
    ("2022-009", "2022-03-15", "permanent", POLICE,
     "Interdiction de circuler aux véhicules de plus de 3,5 tonnes sur le pont de la Gane (VC 6, route de "
     "La Villeneuve), sauf engins agricoles, véhicules de secours et de ramassage des ordures", "", "",
     "pont de la Gane;route de La Villeneuve"),
    ("2023-017", "2023-06-02", "permanent", POLICE,
     "Réglementation des bruits de voisinage : travaux de bricolage et de jardinage bruyants autorisés en "
     "semaine de 8 h 30 à 12 h et de 14 h 30 à 19 h 30, le samedi de 9 h à 12 h et de 15 h à 19 h, le "
     "dimanche et les jours fériés de 10 h à 12 h", "", "", "territoire communal"),
    ("2024-004", "2024-02-05", "permanent", POLICE,
     "Stationnement interdit devant l'entrée de la salle des fêtes, rue du Lavoir, sauf pour les véhicules "
     "de secours et les livraisons", "", "", "rue du Lavoir"),
    ("2024-015", "2024-04-08", "permanent", POLICE,
     "Interdiction du brûlage à l'air libre des déchets verts sur tout le territoire de la commune, toute "
     "l'année", "", "", "territoire communal"),
    ("2024-021", "2024-09-10", "permanent", POLICE,
     "Chiens tenus en laisse sur le chemin de tour de l'étang de la Brande et interdits sur la plage et "
     "l'aire de pique-nique de l'étang", "", "", "étang de la Brande;chemin de tour de l'étang"),
    ("2025-003", "2025-01-20", "temporaire", POLICE,
     "Barrière de dégel : circulation interdite aux véhicules de plus de 7,5 tonnes sur la route des "
     "Granges-Hautes (VC 4) du 20 janvier au 15 mars 2025", "2025-01-20", "2025-03-15",
     "route des Granges-Hautes"),
    ("2025-008", "2025-03-03", "permanent", POLICE,
     "Stationnement interdit place de l'Église, côté mairie, le mardi et le vendredi de 8 h à 9 h 30 pour "
     "l'arrêt du car de la ligne 12", "", "", "place de l'Église"),
    ("2025-011", "2025-04-14", "permanent", AUTRES,
     "Règlement du cimetière communal : portail ouvert de 8 h à 20 h d'avril à septembre et de 8 h à 18 h "
     "d'octobre à mars, travaux sur les tombes interdits les dimanches et jours fériés et pendant la "
     "semaine de la Toussaint", "", "", "cimetière communal"),
    ("2025-019", "2025-05-26", "temporaire", POLICE,
     "Interdiction de la baignade à l'étang de la Brande du 1er juin au 30 septembre 2025",
     "2025-06-01", "2025-09-30", "étang de la Brande"),
    ("2025-027", "2025-09-22", "temporaire", AUTRES,
     "Affouage 2025-2026 : abattage et façonnage des lots dans la parcelle 14 du bois communal des "
     "Chaumettes autorisés du 15 octobre 2025 au 15 avril 2026, du lundi au samedi, débardage interdit "
     "par temps de dégel", "2025-10-15", "2026-04-15", "bois communal des Chaumettes"),
    ("2026-002", "2026-01-12", "temporaire", POLICE,
     "Fermeture de la route de La Villeneuve (VC 6) du 19 janvier au 30 janvier 2026 pour le remplacement "
     "d'une buse par l'entreprise Lagrange TP ; déviation par la route de Mazeirat",
     "2026-01-19", "2026-01-30", "route de La Villeneuve"),
    ("2026-007", "2026-02-23", "temporaire", POLICE,
     "Barrière de dégel : circulation interdite aux véhicules de plus de 3,5 tonnes sur toutes les voies "
     "communales du 2 mars au 31 mars 2026, sauf transports scolaires, secours et collecte des ordures",
     "2026-03-02", "2026-03-31", "voies communales"),
    ("2026-011", "2026-04-07", "temporaire", POLICE,
     "Fermeture de la rue des Tilleuls du 20 avril au 12 juin 2026 pour l'enfouissement des réseaux "
     "électriques et téléphoniques ; déviation par le chemin du Lavoir",
     "2026-04-20", "2026-06-12", "rue des Tilleuls"),
    ("2026-014", "2026-05-04", "temporaire", POLICE,
     "Circulation alternée par feux tricolores sur la route de Mérignat au lieu-dit Mazeirat du 11 mai au "
     "22 mai 2026, de 8 h à 17 h, pour des travaux sur la conduite d'eau du Syndicat des eaux de la "
     "Brande ; vitesse limitée à 30 km/h", "2026-05-11", "2026-05-22", "route de Mérignat;Mazeirat"),
    ("2026-018", "2026-05-26", "temporaire", POLICE,
     "Interdiction de la baignade à l'étang de la Brande du 1er juin au 30 septembre 2026",
     "2026-06-01", "2026-09-30", "étang de la Brande"),
    ("2026-020", "2026-06-02", "temporaire", POLICE,
     "Feu de la Saint-Jean au pré communal des Combes le samedi 20 juin 2026 de 21 h à 1 h : stationnement "
     "interdit chemin des Combes, feu surveillé par le Comité des fêtes", "2026-06-20", "2026-06-21",
     "pré communal des Combes;chemin des Combes"),
    ("2026-023", "2026-06-22", "temporaire", POLICE,
     "Risque d'incendie : emploi du feu interdit dans les bois et à moins de 200 mètres des bois du "
     "1er juillet au 15 septembre 2026, barbecues interdits y compris sur l'aire de pique-nique de l'étang "
     "de la Brande", "2026-07-01", "2026-09-15",
     "bois communal des Chaumettes;bois de la Brande;aire de pique-nique de l'étang de la Brande"),
    ("2026-025", "2026-07-01", "temporaire", POLICE,
     "Fête du 14 juillet : circulation et stationnement interdits place de l'Église et rue du Lavoir le "
     "mardi 14 juillet 2026 de 10 h à minuit (repas républicain, jeux et bal)", "2026-07-14", "2026-07-14",
     "place de l'Église;rue du Lavoir"),
    ("2026-028", "2026-07-20", "temporaire", POLICE,
     "Marché de producteurs nocturne : place de l'Église fermée à la circulation et au stationnement le "
     "vendredi 7 août 2026 de 16 h à minuit", "2026-08-07", "2026-08-07", "place de l'Église"),
    ("2026-034", "2026-08-24", "temporaire", POLICE,
     "Vidange de l'étang de la Brande : pêche interdite du 5 octobre au 31 décembre 2026 ; accès aux "
     "berges interdit le samedi 7 novembre 2026, jour de la pêche de l'étang", "2026-10-05", "2026-12-31",
     "étang de la Brande"),
    ("2026-036", "2026-09-21", "temporaire", AUTRES,
     "Affouage 2026-2027 : abattage et façonnage des lots dans la parcelle 9 du bois de la Brande autorisés "
     "du 15 octobre 2026 au 15 avril 2027, du lundi au samedi, débardage interdit par temps de dégel",
     "2026-10-15", "2027-04-15", "bois de la Brande"),
    ("2026-039", "2026-10-05", "temporaire", POLICE,
     "Fermeture de la route des Granges-Hautes (VC 4) du 12 octobre au 23 octobre 2026, de 8 h à 18 h, "
     "pour élagage et débardage ; accès des riverains le soir et le week-end ; déviation par la route de "
     "Mazeirat", "2026-10-12", "2026-10-23", "route des Granges-Hautes"),
    ("2026-041", "2026-10-19", "temporaire", POLICE,
     "Cérémonie du 11 novembre : stationnement interdit place du Monument aux morts le mercredi "
     "11 novembre 2026 de 10 h à 12 h 30", "2026-11-11", "2026-11-11", "place du Monument aux morts"),
    ("2026-044", "2026-11-16", "temporaire", POLICE,
     "Réfection de la toiture de l'église Saint-Julien : rue de l'Église fermée à la circulation du "
     "30 novembre au 18 décembre 2026 (échafaudage) ; déviation par la rue des Tilleuls et la place de "
     "l'Église", "2026-11-30", "2026-12-18", "rue de l'Église"),
    ("2026-046", "2026-11-23", "temporaire", POLICE,
     "Viabilité hivernale : stationnement interdit sur les accotements de la route des Chaumettes du "
     "1er décembre 2026 au 15 mars 2027 pour le passage du chasse-neige", "2026-12-01", "2027-03-15",
     "route des Chaumettes"),
]

# The PDFs. 2026-018 is also in the CSV; 2026-031 exists only as a PDF.
PDF_ARRETES = [
    {
        "file": "arrete-2026-018-baignade-etang.pdf",
        "numero": "2026-018",
        "date_long": "26 mai 2026",
        "acte": "023-212302710-20260526-2026_018-AR",
        "objet": "Interdiction de la baignade à l'étang de la Brande du 1er juin au 30 septembre 2026",
        "vus": [
            "Vu le Code général des collectivités territoriales, notamment ses articles L. 2212-2 et L. 2213-23 ;",
            "Vu le Code de la santé publique, notamment ses articles L. 1332-1 et suivants ;",
            "Vu l'arrêté municipal n° 2019-014 du 6 mai 2019 portant règlement de la pêche à l'étang de la Brande ;",
            "Vu le courrier de l'Agence régionale de santé du 2 septembre 2025 signalant la présence de "
            "cyanobactéries dans l'étang en août 2025 ;",
        ],
        "considerants": [
            "Considérant que l'étang de la Brande ne dispose d'aucun poste de surveillance de la baignade ;",
            "Considérant qu'il appartient au maire de prévenir les accidents et les risques pour la santé "
            "des baigneurs ;",
        ],
        "articles": [
            "La baignade est interdite à l'étang de la Brande du 1er juin au 30 septembre 2026 inclus, "
            "de jour comme de nuit.",
            "Les activités nautiques (barques, canoës, planches et paddles) sont interdites sur l'étang "
            "pendant la même période. La pêche reste autorisée dans les conditions de l'arrêté n° 2019-014, "
            "ainsi que la promenade sur le chemin de tour de l'étang.",
            "Des panneaux reproduisant le présent arrêté sont placés à l'entrée de l'aire de pique-nique et "
            "sur la plage de l'étang.",
            "Les infractions au présent arrêté sont constatées par procès-verbal et poursuivies "
            "conformément aux lois et règlements en vigueur.",
            "Madame la secrétaire de mairie et le commandant de la brigade de gendarmerie de "
            "Mérignat-le-Bourg sont chargés, chacun en ce qui le concerne, de l'exécution du présent arrêté.",
        ],
    },
    {
        "file": "arrete-2026-031-pelerinage-saint-julien.pdf",
        "numero": "2026-031",
        "date_long": "3 août 2026",
        "acte": "023-212302710-20260803-2026_031-AR",
        "objet": ("Réglementation de la circulation et du stationnement à l'occasion du pèlerinage de "
                  "Saint-Julien le dimanche 30 août 2026"),
        "vus": [
            "Vu le Code général des collectivités territoriales, notamment ses articles L. 2212-2, "
            "L. 2213-1 et L. 2213-2 ;",
            "Vu le Code de la route ;",
            "Vu la demande présentée le 15 juillet 2026 par l'association Les Amis de l'église Saint-Julien, "
            "domiciliée 4 rue des Tilleuls à Saint-Julien-la-Brande ;",
        ],
        "considerants": [
            "Considérant qu'à l'occasion du pèlerinage de Saint-Julien, une messe est célébrée à l'église "
            "puis une procession se rend à pied jusqu'à la fontaine Saint-Julien, et qu'il convient "
            "d'assurer la sécurité des pèlerins ;",
        ],
        "articles": [
            "Le dimanche 30 août 2026, de 8 h à 18 h, la circulation de tous les véhicules est interdite "
            "route de la Fontaine, entre la place de l'Église et la fontaine Saint-Julien, sauf véhicules "
            "de secours.",
            "Le stationnement est interdit place de l'Église le dimanche 30 août 2026 de 8 h à 18 h. Les "
            "pèlerins stationneront au pré communal des Combes, où un parking est balisé par les bénévoles.",
            "Une déviation est mise en place par le chemin des Combes. La signalisation est installée par "
            "l'agent communal.",
            "Tout véhicule en stationnement gênant sera mis en fourrière aux frais de son propriétaire.",
            "Madame la secrétaire de mairie et le commandant de la brigade de gendarmerie de "
            "Mérignat-le-Bourg sont chargés, chacun en ce qui le concerne, de l'exécution du présent arrêté.",
        ],
    },
]

# --------------------------------------------------------------------------------------------
# Délibérations (SCDL 2.1.5). Some objets quote amounts computed from the budget below, filled in
# by generate.py ({ca_excedent}, {ca_deficit}, {bp_fonct}, {bp_invest}, {report_002}).
# --------------------------------------------------------------------------------------------
DELIBS = [
    # id, date, matière code, matière nom, objet, budget année, effectif, réel, pour, contre, abstention
    ("DE_2025_024", "2025-09-26", "3.6", "Domaine et patrimoine/Autres actes de gestion du domaine privé",
     "Affouage 2025-2026 : délivrance des lots dans la parcelle 14 du bois communal des Chaumettes, taxe "
     "d'affouage fixée à 40 € par lot, inscriptions en mairie jusqu'au 30 septembre 2025, désignation des "
     "trois garants (MM. Jean Chassaing, Pierre Mouret et Louis Bayle)", "", 11, 11, 11, 0, 0),
    ("DE_2025_031", "2025-11-14", "3.3", "Domaine et patrimoine/Locations",
     "Tarifs de location de la salle des fêtes à compter du 1er janvier 2026 : 120 € le week-end pour les "
     "habitants de la commune, 250 € pour les personnes extérieures, 50 € pour un vin d'honneur, "
     "supplément chauffage de 40 € du 1er octobre au 30 avril, caution de 500 €", "2026", 11, 10, 10, 0, 0),
    ("DE_2025_033", "2025-11-14", "3.5", "Domaine et patrimoine/Autres actes de gestion du domaine public",
     "Tarifs des concessions du cimetière communal à compter du 1er janvier 2026 : concession trentenaire "
     "de 2 m² à 150 €, concession cinquantenaire de 2 m² à 250 €, case de columbarium pour 15 ans à 400 €, "
     "dispersion des cendres au jardin du souvenir gratuite", "2026", 11, 10, 10, 0, 0),
    ("DE_2025_035", "2025-12-12", "7.10", "Finances locales/Divers",
     "Tarifs des cartes de pêche de l'étang de la Brande pour 2026 : carte annuelle à 20 € pour les "
     "habitants et les propriétaires de la commune, 35 € pour les extérieurs, carte à la journée à 6 €, "
     "gratuité pour les moins de 12 ans accompagnés", "2026", 11, 11, 10, 0, 1),
    ("DE_2026_003", "2026-02-06", "8.1", "Domaines de compétences par thèmes/Enseignement",
     "Convention avec la commune de Lussac-la-Lande pour la cantine scolaire du regroupement pédagogique : "
     "prix du repas facturé aux familles maintenu à 3,10 €, participation de la commune de 2,40 € par repas "
     "servi à un enfant domicilié à Saint-Julien-la-Brande", "2026", 11, 11, 11, 0, 0),
    ("DE_2026_005", "2026-02-06", "7.5", "Finances locales/Subventions",
     "Réfection de la toiture de l'église Saint-Julien : approbation du projet d'un montant de 86 400 € HT "
     "et demande de subventions au titre de la DETR (30 %, soit 25 920 €) et du Département de la Creuse "
     "(25 %, soit 21 600 €)", "2026", 11, 11, 11, 0, 0),
    ("DE_2026_008", "2026-03-27", "7.2", "Finances locales/Fiscalité",
     "Vote des taux d'imposition 2026 : taux inchangés, taxe foncière sur les propriétés bâties 42,18 %, "
     "taxe foncière sur les propriétés non bâties 71,35 %, taxe d'habitation sur les résidences "
     "secondaires 10,94 %", "2026", 11, 11, 11, 0, 0),
    ("DE_2026_009", "2026-03-27", "7.1", "Finances locales/Décisions budgétaires",
     "Approbation du compte administratif 2025 du budget principal : excédent de fonctionnement de "
     "{ca_excedent} €, déficit d'investissement de {ca_deficit} €", "2025", 11, 10, 10, 0, 0),
    ("DE_2026_010", "2026-03-27", "7.1", "Finances locales/Décisions budgétaires",
     "Affectation du résultat de fonctionnement 2025 : {aff_1068} € en réserve au compte 1068 pour couvrir "
     "le besoin de financement de l'investissement et {report_002} € reportés en fonctionnement (ligne 002)",
     "2026", 11, 11, 11, 0, 0),
    ("DE_2026_011", "2026-03-27", "7.1", "Finances locales/Décisions budgétaires",
     "Vote du budget primitif 2026 du budget principal, équilibré à {bp_fonct} € en section de "
     "fonctionnement et à {bp_invest} € en section d'investissement", "2026", 11, 11, 9, 2, 0),
    ("DE_2026_012", "2026-03-27", "7.5", "Finances locales/Subventions",
     "Subventions aux associations pour 2026 : Comité des fêtes de Saint-Julien 1 200 €, Les Amis de "
     "l'église Saint-Julien 500 €, Club des aînés Les Bruyères 400 €, ADMR du plateau de la Brande 350 €, "
     "La Gaule de la Brande 300 €, ACCA de Saint-Julien-la-Brande 250 €, soit 3 000 € au total",
     "2026", 11, 11, 10, 0, 1),
    ("DE_2026_015", "2026-04-24", "7.3", "Finances locales/Emprunts",
     "Réalisation d'un emprunt de 60 000 € auprès du Crédit Agricole Centre France pour financer la "
     "réfection de la toiture de l'église : durée 15 ans, taux fixe de 3,42 %, échéances trimestrielles",
     "2026", 11, 11, 9, 1, 1),
    ("DE_2026_018", "2026-05-29", "3.6", "Domaine et patrimoine/Autres actes de gestion du domaine privé",
     "Affouage 2026-2027 : délivrance des lots dans la parcelle 9 du bois de la Brande, taxe d'affouage "
     "portée à 45 € par lot, inscriptions en mairie jusqu'au 30 septembre 2026, garants : MM. Jean "
     "Chassaing, Pierre Mouret et Louis Bayle", "2026", 11, 11, 11, 0, 0),
    ("DE_2026_020", "2026-05-29", "3.3", "Domaine et patrimoine/Locations",
     "Bail du commerce multiservice « Le Multiple de la Brande » avec Mme Sandrine Vergne : loyer mensuel "
     "du local communal fixé à 180 €, logement compris, avec une franchise de loyer de trois mois",
     "2026", 11, 11, 11, 0, 0),
    ("DE_2026_022", "2026-06-26", "9.1", "Autres domaines de compétences/Autres domaines de compétences des communes",
     "Maintien de la ligne de car n° 12 vers Mérignat-le-Bourg les mardis et vendredis : participation de "
     "la commune de 1 450 € par an à la Communauté de communes des Plateaux de la Brande",
     "2026", 11, 10, 10, 0, 0),
    ("DE_2026_025", "2026-07-10", "7.10", "Finances locales/Divers",
     "Colis de Noël des aînés : un colis d'une valeur de 35 € offert aux habitants de 75 ans et plus, et "
     "repas des aînés le dimanche 10 janvier 2027 à la salle des fêtes", "2026", 11, 9, 9, 0, 0),
    ("DE_2026_027", "2026-09-25", "3.2", "Domaine et patrimoine/Aliénations",
     "Vente d'une parcelle communale au hameau de Mazeirat (section B n° 412, 1 250 m²) à M. et Mme Dufaure "
     "au prix de 3 750 €, frais d'acte à la charge des acquéreurs", "", 11, 11, 10, 1, 0),
    ("DE_2026_029", "2026-09-25", "7.10", "Finances locales/Divers",
     "Indemnité de gardiennage de l'église Saint-Julien pour 2026 fixée à 120,97 € (gardien ne résidant "
     "pas dans la commune)", "2026", 11, 11, 11, 0, 0),
    ("DE_2026_031", "2026-10-30", "4.1", "Fonction publique/Personnels titulaires et stagiaires de la F.P.T.",
     "Création d'un poste d'adjoint technique territorial à temps non complet (20 heures par semaine) à "
     "compter du 1er janvier 2027 pour l'entretien des bâtiments et des espaces verts", "2027",
     11, 11, 11, 0, 0),
    ("DE_2026_033", "2026-11-20", "3.3", "Domaine et patrimoine/Locations",
     "Tarifs de location de la salle des fêtes à compter du 1er janvier 2027 : 130 € le week-end pour les "
     "habitants de la commune, 270 € pour les personnes extérieures, 50 € pour un vin d'honneur, "
     "supplément chauffage de 45 € du 1er octobre au 30 avril, caution de 500 €", "2027", 11, 11, 8, 2, 1),
]

# --------------------------------------------------------------------------------------------
# Budget (M14). Each line: nature, label, chapter, chapter label, section, opbudg, sens,
# BP 2026 prévu, CA 2025 prévu, CA 2025 réalisé. None = no line in that document.
# Balancing lines (023/021, 001, 002, 1068, 2151 in BP) are computed in budget().
# --------------------------------------------------------------------------------------------
F, I = "fonctionnement", "investissement"
DEP, REC = "dépense", "recette"
CH = {
    "011": "Charges à caractère général",
    "012": "Charges de personnel et frais assimilés",
    "014": "Atténuations de produits",
    "65": "Autres charges de gestion courante",
    "66": "Charges financières",
    "67": "Charges exceptionnelles",
    "022": "Dépenses imprévues",
    "023": "Virement à la section d'investissement",
    "042": "Opérations d'ordre de transfert entre sections",
    "002": "Résultat de fonctionnement reporté",
    "013": "Atténuations de charges",
    "70": "Produits des services, du domaine et ventes diverses",
    "73": "Impôts et taxes",
    "74": "Dotations, subventions et participations",
    "75": "Autres produits de gestion courante",
    "77": "Produits exceptionnels",
    "001": "Solde d'exécution de la section d'investissement reporté",
    "16": "Emprunts et dettes assimilées",
    "20": "Immobilisations incorporelles",
    "21": "Immobilisations corporelles",
    "23": "Immobilisations en cours",
    "020": "Dépenses imprévues",
    "10": "Dotations, fonds divers et réserves",
    "13": "Subventions d'investissement",
    "021": "Virement de la section de fonctionnement",
    "040": "Opérations d'ordre de transfert entre sections",
}


def _l(nature, label, ch, section, op, sens, bp, ca_prev, ca_real):
    conv = lambda v: None if v is None else D(str(v))
    return dict(nature=nature, label=label, ch=ch, section=section, op=op, sens=sens,
                bp=conv(bp), ca_prev=conv(ca_prev), ca_real=conv(ca_real))


LINES = [
    # ---- fonctionnement, dépenses
    _l("60611", "Eau et assainissement", "011", F, "réel", DEP, 2800, 2600, "2412.35"),
    _l("60612", "Energie - Electricité", "011", F, "réel", DEP, 21500, 20000, "19874.62"),
    _l("60621", "Combustibles", "011", F, "réel", DEP, 6500, 6000, "5731.80"),
    _l("60622", "Carburants", "011", F, "réel", DEP, 3200, 3000, "2948.17"),
    _l("60631", "Fournitures d'entretien", "011", F, "réel", DEP, 1200, 1000, "864.25"),
    _l("60632", "Fournitures de petit équipement", "011", F, "réel", DEP, 3500, 3000, "2617.44"),
    _l("60633", "Fournitures de voirie", "011", F, "réel", DEP, 6000, 5000, "4382.90"),
    _l("6064", "Fournitures administratives", "011", F, "réel", DEP, 900, 900, "712.38"),
    _l("611", "Contrats de prestations de services", "011", F, "réel", DEP, 9800, 9500, "9264.00"),
    _l("61521", "Terrains", "011", F, "réel", DEP, 2000, 2000, "1540.00"),
    _l("615221", "Bâtiments publics", "011", F, "réel", DEP, 8000, 7000, "6215.73"),
    _l("615231", "Voiries", "011", F, "réel", DEP, 18000, 16000, "15487.20"),
    _l("61551", "Matériel roulant", "011", F, "réel", DEP, 2500, 2500, "2104.66"),
    _l("6156", "Maintenance", "011", F, "réel", DEP, 3200, 3000, "2986.52"),
    _l("616", "Primes d'assurances", "011", F, "réel", DEP, 5400, 5200, "5148.91"),
    _l("6226", "Honoraires", "011", F, "réel", DEP, 1500, 1500, "780.00"),
    _l("6232", "Fêtes et cérémonies", "011", F, "réel", DEP, 3500, 3500, "3214.87"),
    _l("6261", "Frais d'affranchissement", "011", F, "réel", DEP, 600, 600, "482.14"),
    _l("6262", "Frais de télécommunications", "011", F, "réel", DEP, 1800, 1800, "1726.08"),
    _l("6281", "Concours divers (cotisations)", "011", F, "réel", DEP, 1100, 1100, "1047.00"),
    _l("63512", "Taxes foncières", "011", F, "réel", DEP, 2300, 2200, "2176.00"),
    _l("6336", "Cotisations au centre national et aux centres de gestion de la fonction publique territoriale",
       "012", F, "réel", DEP, 1600, 1500, "1488.32"),
    _l("6411", "Personnel titulaire", "012", F, "réel", DEP, 68000, 66000, "65412.18"),
    _l("6413", "Personnel non titulaire", "012", F, "réel", DEP, 14000, 12000, "11736.40"),
    _l("6451", "Cotisations à l'U.R.S.S.A.F.", "012", F, "réel", DEP, 12500, 12000, "11893.27"),
    _l("6453", "Cotisations aux caisses de retraites", "012", F, "réel", DEP, 19800, 19000, "18964.55"),
    _l("6455", "Cotisations pour assurance du personnel", "012", F, "réel", DEP, 4200, 4000, "3987.00"),
    _l("6475", "Médecine du travail, pharmacie", "012", F, "réel", DEP, 400, 400, "312.00"),
    _l("739223", "Fonds de péréquation des ressources communales et intercommunales", "014", F, "réel", DEP,
       1900, 1800, "1812.00"),
    _l("6531", "Indemnités", "65", F, "réel", DEP, 24600, 24000, "23988.48"),
    _l("6533", "Cotisations de retraite", "65", F, "réel", DEP, 1100, 1000, "1019.76"),
    _l("6534", "Cotisations de sécurité sociale - part patronale", "65", F, "réel", DEP, 2800, 2700, "2614.30"),
    _l("6553", "Service d'incendie", "65", F, "réel", DEP, 11200, 10900, "10874.00"),
    _l("6558", "Autres contributions obligatoires", "65", F, "réel", DEP, 24500, 23000, "22618.40"),
    _l("657362", "CCAS", "65", F, "réel", DEP, 2000, 2000, "2000.00"),
    _l("6574", "Subventions de fonctionnement aux associations et autres personnes de droit privé", "65", F,
       "réel", DEP, 3000, 2800, "2750.00"),
    _l("66111", "Intérêts réglés à l'échéance", "66", F, "réel", DEP, "4847.36", "3952.18", "3952.18"),
    _l("6718", "Autres charges exceptionnelles sur opérations de gestion", "67", F, "réel", DEP, 500, 500, "0"),
    _l("022", "Dépenses imprévues", "022", F, "réel", DEP, 5000, 4000, None),
    _l("6811", "Dotations aux amortissements des immobilisations incorporelles et corporelles", "042", F,
       "ordre", DEP, 3200, 3100, "3100.00"),
    # ---- fonctionnement, recettes
    _l("6419", "Remboursements sur rémunérations du personnel", "013", F, "réel", REC, 1500, 1500, "2314.60"),
    _l("7022", "Coupes de bois", "70", F, "réel", REC, 3000, 2500, "2760.00"),
    _l("70311", "Concessions dans les cimetières (produit net)", "70", F, "réel", REC, 900, 900, "1050.00"),
    _l("70388", "Autres redevances et recettes diverses", "70", F, "réel", REC, 2400, 2200, "2345.00"),
    _l("73111", "Impôts directs locaux", "73", F, "réel", REC, 146400, 142000, "143236.00"),
    _l("73211", "Attribution de compensation", "73", F, "réel", REC, "9812.00", "9812.00", "9812.00"),
    _l("7381", "Taxe additionnelle aux droits de mutation ou à la taxe de publicité foncière", "73", F, "réel",
       REC, 6000, 5000, "7412.35"),
    _l("7411", "Dotation forfaitaire", "74", F, "réel", REC, "62314.00", "61873.00", "61873.00"),
    _l("74121", "Dotation de solidarité rurale", "74", F, "réel", REC, "48540.00", 47000, "47642.00"),
    _l("74127", "Dotation nationale de péréquation", "74", F, "réel", REC, 6200, 6000, "6184.00"),
    _l("744", "FCTVA", "74", F, "réel", REC, 800, 700, "742.18"),
    _l("7473", "Départements", "74", F, "réel", REC, 4000, 4000, "4500.00"),
    _l("74834", "Etat - Compensation au titre des exonérations des taxes foncières", "74", F, "réel", REC,
       3100, 3000, "3087.00"),
    _l("752", "Revenus des immeubles", "75", F, "réel", REC, 14600, 14000, "14215.00"),
    _l("7788", "Produits exceptionnels divers", "77", F, "réel", REC, None, 0, "1120.00"),
    # ---- investissement, dépenses
    _l("1641", "Emprunts en euros", "16", I, "réel", DEP, "21386.52", "17286.44", "17286.44"),
    _l("2031", "Frais d'études", "20", I, "réel", DEP, 6000, 4000, "3600.00"),
    _l("21318", "Autres bâtiments publics", "21", I, "réel", DEP, 12000, 15000, "13842.60"),
    _l("2151", "Réseaux de voirie", "21", I, "réel", DEP, None, 42000, "39615.82"),  # BP computed
    _l("2183", "Matériel de bureau et matériel informatique", "21", I, "réel", DEP, 1500, 2000, "1689.00"),
    _l("2188", "Autres immobilisations corporelles", "21", I, "réel", DEP, 5000, 6000, "5120.40"),
    _l("2313", "Constructions", "23", I, "réel", DEP, 103680, None, None),
    _l("020", "Dépenses imprévues", "020", I, "réel", DEP, 3000, None, None),
    # ---- investissement, recettes
    _l("10222", "FCTVA", "10", I, "réel", REC, 9800, 8200, "8426.71"),
    _l("10226", "Taxe d'aménagement", "10", I, "réel", REC, 1000, 800, "1236.00"),
    _l("1321", "Etat et établissements nationaux", "13", I, "réel", REC, 25920, 12000, "12000.00"),
    _l("1323", "Départements", "13", I, "réel", REC, 21600, 10500, "8400.00"),
    _l("1641", "Emprunts en euros", "16", I, "réel", REC, 60000, None, None),
    _l("28188", "Autres immobilisations corporelles", "040", I, "ordre", REC, 3200, 3100, "3100.00"),
]

CA_2025_REPORT_002 = D("64210.45")  # résultat de fonctionnement reporté dans le CA 2025 (recette)
CA_2025_REPORT_001 = D("9780.00")   # solde d'investissement reporté dans le CA 2025 (dépense)
CA_2025_1068 = D("25000.00")        # excédent capitalisé en 2025
AFFECT_1068_2026 = D("40000.00")    # part du résultat 2025 mise en réserve au BP 2026


def budget():
    """Return (bp_lines, ca_lines, facts) with the computed balancing lines."""
    bp, ca = [], []
    for l in LINES:
        if l["bp"] is not None:
            bp.append(dict(l, amount=l["bp"]))
        if l["ca_prev"] is not None or l["ca_real"] is not None:
            ca.append(dict(l, prev=l["ca_prev"] or D(0), real=l["ca_real"] or D(0)))

    def mk(nature, label, ch, section, op, sens, **kw):
        return dict(nature=nature, label=label, ch=ch, section=section, op=op, sens=sens, **kw)

    # ---- CA 2025: reported results, 1068, virement (prévu only)
    ca.append(mk("002", "Résultat de fonctionnement reporté", "002", F, "réel", REC,
                 prev=CA_2025_REPORT_002, real=CA_2025_REPORT_002))
    ca.append(mk("001", "Solde d'exécution de la section d'investissement reporté", "001", I, "réel", DEP,
                 prev=CA_2025_REPORT_001, real=CA_2025_REPORT_001))
    ca.append(mk("1068", "Excédents de fonctionnement capitalisés", "10", I, "réel", REC,
                 prev=CA_2025_1068, real=CA_2025_1068))
    f_rec_prev = sum(l["prev"] for l in ca if l["section"] == F and l["sens"] == REC)
    f_dep_prev = sum(l["prev"] for l in ca if l["section"] == F and l["sens"] == DEP)
    vir = f_rec_prev - f_dep_prev
    ca.append(mk("023", "Virement à la section d'investissement", "023", F, "ordre", DEP, prev=vir, real=D(0)))
    ca.append(mk("021", "Virement de la section de fonctionnement", "021", I, "ordre", REC, prev=vir, real=D(0)))

    f_rec = sum(l["real"] for l in ca if l["section"] == F and l["sens"] == REC)
    f_dep = sum(l["real"] for l in ca if l["section"] == F and l["sens"] == DEP)
    i_rec = sum(l["real"] for l in ca if l["section"] == I and l["sens"] == REC)
    i_dep = sum(l["real"] for l in ca if l["section"] == I and l["sens"] == DEP)
    res_f = f_rec - f_dep            # cumulative result of fonctionnement (with 002)
    res_i = i_rec - i_dep            # cumulative investment balance (with 001)
    assert res_f > 0 and res_i < 0, (res_f, res_i)

    # ---- BP 2026
    report_002 = res_f - AFFECT_1068_2026
    bp.append(mk("002", "Résultat de fonctionnement reporté", "002", F, "réel", REC, amount=report_002))
    bp.append(mk("001", "Solde d'exécution de la section d'investissement reporté", "001", I, "réel", DEP,
                 amount=-res_i))
    bp.append(mk("1068", "Excédents de fonctionnement capitalisés", "10", I, "réel", REC,
                 amount=AFFECT_1068_2026))
    bf_rec = sum(l["amount"] for l in bp if l["section"] == F and l["sens"] == REC)
    bf_dep = sum(l["amount"] for l in bp if l["section"] == F and l["sens"] == DEP)
    vir26 = bf_rec - bf_dep
    bp.append(mk("023", "Virement à la section d'investissement", "023", F, "ordre", DEP, amount=vir26))
    bp.append(mk("021", "Virement de la section de fonctionnement", "021", I, "ordre", REC, amount=vir26))
    bi_rec = sum(l["amount"] for l in bp if l["section"] == I and l["sens"] == REC)
    bi_dep = sum(l["amount"] for l in bp if l["section"] == I and l["sens"] == DEP)
    voirie = bi_rec - bi_dep
    assert voirie > 0, voirie
    idx = next(i for i, l in enumerate(LINES) if l["nature"] == "2151")
    bp.append(dict(LINES[idx], amount=voirie))
    bp_f = sum(l["amount"] for l in bp if l["section"] == F and l["sens"] == REC)
    bp_i = sum(l["amount"] for l in bp if l["section"] == I and l["sens"] == REC)
    assert bp_f == sum(l["amount"] for l in bp if l["section"] == F and l["sens"] == DEP)
    assert bp_i == sum(l["amount"] for l in bp if l["section"] == I and l["sens"] == DEP)
    # the CA 2025 results as the council approves them (of the year, without the reported results)
    facts = dict(
        ca_excedent=res_f, ca_deficit=-res_i, aff_1068=AFFECT_1068_2026, report_002=report_002,
        bp_fonct=bp_f, bp_invest=bp_i,
    )
    return bp, ca, facts


def fr_amount(x, euro=True, cents=True):
    """12345.6 -> '12 345,60 €' (ordinary spaces)."""
    x = D(x).quantize(D("0.01"))
    neg = x < 0
    x = abs(x)
    ent, dec = f"{x:.2f}".split(".")
    groups = []
    while ent:
        groups.insert(0, ent[-3:])
        ent = ent[:-3]
    s = " ".join(groups) + ("," + dec if cents else "")
    if neg:
        s = "-" + s
    return s + (" €" if euro else "")


def fr_plain(x):
    """Amount as written in a délibération: '12 345,67' (cents always kept)."""
    return fr_amount(x, euro=False)


# --------------------------------------------------------------------------------------------
# Annuaire des acteurs locaux
# --------------------------------------------------------------------------------------------
SJ = "23260 Saint-Julien-la-Brande"
MB = "23260 Mérignat-le-Bourg"
LL = "23260 Lussac-la-Lande"
ANNUAIRE = [
    # nom, categorie, adresse, telephone, email, site_web, horaires, description
    ("Le Multiple de la Brande", "épicerie multiservice", f"2 place de l'Église, {SJ}", "05 55 67 48 90", "",
     "", "Tu-Sa 07:30-12:30,16:00-19:30; Su 08:00-12:30",
     "Épicerie, bar, dépôt de pain, journaux, gaz, relais colis. Vente des cartes de pêche de l'étang. "
     "Tenu par Sandrine Vergne."),
    ("Agence postale communale", "bureau de poste", f"1 place de l'Église, {SJ}", "05 55 67 42 19", "", "",
     "Tu,Th 09:00-12:00; Sa 09:00-11:30",
     "Dans les locaux de la mairie : timbres, envoi et retrait de colis et de lettres recommandées."),
    ("Salle des fêtes", "salle des fêtes", f"rue du Lavoir, {SJ}", "05 55 67 42 18", "", "", "",
     "120 places assises, cuisine équipée, réservation à la mairie."),
    ("Église Saint-Julien", "lieu de culte", f"rue de l'Église, {SJ}", "", "", "", "Mo-Su 09:00-18:00",
     "Église romane du XIIe siècle, ouverte à la visite tous les jours. Messe le 4e dimanche du mois à "
     "10 h 30 et le jour du pèlerinage."),
    ("Étang de la Brande", "plan d'eau", f"route de l'Étang, {SJ}", "", "", "", "",
     "Étang communal de 9 hectares : pêche avec la carte communale, promenade, aire de pique-nique. "
     "Baignade interdite l'été par arrêté."),
    ("Point lecture", "bibliothèque", f"1 place de l'Église, {SJ}", "05 55 67 42 18", "", "",
     "We 14:00-17:00; Sa 10:00-12:00",
     "Prêt de livres gratuit, relais de la Bibliothèque départementale de la Creuse, tenu par des bénévoles."),
    ("Déchetterie de Mérignat-le-Bourg", "déchetterie", f"ZA des Chirons, {MB}", "05 55 67 60 10", "", "",
     "Mo,We,Fr 13:30-17:30; Sa 09:00-12:00,13:30-17:30",
     "Déchets verts, encombrants, gravats, ferraille, cartons. Accès gratuit pour les habitants de la "
     "Communauté de communes avec la carte d'accès."),
    ("Points d'apport volontaire", "tri sélectif", f"place de la Bascule, {SJ}", "", "", "", "",
     "Conteneurs à verre, emballages et papiers. Un second point est à l'entrée du hameau des Chaumettes."),
    ("Boulangerie Lachenaud (tournée)", "boulangerie ambulante", f"place de l'Église, {SJ}", "05 55 67 33 21",
     "", "", "Tu,Th,Sa 10:15-11:00",
     "Boulangerie de Mérignat-le-Bourg : pain et viennoiseries en tournée dans le bourg et les hameaux. "
     "Dépôt de pain tous les jours au Multiple."),
    ("Boucherie Vergnaud (camion)", "boucherie ambulante", f"place de l'Église, {SJ}", "06 72 18 40 55", "",
     "", "Fr 09:30-10:30", "Viande limousine et charcuterie, camion place de l'Église le vendredi matin."),
    ("Comité des fêtes de Saint-Julien", "association", f"1 place de l'Église, {SJ}", "06 84 22 19 70",
     "comitedesfetes.stjulien@orange.fr", "", "",
     "Feu de la Saint-Jean, 14 juillet, marché de producteurs nocturne d'août, loto d'hiver. Président : "
     "Thierry Mazeaud."),
    ("La Gaule de la Brande", "association de pêche", f"1 place de l'Église, {SJ}", "06 31 55 08 27", "", "", "",
     "Société de pêche de l'étang : alevinage, concours de pêche en mai. Président : Gérard Fayolle."),
    ("Club des aînés Les Bruyères", "association", f"Salle des fêtes, rue du Lavoir, {SJ}", "05 55 67 45 02",
     "", "", "Th 14:00-18:00",
     "Belote, scrabble et goûter le jeudi après-midi, voyage annuel. Présidente : Yvette Chassaing."),
    ("ACCA de Saint-Julien-la-Brande", "association de chasse", f"Les Combes, {SJ}", "06 08 74 12 93", "", "",
     "", "Association communale de chasse agréée. Battues le dimanche matin de septembre à février, "
     "panneaux « chasse en cours » sur les routes."),
    ("Les Amis de l'église Saint-Julien", "association", f"4 rue des Tilleuls, {SJ}", "05 55 67 49 61", "", "",
     "", "Entretien et mise en valeur de l'église, organisation du pèlerinage de Saint-Julien le dernier "
     "dimanche d'août."),
    ("ADMR du plateau de la Brande", "aide à domicile", f"5 place du Marché, {MB}", "05 55 67 52 40", "", "",
     "Mo-Fr 09:00-12:00", "Aide à domicile, ménage, aide aux courses pour les personnes âgées."),
    ("Cabinet infirmier Bonnaud-Thomas", "infirmier", f"3 route de Mérignat, {SJ}", "05 55 67 47 70", "", "",
     "Mo-Fr 08:00-08:30",
     "Soins à domicile 7 jours sur 7 sur rendez-vous ; permanence au cabinet du lundi au vendredi de 8 h à "
     "8 h 30."),
    ("Dr Anne Faucher", "médecin généraliste", f"12 rue du Commerce, {MB}", "05 55 67 31 22", "", "",
     "Mo,Tu,Th,Fr 08:30-12:00,14:00-18:30; Sa 09:00-12:00",
     "Médecin généraliste, consultations sur rendez-vous ; visites à domicile l'après-midi."),
    ("Pharmacie du Marché", "pharmacie", f"2 place du Marché, {MB}", "05 55 67 30 45", "", "",
     "Mo-Fr 09:00-12:15,14:00-19:15; Sa 09:00-12:15",
     "Pharmacie la plus proche de Saint-Julien-la-Brande. Pharmacie de garde : 3237."),
    ("Maison France Services de Mérignat-le-Bourg", "France Services", f"1 place du Marché, {MB}",
     "05 55 67 30 99", "", "", "Mo-Fr 09:00-12:00; Tu,Th 13:30-17:00",
     "Aide aux démarches en ligne : CAF, retraite, carte grise, ANTS, emploi."),
    ("École du RPI de Lussac-la-Lande", "école", f"2 rue des Écoles, {LL}", "05 55 67 51 36", "", "",
     "Mo,Tu,Th,Fr 08:50-12:00,13:30-16:30",
     "École primaire du regroupement pédagogique Lussac-la-Lande – Saint-Julien-la-Brande (3 classes, de "
     "la petite section au CM2)."),
    ("Cantine scolaire de Lussac-la-Lande", "cantine", f"2 rue des Écoles, {LL}", "05 55 67 51 37", "", "",
     "Mo,Tu,Th,Fr 11:45-13:15",
     "Repas préparés sur place avec des produits locaux ; inscriptions à la mairie de Lussac-la-Lande."),
    ("Garderie périscolaire de Lussac-la-Lande", "garderie", f"2 rue des Écoles, {LL}", "05 55 67 51 37", "",
     "", "Mo,Tu,Th,Fr 07:30-08:50,16:30-18:30", "Accueil des enfants avant et après l'école."),
    ("Mairie de Lussac-la-Lande", "mairie", f"Le Bourg, {LL}", "05 55 67 51 30", "", "",
     "Mo,Th 09:00-12:00; We 14:00-17:00",
     "Commune voisine : gère l'école et la cantine du regroupement pédagogique."),
    ("Mairie de Mérignat-le-Bourg", "mairie", f"place de la Mairie, {MB}", "05 55 67 30 10", "", "",
     "Mo-Fr 08:30-12:00,13:30-17:00",
     "Cartes d'identité et passeports sur rendez-vous pour les communes du secteur."),
    ("Gîte de la Borie", "gîte", f"Les Granges-Hautes, {SJ}", "05 55 67 46 38", "", "", "",
     "Gîte rural de 6 personnes dans une grange restaurée, loué d'avril à octobre."),
    ("Chambres d'hôtes du Puy-Gros", "chambres d'hôtes", f"Le Puy-Gros, {SJ}", "06 45 90 12 38", "", "", "",
     "Trois chambres, table d'hôtes sur réservation."),
    ("Garage Dumont", "garage", f"Le Puy-Gros, {SJ}", "05 55 67 43 55", "", "",
     "Mo-Fr 08:00-12:00,13:30-18:30; Sa 08:00-12:00",
     "Mécanique automobile et agricole, dépannage."),
    ("Maçonnerie Peyroux", "maçon", f"Mazeirat, {SJ}", "06 11 47 82 30", "", "", "",
     "Maçonnerie, restauration de bâti ancien en pierre, couverture."),
    ("Lagrange TP", "travaux publics", f"ZA des Chirons, {MB}", "05 55 67 38 00", "", "",
     "Mo-Fr 07:30-12:00,13:30-17:30", "Terrassement, assainissement individuel, voirie."),
    ("Électricité Chauvet", "électricien", f"La Villeneuve, {SJ}", "06 27 51 66 04", "", "", "",
     "Électricité générale, chauffage, dépannage."),
    ("Taxi de la Brande", "taxi", f"Les Combes, {SJ}", "06 80 45 23 17", "", "", "Mo-Su 06:00-21:00",
     "Taxi conventionné : transport vers les hôpitaux et les rendez-vous médicaux."),
    ("Transport à la demande des Plateaux de la Brande", "transport à la demande",
     f"ZA des Chirons, {MB}", "05 55 67 60 05", "", "", "We 13:30-18:00",
     "Le mercredi après-midi vers Mérignat-le-Bourg, réservation la veille avant 12 h. 4 € l'aller-retour."),
    ("Communauté de communes des Plateaux de la Brande", "intercommunalité", f"ZA des Chirons, {MB}",
     "05 55 67 60 00", "contact@plateauxdelabrande.fr", "https://www.plateauxdelabrande.fr",
     "Mo-Fr 08:30-12:00,13:30-17:00", "Déchets, urbanisme, transport à la demande, tourisme."),
    ("Syndicat des eaux de la Brande (SIAEP)", "eau potable", f"route de Lussac, {MB}", "05 55 67 44 80", "",
     "", "Mo-Fr 08:30-12:00", "Eau potable, compteurs, factures. Astreinte : 06 80 21 44 80."),
    ("Gendarmerie de Mérignat-le-Bourg", "gendarmerie", f"avenue du Limousin, {MB}", "05 55 67 30 17", "", "",
     "Mo,We,Sa 08:00-12:00,14:00-18:00", "Accueil du public. En cas d'urgence, composez le 17."),
    ("Clinique vétérinaire de Mérignat", "vétérinaire", f"8 avenue du Limousin, {MB}", "05 55 67 36 60", "",
     "", "Mo-Fr 08:30-12:00,14:00-19:00; Sa 08:30-12:00", "Animaux de compagnie et animaux de ferme."),
    ("Marché de Mérignat-le-Bourg", "marché", f"place du Marché, {MB}", "", "", "", "Tu,Fr 08:00-12:30",
     "Marché du mardi et du vendredi matin ; on s'y rend avec le car de la ligne 12."),
    ("Intermarché Contact Mérignat", "supermarché", f"route de Lussac, {MB}", "05 55 67 35 80", "", "",
     "Mo-Sa 08:30-19:30; Su 09:00-12:30", "Supermarché, drive, livraison de gaz."),
    ("Coiffure Nathalie à domicile", "coiffeur", f"Les Chaumettes, {SJ}", "06 52 37 81 19", "", "",
     "Tu-Fr 09:00-18:00", "Coiffure mixte à domicile dans le bourg et les hameaux."),
    ("Ferme des Chaumettes", "producteur", f"Les Chaumettes, {SJ}", "05 55 67 45 88", "", "",
     "Fr 16:00-19:00; Sa 09:00-12:00", "Fromages de chèvre fermiers, vente à la ferme."),
    ("Le Rucher de la Brande", "apiculteur", f"La Villeneuve, {SJ}", "06 71 02 36 48", "", "", "",
     "Miel de bruyère et de châtaignier, vente sur rendez-vous et au Multiple."),
    ("Paroisse Saint-Martial des Plateaux", "paroisse", f"3 impasse du Presbytère, {MB}",
     "05 55 67 30 62", "", "", "Tu,Fr 09:30-11:30",
     "Permanence au presbytère de Mérignat-le-Bourg ; baptêmes, mariages, obsèques."),
    ("Défibrillateur de la mairie", "défibrillateur", f"1 place de l'Église, {SJ}", "", "", "", "24/7",
     "Défibrillateur accessible jour et nuit sur la façade de la mairie."),
]
