"""Residents' questions of commune-al.  Budget amounts come from budget.py (the same table as the files)."""
from budget import INFO, amount, fr

T = "2026-12-06"  # the day the set was written; most questions are asked that day or near it


def bud(doc, budget="P", **kw):
    return fr(amount(doc, budget, **kw))


CASES = []


def c(id, kind, today, question, must=(), must_not=(), yn=None, fallback=False, source=None, now=None,
      note=""):
    case = {"id": id, "kind": kind, "today": today}
    if now:
        case["now"] = now
    case["question"] = question
    case["must"] = list(must)
    case["must_not"] = list(must_not)
    if yn:
        case["starts_with"] = [yn]
    case["fallback"] = fallback
    if source:
        case["source_kind"] = source
    if note:
        case["note"] = note
    CASES.append(case)


def session(id, kind, today, turns, note=""):
    case = {"id": id, "kind": kind, "today": today, "session": True, "turns": []}
    for t in turns:
        q, must, must_not = t[0], t[1], t[2] if len(t) > 2 else []
        case["turns"].append({"question": q, "must": list(must), "must_not": list(must_not), "fallback": False})
    if note:
        case["note"] = note
    CASES.append(case)


# ------------------------------------------------------------------------------------------- fiches
c("fiche-01", "fiche", T, "bonjour comment on fait pour refaire sa carte d'identité ? merci",
  ["sur rendez-vous"], source="fiche")
c("fiche-02", "fiche", T, "passeport c combien", ["86 €"], source="fiche")
c("fiche-03", "fiche", "2026-11-20", "jai perdu ma cni ca coute combien pr la refaire", ["25 €"], source="fiche")
c("fiche-04", "fiche", T, "kel jour passe le camion poubelle", ["mardi"], source="fiche")
c("fiche-05", "fiche", T, "bac jaune c quand", ["jeudi"], source="fiche")
c("fiche-06", "fiche", "2026-12-05", "la decheterie est ouverte cet aprem ?", [], yn="oui", now="14:15",
  note="Saturday in winter hours (13h30-17h00)")
c("fiche-07", "fiche", "2026-12-08", "decheterie ouverte aujourd'hui ?", [], yn="non", now="10:00",
  note="closed on Tuesdays")
c("fiche-08", "fiche", "2026-07-02", "jusqua quelle heure la dechetterie le samedi l'été", ["18h30"], source="fiche")
c("fiche-09", "fiche", "2026-11-03", "est ce que je peux faire bruler mes feuilles mortes dans le jardin",
  ["interdit"], yn="non")
c("fiche-10", "fiche", "2027-01-12", "je suis viticulteur je peux bruler mes sarments dans ma parcelle en janvier ?",
  ["2022-031"], yn="oui")
c("fiche-11", "fiche", "2026-09-13", "on a le droit de tondre le dimanche après midi ?", ["10h00 à 12h00"], yn="non")
c("fiche-12", "fiche", T, "horaires tondeuse le samedi svp", ["15h00 à 19h00"])
c("fiche-13", "fiche", "2026-06-20", "comment inscrire ma fille a la cantine pr la rentree", ["portail famille"],
  source="fiche")
c("fiche-14", "fiche", T, "la garderie du matin ouvre a quelle heure", ["7h15"], source="fiche")
c("fiche-15", "fiche", T,
  "Bonjour, je voudrais louer la salle des fêtes pour les 50 ans de mon mari au printemps, comment dois-je faire ?",
  ["deux mois"], source="fiche")
c("fiche-16", "fiche", T, "on peut louer la cuverie pr un mariage ?", ["salle polyvalente des Coteaux"],
  note="la Cuverie is the local name of the salle polyvalente (vocabulaire.txt)")
c("fiche-17", "fiche", "2026-08-26", "slt je suis vendangeur ou on peut dormir avec la tente ?",
  ["stade Paul-Bertrand"])
