"""Writes questions.yml from the table below (kept as Python to avoid YAML quoting slips).
python3 build_questions.py"""
import yaml
from pathlib import Path

Q = []


def q(id, kind, today, question, must=(), must_not=(), starts_with=None, fallback=False, source_kind=None,
      now=None, note=None):
    c = {"id": id, "kind": kind, "today": today}
    if now:
        c["now"] = now
    c["question"] = question
    c["must"] = list(must)
    if must_not:
        c["must_not"] = list(must_not)
    if starts_with:
        c["starts_with"] = list(starts_with)
    c["fallback"] = fallback
    if source_kind:
        c["source_kind"] = source_kind
    if note:
        c["note"] = note
    Q.append(c)


def s(id, kind, today, turns, now=None, note=None):
    c = {"id": id, "kind": kind, "today": today}
    if now:
        c["now"] = now
    c["session"] = True
    c["turns"] = [dict(question=t[0], must=list(t[1]), **({"must_not": list(t[2])} if len(t) > 2 and t[2] else {}),
                       fallback=False) for t in turns]
    if note:
        c["note"] = note
    Q.append(c)


# ------------------------------------------------------------------ fiches
q("fiche-01", "fiche", "2026-02-10", "slt kel papiers pour refaire ma carte d'identité ? et ca prend combien de temps",
  ["6 semaines"], source_kind="fiche", note="fiche CNI/passeport : environ 6 semaines")
q("fiche-02", "fiche", "2026-03-02", "c quand qu'on sort la poubelle jaune ?", ["mercredi"], source_kind="fiche")
q("fiche-03", "fiche", "2026-09-14", "ramassage ordures menageres quel jour svp", ["mardi", "vendredi"], source_kind="fiche")
q("fiche-04", "fiche", "2026-05-19", "jai un vieux canapé a jeter comment on fait", ["01 64 27 81 00"], source_kind="fiche",
  note="encombrants sur rendez-vous CABO (même numéro que la déchèterie dans l'annuaire)")
q("fiche-05", "fiche", "2026-08-20", "cantine prix du repas a la rentree de septembre ?", ["4,60 €"], source_kind="fiche",
  note="tarifs au 1er septembre 2026 : 0,90 € à 4,60 € (fiche et délibération 2026_031)")
q("fiche-06", "fiche", "2026-04-10", "la cantine c combien le repas en ce moment", ["4,45 €"], source_kind="fiche",
  note="jusqu'au 31 août 2026 : 0,85 € à 4,45 €")
q("fiche-07", "fiche", "2026-01-12", "garderie du matin ca ouvre a quelle heure ?", ["7 h"], source_kind="fiche")
q("fiche-08", "fiche", "2026-06-10", "c'est quel jour le marché ??", ["samedi", "place du Marché"], source_kind="fiche")
q("fiche-09", "fiche", "2026-06-15", "ou je gare ma voiture pour prendre le train, j'ai pas d'abonnement navigo", ["parc Sud"],
  note="parc Nord réservé aux abonnés Navigo Parking en semaine, parc Sud gratuit 12 h (fiche, arrêté 2026-003)")
q("fiche-10", "fiche", "2026-09-22", "on peut avoir un disque de stationnement ou ?", ["police municipale"], source_kind="fiche",
  note="disque gratuit à l'accueil de la mairie et à la police municipale")
q("fiche-11", "fiche", "2026-10-05", "numero de la police municipale stp", ["01 64 27 50 17"])
q("fiche-12", "fiche", "2026-07-01", "je pars en vacances en aout la police peut surveiller ma maison ??", ["7 jours"],
  starts_with=["oui"], source_kind="fiche", note="opération tranquillité vacances, inscription 7 jours avant")
q("fiche-13", "fiche", "2026-06-06", "jai perdu mon portefeuille au marché ce matin, je vais ou", ["4 rue de la République"],
  note="objets trouvés au poste de police municipale")
q("fiche-14", "fiche", "2026-11-03", "portage de repas pour ma mere c combien ?", ["8,20 €"], source_kind="fiche")
q("fiche-15", "fiche", "2026-06-02", "comment inscrire mon pere de 82 ans au registre canicule", ["01 64 27 50 30"], source_kind="fiche")
q("fiche-16", "fiche", "2026-05-02", "prix location salle des fetes pour un mariage on habite a breviande", ["450 €"], source_kind="fiche")
q("fiche-17", "fiche", "2026-07-08", "c la mairie qui gere la piscine ?", ["Brie-Orvin"], starts_with=["non"], source_kind="fiche")
q("fiche-18", "fiche", "2026-04-14", "je veux mettre un abri de jardin de 8m2 il faut une autorisation ?", ["déclaration préalable"],
  source_kind="fiche")
