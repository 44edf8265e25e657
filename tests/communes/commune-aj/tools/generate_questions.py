"""Writes questions.yml for Rochessac-sur-Céoune. Budget facts are computed from data.py."""
from collections import Counter
from pathlib import Path

import yaml

from data import chapter_total, fr, fr_int, line, section_total

OUT = Path(__file__).resolve().parent.parent / "questions.yml"
CASES = []
_n = Counter()


def Q(kind, today, question, must=(), source=None, starts=None, must_not=None, now=None, fallback=False,
      note=None):
    _n[kind] += 1
    c = {"id": f"{kind}-{_n[kind]:02d}", "kind": kind, "today": today}
    if now:
        c["now"] = now
    c["question"] = question
    c["must"] = list(must)
    if must_not:
        c["must_not"] = list(must_not)
    if starts:
        c["starts_with"] = [starts]
    c["fallback"] = fallback
    if source and not fallback:
        c["source_kind"] = source
    if note:
        c["note"] = note
    CASES.append(c)


def FB(kind, today, question, note, must_not=None):
    Q(kind, today, question, (), fallback=True, note=note, must_not=must_not)


def bp(nat, rd=None):
    return line(nat, rd)[6]


def ca(nat, rd=None):
    return line(nat, rd)[8]


def amount(x):
    return fr_int(x) if abs(x - round(x)) < 1e-9 else fr(x)


# ====================================================================== fiches
F = "fiche"
Q(F, "2026-01-12", "c quel jour les poubelles ?", ["mardi"], F)
Q(F, "2026-02-03", "j'habite aux Costes, le camion poubelle passe quand chez nous", ["jeudi"], F)
Q(F, "2026-03-09", "bac jaune ramassage quel jour", ["vendredi"], F)
Q(F, "2026-07-08", "en été il y a une collecte des ordures le samedi ?", ["samedi"], F, starts="oui")
Q(F, "2026-04-14", "ou on jette les gravats", ["route de Bane"], None,
  note="fiche déchèterie ou annuaire")
Q(F, "2026-03-21", "est ce que je peux bruler mes branches de taille au fond du jardin", ["interdit"], F,
  starts="non")
Q(F, "2026-05-10", "tondre la pelouse dimanche apres midi c autorisé ?", ["10 h", "12 h"], F, starts="non",
  now="15:00")
Q(F, "2026-05-09", "je peux passer la tondeuse samedi à 10h ?", [], F, starts="oui", now="08:00")
Q(F, "2026-05-19", "quels papiers pour inscrire ma fille à l'école ?", ["livret de famille"], F)
Q(F, "2026-03-03", "combien coute le repas a la cantine", ["3,20 €"], F,
  note="tarif 2025-2026 en vigueur en mars 2026")
Q(F, "2026-08-25", "prix cantine rentree septembre 2026 ?", ["3,40 €"], None)
Q(F, "2026-02-10", "jusqu'a quand je dois reserver les repas de cantine pour la semaine pro", ["jeudi"], F)
Q(F, "2026-04-07", "la cantine fonctionne le mercredi ?", [], F, starts="non")
Q(F, "2026-09-03", "la garderie du soir c combien", ["1,50 €"], None)
Q(F, "2026-06-02", "est ce qu'on peut faire sa carte d'identité à la mairie de Rochessac ?", ["Vans"], F,
  starts="non")
Q(F, "2026-06-15", "combien coute un passeport svp", ["86 €"], F)
Q(F, "2026-02-18", "on voudrait louer la salle des fetes pour un anniversaire, on habite le village, c combien ?",
  ["180"], None)
