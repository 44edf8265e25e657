"""Writes questions.yml. Every expected fact is copied from the files (budget figures from
tools/budget_totals.txt, printed by build_budget.py)."""
from pathlib import Path
import yaml

OUT = Path(__file__).resolve().parent.parent / "questions.yml"
CASES = []


def q(id, kind, today, question, must=(), must_not=(), starts=None, fallback=False, src=None, now=None, note=None):
    c = {"id": id, "kind": kind, "today": today}
    if now:
        c["now"] = now
    c["question"] = question
    c["must"] = list(must)
    if must_not:
        c["must_not"] = list(must_not)
    if starts:
        c["starts_with"] = [starts]
    c["fallback"] = fallback
    if src:
        c["source_kind"] = src
    if note:
        c["note"] = note
    CASES.append(c)


def s(id, kind, today, turns, note=None):
    c = {"id": id, "kind": kind, "today": today, "session": True, "turns": []}
    for t in turns:
        d = {"question": t[0], "must": list(t[1])}
        if len(t) > 2 and t[2]:
            d["must_not"] = list(t[2])
        d["fallback"] = False
        c["turns"].append(d)
    if note:
        c["note"] = note
    CASES.append(c)


# ---------------------------------------------------------------- fiches
q("fiche-01", "fiche", "2026-01-12", "slt c koi les horaires de la garderie du soir ?", ["19h"], src="fiche",
  note="fiche périscolaire : 16h30 à 19h00")
q("fiche-02", "fiche", "2026-02-03", "je peux refaire ma carte d'identité a la mairie de la breviere ?", ["ants.gouv.fr"],
  starts="non", src="fiche", note="la mairie n'est pas équipée")
q("fiche-03", "fiche", "2026-03-10", "la dechetterie est ouverte le mardi ?", [], starts="non",
  note="fiche déchèterie (et annuaire) : fermée le mardi")
q("fiche-04", "fiche", "2026-03-14", "dechetterie ouverte samedi aprem vers 15h ?", [], starts="oui", now="11:00",
  note="lundi, mercredi, vendredi et samedi 14h-18h")
q("fiche-05", "fiche", "2026-04-07", "c quel jour les poubelles grises ?", ["mardi"], src="fiche")
q("fiche-06", "fiche", "2026-04-07", "les sacs jaunes ils passent quand", ["jeudi"], src="fiche")
q("fiche-07", "fiche", "2026-10-18", "on a le droit de bruler ses branches dans son jardin ?", [], starts="non", src="fiche",
  note="brûlage interdit toute l'année")
q("fiche-08", "fiche", "2026-03-02",
  "Bonjour, nous venons d'emménager dans la ZAC et souhaitons inscrire notre fille en petite section à l'école publique pour septembre. Quels documents faut-il apporter ? Merci d'avance.",
  ["livret de famille"], src="fiche")
q("fiche-09", "fiche", "2026-05-20", "mon fils a 16 ans il doit se faire recenser ou ?", ["service-public.fr"], src="fiche")
q("fiche-10", "fiche", "2026-09-15", "jusqu'a quand on peut s'inscrire sur les listes electorales", ["sixième vendredi"], src="fiche")
q("fiche-11", "fiche", "2026-09-20", "le marché du dimanche c'est jusqu'à quelle heure ?", ["13h"], src="fiche")
q("fiche-12", "fiche", "2026-02-18", "caution pour louer la salle du cens ?", ["800 €"], src="fiche")
q("fiche-13", "fiche", "2026-02-18", "la salle du Cens c'est combien de personnes max", ["250"], src="fiche")
q("fiche-14", "fiche", "2026-04-22", "je voudrais louer le gymnase pour l'anniversaire de mon fils c possible ?", [], starts="non",
  src="fiche", note="les particuliers ne peuvent pas louer le complexe sportif de la Noë")
q("fiche-15", "fiche", "2026-02-25", "comment on fait pour avoir un bout de jardin a la gagnerie ?", ["liste d'attente"], src="fiche",
  note="vocabulaire.txt : la Gagnerie = jardins familiaux")
q("fiche-16", "fiche", "2026-06-02", "combien de logements vont etre construits aux perrieres ?", ["420"], src="fiche")
q("fiche-17", "fiche", "2026-06-02", "c qui l'amenageur de la zac des perrieres", ["Loire-Cens Aménagement"], src="fiche")
q("fiche-18", "fiche", "2026-09-01", "y a une permanence pour poser des questions sur la ZAC ?", ["premier samedi"], src="fiche")
q("fiche-19", "fiche", "2026-11-09",
  "Bonjour, ma mère a 82 ans et vit seule rue du Moulin, elle ne peut plus faire ses courses. Est-ce que la commune peut lui apporter des repas ? Qui dois-je appeler ? Cordialement.",
  ["02 40 57 31 24"], src="fiche")
