"""Writes questions.yml of commune-ag. Budget figures come from make_files.py (same numbers as the CSVs)."""
import os, yaml
from decimal import Decimal as D
import make_files as M
fmt, T = M.fmt, M.TOT
Q = []
def q(id, kind, today, question, must=(), must_not=(), yes=None, fallback=False, src=None, now=None, note=None):
    c = {"id": id, "kind": kind, "today": today}
    if now: c["now"] = now
    c["question"] = question
    c["must"] = list(must)
    if must_not: c["must_not"] = list(must_not)
    if yes is True: c["starts_with"] = ["oui"]
    if yes is False: c["starts_with"] = ["non"]
    c["fallback"] = fallback
    if src: c["source_kind"] = src
    if note: c["note"] = note
    Q.append(c)
def line(key, nat, rd):
    idx = {"bp": 7, "ca": 9}[key]
    for l in M.L:
        if l[2] == nat and l[6] == rd:
            return fmt(l[idx])
    raise KeyError(nat)

# ------------------------------------------------------------ fiches
F = "fiche"
q("fiche-01", F, "2026-03-03", "bonjour je dois refaire ma carte d'identité, est ce que c'est possible a la mairie d'aubrevaz ?", ["rendez-vous", "04 50 68 21 40"], yes=True, src="fiche")
q("fiche-02", F, "2026-06-15", "passeport delai en ce moment ?", ["5 semaines"], ["3 semaines"], src="fiche", note="en été : environ 5 semaines")
q("fiche-03", F, "2026-02-10", "c quel jour les poubelles grises", ["mardi"], src="fiche")
q("fiche-04", F, "2026-04-20", "le bac jaune il passe quand ?", ["vendredi"], src="fiche")
q("fiche-05", F, "2026-07-20", "Bonjour, nous louons un appartement avenue du Lac pour l'été. Y a-t-il une collecte des ordures le samedi ? Merci d'avance, famille Lemaire", ["samedi"], yes=True, src="fiche", note="collecte supplémentaire du 1er juillet au 31 août secteur du lac")
q("fiche-06", F, "2026-05-11", "comment je fais pour jeter un vieux matelas ma mere a 82 ans", ["premier lundi du mois"], src="fiche")
q("fiche-07", F, "2026-07-03", "combien coute le parking du lac a l'heure", ["2,00 €"], ["2,50 €"], src="fiche")
q("fiche-08", F, "2026-05-02", "j'habite aubrevaz, le macaron résident pour le parking du lac c combien ?", ["25,00 €"], src="fiche")
q("fiche-09", F, "2026-11-14", "le parking du lac est payant en novembre ?", [], yes=False, src="fiche", note="payant du 1er juin au 30 septembre seulement")
q("fiche-10", F, "2026-08-02", "on vient en camping car, on peut se garer au parking du lac ?", ["Roseaux"], yes=False, note="interdit en saison (fiche et arrêté 2026-012) ; aire au camping")
q("fiche-11", F, "2026-06-20", "la plage est surveillée à partir de quand ?", ["1er juillet"], src="fiche")
q("fiche-12", F, "2026-07-10", "la baignade est surveillee jusqu'a quelle heure le soir", ["19h00"], src="fiche")
q("fiche-13", F, "2026-03-12", "comment avoir une place a l'année pour mon bateau au port ?", ["liste d'attente"], src="fiche")
q("fiche-14", F, "2026-04-02", "on attend combien de temps pour un anneau au port des mouettes", ["4 ans"], src="fiche")
q("fiche-15", F, "2026-06-05", "je peux laver la coque de mon bateau sur la cale ?", [], yes=False, src="fiche")
q("fiche-16", F, "2026-01-08", "il y a une navette pour aller skier ?", ["place de la Poste"], yes=True, src="fiche")
q("fiche-17", F, "2026-02-14", "c'est combien le ski bus", ["gratuite"], src="fiche")
q("fiche-18", F, "2026-12-20", "elle part a quelle heure la premiere navette pour le mont charvet", ["8h15"], src="fiche")
q("fiche-19", F, "2026-05-04", "le marche c'est quel jour", ["mercredi"], src="fiche")
q("fiche-20", F, "2026-07-22", "y a un marché le jeudi soir l'été ?", ["quai des Mouettes"], yes=True, src="fiche")
q("fiche-21", F, "2026-09-15", "Bonjour, je souhaiterais inscrire ma fille de 4 mois à la crèche. Comment dois-je procéder ? Cordialement", ["pré-inscription"], src="fiche")
q("fiche-22", F, "2026-09-03", "prix du repas a la cantine ?", ["4,35 €"], src="fiche")
q("fiche-23", F, "2026-09-03", "on a un quotient familial de 620, on paye combien la cantine", ["2,10 €"], ["4,35 €"], src="fiche")
q("fiche-24", F, "2026-06-01", "ma fille rentre en 6eme, c'est quel college ?", ["Les Grèbes"], src="fiche")
q("fiche-25", F, "2026-10-05", "la mediatheque c payant ?", ["gratuite"], src="fiche")
q("fiche-26", F, "2026-03-18", "combien de livres on peut emprunter à la Fruitière ?", ["6 documents"], src="fiche")
q("fiche-27", F, "2026-05-24", "jusqu'a quelle heure le cimetiere est ouvert en mai", ["19h00"], ["17h30"], src="fiche")
q("fiche-28", F, "2026-05-17", "je peux passer la tondeuse ce dimanche apres midi ?", [], yes=False, src="fiche", note="dimanche : 10h-12h seulement")
q("fiche-29", F, "2026-10-24", "on a le droit de bruler les feuilles dans le jardin ?", [], yes=False, src="fiche")
q("fiche-30", F, "2026-02-01", "comment reserver un emplacement au camping municipal ?", ["04 50 68 27 90"], src="fiche")
q("fiche-31", F, "2026-04-09", "location salle du bief pour un anniversaire, c'est combien pour quelqu'un du village ?", ["320,00 €"], ["540,00 €"], src="fiche")
q("fiche-32", F, "2026-01-19", "qui doit deneiger le trottoir devant ma maison", ["riverains"], src="fiche")
q("fiche-33", F, "2026-04-14", "je veux construire un abri de jardin de 8 m2 il faut une autorisation ?", ["déclaration préalable"], yes=True, src="fiche")
q("fiche-34", F, "2026-02-23", "inscription liste electorale comment faire", ["justificatif de domicile"], src="fiche")

