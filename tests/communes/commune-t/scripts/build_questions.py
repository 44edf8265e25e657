"""Écrit questions.yml à partir de la liste ci-dessous (plus sûr que d'écrire le YAML à la main)."""
import pathlib, yaml
OUT = pathlib.Path(__file__).resolve().parent.parent / "questions.yml"
T = "2026-12-05"   # samedi
Q = []
def c(id, kind, q, must=(), must_not=(), starts=None, today=T, now=None, src=None, note=None, fallback=False):
    d = {"id": id, "kind": kind, "today": today}
    if now: d["now"] = now
    d["question"] = q
    d["must"] = list(must)
    if must_not: d["must_not"] = list(must_not)
    if starts: d["starts_with"] = [starts]
    d["fallback"] = fallback
    if src: d["source_kind"] = src
    if note: d["note"] = note
    Q.append(d)

# ---------------- fiches
c("fiche-01","fiche","bjr je dois refaire ma carte d identité elle est perimée, je fais comment ?",["ants.gouv.fr"],src="fiche")
c("fiche-02","fiche","Bonjour, comment je peux avoir un extrait de naissance ? je suis né a villebreval en 1987",["8 jours"],src="fiche")
c("fiche-03","fiche","inscription ecole pour la rentrée de septembre ca se passe quand ?",["1er février","31 mars"],src="fiche")
c("fiche-04","fiche","on reserve la cantine ou ?? sur un site ?",["Portail Famille"],src="fiche")
c("fiche-05","fiche","c'est quoi la date limite pour réserver la cantine de la semaine d'après",["jeudi"],src="fiche")
c("fiche-06","fiche","la garderie du soir ferme a quelle heure svp",["19h00"],src="fiche")
c("fiche-07","fiche","Bonjour, nous venons d'emménager à Villebréval avec nos deux enfants. Quelles démarches faut-il faire en arrivant ? Merci d'avance",["listes électorales"],src="fiche")
c("fiche-08","fiche","mon fils va avoir 16 ans il doit se faire recenser ? il a combien de temps",["3 mois"],src="fiche")
c("fiche-09","fiche","poubelle jaune ramassée quel jour",["mercredi"],src="fiche")
c("fiche-10","fiche","comment jeter un vieux canapé et un matelas ?",["0 800 91 29 50"],src="fiche")
c("fiche-11","fiche","on a le droit de passer la tondeuse le dimanche aprem ?",["10h00","12h00"],starts="non",src="fiche",
  note="fiche : le dimanche et les jours fériés de 10h00 à 12h00 seulement")
c("fiche-12","fiche","je demenage fin janvier, comment on fait pour avoir des places pour le camion devant chez moi",["10 jours"],src="fiche")
c("fiche-13","fiche","le marché c'est quels jours ?",["mercredi","samedi"],src="fiche")
c("fiche-14","fiche","on veut se marier en juin, on doit déposer le dossier combien de temps avant ?",["2 mois"],src="fiche")
c("fiche-15","fiche","le skate park c ouvert jusqu a quelle heure le soir",["21h00"])
c("fiche-16","fiche","combien de caution pour la salle des fetes ?",["800 €"])
c("fiche-17","fiche","j'ai perdu mon portefeuille dans la rue hier, qqn l'a peut etre rapporté ? c'est où ?",["5 rue Pasteur"])
c("fiche-18","fiche","on part 3 semaines en vacances, la police peut passer surveiller la maison ?",["gratuit"],starts="oui",src="fiche")
c("fiche-19","fiche","je veux juste changer mes fenetres, faut un permis de construire ?",["déclaration préalable"],starts="non",src="fiche")
c("fiche-20","fiche","jsuis au chomage et j'arrive plus a payer mes factures, qui peut m'aider a la mairie ?",["01 69 42 10 40"],src="fiche")
c("fiche-21","fiche","le quotient familial faut le refaire chaque année ? avant quand ?",["30 septembre"],src="fiche")
c("fiche-22","fiche","Madame, Monsieur, je me permets de vous écrire car un tag a été fait cette nuit sur la façade de ma maison, côté rue. Je voudrais savoir s'il existe un service de la ville pour l'effacer et ce que cela coûte. Je vous remercie par avance de votre réponse. Cordialement, M. Perrin",["gratuitement"],src="fiche")
c("fiche-23","fiche","Bonjour, ma fille de 7 ans voudrait commencer le violon. Nous sommes nouveaux dans la commune : quand peut-on l'inscrire au conservatoire ? Merci beaucoup",["septembre"],src="fiche")