Q(F, "2026-03-15", "le camping municipal ouvre quand ?", ["1er avril"], F)
Q(F, "2026-10-02", "camping les aulnes ouvert en octobre?", ["30 septembre"], F, starts="non")
Q(F, "2026-05-28", "numero pour reserver au camping municipal", ["04 75 39 24 02"], None)
Q(F, "2026-07-04", "baignade surveillée a quelles heures", ["13 h", "19 h"], F)
Q(F, "2026-06-12", "la baignade est surveillée en juin ?", ["1er juillet"], F, starts="non")
Q(F, "2026-06-20", "est-ce que c'est la mairie qui loue les canoës ?", ["Céoune Canoës"], F, starts="non")
Q(F, "2026-07-22", "faut il un gilet pour la descente en canoe", ["gilet"], F, starts="oui")
Q(F, "2026-08-03", "descente en canoe combien de km", ["8 km", "14 km"], F)
Q(F, "2026-09-20", "la fete de la chataigne c quand cette annee", ["17 et 18 octobre"], F)
Q(F, "2026-09-28", "Castanhada 2026 c'est quel week-end ?", ["17 et 18 octobre"], F)
Q(F, "2026-10-10", "le bal occitan de la castanhada c'est quel soir", ["samedi"], F)
Q(F, "2026-02-05", "qui déneige chez nous ? et dans quel ordre ?", ["école"], F)
Q(F, "2026-01-08", "le trottoir devant ma maison est plein de neige, c'est à moi de le dégager ?",
  ["riverains"], F, starts="oui")
Q(F, "2026-10-06", "on a le droit de ramasser des chataignes dans les bois ?", ["propriétaires"], F)
Q(F, "2026-04-22", "combien coute une concession de 50 ans au cimetiere", ["600"], None)
Q(F, "2026-05-05", "delai pour un permis de construire maison", ["deux mois"], F)
Q(F, "2026-05-06", "combien de temps pour une declaration prealable (abri de jardin)", ["un mois"], F)
Q(F, "2026-06-30",
  "Bonjour Madame la secrétaire, je me permets de vous écrire car mes petits-enfants viennent passer le mois "
  "de juillet chez moi et ils veulent absolument se baigner dans la rivière. Je voudrais savoir s'il y a "
  "quelqu'un pour surveiller la baignade et à quelles heures, car je ne nage plus très bien. Je vous "
  "remercie par avance. Mme Fabre",
  ["13 h", "19 h"], F)
FB(F, "2026-09-14", "comment avoir une place en creche pour mon bebe ?",
   "aucune crèche ni fiche sur la petite enfance")
FB(F, "2026-11-12", "y a t il une aide de la mairie pour payer le bois de chauffage ?",
   "aucune aide au chauffage dans les fichiers")

# ====================================================================== arrêtés
A = "arrete"
Q(A, "2026-01-20", "la route du col est fermee ?", ["2025-061"], A, starts="oui")
Q(A, "2026-03-18", "la route du col de l'echelette est encore fermée le 20 mars ?", ["15 mars"], A,
  starts="non")
Q(A, "2026-12-02", "la route d'en haut est fermee cet hiver ?", ["2026-058"], A, starts="oui",
  note="« la route d'en haut » = route du col de l'Échelette (vocabulaire)")
Q(A, "2026-12-10", "jusqu'a quand la route du col est fermée", ["15 mars 2027"], A)
Q(A, "2026-03-05", "chemin des balmes fermé ?", ["2026-004"], A, starts="oui")
Q(A, "2026-05-10", "le chemin des Balmes sera rouvert le 15 mai ?", ["2026-014"], A, starts="non")
Q(A, "2026-06-03", "le chemin des balmes est toujours fermé ?", ["29 mai"], A, starts="non")
Q(A, "2026-03-20", "travaux rue du four jusqu'a quand", ["3 avril"], A)
Q(A, "2026-08-02", "on peut emmener le chien a la plage du moulin ?", ["2026-009"], A, starts="non")
Q(A, "2026-09-18", "les chiens sont interdits à la plage le 20 septembre ?", ["15 septembre"], A, starts="non")
Q(A, "2026-07-09", "je peux me garer place de la calade demain soir vers 18h ?", ["2026-012"], A, starts="non",
  note="demain = vendredi 10 juillet 2026, marché de producteurs")
Q(A, "2026-05-15", "brocante quai de la ceoune c quand", ["24 mai"], A)
Q(A, "2026-07-15", "on peut se baigner pres de la paissiere ?", ["2026-018"], A, starts="non",
  note="la Paissière = seuil du Moulin (vocabulaire)")
Q(A, "2026-10-10", "la baignade au seuil du moulin c interdit en octobre ?", ["30 septembre"], A, starts="non")
Q(A, "2026-08-01", "on peut faire du paddle juste au dessus du seuil du moulin ?", ["2026-018"], A,
  starts="non", note="le paddle n'est nommé que dans le texte du PDF")
