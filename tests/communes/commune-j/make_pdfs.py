"""Génère les deux arrêtés signés (PDF avec couche texte) de Lindenheim, avec un en-tête de page
répété sur chaque page et le tampon @ctes en première page.
Lancer avec un Python où fpdf2 est importable (ex. /work/main/.venv/bin/python make_pdfs.py).
"""
from pathlib import Path

from fpdf import FPDF

FILES = Path(__file__).resolve().parent / "files"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


class Arrete(FPDF):
    def __init__(self, running_header, stamp):
        super().__init__(format="A4")
        self.running_header = running_header
        self.stamp = stamp
        self.add_font("DejaVu", "", FONT)
        self.add_font("DejaVu", "B", FONT_B)
        self.set_auto_page_break(True, margin=25)
        self.alias_nb_pages()

    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.running_header, new_x="LMARGIN", new_y="NEXT", align="L")
        self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", new_x="LMARGIN", new_y="NEXT", align="R")
        self.line(10, 21, 200, 21)
        if self.page_no() == 1:
            self.set_xy(120, 24)
            self.set_font("DejaVu", "", 7)
            self.multi_cell(80, 3.5, self.stamp, border=1, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.set_y(45 if self.page_no() == 1 else 28)

    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Mairie de Lindenheim – 2 place de la Mairie, 67599 Lindenheim – 03 88 71 42 10", align="C")


def build(filename, running_header, stamp, title, objet, vus, considerants, articles, fait_le):
    pdf = Arrete(running_header, stamp)
    pdf.add_page()
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(0, 4.5, "RÉPUBLIQUE FRANÇAISE\nDÉPARTEMENT DU BAS-RHIN\nCOMMUNE DE LINDENHEIM", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 13)
    pdf.multi_cell(0, 7, title, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 10)
    pdf.multi_cell(0, 5.5, "Objet : " + objet, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5.5, "Le Maire de la commune de Lindenheim,", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    for v in vus:
        pdf.multi_cell(0, 5.5, v, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    for c in considerants:
        pdf.multi_cell(0, 5.5, c, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 11)
    pdf.multi_cell(0, 6, "ARRÊTE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for head, text in articles:
        pdf.set_font("DejaVu", "B", 10)
        pdf.multi_cell(0, 5.5, head, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.ln(4)
    pdf.multi_cell(0, 5.5, fait_le + "\nLe Maire,\nMarie-Odile Hertzog", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("DejaVu", "", 8)
    pdf.multi_cell(0, 4.5, "Le présent arrêté peut faire l'objet d'un recours devant le tribunal administratif de "
                   "Strasbourg dans un délai de deux mois à compter de sa publication. Il est affiché en mairie et "
                   "publié sur le site www.lindenheim-birsel.fr.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(FILES / filename))


build(
    "arrete-2026-088-crue-passerelle.pdf",
    "Commune de Lindenheim — Registre des arrêtés du Maire — Année 2026",
    "Accusé de réception en préfecture\nID : 067-216705994-20261127-2026_088-AR\nDate de télétransmission : 27/11/2026\nDate de réception préfecture : 27/11/2026",
    "ARRÊTÉ MUNICIPAL N° 2026-088",
    "Crue de la Birsel – fermeture de la passerelle du Moulin et du chemin de halage",
    [
        "Vu le Code général des collectivités territoriales, notamment ses articles L. 2212-2 et L. 2212-4 ;",
        "Vu l'arrêté municipal n° 2026-021 du 12 mars 2026 limitant la vitesse rue Principale ;",
        "Vu le bulletin de vigilance crues de niveau orange émis le 26 novembre 2026 pour le tronçon Birsel aval ;",
    ],
    [
        "Considérant que la montée des eaux de la Birsel rend dangereux le passage sur la passerelle du Moulin et "
        "sur le chemin de halage, dont plusieurs portions sont submergées ;",
        "Considérant qu'il appartient au Maire de prévenir les accidents et de faire cesser les risques pour la "
        "sécurité des personnes ;",
    ],
    [
        ("Article 1er", "À compter du vendredi 27 novembre 2026, la passerelle du Moulin et le chemin de halage "
         "(Leinpfad), entre le pont de la Birsel et le lieu-dit Mühlmatt, sont fermés à tout public, piétons et "
         "cyclistes compris."),
        ("Article 2", "Cette fermeture est maintenue jusqu'au vendredi 11 décembre 2026 inclus. Elle pourra être "
         "levée plus tôt par le Maire dès la décrue constatée par les services techniques ; l'information sera "
         "alors publiée sur le site de la commune."),
        ("Article 3", "Pour rejoindre la rive droite, les piétons emprunteront le trottoir du pont de la Birsel, "
         "rue Principale. Le parc de la Birsel reste ouvert, à l'exception de la pelouse située en bordure de la "
         "rivière."),
        ("Article 4", "Des sacs de sable sont mis à la disposition des riverains aux ateliers municipaux, 12 rue de "
         "l'Industrie, du lundi au samedi de 8 h à 17 h, sur présentation d'un justificatif de domicile."),
        ("Article 5", "Les services techniques de la commune mettront en place les barrières et la signalisation "
         "réglementaire aux deux extrémités de la passerelle et à chaque accès au chemin de halage."),
        ("Article 6", "Toute infraction au présent arrêté sera constatée et poursuivie conformément aux lois et "
         "règlements en vigueur."),
        ("Article 7", "La Directrice générale des services, le Commandant de la brigade de gendarmerie de "
         "Lindenheim et les agents de la police municipale sont chargés, chacun en ce qui le concerne, de "
         "l'exécution du présent arrêté, qui sera affiché aux accès de la passerelle et en mairie."),
    ],
    "Fait à Lindenheim, le 27 novembre 2026",
)

build(
    "arrete-2026-095-marche-de-noel.pdf",
    "Mairie de Lindenheim – Arrêtés du Maire 2026 – Police de la circulation",
    "Accusé de réception en préfecture\nID : 067-216705994-20261202-2026_095-AR\nDate de télétransmission : 02/12/2026\nDate de réception préfecture : 02/12/2026",
    "ARRÊTÉ MUNICIPAL N° 2026-095",
    "Réglementation de la circulation et du stationnement pendant le marché de Noël (Wihnachtsmärik)",
    [
        "Vu le Code général des collectivités territoriales, notamment ses articles L. 2212-1, L. 2212-2 et L. 2213-1 ;",
        "Vu le Code de la route ;",
        "Vu l'arrêté municipal n° 2025-112 du 15 décembre 2025 portant règlement du marché hebdomadaire, place du Marché ;",
    ],
    [
        "Considérant que le marché de Noël organisé par la commune et l'Office des sports et loisirs se tient place "
        "de l'Église et qu'il y a lieu d'assurer la sécurité des exposants et des visiteurs ;",
    ],
    [
        ("Article 1er", "Du vendredi 11 décembre 2026 à 14 h au dimanche 20 décembre 2026 à 22 h, la circulation et le "
         "stationnement de tous les véhicules sont interdits place de l'Église et rue de l'Église (Kirchgass), "
         "entre la rue Principale et la rue des Écoles."),
        ("Article 2", "Le marché de Noël est ouvert au public les vendredis de 17 h à 21 h, les samedis de 14 h à "
         "21 h et les dimanches de 11 h à 19 h."),
        ("Article 3", "Une déviation est mise en place par la rue de la Gare et la rue des Jardins. Les riverains "
         "de la rue de l'Église accèdent à leur garage par la rue des Écoles, au pas, en dehors des heures "
         "d'ouverture du marché."),
        ("Article 4", "Les véhicules des exposants sont autorisés à circuler sur la place de l'Église pour "
         "l'installation et le démontage des chalets, le matin avant 11 h."),
        ("Article 5", "Tout véhicule en stationnement gênant sera mis en fourrière aux frais de son propriétaire."),
        ("Article 6", "La Directrice générale des services, le Commandant de la brigade de gendarmerie et les "
         "services techniques municipaux sont chargés, chacun en ce qui le concerne, de l'exécution du présent "
         "arrêté."),
    ],
    "Fait à Lindenheim, le 2 décembre 2026",
)
print("PDF écrits")