c("fiche-18", "fiche", "2026-08-30", "y a des douches pour les saisonniers ?", ["douches chaudes"])
c("fiche-19", "fiche", "2026-06-10", "je loge 12 vendangeurs dans ma grange en septembre, je dois declarer qqch ?",
  ["inspection du travail"], source="fiche")
c("fiche-20", "fiche", T, "demenagement comment je resilie le compteur d'eau", ["03 26 59 40 12"], source="fiche")
c("fiche-21", "fiche", T, "fuite d'eau dans la rue un dimanche qui appeler ??", ["06 71 28 45 90"], source="fiche")
c("fiche-22", "fiche", T, "faut un permis pour un abri de jardin de 10m2 ?", ["déclaration préalable"], source="fiche")
c("fiche-23", "fiche", T, "comment on achete une tombe au cimetiere", ["15, 30 ou 50 ans"], source="fiche")
c("fiche-24", "fiche", T, "le marché c quel jour", ["vendredi"])
c("fiche-25", "fiche", T, "zone bleue le dimanche faut le disque ?", ["libre"])
c("fiche-26", "fiche", T, "ou on trouve un disque bleu", ["gratuit"], source="fiche")
c("fiche-27", "fiche", T, "mon fils a 16 ans il doit se faire recenser ?", ["trois mois"], yn="oui")
c("fiche-28", "fiche", T, "jai perdu mes clés hier au marché ou est ce qu'on les ramène", ["un an et un jour"],
  source="fiche")
c("fiche-29", "fiche", "2027-01-15", "inscription liste electorale c jusqua quand", ["sixième vendredi"],
  source="fiche")
c("fiche-30", "fiche", T,
  "Madame, Monsieur, ayant emménagé récemment dans votre belle commune, je souhaiterais savoir de quelle "
  "manière il m'est possible de m'inscrire sur les listes électorales afin de pouvoir voter aux prochaines "
  "élections municipales. Je vous remercie par avance de votre réponse et vous prie d'agréer mes salutations "
  "distinguées. Jean-Pierre Lemoine", ["service-public.fr"], source="fiche")
c("fiche-31", "fiche", "2026-07-20", "cimetiere ouvert jusqu'a quelle heure en ete", ["19h00"])
c("fiche-32", "fiche", T, "c quoi les horaires du perisco le soir", ["18h45"], source="fiche")

# ------------------------------------------------------------------------------------------- arrêtés
c("arrete-01", "arrete", T, "avenue de champagne c toujours en travaux ?", ["2026-121"], yn="oui")
c("arrete-02", "arrete", T, "la rue de la marne est encore barrée ?", [], yn="non",
  note="phase 1 ended on 9 October")
c("arrete-03", "arrete", "2026-10-01", "rue de la marne fermée demain ?", ["2026-104"], yn="oui")
c("arrete-04", "arrete", T, "le 12 decembre on pourra se garer place de l'hotel de ville ?", ["2026-128"], yn="non")
c("arrete-05", "arrete", "2026-11-28", "marché de noel c quand cette année", ["12 et 13 décembre 2026"])
c("arrete-06", "arrete", "2026-12-10", "rue jeanne d'arc fermee samedi ?", ["2026-128"], yn="oui")
c("arrete-07", "arrete", "2026-12-10", "le marché de noel est ouvert jusqu'a quelle heure dimanche", ["18h00"],
  source="arrete", note="only in the signed PDF")
c("arrete-08", "arrete", "2026-12-10", "pendant le marché de noel on se gare où ?", ["parking des Crayères"],
  source="arrete")
c("arrete-09", "arrete", "2026-08-29", "les tracteurs ils doivent monter par quelle rue pendant les vendanges",
  ["2026-098"], source="arrete")
