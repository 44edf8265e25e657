"""Writes the two signed arrêtés (PDF with a text layer) into files/. Needs fpdf2:
/work/main/.venv/bin/python make_pdfs.py"""
from pathlib import Path
from fpdf import FPDF

OUT = Path(__file__).resolve().parent / "files"


class Arrete(FPDF):
    def __init__(self, numero):
        super().__init__(format="A4")
        self.numero = numero
        self.set_auto_page_break(auto=True, margin=25)
        self.set_margins(22, 25, 22)

    def header(self):
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, f"Ville de Bréviande-en-Brie - Arrêté municipal n° {self.numero}", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self):
        self.set_y(-18)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 4, "Hôtel de Ville - 2 place de l'Hôtel-de-Ville - 77164 Bréviande-en-Brie - 01 64 27 50 00",
                  align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Page {self.page_no()}/{{nb}}", align="C")

    def para(self, text, style="", size=10.5, gap=2.5):
        self.set_font("Helvetica", style, size)
        self.multi_cell(0, 5.2, text)
        self.ln(gap)


def make(numero, filename, titre, objet, vus, articles, fait, stamp, force_two_pages=False):
    pdf = Arrete(numero)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.para("RÉPUBLIQUE FRANÇAISE\nDépartement de Seine-et-Marne\nVILLE DE BRÉVIANDE-EN-BRIE", "B", 10)
    pdf.para(f"ARRÊTÉ DU MAIRE N° {numero}", "B", 13, 1)
    pdf.para(titre, "B", 11)
    pdf.para(f"Objet : {objet}", "", 10.5, 4)
    pdf.para("La Maire de Bréviande-en-Brie,", "", 10.5)
    for v in vus:
        pdf.para(v, "", 10, 1.5)
    pdf.ln(2)
    pdf.para("ARRÊTE", "B", 11)
    for i, a in enumerate(articles, 1):
        if force_two_pages and i == 4 and pdf.page_no() == 1:
            pdf.add_page()
        pdf.para(f"Article {i} - {a}", "", 10.5)
    pdf.ln(3)
    pdf.para(fait, "", 10.5, 6)
    pdf.set_font("Helvetica", "", 7.5)
    pdf.multi_cell(0, 4, stamp)
    pdf.output(str(OUT / filename))


VU_CODE = ("Vu le code général des collectivités territoriales, notamment ses articles L. 2212-1, "
           "L. 2212-2 et L. 2213-1 ;")
VU_ROUTE = "Vu le code de la route, notamment ses articles R. 411-8 et R. 417-10 ;"
VU_SIGN = ("Vu l'instruction interministérielle sur la signalisation routière, livre I, huitième partie "
           "(signalisation temporaire) ;")

