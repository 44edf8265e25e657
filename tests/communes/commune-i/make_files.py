#!/usr/bin/env python3
"""Génère les fichiers publiés (fictifs) de la commune de Tréganval (Finistère) dans files/.

Lancer avec /work/main/.venv/bin/python (fpdf2 est requis pour les arrêtés PDF) :
    /work/main/.venv/bin/python make_files.py
Tout est inventé : noms, téléphones, montants, numéros.
"""
import csv
import io
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "files"
OUT.mkdir(exist_ok=True)

COMMUNE = "Tréganval"
SIRET = "21290398000016"
SIRET_CAMPING = "21290398000024"

# ---------------------------------------------------------------- commune.yml
COMMUNE_YML = """\
# Profil de la commune de Tréganval (fictive)
nom: Tréganval
code_insee: "29398"
siret: "21290398000016"
population: 1912
site_web: https://www.treganval.bzh
maire: Annaïg Kerbrat
description: >-
  Commune littorale du nord Finistère : un port de plaisance, trois plages (Porz Gwenn, le Vourc'h,
  l'anse de Pors Ruz), un camping municipal et le festival Gouel ar Mor chaque mois d'août.
mairie:
  adresse: 2 place de l'Église, 29890 Tréganval
  telephone: 02 98 41 27 60
  email: mairie@treganval.bzh
  horaires: "Mo,We,Fr 08:30-12:00; Tu,Th 08:30-12:00,13:30-17:30; Sa 09:30-11:30; PH off"
"""