q("fiche-19", "fiche", "2026-02-26", "mon fils a eu 16 ans il doit faire le recensement ?", ["3 mois"], starts_with=["oui"],
  source_kind="fiche")
q("fiche-20", "fiche", "2026-09-01", "tarif concession cimetiere 30 ans", ["420 €"], must_not=["440 €"], source_kind="fiche",
  note="tarifs 2026 ; 440 € ne s'applique qu'au 1er janvier 2027 (délibération 2026_061)")
q("fiche-21", "fiche", "2026-12-01", "lampadaire en panne dans ma rue depuis 3 jours qui appeler", ["01 64 27 50 40"])
q("fiche-22", "fiche", "2026-09-08", "centre aéré du mercredi jusqu'a quand on peut inscrire ?", ["jeudi"], source_kind="fiche")
q("fiche-23", "fiche", "2026-02-02", "inscription liste electorale c possible jusqu a quand", ["sixième vendredi"], source_kind="fiche")
q("fiche-24", "fiche", "2026-03-16", "comment inscrire ma fille en maternelle ?", ["Enfance-Scolarité"], source_kind="fiche")
q("fiche-25", "fiche", "2026-05-26", "la tondeuse le dimanche c'est autorisé a quelle heure", ["10 h"],
  note="dimanches et jours fériés de 10 h à 12 h (fiche et arrêté 2026-035)")
q("fiche-26", "fiche", "2026-10-12", "combien coute une entree a la piscine ?", ["01 64 27 81 40"],
  note="la commune ne fixe pas les tarifs : la fiche renvoie à la CABO et au numéro de la piscine")

# ------------------------------------------------------------------ arrêtés
q("arrete-01", "arrete", "2026-04-18", "le marché il est ou ce matin ?", ["gymnase Léo-Lagrange"], source_kind="arrete",
  note="arrêté 2026-014 : marché transféré du 7 mars au 23 mai 2026")
q("arrete-02", "arrete", "2026-05-29", "le marché de demain il est encore sur le parking du gymnase ?", ["place du Marché"],
  starts_with=["non"], note="transfert terminé le 23 mai 2026 ; retour place du Marché")
q("arrete-03", "arrete", "2026-03-10", "rue jean jaures c fermé ?", ["2026-011", "27 mars 2026"], starts_with=["oui"],
  source_kind="arrete", note="phase 1 : circulation interdite sauf riverains du 2 au 27 mars 2026")
q("arrete-04", "arrete", "2026-04-08", "ca circule rue jean jaures en ce moment ?", ["2026-012", "feux"], source_kind="arrete",
  note="phase 2 : circulation alternée par feux du 30 mars au 30 avril 2026")
q("arrete-05", "arrete", "2026-05-12", "je peux passer par le carrefour jean jaures avenue de la gare pour aller au train ?",
  ["2026-013", "Croix-Blanche"], starts_with=["non"], source_kind="arrete")
q("arrete-06", "arrete", "2026-02-20", "les travaux de la rue jean-jaures ca finit quand en tout ?", ["22 mai 2026"],
  source_kind="arrete", note="phase 3 (2026-013) se termine le 22 mai 2026")
q("arrete-07", "arrete", "2026-04-22", "le parking sud de la gare il est ouvert ce matin ?", ["2026-021", "24 avril 2026"],
  starts_with=["non"], source_kind="arrete", now="07:45")
q("arrete-08", "arrete", "2026-04-27", "parc sud gare c rouvert ?", ["24 avril 2026"], starts_with=["oui"],
  note="fermeture du 20 au 24 avril 2026 terminée")
q("arrete-09", "arrete", "2026-06-15", "slt jpeux laisser mon camping car au parking de la gare pdt une semaine ?", ["2026-003"],
  starts_with=["non"], source_kind="arrete")
q("arrete-10", "arrete", "2026-03-03", "le parking nord de la gare c pour qui ?", ["Navigo Parking"])
q("arrete-11", "arrete", "2026-06-06", "zone bleue on peut rester combien de temps le samedi aprem ?", ["1 h 30"],
  note="arrêté 2026-004 et fiche zone bleue")
q("arrete-12", "arrete", "2026-06-07", "faut mettre le disque aujourd'hui rue de la republique ?", ["2026-004"], starts_with=["non"],
  now="10:00", source_kind="arrete", note="dimanche : zone bleue non applicable")
q("arrete-13", "arrete", "2026-03-12", "je peux passer en voiture rue des tilleuls la tout de suite ?", ["2026-005"],
  starts_with=["non"], now="08:20", source_kind="arrete", note="jeudi 12 mars 2026, période scolaire (vacances d'hiver de la zone C finies le 9 mars), 8 h 15-8 h 45 : rue scolaire fermée")