q("fiche-20", "fiche", "2026-07-21", "j'ai perdu mes clés au marché, ils sont où les objets trouvés", ["accueil de la mairie"], src="fiche")
q("fiche-21", "fiche", "2026-01-27", "gros nid de poule rue jules verne qui appeler", ["02 40 57 31 27"], src="fiche")
q("fiche-22", "fiche", "2026-03-30", "horaires du tram train pour aller a nantes demain matin stp", ["Aléop"],
  note="la fiche dit que les horaires relèvent de la Région (réseau Aléop), pas de la mairie")
q("fiche-23", "fiche", "2026-12-01", "le cimetière ferme a quelle heure en ce moment ?", ["18h"],
  note="d'octobre à mars : 8h30 à 18h (fiche et annuaire)")
q("fiche-24", "fiche", "2026-05-11", "on peut se marier quels jours a la breviere", ["samedi"], src="fiche")
q("fiche-25", "fiche", "2026-04-03", "combien coute un composteur ?", ["15 €"], src="fiche")
q("fiche-26", "fiche", "2026-05-06", "je veux construire un abri de jardin, je depose ma demande ou ?", ["guichet numérique"], src="fiche")
q("fiche-27", "fiche", "2026-06-13", "je peux emmener mon chien au skate park ?", [], starts="non")
q("fiche-28", "fiche", "2026-02-09", "c combien la cantine pour un qf de 900 ?", ["3,30 €"], src="deliberation",
  note="la fiche renvoie les tarifs au conseil : délibération D2025-099, QF de 801 à 1 100 : 3,30 €")
q("fiche-29", "fiche", "2026-01-19", "prix d'une case au columbarium ?", ["520,00 €"], src="deliberation",
  note="fiche cimetière renvoie au conseil ; D2025-100 (tarifs 2026)")

# ---------------------------------------------------------------- arrêtés
q("arrete-01", "arrete", "2026-02-16", "la rue de la gare est fermée ?", ["2026-008"], starts="oui", src="arrete",
  note="phase 1 du 9 février au 6 mars 2026 : barrée")
q("arrete-02", "arrete", "2026-03-18", "rue de la gare c encore barré aujourd'hui ?", ["2026-008"], starts="non", src="arrete",
  note="phase 2 (9 mars - 3 avril) : circulation alternée par feux, pas barrée")
q("arrete-03", "arrete", "2026-02-20", "pendant les travaux rue de la gare on passe par ou ?", ["rue des Tisserands"], src="arrete")
q("arrete-04", "arrete", "2026-05-05", "je peux prendre la rue des perrieres dans le sens giratoire vers la route de sucé ?",
  ["2026-011"], starts="non", src="arrete")
q("arrete-05", "arrete", "2026-11-20", "la rue des perrieres est toujours en sens unique ??", ["2026-086", "26 février 2027"],
  starts="oui", src="arrete", note="l'arrêté 2026-011 a pris fin le 30 octobre, prorogé par 2026-086")
q("arrete-06", "arrete", "2026-12-06", "jusqu'a quand le sens unique rue des Perrières", ["26 février 2027"], src="arrete")
q("arrete-07", "arrete", "2026-04-15", "c'est limité a combien rue des ecoles ?", ["30 km/h"], src="arrete")
q("arrete-08", "arrete", "2026-03-25", "on peut se garer combien de temps sur le parvis de la halte du tram train ?", ["1h30"], src="arrete")
q("arrete-09", "arrete", "2026-04-08", "le parc relais du tram-train est payant ?", ["2026-014"], starts="non", src="arrete")
q("arrete-10", "arrete", "2026-06-24", "on peut dormir en camping car au parking de la halte ?", [], starts="non", src="arrete")
q("arrete-11", "arrete", "2026-04-11", "il est ou le marché demain matin ?", ["parking de la Halle"], src="arrete",
  note="dimanche 12 avril 2026 : marché déplacé du 22 mars au 28 juin (2026-019)")
q("arrete-12", "arrete", "2026-06-07", "le marché est toujours sur la place de l'église en ce moment ?", ["parking de la Halle"],
  starts="non", src="arrete")
