#!/usr/bin/env python3
"""Write ../questions.yml (residents' questions for commune-ap, Bois-Tamarin)."""
import os
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = []


def q(id, kind, today, question, must=None, now=None, must_not=None, starts_with=None, source_kind=None, note=None):
    c = {"id": id, "kind": kind, "today": today}
    if now:
        c["now"] = now
    c["question"] = question
    if must:
        c["must"] = must
    if must_not:
        c["must_not"] = must_not
    if starts_with:
        c["starts_with"] = starts_with
    if source_kind:
        c["source_kind"] = source_kind
    if note:
        c["note"] = note
    CASES.append(c)


def hs(id, today, question, note=None):
    c = {"id": id, "kind": "hors_sujet", "today": today, "question": question, "fallback": True}
    if note:
        c["note"] = note
    CASES.append(c)


def sess(id, kind, today, turns, note=None):
    c = {"id": id, "kind": kind, "today": today, "session": True, "turns": turns}
    if note:
        c["note"] = note
    CASES.append(c)


F = "fiche"
# ---------------- fiches
q("fiche-01", F, "2026-03-03", "c quel jour les poubelles jaunes", ["mercredi"], source_kind=F)
q("fiche-02", F, "2026-05-11", "slt le ramassage des ordures c koi les jours ?", ["lundi", "jeudi"], source_kind=F)
q("fiche-03", F, "2026-06-02", "on peut mettre les branches et les feuilles dehors quand pour qu'ils les ramassent", ["vendredi"], source_kind=F)
q("fiche-04", F, "2026-04-14", "je dois me debarrasser d'un vieux frigo comment je fais", ["0800 974 000"], source_kind=F)
q("fiche-05", F, "2026-07-08", "la decheterie elle ouvre le dimanche ?", ["12 h"], starts_with=["oui"], note="fiche encombrants and directory: Su 07:00-12:00")
q("fiche-06", F, "2026-10-05", "combien coute le repas a la cantine pour mon fils", ["2,30 €"], source_kind=F, note="since 1 Sept 2026 (DEL2026-046); the fiche also gives last tariff, so no must_not")
q("fiche-07", F, "2026-03-10", "prix cantine pour un enfant svp", ["2,20 €"], note="in March 2026 the January tariff applies (DEL2025-078)")
q("fiche-08", F, "2026-02-17", "comment faire un passeport quand on habite bois tamarin", ["ants"], source_kind=F, note="no recueil device in the commune")
q("fiche-09", F, "2026-08-20", "ma carte d'identité est perimée je fais comment svp", ["ants"], source_kind=F)
q("fiche-10", F, "2026-05-05", "Bonjour, je prépare mon dossier de retraite et on me demande une copie de mon acte de naissance. Je suis né à Bois-Tamarin. Comment puis-je l'obtenir ? Merci d'avance.", ["gratuit"], source_kind=F)
q("fiche-11", F, "2026-09-14", "on veut se marier l'an prochain faut deposer le dossier combien de temps avant", ["2 mois"], source_kind=F)
q("fiche-12", F, "2026-06-10", "pacs en mairie c possible ?", ["02 62 51 40 10"], source_kind=F)
q("fiche-13", F, "2026-04-02", "mon fils a eu 16 ans la semaine derniere il doit faire quoi a la mairie", ["recens"], source_kind=F)
q("fiche-14", F, "2026-01-20", "comment s'inscrire pour voter", ["justificatif de domicile"], source_kind=F)
q("fiche-15", F, "2026-05-19", "je veux agrandir ma case avec une varangue de 25 m2 faut un permis ?", ["permis de construire"], source_kind=F)
q("fiche-16", F, "2026-03-24", "le service urbanisme il recoit quels jours", ["mardi", "jeudi"], source_kind=F)
q("fiche-17", F, "2026-07-21", "pour faire un mur de cloture devant chez moi il faut une autorisation ?", ["déclaration préalable"], source_kind=F)
q("fiche-18", F, "2026-02-24", "Bonjour, combien pour louer la case de piton goyaves pour un anniversaire ? J'habite la commune. Merci", ["150 €"], source_kind=F, note="2026 tariff (DEL2025-079)")
q("fiche-19", F, "2026-11-30", "location salle communale pour quelqu'un de st pierre c combien", ["300 €"], note="2026 tariff for non-residents; 2027 = 320 €")
q("fiche-20", F, "2026-04-28", "prix d'une concession 30 ans au cimetiere", ["350 €"])
q("fiche-21", F, "2026-06-16", "le cimetiere ferme a quelle heure", ["18 h"])
q("fiche-22", F, "2026-08-03", "ya un chien errant qui traine devant l'ecole qui appeler", ["02 62 51 40 17"])
q("fiche-23", F, "2026-03-15", "jusqu'a quelle heure je peux passer la debroussailleuse le samedi", ["19 h"], note="fiche bruit / arrêté 2026-015")
q("fiche-24", F, "2026-06-09", "ya plus d'eau au robinet chez moi j'appelle qui", ["0262 30 45 45"], source_kind=F)
q("fiche-25", F, "2026-11-18", "comment on se prepare pour la saison des cyclones", ["radio"], source_kind=F)
q("fiche-26", F, "2026-01-28", "en cas de cyclone ou on peut aller dormir si la maison est pas solide", ["gymnase Jean-Rivière"])
q("fiche-27", F, "2026-05-06", "c quand le marché forain", ["samedi", "5 h 30"])
q("fiche-28", F, "2026-04-20", "c quand la fet sousou cette annee", ["31 mai"], note="Fèt Sousou = Fête du Chouchou (vocabulaire.txt)")
q("fiche-29", F, "2026-05-25", "a quelle heure le feu d'artifice de la fete du chouchou", ["21 h"], note="fiche and PDF 2026-036")
q("fiche-30", F, "2026-07-12", "une belle rando a faire dans le coin ?", ["Piton Goyaves", "7 km"], source_kind=F)
q("fiche-31", F, "2026-03-18", "la mediatheque ferme a quelle heure le mercredi", ["18 h"])
q("fiche-32", F, "2026-09-09", "notre asso de basket est de st joseph, on peut louer le gymnase ? c combien", ["25 €"])
q("fiche-33", F, "2026-10-13", "comment faire une demande de logement social", ["CCAS"], source_kind=F)
q("fiche-34", F, "2026-02-09", "apres le cyclone on a tout perdu, la commune peut nous aider ?", ["02 62 51 40 20"])
q("fiche-35", F, "2026-08-25", "le lampadaire devant chez moi marche plus depuis 1 semaine", ["02 62 51 40 40"])
q("fiche-36", F, "2026-06-30", "je veux mettre une benne sur la route pour mes travaux je dois demander ?", ["10 jours"], source_kind=F)
q("fiche-37", F, "2026-03-27", "ou se trouve la police municipale", ["4 rue de l'Hôtel-de-Ville"])

