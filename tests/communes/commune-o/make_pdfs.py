"""Génère les deux arrêtés publiés seulement en PDF (couche texte), avec fpdf2.

Lancer avec /work/main/.venv/bin/python make_pdfs.py (fpdf2 2.8 y est importable).

- files/arrete-2026-027-marche-de-noel.pdf : mise en page propre de traitement de texte, une page,
  tampon @ctes en bas de page.
- files/arrete-2026-029-brulage-sarments.pdf : « lettre scannée » de deux pages, police machine à écrire,
  fond grisé, texte légèrement penché, un en-tête courant répété sur chaque page (avec l'adresse de la
  mairie, place de la Fontaine : ce n'est pas un lieu de l'arrêté), un tampon rond de la mairie.
"""
import random
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).parent
FILES = HERE / "files"
FONTS = Path("/usr/share/fonts/truetype")


def add_fonts(pdf):
    pdf.add_font("serif", "", str(FONTS / "liberation/LiberationSerif-Regular.ttf"))
    pdf.add_font("serif", "B", str(FONTS / "liberation/LiberationSerif-Bold.ttf"))
    pdf.add_font("serif", "I", str(FONTS / "liberation/LiberationSerif-Italic.ttf"))
    pdf.add_font("mono", "", str(FONTS / "liberation/LiberationMono-Regular.ttf"))
    pdf.add_font("mono", "B", str(FONTS / "liberation/LiberationMono-Bold.ttf"))