q("arrete-13", "arrete", "2026-07-10", "le skate park ferme a quelle heure l'ete ?", ["21h"])
q("arrete-14", "arrete", "2026-11-14", "skate park encore ouvert la ?", ["19h"], starts="non", now="19:30",
  note="du 1er octobre au 31 mars : 9h à 19h (arrêté 2026-027)")
q("arrete-15", "arrete", "2026-06-10", "le skate est ouvert ce soir a 20h ?", [], starts="oui", now="17:00")
q("arrete-16", "arrete", "2026-06-26", "on a le droit de boire des bieres au skate park le soir ?", [], starts="non", src="arrete")
q("arrete-17", "arrete", "2026-06-14", "je peux passer la tondeuse dimanche a 15h ?", ["12h"], starts="non",
  note="dimanches et jours fériés : 10h à 12h seulement (2026-041)")
q("arrete-18", "arrete", "2026-06-12", "tondre samedi matin vers 10h c'est autorisé ?", [], starts="oui")
q("arrete-19", "arrete", "2026-06-15", "fete de la musique la rue de la mairie ferme a partir de quelle heure", ["17h"], src="arrete")
q("arrete-20", "arrete", "2026-06-19", "le soir de la fete de la musique on passe par ou en voiture ?", ["rue des Écoles"], src="arrete",
  note="article 2 du PDF 2026-052 : déviation par la rue du Cens et la rue des Écoles")
q("arrete-21", "arrete", "2026-06-20", "les buvettes de la fete de la musique c jusqu'a quelle heure ?", ["1h"], src="arrete")
q("arrete-22", "arrete", "2026-07-15", "la salle de sport de la noe est ouverte aujourd'hui ?", ["21 août"], starts="non", src="arrete",
  note="arrêté 2026-055 ; l'annuaire donne des horaires d'ouverture")
q("arrete-23", "arrete", "2026-07-10", "le 13 juillet la rue de la Noë sera fermée ?", ["22h"], starts="oui", src="arrete")
q("arrete-24", "arrete", "2026-08-20", "y a des travaux route de sucé en ce moment ?", ["11 septembre"], starts="oui", src="arrete")
q("arrete-25", "arrete", "2026-08-25", "on peut encore aller a la decheterie malgré les travaux route de sucé ?", ["2026-063"],
  starts="oui", src="arrete")
q("arrete-26", "arrete", "2026-09-29", "rue du moulin fermée ?", ["2026-078"], starts="oui", src="arrete")
q("arrete-27", "arrete", "2026-09-29", "la rue des tisserands est fermée en ce moment ?", [], starts="non",
  note="la rue des Tisserands n'est que la déviation de 2026-078, et l'adresse d'un demandeur dans les « Vu » de 2026-069")
q("arrete-28", "arrete", "2026-08-10", "je peux arroser ma parcelle a la gagnerie a 15h ?", ["2026-069"], starts="non", src="arrete",
  note="PDF seul : arrosage interdit de 9h à 20h du 1er août au 15 septembre 2026")
q("arrete-29", "arrete", "2026-08-12", "et arroser au jardin familial a 21h c bon ?", [], starts="oui", src="arrete",
  note="2026-069 art. 1 : autorisé avant 9h et après 20h")
q("arrete-30", "arrete", "2026-08-20", "je peux remplir la cuve de mon jardin familial avec l'eau du robinet ?", [], starts="non", src="arrete")
q("arrete-31", "arrete", "2026-08-22", "laver sa voiture sur le parking de la mairie c'est interdit en ce moment ?", ["2026-069"],
  starts="oui", src="arrete")
q("arrete-32", "arrete", "2026-08-05", "les restrictions d'eau c'est jusqu'a quand ?", ["15 septembre"], src="arrete")
q("arrete-33", "arrete", "2026-10-28", "pour la toussaint la rue de la rivaudiere est en sens unique ?", ["2 novembre"], starts="oui", src="arrete")
q("arrete-34", "arrete", "2026-12-08", "marché de noel c quand ? la place de l'eglise sera fermée ?", ["12 décembre"], src="arrete")
q("arrete-35", "arrete", "2026-01-20", "l'aire de jeux du pré vert est fermée ?", ["13 février"], starts="oui", src="arrete")
q("arrete-36", "arrete", "2026-05-06", "les foulées du cens la rue du cens est fermée de quelle heure a quelle heure ?", ["12h30"], src="arrete")
q("arrete-37", "arrete", "2026-05-26", "je peux me garer rue des ecoles dimanche ?", ["2026-045"], starts="non", src="arrete",
  note="dimanche 31 mai 2026, vide-greniers : stationnement interdit de 6h à 19h")
