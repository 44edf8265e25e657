"""Écrit questions.yml (les cas sont ici pour éviter les erreurs de guillemets YAML)."""
import yaml

D = "2026-12-05"
Q = []


def q(id, kind, question, must=(), today=D, **kw):
    c = {"id": id, "kind": kind, "today": today, "question": question, "must": list(must)}
    c.update(kw)
    Q.append(c)


# ---------------- mairie
q("mairie-01", "mairie", "la mairie c ouvert le mercredi ?", today="2026-12-01", starts_with=["non"],
  source_kind="commune", note="horaires : Mo,Tu,Th 09:00-12:00 ; Fr 14:00-17:30 ; Sa 09:00-11:30 — pas le mercredi")
q("mairie-02", "mairie", "est ce que la mairie est ouverte samedi matin", today="2026-12-03", starts_with=["oui"],
  source_kind="commune", note="Sa 09:00-11:30")
q("mairie-03", "mairie", "Bonjour, je voudrais passer à la mairie vendredi matin pour déposer un papier, ce sera ouvert ?",
  today="2026-12-02", starts_with=["non"], source_kind="commune", note="le vendredi seulement 14:00-17:30")
q("mairie-04", "mairie", "c quoi le tel de la mairie", must=["05 62 39 41 07"], source_kind="commune")
q("mairie-05", "mairie", "qui est maire a peyrelade en ce moment", must=["Caussade"], source_kind="commune")
q("mairie-06", "mairie", "vous avez une adresse mail pour ecrire a la mairie ?", must=["mairie@peyrelade-de-bastan.fr"],
  source_kind="commune")
q("mairie-07", "mairie", "on est combien d'habitants dans la commune ?", must=["452"], source_kind="commune")
q("mairie-08", "mairie", "le code postal du village svp c pour un colis", must=["65710"], source_kind="commune")

# ---------------- fiches
q("fiche-01", "fiche", "le tracteur pour la neige il passe a partir de quelle heure le matin", must=["5 h du matin"],
  source_kind="fiche")
q("fiche-02", "fiche",
  "Monsieur le Maire, je me permets de vous écrire car le chemin qui mène à ma maison n'a pas été dégagé après la "
  "chute de neige de cette nuit et je ne peux pas sortir ma voiture. Est-ce à la commune de s'en occuper ? "
  "Je vous remercie par avance. Veuillez agréer mes salutations distinguées. Mme Dupouy",
  must=["ne sont pas déneigés par la commune"], source_kind="fiche",
  note="fiche déneigement : chemins privés et accès aux maisons non déneigés")
q("fiche-03", "fiche", "ou je peux laisser ma voiture la nuit cet hiver pour pas gener le deneigement",
  must=["parking du Foirail"], source_kind="fiche")
q("fiche-04", "fiche", "on nous dit de faire bouillir l eau, on a le droit de prendre une douche quand meme ??",
  must=["douche"], note="fiche avis d'ébullition (l'arrêté 2026-047, article 2, dit la même chose)")
q("fiche-05", "fiche", "la facture d eau on la recoit a quel moment de l annee", must=["novembre"], source_kind="fiche")
q("fiche-06", "fiche", "mon compteur a explosé avec le gel, ca va me couter combien de le changer ?", must=["95"],
  source_kind="fiche")
q("fiche-07", "fiche", "y a un numero d'urgence pour l'eau le dimanche ? plus une goutte au robinet",
  today="2026-12-06", must=["06 31 58 20 74"], source_kind="fiche")
q("fiche-08", "fiche", "jusqu a quand on peut s inscrire pour avoir du bois cette annee", today="2026-10-10",
  must=["31 octobre"], note="fiche affouage ; la délibération 2026-024 donne aussi la date")
q("fiche-09", "fiche", "l ecole elle finit a quelle heure l aprem", must=["16 h 30"], source_kind="fiche")
q("fiche-10", "fiche", "c combien le repas a la cantine pour les petits", must=["3,20 €"], source_kind="fiche")
q("fiche-11", "fiche", "le car du college il passe a quelle heure a couret le matin ?", must=["7 h 10"],
  source_kind="fiche")
q("fiche-12", "fiche", "le mercredi midi mon fils rentre du college a quelle heure par le car", must=["12 h 40"],
  source_kind="fiche")
