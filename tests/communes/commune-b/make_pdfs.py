"""Fabrique les arrêtés signés en PDF (avec couche texte) d'Ormeval-sur-Liante dans files/.

Mise en page des arrêtés de village : en-tête de la commune, bandeau « Arrêté n° … – page x/y » répété sur
chaque page, titre sur deux lignes, « Objet : », visas (« Vu »), « Considérant », « ARRÊTE », articles,
signature, et le tampon @ctes d'accusé de réception en préfecture en haut à droite de la première page.

Usage : /work/main/.venv/bin/python make_pdfs.py   (fpdf2 ; police DejaVu pour les accents)
"""
import os
from datetime import UTC, datetime

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
SIREN = "213999709"
DEPT = "039"

VISAS_CIRCULATION = [
    "Vu le code général des collectivités territoriales, et notamment ses articles L. 2212-1, L. 2212-2, "
    "L. 2213-1 et L. 2213-2 ;",
    "Vu le code de la route, et notamment ses articles R. 411-8, R. 411-25 et R. 417-10 ;",
    "Vu l'instruction interministérielle sur la signalisation routière, livre I, huitième partie "
    "(signalisation temporaire) ;",
]
RECOURS = (
    "Le présent arrêté peut faire l'objet d'un recours devant le tribunal administratif de Besançon dans un "
    "délai de deux mois à compter de sa publication ; le tribunal peut être saisi par l'application "
    "Télérecours citoyens accessible sur le site www.telerecours.fr."
)