# ---------------------------------------------------------------- fiches (Excel, Windows-1252, ;)
FICHES = [
    ("Les chiens sont-ils autorisés sur les plages ?",
     "Du 1er juin au 30 septembre, les chiens sont interdits, même tenus en laisse, sur la plage de Porz Gwenn "
     "et sur la plage du Vourc'h (arrêté municipal n° 2026-018). Ils restent admis toute l'année, tenus en laisse, "
     "sur l'anse de Pors Ruz. Hors saison, les chiens sont acceptés sur toutes les plages, tenus en laisse. "
     "Merci de ramasser les déjections : des sacs sont à disposition aux entrées de plage.",
     "chien plage|chien interdit plage été|où promener mon chien au bord de mer|plage pour chiens|animaux sur la plage|toutou plage",
     "plages", "https://www.treganval.bzh/plages"),
    ("Quand la plage est-elle surveillée ?",
     "La baignade est surveillée à la plage de Porz Gwenn du 4 juillet au 30 août 2026, tous les jours de 13h30 "
     "à 19h00, par les nageurs sauveteurs de la SNSM. Le poste de secours est en haut de la cale de la plage. "
     "Les plages du Vourc'h et de Pors Ruz ne sont pas surveillées.",
     "maître nageur|baignade surveillée|horaires surveillance plage|poste de secours|sauveteurs plage|MNS",
     "plages", "https://www.treganval.bzh/plages"),
    ("Quand le camping municipal est-il ouvert ?",
     "Le camping municipal du Vourc'h (2 étoiles, 86 emplacements) est ouvert du 1er avril au 30 septembre. "
     "L'accueil est ouvert de 9h00 à 12h00 et de 16h00 à 19h00 en juillet et août, de 10h00 à 12h00 le reste "
     "de la saison. Réservations au 02 98 41 33 85 ou à camping@treganval.bzh. Les tarifs sont votés chaque "
     "année par le conseil municipal.",
     "camping ouvert|réserver au camping|camping du vourch|ouverture camping|emplacement tente|camping municipal dates",
     "tourisme", "https://www.treganval.bzh/camping"),
    ("Où stationner un camping-car ?",
     "L'aire de camping-cars du Vourc'h, à l'entrée du camping municipal, compte 14 places avec vidange et "
     "point d'eau, ouverte toute l'année. Le stationnement des camping-cars est interdit de 22h00 à 7h00 sur le "
     "reste de la commune (arrêté n° 2025-089), notamment sur le parking de la plage de Porz Gwenn et sur le port.",
     "aire camping car|dormir en camping-car|vidange camping car|fourgon aménagé nuit|stationnement camping car",
     "tourisme", ""),
    ("Comment obtenir une place de mouillage au port ?",
     "Les demandes de mouillage se font au bureau du port (capitainerie), quai du Léon. Il existe une liste "
     "d'attente : la demande doit être renouvelée chaque année avant le 31 janvier. Le bureau du port est ouvert "
     "du lundi au samedi de 9h00 à 12h00, et aussi de 14h00 à 18h00 en juillet et août. Tél. 02 98 41 30 12. "
     "Les tarifs annuels sont votés par le conseil municipal.",
     "place au port|corps mort|bouée de mouillage|liste d'attente port|ranger mon bateau|capitainerie|port de plaisance",
     "port", "https://www.treganval.bzh/port"),
    ("Comment mettre un bateau à l'eau ?",
     "La cale de mise à l'eau du port est praticable à toute heure de marée. La mise à l'eau est payante (à la "
     "journée ou au forfait annuel) : le ticket s'achète au bureau du port ou à l'horodateur du quai du Léon. "
     "Les remorques se garent sur le parking des remorques, derrière la capitainerie.",
     "mettre bateau à l'eau|cale|mise à l'eau jet ski|remorque bateau|ticket cale|descendre le bateau",
     "port", "https://www.treganval.bzh/port"),
    ("Quels sont les jours de ramassage des poubelles ?",
     "La collecte est assurée par la communauté de communes de Pen-ar-Bed Nord. Ordures ménagères (bac à "
     "couvercle vert) : le mardi matin. Emballages et papiers (bac à couvercle jaune) : le vendredi matin, une "
     "semaine sur deux (semaines paires). En juillet et août, les ordures ménagères sont aussi ramassées le "
     "vendredi dans le bourg et au port. Sortez les bacs la veille au soir.",
     "poubelle jour|ramassage ordures|bac jaune|collecte déchets|sortir les poubelles|ordures ménagères",
     "déchets", ""),
    ("Où est la déchetterie ?",
     "La déchetterie intercommunale de Kervéguen (route de Lanvizien) est ouverte le lundi, le mercredi, le "
     "vendredi et le samedi de 9h00 à 12h00 et de 14h00 à 18h00. Elle est fermée le mardi, le jeudi, le dimanche "
     "et les jours fériés. Accès avec la carte de déchetterie, à demander à la communauté de communes.",
     "déchèterie horaires|jeter encombrants|végétaux déchetterie|badge déchetterie|gravats",
     "déchets", ""),
    ("Comment inscrire mon enfant à la cantine ?",
     "Le restaurant scolaire de l'école des Goélands accueille les enfants le lundi, le mardi, le jeudi et le "
     "vendredi. L'inscription se fait en mairie avec le dossier unique (fiche de renseignements, attestation "
     "d'assurance). Les repas sont préparés sur place. Facture mensuelle, à payer en ligne ou au centre des "
     "finances publiques.",
     "restaurant scolaire|inscription cantine|menu cantine|repas école|dossier unique",
     "école", ""),
    ("Quels sont les horaires de la garderie ?",
     "La garderie périscolaire, dans les locaux de l'école des Goélands, est ouverte les jours d'école de 7h30 à "
     "8h50 et de 16h30 à 18h45. Le mercredi, pas de garderie : l'accueil de loisirs intercommunal fonctionne à "
     "Lanvizien.",
     "garderie matin|périscolaire|accueil avant l'école|garderie soir heure|garderie mercredi",
     "école", ""),
    ("Peut-on faire sa carte d'identité à la mairie ?",
     "Non, la mairie de Tréganval n'est pas équipée du dispositif de recueil des empreintes. Les cartes "
     "nationales d'identité et les passeports se demandent sur rendez-vous dans une mairie équipée, la plus "
     "proche étant celle de Lanvizien (02 98 41 50 50). Faites d'abord la pré-demande en ligne sur le site de l'ANTS.",
     "carte d'identité|CNI|passeport|renouveler papiers d'identité|pré-demande ants",
     "état civil", "https://ants.gouv.fr"),
    ("Comment louer la salle Ty Kreiz ?",
     "La salle polyvalente Ty Kreiz (rue de Kerléo, 180 places) se réserve en mairie, au moins deux mois à "
     "l'avance. Un contrat de location est signé et une caution est demandée. Les tarifs sont fixés par "
     "délibération du conseil municipal. La salle n'est pas louée pendant le festival Gouel ar Mor.",
     "louer salle|salle des fêtes|réservation salle polyvalente|salle pour anniversaire|location salle mariage",
     "vie associative", ""),
    ("Quand peut-on tondre la pelouse ?",
     "Les travaux de bricolage et de jardinage bruyants (tondeuse, tronçonneuse, perceuse…) sont autorisés du "
     "lundi au vendredi de 8h30 à 12h00 et de 14h00 à 19h30, le samedi de 9h00 à 12h00 et de 15h00 à 19h00, "
     "le dimanche et les jours fériés de 10h00 à 12h00.",
     "tondeuse horaires|bruit voisinage|tondre dimanche|travaux bruyants|heures bricolage|débroussailleuse",
     "cadre de vie", ""),
    ("Peut-on faire un barbecue sur la plage ?",
     "Non. Les feux, les barbecues (même jetables) et les braseros sont interdits toute l'année sur les plages, "
     "les dunes et le sentier côtier (arrêté municipal n° 2026-031). Le camping et le bivouac sur la plage et "
     "dans les dunes sont aussi interdits.",
     "barbecue plage|feu de camp plage|bivouac plage|dormir sur la plage|brasero",
     "plages", ""),
    ("Puis-je brûler mes déchets verts ?",
     "Non, le brûlage des déchets verts à l'air libre est interdit toute l'année (règlement sanitaire "
     "départemental). Déposez-les à la déchetterie de Kervéguen ou compostez-les : la communauté de communes "
     "vend des composteurs 15 €.",
     "brûler feuilles|feu de jardin|bruler branches|écobuage|incinérer tonte",
     "déchets", ""),
    ("Quand a lieu le marché ?",
     "Le marché hebdomadaire se tient le jeudi matin de 8h00 à 13h00 place de l'Église, toute l'année. En "
     "juillet et août, un marché nocturne a lieu le mardi de 18h00 à 23h00 sur le quai du Léon.",
     "jour de marché|marché nocturne|marché du jeudi|producteurs locaux|marché d'été",
     "vie locale", ""),
    ("Quand a lieu le festival Gouel ar Mor ?",
     "Le festival Gouel ar Mor, la fête de la mer de Tréganval, a lieu du vendredi 7 au dimanche 9 août 2026 "
     "sur le port : concerts, régates de vieux gréements, fest-noz le samedi soir. Entrée libre. Il est "
     "organisé par l'association Gouel ar Mor (voir l'annuaire). Pendant le festival, le quai du Léon et la "
     "rue du Port sont fermés à la circulation.",
     "fête de la mer|festival été|concert port août|fest noz|gouel ar mor programme|festival du port",
     "vie locale", "https://www.gouelarmor.bzh"),
    ("Comment acheter une concession au cimetière ?",
     "Les concessions (15 ou 30 ans) et les cases du columbarium s'achètent en mairie. Le cimetière est ouvert "
     "tous les jours de 8h00 à 19h00 d'avril à septembre et de 8h30 à 17h30 d'octobre à mars. Les tarifs sont "
     "fixés par délibération du conseil municipal.",
     "concession cimetière|columbarium|tombe|horaires cimetière|caveau",
     "cimetière", ""),
    ("Faut-il une autorisation pour construire un abri de jardin ?",
     "Oui : à partir de 5 m² de surface, une déclaration préalable de travaux est nécessaire, et un permis de "
     "construire au-delà de 20 m². Les dossiers se déposent en mairie ou en ligne sur le guichet numérique des "
     "autorisations d'urbanisme. La commune est couverte par le PLUi de Pen-ar-Bed Nord ; en bord de mer, la loi "
     "Littoral s'applique.",
     "abri de jardin|déclaration préalable|permis de construire|clôture autorisation|véranda|PLU",
     "urbanisme", ""),
    ("Comment s'inscrire sur les listes électorales ?",
     "Inscription en ligne sur service-public.fr ou en mairie, avec une pièce d'identité et un justificatif de "
     "domicile de moins de 3 mois. Pour voter à une élection, il faut être inscrit au plus tard le 6e vendredi "
     "avant le scrutin.",
     "inscription liste électorale|voter|carte électorale|changement d'adresse électeur",
     "élections", "https://www.service-public.fr"),
    ("Mon enfant a 16 ans, que doit-il faire ?",
     "Tout jeune Français doit se faire recenser dans les trois mois qui suivent ses 16 ans, en mairie (avec sa "
     "carte d'identité et le livret de famille) ou en ligne. L'attestation de recensement est demandée pour les "
     "examens et le permis de conduire.",
     "recensement 16 ans|recensement militaire|JDC|attestation de recensement|recensement citoyen",
     "état civil", ""),
    ("Quels sont les horaires de la bibliothèque ?",
     "La bibliothèque municipale (1 rue de l'Église) est ouverte le mercredi de 14h00 à 17h30 et le samedi de "
     "10h00 à 12h00. Le prêt est gratuit pour les habitants de la commune. En juillet et août, elle ouvre aussi "
     "le vendredi de 17h00 à 19h00.",
     "bibliothèque horaires|emprunter des livres|médiathèque|prêt de livres",
     "culture", ""),
    ("Les toilettes de la plage sont-elles ouvertes ?",
     "Les toilettes publiques et les douches de la plage de Porz Gwenn sont ouvertes du 15 juin au 15 septembre, "
     "de 8h00 à 20h00. Hors saison, seules les toilettes du port (quai du Léon) restent ouvertes toute l'année.",
     "wc plage|douche plage|toilettes publiques|sanitaires port|douches",
     "plages", ""),
    ("Qui contacter pour l'eau et l'assainissement ?",
     "L'eau potable et l'assainissement sont gérés par le syndicat des eaux de la Côte des Abers (SECA), pas par "
     "la mairie. Pour un abonnement, une facture ou une fuite avant compteur : 02 98 04 71 20 (urgences 24h/24 "
     "au même numéro).",
     "facture d'eau|fuite d'eau|compteur d'eau|assainissement|tout-à-l'égout|eau coupée",
     "eau", ""),
    ("Où sont les objets trouvés ?",
     "Les objets trouvés se déposent et se réclament en mairie. En été, les objets trouvés sur la plage de Porz "
     "Gwenn sont gardés au poste de secours jusqu'au soir, puis remis à la mairie.",
     "objet perdu|j'ai perdu mes clés|portefeuille trouvé|perdu sur la plage",
     "vie pratique", ""),
    ("Comment obtenir un acte de naissance ?",
     "Les actes de naissance, de mariage et de décès se demandent à la mairie du lieu de l'événement. Pour un "
     "acte établi à Tréganval : en ligne sur service-public.fr, par courrier ou à l'accueil de la mairie. "
     "C'est gratuit ; comptez une semaine.",
     "acte de naissance|copie intégrale|extrait d'acte|acte de mariage|acte de décès",
     "état civil", "https://www.service-public.fr"),
]