A = "arrete"
# ---------------- arrêtés
q("arrete-01", A, "2026-03-14", "on peut se baigner au bassin des hirondelles ce week-end ?", ["2026-003"], starts_with=["non"], source_kind=A)
q("arrete-02", A, "2026-04-18", "baignade au bassin zandolis c de nouveau autorisé ?", ["2026-027"], starts_with=["oui"], source_kind=A)
q("arrete-03", A, "2026-04-18", "on peut se baigner a cascade blanche cet aprem ?", ["2026-028"], starts_with=["non"], source_kind=A, note="permanent ban since 11/04 while other basins reopen")
q("arrete-04", A, "2026-02-02", "le radier de bras citron est fermé demain ?", ["2026-006"], starts_with=["oui"], source_kind=A)
q("arrete-05", A, "2026-02-12", "on peut passer par le radier de bras-citron aujourd'hui ?", ["2026-009"], starts_with=["non"], source_kind=A, note="2026-009 keeps the radier closed until 20/02")
q("arrete-06", A, "2026-02-06", "le chemin de la ravine citron est rouvert ?", ["2026-009"], starts_with=["oui"], source_kind=A)
q("arrete-07", A, "2026-02-02", "alerte rouge demain, les ecoles sont fermées ?", ["2026-007"], now="19:30", starts_with=["oui"], source_kind=A)
q("arrete-08", A, "2026-02-23", "coupure d'eau demain a piton goyaves ?", ["2026-011", "16 h"], starts_with=["oui"], source_kind=A)
q("arrete-09", A, "2026-02-20", "il parait ya une coupure d'eau a ti-piton, c quel jour ?", ["24 février", "2026-011"], source_kind=A, note="Ti-Piton = Piton Goyaves (vocabulaire.txt)")
q("arrete-10", A, "2026-03-05", "la route du piton goyaves est barrée demain ?", ["2026-012"], starts_with=["oui"], source_kind=A, note="Friday 6 March, weekday closure 8 h 30-16 h 30")
q("arrete-11", A, "2026-03-09", "par ou je passe pendant les travaux sur la RD 46", ["chemin Grand-Fond"], source_kind=A)
q("arrete-12", A, "2026-03-13", "la RD46 est ouverte samedi ?", ["2026-012"], starts_with=["oui"], source_kind=A, note="closure only Monday to Friday")
q("arrete-13", A, "2026-05-04", "les travaux de la route du piton goyaves c fini ?", ["30 avril"], starts_with=["oui"], source_kind=A)
q("arrete-14", A, "2026-05-28", "je peux me garer au parking du stade samedi soir pour le feu d'artifice ?", ["2026-036"], starts_with=["non"], source_kind=A, note="arrêté only in PDF")
q("arrete-15", A, "2026-05-27", "les petards c interdit pendant la fet sousou ?", ["2026-036"], starts_with=["oui"], source_kind=A, note="PDF-only arrêté, article 3")
q("arrete-16", A, "2026-05-26", "la rue du marché sera fermée vendredi ?", ["2026-034"], starts_with=["oui"], source_kind=A)
q("arrete-17", A, "2026-03-22", "je peux passer la tondeuse cet aprem ?", ["2026-015"], now="15:00", starts_with=["non"], note="Sunday: 10 h-12 h only")
q("arrete-18", A, "2026-04-06", "je peux bruler mes dechets verts dans mon jardin", ["2026-018"], starts_with=["non"])
q("arrete-19", A, "2026-04-25", "le sentier du piton goyaves est ouvert ce weekend ?", ["2026-023"], starts_with=["non"], source_kind=A)
q("arrete-20", A, "2026-05-05", "le cimetiere est ouvert demain ?", ["2026-030"], starts_with=["non"], source_kind=A)
q("arrete-21", A, "2026-10-28", "horaires du cimetiere pour la toussaint", ["6 h", "19 h"], source_kind=A, note="2026-061")
q("arrete-22", A, "2026-06-22", "c quoi les travaux sur le chemin grand fond ca dure jusqu'a quand", ["3 juillet"], source_kind=A, note="2026-040")
q("arrete-23", A, "2026-09-19", "on peut faire un barbecue a l'aire de pique nique du piton dimanche ?", ["2026-050"], starts_with=["non"], source_kind=A)
q("arrete-24", A, "2026-08-31", "on peut se garer rue des ecoles le matin pour deposer les enfants ?", ["2026-052"], starts_with=["non"], source_kind=A)
q("arrete-25", A, "2026-05-23", "je peux me garer place de l'eglise ce matin ?", ["2026-001"], now="08:00", starts_with=["non"], source_kind=A, note="Saturday, market day")
q("arrete-26", A, "2026-12-04", "le radier bras citron c ouvert ?", ["2026-064"], starts_with=["non"], source_kind=A)
q("arrete-27", A, "2026-12-07", "quelles mesures pour la saison cyclonique cette année", ["2026-058"], source_kind=A)
q("arrete-28", A, "2026-07-15", "on a le droit de boire une biere sur la place de l'eglise vers 23h ?", ["2026-045"], starts_with=["non"], source_kind=A)
q("arrete-29", A, "2026-03-25", "vitesse maxi devant l'ecole", ["30 km/h"], source_kind=A, note="2026-021")
q("arrete-30", A, "2026-11-25", "arrêté 2026-036 c quoi", ["stade Paul-Fontaine"], source_kind=A)
q("arrete-31", A, "2026-03-10", "les chiens doivent etre tenus en laisse dans la rue ?", ["2026-016"], starts_with=["oui"], source_kind=A)