c("arrete-10", "arrete", "2026-09-10", "rue des vignerons c en sens unique en ce moment ?", ["2026-098"], yn="oui")
c("arrete-11", "arrete", "2026-09-15", "je peux me garer rue du pressoir cote impair ?", ["2026-098"], yn="non")
c("arrete-12", "arrete", "2026-09-02", "un car de touristes peut passer rue des crayeres cet aprem ?", ["2026-099"],
  yn="non")
c("arrete-13", "arrete", "2026-11-10", "rue des vignerons toujours en sens unique ?", [], yn="non",
  note="the harvest rules ended on 4 October")
c("arrete-14", "arrete", "2026-09-05", "je suis saisonnier je peux camper ou je veux pendant les vendanges ?",
  ["2026-097"], yn="non")
c("arrete-15", "arrete", "2026-04-15", "la foulée des bulles c quel jour", ["26 avril 2026"], source="arrete",
  note="arrêté only in PDF")
c("arrete-16", "arrete", "2026-04-20", "marathon dimanche, l'avenue de champagne sera fermée ?", ["2026-041"],
  yn="oui")
c("arrete-17", "arrete", "2026-04-22", "la rue pasteur sera fermée le jour du marathon ?", [], yn="non",
  must_not=["2026-133"], note="rue Pasteur is only the organiser's address in the Vu")
c("arrete-18", "arrete", "2026-04-22", "pendant le marathon les voitures passent par ou ?", ["rue de la Marne"],
  source="arrete")
c("arrete-19", "arrete", "2026-04-24", "chemin des loges fermé dimanche matin ?", ["2026-041"], yn="oui")
c("arrete-20", "arrete", T, "travaux rue pasteur c'est prevu quand ?", ["2026-133"])
c("arrete-21", "arrete", "2027-01-20", "rue pasteur barrée aujourd'hui ?", ["2026-133"], yn="oui")
c("arrete-22", "arrete", T, "Est-ce que la passerelle du quai est ouverte ?", ["2026-127"], yn="non")
c("arrete-23", "arrete", "2026-12-15", "passerelle quai de la marne toujours fermée ?", [], yn="non",
  note="closed until 11 December")
c("arrete-24", "arrete", T, "travaux rue du moulin ça commence quand", ["2026-130"])
c("arrete-25", "arrete", "2026-12-08", "on peut stationner rue du moulin ?", ["2026-130"], yn="non")
c("arrete-26", "arrete", T, "je pourrai me garer allée des tilleuls le 15 ?", ["2026-132"], yn="non")
c("arrete-27", "arrete", T, "le défilé de la saint vincent c quand", ["2026-135"])
c("arrete-28", "arrete", "2027-01-20", "grande rue fermée samedi matin ?", ["2026-135"], yn="oui")
c("arrete-29", "arrete", "2026-10-06", "c quand le cochelet cette annee ?", ["2026-115"],
  note="le Cochelet is the fête de fin des vendanges (vocabulaire.txt)")
c("arrete-30", "arrete", "2026-10-09", "place du marché fermée samedi soir pour le cochelet ?", ["2026-115"], yn="oui")
c("arrete-31", "arrete", "2026-06-15", "je peux boire une biere sur le quai de la marne le soir ?", ["2026-061"],
  yn="non")
c("arrete-32", "arrete", "2026-07-10", "14 juillet on peut se garer quai de la marne pour le feu d'artifice ?",
  ["2026-072"], yn="non")
c("arrete-33", "arrete", T, "vitesse limitée à combien dans la grande rue", ["30 km/h"])
c("arrete-34", "arrete", "2026-03-20", "le marché de vendredi il est où en ce moment ?", ["parking des Crayères"])
c("arrete-35", "arrete", "2026-05-06", "brocante des vignerons c quand ?", ["2026-037"])
c("arrete-36", "arrete", T, "arrêté 2026-131", ["Déménagements Lecomte"])
c("arrete-37", "arrete", "2025-09-15", "rue des vignerons en sens unique ?", ["2025-112"], yn="oui")
c("arrete-38", "arrete", T, "on peut garer son camping car ou dans la commune ?", ["48 heures"])
c("arrete-39", "arrete", "2026-06-19", "fete de la musique la rue jeanne d'arc sera fermée ?", ["2026-066"], yn="oui")
c("arrete-40", "arrete", "2026-11-09", "mercredi matin on pourra se garer place du souvenir ?", ["2026-124"], yn="non")

