"""Génère les deux arrêtés signés en PDF (avec couche texte) de Rochemoine-sur-Loire (fictive).
Lancer avec /work/main/.venv/bin/python (fpdf2). 2026-048 est aussi dans arretes.csv ; 2026-049 n'existe qu'en PDF."""
import os, pathlib
from fpdf import FPDF
from fpdf.enums import XPos, YPos

OUT = pathlib.Path(__file__).parent / "files"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

ARRETES = {
 "arrete-2026-048.pdf": {
  "stamp": "Accusé de réception en préfecture - ID : 037-213702910-20261202-2026_048-AR - Reçu le 02/12/2026",
  "titre": "ARRÊTÉ MUNICIPAL N° 2026-048",
  "objet": "Objet : Fermeture au public des berges de la Loire, du chemin de halage et de la plage des Sablons pendant la vigilance orange crue",
  "vu": [
   "Vu le Code général des collectivités territoriales, notamment ses articles L. 2212-2 et L. 2212-4 ;",
   "Vu le plan de prévention du risque inondation du Val de Loire ;",
   "Vu le bulletin Vigicrues du 2 décembre 2026 plaçant le tronçon Loire tourangelle en vigilance orange crue ;",
   "Considérant la montée rapide des eaux et le danger que représentent les berges submergées, les courants et les embâcles ;",
  ],
  "articles": [
   "Article 1 : À compter du 2 décembre 2026 et jusqu'au 13 décembre 2026 inclus, l'accès des piétons, des cyclistes et des véhicules est interdit sur le chemin de halage, sur le quai des Mariniers (partie basse), à la plage des Sablons et à la cale de la halte fluviale.",
   "Article 2 : Les cyclistes de l'itinéraire La Loire à vélo sont déviés par la rue Nationale et la route de Chaumoux. La mise à l'eau des embarcations est interdite sur toute la commune pendant la même période.",
   "Article 3 : Cette interdiction pourra être levée avant son terme, par un nouvel arrêté, dès le retour en vigilance jaune.",
   "Article 4 : Monsieur le commandant de la brigade de gendarmerie et les agents de la commune sont chargés, chacun pour ce qui le concerne, de l'exécution du présent arrêté, qui sera affiché en mairie et aux accès des berges.",
  ],
  "fait": "Fait à Rochemoine-sur-Loire, le 2 décembre 2026",
 },
 "arrete-2026-049-marche-de-noel.pdf": {
  "stamp": "Accusé de réception en préfecture - ID : 037-213702910-20261203-2026_049-AR - Reçu le 03/12/2026",
  "titre": "ARRÊTÉ MUNICIPAL N° 2026-049",
  "objet": "Objet : Réglementation temporaire de la circulation et du stationnement place du Mail pour le marché de Noël",
  "vu": [
   "Vu le Code général des collectivités territoriales, notamment ses articles L. 2213-1 et L. 2213-2 ;",
   "Vu le Code de la route ;",
   "Vu la demande du Comité des fêtes, domicilié 6 rue des Tonneliers, en date du 18 novembre 2026 ;",
   "Considérant qu'il convient d'assurer la sécurité des exposants et du public pendant le marché de Noël ;",
  ],
  "articles": [
   "Article 1 : Le samedi 12 décembre 2026 de 7h à 22h et le dimanche 13 décembre 2026 de 7h à 19h, la circulation et le stationnement de tous les véhicules sont interdits place du Mail, sauf pour les véhicules des exposants et des services de secours.",
   "Article 2 : Les visiteurs pourront stationner sur le parking de la salle des fêtes et rue du Stade.",
   "Article 3 : Tout véhicule en infraction sera mis en fourrière aux frais de son propriétaire.",
   "Article 4 : La signalisation sera mise en place par les services techniques de la commune. Le présent arrêté sera affiché en mairie et place du Mail.",
  ],
  "fait": "Fait à Rochemoine-sur-Loire, le 3 décembre 2026",
 },
}


def make(name, a):
    pdf = FPDF(format="A4")
    mc = pdf.multi_cell
    pdf.multi_cell = lambda *x, **k: mc(*x, new_x=XPos.LMARGIN, new_y=YPos.NEXT, **k)
    if os.path.exists(FONT):
        pdf.add_font("DejaVu", "", FONT)
        pdf.add_font("DejaVu", "B", FONT_B if os.path.exists(FONT_B) else FONT)
        fam = "DejaVu"
    else:
        fam = "Helvetica"
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font(fam, "", 7)
    pdf.multi_cell(0, 4, a["stamp"], align="R")
    pdf.ln(2)
    pdf.set_font(fam, "B", 11)
    pdf.multi_cell(0, 6, "RÉPUBLIQUE FRANÇAISE\nDépartement d'Indre-et-Loire\nCOMMUNE DE ROCHEMOINE-SUR-LOIRE", align="C")
    pdf.ln(4)
    pdf.set_font(fam, "B", 14)
    pdf.multi_cell(0, 8, a["titre"], align="C")
    pdf.ln(2)
    pdf.set_font(fam, "B", 11)
    pdf.multi_cell(0, 6, a["objet"])
    pdf.ln(3)
    pdf.set_font(fam, "", 10)
    pdf.multi_cell(0, 5, "Le Maire de la commune de Rochemoine-sur-Loire,")
    for v in a["vu"]:
        pdf.multi_cell(0, 5, v)
    pdf.ln(2)
    pdf.set_font(fam, "B", 11)
    pdf.multi_cell(0, 6, "ARRÊTE", align="C")
    pdf.set_font(fam, "", 10)
    for art in a["articles"]:
        pdf.ln(1)
        pdf.multi_cell(0, 5, art)
    pdf.ln(6)
    pdf.multi_cell(0, 5, a["fait"] + "\nLe Maire, Hélène Boisramé", align="R")
    pdf.output(str(OUT / name))


for n, a in ARRETES.items():
    make(n, a)
    print("written", n)