q("arrete-38", "arrete", "2026-08-03", "je peux laisser ma voiture au parc relais aujourd'hui ?", ["parking de la Halle"], starts="non",
  src="arrete", now="08:15")
q("arrete-39", "arrete", "2026-09-01", "samedi c le forum des assos, on peut se garer allée de la noë ?", ["19h"], starts="non", src="arrete")

# ---------------------------------------------------------------- délibérations
q("delib-01", "deliberation", "2026-03-10", "tarif periscolaire pour un qf de 650 svp", ["0,80 €"], src="deliberation",
  note="D2025-098, applicable du 1er janvier au 31 août 2026")
q("delib-02", "deliberation", "2026-10-05", "garderie combien la demi heure avec un quotient de 650 ?", ["0,85 €"], src="deliberation",
  note="D2026-038, à compter du 1er septembre 2026")
q("delib-03", "deliberation", "2026-02-02", "repas cantine pour quotient familial 400", ["1,00 €"], src="deliberation")
q("delib-04", "deliberation", "2026-04-13", "prix du repas a la cantine pour un qf de 1200", ["3,85 €"], src="deliberation")
q("delib-05", "deliberation", "2026-05-04", "combien coute un repas adulte au restaurant scolaire ?", ["6,20 €"], src="deliberation")
q("delib-06", "deliberation", "2026-03-16", "si je recupere mon fils a 19h15 a la garderie je paye une penalité ?", ["10,00 €"],
  src="deliberation")
q("delib-07", "deliberation", "2026-05-18", "location salle du cens pour un habitant en 2026 ?", ["380,00 €"], must_not=["395,00 €"],
  src="deliberation")
q("delib-08", "deliberation", "2026-12-01",
  "Bonjour, j'habite à Sucé-sur-Erdre et je voudrais louer la salle du Cens pour un anniversaire en mars 2027. Quel est le tarif pour une personne extérieure à la commune ? Merci.",
  ["640,00 €"], must_not=["620,00 €"], src="deliberation", note="D2026-052, tarifs 2027")
q("delib-09", "deliberation", "2026-06-22", "concession 30 ans au cimetiere ca coute combien", ["360,00 €"], src="deliberation")
q("delib-10", "deliberation", "2026-07-06", "loyer d'une parcelle de 100 m2 aux jardins familiaux en 2026 ?", ["42,00 €"], src="deliberation")
q("delib-11", "deliberation", "2026-12-02", "la gagnerie, une parcelle de 50 m2 ça coutera combien en 2027 ?", ["26,00 €"], src="deliberation")
q("delib-12", "deliberation", "2026-04-09", "combien l'US Brévière Football a eu de subvention cette année ?", ["6 500 €"], src="deliberation")
q("delib-13", "deliberation", "2026-04-09", "subvention du club de basket en 2026", ["4 200 €"], src="deliberation")
q("delib-14", "deliberation", "2026-04-20", "la commune a donné combien à glisse urbaine pour le contest de skate ?", ["1 200 €"], src="deliberation")
q("delib-15", "deliberation", "2026-04-20", "au total les subventions aux assos 2026 ça fait combien ?", ["21 800 €"], src="deliberation")
q("delib-16", "deliberation", "2026-04-02", "taux de la taxe fonciere bati 2026 ?", ["38,52 %"], src="deliberation")
q("delib-17", "deliberation", "2026-04-02", "les impots locaux ont augmenté cette année ?", ["38,52 %"], starts="non", src="deliberation",
  note="D2026-017 : taux inchangés")
q("delib-18", "deliberation", "2026-02-12", "le terrain des perrieres a été vendu à qui et pour combien ?", ["SCCV Les Jardins du Cens", "540 000,00 €"],
  src="deliberation")
q("delib-19", "deliberation", "2026-02-12", "la vente du terrain de la zac a été votée a l'unanimité ?", [], starts="non", src="deliberation",
  note="D2026-004 : 21 pour, 6 contre")
q("delib-20", "deliberation", "2026-04-15", "le nouvel emprunt c'est a quel taux et sur combien d'années ?", ["3,42 %", "20 ans"], src="deliberation")
q("delib-21", "deliberation", "2026-04-01", "le budget 2026 a été voté a l'unanimité ?", [], starts="non", src="deliberation",
  note="D2026-018 : 20 pour, 6 contre")
