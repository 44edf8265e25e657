"""Génère l'arrêté n° 2026-047 (feu d'artifice du 13 juillet), publié seulement en PDF.
Lancer avec un Python qui a fpdf2 : /work/main/.venv/bin/python make_pdf.py"""
from pathlib import Path
from fpdf import FPDF

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

pdf = FPDF(format="A4")
pdf.set_auto_page_break(True, margin=20)
pdf.add_font("DejaVu", "", FONT)
pdf.add_font("DejaVu", "B", FONT_B)
pdf.add_page()
_mc = pdf.multi_cell
pdf.multi_cell = lambda *a, **k: _mc(*a, new_x="LMARGIN", new_y="NEXT", **k)
pdf.set_font("DejaVu", "", 9)
pdf.multi_cell(0, 5, "RÉPUBLIQUE FRANÇAISE\nDépartement du Nord\nCOMMUNE D'AUBERCHIES-LES-MINES\n"
               "12 place Roger-Salengro – 59281 Auberchies-les-Mines – Tél. 03 27 48 61 20")
pdf.ln(6)
pdf.set_font("DejaVu", "B", 13)
pdf.multi_cell(0, 7, "ARRÊTÉ MUNICIPAL N° 2026-047", align="C")
pdf.set_font("DejaVu", "", 11)
pdf.multi_cell(0, 6, "du 29 juin 2026", align="C")
pdf.ln(4)
pdf.set_font("DejaVu", "B", 11)
pdf.multi_cell(0, 6, "Objet : Feu d'artifice de la fête nationale le lundi 13 juillet 2026 au stade Marcel-Paul "
               "– interdiction de stationner rue du Stade et chemin du Terril et périmètre de sécurité")
pdf.ln(4)
pdf.set_font("DejaVu", "", 10)
body = [
    "Le Maire de la commune d'Auberchies-les-Mines,",
    "Vu le code général des collectivités territoriales, notamment ses articles L. 2212-1 et L. 2212-2 ;",
    "Vu le code de la route ;",
    "Vu le décret n° 2010-580 du 31 mai 2010 relatif à l'acquisition, la détention et l'utilisation des artifices de divertissement ;",
    "Vu la déclaration de spectacle pyrotechnique déposée en préfecture du Nord le 2 juin 2026 par la société Lumières du Hainaut ;",
    "Considérant qu'il convient d'assurer la sécurité du public à l'occasion du feu d'artifice tiré le 13 juillet 2026 au stade Marcel-Paul ;",
    "ARRÊTE",
    "Article 1 : Le stationnement de tous les véhicules est interdit rue du Stade et chemin du Terril du lundi 13 juillet 2026 à 18 h au mardi 14 juillet 2026 à 2 h. Les véhicules en infraction seront mis en fourrière.",
    "Article 2 : La circulation est interdite rue du Stade, sauf véhicules de secours et d'organisation, le lundi 13 juillet 2026 de 21 h 30 à 0 h 30.",
    "Article 3 : Le tir du feu d'artifice aura lieu à 23 h depuis la pelouse du stade Marcel-Paul. Un périmètre de sécurité de 50 mètres autour de la zone de tir est interdit au public de 20 h à 1 h. Le public est accueilli derrière les barrières, côté tribune.",
    "Article 4 : L'usage de pétards et d'artifices par les particuliers est interdit sur tout le territoire de la commune du 13 juillet 2026 à 18 h au 14 juillet 2026 à 6 h.",
    "Article 5 : La signalisation sera mise en place par les services techniques municipaux.",
    "Article 6 : Monsieur le Commandant de la brigade de gendarmerie et la police municipale sont chargés, chacun en ce qui le concerne, de l'exécution du présent arrêté, qui sera affiché en mairie et publié sur le site internet de la commune.",
    "Fait à Auberchies-les-Mines, le 29 juin 2026",
    "Le Maire, Jean-Marc Kowalczyk",
]
for para in body:
    if para == "ARRÊTE":
        pdf.set_font("DejaVu", "B", 11)
        pdf.multi_cell(0, 6, para, align="C")
        pdf.set_font("DejaVu", "", 10)
    else:
        pdf.multi_cell(0, 5.5, para)
    pdf.ln(2)
pdf.ln(6)
pdf.set_font("DejaVu", "", 7)
pdf.multi_cell(0, 4, "Accusé de réception en préfecture\nID : 059-215999700-20260629-2026_047-AR\n"
               "Date de télétransmission : 30/06/2026\nDate de réception préfecture : 30/06/2026")
out = Path(__file__).parent / "files" / "arrete-2026-047-feu-artifice.pdf"
pdf.output(str(out))
print("écrit", out)
