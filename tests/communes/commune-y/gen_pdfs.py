"""Generates the two signed arrêtés published as PDF (fpdf2, core font, latin-1 text)."""
from fpdf import FPDF
import pathlib
OUT = pathlib.Path(__file__).parent / 'files'

def pdf(name, stamp, paras):
    p = FPDF(); p.set_auto_page_break(True, 20); p.add_page()
    p.set_font('Helvetica', 'B', 11)
    p.multi_cell(0, 5, "RÉPUBLIQUE FRANÇAISE\nDÉPARTEMENT DU CANTAL\nCOMMUNE DE CHEYLANES-SUR-PLANÈZE")
    p.ln(4)
    for kind, text in paras:
        if kind == 'h':
            p.set_font('Helvetica', 'B', 12); p.multi_cell(0, 6, text, align='C'); p.ln(2)
        elif kind == 'b':
            p.set_font('Helvetica', 'B', 10); p.multi_cell(0, 5, text); p.ln(1)
        else:
            p.set_font('Helvetica', '', 10); p.multi_cell(0, 5, text); p.ln(1)
    p.ln(4); p.set_font('Helvetica', 'I', 8)
    p.multi_cell(0, 4, stamp)
    p.output(str(OUT / name))

pdf('arrete_2026-024_montade.pdf',
    "Accusé de réception en préfecture\nID : 015-211502981-20260511-2026_024-AR\nDate de télétransmission : 12/05/2026",
    [('h', "ARRÊTÉ MUNICIPAL N° 2026-024\ndu 11 mai 2026"),
     ('b', "Objet : Fête de la transhumance (la Montade) - réglementation de la circulation et du stationnement"),
     ('t', "Le Maire de la commune de Cheylanes-sur-Planèze,"),
     ('t', "Vu le Code général des collectivités territoriales, notamment ses articles L. 2212-2 et L. 2213-1 ;\nVu le Code de la route ;\nVu la demande du Comité des fêtes, 5 rue du Four, en date du 2 avril 2026 ;"),
     ('t', "Considérant qu'à l'occasion de la fête de la transhumance du dimanche 24 mai 2026, le défilé des troupeaux et l'affluence du public imposent de réglementer la circulation et le stationnement ;"),
     ('h', "ARRÊTE"),
     ('t', "Article 1 : Le dimanche 24 mai 2026, de 8 h à 18 h, la circulation de tous les véhicules est interdite Grand'Rue et route de la Peyre, sauf véhicules de secours et des organisateurs."),
     ('t', "Article 2 : Pendant la même période, une déviation est mise en place par la route du Bouzoulet et la RD 39."),
     ('t', "Article 3 : Le stationnement est interdit place du Foirail du samedi 23 mai 2026 à 20 h au dimanche 24 mai 2026 à 20 h. Les visiteurs se garent au pré communal de la Sagne, à l'entrée du village par la RD 39, où un parking gratuit est fléché."),
     ('t', "Article 4 : La signalisation est mise en place par les services techniques de la commune. Les contrevenants s'exposent aux sanctions prévues par le Code de la route ; les véhicules en infraction pourront être mis en fourrière."),
     ('t', "Article 5 : Ampliation du présent arrêté sera transmise à la gendarmerie de Murat et au Comité des fêtes."),
     ('t', "Fait à Cheylanes-sur-Planèze, le 11 mai 2026.\nLe Maire, Jean-Pierre Teyssèdre"),
    ])

pdf('arrete_trail_des_burons_2026.pdf',
    "Accusé de réception en préfecture\nID : 015-211502981-20260831-2026_039-AR\nDate de télétransmission : 01/09/2026",
    [('h', "ARRÊTÉ N° 2026-039\nArrêté temporaire portant réglementation de la circulation"),
     ('b', "Objet : Trail des Burons - fermeture temporaire de la route de la Fage et du chemin des Burons le dimanche 13 septembre 2026"),
     ('t', "Le Maire de Cheylanes-sur-Planèze,"),
     ('t', "Vu le Code général des collectivités territoriales, articles L. 2212-1, L. 2212-2 et L. 2213-1 ;\nVu la demande de l'association Planèze Running, domiciliée 12 route du Bouzoulet, du 20 juillet 2026 ;"),
     ('t', "Considérant le passage des coureurs du Trail des Burons (18 km et 32 km) sur les voies communales ;"),
     ('h', "ARRÊTE"),
     ('t', "Article 1 : Le dimanche 13 septembre 2026, de 8 h 30 à 13 h, la circulation est interdite sur la route de la Fage et sur le chemin des Burons, sauf véhicules de secours."),
     ('t', "Article 2 : Les riverains de la Fage peuvent sortir du hameau par la route de Cros-Haut. Le départ et l'arrivée ont lieu place du Foirail, où le stationnement est interdit de 7 h à 15 h."),
     ('t', "Article 3 : Le présent arrêté sera affiché en mairie et aux extrémités des voies concernées."),
     ('t', "Fait à Cheylanes-sur-Planèze, le 31 août 2026.\nLe Maire, Jean-Pierre Teyssèdre"),
    ])