# ---------------- arrêtés
c("arrete-01","arrete","avenue de la gare en travaux jusqu'a quand ?? ca fait 3 semaines que c'est le bazar",["18 décembre"],src="arrete")
c("arrete-02","arrete","Encore des travaux avenue de la gare !!! et le bus 12 il passe par où maintenant pour aller au RER ???",["rue des Tilleuls"],src="arrete")
c("arrete-03","arrete","je peux me garer sur le parking du marché mercredi matin ?",["2026-012"],starts="non",src="arrete")
c("arrete-04","arrete","c'était quand la brocante cette année ?",["20 septembre"],src="arrete")
c("arrete-05","arrete","je demenage samedi prochain au 14 rue pasteur, les places sont bien reservées ?",["14 rue Pasteur"],starts="oui",src="arrete",
  note="arrêté 2026-110 : le samedi 12 décembre 2026")
c("arrete-06","arrete","c koi la vitesse max dans le centre ville",["30 km/h"],src="arrete")
c("arrete-07","arrete","on a le droit de boire une biere devant la gare le soir vers 22h ?",["20h00"],starts="non",src="arrete")
c("arrete-08","arrete","Les ouvriers du chantier d'en face commencent à 7h le samedi matin avec le marteau-piqueur, c'est inadmissible !! ils ont le droit ??",["9h00"],starts="non",src="arrete",
  note="arrêté 2024-077 : le samedi de 9h00 à 12h00")
c("arrete-09","arrete","aquaval c ouvert demain ?",["13 décembre"],starts="non",src="arrete",note="dimanche 6 décembre : piscine fermée pour vidange jusqu'au 13 décembre")
c("arrete-10","arrete","la piscine rouvre quand ? on est venus pour rien avec les enfants",["13 décembre"],src="arrete")
c("arrete-11","arrete","des travaux rue des tilleuls à partir du 14 ?",["Enedis"],starts="oui",src="arrete")
c("arrete-12","arrete","pour le marché de noel on pourra se garer place de l'eglise samedi 12 ?",["2026-106"],starts="non",src="arrete")
c("arrete-13","arrete","les petards pour le nouvel an c autorisé ?",["2 janvier 2027"],starts="non",src="arrete")
c("arrete-14","arrete","la rue du moulin va etre barrée en janvier ?",["11 janvier"],starts="oui",src="arrete")
c("arrete-15","arrete","camping car garé devant chez moi depuis 4 jours, il a le droit ??",["24 heures"],starts="non",src="arrete")
c("arrete-16","arrete","rue des ecoles fermée aux voitures le matin a quelle heure ?",["8h15"],src="arrete")
c("arrete-17","arrete","circulation alternée avenue de corbeil ca dure jusqu'à quand",["11 décembre"],src="arrete")
c("arrete-18","arrete","le cimetière ferme a quelle heure en ce moment ?",["17h30"],src="arrete",note="horaires d'hiver du 1er novembre au 31 mars")
c("arrete-19","arrete","mon chien peut aller avec nous dans l'aire de jeux du square louise michel ? il est en laisse",["2026-015"],starts="non",src="arrete")

# ---------------- délibérations
c("delib-01","deliberation","prix du repas a la cantine pour un adulte ?",["6,80 €"],src="deliberation")
c("delib-02","deliberation","combien coute la garderie du soir ?",["1,10 €","4,30 €"],src="deliberation")
c("delib-03","deliberation","Bonjour, combien coûte l'inscription au conservatoire pour un enfant qui habite la commune ? merci",["168 €","492 €"],src="deliberation")
c("delib-04","deliberation","entrée piscine enfant c combien",["2,60 €"],src="deliberation")
c("delib-05","deliberation","la carte 10 entrées à la piscine elle coute combien ?",["35,00 €"],src="deliberation")
c("delib-06","deliberation","combien le club de foot touche de la mairie ?",["18 500 €"],src="deliberation")
c("delib-07","deliberation","les restos du coeur ont eu une subvention de la ville cette année ?",["2 500 €"],starts="oui",src="deliberation")
c("delib-08","deliberation","le parking relais de la gare il est géré par qui maintenant ?",["Stationéo"])
c("delib-09","deliberation","abonnement au parking de la gare pour les habitants, c'est combien max par mois ?",["28 €"],src="deliberation")
c("delib-10","deliberation","taux taxe fonciere 2026 villebreval ?",["39,12 %"],src="deliberation")
c("delib-11","deliberation","le budget 2026 il a été voté à l'unanimité ?",[],starts="non",src="deliberation",note="DEL-2026-013 : 25 pour, 7 contre")
c("delib-12","deliberation","l'assainissement va couter combien le m3 en 2027 ?",["1,48 €"],src="deliberation")
c("delib-13","deliberation","louer la salle georges brassens un week end ca revient a combien ?",["520 €"],src="deliberation")
c("delib-14","deliberation","stationnement payant à la gare c'est combien de l'heure ?",["1,50 €"],src="deliberation")
c("delib-15","deliberation","C'est scandaleux, la cantine a encore augmenté ! c'était combien l'an dernier pour la tranche A ?",["0,90 €"],src="deliberation",
  note="DEL-2025-038 : tarifs de septembre 2025, 0,90 € en tranche A")
