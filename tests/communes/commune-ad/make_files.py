"""Writes the published files of Bréviande-en-Brie (fictional) into files/.

Run from anywhere: python make_files.py. Deterministic (no randomness).
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "files"
OUT.mkdir(exist_ok=True)

NOM = "Bréviande-en-Brie"
SIRET = "21775980000016"
SIRET_ASST = "21775980000024"


def write(name, text, encoding="utf-8", newline="\r\n"):
    data = text.replace("\n", newline)
    (OUT / name).write_bytes(data.encode(encoding))


def csv_cell(v, sep):
    v = "" if v is None else str(v)
    if any(c in v for c in (sep, '"', "\n")):
        v = '"' + v.replace('"', '""') + '"'
    return v


def csv_text(header, rows, sep):
    lines = [sep.join(header)]
    for r in rows:
        lines.append(sep.join(csv_cell(c, sep) for c in r))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- profile
write("commune.yml", f"""# Profil de la commune - tenu par le secrétariat général
nom: {NOM}
code_insee: "77598"
siret: "{SIRET}"
population: 6512
site_web: https://www.breviande-en-brie.fr
maire: Hélène Vasseur-Quintard
description: >-
  Ville de Seine-et-Marne de 6 512 habitants, desservie par la gare de Bréviande-en-Brie (Transilien
  ligne P), membre de la Communauté d'agglomération Brie-Orvin (CABO). Zone d'activités des Longues
  Raies, collège du Val d'Orvin, deux écoles (école élémentaire des Tilleuls, groupe scolaire
  Camille-Claudel), médiathèque La Passerelle, marché le samedi matin place du Marché.
mairie:
  adresse: 2 place de l'Hôtel-de-Ville, 77164 Bréviande-en-Brie
  telephone: 01 64 27 50 00
  email: accueil@breviande-en-brie.fr
  horaires: "Mo-We 08:30-12:00,13:30-17:30; Th 13:30-19:00; Fr 08:30-12:00,13:30-17:00; Sa 09:00-12:00; PH off"