ARRETES = [
    {
        "numero": "2026-018",
        "fichier": "arrete-2026-018-vide-grenier.pdf",
        "signe": "13 avril 2026", "signe_iso": "20260413", "transmis": "14/04/2026",
        "titre": ["ARRÊTÉ MUNICIPAL N° 2026-018",
                  "portant réglementation temporaire de la circulation et du stationnement"],
        "objet": "Vide-grenier du Comité des fêtes – dimanche 10 mai 2026 – Grande Rue et place de la "
                 "Fruitière",
        "visas": VISAS_CIRCULATION + [
            "Vu la demande présentée le 2 avril 2026 par Mme Sylvie Bourgeois, présidente du Comité des "
            "fêtes d'Ormeval, en vue de l'organisation d'un vide-grenier ;",
        ],
        "considerants": [
            "Considérant que le vide-grenier annuel du Comité des fêtes se tiendra le dimanche 10 mai 2026 "
            "sur la Grande Rue et la place de la Fruitière et qu'il attire un public nombreux ;",
            "Considérant qu'il convient d'assurer la sécurité des exposants et des visiteurs et, à cette "
            "fin, de réglementer la circulation et le stationnement des véhicules dans le périmètre de la "
            "manifestation ;",
        ],
        "articles": [
            "Le dimanche 10 mai 2026, de 5 h à 19 h, la circulation et le stationnement de tous les "
            "véhicules sont interdits Grande Rue, entre la place de la Fruitière et le lavoir, ainsi que sur "
            "la place de la Fruitière.",
            "Par dérogation à l'article 1, les véhicules des exposants sont autorisés à circuler dans le "
            "périmètre pour leur installation de 5 h à 7 h 30 et pour leur départ à partir de 17 h 30. Aucun "
            "véhicule d'exposant ne pourra stationner sur les emplacements de vente.",
            "Pendant la durée de la manifestation, une déviation est mise en place par la rue du Lavoir et "
            "la rue de l'Église. Le car de la ligne régionale desservira l'arrêt provisoire situé devant la "
            "salle de la Liante, allée des Tilleuls.",
            "Un couloir de circulation d'une largeur de 3 mètres devra être laissé libre en permanence sur "
            "la Grande Rue afin de permettre le passage des véhicules de secours et d'incendie.",
            "La signalisation réglementaire et les barrières seront mises en place par les services "
            "techniques de la commune et maintenues par l'organisateur, qui en assure la surveillance "
            "pendant toute la durée de la manifestation.",
            "Tout véhicule en stationnement gênant en infraction au présent arrêté pourra faire l'objet "
            "d'une mise en fourrière, aux frais de son propriétaire. Les infractions seront constatées et "
            "poursuivies conformément aux lois et règlements en vigueur.",
            "La secrétaire de mairie, le commandant de la brigade de gendarmerie de Mont-sous-Liante et "
            "l'organisateur sont chargés, chacun en ce qui le concerne, de l'exécution du présent arrêté, "
            "qui sera affiché en mairie et aux extrémités des voies concernées.",
            RECOURS,
        ],
        "ampliation": ["M. le commandant de la brigade de gendarmerie de Mont-sous-Liante",
                       "Centre de secours de Mont-sous-Liante", "Comité des fêtes d'Ormeval",
                       "Région Bourgogne-Franche-Comté – transports"],
    },
    {
        "numero": "2026-024",
        "fichier": "arrete-2026-024-rue-des-vergers.pdf",
        "signe": "2 juin 2026", "signe_iso": "20260602", "transmis": "03/06/2026",
        "titre": ["ARRÊTÉ MUNICIPAL N° 2026-024",
                  "portant réglementation temporaire de la circulation et du stationnement"],
        "objet": "Travaux de renouvellement de la conduite d'eau potable – rue des Vergers",
        "visas": VISAS_CIRCULATION + [
            "Vu la demande présentée le 22 mai 2026 par l'entreprise SARL TP Mougin, 3 rue de la Gare à "
            "Mont-sous-Liante, agissant pour le compte du Syndicat intercommunal des eaux de la "
            "Haute-Liante ;",
        ],
        "considerants": [
            "Considérant que les travaux de renouvellement de la conduite d'eau potable et des branchements "
            "de la rue des Vergers nécessitent l'ouverture d'une tranchée sur toute la largeur de la "
            "chaussée ;",
            "Considérant qu'il y a lieu, pour la sécurité des usagers et du personnel de chantier, "
            "d'interdire la circulation et le stationnement pendant la durée des travaux ;",
        ],
        "articles": [
            "Du lundi 15 juin 2026 au vendredi 26 juin 2026, de 8 h à 17 h 30, la circulation de tous les "
            "véhicules est interdite rue des Vergers, sur toute sa longueur, à l'exception des véhicules de "
            "l'entreprise chargée des travaux et des véhicules de secours.",
            "Pendant la même période, le stationnement est interdit des deux côtés de la rue des Vergers, "
            "jour et nuit.",
            "L'accès des riverains à leur domicile est maintenu en dehors des heures de chantier, avant 8 h "
            "et après 17 h 30. Pendant les travaux, les bacs d'ordures ménagères seront déposés le mardi "
            "matin à l'angle de la rue des Vergers et de la Grande Rue, d'où ils seront collectés.",
            "Une déviation est mise en place par la Grande Rue et la rue du Stade. Il est rappelé que la "
            "circulation des véhicules de plus de 7,5 tonnes reste interdite chemin de la Côte.",
            "La signalisation réglementaire du chantier et de la déviation sera mise en place et entretenue "
            "par l'entreprise SARL TP Mougin, sous sa responsabilité, pendant toute la durée des travaux.",
            "Si les travaux ne sont pas achevés à la date prévue, leur prolongation fera l'objet d'un nouvel "
            "arrêté.",
            "Les infractions au présent arrêté seront constatées et poursuivies conformément aux lois et "
            "règlements en vigueur ; tout véhicule en infraction pourra être mis en fourrière.",
            "La secrétaire de mairie, le commandant de la brigade de gendarmerie de Mont-sous-Liante et le "
            "représentant de l'entreprise sont chargés, chacun en ce qui le concerne, de l'exécution du "
            "présent arrêté, qui sera affiché en mairie et sur le chantier.",
            RECOURS,
        ],
        "ampliation": ["M. le commandant de la brigade de gendarmerie de Mont-sous-Liante",
                       "Centre de secours de Mont-sous-Liante", "SARL TP Mougin",
                       "Syndicat intercommunal des eaux de la Haute-Liante", "SICTOM du Val de Liante"],
    },
    {
        "numero": "2026-027",
        "fichier": "arrete-2026-027-feux-ete.pdf",
        "signe": "15 juin 2026", "signe_iso": "20260615", "transmis": "16/06/2026",
        "titre": ["ARRÊTÉ MUNICIPAL N° 2026-027",
                  "portant interdiction temporaire des feux sur le territoire communal"],
        "objet": "Prévention des incendies – interdiction des feux du 1er juillet au 15 septembre 2026",
        "visas": [
            "Vu le code général des collectivités territoriales, et notamment ses articles L. 2212-1 et "
            "L. 2212-2 ;",
            "Vu le code forestier, et notamment ses articles L. 131-1 et suivants ;",
            "Vu le règlement sanitaire départemental du Jura, et notamment son article 84 relatif à "
            "l'élimination des déchets ;",
            "Vu l'arrêté préfectoral réglementant l'emploi du feu dans le département du Jura ;",
        ],
        "considerants": [
            "Considérant la sécheresse constatée depuis le printemps et les prévisions météorologiques pour "
            "l'été 2026 ;",
            "Considérant que la forêt communale d'Ormeval-sur-Liante couvre 312 hectares et que les bois "
            "jouxtent plusieurs quartiers d'habitation ;",
            "Considérant qu'il appartient au maire de prévenir, par des précautions convenables, les "
            "incendies ;",
        ],
        "articles": [
            "Du 1er juillet 2026 au 15 septembre 2026 inclus, sont interdits sur tout le territoire de la "
            "commune : le brûlage des déchets verts et de tout autre déchet, l'écobuage, les feux de camp, "
            "le lâcher de lanternes célestes et l'usage de barbecues dans les espaces publics, dans les bois "
            "et forêts et à moins de 200 mètres de ceux-ci.",
            "Par dérogation à l'article 1, les barbecues à gaz ou au charbon de bois restent autorisés dans "
            "les jardins privés attenants aux habitations situés à plus de 200 mètres des bois et forêts, "
            "sous la surveillance permanente d'un adulte et avec un point d'eau à proximité immédiate.",
            "Pendant la même période, il est interdit de fumer dans la forêt communale et sur les chemins "
            "qui la traversent.",
            "Le feu d'artifice de la fête patronale du samedi 22 août 2026 pourra être tiré depuis le stade "
            "municipal, sous la responsabilité d'un artificier agréé, sauf si le niveau de risque d'incendie "
            "annoncé par la préfecture pour ce jour-là est « très sévère ».",
            "Le brûlage des déchets verts demeure interdit toute l'année en application du règlement "
            "sanitaire départemental ; les habitants sont invités à utiliser la déchèterie de "
            "Mont-sous-Liante ou le broyeur de végétaux prêté par la commune.",
            "Les infractions au présent arrêté seront constatées par procès-verbal et poursuivies "
            "conformément aux lois et règlements en vigueur.",
            "La secrétaire de mairie et le commandant de la brigade de gendarmerie de Mont-sous-Liante sont "
            "chargés, chacun en ce qui le concerne, de l'exécution du présent arrêté, qui sera affiché en "
            "mairie, à l'entrée de la forêt communale et publié sur le site internet de la commune.",
            RECOURS,
        ],
        "ampliation": ["M. le commandant de la brigade de gendarmerie de Mont-sous-Liante",
                       "Service départemental d'incendie et de secours du Jura",
                       "Office national des forêts – unité territoriale du Revermont"],
    },
    {
        "numero": "2026-029",
        "fichier": "arrete-2026-029-aire-de-jeux.pdf",
        "signe": "22 juin 2026", "signe_iso": "20260622", "transmis": "23/06/2026",
        "titre": ["ARRÊTÉ MUNICIPAL N° 2026-029",
                  "portant fermeture temporaire de l'aire de jeux du parc du Moulin"],
        "objet": "Remplacement des jeux et du sol amortissant de l'aire de jeux du parc du Moulin",
        "visas": [
            "Vu le code général des collectivités territoriales, et notamment ses articles L. 2212-1 et "
            "L. 2212-2 ;",
            "Vu le décret n° 96-1136 du 18 décembre 1996 fixant les prescriptions de sécurité relatives aux "
            "aires collectives de jeux ;",
        ],
        "considerants": [
            "Considérant que les jeux et le sol amortissant de l'aire de jeux du parc du Moulin doivent être "
            "remplacés et que le chantier présente des risques pour les enfants ;",
        ],
        "articles": [
            "L'aire de jeux du parc du Moulin est fermée au public du lundi 29 juin 2026 au vendredi "
            "10 juillet 2026 inclus.",
            "Le reste du parc du Moulin demeure ouvert. Il est rappelé que les chiens doivent y être tenus "
            "en laisse (arrêté n° 2025-019) et que les barbecues y sont interdits (arrêté n° 2026-014).",
            "La secrétaire de mairie est chargée de l'exécution du présent arrêté, qui sera affiché en "
            "mairie et à l'entrée du parc.",
            RECOURS,
        ],
        "ampliation": ["M. le commandant de la brigade de gendarmerie de Mont-sous-Liante"],
    },
]


