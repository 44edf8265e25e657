"""Two signed arrêtés as PDFs (fpdf2, core fonts: latin-1 text only), each two pages long with a
running header and footer on every page. 2026-052 is also in the CSV; 2026-047 exists only as a PDF."""
from pathlib import Path
from fpdf import FPDF

OUT = Path(__file__).resolve().parent.parent / "files"
HEAD = "Commune de Castelbrun-sur-Garonne (Lot-et-Garonne) - Registre des arrêtés du Maire - Année 2026"

class Arr(FPDF):
    def header(self):
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 5, HEAD, align="C", new_x="LMARGIN", new_y="NEXT")
        self.line(15, self.get_y() + 1, 195, self.get_y() + 1)
        self.ln(6)
    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 5, f"Mairie - 2 place de la Halle - 47320 Castelbrun-sur-Garonne - Page {self.page_no()}/{{nb}}", align="C")

def build(path, numero, date_long, objet, vus, articles, stamp):
    pdf = Arr(format="A4")
    pdf.set_margins(15, 15, 15)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, "RÉPUBLIQUE FRANÇAISE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, 6, "Département de Lot-et-Garonne - Arrondissement de Marmande", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, f"ARRÊTÉ MUNICIPAL N° {numero}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, 6, f"du {date_long}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(0, 6, "Objet : " + objet, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 10.5)
    pdf.multi_cell(0, 5.5, "Le Maire de la commune de Castelbrun-sur-Garonne,", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    for v in vus:
        pdf.multi_cell(0, 5.5, v, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "ARRÊTE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for k, (title, text) in enumerate(articles, 1):
        if k == len(articles) - 1:
            pdf.add_page()   # the last articles go on page 2
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.cell(0, 6, f"Article {k}" + (f" - {title}" if title else ""), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10.5)
        pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.ln(4)
    pdf.multi_cell(0, 5.5, f"Fait à Castelbrun-sur-Garonne, le {date_long}.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.cell(0, 6, "Le Maire,", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "Sylvie DAUZATS", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Courier", "", 8)
    pdf.multi_cell(0, 4, "Acte certifié exécutoire - Transmis en préfecture par @ctes\n" + stamp, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))

build(OUT / "arrete-2026-047-passerelle-du-brestou.pdf", "2026-047", "15 juillet 2026",
      "Fermeture temporaire de la passerelle du Brestou aux piétons et aux cycles pour travaux de sécurisation",
      ["Vu le Code général des collectivités territoriales, notamment ses articles L. 2212-1 et L. 2212-2 ;",
       "Vu la demande présentée le 6 juillet 2026 par l'entreprise Garonne TP, 12 rue des Tanneurs, 47320 Castelbrun-sur-Garonne, chargée du remplacement du platelage et des garde-corps ;",
       "Considérant que l'état de la passerelle présente un danger pour les usagers pendant la durée des travaux ;"],
      [("", "La passerelle du Brestou, qui relie le parc du Port au chemin de halage, est fermée à tous les usagers (piétons, cycles) du lundi 20 juillet 2026 au vendredi 7 août 2026 inclus."),
       ("Itinéraire conseillé", "Pendant la fermeture, les promeneurs rejoignent le chemin de halage par le quai de Garonne. Le parc du Port reste ouvert au public."),
       ("Signalisation", "La signalisation et les barrières sont posées et entretenues par l'entreprise Garonne TP, sous le contrôle des services techniques municipaux."),
       ("Exécution", "La secrétaire générale de mairie, le commandant de la brigade de gendarmerie de Tonneins et les agents municipaux sont chargés, chacun en ce qui le concerne, de l'exécution du présent arrêté, qui sera affiché en mairie et aux deux extrémités de la passerelle.")],
      "ID : 047-214799100-20260715-2026_047-AR\nReçu en préfecture le 16/07/2026 - Publié le 16/07/2026")

build(OUT / "arrete-2026-052-fete-de-la-prune.pdf", "2026-052", "10 août 2026",
      "Réglementation de la circulation et du stationnement pendant la fête de la prune d'Ente 2026",
      ["Vu le Code général des collectivités territoriales, notamment ses articles L. 2212-2 et L. 2213-1 ;",
       "Vu le Code de la route ;",
       "Vu la demande du Comité des fêtes, 4 place de la Halle, organisateur de la manifestation ;",
       "Considérant qu'il convient d'assurer la sécurité du public pendant la 30e fête de la prune d'Ente ;"],
      [("Circulation", "La circulation de tous les véhicules est interdite place de la Halle, dans la Grand-Rue et sur les allées des Platanes du vendredi 28 août 2026 à 14 h au lundi 31 août 2026 à 8 h, sauf véhicules de secours et des organisateurs."),
       ("Stationnement", "Le stationnement est interdit et considéré comme gênant sur les mêmes voies et pendant la même période. Le parking du stade municipal Jean-Lacaze, chemin des Vergers, est mis à la disposition des visiteurs."),
       ("Déviation", "Une déviation est mise en place par la rue des Tanneurs et le chemin des Vergers."),
       ("Feu d'artifice", "Le feu d'artifice est tiré du quai de Garonne le samedi 29 août 2026 à 22 h 30. Le quai de Garonne est fermé au public de 21 h à minuit ce jour-là."),
       ("Marché", "Le marché hebdomadaire du jeudi 27 août 2026 se tient normalement place de la Halle."),
       ("Exécution", "La secrétaire générale de mairie et le commandant de la brigade de gendarmerie de Tonneins sont chargés de l'exécution du présent arrêté, qui sera affiché en mairie et sur les lieux.")],
      "ID : 047-214799100-20260810-2026_052-AR\nReçu en préfecture le 11/08/2026 - Publié le 11/08/2026")
print("ok")