Q(A, "2026-07-30", "barbecue sur la plage du moulin samedi ?", ["2026-019"], A, starts="non")
Q(A, "2026-08-12", "camping sauvage au bord de la riviere c autorisé ?", ["2026-020"], A, starts="non")
Q(A, "2026-07-05", "on peut dormir dans notre camping car sur le parking de la plage cette nuit ?", ["2026-020"],
  A, starts="non")
Q(A, "2026-07-20", "on peut embarquer nos canoës depuis la plage du moulin ?", ["Pont Vieux"], A, starts="non")
Q(A, "2026-06-19", "rue haute fermée dimanche soir pour la fete de la musique ?", ["2026-024"], A, starts="oui")
Q(A, "2026-07-20", "je peux arroser mon potager a 10h du matin ?", ["2026-030"], A, starts="non", now="09:00")
Q(A, "2026-09-05", "c'est encore interdit de laver sa voiture ?", ["31 août"], A, starts="non")
Q(A, "2026-07-23", "la plage du moulin est fermee ? on a entendu parler de cyanobacteries", ["27 juillet"], A,
  starts="oui")
Q(A, "2026-07-26", "la baignade sera encore interdite à la plage du Moulin le 28 juillet ?", ["27 juillet"], A,
  starts="non")
Q(A, "2026-08-13", "je peux me garer au foirail le 15 aout ?", ["2026-036"], A, starts="non")
Q(A, "2026-09-21", "route des costes barree ? par ou passer", ["chemin de Bane"], A)
Q(A, "2026-10-08", "la route des costes est fermée le 12 octobre ?", ["9 octobre"], A, starts="non")
Q(A, "2026-10-12", "quelles rues sont fermées pour la castanhada ?", ["rue Haute", "place du Foirail"], A)
Q(A, "2026-10-16", "je peux laisser ma voiture place de la calade demain ?", ["2026-043"], A, starts="non",
  note="demain = samedi 17 octobre 2026, fête de la châtaigne")
Q(A, "2026-10-15", "combien de kg de chataignes on a le droit de ramasser au serret ?", ["5 kg"], A,
  note="le Serret = hameau du Serre de Bane (vocabulaire)")
Q(A, "2026-11-16", "le chemin du moulin est fermé mercredi ?", ["2026-052"], A, starts="oui")
Q(A, "2026-12-03", "je peux laisser ma voiture rue haute la nuit cet hiver ?", ["2026-060"], A, starts="non")
Q(A, "2026-12-06", "le marché de noël c'est quel jour", ["13 décembre"], A)
Q(A, "2026-07-10", "le pont vieux est fermé aux voitures le 14 juillet ?", ["2026-028"], A, starts="oui",
  note="arrêté publié seulement en PDF")
Q(A, "2026-07-13", "feu d'artifice demain, la circulation sur le quai est coupée jusqu'à quelle heure ?",
  ["minuit"], A)
Q(A, "2026-04-10", "le parking de la plage du moulin est fermé ?", ["19 décembre"], A, starts="non",
  note="l'arrêté 2025-055 a pris fin le 19 décembre 2025")
Q(A, "2026-02-11", "zone bleue place de la calade c combien de temps", ["1 h 30"], A)
Q(A, "2026-11-01", "le cimetiere ferme a quelle heure en hiver", ["18 h"], None)
FB(A, "2026-03-12", "il y a un arrêté qui interdit les feux de cheminée ?", "aucun arrêté sur les cheminées")

# ====================================================================== délibérations
D = "deliberation"
Q(D, "2026-02-20", "prix emplacement camping 2026 pour 2 personnes", ["16,50 €"], None)
Q(D, "2026-12-01", "tarif emplacement camping municipal l'an prochain ?", ["17,00 €"], D,
  must_not=["16,50 €"])
