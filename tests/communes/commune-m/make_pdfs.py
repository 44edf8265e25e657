# -*- coding: utf-8 -*-
"""Génère les deux arrêtés signés en PDF (avec couche texte) dans files/ :
- arrete-2026-022-usage-du-feu.pdf (aussi présent dans arretes.csv : le PDF y ajoute son texte)
- arrete-2026-027-trail.pdf (absent du CSV : seul le PDF le publie)
Chaque page porte un en-tête courant (nom de la commune, « Registre des arrêtés du Maire ») et un pied de
page « page X / N » ; le tampon @ctes est en bas de la dernière page.
Lancer avec fpdf2 : /work/main/.venv/bin/python make_pdfs.py
"""
import os

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


class Arrete(FPDF):
    def __init__(self, header_text):
        super().__init__(format="A4")
        self.header_text = header_text
        self.add_font("DejaVu", "", FONT)
        self.add_font("DejaVu", "B", FONT_B)
        self.set_auto_page_break(True, margin=25)
        self.set_margins(22, 28, 22)

    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_y(10)
        self.cell(0, 5, self.header_text, align="L")
        self.ln(5)
        self.cell(0, 5, "Département de la Savoie – Arrondissement de Saint-Jean-de-Maurienne", align="L")
        self.line(22, 21, 188, 21)
        self.set_text_color(0, 0, 0)
        self.set_y(28)

    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Mairie de Villard-sur-Arvette – 12 place de l'Église – 04 79 59 41 20 – page %d / {nb}"
                  % self.page_no(), align="C")
        self.set_text_color(0, 0, 0)

    def title_block(self, lines):
        self.set_font("DejaVu", "B", 13)
        for ln in lines:
            self.multi_cell(0, 7, ln, align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def para(self, text, bold=False, size=10.5, gap=2.5):
        self.set_font("DejaVu", "B" if bold else "", size)
        self.multi_cell(0, 5.6, text, align="J", new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)

    def stamp(self, ident, recu, publie):
        self.ln(6)
        self.set_font("DejaVu", "", 8)
        x = self.get_x()
        self.set_draw_color(120, 120, 120)
        self.multi_cell(90, 4.5, "Accusé de réception en préfecture\n%s\nDate de télétransmission : %s\n"
                        "Date de réception préfecture : %s\nPublié le : %s" % (ident, recu, recu, publie),
                        border=1, new_x="LMARGIN", new_y="NEXT")
        self.set_x(x)


def make_feu():
    pdf = Arrete("Commune de Villard-sur-Arvette – Registre des arrêtés du Maire – année 2026")
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.title_block(["ARRÊTÉ MUNICIPAL N° 2026-022",
                     "portant réglementation de l'usage du feu sur le territoire de la commune"])
    pdf.para("Objet : Réglementation de l'usage du feu sur le territoire communal (forêts, alpages, "
             "barbecues, déchets verts, écobuage)", bold=True)
    pdf.para("Le Maire de la commune de Villard-sur-Arvette,")
    for v in [
        "Vu le Code général des collectivités territoriales, notamment ses articles L. 2212-1 et L. 2212-2 ;",
        "Vu le Code forestier, notamment ses articles L. 131-1 et suivants ;",
        "Vu l'arrêté préfectoral de la Savoie relatif à la prévention des incendies de forêt et à l'emploi du "
        "feu, et le règlement sanitaire départemental ;",
        "Vu la délibération du conseil municipal du 19 mars 2026 relative à l'aménagement de la place du "
        "Bourg et de la rue des Écoles ;",
        "Considérant la sécheresse des derniers étés et la présence de troupeaux et de randonneurs dans les "
        "alpages de la Grande Combe et du Charvin ;",
        "Considérant qu'il appartient au Maire de prévenir les incendies et de garantir la sécurité publique ;",
    ]:
        pdf.para(v, size=10, gap=1.2)
    pdf.ln(2)
    pdf.para("ARRÊTE", bold=True, size=12)
    articles = [
        ("Article 1 – Interdiction générale",
         "Il est interdit toute l'année à toute personne, y compris aux propriétaires, d'allumer du feu, de "
         "faire un feu de camp ou d'utiliser un barbecue mobile dans les forêts, bois, landes et alpages de la "
         "commune, ainsi que sur les terrains situés à moins de 200 mètres de ceux-ci."),
        ("Article 2 – Barbecues",
         "Les barbecues ne sont autorisés que sur les foyers fixes aménagés par la commune à l'aire de "
         "pique-nique du lac des Sagnes, du 1er mai au 31 octobre, sauf pendant les périodes de vigilance "
         "incendie annoncées par affichage. Les barbecues sont interdits sur les balcons et terrasses en bois "
         "des immeubles collectifs."),
        ("Article 3 – Déchets verts",
         "Le brûlage à l'air libre des déchets verts (tontes, branches, feuilles) est interdit toute l'année. "
         "Les déchets verts sont apportés à la déchetterie intercommunale de Saint-Rémy-d'Arvette."),
        ("Article 4 – Écobuage",
         "Par dérogation à l'article 1, les exploitants agricoles peuvent pratiquer l'écobuage entre le 1er "
         "octobre et le 15 mars, après une déclaration écrite déposée en mairie au moins 15 jours avant, et "
         "sous leur entière responsabilité. Le feu doit être surveillé en permanence et éteint avant la nuit."),
        ("Article 5 – Feux d'artifice",
         "Tout tir de feu d'artifice doit être déclaré en mairie au moins un mois avant la date prévue. Les "
         "tirs sont interdits à moins de 200 mètres des bois et des alpages."),
        ("Article 6 – Sanctions",
         "Les infractions au présent arrêté sont constatées par procès-verbal et punies de l'amende prévue "
         "pour les contraventions de la 4e classe (amende forfaitaire de 135 €), sans préjudice des "
         "poursuites pour les dommages causés."),
        ("Article 7 – Abrogation",
         "Le présent arrêté, permanent, abroge l'arrêté n° 2019-017 relatif aux feux de plein air."),
        ("Article 8 – Exécution",
         "Le secrétaire de mairie, le commandant de la brigade de gendarmerie de Saint-Rémy-d'Arvette et le "
         "garde champêtre intercommunal sont chargés, chacun en ce qui le concerne, de l'exécution du présent "
         "arrêté, qui sera affiché en mairie, à l'aire de pique-nique du lac des Sagnes et aux départs des "
         "sentiers."),
    ]
    for title, text in articles:
        pdf.para(title, bold=True, size=10.5, gap=0.5)
        pdf.para(text)
    pdf.ln(4)
    pdf.para("Fait à Villard-sur-Arvette, le 28 mai 2026.")
    pdf.para("Le Maire, Bernard Jacquemoud")
    pdf.stamp("ID : 073-217339901-20260528-2026_022-AR", "28/05/2026", "29/05/2026")
    pdf.output(os.path.join(OUT, "arrete-2026-022-usage-du-feu.pdf"))
    return pdf.page_no()


def make_trail():
    pdf = Arrete("Commune de Villard-sur-Arvette – Registre des arrêtés du Maire – année 2026")
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.title_block(["ARRÊTÉ MUNICIPAL N° 2026-027",
                     "portant réglementation temporaire de la circulation et du stationnement"])
    pdf.para("Objet : Réglementation temporaire de la circulation et du stationnement pour le Trail des "
             "Aiguilles d'Arvette du samedi 18 juillet 2026", bold=True)
    pdf.para("Le Maire de la commune de Villard-sur-Arvette,")
    for v in [
        "Vu le Code général des collectivités territoriales, notamment ses articles L. 2213-1 et L. 2213-2 ;",
        "Vu le Code de la route ;",
        "Vu la demande présentée le 12 mai 2026 par l'association Arvette Trail, dont le siège est 3 rue des "
        "Écoles, pour l'organisation du Trail des Aiguilles d'Arvette ;",
        "Vu l'avis favorable du Département de la Savoie pour la traversée de la route départementale 1212 "
        "au lieu-dit les Essarts ;",
        "Considérant qu'il convient d'assurer la sécurité des coureurs, des bénévoles et du public ;",
    ]:
        pdf.para(v, size=10, gap=1.2)
    pdf.ln(2)
    pdf.para("ARRÊTE", bold=True, size=12)
    articles = [
        ("Article 1 – Circulation",
         "Le samedi 18 juillet 2026, de 6h00 à 14h00, la circulation de tous les véhicules est interdite sur "
         "la route des Alpages, entre le parking du Replat et le col de la Charmette, ainsi que sur le chemin "
         "du Mollard."),
        ("Article 2 – Stationnement",
         "Du vendredi 17 juillet 2026 à 18h00 au samedi 18 juillet 2026 à 20h00, le stationnement est "
         "interdit place de l'Église, où sont installées les zones de départ et d'arrivée. Les coureurs et le "
         "public stationneront sur le parking du Replat et sur le parking de la Fruitière."),
        ("Article 3 – Dérogations",
         "Les interdictions des articles 1 et 2 ne s'appliquent pas aux véhicules de secours, aux véhicules de "
         "l'organisation munis d'un laissez-passer et aux riverains du chemin du Mollard, qui circuleront au "
         "pas et en suivant les consignes des signaleurs."),
        ("Article 4 – Signalisation",
         "La signalisation réglementaire et les barrières sont mises en place et retirées par l'association "
         "organisatrice, sous le contrôle des services techniques de la commune."),
        ("Article 5 – Infractions",
         "Tout véhicule en stationnement gênant au regard du présent arrêté pourra être enlevé et mis en "
         "fourrière aux frais de son propriétaire. Les infractions seront constatées et poursuivies "
         "conformément aux lois et règlements en vigueur."),
        ("Article 6 – Exécution",
         "Le secrétaire de mairie, le commandant de la brigade de gendarmerie de Saint-Rémy-d'Arvette et le "
         "président de l'association Arvette Trail sont chargés, chacun en ce qui le concerne, de l'exécution "
         "du présent arrêté, qui sera affiché en mairie et aux extrémités des voies concernées."),
    ]
    for title, text in articles:
        pdf.para(title, bold=True, size=10.5, gap=0.5)
        pdf.para(text)
    pdf.ln(4)
    pdf.para("Fait à Villard-sur-Arvette, le 2 juillet 2026.")
    pdf.para("Le Maire, Bernard Jacquemoud")
    pdf.para("Le présent arrêté peut faire l'objet d'un recours devant le tribunal administratif de Grenoble "
             "dans un délai de deux mois à compter de sa publication.", size=9)
    pdf.stamp("ID : 073-217339901-20260702-2026_027-AR", "02/07/2026", "03/07/2026")
    pdf.output(os.path.join(OUT, "arrete-2026-027-trail.pdf"))
    return pdf.page_no()


if __name__ == "__main__":
    print("feu :", make_feu(), "pages ; trail :", make_trail(), "pages")
