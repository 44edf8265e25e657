"""Écrit files/arretes.csv (Windows-1252, séparateur ;, dates JJ/MM/AAAA, comme un export Excel)
et les arrêtés signés en PDF (files/arrete-*.pdf), avec en-tête et pied de page répétés sur chaque page.
À lancer avec /work/main/.venv/bin/python (fpdf2)."""
import csv
from fpdf import FPDF

COLL = "Commune de Peyrelade-de-Bastan"
SIRET = "21659980000011"
M61 = ("6.1", "libertés publiques et pouvoirs de police/police municipale")
M82 = ("8.2", "domaines de compétences par thèmes/aide sociale")
M83 = ("8.3", "domaines de compétences par thèmes/voirie")
M88 = ("8.8", "domaines de compétences par thèmes/environnement")

# (id, date, type, matière, objet, début, fin, lieux)
CSV_ROWS = [
("2025-029", "21/07/2025", "temporaire", M61,
 "Fête de la Saint-Roch 2025 : circulation et stationnement interdits place de l'Église et rue du Moulin du vendredi 15 août 2025 à 18 h au dimanche 17 août 2025 à 2 h ; buvette du comité des fêtes autorisée jusqu'à 2 h",
 "15/08/2025", "17/08/2025", "place de l'Église;rue du Moulin"),
("2025-041", "18/11/2025", "temporaire", M61,
 "Déneigement : stationnement interdit de 22 h à 8 h rue Principale et place de l'Église du 1er décembre 2025 au 31 mars 2026",
 "01/12/2025", "31/03/2026", "rue Principale;place de l'Église"),
("2025-042", "18/11/2025", "temporaire", M83,
 "Obligation d'équipements spéciaux (chaînes ou pneus neige) sur la route de la station (VC 3) du 1er décembre 2025 au 15 avril 2026",
 "01/12/2025", "15/04/2026", "route de la station"),
("2023-011", "14/03/2023", "permanent", M83,
 "Limitation de la vitesse à 30 km/h dans la traversée du village, rue Principale et rue du Moulin",
 "", "", "rue Principale;rue du Moulin"),
("2024-015", "03/09/2024", "permanent", M61,
 "Stationnement interdit rue de l'École sur l'aire de retournement du car scolaire, devant l'école",
 "", "", "rue de l'École"),
("2026-015", "10/04/2026", "permanent", M88,
 "Interdiction de la circulation des véhicules à moteur sur la piste forestière du Bédat, sauf ayants droit (exploitants forestiers, éleveurs, affouagistes munis de leur bon, services de secours)",
 "", "", "piste forestière du Bédat"),
("2026-019", "02/06/2026", "temporaire", M61,
 "Marché de producteurs du dimanche matin : stationnement interdit place de l'Église tous les dimanches de 6 h à 14 h du 21 juin 2026 au 13 septembre 2026",
 "21/06/2026", "13/09/2026", "place de l'Église"),
("2026-020", "28/05/2026", "temporaire", M61,
 "Transhumance : circulation interdite rue Principale et route des Estives le samedi 13 juin 2026 de 6 h à 12 h pour la montée des troupeaux en estive",
 "13/06/2026", "13/06/2026", "rue Principale;route des Estives"),
("2026-025", "28/07/2026", "temporaire", M88,
 "Sécheresse : interdiction d'arroser les jardins, de laver les voitures et de remplir les piscines avec l'eau du réseau public du 1er août 2026 au 15 septembre 2026",
 "01/08/2026", "15/09/2026", ""),
("2026-028", "20/07/2026", "temporaire", M61,
 "Fête de la Saint-Roch 2026 : circulation et stationnement interdits place de l'Église et rue du Moulin du vendredi 14 août 2026 à 18 h au lundi 17 août 2026 à 2 h ; buvette du comité des fêtes autorisée jusqu'à 2 h",
 "14/08/2026", "17/08/2026", "place de l'Église;rue du Moulin"),
("2026-030", "10/08/2026", "temporaire", M61,
 "Course pédestre La Ronde d'Ardoune : circulation interdite route de la station le dimanche 30 août 2026 de 8 h à 13 h",
 "30/08/2026", "30/08/2026", "route de la station"),
("2026-033", "06/11/2026", "temporaire", M83,
 "Fermeture de la route de Couret (VC 5) à la circulation pour des travaux de purge de falaise et de pose de filets contre les chutes de pierres, du lundi 23 novembre 2026 au vendredi 18 décembre 2026, de 8 h à 17 h 30",
 "23/11/2026", "18/12/2026", "route de Couret"),
("2026-037", "15/09/2026", "temporaire", M61,
 "Descente des estives : circulation interdite rue Principale le samedi 26 septembre 2026 de 14 h à 18 h pour le passage des troupeaux",
 "26/09/2026", "26/09/2026", "rue Principale"),
("2026-040", "12/10/2026", "temporaire", M88,
 "Affouage 2026-2027 : exploitation des lots en forêt communale, parcelles 12 et 14, autorisée du 15 novembre 2026 au 30 avril 2027, sauf les jours de battue aux sangliers (jeudi et dimanche)",
 "15/11/2026", "30/04/2027", "forêt communale;piste forestière du Bédat"),
("2026-042", "09/11/2026", "temporaire", M61,
 "Fermeture de la salle des fêtes au public pour les travaux de remplacement du chauffage, du 16 novembre 2026 au 20 décembre 2026",
 "16/11/2026", "20/12/2026", "salle des fêtes"),
("2026-045", "20/11/2026", "temporaire", M61,
 "Déneigement : stationnement interdit de 22 h à 8 h rue Principale et place de l'Église du 1er décembre 2026 au 31 mars 2027",
 "01/12/2026", "31/03/2027", "rue Principale;place de l'Église"),
("2026-046", "20/11/2026", "temporaire", M83,
 "Obligation d'équipements spéciaux (chaînes ou pneus neige) sur la route de la station (VC 3) du 1er décembre 2026 au 15 avril 2027",
 "01/12/2026", "15/04/2027", "route de la station"),
]