Q(D, "2026-12-04", "camping 2027 personne supplementaire combien", ["4,40 €"], D)
Q(D, "2026-09-10", "repas adulte a la cantine c combien ?", ["6,10 €"], D)
Q(D, "2026-02-01", "l'augmentation de la cantine a été votée à l'unanimité ?", ["12"], D, starts="non")
Q(D, "2026-04-15", "combien la mairie donne au comite des fetes cette annee", ["3 500"], D)
Q(D, "2026-04-16", "subvention club des aines 2026", ["600"], D)
Q(D, "2026-04-20", "total des subventions aux associations voté en 2026", ["8 400"], D)
Q(D, "2026-07-08", "le conseil a donné une subvention exceptionnelle pour la castanhada ?", ["1 000"], D,
  starts="oui")
Q(D, "2026-04-03", "taux taxe fonciere 2026", ["21,84 %"], D)
Q(D, "2026-04-09", "les impots locaux ont augmenté cette année ?", ["21,84 %"], D, starts="non")
Q(D, "2026-04-12", "taux foncier non bati", ["68,50 %"], D)
Q(D, "2026-05-02", "j'ai une residence secondaire, quel taux de taxe d'habitation ?", ["9,65 %"], D)
Q(D, "2026-06-08", "location salle des fetes pour quelqu'un qui n'habite pas la commune", ["350"], None)
Q(D, "2026-04-21", "combien payent les loueurs de canoe a la commune ?", ["450"], D)
Q(D, "2026-05-12", "emprunt pour l'ecole combien et a quel taux", ["150 000", "3,12 %"], D)
Q(D, "2026-05-13", "l'emprunt de l'école a été voté à l'unanimité ?", ["11"], D, starts="non")
Q(D, "2026-05-14", "combien la commune demande de DETR pour l'ecole", ["124 800"], D)
Q(D, "2026-05-15", "cout des travaux de l'ecole", ["312 000"], D)
Q(D, "2026-06-03", "combien de saisonniers la mairie embauche cet ete", ["maître-nageur"], D)
Q(D, "2026-05-30", "prix d'une case au columbarium", ["400"], None)
Q(D, "2026-07-01", "droit de place au marché du vendredi soir pour un exposant", ["5 €"], D)
Q(D, "2026-10-05", "la parcelle du serre de bane a été vendue combien ?", ["3 750"], D)
Q(D, "2026-10-07", "combien de conseillers ont voté contre la vente du terrain au Serre de Bane", ["3"], D)
Q(D, "2026-10-01", "le conseil a voté une motion contre la fermeture de classe ?", ["2027"], D, starts="oui")
Q(D, "2026-11-30", "combien la commune paye pour le deneigement de la route des costes par la comcom",
  ["2 800"], D)
Q(D, "2026-01-15", "taxe de sejour au camping municipal (2 etoiles)", ["0,22 €"], D)
Q(D, "2026-04-02", "le budget 2026 a été voté à l'unanimité ?", ["13"], D, starts="non")
FB(D, "2026-06-11", "le conseil a fixé le prix de l'eau à combien le m3 ?",
   "l'eau n'est pas une compétence communale dans les fichiers")
FB(D, "2026-09-02", "qu'a décidé le conseil municipal sur le projet d'éoliennes ?", "aucune délibération")

# ====================================================================== budget
B = "budget"
Q(B, "2026-04-10", "combien la commune paye pour ses employés en 2026 ?", [fr_int(chapter_total("012", "bp"))], B)
Q(B, "2026-05-03", "depenses de personnel realisees en 2025", [fr(chapter_total("012", "ca"))], B)
Q(B, "2026-04-11", "interets de la dette budget 2026", [amount(bp("66111"))], B)
Q(B, "2026-06-01", "combien d'intérêts d'emprunt la commune a payé en 2025 ?", [fr(ca("66111"))], B)
Q(B, "2026-04-12", "remboursement du capital des emprunts prévu en 2026", [amount(bp("1641", "dépense"))], B)
Q(B, "2026-06-02", "capital de la dette remboursé en 2025", [fr(ca("1641", "dépense"))], B)
Q(B, "2026-04-13", "dotation forfaitaire de l'état 2026", [amount(bp("74111"))], B)
Q(B, "2026-06-03", "la DGF touchée en 2025 (dotation forfaitaire)", [amount(ca("74111"))], B)
Q(B, "2026-04-15", "combien rapportent les impots locaux en 2026", [amount(bp("73111"))], B)
Q(B, "2026-06-04", "impots directs encaissés en 2025", [amount(ca("73111"))], B)
Q(B, "2026-04-16", "budget subventions aux associations 2026", [amount(bp("6574"))], B)
Q(B, "2026-06-05", "combien de subventions aux assos versées en 2025 ?", [fr(ca("6574"))], B)
Q(B, "2026-04-17", "facture d'electricite prevue au budget 2026", [amount(bp("60612"))], B)
Q(B, "2026-06-06", "electricite depensee en 2025", [fr(ca("60612"))], B)
Q(B, "2026-04-18", "contribution aux pompiers (SDIS) 2026", [amount(bp("6553"))], B)
Q(B, "2026-04-19", "combien touchent les élus, indemnités 2026", [amount(bp("65311"))], B)
Q(B, "2026-06-07", "taxe de sejour encaissée en 2025", [fr(ca("73172"))], B)
Q(B, "2026-06-08", "combien le camping a rapporté en 2025", [fr(ca("7063"))], None,
  note="7063 redevances des services de loisirs : le camping est dans le budget principal")