q("delib-22", "deliberation", "2026-04-10", "combien le ccas reçoit de la commune en 2026 ?", ["38 000 €"], src="deliberation")
q("delib-23", "deliberation", "2026-10-01", "la mairie garantit un pret pour des logements sociaux ? combien de logements ?", ["24 logements"],
  src="deliberation", note="D2026-044 : 24 logements locatifs sociaux, SA d'HLM Logis du Cens")
q("delib-24", "deliberation", "2026-06-05", "c quoi les noms des nouvelles rues de la zac ?", ["rue Simone-Veil", "allée des Lavandières"],
  src="deliberation")
q("delib-25", "deliberation", "2026-04-03", "l'excédent de fonctionnement 2025 c combien ?", ["612 430,18 €"], src="deliberation",
  note="D2026-020")
q("delib-26", "deliberation", "2026-11-25", "la motion pour le tram-train le dimanche a été votée a l'unanimité ?", [], starts="oui",
  src="deliberation", note="D2026-053 : 26 pour, 0 contre, 0 abstention")
q("delib-27", "deliberation", "2026-09-14", "le gouter a la garderie c combien ?", ["0,60 €"], src="deliberation")
q("delib-28", "deliberation", "2026-09-14", "periscolaire tarif pour QF supérieur a 1500 depuis la rentrée", ["1,50 €"], src="deliberation")
q("delib-29", "deliberation", "2026-06-28", "droit de place au marché pour un commerçant c combien le metre ?", ["0,90 €"], src="deliberation")
q("delib-30", "deliberation", "2026-02-10", "la commune a demandé combien a l'etat pour renover l'ecole des mesanges ?", ["345 000,00 €"],
  src="deliberation", note="D2026-005 (DSIL)")
q("delib-31", "deliberation", "2026-06-01", "ils ont créé un poste a la garderie ?", ["1er septembre 2026"], starts="oui", src="deliberation")

# ---------------------------------------------------------------- budget (figures from tools/budget_totals.txt)
q("budget-01", "budget", "2026-05-12", "combien la commune depense pour payer ses employés cette année ?", ["2 139 000"],
  must_not=["1 892 818,32"], src="budget", note="BP 2026, chapitre 012 (6411 + 6413 + 6450 + 6218)")
q("budget-02", "budget", "2026-05-12", "et les salaires du personnel en 2025 ça a couté combien au final ?", ["1 892 818,32"],
  src="budget", note="CA 2025, chapitre 012, réalisé")
q("budget-03", "budget", "2026-04-20", "combien la mairie rembourse de capital d'emprunt en 2026", ["265 000"], src="budget",
  note="BP 2026, 1641 en dépense")
q("budget-04", "budget", "2026-04-20", "les interets de la dette cette année ?", ["71 800"], src="budget", note="BP 2026, 66111 / chapitre 66")
q("budget-05", "budget", "2026-06-30", "combien d'interets d'emprunt payés en 2025 ?", ["58 214,73"], src="budget")
q("budget-06", "budget", "2026-04-20", "il y a un nouvel emprunt prévu dans le budget 2026 ? de combien ?", ["800 000"], starts="oui",
  src="budget", note="BP 2026, 1641 en recette")
q("budget-07", "budget", "2026-08-24", "combien pour les fournitures scolaires dans le budget 2026 ?", ["24 000"], src="budget")
q("budget-08", "budget", "2026-02-16", "la commune a dépensé combien en fournitures scolaires en 2025", ["22 486,70"], src="budget")
q("budget-09", "budget", "2026-04-28", "combien est prévu au budget 2026 pour les subventions aux associations ?", ["32 000"],
  src="budget", note="BP 2026, compte 6574")
q("budget-10", "budget", "2026-05-02", "la dotation forfaitaire de l'etat en 2026 ?", ["512 000"], src="budget")
q("budget-11", "budget", "2026-05-02", "total des dotations et participations reçues prévues en 2026", ["885 000"], src="budget",
  note="BP 2026, chapitre 74 : 512 000 + 118 000 + 46 000 + 12 000 + 15 000 + 182 000")
q("budget-12", "budget", "2026-05-20", "les impots locaux rapportent combien à la commune en 2026 ?", ["1 986 500"], src="budget",
  note="BP 2026, 73111 (chapitre 731)")