# ------------------------------------------------------------------------------------------- délibérations
c("delib-01", "deliberation", "2026-02-10", "combien coute la location de la salle des fetes pour un habitant ?",
  ["380 €"], ["395 €"])
c("delib-02", "deliberation", T, "tarif salle polyvalente 2027 pour quelqu'un de l'exterieur", ["750 €"], ["720 €"])
c("delib-03", "deliberation", "2026-08-28", "prix du repas cantine a la rentree pour un quotient de 900",
  ["3,40 €"], ["3,25 €"])
c("delib-04", "deliberation", "2026-10-01",
  "combien coutait le repas de cantine en 2025-2026 pour un QF de 650 €", ["2,00 €"], ["2,10 €"])
c("delib-05", "deliberation", "2026-06-01", "les impôts ont augmenté cette année ?", ["38,42 %"], yn="non")
c("delib-06", "deliberation", T, "taux taxe fonciere 2026", ["38,42 %"])
c("delib-07", "deliberation", T, "le budget 2026 a été voté à l'unanimité ?", ["22"], yn="non")
c("delib-08", "deliberation", T, "combien la commune a emprunté pour l'école", ["600 000 €"])
c("delib-09", "deliberation", T, "c quoi le taux de l'emprunt de la caisse d'epargne", ["3,45 %"])
c("delib-10", "deliberation", T, "combien touche le club de foot de subvention", ["7 500 €"])
c("delib-11", "deliberation", T, "subvention du comité des fêtes en 2026", ["9 700 €"])
c("delib-12", "deliberation", T, "le terrain rue des remparts a été vendu ? a qui ?", ["Barbier", "87 000 €"],
  yn="oui")
c("delib-13", "deliberation", T, "videoprotection combien de cameras et ca coute combien", ["8 caméras", "64 800 €"])
c("delib-14", "deliberation", T, "c'était unanime pour les caméras ?", [], yn="non")
c("delib-15", "deliberation", T, "prix de l'eau 2027 le m3", ["1,48 €"], ["1,42 €"])
c("delib-16", "deliberation", "2026-05-12", "prix eau potable 2026 au m3", ["1,42 €"], ["1,48 €"])
c("delib-17", "deliberation", T, "assainissement 2027 combien le m3", ["1,72 €"], ["1,65 €"])
c("delib-18", "deliberation", "2026-08-20", "combien la nuit a l'aire des vendangeurs", ["3,50 €"], ["4,00 €"])
c("delib-19", "deliberation", T, "tarif aire des vendangeurs l'an prochain", ["4,00 €"], ["3,50 €"])
c("delib-20", "deliberation", T, "prix concession 30 ans au cimetiere en 2027", ["360 €"], ["350 €"])
c("delib-21", "deliberation", "2026-11-25", "combien pour louer un chalet au marché de noel", ["90 €"], ["95 €"])
c("delib-22", "deliberation", T, "nom de la nouvelle rue du lotissement des hauts vignes", ["allée Simone-Veil"])
c("delib-23", "deliberation", T, "le conseil municipal a voté quoi pour la poste ?", ["réduction des horaires"])
c("delib-24", "deliberation", T, "combien coute la rénovation de l'école des coteaux", ["1 250 000 € HT"])

# ------------------------------------------------------------------------------------------- budget
B = "budget"
c("budget-01", B, T, "combien la commune paye pour le personnel en 2026", [bud("BP2026", chap="012")],
  [bud("CA2025", chap="012")], source="budget", note="BP 2026, chapter 012, réel")