# ---------------------------------------------------------------- arrêtés CSV (UTF-8 BOM, ;, dates JJ/MM/AAAA)
ARR_CSV_COLS = ["COLL_NOM", "COLL_SIRET", "ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_MATIERE_CODE",
                "ARR_MATIERE_NOM", "ARR_OBJET", "ARR_DEBUT", "ARR_FIN", "ARR_LIEU", "ARR_URL"]
POLICE = ("6.1", "libertés publiques et pouvoirs de police/police municipale")
VOIRIE = ("8.3", "domaines de compétences par thèmes/voirie")
ARR_CSV = [
    ("2025-040", "14/04/2025", "permanent", VOIRIE,
     "Limitation de la vitesse à 30 km/h route de la Corniche et rue de Pen ar Menez",
     "", "", "route de la Corniche;rue de Pen ar Menez"),
    ("2026-012", "02/03/2026", "temporaire", VOIRIE,
     "Zone bleue sur le quai du Léon : stationnement limité à 1h30 de 9h00 à 19h00, disque obligatoire",
     "01/04/2026", "31/10/2026", "quai du Léon"),
    ("2026-039", "30/06/2026", "temporaire", VOIRIE,
     "Marché nocturne du mardi : circulation et stationnement interdits quai du Léon les mardis de 17h00 à 23h30",
     "07/07/2026", "25/08/2026", "quai du Léon"),
    ("2026-055", "20/08/2026", "temporaire", POLICE,
     "Interdiction temporaire de la baignade plage du Vourc'h à la suite d'une pollution bactériologique",
     "21/08/2026", "24/08/2026", "plage du Vourc'h"),
    ("2026-068", "30/10/2026", "temporaire", VOIRIE,
     "Cérémonie du 11 novembre : circulation et stationnement interdits rue de l'Église de 10h00 à 12h00",
     "11/11/2026", "11/11/2026", "rue de l'Église;place du Monument"),
    ("2026-071", "18/11/2026", "temporaire", POLICE,
     "Fermeture de la cale de mise à l'eau du port pendant les travaux de réfection",
     "30/11/2026", "18/12/2026", "cale du port;quai du Léon"),
    ("2026-079", "02/12/2026", "temporaire", VOIRIE,
     "Pose des illuminations de Noël : stationnement interdit rue de l'Église de 8h00 à 12h00",
     "08/12/2026", "08/12/2026", "rue de l'Église"),
]

# ---------------------------------------------------------------- arrêtés PDF
GENDARMERIE = ("Le commandant de la brigade de gendarmerie de Lanvizien et le garde champêtre de la commune "
               "sont chargés, chacun en ce qui le concerne, de l'exécution du présent arrêté, qui sera affiché "
               "en mairie et sur les lieux.")
