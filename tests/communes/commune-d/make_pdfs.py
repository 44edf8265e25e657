"""Fabrique les arrêtés PDF (avec couche texte) de la commune fictive de Bramefont-sur-Tardoire.

Usage : /work/main/.venv/bin/python make_pdfs.py   (écrit dans files/ à côté de ce script)

Chaque arrêté tient sur deux pages : en-tête de la mairie, rappel « Arrêté n° … – page x/2 » en haut de chaque
page, « Objet : », visas, considérants, « ARRÊTE », articles, signature et tampon @ctes.
L'arrêté 2026-024 (fête de la Tardoire) n'existe qu'en PDF : il n'est pas dans arretes.csv.
"""
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
OUT = HERE / "files"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
SIREN = "211605977"
DEPT = "016"

COMMUNE = "Bramefont-sur-Tardoire"
ADRESSE = "5 Grand'Rue – 16410 Bramefont-sur-Tardoire – Tél. 05 45 63 21 40 – mairie.bramefont@example.fr"
MAIRE = "Hélène Marsaudon"

ARRETES = [
    {
        "fichier": "arrete-2025-018-alcool-parc-du-chateau.pdf",
        "numero": "2025-018",
        "date_iso": "2025-04-03",
        "date_longue": "3 avril 2025",
        "transmis": "04/04/2025",
        "objet": "Interdiction de la consommation de boissons alcoolisées dans le parc du Château de 21 h à 7 h",
        "vu": [
            "le code général des collectivités territoriales, et notamment ses articles L. 2212-1 et L. 2212-2 ;",
            "le code de la santé publique, et notamment son article L. 3341-1 ;",
            "le code pénal, et notamment son article R. 610-5 ;",
            "l'arrêté municipal n° 2025-009 du 10 février 2025 relatif à la divagation et à la tenue en laisse "
            "des chiens ;",
        ],
        "considerant": [
            "que des rassemblements nocturnes au parc du Château ont donné lieu, au cours de l'année 2024, à des "
            "nuisances sonores répétées, à des dégradations du mobilier urbain et à l'abandon de nombreuses "
            "bouteilles en verre, dont les débris blessent les enfants et les animaux ;",
            "que ces troubles sont liés à la consommation d'alcool sur la voie publique en soirée et la nuit ;",
            "qu'il appartient au maire de prendre les mesures nécessaires au maintien du bon ordre, de la sûreté "
            "et de la tranquillité publiques ;",
        ],
        "articles": [
            ("Article 1er", "La consommation de boissons alcoolisées est interdite dans l'enceinte du parc du "
             "Château, tous les jours de 21 h à 7 h, à compter du 7 avril 2025."),
            ("Article 2", "Les contenants en verre (bouteilles, verres, bocaux) sont interdits dans le parc du "
             "Château à toute heure du jour et de la nuit."),
            ("Article 3", "Ces interdictions ne s'appliquent pas aux manifestations ayant obtenu une autorisation "
             "municipale de buvette temporaire, pendant les horaires fixés par cette autorisation."),
            ("Article 4", "Les infractions au présent arrêté seront constatées par procès-verbal et punies de "
             "l'amende prévue pour les contraventions de la 1re classe. Les boissons pourront être saisies."),
            ("Article 5", "Le présent arrêté peut faire l'objet d'un recours gracieux auprès du maire ou d'un "
             "recours contentieux devant le tribunal administratif de Poitiers dans un délai de deux mois à "
             "compter de sa publication."),
            ("Article 6", "Le commandant de la brigade de gendarmerie de Montbrenac et les agents de la commune "
             "sont chargés, chacun en ce qui le concerne, de l'exécution du présent arrêté, qui sera affiché à "
             "l'entrée du parc et à la mairie."),
        ],
        "coupure": 3,
    },
    {
        "fichier": "arrete-2026-024-fete-de-la-tardoire.pdf",
        "numero": "2026-024",
        "date_iso": "2026-06-15",
        "date_longue": "15 juin 2026",
        "transmis": "16/06/2026",
        "objet": "Réglementation temporaire de la circulation et du stationnement à l'occasion de la Fête de la "
                 "Tardoire et du feu d'artifice du 13 juillet 2026",
        "vu": [
            "le code général des collectivités territoriales, et notamment ses articles L. 2212-1, L. 2212-2, "
            "L. 2213-1 et L. 2213-2 ;",
            "le code de la route, et notamment ses articles R. 411-8, R. 417-10 et R. 325-12 ;",
            "l'instruction interministérielle sur la signalisation routière ;",
            "la demande présentée le 2 juin 2026 par le comité des fêtes de Bramefont-sur-Tardoire ;",
        ],
        "considerant": [
            "que le comité des fêtes organise le lundi 13 juillet 2026 la Fête de la Tardoire (repas champêtre, "
            "bal populaire place du Champ-de-Foire et feu d'artifice tiré au plan d'eau de la Font-Bramée) ;",
            "qu'il y a lieu d'assurer la sécurité du public et des participants en réglementant la circulation et "
            "le stationnement pendant la durée de la manifestation ;",
        ],
        "articles": [
            ("Article 1er", "Le lundi 13 juillet 2026, de 20 h jusqu'au mardi 14 juillet 2026 à 1 h, la "
             "circulation de tous les véhicules est interdite avenue de la Gare et chemin du Plan-d'Eau, sauf "
             "véhicules de secours et d'incendie."),
            ("Article 2", "Le stationnement est interdit place du Champ-de-Foire du lundi 13 juillet 2026 à 14 h "
             "au mardi 14 juillet 2026 à 12 h, pour l'installation du bal et de la buvette. Les véhicules en "
             "infraction seront mis en fourrière aux frais de leur propriétaire."),
            ("Article 3", "Le feu d'artifice sera tiré à 23 h depuis la rive est du plan d'eau de la Font-Bramée. "
             "Le public devra se tenir derrière les barrières de sécurité. La baignade et la navigation sont "
             "interdites sur le plan d'eau le 13 juillet 2026 à partir de 20 h."),
            ("Article 4", "Un parking gratuit est aménagé pour le public au stade municipal, chemin de la "
             "Croix-Blanche, le 13 juillet 2026 de 18 h à 2 h."),
            ("Article 5", "La signalisation réglementaire sera mise en place par les services techniques "
             "municipaux ; les barrières seront installées par le comité des fêtes."),
            ("Article 6", "Le présent arrêté peut faire l'objet d'un recours devant le tribunal administratif de "
             "Poitiers dans un délai de deux mois à compter de sa publication."),
            ("Article 7", "Le commandant de la brigade de gendarmerie de Montbrenac et les agents de la commune "
             "sont chargés, chacun en ce qui le concerne, de l'exécution du présent arrêté."),
        ],
        "coupure": 3,
    },
    {
        "fichier": "arrete-2026-029-baignade-plan-d-eau.pdf",
        "numero": "2026-029",
        "date_iso": "2026-06-22",
        "date_longue": "22 juin 2026",
        "transmis": "23/06/2026",
        "objet": "Réglementation de la baignade au plan d'eau de la Font-Bramée – saison 2026",
        "vu": [
            "le code général des collectivités territoriales, et notamment ses articles L. 2212-2 et L. 2213-23 ;",
            "le code de la santé publique, et notamment ses articles L. 1332-1 à L. 1332-9 ;",
            "le code du sport, et notamment son article A. 322-8 ;",
            "l'avis favorable de l'agence régionale de santé sur la qualité de l'eau en date du 12 juin 2026 ;",
        ],
        "considerant": [
            "que le plan d'eau de la Font-Bramée attire chaque été de nombreux baigneurs ;",
            "que la commune organise une surveillance de la baignade par un maître-nageur sauveteur pendant la "
            "saison estivale ;",
            "qu'il convient de délimiter la zone de baignade et d'en fixer les horaires de surveillance ;",
        ],
        "articles": [
            ("Article 1er", "Du samedi 4 juillet au dimanche 30 août 2026, la baignade est autorisée "
             "uniquement dans la zone balisée par des bouées jaunes, face à la plage de sable, tous les jours de "
             "14 h à 19 h, pendant les heures de surveillance assurée par un maître-nageur sauveteur."),
            ("Article 2", "En dehors de la zone balisée, en dehors de ces horaires et en dehors de cette période, "
             "la baignade est interdite."),
            ("Article 3", "L'état de la baignade est signalé par un drapeau au poste de secours : vert, "
             "baignade surveillée sans danger ; jaune, baignade dangereuse mais surveillée ; rouge, baignade "
             "interdite."),
            ("Article 4", "Les chiens sont interdits sur la plage de sable pendant toute la période de "
             "surveillance, même tenus en laisse."),
            ("Article 5", "Les embarcations, planches et engins nautiques sont interdits dans la zone de "
             "baignade."),
            ("Article 6", "Le présent arrêté peut faire l'objet d'un recours devant le tribunal administratif de "
             "Poitiers dans un délai de deux mois à compter de sa publication."),
            ("Article 7", "Le commandant de la brigade de gendarmerie de Montbrenac et le maître-nageur "
             "sauveteur sont chargés, chacun en ce qui le concerne, de l'exécution du présent arrêté, qui sera "
             "affiché au poste de secours et à la mairie."),
        ],
        "coupure": 3,
    },
]