# ------------------------------------------------------------ arrêtés
A = "arrete"
q("arrete-01", A, "2026-07-11", "je peux descendre l'avenue du lac en voiture cet aprem ?", ["2026-027"], yes=False, now="15:00", src="arrete", note="samedi 11 juillet 2026, piétonnisation sam/dim 10h-19h")
q("arrete-02", A, "2026-07-15", "avenue du lac c'est ouvert aux voitures aujourd'hui mercredi ?", [], yes=True, now="11:00", note="mercredi : la piétonnisation 2026-027 ne vaut que samedi et dimanche")
q("arrete-03", A, "2026-07-12", "dimanche soir 20h30 on peut passer avenue du lac en voiture pour aller au resto ?", [], yes=True, now="20:30", note="interdiction 10h-19h seulement")
q("arrete-04", A, "2026-09-05", "avenue du lac toujours pietonne le weekend en septembre ?", ["30 août 2026"], yes=False, src="arrete")
q("arrete-05", A, "2026-07-08", "on peut se garer place du marché ce matin ?", ["2026-024"], yes=False, now="09:00", src="arrete", note="mercredi 8 juillet 2026, marché")
q("arrete-06", A, "2026-07-08", "je peux me garer place du marché cet aprem vers 15h ?", [], yes=True, now="15:00", note="interdiction le mercredi de 6h à 14h seulement")
q("arrete-07", A, "2026-07-10", "stationnement rue des tilleuls le mercredi matin c'est autorisé ?", ["2026-024"], yes=False, src="arrete")
q("arrete-08", A, "2026-07-24", "on peut se baigner a la greve aujourd'hui ??", ["2026-034"], yes=False, src="arrete", note="interdiction du 22 juillet, levée le 28 juillet")
q("arrete-09", A, "2026-07-23", "Bonjour, nous sommes en vacances au camping. On nous a parlé d'une pollution du lac. La baignade est-elle interdite ? Merci", ["2026-034", "pollution"], yes=True, src="arrete")
q("arrete-10", A, "2026-08-03", "la baignade est de nouveau autorisée à la plage ?", ["2026-036"], yes=True, src="arrete", note="levée à compter du 28 juillet 2026")
q("arrete-11", A, "2026-07-27", "depuis quand on pourra se baigner de nouveau a la plage de la greve", ["28 juillet 2026"], src="arrete")
q("arrete-12", A, "2026-06-14", "je peux emmener mon chien a la plage ? il est en laisse", ["2026-015"], yes=False, src="arrete")
q("arrete-13", A, "2026-10-03", "les chiens sont autorisés sur la plage de la greve en octobre ?", [], yes=True, note="interdiction du 15 mai au 15 septembre 2026")
q("arrete-14", A, "2026-08-15", "chiens interdits plage jusqu'a quand", ["15 septembre 2026"], src="arrete")
q("arrete-15", A, "2026-06-12", "vitesse max en bateau dans le port", ["3 nœuds"], ["5 nœuds"], src="arrete")
q("arrete-16", A, "2026-07-19", "a quelle vitesse on peut aller en bateau devant la plage ?", ["5 nœuds"], src="arrete")
q("arrete-17", A, "2026-07-18", "on peut faire du paddle dans la zone de baignade de la plage ?", ["2026-019"], yes=False, src="arrete")
q("arrete-18", A, "2026-07-13", "feu d'artifice du 14 juillet le quai des mouettes sera fermé à partir de quelle heure ?", ["18h00"], src="arrete")
q("arrete-19", A, "2026-07-14", "ce soir je peux me garer sur le quai des mouettes pour voir le feu d'artifice ?", ["2026-031"], yes=False, now="17:00", src="arrete")
q("arrete-20", A, "2026-07-14", "mon bateau est au port, je peux sortir pendant le feu d'artifice ?", ["2026-031"], yes=False, now="21:00", src="arrete")
q("arrete-21", A, "2026-05-16", "vide grenier demain, la place du marche sera fermée ?", ["2026-021"], yes=True, src="arrete")
q("arrete-22", A, "2026-08-08", "on peut boire une biere sur la plage le soir ?", ["2026-022"], yes=False, now="21:30", src="arrete")
q("arrete-23", A, "2026-08-08", "jusqu'à quelle heure l'alcool est interdit sur le quai des mouettes le matin", ["7h00"], src="arrete")
q("arrete-24", A, "2026-06-27", "barbecue sur les berges du lac c'est permis ?", ["2026-023"], yes=False, src="arrete")
q("arrete-25", A, "2026-08-14", "les terrasses du port ferment a quelle heure le vendredi", ["1h00"], src="arrete")
q("arrete-26", A, "2026-08-11", "le mardi les bars du quai des mouettes doivent fermer à quelle heure ?", ["23h30"], ["1h00"], src="arrete")
q("arrete-27", A, "2026-10-14", "la route de la croix blanche est fermée ??", ["2026-045", "chemin des Vignes"], yes=True, now="10:00", src="arrete")
q("arrete-28", A, "2026-10-17", "route de la croix blanche barrée ce samedi ?", [], yes=False, now="10:00", note="samedi 17 octobre : barrée du lundi au vendredi seulement")
q("arrete-29", A, "2026-10-20", "jusqu'a quand durent les travaux route de la croix blanche", ["6 novembre 2026"], src="arrete")
q("arrete-30", A, "2026-10-12", "quelle deviation pour les travaux de la croix blanche", ["chemin des Vignes", "route des Crêts"], src="arrete")
q("arrete-31", A, "2026-12-10", "je peux laisser ma voiture la nuit rue du vieux village ?", ["2026-049"], yes=False, src="arrete")
q("arrete-32", A, "2026-04-10", "rue du vieux village on peut se garer la nuit maintenant ?", [], yes=True, note="interdiction 2025-2026 finie le 15 mars 2026 ; la suivante commence le 15 novembre 2026")
q("arrete-33", A, "2027-01-09", "on peut se garer place de la poste ce matin a 8h ?", ["2026-052"], yes=False, now="08:00", src="arrete", note="samedi 9 janvier 2027")
q("arrete-34", A, "2027-01-13", "parking place de la poste le mercredi matin c'est bon ?", [], yes=True, now="08:00", note="interdiction les samedis et dimanches seulement")
q("arrete-35", A, "2026-12-12", "marché de noel la place du marché est fermée jusqu'à quand ?", ["13 décembre 2026"], src="arrete")
q("arrete-36", A, "2026-03-02", "les camions de plus de 7,5 t peuvent passer par l'avenue du lac ?", ["2026-005"], yes=False, src="arrete")
q("arrete-37", A, "2026-08-27", "traversee du lac a la nage dimanche, je peux sortir mon bateau a moteur le matin ?", ["2026-041"], yes=False, src="arrete", note="arrêté seulement en PDF")
q("arrete-38", A, "2026-08-28", "pour la traversée du lac, le parking du lac est interdit à partir de quand ?", ["29 août 2026", "20h00"], src="arrete", note="arrêté 2026-041, seulement en PDF")
q("arrete-39", A, "2026-08-30", "on peut se baigner a la plage ce matin vers 10h ? il y a une course je crois", ["2026-041"], yes=False, now="10:00", src="arrete")
q("arrete-40", A, "2026-09-12", "un camion de déménagement bloque la rue des tilleuls c'est autorisé ?", ["2026-038"], yes=True, src="arrete")
q("arrete-41", A, "2026-11-30", "le cimetiere ferme a quelle heure en hiver", ["17h30"], ["19h00"], note="arrêté 2024-030 et fiche")

