"""Residents' questions of commune-am; budget facts are computed from the budget lines of data.py."""
from __future__ import annotations

import generate as G

CASES: list[dict] = []


def q(id, kind, today, question, must=(), must_not=(), starts_with=None, fallback=False, source_kind=None,
      note=None, now=None):
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
    CASES.append(c)


def session(id, kind, today, turns, note=None):
    c = {"id": id, "kind": kind, "today": today, "session": True, "turns": []}
    for t in turns:
        tt = {"question": t[0], "must": list(t[1])}
        if len(t) > 2 and t[2]:
            tt["must_not"] = list(t[2])
        tt["fallback"] = t[3] if len(t) > 3 else False
        c["turns"].append(tt)
    if note:
        c["note"] = note
    CASES.append(c)


P, PORT = "principal", "port"
CA, BP = "CA2025", "BP2026"
amt, chapter, nature, section = G.amt, G.chapter, G.nature, G.section


def build():
    CASES.clear()
    # ------------------------------------------------------------ fiches (30)
    F = "fiche"
    q("fiche-01", F, "2026-03-02", "comment je fais pour refaire ma carte d'identité ?", ["ants.gouv.fr"],
      source_kind="fiche")
    q("fiche-02", F, "2026-04-14", "passeport a lanvoen c possible ?", ["n'est pas équipée"], source_kind="fiche")
    q("fiche-03", F, "2026-01-12", "comment avoir un mouillage au port", ["31 janvier"], source_kind="fiche")
    q("fiche-04", F, "2026-01-20", "Bonjour, je souhaite obtenir une place de corps-mort pour mon voilier l'an "
      "prochain, jusqu'à quand puis-je déposer ma demande ?", ["31 janvier"])
    q("fiche-05", F, "2026-06-02", "ou mettre mon bateau a l'eau ?", ["cale de Porz Kloz"], source_kind="fiche")
    q("fiche-06", F, "2026-06-10", "je peux laisser ma remorque sur la cale ?", ["parking de Kerbrat"])
    q("fiche-07", F, "2026-03-09", "poubelles c quel jour ?", ["lundi"], source_kind="fiche")
    q("fiche-08", F, "2026-07-15", "ramassage bac jaune quand", ["semaines paires"])
    q("fiche-09", F, "2026-07-20", "en aout les poubelles grises passent aussi le jeudi ?", ["jeudi"],
      starts_with=["oui"])
    q("fiche-10", F, "2026-05-04", "ou jeter le verre", ["colonnes"])
    q("fiche-11", F, "2026-07-08", "baignade surveillee a quelle heure ?", ["13h30"], source_kind="fiche")
    q("fiche-12", F, "2026-06-20", "Y a t il des maitres nageurs au Vourc'h ?", ["Porz Gwenn"],
      starts_with=["non"])
    q("fiche-13", F, "2026-02-16", "je loue ma maison l ete sur airbnb, je dois declarer quoi ?", ["14004"],
      source_kind="fiche")
    q("fiche-14", F, "2026-03-18", "combien coute la salle ty kreiz pour un mariage ? on habite la commune",
      ["180 €"], must_not=["350 €"])
    q("fiche-15", F, "2026-05-26", "location salle des fêtes pour quelqu'un d'une autre commune ?", ["350 €"])
    q("fiche-16", F, "2026-08-24", "inscription ecole pour la rentrée, il faut quoi ?", ["livret de famille"],
      source_kind="fiche")
    q("fiche-17", F, "2026-09-07", "prix cantine", ["3,10 €"])
    q("fiche-18", F, "2026-09-08", "la garderie ferme a quelle heure le soir ?", ["18h30"])
    q("fiche-19", F, "2026-07-02", "on peut dormir ou avec notre van ?", ["Kerbrat"], source_kind="fiche")
    q("fiche-20", F, "2026-07-18", "barbecue sur la plage c'est autorisé ?", ["interdits"], starts_with=["non"])
    q("fiche-21", F, "2026-08-03", "peche a pied coques ou se renseigner", ["préfecture"])
    q("fiche-22", F, "2026-07-06", "il y a une navette pour aller a la plage ?", ["gratuite"],
      starts_with=["oui"])
    q("fiche-23", F, "2026-07-09", "la navette passe toutes les combien ?", ["30 minutes"])
    q("fiche-24", F, "2026-07-13", "ou se garer gratuitement l ete pres du bourg", ["Kerbrat"])
    q("fiche-25", F, "2026-04-02", "je veux construire un abri de jardin, je dépose ou ?", ["déclaration préalable"])
    q("fiche-26", F, "2026-10-05", "mon fils a 16 ans il doit se faire recenser ou", ["16e anniversaire"])
    q("fiche-27", F, "2026-10-12", "Madame, Monsieur, mon époux est décédé le mois dernier et je souhaiterais "
      "connaître le prix d'une concession de trente ans au cimetière communal. Je vous prie d'agréer mes "
      "salutations distinguées.", ["280 €"], must_not=["150 €"])
    q("fiche-28", F, "2026-02-09", "inscription liste electorale jusqu'a quand ?", ["sixième vendredi"])
    q("fiche-29", F, "2026-06-25", "les chiens c interdit sur toutes les plages ? ya pas une plage pour eux",
      ["Kelenn"])
    q("fiche-30", F, "2026-04-20", "combien de places a l'aire de camping car", ["24 places"])

    # ------------------------------------------------------------ arrêtés (35)
    A = "arrete"
    q("arrete-01", A, "2026-07-10", "chien plage porz gwenn autorisé ?", ["15 septembre"], starts_with=["non"],
      source_kind="arrete")
    q("arrete-02", A, "2026-09-20", "je peux emmener mon chien sur la plage du vourch demain ?", [],
      starts_with=["oui"], note="the seasonal dog ban ended on 15 September 2026")
    q("arrete-03", A, "2026-08-17", "chiens interdits jusqu'a quand sur les plages ?", ["15 septembre"])
    q("arrete-04", A, "2026-07-02", "les jet ski c'est autorisé devant la grande plage ?", ["300 mètres"],
      source_kind="arrete")
    q("arrete-05", A, "2026-06-12", "vitesse max jetski dans le chenal", ["5 nœuds"])
    q("arrete-06", A, "2026-05-22", "Quelle est la vitesse autorisée à l'intérieur du port de Porz Kloz ?",
      ["3 nœuds"], must_not=["5 nœuds"])
    q("arrete-07", A, "2026-06-03", "on peut caréner sur la cale ?", ["carénage interdit"], starts_with=["non"])
    q("arrete-08", A, "2026-07-16", "zone bleue rue du port c'est combien de temps", ["2 heures"],
      source_kind="arrete")
    q("arrete-09", A, "2026-09-05", "faut encore mettre le disque rue du port ?", [], starts_with=["non"],
      note="blue zone from 1 July to 31 August 2026")
    q("arrete-10", A, "2026-07-21", "on peut dormir en camping car sur le parking de porz gwenn cette nuit ?",
      ["22h"], starts_with=["non"])
    q("arrete-11", A, "2026-07-13", "le parking de porz gwenn est ouvert demain soir ?", ["14 juillet"],
      starts_with=["non"])
    q("arrete-12", A, "2026-07-12", "feu d'artifice 14 juillet la plage est fermée a quelle heure", ["21h"])
    q("arrete-13", A, "2026-07-06", "marché le mardi je peux me garer place de l eglise ?", ["6h à 14h"],
      starts_with=["non"])
    q("arrete-14", A, "2026-07-24", "on peut se garer place de la chapelle dimanche ?", ["pardon"],
      starts_with=["non"])
    q("arrete-15", A, "2026-07-20", "le pardon de sainte anne c'est quand", ["26 juillet"])
    q("arrete-16", A, "2026-08-06", "le quai saint yves est fermé samedi ?", ["Gouel ar Mor"], starts_with=["oui"])
    q("arrete-17", A, "2026-08-03", "fest noz du port c quand", ["8 août"])
    q("arrete-18", A, "2026-08-12", "pourra t on mettre le bateau a l'eau a porz kloz samedi ?",
      ["15 août"], starts_with=["non"])
    q("arrete-19", A, "2026-07-22", "baignade interdite au vourch ?", ["24 juillet"], starts_with=["oui"])
    q("arrete-20", A, "2026-07-29", "on peut se baigner au vourch ou c toujours interdit ?", [],
      starts_with=["oui"], note="the bathing ban ran from 21 to 24 July 2026: already over")
    q("arrete-21", A, "2026-05-05", "le GR34 est fermé vers beg ar vilin ?", ["29 mai"], starts_with=["oui"])
    q("arrete-22", A, "2026-10-14", "sentier cotier ferme entre porz gwenn et kermorvan ?", ["13 novembre"],
      starts_with=["oui"])
    q("arrete-23", A, "2026-11-20", "le sentier vers kermorvan a rouvert ?", [], starts_with=["oui"],
      note="closure ended 13 November 2026")
    q("arrete-24", A, "2026-02-20", "pourquoi la digue était fermée début février ?", ["tempête"])
    q("arrete-25", A, "2026-03-10", "la digue du port est encore fermée ?", [], starts_with=["non"],
      note="storm closure 3-5 February 2026, over")
    q("arrete-26", A, "2026-08-20", "l'escalier de la plage du vourch est fermé ? pourquoi", ["éboulement"],
      starts_with=["oui"], note="only in the PDF arrêté 2026-063")
    q("arrete-27", A, "2026-09-02", "le belvedere de beg ar vilin c interdit jusqu'a quand ?", ["31 octobre"],
      note="only in the PDF arrêté 2026-063")
    q("arrete-28", A, "2026-09-15", "travaux rue de kerbrat ça dure jusqu'à quand", ["2 octobre"],
      source_kind="arrete")
    q("arrete-29", A, "2026-09-17", "je peux me garer devant le 12 rue des goemoniers samedi ?", ["déménagement"],
      starts_with=["non"])
    q("arrete-30", A, "2026-11-09", "place de l'église fermée mercredi ?", ["11 novembre"], starts_with=["oui"])
    q("arrete-31", A, "2026-12-06", "la cale de pors ar vag est fermée ?", ["18 décembre"], starts_with=["oui"])
    q("arrete-32", A, "2026-12-14", "marché de noël on peut se garer place de l'église samedi ?", ["20h"],
      starts_with=["non"])
    q("arrete-33", A, "2026-04-08", "camion 19 tonnes route de la corniche c'est autorisé ?", ["3,5 tonnes"],
      starts_with=["non"])
    q("arrete-34", A, "2026-03-25", "la vitesse dans le bourg c'est 30 ?", ["30 km/h"], starts_with=["oui"])
    q("arrete-35", A, "2026-06-05", "Monsieur le Maire, résidant route de la Corniche depuis quarante ans, je "
      "constate que des véhicules circulent sur la plage à marée basse pour ramasser le goémon. Je souhaiterais "
      "savoir si un arrêté réglemente la circulation des véhicules sur l'estran. Avec mes respectueuses "
      "salutations.", ["estran"], source_kind="arrete")
    q("arrete-36", A, "2026-07-01", "buvette du fest noz qui l'organise", ["Kelc'h Sonerien"])
    q("arrete-37", A, "2026-08-10", "on peut planter une tente sur la plage ?", ["camping"], starts_with=["non"])

    # ------------------------------------------------------------ délibérations (20)
    Dl = "deliberation"
    q("delib-01", Dl, "2026-02-03", "tarif mouillage 2026 bateau de 7 m", ["610 €"], must_not=["625 €"],
      source_kind="deliberation")
    q("delib-02", Dl, "2026-12-01", "combien va couter le mouillage l'an prochain pour un bateau de moins de 6m ?",
      ["430 €"], must_not=["420 €"])
    q("delib-03", Dl, "2026-07-28", "prix d'une nuit au mouillage de passage", ["18 €"], must_not=["19 €"])
    q("delib-04", Dl, "2026-03-03", "taxe de sejour camping 3 etoiles combien par nuit ?", ["0,60 €"],
      must_not=["0,70 €"], source_kind="deliberation")
    q("delib-05", Dl, "2026-11-02", "taxe de séjour 2027 pour un hotel 3 étoiles ?", ["1,10 €"],
      must_not=["1,00 €"])
    q("delib-06", Dl, "2026-04-15", "le taux de taxe fonciere 2026 c'est combien", ["36,45 %"],
      source_kind="deliberation")
    q("delib-07", Dl, "2026-04-30", "taxe d'habitation résidence secondaire taux ?", ["14,20 %"])
    q("delib-08", Dl, "2026-04-20", "combien de conseillers ont voté contre les taux d'impôts ?", ["4"],
      note="VOTE_CONTRE of D2026-021")
    q("delib-09", Dl, "2026-05-12", "subvention du centre nautique en 2026 ?", ["8 000 €"])
    q("delib-10", Dl, "2026-05-12", "combien la commune donne aux associations en tout ?", ["38 450 €"],
      source_kind="deliberation")
    q("delib-11", Dl, "2026-06-01", "le conseil a voté un emprunt pour la cale ? combien", ["400 000 €"])
    q("delib-12", Dl, "2026-06-08", "taux de l'emprunt de la cale de porz kloz", ["3,42 %"])
    q("delib-13", Dl, "2026-06-02", "droit de place marché du mardi prix au metre", ["1,50 €"])
    q("delib-14", Dl, "2026-06-04", "terrasse sur le quai combien le m2", ["12 €"])
    q("delib-15", Dl, "2026-03-05", "combien la commune paie pour les sauveteurs de la plage", ["24 600 €"])
    q("delib-16", Dl, "2026-10-01", "comment s'appelle la nouvelle rue du lotissement de Kerbrat ?",
      ["allée des Goélands"])
    q("delib-17", Dl, "2026-07-01", "la navette ça coute combien a la commune ?", ["9 500 €"])
    q("delib-18", Dl, "2026-04-27", "Madame le Maire, ayant appris que le conseil municipal avait sollicité le "
      "Département pour les travaux du sentier côtier, pourriez-vous m'indiquer le montant de l'aide demandée ? "
      "Veuillez agréer mes sentiments respectueux.", ["74 400 €"])
    q("delib-19", Dl, "2026-12-02", "c'est quoi ce projet de ZMEL a pors ar vag", ["40 corps-morts"])
    q("delib-20", Dl, "2026-02-20", "combien de saisonniers la mairie embauche cet été", ["six"])
    q("delib-21", Dl, "2026-06-25", "le conseil a approuvé le compte administratif 2025 ?", ["compte administratif 2025"],
      starts_with=["oui"])

    # ------------------------------------------------------------ budget (30)
    B = "budget"
    q("budget-01", B, "2026-07-01", "combien la commune a payé pour le personnel en 2025 ?",
      [amt(P, CA, chapter("012"))], must_not=[amt(P, BP, chapter("012"))], source_kind="budget",
      note="chapter 012, réel, CA 2025 (BGT_MTREAL)")
    q("budget-02", B, "2026-05-04", "budget 2026 salaires des agents", [amt(P, BP, chapter("012"))],
      must_not=[amt(P, CA, chapter("012"))], note="chapter 012, BP 2026")
    q("budget-03", B, "2026-07-06", "interets des emprunts payés en 2025", [amt(P, CA, nature("66111"))],
      note="66111, principal CA 2025")
    q("budget-04", B, "2026-05-11", "combien d'interet d'emprunt prévu cette année ?", [amt(P, BP, nature("66111"))])
    q("budget-05", B, "2026-07-09", "combien la commune a remboursé de dette en 2025", [amt(P, CA, nature("1641", dr="D"))],
      note="1641 dépense, CA 2025")
    q("budget-06", B, "2026-05-18", "remboursement du capital des emprunts en 2026", [amt(P, BP, nature("1641", dr="D"))])
    q("budget-07", B, "2026-07-13", "la DGF en 2025 ça fait combien ?", [amt(P, CA, nature("74111", "741121", "741127"))],
      note="DGF = dotation forfaitaire + DSR + DNP, CA 2025")
    q("budget-08", B, "2026-07-14", "dotation forfaitaire 2025", [amt(P, CA, nature("74111"))])
    q("budget-09", B, "2026-05-20", "dotations et participations prevues au budget 2026", [amt(P, BP, chapter("74"))])
    q("budget-10", B, "2026-07-15", "subventions versées aux associations en 2025 ?", [amt(P, CA, nature("65748"))],
      must_not=[amt(P, BP, nature("65748"))], note="65748, CA 2025")
    q("budget-11", B, "2026-07-16", "combien rapportent les impots locaux en 2025", [amt(P, CA, nature("73111"))],
      note="73111 impôts directs locaux")
    q("budget-12", B, "2026-05-25", "impots directs locaux budget 2026", [amt(P, BP, nature("73111"))])
    q("budget-13", B, "2026-07-20", "la taxe de séjour a rapporté combien l'an dernier ?", [amt(P, CA, nature("73172"))],
      note="73172, CA 2025")
    q("budget-14", B, "2026-05-26", "taxe de sejour prevue en 2026", [amt(P, BP, nature("73172"))])
    q("budget-15", B, "2026-07-21", "total des depenses de fonctionnement 2025", [amt(P, CA, section("F", "D"))],
      note="réel only: the 023 and 042 order lines are left out")
    q("budget-16", B, "2026-05-27", "recettes de fonctionnement 2026 au total", [amt(P, BP, section("F", "R"))],
      note="réel only, 002 left out")
    q("budget-17", B, "2026-07-22", "total des depenses d'investissement 2025 ?",
      [amt(P, CA, section("I", "D"))], note="réel, with 1641; 001 not in the CA")
    q("budget-18", B, "2026-05-28", "dépenses d'investissement prévues en 2026", [amt(P, BP, section("I", "D"))],
      note="réel, 001 left out")
    q("budget-19", B, "2026-07-23", "electricité de la commune 2025 combien", [amt(P, CA, nature("60612"))])
    q("budget-20", B, "2026-07-24", "combien ont couté les indemnités des élus en 2025 ?", [amt(P, CA, nature("65311"))],
      note="65311 CA 2025, the latest realised year")
    q("budget-21", B, "2026-05-29", "contribution au SDIS (pompiers) 2026", [amt(P, BP, nature("6553"))])
    q("budget-22", B, "2026-07-27", "charges a caractere general 2025", [amt(P, CA, chapter("011"))])
    q("budget-23", B, "2026-06-01", "le port de porz kloz, combien rapportent les mouillages en 2025 ?",
      [amt(PORT, CA, nature("70688"))], note="budget annexe du port, 70688 CA 2025")
    q("budget-24", B, "2026-06-02", "budget du port 2026 recettes de fonctionnement", [amt(PORT, BP, section("F", "R"))])
    q("budget-25", B, "2026-06-03", "budget annexe du port : emprunt prévu en 2026 ?", [amt(PORT, BP, nature("1641", dr="R"))])
    q("budget-26", B, "2026-06-04", "interets d'emprunt du budget du port en 2026", [amt(PORT, BP, nature("66111"))],
      must_not=[amt(P, BP, nature("66111"))])
    q("budget-27", B, "2026-05-06", "excedent reporté au budget 2026 ?", [G.carried(P, "002")],
      note="002 shown apart")
    q("budget-28", B, "2026-07-28", "les subventions d'equipement recues de l'etat en 2025", [amt(P, CA, nature("1321"))])
    q("budget-29", B, "2026-07-29", "Bonjour, je suis retraitée et je voudrais savoir combien la commune a "
      "dépensé en 2025 pour l'entretien des routes. Merci d'avance.", [amt(P, CA, nature("615231"))],
      note="615231 Voiries, CA 2025")
    q("budget-30", B, "2026-06-05", "fctva 2026", [amt(P, BP, nature("10222"))])

    # ------------------------------------------------------------ annuaire (35)
    N = "annuaire"
    q("annuaire-01", N, "2026-03-11", "numero de la poissonnerie", ["02 98 04 35 12"], source_kind="acteur")
    q("annuaire-02", N, "2026-02-10", "la poissonnerie est ouverte lundi ?", [], starts_with=["non"],
      note="Sep-Jun Tu-Sa and Su only")
    q("annuaire-03", N, "2026-07-26", "poissonerie ouverte le lundi en ete ?", [], starts_with=["oui"])
    q("annuaire-04", N, "2026-11-16", "la creperie ar billig est ouverte aujourd'hui ?", [], starts_with=["non"],
      note="Monday; Ar Billig opens Tu-Su", now="11:00")
    q("annuaire-05", N, "2026-10-20", "la creperie de la plage an aod est ouverte en octobre ?", [],
      starts_with=["non"])
    q("annuaire-06", N, "2026-05-05", "tel creperie ty krampouezh", ["02 98 04 36 48"])
    q("annuaire-07", N, "2026-04-03", "restaurant le goemonier telephone", ["02 98 04 37 21"])
    q("annuaire-08", N, "2026-03-15", "boulangerie ouverte le lundi ?", [], starts_with=["non"],
      note="Kerjean Tu-Su, Fournil closed Sep-Jun")
    q("annuaire-09", N, "2026-06-14", "la boulangerie kerjean ouvre a quelle heure le dimanche", ["07:00"])
    q("annuaire-10", N, "2026-06-22", "ecole de voile numero", ["02 98 04 33 70"], source_kind="acteur")
    q("annuaire-11", N, "2026-05-20", "stage optimist enfants c'est où ?", ["Centre nautique"])
    q("annuaire-12", N, "2026-01-06", "un medecin a lanvoen ?", ["02 98 04 32 15"], source_kind="acteur")
    q("annuaire-13", N, "2026-04-08", "le docteur prigent consulte le mercredi apres midi ?", [],
      starts_with=["non"])
    q("annuaire-14", N, "2026-02-05", "pharmacie horaires samedi", ["18:00"])
    q("annuaire-15", N, "2026-08-09", "pharmacie ouverte dimanche matin ?", [], starts_with=["oui"],
      note="Jul-Aug Su 10:00-12:30")
    q("annuaire-16", N, "2026-11-08", "la pharmacie est ouverte aujourd'hui ?", ["3237"], starts_with=["non"],
      note="Sunday in November")
    q("annuaire-17", N, "2026-09-03", "infirmiere a domicile numero", ["02 98 04 34 28"])
    q("annuaire-18", N, "2026-03-19", "un kiné sur la commune ?", ["Gwenola Morvan"])
    q("annuaire-19", N, "2026-05-13", "dentiste lanvoen", ["02 98 04 36 02"])
    q("annuaire-20", N, "2026-02-22", "numero du camping de porz gwenn", ["02 98 04 38 11"])
    q("annuaire-21", N, "2026-05-02", "camping qui accepte les chiens", ["Camping Ar Mor"])
    q("annuaire-22", N, "2026-07-11", "office de tourisme ouvert dimanche ?", [], starts_with=["oui"])
    q("annuaire-23", N, "2026-10-13", "office du tourisme ouvert le lundi ?", [], starts_with=["non"])
    q("annuaire-24", N, "2026-08-16", "capitainerie telephone", ["02 98 04 34 50"], source_kind="acteur")
    q("annuaire-25", N, "2026-03-21", "la capitainerie est ouverte le samedi ?", [], starts_with=["non"])
    q("annuaire-26", N, "2026-04-24", "mediatheque horaire mercredi", ["18:00"])
    q("annuaire-27", N, "2026-06-30", "dechetterie ouverte mardi ?", [], starts_with=["non"])
    q("annuaire-28", N, "2026-09-26", "garage pour une panne numero", ["02 98 04 33 05"])
    q("annuaire-29", N, "2026-05-16", "coiffeur ouvert le lundi ?", [], starts_with=["non"])
    q("annuaire-30", N, "2026-03-23", "l'agence postale est ouverte le lundi ?", [], starts_with=["non"])
    q("annuaire-31", N, "2026-01-27", "cercle celtique danse bretonne contact", ["06 71 42 18 90"])
    q("annuaire-32", N, "2026-06-09", "location kayak", ["Aber Kayak"])
    q("annuaire-33", N, "2026-12-10", "acheter des huitres en direct", ["02 98 04 37 88"])
    q("annuaire-34", N, "2026-10-28", "un taxi pour aller a la gare de brest", ["06 07 33 41 90"])
    q("annuaire-35", N, "2026-08-02", "laverie ?", ["Lavomatic du port"])
    q("annuaire-36", N, "2026-07-12", "poste de secours de la plage telephone", ["02 98 04 39 99"])

    # ------------------------------------------------------------ mairie / profil (20)
    M = "mairie"
    q("mairie-01", M, "2026-03-02", "horaires mairie", ["08:30"], source_kind="commune")
    q("mairie-02", M, "2026-03-06", "la mairie est ouverte samedi ?", [], starts_with=["oui"],
      note="Sa 09:30-12:00")
    q("mairie-03", M, "2026-03-07", "mairie ouverte samedi apres midi", [], starts_with=["non"])
    q("mairie-04", M, "2026-03-05", "mairie ouverte vendredi a 17h ?", [], starts_with=["non"],
      note="Fr closes 16:30")
    q("mairie-05", M, "2026-04-01", "tel mairie", ["02 98 04 31 20"], source_kind="commune")
    q("mairie-06", M, "2026-04-02", "adresse mail de la mairie", ["mairie@lanvoen-sur-mer.bzh"])
    q("mairie-07", M, "2026-04-03", "ou est la mairie", ["2 place de l'Église"])
    q("mairie-08", M, "2026-05-07", "qui est le maire ?", ["Yvonne Le Gall"], source_kind="commune")
    q("mairie-09", M, "2026-05-08", "c'est quoi le nom du maire de lanvoen", ["Le Gall"])
    q("mairie-10", M, "2026-05-09", "combien d'habitants a lanvoen sur mer", ["2318"],
      note="population as in commune.yml; « 2 318 » would also be right")
    q("mairie-11", M, "2026-05-10", "code postal lanvoen", ["29840"])
    q("mairie-12", M, "2026-05-11", "site internet de la commune", ["lanvoen-sur-mer.bzh"])
    q("mairie-13", M, "2026-07-14", "mairie ouverte aujourd'hui ?", [], starts_with=["non"],
      note="14 July is a public holiday (PH off)")
    q("mairie-14", M, "2026-06-15", "la mairie ouvre a quelle heure le lundi", ["08:30"])
    q("mairie-15", M, "2026-06-16", "mairie fermee entre midi et deux ?", ["13:30"], starts_with=["oui"])
    q("mairie-16", M, "2026-09-09", "Madame, Monsieur, je souhaiterais me rendre à la mairie un jeudi en fin "
      "d'après-midi pour déposer un dossier. Pourriez-vous me confirmer jusqu'à quelle heure vos bureaux sont "
      "ouverts ce jour-là ? Respectueusement.", ["17:00"])
    q("mairie-17", M, "2026-02-18", "numero de telephone de la mairie de lanvoen svp", ["02 98 04 31 20"])
    q("mairie-18", M, "2026-11-11", "mairie ouverte aujourd'hui 11 novembre ?", [], starts_with=["non"])
    q("mairie-19", M, "2026-08-18", "contacter la mairie par mail", ["mairie@lanvoen-sur-mer.bzh"])
    q("mairie-20", M, "2026-01-15", "code insee de la commune", ["29296"])

    # ------------------------------------------------------------ hors sujet (20)
    H = "hors_sujet"
    q("hors-01", H, "2026-07-05", "y a une piscine a lanvoen ?", fallback=True, note="no pool in the files")
    q("hors-02", H, "2026-07-06", "horaires des marees demain", fallback=True)
    q("hors-03", H, "2026-08-11", "meteo pour le week end", fallback=True)
    q("hors-04", H, "2026-03-12", "cinema le plus proche", fallback=True)
    q("hors-05", H, "2026-04-16", "ou est la gare sncf", fallback=True)
    q("hors-06", H, "2026-05-19", "supermarché leclerc horaires", fallback=True)
    q("hors-07", H, "2026-06-23", "resultat du match de foot de dimanche", fallback=True)
    q("hors-08", H, "2026-02-24", "recette du kouign amann", fallback=True)
    q("hors-09", H, "2026-09-29", "prix de l'essence a la station", fallback=True)
    q("hors-10", H, "2026-10-06", "la gendarmerie de lanvoen est ouverte ?", fallback=True,
      note="no gendarmerie in the directory")
    q("hors-11", H, "2026-01-19", "il y a une salle de musculation a lanvoen ?", fallback=True)
    q("hors-12", H, "2026-11-24", "hopital le plus proche urgences", fallback=True)
    q("hors-13", H, "2026-03-30", "un golf a lanvoen ?", fallback=True)
    q("hors-14", H, "2026-12-03", "le cinéma de la commune passe quoi ce soir ?", fallback=True)
    q("hors-15", H, "2026-08-25", "ou acheter un permis bateau", fallback=True)
    q("hors-16", H, "2026-05-03", "qui a gagné l'eurovision", fallback=True)
    q("hors-17", H, "2026-07-30", "ya une thalasso a lanvoen", fallback=True)
    q("hors-18", H, "2026-06-17", "la patinoire ouvre quand ?", fallback=True)
    q("hors-19", H, "2026-09-11", "vétérinaire de garde ce week-end", fallback=True,
      note="no vet in the directory")
    q("hors-20", H, "2026-10-19", "combien coute un billet de bateau pour ouessant", fallback=True)

    # ------------------------------------------------------------ sessions
    session("session-01", "budget", "2026-07-08", [
        ("combien la commune dépense pour le personnel en 2025 ?", [amt(P, CA, chapter("012"))]),
        ("et en 2026 ?", [amt(P, BP, chapter("012"))], [amt(P, CA, chapter("012"))]),
    ], note="CA 2025 then BP 2026, chapter 012")
    session("session-02", "arrete", "2026-07-15", [
        ("la plage de porz gwenn c surveillé ?", ["13h30"]),
        ("et les chiens ils peuvent venir ?", ["15 septembre"]),
    ])
    session("session-03", "annuaire", "2026-08-04", [
        ("tel de la capitainerie ?", ["02 98 04 34 50"]),
        ("elle ouvre a quelle heure le dimanche ?", ["08:00"]),
    ], note="August: Jul-Aug Mo-Su 08:00-12:00,14:00-19:00")
    session("session-04", "deliberation", "2026-12-02", [
        ("tarif mouillage bateau 7m en 2026", ["610 €"]),
        ("et l'année prochaine ?", ["625 €"], ["610 €"]),
    ])
    session("session-05", "mairie", "2026-03-03", [
        ("la mairie ouvre samedi ?", ["09:30"]),
        ("et c'est quoi le numéro ?", ["02 98 04 31 20"]),
    ])
    return CASES