# ---------------------------------------------------------------------------------------------
def marche_de_noel():
    pdf = FPDF(format="A4")
    add_fonts(pdf)
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 25)
    pdf.add_page()
    pdf.set_font("serif", "B", 12)
    pdf.multi_cell(80, 5.5, "RÉPUBLIQUE FRANÇAISE\nDépartement de la Côte-d'Or\nCommune de Clessange-la-Côte",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("serif", "B", 15)
    pdf.cell(0, 8, "ARRÊTÉ MUNICIPAL N° 2026-027", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("serif", "", 11)
    pdf.cell(0, 6, "du 25 novembre 2026", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("serif", "B", 11.5)
    pdf.multi_cell(0, 6, "Objet : Interdiction temporaire de stationnement place de la Fontaine pour le marché "
                         "de Noël des vignerons", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("serif", "", 11)
    body = [
        "Le Maire de la commune de Clessange-la-Côte,",
        "Vu le Code général des collectivités territoriales, notamment ses articles L2212-1, L2212-2 et L2213-2 ;",
        "Vu le Code de la route ;",
        "Vu l'arrêté municipal n° 2024-022 du 12 juin 2024 limitant la vitesse à 30 km/h rue du Pressoir et "
        "Grande Rue ;",
        "Considérant que le comité des fêtes organise le marché de Noël des vignerons place de la Fontaine les "
        "12 et 13 décembre 2026 et qu'il y a lieu d'assurer la sécurité des exposants et des visiteurs ;",
    ]
    for p in body:
        pdf.multi_cell(0, 5.6, p, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(2)
    pdf.set_font("serif", "B", 12)
    pdf.cell(0, 7, "ARRÊTE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    arts = [
        ("Article 1er", "Le stationnement de tous les véhicules est interdit place de la Fontaine du samedi "
         "12 décembre 2026 à 6 h au dimanche 13 décembre 2026 à 20 h, à l'exception des véhicules des "
         "exposants munis d'un laissez-passer du comité des fêtes."),
        ("Article 2", "Un parking provisoire est ouvert pendant la même période sur le terrain communal des "
         "Murgers, rue des Vignes. L'arrêt du car scolaire est maintenu place de la Fontaine."),
        ("Article 3", "La signalisation sera mise en place par les services techniques municipaux. Tout "
         "véhicule en stationnement gênant sera mis en fourrière aux frais de son propriétaire."),
        ("Article 4", "Le Maire et le commandant de la brigade de gendarmerie d'Arnay-la-Fontaine sont "
         "chargés, chacun en ce qui le concerne, de l'exécution du présent arrêté, qui sera affiché en mairie "
         "et publié sur le site internet de la commune."),
    ]
    for t, txt in arts:
        pdf.set_font("serif", "B", 11)
        pdf.cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("serif", "", 11)
        pdf.multi_cell(0, 5.6, txt, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.ln(4)
    pdf.set_x(110)
    pdf.multi_cell(80, 5.6, "Fait à Clessange-la-Côte, le 25 novembre 2026\nLe Maire,\nBernard Lachaux",
                   new_x="LMARGIN", new_y="NEXT")
    # tampon @ctes
    pdf.set_auto_page_break(False)
    pdf.set_y(-34)
    pdf.set_draw_color(90, 90, 90)
    pdf.set_font("serif", "", 8)
    pdf.set_text_color(70, 70, 70)
    pdf.rect(22, pdf.get_y() - 1, 95, 15)
    pdf.multi_cell(93, 3.6, "Accusé de réception en préfecture\nID : 021-212199700-20261125-2026_027-AR\n"
                            "Date de télétransmission : 26/11/2026\nDate de réception préfecture : 26/11/2026",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(FILES / "arrete-2026-027-marche-de-noel.pdf"))


# ---------------------------------------------------------------------------------------------
class ScanPDF(FPDF):
    HEADER_TXT = ("MAIRIE DE CLESSANGE-LA-CÔTE - 2, place de la Fontaine - 21190 CLESSANGE-LA-CÔTE - "
                  "Tél. 03 80 21 47 63")
    HEADER_TXT2 = "Registre des arrêtés du Maire - année 2026"

    def header(self):
        # fond « papier scanné » : grisé et poussières
        self.set_fill_color(246, 244, 238)
        self.rect(0, 0, 210, 297, style="F")
        rnd = random.Random(self.page_no() * 7)
        self.set_fill_color(200, 198, 192)
        for _ in range(140):
            x, y, r = rnd.uniform(0, 210), rnd.uniform(0, 297), rnd.uniform(0.1, 0.45)
            self.ellipse(x, y, r, r, style="F")
        self.set_font("mono", "", 7.5)
        self.set_text_color(60, 60, 60)
        self.set_xy(15, 8)
        self.cell(180, 3.5, self.HEADER_TXT, align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_x(15)
        self.cell(180, 3.5, f"{self.HEADER_TXT2}   -   page {self.page_no()}/{{nb}}", align="C",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(80, 80, 80)
        self.line(15, 16.5, 195, 16.5)
        self.set_text_color(25, 25, 30)
        self.set_y(24)


def brulage_sarments():
    pdf = ScanPDF(format="A4")
    add_fonts(pdf)
    pdf.alias_nb_pages()
    pdf.set_margins(24, 24, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    with pdf.rotation(0.6, x=105, y=148):
        pdf.set_font("mono", "", 10)
        pdf.multi_cell(0, 4.8, "Commune de Clessange-la-Côte\nCôte-d'Or\n\nN/Réf. : BL/MF 2026-029",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)
        pdf.set_font("mono", "B", 12)
        pdf.multi_cell(0, 6, "ARRÊTÉ DU MAIRE N° 2026-029 DU 20 NOVEMBRE 2026", align="C",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        pdf.set_font("mono", "B", 10)
        pdf.multi_cell(0, 5, "Objet : Réglementation du brûlage des sarments pendant la campagne de taille "
                             "de la vigne 2026-2027", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        pdf.set_font("mono", "", 10)
        paras = [
            "Le Maire de Clessange-la-Côte,",
            "Vu le Code général des collectivités territoriales, et notamment ses articles L2212-1 et L2212-2 ;",
            "Vu le Code de l'environnement, article L541-21-1 ;",
            "Vu le règlement sanitaire départemental de la Côte-d'Or, article 84 ;",
            "Vu l'arrêté préfectoral du 2 mars 2021 relatif à l'emploi du feu dans le département ;",
            "Vu la demande de la cave coopérative Les Vignerons de Clessange, 5 rue du Pressoir ;",
            "Considérant que l'élimination des sarments issus de la taille de la vigne ne peut se faire "
            "autrement, pour certaines parcelles en coteau, que par brûlage sur place ;",
            "Considérant les nuisances et les risques que présentent ces feux pour le voisinage et la "
            "circulation ;",
        ]
        for p in paras:
            pdf.multi_cell(0, 4.8, p, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
        pdf.ln(2)
        pdf.set_font("mono", "B", 11)
        pdf.cell(0, 6, "A R R Ê T E", align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        pdf.set_font("mono", "", 10)
        arts = [
            "Article 1er - Du 1er décembre 2026 au 31 mars 2027, les exploitants viticoles sont autorisés à "
            "brûler les sarments issus de la taille de leurs vignes, sur leurs parcelles de vigne uniquement, "
            "de 9 h à 16 h, du lundi au samedi.",
            "Article 2 - Le brûlage des sarments est interdit : les dimanches et jours fériés ; à moins de "
            "50 mètres des habitations, des bois et des routes départementales ; lorsque le vent dépasse "
            "30 km/h ; pendant les épisodes de pollution de l'air annoncés par la préfecture.",
            "Article 3 - Les feux sont surveillés en permanence par une personne munie d'un moyen "
            "d'extinction. Ils sont entièrement éteints avant 16 h 30. L'usage de pneus, de plastiques, de "
            "piquets traités ou de tout produit accélérant est interdit.",
        ]
        for a in arts:
            pdf.multi_cell(0, 4.8, a, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.add_page()
    with pdf.rotation(-0.4, x=105, y=148):
        pdf.set_font("mono", "", 10)
        arts2 = [
            "Article 4 - Le présent arrêté ne concerne pas les particuliers : le brûlage des déchets verts "
            "des jardins (tontes, feuilles, tailles de haies) reste interdit toute l'année.",
            "Article 5 - Les infractions au présent arrêté sont constatées par procès-verbal et punies d'une "
            "amende pouvant aller jusqu'à 750 €, sans préjudice de la responsabilité de l'auteur en cas de "
            "dommage.",
            "Article 6 - Le Maire, le commandant de la brigade de gendarmerie d'Arnay-la-Fontaine et le garde "
            "champêtre intercommunal sont chargés, chacun en ce qui le concerne, de l'exécution du présent "
            "arrêté, qui sera affiché en mairie et à la cave coopérative.",
        ]
        for a in arts2:
            pdf.multi_cell(0, 4.8, a, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        pdf.ln(6)
        pdf.set_x(112)
        pdf.multi_cell(75, 4.8, "Fait à Clessange-la-Côte,\nle 20 novembre 2026\n\nLe Maire,\nBernard Lachaux",
                       new_x="LMARGIN", new_y="NEXT")
    # tampon rond de la mairie
    pdf.set_draw_color(60, 70, 140)
    pdf.set_text_color(60, 70, 140)
    pdf.set_line_width(0.6)
    pdf.ellipse(128, 150, 36, 36)
    pdf.ellipse(131, 153, 30, 30)
    pdf.set_font("serif", "B", 6.5)
    pdf.set_xy(128, 162)
    pdf.multi_cell(36, 3, "MAIRIE DE\nCLESSANGE-LA-CÔTE\n(Côte-d'Or)", align="C")
    # tampon @ctes
    pdf.set_text_color(40, 40, 40)
    pdf.set_draw_color(40, 40, 40)
    pdf.set_line_width(0.2)
    pdf.set_font("mono", "", 7.5)
    pdf.set_xy(24, 245)
    pdf.multi_cell(100, 3.6, "Envoyé en préfecture le 21/11/2026\nReçu en préfecture le 21/11/2026\n"
                             "Affiché le 21/11/2026\nID : 021-212199700-20261120-2026_029-AR", border=1)
    pdf.output(str(FILES / "arrete-2026-029-brulage-sarments.pdf"))


if __name__ == "__main__":
    marche_de_noel()
    brulage_sarments()