q("arrete-14", "arrete", "2026-03-11", "la rue des tilleuls est fermée le mercredi matin aussi ?", ["2026-005"], starts_with=["non"],
  now="08:30", source_kind="arrete", note="fermeture lundi, mardi, jeudi, vendredi seulement")
q("arrete-15", "arrete", "2026-05-10", "c quand la brocante ?", ["17 mai 2026"], source_kind="arrete")
q("arrete-16", "arrete", "2026-05-14", "jpeux me garer rue du moulin samedi vers 21h ?", ["2026-027"], starts_with=["non"],
  source_kind="arrete", note="interdiction du samedi 16 mai 20 h au dimanche 17 mai 20 h")
q("arrete-17", "arrete", "2026-04-24", "course de velo dimanche, quelles rues sont fermées ?", ["route de Melun", "rue du Moulin"],
  source_kind="arrete", note="arrêté 2026-024")
q("arrete-18", "arrete", "2026-07-08", "le feu d'artifice c quel jour et ou ?", ["13 juillet 2026", "parc de la Roseraie"],
  source_kind="arrete")
q("arrete-19", "arrete", "2026-07-13", "je peux me garer avenue du parc ce soir ?", ["2026-058"], starts_with=["non"], now="19:00",
  source_kind="arrete")
q("arrete-20", "arrete", "2026-07-12", "le parc de la roseraie est ouvert demain apres midi ?", ["21 h 30"], starts_with=["non"],
  source_kind="arrete", note="texte du PDF 2026-058 seulement : parc fermé le 13 juillet de 14 h à 21 h 30")
q("arrete-21", "arrete", "2026-07-11", "on a le droit de lancer des petards dans la rue pour le 14 juillet ?", ["2026-057"],
  starts_with=["non"], source_kind="arrete")
q("arrete-22", "arrete", "2026-06-20", "fete de la musique la place du marché est fermée a partir de quelle heure ?", ["16 h"],
  source_kind="arrete", note="arrêté 2026-040")
q("arrete-23", "arrete", "2026-06-17", "la rue des vergers est en sens unique maintenant ?", ["2026-045", "3 juillet 2026"],
  starts_with=["oui"], source_kind="arrete")
q("arrete-24", "arrete", "2026-07-15", "rue des vergers toujours en sens unique ?", ["3 juillet 2026"], starts_with=["non"],
  note="sens unique provisoire terminé le 3 juillet 2026")
q("arrete-25", "arrete", "2026-07-06", "il fait 38 degres, y a une salle au frais quelque part pour ma grand mere ?",
  ["Georges-Brassens"], note="plan canicule 2026-052 (salle rafraîchie) ; la fiche canicule y renvoie aussi")
q("arrete-26", "arrete", "2026-08-05", "la mediatheque est ouverte samedi 8 aout ?", ["2026-063", "22 août 2026"],
  starts_with=["non"], source_kind="arrete", note="fermée du 3 au 22 août 2026 alors que l'annuaire donne des horaires le samedi")
q("arrete-27", "arrete", "2026-07-27", "rue victor hugo c fermé ?", ["2026-069", "14 août 2026"], starts_with=["oui"],
  source_kind="arrete", note="arrêté publié seulement en PDF")
q("arrete-28", "arrete", "2026-07-22", "jpeux me garer impasse des charmilles ?", ["2026-069"], starts_with=["non"],
  source_kind="arrete", note="PDF 2026-069, article 2")
q("arrete-29", "arrete", "2026-07-22", "la rue de la republique est fermée en ce moment ?", [], must_not=["2026-069"],
  starts_with=["non"], note="le PDF 2026-069 ne cite la rue de la République que dans un « Vu »")
q("arrete-30", "arrete", "2026-09-01", "travaux rue de l'industrie dans la zone, les camions peuvent passer ?",
  ["2026-074", "18 septembre 2026"], starts_with=["non"], source_kind="arrete",
  note="véhicules de plus de 3,5 t interdits sauf desserte locale")
q("arrete-31", "arrete", "2026-09-03", "forum des assos samedi, on pourra se garer sur le parking du gymnase ?", ["2026-080"],
  starts_with=["non"], source_kind="arrete")
q("arrete-32", "arrete", "2026-10-20", "pourquoi on peut pas se garer rue du moulin ??", ["2026-086", "21 octobre 2026"],
  source_kind="arrete", note="élagage des platanes")
q("arrete-33", "arrete", "2026-11-10", "demain pour le 11 novembre l'avenue de verdun sera fermée ?", ["2026-091"],
  starts_with=["oui"], source_kind="arrete")
q("arrete-34", "arrete", "2026-12-10", "le marché de samedi 12 decembre il sera ou avec le marché de noel ?", ["rue Saint-Aubin"],
  source_kind="arrete", note="arrêté 2026-094")
