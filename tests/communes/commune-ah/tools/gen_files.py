"""Generate the published files of the fictional commune Castelbrun-sur-Garonne (47).

Run from anywhere: python gen_files.py  -> writes ../files/*
Also writes ../tools/budget_facts.json used by gen_questions.py.
"""
import csv, io, json, os
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "files"
OUT.mkdir(exist_ok=True)

NOM = "Castelbrun-sur-Garonne"
SIRET = "21479910000017"
INSEE = "47991"
CP = "47320"

# ---------------------------------------------------------------- profile
(OUT / "commune.yml").write_text(f"""# Profil de la commune - tenu par le secrétariat de mairie
nom: {NOM}
code_insee: "{INSEE}"
siret: "{SIRET}"
population: 1312
site_web: https://www.castelbrun-sur-garonne.fr
maire: Sylvie Dauzats
description: >-
  Village agricole de la vallée de la Garonne (Lot-et-Garonne), entre Tonneins et Aiguillon :
  vergers de pruniers d'Ente, marché le jeudi matin sous la halle, chemin de halage le long du fleuve.
mairie:
  adresse: 2 place de la Halle, {CP} {NOM}
  telephone: 05 53 84 12 40
  email: mairie@castelbrun-sur-garonne.fr
  horaires: "Mo,Tu,Th,Fr 08:30-12:00,13:30-17:00; We 08:30-12:00; Sa 09:00-12:00; PH off"
""", encoding="utf-8")

# ---------------------------------------------------------------- vocabulaire
(OUT / "vocabulaire.txt").write_text("""# Mots de Castelbrun-sur-Garonne
# la fête de la prune d'Ente, fin août : tout le monde dit « la Prunelade »
la Prunelade, fête de la prune d'Ente, fête de la prune, fête du pruneau
# le hameau de Lasgraves, les pieds dans l'eau à chaque crue
la Petite Venise => hameau de Lasgraves, route de Lasgraves
# le chemin le long du fleuve
le halage, chemin de halage, bords de Garonne
la déchète, déchèterie
""", encoding="utf-8")

