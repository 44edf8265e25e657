#!/usr/bin/env python3
"""Two signed arrêtés as 2-page PDFs with a text layer and a running page header (fpdf2, DejaVu font).

- arrete-2026-012-travaux-RD46.pdf : also in the arrêtés CSV (the PDF adds its text).
- arrete-2026-036-feu-artifice.pdf : ONLY in PDF (not in the CSV).
"""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "files")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


class Arrete(FPDF):
    def header(self):
        self.set_font("dv", "", 8)
        self.cell(0, 5, "Mairie de Bois-Tamarin - Secrétariat général - Registre des arrêtés du maire", align="L")
        self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(10, 16, 200, 16)
        self.ln(6)


def make(name, blocks, stamp):
    pdf = Arrete()
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONTB)
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    for kind, text in blocks:
        if kind == "page":
            pdf.add_page()
            continue
        if kind == "title":
            pdf.set_font("dv", "B", 13)
            pdf.multi_cell(0, 7, text, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "bold":
            pdf.set_font("dv", "B", 10.5)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("dv", "", 10.5)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.set_font("dv", "", 7.5)
    pdf.multi_cell(0, 4, "Accusé de réception en préfecture\n" + stamp, new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(OUT, name))


HEAD = [("text", "RÉPUBLIQUE FRANÇAISE\nDépartement de La Réunion\nCommune de Bois-Tamarin")]

RD46 = HEAD + [
    ("title", "ARRÊTÉ MUNICIPAL N° 2026-012"),
    ("bold", "Objet : Travaux de confortement de la RD 46 (route du Piton Goyaves) - route barrée et déviation"),
    ("text", "La Maire de la commune de Bois-Tamarin,"),
    ("text", "Vu le code général des collectivités territoriales, notamment ses articles L. 2213-1 et L. 2213-2 ;\n"
             "Vu le code de la route ;\n"
             "Vu la demande du Département de La Réunion, gestionnaire de la route départementale 46, en date du 12 février 2026 ;"),
    ("text", "Considérant que les travaux de confortement du talus de la RD 46, endommagé par le cyclone Hélianne, "
             "imposent de fermer la route à la circulation pendant les heures de chantier ;"),
    ("title", "ARRÊTE"),
    ("bold", "Article 1"),
    ("text", "Du lundi 2 mars 2026 au jeudi 30 avril 2026, la circulation de tous les véhicules est interdite sur la RD 46 "
             "(route du Piton Goyaves) entre le carrefour de Grand-Fond et l'église de Piton Goyaves, du lundi au vendredi "
             "de 8 h 30 à 16 h 30. En dehors de ces heures, le week-end et les jours fériés, la route est rouverte."),
    ("bold", "Article 2"),
    ("text", "Pendant les heures de fermeture, une déviation est mise en place par le chemin Grand-Fond et la rue des Goyaviers. "
             "Les cars scolaires et les véhicules de secours peuvent franchir le chantier à l'alternat."),
    ("page", ""),
    ("bold", "Article 3"),
    ("text", "La signalisation est mise en place et entretenue par l'entreprise chargée des travaux, sous le contrôle du Département."),
    ("bold", "Article 4"),
    ("text", "Madame la Directrice générale des services, le chef de la police municipale et le commandant de la brigade "
             "de gendarmerie sont chargés, chacun en ce qui le concerne, de l'exécution du présent arrêté."),
    ("text", "Fait à Bois-Tamarin, le 20 février 2026.\nLa Maire, Marie-Josée Payet"),
]

FEU = HEAD + [
    ("title", "ARRÊTÉ MUNICIPAL N° 2026-036"),
    ("bold", "Objet : Feu d'artifice de la Fête du Chouchou - stationnement interdit au parking du stade Paul-Fontaine et interdiction des pétards"),
    ("text", "La Maire de la commune de Bois-Tamarin,"),
    ("text", "Vu le code général des collectivités territoriales, notamment ses articles L. 2212-2 et L. 2213-2 ;\n"
             "Vu l'arrêté municipal n° 2026-034 du 18 mai 2026 réglementant la circulation rue du Marché pendant la Fête du Chouchou ;\n"
             "Vu la déclaration de spectacle pyrotechnique déposée par le Comité des fêtes de Bois-Tamarin ;"),
    ("text", "Considérant que le feu d'artifice de la Fête du Chouchou sera tiré le samedi 30 mai 2026 à 21 h depuis "
             "le stade Paul-Fontaine et qu'il convient d'assurer la sécurité du public ;"),
    ("title", "ARRÊTE"),
    ("bold", "Article 1"),
    ("text", "Le samedi 30 mai 2026, de 18 h à minuit, le stationnement est interdit sur le parking du stade Paul-Fontaine "
             "et sur le chemin du Stade. Les véhicules en infraction seront mis en fourrière."),
    ("bold", "Article 2"),
    ("text", "De 20 h 30 à 22 h, l'accès à la pelouse du stade Paul-Fontaine est interdit au public, dans un périmètre de "
             "sécurité de 100 mètres autour de la zone de tir. Le public est accueilli sur le terrain annexe."),
    ("page", ""),
    ("bold", "Article 3"),
    ("text", "Du vendredi 29 mai 2026 au dimanche 31 mai 2026, l'usage de pétards et de fusées par les particuliers est "
             "interdit sur l'ensemble du territoire communal."),
    ("bold", "Article 4"),
    ("text", "Madame la Directrice générale des services et le chef de la police municipale sont chargés de l'exécution "
             "du présent arrêté, qui sera affiché en mairie et sur les lieux."),
    ("text", "Fait à Bois-Tamarin, le 20 mai 2026.\nLa Maire, Marie-Josée Payet"),
]

if __name__ == "__main__":
    make("arrete-2026-012-travaux-RD46.pdf", RD46, "ID : 974-219742705-20260220-2026_012-AR")
    make("arrete-2026-036-feu-artifice.pdf", FEU, "ID : 974-219742705-20260520-2026_036-AR")
