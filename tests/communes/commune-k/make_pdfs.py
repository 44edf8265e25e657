"""Génère les arrêtés PDF de Montfaucon-des-Maures (commune fictive) dans files/.

Lancer avec un Python où fpdf2 est installé, par exemple :
    /work/main/.venv/bin/python make_pdfs.py
"""
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
OUT = HERE / "files"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FONT_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")

ARRETES = [
    {
        "fichier": "arrete-2026-024-emploi-du-feu.pdf",
        "numero": "2026-024",
        "objet": "Interdiction temporaire de l'emploi du feu, des barbecues au charbon de bois "
                 "et des feux d'artifice sur le territoire communal",
        "vu": [
            "Vu le code général des collectivités territoriales, notamment ses articles L. 2212-1 et L. 2212-2 ;",
            "Vu le code forestier, notamment ses articles L. 131-1 et suivants ;",
            "Vu l'arrêté préfectoral du 30 mars 2015 portant règlement permanent de l'emploi du feu "
            "dans le département du Var ;",
            "Considérant la sécheresse persistante et le risque très élevé d'incendie de forêt "
            "sur les collines qui entourent le village ;",
        ],
        "articles": [
            "Du 1er juin 2026 au 30 septembre 2026, sont interdits sur l'ensemble du territoire de la "
            "commune, y compris dans les jardins privés : tout brûlage de végétaux, l'usage des barbecues "
            "au charbon de bois ou au bois, le tir de feux d'artifice et de pétards, le lâcher de "
            "lanternes volantes.",
            "Les barbecues au gaz ou électriques restent autorisés dans les jardins du village, à plus de "
            "200 mètres des bois et garrigues.",
            "Par dérogation, le feu d'artifice de la fête votive, tiré par un artificier agréé le 8 août "
            "2026 au stade municipal, est autorisé, sous la surveillance du CCFF.",
            "Les infractions au présent arrêté seront constatées par procès-verbal et punies de l'amende "
            "prévue pour les contraventions de la 4e classe.",
            "Madame la Maire, le commandant de la brigade de gendarmerie du Luc et le président du CCFF "
            "sont chargés, chacun en ce qui le concerne, de l'exécution du présent arrêté.",
        ],
        "fait": "22 mai 2026",
        "stamp": "083-218301970-20260522-2026_024-AR",
    },
    {
        "fichier": "arrete-2026-031-fete-votive.pdf",
        "numero": "2026-031",
        "objet": "Réglementation de la circulation et du stationnement pendant la fête votive "
                 "de la Saint-Laurent",
        "vu": [
            "Vu le code général des collectivités territoriales, notamment ses articles L. 2213-1 et L. 2213-2 ;",
            "Vu le code de la route ;",
            "Vu la demande du comité des fêtes du 2 juin 2026 ;",
            "Considérant qu'il convient d'assurer la sécurité du public pendant les festivités ;",
        ],
        "articles": [
            "Du vendredi 7 août 2026 à 14 h au lundi 10 août 2026 à 14 h, la circulation et le "
            "stationnement de tous les véhicules sont interdits place de la Fontaine, cours Jean-Jaurès "
            "et place de l'Église.",
            "Pendant cette période, la circulation est déviée par la route de Vins et le chemin des Aires. "
            "Un parking provisoire est ouvert au stade municipal, sauf le samedi 8 août à partir de 20 h "
            "(tir du feu d'artifice).",
            "Les véhicules de secours et d'incendie ne sont pas concernés par ces interdictions.",
            "Tout véhicule en stationnement gênant sera mis en fourrière aux frais de son propriétaire.",
            "Madame la Maire et le commandant de la brigade de gendarmerie du Luc sont chargés de "
            "l'exécution du présent arrêté.",
        ],
        "fait": "20 juillet 2026",
        "stamp": "083-218301970-20260720-2026_031-AR",
    },
    {
        "fichier": "arrete-2026-053-rue-du-portail.pdf",
        "numero": "2026-053",
        "objet": "Interdiction de circuler rue du Portail pour une livraison par camion-grue",
        "vu": [
            "Vu le code général des collectivités territoriales, notamment ses articles L. 2213-1 et suivants ;",
            "Vu le code de la route ;",
            "Vu la demande de l'entreprise Charpentes du Haut-Var du 24 novembre 2026 ;",
            "Considérant que la livraison de la charpente du 11 rue du Portail nécessite l'installation "
            "d'un camion-grue sur la chaussée ;",
        ],
        "articles": [
            "Le jeudi 10 décembre 2026, de 8 h à 17 h, la circulation et le stationnement de tous les "
            "véhicules sont interdits rue du Portail, entre la place de la Fontaine et la rue du Moulin.",
            "Les piétons sont guidés sur le trottoir opposé. Les riverains sortiront par la rue du Moulin.",
            "La signalisation est mise en place et entretenue par l'entreprise Charpentes du Haut-Var.",
            "Madame la Maire et le commandant de la brigade de gendarmerie du Luc sont chargés de "
            "l'exécution du présent arrêté.",
        ],
        "fait": "1er décembre 2026",
        "stamp": "083-218301970-20261201-2026_053-AR",
    },
]


def fonts(pdf):
    if FONT.exists() and FONT_BOLD.exists():
        pdf.add_font("DejaVu", "", str(FONT))
        pdf.add_font("DejaVu", "B", str(FONT_BOLD))
        return "DejaVu"
    return "Helvetica"


def make(a):
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 20, 22)
    pdf.add_page()
    fam = fonts(pdf)
    pdf.set_font(fam, "", 9)
    pdf.cell(0, 5, "République française - Département du Var", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(fam, "B", 12)
    pdf.cell(0, 7, "COMMUNE DE MONTFAUCON-DES-MAURES", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(fam, "", 9)
    pdf.cell(0, 5, "2 place de la Fontaine - 83340 Montfaucon-des-Maures - 04 94 73 12 40",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font(fam, "B", 14)
    pdf.cell(0, 8, f"ARRÊTÉ MUNICIPAL N° {a['numero']}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font(fam, "B", 11)
    pdf.multi_cell(0, 6, align="L", text=f"Objet : {a['objet']}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font(fam, "", 10)
    pdf.multi_cell(0, 5, align="L", text="La Maire de la commune de Montfaucon-des-Maures,", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for v in a["vu"]:
        pdf.multi_cell(0, 5, align="L", text=v, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(3)
    pdf.set_font(fam, "B", 12)
    pdf.cell(0, 7, "ARRÊTE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for i, art in enumerate(a["articles"], 1):
        pdf.set_font(fam, "B", 10)
        pdf.cell(0, 6, f"Article {i}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(fam, "", 10)
        pdf.multi_cell(0, 5, align="L", text=art, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.ln(4)
    pdf.multi_cell(0, 5, align="L", text=f"Fait à Montfaucon-des-Maures, le {a['fait']}", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 5, align="L", text="La Maire, Hélène Castagnier", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font(fam, "", 8)
    pdf.multi_cell(0, 4, align="L", text="Accusé de réception en préfecture\nID : " + a["stamp"] +
                   "\nAffiché le " + a["fait"], new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(OUT / a["fichier"]))


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    for a in ARRETES:
        make(a)
        print("écrit", a["fichier"])