""", newline="\n")

# ---------------------------------------------------------------- vocabulaire
write("vocabulaire.txt", """# Mots de Bréviande-en-Brie (tenu par l'accueil de la mairie)
# la piscine intercommunale, que tout le monde appelle « la Grenouillère »
la Grenouillère, piscine intercommunale des Nénuphars
# la zone d'activités
les Raies => zone d'activités des Longues Raies
""", encoding="cp1252")

# ---------------------------------------------------------------- fiches (cp1252, ;)
L = "https://www.breviande-en-brie.fr"
fiches = [
 ("Quels sont les horaires d'ouverture de la mairie ?",
  "L'Hôtel de Ville (2 place de l'Hôtel-de-Ville) est ouvert du lundi au mercredi de 8 h 30 à 12 h et de 13 h 30 à 17 h 30, le jeudi de 13 h 30 à 19 h (fermé le jeudi matin), le vendredi de 8 h 30 à 12 h et de 13 h 30 à 17 h, le samedi de 9 h à 12 h. Fermé les jours fériés. Standard : 01 64 27 50 00.",
  "mairie ouverte quand|horaires hôtel de ville|accueil mairie heures", "mairie", L+"/mairie"),
 ("Comment faire une carte d'identité ou un passeport ?",
  "Les demandes de carte nationale d'identité et de passeport se font uniquement sur rendez-vous au service Population de la mairie (station biométrique), réservation sur le site de la ville ou au 01 64 27 50 00. Faites d'abord la pré-demande en ligne sur le site de l'ANTS et venez avec le numéro de pré-demande, une photo d'identité de moins de 6 mois et un justificatif de domicile. Comptez environ 6 semaines entre le rendez-vous et la remise du titre.",
  "passeport|renouveler ma carte d'identité|CNI rendez-vous", "état civil", L+"/demarches/identite"),
 ("Comment s'inscrire sur les listes électorales ?",
  "En ligne sur service-public.fr ou au service Population de la mairie avec une pièce d'identité et un justificatif de domicile de moins de 3 mois. L'inscription est possible jusqu'au sixième vendredi précédant un scrutin.",
  "inscription élections|voter à Bréviande", "élections", L+"/demarches/elections"),
 ("Quels sont les jours de collecte des ordures ménagères ?",
  "La collecte est assurée par la Communauté d'agglomération Brie-Orvin (CABO). Ordures ménagères (bac gris) : mardi et vendredi matin. Emballages et papiers (bac jaune) : mercredi matin. Déchets verts : lundi matin d'avril à novembre. Sortez vos bacs la veille après 19 h. Le verre se dépose dans les points d'apport volontaire. Pour toute question sur les bacs : CABO, 01 64 27 81 00.",
  "poubelles quel jour|ramassage des déchets|bac jaune|déchets verts", "déchets", "https://www.ca-brie-orvin.fr/dechets"),
 ("Comment se débarrasser des encombrants ?",
  "Les encombrants sont collectés sur rendez-vous par la CABO (01 64 27 81 00), une fois par trimestre et par foyer, dans la limite de 2 m³. Vous pouvez aussi les déposer à la déchèterie intercommunale des Longues Raies.",
  "enlèvement encombrants|vieux canapé|meubles à jeter", "déchets", "https://www.ca-brie-orvin.fr/encombrants"),
 ("Où se trouve la déchèterie et quels sont ses horaires ?",
  "La déchèterie intercommunale des Longues Raies, rue de l'Industrie (zone d'activités), est ouverte le lundi et du mercredi au samedi de 9 h à 12 h et de 13 h 30 à 18 h, le dimanche de 9 h à 12 h. Fermée le mardi et les jours fériés. Accès gratuit pour les habitants avec le badge CABO.",
  "déchetterie horaires|décharge|badge déchèterie", "déchets", "https://www.ca-brie-orvin.fr/decheteries"),
 ("Comment inscrire mon enfant à l'école ?",
  "L'inscription se fait d'abord au service Enfance-Scolarité de la mairie (livret de famille, justificatif de domicile, carnet de santé), qui délivre un certificat d'inscription ; rendez-vous ensuite avec la direction de l'école (école élémentaire des Tilleuls ou groupe scolaire Camille-Claudel selon votre adresse).",
  "inscription scolaire|inscrire à la maternelle|quelle école pour mon fils", "école", L+"/enfance/inscriptions"),
 ("Quels sont les tarifs de la cantine scolaire ?",
  "À compter du 1er septembre 2026, le repas au restaurant scolaire coûte de 0,90 € à 4,60 € selon le quotient familial (délibération du 21 mai 2026). Jusqu'au 31 août 2026, le tarif allait de 0,85 € à 4,45 €. Le quotient familial se calcule au service Enfance-Scolarité.",
  "prix cantine|restauration scolaire tarif|combien coûte le repas à l'école", "école", L+"/enfance/restauration"),
 ("Quels sont les horaires de l'accueil périscolaire ?",
  "L'accueil périscolaire fonctionne dans les deux écoles les lundis, mardis, jeudis et vendredis de 7 h à 8 h 20 et de 16 h 30 à 19 h. Le mercredi, les enfants sont accueillis toute la journée à l'accueil de loisirs Les Cabrioles. Réservation sur le portail famille.",
  "garderie horaires|garderie du matin|périscolaire", "école", L+"/enfance/periscolaire"),
 ("Quand et où a lieu le marché ?",
  "Le marché hebdomadaire se tient tous les samedis de 8 h à 13 h place du Marché, avec une quarantaine de commerçants (primeurs, fromager, volailler, poissonnier). Pendant certains travaux ou manifestations, il peut être déplacé par arrêté.",
  "marché samedi|jour du marché|marché forain", "vie locale", L+"/commerces/marche"),
 ("Comment stationner au parking de la gare ?",
  "Le parking de la gare compte deux parcs. Le parc Nord est réservé du lundi au vendredi aux abonnés Navigo Parking (badge). Le parc Sud est gratuit et limité à 12 heures consécutives. Les camping-cars et poids lourds y sont interdits (arrêté n° 2026-003). Une consigne vélos sécurisée Véligo se trouve côté parc Nord.",
  "parking gare|garer ma voiture pour prendre le train|parc relais|Navigo parking", "stationnement", L+"/stationnement/gare"),
 ("Comment fonctionne la zone bleue ?",
  "Depuis le 2 février 2026, le stationnement en centre-ville (rue de la République, place du Marché, rue Saint-Aubin, rue Pasteur) est limité à 1 h 30 avec disque, du lundi au samedi de 9 h à 12 h et de 14 h à 19 h. C'est gratuit. Les dimanches et jours fériés ne sont pas concernés. Le disque est disponible gratuitement à l'accueil de la mairie et à la police municipale. Défaut de disque : amende de 35 €.",
  "disque bleu|stationnement centre ville|où trouver un disque", "stationnement", L+"/stationnement/zone-bleue"),
 ("Comment contacter la police municipale ?",
  "La police municipale (6 agents) est au 4 rue de la République, tél. 01 64 27 50 17, du lundi au vendredi de 8 h 30 à 19 h et le samedi de 9 h à 17 h. En dehors de ces horaires et en cas d'urgence, composez le 17.",
  "numéro police municipale|police municipale horaires|appeler la police", "sécurité", L+"/securite/police-municipale"),
 ("Qu'est-ce que l'opération tranquillité vacances ?",
  "Pendant vos absences, la police municipale surveille votre domicile lors de ses patrouilles. Inscription gratuite au moins 7 jours avant le départ, au poste de police municipale ou en ligne.",
  "surveillance maison vacances|OTV|partir en vacances police", "sécurité", L+"/securite/tranquillite-vacances"),
 ("J'ai perdu un objet, où le récupérer ?",
  "Les objets trouvés sur la voie publique sont déposés au poste de police municipale, 4 rue de la République, où vous pouvez les réclamer avec une pièce d'identité. Les objets perdus dans le train relèvent de la SNCF.",
  "objets trouvés|perdu mes clés|portefeuille perdu", "sécurité", ""),
 ("Que fait le CCAS ?",
  "Le Centre communal d'action sociale (CCAS) accompagne les habitants en difficulté : aides d'urgence, domiciliation, portage de repas à domicile (8,20 € le repas), colis de Noël des seniors, registre des personnes vulnérables. Accueil à l'annexe de l'Hôtel de Ville, 2 place de l'Hôtel-de-Ville, du lundi au vendredi sauf le mercredi, de 9 h à 12 h et de 13 h 30 à 17 h. Tél. 01 64 27 50 30.",
  "aide sociale|portage de repas|CCAS horaires|colis de noël", "social", L+"/solidarite/ccas"),
 ("Comment s'inscrire sur le registre canicule ?",
  "Les personnes âgées de 65 ans et plus, handicapées ou isolées peuvent s'inscrire (ou être inscrites par un proche) sur le registre des personnes vulnérables tenu par le CCAS : 01 64 27 50 30. En cas d'alerte canicule, elles sont appelées régulièrement. Une salle rafraîchie est ouverte pendant les alertes (voir l'arrêté plan canicule).",
  "plan canicule|personne âgée chaleur|registre personnes vulnérables", "social", L+"/solidarite/canicule"),
 ("Comment louer la salle des fêtes Georges-Brassens ?",
  "La salle des fêtes Georges-Brassens (200 personnes) se loue au service Vie associative de la mairie. Tarifs 2026 pour un week-end : 450 € pour les habitants de la commune, 900 € pour les extérieurs, caution de 1 000 €. Réservation au moins 3 mois à l'avance.",
  "location salle des fêtes|louer une salle pour un mariage|prix salle Brassens", "vie locale", L+"/equipements/salle-brassens"),
 ("Comment s'inscrire à la médiathèque ?",
  "La médiathèque La Passerelle, 5 rue Pasteur, est ouverte le mardi de 14 h à 18 h 30, le mercredi de 10 h à 12 h 30 et de 14 h à 18 h 30, le vendredi de 14 h à 18 h 30 et le samedi de 10 h à 17 h. L'inscription se fait sur place avec un justificatif de domicile.",
  "bibliothèque horaires|emprunter des livres|médiathèque inscription", "culture", L+"/culture/mediatheque"),
 ("La commune gère-t-elle la piscine ?",
  "Non. La piscine des Nénuphars, rue du Stade, est un équipement de la Communauté d'agglomération Brie-Orvin (CABO) : horaires, tarifs et abonnements relèvent de la CABO (piscine : 01 64 27 81 40). La ville y réserve des créneaux pour les écoles.",
  "piscine tarifs|piscine horaires|piscine qui s'en occupe", "sport", "https://www.ca-brie-orvin.fr/piscine"),
 ("Quand peut-on tondre la pelouse ou faire du bruit ?",
  "Selon l'arrêté n° 2026-035, les travaux de bricolage et de jardinage bruyants sont autorisés les jours ouvrables de 8 h 30 à 12 h et de 14 h 30 à 19 h 30, le samedi de 9 h à 12 h et de 15 h à 19 h, le dimanche et les jours fériés de 10 h à 12 h seulement.",
  "horaires tondeuse|bruit voisinage|perceuse dimanche", "cadre de vie", ""),
 ("Comment déposer une demande d'urbanisme ?",
  "Permis de construire, déclaration préalable (clôture, abri de jardin de plus de 5 m², piscine, ravalement) et certificat d'urbanisme se déposent sur le guichet numérique des autorisations d'urbanisme de la ville ou au service Urbanisme de la mairie, sur rendez-vous le jeudi après-midi. Le PLU est consultable sur le site de la ville.",
  "permis de construire|déclaration de travaux|construire un abri de jardin|PLU", "urbanisme", L+"/urbanisme"),
 ("Comment faire le recensement citoyen à 16 ans ?",
  "Tout jeune de nationalité française doit se faire recenser dans les 3 mois suivant ses 16 ans, en ligne sur service-public.fr ou au service Population de la mairie avec sa pièce d'identité et le livret de famille. L'attestation est demandée pour les examens et le permis de conduire.",
  "recensement 16 ans|JDC|attestation de recensement", "citoyenneté", ""),
 ("Quels sont les tarifs des concessions au cimetière ?",
  "Tarifs 2026 des concessions au cimetière communal : 15 ans 210 €, 30 ans 420 €, 50 ans 780 €. Case de columbarium 15 ans : 350 €. Renseignements au service Population.",
  "prix concession cimetière|columbarium|tombe tarif", "cimetière", ""),
 ("Comment signaler un problème sur la voie publique ?",
  "Nid-de-poule, lampadaire en panne, dépôt sauvage : signalez-le aux services techniques au 01 64 27 50 40 (du lundi au vendredi) ou par ce bot avec /signaler.",
  "lampadaire en panne|trou dans la route|dépôt sauvage", "voirie", ""),
 ("Comment inscrire mon enfant à l'accueil de loisirs ?",
  "L'accueil de loisirs Les Cabrioles (3-11 ans), 12 allée des Peupliers, accueille les enfants le mercredi et pendant les vacances scolaires de 7 h 30 à 18 h 30. Inscriptions sur le portail famille, au plus tard le jeudi précédent pour le mercredi.",
  "centre de loisirs|centre aéré|mercredi garde enfant", "enfance", L+"/enfance/loisirs"),
]
write("fiches-pratiques.csv",
      csv_text(["question", "reponse", "variantes", "theme", "lien"], fiches, ";"),
      encoding="cp1252")

# ---------------------------------------------------------------- arrêtés (cp1252, ;)
ARR_HEADER = ["COLL_NOM", "COLL_SIRET", "ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_MATIERE_CODE",
              "ARR_MATIERE_NOM", "ARR_OBJET", "ARR_DEBUT", "ARR_FIN", "ARR_LIEU", "ARR_URL"]
POL = ("6.1", "Libertés publiques et pouvoirs de police/Police municipale")
arr = [
 ("2026-003", "12/01/2026", "permanent", POL,
  "Réglementation du stationnement aux parkings de la gare : parc Nord réservé du lundi au vendredi aux détenteurs d'un abonnement Navigo Parking ; parc Sud gratuit, durée limitée à 12 heures consécutives ; stationnement des camping-cars et des poids lourds interdit sur les deux parcs",
  "02/02/2026", "", "parking de la gare parc Nord;parking de la gare parc Sud;avenue de la Gare"),
 ("2026-004", "2026-01-12", "permanent", POL,
  "Création d'une zone bleue en centre-ville : stationnement limité à 1 h 30 avec disque, du lundi au samedi de 9 h à 12 h et de 14 h à 19 h, sauf dimanches et jours fériés",
  "2026-02-02", "", "rue de la République;place du Marché;rue Saint-Aubin;rue Pasteur"),
 ("2026-005", "09/02/2026", "permanent", POL,
  "Rue scolaire : fermeture à la circulation de la rue des Tilleuls, entre la rue Pasteur et l'allée des Charmes, les lundis, mardis, jeudis et vendredis en période scolaire, de 8 h 15 à 8 h 45 et de 16 h 15 à 16 h 45, sauf véhicules de secours et services publics",
  "02/03/2026", "", "rue des Tilleuls"),
 ("2026-007", "26/01/2026", "permanent", POL,
  "Limitation de la vitesse à 30 km/h dans le quartier des Prés",
  "15/02/2026", "", "allée des Prés;rue des Charmes;allée des Peupliers"),
 ("2026-011", "16/02/2026", "temporaire", POL,
  "Travaux de renouvellement de la conduite d'eau potable rue Jean-Jaurès, phase 1 : circulation interdite sauf riverains entre la place du Marché et la rue des Tanneurs, stationnement interdit, déviation par la rue des Vergers",
  "02/03/2026", "27/03/2026", "rue Jean-Jaurès"),
 ("2026-012", "16/02/2026", "temporaire", POL,
  "Travaux de renouvellement de la conduite d'eau potable rue Jean-Jaurès, phase 2 : circulation alternée par feux tricolores entre la rue des Tanneurs et l'avenue de la Gare, stationnement interdit au droit du chantier",
  "30/03/2026", "30/04/2026", "rue Jean-Jaurès"),
 ("2026-013", "16/02/2026", "temporaire", POL,
  "Travaux de renouvellement de la conduite d'eau potable rue Jean-Jaurès, phase 3 : fermeture complète du carrefour de la rue Jean-Jaurès et de l'avenue de la Gare, déviation par la rue des Vergers et la rue Pasteur ; accès à la gare maintenu par la rue de la Croix-Blanche",
  "04/05/2026", "22/05/2026", "rue Jean-Jaurès;avenue de la Gare"),
 ("2026-014", "23/02/2026", "temporaire", POL,
  "Transfert du marché hebdomadaire du samedi matin de la place du Marché vers le parking du gymnase Léo-Lagrange pendant les travaux de la rue Jean-Jaurès",
  "07/03/2026", "23/05/2026", "place du Marché;parking du gymnase Léo-Lagrange"),
 ("2026-021", "2026-04-02", "temporaire", POL,
  "Fermeture du parc Sud du parking de la gare pour réfection de l'enrobé et du marquage au sol ; le parc Nord est ouvert à tous les usagers pendant la fermeture",
  "2026-04-20", "2026-04-24", "parking de la gare parc Sud"),
 ("2026-024", "08/04/2026", "temporaire", POL,
  "Course cycliste « Grand Prix de Bréviande » le dimanche 26 avril 2026 : circulation interdite de 13 h à 18 h 30 sur le circuit et stationnement interdit",
  "26/04/2026", "26/04/2026", "rue de la Croix-Blanche;route de Melun;rue du Moulin"),
 ("2026-027", "20/04/2026", "temporaire", POL,
  "Brocante de printemps organisée par Les Amis du Vieux Bréviande le dimanche 17 mai 2026 : circulation et stationnement interdits du samedi 16 mai 2026 à 20 h au dimanche 17 mai 2026 à 20 h",
  "16/05/2026", "17/05/2026", "rue de la République;place de l'Église;rue du Moulin"),
 ("2026-031", "27/04/2026", "temporaire", POL,
  "Interdiction de la consommation de boissons alcoolisées sur la voie publique de 20 h à 6 h aux abords de la gare",
  "01/05/2026", "30/09/2026", "avenue de la Gare;square de la Gare;parking de la gare parc Nord;parking de la gare parc Sud"),
 ("2026-035", "04/05/2026", "permanent", POL,
  "Réglementation des bruits de voisinage : travaux de bricolage et de jardinage avec des appareils bruyants (tondeuses, tronçonneuses, perceuses) autorisés les jours ouvrables de 8 h 30 à 12 h et de 14 h 30 à 19 h 30, les samedis de 9 h à 12 h et de 15 h à 19 h, les dimanches et jours fériés de 10 h à 12 h uniquement",
  "15/05/2026", "", ""),
 ("2026-040", "01/06/2026", "temporaire", POL,
  "Fête de la musique : circulation et stationnement interdits le dimanche 21 juin 2026 de 16 h au lundi 22 juin 2026 à 1 h",
  "21/06/2026", "22/06/2026", "place du Marché;rue Saint-Aubin"),
 ("2026-045", "26/05/2026", "temporaire", POL,
  "Mise en sens unique provisoire de la rue des Vergers, dans le sens rue Pasteur vers avenue de la Gare, pour travaux de raccordement au réseau électrique",
  "08/06/2026", "03/07/2026", "rue des Vergers"),
 ("2026-048", "02/06/2026", "individuel", POL,
  "Autorisation de stationnement d'un véhicule de déménagement sur deux emplacements au droit du 16 rue Pasteur le samedi 13 juin 2026 de 8 h à 18 h",
  "13/06/2026", "13/06/2026", "rue Pasteur"),
 ("2026-052", "28/05/2026", "temporaire", POL,
  "Plan canicule 2026 : en cas de vigilance canicule orange ou rouge, ouverture d'une salle rafraîchie à la salle des fêtes Georges-Brassens de 13 h à 18 h, ouverture du parc de la Roseraie jusqu'à 22 h et interdiction des manifestations sportives de plein air entre 12 h et 18 h",
  "01/06/2026", "15/09/2026", "salle des fêtes Georges-Brassens;parc de la Roseraie"),
 ("2026-057", "01/07/2026", "temporaire", POL,
  "Interdiction de la vente, du port et de l'usage des pétards et artifices de divertissement sur la voie publique à l'occasion de la fête nationale",
  "10/07/2026", "16/07/2026", ""),
 ("2026-058", "01/07/2026", "temporaire", POL,
  "Feu d'artifice de la fête nationale tiré au parc de la Roseraie le lundi 13 juillet 2026 vers 23 h : circulation et stationnement interdits du 13 juillet 2026 à 18 h au 14 juillet 2026 à 2 h",
  "13/07/2026", "14/07/2026", "parc de la Roseraie;avenue du Parc;rue des Écoles"),
 ("2026-063", "06/07/2026", "temporaire", ("8.9", "Enseignement, culture/Culture"),
  "Fermeture au public de la médiathèque La Passerelle pour travaux de mise en accessibilité",
  "03/08/2026", "22/08/2026", "médiathèque La Passerelle"),
 ("2026-074", "10/08/2026", "temporaire", POL,
  "Réfection de la chaussée rue de l'Industrie (zone d'activités des Longues Raies) : chaussée rétrécie, vitesse limitée à 30 km/h et circulation interdite aux véhicules de plus de 3,5 tonnes sauf desserte locale",
  "24/08/2026", "18/09/2026", "rue de l'Industrie;zone d'activités des Longues Raies"),
 ("2026-080", "28/08/2026", "temporaire", POL,
  "Forum des associations le samedi 5 septembre 2026 : stationnement interdit sur le parking du gymnase Léo-Lagrange de 7 h à 19 h",
  "05/09/2026", "05/09/2026", "parking du gymnase Léo-Lagrange"),
 ("2026-086", "14/09/2026", "temporaire", POL,
  "Élagage des platanes : stationnement interdit et circulation alternée de 8 h à 17 h",
  "19/10/2026", "21/10/2026", "rue du Moulin"),
 ("2026-091", "26/10/2026", "temporaire", POL,
  "Cérémonie commémorative du 11 novembre : circulation interdite de 10 h 30 à 12 h 30",
  "11/11/2026", "11/11/2026", "avenue de Verdun;place de l'Église"),
 ("2026-094", "09/11/2026", "temporaire", POL,
  "Marché de Noël les samedi 12 et dimanche 13 décembre 2026 : stationnement interdit place du Marché du vendredi 11 décembre 2026 à 18 h au dimanche 13 décembre 2026 à 22 h ; le marché hebdomadaire du samedi 12 décembre 2026 est installé rue Saint-Aubin",
  "11/12/2026", "13/12/2026", "place du Marché;rue Saint-Aubin"),
]
rows = []
for (aid, date, typ, mat, objet, deb, fin, lieu) in arr:
    rows.append([NOM, SIRET, aid, date, typ, mat[0], mat[1], objet, deb, fin, lieu,
                 f"{L}/actes/arretes/{aid}.pdf"])
write("arretes-2026.csv", csv_text(ARR_HEADER, rows, ";"), encoding="cp1252")

# ---------------------------------------------------------------- délibérations (UTF-8 BOM, ,)
DH = ["COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM",
      "DELIB_OBJET", "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID", "PREF_DATE", "VOTE_EFFECTIF",
      "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION", "DELIB_URL"]
FIN = ("7.1", "Finances locales/Décisions budgétaires")
delibs = [
 ("2026_008", "2026-02-05", FIN, "Débat d'orientation budgétaire 2026 : prise d'acte de la tenue du débat sur la base du rapport d'orientation budgétaire", "2026", "", 29, 27, 27, 0, 0),
 ("2026_015", "2026-03-26", FIN, "Vote du budget primitif 2026 du budget principal", "2026", "Budget principal", 29, 27, 21, 6, 0),
 ("2026_016", "2026-03-26", FIN, "Vote du budget primitif 2026 du budget annexe de l'assainissement", "2026", "Budget annexe assainissement", 29, 27, 21, 0, 6),
 ("2026_017", "2026-03-26", ("7.2", "Finances locales/Fiscalité"), "Vote des taux d'imposition 2026 : taxe foncière sur les propriétés bâties 41,37 %, taxe foncière sur les propriétés non bâties 58,20 %, taux inchangés par rapport à 2025", "2026", "Budget principal", 29, 27, 27, 0, 0),
 ("2026_018", "2026-03-26", ("7.5", "Finances locales/Subventions"), "Attribution des subventions 2026 aux associations pour un montant total de 128 450 €, dont 9 800 € au Judo Club Bréviandais, 14 500 € à l'AS Bréviande Football et 6 200 € au Comité des fêtes", "2026", "Budget principal", 29, 26, 26, 0, 0),
 ("2026_019", "2026-03-26", ("7.5", "Finances locales/Subventions"), "Subvention de fonctionnement 2026 au Centre communal d'action sociale (CCAS) : 185 000 €", "2026", "Budget principal", 29, 27, 27, 0, 0),
 ("2026_024", "2026-04-16", ("4.1", "Fonction publique/Personnel titulaire et stagiaire de la FPT"), "Création d'un poste de brigadier-chef principal de police municipale à temps complet : l'effectif de la police municipale passe de 5 à 6 agents", "", "", 29, 28, 22, 6, 0),
 ("2026_025", "2026-04-16", ("7.5", "Finances locales/Subventions"), "Extension de la vidéoprotection aux abords de la gare (8 caméras, coût estimé 96 000 € HT) : demande de subvention de 28 800 € au titre du Fonds interministériel de prévention de la délinquance (FIPD)", "2026", "Budget principal", 29, 28, 22, 0, 6),
 ("2026_026", "2026-04-16", ("7.5", "Finances locales/Subventions"), "Rénovation thermique de l'école élémentaire des Tilleuls (coût estimé 410 000 € HT) : demande de subvention de 164 000 € au titre de la dotation d'équipement des territoires ruraux (DETR) 2026", "2026", "Budget principal", 29, 28, 28, 0, 0),
 ("2026_031", "2026-05-21", ("8.1", "Domaines de compétences par thèmes/Enseignement"), "Tarifs de la restauration scolaire et de l'accueil périscolaire à compter du 1er septembre 2026 : repas de 0,90 € à 4,60 € selon le quotient familial, accueil périscolaire de 1,10 € à 3,80 € la séance", "", "", 29, 26, 20, 6, 0),
 ("2026_038", "2026-06-25", FIN, "Approbation du compte administratif 2025 du budget principal", "2025", "Budget principal", 29, 26, 20, 6, 0),
 ("2026_039", "2026-06-25", FIN, "Affectation du résultat de fonctionnement 2025 du budget principal : 612 000 € affectés en réserve au compte 1068 et 403 218,40 € reportés en section de fonctionnement", "2026", "Budget principal", 29, 27, 21, 0, 6),
 ("2026_044", "2026-06-25", ("8.3", "Domaines de compétences par thèmes/Voirie"), "Dénomination de la voie nouvelle du lotissement du Clos Saint-Aubin : allée Simone-Veil", "", "", 29, 27, 27, 0, 0),
 ("2026_052", "2026-09-24", ("8.9", "Domaines de compétences par thèmes/Culture"), "Règlement et tarifs de la médiathèque La Passerelle à compter du 1er octobre 2026 : abonnement gratuit pour les moins de 18 ans et les demandeurs d'emploi, 12 € par an pour les adultes habitant la commune, 25 € par an pour les non-résidents", "", "", 29, 25, 25, 0, 0),
 ("2026_058", "2026-10-08", FIN, "Décision modificative n° 1 du budget principal 2026", "2026", "Budget principal", 29, 27, 21, 6, 0),
 ("2026_061", "2026-10-08", ("3.5", "Domaine et patrimoine/Autres actes de gestion du domaine public"), "Tarifs des concessions funéraires au 1er janvier 2027 : 15 ans 220 €, 30 ans 440 €, 50 ans 800 €, case de columbarium 15 ans 370 €", "", "", 29, 27, 27, 0, 0),
]
rows = []
for (did, date, mat, objet, an, bn, eff, reel, pour, contre, abst) in delibs:
    pref_date = date  # transmitted the next days; keep the same day for most
    rows.append([NOM, SIRET, did, date, mat[0], mat[1], objet, an, bn,
                 f"077-217759800-{date.replace('-', '')}-{did}-DE", pref_date, eff, reel, pour, contre,
                 abst, f"{L}/actes/deliberations/{did}.pdf"])
write("deliberations-2026.csv", "\ufeff" + csv_text(DH, rows, ","), encoding="utf-8")

# ---------------------------------------------------------------- budgets
BH = ["BGT_NATDEC", "BGT_ANNEE", "BGT_SIRET", "BGT_NOM", "BGT_CONTNAT", "BGT_CONTNAT_LABEL",
      "BGT_NATURE", "BGT_NATURE_LABEL", "BGT_FONCTION", "BGT_FONCTION_LABEL", "BGT_OPERATION",
      "BGT_SECTION", "BGT_OPBUDG", "BGT_CODRD", "BGT_MTREAL", "BGT_MTBUDGPREC", "BGT_MTRARPREC",
      "BGT_MTPROPNOUV", "BGT_MTPREV", "BGT_CREDOUV", "BGT_MTRAR3112", "BGT_ARTSPE"]

CH = {
 "011": "Charges à caractère général", "012": "Charges de personnel et frais assimilés",
 "013": "Atténuations de charges", "014": "Atténuations de produits",
 "65": "Autres charges de gestion courante", "66": "Charges financières", "67": "Charges spécifiques",
 "68": "Dotations aux provisions et dépréciations",
 "70": "Produits des services, du domaine et ventes diverses", "73": "Impôts et taxes",
 "731": "Fiscalité locale", "74": "Dotations et participations",
 "75": "Autres produits de gestion courante",
 "023": "Virement à la section d'investissement", "021": "Virement de la section de fonctionnement",
 "042": "Opérations d'ordre de transfert entre sections", "040": "Opérations d'ordre de transfert entre sections",
 "002": "Résultat de fonctionnement reporté", "001": "Solde d'exécution de la section d'investissement reporté",
 "10": "Dotations, fonds divers et réserves", "13": "Subventions d'investissement",
 "16": "Emprunts et dettes assimilées", "20": "Immobilisations incorporelles",
 "204": "Subventions d'équipement versées", "21": "Immobilisations corporelles",
 "23": "Immobilisations en cours", "024": "Produits des cessions d'immobilisations",
}
FO = {
 "01": "Opérations non ventilables", "020": "Administration générale de la collectivité",
 "023": "Fêtes et cérémonies", "024": "Aide aux associations (non classées ailleurs)",
 "025": "Cimetières et pompes funèbres", "031": "Assemblée délibérante",
 "11": "Police, sécurité, justice", "12": "Incendie et secours", "212": "Ecoles primaires",
 "281": "Hébergement et restauration scolaires", "313": "Bibliothèques, médiathèques",
 "321": "Salles de sport, gymnases", "322": "Stades", "420": "Services communs",
 "421": "Famille et enfance", "511": "Espaces verts urbains", "512": "Eclairage public", "845": "Voirie communale", "": "",
}
F, I = "fonctionnement", "investissement"
D, R = "dépense", "recette"

# (section, codrd, opbudg, chapitre, nature, libellé, fonction, BP 2026, CA 2025 prévu, CA 2025 réalisé)
P = [
 (F, D, "réel", "011", "60611", "Eau et assainissement", "020", 51847.20, 49500.00, 47318.62),
 (F, D, "réel", "011", "60612", "Énergie - Électricité", "020", 298436.75, 285000.00, 279412.08),
 (F, D, "réel", "011", "60621", "Combustibles", "212", 86120.40, 82000.00, 80126.55),
 (F, D, "réel", "011", "60623", "Alimentation", "281", 215389.60, 205000.00, 201734.19),
 (F, D, "réel", "011", "60632", "Fournitures de petit équipement", "020", 41205.00, 40000.00, 36218.44),
 (F, D, "réel", "011", "60636", "Vêtements de travail", "11", 8640.30, 7500.00, 7212.90),
 (F, D, "réel", "011", "6065", "Livres, disques, cassettes... (bibliothèques et médiathèques)", "313", 18450.00, 18000.00, 17865.31),
 (F, D, "réel", "011", "6067", "Fournitures scolaires", "212", 38912.45, 37500.00, 36902.77),
 (F, D, "réel", "011", "611", "Contrats de prestations de services", "020", 124060.00, 118000.00, 115640.28),
 (F, D, "réel", "011", "615221", "Entretien et réparations - Bâtiments publics", "020", 96530.80, 90000.00, 88412.06),
 (F, D, "réel", "011", "615231", "Entretien et réparations - Voiries", "845", 73215.00, 70000.00, 68237.45),
 (F, D, "réel", "011", "6156", "Maintenance", "11", 19836.40, 12000.00, 11580.00),
 (F, D, "réel", "011", "6161", "Primes d'assurances - Multirisques", "020", 58314.90, 55000.00, 54988.37),
 (F, D, "réel", "011", "6232", "Fêtes et cérémonies", "023", 64075.50, 60000.00, 61204.88),
 (F, D, "réel", "011", "6262", "Frais de télécommunications", "020", 24518.00, 24000.00, 22960.15),
 (F, D, "réel", "011", "63512", "Taxes foncières", "020", 14206.00, 13800.00, 13795.00),
 (F, D, "réel", "012", "64111", "Rémunération principale - personnel titulaire", "020", 1684230.00, 1640000.00, 1628415.37),
 (F, D, "réel", "012", "64111", "Rémunération principale - personnel titulaire", "11", 271648.25, 226000.00, 219874.12),
 (F, D, "réel", "012", "64111", "Rémunération principale - personnel titulaire", "212", 402310.00, 392000.00, 388120.54),
 (F, D, "réel", "012", "64131", "Rémunérations - personnel non titulaire", "281", 312085.40, 300000.00, 304512.76),
 (F, D, "réel", "012", "6451", "Cotisations à l'URSSAF", "020", 402318.70, 391000.00, 386240.19),
 (F, D, "réel", "012", "6451", "Cotisations à l'URSSAF", "11", 68712.35, 57500.00, 55930.48),
 (F, D, "réel", "012", "6453", "Cotisations aux caisses de retraite", "020", 518940.15, 505000.00, 498315.62),
 (F, D, "réel", "012", "6475", "Médecine du travail, pharmacie", "020", 7820.00, 7500.00, 6984.00),
 (F, D, "réel", "014", "739223", "Fonds de péréquation des ressources communales et intercommunales (FPIC)", "01", 42118.00, 41000.00, 40876.00),
 (F, D, "réel", "65", "65311", "Indemnités de fonction des élus", "031", 118406.88, 116000.00, 115982.64),
 (F, D, "réel", "65", "6553", "Service d'incendie", "12", 231804.00, 226500.00, 226418.00),
 (F, D, "réel", "65", "657362", "Subvention de fonctionnement au CCAS", "420", 185000.00, 178000.00, 178000.00),
 (F, D, "réel", "65", "65748", "Subventions de fonctionnement aux associations et autres personnes de droit privé", "024", 128450.00, 124300.00, 121850.00),
 (F, D, "réel", "66", "66111", "Intérêts réglés à l'échéance", "01", 94627.31, 101500.00, 101382.96),
 (F, D, "réel", "67", "673", "Titres annulés (sur exercices antérieurs)", "01", 6000.00, 6000.00, 2145.30),
 (F, D, "réel", "68", "6817", "Dotations aux dépréciations des actifs circulants", "01", 4500.00, 4000.00, 4000.00),
 (F, D, "ordre", "042", "6811", "Dotations aux amortissements des immobilisations incorporelles et corporelles", "01", 286412.60, 271850.00, 271846.35),
 (F, R, "réel", "013", "6419", "Remboursements sur rémunérations du personnel", "020", 35210.00, 30000.00, 41288.70),
 (F, R, "réel", "70", "70311", "Concessions dans les cimetières (produit net)", "025", 14300.00, 13500.00, 15120.00),
 (F, R, "réel", "70", "7062", "Redevances et droits des services à caractère culturel", "313", 9815.00, 9500.00, 9236.50),
 (F, R, "réel", "70", "7067", "Redevances et droits des services périscolaires et d'enseignement", "281", 386240.50, 372000.00, 379815.40),
 (F, R, "réel", "70", "7032", "Droits de stationnement et de location sur la voie publique", "020", 22480.00, 21000.00, 23106.80),
 (F, R, "réel", "731", "73111", "Impôts directs locaux", "01", 3412087.00, 3318000.00, 3326471.00),
 (F, R, "réel", "731", "73123", "Taxe communale additionnelle aux droits de mutation", "01", 265000.00, 280000.00, 251388.42),
 (F, R, "réel", "73", "73211", "Attribution de compensation", "01", 612318.00, 612318.00, 612318.00),
 (F, R, "réel", "74", "74111", "Dotation forfaitaire des communes", "01", 986412.00, 992000.00, 991870.00),
 (F, R, "réel", "74", "741121", "Dotation de solidarité rurale (DSR)", "01", 148236.00, 141500.00, 141612.00),
 (F, R, "réel", "74", "741127", "Dotation nationale de péréquation (DNP)", "01", 92718.00, 90000.00, 90412.00),
 (F, R, "réel", "74", "744", "FCTVA", "01", 12040.00, 11000.00, 11348.22),
 (F, R, "réel", "74", "74718", "Participations - État - Autres", "212", 26105.00, 24000.00, 25480.00),
 (F, R, "réel", "74", "7478", "Participations - Autres organismes (CAF)", "421", 210360.00, 198000.00, 204716.33),
 (F, R, "réel", "74", "74833", "État - Compensation au titre des exonérations de taxe foncière", "01", 64522.00, 61000.00, 62109.00),
 (F, R, "réel", "75", "752", "Revenus des immeubles", "020", 68412.00, 66000.00, 67254.90),
 (F, R, "ordre", "042", "777", "Quote-part des subventions d'investissement transférées au compte de résultat", "01", 18306.00, 17200.00, 17198.40),
 (I, D, "réel", "16", "1641", "Emprunts en euros", "01", 486312.58, 473000.00, 472918.36),
 (I, D, "réel", "20", "2031", "Frais d'études", "020", 45000.00, 30000.00, 21480.00),
 (I, D, "réel", "20", "2051", "Concessions et droits similaires (logiciels)", "020", 18600.00, 12000.00, 11364.00),
 (I, D, "réel", "204", "20422", "Subventions d'équipement aux personnes de droit privé - Bâtiments et installations (ravalement de façades)", "01", 20000.00, 20000.00, 13500.00),
 (I, D, "réel", "21", "2111", "Terrains nus", "01", 60000.00, 0.00, 0.00),
 (I, D, "réel", "21", "21312", "Bâtiments scolaires", "212", 410000.00, 145000.00, 138722.91),
 (I, D, "réel", "21", "2151", "Réseaux de voirie", "845", 520415.75, 610000.00, 574306.18),
 (I, D, "réel", "21", "2152", "Installations de voirie", "845", 64180.00, 58000.00, 52417.60),
 (I, D, "réel", "21", "2182", "Matériel de transport", "020", 38000.00, 42000.00, 41650.00),
 (I, D, "réel", "21", "2183", "Matériel informatique", "212", 42000.00, 35000.00, 33912.47),
 (I, D, "réel", "21", "2184", "Matériel de bureau et mobilier", "313", 14500.00, 9000.00, 8715.20),
 (I, D, "réel", "21", "2188", "Autres immobilisations corporelles (vidéoprotection)", "11", 96000.00, 24000.00, 23184.00),
 (I, D, "réel", "21", "2128", "Autres agencements et aménagements de terrains (parc de la Roseraie)", "511", 148250.00, 40000.00, 36815.20),
 (I, D, "réel", "21", "2135", "Installations générales, agencements, aménagements des constructions (accessibilité de l'Hôtel de Ville)", "020", 186400.00, 95000.00, 90214.63),
 (I, D, "réel", "21", "2158", "Autres installations, matériel et outillage techniques (éclairage public LED)", "512", 236920.00, 180000.00, 171508.92),
 (I, D, "réel", "23", "2313", "Constructions en cours (vestiaires du stade des Peupliers)", "322", 185640.00, 260000.00, 212470.35),
 (I, D, "ordre", "040", "13911", "Subventions d'investissement transférées au compte de résultat - État", "01", 18306.00, 17200.00, 17198.40),
 (I, R, "réel", "10", "10222", "FCTVA", "01", 245318.00, 228000.00, 231407.00),
 (I, R, "réel", "10", "10226", "Taxe d'aménagement", "01", 85000.00, 80000.00, 97612.45),
 (I, R, "réel", "10", "1068", "Excédents de fonctionnement capitalisés", "01", 612000.00, 540000.00, 540000.00),
 (I, R, "réel", "13", "13461", "Dotation d'équipement des territoires ruraux (DETR)", "212", 164000.00, 58000.00, 58000.00),
 (I, R, "réel", "13", "1321", "Subventions d'équipement non transférables - État (FIPD)", "11", 28800.00, 0.00, 0.00),
 (I, R, "réel", "13", "1322", "Subventions d'équipement non transférables - Régions", "212", 80000.00, 0.00, 0.00),
 (I, R, "réel", "13", "1323", "Subventions d'équipement non transférables - Départements", "845", 120000.00, 150000.00, 150000.00),
 (I, R, "réel", "024", "024", "Produits des cessions d'immobilisations", "01", 95000.00, 0.00, 0.00),
 (I, R, "ordre", "040", "28188", "Amortissements des autres immobilisations corporelles", "01", 286412.60, 271850.00, 271846.35),
]
# carried-over results (réel) and the order lines that balance each document
BP_002 = 403218.40   # recette de fonctionnement
BP_001 = 214730.55   # dépense d'investissement (déficit reporté)
CA_002 = 352604.18
CA_001 = 188420.07


def fmt_dot(x):
    return f"{x:.2f}"


def fmt_comma(x):
    return f"{x:.2f}".replace(".", ",")


def bline(natdec, annee, siret, nom, sec, codrd, op, ch, nat, lib, fo, mtprev, mtreal="", fmt=fmt_dot,
          credouv=None):
    return [natdec, annee, siret, nom, ch, CH.get(ch, ""), nat, lib, fo, FO.get(fo, ""), "",
            sec, op, codrd, fmt(mtreal) if mtreal != "" else "", "", "", fmt(mtprev), fmt(mtprev),
            fmt(credouv if credouv is not None else mtprev), "", "non spécialisé"]


def balance(lines, r002, d001):
    """Return (virement 023/021, emprunt 1641 recette) that balance both sections."""
    f_dep = sum(x[2] for x in lines if x[0] == F and x[1] == D)
    f_rec = sum(x[2] for x in lines if x[0] == F and x[1] == R) + r002
    vir = round(f_rec - f_dep, 2)
    i_dep = sum(x[2] for x in lines if x[0] == I and x[1] == D) + d001
    i_rec = sum(x[2] for x in lines if x[0] == I and x[1] == R) + vir
    emp = round(i_dep - i_rec, 2)
    return vir, emp


NOM_BP = "BREVIANDE-EN-BRIE"
# --- BP 2026 budget principal
simple = [(p[0], p[1], p[7]) for p in P]
vir, emp = balance(simple, BP_002, BP_001)
assert vir > 0 and emp > 0, (vir, emp)
bp_rows = []
for (sec, codrd, op, ch, nat, lib, fo, bp, cap, car) in P:
    bp_rows.append(bline("budget primitif", "2026", SIRET, NOM_BP, sec, codrd, op, ch, nat, lib, fo, bp))
bp_rows.append(bline("budget primitif", "2026", SIRET, NOM_BP, F, D, "ordre", "023", "023", "Virement à la section d'investissement", "01", vir))
bp_rows.append(bline("budget primitif", "2026", SIRET, NOM_BP, I, R, "ordre", "021", "021", "Virement de la section de fonctionnement", "01", vir))
bp_rows.append(bline("budget primitif", "2026", SIRET, NOM_BP, I, R, "réel", "16", "1641", "Emprunts en euros", "01", emp))
bp_rows.append(bline("budget primitif", "2026", SIRET, NOM_BP, F, R, "réel", "002", "002", "Résultat de fonctionnement reporté", "", BP_002))
bp_rows.append(bline("budget primitif", "2026", SIRET, NOM_BP, I, D, "réel", "001", "001", "Solde d'exécution de la section d'investissement reporté", "", BP_001))

# --- BP 2026 budget annexe assainissement (nomenclature M49), same file
NOM_A = "BREVIANDE-EN-BRIE - ASSAINISSEMENT"
CHA = dict(CH)
CHA.update({"70": "Ventes de produits fabriqués, prestations de services, marchandises"})
A = [
 (F, D, "réel", "011", "6061", "Fournitures non stockables (eau, énergie)", 18240.00),
 (F, D, "réel", "011", "611", "Sous-traitance générale (exploitation de la station d'épuration)", 246315.80),
 (F, D, "réel", "011", "61523", "Entretien et réparations - Réseaux", 42180.00),
 (F, D, "réel", "012", "6215", "Personnel affecté par la collectivité de rattachement", 38500.00),
 (F, D, "réel", "014", "706129", "Reversement à l'agence de l'eau - redevance pour modernisation des réseaux de collecte", 61020.00),
 (F, D, "réel", "66", "66111", "Intérêts réglés à l'échéance", 23412.66),
 (F, D, "ordre", "042", "6811", "Dotations aux amortissements des immobilisations", 148260.00),
 (F, R, "réel", "70", "70611", "Redevance d'assainissement collectif", 512046.00),
 (F, R, "réel", "70", "706121", "Redevance pour modernisation des réseaux de collecte", 61020.00),
 (F, R, "réel", "70", "704", "Travaux (branchements)", 26300.00),
 (F, R, "ordre", "042", "777", "Quote-part des subventions d'investissement transférées au compte de résultat", 31050.00),
 (I, D, "réel", "16", "1641", "Emprunts en euros", 71815.42),
 (I, D, "réel", "20", "2031", "Frais d'études (schéma directeur d'assainissement)", 24000.00),
 (I, D, "réel", "23", "2315", "Installations, matériel et outillage techniques (réhabilitation du collecteur rue Jean-Jaurès)", 585400.00),
 (I, D, "ordre", "040", "1391", "Subventions d'équipement transférées au compte de résultat", 31050.00),
 (I, R, "réel", "13", "1313", "Subventions d'équipement - Départements", 96000.00),
 (I, R, "réel", "13", "1318", "Subventions d'équipement - Autres (Agence de l'eau Seine-Normandie)", 142500.00),
 (I, R, "ordre", "040", "28156", "Amortissements du matériel spécifique d'exploitation", 148260.00),
]
A_002 = 62840.15   # recette de fonctionnement
A_001 = 38410.27   # recette d'investissement (excédent reporté)
simple = [(a[0], a[1], a[6]) for a in A] + [(I, R, A_001)]
vir_a, emp_a = balance(simple, A_002, 0.0)
assert vir_a > 0 and emp_a > 0, (vir_a, emp_a)
for (sec, codrd, op, ch, nat, lib, amt) in A:
    r = bline("budget primitif", "2026", SIRET_ASST, NOM_A, sec, codrd, op, ch, nat, lib, "", amt)
    r[5] = CHA.get(ch, "")
    bp_rows.append(r)
bp_rows.append(bline("budget primitif", "2026", SIRET_ASST, NOM_A, F, D, "ordre", "023", "023", "Virement à la section d'exploitation", "", vir_a))
bp_rows[-1][7] = "Virement à la section d'investissement"
bp_rows.append(bline("budget primitif", "2026", SIRET_ASST, NOM_A, I, R, "ordre", "021", "021", "Virement de la section d'exploitation", "", vir_a))
bp_rows.append(bline("budget primitif", "2026", SIRET_ASST, NOM_A, I, R, "réel", "16", "1641", "Emprunts en euros", "", emp_a))
bp_rows.append(bline("budget primitif", "2026", SIRET_ASST, NOM_A, F, R, "réel", "002", "002", "Résultat d'exploitation reporté", "", A_002))
bp_rows.append(bline("budget primitif", "2026", SIRET_ASST, NOM_A, I, R, "réel", "001", "001", "Solde d'exécution de la section d'investissement reporté", "", A_001))
write("budget-primitif-2026-principal-et-assainissement.csv", csv_text(BH, bp_rows, ","), encoding="utf-8")

# --- CA 2025 budget principal (Windows-1252, ;, decimal comma)
simple = [(p[0], p[1], p[8]) for p in P]
vir_c, emp_c = balance(simple, CA_002, CA_001)
ca_rows = []
for (sec, codrd, op, ch, nat, lib, fo, bp, cap, car) in P:
    if cap == 0 and car == 0:
        continue
    ca_rows.append(bline("Compte administratif", "2025", SIRET, NOM_BP, sec, codrd, op, ch, nat, lib, fo, cap, car, fmt=fmt_comma))
CA_EMP_REAL = 0.00
ca_rows.append(bline("Compte administratif", "2025", SIRET, NOM_BP, F, D, "ordre", "023", "023", "Virement à la section d'investissement", "01", vir_c, 0.0, fmt=fmt_comma))
ca_rows.append(bline("Compte administratif", "2025", SIRET, NOM_BP, I, R, "ordre", "021", "021", "Virement de la section de fonctionnement", "01", vir_c, 0.0, fmt=fmt_comma))
ca_rows.append(bline("Compte administratif", "2025", SIRET, NOM_BP, I, R, "réel", "16", "1641", "Emprunts en euros", "01", emp_c, CA_EMP_REAL, fmt=fmt_comma))
ca_rows.append(bline("Compte administratif", "2025", SIRET, NOM_BP, F, R, "réel", "002", "002", "Résultat de fonctionnement reporté", "", CA_002, CA_002, fmt=fmt_comma))
ca_rows.append(bline("Compte administratif", "2025", SIRET, NOM_BP, I, D, "réel", "001", "001", "Solde d'exécution de la section d'investissement reporté", "", CA_001, CA_001, fmt=fmt_comma))
write("compte-administratif-2025.csv", csv_text(BH, ca_rows, ";"), encoding="cp1252")

# --- DM n° 1 2026 budget principal (UTF-8 with BOM, ,)
DM = [
 (F, D, "réel", "011", "615221", "Entretien et réparations - Bâtiments publics (toiture du gymnase Léo-Lagrange après l'orage du 3 juillet)", "321", 42350.00),
 (F, D, "réel", "011", "6232", "Fêtes et cérémonies", "023", -8000.00),
 (F, D, "réel", "012", "64111", "Rémunération principale - personnel titulaire (poste de police municipale créé le 16 avril 2026)", "11", 16480.00),
 (F, R, "réel", "75", "7588", "Autres produits divers de gestion courante (indemnité d'assurance sinistre gymnase)", "321", 34120.00),
 (F, R, "réel", "731", "73123", "Taxe communale additionnelle aux droits de mutation", "01", 16710.00),
 (I, D, "réel", "21", "2188", "Autres immobilisations corporelles (2 caméras de vidéoprotection supplémentaires)", "11", 18560.00),
 (I, D, "réel", "21", "21312", "Bâtiments scolaires", "212", -18560.00),
 (I, D, "réel", "21", "2151", "Réseaux de voirie (reprise de la chaussée rue du Moulin)", "845", 61240.00),
 (I, R, "réel", "13", "1323", "Subventions d'équipement non transférables - Départements", "845", 61240.00),
]
fd = sum(x[7] for x in DM if x[0] == F and x[1] == D)
fr = sum(x[7] for x in DM if x[0] == F and x[1] == R)
idp = sum(x[7] for x in DM if x[0] == I and x[1] == D)
ir = sum(x[7] for x in DM if x[0] == I and x[1] == R)
assert round(fd - fr, 2) == 0 and round(idp - ir, 2) == 0, (fd, fr, idp, ir)
dm_rows = [bline("Décision modificative", "2026", SIRET, NOM_BP, *x[:7], x[7]) for x in DM]
for r in dm_rows:   # a DM changes the votes: MTBUDGPREC empty, CREDOUV empty
    r[19] = ""
write("dm1-2026-budget-principal.csv", "\ufeff" + csv_text(BH, dm_rows, ","), encoding="utf-8")
print("BP virement", vir, "emprunt", emp, "| annexe virement", vir_a, "emprunt", emp_a, "| CA virement prévu", vir_c, "emprunt prévu", emp_c)

# ---------------------------------------------------------------- annuaire (UTF-8, ;)
AH = ["nom", "categorie", "adresse", "telephone", "email", "site_web", "horaires", "description"]
C = ", 77164 Bréviande-en-Brie"
acteurs = [
 ("Boulangerie Au Pain de Brie", "boulangerie", "12 rue de la République" + C, "01 64 27 11 20", "", "", "Tu-Sa 06:30-13:30,15:30-19:30; Su 07:00-13:00", "Pain au levain, viennoiseries. Fermée le lundi."),
 ("Boulangerie Maison Lheureux", "boulangerie", "3 avenue de la Gare" + C, "01 64 27 18 44", "", "", "Mo-Fr 06:00-20:00; Sa 07:00-19:00", "Face à la gare, sandwichs le midi."),
 ("Pharmacie de la Gare", "pharmacie", "1 avenue de la Gare" + C, "01 64 27 22 31", "", "", "Mo-Fr 08:30-20:00; Sa 09:00-19:00", ""),
 ("Pharmacie du Marché", "pharmacie", "7 place du Marché" + C, "01 64 27 13 58", "", "", "Mo-Sa 09:00-12:30,14:00-19:30; Su 09:00-12:30", "Ouverte le dimanche matin."),
 ("Boucherie Perrichon", "boucherie", "15 rue de la République" + C, "01 64 27 11 87", "", "", "Tu-Sa 08:00-13:00,15:30-19:30; Su 08:00-12:30", "Boucherie-charcuterie, volailles fermières."),
 ("Fromagerie La Meule de Brie", "fromagerie", "9 place du Marché" + C, "01 64 27 14 02", "", "", "We-Sa 09:00-13:00,15:30-19:00; Su 09:00-12:30", "Brie de Meaux et de Melun affinés sur place."),
 ("Supérette Le Panier Briard", "supérette", "22 avenue de la Gare" + C, "01 64 27 19 90", "", "", "Mo-Sa 08:00-21:00; Su 09:00-13:00", ""),
 ("Tabac-presse Le Brévian", "bureau de tabac", "18 rue de la République" + C, "01 64 27 12 65", "", "", "Mo-Sa 06:30-19:30; Su 07:30-12:30", "Presse, Française des jeux, relais colis."),
 ("Coiffure Élodie K.", "salon de coiffure", "5 rue Saint-Aubin" + C, "01 64 27 16 73", "", "", "Tu-Fr 09:00-18:30; Sa 08:30-17:00", "Coiffure mixte, sur rendez-vous."),
 ("Garage Dutertre Automobiles", "garage automobile", "4 rue de l'Industrie, zone d'activités des Longues Raies" + C, "01 64 27 40 12", "", "", "Mo-Fr 08:00-12:00,13:30-18:30; Sa 08:00-12:00", "Mécanique toutes marques, contrôle climatisation."),
 ("Plomberie Chauffage Rocheteau", "plombier", "11 rue des Vergers" + C, "06 12 48 73 05", "contact@rocheteau-plomberie.fr", "", "Mo-Fr 08:00-18:00", "Plomberie, chauffage, dépannage de chaudières."),
 ("Benhamou Électricité", "électricien", "9 rue de l'Industrie, zone d'activités des Longues Raies" + C, "06 31 77 20 58", "", "", "Mo-Fr 08:00-18:00", "Électricité générale, bornes de recharge."),
 ("Serrurerie Vitale", "serrurier", "30 route de Melun" + C, "06 09 14 52 36", "", "", "Mo-Sa 08:00-19:00", "Dépannage serrurerie, ouverture de porte."),
 ("Restaurant Le Relais de la Gare", "restaurant", "6 avenue de la Gare" + C, "01 64 27 25 80", "", "", "Mo-Fr 11:45-14:30; Th-Sa 19:00-22:30", "Cuisine traditionnelle, menu du jour."),
 ("Pizzeria Da Lucio", "pizzeria", "27 rue Jean-Jaurès" + C, "01 64 27 26 19", "", "", "Tu-Th,Su 18:30-22:30; Fr,Sa 11:45-14:00,18:30-23:00", "Pizzas au feu de bois, à emporter."),
 ("Pétales et Brindilles", "fleuriste", "2 rue Saint-Aubin" + C, "01 64 27 15 31", "", "", "Tu-Sa 09:00-12:30,14:30-19:00; Su 09:00-13:00", ""),
 ("Auto-école Permis Brie", "auto-école", "14 rue Jean-Jaurès" + C, "01 64 27 23 47", "", "", "Tu-Fr 14:00-19:00; Sa 09:00-13:00", "Permis B, conduite accompagnée."),
 ("Bureau de poste", "bureau de poste", "3 rue Pasteur" + C, "36 31", "", "", "Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00", ""),
 ("Taxi Gilles Moreau", "taxi", "Bréviande-en-Brie", "06 20 41 88 13", "", "", "", "Taxi conventionné, transferts aéroports."),
 ("Dr Nathalie Ferrandou", "médecin généraliste", "Maison de santé des Prés, 8 allée des Prés" + C, "01 64 27 35 10", "", "", "Mo-Fr 08:30-19:00; Sa 09:00-12:00", "Sur rendez-vous."),
 ("Dr Karim Ouazzani", "médecin généraliste", "Maison de santé des Prés, 8 allée des Prés" + C, "01 64 27 35 11", "", "", "Mo,Tu,Th,Fr 08:00-18:30", "Sur rendez-vous, ne reçoit pas le mercredi."),
 ("Dr Sophie Lemarchal", "pédiatre", "3 bis rue Pasteur" + C, "01 64 27 35 40", "", "", "Mo-We,Fr 09:00-18:00", ""),
 ("Cabinet dentaire des Tilleuls - Dr Lucas Derval", "dentiste", "21 rue des Tilleuls" + C, "01 64 27 36 02", "", "", "Mo-Fr 09:00-12:30,14:00-19:00", ""),
 ("Cabinet infirmier du Centre", "infirmier", "10 rue de la République" + C, "06 45 18 90 27", "", "", "Mo-Su 07:00-19:00", "Soins à domicile 7 jours sur 7, permanence au cabinet de 7 h à 8 h."),
 ("Julie Marcadet", "kinésithérapeute", "Maison de santé des Prés, 8 allée des Prés" + C, "01 64 27 35 20", "", "", "Mo-Fr 08:00-20:00", "Masseur-kinésithérapeute."),
 ("Claire Voisenet", "orthophoniste", "Maison de santé des Prés, 8 allée des Prés" + C, "01 64 27 35 22", "", "", "Mo,Tu,Th 09:00-18:00", ""),
 ("Clinique vétérinaire des Longues Raies", "vétérinaire", "2 rue de l'Industrie, zone d'activités des Longues Raies" + C, "01 64 27 42 30", "", "", "Mo-Fr 08:30-19:00; Sa 09:00-16:00", "Urgences : 01 64 27 42 31."),
 ("Laboratoire Biobrie", "laboratoire d'analyses", "5 avenue de la Gare" + C, "01 64 27 37 50", "", "", "Mo-Fr 07:00-12:30,14:00-18:00; Sa 07:30-12:00", "Prises de sang sans rendez-vous le matin."),
 ("Judo Club Bréviandais", "association sportive", "Dojo du gymnase Léo-Lagrange, rue du Stade" + C, "06 62 13 48 95", "judoclub.breviande@gmail.com", "", "Tu,Th 17:30-21:00; Sa 10:00-12:00", "Judo et ju-jitsu dès 4 ans. Professeur : Thierry Maunoury, ceinture noire 5e dan."),
 ("AS Bréviande Football", "association sportive", "Stade des Peupliers, rue du Stade" + C, "06 70 25 31 44", "", "", "", "Football de U6 aux vétérans. Président : Mickaël Darrouzet."),
 ("Tennis Club de Bréviande", "association sportive", "Courts du parc de la Roseraie, avenue du Parc" + C, "06 81 52 09 67", "", "", "", "École de tennis le mercredi et le samedi. Enseignante : Laure Gimbert."),
 ("Yoga Brie Zen", "association sportive", "Salle des fêtes Georges-Brassens, rue des Écoles" + C, "06 14 77 38 20", "", "", "Mo 19:00-20:30; Th 10:00-11:30", "Hatha yoga, cours animés par Anne-Sophie Rivère."),
 ("Les Amis du Vieux Bréviande", "association culturelle", "Maison des associations, 6 rue du Moulin" + C, "06 23 50 71 12", "", "", "", "Histoire locale et patrimoine, organise la brocante de printemps. Président : Gérard Pilon."),
 ("Chorale À Tout Chœur", "association culturelle", "Maison des associations, 6 rue du Moulin" + C, "06 52 08 64 30", "", "", "We 20:00-22:00", "Chorale adulte, cheffe de chœur : Brigitte Lansade."),
 ("École de musique Do Ré Mi Brie", "école de musique", "Maison des associations, 6 rue du Moulin" + C, "01 64 27 31 08", "", "", "Tu-Fr 16:30-20:00; We 09:30-18:00; Sa 09:30-13:00", "Piano, guitare, batterie, éveil musical."),
 ("Comité des fêtes de Bréviande", "association", "Hôtel de Ville, 2 place de l'Hôtel-de-Ville" + C, "06 44 91 27 60", "", "", "", "Organise le carnaval, la fête de la musique et le marché de Noël."),
 ("Entraide Bréviandaise", "association caritative", "14 rue des Tanneurs" + C, "06 17 62 84 59", "", "", "Tu 14:00-17:00; Fr 09:00-12:00", "Épicerie solidaire, sur orientation du CCAS."),
 ("Club de l'Âge d'Or", "club des aînés", "Salle des fêtes Georges-Brassens, rue des Écoles" + C, "01 64 27 30 12", "", "", "Tu,Fr 14:00-18:00", "Jeux, sorties et voyages pour les seniors."),
 ("Police municipale", "police municipale", "4 rue de la République" + C, "01 64 27 50 17", "police.municipale@breviande-en-brie.fr", "", "Mo-Fr 08:30-19:00; Sa 09:00-17:00", "Six agents. En dehors des horaires : 17."),
 ("CCAS de Bréviande-en-Brie", "action sociale", "Annexe de l'Hôtel de Ville, 2 place de l'Hôtel-de-Ville" + C, "01 64 27 50 30", "ccas@breviande-en-brie.fr", "", "Mo,Tu,Th,Fr 09:00-12:00,13:30-17:00", "Aides sociales, portage de repas, registre canicule."),
 ("Services techniques municipaux", "services techniques", "Centre technique municipal, 18 rue de l'Industrie" + C, "01 64 27 50 40", "st@breviande-en-brie.fr", "", "Mo-Fr 08:00-12:00,13:30-16:30", ""),
 ("Médiathèque La Passerelle", "médiathèque", "5 rue Pasteur" + C, "01 64 27 50 60", "mediatheque@breviande-en-brie.fr", "", "Tu 14:00-18:30; We 10:00-12:30,14:00-18:30; Fr 14:00-18:30; Sa 10:00-17:00", "Livres, BD, DVD, jeux vidéo, portage à domicile."),
 ("Piscine intercommunale des Nénuphars", "piscine", "14 rue du Stade" + C, "01 64 27 81 40", "", "https://www.ca-brie-orvin.fr/piscine", "Tu 12:00-14:00,17:00-20:30; We 10:00-18:00; Th 12:00-14:00; Fr 12:00-14:00,17:00-21:00; Sa 10:00-18:00; Su 09:00-13:00", "Équipement de la Communauté d'agglomération Brie-Orvin. Bassin sportif de 25 m et bassin d'apprentissage. Fermée le lundi."),
 ("Collège du Val d'Orvin", "collège", "Chemin des Prés-Fleuris" + C, "01 64 27 66 00", "ce.0771234x@ac-creteil.fr", "", "Mo-Fr 08:00-17:30", "Collège public, 540 élèves."),
 ("École élémentaire des Tilleuls", "école", "8 rue des Tilleuls" + C, "01 64 27 62 10", "", "", "", "École élémentaire publique, 11 classes. Directrice : Mme Camus-Delorme."),
 ("Groupe scolaire Camille-Claudel", "école", "2 allée des Peupliers" + C, "01 64 27 62 30", "", "", "", "Écoles maternelle et élémentaire publiques. Directeur : M. Yannick Le Goff."),
 ("Accueil de loisirs Les Cabrioles", "accueil de loisirs", "12 allée des Peupliers" + C, "01 64 27 62 50", "", "", "We 07:30-18:30", "3-11 ans, le mercredi et pendant les vacances scolaires."),
 ("Déchèterie intercommunale des Longues Raies", "déchèterie", "Rue de l'Industrie, zone d'activités des Longues Raies" + C, "01 64 27 81 00", "", "", "Mo,We-Sa 09:00-12:00,13:30-18:00; Su 09:00-12:00; PH off", "Gérée par la CABO, accès avec le badge."),
 ("Gare de Bréviande-en-Brie", "gare", "Avenue de la Gare" + C, "", "", "", "", "Transilien ligne P. Parkings parc Nord (Navigo Parking) et parc Sud."),
 ("Gymnase Léo-Lagrange", "gymnase", "Rue du Stade" + C, "01 64 27 50 70", "", "", "", "Gymnase municipal et dojo."),
 ("Salle des fêtes Georges-Brassens", "salle des fêtes", "Rue des Écoles" + C, "01 64 27 50 00", "", "", "", "Location au service Vie associative de la mairie."),
 ("Brigade de gendarmerie", "gendarmerie", "9 route de Melun" + C, "01 64 27 17 00", "", "", "Mo-Sa 08:00-12:00,14:00-18:00; Su 09:00-12:00,15:00-18:00", "En cas d'urgence : 17."),
]
write("annuaire-acteurs-locaux.csv", csv_text(AH, acteurs, ";"), encoding="utf-8", newline="\n")
print(len(fiches), "fiches,", len(arr), "arrêtés CSV,", len(delibs), "délibérations,", len(acteurs), "acteurs")
