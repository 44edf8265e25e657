"""Writes ../questions.yml from the compact list below (yaml.safe_dump keeps the quoting right)."""
import pathlib, yaml

OUT = pathlib.Path(__file__).resolve().parent.parent / "questions.yml"
CASES = []


def q(id, kind, today, question, must=None, must_not=None, yes=None, fallback=False, src=None, now=None, note=None):
    c = {"id": id, "kind": kind, "today": today}
    if now:
        c["now"] = now
    c["question"] = question
    if fallback:
        c["fallback"] = True
    else:
        c["must"] = must
    if must_not:
        c["must_not"] = must_not
    if yes is not None:
        c["starts_with"] = ["oui"] if yes else ["non"]
    if src:
        c["source_kind"] = src
    if note:
        c["note"] = note
    CASES.append(c)


def s(id, kind, today, turns, note=None):
    c = {"id": id, "kind": kind, "today": today, "session": True, "turns": turns}
    if note:
        c["note"] = note
    CASES.append(c)


# ------------------------------------------------------------------ fiches pratiques
q("fiche-01", "fiche", "2026-03-10", "slt c koi les jours de poubelle dans le bourg ?", ["mardi", "vendredi"], src="fiche")
q("fiche-02", "fiche", "2026-07-15", "Est-ce qu'il y a un ramassage des ordures le samedi en été ?", ["samedi"], yes=True, src="fiche",
  note="fiche collecte : collecte supplémentaire le samedi matin du 1er juin au 30 septembre")
q("fiche-03", "fiche", "2026-02-02", "j'habite a la Bessède les poubelles passent quel jour", ["mardi"], src="fiche")
q("fiche-04", "fiche", "2026-04-14", "quand passe le bac jaune ?", ["jeudi", "paires"], src="fiche")
q("fiche-05", "fiche", "2026-12-05", "la decheterie est ouverte aujourd'hui ?", ["Planches"], yes=True,
  note="samedi 5 décembre 2026, horaires d'hiver : mercredi et samedi")
q("fiche-06", "fiche", "2026-12-07", "je peux aller a la dechetterie demain ?", ["Planches"], yes=False,
  note="demain = mardi 8 décembre : fermée le mardi (et l'hiver ouverte mercredi et samedi seulement)")
q("fiche-07", "fiche", "2026-11-20", "horaires d'hiver de la déchèterie ?", ["mercredi", "samedi"])
q("fiche-08", "fiche", "2026-05-20", "comment je me debarasse de mon vieux frigo et d'un canapé ?", ["premier lundi", "15 €"], src="fiche")
q("fiche-09", "fiche", "2026-05-20", "Les encombrants c'est payant pour ma mère ? elle a 81 ans", ["75 ans"], yes=False, src="fiche")
q("fiche-10", "fiche", "2026-10-03", "je peux bruler mes branches de haie dans mon jardin au Cros ?", ["interdit"], yes=False)
q("fiche-11", "fiche", "2026-10-03", "la mairie prete un broyeur a vegetaux ?", ["broyeur"], yes=True, src="fiche")
q("fiche-12", "fiche", "2026-01-12", "je dois refaire ma carte d'identité, je peux la faire à la mairie de St Aurèle ?", ["Pontvieux"], yes=False, src="fiche")
q("fiche-13", "fiche", "2026-01-12", "combien coute un passeport", ["86 €"], src="fiche")
q("fiche-14", "fiche", "2026-02-18", "Comment obtenir un extrait d'acte de naissance ? Je suis né à Saint-Aurèle.", ["gratuit"], src="fiche")
q("fiche-15", "fiche", "2026-03-03", "on veut se pacser faut prendre rdv ?", ["rendez-vous"], yes=True, src="fiche")
q("fiche-16", "fiche", "2026-03-03", "combien de temps avant le mariage faut deposer le dossier", ["2 mois"], src="fiche")
q("fiche-17", "fiche", "2026-09-01", "mon fils vient d'avoir 16 ans, il doit se faire recenser ?", ["3 mois"], yes=True, src="fiche")
q("fiche-18", "fiche", "2026-09-01", "jusqu'à quand on peut s'inscrire sur les listes électorales avant une élection ?", ["6e vendredi"], src="fiche")
q("fiche-19", "fiche", "2026-04-22", "je veux poser un abri de jardin de 12 m2 il me faut un permis de construire ?", ["déclaration préalable"], yes=False,
  note="5 à 20 m² : déclaration préalable, pas de permis")
q("fiche-20", "fiche", "2026-04-22", "extension de 30 m² de ma maison dans le bourg : permis ou déclaration préalable ?", ["40 m²"], src="fiche")
q("fiche-21", "fiche", "2026-05-05", "faut une autorisation pour une piscine de 8 m2 ?", ["10 m²"], yes=False, src="fiche")
q("fiche-22", "fiche", "2026-05-05", "pour une piscine de 40 m2 je fais quoi comme demarche", ["déclaration préalable"], src="fiche")
q("fiche-23", "fiche", "2026-06-02", "Faut-il déclarer une clôture en mairie ?", ["déclaration préalable"], yes=True, src="fiche")
q("fiche-24", "fiche", "2026-06-02", "délai d'instruction d'un permis de construire pour une maison ?", ["2 mois"], src="fiche")
q("fiche-25", "fiche", "2026-10-05", "combien coute le repas a la cantine ? on habite au village", ["3,40"], must_not=["3,25"], src="fiche",
  note="tarif 2026-2027 des enfants domiciliés ; 3,25 € était celui de 2025-2026")
