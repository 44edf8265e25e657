"""Residents' questions of commune-ak. Budget amounts are computed from the lines of data.py."""
from decimal import Decimal as D

import data
from data import fr_amount, F, I, DEP, REC


def build(bp, ca):
    def bp_sum(pred):
        return sum((l["amount"] for l in bp if l["op"] == "réel" and pred(l)), D(0))

    def ca_real(pred):
        return sum((l["real"] for l in ca if l["op"] == "réel" and pred(l)), D(0))

    def ca_prev(pred):
        return sum((l["prev"] for l in ca if l["op"] == "réel" and pred(l)), D(0))

    def nat(code, sens):
        return lambda l: l["nature"] == code and l["sens"] == sens

    def chap(code, sens):
        return lambda l: l["ch"] == code and l["sens"] == sens

    def total(section, sens):
        return lambda l: (l["section"] == section and l["sens"] == sens
                          and l["nature"] not in ("001", "002"))

    A = lambda x: fr_amount(x)

    cases = []

    def q(id, kind, today, question, must=(), must_not=(), starts=None, fallback=False, src=None, note=None,
          now=None):
        c = {"id": id, "kind": kind, "today": today}
        if now:
            c["now"] = now
        c["question"] = question
        c["must"] = list(must)
        if must_not:
            c["must_not"] = list(must_not)
        if starts:
            c["starts_with"] = list(starts)
        c["fallback"] = fallback
        if src:
            c["source_kind"] = src
        if note:
            c["note"] = note
        cases.append(c)

    def session(id, kind, today, turns, note=None):
        c = {"id": id, "kind": kind, "today": today, "session": True, "turns": []}
        for t in turns:
            question, must = t[0], t[1]
            must_not = t[2] if len(t) > 2 else []
            turn = {"question": question, "must": list(must)}
            if must_not:
                turn["must_not"] = list(must_not)
            turn["fallback"] = False
            c["turns"].append(turn)
        if note:
            c["note"] = note
        cases.append(c)

    # =========================================================================================
    # FICHES (30)
    # =========================================================================================
    q("fiche-01", "fiche", "2026-04-14", "ou on achete la carte de peche pour l etang ?",
      ["Multiple de la Brande"], note="fiche carte de pêche")
    q("fiche-02", "fiche", "2026-09-02", "affouage inscription jusqu a quand",
      ["30 septembre"], note="fiche affouage")
    q("fiche-03", "fiche", "2026-08-18",
      "Bonjour, nous avons une maison de vacances aux Chaumettes depuis 2019. Avons-nous droit nous aussi à "
      "un lot de bois de l'affouage ? Merci.",
      ["résidence principale"], starts=["non"], note="fiche affouage : réservé aux résidences principales")
    q("fiche-04", "fiche", "2026-03-03", "comment on fait pour louer la salle des fetes",
      ["attestation d'assurance"], note="fiche salle des fêtes")
    q("fiche-05", "fiche", "2026-08-24", "inscription cantine pour la rentrée ?",
      ["mairie de Lussac-la-Lande"], note="fiche cantine : la cantine est celle du RPI")
    q("fiche-06", "fiche", "2026-05-19", "y a encore une ecole a saint julien ?",
      ["Lussac-la-Lande"], starts=["non"], note="fiche cantine : plus d'école dans la commune")
    q("fiche-07", "fiche", "2026-02-16",
      "Madame, Monsieur, je n'ai plus de voiture depuis le mois dernier et je voudrais continuer à aller au "
      "marché de Mérignat. Existe-t-il un car, et à quelle heure part-il du village ? Je vous remercie de "
      "votre obligeance. Mme Andrée Lavergne, Les Combes",
      ["8 h 45"], note="fiche car du marché")
    q("fiche-08", "fiche", "2026-06-01", "le car pour merignat passe le mercredi ?",
      ["mardi"], starts=["non"], note="fiche car : mardi et vendredi seulement")
    q("fiche-09", "fiche", "2026-06-01", "combien le ticket de bus ?",
      ["2 €"], note="fiche car : 2 € le trajet")
    q("fiche-10", "fiche", "2026-07-10", "y aura le car mardi 14 juillet pour le marché ?",
      ["jours fériés"], starts=["non"], note="fiche car : sauf jours fériés")
    q("fiche-11", "fiche", "2026-10-06", "transport a la demande numero pour reserver",
      ["05 55 67 60 05"], note="fiche TAD")
    q("fiche-12", "fiche", "2026-03-15", "c quel jour les poubelles ?",
      ["lundi"], note="fiche ordures ménagères")
    q("fiche-13", "fiche", "2026-03-15", "ramassage des ordures au hameau des chaumettes c toutes les semaines ?",
      ["semaines paires"], starts=["non"], note="fiche ordures : un lundi sur deux dans les hameaux")
    q("fiche-14", "fiche", "2026-01-07", "ou jeter les bouteilles en verre",
      ["place de la Bascule"], note="fiche ordures : points d'apport volontaire")
    q("fiche-15", "fiche", "2026-11-04", "je peux bruler mes feuilles mortes au fond du jardin ?",
      ["2024-015"], starts=["non"], note="fiche brûlage, arrêté permanent 2024-015")
    q("fiche-16", "fiche", "2026-05-24", "on a le droit de passer la tondeuse le dimanche apres midi ?",
      ["10 h à 12 h"], starts=["non"], note="fiche bruit : dimanche 10 h à 12 h seulement")
    q("fiche-17", "fiche", "2026-05-22", "tronçonneuse samedi matin c autorisé ?",
      ["9 h à 12 h"], starts=["oui"], note="fiche bruit : samedi de 9 h à 12 h")
    q("fiche-18", "fiche", "2026-02-02", "je peux refaire ma carte d'identité à la mairie ?",
      ["Mérignat-le-Bourg"], starts=["non"], note="fiche CNI : la mairie ne délivre pas les titres")
    q("fiche-19", "fiche", "2026-04-01", "passeport renouvellement comment faire",
      ["ANTS"], note="fiche CNI / passeport")
    q("fiche-20", "fiche", "2026-05-05",
      "Bonjour, nous venons d'hériter de la maison de mes parents à Mazeirat et n'y venons qu'aux vacances. "
      "Quelles sont les démarches pour une résidence secondaire ? Cordialement, Philippe Aubusson",
      ["Gérer mes biens immobiliers"], note="fiche résidences secondaires")
    q("fiche-21", "fiche", "2026-11-02", "horaires du cimetiere en hiver",
      ["8 h à 18 h"], note="fiche cimetière : d'octobre à mars")
    q("fiche-22", "fiche", "2026-01-13", "qui passe le chasse neige dans les hameaux et a quelle heure",
      ["5 h"], note="fiche déneigement")
    q("fiche-23", "fiche", "2026-01-13", "la route de merignat c la commune qui la deneige ?",
      ["Département"], starts=["non"], note="fiche déneigement : RD 21 par le Département")
    q("fiche-24", "fiche", "2026-08-15", "fuite d'eau sur le compteur un dimanche, j'appelle qui ?",
      ["06 80 21 44 80"], note="fiche eau : astreinte du syndicat")
    q("fiche-25", "fiche", "2026-11-28", "le colis de noel c'est a partir de quel age",
      ["75 ans"], note="fiche aînés")
    q("fiche-26", "fiche", "2026-12-01", "repas des anciens inscription avant quand ?",
      ["15 décembre"], note="fiche aînés")
    q("fiche-27", "fiche", "2026-09-09",
      "Bonsoir, ma maman a 88 ans et vit seule à La Villeneuve. Elle ne peut plus faire ses repas. Y a-t-il "
      "un portage de repas et quels jours passe-t-il ? Merci beaucoup",
      ["mardi et le vendredi"], note="fiche aides aux personnes âgées")
    q("fiche-28", "fiche", "2026-07-05", "la frairie c quand cette annee ?",
      ["30 août"], note="vocabulaire : la Frairie = pèlerinage de Saint-Julien ; fiche pèlerinage")
    q("fiche-29", "fiche", "2027-01-20",
      "Nous avons une résidence secondaire ici depuis 10 ans et payons la taxe foncière. Pouvons-nous "
      "voter à Saint-Julien ?",
      ["deux ans"], note="fiche listes électorales")
    q("fiche-30", "fiche", "2026-04-27", "il faut une autorisation pour un abri de jardin ?",
      ["déclaration préalable"], note="fiche urbanisme")

    # =========================================================================================
    # ARRÊTÉS (35)
    # =========================================================================================
    q("arrete-01", "arrete", "2026-12-06", "la rue de l'eglise est fermee demain ?",
      ["2026-044"], starts=["oui"], src="arrete", note="fermée du 30 novembre au 18 décembre 2026")
    q("arrete-02", "arrete", "2026-12-03",
      "Madame le Maire, ma mère, âgée de 92 ans, habite rue de l'Église et reçoit chaque matin la visite de "
      "son infirmière. On m'a dit que la rue était barrée à cause des travaux de l'église. Pourriez-vous me "
      "dire jusqu'à quelle date ? Avec mes remerciements, Bernard Couturier",
      ["18 décembre"], src="arrete", note="arrêté 2026-044")
    q("arrete-03", "arrete", "2026-12-21", "est ce que la rue de l'église est toujours fermée ?",
      [], starts=["non"], note="2026-044 a pris fin le 18 décembre 2026")
    q("arrete-04", "arrete", "2026-11-25", "travaux toiture eglise la rue sera fermee a partir de quand ?",
      ["30 novembre"], src="arrete", note="arrêté 2026-044")
    q("arrete-05", "arrete", "2026-07-10", "on peut se baigner a l etang ?",
      ["30 septembre"], starts=["non"], note="arrêté 2026-018 (CSV et PDF) et fiche baignade")
    q("arrete-06", "arrete", "2026-06-15", "le grand etang c baignade interdite cet ete ?",
      ["30 septembre"], starts=["oui"], note="vocabulaire : le Grand Étang = étang de la Brande ; arrêté 2026-018")
    q("arrete-07", "arrete", "2026-08-10", "on peut faire un barbecue a l'aire de pique nique de l'etang ?",
      ["2026-023"], starts=["non"], src="arrete", note="barbecues interdits du 1er juillet au 15 septembre 2026")
    q("arrete-08", "arrete", "2026-08-15", "feu interdit en ce moment dans les bois ?",
      ["15 septembre"], starts=["oui"], src="arrete", note="arrêté 2026-023")
    q("arrete-09", "arrete", "2026-10-14", "c'est vrai que la route des granges hautes est fermée ?",
      ["23 octobre"], must_not=["7,5 tonnes"], starts=["oui"], src="arrete",
      note="arrêté 2026-039 ; la barrière de dégel 2025-003 sur la même route est finie")
    q("arrete-10", "arrete", "2026-10-08", "pour monter a la borie la semaine prochaine la route sera barrée ?",
      ["2026-039"], starts=["oui"], src="arrete",
      note="vocabulaire : la Borie = les Granges-Hautes ; fermeture du 12 au 23 octobre 2026")
    q("arrete-11", "arrete", "2026-10-14", "par ou passer pendant la fermeture de la route des granges-hautes",
      ["route de Mazeirat"], src="arrete", note="déviation de l'arrêté 2026-039")
    q("arrete-12", "arrete", "2026-01-22", "la route de la villeneuve est coupée ?",
      ["30 janvier"], starts=["oui"], src="arrete", note="arrêté 2026-002")
    q("arrete-13", "arrete", "2026-03-10", "route de la villeneuve fermee ?",
      [], starts=["non"], note="2026-002 est terminé depuis le 30 janvier")
    q("arrete-14", "arrete", "2026-05-05", "rue des tilleuls fermée jusqu'à quand ?",
      ["12 juin"], src="arrete", note="arrêté 2026-011")
    q("arrete-15", "arrete", "2026-05-05", "comment on contourne la rue des tilleuls pendant les travaux",
      ["chemin du Lavoir"], src="arrete", note="déviation de l'arrêté 2026-011")
    q("arrete-16", "arrete", "2026-08-25", "La rue des Tilleuls sera-t-elle fermée le 30 août ?",
      [], starts=["non"],
      note="le PDF 2026-031 ne nomme la rue des Tilleuls que dans un « Vu » ; 2026-011 a fini le 12 juin")
    q("arrete-17", "arrete", "2026-05-13", "les feux sur la route de merignat c jusqu a quand",
      ["22 mai"], src="arrete", note="arrêté 2026-014")
    q("arrete-18", "arrete", "2026-05-13", "c'est a quelle heure la circulation alternee a mazeirat ?",
      ["8 h à 17 h"], src="arrete", note="arrêté 2026-014")
    q("arrete-19", "arrete", "2026-07-10", "mardi c le 14 juillet, la place de l'église sera fermée ?",
      ["2026-025"], starts=["oui"], src="arrete", note="arrêté 2026-025")
    q("arrete-20", "arrete", "2026-07-10", "je pourrai me garer rue du lavoir le 14 juillet ?",
      ["minuit"], starts=["non"], src="arrete", note="arrêté 2026-025 : de 10 h à minuit")
    q("arrete-21", "arrete", "2026-08-03", "marché nocturne vendredi, la place est fermée a partir de quelle heure ?",
      ["16 h"], src="arrete", note="arrêté 2026-028")
    q("arrete-22", "arrete", "2026-08-26", "la route de la fontaine sera fermee dimanche ?",
      ["2026-031"], starts=["oui"], src="arrete", note="arrêté 2026-031, publié seulement en PDF")
    q("arrete-23", "arrete", "2026-08-20", "pour la frairie on se gare ou ?",
      ["pré communal des Combes"], src="arrete",
      note="vocabulaire : la Frairie = pèlerinage ; article 2 du PDF 2026-031")
    q("arrete-24", "arrete", "2026-08-27",
      "Bonjour, nous viendrons de Guéret avec un minibus de pèlerins pour la messe du pèlerinage de "
      "Saint-Julien. Serait-il possible de stationner sur la place de l'Église ce dimanche-là ? En vous "
      "remerciant, Abbé Marcel Dussoubs",
      ["2026-031"], starts=["non"], src="arrete", note="PDF 2026-031, article 2")
    q("arrete-25", "arrete", "2026-10-10", "on peut encore pecher a l'etang en ce moment ?",
      ["31 décembre"], starts=["non"], src="arrete", note="vidange : pêche interdite du 5 octobre au 31 décembre 2026")
    q("arrete-26", "arrete", "2026-11-02", "c'est quand la pêche de l'étang cette année ?",
      ["7 novembre"], src="arrete", note="arrêté 2026-034")
    q("arrete-27", "arrete", "2026-07-01", "peche de nuit autorisee a l'etang de la brande ?",
      ["2019-014"], starts=["non"], note="arrêté permanent 2019-014 (aussi cité par la fiche)")
    q("arrete-28", "arrete", "2026-06-10", "combien de cannes max pour pecher a l etang",
      ["trois cannes"], src="arrete", note="arrêté 2019-014")
    q("arrete-29", "arrete", "2026-06-10", "vitesse limitée a combien dans le bourg ?",
      ["30 km/h"], src="arrete", note="arrêté permanent 2021-022")
    q("arrete-30", "arrete", "2026-09-14",
      "je dois faire livrer du bois avec un camion de 19 tonnes route de la villeneuve, il peut passer sur "
      "le pont de la gane ?",
      ["3,5 tonnes"], starts=["non"], src="arrete", note="arrêté permanent 2022-009")
    q("arrete-31", "arrete", "2026-11-05", "le 11 novembre on peut stationner place du monument aux morts ?",
      ["12 h 30"], starts=["non"], src="arrete", note="arrêté 2026-041")
    q("arrete-32", "arrete", "2026-12-06", "stationnement route des chaumettes cet hiver c interdit ?",
      ["15 mars 2027"], starts=["oui"], src="arrete", note="arrêté 2026-046")
    q("arrete-33", "arrete", "2026-09-08", "mon chien peut venir sur l'aire de pique-nique de l'étang ?",
      ["2024-021"], starts=["non"], src="arrete", note="arrêté permanent 2024-021")
    q("arrete-34", "arrete", "2026-10-20", "affouage on a jusqu'a quand pour couper notre lot ?",
      ["15 avril 2027"], must_not=["15 avril 2026"], src="arrete", note="arrêté 2026-036")
    q("arrete-35", "arrete", "2026-05-02", "je peux me garer place de l eglise mardi matin ?",
      ["9 h 30"], starts=["non"], src="arrete", note="arrêté permanent 2025-008 : arrêt du car")

    # =========================================================================================
    # DÉLIBÉRATIONS (20)
    # =========================================================================================
    q("delib-01", "deliberation", "2026-09-15", "combien coute la location de la salle des fetes pour un habitant ?",
      ["120 €"], must_not=["130 €"], src="deliberation", note="DE_2025_031, tarifs 2026")
    q("delib-02", "deliberation", "2027-02-10",
      "Bonjour, nous habitons Limoges et voudrions louer votre salle des fêtes pour les 80 ans de notre "
      "père en mai. Quel est le tarif pour des personnes extérieures à la commune ?",
      ["270 €"], must_not=["250 €"], src="deliberation", note="DE_2026_033, tarifs 2027")
    q("delib-03", "deliberation", "2026-06-03", "la caution pour la salle des fetes c combien",
      ["500 €"], src="deliberation", note="DE_2025_031")
    q("delib-04", "deliberation", "2026-04-20", "tarif carte de peche pour quelqu'un qui n'habite pas la commune ?",
      ["35 €"], note="DE_2025_035 et fiche pêche")
    q("delib-05", "deliberation", "2026-03-30", "combien coute une concession cinquantenaire au cimetiere",
      ["250 €"], src="deliberation", note="DE_2025_033")
    q("delib-06", "deliberation", "2026-03-30", "prix d'une case au columbarium ?",
      ["400 €"], src="deliberation", note="DE_2025_033")
    q("delib-07", "deliberation", "2026-09-10", "la taxe d'affouage c combien cette annee ?",
      ["45 €"], must_not=["40 €"], src="deliberation", note="DE_2026_018")
    q("delib-08", "deliberation", "2026-04-16", "taux de la taxe foncière 2026 ?",
      ["42,18 %"], src="deliberation", note="DE_2026_008")
    q("delib-09", "deliberation", "2026-10-12", "le conseil a augmenté les taux d'impôts en 2026 ?",
      ["inchangés"], starts=["non"], src="deliberation", note="DE_2026_008 : taux inchangés")
    q("delib-10", "deliberation", "2026-10-12",
      "Je suis propriétaire d'une résidence secondaire rue des Tilleuls. Quel est le taux de la taxe "
      "d'habitation sur les résidences secondaires voté par la commune ?",
      ["10,94 %"], src="deliberation", note="DE_2026_008")
    q("delib-11", "deliberation", "2026-05-12", "l'emprunt pour l'eglise c'est a quel taux ?",
      ["3,42 %"], src="deliberation", note="DE_2026_015")
    q("delib-12", "deliberation", "2026-05-12", "l'emprunt de 60 000 € a été voté à l'unanimité ?",
      ["60 000 €"], starts=["non"], src="deliberation", note="DE_2026_015 : 9 pour, 1 contre, 1 abstention")
    q("delib-13", "deliberation", "2026-04-08", "combien de subvention pour le comite des fetes ?",
      ["1 200 €"], src="deliberation", note="DE_2026_012")
    q("delib-14", "deliberation", "2026-04-08", "le club des aînés a eu combien ?",
      ["400 €"], src="deliberation", note="DE_2026_012")
    q("delib-15", "deliberation", "2026-03-02", "combien vont couter les travaux de la toiture de l'église ?",
      ["86 400 €"], src="deliberation", note="DE_2026_005")
    q("delib-16", "deliberation", "2026-10-05", "le terrain communal de mazeirat a été vendu combien ?",
      ["3 750 €"], src="deliberation", note="DE_2026_027")
    q("delib-17", "deliberation", "2026-06-11", "quel loyer paye la gérante du multiple ?",
      ["180 €"], src="deliberation", note="DE_2026_020")
    q("delib-18", "deliberation", "2026-07-08", "combien la commune paie pour garder le car du mardi et du vendredi ?",
      ["1 450 €"], src="deliberation", note="DE_2026_022")
    q("delib-19", "deliberation", "2026-11-12", "le colis des aines vaut combien ?",
      ["35 €"], note="DE_2026_025")
    q("delib-20", "deliberation", "2026-04-02", "le budget 2026 a été voté à l'unanimité ?",
      [], starts=["non"], src="deliberation", note="DE_2026_011 : 9 pour, 2 contre")

    # =========================================================================================
    # BUDGET (30) — réel lines only, the right document and year
    # =========================================================================================
    bp012, ca012 = bp_sum(chap("012", DEP)), ca_real(chap("012", DEP))
    q("budget-01", "budget", "2026-06-09", "combien la commune depense pour le personnel en 2026 ?",
      [A(bp012)], must_not=[A(ca012)], src="budget", note="BP 2026, chapitre 012")
    q("budget-02", "budget", "2026-06-09", "les salaires des employés communaux ont couté combien en 2025 ?",
      [A(ca012)], must_not=[A(bp012)], src="budget", note="CA 2025 réalisé, chapitre 012")
    bp66, ca66 = bp_sum(nat("66111", DEP)), ca_real(nat("66111", DEP))
    q("budget-03", "budget", "2026-05-20", "interets des emprunts prevus en 2026",
      [A(bp66)], must_not=[A(ca66)], src="budget", note="BP 2026, 66111")
    q("budget-04", "budget", "2026-05-20", "combien d'intérêts d'emprunt la commune a payé en 2025 ?",
      [A(ca66)], must_not=[A(bp66)], src="budget", note="CA 2025, 66111")
    bp1641d, ca1641d = bp_sum(nat("1641", DEP)), ca_real(nat("1641", DEP))
    q("budget-05", "budget", "2026-05-20", "combien on rembourse de capital de la dette cette annee ?",
      [A(bp1641d)], must_not=[A(bp_sum(nat("1641", REC)))], src="budget", note="BP 2026, 1641 en dépense")
    q("budget-06", "budget", "2026-09-01", "remboursement des emprunts en 2025 ?",
      [A(ca1641d)], must_not=[A(bp1641d)], src="budget", note="CA 2025, 1641 en dépense")
    q("budget-07", "budget", "2026-05-20", "la commune va emprunter combien en 2026 ?",
      [A(bp_sum(nat("1641", REC)))], must_not=[A(bp1641d)], src="budget", note="BP 2026, 1641 en recette")
    q("budget-08", "budget", "2026-04-15", "la dotation forfaitaire de l'etat pour 2026 ?",
      [A(bp_sum(nat("7411", REC)))], src="budget", note="BP 2026, 7411")
    q("budget-09", "budget", "2026-04-15",
      "Monsieur le Maire, ancien conseiller municipal, je voudrais connaître le montant de la dotation de "
      "solidarité rurale effectivement perçue par la commune en 2025. Respectueusement, Roger Mazeaud",
      [A(ca_real(nat("74121", REC)))], must_not=[A(bp_sum(nat("74121", REC)))], src="budget",
      note="CA 2025 réalisé, 74121")
    bp74 = bp_sum(chap("74", REC))
    q("budget-10", "budget", "2026-04-15", "combien de dotations et participations prevues au budget 2026",
      [A(bp74)], src="budget", note="BP 2026, chapitre 74")
    bp6574, ca6574 = bp_sum(nat("6574", DEP)), ca_real(nat("6574", DEP))
    q("budget-11", "budget", "2026-04-28", "subventions aux assos dans le budget 2026 ?",
      [A(bp6574)], must_not=[A(ca6574)], src="budget", note="BP 2026, 6574")
    q("budget-12", "budget", "2026-04-28", "combien la commune a versé aux associations en 2025 ?",
      [A(ca6574)], must_not=[A(bp6574)], src="budget", note="CA 2025 réalisé, 6574")
    bp73111, ca73111 = bp_sum(nat("73111", REC)), ca_real(nat("73111", REC))
    q("budget-13", "budget", "2026-10-02", "combien rapportent les impots locaux a la commune en 2026",
      [A(bp73111)], must_not=[A(bp_sum(nat("63512", DEP)))], src="budget", note="BP 2026, 73111")
    q("budget-14", "budget", "2026-10-02", "les impôts locaux encaissés en 2025 ?",
      [A(ca73111)], must_not=[A(bp73111)], src="budget", note="CA 2025 réalisé, 73111")
    q("budget-15", "budget", "2026-02-11", "facture d'electricite de la commune en 2025",
      [A(ca_real(nat("60612", DEP)))], must_not=[A(bp_sum(nat("60612", DEP)))], src="budget",
      note="CA 2025 réalisé, 60612")
    q("budget-16", "budget", "2026-02-11", "budget electricite 2026",
      [A(bp_sum(nat("60612", DEP)))], src="budget", note="BP 2026, 60612")
    q("budget-17", "budget", "2026-07-07", "combien pour les pompiers (service incendie) en 2026 ?",
      [A(bp_sum(nat("6553", DEP)))], src="budget", note="BP 2026, 6553")
    q("budget-18", "budget", "2026-07-07", "indemnités des élus 2026",
      [A(bp_sum(nat("6531", DEP)))], src="budget", note="BP 2026, 6531")
    q("budget-19", "budget", "2026-03-18", "entretien des routes, combien dépensé en 2025 ?",
      [A(ca_real(nat("615231", DEP)))], src="budget", note="CA 2025 réalisé, 615231 Voiries")
    bpfd = bp_sum(total(F, DEP))
    q("budget-20", "budget", "2026-04-03", "dépenses de fonctionnement prévues en 2026 ?",
      [A(bpfd)], must_not=[A(sum(l["amount"] for l in bp if l["section"] == F and l["sens"] == DEP))],
      src="budget",
      note="BP 2026, dépenses réelles de fonctionnement (sans le virement 023 ni les amortissements)")
    carf = ca_real(total(F, REC))
    q("budget-21", "budget", "2026-04-03", "recettes de fonctionnement réalisées en 2025",
      [A(carf)], must_not=[A(carf + data.CA_2025_REPORT_002)], src="budget",
      note="CA 2025, recettes réelles de fonctionnement sans le 002 reporté")
    bpid = bp_sum(total(I, DEP))
    q("budget-22", "budget", "2026-04-03", "combien d'investissements prévus en 2026 ?",
      [A(bpid)], src="budget", note="BP 2026, dépenses réelles d'investissement sans le 001 reporté")
    bp002 = bp_sum(nat("002", REC))
    q("budget-23", "budget", "2026-04-03", "l'excédent reporté au budget 2026 ?",
      [A(bp002)], src="budget", note="BP 2026, 002")
    q("budget-24", "budget", "2026-04-03", "deficit d'investissement reporté en 2026 ?",
      [A(bp_sum(nat("001", DEP)))], src="budget", note="BP 2026, 001")
    q("budget-25", "budget", "2026-06-22", "FCTVA attendu en 2026 en investissement ?",
      [A(bp_sum(nat("10222", REC)))], must_not=[A(bp_sum(nat("744", REC)))], src="budget",
      note="BP 2026, 10222")
    q("budget-26", "budget", "2026-06-22", "combien le département donne pour les travaux (subvention d'investissement) en 2026 ?",
      [A(bp_sum(nat("1323", REC)))], must_not=[A(bp_sum(nat("7473", REC)))], src="budget",
      note="BP 2026, 1323")
    q("budget-27", "budget", "2026-02-27", "combien de loyers la commune a touché en 2025 ?",
      [A(ca_real(nat("752", REC)))], src="budget", note="CA 2025 réalisé, 752 Revenus des immeubles")
    q("budget-28", "budget", "2026-05-07", "fetes et ceremonies budget 2026",
      [A(bp_sum(nat("6232", DEP)))], src="budget", note="BP 2026, 6232")
    q("budget-29", "budget", "2026-05-07", "combien d'assurances la commune a payé en 2025 ?",
      [A(ca_real(nat("616", DEP)))], src="budget", note="CA 2025 réalisé, 616")
    q("budget-30", "budget", "2026-05-07", "charges a caractere general 2025 realisees",
      [A(ca_real(chap("011", DEP)))], must_not=[A(ca_prev(chap("011", DEP)))], src="budget",
      note="CA 2025 réalisé, chapitre 011")

    # =========================================================================================
    # ANNUAIRE (35)
    # =========================================================================================
    q("annuaire-01", "annuaire", "2026-06-04", "numero du multiple", ["05 55 67 48 90"], src="acteur")
    q("annuaire-02", "annuaire", "2026-06-04", "le multiple est ouvert le lundi ?", [], starts=["non"],
      note="Tu-Sa et Su matin")
    q("annuaire-03", "annuaire", "2026-06-04", "l'epicerie ouvre le dimanche matin ?",
      ["Multiple de la Brande"], starts=["oui"], src="acteur")
    q("annuaire-04", "annuaire", "2026-06-04", "pharmacie la plus proche ?",
      ["Pharmacie du Marché"], src="acteur", note="il n'y a pas de pharmacie dans la commune ; celle de Mérignat")
    q("annuaire-05", "annuaire", "2026-06-04", "la pharmacie de merignat est ouverte le samedi apres midi ?",
      [], starts=["non"], note="Sa 09:00-12:15")
    q("annuaire-06", "annuaire", "2026-03-09", "tel du medecin", ["05 55 67 31 22"], src="acteur")
    q("annuaire-07", "annuaire", "2026-03-09", "le docteur Faucher consulte le mercredi ?", [], starts=["non"])
    q("annuaire-08", "annuaire", "2026-03-09", "numero de l'infirmiere", ["05 55 67 47 70"], src="acteur")
    q("annuaire-09", "annuaire", "2026-04-06", "dechetterie ouverte le mardi ?", [], starts=["non"])
    q("annuaire-10", "annuaire", "2026-04-06", "la dechetterie est ouverte samedi matin ?",
      ["Déchetterie de Mérignat-le-Bourg"], starts=["oui"], src="acteur")
    q("annuaire-11", "annuaire", "2026-04-06", "le boulanger passe quels jours ?", ["Lachenaud"], src="acteur")
    q("annuaire-12", "annuaire", "2026-04-06", "le camion du boucher c'est quand ?", ["Vergnaud"], src="acteur")
    q("annuaire-13", "annuaire", "2026-05-18", "contact du comite des fetes", ["06 84 22 19 70"], src="acteur")
    q("annuaire-14", "annuaire", "2026-05-18", "qui est le president de la societe de peche ?",
      ["Gérard Fayolle"], src="acteur")
    q("annuaire-15", "annuaire", "2026-05-18", "le club des aines se reunit quel jour ?", ["jeudi"], src="acteur")
    q("annuaire-16", "annuaire", "2026-05-18", "ADMR telephone", ["05 55 67 52 40"])
    q("annuaire-17", "annuaire", "2026-09-21", "un garage pour reparer mon tracteur ?", ["Garage Dumont"],
      src="acteur")
    q("annuaire-18", "annuaire", "2026-09-21", "le garage dumont est ouvert samedi apres midi ?", [],
      starts=["non"])
    q("annuaire-19", "annuaire", "2026-09-21", "un taxi pour aller a l'hopital ?", ["06 80 45 23 17"],
      src="acteur")
    q("annuaire-20", "annuaire", "2026-09-21", "numero de la gendarmerie", ["05 55 67 30 17"], src="acteur")
    q("annuaire-21", "annuaire", "2026-09-21", "la gendarmerie est ouverte le mardi ?", [], starts=["non"])
    q("annuaire-22", "annuaire", "2026-02-24", "un veto pas loin ?", ["05 55 67 36 60"], src="acteur")
    q("annuaire-23", "annuaire", "2026-02-24", "le marché de merignat c quel jour ?", ["vendredi"])
    q("annuaire-24", "annuaire", "2026-02-24", "ou acheter du fromage de chevre dans le coin ?",
      ["Ferme des Chaumettes"], src="acteur")
    q("annuaire-25", "annuaire", "2026-02-24", "du miel local ?", ["Rucher de la Brande"], src="acteur")
    q("annuaire-26", "annuaire", "2026-08-31", "téléphone de l'école", ["05 55 67 51 36"], src="acteur")
    q("annuaire-27", "annuaire", "2026-08-31", "y a une garderie le matin avant l ecole ?",
      ["Garderie périscolaire"], src="acteur")
    q("annuaire-28", "annuaire", "2026-08-31", "Y a-t-il un défibrillateur dans le village ?",
      ["façade de la mairie"], src="acteur")
    q("annuaire-29", "annuaire", "2026-06-10", "la poste est ouverte jeudi matin ?",
      ["Agence postale"], starts=["oui"], src="acteur")
    q("annuaire-30", "annuaire", "2026-06-10", "l'agence postale ouvre le mercredi ?", [], starts=["non"])
    q("annuaire-31", "annuaire", "2026-06-10", "horaires de la bibliothèque", ["Point lecture"], src="acteur")
    q("annuaire-32", "annuaire", "2026-06-10", "un electricien sur la commune", ["06 27 51 66 04"], src="acteur")
    q("annuaire-33", "annuaire", "2026-06-10",
      "Bonjour, nous avons acheté une vieille grange en pierre aux Combes et cherchons un artisan maçon "
      "du secteur habitué au bâti ancien. Pourriez-vous nous conseiller ? Merci, Famille Van Dijk",
      ["Maçonnerie Peyroux"], src="acteur")
    q("annuaire-34", "annuaire", "2026-01-30", "un gite a louer dans la commune cet ete pour 6 ?",
      ["Gîte de la Borie"], src="acteur")
    q("annuaire-35", "annuaire", "2026-01-30", "messe a l'eglise st julien c quand ?", ["4e dimanche"],
      src="acteur")

    # =========================================================================================
    # MAIRIE / PROFIL (20)
    # =========================================================================================
    q("mairie-01", "mairie", "2026-06-16", "qui est le maire ?", ["Odile Peyrat"], src="commune")
    q("mairie-02", "mairie", "2026-06-16", "combien d'habitants a saint julien", ["418"], src="commune")
    q("mairie-03", "mairie", "2026-06-16", "code postal ?", ["23260"], src="commune")
    q("mairie-04", "mairie", "2026-06-16", "tel mairie", ["05 55 67 42 18"], src="commune")
    q("mairie-05", "mairie", "2026-06-16", "adresse mail de la mairie svp", ["mairie@saintjulienlabrande.fr"],
      src="commune")
    q("mairie-06", "mairie", "2026-06-16", "la mairie est ouverte le lundi ?", [], starts=["non"])
    q("mairie-07", "mairie", "2026-06-16", "mairie ouverte samedi matin ?", [], starts=["oui"])
    q("mairie-08", "mairie", "2026-06-16", "la mairie est ouverte jeudi matin ?", [], starts=["non"],
      note="le jeudi, seulement l'après-midi")
    q("mairie-09", "mairie", "2026-06-16", "mairie ouverte le mercredi ?", [], starts=["non"])
    q("mairie-10", "mairie", "2026-07-10", "la mairie sera ouverte mardi 14 juillet ?", [], starts=["non"],
      note="jour férié (PH off)")
    q("mairie-11", "mairie", "2026-09-03",
      "Bonjour, je viens d'emménager au Puy-Gros. Quelle est l'adresse de la mairie pour que je vienne "
      "me présenter ? Bonne journée",
      ["1 place de l'Église"], src="commune")
    q("mairie-12", "mairie", "2026-09-03", "code insee de la commune", ["23271"], src="commune")
    q("mairie-13", "mairie", "2026-09-03", "numero siret de la commune pour une facture", ["21230271000015"],
      src="commune")
    q("mairie-14", "mairie", "2026-09-03", "site internet de la mairie", ["saintjulienlabrande.fr"],
      src="commune")
    q("mairie-15", "mairie", "2026-06-11", "la mairie est ouverte cet aprem ?", [], starts=["oui"], now="14:30",
      note="jeudi 14:00-17:30")
    q("mairie-16", "mairie", "2026-06-08", "mairie ouverte demain ?", [], starts=["oui"],
      note="lundi 8 juin : demain mardi 9 juin, ouvert le matin")
    q("mairie-17", "mairie", "2026-06-13", "mairie ouverte aujourd'hui ?", [], starts=["oui"], now="09:30",
      note="samedi 9 h - 11 h 30")
    q("mairie-18", "mairie", "2026-11-23", "le maire c toujours madame peyrat ?", ["Odile Peyrat"],
      starts=["oui"], src="commune")
    q("mairie-19", "mairie", "2026-11-23",
      "Monsieur le Maire, je souhaiterais rencontrer la secrétaire de mairie pour une question de cadastre. "
      "Pourriez-vous m'indiquer les jours et heures d'ouverture du secrétariat ? Veuillez agréer mes "
      "salutations distinguées. Henri Lacoste",
      ["jeudi"], src="commune")
    q("mairie-20", "mairie", "2026-11-23", "c quoi les horaires de la mairie", ["samedi"], src="commune")

    # =========================================================================================
    # HORS SUJET (20) — the commune publishes nothing on these
    # =========================================================================================
    hs = [
        ("2026-07-02", "y a une piscine a st julien ?"),
        ("2026-03-12", "Bonjour, où se trouve le cinéma le plus proche s'il vous plaît ?"),
        ("2026-03-12", "c quoi les horaires du train pour limoges"),
        ("2026-05-29", "il y a un distributeur de billets dans le village ?"),
        ("2026-05-29", "je cherche un dentiste pas trop loin"),
        ("2026-04-10", "Le camping municipal ouvre quand cette année ?"),
        ("2026-04-10", "y a til une creche pour mon bebe"),
        ("2026-10-01", "quand est ce qu'on aura la fibre optique ?"),
        ("2026-06-12", "il fera beau dimanche ?"),
        ("2026-11-16", "Qui a gagné le match de rugby hier soir ?"),
        ("2026-11-16", "donne moi une recette de clafoutis"),
        ("2026-05-06", "reservation court de tennis"),
        ("2026-07-20",
         "Madame, Monsieur, pourriez-vous m'indiquer les horaires d'ouverture de la piscine intercommunale "
         "pour cet été ? Je vous remercie par avance. Bien cordialement, Jeanine Rebière"),
        ("2026-02-05", "un kiné sur la commune ?"),
        ("2026-02-05", "c'est quoi les numéros gagnants de l'euromillions"),
        ("2026-09-17", "y a une laverie automatique ?"),
        ("2026-09-17", "tu peux m'aider pour mon devoir de maths sur les fractions ?"),
        ("2026-08-04", "on peut louer des vélos électriques dans le village ?"),
        ("2026-08-04", "un ostéopathe dans le secteur ?"),
        ("2026-06-25",
         "Bonjour, nous passerons en juillet avec notre camping-car. La commune a-t-elle une aire de "
         "service avec vidange et eau ? Merci, Gérard et Monique"),
    ]
    for i, (today, text) in enumerate(hs, 1):
        q(f"hors-sujet-{i:02d}", "hors_sujet", today, text, [], fallback=True,
          note="rien de publié par la commune sur ce sujet")

    # =========================================================================================
    # SESSIONS (4)
    # =========================================================================================
    session("session-01", "budget", "2026-06-09", [
        ("combien pour le personnel dans le budget 2026 ?", [A(bp012)]),
        ("et en 2025 ?", [A(ca012)], [A(bp012)]),
    ], note="suite sans sujet : reprend le chapitre 012, CA 2025 réalisé")
    session("session-02", "arrete", "2026-12-06", [
        ("la rue de l'église est fermée ?", ["2026-044"]),
        ("jusqu'à quand ?", ["18 décembre"]),
        ("et on passe par où ?", ["rue des Tilleuls"]),
    ], note="arrêté 2026-044 et sa déviation")
    session("session-03", "annuaire", "2026-06-05", [
        ("le multiple ça ouvre le dimanche ?", ["Multiple de la Brande"]),
        ("et leur numéro ?", ["05 55 67 48 90"]),
    ], note="annuaire")
    session("session-04", "deliberation", "2026-12-06", [
        ("combien coûte la salle des fêtes pour un habitant ?", ["120 €"], ["130 €"]),
        ("et en 2027 ?", ["130 €"]),
    ], note="DE_2025_031 puis DE_2026_033")
    session("session-05", "fiche", "2026-03-24", [
        ("le car pour mérignat c'est quels jours ?", ["vendredi"]),
        ("il part à quelle heure ?", ["8 h 45"]),
        ("et ça coûte combien ?", ["2 €"]),
    ], note="fiche car du marché")
    return cases
