"""Écrit fiches.csv, arretes.csv, deliberations.csv et annuaire.csv de Villaret-d'Arbonne (commune fictive).
Tout est inventé : noms, téléphones, montants. UTF-8, séparateur « ; »."""
import csv

COLL, SIRET = "Villaret-d'Arbonne", "21739970000018"
URL = "https://www.villaret-darbonne.fr"

def write(path, cols, rows, bom=False):
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL)
        w.writerow(cols)
        for r in rows:
            assert len(r) == len(cols), r
            w.writerow(r)

# ---------------------------------------------------------------- fiches pratiques
FICHES = [
 ("Quels sont les horaires de l'agence postale communale ?",
  "L'agence postale communale est au rez-de-chaussée de la mairie. Horaires d'hiver (du 1er décembre au 30 avril) : lundi, mercredi et vendredi de 9h à 12h, samedi de 9h à 11h30. Horaires d'été (du 1er mai au 30 novembre) : du mardi au vendredi de 9h à 12h ; en été l'agence est fermée le samedi. On peut y déposer et retirer colis et recommandés, acheter des timbres et des enveloppes prêt-à-poster, et retirer jusqu'à 350 € par semaine sur un compte La Banque Postale.",
  "La poste est ouverte quand ?|Horaires de la poste|Où retirer un colis ou un recommandé ?", "services", f"{URL}/agence-postale"),
 ("Quels sont les horaires de la déchetterie ?",
  "La déchetterie intercommunale des Plans (route de la Scierie, à la sortie du village) est gérée par la communauté de communes du Val d'Arbonne. Horaires d'hiver (de novembre à mars) : mercredi de 13h30 à 17h et samedi de 9h à 12h. Horaires d'été (d'avril à octobre) : lundi, mercredi et vendredi de 13h30 à 18h, samedi de 9h à 12h et de 13h30 à 18h. L'accès se fait avec un badge gratuit, à demander en mairie avec un justificatif de domicile.",
  "Horaires de la déchèterie|Où jeter mes gravats ou mes vieux meubles ?", "déchets", ""),
 ("Quand et où sont collectées les ordures ménagères ?",
  "Il n'y a pas de collecte au porte-à-porte : les ordures ménagères se déposent en sacs fermés dans les conteneurs semi-enterrés du parking du Chef-lieu, du Mollard, de Pré-Long et des Granges. Ils sont vidés le mardi toute l'année, et aussi le vendredi pendant la saison d'hiver (du 15 décembre au 15 avril) et en juillet-août. Pendant la fermeture hivernale de la route des Granges, le conteneur des Granges n'est pas accessible : utilisez celui du parking du Chef-lieu. Tri : conteneur jaune pour les emballages, vert pour le verre, bleu pour les papiers.",
  "Ramassage des poubelles|Où mettre mes sacs poubelle ?|Tri sélectif", "déchets", ""),
 ("Comment se débarrasser des encombrants ?",
  "Les encombrants sont ramassés devant le domicile deux fois par an, en mai et en octobre, sur inscription en mairie au plus tard une semaine avant. Le reste de l'année, apportez-les à la déchetterie des Plans.",
  "Ramassage des encombrants|Vieux frigo, matelas", "déchets", ""),
 ("Comment est organisé le déneigement ?",
  "Les voies communales sont déneigées par les agents techniques avec le camion et l'étrave de la commune, à partir de 5h du matin. Ordre de passage : la Grande Rue et la route de l'École (bus scolaire), puis la route de Pré-Long et la route du Plan des Fourches, puis les hameaux du Mollard et de la Côte (déneigés par l'entreprise Favre TP sous contrat). Les voies privées et les accès aux garages ne sont pas déneigés par la commune. Le déneigement du trottoir devant chez soi est à la charge des riverains. Astreinte déneigement : 06 71 48 22 09 (de 5h à 20h).",
  "Chasse-neige|Quand passe la déneigeuse ?|Ma rue n'est pas déneigée", "hiver", ""),
 ("Où se garer en hiver ?",
  "Du 1er novembre au 30 avril, le stationnement est interdit de 22h à 8h sur la Grande Rue et la rue du Four, pour laisser passer le chasse-neige (arrêté n° 2026-038). Garez-vous au parking du Chef-lieu (40 places, stationnement limité à 48 heures en hiver) ou au parking du téléski. Les véhicules gênants peuvent être mis en fourrière.",
  "Stationnement l'hiver|Stationnement de nuit|Parking en hiver", "hiver", ""),
 ("Les pneus neige ou les chaînes sont-ils obligatoires ?",
  "Oui. La commune est en zone de montagne : du 1er novembre au 31 mars, tout véhicule doit être équipé de pneus hiver (marquage 3PMSF) ou avoir des chaînes ou des chaussettes à neige dans le coffre (loi Montagne II, décret du 16 octobre 2020).",
  "Équipement hiver voiture|Loi montagne", "hiver", "https://www.securite-routiere.gouv.fr"),
 ("Quelles routes sont fermées en hiver ?",
  "Chaque hiver, la route des Granges (au-delà du pont de l'Arbonne) et la piste forestière de la Combe sont fermées par des barrières, en général de mi-novembre à mi-mai selon l'enneigement ; les dates exactes sont fixées chaque année par arrêté du maire. Les propriétaires de chalets aux Granges peuvent demander en mairie la clé de la barrière contre une caution de 50 € : ils circulent à leurs risques, la route n'étant ni déneigée ni sécurisée contre les avalanches. La route du Plan des Fourches peut aussi être fermée quelques heures lors des déclenchements préventifs d'avalanches.",
  "Barrière des Granges|Fermeture hivernale des routes|Accès au hameau des Granges en hiver", "hiver", ""),
 ("Comment obtenir du bois d'affouage ?",
  "L'affouage est réservé aux foyers qui habitent Villaret-d'Arbonne à l'année. Inscription en mairie avant le 31 mars. Les lots (environ 10 stères sur pied) sont tirés au sort en mai dans la forêt communale de la Combe ; le bois doit être façonné et sorti de la forêt avant le 15 octobre. Prix du lot en 2026 : 40 € (délibération 2026-010). Chaque affouagiste signe le règlement d'affouage.",
  "Bois de la commune|Inscription à l'affouage|Lot de bois", "forêt", ""),
 ("Combien de fois faut-il faire ramoner sa cheminée ?",
  "Le règlement sanitaire départemental de la Savoie impose de ramoner les conduits de cheminée, de poêle et de chaudière à bois deux fois par an, dont une fois pendant la période de chauffe. Gardez le certificat remis par le ramoneur : l'assurance le demande en cas de feu de cheminée. Des ramoneurs du secteur sont dans l'annuaire.",
  "Ramonage obligatoire|Ramonage poêle à bois", "chauffage", ""),
 ("Comment se raccorder au réseau de chaleur communal ?",
  "La chaufferie communale aux plaquettes de bois chauffe l'école, la mairie, le gîte et 23 logements du chef-lieu. Les maisons situées le long du réseau (Grande Rue, rue du Four, place de l'Église, route de l'École) peuvent s'y raccorder : demande écrite en mairie, frais de raccordement de 1 200 €, puis un abonnement annuel de 180 € et 98 € le MWh consommé (tarifs 2026-2027, délibération 2026-011).",
  "Chaufferie bois|Réseau de chaleur|Chauffage collectif au bois", "chauffage", ""),
 ("Quand fonctionne le téléski et combien coûte le forfait ?",
  "Le téléski du Plan des Fourches est exploité en régie par la commune. Il ouvre selon l'enneigement, en général du samedi avant Noël à fin mars ; il ne fonctionne pas l'été. Pendant les vacances scolaires de Noël et d'hiver : tous les jours de 9h30 à 16h30. Hors vacances : mercredi, samedi et dimanche de 13h à 16h30. Tarifs de la saison 2026-2027 : 15 € la journée, 10 € la demi-journée, 90 € le forfait saison, 60 € le forfait saison pour les habitants de la commune (délibération 2026-018). Caisse du téléski (en saison) : 04 79 24 56 12.",
  "Horaires du téléski|Prix du forfait|Forfait saison habitants", "loisirs", f"{URL}/teleski"),
 ("Comment réserver le gîte communal ?",
  "Le gîte communal du Mollard (14 places en 4 chambres, cuisine équipée) se loue à la nuitée ou à la semaine. Réservation à la mairie : 04 79 24 51 80 ou gite@villaret-darbonne.fr. Tarifs : 22 € par personne et par nuit en été, 25 € en hiver, draps compris, taxe de séjour en plus. Arrivée à partir de 16h, départ avant 10h. Remise des clés : en hiver à l'agence postale, en été au point info tourisme.",
  "Louer le gîte|Tarif du gîte du Mollard", "hébergement", f"{URL}/gite"),
 ("Quand le refuge des Aiguillettes est-il gardé ?",
  "Le refuge communal des Aiguillettes (2 180 m, 32 places) est gardé du 13 juin au 20 septembre 2026 ; la réservation est obligatoire auprès du gardien, Julien Mermet, au 06 82 37 14 55. Nuitée 24 €, demi-pension 58 €. Hors gardiennage, seul le local d'hiver reste ouvert (10 places, couvertures, poêle) : pas d'eau, pas de gardien, redescendez vos déchets. Accès à pied depuis le parking de la Balme, 2h30 de marche.",
  "Refuge ouvert|Réserver une nuit au refuge|Local d'hiver du refuge", "hébergement", ""),
 ("Comment se comporter avec les chiens de protection des troupeaux ?",
  "De juin à septembre, les troupeaux de l'alpage de la Balme sont gardés par des chiens de protection (patous). Contournez largement le troupeau, restez calme, ne caressez pas les chiens et ne leur donnez rien, descendez de vélo en marchant. Les chiens de compagnie doivent être tenus en laisse sur tout l'alpage. La montée en alpage a lieu mi-juin, la désalpe fin septembre (fête de la désalpe le dernier dimanche de septembre).",
  "Patous|Chiens de berger en montagne|Randonnée et troupeaux", "alpage", ""),
 ("Que faire si mon compteur d'eau a gelé ?",
  "Dès novembre, protégez le regard du compteur avec une plaque de polystyrène. Si le compteur a gelé ou éclaté, fermez la vanne avant compteur et appelez le service des eaux de la commune : 04 79 24 51 80 aux heures d'ouverture de la mairie, sinon l'astreinte au 06 71 48 22 09. Le remplacement d'un compteur gelé faute de protection est facturé 95 €.",
  "Compteur d'eau gelé|Fuite d'eau au compteur|Plus d'eau au robinet", "eau", ""),
 ("Quels sont les horaires de la bibliothèque ?",
  "La bibliothèque municipale (salle sous la mairie) est tenue par des bénévoles. Horaires d'hiver (du 1er décembre au 30 avril) : mercredi de 16h à 18h et samedi de 10h à 12h. Horaires d'été (du 1er mai au 30 novembre) : mercredi de 17h à 19h, et en juillet-août aussi le vendredi de 17h à 19h. Le prêt est gratuit : 4 livres pour 3 semaines.",
  "Bibliothèque ouverte|Emprunter des livres", "culture", ""),
 ("Quand le point info tourisme est-il ouvert ?",
  "Le point info tourisme (maison du Patrimoine, place de l'Église) ouvre en hiver du 19 décembre au 4 avril, tous les jours de 9h à 12h et de 15h à 18h, et en été du 4 juillet au 30 août, du lundi au samedi de 9h30 à 12h30 et de 15h à 18h30. Le reste de l'année il est fermé : adressez-vous à la mairie.",
  "Office de tourisme|Plans des sentiers et des pistes", "tourisme", ""),
 ("Comment louer la salle polyvalente ?",
  "La salle polyvalente (120 personnes, cuisine équipée, route de l'École) se loue 120 € le week-end pour les habitants de la commune et 350 € pour les personnes extérieures ; caution de 500 €. D'octobre à avril, un supplément chauffage de 40 € s'ajoute. Réservation en mairie, au moins un mois à l'avance.",
  "Location salle des fêtes|Réserver la salle pour un anniversaire", "salles", ""),
 ("Où faire sa carte d'identité ou son passeport ?",
  "La mairie de Villaret-d'Arbonne ne fait pas les cartes d'identité ni les passeports. Faites une pré-demande sur ants.gouv.fr puis prenez rendez-vous dans une mairie équipée, la plus proche étant celle de La Chapelle-d'Arbonne (04 79 24 60 10), à 12 km.",
  "CNI|Renouveler mon passeport|Papiers d'identité", "état civil", "https://ants.gouv.fr"),
 ("Faut-il une autorisation pour refaire sa toiture ou poser des panneaux solaires ?",
  "Oui : une déclaration préalable est obligatoire pour tout changement d'aspect extérieur (toiture, façade, menuiseries, panneaux solaires, abri de jardin de plus de 5 m²). Le PLU impose des toitures en lauze ou en bac acier gris ardoise, avec une pente d'au moins 40 %. Le dossier se dépose en mairie ou sur le guichet numérique des autorisations d'urbanisme ; délai d'instruction d'un mois (deux mois pour le permis de construire d'une maison).",
  "Déclaration préalable de travaux|Permis de construire|Panneaux photovoltaïques", "urbanisme", ""),
 ("Quand peut-on faire des travaux bruyants ?",
  "Les travaux de bricolage ou de jardinage bruyants (tondeuse, tronçonneuse, fendeuse à bois, perceuse) sont autorisés les jours ouvrables de 8h30 à 12h et de 14h à 19h30, le samedi de 9h à 12h et de 15h à 19h, le dimanche et les jours fériés de 10h à 12h seulement (arrêté n° 2019-008).",
  "Horaires pour tondre|Bruit de voisinage|Tronçonneuse le dimanche", "voisinage", ""),
 ("Comment inscrire mon enfant à l'école et à la cantine ?",
  "L'école du Villaret accueille les enfants de la petite section au CE1 (classe unique) ; les CE2, CM1 et CM2 vont à l'école de La Chapelle-d'Arbonne en car scolaire (départ à 7h55 au parking du Chef-lieu). Inscription en mairie avec le livret de famille et le carnet de santé. Cantine : 4,20 € le repas, réservation le jeudi pour la semaine suivante.",
  "Inscription école|Prix de la cantine|Car scolaire", "école", ""),
 ("Combien coûte une concession au cimetière ?",
  "Concessions au cimetière communal : 150 € pour 15 ans, 300 € pour 30 ans, 450 € pour 50 ans. De décembre à mars, quand l'enneigement empêche de creuser, les inhumations en pleine terre peuvent être reportées : le caveau provisoire communal est alors mis à disposition gratuitement.",
  "Cimetière|Tarif concession funéraire|Enterrement en hiver", "cimetière", ""),
 ("Comment déclarer la taxe de séjour ?",
  "Les hébergeurs (meublés de tourisme, gîtes, chambres d'hôtes) collectent la taxe de séjour pour la commune : 0,80 € par nuit et par adulte pour un meublé non classé (tarif 2026), les mineurs en sont exonérés. Déclaration et reversement chaque trimestre sur la plateforme en ligne de la commune.",
  "Taxe de séjour meublé|Je loue mon chalet aux touristes", "tourisme", ""),
 ("Peut-on brûler ses déchets verts ?",
  "Non. Le brûlage des déchets verts (branches, tontes, feuilles) est interdit toute l'année, y compris dans son jardin (arrêté n° 2021-030). Apportez-les à la déchetterie des Plans ou compostez-les.",
  "Feu de jardin|Brûler des branches", "déchets", ""),
 ("Que faire en cas d'accident en montagne ?",
  "En cas d'accident en montagne, à ski ou en randonnée, appelez le 112 : les secours en montagne sont assurés par le PGHM. Donnez votre position précise. Sur la piste du téléski, prévenez aussi le personnel du téléski.",
  "Secours montagne|Accident de ski", "sécurité", ""),
 ("Comment s'inscrire sur les listes électorales ?",
  "Inscription en ligne sur service-public.fr ou en mairie, avec une pièce d'identité et un justificatif de domicile de moins de 3 mois, au plus tard le 6e vendredi avant un scrutin.",
  "Voter|Inscription listes électorales", "élections", "https://www.service-public.fr"),
 ("Pourquoi l'éclairage public est-il éteint la nuit ?",
  "Pour économiser l'énergie, l'éclairage public est éteint de 23h à 5h toute l'année, sauf les nuits de Noël et du Nouvel An. Un lampadaire en panne se signale à la mairie ou avec la commande /signaler.",
  "Lampadaire en panne|Extinction de l'éclairage|Lumière de la rue", "voirie", ""),
 ("Existe-t-il une navette en hiver ?",
  "Oui : pendant les vacances scolaires de Noël et d'hiver, une navette gratuite relie le parking du Chef-lieu, le Mollard et le pied du téléski, toutes les 30 minutes de 9h à 17h. Le reste de la saison, elle ne circule que le samedi et le dimanche.",
  "Navette gratuite|Bus pour le téléski", "hiver", ""),
]
write("files/fiches.csv", ["question", "reponse", "variantes", "theme", "lien"], FICHES, bom=True)