N = "annuaire"
# ---------------- annuaire
q("annuaire-01", N, "2026-03-09", "numero du docteur", ["02 62 51 60"], source_kind="acteur", note="two GPs: 02 62 51 60 10 and 02 62 51 60 22")
q("annuaire-02", N, "2026-03-08", "la pharmacie ouvre le dimanche ?", ["Pharmacie des Hauts"], starts_with=["oui"], source_kind="acteur")
q("annuaire-03", N, "2026-06-20", "pharmacie de piton goyaves ouverte cet aprem ?", ["12"], now="15:00", starts_with=["non"], source_kind="acteur", note="Saturday, Sa 08:00-12:00")
q("annuaire-04", N, "2026-04-15", "tel du kiné", ["02 62 51 62 30"], source_kind="acteur")
q("annuaire-05", N, "2026-05-20", "un dentiste a bois tamarin ?", ["Cabinet dentaire des Hauts"], source_kind="acteur")
q("annuaire-06", N, "2026-04-13", "la boulangerie est ouverte aujourd'hui ?", ["Fournil Créole"], starts_with=["non"], source_kind="acteur", note="Monday; Tu-Su only")
q("annuaire-07", N, "2026-07-19", "a quelle heure ferme la boutique chinois le dimanche", ["12 h 30"], source_kind="acteur")
q("annuaire-08", N, "2026-08-08", "un taxi svp numero", ["06 92 51 69 00"], source_kind="acteur")
q("annuaire-09", N, "2026-02-18", "veterinaire pour mon chien", ["02 62 51 69 40"], source_kind="acteur")
q("annuaire-10", N, "2026-10-06", "horaires de la poste", ["13 h 30"], source_kind="acteur")
q("annuaire-11", N, "2026-07-19", "station essence ouverte cet aprem ?", ["13 h"], now="14:00", starts_with=["non"], source_kind="acteur", note="Sunday, Su 07:00-13:00")
q("annuaire-12", N, "2026-09-22", "garage pour reparer ma voiture", ["Payet Frères"], source_kind="acteur")
q("annuaire-13", N, "2026-06-05", "un resto cari feu de bois dans le coin", ["Tonton Lulu"], source_kind="acteur")
q("annuaire-14", N, "2026-08-27", "contact du club de foot", ["06 92 51 67 40"], source_kind="acteur")
q("annuaire-15", N, "2026-05-02", "ya un club de rando ?", ["Marcheurs du Piton"], source_kind="acteur")
q("annuaire-16", N, "2026-04-09", "le gite a piton goyaves c quoi le numero", ["06 92 51 66 00"], source_kind="acteur")
q("annuaire-17", N, "2026-11-03", "infirmiere a domicile", ["06 92 51 70 70"], source_kind="acteur")
q("annuaire-18", N, "2026-02-11", "la croix rouge c ouvert quand", ["mercredi"], source_kind="acteur")
q("annuaire-19", N, "2026-09-01", "numero de l'ecole maternelle", ["02 62 51 42 10"], source_kind="acteur")
q("annuaire-20", N, "2026-03-30", "la gendarmerie la plus proche", ["02 62 27 00 17"], source_kind="acteur")
q("annuaire-21", N, "2026-09-14", "la mediatheque est ouverte aujourd'hui ?", ["Rose-Lauret"], starts_with=["non"], note="Monday")
q("annuaire-22", N, "2026-10-18", "supermarché ouvert dimanche matin ?", ["12 h 30"], starts_with=["oui"], source_kind="acteur", note="Leader Price Su 08:00-12:30, Ah-Soune Su 07:00-12:30")
q("annuaire-23", N, "2026-06-11", "tel mairie annexe de ti piton", ["02 62 51 41 00"], source_kind="acteur", note="Ti-Piton = Piton Goyaves")