q("fiche-26", "fiche", "2026-10-05", "prix du repas cantine pour un enfant qui n'habite pas la commune ?", ["4,60"], must_not=["4,45"])
q("fiche-27", "fiche", "2026-11-16", "jusqu'a quel jour on inscrit a la cantine pour la semaine d'apres", ["jeudi"], src="fiche")
q("fiche-28", "fiche", "2026-11-16", "la garderie du soir ferme à quelle heure ?", ["18 h 30"], src="fiche")
q("fiche-29", "fiche", "2026-11-16", "c combien la garderie le soir", ["1,80"], must_not=["1,70"])
q("fiche-30", "fiche", "2026-11-16", "si j'arrive en retard a la garderie apres 18h30 ca coute quoi", ["5 €"], src="fiche")
q("fiche-31", "fiche", "2026-03-23", "comment inscrire mon fils en maternelle à l'école ?", ["livret de famille"], src="fiche")
q("fiche-32", "fiche", "2026-05-02", "prix de la salle des fetes le week-end pour un habitant ?", ["220 €"], must_not=["450 €", "230 €"])
q("fiche-33", "fiche", "2026-04-08", "je n'habite pas Saint-Aurèle, combien pour louer la salle polyvalente un week-end ?", ["450 €"], must_not=["470 €"])
q("fiche-34", "fiche", "2026-04-08", "elle est de combien la caution pour la salle polyvalente", ["500 €"], src="fiche")
q("fiche-35", "fiche", "2026-09-14", "combien coute une concession de 30 ans au cimetière ?", ["300 €"], must_not=["320 €"])
q("fiche-36", "fiche", "2026-12-01", "le cimetière ferme à quelle heure en hiver ?", ["17 h 30"], src="fiche")
q("fiche-37", "fiche", "2026-06-30", "mon chien peut se promener sans laisse dans le parc des Sources ?", ["laisse"], yes=False)
q("fiche-38", "fiche", "2026-06-30", "amende si on ramasse pas la crotte de son chien ?", ["68 €"], src="fiche")
q("fiche-39", "fiche", "2026-05-17", "je peux tondre dimanche après-midi ?", ["dimanche"], yes=False,
  note="dimanches et jours fériés : 10 h à 12 h seulement (fiche bruit, arrêté 2024-015)")
q("fiche-40", "fiche", "2026-05-16", "j'ai le droit de passer la tondeuse samedi à 16h ?", ["samedi"], yes=True,
  note="samedi 15 h - 19 h autorisé")
q("fiche-41", "fiche", "2026-08-03", "où se garer gratuitement près des thermes sans limite de temps ?", ["Foirail"], src="fiche")
q("fiche-42", "fiche", "2026-03-02", "Bonjour, je suis curiste et je viens pour la première fois : quelles sont les dates de la saison thermale cette année ?", ["6 avril", "24 octobre"])
q("fiche-43", "fiche", "2026-05-04", "y a une navette pour aller aux thermes depuis le camping ?", ["gratuite"], yes=True, src="fiche")
q("fiche-44", "fiche", "2026-05-11", "Taxe de séjour pour un hôtel 2 étoiles, c'est combien par nuit ?", ["0,90"], must_not=["0,95"])
q("fiche-45", "fiche", "2026-05-11", "les curistes doivent payer la taxe de séjour ?", ["exonérés"], yes=True,
  note="« Les curistes ne sont pas exonérés »")
q("fiche-46", "fiche", "2026-06-08", "prix d'un emplacement au camping pour 2 personnes avec la voiture ?", ["14,50"], must_not=["15,20"])
q("fiche-47", "fiche", "2026-06-08", "forfait curiste au camping des sources c'est combien ?", ["295 €"], must_not=["310 €"])
q("fiche-48", "fiche", "2026-07-21", "combien pour passer la nuit avec mon camping car sur l'aire ?", ["9 €"], src="fiche")
q("fiche-49", "fiche", "2026-02-09", "c quel jour le marché ?", ["jeudi"])
q("fiche-50", "fiche", "2026-06-15", "le marché des producteurs du dimanche c'est où ?", ["allée des Tilleuls"])
q("fiche-51", "fiche", "2026-01-19", "J'ai une fuite d'eau au compteur, je dois appeler qui ?", ["SIEM"], src="fiche")
q("fiche-52", "fiche", "2026-08-18", "combien de temps pour faire le tour de la Combrelle à pied ?", ["5 h"], src="fiche")
q("fiche-53", "fiche", "2026-08-18", "on peut faire du bivouac sur le puy de Combrelle ?", ["bivouac"], yes=False)
q("fiche-54", "fiche", "2026-06-22", "prix location d'une table pour un particulier ?", ["2 €"], src="fiche")
q("fiche-55", "fiche", "2026-01-26", "qui doit deneiger le trottoir devant chez moi", ["riverains"], src="fiche")
q("fiche-56", "fiche", "2026-07-06", "on peut se baigner sous la passerelle du moulin ?", ["passerelle du Moulin"], yes=False,
  note="fiche baignade : interdite sous la passerelle du Moulin en tout temps")