class Arrete(FPDF):
    def __init__(self, numero):
        super().__init__(format="A4")
        self.numero = numero
        self.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DejaVu", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_margins(22, 18, 22)
        self.set_auto_page_break(True, margin=22)
        self.alias_nb_pages()

    def header(self):
        self.set_font("DejaVu", "I", 8.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Arrêté n° {self.numero} – page {self.page_no()}/{{nb}}", align="R")
        self.ln(8)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, "Mairie d'Ormeval-sur-Liante – 4 place de la Fruitière – 39160 Ormeval-sur-Liante – "
                        "Tél. 03 84 47 52 10", align="C")
        self.set_text_color(0, 0, 0)


def para(pdf, text, size=10.5, style="", indent=0, after=2.2, align="J"):
    pdf.set_font("DejaVu", style, size)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - indent, 5.4, text, align=align)
    pdf.ln(after)


def build(a):
    pdf = Arrete(a["numero"])
    pdf.add_page()
    top = pdf.get_y()
    # en-tête de la commune (à gauche)
    pdf.set_font("DejaVu", "B", 10)
    for line in ("RÉPUBLIQUE FRANÇAISE", "Département du Jura", "Arrondissement de Lons-le-Saunier",
                 "Commune d'Ormeval-sur-Liante"):
        pdf.cell(90, 5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9.5)
    bottom = pdf.get_y()
    # tampon @ctes (à droite)
    num_actes = a["numero"].replace("-", "_")
    pdf.set_xy(118, top)
    pdf.set_draw_color(60, 60, 60)
    pdf.set_font("DejaVu", "", 7.5)
    stamp = (f"Accusé de réception en préfecture\n"
             f"ID : {DEPT}-{SIREN}-{a['signe_iso']}-{num_actes}-AR\n"
             f"Date de télétransmission : {a['transmis']}\n"
             f"Date de réception préfecture : {a['transmis']}")
    pdf.multi_cell(70, 4.2, stamp, border=1, align="L")
    pdf.set_y(max(bottom, pdf.get_y()) + 8)
    # titre sur deux lignes
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 7, a["titre"][0], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 11.5)
    pdf.cell(0, 7, a["titre"][1], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    para(pdf, "Objet : " + a["objet"], size=10.5, style="B", align="L", after=4)
    para(pdf, "Le Maire de la commune d'Ormeval-sur-Liante,", after=3)
    for v in a["visas"]:
        para(pdf, v)
    for c in a["considerants"]:
        para(pdf, c)
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 8, "ARRÊTE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for i, text in enumerate(a["articles"], start=1):
        para(pdf, f"Article {i}", style="B", after=0.5, align="L")
        para(pdf, text, after=3)
    pdf.ln(3)
    para(pdf, f"Fait à Ormeval-sur-Liante, le {a['signe']}", align="R", after=1)
    para(pdf, "Le Maire,", align="R", after=0.5)
    para(pdf, "Gérard Cuynet", style="B", align="R", after=5)
    para(pdf, "Ampliation : " + " ; ".join(a["ampliation"]) + ".", size=8.5, align="L", after=1)
    para(pdf, f"Affiché en mairie le {a['transmis']}.", size=8.5, align="L")
    pdf.set_title(f"Arrêté n° {a['numero']}")
    pdf.set_author("Commune d'Ormeval-sur-Liante")
    signed = a["signe_iso"]
    pdf.set_creation_date(datetime(int(signed[:4]), int(signed[4:6]), int(signed[6:]), 11, 0,
                                   tzinfo=UTC))
    path = os.path.join(OUT, a["fichier"])
    pdf.output(path)
    return path, pdf.page_no()


def main():
    for a in ARRETES:
        path, pages = build(a)
        print(f"{os.path.basename(path)} : {pages} page(s)")


if __name__ == "__main__":
    main()
