#!/usr/bin/env python3
"""Génère les fichiers publiés de Brévillon-sur-Mer (commune fictive) dans files/.

Tout est inventé : noms, téléphones, montants. Lancer avec le Python du projet (fpdf2 pour le PDF) :
    /work/main/.venv/bin/python gen_files.py
"""
import csv
import io
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "files"
OUT.mkdir(exist_ok=True)

COLL_NOM = "Commune de Brévillon-sur-Mer"
SIRET = "21509930000017"


def write_csv(name, header, rows, delimiter=",", bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        assert len(r) == len(header), (name, r)
        w.writerow(r)
    data = buf.getvalue()
    with open(OUT / name, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        f.write(data)


# ---------------------------------------------------------------- commune.yml
(OUT / "commune.yml").write_text("""\
# Profil de la commune (fictive) de Brévillon-sur-Mer
nom: Brévillon-sur-Mer
code_insee: "50993"
siret: "21509930000017"
population: 1187
site_web: https://www.brevillon-sur-mer.fr
maire: Anne-Sophie Lemarquand
description: >-
  Village littoral de la Manche, sur la côte ouest du Cotentin : port d'échouage du Hâble,
  plage des Dunes, camping municipal Les Dunes, marché estival le vendredi matin et festival
  Les Nuits du Hâble en août.
mairie:
  adresse: 2 place de l'Église, 50590 Brévillon-sur-Mer
  telephone: 02 33 41 27 60
  email: mairie@brevillon-sur-mer.fr
  horaires: "Mo,Tu,Th 09:00-12:00,14:00-17:30; We 09:00-12:00; Fr 09:00-12:00,14:00-16:30; Sa 10:00-12:00; PH off"
""", encoding="utf-8")

# ---------------------------------------------------------------- fiches.csv
FICHES = [
    ("Où trouver les horaires des marées ?",
     "La mairie ne publie pas d'horaires de marées. L'annuaire des marées 2026 du port de Brévillon est distribué "
     "gratuitement à l'accueil de la mairie, à l'office de tourisme et à la capitainerie ; les horaires du jour sont "
     "affichés sur le panneau du quai du Hâble. Attention : par fort coefficient (au-delà de 95), la mer remonte très "
     "vite dans le havre.",
     "horaires des marées|table des marées|heure de la pleine mer|annuaire des marées", "mer et littoral",
     "https://www.brevillon-sur-mer.fr/mer/marees"),
    ("Quelles sont les règles de la pêche à pied ?",
     "La pêche à pied de loisir est libre sur l'estran de Brévillon, sauf dans les parcs à huîtres et à moules "
     "(concessions conchylicoles balisées), où elle est interdite. Tailles minimales : coque 27 mm, palourde 40 mm, "
     "moule 40 mm, huître 5 cm. Quantité : 5 kg de coquillages par personne et par jour. Râteau de 50 cm de large au "
     "plus. Les réglettes de mesure sont données à l'office de tourisme.",
     "pêche à pied|ramasser des coques|taille des coquillages|pêche aux palourdes", "mer et littoral",
     "https://www.brevillon-sur-mer.fr/mer/peche-a-pied"),
    ("Comment obtenir un mouillage au port ?",
     "Les mouillages (corps-morts) du port d'échouage du Hâble sont attribués pour l'année civile par la capitainerie. "
     "Faites la demande sur le formulaire de la capitainerie avant le 31 janvier ; les places libres sont attribuées "
     "en mars, dans l'ordre de la liste d'attente. Les plaisanciers de passage paient la nuitée à la capitainerie. "
     "Les tarifs sont fixés chaque année par le conseil municipal.",
     "place au port|corps-mort|mouillage à l'année|liste d'attente du port", "port",
     "https://www.brevillon-sur-mer.fr/port"),
    ("Où mettre un bateau à l'eau ?",
     "La cale du Hâble, au bout du quai, est ouverte à tous de 2 h avant à 2 h après la pleine mer. En juillet et "
     "août, la mise à l'eau est payante (ticket ou badge à la capitainerie). Les remorques stationnent sur le parking "
     "de la Saline, jamais sur le quai.",
     "mise à l'eau|cale de mise à l'eau|remorque bateau", "port",
     "https://www.brevillon-sur-mer.fr/port"),
    ("Quels jours sont collectées les ordures ménagères ?",
     "Les ordures ménagères (bac gris) sont collectées le mardi matin toute l'année, et aussi le samedi matin du "
     "1er juillet au 31 août. Les emballages et papiers (sac jaune) sont collectés le jeudi des semaines paires. "
     "Sortez les bacs la veille au soir. Les résidents secondaires qui repartent peuvent déposer leurs sacs dans les "
     "colonnes enterrées du parking de la Saline.",
     "collecte des ordures|jour des poubelles|sacs jaunes|tri sélectif", "déchets",
     "https://www.brevillon-sur-mer.fr/dechets"),
    ("Quels sont les horaires de la déchetterie ?",
     "La déchetterie de la Lande (route de la Lande) est gérée par la communauté de communes Côte des Havres. "
     "Horaires d'été (du 1er avril au 30 septembre) : lundi, mercredi, vendredi et samedi de 9 h à 12 h et de 14 h "
     "à 18 h. Horaires d'hiver (du 1er octobre au 31 mars) : lundi, mercredi et samedi de 9 h à 12 h et de 14 h à "
     "17 h. Fermée les jours fériés. Le badge d'accès se demande en mairie avec un justificatif de domicile.",
     "déchetterie|horaires de la déchèterie|badge déchetterie", "déchets",
     "https://www.brevillon-sur-mer.fr/dechets"),
    ("Peut-on brûler ses déchets verts ?",
     "Non. Le brûlage des déchets verts à l'air libre est interdit toute l'année (règlement sanitaire "
     "départemental). Apportez tontes, tailles et feuilles à la déchetterie de la Lande, ou compostez-les : un "
     "composteur de 400 litres est vendu 15 € en mairie.",
     "brûlage|feu de jardin|composteur", "déchets", ""),
    ("Comment inscrire un enfant à la cantine ?",
     "Le restaurant scolaire de l'école des Goélands sert les repas le lundi, le mardi, le jeudi et le vendredi. "
     "L'inscription se fait en mairie ou sur le portail famille (brevillon.portail-famille.fr), au plus tard le "
     "jeudi pour la semaine suivante. Les repas sont facturés chaque mois ; le tarif dépend du quotient familial.",
     "restaurant scolaire|inscription cantine|portail famille", "école",
     "https://brevillon.portail-famille.fr"),
    ("Comment réserver la salle des fêtes ?",
     "La salle des Embruns (120 places, cuisine équipée), rue du Moulin, se réserve en mairie au moins deux mois à "
     "l'avance. Un contrat est signé à la réservation, avec un chèque de caution et une attestation d'assurance. "
     "Remise des clés le vendredi à 17 h, état des lieux le lundi à 9 h. Musique amplifiée jusqu'à 2 h du matin au "
     "plus, portes et fenêtres fermées.",
     "salle des Embruns|louer la salle|réservation salle", "vie locale", ""),
    ("Quand le camping municipal est-il ouvert ?",
     "Le camping municipal Les Dunes (3 étoiles, 96 emplacements, chemin des Mielles) est ouvert du 3 avril au "
     "27 septembre 2026. Réservation par téléphone au 02 33 41 27 85 ou sur place ; en saison, l'accueil est ouvert "
     "de 8 h 30 à 12 h et de 15 h à 19 h. Le camping est fermé l'hiver : les réservations pour la saison 2027 sont "
     "prises par la mairie à partir du 5 janvier 2027.",
     "camping Les Dunes|réserver un emplacement|ouverture du camping", "tourisme",
     "https://www.brevillon-sur-mer.fr/camping"),
    ("Quand a lieu le marché ?",
     "Le marché estival se tient le vendredi matin de 8 h à 13 h sur la place du Port, du 3 juillet au 28 août 2026. "
     "Il n'y a pas de marché le reste de l'année ; le dimanche matin, toute l'année, le poissonnier et le maraîcher "
     "des Mielles s'installent devant l'église.",
     "marché d'été|jour du marché|marché du vendredi", "vie locale", ""),
    ("Où stationner un camping-car ?",
     "L'aire de camping-cars du Hâble (24 places, route de la Saline) est ouverte toute l'année : 12 € la nuit "
     "d'avril à septembre, 7 € d'octobre à mars, eau et vidange comprises, paiement par carte à la borne. "
     "Le stationnement des camping-cars est interdit la nuit sur le front de mer en été.",
     "aire de camping-cars|camping-car|vidange", "tourisme", ""),
    ("Où faire une carte d'identité ou un passeport ?",
     "La mairie de Brévillon-sur-Mer n'est pas équipée pour les cartes d'identité et les passeports. Faites une "
     "pré-demande sur ants.gouv.fr, puis prenez rendez-vous dans une mairie équipée : Coutances ou Lessay. Comptez 4 "
     "à 6 semaines de délai avant l'été.",
     "carte d'identité|passeport|CNI", "état civil", "https://ants.gouv.fr"),
    ("Comment s'inscrire sur les listes électorales ?",
     "En ligne sur service-public.fr, ou en mairie avec une pièce d'identité et un justificatif de domicile de moins "
     "de 3 mois. Les propriétaires d'une résidence secondaire peuvent s'inscrire à Brévillon s'ils figurent depuis "
     "au moins deux ans au rôle des impôts locaux de la commune. Pour voter à une élection, inscrivez-vous au plus "
     "tard le sixième vendredi avant le scrutin.",
     "listes électorales|inscription pour voter|vote", "élections", "https://www.service-public.fr"),
    ("Faut-il une autorisation pour une clôture ou un abri de jardin ?",
     "Oui. Le bourg est dans les abords de l'église Saint-Martin, monument historique : une déclaration préalable est "
     "obligatoire pour une clôture, un abri de jardin de plus de 5 m², le changement des fenêtres ou des volets et la "
     "couleur d'une façade. Le dossier (Cerfa 13703) se dépose en mairie ou sur le guichet numérique de la "
     "communauté de communes ; délai d'instruction : 2 mois, avis de l'architecte des Bâtiments de France compris.",
     "déclaration préalable|permis de construire|clôture|abri de jardin", "urbanisme", ""),
    ("Quand peut-on tondre la pelouse ?",
     "Les travaux de bricolage et de jardinage bruyants (tondeuse, tronçonneuse, perceuse) sont autorisés du lundi au "
     "vendredi de 8 h 30 à 12 h et de 14 h 30 à 19 h 30, le samedi de 9 h à 12 h et de 15 h à 19 h, le dimanche et "
     "les jours fériés de 10 h à 12 h.",
     "tondeuse|bruit de voisinage|horaires de bricolage", "tranquillité", ""),
    ("La plage est-elle surveillée ?",
     "La baignade est surveillée par les sauveteurs de la SNSM au poste de secours de la plage des Dunes, du 4 juillet "
     "au 30 août 2026, tous les jours de 13 h 30 à 19 h. En dehors de ces dates et horaires, on se baigne à ses "
     "risques et périls. La baignade est interdite près de l'épi du Hâble et dans le chenal du port (courants de "
     "marée).",
     "baignade surveillée|poste de secours|maître-nageur", "mer et littoral", ""),
    ("Je loue ma maison aux vacanciers : quelles démarches ?",
     "Tout meublé de tourisme doit être déclaré en mairie (Cerfa 14004) avant la première location ; la mairie remet "
     "un récépissé. La taxe de séjour est collectée par le loueur et reversée à la communauté de communes Côte des "
     "Havres, qui en fixe les tarifs.",
     "meublé de tourisme|location saisonnière|taxe de séjour|gîte", "tourisme", ""),
    ("Où se garer près de la plage en été ?",
     "En juillet et août, le centre-bourg et le quai du Hâble sont en zone bleue (disque obligatoire, 1 h 30). "
     "Les parkings gratuits sans limite de durée sont le parking de la Saline (180 places) et le parking du "
     "Sémaphore (60 places), à 5 minutes à pied de la plage. Le stationnement sur les trottoirs du boulevard de la "
     "Mer est verbalisé.",
     "parking plage|stationnement l'été|zone bleue", "stationnement", ""),
    ("Qu'est-ce que le festival Les Nuits du Hâble ?",
     "Le festival Les Nuits du Hâble, organisé par le Comité des fêtes, a lieu du 14 au 16 août 2026 sur le quai du "
     "Hâble : concerts gratuits chaque soir, marché des pêcheurs le samedi matin et feu d'artifice tiré de la digue "
     "du Sémaphore le 15 août à 23 h. Programme à l'office de tourisme.",
     "festival|Nuits du Hâble|feu d'artifice|concerts d'août", "fêtes", ""),
]
write_csv("fiches.csv", ["question", "reponse", "variantes", "theme", "lien"], FICHES, delimiter=";", bom=True)

# ---------------------------------------------------------------- arretes.csv
POLICE = ("6.1", "libertés publiques et pouvoirs de police/police municipale")
VOIRIE = ("8.3", "domaines de compétences par thèmes/voirie")
DOMAINE = ("3.5", "domaine et patrimoine/autres actes de gestion du domaine public")
ARRETES = [
    # id, date, type, matiere, objet, debut, fin, lieu
    ("2025-048", "2025-06-10", "permanent", POLICE,
     "Limitation de la vitesse à 30 km/h dans le centre-bourg et sur le front de mer", "", "",
     "rue de la Plage;boulevard de la Mer;rue du Moulin;place de l'Église"),
    ("2026-009", "2026-02-16", "permanent", POLICE,
     "Interdiction des feux, barbecues et feux de camp sur les plages, les dunes et le domaine public maritime", "", "",
     "plage des Dunes;plage du Hâble;dunes des Mielles"),
    ("2026-015", "2026-03-02", "individuel", DOMAINE,
     "Autorisation d'occupation du domaine public pour la terrasse du Café du Port", "2026-04-01", "2026-09-30",
     "quai du Hâble"),
    ("2026-018", "2026-03-12", "temporaire", POLICE,
     "Interdiction des chiens, même tenus en laisse, sur la plage des Dunes de 9 h à 20 h pendant la saison "
     "estivale ; sur la plage du Hâble, les chiens sont admis tenus en laisse", "2026-06-01", "2026-09-30",
     "plage des Dunes;plage du Hâble"),
    ("2026-022", "2026-05-28", "temporaire", POLICE,
     "Zone bleue : stationnement limité à 1 h 30 avec disque obligatoire, de 9 h à 19 h, pendant la saison estivale",
     "2026-07-01", "2026-08-31", "quai du Hâble;place du Port;rue de la Plage;place de l'Église"),
    ("2026-023", "2026-05-28", "temporaire", POLICE,
     "Interdiction du stationnement des camping-cars de 22 h à 7 h sur le front de mer", "2026-06-15", "2026-09-15",
     "boulevard de la Mer;rue de la Plage;parking du Sémaphore"),
    ("2026-030", "2026-06-18", "temporaire", POLICE,
     "Marché estival du vendredi : circulation et stationnement interdits place du Port les vendredis de 6 h à 14 h",
     "2026-07-03", "2026-08-28", "place du Port"),
    ("2026-039", "2026-07-06", "temporaire", VOIRIE,
     "Fermeture de la route de Gouville (VC 3) entre le carrefour de la Lande et le hameau du Val pendant la course "
     "cycliste Ronde des Marais, de 13 h à 18 h", "2026-09-06", "2026-09-06", "route de Gouville;hameau du Val"),
    ("2026-044", "2026-07-30", "temporaire", POLICE,
     "Festival Les Nuits du Hâble : fermeture à la circulation et interdiction du stationnement du vendredi 14 août "
     "à 16 h au lundi 17 août 2026 à 2 h ; déviation par la rue des Courtils et la route de la Saline",
     "2026-08-14", "2026-08-17", "quai du Hâble;place du Port;rue du Moulin"),
    ("2026-045", "2026-07-30", "temporaire", POLICE,
     "Feu d'artifice du 15 août : accès interdit au public sur la digue du Sémaphore et la plage du Hâble de "
     "21 h 30 à 0 h 30", "2026-08-15", "2026-08-16", "digue du Sémaphore;plage du Hâble"),
    ("2026-051", "2026-09-01", "temporaire", VOIRIE,
     "Circulation alternée par feux tricolores pour travaux de raccordement électrique (Enedis)",
     "2026-09-14", "2026-09-25", "rue des Goélands"),
    ("2026-058", "2026-10-05", "temporaire", VOIRIE,
     "Fermeture de la route de la Lande à la circulation, sauf riverains, pour réfection de la chaussée et du réseau "
     "d'eaux pluviales ; déviation par la route de Gouville", "2026-10-19", "2026-11-13", "route de la Lande"),
    ("2026-066", "2026-11-09", "temporaire", POLICE,
     "Fermeture de la cale du Hâble à toute mise à l'eau pour travaux de réparation de la cale (maçonnerie et rampe)",
     "2026-11-16", "2026-12-18", "cale du Hâble;quai du Hâble"),
    ("2026-070", "2026-11-19", "temporaire", VOIRIE,
     "Fermeture de la rue des Courtils à la circulation pour travaux de remplacement du réseau d'assainissement ; "
     "accès riverains maintenu le soir", "2026-11-30", "2026-12-11", "rue des Courtils"),
    ("2026-073", "2026-11-26", "temporaire", POLICE,
     "Interdiction du stationnement place de l'Église pendant le marché de Noël", "2026-12-12", "2026-12-13",
     "place de l'Église"),
]
ARR_HEADER = ["COLL_NOM", "COLL_SIRET", "ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_MATIERE_CODE", "ARR_MATIERE_NOM",
              "ARR_OBJET", "ARR_DEBUT", "ARR_FIN", "ARR_LIEU", "ARR_URL"]
rows = []
for aid, date, typ, (mc, mn), objet, debut, fin, lieu in ARRETES:
    rows.append([COLL_NOM, SIRET, aid, date, typ, mc, mn, objet, debut, fin, lieu,
                 f"https://www.brevillon-sur-mer.fr/actes/arrete-{aid}.pdf"])
write_csv("arretes.csv", ARR_HEADER, rows, delimiter=",")

# ---------------------------------------------------------------- deliberations.csv
FISC = ("7.2", "finances locales/fiscalité")
DIVERS = ("7.10", "finances locales/divers")
SUBV = ("7.5", "finances locales/subventions")
BUDG = ("7.1", "finances locales/décisions budgétaires")
DELIBS = [
    # id, date, matiere, objet, budget_annee, budget_nom, reel, pour, contre, abst
    ("DCM-2025-044", "2025-09-25", FISC,
     "Majoration de 20 % de la part communale de la taxe d'habitation due au titre des résidences secondaires, "
     "à compter du 1er janvier 2026", "", "", 14, 10, 3, 1),
    ("DCM-2025-058", "2025-12-11", DIVERS,
     "Tarifs du port d'échouage du Hâble pour 2026 : corps-mort à l'année 390 € (bateau de moins de 6 m) et 520 € "
     "(de 6 à 8 m) ; nuitée de passage 12 € ; mise à l'eau à la cale en juillet-août 8 € la journée, badge annuel "
     "65 €", "2026", "", 15, 15, 0, 0),
    ("DCM-2025-059", "2025-12-11", DIVERS,
     "Tarifs du camping municipal Les Dunes pour la saison 2026 : forfait emplacement 2 personnes avec véhicule "
     "18,50 € la nuit en juillet-août et 13,80 € le reste de la saison ; personne supplémentaire 5,20 € ; enfant de "
     "moins de 7 ans 2,60 € ; électricité 4,30 € ; chien 2 € ; garage mort 6 €", "2026", "", 15, 13, 0, 2),
    ("DCM-2025-060", "2025-12-11", DIVERS,
     "Tarifs de location de la salle des Embruns (salle des fêtes) au 1er janvier 2026 : week-end 230 € pour les "
     "habitants de la commune et 450 € pour les personnes extérieures ; journée en semaine 120 € ; gratuité une fois "
     "par an pour les associations de la commune ; caution 800 €", "2026", "", 15, 15, 0, 0),
    ("DCM-2026-010", "2026-03-26", BUDG, "Vote du budget primitif 2026 de la commune", "2026", "Budget principal",
     14, 12, 2, 0),
    ("DCM-2026-011", "2026-03-26", FISC,
     "Vote des taux d'imposition 2026 : taxe foncière sur les propriétés bâties 23,85 %, taxe foncière sur les "
     "propriétés non bâties 38,40 %, taux inchangés par rapport à 2025", "2026", "", 14, 14, 0, 0),
    ("DCM-2026-012", "2026-03-26", SUBV,
     "Attribution des subventions aux associations pour 2026 : Comité des fêtes de Brévillon 6 000 €, Club nautique "
     "du Hâble 3 200 €, SNSM station de Brévillon 1 500 €, Association des parents d'élèves des Goélands 1 200 €, "
     "Brévillon Jeunesse 900 €, Amicale des pêcheurs plaisanciers du Hâble 800 €, Club des Aînés de la Saline 650 €, "
     "Gym volontaire 400 € ; total 14 650 €", "2026", "Budget principal", 14, 13, 0, 1),
    ("DCM-2026-019", "2026-04-23", ("1.4", "commande publique/autres types de contrats"),
     "Convention avec la SNSM pour la surveillance de la baignade à la plage des Dunes du 4 juillet au 30 août "
     "2026 : participation de la commune 9 800 €", "2026", "", 14, 14, 0, 0),
    ("DCM-2026-022", "2026-05-21", SUBV,
     "Subvention exceptionnelle de 2 500 € au Comité des fêtes pour l'organisation du festival Les Nuits du Hâble "
     "2026", "2026", "Budget principal", 13, 13, 0, 0),
    ("DCM-2026-023", "2026-05-21", DIVERS,
     "Droits de place du marché estival du vendredi : 1,60 € le mètre linéaire par marché, abonnement pour toute la "
     "saison 95 € ; gratuité pour les producteurs de la commune", "2026", "", 13, 13, 0, 0),
    ("DCM-2026-028", "2026-06-25", BUDG, "Approbation du compte administratif 2025 du budget principal", "2025",
     "Budget principal", 14, 13, 0, 1),
    ("DCM-2026-031", "2026-06-25", DIVERS,
     "Tarifs de la restauration scolaire à compter de la rentrée de septembre 2026 : repas enfant 3,45 € (quotient "
     "familial supérieur à 700) et 1 € (quotient familial jusqu'à 700) ; repas adulte 6,30 €", "", "", 15, 15, 0, 0),
    ("DCM-2026-034", "2026-06-25", ("4.2", "fonction publique/personnel contractuel"),
     "Création de 5 emplois saisonniers pour l'été 2026 (2 au camping municipal, 2 pour le nettoyage de la plage et "
     "du bourg, 1 à la capitainerie) du 1er juillet au 31 août", "", "", 15, 15, 0, 0),
    ("DCM-2026-040", "2026-09-24", SUBV,
     "Demande de subvention DETR pour la réparation de la cale du Hâble : coût des travaux 148 000 € HT, subvention "
     "sollicitée 59 200 € (40 %)", "2026", "", 14, 14, 0, 0),
    ("DCM-2026-047", "2026-10-29", ("3.2", "domaine et patrimoine/aliénations"),
     "Vente du terrain communal cadastré AB 214, chemin des Mielles (620 m²), à M. et Mme Ledanois pour 38 000 €",
     "", "", 15, 11, 4, 0),
    ("DCM-2026-052", "2026-11-19", DIVERS,
     "Tarifs du port d'échouage du Hâble pour 2027 : corps-mort à l'année 405 € (bateau de moins de 6 m) et 540 € "
     "(de 6 à 8 m) ; nuitée de passage 12 € ; mise à l'eau à la cale en juillet-août 8 € la journée, badge annuel "
     "70 €", "2027", "", 15, 14, 1, 0),
    ("DCM-2026-054", "2026-11-19", SUBV,
     "Subvention de 1 200 € à l'association Brévillon Jeunesse pour l'achat de modules du skatepark", "2026",
     "Budget principal", 15, 15, 0, 0),
]
DEL_HEADER = ["COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM",
              "DELIB_OBJET", "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID", "PREF_DATE", "VOTE_EFFECTIF", "VOTE_REEL",
              "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION", "DELIB_URL"]
rows = []
for did, date, (mc, mn), objet, ban, bnom, reel, pour, contre, abst in DELIBS:
    assert pour + contre + abst == reel, did
    rows.append([COLL_NOM, SIRET, did, date, mc, mn, objet, ban, bnom, "PREF050", date, 15, reel, pour, contre, abst,
                 f"https://www.brevillon-sur-mer.fr/actes/{did}.pdf"])
write_csv("deliberations.csv", DEL_HEADER, rows, delimiter=",")

# ---------------------------------------------------------------- budgets (M57, par nature)
CHAP = {
    "011": "Charges à caractère général", "012": "Charges de personnel et frais assimilés",
    "014": "Atténuations de produits", "65": "Autres charges de gestion courante", "66": "Charges financières",
    "67": "Charges spécifiques", "023": "Virement à la section d'investissement",
    "042": "Opérations d'ordre de transfert entre sections", "013": "Atténuations de charges",
    "70": "Produits des services, du domaine et ventes diverses", "731": "Fiscalité locale",
    "73": "Impôts et taxes", "74": "Dotations et participations", "75": "Autres produits de gestion courante",
    "002": "Résultat de fonctionnement reporté", "001": "Solde d'exécution de la section d'investissement reporté",
    "16": "Emprunts et dettes assimilées", "20": "Immobilisations incorporelles", "21": "Immobilisations corporelles",
    "23": "Immobilisations en cours", "10": "Dotations, fonds divers et réserves",
    "13": "Subventions d'investissement", "021": "Virement de la section de fonctionnement",
    "040": "Opérations d'ordre de transfert entre sections",
}
# nature: (chapitre, libellé, section, sens)
NAT = {
    "60611": ("011", "Eau et assainissement", "F", "D"),
    "60612": ("011", "Énergie - Électricité", "F", "D"),
    "60622": ("011", "Carburants", "F", "D"),
    "60623": ("011", "Alimentation", "F", "D"),
    "60632": ("011", "Fournitures de petit équipement", "F", "D"),
    "6067": ("011", "Fournitures scolaires", "F", "D"),
    "611": ("011", "Contrats de prestations de services", "F", "D"),
    "615221": ("011", "Entretien et réparations bâtiments publics", "F", "D"),
    "615231": ("011", "Entretien et réparations voiries", "F", "D"),
    "6156": ("011", "Maintenance", "F", "D"),
    "6161": ("011", "Multirisques", "F", "D"),
    "6232": ("011", "Fêtes et cérémonies", "F", "D"),
    "6262": ("011", "Frais de télécommunications", "F", "D"),
    "63512": ("011", "Taxes foncières", "F", "D"),
    "6411": ("012", "Personnel titulaire", "F", "D"),
    "6413": ("012", "Personnel non titulaire", "F", "D"),
    "6451": ("012", "Cotisations à l'URSSAF", "F", "D"),
    "6453": ("012", "Cotisations aux caisses de retraite", "F", "D"),
    "6455": ("012", "Cotisations pour assurance du personnel", "F", "D"),
    "6475": ("012", "Médecine du travail, pharmacie", "F", "D"),
    "739223": ("014", "Fonds de péréquation des ressources communales et intercommunales", "F", "D"),
    "6531": ("65", "Indemnités", "F", "D"),
    "6533": ("65", "Cotisations de retraite", "F", "D"),
    "6553": ("65", "Service d'incendie", "F", "D"),
    "657362": ("65", "Subventions de fonctionnement au CCAS", "F", "D"),
    "65748": ("65", "Subventions de fonctionnement aux autres personnes de droit privé", "F", "D"),
    "66111": ("66", "Intérêts réglés à l'échéance", "F", "D"),
    "673": ("67", "Titres annulés (sur exercices antérieurs)", "F", "D"),
    "023": ("023", "Virement à la section d'investissement", "F", "D"),
    "6811": ("042", "Dotations aux amortissements des immobilisations incorporelles et corporelles", "F", "D"),
    "6419": ("013", "Remboursements sur rémunérations du personnel", "F", "R"),
    "70311": ("70", "Concessions dans les cimetières (produit net)", "F", "R"),
    "70323": ("70", "Redevance d'occupation du domaine public", "F", "R"),
    "7063": ("70", "Redevances et droits des services à caractère sportif et de loisirs", "F", "R"),
    "7067": ("70", "Redevances et droits des services périscolaires et d'enseignement", "F", "R"),
    "73111": ("731", "Impôts directs locaux", "F", "R"),
    "7381": ("731", "Taxe additionnelle aux droits de mutation ou à la taxe de publicité foncière", "F", "R"),
    "7411": ("74", "Dotation forfaitaire", "F", "R"),
    "74121": ("74", "Dotation de solidarité rurale", "F", "R"),
    "74127": ("74", "Dotation nationale de péréquation", "F", "R"),
    "74718": ("74", "Autres participations de l'État", "F", "R"),
    "74834": ("74", "Compensation au titre des exonérations des taxes foncières", "F", "R"),
    "752": ("75", "Revenus des immeubles", "F", "R"),
    "002": ("002", "Résultat de fonctionnement reporté", "F", "R"),
    "777": ("042", "Quote-part des subventions d'investissement transférée au compte de résultat", "F", "R"),
    "1641D": ("16", "Emprunts en euros", "I", "D"),
    "2031": ("20", "Frais d'études", "I", "D"),
    "2128": ("21", "Autres agencements et aménagements de terrains", "I", "D"),
    "21312": ("21", "Bâtiments scolaires", "I", "D"),
    "2152": ("21", "Installations de voirie", "I", "D"),
    "2183": ("21", "Matériel informatique", "I", "D"),
    "2188": ("21", "Autres immobilisations corporelles", "I", "D"),
    "2315": ("23", "Installations, matériel et outillage techniques", "I", "D"),
    "001": ("001", "Solde d'exécution de la section d'investissement reporté", "I", "D"),
    "13911": ("040", "Subventions d'équipement transférées au compte de résultat - État", "I", "D"),
    "10222": ("10", "FCTVA", "I", "R"),
    "1068": ("10", "Excédents de fonctionnement capitalisés", "I", "R"),
    "1321": ("13", "Subventions d'équipement non transférables - État et établissements nationaux", "I", "R"),
    "1323": ("13", "Subventions d'équipement non transférables - Départements", "I", "R"),
    "1641R": ("16", "Emprunts en euros", "I", "R"),
    "021": ("021", "Virement de la section de fonctionnement", "I", "R"),
    "28031": ("040", "Amortissements des frais d'études", "I", "R"),
    "28183": ("040", "Amortissements du matériel informatique", "I", "R"),
    "28188": ("040", "Amortissements des autres immobilisations corporelles", "I", "R"),
}
ORDRE_CHAP = {"023", "021", "042", "040"}

# BP 2026 : nature -> montant prévu
BP2026 = {
    "60611": 9500, "60612": 46000, "60622": 7800, "60623": 38500, "60632": 12000, "6067": 4200, "611": 31400,
    "615221": 24000, "615231": 28000, "6156": 9600, "6161": 11250, "6232": 8500, "6262": 3900, "63512": 2840,
    "6411": 268000, "6413": 54500, "6451": 61200, "6453": 79800, "6455": 9400, "6475": 1350,
    "739223": 3100, "6531": 36400, "6533": 1900, "6553": 27600, "657362": 6000, "65748": 17150,
    "66111": 14300, "673": 1500, "023": 150300, "6811": 41200,
    "6419": 4000, "70311": 2500, "70323": 62000, "7063": 168000, "7067": 31500, "73111": 345000, "7381": 48000,
    "7411": 118000, "74121": 46500, "74127": 21000, "74718": 6000, "74834": 9200, "752": 24600,
    "002": 116490, "777": 8400,
    "1641D": 58600, "2031": 18000, "2128": 22000, "21312": 35000, "2152": 64000, "2183": 4500, "2188": 12800,
    "2315": 148000, "001": 62310.45, "13911": 8400,
    "10222": 31000, "1068": 62310.45, "1321": 59200, "1323": 29600, "1641R": 60000, "021": 150300,
    "28031": 6200, "28183": 3000, "28188": 32000,
}
# CA 2025 : nature -> (prévu, réalisé) ; réalisé None = vide
CA2025 = {
    "60611": (9000, 8412.36), "60612": (44000, 42871.19), "60622": (7500, 6984.50), "60623": (37000, 35640.22),
    "60632": (11000, 10218.47), "6067": (4000, 3866.10), "611": (30000, 29415.00), "615221": (22000, 19702.85),
    "615231": (26000, 24316.80), "6156": (9200, 9104.64), "6161": (10900, 10884.12), "6232": (8000, 7615.30),
    "6262": (3800, 3522.48), "63512": (2780, 2779.00),
    "6411": (255000, 251384.27), "6413": (52000, 49870.55), "6451": (59000, 57962.31), "6453": (77000, 75118.64),
    "6455": (9100, 9012.00), "6475": (1300, 1185.00),
    "739223": (3000, 2964.00), "6531": (35800, 35760.00), "6533": (1850, 1812.40), "6553": (27000, 26958.00),
    "657362": (6000, 6000.00), "65748": (16500, 16350.00), "66111": (15600, 15582.17), "673": (1500, 312.40),
    "023": (150000, None), "6811": (39800, 39800.00),
    "6419": (3000, 5214.60), "70311": (2500, 3120.00), "70323": (58000, 61437.50), "7063": (160000, 171284.90),
    "7067": (30000, 30902.75), "73111": (335000, 338612.00), "7381": (45000, 52873.14),
    "7411": (119500, 119482.00), "74121": (45000, 45918.00), "74127": (20500, 20731.00), "74718": (5000, 7500.00),
    "74834": (9000, 9145.00), "752": (23000, 24180.00), "002": (98760, None), "777": (8400, 8400.00),
    "1641D": (56900, 56874.12), "2031": (25000, 14280.00), "2128": (30000, 27455.90), "21312": (40000, 38112.47),
    "2152": (80000, 71960.33), "2183": (5000, 4688.00), "2188": (15000, 12374.29), "001": (48120, None),
    "13911": (8400, 8400.00),
    "10222": (28000, 27914.00), "1068": (140000, 140000.00), "1321": (35000, 35000.00), "1323": (20000, 12000.00),
    "021": (150000, None), "28031": (5800, 5800.00), "28183": (3000, 3000.00), "28188": (31000, 31000.00),
}

BGT_HEADER = ["BGT_NATDEC", "BGT_ANNEE", "BGT_SIRET", "BGT_NOM", "BGT_CONTNAT", "BGT_CONTNAT_LABEL", "BGT_NATURE",
              "BGT_NATURE_LABEL", "BGT_FONCTION", "BGT_FONCTION_LABEL", "BGT_OPERATION", "BGT_SECTION",
              "BGT_OPBUDG", "BGT_CODRD", "BGT_MTREAL", "BGT_MTBUDGPREC", "BGT_MTRARPREC", "BGT_MTPROPNOUV",
              "BGT_MTPREV", "BGT_CREDOUV", "BGT_MTRAR3112", "BGT_ARTSPE"]


def fmt(x):
    if x is None:
        return ""
    return f"{x:.2f}"


def budget_rows(natdec, annee, data, ca):
    rows = []
    for key, val in data.items():
        chap, label, sec, sens = NAT[key]
        nature = key.rstrip("DR")
        prev, real = (val if ca else (val, None))
        rows.append([natdec, annee, SIRET, "Brévillon-sur-Mer", chap, CHAP[chap], nature, label, "", "", "",
                     "fonctionnement" if sec == "F" else "investissement",
                     "ordre" if chap in ORDRE_CHAP else "réel",
                     "dépense" if sens == "D" else "recette",
                     fmt(real) if ca else "", "", "", "", fmt(prev), "", "", "non spécialisé"])
    return rows


write_csv("budget-primitif-2026.csv", BGT_HEADER, budget_rows("budget primitif", "2026", BP2026, False))
write_csv("compte-administratif-2025.csv", BGT_HEADER, budget_rows("compte administratif", "2025", CA2025, True))

# ---------------------------------------------------------------- annuaire.csv
ANNUAIRE = [
    ("Le Fournil du Hâble", "boulangerie", "4 rue du Moulin, 50590 Brévillon-sur-Mer", "02 33 41 30 12", "", "",
     "Jul-Aug Mo-Su 07:00-13:00,15:30-19:30; Sep-Jun Tu-Sa 07:30-12:30,15:30-19:00; Sep-Jun Su 07:30-12:30",
     "Boulangerie-pâtisserie : pain au levain, gâches normandes. Fermée le lundi hors juillet-août."),
    ("Épicerie du Port", "épicerie", "1 place du Port, 50590 Brévillon-sur-Mer", "02 33 41 30 48", "", "",
     "Apr-Sep Mo-Sa 08:00-12:30,15:00-19:30; Apr-Sep Su 08:30-12:30; Oct-Mar Tu-Sa 08:30-12:30,15:30-19:00; "
     "Oct-Mar Su 09:00-12:00",
     "Alimentation générale, dépôt de gaz, relais colis, retrait d'argent."),
    ("La Marée du Jour", "poissonnerie", "quai du Hâble, 50590 Brévillon-sur-Mer", "02 33 41 30 77", "", "",
     "Tu-Su 08:00-12:30",
     "Vente directe de poissons, crustacés et coquillages des bateaux du port ; le dimanche, stand devant l'église."),
    ("Le Café du Port", "bar-tabac", "3 quai du Hâble, 50590 Brévillon-sur-Mer", "02 33 41 30 25", "", "",
     "Jun-Sep Mo-Su 07:00-23:00; Oct-May Mo-Sa 07:00-20:00; Oct-May Su 08:00-13:00",
     "Bar, tabac, presse, jeux FDJ, terrasse sur le quai."),
    ("Crêperie Les Mouettes", "restaurant", "12 boulevard de la Mer, 50590 Brévillon-sur-Mer", "02 33 41 31 02",
     "", "", "Apr-Sep We-Su 12:00-14:00,19:00-21:30; Oct-Dec,Feb-Mar Sa,Su 12:00-14:00",
     "Galettes et crêpes ; fermée en janvier."),
    ("La Table du Havre", "restaurant", "8 quai du Hâble, 50590 Brévillon-sur-Mer", "02 33 41 31 20",
     "contact@latableduhavre.fr", "https://www.latableduhavre.fr",
     "Th-Mo 12:00-14:00,19:00-21:30",
     "Restaurant de poissons et fruits de mer, plateaux à emporter sur commande."),
    ("Glisse & Dunes", "location de vélos et de kayaks", "parking du Sémaphore, 50590 Brévillon-sur-Mer",
     "06 32 18 77 40", "glisse.dunes@orange.fr", "",
     "Jul-Aug Mo-Su 09:30-19:00; Apr-Jun,Sep Sa,Su 10:00-18:00",
     "Location de vélos, kayaks de mer et paddles ; fermé d'octobre à mars."),
    ("École de char à voile de Brévillon", "école de sport", "route de la Saline, 50590 Brévillon-sur-Mer",
     "06 51 90 24 63", "charavoile.brevillon@gmail.com", "",
     "", "Char à voile à marée basse sur la plage des Dunes, stages dès 8 ans, sorties selon les marées."),
    ("Pharmacie des Dunes", "pharmacie", "6 place de l'Église, 50590 Brévillon-sur-Mer", "02 33 41 31 55", "", "",
     "Mo-Fr 09:00-12:30,14:00-19:30; Sa 09:00-12:30",
     "Pharmacie de garde : composer le 3237."),
    ("Dr Hélène Vautier", "médecin généraliste", "14 rue des Courtils, 50590 Brévillon-sur-Mer", "02 33 41 32 08",
     "", "", "Mo,Tu,Th,Fr 08:30-12:00,14:00-19:00; We 08:30-12:00; Sa 09:00-12:00",
     "Consultations sur rendez-vous ; la nuit et le week-end, appeler le 116 117."),
    ("Dr Marc Lesueur", "médecin généraliste", "14 rue des Courtils, 50590 Brévillon-sur-Mer", "02 33 41 32 09",
     "", "", "Mo-Fr 09:00-12:00,15:00-19:00",
     "Consultations sur rendez-vous ; consultations sans rendez-vous le samedi matin en juillet et août."),
    ("Cabinet infirmier des Mielles", "infirmier", "14 rue des Courtils, 50590 Brévillon-sur-Mer",
     "02 33 41 33 40", "", "", "",
     "Soins à domicile 7 jours sur 7 ; permanence au cabinet de 8 h à 8 h 30 du lundi au samedi."),
    ("Julien Hamel", "masseur-kinésithérapeute", "2 rue du Sémaphore, 50590 Brévillon-sur-Mer", "02 33 41 34 71",
     "", "", "Mo-Fr 08:00-12:00,14:00-19:00", "Kinésithérapie, rééducation, soins à domicile."),
    ("Capitainerie du port du Hâble", "capitainerie", "quai du Hâble, 50590 Brévillon-sur-Mer", "02 33 41 27 70",
     "capitainerie@brevillon-sur-mer.fr", "",
     "Jul-Aug Mo-Su 08:00-12:00,14:00-19:00; Sep-Jun Mo-Fr 09:00-12:00",
     "Maître de port : Yann Lecoutour. VHF canal 9. 130 mouillages d'échouage. Pas de carburant au port."),
    ("Camping municipal Les Dunes", "camping", "chemin des Mielles, 50590 Brévillon-sur-Mer", "02 33 41 27 85",
     "camping@brevillon-sur-mer.fr", "https://www.brevillon-sur-mer.fr/camping",
     "Apr 03-Sep 27 Mo-Su 08:30-12:00,15:00-19:00",
     "Camping 3 étoiles, 96 emplacements, à 200 m de la plage des Dunes ; fermé l'hiver."),
    ("Office de tourisme Côte des Havres - bureau de Brévillon", "office de tourisme",
     "place du Port, 50590 Brévillon-sur-Mer", "02 33 41 29 10", "brevillon@otcotedeshavres.fr", "",
     "Jul-Aug Mo-Sa 09:30-12:30,14:00-18:30; Jul-Aug Su 10:00-12:30; Apr-Jun,Sep Tu-Sa 10:00-12:30,14:00-17:30",
     "Annuaire des marées, programme des animations, billetterie ; fermé d'octobre à mars."),
    ("Agence postale communale", "bureau de poste", "2 place de l'Église, 50590 Brévillon-sur-Mer",
     "02 33 41 27 61", "", "", "Mo-Fr 09:00-12:00; Sa 10:00-12:00",
     "Dans les locaux de la mairie : lettres, colis, retrait d'argent pour les clients de La Banque Postale."),
    ("École des Goélands", "école primaire", "5 rue du Moulin, 50590 Brévillon-sur-Mer", "02 33 41 28 44",
     "ecole.goelands@ac-normandie.fr", "", "",
     "École maternelle et élémentaire publique, 4 classes ; directrice : Mme Claire Guérin."),
    ("Médiathèque La Vague", "bibliothèque", "7 rue du Moulin, 50590 Brévillon-sur-Mer", "02 33 41 28 90",
     "mediatheque@brevillon-sur-mer.fr", "", "We 10:00-12:00,14:00-18:00; Fr 16:00-18:30; Sa 10:00-12:30",
     "Prêt de livres, BD et DVD ; inscription gratuite pour tous, estivants compris."),
    ("Comité des fêtes de Brévillon", "association", "salle des Embruns, rue du Moulin, 50590 Brévillon-sur-Mer",
     "06 71 42 58 30", "comitedesfetes.brevillon@laposte.net", "", "",
     "Président : Thierry Maupas. Organise le festival Les Nuits du Hâble en août, la fête de la Saint-Jean et le "
     "marché de Noël ; recherche des bénévoles."),
    ("SNSM - station de Brévillon", "sauvetage en mer", "quai du Hâble, 50590 Brévillon-sur-Mer", "02 33 41 35 12",
     "", "", "",
     "Sauveteurs en mer bénévoles. Urgence en mer : composer le 196 ou appeler sur le canal 16 de la VHF. "
     "Président de station : Gérard Hue."),
    ("Club nautique du Hâble", "club de voile", "cale du Hâble, 50590 Brévillon-sur-Mer", "02 33 41 35 90",
     "cnhable@gmail.com", "https://www.cnhable.fr", "",
     "École de voile : stages d'optimist et de catamaran en juillet et août, dès 7 ans."),
    ("Amicale des pêcheurs plaisanciers du Hâble", "association", "quai du Hâble, 50590 Brévillon-sur-Mer",
     "06 12 44 87 21", "", "", "",
     "Contact : Joël Marie. Concours de pêche en mer le deuxième dimanche de juillet."),
    ("Club des Aînés de la Saline", "association", "salle des Embruns, rue du Moulin, 50590 Brévillon-sur-Mer",
     "02 33 41 36 05", "", "", "Th 14:00-18:00",
     "Belote, scrabble et goûter le jeudi après-midi ; voyage annuel en juin."),
    ("Brévillon Jeunesse", "association de jeunes", "local jeunes, 9 rue du Moulin, 50590 Brévillon-sur-Mer",
     "06 48 20 13 77", "brevillonjeunesse@gmail.com", "", "We 14:00-18:00; Fr 17:00-20:00",
     "Local ouvert aux 11-17 ans : baby-foot, jeux vidéo, sorties l'été ; gère le skatepark avec la mairie."),
]
assert len(ANNUAIRE) == 25
write_csv("annuaire.csv", ["nom", "categorie", "adresse", "telephone", "email", "site_web", "horaires",
                           "description"], ANNUAIRE, delimiter=";")

# ---------------------------------------------------------------- vocabulaire.txt
(OUT / "vocabulaire.txt").write_text("""\
# Mots de Brévillon-sur-Mer
la salle des Embruns, salle des fêtes
les Nuits du Hâble, festival, festival d'août
le Hâble => port du Hâble, quai du Hâble
la cale => cale du Hâble
corps-mort, mouillage, bouée
les Mielles => chemin des Mielles
""", encoding="utf-8")

# ---------------------------------------------------------------- arrêté PDF (le seul arrêté publié uniquement en PDF)
def make_pdf():
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 20, 22)
    pdf.add_page()
    font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    bold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
    if os.path.exists(font) and os.path.exists(bold):
        pdf.add_font("DV", "", font)
        pdf.add_font("DV", "B", bold)
        fam = "DV"
    else:  # polices de base : Latin-1 seulement
        fam = "Helvetica"
    W = pdf.epw

    def p(text, size=10, style="", align="L", space=2):
        pdf.set_font(fam, style, size)
        pdf.multi_cell(W, 5.2, text, align=align)
        pdf.ln(space)

    p("RÉPUBLIQUE FRANÇAISE\nDépartement de la Manche\nCOMMUNE DE BRÉVILLON-SUR-MER", 9, "B", "L", 6)
    p("ARRÊTÉ MUNICIPAL N° 2026-079", 13, "B", "C", 3)
    p("Objet : Fermeture temporaire de la rue du Sémaphore à la circulation pour le renouvellement de la "
      "conduite d'eau potable", 11, "B", "L", 5)
    p("Le Maire de Brévillon-sur-Mer,", 10, "", "L", 2)
    p("Vu le Code général des collectivités territoriales, notamment ses articles L. 2213-1 et L. 2213-2 ;\n"
      "Vu le Code de la route ;\n"
      "Vu l'arrêté n° 2025-048 du 10 juin 2025 limitant la vitesse à 30 km/h dans le centre-bourg ;\n"
      "Vu la demande de l'entreprise TP Normandie Littoral, chargée des travaux par le syndicat d'eau potable du "
      "Val de Sienne, en date du 20 novembre 2026 ;\n"
      "Considérant que les travaux de renouvellement de la conduite d'eau potable nécessitent la fermeture de la "
      "voie pour la sécurité des usagers et du personnel du chantier ;", 10, "", "L", 4)
    p("ARRÊTE", 11, "B", "C", 3)
    p("Article 1 : Du lundi 14 décembre 2026 à 8 h au mercredi 23 décembre 2026 à 18 h, la circulation de tous les "
      "véhicules est interdite rue du Sémaphore, entre le boulevard de la Mer et le chemin des Mielles, sauf "
      "véhicules de secours et de chantier.", 10)
    p("Article 2 : Pendant la même période, le stationnement est interdit rue du Sémaphore ; tout véhicule en "
      "infraction sera mis en fourrière.", 10)
    p("Article 3 : Une déviation est mise en place par le boulevard de la Mer et la rue des Goélands.", 10)
    p("Article 4 : L'accès à pied des riverains reste assuré. La collecte des ordures ménagères du mardi se fait à "
      "l'angle du boulevard de la Mer.", 10)
    p("Article 5 : La signalisation est mise en place et entretenue par l'entreprise TP Normandie Littoral.", 10)
    p("Article 6 : Le présent arrêté sera affiché en mairie et sur les lieux. Ampliation en sera adressée à la "
      "brigade de gendarmerie de Lessay et au centre de secours.", 10, "", "L", 6)
    p("Fait à Brévillon-sur-Mer, le 27 novembre 2026\nLe Maire,\nAnne-Sophie Lemarquand", 10, "", "R", 10)
    p("Accusé de réception en préfecture\nID : 050-215099300-20261127-2026_079-AR\nDate de télétransmission : "
      "27/11/2026\nDate de réception préfecture : 27/11/2026", 7, "", "L", 0)
    pdf.output(str(OUT / "arrete-2026-079-rue-du-semaphore.pdf"))


make_pdf()
print("fichiers écrits dans", OUT)