PDFS = [
    dict(file="arrete_2026-018_chiens_plages.pdf", num="2026-018", date="20 avril 2026", stamp="20260420",
         tele="21/04/2026",
         objet="Réglementation de l'accès des chiens aux plages pendant la saison estivale 2026",
         vus=["le Code général des collectivités territoriales, notamment ses articles L.2212-1, L.2212-2 et L.2213-23",
              "le Code rural et de la pêche maritime, notamment son article L.211-22",
              "l'arrêté municipal n° 2019-044 du 3 juin 2019 relatif à la propreté de la plage de Kerléo"],
         considerants=["la forte fréquentation des plages de la commune pendant la saison estivale",
                       "qu'il y a lieu d'assurer l'hygiène et la sécurité des usagers des plages"],
         articles=["Du 1er juin 2026 au 30 septembre 2026 inclus, l'accès des chiens, même tenus en laisse, est "
                   "interdit sur la plage de Porz Gwenn et sur la plage du Vourc'h.",
                   "Les chiens tenus en laisse restent admis toute l'année sur l'anse de Pors Ruz. Les propriétaires "
                   "sont tenus de ramasser les déjections de leur animal.",
                   "Ces dispositions ne s'appliquent pas aux chiens guides d'aveugles ni aux chiens d'assistance.",
                   "Les infractions au présent arrêté seront constatées par procès-verbal et punies des peines "
                   "prévues par les lois et règlements en vigueur.",
                   GENDARMERIE]),
    dict(file="arrete_2026-024_baignade_porz_gwenn.pdf", num="2026-024", date="28 mai 2026", stamp="20260528",
         tele="29/05/2026",
         objet="Police de la baignade et des activités nautiques sur la plage de Porz Gwenn – saison 2026",
         vus=["le Code général des collectivités territoriales, notamment son article L.2213-23",
              "l'arrêté du préfet maritime de l'Atlantique n° 2020/091 réglementant la navigation dans la bande "
              "littorale des 300 mètres",
              "la convention triennale passée avec la Société nationale de sauvetage en mer (SNSM) le 12 avril 2024"],
         considerants=["qu'il importe d'assurer la sécurité des baigneurs et des pratiquants d'activités nautiques"],
         articles=["Une zone réservée uniquement à la baignade est balisée devant la plage de Porz Gwenn du "
                   "15 juin 2026 au 15 septembre 2026.",
                   "La baignade est surveillée du 4 juillet 2026 au 30 août 2026, tous les jours de 13h30 à 19h00. "
                   "En dehors de ces périodes et de ces horaires, la baignade se fait aux risques et périls des usagers.",
                   "Dans la zone réservée à la baignade, la circulation de tout engin nautique (bateau, jet-ski, "
                   "planche à voile, kitesurf, paddle, kayak) est interdite. Les engins rejoignent le rivage "
                   "uniquement par le chenal balisé situé à l'est de la plage.",
                   "La signalisation par drapeaux s'impose aux baigneurs : vert, baignade surveillée sans danger "
                   "particulier ; jaune, baignade dangereuse mais surveillée ; rouge, baignade interdite.",
                   GENDARMERIE]),
    dict(file="arrete_2026-031_feux_camping_plages.pdf", num="2026-031", date="12 juin 2026", stamp="20260612",
         tele="12/06/2026",
         objet="Interdiction des feux, des barbecues et du camping sur les plages, les dunes et le sentier côtier",
         vus=["le Code général des collectivités territoriales, notamment son article L.2212-2",
              "le Code forestier",
              "l'arrêté préfectoral du 8 juillet 2024 relatif à la prévention des incendies dans le Finistère"],
         considerants=["les risques d'incendie dans les dunes de Kerléo et les dégradations constatées sur les "
                       "plages pendant l'été 2025"],
         articles=["Il est interdit, toute l'année, d'allumer des feux et d'utiliser des barbecues, y compris "
                   "jetables, et des braseros sur les plages, dans les dunes et sur le sentier côtier de la commune.",
                   "Le camping, le bivouac et l'installation de tentes sont interdits sur les plages et dans les "
                   "dunes, de jour comme de nuit. Les abris de plage et les parasols sont tolérés de 8h00 à 21h00.",
                   "L'arrêté n° 2018-027 du 5 juillet 2018 est abrogé.",
                   GENDARMERIE]),
    dict(file="arrete_2026-047_festival_circulation.pdf", num="2026-047", date="20 juillet 2026",
         stamp="20260720", tele="21/07/2026",
         objet="Réglementation de la circulation et du stationnement pendant le festival Gouel ar Mor 2026",
         vus=["le Code général des collectivités territoriales, notamment ses articles L.2212-2 et L.2213-1",
              "le Code de la route",
              "la demande de l'association Gouel ar Mor du 2 juin 2026"],
         considerants=["qu'il y a lieu d'assurer la sécurité du public pendant le festival Gouel ar Mor qui se "
                       "tiendra sur le port"],
         articles=["Du vendredi 7 août 2026 à 14h00 au lundi 10 août 2026 à 6h00, la circulation et le "
                   "stationnement de tous les véhicules sont interdits sur le quai du Léon et dans la rue du Port.",
                   "Une déviation est mise en place par la rue de Kerléo et la route de la Corniche.",
                   "Les festivaliers stationnent sur le parking provisoire du terrain de Kerhuel, route de Lanvizien.",
                   "Ces interdictions ne s'appliquent pas aux véhicules de secours ni aux véhicules des "
                   "organisateurs munis d'un laissez-passer.",
                   GENDARMERIE]),
    dict(file="arrete_2026-048_buvette_festival.pdf", num="2026-048", date="20 juillet 2026",
         stamp="20260720", tele="21/07/2026", type="individuel",
         objet="Autorisation d'ouverture d'un débit de boissons temporaire – festival Gouel ar Mor",
         vus=["le Code de la santé publique, notamment ses articles L.3334-2 et L.3335-4",
              "la demande présentée le 2 juin 2026 par l'association Gouel ar Mor"],
         considerants=["que la manifestation est organisée par une association déclarée"],
         articles=["L'association Gouel ar Mor, représentée par sa présidente Mme Katell Guéguen, est autorisée "
                   "à ouvrir un débit de boissons temporaire sur le quai du Léon du 7 août 2026 au 9 août 2026, "
                   "pour la vente de boissons sans alcool et de boissons fermentées non distillées (bière, cidre, vin).",
                   "La buvette est ouverte le vendredi et le samedi de 14h00 à 2h00, et le dimanche de 11h00 à 23h00.",
                   "La vente et l'offre de boissons alcooliques aux mineurs sont interdites.",
                   GENDARMERIE]),
    dict(file="arrete_2026-062_travaux_rue_de_kerleo.pdf", num="2026-062", date="15 septembre 2026",
         stamp="20260915", tele="16/09/2026",
         objet="Travaux de renouvellement du réseau d'eaux pluviales rue de Kerléo – circulation alternée",
         vus=["le Code général des collectivités territoriales, notamment son article L.2213-1",
              "le Code de la route",
              "la demande de l'entreprise SARL Le Roux TP du 3 septembre 2026"],
         considerants=["que les travaux nécessitent de réglementer la circulation"],
         articles=["Du lundi 12 octobre 2026 au vendredi 6 novembre 2026, la circulation est alternée par feux "
                   "tricolores rue de Kerléo, entre la salle Ty Kreiz et le carrefour de la route de la Corniche.",
                   "Le stationnement est interdit au droit du chantier et la vitesse y est limitée à 30 km/h.",
                   "La signalisation est mise en place et entretenue par l'entreprise SARL Le Roux TP.",
                   GENDARMERIE]),
    dict(file="arrete_2026-071_fermeture_cale.pdf", num="2026-071", date="18 novembre 2026",
         stamp="20261118", tele="19/11/2026",
         objet="Fermeture de la cale de mise à l'eau du port pendant les travaux de réfection",
         vus=["le Code général des collectivités territoriales, notamment son article L.2212-2",
              "la délibération du conseil municipal du 24 septembre 2026 attribuant le marché de réfection de la cale"],
         considerants=["que les travaux de réfection de la cale du port rendent son usage dangereux"],
         articles=["Du lundi 30 novembre 2026 au vendredi 18 décembre 2026, l'accès à la cale de mise à l'eau du "
                   "port et la mise à l'eau de toute embarcation depuis cette cale sont interdits.",
                   "Pendant les travaux, les plaisanciers peuvent utiliser la cale de l'anse de Pors Ruz, "
                   "praticable à partir de la mi-marée.",
                   "Pendant la même période, le stationnement est interdit sur le parking des remorques du quai du "
                   "Léon, réservé aux engins du chantier.",
                   GENDARMERIE]),
    dict(file="arrete_2026-074_marche_de_noel.pdf", num="2026-074", date="25 novembre 2026",
         stamp="20261125", tele="26/11/2026",
         objet="Marché de Noël – interdiction de stationnement et de circulation place de l'Église",
         vus=["le Code général des collectivités territoriales, notamment ses articles L.2212-2 et L.2213-1",
              "la demande de l'association des parents d'élèves de l'école des Goélands du 4 novembre 2026"],
         considerants=["qu'il convient d'assurer la sécurité des visiteurs du marché de Noël"],
         articles=["Le samedi 19 décembre 2026, de 7h00 à 20h00, le stationnement et la circulation sont interdits "
                   "place de l'Église, pour l'installation et la tenue du marché de Noël.",
                   "Les véhicules en infraction seront mis en fourrière aux frais de leur propriétaire.",
                   GENDARMERIE]),
    dict(file="arrete_2026-076_travaux_enedis_rue_des_goelands.pdf", num="2026-076", date="1er décembre 2026",
         stamp="20261201", tele="01/12/2026",
         objet="Travaux Enedis – route barrée rue des Goélands",
         vus=["le Code général des collectivités territoriales, notamment son article L.2213-1",
              "la demande de la société Enedis du 20 novembre 2026"],
         considerants=["que le remplacement d'un câble électrique souterrain impose de fermer la voie"],
         articles=["Du lundi 7 décembre 2026 au vendredi 11 décembre 2026, de 8h00 à 17h30, la circulation est "
                   "interdite rue des Goélands, entre le n° 2 et le n° 24, sauf riverains et services de secours.",
                   "Une déviation est mise en place par la rue de l'Église et la route de la Corniche.",
                   GENDARMERIE]),
    dict(file="arrete_sentier_cotier_pointe_du_castel.pdf", num=None, date="10 novembre 2026",
         stamp=None, tele=None,
         objet="Fermeture temporaire du sentier côtier entre la pointe du Castel et l'anse de Pors Ruz à la suite "
               "d'un éboulement de falaise",
         vus=["le Code général des collectivités territoriales, notamment ses articles L.2212-2 et L.2212-4",
              "le rapport du bureau d'études géotechniques du 6 novembre 2026"],
         considerants=["l'éboulement de falaise survenu le 5 novembre 2026 et le risque de nouvelles chutes de blocs"],
         articles=["À compter du 10 novembre 2026 et jusqu'à la fin des travaux de confortement, le sentier côtier "
                   "(GR 34) est fermé à tout public entre la pointe du Castel et l'anse de Pors Ruz.",
                   "Une déviation est balisée par la route de la Corniche.",
                   GENDARMERIE]),
    dict(file="arrete_2025-089_camping-cars.pdf", num="2025-089", date="10 décembre 2025", stamp="20251210",
         tele="11/12/2025", type="permanent",
         objet="Interdiction du stationnement nocturne des camping-cars en dehors de l'aire du Vourc'h",
         vus=["le Code général des collectivités territoriales, notamment ses articles L.2213-2 et L.2213-4",
              "le Code de l'urbanisme"],
         considerants=["les nuisances constatées pendant l'été 2025 sur les parkings du littoral"],
         articles=["Le stationnement des camping-cars, fourgons aménagés et caravanes est interdit de 22h00 à 7h00 "
                   "sur l'ensemble des voies et parkings publics de la commune, à l'exception de l'aire de "
                   "camping-cars du Vourc'h.",
                   "Cette interdiction s'applique notamment au parking de la plage de Porz Gwenn, au quai du Léon "
                   "et au parking de la pointe du Castel.",
                   "Les infractions seront punies de l'amende prévue pour les contraventions de deuxième classe.",
                   GENDARMERIE]),
]