B = "budget"
# ---------------- budget (amounts from tools/budget_expected.txt)
q("budget-01", B, "2026-05-12", "combien la commune paie pour le personnel cette annee", ["5 314 800"], source_kind=B, note="BP 2026 chapter 012 voted")
q("budget-02", B, "2026-09-02", "en 2025 combien ça a coûté vraiment les salaires des agents", ["5 149 845,68"], source_kind=B, note="CA 2025 chapter 012 realised")
q("budget-03", B, "2026-06-15", "l'electricité ça coute combien a la commune en 2026", ["428 600"], source_kind=B)
q("budget-04", B, "2026-08-19", "en 2025 la mairie a mis combien d'essence dans ses vehicules", ["81 264,19"], source_kind=B)
q("budget-05", B, "2026-05-26", "les interets de la dette c combien cette annee", ["118 600"], source_kind=B)
q("budget-06", B, "2026-07-01", "combien la commune rembourse d'emprunt en 2026", ["365 400"], source_kind=B, note="1641 dépense, capital")
q("budget-07", B, "2026-04-29", "la dgf 2026 c combien", ["1 984 700"], source_kind=B)
q("budget-08", B, "2026-09-30", "les impots locaux ont rapporté combien en 2025", ["2 893 615"], source_kind=B)
q("budget-09", B, "2026-05-04", "combien pour les assos dans le budget 2026", ["92 500"], source_kind=B)
q("budget-10", B, "2026-06-24", "la commune paie combien aux pompiers", ["396 400"], source_kind=B, note="6553 SDIS, BP 2026")
q("budget-11", B, "2026-10-20", "combien touchent les élus au total dans le budget de cette année", ["148 700"], source_kind=B)
q("budget-12", B, "2026-06-03", "l'octroi de mer rapporte combien a la commune en 2026", ["1 652 300"], source_kind=B)
q("budget-13", B, "2026-05-21", "combien on depense en nourriture pour la cantine en 2026", ["312 400"], source_kind=B, note="60623 Alimentation")
q("budget-14", B, "2026-04-30", "total des dépenses de fonctionnement du budget 2026", ["7 738 600"], source_kind=B, note="réel only, ordre 023/6811 excluded")
q("budget-15", B, "2026-07-07", "les recettes de fonctionnement 2025 au final", ["7 940 048,82"], source_kind=B, note="CA 2025 realised, 002 excluded")
q("budget-16", B, "2026-05-13", "combien la commune va emprunter en 2026", ["900 000"], note="1641 recette BP 2026 and DEL2026-016")
q("budget-17", B, "2026-04-22", "le resultat reporté dans le budget 2026 c combien", ["412 580,37"], source_kind=B, note="002")
q("budget-18", B, "2026-08-12", "combien a été dépensé pour l'entretien des routes en 2025", ["238 451,90"], source_kind=B)
q("budget-19", B, "2026-05-18", "combien d'investissement prevu en 2026", ["2 589 765,85"], source_kind=B, note="investment spending réel without 001")