q("fiche-57", "fiche", "2026-10-19",
  "Monsieur le Maire, mon époux est décédé le mois dernier et je souhaiterais acquérir une concession dans le cimetière "
  "communal pour une durée de cinquante ans afin qu'il y repose et que je puisse l'y rejoindre. Pourriez-vous m'indiquer "
  "le tarif en vigueur cette année ainsi que la démarche à suivre ? Veuillez agréer mes respectueuses salutations.",
  ["550 €"], must_not=["580 €"], src="fiche", note="tarif 2026 ; 580 € est celui de 2027")
q("fiche-58", "fiche", "2026-06-03", "slt jpeux louer la salle polyvalente en semaine c combien pr 1 journee jsuis dla commune", ["110 €"],
  must_not=["230 €", "115 €"])

# ------------------------------------------------------------------ arrêtés
q("arrete-01", "arrete", "2026-05-11", "l'avenue de la gare est fermée demain ?", ["2026-044"], yes=True, src="arrete")
q("arrete-02", "arrete", "2026-05-06", "on passe par où pendant les travaux avenue de la Gare ?", ["rue Pasteur", "route de Chaumeil"], src="arrete")
q("arrete-03", "arrete", "2026-05-12", "la rue Pasteur est fermée aujourd'hui ?", ["rue Pasteur"], yes=False,
  note="mardi 12 mai : rue Pasteur n'est que la déviation de 2026-044 ; le marché est le jeudi")
q("arrete-04", "arrete", "2026-03-11", "je peux me garer place des marronniers demain matin ?", ["2025-118"], yes=False,
  note="demain = jeudi 12 mars, marché : stationnement interdit de 5 h à 14 h")
q("arrete-05", "arrete", "2026-03-12", "je peux me garer rue Pasteur maintenant ?", ["rue Pasteur"], yes=True, now="15:10",
  note="jeudi après 14 h : l'interdiction est finie")
q("arrete-06", "arrete", "2026-03-13", "stationnement interdit place des Marronniers aujourd'hui ?", ["Marronniers"], yes=False,
  note="vendredi : pas de marché")
q("arrete-07", "arrete", "2026-10-07", "c'est jusqu'à quelle heure l'interdiction de stationner rue pasteur le jeudi ?", ["14h00"], src="arrete")
q("arrete-08", "arrete", "2026-07-20", "le parc des sources ferme a quelle heure en ce moment", ["22h30"], src="arrete")
q("arrete-09", "arrete", "2026-08-02", "on peut encore entrer dans le parc des Sources à 23h ce soir ?", ["2026-038"], yes=False, now="21:00")
q("arrete-10", "arrete", "2026-06-01", "les trottinettes sont autorisées dans le parc des Sources ?", ["2026-038"], yes=False)
q("arrete-11", "arrete", "2026-06-25", "on peut se baigner au Gour Bleu ?", ["2026-052"], yes=False)
q("arrete-12", "arrete", "2026-07-15", "la baignade au gour bleu est de nouveau autorisée ?", ["2026-058"], yes=True)
q("arrete-13", "arrete", "2026-06-22", "pourquoi la baignade est interdite dans la Méjanne ?", ["pollution"], src="arrete")
q("arrete-14", "arrete", "2026-07-20", "fête des thermes : l'avenue des Thermes est fermée samedi ?", ["2026-061"], yes=True)
q("arrete-15", "arrete", "2026-07-20", "pendant les Aurélies on passe par où en voiture ?", ["rue de la Méjanne", "quai Saint-Roch"], src="arrete",
  note="« les Aurélies » = fête des thermes (vocabulaire.txt)")
q("arrete-16", "arrete", "2026-07-24", "la rue de la Méjanne sera fermée demain pour la fête ?", ["rue de la Méjanne"], yes=False,
  note="rue de la Méjanne n'est que la déviation de 2026-061")
q("arrete-17", "arrete", "2026-07-23", "le feu d'artifice de la fete des thermes c'est a quelle heure ?", ["22h30"], src="arrete")
q("arrete-18", "arrete", "2026-07-25", "je peux passer sur la passerelle du moulin maintenant ?", ["2026-062"], yes=False, now="21:30")
q("arrete-19", "arrete", "2026-07-04", "j'ai le droit de tirer des pétards dans mon jardin pour le 14 juillet ?", ["2026-055"], yes=False)
q("arrete-20", "arrete", "2026-01-15", "la route de Fontmorte est ouverte ?", ["2025-131"], yes=False)
q("arrete-21", "arrete", "2026-12-10", "la route du Perchoir est fermée en ce moment ?", ["2026-139"], yes=True,
  note="« le Perchoir » = hameau de Fontmorte (vocabulaire.txt)")
