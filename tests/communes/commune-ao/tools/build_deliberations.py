"""Writes files/deliberations.csv (SCDL délibérations 2.1.5, UTF-8, ',')."""
import csv, pathlib

OUT = pathlib.Path(__file__).resolve().parent.parent / "files" / "deliberations.csv"
NOM, SIRET = "Commune de Saint-Aurèle-les-Bains", "21634982700018"
FIN = ("7.1", "finances locales/décisions budgétaires")
FISC = ("7.2", "finances locales/fiscalité")
SUBV = ("7.5", "finances locales/subventions")
EMPR = ("7.3", "finances locales/emprunts")
TARIF = ("7.10", "finances locales/divers")
DOM = ("3.2", "domaine et patrimoine/aliénations")
TRAV = ("1.1", "commande publique/marchés publics")
PERS = ("4.2", "fonction publique/personnel contractuel")
DSP = ("1.2", "commande publique/délégation de service public")
CULT = ("9.1", "autres domaines de compétences/autres domaines de compétences des communes")
D = [
# id, date, matiere, objet, budget annee, budget nom, eff, reel, pour, contre, abst
("DEL-2025-061", "2025-06-19", TARIF,
 "Tarifs du restaurant scolaire et de la garderie périscolaire pour l'année scolaire 2025-2026 : repas enfant domicilié dans la commune 3,25 €, repas enfant hors commune 4,45 €, repas adulte 6,00 € ; garderie 1,10 € le matin et 1,70 € le soir",
 "2025/2026", "", 19, 17, 17, 0, 0),
("DEL-2025-088", "2025-12-11", TARIF,
 "Tarifs communaux 2026 : location de la salle polyvalente des Sources le week-end 220 € pour les habitants et 450 € pour les extérieurs, en semaine 110 € (habitants) et 230 € (extérieurs), caution 500 € ; concessions au cimetière 15 ans 150 €, 30 ans 300 €, 50 ans 550 €, case de columbarium 400 € ; droits de place du marché 0,80 € le mètre linéaire (abonnés) et 1,20 € (passagers)",
 "2026", "Budget principal", 19, 18, 18, 0, 0),
("DEL-2025-089", "2025-12-11", FISC,
 "Taxe de séjour : tarifs applicables au 1er janvier 2026 par personne et par nuitée — hôtels et résidences de tourisme 3 étoiles 1,20 €, 2 étoiles 0,90 €, 1 étoile et chambres d'hôtes 0,80 €, terrains de camping 3 à 5 étoiles 0,60 €, terrains de camping 1 et 2 étoiles et aires de camping-cars 0,22 €, hébergements non classés 5 % du coût de la nuitée ; perception au réel du 1er janvier au 31 décembre",
 "2026", "Budget principal", 19, 18, 16, 0, 2),
("DEL-2025-090", "2025-12-11", TARIF,
 "Camping municipal des Sources : tarifs 2026 — emplacement 2 personnes avec véhicule 14,50 € la nuit, personne supplémentaire 4,00 €, électricité 4,20 €, chien 2,00 €, forfait curiste 21 nuits (2 personnes, électricité comprise) 295 €",
 "2026", "Budget annexe camping des Sources", 19, 18, 18, 0, 0),
("DEL-2026-004", "2026-02-12", TRAV,
 "Rénovation du kiosque à musique du parc des Sources et de la buvette thermale : approbation du projet pour un montant de 186 000 € HT et du plan de financement (DETR 30 %, soit 55 800 €, Département du Puy-de-Dôme 25 %, soit 46 500 €, autofinancement et emprunt 83 700 €)",
 "2026", "Budget principal", 19, 19, 19, 0, 0),
("DEL-2026-005", "2026-02-12", CULT,
 "Dénomination de la passerelle du Moulin sur la Méjanne : la passerelle prend le nom de « passerelle des Curistes »",
 "", "", 19, 19, 15, 3, 1),
("DEL-2026-014", "2026-03-26", FISC,
 "Vote des taux d'imposition 2026 : taux inchangés par rapport à 2025 — taxe foncière sur les propriétés bâties 38,42 %, taxe foncière sur les propriétés non bâties 86,15 %, taxe d'habitation sur les résidences secondaires 15,60 %",
 "2026", "Budget principal", 19, 18, 16, 0, 2),
("DEL-2026-015", "2026-03-26", FIN,
 "Adoption du budget primitif 2026 du budget principal, équilibré en section de fonctionnement et en section d'investissement",
 "2026", "Budget principal", 19, 18, 14, 3, 1),
("DEL-2026-016", "2026-03-26", FIN,
 "Adoption du budget primitif 2026 du budget annexe du camping municipal des Sources",
 "2026", "Budget annexe camping des Sources", 19, 18, 18, 0, 0),
("DEL-2026-022", "2026-04-09", SUBV,
 "Attribution des subventions 2026 aux associations : Comité des fêtes 6 500 €, Harmonie municipale 2 800 €, Union sportive Saint-Aurèle (football) 3 200 €, Les Randonneurs de la Combrelle 450 €, Club des aînés Les Sources d'Argent 600 €, Amicale des sapeurs-pompiers 900 €, Association des parents d'élèves de l'école des Sources 750 €, soit un total de 15 200 €",
 "2026", "Budget principal", 19, 17, 15, 0, 2),
("DEL-2026-031", "2026-05-21", EMPR,
 "Réalisation d'un emprunt de 350 000 € auprès de la Caisse d'Épargne d'Auvergne et du Limousin, sur 20 ans au taux fixe de 3,38 %, à échéances trimestrielles, pour financer la rénovation du kiosque à musique et la réfection de la Grande Rue",
 "2026", "Budget principal", 19, 19, 14, 4, 1),
("DEL-2026-032", "2026-05-21", ("8.4", "domaines de compétences par thèmes/aménagement du territoire"),
 "Adhésion au groupement de commandes d'électricité du Territoire d'énergie Puy-de-Dôme pour les bâtiments communaux et l'éclairage public, à compter du 1er janvier 2027",
 "", "", 19, 19, 19, 0, 0),
("DEL-2026-040", "2026-06-18", FIN,
 "Approbation du compte administratif 2025 du budget principal (Madame le Maire ayant quitté la séance pour le vote)",
 "2025", "Budget principal", 19, 17, 16, 0, 1),
("DEL-2026-041", "2026-06-18", TARIF,
 "Tarifs du restaurant scolaire et de la garderie périscolaire pour l'année scolaire 2026-2027 : repas enfant domicilié dans la commune 3,40 €, repas enfant hors commune 4,60 €, repas adulte 6,20 € ; garderie 1,20 € le matin et 1,80 € le soir",
 "2026/2027", "", 19, 18, 18, 0, 0),
("DEL-2026-048", "2026-07-09", PERS,
 "Création de deux emplois saisonniers d'adjoint technique à temps complet du 1er avril au 31 octobre pour l'entretien du parc des Sources et la propreté du quartier thermal pendant la saison thermale",
 "2026", "Budget principal", 19, 16, 16, 0, 0),
("DEL-2026-055", "2026-09-24", DSP,
 "Avenant n° 2 au cahier des charges du casino du Parc : prélèvement communal sur le produit brut des jeux maintenu à 15 % et contribution du casinotier aux animations de la saison thermale portée à 25 000 € par an",
 "", "", 19, 18, 17, 1, 0),
("DEL-2026-056", "2026-09-24", DOM,
 "Vente de la parcelle communale AB 214 (1 250 m², lieu-dit Chaumeil) à M. et Mme Tixier au prix de 18 750 €, conformément à l'avis du service des Domaines",
 "2026", "Budget principal", 19, 18, 15, 2, 1),
("DEL-2026-061", "2026-10-15", SUBV,
 "Subvention exceptionnelle de 1 500 € à l'Harmonie municipale pour l'organisation de son centenaire",
 "2026", "Budget principal", 19, 17, 17, 0, 0),
("DEL-2026-070", "2026-11-19", TARIF,
 "Tarifs communaux 2027 : location de la salle polyvalente des Sources le week-end 230 € pour les habitants et 470 € pour les extérieurs, en semaine 115 € (habitants) et 240 € (extérieurs), caution 500 € ; concessions au cimetière 15 ans 160 €, 30 ans 320 €, 50 ans 580 €, case de columbarium 420 € ; droits de place du marché 0,85 € le mètre linéaire (abonnés) et 1,30 € (passagers)",
 "2027", "Budget principal", 19, 18, 17, 0, 1),
("DEL-2026-071", "2026-11-19", FISC,
 "Taxe de séjour : tarifs applicables au 1er janvier 2027 par personne et par nuitée — hôtels et résidences de tourisme 3 étoiles 1,30 €, 2 étoiles 0,95 €, 1 étoile et chambres d'hôtes 0,85 €, terrains de camping 3 à 5 étoiles 0,65 €, terrains de camping 1 et 2 étoiles et aires de camping-cars 0,25 €, hébergements non classés 5 % du coût de la nuitée",
 "2027", "Budget principal", 19, 18, 15, 2, 1),
("DEL-2026-072", "2026-11-19", TARIF,
 "Camping municipal des Sources : tarifs 2027 — emplacement 2 personnes avec véhicule 15,20 € la nuit, personne supplémentaire 4,20 €, électricité 4,40 €, chien 2,00 €, forfait curiste 21 nuits (2 personnes, électricité comprise) 310 €",
 "2027", "Budget annexe camping des Sources", 19, 18, 18, 0, 0),
]

def main():
    with OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM",
                    "DELIB_OBJET", "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID", "PREF_DATE", "VOTE_EFFECTIF",
                    "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION", "DELIB_URL"])
        for (i, d, m, o, ba, bn, e, r, p, c, a) in D:
            assert p + c + a <= r <= e, i
            w.writerow([NOM, SIRET, i, d, m[0], m[1], o, ba, bn, "063-216349827", d, e, r, p, c, a,
                        f"https://www.saint-aurele-les-bains.fr/deliberations/{i}.pdf"])
    print(len(D), "délibérations ->", OUT)

if __name__ == "__main__":
    main()