# ------------------------------------------------------------ délibérations
DL = "deliberation"
q("delib-01", DL, "2026-03-10", "combien coute une place au port pour un bateau de 5m50 cette annee", ["1 180 €"], ["1 220 €"], src="deliberation")
q("delib-02", DL, "2026-12-01", "tarif 2027 place au port bateau de 7 m ?", ["1 700 €"], ["1 640 €"], src="deliberation")
q("delib-03", DL, "2026-08-04", "prix d'une nuit au port pour un bateau de passage", ["22 €"], ["24 €"], src="deliberation")
q("delib-04", DL, "2026-12-03", "le ticket de mise a l'eau a la cale augmente en 2027 ?", ["12 €"], yes=False, src="deliberation")
q("delib-05", DL, "2026-06-10", "combien la nuit au camping municipal en juillet pour 2 avec la voiture ?", ["27,80 €"], ["19,50 €"], src="deliberation")
q("delib-06", DL, "2026-12-05", "Bonjour, nous voudrions venir au camping Les Roseaux en août 2027 avec notre tente, 2 adultes et une voiture. Quel sera le prix de la nuit ? Bien cordialement, M. et Mme Roussel", ["28,90 €"], ["27,80 €"], src="deliberation")
q("delib-07", DL, "2026-05-20", "l'electricite au camping c combien par nuit", ["5,10 €"], src="deliberation")
q("delib-08", DL, "2026-04-15", "taux de taxe fonciere 2026 a aubrevaz", ["16,42 %"], src="deliberation")
q("delib-09", DL, "2026-04-15", "les impots locaux ont augmenté cette année ?", ["16,42 %"], yes=False, src="deliberation", note="taux inchangés")
q("delib-10", DL, "2026-05-02", "la commune a emprunté combien pour la digue du port ?", ["900 000 €"], src="deliberation")
q("delib-11", DL, "2026-05-02", "combien d'elus ont voté contre l'emprunt de la digue", ["5"], src="deliberation", note="20 pour, 5 contre, 2 abstentions")
q("delib-12", DL, "2026-05-02", "le taux de l'emprunt pour le port c'est combien", ["3,45 %"], src="deliberation")
q("delib-13", DL, "2026-04-20", "quelle subvention pour le club nautique cette annee ?", ["9 500 €"], src="deliberation")
q("delib-14", DL, "2026-04-20", "le comité des fêtes touche combien de la mairie ?", ["7 200 €"], src="deliberation")
q("delib-15", DL, "2026-10-01", "une concession de 30 ans au cimetiere ca coute combien a partir de janvier ?", ["360 €"], src="deliberation")
q("delib-16", DL, "2026-07-20", "la mairie paye combien pour la navette de ski de l'hiver prochain ?", ["19 800 €"], src="deliberation")
q("delib-17", DL, "2026-12-02", "la mediatheque va couter combien pour ceux qui habitent pas la commune en 2027 ?", ["15,00 €"], ["12,00 €"], src="deliberation")
q("delib-18", DL, "2026-12-02", "combien de conseillers ont voté contre la hausse de la mediatheque", ["7"], src="deliberation")
q("delib-19", DL, "2026-11-30", "le terrain des chavannes a été vendu combien", ["85 000 €"], src="deliberation")
q("delib-20", DL, "2026-04-05", "le budget 2026 a ete voté quand ?", ["31 mars 2026"], src="deliberation")
q("delib-21", DL, "2026-06-02", "la mairie embauche des maitres nageurs cet ete ?", ["deux"], yes=True, src="deliberation")
q("delib-22", DL, "2026-02-20", "tarif parking lac 2026 voté par le conseil ?", ["2,00 €", "12,00 €"], src="deliberation")
q("delib-23", DL, "2026-07-01", "le compte administratif 2025 a été adopté avec combien de voix pour", ["20"], src="deliberation")