# ---------------------------------------------------------------- délibérations SCDL 2.1.5
DELIB_COLS = ["COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM",
              "DELIB_OBJET", "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID", "PREF_DATE", "VOTE_EFFECTIF", "VOTE_REEL",
              "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION", "DELIB_URL"]
DIVERS = ("7.10", "finances locales/divers")
SUBV = ("7.5", "finances locales/subventions")
DELIBS = [
    ("DEL2025-058", "2025-12-11", DIVERS,
     "Tarifs du port de plaisance pour l'année 2026 : mouillage annuel des bateaux de moins de 6 m 410 €, "
     "de 6 m à 7,99 m 560 €, de 8 m et plus 720 € ; nuitée d'un bateau visiteur 18 € ; mise à l'eau à la cale "
     "8 € la journée ou forfait annuel de 95 €", "2026", "", (19, 18, 18, 0, 0)),
    ("DEL2025-059", "2025-12-11", DIVERS,
     "Tarifs 2026 du camping municipal du Vourc'h : forfait emplacement 2 personnes avec véhicule 17,50 € la "
     "nuit, personne supplémentaire 4,20 €, enfant de moins de 7 ans 2,10 €, chien 1,80 €, branchement "
     "électrique 4,50 € ; aire de camping-cars 10 € la nuit, services compris", "2026",
     "Camping municipal du Vourc'h", (19, 18, 18, 0, 0)),
    ("DEL2025-060", "2025-12-11", DIVERS,
     "Tarifs de la restauration scolaire et de la garderie au 1er janvier 2026 : repas enfant 3,10 €, repas "
     "adulte 6,40 €, garderie 0,90 € la demi-heure", "2026", "", (19, 18, 17, 0, 1)),
    ("DEL2026-011", "2026-03-26", ("7.2", "finances locales/fiscalité"),
     "Vote des taux d'imposition 2026 : taux inchangés, taxe foncière sur les propriétés bâties 38,12 %, taxe "
     "foncière sur les propriétés non bâties 52,40 %, taxe d'habitation sur les résidences secondaires 14,85 %",
     "2026", "", (19, 19, 16, 3, 0)),
    ("DEL2026-012", "2026-03-26", SUBV,
     "Attribution des subventions aux associations pour 2026 : SNSM station de Tréganval 2 500 €, ES Tréganval "
     "football 2 200 €, APE de l'école des Goélands 1 500 €, Club nautique de Tréganval 3 000 €, Cercle "
     "celtique Bro Dreganval 900 €, Amicale des retraités 600 €, autres associations 1 700 €, soit 12 400 € au "
     "total", "2026", "", (19, 19, 19, 0, 0)),
    ("DEL2026-013", "2026-03-26", SUBV,
     "Subvention exceptionnelle de 6 000 € à l'association Gouel ar Mor pour l'organisation du festival 2026",
     "2026", "", (19, 19, 15, 2, 2)),
    ("DEL2026-014", "2026-03-26", ("7.1", "finances locales/décisions budgétaires"),
     "Approbation du compte administratif 2025 du budget principal et du budget annexe du camping municipal",
     "2025", "", (19, 18, 18, 0, 0)),
    ("DEL2026-027", "2026-05-21", DIVERS,
     "Tarifs de location de la salle Ty Kreiz : week-end 180 € pour les habitants de la commune, 320 € pour les "
     "personnes extérieures, journée en semaine 90 €, gratuité pour les associations communales, caution 500 €",
     "2026", "", (19, 17, 17, 0, 0)),
    ("DEL2026-028", "2026-05-21", DIVERS,
     "Tarifs du cimetière : concession de 15 ans 120 €, concession de 30 ans 240 €, case de columbarium pour "
     "15 ans 450 €, dispersion des cendres au jardin du souvenir gratuite", "2026", "", (19, 17, 17, 0, 0)),
    ("DEL2026-035", "2026-06-25", DIVERS,
     "Tarifs de la restauration scolaire à compter du 1er septembre 2026 : repas enfant 3,25 €, repas adulte "
     "6,60 € ; tarif de la garderie inchangé", "2026", "", (19, 19, 16, 3, 0)),
    ("DEL2026-036", "2026-06-25", ("8.9", "domaines de compétences par thèmes/culture"),
     "Convention avec la SNSM pour la surveillance de la plage de Porz Gwenn en juillet et août 2026 : "
     "participation de la commune de 14 200 €", "2026", "", (19, 19, 19, 0, 0)),
    ("DEL2026-049", "2026-09-24", ("1.1", "commande publique/marchés publics"),
     "Réfection de la cale de mise à l'eau du port : attribution du marché de travaux à l'entreprise Travaux "
     "Maritimes de l'Iroise pour 148 600 € HT", "2026", "", (19, 19, 17, 0, 2)),
    ("DEL2026-050", "2026-09-24", SUBV,
     "Rénovation énergétique de l'école des Goélands : demande de subventions DETR et DSIL pour un projet de "
     "320 000 € HT", "2026", "", (19, 18, 18, 0, 0)),
    ("DEL2026-061", "2026-11-19", DIVERS,
     "Tarifs du port de plaisance pour l'année 2027 : mouillage annuel des bateaux de moins de 6 m 420 €, de "
     "6 m à 7,99 m 575 €, de 8 m et plus 740 € ; nuitée d'un bateau visiteur 19 € ; mise à l'eau à la cale 8 € "
     "la journée ou forfait annuel de 100 €", "2027", "", (19, 19, 18, 1, 0)),
    ("DEL2026-062", "2026-11-19", ("4.1", "fonction publique/personnel titulaires et stagiaires de la FPT"),
     "Création d'un poste d'adjoint technique territorial à temps complet au 1er janvier 2027 pour l'entretien "
     "du port et des plages", "2027", "", (19, 19, 19, 0, 0)),
]

# ---------------------------------------------------------------- budget SCDL 0.8.3 (CA 2025, M57)
BGT_COLS = ["BGT_NATDEC", "BGT_ANNEE", "BGT_SIRET", "BGT_NOM", "BGT_CONTNAT", "BGT_CONTNAT_LABEL",
            "BGT_NATURE", "BGT_NATURE_LABEL", "BGT_FONCTION", "BGT_FONCTION_LABEL", "BGT_OPERATION",
            "BGT_SECTION", "BGT_OPBUDG", "BGT_CODRD", "BGT_MTREAL", "BGT_MTBUDGPREC", "BGT_MTRARPREC",
            "BGT_MTPROPNOUV", "BGT_MTPREV", "BGT_CREDOUV", "BGT_MTRAR3112", "BGT_ARTSPE"]