# ---------------------------------------------------------------- fiches (UTF-8, ;)
FICHES = [
 ("Comment inscrire mon enfant à la cantine ?",
  "Le restaurant scolaire de l'école Jean-Jaurès accueille les enfants de la maternelle et de l'élémentaire les lundis, mardis, jeudis et vendredis. Les repas sont préparés sur place avec des produits locaux (fruits des vergers de la commune, viande de la boucherie Darrouy). L'inscription se fait en mairie avant la rentrée, avec l'attestation de quotient familial de la CAF (ou le dernier avis d'imposition). Le prix du repas dépend du quotient familial : les tarifs sont fixés chaque année scolaire par délibération du conseil municipal. La facture est envoyée chaque mois et se paie en ligne (PayFiP), par prélèvement ou au Trésor public.",
  "inscription restauration scolaire|tarif cantine|prix du repas à la cantine|cantine de l'école", "école", "https://www.castelbrun-sur-garonne.fr/ecole/cantine"),
 ("Quels sont les horaires de la garderie périscolaire ?",
  "L'accueil périscolaire (garderie) fonctionne dans les locaux de l'école Jean-Jaurès les lundis, mardis, jeudis et vendredis, le matin de 7 h 15 à 8 h 50 et le soir de 16 h 30 à 18 h 30. Il n'y a pas d'accueil le mercredi à Castelbrun : le centre de loisirs intercommunal de Tonneins accueille les enfants ce jour-là. Le tarif de chaque séance (matin ou soir) dépend du quotient familial ; il est fixé par le conseil municipal.",
  "garderie du matin|accueil du soir|périscolaire|garderie le mercredi|tarif garderie", "école", "https://www.castelbrun-sur-garonne.fr/ecole/periscolaire"),
 ("Quels sont les horaires de la déchèterie ?",
  "La déchèterie du Pesquié (ZA du Pesquié, route de Tonneins) est intercommunale : elle est gérée par la communauté de communes Garonne-Coteaux, pas par la mairie. Horaires : le lundi de 14 h à 18 h ; le mercredi, le vendredi et le samedi de 9 h à 12 h et de 14 h à 18 h. Elle est fermée le mardi, le jeudi, le dimanche et les jours fériés. L'accès est gratuit pour les particuliers sur présentation du badge d'accès, à demander à la communauté de communes (05 53 79 40 10). Les professionnels paient au volume déposé.",
  "déchetterie ouverte|jeter des gravats|badge déchèterie|déchèterie du Pesquié", "déchets", ""),
 ("Quand passe le camion poubelle ?",
  "Les ordures ménagères (bac gris) sont collectées le mardi matin dans tout le village, hameaux compris. Les emballages et papiers (bac jaune) sont collectés le vendredi matin des semaines paires. Sortez les bacs la veille au soir. Le verre se dépose dans les colonnes de la place du Port, du parking de l'école et du cimetière. La collecte est assurée par la communauté de communes Garonne-Coteaux.",
  "ramassage des ordures|collecte du bac jaune|jour des poubelles|tri sélectif|où jeter le verre", "déchets", ""),
 ("Comment se débarrasser des encombrants ?",
  "La communauté de communes organise un enlèvement des encombrants à domicile deux fois par an, en avril et en octobre, sur inscription en mairie au plus tard quinze jours avant. Ce service est gratuit pour les personnes de plus de 70 ans ou à mobilité réduite ; pour les autres foyers, il coûte 15 € par passage. Sinon, les encombrants se déposent gratuitement à la déchèterie du Pesquié.",
  "ramassage des encombrants|jeter un matelas|vieux meubles", "déchets", ""),
 ("Peut-on brûler les déchets verts ?",
  "Non. Le brûlage des déchets verts (tontes, branches, feuilles, tailles de haies et de pruniers) est interdit toute l'année aux particuliers par le règlement sanitaire départemental de Lot-et-Garonne. Les déchets verts se déposent à la déchèterie du Pesquié ou se compostent. La mairie prête gratuitement un broyeur de végétaux aux habitants : réservation en mairie.",
  "brûler des branches|faire un feu dans le jardin|brûlage|broyeur", "environnement", ""),
 ("Quand a lieu le marché ?",
  "Le marché hebdomadaire a lieu chaque jeudi matin de 8 h à 13 h sous la halle et sur la place de la Halle, toute l'année, avec une vingtaine de producteurs et commerçants (fruits et légumes, pruneaux, volailles, fromages). Les jours de marché, le stationnement est interdit place de la Halle et la Grand-Rue est fermée à la circulation entre la place de la Halle et la rue des Tanneurs (arrêté n° 2019-031). Pendant les travaux de rénovation de la halle, du 15 octobre au 17 décembre 2026, le marché se tient sur les allées des Platanes (arrêté n° 2026-063). En été, des marchés nocturnes ont lieu certains vendredis soir.",
  "marché du jeudi|jour du marché|marché hebdomadaire|producteurs locaux", "vie locale", ""),
 ("Comment louer la salle polyvalente du Port ?",
  "La salle polyvalente du Port (quai de Garonne) peut accueillir 180 personnes assises ; elle dispose d'une cuisine équipée. Réservation en mairie, au moins deux mois à l'avance. Les tarifs de location (habitants, extérieurs, associations) et le montant de la caution sont fixés par délibération du conseil municipal. Attention : la salle étant en zone inondable, la mairie peut annuler une location en cas de crue de la Garonne.",
  "location salle des fêtes|réserver la salle|prix de la salle polyvalente|salle pour un mariage", "salles", ""),
 ("Que faire en cas de crue de la Garonne ?",
  "Castelbrun est en zone inondable (plan de prévention du risque inondation de la Garonne). Inscrivez-vous gratuitement en mairie au système d'alerte de la commune : vous recevrez un SMS ou un appel dès la vigilance orange crues. En cas d'évacuation, le point de rassemblement est la salle des sports du Pech, route du Pech, hors d'atteinte des eaux. Pendant les crues, la route de Lasgraves et le chemin de halage sont fermés par arrêté du maire. Ne traversez jamais une route inondée, même à pied. Suivez le niveau de la Garonne sur le site Vigicrues.",
  "inondation|alerte crue|la Garonne déborde|montée des eaux|alerte SMS", "risques", "https://www.vigicrues.gouv.fr"),
 ("Comment déposer un permis de construire ?",
  "Les demandes d'urbanisme (permis de construire, déclaration préalable, certificat d'urbanisme) se déposent en mairie ou en ligne sur le guichet numérique de la communauté de communes. Elles sont instruites par le service commun d'urbanisme de la communauté de communes Garonne-Coteaux, selon le plan local d'urbanisme intercommunal (PLUi). Une grande partie du village est classée dans le plan de prévention du risque inondation (PPRI) : en zone rouge, les constructions nouvelles sont interdites. Le délai d'instruction est d'un mois pour une déclaration préalable et de deux mois pour un permis de construire de maison individuelle.",
  "déclaration préalable|autorisation de travaux|construire un abri de jardin|PLU|PPRI zone rouge", "urbanisme", ""),
 ("Comment m'inscrire sur les listes électorales ?",
  "L'inscription se fait en ligne sur service-public.fr ou en mairie, avec une pièce d'identité et un justificatif de domicile de moins de trois mois. Pour voter à une élection, il faut s'inscrire au plus tard le sixième vendredi précédant le scrutin. Les jeunes recensés à 16 ans sont inscrits d'office à leurs 18 ans.",
  "inscription liste électorale|voter|carte électorale", "citoyenneté", "https://www.service-public.fr"),
 ("Comment faire le recensement citoyen à 16 ans ?",
  "Tout jeune Français doit se faire recenser entre ses 16 ans et la fin du troisième mois qui suit, en mairie (avec sa carte d'identité et le livret de famille) ou en ligne sur service-public.fr. La mairie remet une attestation de recensement, demandée pour s'inscrire au permis de conduire, au baccalauréat ou à un concours.",
  "recensement militaire|journée défense et citoyenneté|attestation de recensement", "citoyenneté", ""),
 ("Où faire ma carte d'identité ou mon passeport ?",
  "La mairie de Castelbrun ne délivre ni les cartes d'identité ni les passeports : elle n'a pas de station biométrique. Prenez rendez-vous dans une mairie équipée, par exemple à Tonneins ou à Marmande, après avoir fait une pré-demande en ligne sur le site de l'ANTS. La carte d'identité est gratuite (25 € en cas de perte ou de vol) ; le passeport coûte 86 € pour un adulte.",
  "CNI|renouveler mon passeport|carte d'identité perdue", "état civil", "https://ants.gouv.fr"),
 ("C'est quand la fête de la prune ?",
  "La fête de la prune d'Ente a lieu chaque année le dernier week-end d'août ; elle est organisée par le Comité des fêtes. En 2026 (30e édition), elle se tient du vendredi 28 au dimanche 30 août : marché aux pruneaux et concours du meilleur pruneau le samedi, bal gascon le samedi soir et feu d'artifice tiré du quai de Garonne le samedi 29 août à 22 h 30, vide-grenier et repas des producteurs le dimanche. Le centre du village est fermé à la circulation pendant la fête (arrêté n° 2026-052).",
  "fête du pruneau|fête du village|programme de la fête d'août|feu d'artifice d'août", "fêtes", ""),
 ("Le chemin de halage est-il ouvert ?",
  "Le chemin de halage longe la Garonne sur 6 km, du port jusqu'au hameau de Lasgraves ; il est ouvert aux piétons et aux vélos, interdit aux engins motorisés. Les chiens doivent y être tenus en laisse (arrêté n° 2026-005). Lors des crues, il est fermé par arrêté du maire tant que les berges ne sont pas sécurisées : consultez les arrêtés en cours avant de partir. La passerelle du Brestou le relie au parc du Port.",
  "promenade au bord de la Garonne|balade le long de la Garonne|chemin de halage à vélo|randonnée", "loisirs", ""),
 ("À quelles heures peut-on tondre la pelouse ?",
  "Les travaux de bricolage et de jardinage bruyants (tondeuse, tronçonneuse, perceuse…) sont autorisés du lundi au vendredi de 8 h 30 à 12 h et de 14 h 30 à 19 h 30, le samedi de 9 h à 12 h et de 15 h à 19 h, le dimanche et les jours fériés de 10 h à 12 h seulement (arrêté n° 2022-018).",
  "horaires tondeuse|bruit de voisinage|bricolage le dimanche|tronçonneuse", "tranquillité", ""),
 ("Comment acheter une concession au cimetière ?",
  "Les concessions (trentenaires ou cinquantenaires) et les cases du columbarium s'achètent en mairie ; leurs tarifs sont fixés par délibération du conseil municipal. Le cimetière, chemin du Cimetière, est ouvert tous les jours de 8 h à 20 h du 1er avril au 30 septembre et de 8 h à 18 h du 1er octobre au 31 mars.",
  "tarif concession|columbarium|horaires du cimetière|case au columbarium", "cimetière", ""),
 ("Comment inscrire mon enfant au transport scolaire ?",
  "Le transport scolaire est organisé par la Région Nouvelle-Aquitaine. L'inscription se fait en ligne sur le site transports.nouvelle-aquitaine.fr, avant le 15 juillet pour la rentrée. Le car pour le collège et le lycée de Tonneins s'arrête place du Port et au hameau de Lasgraves. La participation familiale dépend du quotient familial.",
  "car scolaire|bus du collège|ramassage scolaire", "école", "https://transports.nouvelle-aquitaine.fr"),
]
with open(OUT / "fiches-pratiques.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["question", "reponse", "variantes", "theme", "lien"])
    for q, r, v, t, l in FICHES:
        w.writerow([q, r, v, t, l])

# ---------------------------------------------------------------- arrêtés (Windows-1252, ;, CRLF, JJ/MM/AAAA)
POL = ("6.1", "Libertés publiques et pouvoirs de police/Police municipale")
VOI = ("6.1", "Libertés publiques et pouvoirs de police/Police municipale")
ARRETES = [
 ("2018-011", "12/03/2018", "permanent", "Règlement du cimetière communal : ouverture au public tous les jours de 8 h à 20 h du 1er avril au 30 septembre et de 8 h à 18 h du 1er octobre au 31 mars", "", "", "cimetière communal;chemin du Cimetière"),
 ("2019-031", "14/05/2019", "permanent", "Réglementation du stationnement et de la circulation les jours de marché : chaque jeudi, stationnement interdit place de la Halle de 6 h à 14 h et circulation interdite dans la Grand-Rue, entre la place de la Halle et la rue des Tanneurs, de 7 h à 13 h", "", "", "place de la Halle;Grand-Rue"),
 ("2021-044", "01/06/2021", "permanent", "Interdiction de la baignade dans la Garonne sur tout le territoire de la commune (courants violents, trous d'eau)", "", "", "Garonne;plage des Graviers"),
 ("2022-018", "07/04/2022", "permanent", "Réglementation des bruits de voisinage : travaux de bricolage et de jardinage bruyants autorisés du lundi au vendredi de 8 h 30 à 12 h et de 14 h 30 à 19 h 30, le samedi de 9 h à 12 h et de 15 h à 19 h, le dimanche et les jours fériés de 10 h à 12 h", "", "", ""),
 ("2023-027", "19/09/2023", "permanent", "Limitation de la vitesse à 30 km/h dans le centre-bourg", "", "", "Grand-Rue;rue des Écoles;rue du Port;place de la Halle"),
 ("2024-052", "02/10/2024", "permanent", "Interdiction de la circulation des véhicules de plus de 3,5 tonnes sur la route de Lasgraves (VC 7), sauf engins agricoles et desserte locale", "", "", "route de Lasgraves"),
 ("2025-040", "10/06/2025", "temporaire", "Interdiction des feux, barbecues et feux d'artifice privés sur les bords de Garonne, au parc du Port et à la plage des Graviers (risque d'incendie)", "01/07/2025", "15/09/2025", "bords de Garonne;parc du Port;plage des Graviers"),
 ("2025-057", "05/08/2025", "temporaire", "Fête de la prune d'Ente 2025 : circulation et stationnement interdits place de la Halle, Grand-Rue et allées des Platanes du vendredi 29 août 2025 à 14 h au lundi 1er septembre 2025 à 8 h", "29/08/2025", "01/09/2025", "place de la Halle;Grand-Rue;allées des Platanes"),
 ("2025-068", "15/12/2025", "temporaire", "Crue de la Garonne : fermeture à la circulation de la route de Lasgraves (VC 7) et du chemin de halage", "15/12/2025", "22/12/2025", "route de Lasgraves;chemin de halage"),
 ("2026-002", "05/01/2026", "temporaire", "Travaux de raccordement ENEDIS : circulation alternée par feux et stationnement interdit rue des Tanneurs", "12/01/2026", "23/01/2026", "rue des Tanneurs"),
 ("2026-003", "07/01/2026", "temporaire", "Abattage et élagage des platanes : circulation et stationnement interdits allées des Platanes", "19/01/2026", "23/01/2026", "allées des Platanes"),
 ("2026-005", "19/01/2026", "permanent", "Obligation de tenir les chiens en laisse au parc du Port et sur le chemin de halage", "", "", "parc du Port;chemin de halage"),
 ("2026-009", "02/02/2026", "temporaire", "Crue de la Garonne : fermeture du chemin de halage à tous les usagers (piétons, cycles) entre le port et le hameau de Lasgraves, jusqu'à la remise en état des berges", "02/02/2026", "30/04/2026", "chemin de halage"),
 ("2026-010", "03/02/2026", "temporaire", "Crue de la Garonne : route de Lasgraves (VC 7) fermée à la circulation ; déviation par la route de Tonneins (RD 8)", "03/02/2026", "10/02/2026", "route de Lasgraves"),
 ("2026-014", "02/03/2026", "temporaire", "Travaux de réfection des trottoirs : stationnement interdit rue des Écoles", "09/03/2026", "20/03/2026", "rue des Écoles"),
 ("2026-017", "16/03/2026", "temporaire", "Carnaval des écoles : circulation et stationnement interdits Grand-Rue et place de la Halle le samedi 28 mars 2026 de 14 h à 18 h", "28/03/2026", "28/03/2026", "Grand-Rue;place de la Halle"),
 ("2026-021", "10/04/2026", "temporaire", "Vide-grenier de l'association des parents d'élèves : circulation et stationnement interdits allées des Platanes le dimanche 3 mai 2026 de 6 h à 19 h", "03/05/2026", "03/05/2026", "allées des Platanes"),
 ("2026-030", "06/05/2026", "temporaire", "Feu de la Saint-Jean : stationnement interdit quai de Garonne et place du Port le samedi 20 juin 2026 de 16 h à minuit", "20/06/2026", "20/06/2026", "quai de Garonne;place du Port"),
 ("2026-033", "20/05/2026", "temporaire", "Course cycliste des Boucles de Garonne : circulation interdite route de Lasgraves et chemin des Vergers le dimanche 7 juin 2026 de 13 h à 18 h", "07/06/2026", "07/06/2026", "route de Lasgraves;chemin des Vergers"),
 ("2026-038", "08/06/2026", "temporaire", "Interdiction des feux, barbecues et feux d'artifice privés sur les bords de Garonne, au parc du Port et à la plage des Graviers (risque d'incendie)", "01/07/2026", "15/09/2026", "bords de Garonne;parc du Port;plage des Graviers"),
 ("2026-041", "22/06/2026", "temporaire", "Fête nationale : stationnement interdit quai de Garonne et place du Port du 13 juillet 2026 à 18 h au 14 juillet 2026 à 2 h (feu d'artifice)", "13/07/2026", "14/07/2026", "quai de Garonne;place du Port"),
 ("2026-045", "06/07/2026", "temporaire", "Marchés nocturnes d'été : circulation et stationnement interdits place de la Halle les vendredis 17 juillet, 31 juillet et 14 août 2026 de 17 h à minuit", "17/07/2026", "14/08/2026", "place de la Halle"),
 ("2026-052", "10/08/2026", "temporaire", "Fête de la prune d'Ente 2026 : circulation et stationnement interdits place de la Halle, Grand-Rue et allées des Platanes du vendredi 28 août 2026 à 14 h au lundi 31 août 2026 à 8 h", "28/08/2026", "31/08/2026", "place de la Halle;Grand-Rue;allées des Platanes;quai de Garonne"),
 ("2026-055", "24/08/2026", "temporaire", "Réfection de la chaussée : route de Lasgraves (VC 7) barrée sauf riverains ; déviation par la route de Tonneins", "14/09/2026", "25/09/2026", "route de Lasgraves"),
 ("2026-058", "07/09/2026", "permanent", "Création d'un arrêt minute (stationnement limité à 10 minutes) devant l'école Jean-Jaurès, rue des Écoles, les jours d'école de 8 h à 9 h et de 16 h à 18 h 30", "", "", "rue des Écoles"),
 ("2026-063", "05/10/2026", "temporaire", "Transfert du marché hebdomadaire du jeudi sur les allées des Platanes pendant les travaux de la halle ; stationnement interdit allées des Platanes le jeudi de 6 h à 14 h", "15/10/2026", "17/12/2026", "allées des Platanes"),
 ("2026-064", "05/10/2026", "temporaire", "Fermeture au public de la halle pendant les travaux de rénovation ; stationnement interdit sous la halle", "12/10/2026", "18/12/2026", "halle"),
 ("2026-070", "23/11/2026", "temporaire", "Marché de Noël : circulation et stationnement interdits allées des Platanes le dimanche 13 décembre 2026 de 7 h à 20 h", "13/12/2026", "13/12/2026", "allées des Platanes"),
]
buf = io.StringIO()
w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
w.writerow(["COLL_NOM", "COLL_SIRET", "ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_MATIERE_CODE", "ARR_MATIERE_NOM", "ARR_OBJET", "ARR_DEBUT", "ARR_FIN", "ARR_LIEU", "ARR_URL"])
for i, d, t, o, deb, fin, lieu in ARRETES:
    url = f"https://www.castelbrun-sur-garonne.fr/arretes/arrete-{i}.pdf" if i == "2026-052" else ""
    w.writerow([NOM, SIRET, i, d, t, POL[0], POL[1], o, deb, fin, lieu, url])
(OUT / "arretes-2018-2026.csv").write_bytes(buf.getvalue().encode("cp1252"))

# ---------------------------------------------------------------- délibérations (UTF-8 BOM, ,)
FIN = ("7.1", "Finances locales/Décisions budgétaires")
FISC = ("7.2", "Finances locales/Fiscalité")
SUBV = ("7.5", "Finances locales/Subventions")
DIV = ("7.10", "Finances locales/Divers")
EMP = ("7.3", "Finances locales/Emprunts")
MP = ("1.1", "Commande publique/Marchés publics")
PERS = ("4.1", "Fonction publique/Personnel titulaires et stagiaires de la FPT")
VOEU = ("9.4", "Autres domaines de compétences/Vœux et motions")
VOIR = ("8.3", "Domaines de compétences par thèmes/Voirie")

def delibs(bp_fonct, bp_inv, ca_excedent):
    return [
 ("2025_009", "2025-03-27", FISC, "Vote des taux d'imposition 2025 : taux inchangés, taxe foncière sur les propriétés bâties 41,27 %, taxe foncière sur les propriétés non bâties 98,50 %", "2025", 15, 15, 15, 0, 0),
 ("2025_010", "2025-03-27", FIN, "Vote du budget primitif 2025 de la commune", "2025", 15, 15, 13, 0, 2),
 ("2025_027", "2025-06-26", DIV, "Tarifs de la restauration scolaire et de l'accueil périscolaire pour l'année scolaire 2025-2026, selon le quotient familial (QF) : repas à la cantine 1,20 € (QF jusqu'à 600), 2,50 € (QF de 601 à 1 000), 3,10 € (QF de 1 001 à 1 400), 3,60 € (QF au-dessus de 1 400), repas adulte 5,80 € ; séance de garderie périscolaire (matin ou soir) 0,80 €, 1,20 €, 1,50 € et 1,80 € selon les mêmes tranches", "2025", 15, 14, 14, 0, 0),
 ("2025_028", "2025-06-26", DIV, "Tarifs de location de la salle polyvalente du Port à compter du 1er juillet 2025 : 180 € le week-end pour les habitants de la commune, 350 € pour les extérieurs, caution 500 €", "2025", 15, 14, 14, 0, 0),
 ("2025_041", "2025-09-25", SUBV, "Attribution d'une subvention exceptionnelle de 1 500 € au Comité des fêtes pour la fête de la prune d'Ente 2025", "2025", 15, 13, 13, 0, 0),
 ("2025_052", "2025-11-27", DIV, "Tarifs du cimetière à compter du 1er janvier 2026 : concession trentenaire de 2 m² 180 €, concession cinquantenaire de 2 m² 300 €, case de columbarium pour 15 ans 350 €, dispersion des cendres au jardin du souvenir gratuite", "2026", 15, 14, 14, 0, 0),
 ("2025_058", "2025-12-18", DIV, "Droits de place du marché hebdomadaire pour 2026 : 0,80 € le mètre linéaire pour les commerçants non abonnés, abonnement trimestriel 8 € le mètre linéaire, forfait branchement électrique 2 € par marché", "2026", 15, 13, 13, 0, 0),
 ("2026_003", "2026-01-29", SUBV, "Rénovation de la halle : approbation du projet (coût estimé 240 000 € HT) et demande de subvention au titre de la dotation d'équipement des territoires ruraux (DETR) pour 60 000 €, soit 25 % du montant hors taxes", "2026", 15, 14, 14, 0, 0),
 ("2026_010", "2026-03-26", FIN, f"Approbation du compte administratif 2025 de la commune : excédent de fonctionnement cumulé de {ca_excedent}", "2025", 15, 13, 13, 0, 0),
 ("2026_011", "2026-03-26", FIN, "Affectation du résultat de fonctionnement 2025 : 110 000 € affectés à la section d'investissement (compte 1068) et 186 450 € reportés en section de fonctionnement (ligne 002)", "2026", 15, 14, 14, 0, 0),
 ("2026_012", "2026-03-26", FISC, "Vote des taux d'imposition 2026 : taxe foncière sur les propriétés bâties portée de 41,27 % à 42,10 %, taxe foncière sur les propriétés non bâties maintenue à 98,50 %", "2026", 15, 14, 11, 3, 0),
 ("2026_013", "2026-03-26", FIN, f"Vote du budget primitif 2026 de la commune : section de fonctionnement équilibrée à {bp_fonct}, section d'investissement équilibrée à {bp_inv}", "2026", 15, 14, 11, 2, 1),
 ("2026_014", "2026-03-26", SUBV, "Subventions de fonctionnement aux associations pour 2026 : Comité des fêtes 6 500 €, US Castelbrun XV (rugby) 4 800 €, coopérative scolaire de l'école Jean-Jaurès 2 500 €, association des parents d'élèves 1 800 €, ADMR de la vallée de la Garonne 1 200 €, club des aînés Les Amis de la Garonne 900 €, gymnastique volontaire 600 €, AAPPMA Le Brochet de Garonne 500 €, société de chasse La Diane castelbrunaise 400 €, Restos du cœur de Tonneins 300 € ; 3 600 € restent en réserve pour les subventions exceptionnelles (23 100 € inscrits au budget)", "2026", 15, 14, 13, 0, 1),
 ("2026_019", "2026-04-30", EMP, "Réalisation d'un emprunt de 80 000 € auprès du Crédit Agricole Aquitaine pour financer la rénovation de la halle : durée 20 ans, taux fixe de 3,42 %, échéances trimestrielles", "2026", 15, 14, 12, 2, 0),
 ("2026_026", "2026-05-28", VOEU, "Motion de soutien aux producteurs de prunes d'Ente de la commune touchés par l'orage de grêle du 12 mai 2026 et demande de reconnaissance de l'état de calamité agricole", "", 15, 15, 15, 0, 0),
 ("2026_031", "2026-06-25", DIV, "Tarifs de la restauration scolaire et de l'accueil périscolaire pour l'année scolaire 2026-2027, selon le quotient familial (QF) : repas à la cantine 1,00 € (QF jusqu'à 600), 2,60 € (QF de 601 à 1 000), 3,20 € (QF de 1 001 à 1 400), 3,75 € (QF au-dessus de 1 400), repas adulte 6,00 € ; séance de garderie périscolaire (matin ou soir) 0,85 €, 1,25 €, 1,55 € et 1,90 € selon les mêmes tranches ; applicables au 1er septembre 2026", "2026", 15, 14, 13, 1, 0),
 ("2026_032", "2026-06-25", DIV, "Tarifs de location de la salle polyvalente du Port à compter du 1er septembre 2026 : 200 € le week-end pour les habitants de la commune, 380 € pour les extérieurs, caution 500 € ; une location gratuite par an pour chaque association de la commune", "2026", 15, 14, 14, 0, 0),
 ("2026_033", "2026-06-25", SUBV, "Attribution d'une subvention exceptionnelle de 2 000 € au Comité des fêtes pour la 30e fête de la prune d'Ente (août 2026)", "2026", 15, 14, 14, 0, 0),
 ("2026_040", "2026-09-24", MP, "Attribution du marché de travaux de rénovation de la halle à l'entreprise Garonne Bâtiment (Tonneins) pour 198 400 € HT", "2026", 15, 15, 13, 0, 2),
 ("2026_041", "2026-09-24", PERS, "Création d'un poste d'adjoint technique territorial à temps complet au 1er novembre 2026 (entretien des espaces verts et de la voirie)", "2026", 15, 15, 15, 0, 0),
 ("2026_048", "2026-11-26", DIV, "Droits de place du marché hebdomadaire pour 2027 : 0,90 € le mètre linéaire pour les commerçants non abonnés, abonnement trimestriel 9 € le mètre linéaire, forfait branchement électrique 2 € par marché", "2027", 15, 13, 13, 0, 0),
 ("2026_049", "2026-11-26", VOIR, "Dénomination de la voie du nouveau lotissement du Pech : rue des Pruniers-d'Ente", "", 15, 13, 13, 0, 0),
    ]

# ---------------------------------------------------------------- budget M14
# (chapitre, libellé chapitre, compte, libellé, section F/I, opbudg, codrd, CA2025 réalisé, CA2025 prévu, BP2026)
CH = {
 "011": "Charges à caractère général", "012": "Charges de personnel et frais assimilés",
 "014": "Atténuations de produits", "65": "Autres charges de gestion courante", "66": "Charges financières",
 "67": "Charges exceptionnelles", "022": "Dépenses imprévues", "023": "Virement à la section d'investissement",
 "042": "Opérations d'ordre de transfert entre sections", "013": "Atténuations de charges",
 "70": "Produits des services, du domaine et ventes diverses", "73": "Impôts et taxes",
 "74": "Dotations, subventions et participations", "75": "Autres produits de gestion courante",
 "77": "Produits exceptionnels", "002": "Résultat de fonctionnement reporté",
 "16": "Emprunts et dettes assimilées", "20": "Immobilisations incorporelles", "21": "Immobilisations corporelles",
 "23": "Immobilisations en cours", "020": "Dépenses imprévues", "001": "Solde d'exécution de la section d'investissement reporté",
 "10": "Dotations, fonds divers et réserves", "13": "Subventions d'investissement",
 "021": "Virement de la section de fonctionnement", "040": "Opérations d'ordre de transfert entre sections",
}
D, R = "dépense", "recette"
L = [
 # fonctionnement dépenses
 ("011","60611","Eau et assainissement","F","réel",D, 6842.15, 7500, 7500),
 ("011","60612","Energie - Electricité","F","réel",D, 48317.62, 50000, 52000),
 ("011","60621","Combustibles","F","réel",D, 9214.80, 10000, 10000),
 ("011","60622","Carburants","F","réel",D, 7905.33, 8000, 8500),
 ("011","60623","Alimentation","F","réel",D, 41268.47, 42000, 44000),
 ("011","60631","Fournitures d'entretien","F","réel",D, 5122.09, 5500, 5500),
 ("011","60632","Fournitures de petit équipement","F","réel",D, 6418.55, 7000, 7000),
 ("011","6064","Fournitures administratives","F","réel",D, 2987.40, 3000, 3200),
 ("011","6067","Fournitures scolaires","F","réel",D, 4860.00, 5000, 5000),
 ("011","61521","Terrains","F","réel",D, 12450.00, 13000, 14000),
 ("011","615221","Bâtiments publics","F","réel",D, 18733.26, 20000, 20000),
 ("011","615231","Voiries","F","réel",D, 22915.70, 25000, 30000),
 ("011","6156","Maintenance","F","réel",D, 9870.12, 10000, 10500),
 ("011","6161","Multirisques","F","réel",D, 11204.38, 11500, 11800),
 ("011","6226","Honoraires","F","réel",D, 3150.00, 4000, 4000),
 ("011","6232","Fêtes et cérémonies","F","réel",D, 8640.90, 9000, 9000),
 ("011","6261","Frais d'affranchissement","F","réel",D, 1215.40, 1300, 1300),
 ("011","6262","Frais de télécommunications","F","réel",D, 3482.67, 3500, 3600),
 ("011","63512","Taxes foncières","F","réel",D, 4380.00, 4400, 4500),
 ("012","6218","Autre personnel extérieur","F","réel",D, 6120.00, 7000, 8000),
 ("012","6336","Cotisations au centre national et aux centres de gestion de la fonction publique territoriale","F","réel",D, 4110.25, 4300, 4400),
 ("012","6411","Personnel titulaire","F","réel",D, 248615.32, 255000, 262000),
 ("012","6413","Personnel non titulaire","F","réel",D, 38902.15, 40000, 42000),
 ("012","6451","Cotisations à l'U.R.S.S.A.F.","F","réel",D, 41287.60, 42000, 44000),
 ("012","6453","Cotisations aux caisses de retraites","F","réel",D, 72418.90, 74000, 76000),
 ("012","6455","Cotisations pour assurance du personnel","F","réel",D, 9805.00, 10000, 10200),
 ("012","6475","Médecine du travail, pharmacie","F","réel",D, 1150.00, 1200, 1300),
 ("014","739211","Attributions de compensation","F","réel",D, 18240.00, 18240, 18240),
 ("65","6531","Indemnités","F","réel",D, 38640.00, 39000, 39500),
 ("65","6533","Cotisations de retraite","F","réel",D, 1620.00, 1700, 1700),
 ("65","6534","Cotisations de sécurité sociale - part patronale","F","réel",D, 2510.00, 2600, 2600),
 ("65","6553","Service d'incendie","F","réel",D, 46812.00, 46812, 47900),
 ("65","6554","Contributions aux organismes de regroupement","F","réel",D, 21380.45, 22000, 22500),
 ("65","657362","CCAS","F","réel",D, 5000.00, 5000, 6000),
 ("65","6574","Subventions de fonctionnement aux associations et autres personnes de droit privé","F","réel",D, 21450.00, 22000, 23100),
 ("66","66111","Intérêts réglés à l'échéance","F","réel",D, 14286.41, 14300, 12950),
 ("67","673","Titres annulés (sur exercices antérieurs)","F","réel",D, 420.00, 1000, 1000),
 ("022","022","Dépenses imprévues","F","réel",D, None, 12000, 15000),
 ("023","023","Virement à la section d'investissement","F","ordre",D, None, 120000, "PLUG_023"),
 ("042","6811","Dotations aux amortissements des immobilisations incorporelles et corporelles","F","ordre",D, 24300.00, 24300, 25100),
 # fonctionnement recettes
 ("013","6419","Remboursements sur rémunérations du personnel","F","réel",R, 7842.10, 5000, 5000),
 ("70","70311","Concessions dans les cimetières (produit net)","F","réel",R, 2340.00, 2000, 2000),
 ("70","70321","Droits de stationnement et de location sur la voie publique","F","réel",R, 6925.50, 7000, 7000),
 ("70","70323","Redevance d'occupation du domaine public communal","F","réel",R, 3180.00, 3000, 3000),
 ("70","7067","Redevances et droits des services périscolaires et d'enseignement","F","réel",R, 68412.35, 68000, 70000),
 ("73","73111","Impôts directs locaux","F","réel",R, 412586.00, 410000, 421000),
 ("73","73211","Attribution de compensation","F","réel",R, 58414.00, 58414, 58414),
 ("73","7381","Taxe additionnelle aux droits de mutation ou à la taxe de publicité foncière","F","réel",R, 31205.77, 25000, 25000),
 ("74","7411","Dotation forfaitaire","F","réel",R, 168942.00, 168942, 167500),
 ("74","74121","Dotation de solidarité rurale","F","réel",R, 112318.00, 112318, 114000),
 ("74","74127","Dotation nationale de péréquation","F","réel",R, 21604.00, 21604, 21000),
 ("74","74834","Etat - Compensation au titre des exonérations des taxes foncières","F","réel",R, 9815.00, 9815, 9800),
 ("74","7473","Départements","F","réel",R, 4500.00, 4000, 4000),
 ("74","7478","Autres organismes","F","réel",R, 26380.40, 26000, 26000),
 ("75","752","Revenus des immeubles","F","réel",R, 18620.00, 18000, 18000),
 ("77","7788","Produits exceptionnels divers","F","réel",R, 3114.20, 0, None),
 ("002","002","Résultat de fonctionnement reporté","F","réel",R, "PLUG_002_2025", "PLUG_002_2025", 186450.00),
 # investissement dépenses
 ("16","1641","Emprunts en euros","I","réel",D, 58204.18, 58300, 61300),
 ("20","2031","Frais d'études","I","réel",D, 8400.00, 12000, 15000),
 ("21","21312","Bâtiments scolaires","I","réel",D, 42816.50, 50000, 95000),
 ("21","2151","Réseaux de voirie","I","réel",D, 63208.14, 80000, 120000),
 ("21","21571","Matériel roulant","I","réel",D, None, 0, 38000),
 ("21","2183","Matériel de bureau et matériel informatique","I","réel",D, 3912.00, 4000, 5000),
 ("21","2188","Autres immobilisations corporelles","I","réel",D, 7415.20, 8000, 10000),
 ("23","2313","Constructions","I","réel",D, 112650.00, 130000, "PLUG_2313"),
 ("020","020","Dépenses imprévues","I","réel",D, None, 8000, 10000),
 ("001","001","Solde d'exécution de la section d'investissement reporté","I","réel",D, 28604.12, 28604.12, 42118.60),
 # investissement recettes
 ("10","10222","FCTVA","I","réel",R, 21604.52, 20000, 24500),
 ("10","10226","Taxe d'aménagement","I","réel",R, 5310.00, 4000, 4000),
 ("10","1068","Excédents de fonctionnement capitalisés","I","réel",R, "PLUG_1068_2025", "PLUG_1068_2025", 110000.00),
 ("13","1323","Départements","I","réel",R, 24600.00, 30000, 35000),
 ("13","1322","Régions","I","réel",R, None, 0, 20000),
 ("13","1341","Dotation d'équipement des territoires ruraux","I","réel",R, 38250.00, 40000, 60000),
 ("16","1641","Emprunts en euros","I","réel",R, None, 0, 80000),
 ("021","021","Virement de la section de fonctionnement","I","ordre",R, None, 120000, "PLUG_023"),
 ("040","28188","Autres immobilisations corporelles","I","ordre",R, 24300.00, 24300, 25100),
]

def frfmt(x):
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"

def tot(col, sect, codrd, opb=("réel",), excl=("001", "002")):
    s = 0.0
    for row in L:
        ch, acc, lab, sec, ob, cd, ca, cap, bp = row
        v = {"ca": ca, "bp": bp}[col]
        if sec == sect and cd == codrd and ob in opb and acc not in excl and isinstance(v, (int, float)):
            s += v
    return round(s, 2)

# --- CA 2025 plugs: cumulated fonctionnement result must be 296 450,00 ; investment execution -42 118,60
ca_fr = tot("ca", "F", R)
ca_fd = tot("ca", "F", D, opb=("réel", "ordre"))
plug002 = round(296450.00 - (ca_fr - ca_fd), 2)
ca_ir = tot("ca", "I", R, opb=("réel", "ordre"), excl=("001", "002", "1068"))
ca_id = tot("ca", "I", D, opb=("réel", "ordre"), excl=())  # includes 001 carried deficit
plug1068 = round(-42118.60 - (ca_ir - ca_id), 2)
assert plug002 > 50000 and plug1068 > 10000, (plug002, plug1068)
# --- BP 2026 plugs: 023/021 balances fonctionnement, 2313 balances investissement
bp_fr_all = tot("bp", "F", R, opb=("réel", "ordre"), excl=())
bp_fd_wo = tot("bp", "F", D, opb=("réel", "ordre"), excl=())
plug023 = round(bp_fr_all - bp_fd_wo, 2)
L2 = []
for row in L:
    row = list(row)
    for k in (6, 7, 8):
        if row[k] == "PLUG_002_2025": row[k] = plug002
        if row[k] == "PLUG_1068_2025": row[k] = plug1068
        if row[k] == "PLUG_023": row[k] = plug023
    L2.append(tuple(row))
L = L2
bp_ir_all = tot("bp", "I", R, opb=("réel", "ordre"), excl=())
bp_id_wo = tot("bp", "I", D, opb=("réel", "ordre"), excl=())
plug2313 = round(bp_ir_all - bp_id_wo, 2)
L = [tuple(list(r[:8]) + [plug2313]) if r[8] == "PLUG_2313" else r for r in L]
assert 150000 < plug2313 < 320000, plug2313
bp_fonct_total = tot("bp", "F", R, opb=("réel", "ordre"), excl=())
bp_inv_total = tot("bp", "I", R, opb=("réel", "ordre"), excl=())
assert abs(bp_fonct_total - tot("bp", "F", D, opb=("réel", "ordre"), excl=())) < 0.005
assert abs(bp_inv_total - tot("bp", "I", D, opb=("réel", "ordre"), excl=())) < 0.005

HEADER = ["BGT_NATDEC","BGT_ANNEE","BGT_SIRET","BGT_NOM","BGT_CONTNAT","BGT_CONTNAT_LABEL","BGT_NATURE","BGT_NATURE_LABEL","BGT_FONCTION","BGT_FONCTION_LABEL","BGT_OPERATION","BGT_SECTION","BGT_OPBUDG","BGT_CODRD","BGT_MTREAL","BGT_MTBUDGPREC","BGT_MTRARPREC","BGT_MTPROPNOUV","BGT_MTPREV","BGT_CREDOUV","BGT_MTRAR3112","BGT_ARTSPE"]
def num_plain(x):
    return "" if x is None else f"{x:.2f}".replace(".", ",")
def num_nbsp(x):
    return "" if x is None else f"{x:,.2f}".replace(",", "\u00a0").replace(".", ",")

def write_budget(path, natdec, annee, which):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(HEADER)
    for ch, acc, lab, sec, ob, cd, ca, cap, bp in L:
        if which == "bp":
            if bp is None: continue
            real, prev, fmt = "", bp, num_plain
        else:
            if ca is None and not cap: continue
            real, prev, fmt = (ca if ca is not None else 0.0), cap, num_nbsp
        w.writerow([natdec, annee, SIRET, "COMMUNE DE CASTELBRUN SUR GARONNE", ch, CH[ch], acc, lab, "", "", "",
                    "fonctionnement" if sec == "F" else "investissement", ob, cd,
                    fmt(real) if real != "" else "", "", "", "", fmt(prev), "", "", "non spécialisé"])
    (OUT / path).write_bytes(buf.getvalue().encode("cp1252"))

write_budget("budget-primitif-2026-M14.csv", "Budget primitif", 2026, "bp")
write_budget("compte-administratif-2025-M14.csv", "Compte administratif", 2025, "ca")

# facts for the questions
facts = {}
for ch, acc, lab, sec, ob, cd, ca, cap, bp in L:
    facts[f"bp:{acc}:{cd}"] = frfmt(bp) if isinstance(bp, (int, float)) else None
    facts[f"ca:{acc}:{cd}"] = frfmt(ca) if isinstance(ca, (int, float)) else None
def chap(col, c):
    return frfmt(round(sum((r[8] if col == "bp" else r[6]) or 0 for r in L if r[0] == c), 2))
for c in CH:
    facts[f"bp:ch{c}"] = chap("bp", c); facts[f"ca:ch{c}"] = chap("ca", c)
for col in ("bp", "ca"):
    facts[f"{col}:FD"] = frfmt(tot(col, "F", D)); facts[f"{col}:FR"] = frfmt(tot(col, "F", R))
    facts[f"{col}:ID"] = frfmt(tot(col, "I", D)); facts[f"{col}:IR"] = frfmt(tot(col, "I", R))
facts["bp_fonct_total"] = frfmt(bp_fonct_total); facts["bp_inv_total"] = frfmt(bp_inv_total)
facts["plug002"] = frfmt(plug002); facts["plug1068"] = frfmt(plug1068)
(HERE / "budget_facts.json").write_text(json.dumps(facts, ensure_ascii=False, indent=1), encoding="utf-8")

DL = delibs(frfmt(bp_fonct_total), frfmt(bp_inv_total), "296 450,00 €")
buf = io.StringIO()
w = csv.writer(buf, delimiter=",", lineterminator="\n")
w.writerow(["COLL_NOM","COLL_SIRET","DELIB_ID","DELIB_DATE","DELIB_MATIERE_CODE","DELIB_MATIERE_NOM","DELIB_OBJET","BUDGET_ANNEE","BUDGET_NOM","PREF_ID","PREF_DATE","VOTE_EFFECTIF","VOTE_REEL","VOTE_POUR","VOTE_CONTRE","VOTE_ABSTENTION","DELIB_URL"])
for i, d, (mc, mn), obj, an, eff, reel, pour, contre, abst in DL:
    import datetime as _dt
    pref = (_dt.date.fromisoformat(d) + _dt.timedelta(days=4)).isoformat()
    w.writerow([NOM, SIRET, i, d, mc, mn, obj, an, "Budget principal" if an else "", f"047-214799100-{d.replace('-', '')}-{i}-DE", pref, eff, reel, pour, contre, abst,
                f"https://www.castelbrun-sur-garonne.fr/deliberations/{i}.pdf"])
(OUT / "deliberations-2025-2026.csv").write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))