D = "deliberation"
# ---------------- délibérations
q("delib-01", D, "2026-07-10", "le conseil a voté quoi pour la cantine", ["2,30 €"], source_kind=D, note="DEL2026-046, latest at that date")
q("delib-02", D, "2026-03-04", "combien la mairie a donné au comité des fêtes cette année", ["18 000"], source_kind=D)
q("delib-03", D, "2026-05-30", "subvention du club de foot 2026", ["12 000"], source_kind=D)
q("delib-04", D, "2026-04-20", "les impots fonciers ont augmenté cette année ?", ["38,50"], starts_with=["non"], source_kind=D, note="DEL2026-014 rates unchanged")
q("delib-05", D, "2026-04-15", "le budget 2026 a été voté avec combien de voix contre", ["DEL2026-015"], source_kind=D, note="5 contre, 1 abstention")
q("delib-06", D, "2026-05-07", "la commune a fait un emprunt pour l'ecole ?", ["900 000", "3,15"], starts_with=["oui"], source_kind=D)
q("delib-07", D, "2026-09-08", "le compte administratif 2025 a été approuvé quand", ["23 juin"], source_kind=D)
q("delib-08", D, "2026-04-01", "le maire a été élu avec combien de voix", ["24"], source_kind=D, note="DEL2026-010")
q("delib-09", D, "2026-04-10", "combien d'adjoints au maire", ["huit"], source_kind=D)
q("delib-10", D, "2026-06-06", "prix du metre au marché pour un forain", ["1,50 €"])
q("delib-11", D, "2026-03-02", "le conseil a donné de l'argent pour les sinistrés du cyclone ?", ["5 000"], starts_with=["oui"], source_kind=D)
q("delib-12", D, "2026-10-14", "la nouvelle rue de grand fond s'appelle comment", ["Vavangues"], source_kind=D)
q("delib-13", D, "2026-12-01", "le tarif de la case va changer l'an prochain ?", ["160 €"], starts_with=["oui"], source_kind=D, note="DEL2026-058")
q("delib-14", D, "2026-07-22", "le conseil a créé un poste de policier municipal ?", ["DEL2026-033"], starts_with=["oui"], source_kind=D)
q("delib-15", D, "2026-05-15", "les radiers vont etre refaits ? le conseil a demandé des sous ?", ["450 000"], source_kind=D)
q("delib-16", D, "2026-08-04", "Madame, Monsieur, pourriez-vous m'indiquer ce qu'a décidé le conseil municipal concernant les indemnités du maire et des adjoints ? Je vous remercie. Cordialement, M. Grondin", ["90 %"], source_kind=D)