F, I = "fonctionnement", "investissement"
D, R = "dépense", "recette"
CH = {
    "011": "Charges à caractère général", "012": "Charges de personnel et frais assimilés",
    "65": "Autres charges de gestion courante", "66": "Charges financières", "67": "Charges spécifiques",
    "013": "Atténuations de charges", "70": "Produits des services, du domaine et ventes diverses",
    "731": "Fiscalité locale", "73": "Impôts et taxes (sauf 731)", "74": "Dotations et participations",
    "75": "Autres produits de gestion courante", "77": "Produits spécifiques",
    "023": "Virement à la section d'investissement", "021": "Virement de la section de fonctionnement",
    "042": "Opérations d'ordre de transfert entre sections", "040": "Opérations d'ordre de transfert entre sections",
    "002": "Résultat de fonctionnement reporté", "001": "Solde d'exécution de la section d'investissement reporté",
    "16": "Emprunts et dettes assimilées", "20": "Immobilisations incorporelles",
    "204": "Subventions d'équipement versées", "21": "Immobilisations corporelles",
    "23": "Immobilisations en cours", "10": "Dotations, fonds divers et réserves",
    "13": "Subventions d'investissement",
}
# (section, sens, opbudg, chapitre, compte, libellé, prévu, réalisé)
BUDGET_PRINCIPAL = [
    (F, D, "réel", "011", "60611", "Eau et assainissement", 20000, 18430.25),
    (F, D, "réel", "011", "60612", "Énergie - Électricité", 75000, 71208.60),
    (F, D, "réel", "011", "60622", "Carburants", 14000, 12944.10),
    (F, D, "réel", "011", "60623", "Alimentation", 62000, 58317.45),
    (F, D, "réel", "011", "60632", "Fournitures de petit équipement", 25000, 21506.80),
    (F, D, "réel", "011", "6135", "Locations mobilières", 7000, 6480.00),
    (F, D, "réel", "011", "615221", "Entretien et réparations bâtiments publics", 40000, 34875.32),
    (F, D, "réel", "011", "615231", "Entretien et réparations voiries", 30000, 27190.00),
    (F, D, "réel", "011", "6156", "Maintenance", 15000, 14322.18),
    (F, D, "réel", "011", "6161", "Multirisques", 16500, 15908.77),
    (F, D, "réel", "011", "6226", "Honoraires", 10000, 8640.00),
    (F, D, "réel", "011", "6232", "Fêtes et cérémonies", 21000, 19455.60),
    (F, D, "réel", "011", "6261", "Frais d'affranchissement", 2500, 2130.44),
    (F, D, "réel", "011", "6262", "Frais de télécommunications", 6500, 5804.91),
    (F, D, "réel", "011", "63512", "Taxes foncières", 3500, 3210.00),
    (F, D, "réel", "012", "64111", "Rémunération principale", 420000, 412380.55),
    (F, D, "réel", "012", "64131", "Rémunérations", 105000, 96742.10),
    (F, D, "réel", "012", "6451", "Cotisations à l'URSSAF", 82000, 78904.33),
    (F, D, "réel", "012", "6453", "Cotisations aux caisses de retraite", 122000, 118263.47),
    (F, D, "réel", "012", "6455", "Cotisations pour assurance du personnel", 15000, 14520.00),
    (F, D, "réel", "012", "6475", "Médecine du travail, pharmacie", 2000, 1860.00),
    (F, D, "réel", "65", "6531", "Indemnités", 60000, 58944.00),
    (F, D, "réel", "65", "6533", "Cotisations de retraite", 3200, 3120.00),
    (F, D, "réel", "65", "6553", "Service d'incendie", 61407, 61407.00),
    (F, D, "réel", "65", "657362", "CCAS", 12000, 12000.00),
    (F, D, "réel", "65", "65748", "Subventions de fonctionnement aux autres personnes de droit privé", 28000, 26850.00),
    (F, D, "réel", "66", "66111", "Intérêts réglés à l'échéance", 19500, 18742.36),
    (F, D, "réel", "67", "673", "Titres annulés (sur exercices antérieurs)", 2000, 1250.00),
    (F, D, "ordre", "023", "023", "Virement à la section d'investissement", 180000, None),
    (F, D, "ordre", "042", "6811", "Dotations aux amortissements des immobilisations incorporelles et corporelles", 64300, 64300.00),
    (F, R, "réel", "013", "6419", "Remboursements sur rémunérations du personnel", 8000, 9870.40),
    (F, R, "réel", "70", "70311", "Concessions dans les cimetières (produit net)", 3000, 3840.00),
    (F, R, "réel", "70", "70323", "Redevance d'occupation du domaine public", 10000, 11260.00),
    (F, R, "réel", "70", "7067", "Redevances et droits des services périscolaires et d'enseignement", 70000, 71432.80),
    (F, R, "réel", "70", "70688", "Autres prestations de services", 85000, 88640.00),
    (F, R, "réel", "731", "73111", "Impôts directs locaux", 705000, 712450.00),
    (F, R, "réel", "73", "7381", "Taxe additionnelle aux droits de mutation ou à la taxe de publicité foncière", 80000, 96318.42),
    (F, R, "réel", "74", "7411", "Dotation forfaitaire", 186402, 186402.00),
    (F, R, "réel", "74", "74121", "Dotation de solidarité rurale", 98715, 98715.00),
    (F, R, "réel", "74", "74127", "Dotation nationale de péréquation", 21330, 21330.00),
    (F, R, "réel", "74", "7473", "Départements", 12000, 12500.00),
    (F, R, "réel", "74", "744", "FCTVA", 4000, 4210.00),
    (F, R, "réel", "75", "752", "Revenus des immeubles", 40000, 41280.00),
    (F, R, "réel", "77", "7788", "Produits exceptionnels divers", 3000, 3115.50),
    (F, R, "ordre", "042", "722", "Immobilisations corporelles", 7600, 7600.00),
    (F, R, "ordre", "042", "777", "Quote-part des subventions d'investissement transférées au compte de résultat", 3200, 3200.00),
    (F, R, "réel", "002", "002", "Résultat de fonctionnement reporté", 215480.12, 215480.12),
    (I, D, "réel", "16", "1641", "Emprunts en euros", 97000, 96480.22),
    (I, D, "réel", "20", "2031", "Frais d'études", 20000, 14880.00),
    (I, D, "réel", "204", "2041582", "Autres groupements - Bâtiments et installations", 25000, 22300.00),
    (I, D, "réel", "21", "2128", "Autres agencements et aménagements de terrains", 25000, 18640.00),
    (I, D, "réel", "21", "21312", "Bâtiments scolaires", 80000, 64220.75),
    (I, D, "réel", "21", "2151", "Réseaux de voirie", 150000, 127905.60),
    (I, D, "réel", "21", "2183", "Matériel de bureau et matériel informatique", 8000, 6390.00),
    (I, D, "réel", "21", "2188", "Autres immobilisations corporelles", 20000, 15460.80),
    (I, D, "réel", "23", "2313", "Constructions", 90000, 48700.00),
    (I, D, "réel", "001", "001", "Solde d'exécution de la section d'investissement reporté", 58912.44, 58912.44),
    (I, D, "ordre", "040", "2313", "Constructions", 7600, 7600.00),
    (I, D, "ordre", "040", "13918", "Autres", 3200, 3200.00),
    (I, R, "réel", "10", "10222", "FCTVA", 58000, 58406.00),
    (I, R, "réel", "10", "10226", "Taxe d'aménagement", 10000, 12880.35),
    (I, R, "réel", "10", "1068", "Excédents de fonctionnement capitalisés", 160000, 160000.00),
    (I, R, "réel", "13", "1321", "État et établissements nationaux", 42000, 42000.00),
    (I, R, "réel", "13", "1322", "Régions", 15000, 15000.00),
    (I, R, "réel", "13", "1323", "Départements", 40000, 31500.00),
    (I, R, "réel", "16", "1641", "Emprunts en euros", 120000, 120000.00),
    (I, R, "ordre", "021", "021", "Virement de la section de fonctionnement", 180000, None),
    (I, R, "ordre", "040", "28183", "Matériel de bureau et matériel informatique", 12300, 12300.00),
    (I, R, "ordre", "040", "28188", "Autres immobilisations corporelles", 52000, 52000.00),
]
BUDGET_CAMPING = [
    (F, D, "réel", "011", "60611", "Eau et assainissement", 6800, 6412.30),
    (F, D, "réel", "011", "60612", "Énergie - Électricité", 10500, 9877.15),
    (F, D, "réel", "011", "60632", "Fournitures de petit équipement", 3000, 2480.00),
    (F, D, "réel", "011", "615221", "Entretien et réparations bâtiments publics", 8000, 7316.90),
    (F, D, "réel", "011", "6161", "Multirisques", 2000, 1920.00),
    (F, D, "réel", "011", "6236", "Catalogues et imprimés", 1200, 985.40),
    (F, D, "réel", "012", "6215", "Personnel affecté par la collectivité de rattachement", 38500, 38500.00),
    (F, D, "ordre", "042", "6811", "Dotations aux amortissements des immobilisations incorporelles et corporelles", 4200, 4200.00),
    (F, R, "réel", "70", "70688", "Autres prestations de services", 95000, 96240.60),
    (F, R, "réel", "70", "7083", "Locations diverses (autres qu'immeubles)", 4500, 4800.00),
    (F, R, "réel", "002", "002", "Résultat de fonctionnement reporté", 14205.80, 14205.80),
    (I, D, "réel", "21", "2188", "Autres immobilisations corporelles", 15000, 12600.00),
    (I, R, "ordre", "040", "28188", "Autres immobilisations corporelles", 4200, 4200.00),
]