q("fiche-13", "fiche", "c quel jour qu on sort la poubelle grise", must=["mardi"], source_kind="fiche")
q("fiche-14", "fiche", "la decheterie est ouverte le lundi en ce moment ?", today="2026-12-07", starts_with=["non"],
  note="horaires d'hiver (1er novembre – 31 mars) : du mardi au samedi (fiche et annuaire)")
q("fiche-15", "fiche", "je peux bruler les branches de ma haie dans le jardin ?", today="2026-11-10",
  starts_with=["non"], must=["interdit"],
  note="fiche : brûlage interdit toute l'année ; l'arrêté 2026-024 (été) n'est plus en vigueur")
q("fiche-16", "fiche", "y a toujours le marché le dimanche en hiver ?", starts_with=["non"],
  must=["pas de marché en hiver"], source_kind="fiche")
q("fiche-17", "fiche", "le marché du dimanche ça commence a quelle heure", today="2026-07-10", must=["8 h à 13 h"],
  source_kind="fiche")
q("fiche-18", "fiche", "Bonjour, le camping municipal est il encore ouvert en octobre ? nous venons en famille",
  today="2026-09-20", must=["30 septembre"], note="ouvert du 1er mai au 30 septembre (fiche ; annuaire May-Sep)")
q("fiche-19", "fiche", "les gites de la mairie c pour combien de personnes", must=["6 places"])
q("fiche-20", "fiche", "pour avoir la salle des fetes faut reserver combien de temps avant ?", must=["un mois"],
  source_kind="fiche")
q("fiche-21", "fiche", "j habite a l annee ici, comment j ai le forfait de ski pas cher, il faut quoi comme papier ?",
  must=["justificatif de domicile"], source_kind="fiche")
q("fiche-22", "fiche", "ou est ce que je peux refaire ma carte d identite", must=["Ladoux-sur-Neste"],
  source_kind="fiche")
q("fiche-23", "fiche",
  "Monsieur le Maire, je souhaite refaire la toiture de ma grange située à côté de l'église. Ai-je besoin d'un avis "
  "particulier en plus de la déclaration de travaux ? Avec mes respectueuses salutations. J. Lassalle",
  must=["architecte des Bâtiments de France"], source_kind="fiche")
q("fiche-24", "fiche", "on monte aux lacs avec notre chien, y a des patous ? on fait comment", must=["en laisse"],
  today="2026-07-20", source_kind="fiche")
q("fiche-25", "fiche", "combien ca coute une place au cimetiere pour 30 ans", must=["250"], source_kind="fiche")
q("fiche-26", "fiche", "la biblio c ouvert le samedi matin ?", starts_with=["oui"],
  note="mercredi 15-18 h, samedi 10-12 h (fiche et annuaire)")
q("fiche-27", "fiche", "a partir de quel age l'ecole du village prend les enfants", must=["3 ans"],
  source_kind="fiche")
q("fiche-28", "fiche", "ou on jette les bouteilles en verre", must=["parking du Foirail"], source_kind="fiche")

# ---------------- arrêtés
q("arrete-01", "arrete", "je peux me garer rue principale cette nuit ?", starts_with=["non"], must=["2026-045"],
  source_kind="arrete", note="2026-045 : stationnement interdit 22 h – 8 h du 1er décembre 2026 au 31 mars 2027")
q("arrete-02", "arrete", "faut mettre les chaines pour monter a la station en ce moment ?", today="2026-12-10",
  starts_with=["oui"], must=["2026-046"], source_kind="arrete")
q("arrete-03", "arrete",
  "Monsieur le Maire, propriétaire d'une maison place de l'Église où je ne viens que pour les vacances, je serai "
  "présent pendant les vacances de février. Pourrai-je laisser ma voiture la nuit devant chez moi ? "
  "Je vous prie d'agréer mes sincères salutations.", starts_with=["non"], must=["2026-045"], source_kind="arrete",
  note="février 2027 est dans la période du 1er décembre 2026 au 31 mars 2027")
q("arrete-04", "arrete", "la route de couret est fermee ?", today="2026-11-25", starts_with=["oui"],
  must=["2026-033", "18 décembre"], source_kind="arrete", note="CSV et PDF")