M = "mairie"
# ---------------- profil
q("mairie-01", M, "2026-04-16", "qui est le maire", ["Payet"])
q("mairie-02", M, "2026-06-18", "code postal de bois tamarin", ["97468"], source_kind="commune")
q("mairie-03", M, "2026-03-13", "la mairie est ouverte samedi ?", ["11 h 30"], starts_with=["oui"], source_kind="commune")
q("mairie-04", M, "2026-09-18", "mairie ouverte vendredi aprem jusqu'a quelle heure", ["15 h 30"], source_kind="commune")
q("mairie-05", M, "2026-02-25", "numero de la mairie", ["02 62 51 40 00"])
q("mairie-06", M, "2026-07-28", "c koi le mail de la mairie", ["accueil@bois-tamarin.re"])
q("mairie-07", M, "2026-05-29", "adresse de la mairie svp", ["2 rue de l'Hôtel-de-Ville"])
q("mairie-08", M, "2026-11-09", "combien d'habitants a bois tamarin", ["6412"], source_kind="commune")
q("mairie-09", M, "2026-04-03", "la mairie est ouverte lundi de paques ?", ["02 62 51 40 00"], starts_with=["non"], note="6 April 2026 is Easter Monday, PH off")
q("mairie-10", M, "2026-10-22", "code insee de la commune", ["97427"], source_kind="commune")
q("mairie-11", M, "2026-01-14", "Madame, Monsieur, je souhaiterais connaître les horaires d'ouverture de la mairie le jeudi afin de venir déposer un dossier. Je vous prie d'agréer mes salutations distinguées.", ["7 h 30", "16 h 30"], source_kind="commune")

# ---------------- hors sujet
hs("hors-01", "2026-05-04", "j'ai mal au dos quel medicament prendre")
hs("hors-02", "2026-03-11", "c quoi les horaires de la mairie de saint-pierre", note="another commune")
hs("hors-03", "2026-06-08", "a quelle heure passe le car jaune pour saint pierre", note="bus timetable absent")
hs("hors-04", "2026-02-16", "combien coute la bouteille de gaz en ce moment")
hs("hors-05", "2026-01-09", "il va pleuvoir demain a bois tamarin ?")
hs("hors-06", "2026-08-17", "combien coute le permis de conduire")
hs("hors-07", "2026-04-27", "c quoi le score du match de la JS dimanche dernier")
hs("hors-08", "2026-12-02", "y a une piscine municipale ?", note="no pool in the files")
hs("hors-09", "2026-09-24", "quand est la prochaine coupure d'electricité EDF", note="only a water cut in the files")
hs("hors-10", "2026-07-30", "je cherche un plombier pas cher", note="no plumber in the directory")
hs("hors-11", "2026-10-27", "c quoi le taux de chomage a la reunion")
hs("hors-12", "2026-06-25", "comment faire une carte grise")
hs("hors-13", "2026-05-08", "le budget 2019 de la commune c combien", note="no 2019 budget published")
hs("hors-14", "2026-11-12", "qui a gagné les elections regionales")
hs("hors-15", "2026-03-19", "ya un cinema a bois tamarin ?")
hs("hors-16", "2026-08-26", "horaires du college pour la rentree", note="no collège in the files")

# ---------------- sessions
sess("session-01", F, "2026-05-02", [
    {"question": "combien coute la case pour un habitant ?", "must": ["150 €"]},
    {"question": "et pour quelqu'un de l'exterieur ?", "must": ["300 €"]}])
sess("session-02", B, "2026-09-10", [
    {"question": "combien pour le personnel dans le budget 2026", "must": ["5 314 800"]},
    {"question": "et en 2025 c'etait combien en vrai ?", "must": ["5 149 845,68"]}])
sess("session-03", A, "2026-03-14", [
    {"question": "on peut se baigner au bassin des hirondelles ?", "must": ["2026-003"]},
    {"question": "et au bassin zandolis ?", "must": ["2026-003"]}], note="both basins under the same ban on 14 March")
sess("session-04", N, "2026-06-27", [
    {"question": "la pharmacie des hauts c quoi le numero", "must": ["02 62 51 61 00"]},
    {"question": "elle ouvre le dimanche ?", "must": ["8 h 30"]}])
sess("session-05", D, "2026-03-06", [
    {"question": "subvention du comité des fetes en 2026", "must": ["18 000"]},
    {"question": "et pour les marcheurs du piton ?", "must": ["2 500"]}])


if __name__ == "__main__":
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with open(os.path.join(HERE, "..", "questions.yml"), "w", encoding="utf-8") as f:
        f.write("# commune-ap (Bois-Tamarin, fictive, La Réunion) — residents' questions, written blind on 2026-12-07\n")
        yaml.safe_dump(CASES, f, allow_unicode=True, sort_keys=False, width=200)
    from collections import Counter
    print(len(CASES), Counter(c["kind"] for c in CASES), sum(1 for c in CASES if c.get("session")))
