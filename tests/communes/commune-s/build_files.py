"""Écrit les CSV publiés par Rochemoine-sur-Loire (commune fictive) dans files/.
Fiches, arrêtés (UTF-8, virgules), délibérations SCDL 2.1.5, annuaire, budgets SCDL 0.8.3."""
import csv, datetime, pathlib

OUT = pathlib.Path(__file__).parent / "files"
COMMUNE, SIRET, SIRET_CAMPING = "Rochemoine-sur-Loire", "21370291000017", "21370291000025"


def write(name, header, rows, delimiter=","):
    with open(OUT / name, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=delimiter, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            assert len(r) == len(header), (name, r)
            w.writerow(r)


# ---------------------------------------------------------------- fiches
FICHES = [
 ("Quand passe le ramassage des ordures ménagères ?",
  "La collecte des ordures ménagères (bac gris) a lieu le mardi matin dans le bourg et les hameaux. Les emballages (bac jaune) sont collectés le vendredi matin des semaines paires. Sortez les bacs la veille au soir et rentrez-les après le passage du camion.",
  "jour des poubelles|collecte du bac jaune|quand sortir la poubelle", "déchets", "https://www.rochemoine-sur-loire.fr/dechets"),
 ("Où est la déchetterie et quand est-elle ouverte ?",
  "La déchetterie intercommunale est route de Chaumoux, à la sortie du bourg. Horaires d'hiver (du 1er novembre au 31 mars) : lundi, mercredi et samedi de 9h à 12h et de 14h à 17h. Horaires d'été (du 1er avril au 31 octobre) : lundi, mercredi, vendredi et samedi de 9h à 12h et de 14h à 18h. L'accès est gratuit avec la carte remise en mairie.",
  "horaires de la déchetterie|carte de déchetterie", "déchets", ""),
 ("Quels sont les horaires pour tondre ou bricoler ?",
  "Les travaux de bricolage et de jardinage bruyants (tondeuse, tronçonneuse, taille-haie, perceuse) sont autorisés les jours ouvrables de 8h30 à 12h et de 14h30 à 19h30, le samedi de 9h à 12h et de 15h à 19h, le dimanche et les jours fériés de 10h à 12h seulement.",
  "bruit de voisinage|horaires tondeuse", "tranquillité", ""),
 ("Peut-on brûler ses déchets verts ?",
  "Le brûlage des déchets verts (tontes, feuilles, branches, tailles de haies) est interdit toute l'année pour les particuliers. Déposez-les à la déchetterie ou compostez-les. Le brûlage des sarments par les viticulteurs suit l'arrêté préfectoral en vigueur.",
  "feu de jardin|brûler des branches", "déchets", ""),
 ("Peut-on se baigner dans la Loire ?",
  "La plage des Sablons est surveillée par un maître-nageur sauveteur du 4 juillet au 23 août, tous les jours de 14h à 19h, dans la zone balisée. En dehors de ces horaires et de cette zone, la baignade dans la Loire est interdite (arrêté n° 2026-012) : courants, bancs de sable mouvants et trous d'eau la rendent dangereuse.",
  "baignade surveillée|plage des Sablons", "loisirs", ""),
 ("Le camping municipal est-il ouvert et comment réserver ?",
  "Le camping municipal des Sablons (42 emplacements et 2 chalets, au bord de la Loire) est ouvert du 1er avril au 15 octobre. Réservation par téléphone au 02 47 58 36 12 ou à l'accueil du camping. Les tarifs sont fixés chaque année par délibération du conseil municipal.",
  "réserver un emplacement|camping des Sablons", "tourisme", ""),
 ("Comment inscrire mon enfant à l'école ?",
  "L'école fait partie du regroupement pédagogique intercommunal (RPI) Rochemoine-Chaumoux : les classes de maternelle et de CP sont à l'école des Tilleuls, à Rochemoine, et les classes du CE1 au CM2 à l'école de Chaumoux. Un car scolaire gratuit relie les deux écoles. L'inscription se fait en mairie avec le livret de famille et un justificatif de domicile, puis l'admission auprès de la directrice de l'école des Tilleuls.",
  "inscription scolaire|RPI|école maternelle", "école", ""),
 ("Comment fonctionne la cantine scolaire ?",
  "Les repas sont servis à la salle de restauration de l'école des Tilleuls pour les élèves des deux écoles du RPI. L'inscription se fait en mairie, à l'année ou au mois. Le prix du repas est fixé par délibération du conseil municipal.",
  "restaurant scolaire|prix de la cantine", "école", ""),
 ("Quels sont les horaires de la garderie ?",
  "La garderie périscolaire, à l'école des Tilleuls, est ouverte les lundis, mardis, jeudis et vendredis de 7h15 à 8h50 et de 16h30 à 18h45. Tarif : 1,60 € la demi-heure, facturé au mois.",
  "accueil périscolaire|garderie du matin", "école", ""),
 ("Quand et où a lieu le marché ?",
  "Le marché hebdomadaire a lieu tous les jeudis matin de 8h à 13h, place de la Halle : fromages de chèvre, fruits et légumes, volailles, vins du coteau. En cas de travaux ou de manifestation, un arrêté du maire peut le déplacer.",
  "marché du jeudi", "vie locale", ""),
 ("Quand a lieu la Foire aux vins ?",
  "La Foire aux vins de Rochemoine a lieu chaque année le troisième week-end de mai, place du Mail et dans les caves de la rue des Vignerons : une trentaine de vignerons, dégustations et concours des vins. Entrée 5 € avec le verre gravé. Elle est organisée par le Comité de la Foire aux vins.",
  "foire aux vins|fête du vin", "vie locale", ""),
 ("Que faire en cas de crue de la Loire ?",
  "Une partie de la commune est en zone inondable (plan de prévention du risque inondation du Val de Loire). En vigilance orange ou rouge crue, le maire ferme par arrêté les berges, le chemin de halage et la plage des Sablons. Suivez vigicrues.gouv.fr et inscrivez-vous à l'alerte SMS de la mairie. En cas d'évacuation, le point de rassemblement est la salle des fêtes, rue du Stade.",
  "inondation|zone inondable|évacuation", "risques", "https://www.vigicrues.gouv.fr"),
 ("Comment recevoir les alertes de la mairie par SMS ?",
  "Le service d'alerte SMS de la mairie est gratuit : remplissez le formulaire d'inscription à l'accueil de la mairie ou sur le site internet de la commune. Vous recevrez les alertes de crue, de coupure d'eau et de fermeture de route.",
  "alerte SMS|être prévenu", "risques", ""),
 ("Que faire si je vois une fissure dans une cave ou un éboulement ?",
  "La plupart des caves troglodytiques appartiennent à des particuliers, qui en ont la charge. Si vous constatez une fissure, un fontis (affaissement du sol) ou une chute de pierres, éloignez-vous et prévenez aussitôt la mairie. Un secteur du coteau est fermé au public à cause d'un risque d'effondrement (arrêté n° 2026-009).",
  "effondrement de cave|éboulement|troglodyte", "risques", ""),
 ("Comment louer la salle des fêtes ?",
  "La salle des fêtes (rue du Stade, 180 places, cuisine équipée) se réserve à l'accueil de la mairie. Les tarifs de location, pour les habitants et pour les personnes extérieures à la commune, ainsi que la caution, sont fixés par délibération du conseil municipal.",
  "location de salle|réserver la salle", "vie locale", ""),
 ("Où faire sa carte d'identité ou son passeport ?",
  "La mairie de Rochemoine-sur-Loire ne délivre pas les cartes d'identité ni les passeports. Faites une pré-demande sur ants.gouv.fr puis prenez rendez-vous dans une mairie équipée d'un dispositif de recueil ; la plus proche est celle de Villandrais (02 47 58 20 00).",
  "CNI|passeport|papiers d'identité", "état civil", "https://ants.gouv.fr"),
 ("Quelles règles pour construire en zone inondable ?",
  "Le plan local d'urbanisme intercommunal et le PPRI sont consultables en mairie. En zone inondable, toute construction ou extension doit respecter le PPRI : le plancher habitable doit être au-dessus des plus hautes eaux connues. Déposez votre déclaration préalable ou votre permis de construire en mairie ou sur le guichet numérique des autorisations d'urbanisme.",
  "permis de construire|déclaration préalable|PLU", "urbanisme", ""),
 ("Que trouve-t-on sur La Loire à vélo à Rochemoine ?",
  "L'itinéraire La Loire à vélo traverse la commune par la levée et le quai des Mariniers. Une aire de services (gonflage, point d'eau, toilettes, abri) est installée près de la halte fluviale. Pour louer un vélo, voir Cycles de la Levée dans l'annuaire.",
  "piste cyclable|Loire à vélo", "tourisme", ""),
 ("Quels sont les horaires et les tarifs du cimetière ?",
  "Le cimetière, chemin des Tilleuls, est ouvert tous les jours de 8h à 18h (jusqu'à 20h de mai à septembre). Concessions : 150 € pour 30 ans, 250 € pour 50 ans, à demander en mairie.",
  "concession funéraire", "cimetière", ""),
 ("Les chiens sont-ils autorisés sur la plage et les bords de Loire ?",
  "Les chiens doivent être tenus en laisse dans le bourg, sur le chemin de halage, le quai des Mariniers et à la plage des Sablons (arrêté n° 2026-007). Ramassez les déjections : des sacs sont à disposition à la mairie et à l'aire de La Loire à vélo.",
  "chien en laisse|crottes de chien", "tranquillité", ""),
 ("Quand la bibliothèque est-elle ouverte ?",
  "La bibliothèque municipale, 4 rue de l'Église, est ouverte le mercredi de 15h à 18h et le samedi de 10h à 12h. L'inscription est gratuite pour tous.",
  "médiathèque|prêt de livres", "culture", ""),
 ("Mon enfant a 16 ans : que faire pour le recensement ?",
  "Les jeunes doivent se faire recenser à la mairie dans les trois mois qui suivent leurs 16 ans, avec leur carte d'identité et le livret de famille. L'attestation remise est demandée pour le permis de conduire et les examens.",
  "recensement citoyen|journée défense", "état civil", ""),
]
write("fiches.csv", ["question", "reponse", "variantes", "theme", "lien"], FICHES)

# ---------------------------------------------------------------- arrêtés (UTF-8, virgules)
POLICE = ("6.1", "libertés publiques et pouvoirs de police/police municipale")
URL = "https://www.rochemoine-sur-loire.fr/arretes/"
ARR = [
 ("2025-014", "2025-04-22", "temporaire", "Réglementation de la circulation et du stationnement pendant la Foire aux vins 2025", "2025-05-17", "2025-05-18", "place du Mail;rue des Vignerons"),
 ("2025-030", "2025-06-26", "temporaire", "Interdiction de l'usage des pétards et feux d'artifice par les particuliers du 1er juillet au 31 août 2025", "2025-07-01", "2025-08-31", ""),
 ("2025-041", "2025-11-19", "temporaire", "Fermeture au public des berges de la Loire et du chemin de halage pendant la vigilance orange crue", "2025-11-19", "2025-11-28", "quai des Mariniers;chemin de halage;plage des Sablons"),
 ("2026-003", "2026-01-12", "permanent", "Règlement intérieur du camping municipal des Sablons : silence de 22h à 7h, visiteurs admis de 9h à 21h, chiens tenus en laisse", "", "", "camping municipal des Sablons"),
 ("2026-007", "2026-02-02", "permanent", "Obligation de tenir les chiens en laisse sur le chemin de halage, le quai des Mariniers et à la plage des Sablons", "", "", "chemin de halage;quai des Mariniers;plage des Sablons"),
 ("2026-009", "2026-02-10", "permanent", "Interdiction d'accès au public du coteau de la Roche-Bourdin et du chemin des Perrières en raison d'un risque d'effondrement de caves", "", "", "coteau de la Roche-Bourdin;chemin des Perrières"),
 ("2026-012", "2026-03-02", "permanent", "Interdiction de la baignade dans la Loire en dehors de la zone balisée de la plage des Sablons et des heures de surveillance (14h à 19h du 4 juillet au 23 août)", "", "", "plage des Sablons"),
 ("2026-015", "2026-03-16", "permanent", "Limitation de la vitesse à 30 km/h rue des Caves, rue de la Cave-Peinte et rue des Vignerons", "", "", "rue des Caves;rue de la Cave-Peinte;rue des Vignerons"),
 ("2026-019", "2026-04-07", "temporaire", "Stationnement interdit place de l'Église pour le vide-greniers du 1er mai", "2026-05-01", "2026-05-01", "place de l'Église"),
 ("2026-021", "2026-04-20", "temporaire", "Réglementation de la circulation et du stationnement pendant la Foire aux vins 2026 : place du Mail et rue des Vignerons fermées à la circulation, parking des visiteurs au pré de la Boire", "2026-05-16", "2026-05-17", "place du Mail;rue des Vignerons;pré de la Boire"),
 ("2026-022", "2026-04-20", "temporaire", "Mise en sens unique de la rue de la Cave-Peinte pendant la Foire aux vins 2026", "2026-05-16", "2026-05-17", "rue de la Cave-Peinte"),
 ("2026-027", "2026-05-28", "temporaire", "Fermeture de la rue des Caves à la circulation pour la purge de la falaise (chutes de pierres)", "2026-06-08", "2026-06-19", "rue des Caves"),
 ("2026-031", "2026-06-22", "temporaire", "Circulation et stationnement interdits sur le quai des Mariniers pour la fête du 13 juillet et le feu d'artifice municipal", "2026-07-13", "2026-07-14", "quai des Mariniers"),
 ("2026-032", "2026-06-22", "temporaire", "Interdiction de l'usage des pétards, fusées et feux d'artifice par les particuliers du 1er juillet au 31 août 2026, sauf le feu d'artifice municipal du 13 juillet", "2026-07-01", "2026-08-31", ""),
 ("2026-034", "2026-07-02", "permanent", "Interdiction du camping sauvage et du stationnement des camping-cars de 22h à 7h sur le quai des Mariniers et au pré de la Boire", "", "", "quai des Mariniers;pré de la Boire"),
 ("2026-038", "2026-09-08", "temporaire", "Sécurité des promeneurs pendant la saison de chasse : battues au grand gibier les jeudis et dimanches dans le bois des Gaudières, accès déconseillé les jours de battue", "2026-09-20", "2027-02-28", "bois des Gaudières;chemin des Gaudières"),
 ("2026-040", "2026-10-26", "temporaire", "Travaux de réfection de la chaussée de la route de la Levée : circulation alternée par feux et vitesse limitée à 30 km/h", "2026-11-16", "2026-12-18", "route de la Levée"),
 ("2026-041", "2026-10-01", "temporaire", "Déplacement du marché du jeudi sur le parking de la salle des fêtes pendant les travaux de la halle", "2026-10-08", "2027-01-28", "place de la Halle;parking de la salle des fêtes"),
 ("2026-043", "2026-10-28", "temporaire", "Stationnement interdit rue de l'Église pour la cérémonie du 11 Novembre", "2026-11-11", "2026-11-11", "rue de l'Église"),
 ("2026-044", "2026-11-23", "temporaire", "Route de Chaumoux barrée pour des travaux d'élagage, déviation par la route de la Levée", "2026-12-07", "2026-12-11", "route de Chaumoux"),
 ("2026-047", "2026-11-30", "temporaire", "Travaux de réfection de la route de la Levée, deuxième tranche : route barrée entre le quai des Mariniers et le lieu-dit la Boire, déviation par la route de Chaumoux", "2027-01-11", "2027-02-05", "route de la Levée"),
 ("2026-048", "2026-12-02", "temporaire", "Fermeture au public des berges de la Loire, du chemin de halage et de la plage des Sablons pendant la vigilance orange crue", "2026-12-02", "2026-12-13", "quai des Mariniers;chemin de halage;plage des Sablons;cale de la halte fluviale"),
]
rows = []
for num, date, typ, objet, deb, fin, lieu in ARR:
    url = URL + f"arrete-{num}.pdf" if num == "2026-048" else ""
    rows.append([COMMUNE, SIRET, num, date, typ, POLICE[0], POLICE[1], objet, deb, fin, lieu, url])
write("arretes.csv", ["COLL_NOM", "COLL_SIRET", "ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_MATIERE_CODE",
                      "ARR_MATIERE_NOM", "ARR_OBJET", "ARR_DEBUT", "ARR_FIN", "ARR_LIEU", "ARR_URL"], rows)

# ---------------------------------------------------------------- délibérations SCDL 2.1.5
M = {"7.10": "finances locales/divers", "7.1": "finances locales/décisions budgétaires",
     "7.2": "finances locales/fiscalité", "7.5": "finances locales/subventions",
     "3.1": "domaine et patrimoine/acquisitions", "8.1": "domaines de compétences par thèmes/enseignement",
     "8.4": "domaines de compétences par thèmes/aménagement du territoire"}
D = [  # id, date, matiere, objet, budget_annee, budget_nom, effectif, reel, pour, contre, abst
 ("2025-030", "2025-06-19", "7.10", "Prix du repas à la cantine scolaire à compter de la rentrée de septembre 2025 : 3,30 € le repas enfant, 5,60 € le repas adulte", "", "", 15, 14, 14, 0, 0),
 ("2025-058", "2025-12-11", "7.10", "Tarifs 2026 du camping municipal des Sablons : emplacement pour 2 personnes avec véhicule 14,50 € la nuit, personne supplémentaire 4,20 €, branchement électrique 4,50 €, location d'un chalet 420 € la semaine en juillet et août", "", "", 15, 14, 14, 0, 0),
 ("2026-004", "2026-01-22", "7.10", "Tarifs de location de la salle des fêtes à compter du 1er février 2026 : week-end 180 € pour les habitants de la commune et 350 € pour les personnes extérieures à la commune ; journée en semaine 90 € (habitants) et 160 € (hors commune) ; caution de 500 €", "", "", 15, 14, 14, 0, 0),
 ("2026-013", "2026-03-26", "7.2", "Vote des taux d'imposition 2026, inchangés : taxe foncière sur les propriétés bâties 38,42 %, taxe foncière sur les propriétés non bâties 52,10 %, taxe d'habitation sur les résidences secondaires 12,85 %", "2026", "", 15, 15, 15, 0, 0),
 ("2026-014", "2026-03-26", "7.1", "Vote du budget primitif 2026 de la commune", "2026", "Budget principal", 15, 15, 12, 3, 0),
 ("2026-015", "2026-03-26", "7.5", "Attribution d'une subvention exceptionnelle de 4 500 € au Comité de la Foire aux vins de Rochemoine pour l'organisation de la foire 2026", "2026", "", 15, 14, 13, 0, 1),
 ("2026-016", "2026-03-26", "7.5", "Subventions aux associations 2026 : Canoë-Club des Sablons 800 €, Amicale des sapeurs-pompiers 300 €, Club des aînés Les Tuffeaux 450 €, coopérative scolaire de l'école des Tilleuls 1 200 €", "2026", "", 15, 15, 15, 0, 0),
 ("2026-017", "2026-03-26", "7.1", "Vote du budget primitif 2026 du budget annexe du camping municipal des Sablons", "2026", "Camping municipal des Sablons", 15, 15, 15, 0, 0),
 ("2026-024", "2026-05-21", "3.1", "Acquisition de la parcelle AB 213 (1 850 m²) au lieu-dit le Clos Moreau, appartenant aux consorts Brault, au prix de 22 000 € hors frais de notaire, pour l'aménagement d'un parking de 45 places près de la place du Mail", "", "", 15, 15, 13, 2, 0),
 ("2026-025", "2026-06-25", "7.1", "Approbation du compte administratif 2025 de la commune", "2025", "Budget principal", 15, 13, 13, 0, 0),
 ("2026-033", "2026-06-25", "7.10", "Prix du repas à la cantine scolaire à compter de la rentrée de septembre 2026 : 3,45 € le repas enfant, 5,80 € le repas adulte", "", "", 15, 14, 12, 2, 0),
 ("2026-034", "2026-06-25", "8.1", "Convention avec la commune de Chaumoux pour le fonctionnement du regroupement pédagogique intercommunal : participation de 1 150 € par élève et par an", "", "", 15, 14, 14, 0, 0),
 ("2026-041", "2026-09-24", "7.5", "Demande de subvention au titre de la DETR pour la réfection de la route de la Levée, d'un coût estimé à 186 000 € HT", "", "", 15, 15, 15, 0, 0),
 ("2026-052", "2026-10-22", "8.4", "Convention avec l'office de tourisme Touraine Val de Loire pour l'accueil des cyclistes de La Loire à vélo : participation communale de 2 300 € par an", "", "", 15, 13, 11, 0, 2),
 ("2026-061", "2026-11-26", "7.10", "Tarifs 2027 du camping municipal des Sablons : emplacement pour 2 personnes avec véhicule 15,00 € la nuit, personne supplémentaire 4,40 €, branchement électrique 4,80 €, location d'un chalet 450 € la semaine en juillet et août", "", "", 15, 13, 12, 0, 1),
]
rows = []
for i, d, m, objet, ba, bn, eff, reel, pour, contre, abst in D:
    assert pour + contre + abst == reel <= eff, i
    rows.append([COMMUNE, SIRET, i, d, m, M[m], objet, ba, bn, f"PREF037-{d.replace('-', '')}", str(datetime.date.fromisoformat(d) + datetime.timedelta(days=3)), eff, reel, pour, contre, abst,
                 f"https://www.rochemoine-sur-loire.fr/deliberations/{i}.pdf"])
write("deliberations.csv", ["COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM",
                            "DELIB_OBJET", "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID", "PREF_DATE", "VOTE_EFFECTIF", "VOTE_REEL",
                            "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION", "DELIB_URL"], rows)

# ---------------------------------------------------------------- annuaire
A = [  # nom, categorie, adresse, telephone, email, site_web, horaires, description
 ("Domaine des Perrières", "viticulteur", "12 rue des Vignerons, 37420 Rochemoine-sur-Loire", "02 47 58 40 11", "contact@domaine-perrieres.fr", "https://www.domaine-perrieres.fr", "Mo-Sa 10:00-12:30,14:00-18:30", "Vins rouges et rosés en agriculture biologique ; dégustation gratuite au caveau troglodytique."),
 ("Cave Moreau-Brault", "viticulteur", "3 rue de la Cave-Peinte, 37420 Rochemoine-sur-Loire", "02 47 58 40 27", "moreau.brault@orange.fr", "", "Tu-Sa 09:30-12:00,14:30-18:00; Su 10:00-12:30", "Vins blancs secs et fines bulles élevés dans une cave creusée dans le tuffeau ; visite de la cave sur rendez-vous."),
 ("Domaine de la Roche-Bourdin", "viticulteur", "Lieu-dit la Roche-Bourdin, 37420 Rochemoine-sur-Loire", "02 47 58 41 90", "", "https://www.rochebourdin-vins.fr", "Fr,Sa 14:00-18:00", "Vigneron indépendant, rouges de garde ; dégustation le vendredi et le samedi après-midi."),
 ("Château de la Boire", "viticulteur", "Route de la Levée, 37420 Rochemoine-sur-Loire", "02 47 58 42 05", "accueil@chateaudelaboire.fr", "https://www.chateaudelaboire.fr", "Mo-Su 10:00-19:00", "Domaine viticole au bord de la Loire, boutique et dégustation tous les jours, chambres d'hôtes."),
 ("GAEC Tessier Père et Fils", "viticulteur", "8 rue des Caves, 37420 Rochemoine-sur-Loire", "02 47 58 43 36", "gaec.tessier@wanadoo.fr", "", "Sa 09:00-12:00,14:00-18:00", "Vins rouges, rosés et jus de raisin ; vente à la cave le samedi, en semaine sur rendez-vous."),
 ("Cave coopérative des Coteaux de Rochemoine", "cave coopérative", "1 avenue de la Gare, 37420 Rochemoine-sur-Loire", "02 47 58 44 00", "boutique@coteaux-rochemoine.fr", "https://www.coteaux-rochemoine.fr", "Mo-Sa 09:00-12:30,14:00-19:00; Su 10:00-12:30", "Boutique de la cave coopérative : vins de 24 vignerons, coffrets cadeaux, dégustation."),
 ("Le Fournil des Tuffeaux", "boulangerie", "5 place de la Halle, 37420 Rochemoine-sur-Loire", "02 47 58 30 44", "", "", "Tu-Sa 06:45-13:00,15:30-19:00; Su 07:00-12:30", "Boulangerie-pâtisserie, pain au levain, fouées le dimanche. Fermée le lundi."),
 ("Épicerie du Mail", "épicerie", "9 place du Mail, 37420 Rochemoine-sur-Loire", "02 47 58 30 61", "", "", "Mo-Sa 08:00-12:30,15:30-19:30; Su 08:30-12:30", "Épicerie, produits locaux, dépôt de gaz et relais colis."),
 ("Bar-tabac Le Marinier", "bar-tabac", "1 quai des Mariniers, 37420 Rochemoine-sur-Loire", "02 47 58 30 78", "", "", "Mo-Sa 07:00-20:00; Su 08:00-13:00", "Bar, tabac, presse, jeux ; terrasse au bord de la Loire."),
 ("La Guinguette des Sablons", "restaurant", "Plage des Sablons, 37420 Rochemoine-sur-Loire", "06 71 22 58 90", "", "", "May-Sep: We-Su 12:00-22:30", "Guinguette de bord de Loire, ouverte de mai à septembre : fritures, planches, concerts le samedi soir."),
 ("Restaurant Le Tuffeau", "restaurant", "14 rue Nationale, 37420 Rochemoine-sur-Loire", "02 47 58 31 55", "", "https://www.restaurant-letuffeau.fr", "Tu-Sa 12:00-13:45,19:15-21:00; Su 12:00-13:45", "Cuisine de Touraine dans une salle troglodytique ; menu du jour le midi en semaine."),
 ("Dr Claire Vasseur", "médecin généraliste", "Maison de santé, 3 rue du Stade, 37420 Rochemoine-sur-Loire", "02 47 58 32 10", "", "", "Mo,Tu,Th,Fr 08:30-12:00,14:00-19:00; Sa 09:00-12:00", "Consultations sur rendez-vous, visites à domicile l'après-midi."),
 ("Cabinet infirmier des Tilleuls", "infirmier", "Maison de santé, 3 rue du Stade, 37420 Rochemoine-sur-Loire", "06 82 14 37 56", "", "", "Mo-Fr 07:30-08:30", "Soins à domicile 7 jours sur 7 ; permanence au cabinet du lundi au vendredi de 7h30 à 8h30."),
 ("Sébastien Gaudron, masseur-kinésithérapeute", "kinésithérapeute", "Maison de santé, 3 rue du Stade, 37420 Rochemoine-sur-Loire", "02 47 58 32 44", "", "", "Mo-Fr 08:00-19:30", "Sur rendez-vous."),
 ("Pharmacie de la Loire", "pharmacie", "6 place du Marché, 37420 Villandrais", "02 47 58 21 30", "", "", "Mo-Fr 09:00-12:30,14:00-19:30; Sa 09:00-12:30", "Pharmacie la plus proche, à Villandrais (7 km). Pour la pharmacie de garde, composer le 3237."),
 ("Clinique vétérinaire du Val", "vétérinaire", "22 route de Tours, 37420 Villandrais", "02 47 58 22 81", "", "", "Mo-Fr 08:30-12:00,14:00-19:00; Sa 09:00-12:00", "Chiens, chats et animaux de la ferme ; urgences par téléphone."),
 ("Cycles de la Levée", "location de vélos", "4 quai des Mariniers, 37420 Rochemoine-sur-Loire", "06 64 19 72 03", "cycles.levee@gmail.com", "https://www.cycles-levee.fr", "Apr-Oct: Mo-Su 09:00-19:00", "Location de vélos et de vélos à assistance électrique pour La Loire à vélo, réparation, d'avril à octobre."),
 ("Canoë-Club des Sablons", "association sportive", "Base nautique, plage des Sablons, 37420 Rochemoine-sur-Loire", "06 31 48 52 67", "canoe.sablons@laposte.net", "", "", "Canoë et kayak sur la Loire : location et descentes accompagnées en juillet et août, école de pagaie le samedi après-midi le reste de l'année."),
 ("École des Tilleuls", "école", "7 chemin des Tilleuls, 37420 Rochemoine-sur-Loire", "02 47 58 33 20", "ecole.tilleuls@ac-orleans-tours.fr", "", "", "École maternelle et CP du RPI Rochemoine-Chaumoux ; directrice : Mme Anne Lhermitte."),
 ("École de Chaumoux", "école", "2 rue de l'Église, 37420 Chaumoux", "02 47 58 52 14", "ecole.chaumoux@ac-orleans-tours.fr", "", "", "Classes du CE1 au CM2 du RPI Rochemoine-Chaumoux."),
 ("Bureau d'information touristique de Rochemoine", "office de tourisme", "Halte fluviale, quai des Mariniers, 37420 Rochemoine-sur-Loire", "02 47 58 35 50", "rochemoine@tourisme-valdeloire.fr", "https://www.tourisme-valdeloire.fr", "Apr-Sep: Tu-Su 10:00-12:30,14:00-18:00", "Office de tourisme Touraine Val de Loire : visites de caves, plans de La Loire à vélo, billetterie. Ouvert d'avril à septembre."),
 ("Camping municipal des Sablons", "camping", "Chemin de la Plage, 37420 Rochemoine-sur-Loire", "02 47 58 36 12", "camping@rochemoine-sur-loire.fr", "", "Apr 01-Oct 15: Mo-Su 08:30-12:00,15:00-19:30", "42 emplacements et 2 chalets au bord de la Loire, ouvert du 1er avril au 15 octobre."),
 ("Salle des fêtes", "salle des fêtes", "Rue du Stade, 37420 Rochemoine-sur-Loire", "02 47 58 31 00", "", "", "", "180 places, cuisine équipée ; réservation à la mairie. Point de rassemblement en cas d'évacuation."),
 ("Bibliothèque municipale", "bibliothèque", "4 rue de l'Église, 37420 Rochemoine-sur-Loire", "02 47 58 31 09", "", "", "We 15:00-18:00; Sa 10:00-12:00", "Prêt de livres, revues et jeux ; inscription gratuite."),
 ("Agence postale communale", "bureau de poste", "2 place de la Mairie, 37420 Rochemoine-sur-Loire", "02 47 58 31 05", "", "", "Tu-Fr 09:00-12:00; Sa 09:30-11:30", "Lettres, colis, retraits d'espèces jusqu'à 350 € par semaine."),
 ("Garage Pichon", "garage automobile", "30 route de Chaumoux, 37420 Rochemoine-sur-Loire", "02 47 58 37 19", "", "", "Mo-Fr 08:00-12:00,13:30-18:30; Sa 08:00-12:00", "Mécanique toutes marques, dépannage 24h/24."),
 ("Taxi Val de Loire", "taxi", "11 rue Nationale, 37420 Rochemoine-sur-Loire", "06 07 58 91 24", "", "", "", "Taxi conventionné, transport vers les gares de Tours et de Saumur, sur réservation."),
 ("Coiff'Loire", "coiffeur", "2 rue Nationale, 37420 Rochemoine-sur-Loire", "02 47 58 30 92", "", "", "Tu-Fr 09:00-18:30; Sa 08:30-16:00", "Coiffure mixte, avec ou sans rendez-vous."),
 ("Champignonnière du Coteau", "site touristique", "Route des Caves, 37420 Rochemoine-sur-Loire", "02 47 58 39 66", "", "https://www.champignonniere-coteau.fr", "Apr-Oct: Mo-Su 10:00-18:00", "Visite guidée d'une champignonnière troglodytique et vente de champignons."),
 ("Comité de la Foire aux vins", "association", "Mairie, 2 place de la Mairie, 37420 Rochemoine-sur-Loire", "06 45 27 80 13", "foireauxvins.rochemoine@gmail.com", "", "", "Organise la Foire aux vins le troisième week-end de mai. Président : M. Didier Moreau."),
 ("Club des aînés Les Tuffeaux", "association", "Salle des fêtes, rue du Stade, 37420 Rochemoine-sur-Loire", "02 47 58 34 71", "", "", "", "Jeux de cartes et goûter le mardi après-midi, voyages."),
 ("Déchetterie intercommunale", "déchetterie", "Route de Chaumoux, 37420 Rochemoine-sur-Loire", "02 47 58 55 00", "", "", "", "Horaires d'été et d'hiver : voir la fiche de la mairie."),
]
write("annuaire.csv", ["nom", "categorie", "adresse", "telephone", "email", "site_web", "horaires", "description"], A)

# ---------------------------------------------------------------- budgets SCDL 0.8.3
BGT_HEADER = ["BGT_NATDEC", "BGT_ANNEE", "BGT_SIRET", "BGT_NOM", "BGT_CONTNAT", "BGT_CONTNAT_LABEL", "BGT_NATURE",
              "BGT_NATURE_LABEL", "BGT_FONCTION", "BGT_FONCTION_LABEL", "BGT_OPERATION", "BGT_SECTION", "BGT_OPBUDG",
              "BGT_CODRD", "BGT_MTREAL", "BGT_MTBUDGPREC", "BGT_MTRARPREC", "BGT_MTPROPNOUV", "BGT_MTPREV",
              "BGT_CREDOUV", "BGT_MTRAR3112", "BGT_ARTSPE"]
CH = {  # chapter labels (M57 and M14 share these codes for a village)
 "011": "Charges à caractère général", "012": "Charges de personnel et frais assimilés", "014": "Atténuations de produits",
 "65": "Autres charges de gestion courante", "66": "Charges financières", "013": "Atténuations de charges",
 "70": "Produits des services, du domaine et ventes diverses", "731": "Fiscalité locale", "73": "Impôts et taxes",
 "74": "Dotations et participations", "75": "Autres produits de gestion courante", "77": "Produits exceptionnels",
 "023": "Virement à la section d'investissement", "021": "Virement de la section de fonctionnement",
 "042": "Opérations d'ordre de transfert entre sections", "040": "Opérations d'ordre de transfert entre sections",
 "20": "Immobilisations incorporelles", "21": "Immobilisations corporelles", "23": "Immobilisations en cours",
 "16": "Emprunts et dettes assimilées", "10": "Dotations, fonds divers et réserves", "13": "Subventions d'investissement",
 "002": "Résultat de fonctionnement reporté", "001": "Solde d'exécution de la section d'investissement reporté",
}
F, I, D_, R = "fonctionnement", "investissement", "dépense", "recette"

# (section, codrd, opbudg, chapitre, nature, libellé, prévu, réalisé)
BP2026 = [
 (F, D_, "réel", "011", "6042", "Achats de prestations de services", 38000, None),
 (F, D_, "réel", "011", "60611", "Eau et assainissement", 6800, None),
 (F, D_, "réel", "011", "60612", "Énergie - Électricité", 42500, None),
 (F, D_, "réel", "011", "60622", "Carburants", 4200, None),
 (F, D_, "réel", "011", "60631", "Fournitures d'entretien", 3100, None),
 (F, D_, "réel", "011", "615221", "Entretien et réparations - Bâtiments publics", 18000, None),
 (F, D_, "réel", "011", "615231", "Entretien et réparations - Voiries", 24000, None),
 (F, D_, "réel", "011", "6156", "Maintenance", 5400, None),
 (F, D_, "réel", "011", "6161", "Multirisques", 7900, None),
 (F, D_, "réel", "011", "6232", "Fêtes et cérémonies", 6500, None),
 (F, D_, "réel", "012", "64111", "Rémunération principale du personnel titulaire", 198000, None),
 (F, D_, "réel", "012", "64131", "Rémunérations du personnel non titulaire", 42000, None),
 (F, D_, "réel", "012", "6451", "Cotisations à l'URSSAF", 46500, None),
 (F, D_, "réel", "012", "6453", "Cotisations aux caisses de retraite", 58200, None),
 (F, D_, "réel", "014", "739223", "Fonds de péréquation des ressources communales et intercommunales", 3200, None),
 (F, D_, "réel", "65", "6531", "Indemnités", 36400, None),
 (F, D_, "réel", "65", "6553", "Service d'incendie", 21300, None),
 (F, D_, "réel", "65", "65548", "Autres contributions", 31050, None),
 (F, D_, "réel", "65", "6574", "Subventions de fonctionnement aux associations et autres personnes de droit privé", 14800, None),
 (F, D_, "réel", "66", "66111", "Intérêts réglés à l'échéance", 9850, None),
 (F, D_, "ordre", "023", "023", "Virement à la section d'investissement", 125600, None),
 (F, D_, "ordre", "042", "6811", "Dotations aux amortissements des immobilisations incorporelles et corporelles", 12400, None),
 (F, R, "réel", "013", "6419", "Remboursements sur rémunérations du personnel", 4500, None),
 (F, R, "réel", "70", "70311", "Concessions dans les cimetières (produit net)", 1500, None),
 (F, R, "réel", "70", "7067", "Redevances et droits des services périscolaires et d'enseignement", 36000, None),
 (F, R, "réel", "731", "73111", "Impôts directs locaux", 412000, None),
 (F, R, "réel", "731", "7362", "Taxes de séjour", 3800, None),
 (F, R, "réel", "74", "7411", "Dotation forfaitaire", 118000, None),
 (F, R, "réel", "74", "74121", "Dotation de solidarité rurale", 52000, None),
 (F, R, "réel", "74", "74127", "Dotation nationale de péréquation", 14000, None),
 (F, R, "réel", "75", "752", "Revenus des immeubles", 17500, None),
 (F, R, "réel", "002", "002", "Résultat de fonctionnement reporté", 96400, None),
 (I, D_, "réel", "20", "202", "Frais liés à la réalisation des documents d'urbanisme", 8000, None),
 (I, D_, "réel", "21", "2111", "Terrains nus", 24000, None),
 (I, D_, "réel", "21", "21312", "Bâtiments scolaires", 35000, None),
 (I, D_, "réel", "21", "2151", "Réseaux de voirie", 186000, None),
 (I, D_, "réel", "21", "2152", "Installations de voirie", 12000, None),
 (I, D_, "réel", "21", "2188", "Autres immobilisations corporelles", 9500, None),
 (I, D_, "réel", "23", "2313", "Constructions", 140000, None),
 (I, D_, "réel", "16", "1641", "Emprunts en euros", 38600, None),
 (I, D_, "réel", "001", "001", "Solde d'exécution de la section d'investissement reporté", 41300, None),
 (I, R, "réel", "10", "10222", "FCTVA", 32000, None),
 (I, R, "réel", "10", "1068", "Excédents de fonctionnement capitalisés", 58000, None),
 (I, R, "réel", "13", "1341", "Dotation d'équipement des territoires ruraux (DETR)", 74400, None),
 (I, R, "réel", "13", "1323", "Subventions d'équipement des départements", 45000, None),
 (I, R, "réel", "16", "1641", "Emprunts en euros", 147000, None),
 (I, R, "ordre", "021", "021", "Virement de la section de fonctionnement", 125600, None),
 (I, R, "ordre", "040", "28188", "Amortissements des autres immobilisations corporelles", 12400, None),
]

CA2025 = [  # M14 abrégée, compte administratif : prévu (crédits votés) et réalisé
 (F, D_, "réel", "011", "6042", "Achats prestations de services (autres que terrains à aménager)", 36000, 34812.40),
 (F, D_, "réel", "011", "60611", "Eau et assainissement", 6500, 6118.72),
 (F, D_, "réel", "011", "60612", "Énergie - Électricité", 40000, 43906.15),
 (F, D_, "réel", "011", "60622", "Carburants", 4000, 3654.90),
 (F, D_, "réel", "011", "60631", "Fournitures d'entretien", 3000, 2487.33),
 (F, D_, "réel", "011", "61522", "Entretien et réparations - Bâtiments", 16000, 14250.00),
 (F, D_, "réel", "011", "61523", "Entretien et réparations - Voies et réseaux", 22000, 19873.64),
 (F, D_, "réel", "011", "6156", "Maintenance", 5000, 5112.00),
 (F, D_, "réel", "011", "616", "Primes d'assurances", 7600, 7548.21),
 (F, D_, "réel", "011", "6232", "Fêtes et cérémonies", 6000, 5236.80),
 (F, D_, "réel", "012", "6411", "Personnel titulaire", 192000, 189436.27),
 (F, D_, "réel", "012", "6413", "Personnel non titulaire", 40000, 38921.50),
 (F, D_, "réel", "012", "6451", "Cotisations à l'URSSAF", 45000, 44208.91),
 (F, D_, "réel", "012", "6453", "Cotisations aux caisses de retraite", 56000, 55372.06),
 (F, D_, "réel", "014", "73925", "Fonds de péréquation des recettes fiscales communales et intercommunales", 3100, 2987.00),
 (F, D_, "réel", "65", "6531", "Indemnités", 36000, 35640.00),
 (F, D_, "réel", "65", "6553", "Service d'incendie", 20800, 20812.00),
 (F, D_, "réel", "65", "65548", "Autres contributions", 30000, 29900.00),
 (F, D_, "réel", "65", "6574", "Subventions de fonctionnement aux associations et autres personnes de droit privé", 13500, 12950.00),
 (F, D_, "réel", "66", "66111", "Intérêts réglés à l'échéance", 10400, 10386.44),
 (F, D_, "ordre", "023", "023", "Virement à la section d'investissement", 90000, None),
 (F, D_, "ordre", "042", "6811", "Dotations aux amortissements des immobilisations incorporelles et corporelles", 12000, 12000.00),
 (F, R, "réel", "013", "6419", "Remboursements sur rémunérations du personnel", 4000, 6231.18),
 (F, R, "réel", "70", "70311", "Concessions dans les cimetières (produit net)", 1500, 1950.00),
 (F, R, "réel", "70", "7067", "Redevances et droits des services périscolaires et d'enseignement", 34000, 35127.60),
 (F, R, "réel", "73", "73111", "Taxes foncières et d'habitation", 398000, 401236.00),
 (F, R, "réel", "73", "7381", "Taxe additionnelle aux droits de mutation ou à la taxe de publicité foncière", 22000, 27480.55),
 (F, R, "réel", "74", "7411", "Dotation forfaitaire", 119500, 119412.00),
 (F, R, "réel", "74", "74121", "Dotation de solidarité rurale", 50000, 51208.00),
 (F, R, "réel", "74", "74127", "Dotation nationale de péréquation", 13500, 13877.00),
 (F, R, "réel", "75", "752", "Revenus des immeubles", 17000, 16840.00),
 (F, R, "réel", "77", "7788", "Produits exceptionnels divers", None, 2315.40),
 (F, R, "réel", "002", "002", "Résultat de fonctionnement reporté", 88200, None),
 (I, D_, "réel", "21", "21312", "Bâtiments scolaires", 25000, 21430.80),
 (I, D_, "réel", "21", "2151", "Réseaux de voirie", 60000, 48702.36),
 (I, D_, "réel", "21", "2188", "Autres immobilisations corporelles", 8000, 6915.00),
 (I, D_, "réel", "23", "2313", "Constructions", 40000, 12480.00),
 (I, D_, "réel", "16", "1641", "Emprunts en euros", 37500, 37418.52),
 (I, D_, "réel", "001", "001", "Solde d'exécution de la section d'investissement reporté", 15000, None),
 (I, R, "réel", "10", "10222", "FCTVA", 18000, 17205.00),
 (I, R, "réel", "10", "1068", "Excédents de fonctionnement capitalisés", 40000, 40000.00),
 (I, R, "réel", "13", "1341", "Dotation d'équipement des territoires ruraux", 20000, None),
 (I, R, "réel", "13", "1323", "Subventions d'équipement des départements", 12000, 12000.00),
 (I, R, "ordre", "021", "021", "Virement de la section de fonctionnement", 90000, None),
 (I, R, "ordre", "040", "28188", "Amortissements des autres immobilisations corporelles", 12000, 12000.00),
]

CAMPING2026 = [
 (F, D_, "réel", "011", "6061", "Fournitures non stockables (eau, énergie)", 9800, None),
 (F, D_, "réel", "011", "6063", "Fournitures d'entretien et de petit équipement", 2400, None),
 (F, D_, "réel", "011", "615", "Entretien et réparations", 4500, None),
 (F, D_, "réel", "011", "616", "Primes d'assurances", 1300, None),
 (F, D_, "réel", "011", "6238", "Publicité, publications, relations publiques - Divers", 1200, None),
 (F, D_, "réel", "012", "64131", "Rémunérations du personnel non titulaire", 14200, None),
 (F, D_, "réel", "012", "6451", "Cotisations à l'URSSAF", 4100, None),
 (F, D_, "réel", "66", "66111", "Intérêts réglés à l'échéance", 1150, None),
 (F, D_, "ordre", "023", "023", "Virement à la section d'investissement", 29500, None),
 (F, D_, "ordre", "042", "6811", "Dotations aux amortissements des immobilisations incorporelles et corporelles", 3900, None),
 (F, R, "réel", "70", "706", "Prestations de services", 58000, None),
 (F, R, "réel", "70", "7083", "Locations diverses (autres qu'immeubles)", 9800, None),
 (F, R, "réel", "002", "002", "Résultat de fonctionnement reporté", 4250, None),
 (I, D_, "réel", "21", "2135", "Installations générales, agencements, aménagements des constructions", 36000, None),
 (I, D_, "réel", "21", "2188", "Autres immobilisations corporelles", 6000, None),
 (I, D_, "réel", "16", "1641", "Emprunts en euros", 3200, None),
 (I, R, "ordre", "021", "021", "Virement de la section de fonctionnement", 29500, None),
 (I, R, "ordre", "040", "28135", "Amortissements des installations générales, agencements", 3900, None),
 (I, R, "réel", "001", "001", "Solde d'exécution de la section d'investissement reporté", 11800, None),
]


def fmt(x):
    return "" if x is None else f"{x:.2f}"


def budget(name, natdec, annee, siret, nom, lines, ca=False):
    rows = []
    for sec, codrd, op, ch, nat, lab, prev, real in lines:
        rows.append([natdec, annee, siret, nom, ch, CH[ch], nat, lab, "", "", "", sec, op, codrd,
                     fmt(real) if ca else "", "", "", "", fmt(prev), fmt(prev) if ca else "", "", "non spécialisé"])
    write(name, BGT_HEADER, rows)


budget("budget-primitif-2026.csv", "budget primitif", 2026, SIRET, COMMUNE, BP2026)
budget("compte-administratif-2025.csv", "compte administratif", 2025, SIRET, COMMUNE, CA2025, ca=True)
budget("budget-annexe-camping-2026.csv", "budget primitif", 2026, SIRET_CAMPING, "Camping municipal des Sablons", CAMPING2026)
print("files written to", OUT)