# ---------------------------------------------------------------- arrêtés (UTF-8, ;)
P = "libertés publiques et pouvoirs de police/police municipale"
V = "domaine de compétences par thèmes/voirie"
D = "domaine et patrimoine/autres actes de gestion du domaine public"
ARR = [
 ("2019-008", "02/04/2019", "permanent", "6.1", P, "Réglementation des bruits de voisinage : horaires des travaux de bricolage et de jardinage bruyants", "", "", ""),
 ("2021-030", "01/07/2021", "permanent", "6.1", P, "Interdiction des feux en plein air et du brûlage des déchets verts sur tout le territoire de la commune", "", "", ""),
 ("2022-015", "10/05/2022", "permanent", "6.1", P, "Limitation de la vitesse à 30 km/h dans la traversée du chef-lieu", "", "", "Grande Rue;route de l'École"),
 ("2023-027", "02/06/2023", "permanent", "6.1", P, "Interdiction de circulation des véhicules de plus de 3,5 tonnes sur la route des Granges, sauf engins agricoles, forestiers et de secours", "", "", "route des Granges"),
 ("2024-012", "18/03/2024", "permanent", "6.1", P, "Réglementation de la circulation sur la route du Plan des Fourches pendant les déclenchements préventifs d'avalanches : fermeture signalée par feux rouges et barrières, le temps des tirs", "", "", "route du Plan des Fourches"),
 ("2025-006", "20/01/2025", "permanent", "6.1", P, "Interdiction de la luge, du ski et de la randonnée sur la piste du téléski du Plan des Fourches en dehors des heures d'ouverture et pendant le damage", "", "", "piste du téléski du Plan des Fourches"),
 ("2025-041", "06/11/2025", "temporaire", "6.1", P, "Fermeture hivernale de la route des Granges à la circulation au-delà du pont de l'Arbonne (barrière), saison 2025-2026", "15/11/2025", "15/05/2026", "route des Granges;pont de l'Arbonne"),
 ("2025-042", "06/11/2025", "temporaire", "6.1", P, "Fermeture hivernale de la piste forestière de la Combe à tout véhicule à moteur (barrière), saison 2025-2026", "15/11/2025", "15/05/2026", "piste forestière de la Combe"),
 ("2026-012", "14/04/2026", "temporaire", "6.1", P, "Fermeture de la route du Plan des Fourches pour travaux de purge de la falaise", "20/04/2026", "24/04/2026", "route du Plan des Fourches"),
 ("2026-021", "05/06/2026", "temporaire", "6.1", P, "Circulation alternée et vitesse limitée à 20 km/h sur la route de la Balme pendant la montée des troupeaux en alpage", "13/06/2026", "13/06/2026", "route de la Balme"),
 ("2026-027", "24/07/2026", "temporaire", "6.1", P, "Restriction des usages de l'eau potable : arrosage des jardins, lavage des véhicules et remplissage des piscines interdits", "25/07/2026", "15/09/2026", ""),
 ("2026-033", "10/09/2026", "temporaire", "6.1", P, "Fermeture de la route de la Balme et de la place de l'Église à la circulation pour la fête de la désalpe", "27/09/2026", "27/09/2026", "route de la Balme;place de l'Église"),
 ("2026-038", "20/10/2026", "temporaire", "6.1", P, "Interdiction de stationner de 22h à 8h sur la Grande Rue et la rue du Four pendant la période de déneigement", "01/11/2026", "30/04/2027", "Grande Rue;rue du Four"),
 ("2026-040", "26/10/2026", "individuel", "3.5", D, "Autorisation d'occupation du domaine public : terrasse du bar-épicerie Le Chamois sur la place de l'Église", "15/12/2026", "15/04/2027", "place de l'Église"),
 ("2026-044", "30/11/2026", "temporaire", "6.1", P, "Circulation interdite sur la route de Pré-Long, entre le pont de l'Arbonne et le hameau, pour le remplacement de la conduite d'eau potable, sauf riverains et secours", "07/12/2026", "18/12/2026", "route de Pré-Long"),
 ("2026-045", "30/11/2026", "temporaire", "6.1", P, "Stationnement limité à 48 heures sur le parking du Chef-lieu pendant la saison d'hiver", "01/12/2026", "30/04/2027", "parking du Chef-lieu"),
 ("2026-047", "01/12/2026", "temporaire", "6.1", P, "Interdiction de stationner et de circuler sur la place de l'Église pendant le marché de Noël", "19/12/2026", "20/12/2026", "place de l'Église"),
 ("2026-049", "02/12/2026", "temporaire", "6.1", P, "Interdiction d'accès au chemin des Écuries en raison du risque de chute de neige et de glace depuis la toiture de l'ancienne grange Perrier", "02/12/2026", "31/03/2027", "chemin des Écuries"),
 ("2026-051", "05/11/2026", "temporaire", "6.1", P, "Fermeture hivernale de la route des Granges à la circulation au-delà du pont de l'Arbonne (barrière), saison 2026-2027", "16/11/2026", "14/05/2027", "route des Granges;pont de l'Arbonne"),
 ("2026-052", "05/11/2026", "temporaire", "6.1", P, "Fermeture hivernale de la piste forestière de la Combe à tout véhicule à moteur (barrière), saison 2026-2027", "16/11/2026", "14/05/2027", "piste forestière de la Combe"),
 ("2026-053", "20/11/2026", "temporaire", "6.1", P, "Circulation interdite sur la Grande Rue et la place de l'Église pour la descente aux flambeaux et le feu d'artifice du Nouvel An, de 18h à 1h", "31/12/2026", "01/01/2027", "Grande Rue;place de l'Église"),
]
write("files/arretes.csv",
      ["COLL_NOM", "COLL_SIRET", "ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_MATIERE_CODE", "ARR_MATIERE_NOM",
       "ARR_OBJET", "ARR_DEBUT", "ARR_FIN", "ARR_LIEU", "ARR_URL"],
      [[COLL, SIRET, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8],
        f"{URL}/arretes/arrete-{a[0]}.pdf"] for a in ARR])

