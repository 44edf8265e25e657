"""Writes files/arretes-municipaux.csv (UTF-8, ',' separator, DD/MM/YYYY dates)."""
import csv, pathlib

OUT = pathlib.Path(__file__).resolve().parent.parent / "files" / "arretes-municipaux.csv"
NOM, SIRET = "Commune de Saint-Aurèle-les-Bains", "21634982700018"
POL = ("6.1", "libertés publiques et pouvoirs de police/police municipale")
CIRC = ("6.1", "libertés publiques et pouvoirs de police/police municipale")
URL = "https://www.saint-aurele-les-bains.fr/arretes/{}.pdf"
A = [
# id, date, type, objet, debut, fin, lieu
("2024-015", "05/03/2024", "permanent",
 "Réglementation des bruits de voisinage : les travaux de bricolage et de jardinage avec des outils bruyants sont autorisés les jours ouvrables de 8h30 à 12h00 et de 14h30 à 19h30, les samedis de 9h00 à 12h00 et de 15h00 à 19h00, les dimanches et jours fériés de 10h00 à 12h00",
 "", "", "territoire communal"),
("2024-031", "18/04/2024", "permanent",
 "Limitation du tonnage à 3,5 tonnes sur le pont Vieux de la Méjanne ; circulation des véhicules de plus de 3,5 t interdite, sauf véhicules de secours et de collecte des déchets",
 "", "", "pont Vieux"),
("2025-055", "02/05/2025", "permanent",
 "Réglementation de la présence des chiens dans le parc des Sources : chiens obligatoirement tenus en laisse ; chiens interdits sur l'aire de jeux et autour du kiosque à musique",
 "", "", "parc des Sources"),
("2025-076", "10/06/2025", "permanent",
 "Interdiction du stationnement des camping-cars sur le parking du Foirail et le quai de la Méjanne ; stationnement des camping-cars autorisé uniquement sur l'aire de la route du Mont, durée limitée à 48 heures",
 "", "", "parking du Foirail;quai de la Méjanne;route du Mont"),
("2025-090", "24/07/2025", "permanent",
 "Création d'une zone bleue avenue des Thermes et place du Casino : stationnement limité à 1h30 du lundi au samedi de 9h00 à 12h00 et de 14h00 à 18h30, disque obligatoire",
 "", "", "avenue des Thermes;place du Casino"),
("2025-118", "12/12/2025", "permanent",
 "Réglementation du stationnement les jours de marché : stationnement interdit tous les jeudis de 5h00 à 14h00 place des Marronniers et rue Pasteur (marché hebdomadaire) ; véhicules en infraction mis en fourrière",
 "01/01/2026", "", "place des Marronniers;rue Pasteur"),
("2025-131", "20/11/2025", "temporaire",
 "Fermeture hivernale de la route de Fontmorte (VC 7) entre le lieu-dit la Croix-Blanche et le hameau de Fontmorte, du 1er décembre 2025 au 15 mars 2026, sauf riverains, services de secours et de déneigement",
 "01/12/2025", "15/03/2026", "route de Fontmorte"),
("2026-009", "08/01/2026", "temporaire",
 "Travaux de rénovation des Thermes : stationnement interdit allée des Sources et circulation réservée aux engins de chantier du 12 janvier au 27 mars 2026",
 "12/01/2026", "27/03/2026", "allée des Sources"),
("2026-024", "23/02/2026", "temporaire",
 "Fermeture du sentier de la cheire des Fades (puy de Combrelle) en raison d'un risque d'éboulement, du 2 mars au 30 avril 2026 ; accès au sommet par le sentier du Lac Sec maintenu",
 "02/03/2026", "30/04/2026", "sentier de la cheire des Fades"),
("2026-038", "20/03/2026", "temporaire",
 "Horaires d'été du parc des Sources : parc ouvert de 7h00 à 22h30 du 1er avril au 31 octobre 2026 ; vélos et trottinettes interdits dans les allées du parc",
 "01/04/2026", "31/10/2026", "parc des Sources"),
("2026-044", "14/04/2026", "temporaire",
 "Travaux de renouvellement de la conduite d'eau potable avenue de la Gare : circulation interdite du 4 mai au 29 mai 2026 en semaine de 8h00 à 17h30 ; déviation par la rue Pasteur et la route de Chaumeil",
 "04/05/2026", "29/05/2026", "avenue de la Gare"),
("2026-047", "04/05/2026", "individuel",
 "Autorisation d'occupation du domaine public pour un camion de déménagement devant le 14 rue du Casino le mardi 9 juin 2026 de 8h00 à 18h00",
 "09/06/2026", "09/06/2026", "rue du Casino"),
("2026-049", "21/05/2026", "temporaire",
 "Interdiction de la consommation d'alcool sur la voie publique dans le parc des Sources et sur le quai de la Méjanne de 20h00 à 6h00, du 1er juin au 30 septembre 2026",
 "01/06/2026", "30/09/2026", "parc des Sources;quai de la Méjanne"),
("2026-050", "21/05/2026", "temporaire",
 "Concerts du kiosque : circulation et stationnement interdits allée du Kiosque les vendredis de juillet et d'août 2026 de 20h00 à 23h30",
 "03/07/2026", "28/08/2026", "allée du Kiosque"),
("2026-052", "19/06/2026", "temporaire",
 "Interdiction temporaire de la baignade dans la Méjanne au Gour Bleu à la suite d'une pollution bactériologique constatée par l'ARS, à compter du 19 juin 2026 et jusqu'à nouvel ordre",
 "19/06/2026", "", "Gour Bleu"),
("2026-053", "19/06/2026", "temporaire",
 "Fête de la musique : circulation interdite place du Kiosque et allée du Kiosque le dimanche 21 juin 2026 de 17h00 à 1h00",
 "21/06/2026", "22/06/2026", "place du Kiosque;allée du Kiosque"),
("2026-055", "25/06/2026", "temporaire",
 "Interdiction de l'usage des pétards, fusées et artifices de divertissement par les particuliers sur tout le territoire de la commune du 1er juillet au 31 août 2026, à l'exception du feu d'artifice officiel de la fête des thermes",
 "01/07/2026", "31/08/2026", "territoire communal"),
("2026-058", "03/07/2026", "temporaire",
 "Levée de l'interdiction de baignade au Gour Bleu : l'arrêté n° 2026-052 est abrogé, la baignade est de nouveau autorisée au Gour Bleu à compter du 4 juillet 2026, les analyses de l'ARS étant conformes",
 "04/07/2026", "", "Gour Bleu"),
("2026-059", "03/07/2026", "temporaire",
 "Marché des producteurs du dimanche : stationnement et circulation interdits allée des Tilleuls les dimanches de 6h00 à 13h30, du 5 juillet au 30 août 2026",
 "05/07/2026", "30/08/2026", "allée des Tilleuls"),
("2026-061", "09/07/2026", "temporaire",
 "Fête des thermes : circulation et stationnement interdits avenue des Thermes et boulevard des Curistes du samedi 25 juillet 2026 à 8h00 au dimanche 26 juillet 2026 à 2h00 ; déviation par la rue de la Méjanne et le quai Saint-Roch",
 "25/07/2026", "26/07/2026", "avenue des Thermes;boulevard des Curistes"),
("2026-062", "09/07/2026", "temporaire",
 "Feu d'artifice de la fête des thermes tiré le samedi 25 juillet 2026 à 22h30 depuis la prairie de la Méjanne : accès interdit au quai de la Méjanne et à la passerelle du Moulin de 21h00 à minuit",
 "25/07/2026", "25/07/2026", "quai de la Méjanne;passerelle du Moulin"),
("2026-068", "30/07/2026", "temporaire",
 "Brocante du 15 août : stationnement interdit place de la Fontaine et rue du Casino le samedi 15 août 2026 de 5h00 à 20h00",
 "15/08/2026", "15/08/2026", "place de la Fontaine;rue du Casino"),
("2026-070", "24/08/2026", "permanent",
 "Rue scolaire : la rue des Écoles est fermée à la circulation des véhicules à moteur les lundis, mardis, jeudis et vendredis de 8h15 à 8h45 et de 16h15 à 16h45 pendant les périodes scolaires, à compter du 1er septembre 2026, sauf riverains et véhicules de secours",
 "01/09/2026", "", "rue des Écoles"),
("2026-080", "27/08/2026", "temporaire",
 "Trail des Volcans : circulation interdite sur la route du col de la Fage entre le bourg et le parking de la Fage le dimanche 20 septembre 2026 de 7h00 à 14h00",
 "20/09/2026", "20/09/2026", "route du col de la Fage"),
("2026-097", "28/09/2026", "temporaire",
 "Réfection de la chaussée de la Grande Rue entre la place de la Fontaine et le pont Vieux : circulation alternée par feux du 12 au 23 octobre 2026, route barrée les 21 et 22 octobre 2026 (pose des enrobés) avec déviation par le quai Saint-Roch",
 "12/10/2026", "23/10/2026", "Grande Rue"),
("2026-120", "22/10/2026", "temporaire",
 "Enfouissement des réseaux route de Chaumeil : circulation alternée et vitesse limitée à 30 km/h du 2 novembre au 18 décembre 2026",
 "02/11/2026", "18/12/2026", "route de Chaumeil"),
("2026-139", "16/11/2026", "temporaire",
 "Fermeture hivernale de la route de Fontmorte (VC 7) entre le lieu-dit la Croix-Blanche et le hameau de Fontmorte, du 1er décembre 2026 au 15 mars 2027, sauf riverains, services de secours et de déneigement",
 "01/12/2026", "15/03/2027", "route de Fontmorte"),
]

def main():
    with OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=",", lineterminator="\n")
        w.writerow(["COLL_NOM", "COLL_SIRET", "ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_MATIERE_CODE",
                    "ARR_MATIERE_NOM", "ARR_OBJET", "ARR_DEBUT", "ARR_FIN", "ARR_LIEU", "PREF_ID", "PREF_DATE", "ARR_URL"])
        for (i, d, t, o, deb, fin, lieu) in A:
            w.writerow([NOM, SIRET, i, d, t, POL[0], POL[1], o, deb, fin, lieu, "", "", URL.format(i)])
    print(len(A), "arrêtés ->", OUT)

if __name__ == "__main__":
    main()