c("budget-02", B, T, "les salaires des employés communaux ca a couté combien en 2025 ?",
  [bud("CA2025", chap="012")], [bud("BP2026", chap="012")], source="budget", note="CA 2025 réalisé, chapter 012")
c("budget-03", B, "2026-06-15", "combien on rembourse d'emprunts cette année ?",
  [bud("BP2026", nature="1641", dr="D")], [bud("BP2026", nature="1641", dr="R")], source="budget",
  note="BP 2026, 1641 dépense")
c("budget-04", B, T, "les interets de la dette en 2026", [bud("BP2026", chap="66")], [bud("CA2025", chap="66")],
  source="budget")
c("budget-05", B, T, "interets d'emprunt payés en 2025", [bud("CA2025", chap="66")], [bud("BP2026", chap="66")],
  source="budget")
c("budget-06", B, T, "combien la commune va emprunter en 2026 ?", [bud("BP2026", nature="1641", dr="R")],
  [bud("BP2026", nature="1641", dr="D")], source="budget")
c("budget-07", B, T, "dotation forfaitaire de l'etat 2026 ?", [bud("BP2026", nature="74111")],
  [bud("CA2025", nature="74111")], source="budget")
c("budget-08", B, T, "la DSR ça fait combien en 2026", [bud("BP2026", nature="741121")], source="budget")
c("budget-09", B, T, "budget 2026 subventions aux associations", [bud("BP2026", nature="6574")],
  [bud("CA2025", nature="6574")], source="budget")
c("budget-10", B, T, "combien de subventions versées aux assos en 2025", [bud("CA2025", nature="6574")],
  [bud("BP2026", nature="6574")], source="budget")
c("budget-11", B, T, "les impots locaux ça a rapporté combien a la commune en 2025 ?",
  [bud("CA2025", nature="73111")], [bud("BP2026", nature="73111")], source="budget")
c("budget-12", B, T, "facture d'electricite de la commune prévue en 2026", [bud("BP2026", nature="60612")],
  [bud("CA2025", nature="60612")], source="budget")
c("budget-13", B, T, "combien d'électricité la mairie a payé en 2025", [bud("CA2025", nature="60612")],
  [bud("BP2026", nature="60612")], source="budget")
c("budget-14", B, T, "indemnités des élus 2026 combien", [bud("BP2026", nature="65311")], source="budget")
c("budget-15", B, T, "la commune donne combien aux pompiers en 2026 ?", [bud("BP2026", nature="6553")],
  source="budget")
c("budget-16", B, T, "les familles ont payé combien pour la cantine et le periscolaire en 2025",
  [bud("CA2025", nature="7067")], [bud("BP2026", nature="7067")], source="budget")
c("budget-17", B, T, "charges a caractere general 2026 total", [bud("BP2026", chap="011")],
  [bud("CA2025", chap="011")], source="budget")
c("budget-18", B, T, "combien est prévu pour l'entretien des voiries en 2026",
  [bud("BP2026", nature="615231")], [bud("BP2026", nature="2151")], source="budget")
c("budget-19", B, T, "subventions d'investissement du département en 2026", [bud("BP2026", nature="1323")],
  source="budget")
c("budget-20", B, T, "assurance de la commune 2026", [bud("BP2026", nature="6161")], source="budget")
c("budget-21", B, T, "carburant des vehicules communaux depensé en 2025", [bud("CA2025", nature="60622")],
  source="budget")
c("budget-22", B, T, "budget de l'eau 2026 : combien de ventes d'eau prévues ?", [bud("BP2026", "E", nature="7011")],
  source="budget", note="budget annexe named")
c("budget-23", B, T, "budget annexe eau et assainissement 2026, travaux sur le réseau d'eau potable",
  [bud("BP2026", "E", nature="21531")], source="budget")