# ---------------------------------------------------------------- annuaire
ANNU_COLS = ["nom", "categorie", "adresse", "telephone", "email", "site_web", "horaires", "description"]
ANNUAIRE = [
    ("Boulangerie Ty Bara", "boulangerie", "4 rue de l'Église, 29890 Tréganval", "02 98 41 22 14", "", "",
     "Tu-Sa 07:00-13:00,15:30-19:00; Su 07:00-12:30", "Pain au levain, kouign-amann. Fermée le lundi."),
    ("Pharmacie de la Côte", "pharmacie", "6 place de l'Église, 29890 Tréganval", "02 98 41 20 36", "", "",
     "Mo-Fr 09:00-12:15,14:00-19:00; Sa 09:00-12:15", ""),
    ("Cabinet médical du Vourc'h", "médecin généraliste", "11 rue de Kerléo, 29890 Tréganval", "02 98 41 25 70",
     "", "", "Mo-Fr 08:30-12:00,14:00-19:00; Sa 09:00-12:00",
     "Dr Erwan Le Moal et Dr Soizic Tanguy, sur rendez-vous."),
    ("Cabinet infirmier de Tréganval", "infirmier", "11 rue de Kerléo, 29890 Tréganval", "02 98 41 25 72", "", "",
     "", "Soins à domicile 7 jours sur 7, permanence au cabinet de 8h à 8h30."),
    ("Maël Quéré, masseur-kinésithérapeute", "kinésithérapeute", "3 route de la Corniche, 29890 Tréganval",
     "02 98 41 28 03", "", "", "Mo-Fr 08:00-19:00", ""),
    ("Agence postale communale", "bureau de poste", "2 place de l'Église, 29890 Tréganval", "02 98 41 27 66", "",
     "", "Mo-Fr 09:00-12:00; Sa 09:30-11:30", "Dans les locaux de la mairie : courrier, colis, retraits d'argent."),
    ("Bureau du port (capitainerie)", "port de plaisance", "quai du Léon, 29890 Tréganval", "02 98 41 30 12",
     "port@treganval.bzh", "", "Mo-Sa 09:00-12:00; Jul-Aug Mo-Sa 09:00-12:00,14:00-18:00",
     "Mouillages, bateaux visiteurs, tickets de mise à l'eau. VHF canal 9."),
    ("Camping municipal du Vourc'h", "camping", "route du Vourc'h, 29890 Tréganval", "02 98 41 33 85",
     "camping@treganval.bzh", "https://www.treganval.bzh/camping",
     "Apr-Jun,Sep 10:00-12:00; Jul-Aug 09:00-12:00,16:00-19:00", "86 emplacements, aire de camping-cars attenante."),
    ("Poste de secours SNSM de Porz Gwenn", "secours en mer", "plage de Porz Gwenn, 29890 Tréganval",
     "02 98 41 30 99", "", "", "Jul 04-Aug 30 13:30-19:00", "Nageurs sauveteurs de la SNSM en été. Urgence en mer : 196."),
    ("Bibliothèque municipale", "bibliothèque", "1 rue de l'Église, 29890 Tréganval", "02 98 41 27 68", "", "",
     "We 14:00-17:30; Sa 10:00-12:00", "Prêt gratuit pour les habitants."),
    ("École publique des Goélands", "école", "5 rue des Goélands, 29890 Tréganval", "02 98 41 24 40",
     "ec.0299998x@ac-rennes.fr", "", "", "Maternelle et élémentaire, 118 élèves. Directrice : Mme Nolwenn Abiven."),
    ("Salle polyvalente Ty Kreiz", "salle des fêtes", "rue de Kerléo, 29890 Tréganval", "02 98 41 27 60", "", "",
     "", "180 places, cuisine équipée. Réservation en mairie."),
    ("Déchetterie de Kervéguen", "déchetterie", "route de Lanvizien, 29890 Tréganval", "02 98 37 60 10", "", "",
     "Mo,We,Fr,Sa 09:00-12:00,14:00-18:00; PH off", "Déchetterie intercommunale de Pen-ar-Bed Nord."),
    ("Association Gouel ar Mor", "association culturelle", "Maison des associations, rue du Port, 29890 Tréganval",
     "06 72 18 44 90", "contact@gouelarmor.bzh", "https://www.gouelarmor.bzh", "",
     "Organise le festival de la mer Gouel ar Mor en août. Présidente : Katell Guéguen."),
    ("ES Tréganval", "association sportive", "stade de Kerhuel, route de Lanvizien, 29890 Tréganval",
     "06 31 55 20 87", "estreganval@gmail.com", "", "", "Club de football, de U7 aux vétérans. Président : Yann Cozian."),
    ("Club nautique de Tréganval", "club de voile", "cale de l'anse de Pors Ruz, 29890 Tréganval",
     "02 98 41 31 45", "cnt@treganval-voile.bzh", "", "Jul-Aug 09:30-18:30",
     "Stages de voile, location de kayaks et de paddles en juillet et août."),
    ("Crêperie An Aod", "crêperie", "8 quai du Léon, 29890 Tréganval", "02 98 41 29 51", "", "",
     "We-Su 12:00-14:00,19:00-21:30", ""),
    ("Bar-tabac Le Goéland", "bar tabac presse", "1 rue du Port, 29890 Tréganval", "02 98 41 20 11", "", "",
     "Mo-Sa 07:00-20:00; Su 08:00-13:00", "Presse, jeux, relais colis."),
    ("Épicerie du Port", "épicerie", "2 rue du Port, 29890 Tréganval", "02 98 41 21 90", "", "",
     "Mo-Sa 08:00-12:30,15:00-19:30; Su 09:00-12:30", "Alimentation générale, dépôt de gaz."),
    ("Taxi Iroise Lucas", "taxi", "12 rue de Pen ar Menez, 29890 Tréganval", "06 09 44 71 38", "", "", "",
     "Taxi conventionné, transport de malades assis, aéroport de Brest."),
    ("Cercle celtique Bro Dreganval", "association culturelle", "salle Ty Kreiz, rue de Kerléo, 29890 Tréganval",
     "06 84 12 57 36", "", "", "", "Danse bretonne : cours le jeudi soir, costumes, fest-noz."),
    ("Gendarmerie de Lanvizien", "gendarmerie", "12 rue de Brest, 29870 Lanvizien", "02 98 41 50 17", "", "",
     "", "Brigade compétente pour Tréganval. Urgence : 17."),
]