q("arrete-35", "arrete", "2026-06-01", "on peut boire une biere au square de la gare le soir ?", ["2026-031"], starts_with=["non"],
  now="21:30", source_kind="arrete")
q("arrete-36", "arrete", "2026-06-14", "jpeux tondre ma pelouse cet aprem ?", ["2026-035"], starts_with=["non"], now="15:00",
  note="dimanche : 10 h-12 h seulement")
q("arrete-37", "arrete", "2026-06-13", "passer la tondeuse ce matin c autorisé ?", ["2026-035"], starts_with=["oui"], now="10:00",
  note="samedi 9 h-12 h autorisé")
q("arrete-38", "arrete", "2026-03-20", "la vitesse est limitée a combien dans le quartier des prés ?", ["30 km/h"],
  source_kind="arrete", note="arrêté 2026-007")

# ------------------------------------------------------------------ délibérations
q("delib-01", "deliberation", "2026-04-02", "les impots locaux ont augmenté cette annee a breviande ?", ["41,37 %"],
  starts_with=["non"], source_kind="deliberation", note="délibération 2026_017, taux inchangés")
q("delib-02", "deliberation", "2026-05-01", "la subvention du judo club c combien ?", ["9 800 €"], source_kind="deliberation")
q("delib-03", "deliberation", "2026-05-04", "combien la mairie donne aux associations en tout cette annee ?", ["128 450"],
  note="délibération 2026_018 et compte 65748 du BP 2026")
q("delib-04", "deliberation", "2026-05-01", "il y a combien de policiers municipaux maintenant ?", ["6 agents"],
  note="délibération 2026_024 (de 5 à 6) et fiche police municipale")
q("delib-05", "deliberation", "2026-06-02", "les nouveaux tarifs cantine ils ont été votés quand ?", ["21 mai 2026"],
  source_kind="deliberation")
q("delib-06", "deliberation", "2026-07-03", "la nouvelle rue du lotissement du clos saint aubin elle s'appelle comment ?",
  ["Simone-Veil"], source_kind="deliberation")
q("delib-07", "deliberation", "2026-10-15", "la mediatheque c gratuit pour les ados ?", ["18 ans"], starts_with=["oui"],
  source_kind="deliberation", note="délibération 2026_052, à compter du 1er octobre 2026")
q("delib-08", "deliberation", "2026-09-10", "abonnement mediatheque adulte ca coute combien ?", ["12 €"], source_kind="deliberation",
  note="12 € par an pour les adultes habitant la commune, à compter du 1er octobre 2026")
q("delib-09", "deliberation", "2027-01-20", "prix d'une concession 30 ans au cimetiere ?", ["440 €"], must_not=["420 €"],
  source_kind="deliberation", note="au 1er janvier 2027 (délibération 2026_061) ; la fiche donne encore les tarifs 2026")
q("delib-10", "deliberation", "2026-07-10", "le compte administratif 2025 a été voté quand ?", ["25 juin 2026"],
  source_kind="deliberation")
q("delib-11", "deliberation", "2026-05-06", "les cameras de la gare l'etat paye combien ?", ["28 800"],
  note="délibération 2026_025 (FIPD) et compte 1321 du BP 2026")
q("delib-12", "deliberation", "2026-04-07", "le budget 2026 a été voté quand ?", ["26 mars 2026"], source_kind="deliberation")
q("delib-13", "deliberation", "2026-04-09", "combien la ville donne au CCAS ?", ["185 000"],
  note="délibération 2026_019 et compte 657362 du BP 2026")
q("delib-14", "deliberation", "2026-10-20", "la decision modificative elle a été votée quand ?", ["8 octobre 2026"],
  source_kind="deliberation")
q("delib-15", "deliberation", "2026-07-02", "combien de l'excedent 2025 va en investissement ?", ["612 000"],
  note="délibération 2026_039 (1068) ; même montant au compte 1068 du BP 2026")

# ------------------------------------------------------------------ budget
q("budget-01", "budget", "2026-04-20", "combien la commune depense pour la police municipale cette annee ?", ["368 837,30 €"],
  source_kind="budget", note="BP 2026, dépenses réelles de fonctionnement de fonction 11 (60636 + 6156 + 64111 + 6451)")
q("budget-02", "budget", "2026-05-05", "combien on rembourse de dette en 2026 ?", ["486 312,58 €"], must_not=["300 086,32 €"],
  source_kind="budget", note="BP 2026, 1641 en dépense ; 300 086,32 € est l'emprunt nouveau (1641 en recette)")