q("arrete-22", "arrete", "2026-04-10", "route de fontmorte toujours fermée ?", ["Fontmorte"], yes=False,
  note="fermeture 2025-131 finie le 15 mars 2026 ; la suivante commence le 1er décembre 2026")
q("arrete-23", "arrete", "2026-12-06", "jusqu'à quand la route de Fontmorte est fermée cet hiver ?", ["2027"], must_not=["15 mars 2026"])
q("arrete-24", "arrete", "2026-09-15", "je peux passer en voiture rue des Écoles là ?", ["2026-070"], yes=False, now="08:30",
  note="mardi 8 h 30, période scolaire")
q("arrete-25", "arrete", "2026-09-16", "je peux passer en voiture rue des écoles maintenant ?", ["rue des Écoles"], yes=True, now="08:30",
  note="mercredi : la rue scolaire ne s'applique que lundi, mardi, jeudi, vendredi")
q("arrete-26", "arrete", "2026-09-21", "rue des ecoles fermée a quelle heure le soir ?", ["16h15"], src="arrete")
q("arrete-27", "arrete", "2026-10-20", "la Grande Rue sera barrée après-demain ?", ["2026-097"], yes=True)
q("arrete-28", "arrete", "2026-10-21", "par où on passe pendant la fermeture de la grande rue ?", ["quai Saint-Roch"], src="arrete")
q("arrete-29", "arrete", "2026-12-06", "pourquoi ça roule en alterné route de Chaumeil ?", ["2026-120"], src="arrete")
q("arrete-30", "arrete", "2026-02-10", "je peux me garer allée des Sources ?", ["2026-009"], yes=False)
q("arrete-31", "arrete", "2026-03-20", "le sentier de la cheire des Fades est ouvert ?", ["2026-024"], yes=False)
q("arrete-32", "arrete", "2026-03-20", "on peut quand même monter au sommet de la Combrelle pendant la fermeture du sentier ?", ["Lac Sec"], src="arrete")
q("arrete-33", "arrete", "2026-07-10", "on peut boire une bière sur le quai de la Méjanne ce soir ?", ["2026-049"], yes=False, now="21:00")
q("arrete-34", "arrete", "2026-07-08", "allée du Kiosque fermée vendredi soir ?", ["2026-050"], yes=True)
q("arrete-35", "arrete", "2026-06-19", "la place du kiosque est fermée pour la fête de la musique ?", ["2026-053"], yes=True)
q("arrete-36", "arrete", "2026-07-09", "je peux me garer allée des Tilleuls dimanche matin ?", ["2026-059"], yes=False)
q("arrete-37", "arrete", "2026-08-12", "je peux me garer place de la Fontaine samedi ?", ["2026-068"], yes=False,
  note="samedi 15 août 2026 : brocante")
q("arrete-38", "arrete", "2026-08-20", "Je peux garer mon camping-car sur le parking du Foirail ?", ["2025-076"], yes=False)
q("arrete-39", "arrete", "2026-03-04", "un camion de 12 tonnes peut passer sur le pont Vieux ?", ["3,5"], yes=False)
q("arrete-40", "arrete", "2026-09-15", "la route du col de la Fage sera fermée dimanche ?", ["2026-080"], yes=True)
q("arrete-41", "arrete", "2026-09-01", "le boulevard des Curistes est fermé dimanche pour le corso ?", ["2026-088"], yes=True,
  note="arrêté 2026-088 publié seulement en PDF")
q("arrete-42", "arrete", "2026-09-04", "pendant le corso fleuri on se gare où ?", ["Foirail"], src="arrete")
q("arrete-43", "arrete", "2026-09-03", "la rue Pasteur sera fermée pour le corso fleuri ?", ["rue Pasteur"], yes=False,
  note="rue Pasteur n'est nommée que dans un « Vu » (siège du Comité des fêtes)")
q("arrete-44", "arrete", "2026-09-05", "interdit de stationner place de la Fontaine demain matin ?", ["2026-088"], yes=True,
  note="dimanche 6 septembre, 8 h - 20 h : montage des chars")
q("arrete-45", "arrete", "2026-06-30", "c'est quoi l'arrêté 2026-052 ?", ["baignade"], src="arrete")
q("arrete-46", "arrete", "2026-09-30", "arrete n 2026-070 ca dit quoi", ["rue des Écoles"], src="arrete")

q("arrete-47", "arrete", "2026-07-23",
  "Bonjour, nous arrivons samedi en camping-car pour la fête des thermes, est-ce qu'on pourra traverser le centre par le boulevard des Curistes samedi après-midi ?",
  ["2026-061"], yes=False)

