"""Writes files/deliberations_conseil_municipal.csv (SCDL délibérations 2.1.5, UTF-8, commas)."""
import csv, os
from gen_budget import EXPORT
fr = EXPORT["fr"]
HERE = os.path.dirname(os.path.abspath(__file__))
SIRET = "21240597000018"
URL = "https://www.bessac-sur-ceronne.fr/docs/deliberations/{}.pdf"
M = {
 "7.10": "Finances locales/Divers", "7.2": "Finances locales/Fiscalité", "7.1": "Finances locales/Décisions budgétaires",
 "7.5": "Finances locales/Subventions", "7.3": "Finances locales/Emprunts", "1.1": "Commande publique/Marchés publics",
 "9.4": "Autres domaines de compétences/Vœux et motions", "5.7": "Institutions et vie politique/Intercommunalité",
 "4.2": "Fonction publique/Personnel contractuel", "3.2": "Domaine et patrimoine/Aliénations",
 "8.3": "Domaines de compétences par thèmes/Voirie", "3.3": "Domaine et patrimoine/Locations",
 "8.1": "Domaines de compétences par thèmes/Enseignement", "6.1": "Libertés publiques et pouvoirs de police/Police municipale",
}
# id, date, matiere, objet, budget_annee, effectif, reel, pour, contre, abst
D = [
 ("DE-2025-031","2025-06-19","7.10","Tarifs de la cantine et de la garderie scolaires pour l'année scolaire 2025-2026 : repas enfant 2,90 €, repas adulte 5,80 €, garderie du matin 1,10 €, garderie du soir 1,60 €","2025",15,14,14,0,0),
 ("DE-2025-038","2025-09-25","7.5","Attribution d'une subvention exceptionnelle de 500 € au Comité des fêtes de Bessac pour l'organisation du feu de la Saint-Jean 2025","2025",15,13,13,0,0),
 ("DE-2025-044","2025-11-27","5.7","Convention avec la communauté de communes Céronne-Périgord Noir pour l'instruction des autorisations d'urbanisme par son service commun : participation de la commune de 4,20 € par habitant et par an, pour trois ans à compter du 1er janvier 2026","2026",15,15,15,0,0),
 ("DE-2025-047","2025-12-18","7.10","Tarifs du cimetière communal au 1er janvier 2026 : concession de 15 ans 120 €, concession de 30 ans 250 €, concession de 50 ans 420 € ; case de columbarium 15 ans 380 €, 30 ans 650 €","2026",15,14,14,0,0),
 ("DE-2025-048","2025-12-18","7.10","Tarifs de location de la salle des fêtes pour 2026 : habitants de la commune 180 € le week-end, personnes extérieures à la commune 350 € le week-end, associations communales gratuité une fois par an ; caution de 500 € ; forfait ménage 60 €","2026",15,14,14,0,0),
 ("DE-2025-049","2025-12-18","7.10","Droits de place du marché hebdomadaire du jeudi et du marché nocturne pour 2026 : 0,80 € le mètre linéaire, abonnement annuel de 60 €, branchement électrique 2 € par marché","2026",15,14,12,0,2),
 ("DE-2026-003","2026-02-12","1.1","Réfection de la toiture de l'école Les Noyers : attribution du marché de travaux à la SARL Charpentes Lascombe pour un montant de 48 620,00 € HT","2026",15,14,13,0,1),
 ("DE-2026-004","2026-02-12","7.5","Demande de subvention au titre de la DETR 2026 pour la réfection de la toiture de l'école : 40 % du montant HT des travaux, soit 19 448,00 €","2026",15,14,14,0,0),
 ("DE-2026-005","2026-02-12","9.4","Motion contre la suppression de la ligne de car régionale n° 17 qui relie Bessac-sur-Céronne à la gare de Périgueux","",15,14,14,0,0),
 ("DE-2026-011","2026-03-26","7.2","Vote des taux des impôts locaux pour 2026 : taux inchangés, taxe foncière sur les propriétés bâties 21,46 %, taxe foncière sur les propriétés non bâties 78,12 %, taxe d'habitation sur les résidences secondaires 11,80 %","2026",15,15,12,2,1),
 ("DE-2026-012","2026-03-26","7.1",f"Adoption du budget primitif 2026 du budget principal, équilibré en fonctionnement à {fr(EXPORT['BP_F'])} € et en investissement à {fr(EXPORT['BP_I'])} €","2026",15,15,11,2,2),
 ("DE-2026-013","2026-03-26","7.1",f"Approbation du compte administratif 2025 (le maire ayant quitté la séance) : excédent de fonctionnement cumulé de {fr(EXPORT['resF'])} €, déficit d'investissement cumulé de {fr(-EXPORT['resI'])} €","2025",15,14,13,0,1),
 ("DE-2026-014","2026-03-26","7.1",f"Affectation du résultat de fonctionnement 2025 : {fr(EXPORT['affect_1068'])} € au compte 1068 pour couvrir le déficit d'investissement, {fr(EXPORT['report_002'])} € reportés en fonctionnement (ligne 002)","2026",15,15,15,0,0),
 ("DE-2026-015","2026-03-26","7.5","Subventions aux associations pour 2026 : Comité des fêtes de Bessac 2 500 € ; US Bessac-Céronne (football) 1 100 € ; Céronne Pagaie (canoë-kayak) 1 200 € ; Les Amis du Castel 750 € ; Les P'tits Castors (association des parents d'élèves) 900 € ; Club des aînés Les Tilleuls 400 € ; La Diane bessacoise (société de chasse) 300 € ; soit un total de 7 150 €","2026",15,15,14,0,1),
 ("DE-2026-016","2026-03-26","7.3","Emprunt de 150 000 € auprès de la Banque du Périgord et du Quercy pour financer la rénovation de la salle des fêtes et la toiture de l'école : durée 20 ans, taux fixe de 3,42 %, échéances trimestrielles","2026",15,15,12,3,0),
 ("DE-2026-017","2026-04-09","7.10","Tarifs de la cantine et de la garderie scolaires pour l'année scolaire 2026-2027 (à partir du 1er septembre 2026) : repas enfant 3,05 €, repas adulte 6,00 €, garderie du matin 1,15 €, garderie du soir 1,70 €","2026",15,13,13,0,0),
 ("DE-2026-018","2026-04-09","7.10","Stationnement payant sur le parking du château de Malbouysse du 1er juillet au 31 août 2026 : 4 € la journée pour une voiture, 8 € pour un camping-car, gratuit pour les habitants de la commune munis du macaron","2026",15,15,10,3,2),
 ("DE-2026-019","2026-04-09","5.7","Convention de mise à disposition de la base de canoës de la Gabarre à la communauté de communes Céronne-Périgord Noir pour la saison 2026, moyennant une redevance de 3 500 €","2026",15,15,15,0,0),
 ("DE-2026-020","2026-04-09","3.3","Rénovation de la salle des fêtes : attribution du marché à l'entreprise Bâtiment Lagarrigue pour un montant de 96 450,00 € HT ; la salle sera fermée pendant les travaux","2026",15,15,13,1,1),
 ("DE-2026-022","2026-05-21","4.2","Création de deux emplois saisonniers d'agent d'accueil au château de Malbouysse pour juillet et août 2026, à temps complet (35 heures par semaine)","2026",15,12,12,0,0),
 ("DE-2026-023","2026-05-21","1.1","Programme de voirie 2026 (route du Pech-Fargal et chemin de la Gabarre) : attribution du marché à la SAS TP Castagné pour un montant de 62 380,50 € HT","2026",15,12,12,0,0),
 ("DE-2026-024","2026-05-21","7.5","Subvention exceptionnelle de 650 € à l'association Céronne Pagaie pour l'achat de gilets de sauvetage","2026",15,12,11,0,1),
 ("DE-2026-025","2026-05-21","6.1","Approbation du règlement intérieur du cimetière communal (horaires d'ouverture, travaux, plantations)","",15,12,12,0,0),
 ("DE-2026-027","2026-06-18","7.10","Tarifs de location de la salle des fêtes pour 2027 : habitants de la commune 190 € le week-end, personnes extérieures 370 € le week-end, associations communales gratuité une fois par an ; caution 500 € ; forfait ménage 65 €","2027",15,14,14,0,0),
 ("DE-2026-028","2026-06-18","7.10","Tarifs du cimetière communal au 1er janvier 2027 : concession de 15 ans 130 €, concession de 30 ans 270 €, concession de 50 ans 450 € ; case de columbarium 15 ans 400 €, 30 ans 690 €","2027",15,14,12,2,0),
 ("DE-2026-029","2026-06-18","5.7","Convention avec la communauté de communes Céronne-Périgord Noir pour l'entretien des sentiers de randonnée inscrits au PDIPR : participation communale de 1 850 € par an","2026",15,14,14,0,0),
 ("DE-2026-034","2026-09-24","8.3","Dénomination de deux voies dans le cadre de l'adressage : « chemin des Gabariers » (ancien chemin rural n° 12) et « impasse du Four à pain » au hameau du Pech-Fargal","",15,15,15,0,0),
 ("DE-2026-035","2026-09-24","3.2","Vente d'un terrain communal (parcelle AB 214, 1 250 m², lieu-dit les Combals) à M. et Mme Delpeyrat au prix de 18 750 €","",15,15,11,2,2),
 ("DE-2026-036","2026-09-24","7.10","Repas des aînés du 17 janvier 2027 : gratuit pour les habitants de 70 ans et plus, participation de 22 € pour les accompagnants","2027",15,15,15,0,0),
 ("DE-2026-037","2026-09-24","8.1","Participation communale aux frais de transport scolaire des collégiens et lycéens : 45 € par enfant pour l'année scolaire 2026-2027","2026",15,15,15,0,0),
 ("DE-2026-041","2026-11-26","7.10","Droits de place du marché du jeudi et du marché nocturne pour 2027 : 0,90 € le mètre linéaire, abonnement annuel de 70 €, branchement électrique 2 € par marché","2027",15,13,13,0,0),
 ("DE-2026-042","2026-11-26","3.3","Loyer du logement communal de l'ancienne poste (T3, 2 place du Foirail) fixé à 512 € par mois à compter du 1er janvier 2027","2027",15,13,13,0,0),
 ("DE-2026-043","2026-11-26","7.2","Taxe d'aménagement : taux porté de 3 % à 4 % sur tout le territoire communal à compter du 1er janvier 2027","2027",15,15,9,4,2),
 ("DE-2026-044","2026-11-26","9.4","Motion de soutien aux nuciculteurs de la commune touchés par l'orage de grêle du 3 juillet 2026 et demande de reconnaissance de l'état de calamité agricole","",15,15,15,0,0),
]
H = ["COLL_NOM","COLL_SIRET","DELIB_ID","DELIB_DATE","DELIB_MATIERE_CODE","DELIB_MATIERE_NOM","DELIB_OBJET",
     "BUDGET_ANNEE","BUDGET_NOM","PREF_ID","PREF_DATE","VOTE_EFFECTIF","VOTE_REEL","VOTE_POUR","VOTE_CONTRE",
     "VOTE_ABSTENTION","DELIB_URL"]
import datetime as dt
with open(os.path.join(HERE, "files", "deliberations_conseil_municipal.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(H)
    for (i, d, m, o, ba, e, r, p, c, a) in D:
        assert p + c + a == r, i
        pref = (dt.date.fromisoformat(d) + dt.timedelta(days=4)).isoformat()
        w.writerow(["Commune de Bessac-sur-Céronne", SIRET, i, d, m, M[m], o, ba,
                    "Budget principal" if ba else "", "PREF024", pref, e, r, p, c, a, URL.format(i)])
print(len(D), "délibérations")