# ---------------------------------------------------------------- délibérations (SCDL 2.1.5)
B = "finances locales/décisions budgétaires"
DEL = [
 ("2025-004", "2025-03-27", "7.1", B, "Vote du budget primitif 2025 du budget principal", "2025", "Budget principal", 11, 10, 10, 0, 0),
 ("2025-019", "2025-09-18", "7.10", "finances locales/divers", "Tarifs du téléski du Plan des Fourches pour la saison 2025-2026 : journée 14 €, demi-journée 9 €, forfait saison 80 €, forfait saison résident 55 €", "", "", 11, 11, 11, 0, 0),
 ("2025-024", "2025-11-20", "3.5", "domaine et patrimoine/autres actes de gestion du domaine public", "Affouage 2025 dans la forêt communale de la Combe : prix du lot fixé à 35 €", "", "", 11, 10, 10, 0, 0),
 ("2026-001", "2026-03-12", "7.1", B, "Approbation du compte administratif 2025 du budget principal", "2025", "Budget principal", 11, 10, 10, 0, 0),
 ("2026-002", "2026-03-12", "7.1", B, "Affectation du résultat de fonctionnement 2025 : 58 472,13 €, dont 30 000 € affectés à l'investissement (compte 1068) et 28 472,13 € reportés en fonctionnement (002)", "2026", "Budget principal", 11, 11, 11, 0, 0),
 ("2026-003", "2026-03-12", "7.2", "finances locales/fiscalité", "Vote des taux d'imposition 2026, inchangés : taxe foncière sur les propriétés bâties 14,52 %, taxe foncière sur les propriétés non bâties 62,30 %", "2026", "", 11, 11, 9, 0, 2),
 ("2026-004", "2026-03-12", "7.1", B, "Vote du budget primitif 2026 du budget principal", "2026", "Budget principal", 11, 11, 9, 2, 0),
 ("2026-010", "2026-05-21", "3.5", "domaine et patrimoine/autres actes de gestion du domaine public", "Affouage 2026 dans la forêt communale de la Combe : prix du lot fixé à 40 €, inscriptions closes le 31 mars", "", "", 11, 10, 10, 0, 0),
 ("2026-011", "2026-05-21", "7.10", "finances locales/divers", "Tarifs du réseau de chaleur bois pour la saison 2026-2027 : abonnement 180 € par an et 98 € le MWh, frais de raccordement 1 200 €", "", "", 11, 10, 8, 0, 2),
 ("2026-014", "2026-06-25", "3.3", "domaine et patrimoine/locations", "Convention pluriannuelle de pâturage de l'alpage de la Balme avec le GAEC du Grand Mont pour 6 ans, loyer annuel de 3 400 €", "", "", 11, 11, 11, 0, 0),
 ("2026-015", "2026-06-25", "7.5", "finances locales/subventions", "Subventions aux associations 2026 : Ski-club du Villaret 1 500 €, Comité des fêtes 900 €, Les Amis du Patrimoine 400 €, ACCA 300 €", "2026", "Budget principal", 11, 11, 10, 0, 1),
 ("2026-018", "2026-09-17", "7.10", "finances locales/divers", "Tarifs du téléski du Plan des Fourches pour la saison 2026-2027 : journée 15 €, demi-journée 10 €, forfait saison 90 €, forfait saison résident 60 €", "", "", 11, 11, 11, 0, 0),
 ("2026-019", "2026-09-17", "4.2", "fonction publique/personnels contractuels", "Recrutement de deux agents contractuels saisonniers (un perchiste et un caissier) pour le téléski, du 19 décembre 2026 au 28 mars 2027", "", "", 11, 11, 11, 0, 0),
 ("2026-020", "2026-09-17", "1.1", "commande publique/marchés publics", "Acquisition d'une étrave et d'une saleuse pour le camion de déneigement : marché attribué à l'entreprise Alpes Équipement pour 52 800 € HT, et demande de subvention au Département de la Savoie", "2026", "Budget principal", 11, 11, 11, 0, 0),
 ("2026-021", "2026-09-17", "7.10", "finances locales/divers", "Tarifs du gîte communal du Mollard : 22 € par personne et par nuit en été, 25 € en hiver", "", "", 11, 11, 11, 0, 0),
 ("2026-024", "2026-11-19", "7.5", "finances locales/subventions", "Rénovation énergétique du refuge des Aiguillettes : plan de financement de 186 000 € HT et demande de dotation d'équipement des territoires ruraux (DETR)", "2027", "Budget principal", 11, 11, 7, 3, 1),
 ("2026-025", "2026-11-19", "1.1", "commande publique/marchés publics", "Convention de déneigement des hameaux du Mollard et de la Côte avec l'entreprise Favre TP pour l'hiver 2026-2027, à 95 € HT de l'heure", "", "", 11, 11, 11, 0, 0),
]
rows = []
for d in DEL:
    (i, date, code, nom, objet, ann, bnom, eff, reel, pour, contre, abst) = d
    pref = f"073-{SIRET[:9]}-{date.replace('-', '')}-{i.replace('-', '_')}-DE"
    rows.append([COLL, SIRET, i, date, code, nom, objet, ann, bnom, pref, date, eff, reel, pour, contre, abst,
                 f"{URL}/deliberations/{i}.pdf"])