# ---------------------------------------------------------------- annuaire (UTF-8, ;)
A = f", {CP} {NOM}"
ANNUAIRE = [
 ("Boulangerie Lagarrigue","boulangerie","8 Grand-Rue"+A,"05 53 84 10 21","","","Tu-Sa 06:30-13:00,15:30-19:00; Su 07:00-12:30","Pain au levain, pâtisseries, croustade aux pruneaux. Fermée le lundi."),
 ("Boucherie Darrouy","boucherie","3 place de la Halle"+A,"05 53 84 11 37","","","Tu-Sa 08:00-12:30,15:30-19:00","Boucherie-charcuterie, volailles fermières, plats cuisinés le jeudi."),
 ("Épicerie Proxi Castelbrun","épicerie","14 Grand-Rue"+A,"05 53 84 16 02","","","Mo-Sa 08:00-12:30,15:00-19:30; Su 08:30-12:30","Alimentation générale, bouteilles de gaz, point relais colis."),
 ("Pharmacie de la Garonne","pharmacie","1 rue des Écoles"+A,"05 53 84 10 66","","","Mo-Fr 09:00-12:30,14:00-19:30; Sa 09:00-12:30","Pour connaître la pharmacie de garde, appelez le 3237."),
 ("Dr Claire Montaut","médecin généraliste","6 rue des Écoles (maison de santé)"+A,"05 53 84 19 50","","","Mo-Fr 08:30-12:00,14:00-19:00; Sa 09:00-12:00","Consultations sur rendez-vous (par téléphone ou en ligne). Le samedi matin, urgences seulement."),
 ("Cabinet infirmier Labat-Souques","infirmier","6 rue des Écoles (maison de santé)"+A,"06 72 41 18 93","","","Mo-Sa 07:30-08:30","Soins au cabinet sans rendez-vous pendant la permanence ; soins à domicile 7 jours sur 7."),
 ("Thomas Espinasse","masseur-kinésithérapeute","6 rue des Écoles (maison de santé)"+A,"05 53 84 22 14","","","Mo-Fr 08:00-20:00","Kinésithérapie, sur rendez-vous."),
 ("Le Relais du Port","café-restaurant","2 quai de Garonne"+A,"05 53 84 13 58","","","Mo-Th 07:00-15:00; Fr,Sa 07:00-15:00,19:00-23:00","Menu ouvrier le midi en semaine, terrasse au bord de la Garonne, restaurant le vendredi et le samedi soir. Fermé le dimanche. Vente des cartes de pêche."),
 ("Pizzeria La Gabarre","pizzeria","9 rue du Port"+A,"05 53 84 27 70","","","We-Su 18:30-22:00","Pizzas au feu de bois, sur place ou à emporter."),
 ("Le Balto","bar-tabac-presse","11 Grand-Rue"+A,"05 53 84 10 05","","","Mo-Sa 07:00-19:30; Su 08:00-12:30","Tabac, presse, jeux, relais colis."),
 ("Coiffure Marie-Ange","coiffeur","5 rue du Port"+A,"05 53 84 18 44","","","Tu-Fr 09:00-12:00,14:00-18:30; Sa 08:30-16:00","Coiffure mixte, avec ou sans rendez-vous."),
 ("Garage Dupuy","garage automobile","27 route de Tonneins"+A,"05 53 84 12 88","","","Mo-Fr 08:00-12:00,14:00-18:30","Mécanique automobile et agricole (tracteurs, matériel de verger), dépannage."),
 ("Agence postale communale","bureau de poste","2 place de la Halle (mairie)"+A,"05 53 84 12 45","","","Mo-Fr 09:00-12:00; Sa 09:00-11:30","Affranchissement, colis, retraits et dépôts sur compte La Banque Postale (350 € par semaine au plus)."),
 ("Déchèterie du Pesquié","déchèterie","ZA du Pesquié, route de Tonneins"+A,"05 53 79 40 10","","","Mo 14:00-18:00; We,Fr,Sa 09:00-12:00,14:00-18:00; PH off","Déchèterie intercommunale de la communauté de communes Garonne-Coteaux. Accès gratuit pour les particuliers avec le badge."),
 ("École Jean-Jaurès","école primaire","rue des Écoles"+A,"05 53 84 15 30","ce.0470999x@ac-bordeaux.fr","","Mo,Tu,Th,Fr 08:50-12:00,13:30-16:30","École publique maternelle et élémentaire (6 classes). Directrice : Mme Cazenave."),
 ("Restaurant scolaire","restauration scolaire","rue des Écoles"+A,"05 53 84 15 31","","","","Cantine de l'école Jean-Jaurès, repas préparés sur place. Inscriptions en mairie."),
 ("Accueil périscolaire","garderie périscolaire","rue des Écoles"+A,"05 53 84 15 32","","","Mo,Tu,Th,Fr 07:15-08:50,16:30-18:30","Garderie du matin et du soir pour les élèves de l'école Jean-Jaurès."),
 ("Bibliothèque municipale","bibliothèque","1 rue de l'Église (ancien presbytère)"+A,"05 53 84 12 47","","","We 14:00-18:00; Sa 10:00-12:00","Prêt gratuit de livres et de revues, tenue par des bénévoles."),
 ("Salle polyvalente du Port","salle des fêtes","quai de Garonne"+A,"05 53 84 12 40","","","","180 places assises, cuisine équipée. Réservation en mairie."),
 ("Salle des sports du Pech","gymnase","route du Pech"+A,"","","","","Gymnase municipal. Point de rassemblement de la population en cas de crue."),
 ("Stade municipal Jean-Lacaze","stade","chemin des Vergers"+A,"","","","","Terrain de rugby, terrain d'entraînement et vestiaires."),
 ("Cimetière communal","cimetière","chemin du Cimetière"+A,"05 53 84 12 40","","","Apr-Sep 08:00-20:00; Oct-Mar 08:00-18:00","Concessions et columbarium : s'adresser à la mairie."),
 ("Église Saint-Martin","lieu de culte","place de l'Église"+A,"","","","","Messe un dimanche sur deux à 10 h 30."),
 ("Les Vergers de Garonne","coopérative agricole","ZA du Pesquié"+A,"05 53 84 30 00","contact@vergers-de-garonne.fr","","Mo-Fr 08:00-12:00,13:30-17:30; Sa 09:00-12:00","Coopérative fruitière (prunes d'Ente, pruneaux d'Agen IGP). Magasin de vente aux particuliers."),
 ("Ferme Bergougnan","producteur de pruneaux","lieu-dit Lasgraves"+A,"06 81 52 47 19","","","Mo-Sa 09:00-12:00,14:00-18:00","Vente directe à la ferme : pruneaux, confitures et jus de prune."),
 ("Comité des fêtes","association","4 place de la Halle"+A,"06 70 24 58 11","comitedesfetes.castelbrun@gmail.com","","","Organise la fête de la prune d'Ente (fin août), le feu de la Saint-Jean et le marché de Noël."),
 ("US Castelbrun XV","club de rugby","stade municipal Jean-Lacaze, chemin des Vergers"+A,"06 12 85 44 30","","","","Club de rugby : école de rugby dès 5 ans le mercredi après-midi, équipe seniors."),
 ("Les Amis de la Garonne","club des aînés","salle polyvalente du Port, quai de Garonne"+A,"05 53 84 21 09","","","Tu 14:00-18:00","Club des aînés : belote, lotos, sorties. Rencontres le mardi après-midi."),
 ("Association des parents d'élèves","association de parents d'élèves","école Jean-Jaurès, rue des Écoles"+A,"","ape.castelbrun@gmail.com","","","Organise le carnaval des écoles et le vide-grenier de mai."),
 ("Gymnastique volontaire castelbrunaise","association sportive","salle des sports du Pech, route du Pech"+A,"06 33 19 02 47","","","Mo 18:30-19:30; Th 10:00-11:00","Cours de gym douce et de renforcement musculaire."),
 ("La Diane castelbrunaise","société de chasse","","06 08 47 22 63","","","","Société de chasse communale. Battues au sanglier le samedi et le dimanche pendant la saison."),
 ("AAPPMA Le Brochet de Garonne","association de pêche","Le Relais du Port, 2 quai de Garonne"+A,"06 45 90 12 77","","","","Association de pêche. Cartes de pêche en vente au Relais du Port."),
 ("Distributeur de billets Crédit Agricole","distributeur de billets","10 Grand-Rue"+A,"","","","24/7","Seul distributeur automatique de billets de la commune."),
 ("Taxi Garonnais","taxi","7 rue des Tanneurs"+A,"06 07 53 84 90","","","Mo-Su 06:00-21:00","Taxi conventionné (transport de malades assis), véhicule 8 places."),
 ("MAM Les Petites Prunes","maison d'assistantes maternelles","12 route du Pech"+A,"05 53 84 26 61","","","Mo-Fr 07:30-18:30","Trois assistantes maternelles agréées, accueil des enfants de 2 mois à 6 ans."),
 ("Lacoste Électricité","électricien","15 chemin des Vergers"+A,"06 86 14 72 05","","","Mo-Fr 08:00-18:00","Électricité générale, dépannage, chauffage électrique."),
 ("Espace France Services","France Services","mairie, 2 place de la Halle"+A,"05 53 79 40 20","","","Tu 09:00-12:00","Permanence de la communauté de communes en mairie : aide aux démarches en ligne (impôts, CAF, retraite, carte grise), sur rendez-vous."),
 ("Centre d'incendie et de secours","pompiers","route du Pech"+A,"","","","","Sapeurs-pompiers volontaires. En cas d'urgence, composez le 18 ou le 112."),
 ("Brigade de gendarmerie","gendarmerie","Tonneins","","","","Mo-Sa 08:00-12:00,14:00-18:00; Su 09:00-12:00,15:00-18:00","Brigade de Tonneins, compétente pour Castelbrun. En cas d'urgence, composez le 17."),
 ("Marché hebdomadaire","marché","place de la Halle"+A,"05 53 84 12 40","","","Th 08:00-13:00","Marché du jeudi matin, une vingtaine d'exposants. Du 15 octobre au 17 décembre 2026, sur les allées des Platanes pendant les travaux de la halle."),
]
with open(OUT / "annuaire-acteurs-locaux.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, delimiter=";")
    w.writerow(["nom", "categorie", "adresse", "telephone", "email", "site_web", "horaires", "description"])
    for row in ANNUAIRE:
        w.writerow(row)

print("fiches", len(FICHES), "arretes csv", len(ARRETES), "delibs", len(DL), "annuaire", len(ANNUAIRE))
print("plugs: 002_2025", plug002, "1068_2025", plug1068, "023", plug023, "2313", plug2313)
print("BP totals", frfmt(bp_fonct_total), frfmt(bp_inv_total))