Q(B, "2026-04-20", "total des dépenses de fonctionnement du budget 2026",
  [fr_int(section_total("F", "dépense", "bp"))], B, note="dépenses réelles, hors ordre")
Q(B, "2026-04-21", "recettes de fonctionnement prévues en 2026",
  [fr_int(section_total("F", "recette", "bp"))], B, note="recettes réelles, hors 002 et ordre")
Q(B, "2026-04-22", "résultat de fonctionnement reporté 2026", [fr(bp("002"))], B)
Q(B, "2026-04-23", "la commune va emprunter combien en 2026 d'apres le budget", [amount(bp("1641", "recette"))],
  B)
Q(B, "2026-04-24", "DETR inscrite au budget 2026", [amount(bp("13461"))], B)
Q(B, "2026-04-26", "charges a caractere general 2026", [fr_int(chapter_total("011", "bp"))], B)
Q(B, "2026-06-09", "charges générales réalisées en 2025", [fr(chapter_total("011", "ca"))], B)
Q(B, "2026-06-10", "combien pour l'alimentation de la cantine en 2025", [fr(ca("60623"))], B)
Q(B, "2026-06-11", "entretien des routes depense 2025", [fr(ca("615231"))], B)
Q(B, "2026-06-12", "recettes de la cantine et garderie 2025", [fr(ca("7067"))], B)
Q(B, "2026-04-28", "dotations et participations total 2026", [fr_int(chapter_total("74", "bp", "recette"))], B)
Q(B, "2026-04-30", "depenses d'investissement 2026", [fr(section_total("I", "dépense", "bp"))], B,
  note="dépenses réelles hors 001")
FB(B, "2026-05-20", "combien la commune a dépensé en personnel en 2024 ?", "aucun budget 2024 dans les fichiers")
FB(B, "2026-07-20", "compte administratif 2026 dépenses totales ?", "le CA 2026 n'existe pas encore")

# sessions (multi-turn)
_n[B] += 1
CASES.append({"id": f"{B}-{_n[B]:02d}", "kind": B, "today": "2026-05-05", "session": True, "turns": [
    {"question": "combien pour le personnel au budget 2026 ?", "must": [fr_int(chapter_total("012", "bp"))],
     "fallback": False},
    {"question": "et en 2025 réalisé ?", "must": [fr(chapter_total("012", "ca"))], "fallback": False},
], "source_kind": B})
_n[B] += 1
CASES.append({"id": f"{B}-{_n[B]:02d}", "kind": B, "today": "2026-05-06", "session": True, "turns": [
    {"question": "interets des emprunts 2025", "must": [fr(ca("66111"))], "fallback": False},
    {"question": "et au budget 2026 ?", "must": [amount(bp("66111"))], "fallback": False},
], "source_kind": B})

# ====================================================================== annuaire
N = "annuaire"
Q(N, "2026-03-02", "la boulangerie est ouverte aujourd'hui ?", ["Au Pain de la Calade"], "acteur", starts="non",
  note="lundi")
Q(N, "2026-05-10", "boulangerie ouverte cet aprem ?", [], "acteur", starts="non", now="14:00",
  note="dimanche : 7 h - 12 h 30")