q("budget-03", "budget", "2026-05-05", "les interets des emprunts ca coute combien par an", ["94 627,31 €"], source_kind="budget")
q("budget-04", "budget", "2026-04-15", "combien coute le personnel de la mairie en 2026 ?", ["3 668 064,85 €"], source_kind="budget",
  note="chapitre 012 du BP 2026")
q("budget-05", "budget", "2026-06-11", "la dotation forfaitaire de l'etat en 2026 c combien ?", ["986 412,00 €"],
  must_not=["991 870,00 €"], source_kind="budget", note="74111 BP 2026 ; 991 870,00 € est le réalisé 2025")
q("budget-06", "budget", "2026-06-11", "l'etat donne combien de DETR pour l'ecole ?", ["164 000"],
  note="13461 BP 2026 et délibération 2026_026")
q("budget-07", "budget", "2026-05-20", "le budget assainissement il prevoit combien de depenses d'investissement ?",
  ["681 215,42 €"], source_kind="budget", note="budget annexe : 1641 + 2031 + 2315, lignes réelles")
q("budget-08", "budget", "2026-05-20", "combien pour refaire le collecteur d'assainissement rue jean jaures ?", ["585 400,00 €"],
  source_kind="budget", note="2315 du budget annexe")
q("budget-09", "budget", "2026-05-21", "la redevance assainissement ca rapporte combien a la commune ?", ["512 046,00 €"],
  source_kind="budget")
q("budget-10", "budget", "2026-04-01", "c quoi le total des depenses de fonctionnement du budget 2026 ?", ["5 712 729,34 €"],
  source_kind="budget", note="BP 2026 budget principal, réel, sans 023/042")
q("budget-11", "budget", "2026-04-01", "combien de depenses d'investissement en 2026 ?", ["2 572 218,33 €"], source_kind="budget",
  note="BP 2026 budget principal, réel, sans 001 ni 040 (remboursement du capital compris)")
q("budget-12", "budget", "2026-04-03", "les impots fonciers rapportent combien a la ville ?", ["3 412 087,00 €"],
  source_kind="budget", note="73111 BP 2026")
q("budget-13", "budget", "2026-04-03", "combien on paye pour les pompiers ?", ["231 804,00 €"], source_kind="budget",
  note="6553 Service d'incendie")
q("budget-14", "budget", "2026-04-03", "les indemnites des elus ca fait combien ?", ["118 406,88 €"], source_kind="budget")
q("budget-15", "budget", "2026-04-28", "combien pour les travaux de l'ecole des tilleuls ?", ["410 000"],
  note="21312 Bâtiments scolaires du BP 2026 ; coût aussi dans la délibération 2026_026")
q("budget-16", "budget", "2026-04-28", "combien la commune depense pour l'entretien des routes ?", ["73 215,00 €"],
  source_kind="budget", note="615231 Entretien et réparations - Voiries (fonctionnement)")
q("budget-17", "budget", "2026-09-15", "la nourriture de la cantine ca coute combien a la commune par an ?", ["215 389,60 €"],
  source_kind="budget", note="60623 Alimentation, BP 2026")
q("budget-18", "budget", "2026-09-15", "combien les familles payent en tout pour la cantine et la garderie ?", ["386 240,50 €"],
  source_kind="budget", note="7067 BP 2026")
q("budget-19", "budget", "2026-04-21", "l'excedent reporté de l'annee d'avant dans le budget 2026 ?", ["403 218,40 €"],
  source_kind="budget", note="ligne 002 du BP 2026")
q("budget-20", "budget", "2026-04-21", "il y a un deficit d'investissement reporté en 2026 ?", ["214 730,55 €"],
  source_kind="budget", note="ligne 001 en dépense du BP 2026")
q("budget-21", "budget", "2026-04-22", "la commune va emprunter combien en 2026 ?", ["300 086,32 €"], must_not=["486 312,58 €"],
  source_kind="budget", note="1641 en recette du BP 2026")
q("budget-22", "budget", "2026-07-07", "combien on a depensé en salaires en 2025 ?", ["3 488 393,08 €"], source_kind="budget",
  note="chapitre 012 réalisé, CA 2025")
q("budget-23", "budget", "2026-07-07", "dette remboursée en 2025 combien ?", ["472 918,36 €"], must_not=["486 312,58 €"],
  source_kind="budget", note="1641 dépense réalisée, CA 2025")
q("budget-24", "budget", "2026-07-08", "l'electricite en 2025 ca a couté combien a la mairie ?", ["279 412,08 €"],
  source_kind="budget", note="60612 réalisé CA 2025")
q("budget-25", "budget", "2026-07-08", "les fetes et ceremonies en 2025 combien depensé ?", ["61 204,88 €"], source_kind="budget",
  note="6232 réalisé CA 2025 (prévu 60 000,00 €)")