q("budget-13", "budget", "2026-05-20", "et en 2025 les impots directs ont rapporté combien ?", ["1 948 310"], src="budget")
q("budget-14", "budget", "2026-10-12", "la facture d'electricité de la commune en 2025 ?", ["158 236,41"], src="budget")
q("budget-15", "budget", "2026-10-12", "budget electricité 2026", ["165 000"], src="budget")
q("budget-16", "budget", "2026-04-08", "total des dépenses de fonctionnement du budget 2026 ?", ["3 606 000"], src="budget",
  note="BP 2026, réel seulement, sans 023 ni 042")
q("budget-17", "budget", "2026-04-08", "recettes de fonctionnement prévues en 2026 au total", ["3 750 300"], must_not=["3 962 730,18"],
  src="budget", note="réel seulement, sans 002 (212 430,18) ni 042 ; le mauvais total les ajouterait")
q("budget-18", "budget", "2026-04-08", "combien d'investissements prévus en 2026 (dépenses) ?", ["2 653 975,56"], src="budget",
  note="BP 2026, dépenses réelles d'investissement sans 001 ni 040")
q("budget-19", "budget", "2026-07-01", "compte administratif 2025 : total des depenses de fonctionnement ?", ["3 251 500,58"], src="budget")
q("budget-20", "budget", "2026-07-01", "recettes de fonctionnement réalisées en 2025", ["3 781 489,54"], src="budget")
q("budget-21", "budget", "2026-04-08", "le résultat reporté de 2025 dans le budget 2026 c'est combien ?", ["212 430,18"], src="budget",
  note="ligne 002 du BP 2026 (aussi dans D2026-020)")
q("budget-22", "budget", "2026-04-08", "le déficit d'investissement reporté (001) au budget 2026 ?", ["187 254,62"], src="budget")
q("budget-23", "budget", "2026-04-30", "la vente de terrains rapporte combien dans le budget 2026 ?", ["540 000"], src="budget",
  note="BP 2026, 024 (aussi D2026-004)")
q("budget-24", "budget", "2026-05-28", "combien de subventions d'investissement la commune va recevoir en 2026 ?", ["505 000"], src="budget",
  note="BP 2026, chapitre 13 : 345 000 + 120 000 + 40 000")
q("budget-25", "budget", "2026-05-28", "le departement subventionne combien les investissements en 2026 ?", ["120 000"], src="budget",
  note="BP 2026, 1323")
q("budget-26", "budget", "2026-03-03", "combien ont couté les indemnités des élus en 2025 ?", ["95 880,16"], src="budget")
q("budget-27", "budget", "2026-05-15", "combien la commune verse aux pompiers en 2026 ?", ["142 600"], src="budget",
  note="6553 Service d'incendie")
q("budget-28", "budget", "2026-09-03", "combien a couté la nourriture de la cantine en 2025 ?", ["176 508,93"], src="budget",
  note="CA 2025, 60623 Alimentation")
q("budget-29", "budget", "2026-09-03", "les familles ont payé combien pour la cantine et le périscolaire en 2025 ?", ["291 877,62"],
  src="budget", note="CA 2025, 7067")
q("budget-30", "budget", "2026-06-09", "la taxe d'aménagement c combien en 2026 ?", ["96 000"], src="budget")
q("budget-31", "budget", "2026-06-09", "les charges à caractère général du budget 2026 ?", ["914 700"], src="budget", note="chapitre 011")
q("budget-32", "budget", "2026-11-03", "combien le FCTVA a rapporté en 2025 ?", ["121 604"], src="budget")

# ---------------------------------------------------------------- annuaire
q("annuaire-01", "annuaire", "2026-05-16", "la pharmacie est ouverte cet aprem ?", ["Pharmacie du Cens"], starts="oui", now="14:30",
  note="samedi 16 mai : 14h-17h")