# ------------------------------------------------------------ budget
B = "budget"
bp_fd = T[("bp", "fonctionnement", "dépense")]
bp_fr = T[("bp", "fonctionnement", "recette")]
q("budget-01", B, "2026-04-10", "combien la commune prevoit de depenser en fonctionnement en 2026", [fmt(bp_fd)], [fmt(bp_fd + D("418000") + D("171000"))], src="budget", note="BP 2026, dépenses réelles de fonctionnement (sans 023 ni 042)")
q("budget-02", B, "2026-04-10", "recettes de fonctionnement prévues en 2026 ?", [fmt(bp_fr)], [fmt(bp_fr + D("387420.16"))], src="budget", note="réelles, sans le 002")
q("budget-03", B, "2026-04-12", "budget 2026 : combien d'investissements prévus ?", [fmt(T[("bp", "investissement", "dépense")])], src="budget", note="dépenses réelles d'investissement sans 001")
q("budget-04", B, "2026-05-06", "combien pour payer le personnel communal en 2026 ?", [fmt(T[("bp", "012", "dépense")])], [fmt(T[("ca", "012", "dépense")])], src="budget", note="chapitre 012 du BP 2026")
q("budget-05", B, "2026-05-06", "la facture d'electricite de la commune prevue cette annee", [line("bp", "60612", "dépense")], src="budget")
q("budget-06", B, "2026-11-02", "l'année dernière la commune a payé combien d'électricité ?", [line("ca", "60612", "dépense")], [line("bp", "60612", "dépense")], src="budget", note="CA 2025, réalisé")
q("budget-07", B, "2026-04-22", "les impots locaux rapportent combien a la commune en 2026", [line("bp", "73111", "recette")], src="budget")
q("budget-08", B, "2026-04-22", "dotation de l'etat 2026 (dotation forfaitaire) ?", [line("bp", "74111", "recette")], src="budget")
q("budget-09", B, "2026-06-09", "combien la commune rembourse de capital d'emprunt en 2026", [line("bp", "1641", "dépense")], ["900 000,00 €"], src="budget")
q("budget-10", B, "2026-06-09", "combien d'interets d'emprunt en 2026", [line("bp", "66111", "dépense")], src="budget")
q("budget-11", B, "2026-04-30", "combien est prévu pour les travaux de la digue du port", [line("bp", "231", "dépense")], src="budget", note="231 Immobilisations corporelles en cours (digue du port)")
q("budget-12", B, "2026-04-30", "la voirie ca represente combien en investissement cette annee", [line("bp", "2151", "dépense")], src="budget")
q("budget-13", B, "2026-04-18", "combien on donne aux pompiers ?", [line("bp", "6553", "dépense")], src="budget")
q("budget-14", B, "2026-04-18", "subventions aux associations dans le budget 2026 montant total", [line("bp", "65748", "dépense")], src="budget")
q("budget-15", B, "2026-04-18", "excédent reporté 2025 dans le budget 2026 ?", ["387 420,16 €"], src="budget", note="002 du BP 2026")
q("budget-16", B, "2026-04-18", "Bonjour, au conseil on a parlé d'un déficit d'investissement reporté. De combien est-il dans le budget primitif 2026 ? Merci", ["214 380,52 €"], src="budget", note="001 dépense")
q("budget-17", B, "2026-07-02", "en 2025 la commune a depensé combien en fonctionnement au total ?", [fmt(T[("ca", "fonctionnement", "dépense")])], [fmt(bp_fd)], src="budget", note="CA 2025, réalisé, réel")
q("budget-18", B, "2026-07-02", "les salaires des agents ont coute combien en 2025", [fmt(T[("ca", "012", "dépense")])], [fmt(T[("bp", "012", "dépense")])], src="budget")
q("budget-19", B, "2026-07-02", "taxe fonciere + taxes locales encaissées en 2025 combien", [line("ca", "73111", "recette")], src="budget")
q("budget-20", B, "2026-07-15", "investissements réalisés en 2025 ?", [fmt(T[("ca", "investissement", "dépense")])], src="budget")
q("budget-21", B, "2026-07-15", "le parking et le port ont rapporté combien en 2025", [line("ca", "7032", "recette")], src="budget")
q("budget-22", B, "2026-05-12", "budget du camping municipal 2026 : dépenses de fonctionnement ?", [fmt(T[("camp", "fonctionnement", "dépense")])], src="budget", note="budget annexe, réel sans 042")
q("budget-23", B, "2026-05-12", "combien le camping compte encaisser avec les campeurs en 2026", ["232 480,00 €"], src="budget", note="706 du budget annexe")
q("budget-24", B, "2026-05-12", "les nouveaux sanitaires du camping coutent combien", ["86 000,00 €"], src="budget", note="2135 du budget annexe")
q("budget-25", B, "2026-04-25", "combien la commune va emprunter en 2026", ["900 000,00 €"], [line("bp", "1641", "dépense")], src="budget", note="1641 recette du BP 2026")
q("budget-26", B, "2026-04-25", "combien de subventions de la région dans le budget 2026", [line("bp", "1322", "recette")], src="budget")
q("budget-27", B, "2026-04-25", "les indemnités des élus coûtent combien ?", [line("bp", "65311", "dépense")], src="budget")