class ArretePDF(FPDF):
    def __init__(self, numero, font):
        super().__init__(format="A4")
        self.numero = numero
        self.font_name = font
        self.set_auto_page_break(auto=True, margin=22)
        self.set_margins(20, 20, 20)

    def header(self):
        self.set_font(self.font_name, "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Arrêté n° {self.numero} – page {self.page_no()}/{{nb}}", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def footer(self):
        self.set_y(-15)
        self.set_font(self.font_name, "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Commune de {COMMUNE} – {ADRESSE}", align="C")
        self.set_text_color(0, 0, 0)


def police(pdf):
    regular = FONT_DIR / "DejaVuSans.ttf"
    bold = FONT_DIR / "DejaVuSans-Bold.ttf"
    if regular.exists() and bold.exists():
        pdf.add_font("DejaVu", "", str(regular))
        pdf.add_font("DejaVu", "B", str(bold))
        return "DejaVu"
    raise SystemExit("police DejaVu introuvable : installez fonts-dejavu-core")


def paragraphe(pdf, texte, taille=10, style="", espace=1.5):
    pdf.set_font(pdf.font_name, style, taille)
    pdf.multi_cell(0, 5, texte, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(espace)


def fabrique(arrete):
    pdf = ArretePDF(arrete["numero"], "Helvetica")
    pdf.font_name = police(pdf)
    pdf.set_title(f"Arrêté n° {arrete['numero']} – {arrete['objet']}")
    pdf.set_author(f"Mairie de {COMMUNE}")
    pdf.add_page()

    # En-tête de la mairie
    pdf.set_font(pdf.font_name, "B", 11)
    pdf.cell(0, 6, "RÉPUBLIQUE FRANÇAISE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.font_name, "", 9)
    pdf.cell(0, 5, "Département de la Charente – Arrondissement de Confolens", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.font_name, "B", 13)
    pdf.cell(0, 8, f"COMMUNE DE {COMMUNE.upper()}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.font_name, "", 8)
    pdf.cell(0, 5, ADRESSE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.line(20, pdf.get_y() + 1, 190, pdf.get_y() + 1)
    pdf.ln(6)

    pdf.set_font(pdf.font_name, "B", 12)
    pdf.cell(0, 7, f"ARRÊTÉ MUNICIPAL N° {arrete['numero']}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    paragraphe(pdf, f"Objet : {arrete['objet']}", taille=10, style="B", espace=3)
    paragraphe(pdf, f"Le Maire de la commune de {COMMUNE},", espace=2)
    for vu in arrete["vu"]:
        paragraphe(pdf, f"Vu {vu}", espace=1)
    pdf.ln(1)
    for considerant in arrete["considerant"]:
        paragraphe(pdf, f"Considérant {considerant}", espace=1)
    pdf.ln(2)
    pdf.set_font(pdf.font_name, "B", 12)
    pdf.cell(0, 8, "ARRÊTE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)

    for i, (titre, texte) in enumerate(arrete["articles"]):
        if i == arrete["coupure"]:
            pdf.add_page()
        paragraphe(pdf, titre, style="B", espace=0.5)
        paragraphe(pdf, texte, espace=2.5)

    pdf.ln(4)
    paragraphe(pdf, f"Fait à {COMMUNE}, le {arrete['date_longue']}", espace=1)
    paragraphe(pdf, f"Le Maire,\n{MAIRE}", espace=6)

    # Tampon @ctes (accusé de réception en préfecture)
    date_compacte = arrete["date_iso"].replace("-", "")
    numero_actes = arrete["numero"].replace("-", "_")
    tampon = [
        "Envoyé en préfecture le " + arrete["transmis"],
        "Reçu en préfecture le " + arrete["transmis"],
        "Publié le " + arrete["transmis"],
        f"ID : {DEPT}-{SIREN}-{date_compacte}-{numero_actes}-AR",
    ]
    pdf.set_draw_color(40, 40, 120)
    x, y = 110, pdf.get_y()
    pdf.rect(x, y, 80, 6 + 5 * len(tampon))
    pdf.set_xy(x + 2, y + 2)
    pdf.set_font(pdf.font_name, "B", 8)
    pdf.cell(76, 4, "Accusé de réception en préfecture", new_x="LEFT", new_y="NEXT")
    pdf.set_font(pdf.font_name, "", 8)
    for ligne in tampon:
        pdf.cell(76, 5, ligne, new_x="LEFT", new_y="NEXT")

    pdf.output(str(OUT / arrete["fichier"]))
    return pdf.page_no()


def main():
    OUT.mkdir(exist_ok=True)
    for arrete in ARRETES:
        pages = fabrique(arrete)
        print(f"{arrete['fichier']} : {pages} pages")


if __name__ == "__main__":
    main()