q("budget-26", "budget", "2026-07-09", "total des depenses de fonctionnement realisees en 2025 ?", ["5 422 657,03 €"],
  source_kind="budget", note="CA 2025, réel, sans 023/042")
q("budget-27", "budget", "2026-07-09", "et les recettes de fonctionnement de 2025 au total ?", ["6 253 547,27 €"],
  source_kind="budget", note="CA 2025, réel, sans 002 ni 042")
q("budget-28", "budget", "2026-07-10", "la dotation forfaitaire recue en 2025 ?", ["991 870,00 €"], must_not=["986 412,00 €"],
  source_kind="budget", note="74111 réalisé CA 2025")
q("budget-29", "budget", "2026-10-20", "la DM ca rajoute combien pour la toiture du gymnase ?", ["42 350,00 €"], source_kind="budget",
  note="DM n° 1 2026, 615221")
q("budget-30", "budget", "2026-10-20", "la decision modificative met combien en plus pour les salaires de la police municipale ?",
  ["16 480,00 €"], source_kind="budget", note="DM n° 1 2026, 64111 fonction 11")
q("budget-31", "budget", "2026-10-21", "dans la DM combien en plus pour la voirie ?", ["61 240,00 €"], source_kind="budget",
  note="DM n° 1 2026, 2151, financé par 1323 du même montant")
q("budget-32", "budget", "2026-10-21", "la DM a baissé le budget des fetes de combien ?", ["8 000"], source_kind="budget",
  note="DM n° 1 2026, 6232 : -8 000,00 €")
q("budget-33", "budget", "2026-05-12", "le departement donne combien pour la voirie cette annee ?", ["120 000"],
  note="1323 du BP 2026 (avant la DM qui ajoute 61 240,00 €)")
q("budget-34", "budget", "2026-05-20", "l'agence de l'eau donne combien pour l'assainissement ?", ["142 500,00 €"],
  source_kind="budget", note="1318 du budget annexe")
q("budget-35", "budget", "2026-05-06", "combien pour la videoprotection en 2026 ?", ["96 000"],
  note="2188 fonction 11 du BP 2026 ; coût aussi dans la délibération 2026_025")
q("budget-36", "budget", "2026-04-23", "le virement a la section d'investissement 2026 c combien ?", ["788 637,96 €"],
  source_kind="budget", note="023 (ordre) du BP 2026")
q("budget-37", "budget", "2026-10-22", "combien la DM met en plus pour les cameras ?", ["18 560,00 €"], source_kind="budget",
  note="DM n° 1 2026, 2188 fonction 11")

# ------------------------------------------------------------------ annuaire
q("annuaire-01", "annuaire", "2026-06-14", "une pharmacie ouverte ce dimanche matin ?", ["Pharmacie du Marché"],
  starts_with=["oui"], now="10:00", source_kind="acteur")
q("annuaire-02", "annuaire", "2026-06-14", "jai besoin d'une pharmacie cet aprem c dimanche", [], starts_with=["non"], now="15:30",
  note="aucune pharmacie de l'annuaire n'est ouverte le dimanche après-midi")
q("annuaire-03", "annuaire", "2026-02-03", "numero d'un plombier svp fuite sous l'evier", ["06 12 48 73 05"], source_kind="acteur")
q("annuaire-04", "annuaire", "2026-09-09", "qui donne les cours de judo ?", ["Thierry Maunoury"], source_kind="acteur")
q("annuaire-05", "annuaire", "2026-09-09", "le judo c quel jour pour les enfants ?", ["mardi"], source_kind="acteur")
q("annuaire-06", "annuaire", "2026-06-15", "la boulangerie au pain de brie est ouverte ?", [], starts_with=["non"], now="09:00",
  source_kind="acteur", note="lundi : fermée")
q("annuaire-07", "annuaire", "2026-06-15", "une boulangerie ouverte la maintenant ?", ["Maison Lheureux"], starts_with=["oui"],
  now="07:30", source_kind="acteur")
q("annuaire-08", "annuaire", "2026-03-09", "tel du dr ferrandou", ["01 64 27 35 10"], source_kind="acteur")
q("annuaire-09", "annuaire", "2026-06-17", "le docteur ouazzani il consulte aujourd'hui ?", [], starts_with=["non"], now="10:00",
  source_kind="acteur", note="mercredi")
q("annuaire-10", "annuaire", "2026-03-09", "y a un pediatre a breviande ?", ["Lemarchal"], starts_with=["oui"], source_kind="acteur")
q("annuaire-11", "annuaire", "2026-08-01", "veto urgence mon chien a avalé un truc", ["01 64 27 42 31"], source_kind="acteur")
q("annuaire-12", "annuaire", "2026-06-20", "la grenouillere c ouvert demain aprem ?", [], starts_with=["non"], source_kind="acteur",
  note="vocabulaire : la Grenouillère = piscine des Nénuphars ; dimanche 9 h-13 h seulement")