# ------------------------------------------------------------------ budget (amounts from tools/budget_expected.py)
q("budget-01", "budget", "2026-04-15", "combien la commune prevoit de depenser pour le personnel en 2026 ?", ["958 500"], must_not=["927 318,86"], src="budget")
q("budget-02", "budget", "2026-07-01", "combien ont coûté réellement les salaires des agents en 2025 ?", ["927 318,86"], must_not=["958 500"], src="budget")
q("budget-03", "budget", "2026-04-15", "les intérêts des emprunts prévus au budget 2026 ?", ["31 250"], must_not=["33 412,87"], src="budget")
q("budget-04", "budget", "2026-07-01", "combien de capital d'emprunt a été remboursé en 2025 ?", ["112 540,18"], must_not=["118 400"], src="budget")
q("budget-05", "budget", "2026-04-15", "combien la commune emprunte au budget 2026 ?", ["350 000"], src="budget")
q("budget-06", "budget", "2026-04-15", "la DGF prévue en 2026 c'est combien ?", ["312 600"], must_not=["318 457"], src="budget")
q("budget-07", "budget", "2026-07-01", "combien l'Etat a versé de dotation globale de fonctionnement en 2025 ?", ["318 457"], must_not=["312 600"], src="budget")
q("budget-08", "budget", "2026-04-15", "combien pour les subventions aux associations au budget primitif 2026 ?", ["18 000"], src="budget")
q("budget-09", "budget", "2026-07-01", "combien la commune a payé pour les pompiers (SDIS) en 2025 ?", ["59 920"], must_not=["61 480"], src="budget")
q("budget-10", "budget", "2026-04-15", "budget carburant 2026 ?", ["14 500"], src="budget")
q("budget-11", "budget", "2026-07-01", "combien d'électricité la commune a payé en 2025 ?", ["101 466,87"], must_not=["96 000"], src="budget")
q("budget-12", "budget", "2026-04-15", "les impots locaux rapportent combien en 2026", ["842 000"], src="budget")
q("budget-13", "budget", "2026-07-01", "combien la taxe de séjour a rapporté en 2025 ?", ["151 286,92"], must_not=["148 000"], src="budget")
q("budget-14", "budget", "2026-04-15", "le prélèvement sur les jeux du casino rapporte combien à la commune en 2026 ?", ["265 000"], src="budget")
q("budget-15", "budget", "2026-04-15", "les indemnités des élus coûtent combien en 2026 ?", ["58 200"], must_not=["56 880"], src="budget")
q("budget-16", "budget", "2026-04-15", "total des dépenses de fonctionnement du budget 2026 ?", ["1 535 430"], src="budget")
q("budget-17", "budget", "2026-07-01", "combien de recettes de fonctionnement la commune a encaissé en 2025 ?", ["1 843 500,17"], src="budget")
q("budget-18", "budget", "2026-04-15", "quel est le résultat de fonctionnement reporté au budget 2026 ?", ["212 350,27"], src="budget")
q("budget-19", "budget", "2026-04-15", "montant des dépenses d'investissement prévues en 2026 ?", ["1 028 620,27"], src="budget")
q("budget-20", "budget", "2026-05-10", "budget du camping : combien de recettes de fonctionnement prévues en 2026 ?", ["96 500"], must_not=["1 848 600"], src="budget")
q("budget-21", "budget", "2026-05-10", "combien coute le personnel du camping municipal en 2026 ?", ["31 400"], must_not=["958 500"], src="budget")
q("budget-22", "budget", "2026-05-10", "total des dépenses de fonctionnement du budget annexe du camping ?", ["74 150"], must_not=["1 535 430"], src="budget")
q("budget-23", "budget", "2026-04-15", "combien pour les travaux de voirie en investissement en 2026 ?", ["245 000"], src="budget")
q("budget-24", "budget", "2026-07-01", "combien pour les fêtes et cérémonies en 2025 ?", ["26 415,80"], must_not=["28 000"], src="budget")
q("budget-25", "budget", "2026-07-01", "la cantine et la garderie ont rapporté combien en 2025 ?", ["58 946,30"], must_not=["62 000"], src="budget")
q("budget-26", "budget", "2026-04-15", "charges à caractère général 2026 ?", ["395 700"], src="budget")
q("budget-27", "budget", "2026-04-15", "combien de FCTVA attendu en 2026", ["41 800"], src="budget")

# ------------------------------------------------------------------ délibérations
q("delib-01", "deliberation", "2026-04-02", "les taux de la taxe foncière ont augmenté en 2026 ?", ["38,42"], yes=False, src="deliberation")
q("delib-02", "deliberation", "2026-04-02", "taux de taxe foncière sur le non bâti en 2026 ?", ["86,15"], src="deliberation")
q("delib-03", "deliberation", "2026-04-20", "le comité des fêtes a reçu combien de subvention en 2026 ?", ["6 500"], src="deliberation")
q("delib-04", "deliberation", "2026-04-20", "combien la mairie donne au club de foot ?", ["3 200"], src="deliberation")
q("delib-05", "deliberation", "2026-04-20", "total des subventions votées aux associations en 2026 ?", ["15 200"], src="deliberation")
q("delib-06", "deliberation", "2026-06-01", "l'emprunt de 350 000 € a été fait à quel taux ?", ["3,38"], src="deliberation")
q("delib-07", "deliberation", "2026-06-01", "l'emprunt a été voté à l'unanimité ?", ["350 000"], yes=False, src="deliberation",
  note="14 pour, 4 contre, 1 abstention")