c("delib-16","deliberation","la ville va embaucher des policiers municipaux ?",["deux postes"],starts="oui",src="deliberation")

# ---------------- budget (montants : expected_budget.py)
c("budget-01","budget","combien la ville depense pour le personnel en 2026 ?",["8 481 000"],must_not=["8 261 928"],src="budget",note="BP 2026, chapitre 012")
c("budget-02","budget","budget 2026 : combien pour les subventions aux associations ?",["172 000"],src="budget",note="BP 2026, compte 6574")
c("budget-03","budget","total des dépenses de fonctionnement prévues au budget 2026 ?",["11 592 950"],must_not=["1 340 250"],src="budget",note="réel seulement, sans 023/042")
c("budget-04","budget","combien la commune rembourse d'emprunts cette année ?",["712 400"],must_not=["900 000"],src="budget",note="BP 2026, 1641 en dépense")
c("budget-05","budget","l'an dernier l'électricité des batiments communaux a coûté combien ?",["471 382,64 €"],src="budget",note="CA 2025, 60612 réalisé")
c("budget-06","budget","combien les impots locaux ont rapporté à la ville en 2025 ?",["7 688 419"],src="budget",note="CA 2025, 73111 réalisé")
c("budget-07","budget","les intérêts de la dette payés en 2025 ?",["155 284,36 €"],src="budget",note="CA 2025, 66111 réalisé")
c("budget-08","budget","le résultat reporté au budget 2026 c'est combien ?",["1 340 250,45 €"],src="budget",note="002 du BP 2026")
c("budget-09","budget","la décision modificative de 2026 a rajouté combien pour la voirie ?",["85 000"],must_not=["1 250 000"],src="budget",note="DM n° 1 2026, compte 2152")
c("budget-10","budget","budget assainissement 2026 : combien pour les travaux sur les réseaux ?",["1 180 000"],src="budget",note="budget annexe, BP 2026, 21532")
c("budget-11","budget","la redevance d'assainissement a rapporté combien en 2025 ?",["1 023 645,92 €"],src="budget",note="budget annexe, CA 2025, 70611")
c("budget-12","budget","combien d'investissements prévus au budget 2026 de la ville ?",["4 750 000"],must_not=["418 320"],src="budget",note="BP 2026, dépenses réelles d'investissement sans 001")

# ---------------- annuaire
c("annuaire-01","annuaire","numero de la pharmacie de la gare",["01 69 42 20 30"],src="acteur")
c("annuaire-02","annuaire","la pharmacie des tilleuls est ouverte lundi matin ?",[],starts="non",src="acteur",note="Mo 14:30-19:30 seulement")
c("annuaire-03","annuaire","y a un pédiatre à villebreval ?",["Amandine Roux"],src="acteur")
c("annuaire-04","annuaire","je cherche un medecin traitant qui prend encore des nouveaux patients",["Benali"],src="acteur")
c("annuaire-05","annuaire","tel police municipale",["01 69 42 10 17"],src="acteur")
c("annuaire-06","annuaire","la médiathèque est ouverte le lundi ?",[],starts="non",src="acteur")
c("annuaire-07","annuaire","le conservatoire c'est à quelle adresse ?",["9 rue Victor-Hugo"],src="acteur")
c("annuaire-08","annuaire","club de judo pour ma fille de 5 ans, vous avez un contact ?",["06 22 41 17 05"],src="acteur")
c("annuaire-09","annuaire","le ccas il est où ?",["2 place du Général-de-Gaulle"])
c("annuaire-10","annuaire","ou faire une prise de sang sans rdv",["Biolab"],src="acteur")
c("annuaire-11","annuaire","un dentiste ouvert le samedi matin ?",["Cabinet dentaire des Sablons"],src="acteur")
c("annuaire-12","annuaire","la creche municipale c'est où",["14 allée des Acacias"],src="acteur")
c("annuaire-13","annuaire","je veux porter plainte, le commissariat c ou",["11 avenue de Corbeil"],src="acteur")
c("annuaire-14","annuaire","quel bus pour aller au college marie curie depuis la gare ?",["Ligne de bus 12"],src="acteur")
c("annuaire-15","annuaire","y a une amap pour des paniers de legumes ?",["AMAP des Sablons"],src="acteur")