HEADER = "MAIRIE DE PEYRELADE-DE-BASTAN (Hautes-Pyrénées) - Registre des arrêtés du Maire"

# PDFs : (fichier, numéro, date longue, date @ctes, titre, vus, articles)
PDFS = [
("arrete-2026-020-transhumance.pdf", "2026-020", "28 mai 2026", "20260528",
 "Objet : Transhumance - circulation interdite rue Principale et route des Estives le samedi 13 juin 2026",
 ["Vu le Code général des collectivités territoriales, notamment ses articles L2212-1 et L2213-1 ;",
  "Vu le Code de la route ;",
  "Vu la demande du groupement pastoral d'Ardoune, représenté par M. Jean-Marc Sabathé, domicilié 3 chemin de la Hount ;",
  "Considérant que la montée des troupeaux vers les estives d'Ardoune traverse l'agglomération et qu'il y a lieu d'assurer la sécurité des animaux, des bergers et des usagers ;"],
 ["Article 1 : Le samedi 13 juin 2026, de 6 h à 12 h, la circulation de tous les véhicules est interdite rue Principale et route des Estives, pour la montée des troupeaux (environ 1 200 brebis et 150 vaches) vers les estives d'Ardoune.",
  "Article 2 : Le stationnement est interdit sur le même parcours du vendredi 12 juin 2026 à 20 h au samedi 13 juin 2026 à 12 h. Les riverains sont invités à garer leur véhicule sur le parking du Foirail.",
  "Article 3 : Les chiens des particuliers doivent être tenus attachés ou enfermés le long du parcours pendant le passage des troupeaux.",
  "Article 4 : Les véhicules de secours conservent la priorité ; ils seront guidés par les bergers.",
  "Article 5 : Le présent arrêté sera affiché en mairie et aux extrémités du parcours. Madame la Secrétaire de mairie et le commandant de la brigade de gendarmerie de Ladoux-sur-Neste sont chargés, chacun en ce qui le concerne, de son exécution."]),
("arrete-2026-033-route-de-couret.pdf", "2026-033", "6 novembre 2026", "20261106",
 "Objet : Fermeture de la route de Couret (VC 5) pour des travaux de protection contre les chutes de pierres",
 ["Vu le Code général des collectivités territoriales, notamment ses articles L2213-1 et L2213-2 ;",
  "Vu la demande de l'entreprise Pyrène Falaises, dont le siège est 4 rue du Moulin, en date du 2 novembre 2026 ;",
  "Considérant l'éboulement survenu le 17 octobre 2026 au lieu-dit la Coume Nère et la nécessité de purger la falaise et de poser des filets pare-pierres ;"],
 ["Article 1 : Du lundi 23 novembre 2026 au vendredi 18 décembre 2026, la circulation est interdite sur la route de Couret (VC 5), entre le pont de Couret et l'entrée du hameau de Couret, du lundi au vendredi de 8 h à 17 h 30.",
  "Article 2 : En dehors de ces horaires, le soir et le week-end, la route est rouverte à la circulation en alternat, à vitesse limitée à 30 km/h.",
  "Article 3 : Pendant les heures de fermeture, les habitants du hameau de Couret peuvent passer par la piste forestière du Bédat, ouverte exceptionnellement aux riverains ; elle n'est pas déneigée.",
  "Article 4 : L'arrêt Couret du car scolaire est reporté au carrefour du pont de Couret pendant la durée des travaux.",
  "Article 5 : Les véhicules de secours et de soins à domicile pourront passer à tout moment, après appel au chef de chantier au 06 48 22 17 90.",
  "Article 6 : La signalisation est mise en place par l'entreprise Pyrène Falaises. Le présent arrêté sera affiché en mairie et sur le chantier."]),
("arrete-2026-024-feux.pdf", "2026-024", "25 juin 2026", "20260625",
 "Objet : Interdiction des feux en plein air du 1er juillet au 30 septembre 2026",
 ["Vu le Code général des collectivités territoriales, notamment son article L2212-2 ;",
  "Vu le Code forestier ;",
  "Vu l'arrêté préfectoral réglementant l'emploi du feu dans le département des Hautes-Pyrénées ;",
  "Considérant la sécheresse constatée et le risque d'incendie dans la forêt communale et sur les estives ;"],
 ["Article 1 : Du 1er juillet 2026 au 30 septembre 2026, tout feu en plein air est interdit sur l'ensemble du territoire de la commune, y compris en forêt communale et sur les estives : brûlage de végétaux, feux de camp, lanternes célestes et pétards.",
  "Article 2 : Les barbecues sont interdits, sauf sur les foyers maçonnés aménagés du camping municipal du Gave et de l'aire de pique-nique du lac d'Ardoune.",
  "Article 3 : Il est interdit de fumer en forêt et sur les pistes forestières pendant la même période.",
  "Article 4 : Les infractions seront constatées et poursuivies conformément aux lois et règlements en vigueur."]),
("arrete-2019-008-camping.pdf", "2019-008", "12 avril 2019", "20190412",
 "Objet : Interdiction du camping et du caravaning en dehors du camping municipal",
 ["Vu le Code général des collectivités territoriales, notamment ses articles L2212-1 et L2212-2 ;",
  "Vu le Code de l'urbanisme, notamment ses articles R111-32 et suivants ;",
  "Considérant les risques pour la salubrité publique et la sécurité des personnes liés au camping sauvage en bordure du gave et sur les aires de stationnement ;"],
 ["Article 1 : Le camping et le caravaning sont interdits sur l'ensemble du territoire de la commune, en dehors du camping municipal du Gave. Cette interdiction est permanente.",
  "Article 2 : Le stationnement des camping-cars est interdit de 22 h à 7 h sur le parking du Foirail, sur le parking de la station et au bord du gave. Les camping-cars sont accueillis sur l'aire du camping municipal du Gave.",
  "Article 3 : Par exception, le bivouac d'une nuit, du coucher au lever du soleil, reste toléré au-dessus de 1 800 m d'altitude, à plus d'une heure de marche de toute route.",
  "Article 4 : Les contrevenants s'exposent à une amende et à l'enlèvement de leur véhicule.",
  "Article 5 : Le présent arrêté est permanent ; il sera affiché en mairie, au camping et aux entrées du village."]),
("arrete-2026-047-eau-couret.pdf", "2026-047", "30 novembre 2026", "20261130",
 "Objet : Restriction de la consommation de l'eau du réseau public au hameau de Couret",
 ["Vu le Code général des collectivités territoriales, notamment son article L2212-2 ;",
  "Vu le Code de la santé publique, notamment ses articles L1321-1 et suivants ;",
  "Vu le résultat de l'analyse du 27 novembre 2026 transmis par l'Agence régionale de santé, montrant une contamination bactériologique du réservoir de Couret ;"],
 ["Article 1 : À compter du 30 novembre 2026 et jusqu'à nouvel avis, l'eau distribuée au hameau de Couret ne doit pas être bue ni servir à préparer les repas sans avoir été bouillie au moins une minute.",
  "Article 2 : L'eau peut être utilisée sans restriction pour la toilette, la douche, la vaisselle et le lavage du linge.",
  "Article 3 : Des packs d'eau en bouteille sont distribués gratuitement à la mairie, aux heures d'ouverture, aux foyers du hameau de Couret.",
  "Article 4 : Le reste du réseau (village, quartier de la Hount) n'est pas concerné : l'eau y reste potable.",
  "Article 5 : Cette restriction sera levée par un nouvel arrêté dès que deux analyses successives seront conformes."]),
]


