"""Write questions.yml for commune-ai (Berquenesse-sur-Mer). Facts checked by hand against files/."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = []
COUNT = {}


def Q(kind, today, question, must=(), must_not=(), yn=None, fallback=False, src=None, now=None, note=None, prefix=None):
    p = prefix or {"fiche": "fiche", "arrete": "arrete", "deliberation": "delib", "budget": "budget",
                   "annuaire": "annuaire", "mairie": "mairie", "hors_sujet": "hors"}[kind]
    COUNT[p] = COUNT.get(p, 0) + 1
    c = {"id": f"{p}-{COUNT[p]:02d}", "kind": kind, "today": today}
    if now:
        c["now"] = now
    c["question"] = question
    c["must"] = list(must)
    if must_not:
        c["must_not"] = list(must_not)
    if yn:
        c["starts_with"] = [yn]
    c["fallback"] = fallback
    if src:
        c["source_kind"] = src
    if note:
        c["note"] = note
    CASES.append(c)


# ------------------------------------------------------------------ fiches
F = "fiche"
Q(F, "2026-07-20", "la piscine c ouvert jusqu a quelle heure cet ete", ["19h"], note="fiche piscine : horaires d'été, tous les jours 10h-19h")
Q(F, "2026-10-06", "horaires piscine le mercredi ?", ["10h à 12h", "14h à 18h"], note="hors été : mercredi 10h-12h et 14h-18h")
Q(F, "2026-02-16", "est ce que la piscine est ouverte le lundi", yn="non", note="fermée le lundi hors été (fiche et annuaire)")
Q(F, "2026-11-03", "combien de livres on peut emprunter a la mediatheque et pour combien de temps", ["6 documents", "3 semaines"], src="fiche")
Q(F, "2026-09-02", "inscription bibliotheque c payant ?", ["gratuite"], yn="non", note="gratuite pour les habitants")
Q(F, "2026-05-20", "les chiens sont acceptés sur la plage l'été ?", ["10h à 19h"], note="fiche chiens + arrêté 2026-030")
Q(F, "2026-03-11", "je peux bruler mes branches au fond du jardin ?", ["déchetterie"], yn="non", src="fiche")
Q(F, "2026-04-25", "jpeux tondre dimanche aprem ?", ["10h à 12h"], yn="non", note="dimanche : 10h-12h seulement")
Q(F, "2026-06-06", "le samedi on a le droit de faire du bruit (perceuse) a quelle heure", ["9h à 12h", "15h à 19h"], src="fiche")
Q(F, "2026-01-12", "poubelle jaune c quel jour", ["mercredi"], src="fiche")
Q(F, "2026-08-07", "y a une collecte des poubelles le samedi l'ete vers la digue ?", ["samedi"], yn="oui", src="fiche")
Q(F, "2026-02-03", "comment je fais pour jeter un vieux canapé", ["03 21 10 36 36"], note="encombrants sur rendez-vous")
Q(F, "2026-04-02", "passeport faut prendre rdv ?", ["rendez-vous", "03 21 33 58 00"], src="fiche")
Q(F, "2026-05-11",
  "Madame, Monsieur, je souhaiterais faire renouveler la carte nationale d'identité de mon fils de 12 ans avant "
  "nos vacances en Espagne cet été. Doit-il être présent lors du dépôt du dossier en mairie ? Je vous remercie par "
  "avance de votre réponse. Cordialement, M. Lefebvre", ["obligatoire"], yn="oui", src="fiche")
Q(F, "2026-08-03", "inscription cantine pour la rentree c'est avant quand ?", ["15 août"], src="fiche")
Q(F, "2026-06-01", "combien pour louer la salle des fetes pour un mariage, on habite berquenesse", ["350,00 €"], src="fiche")
Q(F, "2026-06-01", "location salle emile ledoux pour qqn de l'exterieur prix ?", ["620,00 €"], src="fiche")
Q(F, "2026-04-15", "je loue mon appart sur airbnb cet ete, je dois faire quoi pour la taxe de sejour", ["14004"], src="fiche")
Q(F, "2026-07-25", "on a le droit de ramasser combien de moules par personne", ["5 kg"], src="fiche")
Q(F, "2026-11-02", "c quand la fete du hareng cette annee", ["15 novembre"], note="fiche (14 et 15 novembre) et arrêté 2026-074")
Q(F, "2026-10-20", "la sorette c payant l'entree ?", ["gratuite"], yn="non", note="la Sorette = fête du Hareng (vocabulaire)")
Q(F, "2026-09-10", "je voudrais tenir un stand a la fete du hareng, comment on fait", ["comité des fêtes", "30 septembre"])
Q(F, "2026-02-12", "zone bleue on peut rester combien de temps", ["1h30"])
Q(F, "2026-03-13", "faut mettre le disque bleu dimanche ?", yn="non", note="zone bleue du lundi au samedi ; dimanche libre")
Q(F, "2026-01-22", "on le trouve ou le disque de stationnement", ["office de tourisme"], src="fiche")
Q(F, "2026-07-03", "la plage est surveillée jusqu'a quelle heure", ["19h"], note="fiche baignade et arrêté 2026-044 : 11h-19h")
Q(F, "2026-04-08", "faut il une autorisation pour faire une cloture", ["déclaration préalable"], src="fiche")
Q(F, "2026-04-08", "combien coute une concession au cimetiere pour 30 ans ?", fallback=True, note="aucun tarif de concession publié (seulement une recette globale au budget)")
Q(F, "2026-10-01", "un composteur ca coute combien", ["15,00 €"], src="fiche")
Q(F, "2026-03-20", "le parking de l'estran devient payant a partir de quand ?", ["1er avril"], note="fiche et délibération 2025-081")
Q(F, "2026-12-01", "parking estran c gratuit en decembre ?", ["gratuit"], yn="oui", note="gratuit d'octobre à mars")
Q(F, "2026-10-06", "la mediatheque ouvre a quelle heure le samedi", ["10h à 12h", "14h à 17h"], note="hors été")
Q(F, "2026-07-08", "horaires mediatheque pendant l ete", ["10h à 13h"], note="du mardi au samedi 10h-13h en juillet-août")
Q(F, "2026-12-02", "Bonjour, ma mère voudrait aller nager le dimanche matin, jusqu'à quelle heure la piscine est-elle ouverte ? Merci", ["12h30"], note="dimanche 9h-12h30 hors été ; fermeture 2026-090 seulement à partir du 21 décembre")
Q(F, "2026-09-22", "comment obtenir une place au port pour mon petit bateau de plaisance ?", fallback=True, note="rien dans les fichiers sur les mouillages")
Q(F, "2026-05-18", "y a une carte de stationnement residant pour le parking de l'estran ?", fallback=True, note="pas de tarif résident publié")

# ------------------------------------------------------------------ arrêtés
A = "arrete"
Q(A, "2026-07-15", "je peux promener mon chien sur la plage centrale cet aprem ?", ["2026-030"], yn="non", now="15:00", src="arrete")
Q(A, "2026-07-15", "chien sur la digue ce soir a 20h30 c autorisé ?", ["19h"], yn="oui", now="17:00", note="interdiction de 10h à 19h seulement")
Q(A, "2026-10-10", "les chiens sont interdits sur la plage en ce moment ?", yn="non", note="2026-030 a pris fin le 30 septembre")
Q(A, "2026-07-22", "on peut faire du velo sur la digue ?", ["2026-031"], yn="non", now="14:00", src="arrete")
Q(A, "2026-07-22", "je peux passer en velo sur la digue vers 9h du mat demain", ["11h"], yn="oui", now="18:00", note="vélos interdits de 11h à 20h")
Q(A, "2026-08-10", "barbecue sur la plage ce midi possible?", ["2026-032"], yn="non", now="11:30", src="arrete")
Q(A, "2026-08-10", "on peut faire un barbeuc sur la plage des dunes ce soir vers 21h30 ?", ["21h"], yn="oui", now="18:00", note="barbecues interdits de 10h à 21h ; autorisés après 21h")
Q(A, "2026-08-10", "feu de camp sur la plage ce soir c'est permis ?", ["2026-032"], yn="non", now="20:00", note="feux de camp interdits à toute heure")
Q(A, "2026-09-20", "les barbecues sur la plage c'est encore interdit ?", yn="non", note="2026-032 a pris fin le 15 septembre")
Q(A, "2026-02-02", "parking de l'estran ouvert aujourd'hui ?", ["2026-004"], yn="non", src="arrete")
Q(A, "2026-01-20", "le parking de l'estran sera fermé le 5 février ?", yn="non", note="2026-004 : fermé du 1er au 4 février seulement")
Q(A, "2026-03-10", "grandes marées de mars, le parking de l'estran ferme quels jours ?", ["2026-019", "21 mars"], src="arrete")
Q(A, "2026-08-26", "parking de la plage fermé ce week-end ?", ["2026-068"], yn="oui", note="samedi 29 et dimanche 30 août ; « parking de la plage » = parking de l'Estran (vocabulaire)")
Q(A, "2026-10-09", "estran parking ferme aujourd hui ?", ["2026-071"], yn="oui", src="arrete")
Q(A, "2026-03-01", "la piscine est fermée la semaine prochaine ?", ["2026-011"], yn="oui", src="arrete")
Q(A, "2026-12-22", "piscine ouverte pendant les vacances de noel ?", ["2026-090"], yn="non", src="arrete")
Q(A, "2026-12-26", "la piscine rouvre le 2 janvier ?", ["3 janvier"], yn="non", note="fermée jusqu'au 3 janvier 2027 inclus")
Q(A, "2026-03-12", "rue nationale barrée ce matin ?", ["2026-015"], yn="oui", now="10:00", src="arrete")
Q(A, "2026-03-12", "la rue nationale sera fermée samedi aussi ?", yn="non", note="travaux du lundi au vendredi seulement ; samedi 14 mars")
Q(A, "2026-03-10", "travaux rue nationale on passe par ou", ["boulevard de la Mer"], note="déviation")
Q(A, "2026-04-09", "carnaval samedi la place du beffroi est fermée de quelle heure a quelle heure", ["2026-022", "14h", "18h"])
Q(A, "2026-05-14", "braderie des caloges dimanche je peux me garer rue saint pierre?", ["2026-036"], yn="non", note="les Caloges = quartier Saint-Pierre (vocabulaire)")
Q(A, "2026-06-25", "quai des chalutiers fermé dimanche matin ?", ["2026-041"], yn="oui", note="fête de la Mer, dimanche 28 juin 9h-13h")
Q(A, "2026-07-10", "boire une biere sur le quai le soir c interdit ?", ["2026-048"], yn="oui", src="arrete")
Q(A, "2026-07-13", "feu d'artifice 14 juillet, le boulevard de la mer est fermé a partir de quelle heure", ["2026-050", "21h"])
Q(A, "2026-07-02", "foulees de la digue dimanche, l'avenue de la plage est fermée jusqu'a quelle heure", ["12h"], note="2026-055 : 8h-12h le 5 juillet")
Q(A, "2026-09-02", "les travaux rue du phare c'est jusqu'a quand", ["11 septembre"], note="2026-061")
Q(A, "2026-09-02", "la rue du phare est fermée a la circulation ?", ["alternée"], yn="non", note="circulation alternée, pas de fermeture")
Q(A, "2026-09-16", "la vigie est ouverte demain ?", ["2026-066"], yn="non", note="médiathèque fermée pour inventaire du 14 au 19 septembre ; la Vigie = médiathèque")
Q(A, "2026-11-12", "la sorette samedi on pourra se garer sur le quai des chalutiers ?", ["2026-074"], yn="non", src="arrete")
Q(A, "2026-11-12", "fete du hareng : le parking de l'estran est reservé a qui le samedi matin ?", ["exposants"], note="article 3 du PDF 2026-074")
Q(A, "2026-11-10", "y a des navettes pour la fete du hareng ? elles partent d'ou", ["Louis-Blériot"], note="article 3 du PDF 2026-074")
Q(A, "2026-08-05", "baignade interdite plage centrale ?", ["2026-063"], yn="oui", note="arrêté seulement en PDF : 4 au 9 août")
Q(A, "2026-08-06", "on peut se baigner plage des dunes en ce moment ?", ["non surveillée"], yn="oui", note="article 3 du PDF 2026-063 : baignade possible à la plage des Dunes, non surveillée")
Q(A, "2026-06-20", "on peut se baigner plage du fort ?", ["2026-045"], yn="non", note="interdiction permanente")
Q(A, "2026-12-14", "marché de noel : on peut se garer sur la place du beffroi ?", ["2026-081"], yn="non", src="arrete")
Q(A, "2026-01-28", "camping car la nuit sur le boulevard de la mer c'est autorisé ?", ["2025-098"], yn="non", src="arrete")
Q(A, "2026-01-10", "pendant la sorette 2025 le quai etait fermé de quelle heure a quelle heure", ["2025-112", "7h", "22h"])

# ------------------------------------------------------------------ délibérations
DL = "deliberation"
Q(DL, "2026-05-02", "prix entree piscine adulte", ["4,20 €"], src="deliberation")
Q(DL, "2026-05-02", "piscine tarif enfant ?", ["2,80 €"], src="deliberation")
Q(DL, "2026-12-03", "combien coutera l'entree adulte de la piscine en 2027", ["4,40 €"], must_not=["4,20 €"], src="deliberation")
Q(DL, "2026-06-10", "carte 10 entrées piscine prix", ["36,00 €"], src="deliberation")
Q(DL, "2026-12-05", "le prix de la piscine augmente l'an prochain ?", ["4,40 €"], yn="oui", src="deliberation")
Q(DL, "2026-07-10", "Bonjour je suis en vacances ici en juillet, combien ça coûte pour emprunter des livres à la médiathèque ?", ["5,00 €"], note="carte été pour les vacanciers")
Q(DL, "2026-02-20", "abonnement mediatheque pour quelqu'un qui habite pas la commune", ["12,00 €"], src="deliberation")
Q(DL, "2026-05-30", "parking de l'estran c combien de l'heure", ["1,50 €"], must_not=["1,80 €"], src="deliberation")
Q(DL, "2026-12-01", "tarif horaire parking estran en 2027", ["1,80 €"], src="deliberation")
Q(DL, "2026-07-05", "taxe de sejour camping 3 etoiles combien par nuit", ["0,60 €"], src="deliberation")
Q(DL, "2026-09-15", "prix d'un emplacement exposant a la fete du hareng", ["45,00 €"], src="deliberation")
Q(DL, "2026-03-02", "marché du samedi combien le metre pour un commercant", ["2,50 €"], src="deliberation")
Q(DL, "2026-04-10", "subvention au comité des fetes en 2026 ?", ["22 000,00 €"], src="deliberation")
Q(DL, "2026-04-10", "combien la mairie donne au club de foot", ["14 500,00 €"], src="deliberation")
Q(DL, "2026-04-12", "la snsm elle touche combien de la commune cette annee", ["6 000,00 €"], src="deliberation")
Q(DL, "2026-04-20", "le budget 2026 a été voté à l'unanimité ?", ["23"], yn="non", note="2026-010 : 23 pour, 6 contre")
Q(DL, "2026-04-20", "l'emprunt pour la digue, il y a eu des votes contre ?", ["2026-014"], yn="oui", note="22 pour, 6 contre, 1 abstention")
Q(DL, "2026-04-20", "emprunt digue combien et a quel taux", ["1 200 000,00 €", "3,45 %"], src="deliberation")
Q(DL, "2026-04-20", "les impots locaux augmentent en 2026 ?", ["41,52 %"], yn="non", note="taux inchangés (2026-011)")
Q(DL, "2026-05-10", "taux taxe habitation residence secondaire", ["24,37 %"], src="deliberation")
Q(DL, "2026-10-05", "le terrain du chemin des garennes a été vendu ? a qui ?", ["SCI Les Oyats", "87 000,00 €"], yn="oui", src="deliberation")
Q(DL, "2026-10-05", "la vente du terrain des garennes ça a été voté a l'unanimité ?", ["2026-029"], yn="non", note="20 pour, 8 contre, 1 abstention")
Q(DL, "2026-06-30", "prix du repas a la cantine a la rentree", ["3,10 €"], note="fiche cantine renvoie au conseil ; délibération 2026-025")
Q(DL, "2026-09-05", "prix cantine pour un enfant qui habite pas berquenesse", ["5,20 €"], src="deliberation")
Q(DL, "2026-10-10", "la nouvelle place du quartier st pierre s'appelle comment", ["place des Caloges"], src="deliberation")
Q(DL, "2026-10-02", "le conseil municipal a voté quoi pour la criée ?", ["maintien de la criée"], src="deliberation")
Q(DL, "2026-12-01", "les anciens du large ont eu une subvention pour leur bateau ?", ["2 500,00 €"], yn="oui", src="deliberation")
Q(DL, "2026-04-01", "combien de saisonniers la commune embauche cet ete", ["12", "nageurs-sauveteurs"], src="deliberation")
Q(DL, "2026-07-10", "le conseil a-t-il délibéré sur les éoliennes en mer ?", fallback=True, note="aucune délibération sur ce sujet")
Q(DL, "2026-03-15", "le conseil municipal a voté le prix de l'eau ?", fallback=True, note="l'eau relève de l'agglomération ; aucune délibération")

# ------------------------------------------------------------------ budget
B = "budget"
Q(B, "2026-04-15", "combien la commune paye pour ses employes cette annee", ["4 647 190"], src="budget", note="BP 2026, chapitre 012")
Q(B, "2026-07-01", "charges de personnel réalisées en 2025", ["4 102 033,39 €"], src="budget", note="CA 2025, chapitre 012")
Q(B, "2026-04-15", "combien d'interets d'emprunt la ville paye en 2026", ["186 412,35 €"], src="budget", note="BP 2026, compte 66111")
Q(B, "2026-04-16", "combien on rembourse de capital de la dette en 2026", ["512 364,18 €"], src="budget", note="BP 2026, 1641 en dépense")
Q(B, "2026-07-01", "remboursement du capital des emprunts en 2025 ?", ["498 741,62 €"], src="budget", note="CA 2025, 1641 dépense")
Q(B, "2026-07-01", "interets payés en 2025", ["192 318,07 €"], src="budget", note="CA 2025, 66111")
Q(B, "2026-05-02", "la dotation de l etat (dgf) c combien en 2026", ["1 148 563"], src="budget", note="74111 dotation forfaitaire")
Q(B, "2026-07-02", "dotations et participations 2025 réalisé", ["1 666 755,24 €"], src="budget", note="CA 2025, chapitre 74")
Q(B, "2026-04-10", "combien pour les subventions aux associations dans le budget 2026", ["148 500"], src="budget", note="6574")
Q(B, "2026-07-03", "subventions aux associations versees en 2025", ["142 350"], src="budget", note="CA 2025, 6574")
Q(B, "2026-04-11", "combien rapportent les impots locaux en 2026", ["4 385 214"], src="budget", note="73111")
Q(B, "2026-07-03", "impots directs encaissés en 2025", ["4 459 588,98 €"], src="budget")
Q(B, "2026-05-05", "la taxe de sejour ca rapporte combien a la commune cette annee", ["186 000"], src="budget", note="BP 2026, 73172")
Q(B, "2026-08-01", "taxe de séjour encaissée en 2025", ["180 904,25 €"], src="budget")
Q(B, "2026-06-01", "combien rapporte le stationnement payant au budget 2026", ["265 400"], src="budget", note="70383")
Q(B, "2026-09-01", "combien la commune a depensé en electricité en 2025", ["440 318,05 €"], src="budget")
Q(B, "2026-04-20", "combien la commune verse pour les pompiers", ["312 874"], src="budget", note="6553 Service d'incendie, BP 2026")
Q(B, "2026-04-20", "indemnités des élus 2026", ["128 460"], src="budget", note="65311")
Q(B, "2026-07-05", "le maire et les adjoints ont touché combien d'indemnités en 2025", ["116 517,54 €"], src="budget")
Q(B, "2026-04-02", "total des depenses de fonctionnement 2026", ["7 907 903,36 €"], must_not=["9 299 759,47"], src="budget", note="réel seulement, sans 023 ni 681")
Q(B, "2026-04-02", "recettes de fonctionnement budget primitif 2026", ["8 454 447"], must_not=["9 299 759,47"], src="budget", note="réel, sans le 002")
Q(B, "2026-04-02", "depenses d'investissement prevues en 2026", ["4 233 564,18 €"], src="budget", note="réel, sans le 001")
Q(B, "2026-07-10", "depenses de fonctionnement realisees en 2025", ["7 159 963,54 €"], src="budget")
Q(B, "2026-07-10", "recettes de fonctionnement 2025 au compte administratif", ["8 385 359,67 €"], src="budget", note="sans le 002")
Q(B, "2026-07-10", "combien la commune a investi en 2025", ["2 369 205,69 €"], src="budget", note="dépenses d'investissement réelles CA 2025 sans le 001")
Q(B, "2026-04-03", "resultat de fonctionnement reporté au budget 2026", ["845 312,47 €"], src="budget")
Q(B, "2026-04-03", "deficit d'investissement reporté 2026", ["312 845,20 €"], src="budget", note="001")
Q(B, "2026-04-03", "subventions d'investissement de l'etat en 2026", ["310 000"], src="budget", note="1321")
Q(B, "2026-07-01", "la decision modificative met combien pour la réparation de la voirie de la digue", ["85 000"], src="budget", note="DM 2026, 615231")
Q(B, "2026-07-01", "dans la DM 2026 le département donne combien en plus", ["80 000"], note="DM 2026, 1323")
Q(B, "2026-07-10", "combien la commune a donné au ccas en 2025", ["178 000"], src="budget", note="CA 2025, 657363")
Q(B, "2026-04-20", "charges a caractere general 2026", ["2 148 629,36 €"], src="budget", note="chapitre 011")
Q(B, "2026-05-05", "le budget 2024 de la commune c'était combien ?", fallback=True, note="aucun document 2024 publié")
Q(B, "2026-11-20", "combien a couté la fete du hareng 2025 a la commune", fallback=True, note="aucune ligne ni délibération sur le coût de la fête")

# ------------------------------------------------------------------ annuaire
N = "annuaire"
Q(N, "2026-01-13", "boulangerie lemaire ouverte ce matin ?", yn="non", now="10:30", src="acteur", note="fermée le mardi")
Q(N, "2026-03-01", "y a une boulangerie ouverte ce dimanche matin ?", yn="oui", now="11:00", src="acteur")
Q(N, "2026-03-03", "numero de la pharmacie du port", ["03 21 33 71 30"], src="acteur")
Q(N, "2026-03-08", "pharmacie de garde ?", ["3237"], note="description de la Pharmacie de la Digue")
Q(N, "2026-02-10", "tel du cabinet medical du phare", ["03 21 33 72 00"], src="acteur")
Q(N, "2026-04-18", "le docteur dufour consulte le samedi ?", yn="oui", now="08:00", src="acteur")
Q(N, "2026-05-12", "y a un veterinaire a berquenesse", ["Clinique vétérinaire des Dunes"], yn="oui", src="acteur")
Q(N, "2026-11-10", "on peut acheter du poisson direct aux pecheurs ?", ["quai Gambetta"], src="acteur")
Q(N, "2026-11-10", "ou acheter des harengs saurs", ["Saurisserie Delpierre"], src="acteur")
Q(N, "2026-12-06", "la dechetterie est ouverte le dimanche?", yn="non", src="acteur", note="hiver : pas le dimanche")
Q(N, "2026-07-12", "dechetterie ouverte ce dimanche matin", yn="oui", now="08:00", src="acteur", note="été : dimanche 9h-12h")
Q(N, "2026-02-20", "friterie chez gégé ouverte ce soir ?", yn="oui", now="17:00", src="acteur", note="hiver : vendredi 18h-21h")
Q(N, "2026-01-20", "y a un terrain de padel a berquenesse ?", fallback=True)
Q(N, "2026-08-01", "office de tourisme ouvert demain aprem ?", yn="non", now="11:00", src="acteur", note="dimanche 2 août : 10h-12h30 seulement")
Q(N, "2026-06-03", "numero office de tourisme", ["03 21 33 60 60"], src="acteur")
Q(N, "2026-07-07", "y a un marché demain mercredi ?", ["place du Beffroi"], yn="oui", src="acteur", note="juillet-août : mercredi et samedi")
Q(N, "2026-11-03", "marché le mercredi matin ?", yn="non", note="hors juillet-août : samedi seulement")
Q(N, "2026-05-09", "la poste ouverte ce matin ?", yn="oui", now="09:30", src="acteur")
Q(N, "2026-10-14", "le club de voile est ouvert cet aprem ?", yn="oui", now="13:00", src="acteur")
Q(N, "2026-05-05", "restaurant la caloge ouvert ce soir ?", yn="non", now="18:00", src="acteur", note="mardi : fermé")
Q(N, "2026-07-20", "la police municipale est ouverte le dimanche en ete ?", yn="oui", src="acteur")
Q(N, "2026-08-14", "accident en mer c quel numero", ["196"], note="description de la station SNSM")
Q(N, "2026-04-27", "ou est l'aire de camping car", ["chemin des Garennes"], src="acteur")
Q(N, "2026-07-27", "piscine ouverte ce lundi ?", yn="oui", now="09:00", note="été : tous les jours")
Q(N, "2026-03-05", "piscine ouverte ce soir ?", ["2026-011"], yn="non", now="16:00", src="arrete", note="l'annuaire donne jeudi 16h30-19h30 mais l'arrêté 2026-011 la ferme du 2 au 15 mars")
Q(N, "2026-05-06", "la mediatheque est ouverte cet aprem ?", yn="oui", now="13:00", note="mercredi hors été 14h-18h")
Q(N, "2026-07-15", "mediatheque ouverte cet aprem ?", yn="non", now="12:00", note="été : 10h-13h")
Q(N, "2026-03-18", "y a un osteopathe a berquenesse ?", fallback=True, note="aucun dans l'annuaire")
Q(N, "2026-06-09", "un opticien sur la commune ?", fallback=True)
Q(N, "2026-08-20", "y a un skatepark ?", fallback=True)

# ------------------------------------------------------------------ mairie / profil
M = "mairie"
Q(M, "2026-03-20", "qui est le maire de berquenesse", ["Sylvie Delattre"], src="commune")
Q(M, "2026-05-15", "combien d'habitants a berquenesse sur mer", ["7 486"], src="commune")
Q(M, "2026-09-01", "code postal berquenesse ?", ["62187"], src="commune")
Q(M, "2026-05-09", "la mairie est ouverte ce matin ?", yn="oui", now="10:00", src="commune")
Q(M, "2026-05-13", "mairie ouverte entre midi et deux ?", yn="non", now="11:00", src="commune")
Q(M, "2026-01-05", "numero de la mairie", ["03 21 33 58 00"], src="commune")
Q(M, "2026-10-19", "mail de la mairie svp", ["accueil@berquenesse-sur-mer.fr"], src="commune")
Q(M, "2026-06-02", "ou se trouve la mairie", ["place du Beffroi"], src="commune")
Q(M, "2026-11-09", "la mairie est ouverte mercredi 11 novembre ?", yn="non", src="commune", note="jour férié")
Q(M, "2026-07-13", "la mairie sera ouverte demain ?", yn="non", src="commune", note="14 juillet, férié")
Q(M, "2026-08-25", "site internet de la ville", ["berquenesse-sur-mer.fr"], src="commune")

# ------------------------------------------------------------------ hors sujet
H = "hors_sujet"
Q(H, "2026-07-18", "il va faire beau demain ?", fallback=True)
Q(H, "2026-09-08", "horaires des marées demain pour sortir le bateau", fallback=True, note="aucun annuaire des marées dans les fichiers")
Q(H, "2026-04-04", "mon voisin a un chien qui aboie toute la nuit, je peux porter plainte et il risque quoi ?", fallback=True, note="conseil juridique")
Q(H, "2026-02-25", "j ai mal au ventre depuis 3 jours c grave ?", fallback=True, note="conseil médical")
Q(H, "2026-06-12", "horaires de la mairie de wimereux", fallback=True, note="autre commune")
Q(H, "2026-10-30", "y a un hopital a berquenesse ?", fallback=True)
Q(H, "2026-12-19", "patinoire a berquenesse pour noel ?", fallback=True)
Q(H, "2026-03-27", "horaires des trains pour lille", fallback=True)
Q(H, "2026-05-21", "prix du gazole au carrefour contact", fallback=True)
Q(H, "2026-09-14", "l'USB a gagné son match dimanche ?", fallback=True)
Q(H, "2026-11-25", "combien de bateaux de peche dans le port ?", fallback=True)
Q(H, "2026-11-13", "recette du hareng saur a la creme", fallback=True)
Q(H, "2026-01-16", "c qui le maire de boulogne sur mer", fallback=True, must_not=["Delattre"])
Q(H, "2026-08-08", "casino ouvert ce soir ?", fallback=True)
Q(H, "2026-06-24", "je peux louer un bateau pour aller pecher en mer ?", fallback=True)
Q(H, "2026-10-12", "combien je vais payer de taxe d'ordures menageres pour ma maison de 90 m2", fallback=True)
Q(H, "2026-07-30", "on peut faire du kitesurf sur la plage centrale ?", fallback=True, note="aucune règle publiée sur le kitesurf")
Q(H, "2026-04-28", "tu peux m'aider a remplir ma declaration d'impots", fallback=True)

# ------------------------------------------------------------------ sessions
CASES.append({"id": "session-01", "kind": "budget", "today": "2026-07-15", "session": True, "turns": [
    {"question": "combien pour le personnel au budget 2026 ?", "must": ["4 647 190"], "fallback": False},
    {"question": "et en 2025 c'etait combien au final ?", "must": ["4 102 033,39 €"], "fallback": False},
], "source_kind": "budget", "note": "BP 2026 puis CA 2025, chapitre 012"})
CASES.append({"id": "session-02", "kind": "annuaire", "today": "2026-04-14", "session": True, "turns": [
    {"question": "le cabinet dentaire de la place c'est quel numero ?", "must": ["03 21 33 72 80"], "fallback": False},
    {"question": "ils sont ouverts le samedi ?", "must": [], "starts_with": ["non"], "fallback": False},
], "note": "dentiste : du lundi au vendredi"})

ids = [c["id"] for c in CASES]
assert len(ids) == len(set(ids))
with open(os.path.join(os.path.dirname(HERE), "questions.yml"), "w", encoding="utf-8") as f:
    f.write("# commune-ai — Berquenesse-sur-Mer (fictive, Pas-de-Calais). Écrit à l'aveugle le 2026-12-06.\n")
    yaml.safe_dump(CASES, f, allow_unicode=True, sort_keys=False, width=120)

if __name__ == "__main__":
    from collections import Counter
    print(len(CASES), Counter(c["kind"] for c in CASES), "fallback:", sum(1 for c in CASES if c.get("fallback")))