q("delib-08", "deliberation", "2026-11-25", "prix de la salle polyvalente en 2027 pour un habitant ?", ["230 €"], must_not=["220 €"], src="deliberation")
q("delib-09", "deliberation", "2026-11-25", "salle polyvalente 2027 pour quelqu'un de l'extérieur ?", ["470 €"], must_not=["450 €"], src="deliberation")
q("delib-10", "deliberation", "2026-12-02", "concession 50 ans au cimetière en 2027 ?", ["580 €"], must_not=["550 €"], src="deliberation")
q("delib-11", "deliberation", "2026-12-02", "taxe de séjour 2027 pour un camping 3 étoiles ?", ["0,65"], must_not=["0,60"], src="deliberation")
q("delib-12", "deliberation", "2026-12-02", "tarif d'un emplacement au camping en 2027 ?", ["15,20"], must_not=["14,50"], src="deliberation")
q("delib-13", "deliberation", "2026-12-02", "forfait curiste 21 nuits au camping l'an prochain ?", ["310 €"], must_not=["295 €"], src="deliberation",
  note="l'an prochain = 2027")
q("delib-14", "deliberation", "2026-01-20", "quel était le prix du repas de cantine pour l'année scolaire 2025-2026 ?", ["3,25"], must_not=["3,40"], src="deliberation")
q("delib-15", "deliberation", "2026-04-02", "le budget 2026 a été voté à l'unanimité ?", ["budget primitif"], yes=False, src="deliberation",
  note="14 pour, 3 contre, 1 abstention")
q("delib-16", "deliberation", "2026-10-01", "le terrain communal de Chaumeil a été vendu combien ?", ["18 750"], src="deliberation")
q("delib-17", "deliberation", "2026-10-01", "quel pourcentage du produit des jeux du casino revient à la commune ?", ["15 %"], src="deliberation")
q("delib-18", "deliberation", "2026-03-01", "la passerelle du Moulin a changé de nom ?", ["passerelle des Curistes"], yes=True, src="deliberation")
q("delib-19", "deliberation", "2026-02-20", "combien coûte la rénovation du kiosque à musique ?", ["186 000"], src="deliberation")
q("delib-20", "deliberation", "2026-10-20", "l'harmonie a eu une subvention pour son centenaire ?", ["1 500"], yes=True, src="deliberation")
q("delib-21", "deliberation", "2026-07-15", "combien d'emplois saisonniers le conseil a créé pour la saison thermale ?", ["deux"], src="deliberation")
q("delib-22", "deliberation", "2026-11-25", "droits de place du marché en 2027 pour un abonné ?", ["0,85"], must_not=["0,80"], src="deliberation")

# ------------------------------------------------------------------ annuaire
q("annuaire-01", "annuaire", "2026-03-15", "numero des thermes ?", ["04 73 88 50 00"], src="acteur")
q("annuaire-02", "annuaire", "2026-06-05", "tel du casino", ["04 73 88 52 52"], src="acteur")
q("annuaire-03", "annuaire", "2026-06-05", "le casino est ouvert le dimanche ?", ["Casino"], yes=True)
q("annuaire-04", "annuaire", "2026-07-10", "l'office de tourisme est ouvert dimanche ?", ["office de tourisme"], yes=True,
  note="dimanche 12 juillet : avril-octobre, dimanche 10 h - 12 h 30")
q("annuaire-05", "annuaire", "2026-12-10", "l'office de tourisme est ouvert dimanche ?", ["office de tourisme"], yes=False,
  note="hiver : du mardi au samedi")