q("arrete-05", "arrete", "pendant les travaux de la falaise on passe par ou pour descendre de couret ?",
  today="2026-11-30", must=["piste forestière du Bédat"], source_kind="arrete",
  note="seulement dans le texte du PDF 2026-033, article 3")
q("arrete-06", "arrete", "le car scolaire il s arrete ou pendant les travaux route de couret", today="2026-11-30",
  must=["carrefour du pont de Couret"], source_kind="arrete", note="PDF 2026-033, article 4")
q("arrete-07", "arrete", "c quand que les moutons montent a l estive cette annee ?", today="2026-05-30",
  must=["13 juin"], source_kind="arrete", note="arrêté 2026-020 (vocabulaire : montée en estive = transhumance)")
q("arrete-08", "arrete", "la rue principale sera fermee samedi matin ?", today="2026-06-10", starts_with=["oui"],
  must=["2026-020"], source_kind="arrete", note="samedi 13 juin 2026, 6 h – 12 h")
q("arrete-09", "arrete", "et la descente des troupeaux c'est quel jour ?", today="2026-09-10",
  must=["26 septembre"], source_kind="arrete", note="arrêté 2026-037")
q("arrete-10", "arrete", "c'est quand la fête du village cette année ?", today="2026-07-25", must=["14 août"],
  must_not=["15 août 2025"], source_kind="arrete", note="arrêté 2026-028 (Saint-Roch, vocabulaire)")
q("arrete-11", "arrete", "la buvette de la saint roch elle ferme a quelle heure ?", today="2026-08-01",
  must=["2 h"], source_kind="arrete", note="2026-028")
q("arrete-12", "arrete", "est ce qu on a le droit de planter la tente au bord du gave ?", today="2026-07-15",
  starts_with=["non"], must=["2019-008"], source_kind="arrete", note="arrêté permanent seulement en PDF")
q("arrete-13", "arrete", "on peut dormir dans le camping car sur le parking du foirail ?", today="2026-07-15",
  starts_with=["non"], must=["2019-008"], source_kind="arrete", note="PDF 2019-008, article 2")
q("arrete-14", "arrete",
  "Bonjour, nous faisons une traversée à pied des Pyrénées et voudrions bivouaquer une nuit sur les hauteurs de la "
  "commune. Est-ce toléré, et à partir de quelle altitude ? Merci", today="2026-07-15", must=["1 800 m"],
  source_kind="arrete", note="PDF 2019-008, article 3")
q("arrete-15", "arrete", "on peut faire un barbecue au camping en aout ?", today="2026-08-05", starts_with=["oui"],
  must=["2026-024"], source_kind="arrete",
  note="PDF 2026-024 : feux interdits, barbecues autorisés sur les foyers maçonnés du camping (article 2)")
q("arrete-16", "arrete", "je peux faire un feu de camp avec les petits enfants ce week end ?", today="2026-07-16",
  starts_with=["non"], must=["2026-024"], source_kind="arrete", note="PDF seulement, du 1er juillet au 30 septembre 2026")
q("arrete-17", "arrete", "l eau du robinet est potable a couret ?", starts_with=["non"], must=["2026-047"],
  source_kind="arrete", note="PDF seulement : depuis le 30 novembre 2026, jusqu'à nouvel avis")
q("arrete-18", "arrete", "ou est ce qu on peut recuperer des bouteilles d eau pour couret ?",
  must=["mairie"], source_kind="arrete", note="PDF 2026-047, article 3 : packs d'eau distribués à la mairie")
q("arrete-19", "arrete", "j ai le droit d arroser mon potager ?", today="2026-08-20", starts_with=["non"],
  must=["2026-025"], source_kind="arrete")
q("arrete-20", "arrete", "a combien on doit rouler dans la traversee du village", must=["30 km/h"],
  source_kind="arrete", note="2023-011, permanent")
q("arrete-21", "arrete", "je peux me garer 5 minutes devant l ecole le matin ?", today="2026-12-07",
  starts_with=["non"], must=["2024-015"], source_kind="arrete")
q("arrete-22", "arrete", "la piste du bedat on a le droit d y monter en 4x4 ?", starts_with=["non"],
  must=["2026-015"], source_kind="arrete")