VOCABULAIRE = """\
# Mots de Tréganval (fichier tenu par le secrétariat)
Gouel ar Mor, fête de la mer, festival du port
la grande plage => plage de Porz Gwenn
Ty Kreiz, salle polyvalente, salle des fêtes
capitainerie, bureau du port
le Vourc'h, Vourch
Pors Ruz, plage des chiens
"""


def fmt_amount(x):
    return "" if x is None else f"{x:.2f}"


def write_csv(path, cols, rows, delimiter=",", encoding="utf-8", bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(cols)
    for r in rows:
        w.writerow(r)
    data = buf.getvalue()
    if bom:
        data = "\ufeff" + data
    path.write_bytes(data.encode(encoding))


def budget_rows(lines, siret, nom):
    rows = []
    for sec, sens, op, ch, nat, lab, prev, real in lines:
        row = {c: "" for c in BGT_COLS}
        row.update(BGT_NATDEC="compte administratif", BGT_ANNEE="2025", BGT_SIRET=siret, BGT_NOM=nom,
                   BGT_CONTNAT=ch, BGT_CONTNAT_LABEL=CH[ch], BGT_NATURE=nat, BGT_NATURE_LABEL=lab,
                   BGT_SECTION=sec, BGT_OPBUDG=op, BGT_CODRD=sens, BGT_MTREAL=fmt_amount(real),
                   BGT_MTPREV=fmt_amount(prev), BGT_CREDOUV=fmt_amount(prev), BGT_ARTSPE="non spécialisé")
        rows.append([row[c] for c in BGT_COLS])
    return rows


def make_pdfs():
    from fpdf import FPDF

    class Arrete(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("serif", "", 8)
            self.cell(0, 5, "Mairie de Tréganval – 2 place de l'Église – 29890 Tréganval – 02 98 41 27 60 – "
                      "mairie@treganval.bzh", align="C")

    font_dir = Path("/usr/share/fonts/truetype/dejavu")
    for a in PDFS:
        pdf = Arrete(format="A4")
        pdf.add_font("serif", "", str(font_dir / "DejaVuSerif.ttf"))
        pdf.add_font("serif", "B", str(font_dir / "DejaVuSerif-Bold.ttf"))
        pdf.set_margins(22, 18, 22)
        pdf.set_auto_page_break(True, 22)
        pdf.add_page()
        if a["stamp"]:
            # tampon @ctes en haut à droite de la première page, comme l'appose le logiciel de télétransmission
            pdf.set_font("serif", "", 7.5)
            num_u = a["num"].replace("-", "_")
            pdf.set_xy(118, 12)
            pdf.multi_cell(72, 3.8,
                           "Accusé de réception en préfecture\n"
                           f"ID : 029-212903980-{a['stamp']}-{num_u}-AR\n"
                           f"Date de télétransmission : {a['tele']}\n"
                           f"Date de réception préfecture : {a['tele']}",
                           border=1, new_x="LMARGIN", new_y="NEXT")
            pdf.set_xy(22, 18)
        pdf.set_font("serif", "B", 10)
        pdf.multi_cell(90, 5, "RÉPUBLIQUE FRANÇAISE\nDépartement du Finistère\nCommune de Tréganval",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(8)
        pdf.set_font("serif", "B", 14)
        title = f"ARRÊTÉ MUNICIPAL N° {a['num']}" if a["num"] else "ARRÊTÉ MUNICIPAL"
        pdf.multi_cell(0, 8, title, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        pdf.set_font("serif", "B", 11)
        pdf.multi_cell(0, 6, f"Objet : {a['objet']}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(5)
        pdf.set_font("serif", "", 10.5)
        pdf.multi_cell(0, 5.5, "Le Maire de la commune de Tréganval,", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        for v in a["vus"]:
            pdf.multi_cell(0, 5.5, f"Vu {v} ;", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        for c in a["considerants"]:
            pdf.multi_cell(0, 5.5, f"Considérant {c} ;", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        pdf.ln(3)
        pdf.set_font("serif", "B", 12)
        pdf.multi_cell(0, 7, "ARRÊTE", align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        for i, art in enumerate(a["articles"], 1):
            pdf.set_font("serif", "B", 10.5)
            label = "Article 1er" if i == 1 else f"Article {i}"
            pdf.multi_cell(0, 5.5, label, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("serif", "", 10.5)
            pdf.multi_cell(0, 5.5, art, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        pdf.ln(4)
        pdf.multi_cell(0, 5.5, f"Fait à Tréganval, le {a['date']}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        pdf.multi_cell(0, 5.5, "Le Maire,\nAnnaïg KERBRAT", new_x="LMARGIN", new_y="NEXT")
        pdf.output(str(OUT / a["file"]))


def main():
    (OUT / "commune.yml").write_text(COMMUNE_YML, encoding="utf-8")
    # fiches : export Excel « CSV (séparateur : point-virgule) », Windows-1252
    write_csv(OUT / "fiches.csv", ["question", "reponse", "variantes", "theme", "lien"], FICHES,
              delimiter=";", encoding="cp1252")
    arr_rows = [[COMMUNE, SIRET, n, d, t, m[0], m[1], o, deb, fin, lieu,
                 f"https://www.treganval.bzh/arretes/{n}.pdf"]
                for n, d, t, m, o, deb, fin, lieu in ARR_CSV]
    write_csv(OUT / "arretes.csv", ARR_CSV_COLS, arr_rows, delimiter=";", bom=True)
    del_rows = [[COMMUNE, SIRET, i, d, m[0], m[1], o, an, bn, f"029-212903980-{d.replace('-', '')}-{i}-DE", d,
                 *votes, f"https://www.treganval.bzh/deliberations/{i}.pdf"]
                for i, d, m, o, an, bn, votes in DELIBS]
    write_csv(OUT / "deliberations.csv", DELIB_COLS, del_rows)
    write_csv(OUT / "budget_principal_CA_2025.csv", BGT_COLS,
              budget_rows(BUDGET_PRINCIPAL, SIRET, "Tréganval"))
    write_csv(OUT / "budget_camping_CA_2025.csv", BGT_COLS,
              budget_rows(BUDGET_CAMPING, SIRET_CAMPING, "Camping municipal du Vourc'h"))
    write_csv(OUT / "annuaire.csv", ANNU_COLS, ANNUAIRE)
    (OUT / "vocabulaire.txt").write_text(VOCABULAIRE, encoding="utf-8")
    make_pdfs()


if __name__ == "__main__":
    main()