write("files/deliberations.csv",
      ["COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM", "DELIB_OBJET",
       "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID", "PREF_DATE", "VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR",
       "VOTE_CONTRE", "VOTE_ABSTENTION", "DELIB_URL"], rows)

# ---------------------------------------------------------------- annuaire
ANN = [
 ("Le Chamois", "épicerie", "3 place de l'Église, 73535 Villaret-d'Arbonne", "04 79 24 50 33", "lechamois73@example.fr", "", "Mo-Sa 08:00-12:30,16:00-19:30; Su 08:00-12:00", "Bar-épicerie multiservice : dépôt de pain (livré chaque matin), journaux, gaz, produits locaux."),
 ("La Table du Grand Mont", "restaurant", "14 Grande Rue, 73535 Villaret-d'Arbonne", "04 79 24 53 71", "", "https://www.tabledugrandmont.example.fr", "We-Su 12:00-14:00,19:00-21:30", "Cuisine savoyarde, fondue, raclette. Fermé en mai et en novembre."),
 ("Coopérative laitière du Val d'Arbonne", "fromagerie", "route de Pré-Long, 73535 Villaret-d'Arbonne", "04 79 24 52 08", "fruitiere@example.fr", "", "Mo-Sa 09:00-12:00,16:00-19:00; Su 09:00-12:00", "Fruitière : beaufort, tomme, tomme blanche, beurre et crème des alpages."),
 ("GAEC du Grand Mont", "exploitation agricole", "hameau des Granges, 73535 Villaret-d'Arbonne", "06 12 84 33 70", "", "", "", "Vaches tarines en alpage de la Balme l'été ; vente de fromage à l'alpage de juillet à septembre."),
 ("École de ski du Plan des Fourches", "école de ski", "pied du téléski, 73535 Villaret-d'Arbonne", "06 45 18 92 30", "ski.planfourches@example.fr", "", "", "Cours collectifs enfants pendant les vacances d'hiver et cours particuliers de ski alpin et de ski de fond."),
 ("Bureau des guides du Val d'Arbonne", "guide de haute montagne", "maison du Patrimoine, place de l'Église, 73535 Villaret-d'Arbonne", "06 70 55 41 19", "guides.arbonne@example.fr", "https://www.guides-arbonne.example.fr", "", "Ski de randonnée, cascade de glace, alpinisme, raquettes."),
 ("Lucie Tardy", "infirmier", "2 route de l'École, 73535 Villaret-d'Arbonne", "06 33 27 81 45", "", "", "Mo-Fr 07:30-08:30", "Infirmière libérale : soins à domicile, prises de sang ; permanence au cabinet du lundi au vendredi."),
 ("Dr Anne Buttin", "médecin généraliste", "maison de santé, 5 avenue de la Gare, 73536 La Chapelle-d'Arbonne", "04 79 24 61 22", "", "", "Mo-Fr 08:30-12:00,14:00-19:00; Sa 09:00-12:00", "Médecin généraliste le plus proche (12 km), consultations sur rendez-vous."),
 ("Pharmacie du Val", "pharmacie", "7 avenue de la Gare, 73536 La Chapelle-d'Arbonne", "04 79 24 60 55", "", "", "Mo-Sa 08:30-12:30,14:30-19:30", "Pharmacie la plus proche."),
 ("Arbonne Taxi", "taxi", "le Mollard, 73535 Villaret-d'Arbonne", "06 08 71 26 93", "", "", "", "Jérôme Pellissier, taxi conventionné : transport vers la gare et les hôpitaux, véhicule 4x4 équipé neige."),
 ("Ramonage Savoyard Blanc", "ramoneur", "ZA des Plans, 73536 La Chapelle-d'Arbonne", "06 22 90 47 61", "ramonage.blanc@example.fr", "", "", "Thierry Blanc, ramonage de cheminées, poêles et chaudières à bois, certificat remis."),
 ("Garage Anselme", "garage", "route de la Scierie, 73535 Villaret-d'Arbonne", "04 79 24 54 40", "", "", "Mo-Fr 08:00-12:00,13:30-18:30", "Mécanique, pneus hiver, dépannage 24h/24 de novembre à avril."),
 ("Scierie Rey Frères", "bois de chauffage", "route de la Scierie, 73535 Villaret-d'Arbonne", "04 79 24 55 16", "", "", "Mo-Fr 07:30-12:00,13:30-17:00", "Vente de bois de chauffage (bûches de 33 et 50 cm) livré, plaquettes et granulés."),
 ("Ski-club du Villaret", "association sportive", "mairie, 12 place de l'Église, 73535 Villaret-d'Arbonne", "", "skiclub.villaret@example.fr", "", "", "Entraînements de ski alpin et de ski de fond le mercredi et le samedi pour les 6-16 ans. Président : Marc Duc."),
 ("Comité des fêtes", "association", "mairie, 12 place de l'Église, 73535 Villaret-d'Arbonne", "06 51 40 77 02", "", "", "", "Organise la fête de la désalpe, le marché de Noël et la descente aux flambeaux. Présidente : Sylvie Jay."),
 ("ACCA de Villaret-d'Arbonne", "association de chasse", "", "06 84 12 66 39", "", "", "", "Association communale de chasse agréée. Président : Paul Girod."),
 ("Les Amis du Patrimoine", "association culturelle", "maison du Patrimoine, place de l'Église, 73535 Villaret-d'Arbonne", "", "patrimoine.villaret@example.fr", "", "", "Visites de la chapelle Saint-Grat et du four banal, expositions d'été."),
 ("Refuge des Aiguillettes", "refuge", "alpage de la Balme, 73535 Villaret-d'Arbonne", "06 82 37 14 55", "", "", "", "Refuge communal de 32 places à 2 180 m, gardé en été par Julien Mermet ; local d'hiver de 10 places."),
 ("Gîte communal du Mollard", "gîte", "le Mollard, 73535 Villaret-d'Arbonne", "04 79 24 51 80", "gite@villaret-darbonne.fr", "", "", "Gîte de 14 places en 4 chambres, réservation auprès de la mairie."),
 ("Agence postale communale", "bureau de poste", "12 place de l'Église, 73535 Villaret-d'Arbonne", "04 79 24 51 82", "", "", "", "Dans la mairie ; horaires différents en hiver et en été (voir la fiche de la mairie)."),
 ("École du Villaret", "école", "route de l'École, 73535 Villaret-d'Arbonne", "04 79 24 52 60", "", "", "", "Classe unique de la petite section au CE1."),
 ("Salle polyvalente", "salle des fêtes", "route de l'École, 73535 Villaret-d'Arbonne", "04 79 24 51 80", "", "", "", "120 personnes, cuisine équipée, location en mairie."),
 ("Téléski du Plan des Fourches", "remontée mécanique", "route du Plan des Fourches, 73535 Villaret-d'Arbonne", "04 79 24 56 12", "", "", "", "Téléski communal, ouvert l'hiver selon l'enneigement."),
 ("Déchetterie des Plans", "déchetterie", "route de la Scierie, 73535 Villaret-d'Arbonne", "04 79 24 63 00", "", "", "", "Déchetterie intercommunale ; horaires d'hiver et d'été différents."),
]
write("files/annuaire.csv", ["nom", "categorie", "adresse", "telephone", "email", "site_web", "horaires", "description"], ANN)
print(len(FICHES), "fiches,", len(ARR), "arrêtés,", len(DEL), "délibérations,", len(ANN), "acteurs")