q("arrete-23", "arrete", "avant quand il faut avoir sorti le bois de l affouage ?", must=["30 avril 2027"],
  source_kind="arrete", note="2026-040")
q("arrete-24", "arrete", "on peut aller faconner son bois le dimanche ?", starts_with=["non"],
  must=["jeudi et dimanche"], source_kind="arrete", note="2026-040 : sauf les jours de battue")
q("arrete-25", "arrete", "je voulais louer la salle des fetes le 12 decembre pour les 80 ans de ma mere, c possible ?",
  starts_with=["non"], must=["20 décembre"], source_kind="arrete",
  note="2026-042 : salle fermée du 16 novembre au 20 décembre 2026")
q("arrete-26", "arrete", "la route de la station sera fermee dimanche pour la course ?", today="2026-08-27",
  starts_with=["oui"], must=["2026-030"], source_kind="arrete")
q("arrete-27", "arrete", "le dimanche matin on peut se garer place de l eglise ?", today="2026-07-10",
  starts_with=["non"], must=["2026-019"], source_kind="arrete", note="marché d'été, 6 h – 14 h")

# ---------------- délibérations
q("delib-01", "deliberation", "combien coute le m3 d eau cette annee", today="2026-06-15", must=["1,85 €"],
  must_not=["1,72 €"], source_kind="deliberation", note="2025-036 : tarifs de l'eau 2026")
q("delib-02", "deliberation", "l abonnement eau c combien par an en 2026 ?", must=["65"],
  source_kind="deliberation")
q("delib-03", "deliberation",
  "Monsieur le Maire, afin de vérifier ma facture, pourriez-vous m'indiquer le prix du mètre cube d'eau qui "
  "s'appliquait en 2025 ? Respectueusement.", must=["1,72 €"], must_not=["1,85 €"], source_kind="deliberation")
q("delib-04", "deliberation", "c combien le lot de bois cette annee", today="2026-10-05", must=["45"],
  must_not=["40 €"], source_kind="deliberation", note="2026-024")
q("delib-05", "deliberation", "le taux de la taxe fonciere sur le bati en 2026", must=["18,42 %"],
  source_kind="deliberation")
q("delib-06", "deliberation", "la taxe d habitation des residences secondaires elle est a combien maintenant",
  must=["13,50 %"], source_kind="deliberation", note="2026-009 (11,85 % en 2025)")
q("delib-07", "deliberation", "les taux d impots 2026 ont ete votes a l unanimite ?", starts_with=["non"],
  source_kind="deliberation", note="2026-009 : 8 pour, 2 contre, 1 abstention")
q("delib-08", "deliberation", "forfait de ski pour les gens du village c combien cette saison ?", must=["110"],
  must_not=["100 €"], source_kind="deliberation", note="2026-029 : saison 2026-2027")
q("delib-09", "deliberation", "et pour un gamin de 10 ans le forfait resident ?", must=["60"],
  source_kind="deliberation", note="2026-029 : enfant de 6 à 17 ans")
q("delib-10", "deliberation", "on habite le village, combien pour louer la salle des fetes un week end ?",
  today="2026-06-01", must=["150"], source_kind="deliberation", note="2026-012")
q("delib-11", "deliberation", "il faut laisser combien de caution pour la salle ?", must=["500"],
  source_kind="deliberation")
q("delib-12", "deliberation", "la commune a demande des subventions pour la piste de la coume ?",
  starts_with=["oui"], must=["60 480"], source_kind="deliberation", note="2026-016")
q("delib-13", "deliberation", "Bonjour, combien va couter la nouvelle piste forestiere de la Coume ?",
  must=["86 400"], note="2026-016 (le BP 2026 porte aussi 86 400 € au compte 2128)")
q("delib-14", "deliberation", "tarif pour un camping car au camping du gave ?", today="2026-06-20", must=["12"],
  source_kind="deliberation", note="2026-013 : camping-car 12 € la nuit")
q("delib-15", "deliberation", "prix d une semaine au gite communal en juillet l annee prochaine ?", must=["420"],
  source_kind="deliberation", note="2026-027, à compter du 1er janvier 2027")