def write_csv():
    cols = ["COLL_NOM", "COLL_SIRET", "ARR_ID", "ARR_DATE", "ARR_TYPE", "ARR_MATIERE_CODE", "ARR_MATIERE_NOM",
            "ARR_OBJET", "ARR_DEBUT", "ARR_FIN", "ARR_LIEU", "ARR_URL"]
    pdf_of = {p[1]: p[0] for p in PDFS}
    with open("files/arretes.csv", "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(cols)
        for (i, d, t, (mc, mn), obj, deb, fin, lieu) in CSV_ROWS:
            url = ("https://www.peyrelade-de-bastan.fr/arretes/" + pdf_of[i]) if i in pdf_of else ""
            w.writerow([COLL, SIRET, i, d, t, mc, mn, obj, deb, fin, lieu, url])


class Arrete(FPDF):
    def __init__(self, numero, stamp):
        super().__init__(format="A4")
        self.numero, self.stamp = numero, stamp

    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 5, HEADER, align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, "1 place de l'Église - 65710 Peyrelade-de-Bastan - Tél. 05 62 39 41 07", align="C",
                  new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self):
        self.set_y(-18)
        self.set_font("Helvetica", "I", 7)
        self.cell(0, 4, "Accusé de réception en préfecture - ID : " + self.stamp, align="L", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Arrêté n° {self.numero} - page {self.page_no()}/{{nb}}", align="R")


def write_pdf(fname, numero, date_long, date_actes, titre, vus, articles):
    stamp = f"065-216599800-{date_actes}-{numero.replace('-', '_')}-AR"
    pdf = Arrete(numero, stamp)
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 8, f"ARRÊTÉ MUNICIPAL N° {numero}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(0, 6, titre, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, "Le Maire de la commune de Peyrelade-de-Bastan,", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for v in vus:
        pdf.multi_cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "ARRÊTE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 10)
    for k, a in enumerate(articles):
        if k == 3:
            pdf.add_page()   # les arrêtés longs tiennent sur deux pages : l'en-tête se répète
        pdf.multi_cell(0, 5, a, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.ln(6)
    pdf.multi_cell(0, 5, f"Fait à Peyrelade-de-Bastan, le {date_long}.", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 5, "Le Maire, Bernadette Caussade", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "I", 8)
    pdf.multi_cell(0, 4, "Le présent arrêté peut faire l'objet d'un recours devant le tribunal administratif de Pau "
                   "dans un délai de deux mois à compter de sa publication.", new_x="LMARGIN", new_y="NEXT")
    pdf.output("files/" + fname)


if __name__ == "__main__":
    write_csv()
    for p in PDFS:
        write_pdf(*p)
    print(len(CSV_ROWS), "arrêtés dans le CSV,", len(PDFS), "PDF")
