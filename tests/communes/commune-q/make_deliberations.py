"""Écrit files/deliberations.csv (SCDL délibérations 2.1.5, UTF-8, séparateur virgule)."""
import csv
COLL, SIRET = "Commune de Peyrelade-de-Bastan", "21659980000011"
FIN = "finances locales/divers"
# id, date, code, matière, objet, budget année, budget nom, effectif, réel, pour, contre, abst
D = [
("2024-038", "2024-12-13", "7.10", FIN,
 "Tarifs de l'eau 2025 : prix du mètre cube fixé à 1,72 € et abonnement annuel fixé à 60 €", "2025", "Budget de l'eau", 11, 10, 10, 0, 0),
("2025-036", "2025-12-12", "7.10", FIN,
 "Tarifs de l'eau 2026 : prix du mètre cube fixé à 1,85 € et abonnement annuel fixé à 65 €", "2026", "Budget de l'eau", 11, 10, 9, 1, 0),
("2025-010", "2025-04-04", "7.2", "finances locales/fiscalité",
 "Vote des taux d'imposition 2025 : taxe foncière sur les propriétés bâties 17,95 %, taxe foncière sur les propriétés non bâties 62,10 %, taxe d'habitation sur les résidences secondaires 11,85 %", "2025", "", 11, 11, 11, 0, 0),
("2026-009", "2026-03-27", "7.2", "finances locales/fiscalité",
 "Vote des taux d'imposition 2026 : taxe foncière sur les propriétés bâties 18,42 %, taxe foncière sur les propriétés non bâties 62,10 %, taxe d'habitation sur les résidences secondaires 13,50 %", "2026", "", 11, 11, 8, 2, 1),
("2026-010", "2026-03-27", "7.1", "finances locales/décisions budgétaires",
 "Approbation du compte administratif 2025 du budget principal", "2025", "Budget principal", 11, 10, 10, 0, 0),
("2026-011", "2026-03-27", "7.1", "finances locales/décisions budgétaires",
 "Vote du budget primitif 2026 du budget principal", "2026", "Budget principal", 11, 11, 10, 1, 0),
("2025-027", "2025-09-26", "3.5", "domaine et patrimoine/actes de gestion du domaine public",
 "Affouage 2025-2026 : prix du lot d'affouage fixé à 40 €, inscriptions en mairie jusqu'au 31 octobre 2025", "2025", "", 11, 9, 9, 0, 0),
("2026-024", "2026-09-25", "3.5", "domaine et patrimoine/actes de gestion du domaine public",
 "Affouage 2026-2027 : désignation des parcelles 12 et 14 de la forêt communale, prix du lot d'affouage fixé à 45 € (environ 10 stères), inscriptions en mairie jusqu'au 31 octobre 2026", "2026", "", 11, 10, 10, 0, 0),
("2025-031", "2025-10-24", "9.1", "autres domaines de compétences/autres domaines de compétences des communes",
 "Convention avec le SIVU du Pic d'Ardoune : forfait saison de ski 2025-2026 des résidents permanents fixé à 100 € pour un adulte et 55 € pour un enfant de 6 à 17 ans", "2025", "", 11, 10, 10, 0, 0),
("2026-029", "2026-10-30", "9.1", "autres domaines de compétences/autres domaines de compétences des communes",
 "Convention avec le SIVU du Pic d'Ardoune : forfait saison de ski 2026-2027 des résidents permanents fixé à 110 € pour un adulte et 60 € pour un enfant de 6 à 17 ans, gratuit pour les enfants de moins de 6 ans, la commune prenant en charge la différence avec le tarif public", "2026", "", 11, 9, 7, 1, 1),
("2026-012", "2026-04-10", "3.3", "domaine et patrimoine/locations",
 "Tarifs de location de la salle des fêtes à compter du 1er mai 2026 : 150 € le week-end pour les habitants de la commune, 350 € le week-end pour les personnes extérieures, 60 € la journée en semaine pour les associations, supplément chauffage de 40 € du 1er octobre au 30 avril, caution de 500 €", "2026", "", 11, 11, 11, 0, 0),
("2026-013", "2026-04-10", "7.10", FIN,
 "Tarifs 2026 du camping municipal du Gave : emplacement pour 2 personnes 14 € la nuit, personne supplémentaire 4 €, camping-car 12 € la nuit, branchement électrique 4 € la nuit", "2026", "", 11, 11, 11, 0, 0),
("2026-016", "2026-05-22", "7.5", "finances locales/subventions",
 "Demande de subvention pour la création de la piste forestière de la Coume (1,8 km) : coût estimé à 86 400 € HT, subvention de 70 % sollicitée auprès de l'État et de la Région au titre du FEADER, soit 60 480 €", "2026", "Budget principal", 11, 10, 10, 0, 0),
("2026-027", "2026-10-30", "3.3", "domaine et patrimoine/locations",
 "Tarifs des gîtes communaux du Presbytère à compter du 1er janvier 2027 : 420 € la semaine en saison (juillet, août et vacances d'hiver), 300 € la semaine hors saison, 130 € le week-end hors saison", "2027", "", 11, 9, 9, 0, 0),
]
cols = ["COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM", "DELIB_OBJET",
        "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID", "PREF_DATE", "VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE",
        "VOTE_ABSTENTION", "DELIB_URL"]
with open("files/deliberations.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(cols)
    for (i, d, c, m, o, ba, bn, e, r, p, ct, ab) in D:
        assert p + ct + ab == r <= e, i
        w.writerow([COLL, SIRET, i, d, c, m, o, ba, bn, "065-216599800", d, e, r, p, ct, ab,
                    f"https://www.peyrelade-de-bastan.fr/deliberations/{i}.pdf"])
print(len(D), "délibérations")