c("budget-24", B, T, "remboursement du capital des emprunts du budget de l'eau en 2026",
  [bud("BP2026", "E", nature="1641", dr="D")], [bud("BP2026", nature="1641", dr="D")], source="budget")
c("budget-25", B, T, "la décision modificative 2026 a ajouté combien pour l'entretien des voiries ?",
  [bud("DM2026", nature="615231")], [bud("BP2026", nature="615231")])
c("budget-26", B, T, "résultat de fonctionnement reporté au budget 2026", [bud("BP2026", nature="002")],
  source="budget")
c("budget-27", B, T, "droits de mutation prévus en 2026 ?", [bud("BP2026", nature="73123")],
  [bud("CA2025", nature="73123")], source="budget")
c("budget-28", B, T, "loyers encaissés par la commune en 2025 (revenus des immeubles)", [bud("CA2025", nature="752")],
  source="budget")
c("budget-29", B, T, "fournitures scolaires budget 2026", [bud("BP2026", nature="6067")], source="budget")
c("budget-30", B, T, "combien le marché rapporte en droits de place en 2025",
  [bud("CA2025", nature="7032")], source="budget")
c("budget-31", B, T, "total des dépenses de fonctionnement du budget 2026", [bud("BP2026", sec="F", dr="D")],
  [fr(INFO["bp_f_total"])], source="budget", note="réel lines only, without the 023 transfer and the amortisations")
c("budget-32", B, T, "en 2025 combien la commune a remboursé de capital sur ses emprunts",
  [bud("CA2025", nature="1641", dr="D")], [bud("BP2026", nature="1641", dr="D")], source="budget")
c("budget-33", B, T, "achats de nourriture pour la cantine prevus en 2026", [bud("BP2026", nature="60623")],
  source="budget")

# ------------------------------------------------------------------------------------------- annuaire
N = "annuaire"
c("annuaire-01", N, T, "numero du docteur meunier", ["03 26 59 50 10"], source="acteur")
c("annuaire-02", N, "2026-12-08", "le dr royer consulte demain ?", [], yn="non", note="demain is a Wednesday")
c("annuaire-03", N, T, "pharmacie de garde ce soir ?", ["32 37"])
c("annuaire-04", N, T, "tel pharmacie des coteaux", ["03 26 59 53 48"], source="acteur")
c("annuaire-05", N, T, "visite des caves chez vautrin lallement c combien ?", ["18 €"], source="acteur")
c("annuaire-06", N, "2027-01-09", "vautrin lallement c ouvert aujourd'hui ?", [], yn="non", now="11:00",
  note="winter hours Monday to Friday only")
c("annuaire-07", N, "2026-11-14", "est-ce que champagne berard noblet est ouvert en ce moment ?", [], yn="non")
c("annuaire-08", N, T, "Maison Perrot-Vaudin est ouvert le dimanche ?", [], yn="oui")
c("annuaire-09", N, T, "horaires champagne gaillot", ["Champagne Rémy Gaillot"], source="acteur")
c("annuaire-10", N, T, "je veux deguster chez Auboin comment faire", ["03 26 59 46 14"], source="acteur")
c("annuaire-11", N, "2026-09-12", "lucie marchal ouvert cet aprem ?", [], yn="non", now="14:00",
  note="closed in September")