# ------------------------------------------------------------ annuaire
N = "annuaire"
q("annuaire-01", N, "2026-03-17", "la fruitière est ouverte demain matin ?", [], yes=True, src="acteur", note="mercredi 18 mars : médiathèque We 10:00-12:00,14:00-18:00 (la Fruitière, vocabulaire)")
q("annuaire-02", N, "2026-03-16", "la mediatheque est ouverte le lundi ?", [], yes=False, src="acteur")
q("annuaire-03", N, "2026-03-20", "mediatheque ouverte ce soir ?", [], yes=True, now="17:30", src="acteur", note="vendredi 20 mars 2026, Fr 16:00-19:00")
q("annuaire-04", N, "2026-05-09", "num de la pharmacie", ["04 50 68 22 05"], src="acteur")
q("annuaire-05", N, "2026-05-10", "pharmacie ouverte dimanche ?", [], yes=False, src="acteur")
q("annuaire-06", N, "2026-08-10", "la capitainerie est encore ouverte là ?", [], yes=True, now="19:30", src="acteur", note="Jun-Sep Mo-Su 08:00-20:00")
q("annuaire-07", N, "2026-11-14", "la capitainerie est ouverte ce samedi matin ?", [], yes=False, now="10:00", src="acteur", note="Oct-May Mo-Fr 09:00-12:00")
q("annuaire-08", N, "2026-10-15", "le camping est encore ouvert ?", [], yes=False, src="acteur", note="May-Sep")
q("annuaire-09", N, "2026-07-06", "une boulangerie ouverte le lundi ?", ["Perrissin"], src="acteur", note="Au Pain du Lac fermée le lundi")
q("annuaire-10", N, "2026-07-08", "boulangerie perrissin ouverte mercredi ?", [], yes=False, src="acteur")
q("annuaire-11", N, "2026-04-07", "tel d'un medecin generaliste a aubrevaz", ["04 50 68 28"], src="acteur")
q("annuaire-12", N, "2026-06-18", "ou louer un pedalo", ["06 12 48 77 30"], src="acteur")
q("annuaire-13", N, "2026-06-17", "location paddle ouverte aujourd'hui mercredi ?", [], yes=False, src="acteur", note="juin : samedi et dimanche seulement")
q("annuaire-14", N, "2026-07-22", "location pedalo ouverte aujourd'hui ?", [], yes=True, now="14:00", src="acteur")
q("annuaire-15", N, "2026-01-05", "le restaurant la bouée est ouvert en janvier ?", [], yes=False, src="acteur")
q("annuaire-16", N, "2026-09-21", "la decheterie est ouverte samedi matin ?", [], yes=True, src="acteur")
q("annuaire-17", N, "2026-09-22", "décheterie ouverte le mardi ?", [], yes=False, src="acteur")
q("annuaire-18", N, "2026-02-11", "on peut rendre visite à ma mère à l'EHPAD les Cygnes le dimanche ?", [], yes=True, src="acteur")
q("annuaire-19", N, "2026-09-09", "numero de la creche", ["04 50 68 29 33"], src="acteur")
q("annuaire-20", N, "2026-02-02", "contact du ski club", ["06 80 11 52 40"], src="acteur")
q("annuaire-21", N, "2026-11-16", "il y a un veterinaire dans la commune ?", ["04 50 68 37 00"], yes=True, src="acteur")
q("annuaire-22", N, "2026-03-24", "un taxi pour aller a la gare ?", ["06 09 87 65 43"], src="acteur")
q("annuaire-23", N, "2026-08-16", "l'office de tourisme est ouvert le dimanche en aout ?", [], yes=True, src="acteur")
q("annuaire-24", N, "2026-11-08", "l'office de tourisme ouvre le dimanche en novembre ?", [], yes=False, src="acteur")
q("annuaire-25", N, "2026-12-07", "la poste est ouverte le lundi ?", [], yes=False, src="acteur", note="agence postale Tu-Fr, Sa")
q("annuaire-26", N, "2026-04-28", "le club de voile c'est quoi le numéro", ["04 50 68 27 15"], src="acteur")