q("annuaire-02", "annuaire", "2026-03-04", "numero du docteur le bihan", ["02 40 57 33 01"], src="acteur")
q("annuaire-03", "annuaire", "2026-03-09", "y a une boulangerie ouverte le lundi matin ?", ["Le Pain des Perrières"], now="07:45", src="acteur")
q("annuaire-04", "annuaire", "2026-03-09", "le fournil du cens est ouvert le lundi ?", [], starts="non", src="acteur")
q("annuaire-05", "annuaire", "2026-03-11", "boulangerie des perrieres ouverte le mercredi ?", [], starts="non", src="acteur")
q("annuaire-06", "annuaire", "2026-02-08", "la médiathèque est ouverte le dimanche ?", [], starts="oui", src="acteur")
q("annuaire-07", "annuaire", "2026-02-09", "mediatheque ouverte le lundi ?", [], starts="non", src="acteur")
q("annuaire-08", "annuaire", "2026-10-10", "l'agence postale est ouverte ce matin ?", [], starts="oui", now="09:30", src="acteur")
q("annuaire-09", "annuaire", "2026-10-12", "la poste ouverte le lundi ?", [], starts="non", src="acteur")
q("annuaire-10", "annuaire", "2026-07-08", "tel du veterinaire stp", ["02 40 57 37 70"], src="acteur")
q("annuaire-11", "annuaire", "2026-07-08", "y a un dentiste a la breviere ?", ["02 40 57 34 60"], src="acteur")
q("annuaire-12", "annuaire", "2026-01-14", "num du kiné", ["02 40 57 34 20"], src="acteur")
q("annuaire-13", "annuaire", "2026-01-14", "il me faut une infirmiere pour des piqures a domicile", ["02 40 57 33 10"], src="acteur")
q("annuaire-14", "annuaire", "2026-11-30", "un taxi pour aller au chu de nantes ?", ["06 07 44 18 62"], src="acteur")
q("annuaire-15", "annuaire", "2026-08-27", "qui est le president du club de foot ?", ["Karim Benali"], src="acteur")
q("annuaire-16", "annuaire", "2026-08-27", "contact du club de basket pour inscrire ma fille", ["06 33 21 58 47"], src="acteur")
q("annuaire-17", "annuaire", "2026-09-02", "mon fils voudrait prendre des cours de skate, qui contacter ?", ["06 58 90 12 34"], src="acteur")
q("annuaire-18", "annuaire", "2026-09-02", "y a une troupe de theatre amateur ?", ["Les Tréteaux du Cens"], src="acteur")
q("annuaire-19", "annuaire", "2026-09-02", "ou faire du ping pong a la breviere ?", ["Brévière Tennis de Table"], src="acteur")
q("annuaire-20", "annuaire", "2026-01-21", "numero de la creche", ["02 40 57 38 40"], src="acteur")
q("annuaire-21", "annuaire", "2026-01-21", "je cherche la liste des assistantes maternelles", ["02 40 57 38 42"], src="acteur")
q("annuaire-22", "annuaire", "2026-03-16", "la pizzeria est ouverte le lundi soir ?", [], starts="non", now="19:00", src="acteur")
q("annuaire-23", "annuaire", "2026-03-15", "creperie ouverte ce soir ?", [], starts="non", now="18:30", src="acteur",
  note="dimanche : seulement 12h-14h")
q("annuaire-24", "annuaire", "2026-03-15", "le supermarché est ouvert le dimanche matin ?", ["Les Halles du Cens"], starts="oui", src="acteur")
q("annuaire-25", "annuaire", "2026-03-15", "le tabac le terminus ouvre le dimanche ?", [], starts="oui", src="acteur")
q("annuaire-26", "annuaire", "2026-10-26", "garage pour reparer ma voiture", ["02 40 57 38 00"], src="acteur")
q("annuaire-27", "annuaire", "2026-10-26", "numero de la police municipale", ["02 40 57 31 30"], src="acteur")
q("annuaire-28", "annuaire", "2026-06-01", "le coiffeur est ouvert le lundi ?", [], starts="non", src="acteur")
q("annuaire-29", "annuaire", "2026-02-24", "numero d'erdre et cens communauté", ["02 40 57 60 00"], src="acteur")
q("annuaire-30", "annuaire", "2026-04-14", "c qui le president des jardiniers de la gagnerie ?", ["Michel Cadoret"], src="acteur")
q("annuaire-31", "annuaire", "2026-04-14", "comité des fêtes contact", ["06 47 85 22 10"], src="acteur")
q("annuaire-32", "annuaire", "2026-03-23", "tel de l'ecole saint joseph", ["02 40 57 34 88"])
q("annuaire-33", "annuaire", "2026-10-19", "le club des ainés c'est quel jour ?", ["jeudi"], src="acteur")

# ---------------------------------------------------------------- mairie
q("mairie-01", "mairie", "2026-03-09", "la mairie est ouverte cet aprem ?", [], starts="non", now="13:10", src="commune",
  note="lundi : matin seulement")
q("mairie-02", "mairie", "2026-03-12", "mairie ouverte samedi matin ?", [], starts="oui", src="commune")
q("mairie-03", "mairie", "2026-03-11", "je peux passer a la mairie a 18h aujourd'hui ?", [], starts="oui", now="16:00", src="commune",
  note="mercredi : 14h-18h30")