# ---------------- mairie
c("mairie-01","mairie","la mairie est ouverte cet aprem ?",[],starts="non",now="14:00",src="commune",note="samedi : 09:00-12:00")
c("mairie-02","mairie","tel mairie svp",["01 69 42 10 00"],src="commune")
c("mairie-03","mairie","c'est qui le maire de villebreval ?",["Nadia Ferrand-Loubet"],src="commune")
c("mairie-04","mairie","code postal de villebreval ?",["91295"],src="commune")
c("mairie-05","mairie","la mairie est ouverte jeudi soir vers 18h30 ? je sors du RER a 18h",[],starts="oui",src="commune",note="jeudi jusqu'à 19:00")
c("mairie-06","mairie","adresse mail de la mairie ?",["accueil@villebreval-sur-orge.fr"],src="commune")

# ---------------- hors sujet
H = [
 "c'est quoi les horaires du RER C demain matin pour aller a Austerlitz ?",
 "le RER C est en greve lundi ??",
 "comment je conteste une amende de stationnement sur le site de l'ANTAI",
 "quel temps il fera demain pour le marché ?",
 "la caf m'a pas versé mes APL ce mois ci pourquoi ?",
 "t'as vu le score du PSG hier soir ?",
 "tu peux m'aider pour mon devoir de maths ? résoudre x² = 9",
 "combien coute un pass navigo mensuel en ce moment ?",
 "ou acheter un sapin de noel pas cher dans le coin ?",
 "mon bailleur social refuse de réparer le chauffage depuis 3 semaines, vous pouvez le forcer ?",
]
for i, q in enumerate(H, 1):
    c(f"hors-sujet-{i:02d}","hors_sujet",q,fallback=True)

# ---------------- sessions
def s(id, kind, turns, today=T, now=None, note=None):
    d = {"id": id, "kind": kind, "today": today}
    if now: d["now"] = now
    d["session"] = True
    d["turns"] = []
    for t in turns:
        q, must = t[0], t[1]
        tt = {"question": q, "must": list(must)}
        if len(t) > 2 and t[2].get("must_not"): tt["must_not"] = t[2]["must_not"]
        if len(t) > 2 and t[2].get("starts_with"): tt["starts_with"] = t[2]["starts_with"]
        tt["fallback"] = False
        d["turns"].append(tt)
    if note: d["note"] = note
    Q.append(d)
s("session-01","budget",[("combien pour les salaires des agents au budget 2026 ?",["8 481 000"]),
                         ("et en 2025 ?",["8 261 928,05 €"],{"must_not":["8 481 000"]})],
  note="BP 2026 puis CA 2025, chapitre 012")
s("session-02","arrete",[("l'avenue de la gare est fermée demain ?",["18 décembre"],{"starts_with":["oui"]}),
                         ("et le 21 décembre ?",[],{"starts_with":["non"]})],
  note="arrêté 2026-101 du 16 novembre au 18 décembre 2026")
s("session-03","deliberation",[("tarif cantine tranche A cette année ?",["0,95 €"]),
                               ("et en 2025 ?",["0,90 €"])],
  note="DEL-2026-041 puis DEL-2025-038")
s("session-04","mairie",[("la mairie est ouverte samedi après-midi ?",[],{"starts_with":["non"]}),
                         ("et jeudi soir ?",[],{"starts_with":["oui"]})],
  note="Sa 09:00-12:00 ; Th 13:30-19:00")
DROP = {"fiche-05","fiche-13","fiche-16","fiche-17","arrete-10","arrete-16","arrete-19","delib-09","delib-14","annuaire-09","annuaire-12","annuaire-15"}
Q = [q for q in Q if q["id"] not in DROP]
OUT.write_text("# Questions des habitants de Villebréval-sur-Orge (commune fictive), écrites à l'aveugle le 2026-12-05.\n"
               + yaml.safe_dump(Q, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
from collections import Counter
print(len(Q), Counter(q["kind"] for q in Q))