# ---------------- budget
q("budget-01", "budget", "combien la commune depense pour les salaires en 2026 ?", must=["120 220"],
  source_kind="budget", note="BP 2026, chapitre 012, lignes réelles")
q("budget-02", "budget", "combien a rapporte la vente du bois de la foret communale en 2025", must=["31 640"],
  source_kind="budget", note="CA 2025, 7022 Coupes de bois")
q("budget-03", "budget", "la taxe fonciere et la taxe d habitation ont rapporte combien a la commune en 2025 ?", must=["142 315"],
  source_kind="budget", note="CA 2025, 73111 Taxes foncières et d'habitation")
q("budget-04", "budget", "l electricite ca a coute combien a la commune en 2025 ?", must=["27 104,12 €"],
  source_kind="budget", note="CA 2025, 60612")
q("budget-05", "budget", "combien pour les subventions aux associations dans le budget 2026", must=["4 800"],
  source_kind="budget", note="BP 2026, 6574")
q("budget-06", "budget", "combien la commune rembourse d emprunt en 2026 ?", must=["24 800"],
  must_not=["40 000"], source_kind="budget", note="BP 2026, 1641 en dépense (40 000 en recette = nouvel emprunt)")
q("budget-07", "budget", "les interets de la dette en 2025 c combien ?", must=["7 988,42 €"], source_kind="budget")
q("budget-08", "budget", "combien touchent les elus en indemnites en 2026", must=["22 850"], source_kind="budget",
  note="BP 2026, 65311")
q("budget-09", "budget", "total des depenses de fonctionnement du budget 2026 ?", must=["296 740,85 €"],
  source_kind="budget", note="BP 2026, dépenses réelles de fonctionnement (sans 023 ni 042)")
q("budget-10", "budget", "il y avait combien d excedent reporte dans le budget 2026 ?", must=["84 215,60 €"],
  source_kind="budget", note="002 du BP 2026, à part")
q("budget-11", "budget", "la dotation forfaitaire de l etat en 2025 ?", must=["86 912"], source_kind="budget",
  note="CA 2025, 7411")
q("budget-12", "budget", "combien la commune paye au SIVU pour la station en 2026 ?", must=["38 000"],
  source_kind="budget", note="BP 2026, 65548 (libellé : SIVU du Pic d'Ardoune)")
q("budget-13", "budget", "combien d investissements prevus en 2026 ?", must=["231 700"], source_kind="budget",
  note="BP 2026, dépenses réelles d'investissement sans le 001")
q("budget-14", "budget", "combien de carburant en 2025 pour les vehicules de la commune", must=["11 842,66 €"],
  source_kind="budget", note="CA 2025, 60622")
q("budget-15", "budget", "la taxe de sejour doit rapporter combien en 2026", must=["8 200"], source_kind="budget",
  note="BP 2026, 7362")

# ---------------- annuaire
q("annuaire-01", "annuaire", "ya un medecin pas trop loin ?", must=["Pujo", "05 62 39 70 12"], source_kind="acteur")
q("annuaire-02", "annuaire", "tel de la pharmacie", must=["05 62 39 70 45"], source_kind="acteur")
q("annuaire-03", "annuaire", "l epicerie est ouverte le lundi ?", today="2026-12-07", starts_with=["non"],
  source_kind="acteur", note="Chez Marinette : Mo off")
q("annuaire-04", "annuaire", "chez marinette c ouvert demain matin ?", today="2026-12-05", starts_with=["oui"],
  source_kind="acteur", note="demain = dimanche 6 décembre, Su 08:00-12:30")
q("annuaire-05", "annuaire", "ou on peut acheter du pain dans le village", must=["Chez Marinette"],
  source_kind="acteur")
q("annuaire-06", "annuaire", "numero de l esf", must=["05 62 39 48 50"], source_kind="acteur")
q("annuaire-07", "annuaire", "la gendarmerie la plus proche c'est laquelle", must=["05 62 39 70 17"],
  source_kind="acteur")
q("annuaire-08", "annuaire", "qui appeler pour un accident en montagne", must=["05 62 39 72 72"],
  source_kind="acteur")
q("annuaire-09", "annuaire", "je cherche quelqu un pour m emmener faire de l escalade cet ete",
  must=["Bureau des guides du Bastan"], source_kind="acteur")