# ------------------------------------------------------------ mairie
MA = "mairie"
q("mairie-01", MA, "2026-06-18", "la mairie est ouverte jeudi apres midi ?", [], yes=True, src="commune")
q("mairie-02", MA, "2026-06-16", "mairie ouverte cet aprem ?", [], yes=False, now="15:00", src="commune", note="mardi : matin seulement")
q("mairie-03", MA, "2026-10-10", "la mairie ouvre le samedi matin ?", [], yes=True, src="commune")
q("mairie-04", MA, "2026-02-09", "numero de telephone de la mairie", ["04 50 68 21 40"], src="commune")
q("mairie-05", MA, "2026-02-09", "adresse mail mairie aubrevaz", ["mairie@aubrevaz-sur-lac.fr"], src="commune")
q("mairie-06", MA, "2026-07-14", "la mairie est ouverte aujourd'hui 14 juillet ?", [], yes=False, src="commune", note="jour férié (PH off)")
q("mairie-07", MA, "2026-03-09", "c'est qui le maire ?", ["Hélène Vuarchex"], src="commune")
q("mairie-08", MA, "2026-11-05", "la mairie est ouverte lundi a 17h30 ?", [], yes=True, src="commune")
q("mairie-09", MA, "2026-11-06", "mairie ouverte vendredi 16h ?", [], yes=False, src="commune")