Q(N, "2026-05-09", "la boulangerie ouvre demain matin ?", [], "acteur", starts="oui", now="18:00",
  note="demain dimanche : ouverte le matin")
Q(N, "2026-04-02", "numero de l'epicerie", ["04 75 39 20 87"], "acteur")
Q(N, "2026-08-16", "l'epicerie est ouverte ce matin ?", [], "acteur", starts="oui", now="09:00",
  note="dimanche matin")
Q(N, "2026-06-16", "le restau du pont vieux est ouvert ce soir ?", [], "acteur", starts="non", now="17:00",
  note="mardi")
Q(N, "2026-07-18", "tel du bar restaurant le pont vieux pour reserver", ["04 75 39 23 50"], "acteur")
Q(N, "2026-10-03", "on peut louer un canoe aujourd'hui chez céoune canoës ?", [], "acteur", starts="non",
  note="ouvert d'avril à septembre")
Q(N, "2026-06-27", "numero céoune canoës", ["06 71 42 18 93"], "acteur")
Q(N, "2026-09-05", "kayak vert gorges est ouvert en septembre ?", [], "acteur", starts="non",
  note="ouvert de juin à août")
Q(N, "2026-02-14", "il y a un médecin au village ?", ["Vernet"], "acteur", starts="oui")
Q(N, "2026-02-18", "le cabinet du docteur est ouvert aujourd'hui ?", [], "acteur", starts="non", now="10:00",
  note="mercredi")
Q(N, "2026-02-19", "tel du docteur vernet", ["04 75 39 25 10"], "acteur")
Q(N, "2026-03-16", "l'agence postale est ouverte aujourd'hui ?", [], "acteur", starts="non", note="lundi")
Q(N, "2026-03-07", "le garage teyssier est ouvert aujourd'hui ?", [], "acteur", starts="non", note="samedi")
Q(N, "2026-03-09", "coiffeuse ouverte aujourd'hui?", [], "acteur", starts="non", note="lundi")
Q(N, "2026-03-10", "la dechetterie est ouverte aujourd'hui ?", [], None, starts="non", note="mardi")
Q(N, "2026-11-10", "l'office de tourisme est ouvert en ce moment ?", [], "acteur", starts="non",
  now="10:00")
Q(N, "2026-10-20", "ou acheter de la farine de chataigne dans la commune", ["Ferme du Serre de Bane"], "acteur")
Q(N, "2026-08-08", "où acheter du fromage de chèvre (picodon) ?", ["Chèvrerie des Costes"], "acteur")
Q(N, "2026-07-25", "un taxi pour aller a la gare ?", ["06 07 39 52 60"], "acteur")
Q(N, "2026-01-28", "contact du club des aînés", ["04 75 39 24 77"], "acteur")
Q(N, "2026-05-22", "qui est le president du comite des fetes", ["Bastien Moulin"], "acteur")
Q(N, "2026-07-28", "le marché de producteurs c quel jour", ["vendredi"], None)
Q(N, "2026-04-01", "ou acheter une carte de peche", ["épicerie"], "acteur")
Q(N, "2026-10-24", "les battues au sanglier c'est quels jours ?", ["samedi"], "acteur")
FB(N, "2026-08-14", "y a t il une pharmacie au village ?", "aucune pharmacie dans l'annuaire")
FB(N, "2026-07-14", "distributeur de billets le plus proche", "aucun distributeur dans l'annuaire")
FB(N, "2026-09-09", "vétérinaire pour mon chien", "aucun vétérinaire dans l'annuaire")
FB(N, "2026-03-24", "un dentiste dans la commune ?", "aucun dentiste dans l'annuaire")

# ====================================================================== mairie / profil
M = "mairie"
Q(M, "2026-01-05", "qui est le maire", ["Hélène Chabert"], "commune")
Q(M, "2026-02-02", "combien d'habitants a rochessac", ["947"], "commune")
Q(M, "2026-03-04", "code postal de la commune", ["07260"], "commune")
Q(M, "2026-03-04", "la mairie est ouverte ce matin ?", [], "commune", starts="non", now="09:00",
  note="mercredi : 14 h - 17 h 30")