q("annuaire-10", "annuaire", "le tel de l office de tourisme ?", must=["05 62 39 42 30"], source_kind="acteur")
q("annuaire-11", "annuaire", "y a un bus pour aller a tarbes l apres midi ?", must=["13 h 05"], source_kind="acteur")
q("annuaire-12", "annuaire", "un taxi pour m emmener a l hopital de tarbes", must=["06 07 39 51 22"],
  source_kind="acteur")
q("annuaire-13", "annuaire", "une infirmiere pour faire une prise de sang a domicile", must=["06 72 15 38 04"],
  source_kind="acteur")
q("annuaire-14", "annuaire", "un veto qui se deplace pour les brebis", must=["05 62 39 73 88"], source_kind="acteur")
q("annuaire-15", "annuaire", "le gite d etape sur le GR il est ouvert en novembre ?", must=["sauf novembre"],
  source_kind="acteur")
q("annuaire-16", "annuaire", "un garage pour faire monter des pneus neige", must=["Pyrénées Dépannage"],
  source_kind="acteur")

# ---------------- hors sujet
for i, text in enumerate([
    "il va neiger demain au pic d ardoune ?",
    "tu connais une bonne recette de garbure",
    "tu peux m aider pour mon devoir de maths sur les fractions ?",
    "qui a gagne le match du stade toulousain samedi",
    "horaires du TGV Tarbes Paris demain",
    "combien coute le forfait de ski a Saint-Lary cette annee ?",
    "je vends ma 206, tu connais quelqu un que ca interesse ?",
    "le prix du gasoil en ce moment a tarbes ?",
    "raconte moi une blague",
    "comment on soigne une entorse a la cheville",
], 1):
    q(f"hors-{i:02d}", "hors_sujet", text, fallback=True,
      note="hors du champ de la commune : réponse « je ne sais pas » avec les coordonnées de la mairie")

# ---------------- sessions
def session(id, kind, turns, today=D, note=""):
    c = {"id": id, "kind": kind, "today": today, "session": True, "turns": turns}
    if note:
        c["note"] = note
    Q.append(c)


session("session-01", "budget", [
    {"question": "combien pour le personnel dans le budget 2026 ?", "must": ["120 220"]},
    {"question": "et en 2025 ?", "must": ["116 981,50 €"], "must_not": ["120 220"]},
], note="BP 2026 puis CA 2025, chapitre 012, jamais additionnés")
session("session-02", "deliberation", [
    {"question": "le prix de l eau en 2026 ?", "must": ["1,85 €"]},
    {"question": "et en 2025 ?", "must": ["1,72 €"]},
])
session("session-03", "mairie", [
    {"question": "la mairie est ouverte samedi ?", "must": [], "starts_with": ["oui"]},
    {"question": "et mercredi ?", "must": [], "starts_with": ["non"]},
], today="2026-12-03")
session("session-04", "annuaire", [
    {"question": "chez marinette c ouvert dimanche ?", "must": [], "starts_with": ["oui"]},
    {"question": "et lundi ?", "must": [], "starts_with": ["non"]},
])

DROP = ['fiche-05', 'fiche-12', 'fiche-19', 'fiche-25', 'fiche-27', 'fiche-28', 'fiche-20', 'fiche-03', 'arrete-09', 'arrete-11', 'arrete-18', 'arrete-21', 'arrete-26', 'arrete-27', 'arrete-13', 'annuaire-10', 'annuaire-13', 'annuaire-14', 'annuaire-16', 'delib-02', 'delib-11', 'delib-14', 'delib-09', 'budget-14', 'budget-15', 'budget-11', 'mairie-07', 'mairie-08']
Q[:] = [c for c in Q if c["id"] not in DROP]
ids = [c["id"] for c in Q]
assert len(ids) == len(set(ids))
with open("questions.yml", "w", encoding="utf-8") as f:
    f.write("# Peyrelade-de-Bastan (fictive) — questions d'habitants écrites à l'aveugle le 2026-12-05.\n")
    f.write("# Date par défaut : 2026-12-05 (écrite sur chaque cas).\n")
    yaml.safe_dump(Q, f, allow_unicode=True, sort_keys=False, width=120)
from collections import Counter
print(len(Q), Counter(c["kind"] for c in Q))