c("annuaire-12", N, "2026-12-07", "la boulangerie lefevre est ouverte aujourd'hui ?", [], yn="non", now="08:00")
c("annuaire-13", N, "2026-12-08", "au pain des vignes ouvert mardi ?", [], yn="non")
c("annuaire-14", N, T, "la poste ouvre a quelle heure le samedi", ["Bureau de poste d'Aubrécourt"], source="acteur")
c("annuaire-15", N, "2026-12-07", "mediatheque ouverte aujourd'hui ?", [], yn="non", now="15:00")
c("annuaire-16", N, "2026-12-09", "médiathèque ouverte ce matin ?", [], yn="oui", now="10:30")
c("annuaire-17", N, T, "tel gendarmerie", ["03 26 59 17 17"], source="acteur")
c("annuaire-18", N, T, "numero du club de foot", ["06 30 21 44 87"], source="acteur")
c("annuaire-19", N, T, "le judo c quel jour", ["Judo club d'Aubrécourt"], source="acteur")
c("annuaire-20", N, "2026-02-10", "contact pour s'inscrire à la foulée des bulles", ["Aubrécourt Athlétisme"])
c("annuaire-21", N, "2026-08-28", "le point accueil saisonniers c ouvert ce soir ?", [], yn="oui", now="17:30")
c("annuaire-22", N, "2026-08-24", "tel point accueil saisonniers", ["03 26 59 40 15"], source="acteur")
c("annuaire-23", N, "2026-12-13", "office de tourisme ouvert aujourd'hui ?", [], yn="non", now="11:00",
  note="Sunday, winter hours")
c("annuaire-24", N, "2026-05-09", "ou louer un velo electrique", ["Bureau d'information touristique des Coteaux"])
c("annuaire-25", N, T, "dentiste numéro", ["03 26 59 52 25"], source="acteur")
c("annuaire-26", N, T, "un kiné sur aubrecourt ?", ["03 26 59 50 20"], source="acteur")
c("annuaire-27", N, T, "infirmiere a domicile numero", ["06 12 48 57 30"], source="acteur")
c("annuaire-28", N, "2026-12-12", "le veterinaire est ouvert cet apres midi ?", [], yn="non", now="15:00")
c("annuaire-29", N, T, "un taxi pour aller a la gare d'epernay", ["06 08 41 27 93"], source="acteur")
c("annuaire-30", N, "2026-12-10", "garage de la marne ouvert samedi matin ?", [], yn="oui")
c("annuaire-31", N, "2026-12-07", "restaurant le pressoir ouvert ce midi ?", [], yn="non", now="11:00",
  note="Monday")
c("annuaire-32", N, T, "ou acheter des clopes dans le village", ["Bistrot des Vendangeurs"])
c("annuaire-33", N, T, "creche horaires", ["Les Petits Bouchons"], source="acteur")
c("annuaire-34", N, T, "école élémentaire téléphone", ["03 26 59 55 20"], source="acteur")
c("annuaire-35", N, T, "qui peut m'aider a faire mon dossier caf en ligne", ["France services Coteaux et Marne"])
c("annuaire-36", N, T, "y a un hotel a aubrecourt ?", ["Hôtel Les Coteaux"])
c("annuaire-37", N, "2026-07-15", "la cooperative embauche des vendangeurs ? leur numero", ["03 26 59 44 10"])
c("annuaire-38", N, "2026-12-06", "l'epicerie est ouverte cet aprem ?", [], yn="non", now="15:00",
  note="Sunday: 9h-13h only")

# ------------------------------------------------------------------------------------------- mairie / profil
M = "mairie"
c("mairie-01", M, T, "qui est le maire", ["Hélène Vautrin"], source="commune")
c("mairie-02", M, T, "combien d'habitants à aubrécourt", ["5 612"], source="commune")
c("mairie-03", M, T, "code postal aubrecourt", ["51215"], source="commune")
c("mairie-04", M, "2026-12-10", "mairie ouverte samedi ?", [], yn="oui")
c("mairie-05", M, T, "la mairie est ouverte mercredi après-midi ?", [], yn="non")
c("mairie-06", M, T, "horaires mairie", [], source="commune")
c("mairie-07", M, T, "telephone de la mairie", ["03 26 59 40 00"], source="commune")
c("mairie-08", M, T, "mail mairie", ["accueil@aubrecourt-sur-marne.fr"], source="commune")
c("mairie-09", M, T, "adresse de la mairie svp", ["2 place de l'Hôtel de Ville"], source="commune")
c("mairie-10", M, T, "site internet de la commune", ["aubrecourt-sur-marne.fr"], source="commune")
c("mairie-11", M, T, "code insee d'aubrécourt-sur-marne", ["51698"], source="commune")
c("mairie-12", M, "2026-12-20", "la mairie est ouverte le 25 décembre ?", [], yn="non")
c("mairie-13", M, "2026-12-09", "la mairie est ouverte ce matin ?", [], yn="oui", now="09:00")
c("mairie-14", M, T,
  "Madame le Maire, je me permets de vous écrire car à mon âge je ne me déplace plus facilement et je ne sais "
  "plus si le secrétariat de la mairie reçoit le public le samedi matin. Pourriez-vous me l'indiquer ? Avec mes "
  "respectueuses salutations. Mme Veuve Collard", [], yn="oui")
