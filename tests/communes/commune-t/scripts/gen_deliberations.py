"""Écrit files/deliberations.csv (SCDL délibérations 2.1.5, UTF-8, virgule)."""
import csv, pathlib, datetime
OUT = pathlib.Path(__file__).resolve().parent.parent / "files" / "deliberations.csv"
COLL, SIRET = "Villebréval-sur-Orge", "21910697000015"
M = {
 "7.1": "finances locales/décisions budgétaires", "7.2": "finances locales/fiscalité",
 "7.5": "finances locales/subventions", "7.10": "finances locales/divers",
 "1.2": "commande publique/délégation de service public", "8.1": "domaines de compétences par thèmes/enseignement",
 "8.9": "domaines de compétences par thèmes/culture", "4.1": "fonction publique/personnel titulaires et stagiaires de la FPT",
 "3.5": "domaine et patrimoine/autres actes de gestion du domaine public",
}
# (id, date, matière, objet, budget_annee, budget_nom, effectif, réel, pour, contre, abstention)
D = [
 ("DEL-2026-041","2026-06-25","8.1","Tarifs de la restauration scolaire à compter du 1er septembre 2026 selon le quotient familial : de 0,95 € le repas (tranche A, QF jusqu'à 450 €) à 5,20 € (tranche F, QF au-dessus de 2 000 €) ; repas adulte 6,80 € ; hors commune 7,40 €","","",33,31,25,6,0),
 ("DEL-2025-038","2025-06-26","8.1","Tarifs de la restauration scolaire à compter du 1er septembre 2025 selon le quotient familial : de 0,90 € le repas (tranche A, QF jusqu'à 450 €) à 5,00 € (tranche F, QF au-dessus de 2 000 €) ; repas adulte 6,60 €","","",33,30,30,0,0),
 ("DEL-2026-042","2026-06-25","8.1","Tarifs de l'accueil périscolaire et du centre de loisirs à compter du 1er septembre 2026 selon le quotient familial : accueil du matin de 0,80 € à 2,90 €, accueil du soir de 1,10 € à 4,30 €, journée de centre de loisirs du mercredi de 3,50 € à 17,80 €","","",33,31,25,0,6),
 ("DEL-2026-043","2026-06-25","8.9","Droits d'inscription annuels du conservatoire Maurice-Ravel pour 2026-2027 : éveil musical 95 €, cursus instrument et formation musicale de 168 € à 492 € selon le quotient familial pour les Villebrévalois, 780 € pour les élèves hors commune, location d'instrument 90 € par an","","",33,31,31,0,0),
 ("DEL-2026-029","2026-05-21","7.10","Tarifs de la piscine municipale Aquaval au 1er juin 2026 : entrée adulte 4,20 €, entrée enfant de 4 à 17 ans 2,60 €, carte de 10 entrées adulte 35,00 €, entrée extérieur à la commune 6,00 €, gratuité pour les moins de 4 ans","","",33,29,29,0,0),
 ("DEL-2026-018","2026-03-26","7.5","Attribution des subventions de fonctionnement 2026 aux associations : US Villebréval football 18 500 €, Judo club villebrévalois 6 200 €, Tennis club de l'Orge 4 800 €, Aquaval Natation 7 500 €, Villebréval Basket 5 600 €, Comité des fêtes 9 000 €, Harmonie municipale 3 400 €, Club des aînés Les Tilleuls 1 800 €, Restos du cœur antenne de Villebréval 2 500 €, Théâtre de la Halle 2 200 €","2026","Budget principal",33,32,28,0,4),
 ("DEL-2026-019","2026-03-26","7.5","Subvention exceptionnelle de 3 000 € à l'association Skate Sablons pour l'organisation du contest de juin 2026","2026","Budget principal",33,32,32,0,0),
 ("DEL-2025-060","2025-11-20","1.2","Délégation de service public du parc relais de la gare RER (420 places) à la société Stationéo pour 8 ans à compter du 1er janvier 2026 ; redevance annuelle versée à la commune de 62 000 € ; abonnement mensuel des habitants plafonné à 28 €","","",33,31,24,7,0),
 ("DEL-2026-012","2026-03-26","7.2","Vote des taux d'imposition 2026 : taxe foncière sur les propriétés bâties 39,12 %, taxe foncière sur les propriétés non bâties 71,40 %, taxe d'habitation sur les résidences secondaires 15,80 % ; taux inchangés par rapport à 2025","2026","Budget principal",33,32,25,7,0),
 ("DEL-2026-013","2026-03-26","7.1","Vote du budget primitif 2026 du budget principal","2026","Budget principal",33,32,25,7,0),
 ("DEL-2026-014","2026-03-26","7.1","Vote du budget primitif 2026 du budget annexe de l'assainissement","2026","Budget annexe assainissement",33,32,32,0,0),
 ("DEL-2026-024","2026-04-16","7.1","Approbation du compte administratif 2025 du budget principal","2025","Budget principal",33,30,24,0,6),
 ("DEL-2026-025","2026-04-16","7.1","Approbation du compte administratif 2025 du budget annexe de l'assainissement","2025","Budget annexe assainissement",33,30,30,0,0),
 ("DEL-2026-071","2026-10-15","7.1","Décision modificative n° 1 du budget principal 2026 : crédits supplémentaires de 85 000 € pour la voirie et de 24 000 € pour l'énergie des bâtiments","2026","Budget principal",33,31,25,6,0),
 ("DEL-2026-044","2026-06-25","3.5","Tarifs de location de la salle Georges-Brassens au 1er septembre 2026 : week-end 520 € pour les habitants, 1 150 € pour les extérieurs, caution 800 €","","",33,31,31,0,0),
 ("DEL-2026-072","2026-10-15","4.1","Création de deux postes de gardien de police municipale au 1er janvier 2027","","",33,31,25,0,6),
 ("DEL-2026-073","2026-10-15","8.9","Convention avec le Département de l'Essonne pour l'extension des horaires de la médiathèque Simone-Veil le dimanche matin à partir de janvier 2027","","",33,31,31,0,0),
 ("DEL-2026-074","2026-10-15","7.10","Fixation de la redevance d'assainissement collectif 2027 à 1,48 € par mètre cube","2027","Budget annexe assainissement",33,31,25,6,0),
 ("DEL-2026-055","2026-09-24","7.5","Demande de subvention à la Région Île-de-France pour la rénovation des vestiaires du stade Jean-Bouin","","",33,30,30,0,0),
 ("DEL-2026-056","2026-09-24","7.10","Tarifs du stationnement payant autour de la gare au 1er novembre 2026 : 1,50 € l'heure, gratuité des 30 premières minutes, carte résident 15 € par mois","","",33,30,23,7,0),
]
with OUT.open("w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["COLL_NOM","COLL_SIRET","DELIB_ID","DELIB_DATE","DELIB_MATIERE_CODE","DELIB_MATIERE_NOM","DELIB_OBJET","BUDGET_ANNEE","BUDGET_NOM","PREF_ID","PREF_DATE","VOTE_EFFECTIF","VOTE_REEL","VOTE_POUR","VOTE_CONTRE","VOTE_ABSTENTION","DELIB_URL"])
    for (i,d,mc,o,ba,bn,e,r,p,c,a) in D:
        assert p+c+a == r, i
        pref = "091-219106970-" + d.replace("-","") + "-" + i.replace("-","_") + "-DE"
        pd = (datetime.date.fromisoformat(d) + datetime.timedelta(days=4)).isoformat()
        w.writerow([COLL,SIRET,i,d,mc,M[mc],o,ba,bn,pref,pd,e,r,p,c,a,"https://www.villebreval-sur-orge.fr/deliberations/"+i+".pdf"])
print(len(D), "délibérations")