# ------------------------------------------------------------ hors sujet / fallback
H = "hors_sujet"
q("hors-01", H, "2026-07-21", "quelle est la temperature de l'eau du lac aujourd'hui", [], fallback=True)
q("hors-02", H, "2026-07-21", "horaires des bateaux de croisiere sur le lac ?", [], fallback=True)
q("hors-03", H, "2026-01-10", "prix du forfait ski journée au mont charvet", [], ["gratuite"], fallback=True, note="la navette est gratuite, le forfait n'est nulle part")
q("hors-04", H, "2026-06-06", "on peut pêcher depuis la digue du port ?", [], fallback=True)
q("hors-05", H, "2026-05-25", "combien de places il y a au parking du lac", [], fallback=True)
q("hors-06", H, "2026-09-01", "comment s'appelle le principal du collège", [], fallback=True)
q("hors-07", H, "2026-03-03", "une recette de tartiflette svp", [], fallback=True)
q("hors-08", H, "2026-08-19", "y a un distributeur de billets au port ?", [], fallback=True)
q("hors-09", H, "2026-04-04", "qui a gagné le match de foot hier soir", [], fallback=True)
q("hors-10", H, "2026-08-01", "la crèche ferme combien de semaines en août ?", [], fallback=True, note="rien dans les fichiers")
q("hors-11", H, "2026-06-30", "est ce qu'il faut un permis pour louer un bateau a moteur de 40 cv sur le lac", [], fallback=True)
q("hors-12", H, "2026-10-19", "quand est prévue la prochaine réunion du conseil municipal ?", [], fallback=True)