q("annuaire-13", "annuaire", "2026-06-22", "piscine ouverte aujourd'hui ?", [], starts_with=["non"], now="11:00", source_kind="acteur",
  note="lundi : fermée")
q("annuaire-14", "annuaire", "2026-06-22", "le numero de la piscine ?", ["01 64 27 81 40"])
q("annuaire-15", "annuaire", "2026-02-17", "un garage pour ma voiture dans la zone d'activité ?", ["Dutertre"], source_kind="acteur")
q("annuaire-16", "annuaire", "2026-02-17", "un electricien aux raies ?", ["Benhamou"], source_kind="acteur",
  note="vocabulaire : les Raies = zone d'activités des Longues Raies")
q("annuaire-17", "annuaire", "2026-11-28", "numero taxi pour aller a la gare demain 5h", ["06 20 41 88 13"], source_kind="acteur")
q("annuaire-18", "annuaire", "2026-03-11", "un kiné a la maison de santé ?", ["Marcadet"], source_kind="acteur")
q("annuaire-19", "annuaire", "2026-03-11", "orthophoniste pour mon fils", ["Voisenet"], source_kind="acteur")
q("annuaire-20", "annuaire", "2026-03-12", "labo pour une prise de sang sans rdv ?", ["Biobrie"], source_kind="acteur")
q("annuaire-21", "annuaire", "2026-03-16", "la fromagerie est ouverte aujourd'hui ?", ["Meule de Brie"], starts_with=["non"], now="10:00",
  source_kind="acteur", note="lundi")
q("annuaire-22", "annuaire", "2026-03-17", "un resto ouvert le midi pres de la gare ?", ["Relais de la Gare"], source_kind="acteur")
q("annuaire-23", "annuaire", "2026-03-16", "la pizzeria da lucio ce soir c ouvert ?", [], starts_with=["non"], now="19:30",
  source_kind="acteur", note="lundi : fermée")
q("annuaire-24", "annuaire", "2026-03-18", "la poste c ou ?", ["3 rue Pasteur"], source_kind="acteur")
q("annuaire-25", "annuaire", "2026-09-16", "y a une chorale a breviande ?", ["À Tout Chœur"], starts_with=["oui"], source_kind="acteur")
q("annuaire-26", "annuaire", "2026-09-16", "cours de tennis pour les enfants ?", ["Tennis Club"], source_kind="acteur")
q("annuaire-27", "annuaire", "2026-11-20", "qui organise le marché de noel ?", ["Comité des fêtes"],
  note="description du Comité des fêtes dans l'annuaire")
q("annuaire-28", "annuaire", "2026-09-16", "c qui le president du club de foot ?", ["Darrouzet"], source_kind="acteur")
q("annuaire-29", "annuaire", "2026-01-19", "y a une epicerie solidaire ?", ["Entraide Bréviandaise"], starts_with=["oui"],
  source_kind="acteur")
q("annuaire-30", "annuaire", "2026-01-19", "des activites pour les retraités ? ma mere s'ennuie", ["Âge d'Or"], source_kind="acteur")
q("annuaire-31", "annuaire", "2026-09-14", "du yoga le lundi soir a breviande ?", ["Yoga Brie Zen"], starts_with=["oui"],
  source_kind="acteur")
q("annuaire-32", "annuaire", "2026-09-01", "le numero du college ?", ["01 64 27 66 00"], source_kind="acteur")
q("annuaire-33", "annuaire", "2026-09-01", "c qui la directrice de l'ecole des tilleuls ?", ["Camus-Delorme"], source_kind="acteur")
q("annuaire-34", "annuaire", "2026-06-14", "la gendarmerie est ouverte le dimanche matin ?", ["01 64 27 17 00"], starts_with=["oui"],
  now="10:30", source_kind="acteur")
q("annuaire-35", "annuaire", "2026-05-31", "fete des meres, un fleuriste ouvert ce matin ?", ["Pétales et Brindilles"],
  starts_with=["oui"], now="10:00", source_kind="acteur")
q("annuaire-36", "annuaire", "2026-02-21", "enfermé dehors besoin d'un serrurier", ["06 09 14 52 36"], source_kind="acteur")
q("annuaire-37", "annuaire", "2026-07-10", "la decheterie est ouverte le 14 juillet ?", [], starts_with=["non"],
  note="PH off dans les horaires de la déchèterie ; fiche : fermée les jours fériés")
q("annuaire-38", "annuaire", "2026-06-16", "le tabac de la rue de la republique il ouvre avant 7h ?", ["Brévian"], starts_with=["oui"],
  source_kind="acteur", note="ouvre à 6 h 30")