c("mairie-15", M, T, "maire d'aubrécourt c qui", ["Hélène Vautrin"], source="commune")
c("mairie-16", M, T, "on est dans quelle communauté de communes", ["Coteaux et Marne"])
c("mairie-17", M, T, "aubrecourt c loin d'epernay ?", ["9 km"])
c("mairie-18", M, T, "c quand la permanence des élus", ["samedi matin"])
c("mairie-19", M, T, "numero siret de la commune", ["21510698300013"], source="commune")
c("mairie-20", M, "2026-12-09", "mairie ouverte jeudi apres midi ?", [], yn="oui")
c("mairie-21", M, "2026-12-07", "la mairie est ouverte entre midi et deux ?", [], yn="non", now="12:30")

# ------------------------------------------------------------------------------------------- hors sujet
H = "hors_sujet"
for i, q in enumerate([
    "horaires de la piscine municipale",
    "y a un cinema a aubrecourt ?",
    "il fait quel temps demain",
    "resultat du match du stade de reims hier soir",
    "recette du biscuit rose de reims",
    "prix d'une bouteille de dom perignon en supermarché",
    "horaires TGV paris reims",
    "tu peux m'aider pour mon devoir de maths ?",
    "quelle est la capitale de l'australie",
    "la patinoire est ouverte ce week end ?",
    "horaires des urgences de l'hopital d'epernay",
    "combien coute le permis de chasse",
    "je cherche un plombier pas cher",
    "cours du bitcoin aujourd'hui",
    "la plage la plus proche d'aubrecourt",
    "comment faire une carte grise",
    "y a t il un golf a aubrecourt",
    "horaires du credit agricole",
    "comment on dit vendanges en anglais",
    "des annonces de maisons a vendre a aubrecourt ?",
], start=1):
    c(f"hors-{i:02d}", H, T, q, [], fallback=True)

# ------------------------------------------------------------------------------------------- sessions
session("session-01", "budget", T, [
    ("dépenses de personnel budget 2026", [bud("BP2026", chap="012")], [bud("CA2025", chap="012")]),
    ("et en 2025 ?", [bud("CA2025", chap="012")], [bud("BP2026", chap="012")]),
], note="follow-up on the year: CA 2025 réalisé")
session("session-02", "deliberation", T, [
    ("tarif salle des fêtes pour les habitants en 2026", ["380 €"], ["395 €"]),
    ("et en 2027 ?", ["395 €"], ["380 €"]),
])
session("session-03", "annuaire", T, [
    ("numero du dr lambert", ["03 26 59 51 40"]),
    ("et son adresse ?", ["18 rue Victor-Hugo"]),
])
session("session-04", "arrete", T, [
    ("travaux rue du moulin", ["2026-130"]),
    ("et avenue de champagne ?", ["2026-121"]),
])
session("session-05", "fiche", "2026-08-20", [
    ("aire d'accueil des vendangeurs c ouvert quand", ["25 août au 6 octobre"]),
    ("combien la nuit ?", ["3,50 €"], ["4,00 €"]),
])


def build():
    ids = [x["id"] for x in CASES]
    assert len(ids) == len(set(ids))
    return CASES
