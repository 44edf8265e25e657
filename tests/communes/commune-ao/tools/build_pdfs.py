"""Writes the two PDF arrêtés (text layer, DejaVu font) into files/."""
import pathlib
from fpdf import FPDF

FILES = pathlib.Path(__file__).resolve().parent.parent / "files"
FONT = "/usr/share/fonts/truetype/dejavu/"


class Arrete(FPDF):
    def __init__(self, numero):
        super().__init__(format="A4")
        self.numero = numero
        self.add_font("DejaVu", "", FONT + "DejaVuSerif.ttf")
        self.add_font("DejaVu", "B", FONT + "DejaVuSerif-Bold.ttf")
        self.set_auto_page_break(True, margin=22)
        self.set_margins(22, 24, 22)

    def header(self):
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, f"Commune de Saint-Aurèle-les-Bains — Arrêté n° {self.numero}", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="C")

    def para(self, text, bold=False, size=10.5, after=2.5):
        self.set_font("DejaVu", "B" if bold else "", size)
        self.multi_cell(0, 5.4, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(after)


def corso():
    p = Arrete("2026-088")
    p.alias_nb_pages()
    p.add_page()
    p.para("RÉPUBLIQUE FRANÇAISE\nDÉPARTEMENT DU PUY-DE-DÔME\nCOMMUNE DE SAINT-AURÈLE-LES-BAINS", bold=True)
    p.para("ARRÊTÉ MUNICIPAL N° 2026-088", bold=True, size=13)
    p.para("Objet : réglementation temporaire de la circulation et du stationnement à l'occasion du Corso fleuri du dimanche 6 septembre 2026", bold=True)
    p.para("Le Maire de la commune de Saint-Aurèle-les-Bains,")
    for v in [
        "Vu le Code général des collectivités territoriales, et notamment ses articles L. 2212-1, L. 2212-2 et L. 2213-1 à L. 2213-6 ;",
        "Vu le Code de la route, et notamment ses articles R. 411-8, R. 411-25 et R. 417-10 ;",
        "Vu l'instruction interministérielle sur la signalisation routière ;",
        "Vu la demande présentée le 28 juillet 2026 par le Comité des fêtes de Saint-Aurèle, dont le siège est situé 12 rue Pasteur, en vue de l'organisation du Corso fleuri ;",
        "Vu l'avis favorable de la commission municipale des fêtes et cérémonies en date du 4 août 2026 ;",
    ]:
        p.para(v)
    for c in [
        "Considérant que le défilé des chars fleuris emprunte les voies du quartier thermal et attire un public nombreux, curistes et visiteurs ;",
        "Considérant qu'il appartient au Maire de prendre toutes mesures propres à assurer la sécurité des spectateurs, des participants et des usagers de la route pendant la manifestation ;",
    ]:
        p.para(c)
    p.para("ARRÊTE", bold=True, size=12, after=4)
    p.para("Article 1er : Le dimanche 6 septembre 2026, de 13h00 à 19h00, la circulation et le stationnement de tous les véhicules sont interdits boulevard des Curistes, avenue de la Gare et rue du Casino, sur le parcours du Corso fleuri.")
    p.para("Article 2 : Le dimanche 6 septembre 2026, de 8h00 à 20h00, le stationnement est interdit place de la Fontaine, réservée au montage et au rassemblement des chars.")
    p.para("Article 3 : Pendant la durée de la fermeture, la circulation est déviée par la route de Chaumeil et le quai Saint-Roch. Une signalisation adaptée sera mise en place par les services techniques municipaux.")
    p.add_page()
    p.para("Article 4 : Les spectateurs sont invités à stationner sur le parking du Foirail, gratuit, d'où une navette sera assurée vers le parcours de 12h30 à 19h30.")
    p.para("Article 5 : Les dispositions du présent arrêté ne s'appliquent pas aux véhicules de secours, de police, de gendarmerie, ni aux véhicules de l'organisation dûment identifiés.")
    p.para("Article 6 : Tout véhicule en stationnement gênant en infraction au présent arrêté pourra être mis en fourrière aux frais de son propriétaire.")
    p.para("Article 7 : Monsieur le Commandant de la brigade de gendarmerie de Pontvieux, le garde champêtre et les services techniques municipaux sont chargés, chacun en ce qui le concerne, de l'exécution du présent arrêté, qui sera affiché en mairie et aux extrémités des voies concernées.")
    p.para("Fait à Saint-Aurèle-les-Bains, le 20 août 2026.")
    p.para("Le Maire,\nBernadette CHABROL-VIALLE")
    p.para("Le présent arrêté peut faire l'objet d'un recours devant le tribunal administratif de Clermont-Ferrand dans un délai de deux mois à compter de sa publication.", size=8.5)
    p.para("Transmis en préfecture le 20/08/2026 — ID : 063-216349827-20260820-2026_088-AR", size=8)
    p.output(str(FILES / "arrete-2026-088-corso-fleuri.pdf"))


def baignade():
    p = Arrete("2026-052")
    p.alias_nb_pages()
    p.add_page()
    p.para("RÉPUBLIQUE FRANÇAISE\nDÉPARTEMENT DU PUY-DE-DÔME\nCOMMUNE DE SAINT-AURÈLE-LES-BAINS", bold=True)
    p.para("ARRÊTÉ MUNICIPAL N° 2026-052", bold=True, size=13)
    p.para("Objet : interdiction temporaire de la baignade dans la Méjanne au Gour Bleu", bold=True)
    p.para("Le Maire de la commune de Saint-Aurèle-les-Bains,")
    p.para("Vu le Code général des collectivités territoriales, et notamment ses articles L. 2212-2 et L. 2213-23 ;")
    p.para("Vu le Code de la santé publique, et notamment ses articles L. 1332-1 à L. 1332-9 ;")
    p.para("Vu les résultats d'analyses transmis par l'Agence régionale de santé Auvergne-Rhône-Alpes le 18 juin 2026, faisant apparaître une pollution bactériologique (Escherichia coli) de l'eau de la Méjanne ;")
    p.para("Considérant qu'il y a lieu de protéger la santé des baigneurs ;")
    p.para("ARRÊTE", bold=True, size=12, after=4)
    p.para("Article 1er : La baignade est interdite dans la Méjanne au Gour Bleu à compter du vendredi 19 juin 2026 et jusqu'à nouvel ordre.")
    p.para("Article 2 : L'interdiction sera levée par un nouvel arrêté lorsque deux analyses successives de l'ARS seront conformes.")
    p.para("Article 3 : Le présent arrêté sera affiché en mairie et à l'entrée du site du Gour Bleu.")
    p.para("Fait à Saint-Aurèle-les-Bains, le 19 juin 2026.")
    p.para("Le Maire,\nBernadette CHABROL-VIALLE")
    p.para("Transmis en préfecture le 19/06/2026 — ID : 063-216349827-20260619-2026_052-AR", size=8)
    p.output(str(FILES / "arrete-2026-052-baignade-gour-bleu.pdf"))


if __name__ == "__main__":
    corso()
    baignade()
    print("PDFs written")