q("mairie-04", "mairie", "2026-01-05", "tel mairie", ["02 40 57 31 20"], src="commune")
q("mairie-05", "mairie", "2026-01-05", "c koi le mail de la mairie", ["accueil@labreviere-sur-cens.fr"], src="commune")
q("mairie-06", "mairie", "2026-09-08", "qui est maire de la breviere en ce moment ?", ["Anne-Sophie Guérinel"], src="commune")
q("mairie-07", "mairie", "2026-09-08", "adresse de la mairie ?", ["3 place de la Mairie"], src="commune")
q("mairie-08", "mairie", "2026-02-02", "code postal de la breviere sur cens", ["44372"], src="commune")
q("mairie-09", "mairie", "2026-07-10", "la mairie sera ouverte le 14 juillet ?", [], starts="non", src="commune", note="PH off")
q("mairie-10", "mairie", "2026-05-29", "mairie ouverte le vendredi apres midi ?", [], starts="non", src="commune")
q("mairie-11", "mairie", "2026-11-16",
  "Madame, Monsieur, je dois déposer en main propre un dossier de demande de subvention pour notre association. Je ne suis disponible que le jeudi après-midi. La mairie est-elle ouverte ce jour-là ? Je vous remercie par avance. Bien cordialement.",
  [], starts="oui", src="commune", note="jeudi : 14h-17h30")

# ---------------------------------------------------------------- hors sujet / non publié
q("hors-01", "hors_sujet", "2026-04-04", "il va pleuvoir demain a la breviere ?", fallback=True)
q("hors-02", "hors_sujet", "2026-09-21", "qui a gagné le match de l'US Brévière hier ?", fallback=True)
q("hors-03", "hors_sujet", "2026-03-03", "c combien le prix de l'eau au m3 a la breviere ?", fallback=True,
  note="aucun fichier ne donne le prix de l'eau")
q("hors-04", "hors_sujet", "2026-02-02", "une recette de galettes de ble noir stp", fallback=True)
q("hors-05", "hors_sujet", "2026-05-05", "combien coute le permis de conduire en auto ecole ?", fallback=True)
q("hors-06", "hors_sujet", "2026-06-29", "les horaires de la piscine municipale ?", fallback=True,
  note="la commune n'a pas de piscine")
q("hors-07", "hors_sujet", "2026-01-09", "ecris moi un poeme sur le cens", fallback=True)
q("hors-08", "hors_sujet", "2026-10-14", "comment s'appelle le directeur de l'école saint-joseph ?", fallback=True,
  note="l'annuaire ne nomme que la directrice de l'école publique")
q("hors-09", "hors_sujet", "2026-06-16", "il fera beau pour la fete de la musique ?", fallback=True)
q("hors-10", "hors_sujet", "2026-11-04", "combien de places y a t il a la creche en ce moment de libre ?", fallback=True,
  note="l'annuaire donne la capacité (24 places), pas les places libres")
q("hors-11", "hors_sujet", "2026-03-27", "tu peux m'aider pour mon devoir de maths ?", fallback=True)

# ---------------------------------------------------------------- multi-turn
s("session-01", "budget", "2026-05-12", [
    ("combien pour le personnel dans le budget 2026 ?", ["2 139 000"]),
    ("et en 2025 ?", ["1 892 818,32"]),
], note="BP 2026 puis CA 2025, chapitre 012")
s("session-02", "deliberation", "2026-02-10", [
    ("tarif garderie pour un qf de 700 ?", ["0,80 €"]),
    ("et pour un qf de 1200 ?", ["1,25 €"]),
], note="D2025-098")
s("session-03", "arrete", "2026-02-16", [
    ("la rue de la gare est fermée le 20 février ?", ["2026-008"]),
    ("on passe par ou alors ?", ["rue des Tisserands"]),
], note="phase 1 de 2026-008")
s("session-04", "annuaire", "2026-05-13", [
    ("numero de la pharmacie ?", ["02 40 57 32 40"]),
    ("elle est ouverte le samedi ?", ["Pharmacie du Cens"]),
], note="Pharmacie du Cens : samedi 9h-12h30 et 14h-17h")

ids = [c["id"] for c in CASES]
assert len(ids) == len(set(ids))
with open(OUT, "w", encoding="utf-8") as f:
    f.write("# La Brévière-sur-Cens (commune-af) — residents' questions, written blind on 2026-12-06.\n")
    yaml.safe_dump(CASES, f, allow_unicode=True, sort_keys=False, width=120)
from collections import Counter
print(len(CASES), Counter(c["kind"] for c in CASES))
