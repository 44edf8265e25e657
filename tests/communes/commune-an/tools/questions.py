"""Residents' questions of commune-an. Budget amounts come from the generated budget documents."""
import datetime as dt

JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def day(s, name):
    """assert that date s (YYYY-MM-DD) is the weekday called name"""
    d = dt.date.fromisoformat(s)
    assert JOURS[d.weekday()] == name, (s, name, JOURS[d.weekday()])
    return s


def build(total, fr, tot_f_bp, tot_i_bp):
    cases = []

    def q(id, kind, today, question, must=(), must_not=(), starts_with=None, fallback=False, source_kind=None,
          note="", now=None):
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
        cases.append(c)

    # ------------------------------------------------------------ fiches (30)
    F = "fiche"
    q("fiche-01", F, "2026-10-12", "comment refaire ma carte d'identité ?", ["rendez-vous"], source_kind="fiche")
    q("fiche-02", F, "2026-10-12", "passeport pour mon bebe il doit venir lui aussi ??", ["enfants"], source_kind="fiche")
    q("fiche-03", F, "2026-05-04", "c'est combien de temps pour avoir une cni en ce moment", ["6 semaines"], source_kind="fiche")
    q("fiche-04", F, "2026-11-20", "je veux inscrire mon fils en maternelle on vient d'emménager, je fais comment", ["service Éducation"], source_kind="fiche")
    q("fiche-05", F, "2026-12-01", "inscriptions ecole pour la rentree 2027 c jusqu'a quand", ["26 février 2027"], source_kind="fiche")
    q("fiche-06", F, "2026-09-02", "comment on reserve la cantine", ["Portail Famille"], source_kind="fiche")
    q("fiche-07", F, "2026-10-06", "jusqu a quand je peux annuler le repas de ma fille a la cantine", ["jeudi minuit"], source_kind="fiche")
    q("fiche-08", F, "2026-06-15", "c quoi le quotient familial et on le calcule comment", ["attestation CAF"], source_kind="fiche")
    q("fiche-09", F, "2026-10-20", "si j'ai pas fait calculer mon QF je paye quoi", ["tranche 6"], source_kind="fiche")
    q("fiche-10", F, "2026-11-03", "encombrants ramassage numero", ["0 800 95 15 20"], source_kind="fiche")
    q("fiche-11", F, "2026-11-03", "on peut sortir combien d'encombrants max ?", ["2 m³"], source_kind="fiche")
    q("fiche-12", F, "2026-05-11", "dechets verts c ramassé quel jour", ["lundi"], source_kind="fiche")
    q("fiche-13", F, "2026-10-25", "j'ai le droit de bruler les feuilles mortes dans mon jardin ?", ["brûlage"], source_kind="fiche")
    q("fiche-14", F, "2026-12-02", "vignette residant prix", ["30 €"], source_kind="fiche")
    q("fiche-15", F, "2026-12-02", "et pour une deuxieme voiture la vignette resident c combien", ["60 €"], source_kind="fiche")
    q("fiche-16", F, "2026-09-14", "ma fille a 16 ans elle doit faire le recensement ou ?", ["majdc.fr"], source_kind="fiche")
    q("fiche-17", F, "2026-11-16", "comment m'inscrire sur les listes electorales j'ai déménagé", ["service-public.fr"], source_kind="fiche")
    q("fiche-18", F, "2026-04-07", "acte de naissance c payant ?", ["gratuite"], source_kind="fiche")
    q("fiche-19", F, "2026-04-07", "je suis né au Maroc ou je demande mon acte de naissance", ["Nantes"], source_kind="fiche")
    q("fiche-20", F, "2026-02-10", "on veut se marier en juin a villebrune, le dossier il faut le deposer combien de temps avant ?", ["3 mois"], source_kind="fiche")
    q("fiche-21", F, "2026-08-22", "j'ai perdu mes clés vers la gare hier, quelqu'un les a rapportées ?", ["police municipale"], source_kind="fiche")
    q("fiche-22", F, "2026-07-01", "on part en vacances 3 semaines, la police peut surveiller la maison ?", ["48 heures"], source_kind="fiche")
    q("fiche-23", F, "2026-02-18", "ya un gros nid de poule devant chez moi rue pasteur, je signale ou ???", ["Villebrune Direct"], source_kind="fiche")
    q("fiche-24", F, "2026-03-03", "louer salle des fetes pour un mariage, c'est combien de personnes max", ["200 personnes"], source_kind="fiche")
    q("fiche-25", F, "2026-01-19", "concession au cimetiere quelles durées", ["30 ans"], source_kind="fiche")
    q("fiche-26", F, "2026-04-20", "ma mere veut venir du senegal pour 2 mois, il faut une attestation d'accueil, il faut payer ?", ["30 €"], source_kind="fiche")
    q("fiche-27", F, "2026-09-08", "cours de français pour adultes à villebrune ?", ["Les Noues"])
    q("fiche-28", F, "2026-09-08", "moi je parle pas bien francais, ou je peux apprendre gratuit", ["ateliers sociolinguistiques"], source_kind="fiche")
    q("fiche-29", F, "2026-03-16",
      "Madame, Monsieur, je me permets de vous écrire au sujet de mon petit-fils qui vit chez moi et qui aura seize ans le mois prochain. "
      "On m'a dit qu'il devait accomplir une formalité auprès de la mairie pour pouvoir passer son permis de conduire plus tard. "
      "Pourriez-vous me dire ce qu'il doit faire exactement ? Avec mes remerciements, veuillez agréer mes salutations distinguées. Mme Gaudin",
      ["16 ans"], source_kind="fiche")
    q("fiche-30", F, "2026-06-08", "pacs on fait ou", ["État civil"], source_kind="fiche")

    # ------------------------------------------------------------ arrêtés (38)
    A = "arrete"
    q("arrete-01", A, day("2026-12-06", "dimanche"), "travaux rue victor hugo c quoi ?", ["18 décembre 2026"], ["22 janvier 2027"], source_kind="arrete")
    q("arrete-02", A, day("2026-12-08", "mardi"), "la rue des coudrays est fermée lundi prochain ?", ["2026-138"], starts_with=["oui"], source_kind="arrete",
      note="lundi 14 décembre 2026, premier jour du chantier")
    q("arrete-03", A, "2026-12-06", "jusqu'a quand les travaux de canalisation rue des Coudrays ?", ["22 janvier 2027"], source_kind="arrete")
    q("arrete-04", A, "2026-10-05", "carrefour de la liberation les feux du tram c jusqu'a quand", ["18 décembre 2026"], source_kind="arrete")
    q("arrete-05", A, "2026-03-10", "av du general leclerc fermé a cause du tram, ca dure jusqua quand ?", ["30 juin 2026"], ["28 août 2026"], source_kind="arrete")
    q("arrete-06", A, "2026-03-10", "par ou on passe avec l'avenue du général leclerc fermée", ["Victor-Hugo"], source_kind="arrete")
    q("arrete-07", A, day("2026-07-20", "lundi"), "la route de pontoise est fermée ?", ["2026-058"], starts_with=["oui"], source_kind="arrete")
    q("arrete-08", A, "2026-09-01", "route de pontoise toujours barrée ?? ca devait finir fin aout c'est n'importe quoi", ["18 septembre 2026"], starts_with=["oui"], source_kind="arrete",
      note="prolongation 2026-093")
    q("arrete-09", A, "2026-07-20", "l'arret de bus les vignes il est passé ou pendant les travaux", ["n° 40"], source_kind="arrete",
      note="dans le texte du PDF de l'arrêté 2026-058")
    q("arrete-10", A, "2026-11-15", "la route de pontoise est fermée aujourd'hui ?", [], ["2026-101"], starts_with=["non"], note="phase 2 terminée le 18 septembre")
    q("arrete-11", A, day("2026-12-07", "lundi"), "rue jules ferry fermée ce matin ? je dois déposer mon fils en voiture", ["8 h 45"], starts_with=["oui"], source_kind="arrete", now="08:20")
    q("arrete-12", A, day("2026-12-08", "mardi"), "la rue jules ferry est fermée mercredi ?", ["2025-118"], starts_with=["non"], source_kind="arrete",
      note="rue aux écoles les lundis, mardis, jeudis et vendredis seulement")
    q("arrete-13", A, "2026-09-14", "a quelles heures ils ferment la rue de la Fontaine-Saint-Martin devant l'école ?", ["8 h 10", "16 h 20"], source_kind="arrete")
    q("arrete-14", A, "2026-11-03", "le marché c quels jours", ["mardi", "vendredi", "dimanche"])
    q("arrete-15", A, day("2026-11-03", "mardi"), "je peux me garer place du marché neuf vendredi matin ?", ["2023-087"], starts_with=["non"], source_kind="arrete")
    q("arrete-16", A, "2026-11-03", "stationnement à la Halle les jours de marché c interdit a partir de quelle heure", ["5 h"], source_kind="arrete")
    q("arrete-17", A, "2026-09-20", "la brocante des coudrays c'est quand ?", ["27 septembre 2026"], source_kind="arrete")
    q("arrete-18", A, "2026-03-25", "fete foraine 2026 c quelles dates", ["4 au 26 avril 2026"], source_kind="arrete")
    q("arrete-19", A, "2026-04-10", "le parking du stade est bloqué par les manèges jusqu'à quand ?", ["29 avril 2026"], source_kind="arrete")
    q("arrete-20", A, "2026-07-08", "on a le droit de tirer des petards pour le 14 juillet ?", ["2026-074"], starts_with=["non"], source_kind="arrete")
    q("arrete-21", A, "2026-12-06", "les petards au nouvel an c interdit ?", ["2 janvier 2027"], starts_with=["oui"], source_kind="arrete")
    q("arrete-22", A, "2026-12-06", "je peux faire voler mon drone au parc des sablons ?", ["2025-203"], starts_with=["non"], source_kind="arrete")
    q("arrete-23", A, "2026-06-01", "le dimanche on peut passer la tondeuse a quelle heure", ["10 h à 12 h"], source_kind="arrete")
    q("arrete-24", A, day("2026-05-16", "samedi"), "bricolage le samedi aprem c autorisé jusqu'à quelle heure ? mon voisin perce", ["15 h à 19 h"], source_kind="arrete")
    q("arrete-25", A, "2026-12-06", "marché de noel c quelles dates ?", ["13 décembre 2026"], source_kind="arrete")
    q("arrete-26", A, day("2026-12-09", "mercredi"), "je peux me garer place de l'hotel de ville vendredi ?", ["2026-121"], starts_with=["non"], source_kind="arrete",
      note="vendredi 11 décembre, marché de Noël")
    q("arrete-27", A, "2026-12-06", "la rue de la republique est fermée le 20 decembre ?", ["2026-134"], starts_with=["oui"], source_kind="arrete",
      note="arrêté publié seulement en PDF (Corrida de Noël)")
    q("arrete-28", A, "2026-12-06", "corrida de noel les rues sont coupées de quelle heure a quelle heure", ["8 h 30", "12 h 30"], source_kind="arrete")
    q("arrete-29", A, "2026-12-10", "pendant la corrida les bus 95-07 ils passent ?", ["95-12"], source_kind="arrete")
    q("arrete-30", A, "2026-12-06", "pourquoi interdit de stationner devant le 18 rue carnot ?", ["monte-meubles"], source_kind="arrete")
    q("arrete-31", A, "2026-11-10", "demain 11 novembre la rue de la republique sera fermée ?", ["12 h 30"], starts_with=["oui"], source_kind="arrete")
    q("arrete-32", A, "2026-12-06", "la vignette zone B c'est pour quelles rues", ["Émile-Zola"], source_kind="arrete")
    q("arrete-33", A, "2026-12-06", "stationnement payant quartier de la gare c'est a quelle heure", ["9 h à 19 h"], source_kind="arrete")
    q("arrete-34", A, "2026-12-06", "vitesse max dans le centre ville ?", ["30 km/h"], source_kind="arrete")
    q("arrete-35", A, "2026-12-06", "c'est interdit de boire de l'alcool devant la gare ?", ["21 h à 6 h"], starts_with=["oui"], source_kind="arrete")
    q("arrete-36", A, "2026-12-21", "elagage des arbres avenue de la gare c quand", ["8 janvier 2027"], source_kind="arrete")
    q("arrete-37", A, "2026-06-19", "fete de la musique rue de la republique pietonne a partir de quelle heure", ["17 h"], source_kind="arrete")
    q("arrete-38", A, "2026-03-20", "carnaval des ecoles quelles rues seront fermées", ["rue Carnot"], source_kind="arrete")

    # ------------------------------------------------------------ délibérations (23)
    DL = "deliberation"
    q("delib-01", DL, "2026-10-01", "taux taxe fonciere 2026 villebrune", ["42,18 %"], source_kind="deliberation")
    q("delib-02", DL, "2026-10-01", "les impots locaux ont augmenté cette année ?", ["inchangés"], starts_with=["non"], source_kind="deliberation")
    q("delib-03", DL, "2026-10-01", "taux foncier non bati", ["58,40 %"], source_kind="deliberation")
    q("delib-04", DL, "2026-09-15", "prix du repas cantine tranche 3 a la rentrée 2026", ["2,85 €"], ["2,75 €"], source_kind="deliberation")
    q("delib-05", DL, "2026-10-01", "mon QF c 1200, combien je paye le repas de cantine cette année ?", ["3,70 €"], ["3,60 €"], source_kind="deliberation")
    q("delib-06", DL, "2026-06-10", "tarifs cantine 2025-2026 tranche 1", ["0,90 €"], ["0,95 €"], source_kind="deliberation")
    q("delib-07", DL, "2026-10-14", "centre de loisirs le mercredi ça coûte combien la journée en tranche 2", ["5,40 €"], source_kind="deliberation")
    q("delib-08", DL, "2026-10-14", "on habite pas villebrune, le centre de loisirs c combien la journée", ["24,00 €"], source_kind="deliberation")
    q("delib-09", DL, "2026-04-15", "la mairie a emprunté combien en 2026 et a quel taux ?", ["2 500 000 €", "3,42 %"], source_kind="deliberation")
    q("delib-10", DL, "2026-04-15", "le vote de l'emprunt de la banque postale, combien contre ?", ["5"], source_kind="deliberation")
    q("delib-11", DL, "2026-04-20", "subvention du club de foot cette année", ["24 000 €"], source_kind="deliberation")
    q("delib-12", DL, "2026-04-20", "combien le comité des fetes touche de la mairie", ["32 000 €"], source_kind="deliberation")
    q("delib-13", DL, "2026-05-25", "la police municipale va avoir combien d'agents ?", ["11 agents"], source_kind="deliberation")
    q("delib-14", DL, "2026-07-02", "tarif piscine adulte", ["4,20 €"], source_kind="deliberation")
    q("delib-15", DL, "2026-07-02", "carte 10 entrées piscine pour un enfant c'est combien", ["22,00 €"], source_kind="deliberation")
    q("delib-16", DL, "2026-12-01", "louer la salle des fêtes jean moulin un week end en 2027 ça coute combien pour un habitant", ["650 €"], ["1 100 €"], source_kind="deliberation")
    q("delib-17", DL, "2026-11-25", "garantie d'emprunt val d'oise habitat c pour combien de logements", ["42 logements"], source_kind="deliberation")
    q("delib-18", DL, "2026-12-01", "les magasins ouverts le dimanche en 2026 c'est quels dimanches", ["28 juin"], source_kind="deliberation")
    q("delib-19", DL, "2026-10-01", "la nouvelle rue aux coudrays elle s'appelle comment", ["Gisèle-Halimi"], source_kind="deliberation")
    q("delib-20", DL, "2026-10-02", "combien de cameras de videosurveillance en plus et pour combien", ["12 nouvelles caméras", "186 000 €"], source_kind="deliberation")
    q("delib-21", DL, "2026-12-01", "droits de place au marché en 2027 pour un abonné", ["1,30 €"], source_kind="deliberation")
    q("delib-22", DL, "2026-04-01", "combien la mairie donne au CCAS en 2026", ["420 000"])
    q("delib-23", DL, "2026-07-01", "Bonjour, je souhaiterais savoir si le compte administratif 2025 a été adopté à l'unanimité par le conseil municipal. Merci.", ["6"], starts_with=["non"], source_kind="deliberation",
      note="26 pour, 6 abstentions")

    # ------------------------------------------------------------ budget (31)
    B = "budget"
    BP, CA5, CA4 = ("BP", 2026), ("CA", 2025), ("CA", 2024)
    dep = lambda l: l["sens"] == "dépense"
    rec = lambda l: l["sens"] == "recette"
    staff = lambda l: l["chap"] == "012" and dep(l)
    nat = lambda n, s=None: (lambda l: l["nat"] == n and (s is None or l["sens"] == s))

    def bq(id, today, question, key, pred, other=None, note=""):
        v = total(key, pred)
        assert v > 0, id
        must_not = [fr(total(other, pred))] if other and total(other, pred) > 0 else []
        q(id, B, today, question, [fr(v)], must_not, source_kind="budget",
          note=note or "somme des lignes réelles du %s %d" % ({"BP": "budget primitif", "CA": "compte administratif"}[key[0]], key[1]))

    bq("budget-01", "2026-10-10", "combien la ville depense pour payer ses employés en 2026 ?", BP, staff, CA5)
    bq("budget-02", "2026-10-10", "les salaires du personnel communal ont coûté combien en 2025 ?", CA5, staff, BP)
    bq("budget-03", "2026-10-10", "charges de personnel 2024", CA4, staff, CA5)
    bq("budget-04", "2026-05-12", "combien d'interets d'emprunt la commune paye en 2026", BP, nat("66111"), CA5)
    bq("budget-05", "2026-10-10", "interets de la dette payés en 2025", CA5, nat("66111"), BP)
    bq("budget-06", "2026-05-12", "combien de capital de la dette on rembourse en 2026 ?", BP, nat("1641", "dépense"), CA5)
    bq("budget-07", "2026-10-10", "remboursement des emprunts 2024 combien", CA4, nat("1641", "dépense"), CA5)
    bq("budget-08", "2026-05-12", "nouvel emprunt prévu au budget 2026 ?", BP, nat("1641", "recette"))
    bq("budget-09", "2026-10-10", "la dotation forfaitaire de l'Etat c combien en 2026", BP, nat("74111"), CA5)
    bq("budget-10", "2026-10-10", "combien l'etat et les autres donnent en dotations et participations en 2025 ?", CA5, lambda l: l["chap"] == "74" and rec(l), BP)
    bq("budget-11", "2026-04-20", "subventions aux associations budget 2026", BP, nat("65748"), CA5)
    bq("budget-12", "2026-10-10", "combien la mairie a versé aux associations en 2025", CA5, nat("65748"), BP)
    bq("budget-13", "2026-10-10", "combien rapportent les impots locaux a la commune en 2026", BP, nat("73111"), CA5)
    bq("budget-14", "2026-10-10", "produit de la taxe fonciere encaissé en 2024", CA4, nat("73111"), CA5)
    bq("budget-15", "2026-10-10", "facture d'électricité de la ville en 2025 ??", CA5, nat("60612"), BP)
    bq("budget-16", "2026-10-10", "combien pour l'alimentation (achats de nourriture) au budget 2026", BP, nat("60623"), CA5)
    bq("budget-17", "2026-10-10", "les familles ont payé combien pour la cantine et le periscolaire en 2025", CA5, nat("7067"), BP)
    bq("budget-18", "2026-10-10", "indemnités des élus 2026", BP, nat("65311"), CA5)
    bq("budget-19", "2026-10-10", "total des dépenses de fonctionnement prévues en 2026", BP, lambda l: l["sec"] == "fonctionnement" and dep(l), CA5,
       note="dépenses réelles de fonctionnement du BP 2026 (sans 023 ni 042)")
    bq("budget-20", "2026-10-10", "recettes de fonctionnement réalisées en 2025 au total", CA5, lambda l: l["sec"] == "fonctionnement" and rec(l) and l["nat"] != "002", BP,
       note="recettes réelles de fonctionnement du CA 2025, hors 002")
    bq("budget-21", "2026-10-10", "combien la ville va investir en 2026 (dépenses d'investissement)", BP, lambda l: l["sec"] == "investissement" and dep(l) and l["nat"] != "001", CA5,
       note="dépenses réelles d'investissement du BP 2026, hors 001")
    bq("budget-22", "2026-10-10", "charges a caractere general 2025", CA5, lambda l: l["chap"] == "011" and dep(l), BP)
    bq("budget-23", "2026-10-10", "fctva 2026", BP, nat("10222"), CA5)
    bq("budget-24", "2026-10-10", "attribution de compensation de l'agglo en 2026", BP, nat("73211"), CA5)
    bq("budget-25", "2026-10-10", "carburant des vehicules municipaux en 2024", CA4, nat("60622"), CA5)
    bq("budget-26", "2026-10-10", "budget fournitures scolaires 2026", BP, nat("6067"), CA5)
    bq("budget-27", "2026-10-10", "entretien des routes (voiries) dépensé en 2025", CA5, nat("615231"), BP)
    bq("budget-28", "2026-10-10", "combien on paye aux pompiers (service d'incendie) en 2026", BP, nat("6553"), CA5)
    bq("budget-29", "2026-10-10", "subventions d'investissement que la commune va recevoir en 2026", BP, lambda l: l["chap"] == "13" and rec(l), CA5)
    bq("budget-30", "2026-10-10", "la piscine et les activités sportives ont rapporté combien en 2025", CA5, nat("7063"), BP)
    bq("budget-31", "2026-10-10", "le prestataire de la restauration scolaire coûte combien au budget 2026", BP, nat("6042"), CA5)

    # ------------------------------------------------------------ annuaire (38)
    N = "annuaire"
    q("annuaire-01", N, "2026-12-06", "tel police municipale", ["01 34 42 17 40"], source_kind="acteur")
    q("annuaire-02", N, day("2026-12-06", "dimanche"), "la mediatheque est ouverte demain ?", [], starts_with=["non"], source_kind="acteur", note="lundi : fermée")
    q("annuaire-03", N, day("2026-12-06", "dimanche"), "mediatheque ouverte samedi ?", [], starts_with=["oui"], source_kind="acteur")
    q("annuaire-04", N, "2026-12-20", "la piscine est ouverte le 25 decembre ?", [], starts_with=["non"], source_kind="acteur")
    q("annuaire-05", N, "2026-11-09", "la piscine est ouverte le 11 novembre ?", ["13"], starts_with=["oui"], source_kind="acteur", note="PH 09:00-13:00")
    q("annuaire-06", N, "2026-12-06", "la Baleine ouvre a quelle heure le dimanche", ["9"], source_kind="acteur", note="surnom du centre aquatique (vocabulaire.txt)")
    q("annuaire-07", N, "2026-12-06", "numero du CMS", ["01 34 42 19 00"], source_kind="acteur")
    q("annuaire-08", N, day("2026-12-06", "dimanche"), "le centre de santé est ouvert samedi après-midi ?", [], starts_with=["non"], source_kind="acteur")
    q("annuaire-09", N, "2026-12-06", "ya des dentistes au centre de santé ?", ["dentistes"], source_kind="acteur")
    q("annuaire-10", N, "2026-12-06", "creche les ptits loups telephone", ["01 34 42 18 30"], source_kind="acteur")
    q("annuaire-11", N, "2026-12-06", "jusqu'a quelle heure la creche les p'tits loups garde les enfants le soir", ["18"], source_kind="acteur")
    q("annuaire-12", N, "2026-12-06", "adresse ecole jules ferry", ["2 rue Jules-Ferry"], source_kind="acteur")
    q("annuaire-13", N, "2026-12-06", "numero ecole maternelle louise michel", ["01 34 42 18 11"], ["01 34 42 18 12"], source_kind="acteur")
    q("annuaire-14", N, "2026-12-06", "college camille claudel tel", ["01 30 37 52 00"], source_kind="acteur")
    q("annuaire-15", N, "2026-12-06", "quelle pharmacie est ouverte le dimanche matin ?", ["Pharmacie du Marché"], ["Pharmacie de la Gare"], source_kind="acteur")
    q("annuaire-16", N, day("2026-12-06", "dimanche"), "la pharmacie de la gare est ouverte aujourd'hui ?", [], starts_with=["non"], source_kind="acteur")
    q("annuaire-17", N, "2026-12-06", "club de foot villebrune contact", ["06 12 45 78 90"], source_kind="acteur")
    q("annuaire-18", N, "2026-12-06", "judo pour enfant a villebrune ?", ["Judo Club Villebrunois"], source_kind="acteur")
    q("annuaire-19", N, "2026-12-06", "secours populaire villebrune c ouvert quand", ["14:00"], source_kind="acteur")
    q("annuaire-20", N, "2026-12-06", "restos du coeur adresse", ["11 chemin des Vignes"], source_kind="acteur")
    q("annuaire-21", N, day("2026-12-06", "dimanche"), "la dechetterie est ouverte mardi ?", [], starts_with=["non"], source_kind="acteur")
    q("annuaire-22", N, "2026-12-06", "dechetterie croix blanche dimanche ouvert jusqu'a quelle heure", ["12"], source_kind="acteur")
    q("annuaire-23", N, "2026-12-06", "la poste du centre le samedi elle ferme a quelle heure", ["12"], source_kind="acteur")
    q("annuaire-24", N, "2026-12-06", "France services c'est où", ["2 place Salvador-Allende"], source_kind="acteur")
    q("annuaire-25", N, "2026-12-06", "je cherche un labo pour une prise de sang", ["Biolab Viosne"], source_kind="acteur")
    q("annuaire-26", N, day("2026-12-06", "dimanche"), "quelle boulangerie est ouverte demain lundi ?", ["Fournil des Coudrays"], ["Blés d'Or"], source_kind="acteur")
    q("annuaire-27", N, "2026-12-06", "numero du centre technique municipal", ["01 34 42 17 60"])
    q("annuaire-28", N, "2026-12-06", "horaires cimetiere en hiver", ["17"], source_kind="acteur")
    q("annuaire-29", N, "2026-12-06", "relais assistantes maternelles telephone", ["01 34 42 18 32"], source_kind="acteur")
    q("annuaire-30", N, day("2026-12-06", "dimanche"), "l'espace jeunes est ouvert mercredi ?", [], starts_with=["oui"], source_kind="acteur")
    q("annuaire-31", N, "2026-12-06", "conservatoire inscription telephone", ["01 34 42 17 85"], source_kind="acteur")
    q("annuaire-32", N, "2026-12-06", "tennis club adresse", ["10 rue Léo-Lagrange"], source_kind="acteur")
    q("annuaire-33", N, "2026-12-06", "porter plainte commissariat le plus proche", ["Cormeilly"], source_kind="acteur")
    q("annuaire-34", N, "2026-12-06", "un medecin generaliste pres de la gare ?", ["Cabinet médical de la Gare"], source_kind="acteur")
    q("annuaire-35", N, "2026-12-06", "CCAS numéro", ["01 34 42 17 20"], source_kind="acteur")
    q("annuaire-36", N, day("2026-12-06", "dimanche"), "la police municipale est ouverte le dimanche ?", [], starts_with=["non"], source_kind="acteur")
    q("annuaire-37", N, "2026-12-06", "accueil de loisirs les sablons adresse", ["8 rue du Parc"], source_kind="acteur")
    q("annuaire-38", N, "2026-12-06", "mail de la mediatheque", ["mediatheque@villebrune95.fr"], source_kind="acteur")

    # ------------------------------------------------------------ mairie / profil (21)
    M = "mairie"
    q("mairie-01", M, "2026-12-06", "c'est qui le maire", ["Nathalie Ferrand-Oukil"], source_kind="commune")
    q("mairie-02", M, "2026-12-06", "Bonjour, pourriez-vous m'indiquer le nom de Madame ou Monsieur le Maire de notre commune ? Je vous remercie par avance. Cordialement, Mme Lefebvre",
      ["Ferrand-Oukil"], source_kind="commune")
    q("mairie-03", M, "2026-12-06", "combien d'habitants a villebrune", ["14 086"], source_kind="commune")
    q("mairie-04", M, "2026-12-06", "code postal villebrune sur oise", ["95520"], source_kind="commune")
    q("mairie-05", M, day("2026-12-06", "dimanche"), "la mairie est ouverte samedi ?", [], starts_with=["oui"], source_kind="commune")
    q("mairie-06", M, "2026-12-06", "la mairie ferme a quelle heure le jeudi soir", ["19"], source_kind="commune")
    q("mairie-07", M, "2026-11-09", "mairie ouverte le 11 novembre ?", [], starts_with=["non"], source_kind="commune")
    q("mairie-08", M, "2026-12-06", "tel mairie", ["01 34 42 17 00"], source_kind="commune")
    q("mairie-09", M, "2026-12-06", "mail de la mairie", ["accueil@villebrune95.fr"], source_kind="commune")
    q("mairie-10", M, "2026-12-06", "adresse de l'hotel de ville", ["1 place de l'Hôtel-de-Ville"], source_kind="commune")
    q("mairie-11", M, "2026-12-06", "site internet de la ville", ["villebrune95.fr"], source_kind="commune")
    q("mairie-12", M, day("2026-12-08", "mardi"), "la mairie est ouverte la maintenant ?", [], starts_with=["non"], source_kind="commune", now="12:45")
    q("mairie-13", M, "2026-12-06", "mairie ouverte le dimanche ?", [], starts_with=["non"], source_kind="commune")
    q("mairie-14", M, "2026-12-06", "horaires mairie", ["19"], source_kind="commune")
    q("mairie-15", M, "2026-04-03", "la mairie est ouverte le lundi de paques ?", [], starts_with=["non"], source_kind="commune", note="6 avril 2026, jour férié")
    q("mairie-16", M, "2026-12-06", "code insee de villebrune", ["95699"], source_kind="commune")
    q("mairie-17", M, day("2026-12-08", "mardi"), "je peux passer a la mairie jeudi vers 18h30 ?", [], starts_with=["oui"], source_kind="commune")
    q("mairie-18", M, "2026-12-06", "numero siret de la commune", ["21950699000015"], source_kind="commune")
    q("mairie-19", M, "2026-12-06", "slt c koi le num de la mairi", ["01 34 42 17 00"], source_kind="commune")
    q("mairie-20", M, day("2026-12-06", "dimanche"), "la mairie est ouverte demain matin ?", [], starts_with=["oui"], source_kind="commune")
    q("mairie-21", M, "2026-12-06", "Excusez-moi je suis nouveau, la mairie c'est où exactement ? quelle adresse", ["95520"], source_kind="commune")

    # ------------------------------------------------------------ hors sujet (21)
    H = "hors_sujet"
    for i, (t, text) in enumerate([
        ("2026-12-06", "y a un cinema a villebrune ?"),
        ("2026-12-06", "horaires de la patinoire"),
        ("2026-12-06", "il va faire beau demain ?"),
        ("2026-12-06", "score du psg hier soir"),
        ("2026-09-01", "quel lycée pour mon fils qui sort du collège camille claudel ?"),
        ("2026-12-06", "prix du gazole a l'intermarché"),
        ("2026-12-06", "horaires des trains pour paris saint lazare"),
        ("2026-12-06", "numero de la CAF du val d'oise"),
        ("2026-06-10", "le camping municipal est ouvert cet été ?"),
        ("2026-12-06", "ou sont les urgences de l'hopital le plus proche"),
        ("2026-12-06", "recette du couscous"),
        ("2026-12-06", "combien coute le permis de conduire en auto-ecole"),
        ("2026-12-06", "numero d'un taxi à villebrune"),
        ("2026-12-06", "y a un bowling dans la ville ?"),
        ("2026-12-06", "prix du m2 pour acheter un appartement a villebrune"),
        ("2026-12-06", "quand est-ce que la fibre arrive rue du moulin ?"),
        ("2026-12-06", "horaires du parc asterix"),
        ("2026-12-06", "le centre des impots de villebrune il ouvre quand"),
        ("2026-12-06", "Y a t il une école privée catholique à Villebrune ?"),
        ("2026-12-06", "la mairie organise un voyage pour les seniors a la mer cet hiver ?"),
        ("2026-12-06", "tarif du golf municipal"),
    ], 1):
        q("hors-%02d" % i, H, t, text, [], fallback=True, note="la commune ne publie rien là-dessus")

    # ------------------------------------------------------------ sessions (5)
    def sess(id, kind, today, turns, note=""):
        c = {"id": id, "kind": kind, "today": today, "session": True, "turns": []}
        for t in turns:
            tt = {"question": t[0], "must": list(t[1])}
            if len(t) > 2 and t[2]:
                tt["must_not"] = list(t[2])
            tt["fallback"] = False
            c["turns"].append(tt)
        if note:
            c["note"] = note
        cases.append(c)

    sess("session-01", B, "2026-10-10", [
        ("budget du personnel 2026 ?", [fr(total(BP, staff))]),
        ("et en 2025 ?", [fr(total(CA5, staff))], [fr(total(BP, staff))]),
        ("et 2024", [fr(total(CA4, staff))]),
    ], note="charges de personnel : BP 2026 puis CA 2025 et CA 2024")
    sess("session-02", DL, "2026-10-05", [
        ("tarif cantine tranche 2", ["1,90 €"], ["1,80 €"]),
        ("et la tranche 5 ?", ["4,35 €"]),
    ])
    sess("session-03", N, "2026-12-06", [
        ("telephone de la piscine", ["01 34 42 17 90"]),
        ("et l'adresse ?", ["2 rue Léo-Lagrange"]),
    ])
    sess("session-04", A, "2026-07-20", [
        ("travaux du tram route de pontoise ça finit quand", ["28 août 2026"]),
        ("et le bus les vignes il s'arrete ou ?", ["Longues-Raies"]),
    ])
    sess("session-05", DL, "2026-04-20", [
        ("subvention du judo cette année", ["8 500 €"]),
        ("et pour le tennis ?", ["6 200 €"], ["8 500 €"]),
    ])
    return cases