# 1. only in PDF: demolition works, two pages, running header and footer
make(
    "2026-069", "arrete-2026-069-rue-victor-hugo.pdf",
    "PORTANT RÉGLEMENTATION TEMPORAIRE DE LA CIRCULATION ET DU STATIONNEMENT",
    "Interdiction temporaire de la circulation et du stationnement rue Victor-Hugo et impasse des "
    "Charmilles pendant les travaux de démolition d'un bâtiment menaçant ruine",
    [VU_CODE, VU_ROUTE, VU_SIGN,
     "Vu l'arrêté n° 2026-004 du 12 janvier 2026 portant création d'une zone bleue rue de la République, "
     "place du Marché, rue Saint-Aubin et rue Pasteur ;",
     "Vu l'arrêté de péril n° 2026-033 du 24 avril 2026 concernant l'immeuble situé 17 rue Victor-Hugo ;",
     "Vu la demande présentée le 29 juin 2026 par l'entreprise Démolitions Briardes SARL, chargée des travaux ;",
     "Considérant que la démolition de l'immeuble du 17 rue Victor-Hugo impose, pour la sécurité des "
     "usagers, d'interdire la circulation et le stationnement au droit du chantier ;"],
    ["Du lundi 20 juillet 2026 au vendredi 14 août 2026 inclus, la circulation de tous les véhicules est "
     "interdite rue Victor-Hugo, dans sa section comprise entre le n° 9 et le n° 25, de 7 h 30 à 18 h.",
     "Pendant la même période, le stationnement est interdit et considéré comme gênant, de jour comme de "
     "nuit, rue Victor-Hugo (du n° 9 au n° 25) et dans toute l'impasse des Charmilles.",
     "Une déviation est mise en place par les voies adjacentes et signalée sur place. L'accès des piétons "
     "aux habitations est maintenu par le trottoir opposé au chantier. Les véhicules de secours "
     "conservent l'accès en permanence.",
     "La signalisation réglementaire est fournie, mise en place et entretenue par l'entreprise "
     "Démolitions Briardes SARL, sous le contrôle des services techniques municipaux.",
     "Les véhicules en infraction aux dispositions du présent arrêté seront mis en fourrière aux frais "
     "de leur propriétaire.",
     "Le présent arrêté peut faire l'objet d'un recours devant le tribunal administratif de Melun dans un "
     "délai de deux mois à compter de sa publication.",
     "La Directrice générale des services, le Chef de la police municipale et le Commandant de la "
     "brigade de gendarmerie sont chargés, chacun en ce qui le concerne, de l'exécution du présent "
     "arrêté, qui sera publié et affiché."],
    "Fait à Bréviande-en-Brie, le 9 juillet 2026\nLa Maire,\nHélène Vasseur-Quintard",
    "Accusé de réception en préfecture\nID : 077-217759800-20260709-2026_069-AR\nDate de télétransmission : 09/07/2026",
    force_two_pages=True,
)

# 2. also in the CSV: the 13 July fireworks, with the full text
make(
    "2026-058", "arrete-2026-058-feu-artifice.pdf",
    "PORTANT RÉGLEMENTATION DE LA CIRCULATION ET DU STATIONNEMENT À L'OCCASION DU FEU D'ARTIFICE",
    "Feu d'artifice de la fête nationale tiré au parc de la Roseraie le lundi 13 juillet 2026",
    [VU_CODE, VU_ROUTE,
     "Vu l'arrêté n° 2026-057 du 1er juillet 2026 interdisant la vente et l'usage des pétards et "
     "artifices de divertissement sur la voie publique ;",
     "Considérant qu'un feu d'artifice sera tiré depuis la pelouse est du parc de la Roseraie le lundi "
     "13 juillet 2026 vers 23 h et qu'il convient d'assurer la sécurité du public ;"],
    ["Le lundi 13 juillet 2026 à partir de 18 h et jusqu'au mardi 14 juillet 2026 à 2 h, la circulation et "
     "le stationnement de tous les véhicules sont interdits avenue du Parc et rue des Écoles.",
     "Le parc de la Roseraie est fermé au public le lundi 13 juillet 2026 de 14 h à 21 h 30 pour "
     "l'installation du pas de tir, puis rouvert pour le spectacle. Le bal populaire a lieu ensuite "
     "place du Marché jusqu'à 1 h.",
     "Le public est invité à rejoindre le parc à pied. Un parking est réservé aux personnes à mobilité "
     "réduite devant le gymnase Léo-Lagrange.",
     "En cas de vent violent ou d'alerte météorologique, le tir pourra être reporté au mardi 14 juillet "
     "2026 à la même heure ; les interdictions de l'article 1 seraient alors reportées d'un jour.",
     "La Directrice générale des services et le Chef de la police municipale sont chargés de "
     "l'exécution du présent arrêté."],
    "Fait à Bréviande-en-Brie, le 1er juillet 2026\nLa Maire,\nHélène Vasseur-Quintard",
    "Accusé de réception en préfecture\nID : 077-217759800-20260701-2026_058-AR\nDate de télétransmission : 01/07/2026",
)
print("ok")
