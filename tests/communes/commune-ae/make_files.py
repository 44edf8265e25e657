"""Génère les fichiers publiés de la commune fictive Serra-di-Pinzolu (commune-ae).

Écrit par une session d'aide, à l'aveugle. Lancer avec le Python du projet (fpdf2 pour les PDF) :
    /work/main/.venv/bin/python make_files.py
Écrit files/ et totaux.txt (les sommes citées dans questions.yml).
"""
import csv
import io
from decimal import Decimal as D
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "files"
OUT.mkdir(exist_ok=True)

NOM = "Serra-di-Pinzolu"


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        n = int(c)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


SIREN = next(f"21200397{d}" for d in range(10) if luhn_ok(f"21200397{d}"))
SIRET = next(f"{SIREN}0001{d}" for d in range(10) if luhn_ok(f"{SIREN}0001{d}"))


def fr(x):
    """1234.5 -> '1 234,50'"""
    q = D(x).quantize(D("0.01"))
    ent, dec = f"{q:.2f}".split(".")
    neg = ent.startswith("-")
    ent = ent.lstrip("-")
    groups = []
    while ent:
        groups.insert(0, ent[-3:])
        ent = ent[:-3]
    return ("-" if neg else "") + " ".join(groups) + "," + dec


# ---------------------------------------------------------------- commune.yml
(OUT / "commune.yml").write_text(f"""# Profil de la commune de Serra-di-Pinzolu (Haute-Corse)
nom: {NOM}
code_insee: "2B397"
siret: "{SIRET}"
population: 378
site_web: https://www.serra-di-pinzolu.corsica
maire: Marie-Laure Agostini
description: >-
  Village de montagne de Haute-Corse (580 m), au-dessus de la vallée de la Sulana, avec un hameau sur la
  côte, la Marina di Pinzolu. 378 habitants à l'année, plusieurs milliers en été.
mairie:
  adresse: Mairie, place de l'Église, 20237 Serra-di-Pinzolu
  telephone: 04 95 38 61 20
  email: mairie@serra-di-pinzolu.corsica
  horaires: "Mo,Tu,Th 08:30-12:00; We 14:00-17:00; Fr 08:30-12:00,14:00-16:00; PH off"
""", encoding="utf-8")

