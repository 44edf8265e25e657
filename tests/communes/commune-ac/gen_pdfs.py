"""Writes the two signed arrêtés as PDFs with a text layer (fpdf2, DejaVu font), with a running page header."""
import os
from fpdf import FPDF
HERE = os.path.dirname(os.path.abspath(__file__))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

class Arrete(FPDF):
    running = ""
    def header(self):
        self.set_font("dv", "", 8)
        self.cell(0, 5, self.running, align="C")
        self.ln(8)
    def footer(self):
        self.set_y(-15)
        self.set_font("dv", "", 8)
        self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="C")

def make(path, running, blocks, stamp):
    pdf = Arrete(); pdf.running = running
    pdf.add_font("dv", "", FONT); pdf.add_font("dv", "B", FONTB)
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for kind, text in blocks:
        if kind == "title":
            pdf.set_font("dv", "B", 13); pdf.multi_cell(0, 7, text, align="C"); pdf.ln(2)
        elif kind == "bold":
            pdf.set_font("dv", "B", 10.5); pdf.multi_cell(0, 6, text); pdf.ln(1)
        elif kind == "break":
            pdf.add_page()
        else:
            pdf.set_font("dv", "", 10.5); pdf.multi_cell(0, 5.5, text); pdf.ln(1.5)
    pdf.ln(4); pdf.set_font("dv", "", 8)
    pdf.multi_cell(0, 4, stamp)
    pdf.output(path)

HEAD = "RÉPUBLIQUE FRANÇAISE - DÉPARTEMENT DE LA DORDOGNE\nCOMMUNE DE BESSAC-SUR-CÉRONNE\n1 place du Foirail - 24219 Bessac-sur-Céronne - 05 53 41 27 60"

make(os.path.join(HERE, "files", "arrete_2026-033_nuits_du_castel.pdf"),
 "Mairie de Bessac-sur-Céronne - Registre des arrêtés du maire - année 2026",
 [("text", HEAD),
  ("title", "ARRÊTÉ MUNICIPAL N° 2026-033"),
  ("bold", "Objet : Réglementation de la circulation et du stationnement route du Château et chemin de la Garenne pendant le festival « Les Nuits du Castel » des 23, 24 et 25 juillet 2026"),
  ("text", "Le Maire de la commune de Bessac-sur-Céronne,"),
  ("text", "Vu le code général des collectivités territoriales, et notamment ses articles L. 2213-1 et L. 2213-2 ;"),
  ("text", "Vu le code de la route ;"),
  ("text", "Vu la demande présentée le 12 juin 2026 par l'association Les Amis du Castel, dont le siège est 4 rue des Tanneurs à Bessac-sur-Céronne, organisatrice du festival de musique « Les Nuits du Castel » dans la cour du château de Malbouysse ;"),
  ("text", "Considérant qu'il y a lieu, pour la sécurité des spectateurs et des piétons, de réglementer la circulation et le stationnement aux abords du château pendant les trois soirées du festival ;"),
  ("bold", "ARRÊTE"),
  ("bold", "Article 1 - Circulation"),
  ("text", "La circulation de tous les véhicules est interdite sur la route du Château, entre l'avenue de la Céronne et le château de Malbouysse, les 23, 24 et 25 juillet 2026 de 19 h à 1 h le lendemain, sauf pour les véhicules de secours, les véhicules de l'organisateur munis d'un laissez-passer et les riverains."),
  ("bold", "Article 2 - Stationnement"),
  ("text", "Le stationnement est interdit des deux côtés du chemin de la Garenne du jeudi 23 juillet 2026 à 14 h au dimanche 26 juillet 2026 à 2 h. Les véhicules en infraction seront mis en fourrière aux frais de leur propriétaire."),
  ("break", ""),
  ("bold", "Article 3 - Stationnement des spectateurs"),
  ("text", "Les spectateurs stationnent sur le pré communal des Combals, aménagé en parking gratuit, d'où une navette gratuite les conduit au château de 19 h à 1 h 30."),
  ("bold", "Article 4 - Signalisation"),
  ("text", "La signalisation réglementaire sera mise en place par les services techniques de la commune et par l'organisateur."),
  ("bold", "Article 5 - Exécution"),
  ("text", "Le secrétariat de mairie, le commandant de la brigade de gendarmerie et les agents de la commune sont chargés, chacun en ce qui le concerne, de l'exécution du présent arrêté, qui sera affiché en mairie et aux abords du château."),
  ("text", "Fait à Bessac-sur-Céronne, le 6 juillet 2026.\nLe Maire, Hélène Vialard"),
 ],
 "Accusé de réception en préfecture\nID : 024-212405970-20260706-2026_033-AR\nDate de télétransmission : 07/07/2026\nDate de réception préfecture : 07/07/2026")

make(os.path.join(HERE, "files", "arrete_2026-018_baignade.pdf"),
 "Commune de Bessac-sur-Céronne - Arrêtés du maire - Police de la baignade",
 [("text", HEAD),
  ("title", "ARRÊTÉ DU MAIRE N° 2026-018"),
  ("bold", "Objet : Interdiction de la baignade dans la Céronne du 1er juin au 30 septembre 2026, sauf sur la plage surveillée de la Gabarre"),
  ("text", "Le Maire de Bessac-sur-Céronne,"),
  ("text", "Vu le code général des collectivités territoriales, et notamment son article L. 2213-23 relatif à la police des baignades ;"),
  ("text", "Considérant les courants dangereux au pied de la chaussée du moulin de Pradals et au Gour Noir, et les accidents survenus au cours des étés précédents ;"),
  ("text", "Considérant que la commune organise une baignade surveillée par un maître-nageur sauveteur sur la plage de la Gabarre en juillet et en août ;"),
  ("bold", "ARRÊTE"),
  ("bold", "Article 1"),
  ("text", "La baignade est interdite dans la Céronne sur tout le territoire de la commune du 1er juin au 30 septembre 2026, notamment au Gour Noir et à la chaussée du moulin de Pradals."),
  ("bold", "Article 2"),
  ("text", "Par dérogation à l'article 1, la baignade est autorisée dans la zone balisée de la plage de la Gabarre du 1er juillet au 31 août 2026, tous les jours de 13 h à 19 h, pendant la présence du maître-nageur sauveteur. En dehors de ces jours et de ces heures, la baignade y est interdite."),
  ("bold", "Article 3"),
  ("text", "La pratique du canoë et du kayak et la pêche ne sont pas concernées par le présent arrêté. Le port du gilet de sauvetage reste obligatoire pour les embarcations."),
  ("bold", "Article 4"),
  ("text", "Le présent arrêté sera affiché en mairie, sur la plage de la Gabarre et aux points d'accès à la rivière."),
  ("text", "Fait à Bessac-sur-Céronne, le 4 mai 2026.\nLe Maire, Hélène Vialard"),
 ],
 "Accusé de réception en préfecture\nID : 024-212405970-20260504-2026_018-AR\nDate de réception préfecture : 05/05/2026")
print("ok")