q("annuaire-06", "annuaire", "2026-04-20", "ou se trouve l'office de tourisme", ["place du Kiosque"], src="acteur")
q("annuaire-07", "annuaire", "2026-02-03", "numéro du médecin généraliste ?", ["04 73 88 43 10"], src="acteur")
q("annuaire-08", "annuaire", "2026-02-03", "le docteur Vigier consulte le samedi matin ?", ["Vigier"], yes=True)
q("annuaire-09", "annuaire", "2026-08-08", "la pharmacie est ouverte dimanche ?", ["Pharmacie des Thermes"], yes=False)
q("annuaire-10", "annuaire", "2026-08-08", "tel de la pharmacie", ["04 73 88 40 21"], src="acteur")
q("annuaire-11", "annuaire", "2026-08-09", "comment trouver la pharmacie de garde le dimanche ?", ["3237"])
q("annuaire-12", "annuaire", "2026-05-26", "un kiné à saint aurele ?", ["04 73 88 46 80"], src="acteur")
q("annuaire-13", "annuaire", "2026-05-26", "numero infirmiere", ["04 73 88 44 09"], src="acteur")
q("annuaire-14", "annuaire", "2026-03-16", "Au Fournil des Sources est ouvert le lundi ?", ["Fournil"], yes=False)
q("annuaire-15", "annuaire", "2026-03-16", "la boulangerie Gidon est ouverte mardi ?", ["Gidon"], yes=False)
q("annuaire-16", "annuaire", "2026-03-16", "adresse de la boucherie ?", ["10 Grande Rue"], src="acteur")
q("annuaire-17", "annuaire", "2026-03-21", "l'épicerie est ouverte dimanche matin ?", ["Vival"], yes=True)
q("annuaire-18", "annuaire", "2026-03-21", "ou acheter du fromage d'auvergne ?", ["Fromagerie du Puy"], src="acteur")
q("annuaire-19", "annuaire", "2026-06-15", "La Table de la Méjanne est ouverte mardi midi ?", ["Table de la Méjanne"], yes=False)
q("annuaire-20", "annuaire", "2026-06-15", "numero de la pizzeria", ["04 73 88 49 02"], src="acteur")
q("annuaire-21", "annuaire", "2026-04-07", "il me faut un taxi pour la gare de Clermont", ["06 71 22 84 30"], src="acteur")
q("annuaire-22", "annuaire", "2026-01-22", "ma voiture est en panne, un garage ?", ["Faure"], src="acteur")
q("annuaire-23", "annuaire", "2026-10-09", "la poste est ouverte samedi après-midi ?", ["poste"], yes=False)
q("annuaire-24", "annuaire", "2026-10-09", "la médiathèque est ouverte le lundi ?", ["Médiathèque"], yes=False)
q("annuaire-25", "annuaire", "2026-10-09", "médiathèque ouverte mercredi après-midi ?", ["Médiathèque"], yes=True)
q("annuaire-26", "annuaire", "2026-02-24", "le numéro de la déchèterie ?", ["04 73 88 61 10"], src="acteur")
q("annuaire-27", "annuaire", "2026-08-31", "c'est qui la directrice de l'école ?", ["Laure Fabre"])
q("annuaire-28", "annuaire", "2026-08-31", "y a une creche ?", ["Petits Curieux"], src="acteur")
q("annuaire-29", "annuaire", "2026-05-18", "contact du comité des fêtes ?", ["06 82 14 55 70"], src="acteur")
q("annuaire-30", "annuaire", "2026-09-07", "l'harmonie répète quel jour ?", ["lundi"], src="acteur")
q("annuaire-31", "annuaire", "2026-09-07", "entrainement de foot des jeunes c'est quand ?", ["mercredi"], src="acteur")
q("annuaire-32", "annuaire", "2026-05-19", "je suis curiste, je peux randonner avec un club ?", ["Randonneurs de la Combrelle"], src="acteur")
q("annuaire-33", "annuaire", "2026-11-03", "le club des aînés c'est quel jour ?", ["jeudi"], src="acteur")
q("annuaire-34", "annuaire", "2026-07-27", "location velo electrique prix ?", ["25 €"], src="acteur")
q("annuaire-35", "annuaire", "2026-04-29", "tel du coiffeur", ["04 73 88 46 02"], src="acteur")
q("annuaire-36", "annuaire", "2026-05-07", "la messe du dimanche est à quelle heure ?", ["10 h 30"], src="acteur")
q("annuaire-37", "annuaire", "2026-12-10", "la buvette thermale est ouverte en ce moment ?", ["buvette"], yes=False)
q("annuaire-38", "annuaire", "2026-04-13", "je cherche le médecin thermal pour ma visite de début de cure", ["Chassagne"], src="acteur")
q("annuaire-39", "annuaire", "2026-04-13", "un hôtel près des thermes ?", ["Hôtel des Bains"], src="acteur")
q("annuaire-40", "annuaire", "2026-04-13", "les thermes sont ouverts le dimanche ?", ["Thermes"], yes=False)
q("annuaire-41", "annuaire", "2026-06-12", "la banque c'est où ?", ["5 Grande Rue"], src="acteur")

# ------------------------------------------------------------------ mairie / profil
q("mairie-01", "mairie", "2026-05-04", "qui est le maire ?", ["Chabrol-Vialle"], src="commune")
q("mairie-02", "mairie", "2026-05-04", "combien d'habitants à Saint-Aurèle ?", ["912"], src="commune")
q("mairie-03", "mairie", "2026-05-04", "c koi le code postal", ["63745"], src="commune")
q("mairie-04", "mairie", "2026-05-04", "code insee de la commune ?", ["63498"], src="commune")
q("mairie-05", "mairie", "2026-05-04", "numero de tel de la mairie", ["04 73 88 41 20"], src="commune")
q("mairie-06", "mairie", "2026-05-04", "l'adresse mail de la mairie svp", ["mairie@saint-aurele-les-bains.fr"], src="commune")
q("mairie-07", "mairie", "2026-05-04", "où est la mairie ?", ["place de l'Hôtel-de-Ville"], src="commune")
q("mairie-08", "mairie", "2026-05-04", "la mairie est ouverte mercredi après-midi ?", ["mairie"], yes=False)
q("mairie-09", "mairie", "2026-05-04", "mairie ouverte samedi matin ?", ["mairie"], yes=True)
q("mairie-10", "mairie", "2026-05-04", "la mairie est ouverte le dimanche ?", ["mairie"], yes=False)
q("mairie-11", "mairie", "2026-05-04", "la mairie est ouverte là ?", ["mairie"], yes=False, now="13:00",
  note="lundi 13 h : fermée entre 12 h et 14 h")