# ---------------------------------------------------------------- fiches
FICHES = [
    ("Comment faire une carte d'identité ou un passeport ?",
     "La mairie de Serra-di-Pinzolu ne délivre ni les cartes d'identité ni les passeports : elle n'est pas équipée du dispositif de recueil. Faites une pré-demande sur ants.gouv.fr, puis prenez rendez-vous dans une mairie équipée, par exemple la mairie de Corte (04 95 46 11 70) ou celle de Moriacciu (04 95 36 80 12). Comptez 6 à 8 semaines en été.",
     "carte d'identité|passeport|CNI|renouveler ma carte d'identité|papiers d'identité", "état civil", "https://ants.gouv.fr"),
    ("Y a-t-il des restrictions d'eau en été ?",
     "Oui, presque chaque été : la source de Funtanella ne suffit plus en juillet et en août, quand le village passe de 380 à plus de 2 500 habitants. Pour l'été 2026, l'arrêté n° 2026-014 interdit, du 1er juillet au 15 septembre 2026, l'arrosage des jardins et des pelouses de 8h à 20h, le lavage des véhicules et le remplissage des piscines privées. Merci de signaler toute fuite.",
     "arrosage interdit|je peux arroser mon jardin|lavage de voiture|remplir ma piscine|sécheresse|économiser l'eau", "eau", ""),
    ("Ai-je le droit de brûler mes déchets verts ?",
     "Non. Le brûlage des déchets verts à l'air libre est interdit toute l'année. Déposez-les à la déchetterie intercommunale de Moriacciu ou broyez-les. En été, un arrêté du maire interdit en plus tout emploi du feu sur la commune (feux de camp, barbecues au charbon de bois, écobuage).",
     "brûler des branches|écobuage|feu de jardin|brûlage des végétaux", "incendie", ""),
    ("Dois-je débroussailler autour de ma maison ?",
     "Oui. Le débroussaillement est obligatoire sur 50 mètres autour de toute construction située à moins de 200 mètres des bois et du maquis, et sur 5 mètres de part et d'autre du chemin d'accès. Il doit être fait avant le 15 juin de chaque année. Sinon, le maire peut faire exécuter les travaux d'office aux frais du propriétaire, qui encourt une amende jusqu'à 1 500 €.",
     "débroussaillement|obligations légales de débroussaillement|OLD|nettoyer le maquis autour de la maison", "incendie", ""),
    ("Quand passe le camion des poubelles ?",
     "Au village, les ordures ménagères sont collectées le lundi et le jeudi matin. À la Marina, la collecte a lieu le lundi et le jeudi d'octobre à mai, et tous les jours sauf le dimanche du 1er juin au 30 septembre. Sortez les sacs fermés la veille au soir, dans les conteneurs. Le tri (emballages, verre, papier) se fait aux points d'apport volontaire de la place de l'Église et du parking de la Marina.",
     "ramassage des ordures|collecte des déchets|jour des poubelles|tri sélectif|verre", "déchets", ""),
    ("Comment se débarrasser des encombrants ?",
     "La mairie enlève les encombrants le premier mercredi de chaque mois, sur inscription au secrétariat de mairie au plus tard le lundi précédent. Le service est gratuit, dans la limite de 3 objets par foyer. Pour le reste, allez à la déchetterie intercommunale de Moriacciu.",
     "encombrants|vieux matelas|frigo à jeter|meubles à jeter", "déchets", ""),
    ("Quels sont les horaires de la déchetterie ?",
     "La déchetterie intercommunale est route de la Plaine à Moriacciu (14 km). Horaires d'été (du 1er avril au 30 septembre) : du lundi au samedi, 8h-12h et 14h-18h. Horaires d'hiver (du 1er octobre au 31 mars) : mardi, jeudi et samedi, 9h-12h et 13h30-17h. Fermée le dimanche et les jours fériés. Accès gratuit pour les particuliers sur présentation d'un justificatif de domicile.",
     "déchetterie ouverte|décharge|déposer des gravats|horaires décheterie", "déchets", ""),
    ("Où peut-on se baigner ? La baignade est-elle surveillée ?",
     "La plage de la Marina est surveillée du 1er juillet au 31 août, tous les jours de 11h à 19h (poste de secours). La baignade dans la Sulana (vasque du Pozzu Neru, gués) n'est jamais surveillée : elle se fait à vos risques. En cas d'orage en montagne, l'eau de la rivière peut monter très vite.",
     "se baigner|baignade rivière|piscine naturelle|plage surveillée|maître-nageur", "baignade", ""),
    ("Comment réserver le gîte communal ?",
     "Le gîte communal U Castagnu (3 chambres, 6 couchages, rue Mezzana) se loue à la nuitée ou à la semaine, toute l'année. Réservation auprès du secrétariat de mairie, par téléphone ou par courriel ; un acompte de 30 % confirme la réservation. Les tarifs sont fixés chaque année par délibération du conseil municipal. Linge de lit fourni ; animaux non admis.",
     "location du gîte|gîte communal|dormir au village|hébergement|U Castagnu", "gîte communal", ""),
    ("Comment obtenir une concession au cimetière ?",
     "Les concessions (trentenaires ou cinquantenaires) et les cases du columbarium s'achètent au secrétariat de mairie. Les tarifs sont fixés par délibération du conseil municipal. Le cimetière est ouvert tous les jours : de 8h à 19h d'avril à septembre, de 8h à 17h d'octobre à mars.",
     "concession funéraire|tombe|columbarium|acheter une concession", "cimetière", ""),
    ("Comment inscrire mon enfant à l'école ?",
     "L'école de Serra-di-Pinzolu a une classe unique, de la petite section au CM2 (14 élèves à la rentrée 2026). Inscription d'abord en mairie (livret de famille, justificatif de domicile, carnet de vaccinations), puis auprès de l'enseignante. Horaires : lundi, mardi, jeudi et vendredi, 8h30-11h30 et 13h30-16h30. Cantine sur place ; le prix du repas est fixé par le conseil municipal. Le collège le plus proche est à Corte (transport scolaire organisé par la Collectivité de Corse).",
     "inscription scolaire|école du village|cantine|classe unique|rentrée", "école", ""),
    ("Y a-t-il un bus pour aller à Corte ?",
     "Oui : la ligne régulière Marina di Pinzolu – Serra-di-Pinzolu – Corte (Autocars Ferracci) circule du lundi au samedi, sauf les jours fériés. Le car part de la Marina à 6h50 et de la place de l'Église à 7h10 ; arrivée à Corte (gare) à 8h25. Retour : départ de Corte (gare) à 17h30, arrivée au village à 18h45. Trajet : 4 € ; carnet de 10 trajets : 30 €. Pas de car le dimanche.",
     "car pour Corte|autobus|navette|transport en commun|horaires du car", "transports", ""),
    ("À quelles heures peut-on tondre ou faire des travaux bruyants ?",
     "Les travaux de bricolage et de jardinage bruyants (tondeuse, débroussailleuse, tronçonneuse, perceuse) sont autorisés les jours ouvrables de 8h30 à 12h et de 14h30 à 19h30, le samedi de 9h à 12h et de 15h à 19h, le dimanche et les jours fériés de 10h à 12h seulement.",
     "tondre la pelouse|bruit|tronçonneuse|horaires bricolage", "tranquillité", ""),
    ("Les chiens sont-ils autorisés sur la plage ?",
     "Pas en saison : l'arrêté n° 2024-012 interdit les chiens, même tenus en laisse, sur la plage de la Marina du 1er juin au 30 septembre de chaque année. Hors saison, ils sont admis en laisse. Les chiens guides et d'assistance sont toujours admis.",
     "chien plage|chien en laisse plage|animaux à la plage", "plage", ""),
    ("Où garer un camping-car à la Marina ?",
     "Le parking de la Marina est gratuit pour les voitures. Les camping-cars n'ont pas le droit d'y stationner de 22h à 7h, ni le long de la route de la Marina (arrêté n° 2025-009). Le camping U Fiume, route de la Marina, accueille les camping-cars d'avril à octobre. Le camping sauvage et le bivouac sont interdits sur toute la commune.",
     "camping-car|van aménagé|dormir dans son van|parking Marina|bivouac", "stationnement", ""),
    ("Où déposer un permis de construire ?",
     "Les demandes de permis de construire, les déclarations préalables et les certificats d'urbanisme se déposent au secrétariat de mairie (en 4 exemplaires) ou en ligne sur le guichet numérique des autorisations d'urbanisme. La commune n'a pas de plan local d'urbanisme : le règlement national d'urbanisme et la loi Montagne s'appliquent, et la loi Littoral à la Marina. L'instruction est faite par la DDT de la Haute-Corse ; délai : 2 mois pour une maison individuelle.",
     "permis de construire|déclaration préalable|urbanisme|PLU|agrandir ma maison", "urbanisme", ""),
    ("Qui appeler pour une fuite d'eau ou une coupure d'eau ?",
     "L'eau potable et l'assainissement sont gérés par la Communauté de communes de la Sulana. Service des eaux : 04 95 36 92 40 (du lundi au vendredi) ; astreinte 24 h/24 : 06 12 48 73 05. Une fuite sur la voie publique peut aussi être signalée à la mairie.",
     "fuite d'eau|coupure d'eau|plus d'eau au robinet|facture d'eau|compteur d'eau", "eau", ""),
    ("Des chèvres divaguent dans mon jardin : que faire ?",
     "Les propriétaires doivent garder leurs animaux (chèvres, porcs, vaches) dans des enclos ou sous surveillance : l'arrêté n° 2025-004 interdit leur divagation sur tout le territoire communal. Signalez les animaux errants au secrétariat de mairie en précisant le lieu ; la mairie prévient l'éleveur et, en cas de récidive, les animaux peuvent être conduits en fourrière.",
     "chèvres errantes|cochons dans le jardin|vaches sur la route|animaux en divagation", "animaux", ""),
    ("Peut-on louer la salle polyvalente ?",
     "Oui. La salle polyvalente (place de l'Église, 80 personnes assises, cuisine équipée) se loue pour les fêtes de famille et les associations. Réservation au secrétariat de mairie au moins un mois à l'avance ; attestation d'assurance et chèque de caution demandés. Les tarifs sont votés par le conseil municipal. La salle n'est pas louée du 10 au 20 août (fête du village).",
     "salle des fêtes|louer une salle|anniversaire|mariage salle", "salle", ""),
    ("Y a-t-il un médecin ou une pharmacie au village ?",
     "Non, il n'y a ni médecin ni pharmacie à Serra-di-Pinzolu. Une infirmière libérale tient une permanence à la mairie le mardi de 8h à 9h (prises de sang). Le cabinet médical et la pharmacie les plus proches sont à Moriacciu (14 km). En cas d'urgence : 15 (SAMU) ou 112 ; pompiers : 18.",
     "médecin|docteur|pharmacie|infirmière|urgences", "santé", ""),
    ("Peut-on randonner en forêt l'été ?",
     "En été, l'accès aux massifs dépend du risque d'incendie, publié chaque jour vers 18h par la préfecture de la Haute-Corse pour le lendemain. Les pistes forestières de Bocca a u Ventu et de Tribbiolu sont fermées aux véhicules du 1er juillet au 15 septembre (arrêté n° 2026-016). Les sentiers restent ouverts aux piétons, sauf arrêté contraire. Ne partez jamais sans eau et signalez toute fumée au 18.",
     "randonnée|balade en forêt|sentier|piste forestière|massif fermé", "incendie", ""),
]
with open(OUT / "fiches-pratiques.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, quoting=csv.QUOTE_MINIMAL)
    w.writerow(["question", "reponse", "variantes", "theme", "lien"])
    for row in FICHES:
        w.writerow(row)

# ---------------------------------------------------------------- arrêtés (CSV, Windows-1252, ;)
M61 = ("6.1", "Libertés publiques et pouvoirs de police/Police municipale")
M64 = ("6.4", "Libertés publiques et pouvoirs de police/Autres actes réglementaires")
M34 = ("3.5", "Domaine et patrimoine/Autres actes de gestion du domaine public")
ARR = [
    # id, date, type, matiere, objet, debut, fin, lieu
    ("2024-012", "21/05/2024", "permanent", M61,
     "Interdiction des chiens, même tenus en laisse, sur la plage de la Marina du 1er juin au 30 septembre de chaque année (chiens guides et d'assistance exceptés)",
     "2024-06-01", "", "plage de la Marina"),
    ("2025-004", "2025-02-12", "permanent", M61,
     "Réglementation de la divagation des animaux d'élevage (chèvres, porcs, bovins) sur le territoire communal", "", "", ""),
    ("2025-009", "03/04/2025", "permanent", M61,
     "Interdiction du stationnement des camping-cars et caravanes de 22h à 7h sur le parking de la Marina et le long de la route de la Marina",
     "2025-04-05", "", "parking de la Marina;route de la Marina"),
    ("2025-013", "2025-06-12", "temporaire", M64,
     "Restriction des usages de l'eau potable : interdiction d'arroser les jardins et pelouses, de laver les véhicules et de remplir les piscines privées",
     "01/07/2025", "15/09/2025", ""),
    ("2025-018", "01/08/2025", "temporaire", M61,
     "Circulation et stationnement pendant A Festa di San Roccu 2025 : circulation interdite rue Mezzana et place de l'Église",
     "2025-08-14", "2025-08-16", "rue Mezzana;place de l'Église"),
    ("2025-022", "10/09/2025", "temporaire", M61,
     "Fermeture de la route de Funtanella à toute circulation pour le Trail di a Sulana, le dimanche 28 septembre 2025 de 7h à 14h",
     "28/09/2025", "28/09/2025", "route de Funtanella"),
    ("2025-030", "2025-11-18", "permanent", M61,
     "Interdiction du camping et du bivouac hors des terrains aménagés sur tout le territoire communal, y compris sur les berges de la Sulana et sur la plage de la Marina",
     "", "", "berges de la Sulana;plage de la Marina"),
    ("2026-002", "14/01/2026", "temporaire", M61,
     "Battue administrative aux sangliers : accès et circulation interdits sur les chemins de la forêt communale de Tribbiolu le samedi 24 janvier 2026 de 7h à 16h",
     "2026-01-24", "2026-01-24", "forêt communale de Tribbiolu;chemin de Tribbiolu"),
    ("2026-005", "2026-02-23", "temporaire", M61,
     "Travaux de remplacement de la conduite d'eau potable : circulation alternée par feux sur la route de la Marina, entre le pont de la Sulana et le hameau, du 9 mars au 3 avril 2026, de 8h à 17h",
     "09/03/2026", "03/04/2026", "route de la Marina;pont de la Sulana"),
    ("2026-008", "30/03/2026", "individuel", M34,
     "Autorisation d'occupation du domaine public accordée au bar U Campanile pour une terrasse de 24 m² sur la place de l'Église du 1er avril au 31 octobre 2026",
     "2026-04-01", "2026-10-31", "place de l'Église"),
    ("2026-011", "2026-04-20", "temporaire", M61,
     "Fermeture de la rue Mezzana à la circulation pour la réfection du pavage du 4 mai au 12 juin 2026 ; déviation par le chemin des Jardins",
     "04/05/2026", "12/06/2026", "rue Mezzana"),
    ("2026-013", "28/05/2026", "temporaire", M61,
     "Interdiction de la baignade et de l'accès au site de la cascade de Funtanella (risque de chutes de pierres) du 1er juin au 30 septembre 2026",
     "2026-06-01", "2026-09-30", "cascade de Funtanella;sentier de la cascade"),
    ("2026-014", "2026-06-25", "temporaire", M64,
     "Restriction des usages de l'eau potable : arrosage des jardins et pelouses interdit de 8h à 20h, lavage des véhicules et remplissage des piscines privées interdits du 1er juillet au 15 septembre 2026",
     "01/07/2026", "15/09/2026", ""),
    ("2026-015", "10/06/2026", "temporaire", M61,
     "Interdiction de tout emploi du feu (feux de camp, écobuage, barbecues au charbon de bois ou au bois) sur tout le territoire communal du 15 juin au 30 septembre 2026 ; les barbecues au gaz restent autorisés dans les jardins privés attenants aux habitations",
     "2026-06-15", "2026-09-30", ""),
    ("2026-016", "2026-06-30", "temporaire", M61,
     "Fermeture à la circulation des véhicules à moteur de la piste forestière de Bocca a u Ventu et de la piste DFCI de Tribbiolu du 1er juillet au 15 septembre 2026, sauf véhicules de secours et de lutte contre l'incendie",
     "01/07/2026", "15/09/2026", "piste de Bocca a u Ventu;piste DFCI de Tribbiolu"),
    ("2026-017", "01/07/2026", "temporaire", M61,
     "Marché nocturne de la Marina : stationnement interdit place de la Tour les mardis de juillet et d'août 2026, de 16h à 1h",
     "2026-07-07", "2026-08-25", "place de la Tour"),
    ("2026-018", "2026-07-06", "permanent", M61,
     "Limitation de la vitesse à 30 km/h dans la traversée du hameau de la Marina, sur la route de la Marina entre le pont de la Sulana et la place de la Tour",
     "2026-07-10", "", "route de la Marina;place de la Tour"),
    ("2026-021", "12/08/2026", "temporaire", M61,
     "Risque incendie très sévère : accès interdit à toute personne aux massifs forestiers de Tribbiolu et de Bocca a u Ventu, y compris à pied, du 12 au 20 août 2026",
     "12/08/2026", "20/08/2026", "forêt communale de Tribbiolu;Bocca a u Ventu"),
    ("2026-023", "2026-09-08", "temporaire", M61,
     "Fermeture de la route de Funtanella à toute circulation pour le Trail di a Sulana, le dimanche 27 septembre 2026 de 7h à 14h",
     "2026-09-27", "2026-09-27", "route de Funtanella"),
    ("2026-026", "21/09/2026", "temporaire", M61,
     "Fermeture au public du cimetière communal pour les travaux de reprise du mur d'enceinte du 5 au 16 octobre 2026",
     "05/10/2026", "16/10/2026", "cimetière communal"),
    ("2026-029", "2026-10-26", "temporaire", M61,
     "Toussaint : stationnement interdit sur le parking du cimetière et circulation en sens unique sur le chemin du Cimetière du 31 octobre au 2 novembre 2026",
     "2026-10-31", "2026-11-02", "parking du cimetière;chemin du Cimetière"),
    ("2026-031", "20/11/2026", "temporaire", M61,
     "Abattage de châtaigniers dangereux : fermeture du chemin des Châtaigniers à toute circulation, y compris piétonne, du 7 au 18 décembre 2026",
     "07/12/2026", "18/12/2026", "chemin des Châtaigniers"),
]
cols = ["COLL_NOM", "COLL_SIRET", "ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_MATIERE_CODE", "ARR_MATIERE_NOM",
        "ARR_OBJET", "ARR_DEBUT", "ARR_FIN", "ARR_LIEU", "ARR_URL"]
buf = io.StringIO()
w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
w.writerow(cols)
for (i, d, t, (mc, mn), o, deb, fin, lieu) in ARR:
    url = "https://www.serra-di-pinzolu.corsica/arretes/" + i + ".pdf" if i in ("2026-014", "2026-015", "2026-016") else ""
    w.writerow(["Commune de Serra-di-Pinzolu", SIRET, i, d, t, mc, mn, o, deb, fin, lieu, url])
(OUT / "arretes-2024-2026.csv").write_bytes(buf.getvalue().encode("cp1252"))

# ---------------------------------------------------------------- budget
# (section, chapitre, libellé chapitre, compte, libellé compte, opbudg, sens, prévu CA, réalisé CA, BP 2026)
CH = {
    "011": "Charges à caractère général", "012": "Charges de personnel et frais assimilés",
    "013": "Atténuations de charges", "014": "Atténuations de produits",
    "65": "Autres charges de gestion courante", "66": "Charges financières", "67": "Charges spécifiques",
    "023": "Virement à la section d'investissement", "042": "Opérations d'ordre de transfert entre sections",
    "70": "Produits des services, du domaine et ventes diverses", "731": "Fiscalité locale",
    "74": "Dotations et participations", "75": "Autres produits de gestion courante",
    "10": "Dotations, fonds divers et réserves", "13": "Subventions d'investissement",
    "16": "Emprunts et dettes assimilées", "20": "Immobilisations incorporelles",
    "21": "Immobilisations corporelles", "23": "Immobilisations en cours",
    "021": "Virement de la section de fonctionnement", "040": "Opérations d'ordre de transfert entre sections",
}
F, I = "fonctionnement", "investissement"
DEP, REC = "dépense", "recette"
L = [
    # fonctionnement dépenses
    (F, "011", "60611", "Eau et assainissement", "réel", DEP, "4200", "3874.12", "4300"),
    (F, "011", "60612", "Énergie - Électricité", "réel", DEP, "28000", "26318.45", "29500"),
    (F, "011", "60622", "Carburants", "réel", DEP, "3500", "3102.60", "3600"),
    (F, "011", "60632", "Fournitures de petit équipement", "réel", DEP, "6000", "4861.33", "5500"),
    (F, "011", "6064", "Fournitures administratives", "réel", DEP, "1500", "1248.90", "1500"),
    (F, "011", "6067", "Fournitures scolaires", "réel", DEP, "1800", "1652.74", "1800"),
    (F, "011", "611", "Contrats de prestations de services", "réel", DEP, "18000", "16940.00", "18500"),
    (F, "011", "615221", "Bâtiments publics", "réel", DEP, "9000", "7215.48", "11000"),
    (F, "011", "615231", "Voiries", "réel", DEP, "12000", "11486.20", "14000"),
    (F, "011", "6161", "Multirisques", "réel", DEP, "5200", "5063.00", "5400"),
    (F, "011", "623", "Publicité, publications, relations publiques", "réel", DEP, "8300", "7624.85", "8500"),
    (F, "011", "626", "Frais postaux et frais de télécommunications", "réel", DEP, "2400", "2188.16", "2400"),
    (F, "011", "635", "Autres impôts, taxes et versements assimilés (administration des impôts)", "réel", DEP, "1800", "1654.00", "1800"),
    (F, "012", "6411", "Personnel titulaire", "réel", DEP, "98000", "95412.88", "99500"),
    (F, "012", "6413", "Personnel non titulaire", "réel", DEP, "24000", "21860.40", "26000"),
    (F, "012", "6450", "Charges de sécurité sociale et de prévoyance", "réel", DEP, "48000", "46096.83", "49000"),
    (F, "012", "6470", "Autres charges sociales", "réel", DEP, "600", "480.00", "600"),
    (F, "014", "739", "Reversements et restitutions sur impôts et taxes", "réel", DEP, "2100", "1986.00", "2100"),
    (F, "65", "65311", "Indemnités de fonction", "réel", DEP, "32000", "31248.72", "32500"),
    (F, "65", "65313", "Cotisations de retraite", "réel", DEP, "1500", "1302.40", "1500"),
    (F, "65", "6553", "Service d'incendie", "réel", DEP, "19000", "18744.00", "19600"),
    (F, "65", "65568", "Autres contributions", "réel", DEP, "6500", "6210.00", "6500"),
    (F, "65", "6574", "Subventions de fonctionnement aux personnes, aux associations et aux autres organismes de droit privé", "réel", DEP, "7000", "6550.00", "7000"),
    (F, "66", "66111", "Intérêts réglés à l'échéance", "réel", DEP, "6800", "6712.34", "7400"),
    (F, "67", "673", "Titres annulés (sur exercices antérieurs)", "réel", DEP, "1000", "0", "1000"),
    (F, "023", "023", "Virement à la section d'investissement", "ordre", DEP, None, "0", None),
    (F, "042", "681", "Dotations aux amortissements, aux dépréciations et aux provisions - Charges de fonctionnement", "ordre", DEP, "8400", "8400.00", "8900"),
    # fonctionnement recettes
    (F, "013", "6419", "Remboursements sur rémunérations du personnel", "réel", REC, "0", "2180.00", "0"),
    (F, "70", "70311", "Concession dans les cimetières (produit net)", "réel", REC, "2000", "2700.00", "2000"),
    (F, "70", "7032", "Droits de permis de stationnement et de location sur la voie publique, les rivières, les ports et quais fluviaux et autres lieux publics", "réel", REC, "1200", "1350.00", "1300"),
    (F, "70", "7036", "Droits de pâturage et de tourbage", "réel", REC, "630", "630.00", "630"),
    (F, "70", "7067", "Redevances et droits des services périscolaires et d'enseignement", "réel", REC, "7500", "7845.00", "8000"),
    (F, "731", "73111", "Impôts directs locaux", "réel", REC, "172000", "175318.00", "178500"),
    (F, "731", "73123", "Taxe communale additionnelle aux droits de mutation ou à la taxe de publicité foncière", "réel", REC, "9000", "12845.27", "10000"),
    (F, "74", "74111", "Dotation forfaitaire des communes", "réel", REC, "78000", "78412.00", "78600"),
    (F, "74", "741121", "Dotation de solidarité rurale (DSR) des communes", "réel", REC, "24000", "24877.00", "25000"),
    (F, "74", "741127", "Dotation nationale de péréquation (DNP) des communes", "réel", REC, "6000", "5934.00", "5900"),
    (F, "74", "7478", "Autres organismes", "réel", REC, "3000", "2750.00", "3000"),
    (F, "75", "752", "Revenus des immeubles", "réel", REC, "19000", "21340.00", "21000"),
    # investissement dépenses
    (I, "16", "1641", "Emprunts en euros", "réel", DEP, "21500", "21468.90", "25400"),
    (I, "20", "203", "Frais d'études, de recherche et de développement et frais d'insertion", "réel", DEP, "12000", "8640.00", "6000"),
    (I, "21", "2131", "Bâtiments publics", "réel", DEP, "60000", "52314.20", "15000"),
    (I, "21", "2152", "Installations de voirie", "réel", DEP, "45000", "39870.55", "30000"),
    (I, "21", "2156", "Matériel et outillage d'incendie et de défense civile", "réel", DEP, "0", "0", "28900"),
    (I, "21", "2158", "Autres installations, matériel et outillage techniques", "réel", DEP, "15000", "12260.00", "8000"),
    (I, "21", "2183", "Matériel informatique", "réel", DEP, "2500", "2148.00", "1500"),
    (I, "23", "231", "Immobilisations corporelles en cours", "réel", DEP, "60000", "34500.00", "190000"),
    # investissement recettes
    (I, "10", "10222", "FCTVA", "réel", REC, "14000", "13684.00", "16000"),
    (I, "10", "10226", "Taxe d'aménagement", "réel", REC, "1500", "2212.00", "1500"),
    (I, "10", "1068", "Excédents de fonctionnement capitalisés", "réel", REC, "30000", "30000.00", None),
    (I, "13", "1321", "Etat et établissements nationaux", "réel", REC, "40000", "28000.00", "74560"),
    (I, "13", "1322", "Régions", "réel", REC, "45000", "31500.00", "89010"),
    (I, "16", "1641", "Emprunts en euros", "réel", REC, None, "60000.00", None),
    (I, "021", "021", "Virement de la section de fonctionnement", "ordre", REC, None, "0", None),
    (I, "040", "28158", "Autres installations, matériel et outillage techniques", "ordre", REC, "8400", "8400.00", "8900"),
]
R002_2025 = D("64215.38")   # résultat de fonctionnement reporté de 2024, au CA 2025
D001_2025 = D("18650.32")   # solde d'exécution d'investissement reporté de 2024 (déficit), au CA 2025


def tot(rows, col, section, sens, opbudg=None):
    s = D(0)
    for r in rows:
        if r[0] == section and r[5] == sens and (opbudg is None or r[4] == opbudg):
            v = r[col]
            if v is not None:
                s += D(v)
    return s


# CA 2025 : prévisions équilibrées (023/021 et emprunt)
P, R, B = 6, 7, 8
fdep = tot(L, P, F, DEP)
frec = tot(L, P, F, REC) + R002_2025
vir_ca = frec - fdep
idep = tot(L, P, I, DEP) + D001_2025
irec = tot(L, P, I, REC) + vir_ca
emp_ca = idep - irec
assert vir_ca > 0 and emp_ca >= 0, (vir_ca, emp_ca)

# résultats 2025 (réalisé)
f_res_annee = tot(L, R, F, REC) - tot(L, R, F, DEP)
f_cloture = f_res_annee + R002_2025
i_res_annee = tot(L, R, I, REC) - tot(L, R, I, DEP)
i_cloture = i_res_annee - D001_2025
besoin = -i_cloture if i_cloture < 0 else D(0)
aff_1068 = besoin
r002_2026 = f_cloture - aff_1068

# BP 2026 équilibré
bfdep = tot(L, B, F, DEP)
bfrec = tot(L, B, F, REC) + r002_2026
vir_bp = bfrec - bfdep
assert vir_bp > 0
d001_2026 = -i_cloture if i_cloture < 0 else D(0)
bidep = tot(L, B, I, DEP) + d001_2026
birec = tot(L, B, I, REC) + aff_1068 + vir_bp
emp_bp = bidep - birec
assert emp_bp > 0, emp_bp


def val(r, idx, which):
    if r[2] == "023":
        return {"ca_p": vir_ca, "bp": vir_bp}.get(which, D(0))
    if r[2] == "021":
        return {"ca_p": vir_ca, "bp": vir_bp}.get(which, D(0))
    if r[2] == "1641" and r[5] == REC:
        return {"ca_p": emp_ca, "bp": emp_bp}.get(which, D(r[R]))
    if r[2] == "1068" and which == "bp":
        return aff_1068
    return D(r[idx]) if r[idx] is not None else D(0)


HDR = ["BGT_NATDEC", "BGT_ANNEE", "BGT_SIRET", "BGT_NOM", "BGT_CONTNAT", "BGT_CONTNAT_LABEL", "BGT_NATURE",
       "BGT_NATURE_LABEL", "BGT_FONCTION", "BGT_FONCTION_LABEL", "BGT_OPERATION", "BGT_SECTION", "BGT_OPBUDG",
       "BGT_CODRD", "BGT_MTREAL", "BGT_MTBUDGPREC", "BGT_MTRARPREC", "BGT_MTPROPNOUV", "BGT_MTPREV",
       "BGT_CREDOUV", "BGT_MTRAR3112", "BGT_ARTSPE"]
BNOM = "COMMUNE DE SERRA-DI-PINZOLU"

# CA 2025 : virgule, montants à point décimal (export de la plateforme)
with open(OUT / "budget-ca-2025.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(HDR)
    w.writerow(["Compte administratif", 2025, SIRET, BNOM, "", "", "002", "Résultat de fonctionnement reporté", "", "", "",
                "fonctionnement", "réel", "recette", f"{R002_2025:.2f}", f"{R002_2025:.2f}", "0", "0", f"{R002_2025:.2f}", f"{R002_2025:.2f}", "0", "non spécialisé"])
    w.writerow(["Compte administratif", 2025, SIRET, BNOM, "", "", "001", "Solde d'exécution de la section d'investissement reporté", "", "", "",
                "investissement", "réel", "dépense", f"{D001_2025:.2f}", f"{D001_2025:.2f}", "0", "0", f"{D001_2025:.2f}", f"{D001_2025:.2f}", "0", "non spécialisé"])
    for r in L:
        prev = val(r, P, "ca_p")
        real = val(r, R, "ca_r")
        if prev == 0 and real == 0:
            continue
        w.writerow(["Compte administratif", 2025, SIRET, BNOM, r[1], CH[r[1]], r[2], r[3], "", "", "", r[0], r[4], r[5],
                    f"{real:.2f}", f"{prev:.2f}", "0", "0", f"{prev:.2f}", f"{prev:.2f}", "0", "non spécialisé"])

# BP 2026 : point-virgule, montants à la française, section et chapitre parfois vides (saisie au tableur)
buf = io.StringIO()
w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
w.writerow(HDR)
w.writerow(["Budget primitif", 2026, SIRET, BNOM, "002", "Résultat de fonctionnement reporté", "002", "Résultat de fonctionnement reporté", "", "", "",
            "fonctionnement", "réel", "recette", "", "", "", fr(r002_2026), fr(r002_2026), "", "", ""])
w.writerow(["Budget primitif", 2026, SIRET, BNOM, "001", "Solde d'exécution de la section d'investissement reporté", "001", "Solde d'exécution de la section d'investissement reporté", "", "", "",
            "investissement", "réel", "dépense", "", "", "", fr(d001_2026), fr(d001_2026), "", "", ""])
for k, r in enumerate(L):
    v = val(r, B, "bp")
    if v == 0:
        continue
    sect, chap, chl = r[0], r[1], CH[r[1]]
    if r[4] == "réel" and k % 3 == 1:   # des lignes saisies sans section ni chapitre
        sect, chap, chl = "", "", ""
    w.writerow(["Budget primitif", 2026, SIRET, BNOM, chap, chl, r[2], r[3], "", "", "", sect, r[4], r[5],
                "", "", "", fr(v), fr(v), "", "", ""])
(OUT / "budget-primitif-2026.csv").write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


# totaux
def chap_tot(idx, which, chap, sens):
    s = D(0)
    for r in L:
        if r[1] == chap and r[5] == sens:
            s += val(r, idx, which)
    return s


def real_tot(idx, which, section, sens):
    s = D(0)
    for r in L:
        if r[0] == section and r[5] == sens and r[4] == "réel":
            s += val(r, idx, which)
    return s


lines = [f"SIREN {SIREN}  SIRET {SIRET}", "",
         "CA 2025 (réalisé, lignes réelles, sans 001/002) :"]
for s in (F, I):
    for sens in (DEP, REC):
        lines.append(f"  {s} {sens} réel réalisé = {fr(real_tot(R, 'ca_r', s, sens))}   (prévu {fr(real_tot(P, 'ca_p', s, sens))})")
for chap, sens in [("011", DEP), ("012", DEP), ("65", DEP), ("66", DEP), ("014", DEP), ("70", REC), ("731", REC), ("74", REC), ("75", REC), ("013", REC), ("16", DEP), ("20", DEP), ("21", DEP), ("23", DEP), ("10", REC), ("13", REC)]:
    lines.append(f"  chapitre {chap} {sens}: réalisé {fr(chap_tot(R, 'ca_r', chap, sens))}  prévu {fr(chap_tot(P, 'ca_p', chap, sens))}")
lines += [f"  002 reporté au CA 2025 = {fr(R002_2025)} ; 001 (déficit) = {fr(D001_2025)}",
          f"  virement 023/021 prévu CA = {fr(vir_ca)} ; emprunt prévu CA = {fr(emp_ca)}",
          f"  résultat fonctionnement de l'exercice 2025 (réel+ordre) = {fr(f_res_annee)} ; clôture avec 002 = {fr(f_cloture)}",
          f"  résultat investissement de l'exercice = {fr(i_res_annee)} ; clôture avec 001 = {fr(i_cloture)}",
          f"  affectation 1068 en 2026 = {fr(aff_1068)} ; 002 reporté au BP 2026 = {fr(r002_2026)} ; 001 au BP 2026 = {fr(d001_2026)}",
          "", "BP 2026 (prévu, lignes réelles, sans 001/002) :"]
for s in (F, I):
    for sens in (DEP, REC):
        lines.append(f"  {s} {sens} réel = {fr(real_tot(B, 'bp', s, sens))}")
for chap, sens in [("011", DEP), ("012", DEP), ("65", DEP), ("66", DEP), ("70", REC), ("731", REC), ("74", REC), ("75", REC), ("16", DEP), ("16", REC), ("20", DEP), ("21", DEP), ("23", DEP), ("10", REC), ("13", REC)]:
    lines.append(f"  chapitre {chap} {sens}: {fr(chap_tot(B, 'bp', chap, sens))}")
lines += [f"  023/021 BP = {fr(vir_bp)} ; emprunt nouveau 1641 recette BP = {fr(emp_bp)}",
          f"  section fonctionnement BP (tout compris, 002 inclus) = {fr(bfrec)} ; investissement (001 inclus) = {fr(bidep)}"]
(HERE / "totaux.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
print("\n".join(lines))

# ---------------------------------------------------------------- délibérations (SCDL, UTF-8, virgule)
DM = {"7.1": "Finances locales/Décisions budgétaires", "7.2": "Finances locales/Fiscalité",
      "7.5": "Finances locales/Subventions", "7.10": "Finances locales/Divers",
      "3.3": "Domaine et patrimoine/Locations", "1.1": "Commande publique/Marchés publics",
      "4.2": "Fonction publique/Personnel contractuel", "8.1": "Domaines de compétences par thèmes/Enseignement",
      "9.4": "Autres domaines de compétences/Vœux et motions", "8.3": "Domaines de compétences par thèmes/Voirie",
      "3.5": "Domaine et patrimoine/Autres actes de gestion du domaine public"}
DELIBS = [
    ("2025-19", "2025-09-25", "7.10", "Tarifs de la cantine scolaire pour l'année scolaire 2025-2026 : le prix du repas est fixé à 3,00 € à compter du 1er septembre 2025", "", 11, 10, 10, 0, 0),
    ("2025-22", "2025-12-11", "7.10", "Tarifs du gîte communal U Castagnu pour 2026 : nuitée 75 € pour 2 personnes et 95 € de 3 à 6 personnes ; semaine 420 € de septembre à juin et 560 € en juillet et en août ; taxe de séjour en sus", "", 11, 10, 10, 0, 0),
    ("2025-23", "2025-12-11", "7.10", "Tarifs des concessions funéraires à compter du 1er janvier 2026 : concession trentenaire de 2 m² 450 €, concession cinquantenaire de 2 m² 700 €, case de columbarium pour 15 ans 380 €", "", 11, 10, 9, 0, 1),
    ("2026-01", "2026-01-29", "7.5", "Réfection de la toiture de l'église Santa Maria Assunta : approbation du projet (186 400 € HT) et demande de subventions à l'État au titre de la DETR (74 560 €, 40 %) et à la Collectivité de Corse (74 560 €, 40 %), autofinancement communal 37 280 €", "", 11, 11, 11, 0, 0),
    ("2026-02", "2026-01-29", "3.3", "Convention pluriannuelle de pâturage avec le GAEC di u Monte (chèvrerie) sur 42 hectares de terrains communaux au lieu-dit Tribbiolu, pour 9 ans, moyennant une redevance annuelle de 630 €", "", 11, 11, 10, 0, 1),
    ("2026-04", "2026-03-26", "7.1", f"Approbation du compte administratif 2025 du budget principal : excédent de fonctionnement de clôture de {fr(f_cloture)} € et déficit d'investissement de clôture de {fr(-i_cloture)} €", "2025", 11, 10, 8, 0, 2),
    ("2026-05", "2026-03-26", "7.1", f"Affectation du résultat de fonctionnement 2025 : {fr(aff_1068)} € au compte 1068 pour couvrir le besoin de financement de l'investissement et {fr(r002_2026)} € reportés en fonctionnement (ligne 002) au budget primitif 2026", "2026", 11, 10, 8, 0, 2),
    ("2026-06", "2026-04-09", "7.2", "Vote des taux d'imposition 2026, inchangés par rapport à 2025 : taxe foncière sur les propriétés bâties 24,60 %, taxe foncière sur les propriétés non bâties 68,10 %, taxe d'habitation sur les résidences secondaires 17,35 %", "2026", 11, 11, 11, 0, 0),
    ("2026-07", "2026-04-09", "7.1", f"Vote du budget primitif 2026 du budget principal, équilibré en fonctionnement à {fr(bfrec)} € et en investissement à {fr(bidep)} €", "2026", 11, 10, 8, 2, 0),
    ("2026-08", "2026-04-09", "7.5", "Subventions aux associations pour 2026 : Comité des fêtes San Roccu 4 500 €, Coopérative scolaire de l'école 800 €, Association des amis de Santa Maria Assunta 500 €, Association de chasse A Sulana 600 €, Club de pétanque U Bocciu 350 € ; total 6 750 €", "2026", 11, 10, 9, 0, 1),
    ("2026-10", "2026-05-21", "4.2", "Création de deux emplois saisonniers d'adjoint technique à temps complet du 1er juillet au 31 août 2026 pour l'entretien du hameau de la Marina et de la plage", "", 11, 9, 9, 0, 0),
    ("2026-11", "2026-05-21", "7.10", "Tarifs de la cantine scolaire à compter du 1er septembre 2026 : le prix du repas passe de 3,00 € à 3,20 €", "", 11, 9, 7, 1, 1),
    ("2026-13", "2026-07-02", "9.4", "Motion pour le maintien de la classe unique de l'école de Serra-di-Pinzolu à la rentrée 2027", "", 11, 10, 10, 0, 0),
    ("2026-15", "2026-07-02", "7.10", "Tarifs de location de la salle polyvalente à compter du 1er septembre 2026 : 120 € le week-end pour les habitants de la commune, 250 € pour les personnes extérieures, gratuité pour les associations communales ; caution 500 €", "", 11, 10, 10, 0, 0),
    ("2026-17", "2026-09-24", "1.1", "Sécurisation du site de la cascade de Funtanella (purge et filets de protection) : attribution du marché à la SARL Petrignani TP pour 38 750 € HT", "", 11, 10, 10, 0, 0),
    ("2026-18", "2026-09-24", "7.5", "Acquisition d'un véhicule de première intervention (citerne de 600 litres) pour le comité communal feux de forêt : 28 900 € TTC, avec une demande d'aide de 50 % à la Collectivité de Corse", "2026", 11, 10, 10, 0, 0),
    ("2026-20", "2026-11-19", "8.3", "Dénomination des voies du hameau de la Marina (adressage) : chemin de la Tour, allée des Pêcheurs, impasse des Tamaris et montée du Sémaphore", "", 11, 9, 9, 0, 0),
]
with open(OUT / "deliberations.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM",
                "DELIB_OBJET", "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID", "PREF_DATE", "VOTE_EFFECTIF", "VOTE_REEL",
                "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION", "DELIB_URL"])
    for (i, d, mc, o, ba, ef, re_, po, co, ab) in DELIBS:
        w.writerow(["Commune de Serra-di-Pinzolu", SIRET, i, d, mc, DM[mc], o, ba,
                    "Budget principal" if ba else "", "PREF2B", d, ef, re_, po, co, ab, ""])

# ---------------------------------------------------------------- annuaire
ACT = [
    ("Bar U Campanile", "bar", "place de l'Église, 20237 Serra-di-Pinzolu", "04 95 38 62 07", "", "", "Apr-Oct Mo-Su 07:30-23:00; Nov-Mar Tu-Su 08:00-20:00", "Bar du village, terrasse sur la place, journaux."),
    ("Épicerie Casa Pinzulinca", "épicerie", "12 rue Mezzana, 20237 Serra-di-Pinzolu", "04 95 38 60 44", "", "", "Mo-Sa 08:00-12:30,16:00-19:30; Su 08:00-12:00", "Épicerie, dépôt de pain, gaz, produits corses."),
    ("Chèvrerie GAEC di u Monte", "producteur de fromage", "lieu-dit Tribbiolu, 20237 Serra-di-Pinzolu", "06 14 27 83 50", "", "", "Sep-Jun Mo-Sa 17:30-19:30; Jul-Aug Mo-Su 10:00-12:00,17:30-19:30", "Fromages de chèvre fermiers et brocciu (de novembre à juin), vente à la ferme."),
    ("Miellerie Fieschi", "apiculteur", "route de Corte, 20237 Serra-di-Pinzolu", "06 22 41 90 18", "", "", "", "Miel de Corse AOP (maquis de printemps, châtaigneraie), vente sur rendez-vous."),
    ("Charcuterie Fratelli Lucchini", "charcuterie", "chemin des Jardins, 20237 Serra-di-Pinzolu", "04 95 38 63 31", "", "", "Sa 09:00-12:00", "Charcuterie de porc nustrale, lonzu, coppa, figatellu (en hiver)."),
    ("Restaurant A Paillotta", "restaurant", "plage de la Marina, 20237 Serra-di-Pinzolu", "04 95 38 70 12", "", "", "May-Sep Mo-Su 12:00-15:00,19:00-23:00", "Poissons et cuisine corse, les pieds dans le sable."),
    ("Snack-glacier U Scogliu", "snack", "place de la Tour, Marina di Pinzolu, 20237 Serra-di-Pinzolu", "06 71 38 25 49", "", "", "Jun-Sep Mo-Su 10:00-20:00", "Glaces, paninis, boissons."),
    ("Camping U Fiume", "camping", "route de la Marina, 20237 Serra-di-Pinzolu", "04 95 38 71 66", "contact@campingufiume.corsica", "", "Apr 15-Oct 15 Mo-Su 08:30-12:00,15:00-19:00", "Camping 2 étoiles, 60 emplacements, accueil des camping-cars (horaires de l'accueil)."),
    ("Sulana Kayak", "location de kayaks", "embouchure de la Sulana, Marina di Pinzolu, 20237 Serra-di-Pinzolu", "06 08 55 14 72", "", "", "Jun-Sep Mo-Su 09:00-19:00", "Location de kayaks et de paddles à l'heure ou à la journée."),
    ("Altu Canyon", "guide de canyoning", "", "06 30 84 17 26", "", "", "", "Pierre-Paul Nobili, guide diplômé : descentes encadrées du canyon de la Sulana de juin à septembre, sur réservation."),
    ("École de Serra-di-Pinzolu", "école", "chemin de l'École, 20237 Serra-di-Pinzolu", "04 95 38 61 85", "", "", "Mo,Tu,Th,Fr 08:30-11:30,13:30-16:30", "École publique à classe unique, de la petite section au CM2."),
    ("Gîte communal U Castagnu", "gîte", "rue Mezzana, 20237 Serra-di-Pinzolu", "04 95 38 61 20", "mairie@serra-di-pinzolu.corsica", "", "", "Gîte de 6 couchages, réservation au secrétariat de mairie."),
    ("Salle polyvalente", "salle des fêtes", "place de l'Église, 20237 Serra-di-Pinzolu", "04 95 38 61 20", "", "", "", "80 places assises, cuisine équipée ; réservation en mairie."),
    ("Cimetière communal", "cimetière", "chemin du Cimetière, 20237 Serra-di-Pinzolu", "", "", "", "Apr-Sep Mo-Su 08:00-19:00; Oct-Mar Mo-Su 08:00-17:00", ""),
    ("Église Santa Maria Assunta", "lieu de culte", "place de l'Église, 20237 Serra-di-Pinzolu", "", "", "", "", "Église baroque du XVIIe siècle ; messe le 1er et le 3e dimanche du mois à 11h."),
    ("Agence postale communale", "bureau de poste", "Mairie, place de l'Église, 20237 Serra-di-Pinzolu", "04 95 38 61 21", "", "", "Tu,Th 09:00-12:00; Sa 09:00-11:30", "Lettres et colis, retrait d'argent (150 € par semaine)."),
    ("Bibliothèque municipale", "bibliothèque", "Mairie, place de l'Église, 20237 Serra-di-Pinzolu", "", "", "", "We 14:00-17:00; Sa 10:00-12:00", "Prêt gratuit, fonds en langue corse."),
    ("Catherine Valentini, infirmière", "infirmière", "", "06 11 29 47 38", "", "", "Tu 08:00-09:00", "Infirmière libérale : permanence à la mairie le mardi (prises de sang), soins à domicile sur rendez-vous."),
    ("Poste de secours de la plage de la Marina", "poste de secours", "plage de la Marina, 20237 Serra-di-Pinzolu", "04 95 38 70 90", "", "", "Jul-Aug Mo-Su 11:00-19:00", "Surveillance de la baignade par des nageurs sauveteurs."),
    ("Déchetterie intercommunale de Moriacciu", "déchetterie", "route de la Plaine, 20238 Moriacciu", "04 95 36 92 45", "", "", "Apr-Sep Mo-Sa 08:00-12:00,14:00-18:00; Oct-Mar Tu,Th,Sa 09:00-12:00,13:30-17:00; PH off", "Gestion : Communauté de communes de la Sulana."),
    ("Autocars Ferracci", "transport en autocar", "zone artisanale, 20250 Corte", "04 95 46 02 71", "", "", "", "Ligne régulière Marina di Pinzolu – Serra-di-Pinzolu – Corte, du lundi au samedi."),
    ("Taxi Serra", "taxi", "20237 Serra-di-Pinzolu", "06 85 12 64 09", "", "", "Mo-Su 06:00-21:00", "Taxi conventionné (transport de malades assis), gares et aéroport de Bastia."),
    ("Comité des fêtes San Roccu", "association", "Mairie, place de l'Église, 20237 Serra-di-Pinzolu", "06 27 40 15 83", "", "", "", "Organise A Festa di San Roccu (mi-août), le loto de Noël et la foire de printemps."),
    ("Association de chasse A Sulana", "association de chasse", "", "06 19 52 77 04", "", "", "", "Société de chasse communale ; battues au sanglier de septembre à janvier."),
    ("Comité communal feux de forêt (CCFF)", "association", "Mairie, place de l'Église, 20237 Serra-di-Pinzolu", "04 95 38 61 20", "", "", "", "Bénévoles qui patrouillent l'été pour repérer les départs de feu ; recrute toute l'année."),
    ("Centre d'incendie et de secours de Moriacciu", "pompiers", "route nationale, 20238 Moriacciu", "18", "", "", "", "Urgences : composer le 18 ou le 112."),
    ("Bureau d'information touristique de la Marina", "office de tourisme", "place de la Tour, Marina di Pinzolu, 20237 Serra-di-Pinzolu", "04 95 38 70 33", "", "", "Jul-Aug Mo-Sa 09:30-12:30,15:00-19:00", "Antenne de l'office de tourisme intercommunal de la Sulana."),
    ("Garage Orsatelli", "garage automobile", "route de Corte, 20237 Serra-di-Pinzolu", "04 95 38 64 52", "", "", "Mo-Fr 08:00-12:00,14:00-18:00", "Mécanique, pneus, dépannage."),
]
with open(OUT / "annuaire.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, delimiter=";", lineterminator="\n")
    w.writerow(["nom", "categorie", "adresse", "telephone", "email", "site_web", "horaires", "description"])
    for row in ACT:
        w.writerow(row)

# ---------------------------------------------------------------- vocabulaire
(OUT / "vocabulaire.txt").write_text("""# Les mots de Serra-di-Pinzolu
# le hameau du bord de mer
a Marina, la Marina, Marina di Pinzolu, hameau de la Marina
# la fête du village, à la mi-août
San Roccu, Saint-Roch, A Festa di San Roccu, fête du village, fête patronale
# la grande vasque de la rivière
u Pozzu Neru => vasque du Pozzu Neru
""", encoding="utf-8")

# ---------------------------------------------------------------- PDF
from fpdf import FPDF  # noqa: E402

FONT = "/usr/share/fonts/truetype/dejavu/"


class Arrete(FPDF):
    def __init__(self, numero):
        super().__init__(format="A4")
        self.numero = numero
        self.add_font("DV", "", FONT + "DejaVuSerif.ttf")
        self.add_font("DV", "B", FONT + "DejaVuSerif-Bold.ttf")
        self.add_font("DV", "I", FONT + "DejaVuSerif-Italic.ttf")
        self.set_auto_page_break(True, margin=25)
        self.set_margins(22, 30, 22)

    def header(self):
        self.set_font("DV", "", 8)
        self.set_y(10)
        self.cell(0, 4, "RÉPUBLIQUE FRANÇAISE – DÉPARTEMENT DE LA HAUTE-CORSE – COMMUNE DE SERRA-DI-PINZOLU", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "Mairie – place de l'Église – 20237 Serra-di-Pinzolu – Tél. 04 95 38 61 20", align="C", new_x="LMARGIN", new_y="NEXT")
        self.line(22, 20, 188, 20)
        self.set_y(26)

    def footer(self):
        self.set_y(-15)
        self.set_font("DV", "I", 8)
        self.cell(0, 5, f"Arrêté n° {self.numero} – page {self.page_no()}/{{nb}}", align="C")

    def para(self, text, style="", size=10.5, gap=2):
        self.set_font("DV", style, size)
        self.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)


def pdf_fete():
    p = Arrete("2026-019")
    p.alias_nb_pages()
    p.add_page()
    p.para("ARRÊTÉ MUNICIPAL N° 2026-019", "B", 14, 1)
    p.para("Objet : Réglementation de la circulation et du stationnement à l'occasion d'A Festa di San Roccu, du 14 au 16 août 2026", "B", 11, 4)
    p.para("Le Maire de la commune de Serra-di-Pinzolu,")
    p.para("Vu le code général des collectivités territoriales, notamment ses articles L. 2212-1, L. 2212-2 et L. 2213-1 à L. 2213-6 ;")
    p.para("Vu le code de la route, notamment ses articles R. 411-8 et R. 417-10 ;")
    p.para("Vu l'arrêté municipal n° 2026-015 du 10 juin 2026 portant interdiction de l'emploi du feu ;")
    p.para("Vu la demande présentée le 2 juillet 2026 par le Comité des fêtes San Roccu, dont le siège est 3 montée de l'Oratoire ;")
    p.para("Considérant que la fête patronale A Festa di San Roccu réunit chaque année plusieurs milliers de personnes sur la place de l'Église et dans la rue Mezzana, et qu'il convient d'assurer la sécurité des piétons et le passage des secours ;")
    p.para("ARRÊTE", "B", 12, 2)
    p.para("Article 1 – Stationnement. Du vendredi 14 août 2026 à 14h au dimanche 16 août 2026 à 14h, le stationnement de tout véhicule est interdit sur la place de l'Église et dans la rue Mezzana. Les véhicules en infraction seront mis en fourrière aux frais de leur propriétaire.")
    p.para("Article 2 – Circulation. La circulation de tout véhicule est interdite dans la rue Mezzana et sur la place de l'Église le samedi 15 août 2026 de 17h au dimanche 16 août 2026 à 2h (repas et bal), puis le dimanche 16 août 2026 de 9h à 13h (messe et procession de San Roccu).")
    p.para("Article 3 – Déviation et stationnement de remplacement. Pendant les fermetures, la circulation est déviée par le chemin des Jardins. Un parking provisoire gratuit est aménagé sur le terrain communal de Pratu Longu, route de Corte, à 300 mètres de la place.")
    p.add_page()
    p.para("Article 4 – Feux. En raison du risque d'incendie, le tir de feux d'artifice, de pétards et le lâcher de lanternes célestes sont interdits pendant toute la durée de la fête, sur tout le territoire de la commune. Aucun feu d'artifice ne sera tiré en 2026.")
    p.para("Article 5 – Boissons. La vente et la consommation de boissons dans des contenants en verre sont interdites sur la voie publique pendant la fête ; les débits de boissons temporaires ferment à 1h30.")
    p.para("Article 6 – Les véhicules de secours, de lutte contre l'incendie et de police ne sont pas concernés par les articles 1 et 2. Les riverains de la rue Mezzana pourront sortir leur véhicule avant 17h le 15 août.")
    p.para("Article 7 – Le présent arrêté sera affiché en mairie et sur les lieux et publié sur le site internet de la commune. Il peut faire l'objet d'un recours devant le tribunal administratif de Bastia dans un délai de deux mois à compter de sa publication.")
    p.para("Article 8 – Le secrétaire de mairie, le commandant de la brigade de gendarmerie de Moriacciu et le président du Comité des fêtes sont chargés, chacun en ce qui le concerne, de l'exécution du présent arrêté.")
    p.ln(4)
    p.para("Fait à Serra-di-Pinzolu, le 15 juillet 2026.")
    p.para("Le Maire,\nMarie-Laure Agostini", "", 10.5, 2)
    if p.page_no() < 2:
        raise SystemExit("le PDF de la fête doit tenir sur deux pages")
    p.output(str(OUT / "arrete-2026-019-festa-san-roccu.pdf"))


def pdf_eau():
    p = Arrete("2026-014")
    p.alias_nb_pages()
    p.add_page()
    p.para("ARRÊTÉ N° 2026-014", "B", 14, 1)
    p.para("Objet : Restriction provisoire des usages de l'eau potable – été 2026", "B", 11, 4)
    p.para("Le Maire de la commune de Serra-di-Pinzolu,")
    p.para("Vu le code général des collectivités territoriales, notamment ses articles L. 2212-1 et L. 2212-2 ;")
    p.para("Vu l'arrêté préfectoral plaçant le département de la Haute-Corse en vigilance sécheresse ;")
    p.para("Considérant que le débit de la source de Funtanella ne permet plus de couvrir les besoins du village et du hameau de la Marina en période estivale ;")
    p.para("ARRÊTE", "B", 12, 2)
    p.para("Article 1 – Du 1er juillet au 15 septembre 2026, sur l'ensemble du territoire communal, sont interdits : l'arrosage des jardins, des pelouses et des espaces verts entre 8h et 20h ; le lavage des véhicules hors des stations professionnelles ; le remplissage et la remise à niveau des piscines privées.")
    p.para("Article 2 – L'arrosage des potagers reste autorisé de 20h à 8h, au goutte-à-goutte ou à l'arrosoir. L'abreuvement des animaux d'élevage n'est pas concerné.")
    p.para("Article 3 – Les infractions seront constatées et punies des peines prévues pour les contraventions de première classe.")
    p.para("Article 4 – Le secrétaire de mairie et le commandant de la brigade de gendarmerie de Moriacciu sont chargés de l'exécution du présent arrêté.")
    p.ln(3)
    p.para("Fait à Serra-di-Pinzolu, le 25 juin 2026.")
    p.para("Le Maire,\nMarie-Laure Agostini")
    p.ln(6)
    p.set_font("DV", "", 7.5)
    p.multi_cell(0, 4, f"Envoyé en préfecture le 26/06/2026 – Reçu en préfecture le 26/06/2026 – Affiché le 26/06/2026\nID : 02B-{SIREN}-20260626-2026_014-AR")
    p.output(str(OUT / "arrete-2026-014-restriction-eau.pdf"))


pdf_fete()
pdf_eau()