Q(M, "2026-06-05", "mairie ouverte demain ?", [], "commune", starts="oui", note="demain samedi 9 h - 11 h 30")
Q(M, "2026-06-05", "mairie ouverte cet apres midi ?", [], "commune", starts="oui", now="12:30",
  note="vendredi 14 h - 17 h")
Q(M, "2026-09-15", "telephone mairie", ["04 75 39 21 60"], "commune")
Q(M, "2026-09-16", "mail de la mairie svp", ["mairie@rochessac-ceoune.fr"], "commune")
Q(M, "2026-11-09", "la mairie est ouverte le 11 novembre ?", [], "commune", starts="non")
Q(M, "2026-05-25", "code insee rochessac", ["07349"], "commune")
Q(M, "2026-12-06",
  "Bonjour, je suis une personne âgée de 84 ans et je n'ai pas internet chez moi, c'est mon petit-fils qui "
  "m'a installé ce téléphone. Je voudrais venir en mairie pour faire un papier pour ma pension mais je ne sais "
  "plus quels jours vous êtes ouverts l'après-midi, et je ne conduis plus alors il faut que je demande à ma "
  "voisine. Pouvez-vous me dire les horaires ? Merci beaucoup. Germaine",
  ["mercredi"], "commune")

# ====================================================================== hors sujet
H = "hors_sujet"
FB(H, "2026-07-15", "il va pleuvoir demain dans les gorges ?", "météo")
FB(H, "2026-08-20", "horaires du train a montelimar pour paris", "transport hors commune")
FB(H, "2026-03-30", "mon voisin fait du bruit toutes les nuits, je peux porter plainte et il risque quoi ?",
   "conseil juridique")
FB(H, "2026-02-26", "j'ai mal au ventre depuis 3 jours c grave ?", "conseil médical")
FB(H, "2026-05-18", "la mairie de Joyeuse est ouverte le samedi ?", "autre commune")
FB(H, "2026-07-06", "horaires de la piscine municipale", "la commune n'a pas de piscine")
FB(H, "2026-11-20", "y a un cinema dans le village ?", "pas de cinéma")
FB(H, "2026-10-22", "recette de la creme de marrons maison", "recette")
FB(H, "2026-05-11", "comment declarer mes impots sur le revenu en ligne", "impôt sur le revenu : État")
FB(H, "2026-01-30", "prix du fioul en ce moment ?", "prix de l'énergie")
FB(H, "2026-09-07", "horaires du bus scolaire pour le college des vans", "transport scolaire départemental")
FB(H, "2026-12-05",
   "Bonjour, mon mari est décédé l'an dernier et mes enfants se disputent pour la maison. Est-ce que je peux "
   "la vendre sans leur accord ? Je suis perdue. Merci de me répondre vite. Marcelle",
   "conseil juridique (succession)")
FB(H, "2026-06-24", "le médecin de garde ce week end c qui ?", "garde médicale absente des fichiers",
   must_not=["Vernet"])
FB(H, "2026-08-28", "meilleur spot pour pecher la truite ?", "conseil de pêche")
FB(H, "2026-04-06", "combien d'habitants a privas ?", "autre commune", must_not=["947"])
FB(H, "2026-06-26", "tu peux m'aider pour mon devoir de maths sur les fractions ?", "hors sujet")
FB(H, "2026-08-09", "ou faire reparer mon telephone portable casse", "aucun réparateur dans les fichiers")
FB(H, "2026-03-27", "c'est quoi les horaires de l'hopital d'aubenas pour les visites", "autre commune / hôpital")

# ---------------------------------------------------------------------- write
ids = [c["id"] for c in CASES]
assert len(ids) == len(set(ids))
OUT.write_text("# Questions des habitants de Rochessac-sur-Céoune (commune-aj), écrites à l'aveugle le 2026-12-06\n"
               + yaml.safe_dump(CASES, allow_unicode=True, sort_keys=False, width=110), encoding="utf-8")
kinds = Counter(c["kind"] for c in CASES)
fb = sum(1 for c in CASES if c.get("fallback"))
print(len(CASES), dict(kinds), "fallback", fb, f"{fb / len(CASES):.0%}")