# ------------------------------------------------------------ sessions
Q.append({"id": "session-01", "kind": "deliberation", "today": "2026-12-02", "session": True, "turns": [
    {"question": "tarif place au port bateau moins de 6 m en 2026 ?", "must": ["1 180 €"], "fallback": False},
    {"question": "et en 2027 ?", "must": ["1 220 €"], "must_not": ["1 180 €"], "fallback": False},
]})
Q.append({"id": "session-02", "kind": "budget", "today": "2026-07-10", "session": True, "turns": [
    {"question": "combien pour le personnel au budget 2026 ?", "must": [fmt(T[("bp", "012", "dépense")])], "fallback": False},
    {"question": "et combien en 2025 en vrai ?", "must": [fmt(T[("ca", "012", "dépense")])], "fallback": False},
]})
Q.append({"id": "session-03", "kind": "arrete", "today": "2026-07-11", "now": "11:00", "session": True, "turns": [
    {"question": "l'avenue du lac est fermee aux voitures aujourd'hui ?", "must": ["2026-027"], "starts_with": ["oui"], "fallback": False},
    {"question": "et demain ?", "must": [], "starts_with": ["oui"], "fallback": False},
    {"question": "et lundi ?", "must": [], "starts_with": ["non"], "fallback": False},
]})

out = os.path.join(M.HERE, "questions.yml")
with open(out, "w", encoding="utf-8") as fh:
    fh.write("# commune-ag (Aubrevaz-sur-Lac, fictional) — written blind on 2026-12-06; generated by make_questions.py\n")
    yaml.safe_dump(Q, fh, allow_unicode=True, sort_keys=False, width=1000)
from collections import Counter
print(len(Q), Counter(c["kind"] for c in Q))
