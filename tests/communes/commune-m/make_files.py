# -*- coding: utf-8 -*-
"""Génère les fichiers publiés (fictifs) de Villard-sur-Arvette dans files/ (sauf les PDF : make_pdfs.py).

Lancer : python make_files.py  (Python 3, bibliothèque standard seulement)
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
os.makedirs(OUT, exist_ok=True)

COMMUNE = "Commune de Villard-sur-Arvette"
SIRET = "21733990100010"


def write_csv(name, header, rows, encoding="utf-8", delimiter=",", lineterminator="\n", bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=lineterminator, quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        assert len(r) == len(header), (name, r)
        w.writerow(r)
    data = buf.getvalue()
    if bom:
        data = "\ufeff" + data
    with open(os.path.join(OUT, name), "w", encoding=encoding, newline="") as f:
        f.write(data)


# ---------------------------------------------------------------- commune.yml
COMMUNE_YML = """\
# Profil de la commune (fictive) de Villard-sur-Arvette
nom: Villard-sur-Arvette
code_insee: "73399"
siret: "21733990100010"
population: 648
site_web: https://www.villard-arvette.fr
maire: Bernard Jacquemoud
description: >-
  Village de montagne de Savoie (1 180 m), au fond de la vallée de l'Arvette, avec le hameau du Planay
  (1 520 m) en amont, le petit domaine skiable de la Combe d'Arvette exploité en régie, des alpages
  et un service de l'eau et de l'assainissement géré par la commune.
mairie:
  adresse: 12 place de l'Église, 73470 Villard-sur-Arvette
  telephone: 04 79 59 41 20
  email: mairie@villard-arvette.fr
  horaires: "Mo,Tu,Th 08:30-12:00; We 14:00-17:30; Fr 08:30-12:00,14:00-16:30; Sa 09:00-11:30; PH off"