q("mairie-12", "mairie", "2026-07-10", "la mairie sera ouverte le 14 juillet ?", ["mairie"], yes=False, note="jours fériés : fermée (PH off)")
q("mairie-13", "mairie", "2026-05-04", "le site internet de la commune ?", ["saint-aurele-les-bains.fr"], src="commune")
q("mairie-14", "mairie", "2026-05-04",
  "Madame, Monsieur, retraitée installée depuis peu dans votre belle commune après de nombreuses cures, je souhaiterais "
  "adresser un courrier à Madame ou Monsieur le Maire au sujet de l'éclairage de ma rue. Pourriez-vous m'indiquer le nom "
  "du maire actuel ? Avec mes remerciements, Mme Odette Brugère",
  ["Chabrol-Vialle"], src="commune")
q("mairie-15", "mairie", "2026-05-04", "numéro SIRET de la mairie ?", ["21634982700018"], src="commune")
q("mairie-16", "mairie", "2026-11-02", "mairie ouverte le vendredi apres midi ?", ["mairie"], yes=True)

# ------------------------------------------------------------------ hors sujet / sans réponse
q("hors-01", "hors_sujet", "2026-05-04", "j'ai mal au genou depuis 3 semaines, quelle cure je dois faire et quel médicament prendre ?", fallback=True)
q("hors-02", "hors_sujet", "2026-07-18", "la piscine municipale est ouverte le dimanche ?", fallback=True, note="la commune n'a pas de piscine")
q("hors-03", "hors_sujet", "2026-07-18", "horaires du cinéma ce soir ?", fallback=True)
q("hors-04", "hors_sujet", "2026-09-28", "combien je vais payer de taxe foncière cette année pour ma maison rue Pasteur ?", fallback=True)
q("hors-05", "hors_sujet", "2026-05-04", "qui est le maire de Clermont-Ferrand ?", fallback=True)
q("hors-06", "hors_sujet", "2026-05-04", "y a un dentiste à Saint-Aurèle ?", fallback=True)
q("hors-07", "hors_sujet", "2026-05-04", "un vétérinaire pour mon chat ?", fallback=True)
q("hors-08", "hors_sujet", "2026-05-04", "il va faire beau demain pour monter au puy ?", fallback=True)
q("hors-09", "hors_sujet", "2026-10-12", "qui a gagné le match de l'US Saint-Aurèle dimanche ?", fallback=True)
q("hors-10", "hors_sujet", "2026-03-30", "combien coûte une cure de 18 jours sans prise en charge de la sécu ?", fallback=True)
q("hors-11", "hors_sujet", "2026-03-30", "horaires des trains pour Clermont-Ferrand ?", fallback=True)
q("hors-12", "hors_sujet", "2026-05-04", "tu peux m'aider pour mon devoir de maths ?", fallback=True)
q("hors-13", "hors_sujet", "2026-08-14", "le casino a combien de machines à sous ?", fallback=True)
q("hors-14", "hors_sujet", "2026-12-06", "c'est quand la fête des thermes en 2027 ?", fallback=True)
q("hors-15", "hors_sujet", "2026-05-04", "combien coûte un ticket de bus pour aller à Issoire ?", fallback=True)
q("hors-16", "hors_sujet", "2026-05-04", "la patinoire est ouverte cet hiver ?", fallback=True)

# ------------------------------------------------------------------ multi-turn sessions
s("session-01", "fiche", "2026-05-02", [
    {"question": "combien coute la salle des fetes pour un habitant du village ?", "must": ["220 €"], "must_not": ["450 €"]},
    {"question": "et pour quelqu'un de l'extérieur ?", "must": ["450 €"]},
])
s("session-02", "budget", "2026-07-01", [
    {"question": "charges de personnel au budget 2026 ?", "must": ["958 500"]},
    {"question": "et en 2025 ?", "must": ["927 318,86"], "must_not": ["958 500"]},
], note="2025 : compte administratif, montant réalisé")
s("session-03", "fiche", "2026-03-09", [
    {"question": "tarif de la taxe de séjour pour un hôtel 3 étoiles ?", "must": ["1,20"]},
    {"question": "et en 2027 ?", "must": ["1,30"], "must_not": ["1,20"]},
])
s("session-04", "annuaire", "2026-08-08", [
    {"question": "numéro de la pharmacie ?", "must": ["04 73 88 40 21"]},
    {"question": "et son adresse ?", "must": ["8 Grande Rue"]},
])
s("session-05", "arrete", "2026-12-06", [
    {"question": "la route de Fontmorte est fermée ?", "must": ["2026-139"]},
    {"question": "jusqu'à quand ?", "must": ["2027"]},
])
s("session-06", "deliberation", "2026-04-20", [
    {"question": "subvention 2026 du comité des fêtes ?", "must": ["6 500"]},
    {"question": "et l'harmonie ?", "must": ["2 800"]},
])

if __name__ == "__main__":
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate ids"
    header = ("# Saint-Aurèle-les-Bains (commune-ao) — questions des habitants, écrites à l'aveugle le 2026-12-06.\n"
              "# Généré par tools/build_questions.py ; montants du budget tirés de tools/budget_expected.py.\n")
    OUT.write_text(header + yaml.safe_dump(CASES, allow_unicode=True, sort_keys=False, width=110), encoding="utf-8")
    from collections import Counter
    print(len(CASES), Counter(c["kind"] for c in CASES))
