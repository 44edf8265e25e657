"""Writes the two signed arrêtés as PDFs (text layer) with fpdf2 and the DejaVu font.
Run with /work/main/.venv/bin/python tools/build_pdfs.py"""
from pathlib import Path
from fpdf import FPDF

OUT = Path(__file__).resolve().parent.parent / "files"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


class Arrete(FPDF):
    def __init__(self, header_text, stamp):
        super().__init__(format="A4")
        self.header_text, self.stamp = header_text, stamp
        self.add_font("dv", "", FONT)
        self.add_font("dv", "B", FONTB)
        self.set_auto_page_break(True, margin=25)

    def header(self):
        if self.header_text:
            self.set_font("dv", "", 8)
            self.cell(0, 5, self.header_text, align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(3)

    def footer(self):
        self.set_y(-18)
        self.set_font("dv", "", 7)
        self.cell(0, 4, self.stamp, align="L", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Page {self.page_no()}/{{nb}}", align="C")

    def para(self, text, bold=False, size=10, gap=2):
        self.set_font("dv", "B" if bold else "", size)
        self.multi_cell(0, 5, text)
        self.ln(gap)


def fete_musique():
    p = Arrete("", "Accusé de réception en préfecture — ID : 044-214409877-20260602-2026_052-AR — reçu le 03/06/2026")
    p.alias_nb_pages()
    p.add_page()
    p.para("RÉPUBLIQUE FRANÇAISE\nDÉPARTEMENT DE LA LOIRE-ATLANTIQUE\nCOMMUNE DE LA BRÉVIÈRE-SUR-CENS", bold=True)
    p.para("ARRÊTÉ MUNICIPAL N° 2026-052", bold=True, size=13)
    p.para("Objet : Réglementation temporaire de la circulation et du stationnement à l'occasion de la fête de la musique du dimanche 21 juin 2026", bold=True)
    p.para("Le Maire de La Brévière-sur-Cens,")
    p.para("Vu le code général des collectivités territoriales, notamment ses articles L. 2212-1, L. 2212-2 et L. 2213-1 ;\n"
           "Vu le code de la route ;\n"
           "Vu la demande du Comité des fêtes de La Brévière, dont le siège est 3 place de la Mairie ;\n"
           "Considérant qu'il convient d'assurer la sécurité du public pendant les concerts ;")
    p.para("ARRÊTE", bold=True)
    p.para("Article 1 : Le dimanche 21 juin 2026 à partir de 17h et jusqu'au lundi 22 juin 2026 à 2h, la circulation et le stationnement de tous les véhicules sont interdits rue de la Mairie et place de la Mairie, sauf véhicules de secours et des organisateurs.")
    p.para("Article 2 : Pendant la durée de la fermeture, la circulation est déviée par la rue du Cens et la rue des Écoles. Le stationnement du public est possible sur le parking de la Halle.")
    p.para("Article 3 : Les buvettes tenues par le Comité des fêtes sont autorisées jusqu'à 1h. La diffusion de musique amplifiée cesse à 1h.")
    p.para("Article 4 : La signalisation est mise en place par les services techniques municipaux. Les infractions seront constatées et poursuivies conformément aux lois et règlements en vigueur.")
    p.para("Article 5 : Le Directeur général des services, le chef de la police municipale et le commandant de la brigade de gendarmerie sont chargés, chacun en ce qui le concerne, de l'exécution du présent arrêté.")
    p.para("Fait à La Brévière-sur-Cens, le 2 juin 2026.\nLe Maire, Anne-Sophie Guérinel")
    p.output(str(OUT / "arrete-2026-052-fete-de-la-musique.pdf"))


def secheresse():
    hdr = "Commune de La Brévière-sur-Cens — Arrêté municipal n° 2026-069 — Restriction des usages de l'eau"
    p = Arrete(hdr, "Accusé de réception en préfecture — ID : 044-214409877-20260728-2026_069-AR — reçu le 29/07/2026")
    p.alias_nb_pages()
    p.add_page()
    p.para("RÉPUBLIQUE FRANÇAISE\nDÉPARTEMENT DE LA LOIRE-ATLANTIQUE\nCOMMUNE DE LA BRÉVIÈRE-SUR-CENS\nService : secrétariat général", bold=True)
    p.para("ARRÊTÉ MUNICIPAL N° 2026-069", bold=True, size=13)
    p.para("Objet : Restriction des usages de l'eau aux jardins familiaux de la Gagnerie et sur les espaces publics communaux du 1er août au 15 septembre 2026", bold=True)
    p.para("Le Maire de La Brévière-sur-Cens,")
    p.para("Vu le code général des collectivités territoriales, notamment ses articles L. 2212-1 et L. 2212-2 ;\n"
           "Vu le code de l'environnement, notamment ses articles L. 211-3 et R. 211-66 et suivants ;\n"
           "Vu l'arrêté préfectoral n° 2026/SEE/0412 du 24 juillet 2026 plaçant le bassin versant de l'Erdre en situation d'alerte renforcée sécheresse ;\n"
           "Vu le règlement intérieur des jardins familiaux de la Gagnerie approuvé le 12 mars 2019 ;\n"
           "Vu le courrier de l'association Les Jardiniers de la Gagnerie, 4 rue des Tisserands, en date du 20 juillet 2026 ;\n"
           "Considérant le niveau très bas du Cens et des nappes, et la nécessité de préserver la ressource en eau potable ;")
    p.para("ARRÊTE", bold=True)
    p.para("Article 1 : Du samedi 1er août 2026 au mardi 15 septembre 2026 inclus, l'arrosage des parcelles des jardins familiaux de la Gagnerie est interdit de 9h à 20h. L'arrosage reste autorisé avant 9h et après 20h, à l'arrosoir ou au goutte-à-goutte uniquement.")
    p.para("Article 2 : Pendant la même période, le remplissage des cuves et récupérateurs des jardins familiaux à partir du réseau d'eau potable est interdit. Seule l'eau de pluie récupérée peut y être stockée.")
    p.para("Article 3 : L'arrosage des massifs, pelouses et jardinières des espaces publics communaux est suspendu, à l'exception des plantations de moins d'un an, arrosées de nuit par les services techniques. Le terrain synthétique du stade de la Noë n'est plus arrosé.")
    p.para("Article 4 : Le lavage des véhicules est interdit sur la voie publique et sur les parkings communaux ; il reste autorisé dans les stations de lavage professionnelles.")
    p.add_page()  # the clerk's template puts the closing articles on page 2
    p.para("Article 5 : Les fontaines et jeux d'eau du parc du Pré-Vert sont fermés pendant toute la durée du présent arrêté.")
    p.para("Article 6 : Les infractions au présent arrêté sont constatées par la police municipale et punies de l'amende prévue pour les contraventions de 5e classe. En cas de manquement répété aux articles 1 et 2, le bénéficiaire d'une parcelle peut se voir retirer l'attribution, après avis du bureau de l'association.")
    p.para("Article 7 : Le présent arrêté peut faire l'objet d'un recours devant le tribunal administratif de Nantes dans un délai de deux mois à compter de sa publication.")
    p.para("Article 8 : Le Directeur général des services et le chef de la police municipale sont chargés, chacun en ce qui le concerne, de l'exécution du présent arrêté, qui sera affiché en mairie et aux entrées des jardins familiaux.")
    p.para("Fait à La Brévière-sur-Cens, le 28 juillet 2026.\nLe Maire, Anne-Sophie Guérinel")
    p.para("Ampliation : Préfecture de la Loire-Atlantique ; police municipale ; association Les Jardiniers de la Gagnerie.", size=8)
    p.output(str(OUT / "arrete-2026-069-restriction-eau.pdf"))


fete_musique()
secheresse()