"""
with open(os.path.join(OUT, "commune.yml"), "w", encoding="utf-8") as f:
    f.write(COMMUNE_YML)

# ---------------------------------------------------------------- vocabulaire.txt
VOCAB = """\
# Mots de Villard-sur-Arvette
# Le hameau du Planay, que tout le monde appelle de son surnom patois « le Tsapé »
le Tsapé => hameau du Planay
Tsapé => hameau du Planay
Tchapé => hameau du Planay
# la fromagerie coopérative
fruitière, fromagerie, coopérative laitière
# le domaine skiable
les remontées, remontées mécaniques, téléskis, domaine skiable
# montée et descente des troupeaux
l'inalpe, montée en alpage, montée des troupeaux
la désalpe, descente des alpages
"""
with open(os.path.join(OUT, "vocabulaire.txt"), "w", encoding="utf-8") as f:
    f.write(VOCAB)

# ---------------------------------------------------------------- fiches.csv
FICHES = [
    ("Dans quel ordre les routes sont-elles déneigées ?",
     "Le déneigement des voies communales est assuré par les agents techniques de la commune avec deux "
     "chasse-neige et une saleuse. Le circuit commence à 4h30 par la route du Planay (desserte du hameau et "
     "du ramassage scolaire), puis le centre du village (montée de l'Église, rue du Four, rue des Écoles), "
     "puis les voies secondaires et les chemins des chalets. Les voies privées et les accès aux chalets ne "
     "sont pas déneigés par la commune. Chaque riverain doit dégager le trottoir devant chez lui. Pour "
     "signaler une route communale non déneigée : astreinte déneigement 06 72 14 38 90 (de 4h à 20h).",
     "Quand passe le chasse-neige ?|Ma route n'est pas déneigée|Horaires du déneigement",
     "déneigement", "https://www.villard-arvette.fr/deneigement"),
    ("Où stationner en hiver ?",
     "Du 1er décembre au 15 avril, le stationnement est interdit de 22h à 8h rue du Four, rue des Écoles, "
     "montée de l'Église et place du Bourg pour permettre le déneigement (arrêté n° 2026-041). Les véhicules "
     "gênants sont mis en fourrière aux frais du propriétaire. Garez-vous sur le parking du Replat (80 places, "
     "déneigé en priorité) ou sur le parking de la Fruitière. Les propriétaires de résidences secondaires "
     "peuvent demander en mairie un macaron gratuit pour le parking couvert de la Maison du Village (24 places).",
     "Stationnement pendant le déneigement|Parking l'hiver|Macaron parking résidence secondaire",
     "stationnement", ""),
    ("Quand ouvre le domaine skiable ?",
     "Le domaine skiable de la Combe d'Arvette (trois téléskis et un fil neige) est exploité par la régie "
     "municipale des remontées mécaniques. Saison 2026-2027 : ouverture prévue le samedi 19 décembre 2026, "
     "fermeture le dimanche 11 avril 2027, sous réserve d'enneigement. Pendant les vacances scolaires, les "
     "téléskis fonctionnent tous les jours de 9h15 à 16h45 ; hors vacances, du mercredi au dimanche. Le "
     "téléski du Planay ne fonctionne que le week-end et pendant les vacances. Bulletin d'ouverture des "
     "pistes : 04 79 59 43 60.",
     "Ouverture des pistes|Dates de la saison de ski|Les téléskis sont-ils ouverts ?",
     "domaine skiable", "https://www.villard-arvette.fr/domaine-skiable"),
    ("Combien coûtent les forfaits de ski ?",
     "Les tarifs des forfaits de la régie sont fixés chaque année par délibération du conseil municipal "
     "(saison 2026-2027 : délibération DE-2026-041 du 24 septembre 2026). Le forfait saison au tarif résident "
     "est réservé aux personnes domiciliées sur la commune ou propriétaires d'un logement sur la commune, sur "
     "présentation d'un justificatif (taxe foncière ou avis d'imposition) et d'une photo d'identité, à la "
     "caisse du téléski des Arolles.",
     "Tarif des forfaits|Prix du forfait saison résident",
     "domaine skiable", ""),
    ("Comment protéger mon compteur d'eau du gel ?",
     "Le compteur est sous la garde de l'abonné. Avant l'hiver, isolez le regard avec des plaques de "
     "polystyrène (jamais de paille ni de laine de verre qui prend l'humidité). Si vous quittez votre "
     "résidence secondaire plus de quelques jours, fermez le robinet avant compteur et vidangez "
     "l'installation. Un compteur éclaté par le gel est remplacé par le service des eaux aux frais de "
     "l'abonné : 145 € (fourniture et pose).",
     "Compteur gelé|Compteur d'eau qui a éclaté",
     "eau et assainissement", ""),
    ("Quand reçoit-on la facture d'eau ?",
     "Le service de l'eau et de l'assainissement est géré en régie par la commune. Les compteurs sont relevés "
     "en octobre et la facture de consommation est envoyée en novembre ; un acompte correspondant à "
     "l'abonnement est facturé en mai. Paiement par prélèvement, par chèque à l'ordre du Trésor public ou en "
     "ligne sur payfip.gouv.fr. Les tarifs sont fixés chaque année par délibération du conseil municipal.",
     "Facture d'eau|Relevé des compteurs d'eau|Payer l'eau",
     "eau et assainissement", ""),
    ("Qui appeler en cas de fuite d'eau ou de coupure d'eau ?",
     "Service des eaux de la commune, astreinte 24h/24 et 7j/7 : 06 72 14 38 91. Une fuite avant le "
     "compteur (sur la voie publique) est réparée par la commune ; après le compteur, elle relève d'un "
     "plombier à vos frais. Les coupures programmées pour travaux sont annoncées par affichage en mairie.",
     "Plus d'eau au robinet|Fuite dans la rue|Astreinte eau",
     "eau et assainissement", ""),
    ("Ma maison n'est pas raccordée au tout-à-l'égout : que dois-je faire ?",
     "Les chalets isolés et une partie du hameau du Planay relèvent de l'assainissement non collectif. Le "
     "contrôle des installations est assuré par le SPANC de la communauté de communes Cœur d'Arvette "
     "(04 79 59 70 12) tous les 8 ans ; coût du contrôle : 120 €. En cas de vente, un diagnostic de moins "
     "de 3 ans est obligatoire.",
     "Fosse septique|Assainissement individuel|Contrôle SPANC",
     "eau et assainissement", ""),
    ("Comment inscrire mon enfant à l'école ?",
     "L'école des Trois-Sapins accueille les enfants de la petite section au CM2 (2 classes). Inscription "
     "d'abord en mairie avec le livret de famille, un justificatif de domicile et le carnet de vaccinations, "
     "puis admission auprès de la directrice, Mme Sandrine Perrier (04 79 59 42 18). Les enfants des "
     "travailleurs saisonniers sont accueillis pour la saison d'hiver.",
     "Inscription scolaire|Inscrire un enfant à l'école du village",
     "école", ""),
    ("Comment fonctionne la cantine scolaire ?",
     "Les repas sont servis dans la salle hors-sac de la Maison du Village ; ils sont livrés par la cuisine "
     "centrale de Saint-Rémy-d'Arvette. Inscription sur le portail famille au plus tard le jeudi midi pour "
     "la semaine suivante. Le prix du repas est fixé par délibération du conseil municipal. Garderie "
     "périscolaire de 7h30 à 8h20 et de 16h30 à 18h15.",
     "Restaurant scolaire|Inscription cantine|Garderie",
     "école", ""),
    ("Comment mon enfant va-t-il au collège ?",
     "Les collégiens vont au collège Jean-Chardon de Saint-Rémy-d'Arvette, dans la vallée. Le car de la ligne "
     "scolaire S12 part du hameau du Planay (abri de la chapelle) à 7h05, de la place de l'Église à 7h15 et "
     "du parking du Replat à 7h18 ; au retour, il arrive place de l'Église à 17h35 (le mercredi à 12h50). "
     "Inscription sur le site de la Région Auvergne-Rhône-Alpes avant le 15 juillet ; frais de dossier "
     "30 €. Quand la route du Planay est fermée, le car ne monte pas au hameau et les familles sont "
     "prévenues par SMS.",
     "Car scolaire|Bus du collège|Transport scolaire",
     "école", ""),
    ("Comment se comporter près des troupeaux en alpage ?",
     "De mi-juin à fin septembre, les alpages de la Grande Combe et du Charvin accueillent des troupeaux "
     "gardés par des chiens de protection (patous). Contournez le troupeau largement, descendez de votre "
     "VTT, ne caressez pas les chiens et tenez votre propre chien en laisse. La montée en alpage (inalpe) a "
     "lieu mi-juin et la descente des alpages (désalpe) fin septembre.",
     "Chiens de protection|Patous|Randonnée dans les alpages",
     "alpages", ""),
    ("Peut-on faire un feu ou un barbecue ?",
     "Les feux sont interdits toute l'année en forêt, en alpage et à moins de 200 mètres des bois "
     "(arrêté n° 2026-022). Les barbecues ne sont autorisés que sur les foyers aménagés de l'aire de "
     "pique-nique du lac des Sagnes. Le brûlage des déchets verts est interdit : apportez-les à la "
     "déchetterie.",
     "Barbecue|Feu de camp|Brûler des branches",
     "environnement", ""),
    ("Quels jours sont ramassées les ordures ménagères ?",
     "En saison d'hiver (du 15 décembre au 15 avril), les ordures ménagères sont collectées le lundi et le "
     "jeudi ; le reste de l'année, le lundi seulement. Tri sélectif : points d'apport volontaire au parking "
     "du Replat, à la Fruitière et au Planay. Sortez le bac la veille au soir et ne le laissez jamais sur la "
     "chaussée les jours de neige.",
     "Ramassage des poubelles|Collecte des déchets",
     "déchets", ""),
    ("Où est la déchetterie ?",
     "La déchetterie intercommunale est à Saint-Rémy-d'Arvette, zone des Îles. Elle est ouverte du mardi au "
     "samedi de 9h à 12h et de 14h à 17h30 ; fermée le dimanche, le lundi et les jours fériés. Accès avec "
     "la carte à demander à la communauté de communes. Les encombrants sont collectés au village le premier "
     "mercredi de juin et d'octobre, sur inscription en mairie.",
     "Horaires de la déchetterie|Encombrants",
     "déchets", ""),
    ("Comment louer un logement communal ?",
     "La commune loue six logements (ancienne poste, école, ancienne cure) et deux studios de la Maison du "
     "Village réservés aux saisonniers du domaine skiable de décembre à avril. Déposez un dossier de demande "
     "en mairie ; les logements sont attribués par la commission logement. Les loyers sont fixés par "
     "délibération du conseil municipal.",
     "Appartement de la mairie|Logement pour saisonnier",
     "logement", ""),
    ("Comment obtenir du bois d'affouage ?",
     "Inscription en mairie avant le 31 mars. Les lots (environ 10 stères) sont tirés au sort en mai dans la "
     "forêt communale, sur les parcelles désignées par l'ONF. Prix du lot : 35 €. Le bois doit être façonné "
     "et sorti de la forêt avant le 15 octobre.",
     "Bois de chauffage|Affouage",
     "forêt", ""),
    ("Comment louer la salle de la Maison du Village ?",
     "La salle de la Maison du Village (120 personnes) se loue 150 € le week-end pour les habitants et 320 € "
     "pour les personnes extérieures à la commune, caution de 500 €. Réservation en mairie.",
     "Salle des fêtes|Location de salle",
     "vie locale", ""),
    ("Je loue mon chalet aux vacanciers : quelles démarches ?",
     "Tout meublé de tourisme doit être déclaré en mairie avec le formulaire cerfa n° 14004. Vous collectez "
     "la taxe de séjour auprès de vos locataires et la reversez à la commune chaque trimestre sur la "
     "plateforme de déclaration en ligne. Les tarifs de la taxe de séjour sont fixés par délibération.",
     "Meublé de tourisme|Location saisonnière|Déclarer une location",
     "tourisme", ""),
    ("Faut-il faire ramoner sa cheminée ?",
     "Oui : le ramonage des conduits de fumée est obligatoire une fois par an, et deux fois par an pour un "
     "chauffage au bois utilisé comme chauffage principal, par un professionnel qui vous remet un "
     "certificat (règlement sanitaire départemental de la Savoie).",
     "Ramonage|Entretien du poêle à bois",
     "sécurité", ""),
    ("Faut-il une autorisation pour des travaux sur mon chalet ?",
     "Refaire une toiture, changer des menuiseries ou poser un bardage demande une déclaration préalable "
     "en mairie (délai d'instruction : un mois). Le règlement du PLU impose des toitures en lauzes ou en bac "
     "acier gris ardoise. Une extension de plus de 20 m² demande un permis de construire.",
     "Permis de construire|Déclaration préalable|Refaire le toit",
     "urbanisme", ""),
    ("Où faire de la luge ?",
     "La piste de luge du Replat est gratuite et éclairée jusqu'à 19h. La luge est interdite sur les pistes "
     "de ski pendant l'ouverture des remontées mécaniques (arrêté n° 2026-046).",
     "Piste de luge|Luge avec les enfants",
     "domaine skiable", ""),
    ("Y a-t-il une navette vers les pistes ?",
     "Pendant les vacances scolaires d'hiver, une navette gratuite relie le hameau du Planay, la place de "
     "l'Église et le téléski des Arolles toutes les 30 minutes de 8h30 à 17h30.",
     "Navette gratuite|Bus pour le ski",
     "transports", ""),
]
write_csv("fiches.csv", ["question", "reponse", "variantes", "theme", "lien"], FICHES)

# ---------------------------------------------------------------- arretes.csv (export Excel : cp1252, ;, CRLF)
ARR_HEADER = ["COLL_NOM", "COLL_SIRET", "ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_MATIERE_CODE",
              "ARR_MATIERE_NOM", "ARR_OBJET", "ARR_DEBUT", "ARR_FIN", "ARR_LIEU", "PREF_ID", "PREF_DATE",
              "ARR_URL", "OBSERVATIONS"]
POLICE = ("6.1", "libertés publiques et pouvoirs de police/police municipale")
URL = "https://www.villard-arvette.fr/arretes/"
ARRETES = [
    ("2025-052", "20/11/2025", "temporaire", POLICE,
     "Réglementation du stationnement pendant la saison hivernale 2025-2026 : stationnement interdit de 22h "
     "à 8h pour permettre le déneigement, du 1er décembre 2025 au 15 avril 2026",
     "01/12/2025", "15/04/2026", "rue du Four;rue des Écoles;montée de l'Église;place du Bourg", ""),
    ("2026-009", "13/02/2026", "temporaire", POLICE,
     "Fermeture de la route du Planay (voie communale n° 4) entre le pont des Arolles et le hameau du "
     "Planay en raison du risque d'avalanche, du 14 février au 17 février 2026",
     "14/02/2026", "17/02/2026", "route du Planay", "levé le 17/02 à 14h"),
    ("2026-012", "05/03/2026", "permanent", POLICE,
     "Limitation de la vitesse à 30 km/h dans la traversée du hameau du Planay, de la chapelle Saint-Grat "
     "au parking du Refuge",
     "", "", "route du Planay;hameau du Planay", ""),
    ("2026-022", "28/05/2026", "permanent", POLICE,
     "Réglementation de l'usage du feu : feux interdits en forêt, en alpage et à moins de 200 mètres des "
     "bois ; barbecues autorisés seulement sur les foyers de l'aire de pique-nique du lac des Sagnes",
     "", "", "lac des Sagnes", "PDF signé en ligne"),
    ("2026-030", "04/06/2026", "temporaire", POLICE,
     "Interruption de la circulation sur la route des Alpages le samedi 13 juin 2026 de 7h à 12h pour la "
     "montée des troupeaux en alpage (inalpe)",
     "13/06/2026", "13/06/2026", "route des Alpages", ""),
    ("2026-035", "06/08/2026", "temporaire", POLICE,
     "Interdiction du stationnement place du Bourg et place de l'Église le samedi 15 août 2026 de 6h à 23h "
     "pour la Fête des alpages",
     "15/08/2026", "15/08/2026", "place du Bourg;place de l'Église", ""),
    ("2026-038", "01/10/2026", "temporaire", POLICE,
     "Circulation alternée et stationnement interdit rue du Four du 12 octobre au 30 octobre 2026 pour le "
     "remplacement de la conduite d'eau potable",
     "12/10/2026", "30/10/2026", "rue du Four", ""),
    ("2026-041", "19/11/2026", "temporaire", POLICE,
     "Réglementation du stationnement pendant la saison hivernale 2026-2027 : stationnement interdit de 22h "
     "à 8h pour permettre le déneigement, du 1er décembre 2026 au 15 avril 2027",
     "01/12/2026", "15/04/2027", "rue du Four;rue des Écoles;montée de l'Église;place du Bourg", ""),
    ("2026-044", "26/11/2026", "temporaire", POLICE,
     "Interdiction de la circulation et du stationnement place de l'Église les samedi 19 et dimanche "
     "20 décembre 2026 pour le marché de Noël",
     "19/12/2026", "20/12/2026", "place de l'Église", ""),
    ("2026-045", "26/11/2026", "temporaire", POLICE,
     "Interdiction de circulation des véhicules de plus de 3,5 tonnes sur la route du Planay du 1er décembre "
     "2026 au 15 avril 2027, sauf véhicules de déneigement, de secours et de livraison du hameau",
     "01/12/2026", "15/04/2027", "route du Planay", ""),
    ("2026-046", "01/12/2026", "permanent", POLICE,
     "Interdiction de la luge, des raquettes et de la randonnée pédestre sur les pistes de ski alpin du "
     "domaine de la Combe d'Arvette pendant les heures d'ouverture des remontées mécaniques ; luge "
     "autorisée sur la piste de luge du Replat",
     "", "", "domaine skiable de la Combe d'Arvette;piste de luge du Replat", ""),
    ("2026-043", "04/12/2026", "temporaire", POLICE,
     "Fermeture de la route du Planay (voie communale n° 4) entre le pont des Arolles et le hameau du "
     "Planay en raison du risque d'avalanche, du 4 décembre au 8 décembre 2026 inclus ; accès au hameau par "
     "la piste forestière des Sagnes réservé aux riverains et aux secours",
     "04/12/2026", "08/12/2026", "route du Planay", "urgence - affiché sur place"),
]
rows = []
for num, date, typ, (mc, mn), objet, deb, fin, lieu, obs in ARRETES:
    d, m, y = date.split("/")
    rows.append([COMMUNE, SIRET, num, date, typ, mc, mn, objet, deb, fin, lieu, "PREF073",
                 date, URL + num + ".pdf", obs])
write_csv("arretes.csv", ARR_HEADER, rows, encoding="cp1252", delimiter=";", lineterminator="\r\n")

# ---------------------------------------------------------------- deliberations.csv (SCDL 2.1.5)
DELIB_HEADER = ["COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM",
                "DELIB_OBJET", "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID", "PREF_DATE", "VOTE_EFFECTIF",
                "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION", "DELIB_URL"]
M = {
    "7.1": "Finances locales/Décisions budgétaires",
    "7.2": "Finances locales/Fiscalité",
    "7.5": "Finances locales/Subventions",
    "7.10": "Finances locales/Divers",
    "3.2": "Domaine et patrimoine/Aliénations",
    "3.3": "Domaine et patrimoine/Locations",
    "8.8": "Domaines de compétences par thèmes/Environnement",
    "8.1": "Domaines de compétences par thèmes/Enseignement",
    "1.4": "Commande publique/Autres types de contrats",
}
DELIBS = [
    ("DE-2025-048", "2025-09-18", "7.10",
     "Tarifs des forfaits de ski de la régie des remontées mécaniques pour la saison 2025-2026 : forfait "
     "journée adulte 23 €, forfait journée enfant (5-15 ans) 17 €, forfait saison résident adulte 160 €, "
     "forfait saison résident enfant 90 €, forfait saison non-résident adulte 250 €",
     "2025", "", (15, 13, 13, 0, 0)),
    ("DE-2025-061", "2025-12-11", "8.8",
     "Prix de l'eau et de l'assainissement pour 2026 : abonnement eau 62 € par an, eau 1,85 € le m³, "
     "abonnement assainissement 48 € par an, assainissement 1,40 € le m³",
     "2026", "", (15, 14, 12, 1, 1)),
    ("DE-2026-012", "2026-03-19", "7.1",
     "Approbation du compte administratif 2025 du budget principal",
     "2025", "Budget principal", (15, 13, 12, 0, 1)),
    ("DE-2026-013", "2026-03-19", "3.3",
     "Loyers des logements communaux au 1er avril 2026 : T2 de l'ancienne poste 410 € par mois, T3 au-dessus "
     "de l'école 520 € par mois, T4 de l'ancienne cure 610 € par mois, charges en sus",
     "", "", (15, 14, 14, 0, 0)),
    ("DE-2026-014", "2026-03-19", "3.3",
     "Convention pluriannuelle de pâturage de l'alpage de la Grande Combe avec le GAEC du Charvin pour les "
     "saisons 2026 à 2031, moyennant une redevance annuelle de 2 300 €",
     "", "", (15, 14, 13, 0, 1)),
    ("DE-2026-020", "2026-04-09", "7.1",
     "Vote du budget primitif 2026 du budget principal",
     "2026", "Budget principal", (15, 14, 12, 2, 0)),
    ("DE-2026-021", "2026-04-09", "7.5",
     "Subventions aux associations pour 2026 : Ski-club de l'Arvette 2 500 €, Comité des fêtes 1 800 €, Sou "
     "des écoles des Trois-Sapins 1 200 €, Amicale des sapeurs-pompiers 600 €, ACCA de Villard 400 €, Club "
     "des aînés Les Edelweiss 350 €",
     "2026", "Budget principal", (15, 14, 13, 0, 1)),
    ("DE-2026-022", "2026-04-09", "7.2",
     "Vote des taux d'imposition 2026 : taxe foncière sur les propriétés bâties 28,40 %, taxe foncière sur "
     "les propriétés non bâties 96,15 %, taxe d'habitation sur les résidences secondaires 14,80 % ; "
     "taux inchangés par rapport à 2025",
     "2026", "Budget principal", (15, 14, 14, 0, 0)),
    ("DE-2026-027", "2026-05-21", "7.5",
     "Subvention exceptionnelle de 1 000 € à l'association Arvette Trail pour l'organisation du Trail des "
     "Aiguilles d'Arvette 2026",
     "2026", "Budget principal", (15, 12, 11, 0, 1)),
    ("DE-2026-033", "2026-06-25", "3.2",
     "Vente de la parcelle communale cadastrée B 1284 au lieu-dit les Essarts (812 m²) à M. et Mme Rossat "
     "au prix de 48 720 €, soit 60 € le m², frais de notaire à la charge des acquéreurs",
     "2026", "Budget principal", (15, 13, 9, 2, 2)),
    ("DE-2026-036", "2026-07-02", "8.1",
     "Tarifs de la restauration scolaire et de la garderie à compter de la rentrée de septembre 2026 : "
     "repas 4,30 €, repas d'un enfant non inscrit 6,00 €, garderie 1,50 € la demi-heure",
     "", "", (15, 12, 12, 0, 0)),
    ("DE-2026-041", "2026-09-24", "7.10",
     "Tarifs des forfaits de ski de la régie des remontées mécaniques pour la saison 2026-2027 : forfait "
     "journée adulte 24 €, forfait journée enfant (5-15 ans) 18 €, forfait saison résident adulte 165 €, "
     "forfait saison résident enfant 95 €, forfait saison non-résident adulte 260 €, gratuité pour les "
     "moins de 5 ans et les plus de 75 ans",
     "2026/2027", "", (15, 14, 14, 0, 0)),
    ("DE-2026-042", "2026-09-24", "7.2",
     "Tarifs de la taxe de séjour au 1er janvier 2027 : hôtels et meublés 3 étoiles 1,50 €, 2 étoiles "
     "0,90 €, 1 étoile 0,80 € par nuit et par personne ; hébergements non classés 5 % du coût de la nuitée "
     "par personne",
     "2027", "", (15, 14, 12, 1, 1)),
    ("DE-2026-045", "2026-10-15", "3.3",
     "Location de deux studios communaux de la Maison du Village aux travailleurs saisonniers du domaine "
     "skiable du 1er décembre 2026 au 30 avril 2027, loyer de 280 € par mois charges comprises",
     "", "", (15, 13, 13, 0, 0)),
    ("DE-2026-046", "2026-10-15", "1.4",
     "Convention de déneigement du hameau du Planay et des chemins des chalets avec le GAEC de la Combe "
     "pour l'hiver 2026-2027, au tarif de 68 € HT de l'heure d'intervention",
     "2026", "Budget principal", (15, 13, 12, 0, 1)),
    ("DE-2026-052", "2026-11-26", "8.8",
     "Prix de l'eau et de l'assainissement pour 2027 : abonnement eau 64 € par an, eau 1,92 € le m³, "
     "abonnement assainissement 50 € par an, assainissement 1,46 € le m³",
     "2027", "", (15, 13, 11, 0, 2)),
    ("DE-2026-053", "2026-11-26", "7.5",
     "Demande de subvention au Département de la Savoie pour l'achat d'un chasse-neige équipé d'une "
     "saleuse, d'un coût de 95 000 € HT",
     "2026", "Budget principal", (15, 13, 13, 0, 0)),
]
rows = []
for i, (did, date, mc, objet, ban, bnom, (eff, reel, pour, contre, abst)) in enumerate(DELIBS):
    assert pour + contre + abst == reel
    y, m, d = date.split("-")
    rows.append([COMMUNE, SIRET, did, date, mc, M[mc], objet, ban, bnom, "PREF073", date, eff, reel, pour,
                 contre, abst, "https://www.villard-arvette.fr/deliberations/%s.pdf" % did])
write_csv("deliberations.csv", DELIB_HEADER, rows)

# ---------------------------------------------------------------- annuaire.csv
ANN_HEADER = ["nom", "categorie", "adresse", "telephone", "email", "site_web", "horaires", "description"]
V = "73470 Villard-sur-Arvette"
SR = "73470 Saint-Rémy-d'Arvette"
ANNUAIRE = [
    ("École de ski des Arvettes", "école de ski", "Maison du Village, place du Bourg, " + V, "04 79 59 44 10",
     "contact@ecoledeski-arvettes.fr", "https://www.ecoledeski-arvettes.fr",
     "Dec 19-Apr 11: Mo-Su 08:45-12:00,14:00-18:30",
     "Cours collectifs et particuliers de ski alpin et de snowboard, jardin des neiges dès 3 ans."),
    ("Compagnie des guides de l'Arvette", "guides de haute montagne", "place du Bourg, " + V, "06 81 22 47 35",
     "guides@arvette-montagne.fr", "", "",
     "Guides de haute montagne : alpinisme, ski de randonnée, cascade de glace, canyoning l'été."),
    ("Dr Claire Mugnier", "médecin généraliste", "14 avenue de la Gare, " + SR, "04 79 59 61 02", "", "",
     "Mo-Fr 08:30-12:00,14:00-19:00; Sa 08:30-12:00",
     "Cabinet médical de la vallée, à 12 km du village. Consultations sur rendez-vous."),
    ("Pharmacie de la Vallée", "pharmacie", "3 place du Marché, " + SR, "04 79 59 60 33", "", "",
     "Mo-Sa 08:45-12:15,14:30-19:15", "Pharmacie la plus proche du village."),
    ("Au Pain d'Arvette", "boulangerie", "2 rue du Four, " + V, "04 79 59 45 77", "", "",
     "Dec 19-Apr 11: Tu-Su 07:00-12:30,16:00-19:00; Jul 04-Aug 30: Tu-Su 07:00-12:30",
     "Boulangerie-pâtisserie ouverte seulement en saison : l'hiver du 19 décembre au 11 avril et l'été du "
     "4 juillet au 30 août. Hors saison, dépôt de pain à l'épicerie Vival."),
    ("Vival Villard", "épicerie", "place du Bourg, " + V, "04 79 59 40 86", "", "",
     "Mo-Sa 08:00-12:30,15:30-19:00; Su 08:00-12:30", "Épicerie, dépôt de pain hors saison, gaz."),
    ("Fruitière de Villard", "fromagerie", "route de la Fruitière, " + V, "04 79 59 42 65", "", "",
     "Mo-Sa 09:00-12:00,15:00-18:30; Su 09:00-12:00",
     "Coopérative laitière : beaufort d'alpage, tomme de Savoie, sérac, beurre."),
    ("Le Refuge du Planay", "bar-restaurant", "hameau du Planay, " + V, "04 79 59 48 02", "", "",
     "Dec 19-Apr 11: Tu-Su 11:30-22:00; Jun 15-Sep 15: Mo-Su 11:30-22:00",
     "Bar-restaurant d'altitude au hameau : diots, tartiflette, terrasse au pied des alpages."),
    ("Arvette Sports", "location de matériel de ski", "parking du Replat, " + V, "04 79 59 44 88",
     "", "", "Dec 19-Apr 11: Mo-Su 08:30-18:30", "Location et entretien de skis, snowboards, raquettes et luges."),
    ("Régie des remontées mécaniques de la Combe d'Arvette", "remontées mécaniques",
     "caisse du téléski des Arolles, parking du Replat, " + V, "04 79 59 43 60",
     "regie.remontees@villard-arvette.fr", "", "",
     "Régie municipale : vente des forfaits, bulletin d'ouverture des pistes."),
    ("Ski-club de l'Arvette", "association sportive", "Maison du Village, place du Bourg, " + V,
     "06 45 18 90 27", "skiclub.arvette@example.org", "", "",
     "Entraînements de ski alpin pour les enfants de 6 à 16 ans le mercredi et le samedi."),
    ("Comité des fêtes de Villard", "association", "mairie, 12 place de l'Église, " + V, "06 33 71 52 08",
     "", "", "", "Organise la Fête des alpages du 15 août et le marché de Noël."),
    ("Sou des écoles des Trois-Sapins", "association de parents d'élèves", "école des Trois-Sapins, " + V,
     "06 20 64 91 13", "", "", "", "Loto, vente de sapins, financement des sorties scolaires."),
    ("Arvette Trail", "association sportive", "3 rue des Écoles, " + V, "06 72 80 31 44",
     "contact@arvette-trail.fr", "https://www.arvette-trail.fr", "",
     "Organise le Trail des Aiguilles d'Arvette chaque mois de juillet."),
    ("Club des aînés Les Edelweiss", "club du troisième âge", "Maison du Village, place du Bourg, " + V,
     "04 79 59 47 31", "", "", "Th 14:00-18:00", "Belote, goûters et sorties pour les aînés."),
    ("ACCA de Villard-sur-Arvette", "association de chasse", "mairie, 12 place de l'Église, " + V,
     "06 08 55 23 70", "", "", "", "Association communale de chasse agréée."),
    ("Taxi Arvette Montagne", "taxi", "route de la Vallée, " + V, "06 09 72 15 40", "", "", "",
     "Taxi conventionné, transferts vers la gare de Saint-Rémy-d'Arvette."),
    ("Gendarmerie de Saint-Rémy-d'Arvette", "gendarmerie", "8 rue du Pont, " + SR, "04 79 59 60 17", "", "",
     "", "En cas d'urgence, composez le 17."),
    ("Bibliothèque municipale", "bibliothèque", "Maison du Village, place du Bourg, " + V, "04 79 59 41 25",
     "", "", "We 16:00-18:00; Sa 10:00-12:00", "Prêt de livres gratuit, rayon montagne."),
    ("Agence postale communale", "bureau de poste", "12 place de l'Église, " + V, "04 79 59 41 22", "", "",
     "Tu-Fr 09:00-11:30; Sa 09:00-11:00", "Dans les locaux de la mairie."),
    ("Gaëlle Pachoud", "kinésithérapeute", "14 avenue de la Gare, " + SR, "04 79 59 61 48", "", "",
     "Mo-Fr 08:00-19:00", "Kinésithérapie, rééducation après accident de ski."),
    ("Garage Bochet", "garage", "route de la Vallée, " + V, "04 79 59 46 90", "", "",
     "Mo-Fr 08:00-12:00,13:30-18:30; Sa 08:00-12:00",
     "Mécanique, pneus neige, chaînes ; dépannage 24h/24 en saison d'hiver."),
    ("École des Trois-Sapins", "école", "1 rue des Écoles, " + V, "04 79 59 42 18", "", "", "",
     "École maternelle et élémentaire publique, deux classes ; directrice Mme Sandrine Perrier."),
]
write_csv("annuaire.csv", ANN_HEADER, ANNUAIRE, bom=True)
print("ok", sorted(os.listdir(OUT)))