# ------------------------------------------------------------------ mairie
q("mairie-01", "mairie", "2026-06-18", "la mairie est ouverte ce matin ?", [], starts_with=["non"], now="09:30", source_kind="commune",
  note="jeudi : ouverture à 13 h 30")
q("mairie-02", "mairie", "2026-06-20", "mairie ouverte le samedi ?", [], starts_with=["oui"], source_kind="commune")
q("mairie-03", "mairie", "2026-03-02", "le tel de la mairie stp", ["01 64 27 50 00"], source_kind="commune")
q("mairie-04", "mairie", "2026-03-02", "adresse mail de la mairie ?", ["accueil@breviande-en-brie.fr"], source_kind="commune")
q("mairie-05", "mairie", "2026-07-14", "mairie ouverte aujourd'hui ?", [], starts_with=["non"], now="10:00", source_kind="commune",
  note="jour férié")
q("mairie-06", "mairie", "2026-06-18", "la mairie est ouverte jeudi à 18h30 ?", [], starts_with=["oui"], source_kind="commune",
  note="jeudi 13 h 30-19 h")
q("mairie-07", "mairie", "2026-03-02", "c qui le maire ?", ["Vasseur-Quintard"], source_kind="commune")
q("mairie-08", "mairie", "2026-03-02", "ou se trouve la mairie ?", ["place de l'Hôtel-de-Ville"], source_kind="commune")
q("mairie-09", "mairie", "2026-06-17", "mairie ouverte entre midi et deux ?", [], starts_with=["non"], now="12:30",
  source_kind="commune")

# ------------------------------------------------------------------ hors sujet / fallback
q("hors-01", "hors_sujet", "2026-05-04", "il va pleuvoir demain ?", [], fallback=True)
q("hors-02", "hors_sujet", "2026-05-04", "horaires des trains pour paris le matin ?", [], fallback=True,
  note="aucun horaire de train dans les fichiers")
q("hors-03", "hors_sujet", "2026-09-02", "c qui le principal du college ?", [], fallback=True, must_not=["Camus-Delorme"],
  note="l'annuaire ne nomme pas le principal")
q("hors-04", "hors_sujet", "2026-05-04", "recette de la tarte au brie", [], fallback=True)
q("hors-05", "hors_sujet", "2026-05-04", "prix du m2 pour acheter une maison a breviande ?", [], fallback=True)
q("hors-06", "hors_sujet", "2026-05-04", "quand passe la balayeuse dans ma rue ?", [], fallback=True)
q("hors-07", "hors_sujet", "2026-05-04", "combien de places au parking nord de la gare ?", [], fallback=True)
q("hors-08", "hors_sujet", "2026-05-04", "la taxe d'ordures menageres c combien chez nous ?", [], fallback=True,
  note="TEOM perçue par la CABO, absente du budget communal")
q("hors-09", "hors_sujet", "2026-05-04", "raconte moi une blague", [], fallback=True)
q("hors-10", "hors_sujet", "2026-09-20", "l'AS breviande a gagné samedi ?", [], fallback=True)
q("hors-11", "hors_sujet", "2026-05-04", "qui a gagné les elections municipales en 2020 ?", [], fallback=True)
q("hors-12", "hors_sujet", "2026-05-04", "horaires du cinema ?", [], fallback=True)

# ------------------------------------------------------------------ sessions
s("session-01", "budget", "2026-07-15", [
    ("combien pour la police municipale dans le budget 2026 ?", ["368 837,30 €"]),
    ("et en 2025 c'etait combien ?", ["294 597,50 €"]),
], note="fonction 11, fonctionnement réel : BP 2026 puis réalisé CA 2025")
s("session-02", "budget", "2026-07-15", [
    ("la dette remboursée cette annee ?", ["486 312,58 €"]),
    ("et l'an dernier ?", ["472 918,36 €"]),
])
s("session-03", "arrete", "2026-03-10", [
    ("c quoi les travaux rue jean jaures ?", ["2026-011"]),
    ("et le marché samedi il est ou du coup ?", ["gymnase Léo-Lagrange"]),
])
s("session-04", "annuaire", "2026-05-09", [
    ("le numero de la pharmacie du marché", ["01 64 27 13 58"]),
    ("et son adresse ?", ["7 place du Marché"]),
])

ids = [c["id"] for c in Q]
assert len(ids) == len(set(ids))
out = Path(__file__).resolve().parent / "questions.yml"
out.write_text("# Bréviande-en-Brie (fictional), written blind on 2026-12-06. Generated by build_questions.py.\n"
               + yaml.safe_dump(Q, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
from collections import Counter
print(len(Q), Counter(c["kind"] for c in Q))
